"""Writing and describing the dataset: Parquet, card, Croissant, SQLite edition, explorer, output folder."""
