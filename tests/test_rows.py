"""Records → rows: the flat rows an article gives, made without validating them again, are what their models give."""

from __future__ import annotations

import pytest

from builder.read.capture import find_inputs
from builder.record.models import SpeakerRow, TargetRow
from builder.run import pipeline
from builder.tables.persons import person_id
from builder.tables.rows import ArticleRows, without_text
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def parsed() -> list:
    items, _ = find_inputs(CORPUS)
    articles = [pipeline.parse_input(item).article for item in items]
    return [article for article in articles if article is not None]


def _context(article) -> dict:
    region, date = article.region, article.date
    return {
        "region_code": region.code, "province": region.province, "city": region.city, "county": region.county,
        "event_date": date.event, "year": date.year, "genre": article.genre, "outlet": article.outlet,
        "schema_version": article.schema_version, "dataset_version": article.dataset_version,
    }  # fmt: skip


@pytest.mark.parametrize("text_free", [False, True])
def test_each_flat_row_is_its_validated_model_dumped(parsed: list, text_free: bool) -> None:
    """Every target and speaker of the shipped captures: the row equals the `TargetRow` or `SpeakerRow` built and
    validated from the article's parts, field by field, and the article's row is its record dumped."""
    assert sum(len(article.targets) for article in parsed) > 400 and sum(len(a.speakers) for a in parsed) > 20
    for article in parsed:
        rows = ArticleRows.of(article, text_free=text_free, deduplicate=False)
        published = without_text(article) if text_free else article
        assert rows.article == published.model_dump()
        targets = [
            TargetRow(article_id=article.id, target_index=i, **_context(article), **t.model_dump()).model_dump()
            for i, t in enumerate(published.targets)
        ]
        principal = article.speaker.name if article.speaker else None
        speakers = [
            SpeakerRow(
                article_id=article.id,
                speaker_index=i,
                person_id=person_id(s.name, s.positions, article.region, article.id),
                position_text="、".join(s.positions),
                principal=s.name == principal,
                **_context(article),
                **s.model_dump(),
            ).model_dump()
            for i, s in enumerate(article.speakers)
        ]
        assert rows.targets == targets and rows.speakers == speakers, article.id
