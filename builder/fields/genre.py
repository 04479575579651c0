"""Genre (news report, speech or document) and topic (is this about government investment promotion?).

Input: title and body (Simplified, ASCII punctuation). Output: the genre, or the cue that makes a
capture off-topic. The cues are data (`genre.json`, `topic.json`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from builder.prefilter import Prefiltered, prefiltered
from builder.record.models import Genre
from builder.resources import data_json

GENRE = "genre.json"
TOPIC = "topic.json"
_OPENING_PARAGRAPHS = 3


@dataclass(frozen=True)
class TextInput:
    title: str | None
    paragraphs: tuple[str, ...]


@lru_cache(maxsize=1)
def _cues() -> dict[str, Prefiltered]:
    """Each cue behind a search for the words every match of it holds: most texts hold none of a cue's."""
    data = data_json(GENRE)
    return {
        key: prefiltered(re.compile(value, re.MULTILINE))
        for key, value in data.items()
        if isinstance(value, str) and key[0] != "_"
    }


def classify_genre(data: TextInput) -> Genre:
    cues = _cues()
    title = data.title or ""
    body = "\n".join(data.paragraphs)
    if cues["speech_title"].search(title):
        return "speech"
    if cues["document_title"].search(title):
        return "document"
    if any(cues["speech_opening"].match(p) for p in data.paragraphs[:_OPENING_PARAGRAPHS]):
        return "speech"
    if cues["speech_body"].search(body):
        return "speech"
    opening = data.paragraphs[:_OPENING_PARAGRAPHS]
    if cues["document_opening"].match(data.paragraphs[0] if data.paragraphs else "") or any(
        cues["document_number"].match(p) for p in opening
    ):
        return "document"
    if cues["document_body"].search(body):
        return "document"
    if len(cues["first_person"].findall(body)) >= data_json(GENRE)["first_person_min"]:
        return "speech"
    return "news_report"


@lru_cache(maxsize=1)
def _fiction_cues() -> tuple[tuple[str, Prefiltered, int], ...]:
    return tuple(
        (cue["name"], prefiltered(re.compile(cue["pattern"], re.MULTILINE)), cue["min"])
        for cue in data_json(TOPIC)["fiction"]
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
