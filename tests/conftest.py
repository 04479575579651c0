"""Shared fixtures: one build of the shipped corpus per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from builder.cli import main

ROOT = Path(__file__).resolve().parent.parent
CORPUS = [ROOT / "corpus" / "seeds", ROOT / "corpus" / "wild"]


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build") / "dist"
    assert main(["build", *map(str, CORPUS), "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="session")
def articles(built: Path) -> dict[str, dict]:
    rows = pq.read_table(built / "data" / "articles").to_pylist()
    return {row["id"]: row for row in rows}


@pytest.fixture(scope="session")
def report(built: Path) -> dict:
    return json.loads((built / "build_report.json").read_text(encoding="utf-8"))
