"""Web archives: a WARC (plain or gzipped) built here from the shipped captures becomes one article
per HTML response, with the record's URL and date, the encoding its HTTP header declares, and the
other records counted and skipped; a WET file, one article per text record in Chinese."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from archives import PAGES, ROOT, TEXTS, write_archive, write_wet

from builder.cli import main
from builder.read.capture import InputFile, ManifestEntry
from builder.record.models import Article
from builder.run.pipeline import parse_bytes


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


@pytest.mark.parametrize("gzip", [False, True], ids=["warc.wet", "warc.wet.gz"])
def test_a_wet_files_text_records_in_chinese_become_captures(tmp_path: Path, gzip: bool) -> None:
    """Common Crawl's WET files: each text record in Chinese (or in no language named) is a text capture with its
    address and date; records in other languages, not text, or the file's warcinfo are counted and skipped."""
    archive = tmp_path / ("texts.warc.wet.gz" if gzip else "texts.warc.wet")
    write_wet(archive, gzip)
    out = tmp_path / "dist"
    assert main(["build", str(archive), "--out", str(out), "--keep-duplicates"]) == 0
    rows = pq.read_table(out / "data" / "articles").to_pylist()
    by_url = {row["source"]["url"]: row for row in rows}
    assert set(by_url) == set(TEXTS)
    for url, (_, _, date) in TEXTS.items():
        source = by_url[url]["source"]
        assert source["retrieved_at"] == date and source["file"].startswith(archive.name + "#")
        alone = _parsed_alone(TEXTS[url][0], url)
        assert (by_url[url]["title"], by_url[url]["text"]) == (alone.title, alone.text)  # as the same text in a file
    report = json.loads((out / "build_report.json").read_text(encoding="utf-8"))
    assert report["counts"]["inputs"] == 4
    (skipped,) = [p for p in report["input_problems"] if archive.name in p]
    assert "1 text in other languages" in skipped and "1 conversion record not text" in skipped
    assert "1 warcinfo record" in skipped
    quarantined = [json.loads(line) for line in (out / "quarantine.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [entry["reason"] for entry in quarantined] == ["off_topic"]


def _parsed_alone(capture: str, url: str) -> Article:
    path = ROOT / "corpus" / "wild" / f"{capture}.txt"
    article = parse_bytes(InputFile(path, path.name, ManifestEntry(url=url)), path.read_bytes()).article
    assert article is not None
    return article


def _parse_command(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["parse", *argv])
    printed = capsys.readouterr()
    return code, printed.out, printed.err


@pytest.mark.parametrize("kind", ["warc.gz", "warc.wet"])
def test_parse_reads_the_capture_of_an_address_in_an_archive_as_a_build_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    archive = tmp_path / f"captures.{kind}"
    write_archive(archive, gzip=True) if kind == "warc.gz" else write_wet(archive, gzip=False)
    out = tmp_path / "dist"
    assert main(["build", str(archive), "--out", str(out), "--keep-duplicates"]) == 0
    built = {row["source"]["url"]: row for row in pq.read_table(out / "data" / "articles").to_pylist()}
    capsys.readouterr()
    for url, row in built.items():
        code, printed, _ = _parse_command(capsys, str(archive), "--url", url)
        assert code == 0
        record = json.loads(printed)
        assert (record["title"], record["text"], record["source"]) == (row["title"], row["text"], row["source"])
    assert len(built) == 3


def test_parse_reads_an_archive_of_one_capture_without_being_told_which(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "one.warc"
    url = "http://example.tw/w058.html"
    write_archive(archive, gzip=False, pages={url: PAGES[url]})
    code, printed, _ = _parse_command(capsys, str(archive))
    assert code == 0
    record = json.loads(printed)
    assert record["source"]["url"] == url and record["source"]["file"].startswith("one.warc#")
    assert record["title"] == "东营市参加第十八届鲁台会取得丰硕成果"


def test_parse_asks_which_capture_of_an_archive_and_says_why_it_cannot_read_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "pages.warc.gz"
    write_archive(archive, gzip=True)
    code, printed, error = _parse_command(capsys, str(archive))
    assert (code, printed) == (2, "")
    assert "holds 3 captures" in error and "--url" in error and "http://www.gytoday.cn/yw/22369.html" in error
    code, printed, error = _parse_command(capsys, str(archive), "--url", "http://example.cn/nowhere.html")
    assert (code, printed) == (2, "")
    assert "no capture of http://example.cn/nowhere.html" in error and "its 3 captures" in error
    assert "records not read as captures: skipped 1 not HTML, 1 request record, 1 status 404" in error
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00garbage" * 10)
    code, printed, error = _parse_command(capsys, str(broken))
    assert (code, printed) == (2, "")
    assert "no capture in" in error and "not a readable web archive" in error and "Traceback" not in error
    capture = ROOT / "corpus" / "seeds" / "000_aef0e1b2d6e7c438.txt"
    code, printed, error = _parse_command(capsys, str(capture), "--url", "http://example.cn/")
    assert (code, printed) == (2, "")
    assert "is one capture" in error


def test_an_archive_whose_name_is_in_no_utf8_is_read_and_reported_by_a_printable_name(tmp_path: Path) -> None:
    """A name written in GBK or Latin-1 (caf\\xe9.warc.gz): its problems named as \\xNN, where the surrogate Python
    decodes the byte to stopped the build's report (before, `unexpected error: … surrogates not allowed`)."""
    folder = tmp_path / "in"
    folder.mkdir()
    archive = folder / os.fsdecode(b"caf\xe9.warc.gz")
    write_archive(archive, gzip=True)
    for given, out in ((folder, tmp_path / "from-folder"), (archive, tmp_path / "given-alone")):
        assert main(["build", str(given), "--out", str(out), "--keep-duplicates"]) == 0
        report = json.loads((out / "build_report.json").read_text(encoding="utf-8"))
        assert report["counts"]["articles"] == 3
        assert any("caf\\xe9.warc.gz: skipped 1 not HTML" in problem for problem in report["input_problems"])
