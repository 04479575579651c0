"""Throughput and memory of a build: `python benchmarks/bench.py [N]` (`make bench`).

Makes N captures from the shipped ones (each made unique, so none is set aside as a duplicate of
another), then measures in one run, on this machine:
- OpenCC t2s alone over the same text, in this process: the stage every record must pass, so the
  practical ceiling, and the baseline the build's figures are given against;
- OpenCC t2s in 2 processes against 1 (half the text each): what this machine itself gives a second
  busy process, the ceiling of a 2-worker build's gain; and the same for the parser (`parser_gain`: 400 of the
  captures parsed, nothing written), the second core's gain on the build's own work;
- a whole clean build (`zhaoshang build`) with 1 and with 2 workers, taking turns, the fastest of three each:
  MB/s, articles/s, and the ratio of its MB/s to OpenCC's, and the processor time of all of each build's processes:
  half the 2-worker build's is the time it would take with both cores busy throughout, so the gain it allows, and
  twice its time on the clock less its processor time is the core-seconds it left one core idle; then a rebuild
  with nothing changed (the incremental cache) with 2 and with 1 worker. The 1-worker rebuild, which parses and writes
  nothing, is the serial part of a build: the work no number of cores shares (starting, finding and
  stat'ing the inputs, the writing process's bookkeeping, the card, the checksums). Its share of a
  cold 1-worker build is the serial fraction f, and Amdahl's law gives the speedup n cores can reach,
  1 / (f + (1 - f) / n), printed for 8 and 16. Then the default build that sets near-duplicates
  aside, and, where Ray is installed (or with `--ray`), the Ray engine on this machine against the local one;
- a clean 1-worker build of one capture: the fixed cost of a build (start, the parsing process's imports and
  data files, its first row group, the derived outputs, publishing), which every worker pays at once and so
  no number of workers shares; from it and the machine's own 2-process gain, the 2-worker gain a build of N
  can reach here;
- the peak RSS of a build's processes with N and with 4N captures, with and without near-duplicates set aside: of
  the largest, of the building process and of the largest of its workers, each against its own at N;
- the 2-worker gain at 4N (the 1- and 2-worker builds again taking turns, the fastest of three each),
  where the fixed cost of starting and ending weighs a quarter as much, and on the 3N captures that
  4N adds, where it cancels out: the gain without that fixed cost; and on those 3N captures, the processor
  time a capture costs the building process against its workers (`workers_kept_up_with`): the count of workers
  it keeps up with, beyond which it, not the workers, sets a build's pace; and the 1-worker rebuild that parses nothing
  at 4N less the one at N, against the cold 1-worker build at 4N less the one at N: the serial fraction of those 3N
  captures, without the fixed start and end, which the fraction at N counts in full (`serial_on_added`).
- with `--large M` (100N is what the issue asks: 200000), one 2-worker build of M captures: its rate and the
  peak RSS of its processes against the 2-worker build of N, as at 4N.
- the HTML path's cost a page beside the text path's (`html_cost`): the labelled captures as plain text
  and wrapped in every page layout of tests/layouts, parsed in this process; lexbor's reading of a page
  beside the standard library's HTMLParser that builder 0.4 used.
Machines here are noisy: compare the ratios, not the absolute figures.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import multiprocessing
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple, TypeVar

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted(p for folder in ("seeds", "wild") for p in (ROOT / "corpus" / folder).glob("*.txt"))
# The peaks, and the building process's own processor time, are printed by an exit handler: the command ends its
# process itself (`cli.command`).
_PEAK = (
    "import atexit, resource, runpy, sys; sys.argv = ['zhaoshang', *sys.argv[1:]];\n"
    "atexit.register(lambda: print('peak_rss_kib', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,\n"
    "    resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr))\n"
    "atexit.register(lambda: print('building_processor', sum(resource.getrusage(resource.RUSAGE_SELF)[:2]),\n"
    "    file=sys.stderr))\n"
    "runpy.run_module('builder.cli', run_name='__main__')"
)


def make_corpus(folder: Path, count: int) -> int:
    """`count` captures cycling through the shipped ones, each with a line of its own; their total bytes."""
    folder.mkdir(parents=True)
    texts = [path.read_text(encoding="utf-8") for path in SHIPPED]
    total = 0
    for index in range(count):
        data = f"{texts[index % len(texts)]}\n(编号{index:07d} 第{index // len(texts)}份副本)".encode()
        (folder / f"c{index:07d}.txt").write_bytes(data)
        total += len(data)
    return total


# The corpus's texts for OpenCC in forked processes, which inherit them instead of being sent them:
# all of them, then two halves of equal size.
_SHARES: list[list[str]] = []
# Passes over the corpus a timing of OpenCC in 1 or 2 processes makes: one takes only a few hundredths of a second.
_PASSES = 10


def _convert_share(share: int) -> None:
    """OpenCC t2s over `_SHARES[share]`, _PASSES times."""
    from opencc import OpenCC

    converter = OpenCC("t2s")
    for _ in range(_PASSES):
        for text in _SHARES[share]:
            converter.convert(text)


Text = TypeVar("Text", str, bytes)


def _halves(texts: list[Text]) -> tuple[list[Text], list[Text]]:
    """Two shares of nearly equal size (each text to the lighter one), so neither process waits for the other."""
    halves: tuple[list[Text], list[Text]] = ([], [])
    sizes = [0, 0]
    for text in texts:
        lighter = sizes.index(min(sizes))
        halves[lighter].append(text)
        sizes[lighter] += len(text)
    return halves


def opencc_baselines(folder: Path) -> tuple[float, float]:
    """OpenCC t2s over the corpus: its MB/s in this process, and how much faster 2 processes (half each) are.

    The first is the stage every record must pass, so the practical ceiling, and the baseline the
    build's figures are given against. The processes of the second share nothing, so it is what this
    machine itself gives two busy processes (its cores' shared cache, the hypervisor): the ceiling of a
    2-worker build's gain, measured in the same run.
    """
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.iterdir())]
    _SHARES[:] = [texts, *_halves(texts)]
    one, two = _alone_and_in_two(_convert_share)
    _SHARES.clear()
    size = sum(len(text.encode()) for text in texts)
    return size * _PASSES / one / 1e6, one / two


def _alone_and_in_two(work: Callable[[int], None]) -> tuple[float, float]:
    """Seconds of `work(0)` (the whole) in this process, and of `work(1)` and `work(2)` (its halves) in two forked
    processes at once: taking turns, the fastest of five each, after a first round that starts the processes and
    loads what the work needs in all three."""
    one = two = float("inf")
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(work, [1, 2])
        work(0)
        for _ in range(5):
            started = time.perf_counter()
            work(0)
            one = min(one, time.perf_counter() - started)
            started = time.perf_counter()
            pool.map(work, [1, 2])
            two = min(two, time.perf_counter() - started)
    return one, two


# The captures a process parses in the parser's own 2-process gain (`parser_gain`): a few tenths of a second.
_PARSED = 400
_CAPTURES: list[list[bytes]] = []


def _parse_share(share: int) -> None:
    """The parser over `_CAPTURES[share]`, each capture as a build reads it, nothing written."""
    from builder.read.capture import InputFile, ManifestEntry
    from builder.run.pipeline import parse_bytes

    item = InputFile(Path("bench.txt"), "bench.txt", ManifestEntry())
    for data in _CAPTURES[share]:
        parse_bytes(item, data)


def parser_gain(folder: Path) -> float:
    """How much faster 2 processes parse `_PARSED` of the captures (half each) than 1: what this machine gives a
    second core on the parser's own work. The processes share nothing (no writing, no building process, no shard
    to wait for), so against it a 2-worker build's gain shows what the build itself leaves on the table, where
    OpenCC's shows what the machine does with a loop of C."""
    captures = [path.read_bytes() for path in sorted(folder.iterdir())[:_PARSED]]
    _CAPTURES[:] = [captures, *_halves(captures)]
    one, two = _alone_and_in_two(_parse_share)
    _CAPTURES.clear()
    return one / two


class Built(NamedTuple):
    """One build: seconds on the clock, articles, the peak RSS (KiB) of the building process and of the largest of
    the processes it started (its workers), and the processor seconds (user and system) of all its processes and of
    the building process alone."""

    seconds: float
    articles: int
    building_peak: int
    workers_peak: int
    processor: float
    building_processor: float

    @property
    def peak(self) -> int:
        """The peak RSS of its largest process."""
        return max(self.building_peak, self.workers_peak)


# What `fastest` compares: a build, or the seconds a run took; the least is the fastest (a `Built` by its seconds).
Timed = TypeVar("Timed", Built, float)


def peak_ratios(large: Built, small: Built) -> str:
    """Item 4 reads "any process": each kind of process's peak against its own in the smaller build."""
    return (
        f"{large.peak / small.peak:.2f} x the largest process ({large.peak / 1024:.0f} MiB); building process "
        f"{large.building_peak / small.building_peak:.2f} x, its workers "
        f"{large.workers_peak / small.workers_peak:.2f} x ({large.workers_peak / 1024:.0f} MiB)"
    )


def build(folder: Path, out: Path, *options: str, warm: bool = False, code: Path | None = None) -> Built:
    """One build in a fresh process; a clean one (no earlier output, no cache) unless `warm`. `code`: the checkout
    whose builder runs (`_elsewhere`), this one's or another's; without it, the installed one."""
    if not warm:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(out.parent / f".{out.name}.cache", ignore_errors=True)
    command = [sys.executable, "-c", _PEAK if code is None else _elsewhere(code) + _PEAK]
    command += ["build", str(folder), "--out", str(out), *options]
    used = _children_processor()
    started = time.perf_counter()
    run = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "TQDM_DISABLE": "1"})
    seconds = time.perf_counter() - started
    used = _children_processor() - used
    if run.returncode != 0 or not (out / "build_report.json").is_file():
        raise SystemExit(f"build failed: {run.stderr[-2000:]}")
    building, workers = map(int, _exit_line(run.stderr, "peak_rss_kib"))
    (own,) = map(float, _exit_line(run.stderr, "building_processor"))
    articles = json.loads((out / "build_report.json").read_text(encoding="utf-8"))["counts"]["articles"]
    return Built(seconds, articles, building, workers, used, own)


def _exit_line(stderr: str, name: str) -> list[str]:
    """The figures of the line `_PEAK`'s exit handler printed under `name`."""
    found = next((line.split()[1:] for line in stderr.splitlines() if line.startswith(f"{name} ")), None)
    if found is None:
        raise SystemExit(f"the build printed no {name} line at its exit: {stderr[-2000:]}")
    return found


def _children_processor() -> float:
    """Processor seconds of this process's ended children and of the children they waited for: a build's workers."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _elsewhere(code: Path) -> str:
    """Python that makes `import builder` find the checkout at `code`, whatever the folder the build runs in and
    wherever the editable install points: first on the path, and the editable install's finder taken out."""
    return (
        "import sys\n"
        "sys.meta_path[:] = [f for f in sys.meta_path if '__editable__' not in getattr(f, '__module__', '')]\n"
        f"sys.path.insert(0, {str(code.resolve())!r})\n"
    )


def compiled_steps(code: Path) -> str:
    """Whether the builder at `code` parses with its steps compiled to C (builder/run/native.py), as its builds do:
    the figures depend on it."""
    script = _elsewhere(code) + (
        "import builder.run.pipeline\n"
        "try:\n    from builder.run import native\nexcept ImportError:\n    print(0, 0)\n"
        "else:\n    print(len(native.in_use()), len(native.MODULES))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    used, compiled = map(int, run.stdout.split())
    if not compiled:
        return "from their Python source (a builder before compiled steps)"
    if not used:
        return f"from their Python source (none of {compiled} modules compiled: `make`, or ZHAOSHANG_PURE_PYTHON set)"
    return f"compiled to C, {used} of {compiled} modules (builder/run/native.py)"


def compare(base: Path, size: int, against: Path, repeat: int) -> None:
    """Clean builds of N with 1 and 2 workers by this checkout and by the one at `against`, all four taking turns
    (the fastest of `repeat` each), so that a slow spell of a shared machine falls on all of them: each one's
    2-worker gain, and this one's time against the other's."""
    keep = ("--keep-duplicates",)
    runs = {
        (name, workers): functools.partial(
            build, base / "n", base / f"out-{name}-{workers}", "--workers", str(workers), *keep, code=code
        )
        # This checkout's builds started as the other's are (`_elsewhere`): the builder beside this script, wherever
        # the command runs.
        for name, code in (("this", ROOT), ("against", against))
        for workers in (1, 2)
    }
    for code, label in ((against, f"{against}"), (ROOT, "this checkout")):
        print(f"{label}: the parser's steps {compiled_steps(code)}")
    times = dict(zip(runs, (run.seconds for run in fastest(repeat, *runs.values())), strict=True))
    for name, label in (("against", f"{against}"), ("this", "this checkout")):
        one, two = times[name, 1], times[name, 2]
        print(f"{label}: 1 worker {one:.2f} s, 2 workers {two:.2f} s: 2 workers / 1 worker {one / two:.2f} x")
    for workers in (1, 2):
        ratio = times["this", workers] / times["against", workers]
        print(f"this checkout / {against}, {workers} worker{'s' * (workers > 1)}: {ratio:.3f} x the time")
    print(f"(fastest of {repeat} runs each of {size} captures, all four taking turns)")


def fastest(times: int, *runs: Callable[[], Timed]) -> list[Timed]:
    """For each of `runs`, the fastest of `times` runs (a `Built`, or the seconds a run took).

    A single run moves by 10 to 20% on these VMs, so a ratio of two single runs can be off by a third.
    The runs take turns (one of each, then again), so a slow spell of the machine falls on all of them
    rather than on the ones that happened to be running; every other round in the reverse order, so that no run
    is always the first (an A/A comparison of one checkout with itself, the same run first in every round, had given
    it 0.951 to 0.985 x the other's time in four of four).
    """
    results: list[list[Timed]] = [[] for _ in runs]
    for turn in range(times):
        order = range(len(runs)) if turn % 2 == 0 else reversed(range(len(runs)))
        for index in order:
            results[index].append(runs[index]())
    return [min(found) for found in results]


def idle_core(one: Built, two: Built) -> str:
    """What the processor time of the 1- and 2-worker builds says of the gain: with both cores busy from start to end,
    the 2-worker build would take half its processor time; the core-seconds it left idle are the moments one core
    waited (Python's start, the imports and warm-up before the workers fork, the end after the last shard)."""
    busy = two.processor / 2
    idle = 2 * two.seconds - two.processor
    return (
        f"processor time: 1 worker {one.processor:.2f} s, 2 workers {two.processor:.2f} s "
        f"({two.processor / one.processor:.2f} x); "
        f"with both cores busy throughout, 2 workers would take {busy:.2f} s, {one.seconds / busy:.2f} x one; "
        f"they left {idle:.2f} core-seconds idle"
    )


def workers_kept_up_with(small: Built, large: Built, n: int) -> str:
    """How many workers the one building process keeps up with: from builds of N and 4N, the processor time a capture
    costs it (taking each shard's results in, the ledger, the next build's cache, its share of the end) against what
    it costs the workers (parsing, writing, the parts), the fixed start and end cancelling out. Beyond that count of
    workers the building process, one core, becomes the bound, whatever Amdahl's law allows. A build of N in one
    shard has its parts made at its end by the building process, not by the workers: N must fill two shards."""
    from builder.run.engine import SHARD_INPUTS

    if n <= SHARD_INPUTS:
        return f"n/a (N in one shard of {SHARD_INPUTS}: its parts are made elsewhere than at 4N)"
    added = 3 * n
    building = (large.building_processor - small.building_processor) / added
    workers = (large.processor - large.building_processor - small.processor + small.building_processor) / added
    if building <= 0 or workers <= 0:
        return "n/a (N too small: noise won)"
    return (
        f"{building * 1e6:.0f} us of the building process's processor time a capture against {workers * 1e3:.2f} ms "
        f"of its workers': it keeps up with about {workers / building:.0f} workers"
    )


def serial_on_added(rest: Built, rest4: Built, one: Built, one4: Built) -> str:
    """The serial fraction of the 3N captures 4N adds: their share of the 1-worker rebuild that parses nothing against
    their share of the cold 1-worker build. Python's start, the imports and the end, which the fraction at N counts
    in full, cancel out: where both builds grow in proportion to the captures, it is the fraction at N's definition
    that a corpus many times N approaches. Like that one, an estimate of the work no number of cores shares, from the
    rebuild: it counts the stat and the cache's look-up of each input, which a cold build's workers do, and leaves
    out what a rebuild takes from the last build (the `people` table, the card's answers), and the near-duplicates
    a default build decides in its building process (the builds here keep every copy)."""
    label = "serial fraction on the 3N captures 4N adds (the fixed start and end cancel out)"
    added_rest, added_cold = rest4.seconds - rest.seconds, one4.seconds - one.seconds
    if added_rest <= 0 or added_cold <= 0 or added_rest >= added_cold:
        return f"{label}: n/a (N too small: noise won)"
    serial = added_rest / added_cold
    return (
        f"{label}: {serial:.1%} ({added_rest:.2f} s / {added_cold:.1f} s); Amdahl's law then allows "
        f"{amdahl(serial, 8):.1f} x on 8 cores, {amdahl(serial, 16):.1f} x on 16"
    )


def ray_installed() -> bool:
    """Ray's line is measured wherever the `ray` extra is installed (as `make` installs it)."""
    return importlib.util.find_spec("ray") is not None


def amdahl(serial: float, cores: int) -> float:
    """The speedup `cores` cores allow a build whose serial fraction is `serial`."""
    return 1 / (serial + (1 - serial) / cores)


def at_least_one(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=2000, help="captures in the small corpus (default 2000)")
    parser.add_argument(
        "--ray", action="store_true", help="also build with --engine ray (done anyway where Ray is installed)"
    )
    parser.add_argument(
        "--repeat",
        type=at_least_one,
        default=3,
        help="runs of the clean 1- and 2-worker builds and the 1-worker rebuilds (at N and 4N), the fastest kept (3)",
    )
    parser.add_argument(
        "--against",
        type=Path,
        metavar="DIR",
        help="only compare: clean 1- and 2-worker builds of N by this checkout and by another one at DIR (for "
        "example `git archive main | tar -x -C DIR`), taking turns, after the machine's own 2-process gain",
    )
    parser.add_argument(
        "--large",
        type=at_least_one,
        metavar="M",
        help="last, one 2-worker build of M captures (200000 takes about 10 minutes and 4 GB of disk here): "
        "its rate and peak RSS against the 2-worker build of N",
    )
    args = parser.parse_args()
    if args.against is None:
        html_cost(args.repeat)
    with tempfile.TemporaryDirectory(prefix="zhaoshang-bench-") as scratch:
        base = Path(scratch)
        size = make_corpus(base / "n", args.n)
        if args.against is not None:
            _, gain = opencc_baselines(base / "n")
            print(f"OpenCC t2s in 2 processes / in 1 (this machine's own gain from a second core): {gain:.2f} x")
            compare(base, args.n, args.against, args.repeat)
            _, gain = opencc_baselines(base / "n")
            print(f"OpenCC t2s in 2 processes / in 1, again after the builds: {gain:.2f} x")
            return 0
        make_corpus(base / "4n", 4 * args.n)
        ceiling, gain = opencc_baselines(base / "n")
        print(f"machine: {os.cpu_count()} cores; corpus: {args.n} captures, {size / 1e6:.1f} MB")
        print(f"the parser's steps: {compiled_steps(ROOT)}")
        print(f"OpenCC t2s alone: {ceiling:.1f} MB/s ({ceiling * 1e6 * args.n / size:,.0f} captures/s)")
        print(f"OpenCC t2s in 2 processes / in 1 (this machine's own gain from a second core): {gain:.2f} x")
        print(
            f"the parser in 2 processes / in 1 ({_PARSED} captures, half each, nothing written; the second core's "
            f"gain on the parser's own work): {parser_gain(base / 'n'):.2f} x"
        )

        def report(label: str, run: Built) -> None:
            rate = size / run.seconds / 1e6
            print(
                f"{label}: {rate:.2f} MB/s, {run.articles / run.seconds:,.0f} articles/s, {rate / ceiling:.4f} x "
                f"OpenCC, {run.seconds:.1f} s, peak RSS {run.peak / 1024:.0f} MiB, processor {run.processor:.1f} s"
            )

        # Every copy kept as an article (they are near-duplicates by construction): the whole per-article path.
        keep = ("--keep-duplicates",)
        one, two = fastest(
            args.repeat,
            lambda: build(base / "n", base / "out", "--workers", "1", *keep),
            lambda: build(base / "n", base / "out", "--workers", "2", *keep),
        )
        report(f"build, 1 worker (fastest of {args.repeat}, taking turns)", one)
        report(f"build, 2 workers (fastest of {args.repeat}, taking turns)", two)
        print(f"2 workers / 1 worker: {one.seconds / two.seconds:.2f} x (this machine's own gain: {gain:.2f} x)")
        print(idle_core(one, two))
        report("rebuild with nothing changed (cache), 2 workers", build(
            base / "n", base / "out", "--workers", "2", *keep, warm=True
        ))  # fmt: skip
        # The same with 1 worker: everything but parsing (start, reading, cache, writing, end), so the
        # difference from the clean build is what parsing costs.
        (rest,) = fastest(args.repeat, lambda: build(base / "n", base / "out", "--workers", "1", *keep, warm=True))
        report(f"rebuild with nothing changed (cache), 1 worker (fastest of {args.repeat})", rest)
        # A build of one capture is nearly all fixed cost: starting, the imports and data files of the process
        # that parses (each worker loads them, at once, so they lengthen a 2-worker build as much as a 1-worker
        # one), writing its first row group, the derived outputs, publishing. Only the rest shares out.
        make_corpus(base / "one", 1)
        (single,) = fastest(args.repeat, lambda: build(base / "one", base / "out1", "--workers", "1", *keep))
        allowed = one.seconds / (single.seconds + (one.seconds - single.seconds) / gain)
        print(
            f"build of 1 capture (the fixed cost of a build): {single.seconds:.2f} s, "
            f"{single.seconds / one.seconds:.1%} of the cold 1-worker build; the 2-worker gain it leaves on this "
            f"machine at N: {allowed:.2f} x"
        )
        serial = rest.seconds / one.seconds
        print(
            f"serial fraction (1-worker rebuild that parses nothing / cold 1-worker build): {serial:.1%} "
            f"({rest.seconds:.2f} s / {one.seconds:.1f} s); Amdahl's law then allows {amdahl(serial, 8):.1f} x on 8 "
            f"cores, {amdahl(serial, 16):.1f} x on 16"
        )
        deduplicated = build(base / "n", base / "dedup", "--workers", "1")
        report("build, 1 worker, near-duplicates set aside (the default)", deduplicated)
        if args.ray or ray_installed():
            on_ray = build(base / "n", base / "out", "--engine", "ray", "--workers", "2", *keep)
            report("build, --engine ray (a Ray started here, 2 CPUs)", on_ray)
            print(f"--engine ray / local engine, 2 workers: {on_ray.seconds / two.seconds:.2f} x the time")
        one4, two4 = fastest(
            args.repeat,
            lambda: build(base / "4n", base / "out", "--workers", "1", *keep),
            lambda: build(base / "4n", base / "out", "--workers", "2", *keep),
        )
        print(f"peak RSS at 4N / at N, 1 worker: {peak_ratios(one4, one)}")
        print(f"peak RSS at 4N / at N, 2 workers: {peak_ratios(two4, two)}")
        print(
            f"2 workers / 1 worker at 4N (fastest of {args.repeat}, taking turns; start and end weigh a quarter "
            f"as much): {one4.seconds / two4.seconds:.2f} x ({one4.seconds:.1f} s, {two4.seconds:.1f} s)"
        )
        # The 3N captures that 4N adds cost what a capture costs once the build runs: the fixed part of
        # starting and ending, on one core whatever the workers, cancels out.
        added_one, added_two = one4.seconds - one.seconds, two4.seconds - two.seconds
        print(
            "2 workers / 1 worker on the 3N captures 4N adds (the fixed start and end cancel out): "
            + (f"{added_one / added_two:.2f} x" if added_one > 0 and added_two > 0 else "n/a (N too small: noise won)")
        )
        print(f"on the 3N captures 4N adds, 2 workers: {workers_kept_up_with(two, two4, args.n)}")
        (rest4,) = fastest(args.repeat, lambda: build(base / "4n", base / "out", "--workers", "1", *keep, warm=True))
        print(serial_on_added(rest, rest4, one, one4))
        deduplicated4 = build(base / "4n", base / "dedup", "--workers", "1")
        print(f"peak RSS at 4N / at N, near-duplicates set aside: {peak_ratios(deduplicated4, deduplicated)}")
        if args.large:
            large_size = make_corpus(base / "large", args.large)
            large = build(base / "large", base / "out", "--workers", "2", *keep)
            rate = large_size / large.seconds / 1e6
            print(
                f"build of {args.large} captures ({large_size / 1e6:.0f} MB), 2 workers: {rate:.2f} MB/s, "
                f"{large.articles / large.seconds:,.0f} articles/s, {rate / (size / two.seconds / 1e6):.2f} x the "
                f"rate at N, {large.seconds:.0f} s; peak RSS against N: {peak_ratios(large, two)}"
            )
    return 0


def html_cost(repeat: int) -> None:
    """Milliseconds a page on the HTML path beside a capture on the text path, same captures, this process."""
    from html.parser import HTMLParser

    sys.path.insert(0, str(ROOT / "tests"))  # the layouts are test code, shared with pytest
    from layouts.suite import labelled, pages, parse_page, parse_plain

    from builder.read.html import read_page

    class StandardLibraryText(HTMLParser):  # what builder 0.4 read a page with: all its text, no structure
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    def stdlib(html: str) -> None:
        reader = StandardLibraryText()
        reader.feed(html)
        reader.close()

    plain = labelled()
    wrapped = list(pages())

    runs = {
        "text": (lambda: [parse_plain(label) for label in plain], len(plain)),
        "page": (lambda: [parse_page(name, label, page) for name, label, page in wrapped], len(wrapped)),
        "lexbor": (lambda: [read_page(page.html) for _, _, page in wrapped], len(wrapped)),
        "stdlib": (lambda: [stdlib(page.html) for _, _, page in wrapped], len(wrapped)),
    }
    runs["text"][0]()  # warm: OpenCC, data files and patterns load on the first capture
    runs["page"][0]()
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):  # taking turns, so a slow spell of the machine falls on each
        for name, (run, _count) in runs.items():
            best[name] = min(best[name], _seconds(run))
    text_ms, page_ms, lexbor_ms, stdlib_ms = (best[name] / count * 1e3 for name, (_, count) in runs.items())
    size = sum(len(page.html.encode()) for _, _, page in wrapped) / len(wrapped)
    print(
        f"HTML path: {page_ms:.2f} ms a page ({len(wrapped)} pages of {len(plain)} captures in tests/layouts, "
        f"{size / 1e3:.1f} kB each) against the text path's {text_ms:.2f} ms a capture: {page_ms / text_ms:.2f} x"
    )
    print(
        f"reading the page (lexbor parse, article, headline, metadata): {lexbor_ms:.2f} ms; the standard "
        f"library's HTMLParser only collecting the text (builder 0.4): {stdlib_ms:.2f} ms "
        f"({lexbor_ms / stdlib_ms:.2f} x)"
    )


def _seconds(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
