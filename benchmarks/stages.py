"""Where parsing spends its time: `python benchmarks/stages.py [N] [--worker]` (`make stages`).

Parses N captures made from the shipped ones (as `bench.py` makes them) in this process and prints
the milliseconds a capture each stage of `builder.run.pipeline` takes, measured by wrapping the stage
functions with a timer (no profiler, so Python-heavy stages are not overweighted). Stages nest
inside the run, not inside each other, so their sum is at most the total; the rest, printed as the
glue, is the code between them. With `--worker`, the captures go through what the worker of a
one-worker build runs instead, as `bench.py` builds (`engine.write_shard`, shard after shard, every copy
kept as with `--keep-duplicates`, so no near-duplicate signature), and the steps around parsing are
timed too: reading and hashing each file, its rows, its cache record, the Parquet files.
Machines here are noisy: compare stages within one run.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import make_corpus

from builder.fields import dates, events, genre, industries, people, regions, sections, targets
from builder.publish.shards import ShardWriter
from builder.read.capture import DEFAULT_MAX_BYTES, InputFile, find_inputs
from builder.run import engine, native, pipeline
from builder.run.cache import OutcomeCache
from builder.sources.base import Source

# (owner, attribute, label): the functions `pipeline` calls for each stage, looked up where it calls them.
STAGES: list[tuple[Any, str, str]] = [
    (pipeline, "read_capture", "decode and HTML to text"),
    (pipeline, "clean", "cleaning"),
    (pipeline, "pick", "choosing the source"),
    (Source, "header", "the source's header (title, outlet, dates)"),
    (genre, "off_topic_cue", "off-topic check"),
    (genre, "classify_genre", "genre"),
    (people, "extract", "people"),
    (sections, "split", "sections"),
    (pipeline, "locate_damage", "locating damage"),
    (events, "find_event", "meeting name"),
    (dates, "resolve", "dates"),
    (pipeline, "detect_script", "script"),
    (regions, "resolve", "regions"),
    (targets, "extract", "targets"),
    (industries, "extract", "industries"),
    (pipeline, "to_full_width", "punctuation for readers"),
    (pipeline, "Article", "the record (pydantic)"),
]


# Captures run before the clock starts: the data files loaded, the patterns compiled.
WARM_UP = 50
# With --worker: the steps a worker takes around parsing each capture, looked up where `engine` calls them.
WORKER_STAGES: list[tuple[Any, str, str]] = [
    (engine, "_read", "reading and hashing the file"),
    (engine, "freeze", "the cache record"),
    (engine, "_tabulated", "the rows (and the facts the building process keeps)"),
    (ShardWriter, "add", "the Parquet files (rows to Arrow, a row group every 256 articles)"),
    (ShardWriter, "close", "the Parquet files' last row groups and footers"),
]


def timed(function: Callable[..., Any], label: str, totals: Counter[str]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            totals[label] += time.perf_counter() - started

    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=1000, help="captures to parse (default 1000)")
    parser.add_argument("--worker", action="store_true", help="run and time what a one-worker build's worker runs")
    args = parser.parse_args()
    totals: Counter[str] = Counter()
    for owner, name, label in STAGES + (WORKER_STAGES if args.worker else []):
        setattr(owner, name, timed(getattr(owner, name), label, totals))
    with tempfile.TemporaryDirectory(prefix="zhaoshang-stages-") as scratch:
        make_corpus(Path(scratch) / "n", args.n + WARM_UP)
        items, _ = find_inputs([Path(scratch) / "n"])
        run = _as_a_worker(Path(scratch)) if args.worker else _parsed
        run(items[:WARM_UP])
        totals.clear()
        started = time.perf_counter()
        run(items[WARM_UP:])
        seconds = time.perf_counter() - started
    print(f"{'a worker' if args.worker else 'parsing'}: {seconds / args.n * 1000:.3f} ms a capture ({args.n} captures)")
    print(f"  the steps compiled to C (builder/run/native.py): {len(native.in_use())} of {len(native.MODULES)} modules")
    for label, spent in totals.most_common():
        print(f"  {spent / args.n * 1000:.3f} ms  {label}")
    print(f"  {(seconds - sum(totals.values())) / args.n * 1000:.3f} ms  the glue between the stages")
    return 0


def _parsed(items: list[InputFile]) -> None:
    for item in items:
        pipeline.parse_input(item)


def _as_a_worker(scratch: Path) -> Callable[[list[InputFile]], None]:
    """What a one-worker build's worker runs over the captures: their shards written, each capture parsed (the cache
    read stays empty: a worker writes its new entries beside its shard's files, for the building process to take)."""
    cache = OutcomeCache(scratch / "cache", DEFAULT_MAX_BYTES)
    settings = engine.Settings(DEFAULT_MAX_BYTES, deduplicate=False, cache=cache)
    runs = itertools.count()

    def write(items: list[InputFile]) -> None:
        target = engine.Target(scratch / f"out{next(runs)}")  # each run's shards in a folder of their own
        for shard in engine.shards_of(items):
            engine.write_shard(shard, settings, target)

    return write


if __name__ == "__main__":
    sys.exit(main())
