"""Region capabilities of a page's address, generated from every division's pinyin spellings.

The spellings are builder/data/divisions_pinyin.tsv (made from divisions.tsv by pypinyin, see
tools/make_divisions_pinyin.py); a case uses a usual reading that no other division is spelled in
at all, and expects
that division's region as divisions.tsv gives it. The text names no place and speaks only of
全县/我市, so the address is all a reader has; a text that names its place keeps it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from behaviour.places import Place, every_other, of_level, unique_name
from behaviour.suite import Case, capability
from builder.resources import data_json, data_tsv

TEXT = (
    "全{own}招商引资工作推进会议召开\n\n近日，全{own}招商引资工作推进会议召开。会议听取了今年以来全{own}"
    "招商引资工作情况汇报，研究部署下一阶段重点工作。\n\n会议要求，我{own}各部门要紧盯重点项目，强化服务保障，"
    "推动签约项目早落地、早开工、早投产。\n"
)
NAMED_TEXT = (
    "{name}召开招商引资工作推进会\n\n近日，{name}召开招商引资工作推进会议。会议听取了今年以来全{own}"
    "招商引资工作情况汇报。\n\n会议要求，各部门要紧盯重点项目，强化服务保障。\n"
)
HOSTS = ("http://www.{py}.gov.cn/art/2023/5/12/art_1229_5562.html", "https://{py}.gov.cn/zwgk/xwzx/content_88123.html")
PATHS = (
    "https://news.example.cn/{py}/2023/0512/1234.html",
    "http://www.example.com.cn/difang/{py}/202305/t20230512_77.shtml",
)


@cache
def _spellings() -> dict[str, list[str]]:
    """For each division's code, the spellings of its usual reading that name it alone, short ones first."""
    codes: dict[str, set[str]] = {}
    forms: dict[str, str] = {}
    for row in data_tsv("divisions_pinyin.tsv"):
        codes.setdefault(row["pinyin"], set()).add(row["code"])
        if row["reading"] == "usual":
            forms[row["pinyin"]] = row["form"]
    alone: dict[str, list[str]] = {}
    for spelling in sorted(forms, key=lambda spelling: (forms[spelling] != "short", spelling)):
        named = codes[spelling]
        if len(named) == 1:
            alone.setdefault(next(iter(named)), []).append(spelling)
    return alone


def _column_words() -> set[str]:
    return set(data_json("regions.json")["address_words"])


def _addressed() -> Iterator[tuple[int, Place, str]]:
    places = of_level("city") + of_level("county")
    for index, place in enumerate(places):
        spellings = _spellings().get(place.code)
        if spellings:
            yield index, place, spellings[0]


@capability("region", "a page's host names the division (www.pizhou.gov.cn), the text only 全县/我市")
def host_names_division() -> Iterator[Case]:
    for index, place, spelling in _addressed():
        url = HOSTS[index % len(HOSTS)].format(py=spelling)
        expect = place.expect() | {"region.evidence": f"url: {spelling}"}
        yield Case(TEXT.format(own=place.own_word), expect, note=f"{url} ({place.name})", url=url)


@cache
def _other_readings() -> dict[str, str]:
    """For each division's code, one spelling in another reading than pypinyin's usual one that no
    other division is spelled in at all (宁都 → ningdu, where pypinyin reads ningdou)."""
    codes: dict[str, set[str]] = {}
    other: dict[str, str] = {}
    for row in data_tsv("divisions_pinyin.tsv"):
        codes.setdefault(row["pinyin"], set()).add(row["code"])
    for row in data_tsv("divisions_pinyin.tsv"):
        if row["reading"] == "other" and codes[row["pinyin"]] == {row["code"]} and row["form"] == "short":
            other.setdefault(row["code"], row["pinyin"])
    return other


@capability("region", "a government's host in a reading pypinyin does not take first (ningdu.gov.cn)")
def host_in_other_reading() -> Iterator[Case]:
    for index, place in enumerate(of_level("city") + of_level("county")):
        spelling = _other_readings().get(place.code)
        if spelling:
            url = HOSTS[index % len(HOSTS)].format(py=spelling)
            expect = place.expect() | {"region.evidence": f"url: {spelling}"}
            yield Case(TEXT.format(own=place.own_word), expect, note=f"{url} ({place.name})", url=url)


@capability("region", "a part of the page's path names the division (/pizhou/), the text only 全县/我市")
def path_names_division() -> Iterator[Case]:
    for index, place, spelling in _addressed():
        if spelling in _column_words():
            continue
        url = PATHS[index % len(PATHS)].format(py=spelling)
        expect = place.expect() | {"region.evidence": f"url: {spelling}"}
        yield Case(TEXT.format(own=place.own_word), expect, note=f"{url} ({place.name})", url=url)


@capability("region", "a text naming its own place keeps it whatever place the address names")
def text_place_over_address() -> Iterator[Case]:
    named = [p for p in every_other(of_level("county"), 0) if unique_name(p)]
    for index, place, spelling in _addressed():
        own = named[index * 7 % len(named)]
        if own.province == place.province:
            continue
        url = HOSTS[index % len(HOSTS)].format(py=spelling)
        text = NAMED_TEXT.format(name=own.name, own=own.own_word)
        yield Case(text, own.expect() | {"region.evidence": own.name}, note=f"{own.name} at {url}", url=url)


@capability("region", "the division's code as a part of the page's path (/320382/), the text only 全县/我市")
def path_gives_code() -> Iterator[Case]:
    for index, place in enumerate(of_level("city") + every_other(of_level("county"), 1)):
        url = f"http://www.example.cn/xxgk/{place.code}/202305/t20230512_{index}.html"
        expect = place.expect() | {"region.evidence": f"url: {place.code}"}
        yield Case(TEXT.format(own=place.own_word), expect, note=url, url=url)


@capability("region", "a path part in a rare reading or a column's word (/wenku/, /dongtai/) names no place")
def path_words_name_no_place() -> Iterator[Case]:
    """Outside a government's host, a spelling only a rare reading gives, or a column's name that
    spells a place (动态 as dongtai), is taken for the word it more often is."""
    words = sorted(_column_words()) + sorted(_other_readings().values())
    for index, word in enumerate(words):
        url = PATHS[index % len(PATHS)].format(py=word)
        own = ("县", "市", "区")[index % 3]
        yield Case(TEXT.format(own=own), {"region.code": None, "region.province": None}, note=url, url=url)


AFFIXED_HOSTS = (
    "http://www.{py}news.cn/html/2023-05/12/content_991.htm",
    "https://www.cn{py}.com/xw/2023/0512/77.shtml",
    "http://www.{py}rb.com.cn/news/202305/t20230512_5.html",
    "http://www.{py}zf.gov.cn/art/2023/5/12/art_1_2.html",
)


@capability("region", "a site's word beside the place in the host (ningbonews.cn, cnhubei.com), text only 全县")
def host_with_site_word() -> Iterator[Case]:
    for index, place, spelling in _addressed():
        if len(spelling) < 5 or spelling in _column_words():
            continue
        url = AFFIXED_HOSTS[index % len(AFFIXED_HOSTS)].format(py=spelling)
        label = url.split("/")[2].split(".")[1]
        expect = place.expect() | {"region.evidence": f"url: {label}"}
        yield Case(TEXT.format(own=place.own_word), expect, note=f"{url} ({place.name})", url=url)


@cache
def _initials() -> dict[str, list[str]]:
    """Each county-level division's initials after its city's (aqyx for 安庆市宜秀区) with the divisions they spell."""
    spelled: dict[str, list[str]] = {}
    for row in data_tsv("divisions_pinyin.tsv"):
        if row["form"] == "initials":
            spelled.setdefault(row["pinyin"], []).append(row["code"])
    return spelled


def _kind(place: Place) -> str:
    return place.name[-1]


@capability("region", "a government's host abbreviating city and county by initials (aqyx.gov.cn), text only 全区")
def host_in_initials() -> Iterator[Case]:
    by_code = {place.code: place for place in of_level("county")}
    for index, (spelling, codes) in enumerate(sorted(_initials().items())):
        kinds = [_kind(by_code[code]) for code in codes if code in by_code]
        for code in codes:
            place = by_code.get(code)
            if place is None or kinds.count(_kind(place)) > 1 or spelling in _column_words():
                continue  # two of one kind stay undecided: the next capability
            url = HOSTS[index % len(HOSTS)].format(py=spelling)
            expect = place.expect() | {"region.evidence": f"url: {spelling}"}
            yield Case(TEXT.format(own=place.own_word), expect, note=f"{url} ({place.name})", url=url)


@capability("region", "initials two counties of the text's own kind share give no county (ambiguity decides nothing)")
def host_in_shared_initials() -> Iterator[Case]:
    by_code = {place.code: place for place in of_level("county")}
    for index, (spelling, codes) in enumerate(sorted(_initials().items())):
        same = [by_code[c] for c in codes if c in by_code]
        kinds = [_kind(place) for place in same]
        for place in same:
            if kinds.count(_kind(place)) > 1:
                url = HOSTS[index % len(HOSTS)].format(py=spelling)
                expect = {"region.county": None, "region.evidence": None}
                yield Case(TEXT.format(own=place.own_word), expect, note=f"{url} ({place.name})", url=url)
                break


@cache
def _city_initials() -> dict[str, str]:
    """Each prefecture-level city's initials, the first letters of its counties' `initials` rows (aq of aqyx)."""
    cities = {place.code: place for place in of_level("city")}
    found: dict[str, str] = {}
    for row in data_tsv("divisions_pinyin.tsv"):
        county = (
            next((p for p in of_level("county") if p.code == row["code"]), None) if row["form"] == "initials" else None
        )
        if county is not None and county.parent is not None and county.parent.code in cities and county.parent.short:
            found.setdefault(county.parent.code, row["pinyin"][: len(county.parent.short)])
    return found


def _initials_and_spelling() -> Iterator[tuple[int, Place, str]]:
    """(index, county, host label) for each county whose own spelling names it alone, after its city's initials,
    where no division is spelled as the whole label."""
    spelled = {row["pinyin"] for row in data_tsv("divisions_pinyin.tsv")}
    index = 0
    for place in of_level("county"):
        letters = _city_initials().get(place.parent.code) if place.parent else None
        own = [s for s in _spellings().get(place.code, []) if len(s) >= 5]
        if letters and own and letters + own[0] not in spelled:
            yield index, place, letters + own[0]
            index += 1


@capability(
    "region", "a city's initials before a county's pinyin in a government host (gzningdu.gov.cn), text only 全县"
)
def host_city_initials_and_county() -> Iterator[Case]:
    for index, place, label in _initials_and_spelling():
        url = HOSTS[index % len(HOSTS)].format(py=label)
        expect = place.expect() | {"region.evidence": f"url: {label}"}
        yield Case(TEXT.format(own=place.own_word), expect, note=f"{url} ({place.name})", url=url)


@capability("region", "initials of a city that holds no county so spelled, before a county's pinyin, give no county")
def host_other_city_initials() -> Iterator[Case]:
    affixes = set(data_json("regions.json")["address_affixes"]["before"])
    letters = sorted(set(_city_initials().values()) - affixes)  # zg (zhongguo) is a site's word before a place
    for index, place, label in _initials_and_spelling():
        own = label[len(_city_initials()[place.parent.code]) :]
        wrong = next(
            (x for x in letters[index % len(letters) :] + letters if x != label[: len(x)] and x + own not in label),
            None,
        )
        if wrong is None or any(_city_initials().get(p.parent.code) == wrong for p in _same_spelling(own)):
            continue
        url = HOSTS[index % len(HOSTS)].format(py=wrong + own)
        yield Case(TEXT.format(own=place.own_word), {"region.county": None}, note=f"{url} ({place.name})", url=url)
        if index > 600:
            break


def _same_spelling(own: str) -> list[Place]:
    codes = {row["code"] for row in data_tsv("divisions_pinyin.tsv") if row["pinyin"] == own}
    return [p for p in of_level("county") if p.code in codes and p.parent is not None]
