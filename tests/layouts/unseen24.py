"""Twelve more page layouts written blind (round 24): before reading the HTML reader, and fixed against by nobody.

Round 24 is sealed: not scored when written; it is to be scored once, both halves, at the end of the web-page reader's
next change after round 23's, and nothing is fixed from its misses. Each layout is after a kind of Chinese page met in
the wild that rounds 1 to 23 did not draw, weighed toward what generalises (the servers, CMSs, builders and frameworks
a whole class of sites share: Lotus Domino's `?OpenDocument` forms, PageAdmin's .NET templates and their
`DateTime.ToString()` moments, 凡科建站's modules, Joomla 3's `item-page` with its schema.org microdata, Typecho's
default theme, VitePress's docs pages, Ionic's hydrated web components, Wix's blog with its `data-hook`s, a WAP 1.0
WML deck; and kinds of pages: a central outlet's provincial channel, a 天涯 board's repost with its floors, an old
template's `charset=gb2312` meta left on a site now served in UTF-8), the headline competing with a site's, an app's,
a blog's, a guide's or a board's own name, a section's title, a made-up title where a post always has one, or shown in
no heading but a card's title or a `<font>`, and the dates such pages set beside the article's own (a later edit, a
docs page's last update, a board's posting and its floors, a blog's made-up day, an English day, a WAP page's clock):

- a 省商务厅's site on Lotus Domino, in GBK: `<title>` the headline (the site where the story has none), the
  `_DominoForm` with its `__Click` field and `_doClick` script, the banner and nav in tables, 当前位置 with >, the
  headline in a bold red `<font>` (empty where the story has none), 发布日期 as the view prints it (2021-01-09 or
  2021/01/09 09:30:15), 信息来源 (本网 where the story names none), [打印本页] [关闭窗口], 相关信息 with days, the
  footer's 版权所有, address and ICP;
- a county 投资促进中心's site on PageAdmin CMS (.NET): `<title>` headline-column-site (column-site where the story has
  none), the generator meta, the top bar with 今天是 a later day, the nav, 当前位置, the `<h1 class="article_title">`
  (absent where the story has none), 发布时间 as .NET prints a moment (2021/1/9 9:30:15), 来源 (the centre where the
  story names none), 作者, 点击 filled by a script, 【字体：大 中 小】, 分享到, 上一篇/下一篇, 相关文章 with days, the
  footer with 主办/承办, the ICP and 技术支持：PageAdmin;
- a 异地商会's site on 凡科建站: `<title>` headline - 商会 (商会动态 - 商会 where the story has none), the module
  scaffolding, the nav, 当前位置, the `newsDetail` module with its `<h1 class="title">` (absent where the story has
  none) and the `newsInfo` spans (发表时间, 来源 only where the story names one, 作者 the 秘书处, 浏览量), 上一篇/
  下一篇, 相关新闻, the footer's rights, 本站使用 凡科建站 搭建 | 手机版 | 管理登录;
- a province's 驻海外经贸代表处's Chinese site on Joomla 3's protostar: the generator meta, `<title>` the headline (the
  office where the story has none), `site-title`, the nav, the `breadcrumb` with 当前位置, `div.item-page` with
  itemprop headline `<h2>` (absent where the story has none), the print/email dropdown, `dl.article-info` (详细信息,
  作者, 分类, 发布于 2021年01月09日 with a `datetime` in the office's own time zone, 点击数 N), `articleBody`, the
  pager's 上一篇/下一篇, 回到顶部 and © year office;
- a 招商 blog on Typecho's default theme: the generator meta, `<title>` title - blog (a made-up title where the story
  has none: a post always has one), `#logo` and `.description`, the search, the nav, `article.post` with `<h1
  class="post-title" itemprop="name headline">`, `post-meta` (作者, 时间 2021-01-09 in `<time itemprop=datePublished>`
  (a made-up day where the story has none), 分类), the text (本文转自：X closing it where the story names an outlet),
  标签, 添加新评论 and its form, 上一篇/下一篇, the sidebar's 最新文章, 最近回复, 分类, 归档 by month and 其它, and 由
  Typecho 强力驱动; - a 开发区's 投资指南 docs site on VitePress: `<title>` headline | guide (the guide where the story
  has none), the
  dark-mode script, the nav bar's title, 搜索文档 and menu, the sidebar's groups and items, `main .vp-doc` with the
  `<h1>` and its header-anchor (absent where the story has none), a tip block with 来源 and 发布时间 where the story
  names them, 在 Gitee 上编辑此页, 最后更新于 a later moment, the pager's 上一篇/下一篇, the footer's message and
  copyright;
- a county 融媒体中心's app page on Ionic (Angular), saved after hydration: `<title>` the app's name whatever the story,
  `ion-header` with its back button, `ion-title` 新闻详情 and a share button, `ion-content` with the `<h1
  class="detail-title">` (absent where the story has none), the source (the centre where the story names none), the
  time (2021-01-09 09:30, or none where the story names no day), 阅读 N, the text, `ion-list` 相关推荐 with days, the
  `ion-footer`'s 写评论... / 评论 / 点赞 / 收藏;
- a 国际在线 provincial channel: `<title>` headline_channel_国际在线 (channel_国际在线 where the story has none), the
  top links, the channel's nav, the crumb, `#atitle` (absent where the story has none), `#asource` (the channel where
  the story names none), `#apublishtime` 2021-01-09 09:30:15 (absent where the story names no day), 分享到, `#abody`,
  编辑 and 责编 with `#aeditor`, 相关新闻 with days, the footer's rights, licences and 违法和不良信息举报;
- a county 招商局's site moved to a new server in UTF-8 with its old template's `charset=gb2312` meta left in: `<title>`
  headline--site (site where the story has none), the banner, nav, 您现在的位置, the headline a `<td class="title">`
  (empty where the story has none), 发布时间：2021年01月09日, 来源 (本站 where the story names none), 阅读, the text,
  【打印此页】【关闭窗口】, 上一条/下一条, the footer with 主办, 联系电话 and the ICP;
- a county portal's WAP 1.0 site, a WML deck in UTF-8: the XML prolog and WML doctype, a `<card>` whose title is the
  headline (the site where the story has none), the logo's alt, the nav of links parted by |, the headline again in a
  `<b>` (absent where the story has none), the day and 来源 (本站 where the story names none), the text in `<p>`s,
  返回列表 / 返回首页, the WAP line with the server's clock a later day, the `<do type="prev">` softkey;
- a 天涯论坛 local board's thread reposting a county's 招商 news: `<title>` title_board_天涯论坛 (a made-up title
  where the story has none: a thread always has one), the top bar, `#crumbs`, `h1.atl-title`, the host's 楼主 and
  时间 a later moment, 点击/回复, the text in `bbs-content` with `<br>`s and full-width indents (the pasted source line
  above it where the story names a day or an outlet), 举报 | 回复, floors of replies with their own times, the
  footer's links and rights;
- an overseas Chinese-language paper's site on Wix, its blog post: the generator meta, `<title>` title | paper (a
  made-up title where the story has none: a post always has one), the header's name and menu, the blog's categories,
  `data-hook` post-metadata (the author, 2021年1月9日 or Jan 9, 2021, 阅读时长/min read), the `post-title`, the text
  in `rich-content-viewer` paragraphs, the views and comments counts, the share buttons, 近期文章/Recent Posts, and the
  default ©2021 by X. Proudly created with Wix.com.

Where a story names no headline, each page keeps its kind's own title and headings (a site's, an office's, an app's, a
guide's, a channel's, a board's, a blog's) and shows no headline of the story, or a made-up one where its kind always
shows one (the blog's post, the thread, the paper's post), listed as furniture; where it names no outlet, pages whose
kind always names a source show their own (本网, the centre, the channel, 本站), listed as furniture, and the 凡科
site shows none; where it names no date, the dates a page or a tool adds (an edit, a last update, a today line, a
server's clock, the board's posting, the blog's and the paper's made-up days) fall on another day.

The split is fixed by a rule set before anything is scored: the six layouts whose names have the smallest SHA-256
digests of "round 24/" + name are `LOCKED24`, the other six `DEV24`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from layouts.families import (
    EDITORS,
    OTHER_NEWS,
    PLACES,
    REPLIES,
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
from layouts.page_parts import _at, _join, _ps
from layouts.unseen19 import _dated_others, _moment_after
from layouts.unseen20 import _licences
from layouts.unseen22 import _ncr
from layouts.unseen23 import PINYIN, _hex, _utc_iso

UNSEEN24: dict[str, Layout] = {}
NAMES = ["谭卫东", "蒲雅琴", "卢建军", "晏秀兰", "邝志明", "骆海燕"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = "一二三四五六日"
# Provinces with a short name for licences and a capital for addresses.
PROVINCES = [
    ("浙江省", "浙", "杭州市"),
    ("安徽省", "皖", "合肥市"),
    ("湖北省", "鄂", "武汉市"),
    ("四川省", "川", "成都市"),
]


def unseen24(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN24)


def _net_moment(moment: dt.datetime) -> str:
    """.NET's DateTime.ToString() under zh-CN: 2021/1/9 9:30:15."""
    return f"{moment.year}/{moment.month}/{moment.day} {moment.hour}:{moment:%M:%S}"


def _related(rng, day: dt.date | None, count: int, form: str = "%Y-%m-%d", most: int = 30) -> list[tuple[str, str]]:
    """Other items' titles with their days as a list prints them."""
    titles = _pick(rng, OTHER_NEWS, count)
    days = _dated_others(rng, day or dt.date(2016, 5, 20), count, most=most)
    return [(t, f"{d:{form}}") for t, d in zip(titles, days, strict=True)]


# ---------------------------------------------------------------- servers and .NET: Lotus Domino, PageAdmin


@unseen24("domino_nsf_opendocument_font_title")
def domino_nsf_opendocument_font_title(story: Story) -> Wrapped:
    """A 省商务厅's site on Lotus Domino, in GBK: `<title>` the headline (the site where the story has none), the
    `_DominoForm` with its `__Click` field and `_doClick` script, banner and nav in tables, 当前位置 with >, the
    headline in a bold red `<font>` (empty where the story has none), 发布日期 as the view prints it, 信息来源 (本网
    where the story names none), [打印本页] [关闭窗口], 相关信息 with days, the footer's 版权所有, address and ICP."""
    rng = _rng(story, "domino")
    province, short, capital = rng.choice(PROVINCES)
    site = f"{province}商务厅"
    column = rng.choice(["市县动态", "招商引资", "商务要闻"])
    day = story.published
    moment = _at(day, rng) if day else None
    stamp = ""
    if moment:
        stamp = f"{moment:%Y-%m-%d}" if rng.random() < 0.5 else f"{moment:%Y/%m/%d %H:%M:%S}"
    source = escape(story.outlet) if story.outlet else "本网"
    nav = ["首页", "机构职能", "商务要闻", "市县动态", "政务公开", "招商引资", "对外贸易", "办事服务"]
    nav_html = "".join(
        f'<td align="center"><a href="/{rng.choice(["swt", "web"])}/index.nsf/{i}?OpenView" class="nav">'
        f'<font color="#FFFFFF">{n}</font></a></td>'
        for i, n in enumerate(nav)
    )
    related = _related(rng, day, 5)
    related_html = "".join(
        f'<tr><td height="22">·<a href="/swt/web.nsf/0/{_hex(rng, 32).upper()}?OpenDocument">{t}</a></td>'
        f'<td align="right"><font color="#999999">{d}</font></td></tr>'
        for t, d in related
    )
    icp, _ = _numbers(rng)
    icp = short + icp[1:]
    unid = _hex(rng, 32).upper()
    db = rng.choice(["web", "swt", "xxgk"])
    heading = f'<font color="#CC0000" size="4"><b>{headline_html(story)}</b></font>' if story.headline else ""
    address = f"{capital}{rng.choice(['省府路', '环城西路', '解放大道'])}{rng.randrange(1, 300)}号"
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{escape(story.headline or site)}</title>
<script language="JavaScript" type="text/javascript">
<!--
document._domino_target = "_self";
function _doClick(v, o, t) {{
  var url="/{db}.nsf/0/{unid}?OpenDocument&Click=" + v;
  if (o.href != null) o.href = url;
  else {{ if (t == null) t = document._domino_target; window.open(url, t); }}
  return false;
}}
// -->
</script>
<link rel="stylesheet" type="text/css" href="/{db}.nsf/style.css?OpenFileResource">
</head>
<body text="#000000" bgcolor="#FFFFFF" topmargin="0" leftmargin="0">

<form method="post" action="/{db}.nsf/0/{unid}?OpenDocument&amp;Seq=1" name="_DominoForm">
<input type="hidden" name="__Click" value="0">
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td height="100" background="/{db}.nsf/banner.jpg?OpenImageResource">
<font size="6" color="#FFFFFF"><b>{site}</b></font>
</td></tr>
</table>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#1E5AA0">
<tr height="32">{nav_html}</tr>
</table>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td height="30">当前位置：<a href="/">首页</a> &gt; <a href="/{db}.nsf/{column}?OpenView">{column}</a></td></tr>
</table>
<table width="960" border="0" cellspacing="0" cellpadding="8" align="center" style="border:1px solid #CCCCCC">
<tr><td align="center" height="50">{heading}</td></tr>
<tr><td align="center"><font size="2">发布日期：{stamp}&nbsp;&nbsp;&nbsp;&nbsp;信息来源：{source}</font></td></tr>
<tr><td><hr size="1" color="#CCCCCC"></td></tr>
<tr><td style="font-size:14px;line-height:28px">
{_ps(story.lines)}
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">[打印本页]</a>&nbsp;<a
 href="javascript:window.close()">[关闭窗口]</a></td></tr>
</table>
<table width="960" border="0" cellspacing="0" cellpadding="4" align="center">
<tr><td colspan="2" bgcolor="#EEEEEE"><b>相关信息</b></td></tr>
{related_html}
</table>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#EEEEEE">
<tr><td align="center" height="80"><font size="2">版权所有：{site}　地址：{address}<br>{icp}</font></td></tr>
</table>
</form>
</body>
</html>
"""
    furniture = (
        site + "".join(nav),
        f"当前位置：首页 > {column}",
        "[打印本页] [关闭窗口]",
        "相关信息" + "".join(t + d for t, d in related),
        f"版权所有：{site}　地址：{address}",
        icp,
    )
    furniture += () if story.outlet else ("信息来源：本网",)
    host = f"www.example-r24-swt{rng.randrange(10, 99)}.gov.cn"
    return Wrapped(_ncr(html, "gbk"), furniture, f"http://{host}/{db}.nsf/0/{unid}?OpenDocument", "gbk")


@unseen24("pageadmin_net_moment_article_info_clicks")
def pageadmin_net_moment_article_info_clicks(story: Story) -> Wrapped:
    """A county 投资促进中心's site on PageAdmin CMS (.NET): `<title>` headline-column-site (column-site where the story
    has none), the generator meta, the top bar with 今天是 a later day, the nav, 当前位置, `<h1 class="article_title">`
    (absent where the story has none), 发布时间 as .NET prints a moment, 来源 (the centre where the story names none),
    作者, 点击 filled by a script, 【字体：大 中 小】, 分享到, 上一篇/下一篇, 相关文章 with days, the footer with
    主办/承办, the ICP and 技术支持：PageAdmin."""
    rng = _rng(story, "pageadmin")
    place = rng.choice(PLACES)
    site = f"{place}投资促进中心"
    column = rng.choice(["招商动态", "工作动态", "项目建设"])
    day = story.published
    moment = _at(day, rng) if day else None
    today = _moment_after(day or dt.date(2022, 3, 14), rng, 3, 90)
    today_line = f"今天是：{today.year}年{today.month}月{today.day}日 星期{WEEKDAYS[today.weekday()]}"
    source = escape(story.outlet) if story.outlet else site
    author = rng.choice(NAMES)
    info = _join(
        [
            f"<span>发布时间：{_net_moment(moment)}</span>" if moment else "",
            f"<span>来源：{source}</span>",
            f"<span>作者：{author}</span>",
            f'<span>点击：<span id="clicks_{rng.randrange(1000, 99999)}">{rng.randrange(20, 2000)}</span></span>',
        ],
        "",
    )
    nav = ["首页", "中心概况", "招商动态", "投资环境", "招商政策", "招商项目", "投资服务", "联系我们"]
    related = _related(rng, day, 5)
    prev_title, next_title = _pick(rng, OTHER_NEWS, 2)
    icp, police = _licences(rng, rng.choice(["浙", "皖", "赣", "湘"]))
    heading = f'<h1 class="article_title">{headline_html(story)}</h1>' if story.headline else ""
    title = f"{escape(story.headline)}-{column}-{site}" if story.headline else f"{column}-{site}"
    item = rng.randrange(1000, 99999)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="renderer" content="webkit" />
<meta name="generator" content="PageAdmin CMS" />
<title>{title}</title>
<link href="/templates/default/css/style.css" rel="stylesheet" type="text/css" />
<script src="/e/js/jquery.min.js"></script>
<script src="/e/js/common.js"></script>
</head>
<body>
<div class="topbar"><div class="container"><span class="today">{today_line}</span><span class="toplink"><a
 href="javascript:void(0)" onclick="SetHome(this)">设为首页</a> | <a href="javascript:void(0)"
 onclick="AddFavorite()">加入收藏</a></span></div></div>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/upload/logo.png" alt="{site}" /></a>
</div></div>
<div class="nav"><div class="container"><ul>{"".join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(nav))}
</ul></div></div>
<div class="container">
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zsdt/">{column}</a> &gt; 正文</div>
<div class="article_box">
{heading}
<div class="article_info">{info}<span class="fontsize">【字体：<a href="javascript:SetFont(18)">大</a> <a
 href="javascript:SetFont(16)">中</a> <a href="javascript:SetFont(14)">小</a>】</span></div>
<div class="article_content" id="article_content">
{_ps(story.lines)}
</div>
<div class="article_share">分享到：<a class="bds_weixin" href="#">微信</a><a class="bds_tsina" href="#">微博</a><a
 class="bds_qzone" href="#">QQ空间</a></div>
<div class="article_prevnext"><p>上一篇：<a href="/zsdt/{item - 1}.html">{prev_title}</a></p><p>下一篇：<a
 href="/zsdt/{item + 1}.html">{next_title}</a></p></div>
<div class="article_related"><div class="title">相关文章</div><ul>{
        "".join(f'<li><a href="#">{t}</a><span>{d}</span></li>' for t, d in related)
    }</ul></div>
</div>
</div>
<div class="footer"><div class="container"><p>主办：{site}　承办：{place}大数据中心</p><p><a
 href="https://beian.miit.gov.cn/" target="_blank">{icp}</a>　{police}</p><p>技术支持：<a
 href="http://www.pageadmin.net" target="_blank">PageAdmin</a></p></div></div>
<script>$.get("/e/api/clicks.ashx?id={item}", function (d) {{ $("[id^=clicks_]").html(d); }});</script>
</body>
</html>
"""
    furniture = (
        today_line,
        "设为首页 | 加入收藏",
        "".join(nav),
        f"当前位置：首页 > {column} > 正文",
        "【字体：大 中 小】",
        "分享到：微信微博QQ空间",
        f"上一篇：{prev_title}",
        f"下一篇：{next_title}",
        "相关文章" + "".join(t + d for t, d in related),
        f"主办：{site}　承办：{place}大数据中心",
        icp,
        police,
        "技术支持：PageAdmin",
    )
    furniture += (f"作者：{author}",)
    furniture += () if story.outlet else (f"来源：{site}",)
    host = f"www.example-r24-tzcj{rng.randrange(10, 99)}.gov.cn"
    return Wrapped(html, furniture, f"http://{host}/zsdt/{item}.html")


# ---------------------------------------------------------------- builders and CMSs: 凡科建站, Joomla, Typecho


@unseen24("fkw_jianzhan_shanghui_news_detail_module")
def fkw_jianzhan_shanghui_news_detail_module(story: Story) -> Wrapped:
    """An 异地商会's site on 凡科建站: `<title>` headline - 商会 (商会动态 - 商会 where the story has none), the module
    scaffolding, the nav, 当前位置, the `newsDetail` module with its `<h1 class="title">` (absent where the story has
    none) and the `newsInfo` spans (发表时间, 来源 only where the story names one, 作者 the 秘书处, 浏览量), 上一篇/
    下一篇, 相关新闻, the footer's rights, 本站使用 凡科建站 搭建 | 手机版 | 管理登录."""
    rng = _rng(story, "fkw")
    place = rng.choice(PLACES)
    home = rng.choice(["温州", "泉州", "潮汕", "莆田", "宁波"])
    site = f"{place[:-1]}{home}商会"
    day = story.published
    moment = _at(day, rng) if day else None
    views = rng.randrange(30, 3000)
    spans = [
        f'<span class="newsInfo newsInfo-dt">发表时间：{moment:%Y-%m-%d %H:%M}</span>' if moment else "",
        f'<span class="newsInfo newsInfo-sr">来源：{escape(story.outlet)}</span>' if story.outlet else "",
        '<span class="newsInfo newsInfo-au">作者：商会秘书处</span>',
        f'<span class="newsInfo newsInfo-vw">浏览量：<span class="newsViews">{views}</span></span>',
    ]
    nav = ["首页", "商会简介", "商会动态", "会员风采", "招商合作", "家乡资讯", "联系我们"]
    prev_title, next_title = _pick(rng, OTHER_NEWS, 2)
    related = _pick(rng, OTHER_NEWS, 4)
    aid = rng.randrange(10**7, 10**8)
    uid = rng.randrange(100, 999)
    heading = f'<h1 class="title textAlign_center">{headline_html(story)}</h1>' if story.headline else ""
    title = f"{escape(story.headline)} - {site}" if story.headline else f"商会动态 - {site}"
    year = (day or dt.date(2021, 6, 1)).year + rng.randrange(0, 2)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="keywords" content="{site}"/>
<title>{title}</title>
<link type="text/css" href="//fe.508sys.cn/css/site/base.min.css?v=202101061830" rel="stylesheet"/>
<link type="text/css" href="//{aid}.s21i.faimallusr.com/css/{aid}_{uid}.min.css" rel="stylesheet"/>
<script type="text/javascript">var _siteDemo = false; var _colId = 103; var _aid = {aid};</script>
</head>
<body faiscoMobile="false" class="g_locale2052 g_main g_col103 g_cusSiteWidth">
<div id="g_main" class="g_main g_col103">
<div id="web" class="g_web">
<div id="webTop" class="webTop"><div id="navV2Wrap"><div id="navV2" class="nav navStyle navV2"><div class="navContent"
><div class="navCenterContent">{
        "".join(
            f'<div class="item itemCol{i}"><a hidefocus="true" href="/col.jsp?id={100 + i}"><span class="itemName">{n}'
            "</span></a></div>"
            for i, n in enumerate(nav)
        )
    }</div></div></div></div>
<div id="corpTitle" class="corpTitle"><span class="corpName">{site}</span></div></div>
<div id="webContainer" class="webContainer">
<div id="container" class="container">
<div id="containerMiddle" class="containerMiddle"><div id="centerBox" class="centerBox">
<div id="middleRightForms" class="column forms mainForms">
<div id="module2" class="form formStyle7 formIndex1" _indexClass="formIndex1" _modulestyle="7" _moduleid="2">
<div class="formMiddle formMiddle2"><div class="formMiddleContent formMiddleContent2">
<div class="newsDetailPosition">当前位置：<a href="/">首页</a> &gt; <a href="/col.jsp?id=102">商会动态</a></div>
<div class="newsDetail newsDetailV3">
{heading}
<div class="newsInfoWrap">{"".join(s for s in spans if s)}</div>
<div class="richContent richContent0 richContent2">
{_ps(story.lines)}
</div>
<div class="prevNextWrap"><div class="prev"><span class="prevTitle">上一篇：</span><a
 href="/nd.jsp?id={rng.randrange(10, 99)}">{prev_title}</a></div><div class="next"><span
 class="nextTitle">下一篇：</span><a href="/nd.jsp?id={rng.randrange(100, 199)}">{next_title}</a></div></div>
</div>
</div></div></div>
<div id="module9" class="form formStyle6 formIndex2" _modulestyle="6" _moduleid="9"><div class="formBanner
 formBanner9"><div class="titleText titleText9"><span>相关新闻</span></div></div><div class="formMiddle
 formMiddle9"><ul>{"".join(f'<li class="newsLine"><a href="#">{t}</a></li>' for t in related)}</ul></div></div>
</div>
</div></div>
</div>
</div>
<div id="webFooter" class="webFooter"><div class="footer"><div class="footerInfo">©{year} {site} 版权所有</div
><div class="footerSupport"><span>本站使用</span> <a href="http://jz.fkw.com" target="_blank">凡科建站</a>
<span>搭建</span> | <a href="/m/">手机版</a> | <a href="/login.jsp">管理登录</a></div></div></div>
</div>
</div>
<script type="text/javascript" src="//fe.508sys.cn/js/jquery/jquery-core.min.js"></script>
<script type="text/javascript" src="//fe.508sys.cn/js/site.min.js?v=202101061830"></script>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        site,
        "当前位置：首页 > 商会动态",
        "作者：商会秘书处",
        f"浏览量：{views}",
        f"上一篇：{prev_title}",
        f"下一篇：{next_title}",
        "相关新闻" + "".join(related),
        f"©{year} {site} 版权所有",
        "本站使用 凡科建站 搭建 | 手机版 | 管理登录",
    )
    return Wrapped(html, furniture, f"http://{aid}.s21i.faiusr.example-r24.com/nd.jsp?id={rng.randrange(200, 999)}")


# A province's trade offices abroad: the office's city, its time zone's offset from UTC in January, and its country.
OFFICES = [("法兰克福", 1, "德国"), ("米兰", 1, "意大利"), ("伦敦", 0, "英国"), ("悉尼", 11, "澳大利亚")]


@unseen24("joomla_item_page_article_info_hits")
def joomla_item_page_article_info_hits(story: Story) -> Wrapped:
    """A province's 驻海外经贸代表处's Chinese site on Joomla 3's protostar: the generator meta, `<title>` the headline
    (the office where the story has none), `site-title`, the nav, `breadcrumb` with 当前位置, `div.item-page` with the
    itemprop headline `<h2>` (absent where the story has none), the print/email dropdown, `dl.article-info` (详细信息,
    作者, 分类, 发布于 2021年01月09日 with a `datetime` in the office's own time zone, 点击数 N), `articleBody`, the
    pager's 上一篇/下一篇, 回到顶部 and © year office."""
    rng = _rng(story, "joomla")
    province = rng.choice(PROVINCES)[0]
    city, offset, _country = rng.choice(OFFICES)
    office = f"{province}驻{city}经贸代表处"
    category = rng.choice(["省内动态", "招商合作", "经贸资讯"])
    day = story.published
    moment = _at(day, rng) if day else None
    hits = rng.randrange(10, 900)
    author = rng.choice(["Super User", "管理员", "代表处"])
    menu = ["首页", "关于我们", "省内动态", "投资" + province[:2], "经贸资讯", "联系我们"]
    prev_title, next_title = _pick(rng, OTHER_NEWS, 2)
    published = ""
    if moment:
        local = moment - dt.timedelta(hours=8 - offset)
        sign = "+" if offset >= 0 else "-"
        stamp = f"{local:%Y-%m-%dT%H:%M:%S}{sign}{abs(offset):02d}:00"
        published = (
            f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{stamp}"'
            f' itemprop="datePublished">发布于：{local.year}年{local:%m}月{local:%d}日</time></dd>'
        )
    heading = (
        f'<div class="page-header"><h2 itemprop="headline">{headline_html(story)}</h2></div>' if story.headline else ""
    )
    year = (day or dt.date(2021, 6, 1)).year + rng.randrange(0, 3)
    item = rng.randrange(100, 999)
    host = f"www.example-r24-office{rng.randrange(10, 99)}.eu"
    alias = f"{item}-{rng.choice(['news', 'zhaoshang', 'jingmao'])}"
    html = f"""<!DOCTYPE html>
<html lang="zh-cn" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="https://{host}/index.php/{alias}" />
	<meta name="author" content="{author}" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{escape(story.headline or office)}</title>
	<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/protostar/css/template.css?{_hex(rng, 32)}" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?{_hex(rng, 32)}"></script>
	<script src="/media/system/js/caption.js?{_hex(rng, 32)}"></script>
	<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-{rng.randrange(101, 140)}">
	<div class="body" id="top">
		<div class="container">
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/">
						<span class="site-title" title="{office}">{office}</span>
					</a>
					<div class="header-search pull-right"></div>
				</div>
			</header>
			<nav class="navigation" role="navigation">
				<div class="navbar pull-left">
					<a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse">
						<span class="element-invisible">切换导航</span>
						<span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>
					</a>
				</div>
				<div class="nav-collapse">
					<ul class="nav menu nav-pills mod-list">
{"".join(f'<li class="item-{101 + i}"><a href="/index.php/m{i}">{m}</a></li>' for i, m in enumerate(menu))}
					</ul>
				</div>
			</nav>
			<div class="row-fluid">
				<main id="content" role="main" class="span12">
					<div class="moduletable">
<div aria-label="面包屑" role="navigation">
	<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
		<li>当前位置: &#160;</li>
		<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item"
 href="/index.php" class="pathway"><span itemprop="name">首页</span></a><span class="divider"><img
 src="/media/system/images/arrow.png" alt="" /></span><meta itemprop="position" content="1"></li>
		<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span
 itemprop="name">{category}</span><meta itemprop="position" content="2"></li>
	</ul>
</div>
					</div>
					<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="zh-CN" />
	{heading}
	<div class="icons">
		<div class="btn-group pull-right">
			<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{item}" aria-label="用户工具"
 data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog"
 aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
			<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{item}">
				<li class="print-icon"><a href="/index.php/{alias}?tmpl=component&amp;print=1"
 rel="nofollow"><span class="icon-print" aria-hidden="true"></span>打印</a></li>
				<li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;link={_hex(rng, 40)}"
 rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span>电子邮件</a></li>
			</ul>
		</div>
	</div>
	<dl class="article-info muted">
		<dt class="article-info-term">详细信息</dt>
		<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">作者：<span
 itemprop="name">{author}</span></dd>
		<dd class="category-name">分类：<a href="/index.php/m2" itemprop="genre">{category}</a></dd>
		{published}
		<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount"
 content="UserPageVisits:{hits}" />点击数：{hits}</dd>
	</dl>
	<div itemprop="articleBody">
{_ps(story.lines)}
	</div>
	<ul class="pager pagenav">
		<li class="previous"><a class="hasTooltip" title="{prev_title}" aria-label="上一篇文章：{prev_title}"
 href="/index.php/{item - 1}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span
 aria-hidden="true">上一篇</span></a></li>
		<li class="next"><a class="hasTooltip" title="{next_title}" aria-label="下一篇文章：{next_title}"
 href="/index.php/{item + 1}" rel="next"><span aria-hidden="true">下一篇</span> <span class="icon-chevron-right"
 aria-hidden="true"></span></a></li>
	</ul>
</div>
				</main>
			</div>
		</div>
	</div>
	<footer class="footer" role="contentinfo">
		<div class="container">
			<hr />
			<p class="pull-right"><a href="#top" id="back-top">回到顶部</a></p>
			<p>&copy; {year} {office}</p>
		</div>
	</footer>
</body>
</html>
"""
    furniture = (
        "切换导航",
        "".join(menu),
        f"当前位置: 首页{category}",
        "打印电子邮件",
        f"详细信息作者：{author}",
        f"分类：{category}",
        f"点击数：{hits}",
        "上一篇下一篇回到顶部",
        f"© {year} {office}",
    )
    return Wrapped(html, furniture, f"https://{host}/index.php/{alias}")


@unseen24("typecho_default_post_meta_microdata")
def typecho_default_post_meta_microdata(story: Story) -> Wrapped:
    """A 招商 blog on Typecho's default theme: the generator meta, `<title>` title - blog (a made-up title where the
    story has none: a post always has one), `#logo` and `.description`, the search, the nav, `article.post` with `<h1
    class="post-title" itemprop="name headline">`, `post-meta` (作者, 时间 in `<time itemprop=datePublished>`, a made-up
    day where the story has none, 分类), the text (本文转自：X closing it where the story names an outlet), 标签,
    添加新评论 and its form, 上一篇/下一篇, the sidebar's 最新文章, 最近回复, 分类, 归档 by month and 其它, and 由
    Typecho 强力驱动."""
    rng = _rng(story, "typecho")
    place = rng.choice(PLACES)
    blog, description = rng.choice(
        [
            ("招商手记", "一名基层招商干部的工作笔记"),
            ("园区观察", "关注产业园区与招商引资"),
            ("投资促进札记", "摘录 · 思考 · 交流"),
        ]
    )
    domain = f"www.example-r24-tc{rng.randrange(10, 99)}.cn"
    day = story.published
    posted = _at(day or dt.date(2022, rng.randrange(1, 13), rng.randrange(1, 28)), rng)
    title = story.headline or f"【转载】{place}招商引资工作纪实"
    author = rng.choice(["admin", "招商小吴", "老骆"])
    category = rng.choice(["招商动态", "转载", "学习资料"])
    cid = rng.randrange(20, 900)
    tags = rng.sample(["招商引资", "营商环境", "项目签约", "园区", place[:-1]], 2)
    body = _ps(story.lines)
    if story.outlet:
        body += f"\n<p>本文转自：{escape(story.outlet)}</p>"
    latest = _pick(rng, OTHER_NEWS, 5)
    replies = [(rng.choice(NAMES), r) for r in _pick(rng, REPLIES, 2)]
    months = [dt.date(posted.year, posted.month, 1)]
    for _ in range(3):
        months.append((months[-1] - dt.timedelta(days=1)).replace(day=1))
    archives = [f"{m.year}年{m.month}月" for m in months]
    categories = ["招商动态", "转载", "学习资料", "默认分类"]
    prev_title = rng.choice(OTHER_NEWS)
    html = f"""<!DOCTYPE HTML>
<html class="no-js">
<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge, chrome=1">
    <meta name="renderer" content="webkit">
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
    <title>{escape(title)} - {blog}</title>
    <link rel="stylesheet" href="https://{domain}/usr/themes/default/normalize.css">
    <link rel="stylesheet" href="https://{domain}/usr/themes/default/grid.css">
    <link rel="stylesheet" href="https://{domain}/usr/themes/default/style.css">
    <meta name="keywords" content="{",".join(tags)}" />
    <meta name="generator" content="Typecho 1.2.1" />
    <meta name="template" content="default" />
    <link rel="pingback" href="https://{domain}/action/xmlrpc" />
    <link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="https://{domain}/feed/" />
</head>
<body>

<header id="header" class="clearfix">
    <div class="container">
        <div class="row">
            <div class="site-name col-mb-12 col-9">
                <a id="logo" href="https://{domain}/">{blog}</a>
                <p class="description">{description}</p>
            </div>
            <div class="site-search col-3 kit-hidden-tb">
                <form id="search" method="post" action="https://{domain}/" role="search">
                    <label for="s" class="sr-only">搜索关键字</label>
                    <input type="text" id="s" name="s" class="text" placeholder="输入关键字搜索" />
                    <button type="submit" class="submit">搜索</button>
                </form>
            </div>
            <div class="col-mb-12">
                <nav id="nav-menu" class="clearfix" role="navigation">
                    <a href="https://{domain}/">首页</a>
                    <a href="https://{domain}/about.html" title="关于">关于</a>
                    <a href="https://{domain}/links.html" title="友链">友链</a>
                </nav>
            </div>
        </div>
    </div>
</header>
<div id="body">
    <div class="container">
        <div class="row">

<div class="col-mb-12 col-8" id="main" role="main">
    <article class="post" itemscope itemtype="http://schema.org/BlogPosting">
        <h1 class="post-title" itemprop="name headline"><a itemprop="url"
 href="https://{domain}/archives/{cid}/">{escape(title)}</a></h1>
        <ul class="post-meta">
            <li itemprop="author" itemscope itemtype="http://schema.org/Person">作者: <a itemprop="name"
 href="https://{domain}/author/1/" rel="author">{author}</a></li>
            <li>时间: <time datetime="{posted:%Y-%m-%dT%H:%M:%S}+08:00"
 itemprop="datePublished">{posted:%Y-%m-%d}</time></li>
            <li>分类: <a href="https://{domain}/category/{cid % 4}/">{category}</a></li>
        </ul>
        <div class="post-content" itemprop="articleBody">
            {body}
        </div>
        <p itemprop="keywords" class="tags">标签: {
        ", ".join(f'<a href="https://{domain}/tag/{t}/">{t}</a>' for t in tags)
    }</p>
    </article>

    <div id="comments">
        <div id="respond-post-{cid}" class="respond">
            <div class="cancel-comment-reply">
                <a id="cancel-comment-reply-link" href="#respond-post-{cid}" rel="nofollow" style="display:none"
 onclick="return TypechoComment.cancelReply();">取消回复</a>
            </div>
            <h3 id="response">添加新评论</h3>
            <form method="post" action="https://{domain}/archives/{cid}/comment" id="comment-form" role="form">
                <p><label for="author" class="required">称呼</label><input type="text" name="author" id="author"
 class="text" value="" required /></p>
                <p><label for="mail" class="required">Email</label><input type="email" name="mail" id="mail"
 class="text" value="" required /></p>
                <p><label for="url">网站</label><input type="url" name="url" id="url" class="text"
 placeholder="http://" value="" /></p>
                <p><label for="textarea" class="required">内容</label><textarea rows="8" cols="50" name="text"
 id="textarea" class="textarea" required></textarea></p>
                <p><button type="submit" class="submit">提交评论</button></p>
            </form>
        </div>
    </div>

    <ul class="post-near">
        <li>上一篇: <a href="https://{domain}/archives/{cid - 1}/" title="{prev_title}">{prev_title}</a></li>
        <li>下一篇: 没有了</li>
    </ul>
</div><!-- end #main-->

<div class="col-mb-12 col-offset-1 col-3 kit-hidden-tb" id="secondary" role="complementary">
    <section class="widget">
        <h3 class="widget-title">最新文章</h3>
        <ul class="widget-list">{"".join(f'<li><a href="#">{t}</a></li>' for t in latest)}</ul>
    </section>
    <section class="widget">
        <h3 class="widget-title">最近回复</h3>
        <ul class="widget-list">{"".join(f'<li><a href="#">{n}</a>: {r}</li>' for n, r in replies)}</ul>
    </section>
    <section class="widget">
        <h3 class="widget-title">分类</h3>
        <ul class="widget-list">{"".join(f'<li><a href="#">{c}</a></li>' for c in categories)}</ul>
    </section>
    <section class="widget">
        <h3 class="widget-title">归档</h3>
        <ul class="widget-list">{"".join(f'<li><a href="#">{a}</a></li>' for a in archives)}</ul>
    </section>
    <section class="widget">
        <h3 class="widget-title">其它</h3>
        <ul class="widget-list">
            <li><a href="https://{domain}/admin/login.php">登录</a></li>
            <li><a href="https://{domain}/feed/">文章 RSS</a></li>
            <li><a href="https://{domain}/feed/comments/">评论 RSS</a></li>
            <li><a href="http://www.typecho.org">Typecho</a></li>
        </ul>
    </section>
</div><!-- end #sidebar -->

        </div><!-- end .row -->
    </div>
</div><!-- end #body -->

<footer id="footer" role="contentinfo">
    &copy; {posted.year + rng.randrange(0, 3)} <a href="https://{domain}/">{blog}</a>.
    由 <a href="http://www.typecho.org">Typecho</a> 强力驱动.
</footer>
</body>
</html>
"""
    furniture = (
        blog + description,
        "搜索关键字",
        "首页关于友链",
        f"作者: {author}",
        f"分类: {category}",
        "标签: " + ", ".join(tags),
        "取消回复",
        "添加新评论",
        "称呼Email网站内容",
        "提交评论",
        f"上一篇: {prev_title}",
        "下一篇: 没有了",
        "最新文章" + "".join(latest),
        "最近回复" + "".join(f"{n}: {r}" for n, r in replies),
        "分类" + "".join(categories),
        "归档" + "".join(archives),
        "其它登录文章 RSS评论 RSSTypecho",
        "由 Typecho 强力驱动",
    )
    furniture += () if day else (f"时间: {posted:%Y-%m-%d}",)
    furniture += () if story.headline else (title,)
    return Wrapped(html, furniture, f"https://{domain}/archives/{cid}/")


# ---------------------------------------------------------------- frameworks: VitePress, Ionic


# The two scripts VitePress 1.x inlines in every page's head, as built.
VP_HEAD_SCRIPTS = (
    '<script id="check-dark-mode">(()=>{const e=localStorage.getItem("vitepress-theme-appearance")||"auto",'
    'a=window.matchMedia("(prefers-color-scheme: dark)").matches;(!e||e==="auto"?a:e==="dark")&&'
    'document.documentElement.classList.add("dark")})();</script>\n    <script id="check-mac-os">'
    'document.documentElement.classList.toggle("mac",/Mac|iPhone|iPod|iPad/i.test(navigator.platform));</script>'
)


@unseen24("vitepress_touzi_zhinan_vp_doc_last_updated")
def vitepress_touzi_zhinan_vp_doc_last_updated(story: Story) -> Wrapped:
    """A 开发区's 投资指南 docs site on VitePress: `<title>` headline | guide (the guide where the story has none), the
    dark-mode script, the nav bar's title, 搜索文档 and menu, the sidebar's groups and items, `main .vp-doc` with the
    `<h1>` and its header-anchor (absent where the story has none), a tip block with 来源 and 发布时间 where the story
    names them, 在 Gitee 上编辑此页, 最后更新于 a later moment, the pager's 上一篇/下一篇, the footer's message and
    copyright."""
    rng = _rng(story, "vitepress")
    place = rng.choice(PLACES)
    zone = f"{place[:-1]}经济开发区"
    guide = f"{zone}投资指南"
    day = story.published
    updated = _moment_after(day or dt.date(2023, 4, 11), rng, 2, 60)
    menu = ["园区概况", "产业政策", "投资流程", "新闻动态"]
    slug = f"news/{(day or updated.date()):%Y-%m%d}-{rng.randrange(1, 9)}"
    own = story.headline or f"新闻稿（{rng.randrange(1, 40)}）"
    groups = [
        ("园区概况", ["园区简介", "区位交通", "配套设施"]),
        ("产业政策", ["招商引资优惠政策", "人才政策"]),
    ]
    others = _pick(rng, OTHER_NEWS, 3)
    prev_title, next_title = others[0], others[1]
    sidebar = "".join(
        f'<section class="VPSidebarItem level-0 collapsible" data-v-b3fd67f8><div class="item" role="button"'
        f' tabindex="0" data-v-b3fd67f8><div class="indicator" data-v-b3fd67f8></div><h2 class="text"'
        f' data-v-b3fd67f8>{g}</h2></div><div class="items" data-v-b3fd67f8><!--[-->'
        + "".join(
            f'<div class="VPSidebarItem level-1 is-link" data-v-b3fd67f8><div class="item" data-v-b3fd67f8><a'
            f' class="VPLink link link" href="/{i}.html" data-v-b3fd67f8><p class="text" data-v-b3fd67f8>{it}</p></a>'
            "</div></div>"
            for i, it in enumerate(items)
        )
        + "<!--]--></div></section>"
        for g, items in groups
    )
    news_items = [prev_title, own, next_title]
    sidebar += (
        '<section class="VPSidebarItem level-0 collapsible has-active" data-v-b3fd67f8><div class="item"'
        ' role="button" tabindex="0" data-v-b3fd67f8><div class="indicator" data-v-b3fd67f8></div><h2 class="text"'
        ' data-v-b3fd67f8>新闻动态</h2></div><div class="items" data-v-b3fd67f8><!--[-->'
        + "".join(
            f'<div class="VPSidebarItem level-1 is-link{" is-active has-active" if i == 1 else ""}"'
            f' data-v-b3fd67f8><div class="item" data-v-b3fd67f8><a class="VPLink link link" href="/news/{i}.html"'
            f' data-v-b3fd67f8><p class="text" data-v-b3fd67f8>{escape(it)}</p></a></div></div>'
            for i, it in enumerate(news_items)
        )
        + "<!--]--></div></section>"
    )
    anchor = f"h{_hex(rng, 6)}"
    heading = (
        f'<h1 id="{anchor}" tabindex="-1">{headline_html(story)} <a class="header-anchor" href="#{anchor}"'
        f' aria-label="Permalink to &quot;{headline_html(story)}&quot;">\u200b</a></h1>'
        if story.headline
        else ""
    )
    tip_parts = [
        f"来源：{escape(story.outlet)}" if story.outlet else "",
        f"发布时间：{day.year}年{day.month}月{day.day}日" if day else "",
    ]
    tip = (
        f'<div class="tip custom-block"><p class="custom-block-title">提示</p><p>{_join(tip_parts, "　")}</p></div>'
        if any(tip_parts)
        else ""
    )
    repo = f"gitee.com/{PINYIN[place[:-1]].lower()}-kfq/touzi-zhinan"
    shown = f"{updated.year}/{updated.month}/{updated.day} {updated:%H:%M:%S}"
    year = updated.year
    html = f"""<!DOCTYPE html>
<html lang="zh-CN" dir="ltr">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>{escape(story.headline + " | " + guide) if story.headline else guide}</title>
    <meta name="description" content="{guide}">
    <meta name="generator" content="VitePress v1.0.2">
    <link rel="preload stylesheet" href="/assets/style.{_hex(rng, 8)}.css" as="style">
    <script type="module" src="/assets/app.{_hex(rng, 8)}.js"></script>
    <link rel="modulepreload" href="/assets/chunks/framework.{_hex(rng, 8)}.js">
    <link rel="modulepreload" href="/assets/{slug.replace("/", "_")}.md.{_hex(rng, 8)}.lean.js">
    {VP_HEAD_SCRIPTS}
  </head>
  <body>
    <div id="app"><div class="Layout" data-v-5d98c3a5><!--[--><!--]--><!--[--><span tabindex="-1"
 data-v-0f60ec36></span><a href="#VPContent" class="VPSkipLink visually-hidden" data-v-0f60ec36> 跳转到内容
 </a><!--]--><!----><header class="VPNav" data-v-5d98c3a5 data-v-ae24b3ad><div class="VPNavBar has-sidebar top"
 data-v-ae24b3ad data-v-ccf7ddec><div class="wrapper" data-v-ccf7ddec><div class="container" data-v-ccf7ddec><div
 class="title" data-v-ccf7ddec><div class="VPNavBarTitle has-sidebar" data-v-ccf7ddec data-v-ab19afbb><a
 class="title" href="/" data-v-ab19afbb><!--[--><!--]--><!--[--><img class="VPImage logo" src="/logo.svg" alt
 data-v-8426fc1a><!--]--><span data-v-ab19afbb>{guide}</span><!--[--><!--]--></a></div></div><div class="content"
 data-v-ccf7ddec><div class="content-body" data-v-ccf7ddec><!--[--><!--]--><div class="VPNavBarSearch search"
 data-v-ccf7ddec><!--[--><!----><div id="local-search"><button type="button" class="DocSearch DocSearch-Button"
 aria-label="搜索文档"><span class="DocSearch-Button-Container"><span class="vp-icon DocSearch-Search-Icon"></span><span
 class="DocSearch-Button-Placeholder">搜索文档</span></span><span class="DocSearch-Button-Keys"><kbd
 class="DocSearch-Button-Key"></kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button></div><!--]--></div><nav
 aria-labelledby="main-nav-aria-label" class="VPNavBarMenu menu" data-v-ccf7ddec data-v-7f418b0f><span
 id="main-nav-aria-label" class="visually-hidden" data-v-7f418b0f>Main Navigation</span><!--[--><!--[-->{
        "".join(
            f'<a class="VPLink link VPNavBarMenuLink{" active" if m == "新闻动态" else ""}" href="/m{i}/"'
            f' tabindex="0" data-v-42ef59de data-v-8b74d055><!--[--><span data-v-42ef59de>{m}</span><!--]--></a>'
            for i, m in enumerate(menu)
        )
    }<!--]--><!--]--></nav></div></div></div></div></div></header><aside class="VPSidebar" data-v-5d98c3a5
 data-v-575e6a36><div class="curtain" data-v-575e6a36></div><nav class="nav" id="VPSidebarNav"
 aria-labelledby="sidebar-aria-label" tabindex="-1" data-v-575e6a36><span class="visually-hidden"
 id="sidebar-aria-label" data-v-575e6a36> Sidebar Navigation </span><!--[--><!--]--><!--[-->{
        sidebar
    }<!--]--><!--[--><!--]--></nav></aside><div
 class="VPContent has-sidebar" id="VPContent" data-v-5d98c3a5 data-v-1428d186><div class="VPDoc has-sidebar has-aside"
 data-v-1428d186 data-v-39a288b8><!--[--><!--]--><div class="container" data-v-39a288b8><div class="aside"
 data-v-39a288b8><div class="aside-curtain" data-v-39a288b8></div><div class="aside-container" data-v-39a288b8><div
 class="aside-content" data-v-39a288b8><div class="VPDocAside" data-v-39a288b8
 data-v-3f215769><!--[--><!--]--><!--[--><!--]--><nav
 aria-labelledby="doc-outline-aria-label" class="VPDocAsideOutline" data-v-3f215769 data-v-935f8a84><div
 class="content" data-v-935f8a84><div class="outline-marker" data-v-935f8a84></div><div aria-level="2"
 class="outline-title" id="doc-outline-aria-label" role="heading" data-v-935f8a84>本页目录</div><ul
 class="VPDocOutlineItem root" data-v-935f8a84 data-v-b933a997><!--[--><!--]--></ul></div></nav><!--[--><!--]--><div
 class="spacer" data-v-3f215769></div><!--[--><!--]--><!----><!--[--><!--]--><!--[--><!--]-->
</div></div></div></div><div
 class="content" data-v-39a288b8><div class="content-container" data-v-39a288b8><!--[--><!--]--><main class="main"
 data-v-39a288b8><div style="position:relative;" class="vp-doc _{slug.replace("/", "_").replace("-", "_")}"
 data-v-39a288b8><div>{heading}{tip}{_ps(story.lines)}</div></div></main><footer class="VPDocFooter"
 data-v-39a288b8 data-v-09de1c0f><!--[--><!--]--><div class="edit-info" data-v-09de1c0f><div class="edit-link"
 data-v-09de1c0f><a class="VPLink link vp-external-link-icon no-icon edit-link-button"
 href="https://{repo}/edit/main/docs/{slug}.md" target="_blank" rel="noreferrer" data-v-09de1c0f><!--[--><span
 class="vpi-square-pen edit-link-icon" data-v-09de1c0f></span> 在 Gitee 上编辑此页<!--]--></a></div><div
 class="last-updated" data-v-09de1c0f><p class="VPLastUpdated" data-v-09de1c0f data-v-7e05ebdb>最后更新于: <time
 datetime="{_utc_iso(updated)}" data-v-7e05ebdb>{shown}</time></p></div></div><nav class="prev-next"
 aria-labelledby="doc-footer-aria-label" data-v-09de1c0f><span class="visually-hidden" id="doc-footer-aria-label"
 data-v-09de1c0f>Pager</span><div class="pager" data-v-09de1c0f><a class="VPLink link pager-link prev"
 href="/news/0.html" data-v-09de1c0f><!--[--><span class="desc" data-v-09de1c0f>上一篇</span><span class="title"
 data-v-09de1c0f>{prev_title}</span><!--]--></a></div><div class="pager" data-v-09de1c0f><a
 class="VPLink link pager-link next" href="/news/2.html" data-v-09de1c0f><!--[--><span class="desc"
 data-v-09de1c0f>下一篇</span><span class="title" data-v-09de1c0f>{
        next_title
    }</span><!--]--></a></div></nav></footer><!--[--><!--]--></div></div></div><!--[--><!--]--></div></div><footer
 class="VPFooter has-sidebar" data-v-5d98c3a5 data-v-e315a0ad><div class="container" data-v-e315a0ad><p
 class="message" data-v-e315a0ad>{zone}管委会投资促进局 编</p><p class="copyright" data-v-e315a0ad>Copyright ©
 {year} {zone}管委会</p></div></footer><!--[--><!--]--></div></div>
    <script>window.__VP_HASH_MAP__=JSON.parse("{{\\"index.md\\":\\"{
        _hex(rng, 8)
    }\\"}}");window.__VP_SITE_DATA__=JSON.parse("{{\\"lang\\":\\"zh-CN\\",\\"title\\":\\"{guide}\\"}}");</script>
  </body>
</html>
"""
    furniture = (
        "跳转到内容",
        guide,
        "搜索文档",
        "".join(menu),
        "Sidebar Navigation",
        *(g + "".join(items) for g, items in groups),
        "本页目录",
        "在 Gitee 上编辑此页",
        f"最后更新于: {shown}",
        f"上一篇{prev_title}",
        f"下一篇{next_title}",
        f"{zone}管委会投资促进局 编",
        f"Copyright © {year} {zone}管委会",
    )
    furniture += () if story.headline else (own,)
    return Wrapped(html, furniture, f"https://touzi.example-r24-kfq{rng.randrange(10, 99)}.cn/{slug}.html")


@unseen24("ionic_hydrated_ion_content_detail_title")
def ionic_hydrated_ion_content_detail_title(story: Story) -> Wrapped:
    """A county 融媒体中心's app page on Ionic (Angular), saved after hydration: `<title>` the app's name whatever the
    story, `ion-header` with its back button, `ion-title` 新闻详情 and a share button, `ion-content` with `<h1
    class="detail-title">` (absent where the story has none), the source (the centre where the story names none), the
    time (none where the story names no day), 阅读 N, the text, `ion-list` 相关推荐 with days, the `ion-footer`'s
    写评论... / 评论 / 点赞 / 收藏."""
    rng = _rng(story, "ionic")
    place = rng.choice(PLACES)
    app = rng.choice([f"云上{place[:-1]}", f"爱{place[:-1]}", f"{place[:-1]}发布"])
    centre = f"{place}融媒体中心"
    day = story.published
    moment = _at(day, rng) if day else None
    source = escape(story.outlet) if story.outlet else centre
    reads = rng.randrange(100, 30000)
    stamp = ""
    if moment:
        stamp = f"{moment:%Y-%m-%d %H:%M}" if rng.random() < 0.6 else f"{moment.year}年{moment:%m月%d日 %H:%M}"
    related = _related(rng, day, 4)
    hy = "md hydrated"
    label = f'class="sc-ion-label-md-h sc-ion-label-md-s {hy}"'
    related_html = "".join(
        f'<ion-item class="item md ion-activatable ion-focusable hydrated item-label" button=""><ion-label {label}>'
        f"<h2>{t}</h2><p>{d}</p></ion-label></ion-item>"
        for t, d in related
    )
    heading = f'<h1 class="detail-title">{headline_html(story)}</h1>' if story.headline else ""
    meta = _join(
        [
            f'<span class="source">{source}</span>',
            f'<span class="time">{stamp}</span>' if stamp else "",
            f'<span class="views">阅读 {reads}</span>',
        ],
        "",
    )
    version = rng.choice(["14.2.12", "15.2.9", "16.1.0"])
    html = f"""<!DOCTYPE html><html lang="zh-CN" class="plt-mobile plt-android plt-mobileweb md hydrated"
 mode="md"><head>
  <meta charset="utf-8">
  <title>{app}</title>
  <base href="/">
  <meta name="color-scheme" content="light dark">
  <meta name="viewport" content="viewport-fit=cover, width=device-width, initial-scale=1.0, minimum-scale=1.0,
 maximum-scale=1.0, user-scalable=no">
  <meta name="format-detection" content="telephone=no">
  <meta name="msapplication-tap-highlight" content="no">
  <link rel="icon" type="image/png" href="assets/icon/favicon.png">
  <link rel="stylesheet" href="styles.{_hex(rng, 16)}.css">
</head>
<body>
  <app-root ng-version="{version}"><ion-app class="md ion-page hydrated"><ion-router-outlet
 class="hydrated"><app-news-detail class="ion-page can-go-back" style="z-index: 101;"><ion-header
 class="md header-md header-collapse-none hydrated" role="banner"><ion-toolbar
 class="md in-toolbar hydrated"><ion-buttons
 slot="start" class="sc-ion-buttons-md-h sc-ion-buttons-md-s md buttons-first-slot hydrated"><ion-back-button
 defaulthref="/tabs/home" class="md button back-button-has-icon-only ion-activatable ion-focusable hydrated
 show-back-button"></ion-back-button></ion-buttons><ion-title class="md title-default hydrated"><div
 class="toolbar-title">新闻详情</div></ion-title><ion-buttons slot="end" class="sc-ion-buttons-md-h
 sc-ion-buttons-md-s md buttons-last-slot hydrated"><ion-button class="md button in-toolbar in-buttons
 button-clear ion-activatable ion-focusable hydrated"><ion-icon slot="icon-only" name="share-social-outline"
 role="img" class="{hy}" aria-label="share social outline"></ion-icon></ion-button></ion-buttons></ion-toolbar>
</ion-header><ion-content
 class="md content-ltr hydrated" style="--offset-top: 56px; --offset-bottom: 56px;"><div
 class="detail-head">{heading}<div
 class="detail-meta">{meta}</div></div><div class="detail-body">
{_ps(story.lines)}
</div><ion-list class="md list-md hydrated"><ion-list-header class="md hydrated"><ion-label
 {label}>相关推荐</ion-label></ion-list-header>{related_html}</ion-list></ion-content><ion-footer
 class="md footer-md hydrated" role="contentinfo"><ion-toolbar class="md in-toolbar hydrated"><div
 class="comment-bar"><div class="comment-input">写评论...</div><div class="action"><ion-icon
 name="chatbubble-ellipses-outline" role="img" class="{hy}"></ion-icon><span>评论</span></div><div
 class="action"><ion-icon name="heart-outline" role="img" class="{hy}"></ion-icon><span>点赞</span></div><div
 class="action"><ion-icon name="star-outline" role="img" class="{hy}"></ion-icon>
<span>收藏</span></div></div></ion-toolbar></ion-footer></app-news-detail></ion-router-outlet></ion-app></app-root>
<script src="runtime.{_hex(rng, 16)}.js" type="module"></script><script src="polyfills.{_hex(rng, 16)}.js"
 type="module"></script><script src="main.{_hex(rng, 16)}.js" type="module"></script>
</body></html>
"""
    furniture = (
        app,
        "新闻详情",
        f"阅读 {reads}",
        "相关推荐" + "".join(t + d for t, d in related),
        "写评论...评论点赞收藏",
    )
    furniture += () if story.outlet else (centre,)
    return Wrapped(html, furniture, f"https://h5.example-r24-rm{rng.randrange(10, 99)}.cn/news/detail/{_hex(rng, 24)}")


# ---------------------------------------------------------------- a central outlet's provincial channel


@unseen24("cri_channel_atitle_asource_abody_aeditor")
def cri_channel_atitle_asource_abody_aeditor(story: Story) -> Wrapped:
    """A 国际在线 provincial channel: `<title>` headline_channel_国际在线 (channel_国际在线 where the story has none),
    top links, the channel's nav, the crumb, `#atitle` (absent where the story has none), `#asource` (the channel where
    the story names none), `#apublishtime` (absent where the story names no day), 分享到, `#abody`, 编辑 and 责编 with
    `#aeditor`, 相关新闻 with days, the footer's rights, licences and 违法和不良信息举报."""
    rng = _rng(story, "cri")
    province = rng.choice(["湖北", "湖南", "江西", "安徽", "四川", "浙江"])
    channel = f"{province}频道"
    column = rng.choice(["市州新闻", "经济", "地方动态"])
    day = story.published
    moment = _at(day, rng) if day else None
    source = escape(story.outlet) if story.outlet else f"国际在线{channel}"
    editor, chief = rng.sample(EDITORS, 2)
    top = ["国际在线", "新闻", "视频", "直播", "English"]
    nav = ["首页", "时政", "市州新闻", "经济", "文旅", "图片"]
    related = _related(rng, day, 4)
    heading = f'<div class="article-title"><h1 id="atitle">{headline_html(story)}</h1></div>' if story.headline else ""
    time_span = f'<span class="article-type-item" id="apublishtime">{moment:%Y-%m-%d %H:%M:%S}</span>' if moment else ""
    title = f"{escape(story.headline)}_{channel}_国际在线" if story.headline else f"{channel}_国际在线"
    icp = f"京ICP证{rng.randrange(10**5, 10**6)}号"
    police = f"京公网安备{rng.randrange(10**13, 10**14)}号"
    pinyin = rng.choice(["hb", "hn", "jx", "ah", "sc", "zj"])
    path = f"/{(day or dt.date(2019, 7, 2)):%Y%m%d}/{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}.html"
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{title}</title>
<meta name="keywords" content="{channel},{column}" />
<meta name="description" content="{title}" />
<link rel="stylesheet" href="//f2.cri.cn/M00/{_hex(rng, 2).upper()}/{_hex(rng, 2).upper()}/detail.css" />
<script src="//f2.cri.cn/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1000">{"".join(f'<a href="#">{t}</a>' for t in top)}</div></div>
<div class="header"><div class="w1000"><a class="logo" href="http://{pinyin}.cri.cn/">国际在线{channel}</a></div></div>
<div class="nav"><div class="w1000"><ul>{"".join(f'<li><a href="#">{n}</a></li>' for n in nav)}</ul></div></div>
<div class="w1000 clearfix">
<div class="crumbs"><a href="http://{pinyin}.cri.cn/">{channel}</a> &gt; <a href="#">{column}</a> &gt; 正文</div>
<div class="article-left">
{heading}
<div class="article-type"><span class="article-type-item" id="asource">来源：{source}</span>{time_span}
<div class="share">分享到：<a class="bds_weixin" href="#">微信</a><a class="bds_tsina" href="#">微博</a><a
 class="bds_qzone" href="#">QQ空间</a></div></div>
<div class="article-con" id="abody" pagedata="">
{_ps(story.lines)}
</div>
<div class="article-editor">编辑：<span id="aeditor">{editor}</span>　责编：{chief}</div>
<div class="list-box"><div class="list-title">相关新闻</div><ul>{
        "".join(f'<li><a href="#">{t}</a><span class="time">{d}</span></li>' for t, d in related)
    }</ul></div>
</div>
</div>
<div class="footer"><div class="w1000"><p>国际在线版权所有 Copyright © {rng.randrange(2019, 2025)} CRIONLINE, All Rights
 Reserved.</p><p>{icp}　{police}</p><p>违法和不良信息举报电话：010-{rng.randrange(10**7, 10**8)}</p></div></div>
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script");
hm.src = "https://hm.baidu.com/hm.js?{_hex(rng, 32)}"; document.body.appendChild(hm); }})();</script>
</body>
</html>
"""
    furniture = (
        "".join(top),
        f"国际在线{channel}",
        "".join(nav),
        f"{channel} > {column} > 正文",
        "分享到：微信微博QQ空间",
        f"编辑：{editor}　责编：{chief}",
        "相关新闻" + "".join(t + d for t, d in related),
        "国际在线版权所有",
        icp,
        police,
        "违法和不良信息举报电话",
    )
    furniture += () if story.outlet else (f"来源：国际在线{channel}",)
    return Wrapped(html, furniture, f"http://{pinyin}.cri.cn{path}")


# ---------------------------------------------------------------- a charset left behind, a WML deck


@unseen24("gb2312_meta_left_on_utf8_zhaoshangju")
def gb2312_meta_left_on_utf8_zhaoshangju(story: Story) -> Wrapped:
    """A county 招商局's site moved to a new server in UTF-8 with its old template's `charset=gb2312` meta left in (the
    server's header saying utf-8): `<title>` headline--site (site where the story has none), the banner, nav,
    您现在的位置, the headline a `<td class="title">` (empty where the story has none), 发布时间：2021年01月09日, 来源
    (本站 where the story names none), 阅读, the text, 【打印此页】【关闭窗口】, 上一条/下一条, the footer with 主办,
    联系电话 and the ICP."""
    rng = _rng(story, "gb2312left")
    place = rng.choice(PLACES)
    site = f"{place}招商局"
    day = story.published
    source = escape(story.outlet) if story.outlet else "本站"
    reads = rng.randrange(50, 5000)
    nav = ["网站首页", "机构设置", "招商动态", "投资环境", "优惠政策", "招商项目", "在线咨询"]
    prev_title, next_title = _pick(rng, OTHER_NEWS, 2)
    icp, police = _numbers(rng)
    phone = f"0{rng.randrange(550, 999)}-{rng.randrange(10**6, 10**7)}"
    info = _join(
        [
            f"发布时间：{day.year}年{day:%m}月{day:%d}日" if day else "",
            f"来源：{source}",
            f'阅读：<span id="hits">{reads}</span>次',
        ],
        "&nbsp;&nbsp;&nbsp;",
    )
    title = f"{escape(story.headline)}--{site}" if story.headline else site
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}</title>
<meta name="keywords" content="{site},招商动态" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
</head>
<body>
<div id="banner"><img src="/images/banner.jpg" width="1000" height="150" alt="{site}" /></div>
<div id="menu"><ul>{"".join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(nav))}</ul></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td class="weizhi">您现在的位置：<a href="/">网站首页</a> &gt;&gt;
 <a href="/2/">招商动态</a> &gt;&gt; 正文</td></tr>
  <tr><td class="title" align="center">{headline_html(story)}</td></tr>
  <tr><td class="info" align="center">{info}</td></tr>
  <tr><td class="content">
{_ps(story.lines)}
  </td></tr>
  <tr><td align="right">【<a href="javascript:window.print();">打印此页</a>】【<a
 href="javascript:window.close();">关闭窗口</a>】</td></tr>
  <tr><td class="sxt">上一条：<a href="#">{prev_title}</a><br />下一条：<a href="#">{next_title}</a></td></tr>
</table>
<div id="footer">主办：{site}　联系电话：{phone}<br />{icp}　{police}</div>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        "您现在的位置：网站首页 >> 招商动态 >> 正文",
        f"阅读：{reads}次",
        "【打印此页】【关闭窗口】",
        f"上一条：{prev_title}",
        f"下一条：{next_title}",
        f"主办：{site}　联系电话：{phone}",
        icp,
        police,
    )
    furniture += () if story.outlet else ("来源：本站",)
    host = f"zsj.example-r24-{PINYIN[place[:-1]].lower()}.gov.cn"
    return Wrapped(html, furniture, f"http://{host}/2/{rng.randrange(100, 9999)}.html")


def _wml(text: str) -> str:
    """Text as a WML deck holds it: escaped, with `$` doubled (WML's variables)."""
    return escape(text).replace("$", "$$")


@unseen24("wml_wap1_card_title_shouji_menhu")
def wml_wap1_card_title_shouji_menhu(story: Story) -> Wrapped:
    """A county portal's WAP 1.0 site, a WML deck in UTF-8: the XML prolog and WML doctype, a `<card>` whose title is
    the headline (the site where the story has none), the logo's alt, the nav of links parted by |, the headline again
    in a `<b>` (absent where the story has none), the day and 来源 (本站 where the story names none), the text in
    `<p>`s, 返回列表 / 返回首页, the WAP line with the server's clock a later day, the `<do type="prev">` softkey."""
    rng = _rng(story, "wml")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    day = story.published
    moment = _at(day, rng) if day else None
    clock = _moment_after(day or dt.date(2009, 5, 6), rng, 1, 40)
    source = _wml(story.outlet) if story.outlet else "本站"
    nav = ["首页", "要闻", "招商", "公告", "服务"]
    info = _join([f"{moment:%Y-%m-%d %H:%M}" if moment else "", f"来源:{source}"], " ")
    heading = f"<b>{_wml(story.headline)}</b><br/>\n" if story.headline else ""
    paragraphs = "\n".join(f'<p align="left">{_wml(line)}</p>' for line in story.lines)
    item = rng.randrange(100, 9999)
    html = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE wml PUBLIC "-//WAPFORUM//DTD WML 1.1//EN" "http://www.wapforum.org/DTD/wml_1.1.xml">
<wml>
<head>
<meta http-equiv="Cache-Control" content="max-age=0" forua="true"/>
</head>
<card id="main" title="{_wml(story.headline or site)}">
<do type="prev" label="返回"><prev/></do>
<p align="center"><img src="/wap/images/logo.gif" alt="{site}"/></p>
<p>{"|".join(f'<a href="list.wml?c={i}">{n}</a>' for i, n in enumerate(nav))}</p>
<p align="center">
{heading}{info}
</p>
{paragraphs}
<p>
<a href="list.wml?c=2">返回列表</a><br/>
<a href="index.wml">返回首页</a><br/>
{site}WAP版 {clock:%m-%d %H:%M}
</p>
</card>
</wml>
"""
    furniture = (
        "|".join(nav),
        "返回列表",
        "返回首页",
        f"{site}WAP版 {clock:%m-%d %H:%M}",
    )
    furniture += () if story.outlet else ("来源:本站",)
    host = f"wap.example-r24-{PINYIN[place[:-1]].lower()}.gov.cn"
    return Wrapped(html, furniture, f"http://{host}/show.wml?id={item}")


# ---------------------------------------------------------------- a forum's repost, an overseas paper on Wix


@unseen24("tianya_atl_item_louzhu_bbs_content")
def tianya_atl_item_louzhu_bbs_content(story: Story) -> Wrapped:
    """A 天涯论坛 local board's thread reposting a county's 招商 news: `<title>` title_board_天涯论坛 (a made-up title
    where the story has none: a thread always has one), the top bar, `#crumbs`, `h1.atl-title`, the host's 楼主 and 时间
    a later moment, 点击/回复, the text in `bbs-content` with `<br>`s and full-width indents (the pasted source line
    above it where the story names a day or an outlet), 举报 | 回复, floors of replies with their own times, the
    footer's links and rights."""
    rng = _rng(story, "tianya")
    place = rng.choice(PLACES)
    board = rng.choice([f"{place[:2]}论坛", "天涯杂谈", "经济论坛"])
    day = story.published
    posted = _moment_after(day or dt.date(2014, 6, 3), rng, 0, 6)
    host = rng.choice(["青山老乡", "xiangtu_2013", "东江观察员", "路过的小王"])
    title = story.headline or f"转：{place}招商引资又有大动作"
    clicks = rng.randrange(200, 20000)
    floors = [(rng.choice(["游客_abc12", "家住城东", "看客2014", "一方水土"]), r) for r in _pick(rng, REPLIES, 2)]
    replies = len(floors)
    pasted_parts = [f"{day:%Y-%m-%d}" if day else "", f"来源：{escape(story.outlet)}" if story.outlet else ""]
    pasted = f"　　{_join(pasted_parts, '　')}<br>\n　　<br>\n" if any(pasted_parts) else ""
    content = "　　<br>\n".join(f"　　{escape(line)}<br>\n" for line in story.lines)
    stamps = []
    last = posted
    for _ in floors:
        last = last + dt.timedelta(minutes=rng.randrange(5, 600), seconds=rng.randrange(60))
        stamps.append(last)
    floor_html = "".join(
        f'<div class="atl-item" id="{i + 1}" js_username="{escape(u)}" js_restime="{t:%Y-%m-%d %H:%M:%S}"><div'
        f' class="atl-head"><div class="atl-info"><span>作者：<a class="js-vip-check" href="#">{escape(u)}</a>'
        f'</span><span>时间：{t:%Y-%m-%d %H:%M:%S}</span></div></div><div class="atl-content"><div'
        f' class="atl-con-bd clearfix"><div class="bbs-content">　　{r}</div></div><div class="atl-reply"><span'
        f' class="f-right"><a>{i + 1}楼</a></span><a class="a-link-2 reportme" href="#">举报</a> | <a'
        f' class="a-link-2 reply" href="#">回复</a></div></div></div>'
        for i, ((u, r), t) in enumerate(zip(floors, stamps, strict=True))
    )
    item = rng.randrange(10**5, 10**7)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{escape(title)}_{board}_天涯论坛</title>
<meta name="keywords" content="{escape(title)}">
<link rel="stylesheet" href="http://static.tianyaui.com/global/bbs/web/static/css/bbs_article_{_hex(rng, 8)}.css">
</head>
<body>
<div id="tianyaTopNav" class="tianyaTopNav"><div class="top-nav-main"><a href="http://www.tianya.cn/">天涯社区</a><a
 href="http://bbs.tianya.cn/">论坛</a><a href="http://blog.tianya.cn/">博客</a><a href="#">登录</a><a
 href="#">注册</a></div></div>
<div id="doc">
<div id="crumbs"><a href="http://bbs.tianya.cn/">天涯论坛</a> <em>&gt;</em> <a href="#">{board}</a> <em>&gt;</em>
<span>帖子详情</span></div>
<div id="post_head" class="atl-head">
<h1 class="atl-title"><span class="s_title"><span style="font-weight:400;">{escape(title)}</span></span></h1>
<div class="atl-menu clearfix js-bbs-act" js_replycount="{replies}" js_clickcount="{clicks}">
<div class="atl-info"><span>楼主：<a href="#" class="js-vip-check">{host}</a></span>
<span>时间：{posted:%Y-%m-%d %H:%M:%S}</span></div>
<div class="atl-reply"><span>点击：{clicks}</span><span>回复：{replies}</span></div>
</div>
</div>
<div class="atl-main">
<div class="atl-item host-item"><div class="atl-content"><div class="atl-con-hd clearfix"></div><div
 class="atl-con-bd clearfix"><div class="bbs-content clearfix">
{pasted}{content}</div></div><div class="atl-reply" id="alt_action"><a class="a-link-2 reportme" href="#">举报</a> | <a
 class="a-link-2 reply" href="#">回复</a></div></div></div>
{floor_html}
</div>
</div>
<div id="footer"><p><a href="#">关于天涯</a> <a href="#">广告服务</a> <a href="#">天涯客服</a> <a href="#">隐私政策</a>
<a href="#">联系我们</a></p><p>Copyright © 1999 - {posted.year} 天涯社区</p></div>
</body>
</html>
"""
    furniture = (
        "天涯社区论坛博客登录注册",
        f"天涯论坛 > {board} > 帖子详情",
        f"楼主：{host}时间：{posted:%Y-%m-%d %H:%M:%S}",
        f"点击：{clicks}回复：{replies}",
        *(f"作者：{u}时间：{t:%Y-%m-%d %H:%M:%S}{r}" for (u, r), t in zip(floors, stamps, strict=True)),
        "关于天涯广告服务天涯客服隐私政策联系我们",
        f"Copyright © 1999 - {posted.year} 天涯社区",
    )
    furniture += () if story.headline else (title,)
    return Wrapped(html, furniture, f"http://bbs.tianya.cn/post-{rng.randrange(10, 999)}-{item}-1.shtml")


@unseen24("wix_blog_post_data_hook_huawen_bao")
def wix_blog_post_data_hook_huawen_bao(story: Story) -> Wrapped:
    """An overseas Chinese-language paper's site on Wix, its blog post: the generator meta, `<title>` title | paper (a
    made-up title where the story has none: a post always has one), the header's name and menu, the blog's categories,
    `data-hook` post-metadata (the author, 2021年1月9日 or Jan 9, 2021, 阅读时长/min read), the `post-title`, the text
    in `rich-content-viewer` paragraphs, the views and comments counts, the share buttons, 近期文章/Recent Posts, and
    the default ©2021 by X. Proudly created with Wix.com."""
    rng = _rng(story, "wix")
    paper, english = rng.choice(
        [
            ("澳洲华人周报", "Australian Chinese Weekly"),
            ("新西兰华文时报", "NZ Chinese Times"),
            ("欧洲侨报", "Euro Qiao Bao"),
        ]
    )
    day = story.published
    posted = day or dt.date(2022, rng.randrange(1, 13), rng.randrange(1, 28))
    chinese_ui = rng.random() < 0.5
    minutes = max(1, sum(len(line) for line in story.lines) // 400)
    views = rng.randrange(5, 800)
    if chinese_ui:
        shown_day = f"{posted.year}年{posted.month}月{posted.day}日"
        read, views_line, comments, recent, see_all = (
            f"阅读时长：{minutes} 分钟",
            f"{views} 次查看",
            "0 条评论",
            "近期文章",
            "查看全部",
        )
        categories = ["所有文章", "家乡新闻", "中国新闻", "社区"]
    else:
        shown_day = f"{MONTH_EN[posted.month - 1]} {posted.day}, {posted.year}"
        read, views_line, comments, recent, see_all = (
            f"{minutes} min read",
            f"{views} views",
            "0 comments",
            "Recent Posts",
            "See All",
        )
        categories = ["All Posts", "家乡新闻", "中国新闻", "社区"]
    title = story.headline or rng.choice(["家乡招商引资传来好消息", "家乡新闻：招商引资再结硕果"])
    author = rng.choice([paper + "编辑部", "Editor", "newsdesk"])
    menu = ["首页", "新闻", "家乡新闻", "分类广告", "关于我们"]
    others = _pick(rng, OTHER_NEWS, 3)
    year = posted.year + rng.randrange(0, 2)
    ids = [_hex(rng, 5) for _ in story.lines]
    paras = "".join(
        f'<div type="paragraph" class="_1mm9j"><p class="_1Z8k2 _2ruJz" dir="auto" id="viewer-{i}"><span'
        f' class="_2PHJq public-DraftStyleDefault-ltr">{escape(line)}</span></p></div>'
        for i, line in zip(ids, story.lines, strict=True)
    )
    site_id = _hex(rng, 8)
    slug = f"post/{_hex(rng, 6)}"
    domain = f"www.example-r24-{rng.choice(['acw', 'nzct', 'eqb'])}.com"
    html = f"""<!DOCTYPE html>
<html lang="zh">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>
  <title>{escape(title)} | {paper}</title>
  <meta property="og:title" content="{escape(title)}"/>
  <meta property="og:type" content="article"/>
  <meta property="og:site_name" content="{paper}"/>
  <link rel="canonical" href="https://{domain}/{slug}"/>
  <script type="text/javascript">window.viewerModel = {{"siteId":"{site_id}-{_hex(rng, 4)}","language":"zh"}};</script>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root"><div id="masterPage"
 class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div
 id="comp-{_hex(rng, 8)}" class="comp-{_hex(rng, 8)} wixui-rich-text" data-testid="richTextElement"><h1
 class="font_0 wixui-rich-text__text">{paper}</h1><p class="font_8 wixui-rich-text__text">{english}</p></div><nav
 id="comp-{_hex(rng, 8)}" class="wixui-horizontal-menu" aria-label="网站"><ul>{
        "".join(
            f'<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://{domain}/m{i}">'
            f'<p class="wixui-horizontal-menu__item-label">{m}</p></a></li>'
            for i, m in enumerate(menu)
        )
    }</ul></nav></header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="blog-main"><nav
 data-hook="blog-desktop-header-container"
 class="blog-navigation-container"><ul data-hook="category-list">{
        "".join(f'<li><a href="https://{domain}/blog/categories/{i}">{c}</a></li>' for i, c in enumerate(categories))
    }</ul></nav>
<article class="blog-post-page-font blog-post-text-color" data-hook="post"><div data-hook="post-header"><div
 class="avatar-name"><span data-hook="user-name" class="user-name">{author}</span></div><ul data-hook="post-metadata"
 class="post-metadata"><li><span class="post-metadata__date time-ago" data-hook="time-ago"
 title="{shown_day}">{shown_day}</span></li><li><span class="post-metadata__readTime" data-hook="time-to-read"
 title="{read}">{read}</span></li></ul></div>
<h1 class="blog-post-title-font blog-post-title-color" data-hook="post-title"><span class="post-title__text
 blog-post-title-font">{escape(title)}</span></h1>
<div class="post-content__body" data-hook="post-description"><div data-id="content-viewer"><div
 data-id="rich-content-viewer" class="rich-content-viewer" dir="ltr">{paras}</div></div></div>
<div data-hook="post-footer" class="post-footer"><div class="post-main-actions"><div data-hook="share-buttons"><button
 aria-label="通过 Facebook 分享">Facebook</button><button aria-label="通过 X 分享">X (Twitter)</button><button
 aria-label="通过 LinkedIn 分享">LinkedIn</button><button aria-label="分享链接">Link</button></div></div><div
 class="post-stats"><span data-hook="views-count">{views_line}</span><span
 data-hook="comment-count">{comments}</span></div></div></article>
<section data-hook="recent-posts"><h2 class="recent-posts-title">{recent}</h2><a href="https://{domain}/blog">{
        see_all
    }</a><div class="recent-posts-list">{
        "".join(f'<div data-hook="post-list-item"><h3>{t}</h3></div>' for t in others)
    }</div></section>
</div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer" tabindex="-1"><div
 class="wixui-rich-text" data-testid="richTextElement"><p
 class="font_9 wixui-rich-text__text">©{year} by {paper}. Proudly created with <a href="https://wix.com"
 target="_blank">Wix.com</a></p></div></footer></div></div></div></div>
</body>
</html>
"""
    furniture = (
        paper + english,
        "".join(menu),
        "".join(categories),
        author,
        read,
        "FacebookX (Twitter)LinkedInLink",
        views_line + comments,
        recent + see_all + "".join(others),
        f"©{year} by {paper}. Proudly created with Wix.com",
    )
    furniture += () if day else (shown_day,)
    furniture += () if story.headline else (title,)
    return Wrapped(html, furniture, f"https://{domain}/{slug}")


DEV24, LOCKED24 = split_by_digest(UNSEEN24, "round 24/", locked=6)
