"""Rows → tables: Parquet per config, quarantine, build report, then what is derived from them, checksums.

A build writes into a staging folder beside the target and swaps it in at the end (`builder.publish.output`),
so a failed or interrupted build never leaves a half-written output. Row order is input order and the writer
settings are fixed, so the same inputs give byte-identical files.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from builder import __version__
from builder.publish.card import CHART, render_card
from builder.publish.chart import articles_by_year_svg
from builder.publish.croissant import croissant_json
from builder.publish.loader import LOADER, loader_script
from builder.publish.output import CHECKSUMS, MARKER, checksums, swap_into_place
from builder.publish.parquet import row_groups, table_path
from builder.publish.statistics import Statistics
from builder.record.models import SCHEMA_VERSION, DuplicateRow, QuarantineEntry
from builder.record.schema import TABLE_MODELS, arrow_schema, json_schema_text
from builder.tables.dedup import Deduplicator, Duplicate
from builder.tables.ledger import Ledger
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


class _TableWriter:
    """Streams one table to Parquet in row groups, with the schema generated from its model."""

    def __init__(self, root: Path, table: str) -> None:
        self.table = table
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
        self.tables = {name: _TableWriter(self.staging, name) for name in TABLE_MODELS if name != "duplicates"}
        self.quarantine = (self.staging / "quarantine.jsonl").open("w", encoding="utf-8")
        self.stats = Statistics(text_free=text_free)
        self.ledger = Ledger(self.staging / LEDGER)
        self.dedup = Deduplicator(self.ledger.connection) if deduplicate else None
        self.written = 0
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
        self.ledger.close()
        self.quarantine.close()
        rows = {name: pq.ParquetFile(table_path(self.staging, name)).metadata.num_rows for name in TABLE_MODELS}
        report = self.stats.report(rows, problems)
        _write_text(self.staging / MARKER, json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
        write_derived(self.staging, self.stats, rows)
        _write_text(self.staging / CHECKSUMS, checksums(self.staging))
        swap_into_place(self.staging, self.out)
        return report

    def abort(self) -> None:
        """Remove the staging folder, whatever closing what is open in it raises (a full disk fails the
        Parquet footers and the quarantine's last write): the build's own error is the one to report."""
        closes = [table.writer.close for table in self.tables.values()]
        try:
            for close in (*closes, self.ledger.close, self.quarantine.close):
                with contextlib.suppress(Exception):
                    close()
        finally:
            shutil.rmtree(self.staging, ignore_errors=True)

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
        table = _TableWriter(self.staging, "duplicates")
        table.add(rows)
        table.close()
        if gone:
            for name, key in (("articles", "id"), ("targets", "article_id"), ("speakers", "article_id")):
                _drop_rows(table_path(self.staging, name), name, key, gone)


def write_derived(root: Path, stats: Statistics, rows: dict[str, int]) -> None:
    """Every output made from the finished tables at `root` (their row counts `rows`): the chart, the
    Croissant metadata and the card. One place, run once the tables are final, so that a new derived
    output is one more line here. (The SQLite edition is derived too, but made on request:
    `builder.publish.sqlite_edition`.)"""
    tables = {name: table_path(root, name) for name in TABLE_MODELS}
    sizes = {name: path.stat().st_size for name, path in tables.items()}
    _write_text(root / CHART, articles_by_year_svg(stats.by_year))
    _write_text(root / "croissant.json", croissant_json(root, tables))
    _write_text(root / "README.md", render_card(stats, rows, sizes))


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


def _write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
