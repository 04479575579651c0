"""Targets in a report's breakdowns of a year's work: a year's task named by its figure with its full
indicator, then what a period did of it and the rate (今年全市招商引资到位资金任务500亿元,1-9月完成356.2亿元,
完成率71.2%); figures listed place by place under a label that names the indicator, the places it is given
for and the report word (各县区招商引资到位资金完成情况:睢宁县42.5亿元、新沂市38.6亿元).

Indicators and units come from the report capabilities (cap_target_reports), places from divisions.tsv.
What a case expects follows tests/gold/README.md: `任务` names a goal, `完成` and its rate report results;
a figure's subject is what it counts, without the scope (各县区) and the report word (完成情况)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import cycle, product

from behaviour.cap_target_reports import AMOUNTS, COUNTS
from behaviour.cap_target_subjects import _counties
from behaviour.cap_targets import _cities
from behaviour.suite import Case, capability
from builder.resources import data_tsv

TITLES = ("关于{city}2023年1-9月招商引资工作情况的通报", "{city}2023年前三季度招商引资工作总结")
YEARS = ("今年", "全年", "2023年", "")
SCOPES = ("全市", "全县", "{county}", "")
TASK_NOUNS = ("任务", "年度任务", "目标任务")
PERIODS = ("1-9月", "截至9月底,", "前三季度", "")
INDICATORS = [(noun, unit, figures) for noun, unit, figures in (*AMOUNTS, *COUNTS)]


def _capture(city: str, title: str, body: str) -> str:
    return f"{title.format(city=city)}\n\n{body}\n\n{city}招商引资工作领导小组办公室\n"


@capability("targets", "a year's task with its full indicator, then a period's done figure and rate: goal, results")
def task_then_period_done() -> Iterator[Case]:
    cities, counties, titles = _cities(), _counties(), cycle(TITLES)
    frames = product(INDICATORS, YEARS, SCOPES)
    for index, ((indicator, unit, figures), year, scope) in enumerate(frames):
        task, done = f"{float(figures[2]) * 2:g}", figures[1]
        rate = f"{float(done) / float(task) * 100:.1f}"
        place = scope.format(county=next(counties)[0])
        noun, period = TASK_NOUNS[index % len(TASK_NOUNS)], PERIODS[index % len(PERIODS)]
        body = f"{year}{place}{indicator}{noun}{task}{unit},{period}完成{done}{unit},完成率{rate}%。"
        expect = {"targets[].value_text": [task, done, rate], "targets[].status": ["goal", "result", "result"]}
        yield Case(_capture(next(cities), next(titles), body), expect, note=body)


# Who a breakdown is given for, and the report word its label ends with.
AGENTS = ("各县区", "各县(市、区)", "各地", "各县市区", "")
REPORT_WORDS = ("完成情况", "情况", "进展情况", "")
JOINS = ("、", ",", ";")


@capability(
    "targets", "figures listed by place under a label (各县区…到位资金完成情况:A县42.5亿元) count its indicator"
)
def listed_under_a_scoped_label() -> Iterator[Case]:
    cities, counties, titles = _cities(), _counties(), cycle(TITLES)
    for index, ((indicator, unit, figures), agent, word) in enumerate(product(INDICATORS, AGENTS, REPORT_WORDS)):
        places = next(counties)
        join = JOINS[index % len(JOINS)]
        listed = join.join(f"{place}{figure}{unit}" for place, figure in zip(places, figures, strict=True))
        body = f"1-9月,{agent}{indicator}{word}:{listed}。"
        expect = {
            "targets[].value_text": list(figures),
            "targets[].subject": [indicator] * len(figures),
            "targets[].status": ["result"] * len(figures),
        }
        yield Case(_capture(next(cities), next(titles), body), expect, note=body)


# Size bands of projects a breakdown counts: (threshold written before 以上, its noun); None: no figure in it.
BANDS = (
    (None, "亿元以上项目"),
    ("5", "亿元以上项目"),
    ("10", "亿元以上项目"),
    ("20", "亿元以上工业项目"),
    ("50", "亿元以上项目"),
    ("5000", "万元以上项目"),
)
TOTALS = (
    ("力争全年新签约项目{total}个", "新签约项目", "goal"),
    ("今年全市计划引进项目{total}个", "引进项目", "goal"),
    ("1-9月,全市新签约项目{total}个", "新签约项目", "result"),
    ("今年以来,全县累计引进项目{total}个", "引进项目", "result"),
)


@capability(
    "targets", "counts of size bands listed after 其中 with 、 (其中亿元以上项目45个、10亿元以上项目8个): each its own"
)
def size_bands_after_a_breakdown() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    pairs = [(a, b) for a, b in product(BANDS, BANDS) if a != b and b[0] is not None]
    for index, ((first, second), (total_frame, total_noun, status)) in enumerate(product(pairs, TOTALS)):
        total, counts = str(120 + index), (str(40 + index % 20), str(5 + index % 7))
        items, figures = [], [(total, total_noun)]
        for (threshold, noun), count in zip((first, second), counts, strict=True):
            items.append(f"{threshold or ''}{noun}{count}个")
            if threshold is not None:
                figures.append((threshold, noun.split("以上", 1)[1]))  # 10亿元以上项目: 10亿元 counts 项目
            figures.append((count, f"{threshold or ''}{noun}"))
        body = f"{total_frame.format(total=total)},其中{'、'.join(items)}。"
        expect = {
            "targets[].value_text": [value for value, _ in figures],
            "targets[].subject": [subject for _, subject in figures],
            "targets[].status": [status] * len(figures),
        }
        yield Case(_capture(next(cities), next(titles), body), expect, note=body)


@capability(
    "targets",
    "a place's item after ; naming only its place counts what the item before counts (甲县完成…;乙县完成38.6亿元)",
)
def places_item_by_item() -> Iterator[Case]:
    cities, counties, titles = _cities(), _counties(), cycle(TITLES)
    for index, (indicator, unit, figures) in enumerate(INDICATORS * 8):
        first, second, third = next(counties)
        shares = (str(60 + index % 30), str(50 + index % 25))
        if index % 2:
            body = (
                f"1-9月,{first}完成{indicator}{figures[2]}{unit},占年度任务的{shares[0]}%;"
                f"{second}完成{figures[1]}{unit},占年度任务的{shares[1]}%;{third}完成{figures[0]}{unit}。"
            )
            found = [(figures[2], indicator), (shares[0], "年度任务"), (figures[1], indicator)]
            found += [(shares[1], "年度任务"), (figures[0], indicator)]
        else:
            body = (
                f"1-9月,{first}{indicator}{figures[2]}{unit},同比增长{shares[0]}%;"
                f"{second}{figures[1]}{unit};{third}{figures[0]}{unit}。"
            )
            found = [(figures[2], indicator), (shares[0], "同比增长"), (figures[1], indicator), (figures[0], indicator)]
        expect = {
            "targets[].value_text": [value for value, _ in found],
            "targets[].subject": [subject for _, subject in found],
            "targets[].status": ["result"] * len(found),
        }
        yield Case(_capture(next(cities), next(titles), body), expect, note=body)


def _places_holding_cues() -> list[str]:
    """Counties whose full names hold a word that cues a status (高要区: 要, 将乐县: 将, 应城市: 应)."""
    cues = ("要", "将", "应", "共", "须", "拟")
    return [
        row["name"]
        for row in data_tsv("divisions.tsv")
        if row["level"] == "county" and len(row["name"]) >= 3 and any(cue in row["name"] for cue in cues)
    ]


@capability("targets", "a county whose name holds a cue word (高要区, 将乐县, 应城市) sets no goal: a report's figures")
def place_names_holding_cues() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    frames = (
        "1-9月,{place}签约项目{n}个,总投资{m}亿元。",
        "今年以来,{place}新引进项目{n}个,到位资金{m}亿元。",
        "各县区签约项目情况:{other}{k}个、{place}{n}个。",
        "{place}实际到位资金{m}亿元,同比增长{n}%。",
    )
    for index, (place, frame) in enumerate(product(_places_holding_cues() * 4, frames)):
        n, m, k = str(10 + index % 30), str(20 + index % 50), str(5 + index % 9)
        body = frame.format(place=place, n=n, m=m, k=k, other="城关区")
        values = [k, n] if "{other}" in frame else [m, n] if frame.startswith("{place}") else [n, m]
        expect = {"targets[].value_text": values, "targets[].status": ["result"] * len(values)}
        yield Case(_capture(next(cities), next(titles), body), expect, note=body)
