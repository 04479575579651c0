"""Where parsing spends its time: `python benchmarks/stages.py [N]` (`make stages`).

Parses N captures made from the shipped ones (as `bench.py` makes them) in this process and prints
the milliseconds a capture each stage of `builder.run.pipeline` takes, measured by wrapping the stage
functions with a timer (no profiler, so Python-heavy stages are not overweighted). Stages nest
inside parsing, not inside each other, so their sum is at most the total; the rest is the glue
between them. Machines here are noisy: compare stages within one run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import make_corpus

from builder.fields import dates, events, genre, industries, people, regions, sections, targets
from builder.read.capture import find_inputs
from builder.run import pipeline
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
    args = parser.parse_args()
    totals: Counter[str] = Counter()
    for owner, name, label in STAGES:
        setattr(owner, name, timed(getattr(owner, name), label, totals))
    with tempfile.TemporaryDirectory(prefix="zhaoshang-stages-") as scratch:
        make_corpus(Path(scratch) / "n", args.n)
        items, _ = find_inputs([Path(scratch) / "n"])
        for item in items[:50]:  # data files loaded and regexes compiled before the clock starts
            pipeline.parse_input(item)
        totals.clear()
        started = time.perf_counter()
        for item in items:
            pipeline.parse_input(item)
        seconds = time.perf_counter() - started
    print(f"parsing: {seconds / len(items) * 1000:.3f} ms a capture ({len(items)} captures)")
    for label, spent in totals.most_common():
        print(f"  {spent / len(items) * 1000:.3f} ms  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
