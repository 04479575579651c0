"""The SQLite edition (`zhaoshang.db`): the published tables as flat SQL tables, for Datasette and SQL users.

Input: a finished dataset's Parquet tables (`zhaoshang sqlite DIR`; `make dataset` and `zhaoshang explore`
run it). Output: one SQLite file with `articles`, `targets`,
`speakers`, `sections`, `industries`, `duplicates` and `people`, keyed as in the Parquet (`article_id`
references `articles.id`), indexed on the columns people facet by, and `articles_fts`: an FTS5
index over titles and text with the trigram tokenizer, which finds any run of three or more
characters inside a word (新能源 inside 新能源汽车), and `articles_bigrams`, an index of every pair of
neighbouring characters, which finds two (招商 inside 招商引资); the explorer's `search` query
uses the one that fits the term. A two-character term is one bigram, so that index keeps no
positions (`detail=none`: a third of its size, and no phrase queries, which it never serves).
Made from the finished Parquet, the edition never holds what a build set aside, and a build that
does not need it does not pay for it. Rows are inserted in Parquet order, one row group at a time,
and the full-text and column indexes are built after the inserts, so the same dataset gives the
same bytes.
"""

from __future__ import annotations

import json
import operator
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from builder.publish.output import DATABASE
from builder.publish.parquet import table_row_groups

_CHINESE_RUN = re.compile(r"[\u4e00-\u9fff]+")
_BIGRAMS = "bigrams(coalesce(title, '') || ' ' || coalesce(text, ''))"

# Column → (SQL type, the field of the models it comes from), per table; the explorer's
# descriptions are looked up from the same field paths.
COLUMNS: dict[str, list[tuple[str, str, str]]] = {
    "articles": [
        ("id", "TEXT PRIMARY KEY", "id"),
        ("title", "TEXT", "title"),
        ("subtitle", "TEXT", "subtitle"),
        ("outlet", "TEXT", "outlet"),
        ("site", "TEXT", "site"),
        ("genre", "TEXT", "genre"),
        ("script", "TEXT", "script"),
        ("published", "TEXT", "date.published"),
        ("event", "TEXT", "date.event"),
        ("year", "INTEGER", "date.year"),
        ("month", "INTEGER", "date.month"),
        ("day", "INTEGER", "date.day"),
        ("year_inferred", "INTEGER", "date.year_inferred"),
        ("year_source", "TEXT", "date.year_source"),
        ("event_name", "TEXT", "event_name"),
        ("province", "TEXT", "region.province"),
        ("city", "TEXT", "region.city"),
        ("county", "TEXT", "region.county"),
        ("division_code", "TEXT", "region.code"),
        ("region_evidence", "TEXT", "region.evidence"),
        ("speaker", "TEXT", "speaker.name"),
        ("truncated", "INTEGER", "quality.truncated"),
        ("unrecoverable", "INTEGER", "quality.unrecoverable.count"),
        ("url", "TEXT", "source.url"),
        ("file", "TEXT", "source.file"),
        ("text", "TEXT", "text"),
        ("text_original", "TEXT", "text_original"),
        ("schema_version", "TEXT", "schema_version"),
        ("dataset_version", "TEXT", "dataset_version"),
    ],
    "targets": [
        ("article_id", "TEXT NOT NULL REFERENCES articles(id)", "article_id"),
        ("target_index", "INTEGER NOT NULL", "target_index"),
        ("kind", "TEXT", "kind"),
        ("status", "TEXT", "status"),
        ("subject", "TEXT", "subject"),
        ("value", "REAL", "value"),
        ("value_text", "TEXT", "value_text"),
        ("unit", "TEXT", "unit"),
        ("qualifier", "TEXT", "qualifier"),
        ("deadline_text", "TEXT", "deadline_text"),
        ("sentence", "TEXT", "sentence"),
        ("section_index", "INTEGER", "section_index"),
        ("amount", "REAL", "amount"),
        ("amount_low", "REAL", "amount_low"),
        ("amount_high", "REAL", "amount_high"),
        ("currency", "TEXT", "currency"),
        ("amount_unit", "TEXT", "amount_unit"),
        ("deadline_date", "TEXT", "deadline_date"),
        ("province", "TEXT", "province"),
        ("city", "TEXT", "city"),
        ("county", "TEXT", "county"),
        ("year", "INTEGER", "year"),
    ],
    "speakers": [
        ("article_id", "TEXT NOT NULL REFERENCES articles(id)", "article_id"),
        ("speaker_index", "INTEGER NOT NULL", "speaker_index"),
        ("name", "TEXT", "name"),
        ("position_text", "TEXT", "position_text"),
        ("roles", "TEXT", "roles"),
        ("principal", "INTEGER", "principal"),
        ("person_id", "TEXT", "person_id"),
        ("province", "TEXT", "province"),
        ("city", "TEXT", "city"),
        ("county", "TEXT", "county"),
        ("year", "INTEGER", "year"),
    ],
    "sections": [
        ("article_id", "TEXT NOT NULL REFERENCES articles(id)", "article_id"),
        ("section_index", "INTEGER NOT NULL", "section_index"),
        ("level", "INTEGER", "level"),
        ("heading", "TEXT", "heading"),
        ("speaker", "TEXT", "speaker"),
        ("text", "TEXT", "paragraphs"),
    ],
    "industries": [
        ("article_id", "TEXT NOT NULL REFERENCES articles(id)", "article_id"),
        ("industry", "TEXT NOT NULL", "name"),
        ("raw", "TEXT", "raw"),
    ],
    "duplicates": [
        ("article_id", "TEXT NOT NULL REFERENCES articles(id)", "article_id"),
        ("duplicate_id", "TEXT NOT NULL", "duplicate_id"),
        ("duplicate_file", "TEXT", "duplicate_file"),
        ("duplicate_url", "TEXT", "duplicate_url"),
        ("duplicate_outlet", "TEXT", "duplicate_outlet"),
        ("similarity", "REAL", "similarity"),
    ],
    "people": [
        ("person_id", "TEXT PRIMARY KEY", "person_id"),
        ("name", "TEXT", "name"),
        ("province", "TEXT", "province"),
        ("places", "TEXT", "places"),
        ("first_seen", "TEXT", "first_seen"),
        ("last_seen", "TEXT", "last_seen"),
        ("articles", "INTEGER", "articles"),
        ("article_ids", "TEXT", "article_ids"),
    ],
}
# The two full-text indexes, filled once every article is in (see the module's docstring).
FULL_TEXT = {
    "articles_fts": "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', "
    "content_rowid='rowid', tokenize='trigram')",
    "articles_bigrams": "CREATE VIRTUAL TABLE articles_bigrams USING fts5(bigrams, content='', detail=none)",
}
KEYS = {
    "targets": ("article_id", "target_index"),
    "speakers": ("article_id", "speaker_index"),
    "sections": ("article_id", "section_index"),
    "industries": ("article_id", "industry"),
    "duplicates": ("article_id", "duplicate_id"),
}
# The columns people facet and filter by. An article's rows are found through each table's key, which
# starts with article_id, so article_id needs no index of its own.
INDEXES = {
    "articles": ("province", "city", "year", "genre", "outlet"),
    "targets": ("kind", "unit"),
    "speakers": ("position_text", "name", "person_id"),
    "industries": ("industry",),
}


# The Parquet tables the edition copies; `sections` and `industries` come from the articles' nested fields.
_FROM_PARQUET = ("articles", "targets", "speakers", "duplicates", "people")


def write_edition(root: Path) -> Path:
    """`root/zhaoshang.db` made from the dataset's Parquet at `root`, replacing any earlier one in one step."""
    target = root / DATABASE
    partial = root / f".{DATABASE}.partial-{os.getpid()}"
    database = DatabaseWriter(partial)
    try:
        for table in _FROM_PARQUET:
            for group in table_row_groups(root, table):
                database.add(table, group)
        database.close()
        os.replace(partial, target)
    except BaseException:
        database.abort()
        raise
    return target


class DatabaseWriter:
    """Writes the SQLite edition from Arrow row groups, in bulk: the rows first, then every index.

    The whole file is one transaction whose foreign keys are checked at its end, so that the order
    in which tables are written never matters.
    """

    def __init__(self, path: Path) -> None:
        path.unlink(missing_ok=True)
        self.path = path
        self.connection = sqlite3.connect(path, isolation_level=None)
        self.connection.execute("PRAGMA page_size = 4096")
        self.connection.execute("PRAGMA journal_mode = OFF")
        self.connection.execute("PRAGMA foreign_keys = ON")
        self.connection.create_function("bigrams", 1, bigrams, deterministic=True)
        for table, columns in COLUMNS.items():
            self.connection.execute(_create(table, columns))
        for index in FULL_TEXT:
            self.connection.execute(FULL_TEXT[index])
        self.connection.execute("BEGIN")
        self.connection.execute("PRAGMA defer_foreign_keys = ON")

    def add(self, table: str, group: pa.Table) -> None:
        """One row group of a published table (for `articles`, also its sections and industries)."""
        self._insert(table, _tuples(group, table))
        if table == "articles":
            nested = group.select(["id", "sections", "industries"]).to_pylist()
            self._insert("sections", (r for row in nested for r in _sections(row)))
            self._insert("industries", (r for row in nested for r in _industries(row)))

    def close(self) -> None:
        """Index the articles' text and the faceted columns, and commit (foreign keys checked here)."""
        try:
            self._index_articles()
            for table, columns in INDEXES.items():
                for column in columns:
                    self.connection.execute(f"CREATE INDEX idx_{table}_{column} ON {table}({column})")
            self.connection.execute("COMMIT")
        finally:
            self.connection.close()

    def abort(self) -> None:
        self.connection.close()
        self.path.unlink(missing_ok=True)

    def _insert(self, table: str, rows: Iterable[tuple[Any, ...]]) -> None:
        columns = [name for name, _, _ in COLUMNS[table]]
        marks = ", ".join("?" for _ in columns)
        self.connection.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    def _index_articles(self) -> None:
        self.connection.execute("INSERT INTO articles_fts (rowid, title, text) SELECT rowid, title, text FROM articles")
        self.connection.execute(f"INSERT INTO articles_bigrams (rowid, bigrams) SELECT rowid, {_BIGRAMS} FROM articles")


def bigrams(text: str) -> str:
    """Every pair of neighbouring Chinese characters as a word (招商引资 → 招商 商引 引资), for two-character search."""
    return " ".join(" ".join(map(operator.add, run, run[1:])) or run for run in _CHINESE_RUN.findall(text))


def _create(table: str, columns: list[tuple[str, str, str]]) -> str:
    parts = [f"{name} {kind}" for name, kind, _ in columns]
    if table in KEYS:
        parts.append(f"PRIMARY KEY ({', '.join(KEYS[table])})")
    return f"CREATE TABLE {table} ({', '.join(parts)})"


def _tuples(group: pa.Table, table: str) -> Iterable[tuple[Any, ...]]:
    """The table's SQL columns, taken column by column from Arrow (nested fields by their dotted path)."""
    while any(pa.types.is_struct(field.type) for field in group.schema):
        group = group.flatten()
    return zip(*(_sql_values(group.column(field)) for _, _, field in COLUMNS[table]), strict=True)


def _sql_values(column: pa.ChunkedArray) -> list[Any]:
    if pa.types.is_date(column.type):
        return pc.cast(column, pa.string()).to_pylist()
    if pa.types.is_list(column.type):  # speakers' roles, people's places and articles
        return [json.dumps(value, ensure_ascii=False) for value in column.to_pylist()]
    return column.to_pylist()


def _sections(row: dict[str, Any]) -> Iterator[tuple[Any, ...]]:
    for index, section in enumerate(row["sections"]):
        yield (
            row["id"],
            index,
            section["level"],
            section["heading"],
            section["speaker"],
            "\n".join(section["paragraphs"]),
        )


def _industries(row: dict[str, Any]) -> Iterator[tuple[Any, ...]]:
    for industry in row["industries"]:
        yield row["id"], industry["name"], industry["raw"]
