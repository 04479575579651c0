"""Text captures saved in a format of their own (builder/read/text_formats.py): a subtitle file's cues and a web
clipper's Markdown read as the plain copy of the same page would be."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder.read.capture import InputFile, ManifestEntry
from builder.read.text_formats import as_plain_text
from builder.record.models import Article
from builder.run.pipeline import parse_bytes

HEADLINE = "南岭县召开全县招商引资工作推进会"
LEAD = "5月12日上午，南岭县召开全县招商引资工作推进会，县委书记李明出席会议并讲话。"
MORE = "会议指出，今年以来，全县新签约项目28个，总投资136亿元，招商引资工作取得明显成效。"
LAST = "会议要求，各乡镇各部门要紧盯目标任务，全力以赴抓项目、促投资，确保完成全年任务。"
TEXT = [LEAD, MORE, LAST]


def _parse(text: str, name: str = "saved.txt") -> Article:
    item = InputFile(Path(name), name, ManifestEntry(url="http://www.example.cn/a/1.html"))
    article = parse_bytes(item, text.encode()).article
    assert article is not None
    return article


def _cues(*texts: str) -> str:
    cues = []
    for number, text in enumerate(texts, 1):
        start, end = f"00:00:{2 * number:02d},120", f"00:00:{2 * number + 1:02d},980"
        cues.append(f"{number}\n{start} --> {end}\n{text}\n")
    return "\n".join(cues)


def test_a_speech_recognisers_segment_times_are_no_text() -> None:
    run = ['$ whisper "news.mp4" --model small', "Detected language: Chinese"]
    segments = [f"[00:{4 * index:02d}.100 --> 00:{4 * index + 3:02d}.900] {line}" for index, line in enumerate(TEXT)]
    article = _parse("\n".join([*run, *segments]) + "\n", "transcript.txt")
    assert article.text.split("\n") == TEXT


def test_a_subtitle_files_cue_numbers_and_timecodes_are_no_text() -> None:
    article = _parse(_cues("《南岭新闻》", HEADLINE, LEAD, MORE, LAST), "news.srt.txt")
    assert (article.title, article.text.split("\n")) == (HEADLINE, [LEAD, MORE, LAST])


def test_a_webvtt_files_header_and_cue_settings_go_too() -> None:
    cues = _cues(HEADLINE, LEAD, MORE, LAST).replace(",", ".").replace("980\n", "980 align:start\n")
    assert as_plain_text(f"WEBVTT\n\n{cues}").split() == [HEADLINE, LEAD, MORE, LAST]


def test_two_timecodes_in_a_text_are_the_texts() -> None:
    """A programme's schedule or a minutes' times (one or two ranges) are no subtitle file."""
    text = f"{HEADLINE}\n活动安排：\n00:00:10,000 --> 00:00:20,000\n{LEAD}\n"
    assert as_plain_text(text) == text


CLIP = f"""---
title: "{HEADLINE}_工作动态_南岭县人民政府"
source: "http://www.example.gov.cn/art/2023/5/12/art_1_1.html"
author:
  - "[[南岭县融媒体中心]]"
published: 2023-05-12
created: 2023-05-20
tags:
  - "clippings"
---
[首页](http://www.example.gov.cn/) > [工作动态](http://www.example.gov.cn/gzdt/) > 正文

# {HEADLINE}

![](http://www.example.gov.cn/images/1.jpg)

{LEAD}

{MORE}

{LAST.replace("全年任务", "[全年任务](http://www.example.gov.cn/rw.html)")}
"""


def test_a_web_clippers_markdown_gives_its_heading_date_and_text() -> None:
    article = _parse(CLIP, "clip.md.txt")
    got = (article.title, article.date.published, article.text.split("\n"))
    assert got == (HEADLINE, dt.date(2023, 5, 12), [LEAD, MORE, LAST])


def test_a_clip_with_no_heading_takes_its_front_matters_title() -> None:
    clip = CLIP.replace(f"# {HEADLINE}\n", "")
    assert as_plain_text(clip).split("\n")[:2] == [f"标题：{HEADLINE}", "发布时间：2023-05-12"]


def test_a_text_opening_with_a_rule_and_no_fields_is_the_texts() -> None:
    text = f"---\n{HEADLINE}\n---\n{LEAD}\n[1](http://www.example.cn/)\n"
    assert as_plain_text(text) == text


ROOT = "http://www.nanling.gov.cn"


INFO = "发布时间：2023-05-12 09:30　来源：南岭县融媒体中心"


def _read_page(heading: str | None, info: str = INFO, date: str = "") -> str:
    """A government page fetched through an LLM reader: its header (the <title> with the column and the site), the
    logo, the menu and the crumb as links, the heading, the info line, the font bar, the paragraphs with an image
    between them, the tools, the neighbours and the site's numbers."""
    menu = [("首页", ""), ("政务公开", "zwgk/"), ("招商引资", "zsyz/"), ("走进南岭", "zjnl/")]
    parts = [
        f"Title: {HEADLINE}_工作动态_南岭县人民政府" if heading else "Title: 工作动态_南岭县人民政府",
        f"URL Source: {ROOT}/art/2023/5/12/art_1_1.html",
        f"Published Time: {date}" if date else "",
        f"Markdown Content:\n[![Image 1: 南岭县人民政府]({ROOT}/images/logo.png)]({ROOT}/)",
        "\n".join(f"*   [{name}]({ROOT}/{path})" for name, path in menu),
        f"当前位置：[首页]({ROOT}/) > [工作动态]({ROOT}/gzdt/)",
        heading or "",
        info,
        "【字体：[大](javascript:void(0)) [中](javascript:void(0)) [小](javascript:void(0))】",
        LEAD,
        f"![Image 2]({ROOT}/gzdt/202305/W020230512.jpg)",
        MORE,
        LAST,
        "[【打印本页】](javascript:window.print()) [【关闭窗口】](javascript:window.close())",
        f"上一篇：[南岭县开展汛前检查]({ROOT}/gzdt/1.html)\n\n下一篇：[南岭县召开安全生产会]({ROOT}/gzdt/2.html)",
        "[桂ICP备12345678号](https://beian.miit.gov.cn/)　网站标识码：4510000001",
    ]
    return "\n\n".join(part for part in parts if part)


@pytest.mark.parametrize(
    "heading",
    [f"{HEADLINE}\n===============", f"{HEADLINE}\n---------------", f"### {HEADLINE}", HEADLINE],
    ids=["underlined =", "underlined -", "###", "a plain line"],
)
def test_a_page_an_llm_reader_turned_to_markdown_reads_as_its_plain_copy(heading: str) -> None:
    """Its heading underlined, marked or plain; its menu, crumb, font bar, tools and neighbours as links."""
    article = _parse(_read_page(heading), "reader.txt")
    got = (article.title, article.date.published, article.outlet, article.text.split("\n"))
    assert got == (HEADLINE, dt.date(2023, 5, 12), "南岭县融媒体中心", [LEAD, MORE, LAST])


def test_a_readers_title_line_is_the_pages_title_not_its_headline() -> None:
    """With no heading over the text, the header's `Title:` (the column and the site) is no headline."""
    article = _parse(_read_page(None), "reader.txt")
    assert (article.title, article.text.split("\n")) == (None, [LEAD, MORE, LAST])


def test_a_readers_published_time_dates_a_page_that_shows_no_date() -> None:
    article = _parse(_read_page(f"# {HEADLINE}", info="来源：南岭县融媒体中心", date="2023-05-12T09:30:00+08:00"))
    assert (article.title, article.date.published) == (HEADLINE, dt.date(2023, 5, 12))


def test_a_link_whose_address_holds_brackets_reads_as_its_words() -> None:
    assert as_plain_text(_read_page(HEADLINE)).count("【字体：大 中 小】") == 1


@pytest.mark.parametrize(
    "text",
    [
        f"{HEADLINE}\n{LEAD}\n详见[附件1](http://www.example.cn/1.doc)、[附件2](http://www.example.cn/2.doc)\n{MORE}\n",
        f"{HEADLINE} |\n![]() ![]() |\n{LEAD}\n![]() |\n{MORE}\n![]()\n{LAST}\n",  # a converter that kept no address
    ],
    ids=["two links", "empty images"],
)
def test_a_text_with_few_markdown_links_or_none_to_an_address_is_the_texts(text: str) -> None:
    assert as_plain_text(text) == text


def _kept_card(headline: str | None) -> str:
    """A read-later app's card exported as Markdown: the headline after `#`, a quote with the page's address and the
    day it was kept, a rule, the info line, the paragraphs, a rule and the export's line in italics."""
    return "\n\n".join(
        [
            f"# {headline or '工作动态 - 南岭县人民政府'}",
            f"> 原文链接：[www.nanling.gov.cn]({ROOT}/art/2023/5/12/art_1_1.html)",
            "> 收藏于 2023-06-02 21:14　标签：#招商",
            "---",
            "来源：南岭县融媒体中心",
            LEAD,
            MORE,
            LAST,
            "---",
            "*由 稍后读 导出于 2023-07-01*",
        ]
    )


def test_a_markdown_export_opening_with_its_heading_reads_as_a_plain_copy() -> None:
    """One link only, but the `# ` before its first line is what no plain copy writes."""
    article = _parse(_kept_card(HEADLINE), "card.md.txt")
    assert (article.title, article.outlet) == (HEADLINE, "南岭县融媒体中心")
    assert article.text.split("\n")[:3] == [LEAD, MORE, LAST]


@pytest.mark.parametrize(
    "kept",
    ["收藏于 2023-06-02 21:14", "打印时间：2023-06-02", "收录于 2023年6月2日"],
    ids=["read-later app", "print view", "note"],
)
def test_the_day_a_page_was_kept_or_printed_is_not_its_date(kept: str) -> None:
    """A page showing no date of its own has none, whatever day a reader kept or printed it on."""
    assert _parse("\n".join([HEADLINE, kept, LEAD, MORE, LAST])).date.published is None


@pytest.mark.parametrize(
    "line",
    [
        "发布时间：2023-05-12　打印时间：2023-06-02",
        "打印时间：2023-06-02　发布时间：2023-05-12",
        "收藏于 2023-06-02 · 原文发布于 2023-05-12",
    ],
    ids=["kept after", "kept before", "kept before, no label"],
)
def test_a_date_line_keeps_the_pages_date_beside_the_day_it_was_kept(line: str) -> None:
    assert _parse("\n".join([HEADLINE, line, LEAD, MORE, LAST])).date.published == dt.date(2023, 5, 12)


def test_a_text_opening_with_a_hashtag_is_no_markdown() -> None:
    text = f"#招商引资# {HEADLINE}\n{LEAD}\n{MORE}\n"
    assert as_plain_text(text) == text


def test_a_readers_time_in_utc_dates_the_page_by_its_day_in_china() -> None:
    """An evening story's time in UTC is of the next day in China."""
    page = _read_page(f"# {HEADLINE}", info="来源：南岭县融媒体中心", date="2023-05-11T20:30:00.000Z")
    assert _parse(page).date.published == dt.date(2023, 5, 12)


def test_a_converters_escapes_and_stars_in_figures_stay_the_pages_words() -> None:
    """A converter escapes Markdown's marks in the page's words; stars between figures are a size, not italics."""
    spec = r"1\. 根据南政发\[2023\]5号文件，新建标准厂房，单块预制板1200\*600\*200mm，*全部*按期完成。"
    lines = as_plain_text(_read_page(HEADLINE).replace(MORE, f"{MORE}\n\n{spec}\n\n> * 项目一：总投资5亿元")).split(
        "\n"
    )
    assert "1. 根据南政发[2023]5号文件，新建标准厂房，单块预制板1200*600*200mm，全部按期完成。" in lines
    assert "项目一：总投资5亿元" in lines  # a list inside a quote: both marks gone
