"""Regions: the area whose investment work the text is about, with its division code.

Input: the title, the event sentence, the body and the outlet (Simplified). Output: `Region`.
Names come from the Ministry of Civil Affairs' divisions (data file `divisions.tsv`, renamed ones in
`divisions_renamed.tsv`). A county wins when the meeting's own sentence or the title names it;
otherwise the city named most. A short name counts only when something confirms it (its full
name, its parent, or a second mention for a city), because many short names are ordinary words.
An ambiguous name (鼓楼区) that nothing disambiguates stays null.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from builder.models import Region
from builder.resources import data_tsv

_LONGEST_NAME = 12


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    parent: str | None
    level: str


@dataclass(frozen=True)
class RegionInput:
    title: str | None
    anchor: str
    body: str
    outlet: str | None = None


@dataclass(frozen=True)
class _Mention:
    code: str
    short: bool
    anchored: bool


@lru_cache(maxsize=1)
def divisions() -> dict[str, Division]:
    return {
        row["code"]: Division(row["code"], row["name"], row["parent_code"] or None, row["level"])
        for row in data_tsv("divisions.tsv")
    }


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    full: dict[str, list[str]] = {}
    short: dict[str, list[str]] = {}
    for row in data_tsv("divisions.tsv"):
        full.setdefault(row["name"], []).append(row["code"])
        for name in filter(None, row["short_names"].split(",")):
            short.setdefault(name, []).append(row["code"])
    for row in data_tsv("divisions_renamed.tsv"):
        if row["new_code"] in divisions() and row["old_name"] not in full:
            full.setdefault(row["old_name"], []).append(row["new_code"])
    return {k: tuple(v) for k, v in full.items()}, {k: tuple(v) for k, v in short.items() if k not in full}


def ancestors(code: str) -> list[str]:
    chain = []
    parent = divisions()[code].parent
    while parent:
        chain.append(parent)
        parent = divisions()[parent].parent
    return chain


def _scan(text: str) -> list[tuple[tuple[str, ...], bool]]:
    """Division names in `text`, longest match first at each position: (codes, is_short)."""
    full, short = _names()
    found = []
    position = 0
    while position < len(text):
        for length in range(min(_LONGEST_NAME, len(text) - position), 1, -1):
            word = text[position : position + length]
            if word in short or (word in full and _stands_alone(text, position, word)):
                found.append((full.get(word) or short[word], word not in full))
                position += length
                break
        else:
            position += 1
    return found


def _stands_alone(text: str, position: int, word: str) -> bool:
    """A two-character full name (义县, 城区) inside a longer place name (嘉义县) is not a mention."""
    if len(word) > 2 or position == 0:
        return True
    return not "\u4e00" <= text[position - 1] <= "\u9fff"


def _mentions(data: RegionInput) -> list[_Mention]:
    anchored_text = f"{data.title or ''}\n{data.anchor}"
    raw = [(codes, short, True) for codes, short in _scan(anchored_text)]
    raw += [(codes, short, False) for codes, short in _scan(f"{data.body}\n{data.outlet or ''}")]
    named = {code for codes, _, _ in raw for code in codes}
    mentions = []
    for codes, short, anchored in raw:
        resolved = [c for c in codes if set(ancestors(c)) & named] if len(codes) > 1 else list(codes)
        if len(resolved) == 1:
            mentions.append(_Mention(resolved[0], short, anchored))
    return _confirmed(mentions)


def _confirmed(mentions: list[_Mention]) -> list[_Mention]:
    by_full = {m.code for m in mentions if not m.short}
    counts = Counter(m.code for m in mentions)
    everything = set(counts)
    kept = []
    for mention in mentions:
        division = divisions()[mention.code]
        confirmed = (
            not mention.short
            or mention.code in by_full
            or bool(set(ancestors(mention.code)) & everything)
            or (division.level in {"city", "province"} and counts[mention.code] >= 2)
        )
        if confirmed:
            kept.append(mention)
    return kept


def _most_mentioned(mentions: list[_Mention], level: str) -> str | None:
    counts = Counter(m.code for m in mentions if divisions()[m.code].level == level)
    if not counts:
        return None
    order = {m.code: i for i, m in reversed(list(enumerate(mentions)))}
    return min(counts, key=lambda code: (-counts[code], order[code]))


def resolve(data: RegionInput) -> Region:
    mentions = _mentions(data)
    anchored_counties = [m for m in mentions if m.anchored and divisions()[m.code].level == "county"]
    code = (
        _most_mentioned(anchored_counties, "county")
        or _most_mentioned(mentions, "city")
        or _most_mentioned([m for m in mentions if m.anchored or not m.short], "county")
        or _most_mentioned(mentions, "province")
    )
    if code is None:
        return Region()
    chain = [code, *ancestors(code)]
    names = {divisions()[c].level: divisions()[c].name for c in chain}
    return Region(province=names.get("province"), city=names.get("city"), county=names.get("county"), code=code)
