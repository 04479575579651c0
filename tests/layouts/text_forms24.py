"""Twelve text capture forms written blind (text round 24): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of Java backend's SQL log, container
runtime's log file, reference manager's export, browser-automation tool's page snapshot, search crawler's segment
dump, corpus encoding, log pipeline's debug output, thesis source, browser's copied request, typesetting system's
source, model service's batch file or messaging app's channel export gives, none of them drawn in text rounds 1 to 23,
weighed toward what generalises across the captures met in the wild: a county crawler's MyBatis log in a Spring Boot
console; a crawler's prints kept by Docker in its JSON log file; a researcher's Zotero library exported as RIS with the
article pasted into a note; a county page read by an AI agent's browser tool; a site-search crawl dumped from its
segments; a research corpus's document in TEI; a CMS table fed to a search index through a pipeline's debug output; a
thesis's appendix of case materials in LaTeX; a CMS's save request copied from the browser as a shell command; a
compilation's typesetting source (方正书版-like 小样); a model service's batch of prompts built from the articles; a
channel's history exported from a messaging app; and toward stories that show no headline (each form then shows what
it would show without one: null, None, nil, an empty field or label, the page's own title, a title of the writer's
own, or nothing):

- a county crawler's console or log file (Spring Boot with MyBatis-Plus-like, UTF-8): the application's lines in
  Spring Boot's pattern (the day and time, level, PID, thread, abbreviated logger), and for each article the mapper's
  SQL log: MyBatis's StdOutImpl lines (the session's creation, the connection not managed by Spring, closing) or the
  mapper's DEBUG lines; ==>  Preparing: the duplicate check and the INSERT, ==> Parameters: each value with its Java
  type in brackets (a snowflake id, the title, the source, the time as a Timestamp, LocalDateTime or LocalDate, the
  content as HTML or as lines that break the log line, null where the page had none), <==    Columns:, Row:, Total:
  and Updates:; other articles the same;
- a crawler's prints kept by a container runtime (Docker-like, UTF-8): the json-file log read on the host (each
  printed line a JSON object: the line with its newline, HTML's marks escaped as \\u003c, \\u003e and \\u0026, the
  stream, the time in UTC with its nanoseconds), or docker logs -t (each line behind its UTC stamp), or the compose
  service's lines behind its bar; the crawler's stderr (its logger, urllib3's warning) and its stdout: the address,
  标题, 来源 and 时间 (None, or empty, where the page had none; the crawler's own clock in UTC where the image kept no
  zone), 正文 and the paragraphs a line each, a rule; other articles the same;
- a researcher's Zotero library exported as RIS (UTF-8, CRLF): journal articles' records, and the story's as a web
  page (TY  - ELEC: the page's title with its column and site, the site's name, the meta description or the first
  paragraph's start as the abstract) or as a newspaper article (the headline, the outlet as the publication): DA as
  2021/11/05/, PY, LA, UR, a later Y2 with the time, the tags as KW lines, the child note with the pasted article as
  the note editor's HTML (its schema's div, the headline, 来源 and the day, the paragraphs as <p>s on lines of their
  own) and the researcher's own note, ER;
- a county page read by an AI agent's browser tool (Playwright MCP-like, UTF-8): the code it ran, the page's state
  (its address and title, the snapshot's YAML: each node's role, its name in quotes, its ref and cursor, a link's
  /url, a text's value quoted where YAML would misread it: the banner, the search box, the menu as list items, the
  crumb, the headline as a heading of level 1, the info line, the paragraphs, the tools, 上一篇/下一篇 and the
  footer), maybe the console's failed loads; or the snapshot saved as a .yml file alone;
- a site-search crawl's segment dumped as text (Apache Nutch readseg -dump-like, UTF-8): Recno:: and URL:: for each
  record, the CrawlDatum:: sections (version, status, fetch and modified times as Java prints a Date, retry interval,
  score, signature, metadata), maybe Content:: with the page's HTML, ParseData:: (the page's title, the outlinks with
  their anchors, the content's and the parse's metadata) and ParseText:: (the page's text run together on one line:
  the title, the menu, the crumb, the headline, the info line, the paragraphs, the tools, the footer); the list page's
  record and outlinks' records before and after the story's;
- a research corpus's document encoded in TEI (UTF-8, two spaces a level): the declaration and the schema's
  processing instruction, teiHeader (titleStmt with the headline or an empty title and the encoder, publicationStmt
  with the corpus's project, availability and a later day, sourceDesc's bibl: the headline, the outlet as publisher
  and the day in when, the address; profileDesc's language and keywords, revisionDesc), then the body (the headline as
  head, the paragraphs as numbered <p>s); maybe the whole a teiCorpus with other documents before and after;
- a CMS table fed to a search index through a pipeline's console (Logstash-like with the jdbc input and the rubydebug
  codec, UTF-8): the JVM's and the runner's lines, the pipeline's start, the input's SQL with its time, then each row
  as a Ruby hash (keys sorted and right-aligned before =>, the times as UTC timestamps unquoted, the strings as Ruby
  inspects them, nil where the row has none: the title, the source, the publication time, the content as HTML);
  other rows the same;
- a thesis's appendix of case materials in LaTeX (ctex-like, UTF-8, maybe CRLF): the root and encoding comments,
  \\chapter and \\label, the appendix's own note, each case a \\section (the headline, or 案例N（原文无标题）) in a
  quote environment: \\small, \\noindent 来源 and 发布时间 with \\quad and a footnote holding the address and the
  access day, the paragraphs apart by blank lines with TeX's specials escaped; other cases before and after;
- a county CMS's save request copied from the browser's developer tools as a shell command (Chrome-like Copy as cURL:
  bash, single-quoted or ANSI-C quoted, or cmd, every character outside a safe set behind a caret and the quotes as
  ^\\^"): the address, the headers (Accept, the bearer token or the session cookie, Content-Type, Origin, Referer, the
  user agent, maybe sec-ch-ua), and --data-raw: a Vue admin's JSON (the catalog, title, source, publishDate, the
  editor's contentHtml with its styled <p>s, an empty string where the form was left empty) or an older CMS's
  multipart form with its boundary, then --compressed or --insecure;
- a compilation's typesetting source (a 方正书版-like 小样 exported as text: GB18030, CRLF): the default font's
  annotation, the section's 〖BT2〗 heading, each article's 〖BT3〗 title, its （来源 and the day） centred in 楷体
  between 〖JZ〗〖HT5K〗 and 〖HT〗, the paragraphs indented by two wide spaces, a lead-in set in 黑体 by 〖HT5H〗 …
  〖HT〗, each paragraph ending in the 换段符 ↙, 〖KH1〗 between articles; the story's among others;
- a model service's batch file built from crawled articles (OpenAI-compatible batch JSONL, UTF-8, Python's json.dumps
  with the Chinese kept): each line's custom_id, method, url and body (the model, the system prompt, the user's prompt:
  the task's instructions then 标题, 来源, 发布日期 and 正文 (or 【】 labels) with the paragraphs joined by escaped
  newlines, a label left empty where the article has none; temperature, maybe the response format); other articles'
  lines before and after;
- a channel's history exported from a messaging app (Telegram Desktop-like result.json, UTF-8, indented by one space):
  the channel's name, type and id, a service message maybe, then messages with id, type, date, date_unixtime, maybe
  edited, from and from_id, maybe a photo with its size, text as a list of plain strings and entity objects (the
  headline in bold within 【】, 来源 and 发布时间, the paragraphs apart by blank lines, the link to the original, the
  hashtags) and text_entities repeating every piece; a post longer than a photo's caption continued in the next
  message; other posts before and after.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels, or with markup: a parameter's type, a JSON field's key, a RIS tag, a YAML node, an XML element, a hash's
key, a TeX command, an annotation) are the capture's metadata and are not listed, nor are lines that hold the
headline, the date or the outlet among other words (a page's title, a parsed text, an info line). A key and its value,
an escape, an entity, a tag, an annotation, a caret or a log line's prefix beside them, or inside a paragraph, is
listed apart. A run of the capture's own text between two pieces of the story is listed as one string: squashed, it
is one run of the text. A run that squashes to digits alone or to one letter is not listed: squashed, it is what a
story's own text holds too.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 24/" + name are `LOCKED_T24`, the other six `DEV_T24`. Round 24 is sealed: not scored when
written; whoever next changes the text path scores it once, both halves, at the end of their work, and fixes nothing
from its misses.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

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

TEXT_FORMS24: dict[str, Layout] = {}
NAMES = ["龚立新", "汤秀梅", "邹建平", "詹晓红", "鲍国庆", "柯玉珍", "翁德明", "车晓燕"]
# Other items a capture holds (other articles, records, posts): none is about the story.
OTHER_ITEMS = [
    (
        "县自然资源局开展耕地保护专项检查",
        (
            "县自然资源局组织执法人员对全县各乡镇耕地保护情况开展专项检查。",
            "检查发现的问题已全部交办属地乡镇限期整改。",
        ),
    ),
    (
        "县卫健委举办基层医务人员急救技能培训",
        (
            "县卫健委在县人民医院举办基层医务人员急救技能培训班，全县乡镇卫生院八十余名医务人员参加。",
            "培训采取理论授课与实操演练相结合的方式进行。",
        ),
    ),
    (
        "县教体局组织开展校园安全隐患排查",
        (
            "县教体局组织专班对全县中小学校舍、食堂、宿舍等重点部位开展安全隐患排查。",
            "共排查学校四十六所，督促整改隐患十九处。",
        ),
    ),
    (
        "县农业农村局推进高标准农田建设",
        (
            "县农业农村局今年实施高标准农田建设项目面积三点二万亩，涉及六个乡镇。",
            "目前田间道路、灌排沟渠等工程已完成总工程量的八成。",
        ),
    ),
    (
        "县人社局举办春风行动专场招聘会",
        (
            "县人社局在县城文化广场举办春风行动专场招聘会，五十余家企业提供就业岗位一千二百余个。",
            "现场初步达成就业意向三百余人。",
        ),
    ),
    (
        "县生态环境局开展入河排污口排查",
        (
            "县生态环境局联合水利部门对县域主要河流沿岸入河排污口开展拉网式排查。",
            "排查结果将作为下一步分类整治的依据。",
        ),
    ),
]
OTHERS = [title for title, _ in OTHER_ITEMS]
HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
# A value a printed record holds in the place of a token: ⟦N⟧ stands for the Nth value given.
TOKEN = re.compile(r"⟦(\d+)⟧")
XML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
MENU = ["首页", "政务公开", "政务服务", "招商引资", "互动交流"]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

Parts = list[tuple[str | None, bool]]


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS24)


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


def _java_date(moment: dt.datetime) -> str:
    """A moment on Beijing time as Java's Date.toString prints it on a server in China."""
    return f"{WEEKDAYS[moment.weekday()]} {MONTHS[moment.month - 1]} {moment:%d %H:%M:%S} CST {moment.year}"


def _merged(parts: Iterable[tuple[str | None, bool]]) -> Parts:
    """Parts with the empty ones dropped and neighbours listed alike run together."""
    merged: Parts = []
    for piece, listed in parts:
        if not piece:
            continue
        if merged and merged[-1][1] == listed:
            merged[-1] = ((merged[-1][0] or "") + piece, listed)
        else:
            merged.append((piece, listed))
    return merged


def _each(parts: Iterable[tuple[str | None, bool]], escape: Callable[[str, str], str]) -> Parts:
    """Parts written out a character at a time by `escape` (given the character and the next one): where a
    character's escape adds a letter or a digit (\\u003c, \\textasciitilde{}), it is listed apart."""
    flat = [(char, listed) for piece, listed in parts if piece for char in piece]
    out: Parts = []
    for index, (char, listed) in enumerate(flat):
        after = flat[index + 1][0] if index + 1 < len(flat) else ""
        written = escape(char, after)
        out.append((written, listed or _squashed(written) != _squashed(char)))
    return _merged(out)


def _json_text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)[1:-1]


def _marked(text: str, listed: bool, entities: dict[str, str] = XML_ENTITIES) -> Parts:
    """Text in markup: its entities apart (listed), the rest the story's own (not) or another item's (listed)."""
    parts: Parts = []
    run = ""
    for char in text:
        if char in entities:
            if run:
                parts.append((run, listed))
                run = ""
            parts.append((entities[char], True))
        else:
            run += char
    if run:
        parts.append((run, listed))
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

    def __call__(self, parts: Parts) -> str:
        self.values.append(parts)
        return f"⟦{len(self.values) - 1}⟧"

    def own(self, text: str, escape: Callable[[str], str] = _json_text) -> str:
        """A token for a piece of the story, written as the record escapes a string."""
        return self([(escape(text), False)])

    def filled(self, printed: str) -> Parts:
        return _filled(printed, self.values)


def _others(rng: random.Random, most: int, least: int = 0) -> tuple[list[tuple[str, tuple[str, ...]]], int]:
    """Some other items and where the story stands among them."""
    others = rng.sample(OTHER_ITEMS, rng.randrange(least, most + 1))
    return others, rng.randrange(len(others) + 1)


def _host(rng: random.Random, tail: str = "gov.cn") -> str:
    return f"www.{_token(rng, 4)}.example-t24.{tail}"


def _page_address(host: str, day: dt.date | None, doc: int, column: str) -> str:
    if day is None:
        return f"http://{host}/{column}/{doc}.html"
    return f"http://{host}/{column}/{day:%Y%m}/t{day:%Y%m%d}_{doc}.html"


def _day_text(day: dt.date, rng: random.Random) -> str:
    return rng.choice([f"{day:%Y-%m-%d}", _unpadded(day), f"{day:%Y年%m月%d日}"])


# ---------------------------------------------------------------- a county page as tools read it


@dataclass(frozen=True)
class _CountyPage:
    """A county site's article page as a browser tool or a crawler's parser reads it."""

    place: str
    site: str
    column: str
    url: str
    title: Parts  # the page's <title>
    info: Parts  # the info line's pieces, with its counter
    previous: str
    following: str
    code: str  # the site's identification code
    icp: str


def _county_page(story: Story, rng: random.Random, host: str) -> _CountyPage:
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column = rng.choice(["招商引资", "招商动态", "投资促进"])
    url = _page_address(host, story.published, rng.randrange(10**6, 10**7), rng.choice(["zsyz/zsdt", "zwgk/zsyz"]))
    if story.headline:
        title: Parts = [(story.headline, False), (f"_{column}_{site}", True)]
    else:
        title = [(f"{column}_{site}", True)]
    info: Parts = []
    if story.published:
        moment = _moment(story.published, rng)
        info.append((f"发布时间：{moment:%Y-%m-%d %H:%M}", False))
    if story.outlet:
        info += [(" " if info else "", True), (f"来源：{story.outlet}", False)]
    info += [(" " if info else "", True), (f"浏览次数：{rng.randrange(20, 3000)}", True)]
    previous, following = rng.sample(OTHERS, 2)
    province = rng.choice(["赣", "皖", "鄂", "湘", "豫", "川"])
    return _CountyPage(
        place,
        site,
        column,
        url,
        title,
        info,
        previous,
        following,
        str(rng.randrange(10**9, 10**10)),
        f"{province}ICP备{rng.randrange(10**7, 10**8)}号-{rng.randrange(1, 6)}",
    )


# ---------------------------------------------------------------- a Java backend's SQL log, a container's log


def _abbreviated(name: str, target: int) -> str:
    """A logger's name as logback's %logger{39} shortens it: its packages cut to their initials, leftmost first."""
    parts = name.split(".")
    length = len(name)
    for index in range(len(parts) - 1):
        if length <= target:
            break
        length -= len(parts[index]) - 1
        parts[index] = parts[index][0]
    return ".".join(parts)


@text_form("mybatis_sql_log_bound_parameters")
def mybatis_sql_log_bound_parameters(story: Story) -> Wrapped:
    """A county crawler's console or log file (Spring Boot with MyBatis-Plus-like, UTF-8): the application's lines in
    Spring Boot's pattern, and for each article the SQL log (StdOutImpl's lines, or the mapper's DEBUG lines): the
    duplicate check and the INSERT with ==> Parameters: each value with its Java type (null where the page had none),
    the content as HTML or as lines that break the log line; other articles the same."""
    rng = _rng(story, "mybatis_sql_log_bound_parameters")
    host = _host(rng)
    stdout = rng.random() < 0.5
    package = rng.choice(["com.zsyz.spider", "cn.gov.rmt.crawler", "com.example.govnews"])
    table = rng.choice(["t_cms_article", "cms_content", "zs_news"])
    mapper = f"{package}.mapper." + rng.choice(["ArticleMapper", "CmsContentMapper", "NewsMapper"])
    task = f"{package}.task." + rng.choice(["ZsyzCrawlTask", "NewsSpiderJob", "DetailTask"])
    html = rng.random() < 0.6
    kind = rng.choice(["Timestamp", "LocalDateTime", "LocalDate"])
    pid = rng.randrange(2000, 40000)
    thread = rng.choice(["scheduling-1", "main", "pool-2-thread-1", "task-1"])
    clock = _since(story, rng, 1, 400, dt.date(2019, 3, 1))
    column_id = rng.randrange(10, 300)

    def line(level: str, logger: str, message: str) -> str:
        nonlocal clock
        clock += dt.timedelta(milliseconds=rng.randrange(1, 900))
        stamp = f"{clock:%Y-%m-%d %H:%M:%S}.{clock.microsecond // 1000:03d}"
        name = _abbreviated(logger, 39)[-40:]
        return f"{stamp} {level:>5} {pid} --- [{thread[-15:]:>15}] {name:<40} : {message}\n"

    def sql(statement: str, message: str) -> str:
        if stdout:
            return message + "\n"
        return line("DEBUG", f"{mapper}.{statement}", message)

    def session() -> tuple[str, str]:
        handle = f"org.apache.ibatis.session.defaults.DefaultSqlSession@{_token(rng, 8, HEX)}"
        opening = (
            f"Creating a new SqlSession\nSqlSession [{handle}] was not registered for synchronization because "
            f"synchronization is not active\nJDBC Connection [HikariProxyConnection@{rng.randrange(10**6, 10**9)} "
            f"wrapping com.mysql.cj.jdbc.ConnectionImpl@{_token(rng, 8, HEX)}] will not be managed by Spring\n"
        )
        return (opening, f"Closing non transactional SqlSession [{handle}]\n") if stdout else ("", "")

    def value(parts: Parts, java: str) -> Parts:
        return [*parts, (f"({java})", True)]

    def article(title: str | None, day: dt.date | None, source: str | None, lines: Iterable[str], own: bool) -> Parts:
        url = _page_address(host, day, rng.randrange(10**5, 10**6), "zsyz/zsdt")
        parts: Parts = [(line("INFO", task, f"抓取详情页：{url}"), True)]
        opening, closing = session()
        insert_opening, insert_closing = session()
        parts.append((opening, True))
        parts.append((sql("selectCount", f"==>  Preparing: SELECT COUNT( * ) FROM {table} WHERE (url = ?)"), True))
        parts.append((sql("selectCount", f"==> Parameters: {url}(String)"), True))
        parts.append((sql("selectCount", "<==    Columns: COUNT( * )"), True))
        parts.append((sql("selectCount", "<==        Row: 0"), True))
        parts.append((sql("selectCount", "<==      Total: 1") + closing + insert_opening, True))
        columns = "id, title, source, publish_time, content, url, column_id, create_time"
        parts.append(
            (
                sql("insert", f"==>  Preparing: INSERT INTO {table} ( {columns} ) VALUES ( ?, ?, ?, ?, ?, ?, ?, ? )"),
                True,
            )
        )
        head = "==> Parameters: "
        if not stdout:
            head = line("DEBUG", f"{mapper}.insert", head)[:-1]
        values: list[Parts] = [[(f"{rng.randrange(10**18, 2 * 10**18)}(Long)", True)]]
        values.append(value([(title, not own)], "String") if title else [("null", True)])
        values.append(value([(source, not own)], "String") if source else [("null", True)])
        moment = _moment(day, rng)
        if moment is None:
            values.append([("null", True)])
        elif kind == "Timestamp":
            values.append(value([(f"{moment:%Y-%m-%d %H:%M:%S}.0", not own)], kind))
        elif kind == "LocalDateTime":
            values.append(value([(f"{moment:%Y-%m-%dT%H:%M:%S}", not own)], kind))
        else:
            values.append(value([(f"{moment:%Y-%m-%d}", not own)], kind))
        content: Parts = []
        for index, paragraph in enumerate(lines):
            if html:
                content.append(('<p style="text-indent: 2em;">', True))
                content += _marked(paragraph, not own)
                content.append(("</p>", True))
            else:
                content += [("\n" if index else "", True), (paragraph, not own)]
        values.append(value(content, "String"))
        values.append([(f"{url}(String)", True)])
        values.append([(f"{column_id}(Integer)", True)])
        created = clock + dt.timedelta(milliseconds=rng.randrange(5, 80))
        values.append([(f"{created:%Y-%m-%dT%H:%M:%S}.{created.microsecond // 1000:03d}(LocalDateTime)", True)])
        parts.append((head, True))
        for index, parts_of in enumerate(values):
            if index:
                parts.append((", ", True))
            parts += parts_of
        parts.append(("\n", True))
        parts.append((sql("insert", "<==    Updates: 1") + insert_closing, True))
        return parts

    parts: Parts = [
        (line("INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting..."), True),
        (line("INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."), True),
        (line("INFO", task, f"开始抓取栏目 http://{host}/zsyz/zsdt/ 第1页"), True),
    ]
    others, at = _others(rng, 3)
    for index in range(len(others) + 1):
        if index == at:
            parts += article(story.headline, story.published, story.outlet, story.lines, True)
            continue
        title, lines = others[index - (index > at)]
        parts += article(title, _near(story.published, rng).date(), f"{rng.choice(PLACES)}融媒体中心", lines, False)
    parts.append((line("INFO", task, f"本次抓取完成，新增 {len(others) + 1} 条"), True))
    text, furniture = _joined(parts)
    if stdout:
        return Wrapped(text, _listed(furniture), f"file:///C:/Users/{_token(rng, 5)}/Desktop/console.txt", kind="text")
    return Wrapped(text, _listed(furniture), f"file:///data/{_token(rng, 5)}/logs/spider.log", kind="text")


DOCKER_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _docker_escape(char: str, _after_it: str) -> str:
    """A character as Docker's json-file log writes it: HTML's marks and the line separators as \\u escapes."""
    if char in DOCKER_ESCAPES:
        return DOCKER_ESCAPES[char]
    if char in '"\\':
        return "\\" + char
    if char == "\t":
        return "\\t"
    if ord(char) < 0x20:
        return f"\\u{ord(char):04x}"
    return char


@text_form("docker_json_file_log_stream_lines")
def docker_json_file_log_stream_lines(story: Story) -> Wrapped:
    """A crawler's prints kept by a container runtime (Docker-like, UTF-8): the json-file log read on the host (each
    printed line an object with the line, its stream and its time in UTC), docker logs -t, or the compose service's
    lines behind its bar; the crawler's stderr and its stdout: the address, 标题, 来源, 时间 (None or empty where the
    page had none), 正文 and the paragraphs a line each; other articles the same."""
    rng = _rng(story, "docker_json_file_log_stream_lines")
    host = _host(rng)
    mode = rng.choice(["file", "file", "logs", "compose"])
    zoned = rng.random() < 0.5
    colon = rng.choice(["：", ": "])
    empty = rng.choice(["None", ""])
    project, service = rng.choice([("zsyz", "spider"), ("govnews", "crawler"), ("app", "zsyz-spider")])
    container = _token(rng, 64, HEX)
    clock = _since(story, rng, 1, 500, dt.date(2020, 1, 1))
    printed: list[tuple[str, Parts, dt.datetime]] = []

    def emit(stream: str, parts: Parts) -> None:
        nonlocal clock
        clock += dt.timedelta(microseconds=rng.randrange(50, 9_000))
        printed.append((stream, parts, clock))

    def own_clock() -> dt.datetime:
        """The crawler's own clock, a moment later: in UTC where the image kept no zone."""
        nonlocal clock
        clock += dt.timedelta(microseconds=rng.randrange(200_000, 3_000_000))
        return clock if zoned else _utc(clock)

    def article(title: str | None, day: dt.date | None, source: str | None, lines: Iterable[str], own: bool) -> None:
        url = _page_address(host, day, rng.randrange(10**5, 10**6), "zsyz/zsdt")
        moment = own_clock()
        emit("stderr", [(f"{moment:%Y-%m-%d %H:%M:%S},{moment.microsecond // 1000:03d} - INFO - 抓取：{url}", True)])
        if rng.random() < 0.3:
            emit(
                "stderr",
                [
                    (
                        "/usr/local/lib/python3.10/site-packages/urllib3/connectionpool.py:1045: "
                        f"InsecureRequestWarning: Unverified HTTPS request is being made to host '{host}'. Adding "
                        "certificate verification is strongly advised. See: "
                        "https://urllib3.readthedocs.io/en/1.26.x/advanced-usage.html#ssl-warnings",
                        True,
                    )
                ],
            )
            emit("stderr", [("  warnings.warn(", True)])
        emit("stdout", [("=" * 50, True)])
        emit("stdout", [(f"标题{colon}{title}", not own)] if title else [(f"标题{colon}{empty}", True)])
        emit("stdout", [(f"来源{colon}{source}", not own)] if source else [(f"来源{colon}{empty}", True)])
        if day:
            emit("stdout", [(f"时间{colon}{_moment(day, rng):%Y-%m-%d %H:%M}", not own)])
        else:
            emit("stdout", [(f"时间{colon}None", True)])
        emit("stdout", [(f"正文{colon}", True)])
        for paragraph in lines:
            emit("stdout", [(paragraph, not own)])

    others, at = _others(rng, 3)
    for index in range(len(others) + 1):
        if index == at:
            article(story.headline, story.published, story.outlet, story.lines, True)
            continue
        title, lines = others[index - (index > at)]
        day = _near(story.published, rng).date()
        article(title, day, f"{rng.choice(PLACES)}人民政府", lines, False)
    emit(
        "stderr", [(f"{own_clock():%Y-%m-%d %H:%M:%S},{rng.randrange(1000):03d} - INFO - 本轮结束，休眠 3600 秒", True)]
    )
    user = rng.choice(["root@VM-0-5-ubuntu:~#", "[root@localhost ~]#", "ubuntu@iZ2ze0abcd:~$ sudo"])
    parts: Parts = []
    if mode == "file":
        if rng.random() < 0.6:
            path = f"/var/lib/docker/containers/{container}/{container}-json.log"
            parts.append((f"{user} tail -n 200 {path}\n", True))
        for stream, line, moment in printed:
            nanos = f"{moment.microsecond:06d}{rng.randrange(1000):03d}".rstrip("0")
            stamp = f"{_utc(moment):%Y-%m-%dT%H:%M:%S}" + (f".{nanos}" if nanos else "") + "Z"
            parts.append(('{"log":"', True))
            parts += _each(line, _docker_escape)
            parts.append((f'\\n","stream":"{stream}","time":"{stamp}"}}\n', True))
    elif mode == "logs":
        parts.append((f"{user} docker logs -t --tail 200 {service}\n", True))
        for _, line, moment in printed:
            stamp = f"{_utc(moment):%Y-%m-%dT%H:%M:%S}.{moment.microsecond:06d}{rng.randrange(1000):03d}Z "
            parts += [(stamp, True), *line, ("\n", True)]
    else:
        parts.append((f"{user} docker compose logs {service}\n", True))
        for _, line, _moment_of in printed:
            parts += [(f"{project}-{service}-1  | ", True), *line, ("\n", True)]
    text, furniture = _joined(parts)
    return Wrapped(
        text, _listed(furniture), f"file:///home/{_token(rng, 5)}/logs/{service}-{container[:12]}.log", kind="text"
    )


# ---------------------------------------------------------------- a reference manager's export, a corpus's TEI


JOURNAL_ITEMS = [
    (
        "地方政府招商引资竞争与区域产业结构升级",
        "经济问题探索",
        "本文利用县级面板数据，考察地方政府招商引资竞争对区域产业结构升级的影响。",
    ),
    (
        "县域营商环境优化的实践路径与制度逻辑",
        "中国行政管理",
        "文章基于多地调研材料，梳理县域营商环境优化的主要做法。",
    ),
    (
        "招商引资政策承诺、契约履行与地方政府信用",
        "公共管理学报",
        "本文从契约视角讨论招商引资中的政策承诺及其履行问题。",
    ),
    (
        "产业链招商：地方政府发展型角色的再审视",
        "社会学研究",
        "文章以产业链招商为切入点，分析地方政府在产业培育中的角色变化。",
    ),
]


@text_form("zotero_ris_export_child_note_html")
def zotero_ris_export_child_note_html(story: Story) -> Wrapped:
    """A researcher's Zotero library exported as RIS (UTF-8, CRLF): journal articles' records, and the story's as a
    web page (the page's title, the site, the description or the first paragraph's start as the abstract) or as a
    newspaper article (the headline, the outlet as the publication): DA, PY, LA, UR, a later Y2, KW tags, the child
    note with the pasted article as the note editor's HTML and the researcher's own note."""
    rng = _rng(story, "zotero_ris_export_child_note_html")
    host = _host(rng)
    page = _county_page(story, rng, host)
    webpage = rng.random() < 0.6
    accessed = _since(story, rng, 30, 900, dt.date(2021, 3, 1))
    schema = rng.choice([8, 9, 10])
    tags = rng.sample(
        ["招商引资", "地方政府", "营商环境", "县域经济", "案例", "项目签约", "产业链"], rng.randrange(1, 4)
    )

    def record(lines: list[tuple[str, Parts]]) -> Parts:
        parts: Parts = []
        for tag, value in lines:
            parts += [(f"{tag}  - ", True), *value, ("\n", True)]
        parts.append(("ER  - \n\n", True))
        return parts

    def journal(item: tuple[str, str, str]) -> Parts:
        title, periodical, abstract = item
        year = rng.randrange(2016, 2024)
        first = rng.randrange(20, 160)
        authors = rng.sample(NAMES, rng.randrange(1, 3))
        fields = [("TY", "JOUR"), ("TI", title)] + [("AU", name) for name in authors]
        fields += [("T2", periodical), ("AB", abstract), ("DA", f"{year}///"), ("PY", str(year))]
        fields += [("IS", str(rng.randrange(1, 13))), ("SP", str(first)), ("EP", str(first + rng.randrange(8, 20)))]
        fields += [("LA", "zh-CN"), ("DB", "CNKI"), ("KW", rng.choice(["招商引资", "地方政府", "产业政策"]))]
        return record([(tag, [(value, True)]) for tag, value in fields])

    fields: list[tuple[str, Parts]] = []
    if webpage:
        fields.append(("TY", [("ELEC", True)]))
        fields.append(("TI", page.title if rng.random() < 0.6 or not story.headline else [(story.headline, False)]))
        if story.outlet and rng.random() < 0.4:
            fields.append(("AU", [(story.outlet, False)]))
        fields.append(("T2", [(page.site, True)]))
        if story.lines and rng.random() < 0.5:
            fields.append(("AB", [(story.lines[0][:80], False)]))
        else:
            fields.append(("AB", [(f"{page.site}门户网站", True)]))
    else:
        fields.append(("TY", [("NEWS", True)]))
        if story.headline:
            fields.append(("TI", [(story.headline, False)]))
        if story.outlet:
            fields.append(("T2", [(story.outlet, False)]))
    if story.published:
        fields.append(("DA", [(f"{story.published:%Y/%m/%d}/", False)]))
        fields.append(("PY", [(str(story.published.year), True)]))
    fields.append(("LA", [("zh-CN", True)]))
    fields.append(("UR", [(page.url, True)]))
    fields.append(("Y2", [(f"{accessed:%Y/%m/%d/%H:%M:%S}", True)]))
    fields += [("KW", [(tag, True)]) for tag in tags]
    note: Parts = [(f'<div data-schema-version="{schema}">', True)]
    if story.headline:
        heading = rng.choice(["h1", "p"])
        note += [(f"<{heading}>", True), *_marked(story.headline, False), (f"</{heading}>\n", True)]
    info = []
    if story.outlet:
        info.append(f"来源：{story.outlet}")
    if story.published:
        info.append(f"发布时间：{_day_text(story.published, rng)}")
    if info:
        note += [("<p>", True), *_marked("　".join(info), False), ("</p>\n", True)]
    for paragraph in story.lines:
        note += [("<p>", True), *_marked(paragraph, False), ("</p>\n", True)]
    note.append(("</div>", True))
    fields.append(("N1", note))
    if rng.random() < 0.6:
        own = rng.choice(
            ["可作为第四章案例，注意核对投资额。", "与同期市级报道口径不一致，待查。", "签约项目，后续跟踪落地情况。"]
        )
        fields.append(("N1", [(f'<div data-schema-version="{schema}"><p>{own}</p>\n</div>', True)]))
    journals = rng.sample(JOURNAL_ITEMS, rng.randrange(1, 4))
    before = rng.randrange(len(journals) + 1)
    parts: Parts = [piece for item in journals[:before] for piece in journal(item)]
    parts += record(fields)
    parts += [piece for item in journals[before:] for piece in journal(item)]
    text, furniture = _joined(parts)
    name = rng.choice(["Exported Items.ris", "导出的条目.ris", "招商引资案例.ris"])
    return Wrapped(_crlf(text), _listed(furniture), f"file:///C:/Users/{_token(rng, 5)}/Documents/{name}", kind="text")


def _tei_document(
    doc_id: str,
    title: str | None,
    day: dt.date | None,
    source: str | None,
    lines: Iterable[str],
    url: str,
    listed: bool,
    rng: random.Random,
    indent: str,
    base: int = 0,
) -> Parts:
    """One TEI document: its header (the title, the encoder, the corpus's statement, the source's bibl, the language,
    keywords and the change), then the body with the headline as head and the numbered paragraphs."""
    i = [indent * (base + depth) for depth in range(8)]
    encoded = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 500))
    parts: Parts = [(f'{i[0]}<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="{doc_id}">\n', True)]
    parts.append((f"{i[1]}<teiHeader>\n{i[2]}<fileDesc>\n{i[3]}<titleStmt>\n", True))
    if title:
        parts += [(f"{i[4]}<title>", True), *_marked(title, listed), ("</title>\n", True)]
    else:
        parts.append((f"{i[4]}<title/>\n", True))
    parts.append(
        (
            f"{i[4]}<respStmt>\n{i[5]}<resp>文本采集与编码</resp>\n{i[5]}<name>{rng.choice(NAMES)}</name>\n"
            f"{i[4]}</respStmt>\n{i[3]}</titleStmt>\n{i[3]}<publicationStmt>\n"
            f"{i[4]}<publisher>地方政府招商引资文本语料库项目组</publisher>\n"
            f'{i[4]}<availability status="restricted">\n{i[5]}<p>仅供学术研究使用，不得转载。</p>\n'
            f'{i[4]}</availability>\n{i[4]}<date when="{encoded:%Y-%m-%d}"/>\n{i[3]}</publicationStmt>\n'
            f"{i[3]}<sourceDesc>\n{i[4]}<bibl>\n",
            True,
        )
    )
    if title:
        parts += [(f'{i[5]}<title level="a">', True), *_marked(title, listed), ("</title>\n", True)]
    if source:
        parts += [(f"{i[5]}<publisher>", True), *_marked(source, listed), ("</publisher>\n", True)]
    if day:
        parts += [(f'{i[5]}<date when="{day:%Y-%m-%d}">', True), (_unpadded(day), listed), ("</date>\n", True)]
    parts.append(
        (
            f'{i[5]}<ptr target="{url}"/>\n{i[4]}</bibl>\n{i[3]}</sourceDesc>\n{i[2]}</fileDesc>\n'
            f'{i[2]}<profileDesc>\n{i[3]}<langUsage>\n{i[4]}<language ident="zh-Hans">现代汉语</language>\n'
            f'{i[3]}</langUsage>\n{i[3]}<textClass>\n{i[4]}<keywords scheme="#zsyz-topics">\n'
            f"{i[5]}<term>{rng.choice(['项目签约', '招商推介', '营商环境', '产业招商'])}</term>\n"
            f"{i[4]}</keywords>\n{i[3]}</textClass>\n{i[2]}</profileDesc>\n{i[2]}<revisionDesc>\n"
            f'{i[3]}<change when="{encoded:%Y-%m-%d}" who="#{_token(rng, 2)}">由网页采集稿转换，人工校对</change>\n'
            f"{i[2]}</revisionDesc>\n{i[1]}</teiHeader>\n{i[1]}<text>\n{i[2]}<body>\n",
            True,
        )
    )
    if title:
        parts += [(f"{i[3]}<head>", True), *_marked(title, listed), ("</head>\n", True)]
    for number, paragraph in enumerate(lines, 1):
        parts += [(f'{i[3]}<p n="{number}" rend="indent">', True), *_marked(paragraph, listed), ("</p>\n", True)]
    parts.append((f"{i[2]}</body>\n{i[1]}</text>\n{i[0]}</TEI>\n", True))
    return parts


@text_form("tei_corpus_header_body_paragraphs")
def tei_corpus_header_body_paragraphs(story: Story) -> Wrapped:
    """A research corpus's document encoded in TEI (UTF-8, indented): the declaration and the schema's processing
    instruction, the header (an empty title where the article has none, the encoder, the corpus's statement, the
    source's bibl with the headline, the outlet and the day, the language, keywords and a change), the body with the
    headline as head and numbered paragraphs; maybe within a teiCorpus among other documents."""
    rng = _rng(story, "tei_corpus_header_body_paragraphs")
    host = _host(rng)
    corpus = rng.random() < 0.4
    indent = rng.choice(["  ", "  ", "\t"])
    url = _page_address(host, story.published, rng.randrange(10**5, 10**6), "zwgk/zsyz")
    prefix = rng.choice(["zsyz", "xq", "ic"])
    number = rng.randrange(100, 9000)
    parts: Parts = [
        ('<?xml version="1.0" encoding="UTF-8"?>\n', True),
        (
            '<?xml-model href="http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng" '
            'type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>\n',
            True,
        ),
    ]
    if not corpus:
        parts += _tei_document(
            f"{prefix}_{number:06d}",
            story.headline,
            story.published,
            story.outlet,
            story.lines,
            url,
            False,
            rng,
            indent,
        )
    else:
        parts.append(
            (
                f'<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">\n{indent}<teiHeader>\n{indent * 2}<fileDesc>\n'
                f"{indent * 3}<titleStmt>\n{indent * 4}<title>县域招商引资新闻语料（{rng.choice(PLACES)}卷）</title>\n"
                f"{indent * 3}</titleStmt>\n{indent * 3}<publicationStmt>\n{indent * 4}<p>内部工作版本</p>\n"
                f"{indent * 3}</publicationStmt>\n{indent * 3}<sourceDesc>\n{indent * 4}<p>县级政府门户网站采集</p>\n"
                f"{indent * 3}</sourceDesc>\n{indent * 2}</fileDesc>\n{indent}</teiHeader>\n",
                True,
            )
        )
        others, at = _others(rng, 2, 1)
        for index in range(len(others) + 1):
            doc_id = f"{prefix}_{number + index:06d}"
            if index == at:
                doc = _tei_document(
                    doc_id, story.headline, story.published, story.outlet, story.lines, url, False, rng, indent, 1
                )
            else:
                title, lines = others[index - (index > at)]
                day = _near(story.published, rng).date()
                address = _page_address(host, day, rng.randrange(10**5, 10**6), "zwgk/zsyz")
                source = f"{rng.choice(PLACES)}人民政府办公室"
                doc = _tei_document(doc_id, title, day, source, lines, address, True, rng, indent, 1)
            parts += doc
        parts.append(("</teiCorpus>\n", True))
    text, furniture = _joined(parts)
    return Wrapped(text, _listed(furniture), f"file:///D:/corpus/tei/{prefix}_{number:06d}.xml", kind="text")


# ---------------------------------------------------------------- a browser tool's snapshot, a crawler's segment


def _yaml_needs_quotes(text: str) -> bool:
    """Whether a snapshot's text needs quotes, as the tool's YAML writer decides."""
    if not text or text != text.strip():
        return True
    if re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\n\r]", text):
        return True
    if text.startswith(("-", "[")) or re.match(r"[&*\],?!>|@\"'#%]", text):
        return True
    if re.search(r":(\s|$)|\s#|[{}`]", text):
        return True
    return bool(re.fullmatch(r"[-+]?\d+(\.\d+)?", text)) or text.lower() in {"y", "n", "yes", "no", "true", "false"}


def _yaml_escape(char: str, _after_it: str) -> str:
    return "\\" + char if char in '\\"' else char


def _quoted(parts: Parts) -> Parts:
    """A name or a value in double quotes, its quotes and backslashes escaped."""
    return [('"', True), *_each(parts, _yaml_escape), ('"', True)]


@text_form("playwright_mcp_snapshot_aria_refs")
def playwright_mcp_snapshot_aria_refs(story: Story) -> Wrapped:
    """A county page read by an AI agent's browser tool (Playwright MCP-like, UTF-8): the code it ran, the page's state
    (its address, its title and the snapshot's YAML: roles, names in quotes, refs, cursors and /url lines: the banner,
    the menu, the crumb, the headline as a level-1 heading, the info line, the paragraphs, the tools, 上一篇/下一篇 and
    the footer), maybe failed loads in the console; or the snapshot saved alone as a .yml file."""
    rng = _rng(story, "playwright_mcp_snapshot_aria_refs")
    host = _host(rng)
    page = _county_page(story, rng, host)
    shape = rng.choice(["navigate", "navigate", "snapshot", "file"])
    counter = 0

    def ref() -> str:
        nonlocal counter
        counter += 1 + (rng.random() < 0.2)
        return f"[ref=e{counter}]"

    lines: Parts = []

    def node(depth: int, head: Parts, tail: str = "") -> None:
        lines.extend([("  " * depth + "- ", True), *head, (tail + "\n", True)])

    def link(depth: int, name: str, url: str) -> None:
        node(depth, [(f'link "{name}" {ref()} [cursor=pointer]:', True)])
        node(depth + 1, [(f"/url: {url}", True)])

    def text_value(parts: Parts) -> Parts:
        plain = "".join(piece for piece, _ in parts if piece)
        return _quoted(parts) if _yaml_needs_quotes(plain) else parts

    node(0, [(f"generic [active] {ref()}:", True)])
    node(1, [(f"banner {ref()}:", True)])
    node(2, [(f'link "{page.site}" {ref()} [cursor=pointer]:', True)])
    node(3, [("/url: /", True)])
    node(3, [(f'img "{page.site}" {ref()}', True)])
    node(2, [(f'textbox "请输入关键字" {ref()}', True)])
    node(2, [(f'button "搜索" {ref()} [cursor=pointer]', True)])
    node(1, [(f"navigation {ref()}:", True)])
    node(2, [(f"list {ref()}:", True)])
    for index, item in enumerate([*MENU, f"走进{page.place}"]):
        node(3, [(f"listitem {ref()}:", True)])
        link(4, item, "/" if index == 0 else f"/{_token(rng, 4)}/")
    node(1, [(f"generic {ref()}:", True)])
    node(2, [("text: 当前位置：", True)])
    link(2, "首页", "/")
    node(2, [('text: ">"', True)])
    link(2, page.column, "../")
    node(1, [(f"main {ref()}:", True)])
    if story.headline:
        node(2, [('heading "', True), *_each([(story.headline, False)], _yaml_escape), (f'" [level=1] {ref()}', True)])
    node(2, [(f"generic {ref()}: ", True), *text_value(page.info)])
    node(2, [(f"generic {ref()}:", True)])
    node(3, [("text: 【字体：", True)])
    for size in "大中小":
        node(3, [(f'link "{size}" {ref()} [cursor=pointer]', True)])
    node(3, [("text: 】", True)])
    node(2, [(f"generic {ref()}:", True)])
    for paragraph in story.lines:
        node(3, [(f"paragraph {ref()}: ", True), *text_value([(paragraph, False)])])
    node(2, [(f"generic {ref()}:", True)])
    link(3, "【打印本页】", "javascript:window.print()")
    link(3, "【关闭窗口】", "javascript:window.close()")
    node(2, [(f"generic {ref()}:", True)])
    node(3, [("text: 上一篇：", True)])
    link(3, page.previous, f"./t{rng.randrange(10**6, 10**7)}.html")
    node(2, [(f"generic {ref()}:", True)])
    node(3, [("text: 下一篇：", True)])
    link(3, page.following, f"./t{rng.randrange(10**6, 10**7)}.html")
    node(1, [(f"contentinfo {ref()}:", True)])
    node(2, [(f"paragraph {ref()}: 主办：{page.site}办公室 承办：{page.place}大数据中心", True)])
    node(2, [(f"paragraph {ref()}: 网站标识码：{page.code} {page.icp}", True)])
    parts: Parts = []
    if shape == "navigate":
        parts.append((f"### Ran Playwright code\n```js\nawait page.goto('{page.url}');\n```\n\n", True))
        if rng.random() < 0.4:
            parts.append(
                (
                    "### New console messages\n- [ERROR] Failed to load resource: the server responded with a status "
                    f"of 404 (Not Found) @ http://{host}/images/ga.png:0\n\n",
                    True,
                )
            )
    if shape != "file":
        parts += [(f"### Page state\n- Page URL: {page.url}\n- Page Title: ", True), *page.title]
        parts.append(("\n- Page Snapshot:\n```yaml\n", True))
    parts += lines
    if shape != "file":
        parts.append(("```\n", True))
    text, furniture = _joined(parts)
    if shape == "file":
        stamp = _since(story, rng, 1, 300, dt.date(2025, 4, 1))
        name = f"page-{_utc(stamp):%Y-%m-%dT%H-%M-%S}-{rng.randrange(1000):03d}Z.yml"
        return Wrapped(text, _listed(furniture), f"file:///tmp/playwright-mcp-output/{name}", kind="text")
    return Wrapped(
        text,
        _listed(furniture),
        f"file:///home/{_token(rng, 5)}/agent/transcripts/{_token(rng, 8, HEX)}.md",
        kind="text",
    )


def _nutch_datum(status: str, fetched: dt.datetime, interval: int, score: str, signature: str, meta: list[str]) -> str:
    text = (
        f"Version: 7\nStatus: {status}\nFetch time: {_java_date(fetched)}\n"
        f"Modified time: Thu Jan 01 08:00:00 CST 1970\nRetries since fetch: 0\n"
        f"Retry interval: {interval} seconds ({interval // 86400} days)\nScore: {score}\nSignature: {signature}\n"
        "Metadata: \n "
    )
    return text + "".join(f"\t{entry}\n" for entry in meta)


@text_form("nutch_readseg_dump_parse_text")
def nutch_readseg_dump_parse_text(story: Story) -> Wrapped:
    """A site-search crawl's segment dumped as text (Apache Nutch readseg -dump-like, UTF-8): each record's Recno:: and
    URL::, its CrawlDatum:: sections, maybe Content:: with the page's HTML, ParseData:: (the title, the outlinks with
    their anchors, the metadata) and ParseText:: (the page's text run together on one line); the list page's record
    and outlinks' records around the story's."""
    rng = _rng(story, "nutch_readseg_dump_parse_text")
    host = _host(rng)
    page = _county_page(story, rng, host)
    fetched = _since(story, rng, 1, 600, dt.date(2018, 6, 1))
    segment = f"{fetched:%Y%m%d%H%M%S}"
    content = rng.random() < 0.45
    interval = rng.choice([2592000, 604800])
    base = f"http://{host}/"
    list_url = f"http://{host}/zsyz/zsdt/"
    anchors = [(base, "首页")] + [(f"{base}{_token(rng, 4)}/", item) for item in MENU[1:]]

    def fetch_meta() -> list[str]:
        return [
            f"_ngt_={_epoch(fetched) * 1000 + rng.randrange(1000)}",
            "Content-Type=text/html",
            "_pst_=success(1), lastModified=0",
            f"_rs_={rng.randrange(80, 900)}",
        ]

    def metadata(size: int) -> str:
        stamp = _utc(fetched)
        return (
            f"Date={WEEKDAYS[stamp.weekday()]}, {stamp:%d} {MONTHS[stamp.month - 1]} {stamp:%Y %H:%M:%S} GMT "
            f"Content-Length={size} Content-Type=text/html; charset=utf-8 nutch.crawl.score=1.0 _fst_=33 "
            f"nutch.segment.name={segment} Connection=close Server=nginx "
        )

    def outlinks(links: list[tuple[str, Parts]]) -> Parts:
        parts: Parts = [(f"Outlinks: {len(links)}\n", True)]
        for url, anchor in links:
            parts += [(f"  outlink: toUrl: {url} anchor: ", True), *anchor, ("\n", True)]
        return parts

    records: list[Parts] = []
    # The list page: its outlinks hold the titles it lists, the story's among them.
    listed_titles: list[tuple[str, Parts]] = [
        (_page_address(host, _near(story.published, rng).date(), rng.randrange(10**6, 10**7), "zsyz/zsdt"), [(t, True)])
        for t in rng.sample(OTHERS, 3)
    ]
    listed_titles.insert(
        rng.randrange(4), (page.url, [(story.headline, False)] if story.headline else [("详细", True)])
    )
    list_text: Parts = [
        (f"{page.column}_{page.site} {page.site} {''.join(MENU)} 当前位置：首页 > {page.column} ", True)
    ]
    for _, anchor in listed_titles:
        list_text += [*anchor, (" ", True)]
    list_text.append((f"共1页 主办：{page.site}办公室 网站标识码：{page.code}", True))
    records.append(
        [
            (f"\nRecno:: 0\nURL:: {list_url}\n\nCrawlDatum::\n", True),
            (
                _nutch_datum(
                    "33 (fetch_success)", fetched + dt.timedelta(days=30), interval, "1.0", "null", fetch_meta()
                ),
                True,
            ),
            (f"\nParseData::\nVersion: 5\nStatus: success(1,0)\nTitle: {page.column}_{page.site}\n", True),
            *outlinks([*((url, [(name, True)]) for url, name in anchors), *listed_titles]),
            (f"Content Metadata: {metadata(rng.randrange(9000, 30000))}\n", True),
            ("Parse Metadata: CharEncodingForConversion=utf-8 OriginalCharEncoding=utf-8 \n", True),
            ("\nParseText::\n", True),
            *list_text,
            ("\n", True),
        ]
    )
    # The story's page.
    html: Parts = [('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>', True)]
    html += [entity for piece, listed in page.title if piece for entity in _marked(piece, listed)]
    html.append(('</title>\n</head>\n<body>\n<div class="nav">', True))
    html.append(("".join(f'<a href="{url}">{name}</a>' for url, name in anchors) + "</div>\n", True))
    html.append((f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; {page.column}</div>\n', True))
    if story.headline:
        html += [("<h1>", True), *_marked(story.headline, False), ("</h1>\n", True)]
    html += [('<div class="info">', True), *page.info, ('</div>\n<div id="zoom">\n', True)]
    for paragraph in story.lines:
        html += [('<p style="text-indent:2em;">', True), *_marked(paragraph, False), ("</p>\n", True)]
    html.append(
        (
            '</div>\n<div class="tools"><a href="javascript:window.print()">打印本页</a> '
            f'<a href="javascript:window.close()">关闭窗口</a></div>\n<div class="footer">主办：{page.site}办公室 '
            f"网站标识码：{page.code} {page.icp}</div>\n</body>\n</html>\n",
            True,
        )
    )
    size = sum(len(piece.encode("utf-8")) for piece, _ in html if piece)
    parse_text: Parts = [
        *page.title,
        (f" {''.join(MENU)} 当前位置：首页 > {page.column} ", True),
    ]
    if story.headline:
        parse_text += [(story.headline, False), (" ", True)]
    parse_text += [*page.info, (" ", True)]
    for paragraph in story.lines:
        parse_text += [(paragraph, False), (" ", True)]
    parse_text.append((f"打印本页 关闭窗口 主办：{page.site}办公室 网站标识码：{page.code} {page.icp}\n", True))
    signature = _token(rng, 32, HEX)
    story_record: Parts = [(f"\nRecno:: 1\nURL:: {page.url}\n\nCrawlDatum::\n", True)]
    story_record.append(
        (
            _nutch_datum("1 (db_unfetched)", fetched, interval, "0.0185", "null", [f"_ngt_={_epoch(fetched) * 1000}"]),
            True,
        )
    )
    story_record.append(("\nCrawlDatum::\n", True))
    story_record.append(
        (
            _nutch_datum(
                "33 (fetch_success)", fetched + dt.timedelta(seconds=interval), interval, "0.0185", "null", fetch_meta()
            ),
            True,
        )
    )
    if content:
        story_record.append(
            (
                f"\nContent::\nVersion: -1\nurl: {page.url}\nbase: {page.url}\ncontentType: text/html\n"
                f"metadata: {metadata(size)}\nContent:\n",
                True,
            )
        )
        story_record += html
    story_record.append(("\nCrawlDatum::\n", True))
    story_record.append((_nutch_datum("65 (signature)", fetched, 0, "1.0", signature, []), True))
    story_record.append(("\nParseData::\nVersion: 5\nStatus: success(1,0)\nTitle: ", True))
    story_record += [*page.title, ("\n", True)]
    links = [*anchors, (list_url, page.column)]
    links += [(f"{base}zsyz/zsdt/t{rng.randrange(10**6, 10**7)}.html", page.previous)]
    links += [(f"{base}zsyz/zsdt/t{rng.randrange(10**6, 10**7)}.html", page.following)]
    story_record += outlinks([(url, [(name, True)]) for url, name in links])
    story_record.append((f"Content Metadata: {metadata(size)}\n", True))
    story_record.append(("Parse Metadata: CharEncodingForConversion=utf-8 OriginalCharEncoding=utf-8 \n", True))
    story_record += [("\nParseText::\n", True), *parse_text]
    records.append(story_record)
    # Outlinks' records: only the datum the parse made for them.
    for number, (url, _) in enumerate(rng.sample(links, 2), 2):
        records.append(
            [
                (f"\nRecno:: {number}\nURL:: {url}\n\nCrawlDatum::\n", True),
                (_nutch_datum("67 (linked)", fetched, interval, "0.0185", "null", []) + "\n", True),
            ]
        )
    parts: Parts = [piece for record in records for piece in record]
    text, furniture = _joined(parts)
    return Wrapped(text, _listed(furniture), f"file:///opt/nutch/dump/{segment}/dump", kind="text")


# ---------------------------------------------------------------- a pipeline's debug output, a thesis's source


def _ruby_escape(char: str, after: str) -> str:
    """A character as Ruby's String#inspect writes it inside double quotes."""
    escapes = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
    if char in escapes:
        return escapes[char]
    if char == "#" and after in "{$@":
        return "\\#"
    if ord(char) < 0x20:
        return f"\\u{ord(char):04X}"
    return char


@text_form("logstash_rubydebug_jdbc_event_hash")
def logstash_rubydebug_jdbc_event_hash(story: Story) -> Wrapped:
    """A CMS table fed to a search index through a pipeline's console (Logstash-like, jdbc input, rubydebug codec,
    UTF-8): the runner's lines, the input's SQL with its time, each row as a Ruby hash (keys sorted and right-aligned
    before =>, times as UTC timestamps unquoted, strings as Ruby inspects them, nil where the row has none); other rows
    the same."""
    rng = _rng(story, "logstash_rubydebug_jdbc_event_hash")
    host = _host(rng)
    version = rng.choice(["7.16.2", "7.17.3", "8.5.1"])
    clock = _since(story, rng, 1, 500, dt.date(2020, 6, 1))
    html = rng.random() < 0.7
    plugin = _token(rng, 64, HEX)

    def logged(level: str, logger: str, message: str, pipeline: bool = False, plug: bool = False) -> str:
        nonlocal clock
        clock += dt.timedelta(milliseconds=rng.randrange(5, 3000))
        tags = ("[main]" if pipeline else "") + (f"[{plugin}]" if plug else "")
        return (
            f"[{clock:%Y-%m-%dT%H:%M:%S},{clock.microsecond // 1000:03d}][{level:<5}][{logger:<25}]{tags} {message}\n"
        )

    def quoted(parts: Parts) -> Parts:
        return [('"', True), *_each(parts, _ruby_escape), ('"', True)]

    def event(row: dict[str, Parts]) -> Parts:
        width = max(len(key) + 2 for key in row)
        parts: Parts = [("{\n", True)]
        for index, key in enumerate(sorted(row)):
            pad = " " * (4 + width - len(key) - 2)
            parts += [(f'{pad}"{key}" => ', True), *row[key], (",\n" if index < len(row) - 1 else "\n", True)]
        parts.append(("}\n", True))
        return parts

    def stamp(moment: dt.datetime) -> str:
        utc = _utc(moment)
        return f"{utc:%Y-%m-%dT%H:%M:%S}.{utc.microsecond // 1000:03d}Z"

    def row(title: str | None, day: dt.date | None, source: str | None, lines: Iterable[str], own: bool) -> Parts:
        moment = _moment(day, rng)
        body: Parts = []
        for index, paragraph in enumerate(lines):
            if html:
                body += [("<p>", True), *_marked(paragraph, not own), ("</p>", True)]
            else:
                body += [("\n" if index else "", True), (paragraph, not own)]
        fields: dict[str, Parts] = {
            "@timestamp": [(stamp(clock), True)],
            "@version": [('"1"', True)],
            "id": [(str(rng.randrange(1000, 99999)), True)],
            "title": quoted([(title, not own)]) if title else [("nil", True)],
            "source": quoted([(source, not own)]) if source else [("nil", True)],
            "pub_time": [(stamp(moment), not own)] if moment else [("nil", True)],
            "content": quoted(body),
            "url": [(f'"{_page_address(host, day, rng.randrange(10**5, 10**6), "zsyz/zsdt")}"', True)],
            "column_name": [('"招商动态"', True)],
            "type": [('"cms_article"', True)],
        }
        return event(fields)

    parts: Parts = [
        ("Using bundled JDK: /usr/share/logstash/jdk\n", True),
        ("Sending Logstash logs to /usr/share/logstash/logs which is now configured via log4j2.properties\n", True),
        (
            logged(
                "INFO",
                "logstash.runner",
                "Log4j configuration path used is: /usr/share/logstash/config/log4j2.properties",
            ),
            True,
        ),
        (
            logged(
                "INFO",
                "logstash.runner",
                f'Starting Logstash {{"logstash.version"=>"{version}", "jruby.version"=>"jruby 9.2.20.1 (2.5.8) '
                '2021-11-30 2a2962fbd1 OpenJDK 64-Bit Server VM 11.0.13+8 on 11.0.13+8 +indy +jit [linux-x86_64]"}',
            ),
            True,
        ),
        (
            logged(
                "INFO",
                "logstash.agent",
                "Successfully started Logstash API endpoint {:port=>9600, :ssl_enabled=>false}",
            ),
            True,
        ),
        (logged("INFO", "logstash.javapipeline", 'Pipeline started {"pipeline.id"=>"main"}', pipeline=True), True),
        (
            logged(
                "INFO",
                "logstash.agent",
                "Pipelines running {:count=>1, :running_pipelines=>[:main], :non_running_pipelines=>[]}",
            ),
            True,
        ),
        (
            logged(
                "INFO",
                "logstash.inputs.jdbc",
                f"({rng.uniform(0.004, 0.09):.6f}s) SELECT * FROM (SELECT a.id, a.title, a.source, a.pub_time, "
                "a.content, a.url, c.name AS column_name FROM cms_article a LEFT JOIN cms_column c ON a.column_id = "
                f"c.id WHERE a.update_time > '{clock - dt.timedelta(days=1):%Y-%m-%d %H:%M:%S}') AS `t1` LIMIT 50000 "
                "OFFSET 0",
                pipeline=True,
                plug=True,
            ),
            True,
        ),
    ]
    others, at = _others(rng, 3)
    for index in range(len(others) + 1):
        if index == at:
            parts += row(story.headline, story.published, story.outlet, story.lines, True)
            continue
        title, lines = others[index - (index > at)]
        parts += row(title, _near(story.published, rng).date(), f"{rng.choice(PLACES)}融媒体中心", lines, False)
    text, furniture = _joined(parts)
    return Wrapped(text, _listed(furniture), f"file:///home/{_token(rng, 5)}/elk/logstash-console.txt", kind="text")


LATEX_ESCAPES = {
    "\\": "\\textbackslash{}",
    "&": "\\&",
    "%": "\\%",
    "$": "\\$",
    "#": "\\#",
    "_": "\\_",
    "{": "\\{",
    "}": "\\}",
    "~": "\\textasciitilde{}",
    "^": "\\textasciicircum{}",
}


def _latex_escape(char: str, _after_it: str) -> str:
    return LATEX_ESCAPES.get(char, char)


@text_form("latex_thesis_appendix_quote_env")
def latex_thesis_appendix_quote_env(story: Story) -> Wrapped:
    """A thesis's appendix of case materials in LaTeX (ctex-like, UTF-8, maybe CRLF): the root and encoding comments,
    \\chapter with its label, the appendix's note, each case a \\section (the headline, or a title of the writer's own)
    in a quote environment: \\small, \\noindent 来源 and 发布时间 with \\quad and a footnote with the address and the
    access day, the paragraphs apart by blank lines, TeX's specials escaped; other cases around it."""
    rng = _rng(story, "latex_thesis_appendix_quote_env")
    host = _host(rng)
    windows = rng.random() < 0.3
    accessed = _since(story, rng, 60, 900, dt.date(2021, 9, 1))
    numerals = "一二三四五六七八九十"

    def case(
        number: int, title: str | None, day: dt.date | None, source: str | None, lines: Iterable[str], own: bool
    ) -> Parts:
        url = _page_address(host, day, rng.randrange(10**5, 10**6), "zsyz/zsdt")
        parts: Parts = [("\\section{", True)]
        if title:
            parts += _each([(title, not own)], _latex_escape)
        else:
            parts.append((f"案例{numerals[number - 1]}（原文无标题）", True))
        parts.append((f"}}\n\\label{{sec:case-{number}}}\n\n\\begin{{quote}}\n  \\small\n  \\noindent ", True))
        info: Parts = []
        if source:
            info += _each([(f"来源：{source}", not own)], _latex_escape)
        if day:
            info += [("\\quad " if info else "", True), (f"发布时间：{_unpadded(day)}", not own)]
        if not info:
            info = [("原文未注明来源及发布时间。", True)]
        parts += info
        parts.append((f"\\footnote{{原文网址：\\url{{{url}}}，访问日期：{_unpadded(accessed.date())}。}}\n", True))
        for paragraph in lines:
            parts += [("\n  ", True), *_each([(paragraph, not own)], _latex_escape), ("\n", True)]
        parts.append(("\\end{quote}\n\n", True))
        return parts

    parts: Parts = [
        ("% !TeX root = ../main.tex\n% !TeX encoding = UTF-8\n\n", True),
        (
            f"\\chapter{{{rng.choice(['案例材料', '典型案例原文', '招商引资新闻报道原文'])}}}\n"
            "\\label{app:cases}\n\n",
            True,
        ),
        (
            "本附录收录正文第四章所引用的地方政府招商引资新闻报道原文，按发布时间先后排列。文字照录原网页，"
            "仅删去图片、图注及页面导航，个别明显错字未作改动。\n\n",
            True,
        ),
    ]
    others, at = _others(rng, 3, 1)
    for index in range(len(others) + 1):
        if index == at:
            parts += case(index + 1, story.headline, story.published, story.outlet, story.lines, True)
            continue
        title, lines = others[index - (index > at)]
        parts += case(
            index + 1, title, _near(story.published, rng).date(), f"{rng.choice(PLACES)}人民政府", lines, False
        )
    text, furniture = _joined(parts)
    name = rng.choice(["appendix-b.tex", "appendix.tex", "cases.tex"])
    url = f"file:///D:/thesis/chapters/{name}" if windows else f"file:///Users/{_token(rng, 5)}/thesis/chapters/{name}"
    return Wrapped(_crlf(text) if windows else text, _listed(furniture), url, kind="text")


# ---------------------------------------------------------------- a copied request, a typesetting source


SAFE_CMD = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-:=+~'/.,?;()*`")
JS_SPACES = set("\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff") | {chr(c) for c in range(0x2000, 0x200B)}


def _cmd_escape(char: str, after: str) -> str:
    """A character as Chrome's Copy as cURL (cmd) writes it: backslashes doubled, quotes as \\", every character outside
    its safe set behind a caret, a % before a name's character kept from cmd, a newline as a caret and two newlines."""
    if char == "\r":
        return ""
    if char == "\n":
        return "^\n\n"
    if char == "\\":
        return "^\\^\\"
    if char == '"':
        return '^\\^"'
    if char == "%":
        return "^%^" if after and (after.isascii() and (after.isalnum() or after == "_")) else "^%"
    if char in SAFE_CMD or char in JS_SPACES:
        return char
    return "^" + char


def _posix_escape(char: str, _after_it: str) -> str:
    """A character inside Chrome's ANSI-C quoting ($'…') for Copy as cURL (bash)."""
    escapes = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r"}
    if char in escapes:
        return escapes[char]
    if ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F or char == "!":
        return f"\\u{ord(char):04x}"
    return char


def _shell_quoted(parts: Parts, windows: bool) -> Parts:
    """An argument as the copy quotes it for cmd (^"…^") or for bash ('…', or $'…' where it must)."""
    if windows:
        return [('^"', True), *_each(parts, _cmd_escape), ('^"', True)]
    plain = "".join(piece for piece, _ in parts if piece)
    if re.search(r"[\x00-\x1f\x7f-\x9f!']", plain):
        return [("$'", True), *_each(parts, _posix_escape), ("'", True)]
    return [("'", True), *parts, ("'", True)]


@text_form("devtools_copy_as_curl_cms_save_body")
def devtools_copy_as_curl_cms_save_body(story: Story) -> Wrapped:
    """A county CMS's save request copied from the browser's developer tools as a shell command (Chrome-like Copy as
    cURL, bash or cmd): the address, the headers (the token or the session, Content-Type, Origin, Referer, the user
    agent) and --data-raw: a Vue admin's JSON (title, source, publishDate, the editor's contentHtml; empty strings
    where the form was left empty) or an older CMS's multipart form; then --compressed or --insecure."""
    rng = _rng(story, "devtools_copy_as_curl_cms_save_body")
    host = f"cms.{_token(rng, 5)}.example-t24.gov.cn"
    windows = rng.random() < 0.5
    multipart = rng.random() < 0.35
    secure = rng.random() < 0.6
    scheme = "https" if secure else "http"
    chrome = rng.choice(["96.0.4664.110", "109.0.0.0", "120.0.0.0", "126.0.0.0"])
    mac = not windows and rng.random() < 0.7
    system = "Macintosh; Intel Mac OS X 10_15_7" if mac else "Windows NT 10.0; Win64; x64"
    moment = _moment(story.published, rng)
    token = _Tokens()
    content = "".join(
        '<p style="text-indent: 2em;">' + token(_marked(line, False)) + "</p>" for line in story.lines
    ) + rng.choice(["", f'<p style="text-align: right;">（编辑：{rng.choice(NAMES)}）</p>'])
    if multipart:
        boundary = "----WebKitFormBoundary" + _token(rng, 16, ALNUM)
        fields = [
            ("channelId", str(rng.randrange(10, 300))),
            ("title", token([(story.headline, False)]) if story.headline else ""),
            ("subTitle", ""),
            ("author", ""),
            ("origin", token([(story.outlet, False)]) if story.outlet else ""),
            ("releaseDate", token([(f"{moment:%Y-%m-%d %H:%M:%S}", False)]) if moment else ""),
            ("txt", content),
            ("status", "1"),
        ]
        body = "".join(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
            for name, value in fields
        )
        body_parts = token.filled(body + f"--{boundary}--\r\n")
        url = f"{scheme}://{host}/jeecms/admin/content/o_save.do"
        kind = f"multipart/form-data; boundary={boundary}"
        auth = ("Cookie", f"JSESSIONID={_token(rng, 32, '0123456789ABCDEF')}; clientlanguage=zh_CN")
        referer = f"{scheme}://{host}/jeecms/admin/content/v_add.do?cid={fields[0][1]}"
    else:
        record = {
            "catalogId": str(rng.randrange(1000, 9999)),
            "contentId": None,
            "contentType": "article",
            "title": token([(story.headline, False)]) if story.headline else "",
            "subTitle": "",
            "shortTitle": "",
            "author": "",
            "editor": rng.choice(NAMES),
            "original": "N",
            "source": token([(story.outlet, False)]) if story.outlet else "",
            "sourceUrl": "",
            "publishDate": token([(f"{moment:%Y-%m-%d %H:%M:%S}", False)]) if moment else "",
            "summary": "",
            "tags": [],
            "keywords": [],
            "contentHtml": content,
            "status": "0",
            "linkFlag": "N",
        }
        printed = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        # The values sit inside JSON strings (the editor's HTML too): the story's pieces as JSON writes them.
        token.values = [[(_json_text(piece or ""), listed) for piece, listed in value] for value in token.values]
        body_parts = token.filled(printed)
        url = f"{scheme}://{host}/prod-api/cms/content/article"
        kind = "application/json;charset=UTF-8"
        jwt = base64.urlsafe_b64encode(
            json.dumps({"login_user_key": str(uuid.UUID(int=rng.getrandbits(128)))}).encode()
        )
        auth = (
            "Authorization",
            "Bearer eyJhbGciOiJIUzUxMiJ9." + jwt.decode().rstrip("=") + "." + _token(rng, 86, ALNUM),
        )
        referer = f"{scheme}://{host}/content/editor?catalogId={record['catalogId']}"
    lower = secure and rng.random() < 0.6
    headers = [
        ("Accept", "application/json, text/plain, */*"),
        ("Accept-Language", "zh-CN,zh;q=0.9"),
        auth,
        ("Connection", "keep-alive"),
        ("Content-Type", kind),
        ("Origin", f"{scheme}://{host}"),
        ("Referer", referer),
        ("User-Agent", f"Mozilla/5.0 ({system}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{chrome} Safari/537.36"),
    ]
    if lower:
        headers = [(name.lower(), value) for name, value in headers if name != "Connection"]
        major = chrome.split(".")[0]
        headers += [
            ("sec-ch-ua", f'"Not_A Brand";v="8", "Chromium";v="{major}", "Google Chrome";v="{major}"'),
            ("sec-ch-ua-mobile", "?0"),
            ("sec-ch-ua-platform", '"macOS"' if mac else '"Windows"'),
        ]
    gap = " ^\n  " if windows else " \\\n  "
    parts: Parts = [("curl ", True), *_shell_quoted([(url, True)], windows)]
    for name, value in headers:
        parts += [(gap + "-H ", True), *_shell_quoted([(f"{name}: {value}", True)], windows)]
    parts += [(gap + "--data-raw ", True), *_shell_quoted(body_parts, windows)]
    parts.append((gap + ("--insecure" if secure and rng.random() < 0.3 else "--compressed") + "\n", True))
    text, furniture = _joined(parts)
    if windows:
        return Wrapped(_crlf(text), _listed(furniture), "file:///D:/work/cms/save-request.txt", kind="text")
    if mac:
        return Wrapped(text, _listed(furniture), f"file:///Users/{_token(rng, 5)}/Desktop/curl.txt", kind="text")
    return Wrapped(text, _listed(furniture), f"file:///C:/Users/{_token(rng, 5)}/Desktop/curl-bash.txt", kind="text")


def _lead_in(paragraph: str) -> tuple[str, str] | None:
    """A paragraph's numbered lead-in (一是…。, （一）…。, 1.…，): what a typesetter sets in 黑体."""
    match = re.match(
        r"^((?:[一二三四五六七八九十]+[是、]|（[一二三四五六七八九十]+）|\d+[.、．])[^。；，]{2,30}[。；，])", paragraph
    )
    if not match:
        return None
    return match.group(1), paragraph[match.end() :]


@text_form("fangzheng_shuban_xiaoyang_zhujie")
def fangzheng_shuban_xiaoyang_zhujie(story: Story) -> Wrapped:
    """A compilation's typesetting source (方正书版-like 小样 exported as text: GB18030, CRLF): the default font's
    annotation, the section's 〖BT2〗 heading, each article's 〖BT3〗 title, its （来源 and the day） centred in 楷体,
    the paragraphs indented by two wide spaces, a numbered lead-in in 黑体, each paragraph ending in the 换段符 ↙,
    〖KH1〗 between articles; the story's among others."""
    rng = _rng(story, "fangzheng_shuban_xiaoyang_zhujie")
    bold = rng.random() < 0.6
    section = rng.choice(["二、招商动态", "三、项目建设", "第二部分　招商引资工作动态"])

    def article(title: str | None, day: dt.date | None, source: str | None, lines: Iterable[str], own: bool) -> Parts:
        parts: Parts = []
        if title:
            parts += [("〖BT3〗", True), (title, not own), ("↙\n", True)]
        info = []
        if source:
            info.append(f"来源：{source}")
        if day:
            info.append(_unpadded(day))
        if info:
            parts += [("〖JZ〗〖HT5K〗（", True), ("　".join(info), not own), ("）〖HT〗↙\n", True)]
        for paragraph in lines:
            lead = _lead_in(paragraph) if bold else None
            if lead:
                parts += [("　　〖HT5H〗", True), (lead[0], not own), ("〖HT〗", True), (lead[1], not own)]
            else:
                parts += [("　　", True), (paragraph, not own)]
            parts.append(("↙\n", True))
        parts.append(("〖KH1〗\n", True))
        return parts

    parts: Parts = [("〖HT5SS〗\n", True), (f"〖BT2〗{section}↙\n", True)]
    others, at = _others(rng, 3, 1)
    for index in range(len(others) + 1):
        if index == at:
            parts += article(story.headline, story.published, story.outlet, story.lines, True)
            continue
        title, lines = others[index - (index > at)]
        parts += article(title, _near(story.published, rng).date(), f"{rng.choice(PLACES)}商务局", lines, False)
    text, furniture = _joined(parts)
    name = rng.choice(["招商汇编-二.txt", "xy02.txt", f"{_token(rng, 4)}.txt"])
    return Wrapped(_crlf(text), _listed(furniture), f"file:///E:/排版/汇编/{name}", encoding="gb18030", kind="text")


# ---------------------------------------------------------------- a model service's batch, a channel's export


SYSTEM_PROMPTS = [
    "你是一名研究中国地方政府招商引资行为的研究助理，只根据给定新闻作答，不得编造信息。",
    "你是政策文本分析助手。请严格按照要求输出JSON，不要输出其他内容。",
]
TASKS = [
    "请阅读下面这篇地方政府网站新闻，判断其是否报道招商引资项目的签约、开工或投产，并抽取项目名称、投资方、投资金额"
    '（亿元）和项目所在地，以JSON格式输出；不涉及则输出{"涉及": false}。',
    "请对下面的新闻进行分类（招商推介/项目签约/项目落地/营商环境/其他），并用一句话概括其主要内容，以JSON格式输出。",
]


@text_form("llm_batch_request_jsonl_user_prompt")
def llm_batch_request_jsonl_user_prompt(story: Story) -> Wrapped:
    """A model service's batch file built from crawled articles (OpenAI-compatible batch JSONL, UTF-8, Python's
    json.dumps keeping the Chinese): each line's custom_id, method, url and body (the model, the system prompt, the
    user's prompt: the task, then 标题, 来源, 发布日期 and 正文 or 【】 labels with the paragraphs joined by escaped
    newlines, a label left empty where the article has none); other articles' lines around it."""
    rng = _rng(story, "llm_batch_request_jsonl_user_prompt")
    model = rng.choice(["qwen-plus", "qwen-turbo", "deepseek-chat", "gpt-4o-mini"])
    system = rng.choice(SYSTEM_PROMPTS)
    instruction = rng.choice(TASKS)
    bracketed = rng.random() < 0.4
    labels = (
        ("【标题】", "【来源】", "【发布日期】", "【正文】")
        if bracketed
        else ("标题：", "来源：", "发布日期：", "正文：")
    )
    formatted = rng.random() < 0.5
    start = rng.randrange(1, 5000)

    def request(
        number: int, title: str | None, day: dt.date | None, source: str | None, lines: Iterable[str], own: bool
    ) -> Parts:
        token = _Tokens()

        def field(label: str, value: str | None) -> str:
            if not value:
                return label
            return label + token([(_json_text(value), not own)])

        prompt = "\n".join(
            [
                instruction,
                "",
                field(labels[0], title),
                field(labels[1], source),
                field(labels[2], f"{day:%Y-%m-%d}" if day else None),
                labels[3],
                *(token([(_json_text(line), not own)]) for line in lines),
            ]
        )
        body: dict = {
            "model": model,
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": prompt}],
            "temperature": 0,
        }
        if formatted:
            body["response_format"] = {"type": "json_object"}
        line = {"custom_id": f"zsyz-{number:06d}", "method": "POST", "url": "/v1/chat/completions", "body": body}
        return [*token.filled(json.dumps(line, ensure_ascii=False)), ("\n", True)]

    parts: Parts = []
    others, at = _others(rng, 4, 1)
    for index in range(len(others) + 1):
        if index == at:
            parts += request(start + index, story.headline, story.published, story.outlet, story.lines, True)
            continue
        title, lines = others[index - (index > at)]
        day = _near(story.published, rng).date()
        parts += request(start + index, title, day, f"{rng.choice(PLACES)}人民政府", lines, False)
    text, furniture = _joined(parts)
    name = rng.choice(["batch_input.jsonl", "zsyz_batch_01.jsonl", "requests.jsonl"])
    return Wrapped(text, _listed(furniture), f"file:///home/{_token(rng, 5)}/llm/{name}", kind="text")


def _telegram_pieces(
    title: str | None,
    day: dt.date | None,
    source: str | None,
    lines: list[str],
    own: bool,
    closing: tuple[str, list[str]] | None,
) -> list[tuple[str, str, bool]]:
    """A post's text as (entity type, text, the story's own) pieces: the headline in bold within 【】, 来源 and
    发布时间, the paragraphs apart by blank lines, then maybe the link to the original and the hashtags."""
    pieces: list[tuple[str, str, bool]] = []
    if title:
        pieces += [("plain", "【", False), ("bold", title, own), ("plain", "】\n\n", False)]
    info = []
    if source:
        info.append(f"来源：{source}")
    if day:
        info.append(f"发布时间：{_unpadded(day)}")
    if info:
        pieces += [("plain", "　".join(info), own), ("plain", "\n\n", False)]
    for index, line in enumerate(lines):
        if index:
            pieces.append(("plain", "\n\n", False))
        pieces.append(("plain", line, own))
    if closing:
        url, tags = closing
        pieces += [("plain", "\n\n原文链接：", False), ("link", url, False), ("plain", "\n", False)]
        for index, tag in enumerate(tags):
            if index:
                pieces.append(("plain", " ", False))
            pieces.append(("hashtag", tag, False))
    return pieces


@text_form("telegram_export_json_text_entities")
def telegram_export_json_text_entities(story: Story) -> Wrapped:
    """A channel's history exported from a messaging app (Telegram Desktop-like result.json, UTF-8, indented by one
    space): the channel, a service message maybe, then messages with their dates, maybe an edit and a photo, text as
    a list of plain strings and entity objects (the headline in bold within 【】, 来源 and 发布时间, the paragraphs, the
    link, the hashtags; one string where the message has no entity) and text_entities repeating each piece; a post
    longer than a photo's caption continued in the next message; other posts around it."""
    rng = _rng(story, "telegram_export_json_text_entities")
    host = _host(rng)
    channel = rng.choice(["县域经济观察", "中国地方招商动态", "内地投资快讯"])
    channel_id = rng.randrange(1_100_000_000, 1_900_000_000)
    clock = _since(story, rng, 0, 20, dt.date(2019, 6, 1))
    token = _Tokens()
    messages: list[dict] = []
    next_id = rng.randrange(200, 5000)

    def message(pieces: list[tuple[str, str, bool]], photo: bool) -> None:
        nonlocal clock, next_id
        clock += dt.timedelta(minutes=rng.randrange(3, 600))
        next_id += rng.randrange(1, 4)
        head: dict = {
            "id": next_id,
            "type": "message",
            "date": f"{clock:%Y-%m-%dT%H:%M:%S}",
            "date_unixtime": str(_epoch(clock)),
        }
        if rng.random() < 0.2:
            edited = clock + dt.timedelta(minutes=rng.randrange(1, 90))
            head.update({"edited": f"{edited:%Y-%m-%dT%H:%M:%S}", "edited_unixtime": str(_epoch(edited))})
        head.update({"from": channel, "from_id": f"channel{channel_id}"})
        if photo:
            name = f"photos/photo_{len(messages) + 1}@{clock:%d-%m-%Y_%H-%M-%S}.jpg"
            head.update({"photo": name, "width": 1280, "height": rng.choice([720, 853, 960])})

        # Plain pieces next to each other are one string, as the app writes them; an entity is an object of its own.
        groups: list[tuple[str, Parts]] = []
        for kind, piece, own in pieces:
            written = (_json_text(piece), not own)
            if kind == "plain" and groups and groups[-1][0] == "plain":
                groups[-1][1].append(written)
            else:
                groups.append((kind, [written]))
        if len(groups) == 1 and groups[0][0] == "plain":
            whole = token(groups[0][1])
            head.update({"text": whole, "text_entities": [{"type": "plain", "text": whole}]})
        else:
            text = [token(parts) if kind == "plain" else {"type": kind, "text": token(parts)} for kind, parts in groups]
            entities = [{"type": kind, "text": token(parts)} for kind, parts in groups]
            head.update({"text": text, "text_entities": entities})
        messages.append(head)

    def post(title: str | None, day: dt.date | None, source: str | None, lines: list[str], own: bool) -> None:
        url = _page_address(host, day, rng.randrange(10**5, 10**6), "zsyz/zsdt")
        closing = (url, rng.sample(["#招商引资", "#县域经济", "#项目签约", "#营商环境"], 2))
        photo = rng.random() < 0.5
        if not photo or sum(len(line) for line in lines) < 700:
            message(_telegram_pieces(title, day, source, lines, own, closing), photo)
            return
        # A photo's caption holds 1,024 characters: the rest follows in the next message.
        cut = 0
        used = len(title or "") + 40
        while cut < len(lines) - 1 and used + len(lines[cut]) < 900:
            used += len(lines[cut]) + 2
            cut += 1
        suffix = ("plain", "\n\n（未完，见下条）", False)
        first = _telegram_pieces(title, day, source, lines[:cut], own, None)
        while cut and sum(len(text) for _, text, _ in [*first, suffix]) > 1024:
            cut -= 1
            first = _telegram_pieces(title, day, source, lines[:cut], own, None)
        message([*first, suffix], True)
        rest = _telegram_pieces(None, None, None, lines[cut:], own, closing)
        message([("plain", "（接上条）\n\n", False), *rest], False)

    if rng.random() < 0.3:
        messages.append(
            {
                "id": 1,
                "type": "service",
                "date": "2019-03-02T09:12:40",
                "date_unixtime": "1551489160",
                "actor": channel,
                "actor_id": f"channel{channel_id}",
                "action": "create_channel",
                "title": channel,
                "text": "",
                "text_entities": [],
            }
        )
    others, at = _others(rng, 3, 1)
    for index in range(len(others) + 1):
        if index == at:
            post(story.headline, story.published, story.outlet, list(story.lines), True)
            continue
        title, lines = others[index - (index > at)]
        post(title, _near(story.published, rng).date(), f"{rng.choice(PLACES)}人民政府", list(lines), False)
    export = {"name": channel, "type": "public_channel", "id": channel_id, "messages": messages}
    text, furniture = _joined(token.filled(json.dumps(export, ensure_ascii=False, indent=1)))
    folder = f"ChatExport_{clock:%Y-%m-%d}"
    url = f"file:///C:/Users/{_token(rng, 5)}/Downloads/Telegram Desktop/{folder}/result.json"
    return Wrapped(text + "\n", _listed(furniture), url, kind="text")


DEV_T24, LOCKED_T24 = split_by_digest(TEXT_FORMS24, "text round 24/", locked=6)
