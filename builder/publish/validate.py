"""Checks a built dataset: checksums, schemas, row counts against the report and the card, ids, every record,
and the spreadsheets in `exports/` (a byte-order mark, the header, as many rows as their tables)."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import yaml
from pydantic import ValidationError

from builder.publish.derived import ARTICLE_COLUMNS, EXPORTS, export_header
from builder.publish.output import DATABASE, MARKER
from builder.publish.parquet import row_count, row_groups, table_files
from builder.record.models import Article
from builder.record.schema import TABLE_MODELS, arrow_schema
from builder.resources import file_sha256


def _checksum_problems(root: Path) -> list[str]:
    sums = root / "SHA256SUMS"
    if not sums.is_file():
        return ["SHA256SUMS is missing"]
    problems = []
    listed = set()
    for number, line in enumerate(sums.read_text(encoding="utf-8").splitlines(), 1):
        digest, _, name = line.partition("  ")
        if not name:
            problems.append(f"SHA256SUMS line {number} is malformed")
            continue
        listed.add(name)
        path = root / name
        if not path.is_file():
            problems.append(f"{name} is listed in SHA256SUMS but missing")
        elif file_sha256(path) != digest:
            problems.append(f"{name} does not match its checksum (changed or damaged)")
    present = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and p.name != "SHA256SUMS"}
    problems.extend(f"{name} is not listed in SHA256SUMS" for name in sorted(present - listed))
    return problems


def _table_problems(root: Path, report: dict) -> list[str]:
    problems = []
    for table in TABLE_MODELS:
        files = table_files(root, table)
        if not files:
            problems.append(f"data/{table}/ holds no Parquet file")
            continue
        rows = 0
        for path in files:
            try:
                parquet = pq.ParquetFile(path)
            except Exception as error:  # pyarrow raises several types for damaged files
                problems.append(f"{path.relative_to(root)} cannot be read as Parquet: {error}")
                rows = None
                break
            if not parquet.schema_arrow.remove_metadata().equals(arrow_schema(table).remove_metadata()):
                problems.append(f"{path.relative_to(root)}: schema differs from the one generated from the models")
            rows += parquet.metadata.num_rows
        expected = report.get("counts", {}).get("rows", {}).get(table)
        if rows is not None and rows != expected:
            problems.append(f"{table}: {rows} rows, the build report says {expected}")
    return problems


def _card_problems(root: Path) -> list[str]:
    """The card's dataset_info must state the row counts the tables have (datasets checks them on load)."""
    card = root / "README.md"
    if not card.is_file():
        return ["README.md (the dataset card) is missing"]
    text = card.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return ["README.md has no YAML header"]
    try:
        header = yaml.safe_load(text.split("---\n", 2)[1]) or {}
    except yaml.YAMLError as error:
        return [f"README.md's YAML header cannot be read: {error}"]
    stated = {
        entry.get("config_name"): sum(split.get("num_examples", 0) for split in entry.get("splits", []))
        for entry in header.get("dataset_info", [])
    }
    problems = []
    for table in TABLE_MODELS:
        try:
            rows = row_count(root, table)
        except Exception:  # reported by the table checks
            continue
        if stated.get(table) != rows:
            problems.append(f"{table}: {rows} rows, the card's dataset_info says num_examples {stated.get(table)}")
    return problems


def _export_problems(root: Path, report: dict) -> list[str]:
    problems = []
    rows = report.get("counts", {}).get("rows", {})
    for table in ("articles", "targets", "speakers", "people"):
        path = root / EXPORTS / f"{table}.csv"
        if not path.is_file():
            problems.append(f"{EXPORTS}/{table}.csv is missing")
            continue
        header = [name for name, _ in ARTICLE_COLUMNS] if table == "articles" else export_header(table)
        problems.extend(f"{EXPORTS}/{table}.csv: {problem}" for problem in _csv_problems(path, header, rows.get(table)))
    return problems


def _csv_problems(path: Path, header: list[str], expected: int | None) -> list[str]:
    with path.open("rb") as handle:
        if handle.read(3) != b"\xef\xbb\xbf":
            return ["no UTF-8 byte-order mark"]
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            lines = list(csv.reader(handle))
    except (UnicodeDecodeError, csv.Error) as error:
        return [f"cannot be read: {error}"]
    if not lines or lines[0] != header:
        return ["its header is not the table's columns"]
    if len(lines) - 1 != expected:
        return [f"{len(lines) - 1} rows, the build report says {expected}"]
    return []


def _edition_problems(root: Path) -> list[str]:
    """The SQLite edition, where the dataset has one, holds as many articles as the Parquet."""
    database = root / DATABASE
    if not database.is_file():
        return []
    try:
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            (held,) = connection.execute("SELECT count(*) FROM articles").fetchone()
        finally:
            connection.close()
        rows = row_count(root, "articles")
    except Exception as error:  # sqlite3 and pyarrow raise several types for damaged files
        return [f"{DATABASE} cannot be read: {error}"]
    if held != rows:
        return [f"{DATABASE} holds {held} articles, the Parquet {rows} (run zhaoshang sqlite {root})"]
    return []


def _record_problems(root: Path) -> list[str]:
    problems = []
    seen: set[str] = set()
    try:
        for path in table_files(root, "articles"):
            for group in row_groups(path):
                problems.extend(_row_problems(group.to_pylist(), seen))
    except Exception as error:  # pyarrow raises several types for damaged files
        return [f"articles cannot be read: {error}"]
    return problems


def _row_problems(rows: list[dict], seen: set[str]) -> list[str]:
    problems = []
    for row in rows:
        if row["id"] in seen:
            problems.append(f"article id {row['id']} is not unique")
        seen.add(row["id"])
        try:
            Article.model_validate(row)
        except ValidationError as error:
            problems.append(f"article {row['id']} fails the schema: {error.errors()[0]['msg']}")
    return problems


def validate(root: Path) -> list[str]:
    """Every problem found in the dataset at `root`; empty when it is valid."""
    if not root.is_dir():
        return [f"{root} is not a folder"]
    report_path = root / MARKER
    if not report_path.is_file():
        return [f"{MARKER} is missing: {root} is not a built dataset"]
    try:
        report = json.loads(report_path.read_text(encoding="utf-8"))
    except ValueError as error:
        return [f"{MARKER} is not valid JSON: {error}"]
    problems = _checksum_problems(root) + _table_problems(root, report)
    quarantined = report.get("counts", {}).get("quarantined")
    quarantine = root / "quarantine.jsonl"
    lines = len(quarantine.read_text(encoding="utf-8").splitlines()) if quarantine.is_file() else None
    if lines != quarantined:
        problems.append(f"quarantine.jsonl has {lines} lines, the build report says {quarantined}")
    counts = report.get("counts", {})
    if counts.get("inputs") != counts.get("articles", 0) + (quarantined or 0):
        problems.append("inputs do not equal articles + quarantined in the build report")
    return (
        problems
        + _card_problems(root)
        + _export_problems(root, report)
        + _edition_problems(root)
        + _record_problems(root)
    )
