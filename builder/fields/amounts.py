"""Amounts: a target's figure in its base unit, so that figures written in 万元, 亿元 or 万美元 compare.

Input: the figure as targets.py found it (`value`, `value_text`, `unit`), its sentence and the
article's province (元 in a Taiwan text is 新台币). Output:
`Amount`: `amount` (yuan, dollars ... for money; the count for a count unit, 万 multiplied out; the
figure for %), `amount_low`/`amount_high` for a range, `currency`, `amount_unit` (the unit `amount`
counts in), and `amount_missing` (why `amount` is null when the figure has one). Units, currencies,
multipliers and the words that make a bare 亿 money are data (`amounts.json`). Qualifiers (约, 近,
以上, 不少于) stay in the target's `qualifier` and never change the amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from builder.fields.numerals import chinese_to_number
from builder.prefilter import behind_start_test
from builder.resources import data_json

AMOUNTS = "amounts.json"
_NUMBER = r"\d+(?:\.\d+)?"
_WRITTEN_RANGE = re.compile(rf"^({_NUMBER})[-~]({_NUMBER})$")
_PLAIN_NUMBER = re.compile(_NUMBER)
_CHINESE_DIGITS = "〇零一二两三四五六七八九十百千"
_CHINESE = rf"[{_CHINESE_DIGITS}]+(?:点[〇零一二三四五六七八九]+)?"


# Not frozen: made often (one a target), and a frozen dataclass takes 3 to 5 times as long to make.
@dataclass
class AmountInput:
    value: float | None
    value_text: str | None
    unit: str | None
    sentence: str | None
    province: str | None = None


# Not frozen: made often (one a target), and a frozen dataclass takes 3 to 5 times as long to make.
@dataclass
class Amount:
    amount: float | None = None
    amount_low: float | None = None
    amount_high: float | None = None
    currency: str | None = None
    amount_unit: str | None = None
    amount_missing: str | None = None


# Not frozen: made often (one a target), and a frozen dataclass takes 3 to 5 times as long to make.
@dataclass
class _Scale:
    factor: float
    currency: str | None
    unit: str | None


def resolve(data: AmountInput) -> Amount:
    """The figure's amount, range and currency; a figure without a number or unit gets the reason."""
    if data.value_text is None:
        return Amount()
    scale = _scale(data.unit, data.sentence or "", _local_currency(data.province))
    if scale is None:
        return Amount(amount_missing="redacted" if data.value_text == "X" else "no_unit")
    currency, unit = scale.currency, scale.unit
    if data.value_text == "X":
        return Amount(amount_missing="redacted", currency=currency, amount_unit=unit)
    ends = _range(data)
    if ends is not None:
        low, high = (_times(repr(end), end, scale.factor) for end in ends)
        return Amount(amount_low=low, amount_high=high, amount_missing="range", currency=currency, amount_unit=unit)
    if data.value is None:
        return Amount(amount_missing="not_a_number", currency=currency, amount_unit=unit)
    return Amount(amount=_times(data.value_text, data.value, scale.factor), currency=currency, amount_unit=unit)


def _times(written: str, value: float, factor: float) -> float:
    """The figure times the unit's factor in decimal: 297.15亿 is 29715000000, where binary floats give
    29714999999.999996."""
    try:
        number = Decimal(written)
    except InvalidOperation:  # a Chinese numeral, converted by targets.py
        number = Decimal(repr(value))
    return float(number * Decimal(factor))


def _local_currency(province: str | None) -> str:
    """The currency 元 means where the article is: CNY but in Taiwan, Hong Kong and Macau."""
    return data_json(AMOUNTS)["local_currency"].get(province or "", "CNY")


def _scale(unit: str | None, sentence: str, local: str) -> _Scale | None:
    if not unit:
        return None
    data = data_json(AMOUNTS)
    if unit in data["money"]:
        factor, currency = data["money"][unit]
        currency = local if currency == "CNY" else currency
        return _Scale(factor, currency, data["base_units"][currency])
    if unit in data["percent"]:
        return _Scale(1, None, unit)
    multiplier, rest = _split_multiplier(unit)
    if multiplier and not rest:  # a bare 亿 or 万
        if _is_money_sentence(sentence):
            return _Scale(data["multipliers"][multiplier], local, data["base_units"][local])
        return _Scale(data["multipliers"][multiplier], None, None)
    if multiplier:
        return _Scale(data["multipliers"][multiplier], None, rest)
    return _Scale(1, None, unit)


def _split_multiplier(unit: str) -> tuple[str | None, str]:
    """万人次 → (万, 人次); 万亿 → (万亿, ""); 个 → (None, 个)."""
    for multiplier in _multipliers_longest_first():
        if unit.startswith(multiplier):
            return multiplier, unit[len(multiplier) :]
    return None, unit


@lru_cache(maxsize=1)
def _multipliers_longest_first() -> tuple[str, ...]:
    return tuple(sorted(data_json(AMOUNTS)["multipliers"], key=len, reverse=True))


def _is_money_sentence(sentence: str) -> bool:
    return any(cue in sentence for cue in data_json(AMOUNTS)["money_cues"])


def _range(data: AmountInput) -> tuple[float, float] | None:
    """The two ends of a range, in the unit of the figure: `3-5` as targets.py keeps it, or the low end
    written before the figure (3到5个, 3亿—5亿元, 3000万-1亿元, 三至五亿元)."""
    written = _WRITTEN_RANGE.match(data.value_text or "")
    if written:
        return float(written.group(1)), float(written.group(2))
    if data.value is None or not data.sentence or not _has_range_mark(data.sentence):
        return None
    match = _low_end_before(data.sentence, data.value_text or "")
    if not match or _number(match.group("high")) != data.value:
        return None
    low = _number(match.group("low"))
    if low is None:
        return None
    low_unit, unit = match.group("low_unit"), data.unit or ""
    if low_unit and not unit.startswith(low_unit):
        multipliers = data_json(AMOUNTS)["multipliers"]
        figure_multiplier = _split_multiplier(unit)[0]
        if figure_multiplier is None:
            return None
        low = low * multipliers[low_unit] / multipliers[figure_multiplier]
    return (low, data.value) if low < data.value else None


def _has_range_mark(sentence: str) -> bool:
    """Whether a range could be written in the sentence at all: its pattern needs a mark between the ends."""
    return _range_mark().search(sentence) is not None


@lru_cache(maxsize=1)
def _range_mark() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, data_json(AMOUNTS)["range_marks"])))


def _low_end_before(sentence: str, value_text: str) -> re.Match[str] | None:
    """The first low end written before the figure `value_text` that targets.py did not keep whole with it.

    A figure written in plain digits is looked for with one pattern whose high end is any number, where a
    pattern of its own digits cost a compilation (1.4 ms) for every new figure. Where that high end is another
    number, the figure's own pattern finds nothing at that start (the ends and the mark between them can be
    read only one way), so the search goes on from the next character, as the figure's own would.
    """
    if _PLAIN_NUMBER.fullmatch(value_text) is None:
        return next((m for m in _low_end(value_text).finditer(sentence) if not _kept_whole_by_targets(m)), None)
    position = 0
    while (match := _any_low_end().search(sentence, position)) is not None:
        digits = match.group("digits")
        if digits is not None and digits != value_text:
            position = match.start() + 1
        elif _kept_whole_by_targets(match):
            position = match.end()
        else:
            return match
    return None


def _kept_whole_by_targets(match: re.Match[str]) -> bool:
    """`10-20亿元` is one figure, `10-20`, for targets.py: another figure written `20` in the same
    sentence (`10-20亿元、20亿元以上`) is not its high end."""
    return match.group("low")[0].isdigit() and not match.group("low_unit") and match.group("mark") in "-~"


def _number(written: str) -> float | None:
    """3, 1.5 or a Chinese numeral (三, 十五, 二点五)."""
    return float(written) if written[0].isdigit() else chinese_to_number(written)


@lru_cache(maxsize=256)
def _low_end(value_text: str) -> re.Pattern[str]:
    """The low end, its own unit and the range mark before the figure, whose digits `value_text` are as
    written or in Chinese numerals (三至五亿元: the figure is 5)."""
    return re.compile(_low_end_pattern(rf"{re.escape(value_text)}(?![\d.])"))


@lru_cache(maxsize=1)
def _any_low_end() -> re.Pattern[str]:
    """`_low_end` of any figure written in plain digits, the digits in the group `digits`."""
    return behind_start_test(_low_end_pattern(rf"(?P<digits>{_NUMBER})(?![\d.])"))  # it opens with a lookbehind


def _low_end_pattern(figure_digits: str) -> str:
    data = data_json(AMOUNTS)
    marks = "|".join(map(re.escape, data["range_marks"]))
    low_units = "|".join(map(re.escape, data["range_low_units"]))
    return (
        rf"(?<![\d.第{_CHINESE_DIGITS}])(?P<low>{_NUMBER}|{_CHINESE})(?P<low_unit>{low_units})?元?\s*(?P<mark>{marks})\s*"
        rf"(?P<high>{figure_digits}|{_CHINESE})"
    )
