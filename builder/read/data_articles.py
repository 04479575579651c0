"""An article held as data: the objects of a parsed JSON value (or Python literal) that hold one, and its fields.

A framework's state in a page's script (`html_state.py`) and a record a tool printed as a text capture
(`text_records.py`) hold an article the same way: an object with a title (a string, maybe empty) beside a body field
(`content`, `articleBody`, `text` … in `article_fields.json`) that holds Chinese text, its date and source fields
beside them. Field names are compared squashed (publish_time, publishTime: publishtime). Bounded: the search stops
at `_DEEPEST` levels and `_MOST_VALUES` values. Lone surrogates (JS cut a string inside an emoji's pair) are dropped
from every string taken, since UTF-8 cannot hold them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from builder.resources import data_json

_DEEPEST = 24
_MOST_VALUES = 200_000
_TAG = re.compile(r"<[^<>]*>")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
CJK = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character, for html.py too
_EPOCH = re.compile(r"\d{10}(?:\d{3})?")
_ADDRESS = re.compile(r"^(?:[a-z][\w+.-]*://|www\.)|^[\w-]+(?:\.[\w-]+)+(?:/|$)", re.IGNORECASE)
CHINA = dt.timezone(dt.timedelta(hours=8))
# Field names already squashed, up to a bound (a hostile state's every name new).
_NAMES: dict[object, str] = {}
_NAMES_MAX = 10_000


@dataclass(frozen=True)
class DataArticle:
    """What data holds of an article: the body as the data gives it (HTML or text)."""

    body: str
    weight: int  # Chinese characters in the body
    title: str  # "" where the data's title field is empty
    published: str | None  # the date field as written (a date, or epoch seconds or milliseconds)
    source: str | None


def articles_in(data: object, printed: bool = False) -> list[DataArticle]:
    """The data's objects with a title beside a body field holding Chinese text (a breadth-first walk), in the
    data's order. A page's state holds comments beside its article, each a body with a null title; a record printed
    alone says `"title": null` of an article with no headline, or keeps its title, date and source in a table of
    its own (a document's `metadata`): `printed` takes an object whose title field is null, or stands in its
    metadata table, too (never one with none: a subtitle's cue, a paragraph's segment)."""
    keys = _keys()
    found: list[DataArticle] = []
    level, seen = [data], 0
    for _ in range(_DEEPEST):
        below: list[object] = []
        for value in level:
            seen += 1
            if seen > _MOST_VALUES:
                break
            if isinstance(value, dict):
                fields = _squashed(value)
                about = {**_nested_fields(fields), **fields} if printed else fields
                article = _article(fields, about, keys, printed)
                if article is not None:
                    found.append(article)
                below.extend(value.values())
            elif isinstance(value, list):
                below.extend(value)
        if not below or seen > _MOST_VALUES:
            break
        level = below
    return found


def titles_with_dates(data: list[object]) -> list[tuple[str, str]]:
    """Each title in the data with the date field beside it (as written), though no body is."""
    keys = _keys()
    found = []
    for value in _values(data):
        if isinstance(value, dict):
            fields = _squashed(value)
            title = _text_field(fields, keys["title"], numbers=False)
            date = _text_field(fields, keys["date"], numbers=True)
            if title and date:
                found.append((title, date))
    return found


def epoch_day(text: str) -> str | None:
    """The day (in China) of a date field given as epoch seconds or milliseconds."""
    if not _EPOCH.fullmatch(text):
        return None
    seconds = int(text) / (1000 if len(text) == 13 else 1)
    return dt.datetime.fromtimestamp(seconds, CHINA).date().isoformat()


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


@cache
def _keys() -> dict[str, list[str]]:
    return data_json("article_fields.json")


def _squashed(holder: dict) -> dict[str, object]:
    """The object's fields that name an article's part, by their names squashed, the first of two names that squash
    alike kept. A state lists thousands of objects of a few schemas: each name is squashed once (`_NAMES`), and the
    others are passed over (squashing every field of every object took twice the walk's time)."""
    fields: dict[str, object] = {}
    wanted = _wanted_names()
    for key, value in holder.items():
        name = _NAMES.get(key)
        if name is None:
            name = str(key).lower().replace("_", "").replace("-", "")
            if len(_NAMES) < _NAMES_MAX:
                _NAMES[key] = name
        if name in wanted:
            fields.setdefault(name, value)
    return fields


@cache
def _wanted_names() -> frozenset[str]:
    return frozenset(name for names in _keys().values() for name in names)


def _nested_fields(fields: dict[str, object]) -> dict[str, object]:
    """The fields of the metadata tables an object's `fields` (squashed) hold (`metadata`, `meta`: a document's), by
    their names squashed; another table's (the next article's, its author's) are its own."""
    nested: dict[str, object] = {}
    tables = _keys()["metadata_tables"]
    for name, value in fields.items():
        if isinstance(value, dict) and name in tables:
            for key, field in _squashed(value).items():
                nested.setdefault(key, field)
    return nested


def _article(
    fields: dict[str, object], about: dict[str, object], keys: dict[str, list[str]], printed: bool
) -> DataArticle | None:
    """The object as an article: its heaviest body field (of its own `fields`), when it has a title (or a null one,
    where it is `printed`); its title, date and source are read from `about`."""
    titles = [value for key in keys["title"] if isinstance(value := about.get(key), str)]
    nulls = printed and any(key in about and about[key] is None for key in keys["title"])
    if not titles and not nulls:  # a comment's `"title": null` is no title
        return None
    bodies = [_no_surrogates(body) for key in keys["body"] if isinstance(body := fields.get(key), str)]
    weight, body = max(((len(CJK.findall(body)), body) for body in bodies), key=lambda pair: pair[0], default=(0, ""))
    if not weight:
        return None
    return DataArticle(
        body=body,
        weight=weight,
        title=_text_field(about, keys["title"], numbers=False) or "",
        published=_text_field(about, keys["date"], numbers=True),
        source=_source_field(about, keys["source"]),
    )


def _no_surrogates(text: str) -> str:
    return _SURROGATE.sub("", text)


def _text_field(fields: dict[str, object], keys: list[str], numbers: bool) -> str | None:
    """The first of the fields that holds text (or, with `numbers`, an epoch's seconds or milliseconds: a flag's 1 or
    a 0 is no time, and a field after it is read)."""
    for key in keys:
        value = fields.get(key)
        epoch = numbers and isinstance(value, int) and not isinstance(value, bool) and _EPOCH.fullmatch(str(value))
        if isinstance(value, str) or epoch:
            text = _TAG.sub("", _no_surrogates(str(value))).strip()
            if text:
                return text
    return None


def _source_field(fields: dict[str, object], keys: list[str]) -> str | None:
    """A source field, or the name of an object given for it (JSON-LD's publisher); an address or a host names no
    outlet, and a field after it is read."""
    for key in keys:
        value = fields.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and (name := _no_surrogates(value).strip()) and not _ADDRESS.match(name):
            return name
    return None
