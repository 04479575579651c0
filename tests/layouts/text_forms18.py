"""Twelve text capture forms written blind (text round 18): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of extractor, converter, clipper, site
generator, OCR engine, document tool, database dump, news database, crawler, shell, feed service or form service
gives, none of them drawn in text rounds 1 to 17, weighed toward how government and media news ends up as plain text
in the corpora of the 2020s: a main-text extractor's JSON; a portal page through Pandoc's Markdown writer and through
a browser's Markdown clipper; a county site's source moved to a static-site generator; a newspaper page's scan
through an OCR engine; a Word attachment through a .doc converter; a CMS's database dump; a newspaper database's
tagged export; a 微博 crawler's CSV; an article API's answer listed by a Windows shell; a feed service's RSS of a
county column; a 问卷星 answer sheet of a town's 信息报送; and toward stories that show no headline (each form then
shows what it would show without one: the page's title of the site's own, an empty field, an answer left 空, or
nothing):

- a main-text extractor's JSON (trafilatura-like, UTF-8, one record on one line, ensure_ascii off): title (the
  headline, or the page's title: the column and the site), author (the page's editor, or null), hostname, date (the
  day, null, or a later day the extractor took from the page's footer), fingerprint, id, license, comments, raw_text
  (the text's lines run together by spaces) and text (by escaped newlines), language, image, pagetype, source (the
  address), source-hostname, excerpt (the site's description, or the first paragraph's start), categories and tags;
  the text holds what the extractor kept of the page: maybe the info line (发布时间, 来源 and 浏览次数) over the
  paragraphs, and the print tools or 上一篇/下一篇 after them;
- a county portal page through Pandoc's HTML reader and Markdown writer (UTF-8): maybe the standalone title block
  (title: in quotes, the page's title), the template's divs as fenced ::: {.class} blocks, the logo as a linked
  image with attributes, the menu as "-   " bullets of links, 当前位置 with links and escaped \\>, the headline in a
  ::: {.title} div or as # heading {#id}, the info line as [spans]{.class} (发布时间 or 发布日期, 来源, a 浏览次数
  counter), the font links, the paragraphs with Markdown's marks and non-breaking spaces escaped, wrapped at 72
  columns where they have spaces, an image with width and height, the print links, 上一篇/下一篇 with a backslash
  line break, and the footer's lines;
- a county portal page through a browser's Markdown clipper (MarkDownload-like, UTF-8) with its default template:
  YAML front matter (created: a later time with (UTC +08:00), tags: [the page's keywords], source:, author: empty
  or the site), # the page's title (the headline with the column and the site, with the site after -, the headline,
  or the column and the site), > ## Excerpt with the site's description or the first paragraph's start, ---, then
  the reader's article: maybe the info line, the paragraphs with Turndown's escapes, an image's line, 责任编辑;
- a county investment site's source moved to a static-site generator (Hugo-like, UTF-8): TOML front matter between
  +++ lines (title in quotes, empty where the page had none; date with its offset; a later lastmod; draft,
  categories, tags, slug and aliases; a [params] table with source, author and the original address), a figure
  shortcode with its caption, the paragraphs as Markdown or as the old site's <p style> HTML, <!--more--> after the
  first, and *来源：the outlet* at the end;
- a newspaper page's scan through an OCR engine (Tesseract-like chi_sim, UTF-8, a form feed at the page's end): a
  space between every two Chinese characters, some full-width marks read as ASCII ones, the paper's line with the
  day and 星期 (the outlet where it is a paper, or the city's daily), the page's line with 第N版, its name and the
  editors, a neighbouring article's last rows, the headline in one or two rows, maybe a reporter's credit, every
  paragraph in rows of the column's width (blank lines between blocks, a stray | or _ row), （来源：the outlet）
  where the paper is not it, and the next article's title and first rows;
- a Word attachment (.doc) through a converter (antiword-like, UTF-8): the 信息报送 table drawn with | (报送单位,
  联系人, 联系电话, a later 报送日期), the headline centred by spaces, [pic] marks, every paragraph indented and
  wrapped at 76 columns (a wide character two), and the outlet and the day right-aligned at the end;
- a CMS's database dump (mysqldump of a DedeCMS site, UTF-8 or GBK): the dump's header comments and /*!40101 SET
  ... */ lines, then `dede_addonarticle` before `dede_archives` (the dump's order): LOCK TABLES, the extended
  INSERT with the story's body (HTML <p>s with escaped \\r\\n\\t, or a text-indent style) among other rows, then
  the archives' row with the title (or ''), the writer, the source (or ''), pubdate and senddate as Unix seconds
  (the story's moment, or the later time an import set), an automatic description or none, and the dump's end with
  its later time;
- a newspaper database's tagged export (TRS-like, GB18030, CRLF): records each opened by <REC>, their fields as
  <名>= lines (a paper's scheme: ID, 标题, 副标题, 引题, 作者, 媒体, 日期 dotted or in eight digits, 版次, 版名, 字数,
  正文, a later 入库日期; or a web scheme: 来源, 发布时间, 频道, 网址), the text's lines indented after <正文>=, the
  empty fields left bare; other records before and after the story's;
- a 微博 crawler's CSV (weibo-crawler-like, UTF-8 with a BOM, CRLF between rows, LF inside a quoted cell): the header
  (id, bid, 正文, 头条文章url, 原始图片url, 视频url, 位置, 日期, 工具, 点赞数, 评论数, 转发数, 话题, @用户), the
  account's other posts, and the story's row: its 正文 maybe opening with #话题#, the headline in 【】 run into the
  first paragraph, the paragraphs run together (the crawler's string(.) drops the <br>s) or on lines of their own,
  （来源：the outlet） where the account is not it, the day (with or without the time, empty where there is none),
  the tool, the counts and the topic;
- an article API's answer listed by a Windows shell (PowerShell 5-like Format-List piped to Out-File: UTF-16 with a
  BOM, CRLF): blank lines, then each property as its name padded to the longest and " : " (id, title, source,
  author, pubDate as a string or epoch milliseconds, channelName, url, content, readCount), a long value wrapped at
  the file's width (80, 120 or 150 columns, a wide character two) with its rows indented under the first, the
  content as lines or as <p> HTML run together, empty values where the story has none, and maybe another record;
- a feed service's RSS of a county column (RSSHub-like, UTF-8): the XML declaration, the channel (title and
  description in CDATA, Powered by RSSHub, atom:link, generator, webMaster, language, a later lastBuildDate, ttl),
  then items: the title in CDATA (absent where there is none), the description in CDATA (<p>s or <br>s, an <img>
  with referrerpolicy), pubDate in GMT (eight hours back, the day before where the time is early), guid and link,
  the author in CDATA (the outlet, absent where there is none), a category; other items around the story's;
- a 问卷星 answer sheet of a town's 信息报送 select-all copied (UTF-8, LF or CRLF): 问卷星, the questionnaire's
  name, 答卷详情 with 序号, a later 提交答卷时间, 所用时间, 来源 (手机提交 or a link), 来源详情, 来自IP with its
  province and city, then 第N题 with its type in brackets over each answer (报送单位, 信息类别, 信息标题 with the
  headline or (空), 首发媒体 with the outlet or (空), 首发日期 with the day or (空), 信息正文 with the paragraphs,
  联系人及电话, 配发图片), and the sheet's buttons.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels, or with markup: a JSON field's key, a front matter's key, a heading's marks, a span's class, a
database field's tag, a CDATA section, a property's name, an answer under its question, an SQL string's quotes) are
the capture's metadata and are not listed, nor are lines that hold the headline, the date or the outlet among other
words (a record, a row, a page's title with its site, an info line, a paper's line). A key and its value, an
address, a counter or a stamp beside them on such a line is listed apart. A block of short lines (a bar, a menu, a
crumb, a table, a header, a footer, a record) is listed as one string: squashed, it is one run of the text.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 18/" + name are `LOCKED_T18`, the other six `DEV_T18`. Round 18 is sealed: not scored when
written; whoever next changes the text path scores it once, both halves, at the end of their work, and fixes nothing
from its misses.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
from collections.abc import Callable

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import (
    BASE,
    PROVINCES,
    _address,
    _after,
    _capture,
    _crlf,
    _moment,
    _near,
    _numbers,
    _run,
    _token,
    _width,
)

TEXT_FORMS18: dict[str, Layout] = {}
NAMES = [
    "程海燕",
    "骆志强",
    "符晓东",
    "龚玉兰",
    "毛建平",
    "覃丽君",
    "钟国华",
    "阎雪梅",
    "尹德胜",
    "祁红英",
]
# Other items a capture holds (other records, rows, posts, items, articles): none is about the story.
OTHER_ITEMS = [
    (
        "县人社局举办秋季农民工专场招聘会",
        (
            "县人社局近日在城区广场举办秋季农民工专场招聘会，六十余家企业提供就业岗位一千二百余个。",
            "现场初步达成就业意向三百余人，发放政策宣传资料两千余份。",
        ),
    ),
    (
        "县交通运输局开展农村公路安全隐患排查",
        (
            "县交通运输局组织技术人员对全县农村公路开展安全隐患拉网式排查。",
            "排查发现临水临崖路段隐患十五处，已全部建立台账限期整改。",
        ),
    ),
    (
        "县农业农村局举办晚稻机收现场观摩会",
        (
            "县农业农村局近日在某镇举办晚稻机收现场观摩会，各乡镇农技人员参加。",
            "观摩会演示了收割机作业和秸秆打捆还田等技术。",
        ),
    ),
    (
        "县卫健委开展老年人健康体检进村活动",
        (
            "县卫健委组织医疗团队走进偏远村组，为六十五岁以上老年人免费健康体检。",
            "此次活动共为一千余名老年人建立了健康档案。",
        ),
    ),
    (
        "县生态环境局通报十月份空气质量情况",
        (
            "十月份我县空气质量优良天数比例为百分之九十六点八，同比上升二点一个百分点。",
            "主要污染物细颗粒物平均浓度同比下降百分之八。",
        ),
    ),
    (
        "县文旅局举办乡村旅游摄影大赛颁奖仪式",
        (
            "县文旅局近日举办乡村旅游摄影大赛颁奖仪式，四十幅作品获奖。",
            "获奖作品将在县博物馆展出一个月。",
        ),
    ),
    (
        "县消防救援大队开展高层建筑灭火演练",
        (
            "县消防救援大队近日在城区一高层住宅小区开展灭火救援实战演练。",
            "演练检验了灭火救援力量的快速反应和协同作战能力。",
        ),
    ),
    (
        "县档案馆征集脱贫攻坚档案资料",
        (
            "县档案馆面向社会公开征集脱贫攻坚工作中形成的文件、照片和实物。",
            "征集工作将持续至明年三月底。",
        ),
    ),
]
OTHERS = [title for title, _ in OTHER_ITEMS]
COLUMNS18 = ["部门动态", "招商引资", "乡镇动态", "投资促进"]
HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ZH_WEEKDAYS = "一二三四五六日"
CST = dt.timezone(dt.timedelta(hours=8))


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS18)


def _host(rng: random.Random) -> str:
    return f"www.{_token(rng, 4)}example-t18.gov.cn"


def _epoch(moment: dt.datetime) -> int:
    """A moment in Beijing time as Unix seconds."""
    return int(moment.replace(tzinfo=CST).timestamp())


def _gmt(moment: dt.datetime) -> str:
    """A moment in Beijing time as RFC 822 prints it in GMT: eight hours back."""
    utc = moment - dt.timedelta(hours=8)
    return f"{WEEKDAYS[utc.weekday()]}, {utc.day:02d} {MONTHS[utc.month - 1]} {utc:%Y %H:%M:%S} GMT"


def _size(text: str) -> int:
    return sum(map(_width, text))


def _rows(line: str, columns: int, indent: int = 0) -> list[str]:
    """A line cut into rows of at most `columns` display columns (a wide character two), as a tool that breaks
    between wide characters and at spaces cuts it: an ASCII word is cut only where it is wider than a row; the first
    row indented by `indent` spaces."""
    rows: list[str] = []
    row, used = " " * indent, indent
    for token in re.findall(r"[\x21-\x7e]+|\s+|.", line):
        size = _size(token)
        if token.isspace():
            if used + size > columns:
                rows.append(row.rstrip())
                row, used = "", 0
            elif row:
                row += token
                used += size
            continue
        if row.strip() and used + size > columns:
            rows.append(row.rstrip())
            row, used = "", 0
        if size > columns:
            for char in token:
                if row and used + _width(char) > columns:
                    rows.append(row)
                    row, used = "", 0
                row += char
                used += _width(char)
            continue
        row += token
        used += size
    if row.strip():
        rows.append(row.rstrip())
    return rows


def _pad(text: str, columns: int) -> str:
    return text + " " * max(columns - _size(text), 0)


def _later_day(story: Story, rng: random.Random, low: int, high: int) -> dt.datetime:
    return _after(story.published, rng, low, high)


# ---------------------------------------------------------------- extractors, converters, clippers and generators


@text_form("trafilatura_json_raw_text_excerpt")
def trafilatura_json_raw_text_excerpt(story: Story) -> Wrapped:
    """A main-text extractor's JSON (trafilatura-like, UTF-8, one line): title (the headline or the page's), author,
    hostname, date (the day, null or a later day), fingerprint, raw_text and text (the kept lines run together by
    spaces, and by escaped newlines), source, excerpt and tags; the text keeps maybe the info line and the tools."""
    rng = _rng(story, "trafilatura_json_raw_text_excerpt")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column = rng.choice(COLUMNS18)
    host = _host(rng)
    address = _address(host, story.published, rng.randrange(10**5, 10**6))
    own_title = f"{column}_{site}"
    moment = _moment(story.published, rng)
    counter = f"浏览次数：{rng.randrange(30, 6000)}"
    info = _run(
        [
            f"发布时间：{moment:%Y-%m-%d %H:%M}" if moment else None,
            f"来源：{story.outlet}" if story.outlet else None,
            counter,
        ],
        "　",
    )
    kept_info = rng.random() < 0.6
    before, after = rng.sample(OTHERS, 2)
    tail = rng.choice(
        [
            [],
            ["【打印本页】　【关闭窗口】"],
            [f"上一篇：{before}", f"下一篇：{after}"],
            ["【打印本页】　【关闭窗口】", f"上一篇：{before}", f"下一篇：{after}"],
        ]
    )
    kept = [*([info] if kept_info and info else []), *story.lines, *tail]
    editor = rng.choice(NAMES) if rng.random() < 0.4 else None
    if story.published:
        date, date_own = f"{story.published:%Y-%m-%d}", False
    elif rng.random() < 0.5:
        date, date_own = f"{_later_day(story, rng, 200, 900):%Y-%m-%d}", True
    else:
        date, date_own = None, False
    if rng.random() < 0.5:
        excerpt, excerpt_own = f"{site}门户网站是{place}人民政府发布政务信息、提供在线服务的官方网站。", True
    else:
        excerpt, excerpt_own = story.lines[0][:60], False
    day = story.published or BASE
    image = (
        f"http://{host}/zwgk/bmdt/{day:%Y%m}/W0{day:%Y%m%d}{rng.randrange(10**5, 10**6)}.jpg"
        if rng.random() < 0.5
        else None
    )
    fields: list[tuple[str, object, bool]] = [
        ("title", story.headline or own_title, not story.headline),
        ("author", editor, editor is not None),
        ("hostname", host.removeprefix("www."), True),
        ("date", date, date_own),
        ("fingerprint", _token(rng, 16, HEX), True),
        ("id", None, False),
        ("license", None, False),
        ("comments", "", False),
        ("raw_text", " ".join(kept), False),
        ("text", "\n".join(kept), False),
        ("language", rng.choice([None, "zh"]), False),
        ("image", image, image is not None),
        ("pagetype", "article", True),
        ("source", address, True),
        ("source-hostname", host, True),
        ("excerpt", excerpt, excerpt_own),
        ("categories", "", False),
        ("tags", f"{place},招商引资,{column}", True),
    ]
    record = json.dumps({key: value for key, value, _ in fields}, ensure_ascii=False)
    furniture = [json.dumps({key: value}, ensure_ascii=False)[1:-1] for key, value, listed in fields if listed]
    if kept_info and info:
        # The counter beside the outlet and the day is the page's: listed apart (or the line, where it is alone).
        furniture.append(counter)
    furniture += tail
    return Wrapped(
        record + "\n",
        tuple(furniture),
        f"file:///data/extract/{host.split('.')[1]}/{_token(rng, 12, HEX)}.json",
        kind="text",
    )


def _pandoc_escape(line: str) -> str:
    """A paragraph as Pandoc's Markdown writer escapes it: its marks behind backslashes, a non-breaking space as an
    escaped space."""
    line = line.replace("\\", "\\\\")
    for mark in "*_`[]<>|$~^":
        line = line.replace(mark, "\\" + mark)
    line = re.sub(r"^#", r"\\#", line)
    return line.replace("\xa0", "\\ ")


def _wrap_spaces(line: str, columns: int) -> str:
    """A paragraph wrapped at `columns` display columns where it has (unescaped) spaces, never inside a run of text
    without one, as Pandoc wraps."""
    words = re.split(r"(?<!\\) +", line)
    rows: list[str] = []
    row = ""
    for word in words:
        if row and _size(row) + 1 + _size(word) > columns:
            rows.append(row)
            row = word
        else:
            row = f"{row} {word}" if row else word
    rows.append(row)
    return "\n".join(rows)


@text_form("pandoc_html_markdown_fenced_divs")
def pandoc_html_markdown_fenced_divs(story: Story) -> Wrapped:
    """A county portal page through Pandoc's HTML reader and Markdown writer (UTF-8): maybe a title block, ::: divs,
    the logo with attributes, "-   " menu bullets, 当前位置 with escaped \\>, the headline in a div or as # heading
    {#id}, the info line as [spans]{.class}, the font links, the paragraphs escaped and wrapped at 72 columns at their
    spaces, an image with its size, the print links, 上一篇/下一篇 with a backslash break and the footer."""
    rng = _rng(story, "pandoc_html_markdown_fenced_divs")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column, slug = rng.choice([("部门动态", "bmdt"), ("乡镇动态", "xzdt"), ("招商引资", "zsyz")])
    own_title = f"{column}_{site}"
    standalone = rng.random() < 0.5
    if standalone and story.headline:
        title_block: str | None = '---\ntitle: "' + f"{story.headline}_{own_title}".replace('"', '\\"') + '"\n---'
    elif standalone:
        title_block = f'---\ntitle: "{own_title}"\n---'
    else:
        title_block = None
    menu = ["首页", "政务公开", "政务服务", "互动交流", f"走进{place[:2]}"]
    paths = ["index.html", "zwgk/", "zwfw/", "hdjl/", "zjxq/"]
    top = "\n".join(
        [
            "::: {.top}",
            "::: {.w1200}",
            f'[![{site}](images/logo.png){{width="420" height="80"}}](index.html){{.logo}}',
            "",
            "::: {.search}",
            "[搜索]{.btn}",
            ":::",
            ":::",
            ":::",
            "",
            "::: {.nav}",
            *(f"-   [{item}]({path})" for item, path in zip(menu, paths, strict=True)),
            ":::",
            "",
            "::: {.location}",
            f"当前位置：[首页](index.html) \\> [政务公开](zwgk/) \\> [{column}](zwgk/{slug}/)",
            ":::",
            "",
            "::: {.article}",
        ]
    )
    if not story.headline:
        headline = None
    elif rng.random() < 0.5:
        headline = f"::: {{.title}}\n{_pandoc_escape(story.headline)}\n:::"
    else:
        headline = f"# {_pandoc_escape(story.headline)} {{#{rng.choice(['title', 'ivs_title', 'artTitle'])}}}"
    moment = _moment(story.published, rng)
    counter = f"[浏览次数：[{rng.randrange(30, 6000)}]{{#hits}}]{{.hits}}"
    label = rng.choice(["发布时间", "发布日期"])
    info_line = _run(
        [
            f"[{label}：{moment:%Y-%m-%d %H:%M}]{{.time}}" if moment else None,
            f"[来源：{_pandoc_escape(story.outlet)}]{{.source}}" if story.outlet else None,
            counter,
        ],
        " ",
    )
    info = f"::: {{.info}}\n{info_line}\n:::"
    font = "[字号：[大](javascript:void(0)) [中](javascript:void(0)) [小](javascript:void(0))]{.font}"
    day = story.published or BASE
    image = f'![](../../images/{day:%Y%m}/W0{day:%Y%m%d}{rng.randrange(10**5, 10**6)}.jpg){{width="600" height="400"}}'
    before, after = rng.sample(OTHERS, 2)
    icp, police = _numbers(rng)
    bottom = "\n".join(
        [
            "::: {.tools}",
            "[【打印本页】](javascript:window.print()){.print} [【关闭窗口】](javascript:window.close()){.close}",
            ":::",
            "",
            "::: {.prev-next}",
            f"上一篇：[{before}](./t{_near(story.published, rng):%Y%m%d}_{rng.randrange(10**5, 10**6)}.html)\\",
            f"下一篇：[{after}](./t{_near(story.published, rng):%Y%m%d}_{rng.randrange(10**5, 10**6)}.html)",
            ":::",
            ":::",
            "",
            "::: {.footer}",
            f"主办单位：{site}办公室　承办单位：{place}大数据中心\\",
            f"[{icp}](https://beian.miit.gov.cn/)　![](images/ga.png){police}\\",
            f"网站标识码：{rng.randrange(10**9, 10**10)}",
            ":::",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (title_block, not story.headline),
        (top, True),
        (headline, False),
        (info, info_line == counter),
        (font, True),
        ("::: {#zoom .TRS_Editor}", True),
    ]
    imaged = rng.random() < 0.5
    for index, line in enumerate(story.lines):
        blocks.append((_wrap_spaces(_pandoc_escape(line), 72), False))
        if index == 0 and imaged:
            blocks.append((image, True))
    blocks += [(":::", False), (bottom, True)]
    text, furniture = _capture(blocks, "\n\n")
    extra: list[str] = []
    if title_block and story.headline:
        extra.append(f"_{own_title}")  # the column and the site after the headline in the title block
    if info_line != counter:
        extra.append(counter)
    return Wrapped(
        text + "\n",
        (*furniture, *extra),
        f"file:///home/{_token(rng, 5)}/pandoc-out/{slug}_{rng.randrange(10**5, 10**6)}.md",
        kind="text",
    )


def _turndown_escape(line: str) -> str:
    """A paragraph with Markdown's marks escaped, as Turndown escapes them."""
    line = line.replace("\\", "\\\\").replace("*", "\\*")
    line = re.sub(r"^-", r"\\-", line)
    line = re.sub(r"^\+ ", r"\\+ ", line)
    line = re.sub(r"^(=+)", r"\\\1", line)
    line = re.sub(r"^(#{1,6}) ", r"\\\1 ", line)
    line = line.replace("`", "\\`")
    line = re.sub(r"^~~~", r"\\~~~", line)
    line = line.replace("[", "\\[").replace("]", "\\]")
    line = re.sub(r"^>", r"\\>", line)
    line = line.replace("_", "\\_")
    return re.sub(r"^(\d+)\. ", r"\1\\. ", line)


@text_form("markdownload_front_matter_excerpt")
def markdownload_front_matter_excerpt(story: Story) -> Wrapped:
    """A county portal page through a browser's Markdown clipper (MarkDownload-like, UTF-8) with its default
    template: created (a later time with its offset), tags, source, author, # the page's title, > ## Excerpt (the
    site's description or the first paragraph's start), ---, then the article: maybe the info line, the paragraphs
    escaped, an image's line and 责任编辑."""
    rng = _rng(story, "markdownload_front_matter_excerpt")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column = rng.choice(COLUMNS18)
    host = _host(rng)
    address = _address(host, story.published, rng.randrange(10**5, 10**6))
    clipped = _later_day(story, rng, 1, 400)
    keywords = rng.choice(["", f"招商引资,{column}", f"{place},招商,项目"])
    author = rng.choice(["", site])
    front = "\n".join(
        [
            "---",
            f"created: {clipped:%Y-%m-%dT%H:%M:%S} (UTC +08:00)",
            f"tags: [{keywords}]",
            f"source: {address}",
            f"author: {author}",
            "---",
        ]
    )
    if story.headline:
        suffix = rng.choice([f"_{column}_{site}", f" - {site}", ""])
        page_title, own = f"# {story.headline}{suffix}", False
    else:
        suffix, page_title, own = "", f"# {column}_{site}", True
    if rng.random() < 0.6:
        excerpt, excerpt_own = f"{site}门户网站，{place}政务信息公开和政务服务的官方平台。", True
    else:
        excerpt, excerpt_own = story.lines[0][:80], False
    moment = _moment(story.published, rng)
    counter = f"浏览次数：{rng.randrange(30, 6000)}"
    info = _run(
        [
            f"发布时间：{moment:%Y-%m-%d %H:%M:%S}" if moment else None,
            f"来源：{_turndown_escape(story.outlet)}" if story.outlet else None,
            counter,
        ],
        "  ",
    )
    kept_info = rng.random() < 0.6
    day = story.published or BASE
    image = f"![](http://{host}/zwgk/bmdt/{day:%Y%m}/W0{day:%Y%m%d}{rng.randrange(10**5, 10**6)}.jpg)"
    editor = f"（责任编辑：{rng.choice(NAMES)}）" if rng.random() < 0.5 else None
    blocks: list[tuple[str | None, bool]] = [
        (front, True),
        ("", False),
        (page_title, own),
        ("", False),
        ("> ## Excerpt", True),
        (f"> {excerpt}", excerpt_own),
        ("", False),
        ("---", False),
        (info if kept_info else None, kept_info and info == counter),
        ("" if kept_info else None, False),
    ]
    imaged = rng.random() < 0.5
    for index, line in enumerate(story.lines):
        blocks.append((_turndown_escape(line), False))
        blocks.append(("", False))
        if index == 0 and imaged:
            blocks += [(image, True), ("", False)]
    blocks.append((editor, True))
    text, furniture = _capture(blocks)
    extra: list[str] = []
    if suffix.strip(" -_"):
        extra.append(suffix)
    if kept_info and info != counter:
        extra.append(counter)
    return Wrapped(
        text.rstrip("\n") + "\n",
        (*furniture, *extra),
        f"file:///C:/Users/{_token(rng, 5)}/Downloads/{_token(rng, 8, HEX)}.md",
        kind="text",
    )


def _toml(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


@text_form("hugo_toml_front_matter_shortcodes")
def hugo_toml_front_matter_shortcodes(story: Story) -> Wrapped:
    """A county investment site's source moved to a static-site generator (Hugo-like, UTF-8): TOML front matter
    between +++ lines (title, date with its offset, a later lastmod, draft, categories, tags, slug, aliases, a
    [params] table with source, author and the old address), a figure shortcode, the paragraphs as Markdown or the old
    site's <p style> HTML, <!--more--> after the first, and *来源：the outlet*."""
    rng = _rng(story, "hugo_toml_front_matter_shortcodes")
    place = rng.choice(PLACES)
    column = rng.choice(COLUMNS18)
    moment = _moment(story.published, rng)
    day = story.published or BASE
    doc = rng.randrange(10**5, 10**6)
    slug = f"t{day:%Y%m%d}_{doc}" if story.published else f"{doc}"
    old = _address(f"www.{_token(rng, 4)}example-t18.gov.cn", story.published, doc, "zsdt")
    modified = _later_day(story, rng, 120, 900)
    author = rng.choice(NAMES)
    settings = "\n".join(
        [
            f"lastmod = {modified:%Y-%m-%dT%H:%M:%S}+08:00",
            "draft = false",
            f'categories = ["{column}"]',
            f'tags = ["招商引资", "{place}"]',
            f'slug = "{slug}"',
            f'aliases = ["/zsdt/{day:%Y%m}/{slug}.html"]' if story.published else f'aliases = ["/zsdt/{slug}.html"]',
            "",
            "[params]",
        ]
    )
    params_tail = "\n".join([f"  author = {_toml(author)}", f"  original = {_toml(old)}", "+++"])
    caption = rng.choice(["图为签约仪式现场（资料图）", "图为项目建设现场（资料图）", "图为推介会现场（资料图）"])
    figure = f'{{{{< figure src="/images/{day:%Y/%m}/{_token(rng, 10, HEX)}.jpg" caption="{caption}" >}}}}'
    html = rng.random() < 0.3
    blocks: list[tuple[str | None, bool]] = [
        ("+++", False),
        (f"title = {_toml(story.headline or '')}", not story.headline),
        (f"date = {moment:%Y-%m-%dT%H:%M:%S}+08:00" if moment else None, False),
        (settings, True),
        (f"  source = {_toml(story.outlet)}" if story.outlet else None, False),
        (params_tail, True),
        ("", False),
    ]
    if rng.random() < 0.5:
        blocks += [(figure, True), ("", False)]
    for index, line in enumerate(story.lines):
        shown = f'<p style="text-indent: 2em;">{line}</p>' if html else line
        blocks += [(shown, False), ("", False)]
        if index == 0:
            blocks += [("<!--more-->", True), ("", False)]
    if story.outlet:
        blocks.append((f"*来源：{story.outlet}*", False))
    text, furniture = _capture(blocks)
    return Wrapped(
        text.rstrip("\n") + "\n",
        furniture,
        f"file:///home/{_token(rng, 5)}/{place[:2]}-touzi-site/content/news/"
        + (f"{day:%Y/%m}/{slug}.md" if story.published else f"{slug}.md"),
        kind="text",
    )


# ---------------------------------------------------------------- OCR engines and document converters


def _spaced(text: str, ascii_marks: bool) -> str:
    """A row as an OCR engine's chi_sim model prints it: a space between two characters where either is wide, some
    full-width marks read as ASCII ones."""
    if ascii_marks:
        text = text.translate(str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"}))
    text = text.replace("\xa0", " ")
    out: list[str] = []
    previous = ""
    for char in text:
        joined = previous and not previous.isspace() and not char.isspace()
        if joined and (_width(previous) == 2 or _width(char) == 2):
            out.append(" ")
        out.append(char)
        previous = char
    return re.sub(r" {2,}", " ", "".join(out))


@text_form("tesseract_chi_sim_spaced_page_rows")
def tesseract_chi_sim_spaced_page_rows(story: Story) -> Wrapped:
    """A newspaper page's scan through an OCR engine (Tesseract-like chi_sim, UTF-8, a form feed at the end): a space
    between Chinese characters, some marks read as ASCII, the paper's line with the day, the page's line with its
    editors, a neighbour's last rows, the headline, a credit, the paragraphs in rows of the column's width with stray
    marks, （来源：the outlet） where the paper is not it, and the next article's first rows."""
    rng = _rng(story, "tesseract_chi_sim_spaced_page_rows")
    place = rng.choice(PLACES)
    marks = rng.random() < 0.5
    paper_own = not (story.outlet and re.search(r"报$", story.outlet))
    paper = f"{place[:2]}日报" if paper_own else story.outlet
    width = rng.randrange(12, 19)

    def spaced(text: str) -> str:
        return _spaced(text, marks)

    def rows(text: str) -> str:
        return "\n".join(spaced(text[start : start + width]) for start in range(0, len(text), width))

    day = story.published
    paper_line = _run(
        [
            spaced(paper),
            spaced(f"{day.year}年{day.month}月{day.day}日") if day else None,
            spaced(f"星期{ZH_WEEKDAYS[day.weekday()]}") if day else None,
        ],
        "   ",
    )
    number = rng.randrange(2, 9)
    page = spaced(
        f"第{number:02d}版 {rng.choice(['县区新闻', '综合新闻', '经济'])}  责任编辑：{rng.choice(NAMES)}"
        f"  美术编辑：{rng.choice(NAMES)}"
    )
    former, latter = rng.sample(OTHER_ITEMS, 2)
    tail = rows(former[1][-1])
    credit = spaced(f"■ 本报记者 {rng.choice(NAMES)}") if rng.random() < 0.5 else None
    headline = None
    if story.headline:
        cut = len(story.headline) // 2 if len(story.headline) > 16 else len(story.headline)
        headline = "\n".join(spaced(part) for part in (story.headline[:cut], story.headline[cut:]) if part)
    source = spaced(f"（来源：{story.outlet}）") if story.outlet and paper_own else None
    following = spaced(latter[0]) + "\n\n" + rows(latter[1][0])
    blocks: list[tuple[str | None, bool]] = [
        (paper_line, paper_own and not day),
        (page, True),
        ("", False),
        (tail, True),
        ("", False),
        (headline, False),
        ("" if headline else None, False),
        (credit, True),
    ]
    for index, line in enumerate(story.lines):
        blocks.append((rows(line), False))
        if index + 1 < len(story.lines):
            gap = rng.random()
            if gap < 0.3:
                blocks.append(("", False))
            elif gap < 0.4:
                blocks.append((rng.choice(["|", "_", "| |", "、"]), False))
    blocks += [(source, False), ("", False), (following, True)]
    text, furniture = _capture(blocks)
    # The paper's name beside the day is the page's (where it is not the outlet): listed apart.
    extra = (spaced(paper),) if paper_own and day else ()
    return Wrapped(
        text + "\n\f",
        (*furniture, *extra),
        f"file:///home/{_token(rng, 5)}/ocr/scan_{(day or BASE):%Y%m%d}_p{number:02d}.txt",
        kind="text",
    )


def _bars(cells: list[list[str]]) -> str:
    """A table as a .doc converter draws it: each row's cells between bars, padded to the column's width."""
    widths = [max(_size(row[index]) for row in cells) + 2 for index in range(len(cells[0]))]
    return "\n".join(
        "|" + "|".join(_pad(cell, size) for cell, size in zip(row, widths, strict=True)) + "|" for row in cells
    )


@text_form("antiword_doc_table_bars_wrapped")
def antiword_doc_table_bars_wrapped(story: Story) -> Wrapped:
    """A Word attachment (.doc) through a converter (antiword-like, UTF-8): the 信息报送 table drawn with bars (a later
    报送日期 in it), the headline centred by spaces, [pic] marks, every paragraph indented and wrapped at 76 columns,
    and the outlet and the day right-aligned at the end."""
    rng = _rng(story, "antiword_doc_table_bars_wrapped")
    place = rng.choice(PLACES)
    town = f"{place[:2]}{rng.choice(['东', '西', '南', '北'])}{rng.choice(['镇', '乡', '街道'])}"
    columns = 76
    sent = _later_day(story, rng, 1, 5)
    table = _bars(
        [
            [f"报送单位：{town}", f"联系人：{rng.choice(NAMES)}"],
            [f"联系电话：0{rng.randrange(700, 800)}-{rng.randrange(10**6, 10**7)}", f"报送日期：{sent:%Y年%m月%d日}"],
        ]
    )
    heading = f"{place}投资促进中心信息报送单"
    headline = None
    if story.headline:
        headline = "\n".join(
            " " * max((columns - _size(row)) // 2, 0) + row for row in _rows(story.headline, columns - 8)
        )
    blocks: list[tuple[str | None, bool]] = [
        (" " * ((columns - _size(heading)) // 2) + heading, True),
        ("", False),
        (table, True),
        ("", False),
        (headline, False),
        ("" if headline else None, False),
    ]
    pictured = rng.random() < 0.6
    for index, line in enumerate(story.lines):
        blocks.append(("\n".join(_rows(line.replace("\xa0", " "), columns, indent=4)), False))
        blocks.append(("", False))
        if index == 0 and pictured:
            blocks += [("[pic]", True), ("", False)]
    if story.outlet:
        signed = f"（来源：{story.outlet}）"
        blocks.append((" " * max(columns - _size(signed), 0) + signed, False))
    if story.published:
        signed = f"{story.published.year}年{story.published.month}月{story.published.day}日"
        blocks.append((" " * max(columns - _size(signed), 0) + signed, False))
    text, furniture = _capture(blocks)
    return Wrapped(
        text.rstrip("\n") + "\n",
        furniture,
        f"file:///srv/attachments/{place[:2]}/{sent:%Y%m}/{rng.randrange(10**9, 10**10)}.txt",
        kind="text",
    )


# ---------------------------------------------------------------- database dumps and news databases


def _sql(value: object) -> str:
    """A value as mysqldump writes it: a number bare, a string quoted with its quotes, backslashes and line breaks
    escaped."""
    if isinstance(value, int):
        return str(value)
    text = str(value).replace("\\", "\\\\").replace("'", "\\'").replace('"', '\\"')
    return "'" + text.replace("\r", "\\r").replace("\n", "\\n") + "'"


@text_form("mysqldump_dedecms_epoch_extended_insert")
def mysqldump_dedecms_epoch_extended_insert(story: Story) -> Wrapped:
    """A CMS's database dump (mysqldump of a DedeCMS site, UTF-8 or GBK): the header, `dede_addonarticle` (the body's
    HTML in escaped lines) before `dede_archives` (the title, the writer, the source, pubdate and senddate as Unix
    seconds, a description), each an extended INSERT among other rows, and the dump's end with its later time."""
    rng = _rng(story, "mysqldump_dedecms_epoch_extended_insert")
    place = rng.choice(PLACES)
    gbk = rng.random() < 0.4
    database = f"{_token(rng, 4)}_dede"
    dumped = _later_day(story, rng, 300, 1200)
    version = rng.choice(["5.6.50-log", "5.7.36-log", "5.5.62"])
    header = "\n".join(
        [
            f"-- MySQL dump 10.13  Distrib {version.split('-')[0]}, for Linux (x86_64)",
            "--",
            f"-- Host: localhost    Database: {database}",
            "-- ------------------------------------------------------",
            f"-- Server version\t{version}",
            "",
            "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;",
            "/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;",
            "/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;",
            f"/*!40101 SET NAMES {'gbk' if gbk else 'utf8'} */;",
            "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;",
            "/*!40103 SET TIME_ZONE='+00:00' */;",
            "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;",
            "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;",
        ]
    )
    style = rng.choice(["ckeditor", "indent"])

    def body(lines: tuple[str, ...]) -> str:
        if style == "ckeditor":
            return "".join(f"<p>\r\n\t{line}</p>\r\n" for line in lines)
        return "".join(f'<p style="text-indent:2em;">{line}</p>' for line in lines)

    typeid = rng.randrange(2, 30)
    first = rng.randrange(800, 5000)
    others = rng.sample(OTHER_ITEMS, rng.randrange(2, 4))
    at = rng.randrange(len(others) + 1)
    moment = _moment(story.published, rng)
    imported = _later_day(story, rng, 20, 300)
    adds: list[tuple[str, bool]] = []
    archives: list[tuple[str, bool]] = []
    furniture: list[str] = []
    for index in range(len(others) + 1):
        aid = first + index
        if index == at:
            sent = moment + dt.timedelta(minutes=rng.randrange(3, 300)) if moment else imported
            published = _epoch(moment) if moment else _epoch(imported)
            description = story.lines[0][:100] if rng.random() < 0.4 else ""
            writer = rng.choice(["admin", rng.choice(NAMES)])
            adds.append(
                (f"({aid},{typeid},{_sql(body(story.lines))},'','','{_token(rng, 3, '0123456789')}.0.0.1')", False)
            )
            row = [
                aid, typeid, "0", published, "", 1, 1, 0, rng.randrange(20, 3000), 0,
                story.headline or "", "", "", writer, story.outlet or "", "",
                published, _epoch(sent), 1, "", 0, 0, 0, 0, 0, 0, description, "", 1, 0, 0, aid,
            ]  # fmt: skip
            archives.append(("(" + ",".join(_sql(value) for value in row) + ")", False))
            # The entry time, and the import's time where the story shows no day, are the CMS's own: listed apart.
            furniture.append(str(_epoch(sent)))
            if not moment:
                furniture.append(str(published))
            if writer != "admin":
                furniture.append(f"'{writer}'")
            continue
        title, lines = others[index - (index > at)]
        near = _near(story.published, rng)
        adds.append((f"({aid},{typeid},{_sql(body(lines))},'','','127.0.0.1')", True))
        row = [
            aid, typeid, "0", _epoch(near), "", 1, 1, 0, rng.randrange(20, 3000), 0, title, "", "", "admin",
            f"{place}融媒体中心", "", _epoch(near), _epoch(near), 1, "", 0, 0, 0, 0, 0, 0, "", "", 1, 0, 0, aid,
        ]  # fmt: skip
        archives.append(("(" + ",".join(_sql(value) for value in row) + ")", True))

    def table(name: str, rows: list[tuple[str, bool]]) -> str:
        return "\n".join(
            [
                "--",
                f"-- Dumping data for table `{name}`",
                "--",
                "",
                f"LOCK TABLES `{name}` WRITE;",
                f"/*!40000 ALTER TABLE `{name}` DISABLE KEYS */;",
                f"INSERT INTO `{name}` VALUES " + ",".join(row for row, _ in rows) + ";",
                f"/*!40000 ALTER TABLE `{name}` ENABLE KEYS */;",
                "UNLOCK TABLES;",
            ]
        )

    end = "\n".join(
        [
            "/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;",
            "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;",
            "/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;",
            "/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;",
            "",
            f"-- Dump completed on {dumped:%Y-%m-%d %H:%M:%S}",
        ]
    )
    text = "\n\n".join([header, table("dede_addonarticle", adds), table("dede_archives", archives), end]) + "\n"
    for name in ("dede_addonarticle", "dede_archives"):
        furniture += [
            f"-- Dumping data for table `{name}`",
            f"LOCK TABLES `{name}` WRITE;\n/*!40000 ALTER TABLE `{name}` DISABLE KEYS */;\nINSERT INTO `{name}` VALUES",
            f"/*!40000 ALTER TABLE `{name}` ENABLE KEYS */;\nUNLOCK TABLES;",
        ]
    furniture += [header, end]
    furniture += [row for row, listed in [*adds, *archives] if listed]
    return Wrapped(
        text,
        tuple(dict.fromkeys(furniture)),
        f"file:///root/backup/{database}_{dumped:%Y%m%d}.sql",
        encoding="gb18030" if gbk else "utf-8",
        kind="text",
    )


@text_form("trs_rec_angle_fields_gb18030")
def trs_rec_angle_fields_gb18030(story: Story) -> Wrapped:
    """A newspaper database's tagged export (TRS-like, GB18030, CRLF): records opened by <REC>, fields as <名>= lines
    (a paper's scheme with 媒体, 日期, 版次, 版名, 字数 and a later 入库日期, or a web scheme with 来源, 发布时间, 频道
    and 网址), the text after <正文>= with its lines indented; other records around the story's."""
    rng = _rng(story, "trs_rec_angle_fields_gb18030")
    place = rng.choice(PLACES)
    paper = bool(story.outlet and re.search(r"报$", story.outlet)) or rng.random() < 0.4
    dotted = rng.random() < 0.5
    stored = _later_day(story, rng, 2, 60)
    indent = rng.choice(["　　", ""])

    def day_of(moment: dt.datetime | None) -> str:
        if moment is None:
            return ""
        if paper:
            return f"{moment:%Y.%m.%d}" if dotted else f"{moment:%Y%m%d}"
        return f"{moment:%Y-%m-%d %H:%M:%S}"

    def record(
        title: str | None, moment: dt.datetime | None, outlet: str | None, lines: tuple[str, ...], mine: bool
    ) -> list[tuple[str | None, bool]]:
        count = sum(len(line) for line in lines)
        number = f"<ID>={rng.randrange(10**8, 10**9):09d}"
        body = "\n".join(indent + line for line in lines)
        if paper:
            page, name = rng.randrange(1, 9), rng.choice(["要闻", "县区新闻", "经济新闻"])
            fields: list[tuple[str | None, bool]] = [
                (f"<REC>\n{number}", True),
                (f"<标题>={title or ''}", not title),
                ("<副标题>=\n<引题>=\n<作者>=" + (rng.choice(NAMES) if rng.random() < 0.4 else ""), True),
                (f"<媒体>={outlet or ''}", not outlet),
                (f"<日期>={day_of(moment)}", not moment),
                (f"<版次>={page:03d}\n<版名>={name}\n<字数>={count}", True),
                (f"<正文>={body}", False),
                (f"<入库日期>={stored:%Y.%m.%d}", True),
            ]
        else:
            channel = rng.choice(["地方动态", "招商引资", "区域经济"])
            host = _host(rng)
            fields = [
                (f"<REC>\n{number}", True),
                (f"<标题>={title or ''}", not title),
                (f"<来源>={outlet or ''}", not outlet),
                (f"<发布时间>={day_of(moment)}", not moment),
                (f"<频道>={channel}\n<字数>={count}", True),
                (f"<正文>={body}", False),
                (f"<网址>={_address(host, moment.date() if moment else None, rng.randrange(10**5, 10**6))}", True),
            ]
        if not mine:
            return [("\n".join(text for text, _ in fields if text is not None), True)]
        return fields

    others = rng.sample(OTHER_ITEMS, rng.randrange(2, 4))
    at = rng.randrange(len(others) + 1)
    blocks: list[tuple[str | None, bool]] = []
    for index in range(len(others) + 1):
        if index == at:
            blocks += record(story.headline, _moment(story.published, rng), story.outlet, story.lines, True)
        if index < len(others):
            title, lines = others[index]
            source = f"{place[:2]}日报" if paper else f"{place}融媒体中心"
            blocks += record(title, _near(story.published, rng), source, lines, False)
    text, furniture = _capture(blocks)
    return Wrapped(
        _crlf(text) + "\r\n",
        furniture,
        f"file:///D:/数据库导出/{place[:2]}_{stored:%Y%m%d}_{rng.randrange(100, 999)}.trs",
        encoding="gb18030",
        kind="text",
    )


# ---------------------------------------------------------------- crawlers, shells, feed and form services


@text_form("weibo_crawler_csv_zhengwen_bom")
def weibo_crawler_csv_zhengwen_bom(story: Story) -> Wrapped:
    """A 微博 crawler's CSV (weibo-crawler-like, UTF-8 with a BOM, CRLF between rows, LF inside a quoted cell): the
    header, the account's other posts, and the story's row: 正文 with maybe a #topic#, 【the headline】 run into the
    first paragraph, the paragraphs run together or on lines of their own, （来源：the outlet）, the day, the tool,
    the counts and the topic."""
    rng = _rng(story, "weibo_crawler_csv_zhengwen_bom")
    place = rng.choice(PLACES)
    own_account = not story.outlet or rng.random() < 0.6
    account = f"{place[:2]}发布" if own_account else story.outlet
    header = ["id", "bid", "正文", "头条文章url", "原始图片url", "视频url", "位置", "日期", "工具"]
    header += ["点赞数", "评论数", "转发数", "话题", "@用户"]
    timed = rng.random() < 0.5
    joined = rng.random() < 0.5
    topic = f"{place[:2]}招商" if rng.random() < 0.5 else ""
    tool = rng.choice(["微博 weibo.com", "iPhone客户端", "HUAWEI Mate 40 Pro", "微博网页版"])

    def row(text: str, moment: dt.datetime | None, pictures: int, topic_cell: str) -> tuple[list[str | int], list[str]]:
        number = str(rng.randrange(4_600_000_000_000_000, 4_800_000_000_000_000))
        bid = _token(rng, 9, ALNUM)
        pics = ",".join(
            f"https://wx{rng.randrange(1, 5)}.sinaimg.cn/large/{_token(rng, 32, ALNUM)}.jpg" for _ in range(pictures)
        )
        day = "" if moment is None else (f"{moment:%Y-%m-%d %H:%M}" if timed else f"{moment:%Y-%m-%d}")
        counts = [rng.randrange(0, 300), rng.randrange(0, 60), rng.randrange(0, 90)]
        cells: list[str | int] = [number, bid, text, "", pics, "", "", day, tool, *counts, topic_cell, ""]
        pieces = [f"{number},{bid}", *([pics] if pics else []), f"{tool},{counts[0]},{counts[1]},{counts[2]}"]
        return cells, pieces

    parts = [f"#{topic}#" if topic else "", f"【{story.headline}】" if story.headline else ""]
    body = ("" if joined else "\n").join(story.lines)
    source = f"（来源：{story.outlet}）" if story.outlet and not own_account else ""
    mine, pieces = row("".join(parts) + body + source, _moment(story.published, rng), rng.randrange(0, 4), topic)
    rows: list[list[str | int]] = []
    furniture: list[str] = [",".join(header)]
    others = rng.sample(OTHER_ITEMS, rng.randrange(2, 4))
    at = rng.randrange(len(others) + 1)
    for index in range(len(others) + 1):
        if index == at:
            rows.append(mine)
            furniture += pieces
        if index < len(others):
            title, lines = others[index]
            other, _ = row(f"【{title}】" + "".join(lines), _near(story.published, rng), rng.randrange(0, 3), "")
            rows.append(other)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for cells in rows:
        writer.writerow(cells)
        if cells is not mine:
            one = io.StringIO()
            csv.writer(one).writerow(cells)
            furniture.append(one.getvalue().rstrip("\r\n"))
    if topic:
        furniture.append(f"#{topic}#")
    return Wrapped(
        buffer.getvalue(),
        tuple(furniture),
        f"file:///home/{_token(rng, 5)}/weibo-crawler/weibo/{account}/{rng.randrange(10**9, 8 * 10**9)}.csv",
        encoding="utf-8-sig",
        kind="text",
    )


def _format_list(pairs: list[tuple[str, str]], columns: int) -> list[str]:
    """Properties as a Windows shell's Format-List prints them: each name padded to the longest and " : ", a value's
    lines and its rows past the width indented under its first."""
    label = max(len(name) for name, _ in pairs)
    indent = label + 3
    printed: list[str] = []
    for name, value in pairs:
        rows: list[str] = []
        for line in value.split("\n") if value else [""]:
            rows += _rows(line, columns - indent) or [""]
        head = f"{name.ljust(label)} : {rows[0]}".rstrip() if rows[0] else f"{name.ljust(label)} :"
        printed.append("\n".join([head, *(" " * indent + row for row in rows[1:])]))
    return printed


@text_form("powershell_format_list_utf16")
def powershell_format_list_utf16(story: Story) -> Wrapped:
    """An article API's answer listed by a Windows shell (Format-List piped to Out-File: UTF-16 with a BOM, CRLF):
    each property as its name padded and " : " (id, title, source, author, pubDate as a string or epoch milliseconds,
    channelName, url, content, readCount), long values wrapped at the file's width and indented, the content as lines
    or as <p> HTML, empty values where the story has none, and maybe another record."""
    rng = _rng(story, "powershell_format_list_utf16")
    place = rng.choice(PLACES)
    columns = rng.choice([80, 120, 150])
    host = _host(rng)
    millis = rng.random() < 0.4
    html = rng.random() < 0.5
    channel = rng.choice(COLUMNS18)

    def record(
        title: str | None, moment: dt.datetime | None, outlet: str | None, lines: tuple[str, ...]
    ) -> list[tuple[str, str, bool]]:
        if moment is None:
            when = ""
        elif millis:
            when = str(_epoch(moment) * 1000)
        else:
            when = f"{moment:%Y-%m-%d %H:%M:%S}"
        content = "".join(f'<p style="text-indent:2em;">{line}</p>' for line in lines) if html else "\n".join(lines)
        doc = rng.randrange(10**5, 10**6)
        return [
            ("id", str(doc), True),
            ("title", title or "", not title),
            ("source", outlet or "", not outlet),
            ("author", rng.choice(["", rng.choice(NAMES)]), True),
            ("pubDate", when, not moment),
            ("channelName", channel, True),
            ("url", _address(host, moment.date() if moment else None, doc), True),
            ("content", content, False),
            ("readCount", str(rng.randrange(10, 8000)), True),
        ]

    def printed(fields: list[tuple[str, str, bool]]) -> tuple[str, list[str]]:
        shown = _format_list([(name, value) for name, value, _ in fields], columns)
        return "\n".join(shown), [row for row, (_, _, listed) in zip(shown, fields, strict=True) if listed]

    mine, furniture = printed(record(story.headline, _moment(story.published, rng), story.outlet, story.lines))
    chunks = [mine]
    if rng.random() < 0.4:
        title, lines = rng.choice(OTHER_ITEMS)
        other, _ = printed(record(title, _near(story.published, rng), f"{place}融媒体中心", lines))
        chunks.insert(rng.randrange(2), other)
        furniture.append(other)
    text = "\n\n" + "\n\n\n\n".join(chunks) + "\n\n\n\n"
    return Wrapped(
        _crlf(text),
        tuple(furniture),
        f"file:///C:/Users/{_token(rng, 5)}/Desktop/article_{rng.randrange(10**5, 10**6)}.txt",
        encoding="utf-16",
        kind="text",
    )


@text_form("rsshub_rss_cdata_gmt_items")
def rsshub_rss_cdata_gmt_items(story: Story) -> Wrapped:
    """A feed service's RSS of a county column (RSSHub-like, UTF-8): the channel (CDATA title and description,
    atom:link, generator, webMaster, language, a later lastBuildDate, ttl), then items with the title and the
    description (<p>s or <br>s, an <img>) in CDATA, pubDate in GMT, guid, link, the author in CDATA and a category."""
    rng = _rng(story, "rsshub_rss_cdata_gmt_items")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column, slug = rng.choice([("部门动态", "bmdt"), ("招商引资", "zsyz"), ("乡镇动态", "xzdt")])
    host = _host(rng)
    built = _later_day(story, rng, 6, 12)
    breaks = rng.random() < 0.3
    channel = "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">',
            "    <channel>",
            f"        <title><![CDATA[{site} - {column}]]></title>",
            f"        <link>http://{host}/zwgk/{slug}/</link>",
            f'        <atom:link href="https://rsshub.{_token(rng, 5)}.example-t18.net/gov/{_token(rng, 6)}/{slug}"'
            ' rel="self" type="application/rss+xml" />',
            f"        <description><![CDATA[{site} - {column} - Powered by RSSHub]]></description>",
            "        <generator>RSSHub</generator>",
            "        <webMaster>contact@rsshub.app (RSSHub)</webMaster>",
            f"        <language>{rng.choice(['zh-cn', 'en'])}</language>",
            f"        <lastBuildDate>{_gmt(built)}</lastBuildDate>",
            "        <ttl>5</ttl>",
        ]
    )

    def description(lines: tuple[str, ...], image: str | None) -> str:
        html = "<br>".join(lines) if breaks else "".join(f"<p>{line}</p>" for line in lines)
        if image:
            html = f'<img src="{image}" referrerpolicy="no-referrer">' + html
        return html

    def item(
        title: str | None, moment: dt.datetime | None, outlet: str | None, lines: tuple[str, ...], mine: bool
    ) -> tuple[list[tuple[str | None, bool]], list[str]]:
        address = _address(host, moment.date() if moment else None, rng.randrange(10**5, 10**6), f"zwgk/{slug}")
        day = moment or dt.datetime.combine(BASE, dt.time(9))
        image = (
            f"http://{host}/zwgk/{slug}/{day:%Y%m}/W0{day:%Y%m%d}{rng.randrange(10**5, 10**6)}.jpg"
            if rng.random() < 0.4
            else None
        )
        tag = f'<img src="{image}" referrerpolicy="no-referrer">' if image else None
        parts: list[tuple[str | None, bool]] = [
            ("        <item>", False),
            (f"            <title><![CDATA[{title}]]></title>" if title else None, False),
            (f"            <description><![CDATA[{description(lines, image)}]]></description>", False),
            (f"            <pubDate>{_gmt(moment)}</pubDate>" if moment else None, False),
            (f'            <guid isPermaLink="false">{address}</guid>\n            <link>{address}</link>', True),
            (f"            <author><![CDATA[{outlet}]]></author>" if outlet else None, False),
            (f"            <category>{column}</category>\n        </item>", True),
        ]
        if not mine:
            return [("\n".join(text for text, _ in parts if text is not None), True)], []
        # The image's tag before the paragraphs, on the description's line, is listed apart.
        return parts, [tag] if tag else []

    others = rng.sample(OTHER_ITEMS, rng.randrange(2, 5))
    at = rng.randrange(len(others) + 1)
    blocks: list[tuple[str | None, bool]] = [(channel, True)]
    tag_piece: list[str] = []
    for index in range(len(others) + 1):
        if index == at:
            parts, tag_piece = item(story.headline, _moment(story.published, rng), story.outlet, story.lines, True)
            blocks += parts
        if index < len(others):
            title, lines = others[index]
            blocks += item(title, _near(story.published, rng), f"{place}融媒体中心", lines, False)[0]
    blocks.append(("    </channel>\n</rss>", True))
    text, furniture = _capture(blocks)
    return Wrapped(
        text + "\n",
        (*furniture, *tag_piece),
        f"file:///home/{_token(rng, 5)}/feeds/{place[:2]}_{slug}_{built:%Y%m%d}.xml",
        kind="text",
    )


@text_form("wjx_dajuan_detail_tihao")
def wjx_dajuan_detail_tihao(story: Story) -> Wrapped:
    """A 问卷星 answer sheet of a town's 信息报送 select-all copied (UTF-8, LF or CRLF): 问卷星, the questionnaire,
    答卷详情 with 序号, a later 提交答卷时间, 所用时间, 来源, 来源详情, 来自IP, then 第N题 [type] over each answer (报送
    单位, 信息类别, 信息标题, 首发媒体, 首发日期, 信息正文, 联系人及电话, 配发图片), (空) for an empty one, and the
    buttons."""
    rng = _rng(story, "wjx_dajuan_detail_tihao")
    place = rng.choice(PLACES)
    province = rng.choice(PROVINCES)
    town = f"{place[:2]}{rng.choice(['东', '西', '南', '北'])}{rng.choice(['镇', '乡', '街道'])}"
    sent = _later_day(story, rng, 0, 8)
    sheet = "\n".join(
        [
            "问卷星",
            f"{place}{sent.year}年招商引资信息报送",
            "答卷详情",
            f"序号：{rng.randrange(3, 180)}",
            f"提交答卷时间：{sent.year}/{sent.month}/{sent.day} {sent.hour}:{sent:%M:%S}",
            f"所用时间：{rng.randrange(90, 1800)}秒",
            f"来源：{rng.choice(['手机提交', '链接', '微信'])}",
            f"来源详情：{rng.choice(['直接访问', 'http://mp.weixin.qq.com/'])}",
            f"来自IP：{rng.randrange(27, 223)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}"
            f"({province[:-1]}-{place[:2]})",
        ]
    )
    labelled = rng.random() < 0.5

    def answer(text: str | None) -> str:
        shown = text if text else "(空)"
        return f"答：{shown}" if labelled else shown

    def question(number: int, name: str, kind: str) -> str:
        return f"第{number}题：{name} [{kind}]"

    def asked(number: int, name: str, given: str | None) -> list[tuple[str | None, bool]]:
        """A question over its answer: the answer is the story's, or (空) listed with its question."""
        if given:
            return [(question(number, name, "填空题"), True), (answer(given), False)]
        return [(f"{question(number, name, '填空题')}\n{answer(None)}", True)]

    day = story.published
    when = None if day is None else rng.choice([f"{day:%Y-%m-%d}", f"{day.year}年{day.month}月{day.day}日"])
    contact = f"{rng.choice(NAMES)} 139{rng.randrange(10**7, 10**8)}"
    picture = f"IMG_{(day or sent.date()):%Y%m%d}_{rng.randrange(10**5, 10**6)}.jpg({rng.randrange(200, 4000)}KB)"
    blocks: list[tuple[str | None, bool]] = [
        (sheet, True),
        (f"{question(1, '报送单位', '填空题')}\n{answer(f'{town}人民政府')}", True),
        (f"{question(2, '信息类别', '单选题')}\n{answer('招商动态')}", True),
        *asked(3, "信息标题", story.headline),
        *asked(4, "首发媒体", story.outlet),
        *asked(5, "首发日期", when),
        (question(6, "信息正文", "填空题"), True),
    ]
    for index, line in enumerate(story.lines):
        blocks.append((answer(line) if index == 0 else line, False))
    blocks += [
        (
            f"{question(7, '联系人及电话', '填空题')}\n{answer(contact)}",
            True,
        ),
        (f"{question(8, '配发图片', '文件上传题')}\n{answer(picture)}", True),
        ("上一份\n下一份\n打印\n下载答卷PDF", True),
    ]
    text, furniture = _capture(blocks)
    crlf = rng.random() < 0.5
    return Wrapped(
        (_crlf(text) + "\r\n") if crlf else text + "\n",
        furniture,
        f"https://www.wjx.example-t18.cn/wjx/activitystat/viewstatsummary.aspx?activity={rng.randrange(10**7, 10**8)}",
        kind="text",
    )


DEV_T18, LOCKED_T18 = split_by_digest(TEXT_FORMS18, "text round 18/", locked=6)
