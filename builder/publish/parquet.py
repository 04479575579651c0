"""Where a published table lives, and reading it back one row group at a time (memory flat however large it is)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq


def row_groups(path: Path) -> Iterator[pa.Table]:
    """Each row group of the file in turn."""
    parquet = pq.ParquetFile(path)
    for group in range(parquet.num_row_groups):
        yield parquet.read_row_group(group)


def table_path(root: Path, table: str) -> Path:
    return root / "data" / table / "train-00000-of-00001.parquet"
