"""Recurring investment fairs named in a text (兰洽会, 投洽会, 中国—东盟博览会), with their host city.

A fair is where the genre's delegations go to sign projects: its city is a place of travel, never
the region of a text whose people attend it (组团参加兰洽会, a text speaking of 我县). It is the
region of the fair's own report, which names no other place. Names and hosts: data file `fairs.tsv`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from builder.resources import data_json, data_tsv

REGIONS = "regions.json"
# How far before a fair's name its attendance cue may stand (参加第二十八届兰洽会).
_CUE_WINDOW = 12
_CLAUSE_END = re.compile(r"[。！？；，,;!?\n]")


@dataclass(frozen=True)
class Fair:
    name: str
    code: str
    scope: str  # `province`: a province's own fair, where its cities sign; `national`
    start: int
    end: int
    attended: bool  # the text's people go to it (参加, 赴, 组团)


def fairs_in(text: str) -> list[Fair]:
    """Every fair named in `text`, longest name first at each position."""
    hosts = _hosts()
    found = []
    for match in _pattern().finditer(text):
        code, scope = hosts[match.group()]
        attended = _attended(text, match.start())
        found.append(Fair(match.group(), code, scope, match.start(), match.end(), attended))
    return found


def blanked(text: str, fairs: list[Fair]) -> str:
    """The text with the fairs' names blanked, so 兰州 inside 中国兰州投资贸易洽谈会 names no place."""
    pieces: list[str] = []  # put together once: a copy of the text for each fair made many fairs quadratic
    done = 0
    for fair in sorted(fairs, key=lambda fair: fair.start):
        start, end = max(fair.start, done), max(fair.end, done)
        pieces += [text[done:start], " " * (end - start)]
        done = end
    return "".join(pieces) + text[done:]


def _attended(text: str, start: int) -> bool:
    before = text[max(0, start - _CUE_WINDOW) : start]
    clause = _CLAUSE_END.split(before)[-1]
    return any(cue in clause for cue in data_json(REGIONS)["fair_attend_before"])


@lru_cache(maxsize=1)
def _hosts() -> dict[str, tuple[str, str]]:
    return {row["name"]: (row["code"], row["scope"]) for row in data_tsv("fairs.tsv")}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    names = sorted(_hosts(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))
