"""The hand labels are well formed, and every field reaches its bar on both parts of them."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from builder.accuracy import failures, load_gold, parse_corpus, pooled, same_subject, score

ROOT = Path(__file__).resolve().parent.parent
WILD_GOLD = ROOT / "tests" / "gold" / "wild"
LOCKED_GOLD = ROOT / "tests" / "gold" / "locked"
KEYS = {
    "id", "raw", "split", "title", "subtitle", "outlet", "published_date", "event_date", "event_name", "speakers",
    "attendees", "region", "genre", "script", "truncated", "figures", "industries", "notes",
}  # fmt: skip


@pytest.fixture(scope="module")
def splits() -> dict:
    gold = load_gold([ROOT / "tests" / "gold", WILD_GOLD])
    return score(gold, parse_corpus([ROOT / "corpus" / "seeds", ROOT / "corpus" / "wild"]))


def test_wild_labels_are_well_formed_and_spread() -> None:
    paths = [*sorted(WILD_GOLD.glob("*.gold.json")), *sorted(LOCKED_GOLD.glob("*.gold.json"))]
    labels = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    assert len(labels) >= 35
    for path, label in zip(paths, labels, strict=True):
        assert set(label) - {"off_topic"} == KEYS | {"truncation"}, label["id"]
        assert label["truncated"] == bool(label["truncation"]), label["id"]
        assert set(label["truncation"]) <= {"paywall", "elided", "mid_sentence", "declared_length"}
        assert (ROOT / "corpus" / label["raw"]).is_file()
        assert label["split"] in ({"locked"} if path.parent == LOCKED_GOLD else {"dev", "heldout"}), label["id"]
        assert label["genre"] in {"news_report", "speech", "document"}
        assert all(f["value"] and "about" in f for f in label["figures"]), label["id"]
    split_genres = Counter((label["split"], label["genre"]) for label in labels)
    assert all(
        split_genres[(split, genre)] >= 3
        for split in ("dev", "heldout")
        for genre in ("news_report", "speech", "document")
    )
    scripts = Counter(label["script"] for label in labels)
    assert scripts["traditional"] >= 10 and scripts["simplified"] >= 10


def test_every_field_reaches_its_bar_on_the_labels_rules_are_written_against(splits: dict) -> None:
    """Only dev is held to the bars: a bar on the held-out part would make every miss there a rule to
    write, and it would stop being held out. `make accuracy` prints the held-out part beside it."""
    assert failures(splits, ["dev"]) == []


def test_locked_labels_are_scored_only_when_asked_for(tmp_path: Path) -> None:
    for name, split in (("a", "dev"), ("b", "locked")):
        label = {"id": name, "split": split}
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(label), encoding="utf-8")
    assert [label["id"] for label in load_gold([tmp_path])] == ["a"]
    assert [label["id"] for label in load_gold([tmp_path], locked=True)] == ["a", "b"]
    assert set(score(load_gold([tmp_path]), {})) == {"dev"}


def test_the_seeds_stay_exact(splits: dict) -> None:
    seeds = splits["seeds"].scores()
    for field in ("title", "outlet", "published date", "event day", "event year", "genre", "region city", "positions"):
        assert seeds[field] == 1.0, field


@pytest.mark.parametrize("field", ["target status", "target subject"])
def test_targets_are_read_right_on_the_seeds_and_dev(splits: dict, field: str) -> None:
    """How the labelled figures the builder finds are read: goal or result, and what they count."""
    scored = sum(splits[p].tallies[field].total for p in ("seeds", "dev"))
    assert scored >= 150  # most of the 226 labelled figures are found, so the bar means something
    assert pooled(splits, ["seeds", "dev"], field) >= 0.9


def test_every_figure_is_labelled_with_status_and_subject() -> None:
    for label in load_gold([ROOT / "tests" / "gold", WILD_GOLD, LOCKED_GOLD], locked=True):
        for figure in label["figures"]:
            assert figure["status"] in {"goal", "result", "unknown"}, (label["id"], figure)
            assert figure["subject"] is None or figure["subject"].strip(), (label["id"], figure)


@pytest.mark.parametrize(
    ("gold", "found", "right"),
    [
        ("新签约项目", "新签约项目", True),
        ("新签约项目", "全市新签约项目", True),  # a place the label leaves out
        ("签约额", "共签约额", True),  # a qualifier at the edge
        ("项目", "中石化无机化工产业基地战略投资协议、华中家具产业园2期等", False),  # the clause before
        ("客商", "蔡宗喜及省经委、商务厅有关领导、", False),
        ("外资项目", "外资", False),  # a fragment
        (None, None, True),
        (None, "项目", False),
    ],
)
def test_a_subject_is_right_only_when_it_names_what_the_gold_one_names(gold, found, right) -> None:
    assert same_subject(gold, found) is right
