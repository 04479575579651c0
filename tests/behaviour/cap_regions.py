"""Region capabilities, generated from every division in builder/data/divisions.tsv.

Every county- and prefecture-level division appears: named in full in the lead, by its short name
(邳州 for 邳州市) where that name is its alone, inside an outlet's name (东阳融媒讯) with the text
speaking of 全市/我县, and beside a township or development zone of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import opencc

from behaviour.captures import captures, hard_wrapped, to_traditional, with_furniture
from behaviour.places import (
    MUNICIPALITIES,
    Place,
    every_other,
    of_level,
    shared_short_told_apart_by_parent,
    unique_name,
    unique_short,
)
from behaviour.suite import Case, capability
from builder.resources import data_json

LEAD = "{place}召开招商引资工作推进会议。会议听取了今年以来全{level}招商引资工作情况汇报，研究部署下一阶段重点工作。"
LOCAL_LEAD = "{place}召开招商引资工作推进会议。会议听取了今年以来{area}招商引资工作情况汇报，研究部署下一阶段重点工作。"
BODY = "会议要求，各部门要紧盯重点项目，强化服务保障，推动签约项目早落地、早开工、早投产。"
OUTLET_LEADS = (
    "{outlet}融媒讯 近日，全{level}招商引资工作推进会议召开。会议强调，{own}要紧盯重点项目，强化服务保障。",
    "{outlet}日报讯 近日，全{level}招商引资工作推进会议召开。会议强调，{own}要紧盯重点项目，强化服务保障。",
    "{outlet}新闻网讯 近日，{own}召开招商引资工作推进会议，听取今年以来全{level}招商引资工作情况汇报。",
)
# Township names that are no division's name; each county is paired with one of them.
TOWNS = ("官湖镇", "石桥镇", "马村乡", "杨集镇", "李庄镇", "高桥街道", "新店镇", "白沙镇", "柳塘乡", "黄湾镇")
ZONES = ("经济开发区", "高新技术产业开发区", "经济技术开发区", "工业园区")


def _capture(title: str, lead: str) -> str:
    return f"{title}\n\n{lead}\n\n{BODY}\n"


def _written(place: Place) -> str:
    """The place as a text names it: alone when its name is unique, else after its city or province."""
    if unique_name(place) or place.parent is None:
        return place.name
    return place.parent.name + place.name


def _in_lead(place: Place, written: str) -> Case:
    """The place as the meeting's own; the words that decided it are the place as written."""
    lead = LEAD.format(place=written, level=place.own_word)
    expect = place.expect() | {"region.evidence": written.removeprefix(place.parent.name if place.parent else "")}
    return Case(_capture(f"{written}召开招商引资工作推进会", lead), expect, note=f"{written} ({place.code})")


@capability("region", "prefecture-level division named in full in the lead")
def prefecture_in_full() -> Iterator[Case]:
    for place in of_level("city"):
        yield _in_lead(place, _written(place))


@capability("region", "county-level division named in full in the lead")
def county_in_full() -> Iterator[Case]:
    for place in of_level("county"):
        yield _in_lead(place, _written(place))


@capability("region", "prefecture-level division named without its suffix in the lead")
def prefecture_bare() -> Iterator[Case]:
    for place in of_level("city"):
        if unique_short(place):
            yield _in_lead(place, place.short)


@capability("region", "county-level division named without its suffix in the lead")
def county_bare() -> Iterator[Case]:
    for place in of_level("county"):
        if unique_short(place):
            yield _in_lead(place, place.short)


@capability("region", "county-level division named once after the lead, the text speaking of 全县/我县")
def county_named_once_as_own() -> Iterator[Case]:
    for place in every_other(of_level("county"), 0):
        if not unique_name(place):
            continue
        own = place.own_word
        text = (
            f"全{own}招商引资工作推进会议召开\n\n近日，全{own}招商引资工作推进会议召开。"
            f"会议听取了今年以来全{own}招商引资工作情况汇报。\n\n会议指出，今年以来，{place.name}坚持把招商引资"
            f"作为经济工作的生命线，签约项目数量和质量明显提升。\n\n会议要求，我{own}各部门要紧盯重点项目。\n"
        )
        yield Case(text, place.expect() | {"region.evidence": place.name}, note=place.name)


@capability("region", "county-level short name in passing, mid-sentence and once, gives no region")
def short_name_in_passing() -> Iterator[Case]:
    """Many short names are also words or other places' names in passing (学习借鉴邳州等地的经验):
    once, unconfirmed, they decide nothing."""
    for place in every_other(of_level("county"), 1):
        if unique_short(place):
            text = (
                "招商引资工作推进会议召开\n\n近日，招商引资工作推进会议召开。会议听取了今年以来招商引资工作情况汇报。"
                f"\n\n会议强调，要学习借鉴{place.short}等地的先进经验，推动签约项目早落地。\n"
            )
            yield Case(text, {"region.code": None, "region.province": None}, note=place.short)


JOURNEYS = (
    "赴{place}开展驻点招商",
    "前往{place}驻点招商",
    "到{place}拜访客商",
    "去{place}对接项目",
    "抵达{place}开展招商推介",
)


@capability("region", "a place the text's people only travel to (赴深圳, 前往北京驻点招商) is not its region")
def journey_destination_only() -> Iterator[Case]:
    """The genre's officials go out to attract investment: where they go is the investors' place, and a
    text that names no other place has no region it states."""
    for index, place in enumerate(of_level("city")):
        if not unique_name(place):
            continue
        trip = JOURNEYS[index % len(JOURNEYS)].format(place=place.name)
        again = JOURNEYS[(index + 1) % len(JOURNEYS)].format(place=place.short or place.name)
        text = (
            f"一名驻点招商人员的招商经\n\n近日，招商服务中心副主任和同事一起{trip}，签约两个项目。\n\n"
            f"“这次{again}，时间将近一个月。”他说。会议要求，各部门要紧盯重点项目。\n"
        )
        yield Case(text, {"region.code": None, "region.city": None}, note=trip)


@capability("region", "a city the text's people travel to, beside their own county named in the lead")
def journey_from_home() -> Iterator[Case]:
    cities = [p for p in of_level("city") if unique_name(p)]
    for index, home in enumerate(every_other(of_level("county"), 0)):
        away = cities[index % len(cities)]
        if not unique_name(home) or home.city == away or away.province == home.province:
            continue
        trip = JOURNEYS[index % len(JOURNEYS)].format(place=away.name)
        text = _capture(f"{home.name}招商小分队{trip}", f"近日，{home.name}招商小分队{trip}。{BODY}")
        yield Case(text, home.expect(), note=f"{home.name} {trip}")


HEADLINE_MARKS = ("：", "丨", "｜", "|", " | ")


@capability("region", "short name heading the headline (宁都：…, 宁都｜…), the text saying 全县/我县")
def short_name_heading_the_headline() -> Iterator[Case]:
    for index, place in enumerate(of_level("city") + every_other(of_level("county"), 1)):
        if unique_short(place):
            own, mark = place.own_word, HEADLINE_MARKS[index % len(HEADLINE_MARKS)]
            text = (
                f"{place.short}{mark}招商引资实现“开门红”\n\n今年以来，全{own}上下紧盯招商引资目标任务，"
                f"新签约项目数量和质量明显提升。\n\n下一步，我{own}将继续强化服务保障。\n"
            )
            yield Case(text, place.expect() | {"region.evidence": place.short}, note=place.short)


@capability("region", "short name several divisions share, told apart by its city named before it")
def shared_short_name_with_its_city() -> Iterator[Case]:
    for place in of_level("county"):
        if shared_short_told_apart_by_parent(place):
            yield _in_lead(place, place.parent.name + place.short)


def _outlet_case(place: Place, index: int) -> Case | None:
    name = place.short if unique_short(place) else place.name if unique_name(place) else None
    if name is None:
        return None
    own = "我" + place.own_word
    lead = OUTLET_LEADS[index % len(OUTLET_LEADS)].format(outlet=name, level=place.own_word, own=own)
    return Case(_capture("招商引资工作推进会议召开", lead), place.expect(), note=f"{lead[:12]} ({place.code})")


@capability("region", "division named only inside the outlet's name, the text saying 全市/我县")
def in_outlet_name() -> Iterator[Case]:
    for index, place in enumerate(of_level("city") + every_other(of_level("county"), 0)):
        case = _outlet_case(place, index)
        if case:
            yield case


@capability("region", "county-level division named with a township or development zone of its own")
def beside_township_or_zone() -> Iterator[Case]:
    for index, place in enumerate(every_other(of_level("county"), 1)):
        written = _written(place)
        if index % 2:
            local = written + TOWNS[index // 2 % len(TOWNS)]
            lead = LOCAL_LEAD.format(place=local, area="全镇")
        else:
            stem = place.short if unique_short(place) and unique_name(place) else written
            local = stem + ZONES[index // 2 % len(ZONES)]
            lead = LOCAL_LEAD.format(place=local, area="园区")
        yield Case(_capture(f"{local}召开招商引资工作推进会", lead), place.expect(), note=f"{local} ({place.code})")


# Invariances: real captures from corpus/, perturbed; the region moves exactly as the perturbation says.
REGION_FIELDS = ("region.province", "region.city", "region.county", "region.code")


@capability("region", "real captures: converted to Traditional script (OpenCC s2t)", kind="invariance")
def region_in_traditional() -> Iterator[Case]:
    for capture in captures():
        if capture.article.script == "simplified":
            yield capture.case(to_traditional(capture.text), capture.fields(*REGION_FIELDS), "s2t")


@capability("region", "real captures: long lines hard-wrapped", kind="invariance")
def region_hard_wrapped() -> Iterator[Case]:
    for capture in captures():
        wrapped = hard_wrapped(capture.text)
        if wrapped != capture.text and capture.plain:
            yield capture.case(wrapped, capture.fields(*REGION_FIELDS), "hard-wrapped")


@capability("region", "real captures: the city swapped for another prefecture-level city", kind="invariance")
def city_swapped() -> Iterator[Case]:
    """A report about 随州市 rewritten about another city (each of its names, and its province's,
    replaced) is about that city; a capture naming one of its city's counties is left out, as the
    swap would leave that county in another city."""
    by_name = {p.name: p for p in of_level("city")}
    others = [p for p in of_level("city") if unique_name(p) and unique_short(p) and unique_short(p.province)]
    for index, capture in enumerate(captures()):
        region = capture.article.region
        old = by_name.get(region.city or "")
        if old is None or region.county or capture.article.script != "simplified" or old.name not in capture.text:
            continue
        if not unique_short(old) or _names_a_county_of(old, capture.text):
            continue
        new = next(p for p in others[index * 37 % len(others) :] + others if p.province != old.province)
        text = _renamed(capture.text, [(old, new), (old.province, new.province)])
        yield capture.case(text, new.expect() | {"region.county": None}, f"{old.name} → {new.name}")


def _names_a_county_of(city: Place, text: str) -> bool:
    counties = [p for p in of_level("county") if p.parent == city]
    return any(p.name in text or (p.short and p.short in text) for p in counties)


def _renamed(text: str, swaps: list[tuple[Place, Place]]) -> str:
    """Full names first, then short ones, so 随州市 becomes the new full name and 随州 the new short."""
    for old, new in swaps:
        text = text.replace(old.name, new.name)
    for old, new in swaps:
        if old.short and new.short:
            text = text.replace(old.short, new.short)
    return text


@capability("region", "real captures: page furniture added above and below", kind="invariance")
def region_with_furniture() -> Iterator[Case]:
    for capture in captures():
        yield capture.case(with_furniture(capture.text), capture.fields(*REGION_FIELDS), "furniture")


CAPITAL_LEADS = (
    "近日，省会{short}召开招商引资工作推进会议，研究部署下一阶段重点工作。",
    "省会{short}召开招商引资工作推进会议。会议听取了今年以来全市招商引资工作情况汇报。",
    "10月12日，{capital}{short}召开招商引资工作推进会议，研究部署下一阶段重点工作。",
    "近日，省会{short}{county}召开招商引资工作推进会议，听取了今年以来全区招商引资工作情况汇报。",
)


def _capitals() -> list[Place]:
    """Each province's capital, which the division codes number first (130100 石家庄, 450100 南宁)."""
    return [p for p in of_level("city") if p.code.endswith("0100") and p.code[:2] not in MUNICIPALITIES and p.short]


@capability("region", "a provincial capital named without its suffix after 省会 or 首府 (省会石家庄)")
def capital_after_its_title() -> Iterator[Case]:
    for capital in _capitals():
        districts = [p for p in of_level("county") if p.parent == capital]
        for index, form in enumerate(CAPITAL_LEADS):
            county = districts[index % len(districts)] if "{county}" in form else None
            # An autonomous region's capital is its 首府.
            title = "首府" if capital.province.name.endswith("自治区") else "省会"
            lead = form.format(short=capital.short, county=county.name if county else "", capital=title)
            expect = (county or capital).expect()
            yield Case(_capture("招商引资工作推进会议召开", lead), expect, note=lead)


LEARNED_FROM = (
    "近日，记者从{place}{office}获悉，今年以来，全{level}新签约项目45个，总投资120亿元。",
    "今年以来，在{place}{office}的推动下，全{level}新签约项目45个，总投资120亿元。",
    "10月12日，由{place}{office}主办的招商推介会举行，全{level}共签约项目12个。",
)
OFFICES = ("商务局", "投资促进中心", "招商服务中心", "发展和改革局")


@capability("region", "a county named in full after 从, 在 or 由 (记者从黟县商务局获悉), two-character names too")
def county_after_a_preposition() -> Iterator[Case]:
    counties = [p for p in of_level("county") if unique_name(p) and not p.name.endswith("区")]
    chosen = [p for p in counties if len(p.name) == 2] + counties[::8]
    for index, place in enumerate(chosen):
        lead = LEARNED_FROM[index % len(LEARNED_FROM)].format(
            place=place.name, office=OFFICES[index % len(OFFICES)], level=place.own_word
        )
        yield Case(_capture("前三季度招商引资成效明显", lead), place.expect(), note=lead[:24])


ZONE_ABBREVIATIONS = ("经开区", "高新区", "新区", "综保区", "经济开发区", "工业园区")


@capability("region", "a city's short name before its zone's abbreviation (宜春经开区): the city, no county")
def city_zone_abbreviated() -> Iterator[Case]:
    for index, place in enumerate(of_level("city")):
        if not unique_short(place) or any(c.short == place.short for c in of_level("county")):
            continue
        local = place.short + ZONE_ABBREVIATIONS[index % len(ZONE_ABBREVIATIONS)]
        lead = LOCAL_LEAD.format(place=local, area="园区")
        title = ("园区招商引资工作推进会召开", f"{local}召开招商引资工作推进会")[index % 2]
        yield Case(_capture(title, f"9月6日，{lead}"), place.expect(), note=f"{title} / {local} ({place.code})")


# A place given only as a bracketed tag before the headline or the lead, the text saying 全县/我县.
TAGS = ("【{name}】", "[{name}]", "【{name}】 ", "［{name}］")


# Column tags that are ordinary words and a county's or city's short name: no region on their own.
ORDINARY_TAGS = ("合作", "资源", "平原", "永安", "东方", "通道", "共和", "光明", "富民", "兴业", "武功")


@capability("region", "a division only as a bracketed tag before the headline or lead (【宁都】, [邳州]); not 【合作】")
def bracketed_tag() -> Iterator[Case]:
    ordinary = set(data_json("regions.json")["ordinary_short_names"])
    for index, place in enumerate(of_level("city") + every_other(of_level("county"), 0)):
        word = ORDINARY_TAGS[index % len(ORDINARY_TAGS)]
        tagged = TAGS[index % len(TAGS)].format(name=word) + "全县招商引资工作推进会召开"
        text = f"{tagged}\n\n近日，全县招商引资工作推进会召开，会议强调要加大招商引资力度。\n"
        yield Case(text, {"region.code": None, "region.evidence": None}, note=tagged)
        short = place.short if unique_short(place) and place.short not in ordinary else None
        name = short or (place.name if unique_name(place) else None)
        if name is None:
            continue
        own, tag = place.own_word, TAGS[index % len(TAGS)].format(name=name)
        title = f"全{own}招商引资工作推进会召开"
        lead = f"近日，全{own}招商引资工作推进会召开。会议听取了今年以来全{own}招商引资工作情况汇报。"
        if index % 2:
            title = tag + title
        else:
            lead = tag + lead
        text = f"{title}\n\n{lead}\n\n会议要求，我{own}各部门要紧盯重点项目，强化服务保障。\n"
        expect = place.expect() | {"region.evidence": name, "title": f"全{own}招商引资工作推进会召开"}
        yield Case(text, expect, note=tag)


def _converted_away(place: Place) -> bool:
    """Whether OpenCC's own t2s gives back another name for the division's, as written or in Traditional (乾安 →
    干安, 浚县 → 濬縣 → 濬县)."""
    names = [name for name in (place.name, place.short) if name]
    return any(_t2s().convert(form) != name for name in names for form in (name, to_traditional(name)))


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@capability("region", "a name t2s alters (乾安县, 濬縣 for 浚县) comes through the script conversion as itself")
def name_conversion_alters() -> Iterator[Case]:
    """The few divisions whose names OpenCC's t2s changes, in either script and in every frame of the lead,
    title and outlet: the region, its evidence and the title keep the name."""
    altered = [p for p in of_level("county") + of_level("city") if _converted_away(p)]
    for place in altered:
        written_forms = [_written(place), place.name, *([place.short] if place.short else [])]
        for written in dict.fromkeys(written_forms):
            parent = place.parent.name if place.parent and written.startswith(place.parent.name) else ""
            for frame in _CONVERSION_FRAMES if written != place.short else _CONVERSION_FRAMES[:_FRAMES_FOR_SHORT]:
                title, lead = (part.format(place=written, level=place.own_word) for part in frame)
                for index, convert in enumerate((str, to_traditional)):
                    expect = place.expect() | {"region.evidence": written.removeprefix(parent), "title": title}
                    yield Case(convert(_capture(title, lead)), expect, note=f"{written} ({('s', 't')[index]}): {lead}")


# (title, lead) frames naming the place once or twice, in the title, the lead, an outlet, beside a zone; a short
# name (乾安) counts only where what follows shows it is a place's, in the first `_FRAMES_FOR_SHORT`.
_FRAMES_FOR_SHORT = 8
_CONVERSION_FRAMES = (
    ("{place}召开招商引资工作推进会", LEAD),
    ("{place}召开招商引资工作推进会", LOCAL_LEAD.replace("{area}", "全{level}")),
    ("{place}召开招商引资工作推进会", "9月6日，{place}召开招商引资工作推进会议，研究部署下一阶段重点工作。"),
    ("{place}举行重大项目集中签约仪式", "近日，{place}举行重大项目集中签约仪式，共签约项目12个，总投资86亿元。"),
    ("{place}：招商引资实现“开门红”", "今年以来，{place}紧盯招商引资目标任务，新签约项目数量和质量明显提升。"),
    (
        "{place}招商引资工作推进会召开",
        "10月12日，{place}经济开发区召开招商引资工作推进会议，研究部署下一阶段重点工作。",
    ),
    (
        "{place}召开招商引资工作推进会",
        "{place}融媒讯 近日，全{level}招商引资工作推进会议召开。会议强调，要紧盯重点项目。",
    ),
    ("{place}部署招商引资“一号工程”", "{place}日报讯 近日，{place}召开招商引资“一号工程”推进会，研究部署重点工作。"),
    ("{place}签约项目45个", "今年以来，{place}新签约项目45个，总投资120亿元，签约项目数量和质量明显提升。"),
    ("{place}招商引资成效明显", "近日，记者从{place}商务局获悉，今年以来，全{level}新签约项目45个，总投资120亿元。"),
)


@capability("region", "real county names in Traditional script keep their region (every other county-level division)")
def county_in_traditional() -> Iterator[Case]:
    for place in every_other(of_level("county"), 1):
        written = _written(place)
        case = _in_lead(place, written)
        yield Case(to_traditional(case.text), case.expect, note=f"{written} in Traditional")


# A text that speaks of its own county (全区, then the county opening a clause), the city named only by the outlet.
OWN_COUNTY_FRAMES = (
    "在全{own}招商引资工作会议上的讲话\n\n来源：{outlet}\n\n同志们：\n\n今天，我们召开全{own}招商引资工作会议。"
    "今年以来，{county}坚持把招商引资作为经济工作的生命线，签约项目数量和质量明显提升。\n\n{body}\n",
    "全{own}招商引资工作推进会议召开\n\n{outlet}讯 近日，全{own}招商引资工作推进会议召开。会议指出，今年以来，"
    "{county}坚持把招商引资作为经济工作的生命线。\n\n{body}\n",
)


def _city_outlet(city: Place) -> str:
    return f"{city.short if unique_short(city) else city.name}日报"


@capability(
    "region", "a county the text calls its own (全区…，长安区坚持…) in the city only its outlet names (石家庄日报)"
)
def own_county_in_the_outlets_city() -> Iterator[Case]:
    """The outlet tells which 长安区 (石家庄's, not 西安's) and the text that it is about the county; a text
    speaking of 全市 in the same outlet is about the city, whatever county opens a clause of it."""
    for index, place in enumerate(of_level("county")):
        city = place.city
        if city is None or city.code[:2] in MUNICIPALITIES or place.own_word == "市" or not city.name.endswith("市"):
            continue  # a county-level city's 全市 in its prefecture's paper names either
        frame = OWN_COUNTY_FRAMES[index % len(OWN_COUNTY_FRAMES)]
        if index % 4 == 3:
            text = frame.format(own="市", outlet=_city_outlet(city), county=place.name, body=BODY)
            yield Case(text, city.expect(), note=f"全市: {place.name} ({city.name})")
            continue
        text = frame.format(own=place.own_word, outlet=_city_outlet(city), county=place.name, body=BODY)
        yield Case(text, place.expect() | {"region.evidence": place.name}, note=f"{place.name} ({place.code})")
