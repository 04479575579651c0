"""Shared fixtures: one build of the shipped corpus per test session."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, settings

from builder.cli import main

ROOT = Path(__file__).resolve().parent.parent

# The default run tries a few hundred generated inputs per property, the same ones every time;
# `make fuzz` (HYPOTHESIS_PROFILE=slow) tries 10,000 new ones per property.
settings.register_profile(
    "default", max_examples=300, derandomize=True, database=None, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)  # fmt: skip
settings.register_profile(
    "slow", max_examples=10_000, database=None, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
CORPUS = [ROOT / "corpus" / "seeds", ROOT / "corpus" / "wild"]


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build") / "dist"
    assert main(["build", *map(str, CORPUS), "--out", str(out)]) == 0
    assert main(["sqlite", str(out)]) == 0  # as `make dataset` does
    return out


@pytest.fixture(scope="session")
def articles(built: Path) -> dict[str, dict]:
    rows = pq.read_table(built / "data" / "articles").to_pylist()
    return {row["id"]: row for row in rows}


@pytest.fixture(scope="session")
def report(built: Path) -> dict:
    return json.loads((built / "build_report.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def records() -> dict[str, dict]:
    """Every capture's record as the parser makes it, before a build sets near-duplicates aside."""
    from builder.accuracy import parse_corpus

    parsed = parse_corpus(CORPUS)
    return {key: article.model_dump() for key, article in parsed.items() if not isinstance(article, str)}
