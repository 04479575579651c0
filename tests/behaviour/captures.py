"""The real captures that invariance capabilities perturb: the seeds and the dev part of the wild
labels (`dev_captures`), as the rules are written against them; held-out and locked ones stay out.

Each comes decoded, with its URL from the manifest and the record the pipeline makes of it as it
is; a perturbation says how that record's fields must move.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import opencc

from behaviour.dev_captures import dev_captures
from behaviour.suite import Case, parse, value_at
from builder.read.capture import find_inputs, read_capture, read_input
from builder.record.models import Article

ROOT = Path(__file__).resolve().parents[2]
CORPUS = [ROOT / "corpus" / "seeds", ROOT / "corpus" / "wild"]
WRAP = 36


@dataclass(frozen=True)
class Capture:
    name: str
    text: str
    url: str | None
    article: Article

    def case(self, text: str, expect: dict[str, object], note: str, url: str | None = None) -> Case:
        return Case(text, expect, note=f"{self.name}: {note}", url=url or self.url, file=self.name)

    @property
    def plain(self) -> bool:
        """Without pinyin glosses or anti-copy noise, which a wrap at a fixed width would cut apart."""
        return not (self.article.quality.pinyin_removed or self.article.quality.noise_removed)

    def fields(self, *paths: str) -> dict[str, object]:
        """The record's values at these paths, as a perturbation that must not move them expects."""
        return {path: value_at(self.article, path) for path in paths}


@cache
def captures() -> tuple[Capture, ...]:
    """Every seed and dev capture that makes an article, decoded as a build decodes it, in name order."""
    items, _ = find_inputs(CORPUS)
    dev = {capture.id for capture in dev_captures()}
    found = []
    for item in items:
        if item.meta.id not in dev:
            continue
        text = read_capture(item, read_input(item, 5_000_000)).text
        capture = Capture(item.name, text, item.meta.url, _article(text, item.meta.url, item.name))
        if capture.article is not None:
            found.append(capture)
    return tuple(found)


def _article(text: str, url: str | None, name: str) -> Article | None:
    article, _ = parse(Case(text, {}, url=url, file=Path(name).name))
    return article


def to_traditional(text: str) -> str:
    return _s2t().convert(text)


@cache
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def hard_wrapped(text: str, width: int = WRAP) -> str:
    """Every line longer than two widths cut into lines of `width`, as some captures arrive."""
    lines = []
    for line in text.split("\n"):
        if len(line) > 2 * width:
            lines += [line[i : i + width] for i in range(0, len(line), width)]
        else:
            lines.append(line)
    return "\n".join(lines)


# Lines every site prints around an article: navigation above, sharing and printing below.
FURNITURE_ABOVE = ("首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流", "当前位置：首页 > 新闻中心 > 工作动态")
FURNITURE_BELOW = ("【字体：大 中 小】 【打印本页】 【关闭窗口】", "分享到：微信 微博 QQ空间")


def with_furniture(text: str) -> str:
    return "\n".join([*FURNITURE_ABOVE, text, *FURNITURE_BELOW]) + "\n"
