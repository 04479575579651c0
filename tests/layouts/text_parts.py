"""What the text forms of the blind rounds (text_forms3.py to text_forms28.py) are made with besides `families`: days
and moments as tools print them, runs of parts, the capture's text from its blocks or its lines with its furniture
listed, addresses, display widths. Each round's own forms stay in its module."""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from layouts.families import Story

PROVINCES = ["江西省", "安徽省", "湖北省", "浙江省", "四川省", "福建省", "湖南省", "河南省"]
LOWER = "abcdefghjkmnpqrstwxyz"
# The day a story with none stands in for, where a form must show one.
BASE = dt.date(2021, 11, 3)


def _moment(day: dt.date | None, rng: random.Random) -> dt.datetime | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(rng.randrange(7, 20), rng.randrange(60), rng.randrange(60)))


def _after(day: dt.date | None, rng: random.Random, low: int, high: int) -> dt.datetime:
    """A moment `low` to `high` days after the story's day (a save, a crawl, a post): a date the capture shows, not
    its own."""
    base = (day or BASE) + dt.timedelta(days=rng.randrange(low, high))
    return dt.datetime.combine(base, dt.time(rng.randrange(7, 23), rng.randrange(60), rng.randrange(60)))


def _unpadded(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _run(parts: Iterable[str | None], gap: str) -> str | None:
    kept = [part for part in parts if part]
    return gap.join(kept) if kept else None


def _token(rng: random.Random, length: int, alphabet: str = LOWER) -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))


def _crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def _squashed(text: str) -> str:
    return re.sub(r"[\W_]+", "", text)


def _capture(blocks: Iterable[tuple[str | None, bool]], newline: str = "\n") -> tuple[str, tuple[str, ...]]:
    """The capture's text from its blocks in order, and its furniture: the blocks marked True (a None block is one
    the story leaves out; a block with nothing but marks is not listed)."""
    kept = [(text, listed) for text, listed in blocks if text is not None]
    text = newline.join(text for text, _ in kept)
    return text, tuple(text for text, listed in kept if listed and _squashed(text))


def _numbers(rng: random.Random) -> tuple[str, str]:
    province = rng.choice(["赣", "皖", "鄂", "浙", "川", "闽", "湘", "豫"])
    return (
        f"{province}ICP备{rng.randrange(10**7, 10**8)}号-{rng.randrange(1, 9)}",
        f"{province}公网安备 {rng.randrange(10**13, 10**14)}号",
    )


def _join_lines(lines: Iterable[str | None], newline: str = "\n") -> str:
    """The capture's text; a None stands for a line the story leaves out (no headline, date or outlet)."""
    return newline.join(line for line in lines if line is not None)


def _near(day: dt.date | None, rng: random.Random) -> dt.datetime:
    """Another item's moment, a few days either side of the story's day."""
    base = (day or BASE) + dt.timedelta(days=rng.randrange(-20, 6))
    return dt.datetime.combine(base, dt.time(rng.randrange(8, 19), rng.randrange(60), rng.randrange(60)))


def _address(host: str, day: dt.date | None, doc: int, column: str = "zwgk/bmdt") -> str:
    if day is None:
        return f"http://{host}/{column}/{doc}.html"
    return f"http://{host}/{column}/{day:%Y%m}/t{day:%Y%m%d}_{doc}.html"


def _width(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def _later(story: Story, rng: random.Random, low: int, high: int) -> dt.datetime:
    """A moment `low` to `high` days after the story's day."""
    return _after(story.published, rng, low, high)


def _joined(parts: Iterable[tuple[str | None, bool]]) -> tuple[str, tuple[str, ...]]:
    """The capture's text from its parts in order, nothing between them, and its furniture: each run of listed parts
    as one string (a None part is one the story leaves out)."""
    text: list[str] = []
    furniture: list[str] = []
    run: list[str] = []
    for part, listed in parts:
        if part is None:
            continue
        text.append(part)
        if listed:
            run.append(part)
            continue
        if run:
            furniture.append("".join(run))
            run = []
    if run:
        furniture.append("".join(run))
    return "".join(text), tuple(furniture)


def _listed(pieces: Iterable[str]) -> tuple[str, ...]:
    """Furniture strings once each, the longest (squashed) first: none that squashes to nothing, to digits alone or to
    one letter (squashed, what the story's own text holds too)."""
    seen: dict[str, str] = {}
    for piece in pieces:
        key = _squashed(piece)
        if not key or key.isdigit() or (len(key) == 1 and key.isascii()):
            continue
        if key not in seen:
            seen[key] = piece
    return tuple(sorted(seen.values(), key=lambda piece: -len(_squashed(piece))))
