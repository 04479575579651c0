"""Work a build does once a capture, not more: what a capture costs is what a one-worker build's worker spends."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest

from builder.read.capture import DEFAULT_MAX_BYTES, find_inputs
from builder.run.cache import OutcomeCache
from builder.run.engine import Settings, Shard, Target, write_shard

ROOT = Path(__file__).resolve().parent.parent


def test_a_build_hashes_each_input_once_and_records_that_hash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker hashes an input as it reads it (the cache's key); parsing takes that hash instead of
    computing it twice more (for the quarantine entry and for the capture)."""
    items, _ = find_inputs([ROOT / "corpus" / "wild"])
    items = items[:6]
    contents = {item.path.read_bytes(): item.name for item in items}
    hashed: Counter[str] = Counter()
    sha256 = hashlib.sha256

    def counted(data: bytes = b"", **options: object) -> object:
        if data in contents:
            hashed[contents[data]] += 1
        return sha256(data, **options)

    monkeypatch.setattr(hashlib, "sha256", counted)
    settings = Settings(DEFAULT_MAX_BYTES, deduplicate=False, cache=OutcomeCache(tmp_path / "cache", DEFAULT_MAX_BYTES))
    result = write_shard(Shard(0, tuple(items)), settings, Target(tmp_path / "out"))
    assert hashed == {item.name: 1 for item in items}
    recorded = [
        handled.facts.sha256 if handled.facts is not None else handled.quarantine.sha256 for handled in result.inputs
    ]
    assert recorded == [sha256(item.path.read_bytes()).hexdigest() for item in items]


def test_a_cache_entry_keeps_the_serializers_utf8_and_reads_back_the_same_outcome(tmp_path: Path) -> None:
    """An outcome's cache record is the JSON `model_dump_json` writes, kept in the UTF-8 the serializer makes (a
    `str` was decoded from it and encoded again into SQLite); read back, it gives the same article or entry."""
    from builder.run.cache import freeze, thaw
    from builder.run.pipeline import parse_input

    items, _ = find_inputs([ROOT / "corpus" / "wild"])
    outcomes = [parse_input(item) for item in items[:8]]
    assert any(o.article is not None for o in outcomes) and any(o.quarantine is not None for o in outcomes)
    for outcome in outcomes:
        kind, record = freeze(outcome)
        model = outcome.article if outcome.article is not None else outcome.quarantine
        assert (kind, record) == ("article" if outcome.article is not None else "quarantine",
                                  model.model_dump_json().encode())  # fmt: skip
        assert thaw((kind, record)) == outcome
