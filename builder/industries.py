"""Industries the text names as targets for investment, matched against a controlled vocabulary.

Input: body paragraphs (Simplified). Output: industry names in order of first mention. The
vocabulary (`industries.txt`) lists names as written; the longest name wins where two overlap
(化工新材料 over 新材料).
"""

from __future__ import annotations

import re
from functools import lru_cache

from builder.resources import data_lines

_CONTEXT = re.compile(r"招商|引进|招引|产业|围绕|聚焦|布局|发展|集群|项目|投资")
_SENTENCE = re.compile(r"[^。;!?;!?\n]+")


@lru_cache(maxsize=1)
def _vocabulary() -> re.Pattern[str]:
    names = sorted(data_lines("industries.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def extract(paragraphs: tuple[str, ...]) -> list[str]:
    found: dict[str, None] = {}
    for paragraph in paragraphs:
        for sentence in _SENTENCE.findall(paragraph):
            if _CONTEXT.search(sentence):
                for match in _vocabulary().finditer(sentence):
                    found.setdefault(match.group(0))
    return list(found)
