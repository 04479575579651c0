"""Measure the near-duplicate threshold on labelled pairs: `python benchmarks/dedup.py`.

Pairs: the hand-labelled ones in tests/gold/pairs.jsonl, plus synthetic ones made from the shipped
captures (a page and its copy run through a pinyin-annotating converter, or cut short by a paid
preview, are duplicates; two different captures are not). For each threshold it prints precision
and recall of "MinHash similarity >= threshold" against the labels.
"""

from __future__ import annotations

import json
import random
import sys
from itertools import combinations
from pathlib import Path

from builder.accuracy import parse_corpus
from builder.read.capture import InputFile
from builder.run.pipeline import parse_bytes
from builder.tables.dedup import settings, signature, similarity

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "tests" / "gold" / "pairs.jsonl"
THRESHOLDS = [round(0.05 * i, 2) for i in range(1, 20)]


def labelled_pairs(texts: dict[str, str]) -> list[tuple[str, str, bool]]:
    pairs = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(texts[p["a"]], texts[p["b"]], p["duplicate"]) for p in pairs]


def synthetic_pairs(texts: dict[str, str], raw: dict[str, str], seed: int = 5) -> list[tuple[str, str, bool]]:
    """Copies damaged the way the wild corpus is, against the clean text; and pairs of different captures."""
    rng = random.Random(seed)
    pairs = []
    for key in sorted(texts):
        annotated = _annotate(raw[key], rng)
        damaged = parse_bytes(InputFile(Path(f"{key}.txt"), f"{key}.txt"), annotated.encode()).article
        if damaged is not None:
            pairs.append((texts[key], damaged.text, True))
        preview = texts[key][: int(len(texts[key]) * rng.uniform(0.55, 0.8))]
        pairs.append((texts[key], preview, True))
    keys = sorted(texts)
    for a, b in rng.sample(list(combinations(keys, 2)), 400):
        pairs.append((texts[a], texts[b], False))
    return pairs


def _annotate(text: str, rng: random.Random) -> str:
    """Pinyin glued after some characters, as a bad converter does (會(huì)議)."""
    syllables = ["huì", "xiàng", "zhǎng", "guó", "shì", "yè"]
    return "".join(
        c + (f"({rng.choice(syllables)})" if "\u4e00" <= c <= "\u9fff" and rng.random() < 0.15 else "") for c in text
    )


def score(pairs: list[tuple[str, str, bool]]) -> list[tuple[float, float, float, int, int]]:
    similarities = [(similarity(signature(a), signature(b)), same) for a, b, same in pairs]
    rows = []
    for threshold in THRESHOLDS:
        predicted = [(s >= threshold, same) for s, same in similarities]
        tp = sum(1 for p, same in predicted if p and same)
        fp = sum(1 for p, same in predicted if p and not same)
        fn = sum(1 for p, same in predicted if not p and same)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        rows.append((threshold, precision, recall, tp + fn, fp + sum(1 for _, same in predicted if not same) - fp))
    return rows


def main() -> int:
    parsed = parse_corpus([ROOT / "corpus" / "seeds", ROOT / "corpus" / "wild"])
    texts = {key: article.text for key, article in parsed.items() if not isinstance(article, str)}
    raw = {p.stem: p.read_text(encoding="utf-8") for p in ROOT.glob("corpus/*/*.txt")}
    labelled = labelled_pairs(texts)
    synthetic = synthetic_pairs(texts, raw)
    print(f"MinHash: {settings()['num_perm']} permutations, {settings()['shingle']}-character shingles")
    print(
        f"pairs: {len(labelled)} labelled ({sum(s for *_, s in labelled)} duplicates), "
        f"{len(synthetic)} synthetic ({sum(s for *_, s in synthetic)} duplicates)"
    )
    print(f"{'threshold':>9} {'labelled P':>11} {'labelled R':>11} {'synthetic P':>12} {'synthetic R':>12}")
    for (t, lp, lr, *_), (_, sp, sr, *_) in zip(score(labelled), score(synthetic), strict=True):
        mark = "  <- dedup.json" if abs(t - settings()["threshold"]) < 1e-9 else ""
        print(f"{t:>9.2f} {lp:>11.3f} {lr:>11.3f} {sp:>12.3f} {sr:>12.3f}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
