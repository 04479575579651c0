"""Furniture a text capture's lines show by their shape alone, whatever a site words them: a row of short links
apart by bars, a path of a site's columns; and lines above a headline that are none by their shape: a line opening
with a date and time, a table's row of labelled cells.

Text copied off a site nobody has seen keeps lines in forms every site shares; their words differ from site to
site, their shape does not.
"""

from __future__ import annotations

import re

_SENTENCE_MARK = re.compile(r"[。!?;,!?;,、]")
_DIGIT = re.compile(r"\d")
# A row of links: three items or more apart by bars (首页 | 机构概况 | 招商引资), or a path of two or more apart by
# arrows (招商引资 >> 招商动态); each item short, as a link's words are.
_BAR = re.compile(r"\s*[|｜]\s*")
_PATH = re.compile(r"\s*(?:>>|>|»|›|＞)\s*")
_LINK_ITEM_MAX = 10
# A post's or a page's dateline: 24-5-15 13:42, 2024/5/15 13:42, 2024年5月15日 13:42, whatever follows it.
_DATELINE = re.compile(r"^\d{2,4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}")
# A table's cell copied as text: a short label, its characters maybe spaced apart (索 引 号:), a colon.
_LABEL_CELL = re.compile(r"(?:^|\s)(?:[\u4e00-\u9fff]\s*){2,6}[:：]")
_LABEL_CELLS_MIN = 2
_BAR_ITEMS_MIN = 3
_PATH_ITEMS_MIN = 2


def link_rows(lines: list[str]) -> set[str]:
    """The lines that are rows of a site's links: short items apart by bars, or a path of columns apart by arrows.
    A row of bars beside another of as many cells is a table's, the article's own (地区 | 引资额 | 增速 over
    香港 | 5 | 20.1), and a row opening or closing with a bar is drawn as a table's is."""
    cells = [_bar_cells(line) for line in lines]
    return {line for index, line in enumerate(lines) if _is_path(line) or _is_link_bar(line, cells, index)}


def _is_link_bar(line: str, cells: list[int], index: int) -> bool:
    return cells[index] >= _BAR_ITEMS_MIN and not _in_a_table(cells, index) and _is_bar_row(line)


def _bar_cells(line: str) -> int:
    return len(_BAR.split(line)) if "|" in line or "｜" in line else 0


def _in_a_table(cells: list[int], index: int) -> bool:
    return any(0 <= near < len(cells) and cells[near] == cells[index] for near in (index - 1, index + 1))


def _is_bar_row(line: str) -> bool:
    if line[:1] in "|｜" or line[-1:] in "|｜" or _SENTENCE_MARK.search(line):
        return False
    return all(_is_link_words(item) for item in _BAR.split(line))


def _is_path(line: str) -> bool:
    if _SENTENCE_MARK.search(line):
        return False
    items = [item for item in _PATH.split(line) if item]
    return len(items) >= _PATH_ITEMS_MIN and all(_is_link_words(item) for item in items)


def _is_link_words(item: str) -> bool:
    """A link's words: short, and no figure (增速 > 5% compares, it links nowhere)."""
    return len(item) <= _LINK_ITEM_MAX and not _DIGIT.search(item)


def opens_with_a_dateline(text: str) -> bool:
    """A line opening with a date and its time (24-5-15 13:42 来自 微博): a post's or a page's dateline, never a
    headline, which may name a date but gives no time of day before its words."""
    return bool(_DATELINE.match(text))


def is_labelled_cells(text: str) -> bool:
    """A row of a table's labelled cells (索 引 号: 2021/3 主题分类: 综合政务): two short labels or more, each before
    its colon."""
    return len(_LABEL_CELL.findall(text)) >= _LABEL_CELLS_MIN
