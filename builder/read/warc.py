"""Web archives as input: the HTML responses of a WARC or WARC.gz file, and the text records of a WET file
(Common Crawl's `.warc.wet.gz`: each page's text already taken out of its HTML), each one capture.

Input: a `.warc`, `.warc.gz`, `.warc.wet` or `.warc.wet.gz` file. Output: one record per HTML response with status
200, carrying its offset in the archive, the target URL, the capture date and the charset the HTTP header declares,
and one per conversion record of plain text in Chinese or in no language named (`WARC-Identified-Content-Language`,
where the crawler wrote it, naming `zho`), read as a text capture; the count of records skipped (not a response or a
conversion, not HTML or text, not 200, in other languages); and the bytes after the last whole record, which a cut
or damaged archive leaves unread. The payload is read only when the capture is parsed (`read_record`), one record at
a time, so an archive of any size streams.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord

WARC_SUFFIXES = (".warc", ".warc.gz", ".warc.wet", ".warc.wet.gz")
_SEPARATOR = b"\r\n\r\n"
_HTML = re.compile(r"^\s*(text/html|application/xhtml\+xml)", re.IGNORECASE)
_PLAIN_TEXT = re.compile(r"^\s*text/plain", re.IGNORECASE)
# ISO 639-3, as Common Crawl names the languages it identified in a page's text (`zho,eng`).
_CHINESE = "zho"
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class WarcRecord:
    offset: int
    url: str | None
    date: str | None
    charset: str | None
    text_record: bool = False  # a conversion record: the page's text, read as a text capture rather than as HTML


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def captures_in(path: Path) -> tuple[list[WarcRecord], Counter[str], int]:
    """The archive's HTML responses with status 200 and its text records in Chinese, the records skipped by why, and
    the bytes left unread."""
    from warcio.archiveiterator import ArchiveIterator  # here, not at the top: 35 ms of every build's start

    found: list[WarcRecord] = []
    skipped: Counter[str] = Counter()
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        for record in records:
            if record.rec_type == "conversion":
                text, why = _text_record(record, records.get_record_offset())
                if text is not None:
                    found.append(text)
                else:
                    skipped[why] += 1
                continue
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


def _text_record(record: ArcWarcRecord, offset: int) -> tuple[WarcRecord | None, str]:
    """A conversion record as a capture, or why it is skipped: not plain text, or text in other languages only."""
    content_type = record.rec_headers.get_header("Content-Type", "")
    if not _PLAIN_TEXT.match(content_type):
        return None, "conversion record not text"
    languages = record.rec_headers.get_header("WARC-Identified-Content-Language")
    if languages and _CHINESE not in {code.strip().lower().split("-")[0] for code in languages.split(",")}:
        return None, "text in other languages"
    charset = _CHARSET.search(content_type)
    url, date = record.rec_headers.get_header("WARC-Target-URI"), record.rec_headers.get_header("WARC-Date")
    return WarcRecord(offset, url, date, charset.group(1).lower() if charset else None, text_record=True), ""


def read_record(path: Path, offset: int, max_bytes: int) -> bytes:
    """The HTTP payload of the record at `offset` (a conversion record's text), up to `max_bytes` + 1 bytes."""
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as stream:
        stream.seek(offset)
        record = next(iter(ArchiveIterator(stream)))
        return record.content_stream().read(max_bytes + 1)
