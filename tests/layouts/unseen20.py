"""Twelve more page layouts written blind (round 20): before reading the HTML reader, and fixed against by nobody.

Round 20 is sealed: not scored when written; whoever next changes the web-page reader scores it once, both halves,
at the end of their work, and fixes nothing from its misses. Each layout is after a kind of Chinese page met in the
wild that rounds 1 to 19 did not draw, weighed toward what generalises (the 集约化 templates of county portals and
of their 信息公开 systems, a city's 规范性文件库, an 产业园's site on a common CMS, a city paper's news site and its
app's 号 platform, a search engine's mirror of self-media, a 公众号's repost card, an attachment viewer, a print
turned back into HTML, a central site's article page), the headline living only in the `<title>`, a file's name or
an index cell or competing with a site's, a column's or a platform's name, and the dates such pages set beside the
article's own (a page's generation, a document's 成文/施行/有效期 days, a today line, an update, a crawl, an upload, a
conversion, a print):

- a 浙江 county portal's column page on the province's 集约化 template: the 浙江政务服务网 bar with the county's
  站点 and logins, `<title>` the headline or the site's name alone, `<meta name="Maketime">` a later day, the headline
  a `<td class="title">` (absent where the story has none), 发布日期/信息来源 (the county's office where the story
  names none)/an empty 访问次数/【字体：大 中 小】 in one cell, the text between `<!--ZJEG_RSS.content.begin-->`
  comments and `ContentStart`/`ContentEnd` metas, 打印本页 关闭窗口, a 热点信息 list with days;
- a 政府信息公开 detail on a 大汉 JCMS-like 信息公开 system: `<title>` the headline or 政府信息公开_site, the
  公开 header and its nav (指南, 制度, 年报, 依申请公开), a 信息公开目录 of 部门, an index table with spaced labels
  (索 引 号, 文　　号, 有 效 性) whose only day is 生成日期 and whose 发布机构 is the outlet (the 部门 where the
  story names none), the headline a `<div>`, 【打印本页】【关闭窗口】, 相关信息 only as CDATA `<record>`s with their
  days in a jpage `<script type="text/xml">` datastore;
- a 广东-like 政府信息公开目录平台 (gkmlpt) post: `<title>` headline - site or the 目录's name, a 机构列表 with
  切换机构, a classify table (索引号, 分类, the 部门 as 发布机构, 成文日期 days before 发布日期 in one of two forms,
  名称 the headline again, empty 文号 and 主题词), the `<h1>` (absent where the story has none) with 来源 under it,
  【打印】【字体：大 中 小】分享, `window._CONFIG` with the post's title, its time in epoch seconds and a later
  lastModified;
- a city's 行政规范性文件库 detail: `<title>` headline_库_site or 库_site, the library's `<h1>` and search box,
  文件类型/时效性/发布年份 filters with counts, the headline an `<h2>` (absent where the story has none) with a made-up
  文号 under it and a 现行有效 or 已失效 badge, a fields table (发文机关 the government's office, 文号, 成文日期 days
  before 发布日期 as 2021年01月09日, 施行日期 a month later, 有效期至 five years on, 统一登记号, 信息来源, 时效性),
  原文/政策解读/图解/历史版本 tabs, a 附件, 【打印】【关闭】, 相关解读 with later days, 最新文件 with earlier ones;
- an 产业园 operator's site on a MetInfo-like template: `<title>` headline-park or 园区动态-park, the MetInfo
  generator `<meta>`, a 新闻资讯 / NEWS banner, column tabs, the `<h1>` in `details-title` (absent where the story
  has none), the time in seconds, the issuer (the outlet, or the park's 招商运营部) and the hits unlabelled behind
  icons, the `met-editor` text, 标签, 上一篇/下一篇 with their titles, 为您推荐, 热门资讯 with days, the company's
  footer and Powered by MetInfo;
- a city paper's news site on a 方正翔宇-like CMS: the `<!--enpproperty …-->` comment holding the time (empty where
  the story has none) and the title, the 报系's brands and a later 今天是…星期N line, `<title>` headline_column_site
  or column_site, the `<h1>`, the time, 来源 (the news site where the story names none), 编辑 and 字号 A+ A-, the text
  between `<!--enpcontent-->` comments, （责任编辑：X）, 分享到, 相关新闻 with month-day times, 24小时热门 ranked, the
  paper's licence;
- a city paper app's 号 platform share page: the 打开客户端 strip, `<title>` the headline (the account's 号 page
  where the story has none, a 动态 without a title), the `<h1>`, the account unlabelled (made up where the story names
  none) with its 号 tag and the time in one of two forms, +关注, 阅读 and 点赞 counts, 本文来自【X号】 statement, the
  account's card with 粉丝 and TA的文章 with days, 热门评论 with month-day times and provinces, 相关推荐,
  `window.__DATA__` with the time and a later updateTime;
- a 快资讯-like search engine's mirror of an account's article: `<title>` headline-快资讯 (the platform's name
  where the story has none), the platform's channels and search box, the `<h1>`, the account unlabelled (made up
  where the story names none), a `<meta name="source">`, the time, 举报, the platform's statement that the account
  uploaded it, 相关文章 with accounts and 评 counts, 热门搜索, `pageConfig` with the time in epoch seconds and a later
  crawl time;
- a 公众号 article of a county 招商 account reposting another account's: `<title>` and og:title the headline (the
  account's name where the story has none), `#activity-name`, the host account `#js_name` with the time as
  2021-01-09 09:30 or 2021年1月9日 09:30 and 发表于 a province, the 以下文章来源于 card of the outlet with its
  description (a 原创 tag where the story names none), 收录于合集 # N个 before the text, 阅读原文, 喜欢此内容的人还喜欢
  with accounts, 精选留言 with their days, 微信扫一扫关注该公众号, `var ct` in epoch seconds;
- a portal's attachment opened in a 永中-like document conversion viewer: `<title>` and the toolbar the file's name
  (附件N：the headline, or an upload code P0 + a day + digits where the story has none or half the time), the viewer's
  buttons and 第 1 页 / 共 N 页, a 仅供在线预览 watermark, A4 `word-page` boxes of paragraphs cut into styled runs,
  the headline a centred 小标宋 paragraph of runs, （2021年1月9日） under it or the 落款 (the outlet and the day) at
  the end, （来源：X） otherwise, — N — page feet, `fileInfo` with a later convertTime;
- a county page printed to PDF by a browser and turned back into HTML by pdftohtml: `<title>` the PDF's, which is
  the page's (headline_column_site, or the site's name), generator, producer and date `<meta>`s, every printed row
  an absolutely placed `<p>`: the print's header (a later day and time, the page's title) and footer (the address,
  n/N) on every page, the site's name and nav, the crumb, the headline cut into rows, 发布日期/来源/浏览次数 on one
  row, the paragraphs cut at the line's width, 【打印本页】【关闭窗口】 and the site's footer;
- a central broadcaster's news site ARTI page: `<title>` headline_新闻频道_央视网(cctv.com) (the channel and site
  where the story has none), 正在阅读：the headline over the page, the `<h1>` between `repaste.title` comments, 来源
  (the site where the story names none) | 2021年01月09日 09:30, 分享到, the text between `repaste.body` comments,
  编辑 and 责任编辑, 相关新闻 with days, 热榜 ranked, `var itemid1` ending in the day's yymmdd and `var commentTitle`.

Where a story names no headline, each page keeps its kind's own title and headings (a site's, a column's, a 目录's,
a library's, a park's, an account's or a platform's name, a file's upload code) and shows no headline of the story;
where it names no outlet, pages whose kind always names a source show their own (the county's office, the 部门, the
park's 运营部, the news site, the 号 and 快资讯 accounts, the broadcaster), listed as furniture; where it names no
date, the dates a tool or a page adds (a Maketime, a lastModified, a today line, an update, a crawl, an upload code,
a conversion, a print) fall on another day.

The split is fixed by a rule set before anything is scored: the six layouts whose names have the smallest SHA-256
digests of "round 20/" + name are `LOCKED20`, the other six `DEV20`.
"""

from __future__ import annotations

import datetime as dt
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
from layouts.unseen18 import _pieces
from layouts.unseen19 import _dated_others, _moment_after

UNSEEN20: dict[str, Layout] = {}
NAMES = ["殳永红", "逄建华", "帅文静", "訾海涛", "仉德胜", "亓明辉"]
PROVINCES = ["浙江", "广东", "江苏", "福建", "四川", "河南"]
DEPARTMENTS = ["投资促进局", "商务局", "发展和改革局", "经济和信息化局", "自然资源和规划局", "财政局"]
POLICY_TITLES = [
    "关于促进招商引资高质量发展的若干政策",
    "重大招商项目“一事一议”管理办法",
    "招商引资中介人奖励实施细则",
    "产业园区“标准地”出让实施意见",
    "支持总部经济发展的若干措施",
    "招商引资项目落地服务保障办法",
]
COLUMN_FOLDERS = {"招商动态": "zsdt", "部门动态": "bmdt", "政务要闻": "zwyw"}
READER_COMMENTS = [
    "为家乡的招商成绩点赞！",
    "项目早日落地，家门口就业更方便了",
    "希望多来几个大项目",
    "营商环境越来越好，支持",
]


def unseen20(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN20)


def _rows_of(others: list[str], days: list[dt.date], form: str = "%Y-%m-%d") -> tuple[list[str], str]:
    """Other items' titles with their days: as furniture strings, and as a list's `<li>`s."""
    rows = [f"{t}{d:{form}}" for t, d in zip(others, days, strict=True)]
    html = "".join(
        f'<li><a href="#" title="{t}">{t}</a><span class="date">{d:{form}}</span></li>'
        for t, d in zip(others, days, strict=True)
    )
    return rows, html


def _licences(rng, province: str) -> tuple[str, str]:
    """An ICP and a 公网安备 number of the site's own province."""
    icp, police = _numbers(rng)
    return province + icp[1:], province + police[1:]


def _rows(text: str, width: int) -> list[str]:
    """A text cut into printed rows of `width` characters."""
    return [text[i : i + width] for i in range(0, len(text), width)] or [""]


# ---------------------------------------------------------------- government sites' templates


@unseen20("zjeg_rss_markers_maketime_zwfw_bar")
def zjeg_rss_markers_maketime_zwfw_bar(story: Story) -> Wrapped:
    """A 浙江 county portal's column page on the province's 集约化 template: the 浙江政务服务网 bar,
    `<title>` the headline or the site alone, `<meta name="Maketime">` a later day, the headline a table cell,
    发布日期/信息来源/访问次数/【字体】 in one cell, the text between `ZJEG_RSS.content` comments and
    `ContentStart`/`ContentEnd` metas, 打印本页 关闭窗口, 热点信息 with days."""
    rng = _rng(story, "zjeg")
    place = rng.choice(PLACES)
    site = f"{place}人民政府门户网站"
    office = f"{place}人民政府办公室"
    column = rng.choice(["部门动态", "乡镇动态", "招商引资", "政务要闻"])
    day = story.published
    col = rng.randrange(1229000000, 1229999999)
    art = rng.randrange(10**7, 6 * 10**7)
    made = _moment_after(day or dt.date(2021, 3, 18), rng, 1, 400)
    host = f"www.example-r20-zj{rng.randrange(10, 99)}.gov.cn"
    path = f"/art/{day.year}/{day.month}/{day.day}/art_{col}_{art}.html" if day else f"/art/art_{col}_{art}.html"
    source = escape(story.outlet) if story.outlet else office
    zoom = "".join(f'<a href="javascript:doZoom({s})">{z}</a> ' for s, z in ((20, "大"), (16, "中"), (12, "小")))
    info = _join(
        [
            f"发布日期：{day:%Y-%m-%d}" if day else "",
            f"信息来源：{source}",
            f'访问次数：<span id="c_{art}"></span>',
            f"【字体：{zoom.strip()}】",
        ],
        "&nbsp;&nbsp;&nbsp;",
    )
    page_title = story.headline if story.headline and rng.random() < 0.5 else site
    heading = f'<tr><td class="title" align="center">{headline_html(story)}</td></tr>' if story.headline else ""
    hot = _pick(rng, OTHER_NEWS, 5)
    hot_rows, hot_html = _rows_of(hot, _dated_others(rng, day or made.date(), 5, most=40))
    menu = ["首页", "政务公开", "政务服务", "互动交流", "数据开放", f"走进{place}"]
    bar = f"浙江政务服务网{place}站点"
    logins = "个人登录法人登录"
    icp, police = _licences(rng, "浙")
    label = f"网站标识码：33{rng.randrange(10**7, 10**8)}"
    hits = f"/module/visitcount/articlehits.jsp?colid={col}&amp;artid={art}"
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(page_title)}</title>
<meta name="Maketime" content="{made:%Y-%m-%d %H:%M:%S}">
<meta name="ColumnName" content="{column}"><meta name="SiteName" content="{site}">
<link href="/images/zjeg/style.css" rel="stylesheet" type="text/css" /></head>
<body><div class="zwfw-top"><div class="w1200"><a href="http://www.zjzwfw.gov.cn/">浙江政务服务网</a><span
 class="zd">{place}站点</span><span class="login"><a href="#">个人登录</a><a href="#">法人登录</a></span></div></div>
<div class="header w1200"><img src="/images/zjeg/logo.png" alt="{site}" /></div>
<div class="nav"><ul class="w1200">{"".join(f'<li><a href="#">{m}</a></li>' for m in menu)}</ul></div>
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/zwgk/">政务公开</a> &gt; <a
 href="/col/col{col}/index.html">{column}</a></div>
<div class="w1200 main"><div class="main-left"><table width="100%" border="0" cellspacing="0" cellpadding="0"
 class="art-table">{heading}
<tr><td class="info" align="center">{info}</td></tr>
<tr><td class="bt_content"><div id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{_ps(story.lines)}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div></td></tr></table>
<div class="art-tools"><a href="javascript:window.print()">打印本页</a> <a
 href="javascript:window.close()">关闭窗口</a></div></div>
<div class="main-right"><div class="hot-hd">热点信息</div><ul class="hot-list">{hot_html}</ul></div></div>
<script language="javascript" src="{hits}"></script>
<div class="footer"><p>主办：{office}　承办：{place}大数据发展管理局</p><p>{label}　{icp}　{police}</p></div>
</body></html>"""
    furniture = (bar + logins, "".join(menu), f"当前位置：首页>政务公开>{column}", "访问次数", "【字体：大中小】")
    furniture += ("打印本页关闭窗口", "热点信息", *hot_rows, f"主办：{office}", label, icp, police)
    furniture += () if story.outlet else (f"信息来源：{office}",)
    return Wrapped(html, furniture, f"http://{host}{path}")


@unseen20("jcms_xxgk_spaced_labels_datastore")
def jcms_xxgk_spaced_labels_datastore(story: Story) -> Wrapped:
    """A 政府信息公开 detail on a 大汉 JCMS-like 信息公开 system: the 公开 header and nav, a 信息公开目录 of
    部门, an index table with spaced labels (索 引 号, 文　　号, 有 效 性) whose 生成日期 is the only day and whose
    发布机构 is the outlet (the 部门 where the story names none), the headline a `<div>`, 【打印本页】【关闭窗口】,
    相关信息 only as CDATA records with days in a jpage `<script type="text/xml">` datastore."""
    rng = _rng(story, "jcmsxxgk")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    bureau = f"{place}{rng.choice(DEPARTMENTS)}"
    org = escape(story.outlet) if story.outlet else bureau
    day = story.published
    code = f"{rng.randrange(10**8, 10**9)}"
    serial = rng.randrange(1, 99999)
    idx = f"{code}/{day.year}-{serial:05d}" if day else f"{code}-{serial:06d}-{rng.randrange(100, 999)}"
    rows = [
        ("索 引 号", idx, "公开方式", "主动公开"),
        ("发布机构", org, "生成日期", f"{day:%Y-%m-%d}" if day else ""),
        ("主题分类", "综合政务 / 其他", "公开时限", "长期公开"),
        ("文　　号", "", "公开范围", "面向全社会"),
        ("有 效 性", "有效", "体裁分类", "其他"),
    ]
    table = "".join(
        f'<tr><td class="lab">{a}：</td><td class="val">{b}</td><td class="lab">{c}：</td><td class="val">{d}</td></tr>'
        for a, b, c, d in rows
    )
    page_title = story.headline if story.headline and rng.random() < 0.5 else f"政府信息公开_{site}"
    heading = f'<div class="xxgk_title">{headline_html(story)}</div>' if story.headline else ""
    nav = ["信息公开指南", "信息公开制度", "法定主动公开内容", "信息公开年报", "依申请公开"]
    units = [f"{place}人民政府办公室", *(f"{place}{d}" for d in DEPARTMENTS[:5])]
    tree = "".join(f'<li><a href="#">{u}</a></li>' for u in units)
    others = _pick(rng, OTHER_NEWS, 5)
    other_days = _dated_others(rng, day or dt.date(2021, 6, 1), 5, most=60)
    records = "\n".join(
        f'<record><![CDATA[\n<li><a href="/art/{d.year}/{d.month}/{d.day}/art_{rng.randrange(1000, 9999)}_'
        f'{rng.randrange(10**6, 10**7)}.html" target="_blank" title="{t}">{t}</a><span>{d:%Y-%m-%d}</span></li>\n]]>'
        f"</record>"
        for t, d in zip(others, other_days, strict=True)
    )
    other_rows = [f"{t}{d:%Y-%m-%d}" for t, d in zip(others, other_days, strict=True)]
    unit = rng.randrange(1000, 9999)
    jpage = (
        "$(document).ready(function(){ $('#" + str(unit) + "').jpage({dataStore: dataStore, perPage: 5, "
        "showMode: 'full', barPosition: 'none'}); });"
    )
    icp, police = _numbers(rng)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(page_title)}</title>
<link rel="stylesheet" href="/module/xxgk/css/xxgk.css"></head><body>
<div class="xxgk-head"><div class="w1100"><img src="/images/xxgk_logo.png" alt="{site}"><span
 class="xxgk-name">{place}政府信息公开</span></div></div>
<div class="xxgk-nav"><ul class="w1100">{"".join(f'<li><a href="#">{n}</a></li>' for n in nav)}</ul></div>
<div class="w1100 xxgk-main"><div class="xxgk-left"><div class="left-hd">信息公开目录</div><ul>{tree}</ul></div>
<div class="xxgk-right"><table class="xxgk_table" cellspacing="0" cellpadding="0">{table}</table>
{heading}
<div id="zoom" class="xxgk_content">
{_ps(story.lines)}
</div>
<div class="xxgk_btn"><a href="javascript:window.print()">【打印本页】</a><a
 href="javascript:window.close()">【关闭窗口】</a></div>
<div class="xgxx"><div class="xgxx-hd">相关信息</div><div id="{unit}"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/xxgk/search.jsp?infotypeId=0&amp;vc_bm={code}&amp;area=" ></a>]]></nextgroup>
<recordset>
{records}
</recordset></datastore></script><script src="/module/jslib/jquery/jpage/jquery.jpage.js"></script>
<script>{jpage}</script></div></div></div></div>
<div class="footer"><p>{site}办公室主办　{icp}　{police}</p></div></body></html>"""
    furniture = (f"{place}政府信息公开", "".join(nav), "信息公开目录" + "".join(units), f"索 引 号：{idx}")
    furniture += ("公开方式：主动公开", "主题分类：综合政务 / 其他", "公开时限：长期公开", "公开范围：面向全社会")
    furniture += (
        "有 效 性：有效",
        "【打印本页】【关闭窗口】",
        "相关信息",
        *other_rows,
        f"{site}办公室主办",
        icp,
        police,
    )
    furniture += () if story.outlet else (f"发布机构：{bureau}",)
    host = f"www.example-r20-xxgk{rng.randrange(10, 99)}.gov.cn"
    return Wrapped(html, furniture, f"http://{host}/art/xxgk/{code}_{serial}.html")


@unseen20("gkmlpt_classify_table_post_config")
def gkmlpt_classify_table_post_config(story: Story) -> Wrapped:
    """A 广东-like 政府信息公开目录平台 post: `<title>` headline - site or the 目录's name, a 机构列表 with
    切换机构, a classify table (索引号, 分类, the 部门 as 发布机构, 成文日期 days before 发布日期, 名称 the
    headline again, 文号, 主题词), the `<h1>` (absent where the story has none) with 来源 under it, 【打印】【字体】
    分享, `window._CONFIG` with the post's title, epoch seconds and a later lastModified."""
    rng = _rng(story, "gkmlpt")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    bureau = f"{place}{rng.choice(DEPARTMENTS)}"
    day = story.published
    moment = _at(day, rng) if day else None
    written = day - dt.timedelta(days=rng.randrange(1, 6)) if day else None
    shown = ""
    if moment:
        shown = f"{moment:%Y-%m-%d %H:%M:%S}" if rng.random() < 0.5 else f"{moment:%Y-%m-%d}"
    code = f"{rng.randrange(10**8, 10**9)}"
    idx = f"{code}/{day.year}-{rng.randrange(1, 99999):05d}" if day else f"{code}/{rng.randrange(10**5, 10**6)}"
    category = "商贸、海关、旅游；其他"
    cells = [
        ("索引号：", idx, "分类：", category),
        ("发布机构：", bureau, "成文日期：", f"{written:%Y-%m-%d}" if written else ""),
        ("名称：", headline_html(story), None, None),
        ("文号：", "", "发布日期：", shown),
        ("主题词：", "", None, None),
    ]
    table = ""
    for a, b, c, d in cells:
        if c is None:
            table += f'<tr><td class="td-label">{a}</td><td class="td-value" colspan="3">{b}</td></tr>'
        else:
            table += (
                f'<tr><td class="td-label">{a}</td><td class="td-value">{b}</td><td class="td-label">{c}</td>'
                f'<td class="td-value">{d}</td></tr>'
            )
    post_id = rng.randrange(10**6, 10**7)
    modified = _moment_after(day or dt.date(2021, 4, 2), rng, 3, 300)
    config = {
        "SID": str(rng.randrange(700, 799)),
        "SITE_NAME": site,
        "ORG": {"id": rng.randrange(1000, 9999), "name": bureau},
        "POST": {
            "id": post_id,
            "title": story.headline or "",
            "date": _epoch_ms(moment) // 1000 if moment else None,
            "source": story.outlet or "",
            "views": rng.randrange(20, 3000),
        },
        "lastModified": _epoch_ms(modified) // 1000,
    }
    catalogue = f"{site}政府信息公开目录"
    page_title = f"{story.headline} - {site}" if story.headline and rng.random() < 0.5 else catalogue
    nav = ["信息公开指南", "信息公开制度", "法定主动公开内容", "信息公开年报", "依申请公开"]
    units = [f"{place}人民政府办公室", *(f"{place}{d}" for d in DEPARTMENTS)]
    heading = f'<h1 class="content-title">{headline_html(story)}</h1>' if story.headline else ""
    if story.outlet:
        heading += f'<div class="content-source">来源：{escape(story.outlet)}</div>'
    icp, police = _licences(rng, "粤")
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{escape(page_title)}</title>
<link rel="stylesheet" href="/gkmlpt/static/css/detail.css"></head><body><div id="app">
<div class="gk-header"><div class="wrap"><span class="gk-site">{site}</span><span
 class="gk-name">政府信息公开目录</span></div></div>
<div class="gk-nav"><div class="wrap">{"".join(f'<a href="#">{n}</a>' for n in nav)}</div></div>
<div class="wrap gk-body"><div class="gk-side"><div class="org-switch">机构列表<a href="#">切换机构 ▼</a></div>
<ul class="org-list">{"".join(f'<li><a href="#">{u}</a></li>' for u in units)}</ul></div>
<div class="gk-detail"><div class="classify"><table>{table}</table></div>
<div class="content-container">{heading}
<div class="article-content">
{_ps(story.lines)}
</div>
<div class="content-tools"><a href="javascript:window.print()">【打印】</a><span>【字体：<a href="#">大</a> <a
 href="#">中</a> <a href="#">小</a>】</span><span class="share">分享：<a href="#">微信</a><a
 href="#">微博</a></span></div>
</div></div></div>
<div class="gk-footer"><p>主办：{site}办公室　{icp}　{police}</p></div></div>
<script>window._CONFIG = {_script_json(config)};</script>
<script src="/gkmlpt/static/js/detail.js"></script></body></html>"""
    furniture = (catalogue, "".join(nav), "机构列表切换机构" + "".join(units), f"索引号：{idx}分类：{category}")
    furniture += ("【打印】【字体：大中小】分享：微信微博", f"主办：{site}办公室", icp, police)
    furniture += (f"发布机构：{bureau}",)
    host = f"www.example-r20-gd{rng.randrange(10, 99)}.gov.cn"
    folder = post_id // 1000
    return Wrapped(html, furniture, f"http://{host}/gkmlpt/content/{folder // 1000}/{folder}/post_{post_id}.html")


@unseen20("guifan_wenjianku_shixiao_fields")
def guifan_wenjianku_shixiao_fields(story: Story) -> Wrapped:
    """A city's 行政规范性文件库 detail: the library's `<h1>` and search box, filters with counts, the
    `<h2>` headline (absent where the story has none) with a 文号 under it and a 时效 badge, a fields table
    (发文机关 the office, 成文日期 before 发布日期 as 2021年01月09日, 施行日期 a month later, 有效期至 years later,
    统一登记号, 信息来源), tabs, a 附件, 相关解读 with later days, 最新文件 with earlier days."""
    rng = _rng(story, "wenjianku")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    office = f"{place}人民政府办公室"
    library = "行政规范性文件库"
    day = story.published
    abbr = place[0]
    number = rng.randrange(1, 40)
    doc_no = f"{abbr}政办规〔{day.year}〕{number}号" if day else ""
    register = f"{abbr.upper()}GF{day.year}{rng.randrange(100, 999)}" if day else ""

    def cn(d: dt.date) -> str:
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"

    fields = [("发文机关", office)]
    status = "现行有效"
    if day:
        written = day - dt.timedelta(days=rng.randrange(2, 9))
        effective = day + dt.timedelta(days=30)
        until = effective.replace(year=effective.year + 5) - dt.timedelta(days=1)
        status = "现行有效" if until >= dt.date(2024, 6, 30) else "已失效"
        fields += [
            ("文　　号", doc_no),
            ("成文日期", cn(written)),
            ("发布日期", cn(day)),
            ("施行日期", cn(effective)),
            ("有效期至", cn(until)),
            ("统一登记号", register),
        ]
    if story.outlet:
        fields.append(("信息来源", escape(story.outlet)))
    fields += [("时效性", status), ("主题分类", "商贸、海关、旅游")]
    field_html = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in fields)
    kinds = [("市政府文件", rng.randrange(50, 200)), ("市政府办公室文件", rng.randrange(80, 300))]
    kinds.append(("部门文件", rng.randrange(100, 500)))
    states = [
        ("现行有效", rng.randrange(200, 600)),
        ("已修改", rng.randrange(5, 40)),
        ("已废止", rng.randrange(20, 90)),
    ]
    years = list(range(2024, 2015, -1))
    filter_rows = [
        "文件类型" + "".join(f"{k}（{n}）" for k, n in kinds),
        "时效性" + "".join(f"{k}（{n}）" for k, n in states),
        "发布年份" + "".join(str(y) for y in years),
    ]
    filters = (
        '<div class="flt"><h4>文件类型</h4><ul>'
        + "".join(f'<li><a href="#">{k}（{n}）</a></li>' for k, n in kinds)
        + '</ul></div><div class="flt"><h4>时效性</h4><ul>'
        + "".join(f'<li><a href="#">{k}（{n}）</a></li>' for k, n in states)
        + '</ul></div><div class="flt"><h4>发布年份</h4><ul>'
        + "".join(f'<li><a href="#">{y}</a></li>' for y in years)
        + "</ul></div>"
    )
    base = day or dt.date(2021, 5, 20)
    readings = _pick(rng, POLICY_TITLES, 2)
    reading_titles = [f"一图读懂《{readings[0]}》", f"《{readings[1]}》政策解读"]
    reading_rows, reading_html = _rows_of(reading_titles, _dated_others(rng, base, 2, before=False, most=30))
    latest = _pick(rng, [t for t in POLICY_TITLES if t not in readings], 3)
    latest_titles = [f"{place}{t}" for t in latest]
    latest_rows, latest_html = _rows_of(latest_titles, _dated_others(rng, base, 3, most=90))
    heading = ""
    if story.headline:
        heading = f'<h2 class="wj-title">{headline_html(story)}</h2>'
        if doc_no:
            heading += f'<p class="wj-no">{doc_no}</p>'
    badge = f'<span class="sx-badge{" sx-valid" if status == "现行有效" else ""}">{status}</span>'
    tabs = ["原文", "政策解读", "图解", "历史版本"]
    attachment = f"附件：文件正文（{rng.randrange(100, 900)}KB）.pdf"
    page_title = f"{story.headline}_{library}_{site}" if story.headline else f"{library}_{site}"
    icp, police = _numbers(rng)
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(page_title)}</title>
<link rel="stylesheet" href="/wjk/css/wjk.css"></head><body>
<div class="wjk-top"><div class="w1200"><a href="/"><img src="/images/logo.png" alt="{site}"></a><h1
 class="wjk-name">{library}</h1><div class="wjk-search"><input type="text" placeholder="请输入文件标题或文号"><button
 type="button">检索</button></div></div></div>
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a
 href="/wjk/">{library}</a></div>
<div class="w1200 wjk-main"><div class="wjk-filter">{filters}</div>
<div class="wjk-detail"><div class="wj-head">{heading}{badge}</div>
<table class="wj-fields">{field_html}</table>
<div class="wj-tabs">{"".join(f'<a class="{"on" if t == "原文" else ""}" href="#">{t}</a>' for t in tabs)}</div>
<div class="wj-text" id="zoom">
{_ps(story.lines)}
</div>
<p class="wj-attach"><a href="#">{attachment}</a></p>
<div class="wj-tools"><a href="javascript:window.print()">【打印】</a><a
 href="javascript:window.close()">【关闭】</a></div>
<div class="wj-rel"><h4>相关解读</h4><ul>{reading_html}</ul></div>
<div class="wj-rel"><h4>最新文件</h4><ul>{latest_html}</ul></div></div></div>
<div class="footer"><p>主办：{office}　{icp}　{police}</p></div></body></html>"""
    furniture = (library, f"当前位置：首页>政务公开>{library}", *filter_rows)
    furniture += (f"时效性{status}", "主题分类商贸、海关、旅游", "".join(tabs), attachment, "【打印】【关闭】")
    furniture += ("相关解读", *reading_rows, "最新文件", *latest_rows, f"主办：{office}", icp, police)
    if day:
        furniture += (doc_no, f"统一登记号{register}")
        furniture += tuple(f"{k}{v}" for k, v in fields if k in ("施行日期", "有效期至", "成文日期"))
    furniture += (f"发文机关{office}",)
    host = f"www.example-r20-wjk{rng.randrange(10, 99)}.gov.cn"
    return Wrapped(html, furniture, f"http://{host}/wjk/detail.html?id={rng.randrange(10**5, 10**6)}")


# ---------------------------------------------------------------- parks, city papers and their apps


@unseen20("metinfo_yuanqu_shownews_issue_hits")
def metinfo_yuanqu_shownews_issue_hits(story: Story) -> Wrapped:
    """An 产业园 operator's site on a MetInfo-like template: `<title>` headline-site or 园区动态-site,
    the generator meta, a 新闻资讯 / NEWS banner, column tabs, the `<h1>` (absent where the story has none), the
    time in seconds and the issuer (the outlet, or the 运营部) unlabelled by icons, hits, `met-editor` text, 标签,
    上一篇/下一篇 with titles, 为您推荐, 热门资讯 with days, Powered by MetInfo."""
    rng = _rng(story, "metinfo")
    place = rng.choice(PLACES)
    park = f"{place[:-1]}{rng.choice(['智能制造', '数字经济', '生物医药', '新材料'])}产业园"
    company = f"{place[:-1]}产业园运营管理有限公司"
    department = f"{park}招商运营部"
    issuer = escape(story.outlet) if story.outlet else department
    day = story.published
    moment = _at(day, rng) if day else None
    hits = rng.randrange(50, 4000)
    info = []
    if moment:
        info.append(f'<span><i class="icon wb-time m-r-5"></i>{moment:%Y-%m-%d %H:%M:%S}</span>')
    info.append(f'<span><i class="icon wb-user m-r-5"></i>{issuer}</span>')
    info.append(f'<span><i class="icon wb-eye m-r-5"></i><font class="met_hits">{hits}</font></span>')
    heading = f"<h1 class='m-0'>{headline_html(story)}</h1>" if story.headline else ""
    tabs = ["园区动态", "招商政策", "行业资讯", "通知公告"]
    menu = ["网站首页", "园区概况", "新闻资讯", "招商服务", "入驻企业", "配套设施", "联系我们"]
    neighbours = _pick(rng, OTHER_NEWS, 2)
    recommend = _pick(rng, [t for t in OTHER_NEWS if t not in neighbours], 3)
    popular = _pick(rng, [t for t in OTHER_NEWS if t not in neighbours + recommend], 3)
    popular_rows, popular_html = _rows_of(popular, _dated_others(rng, day or dt.date(2021, 8, 8), 3, most=50))
    tags = f"标签：{place[:-1]}产业园 园区动态"
    phone = f"0{rng.randrange(550, 599)}-{rng.randrange(10**7, 10**8)}"
    address = f"{place}经济开发区创业大道{rng.randrange(1, 300)}号"
    page_title = f"{story.headline}-{park}" if story.headline else f"园区动态-{park}"
    data_variable = f"{park}|cn|10001|{rng.randrange(1, 999)}|2|news"
    pager = (
        f"<li class='page-item m-b-0'><a href='../news/shownews.php?id={rng.randrange(100, 999)}' title='"
        f"{neighbours[0]}' class='page-link text-truncate'>上一篇<span aria-hidden='true' class='hidden-xs-down'>："
        f"{neighbours[0]}</span></a></li><li class='page-item m-b-0'><a href='../news/shownews.php?id="
        f"{rng.randrange(100, 999)}' title='{neighbours[1]}' class='page-link pull-xs-right text-truncate'>下一篇<span"
        f" aria-hidden='true' class='hidden-xs-down'>：{neighbours[1]}</span></a></li>"
    )
    html = f"""<!DOCTYPE HTML>
<html class="" lang="zh-cn"><head><meta charset="utf-8"><meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<meta name="generator" content="MetInfo 7.5.0" data-variable="{data_variable}">
<title>{escape(page_title)}</title><meta name="description" content="{park}">
<link href="../public/web/css/basic.css" rel="stylesheet" type="text/css"></head>
<body class="met-navfixed"><header class="met-head" m-id="met_head" m-type="head_nav"><nav class="navbar
 navbar-default box-shadow-none met-nav"><div class="container"><h3 hidden>{park}</h3><a href="../"
 class="met-logo"><img src="../upload/logo.png" alt="{park}"></a><ul class="nav navbar-nav navlist">
{"".join(f"<li class='nav-item'><a href='#' class='nav-link'>{m}</a></li>" for m in menu)}</ul></div></nav></header>
<div class="met-banner-ny vertical-align text-center" m-id="banner"><h3 class="vertical-align-middle">新闻资讯</h3>
<p>NEWS</p></div>
<div class="met-column-nav" m-id="subcolumn_nav"><div class="container"><ul class="met-column-nav-ul">
{"".join(f"<li><a href='#' class='{'active' if t == '园区动态' else ''}'>{t}</a></li>" for t in tabs)}</ul></div></div>
<main class="met-shownews animsition"><div class="container"><div class="row"><div class="col-md-9 met-shownews-body"
 m-id="noset"><div class="row"><section class="details-title border-bottom1">{heading}<div class="info
 font-weight-300">{"".join(info)}</div></section>
<section class="met-editor clearfix">
{_ps(story.lines)}
</section>
<div class="tag"><span>{tags}</span></div>
<div class="met-page p-y-30 border-top1"><ul class="pagination block blocks-2">{pager}</ul></div></div></div>
<div class="col-md-3"><aside class="met-sidebar panel panel-body m-b-0" boxmh-h m-id="news_bar"><div
 class="sidebar-news-list recommend"><h3 class="font-size-16 m-0">为您推荐</h3><ul class="list-group
 list-group-bordered m-t-10 m-b-0">{"".join(f'<li class="list-group-item"><a href="#">{t}</a></li>' for t in recommend)}
</ul></div><div class="sidebar-news-list"><h3 class="font-size-16 m-0">热门资讯</h3><ul>{popular_html}</ul></div>
</aside></div></div></div></main>
<footer class="met-foot-info border-top1" m-id="met_foot" m-type="foot"><div class="met-footnav text-center">
<p>{company}　地址：{address}　电话：{phone}</p><p>Powered by MetInfo 7.5.0</p></div></footer></body></html>"""
    furniture = ("".join(menu), "新闻资讯NEWS", "".join(tabs), tags, f"上一篇：{neighbours[0]}下一篇：{neighbours[1]}")
    furniture += (
        "为您推荐",
        *recommend,
        "热门资讯",
        *popular_rows,
        f"{company}　地址：{address}",
        "Powered by MetInfo",
    )
    furniture += () if story.outlet else (department,)
    host = f"www.example-r20-park{rng.randrange(10, 99)}.com"
    return Wrapped(html, furniture, f"http://{host}/news/shownews.php?id={rng.randrange(100, 999)}")


@unseen20("founder_city_paper_enpcontent_hot_rank")
def founder_city_paper_enpcontent_hot_rank(story: Story) -> Wrapped:
    """A city paper's news site on a 方正翔宇-like CMS: the `enpproperty` comment (its date and title
    empty where the story has none), the 报系 brands and a later 今天是 day, `<title>` headline_column_site or
    column_site, the `<h1>`, the time, 来源 (the site where the story names none) and 编辑, the text between
    `enpcontent` comments, （责任编辑）, 分享到, 相关新闻 with month-day times, 24小时热门 ranked."""
    rng = _rng(story, "founder")
    place = rng.choice(PLACES)
    city = place[:-1]
    paper = f"{city}日报"
    site = f"{city}新闻网"
    column = rng.choice(["本地新闻", "时政要闻", "经济观察"])
    node = rng.randrange(100, 999)
    day = story.published
    moment = _at(day, rng) if day else None
    article_id = rng.randrange(10**6, 10**7)
    editor, chief = rng.sample(NAMES, 2)
    today = _moment_after(day or dt.date(2021, 2, 1), rng, 1, 200)
    weekday = "一二三四五六日"[today.weekday()]
    today_line = f"今天是{_cn_day(today)} 星期{weekday}"
    prop = (
        f"<!--enpproperty <articleid>{article_id}</articleid><date>"
        f"{moment.strftime('%Y-%m-%d %H:%M:%S') + '.0' if moment else ''}</date><author></author><title>"
        f"{headline_html(story)}</title><keyword></keyword><subtitle></subtitle><introtitle></introtitle><siteid>1"
        f"</siteid><nodeid>{node}</nodeid><nodename>{column}</nodename><nodesearchname>{column}</nodesearchname>"
        f"/enpproperty-->"
    )
    source = escape(story.outlet) if story.outlet else site
    info = _join(
        [
            f'<span class="time">{moment:%Y-%m-%d %H:%M}</span>' if moment else "",
            f'<span class="source">来源：{source}</span>',
            f'<span class="editor">编辑：{editor}</span>',
        ],
        "",
    )
    brands = [paper, f"{city}晚报", "数字报", f"{city}发布客户端"]
    menu = ["首页", "本地", "时政", "经济", "社会", "文旅", "评论", "专题", "视频"]
    hot = _pick(rng, OTHER_NEWS, 6)
    hot_html = "".join(f'<li><em class="n{i + 1}">{i + 1}</em><a href="#">{t}</a></li>' for i, t in enumerate(hot))
    hot_rows = [f"{i + 1}{t}" for i, t in enumerate(hot)]
    related = _pick(rng, [t for t in OTHER_NEWS if t not in hot], 3)
    related_days = [_at(d, rng) for d in _dated_others(rng, day or today.date(), 3, most=20)]
    related_rows = [f"{t}{d:%m-%d %H:%M}" for t, d in zip(related, related_days, strict=True)]
    related_html = "".join(
        f'<li><a href="#">{t}</a><span>{d:%m-%d %H:%M}</span></li>' for t, d in zip(related, related_days, strict=True)
    )
    share = "分享到：微信 微博 QQ空间"
    licence = f"互联网新闻信息服务许可证：{rng.randrange(10**10, 10**11)}"
    rights = f"{paper}社主办　版权所有　未经授权禁止转载"
    page_title = f"{story.headline}_{column}_{site}" if story.headline else f"{column}_{site}"
    heading = f'<h1 class="art-title">{headline_html(story)}</h1>' if story.headline else ""
    icp, police = _numbers(rng)
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{escape(page_title)}</title>
<meta name="keywords" content="{column}"><meta name="description" content="{site}">
<link href="/static/css/content.css" rel="stylesheet"></head><body>
{prop}
<div class="topbar"><div class="w1200"><span class="today">{today_line}</span><span class="brands">
{"".join(f'<a href="#">{b}</a>' for b in brands)}</span></div></div>
<div class="header w1200"><a href="/"><img src="/static/images/logo.png" alt="{site}"></a></div>
<div class="nav"><ul class="w1200">{"".join(f'<li><a href="#">{m}</a></li>' for m in menu)}</ul></div>
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="#">{column}</a> &gt; 正文</div>
<div class="w1200 main"><div class="main-l"><div class="art">{heading}
<div class="art-info">{info}<span class="zh">字号：<a href="#">A+</a> <a href="#">A-</a></span></div>
<div class="art-con" id="ozoom"><!--enpcontent-->
{_ps(story.lines)}
<!--/enpcontent--></div>
<div class="art-zebian">（责任编辑：{chief}）</div>
<div class="art-share">{share}</div>
<div class="art-rel"><h3>相关新闻</h3><ul>{related_html}</ul></div></div></div>
<div class="main-r"><div class="hot"><h3>24小时热门</h3><ol>{hot_html}</ol></div></div></div>
<div class="footer"><p>{rights}</p><p>{licence}　{icp}　{police}</p></div></body></html>"""
    furniture = (today_line, "".join(brands), "".join(menu), f"当前位置：首页>{column}>正文", f"编辑：{editor}")
    furniture += ("字号：A+A-", f"（责任编辑：{chief}）", share, "相关新闻", *related_rows, "24小时热门", *hot_rows)
    furniture += (rights, licence, icp, police)
    furniture += () if story.outlet else (f"来源：{site}",)
    host = f"www.example-r20-news{rng.randrange(10, 99)}.cn"
    path = f"/content/{day:%Y-%m}/{day:%d}/content_{article_id}.htm" if day else f"/news/content_{article_id}.htm"
    return Wrapped(html, furniture, f"http://{host}{path}")


@unseen20("paper_app_hao_statement_account_posts")
def paper_app_hao_statement_account_posts(story: Story) -> Wrapped:
    """A city paper app's 号 platform share page: the 打开 strip, `<title>` the headline (the account's
    号 page for a 动态 without one), the `<h1>`, the account unlabelled (made up where the story names none) with
    a 号 tag and the time, 关注, 阅读/点赞, the platform's statement, the account's card with TA的文章 and days,
    热门评论 with short days and provinces, 相关推荐, `window.__DATA__` with a later updateTime."""
    rng = _rng(story, "paperhao")
    place = rng.choice(PLACES)
    city = place[:-1]
    app = rng.choice([f"{city}派", f"掌上{city}", f"{city}+"])
    hao = f"{app}号"
    account = story.outlet or f"{city}投促"
    day = story.published
    moment = _at(day, rng) if day else None
    shown = ""
    if moment:
        shown = f"{moment:%Y-%m-%d %H:%M}" if rng.random() < 0.5 else f"{moment.year}年{moment:%m月%d日 %H:%M}"
    updated = (moment or _at(dt.date(2021, 7, 7), rng)) + dt.timedelta(days=rng.randrange(1, 12), hours=3)
    reads = rng.randrange(300, 60000)
    read_text = f"阅读 {reads / 10000:.1f}万" if reads >= 10000 else f"阅读 {reads}"
    likes = f"点赞 {rng.randrange(5, 900)}"
    statement = f"本文来自【{hao}】，仅代表作者观点。{hao}平台仅提供信息发布与传播服务。"
    fans = f"粉丝 {rng.randrange(1, 90)}.{rng.randrange(10)}万　文章 {rng.randrange(100, 5000)}"
    posts = _pick(rng, OTHER_NEWS, 3)
    post_rows, post_html = _rows_of(posts, _dated_others(rng, day or updated.date(), 3, most=25))
    comments = rng.sample(READER_COMMENTS, 2)
    comment_days = [(moment or updated) + dt.timedelta(days=i + 1) for i in range(2)]
    comment_places = rng.sample(PROVINCES, 2)
    comment_rows = [
        f"{app}网友{i + 1}{c}{d:%m-%d}{p}"
        for i, (c, d, p) in enumerate(zip(comments, comment_days, comment_places, strict=True))
    ]
    comment_html = "".join(
        f'<div class="cmt"><span class="nick">{app}网友{i + 1}</span><p class="txt">{c}</p><span class="meta">'
        f"{d:%m-%d} {p}</span></div>"
        for i, (c, d, p) in enumerate(zip(comments, comment_days, comment_places, strict=True))
    )
    related = _pick(rng, [t for t in OTHER_NEWS if t not in posts], 2)
    data = {
        "article": {
            "id": rng.randrange(10**7, 10**8),
            "title": story.headline or "",
            "type": "article" if story.headline else "dynamic",
            "author": {"name": account, "type": "hao"},
            "publishTime": moment.strftime("%Y-%m-%d %H:%M:%S") if moment else "",
            "updateTime": updated.strftime("%Y-%m-%d %H:%M:%S"),
            "readCount": reads,
        }
    }
    meta = f'<span class="hao-name">{escape(account)}</span><span class="hao-tag">{hao}</span>'
    if shown:
        meta += f'<span class="time">{shown}</span>'
    heading = f'<h1 class="art-title">{headline_html(story)}</h1>' if story.headline else ""
    page_title = story.headline or f"{account}的{hao}"
    strip = f"打开{app}客户端，阅读体验更佳"
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no"><title>{escape(page_title)}</title>
</head><body><div class="open-strip"><img src="/static/app-logo.png" alt=""><span>{strip}</span><a
 class="open-btn" href="#">打开</a></div>
<div class="article">{heading}
<div class="author-row"><img class="avatar" src="/avatar/{rng.randrange(10**6)}.jpg" alt="">{meta}<button
 class="follow">+关注</button></div>
<div class="art-content">
{_ps(story.lines)}
</div>
<div class="art-counts"><span>{read_text}</span><span>{likes}</span></div>
<p class="statement">{statement}</p></div>
<div class="hao-card"><div class="hao-card-name">{escape(account)}</div><div class="hao-card-num">{fans}</div>
<h3>TA的文章</h3><ul>{post_html}</ul></div>
<div class="comments"><h3>热门评论</h3>{comment_html}</div>
<div class="recommend"><h3>相关推荐</h3><ul>{"".join(f'<li><a href="#">{t}</a></li>' for t in related)}</ul></div>
<div class="open-bottom">打开{app}，查看更多精彩内容</div>
<script>window.__DATA__ = {_script_json(data)};</script></body></html>"""
    furniture = (strip, hao, read_text + likes, statement, fans, "TA的文章", *post_rows, "热门评论")
    furniture += (*comment_rows, "相关推荐", *related, f"打开{app}，查看更多精彩内容")
    furniture += () if story.outlet else (account,)
    host = f"h5.example-r20-app{rng.randrange(10, 99)}.cn"
    return Wrapped(html, furniture, f"https://{host}/hao/detail?id={data['article']['id']}")


# ---------------------------------------------------------------- self-media and its mirrors


@unseen20("kuaizixun_mirror_statement_pageconfig")
def kuaizixun_mirror_statement_pageconfig(story: Story) -> Wrapped:
    """A 快资讯-like search engine's mirror of an account's article: `<title>` headline-快资讯 (the
    platform's name where the story has none), channels and a search box, the `<h1>`, the account unlabelled
    (made up where the story names none) and the time, 举报, the platform's statement, 相关文章 with accounts and
    评 counts, 热门搜索, `pageConfig` with epoch seconds and a later crawl time."""
    rng = _rng(story, "kuaizixun")
    place = rng.choice(PLACES)
    platform = "快资讯"
    account = story.outlet or f"{place[:-1]}身边事"
    day = story.published
    moment = _at(day, rng) if day else None
    crawled = (moment or _at(dt.date(2021, 10, 3), rng)) + dt.timedelta(hours=rng.randrange(2, 72))
    info = f'<span class="source">{escape(account)}</span>'
    if moment:
        info += f'<span class="time">{moment:%Y-%m-%d %H:%M}</span>'
    statement = (
        "本文为自媒体、作者等快资讯作者上传并发布，仅代表作者观点，不代表快资讯的观点或立场，快资讯仅提供信息发布平台。"
    )
    channels = ["推荐", "热点", "本地", "财经", "科技", "汽车", "房产", "健康"]
    related = _pick(rng, OTHER_NEWS, 4)
    related_accounts = [f"{p[:-1]}资讯" for p in rng.sample(PLACES, 4)]
    related_counts = [f"{rng.randrange(1, 300)}评" for _ in related]
    related_rows = [f"{t}{a}{c}" for t, a, c in zip(related, related_accounts, related_counts, strict=True)]
    related_html = "".join(
        f'<li><a class="t" href="#">{t}</a><p class="m"><span>{a}</span><span>{c}</span></p></li>'
        for t, a, c in zip(related, related_accounts, related_counts, strict=True)
    )
    searches = [f"{place[:-1]}招聘信息", f"{place[:-1]}天气预报", f"{place[:-1]}房价", "新能源汽车补贴", "社保查询"]
    sign = f"360_{rng.randrange(16**8):08x}"
    page_id = f"9{rng.randrange(16**16):016x}"
    config = {
        "pageId": page_id,
        "title": story.headline or "",
        "source": account,
        "pubtime": _epoch_ms(moment) // 1000 if moment else 0,
        "crawltime": _epoch_ms(crawled) // 1000,
        "sign": sign,
    }
    heading = f'<h1 class="title">{headline_html(story)}</h1>' if story.headline else ""
    page_title = f"{story.headline}-{platform}" if story.headline else platform
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(page_title)}</title>
<meta name="keywords" content="{platform}"><meta name="source" content="{escape(account)}">
<link rel="stylesheet" href="/static/pc/detail.css"></head><body>
<div class="header"><div class="wrap"><a class="logo" href="/">{platform}</a><ul class="channels">
{"".join(f'<li><a href="#">{c}</a></li>' for c in channels)}</ul><div class="so"><input type="text"><button
 type="button">搜索</button></div></div></div>
<div class="wrap main"><div class="left"><div class="article">{heading}
<div class="info">{info}<a class="report" href="#">举报</a></div>
<div class="content">
{_ps(story.lines)}
</div>
<p class="statement">{statement}</p></div>
<div class="related"><h3>相关文章</h3><ul>{related_html}</ul></div></div>
<div class="right"><div class="hot-search"><h3>热门搜索</h3><ol>
{"".join(f'<li><a href="#">{s}</a></li>' for s in searches)}</ol></div></div></div>
<div class="footer">{platform}　用户协议　隐私政策　意见反馈</div>
<script>var pageConfig = {_script_json(config)};</script></body></html>"""
    furniture = ("".join(channels), statement, "相关文章", *related_rows, "热门搜索" + "".join(searches))
    furniture += ("用户协议　隐私政策　意见反馈",)
    furniture += () if story.outlet else (account,)
    return Wrapped(
        html, furniture, f"https://www.example-r20-kuai.com/pc/{page_id}?cota=3&kuai_so=1&sign={sign}&refer_scene=so_1"
    )


@unseen20("gzh_reprint_source_card_heji")
def gzh_reprint_source_card_heji(story: Story) -> Wrapped:
    """A 公众号 article of a county 招商 account reposting another's: `<title>` and og:title the headline
    (the account's name where the story has none), `#activity-name`, the host `#js_name` with the time in two
    forms and 发表于 a province, 以下文章来源于 the outlet's card (原创 where the story names none), 收录于合集,
    阅读原文, 喜欢此内容的人还喜欢, 精选留言 with days, 微信扫一扫, `var ct`."""
    rng = _rng(story, "gzhcard")
    place = rng.choice(PLACES)
    host_account = f"{place[:-1]}投资促进"
    day = story.published
    moment = _at(day, rng) if day else None
    shown = ""
    if moment:
        shown = f"{moment:%Y-%m-%d %H:%M}" if rng.random() < 0.5 else f"{_cn_day(moment)} {moment:%H:%M}"
    province = rng.choice(PROVINCES)
    meta = '<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);"'
    meta += f' class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">{host_account}</a></span>'
    meta += f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{shown}</em>'
    meta += '<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于<span id="js_ip_wording">'
    meta += f"{province}</span></em>"
    desc = "权威发布，服务群众"
    if story.outlet:
        card = (
            f'<div class="original_primary_card_tips">以下文章来源于{escape(story.outlet)}</div><div '
            f'class="original_primary_card appmsg_card_context wx_tap_card js_wx_tap_highlight" id="copyright_info">'
            f'<img class="original_primary_avatar" src="/avatar/{rng.randrange(10**6)}.png" alt=""><strong '
            f'class="original_primary_nickname">{escape(story.outlet)}</strong><p class="original_primary_desc">'
            f"{desc}</p></div>"
        )
        tag = ""
    else:
        card = ""
        tag = '<span id="copyright_logo" class="rich_media_meta icon_appmsg_tag appmsg_title_tag">原创</span>'
    album_count = rng.randrange(10, 200)
    album = f"收录于合集 #{place[:-1]}招商动态 {album_count}个"
    liked = _pick(rng, OTHER_NEWS, 3)
    liked_accounts = [f"{p[:-1]}发布" for p in rng.sample(PLACES, 3)]
    liked_rows = [f"{t}{a}" for t, a in zip(liked, liked_accounts, strict=True)]
    liked_html = "".join(
        f'<div class="relate_article_item"><span class="title">{t}</span><span class="nick">{a}</span></div>'
        for t, a in zip(liked, liked_accounts, strict=True)
    )
    comments = rng.sample(READER_COMMENTS, 2)
    names = [f"{rng.choice(['晨曦', '远山', '小溪', '老周'])}{i + 1}" for i in range(2)]
    comment_days = [(moment or _at(dt.date(2021, 9, 9), rng)) + dt.timedelta(days=i + 1) for i in range(2)]
    comment_rows = [f"{n}{c}{d.month}月{d.day}日" for n, c, d in zip(names, comments, comment_days, strict=True)]
    comment_html = "".join(
        f'<li class="discuss_item"><div class="nickname">{n}</div><div class="discuss_message">{c}</div><div '
        f'class="discuss_extra_info">{d.month}月{d.day}日</div></li>'
        for n, c, d in zip(names, comments, comment_days, strict=True)
    )
    heading = f'<h1 class="rich_media_title" id="activity-name">{headline_html(story)}</h1>' if story.headline else ""
    page_title = story.headline or host_account
    scripts = [
        f"var nickname = {_script_json(host_account)};",
        f"var msg_title = {_script_json(story.headline or '')}.html(false);",
        f'var ct = "{_epoch_ms(moment) // 1000}";' if moment else 'var ct = "";',
        f'var user_name = "gh_{rng.randrange(16**12):012x}";',
    ]
    follow = "微信扫一扫关注该公众号"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport"
 content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{escape(page_title)}"><meta property="og:type" content="article">
<title>{escape(page_title)}</title></head><body id="activity-detail" class="zh_CN wx_wap_page">
<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content"
 class="rich_media_area_primary"><div class="rich_media_area_primary_inner">{heading}
<div id="meta_content" class="rich_media_meta_list">{tag}{meta}</div>
{card}
<div class="album_read_directory"><span class="album_title">{album}</span></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">
{_ps(story.lines, ' style="text-indent:2em;line-height:1.75em;"')}
</div>
<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source" href="#">阅读原文</a></div>
<div class="relate_article"><div class="relate_title">喜欢此内容的人还喜欢</div>{liked_html}</div>
<div class="discuss_container"><div class="discuss_title">精选留言</div><ul>{comment_html}</ul></div>
<div class="qr_code_pc"><p>{follow}</p></div></div></div></div></div>
<script>{" ".join(scripts)}</script></body></html>"""
    furniture = (album, "阅读原文", "喜欢此内容的人还喜欢", *liked_rows, "精选留言", *comment_rows, follow)
    furniture += (f"发表于{province}",)
    furniture += (f"{story.outlet}{desc}",) if story.outlet else ("原创",)
    host = "mp.example-r20-weixin.com"
    return Wrapped(html, furniture, f"https://{host}/s/{rng.randrange(16**22):022x}")


# ---------------------------------------------------------------- document and print views, a central site


@unseen20("yozo_dcs_attachment_preview_pages")
def yozo_dcs_attachment_preview_pages(story: Story) -> Wrapped:
    """A portal's attachment in a 永中-like conversion viewer: `<title>` the file's name (附件N：the
    headline, or an upload code P0… where the story has none or half the time), the toolbar and 第 1 页 / 共 N
    页, a watermark, A4 `word-page` boxes of paragraphs cut into styled runs, the headline a centred run,
    （2021年1月9日） under it or the 落款 at the end, — N — page feet, `fileInfo` with a later convertTime."""
    rng = _rng(story, "yozo")
    day = story.published
    uploaded = _moment_after(day or dt.date(2021, 11, 15), rng, 0, 5)
    code = f"P0{uploaded:%Y%m%d}{rng.randrange(10**11, 10**12)}"
    extension = rng.choice(["docx", "doc"])
    number = rng.randrange(1, 4)
    if story.headline and rng.random() < 0.5:
        file_name = f"附件{number}：{story.headline}.{extension}"
    else:
        file_name = f"{code}.{extension}"
    converted = uploaded + dt.timedelta(days=rng.randrange(1, 200), hours=1)
    body_style = "font-family:仿宋_GB2312;font-size:16.0pt;color:#000000"
    blocks = []
    if story.headline:
        title_style = "font-family:方正小标宋简体;font-size:22.0pt"
        runs = "".join(f'<span style="{title_style}">{escape(p)}</span>' for p in _pieces(story.headline, rng, 2))
        blocks.append(f'<p style="text-align:center;line-height:28.0pt;margin:0 0 14pt 0">{runs}</p>')
    signed = day is not None and (story.headline is None or rng.random() < 0.5)
    if day and not signed:
        blocks.append(
            f'<p style="text-align:center;line-height:28.0pt;margin:0"><span style="font-family:楷体_GB2312;'
            f'font-size:16.0pt">（{_cn_day(day)}）</span></p>'
        )
    for line in story.lines:
        runs = "".join(f'<span style="{body_style}">{escape(p)}</span>' for p in _pieces(line, rng))
        blocks.append(f'<p style="text-align:justify;text-indent:32.0pt;line-height:28.0pt;margin:0">{runs}</p>')
    if signed and day:
        if story.outlet:
            blocks.append(
                f'<p style="text-align:right;line-height:28.0pt;margin:14pt 32pt 0 0"><span style="{body_style}">'
                f"{escape(story.outlet)}</span></p>"
            )
        blocks.append(
            f'<p style="text-align:right;line-height:28.0pt;margin:0 32pt 0 0"><span style="{body_style}">'
            f"{_cn_day(day)}</span></p>"
        )
    elif story.outlet:
        blocks.append(
            f'<p style="text-indent:32.0pt;line-height:28.0pt;margin:14pt 0 0 0"><span style="{body_style}">'
            f"（来源：{escape(story.outlet)}）</span></p>"
        )
    per_page = 6
    pages = [blocks[i : i + per_page] for i in range(0, len(blocks), per_page)]
    count = len(pages)
    page_html = "".join(
        f'<div class="word-page" id="page{n + 1}" style="width:794px;min-height:1123px;position:relative;"><div '
        f'class="word-content" style="padding:96px 113px 96px 113px;">{"".join(chunk)}</div><div class="page-foot" '
        f'style="position:absolute;bottom:48px;width:100%;text-align:center;">— {n + 1} —</div></div>'
        for n, chunk in enumerate(pages)
    )
    tools = ["下载", "打印", "放大", "缩小", "适合页宽", "全屏"]
    pager = f"第 1 页 / 共 {count} 页"
    watermark = "仅供在线预览"
    info = {
        "fileName": file_name,
        "pageCount": count,
        "convertType": "0",
        "convertTime": converted.strftime("%Y-%m-%d %H:%M:%S"),
        "watermark": watermark,
    }
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(file_name)}</title>
<link rel="stylesheet" href="/dcs/view/css/view.css"></head><body class="dcs-view">
<div class="dcs-toolbar"><span class="dcs-file">{escape(file_name)}</span><div class="dcs-tools">
{"".join(f'<a class="dcs-btn" href="javascript:;">{t}</a>' for t in tools)}</div><span
 class="dcs-pager">{pager}</span></div>
<div class="dcs-watermark" aria-hidden="true">{watermark}</div>
<div id="pageContainer" class="dcs-pages">{page_html}</div>
<div class="dcs-foot">文档在线预览服务</div>
<script>var fileInfo = {_script_json(info)};</script></body></html>"""
    furniture = ("".join(tools) + pager, watermark, "文档在线预览服务")
    furniture += (file_name,)
    host = f"dcs.example-r20-{rng.randrange(10, 99)}.gov.cn"
    return Wrapped(html, furniture, f"http://{host}/view/{rng.randrange(16**16):016x}?file={code}.{extension}")


@unseen20("chrome_print_pdftohtml_headers")
def chrome_print_pdftohtml_headers(story: Story) -> Wrapped:
    """A county page printed to PDF by a browser, then turned into HTML by pdftohtml: `<title>` the
    page's (headline_column_site, or the site), generator and date `<meta>`s, every printed row an absolutely
    placed `<p>`: the print's header (a later time, the page's title) and footer (the address, n/N) on every
    page, the site's name and nav, the crumb, the headline cut into rows, 发布日期/来源/浏览次数, the paragraphs
    cut at the line's width, 【打印本页】【关闭窗口】, the site's footer."""
    rng = _rng(story, "pdftohtml")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column = rng.choice(list(COLUMN_FOLDERS))
    office = f"{place}人民政府办公室"
    day = story.published
    printed = _moment_after(day or dt.date(2021, 6, 22), rng, 1, 500)
    stamp = f"{printed.year}/{printed.month}/{printed.day} {printed:%H:%M}"
    page_title = f"{story.headline}_{column}_{site}" if story.headline else site
    host = f"www.example-r20-pr{rng.randrange(10, 99)}.gov.cn"
    item = rng.randrange(10**5, 10**6)
    folder = COLUMN_FOLDERS[column]
    address = (
        f"http://{host}/{folder}/{day:%Y%m}/t{day:%Y%m%d}_{item}.html"
        if day
        else f"http://{host}/{folder}/content_{item}.html"
    )
    menu = ["首页", "政务公开", "政务服务", "互动交流", "走进" + place]
    views = f"浏览次数：{rng.randrange(30, 3000)}"
    blocks: list[list[tuple[int, str]]] = [[(48, site)], [(48, "　".join(menu))]]
    blocks.append([(48, f"当前位置：首页 > 政务公开 > {column}")])
    if story.headline:
        blocks.append([(120, piece) for piece in _rows(story.headline, 24)])
    info = _join(
        [f"发布日期：{day:%Y-%m-%d}" if day else "", f"来源：{story.outlet}" if story.outlet else "", views], "　"
    )
    blocks.append([(96, info)])
    for line in story.lines:
        rows = _rows(line, 36)
        blocks.append([(76 if i == 0 else 48, piece) for i, piece in enumerate(rows)])
    tools = "【打印本页】【关闭窗口】"
    icp, _police = _numbers(rng)
    blocks.append([(300, tools)])
    blocks.append([(48, f"主办单位：{office}　{icp}")])
    step, gap, first, last = 27, 9, 80, 1190
    pages: list[list[list[tuple[int, str]]]] = [[]]
    used = first
    for block in blocks:
        height = step * len(block) + gap
        if used + height > last and pages[-1]:
            pages.append([])
            used = first
        pages[-1].append(block)
        used += height
    total = len(pages)

    def row(top: int, left: int, text: str, font: int) -> str:
        return (
            f'<p style="position:absolute;top:{top}px;left:{left}px;white-space:nowrap" class="ft{font}">'
            f"{escape(text).replace(' ', '&#160;')}</p>"
        )

    page_html = []
    for n, page in enumerate(pages, start=1):
        parts = [row(22, 48, stamp, 10), row(22, 360, page_title, 10)]
        top = first
        for block in page:
            for left, text in block:
                parts.append(row(top, left, text, 12 if left == 120 else 11))
                top += step
            top += gap
        # a paragraph longer than a page is printed whole here: the page is as tall as it
        height = max(1262, top + 72)
        parts += [row(height - 38, 48, address, 10), row(height - 38, 820, f"{n}/{total}", 10)]
        page_html.append(
            f'<a name={n}></a><div id="page{n}-div" style="position:relative;width:892px;height:{height}px;">\n'
            f'<img width="892" height="{height}" src="print{n:03d}.png" alt="background image"/>\n'
            + "\n".join(parts)
            + "\n</div>"
        )
    html = f"""<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="" xml:lang="">
<head>
<title>{escape(page_title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
<meta name="generator" content="pdftohtml 0.86.1"/>
<meta name="creator" content="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"/>
<meta name="producer" content="Skia/PDF m96"/>
<meta name="date" content="{printed:%Y-%m-%dT%H:%M:%S}+08:00"/>
<style type="text/css">
<!--
	p {{margin: 0; padding: 0;}}	.ft10{{font-size:11px;font-family:Times;color:#000000;}}
	.ft11{{font-size:16px;font-family:SimSun;color:#333333;}}
	.ft12{{font-size:22px;font-family:SimHei;color:#000000;}}
-->
</style>
</head>
<body bgcolor="#A0A0A0" vlink="blue" link="blue">
{"".join(page_html)}
</body>
</html>"""
    furniture = (stamp, page_title, address, site + "　".join(menu), f"当前位置：首页>政务公开>{column}", views)
    furniture += (tools, f"主办单位：{office}", icp)
    return Wrapped(html, furniture, address)


@unseen20("cctv_arti_repaste_markers_zebian")
def cctv_arti_repaste_markers_zebian(story: Story) -> Wrapped:
    """A central broadcaster's news site ARTI page: `<title>` headline_新闻频道_site (the channel and
    site where the story has none), 正在阅读 repeating the headline over the page, the `<h1>` between
    `repaste.title` comments, 来源 (the site where the story names none) | 2021年01月09日 09:30, the text between
    `repaste.body` comments, 编辑 and 责任编辑, 相关新闻 with days, 热榜, `var itemid1` ending in yymmdd."""
    rng = _rng(story, "cctv")
    site = "央视网"
    channel = "新闻频道"
    day = story.published
    moment = _at(day, rng) if day else None
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20))
    item = f"ARTI{letters}{day:%y%m%d}" if day else f"ARTI{letters}"
    source = escape(story.outlet) if story.outlet else site
    info = f'来源：<a href="#" target="_blank">{source}</a>'
    if moment:
        info += f"　|　{moment:%Y年%m月%d日 %H:%M}"
    editor, chief = rng.sample(NAMES, 2)
    credits = f'<span class="bianji">编辑：{editor}</span><span class="zebian">责任编辑：{chief}</span>'
    reading = f'<div class="nav_daohang">正在阅读：<span>{headline_html(story)}</span></div>' if story.headline else ""
    heading = (
        f"<h1><!--repaste.title.begin-->{headline_html(story)}<!--repaste.title.end--></h1>" if story.headline else ""
    )
    menu = ["首页", "新闻", "体育", "综艺", "财经", "科技", "文化", "直播", "专题"]
    ranked = _pick(rng, OTHER_NEWS, 5)
    ranked_rows = [f"{i + 1}{t}" for i, t in enumerate(ranked)]
    ranked_html = "".join(f'<li><span class="num">{i + 1}</span><a href="#">{t}</a></li>' for i, t in enumerate(ranked))
    related = _pick(rng, [t for t in OTHER_NEWS if t not in ranked], 3)
    related_rows, related_html = _rows_of(related, _dated_others(rng, day or dt.date(2021, 12, 1), 3, most=30))
    scripts = (
        f'var itemid1="{item}";var commentTitle={_script_json(story.headline or "")};'
        f'var commentUrl="https://news.example-r20-cctv.cn/{item}.shtml";var column_id="TOPC1451528971114112";'
    )
    page_title = f"{story.headline}_{channel}_{site}(cctv.com)" if story.headline else f"{channel}_{site}(cctv.com)"
    share = "分享到：微信 微博 QQ空间"
    rights = f"{site}版权所有　不良信息举报电话：010-{rng.randrange(10**7, 10**8)}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(page_title)}</title>
<meta name="keywords" content=""><meta name="description" content="">
<meta name="spm-id" content="C94212.P4YnMod9m2uD.{item[:12]}">
<link type="text/css" rel="stylesheet" href="//p1.img.example-r20-cctv.cn/photoAlbum/templet/style.css"></head>
<body><div class="header_nav"><div class="column_wrapper"><a href="#" class="logo">{site}</a><ul>
{"".join(f'<li><a href="#">{m}</a></li>' for m in menu)}</ul></div></div>
{reading}
<div class="column_wrapper"><div class="col_w660"><div class="title_area">{heading}
<div class="info1">{info}</div><div class="info2"><span class="share">{share}</span></div></div>
<div class="content_area" id="content_area"><!--repaste.body.begin-->
{_ps(story.lines)}
<!--repaste.body.end--></div>
<div class="zebian">{credits}</div>
<div class="xgxw"><h3>相关新闻</h3><ul>{related_html}</ul></div></div>
<div class="col_w300"><div class="rebang"><h3>热榜</h3><ol>{ranked_html}</ol></div></div></div>
<div class="page_bottom">{rights}</div>
<script type="text/javascript">{scripts}</script></body></html>"""
    furniture = (
        "".join(menu),
        share,
        f"编辑：{editor}责任编辑：{chief}",
        "相关新闻",
        *related_rows,
        "热榜",
        *ranked_rows,
    )
    furniture += (rights,)
    furniture += (f"正在阅读：{story.headline}",) if story.headline else ()
    furniture += () if story.outlet else (f"来源：{site}",)
    path = f"/{day:%Y/%m/%d}/{item}.shtml" if day else f"/special/{item}.shtml"
    return Wrapped(html, furniture, f"https://news.example-r20-cctv.cn{path}")


DEV20, LOCKED20 = split_by_digest(UNSEEN20, "round 20/", locked=6)
