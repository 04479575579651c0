"""Web page → the article alone: headline, the page's own date and outlet, and the body's lines.

Input: a page's HTML, decoded. Output: `Page`. The page is parsed with lexbor (selectolax) and
flattened into lines, each knowing the block element that holds it, how much of it is link text
and whether a furniture name (nav, footer, share, 相关, 排行 …) is on the way up. The article is
the block where the text of sentences gathers (readability's scoring: a paragraph's text counts
for its container in full and for the one above by half), with its siblings that are sentences
too; link lists, furniture blocks and bar lines (字体 大 中 小, 分享到, 上一篇) inside it are
dropped. What the page hides is not text, but for the article's own later pages (a paged article's
pages 2, 3 …, the rest under 展开全文), hidden in or beside its shown part. What is left goes on to
the text path's line classifier like any capture.

The headline is decided by a cascade, each candidate cleaned of the site's name: the platform's
headline element (WeChat, Discuz, PHPWind) or the content's `<h1>`, a heading the `<title>`
agrees with, `og:title`, `<title>` without its site part; else the text path takes the first
line. Nothing here names one site's markup: the words are in `builder/data/html_page.json`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache, partial
from html import escape
from itertools import pairwise, takewhile
from typing import Any, cast

from selectolax.lexbor import LexborHTMLParser, LexborNode

from builder.clean.clean import LOST_CHARACTER, PINYIN_ANNOTATION, duty_lists, is_task_line
from builder.clean.script import to_simplified
from builder.prefilter import prefilter
from builder.read.data_articles import CHINA as _CHINA
from builder.read.data_articles import CJK as _CJK
from builder.read.data_articles import DataArticle, epoch_day
from builder.read.html_state import state_articles, state_dates
from builder.read.relatedness import (
    OPENING_LINES,
    RELATED_MIN,
    UNRELATED_MAX,
    foreign,
    holds_a_phrase,
    opening_words,
    relatedness,
)
from builder.resources import data_json, data_tsv, surnames, top_alternatives

PAGE_DATA = "html_page.json"
_SKIPPED = {
    "script", "style", "noscript", "template", "iframe", "svg", "object", "head", "select", "textarea",
    "button", "input", "option", "canvas", "video", "audio", "map", "embed", "title",
    "amp-ad", "amp-embed", "amp-sticky-ad",  # an AMP page's ad slots: their fallback text is the ad's
}  # fmt: skip
_INLINE = {
    "a", "span", "font", "strong", "b", "em", "i", "u", "sup", "sub", "small", "big", "label", "abbr",
    "code", "mark", "s", "strike", "ins", "del", "q", "cite", "img", "wbr", "nobr", "tt", "var", "kbd",
    "time", "bdi", "bdo", "data", "dfn", "samp", "acronym",
}  # fmt: skip
_FURNITURE_TAGS = {"nav", "aside", "footer"}
_SECTIONING = {"article", "main", "section"}
_HIDDEN = '[hidden], [style*="display:none" i], [style*="display: none" i]'
# Elements whose text is a paragraph: it counts for the container above them, not for themselves.
_PARAGRAPH_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt", "pre", "figcaption"}
_LIST_TAGS = {"ul", "ol", "dl", "table", "tbody", "tr"}
_CELL_TAGS = {"li", "td", "th", "dt", "dd"}
_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Attribute names are case-insensitive: <IFRAME SRCDOC> is a frame's document too.
_SRCDOC = re.compile("srcdoc", re.IGNORECASE)
_ZERO_SIZE = re.compile(r"\s*0+(?:\.0*)?\s*(?:px)?\s*")
# Each level of frames in frames escapes its document once more in the one above: real pages nest one or two.
_FRAME_LEVELS = 4
_SPACE = re.compile(r"[ \t\r\f\v\u3000\xa0\u200b]+")
_HEADING_BREAK = "\x00"
# Where an inline element begins or ends. An info bar's spans side by side are its fields apart, though the
# page sets no space between them (来源：青山日报</span><span>2021-01-09): there it is a space; elsewhere
# (a word in bold in a sentence) nothing.
_INLINE_EDGE = "\x01"
# A break beside a Chinese character joins the two sides (Chinese sets no space); else it is a space.
_BREAK_BETWEEN_CJK = re.compile(
    r"(?<=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef])\s*\x00\s*|\s*\x00\s*(?=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef])"
)
_SENTENCE_MARK = re.compile(r"[。，,；;！？!?、]")
_NON_WORD = re.compile(r"\W+")
_DIGITS = re.compile(r"\d+")
# A label's colon or a credit's slash (文/张三): a text holding one is a label and its value, never a name alone.
_LABEL_OR_CREDIT_MARK = re.compile(r"[:：/／]")
# A part length no word reaches: `_name_pattern` then finds each word whole, never as another's head or tail.
_WHOLE_WORDS_ONLY = 1_000
_CLASS_WORD_SPLIT = re.compile(r"[\s_-]+")
_LETTERS = re.compile(r"[a-z]+")
_CASE_CHANGE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_CLAUSE_MARK = re.compile(r"[。，；！？]")
_SPACED_CHARACTERS = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000\xa0]+(?=[\u4e00-\u9fff])")
# What a caption adds to what its picture shows: 图为 before it, a photo's credit or kind in brackets after it
# (（记者 张三 摄）, （资料图）, （视频截图）).
_CAPTION_MARK = re.compile(r"^\s*图为[:：]?|[(（][^()（）]{0,16}?(?:摄|供图|截图|图片|图)[)）]\s*$")
# A sentence's or a label's mark: a picture's caption holds none but, at times, a closing full stop.
_CAPTION_BREAK = re.compile(r"[。，,；;！？!?、：:]")
_CLAUSE_END = re.compile(r"[。！？!?…：:；;]\s*[”」』）)]?$")
_SENTENCE_END = re.compile(r"[。！？!?…]\s*[”」』）)]?$")
_SENTENCE_END_INSIDE = re.compile(r"[。！？!?]")
_TEXT_END = re.compile(r"[。！？：:；…”」）)!?]$")
# A hyphen between two letters or digits (2021-2025, COVID-19) is part of the title, not a separator.
_SEPARATOR = re.compile(r"(\s*(?:_{1,2}|\||｜|—{1,2}|–|(?<![0-9A-Za-z])-{1,2}|-{1,2}(?![0-9A-Za-z])|\s-\s)\s*)")
_DATE_META = {
    "pubdate", "publishdate", "publish_date", "publishtime", "article:published_time", "og:release_date",
    "dc.date", "dc.date.issued", "dcterms.date", "date", "firstpublishedtime", "weibo:article:create_at",
}  # fmt: skip
_SOURCE_META = {"contentsource", "source", "article:source"}
# The account that posted on a 号 platform: it may repost a paper's story, so it names no outlet.
_ACCOUNT_META = {"mediaid"}
_SITE_META = {"og:site_name", "sitename", "site_name", "application-name", "columnname"}
# The site's name as it declares it, the stand-in of last resort where no <title> names it.
_SITE_NAME_META = {"og:site_name", "sitename", "site_name"}
_WECHAT_TIME = re.compile(r"""\bvar\s+ct\s*=\s*["']?(\d{9,11})["']?""")
_WECHAT_DAY = re.compile(r"""\bpublish_time\s*=\s*["'](\d{4}-\d{1,2}-\d{1,2})""")
_WECHAT_NICKNAME = re.compile(r"""\bvar\s+nickname\s*=\s*(?:htmlDecode\()?["']([^"']{2,30})["']""")
# A body line: this many Chinese characters with a sentence mark, little of it link text.
_BODY_MIN_CJK = 10
_BODY_MAX_LINKS = 0.3
_LINK_LINE = 0.5
_HEADLINE_LENGTH = (4, 100)
# An alt that short names no scene (图片, 照片, a logo's 青山): a paragraph repeating it is no caption.
_CAPTION_MIN = 4
_INFO_LINE_MAX = 120
_LABEL_MARK = re.compile(r"[:：]")
_LABEL_END = re.compile(r"[:：]\s*$")
_CREDIT_BRACKETS = "()（）[]【】〔〕"
_NAMES_APART = re.compile(r"[\s、，,/／]+")
# A tag in brackets a headline may carry linked ([视频], 【招商引资】): a link of no other kind.
_BRACKETED = re.compile(r"[\[【［〔][^\]】］〕]{1,8}[\]】］〕]")
# A line of label: value pairs (Source: 某某局 Views: 2016) is an info bar's, in any language; a headline may hold
# one colon (烟花三月节:62个项目签约), not two. A label's colon has a word before it and no digit after it: a time's
# (9:30, 10：00) is none.
_LABEL_COLON = re.compile(r"(?<=[^\W\d])\s*[:：]\s*(?=\D)")
_INFO_LABELS_MIN = 2
# A label's colon before any value, a count's too (界别：经济界 履职积分：108); a time's (9:30) follows a digit.
_FIELD_COLON = re.compile(r"(?<=[^\W\d])\s*[:：]")
_PARTS_APART = re.compile(r"\s*(?:[·•・|｜›»＞]|>{1,2})\s*")
_PART_CJK_MAX = 4
# A label and its value, no paragraph: a name, an office's or a list of tags (编辑：张三　审核：李四).
_FIELD_LINE_MAX = 40
# Columns' names (政务动态, 招商引资, 通知公告) are shorter; headlines are rarely.
_UNSHOWN_HEADLINE_MIN = 7
# Cards of other items side by side (three 招商项目, each with its title heading): fewer may be an article's box
# and a sidebar's set alike.
_CARDS_MIN = 3
# An <h1> whose first content is an image, maybe linked: a logo's.
_LOGO_FIRST = re.compile(r"<h1\b[^>]*>\s*(?:<a\b[^>]*>\s*)?<img\b", re.IGNORECASE)
# A site's English name in its <title> (The Paper, China Daily) is a few words; an English headline more.
_ENGLISH_NAME_WORDS = 3
_MASTHEAD_BARS = re.compile(r"\s*[|｜/·•・—-]\s*|\s+")
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
_SELF_CLOSED = re.compile(r"<([A-Za-z][\w:.-]*)((?:\s[^<>]*?)?)\s*/>")
_FOREIGN_NAME = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’.&\s-]*")
# How many lines above the body a headline may stand (info bar, share bar, subtitle between).
_HEADING_REACH = 6
# How many levels above the article's best block a scene's page may stand (`_alike_pages`).
_PAGE_REACH = 3
_STACK_LINES = 3  # an e-paper's headline stack: 引题, 主题, 副题
_BARE_DATE_MAX = 40
# How many of the body's last lines may credit its source (供稿：, then 责任编辑：, 审核：).
_CLOSING_LINES = 3
# How many lines after the body may be the article's own closing info line (发布时间 and 来源 under the text).
_AFTER_BODY_REACH = 3
_JOINED_RUN_MIN = 2  # bare lines beside a block that are a paragraph of their own: `<br>`-joined ones
_REST_MIN_SENTENCES = 2  # a folded or paged rest holds the body's sentences, a tip or a summary one
_SHOWN_BODY_MIN = 2  # body lines of a shown article; a browser tip or a photo's caption is one at most
_FOLD_CONTROL_MAX = 24  # a fold button's or a pager's line (1 2 3 下一页), no body sentence
# A news app's time without its year (01-09 09:30), before its byline on the same line.
_SHORT_TIME = re.compile(r"^\s*\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s*")
_NAME_BEFORE_DATE = re.compile(r"[\u4e00-\u9fff·]{2,20}(?:\s+[\u4e00-\u9fff·]{2,20}){0,2}")
# How many blocks between two of the article's may be taken in with them (a caption and a credit).
_MOST_BETWEEN = 2
_ROW_REACH = 3  # a table row, its cell, the cell's paragraph
# Script data is read for the article when it holds more Chinese text than the markup's article by this much.
_STATE_OVER_MARKUP = 1.5
_OUTLET_AFTER_DATE = re.compile(
    r"\s*[\[【(（]?\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s+(?!(?:星期|周|礼拜)[一二三四五六日天](?:\s|$))(?P<outlet>[\u4e00-\u9fff·]{2,20})(?=\s|$)"
)


@dataclass(frozen=True)
class Page:
    """What a web page holds for the text path.

    `outlet` is the outlet the page declares for its story (a source meta, the info bar's 来源); the text's
    own (a 本报讯 lead, a 来源 line) comes after it. `fallback_outlet` is a name that stands in only where
    neither names one: the publishing account (a WeChat account's, a 号's `mediaid`, the name run into
    发布于 before the date), a source line under the body (供稿：某某局), a link alone under the headline
    naming an organisation, or the site's name the `<title>` ends with. An account may repost a paper's
    story and a site may carry another's, so none of these outranks the text. The info bar's 来源 where it
    names the site itself (`outlet_is_site`), as a site's system writes on every page it carries, gives way
    only to a credit in the text's lead (来源：东江日报, 东江日报讯: outlets.json's 'credit' patterns).
    """

    text: str
    html_title: str | None = None  # <title> without the site's name; None when it names only the site
    headline: str | None = None
    title_source: str | None = None
    # Whether the page's <title> may stand in for a headline the page does not show: not where the heading set over
    # the text, or the <title> itself, uses almost none of its words and names no story apart from the site (the
    # next article's title, a file's, an issue's name over a text that shows no headline; `relatedness.foreign`).
    title_stands_in: bool = True
    published: str | None = None
    outlet: str | None = None
    fallback_outlet: str | None = None
    outlet_is_site: bool = False
    meta_lines: tuple[str, ...] = ()  # the info bar's lines, for the date and outlet readers


@dataclass
class _Block:
    parent: int | None
    tag: str
    names: str
    furniture: bool
    depth: int
    node: int  # the element's lexbor id
    platform: bool = False  # a publishing platform's article container (WeChat, Discuz, PHPWind)
    kind: tuple[str, str] = ("", "")  # its class and its id without what numbers it (`page2`)
    revealed: bool = False  # in a hidden element read as the article's (a later page, a fold)
    headed: bool = False  # its first line is a furniture heading (精选留言): a comment section
    wrapper: bool = False  # named as furniture but holding most of a page whose sentences all are furniture
    paragraph_rows: bool = False  # a table's rows holder whose rows are paragraphs, one line each
    score: float = 0.0
    mass: float = 0.0
    characters: int = 0
    link_characters: int = 0

    @property
    def link_share(self) -> float:
        return self.link_characters / self.characters if self.characters else 0.0


@dataclass
class _Line:
    text: str
    links: int
    block: int

    @property
    def link_share(self) -> float:
        return self.links / len(self.text) if self.text else 0.0

    @cached_property
    def form(self) -> str:
        """The text's label form (`_label_form`), made once and only for the lines a label is looked for in."""
        return _label_form(self.text)


# ---------------------------------------------------------------- data


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    data = data_json(PAGE_DATA)
    return {
        "furniture": _name_pattern(data["furniture_names"], data["name_part_min"], inside_min=data["name_inside_min"]),
        "content": _name_pattern(data["content_names"], data["name_part_min"], as_plural=False),
        "headline": re.compile(data["headline_names"], re.IGNORECASE),
        "column_element": _name_pattern(data["column_element_names"], data["name_part_min"], as_plural=False),
        "scene_page": _name_pattern(data["scene_page_names"], data["name_part_min"]),
        "site_suffix": re.compile(data["site_suffixes"]),
        "site_words": re.compile(data["site_words"], re.IGNORECASE),
        "logo_image": re.compile(data["logo_images"]),
        "home_link": re.compile(data["home_links"]),
        "column": re.compile(data["column_names"]),
        "column_only": re.compile(data["column_only_names"]),
        "kicker": re.compile(data["kicker_lines"].replace("COLUMN", data["column_names"])),
        "deck": re.compile(data["deck_openings"]),
        "speech_date": re.compile(data["speech_dates"]),
        "document_number": re.compile(data_json("genre.json")["document_number"]),
        "periodical_issue": re.compile(data_json("headlines.json")["periodical_issues"]),
        "paper_page": re.compile(data_json("headlines.json")["paper_pages"]),
        "topic_label": re.compile(data["topic_labels"]),
        "site_label": re.compile(data["site_labels"]),
        "site_label_after": re.compile(data["site_labels_after"]),
        "date_label": re.compile(data["date_labels"]),
        "date": re.compile(data["date"]),
        "weekday_date": re.compile(data["weekday_date"]),
        "reprint_date": re.compile(rf"(?:{data['reprint_date_labels']})\s*(?:[:：]\s*)?(?:{data['date']})"),
        "publication_date": re.compile(
            rf"(?:{data['publication_date_labels']})\s*(?:[:：]\s*)?(?P<date>{data['date']})"
        ),
        "issue_number": re.compile(data["issue_numbers"]),
        "visit_date": re.compile(rf"(?:{data['visit_date_labels']})\s*(?:[:：]\s*)?(?:{data['date']})"),
        "event_date": re.compile(rf"(?:{data['event_date_labels']})\s*(?:[:：]\s*)?(?:{data['date']})"),
        "source": re.compile(data["source_label"].replace("VALUE_END", data["source_value_end"])),
        "unsourced": re.compile(data["unsourced_names"]),
        "poster": re.compile(
            rf"^\s*(?P<name>[\u4e00-\u9fff·]{{2,20}}?)\s*(?P<label>{data['posted_on_labels']})\s*(?:[:：]\s*)?(?:{data['date']})"
        ),
        "dated_source": re.compile(data["dated_source_label"].replace("VALUE_END", data["source_value_end"])),
        "device": re.compile(data["device_names"]),
        "source_note": re.compile(data["source_notes"]),
        **_split_by_anchor("bar", data["bar_lines"]),
        "label": re.compile(data["labels"]),
        "bullet": re.compile(data["list_bullets"]),
        "label_pair": re.compile(data["label_pairs"]),
        "statement_label": re.compile(data["statement_labels"]),
        "statement_note": re.compile(data["statement_notes"]),
        **_split_by_anchor("statement_part", data["statement_parts"]),
        "furniture_heading": re.compile(data["furniture_headings"]),
        "notice_name": re.compile(data["notice_names"], re.IGNORECASE),
        "notice_heading": re.compile(data["notice_headings"]),
        "fold_control": re.compile("|".join(f"(?:{p})" for p in data["fold_controls"])),
        "more_link": re.compile(data["more_links"]),
        "state_class": re.compile(data["state_classes"]),
        "section_number": re.compile(data["section_numbers"]),
        "reporter": re.compile(data["reporter_bylines"]),
        "date_cell": re.compile(data["date_cell_labels"]),
        "source_cell": re.compile(data["source_cell_labels"]),
        "page_kind": re.compile(data["page_kinds"]),
        "link_call": re.compile(data["link_calls"]),
        "related_heading": re.compile(data["related_headings"]),
        "index_cell": re.compile(data["index_cell_labels"]),
        "title_label": re.compile(data["title_labels"]),
        "credit_label": re.compile(data["credit_labels"]),
        "ip_location": re.compile(data["ip_locations"]),
        "ad_label": re.compile(data["ad_labels"]),
        "ad_name": re.compile(data["ad_names"]),
        "edge_label": re.compile(data["edge_labels"]),
        "credit_run": re.compile(data["credit_run"].replace("ROLE", data["credit_roles"])),
        "credit_after_name": re.compile(data["credits_after_name"]),
        "linked_teaser": re.compile(data["linked_teasers"]),
        "teaser": re.compile(data["teaser_lines"]),
        "office_alias": re.compile(data["office_aliases"]),
        "office_publication": re.compile(data["office_publications"]),
        "stand_in_title": re.compile(data["stand_in_titles"]),
    }


def _split_by_anchor(key: str, patterns: list[str]) -> dict[str, re.Pattern[str]]:
    """The patterns' alternatives as two: those anchored at the line's start (`key` + '_start', tried there only) and
    the others (`key`, searched for). One search over both kinds would try every anchored one at every character."""
    alternatives = [part for pattern in patterns for part in top_alternatives(pattern)]
    start = [part for part in alternatives if part.startswith("^")]
    anywhere = [part for part in alternatives if not part.startswith("^")]
    return {
        f"{key}_start": re.compile("|".join(f"(?:{part})" for part in start)),
        key: re.compile("|".join(f"(?:{part})" for part in anywhere) or "(?!)"),
    }


def _data(key: str) -> Any:
    return data_json(PAGE_DATA)[key]


@lru_cache(maxsize=1)
def _landmark_tags() -> dict[str, str]:
    """The element each furniture landmark role stands for (complementary: <aside>), read once."""
    return dict(_data("landmark_roles"))


@lru_cache(maxsize=1)
def _site_name_max() -> int:
    """The longest a site's or a column's name runs (characters, squashed), asked of many lines a page: read once."""
    return int(_data("site_name_max"))


def _name_pattern(
    words: list[str], part_min: int, *, inside_min: int | None = None, as_plural: bool = True
) -> re.Pattern[str]:
    """A pattern finding the listed words in an element's names as `_name_spelling` spells them: a word of
    several parts (side-bar, t_f) as its parts, whole words apart; its parts run together, a word as long
    as `inside_min` or longer anywhere (newscommentbox), one as long as `part_min` as the head or the tail
    of a word (maincontent, leftnav, hotNews), and not as a plural's head unless `as_plural` (articles),
    a shorter one only whole (zw is no part of zwgk, t_f none of comment_frame)."""
    alternatives = []
    for word in words:
        parts = _LETTERS.findall(word.lower())  # letters only: nothing to escape
        joined = "".join(parts)
        if len(parts) > 1:
            alternatives.append(rf"\b{' '.join(parts)}\b")
        alternatives.append(_found_as(joined, part_min, inside_min, as_plural))
    return re.compile("|".join(alternatives))


def _found_as(word: str, part_min: int, inside_min: int | None, as_plural: bool) -> str:
    if inside_min is not None and len(word) >= inside_min:
        return word
    if len(word) < part_min:
        return rf"\b{word}\b"
    head = rf"\b{word}" if as_plural else rf"\b{word}(?!s\b)"
    return rf"{head}|{word}\b"


@lru_cache(maxsize=4096)
def _name_spelling(names: str) -> str:
    """An element's class and id in lower case, twice: as its words, split where they hold no letter (`-`,
    `_`, a space, a number) and where a lower-case letter meets an upper-case one (newsContent); then as
    its runs of letters, split only where they hold none, so that a compound word is one whatever its
    case changes (hotNews: hotnews)."""
    words = _LETTERS.findall(_CASE_CHANGE.sub(" ", names).lower())
    return " ".join(words + _LETTERS.findall(names.lower()))


# ---------------------------------------------------------------- flattening the page


def _article_head(node: LexborNode) -> bool:
    """Whether an element holds an article's head: an <h1> or <h2> of a headline's length, no link and no
    site's name (a banner's is its logo's or the site's: 某某人民政府门户网站), or an info bar's labelled
    date or 来源."""
    text = node.text()
    if _patterns()["source"].search(text) or (_patterns()["date_label"].search(text) and _date_in(text)):
        return True
    return any(
        heading.css_first("a") is None and _headline_length(title) and not _site_name(title)
        for heading in node.css("h1, h2")
        for title in (heading.text(strip=True),)
    )


@lru_cache(maxsize=4096)
def _simplified(text: str) -> str:
    """A short text in Simplified script (kept for each text: the same title parts are asked about often)."""
    return to_simplified(text)


def _site_name(text: str) -> bool:
    """Whether a heading is short and ends as a site's name does (青山市人民政府门户网站, 青山日报)."""
    short = len(_squash(text)) <= _site_name_max()
    return short and bool(_patterns()["site_suffix"].search(text.strip()))


class _Flattener:
    """The page's visible text as lines, each with its block element and its link characters."""

    def __init__(
        self, platform: int | None = None, hidden: set[int] | None = None, revealed: set[int] | None = None
    ) -> None:
        self.platform = platform  # the lexbor id of the platform's article container, if any
        self.hidden = hidden or set()
        self.revealed = revealed or set()  # hidden elements shown as the article's
        self.blocks: list[_Block] = []
        self.lines: list[_Line] = []
        self._parts: list[str] = []
        self._links = 0
        self._open: list[int] = []
        self._anchors: list[list[str]] = []
        self.anchors: set[str] = set()  # every link's text: the page's columns and other pages
        self._with_children: set[int] = set()  # blocks a block has opened in
        self._own_runs: dict[int, int] = {}  # a block's anonymous block for its own lines since its last child
        self._pending: dict[int, int] = {}  # a block's first own line since its last child, while it is alone

    def run(self, root: LexborNode) -> None:
        """One pass over lexbor's own traversal (fast, in C); an element is left when a node comes
        whose parent is not it. Each open element: (lexbor id, tag, skipped with what it holds)."""
        self._enter_block(root)
        top = root.mem_id
        open_elements: list[tuple[int, str, bool]] = [(top, "", False)]
        for node in root.traverse(include_text=True):
            parent = node.parent
            if parent is None or node.mem_id == top:
                continue
            while open_elements[-1][0] != parent.mem_id and len(open_elements) > 1:
                _, tag, skipped = open_elements.pop()
                if not skipped:
                    self._leave(tag)
            skipped = open_elements[-1][2]
            tag = node.tag or ""
            if tag == "-text":
                if not skipped:
                    self._text(node.text_content or "")
            elif tag[0] == "-":
                continue
            elif skipped or tag in _SKIPPED or tag == "br" or node.mem_id in self.hidden:
                if tag == "br" and not skipped:
                    self._break()
                open_elements.append((node.mem_id, tag, True))
            else:
                self._enter(node, tag)
                open_elements.append((node.mem_id, tag, False))
        while len(open_elements) > 1:
            _, tag, skipped = open_elements.pop()
            if not skipped:
                self._leave(tag)
        self._flush()

    def _enter(self, node: LexborNode, tag: str) -> None:
        if tag in _INLINE:
            self._parts.append(_INLINE_EDGE)
        if tag == "a":
            self._anchors.append([])
        elif tag not in _INLINE:
            self._enter_block(node)

    def _leave(self, tag: str) -> None:
        if tag in _INLINE:
            self._parts.append(_INLINE_EDGE)
        if tag == "a":
            self.anchors.add("".join(self._anchors.pop()))
        elif tag not in _INLINE:
            self._flush()
            self._open.pop()

    def _enter_block(self, node: LexborNode) -> None:
        self._flush()
        if self._open:
            self._child_opens(self._open[-1])
        attributes = node.attrs  # read lazily: building the whole dict costs more than the walk
        classes, ident = attributes.get("class") or "", attributes.get("id") or ""
        names = _names(classes, ident)
        parent = self._open[-1] if self._open else None
        inherited = parent is not None and self.blocks[parent].furniture
        # An element a landmark role declares furniture (<div role="complementary">) is read as that element.
        tag = _landmark_tags().get(attributes.get("role") or "", node.tag or "")
        own = tag in _FURNITURE_TAGS or _furniture_named(names) or (tag == "header" and self._page_banner(node))
        depth = self.blocks[parent].depth + 1 if parent is not None else 0
        platform = self.platform is not None and node.mem_id == self.platform
        revealed = node.mem_id in self.revealed or (parent is not None and self.blocks[parent].revealed)
        kind = (classes, _unnumbered(ident))
        block = _Block(parent, tag, names, inherited or own, depth, node.mem_id, platform, kind, revealed)
        self.blocks.append(block)
        self._open.append(len(self.blocks) - 1)

    def _child_opens(self, holder: int) -> None:
        """`<br>`-joined lines set bare beside a block (a shown lead, then the folded rest in a div) are a
        paragraph of their own, as a browser sets them in an anonymous block: each run of two or more becomes
        one, the lines before the first child block theirs. A lone bare line (a teaser's date after its
        summary) stays its element's own."""
        self._pending.pop(holder, None)
        self._own_runs.pop(holder, None)
        if holder in self._with_children:
            return
        self._with_children.add(holder)
        own = list(takewhile(lambda line: line.block == holder, reversed(self.lines)))
        if len(own) >= _JOINED_RUN_MIN and self._anonymous_allowed(holder):
            anonymous = self._anonymous(holder)
            for line in own:
                line.block = anonymous

    def _anonymous_allowed(self, holder: int) -> bool:
        """Not in a heading or a paragraph: a headline's second line or a list item's note stays its own."""
        block = self.blocks[holder]
        return block.tag not in _PARAGRAPH_TAGS and not _is_heading_block(block) and not block.platform

    def _anonymous(self, holder: int) -> int:
        parent = self.blocks[holder]
        self.blocks.append(
            _Block(
                holder, "p", parent.names, parent.furniture, parent.depth + 1, -len(self.blocks) - 1,
                revealed=parent.revealed,
            )
        )  # fmt: skip
        return len(self.blocks) - 1

    def _line_holder(self) -> int:
        """The block a line about to be added belongs to: its element, or the anonymous block of its run."""
        holder = self._open[-1]
        if holder not in self._with_children or not self._anonymous_allowed(holder):
            return holder
        if holder in self._own_runs:
            return self._own_runs[holder]
        if holder not in self._pending:
            self._pending[holder] = len(self.lines)
            return holder
        anonymous = self._own_runs[holder] = self._anonymous(holder)
        self.lines[self._pending.pop(holder)].block = anonymous
        return anonymous

    def _page_banner(self, node: LexborNode) -> bool:
        """Whether a <header> about to open is the page's banner (the site's name and motto), as HTML has it:
        one outside any article, main or section element, whose own <header> holds their headline. Many
        sites set an article's head in a <header> inside a plain <div>: one holding a headline or an info
        bar is the article's."""
        return not any(self.blocks[index].tag in _SECTIONING for index in self._open) and not _article_head(node)

    def _text(self, text: str) -> None:
        """Text of a node; its inner line ends end a line (a capture pasted in whole), but white space
        between elements, however laid out in the source, is one space, as a browser shows it."""
        core = text.strip()
        if not core:
            self._parts.append(" ")
            return
        pieces = core.split("\n")
        pieces[0] = (" " if text[0].isspace() else "") + pieces[0]
        pieces[-1] += " " if text[-1].isspace() else ""
        for index, piece in enumerate(pieces):
            if index:
                self._flush()
            self._parts.append(piece)
            if self._anchors:
                self._links += len(_SPACE.sub("", piece))
                for anchor in self._anchors:
                    anchor.append(piece)

    def _break(self) -> None:
        """A <br> ends a line, but inside a heading (h1-h6, or named as a headline: div.title, td.bt): a
        long headline broken in two is still one (unless what the break sets apart is the info bar or a
        byline, as in a PHPCMS headline)."""
        if self._open and _is_heading_block(self.blocks[self._open[-1]]):
            self._parts.append(_HEADING_BREAK)
        else:
            self._flush()

    def _flush(self) -> None:
        if not self._parts:
            return
        raw = _inline_edges_resolved("".join(self._parts))
        links, self._parts, self._links = self._links, [], 0
        pieces = raw.split(_HEADING_BREAK)
        if len(pieces) > 1 and not any(map(_is_byline, pieces)):
            pieces = [_BREAK_BETWEEN_CJK.sub("", raw).replace(_HEADING_BREAK, " ")]
        for piece in pieces:
            text = _SPACE.sub(" ", piece).strip()
            if text:
                self.lines.append(_Line(text, min(links, len(text)), self._line_holder()))
                links = max(0, links - len(text))


def _cdata_shown(html: str) -> str:
    """An XML document's CDATA sections (an exchange file's or a feed's <Content><![CDATA[…]]>) as the text they hold,
    which an HTML parser would take for comments and drop: markup in them as markup (a feed's <p>s), plain text
    escaped, its line breaks kept as <br>. A script's or a style's section (//<![CDATA[) is left as it is."""
    lowered = html.lower()

    def shown(match: re.Match[str]) -> str:
        if _in_script(lowered, match.start()):
            return match.group()
        content = match.group(1)
        if _TAG.search(content):
            return content
        return "<br>".join(escape(line) for line in content.split("\n"))

    return _CDATA.sub(shown, html)


def _empty_elements_closed(html: str) -> str:
    """An XML document's empty elements (<Title/>) closed at once (<Title></Title>): an HTML parser opens them and,
    for a name HTML knows (title, textarea), takes the rest of the document into them."""
    return _SELF_CLOSED.sub(_closed_at_once, html)


def _closed_at_once(match: re.Match[str]) -> str:
    name, attributes = match.group(1), match.group(2)
    return match.group() if name.lower() in _VOID else f"<{name}{attributes}></{name}>"


def _in_script(lowered: str, at: int) -> bool:
    """Whether a point of a page (in lower case) stands inside a <script> or a <style>."""
    opened = max(lowered.rfind("<script", 0, at), lowered.rfind("<style", 0, at))
    return opened > max(lowered.rfind("</script", 0, at), lowered.rfind("</style", 0, at))


def _inline_edges_resolved(raw: str) -> str:
    """A line's text with its inline elements' edges a space in an info bar's line (a portal's bare date and
    the source's name after it, each an element: `<span>2021-01-09 10:23</span><a>青山日报</a>`), else nothing."""
    if _INLINE_EDGE not in raw:
        return raw
    spaced = raw.replace(_INLINE_EDGE, " ")
    line = _SPACE.sub(" ", spaced).strip()
    return spaced if _is_info_line(line) or _source_after_date(line) else raw.replace(_INLINE_EDGE, "")


def _is_heading_block(block: _Block) -> bool:
    return block.tag in _HEADING_TAGS or (
        bool(block.names)
        and bool(_patterns()["headline"].search(block.names))
        and not _patterns()["content"].search(_name_spelling(block.names))
    )


def _is_byline(text: str) -> bool:
    text = _SPACE.sub(" ", text).strip()
    return _is_info_line(text) or _is_bare_date(text) or _is_bar(text) or _is_credit(text)


def _is_credit(text: str) -> bool:
    """A label and its value (作者：张三), a poster's IP location (来自四川), a role credited after any words to a
    person or an office (南湖网编辑：李红梅, 作者单位：青山县人大常委会办公室) or a reporter's byline (本网记者
    张三 李四): no headline. A headline's colon follows other words (喜讯：我县荣获全省招商引资先进县,
    烟花三月节:62个项目签约)."""
    if _patterns()["label"].match(text) or _patterns()["ip_location"].match(text):
        return True
    credited = _patterns()["credit_label"].match(text)
    if credited and (_is_person_name(credited.group("name")) or _names_office(credited.group("name"))):
        return True
    return is_reporters_byline(text)


def is_reporters_byline(text: str) -> bool:
    """A line naming reporters alone, maybe after an app's time (本网记者 张三 李四, 红星新闻记者 柯美玲, 01-09 09:30
    极目新闻记者 张三 通讯员 李四: html_page.json's 'reporter_bylines'), each name beginning with a surname."""
    text = _SHORT_TIME.sub("", text, count=1)
    names: list[str] = []
    end = 0
    for byline in _patterns()["reporter"].finditer(text):
        if text[end : byline.start()].strip():
            return False
        names += byline.group("names").split()
        end = byline.end()
    return bool(names) and not text[end:].strip() and all(map(_begins_with_surname, names))


def _names_office(name: str) -> bool:
    """Whether a credited name is an office's (青山县人大常委会办公室, 本刊编辑部), not a place's (青山经开区)."""
    return name.endswith(tuple(_data("credit_office_endings")))


def _begins_with_surname(name: str) -> bool:
    single, compound = surnames()
    return name[0] in single or name.startswith(compound)


def _hidden_elements(tree: LexborHTMLParser, platform: int | None) -> dict[int, LexborNode]:
    """The elements not shown (closed menus and pop-ups, an article's later pages), by lexbor id:
    `hidden`, `display: none`. An element only made invisible until a script has run (`visibility:
    hidden`, as WeChat serves its articles) is read, and so is a platform's article container."""
    found = {node.mem_id: node for node in tree.css(_HIDDEN)}
    if platform is not None:
        found.pop(platform, None)
    return found


def _page_like(hidden: dict[int, LexborNode], title: str) -> set[int]:
    """The hidden elements that could be an article's later pages, by lexbor id: they hold sentences,
    no furniture name, are no pop-up's, and no other hidden element holds them."""
    held = _held_by(hidden.values(), hidden)
    return {
        key
        for key, node in hidden.items()
        if key not in held and not _names_furniture(node) and not _is_notice(node, title) and _holds_sentences(node)
    }


def _is_notice(node: LexborNode, title: str) -> bool:
    """Whether a hidden element's own names or its first line say it is a pop-up's (a dialog, a privacy policy,
    an agreement, a tip): the page's own headline, which the <title> holds, does not."""
    attributes = node.attributes
    if _patterns()["notice_name"].search(_names(attributes.get("class") or "", attributes.get("id") or "")):
        return True
    first = next((part.strip() for part in node.text(separator="\n").split("\n") if part.strip()), "")
    return bool(_patterns()["notice_heading"].search(first)) and first not in title


def _revealed(flat: _Flattener, chosen: set[int], candidates: set[int], hidden: dict[int, LexborNode]) -> set[int]:
    """The hidden elements read as the article's. Where the shown article holds a body, its later pages only;
    where it holds none (a photo page's captions, a browser tip shown while a script has yet to show the
    page's whole wrapper), also those holding more of the body's sentences than it does."""
    later = _later_pages(flat, chosen, candidates, hidden)
    inside = _inside(flat.blocks, chosen)
    shown = sum(1 for line in flat.lines if inside[line.block] and _is_body_line(line, flat.blocks))
    if shown >= _SHOWN_BODY_MIN:
        return later
    return later | {key for key in candidates if _sentences(hidden[key]) > shown}


def _later_pages(flat: _Flattener, chosen: set[int], candidates: set[int], hidden: dict[int, LexborNode]) -> set[int]:
    """Of the page-like hidden elements, those that are the article's own later pages: a paged or
    folded article keeps its pages 2, 3 … (or the rest under 展开全文) in the markup, hidden until a
    pager or a button shows them: in its shown part, beside its shown page made like it, beside the
    button that unfolds it, or beside the article with a fold button or a pager near it. Hidden
    elements anywhere else (a pop-up's dialog or tip, a correction form, a share summary) are not text."""
    blocks = flat.blocks
    inside = _held_by((hidden[key] for key in candidates), {blocks[index].node for index in chosen})
    shown: dict[int, set[tuple[str, str, str]]] = {}
    around = _around_chosen(blocks, chosen)
    controls = _control_holders(blocks, flat.lines)
    return {
        key
        for key in candidates
        if key in inside
        or _beside_shown_page(hidden[key], hidden, shown)
        or _beside_fold_control(hidden[key])
        or _rest_beside_article(hidden[key], around, controls)
    }


def _around_chosen(blocks: list[_Block], chosen: set[int]) -> set[int]:
    """The lexbor ids of the chosen blocks' parents and grandparents: a hidden element they hold stands
    beside the article or beside the element the article is in. None when nothing was chosen (the root)."""
    around: set[int] = set()
    for index in chosen:
        up = blocks[index].parent
        for _ in range(2):
            if up is None:
                break
            around.add(blocks[up].node)
            up = blocks[up].parent
    return around


def _control_holders(blocks: list[_Block], lines: list[_Line]) -> set[int]:
    """The lexbor ids of the elements holding a shown fold button (展开阅读全文 ▼) or pager (1 2 下一页)."""
    holders: set[int] = set()
    for line in lines:
        if _is_fold_control(line.text):
            up: int | None = line.block
            while up is not None and blocks[up].node not in holders:
                holders.add(blocks[up].node)
                up = blocks[up].parent
    return holders


def _rest_beside_article(node: LexborNode, around: set[int], controls: set[int]) -> bool:
    """Whether a hidden element beside the article is its folded or paged rest: it holds two body sentences
    or more, and a fold button or a pager is shown in its parent or the one above, wherever the layout
    puts the button (inside the text's container or after it)."""
    parent = node.parent
    if parent is None or parent.mem_id not in around or _sentences(node) < _REST_MIN_SENTENCES:
        return False
    above = parent.parent
    return parent.mem_id in controls or (above is not None and above.mem_id in around and above.mem_id in controls)


def _sentences(node: LexborNode) -> int:
    return sum(1 for part in node.text(separator="\n").split("\n") if _sentence_like(part))


def _beside_shown_page(
    node: LexborNode, hidden: dict[int, LexborNode], shown: dict[int, set[tuple[str, str, str]]]
) -> bool:
    """Whether a shown element beside a hidden one is made like it (the same tag, class and id but its
    number): the page the pager shows first, the hidden one a later page. `shown` keeps each parent's
    shown children's kinds, found once for all its hidden children (16,000 hidden rows of a table)."""
    kind = _numbered_kind(node)
    parent = node.parent
    if parent is None or not (kind[1] or kind[2]):
        return False
    if parent.mem_id not in shown:
        children = parent.iter(include_text=False)
        shown[parent.mem_id] = {_numbered_kind(child) for child in children if child.mem_id not in hidden}
    return kind in shown[parent.mem_id]


def _numbered_kind(node: LexborNode) -> tuple[str, str, str]:
    """An element's tag, class words and id without what numbers it (`page2`, `part-3`) or marks it
    shown or hidden (`page active` beside `page`, `txt-show` beside `txt-hide`)."""
    attributes = node.attributes
    return node.tag or "", _class_words(attributes.get("class") or ""), _unnumbered(attributes.get("id") or "")


def _class_words(classes: str) -> str:
    words = {_unnumbered(word) for word in _CLASS_WORD_SPLIT.split(classes.lower())}
    return " ".join(sorted(word for word in words if word and not _patterns()["state_class"].fullmatch(word)))


def _unnumbered(ident: str) -> str:
    return _DIGITS.sub("", ident)


def _beside_fold_control(node: LexborNode) -> bool:
    """Whether the element next to a hidden one, before or after it and past any showing nothing (a fade),
    is a button that unfolds it (展开全文, 展开全部) or a pager that shows it (下一页)."""
    for step in ("prev", "next"):
        other, text = getattr(node, step), ""
        while other is not None and not (text := _SPACE.sub(" ", other.text()).strip()):
            other = getattr(other, step)
        if text and _is_fold_button(text):
            return True
    return False


def _is_fold_control(text: str) -> bool:
    """A line that unfolds an article's rest (展开全文, 继续阅读) or a pager's (1 2 下一页), wherever it stands
    near the article: short, no body sentence."""
    return len(text) <= _FOLD_CONTROL_MAX and bool(_patterns()["fold_control"].search(text))


def _is_fold_button(text: str) -> bool:
    """A fold control's line, or a link to more (展开, 查看更多) that unfolds only the element right beside
    it: anywhere else it is a list's link to more of the list."""
    return _is_fold_control(text) or bool(_patterns()["more_link"].fullmatch(text))


def _pages_alike(pages: set[int], hidden: dict[int, LexborNode]) -> set[int]:
    """Hidden elements made like one of the article's later pages, beside it (same tag and class):
    the other pages, even the last one holding only a credit."""
    kinds = {_page_kind(hidden[key]) for key in pages}
    return {key for key, node in hidden.items() if key not in pages and _page_kind(node) in kinds}


def _page_kind(node: LexborNode) -> tuple[int | None, str, str, str]:
    """Where an element stands and how it is made: pages of one article share both."""
    parent = node.parent
    return (parent.mem_id if parent is not None else None, *_numbered_kind(node))


def _held_by(nodes: Iterable[LexborNode], holders: Container[int]) -> set[int]:
    """The lexbor ids of the nodes that one of `holders` holds (an ancestor of theirs). What is known of
    an ancestor is kept, so that each is walked past once, not once for each node below it (20,000
    hidden spans 480 deep)."""
    known: dict[int, bool] = {}  # an ancestor's id: whether it or one above it is a holder
    held = set()
    for node in nodes:
        path, up, answer = [], node.parent, False
        while up is not None:
            key = up.mem_id
            if key in holders or key in known:
                answer = key in holders or known[key]
                break
            path.append(key)
            up = up.parent
        known.update(dict.fromkeys(path, answer))
        if answer:
            held.add(node.mem_id)
    return held


def _names_furniture(node: LexborNode) -> bool:
    attributes = node.attributes
    return _furniture_named(_names(attributes.get("class") or "", attributes.get("id") or ""))


def _names(classes: str, ident: str) -> str:
    """An element's class and id, the words its furniture or content is named by."""
    return f"{classes} {ident}".strip()


@lru_cache(maxsize=4096)
def _furniture_named(names: str) -> bool:
    """Whether an element's class or id names furniture, and not the article as well (kept for each
    names: a page repeats its classes over and over, and a site its pages')."""
    spelling = _name_spelling(names)
    return bool(_patterns()["furniture"].search(spelling)) and not _patterns()["content"].search(spelling)


def _holds_sentences(node: LexborNode) -> bool:
    return _sentences(node) > 0


# ---------------------------------------------------------------- the article


def _is_body_line(line: _Line, blocks: list[_Block]) -> bool:
    return not blocks[line.block].furniture and line.link_share < _BODY_MAX_LINKS and _is_sentence(line.text)


def _sentence_like(text: str) -> bool:
    """Enough Chinese with a sentence mark."""
    return len(_CJK.findall(text)) >= _BODY_MIN_CJK and bool(_SENTENCE_MARK.search(text))


def _is_sentence(text: str) -> bool:
    """Enough Chinese with a sentence mark, and no info, date or tool bar."""
    return _sentence_like(text) and not _is_info_line(text) and not _is_bare_date(text) and not _is_bar(text)


def _score(blocks: list[_Block], lines: list[_Line]) -> None:
    """Readability's scoring: a paragraph counts for its container, and half for the one above."""
    lone_rows = _lone_rows(blocks, lines)
    for holder in set(lone_rows.values()):
        blocks[holder].paragraph_rows = True
    for line in lines:
        up: int | None = line.block
        while up is not None:
            blocks[up].characters += len(line.text)
            blocks[up].link_characters += line.links
            up = blocks[up].parent
        if not _is_body_line(line, blocks):
            continue
        weight = float(len(_CJK.findall(line.text)))
        container, parent = line.block, blocks[line.block].parent
        if container in lone_rows:
            container = lone_rows[container]
        elif blocks[container].tag in _PARAGRAPH_TAGS and parent is not None:
            container = parent
        blocks[container].score += weight
        above = blocks[container].parent
        if above is not None:
            blocks[above].score += weight / 2
        index: int | None = line.block
        while index is not None:
            blocks[index].mass += weight
            index = blocks[index].parent


def _lone_rows(blocks: list[_Block], lines: list[_Line]) -> dict[int, int]:
    """The blocks of lines alone in their table row, each with the block holding the rows, where two such
    lines or more are body lines: an old page in tables sets each paragraph in a row of its own, so
    such a line is a paragraph and counts for the table's body, whatever holds it in its cell (`<td><p>`)
    and beside an empty cell (an indent). A single such paragraph (a print page whose whole text is one
    cell) stays its cell's own."""
    rows = [_row_of(blocks, line.block) for line in lines]
    count = Counter(row for row in rows if row is not None)
    lone = {
        line.block: blocks[row].parent
        for line, row in zip(lines, rows, strict=True)
        if row is not None and count[row] == 1
    }
    paragraphs = Counter(lone[line.block] for line in lines if line.block in lone and _is_body_line(line, blocks))
    return {block: holder for block, holder in lone.items() if holder is not None and paragraphs[holder] >= 2}


def _row_of(blocks: list[_Block], index: int) -> int | None:
    """The table row a block is in: its own, its cell's, or its cell's paragraph's."""
    up: int | None = index
    for _ in range(_ROW_REACH):
        if up is None:
            return None
        if blocks[up].tag == "tr":
            return up
        up = blocks[up].parent
    return None


def _paragraph_run(blocks: list[_Block], lines: list[_Line], holder: int) -> set[int]:
    """Of a table whose rows are paragraphs, the article's rows: the run of rows holding the most body
    text, each row a body line or a plain line alone in its row that names no site's owner (a section's
    heading, a signature, a date), and the rows of one line above it (the headline, the info bar). An
    info or link row and a footer's 版权所有 or 主办 end the run, so the footer rows under the text stay
    out; rows of several cells above it (an 信息索引's labels and values) are no part of the text."""
    rows = [index for index, block in enumerate(blocks) if block.parent == holder and block.tag == "tr"]
    texts = _lines_by_sibling(blocks, lines, set(rows))
    shown = [row for row in rows if row in texts]
    runs: list[list[int]] = [[]]
    for row in shown:
        held = texts[row]
        if any(_is_body_line(line, blocks) for line in held) or (len(held) == 1 and _between_paragraphs(held[0])):
            runs[-1].append(row)
        elif runs[-1]:
            runs.append([])
    run = max(runs, key=lambda rows_: sum(blocks[row].mass for row in rows_))
    above = shown[: shown.index(run[0])]
    return {row for row in above if len(texts[row]) == 1} | set(run)


def _between_paragraphs(line: _Line) -> bool:
    return _is_plain(line) and not _patterns()["site_label"].search(line.text)


def _article_blocks(blocks: list[_Block], lines: list[_Line]) -> set[int]:
    """The platform's article container; else the best-scoring block, with its siblings that hold
    sentences too (the other sections of a long article) and the short ones right beside it that
    are text, not a bar (a lead `同志们:` above the body)."""
    platform = next((index for index, block in enumerate(blocks) if block.platform), None)
    if platform is not None and blocks[platform].mass:
        return {platform}
    best = max(range(len(blocks)), key=lambda i: (blocks[i].score, -blocks[i].depth))
    if blocks[best].score == 0:
        return {0}
    parent = blocks[best].parent
    # A furniture heading (评论, 留言) that opens the article's own block or one above it is a kicker or a
    # message board's label; a block so headed after the article is its comment section.
    siblings = [
        index
        for index, block in enumerate(blocks)
        if block.parent == parent and not (block.furniture or (block.headed and index > best))
    ]
    chosen = {best}
    chosen.update(i for i in siblings if blocks[i].mass >= _BODY_MIN_CJK and blocks[i].link_share < _BODY_MAX_LINKS)
    chosen.update(i for i in siblings if _alike(blocks[i], blocks[best]) and blocks[i].link_share < _BODY_MAX_LINKS)
    texts = _lines_by_sibling(blocks, lines, set(siblings))
    _fill_between(siblings, chosen, texts)
    position = siblings.index(best)
    for step in (-1, 1):
        index = position + step
        while 0 <= index < len(siblings) and (
            siblings[index] in chosen
            or _is_text_block(texts.get(siblings[index], []))
            or _is_plain_line_like(blocks, best, texts.get(best, []), siblings[index], texts.get(siblings[index], []))
        ):
            chosen.add(siblings[index])
            index += step
    if blocks[best].paragraph_rows:  # the article is the table's run of paragraphs, not its index or footer rows
        chosen = (chosen - {best}) | _paragraph_run(blocks, lines, best)
    return chosen | _alike_pages(blocks, best)


def _alike_pages(blocks: list[_Block], best: int) -> set[int]:
    """The other pages of a scene whose pages are named so (an H5 scene's section.m-page × 5, a slider's
    div.swiper-slide), a few levels above the article's best block, that hold sentences too: the scene sets one part
    of the article to a page."""
    up = blocks[best].parent
    for _ in range(_PAGE_REACH):
        if up is None or blocks[up].parent is None:
            return set()
        if _scene_page(blocks[up]):
            # Its pages are numbered in their class (page-1, page-2), which tells a grid's columns apart elsewhere.
            return {
                index
                for index, block in enumerate(blocks)
                if block.parent == blocks[up].parent
                and block.tag == blocks[up].tag
                and _scene_page(block)
                and not block.furniture
                and block.mass >= _BODY_MIN_CJK
                and block.link_share < _BODY_MAX_LINKS
            }
        up = blocks[up].parent
    return set()


def _scene_page(block: _Block) -> bool:
    return bool(block.names) and bool(_patterns()["scene_page"].search(_name_spelling(block.names)))


def _alike(block: _Block, best: _Block) -> bool:
    """A block made like the article's best one (same tag, same class, the same id but its number):
    another of its pages or sections, even one holding only a credit. A grid's columns differ by the
    number in their class (`col-md-8` beside `col-md-4`): a width, not a page's number."""
    return bool(best.names) and block.tag == best.tag and block.kind == best.kind


def _is_plain_line_like(
    blocks: list[_Block], best: int, best_lines: list[_Line], index: int, lines: list[_Line]
) -> bool:
    """On a page that sets each line of the article in an element of its own, with no class or id
    (`<div>` after `<div>`), one more such element holding a line that is no link, info or tool
    bar, nor the site's owner, is a line of the article too (a credit, a byline under the last
    paragraph)."""
    if len(best_lines) != 1 or len(lines) != 1:
        return False
    line = lines[0]
    return (
        best_lines[0].block == best
        and line.block == index
        and not blocks[best].names
        and not blocks[index].names
        and blocks[index].tag == blocks[best].tag
        and _is_plain(line)
        and not _patterns()["site_label"].search(line.text)
    )


def _fill_between(siblings: list[int], chosen: set[int], texts: dict[int, list[_Line]]) -> None:
    """A block or two between two of the article's (a caption, a credit, a heading set as a plain div, as
    a page with one element a line has them) are the article's too, unless a link, info or tool bar."""
    places = [position for position, index in enumerate(siblings) if index in chosen]
    for before, after in pairwise(places):
        if after - before - 1 > _MOST_BETWEEN:
            continue
        for position in range(before + 1, after):
            held = texts.get(siblings[position], [])
            if held and all(map(_is_plain, held)):
                chosen.add(siblings[position])


def _lines_by_sibling(blocks: list[_Block], lines: list[_Line], siblings: set[int]) -> dict[int, list[_Line]]:
    found: dict[int, list[_Line]] = {}
    for line in lines:
        up: int | None = line.block
        while up is not None and up not in siblings:
            up = blocks[up].parent
        if up is not None:
            found.setdefault(up, []).append(line)
    return found


def _is_text_block(lines: list[_Line]) -> bool:
    """Lines of text that end a sentence or a salutation, none of them a link, an info or tool bar."""
    return bool(lines) and all(map(_is_plain, lines)) and any(_TEXT_END.search(line.text) for line in lines)


def _is_plain(line: _Line) -> bool:
    """A line that is no link, no info bar and no tool bar."""
    return line.link_share <= _BODY_MAX_LINKS and not _is_bar(line.text) and not _is_info_line(line.text)


def _inside(blocks: list[_Block], chosen: set[int]) -> list[bool]:
    """For each block, whether it lies in a chosen block (blocks come parent first)."""
    inside = [False] * len(blocks)
    for index, block in enumerate(blocks):
        inside[index] = index in chosen or (block.parent is not None and inside[block.parent])
    return inside


def _furniture_below(blocks: list[_Block], chosen: set[int]) -> list[bool]:
    """Whether a furniture name stands between a block and the article's top (not above it)."""
    below = [False] * len(blocks)
    for index, block in enumerate(blocks):
        own = block.tag in _FURNITURE_TAGS or (_furniture_named(block.names) and not block.wrapper) or block.headed
        up = block.parent is not None and block.parent not in chosen and below[block.parent]
        below[index] = index not in chosen and (own or up)
    return below


def _is_statement(text: str) -> bool:
    """A reposting site's or a platform's statement (声明：… 如有侵权请联系删除, 转载请注明出处): a 声明 label and one
    of its parts, or, unlabelled, two clauses holding a part (or one clause alone), or clauses each a part or a
    note of the source (本文来源于青山日报，转载请注明出处). A body sentence about copyright holds a part in one
    clause among others."""
    if not _statement_words().search(text):  # every statement holds a part, and so one of its words
        return False
    if _patterns()["statement_label"].match(text):
        return _holds_statement_part(text)
    clauses = [clause for clause in _CLAUSE_MARK.split(text) if clause.strip()]
    stated = sum(1 for clause in clauses if _holds_statement_part(clause))
    noted = sum(1 for clause in clauses if _is_statement_note(clause.strip()))
    return stated >= 2 or (stated == 1 and len(clauses) == 1) or (stated >= 1 and stated + noted == len(clauses))


@lru_cache(maxsize=1)
def _statement_words() -> re.Pattern[str]:
    """A word one of which every statement part holds (builder/prefilter.py), or a pattern any text matches."""
    parts = "|".join(f"(?:{part})" for part in _data("statement_parts"))
    return prefilter(parts) or re.compile("")


def _holds_statement_part(text: str) -> bool:
    return bool(_patterns()["statement_part_start"].match(text) or _patterns()["statement_part"].search(text))


def _is_statement_note(clause: str) -> bool:
    """A clause that closes a statement beside one of its parts but is none alone: a note of the source
    (本文来源于青山日报) or of the use (仅供学习交流), which the text's own sentences make too (以上数据仅供参考)."""
    return bool(_patterns()["source_note"].match(clause) or _patterns()["statement_note"].match(clause))


def _noted_outlet(statements: list[str]) -> str | None:
    """The outlet a statement closing the text names in its first clause (本文来源于青山日报，转载请注明出处)."""
    notes = (_patterns()["source_note"].match(_CLAUSE_MARK.split(text)[0].strip()) for text in statements)
    return next(filter(None, (_plain_outlet(note.group("outlet")) for note in notes if note)), None)


def _is_bar(text: str) -> bool:
    if len(text) > int(_data("bar_line_max")):
        return False
    return bool(_patterns()["bar_start"].match(text) or _patterns()["bar"].search(text))


# ---------------------------------------------------------------- metadata


def _meta(tree: LexborHTMLParser) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.css("meta"):
        attributes = node.attributes
        key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
        value = (attributes.get("content") or "").strip()
        if key and value and key not in found:
            found[key] = value
    return found


def _declared_title(meta: dict[str, str]) -> str | None:
    """The title a <meta> declares the article's (og:title, DC.Title, ArticleTitle), in the data's order."""
    names: list[str] = _data("title_metas")
    return next((meta[name] for name in names if name in meta), None)


def _first(meta: dict[str, str], keys: set[str]) -> str | None:
    return next((meta[key] for key in sorted(keys) if key in meta), None)


def _date_in(text: str) -> str | None:
    match = _patterns()["date"].search(text)
    if not match:
        return None
    year, month, day = (int(match.group(g)) for g in "ymd")
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _without_other_dates(text: str) -> str:
    """An info line less the dates it labels as another thing's than the page's: when it was printed (打印时间), a
    company's or a project's dates (成立日期, 开工日期)."""
    return _patterns()["visit_date"].sub("", _patterns()["event_date"].sub("", text))


def _is_info_line(text: str) -> bool:
    """An info bar's line: short, no sentence, with a labelled date (not another thing's: a company card's 成立日期),
    an e-paper's date, a 来源 or a reprint's note of its source (本文转自某某公众号)."""
    if len(text) > _INFO_LINE_MAX or _CLAUSE_MARK.search(text):
        return False
    text = _patterns()["event_date"].sub("", text)
    if _date_in(text) is not None and (
        _patterns()["date_label"].search(text) or _patterns()["weekday_date"].search(text)
    ):
        return not _task_line(text)  # a plan's task and its deadline, the text's own
    return bool(_patterns()["source"].search(text) or _patterns()["source_note"].match(text))


def _wechat_date(html: str) -> str | None:
    stamp = _WECHAT_TIME.search(html)
    if stamp:
        return dt.datetime.fromtimestamp(int(stamp.group(1)), _CHINA).date().isoformat()
    day = _WECHAT_DAY.search(html)
    return _date_in(day.group(1)) if day else None


def outlet_named(text: str) -> str | None:
    """The outlet a 来源 names, or None where it names none (本站, 原创, 首页 …)."""
    match = _patterns()["source"].search(text)
    if not match:
        return None
    name = _plain_outlet(match.group("outlet"))
    if name and match.group("label") in _data("supplier_labels") and not _names_organisation(name):
        return None  # 供稿：张三 names who wrote the copy, not an outlet
    return name


def _names_organisation(name: str) -> bool:
    """Whether a name ends as an office's, a firm's or a publisher's (招商局, 青山日报, 观山文库), not a person's."""
    return name.endswith(_organisation_endings()) or bool(_patterns()["site_suffix"].search(name))


@lru_cache(maxsize=1)
def _organisation_endings() -> tuple[str, ...]:
    return tuple(data_json("people.json")["organisation_endings"])


def _info_outlet(text: str) -> str | None:
    """The outlet an info line names: labelled, labelled beside the page's date, or after a bare date."""
    return outlet_named(text) or _dated_outlet(text) or _outlet_after_date(text)


def _dated_outlet(text: str) -> str | None:
    """The outlet under a label that names the publisher only on the page's dated info line
    (发布日期：… 责任单位：某某局, 2021-1-9 | 来自: 某某日报), and never a device or a client (来自：微博):
    in a plan's body 责任单位 names who carries out a task, under a post 来自 the phone it was sent from."""
    match = _patterns()["dated_source"].search(text) if _date_in(text) else None
    if match is None or _patterns()["device"].search(match.group("outlet")):
        return None
    return _plain_outlet(match.group("outlet"))


def _plain_outlet(name: str | None) -> str | None:
    """The name, unless it names no outlet (本站; a staff role, a photo's credit or a story's tag: 本报记者, 王立新摄,
    独家); or one the capture damaged or annotated with pinyin (蕭山日?qǐng)?bào), left to the text path, which
    repairs it."""
    name = (name or "").strip(" 【】[]()（）")
    if len(name) < 2 or name in _data("not_outlets") or not _CJK.search(name):
        return None
    if LOST_CHARACTER.search(name) or PINYIN_ANNOTATION.search(name):
        return None
    return None if _unsourced(name) else name


@lru_cache(maxsize=4096)
def _unsourced(name: str) -> bool:
    """Whether a name is a staff role, a photo's credit or a story's tag (kept for each name: a site sets the same
    names on every page)."""
    return bool(_patterns()["unsourced"].match(to_simplified(name)))


@lru_cache(maxsize=4096)
def _task_line(text: str) -> bool:
    """Whether a dated line is a plan's task with its deadline (kept for each line: the info readers ask of a
    line again and again)."""
    return is_task_line(to_simplified(text))


def _meta_outlet(value: str | None) -> str | None:
    """A source meta's outlet; some sites write the label into it too (`来源：人民网－人民日报`)."""
    if not value:
        return None
    return outlet_named(value) if _patterns()["source"].search(value) else _plain_outlet(value)


def _platform_node(tree: LexborHTMLParser, key: str) -> LexborNode | None:
    """The first element the publishing platforms' generic markup names (data file, `key`)."""
    for selector in _data(key):
        node = tree.css_first(selector)
        if node is not None:
            return node
    return None


def _platform_text(tree: LexborHTMLParser, key: str) -> str | None:
    node = _platform_node(tree, key)
    if node is None:
        return None
    return _SPACE.sub(" ", node.text(separator=" ")).strip() or None


# ---------------------------------------------------------------- the headline


def _squash(text: str) -> str:
    return _NON_WORD.sub("", text)


class _Sites:
    """What names the site on this page: its declared names, footer owners and link texts (columns)."""

    def __init__(self, meta: dict[str, str], outside: Iterable[_Line], anchors: set[str], title: str = "") -> None:
        """`outside`: the lines outside the article, where a footer names the site's owner; the body's
        sentences name others (洽谈会由省人民政府主办)."""
        # A declared name is a name, no headline, whose ever it is: a <title> part that is the site's, the
        # account's or the source's (on a reprint, another outlet's) is taken off the headline.
        self.names = {_squash(meta[key]) for key in _SITE_META | _SOURCE_META | _ACCOUNT_META if key in meta}
        self.title_parts = {_squash(part) for part in _title_parts(title)}
        # A <title>'s parts between its first and its last: a column's or a blog's name (标题_博客名_平台), where
        # neither end is certain to be the headline's (站名 - 标题, 标题_站名).
        self.middle_title_parts = {_squash(part) for part in _title_parts(title)[1:-1]}
        # What the page calls itself (og:site_name, its footer's owner, a <title>'s first or last part beside
        # the headline), not what it names as a story's source.
        self.own = {_squash(meta[key]) for key in _SITE_META if key in meta} | _title_ends(title)
        for line in outside:
            for label in ("site_label", "site_label_after"):
                for match in _patterns()[label].finditer(line.text):
                    self.names.add(_squash(match.group("site")))
                    self.own.add(_squash(match.group("site")))
        self._anchors = anchors
        self.names.discard("")
        self.own.discard("")

    @cached_property
    def links(self) -> set[str]:
        """Every link's text, squashed; made when first asked for (most pages never ask)."""
        return {_squash(text) for text in self._anchors}

    def unlinked(self, text: str) -> str:
        """A line's text, squashed, less every link's text it holds, the longest first."""
        rest = _squash(text)
        for link in sorted(self.links, key=len, reverse=True):
            if link and link in rest:
                rest = rest.replace(link, "")
        return rest

    def is_site(self, part: str, links: bool = False, column: bool = True) -> bool:
        """Whether a title part names the site (or, with `links`, a column the page links to; with
        `column`, a column by its name's ending: 政务要闻, 乡镇动态; without, only by an ending no headline has:
        集团要闻, 新闻中心)."""
        squashed = _squash(part)
        if not squashed:
            return True
        # The patterns are written in Simplified script: a Hong Kong, Macau or Taiwan site's name (全球資訊網) is
        # matched as converted.
        part = _simplified(part)
        if squashed in self.names or (links and squashed in self.links) or _patterns()["site_words"].search(part):
            return True
        named = _patterns()["column"].fullmatch(squashed) if column else _patterns()["column_only"].fullmatch(squashed)
        if named or self._owner_begins(squashed):
            return True
        short = len(squashed) <= _site_name_max()
        return short and bool(_patterns()["site_suffix"].search(part.strip()))

    def titled(self, text: str) -> bool:
        """Whether the page's <title> has the text for a part of its own: a heading it repeats is the
        page's headline, whatever its ending (一周招商动态), not a column's name."""
        return _squash(text) in self.title_parts

    def titled_beside(self, text: str) -> bool:
        """Whether the page's <title> has the text for a part beside others (公告_站名), as an article's <title>
        has its headline; a <title> that is the text alone is a column's page's (政策文件)."""
        return len(self.title_parts) > 1 and self.titled(text)

    def titled_beside_site(self, text: str) -> bool:
        """Whether the page's <title> is the text and the site's name, nothing else (政府工作报告_青山县人民政府), as an
        article's is; one of columns' names beside the site's (政务动态_招商快讯_青山县人民政府) is a column's path."""
        squashed = _squash(text)
        others = self.title_parts - {squashed}
        return squashed in self.title_parts and len(others) == 1 and self.is_site(next(iter(others)), column=False)

    def _owner_begins(self, squashed: str) -> bool:
        """The start of a name the site declares: the place or park whose office (管委会, 办公室) owns it."""
        return len(squashed) >= _HEADLINE_LENGTH[0] and any(name.startswith(squashed) for name in self.names)

    def named_in(self, title: str, headline: str | None, lines: list[_Line]) -> str | None:
        """The site's name a <title> ends with (`标题 - 某某日报`, `标题 某某人民政府`), or is: its last part, or what
        follows a space in it where that ends as a site's name does; when a name with a site's ending, not the
        headline, a column's name, a page's kind (信息公开, 政务公开) nor a platform's words (Powered by Discuz!).
        A title of one part that the page shows as a line is its headline."""
        parts = _title_parts(title)
        name = parts[-1].strip()
        before_space, _, after_space = name.rpartition(" ")
        # 讲话汇编-10篇 石城市人民政府: a headline's own dash before the site's space; but 东江市人民政府 门户网站
        # is the site's name whole, what comes before its space an organisation's name.
        if before_space and _patterns()["site_suffix"].search(after_space) and not _names_organisation(before_space):
            name = after_space
        squashed = _squash(name)
        if not squashed or (headline and squashed in _squash(headline)):
            return None
        if len(parts) == 1 and _shown_as_line(squashed, lines):
            return None
        short = len(squashed) <= _site_name_max()
        named = (
            short
            and _CJK.search(name)
            and _patterns()["site_suffix"].search(name)
            and not _patterns()["site_words"].search(name)
            and not _patterns()["column"].fullmatch(squashed)
            and not _patterns()["page_kind"].fullmatch(squashed)
        )
        return name if named else None

    def strip(self, title: str) -> str | None:
        """The title without site and column parts at its start and end; None when nothing else is left.

        The first part is a column only by its site-like ending: an article's own headline may be
        linked on its page too (a ranking, the breadcrumb's last step).
        """
        parts = _SEPARATOR.split(title)
        texts = parts[0::2]
        start, end = 0, len(texts)
        beside = len(texts) > 1  # a whole title (an <h1>'s) is never a column for its ending alone
        while start < end and self._site_part(texts, start, column=beside):
            start += 1
        while end > start and self._site_part(texts, end - 1, column=beside):
            end -= 1
        if start == end:
            return None
        kept = "".join(parts[2 * start : 2 * end - 1]).strip()
        return kept if _HEADLINE_LENGTH[0] <= len(kept) else None

    def _site_part(self, texts: list[str], at: int, column: bool) -> bool:
        return self.is_site(texts[at], links=at > 0, column=column) or self._english_name(texts, at)

    def _english_name(self, texts: list[str], at: int) -> bool:
        """Whether a title part is the site's English name beside its Chinese one (澎湃新闻-The Paper): a few
        words with no Chinese, next to a Chinese part that is the site's. An English headline is longer."""
        part = texts[at].strip()
        if not part or _CJK.search(part) or len(part.split()) > _ENGLISH_NAME_WORDS:
            return False
        beside = (texts[near] for near in (at - 1, at + 1) if 0 <= near < len(texts))
        return any(_CJK.search(text) and self.is_site(text) for text in beside)


def _masthead_names(tree: LexborHTMLParser) -> set[str]:
    """The site's names its masthead sets in an <h1>: one that opens with the logo's image (`<h1><img src=/logo.png>
    某某投资促进局</h1>`), or the names of a site and its owner's or sister's apart by a bar (`_names_sites_apart`),
    each a name of the site's. An article's <h1> may open with an image too, a bullet or a badge (dot.gif, 原创): the
    image must be a logo by its words or its link home, and the rest a site's or an office's name; or the heading
    itself named as the logo, and the rest ending as an office's or a site's name. A bilingual site's name in a Latin
    script beside the Chinese one is left out of the judging, and both forms are the site's."""
    names = set()
    for node in tree.css("h1"):
        shown = node.text()
        text, name = _squash(shown), _chinese_name(shown)
        apart = _names_sites_apart(shown.strip())
        if apart:
            names |= {text, *map(_squash, apart)}
        elif (
            _LOGO_FIRST.match(node.html or "")
            and _site_or_office(name)
            and (_logo_image(node, text) or (_named_logo(node) and _office_or_site(name)))
        ):
            names |= {text, name}
    return names


def _names_sites_apart(text: str) -> list[str]:
    """A heading's parts where it is the names of a site and its owner's or sister's apart by a bar or a space
    (青山融媒 · 青山县广播电视台, 青山日报 | 青山新闻网), one ending as a site's name does: a media group's masthead,
    no headline; else none."""
    parts = [part for part in _MASTHEAD_BARS.split(text) if part]
    apart = len(parts) > 1 and all(map(_site_or_office, parts)) and any(map(_site_name, parts))
    return parts if apart else []


def _named_logo(heading: LexborNode) -> bool:
    """Whether the heading itself is named as the logo (<h1 class="logo"><img src="/img/gcs.svg">…), its image not."""
    words = " ".join(heading.attributes.get(name) or "" for name in ("class", "id"))
    return bool(_patterns()["logo_image"].search(words))


def _office_or_site(name: str) -> bool:
    """Whether a name ends as an office's (局, 人民政府, 委员会) or a site's does, as more than an organisation's: a
    headline may end in 会 or 办 too."""
    return name.endswith(tuple(_data("office_title_endings"))) or _site_name(name)


def _chinese_name(text: str) -> str:
    """A masthead's name less the site's name in a Latin script beside it (濠江特區政府新聞局 Gabinete de Comunicação
    Social, 青山日报 Qingshan Daily): a bilingual site's logo sets both, and its Chinese name is the one to judge."""
    return _squash(_FOREIGN_NAME.sub("", text)) if _CJK.search(text) else _squash(text)


def _site_or_office(text: str) -> bool:
    """Whether a heading's text is a site's name or an office's (青山日报, 青山县投资促进局), no headline."""
    short = len(text) <= _site_name_max()
    return short and (_site_name(text) or _names_organisation(text))


def _logo_image(heading: LexborNode, text: str) -> bool:
    """Whether an <h1>'s first image is the site's logo: named so (src, alt, class or id: logo, 标志), its alt the
    heading's text, or linked to the site's home page."""
    image = heading.css_first("img")
    attributes = image.attributes if image is not None else {}
    words = " ".join(attributes.get(name) or "" for name in ("src", "alt", "class", "id"))
    if _patterns()["logo_image"].search(words) or _squash(attributes.get("alt") or "") == text:
        return True
    link = heading.css_first("a")
    href = (link.attributes.get("href") or "").strip() if link is not None else ""
    return bool(href) and bool(_patterns()["home_link"].match(href))


def _title_ends(title: str) -> set[str]:
    """A <title>'s first and last parts, squashed, where it has several: the site's name is one of them
    (`标题 - 站名`, `站名 - 标题`), which is not known here; both are taken, as the headline's never is a 来源."""
    parts = _title_parts(title)
    return {_squash(parts[0]), _squash(parts[-1])} if len(parts) > 1 else set()


def _title_parts(title: str) -> list[str]:
    """A <title>'s parts between its separators (`标题_栏目_站名`)."""
    return _SEPARATOR.split(title)[0::2]


def _agrees(candidate: str, references: list[str]) -> bool:
    squashed = _squash(candidate)
    return bool(squashed) and any(
        squashed in ref or ref in squashed for ref in map(_squash, references) if len(ref) >= _HEADLINE_LENGTH[0]
    )


def _headline(
    tree: LexborHTMLParser,
    flat: _Flattener,
    first_body: int,
    article: list[int],
    chosen: set[int],
    sites: _Sites,
    references: list[str | None],
    labelled: str | None,
) -> tuple[str | None, str | None]:
    """(headline, the element that decided it), from the strongest candidate the page offers.

    `references` are og:title and <title>, already cleaned of the site's name: a heading they
    agree with is the article's, not a logo's or a sidebar's. `labelled` is the title the page labels (标题：…):
    an <h1> agreeing with it is the headline, and it is the headline over any other but an <h1> of the article's
    own above the body.
    """
    platform = _platform_text(tree, "platform_headlines")
    if platform:
        return sites.strip(platform) or platform, "h1"
    known = [reference for reference in (*references, labelled) if reference]
    h1s = [
        (index, sites.strip(text) or text)
        for index, line in enumerate(flat.lines)
        for text in (_topic_value(line.text),)
        if _heading_tag(flat, line) == "h1"
        and _headline_length(text)
        and line.link_share <= _LINK_LINE
        and not _names_column(flat, line)
        and not names_an_issue(text)
    ]
    # An <h1> in a banner, a header's nav or a footer is the site's or a 专题's name, not the article's, even
    # where the <title> names the 专题 too.
    h1s = [(index, text) for index, text in h1s if not _column_over_heading(flat, index, first_body)]
    # A column's name over the article (工作动态, which the column's pages repeat in their <title>), in an <h1>
    # (a mobile page's top bar) or any heading, yields to a headline-like line nearer the body (the headline set
    # in bold): the <title> agreeing with it is the column's, not the article's.
    # A <title> holding the <h1> beside the site's name (招商引资项目公告_青山县人民政府) is the article's: its
    # agreement is checked first, and such an <h1> is never set aside.
    nearer = _line_above(flat, first_body, set(article), sites)
    h1s = [
        (index, text)
        for index, text in h1s
        if sites.titled_beside(text) or _agrees(text, [labelled or ""]) or not _column_over(text, index, nearer)
    ]
    own = [
        (index, text) for index, text in h1s if not sites.is_site(text, column=False) and not _in_furniture(flat, index)
    ]
    agreeing = [text for index, text in h1s if _agrees(text, known) and not _in_furniture(flat, index)]
    if agreeing:
        return agreeing[0], "h1"
    before = [text for index, text in own if index <= first_body]
    if labelled and not before:
        return labelled, "heading"
    if before or own:
        return (before[-1] if before else own[0][1]), "h1"
    for index in range(min(first_body, len(flat.lines) - 1), -1, -1):
        line = flat.lines[index]
        if (
            _headline_length(line.text)
            and line.link_share <= _LINK_LINE
            and _is_heading(flat, line)
            and not _in_furniture(flat, index)
            and _agrees(line.text, known)
            and not _column_over(line.text, index, nearer)
            and not names_an_issue(line.text)
        ):
            return sites.strip(line.text) or line.text, "heading"
    above = _heading_above(flat, first_body, sites, chosen, _headline_slot_filled(tree))
    if above is not None and _column_over(flat.lines[above].text, above, nearer):
        above = None
    shown = [line for index, line in enumerate(flat.lines) if not _in_furniture(flat, index)]
    for reference, source in zip(references, ("og_title", "html_title"), strict=True):
        if (
            not reference
            or not _shown(reference, flat.lines, sites)
            or _column_over(reference, -1, nearer)
            or names_an_issue(reference)
        ):
            continue
        if source == "html_title" and not _on_page(reference, shown) and _heads_article(flat, above, article):
            break  # a <title> the page never shows but in a banner names the page's kind (信息公开) or 专题
        return reference, source
    if above is not None:
        return flat.lines[above].text, "heading"
    barred = _h1_beside_article(flat, h1s, chosen, sites)
    if barred and not (nearer and nearer[0] > barred[0]):
        return barred[1], "h1"
    stacked = _stacked_headline(flat, first_body, set(article), sites)
    return (flat.lines[stacked].text, "heading") if stacked is not None else (None, None)


def _stacked_headline(flat: _Flattener, first_body: int, article: set[int], sites: _Sites) -> int | None:
    """The headline of a stack set without heading elements above the body, past its byline: an e-paper's 引题,
    主题 and 副题 as rows or boxes of one holder, each a line of its own. Its systems mark the three by the size
    they print at: the kicker and the subtitle alike, the headline apart, so the one line marked apart from the
    two others, which agree, is the headline; of two lines, the one over a deck (——记…). A stack marked all alike
    names none, and a kicker alone (the headline an element of its own) makes no stack of two."""
    stack = _stack_above(flat, first_body, article)
    marks = [(flat.blocks[flat.lines[index].block].tag, flat.blocks[flat.lines[index].block].names) for index in stack]
    found = None
    if len(stack) == _STACK_LINES and marks[0] == marks[2] != marks[1]:
        found = stack[1]
    elif len(stack) == _STACK_LINES - 1 and _patterns()["deck"].match(flat.lines[stack[1]].text):
        found = stack[0]
    if found is None or not _headline_length(flat.lines[found].text) or sites.is_site(flat.lines[found].text):
        return None
    return found if len(_CJK.findall(flat.lines[found].text)) >= _HEADLINE_LENGTH[0] else None


def _stack_above(flat: _Flattener, first_body: int, article: set[int]) -> list[int]:
    """The lines of a stack right above the body, top first (`_stacked_headline`): past the article's own info
    lines and the byline, each line alone in its element, the elements of one holder (a table's rows count as its
    cells), no link, info line nor furniture among them; a longer run is no headline's stack."""
    stack: list[int] = []
    holder = None
    for index in range(first_body - 1, max(first_body - _HEADING_REACH, 0) - 1, -1):
        line = flat.lines[index]
        if not stack and index in article:
            continue
        byline = _is_byline(line.text)
        if not stack and byline:
            continue
        held = _stack_holder(flat.blocks, line.block)
        apart = bool(stack) and (held != holder or flat.lines[stack[-1]].block == line.block)
        if line.links or flat.blocks[line.block].furniture or byline or apart:
            break
        stack.append(index)
        holder = held
    return stack[::-1] if len(stack) <= _STACK_LINES else []


def _stack_holder(blocks: list[_Block], block: int) -> int | None:
    """The element holding a stack's line's element: its parent, or a table cell's row's parent."""
    parent = blocks[block].parent
    if parent is not None and blocks[parent].tag == "tr":
        return blocks[parent].parent
    return parent


def _over_deck(
    flat: _Flattener, headline: str | None, source: str | None, first_body: int
) -> tuple[str | None, str | None]:
    """A deck (——2021年第1期) is never the headline, whichever path chose it: it stands under the headline, so the
    heading right above it is the headline, even one named as a column (招商引资工作动态 over its issue's deck)."""
    if headline is None or not _patterns()["deck"].match(headline):
        return headline, source
    at = next((index for index, line in enumerate(flat.lines[: first_body + 1]) if line.text.strip() == headline), 0)
    above = flat.lines[at - 1] if at > 0 else None
    if above is None or not (_is_heading(flat, above) and _headline_length(above.text)):
        return None, None
    return above.text.strip(), "h1" if _heading_tag(flat, above) == "h1" else "heading"


def _related_headline(
    flat: _Flattener, headline: str | None, source: str | None, first_body: int, article: list[int], sites: _Sites
) -> tuple[str | None, str | None]:
    """A headline that names the page (`_names_the_page`: a site's, an office's, a column's or a blog's name) and
    shares under a quarter of its words with the text's opening yields to a line below it and above the body that
    shares at least half: a heading element's, else a headline-shaped line's. A headline is written with the words of
    its text (`builder.read.relatedness`); a page's own name is not."""
    if headline is None or not _names_the_page(headline, sites):
        return headline, source
    body = [index for index in article if index >= first_body][:OPENING_LINES]
    opening = opening_words([_compared(flat.lines[index].text) for index in body], 0)
    if relatedness(_compared(headline), opening) >= UNRELATED_MAX:
        return headline, source
    at = _headline_line(flat.lines, headline, first_body)
    below = range(at + 1 if at is not None else max(first_body - _HEADING_REACH, 0), first_body)
    shares = {
        index: relatedness(_compared(flat.lines[index].text), opening)
        for index in below
        if _may_replace_headline(flat.lines[index].text, headline)
    }
    chosen = next(
        (i for i, share in shares.items() if share >= RELATED_MIN and _heading_unlike_furniture(flat, i, sites)),
        next((i for i, share in shares.items() if share >= RELATED_MIN and _headline_shaped(flat, i, sites)), None),
    )
    if chosen is None:
        return headline, source
    line = flat.lines[chosen]
    return sites.strip(line.text) or line.text, "h1" if _heading_tag(flat, line) == "h1" else "heading"


def _unless_foreign(
    headline: str | None,
    source: str | None,
    declared: tuple[str | None, ...],
    named_apart: bool,
    text: Callable[[], str],
) -> tuple[str | None, str | None]:
    """(headline, source), or (None, None) for a headline foreign to the text under it (`relatedness.foreign`) that
    the page does not declare its own (`_declared_own`): the next article's title, a column's, a file's or an
    issue's name that a page sets over a text that shows no headline, in a heading or in its <title>."""
    if headline is None or _declared_own(headline, source, declared, named_apart):
        return headline, source
    return (None, None) if foreign(_compared(headline), text()) else (headline, source)


def _text_under(lines: list[_Line], article: tuple[int, ...], first_body: int) -> str:
    """The article's text from its body's first line, as its words are compared (`_compared`)."""
    return "\n".join(_compared(lines[index].text) for index in article if index >= first_body)


def _declared_own(headline: str, source: str | None, declared: tuple[str | None, ...], named_apart: bool) -> bool:
    """Whether the page declares a headline its own however few of the text's words it uses (a feature's figure of
    speech): a heading its <title> or og:title agrees with, two signs apart, or a <title> naming the story apart
    from the site (标题_站名, `named_apart`). A <title> or og:title alone, as a template fills it on a page showing
    no headline (a file's name in a viewer, an issue's, an app's), is no such sign."""
    if source == "html_title":
        return named_apart
    return source != "og_title" and _agrees(headline, [text for text in declared if text])


def _names_the_page(headline: str, sites: _Sites) -> bool:
    """Whether a headline is a name the page gives itself rather than its story's: the site's, an office's, a
    column's or a blog's, by its ending, as the page declares it, or as a part of the <title> between its first and
    its last (标题_博客名_平台). A headline the <title> opens or ends with or is, on a page that names it no other
    way, is the story's, however few of the text's words it uses (a commentary's, a feature's over its deck)."""
    return sites.is_site(headline) or _squash(headline) in sites.middle_title_parts


def _compared(text: str) -> str:
    """A line as its words are compared: in Simplified script, without the pinyin a damaged capture adds."""
    return to_simplified(PINYIN_ANNOTATION.sub("", text))


def _may_replace_headline(text: str, headline: str) -> bool:
    """Whether a line could stand for an unrelated headline: a phrase in it, no sentence's end (a text's first lines
    run into a heading), no info or tool bar, and not a part of the headline (one broken over two lines, whose
    whole the <title> gives)."""
    return (
        holds_a_phrase(text)
        and not _SENTENCE_END_INSIDE.search(text)
        and not _is_passed_over(text)
        and _squash(text) not in _squash(headline)
    )


def _heading_unlike_furniture(flat: _Flattener, index: int, sites: _Sites) -> bool:
    """A heading element of a headline's length, not a link, furniture or the site's name (a heading may be a quote
    headline, 孙旭东:坚持项目为王…, that a plain line's label test would refuse)."""
    line = flat.lines[index]
    return (
        _is_heading(flat, line)
        and bool(_headline_length(line.text))
        and line.link_share <= _LINK_LINE
        and not flat.blocks[line.block].furniture
        and not sites.is_site(line.text)
    )


def _topic_value(text: str) -> str:
    """A heading's text without a 专题's or a 专栏's label (专题：全市招商引资工作推进会): the label's value."""
    return _patterns()["topic_label"].sub("", text, count=1)


def _banner_heading(flat: _Flattener, text: str) -> bool:
    """Whether a heading element in furniture (a banner's <h1>) is the text, whole."""
    squashed = _squash(text)
    return any(
        _in_furniture(flat, index) and _heading_tag(flat, line) and _squash(line.text) == squashed
        for index, line in enumerate(flat.lines)
    )


def _column_name_line(flat: _Flattener, line: _Line) -> bool:
    """Whether a line is the column's name set above the article (h2.channel-name, div.column-link): a heading, or
    a name's length and no clause alone in an element named so; a layout's column (div.column) holding the text's
    own lines keeps them."""
    if not _names_column(flat, line):
        return False
    if _heading_tag(flat, line) is not None:
        return True
    short = len(_squash(line.text)) <= _site_name_max()
    alone = sum(other.block == line.block for other in flat.lines) == 1
    return short and alone and not _CLAUSE_MARK.search(line.text)


def _column_named(flat: _Flattener, text: str) -> bool:
    """Whether the page shows a text only in elements named as a column's name (div.ColumnLink: a blog platform's
    column, which its pages' <title> opens with where the post has no title: `专栏名 - 平台`)."""
    if not any(_names_column(flat, line) for line in flat.lines):
        return False  # most pages: no element named so, and no line to compare
    squashed = _squash(text)
    shown = [line for line in flat.lines if squashed in _squash(line.text)]
    return bool(shown) and all(_names_column(flat, line) for line in shown)


def _column_over(text: str, index: int, nearer: list[int]) -> bool:
    """Whether a candidate named as a column is (政务动态), with a headline-like line below it, nearer the body."""
    return bool(nearer) and nearer[0] > index and bool(_patterns()["column"].fullmatch(_squash(text)))


def _column_over_heading(flat: _Flattener, index: int, first_body: int) -> bool:
    """Whether a heading names a column by an ending no headline has (集团要闻, 工作动态), or a 专题 by its label
    (专题：奋力打造一流营商环境), over another heading nearer the body that names none and is no deck (——记青山经开区):
    a firm's or a bureau's site sets its column in the <h1>, the headline in an <h2> under it. A headline ending as
    other columns do (全市招商快讯, 招商公告) keeps its <h1> over a heading of its text."""
    column = _patterns()["column"]
    text = flat.lines[index].text
    named = _patterns()["column_only"].fullmatch(_squash(text)) or _patterns()["topic_label"].match(text)
    return bool(named) and any(
        _is_heading(flat, line)
        and _headline_length(line.text)
        and not column.fullmatch(_squash(line.text))
        and not _patterns()["deck"].match(line.text)
        for line in flat.lines[index + 1 : first_body]
    )


def _h1_beside_article(
    flat: _Flattener, h1s: list[tuple[int, str]], chosen: set[int], sites: _Sites
) -> tuple[int, str] | None:
    """The last resort: an <h1> under a furniture name (a headline bar that holds the share buttons)
    in the container that holds the article, where a banner's or a footer's does not stand, with its line."""
    parents = {flat.blocks[index].parent for index in chosen} - {None}
    for index, text in h1s:
        if not sites.is_site(text) and _held_in(flat.blocks, flat.lines[index].block, parents):
            return index, text
    return None


def _held_in(blocks: list[_Block], index: int | None, holders: set[int | None]) -> bool:
    while index is not None:
        if index in holders:
            return True
        index = blocks[index].parent
    return False


def _in_furniture(flat: _Flattener, index: int) -> bool:
    return flat.blocks[flat.lines[index].block].furniture


def _heading_above(flat: _Flattener, first_body: int, sites: _Sites, chosen: set[int], slot_filled: bool) -> int | None:
    """The line of a heading element just above the body, on a page whose <title> names only the site. A column's
    name the <title> gives is a heading only where no headline's element is left empty (`_headline_slot_filled`)."""
    confirming = sites if slot_filled else None
    headings = [
        index
        for index in _lines_up(flat, first_body)
        for line in (flat.lines[index],)
        if _is_heading(flat, line, confirming)
        and _headline_length(line.text)
        and line.link_share <= _LINK_LINE
        and not flat.blocks[line.block].furniture
        # A furniture box's own heading (an e-paper's 本版新闻标题 over the issue's titles) heads no article.
        and not _patterns()["furniture_heading"].match(line.text)
        and not sites.is_site(line.text, links=True, column=not sites.titled(line.text))
        and not _heads_list(flat, index)
        and not _short_parts_apart(line.text)
        and not names_an_issue(line.text)
    ]
    if not headings:  # most pages: the cards are looked for only where a heading could be one's title
        return None
    cards = _card_blocks(flat.blocks, flat.lines, _article_region(flat.blocks, chosen))
    uncarded = [index for index in headings if not _in_card(flat.blocks, flat.lines[index].block, cards)]
    return next(iter(_over_info_line(flat, uncarded)), None)


def _over_info_line(flat: _Flattener, headings: list[int]) -> list[int]:
    """The headings (nearest the body first) less a label's under the article's info line (来源：…, 发布时间：…): a
    headline stands over its info line, and a heading under it as short as a label names a part of the page
    (新闻文稿, 内容摘要 over a video's script)."""
    if not headings:
        return headings
    lowest = max(headings)
    reach = range(lowest, max(lowest - _HEADING_REACH, -1), -1)
    info = next((index for index in reach if _is_info_line(flat.lines[index].text)), None)
    if info is None:
        return headings
    return [index for index in headings if index < info or not _label_short(flat.lines[index].text)]


def _label_short(text: str) -> bool:
    return len(_CJK.findall(text)) <= _PART_CJK_MAX and not _CLAUSE_MARK.search(text)


def _name_over_empty_slot(title: str, tree: LexborHTMLParser) -> bool:
    """Whether a <title> of one part, as short as a name (青山发布), stands on a page whose headline element is left
    empty: the site's or the account's name the template sets on a page showing no headline."""
    short = len(_title_parts(title)) == 1 and len(_squash(title)) < _UNSHOWN_HEADLINE_MIN
    return short and not _headline_slot_filled(tree)


def _headline_slot_filled(tree: LexborHTMLParser) -> bool:
    """Whether no heading element (<h1>, <h2>) is empty: a template's headline slot left empty (<h1 class=headline>
    </h1> under h1.column-name 部门动态) says the page shows no headline, and its <title> gives the column's name."""
    return all(node.text(strip=True) or node.css_first("img") for node in tree.css("h1, h2"))


def _heads_list(flat: _Flattener, index: int) -> bool:
    """Whether a heading is a list's (本版新闻标题, 相关新闻 over other articles' titles): the line under it is a list
    item worded as a title, not an info bar's (<ul><li>发布日期：…</li></ul> under a headline)."""
    below = flat.lines[index + 1] if index + 1 < len(flat.lines) else None
    return (
        below is not None
        and _in_list_item(flat, below)
        and _headline_length(below.text)
        and not _is_info_line(below.text)
        and not _LABEL_MARK.search(below.text)
    )


def _card_blocks(blocks: list[_Block], lines: list[_Line], own: set[int]) -> set[int]:
    """The blocks that are cards of a row of other items above or beside the article (招商项目 cards: a title, an
    amount, a date): `_CARDS_MIN` or more sibling elements of the same tag and names, no paragraphs, outside the
    article's region `own` (`_article_region`), each opening with a title line and dated, none holding a body
    line. A header, main part and footer alike, or an info bar's label/value items (<dl><dt>时间</dt><dd>…</dd>
    </dl>), are no cards: the main part holds the article, a label is no title. One pass over the page."""
    rows: dict[tuple[int | None, str, str], list[int]] = {}
    for index, block in enumerate(blocks):
        if block.names and block.tag not in _PARAGRAPH_TAGS:
            rows.setdefault((block.parent, block.tag, block.names), []).append(index)
    kinned = {index for kin in rows.values() if len(kin) >= _CARDS_MIN for index in kin}
    held: dict[int, list[_Line]] = {index: [] for index in kinned}
    for line in lines:  # a card's lines are its own and those of the elements right inside it
        for holder in kinned.intersection((line.block, blocks[line.block].parent)):
            held[holder].append(line)
    return {
        index
        for kin in rows.values()
        if len(kin) >= _CARDS_MIN and not own.intersection(kin) and all(_is_card(held[i], blocks) for i in kin)
        for index in kin
    }


def _in_card(blocks: list[_Block], block: int, cards: set[int]) -> bool:
    """Whether a block is, or is right inside, a card (`_card_blocks`)."""
    return block in cards or blocks[block].parent in cards


def _is_card(lines: list[_Line], blocks: list[_Block]) -> bool:
    """A card's lines: a title first, then a date among the rest, and no body line."""
    return (
        len(lines) >= 2
        and _headline_length(lines[0].text)
        and any(_date_in(line.text) for line in lines[1:])
        and not any(_is_body_line(line, blocks) for line in lines)
    )


def _article_region(blocks: list[_Block], chosen: set[int]) -> set[int]:
    """The blocks that hold the article's chosen blocks, and every block inside the element holding them (its info
    bar, its headline's box); the page's top block holds everything and is no such element."""
    containers = {blocks[index].parent for index in chosen} - {None}
    containers = {holder for holder in containers if blocks[holder].parent is not None}  # type: ignore[index]
    region: set[int] = set()
    for index in chosen:  # many paragraphs share their ancestry: each walk stops where another's began
        up: int | None = index
        while up is not None and up not in region:
            region.add(up)
            up = blocks[up].parent
    inside = [False] * len(blocks)
    for index, block in enumerate(blocks):  # blocks come parent first
        inside[index] = block.parent is not None and (block.parent in containers or inside[block.parent])
    return region | {index for index, within in enumerate(inside) if within}


def _lines_up(flat: _Flattener, first_body: int) -> Iterator[int]:
    """The lines above the body's first, nearest first, within a headline's reach; the cells of an info table's
    row count as one line (an info table sets each label and each value in a cell of its own: 信息来源 | 青山日报 |
    发布日期 | 2021-01-09, one row of an info bar), and an info line as none. A layout table's row holding a
    sidebar beside the article is no info row: its lines count one each, and no more than twice the reach are
    walked in all. A box headed as furniture (a 专题 teaser's: 专题 / its name / its issue) set between the headline
    and the body is passed over whole (`_in_teaser`): its lines are no headline's and take none of the reach."""
    reach, last = 0, None
    info_rows: dict[int, bool] = {}
    floor = max(first_body - 1 - 2 * _HEADING_REACH, -1)
    for index in range(first_body - 1, floor, -1):
        line = flat.lines[index]
        if _in_teaser(flat, index, floor):
            continue
        row = _row_of(flat.blocks, line.block)
        if row is not None and row == last and row not in info_rows:
            info_rows[row] = _info_row(flat, row)
        merged = row is not None and row == last and info_rows[row]
        # An info bar's line, in the text's container or above it, stands between a headline and its body.
        reach += not merged and not _is_info_line(line.text)
        if reach > _HEADING_REACH:
            return
        last = row
        yield index


def _in_teaser(flat: _Flattener, index: int, floor: int) -> bool:
    """Whether a line above the body is in a box headed as furniture (专题, 相关专题) that stands under the article's
    headline: a teaser's. A heading in such a box with no heading above it is the headline of its own box, headed by
    a 专题 tag (专题 | the headline)."""
    if not _under_furniture_heading(flat.blocks, flat.lines[index].block):
        return False
    if not _is_heading(flat, flat.lines[index]):
        return True
    return any(
        _is_heading(flat, flat.lines[above]) and not _in_teaser(flat, above, floor)
        for above in range(index - 1, floor, -1)
    )


def _info_row(flat: _Flattener, row: int) -> bool:
    """Whether a table row holds short label and value cells and nothing else: a line in each cell, none a
    heading nor a sentence."""
    cells = Counter(
        _cell_in(flat.blocks, line.block, row)
        for line in flat.lines
        if _row_of(flat.blocks, line.block) == row
        and len(line.text) <= _BARE_DATE_MAX
        and _heading_tag(flat, line) is None
        and not _is_sentence(line.text)
    )
    held = sum(_row_of(flat.blocks, line.block) == row for line in flat.lines)
    return bool(cells) and sum(cells.values()) == held and max(cells.values()) == 1


def _cell_in(blocks: list[_Block], index: int, row: int) -> int:
    """The cell of a row a block is or lies in."""
    while blocks[index].parent != row:
        index = blocks[index].parent  # type: ignore[assignment]
    return index


def _heads_article(flat: _Flattener, heading: int | None, article: list[int]) -> bool:
    """Whether a heading stands above the article, as its headline does: before its first line and
    not numbered as a section is (一、, （二）, 3.); a heading among the article's lines is a section's."""
    return (
        heading is not None
        and (not article or heading < article[0])
        and not _patterns()["section_number"].match(flat.lines[heading].text)
    )


def _site_after_space(title: str, sites: _Sites, lines: list[_Line]) -> str:
    """A <title> naming the site after a space, no separator (`头条 某某融媒体中心`): the site is taken
    off when what stands before it is a line of the page's own, the headline shown."""
    head, _, tail = title.rpartition(" ")
    if not head or not sites.is_site(tail) or sites.is_site(head):
        return title
    return head if _shown_as_line(_squash(head), lines) else title


def _shown(title: str, lines: list[_Line], sites: _Sites) -> bool:
    """Whether what is left of a <title> is this page's headline: when as short as a column's name,
    only if no link has it for text and the page shows it as a line of its own, once (a name set in
    the masthead and again in the byline or a download bar is the site's or the app's)."""
    squashed = _squash(title)
    if len(squashed) >= _UNSHOWN_HEADLINE_MIN:
        return True  # a thread's breadcrumb links its own subject; columns' names are shorter
    if squashed in sites.links or _repeated_name(title, lines):
        return False
    return _shown_as_line(squashed, lines)


def _unless_stand_in(title: str | None) -> str | None:
    """A <title> or og:title, unless a content platform set it for a post its account gave no title (东江发布的图文,
    中国日报的百家号): the account's name and the post's kind say nothing of the story."""
    return None if title and is_stand_in_title(title) else title


def is_stand_in_title(text: str) -> bool:
    """What a content platform shows for a post its account gave no title (html_page.json's 'stand_in_titles')."""
    return _patterns()["stand_in_title"].match(text) is not None


def is_ip_location(text: str) -> bool:
    """A poster's place by IP alone (来自四川, 发布于浙江, IP属地：江苏: html_page.json's 'ip_locations'): no
    headline."""
    return _patterns()["ip_location"].match(text) is not None


def is_labelled_ip_location(text: str) -> bool:
    """A poster's place by IP opened by a word no list's item opens with (发布于湖北, IP属地：江苏; not 来自四川,
    html_page.json's 'ip_location_list_words'): one below an article's first paragraph too."""
    return is_ip_location(text) and not text.lstrip().startswith(tuple(_data("ip_location_list_words")))


def is_label_pair(text: str) -> bool:
    """An info table's label and its short value (解读形式：文字解读, 发文单位：某某局), which no headline is."""
    return _patterns()["label_pair"].match(text) is not None


def _office_title(title: str, titled: str, lines: list[_Line]) -> bool:
    """Whether a <title> is an office's name alone (青山县投资促进局), maybe beside its rendering in Latin letters,
    that the page shows nowhere: what a site's template sets as every page's <title>, no headline. `titled` is the
    <title> without the site's parts, which must leave the name: a <title> naming the site in Chinese beside the
    text is the article's, whatever the text ends with (我市新组建投资促进局_青山新闻网)."""
    named = [part for part in _title_parts(title) if _CJK.search(part)]
    if len(named) != 1 or "".join(_CJK.findall(titled)) != "".join(_CJK.findall(named[0])):
        return False
    # An office's other name bracketed after it (工商业联合会（总商会）), and its gazette (某某人民政府公报): the
    # name of the office it belongs to tells.
    name = _patterns()["office_alias"].sub("", named[0].strip())
    squashed = _squash(_patterns()["office_publication"].sub("", name))
    short = len(squashed) <= _site_name_max()
    office = short and squashed.endswith(tuple(_data("office_title_endings")))
    return office


def _names_shown_away(title: str, flat: _Flattener, first_body: int, article: list[int]) -> set[str]:
    """The <title>'s parts the page shows only away from the article, squashed: in furniture (a nav, a footer:
    政协某某县委员会办公室 ICP备…) or below the article's last line, maybe in the masthead too (down to the page's
    first line of links, its link home), as every page of the site shows its name. A line between the masthead
    and the body, however far from the body and whatever it holds beside the part (a date, a deck, a link to its
    own page), is the article's head and keeps the part its headline; so does the breadcrumb's unlinked last step
    (首页 > 要闻 > 标题). A part the page never shows is told apart otherwise, and a sentence naming a part (the body's
    全市招商引资工作会议召开。) shows it nowhere."""
    top = next(
        (i for i, line in enumerate(flat.lines) if _in_furniture(flat, i) or line.links),
        len(flat.lines),
    )
    after = article[-1] if article else len(flat.lines)
    texts = [(index, _squash(line.text)) for index, line in enumerate(flat.lines) if not _is_sentence(line.text)]
    names = set()
    for part in map(_squash, _title_parts(title)):
        bounds = (top, first_body, after)
        places = [_where_shown(flat, index, text, part, bounds) for index, text in texts if part in text]
        if part and "away" in places and "head" not in places:
            names.add(part)
    return names


def _where_shown(flat: _Flattener, index: int, text: str, part: str, bounds: tuple[int, int, int]) -> str:
    """Where a line holding a <title>'s part shows it: "away" (furniture, below the article's last line, among the
    masthead's links: 360doc个人图书馆 首页 阅览室, as an info bar's value: Source: 某某局 Views: 208), "masthead"
    (else down to the page's first line of links or furniture), "body" (among the body's lines: an ad's) or "head"
    (the article's, above its body, or a breadcrumb's last step: 首页 > 要闻 > 标题 ends with the page's own).
    `bounds`: the masthead's last line, the body's first and the article's last."""
    top, first_body, after = bounds
    line = flat.lines[index]
    if text.endswith(part) and text != part:
        return "head"
    if _in_furniture(flat, index) or _under_furniture_heading(flat.blocks, line.block):
        return "away"
    if index > top:
        if index > after or _is_info_bar(line.text):
            return "away"
        return "head" if index < first_body else "body"
    among_links = line.link_share > _LINK_LINE and text != part  # a headline linked to its own page is alone
    return "away" if among_links else "masthead"


def _is_info_bar(text: str) -> bool:
    """An info bar's line in any language: a 来源 or a labelled date, or two labels' values (Source: … Views: …)."""
    return _is_info_line(text) or len(_LABEL_COLON.findall(text)) >= _INFO_LABELS_MIN


def _shown_as_line(squashed: str, lines: list[_Line]) -> bool:
    """Whether a line that is no link is the headline (maybe with a kicker or a date beside it)."""
    return any(_holds_headline(_squash(line.text), squashed) for line in lines if line.link_share <= _LINK_LINE)


def _repeated_name(text: str, lines: list[_Line]) -> bool:
    """A text as short as a name that more than one line of the page holds, links or not, none of them
    a sentence: the site's or the app's name, set in the masthead and again in the byline or a
    download bar; a headline is shown once, though the body may name it (向大会作政府工作报告)."""
    squashed = _squash(text)
    if not squashed or len(squashed) >= _UNSHOWN_HEADLINE_MIN:
        return False
    return sum(squashed in _squash(line.text) and not _is_sentence(line.text) for line in lines) > 1


def _on_page(title: str, lines: list[_Line]) -> bool:
    """Whether any line of the page, a link's or not, holds the text."""
    squashed = _squash(title)
    return any(squashed in _squash(line.text) for line in lines)


def _holds_headline(line: str, headline: str) -> bool:
    """A line that is the headline, maybe with a kicker or a date beside it, not a sentence using its words."""
    return headline in line and len(line) <= len(headline) * 3 // 2


def _headline_length(text: str) -> bool:
    """Long enough for a headline, and not a sentence, an info bar or a tool bar."""
    return (
        _HEADLINE_LENGTH[0] <= len(text) <= _HEADLINE_LENGTH[1]
        and not text.endswith("。")
        and not _is_info_line(text)
        and not _is_bar(text)
        and not _is_credit(text)
        and not _BRACKETED.fullmatch(text.strip())  # a column's tag alone (【要闻】), its headline left empty
    )


def _heading_tag(flat: _Flattener, line: _Line) -> str | None:
    """The heading element holding a line, up to two levels above its own block."""
    index: int | None = line.block
    for _ in range(3):
        if index is None:
            return None
        if flat.blocks[index].tag in _HEADING_TAGS:
            return flat.blocks[index].tag
        index = flat.blocks[index].parent
    return None


def _line_above(flat: _Flattener, first_body: int, article: set[int], sites: _Sites) -> list[int]:
    """The line right above the article, past its info and tool bars, when it could be the headline
    of a page whose markup names none (a table cell set in bold): not a label, a document's number (青商公〔2021〕1号),
    a salutation (各有关单位：), furniture, nor a line holding a link (a byline's +关注, a poster's name) but its
    bracketed tags ([视频], 【招商引资】) or label: value pairs (an info bar in any language; a time's colon, 9:30,
    is no label's)."""
    for index in range(first_body - 1, max(first_body - _HEADING_REACH, 0) - 1, -1):
        line = flat.lines[index]
        if index in article or _is_passed_over(line.text):
            continue
        return [index] if _headline_shaped(flat, index, sites) else []
    return []


def _is_passed_over(text: str) -> bool:
    """An info bar, a bare date or a tool bar between a headline and its text."""
    return _is_info_line(text) or _is_bare_date(text) or _is_bar(text)


def _headline_shaped(flat: _Flattener, index: int, sites: _Sites) -> bool:
    """Whether a line could be a headline the markup does not name: not a label, a document's number, a salutation,
    a list's item, furniture, a site's or a column's name, nor a line holding a link but its bracketed tags or label:
    value pairs."""
    line = flat.lines[index]
    return bool(
        _headline_length(line.text)
        and len(_CJK.findall(line.text)) >= _HEADLINE_LENGTH[0]
        and not _patterns()["label"].match(line.text)
        and not _patterns()["label_pair"].match(line.text)
        and not _patterns()["bullet"].match(line.text)
        and not _patterns()["document_number"].match(line.text.strip())
        and not _LABEL_END.search(line.text)
        and line.links <= sum(map(len, _BRACKETED.findall(line.text)))
        and len(_FIELD_COLON.findall(line.text)) < _INFO_LABELS_MIN
        and not _short_parts_apart(line.text)
        and not names_an_issue(line.text)
        and not _in_list_item(flat, line)
        and not flat.blocks[line.block].furniture
        and not _under_furniture_heading(flat.blocks, line.block)
        and not _names_column(flat, line)
        and not sites.is_site(line.text, links=True)
        and not _repeated_name(line.text, flat.lines)
    )


def names_an_issue(text: str) -> bool:
    """A periodical's, a bulletin's or a programme's name with its issue (招商引资工作简报（第28期）,
    《某某招商》2021年第3期: headlines.json's 'periodical_issues') or a newspaper's page (第03版：园区: 'paper_pages'):
    the masthead over the items the issue or the page carries, no article's headline."""
    patterns = _patterns()
    return patterns["periodical_issue"].match(text) is not None or patterns["paper_page"].match(text) is not None


def _short_parts_apart(text: str) -> bool:
    """Whether a line is short parts set apart by dots or bars (新闻稿 · 经济, 聚焦·项目攻坚, 中新社 · 01月09日 09:30):
    a column's path, a kicker or a byline, no headline, which says more than four characters' worth in a part."""
    parts = _PARTS_APART.split(text)
    return len(parts) > 1 and all(len(_CJK.findall(part)) <= _PART_CJK_MAX for part in parts)


def _heads(flat: _Flattener, line: _Line) -> bool:
    """Whether a line is a heading's: a heading element's, or a box's named as a headline (div.detail-title, under
    an index table whose 名称 cell repeats it); a paragraph so named may be the text's (p.wz_title)."""
    block = flat.blocks[line.block]
    return _heading_tag(flat, line) is not None or (block.tag not in _PARAGRAPH_TAGS and _is_heading(flat, line))


def _under_furniture_heading(blocks: list[_Block], block: int | None) -> bool:
    """Whether a block is in one whose first line is a furniture heading (a 专题 teaser's box between the
    text's paragraphs): its lines are the box's, no headline."""
    while block is not None:
        if blocks[block].headed:
            return True
        block = blocks[block].parent
    return False


def _is_heading(flat: _Flattener, line: _Line, sites: _Sites | None = None) -> bool:
    """A heading element or one named as a headline, not in a list item: a list's headings are its
    entries' titles (a hot list of <li><h3>). With `sites`, one named as a column's name whose text the <title> has
    for a part of its own (政府工作报告_某某县人民政府 over an h2.channel-title holding 政府工作报告) is a heading too:
    the page's headline set in the column's slot, its <title> an article's."""
    block = flat.blocks[line.block]
    named = _heading_tag(flat, line) is not None or bool(block.names and _patterns()["headline"].search(block.names))
    return named and not _in_list_item(flat, line) and not _column_unconfirmed(flat, line, sites)


def _column_unconfirmed(flat: _Flattener, line: _Line, sites: _Sites | None) -> bool:
    """Whether a line is a column's name (`_names_column`) that the <title> does not give beside the site's name
    alone; a name no headline has (工作动态, 新闻中心) stays a column's whatever the <title> says."""
    if not _names_column(flat, line):
        return False
    if sites is None or not sites.titled_beside_site(line.text):
        return True
    return bool(_patterns()["column_only"].fullmatch(_squash(line.text)))


def _names_column(flat: _Flattener, line: _Line) -> bool:
    """Whether a line's element is named as a column's name (h1.column-name, h2.channel) and its text is one: the
    column the page is filed in, set as a heading above every article of it, no headline. A column's name is short
    or worded as one (部门动态, 地方频道 · 湖北); a headline's length keeps a heading so named (h1.column-title
    holding the headline over its deck). In an <h1> only the wording tells: a short headline (政府工作报告) is set
    in an h1.column-title as a long one is."""
    names = flat.blocks[line.block].names
    if not names or not _column_element(names):
        return False
    squashed = _squash(line.text)
    short = len(squashed) < _UNSHOWN_HEADLINE_MIN and _heading_tag(flat, line) != "h1"
    return short or bool(_patterns()["column"].fullmatch(squashed))


@lru_cache(maxsize=4096)
def _column_element(names: str) -> bool:
    """Whether an element's class or id names a column's name (kept for each names, as `_furniture_named`)."""
    return bool(_patterns()["column_element"].search(_name_spelling(names)))


def _in_list_item(flat: _Flattener, line: _Line) -> bool:
    """Whether a list item holds a line, up to two levels above its own block."""
    index: int | None = line.block
    for _ in range(3):
        if index is None:
            return False
        if flat.blocks[index].tag == "li":
            return True
        index = flat.blocks[index].parent
    return False


# ---------------------------------------------------------------- the page


# HTML's tree construction checks the open elements for each start tag (is a <p> open to close?), so a
# page nested thousands deep takes time growing with the square of its length (40,000 nested <div>:
# 2.9 s in lexbor, 160,000: about 47 s), in C, where no time limit can interrupt it. Browsers cap the
# depth (Chromium at 512); so does this, before the page is parsed.
_DEEPEST = 512
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^<>]*>")  # [^<>]: a `<` never closed costs one scan, not one each
# Elements without end tags.
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
})  # fmt: skip
# Elements without end tags, or closed by what follows them: they do not deepen the tree.
_NOT_NESTING = _VOID | frozenset({
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "caption",
    "colgroup", "rb", "rt", "rp", "html", "head", "body",
})  # fmt: skip


def within_depth(html: str, deepest: int = _DEEPEST) -> str:
    """The page with the start tags that would nest deeper than `deepest` left out, with their end tags;
    a page within the depth (every real one) is returned as it is. One pass."""
    depth, cuts = 0, []
    dropped: dict[str, int] = {}
    for tag in _TAG.finditer(html):
        name = tag.group(2).lower()
        if name in _NOT_NESTING or tag.group(0).endswith("/>"):
            continue
        if tag.group(1):  # an end tag
            if dropped.get(name):
                dropped[name] -= 1
                cuts.append(tag.span())
            else:
                depth = max(0, depth - 1)
        elif depth >= deepest:
            dropped[name] = dropped.get(name, 0) + 1
            cuts.append(tag.span())
        else:
            depth += 1
    if not cuts:
        return html
    kept, last = [], 0
    for start, end in cuts:
        kept.append(html[last:start])
        last = end
    kept.append(html[last:])
    return "".join(kept)


def read_page(html: str) -> Page:
    """The article of a web page: body lines, headline with its source, date, outlet."""
    if "<![CDATA[" in html:
        html = _cdata_shown(html)
    if html.lstrip().startswith("<?xml"):
        html = _empty_elements_closed(html)
    tree = LexborHTMLParser(within_depth(html))
    if _SRCDOC.search(html):
        _inline_frames(tree)
    meta = _meta(tree)
    title_node = tree.css_first("title")
    raw_title = _SPACE.sub(" ", title_node.text()).strip() if title_node is not None else ""
    container = _platform_node(tree, "platform_contents")
    platform = container.mem_id if container is not None else None
    root = tree.body or tree.root
    if root is None:
        return Page(text="")
    hidden = _hidden_elements(tree, platform)
    # The article is chosen from what the page shows: a hidden pop-up never competes with it.
    flat, chosen = _flattened(root, platform, set(hidden))
    candidates = _page_like(hidden, raw_title) if hidden else set()
    later = _revealed(flat, chosen, candidates, hidden) if candidates else set()
    later |= _pages_alike(later, hidden)
    if later:
        flat, chosen = _flattened(root, platform, set(hidden) - later, later)
    blocks, lines = flat.blocks, flat.lines
    inside = _inside(blocks, chosen)
    furniture = _furniture_below(blocks, chosen)
    article = [
        index
        for index, line in enumerate(lines)
        if inside[line.block] and not furniture[line.block] and line.link_share <= _LINK_LINE
    ]
    article = _without_repeats_of_shown(article, lines, blocks)
    captions = _captions(tree, blocks, lines, article) if "<img" in html else set()
    article = [index for index in article if index not in captions]
    article = _without_related_titles(_without_ad_slots(article, lines, blocks), lines)
    index_labels = _index_labels(article, lines, blocks)
    article = _without_index_cells(article, lines, blocks, index_labels)
    # A heading is never the body's first line, however like a sentence (a headline with a comma in it), nor is the
    # title the page labels.
    labelled = _labelled_title(lines, blocks)
    first_body = next(
        (
            i
            for i in article
            if _is_body_line(lines[i], blocks)
            and not _heads(flat, lines[i])
            and not (labelled and _squash(lines[i].text) == _squash(labelled))
        ),
        len(lines) - 1,
    )
    in_article = set(article)
    sites = _Sites(meta, (line for index, line in enumerate(lines) if index not in in_article), flat.anchors, raw_title)
    masthead = _masthead_names(tree)
    sites.names |= masthead | _names_shown_away(raw_title, flat, first_body, article)
    sites.own |= masthead
    og_title = _unless_stand_in(_declared_title(meta))
    titled = _unless_stand_in(sites.strip(_site_after_space(raw_title, sites, lines)) if raw_title else None)
    named_over_empty_slot = bool(titled) and _name_over_empty_slot(raw_title, tree)
    if named_over_empty_slot:  # the name shown over the body too is no headline of the text path's
        sites.names.add(_squash(raw_title))
    # Else a column's name, or a 专题's, which its pages' <title> and banner carry.
    shown = (
        titled
        and _shown(titled, lines, sites)
        and not _office_title(raw_title, titled, lines)
        and not _banner_heading(flat, titled)
        and not _column_named(flat, _title_parts(titled)[0])
        and not named_over_empty_slot
    )
    html_title = titled if shown else None
    if "<script" in html:
        stripped = (sites.strip(text) for text in (*_h1_texts(flat), og_title, titled) if text)
        headlines = [text for text in stripped if text]
        bodiless = not any(_is_body_line(lines[i], blocks) for i in article)
        state = _own_state(state_articles(tree), _weight(lines[i] for i in article), bodiless, headlines, sites)
        if state is not None:
            attributed = _attribute_date(tree, blocks, *_head_blocks(lines, None, first_body))
            return _state_page(state, meta, sites, html_title, tree, html, attributed)
    references = [sites.strip(og_title) if og_title else None, html_title]
    headline, source = _headline(tree, flat, first_body, article, chosen, sites, references, labelled)
    headline, source = _over_deck(flat, headline, source, first_body)
    if headline != labelled:
        headline, source = _related_headline(flat, headline, source, first_body, article, sites)
    # The heading the page sets over the text, kept where it is no headline of it: it still marks where the head ends;
    # so does a periodical's name with its issue titling the page, which is never its headline.
    set_over = headline or next((title for title in references if title and names_an_issue(title)), None)
    named_apart = bool(titled) and _squash(titled or "") != _squash(raw_title)  # the site's name taken off
    # Made only for a headline or a <title> the page may not own.
    body_text = cache(partial(_text_under, lines, tuple(article), first_body))
    if headline != labelled:
        headline, source = _unless_foreign(headline, source, (raw_title, og_title), named_apart, body_text)
    set_aside = set_over is not None and headline is None
    title_stands_in = not set_aside and (named_apart or not titled or not foreign(_compared(titled), body_text()))
    headline_at = _headline_line(lines, set_over, first_body)
    info = _info_lines(lines, blocks, headline_at, first_body, chosen)
    if not any(_info_outlet(lines[index].text) for index in info):
        info += _source_line_above(flat, headline_at)
    if set_over is None:  # the text path reads its headline from the first lines: give it the line above
        article = [*_line_above(flat, first_body, set(article) | captions, sites), *article]
    # A speech's date under its headline dates the page and is a line of its text, as its deck is.
    speech_dates = {i for i in info if i in in_article and _patterns()["speech_date"].match(lines[i].text)}
    teasers = _teasers_of_others(flat, article)
    furniture_lines = {i for i in article if _is_furniture_line(lines[i])}
    furniture_lines -= _duty_lines(article, lines, furniture_lines)
    kept = _without_edge_fields(
        [
            lines[i]
            for i in article
            if (i not in info or i in speech_dates)
            and i not in teasers
            and i not in furniture_lines
            # Above the body only: a cell or a heading so named among the text's lines (a table drawn in
            # div.column boxes, h3.column-title over a section) is the text's own.
            and not (i < first_body and _column_name_line(flat, lines[i]))
            and not (set_over and _squash(lines[i].text) == _squash(set_over))
        ]
    )
    # A print view's 打印时间 is when it was printed, never the page's date: its info line is kept without it.
    info_texts = tuple(_without_other_dates(lines[i].text) for i in info)
    # The lines under the headline, not it: a list's source below the text may repeat a name the headline holds.
    under_headline = (
        (headline_at + 1, first_body) if headline_at is not None else (max(first_body - _HEADING_REACH, 0), first_body)
    )
    # A source linked alone under the headline is read on an undated page only: a dated one names its own.
    dated = any(map(_date_in, info_texts))
    # An 信息索引 table above the body dates the page, a table in the body an event.
    unread = [line for index, line in enumerate(lines) if index not in in_article or index < first_body]
    attributed = _attribute_date(tree, blocks, *_head_blocks(lines, set_over, first_body))
    published = _published(meta, (*info_texts, *_labelled_cells(unread, blocks)), tree, html, attributed)
    if published is None and headline and "<script" in html:
        published = _state_date(tree, headline)
    # Read only where nothing else dates the page; its 来源 may be a credit the body's lead names better.
    closing_info = None if published else _closing_info(flat, article)
    if closing_info:
        published = _date_in(closing_info)
    named = next(filter(None, map(_info_outlet, info_texts)), None)
    # A 来源 naming the site itself is what its system fills in on every page: a credit in the text's lead
    # (来源：东江日报, 东江日报讯) says better whose story it is (Source._outlet), not a photo's credit or a mention.
    top = first_body if headline_at is None else headline_at
    own = named and _names_site(named, lines, top, set(info) | in_article, sites)
    own_name = named if own else None
    # A name set unlabelled in a source's element says less than a 来源: the site's own stands in only.
    classed = (
        None
        if named
        else _class_named_outlet(tree, lines, under_headline, "source_class_names", "unsure_source_class_names")
    )
    site_classed = classed and _names_site(classed, lines, top, set(info) | in_article, sites)
    named = named or (None if site_classed else classed)
    declared = _meta_outlet(_first(meta, _SOURCE_META))
    outlet = declared or named
    # A source line under the body may be a credit the text path reads better (本报讯 in the lead): a fallback.
    # Each is screened as it comes: one naming no outlet (本站, 转载, 管理员) gives way to the next.
    fallbacks: tuple[Callable[[], str | None], ...] = (
        lambda: classed if site_classed else None,
        lambda: _platform_text(tree, "platform_accounts"),
        lambda: _wechat_nickname(html),
        lambda: _closing_outlet(kept),
        lambda: _noted_outlet([lines[i].text for i in article[-_CLOSING_LINES:] if _is_statement(lines[i].text)]),
        lambda: _info_outlet(closing_info) if closing_info else None,
        lambda: _cell_outlet(lines, first_body, blocks, index_labels),
        lambda: _first(meta, _ACCOUNT_META),
        lambda: _class_named_outlet(tree, lines, under_headline, "account_class_names"),
        lambda: None if dated else _linked_source_under(lines, _head_top(flat, headline_at, first_body), first_body),
        lambda: _poster_before_date(info_texts),
        lambda: next(filter(None, map(_outlet_before_date, info_texts)), None),
        lambda: sites.named_in(raw_title, headline, lines),
        lambda: _first(meta, _SITE_NAME_META),
    )
    fallback = next(filter(None, (_plain_outlet(find()) for find in fallbacks)), None)
    return Page(
        text="\n".join(kept),
        html_title=html_title,
        headline=headline,
        title_source=source,
        title_stands_in=title_stands_in,
        published=published,
        outlet=outlet,
        fallback_outlet=fallback,
        outlet_is_site=bool(own_name) and not declared,
        meta_lines=_without_source(info_texts, own_name),
    )


def _class_named_outlet(
    tree: LexborHTMLParser, lines: list[_Line], head: tuple[int, int], words: str, *unsure: str
) -> str | None:
    """The outlet an element of the article's head names by its class alone, its name unlabelled
    (<span class="source">青山日报</span>, <em class="src">…</em>, <div class="ly">…</div>): a portal's info bar often
    sets its source so, and a 号 platform its account's (media-name): `words` names the data's list of those
    class words ('source_class_names', 'account_class_names'). Its text is the outlet's name whole: neither a
    person's (张三), a place's, a column's, nor a date's; and it stands between the headline and the body
    (`head`: the lines from under the headline to the body's first). A class word that spells other words too
    (`unsure`: ly for lvyou, liuyan as well as laiyuan) names an outlet only labelled or ending as one's does."""
    shown = [_squash(lines[index].text) for index in range(*head)]
    for node in tree.css(_class_selector(words, *unsure)):
        names = _name_spelling(_names(node.attributes.get("class") or "", node.attributes.get("id") or ""))
        sure = bool(_class_pattern(words).search(names))
        if not sure and not any(_class_pattern(key).search(names) for key in unsure):
            continue  # before its text is read: the selector also finds words holding the letters (family, reply)
        text = _SPACE.sub(" ", node.text()).strip()
        if not any(_squash(text) in line for line in shown if text):
            continue
        name = outlet_named(text) or (_unlabelled_outlet(text) if sure or _named_as_outlet(text) else None)
        if name:
            return name
    return None


def _unlabelled_outlet(text: str) -> str | None:
    """A name standing alone where an outlet's is expected: no person's, place's, column's, date's or count's;
    no label's with its value either (来源：本站, 作者：张三, 文/张三: what a label names is read as labelled or
    not at all), no reporter's credit (记者张三) or role alone (本报记者), no photo's credit (王立新摄), no story's tag
    (独家, 头条), nor a link's call (阅读原文) or a bar's button (打印本页)."""
    name = _plain_outlet(text)
    if name is None or len(name) > int(_data("source_class_max")) or _DIGITS.search(name) or " " in name:
        return None
    if _LABEL_OR_CREDIT_MARK.search(name) or _patterns()["link_call"].search(name) or _is_bar(name) or _is_credit(name):
        return None
    if _is_full_name(name) or name in _places() or _patterns()["column"].fullmatch(name):
        return None
    return name


def _is_full_name(name: str) -> bool:
    """A person's name, a compound surname's with its one or two characters too (欧阳晓明, 司马南), unless it ends
    as an organisation's name does (东方日报)."""
    compound = surnames()[1]
    by_compound = name.startswith(compound) and len(name) <= max(map(len, compound)) + 2
    return _is_person_name(name) or (by_compound and not _names_organisation(name))


@lru_cache(maxsize=2)
def _class_selector(*keys: str) -> str:
    """A CSS selector of the elements whose class or id may hold one of the data's words under `keys`, screened
    then as words."""
    heads = (_LETTERS.findall(word.lower())[0] for key in keys for word in _data(key))
    return ", ".join(f"[class*={head}], [id*={head}]" for head in dict.fromkeys(heads))


@lru_cache(maxsize=4)
def _class_pattern(words: str) -> re.Pattern[str]:
    """Each word found whole only: as another word's head or tail it is that word's (resource, imgsrc)."""
    return _name_pattern(_data(words), _WHOLE_WORDS_ONLY)


def _names_site(name: str, lines: list[_Line], top: int, read: set[int], sites: _Sites) -> bool:
    """Whether a name the page gives its story is the site's own: its logo's, its masthead's, or shown alone
    above the headline (`_shown_above`)."""
    return _squash(name) in sites.own or _shown_above(name, lines, top, read, sites)


def _shown_above(name: str, lines: list[_Line], top: int, read: set[int], sites: _Sites) -> bool:
    """Whether a line above the headline (`top`; the body where none is found), neither the article's nor an
    info line (`read`), is the name alone but for its links: a mobile page's top bar names its site so
    (<a>返回</a> 青山县人民政府 <a>菜单</a>), as a masthead does. A teaser (人民日报评论员：… 01-08) or a kicker
    (人民日报记者蹲点青山) holding the name among its words names another's story; a list's or a bar's link to
    an outlet (友情链接：青山日报) names another site."""
    wanted = _squash(name)
    if wanted in sites.links:
        return False
    shown = (lines[index].text for index in range(top) if index not in read and name in lines[index].text)
    return any(sites.unlinked(text) == wanted for text in shown)


def _without_source(texts: tuple[str, ...], name: str | None) -> tuple[str, ...]:
    """The info lines without the 来源 that names the site itself (`name`), for the text path, which reads a
    来源 before the text's own credit."""
    if name is None:
        return texts
    source = _patterns()["source"]
    cut = (source.sub(lambda match: "" if outlet_named(match.group()) == name else match.group(), t) for t in texts)
    return tuple(filter(None, map(str.strip, cut)))


def _inline_frames(tree: LexborHTMLParser) -> None:
    """Put each <iframe srcdoc>'s document in the frame's place: a shell page may carry its article as a
    whole document in the attribute, which a browser shows where the frame stands, and that document may
    hold a frame of its own (a player's or an editor's shell around the article), up to `_FRAME_LEVELS`
    deep. The document keeps the frame's attributes, so that it is read as the frame is: hidden (an
    agreement's dialog, a frame 0 wide) or named as furniture (a comment box)."""
    for _ in range(_FRAME_LEVELS):
        frames = tree.css("iframe[srcdoc]")
        if not frames:
            return
        for frame in frames:
            _inline_frame(frame)


def _inline_frame(frame: LexborNode) -> None:
    inner = LexborHTMLParser(within_depth(frame.attributes.get("srcdoc") or ""))
    if inner.body is None:
        return
    for name, value in _frame_attributes(frame).items():
        inner.body.attrs[name] = value
    frame.replace_with(inner.body)


def _frame_attributes(frame: LexborNode) -> dict[str, str]:
    """The frame's attributes but its document, with `hidden` where it is 0 wide or high."""
    attributes = {name: value or "" for name, value in frame.attributes.items() if name != "srcdoc"}
    if any(_ZERO_SIZE.fullmatch(attributes.get(side, "")) for side in ("width", "height")):
        attributes["hidden"] = ""
    return attributes


def _flattened(
    root: LexborNode, platform: int | None, hidden: set[int], revealed: set[int] | None = None
) -> tuple[_Flattener, set[int]]:
    """The page's lines and blocks, scored, and the article's blocks among them."""
    flat = _Flattener(platform, hidden, revealed)
    flat.run(root)
    _mark_wrappers(flat.blocks, flat.lines)
    _score(flat.blocks, flat.lines)
    _mark_headed(flat.blocks, flat.lines)
    return flat, _article_blocks(flat.blocks, flat.lines)


def _captions(tree: LexborHTMLParser, blocks: list[_Block], lines: list[_Line], article: list[int]) -> set[int]:
    """The lines of pictures' own elements: an element holding an <img> and no body line holds the photo's
    caption, its 1/3 counter, a slide's title (图为…, （记者 某某 摄）), none of them the article's paragraphs.
    Not where a line of it is a clause or a label's (一、项目签约, 会上，6个项目签约, 出席领导：…, a section's heading
    or a short paragraph beside its picture), nor where the element holds half as much text as the
    article's body lines (a 简讯 of one short line, or of short lines, set in one element with its photo). The
    paragraph right after a picture's own that repeats its alt is its caption too, on the same terms."""
    by_node = {block.node: index for index, block in enumerate(blocks)}
    pictures = {found for found in (_block_of(node, by_node) for node in tree.css("img")) if found is not None}
    picture_of: list[int | None] = []
    for index, block in enumerate(blocks):  # parents come first
        inherited = picture_of[block.parent] if block.parent is not None else None
        picture_of.append(index if index in pictures else inherited)
    held: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        picture = picture_of[line.block]
        if picture is not None:
            held.setdefault(picture, []).append(index)
    worded = [found for found in held.values() if _worded_as_caption([lines[i] for i in found], blocks)]
    worded += _alt_repeats(tree, by_node, blocks, lines, article)
    body_characters = sum(len(lines[index].text) for index in article if _is_body_line(lines[index], blocks))
    return {
        index for found in worded if sum(len(lines[i].text) for i in found) * 2 < body_characters for index in found
    }


def _alt_repeats(
    tree: LexborHTMLParser, by_node: dict[int, int], blocks: list[_Block], lines: list[_Line], article: list[int]
) -> list[list[int]]:
    """The lines of each paragraph of the article right after a picture's own element that repeats the picture's
    alt (<p><img alt="产业园全景"></p><p>产业园全景（资料图）</p>): its caption, set as the text's paragraphs are.
    That element only, not a body line: a line elsewhere that says what an alt does (a 专题 card's picture
    beside a section's heading of that name, a logo over the paper's name) is not the picture's."""
    of_block: dict[int, list[int]] = {}
    for index in article:
        of_block.setdefault(lines[index].block, []).append(index)
    found = []
    for image in tree.css("img[alt]"):
        after = _caption_after(image)
        block = by_node.get(after.mem_id) if after is not None else None
        caption = of_block.get(block, []) if block is not None else []
        if caption and not any(_is_body_line(lines[index], blocks) for index in caption):
            found.append(caption)
    return found


def _caption_after(image: LexborNode) -> LexborNode | None:
    """The element right after the picture's own that repeats the picture's alt, caption marks aside."""
    alt = _squash(_CAPTION_MARK.sub("", image.attributes.get("alt") or ""))
    holder = image.parent
    while holder is not None and holder.tag in _INLINE:
        holder = holder.parent
    after = holder.next if holder is not None else None
    while after is not None and after.tag == "-text" and not after.text().strip():
        after = after.next
    if after is None or len(alt) < _CAPTION_MIN:
        return None
    return after if _squash(_CAPTION_MARK.sub("", after.text())) == alt else None


def _worded_as_caption(held: list[_Line], blocks: list[_Block]) -> bool:
    """Whether a picture's element's lines read as its caption: no body line, no clause or label in any (a
    caption's closing full stop aside)."""
    return not any(_is_body_line(line, blocks) or _CAPTION_BREAK.search(line.text.rstrip("。")) for line in held)


def _without_repeats_of_shown(article: list[int], lines: list[_Line], blocks: list[_Block]) -> list[int]:
    """The article's lines less those of a hidden part that repeat a shown one (a fold that hides the
    whole text under the lead it shows)."""
    shown = {lines[index].text for index in article if not blocks[lines[index].block].revealed}
    return [index for index in article if not (blocks[lines[index].block].revealed and lines[index].text in shown)]


def _without_index_cells(article: list[int], lines: list[_Line], blocks: list[_Block], labels: list[int]) -> list[int]:
    """The article's lines less an 信息公开 index set in its container above the text (`_index_labels`): each
    label's cell (索引号, 发布机构, 名称) with the value's cell beside it in its row, whose 名称 repeats the headline
    as a line like a sentence, or a label and its value on one line of a list's or a table's (索引号：123/2023-001).
    Its dates and its 发布机构 are still read, as any table's above the body."""
    if not labels:
        return article
    index_cells = set(labels) | {_value_cell(lines, blocks, index) for index in labels}
    return [index for index in article if index not in index_cells]


def _labelled_title(lines: list[_Line], blocks: list[_Block]) -> str | None:
    """The page's own title as an index table or an info block labels it above the body (标　题：… or 标　题： |
    its value's cell; a bare 名称 | its value's cell only in an index table, one labelling two rows or more): the
    headline, which a heading may show again, or a line like a sentence (a headline with a comma) that is no body's
    first line. A search form's labels (标题 | 发文字号) and a one-label table opening the body (名称 | 某某项目) are
    none."""
    head = list(takewhile(lambda line: not _is_body_line(line, blocks), lines))
    index_table = sum(bool(_patterns()["index_cell"].match(_compact(line.text))) for line in head) >= 2
    for index, line in enumerate(head):
        compact = _compact(line.text)
        label = _patterns()["title_label"].match(compact)
        if label is None or blocks[line.block].furniture or _in_form(blocks, line.block):
            continue
        if label.end() < len(compact):
            value = _LABEL_MARK.split(line.text, maxsplit=1)[-1].strip()
        elif index_table or _LABEL_MARK.search(compact):  # the value's cell beside the label's (<dt>/<dd>, <td>)
            beside = _value_cell(lines, blocks, index)
            value = lines[beside].text.strip() if beside is not None else ""
        else:
            continue
        if _headline_length(value) and not _LABEL_END.search(value) and not _is_label(value):
            return value
    return None


def _in_form(blocks: list[_Block], block: int | None) -> bool:
    while block is not None:
        if blocks[block].tag == "form":
            return True
        block = blocks[block].parent
    return False


def _is_label(text: str) -> bool:
    """Whether a text is an index table's label (发文字号) or an info bar's, no title of its own."""
    return bool(_patterns()["index_cell"].match(text) or _patterns()["label"].match(text))


def _compact(text: str) -> str:
    """A label's text without the spaces that align its characters (标 题, 索　引　号)."""
    return _SPACE.sub("", text)


def _index_labels(article: list[int], lines: list[_Line], blocks: list[_Block]) -> list[int]:
    """The article's lines that label an 信息公开 index above the body's first line (a table in the body keeps its
    cells): label cells, and labels with their values on items of a list or cells of a table of their own, not
    the text's paragraphs (a 公示's own 名称：… and 文号：… open its text). An index labels two rows or more: a
    table of figures opening the text (名称 | 投资额) labels one."""
    labels: list[int] = []
    for index in article:
        line = lines[index]
        if _is_index_label(line) or (blocks[line.block].tag in _CELL_TAGS and _is_index_label(line, valued=True)):
            labels.append(index)
        elif _is_body_line(line, blocks) and not (labels and _value_cell(lines, blocks, labels[-1]) == index):
            break
    return labels if len(labels) >= 2 else []


def _is_index_label(line: _Line, valued: bool = False) -> bool:
    """An index table's label cell (索引号：), read in its label form (索　引　号： as 索引号：); with `valued`, also
    the label and its value on one line."""
    label = _patterns()["index_cell"]
    form = line.form
    return bool(label.match(form) or (valued and _LABEL_MARK.search(form) and label.match(_LABEL_MARK.split(form)[0])))


def _label_form(text: str) -> str:
    """A label as it is compared: without the spaces set between its characters to widen it (索　引　号, 标　　题),
    which no word of a sentence holds, and in Simplified script (責任編輯, 免責聲明), as the words it is compared
    with are written. A line longer than an info line is a paragraph: it is compared as it is."""
    if len(text) > _INFO_LINE_MAX:
        return text
    return to_simplified(_SPACED_CHARACTERS.sub("", text))


def _is_furniture_line(line: _Line) -> bool:
    """A bar's line, a statement or a line of credits, as written or in its label form (分 享 到：, 免責聲明：…,
    審核 · 孫麗娟). A sentence is read as a bar's only as written: the label form is for labels, and in it a caption
    run into a count (…頒獎典禮。(高雄市政府提供)人氣: 116) would be a counts bar, losing the caption's words."""
    if _is_bar(line.text) or _is_statement(line.text) or _is_credit_run(line.text) or _is_linked_teaser(line):
        return True
    if line.form == line.text:
        return False
    return (
        _is_statement(line.form) or _is_credit_run(line.form) or (_is_bar(line.form) and not _sentence_like(line.text))
    )


def _teasers_of_others(flat: _Flattener, article: list[int]) -> set[int]:
    """The article's lines that tease another article under a 专题 or 相关阅读 label (【专题】深入开展营商环境提升年
    活动, 相关阅读：…, 相关提案：…) set as the text's paragraphs are, or linking the title away. One set as a heading
    (<h3>) with the text's sentences under it, unlinked, heads the article's own part, and stays."""
    lines = flat.lines
    teaser = _patterns()["teaser"]
    found = {index for index in article if teaser.match(lines[index].text) or teaser.match(lines[index].form)}
    if not found:
        return found
    ends = (index for index in article if index not in found and _CLAUSE_END.search(lines[index].text))
    last = max(ends, default=-1)
    return {
        index for index in found if lines[index].links > 0 or index > last or _heading_tag(flat, lines[index]) is None
    }


def _duty_lines(article: list[int], lines: list[_Line], furniture: set[int]) -> set[int]:
    """The article's lines in a list of its own duties (总指挥：王明 / 策划：李华 / 执行：张强): a role a credit has
    among them is a duty, no page's credit (builder.clean.clean.duty_lists). `furniture`: the lines read as such."""
    if not furniture:
        return set()
    texts = [lines[index].text for index in article]
    own = [index not in furniture for index in article]
    return {article[place] for run in duty_lists(texts, own) for place in run}


# A bar copied as text may keep the separator before its first tool or after its last (| 只看该作者 |倒序浏览).
_BAR_ENDS = " |｜"


def is_furniture_text(text: str) -> bool:
    """A plain-text capture's line, in Simplified script, in one of the forms a page's furniture takes (a tool or
    counter bar, a statement, a line of credits), as written or with the spaces that widen a label taken out: a site's
    furniture copied with its text keeps its form."""
    text = text.strip(_BAR_ENDS)
    if _is_bar(text) or _is_statement(text) or _is_credit_run(text):
        return True
    form = _SPACED_CHARACTERS.sub("", text) if len(text) <= _INFO_LINE_MAX else text
    if form == text:
        return False
    return _is_statement(form) or _is_credit_run(form) or (_is_bar(form) and not _sentence_like(text))


def _is_linked_teaser(line: _Line) -> bool:
    """A 延伸阅读 or 相关链接 teaser, a link to another article; unlinked, the label heads the text's own background."""
    return line.links > 0 and bool(_patterns()["linked_teaser"].match(line.text))


def _is_credit_run(text: str) -> bool:
    """A line of credits and nothing else, however the role and the name are set apart (审核 · 孙丽娟, 编辑｜陈思远,
    【责编 王明】, 审核 · 孙丽娟　编辑 · 陈思远), each name one that begins with a surname: a sentence holding a role's
    word (经审核，项目…, 编辑出版) has more on its line, and a colon's credits are a bar's line already. A role and one
    word apart by a space alone, unbracketed, are no credit: a word of the text begins with a surname's character as
    often as a name does (设计 方案, 作者 简介, 统筹 安排 are the text's headings). A supplier's credit names it
    first, bracketed, the role after it ((青山县政协委员履职服务中心　供稿), 〔市投资促进局供图〕); one naming who
    gave it by 由 is the text's note of its data ((以上数据由市统计局提供))."""
    if _patterns()["credit_after_name"].match(text):
        return True
    bracketed = text.strip().startswith(tuple(_CREDIT_BRACKETS))
    text = text.strip().strip(_CREDIT_BRACKETS).strip()
    run = _patterns()["credit_run"]
    names: list[str] = []
    credits = marked = 0
    place = 0
    while place < len(text):
        found = run.match(text, place)
        if found is None or found.end() == place:
            return False
        names += _NAMES_APART.split(found.group("names").strip())
        credits += 1
        marked += found.group("mark") is not None
        place = found.end()
    set_apart = bracketed or marked > 0 or credits > 1
    return set_apart and bool(names) and all(map(_begins_with_surname, names))


def _value_cell(lines: list[_Line], blocks: list[_Block], label: int) -> int | None:
    """The line of the value's cell beside a label's cell in its row (a table's, a <dt>'s <dd>); none where that
    cell is empty, for the line after it is then the next row's or the text's, and none beside a label holding its
    value, or a paragraph's: the next paragraph is the text's."""
    value = label + 1
    if value >= len(lines) or not _is_index_label(lines[label]) or _is_index_label(lines[value]):
        return None
    own, beside = lines[label].block, lines[value].block
    return value if own != beside and _same_row(blocks, own, beside) else None


def _without_related_titles(article: list[int], lines: list[_Line]) -> list[int]:
    """The article's lines less a list of other articles set as the text's own paragraphs, no links' look: a
    相关阅读 heading after the text's last sentence and the titles under it, to the end (a title ends as no
    sentence or clause does). Where a sentence follows, the heading heads the text's own part (延伸阅读 over a
    section) or stands over the text itself, and every line is the text's."""
    heading = _patterns()["related_heading"]
    texts = [lines[index].text for index in article]
    ends = [place for place, text in enumerate(texts) if _CLAUSE_END.search(text) and not heading.match(text)]
    after_text = range(max(ends, default=-1) + 1, len(article))
    return next((article[:place] for place in after_text if heading.match(texts[place])), article)


def _without_ad_slots(article: list[int], lines: list[_Line], blocks: list[_Block]) -> list[int]:
    """The article's lines less an ad slot set among the text's paragraphs: its label alone on a line (广告). Where
    the label stands in an element named as an ad's (ad-box, sinaads) that is no list and holds no body line and
    not the whole article, the element's other lines go with it (an app's promotion: 某某财经APP 全球实时行情).
    Elsewhere the label goes alone, and only right after a sentence of the text: among a list's short items
    (冠名、广告、展位) it is the text's own word."""
    label = _patterns()["ad_label"]
    labels = [place for place, index in enumerate(article) if label.match(lines[index].text)]
    if not labels:
        return article
    slot_of = _ad_slots(blocks)
    held: dict[int, list[int]] = {}
    for index in article:
        slot = slot_of[lines[index].block]
        if slot is not None:
            held.setdefault(slot, []).append(index)
    dropped: set[int] = set()
    for place in labels:
        index = article[place]
        slot = slot_of[lines[index].block]
        if slot is not None and _holds_no_text(held[slot], article, lines, blocks):
            dropped.update(held[slot])
        elif place > 0 and _ends_sentence_of_text(lines[article[place - 1]], blocks):
            dropped.add(index)
    return [index for index in article if index not in dropped] if dropped else article


def _holds_no_text(held: list[int], article: list[int], lines: list[_Line], blocks: list[_Block]) -> bool:
    """Whether an element's lines are none of the text's: no body line, and not all the article has."""
    return len(held) < len(article) and not any(_is_body_line(lines[index], blocks) for index in held)


def _ad_slots(blocks: list[_Block]) -> list[int | None]:
    """For each block, the element named as an ad's slot it lies in (blocks come parent first), none where that
    element is a list or a table."""
    slot_of: list[int | None] = []
    for index, block in enumerate(blocks):
        own = block.tag not in _LIST_TAGS and bool(_patterns()["ad_name"].search(_name_spelling(block.names)))
        slot_of.append(index if own else (slot_of[block.parent] if block.parent is not None else None))
    return slot_of


def _ends_sentence_of_text(line: _Line, blocks: list[_Block]) -> bool:
    """A body line that ends its sentence (not a list's lead, which ends in a colon)."""
    return _is_body_line(line, blocks) and bool(_SENTENCE_END.search(line.text))


def _without_edge_fields(kept: list[_Line]) -> list[str]:
    """The text less the furniture labels and their values on lines of their own at its start and its end (编辑：张三,
    作者单位：某某办公室, 南湖网编辑：刘芳, 标签：…), and an editor's summary before the text's first sentence
    (导读：…), though a column's name or a count the reader kept stands above it (招商动态, 1407人浏览), unless a
    line above begins the text."""
    start = 0
    while start < len(kept) and _is_edge_field(kept[start].form, opening=True):
        start += 1
    end = len(kept)
    while end > start and _is_edge_field(kept[end - 1].form, opening=False):
        end -= 1
    lead = next((place for place in range(start, end) if _sentence_like(kept[place].text)), None)
    if (
        lead is not None
        and lead > start
        and _is_edge_field(kept[lead].form, opening=True)
        and not any(_begins_the_text(line.text) for line in kept[start:lead])
    ):
        return [line.text for place, line in enumerate(kept[start:end], start) if place != lead]
    return [line.text for line in kept[start:end]]


def _begins_the_text(text: str) -> bool:
    """A deck, a speech's date, a section's heading or a speaker's name (——在全市招商引资大会上的讲话, (2021年1月9日),
    一、总体情况, 市长 王明): the text has begun, and an editor's note under it (编者按：…) is the article's own. A
    column's, an account's name or a count above it (招商动态, 东江政务, 1407人浏览) is the page's."""
    words = text.split()
    return bool(
        _patterns()["deck"].match(text)
        or _patterns()["speech_date"].match(text)
        or _patterns()["section_number"].match(text)
        or (words and _is_person_name(words[-1]))
    )


def _is_edge_field(form: str, opening: bool) -> bool:
    """A furniture label and its value (in the line's label form: 编　辑：) on a short line that holds no clause and
    names no outlet (a 来源 is left for the outlet's readers), or an editor's summary or a column's kicker
    (聚焦·项目攻坚) opening the text (`opening`: the lines before it are such fields)."""
    found = _patterns()["edge_label"].match(form)
    if found is None:
        return opening and bool(_patterns()["kicker"].match(form))
    if found.group("summary"):
        return opening
    return len(form) <= _FIELD_LINE_MAX and not _CLAUSE_MARK.search(form) and not outlet_named(form)


def _mark_wrappers(blocks: list[_Block], lines: list[_Line]) -> None:
    """Where every sentence of the page stands under a furniture name, the elements named so that hold
    most of them are wrappers (Next.js's __next, has-sidebar, position-relative, printPreview), and no
    furniture: the article is never lost to a wrapper's name. What they hold is furniture only by its own."""
    if any(not blocks[line.block].furniture and _sentence_like(line.text) for line in lines):
        return
    held = [0] * len(blocks)
    for line in lines:
        held[line.block] += _sentence_like(line.text)
    total = sum(held)
    for index in range(len(blocks) - 1, 0, -1):  # a block comes after the one holding it
        parent = blocks[index].parent
        if parent is not None:
            held[parent] += held[index]
    for index, block in enumerate(blocks):
        inherited = block.parent is not None and blocks[block.parent].furniture
        named = _furniture_named(block.names)
        block.wrapper = named and 2 * held[index] > total
        block.furniture = inherited or block.tag in _FURNITURE_TAGS or (named and not block.wrapper)


def _mark_headed(blocks: list[_Block], lines: list[_Line]) -> None:
    """Mark the blocks whose first line is a furniture heading: a comment section whose markup names
    nothing (`<div class="msg">` under 精选留言) still says what it is in its heading."""
    first: set[int] = set()
    heading = _patterns()["furniture_heading"]
    for line in lines:
        up: int | None = line.block
        while up is not None and up not in first:
            first.add(up)
            blocks[up].headed = bool(heading.match(line.text))
            up = blocks[up].parent


def _weight(lines: Iterable[_Line]) -> int:
    return sum(len(_CJK.findall(line.text)) for line in lines)


def _h1_texts(flat: _Flattener) -> list[str]:
    return [line.text for line in flat.lines if _heading_tag(flat, line) == "h1"]


def _own_state(
    states: list[DataArticle], markup_weight: int, bodiless: bool, headlines: list[str], sites: _Sites
) -> DataArticle | None:
    """The state's article that is this page's, when it holds more than the markup's: the heaviest
    whose title agrees with the page's own headlines (<h1>, og:title, <title>, cleaned of the site);
    else, where the markup's article holds no body line (an empty container filled in the browser,
    an app's download bar beside it), the heaviest. A state holds other stories too (recommended,
    listed), longer ones among them."""
    heavier = [state for state in states if state.weight > _STATE_OVER_MARKUP * markup_weight]
    agreeing = (state for state in heavier if _same_headline(sites.strip(state.title) or state.title, headlines))
    return next(agreeing, heavier[0] if heavier and bodiless else None)


def _same_headline(title: str, headlines: list[str]) -> bool:
    return len(_squash(title)) >= _HEADLINE_LENGTH[0] and _agrees(title, headlines)


def _state_page(
    state: DataArticle,
    meta: dict[str, str],
    sites: _Sites,
    html_title: str | None,
    tree: LexborHTMLParser,
    html: str,
    attributed: str | None,
) -> Page:
    """The page as its script data gives the article: the markup held less of it (an empty container
    filled in the browser). The data's own title is the headline; else the <title>'s."""
    body = _state_lines(state.body)
    headline = (sites.strip(state.title) or state.title) if state.title else html_title
    source = ("h1" if state.title else "html_title") if headline else None
    stated = state.published and (_date_in(state.published) or epoch_day(state.published))
    outlet = _meta_outlet(_first(meta, _SOURCE_META)) or _plain_outlet(state.source)
    return Page(
        text="\n".join(line for line in body if not (headline and _squash(line) == _squash(headline))),
        html_title=html_title,
        headline=headline,
        title_source=source,
        published=stated or _published(meta, (), tree, html, attributed),
        outlet=outlet,
    )


def _state_lines(body: str) -> list[str]:
    """The body's lines: the data's HTML flattened as a page's is, or its text's own lines."""
    if "<" not in body:
        return [line for line in (_SPACE.sub(" ", part).strip() for part in body.split("\n")) if line]
    fragment = LexborHTMLParser(within_depth(body))
    root = fragment.body or fragment.root
    if root is None:
        return []
    flat = _Flattener()
    flat.run(root)
    return [line.text for line in flat.lines if not _is_bar(line.text)]


def _headline_line(lines: list[_Line], headline: str | None, first_body: int) -> int | None:
    """The index of the line that is the headline, above the body's first line."""
    squashed = _squash(headline or "")
    found = (i for i, line in enumerate(lines[: first_body + 1]) if _squash(line.text) == squashed)
    return next(found, None) if squashed else None


def _head_blocks(lines: list[_Line], headline: str | None, first_body: int) -> tuple[int, int]:
    """The first and last block of the article's head: from the headline's (else a headline's reach
    above the body) to the body's first line's."""
    if not lines:
        return 0, -1
    start = _headline_line(lines, headline, first_body)
    start = max(first_body - _HEADING_REACH, 0) if start is None else start
    return lines[start].block, lines[first_body].block


def _info_lines(
    lines: list[_Line], blocks: list[_Block], headline_at: int | None, first_body: int, chosen: set[int]
) -> list[int]:
    """The info bar's lines: those under the headline, above the body or just inside it (a date
    standing alone there too); else the nearest dated one above the headline (an e-paper's date in
    its masthead, a forum post's head). A date in the headline's own line (关于2021年1月12日开展…的通知)
    is the day it announces: it dates the page only where no line under it does. `headline_at` is the
    headline's line, if any; `chosen` the article's blocks, beside which a row of cards is other items'."""
    start = headline_at or 0
    cards = _card_blocks(blocks, lines, _article_region(blocks, chosen))
    found = [
        index
        for index in range(start, min(first_body + 3, len(lines)))
        if _is_info(lines[index], blocks)
        or (
            index < first_body
            and _is_bare_date(lines[index].text)
            and not _entry_date(lines, blocks, index, headline_at)
            and not _linked_entry(lines[index])
            and not _labelled_cell(lines, blocks, index)
        )
    ]
    found = [index for index in found if not _in_card(blocks, lines[index].block, cards)]
    dated = {index for index in found if _date_in(lines[index].text)}
    if dated - {headline_at}:
        return [index for index in found if index != headline_at]
    if dated:
        return found
    above = next(
        (
            i
            for i in range(start - 1, -1, -1)
            if _is_info(lines[i], blocks) and _date_in(lines[i].text) and not _in_card(blocks, lines[i].block, cards)
        ),
        None,
    )
    return found if above is None else [above, *found]


def _entry_date(lines: list[_Line], blocks: list[_Block], index: int, headline_at: int | None) -> bool:
    """Whether a bare date is a teaser's, other news's: its element holds a link line too (a 专题's
    teaser: a linked title, a summary, the date), directly or in an element right under it. The page's
    own headline linked to its page, or a breadcrumb (furniture), beside the date is no teaser's title."""
    block = lines[index].block
    return any(
        lines[at].link_share > _LINK_LINE
        and block in (lines[at].block, blocks[lines[at].block].parent)
        and at != headline_at
        and not blocks[lines[at].block].furniture
        for at in range(max(0, index - _HEADING_REACH), index)
    )


def _linked_entry(line: _Line) -> bool:
    """Whether a dated line is a list's entry: another article's title linked before its date (a 最新动态 column
    above the article: `县领导督导检查秋冬季工作 2021.06.09`), the line mostly link text and the title, what stands
    beside the date, as long as a headline and all linked. The date may be a link itself (to its permalink or its
    day's archive), and an account linked before it a firm's or an office's name (东江产业园开发集团有限公司): no
    entry's."""
    match = _patterns()["date"].search(line.text)
    if match is None or line.link_share <= _LINK_LINE:
        return False
    beside = f"{line.text[: match.start()]}{line.text[match.end() :]}".strip()
    titled = len(_CJK.findall(beside)) >= _HEADLINE_LENGTH[0] and line.links >= len(beside)
    return titled and not _names_organisation(beside)


def _closing_info(flat: _Flattener, article: list[int]) -> str | None:
    """The article container's own info line with its 来源 right after the body (a 政协 or 人大 site sets
    发布时间 and 来源 there, nothing under the headline), not a 相关新闻 card's (`_own_info_lines`). A
    reply's head under a forum post is dated too, but names no source."""
    if not article:
        return None
    last = max(article)
    after = range(last + 1, min(last + 1 + _AFTER_BODY_REACH, len(flat.lines)))
    own = _own_info_lines(flat, after, lines_of=last)
    return next((flat.lines[i].text for i in own if _patterns()["source"].search(flat.lines[i].text)), None)


def _source_line_above(flat: _Flattener, headline: int | None) -> list[int]:
    """The nearest info line naming a source above the headline, within a headline's reach: a site that
    mirrors a 公众号 article sets its own bar (来源：某某微信公众号) above the article's headline, whose
    own meta line under it is dated but names no source. Not a list of other articles' above it, a left
    column's 最新文章 (`_own_info_lines`)."""
    if headline is None:
        return []
    above = range(headline - 1, max(headline - 1 - _HEADING_REACH, -1), -1)
    own = _own_info_lines(flat, above, lines_of=headline)
    return next(([i] for i in own if outlet_named(flat.lines[i].text)), [])


def _own_info_lines(flat: _Flattener, walk: range, lines_of: int) -> Iterator[int]:
    """The info lines along `walk` (away from the line `lines_of`, the body's last or the headline) that
    belong to the same article: hung on that line's ancestry, outside a list, and before any link line
    or heading, as another article's card or list item begins with its title link."""
    lines, blocks = flat.lines, flat.blocks
    ancestry = _ancestry(blocks, lines[lines_of].block)
    listed = _in_lists(blocks)
    for index in walk:
        line = lines[index]
        if line.link_share > _LINK_LINE or _heading_tag(flat, line) is not None:
            return
        if blocks[line.block].parent in ancestry and not listed[line.block] and _is_info(line, blocks):
            yield index


def _ancestry(blocks: list[_Block], block: int) -> set[int]:
    """A block and every block above it."""
    found: set[int] = set()
    up: int | None = block
    while up is not None:
        found.add(up)
        up = blocks[up].parent
    return found


def _head_top(flat: _Flattener, headline: int | None, first_body: int) -> int | None:
    """The line heading the article: its headline's, or where it has none, the column's name set in its place (a
    blog platform's post without a title: 专栏名, then its author's link)."""
    if headline is not None:
        return headline
    above = range(first_body - 1, max(first_body - _HEADING_REACH, 0) - 1, -1)
    return next((index for index in above if _column_name_line(flat, flat.lines[index])), None)


def _linked_source_under(lines: list[_Line], headline: int | None, first_body: int) -> str | None:
    """The line right under the headline when it is a link alone naming an outlet as outlets are named
    (青山日报, 青山县融媒体中心): a portal's 地方站 shows the source so, unlabelled. A column's, a topic's
    or a place's tag linked there (本地新闻, 全国两会, 青山区) names none."""
    if headline is None or headline + 1 >= first_body:
        return None
    line = lines[headline + 1]
    return _named_as_outlet(line.text) if line.link_share == 1 and len(line.text) <= _BARE_DATE_MAX else None


def _named_as_outlet(text: str) -> str | None:
    """The text when it ends as an outlet's name does (青山日报, 青山县融媒体中心), not a place's or a tag's."""
    name = _plain_outlet(text)
    return name if name and name.endswith(tuple(_data("linked_source_endings"))) else None


def _poster_before_date(info: tuple[str, ...]) -> str | None:
    """The name run into 发布于 before the date on an info line (`青山发布发布于 2021-01-09 09:30`): the
    account that posted, as a 微博 头条文章 sets it. Never a person (张三 发表于, a forum's user; 李四发布于)
    nor a filler word (本文发布于)."""
    found = (_patterns()["poster"].match(text) for text in info)
    match = next((match for match in found if match), None)
    if match is None:
        return None
    name = match.group("name")
    if name.startswith(tuple(_data("poster_fillers"))) or _is_person_name(name):
        return None
    by_user = match.group("label") in _data("user_posted_on_labels")
    return name if _names_organisation(name) or not by_user else None


def _is_person_name(name: str) -> bool:
    """A surname and a given name of one or two characters (张三, 李晓明); an account's name is longer."""
    return len(name) <= 3 and _begins_with_surname(name)


def _labelled_cell(lines: list[_Line], blocks: list[_Block], index: int) -> bool:
    """Whether a date stands in the cell after its label's (成文日期 | 2021-01-05): read with its label by
    `_labelled_cells`, the publication's first, not as a bare date in the page's order."""
    return index > 0 and any(_cell_pairs(lines[index - 1 : index + 1], blocks, _patterns()["date_cell"]))


def _cell_outlet(lines: list[_Line], first_body: int, blocks: list[_Block], index_labels: list[int]) -> str | None:
    """The outlet an info table above the body names in the cell after its label's (信息来源 | 青山日报, <dt>发布机构：
    </dt><dd>青山县商务局</dd>) or beside it on a line of the article's index (`index_labels`), not furniture: a
    sidebar's list of other items names their offices. A fallback: an 信息公开 index names
    the office that published the page, the text's own lead the paper it reprints."""
    for label, value in _cell_pairs(lines[: first_body + 1], blocks, _patterns()["source_cell"]):
        if not blocks[value.block].furniture and value.link_share <= _LINK_LINE:
            name = outlet_named(f"{label.text.rstrip(':： ')}：{value.text}")
            if name:
                return name
    # An index set as a list, each label with its value on one line (发布机构：青山县商务局): the article's own.
    valued = (lines[index].text for index in index_labels if _LABEL_MARK.search(lines[index].text))
    return next(filter(None, map(outlet_named, valued)), None)


def _labelled_cells(lines: list[_Line], blocks: list[_Block]) -> list[str]:
    """Dates set in a table beside their label, a cell each (an 信息索引 table's `发布日期：` then
    `2021-01-09`), as one line `发布日期：2021-01-09`; the publication's labels first. `lines` are
    those outside the article or above its body's first line."""
    pairs = []
    for label, value in _cell_pairs(lines, blocks, _patterns()["date_cell"]):
        match = _patterns()["date_cell"].match(label.text)
        if match and _is_bare_date(value.text):
            pairs.append((match.group("first") is None, f"{label.text}{value.text}"))
    return [text for _, text in sorted(pairs, key=lambda pair: pair[0])]


def _cell_pairs(lines: list[_Line], blocks: list[_Block], labels: re.Pattern[str]) -> Iterator[tuple[_Line, _Line]]:
    """Each line that is a label's cell (by `labels`) with the next when that is its value's: two cells of one
    table row, or a <dt> and its <dd>. A value cell left empty pairs its label with the next label (信息来源： | |
    发布日期：): a cell that is a label itself is no value."""
    for label, value in pairwise(lines):
        apart = labels.match(label.text) and label.block != value.block and _same_row(blocks, label.block, value.block)
        if apart and not _is_cell_label(value.text):
            yield label, value


def _same_row(blocks: list[_Block], first: int, second: int) -> bool:
    """Whether two blocks are cells of one table row, or a <dt> and the <dd> of one list."""
    row = _row_of(blocks, first)
    if row is not None:
        return row == _row_of(blocks, second)
    term, definition = _holder_tagged(blocks, first, "dt"), _holder_tagged(blocks, second, "dd")
    return term is not None and definition is not None and blocks[term].parent == blocks[definition].parent


def _holder_tagged(blocks: list[_Block], index: int, tag: str) -> int | None:
    """The block of the tag a block is or lies in, as `_row_of` finds a row: its own, its parent or grandparent."""
    up: int | None = index
    for _ in range(_ROW_REACH):
        if up is None or blocks[up].tag == tag:
            return up
        up = blocks[up].parent
    return None


def _is_cell_label(text: str) -> bool:
    """A label's cell: a date's, a source's or another field's (信息来源, 发布日期：, 文号：)."""
    stripped = text.strip()
    return (
        stripped.endswith((":", "："))
        or bool(_patterns()["source_cell"].match(stripped))
        or bool(_patterns()["date_cell"].match(stripped))
        or bool(_patterns()["label"].match(stripped))
    )


def _closing_outlet(kept: list[str]) -> str | None:
    """The outlet a source line under the body names (供稿：某某, then 责任编辑): a share page credits
    its source there, not in the info bar."""
    closing = (text for text in kept[-_CLOSING_LINES:] if len(text) <= _BARE_DATE_MAX and not _CLAUSE_MARK.search(text))
    return next(filter(None, map(outlet_named, closing)), None)


def _outlet_after_date(text: str) -> str | None:
    """A portal's unlabelled date and source bar: `2021年01月09日 11:20 青山日报`; not a bar set after the date
    (举报, 字号 大 中 小), nor where a post came from (四川, 美国, 来自福建: the poster's place, shown by IP), unless
    what it came from is named as a source is (来自青山日报, 来自新华社), nor who wrote it (王立新)."""
    match = _OUTLET_AFTER_DATE.match(text)
    if match is None or not _is_bare_date(text) or _is_bar(text[match.start("outlet") :]):
        return None
    name = match.group("outlet")
    came_from = next((word for word in _data("posted_from_words") if name.startswith(word)), None)
    if came_from:
        name = name.removeprefix(came_from)
        return name if _names_source(name) or name.endswith(tuple(_data("posted_from_endings"))) else None
    return None if name in _places() or _names_person(name) else _plain_outlet(name)


def _outlet_before_date(text: str) -> str | None:
    """A news app's byline naming the source before the bare date (`东江日报 2021-01-09 10:23`, `原创 东江新闻网
    01-09`): the last name before it, where it ends as an outlet's does (`_named_as_outlet`, 新华社, 央视新闻);
    never a reporter's (张三), a column's, nor a channel's or a medium's kind (财经频道, 微信公众号, 手机客户端),
    which a site's ending alone lets through. Unlabelled, and an e-paper's masthead so names its own paper over
    a reprint, it only stands in for the text's credit."""
    match = _patterns()["date"].search(text)
    if match is None or not _is_bare_date(text):
        return None
    before = text[: match.start()].split()
    name = before[-1] if before else ""
    named = _named_as_outlet(name) or name.endswith(tuple(_data("posted_from_endings")))
    return name if named and _names_source(name) and not _names_person(name) else None


def _names_person(name: str) -> bool:
    """A person's name (a reporter's, an editor's set after the time: 2021-01-09 10:23 王立新), not an outlet's
    as short (中新网, 新华社); a compound surname's too (欧阳晓明)."""
    return _is_full_name(name) and not _names_source(name)


def _source_after_date(line: str) -> str | None:
    """The source's name after a bare date where each stands in an element of its own, run together in the markup
    (<span>2021-01-09 10:23</span><a>青山日报</a>): only a name formed as a source's is, for an author's name, a
    column's tag or a place set so (<span>张三</span>, <a>要闻</a>, <span>美国</span>) are as common there."""
    name = _outlet_after_date(line)
    return name if name and _names_source(name) else None


def _names_source(name: str) -> bool:
    """Whether a name ends as an outlet's or a site's does (青山日报, 新华通讯社, 广元市人民政府网站), and is no
    column's (本地新闻, 要闻) nor a place's."""
    formed = bool(_named_as_outlet(name)) or bool(_patterns()["site_suffix"].search(name))
    return formed and not _patterns()["column"].fullmatch(name) and name not in _places()


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Places a post is shown as sent from (by the poster's IP): every division's name, whole and short (四川省,
    四川, 成都), and the countries of html_page.json's 'poster_countries'."""
    rows = data_tsv("divisions.tsv")
    names = (name for row in rows for name in (row["name"], *(row["short_names"] or "").split(",")) if name)
    return frozenset((*names, *_data("poster_countries")))


def _is_bare_date(text: str) -> bool:
    """A date standing alone under a headline: `2021-01-09 10:23`, `2021年1月9日 来自 …`, or after up
    to three names, as a news app's byline sets the source before the time (`原创 东江发布 2021-01-09`)."""
    match = _patterns()["date"].search(text)
    if match is None or len(text) > _BARE_DATE_MAX or _CLAUSE_MARK.search(text):
        return False
    before = text[: match.start()].strip(" [【(（")
    return not before or bool(_NAME_BEFORE_DATE.fullmatch(before))


def _is_info(line: _Line, blocks: list[_Block]) -> bool:
    """An info bar's line, little of it link text but the source's name after its label (来源：<a>某某文库</a>)."""
    return (
        (line.link_share <= _LINK_LINE or _labelled_link(line))
        and not blocks[line.block].furniture
        and _is_info_line(line.text)
        and not _is_body_line(line, blocks)
    )


def _labelled_link(line: _Line) -> bool:
    """A source's label followed by its name as a link, alone on the line: only the name is link text, and
    it names, not asks to be followed (来源：<a>点击查看原文</a> links to the original, naming no outlet)."""
    match = _patterns()["source"].match(line.text)
    return (
        match is not None
        and match.end() == len(line.text)
        and line.links <= len(match.group("outlet"))
        and not _patterns()["link_call"].search(match.group("outlet"))
    )


def _published(
    meta: dict[str, str], info: tuple[str, ...], tree: LexborHTMLParser, html: str, attributed: str | None
) -> str | None:
    """The page's date: a CMS meta, a platform's or an XML document's date element (<PubDate>), the info bar, the
    date attribute of the info bar (`attributed`) or a script variable; a reprint's date of its original
    (原文发布时间) or a periodical's issue's (2021年第4期 出版日期：…) only where the page states no date of its own.
    An info line's label of the page's publication (发布时间：…) dating it earlier than the first of these is its own
    day, the later one a copy's: a print view's day of printing, an archive's capture, a mirror's own day."""
    stated = [text for text in (_first(meta, _DATE_META), _platform_text(tree, "platform_dates"), *info) if text]
    for text in stated:
        own = None if _patterns()["issue_number"].search(text) else _date_in(_patterns()["reprint_date"].sub("", text))
        if own:
            labelled = _labelled_publication(info)
            return labelled if labelled and labelled < own else own
    for text in stated:
        if _date_in(text):
            return _date_in(text)
    linked = _linked_data_date(tree) if "ld+json" in html else None
    return attributed or linked or (_wechat_date(html) if "var ct" in html or "publish_time" in html else None)


# China's first web pages went up in 1994: an earlier day labelled a page's publication is a template's placeholder
# (发布时间：1970-01-01 08:00, an empty epoch), no day of its.
_FIRST_WEB_DAY = "1994-01-01"


def _labelled_publication(info: tuple[str, ...]) -> str | None:
    """The first date an info line or an index table's cell labels the page's publication (发布时间：…), where one
    does."""
    for text in info:
        found = _patterns()["publication_date"].search(_patterns()["reprint_date"].sub("", text))
        day = _date_in(found.group("date")) if found else None
        if day and day >= _FIRST_WEB_DAY:
            return day
    return None


def _state_date(tree: LexborHTMLParser, headline: str) -> str | None:
    """The date the page's script data gives beside the page's own headline, where nothing shown dates it: a news
    app's H5 page shows 01月09日 09:30, the year only in its state; other items' dates stand beside their titles."""
    wanted = _squash(headline)
    dated = (date for title, date in state_dates(tree) if _squash(title) == wanted)
    return next(filter(None, (_date_in(date) or epoch_day(date) for date in dated)), None)


def _linked_data_date(tree: LexborHTMLParser) -> str | None:
    """The date of the page's JSON-LD article: the datePublished of an object of an article's type at the top of a
    script or of its @graph, not an item nested in a list's (another article's); or the date of a script's object
    whose @context describes the page (Baidu's cambrian: pubDate). A CMS leaves raw line breaks in its strings."""
    kinds = set(_data("linked_data_articles"))
    for script in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(script.text(), strict=False)
        except (ValueError, RecursionError):  # a page's script may be no JSON, or nested past Python's stack
            continue
        tops = data if isinstance(data, list) else [data]
        dated = [_page_context_date(top) for top in tops if isinstance(top, dict)]
        tops += [item for top in tops if isinstance(top, dict) for item in _graph_of(top)]
        dated += [top.get("datePublished") for top in tops if isinstance(top, dict) and _typed(top, kinds)]
        day = next(filter(None, (_date_in(value) for value in dated if isinstance(value, str))), None)
        if day:
            return day
    return None


def _page_context_date(top: dict) -> object:
    """The date field of a JSON-LD object whose @context describes the page itself (linked_data_page_contexts)."""
    context = top.get("@context")
    if not isinstance(context, str):
        return None
    contexts: dict[str, str] = _data("linked_data_page_contexts")
    return next((top.get(field) for name, field in contexts.items() if name in context), None)


def _graph_of(top: dict) -> list:
    """The objects of a JSON-LD object's @graph: a list of them, or one object alone; anything else holds none."""
    graph = top.get("@graph")
    return graph if isinstance(graph, list) else [graph] if isinstance(graph, dict) else []


def _typed(item: dict, kinds: set[str]) -> bool:
    """Whether a JSON-LD object is of one of the types (its @type a name or a list of names)."""
    named = item.get("@type")
    return any(isinstance(name, str) and name in kinds for name in (named if isinstance(named, list) else [named]))


def _attribute_date(tree: LexborHTMLParser, blocks: list[_Block], low: int, high: int) -> str | None:
    """The date in the first date attribute of the article's head, the blocks `low` to `high` (from the
    headline to the body's first line, where its info bar stands): a <time datetime> (a news app shows
    04-13 09:30, the year only in the attribute) or a data attribute a script fills the text from
    (`data-time`, maybe a Unix time). Elsewhere (a list, the top bar's today, a comment) a date is
    another's; a value that is no date (a slider's `data-time="5000"`) is passed over."""
    names: list[str] = _data("date_attributes")
    by_node = {block.node: index for index, block in enumerate(blocks)}
    listed = _in_lists(blocks)
    for node in tree.css(", ".join(["time[datetime]", *(f"[{name}]" for name in names)])):
        block = _block_of(node, by_node)
        if block is None or not low <= block <= high or blocks[block].furniture or listed[block]:
            continue
        attributes = node.attributes
        values = [attributes.get("datetime") if node.tag == "time" else None, *(attributes.get(name) for name in names)]
        day = next(filter(None, (_date_in(value) or epoch_day(value) for value in values if value)), None)
        if day:
            return day
    return None


def _in_lists(blocks: list[_Block]) -> list[bool]:
    """For each block, whether a list item holds it (blocks come parent first)."""
    listed = [False] * len(blocks)
    for index, block in enumerate(blocks):
        listed[index] = block.tag == "li" or (block.parent is not None and listed[block.parent])
    return listed


def _block_of(node: LexborNode, by_node: dict[int, int]) -> int | None:
    """The block (by its index) an element is or lies in; the blocks' lexbor ids are `by_node`'s keys.
    Each ancestor found no block is added to `by_node`, so that the walk past it is done once."""
    path, up = [], cast("LexborNode | None", node)
    while up is not None and up.mem_id not in by_node:
        path.append(up.mem_id)
        up = up.parent
    found = by_node[up.mem_id] if up is not None else None
    if found is not None:
        by_node.update(dict.fromkeys(path, found))
    return found


def _wechat_nickname(html: str) -> str | None:
    match = _WECHAT_NICKNAME.search(html) if "nickname" in html else None
    return match.group(1) if match else None
