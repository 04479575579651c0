"""The data files read as the standard library's readers read them (resources.py reads them faster)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from builder import resources
from builder.resources import DATA_DIR, data_rows, data_tsv


def _as_csv_reads_it(lines: list[str]) -> tuple[dict, ...]:
    return tuple(dict(row) for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.mark.parametrize("name", sorted(path.name for path in DATA_DIR.glob("*.tsv")))
def test_every_shipped_table_reads_as_the_csv_reader_reads_it(name: str) -> None:
    lines = [line for line in resources.data_text(name).splitlines() if line and not line.startswith("#")]
    rows = data_tsv(name)
    assert len(rows) == len(lines) - 1 > 0
    assert rows == _as_csv_reads_it(lines)


def test_uneven_rows_quotes_and_backslashes_read_as_the_csv_reader_reads_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = '# a comment\nname\tcode\tnote\n甲\t1\n乙\t2\tx\textra\tmore\n"丙\t\\3\t\n\n丁"\t4\t"q"\n'
    (tmp_path / "t.tsv").write_text(text, encoding="utf-8")
    monkeypatch.setattr(resources, "DATA_DIR", tmp_path)
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert data_tsv.__wrapped__("t.tsv") == _as_csv_reads_it(lines)
    assert data_tsv.__wrapped__("t.tsv")[:2] == (
        {"name": "甲", "code": "1", "note": None},
        {"name": "乙", "code": "2", "note": "x", None: ["extra", "more"]},
    )


@pytest.mark.parametrize("name", sorted(path.name for path in DATA_DIR.glob("*.tsv")))
def test_every_shipped_tables_columns_read_as_tuples_are_its_rows_cells(name: str) -> None:
    rows = data_tsv(name)
    header = list(rows[0])
    for columns in (tuple(header), tuple(reversed(header[:2]))):
        assert data_rows(name, columns) == tuple(tuple(row[column] for column in columns) for row in rows)


def test_a_row_without_a_column_asked_for_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "t.tsv").write_text("# a comment\nname\tcode\tnote\n甲\t1\tx\n\n乙\t2\n", encoding="utf-8")
    monkeypatch.setattr(resources, "DATA_DIR", tmp_path)
    assert data_rows.__wrapped__("t.tsv", ("code", "name")) == (("1", "甲"), ("2", "乙"))
    with pytest.raises(IndexError):
        data_rows.__wrapped__("t.tsv", ("name", "note"))
