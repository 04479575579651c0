"""Target capabilities: templates × cue words × units × subjects × qualifiers.

Each case is a short capture with one figure in a sentence of its own; the expected status comes
from the cue the template put before it, the expected subject is the noun phrase the template
built around it (the words of tests/gold/README.md's `figures` conventions). The cue and noun
lists are the genre's phrasing written here, independently of builder/data/targets.json. Cities
rotate through the prefecture-level cities of divisions.tsv so no case depends on one place.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import cycle, product

from behaviour.suite import Case, capability
from builder.resources import data_tsv

LEAD = "{city}召开招商引资工作推进会议。会议听取了全市招商引资工作情况汇报,研究部署下一阶段重点工作。"
CLOSE = "会议强调,各地各部门要强化服务保障,推动项目早落地、早开工、早投产。"

# How a period or a scope opens the sentence: none of them is what is counted.
OPENINGS = ("", "今年", "全市", "今年全市", "1-6月份,全市", "今年以来,全市", "其中,")
GOAL_CUES = ("力争", "确保", "计划", "争取", "预计", "目标是", "要", "将", "拟")
RESULT_CUES = ("已", "累计", "共", "已累计", "完成", "实现", "累计完成", "共完成")
# (noun phrase counted before the figure, units it takes)
COUNTED_BEFORE = (
    ("签约项目", ("个", "项")),
    ("引进项目", ("个",)),
    ("亿元以上项目", ("个",)),
    ("新开工项目", ("个",)),
    ("外资企业", ("家",)),
    ("招商引资到位资金", ("亿元", "万元")),
    ("实际利用外资", ("亿美元", "万美元")),
    ("固定资产投资", ("亿元",)),
    ("协议投资总额", ("亿元",)),
    ("招商引资项目个数", ("个",)),
)
# (counter, noun phrase counted after the figure)
COUNTED_AFTER = (
    ("个", "亿元以上项目"),
    ("个", "优势产业项目"),
    ("项", "重点合作项目"),
    ("家", "世界500强企业"),
    ("名", "客商"),
    ("位", "企业家"),
    ("家", "规上工业企业"),
    ("个", "招商引资项目"),
)
VERBS = ("引进", "签约", "新引进")
QUALIFIERS_AFTER = ("", "以上", "左右")
COUNTS = ("3", "12", "40", "120", "3000")
AMOUNTS = ("3", "12.5", "40", "56.8", "120", "3000")
MONEY = ("亿元", "万元", "亿美元", "万美元")


def _number(index: int, unit: str) -> str:
    """A figure as the genre writes it: amounts of money may have decimals, counts never do."""
    numbers = AMOUNTS if unit in MONEY else COUNTS
    return numbers[index % len(numbers)]


def _cities() -> Iterator[str]:
    names = [row["name"] for row in data_tsv("divisions.tsv") if row["level"] == "city" and row["name"].endswith("市")]
    return cycle(names)


def _capture(city: str, sentence: str) -> str:
    return f"{city}召开招商引资工作推进会\n\n{LEAD.format(city=city)}\n\n{sentence}\n\n{CLOSE}\n"


def _expect(status: str, subject: str | None, value: str, unit: str) -> dict[str, list]:
    return {
        "targets[].status": [status],
        "targets[].subject": [subject],
        "targets[].value_text": [value],
        "targets[].unit": [unit],
    }


def _figures_after_noun(cues: tuple[str, ...], status: str) -> Iterator[Case]:
    cities = _cities()
    for index, (opening, cue, (noun, units)) in enumerate(product(OPENINGS, cues, COUNTED_BEFORE)):
        unit = units[index % len(units)]
        number = _number(index, unit)
        after = QUALIFIERS_AFTER[index % len(QUALIFIERS_AFTER)]
        sentence = f"{opening}{cue}{noun}{number}{unit}{after}。"
        yield Case(_capture(next(cities), sentence), _expect(status, noun, number, unit), note=sentence)


def _figures_before_noun(cues: tuple[str, ...], status: str) -> Iterator[Case]:
    cities = _cities()
    for index, (opening, cue, verb, (unit, noun)) in enumerate(product(OPENINGS, cues, VERBS, COUNTED_AFTER)):
        if index % 3:  # a third of the combinations is enough to cover every cue, verb and noun
            continue
        number = _number(index, unit)
        sentence = f"{opening}{cue}{verb}{number}{unit}{noun}。"
        yield Case(_capture(next(cities), sentence), _expect(status, noun, number, unit), note=sentence)


@capability("targets", "goal cue before a noun and its figure (力争签约项目40个)")
def goal_after_noun() -> Iterator[Case]:
    yield from _figures_after_noun(GOAL_CUES, "goal")


@capability("targets", "result cue before a noun and its figure (累计签约项目40个)")
def result_after_noun() -> Iterator[Case]:
    yield from _figures_after_noun(RESULT_CUES, "result")


@capability("targets", "goal cue before a figure and the noun it counts (力争引进40个亿元以上项目)")
def goal_before_noun() -> Iterator[Case]:
    yield from _figures_before_noun(GOAL_CUES, "goal")


@capability("targets", "result cue before a figure and the noun it counts (已引进40个亿元以上项目)")
def result_before_noun() -> Iterator[Case]:
    yield from _figures_before_noun(("已", "共", "累计"), "result")


@capability("targets", "no cue: a bare figure is unknown (外资项目9个)")
def bare_figure_unknown() -> Iterator[Case]:
    cities = _cities()
    nouns = ("外资项目", "内资项目", "注册资本", "总投资", "用地面积", "亿元以上项目", "外方投入")
    units = ("个", "个", "亿元", "亿元", "亩", "个", "万美元")
    for noun, unit in zip(nouns, units, strict=True):
        for number, after in product(AMOUNTS if unit in MONEY else COUNTS, QUALIFIERS_AFTER):
            sentence = f"{noun}{number}{unit}{after}。"
            yield Case(_capture(next(cities), sentence), _expect("unknown", noun, number, unit), note=sentence)
