"""Forum reposts (Discuz and alike): the article pasted with anti-copy jammer strings at line ends.

The cleaner removes the jammer; this parser recognises the capture by it (the raw text) and reads
the headline and deck from the first two lines and the outlet from a `随州日报讯` dateline.
"""

from __future__ import annotations

from typing import Any, ClassVar

from builder.clean.clean import JAMMER_END, JAMMER_START, CleanPage, _is_jammer, may_hold_jammers
from builder.read.capture import Capture
from builder.sources.base import Source

_MIN_JAMMER_LINES = 3


class ForumSource(Source):
    NAME = "forum"
    TESTS: ClassVar[list[dict[str, Any]]] = [
        {
            "file": "corpus/seeds/002_66bc6007192f2ba8.txt",
            "expected": {
                "title": "全市招商引资工作专题会议召开",
                "subtitle": "以“第一力度”抓好“一号工程” 为经济高质量发展提供强劲动能",
                "outlet": "随州日报",
                "site": None,
                "date.event": "2024-12-05",
                "date.year_inferred": True,
                "quality.noise_removed": 11,
                "region.city": "随州市",
            },
        }
    ]

    @classmethod
    def suitable(cls, capture: Capture, page: CleanPage) -> bool:
        if not may_hold_jammers(capture.text):
            return False
        jammed = sum(
            1
            for pattern in (JAMMER_START, JAMMER_END)
            for match in pattern.finditer(capture.text)
            if _is_jammer(match.group(0))
        )
        return jammed >= _MIN_JAMMER_LINES
