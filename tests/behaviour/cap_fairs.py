"""Region capabilities of recurring fairs (兰洽会, 投洽会, 中国—东盟博览会), generated from fairs.tsv.

A fair's host city is where the genre's delegations go: the region of the fair's own report, never
of a text whose people attend it. What a case expects is read from fairs.tsv and divisions.tsv.
"""

from __future__ import annotations

from collections.abc import Iterator

from behaviour.places import Place, every_other, of_level, places, unique_name
from behaviour.suite import Case, capability
from builder.resources import data_tsv

OWN_REPORTS = (
    "第{n}届{fair}开幕\n\n第{n}届{fair}隆重开幕，海内外客商齐聚一堂。本届{fair}共签约项目{k}个，总投资{k}0亿元。\n",
    "{fair}签约项目{k}个\n\n记者从{fair}组委会获悉，第{n}届{fair}期间共签约项目{k}个。\n\n组委会表示，将做好项目跟踪服务。\n",
)
ATTENDING = (
    "{home}组团参加第{n}届{fair}\n\n近日，{home}招商代表团参加第{n}届{fair}，签约项目{k}个。\n\n"
    "会议要求，各部门要紧盯签约项目，推动早落地。\n"
)
OWN_AREA_ATTENDING = (
    "我{own}组团参加第{n}届{fair}\n\n近日，我{own}招商代表团参加第{n}届{fair}，签约项目{k}个。\n\n"
    "会议要求，全{own}各部门要紧盯签约项目，推动早落地。\n"
)
PROVINCE_OWN_FAIR = (
    "在全市招商引资推进会上的讲话\n\n同志们：\n\n要对近三届{fair}签约项目进行梳理，逐一列出任务清单。"
    "全市各部门要按照谁签约、谁跟踪、谁落实的原则，加强后续对接服务。\n"
)


def _fairs() -> list[tuple[str, Place, str]]:
    by_code = {p.code: p for p in places()}
    return [(row["name"], by_code[row["code"]], row["scope"]) for row in data_tsv("fairs.tsv")]


@capability("region", "a fair's own report, naming no other place, is in the fair's host city")
def fair_own_report() -> Iterator[Case]:
    for index, (fair, host, _scope) in enumerate(_fairs()):
        for number, template in enumerate(OWN_REPORTS):
            text = template.format(fair=fair, n=index + 20, k=index * 3 + 12)
            yield Case(text, host.expect() | {"region.evidence": fair}, note=f"{fair} report {number}")


@capability("region", "a delegation attending a fair keeps its own place, wherever the fair is held")
def fair_attended_from_home() -> Iterator[Case]:
    homes = [p for p in every_other(of_level("county"), 1) if unique_name(p)]
    for index, (fair, host, _scope) in enumerate(_fairs()):
        for step in range(6):
            home = homes[(index * 6 + step) * 31 % len(homes)]
            if home.province == host.province:
                continue
            text = ATTENDING.format(home=home.name, fair=fair, n=index + 20, k=step + 5)
            yield Case(text, home.expect(), note=f"{home.name} at {fair}")


@capability("region", "a text of 我县/我市 attending a fair gets no region from the fair")
def fair_attended_by_own_area() -> Iterator[Case]:
    for index, (fair, _host, _scope) in enumerate(_fairs()):
        for own in ("县", "市", "区"):
            text = OWN_AREA_ATTENDING.format(own=own, fair=fair, n=index + 20, k=index + 5)
            yield Case(text, {"region.code": None, "region.city": None}, note=f"我{own} at {fair}")


@capability("region", "a 全市 speech counting a province's own fair's projects as its own is in that province")
def province_own_fair() -> Iterator[Case]:
    for fair, host, scope in _fairs():
        expect = (
            {"region.province": host.province.name, "region.city": None, "region.code": host.province.code}
            if scope == "province"
            else {"region.code": None}
        )
        yield Case(PROVINCE_OWN_FAIR.format(fair=fair), expect, note=f"{fair} ({scope})")
