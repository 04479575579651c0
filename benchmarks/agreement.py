"""How far two careful readers agree on targets' `subject` and `status`: the ceiling of those two scores.

`tests/gold/second_reading.jsonl` is a second reading of every held-out and locked figure that has a
`status`, made from the raw text by a reader who saw neither the labels nor the builder's output. This
script compares it with the labels as they are now, with the scorer's own rule (`same_subject`), and
prints the agreement by split: a builder cannot be expected to agree with the labels much more often
than two readers do. Usage: `python benchmarks/agreement.py`.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from builder.accuracy import LOCKED, load_gold, same_subject

ROOT = Path(__file__).resolve().parent.parent
GOLD = [ROOT / "tests" / "gold" / "wild", ROOT / "tests" / "gold" / LOCKED]
READING = ROOT / "tests" / "gold" / "second_reading.jsonl"


def main() -> None:
    labels = {label["id"]: label for label in load_gold(GOLD, locked=True)}
    agreed: Counter[tuple[str, str]] = Counter()
    read: Counter[str] = Counter()
    for line in READING.read_text(encoding="utf-8").splitlines():
        second = json.loads(line)
        figure = labels[second["capture"]]["figures"][second["figure"]]
        if (figure["value"], figure["unit"]) != (second["value"], second["unit"]):
            raise SystemExit(f"{second['capture']} figure {second['figure']}: the labels changed; read it again")
        read[second["split"]] += 1
        agreed[second["split"], "subject"] += same_subject(figure["subject"], second["subject"])
        agreed[second["split"], "status"] += figure["status"] == second["status"]
    print("| split | figures | subject agreement | status agreement |\n|---|---|---|---|")
    for split in [*sorted(read), "all"]:
        count = sum(read.values()) if split == "all" else read[split]
        subject = sum(v for (s, f), v in agreed.items() if f == "subject" and split in (s, "all"))
        status = sum(v for (s, f), v in agreed.items() if f == "status" and split in (s, "all"))
        print(f"| {split} | {count} | {subject / count:.3f} | {status / count:.3f} |")


if __name__ == "__main__":
    main()
