"""The relevance gate: a page that never mentions the subject is set aside before the full parse.

A crawl of a whole family of hosts brings in far more pages than the genre has; cleaning and
parsing each of them only to find no investment-promotion vocabulary would cost most of a build.
The gate looks for the words of `topic.json` (`topic_words`) in the decoded page, in simplified
and then traditional script (OpenCC's s2t of the words, loaded only when a page needs it), spaces
ignored, and nothing else: any page it lets through still meets the full topic test after
cleaning, so it only sets aside pages that test would refuse anyway.
"""

from __future__ import annotations

import re
from functools import cache

from builder.clean.script import to_traditional
from builder.resources import data_json

_SPACES = re.compile(r"\s+")


def _simplified_words() -> list[str]:
    return data_json("topic.json")["topic_words"]


@cache
def _traditional_words() -> tuple[str, ...]:
    return tuple(sorted({to_traditional(word) for word in _simplified_words()} - set(_simplified_words())))


def _mentions(text: str) -> bool:
    return any(word in text for word in _simplified_words()) or any(word in text for word in _traditional_words())


def never_mentions_subject(text: str) -> str | None:
    """Why the page is off-topic before any parsing (the reason's detail), or None when it may be on-topic."""
    if _mentions(text) or _mentions(_SPACES.sub("", text)):
        return None
    shown = "/".join(_simplified_words()[:4])
    return f"no mention of the subject ({shown} … nowhere in the page, in either script)"
