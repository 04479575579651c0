"""Twelve text capture forms written blind (text round 20): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of reading tool, news site, aggregator,
investors' community, document site, phone scanner, broadcaster's subtitle machine, speech recogniser, search index,
annotation tool, copy-detection service or qualitative-analysis tool gives, none of them drawn in text rounds 1 to 19,
weighed toward what generalises across the captures met in the wild: a page through a read-mode extension's Markdown
export; a provincial news site's county channel copied; a city-life aggregator's news page copied; an investors'
community post reposting the news, copied whole or in part; a document site's page of an uploaded .docx; a printed
meeting handout through a phone scanner app's text export; a county TV newscast's subtitle list; a news video through
a speech recogniser at a terminal; a monitoring system's search-index document as its console shows it; an
annotation tool's export of the article uploaded paragraph by paragraph; a copy-detection report's full-text
comparison; a qualitative-analysis tool's coding export; and toward stories that show no headline (each form then
shows what it would show without one: the page's title of the site's own, a file's or a document's own name, an
item's number, a post's title of its own, or nothing):

- a page through a read-mode extension's Markdown export (SimpRead-like, UTF-8): maybe # the page's title (the
  headline with its column and site, the headline, or the column and site) with the referrer <meta> line, the
  extension's 转码 line with the host and the address, maybe the site's description (or an account's digest, the
  first paragraph's start) quoted, then what the mode kept: maybe the info line (发布时间, 来源 and 浏览次数), the
  paragraphs between blank lines (maybe indented by wide spaces), maybe an image, and an account's closing lines
  (-END-, 来源, 编辑丨审核); the file is named by the page's title;
- a provincial news site's county channel page select-all copied (UTF-8, or saved by Notepad: GB18030 and CRLF): the
  site's bar, 您的位置 through 县区 to the county, the headline, 来源 (the outlet, or the site), 作者 with its
  reporters, 编辑 and the time (dashed, slashed or in 年月日) on one line, 字号, the first paragraph maybe behind the
  site's dateline (本网讯 or the site with the month and day, and the reporters in brackets), the paragraphs,
  [责任编辑], the site's 原创 statement or 来源, 分享到, 相关阅读 and 热点推荐 titles, and the footer with the paper,
  the licence and the hotline;
- a city-life aggregator's news page select-all copied (本地宝-like, UTF-8): the city's site and its menu, 当前位置,
  the headline (or none), the time with 来源 (the outlet, or the site) and 编辑, maybe a 导读 of the site's own, the
  paragraphs, maybe a 点击查看 link between two, 相关推荐, the site's 郑重声明, the account's QR call, 热门资讯
  titles and the footer;
- an investors' community post reposting the news (雪球-like, UTF-8): the page select-all copied (the site's bar,
  the poster with a later time yearless, relative or dated and its client, maybe 修改于, a long post's title: the
  headline or a title of the poster's own, the poster's words with cashtags, maybe the headline, the paragraphs, 来源,
  the cashtags, the counters, 全部评论 with replies) or a selection copied with the attribution the site appends
  (作者, 链接, 来源：雪球, the rights and the risk notice);
- a document site's page of an uploaded .docx select-all copied (人人文库-like, UTF-8): the site's bar, the crumb, the
  file's name (the headline with .docx, or an uploader's own title), its pages, price, uploader and a later upload
  day, each preview page's alternative text (the title with _第N页), maybe 已阅读/还剩N页未读, 下载本文档, the rights
  note, 文档简介 over the document's text (maybe the headline, the day in brackets, the paragraphs, the uploader's
  template header and footer at each page's turn) on lines or run together, VIP免费下载, 相关资源 and the site's
  statement;
- a printed meeting handout through a phone scanner app's text export (扫描全能王-like, UTF-8): maybe the handout's
  label, the headline in rows of a heading's width, maybe （the day）, every paragraph in printed rows of 28
  characters (the first maybe indented, some full-width marks read as ASCII ones), （来源） maybe, and at each page's
  foot the page number with the app's watermark read on the same line (or its two lines); the file named by the scan's
  later time;
- a county TV newscast's subtitle list for the character generator (唱词, GB18030 and CRLF, or UTF-8 with a BOM): the
  program with its day (or issue) and 唱词, each item's number and title (the story's untitled where it has none)
  over its rows of at most 15 characters with no punctuation but book-title and quotation marks (spaces where the
  marks were), the story's among other items, and each item's reporters' row;
- a news video through a speech recogniser at a terminal (Whisper-like, UTF-8): the command with the video's file
  (named by the headline, by the program and the day, or by the phone's recording time), maybe the model's download
  bar and the CPU's FP16 warning, maybe the language detection lines, then each segment behind its [start --> end]
  stamps, the paragraphs cut into segments (without marks, with commas, or as written), and the prompt;
- a monitoring system's search-index document as its console shows it (Kibana-like, UTF-8): a Dev Tools search by the
  address with its response (" : " between keys and values: took, _shards, hits with _index, _type, _id, _score,
  _source) or Discover's JSON of a hit (_index, _type, _id, _version, _score, _source, fields with the times in UTC,
  sort in epoch milliseconds); the _source holding title (the headline, the page's title of the site's own, or
  empty), content (the paragraphs by escaped newlines), url, site_name, source (the outlet, or empty), author,
  pub_time (as the crawler wrote it, or null), a later crawl_time, channel, media_type, sentiment, keywords, region
  and similar_count;
- an annotation tool's export of articles uploaded a paragraph a line (doccano-like JSONL, UTF-8): other articles'
  records before and after, the story's records (maybe the headline's, maybe the info line's, then a paragraph's
  each) with id, text, relations and entities (label, start and end offsets);
- a copy-detection service's report with the full-text comparison (CNKI-like, UTF-8, or saved by Notepad: GB18030 and
  CRLF): the report's title and number, a later 检测时间, 检测文献 (the headline, or the uploaded file's own name),
  作者, the 检测范围 of databases, 时间范围, the 检测结果 figures, 指标, the document's part with its 总字数,
  相似文献列表 with the story's own copy on its site (the headline or its site's own title, the outlet or the site,
  the year) among others, 原文内容 (maybe the headline, the paragraphs) and the 说明 with the service's mail and
  address;
- a qualitative-analysis tool's coding export of a case node (NVivo-like, UTF-8 with a BOM, CRLF): the node's name,
  then each file coded at it behind <Files\\folder\\name> (the name: the headline, a name with the day, or a name of
  the researcher's own) with § N reference coded [coverage], Reference 1 with its coverage, and the file's text
  (maybe the headline, maybe 来源 and 发布时间, the paragraphs); other files of the case before and after.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels, or with markup: a heading's #, a JSON field's key, a record's text, a file's name between brackets, an
item's number) are the capture's metadata and are not listed, nor are lines that hold the headline, the date or the
outlet among other words (an info line, a dateline, a page's title with its site, a file's name, a similar document's
entry, a program's line with its day). A counter, a credit, a stamp, a key and its value, a cashtag or an address
beside them on such a line is listed apart. A block of short lines (a bar, a menu, a crumb, a footer, a list, a
response's head, an entry's figures) is listed as one string: squashed, it is one run of the text. A digest that
repeats the story's first words is the story's, not listed.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 20/" + name are `LOCKED_T20`, the other six `DEV_T20`. Round 20 is sealed: not scored when
written; whoever next changes the text path scores it once, both halves, at the end of their work, and fixes nothing
from its misses.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
from collections.abc import Callable

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import (
    PROVINCES,
    _address,
    _capture,
    _crlf,
    _later,
    _moment,
    _near,
    _numbers,
    _run,
    _squashed,
    _token,
    _unpadded,
    _width,
)

TEXT_FORMS20: dict[str, Layout] = {}
NAMES = [
    "鲍文静",
    "伍国栋",
    "苗春梅",
    "岑志勇",
    "邬丽萍",
    "席建华",
    "卜晓东",
    "滕桂芳",
    "闫海涛",
    "窦雪莲",
]
# Other items a capture holds (other articles, newscast items, files, records): none is about the story.
OTHER_ITEMS = [
    (
        "县卫健局开展基层医疗机构巡回义诊",
        (
            "县卫健局近日组织县级医院专家深入乡镇卫生院开展巡回义诊，累计服务群众一千二百余人次。",
            "义诊期间专家还为乡村医生开展了常见病诊疗规范培训。",
        ),
    ),
    (
        "县应急管理局组织森林防火实战演练",
        (
            "县应急管理局联合林业部门在北山林区组织森林防火实战演练，检验扑火队伍快速反应能力。",
            "演练结束后对各乡镇扑火物资储备情况进行了抽查。",
        ),
    ),
    (
        "县文旅局举办乡村旅游讲解员大赛",
        (
            "县文旅局举办首届乡村旅游讲解员大赛，来自各景区景点的二十六名讲解员同台竞技。",
            "大赛评选出金牌讲解员三名，优秀讲解员十名。",
        ),
    ),
    (
        "县人社局举办高校毕业生专场招聘会",
        (
            "县人社局在县体育馆举办高校毕业生专场招聘会，八十余家用人单位提供岗位一千六百个。",
            "现场达成初步就业意向三百二十人。",
        ),
    ),
    (
        "县市场监管局开展电梯安全专项检查",
        (
            "县市场监管局近日对城区住宅小区和商场在用电梯开展安全专项检查，共检查电梯一百四十台。",
            "对检查中发现的维保记录不全等问题已责令限期整改。",
        ),
    ),
    (
        "县农业农村局推广水稻机插秧技术",
        (
            "县农业农村局在河口镇召开水稻机插秧技术现场观摩会，推广育秧和机插配套技术。",
            "今年全县水稻机插面积预计达到八万亩。",
        ),
    ),
    (
        "县住建局推进老旧管网改造工程",
        (
            "县住建局加快推进城区老旧供水管网改造，目前已完成改造管道十二公里。",
            "工程全部完工后将有效解决部分小区供水压力不足的问题。",
        ),
    ),
    (
        "县图书馆开展少儿阅读推广月活动",
        (
            "县图书馆开展少儿阅读推广月活动，组织绘本共读、故事会等活动二十余场。",
            "活动吸引了全县中小学生及家长一千余人次参与。",
        ),
    ),
]
OTHERS = [title for title, _ in OTHER_ITEMS]
COLUMNS20 = ["部门动态", "招商引资", "乡镇动态", "政务要闻"]
HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
# Marks a printed row does not begin with: the typesetter keeps them on the row before.
CLOSING = "，。、；：！？）》”’」』,.;:!?)"


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS20)


def _host(rng: random.Random) -> str:
    return f"www.{_token(rng, 4)}example-t20.gov.cn"


def _page_title(story: Story, column: str, site: str) -> tuple[str, bool]:
    """A page's <title>: the headline with its column and site, or the column and site alone (the site's own)."""
    if story.headline:
        return f"{story.headline}_{column}_{site}", False
    return f"{column}_{site}", True


def _image(host: str, day: dt.date | None, rng: random.Random) -> str:
    if day is None:
        return f"http://{host}/uploadfile/{_token(rng, 20, HEX)}.jpg"
    return f"http://{host}/zwgk/bmdt/{day:%Y%m}/W0{day:%Y%m%d}{rng.randrange(10**5, 10**6)}.jpg"


def _print_rows(line: str, units: int, indent: str = "") -> list[str]:
    """A paragraph set in rows of `units` half-widths (a wide character two), as a word processor prints it: a row
    is cut anywhere but before a closing mark, which stays on the row before."""
    rows: list[str] = []
    row, used = indent, sum(map(_width, indent))
    for char in line:
        size = _width(char)
        if used + size > units and row.strip() and char not in CLOSING:
            rows.append(row)
            row, used = "", 0
        row += char
        used += size
    if row.strip():
        rows.append(row)
    return rows


def _bare(text: str, keep: str = "") -> str:
    """Text with its marks read as blanks (a subtitle's, a recogniser's): words and numbers stay, a decimal point or
    a per cent between digits stays, and so do the marks in `keep`."""
    out = []
    for index, char in enumerate(text):
        before = text[index - 1] if index else ""
        after = text[index + 1] if index + 1 < len(text) else ""
        digit_mark = (char == "." and before.isdigit() and after.isdigit()) or (char in "%％" and before.isdigit())
        if char.isalnum() or char in keep or digit_mark:
            out.append(char)
        else:
            out.append(" ")
    return re.sub(r" +", " ", "".join(out)).strip()


def _clauses(line: str) -> list[str]:
    """A paragraph's clauses, each with the marks after it."""
    return [piece for piece in re.findall(r"[^，。！？；,;!?]+[，。！？；,;!?]*", line) if piece.strip()]


def _pack(pieces: list[str], limit: int, joiner: str = "") -> list[str]:
    """Pieces packed into runs of at most `limit` characters (a longer piece cut at the limit)."""
    runs: list[str] = []
    run = ""
    for piece in pieces:
        while len(piece) > limit:
            if run:
                runs.append(run)
                run = ""
            runs.append(piece[:limit])
            piece = piece[limit:]
        if not piece:
            continue
        if not run:
            run = piece
        elif len(run) + len(joiner) + len(piece) <= limit:
            run += joiner + piece
        else:
            runs.append(run)
            run = piece
    if run:
        runs.append(run)
    return runs


# ---------------------------------------------------------------- a read-mode extension's export, a news site


@text_form("simpread_markdown_zhuanma_yuanwen_dizhi")
def simpread_markdown_zhuanma_yuanwen_dizhi(story: Story) -> Wrapped:
    """A page through a read-mode extension's Markdown export (SimpRead-like, UTF-8): maybe the page's title as a
    heading with the referrer <meta>, the 转码 line with the host and the address, maybe the site's description or
    an account's digest quoted, then what the mode kept: maybe the info line, the paragraphs, an image, and an
    account's closing lines. The file is named by the page's title."""
    rng = _rng(story, "simpread_markdown_zhuanma_yuanwen_dizhi")
    place = rng.choice(PLACES)
    account_page = rng.random() < 0.45
    blocks: list[tuple[str | None, bool]] = []
    extra: list[str] = []
    site_suffix = ""
    if account_page:
        host = "mp.weixin.example-t20.com"
        url = f"https://{host}/s/{_token(rng, 22, ALNUM)}"
        page_title, own_title = story.headline, False
        digest = story.lines[0][:54] if len(story.lines[0]) > 54 and rng.random() < 0.5 else None
        quoted = (f"> {digest}", False) if digest else (None, False)
    else:
        host = _host(rng)
        site = f"{place}人民政府"
        column = rng.choice(COLUMNS20)
        url = _address(host, story.published, rng.randrange(10**5, 10**6))
        page_title, own_title = _page_title(story, column, site)
        site_suffix = f"_{column}_{site}"
        quoted = (f"> {site}门户网站", True) if rng.random() < 0.5 else (None, False)
    titled = page_title is not None and rng.random() < 0.5
    if titled:
        blocks += [(f"# {page_title}", own_title), ('<meta name="referrer" content="no-referrer"/>', True)]
        if not account_page and not own_title:
            extra.append(site_suffix)
    blocks.append((f"> 本文由 [简悦 SimpRead](http://ksria.com/simpread/) 转码， 原文地址 [{host}]({url})", True))
    blocks.append(quoted)
    indent = "　　" if rng.random() < 0.4 else ""
    if account_page:
        if rng.random() < 0.4:
            blocks.append(
                (f"![](https://mmbiz.example-t20.com/mmbiz_gif/{_token(rng, 40, ALNUM)}/640?wx_fmt=gif)", True)
            )
        blocks += [(indent + line, False) for line in story.lines]
        blocks.append((rng.choice(["-END-", "— END —", "END"]), True))
        if story.outlet and rng.random() < 0.6:
            blocks.append((f"来源：{story.outlet}", False))
        blocks.append((f"编辑丨{rng.choice(NAMES)}  \n审核丨{rng.choice(NAMES)}", True))
        if rng.random() < 0.5:
            blocks.append(
                (f"![](https://mmbiz.example-t20.com/mmbiz_jpg/{_token(rng, 40, ALNUM)}/640?wx_fmt=jpeg)", True)
            )
    else:
        moment = _moment(story.published, rng)
        counter = f"浏览次数：{rng.randrange(20, 5000)}"
        info = _run(
            [
                f"发布时间：{moment:%Y-%m-%d %H:%M}" if moment else None,
                f"来源：{story.outlet}" if story.outlet else None,
                counter,
            ],
            "　",
        )
        kept_info = rng.random() < 0.5
        if kept_info:
            blocks.append((info, info == counter))
            if info != counter:
                extra.append(counter)
        pictured = rng.random() < 0.4
        for index, line in enumerate(story.lines):
            blocks.append((indent + line, False))
            if index == 0 and pictured:
                blocks.append((f"![]({_image(host, story.published, rng)})", True))
        if rng.random() < 0.4:
            blocks.append((f"（责任编辑：{rng.choice(NAMES)}）", True))
    text, furniture = _capture(blocks, "\n\n")
    name = (page_title or "无标题").replace("/", "_")
    return Wrapped(
        text + "\n",
        (*furniture, *extra),
        f"file:///Users/{_token(rng, 5)}/Documents/SimpRead/{name}.md",
        kind="text",
    )


PROVINCIAL_SITES = [
    ("楚风网", "楚风日报社", "chufeng"),
    ("湘江在线", "湘江日报社", "xiangjiang"),
    ("鄱湖网", "鄱湖日报社", "pohu"),
    ("徽风网", "徽风日报社", "huifeng"),
]


@text_form("shengwang_xianqu_pindao_benwang_xun")
def shengwang_xianqu_pindao_benwang_xun(story: Story) -> Wrapped:
    """A provincial news site's county channel page select-all copied (UTF-8, or GB18030 and CRLF): the bar, the
    crumb to the county, the headline, 来源/作者/编辑 and the time on one line, 字号, the first paragraph maybe behind
    the site's dateline, the paragraphs, [责任编辑], the 原创 statement or 来源, 分享到, related titles and the
    footer with the licence."""
    rng = _rng(story, "shengwang_xianqu_pindao_benwang_xun")
    place = rng.choice(PLACES)
    site, paper, slug = rng.choice(PROVINCIAL_SITES)
    county = _token(rng, 3)
    reporter, correspondent, editor = rng.sample(NAMES, 3)
    bar = "\n".join(
        [
            f"{site}首页 | 新闻 | 评论 | 视频 | 县区 | 专题 | 客户端",
            "登录 | 注册　　手机版",
        ]
    )
    crumb = f"您的位置：{site} > 县区频道 > {place[:2]}"
    moment = _moment(story.published, rng)
    style = rng.randrange(3)
    if moment is None:
        when = None
    elif style == 0:
        when = f"{moment:%Y-%m-%d %H:%M:%S}"
    elif style == 1:
        when = f"{moment:%Y/%m/%d %H:%M}"
    else:
        when = f"{moment:%Y年%m月%d日 %H:%M}"
    source = f"来源：{story.outlet}" if story.outlet else f"来源：{site}"
    credit = f"作者：记者 {reporter} 通讯员 {correspondent}"
    edited = f"编辑：{editor}"
    info = _run([source, credit, edited, when], "　")
    extra = [credit, edited]
    if not story.outlet:
        extra.append(source)
    brackets = f"（记者 {reporter} 通讯员 {correspondent}）"
    lines = list(story.lines)
    dated_line = rng.random() < 0.5
    if dated_line:
        if story.published and rng.random() < 0.6:
            dateline = f"{site}{story.published.month}月{story.published.day}日讯{brackets}"
            extra.append(brackets)
        else:
            dateline = f"本网讯{brackets}"
            extra.append(dateline)
        lines[0] = dateline + lines[0]
    closing = (
        f"本文为{site}原创，未经授权，不得转载。"
        if not story.outlet and rng.random() < 0.6
        else (f"来源：{story.outlet}" if story.outlet else f"来源：{site}")
    )
    before = rng.sample(OTHERS, 3)
    hot = rng.sample([title for title in OTHERS if title not in before], 3)
    licence = f"{rng.randrange(10, 99)}120{rng.randrange(10**5, 10**6)}"
    icp, police = _numbers(rng)
    footer = "\n".join(
        [
            "关于我们 | 联系我们 | 广告服务 | 版权声明 | 网站地图",
            f"主办：{paper}　版权所有：{site}　未经授权禁止复制或建立镜像",
            f"互联网新闻信息服务许可证：{licence}　{icp}　{police}",
            f"违法和不良信息举报电话：0{rng.randrange(100, 999)}-{rng.randrange(10**7, 10**8)}",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (bar, True),
        (crumb, True),
        (story.headline, False),
        (info, False),
        ("字号：大 中 小", True),
        *((line, False) for line in lines),
        (f"[责任编辑：{editor}]", True),
        (closing, closing.startswith("本文为") or not story.outlet),
        ("分享到：\n微信\n微博\nQQ空间", True),
        ("\n".join(["相关阅读", *before]), True),
        ("\n".join(["热点推荐", *hot]), True),
        (footer, True),
    ]
    text, furniture = _capture(blocks)
    saved = rng.random() < 0.35
    if story.published:
        address = (
            f"https://{slug}.example-t20.cn/{county}/system/{story.published:%Y/%m/%d}/"
            f"0{rng.randrange(10**7, 10**8)}.shtml"
        )
    else:
        address = f"https://{slug}.example-t20.cn/{county}/content/0{rng.randrange(10**7, 10**8)}.shtml"
    return Wrapped(
        (_crlf(text) + "\r\n") if saved else text + "\n",
        (*furniture, *extra),
        address,
        encoding="gb18030" if saved else "utf-8",
        kind="text",
    )


# ---------------------------------------------------------------- an aggregator, a community, a document site


@text_form("bendibao_city_news_shengming_daodu")
def bendibao_city_news_shengming_daodu(story: Story) -> Wrapped:
    """A city-life aggregator's news page select-all copied (本地宝-like, UTF-8): the site and its menu, 当前位置,
    the headline, the time with 来源 and 编辑, maybe a 导读 of the site's own, the paragraphs with maybe a 点击查看
    link between two, 相关推荐, the 郑重声明, the QR call, 热门资讯 and the footer."""
    rng = _rng(story, "bendibao_city_news_shengming_daodu")
    place = rng.choice(PLACES)
    city = place[:2]
    site = f"{city}本地宝"
    menu = "\n".join(
        [
            f"{site}　切换城市",
            "首页 | 社保 | 公积金 | 户籍 | 交通 | 教育 | 医疗 | 办事 | 旅游 | 资讯",
        ]
    )
    crumb = f"当前位置：{site} > {city}资讯 > 本地新闻"
    moment = _moment(story.published, rng)
    editor = f"编辑：{rng.choice(['wll', 'zxy', 'lmm', 'cjh'])}"
    source = f"来源：{story.outlet}" if story.outlet else f"来源：{site}"
    info = _run([f"{moment:%Y-%m-%d %H:%M}" if moment else None, source, editor], "　")
    extra = [editor] + ([] if story.outlet else [source])
    lead = f"【导读】{city}本地宝为大家带来{city}招商引资相关资讯，详情如下。" if rng.random() < 0.5 else None
    link_at = rng.randrange(1, len(story.lines)) if len(story.lines) > 2 and rng.random() < 0.4 else None
    before = rng.sample(OTHERS, 3)
    hot = rng.sample([title for title in OTHERS if title not in before], 4)
    statement = (
        "本地宝郑重声明：本文仅代表作者个人观点，与本地宝无关。其原创性以及文中陈述文字和内容未经本站证实，"
        "对本文以及其中全部或者部分内容、文字的真实性、完整性、及时性本站不作任何保证或承诺，请读者仅作参考，"
        "并请自行核实相关内容。"
    )
    icp, _ = _numbers(rng)
    blocks: list[tuple[str | None, bool]] = [
        (menu, True),
        (crumb, True),
        (story.headline, False),
        (info, False),
        (lead, True),
    ]
    for index, line in enumerate(story.lines):
        if index == link_at:
            blocks.append((f"点击查看>>{rng.choice(OTHERS)}", True))
        blocks.append((line, False))
    blocks += [
        ("\n".join(["相关推荐：", *before]), True),
        (statement, True),
        (f"扫码关注{site}微信公众号\n回复【招商】获取更多资讯", True),
        ("\n".join([f"{city}热门资讯", *(f"{number}. {title}" for number, title in enumerate(hot, 1))]), True),
        (f"Copyright © 2010-{_later(story, rng, 200, 900).year} {site} 版权所有　{icp}", True),
    ]
    text, furniture = _capture(blocks)
    day = story.published or _later(story, rng, 1, 30).date()
    return Wrapped(
        text + "\n",
        (*furniture, *extra),
        f"http://{_token(rng, 2)}.bendibao.example-t20.com/news/{day:%Y%m%d}/{rng.randrange(10**5, 10**6)}.shtm",
        kind="text",
    )


def _xueqiu_time(moment: dt.datetime, style: int) -> str:
    """A time as the community shows it: dated (a past year's), yearless (this year's), or relative to the copy."""
    if style == 0:
        return f"{moment:%Y-%m-%d %H:%M}"
    if style == 1:
        return f"{moment:%m-%d %H:%M}"
    return f"{'今天' if style == 2 else '昨天'} {moment:%H:%M}"


@text_form("xueqiu_post_cashtags_client_tail")
def xueqiu_post_cashtags_client_tail(story: Story) -> Wrapped:
    """An investors' community post reposting the news (雪球-like, UTF-8): the page select-all copied (the bar, the
    poster and a later time with its client, a long post's title, the poster's words with cashtags, the pasted
    article, the cashtags, the counters and the replies) or a selection copied with the attribution the site
    appends."""
    rng = _rng(story, "xueqiu_post_cashtags_client_tail")
    place = rng.choice(PLACES)
    company = f"{place[:2]}{rng.choice(['科技', '新材', '智能', '电子', '股份'])}"
    code = rng.choice(
        [f"SZ300{rng.randrange(100, 999)}", f"SZ002{rng.randrange(100, 999)}", f"SH60{rng.randrange(1000, 9999)}"]
    )
    tag = f"${company}({code})$"
    peer = f"{rng.choice(['东湖', '南江', '北岭'])}{rng.choice(['控股', '集团', '材料'])}"
    other = f"${peer}(SH60{rng.randrange(1000, 9999)})$"
    poster = rng.choice(["价值投资老周", "雪球用户_8823", "慢慢变富的阿强", "长线持有者", f"{place[:2]}股民"])
    uid, pid = rng.randrange(10**9, 10**10), rng.randrange(10**8, 10**9)
    posted = _later(story, rng, 0, 4)
    style = rng.randrange(4)
    when = _xueqiu_time(posted, style)
    client = rng.choice(["雪球", "Android", "iPhone"])
    edited = rng.random() < 0.25
    stamp = f"{'修改于' if edited else ''}{when} · 来自{client}"
    long_post = rng.random() < 0.5
    words = rng.choice(
        [
            f"{tag} 公司公告的项目今天在当地签约了，看看后续落地进度。",
            f"利好来了？{tag} 项目签约落地{place}，持续跟踪。",
            f"{tag} {other} 地方招商力度很大，转一篇当地的报道。",
        ]
    )
    title: str | None
    if long_post:
        title = story.headline or f"{company}：{place}项目跟踪记录"
        own_title = not story.headline
    else:
        title, own_title = None, False
    pasted = None if long_post or not story.headline or rng.random() < 0.4 else f"【{story.headline}】"
    counters = f"转发 {rng.randrange(0, 40)}\n评论 {rng.randrange(1, 60)}\n赞 {rng.randrange(0, 200)}"
    risk = "风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。"
    body: list[tuple[str | None, bool]] = [
        (title, own_title),
        (words, True),
        (pasted, False),
        *((line, False) for line in story.lines),
        (f"来源：{story.outlet}" if story.outlet else None, False),
    ]
    whole = rng.random() < 0.55
    if whole:
        bar = "\n".join(["雪球", "首页", "行情", "基金", "私募", "搜索股票、组合、用户", "登录/注册"])
        replies = []
        for _ in range(rng.randrange(1, 4)):
            reply_time = posted + dt.timedelta(minutes=rng.randrange(5, 600))
            replies.append(
                "\n".join(
                    [
                        rng.choice(["韭菜的春天", "老股民张", "雪球用户_5170", "稳健一点", "看长做短"]),
                        rng.choice(
                            [
                                "签约不等于落地，等开工再说。",
                                "这种协议投资额一般分好几期。",
                                "地方上这类项目不少，关注业绩兑现。",
                                "持有中，继续观察。",
                            ]
                        ),
                        f"{_xueqiu_time(reply_time, style)} · 来自{rng.choice(['Android', 'iPhone', '雪球'])}",
                        "回复　赞",
                    ]
                )
            )
        blocks: list[tuple[str | None, bool]] = [
            (bar, True),
            (f"{poster}\n+ 关注", True),
            (stamp, True),
            *body,
            (f"{tag} {other}", True),
            (f"本话题在雪球有{rng.randrange(3, 90)}条讨论，点击查看。", True),
            (counters, True),
            (f"全部评论 {len(replies)}\n热门　最新", True),
            *((reply, True) for reply in replies),
        ]
    else:
        blocks = [
            *body,
            (
                "\n".join(
                    [
                        f"作者：{poster}",
                        f"链接：https://xueqiu.example-t20.com/{uid}/{pid}",
                        "来源：雪球",
                        "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。",
                        risk,
                    ]
                ),
                True,
            ),
        ]
    text, furniture = _capture(blocks)
    return Wrapped(
        text + "\n",
        furniture,
        f"https://xueqiu.example-t20.com/{uid}/{pid}",
        kind="text",
    )


# The uploader's Word template: a running head and foot its text carries at each page's turn.
TEMPLATE_HEADS = ["精选优质文档-----倾情为你奉上", "精品文档---下载即可编辑", "学习资料---仅供参考"]
TEMPLATE_FEET = ["专心---专注---专业", "精品文档，值得下载", "第页 共页"]
DOC_TITLES = [
    "2023年招商引资工作总结及2024年工作计划",
    "在全县优化营商环境大会上的讲话",
    "乡镇招商引资工作汇报材料（通用8篇）",
    "招商引资工作经验交流发言稿",
    "县长在重点项目集中开工仪式上的致辞",
    "关于招商引资工作的调研报告",
    "开发区管委会年度工作总结",
]


@text_form("renrendoc_page_alts_jianjie_run_together")
def renrendoc_page_alts_jianjie_run_together(story: Story) -> Wrapped:
    """A document site's page of an uploaded .docx select-all copied (人人文库-like, UTF-8): the bar, the crumb,
    the file's name with its pages, price, uploader and upload day, each preview page's alternative text, the
    reading prompt, the rights note, 文档简介 over the document's text (on lines or run together, the template's
    head and foot at each page's turn), VIP免费下载, related titles and the site's statement."""
    rng = _rng(story, "renrendoc_page_alts_jianjie_run_together")
    body = _squashed("".join(story.lines))
    heads = [head for head in TEMPLATE_HEADS if _squashed(head) not in body]
    feet = [foot for foot in TEMPLATE_FEET if _squashed(foot) not in body]
    head, foot = rng.choice(heads), rng.choice(feet)
    templated = rng.random() < 0.6
    own_title = not story.headline
    title = story.headline or rng.choice(DOC_TITLES)
    uploaded = _later(story, rng, 60, 900)
    total = sum(len(line) for line in story.lines)
    pages = total // 700 + 1
    shown = min(pages, 5)
    bar = "\n".join(["人人文库", "首页", "行业资料", "党政相关", "办公文档", "搜索", "上传文档", "登录　注册"])
    crumb = f"人人文库 > 行业资料 > 党政相关 > {rng.choice(['讲话致辞', '工作总结', '工作汇报'])}"
    card = "\n".join(
        [
            f"{pages}页",
            f"{rng.choice(['5', '8', '10', '15'])}金币",
            f"{rng.choice(['wenku', '文库精选', '书山有路'])}{rng.randrange(100, 999)} 上传于{uploaded:%Y-%m-%d}",
            "举报　收藏",
        ]
    )
    alts = "\n".join(f"{title}_第{number}页" for number in range(1, shown + 1))
    reading = f"已阅读{shown}页，还剩{pages - shown}页未读， 继续免费阅读" if pages > shown else None
    rights = "版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领"
    # The document's own text: its title, maybe its day, the paragraphs; the template's head and foot at each
    # page's turn, about every 700 characters, wherever it falls.
    doc_lines: list[str] = []
    if story.headline and rng.random() < 0.7:
        doc_lines.append(story.headline)
    if story.published and rng.random() < 0.5:
        doc_lines.append(f"（{_unpadded(story.published)}）")
    doc_lines += list(story.lines)
    turn = head if not templated else f"{foot}{head}"
    run_together = rng.random() < 0.5
    pieces: list[str] = [head] if templated else []
    if templated:
        pieces.append(foot)
    text_parts: list[str] = []
    written = 0
    for line in doc_lines:
        cut_line = ""
        for char in line:
            cut_line += char
            written += 1
            if templated and written % 700 == 0:
                cut_line += turn if run_together else f"\n{foot}\n{head}\n"
        text_parts.append(cut_line)
    doc_text = ("" if run_together else "\n").join(text_parts)
    if templated:
        doc_text = (head if run_together else head + "\n") + doc_text
        doc_text += foot if run_together else "\n" + foot
    related = rng.sample(DOC_TITLES, 4)
    statement = (
        "本站为文档C2C交易模式，即用户上传的文档直接被用户下载，本站只是中间服务平台，本站所有文档下载所得的收益"
        "归上传人所有。人人文库仅提供信息存储空间，仅对用户上传内容的表现方式做保护处理，对上载内容本身不做任何修改"
        "或编辑。若文档所含内容侵犯了您的版权或隐私，请立即通知人人文库，我们立即给予删除！"
    )
    icp, _ = _numbers(rng)
    blocks: list[tuple[str | None, bool]] = [
        (bar, True),
        (crumb, True),
        (f"{title}.docx", own_title),
        (card, True),
        (alts, own_title),
        (reading, True),
        ("下载本文档", True),
        (rights, True),
        ("文档简介", True),
        (doc_text, False),
        ("VIP免费下载\n下载本文档", True),
        ("\n".join(["相关资源", *(f"{t}.docx" for t in related)]), True),
        (f"{statement}\n{icp}", True),
    ]
    text, furniture = _capture(blocks)
    if not own_title:
        pieces.append(".docx")
        pieces += [f"_第{number}页" for number in range(1, shown + 1)]
    pieces = [piece for piece in pieces if _squashed(piece) and _squashed(piece) not in body]
    return Wrapped(
        text + "\n",
        (*furniture, *pieces),
        f"https://www.renrendoc.example-t20.com/paper/{rng.randrange(10**8, 10**9)}.html",
        kind="text",
    )


# ---------------------------------------------------------------- a scanner app, a subtitle list, a recogniser


@text_form("saomiao_quanneng_txt_page_watermark_rows")
def saomiao_quanneng_txt_page_watermark_rows(story: Story) -> Wrapped:
    """A printed meeting handout through a phone scanner app's text export (扫描全能王-like, UTF-8): maybe the
    handout's label, the headline in rows, maybe the day, the paragraphs in printed rows of 28 characters, maybe 来源,
    and at each page's foot the page number with the app's watermark read on its line."""
    rng = _rng(story, "saomiao_quanneng_txt_page_watermark_rows")
    label = rng.choice([None, f"材料之{rng.choice('一二三四五')}", "会议材料", "内部资料　注意保存"])
    two_lines = rng.random() < 0.4
    ascii_marks = rng.random() < 0.5
    indent = "　　" if rng.random() < 0.5 else ""
    per_page = 22

    def read(row: str) -> str:
        if not ascii_marks:
            return row
        return row.replace("，", ",").replace("：", ":").replace("（", "(").replace("）", ")").replace("；", ";")

    def foot(number: int) -> str:
        gap = " " * rng.randrange(6, 20)
        if two_lines:
            return f"— {number} —{gap}CS扫描全能王\n3亿人都在用的扫描App"
        return f"— {number} —{gap}扫描全能王 创建"

    head_rows: list[tuple[str, bool]] = []
    if label:
        head_rows.append((label, True))
    if story.headline:
        head_rows += [(row, False) for row in _print_rows(story.headline, 40)]
    if story.published and rng.random() < 0.7:
        head_rows.append((f"（{_unpadded(story.published)}）", False))
    rows: list[str] = []
    for line in story.lines:
        rows += [read(row) for row in _print_rows(line, 56, indent)]
    if story.outlet and rng.random() < 0.5:
        rows.append(read(f"（来源：{story.outlet}）"))
    blocks: list[tuple[str | None, bool]] = list(head_rows)
    room = max(per_page - len(head_rows) - 1, 4)
    page = 1
    for row in rows:
        if room <= 0:
            blocks.append((foot(page), True))
            page += 1
            room = per_page
        blocks.append((row, False))
        room -= 1
    blocks.append((foot(page), True))
    text, furniture = _capture(blocks)
    scanned = _later(story, rng, 1, 60)
    return Wrapped(
        text + "\n",
        furniture,
        f"file:///C:/Users/{_token(rng, 5)}/Downloads/新文档 {scanned:%Y-%m-%d %H.%M.%S}.txt",
        kind="text",
    )


@text_form("dianshi_changci_no_punctuation_gb18030")
def dianshi_changci_no_punctuation_gb18030(story: Story) -> Wrapped:
    """A county TV newscast's subtitle list for the character generator (唱词, GB18030 and CRLF, or UTF-8 with a
    BOM): the program with its day and 唱词, each item's number and title over its rows of at most 15 characters
    without marks, the story's among other items, and each item's reporters' row."""
    rng = _rng(story, "dianshi_changci_no_punctuation_gb18030")
    place = rng.choice(PLACES)
    program = f"{place[:2]}新闻"
    issue = rng.randrange(1200, 5000)
    if story.published:
        day = story.published
        heading = rng.choice([f"{program}{day:%Y%m%d}唱词", f"{program} {day.year}.{day.month}.{day.day} 唱词"])
    else:
        heading = f"{program} 第{issue}期 唱词"
    limit = rng.choice([14, 15])
    keep = "《》“”"

    def subtitle_rows(lines: tuple[str, ...]) -> list[str]:
        rows: list[str] = []
        for line in lines:
            clauses = [_bare(piece, keep) for piece in _clauses(line)]
            runs = _pack([clause for clause in clauses if clause], limit, " ")
            # A run the packing cut inside a word is packed again by its words.
            for run in runs:
                rows += _pack(run.split(" "), limit, " ") if len(run) >= limit and " " in run else [run]
        # A closing quotation or title mark the cut left at a row's start goes back to the row before.
        kept: list[str] = []
        for row in rows:
            while kept and row and row[0] in "”》":
                kept[-1] += row[0]
                row = row[1:].lstrip()
            if row:
                kept.append(row)
        return kept

    def reporters() -> str:
        first, second = rng.sample(NAMES, 2)
        return f"记者 {first} {second}" if rng.random() < 0.6 else f"通讯员 {first}"

    others = rng.sample(OTHER_ITEMS, rng.randrange(2, 4))
    at = rng.randrange(len(others) + 1)
    blocks: list[tuple[str | None, bool]] = [(heading, not story.published)]
    for index in range(len(others) + 1):
        number = index + 1
        if index == at:
            blocks.append((f"{number} {story.headline}" if story.headline else f"{number}", False))
            blocks += [(row, False) for row in subtitle_rows(story.lines)]
            blocks.append((reporters(), True))
        else:
            title, lines = others[index - (index > at)]
            item = [f"{number} {title}", *subtitle_rows(lines), reporters()]
            blocks.append(("\n".join(item), True))
        blocks.append(("", False))
    text, furniture = _capture(blocks)
    if story.published:
        furniture = (*furniture, "唱词")
    gbk = rng.random() < 0.65
    folder = f"{story.published:%Y%m%d}" if story.published else f"qi{issue}"
    return Wrapped(
        _crlf(text) + "\r\n",
        furniture,
        f"file:///D:/CG/{folder}/changci.txt",
        encoding="gb18030" if gbk else "utf-8-sig",
        kind="text",
    )


def _stamp(seconds: float) -> str:
    milliseconds = round(seconds * 1000)
    hours, milliseconds = divmod(milliseconds, 3_600_000)
    minutes, milliseconds = divmod(milliseconds, 60_000)
    whole, milliseconds = divmod(milliseconds, 1000)
    return (f"{hours:02d}:" if hours else "") + f"{minutes:02d}:{whole:02d}.{milliseconds:03d}"


@text_form("whisper_cli_verbose_segments_timestamps")
def whisper_cli_verbose_segments_timestamps(story: Story) -> Wrapped:
    """A news video through a speech recogniser at a terminal (Whisper-like, UTF-8): the command with the video's
    file, maybe the download bar and the FP16 warning, maybe the language detection, then each segment behind its
    stamps (without marks, with commas, or as written) and the prompt."""
    rng = _rng(story, "whisper_cli_verbose_segments_timestamps")
    place = rng.choice(PLACES)
    named = rng.randrange(3)
    on_the_day = _moment(story.published, rng)
    recorded = on_the_day or _later(story, rng, 0, 30)
    if named == 0 and story.headline:
        video = f"{story.headline}.mp4"
    elif named == 1 and story.published:
        video = f"{place[:2]}新闻{story.published:%Y%m%d}.mp4"
    else:
        video = f"VID_{recorded:%Y%m%d_%H%M%S}.mp4"
    # The file's name holds the headline or the day, but a phone's name for a later recording holds neither.
    own_file = video.startswith("VID_") and on_the_day is None
    model = rng.choice(["small", "medium", "large-v2", "large-v3"])
    language = rng.random() < 0.5
    command = f'$ whisper "{video}" --model {model}' + (" --language Chinese" if language else "")
    size = {"small": "461M", "medium": "1.42G", "large-v2": "2.87G", "large-v3": "2.88G"}[model]
    bar = (
        f"100%|{'█' * 39}| {size}/{size} [{rng.randrange(0, 6):02d}:{rng.randrange(60):02d}<00:00, "
        f"{rng.randrange(3, 30)}.{rng.randrange(10)}MiB/s]"
    )
    warning = (
        "/usr/local/lib/python3.10/dist-packages/whisper/transcribe.py:115: UserWarning: FP16 is not supported on "
        'CPU; using FP32 instead\n  warnings.warn("FP16 is not supported on CPU; using FP32 instead")'
    )
    style = rng.randrange(3)  # no marks, commas, or as written (with an initial prompt)

    def render(piece: str) -> str:
        if style == 0:
            return _bare(piece)
        if style == 1:
            return re.sub(r"[。！？；;!?]+$", "", piece).strip("，,、；;：: ")
        return piece.lstrip("，,、；;：: ")

    limit = rng.choice([18, 24, 30])
    clock = rng.uniform(0.0, 2.0)
    lines: list[tuple[str | None, bool]] = [(command, False)]
    pieces_listed: list[str] = []
    if own_file:
        pieces_listed.append(command)
    else:
        pieces_listed += ["$ whisper", f"--model {model}" + (" --language Chinese" if language else "")]
    if rng.random() < 0.4:
        lines.append((bar, True))
    if rng.random() < 0.5:
        lines.append((warning, True))
    if not language:
        lines.append(
            (
                "Detecting language using up to the first 30 seconds. Use `--language` to specify the language\n"
                "Detected language: Chinese",
                True,
            )
        )
    for line in story.lines:
        for segment in _pack(_clauses(line), limit):
            spoken = render(segment)
            if not spoken:
                continue
            start = round(clock / 0.02) * 0.02
            clock += len(segment) * rng.uniform(0.19, 0.26) + rng.uniform(0.1, 0.6)
            end = round(clock / 0.02) * 0.02
            stamps = f"[{_stamp(start)} --> {_stamp(end)}]"
            lines.append((f"{stamps} {spoken}", False))
            pieces_listed.append(stamps)
        clock += rng.uniform(0.3, 1.5)
    lines.append(("$", False))
    text, furniture = _capture(lines)
    return Wrapped(
        text + "\n",
        (*furniture, *pieces_listed),
        f"file:///home/{_token(rng, 5)}/asr/{recorded:%Y%m%d}_whisper.log",
        kind="text",
    )


# ---------------------------------------------------------------- a search index, an annotation tool


def _pair(key: str, value: object, between: str = ": ") -> str:
    return f"{json.dumps(key)}{between}{json.dumps(value, ensure_ascii=False)}"


@text_form("kibana_es_hit_source_utc_fields")
def kibana_es_hit_source_utc_fields(story: Story) -> Wrapped:
    """A monitoring system's search-index document as its console shows it (Kibana-like, UTF-8): a Dev Tools search
    by the address with its response (" : " between keys and values), or Discover's JSON of a hit with fields in UTC
    and sort in epoch milliseconds; the _source with title, content, url, site_name, source, author, pub_time, a
    later crawl_time, channel, media_type, sentiment, keywords, region and similar_count."""
    rng = _rng(story, "kibana_es_hit_source_utc_fields")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column = rng.choice(COLUMNS20)
    host = _host(rng)
    url = _address(host, story.published, rng.randrange(10**5, 10**6))
    moment = _moment(story.published, rng)
    offset = rng.random() < 0.5  # the crawler wrote the zone: the index keeps UTC, eight hours back
    if moment is None:
        pub_time: str | None = None
    elif offset:
        pub_time = f"{moment:%Y-%m-%dT%H:%M:%S}+08:00"
    else:
        pub_time = f"{moment:%Y-%m-%d %H:%M:%S}"
    crawled = _later(story, rng, 0, 3)
    if moment and crawled <= moment:
        crawled = moment + dt.timedelta(minutes=rng.randrange(5, 300))
    if story.headline:
        title, own_title = story.headline, False
    elif rng.random() < 0.5:
        title, own_title = _page_title(story, column, site)[0], True
    else:
        title, own_title = "", True
    source_doc: dict[str, object] = {
        "title": title,
        "content": "\n".join(story.lines),
        "url": url,
        "site_name": site,
        "source": story.outlet or "",
        "author": rng.choice(NAMES) if rng.random() < 0.3 else "",
        "pub_time": pub_time,
        "crawl_time": f"{crawled:%Y-%m-%d %H:%M:%S}",
        "channel": column,
        "media_type": "网站",
        "sentiment": rng.choice(["正面", "中性"]),
        "keywords": rng.sample(["招商引资", "项目", "签约", "投资", "营商环境", "产业"], 3),
        "region": f"{rng.choice(PROVINCES)}{place}",
        "similar_count": rng.randrange(0, 12),
    }
    index = f"yuqing_news_{(story.published or crawled.date()):%Y.%m}"
    doc_id = hashlib.md5(url.encode()).hexdigest()
    listed_keys = ["url", "site_name", "crawl_time", "channel", "media_type", "sentiment", "keywords", "region"]
    listed_keys.append("similar_count")
    if source_doc["author"]:
        listed_keys.append("author")
    if own_title and title:
        listed_keys.append("title")
    console = rng.random() < 0.5
    between = " : " if console else ": "
    pieces = [_pair(key, source_doc[key], between) for key in listed_keys]
    pieces.append(f'"content"{between}')
    if console:
        hit = {"_index": index, "_type": "_doc", "_id": doc_id, "_score": round(rng.uniform(8, 20), 6)}
        hit["_source"] = source_doc
        response = {
            "took": rng.randrange(1, 40),
            "timed_out": False,
            "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
            "hits": {
                "total": {"value": 1, "relation": "eq"},
                "max_score": hit["_score"],
                "hits": [hit],
            },
        }
        printed = json.dumps(response, ensure_ascii=False, indent=2, separators=(",", " : "))
        request = "\n".join(
            [
                "GET yuqing_news_*/_search",
                "{",
                '  "query": {',
                '    "term": {',
                f'      "url": "{url}"',
                "    }",
                "  }",
                "}",
            ]
        )
        text = f"{request}\n\n{printed}"
        pieces.append(request)
    else:
        hit = {"_index": index, "_type": "_doc", "_id": doc_id, "_version": 1, "_score": None}
        hit["_source"] = source_doc
        fields: dict[str, list[str]] = {}
        crawled_utc = crawled - dt.timedelta(hours=8)
        fields["crawl_time"] = [f"{crawled_utc:%Y-%m-%dT%H:%M:%S}.000Z"]
        if moment:
            shown = moment - dt.timedelta(hours=8) if offset else moment
            fields["pub_time"] = [f"{shown:%Y-%m-%dT%H:%M:%S}.000Z"]
        hit["fields"] = fields
        sort_at = (moment - dt.timedelta(hours=8) if offset else moment) if moment else crawled_utc
        hit["sort"] = [int(sort_at.replace(tzinfo=dt.timezone.utc).timestamp() * 1000)]
        printed = json.dumps(hit, ensure_ascii=False, indent=2)
        text = printed
        pieces.append(f'"crawl_time": ["{fields["crawl_time"][0]}"]')
        pieces.append('"fields": {')
    head = printed[: printed.index('"_source"')] + '"_source"'
    pieces.append(head)
    return Wrapped(
        text + "\n",
        tuple(pieces),
        f"file:///home/{_token(rng, 5)}/yuqing/notes/{doc_id[:8]}.json",
        kind="text",
    )


ENTITY_PATTERNS = [
    (r"\d+(?:\.\d+)?(?:亿美元|万美元|亿元|万元|亿)", "金额"),
    (r"\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日", "时间"),
    (r"[\u4e00-\u9fff]{2,10}?(?:有限公司|集团|公司)", "企业"),
    (r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}(?:省|市|县|区)", "地名"),
    (r"[\u4e00-\u9fff]{2,8}(?:产业园|开发区|工业园)", "园区"),
    (r"[\u4e00-\u9fff]{2,8}项目", "项目"),
]


@text_form("doccano_jsonl_paragraph_records_entities")
def doccano_jsonl_paragraph_records_entities(story: Story) -> Wrapped:
    """An annotation tool's export of articles uploaded a paragraph a line (doccano-like JSONL, UTF-8): other
    articles' records around the story's (maybe its headline's, maybe its info line's, then a paragraph's each),
    each with id, text, relations and entities with their labels and offsets."""
    rng = _rng(story, "doccano_jsonl_paragraph_records_entities")
    next_id = [rng.randrange(1000, 9000)]
    next_entity = [rng.randrange(10000, 90000)]
    next_relation = [rng.randrange(100, 900)]

    def record(text: str) -> tuple[str, str, str]:
        """The record's line, and its head and tail around the text."""
        spans: list[tuple[int, int, str]] = []
        for pattern, label in ENTITY_PATTERNS:
            for match in re.finditer(pattern, text):
                start, end = match.start(), match.end()
                if rng.random() < 0.5 or any(start < right and left < end for left, right, _ in spans):
                    continue
                spans.append((start, end, label))
        entities: list[dict[str, object]] = []
        for start, end, label in sorted(spans):
            next_entity[0] += 1
            entities.append({"id": next_entity[0], "label": label, "start_offset": start, "end_offset": end})
        relations: list[dict[str, object]] = []
        firms = [entity for entity in entities if entity["label"] == "企业"]
        sums = [entity for entity in entities if entity["label"] == "金额"]
        if firms and sums and rng.random() < 0.6:
            next_relation[0] += 1
            relations.append(
                {"id": next_relation[0], "from_id": firms[0]["id"], "to_id": sums[0]["id"], "type": "投资额"}
            )
        next_id[0] += 1
        line = json.dumps(
            {"id": next_id[0], "text": text, "relations": relations, "entities": entities}, ensure_ascii=False
        )
        head = line[: line.index('"text": "') + len('"text": "')]
        tail = line[line.rindex('", "relations": ') :]
        return line, head, tail

    others = rng.sample(OTHER_ITEMS, rng.randrange(1, 3))
    at = rng.randrange(len(others) + 1)
    lines: list[str] = []
    pieces: list[str] = []
    for index in range(len(others) + 1):
        if index == at:
            texts: list[str] = []
            if story.headline and rng.random() < 0.7:
                texts.append(story.headline)
            info = _run(
                [
                    f"来源：{story.outlet}" if story.outlet else None,
                    f"发布时间：{story.published:%Y-%m-%d}" if story.published else None,
                ],
                " ",
            )
            if info and rng.random() < 0.4:
                texts.append(info)
            texts += list(story.lines)
            for text in texts:
                line, head, tail = record(text)
                lines.append(line)
                pieces += [head, tail]
            continue
        title, paragraphs = others[index - (index > at)]
        for text in (title, *paragraphs):
            line, _, _ = record(text)
            lines.append(line)
            pieces.append(line)
    return Wrapped(
        "\n".join(lines) + "\n",
        tuple(pieces),
        f"file:///home/{_token(rng, 5)}/uie/data/doccano_ext_{rng.randrange(1, 9)}.jsonl",
        kind="text",
    )


# ---------------------------------------------------------------- a copy-detection report, a coding export


@text_form("cnki_fuzhi_jiance_quanwen_duizhao")
def cnki_fuzhi_jiance_quanwen_duizhao(story: Story) -> Wrapped:
    """A copy-detection service's report with the full-text comparison (CNKI-like, UTF-8, or GB18030 and CRLF): the
    title and number, a later 检测时间, 检测文献, 作者, 检测范围, 时间范围, 检测结果, 指标, the part with its 总字数,
    相似文献列表 with the story's own copy on its site among others, 原文内容 and the 说明."""
    rng = _rng(story, "cnki_fuzhi_jiance_quanwen_duizhao")
    place = rng.choice(PLACES)
    checked = _later(story, rng, 30, 800)
    own_name = not story.headline
    name = story.headline or rng.choice(["招商引资讲话稿（终稿）", "信息稿件-招商", "新闻稿0312", "讲话材料修改稿"])
    writer = rng.choice(NAMES) if rng.random() < 0.4 else ""
    total = sum(len(line) for line in story.lines) + (len(story.headline) if story.headline else 0)
    copied = int(total * rng.uniform(0.55, 0.97))
    own_copy = int(copied * rng.uniform(0.85, 0.99))
    rate = copied / max(total, 1) * 100
    own_rate = own_copy / max(total, 1) * 100
    site = f"{place}人民政府"
    host = _host(rng)
    number = f"№:ADBD{checked:%Y%m%d}{rng.randrange(10**9, 10**10)}"
    header = "\n".join(
        [
            "文本复制检测报告单(全文对照)",
            number,
            f"检测时间:{checked:%Y-%m-%d %H:%M:%S}",
        ]
    )
    scope = "\n".join(
        [
            "检测范围: 中国学术期刊网络出版总库",
            "中国博士学位论文全文数据库/中国优秀硕士学位论文全文数据库",
            "中国重要会议论文全文数据库",
            "中国重要报纸全文数据库",
            "中国专利全文数据库",
            "互联网资源(包含贴吧等论坛资源)",
            "英文数据库(涵盖期刊、博硕、会议的英文数据以及德国Springer、英国Taylor&Francis 期刊数据库等)",
            "港澳台学术文献库",
            "互联网文档资源",
            "个人比对库",
            f"时间范围: 1900-01-01至{checked:%Y-%m-%d}",
        ]
    )
    front = int(copied * rng.uniform(0.3, 0.6))
    results = "\n".join(
        [
            "检测结果",
            f"去除本人文献复制比: {rate:.1f}%  去除引用文献复制比: {rate:.1f}%  总文字复制比: {rate:.1f}%",
            f"单篇最大文字复制比: {own_rate:.1f}%",
            f"重复字数: [{copied}]  总段落数: [1]",
            f"总字数: [{total}]  疑似段落数: [1]",
            f"单篇最大重复字数: [{own_copy}]  前部重复字数: [{front}]",
            f"疑似段落最大重复字数: [{copied}]  后部重复字数: [{copied - front}]",
            f"疑似段落最小重复字数: [{copied}]",
            "指 标: 疑似剽窃观点 疑似剽窃文字表述 疑似整体剽窃 过度引用",
            "相似表格: 0  相似公式: 没有公式  疑似文字的图片: 0",
        ]
    )
    year = (story.published or checked.date()).year
    own_title = story.headline or _page_title(story, rng.choice(COLUMNS20), site)[0]
    own_source = story.outlet or site
    own_entry = (
        f"1  {own_title}  {own_rate:.1f}%({own_copy})\n"
        f"   {own_source} -《互联网文档资源（http://{host}）》- {year}  是否引证：否"
    )
    others = rng.sample(OTHERS, rng.randrange(1, 3))
    rest = copied - own_copy
    entries: list[tuple[str, bool]] = [(own_entry, False)]
    for position, title in enumerate(others, 2):
        share = rest // len(others)
        entries.append(
            (
                f"{position}  {title}  {share / max(total, 1) * 100:.1f}%({share})\n"
                f"   《中国重要报纸全文数据库》- {_near(story.published, rng):%Y-%m-%d}  是否引证：否",
                True,
            )
        )
    explained = "\n".join(
        [
            "说明：1.总文字复制比：被检测文献总重复字数在总字数中所占的比例",
            "2.去除引用文献复制比：去除系统识别为引用的文献后，计算出来的重合字数在总字数中所占的比例",
            "3.去除本人文献复制比：去除作者本人文献后，计算出来的重合字数在总字数中所占的比例",
            "4.单篇最大文字复制比：被检测文献与所有相似文献比对后，重合字数占总字数的比例最大的那一篇文献的文字复制比",
            "5.指标是由系统根据《学术论文不端行为的界定标准》自动生成的",
            "6.红色文字表示文字复制部分；绿色文字表示引用部分；棕灰色文字表示作者本人已发表文献部分",
            "7.本报告单仅对您所选择比对资源范围内检测结果负责",
            "amlc@cnki.net",
            "https://check.cnki.net/",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (header, True),
        (f"检测文献: {name}", own_name),
        (f"作者: {writer}", bool(writer)),
        (scope, True),
        (results, True),
        (f"1. {name}", own_name),
        (f"总字数：{total}", True),
        (
            f"相似文献列表\n去除本人文献复制比：{rate:.1f}%({copied})  文字复制比：{rate:.1f}%({copied})  "
            "疑似剽窃观点：(0)",
            True,
        ),
        *entries,
        ("原文内容", True),
        (story.headline if story.headline and rng.random() < 0.6 else None, False),
        *((line, False) for line in story.lines),
        (explained, True),
    ]
    text, furniture = _capture(blocks)
    pieces = [f"-《互联网文档资源（http://{host}）》-", "是否引证：否"]
    if not story.headline:
        pieces.append(own_title)
    if not story.outlet:
        pieces.append(f"- {site} -")
    saved = rng.random() < 0.35
    return Wrapped(
        (_crlf(text) + "\r\n") if saved else text + "\n",
        (*furniture, *pieces),
        f"file:///C:/Users/{_token(rng, 5)}/Desktop/检测报告_{checked:%Y%m%d}.txt",
        encoding="gb18030" if saved else "utf-8",
        kind="text",
    )


@text_form("nvivo_case_node_references_coverage")
def nvivo_case_node_references_coverage(story: Story) -> Wrapped:
    """A qualitative-analysis tool's coding export of a case node (NVivo-like, UTF-8 with a BOM, CRLF): the node's
    name, then each file coded at it behind <Files\\\\folder\\\\name> with its references and coverage, Reference 1 with
    its coverage, and the file's text; the story's file among the case's others."""
    rng = _rng(story, "nvivo_case_node_references_coverage")
    place = rng.choice(PLACES)
    folder = rng.choice(["讲话稿", "新闻报道", "政府网站", "招商引资"])
    naming = rng.randrange(3)
    if naming == 0 and story.headline:
        name, own_name = story.headline, False
    elif naming == 1 and story.published:
        name, own_name = f"{story.published:%Y-%m-%d} {place} 招商", False
    else:
        name, own_name = f"{place}_{rng.choice(['讲话', '报道', '材料'])}_{rng.randrange(1, 60):03d}", True
    node = f"Cases\\\\{rng.choice(PROVINCES)}\\\\{place}"

    def entry(file_name: str, text_lines: list[str]) -> tuple[str, str, str]:
        return (
            f"<Files\\\\{folder}\\\\{file_name}> - § 1 reference coded  [100.00% Coverage]",
            "Reference 1 - 100.00% Coverage",
            "\n".join(text_lines),
        )

    own_lines: list[str] = []
    if story.headline and rng.random() < 0.7:
        own_lines.append(story.headline)
    info = _run(
        [
            f"来源：{story.outlet}" if story.outlet else None,
            f"发布时间：{story.published:%Y-%m-%d}" if story.published else None,
        ],
        "　",
    )
    if info and rng.random() < 0.6:
        own_lines.append(info)
    own_lines += list(story.lines)
    others = rng.sample(OTHER_ITEMS, rng.randrange(1, 3))
    at = rng.randrange(len(others) + 1)
    blocks: list[tuple[str | None, bool]] = [(f"Name: {node}", True)]
    pieces: list[str] = []
    for index in range(len(others) + 1):
        if index == at:
            head, reference, body = entry(name, own_lines)
            blocks += [(head, own_name), (reference, True), (body, False)]
            if not own_name:
                pieces += [f"<Files\\\\{folder}\\\\", "- § 1 reference coded  [100.00% Coverage]"]
            continue
        title, lines = others[index - (index > at)]
        near = _near(story.published, rng)
        head, reference, body = entry(f"{near:%Y-%m-%d} {title[:8]}", [title, *lines])
        blocks.append(("\n\n".join([head, reference, body]), True))
    text, furniture = _capture(blocks, "\n\n")
    return Wrapped(
        _crlf(text) + "\r\n",
        (*furniture, *pieces),
        f"file:///C:/Users/{_token(rng, 5)}/Documents/NVivo/{place}_case_export.txt",
        encoding="utf-8-sig",
        kind="text",
    )


DEV_T20, LOCKED_T20 = split_by_digest(TEXT_FORMS20, "text round 20/", locked=6)
