"""What every source parser shares: recognising its captures and reading the page's header.

A parser is a small class in the style of yt-dlp's extractors: the patterns that recognise its
captures (`URL_PATTERNS` on the manifest URL, `TEXT_PATTERNS` on the first lines of the page in
Simplified), the fields it knows (`SITE`, `OUTLET`), how it reads the header, and `TESTS`: real
captures with the exact values expected, run by tests/test_sources.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, ClassVar
from urllib.parse import urlparse

from mypy_extensions import mypyc_attr

from builder.clean.clean import (
    CleanPage,
    Counts,
    Line,
    clean,
    controls_lines,
    is_controls_line,
    remove_pinyin,
    repair_known_damage,
)
from builder.clean.punctuation import to_ascii_marks
from builder.clean.script import to_simplified
from builder.prefilter import Prefiltered, anchored_at_lines, behind_start_test, holds_across_lines, prefiltered
from builder.read.capture import Capture
from builder.read.html import (
    is_furniture_text,
    is_ip_location,
    is_label_pair,
    is_labelled_ip_location,
    is_reporters_byline,
    is_stand_in_title,
    names_an_issue,
)
from builder.read.relatedness import RELATED_MIN, UNRELATED_MAX, holds_a_phrase, opening_words, relatedness
from builder.resources import data_json
from builder.sources.text_block import is_paragraph, text_start
from builder.sources.text_shapes import is_labelled_cells, link_rows, opens_with_a_dateline

_SENTENCE_MARK = re.compile(r"[。!?;]|[,:]$")
_SENTENCE_MARK_BUT_EXCLAIMED = re.compile(r"[。;]|[,:]$")
OUTLET_HEAD_LINES = 3
# A document library's header states when the file was put up: `上传时间:2020-01-10`.
_DATED_FURNITURE = re.compile(r"(?:上传|发布|更新)(?:时间|日期)\s*:\s*\d{4}")
OUTLET_TAIL_LINES = 2
_SELF_REFERENCES = ("本报", "本网", "本站", "本台", "本刊", "本社", "本文")
_WATERMARK = re.compile(r"[\u4e00-\u9fff]{2,8}\s*(?:https?://)?www\.[a-z0-9-]+(?:\.[a-z]{2,6})+")
TITLE_MAX = 60
TITLE_SCAN = 4
SITE_NAME_MAX = 8
# A name longer than this is rather a headline ending like one (…打造一流营商环境服务平台).
SITE_NAME_MAX_ALONE = 10
_INTRO_END = re.compile(r"如下[:。]?$")
# A site's channel is written with or without a mark before it (浙江在线-台州频道); the corpus drops it.
_CHANNEL_MARK = re.compile(r"(?<=[\u4e00-\u9fff])[-·—](?=[\u4e00-\u9fff]{1,8}频道$)")
# What a form, a tool or an editor shows in a title's place when the item has none (标题：（无标题）, 无标题文档).
_UNTITLED = re.compile(r"(?:无标题|未命名)(?:文档)?|[(（](?:无标题|未命名)[)）]|Untitled(?: document)?")
_WRAPPED_TITLE = re.compile(r'【([^【】]+)】|《([^《》]+)》|"([^"]+)"')
_SENTENCE_COUNT = re.compile(r"[^。!?]+[。!?]")
HEADLINE_MAX = 50
_MEDIA_MARK_MAX = 10  # (高清组图), 【视频】: what a media mark adds to a headline at most
DECK_MIN = 4
# A list's item numbered 1. or 2、 (a digest's contents) is no headline; 2023年… and 1.8万… are no numbers of items.
_NUMBERED_ITEM = re.compile(r"\d{1,2}\s*[.、．]\s*\D")
# What parts a page's controls from each other in its bars (登录 | 注册, 字号：大 中 小, 【打印】): quotes are none.
_WORD_BOUNDS = frozenset(" \t\u3000|｜/·•:：()（）[]【】<>《》+")
# What follows a counter's word as its count (浏览 2.5万, 点赞 1w+).
_COUNTS_REST = re.compile(r"[\d.,]*[万千亿kKwW]?\+?")
# A line opening with a list's bullet (a digest's item) or a dash (a deck, a page's mark) is no headline.
_LIST_OR_DECK_MARKS = "·•‧∙▪◦*-—─－"


@dataclass(frozen=True)
class Header:
    """What a parser reads around the body: headline, publisher, the page's own dates."""

    title_original: str | None
    title: str | None
    title_source: str | None
    subtitle: str | None
    outlet: str | None
    site: str | None
    date_lines: tuple[str, ...]
    body: tuple[Line, ...]
    tag: str | None = None  # a bracketed tag cut from the headline's front (`【宁都】`), Simplified


# Compiled (builder/run/native.py), and subclassed in Python by each outlet's module.
@mypyc_attr(allow_interpreted_subclasses=True)
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
        date_lines = tuple(
            line.simplified
            for line in page.lines
            if line.kind == "meta" or (line.kind == "boilerplate" and _DATED_FURNITURE.search(line.simplified))
        )
        if capture.page:  # the page's own date and info bar come before any date line of its text
            date_lines = (
                *filter(None, (capture.html_date,)),
                *map(_as_text_line, capture.page.meta_lines),
                *date_lines,
            )
        # A row of links is told from a table's row by the lines beside it, furniture or not: all of them are read.
        rows = link_rows([line.simplified for line in page.lines]) if capture.page is None else set()
        body = [
            line
            for line in lines
            if line.kind == "body" and line.simplified not in rows and not _copied_furniture(line, capture)
        ]
        heads = [capture.page.headline] if capture.page and capture.page.headline else []
        heads += [line.simplified for line in body[:TITLE_SCAN]]
        title_line, body = self.find_title(body, capture, _block_over_its_info(page) if capture.page is None else ())
        body = _without_controls(body, page)
        source = _title_source(title_line, capture)
        if title_line is None and any(line.kind == "duplicate" for line in page.lines):
            title_line, body = _header_above_a_repeated_article(body)
            source = "first_line" if title_line else None
        subtitle, body = self.find_subtitle(title_line, body)
        return Header(
            title_original=title_line.original if title_line else None,
            title=title_line.simplified if title_line else None,
            title_source=source,
            subtitle=subtitle,
            outlet=self._outlet(capture, page, date_lines, body),
            site=self.find_site(capture),
            date_lines=date_lines,
            body=tuple(body),
            tag=_headline_tag(heads, title_line),
        )

    # ------------------------------------------------------------ the parts, overridable

    def find_title(
        self, body: list[Line], capture: Capture, over_info: tuple[Line, ...] = ()
    ) -> tuple[Line | None, list[Line]]:
        """The page's headline: the web page's own when its markup gives one (builder/read/html.py),
        else the first headline line, past a site's name or slogan above it; in a text copy of a page, the
        lines printed right over the article's date or source line (`over_info`) may hold it instead.

        A document flattened into one line keeps its title glued to its first sentence
        (`…情况汇报根据市政府…`); a repost may put the document's own title under its intro
        (`…具体情况如下:` / `XX情况通报`). Repeats of the headline below are dropped.
        """
        if capture.page and capture.page.headline:
            return _page_headline(capture.page.headline, body)
        labelled = _labelled_title(body)
        if labelled is not None:
            return labelled
        index = _headline_index(body)
        kicker: list[Line] = []
        if capture.page is None and index is None:
            over = _headline_over_its_info(body, None, over_info)
            if over is not None and not any(is_paragraph(line.simplified) for line in body[: over[0]]):
                first, index = over  # a header of the page's lines, none of headline's shape, above it: dropped
                kicker = _title_block_above(body, first, index)
        elif capture.page is None and index is not None:
            related = _related_headline_index(body, index)
            over = _headline_over_its_info(body, related, over_info)
            if over is not None:
                first, related = over
                kicker = _title_block_above(body, first, related)
            elif related is None:  # a page's line over a text that shows no headline: no headline, the line goes
                return None, [line for line in body if line is not body[index]]
            else:
                kicker = _title_block_above(body, index, related)
            index = related
        if index is None:
            return self.find_embedded_title(_past_kickers(body), capture)
        title, deck = _split_deck(_clean_title(body[index]))
        numbers = [line for line in body[:index] if _document_number().match(line.simplified)]
        rest = [line for line in body[index + 1 :] if line.simplified != body[index].simplified]
        return title, numbers + kicker + deck + rest

    def find_embedded_title(self, body: list[Line], capture: Capture) -> tuple[Line | None, list[Line]]:
        if not body:
            return _html_title(capture), body
        glued = _headline_patterns()["glued_title"].match(body[0].simplified)
        if glued and len(body[0].original) == len(body[0].simplified):
            start, end, cut = glued.start("title"), glued.end("title"), glued.end()
            title = Line(body[0].original[start:end], body[0].simplified[start:end], "body")
            first = Line(body[0].original[cut:], body[0].simplified[cut:], "body", body[0].elided_before)
            return title, [first, *body[1:]]
        if len(body) > 2 and _INTRO_END.search(body[0].simplified) and _is_document_title(body[1].simplified):
            return _clean_title(body[1]), [body[0], *body[2:]]
        return _html_title(capture), body

    def find_subtitle(self, title: Line | None, body: list[Line]) -> tuple[str | None, list[Line]]:
        """Headline lines right under the title (kicker, deck); those repeating the title are dropped, and a form's
        fields among them (报送单位：某某局, author: 李明) are no part of it."""
        if title is None:
            return None, body
        block = 0
        while (
            block < len(body) - 1
            and _is_headline(body[block].simplified, HEADLINE_MAX)
            and not _document_number().match(body[block].simplified)
            and not _headline_patterns()["outline_heading"].match(body[block].simplified)
            and not _is_site_name(body[block].simplified)  # a byline naming the site, as a reader view gives it
        ):
            block += 1
        kicker = _headline_patterns()["kicker_label"]
        new = [kicker.sub("", line.simplified) for line in body[:block] if not _a_field(line.simplified)]
        new = [line for line in new if _squash(line) not in _squash(title.simplified)]
        return (" ".join(new) or None), body[block:]

    def _outlet(self, capture: Capture, page: CleanPage, date_lines: tuple[str, ...], body: list[Line]) -> str | None:
        """The page's 来源 naming another outlet, else the text's, else the page's stand-in. A 来源 naming the site
        itself gives way only to the lead's credit (青山日报讯, 据东江日报报道): a photo's credit (新华社发 李四 摄) or
        a call to follow an account (欢迎关注…微信公众号) says nothing of whose story it is."""
        own = _page_outlet(capture, site=True)
        if own:
            return (self.OUTLET or _lead_credit(date_lines, body, capture)) or own
        return (
            _page_outlet(capture, site=False)
            or self.find_outlet(capture, page, date_lines, body)
            or _fallback_outlet(capture)
        )

    def find_outlet(
        self, capture: Capture, page: CleanPage, date_lines: tuple[str, ...], body: list[Line]
    ) -> str | None:
        """The publisher the text names: a source line, a dateline, a credit, or the site naming itself."""
        if self.OUTLET:
            return self.OUTLET
        texts = [line.simplified for line in body]
        parts = {
            "meta": list(date_lines),
            "head": _head_lines(texts),
            "tail": texts[-OUTLET_TAIL_LINES:],
            "body": texts,
            "page": [line.simplified for line in page.lines] + _watermark_lines(capture),
        }
        return _first_outlet(parts, _host(capture), _outlet_patterns())

    def find_site(self, capture: Capture) -> str | None:
        if self.SITE:
            return self.SITE
        if capture.url:
            host = urlparse(capture.url).hostname
            return site_for_host(host) if host else None
        return None


def _as_text_line(line: str) -> str:
    """A web page's info line as the text's lines are read: repaired, without pinyin, in Simplified script
    (內(nèi)容來源:蕭山日?qǐng)?bào) reads 内容来源:萧山日报)."""
    counts = Counts()
    return to_ascii_marks(to_simplified(remove_pinyin(repair_known_damage(line, counts), counts)))


def _without_controls(body: list[Line], page: CleanPage) -> list[Line]:
    """The body without the page's lines of counters, buttons and share targets (`clean.controls_lines`), told
    among all of the page's lines, furniture too (a share bar's label over its targets): a text copy's and a web
    page's alike (3天前 浏览 1160 under a headless page's bar); and without the page's lines the headline's search
    read as such (`_page_line_of_the_head`; below the text's first paragraph only a labelled poster's place, for
    来自四川 there is the text's: `html.is_labelled_ip_location`)."""
    controls = {id(page.lines[index]) for index in controls_lines([line.simplified for line in page.lines])}
    first = next((index for index, line in enumerate(body) if is_paragraph(line.simplified)), len(body))
    return [
        line
        for index, line in enumerate(body)
        if id(line) not in controls
        and not (_page_line_of_the_head(line.simplified) if index < first else is_labelled_ip_location(line.simplified))
    ]


def _page_line_of_the_head(line: str) -> bool:
    """Above the text's first paragraph: a poster's place by IP (发布于湖北, 来自四川), a periodical's issue or a
    newspaper's page (第03版：园区), the page's lines, as the web reader takes them out."""
    return is_ip_location(line) or names_an_issue(line)


def _copied_furniture(line: Line, capture: Capture) -> bool:
    """A text capture's line that a page's reader would know for furniture by its form (a tool bar, a counter, a
    platform's statement, a line of credits): text copied off a page keeps the page's furniture as lines of it. A
    web page's reader has taken these out of its text already. A headline's line may end in a control the title
    drops (字体：大 中 小): a line so known is tested again without it, so the headline stays."""
    if capture.page is not None or not is_furniture_text(line.simplified):
        return False
    return is_furniture_text(_undecorated(line.simplified) or line.simplified)


def _page_headline(headline: str, body: list[Line]) -> tuple[Line | None, list[Line]]:
    """A web page's headline, cleaned as its text is (pinyin, jammer strings, damage), its deck
    (`——市委书记X出席并讲话`) a line of its own as on a plain capture."""
    lines = clean(headline).lines
    if not lines:
        return None, body
    whole = _clean_title(Line(lines[0].original, lines[0].simplified, "body"))
    if not whole.simplified:  # a line of decoration alone (a blog's posting time): no headline
        return None, body
    title, deck = _split_deck(whole)
    repeats = {_squash(whole.simplified), _squash(title.simplified)}
    return title, deck + [line for line in body if _squash(line.simplified) not in repeats]


def _headline_tag(heads: list[str], title: Line | None) -> str | None:
    """The bracketed tag (`【宁都】`, `[邳州]`) that stood before the headline, which the title drops; some sites
    give their place only there."""
    if title is None:
        return None
    headline_tag = _headline_patterns()["headline_tag"]
    for head in heads:
        if not headline_tag.match(head) or _headline_patterns()["title_label"].match(head):
            continue  # nearly every page: no conversion; a label (【主题】) is no tag
        head = to_simplified(head)  # a web page's own headline comes in its script
        tag = headline_tag.match(head)
        if tag and _squash(head[tag.end() :]).startswith(_squash(title.simplified)[:DECK_MIN]):
            return tag.group()
    return None


def _title_source(title: Line | None, capture: Capture) -> str | None:
    """Which element decided the headline: the page's markup, its <title>, or the text's first lines."""
    if title is None:
        return None
    if capture.page and capture.page.headline:
        return capture.page.title_source
    return "html_title" if title == _html_title(capture) else "first_line"


def _first_outlet(
    parts: dict[str, list[str]], host: str | None, patterns: tuple[tuple[str, Prefiltered, Prefiltered | None], ...]
) -> str | None:
    """The outlet the first of the patterns to match in its part names."""
    joined: dict[str, str] = {}
    for part, pattern, anywhere in patterns:
        if anywhere is not None:
            if part not in joined:
                joined[part] = "\n".join(parts[part])
            if not anywhere.search(joined[part]):
                continue
        for text in parts[part]:
            match = pattern.search(text)
            if match and _names_an_outlet(match, host):
                return canonical_outlet(match.group("outlet"))
    return None


def _lead_credit(date_lines: tuple[str, ...], body: list[Line], capture: Capture) -> str | None:
    """The outlet the info lines or the text's first lines credit in a credit's form (来源：东江日报, 青山日报讯,
    据东江日报报道), each pattern marked so searched there whatever part it is written for."""
    lead = [line.simplified for line in body[:OUTLET_HEAD_LINES]]
    parts = {"meta": list(date_lines), "head": lead, "tail": lead, "body": lead, "page": lead}
    return _first_outlet(parts, _host(capture), _credit_patterns())


def _head_lines(texts: list[str]) -> list[str]:
    """The body's first lines, and the text's first lines where the page's lines above it are many (a copy with no
    headline keeps them): where a dateline or a credit is written."""
    if len(texts) <= OUTLET_HEAD_LINES:  # no text start past the first lines to look for
        return texts
    start = text_start(texts) or 0
    return texts[:OUTLET_HEAD_LINES] + texts[max(start, OUTLET_HEAD_LINES) : start + OUTLET_HEAD_LINES]


def _page_outlet(capture: Capture, site: bool) -> str | None:
    """The page's 来源, where it names the site itself (`site`) or where it names another outlet (not `site`)."""
    page = capture.page
    return _page_name(page.outlet) if page and page.outlet and page.outlet_is_site == site else None


def _fallback_outlet(capture: Capture) -> str | None:
    """The page's stand-in outlet (its account, a source line under the body, the site in its <title>),
    the outlet when neither the page nor the text names one."""
    page = capture.page
    return _page_name(page.fallback_outlet) if page and page.fallback_outlet else None


def _page_name(name: str) -> str:
    """An outlet a web page names, in Simplified script as the text's are read (來源：青山日報 names 青山日报)."""
    return canonical_outlet(to_simplified(name))


def _header_above_a_repeated_article(body: list[Line]) -> tuple[Line | None, list[Line]]:
    """On a page that prints its article twice, a short line printed once above it is its headline."""
    if (
        len(body) > 1
        and len(body[0].simplified) <= HEADLINE_MAX
        and _SENTENCE_COUNT.findall(body[0].simplified) == [body[0].simplified]
    ):
        return _clean_title(body[0]), body[1:]
    return None, body


def _labelled_title(body: list[Line]) -> tuple[Line | None, list[Line]] | None:
    """The headline a label names among the first lines (标题：X, 【主题】X), without its label, and the lines below
    it; no headline where the label names the item untitled (标题：（无标题）); None where no first line is so
    labelled. The lines above it (a kicker, a channel's name) are dropped, as above a headline found unlabelled."""
    for index, line in enumerate(body[:TITLE_SCAN]):
        label = _headline_patterns()["title_label"].match(line.simplified)
        if label is not None and _UNTITLED.fullmatch(line.simplified[label.end() :].strip()):
            return None, body[index + 1 :]
        if label is not None and _is_headline(line.simplified[label.end() :], TITLE_MAX):
            title, deck = _split_deck(_clean_title(line))  # which cuts the label
            return title, deck + body[index + 1 :]
        if not _is_headline(line.simplified, TITLE_MAX):
            return None  # the text has begun: a labelled title below it is another item's
    return None


def _without_label(line: Line, label: re.Match[str]) -> Line:
    """The line after its label; the original is cut at the same place when it is as long as its Simplified form,
    else after its own label."""
    if len(line.original) == len(line.simplified):
        original = line.original[label.end() :]
    else:
        found = label.re.match(to_simplified(line.original))
        original = line.original[found.end() :] if found else line.original
    return Line(original, line.simplified[label.end() :], line.kind)


def _headline_index(body: list[Line]) -> int | None:
    """Where the headline stands among the first lines, or None when the body starts at once."""
    for index in range(min(TITLE_SCAN, len(body) - 1)):
        line = _undecorated(body[index].simplified)  # as `_clean_title` makes it, without the original's cleaning
        patterns = _headline_patterns()
        if not _is_headline(line, TITLE_MAX, exclaimed=not patterns["text_openers"].search(line)):
            return None
        if _passed_over(line, patterns):
            continue
        if _is_site_name(line) or patterns["kicker_label"].match(body[index].simplified):
            continue  # a site's, a channel's or a paper's name alone, a labelled kicker: never the headline
        if is_controls_line(line):
            continue  # a page's counters or buttons (+关注　文章 12　总阅读 3万): never the headline
        following = body[index + 1].simplified
        if patterns["document_masthead"].search(line) and _document_number().match(following.strip()):
            continue  # a document's masthead (某某县人民政府文件) over its number: the title comes under them
        if (
            len(line) <= SITE_NAME_MAX
            and _is_headline(following, TITLE_MAX)
            and len(following) > len(line)
            and not _stands_under_a_headline(following, patterns)
        ):
            continue  # a site or column name above the real headline
        if _is_masthead(line) and _is_headline(following, TITLE_MAX):
            continue  # a site's name and its section's above the headline; a two-part headline has text under it
        return index
    return None


def _stands_under_a_headline(line: str, patterns: dict[str, re.Pattern[str]]) -> bool:
    """A line that only a headline has over it: a labelled deck (【副题】…), a dashed one (——…) or a 写在…之际 one. A
    short line over it is a short headline (让企业家专心创业), not a site's name. (A line alone in brackets is not
    one: a column's tag, but as often a note to editors, 【此稿可直接采用】, under a 新闻通稿's name.)"""
    return bool(patterns["kicker_label"].match(line) or patterns["deck_line"].match(line))


def _related_headline_index(body: list[Line], index: int) -> int | None:
    """A text capture's headline where the first headline-shaped line shares few of the text's words: the first line
    below it, above the text, that shares at least half of them. A copy of a whole page puts the site's lines first
    (a group's name, a digest's greeting, a saved page's header); the headline is written in the text's words. A
    first line sharing a quarter or more is kept: a headline over its deck, the deck repeating the lead's words. The
    search stops at the first paragraph, which may be the text's own lead (a feature's scene, a quote). None where
    the copy shows no headline: the first line is a site's name by an ending no headline has or a bar of the page's
    controls sharing few words, or it shares few words and a line of the page's controls stands between it and the
    text."""
    texts = [line.simplified for line in body]
    start = text_start(texts)
    pick = _undecorated(texts[index])
    site = _unmistakably_a_site(pick)
    if start is None or start <= index + 1:  # a headline right over its text: the common case; a site's name is none
        none = start == index + 1 and (site or _is_a_bar_not_a_headline(pick, texts, start))
        return None if none else index
    opening = opening_words(texts, start)
    bar = _is_a_bar_not_a_headline(pick, texts, start)
    if not site and not bar and relatedness(pick, opening) >= UNRELATED_MAX:
        return index
    for candidate in range(index + 1, start):
        line = _undecorated(texts[candidate])
        if is_paragraph(line):
            break
        if relatedness(line, opening) >= RELATED_MIN and _may_be_the_headline(line, texts[candidate]):
            return candidate
    if site or bar or any(_page_line(text) for text in texts[index + 1 : start]):
        return None
    return index


def _is_a_bar_not_a_headline(line: str, texts: list[str], start: int) -> bool:
    """A bar of the page's controls with a button in brackets ([切换], 【打印】), or sharing under a quarter of the
    text's words: a headline that names a control as a word of its own (千名乡贤 返回 故里 投资兴业) shares more."""
    controls = _bar_controls(line)
    if not controls:
        return False
    buttons = any(_bracketed(line, control) for control in controls)
    return buttons or relatedness(line, opening_words(texts, start)) < UNRELATED_MAX


def _bracketed(line: str, control: re.Match[str]) -> bool:
    start, end = control.start(), control.end()
    inside = start > 0 and end < len(line) and line[start - 1] in "[【(（" and line[end] in "]】)）"
    return control.group()[:1] in "[【" or inside


def _block_over_its_info(page: CleanPage) -> tuple[Line, ...]:
    """The lines of a text copy of a page printed right over its first date or source line (发布时间：…　来源：…)
    before any paragraph, where a line of the page (a menu, a path, a tool bar) parts them from lines above."""
    info = next((index for index, line in enumerate(page.lines) if line.kind == "meta" or _is_text_line(line)), None)
    if info is None or page.lines[info].kind != "meta":
        return ()
    top = info
    while top > 0 and page.lines[top - 1].kind == "body":
        top -= 1
    parted = any(line.kind == "body" for line in page.lines[:top])
    return page.lines[top:info] if parted else ()


def _is_text_line(line: Line) -> bool:
    return line.kind == "body" and is_paragraph(line.simplified)


def _headline_over_its_info(
    body: list[Line], chosen: int | None, over_info: tuple[Line, ...]
) -> tuple[int, int] | None:
    """Where the lines over the article's info start in the body, and the headline among them, where the line
    `chosen` above them is none: no line chosen, a line of the page's controls (当前站点：南岭县 [切换]), or one
    sharing under a quarter of the text's opening words. The first that may be a headline and shares a quarter or
    more, and more than any line above that may be one. A page prints its headline over the article's info; lines
    above, apart from it, are the page's header (a site switcher, a platform's bar, a slogan). None where the chosen
    line stands among those lines or below them, or is a headline in the text's words: a deck, a caption or a unit's
    name over the info shares more of the text's words than a headline in words of its own, with a tool bar between
    them (锂电产业招商跑出“加速度” / 【打印】 / its deck)."""
    if not over_info:
        return None
    ids = {id(line) for line in over_info}
    block = [index for index, line in enumerate(body) if id(line) in ids]
    if not block or (chosen is not None and chosen >= block[0]):
        return None
    texts = [line.simplified for line in body]
    start = text_start(texts)
    if start is None or start <= block[-1]:
        return None
    opening = opening_words(texts, start)

    def shared(index: int) -> float:
        return relatedness(_undecorated(texts[index]), opening)

    def may_be(index: int) -> bool:
        return _may_be_the_headline(_undecorated(texts[index]), texts[index])

    if chosen is not None and not _page_line(texts[chosen]) and shared(chosen) >= UNRELATED_MAX:
        return None
    above = max((shared(index) for index in range(block[0]) if may_be(index)), default=0.0)
    related = (
        index for index in block if may_be(index) and (share := shared(index)) >= UNRELATED_MAX and share > above
    )
    headline = next(related, None)
    return None if headline is None else (block[0], headline)


def _is_a_pages_bar(line: str) -> bool:
    return bool(_bar_controls(line))


def _bar_controls(line: str) -> list[re.Match[str]]:
    """The controls of a line of the page's that names or counts them as words of their own (学习强国 我的学习 登录,
    IP属地：安徽 +订阅, 网易新闻 客户端下载 登录, 7.5万播放 · 3弹幕, 【作者：佚名 点击数：2549】): each with a space, a
    bar, a colon, a bracket, another control or the line's edge on both sides (a count's digits may follow it), and
    no phrase of five Han characters besides. None for a headline: it runs such a word into its own words
    (分享开放红利, “下载”一座城市的温度) or has a phrase beside it (置顶｜全市招商引资大会召开, 注册 即享“一照通办”)."""
    if is_paragraph(line):
        return []
    found = list(_headline_patterns()["page_controls"].finditer(line))
    starts, ends = {control.start() for control in found}, {control.end() for control in found}
    controls = [control for control in found if _stands_alone(line, control.start(), control.end(), starts, ends)]
    words, last = [], 0
    for control in controls:
        words.append(line[last : control.start()])
        last = control.end()
    return [] if not controls or holds_a_phrase(" ".join([*words, line[last:]])) else controls


def _stands_alone(line: str, start: int, end: int, starts: set[int], ends: set[int]) -> bool:
    """Whether line[start:end] is a word of its own: a bound, another control (`starts`, `ends`) or the line's edge on
    both sides, past a count's rest after it (浏览 2.5万, 点赞 1w+)."""
    rest = _COUNTS_REST.match(line, end)
    end += len(rest.group()) if rest else 0
    before = start == 0 or line[start - 1] in _WORD_BOUNDS or start in ends
    return before and (end == len(line) or line[end] in _WORD_BOUNDS or end in starts)


def _page_line(line: str) -> bool:
    """A line of the page rather than of an article's head: no paragraph, holding the page's controls (tools,
    counters, a poster's time, a pager) or made of them (粉丝 2.3万 获赞 12万). An article's deck, byline, date, quote
    or salutation holds none."""
    return not is_paragraph(line) and (
        bool(_headline_patterns()["page_controls"].search(line)) or is_controls_line(line)
    )


def _title_block_above(body: list[Line], first: int, chosen: int) -> list[Line]:
    """The lines from the first headline-shaped line down to the headline chosen below it, where all are
    headline-shaped: a title's block (a kicker, a main title over the line chosen), kept as the subtitle, never
    dropped. Lines of other shapes among them (群公告, a poster's line with its time) make a page's header: dropped,
    as lines above a headline are; a bar of the page's controls among them (当前站点：南岭县 [切换]) ends the page's
    header: the lines below it are the title's block."""
    block = body[first:chosen]
    bars = [offset for offset, line in enumerate(block) if _is_a_pages_bar(_undecorated(line.simplified))]
    block = block[bars[-1] + 1 :] if bars else block
    return block if all(_is_headline(_undecorated(line.simplified), TITLE_MAX) for line in block) else []


def _may_be_the_headline(line: str, as_written: str) -> bool:
    """A line above the text that may be its headline: headline-shaped, a phrase in it, none of what a headline's
    search passes over, no labelled kicker (as written, before its label is cut), no outline's heading, no list item
    or deck, no numbered item."""
    patterns = _headline_patterns()
    return (
        _is_headline(line, TITLE_MAX)
        and len(line) > SITE_NAME_MAX
        and holds_a_phrase(line)
        and not _passed_over(line, patterns)
        and not _is_site_name(line)
        and not patterns["kicker_label"].match(as_written)
        and not patterns["outline_heading"].match(line)
        and line[:1] not in _LIST_OR_DECK_MARKS
        and not _NUMBERED_ITEM.match(line)
    )


def _passed_over(line: str, patterns: dict[str, re.Pattern[str]]) -> bool:
    """A line above the headline that is none: a site's slogan, a column's kicker, a gazette's masthead, a number, a
    dateline, a table's labelled cells, a saved file's header field, an account's name with its post's counter, a
    platform's stand-in for an untitled post's title, a poster's place by IP (发布于湖北), a reporter's byline alone
    (某某新闻记者 张三), an office's name alone, a periodical's name with its issue or a newspaper's page."""
    return bool(
        patterns["site_furniture"].search(line)
        or patterns["kicker"].match(line)
        or patterns["gazette"].search(line)
        or _document_number().match(line)
        or opens_with_a_dateline(line)
        or is_labelled_cells(line)
        or patterns["header_field"].match(line)
        or patterns["name_with_counter"].fullmatch(line)
        or is_stand_in_title(line)
        or is_ip_location(line)
        or is_reporters_byline(line)
        or patterns["office_name"].match(line)
        or names_an_issue(line)
    )


def _past_kickers(body: list[Line]) -> list[Line]:
    """The text after the labelled kicker and deck (【引题】, 【副题】) that open it where no headline is shown: they
    belong to the headline's block, never to the text."""
    kicker = _headline_patterns()["kicker_label"]
    start = 0
    while start < len(body) and kicker.match(body[start].simplified):
        start += 1
    return body[start:]


def _is_site_name(line: str) -> bool:
    """A site's, a channel's or a paper's name alone (浙江在线台州频道, 东江日报, 青山新闻网), ending as a web
    page's site names end (html_page.json's 'site_suffixes')."""
    return len(line) <= SITE_NAME_MAX_ALONE and " " not in line and bool(_site_suffix().search(line))


def _unmistakably_a_site(line: str) -> bool:
    """A site's name at any length, by an ending no headline has (青山县人民政府门户网站: html_page.json's
    'unmistakable_site_suffixes')."""
    return " " not in line and bool(_unmistakable().search(line))


def _is_masthead(line: str) -> bool:
    """A site's name and its section's apart by a space or a bar (某某局　政府信息公开, 某某日报　数字报, 某县人民政府
    门户网站 | 政府信息公开平台), the last ending as a site's name ends: each part as short as a name, or unmistakably a
    site's name."""
    parts = [part for part in line.split() if part not in _BARS]
    return (
        len(parts) > 1
        and all(len(part) <= SITE_NAME_MAX_ALONE or _unmistakably_a_site(part) for part in parts)
        and bool(_site_suffix().search(parts[-1]))
    )


_BARS = frozenset("|｜/·-—")


@lru_cache(maxsize=1)
def _site_suffix() -> re.Pattern[str]:
    return re.compile(data_json("html_page.json")["site_suffixes"])


@lru_cache(maxsize=1)
def _unmistakable() -> re.Pattern[str]:
    return re.compile(data_json("html_page.json")["unmistakable_site_suffixes"])


def _is_document_title(line: str) -> bool:
    return _is_headline(line, TITLE_MAX) and bool(_headline_patterns()["document_title"].search(line))


def _clean_title(line: Line) -> Line:
    """The headline's line without its decoration and without a label of the title before it (名　　称：X, 标题：X),
    whichever rule chose it: an index's fields above it may hide the label from `_labelled_title`."""
    label = _headline_patterns()["title_label"].match(line.simplified)
    if label is not None and label.end() < len(line.simplified):
        line = _without_label(line, label)
    original, simplified = (_unwrapped(_undecorated(text)) for text in (line.original, line.simplified))
    return Line(original, simplified, line.kind)


def _unwrapped(title: str) -> str:
    """A headline set wholly in 【】 (a post's or a bulletin's way of heading its text), in 《》 (a compilation's or a
    critique's line naming the article) or in a printed string's quotes ("…" as R or a JavaScript console shows
    it), without them."""
    wrapped = _WRAPPED_TITLE.fullmatch(title)
    return next(part for part in wrapped.groups() if part) if wrapped else title


def _undecorated(text: str) -> str:
    """The line without its decoration, and a headline-sized line without its media marks too: a paragraph
    tested as a headline is spared the second pattern's scan."""
    text = _headline_patterns()["decoration"].sub("", text).strip()
    if len(text) > TITLE_MAX + _MEDIA_MARK_MAX:
        return text
    return _headline_patterns()["media_marks"].sub("", text).strip()


def _split_deck(title: Line) -> tuple[Line, list[Line]]:
    """`全市招商大会召开——市委书记X出席并讲话`: the headline, and its deck as a line of its own (a headline wrapped
    whole before its deck, 【全市招商大会召开】——…, loses its marks once apart)."""
    match = _headline_patterns()["deck"].search(title.simplified)
    if match is None or match.start() < DECK_MIN or len(title.simplified) - match.end() < DECK_MIN:
        return title, []
    head, deck = _cut(title, match.start(), match.end())
    return Line(_unwrapped(head.original), _unwrapped(head.simplified), head.kind), [deck]


def _a_field(line: str) -> bool:
    """A line under a headline that is no deck: a form's or a record's field (报送单位：某某局, author: 李明, a second
    title: row, 页面地址：http://…) or a line the headline's search passes over."""
    return bool(
        _passed_over(line, _headline_patterns())
        or _headline_patterns()["title_label"].match(line)
        or is_label_pair(line)
        or "://" in line
    )


def _cut(line: Line, start: int, end: int) -> tuple[Line, Line]:
    """The line before `start` and after `end`; the original is cut at the same places when it is
    as long as its Simplified form (OpenCC maps character for character), else at its own mark."""
    if len(line.original) == len(line.simplified):
        original = (line.original[:start], line.original[end:])
    else:
        found = _headline_patterns()["deck"].search(line.original)
        original = (line.original[: found.start()], line.original[found.end() :]) if found else (line.original, "")
    return (
        Line(original[0], line.simplified[:start], line.kind),
        Line(original[1], line.simplified[end:], line.kind),
    )


def _is_headline(line: str, max_length: int, exclaimed: bool = False) -> bool:
    """Of a headline's length, with no sentence's mark; `exclaimed`: a ！ or a ？ allowed, as a line at a copy's head
    may have them (重磅！…, …做对了什么？); lines under a headline with them are a Q&A's questions or a greeting."""
    marks = _SENTENCE_MARK_BUT_EXCLAIMED if exclaimed else _SENTENCE_MARK
    return 4 <= len(line) <= max_length and not marks.search(line)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _html_title(capture: Capture) -> Line | None:
    if not capture.html_title or (capture.page and not capture.page.title_stands_in):
        return None
    title = capture.html_title.strip()
    if not capture.page:  # a web page's <title> comes cleaned of the site's name (builder/read/html.py)
        title = re.split(r"\s*[-_|–—]\s*(?=[^-_|–—]*$)", title)[0].strip()
    simplified = to_simplified(title)
    if not title or names_an_issue(simplified):
        return None  # a bulletin's name with its issue (招商引资工作简报（第28期）) or a paper's page titles no article
    return Line(title, simplified, "body")


@lru_cache(maxsize=1)
def _headline_patterns() -> dict[str, re.Pattern[str]]:
    words = data_json("headlines.json")
    document = "|".join(map(re.escape, words["document_words"]))
    openers = "|".join(map(re.escape, words["body_openers"]))
    return {
        "site_furniture": re.compile(words["site_furniture"]),
        "kicker": re.compile(words["kicker"]),
        "gazette": re.compile(words["gazette"]),
        "office_name": re.compile(words["office_names"]),
        # Most of its branches open with `\s*`, which the engine tried at every character of each line tested as a
        # headline: 8.3 µs a line, 1.0 µs behind the test of what a branch starts with.
        "decoration": behind_start_test(rf"^{words['column_tag']}\s*|{words['decoration']}"),
        "headline_tag": re.compile(rf"^\s*{words['column_tag']}"),
        "media_marks": re.compile(words["media_marks"]),
        "deck": re.compile(words["deck"]),
        "deck_line": re.compile(words["deck_line"]),
        "text_openers": re.compile(words["text_openers"]),
        "document_masthead": re.compile(words["document_masthead"]),
        "outline_heading": re.compile(words["outline_heading"]),
        "page_controls": re.compile(words["page_controls"]),
        "header_field": re.compile(words["header_fields"]),
        "name_with_counter": re.compile(words["name_with_counter"]),
        # A feed's label and a form's or a printed record's: either names the headline (only a feed's begins its
        # next item, clean.py's tail).
        "title_label": re.compile(f"(?:{words['title_labels']})|(?:{words['form_title_labels']})"),
        "kicker_label": re.compile(words["kicker_labels"]),
        "document_title": re.compile(f"(?:{document})$"),
        "glued_title": re.compile(
            r"^(?:\d{1,2}、)?(?P<title>在[^,。:;!?]{2,40}上的?(?:讲话|演讲|致辞|发言)(?=。)"
            rf"|[^,。:;!?]{{4,40}}?(?:{document})(?=(?:{openers})|\d{{4}}年))。?"
        ),
    }


@lru_cache(maxsize=1)
def _document_number() -> re.Pattern[str]:
    return re.compile(data_json("genre.json")["document_number"])


@lru_cache(maxsize=1)
def _outlet_patterns() -> tuple[tuple[str, Prefiltered, Prefiltered | None], ...]:
    """(part, pattern, the pattern for one search of the part's lines joined where that search is exact),
    each run only on text holding a word every match contains."""
    patterns = []
    for rule in data_json("outlets.json")["patterns"]:
        anywhere = _across_lines(rule["pattern"])
        patterns.append((rule["in"], prefiltered(re.compile(rule["pattern"])), anywhere and prefiltered(anywhere)))
    return tuple(patterns)


@lru_cache(maxsize=1)
def _credit_patterns() -> tuple[tuple[str, Prefiltered, Prefiltered | None], ...]:
    """The patterns of a credit's form (outlets.json's 'credit'), as `_outlet_patterns` gives them."""
    rules = data_json("outlets.json")["patterns"]
    return tuple(entry for rule, entry in zip(rules, _outlet_patterns(), strict=True) if rule.get("credit"))


def _across_lines(pattern: str) -> re.Pattern[str] | None:
    """The pattern for one search of a part's lines joined, where that finds something whenever a line
    alone would (`prefilter.holds_across_lines`); None where the lines must be searched one by one.

    A match across lines is only a false alarm: the lines are searched one by one then too. A pattern without `^`
    or `$` is the one already compiled for a line (from `re`'s cache): compiling it again with MULTILINE, for the
    same matches, cost the first capture 5 ms.
    """
    if not holds_across_lines(pattern):
        return None
    return re.compile(pattern, re.MULTILINE) if anchored_at_lines(pattern) else re.compile(pattern)


def _names_an_outlet(match: re.Match[str], host: str | None) -> bool:
    if match.group("outlet").startswith(_SELF_REFERENCES):  # 本报讯 names no paper (本溪日报 does)
        return False
    if canonical_outlet(match.group("outlet")) in data_json("outlets.json")["not_outlets"]:
        return False
    if "host" in match.re.groupindex:
        own = match.group("host")
        if not host:
            return False
        return host == own or host.endswith("." + own) or own.endswith(host.removeprefix("www."))
    return True


def _watermark_lines(capture: Capture) -> list[str]:
    """A site's name next to its own address, which the cleaner removes from the text."""
    if "www." not in capture.text:  # every watermark has it; the pattern's scan costs a tenth of a millisecond
        return []
    return [to_simplified(match.group(0)) for match in _WATERMARK.finditer(capture.text)]


def _host(capture: Capture) -> str | None:
    return urlparse(capture.url).hostname if capture.url else None


def canonical_outlet(name: str) -> str:
    return _CHANNEL_MARK.sub("", name.strip("-·— ").removesuffix("微信公众号"))


def site_for_host(host: str) -> str:
    sites = data_json("outlets.json")["sites"]
    for domain, site in sites.items():
        if host == domain or host.endswith("." + domain):
            return site
    return host
