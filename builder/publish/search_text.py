"""Searching the SQLite edition as the explorer does: the functions its search box and `search` query call,
and the snippet a result shows. Kept apart from the explorer's Datasette plugin (`explore_search`), so any
SQLite client, and the tests, can call them without Datasette.
"""

from __future__ import annotations

import html
import re
import sqlite3

from builder.publish.sqlite_edition import search_expression

MARK_OPEN, MARK_CLOSE = "\u27e6", "\u27e7"  # ⟦ ⟧ around a found word in a snippet; never in the texts' own scripts
_SNIPPET_BEFORE, _SNIPPET_LENGTH = 20, 80


def snippet(text: str | None, query: str | None) -> str:
    """A short passage of `text` around the first place a word of `query` stands, each word in it marked."""
    text, words = text or "", sorted({w.lower() for w in (query or "").split()}, key=len, reverse=True)
    places = [p for p in (text.lower().find(w) for w in words) if p >= 0]
    start = max(0, min(places) - _SNIPPET_BEFORE) if places else 0
    end = min(len(text), start + _SNIPPET_LENGTH)
    passage = text[start:end].replace("\n", " ")
    if words:
        found = re.compile("|".join(map(re.escape, words)), re.IGNORECASE)
        passage = found.sub(lambda m: f"{MARK_OPEN}{m.group(0)}{MARK_CLOSE}", passage)
    return ("…" if start else "") + passage + ("…" if end < len(text) else "")


def register_search_functions(connection: sqlite3.Connection) -> None:
    """The functions the search box and the `search` query call: `escape_fts` (the explorer's own, in place of
    Datasette's) and `search_snippet`. The explorer registers them on its connections; any SQLite client can."""
    connection.create_function("escape_fts", 1, search_expression, deterministic=True)
    connection.create_function("search_snippet", 2, snippet, deterministic=True)


def marked_html(marked: str) -> str:
    """A snippet as HTML: escaped, its marked words in <mark>."""
    return html.escape(marked).replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")
