"""Reading a published Parquet table back one row group at a time, so memory stays flat however large it is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq


def row_groups(path: Path, columns: list[str] | None = None) -> Iterator[list[dict[str, Any]]]:
    """The rows of each row group in turn, as dicts (only `columns`, when given)."""
    parquet = pq.ParquetFile(path)
    for group in range(parquet.num_row_groups):
        yield parquet.read_row_group(group, columns=columns).to_pylist()
