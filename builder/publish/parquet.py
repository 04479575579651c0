"""Where a published table's files live, and reading them back one row group at a time (memory flat however
large the table is)."""

from __future__ import annotations

from collections.abc import Iterator
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
