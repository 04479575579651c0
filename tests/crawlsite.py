"""A small Common Crawl on the loopback address, for the tests of `zhaoshang crawl`.

`make_site` writes a crawl's WARC files (request and response records, each a gzip member, as
Common Crawl stores them), its CDX index and its columnar index (Parquet, Common Crawl's column
names, hive-partitioned by crawl and subset). Its pages are the repository's captures wrapped in a
simple article page (on-topic), pages about weather, libraries and sport (off-topic), and pages a
find must not pick: another status, not HTML, not Chinese, a government page without a URL hint,
a host outside the hosts file, an older capture of a picked URL, a copy of a picked page.

`serving(site, faults)` starts a CDX server (JSON lines, `showNumPages`, `page`, URL wildcards,
`filter`) and a WARC server (HTTP `Range`) that answers 503 in bursts, resets connections, stalls,
sends short or corrupt bodies or whole files, as `Faults` says, counting requests so that the faults fall the
same way every run.
"""

from __future__ import annotations

import io
import json
import re
import socket
import struct
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from builder.read.capture import find_inputs, read_capture, read_input
from builder.resources import data_json

ROOT = Path(__file__).resolve().parent.parent
CRAWL = "CC-TEST-2026-05"
SEGMENT = f"crawl-data/{CRAWL}/segments/1767225600000.00/warc"
_START = datetime(2026, 1, 12, 8, 0, 0, tzinfo=timezone.utc)
_PLACES = ["anping", "baishui", "changle", "dongxing", "fengyang", "guangze", "heshan", "jinxi", "longnan"]
# Off-topic page text: everyday notices, none of topic.json's words (checked when the site is made).
_NOTICES = [
    "{place}今天多云转晴，最高气温{n}摄氏度，最低气温{m}摄氏度，东南风三级。",
    "{place}图书馆自下周一起调整开放时间，周末上午九点至下午五点开放，请读者相互转告。",
    "{place}第{n}届全民健身运动会昨日闭幕，{m}支代表队参加了田径、游泳和乒乓球比赛。",
    "{place}部分路段今晚十点至明早六点封闭施工，过往车辆请绕行，给您带来不便敬请谅解。",
    "{place}气象台发布大雾黄色预警，预计未来十二小时内能见度将降至{m}米以下。",
    "{place}博物馆举办传统年画展，展出作品{n}件，市民可凭身份证免费参观。",
]


@dataclass(frozen=True)
class Page:
    url: str
    body: bytes
    status: int = 200
    mime: str = "text/html"
    languages: str | None = "zho"
    charset: str = "utf-8"
    kind: str = "on_topic"  # on_topic, off_topic, or why a find must leave it: status, mime, ...
    template: str = ""


@dataclass
class Site:
    root: Path  # what the WARC server serves: crawl-data/... under it
    index: list[dict] = field(default_factory=list)  # CDX lines, sorted by urlkey and timestamp
    records: dict[tuple[str, int, int], bytes] = field(default_factory=dict)
    pages: dict[tuple[str, int, int], Page] = field(default_factory=dict)
    columnar: Path | None = None

    def wanted(self) -> list[tuple[str, int, int]]:
        """The records a find must pick: on- and off-topic pages, one capture of each."""
        return sorted(key for key, page in self.pages.items() if page.kind in ("on_topic", "off_topic"))


def surt(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    key = ",".join(reversed(host.split("."))) + ")" + (parts.path or "/").lower()
    return key + (f"?{parts.query}" if parts.query else "")


def _article_html(title: str, paragraphs: list[str], marker: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="page-id" content="{marker}">'
        f'<title>{title}</title></head><body><div class="article"><h1>{title}</h1>{body}</div></body></html>'
    )


def templates() -> list[tuple[str, str, list[str]]]:
    """(name, title, paragraphs) of every shipped capture, decoded as the builder decodes it."""
    items, _ = find_inputs([ROOT / "corpus" / "seeds", ROOT / "corpus" / "wild"])
    found = []
    for item in items:
        capture = read_capture(item, read_input(item, 5_000_000))
        lines = [line.strip() for line in capture.text.splitlines() if line.strip()]
        if lines:
            found.append((item.name, capture.html_title or lines[0][:60], lines))
    return found


def _off_topic_text(i: int) -> tuple[str, list[str]]:
    place = ["安平县", "白水县", "长乐区", "东兴市", "凤阳县", "光泽县", "鹤山市", "金溪县", "陇南市"][i % 9]
    lines = [t.format(place=place, n=3 + i % 20, m=100 + i % 50) for t in _NOTICES[i % 3 :] + _NOTICES[: i % 3]]
    return f"{place}便民信息第{i}期", lines


def make_site(root: Path, copies: int = 3, off_topic: int = 40, files: int = 4) -> Site:
    """A crawl with `copies` on-topic pages per shipped capture, `off_topic` off-topic pages, in `files` WARC files."""
    topic_words = data_json("topic.json")["topic_words"]
    pages: list[Page] = []
    shipped = templates()
    for copy in range(copies):
        for t, (name, title, lines) in enumerate(shipped):
            n = copy * len(shipped) + t
            place = _PLACES[n % len(_PLACES)]
            url = [
                f"http://zsj.{place}.gov.cn/zsyz/2026/{n:05d}.html",
                f"https://www.{place}.zhaoshang.gov.cn/news/{n:05d}.shtml",
                f"http://epaper.cnnb.com.cn/html/2026-01/{n:05d}.htm",
            ][n % 3]
            html = _article_html(title, lines, f"{copy}-{t}")
            pages.append(Page(url, html.encode("utf-8"), template=name))
    for i in range(off_topic):
        title, lines = _off_topic_text(i)
        text = title + "".join(lines)
        assert not any(word in text for word in topic_words), text
        url = f"http://tzcj.{_PLACES[i % len(_PLACES)]}.gov.cn/tzgg/{i:05d}.html"
        pages.append(Page(url, _article_html(title, lines, f"off-{i}").encode("utf-8"), kind="off_topic"))
    pages += _distractors(shipped)
    return _write_site(root, pages, files)


def _distractors(shipped: list[tuple[str, str, list[str]]]) -> list[Page]:
    """Records in the crawl that a find must leave (each `kind` says why)."""
    _, title, lines = shipped[0]
    html = _article_html(title, lines, "distractor").encode("utf-8")
    return [
        Page("http://zsj.anping.gov.cn/zsyz/gone.html", b"<p>not found</p>", status=404, kind="status"),
        Page("http://zsj.anping.gov.cn/zsyz/logo.png", b"\x89PNG\r\n", mime="image/png", languages=None, kind="mime"),
        Page("http://zsj.anping.gov.cn/zsyz/en.html", b"<p>Invest in Anping</p>", languages="eng", kind="language"),
        Page("http://www.anping.gov.cn/xwzx/notice.html", html + b" ", kind="no_hint"),
        Page("http://www.example.com/zsyz/copy.html", html + b"  ", kind="other_host"),
        Page("http://zsj.anping.gov.cn/zsyz/2026/00000.html", html + b"   ", kind="older"),  # an older capture
        Page("http://zsj.anping.gov.cn/zsyz/2026/mirror.html", html.replace(b"distractor", b"0-0"), kind="copy"),
    ]


def _write_site(root: Path, pages: list[Page], files: int) -> Site:
    site = Site(root)
    folder = root / SEGMENT
    folder.mkdir(parents=True, exist_ok=True)
    names = [f"{SEGMENT}/{CRAWL}-{k:05d}.warc.gz" for k in range(files)]
    streams = [io.BytesIO() for _ in names]
    for i, page in enumerate(pages):
        # An older capture is written first and dated a day earlier; everything else later.
        when = _START + timedelta(seconds=i) - (timedelta(days=1) if page.kind == "older" else timedelta())
        k = i % files
        offset, record, digest = _append_records(streams[k], page, when)
        key = (names[k], offset, len(record))
        site.records[key] = record
        site.pages[key] = page
        site.index.append(_cdx_line(page, when, digest, key))
    for name, stream in zip(names, streams, strict=True):
        (root / name).write_bytes(stream.getvalue())
    site.index.sort(key=lambda line: (line["urlkey"], line["timestamp"]))
    site.columnar = _write_columnar(root / "cc-index", site.index)
    return site


def _append_records(stream: io.BytesIO, page: Page, when: datetime) -> tuple[int, bytes, str]:
    """A request and a response record, each its own gzip member; the response's offset, bytes and digest."""
    date = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    one = io.BytesIO()
    writer = WARCWriter(one, gzip=True)
    request = f"GET {urlsplit(page.url).path} HTTP/1.1\r\nHost: {urlsplit(page.url).hostname}\r\n\r\n".encode()
    writer.write_record(
        writer.create_warc_record(
            page.url, "request", payload=io.BytesIO(request), warc_headers_dict={"WARC-Date": date}
        )
    )
    stream.write(one.getvalue())
    one = io.BytesIO()
    writer = WARCWriter(one, gzip=True)
    content_type = f"{page.mime}; charset={page.charset}" if page.mime == "text/html" else page.mime
    reason = {200: "OK", 404: "Not Found"}[page.status]
    headers = StatusAndHeaders(f"{page.status} {reason}", [("Content-Type", content_type)], protocol="HTTP/1.1")
    response = writer.create_warc_record(
        page.url, "response", payload=io.BytesIO(page.body), http_headers=headers, warc_headers_dict={"WARC-Date": date}
    )
    writer.write_record(response)
    record = one.getvalue()
    offset = stream.tell()
    stream.write(record)
    digest = response.rec_headers.get_header("WARC-Payload-Digest").removeprefix("sha1:")
    return offset, record, digest


def _cdx_line(page: Page, when: datetime, digest: str, key: tuple[str, int, int]) -> dict:
    line = {
        "urlkey": surt(page.url),
        "timestamp": when.strftime("%Y%m%d%H%M%S"),
        "url": page.url,
        "mime": page.mime,
        "mime-detected": page.mime,
        "status": str(page.status),
        "digest": digest,
        "length": str(key[2]),
        "offset": str(key[1]),
        "filename": key[0],
    }
    if page.languages:
        line["languages"] = page.languages
        line["encoding"] = "UTF-8"
    return line


def _write_columnar(folder: Path, index: list[dict]) -> Path:
    """The index as Common Crawl's columnar index: Parquet under crawl=.../subset=warc/."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    part = folder / "table" / "cc-main" / "warc" / f"crawl={CRAWL}" / "subset=warc"
    part.mkdir(parents=True, exist_ok=True)
    hosts = [urlsplit(line["url"]).hostname for line in index]
    table = pa.table(
        {
            "url_surtkey": [line["urlkey"] for line in index],
            "url": [line["url"] for line in index],
            "url_host_name": hosts,
            "url_host_registered_domain": [".".join(h.split(".")[-2:]) for h in hosts],
            "fetch_time": pa.array(
                [datetime.strptime(line["timestamp"], "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc) for line in index],
                pa.timestamp("us", tz="UTC"),
            ),
            "fetch_status": pa.array([int(line["status"]) for line in index], pa.int16()),
            "content_digest": [line["digest"] for line in index],
            "content_mime_type": [line["mime"] for line in index],
            "content_mime_detected": [line["mime-detected"] for line in index],
            "content_languages": [line.get("languages") for line in index],
            "warc_filename": [line["filename"] for line in index],
            "warc_record_offset": pa.array([int(line["offset"]) for line in index], pa.int32()),
            "warc_record_length": pa.array([int(line["length"]) for line in index], pa.int32()),
        }
    )
    pq.write_table(table, part / "part-00000.parquet", row_group_size=500)
    return folder


# ---------------------------------------------------------------- the servers


@dataclass
class Faults:
    """Which requests of the WARC server go wrong, by their number (1, 2, ...)."""

    burst_every: int = 0  # a burst of `burst_length` 503s starts at every n-th request
    burst_length: int = 4
    reset_every: int = 0  # the connection is reset without an answer
    cut_every: int = 0  # Content-Length says the whole range, half of it is sent, the connection closes
    short_every: int = 0  # a 206 with half the range (its own Content-Length agrees)
    corrupt_every: int = 0  # one byte of the record changed
    whole_every: int = 0  # the range ignored: 200 and the whole file
    labelled_every: int = 0  # the right bytes, labelled Content-Encoding: gzip (as some stores label .gz files)
    stall_at: tuple[int, ...] = ()  # these requests wait `stall_seconds` before answering
    stall_seconds: float = 3.0
    latency: float = 0.0  # seconds every answer waits, as across a long network path


@dataclass
class Served:
    cdx_api: str
    data_url: str
    requests: Counter[str] = field(default_factory=Counter)  # by what happened: ok, 503, reset, ...
    index_requests: Counter[str] = field(default_factory=Counter)
    pages_read: Counter[tuple[str, int]] = field(default_factory=Counter)  # (url pattern, page)
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (a timeout, a killed fetch) is part of the test, not news."""


@contextmanager
def serving(
    site: Site, faults: Faults | None = None, page_lines: int = 50, index_faults: Faults | None = None
) -> Iterator[Served]:
    """Both servers on 127.0.0.1, for the length of the `with`."""
    cdx = _Server(("127.0.0.1", 0), _cdx_handler(site, page_lines, index_faults or Faults()))
    data = _Server(("127.0.0.1", 0), _data_handler(site.root, faults or Faults()))
    served = Served(f"http://127.0.0.1:{cdx.server_address[1]}", f"http://127.0.0.1:{data.server_address[1]}")
    cdx.served = data.served = served  # type: ignore[attr-defined]
    threads = [
        threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True) for s in (cdx, data)
    ]
    for thread in threads:
        thread.start()
    try:
        yield served
    finally:
        for server in (cdx, data):
            server.shutdown()
            server.server_close()


class _Quiet(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = 1 << 16  # headers and body leave in one write (the base class flushes after each request)

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str = "application/json", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)


def _cdx_handler(site: Site, page_lines: int, faults: Faults) -> type[BaseHTTPRequestHandler]:
    fault_for = _fault_counter(faults)

    class CdxHandler(_Quiet):
        def do_GET(self) -> None:
            fault = fault_for()  # only 503 bursts, resets and stalls apply to the index
            with self.server.served.lock:  # type: ignore[attr-defined]
                self.server.served.index_requests[fault] += 1  # type: ignore[attr-defined]
            if fault == "503":
                self._send(503, b"slow down", "text/plain")
                return
            if fault == "reset":
                _reset(self)
                return
            if fault == "stall":
                time.sleep(faults.stall_seconds)
            parts = urlsplit(self.path)
            if parts.path == "/listed/collinfo.json":  # a server whose indexes are named in its collection list
                base = f"http://127.0.0.1:{self.server.server_address[1]}"
                self._send(200, json.dumps([{"id": CRAWL, "cdx-api": f"{base}/{CRAWL}-index"}]).encode())
                return
            if parts.path.rstrip("/") != f"/{CRAWL}-index":
                self._send(404, b"no such collection", "text/plain")
                return
            query = parse_qs(parts.query)
            pattern = query.get("url", [""])[0]
            lines = [line for line in site.index if _matches(pattern, line["urlkey"])]
            lines = [line for line in lines if all(_passes(f, line) for f in query.get("filter", []))]
            pages = -(-len(lines) // page_lines)
            if query.get("showNumPages", [""])[0] == "true":
                self._send(200, json.dumps({"pages": pages, "pageSize": 1, "blocks": pages}).encode())
                return
            page = int(query.get("page", ["0"])[0])
            if not lines:
                self._send(404, json.dumps({"error": f"No Captures found for: {pattern}"}).encode())
                return
            if page >= pages:
                self._send(
                    400, f"Page {page} invalid: First Page is 0, Last Page is {pages - 1}".encode(), "text/plain"
                )
                return
            with self.server.served.lock:  # type: ignore[attr-defined]
                self.server.served.pages_read[(pattern, page)] += 1  # type: ignore[attr-defined]
            chosen = lines[page * page_lines : (page + 1) * page_lines]
            self._send(200, "".join(json.dumps(line) + "\n" for line in chosen).encode(), "text/x-ndjson")

    return CdxHandler


def _matches(pattern: str, urlkey: str) -> bool:
    """The CDX API's URL match: `*.domain` (domain and subdomains), `prefix*`, or one exact URL."""
    if pattern.startswith("*."):
        domain = ",".join(reversed(pattern[2:].lower().split(".")))
        return urlkey.startswith(domain + ")") or urlkey.startswith(domain + ",")
    if pattern.endswith("*"):
        return urlkey.startswith(surt(_with_scheme(pattern[:-1])).rstrip("/"))
    return urlkey == surt(_with_scheme(pattern))


def _with_scheme(url: str) -> str:
    return url if "://" in url else "http://" + url


def _passes(spec: str, line: dict) -> bool:
    """pywb's filter: [!][=|~]field:value; no modifier is a substring, = exact, ~ a full regex match."""
    negate = spec.startswith("!")
    spec = spec.removeprefix("!")
    mode = spec[0] if spec[:1] in ("=", "~") else ""
    name, _, value = spec.removeprefix(mode).partition(":")
    field_value = str(line.get(name, ""))
    if mode == "=":
        hit = field_value == value
    elif mode == "~":
        hit = re.fullmatch(value, field_value) is not None
    else:
        hit = value in field_value
    return hit != negate


def _fault_counter(faults: Faults) -> Callable[[], str]:
    """What goes wrong with each next request, by its number."""
    counter = {"n": 0, "burst_left": 0}
    lock = threading.Lock()

    def fault_for() -> str:
        with lock:
            counter["n"] += 1
            n = counter["n"]
            if faults.burst_every and n % faults.burst_every == 0:
                counter["burst_left"] = faults.burst_length
            if counter["burst_left"] > 0:
                counter["burst_left"] -= 1
                return "503"
        for name, every in (
            ("reset", faults.reset_every),
            ("cut", faults.cut_every),
            ("short", faults.short_every),
            ("corrupt", faults.corrupt_every),
            ("whole", faults.whole_every),
            ("labelled", faults.labelled_every),
        ):
            if every and n % every == 0:
                return name
        return "stall" if n in faults.stall_at else "ok"

    return fault_for


def _reset(handler: BaseHTTPRequestHandler) -> None:
    """Close the connection with a TCP reset and no answer."""
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.close_connection = True


def _data_handler(root: Path, faults: Faults) -> type[BaseHTTPRequestHandler]:
    fault_for = _fault_counter(faults)

    class DataHandler(_Quiet):
        def do_GET(self) -> None:
            path = (root / urlsplit(self.path).path.lstrip("/")).resolve()
            match = re.fullmatch(r"bytes=(\d+)-(\d+)", self.headers.get("Range", ""))
            if not path.is_file() or root.resolve() not in path.parents:
                self._send(404, b"not found", "text/plain")
                return
            if match is None:
                self._send(200, path.read_bytes(), "application/octet-stream")
                return
            start, end = int(match.group(1)), int(match.group(2))
            with path.open("rb") as stream:
                stream.seek(start)
                body = stream.read(end - start + 1)
            fault = fault_for()
            time.sleep(faults.latency)
            with self.server.served.lock:  # type: ignore[attr-defined]
                self.server.served.requests[fault] += 1  # type: ignore[attr-defined]
            if fault == "503":
                self._send(503, b"slow down", "text/plain", Retry_After="0")
            elif fault == "reset":
                _reset(self)
            elif fault == "cut":
                self.send_response(206)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
            elif fault == "short":
                self._send(206, body[: len(body) // 2], "application/octet-stream")
            elif fault == "labelled":
                self._send(206, body, "application/octet-stream", Content_Encoding="gzip")
            elif fault == "whole":
                self._send(200, path.read_bytes(), "application/octet-stream")
            elif fault == "corrupt":
                middle = len(body) // 2
                self._send(206, body[:middle] + bytes([body[middle] ^ 0xFF]) + body[middle + 1 :])
            else:
                if fault == "stall":
                    time.sleep(faults.stall_seconds)
                self._send(206, body, "application/octet-stream", Content_Range=f"bytes {start}-{end}/*")

    return DataHandler


def gzip_members(data: bytes) -> list[bytes]:
    """`data` cut into its gzip members, each as it was written (a fetched record must be exactly one)."""
    members = []
    while data:
        inflater = zlib.decompressobj(wbits=31)
        inflater.decompress(data)
        used = len(data) - len(inflater.unused_data)
        members.append(data[:used])
        data = data[used:]
    return members
