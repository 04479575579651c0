"""Incremental builds: a rebuild re-parses only the captures that changed or are new, and gives
exactly what a clean build of the same inputs gives."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from concurrent.futures import Executor
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from folders import tree

from builder.cli import main
from builder.read.capture import InputFile

ROOT = Path(__file__).resolve().parent.parent


def test_a_rebuild_parses_only_what_changed_and_equals_a_clean_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    inputs = [str(corpus / "seeds"), str(corpus / "wild")]
    out = tmp_path / "dist"
    assert main(["build", *inputs, "--out", str(out)]) == 0
    assert "parsed 80, reused 0" in capsys.readouterr().out
    assert main(["build", *inputs, "--out", str(out)]) == 0
    assert "parsed 0, reused 80" in capsys.readouterr().out

    changed = corpus / "wild" / "w013.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n会议强调，要加大招商引资力度。", encoding="utf-8")
    (corpus / "wild" / "w999.txt").write_text(
        (ROOT / "corpus" / "wild" / "w002.txt").read_text(encoding="utf-8").replace("烟花三月节", "琼花节"),
        encoding="utf-8",
    )
    assert main(["build", *inputs, "--out", str(out), "--workers", "2"]) == 0
    summary = capsys.readouterr().out
    assert "parsed 2, reused 79" in summary
    assert summary.rstrip().endswith("(removed 1 unused)")  # the changed capture's old entry

    clean = tmp_path / "clean"
    assert main(["build", *inputs, "--out", str(clean), "--no-cache", "--workers", "1"]) == 0
    assert tree(out) == tree(clean)


def test_a_damaged_cache_entry_is_parsed_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "dist"
    seeds = str(ROOT / "corpus" / "seeds")
    assert main(["build", seeds, "--out", str(out)]) == 0
    capsys.readouterr()
    with sqlite3.connect(tmp_path / ".dist.cache" / "outcomes.sqlite") as cache:
        assert cache.execute("SELECT count(*) FROM entries").fetchone() == (5,)
        cache.execute("UPDATE entries SET record = '{not json' WHERE rowid = 1")
        cache.execute("DELETE FROM shards")  # else the shard is taken whole, and no entry is read
    assert main(["build", seeds, "--out", str(out)]) == 0
    assert "parsed 1, reused 4" in capsys.readouterr().out


def test_a_cache_file_that_is_not_a_database_costs_a_full_parse_not_the_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "dist"
    seeds = str(ROOT / "corpus" / "seeds")
    assert main(["build", seeds, "--out", str(out)]) == 0
    (tmp_path / ".dist.cache" / "outcomes.sqlite").write_bytes(b"not a database" * 100)
    capsys.readouterr()
    assert main(["build", seeds, "--out", str(out)]) == 0
    assert "parsed 5, reused 0" in capsys.readouterr().out
    assert main(["build", seeds, "--out", str(out)]) == 0
    assert "parsed 0, reused 5" in capsys.readouterr().out


def test_a_cache_that_cannot_be_written_costs_speed_not_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from builder.run import cache

    out = tmp_path / "dist"
    seeds = str(ROOT / "corpus" / "seeds")
    assert main(["build", seeds, "--out", str(out)]) == 0
    capsys.readouterr()

    opened = cache.CacheWriter.__init__

    def refusing_writes(self: cache.CacheWriter, folder: Path) -> None:  # as a full disk would
        opened(self, folder)
        self.connection.execute("PRAGMA query_only = ON")

    monkeypatch.setattr(cache.CacheWriter, "__init__", refusing_writes)
    assert main(["build", seeds, "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "parsed 0, reused 5" in captured.out
    assert "cache could not be written (attempt to write a readonly database); left as it was" in captured.err
    monkeypatch.undo()
    assert main(["build", seeds, "--out", str(out)]) == 0
    assert "parsed 0, reused 5" in capsys.readouterr().out  # the last cache is still whole


def test_shard_entries_a_worker_cannot_write_cost_the_cache_not_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Workers write the outcomes they parse into a file for each shard, which the writing process takes into the
    next build's cache: taken whole, none of them left in the output; one that cannot be written (a full disk)
    gives the next cache up, never the build, and the last cache stays."""
    from builder.run import engine

    out = tmp_path / "dist"
    seeds = str(ROOT / "corpus" / "seeds")
    assert main(["build", seeds, "--out", str(out), "--workers", "2"]) == 0
    assert "parsed 5, reused 0" in capsys.readouterr().out
    assert not list(tmp_path.rglob(f"*{engine.ENTRIES}*"))
    database = tmp_path / ".dist.cache" / "outcomes.sqlite"
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM entries").fetchone() == (5,)
    before = database.read_bytes()

    def full_disk(path: Path, entries: list[tuple[str, str, str]]) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(engine, "write_entries", full_disk)  # the workers are forked: they inherit it
    (tmp_path / "seeds").mkdir()
    for path in (ROOT / "corpus" / "seeds").iterdir():  # other bytes: parsed again
        (tmp_path / "seeds" / path.name).write_bytes(path.read_bytes() + b"\n")
    shutil.rmtree(out)
    assert main(["build", str(tmp_path / "seeds"), "--out", str(out), "--workers", "2"]) == 0
    captured = capsys.readouterr()
    assert "parsed 5, reused 0" in captured.out
    assert "cache could not be written (No space left on device); left as it was" in captured.err
    assert database.read_bytes() == before
    assert not list(tmp_path.rglob(f"*{engine.ENTRIES}*"))


def test_absurd_figures_build_and_rebuild_from_the_cache_to_the_same_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 400-digit amount is no float (its value is null, not inf, which JSON cannot carry), and a
    20-digit declared length is no length (it would overflow Parquet's int64)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = (ROOT / "corpus" / "wild" / "w013.txt").read_text(encoding="utf-8")
    absurd = f"会议强调，今年招商引资要达到{'9' * 400}亿元。\n预览结束（未完，全文共{'9' * 20}字，当前仅显示500字）"
    (corpus / "absurd.txt").write_text(text + "\n" + absurd, encoding="utf-8")
    out, clean = tmp_path / "dist", tmp_path / "clean"
    assert main(["build", str(corpus), "--out", str(out)]) == 0
    assert main(["build", str(corpus), "--out", str(out)]) == 0
    assert "parsed 0, reused 1" in capsys.readouterr().out
    assert main(["build", str(corpus), "--out", str(clean), "--no-cache"]) == 0
    assert tree(out) == tree(clean)
    targets = pq.read_table(out / "data" / "targets").to_pylist()
    assert [t["value"] for t in targets if t["value_text"] == "9" * 400] == [None]
    (article,) = pq.read_table(out / "data" / "articles").to_pylist()
    assert article["quality"]["truncated"] and article["quality"]["declared_length"] is None


def test_a_build_leaves_the_cache_another_running_build_is_writing(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    seeds = str(ROOT / "corpus" / "seeds")
    folder = tmp_path / ".dist.cache"
    folder.mkdir()
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    killed_build = folder / f"outcomes.sqlite.new-{finished.stdout.strip()}"
    running_build = folder / f"outcomes.sqlite.new-{os.getppid()}"  # a process that outlives this build
    killed_build.write_bytes(b"")
    running_build.write_bytes(b"")
    assert main(["build", seeds, "--out", str(out)]) == 0
    assert not killed_build.exists() and running_build.exists()


def test_a_rebuild_reads_only_the_inputs_whose_size_or_time_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The cache keeps each input's SHA-256 under its path, size and mtime: an input whose stamp is
    unchanged is not opened again, one touched is read (and, its bytes the same, not parsed). A first build
    reads each input once."""
    from builder.run import engine

    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    inputs = [str(corpus / "seeds"), str(corpus / "wild")]
    out = tmp_path / "dist"
    log = tmp_path / "read"  # written by the worker process
    reader = engine.read_input

    def counted(item: InputFile, max_bytes: int) -> bytes:
        with log.open("a", encoding="utf-8") as names:
            names.write(item.name + "\n")
        return reader(item, max_bytes)

    def read() -> list[str]:
        names = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
        log.unlink(missing_ok=True)
        return names

    monkeypatch.setattr(engine, "read_input", counted)
    assert main(["build", *inputs, "--out", str(out), "--workers", "1"]) == 0
    first = read()
    assert len(first) == len(set(first)) == 80  # a first build reads each input once, to hash and parse it
    assert main(["build", *inputs, "--out", str(out), "--workers", "1"]) == 0
    assert read() == []
    shutil.rmtree(out)  # the output removed, its cache kept beside it
    assert main(["build", *inputs, "--out", str(out), "--workers", "1"]) == 0
    assert read() == []
    touched = corpus / "wild" / "w013.txt"
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    grown = corpus / "seeds" / sorted(p.name for p in (corpus / "seeds").glob("*.txt"))[0]
    grown.write_bytes(grown.read_bytes() + "\n会议强调，要加大招商引资力度。".encode())
    capsys.readouterr()
    assert main(["build", *inputs, "--out", str(out), "--workers", "1"]) == 0
    assert set(read()) == {f"wild/{touched.name}", f"seeds/{grown.name}"}
    assert "parsed 1, reused 79" in capsys.readouterr().out  # the touched one's bytes are the same
    clean = tmp_path / "clean"
    assert main(["build", *inputs, "--out", str(clean), "--no-cache", "--workers", "1"]) == 0
    assert tree(out) == tree(clean)


def test_a_rebuild_takes_unchanged_shards_from_the_last_build_and_writes_only_the_changed_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Shards of 16 inputs (the 80 make 16, 16, 12, 12, 12, 12: an odd count's last three cut into four): after one
    capture changes, the other shards' files are the last build's
    (linked, not written again: the same inodes), and the whole equals a clean build, near-duplicates
    set aside or not."""
    from builder.run import engine

    monkeypatch.setattr(engine, "SHARD_INPUTS", 16)
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    inputs = [str(corpus / "seeds"), str(corpus / "wild")]
    for options in (["--keep-duplicates"], []):
        out = tmp_path / f"dist{len(options)}"
        assert main(["build", *inputs, "--out", str(out), "--workers", "2", *options]) == 0
        before = _inodes(out)
        assert main(["build", *inputs, "--out", str(out), "--workers", "2", *options]) == 0
        kept = {name for name, inode in _inodes(out).items() if before.get(name) == inode}
        if options:  # nothing set aside: every shard is taken as it was
            assert len(kept) == 18 == len(before)
        else:  # the shards near-duplicates left are written again; the others are taken
            assert 0 < len(kept) < 18
        changed = corpus / "wild" / "w013.txt"  # the 18th input: in the second shard
        changed.write_text(changed.read_text(encoding="utf-8") + "\n会议强调，要加大招商引资力度。", encoding="utf-8")
        before = _inodes(out)
        assert main(["build", *inputs, "--out", str(out), "--workers", "2", *options]) == 0
        rewritten = {name for name, inode in _inodes(out).items() if before.get(name) != inode}
        assert {name for name in rewritten if "00001-of" in name} == {
            f"{t}/train-00001-of-00006.parquet" for t in ("articles", "targets", "speakers")
        }
        if options:
            assert len(rewritten) == 3
        clean = tmp_path / f"clean{len(options)}"
        assert main(["build", *inputs, "--out", str(clean), "--no-cache", "--workers", "1", *options]) == 0
        assert tree(out) == tree(clean)
        changed.write_bytes((ROOT / "corpus" / "wild" / "w013.txt").read_bytes())


def test_a_rebuild_after_the_changelog_changed_makes_a_new_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The card quotes CHANGELOG.md, which lies outside the builder's fingerprint: same tables, new card."""
    from builder.publish import card

    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## 9.9.9\n\n- first entry\n", encoding="utf-8")
    monkeypatch.setattr(card, "CHANGELOG", changelog)
    seeds, out = str(ROOT / "corpus" / "seeds"), tmp_path / "dist"
    assert main(["build", seeds, "--out", str(out), "--workers", "1"]) == 0
    assert "first entry" in (out / "README.md").read_text(encoding="utf-8")
    changelog.write_text("# Changelog\n\n## 9.9.9\n\n- second entry\n", encoding="utf-8")
    assert main(["build", seeds, "--out", str(out), "--workers", "1"]) == 0
    assert "second entry" in (out / "README.md").read_text(encoding="utf-8")


def test_the_cards_changelog_is_each_releases_summary_under_one_level_of_heading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parts of an entry (a release's measurements and rules) stay in the repository's CHANGELOG.md; the card
    keeps what a user of the data reads first, every release a heading under the card's `## Changelog`."""
    from builder.publish import card

    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(
        "# Changelog\n\n## 2.0.0 (schema 2.0.0)\n\nA field renamed.\n\n### Speed\n\n- run Z: 1.9 x\n\n"
        "## 1.0.0 (schema 1.0.0)\n\n- First release.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(card, "CHANGELOG", changelog)
    assert card.changelog_section() == (
        "Each release in a few lines; its whole entry is in CHANGELOG.md in the builder's repository.\n\n"
        "### 2.0.0 (schema 2.0.0)\n\nA field renamed.\n\n### 1.0.0 (schema 1.0.0)\n\n- First release."
    )
    monkeypatch.setattr(card, "CHANGELOG", tmp_path / "none.md")  # installed without the repository
    assert card.changelog_section() == "See CHANGELOG.md in the builder's repository."


def _inodes(out: Path) -> dict[str, int]:
    """The sharded tables' files and their inodes."""
    tables = ("articles", "targets", "speakers")
    return {f"{t}/{p.name}": p.stat().st_ino for t in tables for p in (out / "data" / t).glob("*.parquet")}


def test_a_rebuild_with_the_same_tables_takes_the_last_builds_card_and_spreadsheets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What is derived from the tables (people, card, exports, Croissant ...) is taken from the last build
    when the tables, quarantine and counts are the same, and derived again when one capture changes."""
    from builder.publish import writer

    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus" / "seeds", corpus)
    out = tmp_path / "dist"
    assert main(["build", str(corpus), "--out", str(out), "--workers", "1"]) == 0
    derived = ["README.md", "exports/people.csv", "croissant.json", "build_report.json", "data/people/" + _first(out)]
    before = {name: (out / name).stat().st_ino for name in derived}
    made: list[Path] = []
    derive = writer.DatasetWriter._derive

    def counted(self: writer.DatasetWriter, problems: list[str], pool: Executor, *parts: dict) -> dict:
        made.append(self.staging)
        return derive(self, problems, pool, *parts)

    monkeypatch.setattr(writer.DatasetWriter, "_derive", counted)
    assert main(["build", str(corpus), "--out", str(out), "--workers", "1"]) == 0
    assert made == [] and {name: (out / name).stat().st_ino for name in derived} == before
    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n会议强调，要加大招商引资力度。", encoding="utf-8")
    assert main(["build", str(corpus), "--out", str(out), "--workers", "1"]) == 0
    assert len(made) == 1
    clean = tmp_path / "clean"
    assert main(["build", str(corpus), "--out", str(clean), "--no-cache", "--workers", "1"]) == 0
    assert tree(out) == tree(clean)


def _first(out: Path) -> str:
    return sorted(p.name for p in (out / "data" / "people").glob("*.parquet"))[0]


def test_a_rebuild_with_nothing_changed_starts_no_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import builder.run.engine

    inputs, out = tmp_path / "seeds", tmp_path / "out"
    shutil.copytree(ROOT / "corpus" / "seeds", inputs)
    assert main(["build", str(inputs), "--out", str(out)]) == 0
    built = tree(out)

    def no_worker(*args: object) -> Executor:
        raise AssertionError("a worker was started to take a shard the last build wrote")

    monkeypatch.setattr(builder.run.engine, "_pool", no_worker)
    assert main(["build", str(inputs), "--out", str(out)]) == 0
    assert tree(out) == built
    (inputs / "001_e41f1b669d5e67a4.txt").write_text("全市招商引资工作会议召开。今年签约项目12个。", encoding="utf-8")
    assert main(["build", str(inputs), "--out", str(out)]) == 1  # a changed capture must be parsed: in a worker


def _page_bytes(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("PRAGMA page_size").fetchone()[0])


def test_a_cache_on_other_pages_is_made_anew_on_the_caches_own_with_its_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A cache is written on 64 KB pages (an entry, an article's JSON, spilled over three 4 KB ones); one written on
    4 KB pages, as builders before 0.15.0 wrote it, is not copied whole, which would keep its pages: its entries are
    taken into a new file, and reused as before."""
    out, seeds = tmp_path / "dist", str(ROOT / "corpus" / "seeds")
    cache = tmp_path / ".dist.cache" / "outcomes.sqlite"
    assert main(["build", seeds, "--out", str(out)]) == 0
    assert _page_bytes(cache) == 65536
    connection = sqlite3.connect(cache)
    connection.execute("PRAGMA page_size = 4096")
    connection.execute("VACUUM")  # the same entries, on 4 KB pages
    connection.execute("DELETE FROM shards")  # else the shards are taken whole, and no entry is read
    connection.commit()
    connection.close()
    assert _page_bytes(cache) == 4096
    capsys.readouterr()
    assert main(["build", seeds, "--out", str(out)]) == 0
    assert "parsed 0, reused 5" in capsys.readouterr().out
    assert _page_bytes(cache) == 65536
    with sqlite3.connect(cache) as connection:
        connection.execute("DELETE FROM shards")
    assert main(["build", seeds, "--out", str(out)]) == 0
    assert "parsed 0, reused 5" in capsys.readouterr().out
