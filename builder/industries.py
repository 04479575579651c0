"""Industries the text names as targets for investment, normalised against a controlled vocabulary.

Input: body paragraphs (Simplified). Output: `Industry` records in order of first mention, each
with the vocabulary's name and the item as written (`高端精细化工` → 化工). The vocabulary
(`industries.tsv`) maps written forms to a small set of industries; the longest written form wins
where two overlap (化工新材料 over 化工). A name counts only where the text treats it as a sector
for investment: in a list or followed by 产业/领域/行业/项目/企业, in a sentence about attracting
investment, never inside a proper name (金融大厦).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from builder.models import Industry
from builder.resources import data_tsv

_CONTEXT = re.compile(r"招商|引进|招引|引资|产业|围绕|聚焦|布局|集群|项目|投资|签约|主导|链")
_SENTENCE = re.compile(r"[^。;!?\n]+")
_SECTOR_AFTER = re.compile(
    r"^[A-Za-z\u4e00-\u9fff]{0,4}?(?:产业|领域|行业|项目|企业|产品|集群|链|基地|园|板块|经济)|^[A-Za-z]*(?:等|、|和|及|与|,)"
)
_MODIFIER = re.compile(r"(?:高端|现代|先进|新型|绿色|特色|优质|高新|新兴)$")
_LETTERS = re.compile(r"[A-Za-z]*")


@dataclass(frozen=True)
class IndustryInput:
    paragraphs: tuple[str, ...]


@lru_cache(maxsize=1)
def vocabulary() -> tuple[re.Pattern[str], dict[str, str]]:
    names = {row["written"]: row["industry"] for row in data_tsv("industries.tsv")}
    pattern = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    return pattern, names


def extract(data: IndustryInput) -> list[Industry]:
    pattern, names = vocabulary()
    found: dict[str, Industry] = {}
    for paragraph in data.paragraphs:
        for sentence in _SENTENCE.findall(paragraph):
            if not _CONTEXT.search(sentence):
                continue
            for match in pattern.finditer(sentence):
                if not _SECTOR_AFTER.match(sentence[match.end() :]):
                    continue
                raw = _item(sentence, match.start(), match.end())
                found.setdefault(names[match.group(0)], Industry(name=names[match.group(0)], raw=raw))
    return list(found.values())


def _item(sentence: str, start: int, end: int) -> str:
    """The industry as written: the vocabulary word with an adjective before it (`高端精细化工`)."""
    modifier = _MODIFIER.search(sentence, 0, start)
    letters = _LETTERS.match(sentence, end)
    return sentence[modifier.start() if modifier else start : letters.end()]
