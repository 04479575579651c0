"""How near a line's words are to an article's text: what tells its headline from a site's, a blog's or a column's
name, whatever the page or copy looks like.

A headline is written with the words its text uses; furniture is not. A line's relatedness is the share of its
two-character words (CJK bigrams) that the text's opening paragraphs use. Both the web reader and the text path
move a headline that shares under a quarter of its words (UNRELATED_MAX) to a headline-shaped line nearer the text
that shares at least half (RELATED_MIN). The web reader sets aside as no headline of the text one that uses under a
sixth of its words anywhere in the text (FOREIGN_MAX, `foreign`), a heading the page's <title> does not give or a
<title> naming no story apart from the site: the next article's title, a column's, an app's, a file's or an issue's
name that a page sets over a text that shows no headline. The text path does not: with no <title> to confirm it, a
feature's headline in its own words (a figure of speech, a slogan) looks the same.
"""

from __future__ import annotations

import re

RELATED_MIN = 0.5
UNRELATED_MAX = 0.25
FOREIGN_MAX = 0.15
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


def foreign(headline: str, text: str) -> bool:
    """Whether a headline uses almost none of its text's words (under FOREIGN_MAX of its two-character words, a
    kicker's 【…】 left out): what a page sets over a text that shows no headline of its own, the next article's
    title, a column's, a file's or an app's name; a line with no Chinese word over a Chinese text (a repository's
    name) is one too. The whole text is compared, not its opening: a page may open its text with a card or a
    later page's lines. A short text (a brief's two sentences) may tell its news in other words than its headline's
    (浚县招商引资成效明显 over 新签约项目45个): there only a headline sharing no word is foreign; a text too short to
    say keeps its headline."""
    words = frozenset(_bigrams(text))
    if len(words) < _FOREIGN_TEXT_MIN:
        return False
    share = relatedness(_KICKER.sub("", headline), words)
    return share < FOREIGN_MAX if len(words) >= _FOREIGN_FULL_TEXT else share == 0


_KICKER = re.compile(r"^\s*[【\[][^】\]]{1,12}[】\]]")
# Two-character words a text needs before its headline is measured against them (some two sentences), and before
# the share is (some five).
_FOREIGN_TEXT_MIN = 40
_FOREIGN_FULL_TEXT = 150


def _bigrams(text: str) -> set[str]:
    return {run[i : i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)}
