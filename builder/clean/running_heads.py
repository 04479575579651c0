"""The running head a printed document repeats at each page, copied with its text (pdftotext, a gazette's text
export): known by its shape, a page number beside the same words, whatever the document's name."""

from __future__ import annotations

import re
from collections import Counter

# A page's number as a running head prints it: 23, ·23·, -23-, — 23 —.
_PAGE_NUMBER = re.compile(r"^[·\-—－]?\s*\d{1,4}\s*[·\-—－]?$")
# A page's mark in words: 第3页, 共5页 第3页, 第 3 页 共 5 页, Page 3 of 5; and what a mark's line may add to it
# (本文档, 当前): a line with more words is a page's heading (报告名称_第3页), the document's own.
_PAGE_MARK = re.compile(r"(?:第|共)\s*\d{1,4}\s*页|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?")
_PAGE_MARK_WORDS_MAX = 4
_SENTENCE_MARK = re.compile(r"[。!?;,!?;,、，！？；：:]")
_DIGITS = re.compile(r"\d+")
_NOT_A_WORD = re.compile(r"[\W\d_]+")
_RUNNING_HEAD_MAX = 40
_NAME_MIN = 4


def running_heads(lines: list[str]) -> set[str]:
    """The lines a printed document repeats at the head or foot of each page: a page number beside the same words
    (2024年第1期　某县人民政府公报　·23·, on the next page ·24·　某县人民政府公报　2024年第1期), taken out before
    wrapped lines are joined, as a paragraph runs on over a page's break. A line is one only where it recurs with its
    numbers changed: a line of the text printed once, or printed again as it was, is never one. The cleaner takes them
    out and counts them."""
    shapes = {line: _running_head_shape(line) for line in set(lines)}
    numbered = Counter(shape for shape in shapes.values() if shape is not None)  # each distinct line once
    return {line for line, shape in shapes.items() if shape is not None and numbered[shape] > 1}


def _running_head_shape(text: str) -> frozenset[str] | None:
    """The line's parts with their numbers blanked, in any order (pages facing each other swap them); None where the
    line has no page number beside a name (words of a document's or a paper's name, never a label's 表 1) nor a
    page's mark in words (— 本文档共5页　第1页 —, 第 1 页 共 5 页), or holds a sentence."""
    parts = text.split()
    if len(text) > _RUNNING_HEAD_MAX or _SENTENCE_MARK.search(text):
        return None
    if _is_page_mark(text):
        return frozenset(_DIGITS.sub("#", part) for part in parts)
    if (
        len(parts) < 2
        or not any(_PAGE_NUMBER.match(part) for part in parts)
        or not any(_is_name(part) for part in parts)
    ):
        return None
    return frozenset(_DIGITS.sub("#", part) for part in parts)


def _is_page_mark(text: str) -> bool:
    """A line that is a page's mark in words (— 本文档共5页　第1页 —), with hardly a word beside it; a note in brackets
    (（详见第3页）) is the text's."""
    rest = _PAGE_MARK.sub("", text)
    return rest != text and len(_NOT_A_WORD.sub("", rest)) <= _PAGE_MARK_WORDS_MAX and text[:1] not in "(（"


def _is_name(part: str) -> bool:
    return len(part) >= _NAME_MIN and not _DIGITS.search(part)
