"""Where a build's memory goes: `python benchmarks/phases.py N [M ...] [--options '...']` (e.g. `500 50000`).

For each size, makes that many captures as `bench.py` does and builds them, by default with 2 workers and
every article written (`--keep-duplicates`, as the bench's `--large` build), in a fresh process that marks
the build's phases. At each mark the process reads its peak RSS since the last mark (`VmHWM`) and resets it
(`/proc/self/clear_refs`), so each phase of the building process gets its own peak; a phase run in a
forked process (the workers' shards, the card's answers, the spreadsheets' parts) reports that process's
peak over the phase, inherited pages included, as the bench's `ru_maxrss` counts them. Prints, for each
phase, the peak at each size and its ratio to the first size's. Linux only.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import make_corpus
from timeline import wrap_everywhere

# The building process's phases, in order: each is marked where the named function starts, and the phase
# before it ends there. (module, attribute, phase name); a method is "Class.method".
PHASES = (
    ("builder.cli", "_write_all", "shards: discovery, workers' results, ledger, signatures"),
    ("builder.publish.writer", "DatasetWriter.set_aside", "near-duplicates decided"),
    ("builder.cli", "drop_in_shards", "drop-copy"),
    ("builder.publish.writer", "DatasetWriter._merge_people", "person ids merged"),
    ("builder.publish.writer", "publish_names", "files named, digests"),
    ("builder.publish.writer", "questions_markdown", "card answers; with 1 worker, the shards' tables' exports"),
    ("builder.publish.writer", "DatasetWriter._write_people", "people"),
    ("builder.publish.writer", "row_count", "counts, report, deadlines"),
    ("builder.publish.writer", "croissant_json", "schema, chart, croissant, loader"),
    ("builder.publish.derived", "Exports.finish", "exports waited for and joined"),
    ("builder.publish.writer", "render_card", "card"),
    ("builder.publish.writer", "checksums_text", "checksums, swap"),
    ("builder.cli", "_print_summary", "cache commit, end"),
)
# Functions run in forked processes, each reported as that process's peak over the call.
FORKED = (
    ("builder.run.engine", "write_shard", "worker: shards"),
    ("builder.publish.writer", "questions_markdown", "card answers"),
    ("builder.publish.derived", "_write_part", "exports"),
    ("builder.publish.shards", "set_person_ids", "person ids merged"),
    ("builder.publish.shards", "drop_rows", "drop-copy"),
)
_HWM = re.compile(r"VmHWM:\s+(\d+) kB")


def peak_kib() -> int:
    """This process's peak RSS since the last reset, in KiB."""
    match = _HWM.search(Path("/proc/self/status").read_text())
    assert match is not None
    return int(match.group(1))


def reset_peak() -> None:
    Path("/proc/self/clear_refs").write_text("5")


class Marks:
    """The building process's phases as they pass, with each one's peak; forked calls' peaks beside them."""

    def __init__(self, log: Path) -> None:
        self.log = log
        self.main = os.getpid()
        self.phase = "start, imports, first shard"

    def write(self, record: dict[str, Any]) -> None:
        with self.log.open("a", encoding="utf-8") as handle:  # appends of one short line: whole lines
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")

    def mark(self, phase: str) -> None:
        if os.getpid() != self.main or phase == self.phase:
            return
        self.write({"process": "building", "phase": self.phase, "peak_kib": peak_kib()})
        reset_peak()
        self.phase = phase

    def forked(self, phase: str, call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if os.getpid() == self.main:  # one process: the building process's phase covers it
            return call(*args, **kwargs)
        reset_peak()
        try:
            return call(*args, **kwargs)
        finally:
            self.write({"process": "forked", "phase": phase, "peak_kib": peak_kib()})


def instrument(marks: Marks) -> None:
    """The engine's and the command's functions wrapped now; the writer's when the build first opens it, as it
    imports them only then (after the workers start, which must not inherit them)."""
    import builder.cli

    _instrument(marks, ("builder.cli", "builder.run.engine"))
    open_writer = builder.cli._open_writer

    def opened(*args: Any, **kwargs: Any) -> Any:
        writer = open_writer(*args, **kwargs)
        _instrument(marks, ("builder.publish.writer", "builder.publish.derived", "builder.publish.shards"))
        return writer

    builder.cli._open_writer = opened


def _instrument(marks: Marks, modules: tuple[str, ...]) -> None:
    for module, attribute, phase in FORKED:
        if module not in modules:
            continue

        def in_fork(call: Callable[..., Any], phase: str = phase) -> Callable[..., Any]:
            @functools.wraps(call)  # pickled by name, as the pool sends it: the wrapper is what the name holds
            def run(*args: Any, **kwargs: Any) -> Any:
                return marks.forked(phase, call, *args, **kwargs)

            return run

        wrap_everywhere(module, attribute, in_fork)
    for module, attribute, phase in PHASES:
        if module not in modules:
            continue

        def marked(call: Callable[..., Any], phase: str = phase) -> Callable[..., Any]:
            @functools.wraps(call)
            def run(*args: Any, **kwargs: Any) -> Any:
                marks.mark(phase)
                return call(*args, **kwargs)

            return run

        wrap_everywhere(module, attribute, marked)


def inner(folder: Path, out: Path, log: Path, options: list[str]) -> int:
    """One build in this process with the build `options`, its phases marked into `log`."""
    marks = Marks(log)
    reset_peak()
    instrument(marks)
    from builder.cli import main

    code = main(["build", str(folder), "--out", str(out), *options])
    marks.mark("done")
    return code


def measure(size: int, scratch: Path, options: str) -> dict[tuple[str, str], int]:
    """The peak of each (process, phase) of a build of `size` captures with `options`, in KiB."""
    folder, out, log = scratch / f"in{size}", scratch / f"out{size}", scratch / f"phases{size}.jsonl"
    make_corpus(folder, size)
    command = [sys.executable, __file__, "--inner", str(folder), str(out), str(log), *options.split()]
    subprocess.run(command, check=True, env={**os.environ, "TQDM_DISABLE": "1"}, stdout=subprocess.DEVNULL)
    peaks: dict[tuple[str, str], int] = {}
    for line in log.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        key = (record["process"], record["phase"])
        peaks[key] = max(peaks.get(key, 0), record["peak_kib"])
    return peaks


def main() -> int:
    if sys.argv[1:2] == ["--inner"]:
        return inner(*map(Path, sys.argv[2:5]), sys.argv[5:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="+", type=int, help="captures in each build, the first the baseline")
    parser.add_argument("--options", default="--workers 2 --keep-duplicates", help="the builds' options")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="zhaoshang-phases-") as scratch:
        results = [measure(size, Path(scratch), args.options) for size in args.sizes]
    keys = list(dict.fromkeys(key for result in results for key in result))
    header = " | ".join(f"{size} captures" for size in args.sizes)
    print(f"| process | phase | {header} | {' | '.join(f'{s} / {args.sizes[0]}' for s in args.sizes[1:])} |")
    print("|---|---|" + "---|" * (2 * len(args.sizes) - 1))
    for key in keys:
        values = [result.get(key, 0) for result in results]
        cells = " | ".join(f"{value / 1024:.0f} MiB" for value in values)
        ratios = " | ".join(f"{value / values[0]:.2f}" if values[0] else "" for value in values[1:])
        print(f"| {key[0]} | {key[1]} | {cells} | {ratios} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
