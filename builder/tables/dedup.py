"""Near-duplicates: the same report republished by several sites, or the same page with and without damage.

Input: each article's id, clean text and a rank (`ArticleFacts.completeness`), as the build writes it.
Output: clusters, each with one canonical article (the most complete copy: more text, a headline, less
damage, more metadata, then the first) and the others as its duplicates with their estimated
similarity. MinHash signatures and an LSH index, both kept on disk in the build's ledger, keep the
lookup sublinear and the memory flat; the threshold is data (`dedup.json`), measured on labelled
pairs by `benchmarks/dedup.py`.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from builder.resources import data_json

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


def signature(text: str) -> np.ndarray:
    """The MinHash of the text's character shingles (punctuation and spaces removed): one minimum
    per permutation, `num_perm` unsigned 32-bit values.

    Each shingle's hash is computed for all shingles at once in numpy (a polynomial over its code
    points, then the MurmurHash3 64-bit finalizer, kept to 32 bits), and the permutations are affine
    maps of 32-bit values (h -> a * h + b mod 2^32, odd a), like datasketch's affine32 scheme. A
    Python loop over shingles cost 0.7 ms an article.
    """
    size = int(settings()["shingle"])
    codes = np.frombuffer(_NOT_TEXT.sub("", text).encode("utf-32-le"), dtype="<u4").astype(np.uint64)
    if len(codes) == 0:  # no shingle: the empty set's signature
        return np.full(len(_permutations()[0]), np.iinfo(np.uint32).max, dtype=np.uint32)
    count = max(1, len(codes) - size + 1)
    hashes = np.zeros(count, dtype=np.uint64)
    for offset in range(min(size, len(codes))):
        hashes = hashes * _POLYNOMIAL + codes[offset : offset + count]
    # The shingle x permutation products are taken a block at a time: a 5 MB text costs 8 MB, not gigabytes.
    mixed = (_finalize(hashes) >> np.uint64(32)).astype(np.uint32)
    a, b = _permutations()
    minimum = np.full(len(a), np.iinfo(np.uint32).max, dtype=np.uint32)
    for start in range(0, len(mixed), _BLOCK):
        np.minimum(minimum, (mixed[start : start + _BLOCK, np.newaxis] * a + b).min(axis=0), out=minimum)
    return minimum


def sortable(rank: tuple[int, ...]) -> bytes:
    """A rank as bytes that sort as the tuple does (SQLite compares blobs byte by byte): each number
    shifted to be unsigned, 8 bytes big-endian. The ranked scan then runs in SQLite, not in memory."""
    return b"".join((value + (1 << 63)).to_bytes(8, "big") for value in rank)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The estimated Jaccard similarity of two signatures' shingle sets."""
    return float(np.count_nonzero(a == b)) / len(a)


_POLYNOMIAL = np.uint64(0x100000001B3)
_BLOCK = 8192  # shingles a block: 8192 x 128 products of 4 bytes


def _finalize(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's fmix64: every input bit affects every output bit."""
    values = values ^ (values >> np.uint64(33))
    values = values * np.uint64(0xFF51AFD7ED558CCD)
    values = values ^ (values >> np.uint64(33))
    values = values * np.uint64(0xC4CEB9FE1A85EC53)
    return values ^ (values >> np.uint64(33))


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """`num_perm` affine permutations of 32-bit values, fixed by the seed."""
    config = settings()
    random = np.random.RandomState(config["seed"])
    a = random.randint(0, 1 << 31, config["num_perm"], dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = random.randint(0, 1 << 32, config["num_perm"], dtype=np.uint64).astype(np.uint32)
    return a, b


@lru_cache(maxsize=1)
def _threshold() -> float:
    return float(settings()["threshold"])


class Deduplicator:
    """Collects signatures as articles are written; `duplicates()` clusters them at the end.

    Clusters do not chain: taking articles from the best copy down, each joins the cluster of the
    most similar canonical article it reaches the threshold with, or starts a cluster of its own.
    Signatures and the LSH index are rows of the build's ledger (SQLite), not Python objects, so
    memory does not grow with the corpus. The index is LSH banding, with the bands datasketch chooses
    for the threshold (kept in `dedup.json`, checked by a test); each band's key is a hash of its
    values, so a lookup is one indexed query.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.threshold = _threshold()
        self.bands, self.rows_per_band = settings()["bands"], settings()["rows_per_band"]
        connection.execute("CREATE TABLE signatures (id TEXT PRIMARY KEY, rank BLOB NOT NULL, minhash BLOB NOT NULL)")
        connection.execute("CREATE TABLE bands (key INTEGER NOT NULL, id TEXT NOT NULL)")
        connection.execute("CREATE INDEX bands_by_key ON bands (key)")
        self.pending: list[tuple] = []

    def add(self, article_id: str, minhash: np.ndarray, rank: tuple[int, ...]) -> None:
        """`minhash`: the article's `signature`; `rank`: lower is the better copy to keep (compared in order)."""
        self.pending.append((article_id, sortable(rank), minhash.astype("<u8").tobytes()))
        if len(self.pending) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        with self.connection:
            self.connection.executemany("INSERT OR IGNORE INTO signatures VALUES (?, ?, ?)", self.pending)
        self.pending = []

    def duplicates(self) -> list[Duplicate]:
        """Every non-canonical article, with its cluster's canonical one, in a stable order."""
        self._flush()
        found = []
        ranked = self.connection.execute("SELECT id, minhash FROM signatures ORDER BY rank, id")
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
            "SELECT s.id, s.minhash, s.rank FROM signatures s "
            f"WHERE s.id IN (SELECT id FROM bands WHERE key IN ({marks}))",
            keys,
        ).fetchall()
        scored = []
        for candidate, blob, rank in rows:
            scored.append((-similarity(mine, np.frombuffer(blob, dtype="<u8")), rank, candidate))
        return [(-score, candidate) for score, _, candidate in sorted(scored)]

    def _band_keys(self, hashvalues: np.ndarray) -> list[int]:
        """One key per band: a 64-bit hash of the band's number and values (SQLite integers are signed)."""
        width = self.rows_per_band
        keys = []
        for band in range(self.bands):
            values = bytes([band]) + hashvalues[band * width : (band + 1) * width].tobytes()
            keys.append(int.from_bytes(hashlib.blake2b(values, digest_size=8).digest(), "little", signed=True))
        return keys
