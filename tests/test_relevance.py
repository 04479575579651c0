"""The relevance gate of `zhaoshang build`: pages that never mention the subject are set aside, with their reason,
before they are cleaned and parsed; every page the full parse would publish passes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.fields.relevance import never_mentions_subject
from builder.read.capture import InputFile, find_inputs, read_capture, read_input
from builder.run import pipeline

ROOT = Path(__file__).resolve().parent.parent
NOTICE = (
    "<html><body><h1>白水县便民信息</h1><p>白水县今天多云转晴，最高气温十二摄氏度。</p>"
    "<p>图书馆周末照常开放。</p></body></html>"
)


def _parse(html: str) -> pipeline.Outcome:
    return pipeline.parse_bytes(InputFile(Path("page.html"), "page.html", charset="utf-8"), html.encode("utf-8"))


def test_a_page_that_never_mentions_the_subject_is_set_aside_without_being_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_parsing(capture: object) -> None:
        raise AssertionError("the full parse ran")

    monkeypatch.setattr(pipeline, "parse_capture", no_parsing)
    entry = _parse(NOTICE).quarantine
    assert entry is not None and entry.reason == "off_topic"
    assert entry.detail == "no mention of the subject (招商/引资/投资/签约 … nowhere in the page, in either script)"


@pytest.mark.parametrize("mention", ["投資環境持續優化", "簽約儀式", "招 商", "營商環境"])
def test_a_mention_in_traditional_script_or_spread_by_spaces_passes_the_gate(mention: str) -> None:
    assert never_mentions_subject(NOTICE.replace("图书馆周末照常开放", mention)) is None


def test_no_shipped_capture_the_full_parse_publishes_is_set_aside_by_the_gate() -> None:
    items, _ = find_inputs([ROOT / "corpus" / "seeds", ROOT / "corpus" / "wild"])
    captures = [read_capture(item, read_input(item, 5_000_000)) for item in items]
    gated = {c.file for c in captures if never_mentions_subject(c.text)}
    published = {c.file for c in captures if pipeline.parse_capture(c).article is not None}
    assert len(published) >= 70
    assert gated & published == set()
