"""What the card and the build report say about a build: counts gathered article by article."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from builder import __version__
from builder.record.models import SCHEMA_VERSION
from builder.tables.ledger import REPAIR_KINDS, ArticleFacts


@dataclass
class Statistics:
    """What the card and the build report say about a build, gathered row by row."""

    inputs: int = 0
    articles: int = 0
    quarantined: Counter[str] = field(default_factory=Counter)
    repairs: Counter[str] = field(default_factory=Counter)
    unrecoverable: int = 0
    truncated: int = 0
    targets: int = 0
    speakers: int = 0
    by_year: Counter[str] = field(default_factory=Counter)
    by_province: Counter[str] = field(default_factory=Counter)
    by_genre: Counter[str] = field(default_factory=Counter)
    by_script: Counter[str] = field(default_factory=Counter)
    by_outlet: Counter[str] = field(default_factory=Counter)
    by_parser: Counter[str] = field(default_factory=Counter)
    by_site: Counter[str] = field(default_factory=Counter)
    affected: Counter[str] = field(default_factory=Counter)
    duplicates: int = 0
    text_free: bool = False

    def count_article(self, facts: ArticleFacts, sign: int = 1) -> None:
        """Add an article's share (sign -1 takes it back, when it turns out to be a duplicate)."""
        self.articles += sign
        for kind, n in zip(REPAIR_KINDS, facts.repairs, strict=True):
            self.repairs[kind] += sign * n
            self.affected[kind] += sign * (n > 0)
        self.affected["truncated"] += sign * facts.truncated
        self.affected["unrecoverable"] += sign * (facts.unrecoverable > 0)
        self.unrecoverable += sign * facts.unrecoverable
        self.truncated += sign * facts.truncated
        self.targets += sign * facts.targets
        self.speakers += sign * facts.speakers
        for counter, key in (
            (self.by_year, facts.year),
            (self.by_province, facts.province),
            (self.by_genre, facts.genre),
            (self.by_script, facts.script),
            (self.by_outlet, facts.outlet or "unknown"),
            (self.by_parser, facts.parser),
            (self.by_site, facts.site or "unknown"),
        ):
            counter[key] += sign
            if not counter[key]:
                del counter[key]

    def report(self, rows: dict[str, int], problems: list[str]) -> dict[str, Any]:
        return {
            "dataset": "zhaoshang-corpus",
            "schema_version": SCHEMA_VERSION,
            "builder_version": __version__,
            "dataset_version": __version__,
            "text_free": self.text_free,
            "counts": {
                "inputs": self.inputs,
                "articles": self.articles,
                "quarantined": sum(self.quarantined.values()),
                "quarantined_by_reason": dict(sorted(self.quarantined.items())),
                "duplicates": self.duplicates,
                "rows": rows,
            },
            "repairs": dict(sorted(self.repairs.items())),
            "unrecoverable_damage": self.unrecoverable,
            "truncated_articles": self.truncated,
            "by_parser": dict(sorted(self.by_parser.items())),
            "input_problems": problems,
        }
