"""The whole shipped corpus builds; every input is accounted for; nothing dirty survives."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from builder.accuracy import RESIDUE  # written independently of the cleaner's own patterns
from builder.cli import main
from builder.read.capture import InputFile
from builder.run.engine import SHARD_INPUTS, shards_of

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted(p.name for folder in ("seeds", "wild") for p in (ROOT / "corpus" / folder).glob("*.txt"))
FICTION = {"wild/w007.txt", "wild/w022.txt", "wild/w060.txt", "wild/w061.txt", "wild/w075.txt"}


def _strings(article: dict) -> dict[str, list[str]]:
    return {
        "title": [article["title"] or ""],
        "text": [article["text"]],
        "sections": [p for s in article["sections"] for p in [s["heading"] or "", *s["paragraphs"]]],
        "targets": [t["sentence"] for t in article["targets"]],
    }


def test_every_input_is_one_article_or_one_quarantine_line(built: Path, articles: dict, report: dict) -> None:
    quarantine = [json.loads(line) for line in (built / "quarantine.jsonl").read_text().splitlines()]
    files = sorted(
        [Path(a["source"]["file"]).name for a in articles.values()] + [Path(q["file"]).name for q in quarantine]
    )
    assert files == SHIPPED
    counts = report["counts"]
    assert counts["inputs"] == 80 == counts["articles"] + counts["quarantined"]
    assert counts["articles"] == len(articles) == 73
    assert counts["quarantined_by_reason"] == {"duplicate": 2, "off_topic": 5} and counts["duplicates"] == 2


def test_fiction_is_quarantined_as_off_topic_with_its_cue(built: Path) -> None:
    quarantine = [json.loads(line) for line in (built / "quarantine.jsonl").read_text().splitlines()]
    fiction = [q for q in quarantine if q["reason"] == "off_topic"]
    assert {q["file"] for q in fiction} == FICTION
    assert all(q["detail"].startswith("fiction (") for q in fiction)
    assert all(len(q["sha256"]) == 64 for q in quarantine)


def test_near_duplicates_are_kept_once_with_the_most_complete_copy(built: Path, articles: dict) -> None:
    quarantine = [json.loads(line) for line in (built / "quarantine.jsonl").read_text().splitlines()]
    duplicates = {q["file"]: q["detail"] for q in quarantine if q["reason"] == "duplicate"}
    assert set(duplicates) == {"wild/w059.txt", "wild/w034.txt"}
    assert duplicates["wild/w059.txt"].startswith("of w058 ")  # w059 is the pinyin-damaged copy, without a headline
    assert duplicates["wild/w034.txt"].startswith("of w035 ")  # w035 tells the same signing in 717 characters, not 442
    table = pq.read_table(built / "data" / "duplicates").to_pylist()
    assert [(r["article_id"], r["duplicate_id"], r["duplicate_outlet"]) for r in table] == [
        ("w035", "w034", None),
        ("w058", "w059", "中国台湾网"),
    ]
    assert all(0.3 <= r["similarity"] <= 1 for r in table)
    assert "w059" not in articles and "w058" in articles and articles["w035"]["outlet"] == "中国日报"


@pytest.mark.parametrize("kind", sorted(RESIDUE))
def test_no_residue_in_published_fields(articles: dict, kind: str) -> None:
    pattern = RESIDUE[kind]
    found = [
        (article_id, field, pattern.search(value).group(0))
        for article_id, article in articles.items()
        for field, values in _strings(article).items()
        for value in values
        if pattern.search(value)
    ]
    assert not found, found[:5]


def test_damage_is_counted_and_located(articles: dict) -> None:
    for article in articles.values():
        damage = article["quality"]["unrecoverable"]
        assert damage["count"] == len(damage["offsets"]) == len(damage["fragments"])
        assert all(article["text"][offset] == "\ufffd" for offset in damage["offsets"])
        assert article["text"].count("\ufffd") == damage["count"]
    suizhou = articles["002_66bc6007192f2ba8"]["quality"]["unrecoverable"]
    assert suizhou["fragments"] == ["?zhǔn)秸猩蹋⒆汶S"]


def test_report_repairs_add_up(articles: dict, report: dict) -> None:
    for kind, total in report["repairs"].items():
        assert total == sum(a["quality"][kind] for a in articles.values()), kind
    assert report["unrecoverable_damage"] == sum(a["quality"]["unrecoverable"]["count"] for a in articles.values())


def test_paid_preview_is_marked_truncated_with_its_elisions(articles: dict) -> None:
    draft = articles["001_e41f1b669d5e67a4"]
    quality = draft["quality"]
    assert quality["truncated"] and quality["declared_length"] == 5006
    (offset,) = quality["elided_at"]
    assert draft["text"][offset:].startswith("作观摩制度")
    assert draft["text"].endswith(
        "第一季度是全年经济的风向标\uff0c开年经济形势对社会预期、市场信心乃至全年经济走势都有重要影响\uff0c要努力以“开局首胜”确保“全年精彩”。\n一要"
    )


def test_every_field_present_for_every_article(articles: dict) -> None:
    from builder.record.models import Article

    for article in articles.values():
        assert set(article) == set(Article.model_fields)
        assert article["text"] and article["text_original"]
        assert all(value != "" for value in (article["title"], article["outlet"], article["site"]))


def test_a_parser_failure_costs_one_capture_not_the_build(monkeypatch, tmp_path: Path) -> None:
    from builder.read.capture import InputFile
    from builder.run import pipeline

    def broken(capture):
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "parse_capture", broken)
    path = ROOT / "corpus" / "wild" / "w002.txt"
    outcome = pipeline.parse_bytes(InputFile(path, "wild/w002.txt"), path.read_bytes())
    assert outcome.article is None
    assert (outcome.quarantine.reason, outcome.quarantine.detail) == ("parser_error", "RuntimeError: boom")


def test_a_failure_to_tabulate_an_article_costs_one_capture_not_the_build(monkeypatch, tmp_path: Path) -> None:
    from builder.tables.rows import ArticleRows

    tabulate = ArticleRows.of

    def broken_for_w002(article, *args):
        if article.source.file.endswith("w002.txt"):
            raise ValueError("bad row")
        return tabulate(article, *args)

    monkeypatch.setattr(ArticleRows, "of", broken_for_w002)
    out = tmp_path / "dist"
    assert main(["build", str(ROOT / "corpus" / "wild"), "--out", str(out), "--no-cache", "--workers", "1"]) == 0
    quarantine = [json.loads(line) for line in (out / "quarantine.jsonl").read_text(encoding="utf-8").splitlines()]
    failed = [q for q in quarantine if q["reason"] == "parser_error"]
    assert [(q["file"], q["detail"]) for q in failed] == [("wild/w002.txt", "ValueError: bad row")]
    report = json.loads((out / "build_report.json").read_text(encoding="utf-8"))
    assert report["counts"]["inputs"] == 75 == report["counts"]["articles"] + report["counts"]["quarantined"]


@pytest.mark.parametrize(
    ("count", "sizes"),
    [
        (0, []),
        (1, [1]),
        (512, [512]),
        (513, [257, 256]),
        (1024, [512, 512]),
        (1025, [257, 256, 256, 256]),
        (1536, [384, 384, 384, 384]),
        (1600, [512, 512, 288, 288]),
        (2000, [512, 512, 488, 488]),
        (2049, [512, 512, 257, 256, 256, 256]),
        (3072, [512] * 6),
    ],
)
def test_shards_are_fixed_ranges_of_the_inputs_in_order(count: int, sizes: list[int]) -> None:
    """Shards depend on the inputs alone, never on the workers: SHARD_INPUTS consecutive inputs each, but for the
    last ones, which share what is left equally, as many as make the count even."""
    assert SHARD_INPUTS == 512
    items = [InputFile(Path(f"{i:06d}.txt"), f"{i:06d}.txt") for i in range(count)]
    shards = list(shards_of(iter(items)))
    assert [shard.index for shard in shards] == list(range(len(shards)))
    assert [item for shard in shards for item in shard.items] == items
    assert [len(shard.items) for shard in shards] == sizes


@pytest.mark.parametrize("size", [1, 2, 3, 16])
def test_shards_cover_the_inputs_none_empty_or_too_large_and_end_even(
    size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """For every count of inputs: each input once, in order; no shard empty or over SHARD_INPUTS; with shards of two
    inputs or more, an even count of shards wherever the plain cut ended on a short shard or an odd count."""
    from builder.run import engine

    monkeypatch.setattr(engine, "SHARD_INPUTS", size)
    for count in range(8 * size + 2):
        items = [InputFile(Path(f"{i:06d}.txt"), f"{i:06d}.txt") for i in range(count)]
        shards = list(engine.shards_of(items))
        assert [item for shard in shards for item in shard.items] == items
        assert all(0 < len(shard.items) <= size for shard in shards)
        plain = -(-count // size)
        if size > 1 and count > size and (count % size or plain % 2):
            assert len(shards) % 2 == 0, (size, count, [len(shard.items) for shard in shards])
