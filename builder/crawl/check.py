"""Is this the record that was asked for, whole? Length, one gzip member, a WARC header, URL and digest."""

from __future__ import annotations

import re
import zlib

from builder.crawl.hosts import canonical
from builder.crawl.picks import Pick

_BASE32_SHA1 = re.compile(r"[A-Z2-7]{32}")
_WARC_VERSIONS = (b"WARC/1.0\r\n", b"WARC/1.1\r\n")
_HEADER_END = b"\r\n\r\n"


def record_problem(data: bytes, pick: Pick) -> str | None:
    """Why `data` is not the whole record `pick` names, or None when it is."""
    if len(data) != pick.warc_record_length:
        return f"short body: {len(data)} of {pick.warc_record_length} bytes"
    inflater = zlib.decompressobj(wbits=31)
    try:
        record = inflater.decompress(data)
    except zlib.error as error:
        return f"bad gzip: {error}"
    if not inflater.eof or inflater.unused_data:
        return "bad gzip: not exactly one gzip member"
    if not record.startswith(_WARC_VERSIONS) or _HEADER_END not in record:
        return "bad record: no WARC header"
    headers = _headers(record[: record.index(_HEADER_END)])
    block = len(record) - record.index(_HEADER_END) - len(_HEADER_END)
    declared = headers.get("content-length", "")
    if not declared.isdigit() or block < int(declared):
        return f"bad record: block of {block} bytes, header says {declared or 'nothing'}"
    uri = headers.get("warc-target-uri", "").strip("<>")
    if uri != pick.url and canonical(uri) != canonical(pick.url):
        return f"wrong record: it is {uri or 'no URL'}"
    digest, expected = _sha1(headers.get("warc-payload-digest", "")), _sha1(pick.content_digest)
    if digest and expected and digest != expected:
        return f"wrong record: payload digest {digest}, index says {expected}"
    return None


def _sha1(digest: str) -> str | None:
    """A SHA-1 in base 32, as Common Crawl's index and WARC headers write it; None for any other form,
    which is then not compared (an index may write its digests otherwise)."""
    value = digest.strip().upper().removeprefix("SHA1:")
    return value if _BASE32_SHA1.fullmatch(value) else None


def _headers(head: bytes) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in head.decode("utf-8", "replace").split("\r\n")[1:]:
        name, _, value = line.partition(":")
        found[name.strip().lower()] = value.strip()
    return found
