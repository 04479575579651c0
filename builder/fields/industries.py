"""Industries the text names as targets for investment, normalised against a controlled vocabulary.

Input: body paragraphs (Simplified). Output: `Industry` records in order of first mention, each
with the vocabulary's name and the word as written (`高端精细化工` → 化工). The vocabulary
(`industries.tsv`) maps written forms to a small set of industries; how a word is read is in
`industries.json`. A word counts only where the text treats it as a sector for investment: in a
sentence about attracting investment, followed by a sector word (产业, 领域, 企业 …) or a list
separator (链 only right after it: 环保生态链 is a chain of something else), and not inside a name: a
company's (XX化工有限公司), a place's (纺织路), one project's (家具产业园2期), nor a product's after a word of
output (年产服装), nor where a meeting's guests come from (来自物流、文旅等领域的企业代表). Where two words
overlap (参观光伏企业), the one the sector word follows at once wins.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from builder.prefilter import start_test
from builder.record.models import Industry
from builder.resources import NOT_AN_INDUSTRY, data_json, industry_names

INDUSTRIES = "industries.json"
_SENTENCE = re.compile(r"[^。;!?\n]+")
_LETTER = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class IndustryInput:
    paragraphs: tuple[str, ...]


# Not frozen: made often (one a candidate), and a frozen dataclass takes 3 to 5 times as long to make.
@dataclass
class _Candidate:
    start: int
    end: int
    written: str
    tight: bool


@lru_cache(maxsize=1)
def vocabulary() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every written form at every position (overlapping), longest first, and its industry.

    The pattern first tests for a character some form starts with: otherwise the engine tries the
    forms one by one at every character.
    """
    names = industry_names()
    forms = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(f"{start_test(forms)}(?=({forms}))"), names


@lru_cache(maxsize=1)
def _reading() -> dict[str, re.Pattern[str]]:
    words = data_json(INDUSTRIES)

    def alternatives(key: str) -> str:
        return "|".join(map(re.escape, words[key]))

    loose = [word for word in words["sector_words"] if word not in words["only_right_after"]]

    return {
        "context": re.compile(alternatives("context")),
        "tight": re.compile(f"[A-Za-z]*(?:{alternatives('sector_words')}|{alternatives('separators')})"),
        "loose": re.compile(f"[\u4e00-\u9fff]{{1,{words['sector_gap']}}}?(?:{'|'.join(map(re.escape, loose))})"),
        "modifier": re.compile(f"(?:{alternatives('modifiers')})$"),
        "company": re.compile(f"[\u4e00-\u9fff]{{0,{words['sector_gap']}}}?(?:{alternatives('company_suffixes')})"),
        "place": re.compile(alternatives("place_suffixes")),
        "phase": re.compile(
            f"[\u4e00-\u9fff]{{0,{words['sector_gap']}}}?(?:{alternatives('sector_words')}){words['project_phase']}"
        ),
        "output": re.compile(f"(?:{alternatives('output_before')})$"),
        "origin": re.compile(alternatives("origin_before")),
    }


@cache
def _longest(key: str) -> int:
    """The longest word of a list of `industries.json`: how far back a word of it ending at a place may start."""
    return max(map(len, data_json(INDUSTRIES)[key]))


def extract(data: IndustryInput) -> list[Industry]:
    names = vocabulary()[1]
    found: dict[str, Industry] = {}
    for paragraph in data.paragraphs:
        for sentence in _SENTENCE.findall(paragraph):
            if not _reading()["context"].search(sentence):
                continue
            for candidate in _chosen(_candidates(sentence)):
                industry = names[candidate.written]
                if industry != NOT_AN_INDUSTRY:
                    found.setdefault(industry, Industry(name=industry, raw=_as_written(sentence, candidate)))
    return list(found.values())


def _candidates(sentence: str) -> list[_Candidate]:
    """Vocabulary words a sector word or a separator follows, but none that is no target, nor any overlapping a
    word inside a name: the name holds it too (康养 in 健康养老路)."""
    found, named = [], []
    origin_before = _OriginBefore(sentence)
    for match in vocabulary()[0].finditer(sentence):
        written = match.group(1)
        start, end = match.start(), match.start() + len(written)
        if _LETTER.match(written) and (_LETTER.match(sentence[start - 1 : start]) or _LETTER.match(sentence, end)):
            continue  # IT inside CITY
        tight = bool(_reading()["tight"].match(sentence, end))
        if _no_target(sentence, start, end, tight) or origin_before(start):
            named.append(range(start, end))
        elif tight or _reading()["loose"].match(sentence, end):
            found.append(_Candidate(start, end, written, tight))
    return _clear_of(found, named)


def _clear_of(found: list[_Candidate], named: list[range]) -> list[_Candidate]:
    """The words overlapping no word inside a name; both in order of start, as found. Of the names starting before a
    word ends, the one reaching farthest is enough to look at: comparing every pair made a long sentence quadratic."""
    starts = [span.start for span in named]
    farthest = list(itertools.accumulate((span.stop for span in named), max))
    kept: list[_Candidate] = []
    for candidate in found:
        before = bisect.bisect_left(starts, candidate.end)
        if not before or farthest[before - 1] <= candidate.start:
            kept.append(candidate)
    return kept


def _no_target(sentence: str, start: int, end: int, tight: bool) -> bool:
    """Part of a company's name (XX化工有限公司, but not 化工产业集团), a place's (纺织路), one project's
    (家具产业园2期), or a product after a word of output (年产服装); where guests come from is `_OriginBefore`'s."""
    reading = _reading()
    return bool(
        (not tight and reading["company"].match(sentence, end))
        or reading["place"].match(sentence, end)
        or reading["phase"].match(sentence, end)
        # A word of output ends right before the word (`$` at `start`, or before a line end there): searched from as
        # far back as one can start, not from the sentence's start, which made a long sentence quadratic.
        or reading["output"].search(sentence, max(0, start - _longest("output_before") - 1), start)
    )


class _OriginBefore:
    """Whether guests come from the sector before `start` (来自物流企业): a word of origin before it and no comma
    between. Read once a sentence, where searching back to the sentence's start for each word was quadratic."""

    def __init__(self, sentence: str) -> None:
        words = list(_reading()["origin"].finditer(sentence))
        self.ends = [word.end() for word in words]
        self.latest_start = list(itertools.accumulate((word.start() for word in words), max))
        self.commas = [comma.start() for comma in re.finditer(",", sentence)]

    def __call__(self, start: int) -> bool:
        ended = bisect.bisect_right(self.ends, start)  # the words of origin ending by `start`
        if not ended:
            return False
        commas = bisect.bisect_left(self.commas, start)
        last_comma = self.commas[commas - 1] if commas else -1
        return self.latest_start[ended - 1] > last_comma


def _chosen(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping words, left to right; among overlapping ones, the first the sector word follows at once."""
    chosen: list[_Candidate] = []
    index = 0
    while index < len(candidates):
        first = candidates[index]
        stop = index  # candidates are in order of start: those overlapping the first come next, and end the run
        while stop < len(candidates) and candidates[stop].start < first.end:
            stop += 1
        overlapping = candidates[index:stop]
        best = next((c for c in overlapping if c.tight), first)
        chosen.append(best)
        index = next((i for i in range(index, len(candidates)) if candidates[i].start >= best.end), len(candidates))
    return chosen


def _as_written(sentence: str, candidate: _Candidate) -> str:
    """The vocabulary word with an adjective before it and letters after it: `高端精细化工`, `人工智能AI`."""
    modifier = _reading()["modifier"].search(
        sentence, max(0, candidate.start - _longest("modifiers") - 1), candidate.start
    )
    letters = re.compile("[A-Za-z]*").match(sentence, candidate.end)
    return sentence[modifier.start() if modifier else candidate.start : letters.end() if letters else candidate.end]
