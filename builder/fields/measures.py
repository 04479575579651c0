"""A target's figure and deadline made comparable: the amount step and the deadline step, applied to
each target after extraction (`builder.run.pipeline` calls `measure`, once per target).

Input: a `Target` as `builder.fields.targets` found it and the article's `DateInfo` and `Region`. Output: the
same target with (for a quantity) `amount`, `amount_low`/`amount_high`, `currency`, `amount_unit`, `amount_missing`,
`deadline_date` and `deadline_basis`; a goal whose sentence states a deadline (力争年底前引进项目10个)
also gets those words as its `deadline_text` (what makes a sentence a goal's: `deadlines.json`).
"""

from __future__ import annotations

import dataclasses

from builder.fields import amounts, deadlines
from builder.record.models import DateInfo, Region, Target
from builder.resources import data_json


def measure(target: Target, date: DateInfo, region: Region) -> Target:
    amount = (
        amounts.resolve(
            amounts.AmountInput(target.value, target.value_text, target.unit, target.sentence, region.province)
        )
        if target.kind == "quantity"
        else amounts.Amount()  # a rank (第1名) is no amount of anything
    )
    # A result's sentence dates what was done (上半年完成投资50亿元), never a deadline.
    sentence = target.sentence if _sets_a_goal(target) else None
    deadline = deadlines.resolve(
        deadlines.DeadlineInput(target.deadline_text, sentence, date.event, date.year, date.month)
    )
    return target.model_copy(
        update={
            **dataclasses.asdict(amount),
            "deadline_text": deadline.words,
            "deadline_date": deadline.date,
            "deadline_basis": deadline.basis,
        }
    )


def _sets_a_goal(target: Target) -> bool:
    sentence = target.sentence or ""
    return target.status == "goal" or any(cue in sentence for cue in data_json("deadlines.json")["goal_cues"])
