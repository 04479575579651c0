"""Near-duplicate clusters from the on-disk index equal those of datasketch's own in-memory LSH."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from datasketch import MinHashLSH

from builder.dedup import Deduplicator, Duplicate, settings, signature
from builder.script import to_simplified

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> dict[str, str]:
    """The shipped captures, and for every third one a shortened copy and one with a line added."""
    texts = {p.stem: to_simplified(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "corpus").glob("*/*.txt"))}
    for index, (name, text) in enumerate(sorted(texts.items())):
        if index % 3 == 0:
            texts[f"{name}-cut"] = text[: len(text) * 7 // 10]
            texts[f"{name}-added"] = text + "\n会议强调,要持续加大招商引资力度。"
    return texts


def _reference(signatures: dict, ranks: dict, threshold: float) -> list[Duplicate]:
    """The same clustering over datasketch's MinHashLSH, all in memory."""
    index = MinHashLSH(threshold=threshold, num_perm=settings()["num_perm"])
    found = []
    for article in sorted(signatures, key=lambda a: (ranks[a], a)):
        mine = signatures[article]
        close = [(mine.jaccard(signatures[c]), c) for c in index.query(mine)]
        close = [(s, c) for s, c in close if s >= threshold]
        if close:
            similarity, canonical = min(close, key=lambda pair: (-pair[0], ranks[pair[1]], pair[1]))
            found.append(Duplicate(canonical, article, round(float(similarity), 3)))
        else:
            index.insert(article, mine)
    return sorted(found, key=lambda d: (d.canonical, d.duplicate))


def test_the_on_disk_index_finds_the_clusters_datasketch_finds() -> None:
    texts = _texts()
    signatures = {name: signature(text) for name, text in texts.items()}
    ranks = {name: (name.count("-"), len(text) % 7, order) for order, (name, text) in enumerate(sorted(texts.items()))}
    deduplicator = Deduplicator(sqlite3.connect(":memory:"))
    for name in sorted(texts):
        deduplicator.add(name, signatures[name], ranks[name])
    found = deduplicator.duplicates()
    assert found == _reference(signatures, ranks, deduplicator.threshold)
    pairs = {(d.canonical, d.duplicate) for d in found}
    assert {("w002", "w002-cut"), ("w002", "w002-added")} <= pairs
    assert len(found) >= 2 * len(texts) // 5
