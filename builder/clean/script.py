"""Traditional → Simplified with the official OpenCC binding, and the script of a capture."""

from __future__ import annotations

import operator
import re
from functools import lru_cache

import opencc

from builder.record.models import Script

_CJK = re.compile("[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def to_simplified(text: str) -> str:
    return _t2s().convert(text)


def to_traditional(text: str) -> str:
    return _s2t().convert(text)


def to_simplified_lines(lines: list[str]) -> list[str]:
    """Each line in Simplified, converted in one call (OpenCC keeps line breaks)."""
    converted = to_simplified("\n".join(lines)).split("\n")
    if len(converted) != len(lines):
        return [to_simplified(line) for line in lines]
    return converted


def _changed(before: str, after: str) -> int:
    """Characters a conversion changed (a length change counts as changes too)."""
    return sum(map(operator.ne, before, after)) + abs(len(before) - len(after))


def detect_script(text: str, simplified: str) -> Script:
    """traditional, simplified or mixed, from how much each conversion would change.

    A Traditional text changes under t2s and hardly under s2t; a Simplified text the reverse; a
    text that changes a good deal both ways mixes the two. (Counting the characters s2t changes on
    their own would be three times cheaper but misses the phrases it converts, 周末 → 週末, and so
    labels some texts differently.)
    """
    if text == simplified:  # t2s changed nothing: neither traditional nor mixed, whatever s2t would change
        return "simplified"
    cjk = len(_CJK.findall(text))
    if not cjk:
        return "simplified"
    traditional_share = _changed(text, simplified) / cjk
    if not traditional_share:
        return "simplified"
    simplified_share = _changed(text, _s2t().convert(text)) / cjk
    if traditional_share >= 0.04 and simplified_share >= 0.04:
        return "mixed"
    if traditional_share > simplified_share:
        return "traditional"
    return "simplified"
