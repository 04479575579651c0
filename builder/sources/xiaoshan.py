"""萧山网 (xsnet.cn): 萧山日报's site. Breadcrumb, headline, `更新时间 … 内容来源:萧山日报`, byline."""

from __future__ import annotations

from typing import Any, ClassVar

from builder.sources.base import Source


class XiaoshanSource(Source):
    NAME = "xiaoshan"
    SITE = "萧山网"
    URL_PATTERNS = (r"https?://(?:[\w-]+\.)*xsnet\.cn/",)
    TEXT_PATTERNS = (r"^您的位置\s*[::]\s*萧山网",)
    TESTS: ClassVar[list[dict[str, Any]]] = [
        {
            "file": "corpus/seeds/000_aef0e1b2d6e7c438.txt",
            "expected": {
                "title": "孙旭东\uff1a坚持项目为王 聚焦全员招商 以高质量招商引资助推高质量发展",
                "subtitle": "孙旭东在招商引资攻坚领导小组暨“兵团化”会战工作例会上强调",
                "outlet": "萧山日报",
                "site": "萧山网",
                "date.published": "2024-05-15",
                "date.event": "2024-05-14",
                "date.expression": "昨日下午",
                "region.code": "330109",
                "speaker.name": "孙旭东",
                "quality.repaired": 2,
                "quality.unrecoverable.count": 0,
            },
        }
    ]
