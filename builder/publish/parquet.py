"""Where a published table's files live, and reading them back one row group at a time (memory flat however
large the table is)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

TABLES_DIR = "data"


def table_files(root: Path, table: str) -> list[Path]:
    """The table's Parquet files in row order (`train-00000-of-0000n.parquet` ...)."""
    return sorted((root / TABLES_DIR / table).glob("*.parquet"))


def row_count(root: Path, table: str) -> int:
    return sum(pq.read_metadata(path).num_rows for path in table_files(root, table))


def read_table(root: Path, table: str) -> pa.Table:
    """A whole table in memory: for tests and small datasets."""
    return pa.concat_tables(pq.read_table(path) for path in table_files(root, table))


def row_groups(path: Path) -> Iterator[pa.Table]:
    """Each row group of the file in turn."""
    parquet = pq.ParquetFile(path)
    for group in range(parquet.num_row_groups):
        yield parquet.read_row_group(group)


def table_row_groups(root: Path, table: str) -> Iterator[pa.Table]:
    """Each row group of every file of the table, in row order."""
    for path in table_files(root, table):
        yield from row_groups(path)


def leaf_columns(parquet: pq.ParquetFile, paths: Iterable[str]) -> list[str]:
    """The file's leaf columns under these dotted record paths (`date.year`, `industries.name`: a list's items
    are `list.element` in Parquet's own paths)."""
    wanted = tuple(paths)
    leaves = []
    for number in range(len(parquet.schema)):
        path = parquet.schema.column(number).path
        record_path = path.replace(".list.element", "")
        if any(record_path == p or record_path.startswith(p + ".") for p in wanted):
            leaves.append(path)
    return leaves


def read_leaves(path: Path, paths: Iterable[str]) -> pa.Table:
    """A whole file's columns under these dotted record paths (`leaf_columns`): one shard's rows, or a test's."""
    # A file's own reader, not `pq.read_table`: that goes through pyarrow.dataset, which imports pandas.
    parquet = pq.ParquetFile(path)
    return parquet.read(columns=leaf_columns(parquet, paths))
