"""Documents: an official text's signature date in Arabic numerals, a report's title in the forms issuers
write it, and words that end in 一 before 月 (统一月底前), over the grid of dates and places of cap_dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from behaviour.cap_dates import _day, _grid
from behaviour.suite import Case, capability

SIGNATURES: tuple[Callable[[dt.date], str], ...] = (
    lambda d: f"{d.year}年{d.month}月{d.day}日",
    lambda d: f"{d.year}-{d.month:02}-{d.day:02}",
    lambda d: f"{d.year}年{d.month:02}月{d.day:02}日",
    lambda d: f"{d.year}/{d.month}/{d.day}",
    lambda d: f"{d.year}.{d.month:02}.{d.day:02}",
)
ISSUERS = (
    "{place}人民政府",
    "{place}人民政府办公室",
    "{place}商务局",
    "{place}招商引资工作领导小组",
    "中共{place}委员会",
)
PAGE_DATES: tuple[Callable[[dt.date], str] | None, ...] = (
    None,
    lambda d: f"发布时间：{d.year}-{d.month:02}-{d.day:02}",
    lambda d: f"{d.year}-{d.month:02}-{d.day:02} 09:30",
    lambda d: f"日期：{d.year}年{d.month}月{d.day}日",
)


def _notice(place: str, issuer: str, signed: str, page_line: str | None) -> str:
    head = [f"{place}关于进一步加强招商引资工作的通知", *([page_line] if page_line else [])]
    body = [
        "各县（市、区）人民政府，市直各单位：",
        "为进一步加强招商引资工作，推动经济高质量发展，现将有关事项通知如下。",
        "一、高度重视招商引资工作，强化项目谋划和储备。",
        "二、落实招商引资工作责任，确保完成年度目标任务。",
        issuer,
        signed,
    ]
    return "\n\n".join([*head, *body]) + "\n"


@capability(
    "date", "a document's signature date in Arabic numerals (2023年5月8日, 2023-05-08) is its date, not the page's"
)
def signature_date_in_arabic_numerals() -> Iterator[Case]:
    for index, when, place in _grid():
        signed = SIGNATURES[index % len(SIGNATURES)](when)
        issuer = ISSUERS[index % len(ISSUERS)].format(place=place)
        page = PAGE_DATES[index // len(SIGNATURES) % len(PAGE_DATES)]
        published = when + dt.timedelta(days=2)
        expect = _day(when, when.year, "text", False) | {
            "date.published": published.isoformat() if page else None,
            "genre": "document",
        }
        yield Case(_notice(place, issuer, signed, page(published) if page else None), expect, note=f"{issuer} {signed}")


REPORT_TITLES = (
    "{place}人民政府关于{year}年招商引资工作情况的报告",
    "{place}商务局关于招商引资工作开展情况的报告",
    "关于{place}{year}年招商引资工作的报告（摘要）",
    "{place}发展改革委关于招商引资项目推进情况的汇报",
    "关于{year}年全市招商引资工作情况的报告(征求意见稿)",
    "{place}{year}年招商引资工作报告",
)
# News of a meeting that hears or makes a report: a verb before 关于, no issuer's name.
NEWS_OF_A_REPORT = (
    "{place}委常委会听取关于招商引资工作情况的汇报",
    "{place}政府常务会议研究关于加快招商引资的意见",
    "{place}长张三作关于全县招商引资工作的报告",
    "{place}人大常委会审议关于{year}年招商引资工作情况的报告",
    "{place}委常委会听取{place}政府关于招商引资工作的汇报",
)
HEADINGS = (("主要成效", "存在问题", "下一步打算"), ("工作开展情况", "存在的困难", "下一步工作计划"))


@capability(
    "genre", "a report's title with its issuer before 关于 or a note after it: a document (a meeting hearing one: news)"
)
def report_titles() -> Iterator[Case]:
    for index, when, place in _grid():
        title = REPORT_TITLES[index % len(REPORT_TITLES)].format(place=place, year=when.year)
        first, second, third = HEADINGS[index % len(HEADINGS)]
        text = (
            f"{title}\n\n今年以来，全市招商引资工作取得明显成效，新签约项目45个，总投资120亿元。\n\n"
            f"一、{first}\n\n全市新签约项目45个，总投资120亿元，同比增长12%。\n\n"
            f"二、{second}\n\n项目落地较慢，要素保障不足，专业招商队伍力量薄弱。\n\n"
            f"三、{third}\n\n力争全年签约项目60个以上，总投资200亿元以上。\n"
        )
        expect = {"genre": "document", "sections[].heading": [None, first, second, third]}
        yield Case(text, expect, note=title)
        headline = NEWS_OF_A_REPORT[index % len(NEWS_OF_A_REPORT)].format(place=place, year=when.year)
        text = (
            f"{headline}\n\n{when.month}月{when.day}日，{place}召开会议，听取今年以来招商引资工作情况汇报，"
            "研究部署下一阶段工作。\n\n会议要求，各部门要紧盯重点项目，强化服务保障。\n"
        )
        yield Case(text, {"genre": "news_report"}, note=headline)


# Words ending in 一 that a sentence may put right before 月底前 (统一月底前完成).
ENDING_IN_ONE = ("统一", "逐一", "同一", "单一", "划一", "统一于")


@capability("date", "统一月底前, 逐一月底前: 一 ending a word before 月 is no month, and no deadline's")
def one_ending_a_word_before_a_month() -> Iterator[Case]:
    for index, when, place in _grid():
        word = ENDING_IN_ONE[index % len(ENDING_IN_ONE)]
        text = (
            f"{place}召开招商引资工作推进会\n\n会议要求，各县区要{word}月底前完成签约项目60个以上。"
            f"\n\n会议要求，各部门要紧盯重点项目，强化服务保障。\n"
        )
        expect = {"date.month": None, "date.day": None, "targets[].deadline_text": ["月底前", "月底前"]}
        yield Case(text, expect, note=f"{word}月底前 ({when.month})")
        if index >= 120:
            return
