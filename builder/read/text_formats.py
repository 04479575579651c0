"""Text captures saved in a format of their own, read back to the lines a plain copy of the same page gives: a
subtitle file (SubRip's or WebVTT's numbered cues with their timecodes) and a web clipper's Markdown (its YAML front
matter, `#` headings, links and images). A text in neither format is returned as it is; each is known by what only
it writes (three timecodes or more; a front matter fenced by `---` from the first line), never by one tool's words."""

from __future__ import annotations

import re

# A cue's timecode line: 00:00:01,450 --> 00:00:02,783 (SubRip), 00:01.450 --> 00:02.783 (WebVTT), cue settings after.
_TIMECODE = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}")
_CUE_NUMBER = re.compile(r"^\s*\d{1,6}\s*$")
_SUBTITLE_CUES_MIN = 3

_FENCE = re.compile(r"^---\s*$")
_FRONT_MATTER_LINES_MAX = 40
_FRONT_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*):\s*(?P<value>.*)$")
# The front matter's keys whose value is the page's date or title, as the text's own lines would give them.
_DATE_KEYS = ("published", "date", "created")
_TITLE_KEY = "title"
_HEADING = re.compile(r"^#{1,6}\s+")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"\*\*|__")


def as_plain_text(text: str) -> str:
    """The text without a subtitle file's cue numbers and timecodes, and a Markdown clip as plain lines."""
    return _markdown_as_plain(_without_cue_marks(text))


def _without_cue_marks(text: str) -> str:
    if text.count("-->") < _SUBTITLE_CUES_MIN:  # one search in C instead of a match at every line
        return text
    lines = text.split("\n")
    cues = [index for index, line in enumerate(lines) if _TIMECODE.match(line)]
    if len(cues) < _SUBTITLE_CUES_MIN:
        return text
    marks = set(cues) | {index - 1 for index in cues if index > 0 and _CUE_NUMBER.match(lines[index - 1])}
    if lines[0].strip().lstrip("\ufeff") == "WEBVTT":
        marks.add(0)
    return "\n".join(line for index, line in enumerate(lines) if index not in marks)


def _markdown_as_plain(text: str) -> str:
    if not text.lstrip("\ufeff").startswith("---"):  # no front matter: the text is not split into lines at all
        return text
    lines = text.split("\n")
    end = _front_matter_end(lines)
    if end is None:
        return text
    fields = _front_matter_fields(lines[1:end])
    body = [plain for line in lines[end + 1 :] if (plain := _plain_line(line)) or not line.strip()]
    head = [f"发布时间：{date}" for date in (fields.get(key) for key in _DATE_KEYS) if date][:1]
    if fields.get(_TITLE_KEY) and not any(_HEADING.match(line) for line in lines[end + 1 :]):
        head.insert(0, f"标题：{fields[_TITLE_KEY]}")
    return "\n".join([*head, *body])


def _front_matter_end(lines: list[str]) -> int | None:
    """The closing fence's index, where the first line opens a front matter of `key: value` lines."""
    if not lines or not _FENCE.match(lines[0].lstrip("\ufeff")):
        return None
    for index in range(1, min(len(lines), _FRONT_MATTER_LINES_MAX)):
        if _FENCE.match(lines[index]):
            return index if index > 1 and _FRONT_KEY.match(lines[1]) else None
    return None


def _front_matter_fields(lines: list[str]) -> dict[str, str]:
    """Each top-level key's value on its own line, unquoted (a list's items under a key are left out)."""
    fields = {}
    for line in lines:
        found = _FRONT_KEY.match(line)
        if found and found.group("value").strip():
            fields[found.group("key").lower()] = found.group("value").strip().strip("\"'")
    return fields


def _plain_line(line: str) -> str:
    """A Markdown line as its words: a heading without its marks, a link as its text, no image, no bold marks."""
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _HEADING.sub("", line)
    return _EMPHASIS.sub("", line).strip()
