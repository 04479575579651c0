"""Bad input and faults: every input accounted for, nothing half-written, nothing let through.

The centre is a build over the shipped corpus plus a folder holding one hostile file of each kind
the builder must survive; around it, one test per guarantee (encodings, limits, manifests and
paths, HTML, errors, integrity, and a build killed with SIGKILL at random moments).
"""

from __future__ import annotations

import codecs
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from processes import all_gone, children, running

from builder.cli import main
from builder.publish.parquet import table_files
from builder.publish.validate import validate
from builder.read.capture import CaptureError, InputFile, decode, find_inputs, read_capture
from builder.run.pipeline import parse_bytes, parse_input

ROOT = Path(__file__).resolve().parent.parent
CORPUS = [ROOT / "corpus" / "seeds", ROOT / "corpus" / "wild"]
SIMPLIFIED = (ROOT / "corpus" / "wild" / "w002.txt").read_text(encoding="utf-8")
OTHERS = {name: (ROOT / "corpus" / "wild" / f"{name}.txt").read_text(encoding="utf-8") for name in
          ("w013", "w027", "w037", "w043", "w050", "w062")}  # fmt: skip
TRADITIONAL = (ROOT / "corpus" / "wild" / "w058.txt").read_text(encoding="utf-8")
FIFTY_MB = 50 * 1024 * 1024


def _hostile_folder(base: Path) -> dict[str, str | None]:
    """One file of each kind; the reason each must be quarantined with (None: becomes an article)."""
    folder = base / "hostile"
    folder.mkdir()
    outside = base / "outside.txt"
    outside.write_text(SIMPLIFIED, encoding="utf-8")
    files: dict[str, tuple[bytes, str | None]] = {
        "empty.txt": (b"", "empty"),
        "blank.txt": (b" \r\n\t\r\n", "blank"),
        "binary.txt": (b"PK\x03\x04\x00\x00" + bytes(range(256)), "binary"),
        "english.txt": (b"Investment promotion meeting held yesterday. " * 20, "not_chinese"),
        "garbage.txt": (_random_high_bytes(7), "undecodable"),
        "utf16.txt": (OTHERS["w013"].encode("utf-16"), None),
        "utf8_bom.txt": (codecs.BOM_UTF8 + OTHERS["w027"].encode(), None),
        "gbk.txt": (OTHERS["w037"].encode("gbk", errors="ignore"), None),
        "big5.txt": (TRADITIONAL.encode("big5", errors="ignore"), None),
        "crlf.txt": (OTHERS["w043"].replace("\n", "\r\n").encode(), None),
        "cut_utf8.txt": (OTHERS["w050"].encode()[:-2], None),
        "script.html": (_hostile_html().encode(), None),
    }
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    with (folder / "huge.txt").open("wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(FIFTY_MB)
    (folder / "escape.txt").symlink_to(outside)
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop").symlink_to(folder)
    os.mkfifo(folder / "pipe.txt")  # reading it would block forever
    (folder / "manifest.jsonl").write_text(
        "\n".join(
            [
                json.dumps({"file": "gbk.txt", "url": "http://example.cn/gbk"}),
                "{not json",
                json.dumps({"file": "../outside.txt", "url": "http://example.cn/out"}),
                json.dumps({"file": "/etc/passwd"}),
                json.dumps({"file": 7}),
            ]
        ),
        encoding="utf-8",
    )
    expected: dict[str, str | None] = {name: reason for name, (_, reason) in files.items()}
    expected.update(
        {"huge.txt": "too_large", "escape.txt": "unsafe_path", "dangling.txt": "unreadable", "pipe.txt": "unreadable"}
    )
    return expected


def _random_high_bytes(seed: int, size: int = 3000) -> bytes:
    """Bytes from the range legacy Chinese encodings use, in no language."""
    rng = random.Random(seed)
    return bytes(rng.randrange(0x81, 0xFF) for _ in range(size))


def _hostile_html() -> str:
    return (
        '<!DOCTYPE html SYSTEM "http://example.invalid/evil.dtd">'
        '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<html><head><title>我市积极筹备2006中国国际徽商大会</title><link rel="stylesheet" href="http://example.invalid/a.css">'
        '<script src="http://example.invalid/a.js"></script><style>body{background:url(http://example.invalid/x)}</style>'
        "</head><body><script>document.write('脚本里的招商引资')</script><!-- 注释里的招商引资 -->"
        '<img src="http://example.invalid/p.png"><iframe src="http://example.invalid/"></iframe>'
        f"<p>{OTHERS['w062']}</p>&xxe;</body></html>"
    )


def _outcomes(out: Path) -> tuple[dict, dict[str, str], set[str]]:
    report = json.loads((out / "build_report.json").read_text(encoding="utf-8"))
    lines = (out / "quarantine.jsonl").read_text(encoding="utf-8").splitlines()
    quarantine = {q["file"]: q["reason"] for q in map(json.loads, lines)}
    articles = {a["source"]["file"] for a in pq.read_table(out / "data" / "articles").to_pylist()}
    return report, quarantine, articles


def test_each_hostile_file_ends_with_its_reason(tmp_path: Path) -> None:
    expected = _hostile_folder(tmp_path)
    out = tmp_path / "dist"
    assert main(["build", str(tmp_path / "hostile"), "--out", str(out)]) == 0
    report, quarantine, articles = _outcomes(out)
    assert report["counts"]["inputs"] == len(expected) == len(articles) + len(quarantine)
    for name, reason in expected.items():
        assert quarantine.get(f"hostile/{name}") == reason, name
        assert (f"hostile/{name}" in articles) == (reason is None), name


def test_a_build_over_the_corpus_and_hostile_files_accounts_for_every_file(tmp_path: Path) -> None:
    expected = _hostile_folder(tmp_path)
    out = tmp_path / "dist"
    started = time.perf_counter()
    assert main(["build", *map(str, CORPUS), str(tmp_path / "hostile"), "--out", str(out)]) == 0
    assert time.perf_counter() - started < 60
    report, quarantine, articles = _outcomes(out)
    assert report["counts"]["inputs"] == 80 + len(expected) == len(articles) + len(quarantine)
    for name, reason in expected.items():
        # a readable hostile file repeats a shipped capture, so one of each pair is set aside as its duplicate
        assert quarantine.get(f"hostile/{name}") in ({reason} if reason else {None, "duplicate"}), name
    problems = "\n".join(report["input_problems"])
    assert "manifest.jsonl:2: malformed" in problems
    assert "manifest.jsonl:3: path outside the folder: '../outside.txt'" in problems
    assert "manifest.jsonl:4: absolute path: '/etc/passwd'" in problems
    assert "manifest.jsonl:5: malformed" in problems
    assert "loop: symlinked folder not followed" in problems
    assert validate(out) == []


# Printed by an exit handler: the command ends its process itself (`cli.command`).
_PEAK = (
    "import atexit, resource, runpy, sys; sys.argv = ['zhaoshang', *sys.argv[1:]]\n"
    "atexit.register(lambda: print('peak_rss_kib', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,\n"
    "    file=sys.stderr))\n"
    "runpy.run_module('builder.cli', run_name='__main__')"
)


def _peak_rss_kib(folder: Path, out: Path) -> tuple[int, str]:
    """A build's own peak memory, measured in its own process, and what it printed."""
    run = subprocess.run(
        [sys.executable, "-c", _PEAK, "build", str(folder), "--out", str(out), "--no-cache"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    peak = next(line.split()[1] for line in run.stderr.splitlines() if line.startswith("peak_rss_kib"))
    return int(peak), run.stdout


def test_a_fifty_megabyte_file_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big" / "huge.txt"
    big.parent.mkdir()
    big.write_bytes(("招商引资" * 1000 + "\n").encode() * (FIFTY_MB // 12001 + 1))
    small = tmp_path / "small" / "tiny.txt"
    small.parent.mkdir()
    small.write_text(SIMPLIFIED, encoding="utf-8")
    with_big, printed = _peak_rss_kib(big.parent, tmp_path / "out-big")
    with_small, _ = _peak_rss_kib(small.parent, tmp_path / "out-small")
    assert "quarantined too_large: 1" in printed
    assert with_big - with_small < 20 * 1024  # the 50 MB never entered memory


@pytest.mark.parametrize(
    "data,encoding",
    [
        (SIMPLIFIED.encode(), "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode(), "utf-8-sig"),
        (SIMPLIFIED.encode("utf-16"), "utf-16"),
        (SIMPLIFIED.encode("gb18030"), "gb18030"),
        (SIMPLIFIED.encode("gbk", errors="ignore"), "gb18030"),
        (TRADITIONAL.encode("big5", errors="ignore"), "big5"),
    ],
)
def test_encodings_are_decoded_and_named(data: bytes, encoding: str) -> None:
    text, found = decode(data)
    assert found == encoding
    assert "烟花三月节" in text or "東營市" in text


def test_utf8_cut_inside_a_character_keeps_its_text_and_marks_the_cut() -> None:
    data = SIMPLIFIED.encode()[:-1]
    text, encoding = decode(data)
    assert encoding == "utf-8" and text.endswith("\ufffd") and text[:-1] == data[:-2].decode()
    article = parse_bytes(InputFile(Path("cut.txt"), "cut.txt"), data).article
    assert article is not None and article.quality.unrecoverable.count == 1
    assert article.text[article.quality.unrecoverable.offsets[0]] == "\ufffd"


def test_crlf_line_ends_make_no_difference() -> None:
    plain = parse_bytes(InputFile(Path("a.txt"), "a.txt"), SIMPLIFIED.encode()).article
    crlf = parse_bytes(InputFile(Path("a.txt"), "a.txt"), SIMPLIFIED.replace("\n", "\r\n").encode()).article
    assert plain is not None and crlf is not None
    assert (crlf.text, crlf.title, crlf.targets) == (plain.text, plain.title, plain.targets)


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_a_damaged_capture_saved_with_windows_or_old_mac_line_ends_is_cleaned_as_it_is_with_newlines(
    line_end: str,
) -> None:
    """Seed 002 holds a jammer's tokens at its lines' ends (召开 0 l" F$ p, a1 X5 S) and pinyin after its characters:
    the patterns that remove them end at a line's end, which a carriage return before the newline used to hide."""
    damaged = (ROOT / "corpus" / "seeds" / "002_66bc6007192f2ba8.txt").read_text(encoding="utf-8")
    plain = parse_bytes(InputFile(Path("a.txt"), "a.txt"), damaged.encode()).article
    saved = parse_bytes(InputFile(Path("a.txt"), "a.txt"), damaged.replace("\n", line_end).encode()).article
    assert plain is not None and saved is not None
    assert plain.title == "全市招商引资工作专题会议召开"
    assert (saved.title, saved.text, saved.quality) == (plain.title, plain.text, plain.quality)


def test_bytes_that_are_only_technically_gb18030_are_refused() -> None:
    with pytest.raises(CaptureError, match=r"undecodable: not UTF-8, and as (gb18030|big5) only"):
        decode(_random_high_bytes(3))


def test_text_without_chinese_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "en.html"
    path.write_text("<html><body><p>Investment promotion conference</p>" + "<p>招商</p></body></html>")
    with pytest.raises(CaptureError, match="not_chinese: 2 Chinese characters"):
        read_capture(InputFile(path, "en.html"), path.read_bytes())


def test_a_build_whose_every_input_is_quarantined_says_so_and_its_tables_read_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "en.txt").write_text("Investment promotion conference, minutes of the meeting.\n" * 20)
    assert main(["build", str(tmp_path / "in"), "--out", str(tmp_path / "out")]) == 0
    summary = capsys.readouterr().out
    assert "1 inputs, 0 articles, 1 quarantined" in summary
    assert f"  no article: each input's reason is in {tmp_path / 'out' / 'quarantine.jsonl'};" in summary
    assert [json.loads(line)["reason"] for line in (tmp_path / "out" / "quarantine.jsonl").open()] == ["not_chinese"]
    assert pq.read_table(table_files(tmp_path / "out", "articles")[0]).num_rows == 0


def test_size_limit_is_configurable_and_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SIMPLIFIED, encoding="utf-8")
    small = parse_input(InputFile(path, "a.txt"), max_bytes=100)
    assert small.quarantine is not None and small.quarantine.reason == "too_large"
    assert parse_input(InputFile(path, "a.txt"), max_bytes=10_000).article is not None


def test_manifest_lines_that_leave_their_folder_are_rejected_with_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SIMPLIFIED, encoding="utf-8")
    lines = ['{"file": "a.txt", "url": "http://x.cn/a"}', '{"file": "../../etc/x.txt"}', '{"file": "C:\\\\x.txt"}']
    (tmp_path / "manifest.jsonl").write_text("\n".join(lines) + "\n[1, 2]\n", encoding="utf-8")
    items, problems = find_inputs([tmp_path])
    assert [(i.name, i.meta.url) for i in items] == [(f"{tmp_path.name}/a.txt", "http://x.cn/a")]
    assert [p.split("manifest.jsonl:")[1].split(":")[0] for p in problems] == ["2", "3", "4"]
    assert "path outside the folder" in problems[0] and "absolute path" in problems[1] and "malformed" in problems[2]


def test_a_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    (tmp_path / "deep").mkdir()
    (tmp_path / "deep" / "a.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "deep" / "up").symlink_to(tmp_path)
    (tmp_path / "self").symlink_to(tmp_path / "self")
    started = time.perf_counter()
    items, problems = find_inputs([tmp_path])
    assert time.perf_counter() - started < 5
    assert [i.name for i in items] == [f"{tmp_path.name}/deep/a.txt"]
    assert any("up: symlinked folder not followed" in p for p in problems)


def test_html_is_data_never_code_and_fetches_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the parser tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    article = parse_bytes(InputFile(Path("page.html"), "page.html"), _hostile_html().encode()).article
    assert article is not None and article.title == "我市积极筹备2006中国国际徽商大会"  # from <title>
    fields = [article.text, article.text_original, article.title or ""]
    fields += [p for s in article.sections for p in (s.heading or "", *s.paragraphs)]
    for value in fields:
        for leaked in ("脚本里", "注释里", "example.invalid", "background", "passwd", "xxe", "<", ">"):
            assert leaked not in value, (leaked, value[:80])


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "builder.cli", *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    "args,message",
    [
        (["build", "corpus/seeds", "--out", "{tmp}/o", "--max-bytes", "0"], "must be above 0"),
        (["build", "corpus/seeds", "--out", "{tmp}/o", "--max-bytes", "lots"], "not a whole number"),
        (["build", "--out", "{tmp}/o"], "the following arguments are required: inputs"),
        (["build", "{tmp}/missing", "--out", "{tmp}/o"], "input not found"),
        (["build", "corpus/seeds", "--out", "{tmp}/not_a_build"], "holds no earlier build"),
        (["build", "corpus/seeds", "--out", "{tmp}/not_a_build/keep.txt/o"], "cannot write to"),  # mkdir fails
        (["build", "corpus/seeds", "--out", "{tmp}/not_a_build/keep.txt"], "keep.txt is a file; give a folder"),
        (["build", "{tmp}/not_a_build/nothing", "--out", "{tmp}/o"], "no captures in"),  # an empty folder
        (["validate", "{tmp}/not_a_build"], "is not a built dataset"),
        (["parse", "{tmp}/missing.txt"], "no such file"),
        (["parse", "{tmp}/not_a_build"], "not_a_build is a folder: give one capture (zhaoshang build takes folders)"),
        (["parse", "{tmp}/not_a_build/pipe"], "pipe is not a regular file: give one capture"),
    ],
)
def test_errors_are_one_line_and_non_zero(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "not_a_build").mkdir()
    (tmp_path / "not_a_build" / "keep.txt").write_text("mine")
    (tmp_path / "not_a_build" / "nothing").mkdir()
    os.mkfifo(tmp_path / "not_a_build" / "pipe")
    run = subprocess.run(
        [sys.executable, "-m", "builder.cli", *(a.format(tmp=tmp_path) for a in args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode != 0
    assert message in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr
    assert (tmp_path / "not_a_build" / "keep.txt").read_text() == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not_a_build"]  # no staging folder, no cache


def test_debug_shows_the_traceback_of_an_unexpected_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import builder.cli

    def broken(*args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(builder.cli, "Inputs", broken)
    assert main(["build", str(CORPUS[0]), "--out", str(tmp_path / "o")]) == 1
    quiet = capsys.readouterr().err
    assert "disk on fire" in quiet and "Traceback" not in quiet and "--debug" in quiet
    assert main(["--debug", "build", str(CORPUS[0]), "--out", str(tmp_path / "o")]) == 1
    assert "Traceback" in capsys.readouterr().err


def test_a_reader_that_leaves_early_gets_no_error_message(tmp_path: Path) -> None:
    long_report = tmp_path / "long.txt"  # its article's JSON is larger than any pipe's buffer, so writing it must fail
    lines = (f"第{n}批签约项目{n % 97 + 3}个，总投资{n % 89 + 11}亿元。" for n in range(1500))
    long_report.write_text("全市招商引资工作会议召开\n" + "\n".join(lines), encoding="utf-8")
    reader = subprocess.Popen(
        [sys.executable, "-m", "builder.cli", "parse", str(long_report)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    reader.stdout.read(10)  # `zhaoshang parse x | head -c 10`
    reader.stdout.close()
    stderr = reader.stderr.read().decode()
    assert reader.wait(timeout=60) == 141
    assert stderr == ""


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("integrity") / "dist"
    assert main(["build", str(CORPUS[0]), "--out", str(out)]) == 0
    return out


def test_explore_on_a_port_another_program_holds_says_so_before_it_starts(
    seed_build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("datasette")
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        assert main(["explore", str(seed_build), "--port", str(port)]) == 2
    assert capsys.readouterr().err.strip() == (
        f"zhaoshang: cannot serve on 127.0.0.1:{port} (Address already in use): give another --port"
    )
    assert not (seed_build / "zhaoshang.db").exists()  # stopped before the SQLite edition was made


def _tampered(build: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copy"
    shutil.copytree(build, copy)
    return copy


def test_validate_detects_a_flipped_byte(seed_build: Path, tmp_path: Path) -> None:
    copy = _tampered(seed_build, tmp_path)
    path = table_files(copy, "articles")[0]
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0x01
    path.write_bytes(bytes(data))
    assert any("checksum" in p for p in validate(copy))


def test_validate_detects_a_missing_file(seed_build: Path, tmp_path: Path) -> None:
    copy = _tampered(seed_build, tmp_path)
    table_files(copy, "speakers")[0].unlink()
    assert any("speakers" in p for p in validate(copy))


def test_validate_detects_a_truncated_parquet_without_crashing(seed_build: Path, tmp_path: Path) -> None:
    copy = _tampered(seed_build, tmp_path)
    path = table_files(copy, "targets")[0]
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    problems = validate(copy)
    assert any("targets" in p for p in problems)
    run = _cli("validate", str(copy))
    assert run.returncode == 1 and "Traceback" not in run.stderr


def _many_captures(folder: Path, copies: int) -> None:
    """The shipped captures, each copy made unique, so a build takes long enough to be killed midway."""
    folder.mkdir()
    texts = [path.read_text(encoding="utf-8") for root in CORPUS for path in sorted(root.glob("*.txt"))]
    for copy in range(copies):
        for index, text in enumerate(texts):
            (folder / f"c{copy:03d}_{index:03d}.txt").write_text(f"{text}\n(第{copy}份)", encoding="utf-8")


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_build_killed_at_any_moment_leaves_the_previous_output_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    assert main(["build", str(CORPUS[0]), "--out", str(out)]) == 0
    previous = _snapshot(out)
    _many_captures(tmp_path / "many", copies=5)
    command = [sys.executable, "-m", "builder.cli", "build", str(tmp_path / "many"), "--out", str(out)]
    started = time.perf_counter()
    assert subprocess.run(command, capture_output=True, timeout=300).returncode == 0
    duration = time.perf_counter() - started
    complete = _snapshot(out)
    shutil.rmtree(out)
    assert main(["build", str(CORPUS[0]), "--out", str(out)]) == 0
    assert _snapshot(out) == previous
    moments = random.Random(11)
    interrupted = 0
    left_behind = False
    for attempt in range(8):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(moments.uniform(0.2, 1.05) * duration)
        workers = children(process.pid)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        assert all_gone(workers, within=5), f"attempt {attempt}: workers outlived the killed build"
        now = _snapshot(out)
        assert now in (previous, complete), f"attempt {attempt}: the output is neither the old nor the new build"
        interrupted += now == previous
        left_behind |= any(p.name.startswith(".dist.building-") for p in tmp_path.iterdir())
        if now == complete:  # the build finished before the kill; start over from the old one
            shutil.rmtree(out)
            assert main(["build", str(CORPUS[0]), "--out", str(out)]) == 0
    assert interrupted >= 3  # most kills landed mid-build
    assert left_behind  # killed builds leave their staging folders ...
    assert main(["build", str(CORPUS[0]), "--out", str(out)]) == 0
    assert not [
        p.name for p in tmp_path.iterdir() if p.name.startswith(".dist.building-")
    ]  # ... the next build clears them


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
def test_the_workers_of_a_build_killed_with_sigkill_end_within_seconds(tmp_path: Path) -> None:
    _many_captures(tmp_path / "many", copies=5)
    command = [sys.executable, "-m", "builder.cli", "build", str(tmp_path / "many"), "--out", str(tmp_path / "out")]
    process = subprocess.Popen([*command, "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while len(workers) < 2 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        workers = children(process.pid)
    assert len(workers) == 2, "the build did not start its two workers"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert all_gone(workers, within=5), [pid for pid in workers if running(pid)]


def test_identical_captures_and_odd_file_names_do_not_stop_a_build(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(SIMPLIFIED, encoding="utf-8")
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(OTHERS["w013"], encoding="utf-8")
    out = tmp_path / "dist"
    assert main(["build", str(folder), "--out", str(out)]) == 0
    _, quarantine, articles = _outcomes(out)
    assert quarantine == {"in/b.txt": "duplicate"}
    assert articles == {"in/a.txt", "in/caf\\xe9.txt"}


_WRITER_FAILS = """
import errno, os, sys
from builder.publish import writer
from builder.cli import main

class FullDisk(writer.DatasetWriter):
    def __init__(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

writer.DatasetWriter = FullDisk
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_writer_that_cannot_open_leaves_nothing_behind(tmp_path: Path, workers: str) -> None:
    """The writer opens after the workers have started and the cache has opened: both are undone."""
    command = [sys.executable, "-c", _WRITER_FAILS, "build", str(CORPUS[0]), "--out", str(tmp_path / "o")]
    run = subprocess.run([*command, "--workers", workers], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert run.returncode == 2
    assert run.stderr == f"zhaoshang: cannot write to {tmp_path}: No space left on device\n"
    assert list(tmp_path.iterdir()) == []  # no staging folder, no cache folder or file


_DISK_FILLS_MID_BUILD = """
import errno, os, sys
import pyarrow.parquet as pq
from builder.publish import shards
from builder.run import engine
from builder.cli import main

engine.SHARD_INPUTS = 16
add = shards.ShardWriter.add

full = False
close = pq.ParquetWriter.close

def fills_the_disk(self, rows):  # in the worker writing the third shard, at its tenth article
    global full
    if "shard-00000002" in str(self.tables["articles"].path) and len(self.tables["articles"].pending) == 10:
        full = True
        raise OSError(errno.ENOSPC, "No space left on device")
    add(self, rows)

def footer_fails(self):  # once the disk is full, in that worker
    if not full:
        return close(self)
    self.is_open = False
    raise OSError(errno.ENOSPC, "No space left on device (footer)")

shards.ShardWriter.add = fills_the_disk
pq.ParquetWriter.close = footer_fails
sys.exit(main(sys.argv[1:]))
"""


def test_a_disk_that_fills_mid_build_leaves_nothing_behind_and_reports_the_first_error(tmp_path: Path) -> None:
    command = [sys.executable, "-c", _DISK_FILLS_MID_BUILD, "build", str(CORPUS[1]), "--out", str(tmp_path / "o")]
    run = subprocess.run([*command, "--workers", "2"], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert run.returncode == 1
    assert run.stderr.startswith("zhaoshang: unexpected error: [Errno 28] No space left on device (run"), run.stderr
    assert list(tmp_path.iterdir()) == []  # no staging folder, no cache folder or file


def test_an_output_folder_overlapping_an_input_is_refused(tmp_path: Path) -> None:
    run = _cli("build", str(CORPUS[0]), "--out", str(CORPUS[0] / "dist"))
    assert run.returncode == 2 and "overlaps an input" in run.stderr
    assert not (CORPUS[0] / "dist").exists()


_KILLED_WORKER = """
import os, signal, sys
from builder.run import engine
from builder.cli import main

write = engine.write_shard

def dies_on_w013(shard, *rest):
    if any(item.name.endswith("w013.txt") for item in shard.items):
        os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's OOM killer would
    return write(shard, *rest)

engine.write_shard = dies_on_w013
sys.exit(main(sys.argv[1:]))
"""


def test_a_worker_killed_mid_build_stops_the_build_instead_of_hanging_it(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    command = [sys.executable, "-c", _KILLED_WORKER, "build", str(ROOT / "corpus" / "wild"), "--out", str(out)]
    run = subprocess.run([*command, "--workers", "2", "--no-cache"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert run.stderr.startswith("zhaoshang: unexpected error: A process in the process pool was terminated")
    assert not out.exists() and not list(tmp_path.glob(".dist.building-*"))
