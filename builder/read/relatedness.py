"""How near a line's words are to an article's text: what tells its headline from a site's, a blog's or a column's
name, whatever the page or copy looks like.

A headline is written with the words its text uses; furniture is not. A line's relatedness is the share of its
two-character words (CJK bigrams) that the text's opening paragraphs use. Both the web reader and the text path
move a headline that shares under a quarter of its words (UNRELATED_MAX) to a headline-shaped line nearer the text
that shares at least half (RELATED_MIN).
"""

from __future__ import annotations

import re

RELATED_MIN = 0.5
UNRELATED_MAX = 0.25
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
# A headline runs at least this many Han characters together somewhere; a tool bar's or a name's short words apart do
# not, and too few words tell nothing of a line's relatedness.
_PHRASE_MIN = 5
# The opening paragraphs a headline is compared with: a lead states what the headline does.
OPENING_LINES = 8
_OPENING_CHARS = 1500


def relatedness(line: str, opening: frozenset[str]) -> float:
    """The share of the line's two-character words that the opening's words hold (0 for a line with none)."""
    words = _bigrams(line)
    return len(words & opening) / len(words) if words else 0.0


def holds_a_phrase(text: str) -> bool:
    """Whether a line runs five Han characters or more together, as a headline does: a tool bar's, a byline's or a
    bilingual name's short words (3 上一篇 下一篇 4 放大, 宁波晚报4小时前, 新闻局 Gabinete de Comunicação) do not."""
    return any(len(run) >= _PHRASE_MIN for run in _CJK_RUN.findall(text))


def opening_words(texts: list[str], start: int) -> frozenset[str]:
    """The two-character words of the text's opening paragraphs from `start`: what a candidate headline is compared
    with."""
    return frozenset(_bigrams("\n".join(texts[start : start + OPENING_LINES])[:_OPENING_CHARS]))


def _bigrams(text: str) -> set[str]:
    return {run[i : i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)}
