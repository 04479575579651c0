"""A page drawn in the browser from a framework's state: the article only as data in a <script>.

News apps' share pages and sites built on Next.js, Nuxt or the like serve empty containers and put
the article in a script: `<script id="__NEXT_DATA__" type="application/json">`, JSON-LD's
`articleBody`, or an assignment `window.__INITIAL_STATE__ = {...}`. Such data is read as JSON and
never run: a script that is not JSON (after its `=`) is passed over. Bounded: no more than
`_MOST_CHARACTERS` of a page's scripts are read, JSON nested deeper than the parser allows is
dropped, and the search for the article stops at `_DEEPEST` levels and `_MOST_VALUES` values.

The article is the object with a title field whose body field (`content`, `articleBody` … in
`html_page.json`, `state_keys`) holds the most Chinese text (a comment's `content` has no title
beside it); its title, date and source fields are read beside it.
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
# `window.__INITIAL_STATE__ =`, `var pageData =`, `self.__DATA__=`: an object literal follows.
_ASSIGNMENT = re.compile(r"(?:\b(?:window|self|globalThis)\.|\b(?:var|let|const)\s+)[\w$]+(?:\.[\w$]+)*\s*=\s*(?=\{)")
_TAG = re.compile(r"<[^>]*>")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_EPOCH = re.compile(r"\d{10}(?:\d{3})?")
_CHINA = dt.timezone(dt.timedelta(hours=8))


@dataclass(frozen=True)
class StateArticle:
    """What a page's state data holds of its article: the body as the data gives it (HTML or text)."""

    body: str
    weight: int  # Chinese characters in the body
    title: str | None
    published: str | None  # the date field as written (a date, or epoch seconds or milliseconds)
    source: str | None


def state_article(tree: LexborHTMLParser) -> StateArticle | None:
    """The article in the page's script data, if any script holds one."""
    best: StateArticle | None = None
    for data in _script_data(tree):
        found = _article_in(data)
        if found is not None and (best is None or found.weight > best.weight):
            best = found
    return best


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
        kind = (attributes.get("type") or "").strip().lower()
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


def _article_in(data: object) -> StateArticle | None:
    """The object of the data with a title field whose body field holds the most Chinese text (a
    breadth-first walk)."""
    keys = _keys()
    best: tuple[int, dict, str] | None = None
    level, seen = [data], 0
    for _ in range(_DEEPEST):
        below: list[object] = []
        for value in level:
            seen += 1
            if seen > _MOST_VALUES:
                break
            if isinstance(value, dict):
                for key in keys["body"] if any(key in value for key in keys["title"]) else ():
                    body = value.get(key)
                    weight = len(_CJK.findall(body)) if isinstance(body, str) else 0
                    if weight and (best is None or weight > best[0]):
                        best = (weight, value, body)
                below.extend(value.values())
            elif isinstance(value, list):
                below.extend(value)
        if not below or seen > _MOST_VALUES:
            break
        level = below
    if best is None:
        return None
    weight, holder, body = best
    return StateArticle(
        body=body,
        weight=weight,
        title=_text_field(holder, keys["title"]),
        published=_text_field(holder, keys["date"]),
        source=_source_field(holder, keys["source"]),
    )


def _text_field(holder: dict, keys: list[str]) -> str | None:
    for key in keys:
        value = holder.get(key)
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
            return _TAG.sub("", str(value)).strip()
    return None


def _source_field(holder: dict, keys: list[str]) -> str | None:
    """A source field, or the name of an object given for it (JSON-LD's publisher)."""
    for key in keys:
        value = holder.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def epoch_day(text: str) -> str | None:
    """The day (in China) of a date field given as epoch seconds or milliseconds."""
    if not _EPOCH.fullmatch(text):
        return None
    seconds = int(text) / (1000 if len(text) == 13 else 1)
    return dt.datetime.fromtimestamp(seconds, _CHINA).date().isoformat()
