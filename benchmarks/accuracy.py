"""Accuracy of every field on the hand-labelled captures: `make accuracy`.

Prints one table (seeds, dev and held-out labels side by side, with the bar each field must
reach), then, with --misses, every mismatch behind the scores. Exits 1 when a field of the dev or
held-out part is below its bar.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from builder.accuracy import failures, load_gold, parse_corpus, score, table

ROOT = Path(__file__).resolve().parent.parent
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
    failed = failures(splits, [p for p in ("dev", "heldout") if p in splits])
    for line in failed:
        print("below target:", line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
