"""Twelve text capture forms written blind (text round 22): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of video site's AI subtitles, cloud OCR
service, database client, crawler's feed export, notebook file, statistics console, site export, official account's
API, phone UI dump, office export, JavaScript console or feed reader's export gives, none of them drawn in text
rounds 1 to 21, weighed toward what generalises across the captures met in the wild: a 融媒体 centre's news video's
AI subtitles saved as the video site's JSON; a printed handout photographed and read by a cloud OCR service from a
script; a crawler's articles queried in a database's client; a crawler's feed exported as XML; a crawler's notebook
saved with its outputs; a page read into R at its console; a 招商 liaison office's WordPress site exported; a
county's official account's articles fetched from the platform's API; a county app's article dumped screen by screen
from the phone's UI; a county system's article list exported as an XML spreadsheet; a JavaScript crawler's run; a
feed reader's favourites exported; and toward stories that show no headline (each form then shows what it would show
without one: an empty field or element, None, NA, [], '' or undefined, the column's name in an app's bar, a title
of the editors' own, the post's id as its name, or nothing):

- a news video's AI subtitles (Bilibili BCC-like, UTF-8): the raw answer saved from the browser (one line) or a
  downloader's file (indented by two): font_size, font_color, background_alpha, background_color, Stroke, type
  (AIsubtitle), lang and version, then body: each cue's from and to in seconds, sid, location, content (a run of the
  speech's clauses without their marks, apart by spaces) and music; maybe the anchor's greeting first and the
  reporters' credit last, as spoken;
- a printed handout photographed page by page and read by a cloud OCR service from a Python script (Baidu OCR-like):
  the IDE's console copied (UTF-8, CRLF: the interpreter's line, the exit line), or the output redirected on Windows
  by cmd (GB18030, CRLF) or PowerShell (UTF-16, CRLF); for each photo (named by the phone, WeChat or a scanner) the
  script's line, then the answer as Python prints the dict ({'words_result': [{'words': ...}, ...],
  'words_result_num', 'log_id'}, maybe each row's location), or the rows one a line, or the answer dumped as JSON
  (maybe with paragraphs_result's indexes): the headline's rows and the day in brackets when the handout shows them,
  the paragraphs in rows of 28, some marks read as ASCII ones, the page's number at its foot;
- a crawler's articles queried in a database's client with expanded display (psql-like): a terminal's session copied
  (UTF-8: the prompts, \\x, maybe \\pset format wrapped, pager and null, the query), the output of -x -c redirected
  (UTF-8), or \\o's file on Windows (GB18030, CRLF); each record's -[ RECORD n ]- header, then its keys padded before
  their bars and values: the id, the title (or empty, or the null as set), the day as the column's type prints it
  (timestamptz with +08, a date, or the page's text), the source, the content's lines (maybe with wide-space
  indents) each padded and marked + (and in the wrapped format cut at the terminal's width, marked . and the next
  begun |.), the address and the crawl's time; a blank line; the story's record among others';
- a crawler's feed exported as XML (Scrapy's XmlItemExporter-like, UTF-8, maybe indented by two or four): the
  declaration, <items>, each <item> with its fields as the spider set them: url, title (the string, None where the
  page had none, '' by default, or a list's <value>s, empty with none), pub_date and source as extracted (or None or
  empty), content as the list of the page's text nodes, each a <value> (blank runs with \\r\\n and tabs, indents,
  a paragraph cut where an inline tag stood; or stripped), maybe crawl_time; the story's item among others';
- a crawler's notebook saved with its outputs and opened as text (Jupyter's .ipynb-like, UTF-8, JSON indented by one,
  keys sorted): maybe a markdown cell, then the code cells with their execution counts, maybe ids, metadata, outputs
  and sources as lists of lines: the request (maybe the HTTPS warning on stderr) and its status code, the title as
  Python shows the list XPath gave (or []), the info line printed (the day and the outlet among the page's own
  words), each paragraph printed, one string of the stream's text a line, maybe the count of paragraphs, maybe an
  empty cell; the kernel's metadata and the format's version;
- a page read into R and printed at the console (rvest in RStudio-like, copied: UTF-8 with LF on a Mac, or saved by
  Notepad with CRLF, maybe with a BOM): the prompts and commands (the magrittr or native pipe, rvest's newer or older
  functions), maybe the tidyverse's banner, the title as R prints a one-element vector (or NA), the info line's text
  (the day and outlet among the page's own words, or NA), the count of paragraphs, then the paragraphs as R prints a
  character vector (each quoted with its escapes, padded to the widest, behind its index) or as writeLines prints
  them, and the prompt;
- a 招商 liaison office's, chamber's or promotion site's WordPress export (WXR-like, UTF-8): the declaration, the
  export's comments and generator line, the channel (the site's title, link, description, the export's day in GMT,
  language, the base addresses, the author, the category, the generator), then the items: title (in CDATA on newer
  versions, empty where the post has none), link, pubDate in GMT, creator, guid, description, content:encoded in
  CDATA (the paragraphs as the block editor's wp:paragraph blocks, or as the classic editor's lines apart by blank
  lines, with &nbsp; and &amp;; maybe an image first; maybe the source), excerpt, the post's id, days local and GMT,
  maybe modified, statuses, its name (the title percent-encoded, or the id), parent, order, type, password, sticky,
  category and meta; the story's post among others, maybe beside its image's attachment item;
- a county's official account's published articles fetched from the platform's API (WeChat freepublish-like,
  UTF-8): the answer as the API gives it (one line, its slashes escaped) or as a script saved it (indented by four):
  item, each with article_id, content with its news_item list (title: the headline, or the editors' own where it has
  none; author; digest: the text's first 54 characters, or the editors' own; content: the editor's HTML, a styled
  <section> with styled <p>s and <span>s, images, blank lines, the source, the credits; content_source_url,
  thumb_media_id, the flags, url, is_deleted), create_time and update_time in epoch seconds; total_count and
  item_count; the story the first or second article of a push, among other pushes;
- a county 融媒体 app's article crawled screen by screen through the phone's UI dump (uiautomator-like, UTF-8): for
  each screen the XML on one line (the declaration, the hierarchy, each node's index, text, resource-id, class,
  package, content-desc, flags and bounds) and the tool's line after it, or a script's rule before it: the app's bar
  (back, the column's name or 详情, share), the WebView's nodes on the screen (the headline, the day, the source and
  the reads apart, each paragraph whole as one node with its entities, images), at the end the editor's credit,
  相关推荐 with other articles, and the comment bar; a paragraph on the edge of two screens in both;
- a county's web-content or information-reporting system's list exported as .xls that is XML Spreadsheet 2003
  (SpreadsheetML-like): as the system writes it from its template (UTF-8, or declared GBK: GB18030; LF: the styles,
  the worksheet, a <Row> a record, every <Cell>'s <Data> a String, the body's newlines kept with wide-space indents
  or its HTML escaped), or as Excel saved it again (UTF-8, CRLF: the document's properties, workbook, styles, the
  table's counts and columns, numbers and a day as DateTime, empty cells left out and the next one's ss:Index, the
  body's newlines as &#10;, the worksheet's options); the header row, then the story's row among others';
- a JavaScript crawler's run at a terminal (Node with axios and cheerio-like, UTF-8; CRLF where PowerShell's window
  was copied and saved): the prompt and the command, maybe the runtime's deprecation warning, the crawler's own lines
  (the list page, the count, each article's address), each article's object as console.log prints it (util.inspect:
  the keys, the title or '' or undefined, the day as a Date in UTC's ISO form or Invalid Date, or as its string, the
  source or '', the content as one string cut after each newline into quoted pieces joined by + on lines of their
  own, or as an array of paragraphs), other articles' the same, the closing count and the prompt again;
- a self-hosted feed reader's favourites exported (FreshRSS-like, UTF-8, Google Reader's JSON indented by four,
  slashes and Chinese unescaped): the list's id, title (收藏文章列表), author and items, then the items apart by
  ",\\n": the older export's id (the guid), timestampUsec, categories, title, author, published and updated,
  alternate, content and origin (the stream, the feed's name, its site and its address on an RSS bridge), or the
  newer one's tag:google.com id, crawlTimeMsec, timestampUsec, published, title, canonical, alternate, categories,
  origin, content, guid and maybe author (the outlet): the content as the feed gave it (<p>s, maybe an image,
  &nbsp;), the title empty where the story has none; the story's item among other favourites.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels, or with markup: a JSON field's key, an XML element, a record's key, an object's property, a node's
attribute) are the capture's metadata and are not listed, nor are lines that hold the headline, the date or the
outlet among other words (an info line, a file's name). A counter, a credit, a key and its value, an escape, an
entity, a tag, a cue's times, a box's location, a node's attributes, a wrap mark or an address beside them, or inside
a paragraph, is listed apart. A run of the capture's own text between two pieces of the story (a record's keys and
values, a dump's nodes, a row's cells, a page's foot and the next photo's line) is listed as one string: squashed, it
is one run of the text. A run that squashes to digits alone or to one letter (an index's [2] between two paragraphs,
a newline's \\n escape at a paragraph's end, the &#10; between two paragraphs of a cell, epoch seconds) is not listed:
squashed, it is what a story's own text holds too.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 22/" + name are `LOCKED_T22`, the other six `DEV_T22`. Round 22 is sealed: not scored when
written; whoever next changes the text path scores it once, both halves, at the end of their work, and fixes nothing
from its misses.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import math
import random
import re
from collections.abc import Callable, Iterable
from urllib.parse import quote

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import (
    _crlf,
    _joined,
    _later,
    _moment,
    _near,
    _squashed,
    _token,
    _unpadded,
    _width,
)

TEXT_FORMS22: dict[str, Layout] = {}
NAMES = [
    "鲁春燕",
    "尹国栋",
    "邬丽萍",
    "柏志刚",
    "华晓东",
    "解玉梅",
    "甘建平",
    "喻海涛",
    "房晓燕",
    "詹文华",
]
# Other items a capture holds (other articles, records, rows, posts): none is about the story.
OTHER_ITEMS = [
    (
        "县人社局举办春风行动专场招聘会",
        (
            "县人社局在县体育馆举办春风行动专场招聘会，一百二十家企业提供就业岗位三千余个。",
            "现场达成初步就业意向八百余人。",
        ),
    ),
    (
        "县林业局启动松材线虫病秋季普查",
        (
            "县林业局组织技术人员对全县松林开展松材线虫病秋季普查。",
            "普查覆盖十八个乡镇的重点林区，发现疑似病株将及时取样送检。",
        ),
    ),
    (
        "县医保局开展定点医药机构专项检查",
        (
            "县医保局联合县卫健委对全县定点医药机构开展医保基金使用专项检查。",
            "检查重点为虚假就医、串换药品和超标准收费等行为。",
        ),
    ),
    (
        "县图书馆开展全民阅读月活动",
        (
            "县图书馆开展全民阅读月活动，推出读书分享会、亲子阅读和好书推荐等十余项活动。",
            "活动期间图书馆延长开放时间至晚上九点。",
        ),
    ),
    (
        "县住建局推进城镇老旧小区改造",
        (
            "县住建局今年实施城镇老旧小区改造项目十四个，惠及居民二千六百余户。",
            "改造内容包括雨污分流、外墙保温和加装电梯等。",
        ),
    ),
    (
        "县农业农村局举办农机安全培训",
        (
            "县农业农村局举办农机安全操作培训班，二百余名农机手参加培训。",
            "培训结束后对学员进行了实操考核。",
        ),
    ),
    (
        "县应急管理局开展防汛应急演练",
        (
            "县应急管理局在沿河乡镇开展防汛应急演练，模拟堤坝管涌险情处置和群众转移。",
            "演练检验了各部门的应急响应和协同处置能力。",
        ),
    ),
    (
        "县统计局部署经济普查登记工作",
        (
            "县统计局召开经济普查登记工作部署会，对普查员进行业务培训。",
            "登记工作将于下月起全面铺开。",
        ),
    ),
]
OTHERS = [title for title, _ in OTHER_ITEMS]
HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
WEEK = "一二三四五六日"
# Marks a printed row does not begin with: the typesetter keeps them on the row before.
CLOSING = "，。、；：！？）》”’」』,.;:!?)"
# A value a record prints in the place of a token: ⟦N⟧ stands for the Nth value given.
TOKEN = re.compile(r"⟦(\d+)⟧")
# The escapes Python's repr prints for a space or a mark it will not show as it is.
ESCAPE = re.compile(r"(\\x[0-9a-f]{2}|\\u[0-9a-f]{4}|\\U[0-9a-f]{8})")
HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\xa0": "&nbsp;"}
XML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
ATTRIBUTE_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}

Parts = list[tuple[str | None, bool]]


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS22)


def _since(story: Story, rng: random.Random, low: int, high: int, floor: dt.date) -> dt.datetime:
    """A moment `low` to `high` days after the story's day, or some days after `floor` where the tool came later than
    the story: a date the capture shows, not its own."""
    moment = _later(story, rng, low, high)
    if moment.date() < floor:
        moment = dt.datetime.combine(floor + dt.timedelta(days=rng.randrange(0, 600)), moment.time())
    return moment


def _epoch(moment: dt.datetime) -> int:
    """A moment on Beijing time as seconds since the epoch."""
    return int((moment - dt.timedelta(hours=8)).replace(tzinfo=dt.timezone.utc).timestamp())


def _listed(pieces: Iterable[str]) -> tuple[str, ...]:
    """Furniture strings once each, the longest (squashed) first: none that squashes to nothing, to digits alone or to
    one letter (an index's [2] between two paragraphs, a newline's \\n escape at a paragraph's end: squashed, what the
    story's own text holds too)."""
    seen: dict[str, str] = {}
    for piece in pieces:
        key = _squashed(piece)
        if not key or key.isdigit() or (len(key) == 1 and key.isascii()):
            continue
        if key not in seen:
            seen[key] = piece
    return tuple(sorted(seen.values(), key=lambda piece: -len(_squashed(piece))))


def _rows(line: str, per_row: int, indent: int = 0) -> list[tuple[str, int]]:
    """A paragraph set in rows of `per_row` wide characters (a narrow one half), as a word processor prints it, each
    with the half-widths it is indented by: a row is cut anywhere but before a closing mark."""
    units = per_row * 2
    rows: list[tuple[str, int]] = []
    row, used, start = "", indent, indent
    for char in line:
        size = _width(char)
        if used + size > units and row.strip() and char not in CLOSING:
            rows.append((row, start))
            row, used, start = "", 0, 0
        row += char
        used += size
    if row.strip():
        rows.append((row, start))
    return rows


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


def _unmarked(text: str) -> str:
    """Text with its marks as blanks (a recogniser's subtitle): words and numbers stay, and so do a decimal point and
    a per cent after a digit."""
    out = []
    for index, char in enumerate(text):
        before = text[index - 1] if index else ""
        after = text[index + 1] if index + 1 < len(text) else ""
        decimal = char == "." and before.isdigit() and after.isdigit()
        if char.isalnum() or decimal or (char in "%％" and before.isdigit()):
            out.append(char)
        else:
            out.append(" ")
    return re.sub(r" +", " ", "".join(out)).strip()


def _json_text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)[1:-1]


def _entity_parts(text: str, entities: dict[str, str], then: Callable[[str], str] = lambda run: run) -> Parts:
    """Text as markup writes it: an entity apart (listed), each run between entities written by `then` (not)."""
    parts: Parts = []
    run = ""
    for char in text:
        if char in entities:
            if run:
                parts.append((then(run), False))
                run = ""
            parts.append((then(entities[char]), True))
        else:
            run += char
    if run:
        parts.append((then(run), False))
    return parts


def _marked(text: str, listed: bool, entities: dict[str, str], then: Callable[[str], str] = lambda run: run) -> Parts:
    """Text in markup: the story's own with its entities apart (listed), or another item's all listed."""
    return [(piece, listed or entity) for piece, entity in _entity_parts(text, entities, then)]


def _repr_parts(item: str) -> Parts:
    """A string as Python's repr prints it: its escapes of spaces and marks apart (listed), the rest not."""
    parts: Parts = []
    for index, piece in enumerate(ESCAPE.split(repr(item))):
        if piece:
            parts.append((piece, index % 2 == 1))
    return parts


def _filled(printed: str, values: list[Parts]) -> Parts:
    """A record printed with ⟦N⟧ tokens for some of its values, as parts: the printed runs between them listed, the
    Nth token's parts in its place."""
    parts: Parts = []
    for index, piece in enumerate(TOKEN.split(printed)):
        if index % 2 == 0:
            if piece:
                parts.append((piece, True))
        else:
            parts += values[int(piece)]
    return parts


class _Tokens:
    """Values set into a record as ⟦N⟧ tokens, then printed in their place by `_filled`."""

    def __init__(self) -> None:
        self.values: list[Parts] = []
        self.unquoted: list[str] = []

    def __call__(self, parts: Parts) -> str:
        self.values.append(parts)
        return f"⟦{len(self.values) - 1}⟧"

    def bare(self, parts: Parts) -> str:
        """A token for a value the record prints without quotes (a number)."""
        marker = self(parts)
        self.unquoted.append(marker)
        return marker

    def filled(self, printed: str) -> Parts:
        for marker in self.unquoted:
            printed = printed.replace(f'"{marker}"', marker)
        return _filled(printed, self.values)


def _weekday(day: dt.date) -> str:
    return f"星期{WEEK[day.weekday()]}"


def _text_width(text: str) -> int:
    return sum(map(_width, text))


def _others(story: Story, rng: random.Random, most: int) -> tuple[list[tuple[str, tuple[str, ...]]], int]:
    """Some other items and where the story stands among them."""
    others = rng.sample(OTHER_ITEMS, rng.randrange(0, most + 1))
    return others, rng.randrange(len(others) + 1)


def _host(rng: random.Random, tail: str = "gov.cn") -> str:
    return f"www.{_token(rng, 4)}.example-t22.{tail}"


# ---------------------------------------------------------------- a video site's AI subtitles, an OCR service


@text_form("bilibili_bcc_ai_subtitle_body_json")
def bilibili_bcc_ai_subtitle_body_json(story: Story) -> Wrapped:
    """A 融媒体 centre's news video on a video site, its AI subtitles saved as the site's JSON (Bilibili BCC-like,
    UTF-8): the style's fields, the type, language and version, then the body: each cue's from and to in seconds,
    its sid, location, content (a run of the speech's clauses without their marks) and music; maybe the anchor's
    greeting and the reporters' credit as spoken. The raw answer saved from the browser, or a downloader's file
    indented by two."""
    rng = _rng(story, "bilibili_bcc_ai_subtitle_body_json")
    place = rng.choice(PLACES)
    token = _Tokens()
    limit = rng.randrange(14, 23)
    clock = rng.uniform(0.2, 3.0)
    body: list[dict] = []

    def cue(words: str, listed: bool) -> None:
        nonlocal clock
        end = clock + len(words) * rng.uniform(0.2, 0.28) + rng.uniform(0.2, 0.6)
        body.append(
            {
                "from": round(clock, 2),
                "to": round(end, 2),
                "sid": len(body) + 1,
                "location": 2,
                "content": token([(_json_text(words), listed)]),
                "music": 0.0,
            }
        )
        clock = end + rng.choice([0.0, rng.uniform(0.05, 0.5)])

    if rng.random() < 0.4:
        cue(rng.choice(["观众朋友们 大家好", f"欢迎收看{place[:2]}新闻", "各位观众 晚上好"]), True)
    for line in story.lines:
        words = [word for word in (_unmarked(clause) for clause in _clauses(line)) if word]
        for run in _pack(words, limit, " "):
            cue(run, False)
        clock += rng.uniform(0.2, 1.2)
    if rng.random() < 0.5:
        first, second = rng.sample(NAMES, 2)
        cue(f"{place}融媒体中心记者 {first} {second} 报道", True)
    subtitle = {
        "font_size": 0.4,
        "font_color": "#FFFFFF",
        "background_alpha": 0.5,
        "background_color": "#9C27B0",
        "Stroke": "none",
        "type": "AIsubtitle",
        "lang": "zh",
        "version": rng.choice(["v1.6.0.4", "v1.7.0.4"]),
        "body": body,
    }
    pretty = rng.random() < 0.4
    if pretty:
        printed = json.dumps(subtitle, ensure_ascii=False, indent=2)
    else:
        printed = json.dumps(subtitle, ensure_ascii=False, separators=(",", ":"))
    text, furniture = _joined(token.filled(printed))
    aid, cid = rng.randrange(10**8, 10**9), rng.randrange(10**8, 2 * 10**9)
    if pretty:
        bvid = "BV1" + _token(rng, 9, ALNUM)
        address = f"file:///C:/Users/{_token(rng, 5)}/Downloads/{bvid}_ai-zh.json"
    else:
        signed = f"{rng.randrange(1_690_000_000, 1_760_000_000)}-{_token(rng, 32, HEX)}-0-{_token(rng, 32, HEX)}"
        address = (
            f"https://aisubtitle.hdslb.com/bfs/ai_subtitle/prod/{aid}{cid}{_token(rng, 32, HEX)}?auth_key={signed}"
        )
    return Wrapped(text, _listed(furniture), address, kind="text")


@text_form("baidu_ocr_words_result_print_dict")
def baidu_ocr_words_result_print_dict(story: Story) -> Wrapped:
    """A printed handout photographed page by page and read by a cloud OCR service from a Python script (Baidu
    OCR-like): the IDE's console copied (UTF-8, the interpreter's line and the exit line), or the output redirected on
    Windows by cmd (GB18030, CRLF) or PowerShell (UTF-16, CRLF); for each photo the script's line with its file, then
    the answer as Python prints the dict (words_result, each row's words, maybe its location, words_result_num,
    log_id), the rows one a line, or the answer dumped as JSON (maybe with paragraphs_result): the headline's rows and
    the day in brackets when the handout shows them, the paragraphs in rows of 28, some marks read as ASCII ones, the
    page's number at its foot."""
    rng = _rng(story, "baidu_ocr_words_result_print_dict")
    where = rng.randrange(3)  # the IDE's console copied; cmd's redirect; PowerShell's redirect
    shown = rng.randrange(3)  # the dict printed; the rows printed; the JSON dumped
    located = rng.random() < 0.35  # the "accurate" call, each row with its location
    grouped = shown == 2 and rng.random() < 0.5  # paragraph=true
    taken = _since(story, rng, 1, 400, dt.date(2018, 3, 1))
    user = rng.choice(["Administrator", "lenovo", "dell", "admin"])
    folder = rng.choice(["D:/ocr/images/", "D:/讲话稿照片/", f"C:/Users/{user}/Desktop/扫描/"])
    naming = rng.randrange(3)

    def photo(number: int) -> str:
        moment = taken + dt.timedelta(seconds=number * rng.randrange(5, 30))
        if naming == 0:
            return f"IMG_{moment:%Y%m%d_%H%M%S}.jpg"
        if naming == 1:
            return f"微信图片_{moment:%Y%m%d%H%M%S}.jpg"
        return f"scan_{number + 1:04d}.jpg"

    # The handout's rows, page by page: (row, listed, the block it stands in).
    Row = tuple[str, bool, int]
    pages: list[list[Row]] = []
    page: list[Row] = []
    block = 0
    if story.headline:
        page += [(row, False, block) for row, _ in _rows(re.sub(r"\s+", " ", story.headline).strip(), 20)]
        block += 1
    if story.published and rng.random() < 0.6:
        page.append((f"（{_unpadded(story.published)}）", False, block))
        block += 1
    for line in story.lines:
        for row, _ in _rows(re.sub(r"\s+", " ", line).strip(), 28, 4):
            if len(page) >= 22:
                pages.append(page)
                page = []
            page.append((row, False, block))
        block += 1
    pages.append(page)
    dash = rng.choice(["— {} —", "-{}-", "—{}—", "- {} -"])
    for number, rows in enumerate(pages, 1):
        rows.append((dash.format(number), True, -number))
    ascii_rate = rng.choice([0.0, 0.25, 0.5])
    ascii_marks = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})

    def read(text: str) -> str:
        return text.translate(ascii_marks) if rng.random() < ascii_rate else text

    char = rng.uniform(38.0, 52.0)
    parts: Parts = []
    if where == 0:
        script = rng.choice(["baidu_ocr.py", "ocr.py", "main.py"])
        parts.append((f"D:\\Anaconda3\\python.exe D:/PycharmProjects/ocr/{script}\n", True))
    for number, rows in enumerate(pages):
        path = folder + photo(number)
        parts.append((rng.choice([f"正在识别：{path}", path, f"第{number + 1}张：{path}"]) + "\n", True))
        read_rows = [(read(text), listed, group) for text, listed, group in rows]
        log_id = rng.randrange(10**18, 9 * 10**18)
        locations = []
        top = rng.uniform(120, 260)
        for text, _, group in read_rows:
            width = _text_width(text) / 2 * char
            left = rng.uniform(140, 180) + (2 * char if group >= 0 and rng.random() < 0.3 else 0)
            locations.append(
                {"top": round(top), "left": round(left), "width": round(width), "height": round(char * 1.1)}
            )
            top += char * rng.uniform(1.7, 1.9)
        if shown == 1:
            for text, listed, _ in read_rows:
                parts += [(text, listed), ("\n", listed)]
            continue
        if shown == 0:
            parts.append(("{'words_result': [", True))
            for index, ((text, listed, _), location) in enumerate(zip(read_rows, locations, strict=True)):
                parts.append((("" if index == 0 else ", ") + "{'words': ", True))
                parts += [(piece, listed or escape) for piece, escape in _repr_parts(text)]
                if located:
                    parts.append((f", 'location': {location!r}", True))
                parts.append(("}", True))
            parts.append((f"], 'words_result_num': {len(read_rows)}, 'log_id': {log_id}}}\n", True))
            continue
        token = _Tokens()
        words = []
        for (text, listed, _), location in zip(read_rows, locations, strict=True):
            entry: dict = {"words": token([(_json_text(text), listed)])}
            if located:
                entry["location"] = location
            words.append(entry)
        answer: dict = {"words_result": words, "words_result_num": len(words)}
        if grouped:
            groups: dict[int, list[int]] = {}
            for index, (_, _, group) in enumerate(read_rows):
                groups.setdefault(group, []).append(index)
            answer["paragraphs_result"] = [{"words_result_idx": indexes} for indexes in groups.values()]
            answer["paragraphs_result_num"] = len(groups)
        answer["log_id"] = log_id
        parts += token.filled(json.dumps(answer, ensure_ascii=False))
        parts.append(("\n", False))
    if where == 0:
        parts.append(("\nProcess finished with exit code 0\n", True))
    text, furniture = _joined(parts)
    if where == 1:
        return Wrapped(_crlf(text), _listed(furniture), "file:///D:/ocr/result.txt", encoding="gb18030", kind="text")
    if where == 2:
        return Wrapped(_crlf(text), _listed(furniture), "file:///D:/ocr/ocr_out.txt", encoding="utf-16", kind="text")
    return Wrapped(_crlf(text), _listed(furniture), f"file:///C:/Users/{user}/Desktop/识别结果.txt", kind="text")


# ---------------------------------------------------------------- a database's client, a crawler's XML feed


Field = tuple[str, str, bool]  # a record's key, its value, and whether the value is listed


def _psql_header(number: int, key_width: int, value_width: int) -> str:
    label = f"-[ RECORD {number} ]"
    if len(label) < key_width + 1:
        return label + "-" * (key_width + 1 - len(label)) + "+" + "-" * (value_width + 1)
    return label + "-" * max(0, key_width + 3 + value_width - len(label))


def _psql_chunks(line: str, width: int) -> list[str]:
    """A value's line cut into chunks of at most `width` display columns, as psql's wrapped format cuts it."""
    chunks: list[str] = []
    chunk, used = "", 0
    for char in line:
        size = _width(char)
        if used + size > width and chunk:
            chunks.append(chunk)
            chunk, used = "", 0
        chunk += char
        used += size
    chunks.append(chunk)
    return chunks


def _psql_expanded(records: list[list[Field]], columns: int | None) -> Parts:
    """Records as psql prints them with expanded display on: a header per record, each key padded before its bar, a
    value's lines after a bar, each but the last padded and marked with + (and, in the wrapped format at `columns`,
    a cut line marked with . and the next begun with |.)."""
    key_width = max(len(key) for record in records for key, _, _ in record)
    widest = max(_text_width(line) for record in records for _, value, _ in record for line in value.split("\n"))
    value_width = widest if columns is None else max(1, min(widest, columns - key_width - 4))
    parts: Parts = []
    for number, record in enumerate(records, 1):
        parts.append((_psql_header(number, key_width, value_width) + "\n", True))
        for key, value, listed in record:
            lines = value.split("\n")
            first = True
            for index, line in enumerate(lines):
                chunks = [line] if columns is None else _psql_chunks(line, value_width)
                for cut, chunk in enumerate(chunks):
                    prefix = key.ljust(key_width) + " | " if first else " " * key_width + (" |." if cut else " | ")
                    first = False
                    parts += [(prefix, True), (chunk, listed)]
                    if index < len(lines) - 1 or cut < len(chunks) - 1:
                        mark = "." if cut < len(chunks) - 1 else "+"
                        parts.append((" " * (value_width - _text_width(chunk)) + mark, True))
                    parts.append(("\n", True))
    parts.append(("\n", True))
    return parts


@text_form("psql_expanded_record_plus_wrap_marks")
def psql_expanded_record_plus_wrap_marks(story: Story) -> Wrapped:
    """A crawler's articles queried in a database's client with expanded display (psql-like): a terminal's session
    copied (UTF-8: the prompts, \\x, maybe \\pset, the query), the output of -x -c redirected (UTF-8), or \\o's file on
    Windows (GB18030, CRLF); each record's header, then its keys and values: the id, the title (or empty, or the null
    shown as set), the day as the column's type prints it, the source, the content's lines each marked + (cut lines
    marked . in the wrapped format), the address and the crawl's time; the story's record among others'."""
    rng = _rng(story, "psql_expanded_record_plus_wrap_marks")
    place = rng.choice(PLACES)
    host = _host(rng)
    where = rng.randrange(3)  # a terminal copied; -x -c redirected; \o on Windows
    keys = rng.choice(
        [
            ("id", "title", "pub_time", "source", "content", "url", "crawl_time"),
            ("id", "title", "publish_date", "source", "content", "link", "created_at"),
            ("id", "biaoti", "fbsj", "laiyuan", "zhengwen", "lianjie", "cjsj"),
        ]
    )
    day_kind = rng.randrange(3)  # timestamp with time zone; date; the page's text kept as varchar
    null = rng.choice(["", "", "[NULL]", "(null)"])
    indented = rng.random() < 0.5
    table = rng.choice(["article", "news", "t_article", "gov_news"])
    database = rng.choice(["news", "spider", "crawler", "zsyz"])

    def day_text(day: dt.date) -> str:
        moment = _moment(day, rng)
        assert moment is not None
        if day_kind == 0:
            return f"{moment:%Y-%m-%d %H:%M:%S}+08"
        if day_kind == 1:
            return f"{day:%Y-%m-%d}"
        return f"{moment:%Y-%m-%d %H:%M}"

    def record(
        number: int, title: str | None, day: dt.date | None, source: str | None, lines: Iterable[str], own: bool
    ):
        crawled = _later(story, rng, 1, 700)
        content = "\n".join(("\u3000\u3000" + line if indented else line) for line in lines)
        column = rng.choice(["zwyw", "bmdt", "zsyz"])
        url = f"http://{host}/{column}/{(day or crawled.date()):%Y%m}/t{(day or crawled.date()):%Y%m%d}_{number}.html"
        return [
            (keys[0], str(number), True),
            (keys[1], title if title else null, own or not title),
            (keys[2], day_text(day) if day else null, own or not day),
            (keys[3], source if source else null, own or not source),
            (keys[4], content, own),
            (keys[5], url, True),
            (keys[6], f"{crawled:%Y-%m-%d %H:%M:%S}.{rng.randrange(10**6):06d}", True),
        ]

    others, at = _others(story, rng, 2)
    first = rng.randrange(1000, 90000)
    records: list[list[Field]] = []
    for index in range(len(others) + 1):
        number = first - index
        if index == at:
            records.append(record(number, story.headline, story.published, story.outlet, story.lines, False))
            continue
        title, lines = others[index - (index > at)]
        near = _near(story.published, rng).date()
        records.append(record(number, title, near, f"{place}人民政府", lines, True))
    chosen = ", ".join(keys) if rng.random() < 0.5 else "*"
    if len(records) == 1:
        query = f"SELECT {chosen} FROM {table} WHERE {keys[0]} = {first};"
    else:
        query = f"SELECT {chosen} FROM {table} ORDER BY {keys[0]} DESC LIMIT {len(records)};"
    parts: Parts = []
    columns = None
    if where == 0:
        prompt = f"{database}=# "
        session = [f"{prompt}\\x", "Expanded display is on."]
        if rng.random() < 0.5:
            columns = rng.choice([100, 120, 132, 158])
            session += [f"{prompt}\\pset format wrapped", "Output format is wrapped."]
        if rng.random() < 0.4:
            session += [f"{prompt}\\pset pager off", "Pager usage is off."]
        if null:
            session += [f"{prompt}\\pset null '{null}'", f'Null display is "{null}".']
        session.append(prompt + query)
        parts.append(("\n".join(session) + "\n", True))
    parts += _psql_expanded(records, columns)
    if where == 0:
        parts.append((f"{database}=# ", True))
    text, furniture = _joined(parts)
    if where == 2:
        return Wrapped(
            _crlf(text), _listed(furniture), "file:///D:/export/article.txt", encoding="gb18030", kind="text"
        )
    return Wrapped(text, _listed(furniture), f"file:///home/{_token(rng, 5)}/{table}.txt", kind="text")


def _xml_element(name: str, value: Parts, indent: str, newline: str) -> Parts:
    return [(f"{indent}<{name}>", True), *value, (f"</{name}>{newline}", True)]


@text_form("scrapy_xml_export_value_lists")
def scrapy_xml_export_value_lists(story: Story) -> Wrapped:
    """A crawler's feed exported as XML (Scrapy's XmlItemExporter-like, UTF-8, maybe indented): the declaration,
    <items>, each <item> with its fields in the order the spider set them: the address, the title (the string, None
    where the page had none, or a list's <value>s, empty with none), the day and source as extracted (or None), the
    content as the list of the page's text nodes, each a <value> (blank runs and indents kept, a paragraph cut where an
    inline tag stood), maybe the crawl's time; the story's item among others'."""
    rng = _rng(story, "scrapy_xml_export_value_lists")
    place = rng.choice(PLACES)
    host = _host(rng)
    step = rng.choice([0, 0, 2, 4])  # FEED_EXPORT_INDENT
    title_kind = rng.randrange(3)  # .get(): the string or None; .getall(): a list; .get(default='')
    stripped = rng.random() < 0.45  # a pipeline stripped the text nodes and dropped the blank ones
    crawl_time = rng.random() < 0.5
    newline = "\n" if step else ""
    blanks = ["\r\n\t\t\t", "\r\n\t\t\t\t", "\n", "\n\t\t", "\r\n"]

    def pad(depth: int) -> str:
        return " " * (step * depth)

    def text_parts(text: str, listed: bool) -> Parts:
        return _marked(text, listed, XML_ENTITIES)

    def scalar(name: str, value: str | None, listed: bool) -> Parts:
        if title_kind == 1 and name == "title":
            values = _xml_element("value", text_parts(value, listed), pad(3), newline) if value else []
            return [(f"{pad(2)}<{name}>{newline}", True), *values, (f"{pad(2)}</{name}>{newline}", True)]
        shown = [("None" if title_kind == 0 else "", True)] if value is None else text_parts(value, listed)
        return _xml_element(name, shown, pad(2), newline)

    def nodes(lines: Iterable[str], listed: bool) -> Parts:
        parts: Parts = [(f"{pad(2)}<content>{newline}", True)]

        def node(value: Parts) -> None:
            parts.extend(_xml_element("value", value, pad(3), newline))

        indent = rng.choice(["\u3000\u3000", "\xa0\xa0\xa0\xa0", ""])
        if not stripped:
            node([(rng.choice(blanks), True)])
        for line in lines:
            text = line if stripped else indent + line
            pieces = _clauses(text)
            if len(pieces) > 2 and rng.random() < 0.2:  # an inline <strong> or <span> cuts the text node
                cut = rng.randrange(1, len(pieces))
                node(text_parts("".join(pieces[:cut]), listed))
                node(text_parts("".join(pieces[cut:]), listed))
            else:
                node(text_parts(text, listed))
            if not stripped and rng.random() < 0.6:
                node([(rng.choice(blanks), True)])
        parts.append((f"{pad(2)}</content>{newline}", True))
        return parts

    def item(title: str | None, day: dt.date | None, source: str | None, lines: Iterable[str], own: bool) -> Parts:
        moment = _moment(day, rng)
        shown_day = day or _later(story, rng, 0, 30).date()
        url = f"http://{host}/art/{shown_day.year}/{shown_day.month}/{shown_day.day}/"
        url += f"art_{rng.randrange(1000, 9999)}_{rng.randrange(10**6, 10**7)}.html"
        day_text = None
        if moment:
            day_text = rng.choice([f"{moment:%Y-%m-%d}", f"{moment:%Y-%m-%d %H:%M}", f"{moment:%Y-%m-%d %H:%M:%S}"])
        parts: Parts = [(f"{pad(1)}<item>{newline}", True)]
        parts += _xml_element("url", [(url, True)], pad(2), newline)
        parts += scalar("title", title, own)
        parts += scalar("pub_date", day_text, own)
        parts += scalar("source", source, own)
        parts += nodes(lines, own)
        if crawl_time:
            crawled = _later(story, rng, 1, 500)
            parts += _xml_element("crawl_time", [(f"{crawled:%Y-%m-%d %H:%M:%S}", True)], pad(2), newline)
        parts.append((f"{pad(1)}</item>\n", True))
        return parts

    others, at = _others(story, rng, 2)
    parts: Parts = [('<?xml version="1.0" encoding="utf-8"?>\n<items>\n', True)]
    for index in range(len(others) + 1):
        if index == at:
            parts += item(story.headline, story.published, story.outlet, story.lines, False)
            continue
        title, lines = others[index - (index > at)]
        parts += item(title, _near(story.published, rng).date(), f"{place}人民政府", lines, True)
    parts.append(("</items>", True))
    text, furniture = _joined(parts)
    project = rng.choice(["zsyz", "govnews", "county_news", "zhaoshang_spider"])
    return Wrapped(text, _listed(furniture), f"file:///home/{_token(rng, 5)}/{project}/items.xml", kind="text")


# ---------------------------------------------------------------- a notebook's file, R's console


def _json_parts(parts: Parts) -> Parts:
    """Parts of a string written inside a JSON string: each escaped as JSON escapes it."""
    return [(None if piece is None else _json_text(piece), listed) for piece, listed in parts]


def _source(code: str) -> list[str]:
    """A cell's source as a notebook keeps it: its lines, each but the last with its newline."""
    if not code:
        return []
    lines = code.split("\n")
    return [line + "\n" for line in lines[:-1]] + [lines[-1]]


@text_form("jupyter_ipynb_stream_output_text_lists")
def jupyter_ipynb_stream_output_text_lists(story: Story) -> Wrapped:
    """A crawler's notebook saved with its outputs and opened as text (Jupyter's .ipynb-like, UTF-8, JSON indented by
    one with its keys sorted): the cells, each with its type, execution count, maybe its id, metadata, outputs and
    source as lists of lines: the requests and the parse (maybe the HTTPS warning on stderr), the status code's
    result, the title XPath gave as Python shows the list (or []), the info line printed (the day and the outlet among
    the page's own words), then each paragraph printed, a line of the stream's text each, maybe the count of
    paragraphs; the kernel's metadata and the format's version."""
    rng = _rng(story, "jupyter_ipynb_stream_output_text_lists")
    place = rng.choice(PLACES)
    host = _host(rng)
    token = _Tokens()
    minor = rng.choice([4, 5, 5])
    count = rng.randrange(1, 6)
    cells: list[dict] = []

    def cell(kind: str, code: str, outputs: list[dict] | None = None) -> None:
        nonlocal count
        entry: dict = {"cell_type": kind, "metadata": {}, "source": _source(code)}
        if minor >= 5:
            entry["id"] = "-".join(
                [
                    _token(rng, 8, HEX),
                    _token(rng, 4, HEX),
                    "4" + _token(rng, 3, HEX),
                    _token(rng, 4, HEX),
                    _token(rng, 12, HEX),
                ]
            )
        if kind == "code":
            entry["execution_count"] = count
            entry["outputs"] = []
            for output in outputs or []:
                if output.get("output_type") == "execute_result":
                    output["execution_count"] = count
                entry["outputs"].append(output)
            count += 1
        cells.append(entry)

    def result(text: str) -> dict:
        return {"data": {"text/plain": [text]}, "metadata": {}, "output_type": "execute_result"}

    def stream(lines: list[str], name: str = "stdout") -> dict:
        return {"name": name, "output_type": "stream", "text": lines}

    if rng.random() < 0.5:
        cell("markdown", rng.choice([f"## {place}政府网站新闻采集", "# 招商新闻抓取", "### 1. 请求详情页"]))
    day = story.published or _later(story, rng, 0, 30).date()
    url = f"http://{host}/art/{day.year}/{day.month}/{day.day}/art_{rng.randrange(1000, 9999)}_{rng.randrange(10**6)}"
    url += ".html"
    https = rng.random() < 0.35
    if https:
        url = url.replace("http://", "https://")
    agent = (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        f"Chrome/{rng.randrange(90, 122)}.0.0.0 Safari/537.36"
    )
    request = "\n".join(
        [
            "import requests",
            "from lxml import etree",
            "",
            f"url = '{url}'",
            f"headers = {{'User-Agent': '{agent}'}}",
            f"resp = requests.get(url, headers=headers, timeout=10{', verify=False' if https else ''})",
            "resp.encoding = resp.apparent_encoding",
            "tree = etree.HTML(resp.text)",
            "resp.status_code",
        ]
    )
    outputs = [result("200")]
    if https:
        python = rng.choice(["D:\\Anaconda3\\lib", "C:\\ProgramData\\Anaconda3\\lib", "/opt/conda/lib/python3.9"])
        sep = "/" if python.startswith("/") else "\\"
        warning = [
            f"{python}{sep}site-packages{sep}urllib3{sep}connectionpool.py:1045: InsecureRequestWarning: Unverified "
            f"HTTPS request is being made to host '{host}'. Adding certificate verification is strongly advised. See: "
            "https://urllib3.readthedocs.io/en/1.26.x/advanced-usage.html#ssl-warnings\n",
            "  warnings.warn(\n",
        ]
        outputs.insert(0, stream(warning, "stderr"))
    cell("code", request, outputs)
    title_path = rng.choice(["//h1/text()", '//div[@class="title"]/text()', '//td[@class="title"]/text()'])
    shown = token(_json_parts([("[", True), *_repr_parts(story.headline), ("]", True)])) if story.headline else "[]"
    cell("code", f"title = tree.xpath('{title_path}')\ntitle", [result(shown)])
    info_parts: Parts = []
    moment = _moment(story.published, rng)
    if moment:
        info_parts.append((f"发布时间：{moment:%Y-%m-%d %H:%M}", False))
    if story.outlet:
        info_parts += [("　" if info_parts else "", False), (f"来源：{story.outlet}", False)]
    info_parts.append(("　" if info_parts else "", False))
    info_parts.append((rng.choice(["浏览次数：", "点击数：", "字号：大 中 小"]), True))
    info_code = "info = tree.xpath('string(//div[@class=\"info\"])')\nprint(info.strip())"
    cell("code", info_code, [stream([token(_json_parts(info_parts)) + "\n"])])
    lines = [token([(_json_text(line), False)]) + "\n" for line in story.lines]
    loop = "\n".join(
        [
            rng.choice(
                [
                    "paras = tree.xpath('//div[@id=\"zoom\"]//p')",
                    "paras = tree.xpath('//div[@class=\"TRS_Editor\"]//p')",
                ]
            ),
            "for p in paras:",
            "    text = p.xpath('string(.)').strip()",
            "    if text:",
            "        print(text)",
        ]
    )
    cell("code", loop, [stream(lines)])
    if rng.random() < 0.5:
        cell("code", "len(paras)", [result(str(len(story.lines) + rng.randrange(0, 3)))])
    if rng.random() < 0.4:
        cell("code", "", [])
    version = rng.choice(["3.8.8", "3.9.12", "3.10.9", "3.11.5"])
    notebook = {
        "cells": cells,
        "metadata": {
            "kernelspec": {
                "display_name": rng.choice(["Python 3 (ipykernel)", "Python 3", "spider"]),
                "language": "python",
                "name": "python3",
            },
            "language_info": {
                "codemirror_mode": {"name": "ipython", "version": 3},
                "file_extension": ".py",
                "mimetype": "text/x-python",
                "name": "python",
                "nbconvert_exporter": "python",
                "pygments_lexer": "ipython3",
                "version": version,
            },
        },
        "nbformat": 4,
        "nbformat_minor": minor,
    }
    printed = json.dumps(notebook, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    text, furniture = _joined(token.filled(printed))
    name = rng.choice(["招商新闻采集", "spider", "Untitled", "政府网站爬虫"])
    return Wrapped(text, _listed(furniture), f"file:///C:/Users/{_token(rng, 5)}/Desktop/{name}.ipynb", kind="text")


def _r_quoted(text: str) -> str:
    """A string as R prints it, in double quotes with its backslashes, quotes and control characters escaped."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def _r_vector(items: list[tuple[str, bool]], console: int) -> Parts:
    """A character vector as R's print shows it: each element quoted and padded to the widest, as many a line as the
    console's width holds (at least one), each line led by its first element's index right-aligned."""
    quoted = [_r_quoted(text) for text, _ in items]
    widest = max(_text_width(text) for text in quoted)
    label_width = len(f"[{len(items)}]")
    per_line = max(1, (console - label_width) // (widest + 1))
    parts: Parts = []
    for index, (_, listed) in enumerate(items):
        if index % per_line == 0:
            parts.append((("\n" if index else "") + f"[{index + 1}]".rjust(label_width), True))
        parts += [(' "', True), (quoted[index][1:-1], listed)]
        parts.append(('"' + " " * (widest - _text_width(quoted[index])), True))
    parts.append(("\n", True))
    return parts


@text_form("rvest_console_character_vector_print")
def rvest_console_character_vector_print(story: Story) -> Wrapped:
    """A page read into R and its pieces printed at the console (rvest in RStudio-like, copied: UTF-8 with LF on a
    Mac, or saved by Notepad with CRLF, maybe with a BOM): the prompts and commands, maybe the tidyverse's banner, the
    title as R prints a one-element vector (or NA), the info line's text (the day and outlet among the page's own
    words, or NA), the count of paragraphs, then the paragraphs as R prints a character vector (each quoted, padded to
    the widest, behind its index) or as writeLines prints them."""
    rng = _rng(story, "rvest_console_character_vector_print")
    host = _host(rng)
    console = rng.choice([80, 96, 120, 150])
    modern = rng.random() < 0.6  # rvest 1.0's html_element and html_text2, or the older html_node and html_text
    pipe = "|>" if modern and rng.random() < 0.4 else "%>%"
    element, elements = ("html_element", "html_elements") if modern else ("html_node", "html_nodes")
    texts = "html_text2()" if modern else "html_text(trim = TRUE)"
    day = story.published or _later(story, rng, 0, 30).date()
    url = f"http://{host}/art/{day.year}/{day.month}/{day.day}/art_{rng.randrange(1000, 9999)}_{rng.randrange(10**6)}"
    url += ".html"
    parts: Parts = [("> library(rvest)\n", True)]
    if pipe == "%>%" and rng.random() < 0.4:
        banner = [
            "> library(tidyverse)",
            "── Attaching core tidyverse packages ──────────────────────── tidyverse 2.0.0 ──",
            "✔ dplyr     1.1.2     ✔ readr     2.1.4",
            "✔ forcats   1.0.0     ✔ stringr   1.5.0",
            "✔ ggplot2   3.4.2     ✔ tibble    3.2.1",
            "✔ lubridate 1.9.2     ✔ tidyr     1.3.0",
            "✔ purrr     1.0.1     ",
            "── Conflicts ────────────────────────────────────────── tidyverse_conflicts() ──",
            "✖ dplyr::filter()         masks stats::filter()",
            "✖ readr::guess_encoding() masks rvest::guess_encoding()",
            "✖ dplyr::lag()            masks stats::lag()",
            "ℹ Use the conflicted package (<http://conflicted.r-lib.org/>) to force all conflicts to become errors",
        ]
        parts.append(("\n".join(banner) + "\n", True))
    selector = rng.choice(["h1", ".title", "div.xl_tit"])
    parts.append(
        (
            f'> url <- "{url}"\n> page <- read_html(url)\n'
            f'> title <- page {pipe} {element}("{selector}") {pipe} {texts}\n> title\n',
            True,
        )
    )
    if story.headline:
        parts += [('[1] "', True), (_r_quoted(story.headline)[1:-1], False), ('"\n', True)]
    else:
        parts.append(("[1] NA\n", True))
    parts.append((f'> info <- page {pipe} {element}(".info") {pipe} {texts}\n> info\n', True))
    moment = _moment(story.published, rng)
    info: Parts = []
    if moment:
        info.append((f"发布时间：{moment:%Y-%m-%d %H:%M:%S}", False))
    if story.outlet:
        info += [(" " if info else "", False), (f"来源：{story.outlet}", False)]
    if info:
        counter = rng.choice(["浏览次数：", "点击：", "【字体：大 中 小】"])
        parts += [('[1] "', True), *info, (" ", False), (counter + '"\n', True)]
    else:
        parts.append(("[1] NA\n", True))
    body = rng.choice(["#zoom p", ".TRS_Editor p", "div.content p"])
    parts.append(
        (
            f'> paras <- page {pipe} {elements}("{body}") {pipe} {texts}\n'
            '> paras <- paras[paras != ""]\n'
            f"> length(paras)\n[1] {len(story.lines)}\n",
            True,
        )
    )
    if rng.random() < 0.7:
        parts.append(("> paras\n", True))
        parts += _r_vector([(line, False) for line in story.lines], console)
    else:
        parts.append(("> writeLines(paras)\n", True))
        for line in story.lines:
            parts += [(line, False), ("\n", False)]
    parts.append(("> ", True))
    text, furniture = _joined(parts)
    windows = rng.random() < 0.6
    if windows:
        return Wrapped(
            _crlf(text),
            _listed(furniture),
            f"file:///D:/R/{rng.choice(['rvest', 'crawl', 'zhaoshang'])}/console.txt",
            encoding=rng.choice(["utf-8", "utf-8-sig"]),
            kind="text",
        )
    return Wrapped(text, _listed(furniture), f"file:///Users/{_token(rng, 5)}/R/console.txt", kind="text")


# ---------------------------------------------------------------- a site's export, an official account's API


def _rfc822(moment: dt.datetime) -> str:
    return moment.strftime("%a, %d %b %Y %H:%M:%S +0000")


def _wp_slug(title: str) -> str:
    """A post's name as WordPress makes it from a title: lower-cased, ASCII marks dropped, spaces as dashes, the rest
    percent-encoded, cut at 200 characters between two escapes."""
    kept = "".join(char for char in title.strip().lower() if char.isalnum() or not char.isascii() or char in " _-")
    slug = quote(re.sub(r"\s+", "-", kept), safe="-").lower()
    while len(slug) > 200:
        slug = slug[: slug.rfind("%")]
    return slug


@text_form("wordpress_wxr_export_block_comments")
def wordpress_wxr_export_block_comments(story: Story) -> Wrapped:
    """A 招商 liaison office's or chamber's WordPress site exported (WXR-like, UTF-8): the declaration, the export's
    comments and generator, the channel (the site's title, link, description, the export's day in GMT, language, the
    base addresses, the authors, the categories, the generator), then each item: title (in CDATA on newer versions,
    empty where the post has none), link, pubDate in GMT, creator, guid, the content in CDATA (paragraphs as the block
    editor's wp:paragraph blocks, or as the classic editor's lines apart by blank lines with &nbsp;, maybe an image
    first, maybe the source), the excerpt, the post's ids, days local and GMT, maybe modified, statuses, its name (the
    title percent-encoded, or the id), type, category and meta; the story's post among others and an attachment."""
    rng = _rng(story, "wordpress_wxr_export_block_comments")
    place = rng.choice(PLACES)
    short = place[:2]
    site = rng.choice([f"{place}驻深圳招商联络处", f"{short}商会", f"{short}投资促进网", f"{short}招商网"])
    domain = f"https://www.{_token(rng, 4)}zs.example-t22.cn"
    version = rng.choice(["5.8.3", "6.1.1", "6.4.2", "6.5.3"])
    newer = version >= "6"
    blocks = rng.random() < 0.6
    exported = _since(story, rng, 20, 900, dt.date(2021, 7, 1))
    login = rng.choice(["admin", "zsb", "editor", "wpadmin"])
    permalink = rng.randrange(3)  # /archives/ID; /Y/m/d/name/; ?p=ID
    category, nicename = rng.choice([("招商动态", "zsdt"), ("新闻中心", "news"), ("政策资讯", "zczx")])
    next_id = rng.randrange(200, 3000)

    def cdata(value: str) -> str:
        return f"<![CDATA[{value}]]>"

    def post_link(post_id: int, moment: dt.datetime, name: str) -> str:
        if permalink == 0:
            return f"{domain}/archives/{post_id}"
        if permalink == 1:
            return f"{domain}/{moment:%Y/%m/%d}/{name}/"
        return f"{domain}/?p={post_id}"

    def image(moment: dt.datetime) -> str:
        return f"{domain}/wp-content/uploads/{moment:%Y/%m}/微信图片_{moment:%Y%m%d%H%M%S}.jpg"

    def content(lines: Iterable[str], listed: bool, moment: dt.datetime, outlet: str | None) -> Parts:
        parts: Parts = []
        pictured = rng.random() < 0.4
        if blocks:
            if pictured:
                picture = rng.randrange(100, 3000)
                parts.append(
                    (
                        f'<!-- wp:image {{"id":{picture},"sizeSlug":"large","linkDestination":"none"}} -->\n'
                        f'<figure class="wp-block-image size-large"><img src="{image(moment)}" alt="" '
                        f'class="wp-image-{picture}"/></figure>\n<!-- /wp:image -->\n\n',
                        True,
                    )
                )
            for index, line in enumerate(lines):
                parts.append((("\n\n" if index else "") + "<!-- wp:paragraph -->\n<p>", True))
                parts += _marked(line, listed, HTML_ENTITIES)
                parts.append(("</p>\n<!-- /wp:paragraph -->", True))
            if outlet:
                parts += [("\n\n<!-- wp:paragraph -->\n<p>", True), (f"来源：{outlet}", False)]
                parts.append(("</p>\n<!-- /wp:paragraph -->", True))
            return parts
        if pictured:
            parts.append(
                (
                    '<p style="text-align: center;"><img class="aligncenter size-full '
                    f'wp-image-{rng.randrange(100, 3000)}" src="{image(moment)}" alt="" width="1080" '
                    f'height="{rng.choice([608, 720, 810])}" /></p>\n',
                    True,
                )
            )
        for index, line in enumerate(lines):
            if index:
                parts.append(("\n\n", True))
            parts += _marked(line, listed, HTML_ENTITIES)
        if outlet:
            parts += [("\n\n", True), (f"（来源：{outlet}）", False)]
        return parts

    def item(title: str | None, moment: dt.datetime, own_day: bool, lines: Iterable[str], listed: bool) -> Parts:
        nonlocal next_id
        post_id = next_id
        next_id += rng.randrange(2, 40)
        name = _wp_slug(title) if title else str(post_id)
        gmt = moment - dt.timedelta(hours=8)
        modified = moment + dt.timedelta(minutes=rng.randrange(1, 600))
        day_listed = listed or own_day
        parts: Parts = [("\t<item>\n\t\t<title>", True)]
        if newer:
            parts += [("<![CDATA[", True), (title or "", listed), ("]]>", True)]
        elif title:
            parts += _marked(title, listed, {"&": "&#038;", "<": "&lt;", ">": "&gt;"})
        parts.append(
            (
                f"</title>\n\t\t<link>{post_link(post_id, moment, name)}</link>\n\t\t<pubDate>",
                True,
            )
        )
        parts += [
            (_rfc822(gmt), day_listed),
            (
                f"</pubDate>\n\t\t<dc:creator>{cdata(login)}</dc:creator>\n"
                f'\t\t<guid isPermaLink="false">{domain}/?p={post_id}</guid>\n'
                "\t\t<description></description>\n\t\t<content:encoded><![CDATA[",
                True,
            ),
        ]
        parts += content(lines, listed, moment, story.outlet if not listed else None)
        parts += [
            (
                f"]]></content:encoded>\n\t\t<excerpt:encoded>{cdata('')}</excerpt:encoded>\n"
                f"\t\t<wp:post_id>{post_id}</wp:post_id>\n\t\t<wp:post_date><![CDATA[",
                True,
            ),
            (f"{moment:%Y-%m-%d %H:%M:%S}", day_listed),
            ("]]></wp:post_date>\n\t\t<wp:post_date_gmt><![CDATA[", True),
            (f"{gmt:%Y-%m-%d %H:%M:%S}", day_listed),
            ("]]></wp:post_date_gmt>\n", True),
        ]
        tail = []
        if newer:
            tail += [
                f"\t\t<wp:post_modified>{cdata(f'{modified:%Y-%m-%d %H:%M:%S}')}</wp:post_modified>",
                f"\t\t<wp:post_modified_gmt>{cdata(f'{modified - dt.timedelta(hours=8):%Y-%m-%d %H:%M:%S}')}"
                "</wp:post_modified_gmt>",
            ]
        tail += [
            f"\t\t<wp:comment_status>{cdata('closed')}</wp:comment_status>",
            f"\t\t<wp:ping_status>{cdata('closed')}</wp:ping_status>",
            f"\t\t<wp:post_name>{cdata(name)}</wp:post_name>",
            f"\t\t<wp:status>{cdata('publish')}</wp:status>",
            "\t\t<wp:post_parent>0</wp:post_parent>",
            "\t\t<wp:menu_order>0</wp:menu_order>",
            f"\t\t<wp:post_type>{cdata('post')}</wp:post_type>",
            f"\t\t<wp:post_password>{cdata('')}</wp:post_password>",
            "\t\t<wp:is_sticky>0</wp:is_sticky>",
            f'\t\t\t\t\t\t\t\t\t\t<category domain="category" nicename="{nicename}">{cdata(category)}</category>',
            "\t\t\t\t\t\t<wp:postmeta>",
            f"\t\t<wp:meta_key>{cdata('_edit_last')}</wp:meta_key>",
            f"\t\t<wp:meta_value>{cdata('1')}</wp:meta_value>",
            "\t\t</wp:postmeta>",
            "\t\t\t\t\t\t\t<wp:postmeta>",
            f"\t\t<wp:meta_key>{cdata('views')}</wp:meta_key>",
            f"\t\t<wp:meta_value>{cdata(str(rng.randrange(20, 5000)))}</wp:meta_value>",
            "\t\t</wp:postmeta>",
            "\t\t\t\t\t\t\t</item>\n",
        ]
        parts.append(("\n".join(tail), True))
        return parts

    def attachment(moment: dt.datetime) -> str:
        post_id = next_id + rng.randrange(1, 9)
        stamp = f"{moment:%Y%m%d%H%M%S}"
        gmt = moment - dt.timedelta(hours=8)
        return "\n".join(
            [
                "\t<item>",
                f"\t\t<title>{cdata('微信图片_' + stamp) if newer else '微信图片_' + stamp}</title>",
                f"\t\t<link>{domain}/archives/{post_id}</link>",
                f"\t\t<pubDate>{_rfc822(gmt)}</pubDate>",
                f"\t\t<dc:creator>{cdata(login)}</dc:creator>",
                f'\t\t<guid isPermaLink="false">{image(moment)}</guid>',
                "\t\t<description></description>",
                f"\t\t<content:encoded>{cdata('')}</content:encoded>",
                f"\t\t<excerpt:encoded>{cdata('')}</excerpt:encoded>",
                f"\t\t<wp:post_id>{post_id}</wp:post_id>",
                f"\t\t<wp:post_date>{cdata(f'{moment:%Y-%m-%d %H:%M:%S}')}</wp:post_date>",
                f"\t\t<wp:post_date_gmt>{cdata(f'{gmt:%Y-%m-%d %H:%M:%S}')}</wp:post_date_gmt>",
                f"\t\t<wp:comment_status>{cdata('open')}</wp:comment_status>",
                f"\t\t<wp:ping_status>{cdata('closed')}</wp:ping_status>",
                f"\t\t<wp:post_name>{cdata(_wp_slug('微信图片_' + stamp))}</wp:post_name>",
                f"\t\t<wp:status>{cdata('inherit')}</wp:status>",
                "\t\t<wp:post_parent>0</wp:post_parent>",
                "\t\t<wp:menu_order>0</wp:menu_order>",
                f"\t\t<wp:post_type>{cdata('attachment')}</wp:post_type>",
                f"\t\t<wp:post_password>{cdata('')}</wp:post_password>",
                "\t\t<wp:is_sticky>0</wp:is_sticky>",
                f"\t\t<wp:attachment_url>{cdata(image(moment))}</wp:attachment_url>",
                "\t\t\t\t\t\t\t</item>\n",
            ]
        )

    moment = _moment(story.published, rng)
    own_day = moment is None
    if moment is None:  # the story shows no day: the post's are the site's own
        moment = _later(story, rng, 1, 300)
    language = "zh-Hans" if newer else "zh-CN"
    head = f"""<?xml version="1.0" encoding="UTF-8" ?>
<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->
<!-- It contains information about your site's posts, pages, comments, categories, and other content. -->
<!-- You may use this file to transfer that content from one site to another. -->
<!-- This file is not intended to serve as a complete backup of your site. -->

<!-- To import this information into a WordPress site follow these steps: -->
<!-- 1. Log in to that site as an administrator. -->
<!-- 2. Go to Tools: Import in the WordPress admin panel. -->
<!-- 3. Install the "WordPress" importer from the list. -->
<!-- 4. Activate & Run Importer. -->
<!-- 5. Upload this file using the form provided on that page. -->
<!-- 6. You will first be asked to map the authors in this export file to users -->
<!--    on the site. For each author, you may choose to map to an -->
<!--    existing user on the site or to create a new user. -->
<!-- 7. WordPress will then import each of the posts, pages, comments, categories, etc. -->
<!--    contained in this file into your site. -->

<!-- generator="WordPress/{version}" created="{exported - dt.timedelta(hours=8):%Y-%m-%d %H:%M}" -->
<rss version="2.0"
\txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:wfw="http://wellformedweb.org/CommentAPI/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:wp="http://wordpress.org/export/1.2/"
>

<channel>
\t<title>{site}</title>
\t<link>{domain}</link>
\t<description>{rng.choice(["服务企业 共谋发展", "投资兴业 首选之地", ""])}</description>
\t<pubDate>{_rfc822(exported - dt.timedelta(hours=8))}</pubDate>
\t<language>{language}</language>
\t<wp:wxr_version>1.2</wp:wxr_version>
\t<wp:base_site_url>{domain}</wp:base_site_url>
\t<wp:base_blog_url>{domain}</wp:base_blog_url>

\t\t<wp:author><wp:author_id>1</wp:author_id><wp:author_login>{cdata(login)}</wp:author_login><wp:author_email>\
{cdata(f"{login}@{domain.split('//www.')[1]}")}</wp:author_email><wp:author_display_name>{cdata(login)}\
</wp:author_display_name><wp:author_first_name>{cdata("")}</wp:author_first_name><wp:author_last_name>{cdata("")}\
</wp:author_last_name></wp:author>

\t\t<wp:category>
\t\t<wp:term_id>{rng.randrange(2, 30)}</wp:term_id>
\t\t<wp:category_nicename>{cdata(nicename)}</wp:category_nicename>
\t\t<wp:category_parent>{cdata("")}</wp:category_parent>
\t\t<wp:cat_name>{cdata(category)}</wp:cat_name>
\t</wp:category>
\t\t\t\t
\t<generator>https://wordpress.org/?v={version}</generator>

"""
    parts: Parts = [(head, True)]
    others, at = _others(story, rng, 2)
    for index in range(len(others) + 1):
        if index == at:
            if rng.random() < 0.4:
                parts.append((attachment(moment), True))
            parts += item(story.headline, moment, own_day, story.lines, False)
            continue
        title, lines = others[index - (index > at)]
        parts += item(title, _near(story.published, rng), True, lines, True)
    parts.append(("\t</channel>\n</rss>\n", True))
    text, furniture = _joined(parts)
    name = re.sub(r"[^a-z0-9]", "", domain.split("//www.")[1].split(".")[0]) or "site"
    return Wrapped(
        text,
        _listed(furniture),
        f"file:///C:/Users/{_token(rng, 5)}/Downloads/{name}.WordPress.{exported:%Y-%m-%d}.xml",
        kind="text",
    )


@text_form("gzh_api_freepublish_news_item_json")
def gzh_api_freepublish_news_item_json(story: Story) -> Wrapped:
    """A county's official account's published articles fetched from the platform's API (WeChat freepublish-like,
    UTF-8): the answer as the API gives it (one line, its slashes escaped) or as a script saved it (indented by four):
    item, each with article_id, content with its news_item list (title: the headline, or the editors' own where it
    has none; author; digest: the first 54 characters of the text, or the editors' own; content: the editor's HTML,
    styled <section>s and <p>s with <span>s, images, blank lines, the source, the credits; the source address, cover
    id, flags, url, is_deleted), create_time and update_time in epoch seconds; total_count and item_count; the story
    the first or second article of a push, among others."""
    rng = _rng(story, "gzh_api_freepublish_news_item_json")
    place = rng.choice(PLACES)
    short = place[:2]
    raw = rng.random() < 0.55
    token = _Tokens()
    biz = base64.b64encode(str(rng.randrange(3000000000, 3999999999)).encode()).decode()

    def escaped(text: str) -> str:
        written = _json_text(text)
        return written.replace("/", "\\/") if raw else written

    def html(parts: Parts) -> Parts:
        return [(None if piece is None else escaped(piece), listed) for piece, listed in parts]

    style = rng.choice(
        [
            '<p style="text-indent: 2em; margin-bottom: 15px; line-height: 1.75em;"><span style="font-size: 15px; '
            'letter-spacing: 1px; font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;">',
            '<p style="text-align: justify; text-indent: 2em; line-height: 2em;"><span style="font-size: 16px;">',
            '<p style="margin-bottom: 0px; text-indent: 2em;"><span style="letter-spacing: 0.5px;">',
        ]
    )

    def picture() -> str:
        ratio = rng.choice(["0.5625", "0.6666666666666666", "0.75"])
        return (
            f'<p style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="{ratio}" data-s="300,640" '
            f'data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{_token(rng, 40, ALNUM)}/640?wx_fmt=jpeg" data-type="jpeg" '
            'data-w="1080" style="" /></p>'
        )

    def body(lines: Iterable[str], listed: bool, outlet: str | None) -> Parts:
        parts: Parts = [('<section style="margin: 0px 8px;">', True)]
        if rng.random() < 0.6:
            parts.append((picture(), True))
        for index, line in enumerate(lines):
            if index and rng.random() < 0.25:
                parts.append(("<p><br  /></p>", True))
            if index and rng.random() < 0.15:
                parts.append((picture(), True))
            parts.append((style, True))
            parts += _marked(line, listed, HTML_ENTITIES)
            parts.append(("</span></p>", True))
        parts.append(("<p><br  /></p>", True))
        if outlet:
            parts += [
                ('<p style="text-align: left;"><span style="font-size: 14px;color: rgb(136, 136, 136);">', True),
                (f"来源：{outlet}", False),
                ("</span></p>", True),
            ]
        first, second, third = rng.sample(NAMES, 3)
        parts.append(
            (
                '<p style="text-align: left;"><span style="font-size: 14px;color: rgb(136, 136, 136);">'
                f"编辑：{first}｜审核：{second}｜终审：{third}</span></p></section>",
                True,
            )
        )
        return parts

    def news_item(title: str, own_title: bool, lines: tuple[str, ...], listed: bool, outlet: str | None) -> dict:
        auto_digest = rng.random() < 0.6
        digest = lines[0][:54] if auto_digest else rng.choice(["点击查看全文", f"{short}发布", f"聚焦{short}招商引资"])
        return {
            "title": token([(escaped(title), listed or own_title)]),
            "author": rng.choice(["", f"{short}融媒", rng.choice(NAMES)]),
            "digest": token([(escaped(digest), listed or not auto_digest)]),
            "content": token(html(body(lines, listed, outlet))),
            "content_source_url": "",
            "thumb_media_id": _token(rng, 43, ALNUM + "-_"),
            "show_cover_pic": 0,
            "need_open_comment": rng.choice([0, 1]),
            "only_fans_can_comment": 0,
            "url": f"http://mp.weixin.qq.com/s?__biz={biz}&mid={rng.randrange(2247483000, 2247499999)}&idx=1"
            f"&sn={_token(rng, 32, HEX)}&chksm={_token(rng, 56, HEX)}#rd",
            "is_deleted": False,
        }

    own_titles = [f"一起来看→{short}最新招商动态", f"{short}，又有新动作！", f"今日{short}｜要闻速递"]
    if story.headline:
        title, own_title = story.headline, False
    else:
        title, own_title = rng.choice(own_titles), True
    moment = _moment(story.published, rng)
    own_day = moment is None or moment.year < 2013
    if moment is None or own_day:  # the day the account pushed it is its own
        moment = _since(story, rng, 1, 200, dt.date(2021, 7, 1))
    others, at = _others(story, rng, 3)
    push = [news_item(title, own_title, story.lines, False, story.outlet)]
    if others and rng.random() < 0.5:  # a push of two: the story first or second
        second_title, second_lines = others.pop()
        extra = news_item(second_title, True, second_lines, True, None)
        push = [*push, extra] if rng.random() < 0.5 else [extra, *push]
    at = min(at, len(others))
    items = []
    for index in range(len(others) + 1):
        if index == at:
            pushed = _epoch(moment)
            items.append(
                {
                    "article_id": _token(rng, 22, ALNUM + "-_"),
                    "content": {
                        "news_item": push,
                        "create_time": token.bare([(str(pushed), own_day)]),
                        "update_time": pushed + rng.randrange(0, 90),
                    },
                    "update_time": pushed + rng.randrange(0, 90),
                }
            )
            continue
        other_title, other_lines = others[index - (index > at)]
        pushed = _epoch(_near(moment.date(), rng))
        items.append(
            {
                "article_id": _token(rng, 22, ALNUM + "-_"),
                "content": {
                    "news_item": [news_item(other_title, True, other_lines, True, None)],
                    "create_time": pushed,
                    "update_time": pushed,
                },
                "update_time": pushed,
            }
        )
    answer = {"item": items, "total_count": rng.randrange(300, 4000), "item_count": len(items)}
    if raw:
        printed = json.dumps(answer, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
        address = f"https://api.weixin.qq.com/cgi-bin/freepublish/batchget?access_token={_token(rng, 40, ALNUM)}"
    else:
        printed = json.dumps(answer, ensure_ascii=False, indent=4)
        address = f"file:///D:/gzh_backup/freepublish_{_later(story, rng, 1, 400):%Y%m%d}.json"
    text, furniture = _joined(token.filled(printed))
    return Wrapped(text, _listed(furniture), address, kind="text")


# ---------------------------------------------------------------- an app's screens dumped, an office export


def _node_attrs(index: int, text: Parts, kind: str, package: str, desc: str, flags: str, bounds: str) -> Parts:
    """A WebView's node as the UI dump writes it, its text (escaped) in its place."""
    return [
        (f'<node index="{index}" text="', True),
        *text,
        (
            f'" resource-id="" class="{kind}" package="{package}" content-desc="{desc}" {flags} bounds="{bounds}" />',
            True,
        ),
    ]


@text_form("uiautomator_dump_webview_node_attrs")
def uiautomator_dump_webview_node_attrs(story: Story) -> Wrapped:
    """A county 融媒体 app's article crawled screen by screen through the phone's UI dump (uiautomator-like, UTF-8):
    for each screen the XML on one line (the declaration, the hierarchy, each node's index, text, resource-id, class,
    package, content-desc, flags and bounds) and the tool's line after it, the crawler having swiped between: the app's
    bar (back, the column's name or 详情, share), the WebView's nodes on the screen (the headline, the day, the
    source and the reads apart, each paragraph whole as one node, images), at the end the editor's credit, 相关推荐
    with other articles and the comment bar; a paragraph on the edge of two screens in both."""
    rng = _rng(story, "uiautomator_dump_webview_node_attrs")
    slug = _token(rng, 4)
    package = rng.choice([f"com.{slug}.rmt", f"cn.{slug}rm.news", f"com.sobey.{slug}"])
    width, height = rng.choice([(1080, 2400), (1080, 2340), (1080, 2160)])
    top_bar, bottom_bar = 88 + 132, height - 150
    view = bottom_bar - top_bar
    margin = 48
    column = rng.choice(["时政", "本地", "要闻", "详情"])
    flags = {
        "plain": 'checkable="false" checked="false" clickable="false" enabled="true" focusable="false" '
        'focused="false" scrollable="false" long-clickable="false" password="false" selected="false"',
        "button": 'checkable="false" checked="false" clickable="true" enabled="true" focusable="true" '
        'focused="false" scrollable="false" long-clickable="false" password="false" selected="false"',
        "scroll": 'checkable="false" checked="false" clickable="false" enabled="true" focusable="true" '
        'focused="true" scrollable="true" long-clickable="false" password="false" selected="false"',
    }

    def attr(text: str, listed: bool) -> Parts:
        return _marked(text, listed, ATTRIBUTE_ENTITIES)

    # The article's nodes in the page: (top, height, text parts, class, content-desc).
    Node = tuple[int, int, Parts, str, str]
    nodes: list[Node] = []
    y = 40

    def add(text: Parts, size: int, line_height: int, kind: str = "android.view.View", desc: str = "") -> None:
        nonlocal y
        chars = sum(len(piece or "") for piece, _ in text)
        per_row = max(1, (width - 2 * margin) // size)
        tall = max(1, math.ceil(chars / per_row)) * line_height
        nodes.append((y, tall, text, kind, desc))
        y += tall + rng.randrange(24, 48)

    if story.headline:
        add(attr(story.headline, False), 60, 84)
    moment = _moment(story.published, rng)
    if moment:
        add(attr(f"{moment:%Y-%m-%d %H:%M}", False), 36, 52)
    if story.outlet:
        add(attr(f"来源：{story.outlet}", False), 36, 52)
    add(attr(rng.choice([f"阅读 {rng.randrange(100, 30000)}", f"浏览量：{rng.randrange(100, 30000)}"]), True), 36, 52)
    for index, line in enumerate(story.lines):
        if (index == 0 and rng.random() < 0.5) or rng.random() < 0.08:
            nodes.append((y, 608, [("", True)], "android.widget.Image", ""))
            y += 608 + 30
        add(attr(line, False), 48, 80)
    add(attr(f"责任编辑：{rng.choice(NAMES)}", True), 36, 52)
    add(attr("相关推荐", True), 44, 60)
    for title in rng.sample(OTHERS, 3):
        add(attr(title, True), 44, 64)
    total = y + 60

    def screen(scroll: int) -> Parts:
        counter = 0
        parts: Parts = [
            (
                "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?><hierarchy rotation=\"0\">"
                f'<node index="0" text="" resource-id="" class="android.widget.FrameLayout" package="{package}" '
                f'content-desc="" {flags["plain"]} bounds="[0,0][{width},{height}]">'
                f'<node index="0" text="" resource-id="{package}:id/title_bar" class="android.widget.RelativeLayout" '
                f'package="{package}" content-desc="" {flags["plain"]} bounds="[0,88][{width},{top_bar}]">'
                f'<node index="0" text="" resource-id="{package}:id/iv_back" class="android.widget.ImageView" '
                f'package="{package}" content-desc="返回" {flags["button"]} bounds="[0,88][132,{top_bar}]" />'
                f'<node index="1" text="{column}" resource-id="{package}:id/tv_title" '
                f'class="android.widget.TextView" package="{package}" content-desc="" {flags["plain"]} '
                f'bounds="[360,110][720,198]" />'
                f'<node index="2" text="" resource-id="{package}:id/iv_share" class="android.widget.ImageView" '
                f'package="{package}" content-desc="分享" {flags["button"]} '
                f'bounds="[{width - 132},88][{width},{top_bar}]" />'
                "</node>"
                f'<node index="1" text="" resource-id="{package}:id/webview" class="android.webkit.WebView" '
                f'package="{package}" content-desc="" {flags["scroll"]} bounds="[0,{top_bar}][{width},{bottom_bar}]">'
                f'<node index="0" text="" resource-id="" class="android.view.View" package="{package}" '
                f'content-desc="" {flags["plain"]} bounds="[0,{top_bar}][{width},{bottom_bar}]">',
                True,
            )
        ]
        for node_top, tall, text, kind, desc in nodes:
            if node_top + tall <= scroll or node_top >= scroll + view:
                continue
            upper = max(top_bar, top_bar + node_top - scroll)
            lower = min(bottom_bar, top_bar + node_top + tall - scroll)
            bounds = f"[{margin},{upper}][{width - margin},{lower}]"
            parts += _node_attrs(counter, text, kind, package, desc, flags["plain"], bounds)
            counter += 1
        parts.append(
            (
                "</node></node>"
                f'<node index="2" text="" resource-id="{package}:id/ll_bottom" class="android.widget.LinearLayout" '
                f'package="{package}" content-desc="" {flags["plain"]} bounds="[0,{bottom_bar}][{width},{height}]">'
                f'<node index="0" text="写评论..." resource-id="{package}:id/tv_comment" '
                f'class="android.widget.TextView" package="{package}" content-desc="" {flags["button"]} '
                f'bounds="[36,{bottom_bar + 30}][600,{height - 30}]" />'
                f'<node index="1" text="{rng.randrange(0, 80)}" resource-id="{package}:id/tv_like" '
                f'class="android.widget.TextView" package="{package}" content-desc="点赞" {flags["button"]} '
                f'bounds="[660,{bottom_bar + 30}][800,{height - 30}]" />'
                f'<node index="2" text="" resource-id="{package}:id/iv_collect" class="android.widget.ImageView" '
                f'package="{package}" content-desc="收藏" {flags["button"]} '
                f'bounds="[840,{bottom_bar + 30}][960,{height - 30}]" />'
                "</node></node></hierarchy>",
                True,
            )
        )
        return parts

    tty = rng.random() < 0.6  # adb exec-out uiautomator dump /dev/tty, its line after each XML
    parts: Parts = []
    scroll, number = 0, 1
    while True:
        if not tty:
            parts.append((f"===== 第{number}屏 =====\n", True))
        parts += screen(scroll)
        parts.append(("UI hierchary dumped to: /dev/tty\n" if tty else "\n", True))
        if scroll + view >= total:
            break
        scroll += rng.randrange(int(view * 0.6), int(view * 0.85))
        number += 1
    text, furniture = _joined(parts)
    return Wrapped(
        text,
        _listed(furniture),
        f"file:///D:/app_spider/{package.replace('.', '_')}/dump_{rng.randrange(10**4, 10**5)}.txt",
        kind="text",
    )


@text_form("spreadsheetml_xls_export_cell_data")
def spreadsheetml_xls_export_cell_data(story: Story) -> Wrapped:
    """A county's web-content or information-reporting system's list exported as .xls that is XML Spreadsheet 2003
    (SpreadsheetML-like): as the system writes it from its template (UTF-8 or declared GBK: GB18030, LF: the styles,
    the worksheet, one <Row> a record, every <Cell>'s <Data> a String, the body's newlines kept or its HTML escaped),
    or as Excel saved it again (UTF-8, CRLF: the document's properties, workbook, styles, the table's counts and
    columns, a day as DateTime, empty cells left out with the next one's ss:Index, newlines as &#10;, the worksheet's
    options); the header row, then the story's row among others'."""
    rng = _rng(story, "spreadsheetml_xls_export_cell_data")
    place = rng.choice(PLACES)
    host = _host(rng)
    excel = rng.random() < 0.45
    html_body = not excel and rng.random() < 0.4
    gbk = not excel and rng.random() < 0.35
    heads = rng.choice(
        [
            ["序号", "标题", "栏目", "发布时间", "来源", "作者", "正文", "浏览量", "链接"],
            ["序号", "信息标题", "所属栏目", "发布日期", "信息来源", "正文内容", "点击数"],
        ]
    )
    columns = rng.choice(["政务要闻", "部门动态", "招商引资", "乡镇动态"])
    exported = _later(story, rng, 1, 500)
    indent = "\u3000\u3000" if rng.random() < 0.5 else ""
    text_entities = dict(XML_ENTITIES)

    def body(lines: Iterable[str], listed: bool) -> Parts:
        parts: Parts = []
        for index, line in enumerate(lines):
            if html_body:
                parts.append(("&lt;p style=&quot;text-indent:2em;&quot;&gt;", True))
                parts += _marked(
                    line, listed, {"&": "&amp;amp;", "<": "&amp;lt;", ">": "&amp;gt;", "\xa0": "&amp;nbsp;"}
                )
                parts.append(("&lt;/p&gt;", True))
                continue
            if index:
                parts.append(("&#10;" if excel else "\n", False))
            parts += _marked(indent + line, listed, text_entities)
        return parts

    def record(number: int, title: str | None, moment: dt.datetime | None, source: str | None, lines, own: bool):
        """A row's cells: (parts or None for an empty cell, the type Excel gives it)."""
        url = f"http://{host}/art/{rng.randrange(10**6, 10**7)}.html"
        values: dict[str, tuple[Parts | None, str]] = {
            "序号": ([(str(number), True)], "Number"),
            "标题": (_marked(title, own, text_entities) if title else None, "String"),
            "栏目": ([(columns, True)], "String"),
            "发布时间": (None, "DateTime"),
            "来源": (_marked(source, own, text_entities) if source else None, "String"),
            "作者": ([(rng.choice(NAMES), True)], "String"),
            "正文": (body(lines, own), "String"),
            "浏览量": ([(str(rng.randrange(10, 9000)), True)], "Number"),
            "链接": ([(url, True)], "String"),
        }
        if moment:
            shown = f"{moment:%Y-%m-%dT%H:%M:%S}.000" if excel else f"{moment:%Y-%m-%d %H:%M:%S}"
            values["发布时间"] = ([(shown, own)], "DateTime")
        for alias, name in [("信息标题", "标题"), ("所属栏目", "栏目"), ("发布日期", "发布时间"), ("信息来源", "来源")]:
            values[alias] = values[name]
        values["正文内容"], values["点击数"] = values["正文"], values["浏览量"]
        return [values[head] for head in heads]

    others, at = _others(story, rng, 3)
    rows: list[list[tuple[Parts | None, str]]] = []
    for index in range(len(others) + 1):
        if index == at:
            moment = _moment(story.published, rng)
            rows.append(record(index + 1, story.headline, moment, story.outlet, story.lines, False))
            continue
        title, lines = others[index - (index > at)]
        rows.append(record(index + 1, title, _near(story.published, rng), f"{place}融媒体中心", lines, True))
    parts: Parts = []
    if excel:
        author = rng.choice(["Administrator", "lenovo", "微软用户", "xxb"])
        saved = exported + dt.timedelta(minutes=rng.randrange(5, 300))
        widths = "".join(f'   <Column ss:Width="{width}"/>\n' for width in rng.sample([33.75, 54, 120, 240, 90], 4))
        parts.append(
            (
                '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
                '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"\n'
                ' xmlns:o="urn:schemas-microsoft-com:office:office"\n'
                ' xmlns:x="urn:schemas-microsoft-com:office:excel"\n'
                ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"\n'
                ' xmlns:html="http://www.w3.org/TR/REC-html40">\n'
                ' <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">\n'
                f"  <Author>{author}</Author>\n  <LastAuthor>{author}</LastAuthor>\n"
                f"  <Created>{exported - dt.timedelta(hours=8):%Y-%m-%dT%H:%M:%SZ}</Created>\n"
                f"  <LastSaved>{saved - dt.timedelta(hours=8):%Y-%m-%dT%H:%M:%SZ}</LastSaved>\n"
                "  <Version>16.00</Version>\n </DocumentProperties>\n"
                ' <OfficeDocumentSettings xmlns="urn:schemas-microsoft-com:office:office">\n  <AllowPNG/>\n'
                " </OfficeDocumentSettings>\n"
                ' <ExcelWorkbook xmlns="urn:schemas-microsoft-com:office:excel">\n'
                "  <WindowHeight>12435</WindowHeight>\n  <WindowWidth>28800</WindowWidth>\n"
                "  <WindowTopX>32767</WindowTopX>\n  <WindowTopY>32767</WindowTopY>\n"
                "  <ProtectStructure>False</ProtectStructure>\n  <ProtectWindows>False</ProtectWindows>\n"
                " </ExcelWorkbook>\n <Styles>\n"
                '  <Style ss:ID="Default" ss:Name="Normal">\n   <Alignment ss:Vertical="Center"/>\n   <Borders/>\n'
                '   <Font ss:FontName="等线" x:CharSet="134" ss:Size="11" ss:Color="#000000"/>\n'
                "   <Interior/>\n   <NumberFormat/>\n   <Protection/>\n  </Style>\n"
                '  <Style ss:ID="s62">\n   <Alignment ss:Vertical="Center" ss:WrapText="1"/>\n  </Style>\n'
                '  <Style ss:ID="s63">\n   <NumberFormat ss:Format="yyyy/m/d\\ h:mm;@"/>\n  </Style>\n'
                " </Styles>\n"
                f' <Worksheet ss:Name="{rng.choice(["Sheet1", "信息列表", "导出数据"])}">\n'
                f'  <Table ss:ExpandedColumnCount="{len(heads)}" ss:ExpandedRowCount="{len(rows) + 1}" '
                'x:FullColumns="1"\n   x:FullRows="1" ss:DefaultColumnWidth="54" ss:DefaultRowHeight="14.25">\n'
                f"{widths}   <Row>\n"
                + "".join(f'    <Cell><Data ss:Type="String">{head}</Data></Cell>\n' for head in heads)
                + "   </Row>\n",
                True,
            )
        )
        for row in rows:
            parts.append(('   <Row ss:AutoFitHeight="0">\n', True))
            skipped = False
            for number, (cell, kind) in enumerate(row, 1):
                if cell is None:
                    skipped = True
                    continue
                index = f' ss:Index="{number}"' if skipped else ""
                skipped = False
                style = ' ss:StyleID="s63"' if kind == "DateTime" else ' ss:StyleID="s62"' if number == 2 else ""
                parts.append((f'    <Cell{index}{style}><Data ss:Type="{kind}">', True))
                parts += cell
                parts.append(("</Data></Cell>\n", True))
            parts.append(("   </Row>\n", True))
        parts.append(
            (
                "  </Table>\n"
                '  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">\n'
                '   <PageSetup>\n    <Header x:Margin="0.3"/>\n    <Footer x:Margin="0.3"/>\n'
                '    <PageMargins x:Bottom="0.75" x:Left="0.7" x:Right="0.7" x:Top="0.75"/>\n   </PageSetup>\n'
                "   <Unsynced/>\n   <Selected/>\n   <Panes>\n    <Pane>\n     <Number>3</Number>\n"
                f"     <ActiveRow>{rng.randrange(1, len(rows) + 1)}</ActiveRow>\n"
                f"     <ActiveCol>{rng.randrange(0, len(heads))}</ActiveCol>\n    </Pane>\n   </Panes>\n"
                "   <ProtectObjects>False</ProtectObjects>\n   <ProtectScenarios>False</ProtectScenarios>\n"
                "  </WorksheetOptions>\n </Worksheet>\n</Workbook>\n",
                True,
            )
        )
    else:
        declared = "GBK" if gbk else "UTF-8"
        parts.append(
            (
                f'<?xml version="1.0" encoding="{declared}"?>\n<?mso-application progid="Excel.Sheet"?>\n'
                '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
                'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" '
                'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">\n'
                "<Styles>\n"
                '<Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Center"/>'
                '<Font ss:FontName="宋体" x:CharSet="134" ss:Size="12"/></Style>\n'
                '<Style ss:ID="header"><Font ss:FontName="宋体" x:CharSet="134" ss:Size="12" ss:Bold="1"/></Style>\n'
                "</Styles>\n"
                f'<Worksheet ss:Name="{rng.choice(["信息列表", "文章列表", "sheet1"])}">\n<Table>\n<Row>\n'
                + "".join(f'<Cell ss:StyleID="header"><Data ss:Type="String">{head}</Data></Cell>\n' for head in heads)
                + "</Row>\n",
                True,
            )
        )
        for row in rows:
            parts.append(("<Row>\n", True))
            for cell, _ in row:
                parts.append(('<Cell><Data ss:Type="String">', True))
                parts += cell or []
                parts.append(("</Data></Cell>\n", True))
            parts.append(("</Row>\n", True))
        parts.append(("</Table>\n</Worksheet>\n</Workbook>", True))
    text, furniture = _joined(parts)
    name = f"{rng.choice(['xinxi_list', 'wzqz_export', 'article'])}_{exported:%Y%m%d%H%M%S}.xls"
    if excel:
        return Wrapped(
            _crlf(text), _listed(furniture), f"file:///C:/Users/{_token(rng, 5)}/Downloads/{name}", kind="text"
        )
    return Wrapped(
        text,
        _listed(furniture),
        f"file:///C:/Users/{_token(rng, 5)}/Downloads/{name}",
        encoding="gb18030" if gbk else "utf-8",
        kind="text",
    )


# ---------------------------------------------------------------- a JavaScript crawler's console, a reader's export

# The escapes Node's util.inspect prints in a string: control characters, the backslash and the quote it uses.
JS_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f", "\v": "\\x0B", "\\": "\\\\"}


def _js_quoted(text: str, listed: bool) -> Parts:
    """A string as Node's util.inspect prints it: in single quotes, or double quotes where it holds a single one and
    no double one, or backticks where it holds both; its escapes apart (listed)."""
    quote_mark = "'"
    if "'" in text:
        quote_mark = '"' if '"' not in text else "`" if "`" not in text and "${" not in text else "'"
    escapes = dict(JS_ESCAPES)
    if quote_mark == "'":
        escapes["'"] = "\\'"
    parts: Parts = [(quote_mark, True)]
    run = ""
    for char in text:
        escape = escapes.get(char)
        if escape is None and (ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F):
            escape = f"\\x{ord(char):02X}"
        if escape is None:
            run += char
            continue
        if run:
            parts.append((run, listed))
            run = ""
        parts.append((escape, True))
    if run:
        parts.append((run, listed))
    parts.append((quote_mark, True))
    return parts


def _js_value(value: str, listed: bool, level: int) -> Parts:
    """A string property's value as util.inspect prints it at an indentation `level`: a long one cut after each of its
    newlines into quoted pieces joined by + on lines of their own."""
    if len(value) > 16 and len(value) > 80 - level - 4:
        pieces = [piece for piece in re.split(r"(?<=\n)", value) if piece]
    else:
        pieces = [value]
    parts: Parts = []
    for index, piece in enumerate(pieces):
        if index:
            parts.append((" +\n" + " " * (level + 2), True))
        parts += _js_quoted(piece, listed)
    return parts


def _js_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z_$][\w$]*", key, re.ASCII) else f"'{key}'"


@text_form("node_console_inspect_string_plus_lines")
def node_console_inspect_string_plus_lines(story: Story) -> Wrapped:
    """A JavaScript crawler's run at a terminal (Node with axios and cheerio, or puppeteer, UTF-8): the prompt and the
    command, maybe the runtime's deprecation warning, the crawler's own lines, then each article's object as
    console.log prints it (util.inspect: the keys bare or quoted, the title or '' or undefined, the day as a Date in
    UTC's ISO form or Invalid Date, or as its string, the source, the content as one string cut after each newline
    into quoted pieces joined by +, or as an array of paragraphs), other articles' the same, the closing count and
    the prompt again."""
    rng = _rng(story, "node_console_inspect_string_plus_lines")
    place = rng.choice(PLACES)
    host = _host(rng)
    windows = rng.random() < 0.5
    folder = rng.choice(["gov-news", "zs-crawler", "spider", "news-spider"])
    script = rng.choice(["index.js", "crawl.js", "app.js", "main.mjs"])
    if windows:
        prompt = f"PS D:\\code\\{folder}> "
    else:
        prompt = f"{_token(rng, 5)}@{rng.choice(['MacBook-Pro', 'ubuntu', 'dev'])}:~/{folder}$ "
    keys = rng.choice([["url", "title", "date", "source", "content"], ["link", "title", "pubDate", "from", "text"]])
    as_date = rng.random() < 0.5  # new Date(text): printed in UTC's ISO form
    as_array = rng.random() < 0.3
    indent = rng.choice(["\u3000\u3000", "", ""])
    column = rng.choice(["col/col1229", "zwgk/zwdt", "xwzx/zsyz"])

    def article(url: str, title: str | None, moment: dt.datetime | None, source: str | None, lines, own: bool):
        values: list[tuple[str, Parts]] = [(keys[0], _js_quoted(url, True))]
        if title:
            values.append((keys[1], _js_value(title, own, 2)))
        else:
            values.append((keys[1], [(rng.choice(["''", "undefined"]), True)]))
        if as_date:
            if moment:
                utc = moment - dt.timedelta(hours=8)
                shown: Parts = [(f"{utc:%Y-%m-%dT%H:%M:%S}.000Z", own)]
            else:
                shown = [("Invalid Date", True)]
        elif moment:
            shown = _js_quoted(f"{moment:%Y-%m-%d %H:%M:%S}", own)
        else:
            shown = [("''", True)]
        values.append((keys[2], shown))
        values.append((keys[3], _js_value(source, own, 2) if source else [("''", True)]))
        content = "\n".join(indent + line for line in lines)
        if as_array or len(content) > 10000:
            items: Parts = [("[\n    ", True)]
            for index, line in enumerate(lines):
                if index:
                    items.append((",\n    ", True))
                items += _js_quoted(indent + line, own)
            items.append(("\n  ]", True))
            values.append((keys[4], items))
        else:
            values.append((keys[4], _js_value(content, own, 2)))
        parts: Parts = [("{\n", True)]
        for index, (key, value) in enumerate(values):
            parts.append((("," if index else "") + ("\n" if index else "") + f"  {_js_key(key)}: ", True))
            parts += value
        parts.append(("\n}\n", True))
        return parts

    def url_of(day: dt.date) -> str:
        return f"http://{host}/{column}/{day:%Y%m}/t{day:%Y%m%d}_{rng.randrange(10**6, 10**7)}.html"

    parts: Parts = [(f"{prompt}node {script}\n", True)]
    if rng.random() < 0.5:
        parts.append(
            (
                f"(node:{rng.randrange(1000, 40000)}) [DEP0040] DeprecationWarning: The `punycode` module is "
                "deprecated. Please use a userland alternative instead.\n(Use `node --trace-deprecation ...` to show "
                "where the warning was created)\n",
                True,
            )
        )
    others, at = _others(story, rng, 2)
    listing = f"http://{host}/{column}/index.html"
    parts.append((rng.choice([f"开始抓取：{listing}", f"列表页：{listing}"]) + "\n", True))
    parts.append((f"共找到 {rng.randrange(15, 40)} 条\n", True))
    for index in range(len(others) + 1):
        if index == at:
            day = story.published or _later(story, rng, 0, 30).date()
            url = url_of(day)
            parts.append((f"正在抓取第 {index + 1} 条：{url}\n", True))
            parts += article(url, story.headline, _moment(story.published, rng), story.outlet, story.lines, False)
            continue
        title, lines = others[index - (index > at)]
        near = _near(story.published, rng)
        url = url_of(near.date())
        parts.append((f"正在抓取第 {index + 1} 条：{url}\n", True))
        parts += article(url, title, near, f"{place}人民政府", lines, True)
    parts.append((f"抓取完成，共 {len(others) + 1} 条，用时 {rng.uniform(2, 40):.3f}s\n{prompt}", True))
    text, furniture = _joined(parts)
    if windows:
        return Wrapped(_crlf(text), _listed(furniture), f"file:///D:/code/{folder}/log.txt", kind="text")
    return Wrapped(text, _listed(furniture), f"file:///home/{_token(rng, 5)}/{folder}/out.log", kind="text")


@text_form("freshrss_starred_greader_json_items")
def freshrss_starred_greader_json_items(story: Story) -> Wrapped:
    """A self-hosted feed reader's favourites exported (FreshRSS-like, UTF-8, Google Reader's JSON, indented by four,
    slashes and Chinese unescaped): the list's id, title (收藏文章列表) and author, then the items apart by ",\\n":
    the older export's guid, timestampUsec, categories, title, author, published and updated, alternate, content and
    origin (stream, the feed's name, site and the feed's address on an RSS bridge), or the newer one's
    tag:google.com id, crawlTimeMsec, timestampUsec, published, title, canonical, alternate, categories, origin,
    content, guid and author: the content as the feed gave it (<p>s, maybe an image, &nbsp;), the title empty where
    the story has none; the story's item among other favourites."""
    rng = _rng(story, "freshrss_starred_greader_json_items")
    place = rng.choice(PLACES)
    host = _host(rng)
    user = rng.choice(["admin", "reader", _token(rng, 5)])
    newer = rng.random() < 0.5
    token = _Tokens()
    bridge = rng.choice(["https://rsshub.app", f"https://rss.{_token(rng, 5)}.example-t22.com"])
    feed_id = rng.randrange(3, 90)
    feed_name = rng.choice([f"{place}人民政府 - 政务要闻", f"{place}人民政府-部门动态", f"{place[:2]}招商"])
    label = rng.choice(["政务", "招商", "待整理", "县域"])

    def content(lines: Iterable[str], listed: bool) -> Parts:
        parts: Parts = []
        if rng.random() < 0.3:
            parts.append((f'<p><img src="http://{host}/picture/0/{_token(rng, 24, HEX)}.jpg"></p>', True))
        for line in lines:
            parts.append(("<p>", True))
            parts += _marked(line, listed, HTML_ENTITIES)
            parts.append(("</p>", True))
        return [(None if piece is None else _json_text(piece), flag) for piece, flag in parts]

    def entry(title: str, moment: dt.datetime, own_day: bool, author: str | None, lines, listed: bool) -> dict:
        link = f"http://{host}/art/{moment.year}/{moment.month}/{moment.day}/art_{rng.randrange(10**6, 10**7)}.html"
        added = moment + dt.timedelta(minutes=rng.randrange(5, 60 * 24 * 3))
        usec = f"{_epoch(added)}{rng.randrange(10**6):06d}"
        published = token.bare([(str(_epoch(moment)), listed or own_day)])
        origin = {
            "streamId": f"feed/{feed_id}" if newer else feed_id,
            "htmlUrl": f"http://{host}/",
            "title": feed_name,
            "feedUrl": f"{bridge}/gov/{_token(rng, 6)}/{rng.choice(['zwyw', 'bmdt'])}",
        }
        if not newer:
            origin = {key: origin[key] for key in ["streamId", "title", "htmlUrl", "feedUrl"]}
        title_token = token([(_json_text(title), listed)]) if title else ""
        author_token = token([(_json_text(author), listed)]) if author else None
        if newer:
            item: dict = {
                "id": f"tag:google.com,2005:reader/item/{int(usec):016x}",
                "crawlTimeMsec": usec[:-3],
                "timestampUsec": usec,
                "published": published,
                "title": title_token,
                "canonical": [{"href": link}],
                "alternate": [{"href": link, "type": "text/html"}],
                "categories": [
                    "user/-/state/com.google/reading-list",
                    "user/-/state/com.google/read",
                    "user/-/state/com.google/starred",
                    f"user/-/label/{label}",
                ],
                "origin": origin,
                "content": {"content": token(content(lines, listed))},
                "guid": link,
            }
            if author_token:
                item["author"] = author_token
            return item
        return {
            "id": link,
            "timestampUsec": usec,
            "categories": ["user/-/state/com.google/starred", f"user/-/label/{label}"],
            "title": title_token,
            "author": author_token or "",
            "published": published,
            "updated": published,
            "alternate": [{"href": link, "type": "text/html"}],
            "content": {"content": token(content(lines, listed))},
            "origin": origin,
        }

    others, at = _others(story, rng, 3)
    items = []
    for index in range(len(others) + 1):
        if index == at:
            moment = _moment(story.published, rng)
            own_day = moment is None
            if moment is None:
                moment = _later(story, rng, 0, 30)
            items.append(entry(story.headline or "", moment, own_day, story.outlet, story.lines, False))
            continue
        title, lines = others[index - (index > at)]
        items.append(entry(title, _near(story.published, rng), True, f"{place}人民政府", lines, True))
    head = json.dumps(
        {"id": f"user/{user}/state/org.freshrss/starred", "title": "收藏文章列表", "author": user, "items": []},
        ensure_ascii=False,
        indent=4,
    ).rstrip(" ]}\n\r\t")
    printed = head + "\n" + ",\n".join(json.dumps(item, ensure_ascii=False, indent=4) for item in items) + "\n]}\n"
    text, furniture = _joined(token.filled(printed))
    exported = _since(story, rng, 10, 600, dt.date(2020, 1, 1))
    return Wrapped(
        text,
        _listed(furniture),
        f"file:///home/{user}/Downloads/freshrss_{user}_{exported:%Y-%m-%d}_export/starred.json",
        kind="text",
    )


DEV_T22, LOCKED_T22 = split_by_digest(TEXT_FORMS22, "text round 22/", locked=6)
