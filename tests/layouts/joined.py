"""Any layout's page made over with the article's paragraphs as `<br>`-joined lines: a metamorphic measure.

Old CMSs, 信息公开 pages, forum reposts and 公众号 mirrors print the whole article as one block of `<br>`-joined
lines, or as `<p>`s holding a few such lines each. A page read right with `<p>`s should read the same so. The
article's paragraphs are the runs of sibling `<p>`s (nothing but space between them) of which one holds a line
of the story's body, in whatever container and with whatever attributes; the `<p>` holding the headline and a
hidden `<p>` end a run and stay as they are. Furniture set as the article's `<p>`s joins the lines with them,
as on such sites. Scripts and styles are left alone.

- `br`: each run becomes its lines joined by `<br>`, bare in the run's container;
- `grouped`: each run becomes `<p>`s of three, then two, then three ... lines joined by `<br>`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator

from layouts.families import Layout, Story, Wrapped
from layouts.suite import squash

_RAW = re.compile(r"<(script|style|template|textarea)\b.*?</\1\s*>", re.S | re.I)
_PARAGRAPH = re.compile(r"<p(?:\s[^>]*)?>((?:(?!</?p[\s>]).)*)</p\s*>", re.S | re.I)
_HIDDEN = re.compile(r"^<p[^>]*(?:display\s*:\s*none|\shidden[\s>=])", re.I)
_GROUPS = (3, 2)


def _shown(inner: str) -> str:
    return squash(html.unescape(re.sub(r"<[^>]+>", "", inner)))


def _runs(markup: str) -> Iterator[list[re.Match[str]]]:
    """Sibling `<p>`s with only space between them, a hidden `<p>` ending a run."""
    run: list[re.Match[str]] = []
    for found in _PARAGRAPH.finditer(markup):
        hidden = bool(_HIDDEN.match(found.group(0)))
        if run and (hidden or markup[run[-1].end() : found.start()].strip()):
            yield run
            run = []
        if not hidden:
            run.append(found)
    if run:
        yield run


def _article_runs(markup: str, story: Story) -> Iterator[list[re.Match[str]]]:
    """The runs holding a line of the story's body, the headline's `<p>` cut out of them."""
    body = {squash(line) for line in story.lines} - {""}
    headline = squash(story.headline)
    for run in _runs(markup):
        for part in _split_at(run, lambda found: bool(headline) and _shown(found.group(1)) == headline):
            if len(part) > 1 and any(_shown(found.group(1)) in body for found in part):
                yield part


def _split_at(run: list[re.Match[str]], cut: Callable[[re.Match[str]], bool]) -> Iterator[list[re.Match[str]]]:
    part: list[re.Match[str]] = []
    for found in run:
        if cut(found):
            yield part
            part = []
        else:
            part.append(found)
    yield part


def _joined(run: list[re.Match[str]], form: str) -> str:
    lines = [found.group(1).strip() for found in run]
    if form == "br":
        return "<br>\n".join(lines)
    groups, start, turn = [], 0, 0
    while start < len(lines):
        size = _GROUPS[turn % len(_GROUPS)]
        groups.append("<p>" + "<br>\n".join(lines[start : start + size]) + "</p>")
        start, turn = start + size, turn + 1
    return "\n".join(groups)


def _outside_scripts(markup: str, story: Story, form: str) -> str:
    pieces, last = [], 0
    for run in _article_runs(markup, story):
        pieces += [markup[last : run[0].start()], _joined(run, form)]
        last = run[-1].end()
    return "".join(pieces) + markup[last:]


def join_page(markup: str, story: Story, form: str) -> str:
    """The page with its article's `<p>` runs joined by `<br>` (`form`: `br` or `grouped`)."""
    pieces, last = [], 0
    for raw in _RAW.finditer(markup):
        pieces += [_outside_scripts(markup[last : raw.start()], story, form), raw.group(0)]
        last = raw.end()
    return "".join(pieces) + _outside_scripts(markup[last:], story, form)


FORMS = ("br", "grouped")


def joined(wrap: Layout, form: str) -> Layout:
    """The layout with its article's paragraphs `<br>`-joined in `form`."""

    def made_over(story: Story) -> Wrapped:
        page = wrap(story)
        return Wrapped(join_page(page.html, story, form), page.furniture, page.url, page.encoding)

    return made_over


def all_joined(layouts: dict[str, Layout], form: str) -> dict[str, Layout]:
    return {name: joined(wrap, form) for name, wrap in layouts.items()}
