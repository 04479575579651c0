"""Each source parser's own test cases: real captures and the exact values it must give."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from builder.read.capture import find_inputs
from builder.run.pipeline import parse_bytes
from builder.sources import SOURCES, GenericSource

ROOT = Path(__file__).resolve().parent.parent
CASES = [(source, case) for source in SOURCES for case in source.TESTS]


def _value(record: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        if record is None:
            return None
        record = record[int(part)] if isinstance(record, list) else getattr(record, part)
    if isinstance(record, dt.date):
        return record.isoformat()
    if hasattr(record, "model_dump"):
        return record.model_dump()
    if isinstance(record, list):
        return [item.model_dump() if hasattr(item, "model_dump") else item for item in record]
    return record


@pytest.mark.parametrize("source,case", CASES, ids=[f"{s.NAME}:{Path(c['file']).name}" for s, c in CASES])
def test_source_case(source: type, case: dict) -> None:
    path = ROOT / case["file"]
    items, _ = find_inputs([path.parent])
    item = next(item for item in items if item.path == path)
    outcome = parse_bytes(item, path.read_bytes())
    assert outcome.article is not None, outcome.quarantine
    assert outcome.article.source.parser == source.NAME
    for field, expected in case["expected"].items():
        assert _value(outcome.article, field) == expected, field


def test_every_source_has_cases_and_generic_is_last() -> None:
    assert all(source.TESTS for source in SOURCES)
    assert SOURCES[-1] is GenericSource
    assert len({source.NAME for source in SOURCES}) == len(SOURCES)
