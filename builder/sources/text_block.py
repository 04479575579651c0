"""Where a text capture's article text starts, and how near a line's words are to it.

Text copied off a whole page (a group notice, a newsletter, a saved page, a digest) puts the site's lines above the
headline, and lines of any shape may come first. What every such copy shares: the article's text is where
paragraphs follow one another, and its headline, unlike the page's furniture, is written with the words that text
uses. A line's relatedness is the share of its two-character words (CJK bigrams) the opening paragraphs use.
"""

from __future__ import annotations

import re

_PARAGRAPH_MIN = 20
# Short lines a block's paragraphs may have between them: a heading, a short list, a signature's lines.
_GAP_MAX = 3
# A block of paragraphs starts the text when it is at least a third (1 / this) of the longest block.
_BLOCK_SHARE = 3
_SENTENCE_MARK = re.compile(r"[。!?;,!?;,、]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
# The opening paragraphs a headline is compared with: a lead states what the headline does.
_OPENING_LINES = 8
_OPENING_CHARS = 1500


def is_paragraph(text: str) -> bool:
    """A line of running text: long enough, with a sentence's marks."""
    return len(text) >= _PARAGRAPH_MIN and bool(_SENTENCE_MARK.search(text))


def text_start(texts: list[str]) -> int | None:
    """The first line of the text: the first paragraph of the first block of paragraphs a third as long as the
    longest or longer, a block's paragraphs being at most a few short lines apart (a heading, a list's items, a page
    mark); None where no line is a paragraph. A lone paragraph among a page's lines (a notice's preface, a search
    page's tip) starts no text; a document's blocks apart by its list items each may."""
    paragraphs = [index for index, text in enumerate(texts) if is_paragraph(text)]
    if not paragraphs:
        return None
    blocks: list[tuple[int, int]] = []  # (first paragraph, characters)
    last = paragraphs[0]
    for index in paragraphs:
        if not blocks or index - last - 1 > _GAP_MAX:
            blocks.append((index, 0))
        blocks[-1] = (blocks[-1][0], blocks[-1][1] + len(texts[index]))
        last = index
    longest = max(size for _, size in blocks)
    return next(start for start, size in blocks if size * _BLOCK_SHARE >= longest)


def relatedness(line: str, opening: frozenset[str]) -> float:
    """The share of the line's two-character words that the opening's words hold (0 for a line with none)."""
    words = _bigrams(line)
    return len(words & opening) / len(words) if words else 0.0


def opening_words(texts: list[str], start: int) -> frozenset[str]:
    """The two-character words of the text's opening paragraphs from `start`: what a candidate headline is compared
    with."""
    return frozenset(_bigrams("\n".join(texts[start : start + _OPENING_LINES])[:_OPENING_CHARS]))


def _bigrams(text: str) -> set[str]:
    return {run[i : i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)}
