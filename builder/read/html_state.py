"""A page drawn in the browser from a framework's state: the article only as data in a <script>.

News apps' share pages and sites built on Next.js, Nuxt or the like serve empty containers and put
the article in a script: `<script id="__NEXT_DATA__" type="application/json">`, JSON-LD's
`articleBody`, or an assignment `window.__INITIAL_STATE__ = {...}`. Such data is read as JSON and
never run: a script that is not JSON (after its `=`) is passed over. Bounded: no more than
`_MOST_CHARACTERS` of a page's scripts are read, and JSON nested deeper than the parser allows is
dropped. The articles in it are found as in any data (`data_articles.py`); a state holds others too
(recommended stories, a list page's items): the reader of the page (`html.py`) decides which one, if
any, is the page's own.
"""

from __future__ import annotations

import json
import re

from selectolax.lexbor import LexborHTMLParser

from builder.read.data_articles import DataArticle, articles_in, titles_with_dates

_MOST_CHARACTERS = 4_000_000
_JSON_TYPES = {"application/json", "application/ld+json"}
# `window.__INITIAL_STATE__ =`, `var pageData =`, `self.__DATA__=`: an object literal follows. Tried
# from every start, a run is read again from each: so no start inside a dotted name, and the name's
# runs bounded (as `<[^<>]*>` is), else `window.window.…` takes quadratic time.
_ASSIGNMENT = re.compile(
    r"(?<![\w$.])(?:(?:window|self|globalThis)\.|(?:var|let|const)\s+)[\w$]{1,64}(?:\.[\w$]{1,64}){0,8}\s*=\s*(?=\{)"
)


def state_articles(tree: LexborHTMLParser) -> list[DataArticle]:
    """The articles in the page's script data, the heaviest first."""
    found = [article for data in _script_data(tree) for article in articles_in(data)]
    return sorted(found, key=lambda article: -article.weight)


def state_dates(tree: LexborHTMLParser) -> list[tuple[str, str]]:
    """Each title in the page's script data with the date field beside it (as written), though no body is: an H5
    page rendered on the server keeps its article's fields, not its text, in the state (`__NEXT_DATA__`)."""
    return titles_with_dates(_script_data(tree))


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
