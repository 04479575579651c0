"""The registry of source parsers. The first whose `suitable` accepts a capture reads it.

To add an outlet: write one module here with a `Source` subclass (patterns, fields, TESTS) and add
it to `SOURCES` before `GenericSource`, which takes everything and stays last.
"""

from __future__ import annotations

from builder.clean.clean import CleanPage
from builder.read.capture import Capture
from builder.sources.base import Header, Source
from builder.sources.forum import ForumSource
from builder.sources.generic import GenericSource
from builder.sources.wentop import WentopSource
from builder.sources.xiaoshan import XiaoshanSource
from builder.sources.zjol import ZjolSource

SOURCES: tuple[type[Source], ...] = (XiaoshanSource, WentopSource, ZjolSource, ForumSource, GenericSource)

__all__ = ["SOURCES", "Header", "Source", "pick"]


def pick(capture: Capture, page: CleanPage) -> Source:
    return next(source for source in SOURCES if source.suitable(capture, page))()
