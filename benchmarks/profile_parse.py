"""Where a worker's time a capture goes, by step: `python benchmarks/profile_parse.py [N] [--repeat R] [--top K]
[--without STEP]`.

Runs what a one-worker cold build runs in its worker (`builder.run.engine.write_shard`, shard after
shard, with a fresh incremental cache and every copy kept, as `bench.py` builds) on N captures made
as `bench.py` makes them, in this process under cProfile, after a warm-up that loads the data files
and compiles the patterns (the fixed cost, measured by `bench.py`'s build of one capture). Each
function's own time goes to the step of the module that defines it; the time of a function written in
C (a regex search, OpenCC, pyarrow, pydantic's core) goes to the step of the Python code that called it,
edge by edge, so `re` time shows under the extractor that ran the pattern. cProfile adds a cost to
every Python call, so Python-heavy steps weigh somewhat more here than in a build: compare shares
within one run. `--top K` also lists the K functions with the most own time.

`--without STEP` (targets, industries, people, regions, dates) measures instead, without cProfile, what one step
costs: passes over the captures taking turns with the step and with a stand-in that finds nothing (which goes first
alternating, at least three passes each), the fastest of each kept; the difference is the step's share of a worker's
processor time, with what follows from its findings (measuring the targets, their rows and cache records; a date's
year read by the targets).
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import itertools
import pstats
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import fastest, make_corpus

from builder.fields.people import People
from builder.read.capture import DEFAULT_MAX_BYTES, find_inputs
from builder.record.models import DateInfo, Region
from builder.run.cache import OutcomeCache
from builder.run.engine import Settings, Shard, Target, shards_of, write_shard

WARM_UP = 50
# The step a module's code belongs to: the longest matching prefix of its path under builder/, or a library's name.
STEPS = {
    "read/": "read and decode (capture, HTML)",
    "clean/clean.py": "cleaning",
    "clean/punctuation.py": "punctuation",
    "clean/script.py": "OpenCC and script",
    "opencc": "OpenCC and script",
    "sources/": "source parser (header)",
    "fields/relevance.py": "relevance gate",
    "fields/genre.py": "genre",
    "fields/people.py": "people",
    "fields/sections.py": "sections",
    "fields/events.py": "meeting name",
    "fields/dates.py": "dates",
    "fields/regions.py": "regions",
    "fields/region_address.py": "regions",
    "fields/fairs.py": "regions",
    "fields/targets.py": "targets",
    "fields/target_reading.py": "targets",
    "fields/numerals.py": "targets",
    "fields/amounts.py": "amounts",
    "fields/deadlines.py": "deadlines",
    "fields/measures.py": "amounts",
    "fields/industries.py": "industries",
    "run/pipeline.py": "record building (pipeline)",
    "record/": "record building (pipeline)",
    "pydantic": "pydantic (validation, dumps, copies)",
    "tables/rows.py": "rows",
    "tables/ledger.py": "ledger facts",
    "tables/persons.py": "person ids",
    "tables/dedup.py": "MinHash",
    "publish/": "Arrow and Parquet",
    "pyarrow": "Arrow and Parquet",
    "run/cache.py": "cache (keys, stamps, entries)",
    "run/engine.py": "shard loop, hashing",
    "run/limits.py": "shard loop, hashing",
    "prefilter.py": "prefilters (furniture lines, off-topic cues, outlets)",
}


def step_of(filename: str) -> str | None:
    """The step a function's own time belongs to, from the file that defines it; None for a function of C, of
    the standard library or of a library not named in STEPS (numpy), whose time belongs to its callers."""
    normalised = filename.replace("\\", "/")
    if "/builder/" in normalised:
        inside = normalised.rsplit("/builder/", 1)[1]
        longest_first = sorted(STEPS, key=len, reverse=True)
        return next((STEPS[p] for p in longest_first if inside.startswith(p)), f"other ({inside})")
    if "site-packages/" in normalised:
        library = normalised.rsplit("site-packages/", 1)[1]
        return next((STEPS[p] for p in STEPS if library.startswith(p)), None)
    return None


def by_step(stats: pstats.Stats) -> Counter[str]:
    """Seconds of own time by step; the time of C and standard-library functions goes to the steps of their
    callers, in proportion to the time each call edge took."""
    raw = stats.stats  # type: ignore[attr-defined]  # {function: (calls, primitive, own, cumulative, callers)}
    spent: Counter[str] = Counter()

    def owners(function: tuple[str, int, str], seen: frozenset) -> list[tuple[str, float]]:
        """(step, share) of the code a function's time belongs to."""
        step = step_of(function[0])
        if step is not None:
            return [(step, 1.0)]
        callers = {caller: edge for caller, edge in raw[function][4].items() if caller not in seen}
        total = sum(edge[2] for edge in callers.values())
        if not total:
            return [("the shard loop's own calls", 1.0)]
        shares: list[tuple[str, float]] = []
        for caller, edge in callers.items():
            shares.extend((found, share * edge[2] / total) for found, share in owners(caller, seen | {function}))
        return shares

    for function, (_, _, own, _, _) in raw.items():
        for step, share in owners(function, frozenset()):
            spent[step] += own * share
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=2000, help="captures (default 2000, as make bench)")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the captures; each step's fastest is kept")
    parser.add_argument("--top", type=int, default=0, help="also list the K functions with the most own time")
    parser.add_argument("--without", choices=sorted(WITHOUT), help="measure the share of this step (no cProfile)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="zhaoshang-profile-") as scratch:
        base = Path(scratch)
        make_corpus(base / "n", args.n + WARM_UP)
        items, _ = find_inputs([base / "n"])
        settings = Settings(DEFAULT_MAX_BYTES, deduplicate=False, cache=OutcomeCache(base / "cache", DEFAULT_MAX_BYTES))
        # Data files and patterns load on the first captures: the fixed cost, left out.
        write_shard(Shard(0, tuple(items[:WARM_UP])), settings, Target(base / "warm"))
        shards = list(shards_of(items[WARM_UP:]))
        if args.without:
            _print_share(args.without, shards, settings, base, args.n, max(_SHARE_PASSES_MIN, args.repeat))
            return 0
        passes = [_profiled(shards, settings, base / f"out{index}") for index in range(max(1, args.repeat))]
    # On a shared machine a step's time in one pass can take in another process's; its fastest pass is its own.
    spent: Counter[str] = Counter({step: min(found[0][step] for found in passes) for step in passes[0][0]})
    seconds = min(found[1] for found in passes)
    total = sum(spent.values())
    print(
        f"{args.n} captures in {len(shards)} shards: {seconds / args.n * 1e3:.2f} ms a capture under cProfile "
        f"(fastest of {len(passes)}); by step, the fastest pass of each:"
    )
    for step, own in spent.most_common():
        print(f"  {own / args.n * 1e3:7.3f} ms  {own / total:6.1%}  {step}")
    if args.top:
        passes[-1][2].sort_stats("tottime").print_stats(args.top)
    return 0


# The steps `--without` can take out: a module of builder/fields, the function the pipeline calls, and what stands in
# for it: the empty finding of its type.
WITHOUT: dict[str, tuple[str, Callable[[], Any]]] = {
    "targets": ("extract", list),
    "industries": ("extract", list),
    "people": ("extract", lambda: People(None, (), ())),
    "regions": ("resolve", Region),
    "dates": ("resolve", DateInfo),
}
# Passes with and without the step at the least: one pass of a few seconds moves by several percent on these machines.
_SHARE_PASSES_MIN = 3


def _print_share(step: str, shards: list[Shard], settings: Settings, base: Path, count: int, repeat: int) -> None:
    """Processor time a capture with the step and without it (its `extract` finding nothing), taking turns."""
    module = importlib.import_module(f"builder.fields.{step}")
    name, empty = WITHOUT[step]
    real = getattr(module, name)
    passes = itertools.count()

    def one_pass(standing_in: Callable[..., Any]) -> float:
        setattr(module, name, standing_in)
        out = base / f"share{next(passes)}"
        started = time.process_time()
        for shard in shards:
            write_shard(shard, settings, Target(out))
        return time.process_time() - started

    try:
        kept, left_out = fastest(repeat, lambda: one_pass(real), lambda: one_pass(lambda data: empty()))
    finally:
        setattr(module, name, real)
    with_step, without = kept / count * 1e3, left_out / count * 1e3
    print(
        f"{count} captures, fastest of {repeat} passes each, taking turns: {with_step:.3f} ms a capture with {step}, "
        f"{without:.3f} ms without: {step} and what follows from its findings take {1 - without / with_step:.1%} "
        "of a worker's processor time"
    )


def _profiled(shards: list[Shard], settings: Settings, out: Path) -> tuple[Counter[str], float, pstats.Stats]:
    """One pass over the shards under cProfile: seconds by step, in all, and the profile."""
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    for shard in shards:
        write_shard(shard, settings, Target(out))
    profile.disable()
    seconds = time.perf_counter() - started
    stats = pstats.Stats(profile)
    return by_step(stats), seconds, stats


if __name__ == "__main__":
    sys.exit(main())
