"""Instructions a capture costs, by valgrind: `python benchmarks/instructions.py [N] [--against REV] [--shards]`.

Wall-clock figures on these 2-core VMs move by 10 to 20% from run to run, which hides a change worth
a few percent. valgrind's callgrind counts the instructions the CPU executes instead: the same code
on the same input gives the same count whatever else the machine does, to within a fraction of a
percent. This parses N captures made from the shipped ones (as `bench.py` makes them) under
callgrind, once with N and once with none, and prints the difference a capture, so starting Python,
imports and warming up are left out. With `--against REV` it measures that git revision too (from a
temporary worktree, both at once: counts do not depend on the other core being busy; its steps run from their
Python source, not compiled: builder/run/native.py) and prints the ratio. Needs valgrind (`apt install
valgrind`); counts only parsing, or with `--shards` all a one-worker build's worker does a capture (reading,
parsing, rows, Parquet, cache entries), not the coordinator.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench import compiled_steps, make_corpus

ROOT = Path(__file__).resolve().parent.parent
WARM_UP = 30
# Run from the checkout being measured (its folder first on sys.path), on captures after the warm-up ones.
_PARSE = (
    "import sys; sys.path.insert(0, sys.argv[1]);\n"
    "from pathlib import Path; from builder.run import pipeline; from builder.read.capture import find_inputs\n"
    "items, _ = find_inputs([Path(sys.argv[2])]); count = int(sys.argv[3])\n"
    f"for item in items[:{WARM_UP}] + items[{WARM_UP}:{WARM_UP} + count]: pipeline.parse_input(item)\n"
)
# With --shards: what the worker of a clean one-worker build runs (every copy kept, as bench.py builds), shard
# after shard: reading, parsing, the rows, the Parquet files and the cache entries.
_WRITE = (
    "import sys, tempfile; sys.path.insert(0, sys.argv[1]);\n"
    "from pathlib import Path; from builder.read.capture import DEFAULT_MAX_BYTES, find_inputs\n"
    "from builder.run.cache import OutcomeCache\n"
    "from builder.run.engine import Settings, Shard, Target, shards_of, write_shard\n"
    "items, _ = find_inputs([Path(sys.argv[2])]); count = int(sys.argv[3])\n"
    "with tempfile.TemporaryDirectory() as scratch:\n"
    "    cache = OutcomeCache(Path(scratch) / 'cache', DEFAULT_MAX_BYTES)\n"
    "    settings = Settings(DEFAULT_MAX_BYTES, deduplicate=False, cache=cache)\n"
    f"    write_shard(Shard(0, tuple(items[:{WARM_UP}])), settings, Target(Path(scratch) / 'warm'))\n"
    f"    for shard in shards_of(items[{WARM_UP}:{WARM_UP} + count]):\n"
    "        write_shard(shard, settings, Target(Path(scratch) / 'out'))\n"
)


def instructions(checkout: Path, corpus: Path, count: int, script: str = _PARSE) -> int:
    command = [
        "valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
        sys.executable, "-c", script, str(checkout), str(corpus), str(count),
    ]  # fmt: skip
    run = subprocess.run(command, capture_output=True, text=True)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode != 0 or found is None:
        raise SystemExit(f"callgrind failed for {checkout}: {run.stderr[-2000:]}")
    return int(found.group(1))


def per_capture(checkout: Path, corpus: Path, count: int, script: str = _PARSE) -> float:
    """Instructions a capture, the fixed part (start, imports, warm-up) subtracted."""
    return (instructions(checkout, corpus, count, script) - instructions(checkout, corpus, 0, script)) / count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=150, help="captures parsed (default 150)")
    parser.add_argument("--against", metavar="REV", help="also measure this git revision, and the ratio")
    parser.add_argument(
        "--shards", action="store_true", help="count a one-worker build's worker (parse, rows, Parquet), not parsing"
    )
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt install valgrind)")
    with tempfile.TemporaryDirectory(prefix="zhaoshang-instructions-") as scratch:
        corpus = Path(scratch) / "n"
        make_corpus(corpus, WARM_UP + args.n)
        checkouts = {"this checkout": ROOT}
        if args.against:
            other = Path(scratch) / "other"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(other), args.against],
                           check=True, capture_output=True)  # fmt: skip
            checkouts = {f"revision {args.against}": other, **checkouts}
        try:
            with ThreadPoolExecutor(len(checkouts)) as pool:
                script = _WRITE if args.shards else _PARSE
                measured = pool.map(lambda checkout: per_capture(checkout, corpus, args.n, script), checkouts.values())
                counts = dict(zip(checkouts, measured, strict=True))
            steps = {label: compiled_steps(checkout) for label, checkout in checkouts.items()}
        finally:
            if args.against:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(other)], check=False)
    for label, count in counts.items():
        what = "in a one-worker build's worker" if args.shards else "to parse"
        print(f"{label}: {count / 1e6:.2f} M instructions a capture {what} ({args.n} captures)")
        print(f"  its steps {steps[label]}")
    if args.against:
        before, after = counts[f"revision {args.against}"], counts["this checkout"]
        print(f"this checkout / revision {args.against}: {after / before:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
