"""A table in shards: each shard of inputs becomes one Parquet file per table, written where it is parsed.

Input: the rows of one shard's articles, in input order (a worker process or a Ray task writes them).
Output: `data/<table>/shard-<index>.parquet` in the build's staging folder; at the end of the build
`publish_names` names them as `datasets` and the Hub expect, `train-<k>-of-<n>.parquet`, numbered
per table in shard order. A shard is a fixed range of inputs in sorted order, so the files, and the
rows in them, are the same whatever the number of workers or the engine.

Near-duplicates are decided over the whole build, once every shard is written; `drop_rows` then
copies a shard's files without the articles set aside (a drop list per shard), so no one process
rewrites the tables.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from builder.publish.parquet import TABLES_DIR, row_groups
from builder.record.schema import arrow_schema
from builder.tables.persons import person_of
from builder.tables.rows import ArticleRows

# Articles a row group holds (an article, with its text and sections, weighs some 10 KB); a row group of
# targets or speakers holds those articles' rows. The writer holds at most that many articles' rows, and the
# Parquet footers, kept in memory until each file closes, grow with the row groups, not with the rows.
ARTICLES_PER_ROW_GROUP = 256
PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 9,
    "use_dictionary": True,
    "data_page_size": 1 << 20,
}
# The tables each shard writes; `duplicates` is one file the build writes at its end.
SHARDED = ("articles", "targets", "speakers")
# Which column of each table names the article a row belongs to.
ARTICLE_KEY = {"articles": "id", "targets": "article_id", "speakers": "article_id"}
# Prose: its minimum and maximum help no query, and weigh up to 4 KB each in every row group's footer.
_PROSE = {"text", "text_original", "sentence"}


def statistics_columns(schema: pa.Schema) -> list[str]:
    """The Parquet columns written with min/max statistics: every column outside a list, prose left out.

    Readers such as DuckDB skip row groups by them (dates, regions, kinds, figures); ids, hashes in input
    order, rarely allow it, but cost little."""
    columns: list[str] = []

    def walk(node: pa.Field, prefix: str) -> None:
        if pa.types.is_struct(node.type):
            for child in node.type:
                walk(child, f"{prefix}{node.name}.")
        elif not pa.types.is_list(node.type) and node.name not in _PROSE:
            columns.append(prefix + node.name)

    for top in schema:
        walk(top, "")
    return columns


def parquet_writer(path: Path, schema: pa.Schema) -> pq.ParquetWriter:
    return pq.ParquetWriter(path, schema, write_statistics=statistics_columns(schema), **PARQUET_OPTIONS)


def shard_path(root: Path, table: str, index: int) -> Path:
    return root / TABLES_DIR / table / f"shard-{index:08d}.parquet"


class TableWriter:
    """Streams one table to one Parquet file in row groups, with the schema generated from its model."""

    def __init__(self, path: Path, table: str) -> None:
        self.path = path
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.schema = arrow_schema(table)
        self.writer = parquet_writer(self.path, self.schema)
        self.pending: list[dict[str, Any]] = []

    def add(self, rows: Iterable[dict[str, Any]]) -> None:
        self.pending.extend(rows)

    def flush(self) -> None:
        if self.pending:
            group = pa.Table.from_pylist(self.pending, schema=self.schema)
            self.writer.write_table(group, row_group_size=len(self.pending))  # one row group, never a stub
            self.pending = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


class ShardWriter:
    """One shard's articles, targets and speakers, each in a file of its own."""

    def __init__(self, root: Path, index: int) -> None:
        self.tables = {table: TableWriter(shard_path(root, table, index), table) for table in SHARDED}

    def add(self, rows: ArticleRows) -> None:
        self.tables["articles"].add([rows.article])
        self.tables["targets"].add(rows.targets)
        self.tables["speakers"].add(rows.speakers)
        if len(self.tables["articles"].pending) >= ARTICLES_PER_ROW_GROUP:
            for table in self.tables.values():
                table.flush()

    def close(self) -> None:
        for table in self.tables.values():
            table.close()

    def abort(self) -> None:
        """Close what is open, whatever closing raises (a full disk fails the footers): the error that
        stopped the shard is the one to report; the build removes the staging folder."""
        for table in self.tables.values():
            with contextlib.suppress(Exception):
                table.writer.close()


def drop_rows(root: Path, index: int, ids: Iterable[str]) -> None:
    """Copy a shard's files without the rows of the articles `ids`, one row group at a time."""
    import pyarrow.compute as pc  # a fifth of a second to import, and needed only when articles are set aside

    gone = pa.array(sorted(ids), pa.string())
    for table in SHARDED:
        path = shard_path(root, table, index)
        kept = path.with_suffix(".kept")
        schema = arrow_schema(table)
        with parquet_writer(kept, schema) as writer:
            for rows in row_groups(path):
                filtered = rows.filter(pc.invert(pc.is_in(rows.column(ARTICLE_KEY[table]), value_set=gone)))
                if filtered.num_rows:
                    writer.write_table(filtered.cast(schema), row_group_size=filtered.num_rows)
        os.replace(kept, path)


def set_person_ids(root: Path, index: int, merges: dict[str, str]) -> bool:
    """Copy a shard's `speakers` file with each row's `person_id` set to its person's (`person_of`); left as it
    is when every row holds its person's already, as most do. Whether it was copied."""
    path = shard_path(root, "speakers", index)
    groups = []
    for rows in row_groups(path):
        ids = [person_of(row, merges) for row in rows.to_pylist()]
        groups.append((rows, ids))
    if all(rows.column("person_id").to_pylist() == ids for rows, ids in groups):
        return False
    merged = path.with_suffix(".merged")
    schema = arrow_schema("speakers")
    at = schema.get_field_index("person_id")
    with parquet_writer(merged, schema) as writer:
        for rows, ids in groups:
            writer.write_table(
                rows.cast(schema).set_column(at, schema.field(at), pa.array(ids, pa.string())), row_group_size=len(ids)
            )
    os.replace(merged, path)
    return True


def publish_names(root: Path, shards: int) -> dict[int, dict[str, str]]:
    """Name each table's shard files `train-<k>-of-<n>.parquet`, leaving out files without rows (a table
    with no rows at all keeps its first); which name each shard's file took, by shard and table."""
    named: dict[int, dict[str, str]] = {index: {} for index in range(shards)}
    for table in SHARDED:
        paths = [shard_path(root, table, index) for index in range(shards)]
        holding = [index for index, path in enumerate(paths) if pq.read_metadata(path).num_rows] or [0]
        for index, path in enumerate(paths):
            if index not in holding:
                path.unlink()
        for number, index in enumerate(holding):
            name = published_name(number, len(holding))
            os.replace(paths[index], paths[index].with_name(name))
            named[index][table] = name
    return named


def published_name(number: int, count: int) -> str:
    return f"train-{number:05d}-of-{count:05d}.parquet"
