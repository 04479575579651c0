"""Whether parsing takes time in proportion to the input: `python benchmarks/linearity.py [CHARS]`.

Each kind of hostile text (one sentence repeated on one line, a real capture flattened to one line
and repeated, text without punctuation, long lists of names, chains of titles, figures, nested HTML,
Markdown images, pinyin, control and bidirectional characters ...) is made at CHARS characters and at
four times that, parsed once each, and the ratio of the two processor times printed: about 4 where
parsing is linear, 16 where it grows with the square of the text. Processor time, so other work on a
shared machine counts little; still, compare ratios, not seconds. The fuzz suite (`tests/test_fuzz.py`)
holds the same generators to a time bound.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from builder.read.capture import InputFile
from builder.run.pipeline import parse_bytes

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hostile import KINDS  # noqa: E402  (the generators live beside the tests that use them)


def seconds(make: Callable[[int, random.Random], tuple[str, bytes]], chars: int) -> tuple[float, str]:
    """The processor time parsing took (other work on a shared machine does not count), and what came of it
    (an article, or the quarantine reason)."""
    name, data = make(chars, random.Random(1))
    started = time.process_time()
    outcome = parse_bytes(InputFile(Path(name), name), data)
    took = time.process_time() - started
    return took, outcome.quarantine.reason if outcome.quarantine else "article"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("chars", nargs="?", type=int, default=50_000, help="the smaller size (characters)")
    parser.add_argument("--kind", action="append", choices=sorted(KINDS), help="only these kinds")
    args = parser.parse_args()
    print(f"{'kind':<28} {args.chars:>10} chars  {4 * args.chars:>10} chars  ratio  outcome")
    worst = 0.0
    seconds(KINDS["capture repeated"], args.chars)  # the first parse loads data files and compiles patterns
    for name, make in KINDS.items():
        if args.kind and name not in args.kind:
            continue
        (small, _), (large, outcome) = seconds(make, args.chars), seconds(make, 4 * args.chars)
        ratio = large / max(small, 1e-6)
        worst = max(worst, ratio)
        print(f"{name:<28} {small:>9.3f} s  {large:>9.3f} s        {ratio:5.1f}  {outcome}")
    print(f"worst ratio: {worst:.1f} (4 is linear, 16 quadratic)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
