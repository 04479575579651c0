"""Genre (news report or speech) and topic (is this about government investment promotion?).

Input: title and body (Simplified). Output: the genre, or the cue that makes a capture off-topic.
The cues are data (`topic.json`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from builder.models import Genre
from builder.resources import data_json

TOPIC = "topic.json"
_SPEECH_TITLE = re.compile(r"在.{2,60}上的(?:讲话|致辞|发言|主持词|主持讲话|报告)|讲话稿|讲话$|致辞$")
_SPEECH_OPENING = re.compile(r"^(同志们|尊敬的|各位(领导|来宾|代表|企业家))")
_FIRST_PERSON = re.compile(r"我(讲|先讲|再讲|强调|谈)|下面,?我|借此机会")


@dataclass(frozen=True)
class TextInput:
    title: str | None
    paragraphs: tuple[str, ...]


def classify_genre(data: TextInput) -> Genre:
    if data.title and _SPEECH_TITLE.search(data.title):
        return "speech"
    opening = data.paragraphs[:3]
    if any(_SPEECH_OPENING.match(p) for p in opening):
        return "speech"
    body = "\n".join(data.paragraphs)
    return "speech" if len(_FIRST_PERSON.findall(body)) >= 2 else "news_report"


@lru_cache(maxsize=1)
def _fiction_cues() -> tuple[tuple[str, re.Pattern[str], int], ...]:
    return tuple(
        (cue["name"], re.compile(cue["pattern"], re.MULTILINE), cue["min"]) for cue in data_json(TOPIC)["fiction"]
    )


def off_topic_cue(data: TextInput, original: str) -> str | None:
    """Why the capture is not about government investment promotion, or None when it is."""
    body = "\n".join(data.paragraphs)
    for name, pattern, minimum in _fiction_cues():
        if len(pattern.findall(original)) >= minimum or len(pattern.findall(body)) >= minimum:
            return f"fiction ({name})"
    whole = f"{data.title or ''}\n{body}"
    if not any(word in whole for word in data_json(TOPIC)["topic_words"]):
        return "no investment-promotion vocabulary (" + "/".join(data_json(TOPIC)["topic_words"][:4]) + " …)"
    return None
