"""Title and outlet: headlines made from every prefecture-level city in divisions.tsv, with page
furniture around them (before, after, run onto the headline line), outlets named only in a
copyright or source line, and real dev captures with furniture added or their script converted."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import cycle

import opencc

from behaviour.dev_captures import DevCapture, dev_captures
from behaviour.suite import Case, capability, parse
from builder.clean.script import to_simplified
from builder.resources import data_tsv

HEADLINES = (
    "{place}召开招商引资工作推进会",
    "{place}举行重大项目集中签约仪式",
    "{place}2024年招商引资成果发布会举行",
    "{place}部署招商引资“一号工程”",
)
LEAD = "10月12日上午，{place}招商引资工作推进会召开。会议通报了今年以来招商引资工作情况，研究部署下一阶段重点工作。"
BODY = "会议要求，各部门要紧盯重点项目，强化服务保障，推动签约项目早落地、早开工、早投产。"
# Furniture a page prints above its headline (navigation, a forum's or a library's controls).
ABOVE = (
    "您的位置：首页 > 新闻中心 > 正文",
    "当前位置：首页 > 要闻动态",
    "显示全部楼层",
    "第3篇",
    "第12篇",
    "【字体：大 中 小】",
    "打印本页 关闭窗口",
    "中国经济网 首页 新闻 政务 专题 视频",
)
# Furniture a page prints under its headline: bylines, dates, counters.
BELOW = (
    "作者：王晓明 来源：本站 发布时间：2024-10-12",
    "发布时间：2024-10-12 10:30 浏览次数：326",
    "来源：{outlet} 作者：李娜",
    "【字体：大 中 小】 【打印】 【关闭】",
    "显示全部楼层",
    "(记者 张伟 通讯员 刘洋)",
    "记者 张伟 报道",
    "本报记者 张伟 通讯员 刘洋",
    "文/张伟",
    "发布者：admin 发布时间：2024-10-12",
)
# What a line may run onto the headline: a deck after ——, a byline, a counter.
RUN_ON = (
    "{title}——市委书记张建国 市长李明华等出席并讲话",
    "{title}——全年签约项目120个",
    "{title} 记者 张伟 报道",
    "{title} 作者：王晓明",
    "第3篇：{title}",
    "第3篇 {title}",
    "{title} - {place}人民政府门户网站",
    "{title}|{stem}日报",
    "{title} - {stem}新闻网",
    "{title}_{place}人民政府",
    "{title}_{stem}新闻网",
)
COPYRIGHT = (
    "版权所有：{outlet}",
    "{outlet} 版权所有 未经许可不得转载",
    "Copyright © 2024 {outlet} All Rights Reserved",
    "版权所有 © {outlet} 未经授权不得转载",
    "主办：{outlet} 版权所有",
)
SOURCE = ("来源：{outlet}", "信息来源：{outlet}", "来源: {outlet} 编辑：王晓明", "（来源：{outlet}）", "稿源：{outlet}")
NOT_OUTLETS = ("作者原创", "本站", "首页", "原创", "本网", "网络", "互联网", "网友投稿", "本站原创")
OUTLET_KINDS = ("日报", "新闻网", "融媒体中心", "发布")


@cache
def _to_traditional() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


@cache
def _cities() -> list[str]:
    names = [row["name"] for row in data_tsv("divisions.tsv") if row["level"] == "city" and row["name"].endswith("市")]
    return [name for name in names if to_simplified(name) == name]


def _capture(title: str, lines_above: tuple[str, ...] = (), lines_below: tuple[str, ...] = (), place: str = "") -> str:
    head = [*lines_above, title, *lines_below]
    return "\n".join([*head, "", LEAD.format(place=place), BODY, ""])


def _titled() -> Iterator[tuple[str, str]]:
    """(headline, place) for every prefecture-level city, the headline forms in turn."""
    for place, form in zip(_cities(), cycle(HEADLINES), strict=False):
        yield form.format(place=place), place


@capability("title", "furniture above the headline is not the title")
def furniture_above() -> Iterator[Case]:
    for index, (title, place) in enumerate(_titled()):
        above = (ABOVE[index % len(ABOVE)],)
        yield Case(_capture(title, above, place=place), {"title": title}, note=f"{above[0]} / {title}")


@capability("title", "furniture under the headline is neither title nor subtitle")
def furniture_below() -> Iterator[Case]:
    for index, (title, place) in enumerate(_titled()):
        below = (BELOW[index % len(BELOW)].format(outlet=f"{place[:-1]}日报"),)
        yield Case(
            _capture(title, (), below, place=place),
            {"title": title, "subtitle": None},
            note=f"{title} / {below[0]}",
        )


@capability("title", "a deck, a byline, a site name or a 第N篇 counter run onto the headline line is cut off")
def run_onto_the_headline() -> Iterator[Case]:
    for index, (title, place) in enumerate(_titled()):
        line = RUN_ON[index % len(RUN_ON)].format(title=title, place=place, stem=place[:-1])
        yield Case(_capture(line, place=place), {"title": title}, note=line)


DATES_ON_THE_LINE = (" 2024-10-12", "\u30002024年10月12日", "  2024-10-12 09:30", " 2024/10/12", " 2024.10.12")


@capability("title", "a headline with the page's date on its line keeps the headline, and the date dates the page")
def date_on_the_headline_line() -> Iterator[Case]:
    for index, (title, place) in enumerate(_titled()):
        line = title + DATES_ON_THE_LINE[index % len(DATES_ON_THE_LINE)]
        yield Case(_capture(line, place=place), {"title": title, "date.published": "2024-10-12"}, note=line)


def _outlet(place: str, index: int) -> str:
    return place[:-1] + OUTLET_KINDS[index % len(OUTLET_KINDS)]


@capability("outlet", "an outlet named only in a copyright line")
def outlet_in_copyright() -> Iterator[Case]:
    for index, (title, place) in enumerate(_titled()):
        outlet = _outlet(place, index)
        footer = COPYRIGHT[index % len(COPYRIGHT)].format(outlet=outlet)
        yield Case(f"{_capture(title, place=place)}{footer}\n", {"outlet": outlet}, note=footer)


@capability("outlet", "an outlet named only in a source line")
def outlet_in_source_line() -> Iterator[Case]:
    for index, (title, place) in enumerate(_titled()):
        outlet = _outlet(place, index)
        line = SOURCE[index % len(SOURCE)].format(outlet=outlet)
        yield Case(_capture(title, (), (line,), place=place), {"outlet": outlet}, note=line)


@capability("outlet", "来源:作者原创, 本站, 首页 ... name no outlet")
def source_that_is_no_outlet() -> Iterator[Case]:
    for index, (title, place) in enumerate(_titled()):
        line = SOURCE[index % len(SOURCE)].format(outlet=NOT_OUTLETS[index % len(NOT_OUTLETS)])
        yield Case(_capture(title, (), (line,), place=place), {"outlet": None}, note=line)


# Source lines sites print in an info bar, a byline or a bracket, besides SOURCE's.
MORE_SOURCES = (
    "发布机构：{outlet}",
    "出处：{outlet}",
    "【来源：{outlet}】",
    "[来源：{outlet}]",
    "{outlet}记者 王晓明 报道",
    "{outlet}全媒体记者 王晓明 通讯员 刘洋",
    "来源：{outlet}  作者：王晓明  编辑：李娜  浏览次数：326",
)


@capability("outlet", "an outlet named in an info bar's 发布机构 or 出处, a bracketed 来源, or an XX日报记者 byline")
def outlet_in_more_source_lines() -> Iterator[Case]:
    for index, (title, place) in enumerate(_titled()):
        outlet = _outlet(place, index) if index % 4 else f"{place}人民政府"
        if "记者" in MORE_SOURCES[index % len(MORE_SOURCES)] and not outlet.endswith(("日报", "新闻网")):
            outlet = place[:-1] + "日报"
        line = MORE_SOURCES[index % len(MORE_SOURCES)].format(outlet=outlet)
        yield Case(_capture(title, (), (line,), place=place), {"outlet": outlet, "subtitle": None}, note=line)


FONT_CONTROLS = ("【字体：大 中 小】", "[字体:大 中 小]", "字号：大 中 小", "【字体：大 中 小】【打印】【关闭】")


@capability("title", "a font-size control glued to the headline's line is cut off")
def font_control_on_the_headline() -> Iterator[Case]:
    for index, (title, place) in enumerate(_titled()):
        line = f"{title} {FONT_CONTROLS[index % len(FONT_CONTROLS)]}"
        yield Case(_capture(line, place=place), {"title": title}, note=line)


@cache
def _unperturbed(capture: DevCapture) -> tuple[str | None, str | None]:
    article, _ = parse(Case(capture.text, {}, url=capture.url))
    return (article.title, article.outlet) if article else (None, None)


def _with_title() -> list[DevCapture]:
    return [c for c in dev_captures() if _unperturbed(c)[0] is not None]


@capability("title", "real captures: furniture added above and below the headline", kind="invariance")
def real_captures_with_furniture() -> Iterator[Case]:
    for capture in _with_title():
        title = _unperturbed(capture)[0]
        for above in ABOVE:
            yield Case(f"{above}\n{capture.text}", {"title": title}, note=f"{capture.id} + {above}", url=capture.url)
        lines = capture.text.split("\n")
        at = next((i for i, line in enumerate(lines) if line.strip()), 0) + 1
        for below in BELOW[:2]:
            text = "\n".join([*lines[:at], below, *lines[at:]])
            yield Case(text, {"title": title}, note=f"{capture.id} + {below} under the first line", url=capture.url)


@capability("title", "real captures converted to the other script keep title and outlet", kind="invariance")
def real_captures_other_script() -> Iterator[Case]:
    for capture in dev_captures():
        title, outlet = _unperturbed(capture)
        if capture.label["script"] != "simplified":
            continue
        yield Case(
            _to_traditional().convert(capture.text),
            {"title": title, "outlet": outlet},
            note=f"{capture.id} in Traditional",
            url=capture.url,
        )


FIRST_HEADINGS = ("主要成效", "工作开展情况", "基本情况", "主要做法", "取得的成绩", "招商引资工作情况")
NUMBERINGS = (("一、", "二、"), ("（一）", "（二）"), ("一、 ", "二、 "), ("(一)", "(二)"))
REPORT_TITLES = ("{place}2023年招商引资工作总结", "{place}招商引资工作情况汇报", "{place}2024年上半年招商引资工作总结")


@capability("sections", "a numbered heading under the headline (一、主要成效) opens the first section, no subtitle")
def heading_under_the_headline() -> Iterator[Case]:
    for index, place in enumerate(_cities()):
        first, second = NUMBERINGS[index % len(NUMBERINGS)]
        heading = FIRST_HEADINGS[index % len(FIRST_HEADINGS)]
        title = REPORT_TITLES[index % len(REPORT_TITLES)].format(place=place)
        text = (
            f"{title}\n{first}{heading}\n今年以来，全市新签约项目120个，总投资350亿元。\n"
            f"{second}下一步打算\n力争全年引进项目150个以上。\n"
        )
        yield Case(
            text,
            {"title": title, "subtitle": None, "sections[].heading": [heading, "下一步打算"]},
            note=f"{title} / {first}{heading}",
        )


# An outlet credited at the text's end in brackets, after 转自, or in the lead (据XX日报消息).
CREDITS_AT_THE_END = (
    "（{outlet}）",
    "({outlet} 2024年10月13日)",
    "转自：{outlet}",
    "转自{outlet}",
    "©{outlet} 版权所有",
)


@capability("outlet", "an outlet credited in brackets at the end, after 转自, © or in the lead (据XX日报消息)")
def outlet_credited_at_the_end_or_lead() -> Iterator[Case]:
    for index, (title, place) in enumerate(_titled()):
        outlet = place[:-1] + ("日报", "新闻网", "融媒体中心", "发布")[index % 4]
        if index % 6 == 5:
            lead = f"据{outlet}{('消息', '报道')[index % 2]}，{LEAD.format(place=place)}"
            yield Case(f"{title}\n\n{lead}\n{BODY}\n", {"outlet": outlet}, note=lead[:16])
            continue
        footer = CREDITS_AT_THE_END[index % len(CREDITS_AT_THE_END)].format(outlet=outlet)
        yield Case(f"{_capture(title, place=place)}{footer}\n", {"outlet": outlet}, note=footer)


# More furniture above a headline: a navigation bar of spaced words, a bare 位置, a welcome, a search box.
MORE_ABOVE = (
    "网站首页 政务公开 新闻动态 招商引资",
    "首页 政务公开 政务服务 互动交流 走进{stem}",
    "位置：首页 > 要闻",
    "欢迎访问{place}人民政府网站",
    "欢迎您来到{stem}新闻网",
    "搜索",
    "分享到：",
)
# A page's info bar flattened onto the headline's line after a blank.
INFO_ON_THE_LINE = (
    " 来源：{stem}日报",
    "  2024-10-12  来源：{stem}日报",
    " 发布时间：2024-10-12",
    "\u3000时间：2024-10-12 09:30 来源：{stem}新闻网",
    " 点击数：325",
    " 浏览次数：1024",
    "—{stem}新闻网",
    "-{stem}日报",
)


@capability("title", "more furniture above the headline (a navigation bar, 位置：, a welcome, 搜索) is not the title")
def more_furniture_above() -> Iterator[Case]:
    for index, (title, place) in enumerate(_titled()):
        above = (MORE_ABOVE[index % len(MORE_ABOVE)].format(place=place, stem=place[:-1]),)
        yield Case(_capture(title, above, place=place), {"title": title}, note=f"{above[0]} / {title}")


@capability("title", "an info bar or a site's name after a dash on the headline's line is cut off (… 来源：XX日报)")
def info_on_the_headline_line() -> Iterator[Case]:
    for index, (title, place) in enumerate(_titled()):
        line = title + INFO_ON_THE_LINE[index % len(INFO_ON_THE_LINE)].format(stem=place[:-1])
        yield Case(_capture(line, place=place), {"title": title, "subtitle": None}, note=line)


# A photo or media mark a site prints before or after its headline.
MEDIA_MARKS = (
    "（图）",
    "(组图)",
    "[图文]",
    "【视频】",
    "（多图）",
    "[图]",
    "（附视频）",
    "【图文】",
    "(图+视频)",
    "［组图］",
)


@capability("title", "a photo or media mark before or after the headline (（图）, [图文], 【视频】) is no part of it")
def media_mark_on_the_headline() -> Iterator[Case]:
    for index, (title, place) in enumerate(_titled()):
        mark = MEDIA_MARKS[index % len(MEDIA_MARKS)]
        line = f"{mark}{title}" if index // len(MEDIA_MARKS) % 2 else f"{title}{mark}"
        yield Case(_capture(line, place=place), {"title": title, "subtitle": None}, note=line)


# A government page's disclosure table above the headline, one row a line, and a 标题： label on the headline.
DISCLOSURE_ROWS = (
    "索引号：11{code}MB1234567X/2024-00{n}",
    "信息分类：招商引资",
    "主题分类：综合政务",
    "发布机构：{stem}市商务局",
    "生成日期：2024-10-12",
    "文号：无",
    "公开方式：主动公开",
    "公开范围：全社会",
    "有效性：有效",
)


@capability("title", "a government page's disclosure table (索引号, 文号) above the headline, or 标题：, is no title")
def disclosure_table_above() -> Iterator[Case]:
    for index, (title, place) in enumerate(_titled()):
        count = 3 + index % 5
        rows = [DISCLOSURE_ROWS[(index + k) % len(DISCLOSURE_ROWS)] for k in range(count)]
        above = tuple(row.format(code=f"{index:04}", n=index, stem=place[:-1]) for row in rows)
        line = f"标题：{title}" if index % 3 == 0 else title
        yield Case(_capture(line, above, place=place), {"title": title}, note=f"{above[0]} … / {line}")


# Source lines as WeChat articles and their reposts write them, under the headline or at the end.
WECHAT_SOURCES = (
    "来源 | {outlet}",
    "来源｜{outlet}",
    "来源/{outlet}",
    "文章来源于微信公众号：{outlet}",
    "本文来自微信公众号“{outlet}”",
    "内容来源 | {outlet}",
)


# Body lines and a table's header with 来源 and a | or / that are no source line: no outlet, nothing lost.
NO_SOURCE_LINES = (
    ("从外资来源/行业分布看，今年以来全市新签约外资项目12个，总投资56亿元。",),
    ("按资金来源/投资主体分，今年以来全市新签约项目12个，总投资56亿元。",),
    ("今年以来全市新签约外资项目12个，总投资56亿元。", "外资来源 | 项目数 | 投资额（亿元）", "香港 | 5 | 20.1"),
    ("今年以来全市新签约外资项目12个，总投资56亿元。", "资金来源 | 项目数 | 投资额（亿元）", "香港 | 5 | 20.1"),
)


@capability("outlet", "a source line as WeChat writes it (来源 | X, 文章来源于微信公众号：X), not a body or table line")
def outlet_in_wechat_source_line() -> Iterator[Case]:
    for index, (title, place) in enumerate(_titled()):
        outlet = _outlet(place, index)
        line = WECHAT_SOURCES[index % len(WECHAT_SOURCES)].format(outlet=outlet)
        if index // len(WECHAT_SOURCES) % 2:
            text = _capture(title, (), (line,), place=place)
        else:
            text = f"{_capture(title, place=place)}{line}\n"
        yield Case(text, {"outlet": outlet, "title": title}, note=line)
        body = NO_SOURCE_LINES[index % len(NO_SOURCE_LINES)]
        figures = ["12", "56", *(["5", "20.1"] if len(body) > 1 else [])]
        text = "\n".join([title, "", LEAD.format(place=place), *body, ""])
        yield Case(text, {"outlet": None, "targets[].value_text": figures}, note=" / ".join(body))


@capability("title", "real captures: a disclosure table above, a media mark on the headline's line", kind="invariance")
def real_captures_with_marks_and_table() -> Iterator[Case]:
    for index, capture in enumerate(_with_title()):
        title = _unperturbed(capture)[0]
        rows = tuple(row.format(code="0000", n=index, stem="") for row in DISCLOSURE_ROWS if "{stem}" not in row)
        table = "\n".join([*rows, capture.text])
        yield Case(table, {"title": title}, note=f"{capture.id} + disclosure table", url=capture.url)
        lines = capture.text.split("\n")
        at = next((i for i, line in enumerate(lines) if line.strip()), None)
        if at is not None and lines[at].strip() == title:
            for mark in MEDIA_MARKS[:4]:
                marked = [*lines[:at], lines[at].rstrip() + mark, *lines[at + 1 :]]
                yield Case("\n".join(marked), {"title": title}, note=f"{capture.id} + {mark}", url=capture.url)
