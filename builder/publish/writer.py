"""Rows → tables: Parquet per config, the SQLite edition, quarantine, build report, card, checksums.

A build writes into a staging folder beside the target and swaps it in at the end (`builder.publish.output`),
so a failed or interrupted build never leaves a half-written output. Row order is input order and the writer
settings are fixed, so the same inputs give byte-identical files. The `people` table, the CSV files in
`exports/` and the deadline counts are derived from the finished tables (`builder.publish.derived`).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from builder import __version__
from builder.publish.card import CHART, render_card
from builder.publish.chart import articles_by_year_svg
from builder.publish.croissant import croissant_json
from builder.publish.derived import deadline_counts, derived_merges, derived_people, write_exports
from builder.publish.loader import LOADER, loader_script
from builder.publish.output import DATABASE, MARKER, swap_into_place
from builder.publish.parquet import row_groups
from builder.publish.questions import questions_markdown
from builder.publish.sqlite_edition import DatabaseWriter
from builder.record.models import SCHEMA_VERSION, DuplicateRow, QuarantineEntry
from builder.record.schema import DERIVED_TABLES, TABLE_MODELS, arrow_schema, json_schema_text
from builder.resources import file_sha256
from builder.tables.dedup import Deduplicator, Duplicate
from builder.tables.ledger import REPAIR_KINDS, ArticleFacts, Ledger
from builder.tables.rows import ArticleRows

# Articles a row group holds (an article, with its text and sections, weighs some 10 KB); a row group of
# targets or speakers holds those articles' rows. The writer holds at most that many articles' rows, and the
# Parquet footers, kept in memory until each file closes, grow with the row groups, not with the rows.
ARTICLES_PER_ROW_GROUP = 256
PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 9,
    "use_dictionary": True,
    "data_page_size": 1 << 20,
}
# Prose: its minimum and maximum help no query, and weigh up to 4 KB each in every row group's footer.
_PROSE = {"text", "text_original", "sentence"}
LEDGER = ".ledger.sqlite"  # what the build remembers of each article until it ends; not published


def statistics_columns(schema: pa.Schema) -> list[str]:
    """The Parquet columns written with min/max statistics: every column outside a list, prose left out.

    Readers such as DuckDB skip row groups by them (dates, regions, kinds, figures); ids, hashes in input
    order, rarely allow it, but cost little."""
    columns: list[str] = []

    def walk(node: pa.Field, prefix: str) -> None:
        if pa.types.is_struct(node.type):
            for child in node.type:
                walk(child, f"{prefix}{node.name}.")
        elif not pa.types.is_list(node.type) and node.name not in _PROSE:
            columns.append(prefix + node.name)

    for top in schema:
        walk(top, "")
    return columns


def parquet_writer(path: Path, schema: pa.Schema) -> pq.ParquetWriter:
    return pq.ParquetWriter(path, schema, write_statistics=statistics_columns(schema), **PARQUET_OPTIONS)


def table_path(root: Path, table: str) -> Path:
    return root / "data" / table / "train-00000-of-00001.parquet"


@dataclass
class Statistics:
    """What the card and the build report say about a build, gathered row by row."""

    inputs: int = 0
    articles: int = 0
    quarantined: Counter[str] = field(default_factory=Counter)
    repairs: Counter[str] = field(default_factory=Counter)
    unrecoverable: int = 0
    truncated: int = 0
    targets: int = 0
    speakers: int = 0
    by_year: Counter[str] = field(default_factory=Counter)
    by_province: Counter[str] = field(default_factory=Counter)
    by_genre: Counter[str] = field(default_factory=Counter)
    by_script: Counter[str] = field(default_factory=Counter)
    by_outlet: Counter[str] = field(default_factory=Counter)
    by_parser: Counter[str] = field(default_factory=Counter)
    by_site: Counter[str] = field(default_factory=Counter)
    affected: Counter[str] = field(default_factory=Counter)
    duplicates: int = 0
    text_free: bool = False

    def count_article(self, facts: ArticleFacts, sign: int = 1) -> None:
        """Add an article's share (sign -1 takes it back, when it turns out to be a duplicate)."""
        self.articles += sign
        for kind, n in zip(REPAIR_KINDS, facts.repairs, strict=True):
            self.repairs[kind] += sign * n
            self.affected[kind] += sign * (n > 0)
        self.affected["truncated"] += sign * facts.truncated
        self.affected["unrecoverable"] += sign * (facts.unrecoverable > 0)
        self.unrecoverable += sign * facts.unrecoverable
        self.truncated += sign * facts.truncated
        self.targets += sign * facts.targets
        self.speakers += sign * facts.speakers
        for counter, key in (
            (self.by_year, facts.year),
            (self.by_province, facts.province),
            (self.by_genre, facts.genre),
            (self.by_script, facts.script),
            (self.by_outlet, facts.outlet or "unknown"),
            (self.by_parser, facts.parser),
            (self.by_site, facts.site or "unknown"),
        ):
            counter[key] += sign
            if not counter[key]:
                del counter[key]

    def report(self, rows: dict[str, int], problems: list[str]) -> dict[str, Any]:
        return {
            "dataset": "zhaoshang-corpus",
            "schema_version": SCHEMA_VERSION,
            "builder_version": __version__,
            "dataset_version": __version__,
            "text_free": self.text_free,
            "counts": {
                "inputs": self.inputs,
                "articles": self.articles,
                "quarantined": sum(self.quarantined.values()),
                "quarantined_by_reason": dict(sorted(self.quarantined.items())),
                "duplicates": self.duplicates,
                "rows": rows,
            },
            "repairs": dict(sorted(self.repairs.items())),
            "unrecoverable_damage": self.unrecoverable,
            "truncated_articles": self.truncated,
            "by_parser": dict(sorted(self.by_parser.items())),
            "input_problems": problems,
        }


class _TableWriter:
    """Streams one table to Parquet in row groups, with the schema generated from its model, and
    each row group to the SQLite edition."""

    def __init__(self, root: Path, table: str, database: DatabaseWriter) -> None:
        self.table = table
        self.database = database
        self.path = table_path(root, table)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.schema = arrow_schema(table)
        self.writer = parquet_writer(self.path, self.schema)
        self.pending: list[dict[str, Any]] = []
        self.rows = 0

    def add(self, rows: Iterable[dict[str, Any]]) -> None:
        self.pending.extend(rows)

    def flush(self) -> None:
        if self.pending:
            group = pa.Table.from_pylist(self.pending, schema=self.schema)
            self.writer.write_table(group, row_group_size=len(self.pending))  # one row group, never a stub
            self.database.add(self.table, group)
            self.rows += len(self.pending)
            self.pending = []

    def close(self) -> int:
        self.flush()
        self.writer.close()
        return self.rows


class DatasetWriter:
    """Writes a whole build into a staging folder; `commit` swaps it into place.

    Rows stream to Parquet as they come. Near-duplicates are known only at the end: `commit`
    then copies the tables without them, row group by row group, and quarantines them as
    `duplicate` with their canonical article listed in the `duplicates` table.
    """

    def __init__(self, out: Path, staging: Path, text_free: bool = False, deduplicate: bool = True) -> None:
        """`staging`: an empty folder from `builder.publish.output.new_staging_folder(out)`; `abort` removes it."""
        self.out = out
        self.text_free = text_free
        self.staging = staging
        self.database = DatabaseWriter(self.staging / DATABASE)
        self.tables = {
            name: _TableWriter(self.staging, name, self.database) for name in TABLE_MODELS if name not in DERIVED_TABLES
        }
        self.quarantine = (self.staging / "quarantine.jsonl").open("w", encoding="utf-8")
        self.stats = Statistics(text_free=text_free)
        self.ledger = Ledger(self.staging / LEDGER)
        self.dedup = Deduplicator(self.ledger.connection) if deduplicate else None
        self.written = 0
        # The card's answers run pandas at the end of a build; importing it now (about a second) overlaps the
        # workers' parsing rather than adding to the end, which one core does.
        import_module("pandas")
        # Files that do not depend on the articles, written now: the end of a build runs on one core.
        _write_text(self.staging / "schema" / f"article-{SCHEMA_VERSION}.json", json_schema_text())
        _write_text(self.staging / LOADER, loader_script())

    def add_article(self, rows: ArticleRows) -> None:
        facts = rows.facts
        first = self.ledger.get(facts.id)
        if first is not None:  # the same bytes (or manifest id) twice: one article, the rest duplicates
            self.add_quarantine(
                QuarantineEntry(
                    file=facts.file,
                    sha256=facts.sha256,
                    reason="duplicate",
                    detail=f"identical to {first.file} (article {facts.id})",
                )
            )
            self.stats.duplicates += 1
            return
        self.stats.inputs += 1
        self.stats.count_article(facts)
        self.ledger.add(facts, rows.stored_facts)
        self.written += 1
        if self.dedup is not None and rows.minhash is not None:
            self.dedup.add(facts.id, rows.minhash, (*facts.damage(), self.written))
        self.tables["articles"].add([rows.article])
        self.tables["targets"].add(rows.targets)
        self.tables["speakers"].add(rows.speakers)
        if len(self.tables["articles"].pending) >= ARTICLES_PER_ROW_GROUP:
            for table in self.tables.values():
                table.flush()

    def add_quarantine(self, entry: QuarantineEntry) -> None:
        self.stats.inputs += 1
        self.stats.quarantined[entry.reason] += 1
        self.quarantine.write(json.dumps(entry.model_dump(), ensure_ascii=False, sort_keys=True) + "\n")

    def commit(self, problems: list[str]) -> dict[str, Any]:
        for writer in self.tables.values():
            writer.close()
        duplicates = self.dedup.duplicates() if self.dedup is not None else []
        self._set_aside(duplicates)
        self._merge_people()
        self._write_people()
        self.ledger.close()
        self.quarantine.close()
        rows = {name: pq.ParquetFile(table_path(self.staging, name)).metadata.num_rows for name in TABLE_MODELS}
        report = {**self.stats.report(rows, problems), "deadlines": deadline_counts(self.staging)}
        _write_text(self.staging / MARKER, json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
        sizes = {name: table_path(self.staging, name).stat().st_size for name in TABLE_MODELS}
        _write_text(self.staging / CHART, articles_by_year_svg(self.stats.by_year))
        tables = {name: table_path(self.staging, name) for name in TABLE_MODELS}
        _write_text(self.staging / "croissant.json", croissant_json(self.staging, tables))
        self.database.close()
        questions = questions_markdown(self.staging / "data", "data")
        _write_text(self.staging / "README.md", render_card(self.stats, rows, sizes, questions))
        write_exports(self.staging)
        _write_text(self.staging / "SHA256SUMS", checksums(self.staging))
        swap_into_place(self.staging, self.out)
        return report

    def abort(self) -> None:
        """Remove the staging folder, whatever closing what is open in it raises (a full disk fails the
        Parquet footers and the quarantine's last write): the build's own error is the one to report."""
        closes = [table.writer.close for table in self.tables.values()]
        try:
            for close in (*closes, self.database.abort, self.ledger.close, self.quarantine.close):
                with contextlib.suppress(Exception):
                    close()
        finally:
            shutil.rmtree(self.staging, ignore_errors=True)

    def _merge_people(self) -> None:
        """Speakers whose keys are one person (a move within a province) take that person's id, in both editions."""
        merges = derived_merges(self.staging)
        if merges:
            _set_person_ids(table_path(self.staging, "speakers"), merges)
            self.database.merge_people(merges)

    def _write_people(self) -> None:
        versions = {"schema_version": SCHEMA_VERSION, "dataset_version": __version__}
        table = _TableWriter(self.staging, "people", self.database)
        table.add(derived_people(self.staging, versions))
        table.close()

    def _set_aside(self, duplicates: list[Duplicate]) -> None:
        """Duplicates leave the tables for the quarantine, each listed with its canonical article."""
        rows = []
        for found in duplicates:
            facts = self.ledger.get(found.duplicate)
            assert facts is not None, found.duplicate
            self.stats.count_article(facts, sign=-1)
            self.stats.quarantined["duplicate"] += 1
            self.stats.duplicates += 1
            entry = QuarantineEntry(
                file=facts.file,
                sha256=facts.sha256,
                reason="duplicate",
                detail=f"of {found.canonical} (similarity {found.similarity})",
            )
            self.quarantine.write(json.dumps(entry.model_dump(), ensure_ascii=False, sort_keys=True) + "\n")
            rows.append(
                DuplicateRow(
                    article_id=found.canonical,
                    duplicate_id=found.duplicate,
                    duplicate_file=facts.file,
                    duplicate_url=facts.url,
                    duplicate_outlet=facts.outlet,
                    similarity=found.similarity,
                    schema_version=SCHEMA_VERSION,
                    dataset_version=__version__,
                ).model_dump()
            )
        gone = {found.duplicate for found in duplicates}
        self.database.remove(sorted(gone))
        table = _TableWriter(self.staging, "duplicates", self.database)
        table.add(rows)
        table.close()
        if gone:
            for name, key in (("articles", "id"), ("targets", "article_id"), ("speakers", "article_id")):
                _drop_rows(table_path(self.staging, name), name, key, gone)


def _drop_rows(path: Path, table: str, key: str, ids: set[str]) -> None:
    """Copy a table without the rows of `ids`, one row group at a time."""
    kept = path.with_suffix(".kept")
    gone = pa.array(sorted(ids), pa.string())
    schema = arrow_schema(table)
    with parquet_writer(kept, schema) as writer:
        for rows in row_groups(path):
            mask = pc.invert(pc.is_in(rows.column(key), value_set=gone))
            filtered = rows.filter(mask)
            if filtered.num_rows:
                writer.write_table(filtered.cast(schema), row_group_size=filtered.num_rows)
    os.replace(kept, path)


def _set_person_ids(path: Path, merges: dict[str, str]) -> None:
    """Copy the `speakers` table with each merged `person_id` replaced, one row group at a time."""
    merged = path.with_suffix(".merged")
    schema = arrow_schema("speakers")
    at = schema.get_field_index("person_id")
    with parquet_writer(merged, schema) as writer:
        for rows in row_groups(path):
            ids = pa.array([merges.get(i, i) for i in rows.column("person_id").to_pylist()], pa.string())
            rows = rows.cast(schema).set_column(at, schema.field(at), ids)
            writer.write_table(rows, row_group_size=rows.num_rows)
    os.replace(merged, path)


def _write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def checksums(root: Path) -> str:
    lines = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.name != "SHA256SUMS"):
        digest = file_sha256(path)
        lines.append(f"{digest}  {path.relative_to(root).as_posix()}")
    return "\n".join(lines) + "\n"
