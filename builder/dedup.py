"""Near-duplicates: the same report republished by several sites, or the same page with and without damage.

Input: each article's id, clean text and a quality rank, as the build writes it. Output: clusters,
each with one canonical article (the least damaged, then the first) and the others as its
duplicates with their estimated similarity. MinHash signatures (datasketch) and an LSH index keep
the memory per article at a few hundred bytes and the lookup sublinear; the threshold is data
(`dedup.json`), measured on labelled pairs by `benchmarks/dedup.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from datasketch import LeanMinHash, MinHash, MinHashLSH

from builder.resources import data_json

DEDUP = "dedup.json"
_NOT_TEXT = re.compile(r"[^\u4e00-\u9fff0-9A-Za-z]")


@dataclass(frozen=True)
class Duplicate:
    canonical: str
    duplicate: str
    similarity: float


def settings() -> dict:
    return data_json(DEDUP)


def shingles(text: str, size: int | None = None) -> set[str]:
    size = size or settings()["shingle"]
    squeezed = _NOT_TEXT.sub("", text)
    if len(squeezed) <= size:
        return {squeezed} if squeezed else set()
    return {squeezed[i : i + size] for i in range(len(squeezed) - size + 1)}


def signature(text: str) -> LeanMinHash:
    config = settings()
    minhash = MinHash(num_perm=config["num_perm"], seed=config["seed"])
    minhash.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return LeanMinHash(minhash)


@lru_cache(maxsize=1)
def _threshold() -> float:
    return float(settings()["threshold"])


class Deduplicator:
    """Collects signatures as articles are written; `duplicates()` clusters them at the end.

    Clusters do not chain: taking articles from the best copy down, each joins the cluster of the
    most similar canonical article it reaches the threshold with, or starts a cluster of its own.
    """

    def __init__(self, threshold: float | None = None) -> None:
        self.threshold = threshold if threshold is not None else _threshold()
        self.signatures: dict[str, LeanMinHash] = {}
        self.ranks: dict[str, tuple] = {}

    def add(self, article_id: str, minhash: LeanMinHash, rank: tuple) -> None:
        """`minhash`: the article's `signature`; `rank`: lower is the better copy to keep (less damage, earlier)."""
        if article_id in self.signatures:
            return
        self.signatures[article_id] = minhash
        self.ranks[article_id] = rank

    def duplicates(self) -> list[Duplicate]:
        """Every non-canonical article, with its cluster's canonical one, in a stable order."""
        index = MinHashLSH(threshold=self.threshold, num_perm=settings()["num_perm"])
        found = []
        for article_id in sorted(self.signatures, key=lambda a: (self.ranks[a], a)):
            mine = self.signatures[article_id]
            scored = [(mine.jaccard(self.signatures[c]), c) for c in index.query(mine)]
            close = [(similarity, c) for similarity, c in scored if similarity >= self.threshold]
            if close:
                similarity, canonical = min(close, key=lambda pair: (-pair[0], self.ranks[pair[1]], pair[1]))
                found.append(Duplicate(canonical, article_id, round(float(similarity), 3)))
            else:
                index.insert(article_id, mine)
        return sorted(found, key=lambda d: (d.canonical, d.duplicate))
