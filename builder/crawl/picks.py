"""The picks file: which records of a crawl to fetch, one Parquet row each, with the columnar index's names.

A pick names a byte range of one WARC file of the crawl (`warc_filename`, `warc_record_offset`,
`warc_record_length`), which is also its identity in the fetch journal. Picks are unique by URL
(the newest capture kept) and by content digest (the first URL kept), sorted by file and offset so
that a fetch reads each WARC file front to back.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path

from builder.crawl import CrawlError

COLUMNS = (
    "url",
    "timestamp",
    "crawl",
    "warc_filename",
    "warc_record_offset",
    "warc_record_length",
    "content_digest",
)


@dataclass(frozen=True, slots=True)
class Pick:
    url: str
    timestamp: str  # 14 digits, UTC, as the CDX API writes it
    crawl: str
    warc_filename: str
    warc_record_offset: int
    warc_record_length: int
    content_digest: str

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.warc_filename, self.warc_record_offset, self.warc_record_length)


def unique(candidates: Iterable[Pick]) -> list[Pick]:
    """One pick per URL (its newest capture) and per digest (the first URL), in file and offset order."""
    newest: dict[str, Pick] = {}
    for pick in candidates:
        held = newest.get(pick.url)
        if held is None or (pick.timestamp, pick.key) > (held.timestamp, held.key):
            newest[pick.url] = pick
    seen: set[str] = set()
    kept: list[Pick] = []
    for url in sorted(newest):
        pick = newest[url]
        if pick.content_digest and pick.content_digest in seen:
            continue
        seen.add(pick.content_digest)
        kept.append(pick)
    kept.sort(key=lambda p: p.key)
    return kept


def _schema():
    import pyarrow as pa

    return pa.schema(
        [
            pa.field("url", pa.string(), nullable=False),
            pa.field("timestamp", pa.string(), nullable=False),
            pa.field("crawl", pa.string(), nullable=False),
            pa.field("warc_filename", pa.string(), nullable=False),
            pa.field("warc_record_offset", pa.int64(), nullable=False),
            pa.field("warc_record_length", pa.int64(), nullable=False),
            pa.field("content_digest", pa.string(), nullable=False),
        ]
    )


def write_picks(picks: list[Pick], path: Path) -> None:
    """The picks as Parquet, written beside the target and renamed, so that a reader never sees half a file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pydict({name: [getattr(p, name) for p in picks] for name in COLUMNS}, schema=_schema())
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        pq.write_table(table, temporary, compression="zstd")
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise CrawlError(f"cannot write {path}: {error.strerror}") from None


def read_picks(path: Path) -> list[Pick]:
    import pyarrow.parquet as pq

    if not path.is_file():
        raise CrawlError(f"no picks file at {path}: make one with zhaoshang crawl find")
    try:
        table = pq.read_table(path)
    except (OSError, ValueError) as error:
        raise CrawlError(f"{path}: not a picks file ({error})") from None
    missing = [name for name in COLUMNS if name not in table.column_names]
    if missing:
        raise CrawlError(
            f"{path}: not a picks file (no column {', '.join(missing)}); make one with zhaoshang crawl find"
        )
    columns = {name: table.column(name).to_pylist() for name in COLUMNS}
    names = [f.name for f in fields(Pick)]
    rows = [Pick(**{name: columns[name][i] for name in names}) for i in range(table.num_rows)]
    broken = [p for p in rows if not p.warc_filename or p.warc_record_length is None or p.warc_record_length <= 0]
    if broken:
        raise CrawlError(f"{path}: {len(broken)} picks without a WARC file or a length (first: {broken[0].url})")
    return rows
