"""Property tests: whatever bytes arrive, the per-capture function gives exactly one article or one
quarantine entry with a reason, and no parser ever fails (no `parser_error`).

Inputs: random bytes; real captures cut at random points and re-encoded; captures with injected
noise, repeated markers and mixed encodings. `make fuzz` runs 10,000 cases per property.
"""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from builder.read.capture import InputFile
from builder.run.pipeline import Outcome, parse_bytes

ROOT = Path(__file__).resolve().parent.parent
CAPTURES = sorted((ROOT / "corpus").glob("*/*.txt"))
TEXTS = [path.read_text(encoding="utf-8") for path in CAPTURES]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "gb18030", "big5"]
NOISE = [
    "(huì)", "?zhǔn)", "(xiàng)", "0 l\" F$ p, a1 X5 S", "此处省略727字", "全文5006字,当前显示2267字", "还剩41页未读",
    "???", ",,、", "更新时间:2024-05-15 08:48:51", "您的位置:首页 > 正文", "<script>alert(1)</script>", "<!--",
    "\r\n", "\ufffd", "\x00", "第一章 ", "同志们:", "一、", "(一)", "X亿元", "××个", "3月底前", "排名全省第一",
    "【", "】", "|", "\u3000", "𠀀", "㱕", "\ue000",
]  # fmt: skip


def _item(name: str = "fuzz.txt") -> InputFile:
    return InputFile(Path(name), name)


def _accounted_for(outcome: Outcome) -> None:
    assert (outcome.article is None) != (outcome.quarantine is None)
    if outcome.quarantine is not None:
        assert outcome.quarantine.reason and outcome.quarantine.reason != "parser_error", outcome.quarantine
    else:
        article = outcome.article
        assert article.text and article.quality.unrecoverable.count == article.text.count("\ufffd")


@given(st.binary(max_size=4096))
def test_random_bytes(data: bytes) -> None:
    _accounted_for(parse_bytes(_item(), data))


@given(st.sampled_from(range(len(TEXTS))), st.floats(0, 1), st.sampled_from(ENCODINGS), st.booleans())
def test_real_captures_cut_anywhere_in_any_encoding(index: int, cut: float, encoding: str, html: bool) -> None:
    data = TEXTS[index].encode(encoding, errors="replace")
    data = data[: int(len(data) * cut)]
    _accounted_for(parse_bytes(_item("cut.html" if html else "cut.txt"), data))


@given(
    st.sampled_from(range(len(TEXTS))),
    st.lists(st.tuples(st.floats(0, 1), st.sampled_from(NOISE), st.integers(1, 40)), max_size=12),
    st.sampled_from(ENCODINGS),
    st.sampled_from(ENCODINGS),
    st.integers(0, 2**32 - 1),
)
def test_noise_repeated_markers_and_mixed_encodings(
    index: int, injections: list, first: str, second: str, seed: int
) -> None:
    text = TEXTS[index]
    for where, marker, times in injections:
        at = int(len(text) * where)
        text = text[:at] + marker * times + text[at:]
    half = random.Random(seed).randrange(len(text) + 1)
    data = text[:half].encode(first, errors="replace") + text[half:].encode(second, errors="replace")
    _accounted_for(parse_bytes(_item(), data))
