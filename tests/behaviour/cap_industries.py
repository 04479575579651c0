"""Industry capabilities: every written form of the vocabulary (builder/data/industries.tsv) in the genre's
sentence frames, and in sentences of the genre where the same form is inside a name and names no sector.

A frame is a sentence of a speech that names sectors as targets for investment (a list before 等产业,
重点招引…项目, 打造…产业集群, 培育…产业链); the case expects the form's industry and the form as written.
The negatives put the form where it is part of a name: a company's (…集团, …有限公司), a road's or a
building's (…路, …广场), one project's (…产业园2期), a product's after a word of output (年产…等产品); where a
meeting's guests come from (来自…等领域的企业代表); before a chain of something else (…生态链). Each negative
sentence holds a word of investment and a sector word or separator after the form, so only the name, the
output, the guests or the chain tells it from a target. Cities rotate through the prefecture-level cities
of divisions.tsv and counties through its counties, so no case depends on one place.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import cycle

from behaviour.cap_targets import _capture, _cities
from behaviour.suite import Case, capability
from builder.resources import NOT_AN_INDUSTRY, data_tsv

FRAMES = (
    "要聚焦{form}等产业,精准开展招商引资。",
    "今年要重点招引{form}项目,力争早签约、早落地。",
    "全力打造{form}产业集群,推动招商引资提质增效。",
    "着力培育{form}产业链,以链招商、以商招商。",
)
COMPANIES = ("集团", "有限公司", "公司", "股份有限公司", "科技有限公司")
PLACES = ("路", "大道", "街", "广场", "大厦")
PHASES = ("2期", "二期", "3期", "三期")
OUTPUT = ("年产", "日产", "年加工", "年销售", "年出口")
CHAINS = ("生态链", "功能链", "创新链", "资金链", "人才链")


def _vocabulary() -> list[tuple[str, str]]:
    """Each written form that names an industry, and its industry, in the file's order."""
    rows = data_tsv("industries.tsv")
    return [(row["written"], row["industry"]) for row in rows if row["industry"] != NOT_AN_INDUSTRY]


def _counties() -> Iterator[str]:
    """County-level names ending in 县, in divisions.tsv's order, that hold no word of the vocabulary."""
    forms = [form for form, _ in _vocabulary()]
    names = [row["name"] for row in data_tsv("divisions.tsv") if row["level"] == "county" and row["name"][-1] == "县"]
    return cycle([name for name in names if not any(form in name for form in forms)])


def _no_industry(frame: str, words: tuple[str, ...]) -> Iterator[Case]:
    """Every form in the frame, the name's word rotating through `words`: no industry."""
    cities, counties, rotation = _cities(), _counties(), cycle(words)
    for form, _ in _vocabulary():
        sentence = frame.format(form=form, county=next(counties), word=next(rotation))
        yield Case(_capture(next(cities), sentence), {"industries": []}, note=sentence)


@capability("industries", "every written form in the frames 等产业, 重点招引…项目, 打造…产业集群, 培育…产业链")
def forms_in_frames() -> Iterator[Case]:
    cities = _cities()
    for form, industry in _vocabulary():
        for frame in FRAMES:
            sentence = frame.format(form=form)
            expect = {"industries[].name": [industry], "industries[].raw": [form]}
            yield Case(_capture(next(cities), sentence), expect, note=sentence)


@capability("industries", "a list of two forms before 等产业 gives both industries, in order")
def forms_listed() -> Iterator[Case]:
    cities, vocabulary = _cities(), _vocabulary()
    for (first, one), (second, other) in zip(vocabulary, vocabulary[7:] + vocabulary[:7], strict=True):
        if one == other:
            continue
        sentence = f"要围绕{first}、{second}等产业,开展产业链招商。"
        expect = {"industries[].name": [one, other], "industries[].raw": [first, second]}
        yield Case(_capture(next(cities), sentence), expect, note=sentence)


@capability("industries", "a form inside a company's name (XX化工集团, XX化工科技有限公司) is no industry")
def forms_in_companies() -> Iterator[Case]:
    yield from _no_industry("会上,{county}{form}{word}项目成功签约。", COMPANIES)


@capability("industries", "a form inside a road's or a building's name (XX纺织路, XX物流广场) is no industry")
def forms_in_places() -> Iterator[Case]:
    yield from _no_industry("{county}{form}{word}等项目已完成招标,招商工作有序推进。", PLACES)


@capability("industries", "a form inside one project's name with its phase (XX化工产业园2期) is no industry")
def forms_in_phases() -> Iterator[Case]:
    yield from _no_industry("会上,{county}{form}产业园{word}等12个项目成功签约。", PHASES)


@capability("industries", "a form after a word of output (年产服装等产品) is a product, no industry")
def forms_after_output() -> Iterator[Case]:
    yield from _no_industry("{county}招引的项目达产后{word}{form}等产品5万件。", OUTPUT)


@capability("industries", "a form naming where a meeting's guests come from (来自物流等领域的企业代表) is no industry")
def forms_of_guests() -> Iterator[Case]:
    yield from _no_industry("约{word}00名来自{county}政府部门、{form}等领域的企业代表参加招商推介会。", "2345")


@capability("industries", "a form before a chain of something else (环保生态链, 汽车创新链) is no industry")
def forms_before_other_chains() -> Iterator[Case]:
    yield from _no_industry("围绕全产业链、{form}{word},开展招商引资。", CHAINS)
