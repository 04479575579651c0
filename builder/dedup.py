"""Near-duplicates: the same report republished by several sites, or the same page with and without damage.

Input: each article's id, clean text and a quality rank, as the build writes it. Output: clusters,
each with one canonical article (the least damaged, then the first) and the others as its
duplicates with their estimated similarity. MinHash signatures (datasketch) and an LSH index, both
kept on disk in the build's ledger, keep the lookup sublinear and the memory flat; the threshold is
data (`dedup.json`), measured on labelled pairs by `benchmarks/dedup.py`.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING

import numpy as np

from builder.resources import data_json

if TYPE_CHECKING:
    from datasketch import LeanMinHash

DEDUP = "dedup.json"
# Signatures written per transaction.
_BATCH = 256
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
    minhash = _datasketch().MinHash(num_perm=config["num_perm"], seed=config["seed"])
    minhash.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return _datasketch().LeanMinHash(minhash)


def _datasketch() -> ModuleType:
    """datasketch, imported on first use: it loads scipy (about 0.5 s), which a build that keeps its
    near-duplicates never needs. A deduplicating build makes its Deduplicator before the workers
    start, so they inherit the module."""
    import datasketch

    return datasketch


@lru_cache(maxsize=1)
def _threshold() -> float:
    return float(settings()["threshold"])


class Deduplicator:
    """Collects signatures as articles are written; `duplicates()` clusters them at the end.

    Clusters do not chain: taking articles from the best copy down, each joins the cluster of the
    most similar canonical article it reaches the threshold with, or starts a cluster of its own.
    Signatures and the LSH index are rows of the build's ledger (SQLite), not Python objects, so
    memory does not grow with the corpus. The index is datasketch's banding with datasketch's
    choice of bands for the threshold; each band's key is a hash of its values, so a lookup is one
    indexed query.
    """

    def __init__(self, connection: sqlite3.Connection, threshold: float | None = None) -> None:
        self.connection = connection
        self.threshold = threshold if threshold is not None else _threshold()
        banding = _datasketch().MinHashLSH(threshold=self.threshold, num_perm=settings()["num_perm"])
        self.bands, self.rows_per_band = banding.b, banding.r
        connection.execute(
            "CREATE TABLE signatures (id TEXT PRIMARY KEY, unrecoverable INTEGER, repairs INTEGER, written INTEGER, "
            "minhash BLOB NOT NULL)"
        )
        connection.execute("CREATE TABLE bands (key INTEGER NOT NULL, id TEXT NOT NULL)")
        connection.execute("CREATE INDEX bands_by_key ON bands (key)")
        self.pending: list[tuple] = []

    def add(self, article_id: str, minhash: LeanMinHash, rank: tuple[int, int, int]) -> None:
        """`minhash`: the article's `signature`; `rank`: lower is the better copy to keep (less damage, earlier)."""
        self.pending.append((article_id, *rank, minhash.hashvalues.astype("<u8").tobytes()))
        if len(self.pending) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        with self.connection:
            self.connection.executemany("INSERT OR IGNORE INTO signatures VALUES (?, ?, ?, ?, ?)", self.pending)
        self.pending = []

    def duplicates(self) -> list[Duplicate]:
        """Every non-canonical article, with its cluster's canonical one, in a stable order."""
        self._flush()
        found = []
        ranked = self.connection.execute(
            "SELECT id, minhash FROM signatures ORDER BY unrecoverable, repairs, written, id"
        )
        for article_id, blob in ranked:
            mine = np.frombuffer(blob, dtype="<u8")
            keys = self._band_keys(mine)
            close = [(similarity, c) for similarity, c in self._candidates(mine, keys) if similarity >= self.threshold]
            if close:
                similarity, canonical = close[0]
                found.append(Duplicate(canonical, article_id, round(float(similarity), 3)))
            else:
                with self.connection:
                    self.connection.executemany("INSERT INTO bands VALUES (?, ?)", [(key, article_id) for key in keys])
        return sorted(found, key=lambda d: (d.canonical, d.duplicate))

    def _candidates(self, mine: np.ndarray, keys: list[int]) -> list[tuple[float, str]]:
        """Canonical articles sharing a band with `mine` and their similarity: the most similar first, then the
        best copy."""
        marks = ", ".join("?" for _ in keys)
        rows = self.connection.execute(
            "SELECT s.id, s.minhash, s.unrecoverable, s.repairs, s.written FROM signatures s "
            f"WHERE s.id IN (SELECT id FROM bands WHERE key IN ({marks}))",
            keys,
        ).fetchall()
        scored = []
        for candidate, blob, *rank in rows:
            similarity = float(np.count_nonzero(mine == np.frombuffer(blob, dtype="<u8"))) / len(mine)
            scored.append((-similarity, tuple(rank), candidate))
        return [(-similarity, candidate) for similarity, _, candidate in sorted(scored)]

    def _band_keys(self, hashvalues: np.ndarray) -> list[int]:
        """One key per band: a 64-bit hash of the band's number and values (SQLite integers are signed)."""
        width = self.rows_per_band
        keys = []
        for band in range(self.bands):
            values = bytes([band]) + hashvalues[band * width : (band + 1) * width].tobytes()
            keys.append(int.from_bytes(hashlib.blake2b(values, digest_size=8).digest(), "little", signed=True))
        return keys
