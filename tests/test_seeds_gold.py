"""Every value in the five seeds' hand-checked gold labels comes out exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from builder.accuracy import figure_found, same_text
from builder.record.models import Article

GOLD = sorted((Path(__file__).parent / "gold").glob("*.gold.json"))


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", GOLD, ids=[p.name.split("_")[0] for p in GOLD])
def test_seed_matches_gold(path: Path, articles: dict[str, dict]) -> None:
    gold = _gold(path)
    article = articles[gold["id"]]
    assert same_text(article["title"], gold["title"]), (article["title"], gold["title"])
    if "subtitle" in gold:
        assert article["subtitle"] == gold["subtitle"]
    assert article["outlet"] == gold["outlet"]
    assert article["site"] == gold["site"]
    assert (str(article["date"]["published"]) if article["date"]["published"] else None) == gold["published_date"]
    for part in ("year", "month", "day", "year_inferred"):
        assert article["date"][part] == gold["event_date"][part], part
    assert [(s["name"], s["positions"]) for s in article["speakers"]] == [
        (s["name"], s["positions"]) for s in gold["speakers"]
    ]
    for level in ("province", "city", "county"):
        assert article["region"][level] == gold["region"][level], level
    assert article["genre"] == gold["genre"]
    assert article["script"] == gold["script"]
    assert article["quality"]["truncated"] == gold["truncated"]
    assert article["quality"]["truncation"] == gold["truncation"]
    if "declared_length" in gold:
        assert article["quality"]["declared_length"] == gold["declared_length"]
    missing = [f for f in gold["figures"] if not figure_found(f, Article.model_validate(article))]
    assert not missing, f"figures not among targets: {missing}"


def test_seed_event_day_is_resolved_against_the_page_date(articles: dict[str, dict]) -> None:
    date = articles["000_aef0e1b2d6e7c438"]["date"]
    assert (str(date["published"]), str(date["event"]), date["expression"]) == ("2024-05-15", "2024-05-14", "昨日下午")


def test_principal_speaker_and_roles(articles: dict[str, dict]) -> None:
    suizhou = articles["002_66bc6007192f2ba8"]
    assert suizhou["speaker"] == {"name": "马泽江", "positions": ["市委书记"]}
    assert [s["roles"] for s in suizhou["speakers"]] == [["spoke"], ["spoke", "presided"]]
    attendees = {a["name"]: a for a in suizhou["attendees"]}
    assert set(attendees) == {"陈兴旺", "黄继军", "詹金灿", "张道亮", "刘玲", "徐光喜", "刘军伟"}
    assert attendees["刘军伟"]["positions"] == ["市政府党组成员"]
    assert "张琴" not in attendees  # the reporter is neither speaker nor attendee


def test_unnamed_speech_draft_has_no_speaker(articles: dict[str, dict]) -> None:
    draft = articles["001_e41f1b669d5e67a4"]
    assert draft["speaker"] is None and draft["speakers"] == [] and draft["attendees"] == []
    headings = [(s["level"], s["heading"]) for s in draft["sections"] if s["level"] == 1]
    assert headings == [(1, "全面发力拼项目"), (1, "全员上阵抢招商"), (1, "全速冲刺开门红")]
