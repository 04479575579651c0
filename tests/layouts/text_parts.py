"""What the text forms of the blind rounds (text_forms14.py, text_forms15.py) are made with besides `families`: days
and moments as tools print them, runs of parts, the capture's text from its blocks with its furniture listed. Each
round's own forms stay in its module."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterable

PROVINCES = ["江西省", "安徽省", "湖北省", "浙江省", "四川省", "福建省", "湖南省", "河南省"]
LOWER = "abcdefghjkmnpqrstwxyz"


def _moment(day: dt.date | None, rng: random.Random) -> dt.datetime | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(rng.randrange(7, 20), rng.randrange(60), rng.randrange(60)))


def _after(day: dt.date | None, rng: random.Random, low: int, high: int) -> dt.datetime:
    """A moment `low` to `high` days after the story's day (a save, a crawl, a post): a date the capture shows, not
    its own."""
    base = (day or dt.date(2021, 11, 3)) + dt.timedelta(days=rng.randrange(low, high))
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
