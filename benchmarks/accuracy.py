"""Accuracy of every field on the hand-labelled captures: `make accuracy`.

Prints one table (seeds, dev and held-out labels side by side, with the bar each field must
reach), then the behavioural suite's failure rate for each capability (tests/behaviour), then,
with --misses, every mismatch behind the scores. Exits 1 when a field of the dev part (the labels
rules are written against) is below its bar, or a capability fails on more than 2% of its cases;
the held-out part's fields below a bar are listed, not gated, so that it stays held out.

The locked part of the labels (`"split": "locked"`), which no rule is written against, is left
out unless --locked is given: then it is scored as a column of its own, and its fields below a bar
are listed like the held-out part's. Its mismatches are never printed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from builder.accuracy import LOCKED, failures, load_gold, parse_corpus, score, table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the behavioural suite is test code, shared with pytest

from behaviour.suite import MAX_FAILURE_RATE, Result, load_capabilities, run  # noqa: E402

GOLD = [ROOT / "tests" / "gold", ROOT / "tests" / "gold" / "wild", ROOT / "tests" / "gold" / LOCKED]
CORPUS = [ROOT / "corpus" / "seeds", ROOT / "corpus" / "wild", ROOT / "corpus" / LOCKED]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--misses",
        choices=["seeds", "dev", "heldout"],
        action="append",
        default=[],
        help="print the mismatches of this part of the labels (repeatable)",
    )
    parser.add_argument("--locked", action="store_true", help="also score the locked labels (once, at the end)")
    args = parser.parse_args()
    splits = score(load_gold(GOLD, locked=args.locked), parse_corpus(c for c in CORPUS if c.is_dir()))
    print(table(splits))
    for part in args.misses:
        for name, tally in sorted(splits[part].tallies.items()):
            for miss in tally.misses:
                print(f"[{part}] {name}: {miss}")
    results = [run(capability) for capability in load_capabilities()]
    print(behaviour_table(results))
    for line in failures(splits, [p for p in ("heldout", LOCKED) if p in splits]):
        print("below target (reported, not gated):", line)
    failed = failures(splits, ["dev"])
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
