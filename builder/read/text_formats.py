"""Text captures saved in a format of their own, read back to the lines a plain copy of the same page gives: a
subtitle file (SubRip's or WebVTT's numbered cues with their timecodes) or a speech recogniser's transcript (its
segments' bracketed times), a record a tool printed (`text_records.py`), a web clipper's Markdown (its YAML front
matter, `#` headings, links and images) and a page converted to Markdown without one (an LLM reader's or a
converter's: links, images, setext headings, list marks; a reader's `Markdown Content:` header). A text in none of
these formats is returned as it is; each is known by what only it writes (three timecodes or more; a front matter
fenced by `---` from the first line; a heading's marks opening the text, three lines or more holding a Markdown link or
image to an address, or a reader's `Markdown Content:` header), never by one tool's words."""

from __future__ import annotations

import re

from builder.read.text_records import as_article_lines, day_in_china, page_title_headline

# A cue's timecode line: 00:00:01,450 --> 00:00:02,783 (SubRip), 00:01.450 --> 00:02.783 (WebVTT), cue settings after.
_TIMECODE = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}")
_CUE_NUMBER = re.compile(r"^\s*\d{1,6}\s*$")
# A speech recogniser's segment: its times bracketed before its words on one line ([00:01.700 --> 00:06.840] 昨日下午,
# as Whisper and whisper.cpp print them).
_SEGMENT_TIMES = re.compile(
    r"^\s*\[(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\]\s*"
)
_SUBTITLE_CUES_MIN = 3

_FENCE = re.compile(r"^---\s*$")
_FRONT_MATTER_LINES_MAX = 40
_FRONT_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*):\s*(?P<value>.*)$")
# The front matter's keys whose value is the page's date or title, as the text's own lines would give them.
# (A clipper's `created` is the day the clip was made, no date of the page's.)
_DATE_KEYS = ("published", "date")
_TITLE_KEY = "title"
_HEADING = re.compile(r"^#{1,6}\s+")
_OPENING_HEADING = re.compile(r"[\ufeff\s]*#{1,6} +")  # matched where the text starts: no copy of it is made
# A link's address may hold one pair of brackets itself: javascript:void(0). A link's words hold no `[`, so a line of
# many `[` is read in one pass rather than from each of them to its end.
_ADDRESS = r"\((?:[^()\n]|\([^()\n]*\))*\)"
_IMAGE = re.compile(rf"!\[[^\[\]\n]*\]{_ADDRESS}")
_LINK = re.compile(rf"\[([^\[\]\n]*)\]{_ADDRESS}")
_EMPHASIS = re.compile(r"\*\*|__")
# Stars against a figure or a Latin word (1200*600*200mm, a*b) are its own, not italics; an escaped star is the page's.
_ITALIC = re.compile(r"(?<![A-Za-z0-9*\\])\*(?=\S)([^*\n]+?)(?<=[^\s\\])\*(?![A-Za-z0-9*])")
# A converter's escapes of Markdown's marks in the page's words (1\. , \[2023\], 1200\*600): the marks themselves.
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")

# A page converted to Markdown without a front matter: a heading's marks opening it, or lines holding a link or an image
# to an address (a scheme, a path or an anchor), which no plain copy writes; an empty `![]()` left by a converter that
# dropped the address is not one of them (those lines are page furniture already).
_MARKED = re.compile(r"!?\[[^\[\]\n]*\]\((?:[A-Za-z][\w+.-]*:|/|#|\.)")
_MARKED_LINES_MIN = 3
# An LLM reader's header before the page: `Title:`, `URL Source:`, `Published Time:`, then `Markdown Content:`.
_READER_KEY = re.compile(r"^(?P<key>Title|URL Source|Published Time|Warning|Markdown Content):\s*(?P<value>.*)$")
_READER_BODY = "Markdown Content"
_READER_DATE = "Published Time"
_READER_HEADER_LINES_MAX = 12
# A setext heading's underline or a rule between parts.
_RULE = re.compile(r"^[ \t]*(?:={3,}|[-*_](?:[ \t]*[-*_]){2,})[ \t]*$")
_LIST_MARK = re.compile(r"^\s*[*+-]\s+")
_QUOTE_MARK = re.compile(r"^\s*(?:>\s?)+")


def as_plain_text(text: str) -> str:
    """The text without a subtitle file's cue numbers and timecodes, a record's article as its lines, and a Markdown
    clip or page as plain lines."""
    text = _without_cue_marks(text)
    return _markdown_as_plain(as_article_lines(text) or text)


def _without_cue_marks(text: str) -> str:
    """The text without a subtitle file's cue numbers and timecode lines, or a recogniser's segment times."""
    if text.count("-->") < _SUBTITLE_CUES_MIN:  # one search in C instead of a match at every line
        return text
    lines = text.split("\n")
    segments = [_SEGMENT_TIMES.match(line) for line in lines]
    if sum(1 for segment in segments if segment) >= _SUBTITLE_CUES_MIN:
        words = (line[segment.end() :] if segment else line for line, segment in zip(lines, segments, strict=True))
        return "\n".join(words)
    cues = [index for index, line in enumerate(lines) if _TIMECODE.match(line)]
    if len(cues) < _SUBTITLE_CUES_MIN:
        return text
    marks = set(cues) | {index - 1 for index in cues if index > 0 and _CUE_NUMBER.match(lines[index - 1])}
    if lines[0].strip().lstrip("\ufeff") == "WEBVTT":
        marks.add(0)
    return "\n".join(line for index, line in enumerate(lines) if index not in marks)


def _markdown_as_plain(text: str) -> str:
    if not text.lstrip("\ufeff").startswith("---"):
        return _converted_page_as_plain(text)
    lines = text.split("\n")
    end = _front_matter_end(lines)
    if end is None:
        return text
    fields = _front_matter_fields(lines[1:end])
    body = _body_as_plain(_with_headline_heading(lines[end + 1 :]))
    head = [f"发布时间：{date}" for date in (fields.get(key) for key in _DATE_KEYS) if date][:1]
    title = page_title_headline(fields.get(_TITLE_KEY, ""))
    if title and not any(_HEADING.match(line) for line in lines[end + 1 :]):
        head.insert(0, f"标题：{title}")
    return "\n".join([*head, *body])


def _with_headline_heading(lines: list[str]) -> list[str]:
    """A clip's lines with the heading opening it as its headline: a clipper's template heads a clip with the page's
    <title> (# 标题_工作动态_某某县人民政府, # 乡镇动态_某某县人民政府), whose column's and site's names are no
    headline's; none is left where it names no story."""
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    if first is None or not _HEADING.match(lines[first]):
        return lines
    headline = page_title_headline(_HEADING.sub("", lines[first]))
    return [*lines[:first], *([f"# {headline}"] if headline else []), *lines[first + 1 :]]


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
    """A Markdown line as its words: a heading without its marks, a link as its text, no image, no bold or italic
    marks."""
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _HEADING.sub("", line)
    return _ESCAPED.sub(r"\1", _ITALIC.sub(r"\1", _EMPHASIS.sub("", line))).strip()


def _converted_page_as_plain(text: str) -> str:
    """A page converted to Markdown as the lines its plain copy gives: a reader's header gone but for the page's date,
    the rest as `_body_as_plain` reads a clip's. Known by a heading's marks opening it (`# 标题`), a reader's header,
    or three lines or more holding a link or an image to an address."""
    opens_with_heading = _OPENING_HEADING.match(text) is not None
    if not opens_with_heading and "](" not in text and _READER_BODY not in text:
        return text  # searches in C: most texts hold no Markdown at all
    lines = text.split("\n")
    header = _reader_header(lines)
    if header is None and not opens_with_heading and _marked_lines(lines) < _MARKED_LINES_MIN:
        return text
    head, body = header if header is not None else ([], lines)
    return "\n".join([*head, *_body_as_plain(body)])


def _marked_lines(lines: list[str]) -> int:
    return sum(1 for line in lines if _MARKED.search(line))


def _body_as_plain(lines: list[str]) -> list[str]:
    """Markdown lines as a plain copy's: a setext heading's underline and a rule gone, list and quote marks gone, each
    line as its words (`_plain_line`); a line left with none gone, a blank line kept."""
    body = []
    for line in lines:
        unquoted = _QUOTE_MARK.sub("", line)
        if _RULE.match(unquoted):
            continue
        plain = _plain_line(_LIST_MARK.sub("", unquoted))
        if plain or not line.strip():
            body.append(plain)
    return body


def _reader_header(lines: list[str]) -> tuple[list[str], list[str]] | None:
    """An LLM reader's header (its `key: value` lines down to `Markdown Content:`) as the page's date line, and the
    lines after it; None where the text opens with none. Its `Title:` is the page's <title> (a column's and a site's
    name after the headline, or alone), not a line of the page: left out, as a plain copy leaves it."""
    fields: dict[str, str] = {}
    for index, line in enumerate(lines[:_READER_HEADER_LINES_MAX]):
        found = _READER_KEY.match(line.lstrip("\ufeff").strip())
        if found is None:
            if line.strip():
                return None
            continue
        if found.group("key") == _READER_BODY:
            date = fields.get(_READER_DATE)
            rest = [found.group("value"), *lines[index + 1 :]] if found.group("value") else lines[index + 1 :]
            return ([f"发布时间：{day_in_china(date)}"] if date else []), rest
        fields[found.group("key")] = found.group("value").strip()
    return None
