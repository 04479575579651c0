"""Twelve more page layouts written blind (round 22): before reading the HTML reader, and fixed against by nobody.

Round 22 is sealed: not scored when written; it is to be scored once, both halves, at the end of the web-page reader's
next change after round 21's, and nothing is fixed from its misses. Each layout is after a kind of Chinese page met in
the wild that rounds 1 to 21 did not draw, weighed toward what generalises (the frameworks and tools a whole class of
sites and captures share: Bootstrap's twin desktop and phone blocks, MUI's and Taro's app pages, Vue templates served
before any script ran, Save Page WE's saved pages, WordPress with Elementor and Yoast, DedeCMS's 防采集 mixing strings;
and kinds of pages: a portal's 会议公开 column, a Hong Kong 同鄉會's Big5 site, a 抖音 图文 note, a city paper's news
site noting its print edition, a finance portal's 公告 page), the headline competing with a meeting's, a template's, a
print edition's or an announcement's own title or prefixed by a company's name, and the dates such pages set beside
the article's own (a meeting's day, a save, a post's time in GMT and the zone's own, a print edition's next day, an
e-paper's later issue, a 落款 the day before, a creation in a script, comments' days):

- a city portal's 会议公开 detail: `<title>` headline_column_site (the meeting's name where the story has none), the top
  links, nav and crumb, the `<h1>` (the meeting's name where the story has none), 发布时间 (in one of two forms), 来源
  (the government's office where the story names none), 浏览次数 and 【字体：大 中 小】, the meeting's fields as a table
  or a list (会议名称 第N次常务会议 or 市长办公会议, 会议时间 the day or up to three days before, 会议地点, 主持人,
  出席人员, 列席人员), 会议内容 over the text, 【打印】【关闭】, 相关会议 with earlier days, 主办/承办, 网站标识码 and
  the province's licences;
- a county 部门's site on Bootstrap 3: the navbar with its sr-only Toggle navigation and the 部门 as its brand, the
  breadcrumb ending in 正文, the headline a page-header `<h3>` (absent where the story has none), the info bar twice:
  发布时间/来源 (the 部门 where the story names none)/阅读 in a `hidden-xs` line and 01月09日 09:30 · outlet in a
  `visible-xs-block` one, 打印/关闭 buttons, a phone-only 分享到, the text, the pager's 上一篇/下一篇, 相关信息 as
  list-group items with date badges before their titles, 部门概况 and 便民服务 panels, the footer with 技术支持,
  返回顶部;
- a county 商务局's or 招商 centre's page saved by Firefox's Save Page WE: the page's own `<title>` (headline-site, or
  the site), scripts kept as `type="text/plain"` with `data-savepage-src`, pictures as data: addresses, the
  savepage-shadowloader script, the savepage-url/title/pubdate (Unknown)/from/date (a later day as Tue Jun 04 2024
  08:35:37 GMT+0800 (中国标准时间))/state/version/comments metas, absolute links, 您的位置, the `<h1>` (absent where the
  story has none), 发布时间 in seconds, 来源 (the site where the story names none), the 点击数 its counter printed
  before the save, 上一篇/下一篇, the footer with its address;
- a city 投资促进局's site on Thymeleaf and Vue 2 from a `<script>` tag, kept as served before any script ran: `<title>`
  headline-bureau (新闻详情-bureau where the story has none), 欢迎访问, 简体 | 繁體 | English, the hotline and nav, then
  `#app` `v-cloak` holding its templates unrendered (the crumb's {{ detail.columnName }}, the `<h1>`'s {{ detail.title
  }}, 发布时间：{{ detail.publishTime | dateFmt }}, 来源, 浏览次数, `v-html="detail.content"`, 附件, 上一篇/下一篇, a
  `v-for` 热点资讯, 在线咨询), the data only in Thymeleaf's inlined script (the title, the content's markup, the source
  (the bureau where the story names none), publishTime, an earlier createTime, the neighbours and the hot list with
  their times);
- a county 融媒体 app's detail page on MUI (HBuilder) opened in a browser: `<title>` and the `mui-title` bar 资讯详情, a
  comment bar 写评论... 评论 N, the headline an `<h4>` (absent where the story has none), the outlet (the 融媒体中心
  where the story names none), the time in one of two forms and 阅读 N in an `mui-h6` line, the text, 点赞 N, the app's
  statement, 相关推荐 as `mui-table-view` cells with sources and days, 评论（N） with masked users and later times, the
  pull-up pocket's 没有更多数据了, `mui.init` and `plusReady` scripts;
- a county 政务 mini-program's H5 build on Taro 3, saved after rendering: `<title>` 资讯详情, the rem script,
  `#app.taro_router` and a `taro_page` whose id is the route, `<taro-view-core>` nodes: a nav bar (资讯详情 and the
  app's name), the headline's view (absent where the story has none), the outlet (the government's office where the
  story names none), the time in one of two forms and N次浏览 as `<taro-text-core>`s, the text inside
  `<taro-rich-text-core>`, 分享/收藏 buttons, 相关推荐 with days, a 返回首页 float;
- a 抖音-like web page of a 政务号's 图文 note: `<title>` the note's title - 抖音 (the account's 图文 where the story
  has none), the header's search and links, the side nav, a swiper with 图文 and 1/N, obfuscated class names, the title
  an `<h1>` (absent where the story has none), the caption's lines as `<span>`s between `<br>`s with # topics, 发布时间
  (absent where the story names no day), the counts, the account's card (made up where the story names none) with 粉丝
  and 获赞, 全部评论(N) with N天前·a province, 相关推荐 with counts, and `RENDER_DATA` as URI-encoded JSON with the
  title, the caption and createTime in epoch seconds;
- a Hong Kong 同鄉會's or 商會's old ASP site declared Big5, reposting a hometown report: the chrome in Traditional
  script, every character of the story Big5 cannot hold a numeric character reference, `<title>` headline - association
  (家鄉資訊 - association where the story has none), a banner, a nav of `|`s, a 熱烈慶祝 marquee, 會務快訊 with their
  days, 現在位置, the headline a `<td>` (absent where the story has none), 發佈日期 (2021年1月9日 or 2021-1-9), 來源
  (本會秘書處 where the story names none), 瀏覽次數, [返回上頁] [列印本頁] [關閉視窗], the footer's 版權所有, 會址,
  電話/傳真 and the 解像度 note;
- a county-built 境外经贸合作区's Chinese site on WordPress with Elementor Pro and Yoast SEO: the Yoast comments,
  `<title>` headline - zone (the zone's name where the story has none), og metas with article:published_time and a later
  modified_time in GMT (+00:00), the yoast-schema-graph with both, the zone's logo and menu, 中文/English/the host
  country's own language, a hotline in the country's code, the Elementor single-post template: the `<h1>` heading widget
  (absent where the story has none), post-info items (the author, 2021年1月9日 and 上午9:30 in the zone's own time, 3 to
  7 hours ahead of GMT, a made-up day where the story names none, the category), the post content (来源：X closing it
  where the story names one), the post navigation with its screen-reader 上一个/下一个, 相关新闻 posts with days, the
  footer;
- a finance portal's page of a listed company's 公告: `<title>` and the `<h1>` 简称：headline (a made-up
  关于签署项目投资合作协议的公告 where the story has none), the nav and crumb, the code and 简称, 公告日期 the story's
  day (a made-up day where it names none), 来源 (the exchange where the story names none), 查看PDF原文, the 公告's own
  head (证券代码, 证券简称, 公告编号 临2021-003 or 2021-003), the company's full name, the title again, the board's
  statement in the Shanghai or Shenzhen form, the text, 特此公告。, the board and its 落款 the day or the day before, a
  免责声明, 该公司其他公告 with their days;
- a city paper's news site (not its e-paper): `<title>` headline_column_site (column_site where the story has none), the
  报系's brands with 数字报/客户端, nav, crumb, the `<h1>` (absent where the story has none), the time, 来源 (the paper
  where the story names none), 作者 a 记者 (and 通讯员) byline, 原标题 the print edition's other headline half the time,
  the text, 本文刊发于《X日报》 the next day (or the same) 第N版：section with 查看数字报, 责任编辑, 分享到 and
  【纠错】, 相关新闻 with days, the 数字报 box with its later issue's day and 星期, 往期回顾, the paper's licence and
  举报电话;
- a city life portal (某某热线, 在线, 信息港) on DedeCMS's GBK edition declared gb2312, with 防采集混淆 on: `<title>`
  headline_column_site (column_site where the story has none), 您好，欢迎来到, the nav, 当前位置:主页 > column > with
  DedeCMS's trailing >, the `<h1>` (absent where the story has none), 时间, 来源 (DedeCMS's 未知 where the story names
  none), 作者 and 点击 with its count script, RndString's `<style>` hiding a random class, then before each paragraph's
  end (a short first one excepted: RndString skips the body's first fifty bytes) a mixing string (the site's own, or
  DedeCMS's defaults left in) in that class's `<span>`, `<div>` or `<p>` or in a white `<font>`, (责任编辑：X), the
  分隔线, 上一篇/下一篇 (没有了 half the time), 相关文章 with month-day dates, 推荐内容, the footer (Powered by DedeCms
  half the time); characters GBK cannot hold kept as numeric character references.

Where a story names no headline, each page keeps its kind's own title and headings (a column's, a site's, a
bureau's, an app's bar, a zone's, a platform's, an association's column) and shows no headline of the story, or a
made-up one where its kind always shows one (the meeting's name, the 抖音 account's 图文, the 公告's title), listed as
furniture; where it names no outlet, pages whose kind always names a source show their own (the government's office,
the 部门, the site, the bureau in a script, the 融媒体中心, the account, 本會秘書處, the exchange, the paper, 未知),
listed as furniture; where it names no date, the dates a page or a tool adds (a meeting's day, a save, a creation in
a script, a post's day, a 公告日期 and its 落款, a print edition's day, an e-paper's issue, comments' days) fall on
another day.

The split is fixed by a rule set before anything is scored: the six layouts whose names have the smallest SHA-256
digests of "round 22/" + name are `LOCKED22`, the other six `DEV22`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from html import escape
from urllib.parse import quote

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
from layouts.page_parts import _at, _epoch_ms, _join, _ps, _script_json
from layouts.unseen19 import _dated_others, _moment_after
from layouts.unseen20 import _licences, _rows_of

UNSEEN22: dict[str, Layout] = {}
NAMES = ["晏国庆", "禤志刚", "苑丽萍", "眭建华", "漆海燕", "韦德明"]
PROVINCES = ["四川", "云南", "广西", "陕西", "山东", "福建"]
DEPARTMENTS = ["商务局", "投资促进局", "发展和改革局", "工业和信息化局", "自然资源和规划局", "财政局"]
READER_COMMENTS = [
    "为家乡的发展点赞，越来越好",
    "希望签约项目早日落地见效",
    "营商环境一年比一年好了",
    "在家门口就能就业，真好",
]
# A Hong Kong 同鄉會's own notices, in Traditional script.
HANT_NOTICES = [
    "本會舉行新春團拜暨會員大會",
    "會長率團回鄉考察投資環境",
    "同鄉子弟獎學金頒發典禮圓滿舉行",
    "本會探訪區內長者送暖",
    "家鄉代表團訪港座談會",
    "本會慶祝成立周年聯歡晚宴",
]
HANT = str.maketrans({"县": "縣", "区": "區", "临": "臨", "东": "東", "云": "雲", "岭": "嶺"})
WEEK_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# A 1×1 PNG, as Save Page WE inlines every picture.
PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="


def unseen22(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN22)


def _ncr(html: str, encoding: str) -> str:
    """A page as a CMS stores what its charset cannot hold: each such character a numeric character reference."""
    held: dict[str, bool] = {}
    out = []
    for char in html:
        if char not in held:
            try:
                char.encode(encoding)
            except UnicodeEncodeError:
                held[char] = False
            else:
                held[char] = True
        out.append(char if held[char] else f"&#{ord(char)};")
    return "".join(out)


def _token(rng, length: int = 8) -> str:
    """A class name as an obfuscating build writes it: letters, digits and underscores."""
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return rng.choice(letters) + "".join(rng.choice(letters + "0123456789_") for _ in range(length - 1))


def _wan(count: int) -> str:
    """A count as Chinese platforms print it: 1.2万 past ten thousand."""
    return f"{count / 10000:.1f}万" if count >= 10000 else str(count)


def _ampm(moment: dt.datetime) -> str:
    """WordPress's zh_CN time (ag:i): 上午9:30, 下午3:05."""
    return f"{'上午' if moment.hour < 12 else '下午'}{moment.hour % 12 or 12}:{moment:%M}"


# ---------------------------------------------------------------- government portals and departments


@unseen22("huiyi_gongkai_changwuhui_chuxi_liexi")
def huiyi_gongkai_changwuhui_chuxi_liexi(story: Story) -> Wrapped:
    """A city portal's 会议公开 detail: `<title>` headline_column_site, the crumb, the `<h1>` (the meeting's name where
    the story has none), 发布时间/来源/浏览次数/【字体】, the meeting's fields (会议名称, 会议时间 the day or days
    before, 会议地点, 主持人, 出席人员, 列席人员) as a table or a list, 会议内容 over the text, 【打印】【关闭】,
    相关会议
    with their days, 主办/承办, 网站标识码 and the licences."""
    rng = _rng(story, "huiyigongkai")
    place = rng.choice(PLACES)
    city = f"{place[:-1]}市"
    site = f"{city}人民政府"
    office = f"{site}办公室"
    day = story.published
    moment = _at(day, rng) if day else None
    held = day - dt.timedelta(days=rng.randrange(0, 4)) if day else dt.date(2022, rng.randrange(1, 13), 12)
    number = rng.randrange(5, 60)
    standing = rng.random() < 0.6
    column = "常务会议" if standing else "市长办公会议"
    meeting = f"{site}第{number}次常务会议" if standing else f"{city}{held.year}年第{number}次市长办公会议"
    noon = rng.choice(["上午", "下午", ""])
    held_text = f"{held.year}年{held.month}月{held.day}日{noon}" if rng.random() < 0.5 else f"{held:%Y-%m-%d}"
    mayor, first, second, secretary = rng.sample(NAMES, 4)
    host = f"市长{mayor}" if standing else f"常务副市长{first}"
    attend = (
        f"副市长{first}、{second}，市政府秘书长{secretary}" if standing else f"副市长{second}，市政府秘书长{secretary}"
    )
    sit_in = "市政府办公室、市发展改革委、市商务局、市投资促进局、市自然资源和规划局主要负责同志"
    fields = [
        ("会议名称", meeting),
        ("会议时间", held_text),
        ("会议地点", f"市政府{rng.choice(['第一', '第三', '第五'])}会议室"),
        ("主持人", host),
        ("出席人员", attend),
        ("列席人员", sit_in),
    ]
    if rng.random() < 0.5:
        rows = "".join(f'<tr><th width="120">{k}</th><td>{v}</td></tr>' for k, v in fields)
        fields_html = f'<table class="hy-table" cellspacing="0" cellpadding="0">{rows}</table>'
    else:
        items = "".join(
            f'<li><span class="hy-label">{k}：</span><span class="hy-value">{v}</span></li>' for k, v in fields
        )
        fields_html = f'<ul class="hy-list">{items}</ul>'
    views = rng.randrange(40, 3000)
    source = escape(story.outlet) if story.outlet else office
    stamp = ""
    if moment:
        stamp = f"{moment:%Y-%m-%d %H:%M}" if rng.random() < 0.5 else f"{moment:%Y-%m-%d}"
    info = [f"<span>发布时间：{stamp}</span>"] if stamp else []
    info += [f"<span>来源：{source}</span>", f'<span>浏览次数：<em id="views">{views}</em></span>']
    info.append('<span class="font">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span>')
    earlier = [f"{site}第{number - i}次常务会议" for i in range(1, 4)]
    earlier_days = [held - dt.timedelta(days=7 * i + rng.randrange(0, 4)) for i in range(1, 4)]
    earlier_rows, earlier_html = _rows_of(earlier, earlier_days)
    top = ["无障碍", "长者模式", "English", "登录", "注册"]
    menu = ["首页", "走进" + city, "政务公开", "政务服务", "互动交流", "数据开放", "专题专栏"]
    icp, police = _licences(rng, rng.choice(["川", "滇", "桂", "陕", "鲁", "闽"]))
    code = f"{rng.randrange(10**9, 10**10)}"
    sponsor = f"主办：{office}　承办：{city}大数据发展管理局"
    title = story.headline or meeting
    page_title = f"{title}_{column}_{site}"
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(page_title)}</title>
<meta name="SiteName" content="{site}"><meta name="ColumnName" content="{column}">
<link rel="stylesheet" href="/images/hygk/css/detail.css"></head><body>
<div class="top"><div class="w1200">{" | ".join(f'<a href="#">{t}</a>' for t in top)}</div></div>
<div class="head"><div class="w1200"><img src="/images/logo.png" alt="{site}"></div></div>
<div class="nav"><ul class="w1200">{"".join(f'<li><a href="#">{m}</a></li>' for m in menu)}</ul></div>
<div class="w1200 crumb"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/hygk/">会议公开</a>
 &gt; <a href="#">{column}</a></div>
<div class="w1200 hy-detail"><h1 class="hy-title">{escape(title)}</h1>
<div class="hy-info">{"".join(info)}</div>
{fields_html}
<div class="hy-nr"><div class="hy-nr-hd">会议内容</div><div class="TRS_Editor" id="zoom">
{_ps(story.lines)}
</div></div>
<div class="hy-tools"><a href="javascript:window.print()">【打印】</a><a
 href="javascript:window.close()">【关闭】</a></div>
<div class="hy-related"><h3>相关会议</h3><ul>{earlier_html}</ul></div></div>
<div class="foot"><div class="w1200"><p>{sponsor}</p><p>网站标识码：{code}　{icp}　{police}</p></div></div>
</body></html>"""
    furniture = (
        " ".join(top),
        "".join(menu),
        f"首页>政务公开>会议公开>{column}",
        f"浏览次数：{views}",
        "【字体：大中小】",
    )
    furniture += tuple(f"{k}：{v}" for k, v in fields)
    furniture += (
        "会议内容",
        "【打印】【关闭】",
        "相关会议",
        *earlier_rows,
        sponsor,
        f"网站标识码：{code}",
        icp,
        police,
    )
    furniture += () if story.outlet else (f"来源：{office}",)
    furniture += () if story.headline else (meeting,)
    host_name = f"www.example-r22-hy{rng.randrange(10, 99)}.gov.cn"
    item = rng.randrange(10**6, 10**7)
    path = f"/zwgk/hygk/cwhy/{day:%Y%m}/t{day:%Y%m%d}_{item}.html" if day else f"/zwgk/hygk/cwhy/t_{item}.html"
    return Wrapped(html, furniture, f"http://{host_name}{path}")


@unseen22("bootstrap_visible_xs_twin_info_badges")
def bootstrap_visible_xs_twin_info_badges(story: Story) -> Wrapped:
    """A county 部门's site on Bootstrap 3: a navbar with its sr-only Toggle navigation, the breadcrumb, a page-header
    `<h3>`, the info bar twice (发布时间/来源/阅读 `hidden-xs`, the day · outlet `visible-xs-block`), 打印/关闭
    buttons, a mobile 分享到 row, the text, a pager, 相关信息 as list-group items with date badges, side panels,
    返回顶部, the footer with 技术支持."""
    rng = _rng(story, "bootstrapxs")
    place = rng.choice(PLACES)
    dept = f"{place}{rng.choice(DEPARTMENTS)}"
    column = rng.choice(["工作动态", "招商信息"])
    day = story.published
    moment = _at(day, rng) if day else None
    views = rng.randrange(20, 4000)
    source = escape(story.outlet) if story.outlet else dept
    source_text = story.outlet or dept
    wide = [f"<span>发布时间：{moment:%Y-%m-%d %H:%M}</span>"] if moment else []
    wide += [f"<span>来源：{source}</span>", f"<span>阅读：{views}</span>"]
    narrow = f'<p class="visible-xs-block text-muted small">{moment:%m月%d日 %H:%M} · {source}</p>' if moment else ""
    menu = ["首页", "部门概况", "政务公开", "工作动态", "招商信息", "政策法规", "互动交流"]
    neighbours = _pick(rng, OTHER_NEWS, 2)
    related = _pick(rng, [t for t in OTHER_NEWS if t not in neighbours], 4)
    related_days = _dated_others(rng, day or dt.date(2022, 10, 20), 4, most=60)
    related_rows = [f"{d:%Y-%m-%d}{t}" for t, d in zip(related, related_days, strict=True)]
    related_html = "".join(
        f'<a href="#" class="list-group-item"><span class="badge">{d:%Y-%m-%d}</span>{t}</a>'
        for t, d in zip(related, related_days, strict=True)
    )
    about = ["机构职能", "领导信息", "内设机构", "联系方式"]
    services = ["办事指南", "表格下载", "投诉举报"]
    company = rng.choice(["云帆网络科技有限公司", "政通信息技术有限公司", "博远软件有限公司"])
    icp, police = _numbers(rng)
    code = f"{rng.randrange(10**9, 10**10)}"
    heading = f'<div class="page-header"><h3>{headline_html(story)}</h3></div>' if story.headline else ""
    page_title = f"{story.headline} - {dept}" if story.headline else f"{column} - {dept}"
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page_title)}</title><link href="/static/bootstrap/3.3.7/css/bootstrap.min.css" rel="stylesheet">
<link href="/static/css/site.css" rel="stylesheet"></head><body id="top">
<nav class="navbar navbar-default navbar-static-top"><div class="container"><div class="navbar-header"><button
 type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#navbar" aria-expanded="false"><span
 class="sr-only">Toggle navigation</span><span class="icon-bar"></span><span class="icon-bar"></span><span
 class="icon-bar"></span></button><a class="navbar-brand" href="/">{dept}</a></div>
<div id="navbar" class="collapse navbar-collapse"><ul class="nav navbar-nav">
{"".join(f'<li><a href="#">{m}</a></li>' for m in menu)}</ul></div></div></nav>
<div class="container"><ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="#">{column}</a></li><li
 class="active">正文</li></ol>
<div class="row"><div class="col-md-9"><div class="article">{heading}
<p class="text-muted text-center hidden-xs article-info">{"　".join(wide)}</p>
{narrow}
<div class="btn-group btn-group-xs hidden-xs article-tools" role="group"><button type="button" class="btn btn-default"
 onclick="window.print()"><span class="glyphicon glyphicon-print"></span> 打印</button><button type="button"
 class="btn btn-default" onclick="window.close()"><span class="glyphicon glyphicon-remove"></span> 关闭</button></div>
<div class="article-content">
{_ps(story.lines)}
</div>
<div class="visible-xs-block article-share">分享到：<a href="#">微信</a> <a href="#">朋友圈</a></div>
<nav><ul class="pager"><li class="previous"><a href="#">&larr; 上一篇：{neighbours[0]}</a></li><li class="next"><a
 href="#">下一篇：{neighbours[1]} &rarr;</a></li></ul></nav></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">相关信息</h3></div><div
 class="list-group">{related_html}</div></div></div>
<div class="col-md-3"><div class="panel panel-primary"><div class="panel-heading">部门概况</div><div class="list-group">
{"".join(f'<a href="#" class="list-group-item">{a}</a>' for a in about)}</div></div>
<div class="panel panel-default"><div class="panel-heading">便民服务</div><div class="list-group">
{"".join(f'<a href="#" class="list-group-item">{s}</a>' for s in services)}</div></div></div></div></div>
<footer class="footer"><div class="container text-center"><p>主办单位：{dept}　承办单位：{place}大数据中心</p>
<p>网站标识码：{code}　{icp}　{police}</p><p>技术支持：{company}</p></div></footer>
<a href="#top" class="back-to-top"><span class="glyphicon glyphicon-chevron-up"></span> 返回顶部</a>
<script src="/static/jquery/1.12.4/jquery.min.js"></script>
<script src="/static/bootstrap/3.3.7/js/bootstrap.min.js"></script></body></html>"""
    furniture = (
        "Toggle navigation",
        "".join(menu),
        f"首页{column}正文",
        f"阅读：{views}",
        "打印关闭",
        "分享到：微信朋友圈",
    )
    furniture += (f"上一篇：{neighbours[0]}", f"下一篇：{neighbours[1]}", "相关信息", *related_rows)
    furniture += ("部门概况" + "".join(about), "便民服务" + "".join(services), f"主办单位：{dept}")
    furniture += (
        f"承办单位：{place}大数据中心",
        f"网站标识码：{code}",
        icp,
        police,
        f"技术支持：{company}",
        "返回顶部",
    )
    furniture += (f"{moment:%m月%d日 %H:%M}·{source_text}",) if moment else ()
    furniture += () if story.outlet else (f"来源：{dept}",)
    host = f"www.example-r22-bs{rng.randrange(10, 99)}.gov.cn"
    return Wrapped(
        html,
        furniture,
        f"http://{host}/{'gzdt' if column == '工作动态' else 'zsxx'}/{rng.randrange(10**4, 10**5)}.html",
    )


# ---------------------------------------------------------------- saved pages and a template left unrendered


@unseen22("savepage_we_shadowloader_saved_date")
def savepage_we_shadowloader_saved_date(story: Story) -> Wrapped:
    """A county 商务局's page saved by Firefox's Save Page WE: the page's own `<title>` (headline-site, or the site),
    its scripts kept as `type="text/plain"` with `data-savepage-src`, pictures as data: addresses, the
    savepage_ShadowLoader script and the savepage-url/title/pubdate (Unknown)/from/date (a later day in the browser's
    English form and 中国标准时间)/state/version/comments metas, the nav, 您的位置, the `<h1>`, 发布时间 in seconds,
    来源, the 点击数 its counter printed before the save, 上一篇/下一篇, the footer."""
    rng = _rng(story, "savepagewe")
    place = rng.choice(PLACES)
    dept = f"{place}{rng.choice(['商务局', '投资促进中心', '招商服务中心'])}"
    day = story.published
    moment = _at(day, rng) if day else None
    saved = _moment_after(day or dt.date(2022, 8, 1), rng, 1, 45)
    saved_text = (
        f"{WEEK_EN[saved.weekday()]} {MONTH_EN[saved.month - 1]} {saved.day:02d} {saved.year} {saved:%H:%M:%S} "
        "GMT+0800 (中国标准时间)"
    )
    host = f"www.example-r22-sp{rng.randrange(10, 99)}.gov.cn"
    item = rng.randrange(1000, 99999)
    path = f"/zsyz/zsdt/{day:%Y%m}/t{day:%Y%m%d}_{item}.html" if day else f"/zsyz/zsdt/{item}.html"
    address = f"http://{host}{path}"
    page_title = f"{story.headline}-{dept}" if story.headline else dept
    hits = rng.randrange(30, 3000)
    source = escape(story.outlet) if story.outlet else dept
    info = [f"发布时间：{moment:%Y-%m-%d %H:%M:%S}"] if moment else []
    info += [f"来源：{source}", f'点击数：<span id="hits">{hits}</span>']
    menu = ["网站首页", "机构概况", "政务公开", "招商引资", "投资环境", "政策法规", "办事服务"]
    folders = ["index", "jggk", "zwgk", "zsyz", "tzhj", "zcfg", "bsfw"]
    nav = "".join(f'<li><a href="http://{host}/{f}/">{m}</a></li>' for m, f in zip(menu, folders, strict=True))
    neighbours = _pick(rng, OTHER_NEWS, 2)
    icp, police = _numbers(rng)
    address_line = (
        f"地址：{place}人民路{rng.randrange(1, 300)}号　电话：0{rng.randrange(550, 999)}-{rng.randrange(10**6, 10**7)}"
    )
    state = (
        "Standard Items; Retain cross-origin frames; Merge CSS images; Remove unsaved URLs; Load lazy images in "
        "existing content; Max frame depth = 5; Max resource size = 50MB; Max resource time = 10s;"
    )
    loader = (
        '"use strict";window.addEventListener("DOMContentLoaded",function(event){savepage_ShadowLoader(5);},false);'
        "function savepage_ShadowLoader(c){createShadowDOMs(0,document.documentElement);function createShadowDOMs(a,b)"
        '{var i;if(b.localName=="iframe"||b.localName=="frame"){if(a<c){try{if(b.contentDocument.documentElement!=null)'
        "{createShadowDOMs(a+1,b.contentDocument.documentElement)}}catch(e){}}}else{if(b.children.length>=1&&"
        'b.children[0].localName=="template"&&b.children[0].hasAttribute("data-savepage-shadowroot")){b.attachShadow('
        '{mode:"open"}).appendChild(b.children[0].content);b.removeChild(b.children[0]);}for(i=0;i<b.children.length;'
        "i++)if(b.children[i]!=null)createShadowDOMs(a,b.children[i])}}}"
    )
    metas = [
        ("savepage-url", address),
        ("savepage-title", escape(page_title)),
        ("savepage-pubdate", "Unknown"),
        ("savepage-from", address),
        ("savepage-date", saved_text),
        ("savepage-state", state),
        ("savepage-version", rng.choice(["25.4", "26.1", "28.8"])),
        ("savepage-comments", ""),
    ]
    meta_html = "\n".join(f'<meta name="{k}" content="{v}">' for k, v in metas)
    picture = f"data:image/png;base64,{PIXEL}"
    heading = f'<h1 class="art-title">{headline_html(story)}</h1>' if story.headline else ""
    html = f"""<!DOCTYPE html><html><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{escape(page_title)}</title>
<meta name="keywords" content="{dept},招商引资"><meta name="description" content="{dept}">
<style>body{{margin:0;font-family:"Microsoft YaHei";}}.w1100{{width:1100px;margin:0 auto;}}</style>
<script data-savepage-type="" type="text/plain" data-savepage-src="/js/jquery-1.8.3.min.js"></script>
<script id="savepage-shadowloader" type="application/javascript">
{loader}
</script>
{meta_html}
</head><body>
<div class="header"><div class="w1100"><img data-savepage-src="/images/logo.png" src="{picture}"
 alt="{dept}"></div></div>
<div class="nav"><ul class="w1100">{nav}</ul></div>
<div class="w1100 position">您的位置：<a href="http://{host}/">首页</a> &gt; <a
 href="http://{host}/zsyz/">招商引资</a> &gt;
 <a href="http://{host}/zsyz/zsdt/">招商动态</a></div>
<div class="w1100 article">{heading}
<div class="art-info">{"　".join(info)}</div>
<div class="art-content" id="zoom">
{_ps(story.lines)}
</div>
<div class="art-page"><p>上一篇：<a href="http://{host}/zsyz/zsdt/{item - 1}.html">{neighbours[0]}</a></p>
<p>下一篇：<a href="http://{host}/zsyz/zsdt/{item + 1}.html">{neighbours[1]}</a></p></div></div>
<div class="footer"><div class="w1100"><p>{dept}　版权所有</p><p>{address_line}</p><p>{icp}　<img
 data-savepage-src="/images/ga.png" src="{picture}" alt="">{police}</p></div></div>
<script data-savepage-type="" type="text/plain" data-savepage-src="/inc/hits.js?id={item}"></script>
</body></html>"""
    furniture = ("".join(menu), "您的位置：首页>招商引资>招商动态", f"点击数：{hits}", f"上一篇：{neighbours[0]}")
    furniture += (f"下一篇：{neighbours[1]}", f"{dept}版权所有", address_line, icp, police)
    furniture += () if story.outlet else (f"来源：{dept}",)
    return Wrapped(html, furniture, address)


@unseen22("vue2_thymeleaf_mustache_unrendered")
def vue2_thymeleaf_mustache_unrendered(story: Story) -> Wrapped:
    """A city 投资促进局's site on Thymeleaf and Vue 2 from a `<script>` tag, kept as served, before any script ran:
    `<title>` headline-bureau (新闻详情-bureau where the story has none), the top bar, a hotline and the nav, then
    `#app` `v-cloak` holding the templates unrendered (`{{ detail.title }}`, 发布时间：{{ detail.publishTime |
    dateFmt }}, `v-html="detail.content"`, a `v-for` 热点资讯 list, 上一篇/下一篇), and the data only in Thymeleaf's
    inlined script: the title, the content's markup, publishTime and an earlier createTime, the source, the neighbours
    and the hot list with their times."""
    rng = _rng(story, "vue2mustache")
    place = rng.choice(PLACES)
    city = f"{place[:-1]}市"
    bureau = f"{city}{rng.choice(['投资促进局', '投资促进服务中心'])}"
    day = story.published
    moment = _at(day, rng) if day else None
    created = (moment or _at(dt.date(2022, 5, 10), rng)) - dt.timedelta(days=rng.randrange(0, 3), hours=3)
    news_id = rng.randrange(1000, 90000)
    views = rng.randrange(20, 5000)
    source = story.outlet or bureau
    content = "".join(f"<p>{escape(line)}</p>" for line in story.lines)
    detail = {
        "id": news_id,
        "title": story.headline or "",
        "source": source,
        "author": "",
        "columnName": "投资动态",
        "publishTime": f"{moment:%Y-%m-%d %H:%M:%S}" if moment else None,
        "createTime": f"{created:%Y-%m-%d %H:%M:%S}",
        "clickNum": views,
        "content": content,
        "attachments": [],
    }
    neighbours = _pick(rng, OTHER_NEWS, 2)
    hot = _pick(rng, [t for t in OTHER_NEWS if t not in neighbours], 5)
    hot_days = _dated_others(rng, day or created.date(), 5, most=50)
    hot_list = [
        {"id": news_id - 3 - i, "title": t, "publishTime": f"{d:%Y-%m-%d} 10:00:00"}
        for i, (t, d) in enumerate(zip(hot, hot_days, strict=True))
    ]
    prev = {"id": news_id - 1, "title": neighbours[0]}
    nxt = {"id": news_id + 1, "title": neighbours[1]}
    hotline = f"投资服务热线：0{rng.randrange(550, 999)}-{rng.randrange(10**7, 10**8)}"
    menu = ["首页", f"走进{city}", "投资环境", "产业招商", "投资政策", "投资动态", "项目发布", "投资服务"]
    icp, police = _numbers(rng)
    welcome = f"欢迎访问{bureau}官方网站！"
    languages = "简体 | 繁體 | English"
    info = (
        "<span>发布时间：{{ detail.publishTime | dateFmt }}</span><span>来源：{{ detail.source }}</span>"
        "<span>浏览次数：{{ detail.clickNum }}</span>"
    )
    data = (
        f"var detail = {_script_json(detail)};\nvar prev = {_script_json(prev)};\nvar next = {_script_json(nxt)};\n"
        f"var hotList = {_script_json(hot_list)};"
    )
    app = (
        "new Vue({el: '#app', data: {detail: detail, prev: prev, next: next, hotList: hotList}, filters: {dateFmt: "
        "function (v, f) {return v ? dayjs(v).format(f || 'YYYY-MM-DD HH:mm') : ''}}, methods: {consult: function () "
        "{window.open('/consult')}}});"
    )
    page_title = f"{story.headline}-{bureau}" if story.headline else f"新闻详情-{bureau}"
    html = f"""<!DOCTYPE html><html lang="zh-CN" xmlns:th="http://www.thymeleaf.org"><head><meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><title>{escape(page_title)}</title>
<link rel="stylesheet" href="/static/element-ui/lib/theme-chalk/index.css"><link rel="stylesheet"
 href="/static/css/detail.css"><style>[v-cloak]{{display:none !important;}}</style></head><body>
<div class="top-bar"><div class="w1200"><span>{welcome}</span><span class="fr">{languages}</span></div></div>
<div class="header"><div class="w1200"><img src="/static/img/logo.png" alt="{bureau}"><div
 class="hotline">{hotline}</div></div></div>
<div class="nav"><ul class="w1200">{"".join(f'<li><a href="#">{m}</a></li>' for m in menu)}</ul></div>
<div id="app" class="w1200 main" v-cloak>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/">投资动态</a> &gt;
 <span>{{{{ detail.columnName }}}}</span></div>
<div class="main-left"><div class="detail" v-if="detail">
<h1 class="detail-title">{{{{ detail.title }}}}</h1>
<div class="detail-info">{info}</div>
<div class="detail-content" v-html="detail.content"></div>
<div class="detail-attach" v-if="detail.attachments.length">附件：<a v-for="f in detail.attachments"
 :href="f.url">{{{{ f.name }}}}</a></div>
<div class="detail-nav"><p v-if="prev">上一篇：<a :href="'/news/detail/' + prev.id">{{{{ prev.title }}}}</a></p><p
 v-if="next">下一篇：<a :href="'/news/detail/' + next.id">{{{{ next.title }}}}</a></p></div></div></div>
<div class="main-right"><div class="side-box"><div class="side-hd">热点资讯</div><ul><li v-for="item in hotList"
 :key="item.id"><a :href="'/news/detail/' + item.id">{{{{ item.title }}}}</a><span>{{{{ item.publishTime |
 dateFmt('YYYY-MM-DD') }}}}</span></li></ul></div>
<div class="side-box"><el-button type="primary" @click="consult">在线咨询</el-button></div></div></div>
<div class="footer"><div class="w1200"><p>主办单位：{bureau}</p><p>{icp}　{police}</p></div></div>
<script src="/static/js/vue.min.js"></script><script src="/static/element-ui/lib/index.js"></script>
<script src="/static/js/dayjs.min.js"></script>
<script th:inline="javascript">
/*<![CDATA[*/
{data}
/*]]>*/
</script>
<script>{app}</script>
</body></html>"""
    furniture = (welcome, languages, hotline, "".join(menu), "当前位置：首页>投资动态>{{ detail.columnName }}")
    furniture += ("{{ detail.title }}", "发布时间：{{ detail.publishTime | dateFmt }}", "来源：{{ detail.source }}")
    furniture += ("浏览次数：{{ detail.clickNum }}", "附件：{{ f.name }}", "上一篇：{{ prev.title }}")
    furniture += ("下一篇：{{ next.title }}", "热点资讯{{ item.title }}{{ item.publishTime | dateFmt('YYYY-MM-DD') }}")
    furniture += ("在线咨询", f"主办单位：{bureau}", icp, police)
    host = f"tzcj.example-r22-{rng.randrange(10, 99)}.gov.cn"
    return Wrapped(html, furniture, f"http://{host}/news/detail/{news_id}")


# ---------------------------------------------------------------- mobile and self-media


@unseen22("mui_webview_pull_caption_comment_bar")
def mui_webview_pull_caption_comment_bar(story: Story) -> Wrapped:
    """A county 融媒体 app's detail page on MUI (HBuilder), opened in a browser: `<title>` and the `mui-title` bar
    资讯详情, the headline an `<h4>` (absent where the story has none), the outlet (the 融媒体中心 where the story names
    none), the time in one of two forms and 阅读 N in an `mui-h6` line, the text, 点赞, the app's statement, 相关推荐
    as `mui-table-view` cells with sources and days, 评论 with later times, the pull-up pocket's 没有更多数据了, the
    comment bar, `mui.init` and `plusReady` scripts."""
    rng = _rng(story, "muiwebview")
    place = rng.choice(PLACES)
    name = place[:-1]
    app = rng.choice([f"掌上{name}", f"爱{name}", f"{name}融媒"])
    centre = f"{place}融媒体中心"
    source = escape(story.outlet) if story.outlet else centre
    day = story.published
    moment = _at(day, rng) if day else None
    stamp = ""
    if moment:
        stamp = f"{moment:%Y-%m-%d %H:%M}" if rng.random() < 0.5 else f"{moment:%Y/%m/%d %H:%M}"
    reads = rng.randrange(100, 30000)
    likes = rng.randrange(3, 400)
    info = [f'<span class="src">{source}</span>']
    info += [f'<span class="time">{stamp}</span>'] if stamp else []
    info.append(f'<span class="read">阅读 {reads}</span>')
    statement = f"声明：本文由{app}客户端发布，转载请注明出处。"
    related = _pick(rng, OTHER_NEWS, 3)
    related_sources = [rng.choice([centre, f"{place}委宣传部", f"{place}发布"]) for _ in related]
    related_days = _dated_others(rng, day or dt.date(2022, 6, 18), 3, most=30)
    related_rows = [f"{t}{s}{d:%Y-%m-%d}" for t, s, d in zip(related, related_sources, related_days, strict=True)]
    related_html = "".join(
        f'<li class="mui-table-view-cell mui-media"><a href="javascript:;"><img class="mui-media-object mui-pull-right"'
        f' src="../../images/thumb{i}.jpg"><div class="mui-media-body">{t}<p class="mui-ellipsis">{s}　'
        f"{d:%Y-%m-%d}</p></div></a></li>"
        for i, (t, s, d) in enumerate(zip(related, related_sources, related_days, strict=True))
    )
    comments = rng.sample(READER_COMMENTS, 2)
    users = [f"用户{rng.randrange(130, 190)}****{rng.randrange(1000, 9999)}" for _ in comments]
    base = moment or _at(dt.date(2022, 6, 18), rng)
    comment_days = [base + dt.timedelta(days=i + 1, hours=rng.randrange(1, 6)) for i in range(2)]
    comment_rows = [f"{u}{c}{d:%m-%d %H:%M}" for u, c, d in zip(users, comments, comment_days, strict=True)]
    comment_html = "".join(
        f'<li class="mui-table-view-cell"><div class="cmt-user">{u}</div><p class="cmt-txt">{c}</p><p '
        f'class="cmt-time">{d:%m-%d %H:%M}</p></li>'
        for u, c, d in zip(users, comments, comment_days, strict=True)
    )
    script = (
        "mui.init({swipeBack: true, pullRefresh: {container: '#pullrefresh', up: {contentrefresh: '正在加载...', "
        "contentnomore: '没有更多数据了', callback: pullupRefresh}}});\nmui.plusReady(function () {var self = "
        "plus.webview.currentWebview(); getDetail(self.newsId);});"
    )
    heading = f'<h4 class="news-title">{headline_html(story)}</h4>' if story.headline else ""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no">
<title>资讯详情</title><link href="../../css/mui.min.css" rel="stylesheet"><link href="../../css/detail.css"
 rel="stylesheet"></head><body>
<header class="mui-bar mui-bar-nav"><a class="mui-action-back mui-icon mui-icon-left-nav mui-pull-left"></a><a
 id="share" class="mui-icon mui-icon-more mui-pull-right"></a><h1 class="mui-title">资讯详情</h1></header>
<nav class="mui-bar mui-bar-footer comment-bar"><div class="ipt">写评论...</div><span class="cmt-num">评论
 {len(comments)}</span><span class="mui-icon mui-icon-star"></span><span class="mui-icon mui-icon-upload"></span></nav>
<div class="mui-content"><div id="pullrefresh" class="mui-scroll-wrapper"><div class="mui-scroll">
<div class="news-head">{heading}<p class="mui-h6 news-info">{"".join(info)}</p></div>
<div class="news-content" id="content">
{_ps(story.lines)}
</div>
<div class="news-zan"><button type="button" class="mui-btn mui-btn-outlined"><span class="mui-icon-extra
 mui-icon-extra-like"></span>点赞 {likes}</button></div>
<p class="news-statement">{statement}</p>
<div class="mui-table-view-divider">相关推荐</div><ul class="mui-table-view">{related_html}</ul>
<div class="mui-table-view-divider">评论（{len(comments)}）</div><ul class="mui-table-view cmt-list">{comment_html}</ul>
<div class="mui-pull-bottom-pocket mui-block mui-visibility"><div class="mui-pull"><div class="mui-pull-loading mui-icon
 mui-spinner mui-hidden"></div><div class="mui-pull-caption mui-pull-caption-nomore">没有更多数据了</div></div></div>
</div></div></div>
<script src="../../js/mui.min.js"></script><script src="../../js/detail.js"></script>
<script>{script}</script></body></html>"""
    furniture = ("资讯详情", f"写评论...评论{len(comments)}", f"阅读{reads}", f"点赞{likes}", statement, "相关推荐")
    furniture += (*related_rows, f"评论（{len(comments)}）", *comment_rows, "没有更多数据了")
    furniture += () if story.outlet else (centre,)
    host = f"h5.example-r22-rm{rng.randrange(10, 99)}.cn"
    return Wrapped(html, furniture, f"https://{host}/pages/news/detail.html?id={rng.randrange(10**5, 10**6)}")


@unseen22("taro_h5_router_page_rich_text_core")
def taro_h5_router_page_rich_text_core(story: Story) -> Wrapped:
    """A county 政务 mini-program's H5 build on Taro 3, saved after rendering: `<title>` the page's 资讯详情, the
    rem script, `#app.taro_router` and a `taro_page` whose id is the route, `<taro-view-core>` nodes (a custom nav bar
    with its title, the headline's view absent where the story has none, the outlet (the government's office where
    the story names none), the time and N次浏览 as `<taro-text-core>`s), the text inside `<taro-rich-text-core>`,
    分享/收藏 buttons, 相关推荐 with days, a 返回首页 float."""
    rng = _rng(story, "taroh5")
    place = rng.choice(PLACES)
    name = place[:-1]
    app = rng.choice([f"{name}通", f"i{name}", f"{name}政务"])
    office = f"{place}人民政府办公室"
    source = escape(story.outlet) if story.outlet else office
    day = story.published
    moment = _at(day, rng) if day else None
    stamp = ""
    if moment:
        stamp = f"{moment:%Y-%m-%d %H:%M:%S}" if rng.random() < 0.5 else f"{moment.year}年{moment:%m月%d日}"
    views = rng.randrange(50, 9000)
    item = rng.randrange(10**4, 10**6)
    route = f"/pages/news/detail/index?id={item}"
    related = _pick(rng, OTHER_NEWS, 3)
    related_days = _dated_others(rng, day or dt.date(2023, 3, 8), 3, most=40)
    related_rows = [f"{t}{d:%Y-%m-%d}" for t, d in zip(related, related_days, strict=True)]
    related_html = "".join(
        f'<taro-view-core class="rec-item"><taro-text-core class="rec-item__title">{t}</taro-text-core>'
        f'<taro-text-core class="rec-item__date">{d:%Y-%m-%d}</taro-text-core></taro-view-core>'
        for t, d in zip(related, related_days, strict=True)
    )
    meta = [f'<taro-text-core class="detail__source">{source}</taro-text-core>']
    meta += [f'<taro-text-core class="detail__time">{stamp}</taro-text-core>'] if stamp else []
    meta.append(f'<taro-text-core class="detail__views">{views}次浏览</taro-text-core>')
    heading = f'<taro-view-core class="detail__title">{headline_html(story)}</taro-view-core>' if story.headline else ""
    rem = (
        "!function(n){function e(){var e=n.document.documentElement,t=e.getBoundingClientRect().width;"
        'e.style.fontSize=t>=640?"40px":t<=320?"20px":t/320*20+"px"}n.addEventListener("resize",(function(){e()})),e()}'
        "(window);"
    )
    html = f"""<!DOCTYPE html><html><head><meta content="text/html; charset=utf-8" http-equiv="Content-Type">
<meta content="width=device-width,initial-scale=1,user-scalable=no" name="viewport">
<meta content="yes" name="apple-mobile-web-app-capable">
<meta content="black" name="apple-mobile-web-app-status-bar-style">
<meta name="format-detection" content="telephone=no,address=no"><title>资讯详情</title><script>{rem}</script>
<link href="/css/app.css" rel="stylesheet"><link href="/css/pages/news/detail/index.css" rel="stylesheet"></head>
<body><div id="app" class="taro_router"><div class="taro_page" id="{route}" style="display:block">
<taro-view-core class="nav-bar"><taro-view-core class="nav-bar__back"></taro-view-core><taro-text-core
 class="nav-bar__title">资讯详情</taro-text-core><taro-text-core
 class="nav-bar__app">{app}</taro-text-core></taro-view-core>
<taro-view-core class="detail">{heading}
<taro-view-core class="detail__meta">{"".join(meta)}</taro-view-core>
<taro-rich-text-core class="detail__content"><div>
{_ps(story.lines)}
</div></taro-rich-text-core>
<taro-view-core class="detail__actions"><taro-button-core class="detail__btn" open-type="share">分享</taro-button-core>
<taro-button-core class="detail__btn">收藏</taro-button-core></taro-view-core></taro-view-core>
<taro-view-core class="rec"><taro-view-core class="rec__hd">相关推荐</taro-view-core>{related_html}</taro-view-core>
<taro-view-core class="float-home">返回首页</taro-view-core>
</div></div>
<script src="/js/runtime.js"></script><script src="/js/taro.js"></script><script src="/js/vendors.js"></script>
<script src="/js/app.js"></script></body></html>"""
    furniture = (f"资讯详情{app}", f"{views}次浏览", "分享收藏", "相关推荐", *related_rows, "返回首页")
    furniture += () if story.outlet else (office,)
    host = f"m.example-r22-zw{rng.randrange(10, 99)}.cn"
    return Wrapped(html, furniture, f"https://{host}/#{route}")


@unseen22("douyin_note_render_data_uri_json")
def douyin_note_render_data_uri_json(story: Story) -> Wrapped:
    """A 抖音-like web page of a 政务号's 图文 note: `<title>` the note's title - 抖音 (the account's 图文 where the
    story has none), the header's search and links, the side nav, a picture swiper with 1/N, the title an `<h1>`
    (absent where the story has none), the caption's lines as `<span>`s between `<br>`s with # topics, 发布时间 (absent
    where the story names no day), counts, the account's card (made up where the story names none) with 粉丝 and 获赞,
    全部评论 with days before a province, 相关推荐, and `RENDER_DATA` as URI-encoded JSON with createTime in epoch
    seconds."""
    rng = _rng(story, "douyinnote")
    place = rng.choice(PLACES)
    name = place[:-1]
    account = story.outlet or f"{name}发布"
    day = story.published
    moment = _at(day, rng) if day else None
    created = moment or _at(dt.date(2023, rng.randrange(1, 13), 8), rng)
    aweme_id = str(rng.randrange(7_100_000_000_000_000_000, 7_400_000_000_000_000_000))
    topics = ["#政务抖音号", f"#{name}发布", "#营商环境", "#家乡的变化"]
    pictures = rng.randrange(2, 9)
    likes, comment_count, collects = rng.randrange(50, 60000), rng.randrange(3, 900), rng.randrange(5, 5000)
    fans, liked = rng.randrange(2000, 900000), rng.randrange(10000, 9000000)
    c = {key: _token(rng) for key in ("head", "nav", "wrap", "swiper", "pager", "info", "desc", "time", "acts", "user")}
    desc = "<br>".join(f"<span>{escape(line)}</span>" for line in story.lines)
    topic_html = "".join(f'<a href="/search/{quote(t[1:])}" class="{c["desc"]}_t">{t}</a>' for t in topics)
    provinces = rng.sample(PROVINCES, 2)
    comments = rng.sample(READER_COMMENTS, 2)
    users = [f"用户{rng.randrange(10**9, 10**10)}" for _ in comments]
    ago = sorted(rng.sample(range(1, 30), 2))
    comment_rows = [f"{u}{t}{a}天前·{p}" for u, t, a, p in zip(users, comments, ago, provinces, strict=True)]
    comment_html = "".join(
        f'<div data-e2e="comment-item"><a class="{c["user"]}_n">{u}</a><p>{t}</p><span>{a}天前·{p}</span></div>'
        for u, t, a, p in zip(users, comments, ago, provinces, strict=True)
    )
    related = _pick(rng, OTHER_NEWS, 3)
    related_likes = [_wan(rng.randrange(10, 40000)) for _ in related]
    related_rows = [f"{t}{account}{n}" for t, n in zip(related, related_likes, strict=True)]
    related_html = "".join(
        f'<li><a href="/note/{rng.randrange(10**18, 10**19)}"><p>{t}</p><span>{account}</span><span>{n}</span></a></li>'
        for t, n in zip(related, related_likes, strict=True)
    )
    header = ["充钻石", "客户端", "壁纸", "通知", "私信", "投稿", "登录"]
    nav = ["精选", "推荐", "关注", "朋友", "我的", "直播", "放映厅", "短剧"]
    detail = {
        "awemeId": aweme_id,
        "awemeType": 68,
        "itemTitle": story.headline or "",
        "desc": "\n".join(story.lines) + " " + " ".join(topics),
        "createTime": _epoch_ms(created) // 1000,
        "authorInfo": {"nickname": account, "followerCount": fans, "totalFavorited": liked},
        "stats": {"diggCount": likes, "commentCount": comment_count, "collectCount": collects},
        "images": [{"width": 1080, "height": 1440} for _ in range(pictures)],
    }
    render = {
        "app": {"odin": {"user_unique_id": str(rng.randrange(10**18, 10**19))}},
        "41": {"aweme": {"detail": detail}},
    }
    encoded = quote(json.dumps(render, ensure_ascii=False, separators=(",", ":")), safe="-_.!~*'()")
    page_title = f"{story.headline} - 抖音" if story.headline else f"{account}的图文 - 抖音"
    heading = f'<h1 class="{c["info"]}_h">{headline_html(story)}</h1>' if story.headline else ""
    time_html = f'<div class="{c["time"]}"><span>发布时间：{moment:%Y-%m-%d %H:%M}</span></div>' if moment else ""
    counts = f"{_wan(likes)}{_wan(comment_count)}{_wan(collects)}分享"
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(page_title)}</title>
<meta name="keywords" content="{escape(account)},抖音,图文"><link rel="stylesheet" href="/douyin/css/note.css"></head>
<body><div id="douyin-header"><header class="{c["head"]}"><a href="/" class="{c["head"]}_logo">抖音</a><div
 class="{c["head"]}_s"><input type="text" placeholder="搜索你感兴趣的内容"><button type="button">搜索</button></div><div
 class="{c["head"]}_r">{"".join(f"<a href='#'>{h}</a>" for h in header)}</div></header></div>
<div id="douyin-navigation" class="{c["nav"]}">{"".join(f"<a href='#'>{n}</a>" for n in nav)}</div>
<div id="root"><div class="{c["wrap"]}" data-e2e="note-detail">
<div class="{c["swiper"]}"><img src="https://p3.example-r22-douyinpic.com/tos-cn-i/{aweme_id}_1.webp"><span
 class="{c["pager"]}_tag">图文</span><span class="{c["pager"]}">1/{pictures}</span></div>
<div class="{c["info"]}">{heading}
<div class="{c["desc"]}" data-e2e="note-desc">{desc}<br>{topic_html}</div>
{time_html}
<div class="{c["acts"]}"><span data-e2e="note-like">{_wan(likes)}</span><span
 data-e2e="note-comment">{_wan(comment_count)}</span><span data-e2e="note-collect">{_wan(collects)}</span><span
 data-e2e="note-share">分享</span></div></div>
<div class="{c["user"]}" data-e2e="user-info"><img alt="{escape(account)}头像" src="/avatar.jpeg"><a
 class="{c["user"]}_n">{escape(account)}</a><p>粉丝<span>{_wan(fans)}</span>获赞<span>{_wan(liked)}</span></p><button
 type="button">关注</button></div>
<div class="{c["user"]}_c" data-e2e="comment-list"><div>全部评论({comment_count})</div>{comment_html}</div>
<div class="{c["user"]}_r"><h3>相关推荐</h3><ul>{related_html}</ul></div>
</div></div>
<script id="RENDER_DATA" type="application/json">{encoded}</script>
</body></html>"""
    furniture = ("抖音搜索" + "".join(header), "".join(nav), f"图文1/{pictures}", "".join(topics), counts)
    furniture += (f"粉丝{_wan(fans)}获赞{_wan(liked)}关注", f"全部评论({comment_count})", *comment_rows, "相关推荐")
    furniture += tuple(related_rows)
    furniture += () if story.outlet else (account,)
    return Wrapped(html, furniture, f"https://www.example-r22-douyin.com/note/{aweme_id}")


# ---------------------------------------------------------------- associations, zones abroad and a company's notice


@unseen22("hk_tongxianghui_big5_ncr_repost")
def hk_tongxianghui_big5_ncr_repost(story: Story) -> Wrapped:
    """A Hong Kong 同鄉會's old ASP site in Big5 reposting a hometown report: the chrome in Traditional script, the
    story's characters outside Big5 kept as numeric character references, `<title>` headline - association (家鄉資訊 -
    association where the story has none), a 跑馬燈 notice, a nav, 現在位置, the headline a `<td>` (absent where the
    story has none), 發佈日期 (2021年1月9日 or 2021-1-9), 來源 (本會秘書處 where the story names none), 瀏覽次數,
    [返回上頁] [列印本頁] [關閉視窗], 會務快訊 with their days, the footer's 會址, 電話/傳真 and 解像度 note."""
    rng = _rng(story, "hkbig5")
    place = rng.choice(PLACES)
    home = place[:-1].translate(HANT)
    assoc = rng.choice([f"香港{home}同鄉會", f"旅港{home}同鄉總會", f"香港{home}商會"])
    day = story.published
    date = ""
    if day:
        date = f"{day.year}年{day.month}月{day.day}日" if rng.random() < 0.5 else f"{day.year}-{day.month}-{day.day}"
    hits = rng.randrange(20, 2000)
    source = escape(story.outlet) if story.outlet else "本會秘書處"
    menu = ["首頁", "本會簡介", "會務活動", "家鄉資訊", "會員專區", "相片集", "聯絡我們"]
    notice = f"熱烈慶祝{assoc}成立{rng.randrange(10, 60)}周年"
    notices = _pick(rng, HANT_NOTICES, 4)
    notice_days = _dated_others(rng, day or dt.date(2022, 3, 5), 4, most=90)
    notice_rows = [f"{t}{d:%Y-%m-%d}" for t, d in zip(notices, notice_days, strict=True)]
    notice_html = "".join(
        f'<tr><td class="list">·<a href="news_view.asp?id={rng.randrange(100, 999)}">{t}</a></td><td '
        f'class="date">{d:%Y-%m-%d}</td></tr>'
        for t, d in zip(notices, notice_days, strict=True)
    )
    street = rng.choice(["九龍旺角彌敦道", "九龍尖沙咀加連威老道", "上環德輔道中"])
    address = f"會址：香港{street}{rng.randrange(10, 700)}號{rng.randrange(2, 30)}樓"
    phone = f"電話：(852) {rng.randrange(2000, 3999)} {rng.randrange(1000, 9999)}"
    fax = f"傳真：(852) {rng.randrange(2000, 3999)} {rng.randrange(1000, 9999)}"
    note = "建議使用 IE 8.0 或以上版本及 1024 x 768 解像度瀏覽本網站"
    rights = f"版權所有 © {assoc}"
    info = _join([f"發佈日期：{date}" if date else "", f"來源：{source}", f"瀏覽次數：{hits}"])
    heading = f'<tr><td class="news_title" align="center">{headline_html(story)}</td></tr>' if story.headline else ""
    page_title = f"{story.headline} - {assoc}" if story.headline else f"家鄉資訊 - {assoc}"
    tools = "[返回上頁]　[列印本頁]　[關閉視窗]"
    html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>{escape(page_title)}</title>
<link href="css/style.css" rel="stylesheet" type="text/css"></head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="images/banner.jpg"
 width="960" height="150" alt="{assoc}"></td></tr>
<tr><td class="menu">{" | ".join(f'<a href="#">{m}</a>' for m in menu)}</td></tr>
<tr><td class="marquee"><marquee scrollamount="3">{notice}</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="220" valign="top" class="left"><table width="100%"><tr><td class="left_title" colspan="2">會務快訊</td></tr>
{notice_html}</table></td>
<td width="740" valign="top"><table width="100%" border="0" cellpadding="5"><tr><td class="position">現在位置：<a
 href="index.asp">首頁</a> &gt; <a href="news.asp?classid=3">家鄉資訊</a> &gt; 內容</td></tr>
{heading}
<tr><td class="news_info" align="center">{info}</td></tr>
<tr><td class="news_content">
{_ps(story.lines)}
</td></tr>
<tr><td align="center" class="news_tools"><a href="javascript:history.back()">[返回上頁]</a>　<a
 href="javascript:window.print()">[列印本頁]</a>　<a href="javascript:window.close()">[關閉視窗]</a></td></tr>
</table></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="footer"><tr><td align="center">
{rights}<br>{address}<br>{phone}　{fax}<br>{note}</td></tr></table>
</body></html>"""
    furniture = (
        " | ".join(menu),
        notice,
        "會務快訊",
        *notice_rows,
        "現在位置：首頁>家鄉資訊>內容",
        f"瀏覽次數：{hits}",
    )
    furniture += (tools, rights, address, phone, fax, note)
    furniture += () if story.outlet else ("來源：本會秘書處",)
    host = f"www.example-r22-hk{rng.randrange(10, 99)}.org.hk"
    return Wrapped(_ncr(html, "big5"), furniture, f"http://{host}/news_view.asp?id={rng.randrange(100, 9999)}", "big5")


@unseen22("elementor_jingwai_yuanqu_yoast_gmt")
def elementor_jingwai_yuanqu_yoast_gmt(story: Story) -> Wrapped:
    """A county-built 境外经贸合作区's Chinese site on WordPress with Elementor Pro and Yoast SEO: the Yoast comment,
    `<title>` headline - zone (the zone's name where the story has none), og metas with article:published_time and a
    later modified_time in GMT, the yoast-schema-graph with both, a language switch (中文, English, the host country's
    own), the menu, a hotline in the country's code, the Elementor single-post template: the `<h1>` heading widget
    (absent where the story has none), post-info items (the author, 2021年1月9日, 上午9:30 in the zone's own time, the
    category), the post content (来源：X closing it where the story names one), the post navigation with its
    screen-reader labels, 相关新闻 posts with days, the footer."""
    rng = _rng(story, "elementorzone")
    place = rng.choice(PLACES)
    country, short, language, offset, code = rng.choice(
        [
            ("柬埔寨", "柬", "ខ្មែរ", 7, "+855"),
            ("泰国", "泰", "ไทย", 7, "+66"),
            ("老挝", "老", "ລາວ", 7, "+856"),
            ("埃塞俄比亚", "埃塞", "አማርኛ", 3, "+251"),
            ("乌兹别克斯坦", "乌", "Oʻzbekcha", 5, "+998"),
        ]
    )
    zone = f"中{short}·{place[:-1]}工业园"
    base = f"https://www.example-r22-park{rng.randrange(10, 99)}.com"
    post_id = rng.randrange(300, 9000)
    url = f"{base}/archives/{post_id}"
    day = story.published
    local = (
        dt.datetime.combine(day, dt.time(rng.randrange(6, 19), rng.randrange(60), rng.randrange(60))) if day else None
    )
    posted = local or dt.datetime(2023, rng.randrange(1, 13), rng.randrange(1, 28), 10, rng.randrange(60))
    modified = posted + dt.timedelta(days=rng.randrange(1, 30), hours=rng.randrange(1, 9))
    gmt = dt.timedelta(hours=offset)
    published_gmt = f"{posted - gmt:%Y-%m-%dT%H:%M:%S}+00:00"
    modified_gmt = f"{modified - gmt:%Y-%m-%dT%H:%M:%S}+00:00"
    author = rng.choice(["admin", "园区新闻中心", "yuanqu"])
    date_text = f"{posted.year}年{posted.month}月{posted.day}日"
    time_text = _ampm(posted)
    category = "园区新闻"
    page_title = f"{story.headline} - {zone}" if story.headline else zone
    neighbours = _pick(rng, OTHER_NEWS, 2)
    related = _pick(rng, [t for t in OTHER_NEWS if t not in neighbours], 3)
    related_days = _dated_others(rng, posted.date(), 3, most=60)
    related_rows = [f"{t}{d.year}年{d.month}月{d.day}日" for t, d in zip(related, related_days, strict=True)]
    related_html = "".join(
        f'<article class="elementor-post elementor-grid-item post-{post_id - 5 - i} post type-post status-publish">'
        "<div "
        f'class="elementor-post__text"><h3 class="elementor-post__title"><a href="{base}/archives/{post_id - 5 - i}">'
        f'{t}</a></h3><div class="elementor-post__meta-data"><span class="elementor-post-date">{d.year}年{d.month}月'
        f"{d.day}日</span></div></div></article>"
        for i, (t, d) in enumerate(zip(related, related_days, strict=True))
    )
    menu = ["首页", "园区概况", "投资指南", "招商政策", "园区新闻", "入园企业", "联系我们"]
    hotline = f"投资热线：{code} {rng.randrange(10**7, 10**8)}"
    person = f"{base}/#/schema/person/{rng.randrange(16**12):012x}"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "@id": f"{base}/#organization", "name": zone, "url": f"{base}/"},
            {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/", "name": zone, "inLanguage": "zh-CN"},
            {
                "@type": "WebPage",
                "@id": f"{url}#webpage",
                "url": url,
                "name": page_title,
                "isPartOf": {"@id": f"{base}/#website"},
                "datePublished": published_gmt,
                "dateModified": modified_gmt,
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
                "inLanguage": "zh-CN",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "首页", "item": f"{base}/"},
                    {"@type": "ListItem", "position": 2, "name": story.headline or zone},
                ],
            },
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "isPartOf": {"@id": f"{url}#webpage"},
                "author": {"@id": person},
                "headline": story.headline or "",
                "datePublished": published_gmt,
                "dateModified": modified_gmt,
                "mainEntityOfPage": {"@id": f"{url}#webpage"},
                "publisher": {"@id": f"{base}/#organization"},
                "articleSection": [category],
                "inLanguage": "zh-CN",
            },
            {"@type": "Person", "@id": person, "name": author},
        ],
    }
    content = _ps(story.lines) + (f"\n<p>来源：{escape(story.outlet)}</p>" if story.outlet else "")
    item = "elementor-icon-list-item elementor-inline-item"
    text = "elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-"
    info = (
        f'<li class="{item}" itemprop="author"><span class="{text}author">{author}</span></li>'
        f'<li class="{item}" itemprop="datePublished"><span class="{text}date"><time>{date_text}</time></span></li>'
        f'<li class="{item}"><span class="{text}time"><time>{time_text}</time></span></li>'
        f'<li class="{item}" itemprop="about"><span class="{text}terms"><span class="elementor-post-info__terms-list">'
        f'<a href="{base}/archives/category/news" class="elementor-post-info__terms-list-item">{category}</a></span>'
        "</span></li>"
    )
    heading = ""
    if story.headline:
        heading = (
            '<div class="elementor-element elementor-widget elementor-widget-theme-post-title elementor-page-title '
            'elementor-widget-heading" data-widget_type="theme-post-title.default">'
            '<div class="elementor-widget-container">'
            f'<h1 class="elementor-heading-title elementor-size-default">{headline_html(story)}</h1></div></div>'
        )
    rights = f"© {modified.year} {zone} 版权所有"
    where = f"地址：{country}{rng.choice(['经济特区', '工业区', '开发区'])}{rng.randrange(1, 60)}号路"
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(page_title)}</title>
<!-- This site is optimized with the Yoast SEO plugin v16.6.1 - https://yoast.com/wordpress/plugins/seo/ -->
<link rel="canonical" href="{url}"><meta property="og:locale" content="zh_CN">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(page_title)}"><meta property="og:url" content="{url}">
<meta property="og:site_name" content="{zone}"><meta property="article:published_time" content="{published_gmt}">
<meta property="article:modified_time" content="{modified_gmt}">
<script type="application/ld+json" class="yoast-schema-graph">{_script_json(graph)}</script>
<!-- / Yoast SEO plugin. -->
<link rel="stylesheet" id="elementor-frontend-css"
 href="{base}/wp-content/plugins/elementor/assets/css/frontend.min.css"
 media="all"></head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard elementor-default
 elementor-template-full-width elementor-kit-{rng.randrange(5, 20)}">
<div data-elementor-type="header" class="elementor elementor-location-header"><div class="elementor-container"><a
 href="{base}/" class="site-logo">{zone}</a><nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">
{"".join(f'<li class="menu-item"><a href="#" class="elementor-item">{m}</a></li>' for m in menu)}</ul></nav><ul
 class="lang-switch"><li class="lang-item current-lang"><a href="#">中文</a></li><li class="lang-item"><a
 href="#">English</a></li><li class="lang-item"><a href="#">{language}</a></li></ul><div
 class="elementor-icon-box-title">{hotline}</div></div></div>
<div data-elementor-type="single-post" data-elementor-id="{rng.randrange(100, 900)}"
 class="elementor elementor-location-single
 post-{post_id} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
<section class="elementor-section elementor-top-section"><div class="elementor-container elementor-column-gap-default">
{heading}
<div class="elementor-element elementor-widget elementor-widget-post-info" data-widget_type="post-info.default"><div
 class="elementor-widget-container"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
{info}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content"
 data-widget_type="theme-post-content.default"><div class="elementor-widget-container">
{content}
</div></div>
<div class="elementor-element elementor-widget elementor-widget-post-navigation"><div
 class="elementor-widget-container">
<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link"><a
 href="{base}/archives/{post_id - 1}" rel="prev"><span class="post-navigation__arrow-wrapper
 post-navigation__arrow-prev"><i
 class="fa fa-angle-left" aria-hidden="true"></i><span class="elementor-screen-only">上一个</span></span><span
 class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">上一篇</span><span
 class="post-navigation__prev--title">{neighbours[0]}</span></span></a></div><div
 class="elementor-post-navigation__next elementor-post-navigation__link"><a href="{base}/archives/{post_id + 1}"
 rel="next"><span class="elementor-post-navigation__link__next"><span
 class="post-navigation__next--label">下一篇</span><span
 class="post-navigation__next--title">{neighbours[1]}</span></span><span class="post-navigation__arrow-wrapper
 post-navigation__arrow-next"><i class="fa fa-angle-right" aria-hidden="true"></i><span
 class="elementor-screen-only">下一个</span></span></a></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><h2
 class="elementor-heading-title elementor-size-default">相关新闻</h2></div>
<div class="elementor-element elementor-widget elementor-widget-posts"><div class="elementor-posts-container
 elementor-posts elementor-grid">{related_html}</div></div>
</div></section></div>
<div data-elementor-type="footer" class="elementor elementor-location-footer"><div
 class="elementor-container"><p>{rights}</p>
<p>{where}</p><p>{hotline}</p></div></div>
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.5.1" id="jquery-core-js"></script>
<script src="{base}/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.3.1"
 id="elementor-frontend-js"></script>
</body></html>"""
    furniture = (zone + "".join(menu), f"中文English{language}", hotline, author, category)
    furniture += (
        f"上一个上一篇{neighbours[0]}",
        f"下一篇{neighbours[1]}下一个",
        "相关新闻",
        *related_rows,
        rights,
        where,
    )
    furniture += () if day else (date_text, time_text)
    return Wrapped(html, furniture, url)


@unseen22("shangshi_gonggao_teci_luokuan_riqi")
def shangshi_gonggao_teci_luokuan_riqi(story: Story) -> Wrapped:
    """A finance portal's page of a listed company's 公告 about its project with a county: `<title>` and the `<h1>`
    简称：headline (a made-up 关于签署项目投资合作协议的公告 where the story has none), the code and 简称 chips,
    公告日期 the story's day, 来源 (the exchange where the story names none), 查看PDF原文, the 公告's own head
    (证券代码,
    证券简称, 公告编号, the company's full name, the headline again), the board's statement, the text, 特此公告。, the
    board and its 落款 day (the day or the day before), a 免责声明, 该公司其他公告 with their days."""
    rng = _rng(story, "shangshigonggao")
    stem = rng.choice(["华锦", "恒通", "瑞丰", "鼎晟", "嘉润", "中科达"])
    kind = rng.choice(["股份", "科技", "新材"])
    short = f"{stem}{kind}"
    full = f"{stem}{ {'股份': '', '科技': '科技', '新材': '新材料'}[kind] }股份有限公司"
    shanghai = rng.random() < 0.5
    code = (
        f"{rng.choice(['600', '601', '603'])}{rng.randrange(100, 1000)}"
        if shanghai
        else f"{rng.choice(['000', '002', '300'])}{rng.randrange(100, 1000)}"
    )
    exchange = "上海证券交易所" if shanghai else "深圳证券交易所"
    day = story.published
    shown = day or dt.date(2022, rng.randrange(1, 13), 20)
    signed = shown - dt.timedelta(days=rng.randrange(0, 2))
    number = f"{'临' if shanghai else ''}{shown.year}-{rng.randrange(1, 90):03d}"
    title = story.headline or "关于签署项目投资合作协议的公告"
    statement = (
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。"
        if shanghai
        else "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"
    )
    source = escape(story.outlet) if story.outlet else exchange
    head = f"证券代码：{code}　　证券简称：{short}　　公告编号：{number}"
    luokuan = f"{signed.year}年{signed.month}月{signed.day}日"
    others = [
        f"{short}：关于召开{rng.choice(['2021', '2022', '2023'])}年第一次临时股东大会的通知",
        f"{short}：第{rng.choice(['三', '四', '五'])}届董事会第{rng.randrange(2, 30)}次会议决议公告",
        f"{short}：关于对外投资设立全资子公司的公告",
    ]
    other_rows, other_html = _rows_of(others, _dated_others(rng, shown, 3, most=40))
    disclaimer = "免责声明：本页面公告内容均来自交易所指定信息披露平台，仅供参考，不构成投资建议，请以原文为准。"
    menu = ["首页", "行情", "数据", "股吧", "资讯", "公告", "研报", "基金"]
    page_title = f"{short}：{title}_{short}({code})公告_财经数据中心"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(page_title)}</title>
<meta name="keywords" content="{short},{code},公告"><link rel="stylesheet" href="/notices/css/detail.css"></head><body>
<div class="topnav"><div class="w1200">{"".join(f'<a href="#">{m}</a>' for m in menu)}</div></div>
<div class="w1200 crumb"><a href="/">财经数据中心</a> &gt; <a href="/notices/">公告大全</a> &gt; <a
 href="/notices/stock/{code}.html">{short}({code})</a></div>
<div class="w1200 notice"><div class="detail-header"><h1>{escape(short)}：{escape(title)}</h1>
<div class="infos"><span class="stock"><a href="#">{code}</a> <a href="#">{short}</a></span>
<span>公告日期：{shown:%Y-%m-%d}</span><span>来源：{source}</span><a
 class="pdf" href="#">查看PDF原文</a></div></div>
<div class="detail-body" id="ContentBody">
<p class="head">{head}</p>
<p class="company" align="center"><b>{full}</b></p>
<p class="title" align="center"><b>{escape(title)}</b></p>
<p class="statement">{statement}</p>
{_ps(story.lines)}
<p>特此公告。</p>
<p align="right">{full}董事会</p>
<p align="right">{luokuan}</p>
</div>
<div class="disclaimer">{disclaimer}</div>
<div class="others"><h3>该公司其他公告</h3><ul>{other_html}</ul></div></div>
<div class="footer">财经数据中心　版权所有</div></body></html>"""
    furniture = ("".join(menu), f"财经数据中心>公告大全>{short}({code})", f"{code}{short}", "查看PDF原文", head, full)
    furniture += (statement, "特此公告。", f"{full}董事会", luokuan, disclaimer, "该公司其他公告", *other_rows)
    furniture += ("财经数据中心版权所有",)
    furniture += () if story.outlet else (f"来源：{exchange}",)
    furniture += () if story.headline else (title,)
    furniture += () if day else (f"公告日期：{shown:%Y-%m-%d}",)
    host = f"data.example-r22-cj{rng.randrange(10, 99)}.com"
    return Wrapped(
        html, furniture, f"https://{host}/notices/detail/{code}/AN{shown:%Y%m%d}{rng.randrange(10**9, 10**10)}.html"
    )


# ---------------------------------------------------------------- a newspaper's site and a city portal


@unseen22("baoshe_wangzhan_kanfa_banci_yuanbiaoti")
def baoshe_wangzhan_kanfa_banci_yuanbiaoti(story: Story) -> Wrapped:
    """A city paper's news site (not its e-paper): `<title>` headline_column_site (column_site where the story has
    none), the paper's brands and 数字报/客户端 links, nav, crumb, the `<h1>`, the time, 来源 (the paper where the story
    names none) and a 记者/通讯员 byline, 原标题 the print edition's other headline half the time, the text, a note
    本文刊发于《X》 the next day or the same on 第N版, 责任编辑, 分享到 and 【纠错】, 相关新闻 with days, the 数字报
    box with its later issue's day, the paper's licence."""
    rng = _rng(story, "baoshe")
    place = rng.choice(PLACES)
    name = place[:-1]
    paper = f"{name}日报"
    site = f"{name}新闻网"
    column = rng.choice(["本地要闻", "经济", "县区"])
    day = story.published
    moment = _at(day, rng) if day else None
    printed = day + dt.timedelta(days=1 if rng.random() < 0.7 else 0) if day else dt.date(2022, rng.randrange(1, 13), 9)
    issue = printed + dt.timedelta(days=rng.randrange(0, 12))
    weekday = "一二三四五六日"[issue.weekday()]
    page = rng.randrange(1, 9)
    section = rng.choice(["要闻", "综合新闻", "经济", "县区传真"])
    reporter, helper, editor = rng.sample(NAMES, 3)
    byline = f"记者 {reporter} 通讯员 {helper}" if rng.random() < 0.6 else f"记者 {reporter}"
    source = escape(story.outlet) if story.outlet else paper
    print_title = rng.choice(["招商引资跑出“加速度”", "项目建设按下“快进键”", "筑巢引凤 蓄势聚能", "以商招商 链式发展"])
    original = rng.random() < 0.5
    info = [f"{moment:%Y-%m-%d %H:%M}"] if moment else []
    info += [f"来源：{source}", f"作者：{byline}"]
    kanfa = f"本文刊发于《{paper}》{printed.year}年{printed.month:02d}月{printed.day:02d}日第{page}版：{section}"
    menu = ["首页", "本地要闻", "时政", "经济", "县区", "民生", "文化", "评论", "视频", "数字报"]
    related = _pick(rng, OTHER_NEWS, 4)
    related_rows, related_html = _rows_of(related, _dated_others(rng, day or printed, 4, most=30))
    box = f"{paper}数字报{issue.year}年{issue.month:02d}月{issue.day:02d}日星期{weekday}第01版：要闻往期回顾"
    licence = f"互联网新闻信息服务许可证：{rng.randrange(10**10, 10**11)}"
    icp, police = _numbers(rng)
    report = f"违法和不良信息举报电话：0{rng.randrange(550, 999)}-{rng.randrange(10**6, 10**7)}"
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    page_title = f"{story.headline}_{column}_{site}" if story.headline else f"{column}_{site}"
    original_html = f'<p class="yuanbiaoti">原标题：{print_title}</p>' if original else ""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(page_title)}</title>
<meta name="keywords" content="{site},{column}"><link rel="stylesheet" href="/css/content.css"></head><body>
<div class="top"><div class="w1200"><a href="#">{paper}</a> | <a href="#">{name}晚报</a> | <a href="#">{site}</a><span
 class="fr"><a href="#">数字报</a> <a href="#">客户端</a></span></div></div>
<div class="nav"><ul class="w1200">{"".join(f'<li><a href="#">{m}</a></li>' for m in menu)}</ul></div>
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="#">{column}</a> &gt; 正文</div>
<div class="w1200 main"><div class="left"><div class="article">{heading}
<div class="info">{"　".join(info)}</div>
{original_html}
<div class="content" id="content">
{_ps(story.lines)}
</div>
<div class="kanfa">{kanfa}　<a href="#">查看数字报</a></div>
<div class="editor">责任编辑：{editor}</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>　<a
 href="#">【纠错】</a></div>
<div class="related"><h3>相关新闻</h3><ul>{related_html}</ul></div></div></div>
<div class="right"><div class="epaper"><h3>{paper}数字报</h3><p>{issue.year}年{issue.month:02d}月{issue.day:02d}日
 星期{weekday}</p><p><a href="#">第01版：要闻</a></p><p><a href="#">往期回顾</a></p></div></div></div>
<div class="footer"><p>{paper}社　版权所有　{licence}</p><p>{icp}　{police}</p><p>{report}</p></div></body></html>"""
    furniture = (f"{paper}|{name}晚报|{site}数字报客户端", "".join(menu), f"当前位置：首页>{column}>正文")
    furniture += (f"作者：{byline}", f"{kanfa}查看数字报", f"责任编辑：{editor}", "分享到：微信微博QQ空间【纠错】")
    furniture += ("相关新闻", *related_rows, box, f"{paper}社版权所有", licence, icp, police, report)
    furniture += (f"原标题：{print_title}",) if original else ()
    furniture += () if story.outlet else (f"来源：{paper}",)
    host = f"www.example-r22-{rng.choice(['dj', 'qs', 'yl'])}news{rng.randrange(10, 99)}.com.cn"
    item = rng.randrange(10**5, 10**6)
    path = f"/content/{day:%Y-%m/%d}/content_{item}.htm" if day else f"/content/content_{item}.htm"
    return Wrapped(html, furniture, f"http://{host}{path}")


@unseen22("dede_rndstring_chengshi_menhu_hidden_mix")
def dede_rndstring_chengshi_menhu_hidden_mix(story: Story) -> Wrapped:
    """A city life portal (某某热线) on DedeCMS's GBK edition, declared gb2312, with 防采集混淆 on: RndString's
    `<style>` hiding a random class, then before each paragraph's end a mixing string (the site's own, or the
    defaults left in) hidden in that class's `<span>`/`<div>`/`<p>` or in a white `<font>`; `<title>`
    headline_column_site, the welcome line, the nav, 当前位置 with DedeCMS's trailing >, the `<h1>`, 时间/来源 (未知
    where the story names none)/作者/点击 with its count script, (责任编辑：X), 上一篇/下一篇 (没有了), 相关文章,
    推荐内容, the footer."""
    rng = _rng(story, "dedemix")
    place = rng.choice(PLACES)
    name = place[:-1]
    site = rng.choice([f"{name}热线", f"{name}在线", f"{name}信息港"])
    domain = f"www.example-r22-{rng.choice(['rx', 'zx', 'xxg'])}{rng.randrange(10, 99)}.com"
    column, folder = rng.choice([("本地新闻", "bendi"), ("经济", "jingji"), ("政务", "zhengwu")])
    day = story.published
    moment = _at(day, rng) if day else None
    aid = rng.randrange(1000, 90000)
    if rng.random() < 0.3:
        mixes = [
            "织梦好，好织梦",
            "本文来自织梦",
            "织梦内容管理系统",
            "dedecms.com",
            "copyright dedecms",
            "内容来自dedecms",
        ]
    else:
        mixes = [f"本文来自{site}", f"{site} {domain}", f"内容来自{site}", f"copyright {domain}", f"{site}版权所有"]
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    hidden = (
        f"{rng.choice(letters)}{rng.choice(letters.lower())}{rng.choice(letters.lower())}{rng.randrange(100, 1000)}"
    )
    used: list[str] = []
    paragraphs = []
    for index, line in enumerate(story.lines):
        text = escape(line)
        if index == 0 and len(line) < 24:
            paragraphs.append(f"<p>{text}</p>")
            continue
        mix = rng.choice(mixes)
        used.append(mix)
        tag = rng.choice(["font", "div", "span", "p"])
        wrapped = f"<font color='#FFFFFF'>{mix}</font>" if tag == "font" else f"<{tag} class='{hidden}'>{mix}</{tag}>"
        paragraphs.append(f"<p>{text} {wrapped} </p>")
    body = f"<style> .{hidden} {{ display:none; }} </style>\r\n" + "\n".join(paragraphs)
    source = escape(story.outlet) if story.outlet else "未知"
    writer = rng.choice(["佚名", "admin", "小编"])
    info = [f"时间：{moment:%Y-%m-%d %H:%M}"] if moment else []
    info += [f"来源：{source}", f"作者：{writer}"]
    info.append(
        f'点击：<script src="/plus/count.php?view=yes&aid={aid}&mid=1" type="text/javascript"'
        ' language="javascript"></script>次'
    )
    menu = ["首页", "新闻", "房产", "汽车", "教育", "旅游", "美食", "招聘", "论坛"]
    editor = rng.choice(NAMES)
    prev = rng.choice(OTHER_NEWS)
    has_next = rng.random() < 0.5
    nxt = rng.choice([t for t in OTHER_NEWS if t != prev])
    next_html = f'<a href="/{folder}/{aid + 1}.html">{nxt}</a>' if has_next else "没有了 "
    related = _pick(rng, [t for t in OTHER_NEWS if t not in (prev, nxt)], 4)
    related_rows, related_html = _rows_of(related, _dated_others(rng, day or dt.date(2021, 9, 1), 4, most=40), "%m-%d")
    recommended = _pick(rng, [t for t in OTHER_NEWS if t not in (prev, nxt, *related)], 3)
    icp = _numbers(rng)[0]
    rights = f"Copyright &copy; 2008-{(day or dt.date(2021, 9, 1)).year} {site} 版权所有"
    powered = rng.random() < 0.5
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    page_title = f"{story.headline}_{column}_{site}" if story.headline else f"{column}_{site}"
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>{escape(page_title)}</title>
<meta name="keywords" content="{site},{column}" /><meta name="description" content="{site}{column}" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" /></head><body>
<div class="header_top"><div class="w960 center"><span class="time">您好，欢迎来到{site}！</span><span
 class="toplinks"><a href="/member/login.php">[登录]</a> <a href="/member/reg_new.php">[注册]</a></span></div></div>
<div class="header"><div class="top w960 center"><div class="title"><h2><a href="/">{site}</a></h2></div></div>
<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul>
{"".join(f'<li><a href="#">{m}</a></li>' for m in menu)}</ul>
</div></div></div>
<div class="w960 center clear mt1"><div class="pleft"><div class="place"><strong>当前位置:</strong> <a href="/">主页</a>
 &gt; <a href="/{folder}/">{column}</a> &gt; </div>
<div class="viewbox"><div class="title">{heading}</div>
<div class="info"><small></small>{"　".join(info)}</div>
<div class="content"><table width="100%"><tr><td>
{body}
(责任编辑：{editor})</td></tr></table></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href="/{folder}/{aid - 1}.html">{prev}</a> </li>
<li>下一篇：{next_html}</li></ul></div></div></div>
<div class="xgwz"><dl><dt><strong>相关文章</strong></dt><dd><ul>{related_html}</ul></dd></dl></div></div>
<div class="pright"><div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>推荐内容</strong></dt><dd
 class="light"><ul>{"".join(f'<li><a href="#">{t}</a></li>' for t in recommended)}</ul></dd></dl></div></div></div>
<div class="footer w960 center mt1 clear"><div class="footer_body"><p
 class="powered">{rights}{" Powered by DedeCms" if powered else ""}</p>
<div class="copyright">{icp}</div></div></div></body></html>"""
    furniture = (f"您好，欢迎来到{site}！[登录][注册]", "".join(menu), f"当前位置:主页>{column}>", f"作者：{writer}")
    furniture += ("点击：次", f"(责任编辑：{editor})", "------分隔线----------------------------", f"上一篇：{prev}")
    furniture += (
        f"下一篇：{nxt if has_next else '没有了'}",
        "相关文章",
        *related_rows,
        "推荐内容" + "".join(recommended),
    )
    furniture += (rights.replace("&copy;", "©") + (" Powered by DedeCms" if powered else ""), icp, *dict.fromkeys(used))
    furniture += () if story.outlet else ("来源：未知",)
    return Wrapped(_ncr(html, "gbk"), furniture, f"http://{domain}/{folder}/{aid}.html", "gbk")


DEV22, LOCKED22 = split_by_digest(UNSEEN22, "round 22/", locked=6)
