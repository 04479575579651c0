"""Candidate records from a crawl's URL index: the CDX API (through cdx_toolkit) or the columnar index (DuckDB).

Both read the same facts about each capture (URL, status, detected MIME type, languages, WARC file,
offset, length, digest) and keep it by the same test, `accepted`, so that the two give the same picks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from builder.crawl import CrawlError
from builder.crawl.hosts import Places, domain_of
from builder.crawl.picks import Pick

COMMON_CRAWL_INDEX = "https://index.commoncrawl.org"
HTML = ("text/html", "application/xhtml+xml")
CHINESE = "zho"


@dataclass(frozen=True, slots=True)
class IndexEntry:
    url: str
    timestamp: str
    status: int | None
    mime: str | None
    languages: str | None  # comma-separated ISO 639-3 codes, as Common Crawl writes them
    warc_filename: str
    offset: int
    length: int
    digest: str


def accepted(entry: IndexEntry, places: Places) -> bool:
    """Status 200, HTML, Chinese (or no language detected), under a rule of `places`."""
    if entry.status != 200 or (entry.mime or "").split(";")[0].strip().lower() not in HTML:
        return False
    if entry.languages and CHINESE not in entry.languages.split(","):
        return False
    return places.rule_for(entry.url) is not None


def as_pick(entry: IndexEntry, crawl: str) -> Pick:
    return Pick(entry.url, entry.timestamp, crawl, entry.warc_filename, entry.offset, entry.length, entry.digest)


# ---------------------------------------------------------------- CDX API


def cdx_endpoint(api: str, crawl: str) -> str:
    """Common Crawl serves one CDX endpoint a crawl, `{api}/{crawl}-index`."""
    return f"{api.rstrip('/')}/{crawl}-index"


def from_cdx(api: str, crawls: list[str], places: Places, interval: float) -> Iterator[Pick]:
    """Every accepted capture the CDX API lists for each crawl and pattern, every page of it read.

    The pages are counted first (`showNumPages`) and read one by one (`page`): a count bounds the
    reading even where a server answers a page past the end with something other than pywb's 400.
    """
    import cdx_toolkit

    for crawl in crawls:
        endpoint = cdx_endpoint(api, crawl)
        _reachable(endpoint)
        _pace(endpoint, interval)
        fetcher = cdx_toolkit.CDXFetcher(source=endpoint)
        for rule in places.rules:
            for page in range(_page_count(endpoint, rule.pattern)):
                try:
                    captures = fetcher.get(rule.pattern, page=page, filter=["=status:200"], limit=_NO_LIMIT)
                except (ValueError, RuntimeError) as error:
                    raise CrawlError(f"{endpoint}: page {page} of {rule.pattern}: {error}") from None
                for capture in captures:
                    entry = _cdx_entry(capture.data)
                    if entry is not None and accepted(entry, places):
                        yield as_pick(entry, crawl)


_NO_LIMIT = 1_000_000_000  # cdx_toolkit's get() asks for 1000 lines unless told otherwise


def _pace(endpoint: str, interval: float) -> None:
    """cdx_toolkit's pause between two requests to this host (its default for a host it does not know is 3 s)."""
    from cdx_toolkit import myrequests

    myrequests.retry_info[urlsplit(endpoint).hostname or ""] = {"next_fetch": 0, "minimum_interval": interval}


def _page_count(endpoint: str, pattern: str) -> int:
    from cdx_toolkit import myrequests_get

    try:
        answer = myrequests_get(endpoint, params={"url": pattern, "showNumPages": "true"}, cdx=True)
    except (ValueError, RuntimeError) as error:
        raise CrawlError(f"{endpoint}: {error}") from None
    if answer.status_code == 404:
        return 0
    try:
        count = answer.json()
    except ValueError:
        raise CrawlError(f"{endpoint}: showNumPages answered {answer.text[:80]!r}") from None
    # pywb answers {"pages": N, "pageSize": ..., "blocks": ...}; the Wayback Machine a bare number.
    pages = count.get("pages", count.get("blocks")) if isinstance(count, dict) else count
    if not isinstance(pages, int) or pages < 0:
        raise CrawlError(f"{endpoint}: showNumPages answered {answer.text[:80]!r}")
    return pages


def _reachable(endpoint: str) -> None:
    """Fail at once with a clear message, rather than in cdx_toolkit's minute-long retries."""
    import requests

    try:
        answer = requests.get(endpoint, params={"url": "example.com", "showNumPages": "true"}, timeout=30)
    except requests.RequestException as error:
        raise CrawlError(f"cannot reach the CDX API at {endpoint}: {type(error).__name__}") from None
    if answer.status_code == 404 and not answer.text.lstrip().startswith("{"):
        raise CrawlError(f"{endpoint}: no such index (HTTP 404); check --crawl and --cdx-api")


def _cdx_entry(line: dict) -> IndexEntry | None:
    try:
        return IndexEntry(
            url=line["url"],
            timestamp=str(line["timestamp"]),
            status=int(line["status"]) if str(line.get("status", "")).isdigit() else None,
            mime=line.get("mime-detected") or line.get("mime"),
            languages=line.get("languages"),
            warc_filename=line["filename"],
            offset=int(line["offset"]),
            length=int(line["length"]),
            digest=line.get("digest", ""),
        )
    except (KeyError, ValueError, TypeError):
        return None  # a revisit or a line without a WARC location cannot be fetched


# ---------------------------------------------------------------- columnar index

_COLUMNS = (
    "url, epoch_us(fetch_time), fetch_status, content_mime_detected, content_languages, "
    "warc_filename, warc_record_offset, warc_record_length, content_digest"
)


def from_columnar(sources: list[str], crawls: list[str], places: Places) -> Iterator[Pick]:
    """Every accepted capture in Parquet files of the columnar index's columns (local, or any path DuckDB reads).

    The host test runs in DuckDB (so that Parquet statistics skip row groups); `accepted` then
    applies exactly the CDX path's test to what is left.
    """
    import duckdb

    paths = [_parquet_glob(s) for s in sources]
    connection = duckdb.connect()
    try:
        source = (
            f"read_parquet([{', '.join(_literal(p) for p in paths)}], hive_partitioning = true, union_by_name = true)"
        )
        has_crawl = "crawl" in connection.sql(f"SELECT * FROM {source} LIMIT 0").columns
        crawl_for_all = _single_crawl(crawls, has_crawl)
        hosts, parameters = _host_condition(places)
        html = ", ".join(_literal(m) for m in HTML)
        where = f"fetch_status = 200 AND lower(content_mime_detected) IN ({html}) AND ({hosts})"
        if has_crawl and crawls:
            where += f" AND crawl IN ({', '.join('?' for _ in crawls)})"
            parameters += crawls
        query = f"SELECT {_COLUMNS}, {'crawl' if has_crawl else 'NULL'} FROM {source} WHERE {where}"
        cursor = connection.execute(query, parameters)
        while rows := cursor.fetchmany(10_000):
            for row in rows:
                entry = _columnar_entry(row)
                if accepted(entry, places):
                    yield as_pick(entry, row[9] or crawl_for_all)
    except duckdb.Error as error:
        raise CrawlError(f"cannot read the columnar index {', '.join(sources)}: {error}") from None
    finally:
        connection.close()


def _parquet_glob(source: str) -> str:
    path = Path(source)
    return str(path / "**" / "*.parquet") if path.is_dir() else source


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _single_crawl(crawls: list[str], has_crawl: bool) -> str:
    if has_crawl:
        return ""
    if len(crawls) != 1:
        raise CrawlError("these Parquet files have no crawl column: name their crawl with one --crawl")
    return crawls[0]


def _host_condition(places: Places) -> tuple[str, list[str]]:
    terms: list[str] = []
    parameters: list[str] = []
    for rule in places.rules:
        host, subdomains = domain_of(rule.pattern)
        terms.append("lower(url_host_name) IN (?, ?)")
        parameters += [host, "www." + host]
        if subdomains:
            terms.append("lower(url_host_name) LIKE ?")
            parameters.append("%." + host)
    return " OR ".join(terms), parameters


def _columnar_entry(row: tuple) -> IndexEntry:
    url, fetched, status, mime, languages, filename, offset, length, digest = row[:9]
    return IndexEntry(url, _timestamp(fetched), status, mime, languages, filename, offset, length, digest or "")


def _timestamp(microseconds: int) -> str:
    """The capture time (microseconds since 1970, as DuckDB reads any timestamp) as the CDX API's 14 digits, in UTC."""
    return datetime.fromtimestamp(microseconds / 1e6, tz=timezone.utc).strftime("%Y%m%d%H%M%S")
