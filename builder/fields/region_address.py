"""The region a page's address names: `www.pizhou.gov.cn`, `ningdu.gov.cn`, `/jiangxi/ganzhou/`, `/320382/`.

Government and media sites name their place in the host or the path, in pinyin (data file
`divisions_pinyin.tsv`, every division's full and short name in each reading, made by
`tools/make_divisions_pinyin.py`; a division's usual reading, and in a government's host its other
readings where no division reads so usually, and its city's and its own initials, aqyx.gov.cn for
安庆市宜秀区) or by its division code. The address is read from the most
general part to the most specific (the host from its right, then the path), each part narrowing
the place the parts before it named (`taihu.huzhou.gov.cn` is 湖州, since 太湖县 is not in it). A
spelling several divisions share is resolved by the places the text names, or by the kind of area
the text calls its own (我县), or not at all. Column names that spell a place (`/dongtai/` for
动态, `/jianghua/` for 讲话) are no place, except as a `.gov.cn` host's label, which is always a
government's name.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

from builder.resources import data_json, data_rows, data_tsv

REGIONS = "regions.json"
# A path part that is a division's code: six digits of a real division, alone between slashes.
_CODE = re.compile(r"[1-8]\d{5}")
_GOVERNMENT = ".gov.cn"
# The shortest place name left when a site's word is taken off a host's label: shorter ones (an, xi)
# spell parts of words.
_MIN_STEM = 5


@dataclass(frozen=True)
class AddressPlace:
    code: str
    part: str  # the host label or path part that named it, for `region.evidence`


def contains(outer: str, inner: str) -> bool:
    """Whether division `inner` lies within `outer` (or is it), read from the hierarchical codes."""
    if outer.endswith("0000"):
        return inner[:2] == outer[:2]
    if outer.endswith("00"):
        return inner[:4] == outer[:4]
    return inner == outer


def address_place(url: str | None, named: Collection[str], own_kinds: Collection[str]) -> AddressPlace | None:
    """The most specific division the address names consistently, or None.

    `named`: codes of the divisions the text names, which decide between shared spellings;
    `own_kinds`: the last characters of the areas the text calls its own (县 for 我县)."""
    if not url:
        return None
    found: AddressPlace | None = None
    for part, codes in _parts(url):
        inside = [c for c in codes if found is None or (c != found.code and contains(found.code, c))]
        chosen = _one(inside, named, own_kinds)
        if chosen:
            found = AddressPlace(chosen, part)
    return found


def _one(codes: list[str], named: Collection[str], own_kinds: Collection[str]) -> str | None:
    """The one division a spelling means: alone, or the only one the text's places or own area fit."""
    if len(codes) <= 1:
        return codes[0] if codes else None
    for fits in (
        lambda code: any(contains(code, n) or contains(n, code) for n in named),
        lambda code: _names()[code][-1:] in own_kinds,
    ):
        fitting = [c for c in codes if fits(c)]
        if len(fitting) == 1:
            return fitting[0]
    return None


def _parts(url: str) -> list[tuple[str, tuple[str, ...]]]:
    """The address's parts that name divisions, from the most general to the most specific."""
    address = urlparse(url if "//" in url else "//" + url)
    host = (address.hostname or "").lower()
    government = host.endswith(_GOVERNMENT)
    labels = [(label, government) for label in reversed(host.split("."))]
    segments = [(segment.lower(), False) for segment in address.path.split("/")]
    parts = []
    for part, trusted in labels:
        codes = _spelled(part, trusted) or _spelled(_without_affix(part), trusted)
        codes = codes or (_after_city_initials(part) if trusted else ())
        if codes:
            parts.append((part, codes))
    for part, trusted in segments:
        codes = _spelled(part, trusted)
        if codes:
            parts.append((part, codes))
    return parts


def _without_affix(label: str) -> str:
    """A host's label without the word a site adds to its place's name (cnhubei, ningbonews, jhrb): a
    whole name of `_MIN_STEM` letters or more must remain, or nothing is left to read."""
    affixes = data_json(REGIONS)["address_affixes"]
    for before in affixes["before"]:
        if label.startswith(before) and len(label) - len(before) >= _MIN_STEM:
            return label.removeprefix(before)
    for after in affixes["after"]:
        if label.endswith(after) and len(label) - len(after) >= _MIN_STEM:
            return label.removesuffix(after)
    return ""


def _after_city_initials(label: str) -> tuple[str, ...]:
    """A government's label of its city's initials before its own spelled name (gzningdu: 赣州 + 宁都): the
    county-level divisions spelled so whose city has those initials; a whole name of `_MIN_STEM` letters
    or more must follow them."""
    for length in range(2, 1 + max(map(len, _city_initials().values()), default=0)):
        own = label[length:]
        if len(own) < _MIN_STEM:
            break
        codes = tuple(
            code for code in _spellings(True).get(own, ()) if _city_initials().get(_parent(code)) == label[:length]
        )
        if codes:
            return codes
    return ()


def _pinyin_rows() -> tuple[tuple[str, ...], ...]:
    """(pinyin, code, form, reading) of each spelling."""
    return data_rows("divisions_pinyin.tsv", ("pinyin", "code", "form", "reading"))


@lru_cache(maxsize=1)
def _city_initials() -> dict[str, str]:
    """Each prefecture-level city's initials, read off its counties' `initials` rows (安庆 + 宜秀 → aqyx:
    aq), where the city's short name gives their length."""
    short = {row["code"]: row["short_names"] for row in data_tsv("divisions.tsv")}
    found: dict[str, str] = {}
    for pinyin, code, form, _ in _pinyin_rows():
        if form == "initials":
            city = _parent(code)
            found.setdefault(city, pinyin[: len(short.get(city, ""))])
    return {city: letters for city, letters in found.items() if letters}


@lru_cache(maxsize=1)
def _parents() -> dict[str, str]:
    return {row["code"]: row["parent_code"] for row in data_tsv("divisions.tsv")}


def _parent(code: str) -> str:
    return _parents().get(code, "")


def _spelled(part: str, trusted: bool) -> tuple[str, ...]:
    if _CODE.fullmatch(part):
        return (part,) if part in _names() and not part.endswith("0000") else ()
    if part in _site_words() and not trusted:
        return ()
    return _spellings(trusted).get(part, ())


def _spellings(trusted: bool) -> dict[str, tuple[str, ...]]:
    """Each spelling's divisions: those it is the usual reading of; in a `.gov.cn` host's label also,
    where it is none's usual reading, those it is another reading of (ningdu.gov.cn is 宁都, which
    pypinyin reads ningdou). Elsewhere a rare reading spells words more often (/wenku/ for 文库)."""
    return _readings()[trusted]


@lru_cache(maxsize=1)
def _readings() -> dict[bool, dict[str, tuple[str, ...]]]:
    """`_spellings` both ways, from one pass over the 16,000 spellings."""
    usual: dict[str, list[str]] = {}
    other: dict[str, list[str]] = {}
    for pinyin, code, _, reading in _pinyin_rows():
        codes = (usual if reading == "usual" else other).setdefault(pinyin, [])
        if code not in codes:
            codes.append(code)
    usual_only = {spelling: tuple(codes) for spelling, codes in usual.items()}
    return {False: usual_only, True: {**{spelling: tuple(codes) for spelling, codes in other.items()}, **usual_only}}


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    return {row["code"]: row["name"] for row in data_tsv("divisions.tsv")}


@lru_cache(maxsize=1)
def _site_words() -> frozenset[str]:
    return frozenset(data_json(REGIONS)["address_words"])
