"""Reading a published Parquet table back one row group at a time, so memory stays flat however large it is."""

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
