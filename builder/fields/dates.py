"""Date resolution: the page's own date, and the event's day resolved from the text.

Input: the page's stated date line(s) and the body (Simplified). Output: `DateInfo`. A year that
only context gives (`2025年招商工作思路` at a December meeting, `十四五开局`) sets `year_inferred`;
with no cue there is no year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from builder.fields.numerals import chinese_to_int
from builder.prefilter import behind_start_test
from builder.record.models import DateInfo, YearSource
from builder.resources import data_json

DATES = "dates.json"


def _led(pattern: str) -> re.Pattern[str]:
    """The pattern behind a test of the character a match starts with: one that opens with lookbehinds or an
    optional year is otherwise tried whole at every character of the lead (2 to 4x slower)."""
    return behind_start_test(pattern)


# A dateline opens a report with the day it was filed: `台湾网9月4日东营消息`, `中新社 香港8月13日电`;
# `3月5日召开电视电话会议` is not one, so nothing Chinese may follow 电/讯.
_DATELINE = _led(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日[\u4e00-\u9fff]{0,4}?(?:电|讯|消息)(?![\u4e00-\u9fff])")
_FULL = re.compile(
    r"(\d{4})(?:年(\d{1,2})月(\d{1,2})[日号]?|-(\d{1,2})-(\d{1,2})|/(\d{1,2})/(\d{1,2})|\.(\d{1,2})\.(\d{1,2}))(?!\d)"
)
_CHINESE_FULL = re.compile(
    r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?"
)
# A page's date written day first (12.03.2019), as some sites do.
_DAY_FIRST = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.])")
_RANGE = "[-~至到—–－～]"
# A year in front of an event's name (2018年招商引资大会, 召开2018招商引资大会, 2020中国…论坛, a quoted
# name 2023“招商引资攻坚年”活动); a number followed by a unit (2018万元, 2018个) is no year.
_YEAR_OF_NAME = (
    r"((?:19|20)\d{2})(?:年度?|(?=[“「《\"]?[\u4e00-\u9fff])"
    r"(?![年万亿元个家项人名多余户位批次期届米吨亩]))(?:全[市区县省州旗])?"
)
# A month without its day: `定于5月中旬`; `3月底前` is a deadline.
_MONTH_ONLY = _led(r"(?<![\d年月])(\d{1,2})月(?:上旬|中旬|下旬|初|底|末)(?!前)")
# A document's date stands on its own line at its end (落款).
_SIGNATURE_LINE = re.compile(
    r"^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}([-/.])\d{1,2}\1\d{1,2}"
    r"|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)\s*$"
)
# Dates in a page's address: `t20120904_`, `/2025/0512/`, `/2012/05-16/`, `/art/2013/2/5/`, a time
# stamp `/20120904153012.html`; a month `/201706/`.
_URL_DAY = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[-/_]?([01]\d)([0-3]\d)(?:(?:[01]\d|2[0-3])[0-5]\d[0-5]\d)?(?!\d)"
    r"|(?<!\d)((?:19|20)\d{2})[-/_]([01]?\d)[-/_]([0-3]?\d)(?=[/_.?#-]|$)"
)
_URL_MONTH = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/_]?([01]\d)(?=/)")
# `2013年度` names the year a document looks back on, not the year it was written.
_DOCUMENT_YEAR_LEAD = r"(\d{4})年(?!度)(\d{1,2}[-至~]\d{1,2}月)?[^,。;:]{0,24}?"
_DOCUMENT_HEAD = 200
# A cited document's title (根据《…2013年度…通知》) is not the text's own.
_CITED = re.compile(r"《[^》]*》")
# A date written with spaces between its parts (`2023 年 5 月 10 日`, as typeset pages do) and a
# year whose zero is a circle or a letter O (二○二三年) are read as written without them.
_SPACED_DATE_PART = re.compile(r"(?<=\d)[ \u3000\u00a0]+(?=[年月日号])|(?<=[年月])[ \u3000\u00a0]+(?=\d)")
_CHINESE_DIGIT = "〇零一二三四五六七八九"
_ZERO_LOOKALIKE = re.compile(rf"(?<=[{_CHINESE_DIGIT}])[○◯ＯOoО]|[○◯ＯOoО](?=[{_CHINESE_DIGIT}○◯ＯOoО]{{1,3}}年)")
# A date in Chinese numerals (二〇二三年五月十日, 十月二十日, 二〇二三年全市…) is read in Arabic digits,
# so that every rule for a year, a month and a day reads it as it reads 2023年5月10日.
_CHINESE_YEAR = re.compile(rf"(?<![{_CHINESE_DIGIT}十])([{_CHINESE_DIGIT}]{{4}})(?=年)")
_SPACE_BEFORE_DATE_WORD = re.compile("[ \u3000\u00a0][年月日号]")
_SPACE_AFTER_DATE_WORD = re.compile("[年月][ \u3000\u00a0]")
_ZERO_LOOKALIKE_ANYWHERE = re.compile(f"[○◯ＯOoО][{_CHINESE_DIGIT}○◯ＯOoО]")
_CHINESE_YEAR_ANYWHERE = re.compile(f"[{_CHINESE_DIGIT}]年")
_CHINESE_MONTH_ANYWHERE = re.compile("[一二三四五六七八九十]月")
# 2023年5月中旬, or a line of 2023年3月 alone (a speech's date): the month in its year, without its day. Not a
# line that only ends with it, as a plan's 完成时限：2024年12月 does.
_YEAR_MONTH_ONLY = re.compile(
    r"(\d{4})年(\d{1,2})月(?:上旬|中旬|下旬|初|底|末)(?!前)|^[(（]?[ \t]*(\d{4})年(\d{1,2})月(?=[)）]?[ \t]*$)",
    re.MULTILINE,
)
_THIS_MONTH = "本月"
_THIS_MONTH_DAY = re.compile(rf"{_THIS_MONTH}(\d{{1,2}})[日号]")
# A period the text reports on (2023年前三季度, 2023年1-9月) is of the meeting's year, or the year before.
_PERIOD = re.compile(
    r"((?:19|20)\d{2})年(?:上半年|前三季度|第?[一二三]季度|前[\d一二三四五六七八九十两]{1,2}个?月"
    r"|1[-~至到]\d{1,2}月|一至[一二三四五六七八九十]{1,3}月)"
)
# A speech's date on its own line under the title, in brackets or not.
_SPEECH_DATELINE = re.compile(
    r"^[(（]?\s*(\d{4}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)"
    r"\s*[)）]?$"
)
_SPEECH_DATELINE_LINES = 3
# A year to count days in when the text gives none (not a leap year, as most are not).
_ANY_COMMON_YEAR = 2001
# A meeting that reviews a whole year (通报了2022年全市招商引资工作情况, 表彰2022年度先进单位) is held
# after it ends, in the next year's first months, or in that year's last months.
_REVIEW_EARLY_MONTHS = 4
_REVIEW_LATE_MONTHS = 11
# The number of a span's last month (1-11月, 前十一个月).
_MONTH_COUNT = r"1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九]"
# A meeting from October on that speaks of a year's plan or signs its letters prepares the next year.
_PLAN_MONTHS_BEFORE = 10
_PLAN_YEAR = re.compile(
    r"(\d{4})年(?:度)?(?:全[市区县省州旗])?(?:招商|工作|招商引资)?(?:工作)?(?:思路|计划|打算|要点|安排)"
)
# Where a year written in a meeting's name stands.
_NAMED = ("event_name", "title")
# The meeting's day is stated in the lead; dates further on are deadlines and history.
_EVENT_WINDOW = 400
# Every date a dateline or `_month_expressions` finds names its month with 月: a lead without one (half of them)
# is not searched for those (a fifth of the event's-day search).
_MONTH = "月"
_DATELINE_WINDOW = 200
_SIGNATURE_LINES = 3


def _words(key: str) -> str:
    return "|".join(map(re.escape, data_json(DATES)[key]))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    times = _words("times_of_day")
    return {
        # 9月6号 is 9月6日; a range (8日-9日, 8至9日) began on its first day.
        "month_day": _led(
            rf"(?<![\d年月])(\d{{1,2}})月(\d{{1,2}})(?:[日号](?:{_RANGE}\d{{1,2}}[日号])?|{_RANGE}\d{{1,2}}[日号])"
            rf"({times})?(?![电讯前起以之])(?!的?《)"
        ),
        # 26日下午, 13日在…举行; a day in 号 only before a time of day (6号上午), since 园区5号 is an address.
        "day_only": _led(
            rf"(?<![\d年月])(?<!{')(?<!'.join(map(re.escape, data_json(DATES)['not_a_day_after']))})"
            rf"(\d{{1,2}})(?:日({times})?(?={_words('day_only_before')})|号(?:{times}))"
        ),
        "relative": re.compile(
            rf"({'|'.join(map(re.escape, data_json(DATES)['relative']))})({times})?"
            rf"(?![^,。]{{0,20}}(?:{_words('learned')}))"
        ),
        "present": re.compile(_words("present")),
        "relative_year_day": re.compile(
            rf"({'|'.join(map(re.escape, data_json(DATES)['relative_years']))})(\d{{1,2}})月(\d{{1,2}})[日号]"
        ),
        "year_in_name": re.compile(rf"{_YEAR_OF_NAME}[^,。;:]{{0,12}}?(?:{_words('meetings')})"),
        "year_in_title": re.compile(
            rf"{_YEAR_OF_NAME}[^,。;:]{{0,30}}?(?:{_words('meetings')}|{_words('title_events')})"
        ),
        "year_reviewed": re.compile(
            rf"(?:{_words('review_words')})了?((?:19|20)\d{{2}})年度?(?![上下前第一二三四1-9])[^,。;]{{0,24}}?"
            rf"(?:{_words('review_ends')})"
        ),
        "period_reviewed": re.compile(
            rf"(?:{_words('review_words')})了?((?:19|20)\d{{2}})年度?(?:({_words('reviewed_periods')})"
            rf"|前({_MONTH_COUNT})个?月|[1一]{_RANGE}({_MONTH_COUNT})月)份?[^,。;]{{0,24}}?(?:{_words('review_ends')})"
        ),
        "year_deployed": re.compile(
            rf"(?:{_words('deploy_words')})((?:19|20)\d{{2}})年度?[^,。;]{{0,16}}?(?:{_words('deploy_ends')})"
        ),
        "year_committed": re.compile(
            rf"(?:{_words('commitment_words')})了?((?:19|20)\d{{2}})年度?[^,。;]{{0,16}}?(?:{_words('commitment_ends')})"
        ),
        "document_year": re.compile(rf"{_DOCUMENT_YEAR_LEAD}(?:{_words('document_words')})"),
        "document_number": re.compile(data_json("genre.json")["document_number"], re.MULTILINE),
    }


@dataclass(frozen=True)
class DateInput:
    """What the page says about dates: its own date lines, and the body in Simplified."""

    page_lines: tuple[str, ...]
    body: str
    title: str | None = None
    genre: str = "news_report"
    url: str | None = None
    subtitle: str | None = None


def _as_dates_are_read(text: str) -> str:
    """The text with its dates' spaces taken out and their Chinese numerals (and the circles standing
    for 〇 in them) written in Arabic digits. Each rewrite runs only where a quick search, which a
    pattern opening with a set of characters makes, finds what it rewrites: most texts have none."""
    if _SPACE_BEFORE_DATE_WORD.search(text) or _SPACE_AFTER_DATE_WORD.search(text):
        text = _SPACED_DATE_PART.sub("", text)
    if _ZERO_LOOKALIKE_ANYWHERE.search(text):
        text = _ZERO_LOOKALIKE.sub("〇", text)
    if _CHINESE_YEAR_ANYWHERE.search(text):
        text = _CHINESE_YEAR.sub(lambda m: str(chinese_to_int(m.group(1))), text)
    if _CHINESE_MONTH_ANYWHERE.search(text):
        text = _chinese_month_day().sub(_arabic_month_day, text)
    return text


@lru_cache(maxsize=1)
def _chinese_month_day() -> re.Pattern[str]:
    """A month (and day) in Chinese numerals, only the numbers a month or a day can be: 一二月份 (January and
    February) is no month, nor is 一 ending a word (统一月底前)."""
    one_ends = re.escape(data_json(DATES)["words_ending_in_one"])
    return re.compile(
        rf"(?<![{_CHINESE_DIGIT}十])(十[一二]?|(?<![{one_ends}])一|[二三四五六七八九])月"
        r"(?:([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=[日号]))?"
    )


def _arabic_month_day(match: re.Match[str]) -> str:
    month, day = (chinese_to_int(part) if part else None for part in match.groups())
    if month is None or not 1 <= month <= 12 or (match.group(2) and (day is None or not 1 <= day <= 31)):
        return match.group(0)
    return f"{month}月{day}" if day else f"{month}月"


def page_date(lines: tuple[str, ...] | list[str]) -> dt.date | None:
    """The first full date the page states for itself (publication or update time), not the date of a day someone
    kept or printed it on (收藏于 2023-06-02, 打印时间：2023-06-02: `kept_labels`), which is taken out of its line."""
    for line in lines:
        found = _full_date(_as_dates_are_read(_kept_date().sub(" ", line)))
        if found:
            return found
    return None


@lru_cache(maxsize=1)
def _kept_date() -> re.Pattern[str]:
    """A kept label and the date and time after it (digits, their separators, 年月日, a T or a blank between)."""
    return re.compile(rf"(?:{_words('kept_labels')})\s*(?:[:：]\s*)?[\d〇零一二三四五六七八九十\-/.:年月日T ]*")


def _full_date(text: str) -> dt.date | None:
    for match in _FULL.finditer(text):
        found = _safe_date(*_full_parts(match))
        if found:
            return found
    for match in _DAY_FIRST.finditer(text):
        found = _safe_date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if found:
            return found
    chinese = _CHINESE_FULL.search(text)
    if chinese and chinese.group(3):
        return _safe_date(
            chinese_to_int(chinese.group(1)), chinese_to_int(chinese.group(2)), chinese_to_int(chinese.group(3))
        )
    return None


def _full_parts(match: re.Match[str]) -> tuple[int, int, int]:
    month, day = (int(part) for part in match.groups()[1:] if part is not None)
    return int(match.group(1)), month, day


def _safe_date(year: int | None, month: int | None, day: int | None) -> dt.date | None:
    if year is None or month is None or day is None or not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class _Expression:
    text: str
    year: int | None
    month: int | None
    day: int | None
    relative_days: int | None = None
    relative_years: int | None = None  # 今年5月10日: the page's year, 去年: the one before
    year_source: YearSource = "text"  # where a year written with the day stands


def _event_expression(body: str, genre: str) -> _Expression | None:
    """The meeting's day: the first date in the lead that is not a dateline; a document's 落款."""
    if genre == "document":
        return _signature_date(body)
    lead = body[:_EVENT_WINDOW]
    window = _DATELINE.sub(lambda m: "#" * len(m.group(0)), lead) if _MONTH in lead else lead
    candidates: list[tuple[int, _Expression]] = []
    for match in _FULL.finditer(window):
        candidates.append((match.start(), _Expression(match.group(0), *_full_parts(match))))
    if _MONTH in window:
        candidates.extend(_month_expressions(window))
    for match in _patterns()["day_only"].finditer(window):
        candidates.append((match.start(), _Expression(match.group(0), None, None, int(match.group(1)))))
    for match in _patterns()["relative"].finditer(window):
        days = data_json(DATES)["relative"][match.group(1)]
        candidates.append((match.start(), _Expression(match.group(0), None, None, None, days)))
    plausible = sorted(((at, found) for at, found in candidates if _plausible(found)), key=lambda pair: pair[0])
    if len(plausible) > 1 and _dated_in_brackets(window, plausible[0], plausible[1][0]):
        return plausible[1][1]  # 近日(5月6日): the bracket gives the day the word leaves open
    return plausible[0][1] if plausible else None


def _month_expressions(window: str) -> list[tuple[int, _Expression]]:
    """The lead's dates that name their month with 月, each with where it starts; in the order of the patterns,
    which breaks a tie of places."""
    candidates: list[tuple[int, _Expression]] = []
    for match in _CHINESE_FULL.finditer(window):
        year, month, day = (chinese_to_int(g) if g else None for g in match.groups())
        candidates.append((match.start(), _Expression(match.group(0), year, month, day)))
    for match in _patterns()["month_day"].finditer(window):
        candidates.append((match.start(), _Expression(match.group(0), None, int(match.group(1)), int(match.group(2)))))
    for match in _patterns()["relative_year_day"].finditer(window):
        years = data_json(DATES)["relative_years"][match.group(1)]
        month, day = int(match.group(2)), int(match.group(3))
        candidates.append((match.start(), _Expression(match.group(0), None, month, day, relative_years=years)))
    for match in _YEAR_MONTH_ONLY.finditer(window):
        year, month = (int(g) for g in match.groups() if g)
        candidates.append((match.start(), _Expression(match.group(0).lstrip("(（ \t"), year, month, None)))
    for match in _THIS_MONTH_DAY.finditer(window):
        candidates.append((match.start(), _Expression(match.group(0), None, None, int(match.group(1)))))
    for match in _MONTH_ONLY.finditer(window):
        candidates.append((match.start(), _Expression(match.group(0), None, int(match.group(1)), None)))
    return candidates


def _dated_in_brackets(window: str, first: tuple[int, _Expression], next_at: int) -> bool:
    at, found = first
    end = at + len(found.text)
    vague = found.relative_days is not None or found.text.startswith(("日前", "近日"))
    return vague and next_at == end + 1 and window[end] in "(（"


def _plausible(found: _Expression) -> bool:
    """`60日` after 连续运转 or `13月5日` is no calendar date."""
    return (found.month is None or 1 <= found.month <= 12) and (found.day is None or 1 <= found.day <= 31)


def _signature_date(body: str) -> _Expression | None:
    for line in body.strip().split("\n")[-_SIGNATURE_LINES:]:
        if _SIGNATURE_LINE.match(line):
            found = _full_date(line)
            if found:
                return _Expression(line.strip(), found.year, found.month, found.day)
    return None


@dataclass(frozen=True)
class _Dateline:
    year: int | None
    month: int
    day: int


def _dateline(body: str) -> _Dateline | None:
    match = _DATELINE.search(body[:_DATELINE_WINDOW])
    if not match:
        return None
    return _Dateline(int(match.group(1)) if match.group(1) else None, int(match.group(2)), int(match.group(3)))


# The lead's first sentence says when and what the occasion it reports was.
_SENTENCE_END = re.compile("[。！？!?；;]")
_LEAD_SENTENCE = 120


def _dateline_day(data: DateInput) -> _Expression | None:
    """A report's dateline (`5月6日讯`, `南京5月6日电`) gives the day it was filed, which is the event's day when
    the lead names no day and reports an occasion as happening then (not 近期, 上周, 将于…举行, 记者从…获悉); a
    document dates itself by its signature, not by a dateline."""
    if data.genre == "document":
        return None
    match = _DATELINE.search(data.body[:_DATELINE_WINDOW])
    if not match or match.group(0).endswith(data_json(DATES)["dateline_carried"]):
        return None
    if not _reports_an_occasion_then(data.body[match.end() :]):
        return None
    written = match.group(0)[: match.end(3) - match.start()] + "日"
    year = int(match.group(1)) if match.group(1) else None
    return _Expression(written, year, int(match.group(2)), int(match.group(3)), year_source="dateline")


def _reports_an_occasion_then(lead: str) -> bool:
    sentence = _SENTENCE_END.split(lead[:_LEAD_SENTENCE], maxsplit=1)[0]
    words = data_json(DATES)
    if any(word in sentence for word in words["dateline_not_the_day"]):
        return False
    return any(word in sentence for word in words["dateline_occasions"])


def url_date(url: str | None) -> dt.date | None:
    """A day in the page's address, which sites set at publication."""
    for match in _URL_DAY.finditer(url or ""):
        year, month, day = (int(g) for g in match.groups() if g is not None)
        found = _safe_date(year, month, day)
        if found:
            return found
    return None


def url_year(url: str | None) -> int | None:
    """The year of a day or month in the page's address."""
    found = url_date(url)
    if found:
        return found.year
    month = _URL_MONTH.search(url or "")
    return int(month.group(1)) if month and 1 <= int(month.group(2)) <= 12 else None


@dataclass(frozen=True)
class _Year:
    value: int
    source: YearSource
    inferred: bool


@dataclass(frozen=True)
class _Reference:
    """A full date the page gives for itself, and where: its date lines, a dateline or its address."""

    date: dt.date
    source: YearSource


def published_date(data: DateInput) -> dt.date | None:
    """The page's own date: its date lines, else a dateline, whose missing year the address gives."""
    found = _published(data)
    return found.date if found else None


def _published(data: DateInput) -> _Reference | None:
    stated = page_date(data.page_lines)
    if stated:
        return _Reference(stated, "page_date")
    line = _dateline(data.body)
    if line is None:
        return None
    if line.year is not None:
        found = _safe_date(line.year, line.month, line.day)
        return _Reference(found, "dateline") if found else None
    address = url_date(data.url)
    if address and (address.month, address.day) == (line.month, line.day):
        return _Reference(address, "dateline")
    return None


def _context_year(text: str, month: int | None) -> _Year | None:
    """A year from a period the text reports on, or from context cues (data file `year_cues.json`)."""
    planned = _planned_year(text, month)
    if planned:
        return planned
    reviewed_part = _reviewed_period(text, month)
    if reviewed_part:
        return reviewed_part
    period = _PERIOD.search(text)
    if period and month is not None:
        return _Year(int(period.group(1)), "context", True)
    reviewed = _patterns()["year_reviewed"].search(text)
    if reviewed and month is not None and not _REVIEW_EARLY_MONTHS < month < _REVIEW_LATE_MONTHS:
        return _Year(int(reviewed.group(1)) + (month <= _REVIEW_EARLY_MONTHS), "context", True)
    committed = _patterns()["year_committed"].search(text)
    if committed:
        # The year's letters are signed at its start, or at a meeting late in the year before.
        late = month is not None and month >= _PLAN_MONTHS_BEFORE
        return _Year(int(committed.group(1)) - late, "context", True)
    for cue in data_json("year_cues.json")["cues"]:
        if all(re.search(pattern, text) for pattern in cue["all"]):
            return _Year(int(cue["year"]), "context", True)
    return None


def _planned_year(text: str, month: int | None) -> _Year | None:
    """The year of a meeting that speaks of a year's plan (2025年工作思路) or deploys its work (安排部署2025年
    招商引资工作): the year before from October on, that year in its first months; between, the text does not
    say."""
    if month is None or _REVIEW_EARLY_MONTHS < month < _PLAN_MONTHS_BEFORE:
        return None
    found = _PLAN_YEAR.search(text) or _patterns()["year_deployed"].search(text)
    if found is None:
        return None
    return _Year(int(found.group(1)) - (month >= _PLAN_MONTHS_BEFORE), "context", True)


def _reviewed_period(text: str, month: int | None) -> _Year | None:
    """The year of a meeting that reviews a part of a year (通报了2023年1-11月…情况), held once the part has
    ended: that year from the part's last month on, the next year early on before it (in January,
    2023年1-11月 or 2023年下半年 is last year's)."""
    if month is None:
        return None
    found = _patterns()["period_reviewed"].search(text)
    if found is None:
        return None
    year, named = int(found.group(1)), found.group(2)
    last = data_json(DATES)["reviewed_periods"][named] if named else _month_number(found.group(3) or found.group(4))
    if month >= last:
        return _Year(year, "context", True)
    return _Year(year + 1, "context", True) if month <= _REVIEW_EARLY_MONTHS else None


def _month_number(written: str) -> int:
    """11 or 十一: the pattern admits only a month's number, which either form reads."""
    return int(written) if written.isdigit() else chinese_to_int(written) or 0


def _stated_year(data: DateInput) -> _Year | None:
    """A year written with the event: in the title (召开2018招商引资大会, 2020年…攻坚月), else in the
    meeting's name in the text (召开2023年全市招商引资工作会议)."""
    titled = _patterns()["year_in_title"].search(data.title or "")
    if titled:
        return _Year(int(titled.group(1)), "title", False)
    named = _patterns()["year_in_name"].search(data.body)
    return _Year(int(named.group(1)), "event_name", False) if named else None


def _speech_dateline(data: DateInput) -> _Expression | None:
    """A speech's date on a line of its own under its title: `(2009年3月2日)`."""
    lines = [data.subtitle or "", *data.page_lines, *data.body.split("\n")[:_SPEECH_DATELINE_LINES]]
    for line in lines:
        match = _SPEECH_DATELINE.match(line.strip())
        found = _full_date(match.group(1)) if match else None
        if match and found:
            return _Expression(match.group(1), found.year, found.month, found.day)
    return None


def _read_as_dates_are(data: DateInput) -> DateInput:
    """The input with every text in it as `_as_dates_are_read` gives it; the same input when that
    changes nothing."""
    lines = tuple(map(_as_dates_are_read, data.page_lines))
    body = _as_dates_are_read(data.body)
    title = _as_dates_are_read(data.title) if data.title else data.title
    subtitle = _as_dates_are_read(data.subtitle) if data.subtitle else data.subtitle
    if (lines, body, title, subtitle) == (data.page_lines, data.body, data.title, data.subtitle):
        return data
    return replace(data, page_lines=lines, body=body, title=title, subtitle=subtitle)


def resolve(data: DateInput) -> DateInfo:
    read = _read_as_dates_are(data)
    found = _resolve(read)
    if read is not data and found.expression is not None:
        found = found.model_copy(update={"expression": _as_written(found.expression, data)})
    return found.model_copy(update={"year_source": None}) if found.year is None else found


# How much longer or shorter a date may be as written than as read (spaces, 十 for 10, 二十一 for 21).
_WRITTEN_SLACK = 8


def _as_written(expression: str, data: DateInput) -> str:
    """The words of the input that read as `expression` (二〇二三年五月十日 for 2023年5月10日), since the
    rules read a rewritten text; `expression` itself when the input has it as it is, or nothing rewrites to it."""
    texts = [data.body[: _EVENT_WINDOW + _DATELINE_WINDOW], data.title or "", data.subtitle or "", *data.page_lines]
    if any(expression in text for text in texts):
        return expression
    openings = set(expression[:1] + _CHINESE_DIGIT + "十○◯ＯOoО")
    for text in texts:
        for start in (at for at, char in enumerate(text) if char in openings):
            for length in range(1, len(expression) + _WRITTEN_SLACK):
                if _as_dates_are_read(text[start : start + length]) == expression:
                    return text[start : start + length]
    return expression


def _resolve(data: DateInput) -> DateInfo:
    own = _published(data)
    published = own.date if own else None
    address = url_date(data.url)
    reference = own or (_Reference(address, "url") if address else None)
    context = f"{data.title or ''}\n{data.body}"
    stated = _stated_year(data)
    expression = _speech_dateline(data) if data.genre == "speech" else None
    if expression is not None:
        return _full_expression(expression, published, "dateline")
    expression = _event_expression(data.body, data.genre) or _dateline_day(data)

    if expression is None:
        if data.genre == "document":
            found = _document_year(published, data.title or "", data.body[:_DOCUMENT_HEAD])
            return _page_year(found, data, own, always=True)
        found = _year_only(published, stated, context)
        return _page_year(found, data, own) if data.genre == "news_report" else found
    if expression.relative_days is not None or expression.text.startswith(("日前", "近日")):
        # A speech's 今天 is the day it was given, which a library's upload date does not tell.
        anchor = reference if data.genre == "news_report" else None
        line = _dateline(data.body) if data.genre == "news_report" else None
        found = _relative(expression, published, anchor, line, stated, context)
        return _page_year(found, data, own) if data.genre == "news_report" else found
    if expression.year is not None:
        return _full_expression(expression, published, expression.year_source)
    if expression.month is None:
        expression = _with_month(expression, _dateline(data.body), reference.date if reference else None)
    return _month_day(expression, published, reference, stated, context, data.genre)


def _full_expression(expression: _Expression, published: dt.date | None, source: YearSource) -> DateInfo:
    return DateInfo(
        published=published,
        event=_safe_date(expression.year, expression.month, expression.day),
        year=expression.year,
        month=expression.month,
        day=expression.day,
        year_source=source,
        expression=expression.text,
    )


def _with_month(expression: _Expression, line: _Dateline | None, reference: dt.date | None) -> _Expression:
    """`21日` under a `6月21日讯` dateline (or on a page dated in June) is 6月21日, or the month before."""
    anchor = (line.month, line.day) if line else (reference.month, reference.day) if reference else None
    if anchor is None or expression.day is None:
        return expression
    this_month = expression.text.startswith(_THIS_MONTH) or expression.day <= anchor[1]
    month = anchor[0] if this_month else (anchor[0] - 2) % 12 + 1
    return _Expression(expression.text, None, month, expression.day)


def _page_year(found: DateInfo, data: DateInput, own: _Reference | None, always: bool = False) -> DateInfo:
    """A report on what is happening now (`日前`, `今年以来`) is of its page's year (or its address's).

    A document that states no year is of the year in its page's address (`always`).
    """
    current = always or found.expression or _patterns()["present"].search(data.body[: _EVENT_WINDOW * 2])
    if found.year is not None or not current:
        return found
    # A document library's upload date says nothing of the document's year; a site's address does.
    year: int | None
    if own is not None and not always:
        year, source = own.date.year, own.source
    else:
        year, source = url_year(data.url), "url"
    return found.model_copy(update={"year": year, "year_inferred": year is not None, "year_source": source})


def _document_year(published: dt.date | None, title: str, head: str) -> DateInfo:
    text = f"{title}\n{head}"
    number = _patterns()["document_number"].search(text)
    if number:
        return DateInfo(published=published, year=int(number.group(1)), year_source=_where(number, title))
    match = _patterns()["document_year"].search(_CITED.sub(lambda m: "#" * len(m.group(0)), text))
    if not match:
        return DateInfo(published=published)
    # A report on 2023年1-6月 was written in 2023, but the text does not say when.
    return DateInfo(
        published=published,
        year=int(match.group(1)),
        year_inferred=match.group(2) is not None,
        year_source=_where(match, title),
    )


def _where(match: re.Match[str], title: str) -> YearSource:
    """`title` when the match lies in the title that opens the searched text, else `text`."""
    return "title" if match.start() < len(title) else "text"


def _year_only(published: dt.date | None, stated: _Year | None, context: str) -> DateInfo:
    year = stated or _context_year(context, None)
    if year is None:
        return DateInfo(published=published)
    return DateInfo(published=published, year=year.value, year_inferred=year.inferred, year_source=year.source)


def _relative(
    expression: _Expression,
    published: dt.date | None,
    anchor: _Reference | None,
    line: _Dateline | None,
    stated: _Year | None,
    context: str,
) -> DateInfo:
    if expression.relative_days is not None and anchor is not None:
        event = anchor.date + dt.timedelta(days=expression.relative_days)
        return DateInfo(
            published=published,
            event=event,
            year=event.year,
            month=event.month,
            day=event.day,
            year_source=anchor.source,
            expression=expression.text,
        )
    year = stated or _context_year(context, None)
    month = day = None
    if expression.relative_days is not None and line is not None:
        # 昨日 under a `6月21日讯` dateline with no year anywhere: the day is known, the year is not.
        filed = _safe_date(year.value if year else _ANY_COMMON_YEAR, line.month, line.day)
        if filed:
            event = filed + dt.timedelta(days=expression.relative_days)
            month, day = event.month, event.day
    return _event_date(published, year, month, day, expression.text)


def _event_date(
    published: dt.date | None, year: _Year | None, month: int | None, day: int | None, written: str | None
) -> DateInfo:
    return DateInfo(
        published=published,
        event=_safe_date(year.value, month, day) if year else None,
        year=year.value if year else None,
        month=month,
        day=day,
        year_inferred=year.inferred if year else False,
        year_source=year.source if year else None,
        expression=written,
    )


def _month_day(
    expression: _Expression,
    published: dt.date | None,
    reference: _Reference | None,
    stated: _Year | None,
    context: str,
    genre: str,
) -> DateInfo:
    month, day = expression.month, expression.day
    year = stated
    if reference is not None and expression.relative_years is not None:
        year = _Year(reference.date.year + expression.relative_years, reference.source, True)
    elif reference is not None and month is not None:
        dated = reference.date.year - 1 if month > reference.date.month else reference.date.year
        # A news report's own date outweighs a year next to it in a meeting's name, in its text or its
        # headline, which looks back or ahead (召开2023年度总结大会 in January 2024, 2025年工作部署会 in
        # December 2024); a year further away is an old report reposted later, whose page date says nothing.
        if year is None or (genre == "news_report" and year.source in _NAMED and abs(year.value - dated) == 1):
            year = _Year(dated, reference.source, True)
    if year is None:
        year = _context_year(context, month)
    return _event_date(published, year, month, day, expression.text)
