"""Truncation: real whole captures cut inside a sentence or at a sentence's end, given a paywall's
markers, or closed by page furniture; `quality.truncation` must move exactly as the change says."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from itertools import product

from behaviour.dev_captures import DevCapture, dev_captures
from behaviour.suite import Case, capability, parse
from builder.resources import data_tsv

CUTS_PER_CAPTURE = 8
# A cut must leave a last line long enough to be told from a caption or a signature.
_LINE_BEFORE_CUT = 30
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END = re.compile(r"[。！？!]")  # not `?`, which stands for a lost character

# Paid-preview and length statements in the forms pages print them: (line, reasons it adds).
MARKERS = (
    ("……(此处省略{r}字)……", ["paywall"]),
    ("预览结束,全文{n}字,当前显示{m}字,还剩{r}字", ["paywall", "declared_length"]),
    ("……(未完,全文共{n}字,当前仅显示{m}字,请阅读下面提示)", ["paywall", "declared_length"]),
    ("全文共{n}字,当前显示{m}字", ["paywall", "declared_length"]),
    ("已阅读5页,还剩{r}页未读 继续免费阅读", ["paywall"]),
    ("预览结束", ["paywall"]),
)
# Furniture that shows a page's end was captured, in the forms sites print it.
CLOSINGS = (
    "责任编辑:王晓明",
    "【编辑:李娜】",
    "(记者 张伟 通讯员 刘洋)",
    "打印此文 关闭窗口",
    "版权所有 ©2021 XX日报社 未经许可不得转载",
    "Copyright © 2020 www.example.gov.cn All Rights Reserved",
    "上一篇:全市召开项目建设推进会 下一篇:我县举行招商推介会",
    "相关阅读",
    "长按识别二维码关注我们",
    "往期回顾",
)


def _whole() -> list[DevCapture]:
    return [c for c in dev_captures() if not c.label["truncated"]]


@cache
def _text_end(capture: DevCapture) -> int | None:
    """Where the article's own text ends in the capture, found by its last characters. Later lines are
    the page's furniture, which a cut must not fall in."""
    article, _ = parse(Case(capture.text, {}, url=capture.url))
    if article is None or not article.text_original:
        return None
    last = article.text_original.rstrip(" |")[-6:]
    at = capture.text.rfind(last)
    return at + len(last) if at >= 0 else None


def _cut_points(capture: DevCapture, inside: bool) -> list[int]:
    """Offsets, spread over the last 60% of the article's text, where a cut stops inside a sentence
    (between Chinese characters of a long line) or right after a sentence's end."""
    text, end = capture.text, _text_end(capture)
    if end is None:
        return []
    points = []
    for at in range(end * 2 // 5, end - 1):
        if at - (text.rfind("\n", 0, at) + 1) < _LINE_BEFORE_CUT:
            continue
        if (_inside_a_sentence if inside else _after_a_sentence)(text, at):
            points.append(at)
    step = max(1, len(points) // CUTS_PER_CAPTURE)
    return points[step // 2 :: step][:CUTS_PER_CAPTURE]


def _inside_a_sentence(text: str, at: int) -> bool:
    return all(_CJK.match(c) for c in text[at - 2 : at + 1])


def _after_a_sentence(text: str, at: int) -> bool:
    return bool(_SENTENCE_END.match(text[at - 1])) and text[at] not in "”」)）"


@capability("truncation", "a whole capture cut inside a sentence is truncated mid_sentence", kind="invariance")
def cut_inside_a_sentence() -> Iterator[Case]:
    for capture in _whole():
        for at in _cut_points(capture, inside=True):
            yield Case(
                capture.text[:at],
                {"quality.truncated": True, "quality.truncation": ["mid_sentence"]},
                note=f"{capture.id} cut at {at}: …{capture.text[at - 8 : at]}|",
                url=capture.url,
            )


@capability("truncation", "a whole capture cut at a sentence's end stays whole", kind="invariance")
def cut_at_a_sentence_end() -> Iterator[Case]:
    for capture in _whole():
        for at in _cut_points(capture, inside=False):
            yield Case(
                capture.text[:at],
                {"quality.truncated": False, "quality.truncation": []},
                note=f"{capture.id} cut at {at}: …{capture.text[at - 8 : at]}|",
                url=capture.url,
            )


@capability("truncation", "paywall and declared-length markers after a whole capture", kind="invariance")
def paywall_markers() -> Iterator[Case]:
    for index, capture in enumerate(_whole()):
        end, length = _text_end(capture), len(capture.text)
        if end is None:
            continue
        for form, reasons in MARKERS:
            marker = form.format(n=length * 4 + index, m=length, r=length * 3 + index)
            yield Case(
                f"{capture.text[:end]}\n{marker}\n{capture.text[end:]}",
                {"quality.truncated": True, "quality.truncation": reasons},
                note=f"{capture.id} + {marker}",
                url=capture.url,
            )


@capability("truncation", "a cut inside a sentence, then page-end furniture: whole", kind="invariance")
def furniture_closes_the_page() -> Iterator[Case]:
    for capture in _whole():
        points = _cut_points(capture, inside=True)
        for closing, at in zip(CLOSINGS, points * len(CLOSINGS), strict=False):
            yield Case(
                f"{capture.text[:at]}\n{closing}\n",
                {"quality.truncated": False, "quality.truncation": []},
                note=f"{capture.id} cut at {at} + {closing}",
                url=capture.url,
            )


def _new_paragraph_after(text: str, at: int, end: int) -> bool:
    """A paragraph break after a sentence, followed by text the page has not printed before it
    (a page that prints its article twice shows nothing new after the first copy)."""
    if text[at] != "\n" or text[at - 1] not in "。！？!”":
        return False
    before = text[:at]
    return any(len(line) >= _LINE_BEFORE_CUT and line not in before for line in text[at:end].split("\n"))


ELISIONS = ("……(此处省略{n}字)……", "此处隐藏{n}个字", "(文鼎文库此处省略{n}字,点击下载全文)")


@capability("truncation", "an elision between two paragraphs of a whole capture", kind="invariance")
def elision_between_paragraphs() -> Iterator[Case]:
    yield from elided_at_paragraph_breaks(6, lambda index, at: ELISIONS[index % len(ELISIONS)].format(n=300 + at))


def elided_at_paragraph_breaks(count: int, mark: Callable[[int, int], str]) -> Iterator[Case]:
    """Each whole capture with `mark(index, at)` on a line of its own at its first `count` paragraph breaks
    (one a case): elided."""
    for capture in _whole():
        end = _text_end(capture)
        if end is None:
            continue
        breaks = [at for at in range(end // 5, end) if _new_paragraph_after(capture.text, at, end)]
        for index, at in enumerate(breaks[:count]):
            marker = mark(index, at)
            yield Case(
                f"{capture.text[:at]}\n{marker}{capture.text[at:]}",
                {"quality.truncated": True, "quality.truncation": ["elided"]},
                note=f"{capture.id} + {marker} at {at}",
                url=capture.url,
            )


# Last lines a whole text may end on without a sentence mark, in the forms documents and reports use.
SIGN_OFFS = (
    "{city}人民政府办公室",
    "中共{city}委员会",
    "{city}商务局",
    "2024年10月12日",
    "二〇二四年十月十二日",
    "特此通知",
    "联系人：王晓明，联系电话：0571-87654321",
    "合计 | 120 | 350.5",
    "签约仪式现场",
    "红榜：{city}、{city}经济开发区",
    "附件：{city}招商引资项目清单",
    "{city}日报",
)


@capability("truncation", "a whole capture ending on a signature, a date, a table row or a caption", kind="invariance")
def whole_text_ends_without_a_mark() -> Iterator[Case]:
    cities = [row["name"] for row in data_tsv("divisions.tsv") if row["level"] == "city" and row["name"].endswith("市")]
    for index, capture in enumerate(_whole()):
        end = _text_end(capture)
        if end is None:
            continue
        for offset, form in enumerate(SIGN_OFFS):
            line = form.format(city=cities[(index * len(SIGN_OFFS) + offset) % len(cities)])
            yield Case(
                f"{capture.text[:end]}\n{line}\n{capture.text[end:]}",
                {"quality.truncated": False, "quality.truncation": []},
                note=f"{capture.id} + {line}",
                url=capture.url,
            )


HEADINGS = ("三、下一步工作打算", "(二)强化要素保障", "4.加强组织领导", "第五条 附则", "二是优化营商环境")


@capability("truncation", "a whole capture that stops on a heading whose content is missing", kind="invariance")
def stops_on_a_heading() -> Iterator[Case]:
    for capture in _whole():
        end = _text_end(capture)
        if end is None:
            continue
        for heading in HEADINGS:
            yield Case(
                f"{capture.text[:end]}\n{heading}\n",
                {"quality.truncated": True, "quality.truncation": ["mid_sentence"]},
                note=f"{capture.id} + {heading}",
                url=capture.url,
            )


# A list's items, numbered in the styles documents and reports use: the last item needs no full stop.
LIST_ITEMS = ("加快项目落地", "强化要素保障", "优化营商环境", "加强督查考核")
LIST_STYLES = ("{n}.{item}", "{n}、{item}", "({c}){item}", "（{c}）{item}", "{c}、{item}", "{n}．{item}")
CHINESE_ORDINALS = "一二三四五六七八九十"


def _numbered_items(style: str, count: int) -> list[str]:
    return [style.format(n=n + 1, c=CHINESE_ORDINALS[n], item=LIST_ITEMS[n]) for n in range(count)]


@capability("truncation", "a whole capture ending on a numbered list's last item is whole", kind="invariance")
def ends_on_a_list() -> Iterator[Case]:
    for capture, end, items in _lists_at_the_text_end():
        listed = "\n".join(["下一步工作重点:", *items])
        yield Case(
            f"{capture.text[:end]}\n{listed}\n{capture.text[end:]}",
            {"quality.truncated": False, "quality.truncation": []},
            note=f"{capture.id} + {' / '.join(items)}",
            url=capture.url,
        )


def _lists_at_the_text_end() -> Iterator[tuple[DevCapture, int, list[str]]]:
    """Each whole capture, where its text ends, with numbered items of every list style (2 to 4 of them)."""
    for index, capture in enumerate(_whole()):
        end = _text_end(capture)
        if end is None:
            continue
        for offset, style in enumerate(LIST_STYLES):
            yield capture, end, _numbered_items(style, 2 + (index + offset) % 3)


# A section of a plan: its numbered heading and paragraph on one line, as documents set them inline.
SECTION_BODY = "。围绕主导产业精准招商，全年引进亿元以上项目20个以上，到位资金突破200亿元。"


@capability(
    "truncation", "a numbered heading after a numbered section with its paragraph is cut short", kind="invariance"
)
def stops_on_a_numbered_section() -> Iterator[Case]:
    for capture, end, items in _lists_at_the_text_end():
        sections = [f"{item}{SECTION_BODY}" for item in items[:-1]]
        yield Case(
            "\n".join([capture.text[:end], *sections, items[-1]]) + "\n",
            {"quality.truncated": True, "quality.truncation": ["mid_sentence"]},
            note=f"{capture.id} + {' / '.join(items)}",
            url=capture.url,
        )


# Buttons and page links that show the page holds only the start of its text.
MORE_BUTTONS = (
    "阅读全文",
    "点击查看全文",
    "展开全文",
    "查看全文>>",
    "本文共3页 下一页",
    "共2页: 1 2 下一页",
    "1 2 3 下一页 尾页",
)


@capability(
    "truncation", "a 阅读全文 button or links to the next pages after a whole capture: paywall", kind="invariance"
)
def more_buttons() -> Iterator[Case]:
    yield from _paywall_line_at_the_text_end(MORE_BUTTONS)


def _paywall_line_at_the_text_end(lines: tuple[str, ...]) -> Iterator[Case]:
    """Each whole capture with each line put where its text ends (before any page furniture): cut short."""
    for capture in _whole():
        end = _text_end(capture)
        if end is None:
            continue
        for line in lines:
            yield Case(
                f"{capture.text[:end]}\n{line}\n{capture.text[end:]}",
                {"quality.truncated": True, "quality.truncation": ["paywall"]},
                note=f"{capture.id} + {line}",
                url=capture.url,
            )


BRACKETED_SOURCES = ("(来源：{outlet})", "（来源：{outlet}）", "【来源：{outlet}】", "（信息来源：{outlet}）")


@capability("truncation", "a cut inside a sentence, then a bracketed source line: whole", kind="invariance")
def bracketed_source_closes_the_page() -> Iterator[Case]:
    cities = [row["name"] for row in data_tsv("divisions.tsv") if row["level"] == "city" and row["name"].endswith("市")]
    for index, capture in enumerate(_whole()):
        for offset, at in enumerate(_cut_points(capture, inside=True)[: len(BRACKETED_SOURCES)]):
            outlet = cities[(index * 7 + offset) % len(cities)][:-1] + "日报"
            line = BRACKETED_SOURCES[offset].format(outlet=outlet)
            yield Case(
                f"{capture.text[:at]}\n{line}\n",
                {"quality.truncated": False, "quality.truncation": []},
                note=f"{capture.id} cut at {at} + {line}",
                url=capture.url,
            )


# How a serial ends a part whose rest comes later: the capture holds only this part.
SERIAL_ENDS = ("（未完待续）", "(待续)", "未完待续", "【未完待续】", "（待续）", "(未完，待续)")


@capability(
    "truncation", "a part of a serial ending (未完待续) or (待续): cut short (paywall), not fiction", kind="invariance"
)
def serial_part() -> Iterator[Case]:
    yield from _paywall_line_at_the_text_end(SERIAL_ENDS)


# More of the lines other sites print where a preview stops: a share left unread, a download for the rest, the
# first of several pages, a note that the content is cut.
PREVIEW_ENDS = (
    "剩余80%未读，点击继续阅读",
    "还剩65%未读",
    "下载文档查看全文",
    "登录后查看全文",
    "第1页 共3页 下一页",
    "第1页/共4页 下一页",
    "内容已截断",
    "点击继续阅读>>",
)


@capability("truncation", "other sites' preview ends (剩余80%未读, 下载文档查看全文): paywall", kind="invariance")
def other_preview_ends() -> Iterator[Case]:
    yield from _paywall_line_at_the_text_end(PREVIEW_ENDS)


# A page's statement of its full length, in the forms sites print it: {n} a count of characters or words.
DECLARED = ("字数：{n}", "全文约{n}字", "共 {n:,} 字", "本文共 {n:,} 字，阅读约需 6 分钟", "（全文共{n}字）")
DECLARED += ("文章字数:{n}", "字数:{n},{views}次阅读")
# A view count after the length, as info bars print it: a comma ends the length unless three digits follow.
VIEWS = 1024
# (times the text's length declared, whether the text is then cut short): far above what is shown is a cut; a
# little above (the headline and furniture counted) or below (a word count: a run of digits or Latin letters is
# one word) is a whole text.
DECLARED_RATIOS = ((3.0, True), (1.6, True), (1.1, False), (0.8, False))


@capability(
    "truncation",
    "a declared length (字数：2300, 全文约3000字, 共 2,300 字) far above the text: declared_length; near it: whole",
    kind="invariance",
)
def declared_length() -> Iterator[Case]:
    for index, capture in enumerate(_whole()):
        end = _text_end(capture)
        article, _ = parse(Case(capture.text, {}, url=capture.url))
        if end is None or article is None:
            continue
        shown = len(article.text.replace("\n", ""))
        for number, (form, (ratio, cut)) in enumerate(product(DECLARED, DECLARED_RATIOS)):
            line = form.format(n=int(shown * ratio), views=VIEWS)
            under_headline = (index + number) % 2 == 0
            expect = {"quality.truncated": cut, "quality.truncation": ["declared_length"] if cut else []}
            if under_headline:  # the line is furniture: title and text stay as they were
                first = capture.text.find("\n") + 1
                text = f"{capture.text[:first]}{line}\n{capture.text[first:]}"
                expect |= {"title": article.title, "text": article.text}
            else:
                text = f"{capture.text[:end]}\n{line}\n{capture.text[end:]}"
            yield Case(
                text,
                expect,
                note=f"{capture.id} + {line} ({'under the first line' if under_headline else 'after the text'})",
                url=capture.url,
            )


# Body lines that open as a declared length does (共, 全文, 字数) but count something else, or set a limit
# (a call for papers, a form's rules): text, with their figures; no length declared. {n}, {m}: counts.
NOT_DECLARED = (
    "共 {n}个项目，总投资{m}亿元",
    "全文 {n} 个项目已全部开工",
    "共 {n} 家企业参加签约",
    "全文共{n}个部分，共{m}条",
    "字数：{m}00字以内",
    "本文字数:{m}00字左右",
    "共 {n} 个重点产业链，{m}家链主企业",
)


@capability(
    "truncation",
    "body lines counting other things after 共/全文 (共 12个项目, 全文共5个部分) or a limit (字数：3000字以内): "
    "text, no declared length",
    kind="invariance",
)
def not_a_declared_length() -> Iterator[Case]:
    for index, capture in enumerate(_whole()):
        article, _ = parse(Case(capture.text, {}, url=capture.url))
        if article is None or "\n" not in article.text_original:  # one paragraph: the line would close the text
            continue
        first_paragraph = article.text_original.split("\n")[0][-6:]
        at = capture.text.find("\n", capture.text.find(first_paragraph)) + 1
        if not first_paragraph or at == 0:
            continue
        for number, form in enumerate(NOT_DECLARED):
            line = form.format(n=5 + (index + number) % 20, m=12 + (index * 7 + number) % 80)
            yield Case(
                f"{capture.text[:at]}{line}\n{capture.text[at:]}",
                {
                    "quality.declared_length": None,
                    "quality.truncation": article.quality.truncation,
                    "quality.boilerplate_removed": article.quality.boilerplate_removed,
                },
                note=f"{capture.id} + {line} (after the first paragraph)",
                url=capture.url,
            )
