"""The generic report and speech parser: every site no other parser claims. Registered last."""

from __future__ import annotations

from typing import Any, ClassVar

from builder.clean.clean import CleanPage
from builder.read.capture import Capture
from builder.sources.base import Source


class GenericSource(Source):
    NAME = "generic"
    TESTS: ClassVar[list[dict[str, Any]]] = [
        {
            "file": "corpus/seeds/004_5e4e8b0988485ef0.txt",
            "expected": {
                "title": None,
                "outlet": None,
                "site": None,
                "date.year": 2023,
                "date.year_inferred": True,
                "date.month": None,
                "date.expression": "昨天下午",
                "region.city": "嘉兴市",
                "region.county": None,
                "industries": [
                    {"name": "新材料", "raw": "化工新材料"},
                    {"name": "汽车及零部件", "raw": "汽车及零部件"},
                    {"name": "纺织服装", "raw": "纺织服装"},
                    {"name": "新能源", "raw": "新能源"},
                    {"name": "电子信息", "raw": "柔性电子"},
                    {"name": "生物医药", "raw": "核医药"},
                    {"name": "航空航天", "raw": "空天信息"},
                    {"name": "人工智能", "raw": "人工智能"},
                ],
            },
        },
        {
            "file": "corpus/wild/w002.txt",
            "expected": {
                "title": "烟花三月节\uff1a62个项目签约",
                "outlet": "今日高邮",
                "date.published": "2006-04-13",
                "site": "www.gytoday.cn",
            },
        },
    ]

    @classmethod
    def suitable(cls, capture: Capture, page: CleanPage) -> bool:
        return True
