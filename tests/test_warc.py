"""Web archives: a WARC (plain or gzipped) built here from the shipped captures becomes one article
per HTML response, with the record's URL and date, the encoding its HTTP header declares, and the
other records counted and skipped."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from builder.cli import main

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


def _archive(path: Path, gzip: bool) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        for url, (capture, charset, date) in PAGES.items():
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


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_html_responses_become_articles_and_the_rest_is_counted(tmp_path: Path, gzip: bool) -> None:
    archive = tmp_path / ("pages.warc.gz" if gzip else "pages.warc")
    _archive(archive, gzip)
    out = tmp_path / "dist"
    assert main(["build", str(archive), "--out", str(out), "--keep-duplicates"]) == 0
    rows = pq.read_table(out / "data" / "articles").to_pylist()
    by_url = {row["source"]["url"]: row for row in rows}
    assert set(by_url) == set(PAGES)
    for url, (_, charset, date) in PAGES.items():
        source = by_url[url]["source"]
        assert source["encoding"] == charset and source["retrieved_at"] == date
        assert source["file"].startswith(archive.name + "#")
        assert "var x" not in by_url[url]["text"]
    assert "烟花三月节" in by_url["http://www.gytoday.cn/yw/22369.html"]["text"]
    assert "东营市" in by_url["http://example.tw/w058.html"]["text"]  # Big5 decoded, then Simplified
    report = json.loads((out / "build_report.json").read_text(encoding="utf-8"))
    assert report["counts"]["inputs"] == 3
    (skipped,) = [p for p in report["input_problems"] if archive.name in p]
    assert "1 not HTML" in skipped and "1 request record" in skipped and "1 status 404" in skipped


def test_a_damaged_archive_is_reported_not_fatal(tmp_path: Path) -> None:
    archive = tmp_path / "broken.warc.gz"
    archive.write_bytes(b"\x1f\x8b\x08\x00garbage" * 10)
    out = tmp_path / "dist"
    assert main(["build", str(archive), str(ROOT / "corpus" / "seeds"), "--out", str(out)]) == 0
    report = json.loads((out / "build_report.json").read_text(encoding="utf-8"))
    assert report["counts"]["inputs"] == 5
    assert any("broken.warc.gz: not a readable web archive" in p for p in report["input_problems"])


def test_an_archive_cut_short_is_reported(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc.gz"
    _archive(whole, gzip=True)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[: int(whole.stat().st_size * 0.6)])
    out = tmp_path / "dist"
    assert main(["build", str(cut), "--out", str(out)]) == 0
    report = json.loads((out / "build_report.json").read_text(encoding="utf-8"))
    assert any("cut.warc.gz" in p and "cut short or damaged" in p for p in report["input_problems"])
    assert report["counts"]["inputs"] < len(PAGES)
