"""The journalists' explorer: Datasette on the SQLite edition, with metadata from the schema models.

Input: a built dataset's folder. Output: Datasette's metadata (titles and descriptions of every
table and column, taken from the pydantic models; facets; canned queries) and a running server
on localhost. Datasette is an optional extra (`pip install .[explore]`).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from builder.publish.card import TABLE_DOC, nested_model
from builder.publish.output import DATABASE
from builder.publish.sqlite_edition import COLUMNS
from builder.record.models import Article, DuplicateRow, Industry, PersonRow, Section, SpeakerRow, TargetRow
from builder.resources import DATA_DIR

MODELS: dict[str, type[BaseModel]] = {
    "articles": Article,
    "targets": TargetRow,
    "speakers": SpeakerRow,
    "sections": Section,
    "industries": Industry,
    "duplicates": DuplicateRow,
    "people": PersonRow,
}
TABLE_TITLES = {
    "articles": "Articles",
    "targets": "Targets: goals, results, deadlines, rankings",
    "speakers": "Speakers",
    "sections": "Sections: a speech's outline or a report's speaker-led blocks",
    "industries": "Industries named as investment targets",
    "duplicates": "Near-duplicates set aside",
    "people": "People across articles",
}
EXTRA_DOCS = {
    "sections": "one row per section of an article, its paragraphs joined",
    "industries": "one row per (article, industry), the industry normalised and as written",
}
SHARED_COLUMNS = {
    "article_id": "The article's id.",
    "section_index": "Position of the section in the article's `sections`.",
}
FACETS = {
    "articles": ["province", "city", "year", "genre", "outlet"],
    "targets": ["kind", "status", "unit", "currency"],
    "speakers": ["position_text"],
    "industries": ["industry"],
}
# The search box and the `search` query ask the same index the same thing (`escape_fts` is the explorer's
# own, builder.publish.explore_search), so they find the same articles.
QUERIES = {
    "search": {
        "title": "Search titles and texts",
        "description": "Finds articles holding every word, of any length, in their title or text (招商, 新能源汽车).",
        "sql": (
            "SELECT a.id, a.title, search_snippet(a.text, :q) AS snippet, a.province, a.city, a.year, a.genre\n"
            "FROM articles a\n"
            "WHERE a.rowid IN (SELECT rowid FROM articles_bigrams WHERE articles_bigrams MATCH escape_fts(:q))\n"
            "ORDER BY a.year DESC, a.id"
        ),
    },
    "targets_by_city_and_year": {
        "title": "Targets by city and year",
        "description": "How many quantified targets each city's texts state, per year, and how many count 亿元.",
        "sql": (
            "SELECT a.province, a.city, a.year, count(*) AS targets,\n"
            "       sum(t.unit LIKE '%亿%') AS in_yi_yuan, sum(t.status = 'goal') AS goals\n"
            "FROM targets t JOIN articles a ON a.id = t.article_id\n"
            "GROUP BY a.province, a.city, a.year ORDER BY targets DESC"
        ),
    },
    "speakers_by_position": {
        "title": "Speakers by position",
        "description": "Who speaks at investment-promotion events, grouped by the positions written next to them.",
        "sql": (
            "SELECT s.position_text, count(*) AS articles, group_concat(DISTINCT s.name) AS names\n"
            "FROM speakers s GROUP BY s.position_text ORDER BY articles DESC"
        ),
    },
    "articles_by_industry": {
        "title": "Articles mentioning an industry",
        "description": "Articles that name an industry as an investment target (新能源, 生物医药 ...).",
        "sql": (
            "SELECT a.id, a.title, a.province, a.city, a.year, i.industry, i.raw FROM industries i\n"
            "JOIN articles a ON a.id = i.article_id\n"
            "WHERE i.industry LIKE '%' || :industry || '%' OR i.raw LIKE '%' || :industry || '%'\n"
            "ORDER BY a.year DESC, a.id"
        ),
    },
}


def metadata() -> dict[str, Any]:
    tables = {}
    for table, columns in COLUMNS.items():
        entry: dict[str, Any] = {
            "title": TABLE_TITLES[table],
            "description": {**TABLE_DOC, **EXTRA_DOCS}[table],
            "columns": {name: describe(MODELS[table], field) for name, _, field in columns},
        }
        if table in FACETS:
            entry["facets"] = FACETS[table]
        if table == "articles":  # the index that finds words of any length (see search_expression)
            entry.update({"label_column": "title", "fts_table": "articles_bigrams", "fts_pk": "rowid"})
        tables[table] = entry
    return {
        "title": "zhaoshang-corpus",
        "description": "Chinese local-government investment-promotion speeches, reports and documents.",
        "license": "Texts: their publishers'. Annotations: CC BY 4.0.",
        "databases": {Path(DATABASE).stem: {"tables": tables, "queries": _canned_queries()}},
    }


def _canned_queries() -> dict[str, dict[str, Any]]:
    """The canned queries as Datasette takes them: opening on their form and results, the SQL one click away."""
    return {name: {**query, "hide_sql": True} for name, query in QUERIES.items()}


def describe(model: type[BaseModel], dotted: str) -> str:
    """The description of a (nested) field of a model, from its Field or, for a nested model, its docstring."""
    if dotted in SHARED_COLUMNS and dotted not in model.model_fields:
        return SHARED_COLUMNS[dotted]
    current: type[BaseModel] | None = model
    description = ""
    for part in dotted.split("."):
        if current is None or part not in current.model_fields:
            return ""
        info = current.model_fields[part]
        current = nested_model(info.annotation)
        description = info.description or ((current.__doc__ or "").strip().splitlines()[0] if current else "")
    return description


def serve(folder: Path, host: str, port: int, open_browser: bool) -> None:
    """Run Datasette on the folder's SQLite edition until interrupted."""
    from datasette.cli import cli
    from datasette.plugins import pm

    from builder.publish import explore_search

    if not pm.is_registered(explore_search):
        pm.register(explore_search, name="zhaoshang-search")

    with tempfile.TemporaryDirectory(prefix="zhaoshang-explore-") as scratch:
        metadata_path = Path(scratch) / "metadata.json"
        metadata_path.write_text(json.dumps(metadata(), ensure_ascii=False, indent=2), encoding="utf-8")
        arguments = ["serve", str(folder / DATABASE), "--metadata", str(metadata_path), "--host", host]
        arguments += ["--port", str(port), "--template-dir", str(DATA_DIR / "explore_templates")]
        # Datasette's defaults give up on a facet after 0.2 s, which a busy laptop can take.
        arguments += ["--setting", "facet_time_limit_ms", "3000", "--setting", "sql_time_limit_ms", "10000"]
        cli.main([*arguments, *(["--open"] if open_browser else [])], standalone_mode=False)
