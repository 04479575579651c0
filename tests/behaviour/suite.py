"""Behavioural tests in the manner of CheckList (Ribeiro et al., ACL 2020).

A capability is a generator of cases made from reference data (every division in divisions.tsv,
every date form), never from examples picked by hand; an invariance is a generator that perturbs
real captures (swap the place, rewrite the date, add furniture) and says exactly how the fields
must move. Each case is parsed as a user's capture would be, through the whole pipeline, and its
expected fields are compared by dotted path (`region.city`, `date.year`, `speakers[].name`).

Capabilities live in `cap_*.py` modules beside this one, registered with `@capability`;
`tests/test_behaviour.py` holds each to a failure rate of at most 2%, and `make accuracy` prints
the rates beside the per-field table.
"""

from __future__ import annotations

import hashlib
import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from builder.read.capture import InputFile, ManifestEntry
from builder.record.models import Article
from builder.run.pipeline import parse_bytes

MAX_FAILURE_RATE = 0.02
Kind = Literal["capability", "invariance"]


@dataclass(frozen=True)
class Case:
    """One capture and the fields it must give; `note` says what the case varies, for a failure report."""

    text: str
    expect: dict[str, Any]
    note: str = ""
    url: str | None = None
    file: str = "case.txt"
    encoding: str = "utf-8"


@dataclass(frozen=True)
class Capability:
    field: str
    name: str
    kind: Kind
    cases: Callable[[], Iterable[Case]]


@dataclass
class Result:
    capability: Capability
    total: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return len(self.failures) / self.total if self.total else 0.0


REGISTRY: list[Capability] = []


def capability(field_name: str, name: str, kind: Kind = "capability") -> Callable:
    """Register a generator of cases under the field it tests."""

    def register(generate: Callable[[], Iterable[Case]]) -> Callable[[], Iterable[Case]]:
        REGISTRY.append(Capability(field_name, name, kind, generate))
        return generate

    return register


def load_capabilities() -> list[Capability]:
    """Import every `cap_*` module of this package, once, and give what they registered."""
    package = Path(__file__).parent
    for module in sorted(pkgutil.iter_modules([str(package)]), key=lambda m: m.name):
        if module.name.startswith("cap_"):
            importlib.import_module(f"{__package__}.{module.name}")
    return list(REGISTRY)


def parse(case: Case) -> tuple[Article | None, str | None]:
    """The case's capture through the whole pipeline: its article, or why it was quarantined."""
    data = case.text.encode(case.encoding)
    name = f"{hashlib.sha256(data).hexdigest()[:12]}-{case.file}"
    outcome = parse_bytes(InputFile(Path(name), name, ManifestEntry(url=case.url)), data)
    if outcome.article is None:
        return None, outcome.quarantine.reason if outcome.quarantine else "no outcome"
    return outcome.article, None


def value_at(article: Article, path: str) -> Any:
    """The value at a dotted path; `speakers[].name` gives the list of every speaker's name."""
    values: list[Any] = [article]
    spread = False
    for part in path.split("."):
        each = part.endswith("[]")
        key = part.removesuffix("[]")
        values = [getattr(value, key) if value is not None else None for value in values]
        if each:
            values = [item for value in values for item in (value or [])]
            spread = True
    if spread:
        return values
    value = values[0]
    return value.isoformat() if hasattr(value, "isoformat") else value


def mismatch(case: Case) -> str | None:
    """None when every expected field holds; else what differs, with the case's note."""
    article, quarantined = parse(case)
    if article is None:
        return f"{case.note}: quarantined ({quarantined})"
    wrong = []
    for path, expected in case.expect.items():
        got = value_at(article, path)
        if got != expected:
            wrong.append(f"{path} = {got!r}, expected {expected!r}")
    return f"{case.note}: {'; '.join(wrong)}" if wrong else None


def run(capability_: Capability) -> Result:
    result = Result(capability_)
    for case in capability_.cases():
        result.total += 1
        problem = mismatch(case)
        if problem:
            result.failures.append(problem)
    return result
