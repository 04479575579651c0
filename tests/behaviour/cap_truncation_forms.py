"""Truncation on more of the genre's forms, perturbing the whole dev captures: a newspaper's jump to
another page, a declared length counted in round figures (全文3000余字), a list whose last item ends
on ；, an elision mark between paragraphs (（略）, ……); against whole texts that end on a source line,
a signature and its date, or a numbered list of attachments."""

from __future__ import annotations

import re
from collections.abc import Iterator

from behaviour.cap_truncation import _cut_points, _text_end, _whole, elided_at_paragraph_breaks
from behaviour.suite import Case, capability, parse
from builder.resources import data_tsv

WHOLE = {"quality.truncated": False, "quality.truncation": []}
MID_SENTENCE = {"quality.truncated": True, "quality.truncation": ["mid_sentence"]}


def _cities() -> list[str]:
    return [row["name"] for row in data_tsv("divisions.tsv") if row["level"] == "city" and row["name"].endswith("市")]


def _inserted(capture_text: str, at: int, lines: str) -> str:
    return f"{capture_text[:at]}\n{lines}\n{capture_text[at:]}"


# How a newspaper says its article goes on on another page, where the page's text stops.
JUMPS = ("（下转第2版）", "(下转第三版)", "下转第4版", "（转第2版）", "〔下转A3版〕", "（下转02版）", "【下转第5版】")


@capability("truncation", "a newspaper's jump to another page (下转第2版) where the text stops: paywall", "invariance")
def jump_to_another_page() -> Iterator[Case]:
    for capture in _whole():
        end = _text_end(capture)
        if end is None:
            continue
        for jump in JUMPS:
            yield Case(
                _inserted(capture.text, end, jump),
                {"quality.truncated": True, "quality.truncation": ["paywall"]},
                note=f"{capture.id} + {jump}",
                url=capture.url,
            )


# A full length stated in round figures: {n} characters, more than (余, 多) or about (约) so many.
ROUND_LENGTHS = ("（全文共{n}余字）", "本文{n}多字", "全文约{n}余字，阅读约需8分钟", "本文共计{n}余字", "全文{n}多字")


@capability(
    "truncation", "a declared length in round figures (全文共3000余字, 本文3000多字) far above the text", "invariance"
)
def declared_in_round_figures() -> Iterator[Case]:
    for capture in _whole():
        end = _text_end(capture)
        article, _ = parse(Case(capture.text, {}, url=capture.url))
        if end is None or article is None:
            continue
        shown = len(article.text.replace("\n", ""))
        for form in ROUND_LENGTHS:
            line = form.format(n=(shown * 3 // 100) * 100)
            yield Case(
                _inserted(capture.text, end, line),
                {"quality.truncated": True, "quality.truncation": ["declared_length"]},
                note=f"{capture.id} + {line}",
                url=capture.url,
            )


LIST_ITEMS = ("加快重点项目落地见效；", "强化土地、资金等要素保障；", "持续优化营商环境；")
LIST_STYLES = ("{n}.{item}", "({c}){item}", "{c}是{item}", "{n}、{item}")


@capability("truncation", "a list whose last item ends on ；, its next items cut: mid_sentence", "invariance")
def list_cut_after_an_item() -> Iterator[Case]:
    for index, capture in enumerate(_whole()):
        end = _text_end(capture)
        if end is None:
            continue
        for offset, style in enumerate(LIST_STYLES):
            count = 1 + (index + offset) % 3
            items = [style.format(n=n + 1, c="一二三"[n], item=LIST_ITEMS[n]) for n in range(count)]
            yield Case(
                capture.text[:end] + "\n下一步，我们将重点抓好以下工作：\n" + "\n".join(items) + "\n",
                MID_SENTENCE,
                note=f"{capture.id} + {' / '.join(items)}",
                url=capture.url,
            )


# Marks a speech or report prints where it leaves a passage out, on a line of its own.
ELISION_LINES = ("（略）", "(略)", "……", "…………", "……（略）……", "（此处略）", "略")


@capability("truncation", "an elision mark on a line between paragraphs (（略）, ……): elided", "invariance")
def elision_line_between_paragraphs() -> Iterator[Case]:
    yield from elided_at_paragraph_breaks(len(ELISION_LINES), lambda index, _at: ELISION_LINES[index])


# Lines that close a whole text: a source, a signature with its date, a numbered list of attachments.
CLOSINGS = (
    "来源：{city}日报",
    "本文来源：{short}发布",
    "{city}招商引资工作领导小组办公室\n2024年10月12日",
    "附件：1.{city}2024年招商引资重点项目清单\n2.{city}重点产业链招商图谱",
    "附件：\n1.{city}招商引资项目清单\n2.{city}招商引资政策汇编\n3.{city}投资指南",
    "附件：{city}招商引资考核办法（试行）",
    "（作者系{city}商务局局长）",
)


@capability(
    "truncation", "a whole capture ending on a source line, a signature and date, or attachments: whole", "invariance"
)
def closed_by_source_signature_or_attachments() -> Iterator[Case]:
    cities = _cities()
    for index, capture in enumerate(_whole()):
        end = _text_end(capture)
        if end is None:
            continue
        for offset, form in enumerate(CLOSINGS):
            city = cities[(index * len(CLOSINGS) + offset) % len(cities)]
            lines = form.format(city=city, short=re.sub("市$", "", city))
            yield Case(_inserted(capture.text, end, lines), WHOLE, note=f"{capture.id} + {lines}", url=capture.url)


# More of the lines that show a page's end was captured: an end mark, an editor's or a producer's credit (also
# after ｜, as WeChat prints them), a source line, a prompt to read the original, a row of WeChat's buttons.
PAGE_ENDS = (
    "—完—",
    "-END-",
    "END",
    "编辑｜王晓明",
    "责任编辑 | 李娜",
    "监制：王晓明",
    "供稿：市商务局",
    "撰稿：王晓明",
    "来源 | 市商务局",
    "稿件来源：市商务局",
    "（本文来源：市商务局）",
    "点击“阅读原文”了解更多",
    "分享 收藏 点赞 在看",
)


@capability(
    "truncation",
    "page-end lines of other forms (—完—, -END-, 编辑｜X, 监制：X, 阅读原文) after a whole or cut text",
    "invariance",
)
def other_page_ends() -> Iterator[Case]:
    for capture in _whole():
        end = _text_end(capture)
        if end is None:
            continue
        cuts = _cut_points(capture, inside=True)
        for index, line in enumerate(PAGE_ENDS):
            yield Case(_inserted(capture.text, end, line), WHOLE, note=f"{capture.id} + {line}", url=capture.url)
            if cuts:
                at = cuts[index % len(cuts)]
                yield Case(
                    f"{capture.text[:at]}\n{line}\n", WHOLE, note=f"{capture.id} cut at {at} + {line}", url=capture.url
                )
