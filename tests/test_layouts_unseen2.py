"""The second round of layouts written blind (tests/layouts/unseen2.py): what they are made of.
The LOCKED2 ones are never measured here: they are scored once, as a whole, with
`make layouts ARGS="--unseen locked2"`."""

from __future__ import annotations

import html
import re

from layouts.suite import labelled, squash, story
from layouts.unseen2 import DEV2, LOCKED2, UNSEEN2


def _printed(page_html: str) -> str:
    """What a page holds as text anywhere (markup or script), tags taken out."""
    return squash(html.unescape(re.sub(r"<[^>]+>", "", page_html)))


def test_ten_families_or_more_split_into_dev2_and_locked2() -> None:
    assert len(UNSEEN2) >= 10
    assert sorted(DEV2 + LOCKED2) == sorted(UNSEEN2)
    assert not set(DEV2) & set(LOCKED2)


def test_every_furniture_string_is_on_its_page_and_none_is_in_any_story() -> None:
    """The furniture measure can fail: each string is on the page, and none is part of the story told."""
    for label in labelled():
        told = story(label)
        body = squash("".join(told.lines))
        for name, wrap in UNSEEN2.items():
            page = wrap(told)
            shown = _printed(page.html)
            for piece in page.furniture:
                assert squash(piece) in shown, (name, piece)
                assert squash(piece) not in body, (name, label.key, piece)


def test_every_paragraph_of_every_story_is_in_its_page() -> None:
    """The whole-body measure can be met: the pages hide or fold paragraphs, never drop them."""
    for label in labelled()[:8]:
        told = story(label)
        for name, wrap in UNSEEN2.items():
            shown = _printed(wrap(told).html)
            assert all(squash(line) in shown for line in told.lines), name
