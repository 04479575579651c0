"""Twelve text capture forms written blind (text round 13): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of tool, app, system or document gives,
none of them drawn in text rounds 1 to 12, weighed toward what a tool prints when it holds an article as data (a
site's API answer pretty-printed by jq, a crawler's log with the item it scraped, a git-scraping archive's commit
shown as a diff, a document parser's metadata beside its text, a speech engine's markup), toward group work (a QQ
group's exported history, a WeChat 接龙 to be signed by every unit, a paid 知识星球 circle), toward the records
other offices keep of it (a digital archive's catalogue entry, a 党政信息 reporting system's entry with its 采用
and points, a 理论学习中心组 reading pack, a county TV news rundown), toward what stands inside the text (a JSON
string's escapes and tags, a Python repr's quotes and escapes, a diff's + on every line, pauses inside a paragraph,
a rundown's cues between paragraphs) and toward stories that show no headline (each form then shows what it would
show without one):

- a site's article API answer fetched with curl and pretty-printed by jq, pasted from a terminal (UTF-8): the
  prompt and the command, code, success and msg, the record's ids and channel, title, an empty subTitle, source and
  the publication time (a string with seconds, or milliseconds since the epoch with a later updateTime; null where
  the story states none), author, editor, hits, keywords and thumbnail, content as one JSON string (<p> tags, with
  or without an indent style, or indented lines joined by \\n), attachments, the previous and next articles and a
  later timestamp;
- a Scrapy crawl's console log pasted (UTF-8): maybe the start-up lines, Crawled (200) and Scraped from lines, the
  item printed as Python does (pformat's sorted keys and strings cut at each line, or a one-line repr), with title,
  url, the date and source (or one raw info string holding both), content (\\u3000 and \\n escapes) and a later
  crawl_time, another page's item before or after, and the closing lines with the stats;
- a git-scraping archive's commit shown by git show (UTF-8): commit, Author (a bot or a person), a later Date and
  the message, the new file's diff header and hunk, every line of the file behind + (a Markdown file: # headline,
  a quote with 来源, 发布时间 and 原文链接, the paragraphs between blank lines; or a text file with 标题, 来源,
  发布日期 and 原文 fields), maybe \\ No newline at end of file, and maybe the index.json hunk with the new entry
  over the older ones;
- a QQ 消息管理器 export of a group's history (UTF-8 with a BOM, CRLF): 消息记录（此消息记录为文本格式，不支持重新
  导入）, the rules with 消息分组 and 消息对象, messages under a later day and time with the nick, a badge and the
  number, the article posted in one or two messages (the second with （接上） or （续）), other members' messages
  before, between and after;
- a WeChat group 接龙 copied (UTF-8): #接龙 with the request and its deadline, the headline in 【】 or 《》 or
  plain, 来源 and the day, the text, maybe 例 with an example, and the numbered roll of units and names;
- a 知识星球 topic select-all copied (UTF-8): 知识星球, the circle's name, its owner, members and topics, the tabs,
  the owner with 星主 and a later time, the owner's note, the headline (maybe in 【】), 来源 and the day, the text,
  the tags with 收起, the 赞/评论/分享 row, 觉得很赞, comments with a reply and the comment box;
- a county archive office's 数字档案 system entry select-all copied (UTF-8): the system's bar, the crumb,
  条目著录信息, 档号, 全宗号 and 全宗名称, 年度, 保管期限 and 件号, 机构（问题）, 题名 (the headline, or one the
  archivist wrote), 责任者 (the outlet, or the fonds' bureau), 文件形成日期 as YYYYMMDD (or the year with 0000), an
  empty 文号, 页数, 密级 and 开放状态, 主题词, 附注 with the page's address, a later 归档日期 with the clerk, the
  OCR full text under its label and the buttons;
- a city's 党政信息报送系统 entry select-all copied (UTF-8): the system, its menu, the crumb, 信息标题 (the headline,
  or the unit's own title), 报送单位 with the clerk and phone, a later 报送时间, 信息类别, 原文出处 and 原文日期,
  正文 and the text, 附件, 采用情况 with issues and points (or none yet), 审核记录 and the buttons;
- a 理论学习中心组 学习参考 Word file saved as text (GB18030, CRLF): the pack's name, the year's and the whole
  series' issue, the office with a later day, maybe 目录 with the headline among other items, 【编者按】, the
  headline, （来源 and the day） before or after the text, 【学习思考】 with numbered questions, and the 报/送 line
  with the copies printed;
- a 融媒体 AI anchor's script in speech markup (SSML, UTF-8): <speak> with the voice's settings (or a <prosody>),
  an opening line with pauses, the headline with a pause, the day in a <say-as> with the outlet, every paragraph
  (maybe in <p>) with pauses between its sentences or only between paragraphs, and the closing line;
- a document parser's output (Apache Tika's -m and -t, in either order) pasted from a terminal (UTF-8): the
  commands, the .docx's metadata sorted by name (content type and length, parsers, revision, creator, a stale or
  the headline's dc:title or none, created and modified in UTC, the application, the company, counts and pages),
  and the text: maybe a label line, the headline, the outlet and the day, the paragraphs and the 供稿/审核 line;
- a county 融媒体中心's news rundown (节目串联单) saved by Word as Unicode text (UTF-16 with a BOM, CRLF, cells
  on tabs): the centre, the program, a later 播出日期 with 星期, time and length, the producer, editor and host, the
  table of items (the story's row holding the headline), 稿件文稿, the item's number with the headline, 来源 and
  原稿日期, 【主持人口播】 over the first paragraph, 【VCR】 over the rest, maybe a 【同期】 cue between two, the
  reporters' line and the next item's script.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels, or with markup: a JSON key, a repr's key, + or a Markdown mark, 【】, 《》, a <say-as>, an item's
number in 【】, a metadata name such as dc:title) are the capture's metadata and are not listed, nor are lines that
hold the headline, the date or the outlet among other words (a 目录 or rundown row, a date read with the outlet).
A block of short lines (headers, a menu, a list, a table of fields, runs of JSON or log lines) is listed as one
string: squashed, it is one run of the text.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 13/" + name are `LOCKED_T13`, the other six `DEV_T13`. Round 13 is sealed: not scored when
written, to be scored once, both halves, at the end of the text path's next change after round 12's.
"""

from __future__ import annotations

import datetime as dt
import json
import pprint
import random
from collections.abc import Callable

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import _after, _crlf, _join_lines, _moment, _run, _token, _unpadded

TEXT_FORMS13: dict[str, Layout] = {}
NAMES = [
    "黎建平",
    "蒲晓燕",
    "冼国栋",
    "房丽萍",
    "卜振华",
    "喻文静",
    "阚志勇",
    "苗雪梅",
    "戚海波",
    "宁慧君",
    "車永康",
    "祝佩玲",
]
CITIES = ["赣州市", "六安市", "孝感市", "丽水市", "泸州市", "三明市", "益阳市", "驻马店市"]
UNITS = [
    "县发改局",
    "县商务局",
    "县工信局",
    "县自然资源局",
    "县财政局",
    "经开区管委会",
    "县住建局",
    "县市场监管局",
    "城关镇",
    "县税务局",
    "县人社局",
    "高新区管委会",
]
# Titles of other items a capture lists (other pages, other messages, other items): none is about the story.
OTHERS = [
    "县红十字会开展应急救护培训进社区",
    "全县秋冬季农田水利建设现场推进会召开",
    "区妇联举办家庭教育公益讲座",
    "县气象局发布寒潮蓝色预警",
    "全县中小学开展消防疏散演练",
    "街道举办重阳节敬老文艺演出",
    "县人民医院新门诊楼启用",
    "区司法局开展法律援助进乡村活动",
    "县供电公司完成农网改造升级",
    "全县文明交通劝导志愿服务启动",
]
# Short texts of the first five of those items, where a capture prints one: none is about the story.
OTHER_TEXTS = [
    "为提升群众自救互救能力，县红十字会组织志愿者走进社区讲授心肺复苏和止血包扎知识。",
    "会议观摩了三个乡镇的水利工程现场，并对下一阶段冬修水利工作作出安排。",
    "讲座邀请心理咨询师围绕亲子沟通进行讲解，百余名家长参加。",
    "受强冷空气影响，预计未来两天全县气温将下降八到十度，请注意防寒保暖。",
    "演练中，师生按照预定路线有序撤离，全程用时不到三分钟。",
]
TOLD = dict(zip(OTHERS, OTHER_TEXTS, strict=False))
HEX = "0123456789abcdef"
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
XINGQI = "一二三四五六日"
BEIJING = dt.timezone(dt.timedelta(hours=8))


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS13)


def _runs(lines: list[str], kept: Callable[[str], bool]) -> list[str]:
    """The runs of consecutive lines `kept` holds (the furniture among a record's lines), each joined as one string."""
    runs: list[list[str]] = [[]]
    for line in lines:
        if kept(line):
            runs[-1].append(line)
        elif runs[-1]:
            runs.append([])
    return ["\n".join(run) for run in runs if run]


def _git_day(moment: dt.datetime) -> str:
    """A day as git prints it: Wed Oct 13 02:15:07 2021, the day of the month unpadded."""
    return f"{WEEKDAYS[moment.weekday()]} {MONTHS[moment.month - 1]} {moment.day} {moment:%H:%M:%S %Y}"


def _host(rng: random.Random) -> str:
    return f"www.{_token(rng, 4)}example-t13.gov.cn"


# ---------------------------------------------------------------- tools that hold the article as data


@text_form("jq_api_article_detail_json")
def jq_api_article_detail_json(story: Story) -> Wrapped:
    """A site's article API answer fetched with curl and pretty-printed by jq (UTF-8): the prompt and command, the
    answer's fields, the record's title, source and time (a string, or epoch milliseconds), content as one JSON
    string, the neighbours and a later timestamp."""
    rng = _rng(story, "jq_api_article_detail_json")
    host = _host(rng)
    doc_id = rng.randrange(10**5, 10**6)
    site_id = rng.randrange(1, 60)
    url = f"https://{host}/api/cms/article/detail?id={doc_id}&siteId={site_id}"
    prompt = f"[{rng.choice(['root', 'ops', 'spider', 'zhangw'])}@{_token(rng, 3)}-{rng.randrange(1, 9)} ~]$"
    command = f"{prompt} curl -s '{url}' | jq ."
    moment = _moment(story.published, rng)
    fetched = _after(story.published, rng, 0, 30).replace(tzinfo=BEIJING)
    style = rng.choice(["indent", "plain", "lines"])
    opening = {"indent": '<p style="text-indent: 2em;">', "plain": "<p>", "lines": None}[style]
    if opening:
        content = "".join(f"{opening}{line}</p>" for line in story.lines)
    else:
        content = "\n".join(f"\u3000\u3000{line}" for line in story.lines)
    epoch = rng.random() < 0.4
    data: dict[str, object] = {
        "id": doc_id,
        "siteId": site_id,
        "channelId": rng.randrange(100, 900),
        "channelName": rng.choice(["招商动态", "投资促进", "招商引资"]),
        "title": story.headline or "",
        "subTitle": "",
        "source": story.outlet,
    }
    if epoch:
        stamp = moment.replace(tzinfo=BEIJING) if moment else None
        data["publishTime"] = int(stamp.timestamp()) * 1000 if stamp else None
        updated = (stamp or fetched) + dt.timedelta(minutes=rng.randrange(3, 600))
        data["updateTime"] = int(updated.timestamp()) * 1000
    else:
        data["publishDate"] = f"{moment:%Y-%m-%d %H:%M:%S}" if moment else None
    author, editor = rng.sample(NAMES, 2)
    before, after = rng.sample(OTHERS, 2)
    data.update(
        {
            "author": author,
            "editor": editor,
            "hits": rng.randrange(20, 6000),
            "keywords": rng.choice(["招商引资,项目签约", "招商引资,营商环境", ""]),
            "thumbnail": f"https://{host}/upload/{fetched:%Y%m}/{_token(rng, 16, HEX)}.jpg",
            "content": content,
            "attachments": [],
            "prevArticle": {"id": doc_id - rng.randrange(1, 40), "title": before},
            "nextArticle": {"id": doc_id + rng.randrange(1, 40), "title": after},
        }
    )
    answer = {
        "code": 200,
        "success": True,
        "msg": rng.choice(["操作成功", "success", "请求成功"]),
        "data": data,
        "timestamp": int(fetched.timestamp() * 1000) + rng.randrange(1000),
    }
    body = json.dumps(answer, ensure_ascii=False, indent=2)
    # The record's own keys (four spaces in): the story's title, source and time where it states them, and content.
    told = {
        '"title": ': bool(story.headline),
        '"source": ': bool(story.outlet),
        '"publishDate": ': moment is not None,
        '"publishTime": ': moment is not None,
        '"content": ': True,
    }

    def furniture_line(line: str) -> bool:
        return not any(line.startswith("    " + key) and shown for key, shown in told.items())

    lines = body.split("\n")
    text = _join_lines([command, *lines, prompt, ""])
    furniture = (
        command,
        *_runs(lines, furniture_line),
        '"content": "',
        *([opening] if style == "indent" else []),
        prompt,
    )
    return Wrapped(text, furniture, url, kind="text")


@text_form("scrapy_crawl_log_item_pformat")
def scrapy_crawl_log_item_pformat(story: Story) -> Wrapped:
    """A Scrapy crawl's console log pasted (UTF-8): maybe the start-up lines, Crawled and Scraped from lines, the
    item as Python prints it (pformat or repr) with its escapes, another page's item, and the closing stats."""
    rng = _rng(story, "scrapy_crawl_log_item_pformat")
    host = _host(rng)
    bot = rng.choice(["govnews", "zsyz_spider", "county_news"])
    base = f"http://{host}/{rng.choice(['zwdt/zsyz', 'xwzx/zsdt', 'tzcj/zsxx'])}"
    doc = rng.randrange(10**5, 10**6)
    day = story.published
    address = f"{base}/{day:%Y%m}/t{day:%Y%m%d}_{doc}.html" if day else f"{base}/content_{doc}.html"
    listing = f"{base}/index_{rng.randrange(1, 6)}.html"
    clock = _after(day, rng, 0, 4)

    def stamp() -> str:
        nonlocal clock
        clock += dt.timedelta(seconds=rng.randrange(0, 3))
        return f"{clock:%Y-%m-%d %H:%M:%S}"

    printer: Callable[[object], str] = pprint.pformat if rng.random() < 0.5 else repr
    indent = "\u3000\u3000" if rng.random() < 0.6 else ""
    moment = _moment(day, rng)
    item: dict[str, str] = {"title": story.headline or "", "url": address}
    raw = rng.random() < 0.5
    if raw:
        item["info"] = (
            _run(
                [
                    f"发布时间：{moment:%Y-%m-%d %H:%M}" if moment else None,
                    f"来源：{story.outlet}" if story.outlet else None,
                ],
                "\u3000\u3000",
            )
            or ""
        )
    else:
        item["pub_date"] = f"{day:%Y-%m-%d}" if day else ""
        item["source"] = story.outlet or ""
    item["content"] = "\n".join(indent + line for line in story.lines)
    start = [
        f"{stamp()} [scrapy.utils.log] INFO: Scrapy 2.5.1 started (bot: {bot})",
        f"{stamp()} [scrapy.crawler] INFO: Overridden settings:",
        f"{{'BOT_NAME': '{bot}', 'DOWNLOAD_DELAY': 2, 'LOG_LEVEL': 'DEBUG', 'ROBOTSTXT_OBEY': True}}",
        f"{stamp()} [scrapy.core.engine] INFO: Spider opened",
        f"{stamp()} [scrapy.extensions.logstats] INFO: Crawled 0 pages (at 0 pages/min), scraped 0 items (at 0 "
        "items/min)",
        f"{stamp()} [scrapy.core.engine] DEBUG: Crawled (200) <GET {listing}> (referer: None)",
    ]
    opened = "\n".join(start) if rng.random() < 0.6 else None

    def block(where: str, record: dict[str, str]) -> str:
        record["crawl_time"] = stamp()
        return "\n".join(
            [
                f"{record['crawl_time']} [scrapy.core.engine] DEBUG: Crawled (200) <GET {where}> (referer: {listing})",
                f"{record['crawl_time']} [scrapy.core.scraper] DEBUG: Scraped from <200 {where}>",
                printer(record),
            ]
        )

    other_title = rng.choice(list(TOLD))
    other_day = (day or clock.date()) - dt.timedelta(days=rng.randrange(0, 4))
    other_address = f"{base}/{other_day:%Y%m}/t{other_day:%Y%m%d}_{rng.randrange(10**5, 10**6)}.html"
    other_record = {"title": other_title, "url": other_address}
    if raw:
        other_record["info"] = f"发布时间：{other_day:%Y-%m-%d} {rng.randrange(8, 18):02d}:{rng.randrange(60):02d}"
    else:
        other_record["pub_date"] = f"{other_day:%Y-%m-%d}"
        other_record["source"] = rng.choice(UNITS)
    other_record["content"] = indent + TOLD[other_title]
    first = rng.random() < 0.5  # the story's page crawled before the other one
    if first:
        own = block(address, item)
        other = block(other_address, other_record)
    else:
        other = block(other_address, other_record)
        own = block(address, item)
    closing = "\n".join(
        [
            f"{stamp()} [scrapy.core.engine] INFO: Closing spider (finished)",
            f"{stamp()} [scrapy.statscollectors] INFO: Dumping Scrapy stats:",
            f"{{'downloader/request_count': 3,\n 'downloader/response_status_count/200': 3,\n "
            f"'elapsed_time_seconds': {rng.randrange(5, 20)}.{rng.randrange(100, 999)},\n 'finish_reason': "
            f"'finished',\n 'item_scraped_count': 2,\n 'log_count/DEBUG': 5,\n 'log_count/INFO': 10}}",
            f"{stamp()} [scrapy.core.engine] INFO: Spider closed (finished)",
        ]
    )
    head = own.split("\n")[:2]
    # What Python escapes in a string it prints (a no-break space, an ideographic or an en space): the tool's marks.
    escapes = sorted(
        {repr(char)[1:-1] for value in item.values() for char in value if not char.isprintable() and char != "\n"}
    )
    pieces = [
        "\n".join(head),
        f"'url': '{address}'",
        f"'crawl_time': '{item['crawl_time']}'",
        "'content': ",
    ]
    pieces += [f"'{key}': ''" for key, value in item.items() if value == ""]
    pieces += escapes
    blocks = [opened, other, own, closing] if not first else [opened, own, other, closing]
    text = _join_lines([*blocks, ""])
    furniture = (*([opened] if opened else []), *pieces, other, closing)
    return Wrapped(text, furniture, f"file:///home/spider/logs/{bot}-{clock:%Y%m%d}.log", kind="text")


@text_form("git_scraping_show_new_file_plus")
def git_scraping_show_new_file_plus(story: Story) -> Wrapped:
    """A git-scraping archive's commit shown by git show (UTF-8): the commit's header and message, the new file's
    diff header, the file (Markdown or fields) behind + on every line, maybe the index.json hunk."""
    rng = _rng(story, "git_scraping_show_new_file_plus")
    host = _host(rng)
    crawled = _after(story.published, rng, 0, 3)
    bot = rng.random() < 0.6
    if bot:
        when = crawled - dt.timedelta(hours=8)
        author = "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>"
        zone = "+0000"
    else:
        when = crawled
        handle = _token(rng, 6)
        author = f"{handle} <{handle}@{_token(rng, 5)}.example-t13.com>"
        zone = "+0800"
    message = rng.choice(
        [
            f"Latest data: {_git_day(when)[:-5]} UTC {when.year}",
            f"自动抓取：{crawled:%Y-%m-%d %H:%M}",
            f"chore: update articles ({crawled:%Y%m%d})",
        ]
    )
    header = "\n".join(
        [
            f"commit {_token(rng, 40, HEX)}",
            f"Author: {author}",
            f"Date:   {_git_day(when)} {zone}",
            "",
            f"    {message}",
        ]
    )
    day = story.published
    doc = rng.randrange(10**5, 10**6)
    page = f"http://{host}/zsdt/{day:%Y%m}/t{day:%Y%m%d}_{doc}.html" if day else f"http://{host}/zsdt/{doc}.html"
    markdown = rng.random() < 0.6
    folder = f"data/{_token(rng, 4)}/{(day or crawled.date()).year}"
    path = f"{folder}/{'' if day is None else f'{day:%Y%m%d}_'}{doc}.{'md' if markdown else 'txt'}"
    link = f"原文链接：{page}" if markdown else f"原文：{page}"
    if markdown:
        quote = [
            f"> 来源：{story.outlet}" if story.outlet else None,
            f"> 发布时间：{day:%Y-%m-%d}" if day else None,
            f"> {link}",
        ]
        lines = [*([f"# {story.headline}", ""] if story.headline else []), *(q for q in quote if q), ""]
        for index, line in enumerate(story.lines):
            lines += [line] if index == len(story.lines) - 1 else [line, ""]
    else:
        fields = [
            f"标题：{story.headline}" if story.headline else None,
            f"来源：{story.outlet}" if story.outlet else None,
            f"发布日期：{day:%Y-%m-%d}" if day else None,
            link,
        ]
        lines = [*(f for f in fields if f), "", *story.lines]
    added = [f"+{line}" for line in lines]
    diff = "\n".join(
        [
            f"diff --git a/{path} b/{path}",
            "new file mode 100644",
            f"index 0000000..{_token(rng, 7, HEX)}",
            "--- /dev/null",
            f"+++ b/{path}",
            f"@@ -0,0 +1,{len(lines)} @@",
        ]
    )
    no_newline = "\\ No newline at end of file" if rng.random() < 0.4 else None
    furniture = [header, diff, f"+{'> ' if markdown else ''}{link}"]
    if no_newline:
        furniture.append(no_newline)
    index_lines: list[str] = []
    if rng.random() < 0.5:
        older = rng.choice(OTHERS)
        older_day = (day or crawled.date()) - dt.timedelta(days=rng.randrange(1, 5))
        top = "\n".join(
            [
                "diff --git a/index.json b/index.json",
                f"index {_token(rng, 7, HEX)}..{_token(rng, 7, HEX)} 100644",
                "--- a/index.json",
                "+++ b/index.json",
                "@@ -1,4 +1,9 @@",
                " [",
                "+  {",
            ]
        )
        title = f'+    "title": {json.dumps(story.headline or "", ensure_ascii=False)},'
        dated = f'+    "date": {json.dumps(f"{day:%Y-%m-%d}" if day else None)},'
        rest = "\n".join(
            [
                f'+    "path": "{path}"',
                "+  },",
                "   {",
                f'     "title": "{older}",',
                f'     "date": "{older_day:%Y-%m-%d}",',
            ]
        )
        index_lines = [top, title, dated, rest]
        furniture += [top, *([] if story.headline else [title]), *([] if day else [dated]), rest]
    text = _join_lines([header, "", diff, *added, no_newline, *index_lines, ""])
    return Wrapped(text, tuple(furniture), f"file:///home/archive/git-show-{crawled:%Y%m%d%H%M}.txt", kind="text")


# ---------------------------------------------------------------- group work


@text_form("qq_msg_export_group_pieces_bom")
def qq_msg_export_group_pieces_bom(story: Story) -> Wrapped:
    """A QQ 消息管理器 export of a group's history (UTF-8 with a BOM, CRLF): the title and the rules with 消息分组
    and 消息对象, messages under a later day and the sender, the article in one or two messages, others around."""
    rng = _rng(story, "qq_msg_export_group_pieces_bom")
    place = rng.choice(PLACES)
    group = rng.choice([f"{place[:2]}招商引资工作群", f"{place}投促系统信息员群", f"{place[:2]}重点项目服务专班"])
    rule = "=" * 64
    title = (
        f"消息记录（此消息记录为文本格式，不支持重新导入）\n\n{rule}\n消息分组:我的QQ群\n{rule}\n"
        f"消息对象:{group}\n{rule}"
    )
    clock = _after(story.published, rng, 0, 3)
    poster, *members = rng.sample(NAMES, 5)
    badge = rng.choice(["【管理员】", "【群主】", ""])
    number = {name: str(rng.randrange(10**8, 10**10)) for name in [poster, *members]}

    def header(name: str, mark: str = "") -> str:
        nonlocal clock
        clock += dt.timedelta(seconds=rng.randrange(20, 900))
        when = f"{clock.year}-{clock.month:02d}-{clock.day:02d} {clock.hour}:{clock.minute:02d}:{clock.second:02d}"
        return f"{when} {mark}{name}({number[name]})"

    said: list[str] = []

    def other(name: str, words: str) -> str:
        message = f"{header(name)}\n{words}"
        said.append(message)
        return message

    blocks = [
        title,
        "",
        other(members[0], rng.choice(["@全体成员 请各单位今天下班前报送本周招商项目进展，按模板填写。", "[图片]"])),
        "",
    ]
    info = _run(
        [f"来源：{story.outlet}" if story.outlet else None, f"{story.published:%Y-%m-%d}" if story.published else None],
        "　",
    )
    lines = list(story.lines)
    cut = rng.randrange(1, len(lines)) if len(lines) > 2 and rng.random() < 0.6 else len(lines)
    first = header(poster, badge)
    blocks += [first, story.headline, info, *lines[:cut], ""]
    posted = [first]
    if lines[cut:]:
        blocks += [other(members[1], rng.choice(["收到", "[图片]", "[表情]"])), ""]
        second = f"{header(poster, badge)}\n{rng.choice(['（接上）', '（续）'])}"
        posted.append(second)
        blocks += [second, *lines[cut:], ""]
    blocks += [
        other(members[2], rng.choice(["收到，马上组织学习。", "已转发本单位工作群。"])),
        "",
        other(members[3], "[表情]"),
        "",
    ]
    text = _crlf(_join_lines(blocks))
    return Wrapped(
        text,
        (title, *said, *posted),
        f"file:///C:/Users/Administrator/Documents/{group}.txt",
        encoding="utf-8-sig",
        kind="text",
    )


@text_form("wechat_jielong_study_roll")
def wechat_jielong_study_roll(story: Story) -> Wrapped:
    """A WeChat group 接龙 copied (UTF-8): #接龙 with the request and deadline, the headline (in 【】, 《》 or plain),
    来源 and the day, the text, maybe 例 with an example, and the numbered roll of units and names."""
    rng = _rng(story, "wechat_jielong_study_roll")
    due = _after(story.published, rng, 1, 4)
    request = rng.choice(
        [
            f"请各成员单位认真学习下文，学习后接龙（{due.month}月{due.day}日18:00前）",
            f"招商工作学习材料，请各单位主要负责人阅读后接龙，截至{due.month}月{due.day}日下班前",
            f"【学习接龙】请各单位组织学习以下文章并接龙反馈（{due.month}月{due.day}日前完成）",
        ]
    )
    topic = f"#接龙\n{request}"
    mark = rng.choice(["【{}】", "《{}》", "{}"])
    heading = mark.format(story.headline) if story.headline else None
    info = _run(
        [f"来源：{story.outlet}" if story.outlet else None, _unpadded(story.published) if story.published else None],
        "　",
    )
    word = rng.choice(["已学习", "已阅", "已组织学习"])
    example = f"例 {rng.choice(UNITS)} 某某 {word}" if rng.random() < 0.6 else None
    count = rng.randrange(2, 12)
    roll = "\n".join(
        f"{i}. {unit} {name} {word}"
        for i, (unit, name) in enumerate(zip(rng.sample(UNITS, count), rng.sample(NAMES, count), strict=True), 1)
    )
    text = _join_lines([topic, "", heading, info, *story.lines, "", *([example, ""] if example else []), roll])
    furniture = (topic, *([example] if example else []), roll)
    return Wrapped(text, furniture, f"file:///微信接龙/{due:%Y%m%d}.txt", kind="text")


@text_form("zsxq_topic_xingzhu_note_likes")
def zsxq_topic_xingzhu_note_likes(story: Story) -> Wrapped:
    """A 知识星球 topic select-all copied (UTF-8): the circle's bar and tabs, the owner with 星主 and a later time,
    the owner's note, the headline, 来源 and the day, the text, tags with 收起, the likes and the comments."""
    rng = _rng(story, "zsxq_topic_xingzhu_note_likes")
    planet = rng.choice(["县域招商实战圈", "招商引资研究社", "产业招商情报站"])
    owner, *nicks = rng.sample(["招商老周", "产业观察员", "园区运营笔记", "小城招商人", "投促阿明", "江北园区"], 4)
    top = (
        f"知识星球\n{planet}\n星主：{owner}　　成员 {rng.randrange(300, 9000)}　　主题 {rng.randrange(200, 3000)}\n"
        "全部　　精华　　只看星主　　问答　　文件"
    )
    posted = _after(story.published, rng, 0, 3)
    poster = f"{owner}　星主\n{posted:%Y-%m-%d %H:%M}"
    note = rng.choice(
        [
            "【今日案例】这个县把“签约即服务”做成了制度，专班跟踪到投产，值得各地参考。原文如下：",
            "分享一篇地方招商动态，注意看他们的项目落地节奏和要素保障做法。",
            "星球里有朋友问县级怎么抓产业链招商，这篇可以作为参考素材。",
        ]
    )
    heading = (f"【{story.headline}】" if rng.random() < 0.5 else story.headline) if story.headline else None
    source = f"来源：{story.outlet}" if story.outlet else None
    day = _unpadded(story.published) if story.published else None
    tags = f"{rng.choice(['#招商案例', '#县域经济', '#产业招商'])} {rng.choice(['#政策速递', '#项目落地'])}\n收起"
    row = f"赞 {rng.randrange(3, 200)}　　评论 3　　分享"
    liked = f"{nicks[0]}、{nicks[1]}等{rng.randrange(3, 90)}人觉得很赞"
    comments = "\n".join(
        [
            f"{nicks[1]}：{rng.choice(['专班机制这一条很实用，收藏了。', '我们县也在学这种包联做法。'])}",
            f"{nicks[2]}：{rng.choice(['请问有后续的投产数据吗？', '能不能多分享一些中部县的案例？'])}",
            f"{owner} 回复 {nicks[2]}：{rng.choice(['后面整理了再发。', '有的，下周单独发一篇。'])}",
        ]
    )
    box = "写下你的评论..."
    text = _join_lines([top, poster, note, heading, source, day, *story.lines, tags, row, liked, comments, box])
    furniture = (top, poster, note, tags, row, liked, comments, box)
    return Wrapped(
        text, furniture, f"https://wx.zsxq.example-t13.com/dweb2/index/topic_detail/{_token(rng, 14, HEX)}", kind="text"
    )


# ---------------------------------------------------------------- records other offices keep


@text_form("dangan_zhulu_record_yyyymmdd")
def dangan_zhulu_record_yyyymmdd(story: Story) -> Wrapped:
    """A 数字档案 system's catalogue entry select-all copied (UTF-8): the bar, the crumb, the entry's fields (档号,
    全宗, 年度, 保管期限, 题名, 责任者, 文件形成日期 as YYYYMMDD, …, a later 归档日期), the OCR text and the buttons."""
    rng = _rng(story, "dangan_zhulu_record_yyyymmdd")
    place = rng.choice(PLACES)
    clerk = rng.choice(NAMES)
    bureau = f"{place}投资促进局"
    bar = (
        f"{place}数字档案室管理系统 V3.{rng.randrange(0, 9)}　　当前用户：{clerk}（档案员）　　[修改密码]　[退出]\n"
        "首页 > 档案管理 > 文书档案 > 按件整理 > 条目详情\n条目著录信息"
    )
    filed = _after(story.published, rng, 40, 200)
    year = story.published.year if story.published else filed.year
    fonds = f"J{rng.randrange(1, 80):03d}"
    term, code = rng.choice([("永久", "Y"), ("30年", "D30"), ("10年", "D10")])
    piece = rng.randrange(1, 400)
    spaced = rng.random() < 0.5

    def label(name: str) -> str:
        if not spaced:
            return f"{name}："
        if len(name) == 2:
            return f"{name[0]}　　{name[1]}："
        return f"{name[0]} {name[1]} {name[2]}：" if len(name) == 3 else f"{name}："

    fields = "\n".join(
        [
            f"{label('档号')}{fonds}-{year}-{code}-{piece:04d}",
            f"{label('全宗号')}{fonds}　　　全宗名称：{bureau}",
            f"{label('年度')}{year}　　　保管期限：{term}　　　{label('件号')}{piece}",
            f"机构（问题）：{rng.choice(['办公室', '综合科', '项目服务科'])}",
        ]
    )
    title = f"{label('题名')}{story.headline}" if story.headline else f"{label('题名')}{bureau}网站招商引资工作信息"
    maker = f"{label('责任者')}{story.outlet}" if story.outlet else f"{label('责任者')}{bureau}"
    formed = f"文件形成日期：{story.published:%Y%m%d}" if story.published else f"文件形成日期：{year}0000"
    more = "\n".join(
        [
            label("文号"),
            f"{label('页数')}{rng.randrange(1, 4)}　　　{label('密级')}无　　　开放状态：开放",
            f"{label('主题词')}招商引资；项目",
            f"{label('附注')}网页归档，原网址 http://{_host(rng)}/zsdt/{rng.randrange(10**5, 10**6)}.html",
            f"归档日期：{filed:%Y%m%d}　　　著录人：{clerk}",
        ]
    )
    rule = "─" * 24
    full = rng.choice(["全文（OCR识别结果，仅供参考）：", "电子全文："])
    buttons = "[上一条]　[下一条]　[查看原件]　[打印]　[返回]"
    text = _join_lines([bar, fields, title, maker, formed, more, rule, full, *story.lines, rule, buttons, ""])
    furniture = [bar, fields, more, full, buttons]
    if not story.headline:
        furniture.append(title)
    if not story.outlet:
        furniture.append(maker)
    if not story.published:
        furniture.append(formed)
    return Wrapped(
        text,
        tuple(furniture),
        f"http://10.{rng.randrange(1, 250)}.{rng.randrange(1, 250)}.12/dams/archive/item?id={rng.randrange(10**6)}",
        kind="text",
    )


@text_form("xinxi_baosong_caiyong_jifen")
def xinxi_baosong_caiyong_jifen(story: Story) -> Wrapped:
    """A city's 党政信息报送系统 entry select-all copied (UTF-8): the system, its menu and crumb, 信息标题, the unit and
    clerk, a later 报送时间, 原文出处 and 原文日期, 正文, 采用情况 with issues and points, 审核记录, the buttons."""
    rng = _rng(story, "xinxi_baosong_caiyong_jifen")
    city = rng.choice(CITIES)
    place = rng.choice(PLACES)
    clerk, checker = rng.sample(NAMES, 2)
    system = (
        f"{city}党政信息报送系统\n首页　|　信息报送　|　已报信息　|　采用查询　|　积分排名　|　通知公告　|　退出\n"
        "当前位置：已报信息 > 信息详情"
    )
    title = f"信息标题：{story.headline}" if story.headline else f"信息标题：{place}招商引资工作取得新进展"
    sent = _after(story.published, rng, 0, 2)
    phone = f"1{rng.randrange(3, 9)}{rng.randrange(10**8, 10**9)}"
    unit = "\n".join(
        [
            f"报送单位：{place}投资促进局　　报送人：{clerk}　　联系电话：{phone}",
            f"报送时间：{sent:%Y-%m-%d %H:%M}",
            f"信息类别：{rng.choice(['经济运行', '招商引资', '项目建设'])}　　紧急程度：一般　　是否公开：是",
            "正　　文：",
        ]
    )
    attached = "附　　件：无"
    rule = "——————————————"
    early, late = sent + dt.timedelta(days=rng.randrange(1, 5)), sent + dt.timedelta(days=rng.randrange(5, 9))
    adopted = [
        f"{early:%Y-%m-%d}　市委办公室《每日要情》第{rng.randrange(100, 260)}期　摘要采用　+2分",
        f"{late:%Y-%m-%d}　市政府办公室《政务信息》第{rng.randrange(20, 90)}期　全文采用　+3分",
    ][: rng.randrange(0, 3)]
    adoption = f"采用情况（{len(adopted)}）：\n" + ("\n".join(adopted) if adopted else "暂无采用记录")
    checked = sent + dt.timedelta(minutes=rng.randrange(10, 200))
    review = f"审核记录：{checked:%Y-%m-%d %H:%M}　{checker}（单位审核）　同意报送"
    buttons = "[返回]　[打印]　[导出Word]"
    text = _join_lines(
        [
            system,
            title,
            f"原文出处：{story.outlet}" if story.outlet else None,
            f"原文日期：{story.published:%Y-%m-%d}" if story.published else None,
            unit,
            *story.lines,
            attached,
            rule,
            adoption,
            review,
            buttons,
            "",
        ]
    )
    furniture = (system, *([] if story.headline else [title]), unit, attached, adoption, review, buttons)
    return Wrapped(
        text,
        furniture,
        f"http://xxbs.{_token(rng, 4)}example-t13.gov.cn/info/view?id={rng.randrange(10**6)}",
        kind="text",
    )


@text_form("xuexi_cankao_bianzhean_sikaoti_gb18030")
def xuexi_cankao_bianzhean_sikaoti_gb18030(story: Story) -> Wrapped:
    """A 理论学习中心组 学习参考 Word file saved as text (GB18030, CRLF): the pack's name, its issue, the office with a
    later day, maybe 目录, 【编者按】, the headline, （来源 and the day）, the text, 【学习思考】 and the 报/送 line."""
    rng = _rng(story, "xuexi_cankao_bianzhean_sikaoti_gb18030")
    place = rng.choice(PLACES)
    printed = _after(story.published, rng, 3, 25)
    head = "\n".join(
        [
            "理论学习中心组学习参考",
            f"{printed.year}年第{rng.randrange(5, 30)}期（总第{rng.randrange(60, 300)}期）",
            f"中共{place}委理论学习中心组办公室　　　　　　{_unpadded(printed.date())}",
        ]
    )
    others = rng.sample(OTHERS, 2)
    contents: list[str] = []
    listed: list[str] = []
    if rng.random() < 0.5:
        items = [f"{'一二三'[i]}、{item}" for i, item in enumerate([story.headline or "招商引资工作动态", *others])]
        contents = ["目　　录", *items]
        # The 目录's line holding the headline is the capture's; the other items' lines are furniture.
        listed = ["\n".join(items[1:])] if story.headline else ["\n".join(items)]
    note = "【编者按】" + rng.choice(
        [
            "招商引资是经济工作的生命线。现将有关文章印发，供中心组成员结合分管工作学习参考。",
            "为深入推进“招商引资攻坚年”活动，现选编相关材料，请中心组成员认真研读、交流体会。",
        ]
    )
    source = _run(
        [f"来源：{story.outlet}" if story.outlet else None, _unpadded(story.published) if story.published else None],
        "　",
    )
    source_line = f"（{source}）" if source else None
    before = rng.random() < 0.5
    questions = "【学习思考】\n" + "\n".join(
        f"{i}. {q}"
        for i, q in enumerate(
            rng.sample(
                [
                    "结合分管领域，如何把招商引资的“签约量”转化为“落地率”？",
                    "本单位在优化营商环境方面还有哪些短板？",
                    "如何发挥产业链链长制作用，开展精准招商？",
                    "项目从签约到投产，本单位能在哪些环节提供更好服务？",
                ],
                rng.randrange(2, 4),
            ),
            start=1,
        )
    )
    end = f"报：县委常委\n送：县委各部委办，县直各单位党组（党委）\n（共印{rng.randrange(30, 120)}份）"
    top = "\n".join([head, *contents[:1]])
    text = _join_lines(
        [
            top,
            *contents[1:],
            note,
            story.headline,
            source_line if before else None,
            *story.lines,
            None if before else source_line,
            questions,
            end,
        ]
    )
    furniture = (top, *listed, note, questions, end)
    return Wrapped(
        _crlf(text) + "\r\n",
        furniture,
        f"file:///中心组学习/学习参考-{printed:%Y%m%d}.txt",
        encoding="gb18030",
        kind="text",
    )


# ---------------------------------------------------------------- scripts and parsers


@text_form("ssml_ai_anchor_breaks")
def ssml_ai_anchor_breaks(story: Story) -> Wrapped:
    """A 融媒体 AI anchor's SSML script (UTF-8): <speak> with the voice's settings, an opening with pauses, the
    headline with a pause, the day in a <say-as> with the outlet, the paragraphs with pauses, the closing."""
    rng = _rng(story, "ssml_ai_anchor_breaks")
    place = rng.choice(PLACES)
    vendor = rng.random() < 0.5
    if vendor:
        opening = (
            f'<speak voice="{rng.choice(["aixia", "zhiyan_emo", "aiqi"])}" rate="{rng.randrange(-80, 1)}" '
            f'volume="{rng.randrange(50, 90)}">'
        )
        closing_tag = "</speak>"
    else:
        opening = f'<speak>\n<prosody rate="{rng.choice(["0.9", "0.95", "1.0"])}" volume="+{rng.randrange(0, 4)}dB">'
        closing_tag = "</prosody>\n</speak>"
    short, long, gap = rng.choice(["200ms", "300ms", "400ms"]), "1s", rng.choice(["600ms", "700ms", "800ms"])
    intro = f'<break time="{gap}"/>{place[:2]}融媒AI主播为您播报。<break time="{gap}"/>'
    outro = f'<break time="{gap}"/>以上是本期AI播报，感谢收听。'
    inner = rng.random() < 0.6
    in_p = rng.random() < 0.5
    small = f'<break time="{short}"/>'

    def spoken(line: str) -> str:
        if not inner:
            return line
        out = []
        for index, char in enumerate(line):
            out.append(char)
            follows = line[index + 1] if index + 1 < len(line) else ""
            if char in "。；" and follows and follows not in "”）」":
                out.append(small)
        return "".join(out)

    said = [f"<p>{spoken(line)}</p>" if in_p else spoken(line) for line in story.lines]
    parts: list[str] = []
    between = f'<break time="{gap}"/>'
    for index, line in enumerate(said):
        parts.append(line)
        if index < len(said) - 1:
            parts.append(between)
    day = f'<say-as interpret-as="date">{story.published:%Y-%m-%d}</say-as>' if story.published else None
    told = _run([day, f"{story.outlet}报道" if story.outlet else None], "，")
    text = _join_lines(
        [
            opening,
            intro,
            f'{story.headline}<break time="{long}"/>' if story.headline else None,
            f"{told}。" if told else None,
            *parts,
            outro,
            closing_tag,
            "",
        ]
    )
    furniture = (
        opening,
        intro,
        *([f'<break time="{long}"/>'] if story.headline else []),
        between,
        outro,
        *([small] if small in text else []),
        closing_tag,
    )
    return Wrapped(text, furniture, f"file:///AI播报/脚本/{rng.randrange(10**5)}.ssml", kind="text")


@text_form("tika_metadata_then_text_docx")
def tika_metadata_then_text_docx(story: Story) -> Wrapped:
    """Apache Tika's -m and -t on a .docx, in either order, pasted from a terminal (UTF-8): the commands, the
    metadata sorted by name with UTC times and maybe a dc:title, and the text with its label and credit lines."""
    rng = _rng(story, "tika_metadata_then_text_docx")
    version = rng.choice(["2.4.1", "2.6.0", "2.9.1"])
    created = _after(story.published, rng, -1, 1) - dt.timedelta(hours=8)
    modified = created + dt.timedelta(minutes=rng.randrange(20, 2000))
    name = f"{rng.choice(UNITS)}信息稿{modified:%m%d}.docx"
    author, last = rng.sample(NAMES, 2)
    wps = rng.random() < 0.4
    application = "WPS Office_11.1.0.11115_F1E327BC-269C-435d-A152-05C5408002CA" if wps else "Microsoft Office Word"
    chars = sum(len(line) for line in story.lines)
    title_kind = rng.choice(["stale", "headline", None])
    metadata: list[tuple[str, str]] = [
        ("Content-Length", str(rng.randrange(12000, 40000))),
        ("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("X-TIKA:Parsed-By", "org.apache.tika.parser.DefaultParser"),
        ("X-TIKA:Parsed-By", "org.apache.tika.parser.microsoft.ooxml.OOXMLParser"),
        ("cp:revision", str(rng.randrange(2, 12))),
        ("dc:creator", author),
        ("dcterms:created", f"{created:%Y-%m-%dT%H:%M:00Z}"),
        ("dcterms:modified", f"{modified:%Y-%m-%dT%H:%M:00Z}"),
        ("extended-properties:AppVersion", "12.0000" if wps else "16.0000"),
        ("extended-properties:Application", application),
        ("extended-properties:Company", rng.choice(["微软中国", "Microsoft", "Lenovo"])),
        ("extended-properties:DocSecurityString", "None"),
        ("extended-properties:Template", "Normal.dotm" if not wps else "Normal"),
        ("extended-properties:TotalTime", str(rng.randrange(3, 120))),
        ("meta:character-count", str(chars)),
        ("meta:last-author", last),
        ("meta:page-count", str(max(1, chars // 900 + 1))),
        ("meta:paragraph-count", str(len(story.lines) + 3)),
        ("meta:word-count", str(chars // 2)),
        ("resourceName", name),
        ("xmpTPg:NPages", str(max(1, chars // 900 + 1))),
    ]
    if title_kind == "stale":
        metadata.append(("dc:title", rng.choice(["信息", "关于报送2019年工作总结的通知", "政务信息模板"])))
    elif title_kind == "headline" and story.headline:
        metadata.append(("dc:title", story.headline))
    metadata.sort(key=lambda pair: pair[0])
    listing = [f"{key}: {value}" for key, value in metadata]
    shown_title = f"dc:title: {story.headline}" if story.headline else None
    prompt = f"[{_token(rng, 5)}@{_token(rng, 4)} corpus]$"
    meta_command = f"{prompt} java -jar tika-app-{version}.jar -m {name}"
    text_command = f"{prompt} java -jar tika-app-{version}.jar -t {name}"
    label = rng.choice(["【政务信息】", "信息稿", None])
    info = _run(
        [f"{story.outlet}" if story.outlet else None, _unpadded(story.published) if story.published else None], "　"
    )
    credit = f"（供稿：{author}　审核：{rng.choice(NAMES)}）" if rng.random() < 0.6 else None
    document = [label, story.headline, info, *story.lines, credit, "", ""]
    meta_runs = _runs([meta_command, *listing], lambda line: line != shown_title)
    text_first = rng.random() < 0.5
    meta_block = [meta_command, *listing]
    text_block = [text_command, *document]
    order = [*text_block, *meta_block] if text_first else [*meta_block, *text_block]
    text = _join_lines([*order, prompt, ""])
    furniture = (*meta_runs, text_command, *([label] if label else []), *([credit] if credit else []))
    return Wrapped(text, furniture, f"file:///home/corpus/tika/{name}.txt", kind="text")


@text_form("chuanliandan_rongmeiti_vcr_utf16")
def chuanliandan_rongmeiti_vcr_utf16(story: Story) -> Wrapped:
    """A county 融媒体中心's 节目串联单 saved by Word as Unicode text (UTF-16, CRLF, cells on tabs): the program, a
    later 播出日期, the crew, the items' table, 稿件文稿 with the story's number and headline, 来源 and 原稿日期,
    【主持人口播】, 【VCR】, maybe 【同期】, the reporters' line and the next item's script."""
    rng = _rng(story, "chuanliandan_rongmeiti_vcr_utf16")
    place = rng.choice(PLACES)
    show = f"《{place[:2]}新闻》"
    aired = _after(story.published, rng, 0, 3)
    producer, editor, host, reporter, camera, other_reporter = rng.sample(NAMES, 6)
    head = "\n".join(
        [
            f"{place}融媒体中心",
            f"{show}节目串联单",
            f"播出日期：{_unpadded(aired.date())}（星期{XINGQI[aired.weekday()]}）　　播出时间：19:30　　"
            f"节目时长：{rng.randrange(12, 20)}分{rng.randrange(60):02d}秒",
            f"制片人：{producer}　　责任编辑：{editor}　　主持人：{host}",
        ]
    )
    heading = story.headline or "我县招商引资工作综述"
    others = [rng.choice(list(TOLD)), *rng.sample([title for title in OTHERS if title not in TOLD], 2)]

    def length(low: int = 0, high: int = 3) -> str:
        return f"{rng.randrange(low, high)}'{rng.randrange(10, 60)}\""

    table_top = "\n".join(["序号\t稿件标题\t形式\t时长\t记者\t审核", f"1\t片头＋提要\t片头\t{length(0, 1)}\t—\t√"])
    row = f"2\t{heading}\t口播＋VCR\t{length()}\t{reporter}\t√"
    table_rest = "\n".join(
        [
            f"3\t{others[0]}\tVCR\t{length()}\t{other_reporter}\t√",
            f"4\t{others[1]}\t口播\t{length()}\t—\t√",
            f"5\t{others[2]}\t口播＋VCR\t{length()}\t{other_reporter}\t√",
            f"6\t片尾\t片尾\t{length(0, 1)}\t—\t√",
        ]
    )
    title = f"稿件文稿\n【2】{heading}"
    source = _run(
        [
            f"来源：{story.outlet}" if story.outlet else None,
            f"原稿日期：{story.published:%Y-%m-%d}" if story.published else None,
        ],
        "　　",
    )
    lines = list(story.lines)
    anchor = "【主持人口播】"
    vcr = "【VCR】"
    sound = None
    body = [anchor, lines[0]]
    if lines[1:]:
        body.append(vcr)
        rest = lines[1:]
        if len(rest) > 1 and rng.random() < 0.5:
            at = rng.randrange(1, len(rest))
            sound = f"【同期】{rng.choice(NAMES)}　{place}投资促进局负责人（同期声略）"
            rest = [*rest[:at], sound, *rest[at:]]
        body += rest
    crew = f"（记者：{reporter}　摄像：{camera}　编辑：{editor}）"
    following = f"【3】{others[0]}\n【VCR】{TOLD[others[0]]}"
    text = _join_lines([head, table_top, row, table_rest, title, source, *body, crew, following, ""])
    furniture = [head, table_top, table_rest, anchor, crew, following]
    if not story.headline:
        furniture += [row, title]
    else:
        furniture.append("稿件文稿")
    if lines[1:]:
        furniture.append(vcr)
    if sound:
        furniture.append(sound)
    return Wrapped(
        _crlf(text),
        tuple(furniture),
        f"file:///串联单/{show[1:-1]}-{aired:%Y%m%d}.txt",
        encoding="utf-16",
        kind="text",
    )


DEV_T13, LOCKED_T13 = split_by_digest(TEXT_FORMS13, "text round 13/", locked=6)
