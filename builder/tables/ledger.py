"""What a build must remember of every article until it ends, kept on disk so its memory stays flat.

Input: each written article's `ArticleFacts` (and, through `dedup.Deduplicator`, its signature).
Output: the facts of any article by id: whether an id was written already, and what the duplicates
table needs of an article set aside at the end. A SQLite file in the
build's staging folder holds them (removed before the build is published), so a build of a million
articles needs no more memory than one of a thousand.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from builder.record.models import Article

_TEXT_RANGES = (("\u4e00", "\u9fff"), ("0", "9"), ("A", "Z"), ("a", "z"))  # what counts as text
REPAIR_KINDS = ("pinyin_removed", "noise_removed", "punctuation_removed", "boilerplate_removed", "repaired")
# Rows written per transaction.
BATCH = 256


@dataclass(frozen=True)
class ArticleFacts:
    """What near-duplicates and the duplicates table need of an article, kept on disk for every article (the
    card's counts come from the finished Parquet: `builder.publish.statistics`)."""

    id: str
    file: str
    sha256: str
    url: str | None
    outlet: str | None
    repairs: tuple[int, ...]
    unrecoverable: int
    text_characters: int  # of the clean text, damaged runs left out
    titled: bool
    metadata: int  # how many of URL, publication date and retrieval time the capture gives

    @classmethod
    def of(cls, article: Article) -> ArticleFacts:
        quality, source = article.quality, article.source
        return cls(
            id=article.id,
            file=article.source.file,
            sha256=article.source.sha256,
            url=article.source.url,
            outlet=article.outlet,
            repairs=tuple(getattr(quality, kind) for kind in REPAIR_KINDS),
            unrecoverable=quality.unrecoverable.count,
            text_characters=_sound_characters(article),
            titled=article.title is not None,
            metadata=sum(x is not None for x in (source.url, article.date.published, source.retrieved_at)),
        )

    def completeness(self, written: int) -> tuple[int, ...]:
        """Which copy of a near-duplicate cluster to keep, the lowest first: more text, a headline, fewer
        unrecoverable runs, more metadata, less repaired or removed, then the one written first."""
        return (-self.text_characters, not self.titled, self.unrecoverable, -self.metadata, sum(self.repairs), written)


def _sound_characters(article: Article) -> int:
    """Characters of text, punctuation and spaces aside: a copy that lost characters to a lossy encoding has
    fewer; each run that stays damaged is one U+FFFD in the text, so mojibake does not count. Counted on the
    code points, looked up in a table of the Basic Multilingual Plane (no character above it counts): a
    quarter of the instructions of cutting the rest out with a pattern."""
    points = np.frombuffer((article.text or "").encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return int(np.count_nonzero(_TEXT_TABLE[np.minimum(points, _LAST_IN_TABLE)]))


def _text_table() -> np.ndarray:
    table = np.zeros(_LAST_IN_TABLE + 1, dtype=bool)
    for first, last in _TEXT_RANGES:
        table[ord(first) : ord(last) + 1] = True
    return table


_LAST_IN_TABLE = 0xFFFF  # not text itself, so any character above it looks up as no text
_TEXT_TABLE = _text_table()


def freeze(facts: ArticleFacts) -> str:
    # The fields are flat, so `vars` gives what `dataclasses.asdict` would, without its deep copy (4x faster).
    return json.dumps(vars(facts), ensure_ascii=False)


def thaw(stored: str) -> ArticleFacts:
    values = json.loads(stored)
    return ArticleFacts(**{**values, "repairs": tuple(values["repairs"])})


class Ledger:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.connection = sqlite3.connect(path)
        self.connection.execute("PRAGMA journal_mode = OFF")
        self.connection.execute("PRAGMA synchronous = OFF")
        self.connection.execute("CREATE TABLE facts (id TEXT PRIMARY KEY, facts TEXT NOT NULL, shard INTEGER)")
        self.pending: dict[str, tuple[ArticleFacts, str, int]] = {}

    def add(self, facts: ArticleFacts, stored: str, shard: int) -> None:
        """`stored`: the facts as `freeze` gives them (made where the article was parsed); `shard`: the
        shard whose files hold its rows."""
        self.pending[facts.id] = (facts, stored, shard)
        if len(self.pending) >= BATCH:
            self.flush()

    def get(self, article_id: str) -> ArticleFacts | None:
        if article_id in self.pending:
            return self.pending[article_id][0]
        found = self.connection.execute("SELECT facts FROM facts WHERE id = ?", (article_id,)).fetchone()
        return thaw(found[0]) if found is not None else None

    def shard_of(self, article_id: str) -> int:
        if article_id in self.pending:
            return self.pending[article_id][2]
        return self.connection.execute("SELECT shard FROM facts WHERE id = ?", (article_id,)).fetchone()[0]

    def flush(self) -> None:
        with self.connection:
            self.connection.executemany(
                "INSERT INTO facts VALUES (?, ?, ?)",
                [(key, stored, shard) for key, (_, stored, shard) in self.pending.items()],
            )
        self.pending = {}

    def close(self) -> None:
        self.connection.close()
        self.path.unlink(missing_ok=True)
