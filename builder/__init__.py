"""zhaoshang-corpus builder: raw web captures in, a validated Parquet dataset out."""

__version__ = "0.15.0"
