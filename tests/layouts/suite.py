"""The layout suite: every labelled capture (seeds and the `dev` split) in every layout, measured.

A capture's story is read from its gold label (headline, published date, outlet) and its raw
lines; the headline line is found among the raw lines by its cleaned form, so the page shows it
in the capture's own script. Each page is parsed as a user's HTML file would be (a text form as a
`.txt` file), and compared with the label and with the same capture parsed as plain text:

- headline: the article's title is the gold title (null where the capture shows none);
- no furniture: no furniture string of the layout reaches the title or text;
- whole body: every paragraph of the plain capture's text is in the page's text;
- published date: the gold published date (null where the capture states none);
- published: the page becomes an article whenever the plain capture does;
- outlet (reported, not held): the gold outlet, where the gold names one.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from builder.accuracy import same_text
from builder.clean.clean import clean
from builder.read.capture import InputFile, ManifestEntry
from builder.record.models import Article
from builder.run.pipeline import Outcome, parse_bytes
from layouts.families import LAYOUTS, Layout, Story, Wrapped

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"
CORPUS = ROOT / "corpus"
MEASURES = ("headline", "no furniture", "whole body", "published date", "published", "outlet")
HELD = MEASURES[:5]
BAR = 0.98


@dataclass(frozen=True)
class Labelled:
    key: str
    raw: str
    title: str | None
    published: str | None
    outlet: str | None


@dataclass
class Tally:
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MEASURES, 0))
    total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MEASURES, 0))
    misses: list[str] = field(default_factory=list)

    def count(self, measure: str, ok: bool, where: str) -> None:
        self.total[measure] += 1
        self.right[measure] += ok
        if not ok:
            self.misses.append(f"{measure}: {where}")

    def rate(self, measure: str) -> float:
        return self.right[measure] / self.total[measure] if self.total[measure] else 1.0


def labelled() -> list[Labelled]:
    """The seeds and the `dev` split: labels of held-out captures are never read here."""
    found = []
    for path in sorted(GOLD.glob("*.gold.json")) + sorted((GOLD / "wild").glob("*.gold.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        if label.get("split", "dev") != "dev":
            continue
        raw = label["raw"] if "/" in label["raw"] else f"seeds/{label['raw']}"
        found.append(Labelled(label["id"], raw, label.get("title"), label.get("published_date"), label.get("outlet")))
    return found


def story(label: Labelled) -> Story:
    """The capture's headline line as it shows it, and every other line as the page's body."""
    lines = [line.strip() for line in (CORPUS / label.raw).read_text(encoding="utf-8").splitlines() if line.strip()]
    index = _headline_line(lines, label.title)
    headline = lines[index] if index is not None else label.title
    body = tuple(line for i, line in enumerate(lines) if i != index)
    published = dt.date.fromisoformat(label.published) if label.published else None
    return Story(label.key, headline, published, label.outlet, body)


def _headline_line(lines: list[str], title: str | None) -> int | None:
    if not title:
        return None
    for index, line in enumerate(lines[:12]):
        cleaned = clean(line).lines
        if cleaned and same_text(cleaned[0].simplified, title):
            return index
    return None


def pages(layouts: dict[str, Layout] = LAYOUTS, stories: int | None = None) -> Iterator[tuple[str, Labelled, Wrapped]]:
    for label in labelled()[:stories]:
        told = story(label)
        for name, wrap in layouts.items():
            yield name, label, wrap(told)


def parse_page(name: str, label: Labelled, page: Wrapped) -> Outcome:
    """The page parsed as a user's file of its kind: `<key>.html`, or `<key>.txt` for a text capture."""
    file = f"{label.key}.{'txt' if page.kind == 'text' else 'html'}"
    item = InputFile(Path(file), f"layouts/{name}/{file}", ManifestEntry(url=page.url))
    return parse_bytes(item, page.html.encode(page.encoding))


def parse_plain(label: Labelled) -> Outcome:
    path = CORPUS / label.raw
    return parse_bytes(InputFile(path, label.raw), path.read_bytes())


def squash(text: str | None) -> str:
    """Text without spaces and punctuation: what a furniture string or a paragraph is compared by."""
    return re.sub(r"[\W_]+", "", text or "")


def measure(layouts: dict[str, Layout] = LAYOUTS, stories: int | None = None) -> dict[str, Tally]:
    """A tally for each layout (the eleven families unless told), and one for all of them under 'all';
    over the first `stories` labelled captures, or all of them."""
    tallies = {name: Tally() for name in [*layouts, "all"]}
    plain = {label.key: parse_plain(label).article for label in labelled()[:stories]}
    for name, label, page in pages(layouts, stories):
        article = parse_page(name, label, page).article
        for tally in (tallies[name], tallies["all"]):
            _score(tally, f"{name} {label.key}", label, page, article, plain[label.key])
    return tallies


def _score(
    tally: Tally, where: str, label: Labelled, page: Wrapped, got: Article | None, plain: Article | None
) -> None:
    if plain is not None:
        tally.count("published", got is not None, where)
    if got is None:
        return
    tally.count("headline", same_text(got.title, label.title), f"{where}: {got.title!r} for {label.title!r}")
    seen = squash(f"{got.title}\n{got.text}")
    leaked = [piece for piece in page.furniture if squash(piece) and squash(piece) in seen]
    tally.count("no furniture", not leaked, f"{where}: {leaked}")
    if plain is not None:
        missing = [p for p in (plain.text or "").split("\n") if squash(p) not in squash(got.text)]
        tally.count("whole body", not missing, f"{where}: {[m[:30] for m in missing]}")
    found = got.date.published.isoformat() if got.date.published else None
    tally.count("published date", found == label.published, f"{where}: {found} for {label.published}")
    if label.outlet:
        tally.count("outlet", same_text(got.outlet, label.outlet), f"{where}: {got.outlet!r} for {label.outlet!r}")


def table(tallies: dict[str, Tally]) -> str:
    width = max(map(len, tallies))
    rows = [f"{'layout':<{width}}  " + "  ".join(f"{m:>14}" for m in MEASURES)]
    for name, tally in tallies.items():
        cells = "  ".join(f"{tally.rate(m):>9.3f} {tally.total[m]:>4}" for m in MEASURES)
        rows.append(f"{name:<{width}}  {cells}")
    return "\n".join(rows)
