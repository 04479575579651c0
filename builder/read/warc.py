"""Web archives as input: the HTML responses of a WARC or WARC.gz file, each one capture.

Input: a `.warc` or `.warc.gz` file. Output: one `InputFile` per HTML response with status 200,
carrying its offset in the archive, the target URL, the capture date and the charset the HTTP
header declares; the count of records skipped (not a response, not HTML, not 200); and the bytes
after the last whole record, which a cut or damaged archive leaves unread. The
payload is read only when the capture is parsed (`read_record`), one record at a time, so an
archive of any size streams.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

WARC_SUFFIXES = (".warc", ".warc.gz")
_SEPARATOR = b"\r\n\r\n"
_HTML = re.compile(r"^\s*(text/html|application/xhtml\+xml)", re.IGNORECASE)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class WarcRecord:
    offset: int
    url: str | None
    date: str | None
    charset: str | None


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def html_responses(path: Path) -> tuple[list[WarcRecord], Counter[str], int]:
    """The archive's HTML responses with status 200, the records skipped by why, and the bytes left unread."""
    from warcio.archiveiterator import ArchiveIterator  # here, not at the top: 35 ms of every build's start

    found: list[WarcRecord] = []
    skipped: Counter[str] = Counter()
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        for record in records:
            if record.rec_type != "response":
                skipped[f"{record.rec_type} record"] += 1
                continue
            headers = record.http_headers
            status = headers.get_statuscode() if headers else None
            content_type = headers.get_header("Content-Type", "") if headers else ""
            if status != "200":
                skipped[f"status {status}"] += 1
            elif not _HTML.match(content_type):
                skipped["not HTML"] += 1
            else:
                charset = _CHARSET.search(content_type)
                found.append(
                    WarcRecord(
                        offset=records.get_record_offset(),
                        url=record.rec_headers.get_header("WARC-Target-URI"),
                        date=record.rec_headers.get_header("WARC-Date"),
                        charset=charset.group(1).lower() if charset else None,
                    )
                )
        end = (records.get_record_offset() or 0) + (records.get_record_length() or 0)
    # The iterator stops quietly at a cut or damaged record: what it did not reach is counted (an
    # uncompressed WARC ends with the last record's separator, which no record length includes).
    unread = path.stat().st_size - end
    return found, skipped, unread if unread > len(_SEPARATOR) else 0


def read_record(path: Path, offset: int, max_bytes: int) -> bytes:
    """The HTTP payload of the record at `offset`, up to `max_bytes` + 1 bytes."""
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as stream:
        stream.seek(offset)
        record = next(iter(ArchiveIterator(stream)))
        return record.content_stream().read(max_bytes + 1)
