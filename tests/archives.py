"""Web archives built from the shipped captures, for the tests of WARC input: three HTML responses
in three encodings, and a 404, an image and a request record that a build must skip; and a WET file's
text records."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    "http://www.gytoday.cn/yw/22369.html": ("w002", "gb18030", "2018-12-18T08:00:00Z"),
    "http://example.cn/news/w013.html": ("w013", "utf-8", "2020-04-14T09:30:00Z"),
    "http://example.tw/w058.html": ("w058", "big5", "2012-09-04T10:00:00Z"),
}


def _html(capture: str) -> str:
    text = (ROOT / "corpus" / "wild" / f"{capture}.txt").read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines())
    return f"<html><head><script>var x = '招商';</script></head><body>{paragraphs}</body></html>"


def write_archive(path: Path, gzip: bool, pages: dict[str, tuple[str, str, str]] = PAGES) -> None:
    """`pages` as HTML responses, then the records a build skips."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        for url, (capture, charset, date) in pages.items():
            body = _html(capture).encode(charset, errors="ignore")
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", f"text/html; charset={charset}")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict={"WARC-Date": date}
            )
            writer.write_record(record)
        missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "http://example.cn/gone", "response", payload=io.BytesIO(b"<p>gone</p>"), http_headers=missing
            )
        )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "http://example.cn/a.png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=image
            )
        )
        writer.write_record(
            writer.create_warc_record("http://example.cn/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        )


# A WET file's text records (Common Crawl's conversion records): by address, the capture, the languages its crawler
# identified (None: no header) and the record's date.
TEXTS = {
    "http://example.cn/news/w013.html": ("w013", "zho,eng", "2020-04-14T09:30:00Z"),
    "http://www.gytoday.cn/yw/22369.html": ("w002", None, "2018-12-18T08:00:00Z"),
    "http://example.cn/news/w014.html": ("w014", "eng, ZHO-hans", "2021-07-07T08:00:00Z"),  # as other crawlers write it
}
OFF_TOPIC = "http://example.cn/life/1.html"


def write_wet(path: Path, gzip: bool) -> None:
    """The texts above, a Chinese text about something else, an English one, a record that is not text and the
    file's warcinfo record, as Common Crawl writes them."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        info = writer.create_warcinfo_record(path.name, {"software": "test", "isPartOf": "CC-MAIN-2024-10"})
        writer.write_record(info)
        records = [
            (url, (ROOT / "corpus" / "wild" / f"{capture}.txt").read_text(encoding="utf-8"), language, date)
            for url, (capture, language, date) in TEXTS.items()
        ]
        weather = "今天全市天气晴朗，气温回升，市民纷纷走出家门踏青赏花。公园里游人如织，孩子们在草地上放风筝。" * 4
        records.append((OFF_TOPIC, weather, "zho", "2024-03-02T10:00:00Z"))
        records.append(("http://example.com/en.html", "Investment news in English only. " * 20, "eng", None))
        for url, text, language, date in records:
            headers = {"WARC-Date": date or "2024-03-02T10:00:00Z"}
            if language:
                headers["WARC-Identified-Content-Language"] = language
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "conversion",
                    payload=io.BytesIO(text.encode()),
                    warc_content_type="text/plain",
                    warc_headers_dict=headers,
                )
            )
        writer.write_record(
            writer.create_warc_record(
                "http://example.cn/a.pdf",
                "conversion",
                payload=io.BytesIO(b"%PDF"),
                warc_content_type="application/pdf",
            )
        )
