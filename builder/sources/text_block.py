"""Where a text capture's article text starts.

Text copied off a whole page (a group notice, a newsletter, a saved page, a digest) puts the site's lines above the
headline, and lines of any shape may come first. What every such copy shares: the article's text is where
paragraphs follow one another (how near a line's words are to that text: `builder.read.relatedness`).
"""

from __future__ import annotations

import re

_PARAGRAPH_MIN = 20
# Short lines a block's paragraphs may have between them: a heading, a short list, a signature's lines.
_GAP_MAX = 3
# A block of paragraphs starts the text when it is at least a third (1 / this) of the longest block.
_BLOCK_SHARE = 3
_SENTENCE_MARK = re.compile(r"[。!?;,!?;,、]")


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
