"""Amount and deadline capabilities, generated from the units of builder/data/amounts.json and targets.json
and from every month, quarter, half-year, span of years and five-year plan."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from behaviour.suite import Case, capability
from builder.resources import data_json

EVENT = dt.date(2024, 6, 15)
CAPTURE = (
    "{city}召开招商引资工作推进会\n\n2024年6月15日，{city}召开全市招商引资工作推进会，研究部署下一阶段招商工作。"
    "会议要求，{goal}\n"
)
CITY = "湖州市"
NUMBERS = ("3", "12.5", "480")
CHINESE_DIGITS = "一二三四五"


def _case(goal: str, expect: dict, note: str) -> Case:
    return Case(CAPTURE.format(city=CITY, goal=goal), expect, note=note)


def _findable_units() -> set[str]:
    """The units the target finder reads after a number (targets.json)."""
    words = data_json("targets.json")
    return {words["unit_aliases"].get(u, u) for u in words["units"] + words["money_units"]}


@capability("targets.amount", "every money unit the target finder knows, in yuan, dollars, euros ...")
def money_units() -> Iterator[Case]:
    money = data_json("amounts.json")["money"]
    for unit in sorted(set(money) & _findable_units()):
        factor, currency = money[unit]
        for number in NUMBERS:
            amount = float(Decimal(number) * Decimal(factor))
            yield _case(
                f"全年新签约项目总投资力争达到{number}{unit}。",
                {"targets[].amount": [amount], "targets[].currency": [currency]},
                note=f"{number}{unit}",
            )


@capability("targets.amount", "bare 亿 and 万: money in a sentence about money, a plain number elsewhere")
def bare_multipliers() -> Iterator[Case]:
    for multiplier, factor in data_json("amounts.json")["multipliers"].items():
        for number in NUMBERS:
            amount = float(Decimal(number) * Decimal(factor))
            yield _case(
                f"全年实际到位资金力争达到{number}{multiplier}。",
                {"targets[].amount": [amount], "targets[].currency": ["CNY"]},
                note=f"money {number}{multiplier}",
            )
            yield _case(
                f"全年接待游客力争达到{number}{multiplier}。",
                {"targets[].amount": [amount], "targets[].currency": [None]},
                note=f"count {number}{multiplier}",
            )


@capability("targets.amount", "ranges in every mark between their ends")
def ranges() -> Iterator[Case]:
    for mark in data_json("amounts.json")["range_marks"]:
        for low, high, unit, factor in (("3", "5", "亿元", 100_000_000), ("2", "4", "个", 1)):
            yield _case(
                f"每个乡镇全年引进项目{low}{mark}{high}{unit}。",
                {
                    "targets[].amount_low": [int(low) * factor],
                    "targets[].amount_high": [int(high) * factor],
                    "targets[].amount": [None],
                },
                note=f"{low}{mark}{high}{unit}",
            )


def _month_forms() -> Iterator[tuple[str, dt.date]]:
    for month in range(1, 13):
        year = EVENT.year + (month < EVENT.month)  # a month already past at the event is next year's
        last = calendar.monthrange(year, month)[1]
        for written in (str(month), _chinese(month)):
            yield f"{written}月底", dt.date(year, month, last)
            yield f"{written}月末", dt.date(year, month, last)


def _chinese(number: int) -> str:
    if number <= 10:
        return "一二三四五六七八九十"[number - 1]
    return "十" + "一二三四五六七八九"[number - 11]


def _period_forms() -> Iterator[tuple[str, dt.date]]:
    for quarter in range(1, 5):
        end = quarter * 3
        year = EVENT.year + (end < EVENT.month)
        for written in (CHINESE_DIGITS[quarter - 1], str(quarter)):
            yield f"{written}季度", dt.date(year, end, calendar.monthrange(year, end)[1])
    for words in ("年底", "年末", "年内", "下半年"):
        yield words, dt.date(EVENT.year, 12, 31)
    yield "上半年", dt.date(EVENT.year, 6, 30)
    for years in range(1, 6):
        for written in (str(years), CHINESE_DIGITS[years - 1]):
            yield f"{written}年内", EVENT.replace(year=EVENT.year + years)
    for plan, last in (("十一五", 2010), ("十二五", 2015), ("十三五", 2020), ("十四五", 2025), ("十五五", 2030)):
        yield f"“{plan}”末", dt.date(last, 12, 31)
        yield f"{plan}期末", dt.date(last, 12, 31)


@capability("targets.deadline_date", "every month, quarter, half-year, span of years and plan, said on 15 June 2024")
def deadline_forms() -> Iterator[Case]:
    for words, deadline in (*_month_forms(), *_period_forms()):
        yield _case(
            f"力争{words}引进亿元以上项目10个。",
            {"targets[].deadline_date": [deadline], "targets[].deadline_text": [words]},
            note=words,
        )


CHINESE_TENS = "一二三四五六七八九"
CONGRESS_PHRASES = (
    "深入学习贯彻党的{n}大精神",
    "认真落实党的{n}大作出的决策部署",
    "党的{n}大以来",
    "以实际行动迎接党的{n}大胜利召开",
    "贯彻党的{n}大和省委全会精神",
    "学习宣传贯彻“{n}大”精神",
)
NAMED_POLICIES = ("用好招商引资“{n}条”政策", "落实稳经济“{n}条”措施", "全面落实“{n}条”")
FIGURES = ("今年力争引进项目{v}个以上", "全年计划签约项目{v}个", "力争新引进亿元以上项目{v}个")


def _chinese_count(n: int) -> str:
    """十一 … 三十九, as numbered congresses and policies are written."""
    tens, ones = divmod(n, 10)
    return ("" if tens < 2 else CHINESE_TENS[tens - 1]) + "十" + (CHINESE_TENS[ones - 1] if ones else "")


def _numbered_names() -> Iterator[str]:
    for phrase in CONGRESS_PHRASES:
        for n in range(11, 23):
            yield phrase.format(n=_chinese_count(n))
    for phrase in NAMED_POLICIES:
        for n in range(10, 40):
            yield phrase.format(n=_chinese_count(n) if n % 2 else str(n))


@capability("targets.amount", "a party congress or a policy named by its number (党的二十大, “二十条”) gives no figure")
def numbered_names_are_no_figures() -> Iterator[Case]:
    for index, name in enumerate(_numbered_names()):
        value = 12 + index % 80
        goal = f"{name}，{FIGURES[index % len(FIGURES)].format(v=value)}。"
        yield _case(goal, {"targets[].value": [float(value)], "targets[].unit": ["个"]}, note=goal)
