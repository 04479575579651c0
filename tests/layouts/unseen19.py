"""Twelve more page layouts written blind (round 19): before reading the HTML reader, and fixed against by nobody.

Round 19 is sealed: it is not scored when written. Whoever next changes the web-page reader
scores it once, both halves, at the end of their work, and fixes nothing from its misses. Each layout is after a kind
of Chinese page met in the wild that rounds 1 to 18 did not draw, weighed toward what generalises (the templates of
county and city sites' CMSs and of their 部门 subsites and 领导活动 and 政务公开 columns, news apps, self-media
platforms, readers, print and mirroring tools, the raw answer of a site's API), the headline competing with a
column's, a 专题's, a book's or a tool's own title, and the dates a page sets beside the article's own (a calendar's,
a timeline's neighbours, a 征集's window, a mirror's, a print's, an edit's, a feedback's, epoch times in a state):

- a 部门 subsite (a county's 商务局 or the like) on a JEECMS-like template, mirrored by HTTrack: the `Mirrored from
  … by HTTrack Website Copier` comment with a later English GMT time, links rewritten to local `.html` files and
  `external.html?link=`, the county's 网站群 strip, the 部门's name and English name, a left 栏目 menu and 热点文章,
  the headline an `<h2>` (left empty where the story has none), 发布时间 in seconds, 来源 (the 部门 where the story
  names none), 作者, an unfilled 浏览次数 span, 上一篇/下一篇;
- a city or county portal's 领导活动 column: a 领导活动 banner `<h2>` with its English line, a strip of leaders'
  names and posts, a 活动日历 widget opened on the article's month (its day marked among other active days), 本月活动
  with their days, the headline an `<h3>` (absent where the story has none), a picture and its caption, 时间 in one of
  two forms, 来源 (the government's office where the story names none), 相关活动;
- a 基层政务公开标准化规范化 column: the column's `<h1>`, a left 标准目录 tree, the 事项's table (公开事项, 公开时限
  of 20个工作日, 公开依据 naming laws, 公开主体, ■/□ boxes of 对象, 方式, 层级 and 渠道), the headline a `<div>`,
  生成日期 a day or more before 发布日期 (2021年01月09日), 发布机构 (the 主体 where the story names none),
  本事项其他信息 with days;
- a portal's 意见征集 page: the crumb, the headline an `<h1>` (absent where the story has none), a fields table
  (征集单位, 发布时间, 征集时间 from the story's day to a month later or 常态化征集, 状态 已结束, 已收到意见 N 条),
  征集说明, the story as 征求意见稿全文, a generic attachment, 反馈方式, the form's labels, 意见采纳情况 with a later
  反馈时间, 其他征集 with their windows;
- a 融媒体 专题 with a 时间轴: the 专题's slogan `<h1>` and 导语, tabs, a timeline of items each under an unlabelled
  day (2021年1月9日 or 2021.01.09), the story's item opened among two later and two earlier ones (pinned 置顶 without
  a day where the story has none), the headline its `<h4>`, 来源 in it, 收起全文, the others' titles with 展开全文;
- a city news app's web page rendered with React, styled-components and Apollo: hashed `sc-` classes, 下载APP,
  channel tabs, the `<h1>`, the outlet (the app's channel where the story names none) and the time unlabelled (in a
  year-less form half the time), 阅读 counts, 相关推荐 with their days, `window.__APOLLO_STATE__` holding the article
  and its neighbours as normalised `Article:` and `Media:` entries with ISO times and a later updateTime;
- a 小红书-like web note of a 政务 account: `<title>` the note's title or the site's slogan, the side bar, a picture
  swiper with 1/N, the account (made up where the story names none) and 关注, `#detail-title` (absent where the story
  has none), the text one `<span>` of `<br>`-joined lines with # tags, the day and a province under it (编辑于 half
  the time), 共 N 条评论 with their short days and provinces, `window.__INITIAL_STATE__` with `undefined` values, the
  time and a later lastUpdateTime in epoch milliseconds;
- a 政务 site's detail API opened in Chrome and saved: the raw JSON in a `<pre>`, `code`/`msg` 操作成功, the title,
  the content as escaped `<p>` markup, publishTime (or epoch milliseconds) beside an earlier createTime and a later
  updateTime, the column, source, editor, hits, the site's name, prev and next items with their own titles and times;
- a PrintFriendly-like print view of a county page: the tool's toolbar (打印, PDF, 电子邮件, 文字大小, 删除图片), the
  `pf-title` the headline (the original page's `<title>`, the site's name, where the story has none), the source
  address (the day in its path where there is one), the print's own day unlabelled, the original's 发布日期/来源 line
  kept as a paragraph, the tool's footer;
- a 数字阅读 platform's web reader of an epub 汇编 converted by Calibre: `<title>` the book and chapter, the reader's
  bar (书架, the book's name, 目录 书签 笔记 设置 夜间), a hidden 目录 listing the headline among other items, the
  chapter's `calibre` classes, the headline an `<h2>` (a 第N章 label in the 目录 where the story has none),
  （2021年1月9日）, page marks · 37 · between paragraphs, a ① note on the date or the headline and a footnote
  本文原载 the outlet, 上一章/下一章 and a progress line, the book's data in a script;
- a 政务钉-like 公告 opened in a browser: `<title>` 公告详情, the app's bar, the headline a `<div>` (absent where
  the story has none), 发布人 and 部门 beside the time (2021-01-09 09:30 or 2021年1月9日 09:30), 重要/仅限内部 tags,
  来源, a later 最后编辑于 half the time, an attachment, 接收范围, 已读/未读 counts, 确认收到, a viewer's watermark
  repeated, 请勿外传;
- an 音频平台's track page of a 县融媒体's news broadcast: `<title>` the track, album and platform, the crumb ending
  in the track, the track's `<h1>` (a made-up 《…新闻联播》第N期 where the story has none), 专辑/主播/播放/时长,
  发布于 the day, 声音简介 holding the text folded under 展开全部 with 稿件来源 after it, the station's card with 粉丝,
  专辑里的声音 with their days and plays, 专辑更新至 a later day, 评论 with their days, JSON-LD `AudioObject` with
  uploadDate.

Where a story names no headline, pages whose kind always shows a title show a made-up one (the print view's page
title, the track's), listed as furniture; where it names no outlet, pages whose kind always names a source show their
own (the 部门, the government's office, the 公开主体, the app's channel, the 小红书 account), listed as furniture;
where it names no date, the dates a tool or a page adds (a mirror's, a print's, an edit's, an update's, a feedback's,
a calendar's month) fall on another day.

The split is fixed by a rule set before anything is scored: the six layouts whose names have the smallest SHA-256
digests of "round 19/" + name are `LOCKED19`, the other six `DEV19`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections.abc import Callable
from html import escape

from layouts.families import (
    OTHER_NEWS,
    PLACES,
    Layout,
    Story,
    Wrapped,
    _numbers,
    _pick,
    _rng,
    headline_html,
    layout,
    split_by_digest,
)
from layouts.page_parts import _at, _cn_day, _epoch_ms, _join, _ps, _script_json

UNSEEN19: dict[str, Layout] = {}
NAMES = ["蒯立群", "禚文博", "佴志远", "笪晓峰", "郗春梅", "眭国庆"]
PROVINCES = ["浙江", "江苏", "安徽", "江西", "湖南", "山东"]
DEPARTMENTS = [
    ("商务局", "swj", "BUREAU OF COMMERCE"),
    ("投资促进中心", "tzcj", "INVESTMENT PROMOTION CENTER"),
    ("经济和信息化局", "jxj", "BUREAU OF ECONOMY AND INFORMATION TECHNOLOGY"),
]
DOCUMENT_TITLES = [
    "关于进一步优化营商环境的若干措施",
    "招商引资项目全生命周期服务办法",
    "重点产业链招商工作方案",
    "招商引资工作考核办法（试行）",
    "以商招商奖励办法",
]
NOTE_COMMENTS = [
    "家门口的项目越来越多了",
    "支持！希望早日投产",
    "营商环境确实好了不少",
    "求问项目招工信息在哪看",
]


def unseen19(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN19)


def _moment_after(base: dt.date, rng, low: int, high: int) -> dt.datetime:
    """A moment `low` to `high` days after `base`, in the hours a page is posted."""
    return _at(base + dt.timedelta(days=rng.randrange(low, high)), rng)


def _dated_others(rng, base: dt.date, count: int, before: bool = True, most: int = 25) -> list[dt.date]:
    """Days of other items: `count` distinct days before (or after) `base`, nearest first."""
    steps = sorted(rng.sample(range(1, most), count))
    return [base - dt.timedelta(days=s) if before else base + dt.timedelta(days=s) for s in steps]


# ---------------------------------------------------------------- county and city sites' columns


@unseen19("jeecms_bumen_subsite_httrack_mirror")
def jeecms_bumen_subsite_httrack_mirror(story: Story) -> Wrapped:
    """A 部门 subsite on a JEECMS-like template, mirrored by HTTrack: the Mirrored from comment with a later GMT time,
    local `.html` links and `external.html?link=`, the county's strip, the 部门's names, a left menu and 热点文章, the
    `<h2>` headline (empty where the story has none), 发布时间 in seconds, 来源, 作者, 浏览次数, 上一篇/下一篇."""
    rng = _rng(story, "httrack")
    place = rng.choice(PLACES)
    unit, code, english = rng.choice(DEPARTMENTS)
    dept = f"{place}{unit}"
    host = f"www.example-r19-jc{rng.randrange(10, 99)}.gov.cn"
    content_id = rng.randrange(1000, 99999)
    day = story.published
    mirrored = _moment_after(day or dt.date(2021, 9, 2), rng, 90, 700)
    stamp = f"{mirrored:%a, %d %b %Y %H:%M:%S} GMT"
    author = rng.choice(NAMES)
    source = escape(story.outlet) if story.outlet else dept
    info = _join(
        [
            f"发布时间：{_at(day, rng):%Y-%m-%d %H:%M:%S}" if day else "",
            f"来源：{source}",
            f"作者：{author}",
            '浏览次数：<span id="views"></span>',
        ],
        "&nbsp;&nbsp;&nbsp;",
    )
    menu = ["首页", "机构概况", "政务公开", "招商引资", "政策法规", "办事服务", "互动交流"]
    side = ["招商动态", "招商政策", "招商项目", "投资指南"]
    hot = _pick(rng, OTHER_NEWS, 4)
    prev_next = _pick(rng, [t for t in OTHER_NEWS if t not in hot], 2)
    icp, police = _numbers(rng)
    label = f"网站标识码：{rng.randrange(10**9, 10**10)}"
    page_title = f"{headline_html(story)} - {dept}" if story.headline else dept
    strip = f"{place}人民政府网站群"
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<!-- Mirrored from {host}/{code}/zsdt/{content_id}.jhtml by HTTrack Website Copier/3.x [XR&CO'2014], {stamp} -->
<!-- Added by HTTrack --><meta http-equiv="content-type" content="text/html;charset=UTF-8" /><!-- /Added by HTTrack -->
<head><title>{page_title}</title>
<meta name="keywords" content="{dept},招商动态" /><meta name="description" content="{dept}" />
<link href="../../r/cms/www/blue/css/style.css" rel="stylesheet" type="text/css" />
<script src="../../r/cms/jquery.js" type="text/javascript"></script>
<script src="../../r/cms/front.js" type="text/javascript"></script></head>
<body><div class="top-strip"><div class="w1100"><span>{strip}</span>　<a
 href="../../external.html?link=http://www.example-r19-county.gov.cn/">{place}人民政府</a>　<a
 href="../../external.html?link=http://www.gov.cn/">中国政府网</a></div></div>
<div class="header w1100"><div class="dept-name">{dept}</div><div class="dept-en">{english}</div></div>
<div class="nav"><ul class="w1100">
{"".join(f'<li><a href="../../{code}/m{i}/index.html">{m}</a></li>' for i, m in enumerate(menu))}</ul></div>
<div class="main w1100"><div class="left"><div class="lm-title"><h3>招商引资</h3></div><ul class="lm-list">
{"".join(f'<li><a href="../{code}/s{i}/index.html">{s}</a></li>' for i, s in enumerate(side))}</ul>
<div class="lm-hot"><h3>热点文章</h3><ul>
{"".join(f'<li><a href="{content_id - 7 - i}.html" title="{t}">{t}</a></li>' for i, t in enumerate(hot))}</ul></div>
</div>
<div class="right"><div class="position">当前位置：<a href="../../index.html">首页</a> &gt; <a
 href="../index.html">招商引资</a> &gt; <a href="index.html">招商动态</a></div>
<div class="content-box"><h2 class="content-title">{headline_html(story)}</h2>
<div class="content-info">{info}</div>
<div class="content-text" id="zoom">
{_ps(story.lines, ' style="text-indent:2em;"')}
</div>
<div class="content-tools">【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a
 href="javascript:doZoom(12)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a
 href="javascript:window.close()">关闭</a>】</div>
<div class="content-pn"><p>上一篇：<a href="{content_id + 1}.html">{prev_next[0]}</a></p>
<p>下一篇：<a href="{content_id - 1}.html">{prev_next[1]}</a></p></div></div></div></div>
<script type="text/javascript">$(function(){{Cms.viewCount("../../index.html","{content_id}","views");}});</script>
<div class="footer"><p>主办单位：{dept}　技术支持：{place}大数据发展中心</p><p>{icp}　{police}　{label}</p></div>
</body>
<!-- Mirrored from {host}/{code}/zsdt/{content_id}.jhtml by HTTrack Website Copier/3.x [XR&CO'2014], {stamp} -->
</html>"""
    furniture = (
        strip,
        f"{english}",
        "".join(menu),
        "".join(side),
        "热点文章",
        *hot,
        "当前位置：首页>招商引资>招商动态",
    )
    furniture += (
        f"作者：{author}",
        "浏览次数",
        "【大中小】【打印】【关闭】",
        *prev_next,
        f"主办单位：{dept}",
        icp,
        police,
    )
    furniture += (label,)
    furniture += () if story.outlet else (f"来源：{dept}",)
    return Wrapped(html, furniture, f"http://{host}/{code}/zsdt/{content_id}.jhtml")


def _month_grid(year: int, month: int, active: set[int], chosen: int | None) -> str:
    """A month's calendar as a widget's table, Sunday first, the active days linked and the chosen one marked."""
    lead = (dt.date(year, month, 1).weekday() + 1) % 7
    cells: list[int | None] = [None] * lead + list(range(1, calendar.monthrange(year, month)[1] + 1))
    cells += [None] * (-len(cells) % 7)
    rows = []
    for start in range(0, len(cells), 7):
        tds = []
        for cell in cells[start : start + 7]:
            if cell is None:
                tds.append('<td class="empty"></td>')
            elif cell in active:
                marked = "has on" if cell == chosen else "has"
                tds.append(f'<td class="{marked}"><a href="?date={year}-{month:02d}-{cell:02d}">{cell}</a></td>')
            else:
                tds.append(f"<td>{cell}</td>")
        rows.append("<tr>" + "".join(tds) + "</tr>")
    return "".join(rows)


@unseen19("lingdao_huodong_rili_leader_strip")
def lingdao_huodong_rili_leader_strip(story: Story) -> Wrapped:
    """A portal's 领导活动 column: a banner `<h2>` with its English line, the leaders' strip, a 活动日历 opened on the
    article's month with its day marked, 本月活动 with days, the `<h3>` headline (absent where the story has none), a
    picture and caption, 时间 in one of two forms, 来源 (the office where the story names none), 相关活动."""
    rng = _rng(story, "ldhd")
    place = rng.choice(PLACES)
    level = place[-1]
    site = f"{place}人民政府"
    office = f"{place}人民政府办公室"
    posts = [f"{level}委书记", f"{level}长", f"常务副{level}长", f"副{level}长", f"副{level}长"]
    names = rng.sample(NAMES, len(posts))
    leaders = [f"{n}{p}" for n, p in zip(names, posts, strict=True)]
    strip = "".join(
        f'<li><a href="/ldhd/{i}/"><img src="/images/ld{i}.jpg" alt="{n}"><span class="xm">{n}</span><span '
        f'class="zw">{p}</span></a></li>'
        for i, (n, p) in enumerate(zip(names, posts, strict=True))
    )
    day = story.published
    base = day or dt.date(2021, 6, 15)
    month_days = calendar.monthrange(base.year, base.month)[1]
    active = set(rng.sample(range(1, month_days + 1), 6))
    if day:
        active.add(day.day)
    grid = _month_grid(base.year, base.month, active, day.day if day else None)
    monthly = _pick(rng, OTHER_NEWS, 3)
    monthly_days = [dt.date(base.year, base.month, d) for d in sorted(active - {base.day} if day else active)[:3]]
    monthly_rows = [f"{d:%m-%d}{t}" for d, t in zip(monthly_days, monthly, strict=False)]
    monthly_html = "".join(
        f'<li><span class="date">{d:%m-%d}</span><a href="#">{t}</a></li>'
        for d, t in zip(monthly_days, monthly, strict=False)
    )
    if day:
        shown = f"{day:%Y-%m-%d}" if rng.random() < 0.5 else f"{day.year}年{day.month:02d}月{day.day:02d}日"
    source = escape(story.outlet) if story.outlet else office
    reads = f"浏览：{rng.randrange(50, 3000)}"
    meta = "".join(
        f"<span>{part}</span>"
        for part in [f"时间：{shown}" if day else "", f"来源：{source}", reads, "字号：大 中 小"]
        if part
    )
    caption = "（图为活动现场）"
    heading = f'<h3 class="hd-title">{headline_html(story)}</h3>' if story.headline else ""
    related = _pick(rng, [t for t in OTHER_NEWS if t not in monthly], 3)
    related_days = _dated_others(rng, base, 3, before=True, most=60)
    related_rows = [f"{t}{d:%Y-%m-%d}" for t, d in zip(related, related_days, strict=True)]
    related_html = "".join(
        f'<li><a href="#">{t}</a><span>{d:%Y-%m-%d}</span></li>' for t, d in zip(related, related_days, strict=True)
    )
    menu = ["首页", "要闻动态", "领导活动", "政务公开", "政务服务", "互动交流"]
    icp, police = _numbers(rng)
    page_title = f"{story.headline}_领导活动_{site}" if story.headline else f"领导活动_{site}"
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(page_title)}</title>
<meta name="ColumnName" content="领导活动"><meta name="SiteName" content="{site}"></head><body>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="{site}"></a></div>
<div class="nav"><ul class="w1200">{"".join(f'<li><a href="#">{m}</a></li>' for m in menu)}</ul></div></div>
<div class="w1200 ldhd-banner"><h2>领导活动</h2><span class="en">LEADERSHIP ACTIVITIES</span></div>
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="#">领导活动</a></div>
<div class="w1200"><ul class="leader-strip">{strip}</ul></div>
<div class="w1200 ldhd-main"><div class="ldhd-side"><div class="calendar"><h4>活动日历</h4><div class="cal-hd"><a
 class="cal-prev" href="#">上月</a><span class="cal-ym">{base.year}年{base.month}月</span><a class="cal-next"
 href="#">下月</a></div><table class="cal-table"><thead><tr>{"".join(f"<th>{w}</th>" for w in "日一二三四五六")}</tr>
</thead><tbody>{grid}</tbody></table></div>
<div class="month-list"><h4>本月活动</h4><ul>{monthly_html}</ul></div></div>
<div class="ldhd-detail">{heading}<div class="hd-meta">{meta}</div>
<div class="hd-content"><p style="text-align:center;"><img src="/upload/ldhd/{rng.randrange(10**6)}.jpg"
 alt=""></p><p class="pic-note" style="text-align:center;">{caption}</p>
{_ps(story.lines)}
</div>
<div class="hd-tools"><a href="javascript:window.print()">[打印本页]</a> <a
 href="javascript:window.close()">[关闭窗口]</a></div>
<div class="xg"><h4>相关活动</h4><ul>{related_html}</ul></div></div></div>
<div class="footer"><p>主办：{office}</p><p>{icp}　{police}</p></div></body></html>"""
    furniture = ("".join(menu), "LEADERSHIP ACTIVITIES", *leaders, "活动日历", "日一二三四五六", "本月活动")
    furniture += (*monthly_rows, reads, "字号：大中小", caption, "[打印本页][关闭窗口]", "相关活动", *related_rows)
    furniture += (f"主办：{office}", icp, police)
    furniture += () if story.outlet else (f"来源：{office}",)
    return Wrapped(
        html, furniture, f"http://www.example-r19-ld{rng.randrange(10, 99)}.gov.cn/ldhd/{rng.randrange(10**5)}.html"
    )


@unseen19("jiceng_gongkai_biaozhun_mulu_fields")
def jiceng_gongkai_biaozhun_mulu_fields(story: Story) -> Wrapped:
    """A 基层政务公开标准化规范化 column: its `<h1>`, a 标准目录 tree, the 事项's table of 公开时限, 依据, 主体 and
    ■/□ boxes, the `<div>` headline, 生成日期 before 发布日期, 发布机构 (the 主体 where the story names none), 本事项
    其他信息 with days."""
    rng = _rng(story, "biaozhun")
    place = rng.choice(PLACES)
    level = "县级" if place.endswith("县") else "区级" if place.endswith("区") else "市级"
    bureau = f"{place}投资促进局"
    column = "基层政务公开标准化规范化专栏"
    areas = ["重大建设项目", "公共资源配置", "招商引资", "财政预决算", "安全生产", "税收管理", "市场监管", "涉农补贴"]
    tree = "".join(f'<li class="{"on" if a == "招商引资" else ""}"><a href="#">{a}</a></li>' for a in areas)

    def boxes(chosen: set[str], options: list[str]) -> str:
        return " ".join(("■" if o in chosen else "□") + o for o in options)

    channels = [
        "政府网站",
        "政府公报",
        "两微一端",
        "发布会/听证会",
        "广播电视",
        "纸质媒体",
        "公开查阅点",
        "政务服务中心",
    ]
    rows = [
        ("公开事项", "招商引资项目信息"),
        ("公开时限", "信息形成或变更之日起20个工作日内"),
        ("公开依据", "《中华人民共和国政府信息公开条例》《招商引资领域基层政务公开标准指引》"),
        ("公开主体", bureau),
        ("公开对象", boxes({"全社会"}, ["全社会", "特定群体"])),
        ("公开方式", boxes({"主动"}, ["主动", "依申请"])),
        ("公开层级", boxes({level}, ["县级", "区级", "市级", "乡级"])),
        ("公开渠道和载体", boxes({"政府网站", "两微一端"}, channels)),
    ]
    table = "".join(
        f'<tr><th class="sx-th">{label}</th><td class="sx-td">{escape(value)}</td></tr>' for label, value in rows
    )
    day = story.published
    sub = []
    if day:
        made = day - dt.timedelta(days=rng.randrange(1, 4))
        sub.append(f"<span>生成日期：{made.year}年{made.month:02d}月{made.day:02d}日</span>")
        sub.append(f"<span>发布日期：{day.year}年{day.month:02d}月{day.day:02d}日</span>")
    publisher = escape(story.outlet) if story.outlet else bureau
    sub.append(f"<span>发布机构：{publisher}</span>")
    views = f"浏览量：{rng.randrange(20, 2000)}"
    sub.append(f"<span>{views}</span>")
    heading = f'<div class="detail-title">{headline_html(story)}</div>' if story.headline else ""
    others = _pick(rng, OTHER_NEWS, 4)
    other_days = _dated_others(rng, day or dt.date(2021, 8, 20), 4, before=True, most=90)
    other_rows = [f"{t}{d:%Y-%m-%d}" for t, d in zip(others, other_days, strict=True)]
    other_html = "".join(
        f'<li><a href="#">{t}</a><span class="date">{d:%Y-%m-%d}</span></li>'
        for t, d in zip(others, other_days, strict=True)
    )
    site = f"{place}人民政府"
    icp, police = _numbers(rng)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>招商引资_{column}_{site}</title></head><body>
<div class="gk-header"><div class="w1200"><img src="/images/logo.png" alt="{site}"><h1 class="zl-title">{column}</h1>
</div></div>
<div class="w1200 crumb">您的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt;
<a href="#">{column}</a> &gt; <a href="#">招商引资</a></div>
<div class="w1200 gk-main"><div class="gk-tree"><h3>标准目录</h3><ul>{tree}</ul></div>
<div class="gk-right"><div class="sx-card"><div class="sx-card-hd">事项信息</div><table class="sx-table">{table}</table>
</div>
<div class="xxgk-detail">{heading}<div class="detail-sub">{"".join(sub)}</div>
<div class="detail-content">
{_ps(story.lines)}
</div></div>
<div class="sx-others"><div class="sx-others-hd">本事项其他信息</div><ul>{other_html}</ul></div></div></div>
<div class="footer"><p>{site}办公室主办　{icp}　{police}</p></div></body></html>"""
    furniture = (column, f"首页>政务公开>{column}>招商引资", "标准目录" + "".join(areas), "事项信息")
    furniture += tuple(f"{label}{value}" for label, value in rows if label != "公开主体")
    furniture += (views, "本事项其他信息", *other_rows, f"{site}办公室主办", icp, police)
    furniture += () if story.outlet else (f"发布机构：{bureau}",)
    return Wrapped(
        html, furniture, f"http://www.example-r19-gk{rng.randrange(10, 99)}.gov.cn/zwgk/bzh/{rng.randrange(10**5)}.html"
    )


@unseen19("yijian_zhengji_window_form_caina")
def yijian_zhengji_window_form_caina(story: Story) -> Wrapped:
    """A portal's 意见征集 page: the `<h1>` headline (absent where the story has none), a fields table (征集单位,
    发布时间, 征集时间 from the story's day or 常态化征集, 已结束, 已收到意见), 征集说明, the story as 征求意见稿全文,
    an attachment, 反馈方式, the form's labels, 意见采纳情况 with a later 反馈时间, 其他征集 with their windows."""
    rng = _rng(story, "zhengji")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    bureau = f"{place}投资促进局"
    day = story.published
    fields = [("征集单位", bureau)]
    if day:
        fields.append(("发布时间", f"{day:%Y-%m-%d}"))
        end = day + dt.timedelta(days=30)
        fields.append(("征集时间", f"{_cn_day(day)}至{_cn_day(end)}"))
    else:
        end = dt.date(2021, 5, 31)
        fields.append(("征集时间", "常态化征集"))
    if story.outlet:
        fields.append(("信息来源", escape(story.outlet)))
    received = rng.randrange(3, 60)
    fields += [("征集状态", "已结束"), ("已收到意见", f"{received}条")]
    field_html = "".join(f"<tr><th>{k}：</th><td>{v}</td></tr>" for k, v in fields)
    explain = "为广泛听取社会各界意见建议，提高决策科学化、民主化水平，现公开征求意见，欢迎通过以下方式反馈。"
    attachment = "附件：征求意见稿.docx"
    phone = f"0{rng.randrange(550, 599)}-{rng.randrange(10**6, 10**7)}"
    mail = f"tzcj{rng.randrange(100, 999)}@example-r19.gov.cn"
    feedback_way = f"电子邮箱：{mail}　联系电话：{phone}　通信地址：{place}行政中心{rng.randrange(2, 9)}号楼"
    form_labels = ["姓名", "联系电话", "电子邮箱", "意见内容", "验证码"]
    replied = _moment_after(end, rng, 10, 40)
    adopted = rng.randrange(0, received + 1)
    result = f"本次征集共收到意见建议{received}条，采纳{adopted}条。反馈时间：{replied:%Y-%m-%d}"
    others = _pick(rng, DOCUMENT_TITLES, 3)
    spans = []
    for i in range(len(others)):
        start = (day or dt.date(2021, 3, 1)) - dt.timedelta(days=40 * (i + 1) + rng.randrange(1, 20))
        spans.append(f"{start:%Y-%m-%d}至{start + dt.timedelta(days=30):%Y-%m-%d}")
    windows = [f"{title}（征求意见稿）{span}已结束" for title, span in zip(others, spans, strict=True)]
    others_html = "".join(
        f'<li><a href="#">{title}（征求意见稿）</a><span>{span}</span><em>已结束</em></li>'
        for title, span in zip(others, spans, strict=True)
    )
    heading = f'<h1 class="zj-title">{headline_html(story)}</h1>' if story.headline else ""
    menu = ["首页", "政务公开", "政务服务", "互动交流", "走进" + place]
    icp, police = _numbers(rng)
    page_title = f"{story.headline}-意见征集-{site}" if story.headline else f"意见征集-{site}"
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(page_title)}</title></head>
<body><div class="header"><img src="/images/logo.png" alt="{site}"><ul class="nav">
{"".join(f'<li><a href="#">{m}</a></li>' for m in menu)}</ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/hdjl/">互动交流</a> &gt; <a
 href="/hdjl/yjzj/">意见征集</a></div>
<div class="zj-main">{heading}
<table class="zj-fields">{field_html}</table>
<div class="zj-section"><h3>征集说明</h3><p class="zj-explain">{explain}</p></div>
<div class="zj-section"><h3>征求意见稿全文</h3><div class="zj-text">
{_ps(story.lines)}
</div><p class="zj-attach"><a href="#">{attachment}</a></p></div>
<div class="zj-section"><h3>反馈方式</h3><p>{feedback_way}</p></div>
<div class="zj-section zj-form"><h3>我要提意见</h3><form>
{"".join(f'<div class="row"><label>{label}：</label><input type="text" disabled></div>' for label in form_labels)}
<button type="button" disabled>征集已结束</button></form></div>
<div class="zj-section"><h3>意见采纳情况</h3><p class="zj-result">{result}</p></div>
<div class="zj-section"><h3>其他征集</h3><ul>{others_html}</ul></div></div>
<div class="footer"><p>主办单位：{site}办公室</p><p>{icp}　{police}</p></div></body></html>"""
    furniture = ("".join(menu), "当前位置：首页>互动交流>意见征集", f"征集单位：{bureau}", "征集状态：已结束")
    furniture += (f"已收到意见：{received}条", "征集说明" + explain, attachment, "反馈方式" + feedback_way)
    furniture += ("我要提意见" + "：".join(form_labels) + "：征集已结束", "意见采纳情况" + result, "其他征集", *windows)
    furniture += (f"主办单位：{site}办公室", icp, police)
    return Wrapped(
        html,
        furniture,
        f"http://www.example-r19-zj{rng.randrange(10, 99)}.gov.cn/hdjl/yjzj/{rng.randrange(10**4)}.html",
    )


# ---------------------------------------------------------------- 专题, news apps and self-media


@unseen19("zhuanti_shijianzhou_expanded_item")
def zhuanti_shijianzhou_expanded_item(story: Story) -> Wrapped:
    """A 融媒体 专题 with a 时间轴: a slogan `<h1>` and 导语, tabs, items each under an unlabelled day, the story's item
    opened between two later and two earlier ones (pinned 置顶 without a day where the story has none), its `<h4>`
    headline, 来源, 收起全文, the others' titles with 展开全文."""
    rng = _rng(story, "timeline")
    place = rng.choice(PLACES)
    centre = f"{place}融媒体中心"
    slogan = f"聚力招大引强　奋进{place[:-1]}新程"
    lead = f"本专题集中展示{place}各地各部门抓招商、促投资、上项目的新举措新成效。"
    tabs = ["时间轴", "图片集锦", "视频报道", "网友留言"]
    day = story.published
    dotted = rng.random() < 0.5

    def marker(d: dt.date) -> str:
        return f"{d:%Y.%m.%d}" if dotted else _cn_day(d)

    titles = _pick(rng, OTHER_NEWS, 4)
    base = day or dt.date(2021, 10, 8)
    later = list(reversed(_dated_others(rng, base, 2, before=False, most=20)))
    earlier = _dated_others(rng, base, 2, before=True, most=20)
    source = f'<div class="tl-src">来源：{escape(story.outlet)}</div>' if story.outlet else ""
    heading = f'<h4 class="tl-title">{headline_html(story)}</h4>' if story.headline else ""
    opened = (
        f'<div class="tl-item tl-open{" tl-top" if not day else ""}"><div class="tl-node"></div><div '
        f'class="tl-date">{marker(day) if day else "置顶"}</div><div class="tl-card">{heading}{source}<div '
        f'class="tl-text">\n{_ps(story.lines)}\n</div><a class="tl-fold" href="javascript:;">收起全文</a></div></div>'
    )

    def closed(d: dt.date, title: str) -> str:
        return (
            f'<div class="tl-item"><div class="tl-node"></div><div class="tl-date">{marker(d)}</div><div '
            f'class="tl-card"><h4 class="tl-title"><a href="#">{title}</a></h4><a class="tl-more" '
            f'href="javascript:;">展开全文</a></div></div>'
        )

    dated = list(zip(later + earlier, titles, strict=True))
    items = [closed(d, t) for d, t in dated]
    items.insert(0 if not day else 2, opened)
    rows = [f"{marker(d)}{t}展开全文" for d, t in dated]
    icp, _police = _numbers(rng)
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{slogan}_专题_{centre}</title></head><body>
<div class="zt-top"><a href="/">{centre}</a>　<a href="/zt/">专题首页</a></div>
<div class="zt-banner"><h1>{slogan}</h1><p class="zt-lead">{lead}</p></div>
<div class="zt-tabs">{"".join(f'<a class="{"on" if t == "时间轴" else ""}" href="#">{t}</a>' for t in tabs)}</div>
<div class="timeline">
{"".join(items)}
</div>
<div class="zt-more"><a href="#">加载更多</a></div>
<div class="zt-footer">{centre}　版权所有　{icp}</div></body></html>"""
    furniture = (f"{centre}专题首页", slogan, lead, "".join(tabs), *rows, "收起全文", "加载更多", icp)
    return Wrapped(
        html, furniture, f"https://www.example-r19-rm{rng.randrange(10, 99)}.cn/zt/{rng.randrange(100, 999)}/"
    )


@unseen19("apollo_ssr_news_app_normalized_cache")
def apollo_ssr_news_app_normalized_cache(story: Story) -> Wrapped:
    """A city news app's web page (React, styled-components, Apollo): hashed classes, 下载APP, channel tabs, the `<h1>`,
    the outlet (the app's channel where the story names none) and the time unlabelled (year-less half the time), 阅读,
    相关推荐 with days, `window.__APOLLO_STATE__` with normalised `Article:` and `Media:` entries and a later update."""
    rng = _rng(story, "apollo")
    place = rng.choice(PLACES)
    app = f"掌上{place[:-1]}"
    channel = f"{app}·要闻"
    source = story.outlet or channel

    def klass(part: str) -> str:
        hashed = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ") for _ in range(6))
        return f"{part}-sc-{rng.randrange(36**6):x} {hashed}"

    day = story.published
    moment = _at(day, rng) if day else None
    updated = (moment or _at(dt.date(2021, 11, 2), rng)) + dt.timedelta(days=rng.randrange(1, 20), hours=2)
    yearless = rng.random() < 0.5
    shown = ""
    if moment:
        shown = f"{moment:%m-%d %H:%M}" if yearless else f"{moment:%Y-%m-%d %H:%M}"
    reads = rng.randrange(1000, 90000)
    read_text = f"阅读 {reads / 10000:.1f}万" if reads >= 10000 else f"阅读 {reads}"
    article_id = str(rng.randrange(10**6, 10**7))
    media_id = str(rng.randrange(100, 999))
    related = _pick(rng, OTHER_NEWS, 3)
    related_days = [_at(d, rng) for d in _dated_others(rng, day or updated.date(), 3, before=True, most=15)]
    related_media = [f"{p[:-1]}发布" for p in rng.sample(PLACES, 3)]
    related_ids = [str(int(article_id) - 3 - i) for i in range(3)]
    iso = "%Y-%m-%dT%H:%M:%S+08:00"
    state: dict = {
        "ROOT_QUERY": {
            "__typename": "Query",
            f'article({{"id":"{article_id}"}})': {"__ref": f"Article:{article_id}"},
            f'related({{"id":"{article_id}","size":3}})': [{"__ref": f"Article:{i}"} for i in related_ids],
        },
        f"Article:{article_id}": {
            "__typename": "Article",
            "id": article_id,
            "title": story.headline or "",
            "publishTime": moment.strftime(iso) if moment else None,
            "updateTime": updated.strftime(iso),
            "media": {"__ref": f"Media:{media_id}"},
            "readCount": reads,
            "content": "".join(f"<p>{escape(line)}</p>" for line in story.lines),
        },
        f"Media:{media_id}": {"__typename": "Media", "id": media_id, "name": source},
    }
    for i, (t, m, when) in enumerate(zip(related, related_media, related_days, strict=True)):
        state[f"Article:{related_ids[i]}"] = {
            "__typename": "Article",
            "id": related_ids[i],
            "title": t,
            "publishTime": when.strftime(iso),
            "media": {"__ref": f"Media:{int(media_id) + i + 1}"},
        }
        state[f"Media:{int(media_id) + i + 1}"] = {"__typename": "Media", "id": str(int(media_id) + i + 1), "name": m}
    tabs = ["推荐", "要闻", "区县", "政务", "视频"]
    related_html = "".join(
        f'<a class="{klass("Card")}" href="/article/{i}"><p class="{klass("CardTitle")}">{t}</p><p '
        f'class="{klass("CardMeta")}"><span>{m}</span><span>{when:%m-%d}</span></p></a>'
        for i, t, m, when in zip(related_ids, related, related_media, related_days, strict=True)
    )
    related_rows = [f"{t}{m}{when:%m-%d}" for t, m, when in zip(related, related_media, related_days, strict=True)]
    meta = f'<span class="{klass("Source")}">{escape(source)}</span>'
    if shown:
        meta += f'<span class="{klass("Time")}">{shown}</span>'
    meta += f'<span class="{klass("Reads")}">{read_text}</span>'
    heading = f'<h1 class="{klass("Title")}">{headline_html(story)}</h1>' if story.headline else ""
    page_title = f"{story.headline} - {app}" if story.headline else app
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1"><title>{escape(page_title)}</title>
<style data-styled="active" data-styled-version="5.3.5">.Title-sc{{font-size:22px;font-weight:600;}}</style>
</head><body><div id="root"><div class="{klass("AppBar")}"><img src="/static/logo.png" alt=""><span>{app}</span><a
 class="{klass("Download")}" href="#">下载APP</a></div>
<nav class="{klass("Tabs")}">{"".join(f'<a href="#">{t}</a>' for t in tabs)}</nav>
<article class="{klass("Article")}">{heading}<div class="{klass("Meta")}">{meta}</div>
<div class="{klass("Body")}">
{_ps(story.lines)}
</div></article>
<section class="{klass("Related")}"><h3>相关推荐</h3>{related_html}</section>
<div class="{klass("OpenApp")}">打开{app}，看更多本地新闻</div></div>
<script>window.__APOLLO_STATE__={_script_json(state)};</script>
<script src="/static/js/main.{rng.randrange(16**8):08x}.js"></script></body></html>"""
    furniture = (f"{app}下载APP", "".join(tabs), read_text, "相关推荐", *related_rows, f"打开{app}，看更多本地新闻")
    furniture += () if story.outlet else (channel,)
    return Wrapped(html, furniture, f"https://m.example-r19-app{rng.randrange(10, 99)}.cn/article/{article_id}")


@unseen19("xiaohongshu_note_initial_state_undefined")
def xiaohongshu_note_initial_state_undefined(story: Story) -> Wrapped:
    """A 小红书-like web note of a 政务 account: `<title>` the title or the slogan, a side bar, a swiper with 1/N, the
    account (made up where the story names none) and 关注, `#detail-title` (absent where the story has none), one
    `<span>` of `<br>`-joined lines with # tags, the day and a province (编辑于 half the time), comments with short
    days, `window.__INITIAL_STATE__` with `undefined` values and epoch milliseconds."""
    rng = _rng(story, "xhs")
    place = rng.choice(PLACES)
    account = story.outlet or f"{place[:-1]}发布"
    province = rng.choice(PROVINCES)
    note_id = f"{rng.randrange(16**24):024x}"
    pictures = rng.randrange(2, 9)
    day = story.published
    moment = _at(day, rng) if day else None
    edited = rng.random() < 0.5
    updated = (moment or _at(dt.date(2021, 12, 3), rng)) + dt.timedelta(days=rng.randrange(0, 3), hours=1)
    shown = f"{'编辑于 ' if edited else ''}{moment:%Y-%m-%d} {province}" if moment else province
    tags = [f"#{place[:-1]}招商", "#招商引资", f"#{place}"]
    text = "<br>".join(escape(line) for line in story.lines)
    tag_html = " ".join(f'<a class="tag" href="#">{t}</a>' for t in tags)
    heading = f'<div id="detail-title" class="title">{headline_html(story)}</div>' if story.headline else ""
    comments = rng.sample(NOTE_COMMENTS, 3)
    commenters = [f"小红薯{rng.randrange(16**6):06X}" for _ in comments]
    comment_days = [(moment or updated) + dt.timedelta(days=i + 1) for i in range(3)]
    comment_places = rng.sample(PROVINCES, 3)
    comment_rows = [
        f"{who}{what}{when:%m-%d}{where}"
        for who, what, when, where in zip(commenters, comments, comment_days, comment_places, strict=True)
    ]
    comment_html = "".join(
        f'<div class="comment-item"><div class="author"><a class="name" href="#">{who}</a></div><div '
        f'class="content"><span class="note-text">{what}</span></div><div class="info"><div class="date"><span>'
        f'{when:%m-%d}</span><span class="location">{where}</span></div><div class="interactions"><span '
        f'class="like">赞</span><span class="reply">回复</span></div></div></div>'
        for who, what, when, where in zip(commenters, comments, comment_days, comment_places, strict=True)
    )
    talked = len(comments) + rng.randrange(0, 30)
    total = f"共 {talked} 条评论"
    counts = [str(rng.randrange(10, 3000)), str(rng.randrange(10, 3000)), str(talked)]
    side = ["发现", "发布", "通知", "我"]
    undefined = "__js_undefined__"
    state = {
        "global": {"appSettings": {"notificationInterval": 30}, "serverTime": _epoch_ms(updated) + 86400000},
        "user": {"loggedIn": False, "userInfo": undefined},
        "note": {
            "firstNoteId": note_id,
            "noteDetailMap": {
                note_id: {
                    "comments": {"list": [], "cursor": "", "hasMore": True},
                    "note": {
                        "noteId": note_id,
                        "type": "normal",
                        "title": story.headline or "",
                        "desc": "\n".join(story.lines) + " " + " ".join(f"{t}[话题]#" for t in tags),
                        "user": {"nickname": account, "userId": f"{rng.randrange(16**24):024x}"},
                        "time": _epoch_ms(moment) if moment else undefined,
                        "lastUpdateTime": _epoch_ms(updated),
                        "ipLocation": province,
                        "interactInfo": {"likedCount": counts[0], "collectedCount": counts[1]},
                        "shareInfo": undefined,
                    },
                }
            },
        },
    }
    script = _script_json(state).replace(f'"{undefined}"', "undefined")
    page_title = f"{story.headline} - 小红书" if story.headline else "小红书 - 你的生活指南"
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(page_title)}</title>
<meta name="og:type" content="article"><meta name="og:site_name" content="小红书"></head><body>
<div id="app"><div class="layout"><div class="side-bar"><a class="logo" href="/">小红书</a><ul class="channel-list">
{"".join(f'<li><a href="#">{s}</a></li>' for s in side)}</ul></div>
<div class="main-container"><div class="note-detail-mask"><div class="note-container" id="noteContainer">
<div class="media-container"><div class="swiper"><img src="https://sns-webpic.example-r19-xhs.com/{note_id}/1" alt="">
</div><div class="fraction">1/{pictures}</div></div>
<div class="interaction-container"><div class="author-container"><div class="author-wrapper"><a class="name"
 href="#"><span class="username">{escape(account)}</span></a><button class="follow-button">关注</button></div></div>
<div class="note-scroller"><div class="note-content">{heading}<div id="detail-desc" class="desc"><span
 class="note-text"><span>{text}</span><br>{tag_html}</span></div>
<div class="bottom-container"><span class="date">{shown}</span></div></div>
<div class="divider"></div><div class="comments-el"><div class="total">{total}</div>{comment_html}</div></div>
<div class="engage-bar"><div class="input-box">说点什么...</div><span class="like-wrapper">{counts[0]}</span><span
 class="collect-wrapper">{counts[1]}</span><span class="chat-wrapper">{counts[2]}</span></div></div></div></div>
</div></div></div>
<script>window.__INITIAL_STATE__={script}</script></body></html>"""
    furniture = ("".join(side), total, *comment_rows, "说点什么")
    furniture += () if story.outlet else (account,)
    furniture += () if story.headline else ("你的生活指南",)
    return Wrapped(html, furniture, f"https://www.example-r19-xhs.com/explore/{note_id}")


# ---------------------------------------------------------------- raw answers, print views, readers and notices


@unseen19("chrome_raw_json_api_detail_pre")
def chrome_raw_json_api_detail_pre(story: Story) -> Wrapped:
    """A 政务 site's detail API opened in Chrome and saved: the raw JSON in a `<pre>`, 操作成功, the title, the content
    as escaped `<p>` markup, publishTime (or epoch milliseconds) beside an earlier createTime and a later updateTime,
    column, source, editor, hits, the site's name, prev and next items with their titles and times."""
    rng = _rng(story, "rawjson")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    epoch = rng.random() < 0.5
    day = story.published
    moment = _at(day, rng) if day else None
    base = moment or _at(dt.date(2021, 7, 12), rng)
    created = base - dt.timedelta(days=rng.randrange(1, 4), hours=rng.randrange(1, 6))
    updated = base + dt.timedelta(days=rng.randrange(1, 30), hours=rng.randrange(1, 6))

    def when(moment: dt.datetime | None) -> str | int | None:
        if moment is None:
            return None
        return _epoch_ms(moment) if epoch else f"{moment:%Y-%m-%d %H:%M:%S}"

    article_id = rng.randrange(10**4, 10**6)
    neighbours = _pick(rng, OTHER_NEWS, 2)
    prev_time = base + dt.timedelta(days=rng.randrange(1, 6))
    next_time = base - dt.timedelta(days=rng.randrange(1, 6))
    editor = rng.choice(NAMES)
    content = "".join(f'<p style="text-indent:2em;">{line}</p>' for line in story.lines)
    data = {
        "code": 200,
        "msg": "操作成功",
        "data": {
            "id": article_id,
            "channelId": rng.randrange(100, 999),
            "channelName": "招商动态",
            "title": story.headline or "",
            "subTitle": "",
            "author": "",
            "source": story.outlet or "",
            "editor": editor,
            "thumbnail": f"/upload/{rng.randrange(10**8)}.jpg",
            "content": content,
            "hits": rng.randrange(30, 5000),
            "publishTime": when(moment),
            "createTime": when(created),
            "updateTime": when(updated),
            "status": 2,
            "attachments": [],
            "siteName": site,
            "prev": {"id": article_id + 1, "title": neighbours[0], "publishTime": when(prev_time)},
            "next": {"id": article_id - 1, "title": neighbours[1], "publishTime": when(next_time)},
        },
        "timestamp": _epoch_ms(updated + dt.timedelta(days=rng.randrange(100, 500))),
    }
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    html = f"""<html><head><meta name="color-scheme" content="light dark"><meta charset="utf-8"></head><body><pre
 style="word-wrap: break-word; white-space: pre-wrap;">{escape(raw, quote=False)}</pre><div
 class="json-formatter-container"></div></body></html>"""
    furniture = ("操作成功", f"editor{editor}", f"siteName{site}", *neighbours)
    host = f"www.example-r19-api{rng.randrange(10, 99)}.gov.cn"
    return Wrapped(html, furniture, f"https://{host}/api/cms/article/detail?id={article_id}")


@unseen19("printfriendly_pf_title_src_print_date")
def printfriendly_pf_title_src_print_date(story: Story) -> Wrapped:
    """A PrintFriendly-like print view of a county page: the toolbar, `pf-title` the headline (the original page's
    `<title>` where the story has none), the source address (the day in its path where there is one), the print's own
    day unlabelled, the original's 发布日期/来源 line kept as a paragraph, the tool's footer."""
    rng = _rng(story, "printfriendly")
    place = rng.choice(PLACES)
    site_title = f"{place}人民政府门户网站"
    title = story.headline or site_title
    day = story.published
    column = rng.randrange(1000, 9999)
    item = rng.randrange(10**6, 10**7)
    host = f"www.example-r19-pf{rng.randrange(10, 99)}.gov.cn"
    path = (
        f"/art/{day.year}/{day.month}/{day.day}/art_{column}_{item}.html"
        if day
        else f"/col/col{column}/art_{item}.html"
    )
    printed = _moment_after(day or dt.date(2021, 4, 6), rng, 60, 800)
    printed_text = f"{printed.year}年{printed.month}月{printed.day}日"
    kept = _join(
        [f"发布日期：{day:%Y-%m-%d}" if day else "", f"来源：{escape(story.outlet)}" if story.outlet else ""], "　"
    )
    kept_html = f'<p class="pf-kept">{kept}</p>' if kept else ""
    toolbar = ["打印", "PDF", "电子邮件", "文字大小 100%", "删除图片", "撤消"]
    tip = "点击内容可将其删除"
    footer = "PrintFriendly 打印友好、PDF 与电子邮件"
    html = f"""<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">
<title>{escape(title)} | PrintFriendly</title><link rel="stylesheet" href="/assets/pf-core.css"></head>
<body class="pf-app"><div id="pf-toolbar" class="pf-toolbar">
{"".join(f'<button class="pf-btn">{b}</button>' for b in toolbar)}</div>
<div id="pf-tip" class="pf-tip">{tip}</div>
<div id="printfriendly" class="pf-body"><div id="pf-print-area"><div id="pf-content">
<h1 id="pf-title" class="pf-title">{escape(title)}</h1>
<div id="pf-src"><a id="pf-src-url" href="http://{host}{path}">{host}{path}</a></div>
<div id="pf-date">{printed_text}</div>
<div id="pf-body" class="pf-body-text">
{kept_html}
{_ps(story.lines, ' class="pf-p"')}
</div></div></div></div>
<div class="pf-footer">{footer}</div></body></html>"""
    furniture = ("".join(toolbar), tip, footer, host)
    furniture += () if story.headline else (site_title,)
    return Wrapped(html, furniture, f"https://www.example-r19-printfriendly.com/print?url=http%3A%2F%2F{host}{path}")


@unseen19("epub_web_reader_calibre_chapter_pagemarks")
def epub_web_reader_calibre_chapter_pagemarks(story: Story) -> Wrapped:
    """A 数字阅读 platform's web reader of a Calibre epub 汇编: `<title>` book and chapter, the reader's bar, a hidden
    目录 listing the headline among other items, `calibre` classes, the `<h2>` headline (第N章 in the 目录 where the
    story has none), （2021年1月9日）, · 37 · page marks, a ① note and 本文原载 footnote, 上一章/下一章, progress."""
    rng = _rng(story, "epub")
    place = rng.choice(PLACES)
    platform = f"书香{place[:-1]}数字阅读"
    day = story.published
    year = day.year if day else 2021
    book = f"{place[:-1]}招商引资工作文献汇编（{year}）"
    compiler = f"{place}投资促进局 编"
    index = rng.randrange(4, 12)
    label = story.headline or f"第{index}章"
    others = _pick(rng, DOCUMENT_TITLES, 4)
    toc = ["前言", "第一部分　讲话", *others[:2], label, *others[2:], "后记"]
    note = story.outlet is not None
    mark = '<sup class="calibre7"><a href="#fn1" id="fnref1" class="calibre8">①</a></sup>' if note else ""
    blocks = []
    if story.headline:
        on_title = mark if not day else ""
        blocks.append(f'<h2 class="calibre3" id="calibre_toc_{index}">{headline_html(story)}{on_title}</h2>')
    if day:
        blocks.append(f'<p class="calibre5">（{_cn_day(day)}）{mark}</p>')
    page = rng.randrange(20, 200)
    for n, line in enumerate(story.lines):
        on_text = mark if n == 0 and not (story.headline or day) else ""
        blocks.append(f'<p class="calibre6">{escape(line)}{on_text}</p>')
        if n % 4 == 3 and n + 1 < len(story.lines):
            page += 1
            blocks.append(f'<p class="calibre9"><span class="pagenum" id="page_{page}">· {page} ·</span></p>')
    if note and story.outlet:
        blocks.append(
            f'<div class="footnotes"><hr class="calibre10"/><p class="calibre11" id="fn1"><a href="#fnref1" '
            f'class="calibre8">①</a>本文原载{escape(story.outlet)}。</p></div>'
        )
    bar = ["书架", "目录", "书签", "笔记", "设置", "夜间"]
    progress = f"本章 0%　全书 {rng.randrange(10, 80)}%"
    info = {"bookName": book, "author": compiler, "chapterIndex": index, "chapterTitle": label, "format": "epub"}
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{escape(book)}_{escape(label)}_在线阅读 - {platform}</title>
<link rel="stylesheet" href="/reader/css/reader.css">
<link rel="stylesheet" href="/epub/{rng.randrange(10**5)}/stylesheet.css">
</head><body class="reader theme-light"><div class="reader-top"><a class="back" href="#">{bar[0]}</a><span
 class="book-name">{escape(book)}</span><span class="book-author">{compiler}</span><div class="tools">
{"".join(f'<a href="#">{b}</a>' for b in bar[1:])}</div></div>
<div class="catalog-drawer" style="display:none;"><h3>目录</h3><ul>
{"".join(f'<li class="{"cur" if t == label else ""}"><a href="#">{escape(t)}</a></li>' for t in toc)}</ul></div>
<div class="reader-content"><div class="chapter" data-href="OEBPS/Text/index_split_{index:03d}.html"><div
 class="calibre">
{"".join(blocks)}
</div></div></div>
<div class="reader-bottom"><a href="#">上一章</a><span class="progress">{progress}</span><a href="#">下一章</a></div>
<script>var bookInfo = {_script_json(info)};</script></body></html>"""
    furniture = (compiler, "".join(bar[1:]), "上一章" + progress + "下一章", "前言第一部分讲话" + "".join(others[:2]))
    furniture += ("".join(others[2:]) + "后记",)
    furniture += (platform,)
    furniture += () if story.headline else (f"第{index}章",)
    return Wrapped(
        html, furniture, f"https://read.example-r19-sx{rng.randrange(10, 99)}.cn/reader/{rng.randrange(10**6)}"
    )


@unseen19("zhengding_gonggao_read_counts_watermark")
def zhengding_gonggao_read_counts_watermark(story: Story) -> Wrapped:
    """A 政务钉-like 公告 opened in a browser: `<title>` 公告详情, the app's bar, the `<div>` headline (absent where the
    story has none), 发布人 and 部门 beside the time, tags, 来源, a later 最后编辑于 half the time, an attachment,
    接收范围, 已读/未读, 确认收到, a viewer's watermark repeated, 请勿外传."""
    rng = _rng(story, "gonggao")
    place = rng.choice(PLACES)
    app = "政务钉"
    publisher = rng.choice(NAMES)
    dept = f"{place}投资促进局办公室"
    day = story.published
    moment = _at(day, rng) if day else None
    meta = [f'<span class="publisher">{publisher}</span>', f'<span class="dept">{dept}</span>']
    if moment:
        shown = f"{moment:%Y-%m-%d %H:%M}" if rng.random() < 0.5 else f"{_cn_day(moment)} {moment:%H:%M}"
        meta.append(f'<span class="time">{shown}</span>')
    edited = ""
    if rng.random() < 0.5:
        edited_at = _moment_after(day or dt.date(2021, 5, 11), rng, 1, 10)
        edited = f"最后编辑于 {edited_at:%Y-%m-%d %H:%M}"
    tags = ["重要", "仅限内部"]
    source = f'<div class="notice-source">来源：{escape(story.outlet)}</div>' if story.outlet else ""
    heading = f'<div class="notice-title">{headline_html(story)}</div>' if story.headline else ""
    attachment = f"附件（1）　招商工作学习材料{rng.randrange(1, 20)}.docx　{rng.randrange(12, 90)}KB"
    members = rng.randrange(18, 45)
    scope = f"接收范围：{place}招商引资工作领导小组成员单位（共{members}个）"
    read = rng.randrange(5, members)
    counts = f"已读 {read}　未读 {members - read}"
    viewer = rng.choice([n for n in NAMES if n != publisher])
    digits = f"{rng.randrange(1000, 9999)}"
    watermark = "".join(f'<span style="top:{40 + 180 * i}px;">{viewer} {digits}</span>' for i in range(5))
    warning = f"本公告由{dept}发布，仅限内部传阅，请勿外传"
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no"><title>公告详情</title></head>
<body><div class="dt-bar"><span class="dt-back">返回</span><span class="dt-bar-title">公告详情</span><span
 class="dt-app">{app}</span></div>
<div class="notice-detail">{heading}<div class="notice-meta">{"".join(meta)}</div>
<div class="notice-tags">{"".join(f'<span class="tag">{t}</span>' for t in tags)}</div>{source}
<div class="notice-content">
{_ps(story.lines)}
</div>
{f'<div class="notice-edited">{edited}</div>' if edited else ""}
<div class="notice-attachment"><a href="#">{attachment}</a></div>
<div class="notice-range">{scope}</div>
<div class="notice-read"><span>{counts}</span><a href="#">查看详情</a></div>
<button class="btn-confirm" type="button">确认收到</button>
<div class="notice-footer">{warning}</div></div>
<div class="watermark" aria-hidden="true">{watermark}</div></body></html>"""
    furniture = (
        "返回公告详情" + app,
        publisher + dept,
        "".join(tags),
        attachment,
        scope,
        counts + "查看详情",
        "确认收到",
    )
    furniture += (warning, f"{viewer}{digits}")
    furniture += (edited,) if edited else ()
    return Wrapped(html, furniture, f"https://zd.example-r19-gov.cn/notice/detail?id={rng.randrange(10**8)}")


@unseen19("audio_track_jianjie_album_ld_json")
def audio_track_jianjie_album_ld_json(story: Story) -> Wrapped:
    """An 音频平台's track page of a 县融媒体's broadcast: `<title>` track_album_platform, the crumb ending in the
    track, its `<h1>` (a made-up 《…新闻联播》第N期 where the story has none), 专辑/主播/播放/时长, 发布于, 声音简介
    folded with 稿件来源 after it, the station's card, 专辑里的声音 with days, 专辑更新至 a later day, 评论, JSON-LD."""
    rng = _rng(story, "audio")
    place = rng.choice(PLACES)
    platform = "声阅FM"
    station = f"{place[:-1]}融媒"
    album = f"《{place[:-1]}新闻联播》"
    made_up = f"{album}第{rng.randrange(100, 999)}期"
    track = story.headline or made_up
    day = story.published
    moment = _at(day, rng) if day else None
    seconds = max(60, sum(len(line) for line in story.lines) // 4)
    duration = f"{seconds // 60:02d}:{seconds % 60:02d}"
    plays = f"{rng.randrange(1, 99)}.{rng.randrange(10)}万" if rng.random() < 0.5 else str(rng.randrange(100, 9999))
    facts = [
        f'<span>专辑：<a href="#">{album}</a></span>',
        f'<span>主播：<a href="#">{station}</a></span>',
        f"<span>播放：{plays}</span>",
        f"<span>时长：{duration}</span>",
    ]
    if moment:
        facts.append(f'<span class="time">发布于 {moment:%Y-%m-%d}</span>')
    fans = f"粉丝 {rng.randrange(1, 40)}.{rng.randrange(10)}万"
    anchor_note = f"{station}官方账号，每日播报本地新闻资讯。"
    others = _pick(rng, OTHER_NEWS, 4)
    other_days = _dated_others(rng, day or dt.date(2021, 9, 26), 4, before=True, most=20)
    other_plays = [str(rng.randrange(50, 9000)) for _ in others]
    other_rows = [f"{t}{p}{d:%Y-%m-%d}" for t, p, d in zip(others, other_plays, other_days, strict=True)]
    other_html = "".join(
        f'<li><a class="t" href="#">{t}</a><span class="plays">{p}</span><span class="date">{d:%Y-%m-%d}</span></li>'
        for t, p, d in zip(others, other_plays, other_days, strict=True)
    )
    album_updated = _moment_after(day or dt.date(2021, 9, 26), rng, 30, 300)
    album_line = f"专辑更新至 {album_updated:%Y-%m-%d}"
    source = f'<p class="src">稿件来源：{escape(story.outlet)}</p>' if story.outlet else ""
    comments = rng.sample(NOTE_COMMENTS, 2)
    comment_days = [(moment or album_updated) + dt.timedelta(days=i + 1) for i in range(2)]
    comment_rows = [f"听友{i + 1}{c}{d:%Y-%m-%d}" for i, (c, d) in enumerate(zip(comments, comment_days, strict=True))]
    comment_html = "".join(
        f'<div class="cmt"><span class="u">听友{i + 1}</span><p>{c}</p><span class="d">{d:%Y-%m-%d}</span></div>'
        for i, (c, d) in enumerate(zip(comments, comment_days, strict=True))
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "AudioObject",
        "name": track,
        "duration": f"PT{seconds // 60}M{seconds % 60}S",
        "uploadDate": moment.strftime("%Y-%m-%dT%H:%M:%S+08:00") if moment else None,
        "author": {"@type": "Person", "name": station},
        "partOfSeries": album,
    }
    if ld["uploadDate"] is None:
        del ld["uploadDate"]
    menu = ["首页", "分类", "排行榜", "有声书", "广播"]
    track_id = rng.randrange(10**7, 10**8)
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{escape(track)}_{album}_在线收听 - {platform}</title>
<script type="application/ld+json">{_script_json(ld)}</script></head><body>
<div class="header"><a class="logo" href="/">{platform}</a><ul class="menu">
{"".join(f'<li><a href="#">{m}</a></li>' for m in menu)}</ul><input placeholder="搜索声音、专辑、主播">
<a href="#">登录</a></div>
<div class="crumb"><a href="/">首页</a> &gt; <a href="#">资讯</a> &gt; <a href="#">{album}</a> &gt;
<span>{escape(track)}</span></div>
<div class="sound-main"><div class="sound-info"><img class="cover" src="/cover/{track_id}.jpg" alt="">
<h1 class="title">{escape(track)}</h1><div class="facts">{"".join(facts)}</div>
<div class="player"><button class="play">播放</button><span class="cur">00:00</span>/<span>{duration}</span></div></div>
<div class="sound-intro"><h2>声音简介</h2><div class="rich-intro" style="max-height:300px;overflow:hidden;">
{_ps(story.lines)}
{source}</div><a class="fold" href="javascript:;">展开全部</a></div>
<div class="album-sounds"><h2>专辑里的声音</h2><p class="album-updated">{album_line}</p><ul>{other_html}</ul></div>
<div class="comments"><h2>评论</h2>{comment_html}</div>
<div class="anchor-card"><a class="nickname" href="#">{station}</a><span class="fans">{fans}</span>
<button>+关注</button><p class="anchor-desc">{anchor_note}</p></div></div>
<div class="footer">{platform}　用户协议　隐私政策</div></body></html>"""
    furniture = ("".join(menu), "声音简介", "展开全部", "专辑里的声音", album_line, *other_rows)
    furniture += (*comment_rows, f"{station}{fans}+关注", anchor_note, "用户协议　隐私政策")
    furniture += () if story.headline else (made_up,)
    return Wrapped(html, furniture, f"https://www.example-r19-shengyue.com/sound/{track_id}")


DEV19, LOCKED19 = split_by_digest(UNSEEN19, "round 19/", locked=6)
