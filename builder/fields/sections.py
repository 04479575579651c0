"""Sections: a speech's outline (一、/(一)/一要/一是/第一), or a report's blocks led by `X指出/强调/要求`.

Input: body paragraphs (Simplified), genre and the speakers' names. Output: `Section` records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from builder.record.models import Section

_NUM = "一二三四五六七八九十"
_OUTLINE = (
    (1, re.compile(rf"^[{_NUM}]{{1,3}}、\s*")),
    (2, re.compile(rf"^[((][{_NUM}]{{1,3}}[))]\s*")),
    (3, re.compile(rf"^(?:[{_NUM}]{{1,3}}(?:要|是)|第[{_NUM}]{{1,3}}[,,、])")),
)
_REPORT_LEAD = ("指出", "强调", "要求", "表示", "说", "希望", "提出")
_HEADING_END = re.compile(r"[。;!?:;!?:]")


@dataclass(frozen=True)
class SectionInput:
    paragraphs: tuple[str, ...]
    genre: str
    speakers: tuple[str, ...] = ()
    principal: str | None = None


def _outline_level(paragraph: str) -> tuple[int, str] | None:
    for level, pattern in _OUTLINE:
        match = pattern.match(paragraph)
        if match:
            rest = paragraph[match.end() :] if level != 3 else paragraph
            return level, rest
    return None


def _split_heading(rest: str) -> tuple[str, str]:
    end = _HEADING_END.search(rest)
    if not end or end.start() > 40:
        return (rest, "") if len(rest) <= 40 else (rest[:0], rest)
    return rest[: end.start()], rest[end.end() :].strip()


def _speech_sections(paragraphs: tuple[str, ...], speaker: str | None) -> list[Section]:
    sections: list[Section] = []
    heading: str | None = None
    level = 0
    body: list[str] = []
    for paragraph in paragraphs:
        outline = _outline_level(paragraph)
        if outline is None:
            body.append(paragraph)
            continue
        if body or heading is not None:
            sections.append(Section(heading=heading, level=level, speaker=speaker, paragraphs=body))
        level, rest = outline
        heading, remainder = _split_heading(rest)
        if level == 3:
            heading = heading or None
            body = [paragraph]
        else:
            body = [remainder] if remainder else []
    if body or heading is not None:
        sections.append(Section(heading=heading, level=level, speaker=speaker, paragraphs=body))
    return sections


def _report_sections(paragraphs: tuple[str, ...], speakers: tuple[str, ...]) -> list[Section]:
    leads = tuple(name + verb for name in speakers for verb in _REPORT_LEAD)
    sections: list[Section] = []
    current = Section(heading=None, level=0, speaker=None, paragraphs=[])
    for paragraph in paragraphs:
        lead = next((lead for lead in leads if paragraph.startswith(lead)), None)
        if lead is None:
            current = current.model_copy(update={"paragraphs": [*current.paragraphs, paragraph]})
            continue
        if current.paragraphs:
            sections.append(current)
        speaker = next(name for name in speakers if lead.startswith(name))
        rest = re.sub(r"^[,,::]+", "", paragraph[len(lead) :])
        heading = _HEADING_END.split(rest, maxsplit=1)[0][:60] or None
        current = Section(heading=heading, level=1, speaker=speaker, paragraphs=[paragraph])
    if current.paragraphs:
        sections.append(current)
    return sections


def split(data: SectionInput) -> list[Section]:
    if data.genre != "news_report":  # speeches and documents are outlined
        return _speech_sections(data.paragraphs, data.principal)
    return _report_sections(data.paragraphs, data.speakers)
