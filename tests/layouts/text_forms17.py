"""Twelve text capture forms written blind (text round 17): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of crawler, converter, data set, note tool,
feed reader, scraping tool, news site, e-paper, download tool or e-book fetcher gives, none of them drawn in text
rounds 1 to 16, weighed toward how news ends up as plain text in the corpora of the 2020s: a web crawl's JSON lines
and an instruction-tuning data set built from news; a portal page through html2text and through BeautifulSoup's
get_text on a Windows crawler; a clipped note in a note tool's raw export and in an Emacs capture file; an RSS item
saved from a terminal feed reader; a scraping tool's table saved by Excel as Unicode text; a 网易号 article and a
city daily's 数字报 page select-all copied; a 公众号 batch downloader's file; a news fetch of an e-book tool
converted to text; and toward stories that show no headline (each form then shows what it would show without one:
an empty field, a page's title of the site's own, a tool's placeholder, a label's answer, or nothing):

- a web crawl's shard of JSON lines (UTF-8, one record a line, ensure_ascii off), in one of two schemes: a
  WebText-like record (title, text, url, date as a day, source, source_domain, a later crawl_time in ISO form and a
  quality_score) or a WanJuan-like one (an id, content, title, language, date with the time, source, url, and its
  counts and scores); the paragraphs joined by escaped newlines in one string, the title empty or null where the
  page showed none, and the shard's records of other pages of the site before and after the story's;
- an instruction-tuning data set built from news (UTF-8, a JSON array indented by 2 or 4): maybe a system prompt and
  an empty history in each sample; the story's sample asks for a title (the headline is its output, after the
  text) or, with no headline, for the report's tone (an answer with a confidence is its output); its input is 来源
  and 发布时间 on one line over the paragraphs, joined by escaped newlines; other samples (other items' titles, a
  title's English, a rewrite) around it;
- a county portal page through html2text (UTF-8): the logo as a linked image, the menu as "  * [item](/path/)"
  bullets, 当前位置 with its links, the headline as # heading, **bold** or a bare line, 发布时间/来源/浏览次数, the
  font links, the paragraphs between blank lines (wrapped at 78 columns at their spaces, or not wrapped) with a
  leading dash, plus or number's dot escaped, an image's line, the print links, 上一篇/下一篇 links, * * *, 相关链接
  bullets, and the footer's lines ending in two spaces with the ICP link and the badges;
- a county portal page through BeautifulSoup's get_text() on a Windows crawler (GB18030, CRLF): the <title> (the
  headline, column and site, or the column and site) between runs of blank lines, every tab of the template's
  indentation, the bar's items and the menu's one a line, 当前位置： with its links and > a line each, the headline,
  the info line with non-breaking spaces and 浏览次数： left without its number (written by a script), 【字体】,
  the paragraphs (a line each, indented by non-breaking or full-width spaces, or run together on one line where the
  editor's <p>s were), the print tools, 上一篇/下一篇 over their titles and the footer;
- a note tool's raw export (Joplin-like, UTF-8): the note's title (the page's: the headline with its column and
  site, the headline with the site after -, the headline, or the column and the site), the clipped page as Markdown
  (the info line, paragraphs with Markdown's marks escaped, a resource's image line), then the item's properties
  (id, parent_id, created and updated times in UTC with milliseconds and Z, source_url, the clipper's source, type_);
- an Emacs capture file (org-protocol, UTF-8): #+TITLE and #+STARTUP, a 待办 heading with a TODO and its
  SCHEDULED day and a DONE with its CLOSED time, a 摘录 heading with the clip as [[the address][the page's title]]
  and its tags, a :PROPERTIES: drawer with :CAPTURED: in an English weekday, and the selection in a
  #+begin_quote block (maybe the headline, the info line, the paragraphs between blank lines), then another clip;
- an RSS item saved from a terminal feed reader (newsboat-like, UTF-8): Feed: (the site and the column), Title:
  (the headline, absent where there is none), Author: (the outlet), Date: (in the C locale's English or the zh_CN
  locale's 五, 05 11月 2021 form), Link:, the paragraphs wrapped at the terminal's width between blank lines, an
  [image 1 (link #1)] mark, and the Links: list with the image's address;
- a scraping tool's table (八爪鱼-like) opened in Excel and saved as Unicode text (UTF-16 with a BOM, CRLF between
  rows, tabs between cells, a cell's lines apart by LF inside quotes): a header row, rows of other pages, the
  story's row with the headline (or an empty cell), the address, the day as scraped with its label or as Excel
  shows a day it read (2021/11/5 10:23), the outlet with or without 来源：, the paragraphs in one cell, a count or
  a later time of the scrape;
- a 网易号 article select-all copied on a PC (UTF-8): the portal's bars and menu, 网易首页 > 网易号 > 正文,
  申请入驻, the headline, the time with 来源: the account (the outlet, or the county's 发布 account), 举报, the
  跟贴 count and the share lines, the paragraphs, the platform's 特别声明 and its English Notice, the links back,
  the account's card, 相关推荐 and 热点推荐;
- a city daily's 数字报 article page (方正/大洋-like) select-all copied and saved by Notepad (UTF-8 with a BOM,
  CRLF): the paper's 数字报 masthead (the outlet where it is a paper, or the city's daily), its bar, the issue's
  day with 星期 on a line of its own, 第N版 with the page's name, 上一版/下一版, 版面导航, 标题导航 with the
  headline among the page's other titles, 放大/缩小/默认/打印, the headline, maybe a reporter's credit, the paragraphs,
  （来源：the outlet） where the paper is not it, 上一篇/下一篇/返回目录, and the paper's rights and address;
- a 公众号 batch downloader's file (UTF-8, CRLF): 标题： (the headline, or the tool's （无标题）), 作者：, 公众号：
  (the outlet, or a county account), 发布时间：, 原文链接：, 是否原创：, the counts, a dashed rule, the
  paragraphs, 来源：the outlet where the account is not it, a rule, 精选留言 with likes and 作者回复, and the
  export's later time and the tool's name;
- a news fetch of an e-book tool (calibre-like recipe) converted to text (UTF-8): the periodical's title with a
  later day in brackets, Sections and its list, the section's name, its articles (the headline, or Untitled
  article, with a yearless day and time in brackets where the story has a day), then each article between its
  navigation bars (| Previous | Next | Section Menu | Main Menu |): the headline, the info line, the paragraphs
  between blank lines, and This article was downloaded by calibre from the address; other articles around it.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels, or with markup: a Markdown heading or bold, a JSON field's key, a TSV's cells, a header's name, a
quote block, a feed index's brackets) are the capture's metadata and are not listed, nor are lines that hold the
headline, the date or the outlet among other words (a JSON record, a row, a page's title with its site, an info
line). A key and its value, an address, a tag, a counter or a stamp beside them on such a line is listed apart. A
block of short lines (a bar, a menu, a crumb, a list, a footer, a properties tail) is listed as one string:
squashed, it is one run of the text.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 17/" + name are `LOCKED_T17`, the other six `DEV_T17`. Round 17 is sealed: not scored when
written; whoever next changes the text path scores it once, both halves, at the end of their work, and fixes nothing
from its misses.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import textwrap
from collections.abc import Callable

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import BASE, _address, _after, _capture, _crlf, _moment, _near, _numbers, _run, _token, _width

TEXT_FORMS17: dict[str, Layout] = {}
NAMES = [
    "邵建军",
    "柯美玲",
    "戴立新",
    "闫秀英",
    "葛志明",
    "包春燕",
    "乔国栋",
    "伍丽华",
    "房文杰",
    "甘淑珍",
]
# Other items a capture holds (other records, other rows, other samples, other articles): none is about the story.
OTHER_ITEMS = [
    (
        "县市场监管局开展冬季特种设备安全检查",
        "County Market Regulation Bureau Inspects Special Equipment for Winter Safety",
        (
            "近日，县市场监管局组织执法人员对辖区内锅炉、电梯、压力容器等特种设备开展安全检查。",
            "检查共出动执法人员四十余人次，发现并督促整改隐患十二处。",
        ),
    ),
    (
        "全县中小学开展冬季防火安全教育",
        "Schools Across the County Hold Winter Fire Safety Education",
        (
            "为增强师生消防安全意识，全县中小学近日集中开展冬季防火安全教育活动。",
            "各校通过主题班会、疏散演练等形式，普及火灾逃生自救知识。",
        ),
    ),
    (
        "县医保局推进医保电子凭证激活应用",
        "County Medical Insurance Bureau Promotes Electronic Insurance Vouchers",
        (
            "县医保局在定点医药机构设置宣传点，引导参保群众激活使用医保电子凭证。",
            "截至目前，全县医保电子凭证激活率已超过七成。",
        ),
    ),
    (
        "镇文化站举办农民书画作品展",
        "Township Cultural Station Holds Farmers' Painting and Calligraphy Exhibition",
        (
            "镇文化站近日举办农民书画作品展，展出作品六十余幅。",
            "作品题材丰富，展现了田园风光和邻里新风。",
        ),
    ),
    (
        "县水利局完成冬修水利项目前期工作",
        "County Water Bureau Completes Preparations for Winter Irrigation Works",
        (
            "县水利局近日完成今冬明春水利工程项目的勘察设计等前期工作。",
            "今冬将重点实施山塘清淤、渠道防渗等小型水利工程。",
        ),
    ),
    (
        "县妇联举办家庭教育公益讲座",
        "County Women's Federation Holds Public Lecture on Family Education",
        (
            "县妇联邀请心理咨询师走进社区，为家长们讲授亲子沟通技巧。",
            "讲座现场互动热烈，百余名家长参加。",
        ),
    ),
    (
        "县气象局发布寒潮蓝色预警信号",
        "County Meteorological Bureau Issues Blue Cold Wave Warning",
        (
            "受强冷空气影响，未来三天我县将出现大风降温天气，最低气温可降至零下三度。",
            "请广大群众注意防寒保暖，做好设施农业防冻工作。",
        ),
    ),
    (
        "县图书馆开展全民阅读进社区活动",
        "County Library Brings Reading Activities into Communities",
        (
            "县图书馆近日走进城区多个社区，开展图书漂流和绘本共读活动。",
            "活动现场共借出图书三百余册，办理借阅证五十余张。",
        ),
    ),
]
OTHERS = [title for title, _, _ in OTHER_ITEMS]
HEX = "0123456789abcdef"
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ZH_WEEKDAYS = "一二三四五六日"


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS17)


def _host(rng: random.Random) -> str:
    return f"www.{_token(rng, 4)}example-t17.gov.cn"


def _english(moment: dt.datetime) -> str:
    """A moment as the C locale's %a, %d %b %Y %H:%M:%S prints it."""
    return f"{WEEKDAYS[moment.weekday()]}, {moment.day:02d} {MONTHS[moment.month - 1]} {moment:%Y %H:%M:%S}"


def _wrap_display(line: str, columns: int) -> list[str]:
    """A line cut into rows of `columns` display columns (a wide character two) at its spaces, and a word wider
    than a row cut where the row ends, as a terminal's text renderer cuts it."""
    rows: list[str] = []
    row, used = "", 0
    for token in re.findall(r"\S+\s*|\s+", line):
        word = token.rstrip()
        if not word and not row:
            continue
        size = sum(map(_width, word))
        if row and used + size > columns:
            rows.append(row.rstrip())
            row, used = "", 0
        if size > columns:
            for char in token:
                if row.strip() and used + _width(char) > columns:
                    rows.append(row.rstrip())
                    row, used = "", 0
                row += char
                used += _width(char)
            continue
        row += token
        used += sum(map(_width, token))
    if row.strip():
        rows.append(row.rstrip())
    return rows


def _html2text_escape(line: str) -> str:
    """A paragraph's leading dash, plus or number's dot escaped, as html2text escapes what Markdown would read."""
    line = re.sub(r"^(\s*\d+)(\.)(?=\s)", r"\1\\\2", line)
    line = re.sub(r"^(\s*)([-+])(?=\s)", r"\1\\\2", line)
    return line


def _turndown_escape(line: str) -> str:
    """A paragraph with Markdown's marks escaped, as a Turndown-based clipper escapes them."""
    line = line.replace("\\", "\\\\")
    for mark in "*`[]_":
        line = line.replace(mark, "\\" + mark)
    line = re.sub(r"^(#{1,6} )", r"\\\1", line)
    line = re.sub(r"^([-+>])", r"\\\1", line)
    line = re.sub(r"^(\d+)\. ", r"\1\\. ", line)
    return line


def _published(story: Story, rng: random.Random, form: str = "%Y-%m-%d %H:%M") -> str | None:
    moment = _moment(story.published, rng)
    return None if moment is None else moment.strftime(form)


# ---------------------------------------------------------------- crawls and data sets


@text_form("crawl_corpus_jsonl_neighbour_records")
def crawl_corpus_jsonl_neighbour_records(story: Story) -> Wrapped:
    """A web crawl's shard of JSON lines (UTF-8, ensure_ascii off), WebText-like (title, text, url, date, source,
    source_domain, crawl_time, quality_score) or WanJuan-like (id, content, title, language, date, source, url,
    counts and scores): the paragraphs joined by escaped newlines, and other pages' records around the story's."""
    rng = _rng(story, "crawl_corpus_jsonl_neighbour_records")
    host = _host(rng)
    wanjuan = rng.random() < 0.5
    crawled = _after(story.published, rng, 30, 700)
    column = rng.choice(["zwgk/bmdt", "xwzx/xzdt", "ztzl/zsyz"])

    def record(
        title: str | None, moment: dt.datetime | None, outlet: str | None, lines: tuple[str, ...], doc: int
    ) -> tuple[str, list[str]]:
        content = "\n".join(lines)
        url = _address(host, moment.date() if moment else None, doc, column)
        stamp = crawled + dt.timedelta(seconds=rng.randrange(1, 3000))
        if wanjuan:
            fields = [
                ("id", f"{_token(rng, 8, HEX)}-{_token(rng, 4, HEX)}-{_token(rng, 12, HEX)}", True),
                ("content", content, False),
                ("title", title or "", False),
                ("language", "zh", True),
                ("date", f"{moment:%Y-%m-%d %H:%M:%S}" if moment else "", False),
                ("source", outlet or "", False),
                ("url", url, True),
                ("char_num", len(content), True),
                ("line_num", len(lines), True),
                ("fluency_score", round(rng.uniform(0.4, 0.99), 6), True),
                ("not_ad_score", round(rng.uniform(0.6, 0.99), 6), True),
                ("toxic_score", round(rng.uniform(0.0001, 0.05), 6), True),
            ]
        else:
            fields = [
                ("title", title, False),
                ("text", content, False),
                ("url", url, True),
                ("date", f"{moment:%Y-%m-%d}" if moment else None, False),
                ("source", outlet, False),
                ("source_domain", host, True),
                ("crawl_time", f"{stamp:%Y-%m-%dT%H:%M:%S}", True),
                ("quality_score", round(rng.uniform(0.5, 0.99), 4), True),
            ]
        line = json.dumps({key: value for key, value, _ in fields}, ensure_ascii=False)
        pieces = [json.dumps({key: value}, ensure_ascii=False)[1:-1] for key, value, listed in fields if listed]
        return line, pieces

    others = rng.sample(OTHER_ITEMS, rng.randrange(2, 6))
    before = rng.randrange(0, len(others) + 1)
    lines: list[str] = []
    furniture: list[str] = []
    for index, (title, _, body) in enumerate(others):
        if index == before:
            mine, pieces = record(
                story.headline or None,
                _moment(story.published, rng),
                story.outlet,
                story.lines,
                rng.randrange(10**5, 10**6),
            )
            lines.append(mine)
            furniture += pieces
        other, _ = record(title, _near(story.published, rng), None, body, rng.randrange(10**5, 10**6))
        lines.append(other)
        furniture.append(other)
    if before == len(others):
        mine, pieces = record(
            story.headline or None,
            _moment(story.published, rng),
            story.outlet,
            story.lines,
            rng.randrange(10**5, 10**6),
        )
        lines.append(mine)
        furniture += pieces
    shard = rng.randrange(100, 9000)
    return Wrapped(
        "\n".join(lines) + "\n",
        tuple(furniture),
        f"file:///data/crawl/{'wanjuan' if wanjuan else 'webtext'}/zh/part-{shard:05d}.jsonl",
        kind="text",
    )


TITLE_ASKS = [
    "请为下面这篇新闻拟一个标题。",
    "根据以下新闻正文，生成一个简洁准确的新闻标题：",
    "阅读下面的报道，写出它的标题。",
]
SYSTEM = "你是一名经验丰富的政务新闻编辑。"


@text_form("sft_alpaca_json_headline_as_output")
def sft_alpaca_json_headline_as_output(story: Story) -> Wrapped:
    """An instruction-tuning data set built from news (UTF-8, a JSON array): maybe a system prompt and an empty
    history; the story's sample asks for a title (the headline its output) or, with none, the tone (an answer with a
    confidence its output); its input is 来源 and 发布时间 over the paragraphs; other samples around it."""
    rng = _rng(story, "sft_alpaca_json_headline_as_output")
    indent = rng.choice([2, 4])
    system = rng.random() < 0.5

    def sample(instruction: str, given: str, output: str) -> dict[str, object]:
        fields: dict[str, object] = {"system": SYSTEM} if system else {}
        fields.update(instruction=instruction, input=given, output=output)
        if system:
            fields["history"] = []
        return fields

    if story.published is None:
        when = None
    elif rng.random() < 0.5:
        when = f"发布时间：{story.published:%Y-%m-%d}"
    else:
        when = f"发布时间：{story.published.year}年{story.published.month}月{story.published.day}日"
    meta = _run([f"来源：{story.outlet}" if story.outlet else None, when], "　")
    given = "\n".join([*([meta] if meta else []), *story.lines])
    if story.headline:
        instruction, output, own = rng.choice(TITLE_ASKS), story.headline, False
    else:
        instruction = "判断下面这篇报道的情感倾向（正面、中性或负面），并给出置信度。"
        output, own = f"正面（置信度{rng.uniform(0.8, 0.99):.2f}）", True
    mine = sample(instruction, given, output)
    neighbours: list[dict[str, object]] = []
    for title, english, body in rng.sample(OTHER_ITEMS, rng.randrange(2, 5)):
        if rng.random() < 0.6:
            neighbours.append(sample(rng.choice(TITLE_ASKS), "\n".join(body), title))
        else:
            neighbours.append(sample("将下面的新闻标题翻译成英文。", title, english))
    if rng.random() < 0.5:
        neighbours.append(
            sample("把下面这句口语改写成规范的公文表述。", "这事儿大家抓紧办，别拖。", "请各单位抓紧办理，不得拖延。")
        )
    rng.shuffle(neighbours)
    at = rng.randrange(len(neighbours) + 1)
    samples = [*neighbours[:at], mine, *neighbours[at:]]
    text = json.dumps(samples, ensure_ascii=False, indent=indent)
    furniture = [json.dumps(other, ensure_ascii=False, indent=indent) for other in neighbours]
    furniture.append(json.dumps({"instruction": instruction}, ensure_ascii=False)[1:-1])
    if own:
        furniture.append(json.dumps({"output": output}, ensure_ascii=False)[1:-1])
    if system:
        furniture.append(json.dumps({"system": SYSTEM}, ensure_ascii=False)[1:-1])
    return Wrapped(
        text + "\n",
        tuple(furniture),
        f"file:///data/sft/zhengwu_news_{rng.choice(['title', 'mixed'])}_v{rng.randrange(1, 5)}.json",
        kind="text",
    )


# ---------------------------------------------------------------- converters and crawlers


@text_form("html2text_portal_markdown_link_menus")
def html2text_portal_markdown_link_menus(story: Story) -> Wrapped:
    """A county portal page through html2text (UTF-8): the linked logo, the menu's bullets of links, 当前位置 with
    links, the headline as # heading, **bold** or a bare line, the info line, the font links, the paragraphs (wrapped
    at 78 columns or not, marks escaped), an image's line, the print links, 上一篇/下一篇, * * *, 相关链接 and the
    footer's lines ending in two spaces."""
    rng = _rng(story, "html2text_portal_markdown_link_menus")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column, slug = rng.choice([("部门动态", "bmdt"), ("乡镇动态", "xzdt"), ("招商引资", "zsyz")])
    menu = ["首页", "政务公开", "政务服务", "互动交流", f"走进{place[:2]}"]
    paths = ["/", "/zwgk/", "/zwfw/", "/hdjl/", "/zjxq/"]
    top = "\n".join(
        [
            f"[![{site}](/images/logo.png)](/)",
            "",
            *(f"  * [{item}]({path})" for item, path in zip(menu, paths, strict=True)),
            "",
            f"当前位置：[首页](/) > [政务公开](/zwgk/) > [{column}](/zwgk/{slug}/)",
        ]
    )
    style = rng.choice(["heading", "bold", "bare"])
    if not story.headline:
        headline = None
    else:
        headline = {"heading": f"# {story.headline}", "bold": f"**{story.headline}**", "bare": story.headline}[style]
    counter = f"浏览次数：{rng.randrange(30, 5000)}"
    info = _run(
        [
            f"发布时间：{_published(story, rng)}" if story.published else None,
            f"来源：{story.outlet}" if story.outlet else None,
            counter,
        ],
        "  ",
    )
    font = "【字体：[大](#) [中](#) [小](#)】"
    wrapped = rng.random() < 0.5
    paragraphs: list[str] = []
    for line in story.lines:
        escaped = _html2text_escape(line)
        if wrapped:
            paragraphs.append("\n".join(textwrap.wrap(escaped, 78, break_long_words=False, break_on_hyphens=False)))
        else:
            paragraphs.append(escaped)
    day = story.published or BASE
    image = f"![]({'/zwgk/' + slug}/{day:%Y%m}/W0{day:%Y%m%d}{rng.randrange(10**5, 10**6)}.jpg)"
    before, after, *related = rng.sample(OTHERS, 5)
    icp, police = _numbers(rng)
    code = rng.randrange(10**9, 10**10)
    bottom = "\n".join(
        [
            "[【打印本页】](javascript:window.print\\(\\)) [【关闭窗口】](javascript:window.close\\(\\))",
            "",
            f"上一篇：[{before}](./t{_near(story.published, rng):%Y%m%d}_{rng.randrange(10**5, 10**6)}.html)",
            "",
            f"下一篇：[{after}](./t{_near(story.published, rng):%Y%m%d}_{rng.randrange(10**5, 10**6)}.html)",
            "",
            "* * *",
            "",
            "### 相关链接",
            "",
            *(f"  * [{title}](/zwgk/{slug}/{rng.randrange(10**5, 10**6)}.html)" for title in related),
            "",
            "  * [网站地图](/wzdt/)",
            "  * [联系我们](/lxwm/)",
            "",
            f"主办单位：{site}办公室 承办单位：{place}大数据发展中心  ",
            f"[{icp}](https://beian.miit.gov.cn/) [![](/images/ga.png){police}]"
            f"(http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={rng.randrange(10**13, 10**14)})  ",
            f"网站标识码：{code}",
            "",
            f"[![](/images/jiucuo.png)](https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={code}) "
            f"[![](/images/dzjg.png)](https://bszs.conac.cn/sitename?method=show&id={_token(rng, 24, HEX).upper()})",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [(top, True), (headline, False), (info, info == counter), (font, True)]
    for index, paragraph in enumerate(paragraphs):
        blocks.append((paragraph, False))
        if index == 0 and rng.random() < 0.5:
            blocks.append((image, True))
    blocks.append((bottom, True))
    text, furniture = _capture(blocks, "\n\n")
    # The counter beside the outlet and the day is the page's: listed apart.
    extra = (counter,) if info != counter else ()
    return Wrapped(
        text + "\n\n",
        (*furniture, *extra),
        _address(_host(rng), story.published, rng.randrange(10**5, 10**6), f"zwgk/{slug}"),
        kind="text",
    )


@text_form("bs4_get_text_blank_runs_gb18030")
def bs4_get_text_blank_runs_gb18030(story: Story) -> Wrapped:
    """A county portal page through BeautifulSoup's get_text() on a Windows crawler (GB18030, CRLF): the <title>
    between runs of blank lines, the template's tabs, the bar's and the menu's items a line each, 当前位置： with its
    links and > a line each, the headline, the info line with non-breaking spaces and a bare 浏览次数：, 【字体】,
    the paragraphs (a line each, or run together), the tools, 上一篇/下一篇 over their titles and the footer."""
    rng = _rng(story, "bs4_get_text_blank_runs_gb18030")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column = rng.choice(["部门动态", "乡镇动态", "政务要闻"])
    own_title = f"{column}_{site}"
    title = f"{story.headline}_{own_title}" if story.headline else own_title
    tab = "\t"
    top = "\n".join(
        [
            "",
            "",
            f"{tab * 2}设为首页",
            f"{tab * 2}|",
            f"{tab * 2}加入收藏",
            f"{tab * 2}无障碍浏览",
            f"{tab * 2}长者模式",
            "",
            "",
            "",
            f"{tab * 3}",
            f"{tab * 3}搜索",
            "",
            "",
            *(f"{tab * 4}{item}\n" for item in ["首页", "政务公开", "政务服务", "互动交流", f"走进{place[:2]}"]),
            "",
            f"{tab * 3}当前位置：",
            "首页",
            " > ",
            "政务公开",
            " > ",
            column,
            "",
            "",
        ]
    )
    nbsp = "\xa0"
    counter = "浏览次数："
    if story.published is None:
        when = None
    elif rng.random() < 0.5:
        when = f"发布时间：{_published(story, rng, '%Y-%m-%d %H:%M:%S')}"
    else:
        when = f"日期：{story.published:%Y-%m-%d}"
    info = tab * 5 + (nbsp * 4).join(
        part for part in [when, f"来源：{story.outlet}" if story.outlet else None, counter] if part
    )
    indent = rng.choice([nbsp * 4, "\u3000\u3000", ""])
    if rng.random() < 0.3:
        body: list[tuple[str | None, bool]] = [(tab * 4 + "".join(indent + line for line in story.lines), False)]
    else:
        body = [(f"{indent}{line}\n", False) for line in story.lines]
    before, after = rng.sample(OTHERS, 2)
    icp, police = _numbers(rng)
    bottom = "\n".join(
        [
            "",
            f"{tab * 4}【打印本页】",
            f"{tab * 4}【关闭窗口】",
            "",
            "",
            f"{tab * 4}上一篇：",
            before,
            f"{tab * 4}下一篇：",
            after,
            "",
            "",
            "",
            f"{tab * 3}网站地图",
            f"{tab * 3}|",
            f"{tab * 3}联系我们",
            "",
            f"{tab * 3}主办单位：{site}办公室{nbsp * 2}承办单位：{place}政务数据中心",
            f"{tab * 3}{icp}{nbsp * 2}{police}{nbsp * 2}网站标识码：{rng.randrange(10**9, 10**10)}",
            "",
            "",
            "",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        ("\n\n\n" + title + "\n\n\n", not story.headline),
        (top, True),
        (f"{tab * 4}{story.headline}" if story.headline else None, False),
        (info, not (story.published or story.outlet)),
        (f"{tab * 4}【字体：大 中 小】\n", True),
        *body,
        (bottom, True),
    ]
    text, furniture = _capture(blocks)
    # The page's title holds the headline with the column and the site: those are listed apart, as is the counter
    # left beside the outlet and the day.
    extra = [own_title] if story.headline else []
    if story.published or story.outlet:
        extra.append(counter)
    host = _host(rng)
    return Wrapped(
        _crlf(text),
        (*furniture, *extra),
        f"file:///D:/spider/{host.split('.')[1]}/{rng.randrange(10**5, 10**6)}.txt",
        encoding="gb18030",
        kind="text",
    )


# ---------------------------------------------------------------- note tools


@text_form("joplin_raw_export_props_tail_utc")
def joplin_raw_export_props_tail_utc(story: Story) -> Wrapped:
    """A note tool's raw export (Joplin-like, UTF-8): the note's title (the page's), the clipped page as Markdown
    (the info line, the paragraphs with marks escaped, a resource's image line), then the item's properties with
    created and updated times in UTC and the source_url."""
    rng = _rng(story, "joplin_raw_export_props_tail_utc")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column = rng.choice(["部门动态", "招商引资", "政务要闻"])
    if story.headline:
        style = rng.choice(["column", "dash", "bare"])
        suffix = {"column": f"_{column}_{site}", "dash": f" - {site}", "bare": ""}[style]
        title, own = f"{story.headline}{suffix}", False
    else:
        suffix, title, own = "", f"{column} - {site}", True
    info = _run(
        [
            f"发布时间：{story.published:%Y-%m-%d}" if story.published else None,
            f"来源：{story.outlet}" if story.outlet else None,
        ],
        "　　",
    )
    image = f"![](:/{_token(rng, 32, HEX)})"
    made = _after(story.published, rng, 1, 200) - dt.timedelta(hours=8)
    made_ms = rng.randrange(1000)
    updated = made + dt.timedelta(seconds=rng.randrange(5, 4000))
    updated_ms = rng.randrange(1000)

    def utc(moment: dt.datetime, ms: int) -> str:
        return f"{moment:%Y-%m-%dT%H:%M:%S}.{ms:03d}Z"

    address = _address(_host(rng), story.published, rng.randrange(10**5, 10**6))
    properties = "\n".join(
        [
            f"id: {_token(rng, 32, HEX)}",
            f"parent_id: {_token(rng, 32, HEX)}",
            f"created_time: {utc(made, made_ms)}",
            f"updated_time: {utc(updated, updated_ms)}",
            "is_conflict: 0",
            "latitude: 0.00000000",
            "longitude: 0.00000000",
            "altitude: 0.0000",
            "author: ",
            f"source_url: {address}",
            "is_todo: 0",
            "todo_due: 0",
            "todo_completed: 0",
            "source: joplin-desktop",
            "source_application: net.cozic.joplin-desktop",
            "application_data: ",
            f"order: {rng.randrange(10**12, 10**13)}",
            f"user_created_time: {utc(made, made_ms)}",
            f"user_updated_time: {utc(updated, updated_ms)}",
            "encryption_cipher_text: ",
            "encryption_applied: 0",
            "markup_language: 1",
            "is_shared: 0",
            "share_id: ",
            "conflict_original_id: ",
            "master_key_id: ",
            "user_data: ",
            "deleted_time: 0",
            "type_: 1",
        ]
    )
    lines = [_turndown_escape(line) for line in story.lines]
    blocks: list[tuple[str | None, bool]] = [
        (title, own),
        (info, False),
        *((line, False) for line in lines[:1]),
        (image if rng.random() < 0.5 else None, True),
        *((line, False) for line in lines[1:]),
        (properties, True),
    ]
    text, furniture = _capture(blocks, "\n\n")
    # The column and the site after the headline in the note's title are the page's: listed apart.
    extra = (suffix,) if suffix else ()
    return Wrapped(
        text,
        (*furniture, *extra),
        f"file:///home/{_token(rng, 5)}/joplin-raw-export/{_token(rng, 32, HEX)}.md",
        kind="text",
    )


@text_form("org_capture_link_heading_quote_block")
def org_capture_link_heading_quote_block(story: Story) -> Wrapped:
    """An Emacs capture file (org-protocol, UTF-8): #+TITLE, a 待办 heading with a TODO and a DONE, a 摘录 heading with
    the clip as [[the address][the page's title]] and tags, :CAPTURED: in an English weekday, the selection in a
    #+begin_quote block (maybe the headline, the info line, the paragraphs), and another clip."""
    rng = _rng(story, "org_capture_link_heading_quote_block")
    place = rng.choice(PLACES)
    other = rng.choice([p for p in PLACES if p != place])
    site = f"{place}人民政府"
    column = rng.choice(["部门动态", "招商引资", "乡镇动态"])
    captured = _after(story.published, rng, 1, 40)

    def stamp(moment: dt.datetime, clock: bool = True) -> str:
        day = f"{moment:%Y-%m-%d} {WEEKDAYS[moment.weekday()]}"
        return f"{day} {moment:%H:%M}" if clock else day

    scheduled = captured + dt.timedelta(days=rng.randrange(1, 6))
    closed = captured - dt.timedelta(days=rng.randrange(1, 5), minutes=rng.randrange(600))
    top = "\n".join(
        [
            "#+TITLE: 收集箱",
            "#+STARTUP: overview",
            "",
            "* 待办",
            f"** TODO 给{other}投资促进中心回电话，确认考察行程",
            f"   SCHEDULED: <{stamp(scheduled, clock=False)}>",
            "** DONE 报送上月招商引资工作月报",
            f"   CLOSED: [{stamp(closed)}]",
            "* 摘录",
        ]
    )
    host = _host(rng)
    address = _address(host, story.published, rng.randrange(10**5, 10**6))
    suffix = f"_{column}_{site}"
    page_title = f"{story.headline}{suffix}" if story.headline else f"{column}_{site}"
    tags = ":招商:外地经验:"
    heading = f"** [[{address}][{page_title}]] {tags}"
    drawer = f":PROPERTIES:\n:CAPTURED: [{stamp(captured)}]\n:END:\n#+begin_quote"
    info = _run(
        [
            f"发布时间：{_published(story, rng)}" if story.published else None,
            f"来源：{story.outlet}" if story.outlet else None,
        ],
        "  ",
    )
    with_headline = story.headline if story.headline and rng.random() < 0.6 else None
    title, _, body = rng.choice(OTHER_ITEMS)
    later = captured + dt.timedelta(minutes=rng.randrange(5, 300))
    another = "\n".join(
        [
            "#+end_quote",
            f"** [[http://{_host(rng)}/xwzx/{rng.randrange(10**5, 10**6)}.html][{title}_{other}人民政府]] :存档:",
            ":PROPERTIES:",
            f":CAPTURED: [{stamp(later)}]",
            ":END:",
            "#+begin_quote",
            body[0],
            "#+end_quote",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (top, True),
        (heading, not story.headline),
        (drawer, True),
        (with_headline, False),
        ("" if with_headline else None, False),
        (info, False),
        ("" if info else None, False),
    ]
    for index, line in enumerate(story.lines):
        blocks.append((line, False))
        if index + 1 < len(story.lines):
            blocks.append(("", False))
    blocks.append((another, True))
    text, furniture = _capture(blocks)
    # On the clip's heading the address, the column and the site after the headline and the tags are listed apart.
    extra = (address, suffix, tags) if story.headline else ()
    return Wrapped(
        text + "\n",
        (*furniture, *extra),
        f"file:///home/{_token(rng, 5)}/org/inbox.org",
        kind="text",
    )


# ---------------------------------------------------------------- feed readers and scraping tools


@text_form("newsboat_saved_article_wrapped_links")
def newsboat_saved_article_wrapped_links(story: Story) -> Wrapped:
    """An RSS item saved from a terminal feed reader (newsboat-like, UTF-8): Feed:, Title:, Author:, Date: (C or
    zh_CN locale), Link:, the paragraphs wrapped at the terminal's width between blank lines, an image's mark, and
    the Links: list."""
    rng = _rng(story, "newsboat_saved_article_wrapped_links")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column = rng.choice(["部门动态", "招商引资", "政务要闻"])
    feed = f"Feed: {site} - {column}"
    host = _host(rng)
    address = _address(host, story.published, rng.randrange(10**5, 10**6))
    moment = _moment(story.published, rng)
    if moment is None:
        when = None
    elif rng.random() < 0.5:
        when = f"Date: {_english(moment)} +0800"
    else:
        when = f"Date: {ZH_WEEKDAYS[moment.weekday()]}, {moment:%d} {moment.month}月 {moment:%Y %H:%M:%S} +0800"
    link = f"Link: {address}"
    columns = rng.choice([80, 100, 120, 143])
    day = story.published or BASE
    picture = f"http://{host}/zwgk/bmdt/{day:%Y%m}/W0{day:%Y%m%d}{rng.randrange(10**5, 10**6)}.jpg"
    imaged = rng.random() < 0.5
    links = f"Links: \n[1]: {picture} (image)" if imaged else None
    blocks: list[tuple[str | None, bool]] = [
        (feed, True),
        (f"Title: {story.headline}" if story.headline else None, False),
        (f"Author: {story.outlet}" if story.outlet else None, False),
        (when, False),
        (link, True),
        ("", False),
    ]
    for index, line in enumerate(story.lines):
        blocks.append(("\n".join(_wrap_display(line, columns)), False))
        if index == 0 and imaged:
            blocks += [("", False), ("[image 1 (link #1)]", True)]
        blocks.append(("", False))
    blocks.append((links, True))
    text, furniture = _capture(blocks)
    text = text.rstrip("\n")
    return Wrapped(
        text + "\n",
        furniture,
        f"file:///home/{_token(rng, 5)}/newsboat-saved/{_token(rng, 6)}.txt",
        kind="text",
    )


def _cell(value: str) -> str:
    """A cell as Excel writes it in Unicode text: quoted, with its quotes doubled, where it holds a tab, a line break
    or a quote."""
    if any(mark in value for mark in '\t\n"'):
        return '"' + value.replace('"', '""') + '"'
    return value


@text_form("bazhuayu_excel_unicode_text_tabs_utf16")
def bazhuayu_excel_unicode_text_tabs_utf16(story: Story) -> Wrapped:
    """A scraping tool's table (八爪鱼-like) opened in Excel and saved as Unicode text (UTF-16, CRLF between rows,
    tabs between cells, a cell's lines apart by LF inside quotes): the header, other pages' rows, and the story's row
    with the headline, the address, the day (as scraped, or as Excel shows it), the outlet, the paragraphs in one cell
    and a count or a later time."""
    rng = _rng(story, "bazhuayu_excel_unicode_text_tabs_utf16")
    host = _host(rng)
    scraped = rng.random() < 0.5
    if scraped:
        header = ["标题", "标题链接", "发布时间", "来源", "正文", "采集时间"]
    else:
        header = ["文章标题", "页面网址", "发布日期", "信息来源", "文章内容", "浏览次数"]
    collected = _after(story.published, rng, 20, 500)

    def row(
        title: str | None, moment: dt.datetime | None, outlet: str | None, lines: tuple[str, ...]
    ) -> tuple[str, list[str]]:
        nonlocal collected
        address = _address(host, moment.date() if moment else None, rng.randrange(10**5, 10**6))
        if moment is None:
            day = ""
        elif scraped:
            day = f"发布时间：{moment:%Y-%m-%d %H:%M}"
        else:
            day = f"{moment.year}/{moment.month}/{moment.day} {moment:%H:%M}"
        source = (f"来源：{outlet}" if scraped else outlet) if outlet else ""
        collected += dt.timedelta(seconds=rng.randrange(2, 40))
        last = f"{collected:%Y-%m-%d %H:%M:%S}" if scraped else str(rng.randrange(20, 6000))
        cells = [title or "", address, day, source, "\n".join(lines), last]
        return "\t".join(_cell(cell) for cell in cells), [address, *([last] if scraped else [])]

    others = rng.sample(OTHER_ITEMS, rng.randrange(2, 5))
    at = rng.randrange(len(others) + 1)
    rows = ["\t".join(header)]
    furniture = ["\t".join(header)]
    for index in range(len(others) + 1):
        if index == at:
            mine, pieces = row(story.headline, _moment(story.published, rng), story.outlet, story.lines)
            rows.append(mine)
            furniture += pieces
        if index < len(others):
            title, _, body = others[index]
            other, _ = row(title, _near(story.published, rng), f"{rng.choice(PLACES)}融媒体中心", body)
            rows.append(other)
            furniture.append(other)
    return Wrapped(
        "\r\n".join(rows) + "\r\n",
        tuple(furniture),
        f"file:///C:/Users/{_token(rng, 5)}/Documents/八爪鱼导出/{_token(rng, 4)}招商动态采集{collected:%Y%m%d}.txt",
        encoding="utf-16",
        kind="text",
    )


# ---------------------------------------------------------------- news sites and e-papers


@text_form("wangyihao_pc_select_all_statement")
def wangyihao_pc_select_all_statement(story: Story) -> Wrapped:
    """A 网易号 article select-all copied on a PC (UTF-8): the portal's bars and menu, the crumb, 申请入驻, the
    headline, the time with 来源: the account, 举报, the 跟贴 count and share lines, the paragraphs, 特别声明 and its
    English Notice, the links back, the account's card, 相关推荐 and 热点推荐."""
    rng = _rng(story, "wangyihao_pc_select_all_statement")
    place = rng.choice(PLACES)
    account = story.outlet or f"{place[:2]}发布"
    top = "\n".join(
        [
            "网易首页",
            "应用",
            "网易新闻",
            "网易公开课",
            "网易严选",
            "登录",
            "注册免费邮箱",
            "新闻　体育　娱乐　财经　汽车　科技　时尚　手机　数码　房产　家居　旅游　健康　教育",
            "网易首页 > 网易号 > 正文",
            "申请入驻",
        ]
    )
    moment = _moment(story.published, rng)
    info = _run([f"{moment:%Y-%m-%d %H:%M:%S}" if moment else None, f"来源: {account}"], "　")
    tools = "\n".join(["举报", str(rng.randrange(0, 60)), "分享至", "用微信扫码二维码", "分享至好友和朋友圈"])
    related = rng.sample(OTHERS, 5)
    followers = rng.randrange(200, 90000)
    statement = "\n".join(
        [
            "特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。",
            "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of "
            "NetEase Hao, which is a social media platform and only provides information storage services.",
            "/阅读下一篇/",
            "返回网易首页",
            "下载网易新闻客户端",
        ]
    )
    card = "\n".join(
        [
            f"{followers}粉丝　关注",
            "相关推荐",
            *related[:3],
            "热点推荐",
            *related[3:],
            f"©1997-{(story.published or BASE).year + rng.randrange(1, 4)} 网易公司版权所有",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (top, True),
        (story.headline, False),
        (info, False),
        (tools, True),
        *((line, False) for line in story.lines),
        (statement, True),
        (account, not story.outlet),
        (card, True),
    ]
    text, furniture = _capture(blocks)
    # The account beside the day is the outlet, or the county's account (then listed apart).
    extra = (f"来源: {account}",) if not story.outlet else ()
    return Wrapped(
        text + "\n",
        (*furniture, *extra),
        f"https://www.163.example-t17.com/dy/article/{_token(rng, 16, '0123456789ABCDEFGHJKLMNPQRSTUV')}.html",
        kind="text",
    )


@text_form("shuzibao_web_banmian_nav_select_all_bom")
def shuzibao_web_banmian_nav_select_all_bom(story: Story) -> Wrapped:
    """A city daily's 数字报 article page (方正/大洋-like) select-all copied and saved by Notepad (UTF-8 with a BOM,
    CRLF): the masthead and bar, the issue's day with 星期, 第N版, 上一版/下一版, 版面导航, 标题导航 with the
    headline among others, the zoom and print tools, the headline, a credit, the paragraphs, 来源, the links and the
    rights."""
    rng = _rng(story, "shuzibao_web_banmian_nav_select_all_bom")
    place = rng.choice(PLACES)
    paper_own = not (story.outlet and re.search(r"(日报|晚报|商报|报)$", story.outlet))
    paper = f"{place[:2]}日报" if paper_own else story.outlet
    masthead = f"{paper}{rng.choice(['数字报', '电子版'])}"
    bar = "首页　|　往期回顾　|　PDF下载　|　手机版"
    pages = [("01", "要闻"), ("02", "要闻"), ("03", "县区新闻"), ("04", "综合"), ("05", "专版"), ("06", "副刊")]
    number, name = rng.choice(pages[:4])
    issue = f"{story.published:%Y年%m月%d日}　星期{ZH_WEEKDAYS[story.published.weekday()]}" if story.published else None
    nav = "\n".join(
        [
            f"第{number}版：{name}",
            "上一版　下一版",
            "版面导航",
            *(f"{code}：{page}" for code, page in pages),
            "标题导航",
        ]
    )
    listed = rng.sample(OTHERS, 4)
    at = rng.randrange(1, 4)
    credit = f"■ 本报记者　{rng.choice(NAMES)}" if rng.random() < 0.5 else None
    source = f"（来源：{story.outlet}）" if story.outlet and paper_own else None
    address = rng.choice(["人民路", "解放大道", "新华路"])
    bottom = "\n".join(
        [
            "上一篇　下一篇　返回目录",
            f"版权所有：{paper}社　未经书面授权不得复制或建立镜像",
            f"地址：{place}{address}{rng.randrange(1, 300)}号　邮编：{rng.randrange(300000, 400000)}",
            f"技术支持：方正电子　{_numbers(rng)[0]}",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (f"{masthead}\n{bar}", paper_own),
        (issue, False),
        (nav, True),
        *((title, True) for title in listed[:at]),
        (story.headline, False),
        *((title, True) for title in listed[at:]),
        ("放大　缩小　默认　打印", True),
        (story.headline, False),
        (credit, True),
        *((line, False) for line in story.lines),
        (source, False),
        (bottom, True),
    ]
    text, furniture = _capture(blocks)
    # The bar under a masthead that names the outlet is the paper's: listed apart.
    extra = (bar,) if not paper_own else ()
    day = story.published or BASE
    return Wrapped(
        _crlf(text) + "\r\n",
        (*furniture, *extra),
        f"http://epaper.{_token(rng, 4)}example-t17.cn/html/{day:%Y-%m/%d}/content_{rng.randrange(10**5, 10**6)}.htm",
        encoding="utf-8-sig",
        kind="text",
    )


# ---------------------------------------------------------------- download tools and e-book fetchers


@text_form("gzh_batch_downloader_txt_header_comments")
def gzh_batch_downloader_txt_header_comments(story: Story) -> Wrapped:
    """A 公众号 batch downloader's file (UTF-8, CRLF): 标题, 作者, 公众号, 发布时间, 原文链接, 是否原创, the counts, a
    rule, the paragraphs, 来源 where the account is not the outlet, a rule, 精选留言 with likes and replies, and the
    export's later time with the tool's name."""
    rng = _rng(story, "gzh_batch_downloader_txt_header_comments")
    place = rng.choice(PLACES)
    own_account = not story.outlet or rng.random() < 0.4
    account = (
        rng.choice([f"{place[:2]}发布", f"{place}投资促进中心", f"微{place[:2]}"]) if own_account else story.outlet
    )
    title = f"标题：{story.headline}" if story.headline else "标题：（无标题）"
    author = f"作者：{rng.choice(NAMES)}" if rng.random() < 0.5 else None
    moment = _moment(story.published, rng)
    biz = "Mz" + _token(rng, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    link = (
        f"原文链接：https://mp.weixin.qq.com/s?__biz={biz}==&mid={rng.randrange(10**9, 3 * 10**9)}"
        f"&idx=1&sn={_token(rng, 32, HEX)}"
    )
    facts = "\n".join(
        [
            link,
            f"是否原创：{rng.choice(['否', '是'])}",
            f"阅读：{rng.randrange(200, 30000)}　在看：{rng.randrange(0, 90)}　点赞：{rng.randrange(0, 300)}",
        ]
    )
    rule = "-" * 60
    nicks = ["山里人家", "风起时", "老张", "向阳花开", "Jason", "一叶知秋"]
    words = [
        ("为家乡点赞！", "谢谢关注！"),
        ("希望项目早日落地投产。", None),
        ("家门口就业的机会越来越多了。", "感谢您的留言。"),
        ("支持，期待更多好项目。", None),
    ]
    chosen = rng.sample(words, rng.randrange(1, 4))
    comments: list[str] = [f"精选留言（{len(chosen)}）"]
    for nick, (said, reply) in zip(rng.sample(nicks, len(chosen)), chosen, strict=True):
        comments.append(f"【{nick}】{said}（{rng.randrange(1, 80)}赞）")
        if reply:
            comments.append(f"　作者回复：{reply}")
    exported = _after(story.published, rng, 10, 900)
    comments.append(f"导出时间：{exported:%Y-%m-%d %H:%M:%S}　由 公众号文章批量下载助手 v3.{rng.randrange(1, 9)} 导出")
    spaced = rng.random() < 0.5
    body: list[tuple[str | None, bool]] = []
    for index, line in enumerate(story.lines):
        if spaced and index:
            body.append(("", False))
        body.append((line, False))
    blocks: list[tuple[str | None, bool]] = [
        (title, not story.headline),
        (author, True),
        (f"公众号：{account}", own_account),
        (f"发布时间：{moment:%Y-%m-%d %H:%M:%S}" if moment else None, False),
        (facts, True),
        (rule, False),
        *body,
        (f"来源：{story.outlet}" if story.outlet and own_account else None, False),
        (rule, False),
        ("\n".join(comments), True),
    ]
    text, furniture = _capture(blocks)
    return Wrapped(
        _crlf(text) + "\r\n",
        furniture,
        f"file:///D:/公众号下载/{account}/{(story.published or exported.date()):%Y%m%d}_{rng.randrange(100, 999)}.txt",
        kind="text",
    )


@text_form("calibre_news_recipe_txt_navbar")
def calibre_news_recipe_txt_navbar(story: Story) -> Wrapped:
    """A news fetch of an e-book tool (calibre-like recipe) converted to text (UTF-8): the periodical's title with a
    later day, Sections, the section's articles (the headline or Untitled article, a yearless day and time), then
    each article between its navigation bars with the downloaded-by line; other articles around the story's."""
    rng = _rng(story, "calibre_news_recipe_txt_navbar")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column = rng.choice(["部门动态", "招商引资", "乡镇动态"])
    second = rng.choice([c for c in ["政务要闻", "通知公告", "政策解读"] if c != column])
    fetched = _after(story.published, rng, 0, 6)
    host = _host(rng)
    address = _address(host, story.published, rng.randrange(10**5, 10**6))
    others = rng.sample(OTHER_ITEMS, rng.randrange(1, 4))
    at = rng.randrange(len(others) + 1)
    count = len(others) + 1

    def yearless(moment: dt.datetime) -> str:
        return f" [{WEEKDAYS[moment.weekday()]}, {moment.day:02d} {MONTHS[moment.month - 1]} {moment:%H:%M}]"

    def navbar(index: int) -> str:
        parts = (
            (["Previous"] if index else []) + (["Next"] if index + 1 < count else []) + ["Section Menu", "Main Menu"]
        )
        return "| " + " | ".join(parts) + " |"

    head = "\n\n".join(
        [
            f"{site} [{WEEKDAYS[fetched.weekday()]}, {fetched.day:02d} {MONTHS[fetched.month - 1]} {fetched.year}]",
            "Sections",
            f"1. {column}\n\n2. {second}",
            column,
        ]
    )
    moment = _moment(story.published, rng)
    mine_entry = (story.headline or "Untitled article") + (yearless(moment) if moment else "")
    info = _run(
        [
            f"发布时间：{moment:%Y-%m-%d %H:%M}" if moment else None,
            f"来源：{story.outlet}" if story.outlet else None,
        ],
        "　",
    )
    entries: list[tuple[str, bool]] = []
    articles: list[list[tuple[str | None, bool]]] = []
    for index in range(count):
        if index == at:
            entries.append((mine_entry, not story.headline and not moment))
            article: list[tuple[str | None, bool]] = [(navbar(index), True), (story.headline, False), (info, False)]
            article += [(line, False) for line in story.lines]
            article.append((f"This article was downloaded by calibre from {address}\n\n{navbar(index)}", True))
            articles.append(article)
            continue
        title, _, body = others[index - (index > at)]
        near = _near(story.published, rng)
        entries.append((title + yearless(near), True))
        other_address = f"http://{host}/zwgk/bmdt/{near:%Y%m}/t{near:%Y%m%d}_{rng.randrange(10**5, 10**6)}.html"
        page = "\n\n".join(
            [
                navbar(index),
                title,
                f"发布时间：{near:%Y-%m-%d %H:%M}　来源：{place}{rng.choice(['融媒体中心', '人民政府办公室'])}",
                *body,
                f"This article was downloaded by calibre from {other_address}",
                navbar(index),
            ]
        )
        articles.append([(page, True)])
    blocks: list[tuple[str | None, bool]] = [(head, True), *entries]
    for article in articles:
        blocks += article
    text, furniture = _capture(blocks, "\n\n")
    # The e-book tool's name for an article without a title, beside the story's day, is listed apart.
    extra = ("Untitled article",) if not story.headline and moment else ()
    return Wrapped(
        text + "\n",
        tuple(dict.fromkeys([*furniture, *extra])),
        f"file:///home/{_token(rng, 5)}/calibre/news/{place}_{fetched:%Y%m%d}.txt",
        kind="text",
    )


DEV_T17, LOCKED_T17 = split_by_digest(TEXT_FORMS17, "text round 17/", locked=6)
