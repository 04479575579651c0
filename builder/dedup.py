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
    """Collects signatures as articles are written; `duplicates()` clusters them at the end."""

    def __init__(self, threshold: float | None = None) -> None:
        self.threshold = threshold if threshold is not None else _threshold()
        self.index = MinHashLSH(threshold=self.threshold, num_perm=settings()["num_perm"])
        self.signatures: dict[str, LeanMinHash] = {}
        self.ranks: dict[str, tuple] = {}
        self.parent: dict[str, str] = {}

    def add(self, article_id: str, text: str, rank: tuple) -> None:
        """`rank`: lower is the better copy to keep (less damage, earlier)."""
        if article_id in self.signatures or not text:
            return
        found = signature(text)
        for other in self.index.query(found):
            if found.jaccard(self.signatures[other]) >= self.threshold:
                self._join(article_id, other)
        self.index.insert(article_id, found)
        self.signatures[article_id] = found
        self.ranks[article_id] = rank
        self.parent.setdefault(article_id, article_id)

    def duplicates(self) -> list[Duplicate]:
        """Every non-canonical article, with its cluster's canonical one, in a stable order."""
        clusters: dict[str, list[str]] = {}
        for article_id in self.signatures:
            clusters.setdefault(self._root(article_id), []).append(article_id)
        found = []
        for members in clusters.values():
            if len(members) < 2:
                continue
            canonical = min(members, key=lambda m: (self.ranks[m], m))
            for member in sorted(members):
                if member != canonical:
                    similarity = self.signatures[canonical].jaccard(self.signatures[member])
                    found.append(Duplicate(canonical, member, round(float(similarity), 3)))
        return sorted(found, key=lambda d: (d.canonical, d.duplicate))

    def _root(self, article_id: str) -> str:
        while self.parent[article_id] != article_id:
            self.parent[article_id] = self.parent[self.parent[article_id]]
            article_id = self.parent[article_id]
        return article_id

    def _join(self, a: str, b: str) -> None:
        self.parent.setdefault(a, a)
        root_a, root_b = self._root(a), self._root(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)
