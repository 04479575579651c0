"""Targets: every quantified goal, result, deadline or ranking, with the sentence it stands in.

Input: the sections' paragraphs (Simplified). Output: `Target` records. Units, qualifiers and the
words that tell a goal from a result are data (`targets.json`). Chinese numerals are converted only
inside a number span, never across the text.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from builder.fields import target_reading as reading
from builder.fields import text_tables
from builder.fields.numerals import chinese_to_int, chinese_to_number
from builder.prefilter import behind_start_test
from builder.record.models import Target, TargetStatus
from builder.resources import data_json

TARGETS = "targets.json"
_SENTENCE = re.compile(r"[^。;!?;!?\n]+[。;!?;!?]?")
_REDACTED = r"[Xx]{1,3}|×{1,3}|\*{2,3}|[XxＸ]{2}"
_WHOLLY_REDACTED = re.compile(f"(?:{_REDACTED})")
_CHINESE_NUMBER = r"[一二两三四五六七八九十百千]+(?:兆|万|亿)?[一二三四五六七八九十百千]*"
# A Chinese number of two or more places (十四, 一百四十四) counts before any counter; a lone 百 or 千
# (千家万户, 百分之) is a word, not a number, so a digit must be written with it (十 alone is ten).
_CHINESE_PLACES = r"(?:[一二两三四五六七八九][十百千]|十)[一二两三四五六七八九十百千]*"
_NUMBER_GROUPS = ("knum", "num", "cnum", "mnum", "unum", "snum", "ynum", "pnum")
# A sum written in parts, each with its multiplier (260亿129万5千元, 3亿5000万元): one figure.
_COMPOUND_NUMBER = r"\d+亿\d+万(?:\d+千)?|\d+亿\d+千|\d+万\d+千"
_COMPOUND_PART = re.compile(r"(\d+)([亿万千])")
_UNIT_GROUPS = ("kunit", "unit", "cunit", "munit", "uunit", "sunit", "yunit", "punit")
# A character every match of each pattern below must contain, so a sentence without one is skipped
# (most sentences; tests/test_fields.py checks the patterns find nothing in the skipped ones):
# a quantity's digits, redaction marks or Chinese numerals (上万 has only 万), a deadline's 前 or
# 到, a ranking's 第, 首, 冠, 前 or 等.
_MAY_HOLD_A_QUANTITY = re.compile(r"[\dXx×*Ｘ一二两三四五六七八九十百千万]")
_MAY_HOLD_A_DEADLINE = re.compile("[前到]")
_MAY_HOLD_A_RANKING = re.compile("[第首冠前等]")
# `得分=…×0.5=0.48`: the number a formula comes to; `id=12345` in an address is not one.
_FORMULA_RESULT = re.compile(r"(?<![A-Za-z_])=\s*(-?\d+(?:\.\d+)?)(?![\d.%\u4e00-\u9fff×÷*/+-])")
_NOT_DURATION = {"月", "度", "级", "代", "前", "来"}
_CELL_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
# A cell's number with a note in brackets: 17.5(预测), 120(暂定).
_NOTED_CELL = re.compile(r"^(-?\d+(?:\.\d+)?)\([^()\d]{1,6}\)$")
_YEAR_CELL = re.compile(r"^(?:19|20)\d{2}$")
# A paragraph ending so goes on in the next one, which keeps its status (`…企业1家,…;` then `规下企业20家`).
_CONTINUED = (";", ",", ":", "、")


def _alternatives(key: str) -> str:
    return "|".join(map(re.escape, sorted(data_json(TARGETS)[key], key=len, reverse=True)))


@dataclass(frozen=True)
class TargetInput:
    """The sections' paragraphs, and what decides the status of a figure no cue decides: the article's
    genre, title and year (its event's, else its page's)."""

    sections: tuple[tuple[str, ...], ...]
    genre: str | None = None
    title: str | None = None
    year: int | None = None
    # each section's heading and outline level, in the order of `sections` (empty when not known)
    headings: tuple[tuple[str | None, int], ...] = ()


@lru_cache(maxsize=1)
def _quantity() -> re.Pattern[str]:
    """`_quantity_pattern` behind a test of the character a match can start with: the pattern opens with
    optional words, so the engine would otherwise try all its branches at every character (4x slower)."""
    pattern = _quantity_pattern()
    return behind_start_test(pattern)


def _quantity_pattern() -> str:
    """A figure and its unit; 个亿 is a unit only when no 元 follows (40个亿元以上项目 counts 个)."""
    data = data_json(TARGETS)
    units, money = _alternatives("units"), _alternatives("money_units")
    before, after, approx = (
        _alternatives("qualifiers_before"),
        _alternatives("qualifiers_after"),
        _alternatives("approximators"),
    )
    counters = "|".join(
        map(re.escape, sorted((u for u in data["units"] if u not in {"年", "%", "分"}), key=len, reverse=True))
    )
    objects, small = _alternatives("small_number_objects"), _alternatives("small_number_units")
    # 10名(户): a counter with the other counter it may be read as, in brackets; one unit
    bracketed = rf"(?:{small})\((?:{_alternatives('bracketed_counters')})\)"
    vague = "".join(data["vague_before_number"])
    not_before = f"(?<![一二两三四五六七八九十百千第{vague}])"
    return (
        rf"(?P<before>{before})?"
        rf"(?:(?<![\d.第])(?P<knum>{_COMPOUND_NUMBER})(?P<kunit>{_alternatives('compound_money_units')})"
        rf"|(?P<num>(?<![\d.第])(?<!\d\s)(?:(?<![万亿元])-)?\d+(?:\.\d+)?(?:[-~]\d+(?:\.\d+)?)?|{_REDACTED})(?P<approx>{approx})?(?P<unit>{bracketed}|{units}|{money})(?!(?<=个亿)元)"
        rf"|(?P<cnum>{not_before}(?:{_CHINESE_NUMBER})(?:点[〇零一二三四五六七八九]+)?)(?P<capprox>{approx})?(?P<cunit>{money})"
        rf"|(?<=项目|企业)(?P<pnum>[两二三四五六七八九十]{{1,3}})(?P<punit>个|家)(?=[。,;]|$)"
        rf"|(?P<mnum>{not_before}(?:{_CHINESE_PLACES}))(?P<mapprox>{approx})?(?P<munit>{counters})(?![之几])"
        rf"|(?P<upto>上)(?P<unum>[百千万])(?P<uunit>{counters})"
        rf"|(?P<snum>{not_before}[两二三四五六七八九])(?P<sunit>{small})(?!\d)(?=[^,。;]{{0,12}}(?:{objects})|以上|以下|左右)"
        rf"|(?:{_alternatives('duration_leads')})(?P<ynum>[一二两三四五六七八九十]{{1,3}})(?P<yunit>年)(?![度级])"
        rf")"
        rf"(?P<after>{after})?"
    )


_DEADLINE = behind_start_test(
    r"(?P<d>(?:\d{1,2}月(?:\d{1,2}日|底|中旬|上旬|下旬|末)?|年底|年内|上半年|下半年|月底|“[^”]{1,6}”|"
    r"[一二三四]季度末?|春节|国庆|(?:下|本)周[一二三四五六日]?)前"
    r"|(?<![增加长高升降少大])到(?:19|20)\d{2}年(?:底|末)?(?=[,，]|[^\d月的]))"
)


@lru_cache(maxsize=1)
def _ranking() -> re.Pattern[str]:
    number = r"[一二三四五六七八九十\d]+"
    units = _alternatives("ranking_units")
    # 综合考评成绩第一: a score's words rank what was scored (得分第三 is a lead already)
    data = data_json(TARGETS)
    scored = "|".join(w for w in data["ranking_subject"]["scored"] if w not in data["ranking_leads"])
    return behind_start_test(
        rf"(?P<lead>{_alternatives('ranking_leads')})(?P<scope>[^,。;]{{0,12}}?)第(?P<n>{number})"
        rf"(?:(?P<unit>{units})|(?!{_alternatives('not_ranked_after')}))"
        rf"|(?P<scored>{scored})第(?P<sn>{number})(?:(?P<sunit>{units})|(?!{_alternatives('not_ranked_after')}))"
        rf"|(?P<bare>第(?P<bn>{number})(?P<bunit>名))"
        rf"|第(?P<gn>{number})(?=大[\u4e00-\u9fff])"  # 第一大外资来源地: ranked by size
        r"|(?P<top>居首|夺冠|之冠|榜首)"
        rf"|(?:排名|名列|位列|位居|进入)(?P<first>前(?P<fn>{number})(?:名|位)?)"
        rf"|(?P<top_n>前(?P<tn>{number})名)"
        r"|(?P<prize>(?P<pn>[一二三])等奖)"
    )


def _sentences(paragraph: str) -> list[str]:
    return [piece for s in _SENTENCE.findall(paragraph) for piece in _pieces(s.strip()) if piece]


# Every rule reads the sentence around each figure, and each target keeps its sentence: a "sentence" of
# a flattened table, a list without full stops or a line of spam, read whole for each of its figures,
# takes time and space growing with the square of its length. Longer ones are cut after a comma.
_LONGEST_SENTENCE = 500
_CLAUSE_MARKS = ",,、::"


def _pieces(sentence: str) -> list[str]:
    """A sentence, or a long one in pieces of at most _LONGEST_SENTENCE characters ending at a clause mark."""
    pieces, start = [], 0
    while len(sentence) - start > _LONGEST_SENTENCE:
        limit = start + _LONGEST_SENTENCE
        cut = max(sentence.rfind(mark, start, limit) for mark in _CLAUSE_MARKS) + 1
        end = cut if cut > start else limit
        pieces.append(sentence[start:end])
        start = end
    pieces.append(sentence[start:])
    return pieces


def _qualifier(sentence: str, match: re.Match[str]) -> str | None:
    """The qualifier as written, unless the word before the figure only ends like one (签约)."""
    before = match.group("before")
    if before:
        start = match.start("before")
        word = sentence[max(0, start - 1) : start + len(before)]
        if word in data_json(TARGETS)["not_qualifiers"]:
            before = None
    approximate = match.group("approx") or match.group("capprox") or match.group("mapprox") or match.group("upto")
    return before or approximate or match.group("after")


def _chinese_value(digits: str, unit: str) -> float | None:
    """二兆一千六百亿元 counts 亿: 兆 is 万亿, so before 亿 it stands where 万 would."""
    if "兆" in digits and unit.startswith("亿"):
        digits = digits.replace("兆", "万")
    return chinese_to_number(digits)


def _value(text: str) -> float | None:
    """The number, or None for a range (3-10亿元), a redacted figure, or digits too many for a float."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _is_date_or_ordinal(sentence: str, match: re.Match[str]) -> bool:
    following = sentence[match.end() : match.end() + 1]
    unit = match.group("unit")
    if unit == "年":  # 连续6年, 期限为2年 are durations; 2024年, XX年, 2年度 and 40年来 are not targets
        number = match.group("num").lstrip("-")
        leads = data_json(TARGETS)["duration_leads"]
        lead = sentence[max(0, match.start("num") - max(map(len, leads))) : match.start("num")]
        return not number.isdigit() or len(number) > 2 or following in _NOT_DURATION or not lead.endswith(tuple(leads))
    return unit in {"月", "日"} or following in {"月", "日", "号"}


def _names_an_ordinal(sentence: str, match: re.Match[str]) -> bool:
    """改革开放40周年, 省十次党代会: the number and its unit begin a name, not a figure."""
    unit_start = max(map(match.start, _UNIT_GROUPS))  # one unit group takes part; the others start at -1
    return sentence.startswith(_ordinal_names(), unit_start)


@lru_cache(maxsize=1)
def _ordinal_names() -> tuple[str, ...]:
    return tuple(data_json(TARGETS)["ordinal_names"])


def _names_a_zone(sentence: str, match: re.Match[str]) -> bool:
    """长三角1小时经济圈, 15分钟生活圈, 7×24小时全天候服务, 24小时不打烊: a span of time that names a zone or a
    service's hours, not a figure."""
    unit = match.group("unit")
    if unit not in _zone_words().units:
        return False
    words, start = _zone_words(), match.start()
    return bool(words.before.search(sentence[max(0, start - 2) : start]) or words.after.match(sentence, match.end()))


@dataclass(frozen=True)
class _ZoneWords:
    units: frozenset[str]
    before: re.Pattern[str]
    after: re.Pattern[str]


@lru_cache(maxsize=1)
def _zone_words() -> _ZoneWords:
    words = data_json(TARGETS)["duration_names"]
    return _ZoneWords(frozenset(words["units"]), re.compile(words["before"]), re.compile(words["after"]))


def _compound_value(written: str) -> float:
    """260亿129万5千 → 26001295000."""
    parts = data_json(TARGETS)["compound_parts"]
    return float(sum(int(digits) * parts[place] for digits, place in _COMPOUND_PART.findall(written)))


def _quantities(
    sentence: str,
    section: int,
    carried: TargetStatus | None,
    listed: bool,
    context: reading.Setting,
    label: str | None = None,
) -> list[Target]:
    """The quantities of a sentence; `carried` is the status of the paragraph's last figure before it,
    for a sentence that says nothing of its own (`实施项目209个` after `据统计…新签约项目280个`), and
    `listed` whether the sentence goes on a list the one before it began (after a ;); `label` is the
    line above the paragraph that names what its figures count (`项目个数:`), for a figure that names
    nothing."""
    found: list[Target] = []
    previous: reading.Figure | None = None
    value: float | None
    aliases, counters = data_json(TARGETS)["unit_aliases"], _counters()
    for match in _quantity().finditer(sentence):
        if _names_an_ordinal(sentence, match) or _names_a_zone(sentence, match) or _is_a_range_low_end(sentence, match):
            continue
        if match.group("knum") is not None:
            value_text, unit = match.group("knum"), match.group("kunit")
            value = _compound_value(value_text)
        elif match.group("num") is not None:
            if _is_date_or_ordinal(sentence, match):
                continue
            raw, unit = match.group("num"), match.group("unit")
            value_text = "X" if _WHOLLY_REDACTED.fullmatch(raw) else raw
            value = _value(raw)
        else:
            unit = next(
                match.group(g) for g in ("cunit", "munit", "uunit", "sunit", "yunit", "punit") if match.group(g)
            )
            spelled = next(match.group(g) for g in _NUMBER_GROUPS[2:] if match.group(g))
            value = _chinese_value(spelled, unit)
            if value is None:
                continue
            value_text = str(int(value)) if value.is_integer() else str(value)
        unit = aliases.get(unit, unit)
        start = max(map(match.start, _NUMBER_GROUPS))  # one number group takes part; the others start at -1
        previous_status = found[-1].status if found else None
        if previous is not None and previous_status and sentence[previous.end : start] in reading.coordinates():
            status = previous_status  # 分别完成年度目标的70%和80%: one reading of both
        else:
            status = reading.status(sentence, start, match.end(), unit, previous_status, carried if listed else None)
        if status == "unknown" and carried:
            status = carried
        status = reading.settle(status, sentence, start, match.end(), context)
        previous = reading.read(sentence, start, match.end(), unit.split("(")[0] in counters, previous)
        if previous.chained and found:  # 12层 in 12层5星级酒店 modifies the same noun
            found[-1] = found[-1].model_copy(update={"subject": previous.subject})
        if previous.subject is None and label:
            previous = replace(previous, subject=label)
        if unit == "%" and (frame := reading.share_frame(sentence, start, previous.subject)):
            previous = replace(previous, subject=frame)  # 从引资额比重看,东部沿海地区贡献62%
        found.append(
            Target(
                kind="quantity",
                status=status,
                subject=previous.subject,
                value=value,
                value_text=value_text,
                unit=unit,
                qualifier=_qualifier(sentence, match),
                sentence=sentence,
                section_index=section,
            )
        )
    return found


def _is_a_range_low_end(sentence: str, match: re.Match[str]) -> bool:
    """3亿 in 3亿—5亿元, 3000万 in 3000万-1亿元: the range's low end, which the figure after it carries
    (amount_low); as a figure of its own it would be counted twice."""
    unit = match.group("unit") or match.group("kunit") or ""
    return unit.removesuffix("元") in _range_low_units() and bool(_range_continues().match(sentence, match.end()))


@lru_cache(maxsize=1)
def _range_low_units() -> frozenset[str]:
    return frozenset(data_json("amounts.json")["range_low_units"])


@lru_cache(maxsize=1)
def _range_continues() -> re.Pattern[str]:
    marks = "|".join(map(re.escape, data_json("amounts.json")["range_marks"]))
    return re.compile(rf"\s*(?:{marks})\s*[\d〇零一二两三四五六七八九十]")


@lru_cache(maxsize=1)
def _counters() -> frozenset[str]:
    """Units that count things (个, 名, 项), whose figure may stand before the noun it counts."""
    data = data_json(TARGETS)
    return frozenset(u for u in data["units"] if u not in data["measures"])


def _deadlines(sentence: str, section: int) -> list[Target]:
    return [
        Target(
            kind="deadline",
            status=reading.deadline_status(sentence, match.start()),
            subject=reading.deadline_subject(sentence, match.end()),
            deadline_text=match.group("d"),
            sentence=sentence,
            section_index=section,
        )
        for match in _DEADLINE.finditer(sentence)
    ]


def _month_deadlines(sentence: str, section: int) -> list[Target]:
    """预计今年5月份竣工投产: a month a goal sets for a task, written without 前. A year's month (2019年
    11月份) dates an event; 到5月份完成的任务 describes what was done by then."""
    found = []
    for match in _month_deadline().finditer(sentence):
        cue = _last_cue().findall(sentence, 0, match.start())
        if not cue or cue[-1] == "已":
            continue
        found.append(
            Target(
                kind="deadline",
                status="goal",
                subject=reading.deadline_subject(sentence, match.end("d")),
                deadline_text=match.group("d"),
                sentence=sentence,
                section_index=section,
            )
        )
    return found


@lru_cache(maxsize=1)
def _month_deadline() -> re.Pattern[str]:
    verbs = _alternatives("month_deadline_verbs")
    return re.compile(rf"(?<![\d*XxＸ])(?<![\d*XxＸ]年)(?P<d>(?:1[0-2]|[1-9])月(?:份|底))(?=(?:{verbs})(?!的))")


@lru_cache(maxsize=1)
def _last_cue() -> re.Pattern[str]:
    cues = sorted(["已", *data_json("deadlines.json")["goal_cues"]], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, cues)))


def _rankings(sentence: str, section: int) -> list[Target]:
    found = []
    for match in _ranking().finditer(sentence):
        raw = next((match.group(g) for g in ("n", "sn", "bn", "gn", "fn", "tn", "pn") if match.group(g)), "1")
        number = int(raw) if raw.isdigit() else chinese_to_int(raw)
        if number is None:
            continue
        found.append(
            Target(
                kind="ranking",
                status=reading.ranking_status(sentence, match.start(), match.end()),
                subject=reading.ranking_subject(
                    sentence,
                    match.start(),
                    match.end(),
                    match.group("scope") if match.group("lead") else None,
                    match.group("lead") or match.group("scored"),
                ),
                value=float(number),
                value_text=str(number),
                unit=_ranking_unit(match),
                qualifier="前" if match.group("first") or match.group("top_n") else None,
                sentence=sentence,
                section_index=section,
            )
        )
    return found


def _ranking_unit(match: re.Match[str]) -> str:
    if match.group("prize"):
        return "等奖"
    return match.group("unit") or match.group("sunit") or match.group("bunit") or "名"


def _formula_results(sentence: str, section: int) -> list[Target]:
    """`得分=…×0.5=0.48`: the number a formula comes to, which carries no unit."""
    return [
        Target(
            kind="quantity",
            status="result",
            subject=reading.subject(sentence, match.start(1), match.end(), False, None),
            value=_value(match.group(1)),
            value_text=match.group(1),
            sentence=sentence,
            section_index=section,
        )
        for match in _FORMULA_RESULT.finditer(sentence)
    ]


@lru_cache(maxsize=1)
def _fraction() -> re.Pattern[str]:
    """`还不到1/4`, `占全省的1/3`: a share written as a fraction, after a word that makes it a quantity (a
    bare 5/12 may be a date)."""
    leads = _alternatives("fraction_leads")
    return re.compile(rf"(?:{leads})(?P<f>(?P<n>\d{{1,2}})/(?P<d>\d{{1,3}}))(?![\d/.])")


def _fractions(sentence: str, section: int, context: reading.Setting) -> list[Target]:
    found = []
    for match in _fraction().finditer(sentence):
        numerator, denominator = int(match.group("n")), int(match.group("d"))
        if not 0 < numerator < denominator:
            continue
        start, end = match.start("f"), match.end()
        status = reading.settle(reading.status(sentence, start, end, "fraction", None), sentence, start, end, context)
        found.append(
            Target(
                kind="quantity",
                status=status,
                subject=reading.subject(sentence, start, end, False, None),
                value=numerator / denominator,
                value_text=match.group("f"),
                sentence=sentence,
                section_index=section,
            )
        )
    return found


@lru_cache(maxsize=1)
def _ranked_table_header() -> re.Pattern[str]:
    table = data_json(TARGETS)["ranked_table"]
    alternatives = {key: "|".join(map(re.escape, sorted(table[key], key=len, reverse=True))) for key in table}
    return re.compile(
        rf"(?:{alternatives['rank']})\s*(?:(?:{alternatives['name']})\s*)?(?P<score>{alternatives['score']})\s*(?=1\D)"
    )


_RANKED_ROW = re.compile(r"[\s,]*(?P<name>[^\d\s,;。]{1,12}?)\s*(?P<digits>\d+(?:\.\d+)?)")


def _ranked_table(paragraph: str, section: int, title: str | None) -> tuple[list[Target], tuple[int, int]]:
    """A ranking table flattened into one line, its cells run together (`排名省域总分1贵州91.352山东90.36…`):
    each row is a rank counting up from 1, a name and a score. The digits between two names are a score
    and the next row's rank, told apart by that rank being one more than the last."""
    header = _ranked_table_header().search(paragraph)
    if header is None:
        return [], (0, 0)
    rows, position, rank = [], header.end() + 1, 1
    end = position
    while True:
        row = _RANKED_ROW.match(paragraph, position)
        if row is None:
            break
        digits, following = row.group("digits"), str(rank + 1)
        runs_on = (
            digits.endswith(following)
            and "." in digits[: -len(following)]
            and _RANKED_ROW.match(paragraph, row.end()) is not None
            and not paragraph[row.end() : row.end() + 1].isspace()
        )
        score = digits[: -len(following)] if runs_on else digits
        if score.endswith("."):
            break
        rows.append((rank, row.group("name"), score))
        position = row.end()
        end = position - (len(following) if runs_on else 0)
        if not runs_on:  # cells apart (`1 贵州 91.35 2 山东`): the next rank stands on its own
            spaced = re.match(rf"[\s,]*{following}(?=\D)", paragraph[position:])
            if spaced is None:
                break
            position += spaced.end()
        rank += 1
    if len(rows) < 3:  # a table, not a number after a heading word
        return [], (0, 0)
    subject = reading.ranked_table_subject(title)
    score_name = header.group("score")
    unit = "分" if score_name.endswith("分") else None
    found: list[Target] = []
    for rank, _, score in rows:
        found.append(
            Target(
                kind="ranking",
                status="result",
                subject=subject,
                value=float(rank),
                value_text=str(rank),
                unit="名",
                sentence=paragraph,
                section_index=section,
            )
        )
        found.append(
            Target(
                kind="quantity",
                status="result",
                subject=score_name,
                value=_value(score),
                value_text=score,
                unit=unit,
                sentence=paragraph,
                section_index=section,
            )
        )
    return found, (header.start(), end)


def _table_row(row: text_tables.Row, paragraph: str, section: int, context: reading.Setting) -> list[Target]:
    """The figures of a text table's data row, each counted by its column's header (or its row's, in a
    table whose columns are periods): a bare number takes its unit from the header, a cell with a unit
    is read as a quantity. A year cell labels its row."""
    found: list[Target] = []
    for written, subject, unit, heading in zip(row.cells, row.subjects, row.units, row.headings, strict=True):
        noted = _NOTED_CELL.match(written)
        cell = noted.group(1) if noted else written
        if _YEAR_CELL.match(cell):
            continue
        if subject is None or not text_tables.is_cell(cell):  # a row's name, an index, or a sentence in a cell
            if not _CELL_NUMBER.match(cell):
                found.extend(_cell_sentences(cell, paragraph, section, context))
            continue
        status = reading.table_status(heading + written[len(cell) :], context)  # 17.5(预测): a forecast, a goal
        if _CELL_NUMBER.match(cell):
            found.append(
                Target(
                    kind="quantity",
                    status=status,
                    subject=subject,
                    value=_value(cell),
                    value_text=cell,
                    unit=unit,
                    sentence=paragraph,
                    section_index=section,
                )
            )
            continue
        for target in _quantities(cell, section, None, False, context):
            found.append(target.model_copy(update={"subject": subject, "status": status, "sentence": paragraph}))
        found.extend(target.model_copy(update={"sentence": paragraph}) for target in _others(cell, section, context))
    return found


def extract(data: TargetInput) -> list[Target]:
    targets: list[Target] = []
    article = reading.setting(data.genre, data.title, data.year)
    # a list of goals a lead-in opened (…目标任务:) goes on in the sections of its items (一是…; 二是…;)
    opened = False
    for index, section in enumerate(data.sections):
        above_section = _headings_above(data.headings, index)
        context = reading.under_headings(article, above_section)
        paragraphs = _with_heading(section, data.headings, index)
        award = _award(above_section[-1]) if above_section else None
        carried: TargetStatus | None = "goal" if opened else None
        listed = opened
        table_rows = text_tables.rows(paragraphs)
        label: str | None = None
        for position, paragraph in enumerate(paragraphs):
            first, award = len(targets), _award(paragraph) or award
            if position in table_rows:
                targets.extend(_table_row(table_rows[position], paragraph, index, context))
                carried, listed, opened = None, False, False
                continue
            above, label = label, _label(paragraph) if paragraph[-1:] in ":：" else None
            if "排" in paragraph or "名次" in paragraph:
                table, (start, end) = _ranked_table(paragraph, index, data.title)
                targets.extend(table)
                paragraph = paragraph[:start] + paragraph[end:]  # its cells are no sentence's figures
            counted = None  # what the first figure of the list item a sentence goes on counts
            for sentence in _sentences(paragraph):
                if _MAY_HOLD_A_QUANTITY.search(sentence):
                    # 甲县完成到位资金42.5亿元,占年度任务的85%;乙县完成38.6亿元: an item naming only its place counts
                    # what the item before it counts first
                    quantities = _quantities(
                        sentence, index, carried, listed, context, above or (counted if listed else None)
                    )
                    carried = quantities[-1].status if quantities else carried
                    counted = quantities[0].subject if quantities else counted
                    targets.extend(quantities)
                targets.extend(_others(sentence, index, context))
                listed = sentence.rstrip().endswith(_CONTINUED)
                if reading.opens_goals(sentence):
                    carried, opened = "goal", True  # 2024年主要目标任务: the lines of the list under it set goals
            if not paragraph.rstrip().endswith(_CONTINUED):
                carried, listed, opened = None, False, False
            if award:
                targets[first:] = [_in_award(target, award) for target in targets[first:]]
    return targets


# A heading or a line of its own naming an award (（一）综合奖, 2.招商引资突出贡献奖), not a prize's class.
_AWARD_LINE = re.compile(
    r"^(?:[(]?[一二三四五六七八九十\d]{1,2}[)、.]\s*)?(?P<award>(?!.*等奖)[^\d,;:。()]{1,12}奖)(?:\([^()]{1,8}\))?:?$"
)


def _award(line: str) -> str | None:
    found = _AWARD_LINE.match(line.strip()) if "奖" in line else None
    return found.group("award") if found else None


def _in_award(target: Target, award: str) -> Target:
    """A prize's class listed under a heading naming the award (（一）综合奖 / 一等奖:甲区) ranks in that award."""
    if target.kind == "ranking" and target.unit == "等奖" and target.subject is None:
        return target.model_copy(update={"subject": award})
    return target


def _cell_sentences(cell: str, paragraph: str, section: int, context: reading.Setting) -> list[Target]:
    """The figures of a cell that is no figure of its column (a sentence, a row's name), read as text."""
    found: list[Target] = []
    for sentence in _sentences(cell):
        if _MAY_HOLD_A_QUANTITY.search(sentence):
            found.extend(_quantities(sentence, section, None, False, context))
        found.extend(_others(sentence, section, context))
    return [target.model_copy(update={"sentence": paragraph}) for target in found]


def _others(sentence: str, section: int, context: reading.Setting) -> list[Target]:
    """A sentence's fractions, formula results, deadlines and rankings."""
    found = _fractions(sentence, section, context) if "/" in sentence else []
    if "=" in sentence:
        found.extend(_formula_results(sentence, section))
    if _MAY_HOLD_A_DEADLINE.search(sentence):
        found.extend(_deadlines(sentence, section))
    if "月" in sentence:
        found.extend(_month_deadlines(sentence, section))
    if _MAY_HOLD_A_RANKING.search(sentence):
        found.extend(_rankings(sentence, section))
    return found


def _with_heading(
    paragraphs: tuple[str, ...], headings: tuple[tuple[str | None, int], ...], index: int
) -> tuple[str, ...]:
    """A section's paragraphs after its heading when the heading states figures: a report's numbered
    lines are often whole sentences (（一）全年签约项目56个,总投资230亿元。)."""
    heading = headings[index][0] if index < len(headings) else None
    if heading and _HEADING_FIGURE.search(heading) and not any(heading in paragraph for paragraph in paragraphs):
        return (heading, *paragraphs)  # a heading the section's text repeats (第一,…) is read there
    return paragraphs


# Digits that are no year: a heading of 2023年工作回顾 states no figure.
_HEADING_FIGURE = re.compile(r"\d(?![\d.]*年)")


# A line that only names what the lines under it count: `项目个数:`, `新落户企业：`.
_LABEL_LINE = re.compile(r"^([^\d,;:。!?()、\s]{2,12})[:：]$")


def _label(paragraph: str) -> str | None:
    """The words of a label line when they name a count or an amount (项目个数, 新落户企业), not a lead-in
    (现将有关情况通报如下:)."""
    if not paragraph.rstrip().endswith((":", "：")):
        return None
    found = _LABEL_LINE.match(paragraph.strip())
    return found.group(1) if found and reading.names_a_count(found.group(1)) else None


def _headings_above(headings: tuple[tuple[str | None, int], ...], index: int) -> list[str]:
    """The headings that govern section `index`: its own and those of the outline levels above it, outermost
    first."""
    if index >= len(headings):
        return []
    found, level = [], headings[index][1] + 1
    for heading, heading_level in reversed(headings[: index + 1]):
        if heading_level < level:
            if heading:
                found.append(heading)
            level = heading_level
        if level <= 0:
            break
    return found[::-1]
