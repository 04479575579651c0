"""The SQLite edition made whole against updated where one shard changed: `python benchmarks/edition.py [N]`.

Builds 4N captures made as `bench.py` makes them (shards of 512 inputs), makes the edition, changes one
capture and builds again (one shard's files change), then, taking turns and the fastest of three each:
`zhaoshang sqlite DIR` (updated from the last edition: the changed shard's rows taken out and put in) and
`zhaoshang sqlite DIR --full` (every table written anew), which is the last edition the next update starts from.
Prints both times and their ratio; machines here are noisy, so compare the ratio, not the seconds.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import at_least_one, make_corpus

EDITION = "zhaoshang.db"


def zhaoshang(*arguments: str) -> float:
    """Seconds of one `zhaoshang` command in a fresh process."""
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "builder.cli", *arguments], capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"zhaoshang {' '.join(arguments)} failed: {run.stderr[-2000:]}")
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=at_least_one, default=2000, help="N: the build has 4N captures")
    parser.add_argument("--repeat", type=at_least_one, default=3, help="runs of each, the fastest taken")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="zhaoshang-edition-") as scratch:
        base = Path(scratch)
        captures, out = base / "4n", base / "out"
        make_corpus(captures, 4 * args.n)
        zhaoshang("build", str(captures), "--out", str(out), "--keep-duplicates")
        zhaoshang("sqlite", str(out), "--full")
        changed = captures / f"c{2 * args.n:07d}.txt"
        original = changed.read_text(encoding="utf-8")
        updates, wholes = [], []
        for turn in range(args.repeat):
            # One capture changes (and back, turn by turn): one shard's files differ from the last edition's.
            extra = "" if turn % 2 else "\n会议要求，全力推进项目招引工作。\n"
            changed.write_text(original + extra, encoding="utf-8")
            zhaoshang("build", str(captures), "--out", str(out), "--keep-duplicates")
            updates.append(zhaoshang("sqlite", str(out)))
            wholes.append(zhaoshang("sqlite", str(out), "--full"))
        size = (out / EDITION).stat().st_size
        update, whole = min(updates), min(wholes)
        print(f"{4 * args.n} captures, {size / 2**20:.1f} MiB edition, one shard of 512 inputs changed")
        print(f"zhaoshang sqlite --full (every table): {whole:.2f} s (fastest of {args.repeat})")
        print(f"zhaoshang sqlite (updated from the last edition): {update:.2f} s (fastest of {args.repeat})")
        print(f"updated / full: {update / whole:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
