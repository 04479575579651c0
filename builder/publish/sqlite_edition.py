"""The SQLite edition (`zhaoshang.db`): the published tables as flat SQL tables, for Datasette and SQL users.

Input: a finished dataset's Parquet tables (`zhaoshang sqlite DIR`; `make dataset` and `zhaoshang explore`
run it). Output: one SQLite file with `articles`, `targets`,
`speakers`, `sections`, `industries`, `duplicates` and `people`, keyed as in the Parquet (`article_id`
references `articles.id`), indexed on the columns people facet by, and `articles_fts`: an FTS5
index over titles and text with the trigram tokenizer, which finds any run of three or more
characters inside a word (新能源 inside 新能源汽车), and `articles_bigrams`, an index of every pair of
neighbouring Chinese characters (and each run's last character, and Latin words and numbers as
they are), with their positions: a word of any length is the phrase of its pairs (`search_expression`:
新能源 → "新能 能源"; 招 → the pairs that start with it), which is what the explorer's search box and
its `search` query ask it.
Made from the finished Parquet, the edition never holds what a build set aside, and a build that
does not need it does not pay for it. Made whole (`--full`, or with no last edition to start from),
rows are inserted in Parquet order, one row group at a time, and the full-text and column indexes are
built after the inserts, so the same dataset gives the same bytes. Otherwise the last edition made for
the folder is updated: only the rows of the shard files that changed are taken out and put in, and the
edition holds what one made whole holds (the same rows under the same rowids, the same index entries),
in a file whose bytes may differ.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import operator
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from builder import __version__
from builder.publish import edition_base
from builder.publish.output import DATABASE, checksums
from builder.publish.parquet import row_groups, table_files
from builder.resources import file_sha256

_RUN = re.compile(r"[\u4e00-\u9fff]+|[0-9A-Za-z]+")
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
    "articles_bigrams": "CREATE VIRTUAL TABLE articles_bigrams USING fts5(bigrams, content='')",
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
# What an articles file also fills.
_NESTED = ("sections", "industries")
# Each Parquet file's rows, and what they fill, take the rowids k * SHARD_ROWS + 1 ... of its shard k
# (`train-k-of-n`), so that a shard's rows can be taken out and put back without touching another's, and an
# edition updated shard by shard holds the rows a full one holds, under the same rowids.
SHARD_ROWS = 1 << 32
_SHARD = re.compile(r"train-(\d+)-of-\d+\.parquet")


def write_edition(root: Path, full: bool = False) -> tuple[Path, str]:
    """`root/zhaoshang.db` made from the dataset's Parquet at `root`, replacing any earlier one in one step.

    From the last edition made for this folder, where there is one (`builder.publish.edition_base`), only the
    shard files that changed are taken out and put in again; `full`, or without one, every table is written
    anew. Returns the file and what was done, for the command to say."""
    target = root / DATABASE
    partial = root / f".{DATABASE}.partial-{os.getpid()}"
    files = shard_files(root)
    sources = _digests(root, files)
    previous = None if full else edition_base.previous(root, layout())
    try:
        if previous is None:
            _write_whole(partial, files)
            done = "every table written"
        else:
            done = _update(partial, previous, files, sources)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    edition_base.keep(root, target, layout(), sources)
    return target, done


def shard_files(root: Path) -> dict[str, Path]:
    """Each Parquet file the edition is made from, by `table/k` (its table and shard), in the order written."""
    return {f"{table}/{_shard_of(path)}": path for table in _FROM_PARQUET for path in table_files(root, table)}


def _digests(root: Path, files: dict[str, Path]) -> dict[str, str]:
    """Each file's SHA-256: from the dataset's SHA256SUMS, or read where a file is not listed there."""
    listed = checksums(root)
    return {unit: listed.get(path.relative_to(root).as_posix()) or file_sha256(path) for unit, path in files.items()}


def layout() -> str:
    """What an edition's content depends on besides the Parquet: this module (tables, indexes, tokens), the
    builder, SQLite and Arrow. An edition of another layout is never updated, only made anew."""
    described = [Path(__file__).read_text(encoding="utf-8"), __version__, sqlite3.sqlite_version, pa.__version__]
    return hashlib.sha256(json.dumps(described).encode()).hexdigest()


def _shard_of(path: Path) -> int:
    found = _SHARD.fullmatch(path.name)
    if found is None:
        raise ValueError(f"{path} is not a shard file of a build (train-<k>-of-<n>.parquet)")
    return int(found.group(1))


def _write_whole(partial: Path, files: dict[str, Path]) -> None:
    database = DatabaseWriter(partial)
    try:
        for unit, path in files.items():
            database.add(unit, path)
        database.close()
    except BaseException:
        database.abort()
        raise


def _update(partial: Path, previous: edition_base.Previous, files: dict[str, Path], sources: dict[str, str]) -> str:
    """The last edition, copied, with the rows of shard files gone or changed since taken out and those of new or
    changed ones put in: the same rows, under the same rowids, as a full edition of these files."""
    shutil.copyfile(previous.database, partial)
    taken = sorted(unit for unit, digest in previous.files.items() if sources.get(unit) != digest)
    put = sorted(unit for unit, digest in sources.items() if previous.files.get(unit) != digest)
    database = DatabaseWriter(partial, fresh=False)
    try:
        for unit in taken:
            database.remove(unit)
        for unit in put:
            database.add(unit, files[unit])
            database.index_articles(unit)
        database.commit()
    except BaseException:
        database.abort()
        raise
    return f"{len(put)} of {len(sources)} shard files written again, {len(taken)} taken out"


class DatabaseWriter:
    """Writes the SQLite edition from Parquet files, in bulk: the rows first, then every index; or, on an edition
    made before (`fresh=False`), takes a shard file's rows out and puts a file's rows in, indexes kept current.

    The whole file is one transaction whose foreign keys are checked at its end, so that the order
    in which tables are written never matters.
    """

    def __init__(self, path: Path, fresh: bool = True) -> None:
        if fresh:
            path.unlink(missing_ok=True)
        self.path = path
        self.connection = sqlite3.connect(path, isolation_level=None)
        self.connection.execute("PRAGMA journal_mode = OFF")  # a private partial file, replaced whole
        self.connection.execute("PRAGMA foreign_keys = ON")
        self.connection.create_function("bigrams", 1, bigrams, deterministic=True)
        if fresh:
            self.connection.execute("PRAGMA page_size = 4096")
            for table, columns in COLUMNS.items():
                self.connection.execute(_create(table, columns))
            for index in FULL_TEXT:
                self.connection.execute(FULL_TEXT[index])
        self.connection.execute("BEGIN")
        self.connection.execute("PRAGMA defer_foreign_keys = ON")

    def add(self, unit: str, path: Path) -> None:
        """The rows of a published table's shard file (`unit`: `table/k`; for articles, also their sections and
        industries), one row group at a time, under the shard's rowids."""
        table, shard = unit.split("/")
        rowids = {name: itertools.count(int(shard) * SHARD_ROWS + 1) for name in (table, *_NESTED)}
        for group in row_groups(path):
            self._insert(table, _tuples(group, table), rowids[table])
            if table == "articles":
                nested = group.select(["id", "sections", "industries"]).to_pylist()
                self._insert("sections", (r for row in nested for r in _sections(row)), rowids["sections"])
                self._insert("industries", (r for row in nested for r in _industries(row)), rowids["industries"])

    def remove(self, unit: str) -> None:
        """The rows a shard file put in (for articles, their index entries, sections and industries too)."""
        table, shard = unit.split("/")
        low, high = _rowids(int(shard))
        if table == "articles":
            for index in FULL_TEXT:
                self.connection.execute(_delete_entries(index), (low, high))
        for name in (table, *(_NESTED if table == "articles" else ())):
            self.connection.execute(f"DELETE FROM {name} WHERE rowid BETWEEN ? AND ?", (low, high))

    def index_articles(self, unit: str) -> None:
        """Index the text of a shard's articles, once they are in."""
        table, shard = unit.split("/")
        if table == "articles":
            self._index_articles("WHERE rowid BETWEEN ? AND ?", _rowids(int(shard)))

    def close(self) -> None:
        """Index the articles' text and the faceted columns, and commit (foreign keys checked here)."""
        try:
            self._index_articles("", ())
            for table, columns in INDEXES.items():
                for column in columns:
                    self.connection.execute(f"CREATE INDEX idx_{table}_{column} ON {table}({column})")
            self.connection.execute("COMMIT")
        finally:
            self.connection.close()

    def commit(self) -> None:
        """Commit an update (foreign keys checked here)."""
        try:
            self.connection.execute("COMMIT")
        finally:
            self.connection.close()

    def abort(self) -> None:
        self.connection.close()
        self.path.unlink(missing_ok=True)

    def _insert(self, table: str, rows: Iterable[tuple[Any, ...]], rowids: Iterator[int]) -> None:
        columns = ["rowid", *(name for name, _, _ in COLUMNS[table])]
        marks = ", ".join("?" for _ in columns)
        numbered = ((next(rowids), *row) for row in rows)
        self.connection.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", numbered)

    def _index_articles(self, where: str, parameters: tuple[int, ...]) -> None:
        self.connection.execute(
            f"INSERT INTO articles_fts (rowid, title, text) SELECT rowid, title, text FROM articles {where}", parameters
        )
        self.connection.execute(
            f"INSERT INTO articles_bigrams (rowid, bigrams) SELECT rowid, {_BIGRAMS} FROM articles {where}", parameters
        )


def _rowids(shard: int) -> tuple[int, int]:
    return shard * SHARD_ROWS + 1, (shard + 1) * SHARD_ROWS


def _delete_entries(index: str) -> str:
    """The statement that takes a range of articles out of a full-text index: both indexes keep no text of
    their own for the article, so each is told the values it indexed."""
    values = "title, text" if index == "articles_fts" else "bigrams"
    selected = "title, text" if index == "articles_fts" else _BIGRAMS
    return (
        f"INSERT INTO {index} ({index}, rowid, {values}) "
        f"SELECT 'delete', rowid, {selected} FROM articles WHERE rowid BETWEEN ? AND ?"
    )


def bigrams(text: str) -> str:
    """What `articles_bigrams` indexes: every pair of neighbouring Chinese characters as a word, then the
    run's last character (招商引资 → 招商 商引 引资 资), so a phrase of pairs finds a word of any length and
    a pair's first character, or a last one, every single character; Latin words and numbers as they are."""
    return " ".join(" ".join(_tokens(run, last=True)) for run in _RUN.findall(text))


def search_expression(query: str) -> str:
    """The FTS5 query of `articles_bigrams` that finds the articles holding each word of `query` (words split
    at spaces): each word the phrase of its tokens, as `bigrams` made them, a last lone Chinese character
    matching the tokens that start with it. A query with no word finds nothing."""
    phrases = []
    for word in query.split():
        runs = _RUN.findall(word)
        tokens = [token for i, run in enumerate(runs) for token in _tokens(run, last=i < len(runs) - 1)]
        if tokens:  # a word that ends in one Chinese character: the pairs that character starts count too
            ends_alone = len(tokens[-1]) == 1 and not tokens[-1].isascii()
            phrases.append(f'"{" ".join(tokens)}"' + (" *" if ends_alone else ""))
    return " ".join(phrases) or '"\u3000"'


def _tokens(run: str, last: bool) -> list[str]:
    """A run's tokens: a Latin word or a number itself; a Chinese run its pairs, and with `last` its last
    character (which a word that goes on after the run needs to be found)."""
    if run.isascii() or len(run) == 1:
        return [run]
    return [*map(operator.add, run, run[1:]), *([run[-1]] if last else [])]


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
