"""`exports/*.csv`: what a spreadsheet opens, with the same rows as the Parquet tables and no formula to run."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
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


def _written_by_csv_writer(rows: list[list[str]]) -> bytes:
    """The CSV lines Python's `csv.writer` writes of these cells, as the spreadsheets were written cell by cell."""
    lines = io.StringIO(newline="")
    csv.writer(lines, lineterminator="\r\n").writerows(rows)
    return lines.getvalue().encode("utf-8")


@pytest.mark.parametrize("table", ("articles", *TABLES))
def test_each_csv_is_the_bytes_csv_writer_writes_of_its_cells(built: Path, table: str) -> None:
    """The spreadsheets are made a column at a time in Arrow: byte for byte what `csv.writer` writes of each
    row's `cell_text` cells (the articles' at their dotted paths), after the byte-order mark and the header."""
    if table == "articles":
        header = [name for name, _ in ARTICLE_COLUMNS]
        rows = [[cell_text(_at(row, path)) for _, path in ARTICLE_COLUMNS] for row in _parquet_rows(built, table)]
    else:
        header = export_header(table)
        rows = [[cell_text(row[name]) for name in header] for row in _parquet_rows(built, table)]
    expected = b"\xef\xbb\xbf" + _written_by_csv_writer([header, *rows])
    assert (built / "exports" / f"{table}.csv").read_bytes() == expected


def _at(row: dict, path: str) -> object:
    value: object = row
    for name in path.split("."):
        if isinstance(value, list):
            value = [item[name] for item in value]
        elif value is not None:
            value = value[name]  # type: ignore[index]
    return value


# Each kind of cell a column may hold, with the values a column-at-a-time path may write otherwise than
# `cell_text`: nulls, formula starts, the characters that make a cell quoted, whole floats at the limit where
# `cell_text` stops writing them as integers, the extremes of dates, empty lists.
_HOSTILE_COLUMNS = {
    "text": (
        pa.string(),
        [None, "", "=1+1", "+1", "-2", "@A1", "\tx", "\rx", "a,b", 'say "x"', "a\nb", "a\r\nb", "招商,", "'=x", " x"],
    ),
    "lines": (pa.string(), ["a\nb", "x", "a\rb", "\r\n", None, "y"] + ["z"] * 9),  # quoted for line ends alone
    "count": (pa.int64(), [None, 0, -5, 2**62, 7, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11]),
    "amount": (
        pa.float64(),
        [
            None,
            5.0,
            -5.0,
            6.7,
            -0.0,
            1e15 - 1,
            1e15,
            1e16,
            1e-5,
            0.1 + 0.2,
            float("nan"),
            float("inf"),
            -float("inf"),
            123456789.125,
            2.5e-300,
        ],
    ),
    "flag": (pa.bool_(), [None, True, False] * 5),
    "day": (
        pa.date32(),
        [None, dt.date(1, 1, 1), dt.date(999, 12, 31), dt.date(9999, 12, 31), dt.date(2024, 2, 29)] * 3,
    ),
    "names": (
        pa.list_(pa.string()),
        [None, [], ["=x", "b"], ["a,b"], ['"q"'], ["县长"], ["-1"], ["a", "b", "c"]] + [["x"]] * 7,
    ),
    "positions": (
        pa.list_(pa.struct([("title", pa.string()), ("first_seen", pa.date32()), ("last_seen", pa.date32())])),
        [
            None,
            [],
            [{"title": "县长", "first_seen": dt.date(2021, 3, 2), "last_seen": dt.date(2022, 5, 1)}],
            [{"title": "=市长", "first_seen": None, "last_seen": None}],
        ]
        + [[]] * 11,
    ),
}


def test_cells_made_a_column_at_a_time_are_those_cell_text_makes_one_by_one() -> None:
    from builder.publish.derived import column_cells, csv_lines

    table = pa.table({name: pa.array(values, kind) for name, (kind, values) in _HOSTILE_COLUMNS.items()})
    rows = [[cell_text(row[name]) for name in table.column_names] for row in table.to_pylist()]
    columns = [column_cells(table.column(name).combine_chunks()) for name in table.column_names]
    assert csv_lines(columns).to_pybytes() == _written_by_csv_writer(rows)
    sliced = table.slice(3, 9)  # an array that starts inside its buffers: its own cells only
    rows = [[cell_text(row[name]) for name in sliced.column_names] for row in sliced.to_pylist()]
    columns = [column_cells(sliced.column(name).combine_chunks()) for name in sliced.column_names]
    assert csv_lines(columns).to_pybytes() == _written_by_csv_writer(rows)


def test_a_dotted_paths_values_are_those_of_the_records_fields() -> None:
    """An article's struct that is null, a list of structs' field: the values at the path, as each row has them."""
    from builder.publish.derived import column_cells, leaf_values

    speaker = pa.struct([("name", pa.string()), ("positions", pa.list_(pa.string()))])
    industry = pa.struct([("name", pa.string()), ("raw", pa.string())])
    table = pa.table(
        {
            "speaker": pa.array(
                [None, {"name": "=张三", "positions": None}, {"name": "李四", "positions": ["县长"]}], speaker
            ),
            "industries": pa.array(
                [[{"name": "制造业", "raw": "制造"}, {"name": "-x", "raw": "y"}], None, []], pa.list_(industry)
            ),
        }
    )
    for path in ("speaker.name", "speaker.positions", "industries.name"):
        expected = [cell_text(_at(row, path)) for row in table.to_pylist()]
        assert column_cells(leaf_values(table, path)).to_pylist() == expected, path
