"""What a build derives from its finished Parquet tables: the people joined across keys, the `people` rows,
the spreadsheets in `exports/` and the count of deadlines left unresolved.

Input: an output folder (staged or published) whose `data/<table>/*.parquet` are complete; every
file of a table is read, in name order, one row group at a time. Output: `people` rows (the writer
writes them as a table), `exports/*.csv`, and figures for the build report.

What one shard's files alone give (its part of each spreadsheet; its facts: its speakers' keys with their
spans, its article counts, its deadline tally) is made as the shard lands (`from_shard`), by the worker
that wrote it or by the building process while its one worker parses the next, into a working folder of
the staging folder (`BY_SHARD`); the end of the build takes them (`gathered_facts`, `Exports.start`),
makes only what needs every shard (who is one person, from the joined keys) and makes again what a
shard's files changed since need (articles set aside: all of it; person ids merged: its speakers part).

The CSV files are for spreadsheets: UTF-8 with a byte-order mark (so that Excel shows Chinese), one
header row, ISO dates, `true`/`false`, an empty cell for null, lists joined with `; `, CRLF line
ends; a person's positions read `县长 (2021-03-02–2022-05-01)`. A text cell that begins with `=`,
`+`, `-`, `@`, a tab or a carriage return gets a leading `'` (OWASP's rule against formula
injection), so that no spreadsheet runs it; numbers are written as numbers.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import os
import pickle
import shutil
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from builder.publish.parquet import leaf_columns, read_leaves, table_files
from builder.publish.shards import SHARDED, shard_path
from builder.publish.statistics import COUNTED_PATHS, Statistics
from builder.record.schema import arrow_schema
from builder.run.limits import finished
from builder.tables.persons import MENTION_COLUMNS, KeySpan, join_spans, key_spans, merges_of, people_rows

EXPORTS = "exports"
BY_SHARD = ".by-shard"  # in the staging folder: what each shard's files alone give, until the build's end
PEOPLE_SPILL = ".people.sqlite"  # the speakers' mentions, sorted by person on disk while `people` is made
EXPORTED = ("articles", "targets", "speakers", "people")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = "; "
# The articles' columns a journalist filters on (no body text), as (header, dotted path in the record).
ARTICLE_COLUMNS = (
    ("id", "id"),
    ("title", "title"),
    ("outlet", "outlet"),
    ("site", "site"),
    ("genre", "genre"),
    ("script", "script"),
    ("published", "date.published"),
    ("event_date", "date.event"),
    ("year", "date.year"),
    ("month", "date.month"),
    ("day", "date.day"),
    ("year_inferred", "date.year_inferred"),
    ("year_source", "date.year_source"),
    ("event_name", "event_name"),
    ("province", "region.province"),
    ("city", "region.city"),
    ("county", "region.county"),
    ("region_code", "region.code"),
    ("region_evidence", "region.evidence"),
    ("speaker", "speaker.name"),
    ("speaker_positions", "speaker.positions"),
    ("industries", "industries.name"),
    ("truncated", "quality.truncated"),
    ("url", "source.url"),
    ("file", "source.file"),
)


_ARTICLE_PATHS = [path for _, path in ARTICLE_COLUMNS]


def table_rows(root: Path, table: str, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Every row of a table, in file and row order, one row group in memory at a time."""
    for path in table_files(root, table):
        yield from file_rows(path, columns)


def file_rows(path: Path, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Every row of one Parquet file, one row group in memory at a time."""
    parquet = pq.ParquetFile(path)
    for group in range(parquet.num_row_groups):
        yield from parquet.read_row_group(group, columns=columns).to_pylist()


@dataclass
class ShardFacts:
    """What the build's end needs of one shard's files besides its spreadsheet parts: its speakers' keys with their
    spans (`persons.key_spans`), its articles' counts (`Statistics.of_articles`) and its deadlines' tally."""

    key_spans: dict[str, KeySpan]
    own_ids: bool  # every speaker row holds its key's id (`key_spans`)
    counts: Statistics
    deadlines: DeadlineTally


@dataclass
class Gathered:
    """Every shard's facts, taken in shard order: the keys joined, the counts and tallies summed, and of each
    shard only what says whether its ids must be set. A shard's facts do not depend on its `person_id`s, so
    they hold once the ids are set."""

    keys: dict[str, KeySpan] = field(default_factory=dict)
    counts: Statistics = field(default_factory=Statistics)
    deadlines: DeadlineTally = field(default_factory=lambda: (0, Counter()))
    by_shard: list[tuple[bool, frozenset[str]]] = field(default_factory=list)  # own ids, key ids

    def add(self, found: ShardFacts) -> None:
        join_spans(self.keys, found.key_spans)
        self.counts.add_counts(found.counts)
        self.deadlines = (self.deadlines[0] + found.deadlines[0], self.deadlines[1] + found.deadlines[1])
        self.by_shard.append((found.own_ids, frozenset(found.key_spans)))

    def merges(self) -> dict[str, str]:
        """The speakers' `person_id`s that a move within a province joins to an earlier person's (`persons`)."""
        return merges_of(self.keys)

    def ids_to_set(self, merges: dict[str, str]) -> list[int]:
        """The shards some of whose `person_id`s may not be their person's under `merges`: all but those whose rows
        each hold their key's id and none of whose keys is merged."""
        return [index for index, (own, keys) in enumerate(self.by_shard) if not own or not keys.isdisjoint(merges)]


def gathered_facts(root: Path, shards: int, pool: Executor) -> Gathered:
    """Every shard's facts: those made as it landed (`from_shard`), the others' made by `pool` now."""
    ready = set(_made_facts(root, shards))
    computed = pool.map(functools.partial(_facts_of, root), [index for index in range(shards) if index not in ready])
    gathered = Gathered()
    for index in range(shards):
        gathered.add(pickle.loads(_facts_path(root, index).read_bytes()) if index in ready else next(computed))
    return gathered


def from_shard(root: Path, index: int) -> None:
    """What shard `index`'s files alone give, made once they are written: its part of each spreadsheet and its
    facts (`ShardFacts`), in `BY_SHARD`. Each file is read once, for both (a shard's rows fit in memory)."""
    (root / BY_SHARD).mkdir(exist_ok=True)
    read = {table: read_leaves(shard_path(root, table, index), _shard_reads(table)) for table in SHARDED}
    for table in SHARDED:
        _write_lines(shard_part(root, table, index), _export_cells(table, read[table]))
    partial = _facts_path(root, index).with_suffix(f".{os.getpid()}")
    partial.write_bytes(pickle.dumps(_facts_from(read)))
    os.replace(partial, _facts_path(root, index))


def shard_part(root: Path, table: str, index: int) -> Path:
    """Where `from_shard` writes a shard's part of a table's spreadsheet."""
    return root / BY_SHARD / f"{table}-{index:08d}.part"


def _facts_path(root: Path, index: int) -> Path:
    return root / BY_SHARD / f"facts-{index:08d}.pickle"


def _made_facts(root: Path, shards: int) -> list[int]:
    return [index for index in range(shards) if _facts_path(root, index).is_file()]


def _facts_of(root: Path, index: int) -> ShardFacts:
    return _facts_from({table: read_leaves(shard_path(root, table, index), _FACT_READS[table]) for table in SHARDED})


def _facts_from(read: Mapping[str, pa.Table]) -> ShardFacts:
    """A shard's facts from its files' columns (at least `_FACT_READS`)."""
    return ShardFacts(
        *key_spans(read["speakers"].select(MENTION_COLUMNS).to_pylist()),
        Statistics.of_table(read["articles"]),
        deadline_tally(read["targets"].select(_DEADLINE_COLUMNS).to_pylist()),
    )


def forget_shard(root: Path, index: int, tables: Iterable[str] = SHARDED) -> None:
    """What `from_shard` made of a shard whose files changed since: the parts of those `tables`, and its facts
    when its articles changed (they were set aside)."""
    for table in tables:
        shard_part(root, table, index).unlink(missing_ok=True)
    if "articles" in tables:
        _facts_path(root, index).unlink(missing_ok=True)


def derived_people(root: Path, versions: dict[str, str]) -> Iterator[dict[str, Any]]:
    """The `people` rows, from the finished `speakers` table, one person at a time (the mentions wait in a
    file in `root` meanwhile, which is gone once the last row is made)."""
    columns = ["person_id", "name", "positions", "province", "city", "event_date", "article_id"]
    return people_rows(table_rows(root, "speakers", columns), versions, root / PEOPLE_SPILL)


_DEADLINE_COLUMNS = ["deadline_text", "deadline_date"]
# What a shard's facts read of its files (`from_shard` reads these and its parts' columns at once).
_FACT_READS = {"articles": COUNTED_PATHS, "targets": _DEADLINE_COLUMNS, "speakers": MENTION_COLUMNS}


def _shard_reads(table: str) -> list[str]:
    return [*(_ARTICLE_PATHS if table == "articles" else export_header(table)), *_FACT_READS[table]]


DeadlineTally = tuple[int, Counter[str]]  # deadlines resolved to a date; those left unresolved, by their text


def deadline_tally(targets: Iterable[dict[str, Any]]) -> DeadlineTally:
    resolved, unresolved = 0, Counter[str]()
    for row in targets:
        if row["deadline_text"] is None:
            continue
        if row["deadline_date"] is None:
            unresolved[row["deadline_text"]] += 1
        else:
            resolved += 1
    return resolved, unresolved


def deadline_counts(root: Path, tallies: Iterable[DeadlineTally] | None = None) -> dict[str, Any]:
    """Deadlines resolved to a date and left unresolved (with the forms that were), for the build report: from the
    `targets` table, or from each shard's tally (`tallies`)."""
    if tallies is None:
        tallies = [deadline_tally(table_rows(root, "targets", _DEADLINE_COLUMNS))]
    resolved, unresolved = 0, Counter[str]()
    for found, forms in tallies:
        resolved += found
        unresolved.update(forms)
    return {
        "resolved": resolved,
        "unresolved": sum(unresolved.values()),
        "unresolved_forms": dict(sorted(unresolved.items(), key=lambda kv: (-kv[1], kv[0]))[:20]),
    }


Job = tuple[str, Path, Path]  # a part of a spreadsheet: the table, its Parquet file, the part's file


class Exports:
    """The spreadsheets, made part by part: each Parquet file's rows are one part of its table's CSV, written by
    `pool` (this process, or processes that share the parts) from when `start` says the table is final, and the
    parts are joined in file order by `finish`: the same bytes whoever wrote them and whenever."""

    def __init__(self, root: Path, pool: Executor) -> None:
        self.root = root
        self.pool = pool
        self.folder = root / EXPORTS
        self.folder.mkdir(exist_ok=True)
        self.parts: dict[str, list[tuple[Job, Future[int]]]] = {}

    def start(
        self, tables: Iterable[str], made: Mapping[Path, Path] | None = None, pool: Executor | None = None
    ) -> None:
        """The parts of these tables, whose files are final, handed to the pool (or to `pool`), the files of most
        rows first: the pool's processes then end nearer together. `made`: parts written already (`from_shard`),
        by the file they were made from; taken as they are."""
        made = made or {}
        pool = pool or self.pool
        jobs = [
            (table, source, self.folder / f".{table}.{number:05d}.part")
            for table in tables
            for number, source in enumerate(table_files(self.root, table))
        ]
        submitted = {
            job: pool.submit(_write_part, job)
            for job in sorted((job for job in jobs if job[1] not in made), key=_most_rows_first)
        }
        for job in jobs:
            if job[1] in made:
                os.replace(made[job[1]], job[2])
                submitted[job] = finished(pq.read_metadata(job[1]).num_rows)
            self.parts.setdefault(job[0], []).append((job, submitted[job]))

    def finish(self) -> dict[str, int]:
        """Each table's CSV joined from its parts, once they are written; rows written per table (every table of
        EXPORTED must have been started). A part no process of the pool has begun is written here: this process
        has nothing else left to do but wait."""
        written = {}
        for table in EXPORTED:
            parts = self.parts[table]
            written[table] = sum(_write_part(job) if done.cancel() else done.result() for job, done in parts)
            _join_parts(self.folder / f"{table}.csv", _export_columns(table), [job[2] for job, _ in parts])
        return written


def _most_rows_first(job: Job) -> tuple[int, str]:
    return -pq.read_metadata(job[1]).num_rows, str(job[2])


def _export_columns(table: str) -> list[str]:
    return [header for header, _ in ARTICLE_COLUMNS] if table == "articles" else export_header(table)


def _write_part(job: Job) -> int:
    """One Parquet file's rows of a table (`job`: the table, the file, the part to write) as CSV lines without
    the header, one row group in memory at a time; how many."""
    table, source, part = job
    parquet = pq.ParquetFile(source)
    columns = _read_columns(table, parquet)
    groups = (parquet.read_row_group(group, columns=columns) for group in range(parquet.num_row_groups))
    _write_lines(part, *(_export_cells(table, read) for read in groups))
    return parquet.metadata.num_rows


def _write_lines(part: Path, *blocks: list[pa.Array]) -> None:
    """Blocks of rows, each given a column of cells at a time (`column_cells`), as CSV lines in one file."""
    with part.open("wb") as handle:
        for columns in blocks:
            handle.write(csv_lines(columns))


def _read_columns(table: str, parquet: pq.ParquetFile) -> list[str]:
    """The Parquet columns a table's spreadsheet is made of: for the articles, only the leaves it shows (a
    struct's other fields, the quality's lists, are never decoded)."""
    return leaf_columns(parquet, _ARTICLE_PATHS if table == "articles" else export_header(table))


def _export_cells(table: str, read: pa.Table) -> list[pa.Array]:
    if table == "articles":
        return [column_cells(leaf_values(read, path)) for _, path in ARTICLE_COLUMNS]
    return [column_cells(read.column(name).combine_chunks()) for name in export_header(table)]


def leaf_values(read: pa.Table, path: str) -> pa.Array | list[Any]:
    """The values at a dotted path of a table read by `leaf_columns`: an Arrow array down a path of structs (a
    null struct gives null), or Python values, as `_dotted` takes them, where the path goes into a list."""
    # pyarrow.compute takes a twentieth of a second to import: only where a part is made, never in a rebuild that
    # takes the last build's spreadsheets as they were.
    import pyarrow.compute as pc

    top, *fields = path.split(".")
    column = read.column(top).combine_chunks()
    for name in fields:
        if pa.types.is_struct(column.type):
            column = pc.struct_field(column, name)
        elif pa.types.is_list(column.type) and pa.types.is_struct(column.type.value_type):  # each item's field
            items = pc.struct_field(column.values, name)
            column = pa.ListArray.from_arrays(column.offsets, items, mask=column.is_null())
        else:
            return [_dotted({top: value}, path) for value in read.column(top).to_pylist()]
    return column


def column_cells(values: pa.Array | list[Any]) -> pa.Array:
    """`cell_text` of each value, as a string array: strings, integers, booleans and dates converted by Arrow a
    column at a time (Arrow writes these as `cell_text` does), and the floats that are whole numbers and the
    lists of texts; the other values (the other floats, a person's positions) one by one."""
    import pyarrow.compute as pc

    if not isinstance(values, pa.Array):
        return _texts(values)
    kind = values.type
    if pa.types.is_string(kind):
        return _safe_texts(pc.fill_null(values, ""))
    if pa.types.is_integer(kind) or pa.types.is_boolean(kind) or pa.types.is_date32(kind):
        return pc.fill_null(pc.cast(values, pa.string()), "")
    if pa.types.is_list(kind) and pa.types.is_string(kind.value_type) and not values.values.null_count:
        return _safe_texts(pc.fill_null(pc.binary_join(values, LIST_SEPARATOR), ""))
    cells = pc.fill_null(pa.nulls(len(values), pa.string()), "")
    by_value = values.is_valid()
    if pa.types.is_floating(kind):  # a whole number as an integer (`cell_text`), by Arrow
        whole = pc.fill_null(pc.and_(pc.equal(pc.trunc(values), values), pc.less(pc.abs(values), 1e15)), False)
        cells = pc.replace_with_mask(cells, whole, pc.cast(pc.cast(values.filter(whole), pa.int64()), pa.string()))
        by_value = pc.and_(by_value, pc.invert(whole))
    return pc.replace_with_mask(cells, by_value, _texts(values.filter(by_value).to_pylist()))


def _texts(values: list[Any]) -> pa.Array:
    return pa.array([cell_text(value) for value in values], pa.string())


def _safe_texts(texts: pa.Array) -> pa.Array:
    """`safe_text` of each text of an array without nulls."""
    import pyarrow.compute as pc

    if not _holds_any(texts, _FORMULA_BYTES):
        return texts
    formula = pc.is_in(pc.utf8_slice_codeunits(texts, 0, 1), value_set=pa.array(FORMULA_STARTS, pa.string()))
    return pc.if_else(formula, pc.binary_join_element_wise("'", texts, ""), texts)


def csv_lines(columns: list[pa.Array]) -> pa.Buffer:
    """Rows of cells, given a column at a time (at least two columns, none with nulls), as the CSV lines Python's
    `csv.writer` (Excel's dialect, CRLF line ends) writes of them, UTF-8 encoded: a cell is quoted, its quotes
    doubled, when it holds a comma, a quote, CR or LF."""
    import pyarrow.compute as pc

    lines = pc.binary_join_element_wise(*(_quoted(column) for column in columns), ",")
    lines = pc.binary_join_element_wise(lines, "\r\n", "")
    return pc.binary_join(pa.ListArray.from_arrays([0, len(lines)], lines), "")[0].as_buffer()


def _quoted(cells: pa.Array) -> pa.Array:
    import pyarrow.compute as pc

    if not _holds_any(cells, _QUOTED_BYTES):
        return cells
    quoted = pc.binary_join_element_wise('"', pc.replace_substring(cells, '"', '""'), '"', "")
    return pc.if_else(pc.match_substring_regex(cells, '[,"\r\n]'), quoted, cells)


# The characters that start a formula (each a single one: a text's first character is tested) or make a cell
# quoted, as the bytes that UTF-8 encodes them in (no byte of another character's encoding is ASCII).
_FORMULA_BYTES = tuple(start.encode() for start in FORMULA_STARTS)
_QUOTED_BYTES = (b",", b'"', b"\r", b"\n")


def _holds_any(texts: pa.StringArray, characters: tuple[bytes, ...]) -> bool:
    """Whether any of these ASCII characters may be in the texts: one search of the array's UTF-8 bytes, so that
    only the arrays that hold one are tested text by text. Of a slice, the bytes around it are searched too: a
    yes may be wrong (the texts are then tested for nothing), a no never is."""
    data = texts.buffers()[2]
    if data is None:
        return False
    encoded = data.to_pybytes()
    return any(character in encoded for character in characters)


def _join_parts(path: Path, header: list[str], parts: list[Path]) -> None:
    """The CSV file: its header (after the byte-order mark) and then each part's lines, the parts removed."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerow(header)
    with path.open("ab") as joined:
        for part in parts:
            with part.open("rb") as lines:
                shutil.copyfileobj(lines, joined)
            part.unlink()


# In a spreadsheet the keys come first and the versions last; the rest keep their Parquet order.
_LEADING = ("article_id", "target_index", "speaker_index", "person_id")
_TRAILING = ("schema_version", "dataset_version")


def export_header(table: str) -> list[str]:
    """A flat table's CSV columns: those of its Parquet, keys first and versions last."""
    names = [field.name for field in arrow_schema(table)]
    middle = [name for name in names if name not in _LEADING + _TRAILING]
    return [n for n in _LEADING if n in names] + middle + [n for n in _TRAILING if n in names]


def _dotted(row: dict[str, Any], path: str) -> Any:
    value: Any = row
    for part in path.split("."):
        if isinstance(value, list):
            value = [item[part] for item in value]
        elif value is None:
            return None
        else:
            value = value[part]
    return value


def cell_text(value: Any) -> str:
    """One value as a spreadsheet cell (see the module's docstring)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return safe_text(LIST_SEPARATOR.join(_list_item(item) for item in value))
    return safe_text(str(value))


def _list_item(item: Any) -> str:
    if isinstance(item, dict):  # a person's position: 县长 (2021-03-02–2022-05-01)
        seen = [d.isoformat() for d in (item["first_seen"], item["last_seen"]) if d is not None]
        return f"{item['title']} ({'–'.join(dict.fromkeys(seen))})" if seen else item["title"]
    return str(item)


def safe_text(text: str) -> str:
    """A text cell no spreadsheet reads as a formula (OWASP: a leading `'` before = + - @ tab CR)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
