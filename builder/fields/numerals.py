"""Chinese numerals → numbers, for number spans only (never run over whole text)."""

from __future__ import annotations

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_LARGE_UNITS = {"万": 10_000, "亿": 100_000_000}


def chinese_to_int(span: str) -> int | None:
    """二〇二三 → 2023, 十四 → 14, 一千三百八十三 → 1383, 二兆 is not handled (None)."""
    if not span or any(c not in _DIGITS and c not in _SMALL_UNITS and c not in _LARGE_UNITS for c in span):
        return None
    if all(c in _DIGITS for c in span):
        return int("".join(str(_DIGITS[c]) for c in span))
    total = section = digit = 0
    for char in span:
        if char in _DIGITS:
            digit = _DIGITS[char]
        elif char in _SMALL_UNITS:
            section += (digit or 1) * _SMALL_UNITS[char]
            digit = 0
        else:
            total = (total + section + digit) * _LARGE_UNITS[char]
            section = digit = 0
    return total + section + digit


def chinese_to_number(span: str) -> float | None:
    """二点六 → 2.6; whole numbers as chinese_to_int."""
    whole, point, fraction = span.partition("点")
    number = chinese_to_int(whole)
    if number is None or not point:
        return None if number is None else float(number)
    if not fraction or any(c not in _DIGITS for c in fraction):
        return None
    return float(f"{number}.{''.join(str(_DIGITS[c]) for c in fraction)}")
