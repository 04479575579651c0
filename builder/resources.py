"""Loading the data files in `builder/data/` (outlet names, titles, divisions, known damage)."""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"
# A named group's opening, not preceded by an escaping backslash (`\(?P<x>` is the text "(?P<x>").
_NAMED_GROUP = re.compile(r"(?<!\\)((?:\\\\)*)\(\?P<\w+>")
_GROUP_REFERENCE = re.compile(r"\(\?P=|\\[1-9]|\(\?\(")


def data_text(name: str) -> str:
    return (DATA_DIR / name).read_text(encoding="utf-8")


@cache
def data_json(name: str) -> Any:
    return json.loads(data_text(name))


@cache
def data_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated data file with a header line; lines starting with # are comments.

    Split at tabs, as `csv.DictReader` with `QUOTE_NONE` reads them, a row with too few cells getting None for
    the rest and one with too many its extra cells under the key None: the reader's Python loop took a tenth of
    what the first capture loads (16,000 rows of `divisions_pinyin.tsv`, 22 ms against 7)."""
    lines = [line for line in data_text(name).splitlines() if line and not line.startswith("#")]
    if not lines:
        return ()
    header, *rows = (line.split("\t") for line in lines)
    width = len(header)
    return tuple(
        dict(zip(header, cells, strict=True)) if len(cells) == width else _uneven_row(header, cells) for cells in rows
    )


@cache
def data_rows(name: str, columns: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The named columns (two or more) of each row of a tab-separated data file, as `data_tsv` reads it, as tuples:
    for the large tables a loader reads once, where making a dict a row cost more than the rest of the reading
    (16,000 rows of `divisions_pinyin.tsv`: 16.6 ms as dicts, 8.0 as tuples). A row without one of the columns
    raises IndexError."""
    lines = [line for line in data_text(name).splitlines() if line and not line.startswith("#")]
    if not lines:
        return ()
    header = lines[0].split("\t")
    cells = itemgetter(*(header.index(column) for column in columns))
    return tuple(map(cells, (line.split("\t") for line in lines[1:])))


def _uneven_row(header: list[str], cells: list[str]) -> dict[str, Any]:
    row: dict[str, Any] = dict(zip(header, cells, strict=False))
    if len(cells) < len(header):
        row.update(dict.fromkeys(header[len(cells) :]))
    elif len(cells) > len(header):
        row[None] = cells[len(header) :]  # type: ignore[index]  # as csv.DictReader keeps them
    return row


@cache
def data_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a plain list file."""
    return tuple(line.strip() for line in data_text(name).splitlines() if line.strip() and not line.startswith("#"))


@cache
def compiled(name: str, key: str) -> tuple[re.Pattern[str], ...]:
    """The regexes listed under `key` in a JSON data file, compiled once."""
    return tuple(re.compile(pattern) for pattern in data_json(name)[key])


@cache
def combined(name: str, key: str) -> str:
    """The regexes listed under `key` as one alternation, for a yes-or-no test in a single pass.

    Those anchored at the start go under one `^`: inside an alternation the engine no longer sees
    each one's anchor and tries it at every position (the 33 boilerplate-line patterns took 15 µs a
    line that way, 4 µs grouped). Left uncompiled: the cleaner searches its two parts apart and reads
    only the whole's prefilter off it, so compiling the whole (40 ms for the furniture's keys, an eighth
    of what the first capture loads) bought nothing.
    """
    at_start, anywhere = combined_parts(name, key)
    return "|".join([*([f"^(?:{at_start})"] if at_start else []), *([anywhere] if anywhere else [])])


@cache
def combined_parts(name: str, key: str) -> tuple[str | None, str | None]:
    """`combined`'s two parts: the alternation of the patterns anchored at the start, without their `^`, and
    the alternation of the others; None for a part without patterns."""
    # Group names are dropped: two patterns may name a group alike, and a yes-or-no test reads none.
    # Groups are numbered anew in an alternation, so a pattern may not refer back to one.
    patterns = data_json(name)[key]
    if any(_GROUP_REFERENCE.search(pattern) for pattern in patterns):
        raise ValueError(f"{name} {key}: a pattern that refers to a group cannot be combined with others")
    patterns = [_NAMED_GROUP.sub(r"\1(?:", pattern) for pattern in patterns]
    anchored = [pattern[1:] for pattern in patterns if _anchored_at_start(pattern)]
    floating = [pattern for pattern in patterns if not _anchored_at_start(pattern)]
    return (
        "|".join(f"(?:{pattern})" for pattern in anchored) or None,
        "|".join(f"(?:{pattern})" for pattern in floating) or None,
    )


def _anchored_at_start(pattern: str) -> bool:
    """`^…` with no alternative of its own outside a group (`^a|b` is not anchored as a whole)."""
    return pattern.startswith("^") and len(top_alternatives(pattern)) == 1


def top_alternatives(pattern: str) -> list[str]:
    """A regex split at its `|`s outside any group or character class."""
    parts, depth, in_class, escaped, begun = [], 0, False, False, 0
    for place, character in enumerate(pattern):
        if escaped:
            escaped = False
        elif character == "\\":
            escaped = True
        elif in_class:
            in_class = character != "]"
        elif character == "[":
            in_class = True
        elif character in "()":
            depth += 1 if character == "(" else -1
        elif character == "|" and depth == 0:
            parts.append(pattern[begun:place])
            begun = place + 1
    return [*parts, pattern[begun:]]


# The industry vocabulary: each written form and its industry, or NOT_AN_INDUSTRY for a form that names none.
INDUSTRY_VOCABULARY = "industries.tsv"
NOT_AN_INDUSTRY = "-"


@cache
def surnames() -> tuple[str, tuple[str, ...]]:
    """surnames.txt's single-character surnames, in the file's order, and its compound ones: a line of two
    characters is one compound surname, any other line a run of single ones."""
    lines = data_lines("surnames.txt")
    return "".join(line for line in lines if len(line) != 2), tuple(line for line in lines if len(line) == 2)


@cache
def industry_names() -> dict[str, str]:
    """Each written form of the industry vocabulary and its industry (the field extractor and migrations read it)."""
    return {row["written"]: row["industry"] for row in data_tsv(INDUSTRY_VOCABULARY)}


def file_sha256(path: Path) -> str:
    """A file's SHA-256, read a megabyte at a time so a large table costs no more memory than a small one."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()
