"""What the pages of the blind rounds (unseen12.py to unseen28.py) are made with besides `families`: parts of markup,
dates and moments as pages print them, a story's day moved. Each round's own layouts stay in its module."""

from __future__ import annotations

import datetime as dt
import json
from html import escape


def _join(parts: list[str], between: str = "　") -> str:
    """The non-empty parts, with `between` between them."""
    return between.join(part for part in parts if part)


def _ps(lines: tuple[str, ...] | list[str], attributes: str = "") -> str:
    """Paragraphs as `<p>`s, each with the same attributes."""
    return "\n".join(f"<p{attributes}>{escape(line)}</p>" for line in lines)


def _script_json(value: object) -> str:
    """JSON as a page's inline script holds it: `</` escaped so no string closes the script."""
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def _at(day: dt.date, rng) -> dt.datetime:
    """A moment on `day`, in the hours a page is posted."""
    return dt.datetime.combine(day, dt.time(rng.randrange(7, 22), rng.randrange(60), rng.randrange(60)))


def _epoch_ms(moment: dt.datetime) -> int:
    """Milliseconds since the epoch of a Beijing-time moment."""
    return int(moment.replace(tzinfo=dt.timezone(dt.timedelta(hours=8))).timestamp()) * 1000


def _cn_day(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _shifted(day: dt.date | None, days: int) -> dt.date | None:
    """The story's day moved by `days` (earlier when negative), or none where the story has no date."""
    return day + dt.timedelta(days=days) if day else None
