"""Text tables: a header row of indicator names and rows of cells under it, written with `|` between the
cells (or a fullwidth `｜`, or box drawing's `│`) or in columns aligned by spaces or tabs (which cleaning
leaves as one space).

Input: a section's paragraphs. Output: for each paragraph that is a data row of a table, its cells and,
for each cell, what the cell's figure counts: the column's header (`地区 | 引资额(亿元) | 增速(%)` →
引资额, 增速), or, in a table whose columns are periods (`指标 | 2022年 | 2023年`), the row's header cell.
The header's bracketed unit (`(亿元)`) is the unit of a bare number under it. The words that name
periods and index columns are data (`targets.json`, `text_table`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from builder.resources import data_json, data_tsv

TARGETS = "targets.json"
# A sentence's marks: a line holding one outside brackets is prose, not a row of cells (县(市、区) is a name).
_SENTENCE_MARK = re.compile("[,;。!?，；！？、]")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_RULE_ROW = re.compile(r"^[\s|:-]+$")
_BRACKETED_UNIT = re.compile(r"[(（]([^()（）]{1,8})[)）]")


def _prose(text: str) -> bool:
    if not _SENTENCE_MARK.search(text):
        return False
    if "(" not in text and "（" not in text:
        return True
    return bool(_SENTENCE_MARK.search(_BRACKETED.sub("", text)))


_LONGEST_CELL = 16
# Aligned columns are told from prose by shape only, so they need more rows than a table with pipes.
_LEAST_SPACED_ROWS = 2


@dataclass(frozen=True)
class Row:
    """A data row: its cells, and for each what its figure counts and the unit a bare number in it has
    (None for a cell that labels the row or an index column)."""

    cells: tuple[str, ...]
    subjects: tuple[str | None, ...]
    units: tuple[str | None, ...]
    headings: tuple[str, ...]


@lru_cache(maxsize=1)
def _other_bars() -> re.Pattern[str]:
    """The other marks pages draw a cell's side with (a fullwidth bar, box drawing's vertical lines), each
    replaced by `|`: a substitution scans a paragraph in C, where `str.translate` with a table of non-ASCII
    marks looks every character up in Python's dict (about 20 times as long, on every paragraph)."""
    return re.compile(f"[{''.join(map(re.escape, data_json(TARGETS)['text_table']['other_bars']))}]")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    table = data_json(TARGETS)["text_table"]
    return {key: frozenset(words) for key, words in table.items()}


@lru_cache(maxsize=1)
def _period_cell() -> re.Pattern[str]:
    """A header cell naming a period (2023年, 1-9月, 2023年1-6月, 上年同期): a column of figures of one
    indicator over time, never the indicator itself."""
    words = "|".join(map(re.escape, sorted(_words()["period_headers"], key=len, reverse=True)))
    return re.compile(
        rf"^(?:(?:19|20)\d{{2}}年?度?)?(?:\d{{1,2}}(?:[-—~至]\d{{1,2}})?月份?|[一二三四1-4]季度|[上下]半年)?"
        rf"(?:{words})?$"
    )


def _split(paragraph: str) -> tuple[list[str], bool] | None:
    """The cells of a line, and whether pipes separate them; None for a line that is no row."""
    if "|" in paragraph:
        cells = [cell.strip() for cell in paragraph.strip().strip("|").split("|")]
        return (cells, True) if any(cells) else None
    if " " not in paragraph or _prose(paragraph):  # cleaning leaves no blank at a line's ends
        return None
    cells = paragraph.split()
    return (cells, False) if _is_cells(cells) else None


def _is_period(cell: str) -> bool:
    return bool(cell) and bool(_period_cell().match(_BRACKETED_UNIT.sub("", cell)))


def _is_header(cells: list[str]) -> bool:
    """A row of names: no cell holds a figure (a period's digits are a name), none is a sentence."""
    named = [cell for cell in cells if cell]
    return len(named) >= 2 and all(_is_name(cell) for cell in named)


def _is_name(cell: str) -> bool:
    return len(cell) <= _LONGEST_CELL and not _prose(cell) and not _FIGURE.match(cell)


# A cell holding a figure: it opens with a number that is no year, month or range of months (2023年, 1-9月).
_FIGURE = re.compile(r"^[-+]?\d+(?:\.\d+)?(?![\d.]*\s*(?:年|月|季度|[-—~至]\d))")


def _has_figure(cells: list[str]) -> bool:
    return any(_FIGURE.match(cell) for cell in cells[1:])


def _name(cell: str) -> str | None:
    return _BRACKETED_UNIT.sub("", cell).strip() or None


def _unit(cell: str) -> str | None:
    found = _BRACKETED_UNIT.search(cell)
    return found.group(1) if found else None


def _names_the_row(heading: str, first: str) -> bool:
    """Whether a column's figures are counted by their row's name: the column is a period (2023年, 本期,
    目标), a place (东城区, 合计) or unnamed; or the first header says the rows are indicators (指标) and
    the column names no measure of its own (增速, 完成率)."""
    name = _name(heading)
    if not name or _is_period(heading) or name in _places():
        return True
    return first in _words()["row_headers"] and not name.endswith(tuple(_words()["measure_headers"]))


def _row(cells: list[str], header: list[str]) -> Row:
    index_columns = _words()["index_headers"]
    first = _name(header[0]) or ""
    subjects: list[str | None] = [None]
    units: list[str | None] = [None]
    headings: list[str] = [header[0]]
    for column in range(1, len(cells)):
        heading = header[column] if column < len(header) else ""
        if _name(heading) in index_columns:
            subjects.append(None)
            units.append(None)
        elif _names_the_row(heading, first):
            subjects.append(_name(cells[0]))
            units.append(_unit(cells[0]) or _unit(heading))
        else:
            subjects.append(_name(heading))
            units.append(_unit(heading))
        headings.append(heading)
    return Row(tuple(cells), tuple(subjects), tuple(units), tuple(headings))


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Names a column may be headed with that are the rows' scope, not an indicator: every division,
    full and bare, and the table's totals (合计)."""
    names = {name for row in data_tsv("divisions.tsv") for name in [row["name"], *row["short_names"].split(",")]}
    return frozenset(name for name in names if name) | _words()["totals"]


def rows(paragraphs: tuple[str, ...] | list[str]) -> dict[int, Row]:
    """The data rows of the text tables among the paragraphs, by the paragraph's index: each follows a
    header row (rules `|---|` between them are skipped; a header flattened one cell a line, `年份 |`, is
    put together) and has that header's number of cells."""
    found: dict[int, Row] = {}
    bars = _other_bars()
    paragraphs = [bars.sub("|", paragraph) for paragraph in paragraphs]
    if not any("|" in paragraph or " " in paragraph for paragraph in paragraphs):
        return found  # most sections: no cell mark at all
    header: list[str] = []
    piped = stacking = False
    pending: dict[int, Row] = {}
    last: tuple[int, list[str]] | None = None  # the data row before, by its paragraph's index

    def close() -> None:
        if piped or len(pending) >= _LEAST_SPACED_ROWS:
            found.update(pending)
        pending.clear()

    for index, paragraph in enumerate(paragraphs):
        if "|" in paragraph and _RULE_ROW.match(paragraph):
            continue
        split = _split(paragraph)
        if split is None:
            close()
            header, stacking = [], False
            continue
        cells, pipes = split
        if pipes and last and last[0] == index - 1 and _continues(last[1], cells, header):
            pending[index] = _continued(last[1], cells, header)  # `2025 | 17.5 |` broken before `10.8% |`
            last = None
            continue
        last = None
        if not pipes and len(cells) == len(header) + 1 and header and header[0]:  # a header over the rows' names only
            header = ["", *header]
        fits = len(cells) == len(header) or (pipes and len(cells) >= 2)  # a pipe row may leave a cell out
        if len(header) >= 2 and pipes == piped and fits and _has_figure(cells):
            pending[index] = _row(cells, header)
            stacking, last = False, (index, cells)
        elif pipes and len(cells) == 1 and _is_name(cells[0]):
            close()
            header = header + cells if stacking else cells
            piped = stacking = True
        elif _is_header(cells):
            close()
            header, piped, stacking = cells, pipes, False
        else:
            close()
            header, stacking = [], False
    close()
    return found


def _continues(before: list[str], cells: list[str], header: list[str]) -> bool:
    """Whether a line of figures is the rest of the row before it, which has fewer cells than its header."""
    named = [cell for cell in cells if cell]
    return bool(named) and len(before) + len(named) <= len(header) and all(_FIGURE.match(cell) for cell in named)


def _continued(before: list[str], cells: list[str], header: list[str]) -> Row:
    """The cells of a row's continuation line, each under the column it continues into."""
    named = [cell for cell in cells if cell]
    whole = _row([*before, *named], header)
    start = len(before)
    return Row(tuple(named), whole.subjects[start:], whole.units[start:], whole.headings[start:])


def _is_cells(cells: list[str]) -> bool:
    return all(is_cell(cell) for cell in cells)


def is_cell(text: str) -> bool:
    """Whether a cell's text is a short name or figure, not a sentence (a table with pipes may hold one)."""
    return len(text) <= _LONGEST_CELL and not _prose(text)
