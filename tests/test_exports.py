"""`exports/*.csv`: what a spreadsheet opens, with the same rows as the Parquet tables and no formula to run."""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from builder.cli import main
from builder.publish.derived import ARTICLE_COLUMNS, FORMULA_STARTS, cell_text, export_header, table_rows
from builder.publish.validate import validate

TABLES = ("targets", "speakers", "people")
CAPTURE = "{place}召开招商引资工作推进会\n\n2024年3月15日，{place}召开全市招商引资工作推进会。市长{name}出席会议并讲话。{name}强调，要力争年底前引进亿元以上项目{n}个，完成招商引资到位资金{n}亿元。\n"  # noqa: E501
# One capture per character that starts a formula, each in the address its manifest gives.
HOSTILE_URLS = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"]


def _parquet_rows(root: Path, table: str) -> list[dict]:
    return list(table_rows(root, table))


def test_every_csv_starts_with_a_byte_order_mark_and_one_header_row(built: Path) -> None:
    for name in ("articles", *TABLES):
        raw = (built / "exports" / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), name
        header = next(csv.reader(raw.decode("utf-8-sig").splitlines()))
        expected = [h for h, _ in ARTICLE_COLUMNS] if name == "articles" else export_header(name)
        assert header == expected


@pytest.mark.parametrize("table", TABLES)
def test_each_csv_gives_the_rows_of_its_parquet_table(built: Path, table: str) -> None:
    as_text = pd.read_csv(built / "exports" / f"{table}.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    rows = _parquet_rows(built, table)
    parquet_rows = sum(pq.ParquetFile(path).metadata.num_rows for path in (built / "data" / table).glob("*.parquet"))
    assert len(as_text) == len(rows) == parquet_rows
    assert as_text.to_dict("records") == [{k: cell_text(v) for k, v in row.items()} for row in rows]


def test_numbers_and_dates_read_back_as_they_are_in_parquet(built: Path) -> None:
    targets = pd.read_csv(built / "exports" / "targets.csv", encoding="utf-8-sig")
    rows = _parquet_rows(built, "targets")
    for column in ("amount", "amount_low", "amount_high", "value", "year"):
        for read, row in zip(targets[column], rows, strict=True):
            assert (row[column] is None and math.isnan(read)) or read == row[column], column
    dates = pd.to_datetime(targets["deadline_date"], format="ISO8601").dt.date
    assert [None if pd.isna(d) else d for d in dates] == [row["deadline_date"] for row in rows]
    assert any(isinstance(row["deadline_date"], dt.date) for row in rows)


def test_articles_csv_has_the_fields_journalists_filter_on_and_no_body(built: Path, articles: dict) -> None:
    table = pd.read_csv(built / "exports" / "articles.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert "text" not in table.columns and "text_original" not in table.columns
    assert list(table["id"]) == [row["id"] for row in _parquet_rows(built, "articles")]
    for record in table.to_dict("records"):
        article = articles[record["id"]]
        assert record["city"] == (article["region"]["city"] or "")
        assert record["event_date"] == (article["date"]["event"].isoformat() if article["date"]["event"] else "")
        assert record["industries"] == "; ".join(i["name"] for i in article["industries"])


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_a_text_cell_that_would_start_a_formula_is_quoted(start: str) -> None:
    assert cell_text(f"{start}SUM(A1:A9)") == f"'{start}SUM(A1:A9)"
    assert cell_text([f"{start}1", "2"]) == f"'{start}1; 2"
    assert cell_text("招商" + start) == "招商" + start  # only the first character matters


def test_numbers_stay_numbers() -> None:
    assert [cell_text(v) for v in (-5.0, 500000000.0, 6.7, 3, True, None, dt.date(2024, 12, 31))] == [
        "-5", "500000000", "6.7", "3", "true", "", "2024-12-31",
    ]  # fmt: skip


def test_no_cell_of_a_build_starts_a_formula(tmp_path: Path) -> None:
    inputs = tmp_path / "captures"
    inputs.mkdir()
    places = ["湖州市", "嘉兴市", "衢州市", "台州市", "丽水市", "温州市"]
    manifest = []
    for number, (place, url) in enumerate(zip(places, HOSTILE_URLS, strict=True)):
        name = f"c{number}.txt"
        text = CAPTURE.format(place=place, name="周" + "一二三四五六"[number] + "平", n=number + 2)
        (inputs / name).write_text(text, encoding="utf-8")
        manifest.append(json.dumps({"file": name, "url": url}, ensure_ascii=False))
    (inputs / "manifest.jsonl").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(inputs), "--out", str(out), "--no-cache", "--keep-duplicates"]) == 0
    assert validate(out) == []
    urls = pd.read_csv(out / "exports" / "articles.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)["url"]
    assert sorted(urls) == sorted("'" + url for url in HOSTILE_URLS)
    for path in sorted((out / "exports").glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.reader(handle):
                for cell in row:
                    assert not cell.startswith(FORMULA_STARTS) or _is_number(cell), (path.name, cell)


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_validate_finds_a_damaged_spreadsheet(tmp_path: Path, built: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(built, copy)
    targets = copy / "exports" / "targets.csv"
    targets.write_bytes(targets.read_bytes()[3:])  # the byte-order mark lost
    (copy / "exports" / "people.csv").write_text("person_id\r\n", encoding="utf-8-sig")
    problems = validate(copy)
    assert "exports/targets.csv: no UTF-8 byte-order mark" in problems
    assert "exports/people.csv: its header is not the table's columns" in problems


def test_spreadsheets_made_in_two_processes_are_those_made_in_one(built: Path, tmp_path: Path) -> None:
    """Each Parquet file's part is written by whichever process takes it and the parts are joined in file
    order: the same bytes as one process writes, and no part left behind."""
    from builder.publish.derived import EXPORTED, EXPORTS, Exports
    from builder.run.limits import worker_pool

    copy = tmp_path / "copy"
    shutil.copytree(built, copy)
    shutil.rmtree(copy / EXPORTS)
    with worker_pool(2) as pool:
        exports = Exports(copy, pool)
        exports.start(EXPORTED)
        counts = exports.finish()
    assert sorted(p.name for p in (copy / EXPORTS).iterdir()) == sorted(p.name for p in (built / EXPORTS).iterdir())
    for path in (built / EXPORTS).iterdir():
        assert (copy / EXPORTS / path.name).read_bytes() == path.read_bytes(), path.name
    assert counts == {table: len(_parquet_rows(built, table)) for table in ("articles", *TABLES)}
