"""What the card and the build report say about a build: the articles counted from the finished Parquet (footers,
and a read of the few columns counted by value), the quarantine as the writer wrote it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from builder import __version__
from builder.publish.parquet import read_leaves, row_count, table_files
from builder.record.models import SCHEMA_VERSION
from builder.tables.ledger import REPAIR_KINDS

# The articles' columns the card and report count (by their name there → the Parquet column).
_COUNTED = {
    **{kind: f"quality.{kind}" for kind in REPAIR_KINDS},
    "unrecoverable": "quality.unrecoverable.count",
    "truncated": "quality.truncated",
    "year": "date.year",
    "province": "region.province",
    "genre": "genre",
    "script": "script",
    "outlet": "outlet",
    "parser": "source.parser",
    "site": "site",
}

# The record paths of those columns, as `parquet.leaf_columns` takes them.
COUNTED_PATHS = sorted(set(_COUNTED.values()))

# The counters by value (`by_year` ...), in the order they are counted.
_BY = ("year", "province", "genre", "script", "outlet", "parser", "site")


@dataclass
class Statistics:
    """What the card and the build report say about a build."""

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

    def count_articles(self, root: Path, counted: Iterable[Statistics] | None = None) -> None:
        """The articles' share, from the finished tables at `root`: the row counts from the Parquet footers, the
        counts by year, place, genre, script, outlet, site and parser, the repairs and damage from a read of
        those columns alone, one file at a time, or from each file's counts made before (`counted`, in file
        order: `of_articles`). Quarantine lines and duplicates are the writer's to count."""
        self.articles = row_count(root, "articles")
        self.targets = row_count(root, "targets")
        self.speakers = row_count(root, "speakers")
        self.inputs = self.articles + sum(self.quarantined.values())
        if not self.articles:
            return
        if counted is None:
            counted = (Statistics.of_articles(path) for path in table_files(root, "articles"))
        for counts in counted:
            self.add_counts(counts)

    @classmethod
    def of_articles(cls, path: Path) -> Statistics:
        """The counts one `articles` file gives (those `count_articles` sums; none for a file without rows)."""
        return cls.of_table(read_leaves(path, COUNTED_PATHS))

    @classmethod
    def of_table(cls, articles: pa.Table) -> Statistics:
        """The counts of the articles of a table that holds at least the columns `COUNTED_PATHS` (`of_articles`)."""
        counts = cls()
        if articles.num_rows:
            counts._count_columns({name: _nested(articles, dotted) for name, dotted in _COUNTED.items()})
        return counts

    def add_counts(self, counts: Statistics) -> None:
        """Another file's counts added, each counter's new values after its own (as counting that file would)."""
        for name in ("repairs", "affected", *(f"by_{what}" for what in _BY)):
            getattr(self, name).update(getattr(counts, name))
        self.unrecoverable += counts.unrecoverable
        self.truncated += counts.truncated

    def _count_columns(self, columns: dict[str, pa.ChunkedArray]) -> None:
        # pyarrow.compute takes a twentieth of a second to import: only where articles are counted, never in a
        # rebuild that takes the last build's card as it was.
        import pyarrow.compute as pc

        for kind in REPAIR_KINDS:
            self.repairs[kind] += _sum(columns[kind])
            self.affected[kind] += _sum(pc.greater(columns[kind], 0))
        self.unrecoverable += _sum(columns["unrecoverable"])
        self.affected["unrecoverable"] += _sum(pc.greater(columns["unrecoverable"], 0))
        self.truncated += _sum(columns["truncated"])
        self.affected["truncated"] += _sum(columns["truncated"])
        for name in _BY:
            counter = getattr(self, f"by_{name}")
            for entry in pc.value_counts(columns[name]).to_pylist():
                value = entry["values"]
                counter["unknown" if value in (None, "") else str(value)] += entry["counts"]

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


def _sum(column: pa.ChunkedArray) -> int:
    import pyarrow.compute as pc

    return int(pc.sum(pc.cast(column, pa.int64())).as_py() or 0)


def _nested(table: pa.Table, dotted: str) -> pa.ChunkedArray:
    """The column at a dotted path (`quality.unrecoverable.count`) of a table read by its top-level columns."""
    import pyarrow.compute as pc

    top, *fields = dotted.split(".")
    column = table.column(top)
    for name in fields:
        column = pc.struct_field(column, name)
    return column
