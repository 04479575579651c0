"""浙江在线 (zjol.com.cn) channel reports.

A `浙江在线-台州频道3月12日讯(通讯员 …)` dateline opens the text; the capture shows no headline.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from builder.clean.clean import CleanPage, Line
from builder.read.capture import Capture
from builder.sources.base import Source, canonical_outlet

_DATELINE = re.compile(r"^(?P<outlet>浙江在线-?\S{1,6}频道)\d{1,2}月\d{1,2}日讯")


class ZjolSource(Source):
    NAME = "zjol"
    SITE = "浙江在线"
    URL_PATTERNS = (r"https?://(?:[\w-]+\.)*zjol\.com\.cn/",)
    TEXT_PATTERNS = (r"^浙江在线-?\S{1,6}频道\d{1,2}月\d{1,2}日讯",)
    TESTS: ClassVar[list[dict[str, Any]]] = [
        {
            "file": "corpus/seeds/003_fe92fa010d4549fa.txt",
            "expected": {
                "title": None,
                "outlet": "浙江在线台州频道",
                "site": "浙江在线",
                "date.event": "2021-03-11",
                "date.year_inferred": True,
                "region.county": "玉环市",
                "speaker.positions": ["玉环市委副书记", "市长"],
            },
        }
    ]

    def find_outlet(
        self, capture: Capture, page: CleanPage, date_lines: tuple[str, ...], body: list[Line]
    ) -> str | None:
        match = _DATELINE.match(body[0].simplified) if body else None
        return (
            canonical_outlet(match.group("outlet")) if match else super().find_outlet(capture, page, date_lines, body)
        )
