"""Real captures the invariance tests perturb: the seeds and the `dev` part of the wild labels only.

Held-out captures stay out of the suite, as they stay out of rule writing (tests/gold/README.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = (ROOT / "tests" / "gold", ROOT / "tests" / "gold" / "wild")


@dataclass(frozen=True)
class DevCapture:
    id: str
    text: str
    url: str | None
    label: dict = field(hash=False, compare=False)


@cache
def dev_captures() -> tuple[DevCapture, ...]:
    """Each seed and dev capture with its hand label and source URL, in id order."""
    captures = []
    for folder in GOLD:
        for path in sorted(folder.glob("*.gold.json")):
            label = json.loads(path.read_text(encoding="utf-8"))
            if label.get("split", "dev") != "dev" or label.get("off_topic"):
                continue
            raw = _raw_path(label["raw"])
            captures.append(DevCapture(label["id"], raw.read_text(encoding="utf-8"), _urls().get(label["id"]), label))
    return tuple(captures)


def _raw_path(raw: str) -> Path:
    wild = ROOT / "corpus" / raw
    return wild if wild.is_file() else ROOT / "corpus" / "seeds" / Path(raw).name


@cache
def _urls() -> dict[str, str | None]:
    urls = {}
    for folder in ("seeds", "wild"):
        for line in (ROOT / "corpus" / folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            urls[entry["id"]] = entry.get("url")
    return urls
