"""Shards → the published dataset: quarantine, near-duplicates set aside, build report, what is derived, checksums.

Workers write each shard's Parquet files (`builder.publish.shards`) into a staging folder beside the
target; this process takes what they report of each input, in shard order, decides what is set aside,
gives each speaker its person's id (keys of one name joined by a move within a province:
`builder.tables.persons`), names the files, derives the rest from the finished tables (the `people`
table, the CSV files in `exports/`, the deadline counts: `builder.publish.derived`; the card, chart,
Croissant metadata and loading script), and swaps the folder into place (`builder.publish.output`), so a failed or
interrupted build never leaves a half-written output. Shards are fixed ranges of inputs and the
writer settings are fixed, so the same inputs give byte-identical files.

What a shard's files alone give (its spreadsheet parts, speakers' keys, counts) is made as the shard lands
(`derived.from_shard`), so that the build's end does only what needs every shard, from those parts; a
rebuild whose speakers' files are those the last build ended with sets no person ids at all.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import json
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from builder import __version__
from builder.publish.card import CHART, changelog_section, render_card
from builder.publish.chart import articles_by_year_svg
from builder.publish.croissant import croissant_json
from builder.publish.derived import (
    BY_SHARD,
    Exports,
    Gathered,
    deadline_counts,
    derived_people,
    forget_shard,
    from_shard,
    gathered_facts,
    shard_part,
)
from builder.publish.loader import LOADER, loader_script
from builder.publish.output import CHECKSUMS, MARKER, checksums_text, file_digests, link_or_copy, swap_into_place
from builder.publish.parquet import TABLES_DIR, row_count, table_files
from builder.publish.questions import Asking, duckdb_connection, questions_markdown
from builder.publish.shards import (
    SHARDED,
    ShardWriter,
    TableWriter,
    publish_names,
    published_name,
    set_person_ids,
    shard_path,
)
from builder.publish.statistics import Statistics
from builder.record.models import SCHEMA_VERSION, DuplicateRow, QuarantineEntry
from builder.record.schema import TABLE_MODELS, json_schema_text
from builder.resources import file_sha256
from builder.run.limits import InProcess, worker_pool
from builder.tables.dedup import Deduplicator, Duplicate
from builder.tables.ledger import ArticleFacts, Ledger

if TYPE_CHECKING:
    from builder.run.engine import ShardResult

LEDGER = ".ledger.sqlite"  # what the build remembers of each article until it ends; not published
# Rows of `people` or `duplicates` the coordinator holds before it writes them as a row group.
ONE_FILE_GROUP = 4096


@dataclass(frozen=True)
class Reuse:
    """The last build's output, and where to look up what its derived outputs were made from: a build whose
    tables, quarantine and counts are the same as then takes those outputs as they are (linked, after
    their checksums are checked) instead of deriving them again."""

    previous: Path | None  # None for a first build
    derived: Callable[[str], dict[str, str] | None]  # what was derived from this key: {path: SHA-256}
    fingerprint: str  # the builder's (code, data and libraries): a changed card template changes the key


class DatasetWriter:
    """Publishes a build from its shards: `add_shard` for each in shard order, `set_aside`, then `commit`.

    Near-duplicates are known only once every shard is in: `set_aside` quarantines them as `duplicate`,
    with their canonical article listed in the `duplicates` table, and says which articles each shard's
    files must lose (the engine's `drop_in_shards` copies them without).
    """

    def __init__(
        self,
        out: Path,
        staging: Path,
        text_free: bool = False,
        deduplicate: bool = True,
        reuse: Reuse | None = None,
        workers: int = 1,
        from_shards_here: bool = False,
    ) -> None:
        """`staging`: an empty folder from `builder.publish.output.new_staging_folder(out)`; `abort` removes it.
        `workers`: the processes that share what is made from the finished shards (person ids, the derived
        outputs). `from_shards_here`: the shards' workers leave what a shard's files alone give (`derived.from_shard`)
        to this process (one worker, while this process waits; `ShardResult.parts_made` says it of each shard),
        which readies itself for it (`_ready_beside_one_worker`)."""
        self.out = out
        self.workers = workers
        self.people_key: str | None = None  # the key of the speakers' files once their person ids are set
        self.facts: Gathered | None = None  # every shard's, once `_merge_people` has gathered them
        self.taken: dict[str, str] = {}  # the derived outputs taken from the last build: their SHA-256, as checked
        self.reuse = reuse
        self.derived: tuple[str, dict[str, str]] | None = None  # this build's derived outputs: their key, files
        self.text_free = text_free
        self.staging = staging
        self.quarantine = (self.staging / "quarantine.jsonl").open("w", encoding="utf-8")
        self.stats = Statistics(text_free=text_free)
        self.ledger = Ledger(self.staging / LEDGER)
        self.dedup = Deduplicator(self.ledger.connection) if deduplicate else None
        self.written = 0
        self.shards = 0
        self.drops: dict[int, set[str]] = {}  # by shard: the articles its files must lose
        self.named: dict[int, dict[str, list[str] | None]] = {}  # by shard kept as written: its files, checksums
        self._answering = contextlib.ExitStack()
        self.connection: Any = None  # the card's answers' DuckDB connection, where it is opened ahead
        # The card's answers run DuckDB at the end of a build; importing it now (a third of a second) overlaps
        # the workers' parsing rather than adding to the end, which one core does. A rebuild may take the last
        # build's card as it is, and then needs no DuckDB at all: it imports it only to derive (`_derive`).
        if reuse is None or reuse.previous is None:
            import_module("duckdb")
            json_schema_text()  # the schema's text, the same for every build (20 ms of the end's one core): made now
            if from_shards_here:
                self._ready_beside_one_worker()

    def _ready_beside_one_worker(self) -> None:
        """What the build's end and the shards' parts would otherwise start with, made while this process waits for
        its one worker's first shard: the card's answers' connection (opening one, 20 to 30 ms, holds Python's
        lock), and pyarrow.compute, which a shard's parts count articles with (a tenth of a second to import, for
        its functions' documentation; in a build of one shard, at the build's end). Where workers make the parts
        this process has no core to spare. The connection is opened ahead only where the end's pool is this
        process (`--workers 1`): a build of one shard with more workers forks the pool at its end, and no process
        may be forked while DuckDB's threads run (they start with the connection)."""
        import_module("pyarrow.compute")
        if self.workers == 1:  # the end's pool is this process: nothing is forked beside DuckDB's threads
            self.connection = self._answering.enter_context(duckdb_connection())

    def add_shard(self, result: ShardResult) -> None:
        """What a shard's inputs gave, in input order; its files are in the staging folder already."""
        self.shards = max(self.shards, result.index + 1)
        if not result.taken and not result.parts_made:
            from_shard(self.staging, result.index)
        for handled in result.inputs:
            if handled.facts is not None:
                assert handled.stored_facts is not None
                self._add_article(result.index, handled.facts, handled.stored_facts, handled.minhash, handled.written)
            elif handled.quarantine is not None:
                self.add_quarantine(handled.quarantine)

    def _add_article(self, shard: int, facts: ArticleFacts, stored: str, minhash: Any, written: bool) -> None:
        first = self.ledger.get(facts.id)
        if first is not None:
            if written:  # the first of its shard, but not of the build: its rows leave the shard
                self.drops.setdefault(shard, set()).add(facts.id)
            self._same_id(facts, first)
            return
        self.ledger.add(facts, stored, shard)
        self.written += 1
        if self.dedup is not None and minhash is not None:
            self.dedup.add(facts.id, minhash, facts.completeness(self.written))

    def _same_id(self, facts: ArticleFacts, first: ArticleFacts) -> None:
        """A second capture with an id already written has the same bytes: manifest ids are unique in a build
        and never another content's id (builder/read/capture.py), so only a content id can repeat."""
        assert facts.sha256 == first.sha256, f"{facts.file} and {first.file} differ but share the id {facts.id}"
        self.stats.duplicates += 1
        detail = f"identical to {first.file} (article {facts.id})"
        self.add_quarantine(QuarantineEntry(file=facts.file, sha256=facts.sha256, reason="duplicate", detail=detail))

    def add_quarantine(self, entry: QuarantineEntry) -> None:
        self._quarantine_line(entry)

    def _quarantine_line(self, entry: QuarantineEntry) -> None:
        self.stats.quarantined[entry.reason] += 1
        self.quarantine.write(json.dumps(entry.model_dump(), ensure_ascii=False, sort_keys=True) + "\n")

    def set_aside(self) -> dict[int, set[str]]:
        """Near-duplicates leave the tables for the quarantine; the articles each shard's files must lose."""
        duplicates = self.dedup.duplicates() if self.dedup is not None else []
        self._set_aside(duplicates)
        if self.shards == 0:  # no input at all: one shard of empty tables
            ShardWriter(self.staging, 0).close()
            self.shards = 1
        return self.drops

    def commit(self, problems: list[str]) -> dict[str, Any]:
        """Name the shards' files, write the report and what is derived from the tables, and swap into place."""
        self.ledger.close()
        self.quarantine.close()
        # Forked only when first used, and only for work that every shard's files or every table take part in.
        with worker_pool(self.workers) as pool:
            for index in self.drops:  # its files were copied without the articles set aside
                forget_shard(self.staging, index)
            self._merge_people(pool)
            names = publish_names(self.staging, self.shards)
            made = self._made_parts(names)
            tables = file_digests(self.staging, leave_out=BY_SHARD)  # the tables and the quarantine
            key = self._derived_key(tables, problems)
            report = self._take_derived(key)
            if report is None:
                report = self._derive(problems, pool, made)
        self._answering.close()
        shutil.rmtree(self.staging / BY_SHARD, ignore_errors=True)
        # The tables and quarantine are as they were hashed, and derived outputs taken from the last build as checked.
        digests = file_digests(self.staging, known={**tables, **self.taken})
        _write_text(self.staging / CHECKSUMS, checksums_text(digests))
        self.derived = (key, {name: digest for name, digest in digests.items() if name not in tables})
        self.named = {
            index: {table: _file_and_digest(table, named.get(table), digests) for table in SHARDED}
            for index, named in names.items()
            if index not in self.drops
        }
        swap_into_place(self.staging, self.out)
        return report

    def _made_parts(self, names: dict[int, dict[str, str]]) -> dict[Path, Path]:
        """The spreadsheets' parts made as the shards landed and still true to their files, by published file."""
        made = {}
        for index, named in names.items():
            for table, name in named.items():
                part = shard_part(self.staging, table, index)
                if part.is_file():
                    made[self.staging / TABLES_DIR / table / name] = part
        return made

    def _derive(self, problems: list[str], pool: Executor, made: dict[Path, Path]) -> dict[str, Any]:
        """The `people` table, the report and every other output derived from the finished tables.

        The shards' tables are final once their person ids are set: the spreadsheets' parts not made as the
        shards landed (`made`) start in `pool` first; the card's answers then run in a thread of this process
        (DuckDB works outside Python's lock, on the core the workers have left) beside the `people` table,
        its part and the counts this process makes. The pool's processes are forked before the thread
        starts, or not at all: a process forked while a thread runs may inherit a lock it holds."""
        exports = Exports(self.staging, pool)
        exports.start(SHARDED, made)
        asking = Asking()
        with ThreadPoolExecutor(1) as thread, _handing_over_often():
            answers = thread.submit(questions_markdown, self.staging / TABLES_DIR, TABLES_DIR, asking, self.connection)
            try:
                report = self._derive_beside_answers(problems, exports, answers)
            except BaseException:  # leaving the block waits for the thread: its query is stopped first
                asking.stop()
                raise
        return report

    def _derive_beside_answers(self, problems: list[str], exports: Exports, answers: Future[str]) -> dict[str, Any]:
        self._write_people()
        exports.start(["people"], pool=InProcess())
        rows = {name: row_count(self.staging, name) for name in TABLE_MODELS}
        facts = self.facts
        self.stats.count_articles(self.staging, [facts.counts] if facts is not None else None)
        deadlines = deadline_counts(self.staging, [facts.deadlines] if facts is not None else None)
        report = {**self.stats.report(rows, problems), "deadlines": deadlines}
        _write_text(self.staging / MARKER, json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
        write_derived(self.staging, self.stats, rows, answers, exports)
        return report

    def _derived_key(self, tables: dict[str, str], problems: list[str]) -> str:
        """What the derived outputs depend on: the builder, the tables' and quarantine's bytes, the counts, and
        the CHANGELOG the card quotes (it lies beside the package, outside the builder's fingerprint)."""
        fingerprint = self.reuse.fingerprint if self.reuse is not None else ""
        counts = json.dumps(vars(self.stats), sort_keys=True, ensure_ascii=False)
        described = json.dumps(
            [fingerprint, sorted(tables.items()), counts, problems, changelog_section()], ensure_ascii=False
        )
        return hashlib.sha256(described.encode()).hexdigest()

    def _take_derived(self, key: str) -> dict[str, Any] | None:
        """The last build's derived outputs, when they were made from the same key and are as they were then;
        the build report among them."""
        if self.reuse is None or self.reuse.previous is None:
            return None
        files = self.reuse.derived(key)
        if files is None:
            return None
        placed = []
        for name, digest in sorted(files.items()):
            source, destination = self.reuse.previous / name, self.staging / name
            if not source.is_file() or file_sha256(source) != digest:
                for path in placed:
                    path.unlink()
                return None
            destination.parent.mkdir(parents=True, exist_ok=True)
            link_or_copy(source, destination)
            placed.append(destination)
        self.taken = files
        return json.loads((self.staging / MARKER).read_text(encoding="utf-8"))

    def abort(self) -> None:
        """Remove the staging folder, whatever closing what is open in it raises (a full disk fails the
        quarantine's last write): the build's own error is the one to report."""
        try:
            for close in (self.ledger.close, self.quarantine.close, self._answering.close):
                with contextlib.suppress(Exception):
                    close()
        finally:
            shutil.rmtree(self.staging, ignore_errors=True)

    def _merge_people(self, pool: Executor) -> None:
        """Speakers whose keys are one person (a move within a province) take that person's id, in every shard;
        nothing to do when the speakers' files are those the last build's had once it had set their ids (by the
        same builder: the rule and its data are in its fingerprint), since the ids depend on nothing else."""
        if self.reuse is not None:
            unchanged = self._speakers_key()
            if self.reuse.derived(unchanged) is not None:
                self.people_key = unchanged
                return
        self.facts = gathered_facts(self.staging, self.shards, pool)
        merges = self.facts.merges()
        setting = functools.partial(set_person_ids, self.staging, merges=merges)
        shards = self.facts.ids_to_set(merges)
        for index, rewritten in zip(shards, pool.map(setting, shards), strict=True):
            if rewritten:
                forget_shard(self.staging, index, ["speakers"])
        self.people_key = self._speakers_key() if self.reuse is not None else None

    def _speakers_key(self) -> str:
        """The `speakers` files of every shard, by their bytes, and the builder (`_merge_people`)."""
        assert self.reuse is not None
        files = [file_sha256(shard_path(self.staging, "speakers", index)) for index in range(self.shards)]
        return "people:" + hashlib.sha256(json.dumps([self.reuse.fingerprint, files]).encode()).hexdigest()

    def _write_people(self) -> None:
        versions = {"schema_version": SCHEMA_VERSION, "dataset_version": __version__}
        self._one_file_table("people", derived_people(self.staging, versions))

    def _set_aside(self, duplicates: list[Duplicate]) -> None:
        """Duplicates leave the tables for the quarantine, each listed with its canonical article."""
        self._one_file_table("duplicates", (self._set_aside_one(found) for found in duplicates))

    def _set_aside_one(self, found: Duplicate) -> dict[str, Any]:
        """One duplicate's quarantine line and drop; its row of the `duplicates` table."""
        facts = self.ledger.get(found.duplicate)
        assert facts is not None, found.duplicate
        self.drops.setdefault(self.ledger.shard_of(found.duplicate), set()).add(found.duplicate)
        self.stats.duplicates += 1
        detail = f"of {found.canonical} (similarity {found.similarity})"
        self._quarantine_line(QuarantineEntry(file=facts.file, sha256=facts.sha256, reason="duplicate", detail=detail))
        return DuplicateRow(
            article_id=found.canonical,
            duplicate_id=found.duplicate,
            duplicate_file=facts.file,
            duplicate_url=facts.url,
            duplicate_outlet=facts.outlet,
            similarity=found.similarity,
            schema_version=SCHEMA_VERSION,
            dataset_version=__version__,
        ).model_dump()

    def _one_file_table(self, name: str, rows: Iterable[dict[str, Any]]) -> None:
        """A table the coordinator writes in one file after the shards, as its rows come, ONE_FILE_GROUP a row group."""
        table = TableWriter(self.staging / TABLES_DIR / name / published_name(0, 1), name)
        grouped = iter(rows)
        while group := list(itertools.islice(grouped, ONE_FILE_GROUP)):
            table.add(group)
            table.flush()
        table.close()


# How often Python's lock passes to a thread waiting for it while the card's answers run beside this thread.
_HANDOVER_SECONDS = 0.0005


@contextlib.contextmanager
def _handing_over_often() -> Iterator[None]:
    """Python's lock offered to a waiting thread every 0.5 ms instead of every 5 (the interpreter's default), until
    leaving. The answers' thread takes the lock back each time DuckDB has run a query without it, and waited up to
    the whole interval each time while this thread made the `people` table and the card: beside a busy thread five
    answers took 0.09 to 0.20 s against 0.02 to 0.03 alone, 0.06 to 0.08 s with this."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, _HANDOVER_SECONDS))
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def _file_and_digest(table: str, name: str | None, digests: dict[str, str]) -> list[str] | None:
    return None if name is None else [name, digests[f"{TABLES_DIR}/{table}/{name}"]]


def write_derived(root: Path, stats: Statistics, rows: dict[str, int], answers: Future[str], exports: Exports) -> None:
    """Every output made from the finished tables at `root` (their row counts `rows`): the JSON Schema, the chart, the
    Croissant metadata, the loading script, the card with its answers, the spreadsheets. One place, run
    once the tables are final, so that a new derived output is one more line here. (The `people` table
    is made first, as a table; the SQLite edition is derived too, but made on request:
    `builder.publish.sqlite_edition`.) The card's answers (`answers`) and the spreadsheets' parts (`exports`,
    every table started) may be under way in other processes; they are waited for here."""
    _write_text(root / "schema" / f"article-{SCHEMA_VERSION}.json", json_schema_text())
    files = {name: table_files(root, name) for name in TABLE_MODELS}
    sizes = {name: sum(path.stat().st_size for path in paths) for name, paths in files.items()}
    _write_text(root / CHART, articles_by_year_svg(stats.by_year))
    _write_text(root / "croissant.json", croissant_json())
    _write_text(root / LOADER, loader_script(files, root))
    exports.finish()
    _write_text(root / "README.md", render_card(stats, rows, sizes, answers.result()))


def _write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
