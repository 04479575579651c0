"""Candidate records from a crawl's URL index: the CDX API (through cdx_toolkit) or the columnar index (DuckDB).

Both read the same facts about each capture (URL, status, detected MIME type, languages, WARC file,
offset, length, digest) and keep it by the same test, `accepted`, so that the two give the same picks.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn
from urllib.parse import urlsplit

from builder.crawl import CrawlError
from builder.crawl.hosts import Places, domain_of
from builder.crawl.picks import Pick

if TYPE_CHECKING:
    import requests

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


def from_cdx(api: str, crawls: list[str], places: Places, interval: float) -> Iterator[Pick]:
    """Every accepted capture the CDX API lists for each crawl and pattern, every page of it read.

    The pages are counted first (`showNumPages`) and read one by one (`page`): the count bounds the
    reading even where a server answers a page past the end with something other than pywb's 400.
    cdx_toolkit makes each request (its pacing, its retries of 429, 5xx and lost connections) and
    turns each answer into index lines.
    """
    from tqdm import tqdm

    for crawl in crawls:
        endpoint = _endpoint(api, crawl)
        _pace(endpoint, interval)
        retry = max(2.0, 10 * interval)
        for rule in places.rules:
            pages = _page_count(endpoint, rule.pattern, retry)
            for page in tqdm(range(pages), desc=f"{crawl} {rule.pattern}", unit="page", leave=False, disable=None):
                for line in _page_lines(endpoint, rule.pattern, page, retry):
                    entry = _cdx_entry(line)
                    if entry is not None and accepted(entry, places):
                        yield as_pick(entry, crawl)


def _endpoint(api: str, crawl: str) -> str:
    """The crawl's CDX endpoint: `{api}/{crawl}-index` as Common Crawl serves them, else what the server's
    `collinfo.json` names (the list Common Crawl and cdx_toolkit use), else `api` itself if it is one."""
    api = api.rstrip("/")
    if api.endswith(f"{crawl}-index"):
        return api if _answers(api) else _no_index(api)
    if _answers(f"{api}/{crawl}-index"):
        return f"{api}/{crawl}-index"
    listed = _listed(api, crawl)
    if listed and _answers(listed):
        return listed
    return _no_index(f"{api}/{crawl}-index")


def _no_index(endpoint: str) -> NoReturn:
    raise CrawlError(
        f"{endpoint}: no such index (HTTP 404, and no collinfo.json naming it); check --crawl and --cdx-api"
    )


def _answers(endpoint: str, attempts: int = 3) -> bool:
    """Whether `endpoint` is a CDX index (a 404 that is pywb's "no captures" counts); fails soon on a dead server,
    rather than in cdx_toolkit's minute-long retries."""
    import requests

    for attempt in range(attempts):
        try:
            answer = requests.get(endpoint, params={"url": "example.com", "showNumPages": "true"}, timeout=30)
            return answer.status_code != 404 or answer.text.lstrip().startswith("{")
        except requests.RequestException as error:
            if attempt == attempts - 1:
                raise CrawlError(f"cannot reach the CDX API at {endpoint}: {type(error).__name__}") from None
            time.sleep(1 + attempt)
    return False


def _listed(api: str, crawl: str) -> str | None:
    import requests

    try:
        collections = requests.get(f"{api}/collinfo.json", timeout=30).json()
        return next((c["cdx-api"] for c in collections if c.get("id") == crawl), None)
    except (requests.RequestException, ValueError, TypeError, KeyError, AttributeError):
        return None


def _pace(endpoint: str, interval: float) -> None:
    """cdx_toolkit's pause between two requests to this host (its default for a host it does not know is 3 s)."""
    from cdx_toolkit import myrequests

    myrequests.retry_info[urlsplit(endpoint).hostname or ""] = {"next_fetch": 0, "minimum_interval": interval}


def _get(endpoint: str, params: dict, retry: float) -> requests.Response:
    from cdx_toolkit import myrequests_get

    try:
        return myrequests_get(endpoint, params=params, cdx=True, retry_max_sec=retry, raise_error_after_n_errors=10)
    except (ValueError, RuntimeError) as error:
        raise CrawlError(f"{endpoint}: {error}") from None


def _page_count(endpoint: str, pattern: str, retry: float) -> int:
    answer = _get(endpoint, {"url": pattern, "showNumPages": "true"}, retry)
    if answer.status_code == 404:
        return 0
    try:
        count = answer.json()
    except ValueError:
        count = None
    # pywb answers {"pages": N, "pageSize": ..., "blocks": ...}; the Wayback Machine a bare number.
    pages = count.get("pages", count.get("blocks")) if isinstance(count, dict) else count
    if not isinstance(pages, int) or pages < 0:
        raise CrawlError(f"{endpoint}: showNumPages for {pattern} answered {answer.text[:80]!r}")
    return pages


def _page_lines(endpoint: str, pattern: str, page: int, retry: float) -> list[dict]:
    from cdx_toolkit import cdx_to_captures

    params = {"url": pattern, "page": page, "output": "json", "filter": "=status:200"}
    answer = _get(endpoint, params, retry)
    if answer.status_code == 400:  # past the last page: the index changed since it was counted
        return []
    try:
        return [capture.data for capture in cdx_to_captures(answer)]
    except ValueError as error:
        raise CrawlError(f"{endpoint}: page {page} of {pattern}: {error}") from None


def _cdx_entry(line: dict) -> IndexEntry | None:
    try:
        return IndexEntry(
            url=line["url"],
            timestamp=str(line["timestamp"]),
            status=_status(line),
            mime=line.get("mime-detected") or line.get("mime") or line.get("mimetype"),
            languages=line.get("languages"),
            warc_filename=line["filename"],
            offset=int(line["offset"]),
            length=int(line["length"]),
            digest=line.get("digest", ""),
        )
    except (KeyError, ValueError, TypeError):
        return None  # a revisit or a line without a WARC location cannot be fetched


def _status(line: dict) -> int | None:
    status = str(line.get("status", line.get("statuscode", "")))
    return int(status) if status.isdigit() else None


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
        chinese = f"(content_languages IS NULL OR content_languages LIKE '%{CHINESE}%')"
        where = f"fetch_status = 200 AND lower(content_mime_detected) IN ({html}) AND {chinese} AND ({hosts})"
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
