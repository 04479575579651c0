"""Deadlines as dates: the last day of the period a deadline means, from the words and the event's date.

Input: the deadline as written (`年底前`, `3月底前`, `上半年`, `三年内`, `“十四五”末`, `到2025年底`) or,
for a figure without one, its sentence, and the article's event date. Output: `Deadline`: the
words it was read from, `date` (ISO, the last day of the period meant) and `basis`, what completed
it: `text` (the words give the year), `event_year` (a period of the event's year), `next_year` (a
month already past at the event: the following year's), `event_month` (月底: the event's month),
`event_date` (三年内: the event's day plus the years) or `plan` (a five-year plan's last day). Words
that name no period of the calendar (春节前, 下周一前) or an event without the date they need stay
unresolved: `date` and `basis` null.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from builder.fields.dates import DATES
from builder.fields.numerals import chinese_to_int
from builder.prefilter import behind_start_test
from builder.record.models import DeadlineBasis
from builder.resources import data_json

_N = r"[0-9一二两三四五六七八九十]{1,3}"
# A deadline inside a goal's sentence (after a test that it starts no number's middle, `_deadline_pattern`);
# `截至6月底` and `去年年底` date a result, they set no deadline.
_YEAR_WORDS = r"(?:19|20)\d{2}年"
_IN_SENTENCE_PATTERN = (
    r"(?<!截至)(?<!截止)(?<!截至到)(?<!截止到)(?<!去年)(?<!前年)(?<!上年)(?:在|于)?"
    rf"(?P<words>到?(?:{_YEAR_WORDS}(?:底|末)|(?:{_YEAR_WORDS})?(?:{_N}月(?:底|末)|年底|年末|年内|上半年|下半年|"
    rf"[一二三四1-4]季度末?|月底|{_N}年内|“?十[一二三四五六七]五”?(?:期?末)))前?"
    rf"|{_YEAR_WORDS}前|到{_YEAR_WORDS}(?!\d|{_N}月))"
)


@lru_cache(maxsize=1)
def _deadline_pattern() -> re.Pattern[str]:
    """Behind a test of the character a deadline can start with: the six lookbehinds it opens with are otherwise
    tried at every character of every figure's sentence. 一 ending a word (统一月底前) starts no month."""
    one_ends = re.escape(data_json(DATES)["words_ending_in_one"])
    # Not inside a number (十二月 from 二月) unless the number's 一 ends a word (统一 before 月底前).
    inside_a_number = rf"(?<![\d二两三四五六七八九十])(?<!(?<![{one_ends}])一)"
    pattern = rf"(?!(?<=[{one_ends}])一月){inside_a_number}{_IN_SENTENCE_PATTERN}"
    return behind_start_test(pattern)


_CLAUSE_BREAK = re.compile(r"[,;:，；：]")
_PLAN = re.compile(r"十([一二三四五六七])五")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_MONTH = re.compile(rf"({_N})月(?:(\d{{1,2}})日|(底|末|中旬|上旬|下旬))?")
_QUARTER = re.compile(r"([一二三四1-4])季度")
_YEARS_WITHIN = re.compile(rf"({_N})年内")
_QUARTER_END = {1: 3, 2: 6, 3: 9, 4: 12}
# The holidays whose date the Gregorian calendar fixes; 国庆 and “十一” are 1 October.
_FIXED_HOLIDAYS = {"国庆": (10, 1), "十一": (10, 1), "元旦": (1, 1), "五一": (5, 1), "七一": (7, 1)}


# Not frozen: made often (one a target), and a frozen dataclass takes 3 to 5 times as long to make.
@dataclass
class DeadlineInput:
    deadline_text: str | None
    sentence: str | None
    event: dt.date | None
    year: int | None
    month: int | None
    figure_at: int = 0  # where in the sentence the figure stands
    goal: bool = True  # whether the sentence sets a goal; else only words with 前 (before) are a deadline


# Not frozen: made often (one a target), and a frozen dataclass takes 3 to 5 times as long to make.
@dataclass
class Deadline:
    words: str | None = None
    date: dt.date | None = None
    basis: DeadlineBasis | None = None


def resolve(data: DeadlineInput) -> Deadline:
    """The deadline's last day; a figure's sentence is read only when the target has no deadline of its own."""
    words = data.deadline_text or _in_sentence(data.sentence or "", data.figure_at, data.goal)
    if words is None:
        return Deadline()
    found = _resolve_words(words, data)
    if found is None:
        return Deadline(words=words)
    day, basis = found
    return Deadline(words=words, date=day, basis=basis)


def _in_sentence(sentence: str, figure_at: int, goal: bool) -> str | None:
    """The deadline the figure stands under: the last one before it (3月底前签约5个,6月底前开工3个), else one
    after it in its clause (签约5个于年底前完成). Outside a goal's sentence, a period is what a result
    covers (上半年完成投资50亿元); only `…前` sets a deadline there."""
    found = [(start, words) for start, words in _deadlines_in(sentence) if goal or words.endswith("前")]
    before = [words for start, words in found if start < figure_at]
    if before:
        return before[-1]
    after = [words for start, words in found if not _CLAUSE_BREAK.search(sentence, figure_at, start)]
    return after[0] if after else None


@lru_cache(maxsize=8)
def _deadlines_in(sentence: str) -> tuple[tuple[int, str], ...]:
    """Where each deadline of a sentence starts, and its words: read once for the figures of a sentence, which
    come one after another."""
    return tuple((match.start(), match.group("words")) for match in _deadline_pattern().finditer(sentence))


def _resolve_words(words: str, data: DeadlineInput) -> tuple[dt.date, DeadlineBasis] | None:
    plan = _PLAN.search(words)
    if plan:
        return dt.date(1955 + 5 * (10 + "一二三四五六七".index(plan.group(1)) + 1), 12, 31), "plan"
    within = _YEARS_WITHIN.search(words)
    if within:
        years = _number(within.group(1))
        if data.event is None or years is None:
            return None
        return _add_years(data.event, years), "event_date"
    stated = _YEAR.search(words)
    basis: DeadlineBasis
    year, basis = (int(stated.group(1)), "text") if stated else (data.year, "event_year")
    if year is None:
        return None
    words = words[stated.end() :] if stated else words
    return _in_year(words, year, basis, data)


def _in_year(words: str, year: int, basis: DeadlineBasis, data: DeadlineInput) -> tuple[dt.date, DeadlineBasis] | None:
    month = _MONTH.search(words)
    if month:
        return _month_deadline(month, year, basis, data)
    quarter = _QUARTER.search(words)
    if quarter:
        number = _number(quarter.group(1))
        return _month_end(year, _QUARTER_END[number], basis, data) if number in _QUARTER_END else None
    if "上半年" in words:
        return dt.date(year, 6, 30), basis
    if "月底" in words:
        if data.month is None or basis == "text":
            return None
        return _last_day(year, data.month), "event_month"
    if any(part in words for part in ("年底", "年末", "年内", "下半年")) or basis == "text":
        return dt.date(year, 12, 31), basis
    return _holiday(words, year, basis, data)


def _month_deadline(
    match: re.Match[str], year: int, basis: DeadlineBasis, data: DeadlineInput
) -> tuple[dt.date, DeadlineBasis] | None:
    month = _number(match.group(1))
    if month is None or not 1 <= month <= 12:
        return None
    day, part = match.group(2), match.group(3)
    if not day and part in (None, "底", "末", "下旬"):
        return _month_end(year, month, basis, data)
    year, basis = _following_year(year, month, basis, data)
    try:
        return dt.date(year, month, int(day) if day else {"上旬": 10, "中旬": 20}[part]), basis
    except ValueError:
        return None


def _month_end(year: int, month: int, basis: DeadlineBasis, data: DeadlineInput) -> tuple[dt.date, DeadlineBasis]:
    year, basis = _following_year(year, month, basis, data)
    return _last_day(year, month), basis


def _following_year(year: int, month: int, basis: DeadlineBasis, data: DeadlineInput) -> tuple[int, DeadlineBasis]:
    """3月底前 or 一季度, said in November, mean next year's: a month already past at the event."""
    if basis == "event_year" and data.month is not None and month < data.month:
        return year + 1, "next_year"
    return year, basis


def _holiday(words: str, year: int, basis: DeadlineBasis, data: DeadlineInput) -> tuple[dt.date, DeadlineBasis] | None:
    """国庆前, “十一”前: the day before the holiday, in the event's year (the next, once it is past)."""
    for name, (month, day) in _FIXED_HOLIDAYS.items():
        if name in words:
            holiday = dt.date(year, month, day)
            if data.event is not None and holiday <= data.event and basis == "event_year":
                holiday, basis = holiday.replace(year=year + 1), "next_year"
            return holiday - dt.timedelta(days=1), basis
    return None


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_years(day: dt.date, years: int) -> dt.date:
    """29 February plus a year is 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else chinese_to_int(text)
