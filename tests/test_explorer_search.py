"""The explorer's search box, served by Datasette as `zhaoshang explore` serves it (its in-process client, no
browser): a word of any length finds the articles that hold it, the same as the canned `search` query, and
each result shows where the word stands, marked. Canned queries open with their SQL hidden."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from urllib.parse import quote

import pytest

from builder.publish.explore import metadata
from builder.publish.output import DATABASE
from builder.publish.search_text import MARK_CLOSE, MARK_OPEN, snippet
from builder.resources import DATA_DIR

datasette = pytest.importorskip("datasette.app")


@pytest.fixture(scope="module")
def client(built: Path):
    from datasette.plugins import pm

    from builder.publish import explore_search

    if not pm.is_registered(explore_search):
        pm.register(explore_search, name="zhaoshang-search")
    server = datasette.Datasette(
        [str(built / DATABASE)], metadata=metadata(), template_dir=str(DATA_DIR / "explore_templates")
    )
    return server.client


def _get(client, path: str):
    return asyncio.run(client.get(path))


@pytest.mark.parametrize("word", ["招", "招商", "签约", "园区", "新能源", "招商引资", "烟花三月节"])
def test_the_search_box_finds_a_word_of_any_length_as_the_canned_query_does(client, articles: dict, word: str) -> None:
    holding = sorted(key for key, a in articles.items() if word in (a["title"] or "") + " " + a["text"])
    assert holding, word
    box = _get(client, f"/zhaoshang/articles.json?_search={quote(word)}&_size=max&_shape=array&_col=id")
    canned = _get(client, f"/zhaoshang/search.json?q={quote(word)}&_size=max&_shape=array")
    assert sorted(row["id"] for row in box.json()) == holding
    assert sorted(row["id"] for row in canned.json()) == holding
    in_text = [row for row in canned.json() if word in articles[row["id"]]["text"]]
    assert in_text and all(f"{MARK_OPEN}{word}{MARK_CLOSE}" in row["snippet"] for row in in_text)


def test_a_search_result_shows_the_word_marked_where_it_stands(client, articles: dict) -> None:
    page = _get(client, f"/zhaoshang/articles?_search={quote('招商')}").text
    snippets = re.findall(r'<td class="col-text type-str search-snippet">(.*?)</td>', page, re.DOTALL)
    assert snippets and all("<mark>招商</mark>" in s for s in snippets)
    assert all(len(re.sub("<[^>]+>", "", s)) <= 82 for s in snippets)  # a short passage, not the article
    canned = _get(client, f"/zhaoshang/search?q={quote('招商')}").text
    assert canned.count("<mark>招商</mark>") >= len(snippets)


def test_a_snippet_is_the_passage_around_the_first_place_a_word_stands() -> None:
    text = "前言" * 30 + "全市招商引资大会召开,签约项目12个。" + "后记" * 40
    found = snippet(text, "签约 招商")
    assert found.startswith("…") and found.endswith("…")
    assert f"{MARK_OPEN}招商{MARK_CLOSE}引资大会召开,{MARK_OPEN}签约{MARK_CLOSE}项目" in found
    assert snippet("短文", "缺席") == "短文" and snippet(None, "招商") == ""


def test_canned_queries_open_with_their_sql_hidden_one_click_away(client) -> None:
    for name in metadata()["databases"]["zhaoshang"]["queries"]:
        page = _get(client, f"/zhaoshang/{name}").text
        assert 'id="sql-query"' not in page and f'href="/zhaoshang/{name}?_show_sql=1">show</a>' in page, name
    shown = _get(client, "/zhaoshang/search?_show_sql=1").text
    assert re.search(r'<pre id="sql-query">[^<]*articles_bigrams', shown)
