"""Web archives: a WARC (plain or gzipped) built here from the shipped captures becomes one article
per HTML response, with the record's URL and date, the encoding its HTTP header declares, and the
other records counted and skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from archives import PAGES, ROOT, write_archive

from builder.cli import main


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_html_responses_become_articles_and_the_rest_is_counted(tmp_path: Path, gzip: bool) -> None:
    archive = tmp_path / ("pages.warc.gz" if gzip else "pages.warc")
    write_archive(archive, gzip)
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
    write_archive(whole, gzip=True)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[: int(whole.stat().st_size * 0.6)])
    out = tmp_path / "dist"
    assert main(["build", str(cut), "--out", str(out)]) == 0
    report = json.loads((out / "build_report.json").read_text(encoding="utf-8"))
    assert any("cut.warc.gz" in p and "cut short or damaged" in p for p in report["input_problems"])
    assert report["counts"]["inputs"] < len(PAGES)
