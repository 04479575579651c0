"""A capture the compiled steps raise on is parsed again by the source (builder/run/from_source.py), so that no article
is lost to a value of a type the compiled steps' annotations did not foresee."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_native import _differing, needs_a_toolchain

from builder import cli
from builder.read.capture import InputFile, ManifestEntry
from builder.run import from_source, native, pipeline
from builder.run.cache import fingerprint
from builder.run.pipeline import Outcome

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "seeds" / "001_e41f1b669d5e67a4.txt"
RAISED = "TypeError: str object expected; got None"  # as the compiled steps' entry words it


@pytest.fixture(autouse=True)
def _no_process_left() -> Iterator[None]:
    yield
    from_source.stop()


def _capture(path: Path = SEED) -> tuple[InputFile, bytes, str]:
    data = path.read_bytes()
    return InputFile(path, path.name, ManifestEntry()), data, hashlib.sha256(data).hexdigest()


def _parsed_and_failed() -> tuple[InputFile, bytes, str, Outcome, Outcome]:
    """The seed, its outcome from the compiled steps, and the entry they would give had a step raised on it."""
    assert native.fresh_files(), "nothing compiled: `make` (python -m builder.run.compile_native)"
    item, data, sha256 = _capture()
    failed = pipeline._quarantine(item.name, sha256, f"parser_error: {RAISED}")
    return item, data, sha256, pipeline.parse_bytes(item, data, sha256), failed


def _raise_as_a_compiled_step_would(monkeypatch: pytest.MonkeyPatch, on: str | None = None) -> None:
    """Parsing (of the capture named `on`, or of every one) raises the TypeError a compiled step raises for a value of
    another type than its annotation; the source's process, started anew, parses as usual."""
    parse_capture = pipeline.parse_capture

    def raising(capture):
        if on is None or capture.file.endswith(on):
            raise TypeError("str object expected; got None")
        return parse_capture(capture)

    monkeypatch.setattr(pipeline, "parse_capture", raising)


@needs_a_toolchain
def test_a_capture_the_compiled_steps_raise_on_is_the_sources_article(monkeypatch: pytest.MonkeyPatch) -> None:
    assert native.fresh_files(), "nothing compiled: `make` (python -m builder.run.compile_native)"
    item, data, sha256 = _capture()
    parsed = pipeline.parse_bytes(item, data, sha256)
    assert native.in_use() and parsed.article is not None
    _raise_as_a_compiled_step_would(monkeypatch)
    failed = pipeline.parse_bytes(item, data, sha256)
    assert failed.quarantine is not None and failed.quarantine.reason == "parser_error"
    assert failed.quarantine.detail == "TypeError: str object expected; got None"

    assert from_source.again_from_source(failed, item, data, sha256, 60.0) == (parsed, False, RAISED)
    # The same process answers the next one.
    started = from_source._asked
    assert from_source.again_from_source(failed, item, data, sha256, 60.0) == (parsed, False, RAISED)
    assert from_source._asked is started


@needs_a_toolchain
def test_a_build_keeps_every_article_the_compiled_steps_raise_on_and_names_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = str(ROOT / "corpus" / "seeds")

    def build(out: str) -> str:
        assert cli.main(["build", inputs, "--out", str(tmp_path / out), "--no-cache", "--workers", "2"]) == 0
        return (tmp_path / out / "quarantine.jsonl").read_text(encoding="utf-8")

    build("as_usual")
    _raise_as_a_compiled_step_would(monkeypatch, on=SEED.name)  # the forked workers inherit it
    with monkeypatch.context() as nothing_compiled:  # no source to ask: the compiled steps' entry is the outcome
        nothing_compiled.setattr(native, "in_use", lambda: [])
        assert f'"file": "seeds/{SEED.name}", "reason": "parser_error"' in build("not_asked")
    capsys.readouterr()
    assert '"parser_error"' not in build("asked")
    assert _differing(tmp_path / "as_usual", tmp_path / "asked") == []
    assert capsys.readouterr().err.splitlines()[-1] == (
        "zhaoshang: the parser's compiled steps raised on 1 capture(s), parsed again from the Python source "
        f"(seeds/{SEED.name}: {RAISED}); please report it with the capture"
    )


def test_an_outcome_is_left_as_it_is_where_the_steps_did_not_fail_or_the_source_ran(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    item, data, sha256 = _capture()
    quarantined = pipeline._quarantine(item.name, sha256, "off_topic: no word of investment promotion")
    assert from_source.again_from_source(quarantined, item, data, sha256, 60.0)[0] is quarantined
    monkeypatch.setattr(native, "in_use", lambda: [])
    failed = pipeline._quarantine(item.name, sha256, "parser_error: TypeError: str object expected; got None")
    assert from_source.again_from_source(failed, item, data, sha256, 60.0)[0] is failed
    assert from_source._asked is None  # no process was started


@needs_a_toolchain
def test_a_capture_the_source_gives_no_outcome_for_in_time_is_a_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    item, data, sha256, _, failed = _parsed_and_failed()  # the compiled steps imported
    long = data * 200  # about 2 MB: its parsing takes far more than a hundredth of a second of processor time
    long_sha = hashlib.sha256(long).hexdigest()
    outcome, timed_out, raised = from_source.again_from_source(failed, item, long, long_sha, 0.01)
    assert timed_out and raised is None and outcome.quarantine is not None and outcome.quarantine.reason == "timeout"
    assert outcome.quarantine.detail == (
        "the compiled steps raised (TypeError: str object expected; got None) and parsing it from the Python source "
        "took over 0.01 s of processor time (--max-seconds); the build went on without it"
    )
    answered = from_source._asked
    assert answered is not None  # it answered: kept for the next capture
    monkeypatch.setattr(from_source, "_waited", lambda seconds: 0.0)  # no time at all to answer
    outcome, timed_out, raised = from_source.again_from_source(failed, item, data, sha256, 60.0)
    assert timed_out and outcome.quarantine is not None and outcome.quarantine.reason == "timeout"
    assert "gave no answer (TimeoutError" in (outcome.quarantine.detail or "")
    assert from_source._asked is None and answered.poll() is not None  # ended: a late answer is never read


@needs_a_toolchain
def test_an_answer_for_another_capture_is_not_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    item, data, sha256, parsed, failed = _parsed_and_failed()
    monkeypatch.setattr(from_source, "_receive", lambda stream, deadline: ("0" * 64, parsed))
    outcome, timed_out, raised = from_source.again_from_source(failed, item, data, sha256, 60.0)
    assert timed_out and raised is None and outcome.quarantine is not None
    assert outcome.quarantine.detail == (
        "the compiled steps raised (TypeError: str object expected; got None) and parsing it from the Python source "
        "answered for another capture; the build went on without it"
    )
    assert from_source._asked is None


@needs_a_toolchain
def test_a_source_process_that_died_is_started_again() -> None:
    item, data, sha256, parsed, failed = _parsed_and_failed()
    assert from_source.again_from_source(failed, item, data, sha256, 60.0) == (parsed, False, RAISED)
    died = from_source._asked
    assert died is not None
    died.kill()
    died.wait()
    assert from_source.again_from_source(failed, item, data, sha256, 60.0) == (parsed, False, RAISED)
    assert from_source._asked is not died


@pytest.mark.skipif(not Path("/proc/self/maps").is_file(), reason="no /proc to read a process's mapped files")
@needs_a_toolchain
def test_the_source_process_runs_the_source_of_this_checkout() -> None:
    item, data, sha256, parsed, failed = _parsed_and_failed()
    assert from_source.again_from_source(failed, item, data, sha256, 60.0) == (parsed, False, RAISED)
    assert from_source._asked is not None
    mapped = Path(f"/proc/{from_source._asked.pid}/maps").read_text(encoding="utf-8")
    this_process = Path("/proc/self/maps").read_text(encoding="utf-8")
    assert str(native.FOLDER) in this_process and str(native.FOLDER) not in mapped  # no compiled module loaded
    command = Path(f"/proc/{from_source._asked.pid}/cmdline").read_bytes().decode()
    assert f"sys.path.insert(0, {str(ROOT)!r})" in command  # this checkout's `builder`, first on its path


@needs_a_toolchain
def test_a_source_process_whose_builder_differs_from_the_builds_is_not_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(from_source, "_differs_from", set())
    item, data, sha256, parsed, failed = _parsed_and_failed()
    # The build's fingerprint, taken as it started, and the builder's files as they are now: the same.
    assert from_source.again_from_source(failed, item, data, sha256, 60.0, fingerprint()) == (parsed, False, RAISED)
    from_source.stop()
    # A build that started before the files changed: its outcomes are cached under its own fingerprint.
    outcome, timed_out, raised = from_source.again_from_source(failed, item, data, sha256, 60.0, "0" * 64)
    assert timed_out and raised is None and outcome.quarantine is not None
    assert outcome.quarantine.detail == (
        "the compiled steps raised (TypeError: str object expected; got None) and parsing it from the Python source "
        "found the builder's files changed since the build started; the build went on without it"
    )
    assert from_source._asked is None
    started = from_source._start
    monkeypatch.setattr(from_source, "_start", lambda: pytest.fail("started again for a build it differs from"))
    assert from_source.again_from_source(failed, item, data, sha256, 60.0, "0" * 64)[1]
    monkeypatch.setattr(from_source, "_start", started)


@needs_a_toolchain
def test_a_capture_the_source_raises_on_too_keeps_the_sources_entry_and_is_not_named() -> None:
    assert native.fresh_files(), "nothing compiled: `make` (python -m builder.run.compile_native)"
    path = SEED
    item, data = InputFile(path, path.name, None), path.read_bytes()  # no manifest entry: a bug of both
    sha256 = hashlib.sha256(data).hexdigest()
    failed = pipeline.parse_bytes(item, data, sha256)
    assert failed.quarantine is not None and failed.quarantine.reason == "parser_error"
    assert from_source.again_from_source(failed, item, data, sha256, 60.0) == (failed, False, None)
    assert from_source._asked is not None  # it answered: kept
