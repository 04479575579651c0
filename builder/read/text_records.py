"""Text captures that are records a tool printed, read back to the lines a plain copy of the article gives: an API's
or an extractor's JSON (pretty or on one line, one record or a list, a crawl's JSON Lines), a crawler's item as
Python prints it (a dict's repr or pformat, in its log), an object's repr at a Python prompt (a document loader's
`[Document(metadata={…}, page_content='…')]`, read by `ast`, never run), a shell's property list (`title       : …`,
as PowerShell's Format-List prints it) and a static site's TOML front matter (between `+++` lines). Such a
capture holds the article as fields: its title, its date, its source and its text, beside an id, a hostname, counters
and tags that no page shows as its text. Each is known by its syntax and its fields' names (`article_fields.json`,
read as a page's script data is: `data_articles.py`), never by one tool's.

The article's fields are given as the lines a page's copy gives them (标题：…, 发布时间：…, 来源：…, the paragraphs),
for the text path to read as it reads any copy. A record whose title is a page's <title> (a site's name at an end:
标题_工作动态_某某县人民政府) gives the title's headline part, or none (部门动态_某某县人民政府). Where several records
hold an article (a crawl's neighbours, an API's list), the one most about the corpus's topic is the capture's; the
pieces of one (a loader's pages of one file) are joined first."""

from __future__ import annotations

import ast
import datetime as dt
import html
import json
import re
from dataclasses import replace
from functools import cache
from typing import Any

from builder.read.data_articles import CHINA, CJK, DataArticle, articles_in, epoch_day
from builder.resources import data_json

# A record opening a line: an object, an object's repr (Document(page_content='…'), Article(title='…')), or a list of
# either.
_OPENING = re.compile(
    r"^[ \t]*(?P<record>\{|\[[ \t]*(?:\n[ \t]*)?(?:\{|[A-Za-z_][A-Za-z0-9_.]*\()|[A-Za-z_][A-Za-z0-9_.]*\()",
    re.MULTILINE,
)
# What bracket matching reads: a quoted string (JSON's or Python's, on one line: neither writes a line break inside
# one), or a bracket. A string left open ends with its line, so that no quote is read again from inside another.
_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"?|\'(?:[^\'\\\n]|\\.)*\'?|[{}\[\]()]')
_CLOSING = {"}": "{", "]": "[", ")": "("}
# Python's parser holds a span's whole tree: 2.4 GB for a 5 MB literal. An article's repr is far shorter; JSON of
# any length is read by `json`.
_PYTHON_SPAN_MAX = 1_000_000
_INT_BITS_MAX = 64
_FRONT_FENCE = re.compile(r"^\+\+\+[ \t]*$")
_FRONT_MATTER_LINES_MAX = 40
_TOML_PAIR = re.compile(r"^\s*(?P<key>[A-Za-z0-9_-]+)\s*=\s*(?P<value>\S.*)$")
# What else a front matter's line may be: a table's header, a comment, an array's item, a blank.
_TOML_OTHER = re.compile(r"^\s*(?:\[.*\]|#.*|[\]\"'].*|)\s*$|^\s+\S")
# A property list's line: a name padded to the longest and " : " before its value (nothing after an empty one).
_PROPERTY = re.compile(r"^(?P<key>[A-Za-z][\w.-]{0,40})(?P<pad> *) :(?: (?P<value>.*))?$")
_PROPERTIES_MIN = 3
_SENTENCE_ENDS = ("。", "！", "？", "”", "…", ".", "!", "?")
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)
# A body's markup: a block's end or a line break starts a line; any other tag is dropped.
_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|div|h[1-6]|li|tr|section|article|blockquote)\s*>", re.IGNORECASE)
# A comment left open runs to the body's end: read once, not again from each `<!--` in it.
_TAG = re.compile(r"<!--.*?(?:-->|\Z)|<[A-Za-z/!][^<>]*>", re.DOTALL)
# A static site's template tag alone on its line ({{< figure … >}}, {% include … %}, <!--more-->): no text.
_TEMPLATE_LINE = re.compile(r"^\s*(?:\{\{[<%].*[%>]\}\}|\{%.*%\}|<!--.*-->)\s*$")
# A <title>'s separators between its parts (标题_栏目_站名, 标题 - 站名, 标题|站名).
# (No blanks on both sides: two runs of blanks side by side are tried every way to share a long run between them.)
_TITLE_SEPARATOR = re.compile(r"_{1,2}|\||｜|(?<=\s)[-–—]{1,2}(?=\s)")
# A headline runs five Han characters together somewhere; a column's short name (招商引资) does not.
_HEADLINE_RUN = re.compile(r"[\u4e00-\u9fff]{5,}")


def as_article_lines(text: str) -> str | None:
    """The article a record holds as the lines a plain copy gives (标题：, 发布时间：, 来源：, its paragraphs), or None
    where the text holds no record of an article, or holds it beside a text of its own."""
    front = _front_matter_article(text)
    if front is not None:
        return "\n".join(_as_lines(front))
    found = [*_printed_records(text), *_property_lists(text)]
    articles = _pieces_joined([article for _, value in found for article in articles_in(value, printed=True)])
    if not articles:
        return None
    chosen = max(enumerate(articles), key=lambda item: (_topic_hits(item[1]), -item[0]))[1]
    # The text around the records (a shell's command, a log's lines) is no article's: it must weigh less than the
    # article, or the records are a text's own quotation (a table, an example) and the text is its own.
    around = len(CJK.findall(text)) - sum(len(CJK.findall(span)) for span, _ in found)
    if around > len(CJK.findall(f"{chosen.title}{chosen.body}")):
        return None
    return "\n".join(_as_lines(chosen))


def _pieces_joined(articles: list[DataArticle]) -> list[DataArticle]:
    """The articles with the pieces of one joined in their order: a document loader gives a file's pages or chunks
    as records of one title and one source each."""
    joined: dict[tuple[str, str | None] | int, DataArticle] = {}
    for index, article in enumerate(articles):
        key = (article.title, article.source) if article.title else index
        if key in joined:
            first = joined[key]
            article = replace(first, body=f"{first.body}\n{article.body}", weight=first.weight + article.weight)
        joined[key] = article
    return list(joined.values())


# ---------------------------------------------------------------- finding the records


def _printed_records(text: str) -> list[tuple[str, Any]]:
    """Each outermost object, object's repr or list of them opening a line that JSON or Python reads, with its text.
    Spans are
    tried apart: one inside another already tried is not, so that no part of the text is parsed twice."""
    if _OPENING.search(text) is None:
        return []
    pairs = _bracket_pairs(text)
    records: list[tuple[str, Any]] = []
    end = 0
    for opening in _OPENING.finditer(text):
        start = opening.start("record")
        bracket = start if text[start] in "[{" else opening.end() - 1  # a repr's span ends with its call's
        if start < end or bracket not in pairs:
            continue
        span = text[start : pairs[bracket] + 1]
        end = pairs[bracket] + 1
        value = _parsed(span)
        if isinstance(value, (dict, list)):
            records.append((span, value))
    return records


def _bracket_pairs(text: str) -> dict[int, int]:
    """Each bracket's position and its closing bracket's, read past quoted strings in one pass; a closing bracket of
    another kind than the open one ends every open bracket unclosed."""
    pairs: dict[int, int] = {}
    stack: list[tuple[str, int]] = []
    for token in _TOKEN.finditer(text):
        mark = token.group()
        if mark in "{[(":
            stack.append((mark, token.start()))
        elif mark in _CLOSING:
            if stack and stack[-1][0] == _CLOSING[mark]:
                pairs[stack.pop()[1]] = token.start()
            else:
                stack.clear()
    return pairs


def _parsed(span: str) -> Any:
    """The span as JSON reads it, else as Python prints a value (`_python_value`); None where neither does."""
    try:
        return json.loads(span)
    except (ValueError, RecursionError):
        pass
    if len(span) > _PYTHON_SPAN_MAX:
        return None
    try:
        tree = ast.parse(span, mode="eval")
    except (ValueError, SyntaxError, RecursionError, MemoryError):
        return None
    return _python_value(tree.body)


def _python_value(node: ast.expr) -> Any:
    """A value as Python prints it, read and never run: a literal as `ast.literal_eval` reads it, an object's repr
    (Document(metadata={…}, page_content='…')) as its keyword fields, a datetime's repr (a crawler's item holds one)
    as its ISO time; anything else is None."""
    if isinstance(node, ast.Constant):
        # An int past any field's (0xfff… of thousands of digits) could not even be written as text.
        return None if isinstance(node.value, int) and node.value.bit_length() > _INT_BITS_MAX else node.value
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return [_python_value(item) for item in node.elts]
    if isinstance(node, ast.Dict):
        pairs = zip(node.keys, node.values, strict=True)
        read = ((_python_value(key) if key is not None else None, value) for key, value in pairs)  # None: a ** spread
        return {key: _python_value(value) for key, value in read if isinstance(key, (str, int))}
    if isinstance(node, ast.Call):
        return _datetime_value(node) or {field.arg: _python_value(field.value) for field in node.keywords if field.arg}
    return None


def _datetime_value(call: ast.Call) -> str | None:
    """A datetime's or a date's repr (datetime.datetime(2021, 1, 9, 10, 0)) as its ISO time, with its offset where
    it names UTC (tzinfo=datetime.timezone.utc): a time of the evening in UTC is of the next day in China."""
    name = _called(call)
    parts = [part.value for part in call.args if isinstance(part, ast.Constant) and isinstance(part.value, int)]
    if name not in {"datetime", "date"} or len(parts) != len(call.args) or len(parts) < 3:
        return None
    utc = any(field.arg == "tzinfo" and _names_utc(field.value) for field in call.keywords)
    try:
        if name == "date":
            return dt.date(*parts[:3]).isoformat()
        # the parts fill the positions before tzinfo, which mypy cannot tell from a list
        return dt.datetime(*parts[:7], tzinfo=dt.timezone.utc if utc else None).isoformat()  # type: ignore[misc,arg-type]
    except (ValueError, TypeError, OverflowError):
        return None


def _called(call: ast.Call) -> str | None:
    return call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", None)


def _names_utc(node: ast.expr) -> bool:
    """Whether a tzinfo is UTC as Python prints it (datetime.timezone.utc, tzutc(), UTC)."""
    name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", None)
    if isinstance(node, ast.Call):
        name = _called(node)
    return isinstance(name, str) and name.lower() in {"utc", "tzutc"}


def _property_lists(text: str) -> list[tuple[str, dict[str, str]]]:
    """Each run of three properties or more printed as a name padded to one column, " : " and the value, a value's
    further rows indented under its first."""
    lists: list[tuple[str, dict[str, str]]] = []
    if " :" not in text:  # one search in C: most texts hold no property list
        return lists
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        found = _PROPERTY.match(lines[index])
        if found is None:
            index += 1
            continue
        column = found.end("pad")
        properties, end = _properties_at(lines, index, column)
        if len(properties) >= _PROPERTIES_MIN:
            lists.append(("\n".join(lines[index:end]), properties))
        index = max(end, index + 1)
    return lists


def _properties_at(lines: list[str], start: int, column: int) -> tuple[dict[str, str], int]:
    """The properties whose colon stands at `column` from `start`, and the index of the first line after them."""
    rows: dict[str, list[tuple[str, int]]] = {}  # each value's rows, with their lines' widths
    key = None
    index = start
    while index < len(lines):
        line = lines[index]
        found = _PROPERTY.match(line)
        if found is not None and found.end("pad") == column:
            key = found.group("key")
            rows[key] = [(found.group("value") or "", _width(line))]
        elif key is not None and line[: column + 3].isspace() and len(line) > column:
            rows[key].append((line[column + 3 :], _width(line)))
        elif key is not None and line and line.isspace():  # a value's empty row, or blanks after the list
            rows[key].append(("", 0))
        else:
            break
        index += 1
    full = _full_width(rows)
    return {key: _value(value_rows, full).strip() for key, value_rows in rows.items()}, index


def _full_width(rows: dict[str, list[tuple[str, int]]]) -> int | None:
    """The width the shell cut long rows at: the widest line's, where two lines or more reach it (a wide character
    that does not fit leaves one column empty); None where no row was cut."""
    widths = [width for value_rows in rows.values() for _, width in value_rows]
    widest = max(widths, default=0)
    return widest if sum(1 for width in widths if width >= widest - 1) >= 2 else None


def _value(rows: list[tuple[str, int]], full: int | None) -> str:
    """A value's rows as its lines: a row cut at the full width runs on into the next, unless it ends a sentence (a
    paragraph as wide as the widest is no row cut)."""
    value = ""
    for index, (row, width) in enumerate(rows):
        value += row
        if index + 1 < len(rows):
            cut = full is not None and width >= full - 1 and not row.rstrip().endswith(_SENTENCE_ENDS)
            value += "" if cut else "\n"
    return value


def _width(line: str) -> int:
    """A line's width on a terminal: a wide character (Han, kana, Hangul, a full-width form) takes two columns."""
    return len(line) + len(_WIDE.findall(line))


def _front_matter_article(text: str) -> DataArticle | None:
    """A static site's source: its TOML front matter's fields over the text after it; None where the text opens
    with no front matter between `+++` lines holding a field."""
    if not text.lstrip("\ufeff").startswith("+++"):
        return None
    lines = text.lstrip("\ufeff").split("\n")
    if not _FRONT_FENCE.match(lines[0]):
        return None
    end = next((i for i in range(1, min(len(lines), _FRONT_MATTER_LINES_MAX)) if _FRONT_FENCE.match(lines[i])), None)
    if end is None:
        return None
    if not all(_TOML_PAIR.match(line) or _TOML_OTHER.match(line) for line in lines[1:end]):
        return None  # a text between two rules of `+++`, not a front matter
    fields = _toml_fields(lines[1:end])
    if not fields:
        return None
    fields["content"] = "\n".join(lines[end + 1 :])
    return next(iter(articles_in(fields, printed=True)), None)


def _toml_fields(lines: list[str]) -> dict[str, str]:
    """A TOML front matter's `key = value` lines, its tables' ([params]) after its own: a quoted string unquoted, any
    other value (a date, an array) as it is written."""
    fields: dict[str, str] = {}
    for line in lines:
        found = _TOML_PAIR.match(line)
        if found is not None:
            fields.setdefault(found.group("key"), _toml_value(found.group("value").strip()))
    return fields


def _toml_value(value: str) -> str:
    """A value as its fields are read: a string's quotes and escapes gone; a date or an array as written."""
    if value.startswith('"'):
        try:
            unquoted = json.loads(value)  # a TOML basic string escapes as JSON's does
        except ValueError:
            return value
        return unquoted if isinstance(unquoted, str) else value
    if len(value) > 1 and value[0] == value[-1] == "'":
        return value[1:-1]
    return value


# ---------------------------------------------------------------- the article's lines


def _as_lines(article: DataArticle) -> list[str]:
    """The article as a copy of its page gives it: its labelled title, date and source over its text's lines. A
    time is given as its day in China (an epoch's seconds or milliseconds, an ISO time with its offset)."""
    title = page_title_headline(article.title)
    date = article.published and (epoch_day(article.published) or day_in_china(article.published))
    head = [
        *([f"标题：{title}"] if title else []),
        *([f"发布时间：{date}"] if date else []),
        *([f"来源：{article.source}"] if article.source else []),
    ]
    return [*head, *_body_lines(article.body)]


def _body_lines(body: str) -> list[str]:
    """The body's lines: its markup's blocks as lines, its tags and entities gone, a template's tag lines gone."""
    if "<" in body:
        body = html.unescape(_TAG.sub("", _BLOCK_END.sub("\n", body)))
    return [line.strip() for line in body.split("\n") if not _TEMPLATE_LINE.match(line)]


def _topic_hits(article: DataArticle) -> int:
    """How often the article names the corpus's topic, in either script."""
    text = f"{article.title}\n{article.body}"
    return sum(text.count(word) for word in _topic_words())


# ---------------------------------------------------------------- shared with the other text formats


def page_title_headline(title: str) -> str | None:
    """A record's title as a headline. A page's <title> runs the site's name at one end (标题_栏目_站名, 站名 - 标题):
    where a part at an end is a site's name, the title is one, and its headline is the first other part that is no
    column's name and runs five Han characters together (标题_工作动态_某某县人民政府: 标题), or none
    (部门动态_某某县人民政府); any other title is a headline as it is (“双招双引”｜青山：签约12个项目)."""
    title = title.strip()
    parts = [part.strip() for part in _TITLE_SEPARATOR.split(title) if part.strip()]
    patterns = _title_patterns()
    if len(parts) > 1 and _is_site_name(parts[-1], patterns):
        parts = parts[:-1]
    elif len(parts) > 1 and _is_site_name(parts[0], patterns):
        parts = parts[1:]
    else:
        return title or None
    kept = [part for part in parts if not _is_column(part, patterns) and _HEADLINE_RUN.search(part)]
    return kept[0] if kept else None


def _is_site_name(part: str, patterns: dict[str, Any]) -> bool:
    return len(part) <= patterns["site_name_max"] and bool(patterns["site"].search(part))


def _is_column(part: str, patterns: dict[str, Any]) -> bool:
    return bool(patterns["column"].fullmatch(part) or patterns["kind"].fullmatch(part))


def day_in_china(moment: str) -> str:
    """An ISO time's day in China (UTC+8): a tool gives the page's time as its metadata has it, often in UTC, and a
    story of the evening before, in UTC, is of the next day there. Any other form is left to the date reader."""
    try:
        parsed = dt.datetime.fromisoformat(moment)
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(CHINA)
    except (ValueError, OverflowError):  # not ISO, or a day its offset moves out of the calendar's range
        return moment
    return parsed.date().isoformat()


@cache
def _topic_words() -> tuple[str, ...]:
    # Imported here: the script module imports numpy, which a build's first imports must not (engine.one_blas_thread).
    from builder.clean.script import to_traditional

    words = data_json("topic.json")["topic_words"]
    return tuple(sorted({*words, *map(to_traditional, words)}))


@cache
def _title_patterns() -> dict[str, Any]:
    page = data_json("html_page.json")
    return {
        "site": re.compile(page["site_suffixes"]),
        "column": re.compile(page["column_names"]),
        "kind": re.compile(page["page_kinds"]),
        "site_name_max": page["site_name_max"],
    }
