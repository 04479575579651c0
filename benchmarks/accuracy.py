"""Accuracy of every field on the hand-labelled captures: `make accuracy`.

Prints one table (seeds, dev and held-out labels side by side, with the bar each field must
reach), then the behavioural suite's failure rate for each capability (tests/behaviour), then,
with --misses, every mismatch behind the scores. Exits 1 when a field of the dev or held-out part
is below its bar, or a capability fails on more than 2% of its cases.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from builder.accuracy import failures, load_gold, parse_corpus, score, table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the behavioural suite is test code, shared with pytest

from behaviour.suite import MAX_FAILURE_RATE, Result, load_capabilities, run  # noqa: E402

GOLD = [ROOT / "tests" / "gold", ROOT / "tests" / "gold" / "wild"]
CORPUS = [ROOT / "corpus" / "seeds", ROOT / "corpus" / "wild"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--misses",
        choices=["seeds", "dev", "heldout"],
        action="append",
        default=[],
        help="print the mismatches of this part of the labels (repeatable)",
    )
    args = parser.parse_args()
    splits = score(load_gold(GOLD), parse_corpus(CORPUS))
    print(table(splits))
    for part in args.misses:
        for name, tally in sorted(splits[part].tallies.items()):
            for miss in tally.misses:
                print(f"[{part}] {name}: {miss}")
    results = [run(capability) for capability in load_capabilities()]
    print(behaviour_table(results))
    failed = failures(splits, [p for p in ("dev", "heldout") if p in splits])
    failed += [f"{r.capability.field}: {r.capability.name} {r.rate:.1%}" for r in results if r.rate > MAX_FAILURE_RATE]
    for line in failed:
        print("below target:", line)
    return 1 if failed else 0


def behaviour_table(results: list[Result]) -> str:
    lines = ["", "| field | capability | kind | cases | failure rate |", "|---|---|---|---|---|"]
    for r in sorted(results, key=lambda r: (r.capability.field, r.capability.name)):
        c = r.capability
        lines.append(f"| {c.field} | {c.name} | {c.kind} | {r.total} | {r.rate:.1%} |")
    lines.append(f"| all | {len(results)} capabilities | | {sum(r.total for r in results)} | |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
