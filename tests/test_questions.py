"""The five questions of the README and the card: every query and pandas line shown runs on dist/ and gives
the answer shown, so the documentation cannot go stale; the card's answers, which DuckDB computes from the
SQL, are the pandas lines' tables; and the no-join sum by city gives what the articles themselves state."""

from __future__ import annotations

import re
import shutil
from collections import defaultdict
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from builder.publish.questions import cell, questions, questions_markdown, run_sql

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
SECTION = re.compile(r"^## Five questions, one query each\n(.*?)(?=^## )", re.S | re.M)
QUESTION = re.compile(r"\*\*(\d)\. (.+?)\*\*\n\n```sql\n(.*?)```\n\n```python\n(.*?)```\n\n((?:\|[^\n]*\|\n)+)", re.S)


def run_pandas(code: str) -> Any:
    """The value of a question's pandas code: its lines run in order, the last one's value returned."""
    *statements, last = code.splitlines()
    namespace: dict[str, Any] = {"pd": pd}
    exec("\n".join(statements), namespace)  # the project's own data file, never input
    return eval(last, namespace)


def _readme_questions() -> list[tuple[str, str, str, list[list[str]]]]:
    """Each question of the README as (question, SQL, pandas, answer rows as the table shows them)."""
    section = SECTION.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert section, "README.md has no section of the five questions"
    found = []
    for _, question, sql, code, table in QUESTION.findall(section.group(1)):
        lines = table.strip("\n").split("\n")
        rows = [[c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]] for line in lines]
        found.append((question, sql, code.strip("\n"), [rows[0], *rows[2:]]))
    return found


def _shown(columns: list[str], rows: list[tuple]) -> list[list[str]]:
    return [columns, *([cell(value) for value in row] for row in rows)]


@pytest.fixture(autouse=True)
def _in_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the README's paths start at the repository's folder (dist/data/...)


def test_the_readme_shows_five_questions_each_with_both_forms() -> None:
    shown = _readme_questions()
    assert [q for q, *_ in shown] == [item["question"] for item in questions()]
    assert len(shown) == 5


@pytest.mark.parametrize("number", range(5))
def test_each_duckdb_query_shown_gives_the_answer_shown(number: int) -> None:
    _, sql, _, answer = _readme_questions()[number]
    result = duckdb.sql(sql)
    assert _shown(result.columns, result.fetchall()) == answer
    assert len(answer) > 1  # a question the corpus answers


@pytest.mark.parametrize("number", range(5))
def test_each_pandas_line_shown_gives_the_answer_shown(number: int) -> None:
    _, _, code, answer = _readme_questions()[number]
    frame = run_pandas(code)
    assert _shown(list(frame.columns), list(frame.itertuples(index=False, name=None))) == answer


@pytest.mark.parametrize("number", range(5))
def test_the_answer_the_card_takes_from_the_sql_is_the_pandas_lines_table(number: int) -> None:
    item = questions()[number]
    columns, rows = run_sql(item["sql"], DIST / "data")
    frame = run_pandas(item["pandas"].replace("{data}", str(DIST / "data")))
    assert _shown(columns, rows) == _shown(list(frame.columns), list(frame.itertuples(index=False, name=None)))
    assert rows  # a question the corpus answers


def test_answers_are_found_in_a_folder_whose_name_reads_as_a_pattern(tmp_path: Path) -> None:
    folder = tmp_path / "out[1]*" / "data"
    shutil.copytree(DIST / "data", folder)
    assert questions_markdown(folder, "data") == questions_markdown(DIST / "data", "data")


def test_the_readme_and_the_card_show_the_same_questions_as_the_data_file(monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert questions_markdown(Path("dist/data"), "dist/data") in readme
    card = (DIST / "README.md").read_text(encoding="utf-8")
    assert questions_markdown(Path("dist/data"), "data") in card
    monkeypatch.chdir(DIST)  # the card's queries run from the card's own folder
    for item in questions():
        duckdb.sql(item["sql"].replace("{data}", "data")).fetchall()


def test_the_sum_by_city_without_a_join_is_what_the_articles_state() -> None:
    flat = duckdb.sql(
        "SELECT city, SUM(amount) FROM 'dist/data/targets/*.parquet' WHERE currency = 'CNY' AND status = 'goal' "
        "GROUP BY city"
    ).fetchall()
    stated: dict[str | None, float] = defaultdict(float)
    for article in pq.read_table(DIST / "data" / "articles", columns=["region", "targets"]).to_pylist():
        for target in article["targets"]:
            if target["currency"] == "CNY" and target["status"] == "goal" and target["amount"] is not None:
                stated[article["region"]["city"]] += target["amount"]
    assert dict(flat) == dict(stated)
    # signed projects' 计划总投资 are results since targets' status reads them so: goals by city are few
    assert len(stated) >= 2 and any(stated) and sum(stated.values()) > 0


def test_no_question_reads_a_table_the_build_writes_after_their_answers_start() -> None:
    """A build starts the card's answers as soon as the shards' tables are final, before `people`: a question
    reading `people` would race with its writing."""
    from builder.publish.shards import SHARDED

    read = {table for question in questions() for table in re.findall(r"\{data\}/(\w+)", question["sql"])}
    assert read and read <= set(SHARDED)
