"""A heading a web page sets over a text whose words the text never uses, and that the page's <title> does not give,
is no headline of it: the next article's title a mobile page preloads, a column's or a file's name over a text that
shows no headline of its own (builder/read/relatedness.py, `foreign`). Shown on a real capture that states no
headline (seed 003, a news report in Traditional script), with the look-alikes: a headline in the text's words, a
feature's in none of them that the <title> confirms, a brief's in other words than its two sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.read.capture import InputFile, ManifestEntry
from builder.read.relatedness import foreign
from builder.record.models import Article
from builder.run.pipeline import parse_bytes

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seeds"
# Seed 003 opens with its dateline: its gold title is null.
NO_HEADLINE = (SEEDS / "003_fe92fa010d4549fa.txt").read_text(encoding="utf-8").strip().splitlines()
OPENING = "浙江在线-台州频道3月12日讯"
# Words of the text (玉环市, 招商引资工作会议, 召开): its headline, had it one.
RELATED = "玉環市召開招商引資工作會議"
OTHERS = [
    "全县秋粮收购工作有序推进",  # the next article's title, preloaded under the text's place
    "土地市场",  # a column's name
    "石城县安全生产月活动总结（定稿）.docx",  # a file's name
    "county-econ/county-zhaoshang-texts",  # a repository's name: no Chinese word at all
]


def _page(heading: str, title: str = "手机台州网") -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in NO_HEADLINE)
    return (
        f"<!DOCTYPE html><html><head><meta charset=utf-8><title>{title}</title></head><body>"
        f'<div class="top-bar">手机台州网</div><div class="detail"><h1 class="tit">{heading}</h1>'
        f'<div class="info">2021-03-12 09:41</div><div class="content">{paragraphs}</div></div></body></html>'
    )


def _parse(name: str, data: str) -> Article:
    item = InputFile(Path(name), name, ManifestEntry(url="http://m.example.cn/news/1.html"))
    article = parse_bytes(item, data.encode()).article
    assert article is not None
    return article


@pytest.mark.parametrize("heading", OTHERS)
def test_a_pages_heading_foreign_to_its_text_is_no_headline(heading: str) -> None:
    """Nor does the text path take the page's <title> or another line for it: the page shows no headline, and its
    text starts where the capture does."""
    article = _parse("page.html", _page(heading))
    assert (article.title, article.title_source) == (None, None)
    assert article.text.startswith(OPENING)
    assert heading not in article.text


def test_a_pages_heading_in_the_texts_words_is_its_headline() -> None:
    article = _parse("page.html", _page(RELATED))
    assert (article.title, article.title_source) == ("玉环市召开招商引资工作会议", "h1")


def test_a_heading_in_none_of_the_texts_words_that_the_title_gives_is_its_headline() -> None:
    """A feature's headline may use none of its text's words (a figure of speech); the <title> says it is the page's."""
    figurative = "春风十里扑面来"
    article = _parse("page.html", _page(figurative, f"{figurative}_手机台州网"))
    assert (article.title, article.title_source) == (figurative, "h1")


def _bare_page(head: str) -> str:
    """A page showing no heading over the text: what it says of its story is in its <head> only."""
    paragraphs = "".join(f"<p>{line}</p>" for line in NO_HEADLINE)
    return (
        f"<!DOCTYPE html><html><head><meta charset=utf-8>{head}</head><body>"
        f'<div class="viewer-bar">在线预览</div><div class="page">{paragraphs}</div></body></html>'
    )


@pytest.mark.parametrize(
    "head",
    [
        "<title>扫描件_20210312.pdf</title>",  # a viewer's <title>: the file's name
        "<title>《东海侨乡》2021年第3期</title>",  # a flipbook's: the issue's
        '<title>手机台州网</title><meta property="og:title" content="城乡供水一体化工程通过竣工验收">',  # a template's
    ],
)
def test_a_title_alone_foreign_to_the_text_is_no_headline(head: str) -> None:
    article = _parse("page.html", _bare_page(head))
    assert (article.title, article.title_source) == (None, None)
    assert article.text.startswith(OPENING)


def test_a_title_naming_the_story_apart_from_the_site_is_the_headline_whatever_its_words() -> None:
    """标题_站名: the page names its story apart from itself, a feature's figure of speech included."""
    article = _parse("page.html", _bare_page("<title>春风十里扑面来_手机台州网</title>"))
    assert (article.title, article.title_source) == ("春风十里扑面来", "html_title")


# Six sentences of a text about 招商引资 (over 150 of its two-character words).
TEXT = (
    "5月12日上午，南岭县召开全县招商引资工作推进会，县委书记李明出席会议并讲话。"
    "会议指出，今年以来，全县新签约项目28个，总投资136亿元，招商引资工作取得明显成效。"
    "会议要求，各乡镇各部门要紧盯目标任务，全力以赴抓项目、促投资，确保完成全年任务。"
    "要围绕新能源、新材料等主导产业开展产业链招商，提升签约项目的质量和落地率。"
    "要优化营商环境，落实领导包联制度，为企业提供全生命周期服务，推动项目早开工、早投产。"
    "县委副书记、县长王芳主持会议，县四套班子领导，各乡镇、县直各部门主要负责同志参加会议。"
)
# Two sentences (some sixty such words).
BRIEF = (
    "近日，记者从南岭县商务局获悉，今年以来，全县新签约项目45个，总投资120亿元，同比增长两成。"
    "其中，工业项目31个，服务业项目14个，亿元以上项目占到七成以上。"
)


@pytest.mark.parametrize(
    ("headline", "text", "is_foreign"),
    [
        ("南岭县召开全县招商引资工作推进会", TEXT, False),
        ("城乡供水一体化工程通过竣工验收", TEXT, True),
        # Three of its eleven words are any report's (全县, 工作, 推进): shared by chance, yet over a sixth.
        ("全县秋粮收购工作有序推进", TEXT, False),
        ("招商岂能只看数字", TEXT, True),  # one word of eleven shared (招商): under a sixth
        ("【财经观察】招商莫变“招伤”", TEXT, False),  # the kicker's words are not counted: 招商 is one of four
        ("南岭县招商引资成效明显", BRIEF, False),  # a brief tells its news in other words: one shared word keeps it
        ("全市秋粮收购有序推进", BRIEF, True),  # none shared
        ("全市秋粮收购有序推进", "全县新签约项目45个。", False),  # too short a text to say
        ("Gitee.com", TEXT, True),  # no Chinese word over a Chinese text
    ],
)
def test_a_headline_is_foreign_by_the_share_of_its_words_the_text_uses(
    headline: str, text: str, is_foreign: bool
) -> None:
    assert foreign(headline, text) is is_foreign
