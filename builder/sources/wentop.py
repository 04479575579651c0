"""文鼎文库 (wentop.com): paid previews of speech drafts, with `发布时间 … 字数` and elision markers."""

from __future__ import annotations

from typing import Any, ClassVar

from builder.sources.base import Source


class WentopSource(Source):
    NAME = "wentop"
    SITE = "文鼎文库"
    OUTLET = "文鼎文库"
    URL_PATTERNS = (r"https?://(?:[\w-]+\.)*wentop\.com/",)
    TEXT_PATTERNS = (r"^到文鼎文库首页", r"文鼎文库www\.wentop\.com")
    HEAD_LINES = 40
    TESTS: ClassVar[list[dict[str, Any]]] = [
        {
            "file": "corpus/seeds/001_e41f1b669d5e67a4.txt",
            "expected": {
                "title": "在2023年全区项目建设和招商引资动员大会上的讲话",
                "genre": "speech",
                "date.published": "2023-03-23",
                "date.year": 2023,
                "quality.truncated": True,
                "quality.declared_length": 5006,
                "speaker": None,
                "sections.1.heading": "全面发力拼项目",
            },
        }
    ]
