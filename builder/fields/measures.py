"""A target's figure and deadline made comparable: the amount step and the deadline step, applied to
each target after extraction (`builder.run.pipeline` calls `measure`, once per target).

Input: a `Target` as `builder.fields.targets` found it and the article's `DateInfo` and `Region`. Output: the
same target with (for a quantity) `amount`, `amount_low`/`amount_high`, `currency`, `amount_unit`, `amount_missing`,
`deadline_date` and `deadline_basis`; a goal whose sentence states a deadline (力争年底前引进项目10个)
also gets those words as its `deadline_text` (what makes a sentence a goal's: `deadlines.json`; in
another sentence only `…前` is a deadline).
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from builder.fields import amounts, deadlines
from builder.record.models import DateInfo, Region, Target
from builder.resources import data_json

_AMOUNT_FIELDS = dataclasses.fields(amounts.Amount)


def measure(target: Target, date: DateInfo, region: Region) -> Target:
    return target.model_copy(update=measured(target, date, region))


def measured(target: Target, date: DateInfo, region: Region) -> dict[str, object]:
    """The fields `measure` sets, for a caller that changes others in the same copy."""
    amount = (
        amounts.resolve(
            amounts.AmountInput(target.value, target.value_text, target.unit, target.sentence, region.province)
        )
        if target.kind == "quantity"
        else amounts.Amount()  # a rank (第1名) is no amount of anything
    )
    deadline = deadlines.resolve(
        deadlines.DeadlineInput(
            target.deadline_text,
            target.sentence,
            date.event,
            date.year,
            date.month,
            _figure_at(target),
            _sets_a_goal(target),
        )
    )
    return {
        **_fields_of(amount),
        "deadline_text": deadline.words,
        "deadline_date": deadline.date,
        "deadline_basis": deadline.basis,
    }


def _fields_of(amount: amounts.Amount) -> dict[str, object]:
    """As `dataclasses.asdict`, without its deep copy of every value (an amount's are numbers and strings)."""
    return {field.name: getattr(amount, field.name) for field in _AMOUNT_FIELDS}


def _sets_a_goal(target: Target) -> bool:
    return target.status == "goal" or _has_a_goal_cue(target.sentence or "")


@lru_cache(maxsize=8)
def _has_a_goal_cue(sentence: str) -> bool:
    """Read once for the targets of a sentence, which come one after another."""
    return _goal_cue().search(sentence) is not None


@lru_cache(maxsize=1)
def _goal_cue() -> re.Pattern[str]:
    """Any of the goal cues: one search in C where a loop over the cues took a Python step each."""
    return re.compile("|".join(map(re.escape, data_json("deadlines.json")["goal_cues"])))


def _figure_at(target: Target) -> int:
    """Where the figure stands in its sentence (its first occurrence), or the sentence's end."""
    sentence = target.sentence or ""
    at = sentence.find(f"{target.value_text}{target.unit or ''}") if target.value_text else -1
    return at if at >= 0 else len(sentence)
