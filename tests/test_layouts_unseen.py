"""The layouts written blind (tests/layouts/unseen.py): what they are made of, and the DEV ones held at
the suite's bar. The LOCKED ones are never measured here: they are scored once, as a whole, with
`make layouts ARGS="--unseen locked"`."""

from __future__ import annotations

import html
import re

import pytest
from layouts.suite import BAR, HELD, labelled, measure, squash, story
from layouts.unseen import DEV, LOCKED, UNSEEN


def _printed(page_html: str) -> str:
    """What a page holds as text anywhere (markup, attributes or script), tags taken out."""
    return squash(html.unescape(re.sub(r"<[^>]+>", "", page_html)))


def test_ten_families_or_more_split_into_dev_and_locked() -> None:
    assert len(UNSEEN) >= 10
    assert sorted(DEV + LOCKED) == sorted(UNSEEN)
    assert not set(DEV) & set(LOCKED)


def test_every_furniture_string_is_on_its_page_and_none_is_in_the_story() -> None:
    """The furniture measure can fail: each string is on the page, and none is part of the story told."""
    for label in labelled()[:6]:
        told = story(label)
        body = squash("".join(told.lines))
        for name, wrap in UNSEEN.items():
            page = wrap(told)
            shown = _printed(page.html)
            for piece in page.furniture:
                assert squash(piece) in shown, (name, piece)
                assert squash(piece) not in body, (name, piece)


def _outside_gbk(char: str) -> bool:
    try:
        char.encode("gbk")
    except UnicodeEncodeError:
        return True
    return False


def test_the_gbk_page_is_gbk_bytes_and_keeps_what_gbk_cannot_hold_as_references() -> None:
    told = next(story(label) for label in labelled() if any(map(_outside_gbk, "".join(story(label).lines))))
    outside = sorted({char for char in "".join(told.lines) if _outside_gbk(char)})
    page = UNSEEN["gbk_dongyi"](told)
    assert page.encoding == "gbk"
    page.html.encode("gbk")  # would raise on any character GBK cannot hold
    for char in outside:
        assert f"&#{ord(char)};" in page.html


@pytest.fixture(scope="module")
def dev_tallies():
    return measure({name: UNSEEN[name] for name in DEV})


def test_every_dev_page_became_an_article(dev_tallies) -> None:
    assert dev_tallies["all"].total["headline"] == len(DEV) * len(labelled())


@pytest.mark.parametrize("name", HELD)
def test_each_measure_holds_over_the_dev_layouts(dev_tallies, name: str) -> None:
    tally = dev_tallies["all"]
    misses = [miss for miss in tally.misses if miss.startswith(name + ":")]
    assert tally.rate(name) >= BAR, "\n".join(misses[:10])


def test_each_dev_layout_keeps_its_furniture_out_and_its_headline(dev_tallies) -> None:
    for name in DEV:
        assert dev_tallies[name].rate("no furniture") >= BAR, name
        assert dev_tallies[name].rate("headline") >= BAR, name
