"""The written dataset loads in pyarrow, `datasets` and DuckDB, with the generated schema."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
import yaml
from datasets import load_dataset

from builder.cli import main
from builder.publish import shards
from builder.publish.parquet import read_table, table_files
from builder.publish.validate import validate
from builder.record.models import SCHEMA_VERSION, Article
from builder.record.schema import TABLE_MODELS, arrow_schema, dataset_info_yaml, features, json_schema_text
from builder.run import engine
from tests.conftest import CORPUS

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("table", list(TABLE_MODELS))
def test_parquet_schema_is_the_generated_one(built: Path, table: str) -> None:
    for path in table_files(built, table):
        schema = pq.read_schema(path)
        assert schema.remove_metadata().equals(arrow_schema(table).remove_metadata())


@pytest.mark.parametrize("table", list(TABLE_MODELS))
def test_loads_with_datasets(built: Path, report: dict, table: str) -> None:
    dataset = load_dataset(str(built), table, split="train")
    assert dataset.num_rows == report["counts"]["rows"][table]
    assert dataset.features == features(table)


@pytest.mark.parametrize("table", list(TABLE_MODELS))
def test_the_cards_dataset_info_is_what_datasets_itself_writes(table: str) -> None:
    from datasets import DatasetInfo, SplitDict, SplitInfo

    splits = SplitDict({"train": SplitInfo(name="train", num_bytes=1234, num_examples=56)})
    expected = DatasetInfo(features=features(table), splits=splits, config_name=table)._to_yaml_dict()
    expected["config_name"] = table
    assert json.dumps(dataset_info_yaml(table, 56, 1234)) == json.dumps(expected)  # key order shows in the card


def test_articles_is_the_default_config(built: Path) -> None:
    dataset = load_dataset(str(built), split="train")
    assert set(dataset.column_names) == set(Article.model_fields)


def test_card_yaml_lists_configs_and_sizes(built: Path, report: dict) -> None:
    header = (built / "README.md").read_text(encoding="utf-8").split("---\n")[1]
    card = yaml.safe_load(header)
    assert [c["config_name"] for c in card["configs"]] == list(TABLE_MODELS)
    for info in card["dataset_info"]:
        assert info["splits"][0]["num_examples"] == report["counts"]["rows"][info["config_name"]]


def test_records_round_trip_through_the_models(articles: dict) -> None:
    for row in articles.values():
        assert Article.model_validate(row).model_dump() == row


def test_duckdb_joins_the_flat_tables(built: Path) -> None:
    query = f"""
        SELECT a.region.city AS city, a.date.year AS year, count(*) AS n
        FROM '{built}/data/articles/*.parquet' a JOIN '{built}/data/targets/*.parquet' t ON t.article_id = a.id
        WHERE a.region.city IS NOT NULL GROUP BY ALL ORDER BY n DESC, city
    """
    rows = duckdb.sql(query).fetchall()
    assert (
        sum(n for _, _, n in rows)
        == duckdb.sql(
            f"SELECT count(*) FROM '{built}/data/targets/*.parquet' t JOIN '{built}/data/articles/*.parquet' a "
            "ON t.article_id = a.id WHERE a.region.city IS NOT NULL"
        ).fetchall()[0][0]
    )
    positions = duckdb.sql(
        f"SELECT name, position_text FROM '{built}/data/speakers/*.parquet' WHERE article_id = '002_66bc6007192f2ba8'"
    ).fetchall()
    assert positions == [("马泽江", "市委书记"), ("胡志莉", "市委副书记、市长")]


def test_the_report_counts_the_deadlines_the_targets_table_resolves_and_leaves_open(built: Path, report: dict) -> None:
    targets = f"'{built}/data/targets/*.parquet'"
    resolved, unresolved = duckdb.sql(
        f"SELECT count(deadline_date), count(*) - count(deadline_date) FROM {targets} WHERE deadline_text IS NOT NULL"
    ).fetchall()[0]
    forms = dict(
        duckdb.sql(
            f"SELECT deadline_text, count(*) FROM {targets} "
            "WHERE deadline_text IS NOT NULL AND deadline_date IS NULL GROUP BY deadline_text"
        ).fetchall()
    )
    assert unresolved > 0  # the shipped corpus has forms no rule resolves (下周二前)
    assert report["deadlines"] == {"resolved": resolved, "unresolved": unresolved, "unresolved_forms": forms}


def test_readers_can_skip_row_groups_by_dates_regions_and_kinds_but_prose_has_no_statistics(built: Path) -> None:
    """DuckDB and pyarrow skip a row group by its min and max; those of an article's text or a target's
    sentence help no query and would weigh up to 4 KB each in every row group's footer."""
    for table, kept, left_out in (
        ("articles", {"id", "date.year", "region.province", "genre"}, {"text", "text_original"}),
        ("targets", {"article_id", "kind", "unit", "value"}, {"sentence"}),
    ):
        group = pq.read_metadata(table_files(built, table)[0]).row_group(0)
        statistics = {group.column(i).path_in_schema: group.column(i).is_stats_set for i in range(group.num_columns)}
        assert {column for column in kept | left_out if statistics[column]} == kept


def test_a_row_group_of_targets_or_speakers_holds_the_rows_of_one_row_group_of_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whole row groups, not a batch and a stub of what overflowed it: the footers, which the writer holds
    in memory until the end, grow with the number of row groups."""
    monkeypatch.setattr(shards, "ARTICLES_PER_ROW_GROUP", 16)
    out = tmp_path / "dist"
    assert main(["build", *map(str, CORPUS), "--out", str(out), "--keep-duplicates", "--workers", "1"]) == 0
    articles = pq.ParquetFile(table_files(out, "articles")[0])
    batches = [
        set(articles.read_row_group(i, columns=["id"]).column("id").to_pylist()) for i in range(articles.num_row_groups)
    ]
    assert [len(ids) for ids in batches[:-1]] == [16] * (len(batches) - 1) and 0 < len(batches[-1]) <= 16
    assert len(batches) >= 5
    for table in ("targets", "speakers"):
        child = pq.ParquetFile(table_files(out, table)[0])
        groups = [
            set(child.read_row_group(i, columns=["article_id"]).column("article_id").to_pylist())
            for i in range(child.num_row_groups)
        ]
        assert all(any(ids <= batch for batch in batches) for ids in groups), table
        assert len(groups) >= 2
    assert pq.ParquetFile(table_files(out, "targets")[0]).num_row_groups == len(batches)


def test_schema_files_are_generated_from_the_models(built: Path) -> None:
    current = f"article-{SCHEMA_VERSION}.json"
    assert [p.name for p in (built / "schema").glob("*.json")] == [current]
    # schema/ keeps every released version's JSON Schema; the current one is generated from the models.
    assert (ROOT / "schema" / current).read_text(encoding="utf-8") == json_schema_text()
    assert (ROOT / "schema" / "article-1.0.0.json").is_file()


def test_validate_accepts_a_build_and_rejects_tampering(built: Path, tmp_path: Path) -> None:
    assert validate(built) == []
    copy = tmp_path / "copy"
    shutil.copytree(built, copy)
    path = table_files(copy, "targets")[0]
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    assert any("targets" in problem for problem in validate(copy))
    (copy / "quarantine.jsonl").unlink()
    assert any("quarantine.jsonl" in problem for problem in validate(copy))


def test_repository_dist_is_up_to_date(built: Path) -> None:
    committed = (ROOT / "dist" / "SHA256SUMS").read_text(encoding="utf-8")
    assert committed == (built / "SHA256SUMS").read_text(encoding="utf-8"), "run `make dataset` and commit dist/"


def test_cli_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "builder.cli"]
    missing = subprocess.run(
        [*command, "build", str(tmp_path / "nope"), "--out", str(tmp_path / "o")], capture_output=True, text=True
    )
    assert missing.returncode == 2 and "input not found" in missing.stderr and "Traceback" not in missing.stderr
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "precious.txt").write_text("keep me")
    refused = subprocess.run(
        [*command, "build", str(ROOT / "corpus" / "seeds"), "--out", str(tmp_path / "mine")],
        capture_output=True,
        text=True,
    )
    assert refused.returncode == 2 and "holds no earlier build" in refused.stderr
    assert (tmp_path / "mine" / "precious.txt").read_text() == "keep me"
    (tmp_path / "a_file").write_text("")
    unwritable = subprocess.run(
        [*command, "build", str(ROOT / "corpus" / "seeds"), "--out", str(tmp_path / "a_file" / "dist")],
        capture_output=True,
        text=True,
    )
    assert unwritable.returncode == 2 and "cannot write" in unwritable.stderr and "Traceback" not in unwritable.stderr
    assert len(unwritable.stderr.strip().splitlines()) == 1
    invalid = subprocess.run([*command, "validate", str(tmp_path / "mine")], capture_output=True, text=True)
    assert invalid.returncode == 1 and "not a built dataset" in invalid.stderr


def test_cli_parse_prints_one_record(tmp_path: Path) -> None:
    seed = ROOT / "corpus" / "seeds" / "003_fe92fa010d4549fa.txt"
    result = subprocess.run([sys.executable, "-m", "builder.cli", "parse", str(seed)], capture_output=True, text=True)
    assert result.returncode == 0
    record = Article.model_validate_json(result.stdout)
    assert record.outlet == "浙江在线台州频道" and record.region.code == "331083"
    novel = ROOT / "corpus" / "wild" / "w007.txt"
    result = subprocess.run([sys.executable, "-m", "builder.cli", "parse", str(novel)], capture_output=True, text=True)
    assert result.returncode == 1 and result.stderr.startswith("quarantined: off_topic")


def test_the_card_and_report_count_what_the_tables_hold_across_shards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The card's and the report's counts come from the finished Parquet (footers and a few columns): in shards
    of 16, with near-duplicates set aside, they are what the articles' rows say, row by row."""
    monkeypatch.setattr(engine, "SHARD_INPUTS", 16)
    out = tmp_path / "dist"
    assert main(["build", *map(str, CORPUS), "--out", str(out), "--workers", "1", "--no-cache"]) == 0
    assert len(table_files(out, "articles")) == 6
    articles = read_table(out, "articles").to_pylist()
    report = json.loads((out / "build_report.json").read_text(encoding="utf-8"))
    counts = report["counts"]
    assert counts["articles"] == len(articles) == 73 and counts["inputs"] == 80
    assert counts["rows"]["targets"] == sum(len(a["targets"]) for a in articles)
    assert report["by_parser"] == dict(sorted(Counter(a["source"]["parser"] for a in articles).items()))
    for kind, total in report["repairs"].items():
        assert total == sum(a["quality"][kind] for a in articles), kind
    assert report["truncated_articles"] == sum(a["quality"]["truncated"] for a in articles)
    card = (out / "README.md").read_text(encoding="utf-8")
    provinces = Counter(a["region"]["province"] or "unknown" for a in articles)
    for province, n in provinces.items():
        assert f"\n| {province} | {n} |\n" in card, province
    years = Counter(str(a["date"]["year"] or "unknown") for a in articles)
    assert f"\n| unknown | {years['unknown']} |\n" in card.split("| year of the event |")[1]
    affected = sum(a["quality"]["pinyin_removed"] > 0 for a in articles)
    total = report["repairs"]["pinyin_removed"]
    assert f"\n| pinyin_removed | {total} | {affected} | {affected / len(articles):.0%} |\n" in card
