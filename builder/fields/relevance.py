"""The relevance gate: a page that never mentions the subject is set aside before the full parse.

A crawl of a whole family of hosts brings in far more pages than the genre has; cleaning and
parsing each of them only to find no investment-promotion vocabulary would cost most of a build.
The gate looks for the words of `topic.json` (`topic_words`) in the decoded page, in simplified
and traditional script, spaces ignored, and nothing else: any page it lets through still meets
the full topic test after cleaning, so it only sets aside pages that test would refuse anyway.
"""

from __future__ import annotations

import re
from functools import cache

from builder.resources import data_json

_SPACES = re.compile(r"\s+")


@cache
def _subject_words() -> tuple[str, ...]:
    import opencc

    simplified = data_json("topic.json")["topic_words"]
    variants = {word for word in simplified}
    for config in ("s2t", "s2tw", "s2hk"):
        converter = opencc.OpenCC(config)
        variants.update(converter.convert(word) for word in simplified)
    return tuple(sorted(variants))


def never_mentions_subject(text: str) -> str | None:
    """Why the page is off-topic before any parsing (the reason's detail), or None when it may be on-topic."""
    words = _subject_words()
    if any(word in text for word in words):
        return None
    if any(word in _SPACES.sub("", text) for word in words):
        return None
    shown = "/".join(data_json("topic.json")["topic_words"][:4])
    return f"no mention of the subject ({shown} … nowhere in the page, in either script)"
