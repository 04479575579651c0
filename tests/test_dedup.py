"""Near-duplicate clusters from the on-disk index equal those of datasketch's own in-memory LSH."""

from __future__ import annotations

import itertools
import re
import sqlite3
from pathlib import Path

import numpy as np
from datasketch import LeanMinHash, MinHashLSH

from builder.clean.script import to_simplified
from builder.tables.dedup import Deduplicator, Duplicate, settings, signature, similarity

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> dict[str, str]:
    """The shipped captures, and for every third one a shortened copy and one with a line added."""
    texts = {p.stem: to_simplified(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "corpus").glob("*/*.txt"))}
    for index, (name, text) in enumerate(sorted(texts.items())):
        if index % 3 == 0:
            texts[f"{name}-cut"] = text[: len(text) * 7 // 10]
            texts[f"{name}-added"] = text + "\n会议强调,要持续加大招商引资力度。"
    return texts


def _reference(signatures: dict, ranks: dict, threshold: float) -> list[Duplicate]:
    """The same clustering over datasketch's MinHashLSH, all in memory."""
    index = MinHashLSH(threshold=threshold, num_perm=settings()["num_perm"])
    signatures = {
        name: LeanMinHash(seed=settings()["seed"], hashvalues=values, scheme="affine32")
        for name, values in signatures.items()
    }
    found = []
    for article in sorted(signatures, key=lambda a: (ranks[a], a)):
        mine = signatures[article]
        close = [(mine.jaccard(signatures[c]), c) for c in index.query(mine)]
        close = [(s, c) for s, c in close if s >= threshold]
        if close:
            similarity, canonical = min(close, key=lambda pair: (-pair[0], ranks[pair[1]], pair[1]))
            found.append(Duplicate(canonical, article, round(float(similarity), 3)))
        else:
            index.insert(article, mine)
    return sorted(found, key=lambda d: (d.canonical, d.duplicate))


def test_the_on_disk_index_finds_the_clusters_datasketch_finds() -> None:
    texts = _texts()
    signatures = {name: signature(text) for name, text in texts.items()}
    ranks = {name: (name.count("-"), len(text) % 7, order) for order, (name, text) in enumerate(sorted(texts.items()))}
    deduplicator = Deduplicator(sqlite3.connect(":memory:"))
    for name in sorted(texts):
        deduplicator.add(name, signatures[name], ranks[name])
    found = deduplicator.duplicates()
    assert found == _reference(signatures, ranks, deduplicator.threshold)
    pairs = {(d.canonical, d.duplicate) for d in found}
    assert {("w002", "w002-cut"), ("w002", "w002-added")} <= pairs
    assert len(found) >= 2 * len(texts) // 5


def test_the_banding_is_the_one_datasketch_chooses_for_the_threshold() -> None:
    index = MinHashLSH(threshold=settings()["threshold"], num_perm=settings()["num_perm"])
    assert (settings()["bands"], settings()["rows_per_band"]) == (index.b, index.r)


def test_signatures_estimate_the_jaccard_similarity_of_the_shingle_sets() -> None:
    """Against the exact Jaccard similarity of the 5-character shingle sets, on pairs of shipped captures
    and their cut copies: MinHash with 128 permutations errs by about 0.04 (one standard deviation)."""
    texts = _texts()
    names = sorted(texts)
    errors = []
    for first, second in itertools.pairwise(names):
        exact = _jaccard(_shingles(texts[first]), _shingles(texts[second]))
        errors.append(abs(similarity(signature(texts[first]), signature(texts[second])) - exact))
    assert max(errors) < 0.15 and sum(errors) / len(errors) < 0.04
    assert similarity(signature("招商引资大会"), signature("招商引资大会。")) == 1.0  # punctuation is not text


def test_a_signature_is_of_the_shingle_set_whatever_the_length() -> None:
    """Repeats add no shingle (240,000 characters, past the blocks of 8192 shingles, sign as 18 do);
    texts shorter than a shingle, or with no text at all, still sign."""
    assert (signature("招商引资大会" * 40_000) == signature("招商引资大会" * 3)).all()
    assert similarity(signature("招商引资大会" * 40_000), signature("项目建设年" * 3)) == 0.0
    assert (signature("招商") == signature("招商")).all() and similarity(signature("招商"), signature("引资")) == 0.0
    assert (signature("") == signature("。 ,")).all() and signature("").dtype == np.uint32


def _shingles(text: str) -> set[str]:
    squeezed = re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "", text)
    return {squeezed[i : i + 5] for i in range(max(1, len(squeezed) - 4))}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b)
