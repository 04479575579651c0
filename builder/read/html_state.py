"""A page drawn in the browser from a framework's state: the article only as data in a <script>.

News apps' share pages and sites built on Next.js, Nuxt or the like serve empty containers and put
the article in a script: `<script id="__NEXT_DATA__" type="application/json">`, JSON-LD's
`articleBody`, or an assignment `window.__INITIAL_STATE__ = {...}`. Such data is read as JSON and
never run: a script that is not JSON (after its `=`) is passed over. Bounded: no more than
`_MOST_CHARACTERS` of a page's scripts are read, JSON nested deeper than the parser allows is
dropped, and the search for the article stops at `_DEEPEST` levels and `_MOST_VALUES` values.

An article is an object with a title (a string, maybe empty) beside a body field (`content`,
`articleBody` … in `html_page.json`, `state_keys`) that holds Chinese text; its date and source
fields are read beside it. A state holds others too (recommended stories, a list page's items): the
reader of the page (`html.py`) decides which one, if any, is the page's own. Lone surrogates (JS cut
a string inside an emoji's pair) are dropped from every string taken, since UTF-8 cannot hold them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from builder.resources import data_json

_MOST_CHARACTERS = 4_000_000
_DEEPEST = 24
_MOST_VALUES = 200_000
_JSON_TYPES = {"application/json", "application/ld+json"}
# `window.__INITIAL_STATE__ =`, `var pageData =`, `self.__DATA__=`: an object literal follows. Tried
# from every start, a run is read again from each: so no start inside a dotted name, and the name's
# runs bounded (as `<[^<>]*>` is), else `window.window.…` takes quadratic time.
_ASSIGNMENT = re.compile(
    r"(?<![\w$.])(?:(?:window|self|globalThis)\.|(?:var|let|const)\s+)[\w$]{1,64}(?:\.[\w$]{1,64}){0,8}\s*=\s*(?=\{)"
)
_TAG = re.compile(r"<[^<>]*>")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
CJK = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character, for html.py too
_EPOCH = re.compile(r"\d{10}(?:\d{3})?")
CHINA = dt.timezone(dt.timedelta(hours=8))


@dataclass(frozen=True)
class StateArticle:
    """What a page's state data holds of its article: the body as the data gives it (HTML or text)."""

    body: str
    weight: int  # Chinese characters in the body
    title: str  # "" where the data's title field is empty
    published: str | None  # the date field as written (a date, or epoch seconds or milliseconds)
    source: str | None


def state_articles(tree: LexborHTMLParser) -> list[StateArticle]:
    """The articles in the page's script data, the heaviest first."""
    found = [article for data in _script_data(tree) for article in _articles_in(data)]
    return sorted(found, key=lambda article: -article.weight)


def state_dates(tree: LexborHTMLParser) -> list[tuple[str, str]]:
    """Each title in the page's script data with the date field beside it (as written), though no body is: an H5
    page rendered on the server keeps its article's fields, not its text, in the state (`__NEXT_DATA__`)."""
    keys = _keys()
    found = []
    for value in _values(_script_data(tree)):
        if isinstance(value, dict):
            title = _text_field(value, keys["title"], numbers=False)
            date = _text_field(value, keys["date"], numbers=True)
            if title and date:
                found.append((title, date))
    return found


def _values(data: list[object]) -> list[object]:
    """The values nested in the data, breadth first, up to `_DEEPEST` levels and `_MOST_VALUES` values."""
    found: list[object] = []
    level = list(data)
    for _ in range(_DEEPEST):
        found.extend(level)
        if len(found) > _MOST_VALUES:
            return found[:_MOST_VALUES]
        level = [
            child
            for value in level
            for child in (value.values() if isinstance(value, dict) else value if isinstance(value, list) else ())
        ]
        if not level:
            break
    return found


def _script_data(tree: LexborHTMLParser) -> list[object]:
    """The JSON values of the page's inline scripts, up to `_MOST_CHARACTERS` of script read in all."""
    found, budget = [], _MOST_CHARACTERS
    for node in tree.css("script"):
        attributes = node.attributes
        if attributes.get("src"):
            continue
        text = node.text(deep=True) or ""
        if not text or len(text) > budget:
            continue
        budget -= len(text)
        kind = (attributes.get("type") or "").split(";")[0].strip().lower()  # a charset may follow
        if kind in _JSON_TYPES:
            found.extend(_loaded(text.strip(), 0))
        elif not kind or "javascript" in kind:
            found.extend(data for match in _ASSIGNMENT.finditer(text) for data in _loaded(text, match.end()))
    return found


def _loaded(text: str, start: int) -> list[object]:
    """The JSON value at `start`, or nothing where the text there is not JSON (or nests too deep)."""
    try:
        value, _ = json.JSONDecoder().raw_decode(text, start)
    except (ValueError, RecursionError):
        return []
    return [value]


def _keys() -> dict[str, list[str]]:
    return data_json("html_page.json")["state_keys"]


def _articles_in(data: object) -> list[StateArticle]:
    """The data's objects with a title beside a body field holding Chinese text (a breadth-first walk)."""
    keys = _keys()
    found: list[StateArticle] = []
    level, seen = [data], 0
    for _ in range(_DEEPEST):
        below: list[object] = []
        for value in level:
            seen += 1
            if seen > _MOST_VALUES:
                break
            if isinstance(value, dict):
                article = _article(value, keys)
                if article is not None:
                    found.append(article)
                below.extend(value.values())
            elif isinstance(value, list):
                below.extend(value)
        if not below or seen > _MOST_VALUES:
            break
        level = below
    return found


def _article(holder: dict, keys: dict[str, list[str]]) -> StateArticle | None:
    """The object as an article: its heaviest body field, when it has a title."""
    titles = [value for key in keys["title"] if isinstance(value := holder.get(key), str)]
    if not titles:  # a comment's `"title": null` is no title
        return None
    bodies = [_no_surrogates(body) for key in keys["body"] if isinstance(body := holder.get(key), str)]
    weight, body = max(((len(CJK.findall(body)), body) for body in bodies), key=lambda pair: pair[0], default=(0, ""))
    if not weight:
        return None
    return StateArticle(
        body=body,
        weight=weight,
        title=_text_field(holder, keys["title"], numbers=False) or "",
        published=_text_field(holder, keys["date"], numbers=True),
        source=_source_field(holder, keys["source"]),
    )


def _no_surrogates(text: str) -> str:
    return _SURROGATE.sub("", text)


def _text_field(holder: dict, keys: list[str], numbers: bool) -> str | None:
    """The first of the fields that holds text (or, with `numbers`, a number: epoch seconds)."""
    for key in keys:
        value = holder.get(key)
        if isinstance(value, str) or (numbers and isinstance(value, int) and not isinstance(value, bool)):
            text = _TAG.sub("", _no_surrogates(str(value))).strip()
            if text:
                return text
    return None


def _source_field(holder: dict, keys: list[str]) -> str | None:
    """A source field, or the name of an object given for it (JSON-LD's publisher)."""
    for key in keys:
        value = holder.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and (name := _no_surrogates(value).strip()):
            return name
    return None


def epoch_day(text: str) -> str | None:
    """The day (in China) of a date field given as epoch seconds or milliseconds."""
    if not _EPOCH.fullmatch(text):
        return None
    seconds = int(text) / (1000 if len(text) == 13 else 1)
    return dt.datetime.fromtimestamp(seconds, CHINA).date().isoformat()
