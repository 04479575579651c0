"""The dataset as users get it: every client loads it, the documented queries run, it describes
itself (Croissant) and proves its integrity, two builds are byte-identical, a text-free build
still loads, and the previous schema version's Parquet still reads.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from datasets import load_dataset
from folders import tree

from builder.cli import main
from builder.publish.parquet import read_table, row_count, table_files
from builder.publish.questions import questions
from builder.publish.validate import validate
from builder.record.migrate import upgrade_article
from builder.record.models import SCHEMA_VERSION, Article
from builder.run import engine

ROOT = Path(__file__).resolve().parent.parent
CORPUS = [ROOT / "corpus" / "seeds", ROOT / "corpus" / "wild"]
LOAD = ROOT / "tests" / "compat" / "load.py"
OLD_RELEASES = {
    "2.14": ROOT / ".venv-datasets-2.14" / "bin" / "python",
    "3.6": ROOT / ".venv-datasets-3.6" / "bin" / "python",
}


def _load(python: Path | str, dist: Path, tmp_path: Path, *flags: str) -> dict:
    # The modules cache too: `datasets` keeps a loading script's README there by the script's hash, and
    # a build of other data with the same script (another checkout, an earlier run) would answer for this one.
    caches = {"HF_DATASETS_CACHE": str(tmp_path / "hf-cache"), "HF_MODULES_CACHE": str(tmp_path / "hf-modules")}
    env = {**os.environ, **caches, "HF_HUB_OFFLINE": "1"}
    run = subprocess.run(
        [str(python), str(LOAD), str(dist), *flags], capture_output=True, text=True, env=env, timeout=600
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def newest(built: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    return _load(sys.executable, built, tmp_path_factory.mktemp("newest"))


def _old_release(version: str) -> Path:
    python = OLD_RELEASES[version]
    if not python.exists():
        pytest.skip(f"datasets {version} is not installed here; `make test` installs it in .venv-datasets-{version}")
    return python


@pytest.mark.parametrize("version", sorted(OLD_RELEASES))
def test_old_datasets_releases_load_every_config_with_the_same_rows(
    version: str, built: Path, newest: dict, tmp_path: Path
) -> None:
    old = _load(_old_release(version), built, tmp_path)
    assert old["datasets"].startswith(version)
    assert old["configs"] == newest["configs"]
    assert newest["datasets"].startswith("5.")


def test_the_loading_script_gives_the_same_rows_and_features_under_datasets_3_6(built: Path, tmp_path: Path) -> None:
    found = _load(_old_release("3.6"), built, tmp_path, "--script")
    for config, entry in found["configs"].items():
        assert entry["script_same_features"] and entry["script_same_rows"], config


def _snippets(card: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", card, flags=re.DOTALL)


def _queries(text: str) -> list[str]:
    """The SELECT statements of the ```sql blocks in `text`, comments left out."""
    statements = []
    for block in _snippets(text, "sql"):
        code = "\n".join(line for line in block.splitlines() if not line.lstrip().startswith("--"))
        statements += [q.strip() for q in code.split(";") if q.strip().upper().startswith("SELECT")]
    return statements


def test_the_cards_duckdb_and_polars_queries_run(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(built)
    card = (built / "README.md").read_text(encoding="utf-8")
    queries = _queries(card)
    assert len(queries) == 2 + len(questions())  # the five questions' queries: tests/test_questions.py
    per_city, by_position = (duckdb.sql(query).fetchall() for query in queries[:2])
    assert sum(n for *_, n in per_city) == row_count(built, "targets")
    assert by_position and all(isinstance(n, int) for *_, n in by_position)
    namespace: dict = {}
    (polars_block,) = [b for b in _snippets(card, "python") if "polars" in b]
    exec(polars_block, namespace)  # the card's own snippet, run as a reader would paste it
    assert namespace["per_city"]["len"].sum() == row_count(built, "targets")


def test_the_readmes_duckdb_queries_run(built: Path) -> None:
    queries = _queries((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(queries) >= 2
    for query in queries:
        assert duckdb.sql(query.replace("'dist/", f"'{built}/")).fetchall()
    namespace: dict = {}
    (polars_block,) = [
        b for b in _snippets((ROOT / "README.md").read_text(encoding="utf-8"), "python") if "polars" in b
    ]
    exec(polars_block.replace('"dist/', f'"{built}/'), namespace)
    assert namespace["per_city"]["len"].sum() == row_count(built, "targets")


def test_croissant_metadata_is_valid_and_reads_every_table(built: Path) -> None:
    import mlcroissant

    dataset = mlcroissant.Dataset(jsonld=str(built / "croissant.json"))
    for table in ("articles", "targets", "speakers", "duplicates", "people"):
        rows = sum(1 for _ in dataset.records(record_set=table))
        assert rows == row_count(built, table), table


def test_two_builds_are_byte_identical_whatever_the_workers(built: Path, tmp_path: Path) -> None:
    for workers in ("1", "2", "3"):
        again = tmp_path / f"again-{workers}"
        assert main(["build", *map(str, CORPUS), "--out", str(again), "--workers", workers]) == 0
        assert main(["sqlite", str(again)]) == 0  # as `built` (and `make dataset`) has it
        assert tree(again) == tree(built), workers


def test_many_shards_are_byte_identical_whatever_the_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Shards of 16 inputs: 6 files a table (16, 16, 12, 12, 12, 12), written by whichever worker takes them, and
    near-duplicates set aside from the shards that hold them; the dataset loads as one table wherever it is read."""
    monkeypatch.setattr(engine, "SHARD_INPUTS", 16)
    trees = {}
    for workers in ("1", "2", "3"):
        again = tmp_path / f"again-{workers}"
        assert main(["build", *map(str, CORPUS), "--out", str(again), "--workers", workers, "--no-cache"]) == 0
        trees[workers] = tree(again)
    assert trees["1"] == trees["2"] == trees["3"]
    again = tmp_path / "again-2"
    assert [p.name for p in table_files(again, "articles")] == [f"train-0000{i}-of-00006.parquet" for i in range(6)]
    assert validate(again) == []
    assert row_count(again, "articles") == 73 and row_count(again, "duplicates") == 2
    for table in ("articles", "targets"):
        assert len(load_dataset(str(again), table, split="train")) == row_count(again, table)
    counted = duckdb.sql(f"SELECT count(*) FROM '{again}/data/targets/*.parquet'").fetchall()
    assert counted == [(row_count(again, "targets"),)]


_SPY_ON_WORKERS = """
import os, sys
from builder.run import engine
from builder.cli import main

engine.SHARD_INPUTS = 16
write = engine.write_shard

def reports_where_it_runs(shard, *rest):
    with open(os.environ["SPY"], "a") as log:
        print(os.getpid(), os.getppid() == int(os.environ["BUILD"]), shard.index, file=log)
    return write(shard, *rest)

engine.write_shard = reports_where_it_runs
os.environ["BUILD"] = str(os.getpid())
sys.exit(main(sys.argv[1:]))
"""


def test_workers_parse_and_write_every_shard(tmp_path: Path) -> None:
    """The building process coordinates: each shard is parsed and written to Parquet in a worker."""
    spy = tmp_path / "spy.txt"
    command = [sys.executable, "-c", _SPY_ON_WORKERS, "build", str(CORPUS[1]), "--out", str(tmp_path / "o")]
    environment = {**os.environ, "SPY": str(spy)}
    run = subprocess.run([*command, "--workers", "2"], capture_output=True, text=True, timeout=300, env=environment)
    assert run.returncode == 0, run.stderr
    shards = [line.split() for line in spy.read_text().splitlines()]
    assert sorted(int(index) for *_, index in shards) == [0, 1, 2, 3, 4, 5]  # 75 captures: 16, 16, 11, 11, 11, 10
    assert all(child == "True" for _, child, _ in shards) and len({pid for pid, _, _ in shards}) == 2


def test_a_text_free_build_has_no_texts_and_loads_everywhere(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "no_text"
    assert main(["build", *map(str, CORPUS), "--out", str(out), "--no-text"]) == 0
    rows = read_table(out, "articles").to_pylist()
    assert all(r["text"] is None and r["text_original"] is None for r in rows)
    assert all(not s["paragraphs"] for r in rows for s in r["sections"])
    assert all(t["sentence"] is None for t in read_table(out, "targets").to_pylist())
    full = read_table(built, "articles").to_pylist()
    assert [r["id"] for r in rows] == [r["id"] for r in full] and [r["targets"] for r in rows] != []
    assert validate(out) == []
    assert "text-free build" in (out / "README.md").read_text(encoding="utf-8")
    found = _load(sys.executable, out, tmp_path)
    assert found["configs"]["articles"]["rows"] == len(rows)
    if OLD_RELEASES["2.14"].exists():
        assert _load(OLD_RELEASES["2.14"], out, tmp_path)["configs"] == found["configs"]


def test_versions_are_in_every_row_the_report_and_the_card(built: Path) -> None:
    report = json.loads((built / "build_report.json").read_text(encoding="utf-8"))
    card = (built / "README.md").read_text(encoding="utf-8")
    for table in ("articles", "targets", "speakers", "duplicates"):
        versions = {(r["schema_version"], r["dataset_version"]) for r in read_table(built, table).to_pylist()}
        assert versions == {(report["schema_version"], report["dataset_version"])}, table
    assert f"Schema {report['schema_version']}; dataset version {report['dataset_version']}" in card


def test_validate_checks_counts_against_the_card_and_unique_ids(built: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(built, copy)
    card = copy / "README.md"
    card.write_text(card.read_text(encoding="utf-8").replace("num_examples: 73", "num_examples: 74"), encoding="utf-8")
    assert any("num_examples" in p or "card" in p for p in validate(copy))


def test_the_previous_schema_versions_parquet_still_reads() -> None:
    rows = pq.read_table(ROOT / "tests" / "fixtures" / "articles-1.0.0.parquet").to_pylist()
    upgraded = [Article.model_validate(upgrade_article(row)) for row in rows]
    assert len(upgraded) == len(rows) == 75
    seed = next(a for a in upgraded if a.id == "004_5e4e8b0988485ef0")
    assert [i.raw for i in seed.industries][:2] == ["化工新材料", "汽车及零部件"]
    assert seed.dataset_version == "0.1.0" and seed.schema_version == SCHEMA_VERSION


def test_the_previous_schema_versions_truncated_rows_get_their_reasons() -> None:
    """1.0.0 and 1.1.0 marked only paid previews; their reasons follow from the elisions and the declared length."""
    rows = pq.read_table(ROOT / "tests" / "fixtures" / "articles-1.0.0.parquet").to_pylist()
    upgraded = {a.id: a.quality for a in (Article.model_validate(upgrade_article(row)) for row in rows)}
    assert upgraded["001_e41f1b669d5e67a4"].truncation == ["paywall", "elided", "declared_length"]
    assert upgraded["w055"].truncation == ["paywall", "declared_length"]
    assert upgraded["w047"].truncation == ["paywall"]
    assert all(q.truncation == [] for q in upgraded.values() if not q.truncated)
