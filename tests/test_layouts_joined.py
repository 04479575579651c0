"""The same page read the same whether its article's paragraphs are `<p>`s or `<br>`-joined lines.

The eleven families and every round's DEV layouts (never the LOCKED ones), made over by
tests/layouts/joined.py and measured against themselves as written. Where the reader cannot yet hold a measure
on the made-over pages, the gap it may leave is written here and printed.
"""

from __future__ import annotations

import html
import re

import pytest
from layouts.families import LAYOUTS, Story
from layouts.joined import FORMS, all_joined, join_page
from layouts.suite import HELD, labelled, measure, squash, story
from layouts.unseen import DEV, UNSEEN
from layouts.unseen2 import DEV2, UNSEEN2
from layouts.unseen3 import DEV3, UNSEEN3
from layouts.unseen4 import DEV4, UNSEEN4
from layouts.unseen5 import DEV5, UNSEEN5
from layouts.unseen6 import DEV6, UNSEEN6
from layouts.unseen7 import DEV7, UNSEEN7
from layouts.unseen8 import DEV8, UNSEEN8
from layouts.unseen9 import DEV9, UNSEEN9

STORIES = None  # every labelled capture: the figures `benchmarks/layouts.py --joined` prints
_WRITTEN = {**UNSEEN, **UNSEEN2, **UNSEEN3, **UNSEEN4, **UNSEEN5, **UNSEEN6, **UNSEEN7, **UNSEEN8, **UNSEEN9}
_DEV = [*DEV, *DEV2, *DEV3, *DEV4, *DEV5, *DEV6, *DEV7, *DEV8, *DEV9]
MEASURED = {**LAYOUTS, **{name: _WRITTEN[name] for name in _DEV}}
# The pages a measure may lose on the made-over pages (none where unlisted).
ALLOWED_LOSS: dict[tuple[str, str], int] = {}


@pytest.fixture(scope="module")
def as_written() -> dict:
    return measure(MEASURED, STORIES)["all"]


@pytest.mark.parametrize("form", FORMS)
def test_joined_pages_read_as_the_written_ones(as_written, form: str) -> None:
    joined = measure(all_joined(MEASURED, form), STORIES)["all"]
    assert joined.total["published"] == as_written.total["published"] > 0
    lost = {name: as_written.right[name] - joined.right[name] for name in HELD}
    for name, pages in lost.items():
        print(f"{form} {name}: {as_written.rate(name):.3f} written, {joined.rate(name):.3f} joined, {pages} pages lost")
    over = [name for name, pages in lost.items() if pages > ALLOWED_LOSS.get((form, name), 0)]
    new_misses = [miss for miss in joined.misses if miss not in as_written.misses]
    assert not over, "\n".join(miss for miss in new_misses if miss.split(":")[0] in over)


def _told() -> Story:
    return story(labelled()[0])


def test_the_article_paragraphs_become_lines_joined_by_br_in_their_container() -> None:
    told = _told()
    paragraphs = "".join(f'<p class="t" style="text-indent:2em">{line}</p>\n' for line in told.lines[:3])
    page = f'<div id="zoom"><p class="x">{told.headline}</p>\n{paragraphs}</div><p>版权所有</p>'
    assert join_page(page, told, "br") == (
        f'<div id="zoom"><p class="x">{told.headline}</p>\n' + "<br>\n".join(told.lines[:3]) + "\n</div><p>版权所有</p>"
    )
    assert join_page(page, told, "grouped") == (
        f'<div id="zoom"><p class="x">{told.headline}</p>\n<p>'
        + "<br>\n".join(told.lines[:3])
        + "</p>\n</div><p>版权所有</p>"
    )


def test_scripts_hidden_paragraphs_and_other_runs_are_left_alone() -> None:
    told = _told()
    body = f"<p>{told.lines[0]}</p><p hidden>{told.lines[1]}</p><p>{told.lines[2]}</p>"
    sidebar = "<ul><li><p>其他新闻一</p><p>其他新闻二</p></li></ul>"
    script = f"<script>var a = '<p>{told.lines[0]}</p><p>{told.lines[1]}</p>';</script>"
    page = body + sidebar + script
    assert join_page(page, told, "br") == page


def _printed(markup: str) -> str:
    return squash(html.unescape(re.sub(r"<[^>]+>", "", markup)))


def test_every_made_over_page_shows_what_the_written_one_does() -> None:
    """Only the paragraphs' tags change: the text shown, the furniture and the address stay; most pages change."""
    told = _told()
    changed = 0
    for name, wrap in MEASURED.items():
        written = wrap(told)
        for form in FORMS:
            made_over = all_joined({name: wrap}, form)[name](told)
            assert (made_over.furniture, made_over.url) == (written.furniture, written.url)
            assert _printed(made_over.html) == _printed(written.html), (name, form)
            changed += made_over.html != written.html
    assert changed >= len(MEASURED)
