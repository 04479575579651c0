"""Targets: every quantified goal, result, deadline or ranking, with the sentence it stands in.

Input: the sections' paragraphs (Simplified). Output: `Target` records. Units, qualifiers and the
words that tell a goal from a result are data (`targets.json`). Chinese numerals are converted only
inside a number span, never across the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from builder.models import Target, TargetStatus
from builder.numerals import chinese_to_int
from builder.resources import data_json

TARGETS = "targets.json"
_SENTENCE = re.compile(r"[^。;!?;!?\n]+[。;!?;!?]?")
_REDACTED = r"[Xx]{1,3}|×{1,3}|\*{2,3}|[XxＸ]{2}"
_CHINESE_NUMBER = r"[一二两三四五六七八九十百千]+(?:万|亿)?[一二三四五六七八九十百千]*"


@dataclass(frozen=True)
class TargetInput:
    sections: tuple[tuple[str, ...], ...]


@lru_cache(maxsize=1)
def _quantity() -> re.Pattern[str]:
    data = data_json(TARGETS)
    units = "|".join(map(re.escape, sorted(data["units"], key=len, reverse=True)))
    money = "|".join(map(re.escape, sorted(data["money_units"], key=len, reverse=True)))
    before = "|".join(map(re.escape, sorted(data["qualifiers_before"], key=len, reverse=True)))
    after = "|".join(map(re.escape, sorted(data["qualifiers_after"], key=len, reverse=True)))
    return re.compile(
        rf"(?P<before>{before})?"
        rf"(?:(?P<num>(?<![\d.第])\d+(?:\.\d+)?|{_REDACTED})(?P<unit>{units}|{money})"
        rf"|(?P<cnum>(?<![一二两三四五六七八九十百千第])(?:{_CHINESE_NUMBER}))(?P<cunit>{money}))"
        rf"(?P<after>{after})?"
    )


_DEADLINE = re.compile(
    r"(?P<d>(?:\d{1,2}月(?:\d{1,2}日|底|中旬|上旬|下旬|末)?|年底|年内|上半年|下半年|月底|“[^”]{1,6}”|"
    r"[一二三四]季度末?|春节|国庆)前)"
)
_RANKING = re.compile(
    r"(?P<lead>排名|居|位居|位列|名列|进入|跻身|保持)(?P<scope>[^,。;,;]{0,12}?)第(?P<n>[一二三四五六七八九十\d]+)"
    r"(?P<unit>名|位|方阵|梯队)?"
)


def _sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(paragraph) if s.strip()]


def _clause_before(sentence: str, start: int) -> str:
    clause_start = max(sentence.rfind(mark, 0, start) for mark in ",,:: ")
    return sentence[clause_start + 1 : start]


def _status(sentence: str, start: int) -> TargetStatus:
    data = data_json(TARGETS)
    context = sentence[: start + 1]
    goal = max((context.rfind(w) for w in data["goal_words"]), default=-1)
    result = max((context.rfind(w) for w in data["result_words"]), default=-1)
    if goal < 0 and result < 0:
        return "unknown"
    return "goal" if goal > result else "result"


def _subject(sentence: str, start: int) -> str | None:
    data = data_json(TARGETS)
    subject = _clause_before(sentence, start)
    for word in sorted(data["goal_words"] + data["result_words"] + data["qualifiers_before"], key=len, reverse=True):
        if subject.endswith(word):
            subject = subject[: -len(word)]
    subject = subject.strip(" “”\"'")
    return subject[-24:] or None


def _qualifier(sentence: str, match: re.Match[str]) -> str | None:
    """The qualifier as written, unless the word before the figure only ends like one (签约)."""
    before = match.group("before")
    if before:
        start = match.start("before")
        word = sentence[max(0, start - 1) : start + len(before)]
        if word in data_json(TARGETS)["not_qualifiers"]:
            before = None
    return before or match.group("after")


def _value(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _is_date_or_ordinal(sentence: str, match: re.Match[str]) -> bool:
    following = sentence[match.end() : match.end() + 1]
    return match.group("unit") in {"年", "月", "日"} or following in {"月", "日", "号"}


def _quantities(sentence: str, section: int) -> list[Target]:
    found = []
    for match in _quantity().finditer(sentence):
        if match.group("num") is not None:
            if _is_date_or_ordinal(sentence, match):
                continue
            raw, unit = match.group("num"), match.group("unit")
            value_text = "X" if raw in {"×", "××", "×××", "**", "***", "XX", "ＸＸ"} else raw
            value = _value(raw)
        else:
            number = chinese_to_int(match.group("cnum"))
            if number is None:
                continue
            value_text, unit, value = str(number), match.group("cunit"), float(number)
        start = match.start("num") if match.group("num") is not None else match.start("cnum")
        found.append(
            Target(
                kind="quantity",
                status=_status(sentence, start),
                subject=_subject(sentence, start),
                value=value,
                value_text=value_text,
                unit=unit,
                qualifier=_qualifier(sentence, match),
                sentence=sentence,
                section_index=section,
            )
        )
    return found


def _deadlines(sentence: str, section: int) -> list[Target]:
    return [
        Target(
            kind="deadline",
            status=_status(sentence, match.start()),
            subject=sentence[match.end() :].lstrip("要将须必").split(",")[0].split(",")[0][:30] or None,
            deadline_text=match.group("d"),
            sentence=sentence,
            section_index=section,
        )
        for match in _DEADLINE.finditer(sentence)
    ]


def _rankings(sentence: str, section: int) -> list[Target]:
    found = []
    for match in _RANKING.finditer(sentence):
        raw = match.group("n")
        number = int(raw) if raw.isdigit() else chinese_to_int(raw)
        if number is None:
            continue
        found.append(
            Target(
                kind="ranking",
                status=_status(sentence, match.start()),
                subject=(match.group("lead") + match.group("scope")) or None,
                value=float(number),
                value_text=str(number),
                unit=match.group("unit") or "名",
                sentence=sentence,
                section_index=section,
            )
        )
    return found


def extract(data: TargetInput) -> list[Target]:
    targets: list[Target] = []
    for index, paragraphs in enumerate(data.sections):
        for paragraph in paragraphs:
            for sentence in _sentences(paragraph):
                targets.extend(_quantities(sentence, index))
                targets.extend(_deadlines(sentence, index))
                targets.extend(_rankings(sentence, index))
    return targets
