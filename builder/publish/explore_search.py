"""The explorer's search, as a Datasette plugin: the search box finds a word of any length, and a result
shows where the word stands.

Datasette's search box asks a table's full-text index `MATCH escape_fts(:search)`. For the articles that
index is `articles_bigrams`, and `escape_fts` is replaced here by `search_expression`, which turns a word
into the phrase of its character pairs, so 招商 and 新能源汽车 are found alike (the trigram index finds
nothing under three characters). The canned `search` query asks the same, so both find the same
articles. Results show a snippet around the first place the word stands, the word marked. Imported only
by `zhaoshang explore`, where Datasette is installed.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from datasette import hookimpl
from markupsafe import Markup

from builder.publish.search_text import marked_html, register_search_functions, snippet


@hookimpl(trylast=True)  # after Datasette's own functions, so that this escape_fts is the one that stays
def prepare_connection(conn: sqlite3.Connection) -> None:
    register_search_functions(conn)


@hookimpl
def extra_template_vars(request: Any) -> dict[str, Any]:
    """`search_snippet(text)` for the articles table's template: the snippet of the search box's words."""
    query = request.args.get("_search", "") if request is not None else ""
    return {"search_snippet": lambda text: Markup(marked_html(snippet(text, query)))}


@hookimpl
def render_cell(value: Any, column: str) -> Markup | None:
    """A canned query's `snippet` column, its words marked."""
    return Markup(marked_html(value)) if column == "snippet" and isinstance(value, str) else None
