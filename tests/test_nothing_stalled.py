"""Nothing stalled: one pathological capture costs at most its time limit, and a worker stuck where that limit
cannot reach is replaced; an output folder is readable as the umask says and on disk before it is swapped in.

The slow capture is what SEO spam and scraper-flattened pages are: one sentence of a real capture
repeated on one line, up to the 5,000,000-byte size limit.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from processes import all_gone, children, running

from builder.cli import main
from builder.publish import output
from builder.read.capture import DEFAULT_MAX_BYTES, Capture
from builder.run import engine, pipeline

ROOT = Path(__file__).resolve().parent.parent
WILD = ROOT / "corpus" / "wild"


def _spam(path: Path, size: int) -> None:
    """One sentence of a shipped capture, on one line, repeated up to `size` bytes."""
    text = (WILD / "w002.txt").read_text(encoding="utf-8")
    sentence = next(s + "。" for s in text.split("。") if "签约" in s and "\n" not in s.strip()).strip()
    unit = sentence.encode("utf-8")
    path.write_bytes(unit * (size // len(unit)))


def _folder_with_spam(tmp_path: Path, size: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    _spam(folder / "spam.txt", size)
    for name in ("w013", "w027"):
        (folder / f"{name}.txt").write_bytes((WILD / f"{name}.txt").read_bytes())
    return folder


def _outcomes(out: Path) -> tuple[dict[str, str], set[str]]:
    lines = (out / "quarantine.jsonl").read_text(encoding="utf-8").splitlines()
    quarantine = {q["file"]: q["reason"] for q in map(json.loads, lines)}
    articles = {a["source"]["file"] for a in pq.read_table(out / "data" / "articles").to_pylist()}
    return quarantine, articles


def test_a_five_megabyte_file_of_one_repeated_sentence_builds_within_the_default_limit(tmp_path: Path) -> None:
    folder = _folder_with_spam(tmp_path, DEFAULT_MAX_BYTES)
    assert DEFAULT_MAX_BYTES - 200 < (folder / "spam.txt").stat().st_size <= DEFAULT_MAX_BYTES
    out = tmp_path / "out"
    assert main(["build", str(folder), "--out", str(out), "--no-cache", "--workers", "2"]) == 0
    quarantine, articles = _outcomes(out)
    assert quarantine == {} and articles == {"in/spam.txt", "in/w013.txt", "in/w027.txt"}


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_capture_over_its_time_limit_is_quarantined_and_the_build_goes_on(tmp_path: Path, workers: str) -> None:
    folder = _folder_with_spam(tmp_path, 2_000_000)  # over a second to parse on any machine this runs on
    out = tmp_path / "out"
    build = ["build", str(folder), "--out", str(out), "--max-seconds", "0.2", "--workers", workers]
    assert main(build) == 0
    quarantine, articles = _outcomes(out)
    assert quarantine == {"in/spam.txt": "timeout"} and articles == {"in/w013.txt", "in/w027.txt"}
    entry = json.loads((out / "quarantine.jsonl").read_text(encoding="utf-8"))
    assert entry["detail"].startswith("parsing took over 0.2 s of processor time (--max-seconds)")
    assert len(entry["sha256"]) == 64
    report = json.loads((out / "build_report.json").read_text(encoding="utf-8"))
    assert report["counts"]["inputs"] == 3 and report["counts"]["quarantined_by_reason"] == {"timeout": 1}
    # a timeout is the machine's as much as the capture's: never kept in the cache, so a rebuild with room parses it
    assert main(["build", str(folder), "--out", str(out), "--workers", workers]) == 0
    assert _outcomes(out) == ({}, {"in/spam.txt", "in/w013.txt", "in/w027.txt"})


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_worker_stuck_in_c_code_is_replaced_and_the_rest_of_its_shard_published(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: str
) -> None:
    """A step that never returns to the interpreter (a C library's loop, a blocking call) is out of the
    processor-time limit's reach: its worker is killed and replaced, the build goes on."""
    folder = tmp_path / "in"
    folder.mkdir()
    names = {"a": "w002", "b": "w013", "c_stuck": "w035", "d": "w027", "e": "w041", "f": "w058"}
    for name, capture in names.items():
        (folder / f"{name}.txt").write_bytes((WILD / f"{capture}.txt").read_bytes())
    monkeypatch.setattr(engine, "SHARD_INPUTS", 2)  # shards of 2, 2, 1, 1: c_stuck opens the second, d follows it
    parsed_by = tmp_path / "parsed_by"
    parse = pipeline.parse_capture

    def stuck_in_c(capture: Capture) -> pipeline.Outcome:
        with parsed_by.open("a") as log:
            log.write(f"{capture.file} {os.getpid()}\n")
        if capture.file == "in/c_stuck.txt":
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGPROF})  # no signal reaches Python code any more
            time.sleep(600)
        return parse(capture)

    monkeypatch.setattr(pipeline, "parse_capture", stuck_in_c)
    before = children(os.getpid())
    out = tmp_path / "out"
    build = ["build", str(folder), "--out", str(out), "--max-seconds", "0.2", "--workers", workers, "--no-cache"]
    assert main(build) == 0
    quarantine, articles = _outcomes(out)
    assert quarantine == {"in/c_stuck.txt": "timeout"}
    assert articles == {f"in/{name}.txt" for name in names} - {"in/c_stuck.txt"}
    [entry] = map(json.loads, (out / "quarantine.jsonl").read_text(encoding="utf-8").splitlines())
    assert entry["detail"].endswith("its worker was replaced and the build went on without it")
    report = json.loads((out / "build_report.json").read_text(encoding="utf-8"))
    assert report["counts"]["inputs"] == 6 and report["counts"]["articles"] == 5
    parsers = dict(line.split() for line in parsed_by.read_text().splitlines())  # each file's last parser
    stuck = int(parsers["in/c_stuck.txt"])
    assert int(parsers["in/d.txt"]) != stuck  # the rest of the shard was parsed by a new worker
    assert not running(stuck) and all_gone(children(os.getpid()) - before, within=5)


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "soon"])
def test_a_bad_time_limit_gets_one_line_and_exit_2(tmp_path: Path, value: str, capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["build", str(WILD), "--out", str(tmp_path / "out"), "--max-seconds", value])
    assert stopped.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1 and not (tmp_path / "out").exists()


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077])
def test_the_output_folder_follows_the_umask(tmp_path: Path, umask: int) -> None:
    out = tmp_path / "out"
    previous = os.umask(umask)
    try:
        assert main(["build", str(ROOT / "corpus" / "seeds"), "--out", str(out), "--no-cache"]) == 0
    finally:
        os.umask(previous)
    for path in [out, *out.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        expected = (0o777 if path.is_dir() else 0o666) & ~umask
        assert mode == expected, f"{path.relative_to(tmp_path)}: {oct(mode)}, not {oct(expected)}"


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names a descriptor's file through /proc")
def test_every_staged_file_and_folder_is_on_disk_before_the_swap_and_the_parent_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[tuple[str, str]] = []
    fsync, swap = os.fsync, output._swap

    def recorded_fsync(descriptor: int) -> None:
        events.append(("fsync", os.readlink(f"/proc/self/fd/{descriptor}")))
        fsync(descriptor)

    def recorded_swap(staging: Path, out: Path) -> None:
        events.append(("swap", str(staging)))
        swap(staging, out)

    monkeypatch.setattr(output.os, "fsync", recorded_fsync)
    monkeypatch.setattr(output, "_swap", recorded_swap)
    out = tmp_path / "out"
    assert main(["build", str(ROOT / "corpus" / "seeds"), "--out", str(out), "--no-cache"]) == 0
    [swapped] = [i for i, (kind, _) in enumerate(events) if kind == "swap"]
    staging = events[swapped][1]
    before = {Path(path).relative_to(staging).as_posix() for _, path in events[:swapped] if path.startswith(staging)}
    published = {p.relative_to(out).as_posix() for p in out.rglob("*")} | {"."}
    assert published <= before
    assert ("fsync", str(tmp_path)) in events[swapped + 1 :]


def test_a_page_nested_a_hundred_thousand_deep_is_read_in_time_with_its_text() -> None:
    """HTML's tree construction is quadratic in the nesting depth, in C, where the time limit cannot stop it
    (0.4.3's reader and lexbor alike); the depth is capped before the page is parsed, as browsers cap it."""
    from builder.read.capture import InputFile
    from builder.run.pipeline import parse_bytes

    text = (WILD / "w002.txt").read_text(encoding="utf-8")
    depth = 100_000
    page = f"<html><body>{'<div>' * depth}<p>{text.replace(chr(10), '<br>')}</p>{'</div>' * depth}</body></html>"
    started = time.process_time()
    outcome = parse_bytes(InputFile(Path("deep.html"), "deep.html"), page.encode("utf-8"))
    assert time.process_time() - started < 5  # 160,000 deep took about 47 s of processor time uncapped
    assert outcome.article is not None and "烟花三月节期间" in outcome.article.text


def test_a_line_of_page_numbers_that_is_no_page_link_is_read_in_time() -> None:
    """The page-link marks once nested a run of digits in a repetition: a line of 26 digits before 尾页 that
    was no page link took about 15 s in the regular-expression engine, doubling with every digit, where the
    time limit cannot stop it (0.7.0 before its release)."""
    from builder.read.capture import InputFile
    from builder.run.pipeline import parse_bytes

    text = (WILD / "w002.txt").read_text(encoding="utf-8")
    capture = f"{text}\n共3页 {'1' * 26}尾页。\n"
    started = time.process_time()
    outcome = parse_bytes(InputFile(Path("pages.txt"), "pages.txt"), capture.encode("utf-8"))
    assert time.process_time() - started < 5
    assert outcome.article is not None and "烟花三月节期间" in outcome.article.text


def test_a_command_that_ends_with_a_child_process_alive_still_ends() -> None:
    """The command skips the interpreter's teardown; multiprocessing's exit handler would then wait forever
    for a pool's process nobody shut down, so such a process must end the ordinary way."""
    script = (
        "import multiprocessing, time\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from builder import cli\n"
        "pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context('fork'))\n"
        "pool.submit(time.sleep, 0.01).result()\n"
        "cli._end(3)\n"
    )
    ended = subprocess.run([sys.executable, "-c", script], cwd=ROOT, timeout=60, capture_output=True)
    assert ended.returncode == 3, ended.stderr.decode()


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_build_stopped_while_the_cards_answers_run_stops_their_query(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: str
) -> None:
    """The card's answers run in a thread; Ctrl-C meanwhile must not wait for DuckDB to end a long query (here, minutes:
    over 200 s on the code before): it is interrupted, and the last output stays as it was. With one worker the
    answers' connection was opened while the worker started (`DatasetWriter._ready_beside_one_worker`)."""
    from builder.publish import questions, writer

    slow = "SELECT sum(i % 7) AS s FROM range(100000000000) t(i)"
    monkeypatch.setattr(questions, "questions", lambda: [{"question": "q", "sql": slow, "pandas": ""}])
    began = writer.DatasetWriter._write_people

    def interrupted_meanwhile(self: writer.DatasetWriter) -> None:
        began(self)
        time.sleep(0.5)  # the query has begun
        raise KeyboardInterrupt

    monkeypatch.setattr(writer.DatasetWriter, "_write_people", interrupted_meanwhile)
    captures = tmp_path / "captures"
    captures.mkdir()
    (captures / "w002.txt").write_bytes((WILD / "w002.txt").read_bytes())
    started, switching = time.monotonic(), sys.getswitchinterval()
    assert main(["build", str(captures), "--out", str(tmp_path / "out"), "--no-cache", "--workers", workers]) == 130
    assert sys.getswitchinterval() == switching
    assert time.monotonic() - started < 30
    assert not (tmp_path / "out").exists()


def test_a_published_trees_folders_are_synced_side_by_side_after_its_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each folder's fsync waits for every other folder's to begin: one after another, the first would wait alone
    until the barrier gives up."""
    root = tmp_path / "tree"
    for folder in ("a/b", "c"):
        (root / folder).mkdir(parents=True)
        (root / folder / "f.txt").write_text("x", encoding="utf-8")
    folders = [root, root / "a", root / "a" / "b", root / "c"]
    files = [root / "a" / "b" / "f.txt", root / "c" / "f.txt"]
    meeting = threading.Barrier(len(folders), timeout=5)
    synced: list[Path] = []
    fsync = output._fsync

    def fsync_side_by_side(path: Path, flags: int) -> None:
        if path.is_dir():
            meeting.wait()
        synced.append(path)
        fsync(path, flags)

    monkeypatch.setattr(output, "_fsync", fsync_side_by_side)
    output.sync_tree(root)
    assert sorted(synced[: len(files)]) == files and sorted(synced[len(files) :]) == sorted(folders)
