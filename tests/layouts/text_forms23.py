"""Twelve text capture forms written blind (text round 23): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of browser's network export, site's script
answer, office file's inner XML, clipboard's raw format, crawler's YAML dump, phone app's debug log, Go, PHP or Java
crawler's console, web archive file, document-partitioning tool's output or cloud speech service's result gives, none
of them drawn in text rounds 1 to 22, weighed toward what generalises across the captures met in the wild: a county
site's article API caught in the browser's developer tools and saved as HAR; an article's JSONP answer saved from the
browser; a 信息公开 attachment's Word file unzipped and its document.xml opened; a selection on a county portal copied
and the clipboard's HTML Format dumped; a crawler's items dumped as YAML; a county 融媒体 app's network log read from
the phone; a Go crawler's run; a PHP crawler's array printed; a Java crawler's console pipeline; a county site's page
archived by wget as WARC; a speech's PDF partitioned into elements for a knowledge base; a leader's speech recording
transcribed by a cloud recording-file service; and toward stories that show no headline (each form then shows what it
would show without one: an empty string, null, None, an empty field, no title element, the site's name alone, or
nothing):

- a county site's article API caught in the browser's developer tools and saved as HAR (Chrome-like, UTF-8, JSON
  indented by two): log's version, creator and pages, then the entries: each with its initiator, priority, resource
  type, connection, pageref, request (method, url, httpVersion, headers, queryString, cookies, sizes), response
  (status, headers, content's size, mimeType and text, the sizes, the transfer size), serverIPAddress,
  startedDateTime in UTC and timings; the list API's answer with other titles, the detail API's answer with the
  story (a Java backend's compact JSON as one string, escaped a second time: the title, source, publishTime and the
  content's styled <p>s), maybe a hits API's answer;
- an article's JSONP answer saved from the browser (a PHP CMS's API-like, UTF-8, one line): the callback's name
  (jQuery's generated one, a site's own, or /**/ before it) and the JSON as PHP's json_encode writes it with the
  Unicode left unescaped, its slashes escaped: status, message, the article's id, catid, title (or ''), inputtime in
  epoch seconds or the day, copyfrom (maybe with its |0), the content as HTML with <\\/p>s, or as the textarea's
  lines apart by \\r\\n with wide-space indents, the hits; maybe a semicolon;
- a 信息公开 attachment's Word file unzipped and its word/document.xml opened as text (Word's or WPS's
  WordprocessingML, UTF-8, the declaration then one line): the namespaces, the body's paragraphs (the headline
  centred in 方正小标宋, the day in brackets under it in 楷体, the text in 仿宋 with the first line indented, maybe
  the 落款 and day right-aligned at the end), each paragraph's properties then its runs: cut where Word changed the
  run (the revision's id, a digit's font, a proof mark), each run's properties and its <w:t>, entities apart; empty
  paragraphs; the section's page size and margins;
- a selection on a county portal copied in Chrome or Edge and the clipboard's HTML Format dumped as text (CF_HTML,
  UTF-8, CRLF in the header): Version, StartHTML, EndHTML, StartFragment and EndFragment as byte offsets, SourceURL,
  then <html>, <body>, the fragment between its comments: the crumb maybe, the headline, the info line (the day,
  the source, the reads), the paragraphs, maybe the page's tools, each element with the computed styles Chrome
  inlines;
- a crawler's items dumped as YAML (PyYAML's safe_dump with Unicode allowed, UTF-8): a list of mappings, keys sorted
  or as set, the content a block list of paragraphs (quoted where YAML would misread them, folded at spaces past the
  width), the title as a plain scalar ('' or null without one), the day as a quoted string or null, the source, the
  address and the crawl's time; the story's item among others;
- a county 融媒体 app's network log read from the phone (OkHttp's logging interceptor in logcat, UTF-8): Android
  Studio's Logcat copied (the day, time, pid-tid, tag, package and level) or adb logcat -v threadtime redirected;
  the app's own lines, --> GET and its headers, <-- 200 with the time taken and the answer's headers, the answer's
  JSON (the title, source, publishTime in epoch milliseconds or as a string, the content's <p>s) logged in chunks of
  4,000 characters (or the app's own logger's 3,000), each chunk a line of its own, then <-- END HTTP with the
  bytes;
- a Go crawler's run at a terminal (Colly-like, UTF-8; CRLF where PowerShell's window was saved): the prompt and
  go run, the log package's lines (the day and time, visiting each address), each article as fmt prints a struct:
  %+v (fields' names and bare values, the time as time.Time prints, the paragraphs in [ ] apart by spaces) or %#v
  (the struct's type, quoted strings with Go's escapes: \\u3000 and \\", []string{...}, time.Date(...)); the closing
  count;
- a PHP crawler's array printed at the console (QueryList-like, UTF-8): print_r's Array ( [key] => value ) with its
  nesting and blank lines, or var_dump's array(n) { ["key"]=> string(bytes) "value" }; each article's title (or
  empty), the info line as the page holds it (the day, the source and the reads), the content as text() gives it
  (the page's indents and newlines kept) or as html(); the story's among others';
- a Java crawler's console pipeline (WebMagic-like): the IDE's console copied (UTF-8) or java -jar's output
  redirected on Windows (GB18030, CRLF): the logger's lines (Spider started, closed with the pages downloaded), each
  page's get page: line, then each field's name, a tab and its value: a String, a List as Java prints it ([a, b]), or
  null; the list pages' fields, other articles';
- a county site's page archived by wget as an uncompressed WARC file (UTF-8, CRLF in the records' headers): the
  warcinfo record (wget's software, format, conformsTo, robots, its arguments), the request record, the response
  record (its digests, IP address, lengths; the HTTP status and headers, the page's HTML with TRS-like meta tags,
  title, navigation, crumb, the headline, the info line, the paragraphs, the tools and the footer), the metadata
  record with wget's log;
- a speech's PDF partitioned into elements for a knowledge base (unstructured-like, UTF-8, JSON indented by two, or
  one line from the API): each element's type (Title, NarrativeText, UncategorizedText, ListItem), element_id, text
  and metadata (filetype, languages, page_number, filename, parent_id, maybe coordinates' points and system); the
  headline a Title, the day UncategorizedText, a paragraph on the turn of a page two elements, the page's number
  an element;
- a leader's speech recording transcribed by a cloud recording-file service (Aliyun filetrans-like): the Python
  demo's console copied (the task's submission, the polls' dicts with RUNNING or QUEUEING, the last dict with
  SUCCESS printed as Python prints it) or the answer saved as JSON (UTF-8, indented by four, or compact): TaskId,
  RequestId, StatusText, BizDuration, SolveTime, StatusCode and Result's Sentences, each with EndTime,
  SilenceDuration, BeginTime, Text (a sentence of the speech), ChannelId, SpeechRate and EmotionValue; maybe the
  host's words first and last.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels, or with markup: a JSON field's key, an XML element, a mapping's key, a struct's field, a meta tag) are
the capture's metadata and are not listed, nor are lines that hold the headline, the date or the outlet among other
words (an info line, a page's title). A counter, a key and its value, an escape, an entity, a tag, a run's
properties, a log line's prefix or a sentence's times beside them, or inside a paragraph, is listed apart. A run of
the capture's own text between two pieces of the story (a run's end and the next one's start, a chunk's end and the
next log line's prefix, an element's or sentence's keys) is listed as one string: squashed, it is one run of the
text. A run that squashes to digits alone or to one letter (epoch seconds, a string's byte count, an index) is not
listed: squashed, it is what a story's own text holds too.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 23/" + name are `LOCKED_T23`, the other six `DEV_T23`. Round 23 is sealed: not scored when
written; whoever next changes the text path scores it once, both halves, at the end of their work, and fixes nothing
from its misses.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import random
import re
import uuid
from collections.abc import Callable, Iterable

import yaml

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import (
    _crlf,
    _joined,
    _later,
    _listed,
    _moment,
    _near,
    _squashed,
    _token,
    _unpadded,
)

TEXT_FORMS23: dict[str, Layout] = {}
NAMES = ["卢建新", "毛丽君", "祁国华", "蔡晓波", "卞玉兰", "严志强", "舒海燕", "池文斌"]
# Other items a capture holds (other articles, pages, records): none is about the story.
OTHER_ITEMS = [
    (
        "县水利局开展汛后水毁工程排查",
        (
            "县水利局组织技术人员对全县水库、堤防和灌区渠系开展汛后水毁工程排查。",
            "排查发现的问题已建立台账，限期完成修复。",
        ),
    ),
    (
        "县市场监管局开展秋季校园食品安全检查",
        (
            "县市场监管局对全县中小学校食堂及周边食品经营户开展秋季食品安全检查。",
            "检查共出动执法人员六十余人次，责令整改问题十二处。",
        ),
    ),
    (
        "县文旅局举办非遗展演进景区活动",
        (
            "县文旅局在县城湿地公园举办非遗展演进景区活动，十余个非遗项目集中亮相。",
            "活动吸引游客和市民三千余人次。",
        ),
    ),
    (
        "县民政局开展困难群众冬季走访慰问",
        (
            "县民政局联合各乡镇开展困难群众冬季走访慰问，送去棉被、大米和食用油等物资。",
            "此次共走访慰问困难群众四百余户。",
        ),
    ),
    (
        "县交通运输局推进农村公路提质改造",
        (
            "县交通运输局今年实施农村公路提质改造项目二十三个，总里程一百一十公里。",
            "目前已完工项目十六个，其余项目将于年底前完工。",
        ),
    ),
    (
        "县气象局发布今冬明春气候趋势预测",
        (
            "县气象局发布今冬明春气候趋势预测，预计今冬气温略偏高，降水接近常年。",
            "提醒各地做好低温雨雪冰冻天气防范准备。",
        ),
    ),
]
OTHERS = [title for title, _ in OTHER_ITEMS]
HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
# A value a printed record holds in the place of a token: ⟦N⟧ stands for the Nth value given.
TOKEN = re.compile(r"⟦(\d+)⟧")
# The escapes Python's repr prints for a space or a mark it will not show as it is.
ESCAPE = re.compile(r"(\\x[0-9a-f]{2}|\\u[0-9a-f]{4}|\\U[0-9a-f]{8})")
XML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}

Parts = list[tuple[str | None, bool]]


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS23)


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


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment - dt.timedelta(hours=8)


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


def _others(rng: random.Random, most: int) -> tuple[list[tuple[str, tuple[str, ...]]], int]:
    """Some other items and where the story stands among them."""
    others = rng.sample(OTHER_ITEMS, rng.randrange(0, most + 1))
    return others, rng.randrange(len(others) + 1)


def _host(rng: random.Random, tail: str = "gov.cn") -> str:
    return f"www.{_token(rng, 4)}.example-t23.{tail}"


def _page_address(host: str, day: dt.date | None, doc: int, column: str) -> str:
    if day is None:
        return f"http://{host}/{column}/{doc}.html"
    return f"http://{host}/{column}/{day:%Y%m}/t{day:%Y%m%d}_{doc}.html"


def _sentences(line: str) -> list[str]:
    """A paragraph's sentences, each with the marks after it (a closing quote kept with its sentence)."""
    return [piece for piece in re.findall(r"[^。！？!?]+[。！？!?]*[”’」』）]*", line) if piece]


def _chunked(parts: Parts, size: int, between: Callable[[], str]) -> Parts:
    """Parts cut into chunks of `size` characters, `between()` (listed) set between each chunk and the next: a
    logger's cut of a long message into lines of their own."""
    out: Parts = []
    used = 0
    for piece, listed in parts:
        if piece is None:
            continue
        while piece:
            room = size - used
            if room <= 0:
                out.append((between(), True))
                used = 0
                room = size
            out.append((piece[:room], listed))
            used += len(piece[:room])
            piece = piece[room:]
    return out


# ---------------------------------------------------------------- a browser's HAR, a JSONP answer


def _har_headers(pairs: list[tuple[str, str]]) -> list[dict]:
    return [{"name": name, "value": value} for name, value in pairs]


@text_form("chrome_har_entries_response_content_text")
def chrome_har_entries_response_content_text(story: Story) -> Wrapped:
    """A county site's article API caught in the browser's developer tools and saved as HAR (Chrome-like, UTF-8,
    JSON indented by two): the log's version, creator and pages, then the entries with their requests, responses and
    timings; the list API's answer with other titles, the detail API's answer with the story (a Java backend's
    compact JSON as one string, escaped a second time), maybe the hits API's."""
    rng = _rng(story, "chrome_har_entries_response_content_text")
    host = _host(rng)
    token = _Tokens()
    doc = rng.randrange(10000, 99999)
    channel = rng.randrange(100, 999)
    saved = _since(story, rng, 1, 500, dt.date(2019, 5, 1))
    started = _utc(saved)
    page_url = f"https://{host}/#/detail?id={doc}&channelId={channel}"
    api = rng.choice(["/api/cms/article", "/prod-api/portal/content", "/cms/api/v1/content"])
    twice = _json_text  # a string's escape inside the answer, then the answer's inside the HAR
    ua = (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        f"Chrome/{rng.choice(['109.0.0.0', '118.0.0.0', '120.0.0.0', '126.0.0.0'])} Safari/537.36"
    )

    def own(text: str) -> str:
        return token([(twice(twice(text)), False)])

    def entry(url: str, query: list[tuple[str, str]], answer: str, at: dt.datetime, kind: str) -> dict:
        wait = round(rng.uniform(20, 400), 3)
        size = len(answer.encode("utf-8"))
        return {
            "_initiator": {"type": "script"},
            "_priority": "High",
            "_resourceType": kind,
            "cache": {},
            "connection": str(rng.randrange(10000, 60000)),
            "pageref": "page_1",
            "request": {
                "method": "GET",
                "url": url,
                "httpVersion": "HTTP/1.1",
                "headers": _har_headers(
                    [
                        ("Accept", "application/json, text/plain, */*"),
                        ("Accept-Language", "zh-CN,zh;q=0.9"),
                        ("Connection", "keep-alive"),
                        ("Host", host),
                        ("Referer", f"https://{host}/"),
                        ("User-Agent", ua),
                    ]
                ),
                "queryString": _har_headers(query),
                "cookies": [],
                "headersSize": -1,
                "bodySize": 0,
            },
            "response": {
                "status": 200,
                "statusText": "",
                "httpVersion": "HTTP/1.1",
                "headers": _har_headers(
                    [
                        ("Connection", "keep-alive"),
                        ("Content-Type", "application/json;charset=UTF-8"),
                        ("Date", f"{at:%a, %d %b %Y %H:%M:%S} GMT"),
                        ("Server", rng.choice(["nginx", "nginx/1.20.1", "Apache"])),
                        ("Transfer-Encoding", "chunked"),
                    ]
                ),
                "cookies": [],
                "content": {"size": size, "mimeType": "application/json", "text": answer},
                "redirectURL": "",
                "headersSize": -1,
                "bodySize": -1,
                "_transferSize": size + rng.randrange(180, 320),
                "_error": None,
            },
            "serverIPAddress": f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            "startedDateTime": f"{at:%Y-%m-%dT%H:%M:%S}.{rng.randrange(1000):03d}Z",
            "time": wait + 1.2,
            "timings": {
                "blocked": round(rng.uniform(0.5, 3), 3),
                "dns": -1,
                "ssl": -1,
                "connect": -1,
                "send": 0.085,
                "wait": wait,
                "receive": 1.2,
                "_blocked_queueing": 0.6,
            },
        }

    others, _ = _others(rng, 4)
    listing = {
        "code": 200,
        "msg": "操作成功",
        "total": len(others) + rng.randrange(20, 300),
        "rows": [
            {
                "id": doc - index - 1,
                "title": title,
                "publishTime": f"{_near(story.published, rng):%Y-%m-%d %H:%M:%S}",
            }
            for index, (title, _) in enumerate(others)
        ],
    }
    moment = _moment(story.published, rng)
    content = "".join(
        '<p style="text-indent: 2em; line-height: 2;">' + own(line) + "</p>" for line in story.lines
    ) + rng.choice(["", f'<p style="text-align: right;">（责任编辑：{rng.choice(NAMES)}）</p>'])
    detail = {
        "code": 200,
        "msg": "操作成功",
        "data": {
            "id": doc,
            "channelId": channel,
            "title": own(story.headline) if story.headline else "",
            "subTitle": None,
            "author": "",
            "source": own(story.outlet) if story.outlet else "",
            "publishTime": token([(f"{moment:%Y-%m-%d %H:%M:%S}", False)]) if moment else None,
            "clickCount": rng.randrange(50, 3000),
            "content": content,
        },
    }
    entries = []
    at = started
    if others:
        entries.append(
            entry(
                f"https://{host}{api}/list?channelId={channel}&pageNum=1&pageSize=10",
                [("channelId", str(channel)), ("pageNum", "1"), ("pageSize", "10")],
                json.dumps(listing, ensure_ascii=False, separators=(",", ":")),
                at,
                "xhr",
            )
        )
        at += dt.timedelta(seconds=rng.randrange(2, 20))
    entries.append(
        entry(
            f"https://{host}{api}/detail/{doc}",
            [],
            json.dumps(detail, ensure_ascii=False, separators=(",", ":")),
            at,
            "xhr",
        )
    )
    if rng.random() < 0.5:
        entries.append(
            entry(
                f"https://{host}{api}/hits?id={doc}",
                [("id", str(doc))],
                json.dumps({"code": 200, "msg": "操作成功", "data": None}, separators=(",", ":")),
                at + dt.timedelta(milliseconds=rng.randrange(50, 900)),
                "fetch",
            )
        )
    har = {
        "log": {
            "version": "1.2",
            "creator": {"name": "WebInspector", "version": "537.36"},
            "pages": [
                {
                    "startedDateTime": f"{started:%Y-%m-%dT%H:%M:%S}.{rng.randrange(1000):03d}Z",
                    "id": "page_1",
                    "title": page_url,
                    "pageTimings": {
                        "onContentLoad": round(rng.uniform(300, 1500), 3),
                        "onLoad": round(rng.uniform(1500, 4000), 3),
                    },
                }
            ],
            "entries": entries,
        }
    }
    text, furniture = _joined(token.filled(json.dumps(har, ensure_ascii=False, indent=2)))
    return Wrapped(text, _listed(furniture), f"file:///C:/Users/{_token(rng, 5)}/Downloads/{host}.har", kind="text")


@text_form("jsonp_callback_answer_escaped_slashes")
def jsonp_callback_answer_escaped_slashes(story: Story) -> Wrapped:
    """An article's JSONP answer saved from the browser (a PHP CMS's API-like, UTF-8, one line): the callback's name
    and the JSON as json_encode writes it with the Unicode left as it is and the slashes escaped: status, message, the
    article's fields, the content as HTML or as the textarea's lines apart by \\r\\n, the hits."""
    rng = _rng(story, "jsonp_callback_answer_escaped_slashes")
    host = _host(rng)
    token = _Tokens()

    def php(text: str) -> str:
        return _json_text(text).replace("/", "\\/")

    def own(text: str) -> str:
        return token([(php(text), False)])

    stamp = rng.randrange(1_600_000_000_000, 1_760_000_000_000)
    callback = rng.choice(
        [
            f"jQuery{rng.randrange(10**20, 10**21)}_{stamp}",
            f"jQuery1830{rng.randrange(10**16, 10**17)}_{stamp}",
            "callback",
            "jsonpCallback",
            "showArticle",
        ]
    )
    html = rng.random() < 0.6
    if html:
        indent = rng.choice(["", "\u3000\u3000", "&nbsp;&nbsp;&nbsp;&nbsp;"])
        content = "".join(
            f'<p style="text-indent:2em;">{indent}' + token(_marked(line, False, XML_ENTITIES, php)) + "</p>"
            for line in story.lines
        )
    else:
        content = "\r\n".join("\u3000\u3000" + own(line) for line in story.lines)
    moment = _moment(story.published, rng)
    epoch = rng.random() < 0.5
    if moment is None:
        inputtime = "0" if epoch else ""
    elif epoch:
        inputtime = token([(str(_epoch(moment)), False)])
    else:
        inputtime = token([(f"{moment:%Y-%m-%d %H:%M:%S}", False)])
    copyfrom = own(story.outlet) + rng.choice(["", "|0"]) if story.outlet else rng.choice(["", "本站"])
    answer = {
        "status": 1,
        "msg": rng.choice(["ok", "success", "获取成功"]),
        "data": {
            "id": str(rng.randrange(1000, 99999)),
            "catid": str(rng.randrange(10, 300)),
            "title": own(story.headline) if story.headline else "",
            "thumb": "",
            "inputtime": inputtime,
            "copyfrom": copyfrom,
            "username": rng.choice(["admin", "zsj", "xxzx"]),
            "content": content,
            "hits": str(rng.randrange(10, 5000)),
        },
    }
    printed = json.dumps(answer, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
    wrapped = f"{callback}({printed})" + rng.choice(["", ";"])
    printed = f"/**/{callback}({printed});" if rng.random() < 0.3 else wrapped
    text, furniture = _joined(token.filled(printed))
    return Wrapped(
        text, _listed(furniture), f"http://{host}/index.php?m=content&c=api&a=show&callback={callback}", kind="text"
    )


# ---------------------------------------------------------------- a Word file's XML, the clipboard's HTML Format


def _rsid(rng: random.Random) -> str:
    return "00" + _token(rng, 6, "0123456789ABCDEF")


@text_form("word_document_xml_split_runs")
def word_document_xml_split_runs(story: Story) -> Wrapped:
    """A 信息公开 attachment's Word file unzipped and its word/document.xml opened as text (Word's or WPS's, UTF-8,
    the declaration then one line): each paragraph's properties and runs, cut where the run changed (a revision, a
    digit's font, a proof mark), each run's properties and <w:t>; the headline centred, the day in brackets under
    it, the text indented, maybe the 落款 and day at the end; the section's properties."""
    rng = _rng(story, "word_document_xml_split_runs")
    wps = rng.random() < 0.4
    rsids = [_rsid(rng) for _ in range(4)]
    parts: Parts = [
        ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n', True),
        (
            '<w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:w10="urn:schemas-microsoft-com:office:word" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            + (
                'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" mc:Ignorable="w14 w15 wp14">'
                if wps
                else 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14 w15 wp14">'
            )
            + "<w:body>",
            True,
        ),
    ]

    def props(font: str, size: int, ascii_font: str | None = None) -> str:
        latin = ascii_font or font
        hint = ' w:hint="eastAsia"' if wps else ""
        lang = '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>' if wps else ""
        return (
            f'<w:rPr><w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" w:eastAsia="{font}"{hint}/>'
            f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>{lang}</w:rPr>'
        )

    def paragraph(text: str, font: str, size: int, align: str | None, first_line: bool) -> None:
        attrs = "" if wps else f' w:rsidR="{rng.choice(rsids)}" w:rsidRDefault="{rsids[0]}"'
        ppr = '<w:pPr><w:spacing w:line="580" w:lineRule="exact"/>'
        if align:
            ppr += f'<w:jc w:val="{align}"/>'
        if first_line:
            ppr += '<w:ind w:firstLine="640" w:firstLineChars="200"/>'
        ppr += props(font, size) + "</w:pPr>"
        parts.append((f"<w:p{attrs}>{ppr}", True))
        # Runs: cut between CJK and ASCII digits or letters (the Latin font), and at a revision or a proof mark.
        pieces = [piece for piece in re.split(r"([0-9A-Za-z.%]+)", text) if piece]
        runs: list[tuple[str, bool]] = []
        for piece in pieces:
            latin = bool(re.fullmatch(r"[0-9A-Za-z.%]+", piece))
            while not latin and len(piece) > 12 and rng.random() < 0.3:
                cut = rng.randrange(4, len(piece) - 4)
                runs.append((piece[:cut], False))
                piece = piece[cut:]
            runs.append((piece, latin))
        for index, (run, latin) in enumerate(runs):
            opening = ""
            if index and rng.random() < 0.15:
                opening = '<w:proofErr w:type="gramStart"/>'
            rsid = "" if wps else f' w:rsidRPr="{rng.choice(rsids)}"'
            space = ' xml:space="preserve"' if run != run.strip() else ""
            ascii_font = rng.choice(["Times New Roman", "仿宋_GB2312"]) if latin else None
            parts.append((f"{opening}<w:r{rsid}>{props(font, size, ascii_font)}<w:t{space}>", True))
            parts.extend(_marked(run, False, XML_ENTITIES))
            parts.append(("</w:t></w:r>", True))
        parts.append(("</w:p>", True))

    def empty() -> None:
        parts.append(("<w:p><w:pPr>" + props("仿宋_GB2312", 32) + "</w:pPr></w:p>", True))

    if story.headline:
        paragraph(story.headline, "方正小标宋简体", 44, "center", False)
    dated_top = story.published is not None and rng.random() < 0.6
    if dated_top:
        assert story.published
        paragraph(f"（{_unpadded(story.published)}）", "楷体_GB2312", 32, "center", False)
    if story.headline or dated_top:
        empty()
    for line in story.lines:
        paragraph(line.strip(), "仿宋_GB2312", 32, "both" if rng.random() < 0.5 else None, True)
    if story.outlet or (story.published and not dated_top):
        empty()
        if story.outlet:
            paragraph(story.outlet, "仿宋_GB2312", 32, "right", False)
        if story.published and not dated_top:
            paragraph(_unpadded(story.published), "仿宋_GB2312", 32, "right", False)
    parts.append(
        (
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
            'w:left="1588" w:header="851" w:footer="1474" w:gutter="0"/><w:cols w:space="425"/>'
            '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"/></w:sectPr></w:body></w:document>',
            True,
        )
    )
    text, furniture = _joined(parts)
    folder = rng.choice(["附件1", f"{_token(rng, 8, HEX)}", "讲话稿"])
    return Wrapped(text, _listed(furniture), f"file:///D:/unzip/{folder}/word/document.xml", kind="text")


CHROME_STYLE = (
    "color: rgb(51, 51, 51); font-family: &quot;Microsoft YaHei&quot;, 微软雅黑, Arial; font-style: normal; "
    "font-variant-ligatures: normal; font-variant-caps: normal; letter-spacing: normal; orphans: 2; "
    "text-transform: none; widows: 2; word-spacing: 0px; -webkit-text-stroke-width: 0px; white-space: normal; "
    "text-decoration-thickness: initial; text-decoration-style: initial; text-decoration-color: initial;"
)


@text_form("cf_html_clipboard_header_fragment")
def cf_html_clipboard_header_fragment(story: Story) -> Wrapped:
    """A selection on a county portal copied in Chrome or Edge and the clipboard's HTML Format dumped as text
    (CF_HTML, UTF-8, CRLF in its header): the byte offsets, SourceURL, then the fragment between its comments with
    the computed styles Chrome inlines: maybe the crumb, the headline, the info line, the paragraphs, maybe the
    tools."""
    rng = _rng(story, "cf_html_clipboard_header_fragment")
    host = _host(rng)
    doc = rng.randrange(10**6, 10**7)
    url = _page_address(host, story.published, doc, rng.choice(["zwgk/zsyz", "xwzx/bmdt", "zsyz/zsdt"]))
    size = rng.choice(["16px", "18px"])
    parts: Parts = []
    if rng.random() < 0.4:
        parts.append(
            (
                f'<div class="crumb" style="{CHROME_STYLE} font-size: 14px;">当前位置：<a href="http://{host}/" '
                f'style="color: rgb(51, 51, 51); text-decoration: none;">首页</a>&nbsp;&gt;&nbsp;'
                f'<a href="http://{host}/zsyz/" '
                'style="color: rgb(51, 51, 51); text-decoration: none;">招商引资</a></div>',
                True,
            )
        )
    if story.headline:
        parts.append(
            (
                f'<h1 style="{CHROME_STYLE} font-size: 26px; font-weight: bold; text-align: center; '
                'margin: 20px 0px;">',
                True,
            )
        )
        parts += _marked(story.headline, False, XML_ENTITIES)
        parts.append(("</h1>", True))
    info = story.published is not None or story.outlet is not None
    if info:
        parts.append((f'<div class="info" style="{CHROME_STYLE} font-size: 14px; text-align: center;">', True))
        if story.published:
            moment = _moment(story.published, rng)
            parts.append((f"发布时间：{moment:%Y-%m-%d %H:%M}", False))
            parts.append(("&nbsp;&nbsp;&nbsp;&nbsp;", True))
        if story.outlet:
            parts.append(("来源：", False))
            parts += _marked(story.outlet, False, XML_ENTITIES)
            parts.append(("&nbsp;&nbsp;&nbsp;&nbsp;", True))
        parts.append((f"浏览次数：{rng.randrange(20, 4000)}</div>", True))
    p_style = f'style="{CHROME_STYLE} font-size: {size}; line-height: 2; text-indent: 2em; margin: 0px 0px 10px;"'
    for line in story.lines:
        parts.append((f"<p {p_style}>", True))
        parts += _marked(line, False, XML_ENTITIES)
        parts.append(("</p>", True))
    if rng.random() < 0.35:
        parts.append(
            (
                f'<div class="tools" style="{CHROME_STYLE} font-size: 14px; text-align: right;">【<a '
                'style="color: rgb(51, 51, 51);">打印本页</a>】【<a '
                'style="color: rgb(51, 51, 51);">关闭窗口</a>】</div>',
                True,
            )
        )
    fragment_text = "".join(piece for piece, _ in parts if piece)
    head_form = (
        "Version:0.9\r\nStartHTML:{:010d}\r\nEndHTML:{:010d}\r\nStartFragment:{:010d}\r\nEndFragment:{:010d}\r\n"
    )
    source = f"SourceURL:{url}\r\n"
    opening = "<html>\r\n<body>\r\n<!--StartFragment-->"
    closing = "<!--EndFragment-->\r\n</body>\r\n</html>"
    start_html = len(head_form.format(0, 0, 0, 0).encode()) + len(source.encode())
    start_fragment = start_html + len(opening.encode())
    end_fragment = start_fragment + len(fragment_text.encode("utf-8"))
    end_html = end_fragment + len(closing.encode())
    header = head_form.format(start_html, end_html, start_fragment, end_fragment) + source
    text, furniture = _joined([(header + opening, True), *parts, (closing, True)])
    dumped = rng.choice(["clipboard.txt", "cf_html.txt", f"clip_{_token(rng, 6, HEX)}.txt"])
    return Wrapped(text, _listed(furniture), f"file:///C:/Users/{_token(rng, 5)}/Desktop/{dumped}", kind="text")


# ---------------------------------------------------------------- a crawler's YAML, a phone app's log


@text_form("pyyaml_safe_dump_item_block_lists")
def pyyaml_safe_dump_item_block_lists(story: Story) -> Wrapped:
    """A crawler's items dumped as YAML (PyYAML's safe_dump with Unicode allowed, UTF-8): a list of mappings, keys
    sorted or as set, the content a block list of paragraphs, the title, the day as a string, the source, the address
    and the crawl's time (null or '' where the page had none); the story's item among others."""
    rng = _rng(story, "pyyaml_safe_dump_item_block_lists")
    host = _host(rng)
    ordered = rng.random() < 0.5
    missing = rng.choice([None, ""])
    keys = rng.choice(
        [
            ("url", "title", "pub_date", "source", "content", "crawl_time"),
            ("link", "title", "date", "laiyuan", "paragraphs", "crawled_at"),
        ]
    )

    def item(title: str | None, day: dt.date | None, source: str | None, lines: Iterable[str]) -> dict:
        crawled = _later(story, rng, 1, 600)
        doc = rng.randrange(10**5, 10**6)
        return {
            keys[0]: _page_address(host, day, doc, "zwgk/zsyz"),
            keys[1]: title if title else missing,
            keys[2]: f"{day:%Y-%m-%d}" if day else missing,
            keys[3]: source if source else missing,
            keys[4]: list(lines),
            keys[5]: f"{crawled:%Y-%m-%d %H:%M:%S}",
        }

    def dumped(record: dict) -> str:
        return yaml.safe_dump([record], allow_unicode=True, sort_keys=not ordered, default_flow_style=False)

    own_values = [_squashed(value) for value in (story.headline, story.outlet, *story.lines) if value]
    if story.published:
        own_values.append(_squashed(f"{story.published:%Y-%m-%d}"))

    def own_line(line: str) -> bool:
        rest = re.sub(r"^[\s-]*[a-z_]+:(\s|$)", "", line)
        key = _squashed(rest)
        return bool(key) and any(key in value for value in own_values)

    others, at = _others(rng, 3)
    parts: Parts = []
    for index in range(len(others) + 1):
        if index == at:
            printed = dumped(item(story.headline, story.published, story.outlet, story.lines))
            for line in printed.splitlines(keepends=True):
                parts.append((line, not own_line(line)))
            continue
        title, lines = others[index - (index > at)]
        near = _near(story.published, rng).date()
        parts.append((dumped(item(title, near, f"{rng.choice(PLACES)}融媒体中心", lines)), True))
    text, furniture = _joined(parts)
    spider = rng.choice(["zsyz", "gov_news", "county"])
    return Wrapped(text, _listed(furniture), f"file:///home/{_token(rng, 5)}/spider/output/{spider}.yaml", kind="text")


@text_form("logcat_okhttp_body_split_lines")
def logcat_okhttp_body_split_lines(story: Story) -> Wrapped:
    """A county 融媒体 app's network log read from the phone (OkHttp's logging interceptor in logcat, UTF-8): Android
    Studio's Logcat copied or adb logcat -v threadtime redirected; the app's own lines, the request and its headers,
    the answer's status, time and headers, then its JSON logged in chunks of 4,000 characters (or the app's own
    logger's 3,000), each a line of its own, and the end with the bytes."""
    rng = _rng(story, "logcat_okhttp_body_split_lines")
    token = _Tokens()
    host = f"api.{_token(rng, 5)}.example-t23.cn"
    package = f"com.{_token(rng, 5)}.{rng.choice(['rmt', 'news', 'app', 'media'])}"
    studio = rng.random() < 0.55
    tag = rng.choice(["okhttp.OkHttpClient", "OkHttp"])
    pid, tid = rng.randrange(2000, 32000), rng.randrange(2000, 32000)
    clock = _since(story, rng, 1, 400, dt.date(2020, 6, 1))

    def prefix(level: str = "I", who: str = tag, thread: int = tid) -> str:
        nonlocal clock
        clock += dt.timedelta(milliseconds=rng.randrange(0, 40))
        stamp = f"{clock:%H:%M:%S}.{clock.microsecond // 1000:03d}"
        if studio:
            return f"{clock:%Y-%m-%d} {stamp} {pid:>5}-{thread:<5} {who:<23} {package:<20} {level}  "
        return f"{clock:%m-%d} {stamp} {pid:>5} {thread:>5} {level} {who}: "

    def own(text: str) -> str:
        return token([(_json_text(text), False)])

    doc = rng.randrange(10**5, 10**7)
    url = f"https://{host}/api/v2/news/detail?id={doc}&siteId={rng.randrange(1, 60)}"
    moment = _moment(story.published, rng)
    if moment is None:
        when = None
    elif rng.random() < 0.5:
        when = token([(str(_epoch(moment) * 1000), False)])
    else:
        when = token([(f"{moment:%Y-%m-%d %H:%M:%S}", False)])
    answer = {
        "code": 0,
        "message": rng.choice(["成功", "success", "请求成功"]),
        "data": {
            "articleId": doc,
            "title": own(story.headline) if story.headline else "",
            "source": own(story.outlet) if story.outlet else "",
            "publishTime": when,
            "readCount": rng.randrange(100, 20000),
            "shareUrl": f"https://m.{host[4:]}/h5/news/{doc}.html",
            "content": "".join("<p>" + own(line) + "</p>" for line in story.lines),
        },
    }
    body = token.filled(json.dumps(answer, ensure_ascii=False, separators=(",", ":")))
    size = sum(len(piece.encode("utf-8")) for piece, _ in body if piece)
    lines: Parts = []
    activity = rng.choice(["NewsDetailActivity", "ArticleDetailActivity", "WebDetailActivity"])
    lines.append((prefix("D", activity, pid) + f"onCreate: id={doc}\n", True))
    lines.append((prefix() + f"--> GET {url}\n", True))
    for header in ("Accept-Encoding: gzip", f"User-Agent: okhttp/{rng.choice(['3.12.1', '4.9.3', '4.10.0'])}"):
        lines.append((prefix() + header + "\n", True))
    lines.append((prefix() + "--> END GET\n", True))
    took = rng.randrange(40, 900)
    lines.append((prefix() + f"<-- 200 OK {url} ({took}ms)\n", True))
    for header in ("Server: nginx", "Content-Type: application/json;charset=UTF-8", "Vary: Accept-Encoding"):
        lines.append((prefix() + header + "\n", True))
    lines.append((prefix() + "\n", True))
    chunk = 4000 if tag == "okhttp.OkHttpClient" or rng.random() < 0.5 else 3000
    lines.append((prefix(), True))
    lines += _chunked(body, chunk, lambda: "\n" + prefix())
    lines.append(("\n" + prefix() + f"<-- END HTTP ({size}-byte body)\n", True))
    if rng.random() < 0.5:
        lines.append(
            (prefix("W", "chromium", pid) + "[WARNING:viz_main_impl.cc(85)] VizNullHypothesis is disabled\n", True)
        )
    text, furniture = _joined(lines)
    name = f"logcat_{clock:%Y%m%d}.txt" if not studio else "logcat.txt"
    return Wrapped(text, _listed(furniture), f"file:///D:/debug/{name}", kind="text")


# ---------------------------------------------------------------- crawlers in Go, PHP and Java


def _go_quote(text: str) -> Parts:
    """A string as Go's %#v prints it (strconv.Quote): printable runes as they are, other spaces as \\u escapes
    (listed), quotes and backslashes escaped."""
    parts: Parts = [('"', True)]
    run = ""
    for char in text:
        if char in '"\\':
            run += "\\" + char
        elif char == " " or (char.isprintable() and not char.isspace()):
            run += char
        else:
            if run:
                parts.append((run, False))
                run = ""
            parts.append((f"\\u{ord(char):04x}" if ord(char) > 0xFF else f"\\x{ord(char):02x}", True))
    if run:
        parts.append((run, False))
    parts.append(('"', True))
    return parts


GO_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@text_form("colly_go_printf_plus_v_struct")
def colly_go_printf_plus_v_struct(story: Story) -> Wrapped:
    """A Go crawler's run at a terminal (Colly-like, UTF-8; CRLF where PowerShell's window was saved): the prompt and
    go run, the log's lines, each article as fmt prints a struct (%+v: names and bare values, the paragraphs in [ ]
    apart by spaces; or %#v: the type, Go's quoted strings, []string{...}, time.Date(...)), the closing count."""
    rng = _rng(story, "colly_go_printf_plus_v_struct")
    host = _host(rng)
    windows = rng.random() < 0.45
    sharp = rng.random() < 0.45
    pointer = rng.random() < 0.4
    indent = rng.random() < 0.4
    clock = _since(story, rng, 1, 500, dt.date(2019, 1, 1))

    def log(message: str) -> str:
        nonlocal clock
        clock += dt.timedelta(seconds=rng.randrange(0, 3))
        return f"{clock:%Y/%m/%d %H:%M:%S} {message}\n"

    def article(
        url: str, title: str | None, day: dt.date | None, source: str | None, lines: Iterable[str], listed: bool
    ) -> Parts:
        moment = _moment(day, rng)
        paragraphs = [("\u3000\u3000" + line if indent else line) for line in lines]
        parts: Parts = [("&" if pointer else "", True)]
        if sharp:
            parts.append(("main.Article{Title:", True))
            parts += [(piece, listed or mark) for piece, mark in _go_quote(title or "")]
            parts.append((f', URL:"{url}", PubTime:', True))
            if moment:
                parts.append(
                    (
                        f"time.Date({moment.year}, time.{GO_MONTHS[moment.month - 1]}, {moment.day}, {moment.hour}, "
                        f"{moment.minute}, {moment.second}, 0, time.Local)",
                        listed,
                    )
                )
            else:
                parts.append(("time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC)", True))
            parts.append((", Source:", True))
            parts += [(piece, listed or mark) for piece, mark in _go_quote(source or "")]
            parts.append((", Content:[]string{", True))
            for index, paragraph in enumerate(paragraphs):
                if index:
                    parts.append((", ", True))
                parts += [(piece, listed or mark) for piece, mark in _go_quote(paragraph)]
            parts.append(("}}\n", True))
            return parts
        parts.append(("{Title:", True))
        parts.append((title or "", listed))
        parts.append((f" URL:{url} PubTime:", True))
        parts.append(
            (
                f"{moment:%Y-%m-%d %H:%M:%S} +0800 CST" if moment else "0001-01-01 00:00:00 +0000 UTC",
                listed or not moment,
            )
        )
        parts.append((" Source:", True))
        parts.append((source or "", listed))
        parts.append((" Content:[", True))
        for index, paragraph in enumerate(paragraphs):
            if index:
                parts.append((" ", True))
            if indent:
                parts += [("\u3000\u3000", True), (paragraph[2:], listed)]
            else:
                parts.append((paragraph, listed))
        parts.append(("]}\n", True))
        return parts

    folder = rng.choice(["zsyz-spider", "govnews", "crawler"])
    parts: Parts = []
    if windows:
        parts.append((f"PS D:\\go\\src\\{folder}> go run main.go\n", True))
    else:
        parts.append((f"{_token(rng, 5)}@ubuntu:~/go/{folder}$ go run .\n", True))
    parts.append((log(f"开始抓取 http://{host}/zsyz/zsdt/"), True))
    others, at = _others(rng, 3)
    for index in range(len(others) + 1):
        if index == at:
            url = _page_address(host, story.published, rng.randrange(10**5, 10**6), "zsyz/zsdt")
            parts.append((log(f"Visiting {url}"), True))
            parts += article(url, story.headline, story.published, story.outlet, story.lines, False)
            continue
        title, lines = others[index - (index > at)]
        day = _near(story.published, rng).date()
        url = _page_address(host, day, rng.randrange(10**5, 10**6), "zsyz/zsdt")
        parts.append((log(f"Visiting {url}"), True))
        parts += article(url, title, day, f"{rng.choice(PLACES)}人民政府", lines, True)
    parts.append((log(f"抓取完成，共 {len(others) + 1} 篇"), True))
    if windows:
        parts.append((f"PS D:\\go\\src\\{folder}> ", True))
    text, furniture = _joined(parts)
    if windows:
        return Wrapped(_crlf(text), _listed(furniture), f"file:///D:/go/src/{folder}/out.txt", kind="text")
    return Wrapped(text, _listed(furniture), f"file:///home/{_token(rng, 5)}/go/{folder}/run.log", kind="text")


@text_form("querylist_php_print_r_array")
def querylist_php_print_r_array(story: Story) -> Wrapped:
    """A PHP crawler's array printed at the console (QueryList-like, UTF-8): print_r's Array ( [key] => value ) or
    var_dump's array(n) { ["key"]=> string(bytes) "value" }; each article's title, the info line as the page holds
    it, the content as text() gives it (the page's indents and newlines kept) or as html(); among others'."""
    rng = _rng(story, "querylist_php_print_r_array")
    dump = rng.random() < 0.4
    as_html = rng.random() < 0.4
    gap = rng.choice(["\n\t\t\t\t\t", "\r\n                    ", "\n"])

    def content(lines: Iterable[str], listed: bool) -> Parts:
        parts: Parts = []
        for index, line in enumerate(lines):
            if as_html:
                parts.append(
                    ('<p style="text-indent:2em;">' if index == 0 else '</p>\n<p style="text-indent:2em;">', True)
                )
                parts += _marked(line, listed, XML_ENTITIES)
            else:
                parts.append((gap + "\u3000\u3000" if index else "\u3000\u3000", True))
                parts.append((line, listed))
        parts.append(("</p>" if as_html else gap, True))
        return parts

    def article(title: str | None, day: dt.date | None, source: str | None, lines: Iterable[str], listed: bool):
        moment = _moment(day, rng)
        info: Parts = []
        if moment:
            info.append((f"发布时间：{moment:%Y-%m-%d %H:%M:%S}", listed))
        if source:
            info += [("\u3000\u3000" if info else "", True), (f"来源：{source}", listed)]
        info += [("\u3000\u3000" if info else "", True), (f"浏览次数：{rng.randrange(10, 3000)}", True)]
        return [("title", [(title or "", listed)]), ("info", info), ("content", content(lines, listed))]

    others, at = _others(rng, 2)
    articles = []
    for index in range(len(others) + 1):
        if index == at:
            articles.append(article(story.headline, story.published, story.outlet, story.lines, False))
            continue
        title, lines = others[index - (index > at)]
        articles.append(
            article(title, _near(story.published, rng).date(), f"{rng.choice(PLACES)}融媒体中心", lines, True)
        )
    parts: Parts = [(f"C:\\phpstudy_pro\\WWW\\spider>php {rng.choice(['index.php', 'spider.php', 'ql.php'])}\n", True)]
    if dump:
        parts.append((f"array({len(articles)}) {{\n", True))
        for number, fields in enumerate(articles):
            parts.append((f"  [{number}]=>\n  array({len(fields)}) {{\n", True))
            for key, value in fields:
                size = sum(len(piece.encode("utf-8")) for piece, _ in value if piece)
                parts.append((f'    ["{key}"]=>\n    string({size}) "', True))
                parts += value
                parts.append(('"\n', True))
            parts.append(("  }\n", True))
        parts.append(("}\n", True))
    else:
        parts.append(("Array\n(\n", True))
        for number, fields in enumerate(articles):
            parts.append((f"    [{number}] => Array\n        (\n", True))
            for key, value in fields:
                parts.append((f"            [{key}] => ", True))
                parts += value
                parts.append(("\n", True))
            parts.append(("        )\n\n", True))
        parts.append((")\n", True))
    text, furniture = _joined(parts)
    return Wrapped(text, _listed(furniture), "file:///C:/phpstudy_pro/WWW/spider/out.txt", kind="text")


@text_form("webmagic_console_pipeline_fields")
def webmagic_console_pipeline_fields(story: Story) -> Wrapped:
    """A Java crawler's console pipeline (WebMagic-like): the IDE's console copied (UTF-8) or java -jar's output
    redirected on Windows (GB18030, CRLF): the logger's lines, each page's get page: line, then each field's name, a
    tab and its value (a String, a List as Java prints it, or null); the list pages' fields, other articles'."""
    rng = _rng(story, "webmagic_console_pipeline_fields")
    host = _host(rng)
    redirected = rng.random() < 0.45
    logback = rng.random() < 0.5
    as_list = rng.random() < 0.6
    names = rng.choice([("title", "date", "source", "content"), ("title", "pubTime", "laiyuan", "text")])
    clock = _since(story, rng, 1, 500, dt.date(2018, 1, 1))

    def logged(level: str, message: str) -> str:
        nonlocal clock
        clock += dt.timedelta(milliseconds=rng.randrange(5, 2500))
        if logback:
            millis = f"{clock.microsecond // 1000:03d}"
            return f"{clock:%H:%M:%S}.{millis} [main] {level} us.codecraft.webmagic.Spider - {message}\n"
        return f"{level}  [{clock:%Y-%m-%d %H:%M:%S}] us.codecraft.webmagic.Spider - {message}\n"

    def page(title: str | None, day: dt.date | None, source: str | None, lines: tuple[str, ...], listed: bool) -> Parts:
        doc = rng.randrange(10**5, 10**6)
        parts: Parts = [(f"get page: {_page_address(host, day, doc, 'zwgk/zsyz')}\n{names[0]}:\t", True)]
        parts.append((title, listed) if title else ("null", True))
        parts.append((f"\n{names[1]}:\t", True))
        parts.append((f"{day:%Y-%m-%d}", listed) if day else ("null", True))
        parts.append((f"\n{names[2]}:\t", True))
        parts.append((f"来源：{source}", listed) if source else ("null", True))
        parts.append((f"\n{names[3]}:\t", True))
        if as_list:
            parts.append(("[", True))
            for index, line in enumerate(lines):
                if index:
                    parts.append((", ", True))
                parts.append((line, listed))
            parts.append(("]", True))
        else:
            for index, line in enumerate(lines):
                parts.append(("\u3000\u3000" if index == 0 else "\n\u3000\u3000", True))
                parts.append((line, listed))
        parts.append(("\n", True))
        return parts

    parts: Parts = []
    if not redirected:
        parts.append(
            (
                '"C:\\Program Files\\Java\\jdk1.8.0_201\\bin\\java.exe" -javaagent:C:\\JetBrains\\IntelliJ IDEA '
                "2021.2\\lib\\idea_rt.jar=52314:C:\\JetBrains\\IntelliJ IDEA 2021.2\\bin -Dfile.encoding=UTF-8 "
                "-classpath ... com.example.spider.ZsyzProcessor\n",
                True,
            )
        )
    parts.append((logged("INFO", f"Spider {host} started!"), True))
    list_url = f"http://{host}/zwgk/zsyz/index.html"
    parts.append((f"get page: {list_url}\n", True))
    others, at = _others(rng, 2)
    for index in range(len(others) + 1):
        if index == at:
            parts += page(story.headline, story.published, story.outlet, story.lines, False)
            continue
        title, lines = others[index - (index > at)]
        parts += page(title, _near(story.published, rng).date(), f"{rng.choice(PLACES)}商务局", lines, True)
    parts.append((logged("INFO", f"Spider {host} closed! {len(others) + 2} pages downloaded."), True))
    if not redirected:
        parts.append(("\nProcess finished with exit code 0\n", True))
    text, furniture = _joined(parts)
    if redirected:
        return Wrapped(_crlf(text), _listed(furniture), "file:///D:/spider/out.log", encoding="gb18030", kind="text")
    return Wrapped(text, _listed(furniture), f"file:///C:/Users/{_token(rng, 5)}/Desktop/console.txt", kind="text")


# ---------------------------------------------------------------- a WARC file, a partitioner's, a speech service


def _warc_digest(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def _warc_record(fields: list[tuple[str, str]], block: bytes) -> bytes:
    head = "WARC/1.0\r\n" + "".join(f"{name}: {value}\r\n" for name, value in fields)
    head += f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode() + block + b"\r\n\r\n"


@text_form("wget_warc_response_record_page")
def wget_warc_response_record_page(story: Story) -> Wrapped:
    """A county site's page archived by wget as an uncompressed WARC file (UTF-8, CRLF in the records' headers): the
    warcinfo record, the request, the response (the HTTP status and headers, the page's HTML with its meta tags,
    navigation, crumb, headline, info line, paragraphs, tools and footer), the metadata record with wget's log."""
    rng = _rng(story, "wget_warc_response_record_page")
    host = _host(rng)
    place = rng.choice(PLACES)
    doc = rng.randrange(10**6, 10**7)
    url = _page_address(host, story.published, doc, rng.choice(["zwgk/zsyz", "xwzx/zwdt"]))
    when = _utc(_since(story, rng, 1, 700, dt.date(2019, 1, 1)))
    stamp = f"{when:%Y-%m-%dT%H:%M:%S}Z"
    site = f"{place}人民政府"
    # The page's HTML as parts.
    page: Parts = [('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n', True)]
    if story.headline:
        page += [("<title>", True), (f"{story.headline}_{site}", False), ("</title>\n", True)]
        page += [('<meta name="ArticleTitle" content="', True), (story.headline, False), ('">\n', True)]
    else:
        page.append((f"<title>{site}</title>\n", True))
    page.append((f'<meta name="SiteName" content="{site}">\n<meta name="ColumnName" content="招商引资">\n', True))
    if story.published:
        page += [('<meta name="PubDate" content="', True), (f"{story.published:%Y-%m-%d} 09:00", False), ('">\n', True)]
    if story.outlet:
        page += [('<meta name="ContentSource" content="', True), (story.outlet, False), ('">\n', True)]
    page.append(
        (
            '<link rel="stylesheet" href="/images/common.css">\n</head>\n<body>\n<div class="nav"><ul>'
            '<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zsyz/">招商引资</a></li>'
            '<li><a href="/hdjl/">互动交流</a></li></ul></div>\n'
            '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 招商引资</div>\n'
            '<div class="article">\n',
            True,
        )
    )
    if story.headline:
        page += [('<h1 class="title">', True), *_marked(story.headline, False, XML_ENTITIES), ("</h1>\n", True)]
    page.append(('<div class="info">', True))
    if story.published:
        moment = _moment(story.published, rng)
        page += [(f"发布时间：{moment:%Y-%m-%d %H:%M}", False), ("&nbsp;&nbsp;", True)]
    if story.outlet:
        page += [("来源：", False), *_marked(story.outlet, False, XML_ENTITIES), ("&nbsp;&nbsp;", True)]
    page.append(
        (
            '字号：[<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>]</div>\n',
            True,
        )
    )
    page.append(('<div class="content" id="zoom">\n', True))
    for line in story.lines:
        page += [('<p style="text-indent:2em;">', True), *_marked(line, False, XML_ENTITIES), ("</p>\n", True)]
    page.append(
        (
            '</div>\n<div class="tools"><a href="javascript:window.print()">打印本页</a> '
            '<a href="javascript:window.close()">关闭窗口</a></div>\n</div>\n'
            f'<div class="footer"><p>主办：{site}办公室　承办：{place}大数据中心</p>'
            f"<p>网站标识码：{rng.randrange(10**9, 10**10)}</p></div>\n</body>\n</html>\n",
            True,
        )
    )
    html_text = "".join(piece for piece, _ in page if piece)
    body = html_text.encode("utf-8")
    http_head = (
        "HTTP/1.1 200 OK\r\n"
        f"Date: {when:%a, %d %b %Y %H:%M:%S} GMT\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: keep-alive\r\n"
        f"Last-Modified: {when - dt.timedelta(days=rng.randrange(1, 90)):%a, %d %b %Y %H:%M:%S} GMT\r\n"
        f'ETag: "{_token(rng, 8, HEX)}-{len(body):x}"\r\n'
        "Accept-Ranges: bytes\r\n\r\n"
    )
    warcname = f"{_token(rng, 6)}.warc"
    info_block = (
        "software: Wget/1.21.2 (linux-gnu)\r\n"
        "format: WARC File Format 1.0\r\n"
        "conformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\n"
        "robots: classic\r\n"
        f'wget-arguments: "--warc-file={warcname[:-5]}" "--no-warc-compression" "{url}"\r\n'
    ).encode()
    request_block = (
        f"GET /{url.split('/', 3)[3]} HTTP/1.1\r\nUser-Agent: Wget/1.21.2\r\nAccept: */*\r\n"
        f"Accept-Encoding: identity\r\nHost: {host}\r\nConnection: Keep-Alive\r\n\r\n"
    ).encode()
    ids = [f"<urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}>" for _ in range(4)]
    ip = f"59.{rng.randrange(40, 60)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    before = _warc_record(
        [
            ("WARC-Type", "warcinfo"),
            ("Content-Type", "application/warc-fields"),
            ("WARC-Date", stamp),
            ("WARC-Record-ID", ids[0]),
            ("WARC-Filename", warcname),
            ("WARC-Block-Digest", _warc_digest(info_block)),
        ],
        info_block,
    )
    before += _warc_record(
        [
            ("WARC-Type", "request"),
            ("WARC-Target-URI", url),
            ("Content-Type", "application/http;msgtype=request"),
            ("WARC-Date", stamp),
            ("WARC-Record-ID", ids[1]),
            ("WARC-IP-Address", ip),
            ("WARC-Warcinfo-ID", ids[0]),
            ("WARC-Block-Digest", _warc_digest(request_block)),
        ],
        request_block,
    )
    response_block = http_head.encode() + body
    head = "WARC/1.0\r\n" + "".join(
        f"{name}: {value}\r\n"
        for name, value in [
            ("WARC-Type", "response"),
            ("WARC-Record-ID", ids[2]),
            ("WARC-Warcinfo-ID", ids[0]),
            ("WARC-Concurrent-To", ids[1]),
            ("WARC-Target-URI", url),
            ("WARC-Date", stamp),
            ("WARC-IP-Address", ip),
            ("WARC-Block-Digest", _warc_digest(response_block)),
            ("WARC-Payload-Digest", _warc_digest(body)),
            ("Content-Type", "application/http;msgtype=response"),
            ("Content-Length", str(len(response_block))),
        ]
    )
    log_block = (
        f"Opening WARC file ‘{warcname}’.\n\n"
        f"--{when:%Y-%m-%d %H:%M:%S}--  {url}\n"
        f"Resolving {host} ({host})... {ip}\n"
        f"Connecting to {host} ({host})|{ip}|:80... connected.\n"
        "HTTP request sent, awaiting response... 200 OK\n"
        f"Length: {len(body)} ({len(body) / 1024:.0f}K) [text/html]\n"
        f"Saving to: ‘{url.rsplit('/', 1)[1]}’\n\n"
        f"{when:%Y-%m-%d %H:%M:%S} ({rng.uniform(0.5, 9):.2f} MB/s) - ‘{url.rsplit('/', 1)[1]}’ saved "
        f"[{len(body)}/{len(body)}]\n\n"
    ).encode()
    after = b"\r\n\r\n" + _warc_record(
        [
            ("WARC-Type", "metadata"),
            ("WARC-Record-ID", ids[3]),
            ("WARC-Warcinfo-ID", ids[0]),
            ("WARC-Target-URI", "metadata://gnu.org/software/wget/warc/wget.log"),
            ("WARC-Date", stamp),
            ("WARC-Block-Digest", _warc_digest(log_block)),
            ("Content-Type", "text/plain"),
        ],
        log_block,
    )
    parts: Parts = [(before.decode() + head + "\r\n" + http_head, True), *page, (after.decode(), True)]
    text, furniture = _joined(parts)
    return Wrapped(text, _listed(furniture), f"file:///home/{_token(rng, 5)}/archive/{warcname}", kind="text")


@text_form("unstructured_partition_elements_json")
def unstructured_partition_elements_json(story: Story) -> Wrapped:
    """A speech's PDF partitioned into elements for a knowledge base (unstructured-like, UTF-8, JSON indented by two,
    or one line from the API): each element's type, element_id, text and metadata (filetype, languages, page_number,
    filename, parent_id, maybe coordinates); the headline a Title, the day UncategorizedText, a paragraph on the turn
    of a page two elements, the page's number an element."""
    rng = _rng(story, "unstructured_partition_elements_json")
    token = _Tokens()
    filename = rng.choice(["讲话稿.pdf", f"{_token(rng, 10, HEX)}.pdf", "附件1.pdf", "在招商引资推进会上的讲话.pdf"])
    per_page = rng.randrange(700, 1000)
    located = rng.random() < 0.35
    pretty = rng.random() < 0.6
    elements: list[dict] = []
    page = 1
    used = 0
    title_id: str | None = None
    top = 180.0

    def element(kind: str, text: Parts, count: int) -> None:
        nonlocal title_id, top
        element_id = _token(rng, 32, HEX)
        metadata: dict = {}
        if located:
            height = 60.0 * max(1, count // 28 + 1)
            metadata["coordinates"] = {
                "points": [[190.0, top], [190.0, top + height], [1460.0, top + height], [1460.0, top]],
                "system": "PixelSpace",
                "layout_width": 1654,
                "layout_height": 2339,
            }
            top = top + height + 30 if top + height < 2000 else 180.0
        metadata.update(
            {"filetype": "application/pdf", "languages": ["zho"], "page_number": page, "filename": filename}
        )
        if title_id and kind != "Title":
            metadata["parent_id"] = title_id
        elements.append({"type": kind, "element_id": element_id, "text": token(text), "metadata": metadata})
        if kind == "Title":
            title_id = element_id

    def turn() -> None:
        nonlocal page, used
        element("UncategorizedText", [(rng.choice(["— {} —", "-{}-", "- {} -"]).format(page), True)], 3)
        page += 1
        used = 0

    if story.headline:
        element("Title", [(_json_text(story.headline), False)], len(story.headline))
        used += 60
    if story.published:
        element("UncategorizedText", [(_json_text(f"（{_unpadded(story.published)}）"), False)], 12)
        used += 30
    for line in story.lines:
        kind = "Title" if len(line) < 16 and not re.search(r"[，。；]", line) else "NarrativeText"
        if used + len(line) > per_page and len(line) > 40 and used < per_page:
            cut = max(10, min(len(line) - 10, per_page - used))
            element("NarrativeText", [(_json_text(line[:cut]), False)], cut)
            turn()
            element("NarrativeText", [(_json_text(line[cut:]), False)], len(line) - cut)
            used += len(line) - cut
            continue
        if used >= per_page:
            turn()
        element(kind, [(_json_text(line), False)], len(line))
        used += len(line) + 28
    element("UncategorizedText", [(rng.choice(["— {} —", "-{}-", "- {} -"]).format(page), True)], 3)
    printed = json.dumps(elements, ensure_ascii=False, indent=2 if pretty else None)
    text, furniture = _joined(token.filled(printed))
    stem = filename[:-4]
    return Wrapped(text, _listed(furniture), f"file:///data/kb/structured-output/{stem}.pdf.json", kind="text")


@text_form("aliyun_filetrans_sentences_json")
def aliyun_filetrans_sentences_json(story: Story) -> Wrapped:
    """A leader's speech recording transcribed by a cloud recording-file service (Aliyun filetrans-like): the Python
    demo's console copied (the task's submission, the polls' dicts, the last dict with SUCCESS as Python prints it)
    or the answer saved as JSON (indented by four, or compact): the task's fields and Result's Sentences, each with
    its times, Text (a sentence of the speech), channel, speech rate and emotion value; maybe the host's words."""
    rng = _rng(story, "aliyun_filetrans_sentences_json")
    console = rng.random() < 0.5
    place = rng.choice(PLACES)
    clock = rng.randrange(200, 3000)
    sentences: list[dict] = []
    spoken: list[tuple[str, bool]] = []
    if rng.random() < 0.4:
        spoken.append(
            (rng.choice(["同志们，下面请县委书记讲话，大家欢迎。", f"下面，请{place}主要负责同志讲话。"]), True)
        )
    if story.headline and rng.random() < 0.4:
        spoken.append((story.headline, False))
    for line in story.lines:
        spoken += [(sentence, False) for sentence in _sentences(line)]
    if rng.random() < 0.4:
        spoken.append((rng.choice(["谢谢大家。", "我就讲这些，谢谢大家！"]), True))
    token = _Tokens()

    def said(text: str, listed: bool) -> Parts:
        if console:
            return [(piece, listed or mark) for piece, mark in _repr_parts(text)]
        return [(_json_text(text), listed)]

    for sentence, listed in spoken:
        begin = clock
        end = begin + int(len(sentence) * rng.uniform(180, 260))
        silence = rng.randrange(0, 3)
        sentences.append(
            {
                "EndTime": end,
                "SilenceDuration": silence,
                "BeginTime": begin,
                "Text": token(said(sentence, listed)),
                "ChannelId": 0,
                "SpeechRate": rng.randrange(160, 260),
                "EmotionValue": round(rng.uniform(5.0, 7.5), 1),
            }
        )
        clock = end + silence * 1000 + rng.randrange(100, 900)
    task = _token(rng, 32, HEX)
    request = str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
    done = _since(story, rng, 0, 30, dt.date(2019, 6, 1))
    answer = {
        "TaskId": task,
        "RequestId": request,
        "StatusText": "SUCCESS",
        "BizDuration": clock,
        "SolveTime": _epoch(done) * 1000 + rng.randrange(1000),
        "StatusCode": 21050000,
        "Result": {"Sentences": sentences},
    }
    if not console:
        if rng.random() < 0.5:
            printed = json.dumps(answer, ensure_ascii=False, indent=4)
        else:
            printed = json.dumps(answer, ensure_ascii=False)
        text, furniture = _joined(token.filled(printed))
        return Wrapped(text, _listed(furniture), f"file:///D:/asr/{task}.json", kind="text")
    # Python prints the dict: single quotes, a string's own repr in its place.
    printed = repr(answer)
    printed = re.sub(r"'(⟦\d+⟧)'", r"\1", printed)
    parts: Parts = [
        ("D:\\Python38\\python.exe D:/asr/filetrans_demo.py\n", True),
        (
            f"{{'TaskId': '{task}', 'RequestId': '{str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()}', "
            "'StatusText': 'SUCCESS', 'StatusCode': 21050000}\n",
            True,
        ),
        ("录音文件识别请求成功响应！\n", True),
    ]
    for _ in range(rng.randrange(1, 4)):
        status = rng.choice(["RUNNING", "QUEUEING"])
        code = 21050001 if status == "RUNNING" else 21050002
        parts.append(
            (
                f"{{'TaskId': '{task}', 'RequestId': '{str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()}', "
                f"'StatusText': '{status}', 'BizDuration': 0, 'StatusCode': {code}}}\n",
                True,
            )
        )
    parts += _filled(printed, token.values)
    parts.append(("\n录音文件识别结果查询成功！\n\nProcess finished with exit code 0\n", True))
    text, furniture = _joined(parts)
    return Wrapped(_crlf(text), _listed(furniture), "file:///D:/asr/console.txt", kind="text")


DEV_T23, LOCKED_T23 = split_by_digest(TEXT_FORMS23, "text round 23/", locked=6)
