"""`zhaoshang crawl find` and `fetch` against a small Common Crawl on 127.0.0.1 (tests/crawlsite.py): the CDX
index read to its last page, the columnar index giving the same picks, a fetch through injected faults and a
kill -9 ending with every picked record on disk exactly once, byte for byte, and a build of the fetched
archives publishing exactly the on-topic pages."""

from __future__ import annotations

import json
import os
import shlex
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from crawlsite import CRAWL, Faults, Site, gzip_members, make_site, serving, templates
from ports import free_port

from builder.cli import main
from builder.crawl import CrawlError
from builder.crawl.fetch import FAILURES_NAME, REPORT_NAME
from builder.crawl.journal import JOURNAL_NAME, Journal, Placed
from builder.crawl.picks import Pick, read_picks, write_picks
from builder.read.capture import InputFile
from builder.run import ray_cluster
from builder.run.pipeline import parse_bytes

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Site:
    return make_site(tmp_path_factory.mktemp("crawl") / "site", copies=1, off_topic=20, files=3)


def _find(served_api: str, out: Path, *extra: str) -> int:
    return main(
        ["crawl", "find", "--crawl", CRAWL, "--cdx-api", served_api, "--out", str(out), "--cdx-interval", "0", *extra]
    )


def test_find_reads_every_page_of_the_cdx_index_and_the_columnar_index_gives_the_same_picks(
    small: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with serving(small, page_lines=7) as served:
        assert _find(served.cdx_api, tmp_path / "cdx.parquet") == 0
    by_cdx = read_picks(tmp_path / "cdx.parquet")
    assert sorted(p.key for p in by_cdx) == small.wanted()  # on- and off-topic pages, none of the distractors
    assert len(by_cdx) == 100
    # *.gov.cn holds most of the crawl: every one of its pages was read, once, and no page past the end
    gov = sorted(page for pattern, page in served.pages_read if pattern == "*.gov.cn")
    assert gov == list(range(len(gov))) and len(gov) == -(-sum(1 for x in small.index if ".gov.cn" in x["url"]) // 7)
    assert set(served.pages_read.values()) == {1}
    assert (
        main(
            ["crawl", "find", "--crawl", CRAWL, "--columnar", str(small.columnar), "--out", str(tmp_path / "c.parquet")]
        )
        == 0
    )
    assert read_picks(tmp_path / "c.parquet") == by_cdx
    by_url = {p.url: p for p in by_cdx}
    older = next(
        x
        for x in small.index
        if x["url"] == "http://zsj.anping.gov.cn/zsyz/2026/00000.html" and x["timestamp"] < by_url[x["url"]].timestamp
    )
    assert older  # the older capture of a picked URL was in the index, and the newer one was kept
    assert "http://zsj.anping.gov.cn/zsyz/2026/mirror.html" not in by_url  # same digest as a picked page
    capsys.readouterr()


def test_find_reads_the_whole_index_through_503_bursts_resets_and_a_stall(small: Site, tmp_path: Path) -> None:
    index_faults = Faults(burst_every=5, burst_length=3, reset_every=11, stall_at=(9,), stall_seconds=1)
    with serving(small, page_lines=7, index_faults=index_faults) as served:
        assert _find(served.cdx_api, tmp_path / "picks.parquet") == 0
    assert sorted(p.key for p in read_picks(tmp_path / "picks.parquet")) == small.wanted()
    assert served.index_requests["503"] >= 6 and served.index_requests["reset"] >= 2


def test_an_index_named_only_in_the_servers_collection_list_is_found_there(small: Site, tmp_path: Path) -> None:
    with serving(small) as served:
        assert _find(f"{served.cdx_api}/listed", tmp_path / "p.parquet") == 0
        assert _find(f"{served.cdx_api}/{CRAWL}-index", tmp_path / "q.parquet") == 0  # the endpoint itself
    assert sorted(p.key for p in read_picks(tmp_path / "p.parquet")) == small.wanted()
    assert read_picks(tmp_path / "q.parquet") == read_picks(tmp_path / "p.parquet")


def test_estimate_prints_records_and_bytes_before_anything_is_fetched(
    small: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["crawl", "find", "--crawl", CRAWL, "--columnar", str(small.columnar), "--estimate"]) == 0
    size = sum(length for _, _, length in small.wanted())
    assert (
        capsys.readouterr().out
        == f"picked 100 records, {size} bytes ({size / 1e6:.1f} MB) to fetch from 3 WARC files\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_url_patterns_replace_the_hosts_file_in_both_indexes(small: Site, tmp_path: Path) -> None:
    pattern = ["--url", "epaper.cnnb.com.cn/html/*"]
    with serving(small, page_lines=5) as served:
        assert _find(served.cdx_api, tmp_path / "cdx.parquet", *pattern) == 0
    columnar = [
        "crawl",
        "find",
        "--crawl",
        CRAWL,
        "--columnar",
        str(small.columnar),
        "--out",
        str(tmp_path / "c.parquet"),
    ]
    assert main([*columnar, *pattern]) == 0
    picks = read_picks(tmp_path / "cdx.parquet")
    assert picks == read_picks(tmp_path / "c.parquet")
    assert {p.url.split("/")[2] for p in picks} == {"epaper.cnnb.com.cn"} and len(picks) == 26


def _expected_outcomes() -> dict[str, bool]:
    """Each shipped capture, wrapped as the site wraps it, parsed alone: does it become an article?"""
    from crawlsite import _article_html

    outcomes = {}
    for name, title, lines in templates():
        page = _article_html(title, lines, "alone").encode("utf-8")
        outcomes[name] = parse_bytes(InputFile(Path("page.html"), name, charset="utf-8"), page).article is not None
    return outcomes


def _records_per_url(folder: Path) -> Counter[str]:
    from warcio.archiveiterator import ArchiveIterator

    urls: Counter[str] = Counter()
    for path in sorted(folder.glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                urls[record.rec_headers.get_header("WARC-Target-URI")] += 1
    return urls


def _journaled(out: Path) -> int:
    try:
        with sqlite3.connect(f"file:{out / JOURNAL_NAME}?mode=ro", uri=True, timeout=0.2) as connection:
            return connection.execute("SELECT count(*) FROM records").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_a_crawl_of_2000_records_with_faults_and_a_kill_ends_with_each_record_once_and_builds_its_on_topic_pages(
    tmp_path: Path,
) -> None:
    site = make_site(tmp_path / "site", copies=20, off_topic=420, files=6)
    faults = Faults(burst_every=211, reset_every=97, cut_every=151, short_every=173, corrupt_every=229,
                    whole_every=307, stall_at=(300, 1400), stall_seconds=2.5)  # fmt: skip
    picks, out = tmp_path / "picks.parquet", tmp_path / "warc"
    fetch = [sys.executable, "-m", "builder.cli", "crawl", "fetch", str(picks), "--out", str(out),
             "--timeout", "1", "--backoff", "0.05", "--max-file-bytes", "800000", "--no-progress"]  # fmt: skip
    with serving(site, faults, page_lines=500) as served:
        assert _find(served.cdx_api, picks) == 0
        wanted = read_picks(picks)
        assert len(wanted) == len(site.wanted()) >= 2000
        first = subprocess.Popen(
            [*fetch, "--data-url", served.data_url], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + 60
        while _journaled(out) < len(wanted) // 2 and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        first.send_signal(signal.SIGKILL)
        first.wait()
        assert first.returncode == -signal.SIGKILL, "the fetch ended before it could be killed half-way"
        assert 0 < _journaled(out) < len(wanted)
        second = subprocess.run([*fetch, "--data-url", served.data_url], capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stderr
    assert "resuming:" in second.stdout
    faults_met = {name for name, n in served.requests.items() if n and name != "ok"}
    assert faults_met == {"503", "reset", "cut", "short", "corrupt", "whole", "stall"}
    # Every picked record exactly once, with the crawl's bytes, each its own gzip member; no half-written file.
    assert list(out.glob("*.part")) == [] and len(list(out.glob("*.warc.gz"))) >= 3
    members = Counter(m for path in sorted(out.glob("*.warc.gz")) for m in gzip_members(path.read_bytes()))
    assert members == Counter(site.records[p.key] for p in wanted)
    assert _records_per_url(out) == Counter(p.url for p in wanted)
    assert not (out / FAILURES_NAME).exists()
    # The build publishes exactly the on-topic pages; the off-topic ones are set aside by the gate, with their reason.
    dist = tmp_path / "dist"
    assert main(["build", str(out), "--out", str(dist), "--workers", "2", "--no-cache", "--keep-duplicates"]) == 0
    counts = json.loads((dist / "build_report.json").read_text(encoding="utf-8"))["counts"]
    is_article = _expected_outcomes()
    on_topic = sum(
        1 for key in site.wanted() if site.pages[key].kind == "on_topic" and is_article[site.pages[key].template]
    )
    assert on_topic >= 1400
    assert counts["inputs"] == len(wanted)
    assert counts["articles"] == on_topic
    gated = [json.loads(line) for line in (dist / "quarantine.jsonl").read_text(encoding="utf-8").splitlines()]
    no_mention = [q for q in gated if (q.get("detail") or "").startswith("no mention of the subject")]
    assert len(no_mention) == 420  # exactly the off-topic pages, before any parsing
    assert counts["quarantined"] == len(wanted) - on_topic


def test_a_record_that_keeps_failing_is_listed_with_its_reason_and_fetched_by_a_later_run(
    small: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = small.wanted()[:30]
    picks = [Pick(small.pages[k].url, "20260112080000", CRAWL, *k, "") for k in keys]
    moved = Pick("http://zsj.x.gov.cn/zsyz/moved.html", "20260112080000", CRAWL, "crawl-data/later.warc.gz", 0, 10, "")
    write_picks([*picks, moved], tmp_path / "picks.parquet")
    fetch = ["crawl", "fetch", str(tmp_path / "picks.parquet"), "--out", str(tmp_path / "warc"), "--backoff", "0.01"]
    with serving(small) as served:
        assert main([*fetch, "--data-url", served.data_url, "--no-progress"]) == 1
        assert "1 records failed (HTTP 404 1)" in capsys.readouterr().err
        lines = (tmp_path / "warc" / FAILURES_NAME).read_text(encoding="utf-8").splitlines()
        assert lines[1].split("\t") == [
            "http://zsj.x.gov.cn/zsyz/moved.html",
            "crawl-data/later.warc.gz",
            "0",
            "10",
            "1",
            "HTTP 404",
        ]
        first = small.records[keys[0]]
        (small.root / "crawl-data" / "later.warc.gz").write_bytes(first[:10])  # now it is there, but not a record
        assert main([*fetch, "--data-url", served.data_url, "--no-progress", "--retries", "2"]) == 1
        assert "bad gzip" in (tmp_path / "warc" / FAILURES_NAME).read_text(encoding="utf-8")
        (small.root / "crawl-data" / "later.warc.gz").unlink()
    report = json.loads((tmp_path / "warc" / REPORT_NAME).read_text(encoding="utf-8"))
    assert report["records_fetched"] == 0 and report["requests"] == 3  # the 30 done were not asked for again
    assert _records_per_url(tmp_path / "warc") == Counter(p.url for p in picks)


def test_records_a_server_labels_as_gzip_content_are_kept_as_they_are(small: Site, tmp_path: Path) -> None:
    with serving(small, Faults(labelled_every=1)) as served:
        assert _find(served.cdx_api, tmp_path / "picks.parquet") == 0
        fetch = ["crawl", "fetch", str(tmp_path / "picks.parquet"), "--out", str(tmp_path / "w"), "--no-progress"]
        assert main([*fetch, "--data-url", served.data_url, "--retries", "1", "--backoff", "0.01"]) == 0
    members = Counter(m for path in sorted((tmp_path / "w").glob("*.warc.gz")) for m in gzip_members(path.read_bytes()))
    assert members == Counter(small.records[k] for k in small.wanted())
    assert served.requests == {"labelled": 100}


def test_resuming_cuts_an_archive_back_to_what_the_journal_holds(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    picks = [
        Pick(f"http://a.gov.cn/zsyz/{i}.html", "20260101000000", CRAWL, "f.warc.gz", 5 * i, 5, "") for i in range(3)
    ]
    journal.commit("a.warc.gz", 15, [Placed(p, "a.warc.gz", 5 * i) for i, p in enumerate(picks)], [])
    part = tmp_path / "a.warc.gz.part"
    part.write_bytes(b"111112222233333" + b"written, never journaled")
    assert journal.recover() == ["a.warc.gz.part: 24 bytes written after the last commit dropped"]
    assert part.read_bytes() == b"111112222233333" and journal.done() == {p.key for p in picks}
    part.write_bytes(b"1111122")  # shorter than journaled (a disk that lost its last writes)
    assert journal.recover() == ["a.warc.gz.part: shorter than journaled; its last 2 records will be fetched again"]
    assert part.read_bytes() == b"11111" and journal.done() == {picks[0].key}
    part.rename(tmp_path / "a.warc.gz")  # renamed, the mark lost
    assert journal.recover() == [] and journal.open_archive() is None
    (tmp_path / "a.warc.gz").write_bytes(b"111112")
    with pytest.raises(CrawlError, match="6 bytes, but 5 were written and journaled"):
        journal.recover()
    (tmp_path / "a.warc.gz").unlink()  # a finished archive lost: its records are fetched again
    assert journal.recover() == ["a.warc.gz: missing from the folder; its 1 records will be fetched again"]
    assert journal.done() == set()
    orphan = tmp_path / "b.warc.gz.part"  # stopped between opening a new archive and journaling it
    orphan.write_bytes(b"44444")
    assert journal.recover() == ["b.warc.gz.part: opened but never journaled; removed"]
    assert not orphan.exists()
    journal.close()


def test_bad_requests_get_one_line_and_status_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["crawl", "fetch", str(tmp_path / "none.parquet"), "--out", str(tmp_path / "w")]) == 2
    assert (
        main(["crawl", "find", "--crawl", CRAWL, "--cdx-api", "http://127.0.0.1:9", "--out", str(tmp_path / "p")]) == 2
    )
    (tmp_path / "hosts.json").write_text("{}", encoding="utf-8")
    assert main(["crawl", "find", "--crawl", CRAWL, "--hosts", str(tmp_path / "hosts.json"), "--estimate"]) == 2
    assert main(["crawl", "find", "--out", str(tmp_path / "p")]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 4 and all(line.startswith("zhaoshang: ") for line in lines), lines
    assert lines[0] == f"zhaoshang: no picks file at {tmp_path / 'none.parquet'}: make one with zhaoshang crawl find"
    assert "cannot reach the CDX API at http://127.0.0.1:9/CC-TEST-2026-05-index" in lines[1]
    assert not (tmp_path / "p").exists()


def test_on_ray_the_fetch_writes_the_same_records_and_resumes_from_the_same_journal(
    small: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not ray_cluster.available():
        pytest.skip("Ray is not installed")  # make installs it; a clone without the [ray] extra has no engine to test
    keys = small.wanted()
    picks = [Pick(small.pages[k].url, "20260112080000", CRAWL, *k, "") for k in keys]
    write_picks(picks[:40], tmp_path / "half.parquet")
    write_picks(picks, tmp_path / "all.parquet")
    out = str(tmp_path / "warc")
    with serving(small, Faults(burst_every=23, reset_every=17, short_every=29)) as served:
        options = ["--out", out, "--data-url", served.data_url, "--backoff", "0.02", "--no-progress"]
        assert main(["crawl", "fetch", str(tmp_path / "half.parquet"), *options]) == 0  # locally, then on Ray
        assert (
            main(["crawl", "fetch", str(tmp_path / "all.parquet"), *options, "--engine", "ray", "--concurrency", "8"])
            == 0
        )
    assert "resuming: 40 records already" in capsys.readouterr().out
    members = Counter(m for path in sorted(Path(out).glob("*.warc.gz")) for m in gzip_members(path.read_bytes()))
    assert members == Counter(small.records[k] for k in keys)
    assert served.requests["503"] > 0 and served.requests["reset"] > 0


def test_on_ray_a_cluster_address_where_nothing_answers_stops_the_fetch_at_once(tmp_path: Path) -> None:
    """In a process of its own: a fetch that hangs on the address fails the test instead of holding the suite."""
    if not ray_cluster.available():
        pytest.skip("Ray is not installed")
    write_picks([Pick("http://a.gov.cn/zsyz/1.html", "20260101000000", CRAWL, "f.warc.gz", 0, 5, "")], tmp_path / "p")
    address = f"127.0.0.1:{free_port()}"
    fetch = ["crawl", "fetch", str(tmp_path / "p"), "--out", str(tmp_path / "warc"), "--engine", "ray"]
    run = subprocess.run(
        [sys.executable, "-m", "builder.cli", *fetch],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env={**os.environ, "RAY_ADDRESS": address},
    )
    assert run.returncode == 2
    assert run.stderr.startswith(f"zhaoshang: cannot reach the Ray cluster at RAY_ADDRESS={address} (")
    assert not (tmp_path / "warc").exists()


def _recipe() -> tuple[list[str], str]:
    """The README recipe's shell lines and its Python."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### The recipe") :]
    shell = section[section.index("```sh\n") + 6 :]
    python = section[section.index("```python\n") + 10 :]
    return shell[: shell.index("```")].strip().splitlines(), python[: python.index("```")]


def test_the_readme_recipe_run_against_the_test_servers_gives_a_dataset_load_dataset_reads(
    small: Site, tmp_path: Path
) -> None:
    from datasets import load_dataset

    lines, python = _recipe()
    assert [line.split()[:3] for line in lines][:3] == [["zhaoshang", "crawl", "find"]] * 2 + [
        ["zhaoshang", "crawl", "fetch"]
    ]
    with serving(small) as served:
        for line in lines:
            line = line.replace("https://index.commoncrawl.org", served.cdx_api)
            line = line.replace("https://data.commoncrawl.org", served.data_url).replace("CC-MAIN-2024-10", CRAWL)
            pace = ["--cdx-interval", "0"] if " find " in line else []  # no need to spare our own server
            command = [sys.executable, "-m", "builder.cli", *shlex.split(line)[1:], *pace]
            done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300)
            assert done.returncode == 0, (line, done.stderr)
    assert 'load_dataset("my_dist", "articles", split="train")' in python
    articles = load_dataset(str(tmp_path / "my_dist"), "articles", split="train")
    counts = json.loads((tmp_path / "my_dist" / "build_report.json").read_text(encoding="utf-8"))["counts"]
    is_article = _expected_outcomes()
    on_topic = sum(
        1 for k in small.wanted() if small.pages[k].kind == "on_topic" and is_article[small.pages[k].template]
    )
    assert len(articles) == counts["articles"] and len(articles) + counts["duplicates"] == on_topic == 75
    assert {row["url"].split("/")[2] for row in articles["source"]} >= {"epaper.cnnb.com.cn"}


def test_without_the_crawl_extra_the_command_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "cdx_toolkit" else real(name, *a))
    assert main(["crawl", "find", "--crawl", CRAWL, "--estimate"]) == 2
    hint = "zhaoshang crawl needs the crawl extra: pip install 'zhaoshang-corpus[crawl]' (or '.[crawl]' in a clone)"
    assert capsys.readouterr().err == f"zhaoshang: {hint}\n"


def test_the_record_check_refuses_what_is_not_the_whole_record_asked_for(small: Site) -> None:
    from builder.crawl.check import record_problem

    key = small.wanted()[0]
    data, line = (
        small.records[key],
        next(x for x in small.index if int(x["offset"]) == key[1] and x["filename"] == key[0]),
    )
    pick = Pick(line["url"], line["timestamp"], CRAWL, *key, line["digest"])
    assert record_problem(data, pick) is None
    assert record_problem(data[:-1], pick) == f"short body: {len(data) - 1} of {len(data)} bytes"
    middle = len(data) // 2
    flipped = data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :]
    assert record_problem(flipped, pick).startswith("bad gzip")
    other = small.records[small.wanted()[1]]
    assert record_problem(other, replace(pick, warc_record_length=len(other))).startswith("wrong record: it is http")
    assert record_problem(data, replace(pick, content_digest="A" * 32)).startswith("wrong record: payload digest")
    assert (
        record_problem(data, replace(pick, content_digest="0f" * 20)) is None
    )  # not Common Crawl's form: not compared


def test_the_rate_limit_spaces_requests_and_a_slow_down_pauses_every_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    from builder.crawl import download

    now, slept = [100.0], []
    monkeypatch.setattr(download.time, "monotonic", lambda: now[0])
    monkeypatch.setattr(download.time, "sleep", slept.append)
    pacer = download.Pacer(rate=4)
    for _ in range(4):
        pacer.wait_turn()  # four workers at the same instant: a quarter of a second apart
    assert slept == [0.25, 0.5, 0.75]
    pacer.pause_all(2.0)
    pacer.wait_turn()
    assert slept[-1] == 2.0
    unlimited = download.Pacer(rate=0)
    for _ in range(3):
        unlimited.wait_turn()
    assert len(slept) == 4


def test_each_of_several_crawls_is_read_and_an_unknown_one_is_named(
    small: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with serving(small) as served:
        assert _find(served.cdx_api, tmp_path / "p.parquet", "--crawl", "CC-NONE-2026-01") == 2
        assert main(["crawl", "find", "--crawl", f"{CRAWL},CC-NONE-2026-01", "--cdx-api", served.cdx_api,
                     "--cdx-interval", "0", "--estimate"]) == 2  # fmt: skip
    lines = capsys.readouterr().err.splitlines()
    assert lines == [f"zhaoshang: {served.cdx_api}/CC-NONE-2026-01-index: no such index (HTTP 404, and no "
                     "collinfo.json naming it); check --crawl and --cdx-api"] * 2  # fmt: skip
    assert not (tmp_path / "p.parquet").exists()
