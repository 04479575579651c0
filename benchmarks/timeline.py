"""Where a build's wall time goes: `python benchmarks/timeline.py CAPTURES OUT [build options]`.

Runs `zhaoshang build` in this process with the steps of the building process and of its workers timed
(each step's start and end, by process), then prints the timeline: when each step ran in which process,
each process's busy time, and the building process's time spent waiting for a worker's shard. The steps
are wrapped functions, so a step is timed where it is called; nothing in the builder changes. A step is
wrapped when its module is first imported, wherever that is (the building process or a worker), so the
timeline imports nothing a build would not: each import stays where the build makes it and is timed there.
The clock starts when this process started (Python's own start and the command's imports come first).
"""

from __future__ import annotations

import functools
import importlib
import importlib.abc
import importlib.machinery
import os
import resource
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

# (module, attribute): each a step of the timeline. Dotted attributes are methods.
STEPS = (
    ("builder.cli", "_build"),
    ("builder.read.capture", "Inputs.__iter__"),
    ("builder.run.engine", "_start_worker"),
    ("builder.run.engine", "hide_pandas"),
    ("builder.run.engine", "_import_parser"),
    ("builder.run.pipeline", "warm_up"),
    ("builder.run.engine", "process"),
    ("builder.cli", "_open_writer"),
    ("builder.publish.writer", "DatasetWriter.commit"),
    ("builder.publish.output", "sync_tree"),
    ("builder.run.engine", "write_shard"),
    ("builder.publish.shards", "drop_rows"),
    ("builder.publish.writer", "DatasetWriter.__init__"),
    ("builder.publish.writer", "DatasetWriter.add_shard"),
    ("builder.publish.writer", "DatasetWriter.set_aside"),
    ("builder.run.engine", "drop_in_shards"),
    ("builder.publish.writer", "DatasetWriter._merge_people"),
    ("builder.publish.writer", "publish_names"),
    ("builder.publish.writer", "file_digests"),
    ("builder.publish.writer", "DatasetWriter._write_people"),
    ("builder.publish.writer", "row_count"),
    ("builder.publish.writer", "deadline_counts"),
    ("builder.publish.writer", "croissant_json"),
    ("builder.publish.writer", "loader_script"),
    ("builder.publish.writer", "articles_by_year_svg"),
    ("builder.publish.writer", "questions_markdown"),
    ("builder.publish.writer", "render_card"),
    ("builder.publish.derived", "Exports.finish"),
    ("builder.publish.derived", "_write_part"),
    ("builder.publish.derived", "from_shard"),
    ("builder.publish.derived", "gathered_facts"),
    ("builder.publish.shards", "set_person_ids"),
    ("builder.publish.writer", "write_derived"),
    ("builder.publish.writer", "swap_into_place"),
    ("builder.run.cache", "CacheWriter.commit"),
    ("builder.cli", "_write_all"),
    ("concurrent.futures", "Future.result"),
)
# A step as the log records it: start, end (since the process started), process, name, CPU seconds, peak RSS.
_Event = tuple[float, float, int, str, float, float]
_LOG = Path(tempfile.gettempdir()) / f"zhaoshang-timeline-{os.getpid()}.log"


def _timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started, cpu = time.monotonic(), _processor()
        try:
            return function(*args, **kwargs)
        finally:
            with _LOG.open("a") as log:
                fields = (os.getpid(), name, started, time.monotonic(), _processor() - cpu, _peak_mib())
                log.write("\t".join(map(str, fields)) + "\n")

    return wrapper


def _processor() -> float:
    """This process's processor time, as `getrusage` counts it. Not `time.process_time`: in a worker, which arms a
    processor-time timer around each capture (`limits.time_limit`), its differences over 300 captures' `process`
    steps summed to 0.24 s where the steps took 0.67 s on the clock and the shard as much processor time; these
    agree with the clock (0.56 s and 0.56 s)."""
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _wrap(module_name: str) -> None:
    """Time the steps of a module just imported (a step this version of the builder lacks is left out)."""
    for home, attribute in STEPS:
        if home != module_name:
            continue
        owner: Any = sys.modules[module_name]
        for part in attribute.split("."):
            owner = getattr(owner, part, None)
        if owner is not None:
            wrap_everywhere(module_name, attribute, functools.partial(_timed, attribute))


def wrap_everywhere(module_name: str, attribute: str, wrap: Callable[[Callable[..., Any]], Callable[..., Any]]) -> None:
    """`attribute` of the module (dotted for a method) replaced by `wrap` of it, wherever a builder module holds it."""
    owner: Any = importlib.import_module(module_name)
    *path, last = attribute.split(".")
    for part in path:
        owner = getattr(owner, part)
    original = getattr(owner, last)
    wrapped = wrap(original)
    setattr(owner, last, wrapped)
    # Every module that imported the function calls the wrapped one; and a pool, which sends a function by
    # its name, finds the same object at its home.
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("builder") and getattr(module, last, None) is original:
            setattr(module, last, wrapped)


class _WrapOnImport(importlib.abc.MetaPathFinder):
    """Wraps a module's steps as soon as the module has run, in whichever process imports it."""

    homes: ClassVar[set[str]] = {home for home, _ in STEPS}

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name not in self.homes:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        run = spec.loader.exec_module

        def exec_module(module: Any) -> None:
            run(module)
            _wrap(name)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def _wrap_all() -> None:
    for name in {home for home, _ in STEPS}:
        if name in sys.modules:
            _wrap(name)
    sys.meta_path.insert(0, _WrapOnImport())


def _print_timeline(start: float, end: float, main: int) -> None:
    rows = [line.split("\t") for line in _LOG.read_text().splitlines()]
    events: list[_Event] = sorted(
        (float(t0) - start, float(t1) - start, int(pid), name, float(cpu), float(peak))
        for pid, name, t0, t1, cpu, peak in rows
    )
    names = {main: "main"}
    for _, _, pid, _, _, _ in events:
        names.setdefault(pid, f"worker {len(names)}")
    waits = sum(t1 - t0 for t0, t1, pid, name, _, _ in events if name == "Future.result" and pid == main)
    print(f"wall {end - start:.2f} s; the building process waited {waits:.2f} s for shards")
    print("    from →      to    wall    CPU  peak RSS (MiB)  process   step")
    repeated = _repeated(events)
    for t0, t1, pid, name, cpu, peak in events:
        if name == "Future.result" or (pid, name) in repeated:
            continue
        if pid != main or name not in {"_write_all", "write_derived", "Inputs.__iter__"}:
            print(f"  {t0:6.2f} → {t1:6.2f}  {t1 - t0:6.2f} {cpu:6.2f}  {peak:6.0f}   {names[pid]:9s} {name}")
    for (pid, name), (t0, t1, count, wall, cpu) in sorted(repeated.items(), key=lambda kv: kv[1][0]):
        print(f"  {t0:6.2f} → {t1:6.2f}  {wall:6.2f} {cpu:6.2f}           {names[pid]:9s} {name} (x{count}, summed)")
    _print_shard_work(events, names, end - start)
    print(f"building process: {_processor():.2f} s of CPU in all (imports included)")
    shards = [(t0, t1) for t0, t1, _, name, _, _ in events if name == "write_shard"]
    if shards:
        first, last = min(t0 for t0, _ in shards), max(t1 for _, t1 in shards)
        print(
            f"before the first shard {first:.2f} s, shards {last - first:.2f} s, after the last shard "
            f"{end - start - last:.2f} s (on the clock)"
        )


def _print_shard_work(events: list[_Event], names: dict[int, str], wall: float) -> None:
    """Each worker's time in its shards and when its last one ended, and how long the first worker done waited for
    the last: a build's end, where only one core may be busy. A worker's `write_shard` holds the parts its shard's
    files give (`from_shard`) where it makes them; with one worker the building process makes them, beside it."""
    busy: dict[int, float] = defaultdict(float)
    processor: dict[int, float] = defaultdict(float)
    shards: dict[int, int] = defaultdict(int)
    ended: dict[int, float] = {}
    for t0, t1, pid, name, cpu, _ in events:
        if name == "write_shard":
            busy[pid] += t1 - t0
            processor[pid] += cpu
            shards[pid] += 1
            ended[pid] = max(ended.get(pid, 0.0), t1)
    for pid, seconds in busy.items():
        count = f"{shards[pid]} shard{'s' if shards[pid] > 1 else ''}"
        print(
            f"{names[pid]}: {count}, in them {seconds:.2f} s of {wall:.2f} s ({seconds / wall:.0%}), "
            f"{processor[pid]:.2f} s of CPU, the last ended at {ended[pid]:.2f} s"
        )
    if len(ended) > 1:
        idle = max(ended.values()) - min(ended.values())
        print(f"the first worker done with its shards waited {idle:.2f} s for the last")


# A step run more often than this in one process (a capture's `process`) is shown as one line of sums.
_SUMMED_AFTER = 12


def _repeated(events: list[_Event]) -> dict[tuple[int, str], tuple]:
    """By process and step, for steps run more than _SUMMED_AFTER times there: first start, last end, how many
    times, wall and processor time summed."""
    runs: dict[tuple[int, str], list[tuple[float, float, float]]] = defaultdict(list)
    for t0, t1, pid, name, cpu, _ in events:
        runs[pid, name].append((t0, t1, cpu))
    return {
        key: (
            min(r[0] for r in found),
            max(r[1] for r in found),
            len(found),
            sum(r[1] - r[0] for r in found),
            sum(r[2] for r in found),
        )
        for key, found in runs.items()
        if len(found) > _SUMMED_AFTER
    }


def _started() -> float:
    """When this process started, on the clock of `time.monotonic` (Linux: seconds since boot, in ticks of
    /proc/self/stat); elsewhere, now."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
    except (OSError, IndexError, ValueError):
        return time.monotonic()
    return ticks / os.sysconf("SC_CLK_TCK")


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__.splitlines()[0].split(": ", 1)[1], file=sys.stderr)
        return 2
    _LOG.unlink(missing_ok=True)
    _wrap_all()
    from builder.cli import main as zhaoshang

    start = _started()
    print(
        f"Python's start and the command's imports: {time.monotonic() - start:.2f} s before the build, "
        f"{_processor():.2f} s of CPU"
    )
    # As `zhaoshang build` runs from a shell (`cli.command`), pandas hidden, but returning: the process's own
    # end after the command (`cli._end`) is not on this timeline.
    code = zhaoshang(["build", sys.argv[1], "--out", sys.argv[2], *sys.argv[3:]], own_process=True)
    _print_timeline(start, time.monotonic(), os.getpid())
    _LOG.unlink(missing_ok=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
