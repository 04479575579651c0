"""What every source parser shares: recognising its captures and reading the page's header.

A parser is a small class in the style of yt-dlp's extractors: the patterns that recognise its
captures (`URL_PATTERNS` on the manifest URL, `TEXT_PATTERNS` on the first lines of the page in
Simplified), the fields it knows (`SITE`, `OUTLET`), how it reads the header, and `TESTS`: real
captures with the exact values expected, run by tests/test_sources.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import urlparse

from builder.capture import Capture
from builder.clean import CleanPage, Line
from builder.resources import data_json
from builder.script import to_simplified

_SENTENCE_MARK = re.compile(r"[。!?;!?;]|[,,:]$")
_DATELINE_OUTLET = re.compile(
    r"^[【\[]?(?P<outlet>[^\s\d()()【】\[\]:,,。]{2,14}?)[-·]?\s*"
    r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日[\u4e00-\u9fff]{0,4}?(?:讯|电|消息)|讯)"
)
_SOURCE_LINE = re.compile(r"(?:内容)?来源\s*[::]\s*(?P<outlet>[^\s|::()()]*[\u4e00-\u9fff][^\s|::()()]*)(?=\s|$|\|)")
TITLE_MAX = 60
HEADLINE_MAX = 50


@dataclass(frozen=True)
class Header:
    """What a parser reads around the body: headline, publisher, the page's own dates."""

    title_original: str | None
    title: str | None
    subtitle: str | None
    outlet: str | None
    site: str | None
    date_lines: tuple[str, ...]
    body: tuple[Line, ...]


class Source:
    NAME: ClassVar[str]
    VERSION: ClassVar[str] = "1.0"
    SITE: ClassVar[str | None] = None
    OUTLET: ClassVar[str | None] = None
    URL_PATTERNS: ClassVar[tuple[str, ...]] = ()
    TEXT_PATTERNS: ClassVar[tuple[str, ...]] = ()
    HEAD_LINES: ClassVar[int] = 4
    TESTS: ClassVar[list[dict[str, Any]]] = []

    @classmethod
    def suitable(cls, capture: Capture, page: CleanPage) -> bool:
        if capture.url and any(re.search(p, capture.url) for p in cls.URL_PATTERNS):
            return True
        head = "\n".join(line.simplified for line in page.lines[: cls.HEAD_LINES])
        return any(re.search(p, head) for p in cls.TEXT_PATTERNS)

    def header(self, capture: Capture, page: CleanPage) -> Header:
        lines = [line for line in page.lines if line.kind in {"body", "meta"}]
        date_lines = tuple(line.simplified for line in lines if line.kind == "meta")
        if capture.html_date:
            date_lines += (capture.html_date,)
        body = [line for line in lines if line.kind == "body"]
        title_line, body = self.find_title(body, capture)
        subtitle, body = self.find_subtitle(title_line, body)
        return Header(
            title_original=title_line.original if title_line else None,
            title=title_line.simplified if title_line else None,
            subtitle=subtitle,
            outlet=self.find_outlet(date_lines, body),
            site=self.find_site(capture),
            date_lines=date_lines,
            body=tuple(body),
        )

    # ------------------------------------------------------------ the parts, overridable

    def find_title(self, body: list[Line], capture: Capture) -> tuple[Line | None, list[Line]]:
        """The first line when it reads as a headline; its repeats below are dropped."""
        if len(body) < 2 or not _is_headline(body[0].simplified, TITLE_MAX):
            return _html_title(capture), body
        title = body[0]
        rest = [line for line in body[1:] if line.simplified != title.simplified]
        return title, rest

    def find_subtitle(self, title: Line | None, body: list[Line]) -> tuple[str | None, list[Line]]:
        """Headline lines right under the title (kicker, deck); those repeating the title are dropped."""
        if title is None:
            return None, body
        block = 0
        while block < len(body) - 1 and _is_headline(body[block].simplified, HEADLINE_MAX):
            block += 1
        new = [line.simplified for line in body[:block] if _squash(line.simplified) not in _squash(title.simplified)]
        return (" ".join(new) or None), body[block:]

    def find_outlet(self, date_lines: tuple[str, ...], body: list[Line]) -> str | None:
        if self.OUTLET:
            return self.OUTLET
        for line in date_lines:
            match = _SOURCE_LINE.search(line)
            if match:
                return canonical_outlet(match.group("outlet"))
        if body:
            match = _DATELINE_OUTLET.match(body[0].simplified)
            if match and not match.group("outlet").startswith("本"):
                return canonical_outlet(match.group("outlet"))
        return None

    def find_site(self, capture: Capture) -> str | None:
        if self.SITE:
            return self.SITE
        if capture.url:
            host = urlparse(capture.url).hostname
            return site_for_host(host) if host else None
        return None


def _is_headline(line: str, max_length: int) -> bool:
    return 4 <= len(line) <= max_length and not _SENTENCE_MARK.search(line)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _html_title(capture: Capture) -> Line | None:
    if not capture.html_title:
        return None
    title = re.split(r"\s*[-_|–—]\s*(?=[^-_|–—]*$)", capture.html_title)[0].strip()
    return Line(title, to_simplified(title), "body") if title else None


def canonical_outlet(name: str) -> str:
    aliases = data_json("outlets.json")["aliases"]
    name = name.strip("-·— ")
    return aliases.get(name, name)


def site_for_host(host: str) -> str:
    sites = data_json("outlets.json")["sites"]
    for domain, site in sites.items():
        if host == domain or host.endswith("." + domain):
            return site
    return host
