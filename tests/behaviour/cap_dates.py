"""Date capabilities: every written form of the event's day and of where its year is stated.

Each capability runs over a grid of years, months and days (2006-2025, every month, days early and
late in the month), the place rotating over the prefecture-level cities of divisions.tsv, so no
case depends on one date or one place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator

from behaviour.captures import Capture, captures, hard_wrapped, to_traditional, with_furniture
from behaviour.places import of_level, unique_name
from behaviour.suite import Case, capability
from builder.resources import data_json, surnames

YEARS = range(2006, 2026)
BODY = "会议要求，各部门要紧盯重点项目，强化服务保障，推动签约项目早落地、早开工、早投产。"
CHINESE_DIGITS = "〇一二三四五六七八九"


def _chinese_number(n: int) -> str:
    """一 … 三十一, as dates are written in Chinese numerals."""
    tens, ones = divmod(n, 10)
    return ("" if tens < 2 else CHINESE_DIGITS[tens]) + ("十" if tens else "") + (CHINESE_DIGITS[ones] if ones else "")


def _chinese_year(year: int) -> str:
    return "".join(CHINESE_DIGITS[int(d)] for d in str(year))


def _places() -> list[str]:
    return [p.name for p in of_level("city") if unique_name(p)]


def _grid(months: Iterable[int] = range(1, 13)) -> Iterator[tuple[int, dt.date, str]]:
    """(index, day, place): every year, each month, a day that moves through the month."""
    places = _places()
    index = 0
    for year in YEARS:
        for month in months:
            day = 2 + (year * 7 + month * 5) % 25  # 2..26, so the day after next is in the same month
            yield index, dt.date(year, month, day), places[index % len(places)]
            index += 1


def _news(title: str, lead: str, page: str | None = None) -> str:
    lines = [title, page, lead, BODY]
    return "\n\n".join(line for line in lines if line) + "\n"


def _day(when: dt.date, year: int | None, source: str | None, inferred: bool) -> dict[str, object]:
    return {
        "date.year": year,
        "date.month": when.month,
        "date.day": when.day,
        "date.year_source": source,
        "date.year_inferred": inferred,
    }


FORMS_WITH_YEAR: tuple[Callable[[dt.date], str], ...] = (
    lambda d: f"{d.year}年{d.month}月{d.day}日",
    lambda d: f"{d.year}年{d.month}月{d.day}日上午",
    lambda d: f"{d.year}年{d.month}月{d.day}号",
    lambda d: f"{_chinese_year(d.year)}年{_chinese_number(d.month)}月{_chinese_number(d.day)}日",
)
FORMS_WITHOUT_YEAR: tuple[Callable[[dt.date], str], ...] = (
    lambda d: f"{d.month}月{d.day}日",
    lambda d: f"{d.month}月{d.day}日下午",
    lambda d: f"{d.month}月{d.day}号",
    lambda d: f"{d.month}月{d.day}日-{d.day + 1}日",
    lambda d: f"{d.month}月{d.day}日至{d.day + 1}日",
    lambda d: f"{d.month}月{d.day}至{d.day + 1}日",
    lambda d: f"{d.month}月{d.day}-{d.day + 1}日",
)
PAGE_DATES: tuple[Callable[[dt.date], str], ...] = (
    lambda d: f"发布时间：{d.year}-{d.month:02}-{d.day:02}",
    lambda d: f"{d.day:02}.{d.month:02}.{d.year}",
    lambda d: f"{d.year}-{d.month:02}-{d.day:02} 16:40",
    lambda d: f"{d.year}/{d.month}/{d.day}",
    lambda d: f"发布日期：{d.year}年{d.month:02}月{d.day:02}日 08:30",
    lambda d: f"时间：{d.year}.{d.month}.{d.day}",
)
ADDRESSES: tuple[Callable[[dt.date], str], ...] = (
    lambda d: f"http://www.zsyz.gov.cn/news/{d.year}-{d.month:02}-{d.day:02}/8341.html",
    lambda d: f"http://www.zsyz.gov.cn/content/{d.year}-{d.month:02}/{d.day:02}/content_8341.htm",
    lambda d: f"http://www.zsyz.gov.cn/xwzx/t{d.year}{d.month:02}{d.day:02}_8341.html",
    lambda d: f"http://www.zsyz.gov.cn/art/{d.year}/{d.month}/{d.day}/art_1_8341.html",
)


def _meeting(place: str) -> str:
    return f"{place}召开招商引资工作推进会议，研究部署下一阶段重点工作。"


@capability("date", "event day with its year, in every written form")
def day_with_year() -> Iterator[Case]:
    for index, when, place in _grid():
        written = FORMS_WITH_YEAR[index % len(FORMS_WITH_YEAR)](when)
        yield Case(
            _news(f"{place}召开招商引资工作推进会议", f"{written}，{_meeting(place)}"),
            _day(when, when.year, "text", False) | {"date.event": when.isoformat()},
            note=written,
        )


def _lead_on_a_dated_page(place: str, written: str, page_line: str, expected: dict[str, object]) -> Case:
    """A meeting's report whose lead opens with the day as `written`, on a page dated by `page_line`."""
    return Case(
        _news(f"{place}召开招商引资工作推进会议", f"{written}，{_meeting(place)}", page_line),
        expected,
        note=f"{page_line} / {written}",
    )


def _days_on_dated_pages(
    forms: tuple[Callable[[dt.date], str], ...], days_later: int
) -> Iterator[tuple[int, dt.date, str, Case]]:
    """A day written in one of `forms` without its year, in a lead on a page dated `days_later` days after it in
    each common form: the day takes the page's year."""
    for index, when, place in _grid():
        written = forms[index % len(forms)](when)
        page = when + dt.timedelta(days=days_later)
        page_line = PAGE_DATES[index // len(forms) % len(PAGE_DATES)](page)
        case = _lead_on_a_dated_page(
            place,
            written.rstrip("，"),
            page_line,
            _day(when, when.year, "page_date", True) | {"date.published": page.isoformat()},
        )
        yield index, when, place, case


@capability("date", "event day without its year, on a page dated in any common form")
def day_on_dated_page() -> Iterator[Case]:
    for _index, _when, _place, case in _days_on_dated_pages(FORMS_WITHOUT_YEAR, days_later=2):
        yield case


@capability("date", "year stated in the title or in the meeting's name")
def year_in_title_or_name() -> Iterator[Case]:
    for index, when, place in _grid():
        y, day = when.year, f"{when.month}月{when.day}日"
        forms = (
            (f"{place}召开{y}招商引资工作大会", f"{day}，{place}召开招商引资工作大会。", "title"),
            (f"{place}{y}年第二批重点项目集中签约", f"{day}，{place}举行重点项目集中签约仪式。", "title"),
            (f"{y}年招商引资攻坚月活动启动", f"{day}，{place}召开招商引资攻坚月活动动员会。", "title"),
            (f"{place}召开招商引资工作会议", f"{day}，{place}召开{y}年全市招商引资工作会议。", "event_name"),
            (f"{place}重点项目集中签约", f"{day}，全区{y}年第二批重点项目集中签约仪式在{place}举行。", "event_name"),
        )
        title, lead, source = forms[index % len(forms)]
        yield Case(_news(title, lead + BODY), _day(when, y, source, False), note=f"{title} / {lead}")


@capability("date", "a period reported in the text gives the year of a meeting late in it")
def year_from_period() -> Iterator[Case]:
    for index, when, place in _grid(range(7, 13)):
        periods = ["上半年", f"1-{when.month - 1}月", f"前{when.month - 1}个月"]
        if when.month >= 10:
            periods.append("前三季度")
        period = periods[index % len(periods)]
        reported = f"通报{when.year}年{period}全市招商引资工作情况。"
        lead = f"{when.month}月{when.day}日，{place}召开招商引资工作推进会，{reported}"
        yield Case(_news(f"{place}召开招商引资工作推进会", lead), _day(when, when.year, "context", True), note=lead)


@capability("date", "last year's results reported at a meeting are not the meeting's year")
def last_years_results() -> Iterator[Case]:
    for _, when, place in _grid(range(1, 4)):
        before = when.year - 1
        lead = (
            f"{when.month}月{when.day}日，{place}召开招商引资工作会议，通报了{before}年全市招商引资工作情况，"
            f"表彰了{before}年度招商引资先进单位。"
        )
        page = f"发布时间：{when.year}-{when.month:02}-{when.day + 1:02}"
        yield Case(
            _news(f"{place}召开招商引资工作会议", lead, page), _day(when, when.year, "page_date", True), note=lead
        )


REVIEWS = (
    "通报了{y}年全市招商引资工作情况，表彰了{y}年度招商引资先进单位。",
    "总结{y}年招商引资工作，部署下一阶段重点任务。",
    "听取了{y}年度全市招商引资工作情况汇报。",
    "回顾了{y}年招商引资工作取得的成绩。",
)


@capability("date", "a meeting reviewing a whole year, on an undated page: the next year early on, that year late")
def year_reviewed_undated() -> Iterator[Case]:
    """No page date, no year beside the meeting: a review of 2022 at a meeting in 1-4月 was held in
    2023, at one in 11-12月 in 2022; between, the text does not say."""
    for index, when, place in _grid():
        early, late = when.month <= 4, when.month >= 11
        reviewed = when.year - 1 if early else when.year
        review = REVIEWS[index % len(REVIEWS)].format(y=reviewed)
        lead = f"{when.month}月{when.day}日，{place}召开招商引资工作会议，{review}"
        year = when.year if early or late else None
        expect = _day(when, year, "context" if year else None, year is not None)
        yield Case(_news(f"{place}召开招商引资工作会议", lead), expect, note=lead)


COMMITMENTS = (
    "会上签订了{y}年招商引资目标责任书。",
    "会上，各镇（街道）主要负责人签署了{y}年度招商引资工作责任状。",
    "会议还签订了{y}年招商引资责任书和部分项目合作协议。",
)


@capability("date", "a meeting signing a year's letters of responsibility (签订了2023年…责任书) is in that year")
def year_of_letters_signed() -> Iterator[Case]:
    """On an undated page: the year signed for; a meeting from October on prepares the next year.
    A speech that gives no day at all is of the year it signs for."""
    for index, when, place in _grid():
        signed = when.year + (when.month >= 10)
        commitment = COMMITMENTS[index % len(COMMITMENTS)].format(y=signed)
        if index % 4 == 3:
            text = (
                f"在{place}招商引资工作会议上的讲话\n\n同志们：\n\n今天，我们召开全市招商引资工作会议。{commitment}"
                "下面，我讲三点意见。\n\n一、统一思想，提高认识\n\n招商引资是经济工作的生命线。\n"
            )
            expect = {"date.year": signed, "date.month": None, "date.year_source": "context"}
        else:
            lead = f"{when.month}月{when.day}日，{place}召开招商引资工作会议。{commitment}"
            text = _news(f"{place}召开招商引资工作会议", lead)
            expect = _day(when, when.year, "context", True)
        yield Case(text, expect, note=commitment)


@capability("date", "a year in the meeting's name against the news page's own date")
def meeting_year_against_page_date() -> Iterator[Case]:
    """召开2023年度…总结表彰大会 reported in January 2024 took place in 2024; a report of
    召开2009年…大会 on a page dated years later (a repost) keeps 2009."""
    for index, when, place in _grid(range(1, 4)):
        page = when + dt.timedelta(days=1)
        if index % 2:
            lead = f"{when.month}月{when.day}日，{place}召开{when.year - 1}年度招商引资工作总结表彰大会。"
            expect = _day(when, when.year, "page_date", True)
            page_line = f"发布时间：{page.year}-{page.month:02}-{page.day:02}"
        else:
            lead = f"{when.month}月{when.day}日，{place}召开{when.year}年全市招商引资工作会议。"
            expect = _day(when, when.year, "event_name", False)
            page_line = f"发布时间：{page.year + 6}-{page.month:02}-{page.day:02}"
        yield Case(_news(f"{place}召开招商引资工作会议", lead + BODY, page_line), expect, note=f"{page_line} / {lead}")


# Parts of a year a meeting reviews, with the month each ends in.
REVIEWED_PARTS = (
    ("1-11月", 11),
    ("前11个月", 11),
    ("1-12月", 12),
    ("下半年", 12),
    ("四季度", 12),
    ("第四季度", 12),
    ("上半年", 6),
    ("前三季度", 9),
    ("一至十一月", 11),
)
PART_REVIEWS = (
    "通报了{y}年{p}全市招商引资工作情况。",
    "总结{y}年{p}招商引资工作，部署下一阶段重点任务。",
    "听取了{y}年{p}全市招商引资工作情况汇报。",
    "回顾了{y}年{p}招商引资工作取得的成绩。",
)


@capability(
    "date", "a meeting reviewing a part of a year (通报2023年1-11月…情况): that year once it ends, else the next"
)
def year_of_a_reviewed_part() -> Iterator[Case]:
    """On an undated page: a part of the year reviewed at a meeting in its last month or later is of the
    meeting's year; reviewed in the first months of a year before its own last month, it is last year's."""
    for index, when, place in _grid():
        part, last = REVIEWED_PARTS[index % len(REVIEWED_PARTS)]
        if when.month >= last:
            reviewed = when.year
        elif when.month <= 4:
            reviewed = when.year - 1
        else:
            continue  # a part not yet ended, reviewed mid-year: the text does not say which year
        review = PART_REVIEWS[index % len(PART_REVIEWS)].format(y=reviewed, p=part)
        lead = f"{when.month}月{when.day}日，{place}召开招商引资工作会议，{review}"
        yield Case(_news(f"{place}召开招商引资工作会议", lead), _day(when, when.year, "context", True), note=lead)


DEPLOYMENTS = (
    "安排部署{y}年招商引资工作。",
    "研究部署{y}年全市招商引资重点任务。",
    "总结去年工作，安排部署{y}年度招商引资工作。",
    "谋划{y}年招商引资工作。",
    "会议提出了{y}年全市招商引资工作思路。",
)


@capability(
    "date", "a meeting deploying a year's work (安排部署2024年招商引资工作): that year early on, the year before late"
)
def year_of_work_deployed() -> Iterator[Case]:
    """On an undated page: a year's work is deployed in its first months (1-4月) or from October of the year
    before; between, the text does not say."""
    for index, when, place in _grid():
        early, late = when.month <= 4, when.month >= 10
        deployed = when.year + late
        deployment = DEPLOYMENTS[index % len(DEPLOYMENTS)].format(y=deployed)
        lead = f"{when.month}月{when.day}日，{place}召开招商引资工作会议，{deployment}"
        year = when.year if early or late else None
        expect = _day(when, year, "context" if year else None, year is not None)
        yield Case(_news(f"{place}召开招商引资工作会议", lead), expect, note=lead)


HEADLINE_NAMES = (
    "{place}召开{y}年度招商引资工作总结表彰大会",
    "{y}年{place}招商引资工作会议召开",
    "{place}召开{y}年招商引资工作部署会",
    "{place}{y}年招商引资推进大会召开",
)


@capability("date", "a year in the headline's meeting name against the news page's own date (2023年度…大会, Jan 2024)")
def headline_year_against_page_date() -> Iterator[Case]:
    """As with a year in the text's meeting name: a report dated early in a year of a meeting named for the
    year before (its review), or dated late in a year of one named for the next (its plan), took place when
    its page says; the year in the headline is the page's when they agree."""
    for index, when, place in _grid((1, 2, 3, 11, 12)):
        page = when + dt.timedelta(days=1)
        named = when.year + ((-1, 0) if when.month <= 3 else (1, 0))[index % 2]
        title = HEADLINE_NAMES[index % len(HEADLINE_NAMES)].format(place=place, y=named)
        lead = f"{when.month}月{when.day}日，{place}召开招商引资工作会议。"
        page_line = PAGE_DATES[index % len(PAGE_DATES)](page)
        source = "title" if named == when.year else "page_date"
        yield Case(_news(title, lead + BODY, page_line), _day(when, when.year, source, source != "title"), note=title)


@capability("date", "a speech dated on the line under its title")
def speech_dateline() -> Iterator[Case]:
    for index, when, place in _grid():
        forms = (
            f"（{when.year}年{when.month}月{when.day}日）",
            f"({when.year}年{when.month}月{when.day}日)",
            f"{when.year}年{when.month}月{when.day}日",
            f"（{_chinese_year(when.year)}年{_chinese_number(when.month)}月{_chinese_number(when.day)}日）",
        )
        line = forms[index % len(forms)]
        text = (
            f"在{place}招商引资工作会议上的讲话\n\n{line}\n\n同志们：\n\n今天，我们召开全市招商引资工作会议，"
            "主要任务是总结工作，分析形势，部署任务。下面，我讲三点意见。\n\n一、统一思想，提高认识\n\n"
            "招商引资是经济工作的生命线，各级各部门要把招商引资摆在突出位置。\n"
        )
        yield Case(text, _day(when, when.year, "dateline", False), note=line)


@capability("date", "year from the page's address when the page states no date")
def year_from_address() -> Iterator[Case]:
    for index, when, place in _grid():
        page = when + dt.timedelta(days=1)
        url = ADDRESSES[index % len(ADDRESSES)](page)
        yield Case(
            _news(f"{place}召开招商引资工作推进会议", f"{when.month}月{when.day}日，{_meeting(place)}"),
            _day(when, when.year, "url", True) | {"date.published": None},
            note=url,
            url=url,
        )


@capability("date", "the event's day in the lead, not the dateline's")
def dateline_against_lead() -> Iterator[Case]:
    for index, when, place in _grid():
        filed = when + dt.timedelta(days=1)
        outlet = place.removesuffix("市")
        forms = (
            f"{outlet}日报{filed.month}月{filed.day}日讯 {when.day}日上午，",
            f"本报{filed.month}月{filed.day}日讯 {when.month}月{when.day}日，",
            f"{outlet}新闻网{filed.month}月{filed.day}日讯（记者 王明）昨日，",
        )
        lead = forms[index % len(forms)] + _meeting(place)
        yield Case(
            _news(f"{place}召开招商引资工作推进会议", lead),
            {"date.month": when.month, "date.day": when.day},
            note=lead[:30],
        )


# Invariances: real captures from corpus/, perturbed; the date moves exactly as the perturbation says.
DATE_FIELDS = ("date.year", "date.month", "date.day", "date.year_source", "date.year_inferred")
# 3月5日 that is no dateline (3月5日讯, 3月5日电 name the filing day, whose form is another capability).
_FILED = re.compile(r"\d{1,2}月\d{1,2}日[^。]{0,6}?(?:电|讯|消息)")
_HEAD = 600
_MONTH_DAY = re.compile(r"(?<![\d年月])(\d{1,2})月(\d{1,2})日(?![讯电\d])")


def _with_day_written(capture: Capture, form: str) -> str | None:
    """The capture with its event's 月日 written in `form` ({m}, {d}, and {e} for the next day)
    wherever it is written so; None if its event has no such day."""
    found = _MONTH_DAY.match(capture.article.date.expression or "")
    if not found or capture.article.date.day is None:
        return None
    month, day = found.group(1), found.group(2)
    same = re.compile(rf"(?<![\d年月]){month}月{day}日(?![讯电\d])")
    text = same.sub(form.format(m=month, d=day, e=int(day) + 1), capture.text)
    return text if text != capture.text else None


@capability("date", "real captures: the event's day written 号 for 日", kind="invariance")
def day_written_hao() -> Iterator[Case]:
    for capture in captures():
        text = _with_day_written(capture, "{m}月{d}号")
        if text:
            yield capture.case(text, capture.fields(*DATE_FIELDS), "日 → 号")


@capability("date", "real captures: the event's day written as a two-day range", kind="invariance")
def day_written_as_range() -> Iterator[Case]:
    forms = ("{m}月{d}日-{e}日", "{m}月{d}日至{e}日", "{m}月{d}至{e}日")
    for index, capture in enumerate(captures()):
        form = forms[index % len(forms)]
        text = _with_day_written(capture, form)
        if text and (capture.article.date.day or 31) < 28:
            yield capture.case(text, capture.fields(*DATE_FIELDS), form)


@capability("date", "real captures: a dated page's date moved into its address", kind="invariance")
def page_date_into_address() -> Iterator[Case]:
    """A capture whose year comes from its page's date line keeps it when that line is gone and the
    address carries the date (the year is then from the url)."""
    for capture in captures():
        date = capture.article.date
        if date.year_source != "page_date" or date.published is None or _FILED.search(capture.text[:_HEAD]):
            continue  # a dateline (3月5日讯) would then date the page, with the address's year
        lines = capture.text.split("\n")
        kept = [line for line in lines if not _states(line, date.published)]
        if len(kept) == len(lines):
            continue
        url = f"http://www.zsyz.gov.cn/news/{date.published:%Y-%m-%d}/8341.html"
        expect = capture.fields("date.year", "date.month", "date.day") | {"date.year_source": "url"}
        yield capture.case("\n".join(kept), expect, f"page date → {url}", url=url)


def _states(line: str, day: dt.date) -> bool:
    """Whether a short line gives this date (the page's own date line)."""
    forms = (f"{day.year}-{day.month:02}-{day.day:02}", f"{day.year}年{day.month}月{day.day}日", f"{day:%Y年%m月%d日}")
    return len(line) < 80 and any(form in line for form in forms)


@capability("date", "real captures: converted to Traditional script (OpenCC s2t)", kind="invariance")
def date_in_traditional() -> Iterator[Case]:
    for capture in captures():
        if capture.article.script == "simplified":
            yield capture.case(to_traditional(capture.text), capture.fields(*DATE_FIELDS), "s2t")


@capability("date", "real captures: long lines hard-wrapped", kind="invariance")
def date_hard_wrapped() -> Iterator[Case]:
    for capture in captures():
        wrapped = hard_wrapped(capture.text)
        if wrapped != capture.text and capture.plain:
            yield capture.case(wrapped, capture.fields(*DATE_FIELDS), "hard-wrapped")


@capability("date", "real captures: the event's year moved into the title", kind="invariance")
def year_into_title() -> Iterator[Case]:
    """A capture whose title names its meeting, and whose year comes from its page, address or
    context or is unknown: a year written in front of the title is then the stated year (`title`,
    not inferred), the month and day as they were."""
    words = data_json("dates.json")
    meeting = re.compile(rf"[^,，。;；:：]{{0,30}}?(?:{'|'.join(words['meetings'] + words['title_events'])})")
    for index, capture in enumerate(captures()):
        date, title = capture.article.date, capture.article.title or ""
        written = capture.article.title_original or ""
        if date.year_source in ("text", "title", "dateline") or not meeting.match(title):
            continue
        lines = capture.text.split("\n")
        if written not in (line.strip() for line in lines) or re.search(r"\d{4}", title):
            continue  # a title glued to the first sentence is another capability's
        year = date.year or YEARS[index % len(YEARS)]
        at = next(i for i, line in enumerate(lines) if line.strip() == written)
        text = "\n".join([*lines[:at], f"{year}年{written}", *lines[at + 1 :]])
        expect = capture.fields("date.month", "date.day") | {
            "date.year": year,
            "date.year_source": "title",
            "date.year_inferred": False,
        }
        yield capture.case(text, expect, f"{year}年 + title")


@capability("date", "real captures: page furniture added above and below", kind="invariance")
def date_with_furniture() -> Iterator[Case]:
    for capture in captures():
        yield capture.case(with_furniture(capture.text), capture.fields(*DATE_FIELDS), "furniture")


# Written forms of a date that typeset and older pages use.
SPACED_FORMS: tuple[Callable[[dt.date], str], ...] = (
    lambda d: f"{d.year} 年 {d.month} 月 {d.day} 日",
    lambda d: f"{d.year}年 {d.month}月 {d.day}日",
    lambda d: f"{d.year}\u3000年\u3000{d.month}\u3000月\u3000{d.day}\u3000日",
    lambda d: f"{_chinese_year(d.year).replace('〇', '○')}年{_chinese_number(d.month)}月{_chinese_number(d.day)}日",
    lambda d: f"{_chinese_year(d.year).replace('〇', 'O')}年{_chinese_number(d.month)}月{_chinese_number(d.day)}日",
)


@capability("date", "a date written with spaces between its parts or a circle for zero (2023 年 5 月 10 日, 二○二三年)")
def day_spaced_or_circled() -> Iterator[Case]:
    for index, when, place in _grid():
        written = SPACED_FORMS[index % len(SPACED_FORMS)](when)
        yield Case(
            _news(f"{place}召开招商引资工作推进会议", f"{written}，{_meeting(place)}"),
            # As the article's text has it: cleaning writes an ideographic space as a space.
            {**_day(when, when.year, "text", False), "date.expression": written.replace("\u3000", " ")},
            note=written,
        )


@capability("date", "a day in Chinese numerals without its year (十月二十日), on a dated page")
def chinese_day_on_dated_page() -> Iterator[Case]:
    for index, when, place in _grid():
        written = f"{_chinese_number(when.month)}月{_chinese_number(when.day)}日" + ("", "上午", "下午")[index % 3]
        page = when + dt.timedelta(days=2)
        page_line = PAGE_DATES[index % len(PAGE_DATES)](page)
        yield _lead_on_a_dated_page(
            place, written, page_line, {**_day(when, when.year, "page_date", True), "date.expression": written}
        )


@capability("date", "本月10日 is a day of the page's own month")
def day_of_this_month() -> Iterator[Case]:
    for index, when, place in _grid():
        page = when + dt.timedelta(days=2)
        page_line = PAGE_DATES[index % len(PAGE_DATES)](page)
        written = f"本月{when.day}日" + ("", "上午", "下午")[index % 3]
        yield _lead_on_a_dated_page(place, written, page_line, _day(when, when.year, "page_date", True))


@capability("date", "a year in Chinese numerals in the title or the meeting's name (二〇二三年全市…会议)")
def chinese_year_in_title_or_name() -> Iterator[Case]:
    for index, when, place in _grid():
        year, day = _chinese_year(when.year), f"{when.month}月{when.day}日"
        if index % 2:
            title, lead, source = f"{year}年{place}招商引资工作会议召开", f"{day}，{_meeting(place)}", "title"
        else:
            title, lead = f"{place}召开招商引资工作会议", f"{day}，{place}召开{year}年全市招商引资工作会议。"
            source = "event_name"
        yield Case(_news(title, lead + BODY), _day(when, when.year, source, False), note=f"{title} / {lead}")


@capability("date", "the meeting's month in its year, without its day (2023年5月中旬)")
def month_of_a_year() -> Iterator[Case]:
    for index, when, place in _grid():
        written = f"{when.year}年{when.month}月" + ("上旬", "中旬", "下旬", "初", "底", "末")[index % 6]
        yield Case(
            _news(f"{place}召开招商引资工作推进会议", f"{written}，{_meeting(place)}"),
            {"date.year": when.year, "date.month": when.month, "date.day": None, "date.year_source": "text"},
            note=written,
        )


@capability("date", "a deadline's month ending a line (完成时限：2024年12月) is not the meeting's date")
def deadline_month_ending_a_line() -> Iterator[Case]:
    for index, when, place in _grid():
        deadline = f"{when.year + 1}年{1 + index % 12}月"
        lead = f"重点任务。完成时限：{deadline}\n{when.month}月{when.day}日，{_meeting(place)}"
        page_line = PAGE_DATES[index % len(PAGE_DATES)](when + dt.timedelta(days=1))
        yield Case(
            _news(f"{place}召开招商引资工作推进会议", lead, page_line),
            _day(when, when.year, "page_date", True),
            note=f"{page_line} / {deadline}",
        )


@capability("date", "a day of this year or last year (今年5月10日, 去年12月28日), on a dated page")
def day_of_a_named_year() -> Iterator[Case]:
    for index, when, place in _grid():
        if index % 2:
            page, written = when + dt.timedelta(days=2), f"今年{when.month}月{when.day}日"
        else:
            page = dt.date(when.year + 1, 1 + index % 3, 10)
            written = f"去年{when.month}月{when.day}日"
        page_line = PAGE_DATES[index % len(PAGE_DATES)](page)
        yield _lead_on_a_dated_page(place, written, page_line, _day(when, when.year, "page_date", True))


BRACKETED_PAGE_DATES: tuple[Callable[[dt.date], str], ...] = (
    lambda d: f"【发布时间：{d.year}-{d.month:02}-{d.day:02}】",
    lambda d: f"[发布日期：{d.year}-{d.month}-{d.day}]",
    lambda d: f"【时间：{d.year}年{d.month}月{d.day}日】",
    lambda d: f"【 更新时间：{d.year}/{d.month:02}/{d.day:02} 10:21 】",
)


@capability("date", "a page's date line in brackets (【发布时间：2023-05-10】)")
def bracketed_page_date() -> Iterator[Case]:
    for index, when, place in _grid():
        page = when + dt.timedelta(days=1)
        page_line = BRACKETED_PAGE_DATES[index % len(BRACKETED_PAGE_DATES)](page)
        written = FORMS_WITHOUT_YEAR[index % len(FORMS_WITHOUT_YEAR)](when)
        yield _lead_on_a_dated_page(
            place, written, page_line, _day(when, when.year, "page_date", True) | {"date.published": page.isoformat()}
        )


MORE_ADDRESSES: tuple[Callable[[dt.date], str], ...] = (
    lambda d: f"http://www.zsyz.gov.cn/a/{d.year}{d.month:02}{d.day:02}153012.html",
    lambda d: f"http://www.zsyz.gov.cn/zwgk/{d.year}{d.month:02}/t{d.year}{d.month:02}{d.day:02}_8341.html",
    lambda d: f"https://www.zsyz.com.cn/system/{d.year}/{d.month:02}/{d.day:02}/030012345.shtml",
    lambda d: f"http://www.zsyz.gov.cn/html/{d.year}-{d.month}/{d.day}/8341.html",
)


@capability("date", "year from a page's address in other forms (a time stamp /20230510153012.html, /2023-5/10/)")
def year_from_other_addresses() -> Iterator[Case]:
    for index, when, place in _grid():
        url = MORE_ADDRESSES[index % len(MORE_ADDRESSES)](when + dt.timedelta(days=1))
        yield Case(
            _news(f"{place}召开招商引资工作推进会议", f"{when.month}月{when.day}日，{_meeting(place)}"),
            _day(when, when.year, "url", True) | {"date.published": None},
            note=url,
            url=url,
        )


def _chinese_date(d: dt.date, zero: str = "〇") -> str:
    return f"{_chinese_year(d.year).replace('〇', zero)}年{_chinese_number(d.month)}月{_chinese_number(d.day)}日"


DATE_LINES_UNDER_THE_HEADLINE: tuple[Callable[[dt.date], str], ...] = (
    lambda d: _chinese_date(d),
    lambda d: f"（{_chinese_date(d)}）",
    lambda d: f"({_chinese_date(d, '○')})",
    lambda d: f"【{_chinese_date(d)}】",
    lambda d: _chinese_date(d, "O"),
    lambda d: f"（{d.year}年{d.month}月{d.day}日）",
    lambda d: f"[{d.year}年{d.month}月{d.day}日]",
    lambda d: f"[{d.year}-{d.month:02}-{d.day:02}]",
    lambda d: f"【{d.year}-{d.month:02}-{d.day:02} 10:20】",
    lambda d: f"({d.year}.{d.month}.{d.day})",
)


@capability("date", "a page's date line under the headline in Chinese numerals or brackets (（二〇二三年六月十三日）)")
def date_line_in_chinese_numerals() -> Iterator[Case]:
    for index, when, place in _grid():
        page = when + dt.timedelta(days=1)
        page_line = DATE_LINES_UNDER_THE_HEADLINE[index % len(DATE_LINES_UNDER_THE_HEADLINE)](page)
        written = FORMS_WITHOUT_YEAR[index % len(FORMS_WITHOUT_YEAR)](when)
        yield _lead_on_a_dated_page(
            place,
            written,
            page_line,
            _day(when, when.year, "page_date", True) | {"date.published": page.isoformat(), "subtitle": None},
        )


@capability("date", "a document's signature date in Chinese numerals stays its date, not the page's")
def signature_date_in_chinese_numerals() -> Iterator[Case]:
    for index, when, place in _grid():
        signed = _chinese_date(when, "〇○O"[index % 3])
        text = (
            f"{place}人民政府办公室关于印发招商引资奖励办法的通知\n\n各县（市、区）人民政府，市直各单位：\n\n"
            f"现将《{place}招商引资奖励办法》印发给你们，请认真贯彻执行。\n\n{place}人民政府办公室\n\n{signed}\n"
        )
        yield Case(text, _day(when, when.year, "text", False) | {"date.published": None}, note=signed)


DASHED_RANGES: tuple[Callable[[dt.date], str], ...] = (
    lambda d: f"{d.month}月{d.day}—{d.day + 1}日",
    lambda d: f"{d.month}月{d.day}日—{d.day + 1}日",
    lambda d: f"{d.month}月{d.day}日～{d.day + 1}日",
    lambda d: f"{d.month}月{d.day}–{d.day + 1}日",
    lambda d: f"{d.month}月{d.day}日到{d.day + 1}日",
)


@capability("date", "a two-day range written with a dash or a wave (9月6—7日, 9月6日～7日): its first day")
def dashed_range() -> Iterator[Case]:
    for index, when, place in _grid():
        page = when + dt.timedelta(days=2)
        page_line = PAGE_DATES[index % len(PAGE_DATES)](page)
        written = DASHED_RANGES[index % len(DASHED_RANGES)](when)
        yield _lead_on_a_dated_page(place, written, page_line, _day(when, when.year, "page_date", True))


QUOTED_NAMES = (
    "“招商引资攻坚年”活动推进会",
    "“项目建设年”动员大会",
    "「双招双引」工作会议",
    "《招商引资十条》政策解读会",
    "“招商引资突破年”调度会",
)


@capability("date", "a year before a quoted event name (召开2023“招商引资攻坚年”活动推进会)")
def year_before_a_quoted_name() -> Iterator[Case]:
    for index, when, place in _grid():
        name = QUOTED_NAMES[index % len(QUOTED_NAMES)]
        lead = f"{when.month}月{when.day}日，{place}召开{when.year}{name}。"
        yield Case(_news(f"{place}召开{name}", lead + BODY), _day(when, when.year, "event_name", False), note=lead)


# A day written without its month in 号 (the page's month), and a day in brackets after a vague word.
LOOSE_DAYS: tuple[Callable[[dt.date], str], ...] = (
    lambda d: f"{d.day}号上午",
    lambda d: f"{d.day}号下午",
    lambda d: f"{d.day}号晚上",
    lambda d: f"近日（{d.month}月{d.day}日），",
    lambda d: f"日前（{d.month}月{d.day}日），",
    lambda d: f"近日({d.month}月{d.day}日)，",
)


# A number and 号 that is an address, not a day.
NUMBERED_SITES = (
    "项目落户园区{n}号，在开发区管委会举行签约仪式。",
    "{place}工业园纬三路{n}号，举行重点项目集中签约仪式。",
    "项目选址产业园{n}号地块，在{place}举行签约仪式。",
)


@capability("date", "a day written 号 without its month (6号上午) or after 近日 (近日（5月6日）); 园区5号 is none")
def loose_day_on_dated_page() -> Iterator[Case]:
    for index, when, place, case in _days_on_dated_pages(LOOSE_DAYS, days_later=1):
        yield case
        address = NUMBERED_SITES[index % len(NUMBERED_SITES)].format(n=when.day, place=place)
        yield Case(_news(f"{place}举行重点项目签约仪式", address), {"date.day": None}, note=address)


# Datelines in the forms papers and agencies file them: {o} the outlet's place word, {p} the city, {m} {d} the
# day, {y} the year where the dateline writes one.
DATELINES = (
    "{o}日报{m}月{d}日讯 ",
    "本报讯（记者 {r}）{m}月{d}日讯 ",
    "新华社{o}{m}月{d}日电 ",
    "{o}新闻网{m}月{d}日讯（记者 {r} 通讯员 {s}）",
    "中新社{o}{m}月{d}日电（记者 {r}）",
    "{o}在线{y}年{m}月{d}日讯 ",
)
# A lead that names a vague day under the dateline: the dateline's day is not the event's; nor is the day a site
# carried a report (7月17日消息).
VAGUE_LEADS = ("日前，", "近日，")
CARRIED = ("{o}网{m}月{d}日消息，", "{o}新闻网{m}月{d}日消息 ")
# Leads under a dateline that place the occasion at another time (recent, past, coming, over days) or report
# no occasion at all (figures learned from an office): the dateline's day is not the event's. {p}: the place.
NOT_THE_DAY_LEADS = (
    "近期，{p}召开招商引资工作推进会议，研究部署下一阶段重点工作。",
    "前不久，{p}党政代表团赴长三角地区考察招商，对接企业20家。",
    "上周，{p}举行重点项目集中签约仪式，签约项目16个。",
    "连日来，{p}各地掀起招商引资热潮，一批重点项目集中开工。",
    "记者从{p}投资促进局获悉，一季度新签约项目40个，总投资120亿元。",
    "第二届{p}投资贸易洽谈会将于下月在会展中心举行。",
    "{p}一季度实际利用外资同比增长12%，外贸进出口稳中有进。",
    "今年以来，{p}新签约亿元以上项目36个。",
)


def _reporter(index: int) -> str:
    single = surnames()[0]
    given = "明华伟军磊静丽强敏洋"
    return single[index * 7 % len(single)] + given[index % len(given)] + given[(index * 3 + 1) % len(given)]


@capability("date", "a dateline's day (5月6日讯, 南京5月6日电) is the event's day when the lead names none")
def dateline_day_without_a_lead_day() -> Iterator[Case]:
    for index, when, place in _grid():
        form = DATELINES[index % len(DATELINES)]
        outlet, reporter, other = place.removesuffix("市"), _reporter(index), _reporter(index + 5)
        line = form.format(o=outlet, m=when.month, d=when.day, y=when.year, r=reporter, s=other)
        lead = line + _meeting(place)
        page = when + dt.timedelta(days=index % 2)
        page_line = PAGE_DATES[index // len(DATELINES) % len(PAGE_DATES)](page)
        if "{y}" in form:
            expected = _day(when, when.year, "dateline", False)
        else:
            expected = _day(when, when.year, "page_date", True)
        yield Case(_news(f"{place}召开招商引资工作推进会议", lead, page_line), expected, note=lead[:30])
        vague = line + VAGUE_LEADS[index % len(VAGUE_LEADS)] + _meeting(place)
        yield Case(
            _news(f"{place}召开招商引资工作推进会议", vague, page_line),
            {"date.month": None, "date.day": None},
            note=f"vague: {vague[:30]}",
        )
        other_time = line + NOT_THE_DAY_LEADS[index % len(NOT_THE_DAY_LEADS)].format(p=place)
        yield Case(
            _news(f"{place}招商引资工作取得新成效", other_time, page_line),
            {"date.month": None, "date.day": None},
            note=f"not the day: {other_time[:40]}",
        )
        carried = CARRIED[index % len(CARRIED)].format(o=outlet, m=when.month, d=when.day) + _meeting(place)
        yield Case(
            _news(f"{place}召开招商引资工作推进会议", carried, page_line),
            {"date.month": None, "date.day": None},
            note=f"carried: {carried[:30]}",
        )
