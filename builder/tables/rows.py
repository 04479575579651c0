"""Records → rows: an article as every table takes it, made where the article is parsed.

Input: a validated `Article`. Output: `ArticleRows`, its rows in the articles, targets and speakers
tables, the facts the build keeps of it and its near-duplicate signature. Workers (and Ray tasks)
make these, so the one process that writes only appends rows; nothing here needs Arrow.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from builder.record.models import Article, ArticleContext
from builder.tables import ledger
from builder.tables.dedup import signature
from builder.tables.ledger import ArticleFacts
from builder.tables.persons import person_id


def _shared(article: Article) -> dict[str, Any]:
    """The versions and the article's place, date, genre and outlet (`ArticleContext`), copied onto each of its flat
    rows."""
    region, date = article.region, article.date
    context = ArticleContext(
        region_code=region.code,
        province=region.province,
        city=region.city,
        county=region.county,
        event_date=date.event,
        year=date.year,
        genre=article.genre,
        outlet=article.outlet,
    )
    return {
        "schema_version": article.schema_version,
        "dataset_version": article.dataset_version,
        **context.model_dump(),
    }


def flat_targets(article: Article, row: dict[str, Any], shared: dict[str, Any]) -> list[dict[str, Any]]:
    """The article's `TargetRow`s, from its targets as its row holds them (`model_dump`) and its `shared` fields. Each
    part was validated already (the targets once measured, the context just now), so the rows are not validated
    again: that took half the time of making them, for the same rows."""
    return [
        {"article_id": article.id, "target_index": i, **shared, **target} for i, target in enumerate(row["targets"])
    ]


def flat_speakers(article: Article, row: dict[str, Any], shared: dict[str, Any]) -> list[dict[str, Any]]:
    """The article's `SpeakerRow`s, from its speakers as its row holds them, not validated again (`flat_targets`):
    what each row adds is an index, the person's id, a join and a test."""
    principal = article.speaker.name if article.speaker else None
    return [
        {
            "article_id": article.id,
            "speaker_index": i,
            "person_id": person_id(s.name, s.positions, article.region, article.id),
            "position_text": "、".join(s.positions),
            "principal": s.name == principal,
            **shared,
            **speaker,
        }
        for i, (s, speaker) in enumerate(zip(article.speakers, row["speakers"], strict=True))
    ]


def without_text(article: Article) -> Article:
    """The record for a text-free build: every field but the texts of the body."""
    return article.model_copy(
        update={
            "text": None,
            "text_original": None,
            "sections": [s.model_copy(update={"paragraphs": []}) for s in article.sections],
            "targets": [t.model_copy(update={"sentence": None}) for t in article.targets],
        }
    )


@dataclass(frozen=True)
class ArticleRows:
    """One article as the writer takes it: its rows in every table, its facts and its near-duplicate signature.

    Made where the article is parsed (a worker process, a Ray task), so the one process that writes
    only appends rows.
    """

    facts: ArticleFacts
    stored_facts: str  # the facts as the ledger keeps them
    article: dict[str, Any]
    targets: list[dict[str, Any]]
    speakers: list[dict[str, Any]]
    minhash: np.ndarray | None

    @classmethod
    def of(cls, article: Article, text_free: bool = False, deduplicate: bool = True) -> ArticleRows:
        published = without_text(article) if text_free else article
        facts = ArticleFacts.of(article)
        row = published.model_dump()  # with its targets and speakers as their own rows take them: dumped once
        shared = _shared(published)
        return cls(
            facts=facts,
            stored_facts=ledger.freeze(facts),
            article=row,
            targets=flat_targets(published, row, shared),
            speakers=flat_speakers(published, row, shared),
            minhash=signature(article.text) if deduplicate and article.text else None,
        )
