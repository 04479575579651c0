"""Regions: the area whose investment work the text is about, with its division code.

Input: the title, the event sentence, the body and the outlet (Simplified). Output: `Region`.
Names come from the Ministry of Civil Affairs' divisions (data file `divisions.tsv`, renamed ones in
`divisions_renamed.tsv`). A county wins when the meeting's own sentence or the title names it;
otherwise the city named most. A short name counts only when something confirms it (its full
name, its parent, a second mention for a city, or words after it that only a place takes: 邳州召开,
东阳融媒), because many short names are ordinary words (合作, 资源). An ambiguous name (鼓楼区)
that nothing disambiguates stays null. `Region.evidence` gives the words that decided it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from builder.fields.fairs import blanked, fairs_in
from builder.fields.region_address import AddressPlace, address_place, contains
from builder.record.models import Region
from builder.resources import data_json, data_tsv

REGIONS = "regions.json"
# A city named this many times less than its province is a place the provincial story passes through.
_PROVINCE_DOMINANCE = 3
# A text naming this many cities or more, none of them in half of its mentions of a city, compares or surveys them
# (a ranking of a province's cities): it is about none of them.
_SURVEYED_CITIES_MIN = 5
# Beijing, Tianjin, Shanghai and Chongqing are both province and city.
_MUNICIPALITIES = {"11", "12", "31", "50"}
# Taiwan's divisions have no Ministry code; they are keyed by name under 台湾省 and output without one.
_TAIWAN = "taiwan:"
_TAIWAN_PROVINCE = "710000"
# A lead's clause may open right after a date or dateline (`5日邳州召开`, `新华社北京电`).
_CLAUSE_OPENERS = "日午晚讯电"
# The lead: where a report names its own place, and a short name may stand on its own.
_LEAD_CHARS = 160
# The last character of a city's or province's full name, after which a county's name may follow.
_PARENT_ENDINGS = "市州盟省"


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
    url: str | None = None
    tag: str | None = None  # a bracketed tag before the headline (`【宁都】`), read as part of the title


# Not frozen: made often (one a place named), and a frozen dataclass takes 3 to 5 times as long to make.
@dataclass
class _Mention:
    code: str
    short: bool
    anchored: bool
    whole: bool = False  # `全台湾`: the meeting's sentence speaks of the whole division
    away: bool = False  # `赴上海`, `在上海奉贤区举行`: where the text's people go or meet
    gone: bool = False  # `赴上海`, `前往北京`: where they go, which is never their own area
    words: str = ""
    placed: bool = False  # `邳州召开`, `东阳融媒`: what follows shows the short name names the place
    own: bool = False  # `宁都县` opening a clause of a text that speaks of 全县: the text's own county
    fair: str = ""  # the scope (`province`, `national`) of a fair named, not as a trip (近三届兰洽会签约项目)
    outlet: bool = False  # `石家庄日报`: the outlet's place, which the text speaks of as 全市/全区


# Not frozen: made often (one a place named), and a frozen dataclass takes 3 to 5 times as long to make.
@dataclass
class _Found:
    codes: tuple[str, ...]
    short: bool
    position: int
    away: bool
    gone: bool
    words: str
    placed: bool
    opens: bool


@lru_cache(maxsize=1)
def divisions() -> dict[str, Division]:
    """Current divisions, and renamed or merged ones under their own old code where it is free."""
    current = {
        row["code"]: Division(row["code"], row["name"], row["parent_code"] or None, row["level"])
        for row in data_tsv("divisions.tsv")
    }
    former = {
        old: Division(old, _former_names()[old], current[new].parent, current[new].level)
        for old, new in _successors().items()
    }
    taiwan = {
        _TAIWAN + row["name"]: Division(_TAIWAN + row["name"], row["name"], _TAIWAN_PROVINCE, row["level"])
        for row in data_tsv("divisions_taiwan.tsv")
    }
    return {**former, **taiwan, **current}


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    full: dict[str, list[str]] = {}
    short: dict[str, list[str]] = {}
    for row in data_tsv("divisions.tsv"):
        full.setdefault(row["name"], []).append(row["code"])
        for name in filter(None, row["short_names"].split(",")):
            short.setdefault(name, []).append(row["code"])
    for row in data_tsv("divisions_taiwan.tsv"):
        full.setdefault(row["name"], []).append(_TAIWAN + row["name"])
        for name in filter(None, row["short_names"].split(",")):
            short.setdefault(name, []).append(_TAIWAN + row["name"])
    for row in data_tsv("divisions_renamed.tsv"):
        if row["new_code"] in divisions() and row["old_name"] not in full:
            former = _former_names().get(row["old_code"]) == row["old_name"]
            full.setdefault(row["old_name"], []).append(row["old_code"] if former else row["new_code"])
    return {k: tuple(v) for k, v in full.items()}, {k: tuple(v) for k, v in short.items() if k not in full}


def ancestors(code: str) -> list[str]:
    chain = []
    parent = divisions()[code].parent
    while parent:
        chain.append(parent)
        parent = divisions()[parent].parent
    return chain


def _scan(text: str) -> list[_Found]:
    """Division names in `text`, longest match first at each position."""
    full, short = _names()
    lengths = _lengths_by_first_character()
    starts, pairs = _name_starts()
    found = []
    position = 0
    away_end, gone = -1, False
    # every possible start found in one pass (a search from each cost a call each); those inside a name are passed
    for start in starts.finditer(text):
        if start.start() < position:
            continue
        position = start.start()
        if text[position : position + 2] not in pairs:  # most places where a name could start
            continue
        if _full_name_after_a_preposition(text, position, full):
            continue  # 从江口县 is 江口县 after 从, not 从江 (从江县's short name) before 口县
        for length in lengths[text[position]]:
            word = text[position : position + length]
            if word in short or (word in full and _stands_alone(text, position, word)):
                going_on = position == away_end  # 上海奉贤区 after 赴 or 在: the same destination
                gone = (going_on and gone) or _near(text, position, position + length, "journey")
                away = going_on or gone or _near(text, position, position + length, "travel")
                away_end = position + length if away else -1
                if not _near(text, position, position + length, "origin"):
                    opens = _opens(text, position)
                    placed = word not in full and opens and _placed(text, position, position + length)
                    codes = _as_capital(full.get(word) or short[word], text, position)
                    found.append(_Found(codes, word not in full, position, away, gone, word, placed, opens))
                position += length
                break
    return found


def _full_name_after_a_preposition(text: str, position: int, full: dict[str, tuple[str, ...]]) -> bool:
    """Whether a word like 从 or 在 at `position` is followed by a division's full name (从江口县商务局)."""
    if text[position] not in _words_ending_before_a_name():
        return False
    after = position + 1
    lengths = _lengths_by_first_character().get(text[after : after + 1], ())
    return any(text[after : after + length] in full for length in lengths)


@lru_cache(maxsize=1)
def _name_starts() -> tuple[re.Pattern[str], frozenset[str]]:
    """Where a name can start (a character a name starts with, followed by one that can come second), and its
    first two characters: a scan jumps from one possible start to the next in C and tests a pair before trying
    any length."""
    full, short = _names()
    names = [name for name in (*full, *short) if len(name) > 1]
    first = "".join(sorted({name[0] for name in names}))
    second = "".join(sorted({name[1] for name in names}))  # a third of the starts are left to test as pairs
    return re.compile(f"[{re.escape(first)}](?=[{re.escape(second)}])"), frozenset(name[:2] for name in names)


@lru_cache(maxsize=1)
def _lengths_by_first_character() -> dict[str, tuple[int, ...]]:
    """For each character a name can start with, the lengths of such names, longest first."""
    full, short = _names()
    lengths: dict[str, set[int]] = {}
    for name in (*full, *short):
        if len(name) > 1:
            lengths.setdefault(name[0], set()).add(len(name))
    return {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()}


def _placed(text: str, start: int, end: int) -> bool:
    """A short name in the lead followed by what only a place takes (`近日，邳州召开`, `东阳融媒讯`) or closing a
    bracketed tag (`【宁都】`) unless it is an ordinary word (`【合作】`, a column's); further on it needs
    confirming."""
    if start >= _LEAD_CHARS:
        return False
    if text[end : end + 1] in _tag_ends():
        return text[start:end] not in _ordinary_short_names()
    return _near(text, start, end, "place")


@lru_cache(maxsize=1)
def _tag_ends() -> frozenset[str]:
    return frozenset(data_json(REGIONS)["tag_ends"])


@lru_cache(maxsize=1)
def _ordinary_short_names() -> frozenset[str]:
    return frozenset(data_json(REGIONS)["ordinary_short_names"])


def _opens(text: str, start: int) -> bool:
    """Whether a name opens a clause (`近日，邳州`, `讯 邳州`) or follows a word that introduces a place
    (`省会石家庄`), rather than ends a word (南太湖, 沿海城市)."""
    if start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff" or text[start - 1] in _CLAUSE_OPENERS:
        return True
    return _after_a_capital_word(text, start)


def _after_a_capital_word(text: str, start: int) -> bool:
    return text.endswith(_words_before_a_place(), 0, start)  # 省会石家庄


def _as_capital(codes: tuple[str, ...], text: str, start: int) -> tuple[str, ...]:
    """A name after 省会 or 首府 is a prefecture-level city (省会西安, not 西安区)."""
    if len(codes) < 2 or not _after_a_capital_word(text, start):
        return codes
    return tuple(code for code in codes if divisions()[code].level == "city") or codes


@lru_cache(maxsize=1)
def _words_before_a_place() -> tuple[str, ...]:
    return tuple(data_json(REGIONS)["place_before"])


def _near(text: str, start: int, end: int, kind: str) -> bool:
    """Whether the words of `kind` (travel, origin) stand right before or after the name."""
    before, after = _cues(kind)
    return _words_end_before(text, start, before) or text.startswith(after, end)


def _words_end_before(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether one of `words` ends the two characters before `start`, or ends them but for a line break closing
    them: what `(?:words)$` finds in that slice (`$` holds before a final line break too), without making the
    slice and running a pattern (three times for each name found)."""
    low = max(0, start - 2)
    return text.endswith(words, low, start) or (
        text[start - 1 : start] == "\n" and text.endswith(words, low, start - 1)
    )


@lru_cache(maxsize=4)
def _cues(kind: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    words = data_json(REGIONS)
    return tuple(words.get(f"{kind}_before", [])), tuple(words.get(f"{kind}_after", []))


def _stands_alone(text: str, position: int, word: str) -> bool:
    """A two-character full name (义县, 城区) inside a longer place name (嘉义县) is not a mention,
    but one right after its city's name (阳泉市城区) or a word like 从 (记者从黟县商务局获悉) is."""
    if len(word) > 2 or position == 0:
        return True
    before = text[position - 1]
    if not "\u4e00" <= before <= "\u9fff" or before in _PARENT_ENDINGS:
        return True
    # 在城区, 从郊区 speak of a town's parts, not of 阳泉市城区 or 铜陵市郊区.
    return before in _words_ending_before_a_name() and not word.endswith("区")


@lru_cache(maxsize=1)
def _words_ending_before_a_name() -> frozenset[str]:
    return frozenset(data_json(REGIONS)["ends_a_word_before_a_name"])


def _mentions(data: RegionInput) -> list[_Mention]:
    body = data.body.replace(data.outlet, " " * len(data.outlet)) if data.outlet else data.body
    anchor_start = data.body.find(data.anchor) if data.anchor else -1
    anchor_end = anchor_start + len(data.anchor) if anchor_start >= 0 else -1
    title = (data.tag or "") + (data.title or "")
    title_fairs, body_fairs = fairs_in(title), fairs_in(body)
    body = blanked(body, body_fairs)
    in_title = _scan(blanked(title, title_fairs))
    # each mention's fields, made into a mention once its code is known (a frozen dataclass is slow to make)
    raw: list[dict[str, Any]] = [
        {"short": f.short, "anchored": True, "away": f.away, "gone": f.gone, "words": f.words, "placed": f.placed}
        for f in in_title
    ]
    codes = [f.codes for f in in_title]
    kinds: set[str] | None = None  # read from the body only when a name could be the text's own
    for found in _scan(body):
        anchored = anchor_start <= found.position < anchor_end
        whole = anchored and body[found.position - 1 : found.position] == "全"
        own = not found.short and found.opens and not anchored
        if own:
            kinds = _own_kinds(body) if kinds is None else kinds
            own = found.words[-1] in kinds
        raw.append(
            {
                "short": found.short,
                "anchored": anchored,
                "whole": whole,
                "away": found.away,
                "gone": found.gone,
                "words": found.words,
                "placed": found.placed,
                "own": own,
            }
        )
        codes.append(found.codes)
    speaks_of_own = any(word in body for word in data_json(REGIONS)["own_area"])
    for fair in title_fairs + body_fairs:
        # A fair is where people meet; the people of a text that speaks of its own area (我县) only go there.
        anchored = fair in title_fairs or anchor_start <= fair.start < anchor_end
        gone = fair.attended or speaks_of_own
        scope = "" if fair.attended else fair.scope
        raw.append(
            {"short": False, "anchored": anchored, "away": True, "gone": gone, "words": fair.name, "fair": scope}
        )
        codes.append((fair.code,))
    if data.outlet and speaks_of_own:
        # 全市 in a 随州日报 report is 随州市: the outlet's place is the text's own area.
        for found in _scan(data.outlet):
            raw.append({"short": False, "anchored": True, "words": data.outlet, "placed": True, "outlet": True})
            codes.append(found.codes)
    named = {code for options in codes for code in options}
    mentions = []
    for fields, options in zip(raw, codes, strict=True):
        resolved = [c for c in options if set(ancestors(c)) & named] if len(options) > 1 else list(options)
        if len(resolved) == 1:
            mentions.append(_Mention(code=resolved[0], **fields))
    return _confirmed(_as_named_then(mentions))


def _own_kinds(body: str) -> set[str]:
    """The kinds of division the text calls its own: 县 for 全县 or 我县, 区 for 我区 ..."""
    return {word[-1] for word in _own_area().findall(body)}


@lru_cache(maxsize=1)
def _own_area() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, data_json(REGIONS)["own_area"])))


def _as_named_then(mentions: list[_Mention]) -> list[_Mention]:
    """A text that names 长乐市 (now 长乐区) means the former division by its short name 长乐 too."""
    former = {_successors()[m.code]: m.code for m in mentions if m.code in _successors()}
    return [replace(m, code=former[m.code]) if m.code in former else m for m in mentions]


@lru_cache(maxsize=1)
def _successors() -> dict[str, str]:
    """Former divisions whose code no current one uses, and what they became."""
    current = {row["code"] for row in data_tsv("divisions.tsv")}
    return {
        row["old_code"]: row["new_code"]
        for row in data_tsv("divisions_renamed.tsv")
        if row["new_code"] in current and row["old_code"] not in current
    }


@lru_cache(maxsize=1)
def _former_names() -> dict[str, str]:
    return {
        row["old_code"]: row["old_name"]
        for row in data_tsv("divisions_renamed.tsv")
        if row["old_code"] in _successors()
    }


def _confirmed(mentions: list[_Mention]) -> list[_Mention]:
    by_full = {m.code for m in mentions if not m.short}
    counts = Counter(m.code for m in mentions)
    everything = set(counts)
    kept = []
    for mention in mentions:
        division = divisions()[mention.code]
        if division.level == "county" and not _county_confirmed(mention, counts, everything):
            continue
        confirmed = (
            not mention.short
            or mention.placed
            or mention.code in by_full
            or bool(set(ancestors(mention.code)) & everything)
            or (division.level in {"city", "province"} and counts[mention.code] >= 2)
        )
        if confirmed:
            kept.append(mention)
    return kept


def _county_confirmed(mention: _Mention, counts: Counter[str], everything: set[str]) -> bool:
    """A county named once, in passing and without its city or province, may be a word (沿海城市)."""
    return (
        mention.anchored
        or mention.placed
        or mention.own
        or counts[mention.code] >= 2
        or bool(set(ancestors(mention.code)) & everything)
    )


def _most_mentioned(mentions: list[_Mention], level: str) -> str | None:
    """The division of this level named most; a tie names none, since the text is then about several."""
    counts = Counter(m.code for m in mentions if divisions()[m.code].level == level)
    if not counts:
        return None
    ranked = counts.most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _city(mentions: list[_Mention], own_kinds: set[str]) -> str | None:
    """The city the text is about, unless it only passes through a text about its province, or surveys its cities
    (where the text calls no city its own: 我市 names the city a report on its partners is about)."""
    code = _most_mentioned(mentions, "city")
    if code is None or ("市" not in own_kinds and _a_survey_of_cities(mentions)):
        return None
    if any(m.anchored and m.code == code for m in mentions):
        return code
    provinces = Counter(m.code for m in mentions if divisions()[m.code].level == "province")
    own = sum(1 for m in mentions if m.code == code)
    parent = divisions()[code].parent
    return None if parent and provinces[parent] >= _PROVINCE_DOMINANCE * own else code


def _a_survey_of_cities(mentions: list[_Mention]) -> bool:
    """Five cities or more named, none in half of the mentions of a city."""
    cities = Counter(m.code for m in mentions if divisions()[m.code].level == "city")
    return len(cities) >= _SURVEYED_CITIES_MIN and 2 * max(cities.values()) < cities.total()


def _province_of_a_survey(mentions: list[_Mention]) -> tuple[str | None, str | None]:
    """The one province a text surveying its cities is about, and the cities' names that decided it."""
    if not _a_survey_of_cities(mentions):
        return None, None
    cities = {m.code: m.words for m in mentions if divisions()[m.code].level == "city"}
    provinces = {_province_of(code) for code in cities}
    if len(provinces) != 1:
        return None, None
    return provinces.pop(), "、".join(words for words in cities.values() if words)


def _province_of(code: str) -> str | None:
    return next((c for c in [code, *ancestors(code)] if divisions()[c].level == "province"), None)


def _city_or_county(mentions: list[_Mention], own_kinds: set[str]) -> str | None:
    """The city named most, unless a county outside it is named more often."""
    city = _city(mentions, own_kinds)
    county = _most_mentioned([m for m in mentions if m.anchored or not m.short], "county")
    if county is None or (city is not None and city in ancestors(county)):
        return city or county
    counts = Counter(m.code for m in mentions)
    return county if city is None or counts[county] > counts[city] else city


def resolve(data: RegionInput) -> Region:
    everything = _mentions(data)
    # Where the text's people meet counts when it names no other place; where they go, never.
    mentions = [m for m in everything if not m.away] or [m for m in everything if not m.gone]
    anchored = [m for m in mentions if m.anchored]
    whole = next((m.code for m in anchored if m.whole), None)
    city = _most_mentioned(anchored, "city")
    own_kinds = _own_kinds(data.body)
    code = (
        whole
        or _most_mentioned(anchored, "county")
        or _own_county_in(city, anchored, mentions, own_kinds)
        or city
        or _city_or_county(mentions, own_kinds)
        or _most_mentioned(mentions, "province")
    )
    evidence = _evidence(code, anchored + mentions) if code else None
    if code is None and "市" not in own_kinds:
        code, evidence = _province_of_a_survey(mentions)
    if code is None:
        code, evidence = _province_of_its_fair(everything)
    place = address_place(data.url, {m.code for m in everything}, own_kinds)
    if place and _address_decides(code, place, own_kinds):
        code, evidence = place.code, f"url: {place.part}"
    if code is None:
        return Region()
    chain = [code, *ancestors(code)]
    names = {divisions()[c].level: divisions()[c].name for c in chain}
    province = names.get("province")
    city = names.get("city") or (province if code[:2] in _MUNICIPALITIES else None)
    return Region(
        province=province,
        city=city,
        county=names.get("county"),
        code=code if code.isdigit() else None,
        evidence=evidence,
    )


def _own_county_in(
    city: str | None, anchored: list[_Mention], mentions: list[_Mention], own_kinds: set[str]
) -> str | None:
    """The county of `city` the text calls its own (全区…, then 长安区坚持…) when only the outlet names the city
    (石家庄日报): the outlet tells which 长安区, the text that it is about the county, not the whole city. Not
    when the text speaks of the city's own kind of area (全市 in a 徐州日报 report, naming 邳州市)."""
    if city is None or divisions()[city].name[-1:] in own_kinds:
        return None
    if any(m.code == city and not m.outlet for m in anchored):
        return None
    return _most_mentioned([m for m in mentions if m.own and city in ancestors(m.code)], "county")


def _province_of_its_fair(mentions: list[_Mention]) -> tuple[str | None, str | None]:
    """A text that names no place but a province's own fair, as its own business rather than a trip
    (近三届兰洽会签约项目, not 组团参加兰洽会), is in that province."""
    fair = next((m for m in mentions if m.fair == "province"), None)
    if fair is None:
        return None, None
    return divisions()[fair.code].parent, fair.words


def _address_decides(code: str | None, place: AddressPlace, own_kinds: set[str]) -> bool:
    """The address names the region when the text names none, or only a larger area around the
    address's place: its province, or its city while the text speaks of 我县/全区, the kind of area
    the address names and its city is not."""
    if code is None:
        return True
    if not code.isdigit() or place.code == code or not contains(code, place.code):
        return False
    level = divisions()[code].level
    own_kind = divisions()[place.code].name[-1:]
    return level == "province" or (
        level == "city" and own_kind in own_kinds and divisions()[code].name[-1:] not in own_kinds
    )


def _evidence(code: str, mentions: list[_Mention]) -> str | None:
    """The words of the first mention, the meeting's own first, that named the chosen division."""
    return next((m.words for m in mentions if m.code == code and m.words), None)
