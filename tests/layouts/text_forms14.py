"""Twelve text capture forms written blind (text round 14): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of tool, system or document gives, none of
them drawn in text rounds 1 to 13, weighed toward what a corpus builder's own tools print when they hold a page (an
LLM reader's Markdown with the page's links, a web archive's extracted text between its record headers, a notebook
session's prompts and a row's repr, a document database's shell with its string cut into pieces, a layout
document's page XML with a tag around every printed line, a calendar invitation's folded description), toward the
uses offices put an article to (a civil-service exam's given materials, a 党支部's 三会一课 record, a DingTalk 周报,
a cadre e-learning course, a proofreading system's report, a correspondents' training handout), toward what stands
inside the text (tags and coordinates at every printed line's end, folds and escapes, quotes and + at every newline,
comments between the paragraphs) and toward stories that show no headline (each form then shows what it would show
without one):

- a page fetched through an LLM reader (r.jina.ai-like) and saved (UTF-8): Title: (the page's title: the headline
  with the column and the site, or the column and the site alone), URL Source:, maybe Published Time: in ISO form
  with +08:00, Markdown Content:, the logo's linked image, the menu as `*   [..](..)` links, the crumb of links, the
  headline as a setext heading (=== or ---), a ### heading or a plain line, 发布时间 and 来源 with 浏览次数, the font
  links, the paragraphs between blank lines with maybe an image line after the first, the print and close links,
  上一篇/下一篇 links and the footer with the ICP link and the 公网安备 image;
- records cut from a Common Crawl WET file (UTF-8, the WARC headers' lines ending in CRLF, the text's in LF): maybe
  the file's warcinfo record, another site's conversion record, the story's record (WARC/1.0, WARC-Type:
  conversion, the target URI, a later WARC-Date in UTC, the record ids, the block digest, the identified languages,
  Content-Type and Content-Length in bytes), its text a block a line (the page's title, the site's name and the
  menu an item a line, the crumb, the headline, 发布时间/来源/浏览次数, the font tools, the paragraphs, the print and
  close tools, 上一篇/下一篇, the footer), and the next record;
- an IPython session pasted from a terminal (UTF-8): maybe the banner, In [n]: prompts importing pandas, reading the
  site's articles (a CSV, an Excel file or JSON lines), the frame's shape and columns, picking the row, its title,
  source and pub_date shown as a Series' repr (values right-aligned, NaN or None where the story states none, with
  url and Name: …, dtype: object) or printed one a line, print(row.content) with the paragraphs (maybe indented with
  full-width spaces), its length and the next empty prompt;
- a mongosh session pasted from a terminal (UTF-8): maybe the connection banner, use and a count, findOne with the
  page's address, the document as the shell prints it (ObjectId, url, title, source, the time as an ISODate in UTC
  (a local time, or the local midnight: 16:00 the day before), a string, or null, author, content cut at every
  newline into quoted pieces joined by + with the newline escaped, images, a later crawl_time, the spider) and the
  next prompt;
- an OFD file's XML dumped with unzip -c (UTF-8, pretty-printed or each file on one line): Archive: and inflating:
  lines, OFD.xml's DocInfo (the headline as Title, or a print driver's file name, a later CreationDate, the
  author and creator), then each page's Content.xml, every printed line a TextObject with its Boundary, font and
  size and a TextCode with X, Y and DeltaX (the headline centred over one or two lines, the unpadded day in
  brackets, the outlet maybe behind 来源：, then the paragraphs in lines of twenty-eight characters, the first
  indented, XML's entities for the text's own & and <), and a page number (— N —) at each page's foot;
- a meeting invitation saved from Outlook as an .ics file (UTF-8, CRLF, lines folded at 75 octets with a space):
  the calendar's and the time zone's lines, the attendees, a later CREATED, DESCRIPTION (the greeting and the note
  to read the material, the headline, 来源 and the day, the paragraphs, all behind \\n escapes, commas and
  semicolons escaped, the contact), the meeting's later start and end in China Standard Time, the place, the
  organizer, the meeting's own SUMMARY, the UID, Outlook's X- lines and the reminder;
- a 公务员考试 《申论》 mock paper saved as text (GB18030, CRLF): the exam's later year and province, 注意事项, 给定资料
  with the story as one of three materials (its number on a line of its own or before the first paragraph; the
  headline in 《》 in an opening line, as a line of its own, or none), （摘编自 the outlet and the day） or （根据 the
  day 有关媒体报道整理）, the other materials, and 作答要求 with the questions and their points;
- a 智慧党建 platform's 三会一课 record select-all copied (UTF-8): the platform, its menu, the crumb, 会议详情 with
  the meeting's name, type and branch, a later time, the place, 主持人 and 记录人, the roll, 会议议题 (the headline
  in 《》 among the items), 会议内容 with （一）集中学习 and the 领学 line (the headline in 《》, or the outlet's
  report), maybe the headline, （来源 and the day）, the paragraphs, （二）交流发言 with members' words, （三）小结, the
  photos' and attachment's lines, the 审核 line with a later day and the buttons;
- a DingTalk 周报 (日志) copied on the PC (UTF-8, LF or, pasted into Notepad, CRLF): 周报, the writer and the
  Friday's late afternoon, 发送给, the template's fields (本周完成工作, 本周工作总结, 下周工作计划, 需协调与帮助), 备注
  with 附本周信息稿, the headline, 来源 and the unpadded day on lines of their own or the outlet and the day on one,
  the paragraphs, 已读/未读, 赞 and comments with yearless times, and the comment box;
- a 干部网络学院 图文课程 page select-all copied (UTF-8): the academy, its menu, the crumb, 【图文】 with the course's
  title (the headline, or a course's own), 课程编号/学时/类型/专题, 主讲/来源 (the outlet, or the academy's course
  centre, listed), a later 上线时间, the progress and the timer, the rule for 图文 hours, the headline, 来源 and
  发布时间, the paragraphs, ——本课程结束——, the buttons, the rating and 学员评论 with later days;
- an 智能审校 system's report exported as text (UTF-16 with a BOM, CRLF): the report's title, 文件名称 (the headline
  with .docx, or a file's own name), 审校时间 on or about the story's day, 审校字数 and mode, the 差错 tally, the
  差错列表 table on tabs with each flag's type, a fragment of the text in …, the suggestion and the place, 全文, the
  headline, 来源 and the day, the paragraphs, and the system's note;
- a county's 通讯员培训 handout on good news writing saved as text (UTF-8 with a BOM, CRLF): the course's series
  and title, the lecturer and a later day, 一、范文, the headline in 《》 (or 范文（标题略）), （刊发于 the outlet
  and the day）, the paragraphs with 【点评】 comments after the first and between some others, 【总评】, 二、写作要点
  with numbered points and 三、课后练习 with a later deadline and a mailbox.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels, or with markup: a Title: or a setext heading, a Series' index label, a document's key, an XML element
or a TextCode, a folded description's escapes, 《》, brackets) are the capture's metadata and are not listed, nor are
lines that hold the headline, the date or the outlet among other words (a page's title with its site, a 领学 line, a
file's name, an agenda's item). A block of short lines (headers, a menu, a list, a table of fields, runs of session
or XML lines) is listed as one string: squashed, it is one run of the text. Where a form's markup stands between
two lines of one paragraph (an OFD's tags, with a page's foot and the next page's head), each such stretch is
listed, and so are the entities XML writes for the text's own marks.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 14/" + name are `LOCKED_T14`, the other six `DEV_T14`. Round 14 is sealed: not scored when
written, to be scored once, both halves, at the end of the text path's next change.
"""

from __future__ import annotations

import base64
import datetime as dt
import random
import re
from collections.abc import Callable

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import (
    PROVINCES,
    _after,
    _capture,
    _crlf,
    _moment,
    _numbers,
    _run,
    _token,
    _unpadded,
)

TEXT_FORMS14: dict[str, Layout] = {}
NAMES = [
    "苏文博",
    "景晓红",
    "骆建军",
    "詹丽华",
    "饶国强",
    "窦雅琴",
    "尚志远",
    "钮春燕",
    "邢宏伟",
    "仲玉兰",
    "栾德明",
    "鄢素芬",
]
AREA_CODES = ["0794", "0550", "0722", "0576", "0832", "0597", "0745", "0394"]
# Titles of other items a capture lists (other pages, other records, other materials): none is about the story.
OTHERS = [
    "县水利局开展汛前水库安全检查",
    "全县中考考点考务培训会召开",
    "区图书馆开展书香进万家阅读活动",
    "县农业农村局推广水稻机插秧技术",
    "街道开展夏季燃气安全大排查",
    "县卫健委启动基层医生能力提升培训",
    "全县防汛抢险应急演练举行",
    "区退役军人服务中心开展政策宣讲",
    "县城管局集中整治占道经营",
    "县税务局开展便民办税春风行动",
]
# Short texts of the first five of those items, where a capture prints one: none is about the story.
OTHER_TEXTS = [
    "检查组先后来到五座小型水库，查看大坝、溢洪道和放水设施，要求管护人员汛期严格落实二十四小时值班。",
    "培训会就考场布置、试卷保管、考生身份核验等环节作了详细讲解，全体考务人员签订保密责任书。",
    "活动期间，图书馆向社区居民赠送少儿读物八百余册，并组织志愿者开展亲子共读。",
    "技术人员在田间现场演示机插秧操作要领，周边农户纷纷前来观摩学习。",
    "排查人员逐户检查燃气管道、阀门和报警装置，现场发放安全用气宣传资料。",
]
TOLD = dict(zip(OTHERS, OTHER_TEXTS, strict=False))
HEX = "0123456789abcdef"
BEIJING = dt.timezone(dt.timedelta(hours=8))


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS14)


def _host(rng: random.Random) -> str:
    return f"www.{_token(rng, 4)}example-t14.gov.cn"


def _uuid(rng: random.Random) -> str:
    value = _token(rng, 32, HEX)
    return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"


def _page_address(host: str, day: dt.date | None, doc: int, column: str = "zsyz/zsdt") -> str:
    if day is None:
        return f"http://{host}/{column}/{doc}.html"
    return f"http://{host}/{column}/{day:%Y%m}/t{day:%Y%m%d}_{doc}.html"


# ---------------------------------------------------------------- a corpus builder's own tools


@text_form("jina_reader_markdown_links_setext")
def jina_reader_markdown_links_setext(story: Story) -> Wrapped:
    """A page fetched through an LLM reader (r.jina.ai-like) and saved (UTF-8): Title:, URL Source:, maybe
    Published Time:, Markdown Content: with the logo, the menu and crumb as links, the headline as a setext or ###
    heading or a plain line, the info line, the paragraphs, the tools, 上一篇/下一篇 and the footer."""
    rng = _rng(story, "jina_reader_markdown_links_setext")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    host = _host(rng)
    root = f"http://{host}"
    column = rng.choice(["招商动态", "投资促进", "项目建设"])
    doc = rng.randrange(10**5, 10**6)
    address = _page_address(host, story.published, doc)
    shows_headline = bool(story.headline) and rng.random() < 0.7
    title = f"Title: {story.headline}_{column}_{site}" if shows_headline else f"Title: {column}_{site}"
    moment = _moment(story.published, rng)
    published = f"Published Time: {moment:%Y-%m-%dT%H:%M:%S}+08:00" if moment and rng.random() < 0.5 else None
    logo = f"[![Image 1: {site}]({root}/images/logo.png)]({root}/)"
    menu = [("首页", ""), ("政务公开", "zwgk/"), ("政务服务", "zwfw/"), ("招商引资", "zsyz/"), ("互动交流", "hdjl/")]
    nav = "\n".join(f"*   [{name}]({root}/{path})" for name, path in [*menu, (f"走进{place[:2]}", "zjxq/")])
    crumb = f"当前位置：[首页]({root}/) > [招商引资]({root}/zsyz/) > [{column}]({root}/zsyz/zsdt/)"
    style = rng.choice(["h1", "h2", "h3", "div"])
    if not story.headline:
        heading = None
    elif style == "h1":
        heading = f"{story.headline}\n==============="
    elif style == "h2":
        heading = f"{story.headline}\n---------------"
    elif style == "h3":
        heading = f"### {story.headline}"
    else:
        heading = story.headline
    info = _run(
        [
            f"发布时间：{moment:%Y-%m-%d %H:%M}" if moment else None,
            f"来源：{story.outlet}" if story.outlet else None,
        ],
        "　",
    )
    counter = f"浏览次数：{rng.randrange(30, 5000)}"
    font = "【字体：[大](javascript:void(0)) [中](javascript:void(0)) [小](javascript:void(0))】"
    lines = list(story.lines)
    picture = None
    if rng.random() < 0.5:
        stamp = (story.published or dt.date(2021, 11, 3)).strftime("%Y%m")
        picture = f"![Image 2]({root}/zsyz/zsdt/{stamp}/W0{stamp}{rng.randrange(10**8, 10**9)}.jpg)"
    tools = "[【打印本页】](javascript:window.print()) [【关闭窗口】](javascript:window.close())"
    before, after = rng.sample(OTHERS, 2)
    neighbours = (
        f"上一篇：[{before}]({root}/zsyz/zsdt/{doc - rng.randrange(1, 30)}.html)\n\n"
        f"下一篇：[{after}]({root}/zsyz/zsdt/{doc + rng.randrange(1, 30)}.html)"
    )
    icp, police = _numbers(rng)
    footer = (
        f"主办单位：{place}人民政府办公室　承办单位：{place}大数据发展中心\n\n"
        f"[{icp}](https://beian.miit.gov.cn/)　![Image 3]({root}/images/ga.png){police}\n\n"
        f"网站标识码：{rng.randrange(10**9, 10**10)}"
    )
    blocks: list[tuple[str | None, bool]] = [
        (title, not shows_headline),
        (f"URL Source: {address}", True),
        (published, False),
        ("Markdown Content:\n" + logo, True),
        (nav, True),
        (crumb, True),
        (heading, False),
        (f"{info}　{counter}" if info else None, False),
        (None if info else counter, True),
        (font, True),
        (lines[0], False),
        (picture, True),
        *((line, False) for line in lines[1:]),
        (tools, True),
        (neighbours, True),
        (footer, True),
    ]
    text, furniture = _capture(blocks, "\n\n")
    # The counter beside the info line is the page's: listed apart.
    return Wrapped(text, (*furniture, *([counter] if info else [])), f"https://r.jina.ai/{address}", kind="text")


@text_form("commoncrawl_wet_records_crlf_headers")
def commoncrawl_wet_records_crlf_headers(story: Story) -> Wrapped:
    """Records cut from a Common Crawl WET file (UTF-8, the WARC headers in CRLF, the text in LF): maybe the
    warcinfo record, another site's record, the story's record with its headers and its text a block a line, and the
    next record."""
    rng = _rng(story, "commoncrawl_wet_records_crlf_headers")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    host = _host(rng)
    crawled = _after(story.published, rng, 8, 90) - dt.timedelta(hours=8)
    week = crawled.isocalendar()[1]
    crawl = f"CC-MAIN-{crawled.year}-{week:02d}"
    segment = f"{crawled:%Y%m%d}{rng.randrange(10**5, 10**6)}"

    def digest() -> str:
        return "sha1:" + base64.b32encode(rng.randbytes(20)).decode()

    def record(kind: str, fields: list[str], body: str) -> str:
        header = [
            "WARC/1.0",
            f"WARC-Type: {kind}",
            *fields,
            f"Content-Length: {len(body.encode('utf-8'))}",
        ]
        return "\r\n".join(header) + "\r\n\r\n" + body

    def conversion(uri: str, when: dt.datetime, body: str, language: str) -> str:
        return record(
            "conversion",
            [
                f"WARC-Target-URI: {uri}",
                f"WARC-Date: {when:%Y-%m-%dT%H:%M:%SZ}",
                f"WARC-Record-ID: <urn:uuid:{_uuid(rng)}>",
                f"WARC-Refers-To: <urn:uuid:{_uuid(rng)}>",
                f"WARC-Block-Digest: {digest()}",
                f"WARC-Identified-Content-Language: {language}",
                "Content-Type: text/plain",
            ],
            body,
        )

    info_record = None
    if rng.random() < 0.3:
        fields = "\r\n".join(
            [
                f"Software-Info: ia-web-commons.1.1.10-SNAPSHOT-{crawled:%Y%m%d}045346",
                f"Extracted-Date: {crawled:%a, %d %b %Y %H:%M:%S} GMT",
                "robots: checked via crawler-commons 1.2-SNAPSHOT (https://github.com/crawler-commons/crawler-commons)",
                f"isPartOf: {crawl}",
                "operator: Common Crawl Admin (Admin@commoncrawl.org)",
                f"description: Wide crawl of the web for {crawled:%B %Y}",
                "publisher: Common Crawl",
            ]
        )
        info_record = record(
            "warcinfo",
            [
                f"WARC-Date: {crawled:%Y-%m-%dT%H:%M:%SZ}",
                f"WARC-Filename: {crawl}-{segment}-{rng.randrange(10**5):05d}.warc.wet.gz",
                f"WARC-Record-ID: <urn:uuid:{_uuid(rng)}>",
                "Content-Type: application/warc-fields",
            ],
            fields,
        )
    other_title = rng.choice(list(TOLD))
    other_place = rng.choice([p for p in PLACES if p != place])
    other_body = "\n".join(
        [
            f"{other_title}-{other_place}融媒体中心",
            f"{other_place}融媒体中心",
            "首页\n新闻\n视频\n专题\n报料",
            other_title,
            f"来源：{other_place}融媒体中心　{(crawled - dt.timedelta(days=rng.randrange(3, 40))):%Y-%m-%d}",
            TOLD[other_title],
            "责任编辑：" + rng.choice(NAMES),
        ]
    )
    other = conversion(
        f"http://www.{_token(rng, 5)}example-t14.cn/news/{rng.randrange(10**5, 10**6)}.html",
        crawled - dt.timedelta(seconds=rng.randrange(5, 400)),
        other_body,
        "zho",
    )
    doc = rng.randrange(10**5, 10**6)
    address = _page_address(host, story.published, doc)
    column = rng.choice(["招商动态", "投资促进", "项目建设"])
    page_title = f"{story.headline}-{site}" if story.headline and rng.random() < 0.7 else f"{column}-{site}"
    titled = bool(story.headline) and page_title.startswith(story.headline)
    menu = "\n".join([site, "首页", "政务公开", "政务服务", "互动交流", "招商引资", f"走进{place[:2]}"])
    crumb = f"当前位置：首页 > 招商引资 > {column}"
    info = _run(
        [
            f"发布时间：{story.published:%Y-%m-%d}" if story.published else None,
            f"来源：{story.outlet}" if story.outlet else None,
        ],
        "　",
    )
    counter = f"浏览次数：{rng.randrange(20, 3000)}"
    font = "【字体：大 中 小】"
    tools = "【打印本页】 【关闭窗口】"
    before, after = rng.sample(OTHERS, 2)
    icp, police = _numbers(rng)
    tail = "\n".join(
        [
            f"上一篇：{before}",
            f"下一篇：{after}",
            f"主办单位：{place}人民政府办公室 承办单位：{place}大数据发展中心",
            f"网站标识码：{rng.randrange(10**9, 10**10)} {icp} {police}",
        ]
    )
    parts: list[tuple[str | None, bool]] = [
        (page_title, not titled),
        (menu + "\n" + crumb, True),
        (story.headline, False),
        (info, False),
        (counter + "\n" + font, True),
        *((line, False) for line in story.lines),
        (tools, True),
        (tail, True),
    ]
    body, body_furniture = _capture(parts)
    own = conversion(address, crawled, body, rng.choice(["zho", "zho,eng"]))
    own_header = own[: own.index("\r\n\r\n")]
    next_body = "\n".join(
        [
            "Hotel Booking - Best Rates Guaranteed",
            "Home\nRooms\nOffers\nContact",
            "Book directly with us and save up to 15% on your next stay.",
        ]
    )
    following = conversion(
        f"https://www.{_token(rng, 6)}-example.com/offers?ref={_token(rng, 4)}",
        crawled + dt.timedelta(seconds=rng.randrange(5, 400)),
        next_body,
        "eng",
    )
    records = [info_record, other, own, following]
    text = "\r\n\r\n".join(r for r in records if r) + "\r\n\r\n"
    furniture = (*([info_record] if info_record else []), other, own_header, *body_furniture, following)
    return Wrapped(text, furniture, f"file:///data/cc/{crawl}/{segment}.warc.wet", kind="text")


@text_form("ipython_pandas_row_series_print")
def ipython_pandas_row_series_print(story: Story) -> Wrapped:
    """An IPython session pasted from a terminal (UTF-8): maybe the banner, the prompts reading the articles and
    picking the row, its title, source and pub_date as a Series' repr or printed, print(row.content), its length and
    the next prompt."""
    rng = _rng(story, "ipython_pandas_row_series_print")
    host = _host(rng)
    doc = rng.randrange(10**5, 10**6)
    address = _page_address(host, story.published, doc)
    banner = rng.choice(
        [
            "Python 3.8.10 (tags/v3.8.10:3d8993a, May  3 2021, 11:48:03) [MSC v.1928 64 bit (AMD64)]\n"
            "Type 'copyright', 'credits' or 'license' for more information\n"
            "IPython 7.25.0 -- An enhanced Interactive Python. Type '?' for help.\n",
            "Python 3.10.12 (main, Nov 20 2023, 15:14:05) [GCC 11.4.0]\n"
            "Type 'copyright', 'credits' or 'license' for more information\n"
            "IPython 8.18.1 -- An enhanced Interactive Python. Type '?' for help.\n",
            None,
        ]
    )
    count = 0

    def prompt(code: str) -> str:
        nonlocal count
        count += 1
        return f"In [{count}]: {code}"

    def out(value: str) -> str:
        return f"Out[{count}]: {value}" if "\n" not in value else f"Out[{count}]: \n{value}"

    source_file = rng.choice(
        [
            ("zsyz_articles.csv", "pd.read_csv('zsyz_articles.csv')"),
            ("zsyz_articles.xlsx", "pd.read_excel('zsyz_articles.xlsx')"),
            ("articles.jsonl", "pd.read_json('articles.jsonl', lines=True)"),
        ]
    )[1]
    # A JSON file's null is None in the frame; a CSV's or a sheet's empty cell is NaN.
    missing = "None" if "read_json" in source_file else "NaN"
    rows = rng.randrange(300, 4000)
    index = rng.randrange(rows)
    setup = [
        prompt("import pandas as pd"),
        "",
        prompt(f"df = {source_file}"),
        "",
        prompt("df.shape"),
        out(f"({rows}, 7)"),
        "",
        prompt("df.columns"),
        out(
            "Index(['url', 'title', 'source', 'pub_date', 'content', 'column',\n       'crawl_time'],\n"
            "      dtype='object')"
        ),
        "",
    ]
    pick = rng.choice([f"row = df.loc[{index}]", f"row = df[df.url == '{address}'].iloc[0]"])
    setup += [prompt(pick), ""]
    moment = _moment(story.published, rng)
    timed = rng.random() < 0.5
    pub = (f"{moment:%Y-%m-%d %H:%M:%S}" if timed else f"{story.published:%Y-%m-%d}") if moment else None
    values = [
        ("title", story.headline),
        ("source", story.outlet),
        ("pub_date", pub),
    ]
    blocks: list[tuple[str | None, bool]] = [(banner, True), ("\n".join(setup), True)]
    if rng.random() < 0.5:
        shown = [*values, ("url", address)]
        width = max(len(label) for label, _ in shown)
        span = max(len(value or missing) for _, value in shown)
        blocks.append((prompt("row[['title', 'source', 'pub_date', 'url']]") + f"\nOut[{count}]: ", True))
        for label, value in shown:
            line = f"{label:<{width}}    {(value or missing):>{span}}"
            blocks.append((line, label == "url" or value is None))
        blocks.append((f"Name: {index}, dtype: object\n", True))
    else:
        blocks.append((prompt("print(row.title, row.source, row.pub_date, sep='\\n')"), True))
        for _, value in values:
            blocks.append((value or missing.lower().replace("none", "None"), value is None))
        blocks.append(("", False))
    indent = "\u3000\u3000" if rng.random() < 0.5 else ""
    blocks.append((prompt("print(row.content)"), True))
    blocks += [(indent + line, False) for line in story.lines]
    length = sum(len(indent) + len(line) for line in story.lines) + len(story.lines) - 1
    blocks.append(("\n" + prompt("len(row.content)") + "\n" + out(str(length)) + f"\n\nIn [{count + 1}]: ", True))
    text, furniture = _capture(blocks)
    return Wrapped(text + "\n", furniture, f"file:///home/zsyz/notes/ipython-{doc}.txt", kind="text")


def _js_string(value: str, indent: int) -> str:
    """A string as Node's inspect prints it in mongosh: cut after every newline into quoted pieces joined by +."""

    def quoted(piece: str) -> str:
        quote = "'" if "'" not in piece or '"' in piece else '"'
        escaped = piece.replace("\\", "\\\\").replace(quote, "\\" + quote).replace("\n", "\\n").replace("\t", "\\t")
        return f"{quote}{escaped}{quote}"

    if "\n" not in value or len(value) <= 16:
        return quoted(value)
    pieces = [piece for piece in re.split(r"(?<=\n)", value) if piece]
    return f" +\n{' ' * (indent + 2)}".join(quoted(piece) for piece in pieces)


@text_form("mongosh_findone_string_pieces")
def mongosh_findone_string_pieces(story: Story) -> Wrapped:
    """A mongosh session pasted from a terminal (UTF-8): maybe the banner, use and a count, findOne with the page's
    address, the document (ObjectId, url, title, source, the time as an ISODate in UTC or a string, content cut at its
    newlines into quoted pieces joined by +, a later crawl_time) and the next prompt."""
    rng = _rng(story, "mongosh_findone_string_pieces")
    host = _host(rng)
    doc = rng.randrange(10**5, 10**6)
    address = _page_address(host, story.published, doc)
    version, server, newer = rng.choice(
        [("1.0.5", "4.4.6", False), ("1.10.6", "5.0.19", False), ("2.1.1", "7.0.4", True)]
    )
    quote = "'" if newer else '"'
    database = rng.choice(["zsyz", "gov_news", "spider"])
    crawled = _after(story.published, rng, 0, 20) - dt.timedelta(hours=8)
    stamp = crawled.replace(tzinfo=dt.timezone.utc)  # an ObjectId opens with the seconds of its making
    banner = None
    if rng.random() < 0.6:
        banner = "\n".join(
            [
                f"Current Mongosh Log ID:\t{_token(rng, 24, HEX)}",
                "Connecting to:\t\tmongodb://127.0.0.1:27017/?directConnection=true&serverSelectionTimeoutMS=2000"
                f"&appName=mongosh+{version}",
                f"Using MongoDB:\t\t{server}",
                f"Using Mongosh:\t\t{version}",
                "",
                "For mongosh info see: https://docs.mongodb.com/mongodb-shell/",
                "",
            ]
        )
    commands = "\n".join(
        [
            f"test> use {database}",
            f"switched to db {database}",
            f"{database}> db.articles.countDocuments()",
            str(rng.randrange(300, 20000)),
            f"{database}> db.articles.findOne({{ url: '{address}' }})",
            "{",
            f"  _id: ObjectId({quote}{int(stamp.timestamp()):08x}{_token(rng, 16, HEX)}{quote}),",
            f"  url: {_js_string(address, 2)},",
        ]
    )
    moment = _moment(story.published, rng)
    form = rng.choice(["iso", "midnight", "string"])
    if moment is None:
        published = "  pub_time: null,"
    elif form == "iso":
        published = f"  pub_time: ISODate({quote}{moment - dt.timedelta(hours=8):%Y-%m-%dT%H:%M:%S}.000Z{quote}),"
    elif form == "midnight":
        midnight = dt.datetime.combine(story.published, dt.time()) - dt.timedelta(hours=8)
        published = f"  pub_time: ISODate({quote}{midnight:%Y-%m-%dT%H:%M:%S}.000Z{quote}),"
    else:
        published = f"  pub_time: '{moment:%Y-%m-%d %H:%M}',"
    title = f"  title: {_js_string(story.headline, 2)}," if story.headline else "  title: '',"
    source = f"  source: {_js_string(story.outlet, 2)}," if story.outlet else "  source: null,"
    indent = "\u3000\u3000" if rng.random() < 0.5 else ""
    content = "\n".join(indent + line for line in story.lines)
    middle = f"  author: {_js_string(rng.choice(NAMES), 2)}," if rng.random() < 0.5 else "  author: '',"
    images = rng.choice(["[]", f"[ 'http://{host}/zsyz/zsdt/{doc}/W0{rng.randrange(10**8, 10**9)}.jpg' ]"])
    rest = "\n".join(
        [
            f"  images: {images},",
            f"  crawl_time: ISODate({quote}{crawled:%Y-%m-%dT%H:%M:%S}.{rng.randrange(1000):03d}Z{quote}),",
            f"  spider: '{rng.choice(['gov_zsyz', 'county_news', 'zsdt_spider'])}'",
            "}",
            f"{database}> ",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (banner, True),
        (commands, True),
        (title, not story.headline),
        (source, not story.outlet),
        (published, moment is None),
        (middle, True),
        (f"  content: {_js_string(content, 2)},", False),
        (rest, True),
    ]
    text, furniture = _capture(blocks)
    return Wrapped(
        text + "\n",
        (*furniture, "content: '"),
        f"file:///home/spider/mongosh-{crawled:%Y%m%d}.log",
        kind="text",
    )


# An OFD page's 公文 layout: the type area 156 mm wide from 28 mm, 22 lines 10.2 mm apart from 37 mm down.
SANHAO, ERHAO, SIHAO = 5.6444, 7.7611, 4.9389
LEFT, TOP, WIDTH, PITCH, ROWS = 28.0, 37.0, 156.0, 10.2, 22
CLOSING_MARKS = "，。、；：？！）”’》」』】"


def _advance(char: str, size: float) -> float:
    return size / 2 if ord(char) < 0x2000 else size


def _printed_lines(text: str, size: float, indent: int) -> list[str]:
    """A paragraph set in the type area's width: the first line indented `indent` characters, a closing mark kept
    on the line it closes."""
    lines: list[str] = []
    current, used = "", indent * size
    for char in text:
        step = _advance(char, size)
        if current and used + step > WIDTH + 2.1 and char not in CLOSING_MARKS:
            lines.append(current)
            current, used = "", 0.0
        current += char
        used += step
    if current:
        lines.append(current)
    return lines


def _delta_x(line: str, size: float) -> str:
    steps = [f"{_advance(char, size):.4f}" for char in line[:-1]]
    out: list[str] = []
    index = 0
    while index < len(steps):
        end = index
        while end < len(steps) and steps[end] == steps[index]:
            end += 1
        out.append(f"g {end - index} {steps[index]}" if end - index > 1 else steps[index])
        index = end
    return " ".join(out)


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@text_form("ofd_unzip_content_xml_textcode")
def ofd_unzip_content_xml_textcode(story: Story) -> Wrapped:
    """An OFD file's XML dumped with unzip -c (UTF-8, pretty-printed or a file a line): OFD.xml's DocInfo, then each
    page's Content.xml with every printed line a TextObject and TextCode (the headline centred, the day, 来源, the
    paragraphs in lines of twenty-eight characters) and a page number at each page's foot."""
    rng = _rng(story, "ofd_unzip_content_xml_textcode")
    made = _after(story.published, rng, 0, 6)
    name = f"{made:%Y%m%d}{rng.choice(['讲话', '信息稿', '新闻稿'])}.ofd"
    pretty = rng.random() < 0.5
    step = "\n" if pretty else ""

    def pad(depth: int) -> str:
        return "  " * depth if pretty else ""

    segments: list[tuple[str, bool]] = []

    def markup(text: str) -> None:
        segments.append((text, True))

    def shown(text: str) -> None:
        segments.append((_xml_text(text), False))

    author = rng.choice(NAMES)
    titled = bool(story.headline) and rng.random() < 0.6
    declaration = '<?xml version="1.0" encoding="UTF-8"?>'
    markup(
        f"Archive:  {name}\n  inflating: OFD.xml                 \n{declaration}{step}"
        f'<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD">{step}'
        f"{pad(1)}<ofd:DocBody>{step}{pad(2)}<ofd:DocInfo>{step}"
        f"{pad(3)}<ofd:DocID>{_token(rng, 32, HEX)}</ofd:DocID>{step}{pad(3)}<ofd:Title>"
    )
    if titled:
        shown(story.headline or "")
    else:
        markup(f"Microsoft Word - {made:%m%d}{rng.choice(['讲话稿', '信息', '定稿'])}.docx")
    markup(
        f"</ofd:Title>{step}{pad(3)}<ofd:Author>{author}</ofd:Author>{step}"
        f"{pad(3)}<ofd:CreationDate>{made:%Y-%m-%d}</ofd:CreationDate>{step}"
        f"{pad(3)}<ofd:Creator>{rng.choice(['OFD Writer', 'Suwell OFD Convertor', 'ofdrw'])}</ofd:Creator>{step}"
        f"{pad(3)}<ofd:CreatorVersion>{rng.randrange(1, 4)}.{rng.randrange(10)}.{rng.randrange(30)}"
        f"</ofd:CreatorVersion>{step}{pad(2)}</ofd:DocInfo>{step}{pad(2)}<ofd:DocRoot>Doc_0/Document.xml"
        f"</ofd:DocRoot>{step}{pad(1)}</ofd:DocBody>{step}</ofd:OFD>\n"
    )
    # Every printed line: its text, font, size, first-line indent (None: centred) and whether a blank row follows.
    printed: list[tuple[str, int, float, float | None]] = []
    if story.headline:
        for line in _printed_lines(story.headline, ERHAO, 0):
            printed.append((line, 3, ERHAO, None))
        printed.append(("", 0, 0.0, None))
    if story.published:
        printed.append((f"（{_unpadded(story.published)}）", 5, SANHAO, None))
    if story.outlet:
        printed.append((rng.choice(["来源：{}", "{}"]).format(story.outlet), 5, SANHAO, None))
    if story.published or story.outlet:
        printed.append(("", 0, 0.0, None))
    for paragraph in story.lines:
        for index, line in enumerate(_printed_lines(paragraph, SANHAO, 2)):
            printed.append((line, 4, SANHAO, 2 * SANHAO if index == 0 else 0.0))
    ident = 10
    page = 0

    def page_open(number: int) -> str:
        nonlocal ident
        ident += 1
        head = f"  inflating: Doc_0/Pages/Page_{number}/Content.xml  \n"
        return (
            f"{head}{declaration}{step}"
            f'<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016">{step}{pad(1)}<ofd:Content>{step}'
            f'{pad(2)}<ofd:Layer ID="{ident}" Type="Body">{step}'
        )

    def page_close(number: int) -> str:
        nonlocal ident
        ident += 1
        mark = f"— {number + 1} —"
        width = sum(_advance(char, SIHAO) for char in mark)
        x = LEFT + WIDTH - SIHAO - width if number % 2 == 0 else LEFT + SIHAO
        foot = (
            f'{pad(3)}<ofd:TextObject ID="{ident}" Boundary="{x:.4f} {TOP + ROWS * PITCH + 7:.4f} {width:.4f} '
            f'{SIHAO * 1.2:.4f}" Font="6" Size="{SIHAO:.4f}">{step}{pad(4)}<ofd:FillColor Value="0 0 0"/>{step}'
            f'{pad(4)}<ofd:TextCode X="0" Y="{SIHAO * 0.88:.4f}" DeltaX="{_delta_x(mark, SIHAO)}">{mark}'
            f"</ofd:TextCode>{step}{pad(3)}</ofd:TextObject>{step}"
        )
        return f"{foot}{pad(2)}</ofd:Layer>{step}{pad(1)}</ofd:Content>{step}</ofd:Page>\n"

    markup(page_open(page))
    row = 0
    for line, font, size, indent in printed:
        if row == ROWS:
            markup(page_close(page))
            page += 1
            row = 0
            markup(page_open(page))
        if not line:
            row += 1
            continue
        width = sum(_advance(char, size) for char in line)
        x = LEFT + (WIDTH - width) / 2 if indent is None else LEFT + indent
        ident += 1
        delta = _delta_x(line, size)
        markup(
            f'{pad(3)}<ofd:TextObject ID="{ident}" Boundary="{x:.4f} {TOP + row * PITCH:.4f} {width:.4f} '
            f'{size * 1.2:.4f}" Font="{font}" Size="{size:.4f}">{step}{pad(4)}<ofd:FillColor Value="0 0 0"/>{step}'
            f'{pad(4)}<ofd:TextCode X="0" Y="{size * 0.88:.4f}"' + (f' DeltaX="{delta}"' if delta else "") + ">"
        )
        shown(line)
        markup(f"</ofd:TextCode>{step}{pad(3)}</ofd:TextObject>{step}")
        row += 1
    markup(page_close(page))
    merged: list[tuple[str, bool]] = []
    for text, listed in segments:
        if listed and merged and merged[-1][1]:
            merged[-1] = (merged[-1][0] + text, True)
        else:
            merged.append((text, listed))
    text = "".join(text for text, _ in merged)
    # The entities XML writes for what the text holds (&amp;, &lt;, &gt;) are the markup's marks.
    entities = sorted({entity for entity in ("&amp;", "&lt;", "&gt;") if any(entity in t for t, _ in segments)})
    furniture = (*(text for text, listed in merged if listed), *entities)
    return Wrapped(text, furniture, f"file:///home/corpus/ofd/{name}.xml.txt", kind="text")


def _ics_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _folded(line: str) -> str:
    """A content line folded as RFC 5545 asks: at most 75 octets a line, each further line behind a space."""
    rows: list[str] = []
    current, size = "", 0
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > 75:
            rows.append(current)
            current, size = " ", 1
        current += char
        size += octets
    rows.append(current)
    return "\r\n".join(rows)


@text_form("outlook_ics_description_folded_crlf")
def outlook_ics_description_folded_crlf(story: Story) -> Wrapped:
    """A meeting invitation saved from Outlook as an .ics file (UTF-8, CRLF, lines folded at 75 octets): the
    calendar's lines, the attendees, DESCRIPTION with the note, the headline, 来源 and the day and the paragraphs
    behind \\n escapes, the contact, the later meeting's times, place, organizer and SUMMARY, and Outlook's lines."""
    rng = _rng(story, "outlook_ics_description_folded_crlf")
    place = rng.choice(PLACES)
    day = _after(story.published, rng, 2, 12)
    start = day.replace(hour=rng.choice([9, 10, 14, 15]), minute=rng.choice([0, 30]), second=0)
    end = start + dt.timedelta(hours=rng.choice([1, 2]))
    created = start - dt.timedelta(days=rng.randrange(1, 4), hours=rng.randrange(0, 6), minutes=rng.randrange(60))
    created_utc = created - dt.timedelta(hours=8)
    organizer, *attendees = rng.sample(NAMES, 4)
    domain = f"{_token(rng, 5)}.example-t14.gov.cn"
    mail = {name: f"{_token(rng, 6)}@{domain}" for name in [organizer, *attendees]}
    summary = f"{place}招商引资工作{rng.choice(['周调度会', '专题推进会', '例会'])}"
    note = rng.choice(
        [
            "请提前阅读以下材料，会上请各单位结合材料交流本周招商工作进展。",
            "现将有关报道转发给大家，请会前认真学习，会上作简要交流。",
        ]
    )
    lead = f"各位同事：\n　　{note}\n\n"
    head = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "X-MS-OLK-FORCEINSPECTOROPEN:TRUE",
        "BEGIN:VTIMEZONE",
        "TZID:China Standard Time",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0800",
        "TZOFFSETTO:+0800",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        *(
            f'ATTENDEE;CN="{name}";RSVP=TRUE:mailto:{mail[name]}'
            if rng.random() < 0.5
            else f"ATTENDEE;CN={name};RSVP=TRUE:mailto:{mail[name]}"
            for name in attendees
        ),
        "CLASS:PUBLIC",
        f"CREATED:{created_utc:%Y%m%dT%H%M%SZ}",
    ]
    opening = "DESCRIPTION;LANGUAGE=zh-cn:" + _ics_escaped(lead)
    gap = rng.choice(["\n", "\n\n"])
    source = _run(
        [f"来源：{story.outlet}" if story.outlet else None, _unpadded(story.published) if story.published else None],
        "　",
    )
    told = "".join(_ics_escaped(part + "\n") for part in [story.headline, source] if part)
    paragraphs = _ics_escaped(gap.join(story.lines))
    phone = f"{rng.choice(AREA_CODES)}-{rng.randrange(10**6, 10**7)}"
    contact = _ics_escaped(f"会议联系人：{organizer}，电话：{phone}") + "\\n"
    description = opening + told + paragraphs + _ics_escaped("\n\n") + contact
    tail = [
        f'DTEND;TZID="China Standard Time":{end:%Y%m%dT%H%M%S}',
        f"DTSTAMP:{created_utc:%Y%m%dT%H%M%SZ}",
        f'DTSTART;TZID="China Standard Time":{start:%Y%m%dT%H%M%S}',
        f"LAST-MODIFIED:{created_utc:%Y%m%dT%H%M%SZ}",
        f"LOCATION;LANGUAGE=zh-cn:{place}人民政府{rng.choice(['三楼', '四楼'])}第{rng.randrange(1, 4)}会议室",
        f'ORGANIZER;CN="{organizer}":mailto:{mail[organizer]}',
        "PRIORITY:5",
        "SEQUENCE:0",
        f"SUMMARY;LANGUAGE=zh-cn:{summary}",
        "TRANSP:OPAQUE",
        f"UID:040000008200E00074C5B7101A82E008000000{_token(rng, 56, '0123456789ABCDEF')}",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MS-OLK-AUTOSTARTCHECK:FALSE",
        "X-MS-OLK-CONFTYPE:0",
        "BEGIN:VALARM",
        "TRIGGER:-PT15M",
        "ACTION:DISPLAY",
        "DESCRIPTION:Reminder",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    text = "\r\n".join(_folded(line) for line in [*head, description, *tail]) + "\r\n"
    furniture = ("\r\n".join([*head, opening]), "\r\n".join([contact, *tail]))
    return Wrapped(text, furniture, f"file:///C:/Users/Administrator/Downloads/{summary}.ics", kind="text")


# ---------------------------------------------------------------- the uses offices put an article to


SHENLUN_OTHERS = [
    [
        "近年来，某镇把农村人居环境整治作为乡村振兴的“第一场硬仗”，组织党员干部带头清垃圾、拆违建、改厕所。",
        "“以前一下雨满街泥，现在家门口就是小公园。”村民老周说。但也有村干部坦言，部分整治点位管护资金不足，"
        "“一阵风”之后容易反弹。",
    ],
    [
        "在某市的一个老旧小区，居民自发成立了“楼道议事会”，加装电梯、停车管理等难题都拿到议事会上商量。",
        "社区书记说，过去是“干部干、群众看”，现在是“大家的事大家办”，但议事会如何长效运转，还需要制度保障。",
    ],
    [
        "某县在全省率先推行“一件事一次办”改革，企业开办时间压缩到一个工作日以内。",
        "一位企业负责人表示，审批快了，但个别部门“门好进、脸好看，事难办”的现象仍然存在。",
    ],
]


@text_form("shenlun_geiding_ziliao_gb18030")
def shenlun_geiding_ziliao_gb18030(story: Story) -> Wrapped:
    """A 公务员考试 《申论》 mock paper saved as text (GB18030, CRLF): the exam, 注意事项, 给定资料 with the story as
    one of three materials (maybe the headline in 《》 or on a line), （摘编自 …）, the others, and 作答要求."""
    rng = _rng(story, "shenlun_geiding_ziliao_gb18030")
    province = rng.choice(PROVINCES)
    exam = _after(story.published, rng, 60, 400)
    head = "\n".join(
        [
            f"{exam.year}年{province}公务员录用考试",
            f"《申论》{rng.choice(['模拟试卷', '全真模拟卷', '考前冲刺卷'])}"
            f"（{rng.choice(['县乡卷', '市县卷', '行政执法卷'])}）",
            "注意事项",
            "1．本题本由给定资料与作答要求两部分构成。考试时限为150分钟。其中，阅读给定资料参考时限为40分钟，"
            "作答参考时限为110分钟。满分100分。",
            "2．请在答题卡上指定位置填写自己的姓名、准考证号，并用2B铅笔填涂准考证号。",
            "3．请用黑色字迹的钢笔或签字笔在答题卡上指定的区域内作答，超出答题区域的作答无效！",
            "4．所有题目一律使用现代汉语作答，未按要求作答的，不得分。",
            "严禁折叠答题卡！",
            "",
            "给定资料",
        ]
    )
    position = rng.randrange(1, 4)
    others = rng.sample(SHENLUN_OTHERS, 2)
    label_line = rng.random() < 0.5
    mode = rng.choice(["intro", "line", "none"]) if story.headline else "none"

    def material(number: int, paragraphs: list[str]) -> str:
        if label_line:
            return "\n".join([f"资料{number}", *(f"　　{p}" for p in paragraphs)])
        return "\n".join([f"　　{number}．{paragraphs[0]}", *(f"　　{p}" for p in paragraphs[1:])])

    blocks: list[tuple[str | None, bool]] = [(head, True)]
    other_numbers = [n for n in (1, 2, 3) if n != position]
    for number in (1, 2, 3):
        if number != position:
            blocks.append((material(number, others[other_numbers.index(number)]), True))
            continue
        lines = list(story.lines)
        if label_line:
            # The material's number stands on a line after the furniture before it: one run with it.
            blocks[-1] = (f"{blocks[-1][0]}\n资料{number}", True)
        if mode == "intro":
            blocks.append((f"　　以下是有关媒体刊发的《{story.headline}》一文：", False))
        elif mode == "line":
            blocks.append((f"　　{story.headline}", False))
        first = f"　　{lines[0]}" if label_line or mode != "none" else f"　　{number}．{lines[0]}"
        if not label_line and mode != "none":
            blocks[-1] = (blocks[-1][0].replace("　　", f"　　{number}．", 1), False)
        blocks.append((first, False))
        blocks += [(f"　　{line}", False) for line in lines[1:]]
        day = _unpadded(story.published) if story.published else None
        if story.outlet:
            source = f"　　（摘编自{_run([story.outlet, day], '，')}）"
        else:
            source = f"　　（根据{day}有关媒体报道整理）" if day else None
        blocks.append((source, False))
    questions = "\n".join(
        [
            "作答要求",
            f"一、根据“给定资料{position}”，概括该地在招商引资工作中的主要做法。（15分）",
            "要求：准确、全面、有条理。不超过200字。",
            f"二、根据“给定资料{other_numbers[0]}”，分析基层工作中存在的主要问题，并提出对策建议。（20分）",
            "要求：分析透彻，对策可行。不超过300字。",
            f"三、假如你是某县投资促进局的工作人员，请根据“给定资料{position}”，为即将召开的招商推介会撰写一份发言提纲。"
            "（25分）",
            "要求：内容具体，条理清晰，符合发言提纲的格式要求。不超过400字。",
            f"四、参考给定资料，以“{rng.choice(['营商环境就是生产力', '以实干赢得发展主动', '让项目落地生根'])}”"
            "为话题，自选角度，自拟题目，写一篇文章。（40分）",
            "要求：（1）观点明确，见解深刻；（2）参考给定资料，但不拘泥于给定资料；（3）思路清晰，语言流畅；"
            "（4）总字数1000～1200字。",
        ]
    )
    blocks.append((questions, True))
    text, furniture = _capture(blocks)
    return Wrapped(
        _crlf(text) + "\r\n",
        furniture,
        f"file:///D:/公考资料/申论/{exam.year}{province}申论模拟卷.txt",
        encoding="gb18030",
        kind="text",
    )


@text_form("dangjian_sanhui_yike_jilu_lingxue")
def dangjian_sanhui_yike_jilu_lingxue(story: Story) -> Wrapped:
    """A 智慧党建 platform's 三会一课 record select-all copied (UTF-8): the platform, menu and crumb, the meeting's
    fields with a later time, 会议议题, 会议内容 with the 领学 line, maybe the headline, （来源 …）, the paragraphs, the
    members' words, the 小结, the photos, the 审核 line and the buttons."""
    rng = _rng(story, "dangjian_sanhui_yike_jilu_lingxue")
    place = rng.choice(PLACES)
    bureau = f"{place}投资促进局"
    meeting = _after(story.published, rng, 2, 25)
    kind = rng.choice(["主题党日", "支部党员大会", "党小组会", "党课"])
    host, clerk, absent, *speakers = rng.sample(NAMES, 6)
    due = rng.randrange(12, 30)
    came = due - rng.randrange(0, 3)
    top = "\n".join(
        [
            f"{place[:2]}智慧党建云平台",
            "首页　组织建设　党员管理　三会一课　主题党日　组织生活会　党费收缴　学习园地　统计分析",
            "当前位置：三会一课 > 会议记录 > 会议详情",
            "会议详情",
            f"会议名称：{bureau}机关党支部{meeting.month}月份{kind}",
            f"会议类型：{kind}　　所属支部：中共{bureau}机关支部委员会",
            f"会议时间：{meeting:%Y-%m-%d} 15:00 至 {meeting:%Y-%m-%d} 17:00",
            f"会议地点：局{rng.choice(['三楼', '四楼', '五楼'])}会议室",
            f"主持人：{host}　　记录人：{clerk}",
            f"应到人数：{due}　　实到人数：{came}　　缺席人数：{due - came}",
            "缺席人员及原因：" + (f"{absent}（{rng.choice(['出差', '病假', '外出招商'])}）" if due > came else "无"),
            "会议议题：",
        ]
    )
    first_topic = f"1. 学习《{story.headline}》" if story.headline else "1. 集中学习招商引资工作有关报道"
    topics = "2. 交流研讨如何做好新形势下招商引资工作\n3. 其他事项\n会议内容：\n（一）集中学习"
    if story.headline:
        lead = f"主持人{host}领学了《{story.headline}》一文，原文如下："
    elif story.outlet:
        lead = f"主持人{host}领学了{story.outlet}刊发的招商引资工作报道，原文如下："
    else:
        lead = f"主持人{host}领学了招商引资工作有关报道，原文如下："
    heading = story.headline if story.headline and rng.random() < 0.5 else None
    source = _run(
        [f"来源：{story.outlet}" if story.outlet else None, _unpadded(story.published) if story.published else None],
        "　",
    )
    words = [
        "作为招商一线干部，要把项目落地作为检验工作的标准，做到签约一个、跟踪一个、落地一个。",
        "要在优化营商环境上下功夫，当好服务企业的“店小二”，让客商安心投资。",
        "要学习外地先进经验，聚焦主导产业开展产业链招商，提高招商的精准度。",
    ]
    exchange = "（二）交流发言\n" + "\n".join(
        f"{name}：{word}" for name, word in zip(speakers, rng.sample(words, 3), strict=True)
    )
    close = (
        f"（三）支部书记小结\n{host}指出，全体党员要把学习成果转化为推动招商引资工作的实际行动，"
        "在项目一线践行初心使命。"
    )
    checked = meeting + dt.timedelta(days=rng.randrange(1, 6), hours=rng.randrange(0, 5))
    bottom = "\n".join(
        [
            f"会议照片（{rng.randrange(2, 6)}）",
            "附件：会议签到表.jpg",
            f"审核状态：已审核　　审核组织：{place[:2]}{place[-1]}直机关工委　　审核时间：{checked:%Y-%m-%d %H:%M}",
            "[返回]　[导出Word]　[打印]",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (top, True),
        (first_topic, not story.headline),
        (topics, True),
        (lead, not story.headline and not story.outlet),
        (heading, False),
        (f"（{source}）" if source else None, False),
        *((line, False) for line in story.lines),
        (exchange, True),
        (close, True),
        (bottom, True),
    ]
    text, furniture = _capture(blocks)
    return Wrapped(
        text + "\n",
        furniture,
        f"https://djy.{_token(rng, 4)}example-t14.gov.cn/shyk/meeting/detail?id={rng.randrange(10**6)}",
        kind="text",
    )


@text_form("dingtalk_rizhi_zhoubao_yidu")
def dingtalk_rizhi_zhoubao_yidu(story: Story) -> Wrapped:
    """A DingTalk 周报 copied on the PC (UTF-8, LF or CRLF): 周报, the writer and a later time, 发送给, the
    template's fields, 备注 with 附本周信息稿, the headline, 来源 and the day, the paragraphs, 已读/未读, 赞, comments
    and the box."""
    rng = _rng(story, "dingtalk_rizhi_zhoubao_yidu")
    place = rng.choice(PLACES)
    writer, chief, deputy = rng.sample(NAMES, 3)
    # A 周报 goes in on the Friday of the story's week (or the next one), late in the afternoon.
    base = _after(story.published, rng, 0, 6).date()
    friday = base + dt.timedelta(days=(4 - base.weekday()) % 7)
    posted = dt.datetime.combine(friday, dt.time(rng.randrange(16, 19), rng.randrange(60)))
    firm = rng.choice(["某新能源电池材料企业", "某智能装备制造企业", "某食品加工龙头企业"])
    top = "\n".join(
        [
            "周报",
            f"{writer}　{posted:%Y-%m-%d %H:%M}",
            f"发送给：{chief}、{deputy}",
            "本周完成工作",
            f"1. 陪同{firm}负责人来{place[:2]}考察，踏勘项目选址；",
            f"2. 完成{posted.month}月份招商引资在谈项目台账更新；",
            "3. 撰写并上报信息稿1篇（见备注）。",
            "本周工作总结",
            f"本周外出招商{rng.randrange(1, 3)}次，接待客商{rng.randrange(2, 5)}批次，在谈项目进展顺利。",
            "下周工作计划",
            "1. 跟进在谈项目，争取月底前签约；",
            "2. 筹备招商推介会相关材料。",
            "需协调与帮助",
            rng.choice(["无", "项目用地指标需自然资源局协调。"]),
            "备注",
            "附本周信息稿：",
        ]
    )
    apart = rng.random() < 0.5
    if apart:
        told = [
            f"来源：{story.outlet}" if story.outlet else None,
            _unpadded(story.published) if story.published else None,
        ]
    else:
        told = [
            _run(
                [story.outlet, f"{story.published:%Y-%m-%d}" if story.published else None],
                "　",
            )
        ]
    first = posted + dt.timedelta(days=3, hours=rng.randrange(-8, 0), minutes=rng.randrange(60))
    second = first + dt.timedelta(minutes=rng.randrange(5, 180))
    bottom = "\n".join(
        [
            f"已读 {rng.randrange(2, 15)}　未读 {rng.randrange(0, 4)}",
            f"赞 {rng.randrange(1, 6)}",
            "评论",
            f"{chief}：信息写得不错，可以报县委办、县政府办。　{first:%m-%d %H:%M}",
            f"{writer}：好的，已按要求报送。　{second:%m-%d %H:%M}",
            "说点什么...",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (top, True),
        (story.headline, False),
        *((line, False) for line in told),
        *((line, False) for line in story.lines),
        (bottom, True),
    ]
    text, furniture = _capture(blocks)
    if rng.random() < 0.5:
        text = _crlf(text)
    return Wrapped(text, furniture, f"file:///钉钉日志/{writer}-周报-{posted:%m%d}.txt", kind="text")


@text_form("ganbu_wangxue_tuwen_kecheng_xueshi")
def ganbu_wangxue_tuwen_kecheng_xueshi(story: Story) -> Wrapped:
    """A 干部网络学院 图文课程 page select-all copied (UTF-8): the academy, menu and crumb, 【图文】 with the course's
    title, its number, hours and theme, 主讲/来源, a later 上线时间, progress and timer, the rule, the headline, 来源
    and 发布时间, the paragraphs, ——本课程结束——, the buttons, the rating and comments."""
    rng = _rng(story, "ganbu_wangxue_tuwen_kecheng_xueshi")
    province = rng.choice(PROVINCES)
    theme = rng.choice(["优化营商环境", "高质量发展", "招商引资专题"])
    online = _after(story.published, rng, 5, 60)
    top = "\n".join(
        [
            f"{province}干部网络学院",
            "首页　选课中心　专题培训　我的学习　考试中心　学习档案　帮助中心",
            f"您的位置：选课中心 > 专题课程 > {theme} > 课程详情",
        ]
    )
    course = f"【图文】{story.headline}" if story.headline else f"【图文】{theme}：县域招商引资实践案例"
    minutes = rng.choice([10, 15, 20])
    fields = "\n".join(
        [
            f"课程编号：TW{online.year}{rng.randrange(10**4, 10**5)}　　学时：{rng.choice(['0.5', '1.0'])}"
            f"　　课程类型：图文　　所属专题：{theme}",
            f"主讲/来源：{story.outlet or '学院课程中心'}",
        ]
    )
    listed_fields = fields if not story.outlet else fields.split("\n")[0]
    timer = "\n".join(
        [
            f"上线时间：{online:%Y-%m-%d}",
            f"学习进度：0%　　已学时长：00:00:00　　要求时长：00:{minutes:02d}:00",
            f"温馨提示：图文课程需在本页面停留满{minutes}分钟并浏览至页面底部，点击“完成学习”后方可记入学时。",
        ]
    )
    info = _run(
        [
            f"来源：{story.outlet}" if story.outlet else None,
            f"发布时间：{story.published:%Y-%m-%d}" if story.published else None,
        ],
        "　　",
    )
    raters = rng.randrange(30, 900)
    commenters = rng.sample(NAMES, 3)
    remarks = [
        "学习了，招商引资既要招得来，更要留得住。",
        "案例很实在，回去结合本乡镇实际抓好落实。",
        "项目落地离不开全流程服务，深受启发。",
    ]
    later = [
        online + dt.timedelta(days=rng.randrange(1, 40), hours=rng.randrange(-6, 6), minutes=rng.randrange(60))
        for _ in commenters
    ]
    bottom = "\n".join(
        [
            "——本课程结束——",
            "[完成学习]　[收藏课程]　[返回列表]",
            f"课程评价：★★★★☆　4.{rng.randrange(3, 10)}分（{raters}人评价）",
            "学员评论（3）",
            *(
                f"{name}　{when:%Y-%m-%d %H:%M}\n{remark}"
                for name, when, remark in zip(commenters, sorted(later), rng.sample(remarks, 3), strict=True)
            ),
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (top, True),
        (course, not story.headline),
        (fields, False),
        (timer, True),
        (story.headline, False),
        (info, False),
        *((line, False) for line in story.lines),
        (bottom, True),
    ]
    text, furniture = _capture(blocks)
    furniture = (*furniture, listed_fields)
    return Wrapped(
        text + "\n",
        furniture,
        f"https://www.{_token(rng, 4)}example-t14.gov.cn/portal/course/detail?courseId={rng.randrange(10**6)}",
        kind="text",
    )


def _flags(story: Story, rng: random.Random) -> list[tuple[str, str, str, str]]:
    """A proofreading system's flags on the story: its type, the fragment around the flagged place, the suggestion
    and the paragraph: the kinds such a system raises on text that is right."""
    kinds = [
        (r"\d+", "数字用法", "同一文稿中数字写法宜统一，请核实"),
        (r"的", "字词", "疑似“的”“地”“得”误用，请核实"),
        (r"[、；]", "标点", "疑似标点使用不当，请核实"),
        (r"进一步|全力|积极", "字词", "疑似用词重复，建议精简"),
    ]
    found: list[tuple[str, str, str, str]] = []
    for pattern, kind, advice in kinds:
        places = [(number, match) for number, line in enumerate(story.lines, 1) for match in re.finditer(pattern, line)]
        if not places:
            continue
        number, match = rng.choice(places)
        line = story.lines[number - 1]
        fragment = line[max(0, match.start() - 6) : match.end() + 6]
        found.append((kind, f"…{fragment}…", advice, f"第{number}段"))
    return rng.sample(found, min(len(found), rng.randrange(1, 5)))


@text_form("zhineng_shenjiao_baogao_utf16")
def zhineng_shenjiao_baogao_utf16(story: Story) -> Wrapped:
    """An 智能审校 system's report exported as text (UTF-16 with a BOM, CRLF): the title, 文件名称, a later 审校时间,
    字数 and mode, the tally, the 差错列表 table on tabs, 全文 with the headline, 来源 and the day and the
    paragraphs, and the system's note."""
    rng = _rng(story, "zhineng_shenjiao_baogao_utf16")
    checked = _after(story.published, rng, -1, 2)
    vendor = rng.choice(["智校", "慧审", "校正通"])
    # A file named by its headline, less what a Windows file name cannot hold.
    name = re.sub(r'[\\/:*?"<>|]', "", story.headline) + ".docx" if story.headline and rng.random() < 0.6 else None
    own_name = f"文件名称：招商信息{checked:%m%d}.docx"
    flags = _flags(story, rng)
    counts: dict[str, int] = {}
    for kind, *_ in flags:
        counts[kind] = counts.get(kind, 0) + 1
    tally = "，".join(f"{kind}{count}处" for kind, count in counts.items())
    chars = sum(len(line) for line in story.lines) + len(story.headline or "")
    rule = "─" * 20
    head = "\n".join(
        [
            f"{vendor}智能审校报告",
            "",
        ]
    )
    fields = "\n".join(
        [
            f"审校时间：{checked:%Y-%m-%d %H:%M:%S}",
            f"审校字数：{chars}字　　审校模式：{rng.choice(['政务公文', '新闻稿件'])}（严格）",
            "检查项：字词、标点、数字用法、政治性差错、敏感词",
            f"差错统计：共发现疑似差错{len(flags)}处（{tally or '无'}），政治性差错0处，敏感词0处",
            rule,
            "差错列表",
            "序号\t差错类型\t原文\t建议\t位置",
            *(
                f"{index}\t{kind}\t{fragment}\t{advice}\t{where}"
                for index, (kind, fragment, advice, where) in enumerate(flags, 1)
            ),
            rule,
            "全文",
        ]
    )
    source = _run(
        [f"来源：{story.outlet}" if story.outlet else None, _unpadded(story.published) if story.published else None],
        "　",
    )
    note = f"{rule}\n说明：本报告由{vendor}智能审校系统自动生成，仅供参考，请以人工审核为准。"
    blocks: list[tuple[str | None, bool]] = [
        (head, True),
        (f"文件名称：{name}" if name else own_name, not name),
        (fields, True),
        (story.headline, False),
        (source, False),
        *((line, False) for line in story.lines),
        (note, True),
    ]
    text, furniture = _capture(blocks)
    return Wrapped(
        _crlf(text) + "\r\n",
        furniture,
        f"file:///C:/审校报告/审校报告-{checked:%Y%m%d%H%M}.txt",
        encoding="utf-16",
        kind="text",
    )


DIANPING = [
    "【点评】导语开门见山，用一句话交代了会议的时间、规格和主题，新闻要素齐全。",
    "【点评】这一段用数据说话，签约项目个数、投资总额一目了然，比空洞的表态更有说服力。",
    "【点评】引用领导讲话时只取最有新闻价值的几句，避免了“会议新闻就是讲话摘要”的老毛病。",
    "【点评】段落之间层次清楚，先讲成绩、再讲问题、后讲部署，读者读起来不费劲。",
    "【点评】这里如果能补充一个具体项目的细节，稿件会更生动，大家写作时可以注意。",
]


@text_form("tongxunyuan_peixun_dianping_bom")
def tongxunyuan_peixun_dianping_bom(story: Story) -> Wrapped:
    """A county's 通讯员培训 handout saved as text (UTF-8 with a BOM, CRLF): the series and title, the lecturer and
    a later day, 一、范文, the headline in 《》, （刊发于 …）, the paragraphs with 【点评】 between, 【总评】, 写作要点
    and 课后练习."""
    rng = _rng(story, "tongxunyuan_peixun_dianping_bom")
    place = rng.choice(PLACES)
    lecturer = rng.choice(NAMES)
    given = _after(story.published, rng, 10, 120)
    top = "\n".join(
        [
            f"{place}新闻宣传通讯员培训班讲义（{rng.choice('一二三四五')}）",
            rng.choice(
                ["好稿赏析：会议新闻怎样写出“新闻味”", "从一篇招商新闻看政务信息写作", "范文点评：招商引资类稿件的写法"]
            ),
            f"主讲：{lecturer}（{place}融媒体中心副主任）　　{_unpadded(given.date())}",
            "一、范文",
        ]
    )
    heading = f"《{story.headline}》" if story.headline else "范文（标题略）"
    source = _run([story.outlet, _unpadded(story.published) if story.published else None], "　")
    # The lead's comment follows the first paragraph; the others fall between later ones, never after the last.
    comments = [*rng.sample(DIANPING[1:], len(DIANPING) - 1), DIANPING[0]]
    lines = list(story.lines)
    blocks: list[tuple[str | None, bool]] = [
        (top, True),
        (heading, not story.headline),
        (f"（刊发于{source}）" if source else None, False),
    ]
    gap = 0
    for index, line in enumerate(lines):
        blocks.append((line, False))
        last = index == len(lines) - 1
        if last or not comments:
            continue
        gap += 1
        if index == 0 or gap >= rng.randrange(2, 4):
            blocks.append((comments.pop(), True))
            gap = 0
    deadline = given + dt.timedelta(days=rng.randrange(7, 15))
    bottom = "\n".join(
        [
            "【总评】这是一篇合格的会议新闻：标题准确、导语简洁、主体有数据有细节。"
            "不足之处是个别段落还有公文腔，可进一步口语化。",
            "二、写作要点",
            "1．标题要“实”，把会议最重要的信息放进标题，少用“召开”“举行”一类空泛的动词。",
            "2．导语要“短”，一句话说清何时、何地、何人、何事。",
            "3．主体要“新”，多写新举措、新成效，少写程序性内容。",
            "三、课后练习",
            f"请以本单位近期一项重点工作为题，写一篇800字以内的新闻稿，于{deadline.month}月{deadline.day}日前发送至邮箱"
            f"{_token(rng, 6)}{rng.randrange(100, 999)}@163.com。",
        ]
    )
    blocks.append((bottom, True))
    text, furniture = _capture(blocks)
    return Wrapped(
        _crlf(text) + "\r\n",
        furniture,
        f"file:///培训/通讯员培训讲义-{given:%Y%m%d}.txt",
        encoding="utf-8-sig",
        kind="text",
    )


DEV_T14, LOCKED_T14 = split_by_digest(TEXT_FORMS14, "text round 14/", locked=6)
