"""Punctuation marks and paragraphs, whichever form a capture brought them in.

Captures arrive with Chinese text punctuated in ASCII (`昨日下午,萧山区`, the capture process's
doing) or in the standard full-width marks. The rules that read fields see one form, ASCII
(`to_ascii_marks`); what users read gets the standard full-width marks wherever a mark stands in
Chinese text (`to_full_width`), while numbers and Latin text keep theirs (`08:48`, `1,000`,
`PPP(public-private)`); parentheses become full-width when they hold Chinese or follow it. Both
replace one character for one, so offsets into the text do not move. Lines that a fixed-width
wrap broke mid-sentence are found by `wrapped_line_ends`.
"""

from __future__ import annotations

import re
from collections import Counter

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CHINESE_SIDE = rf"[{_CJK}\u201c\u201d\u2018\u2019\u300a\u300b\u300c\u300d\u3001\u3002\ufffd\ue000-\uf8ff]"
_FULL_WIDTH = str.maketrans({",": "\uff0c", ":": "\uff1a", ";": "\uff1b", "?": "\uff1f", "!": "\uff01"})
# A run of marks after Chinese, or of `,:;` before it. Written to start with the mark itself, not
# with a lookbehind, so the engine skips to the next mark in C instead of trying every position (2x).
_MARK_AFTER_CHINESE = re.compile(rf"[,:;?!](?:(?<={_CHINESE_SIDE}.)[,:;?!]*|(?<=[,:;])[,:;]*(?={_CHINESE_SIDE}))")
_PARENTHESES = re.compile(r"\(([^()\n]{0,120})\)")
_HAS_CJK = re.compile(rf"[{_CJK}]")
# Replaced mark by mark: str.replace finds a character in C at memchr speed, where translate looks
# every character of a Chinese line up in a table (ten times slower on the shipped captures).
_ASCII_MARKS = tuple(zip("\uff0c\uff1a\uff1b\uff1f\uff01\uff08\uff09", ",:;?!()", strict=True))

_WRAP_RUN = 3
_WRAP_MIN_LENGTH = 20
_WRAP_SPREAD = 0.15
_OPEN_END = re.compile(rf"[{_CJK}0-9A-Za-z,\uff0c\u3001]$")
_CONTINUATION_START = re.compile(rf"^[{_CJK}0-9,\uff0c\u3001\u201c]")
_PROSE = re.compile(r"[,\uff0c\u3001\u3002]")


def to_ascii_marks(line: str) -> str:
    """The one form the field rules read: full-width `,:;?!()` as their ASCII counterparts."""
    for full_width, ascii_mark in _ASCII_MARKS:
        if full_width in line:
            line = line.replace(full_width, ascii_mark)
    return line


def to_full_width(line: str) -> str:
    """ASCII punctuation within Chinese text becomes full-width; numbers and Latin text keep theirs."""
    line = _MARK_AFTER_CHINESE.sub(lambda match: match.group(0).translate(_FULL_WIDTH), line)
    return _PARENTHESES.sub(_widen_parentheses, line)


def _widen_parentheses(match: re.Match[str]) -> str:
    inner = match.group(1)
    before = match.string[match.start() - 1] if match.start() else ""
    if _HAS_CJK.search(inner) or _HAS_CJK.match(before):
        return f"\uff08{inner}\uff09"
    return match.group(0)


def wrapped_line_ends(lines: list[str]) -> set[int]:
    """Indexes of lines that a fixed-width wrap cut: the next line continues their sentence.

    A wrap shows as a run of at least three consecutive lines of about the same length, each
    ending mid-sentence; a single unpunctuated line (a headline) is never joined.
    """
    open_prose = [_open_prose(line) for line in lines]
    wrapped: set[int] = set()
    index = 0
    while index < len(lines):
        run = _wrap_run(lines, open_prose, index)
        if len(run) >= _WRAP_RUN:
            wrapped.update(i for i in run if i + 1 < len(lines) and _CONTINUATION_START.match(lines[i + 1]))
            index = run[-1] + 1
        else:
            index += 1
    return wrapped | _cut_at_the_width(lines, open_prose)


def _cut_at_the_width(lines: list[str], open_prose: list[bool]) -> set[int]:
    """Lines of the wrap's exact width, wherever they stand: a paragraph wrapped into two lines
    makes no run, but its first line is as long as every other cut line of the capture. Once three
    open lines of prose share a width, a line of that width cut without a comma (`本网讯(记者 X)…`)
    is cut too."""
    lengths = Counter(len(line) for line, prose in zip(lines, open_prose, strict=True) if prose)
    width, count = lengths.most_common(1)[0] if lengths else (0, 0)
    if count < _WRAP_RUN:
        return set()
    return {
        index
        for index, line in enumerate(lines[:-1])
        if len(line) == width and _open_end(line) and _CONTINUATION_START.match(lines[index + 1])
    }


def _open_prose(line: str) -> bool:
    """Long enough, ending mid-sentence, and prose (it has a comma or a full stop)."""
    return len(line) >= _WRAP_MIN_LENGTH and _open_end(line) and bool(_PROSE.search(line))


def _open_end(line: str) -> bool:
    """Whether the line ends mid-sentence. A match ends the line (or stands before its final line break), so the
    search starts there: from the line's start it tested nearly every character of it."""
    return _OPEN_END.search(line, max(0, len(line) - 2)) is not None


def _wrap_run(lines: list[str], open_prose: list[bool], start: int) -> list[int]:
    run: list[int] = []
    longest = shortest = 0
    for index in range(start, len(lines)):
        if not open_prose[index]:
            break
        length = len(lines[index])
        longest, shortest = max(longest, length), min(shortest or length, length)
        if shortest < longest * (1 - _WRAP_SPREAD):
            break
        run.append(index)
    return run
