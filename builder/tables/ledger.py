"""What a build must remember of every article until it ends, kept on disk so its memory stays flat.

Input: each written article's `ArticleFacts` (and, through `dedup.Deduplicator`, its signature).
Output: the facts of any article by id: whether an id was written already, and what the card's
statistics and the duplicates table need of an article set aside at the end. A SQLite file in the
build's staging folder holds them (removed before the build is published), so a build of a million
articles needs no more memory than one of a thousand.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from builder.record.models import Article

REPAIR_KINDS = ("pinyin_removed", "noise_removed", "punctuation_removed", "boilerplate_removed", "repaired")
# Rows written per transaction.
BATCH = 256


@dataclass(frozen=True)
class ArticleFacts:
    """What the statistics and the duplicates table need of an article, kept on disk for every article."""

    id: str
    file: str
    sha256: str
    url: str | None
    outlet: str | None
    site: str | None
    repairs: tuple[int, ...]
    unrecoverable: int
    truncated: bool
    targets: int
    speakers: int
    year: str
    province: str
    genre: str
    script: str
    parser: str

    @classmethod
    def of(cls, article: Article) -> ArticleFacts:
        quality = article.quality
        return cls(
            id=article.id,
            file=article.source.file,
            sha256=article.source.sha256,
            url=article.source.url,
            outlet=article.outlet,
            site=article.site,
            repairs=tuple(getattr(quality, kind) for kind in REPAIR_KINDS),
            unrecoverable=quality.unrecoverable.count,
            truncated=quality.truncated,
            targets=len(article.targets),
            speakers=len(article.speakers),
            year=str(article.date.year) if article.date.year else "unknown",
            province=article.region.province or "unknown",
            genre=article.genre,
            script=article.script,
            parser=article.source.parser,
        )

    def damage(self) -> tuple[int, int]:
        """How damaged the copy is: unrecoverable runs first, then everything repaired or removed."""
        return self.unrecoverable, sum(self.repairs)


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
