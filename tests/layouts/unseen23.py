"""Twelve more page layouts written blind (round 23): before reading the HTML reader, and fixed against by nobody.

Round 23 is sealed: not scored when written; it is to be scored once, both halves, at the end of the web-page reader's
next change after round 22's, and nothing is fixed from its misses. Each layout is after a kind of Chinese page met in
the wild that rounds 1 to 22 did not draw, weighed toward what generalises (the frameworks, tools and templates a whole
class of sites and captures share: Next.js's App Router and its RSC payload with Tailwind's utility classes, Angular
Universal's `_ngcontent` attributes and TransferState, Dreamweaver's templates and the references it writes for what a
Western charset cannot hold, a charset declared only in an XML prolog or past the first 1024 bytes, WebScrapBook's
captures with a reader's marks, Amaze UI's widgets as 云适配 shipped them, DESTOON's B2B portals, Z-BlogPHP's default
theme, a frameset's content frame saved alone, a set-top box's EPG page; and kinds of pages: an embassy's site, an
overseas 商会's, a 行业协会's, an IPTV 本地专区), the headline competing with a site's, a platform's, an association's
or a blog's own name, a column bar or a made-up title where a post always has one, or shown in no element but a `<font>`
or a `<div>`, and the dates such pages set beside the article's own (a later update, a capture's stamp, a creation in a
state, a today line, a calendar's month, an archive's months, a made-up posting day, a medium date in English, notices'
slashed days, European days):

- an 产业招商 information platform on Next.js's App Router with Tailwind CSS, as served: `<title>` headline | platform
  (招商资讯 | platform where the story has none), og metas and article:published_time and a later modified_time in UTC,
  the header and nav, the crumb, the `<h1>` (absent where the story has none), 来源 (the platform's 编辑部 where the
  story names none) with React's `<!-- -->` after the label, `<time dateTime>` in UTC showing 2021年1月9日 09:30,
  阅读约N分钟, the text in a `prose` block, 更新于 a later day, # tags, 分享到, 相关推荐 with days, 热门资讯 ranked, the
  footer, and the RSC rows pushed to `self.__next_f` holding the article again (title, source, publishedAt, updatedAt,
  the content's markup);
- a city 投资促进局's 投资服务平台 on Angular 11 with Universal: `<app-root ng-version>`, `_nghost-`/`_ngcontent-sc`
  attributes and `<!---->` anchors, `<title>` headline - platform (新闻详情 - platform where the story has none), a
  welcome bar, the hotline and nav, the crumb, the `<h2>` (absent where the story has none), 发布时间 through the
  DatePipe (2021-01-09 09:30, or en-US medium Jan 9, 2021, 9:30:00 AM where no locale was registered), 来源 (the bureau
  where the story names none), 浏览量, 分享到, 上一篇/下一篇, 热点新闻 with days, 在线咨询/投资热线/返回顶部, the
  footer, and the `serverApp-state` script: the API's answer under G.address in &q;-escaped JSON with publishTime and an
  earlier createTime;
- a European 华侨华人 商会's static site made in Dreamweaver from a `.dwt` template, declared iso-8859-1 and written in
  windows-1252, every Chinese character a numeric reference: the InstanceBegin and #BeginLibraryItem comments, the MM_
  scripts, `<title>` headline - 商会 (家乡资讯 - 商会 where the story has none, or Untitled Document left in), the nav
  in Chinese and in the country's language, 商会简介, 最新动态 with days as 09/01/2021 or 09.01.2021, 联系我们 with the
  address, 您的位置, the `<h1>` (absent where the story has none), 发布日期 in the country's form, 来源 (the 商会's
  秘书处 where the story names none), 返回上一页 | TOP, the rights line;
- a county 商务局's page captured by WebScrapBook and annotated by its reader: `data-scrapbook-source` and a later
  `data-scrapbook-create` on `<html>`, the charset rewritten to UTF-8, the page's own `<title>` headline_column_site
  (column_site where the story has none), top links, nav, 当前位置, the `<h1>` (absent where the story has none),
  发布时间, 信息来源 (the 商务局 where the story names none), 浏览次数 as the counter showed it, 【字体：大 中 小】, the
  text with linemarker spans inside some paragraphs (one with a note in its title), 【打印本页】【关闭窗口】,
  上一篇/下一篇, 相关链接 with days, 主办/承办, 网站标识码 and licences, then the reader's sticky notes, with the
  annotation style and loader;
- a 经济开发区's site built to XHTML 1.0 Strict around 2008, its charset declared only in `<?xml version="1.0"
  encoding="gb2312"?>`, in GBK bytes with references for what GBK cannot hold: `<title>` headline - zone (园区动态 -
  zone where the story has none), the 管委会's logo `<h1>` and slogan, the nav, the crumb with », the `<h2
  class="entry-title">` (absent where the story has none), 发布日期 2021-1-9, 来源 (the 管委会办公室 where the story
  names none), 阅读 N 次, 上一篇/下一篇, << 返回列表, the sidebar's 园区动态 with m-d days and 联系我们 `<dl>`, the
  footer with the address, the ICP, the Valid XHTML and Valid CSS badges and 网站设计;
- an industry's B2B portal (中国X网) on DESTOON, its GBK or its UTF-8 edition: `<title>` headline_行业资讯_资讯_site
  (行业资讯_资讯_site where the story has none), 您好，欢迎来到 with [请登录] [免费注册], the top links, the search's
  供应/求购/公司/资讯/招商/展会 tabs, the menu, 当前位置 with », the `<h1 class="title">` (absent where the story has
  none), 发布日期 (a made-up day where the story has none), 来源 only where the story names one, 作者, 浏览次数, the
  核心提示 box repeating the text's opening, 标签, 下一篇：没有了 and 上一篇, 相关资讯 with days, [ 资讯搜索 ] [
  加入收藏 ] [ 告诉好友 ] [ 打印本文 ] [ 关闭窗口 ], 推荐图文, 点击排行, the footer's links, rights and Powered by
  DESTOON;
- an embassy's site on the 外交部 template of the 驻外使领馆 sites, carrying a county's report under 使馆新闻 or
  经商信息: `<title>` the headline alone (the embassy's name where the story has none), the banner and nav (使馆信息,
  中X关系, 领事服务, 经商信息 and the like), 您的位置, `#News_Body_Title` (empty where the story has none),
  `#News_Body_Time` 2021/01/09 (absent where the story names no day), `#News_Body_Txt_A` with （来源：X） closing it
  where the story names an outlet, 【打印】【关闭窗口】, 重要通知 with slashed days, 领事服务 links, the footer with
  版权所有, the address and the telephone;
- the content frame of a county 招商局's frameset site (ASP, gb2312), saved alone: `<title>` Dreamweaver's 无标题文档
  (or Untitled Document) whatever the story, the script sending a lone frame back to its frameset, no nav nor footer, a
  column bar with 您现在的位置, the headline in a bold red `<font>` (empty where the story has none), 发布时间 as ASP's
  Now() prints it (2021-1-9 9:30:15), 来源 (本站 where the story names none), 浏览 N 次, the text,
  【打印本页】【返回】【关闭】;
- a city 行业协会's site on an old PHP template in GBK whose head opens with the `<title>` and the scripts such sites
  paste first (the 手机 redirect, 百度统计, 百度's 自动推送), so that the `charset=gbk` meta comes past the first 1024
  bytes: `<title>` headline-association (行业资讯-association where the story has none), 今天是 a later day, 加入收藏 |
  设为首页, the association's name and its English one, the nav, 协会动态 with m-d days, 会员单位, 您现在的位置, the
  `<h1>` (absent where the story has none), 发布时间, 来源 (the association's 秘书处 where the story names none), 点击,
  上一篇/下一篇, the footer with the address, 技术支持 and the ICP;
- a county 融媒体中心's 本地专区 on the operators' IPTV, its news detail page for set-top boxes (gb2312,
  `page-view-size` 1280*720): `<title>` 新闻详情, absolutely placed `<div>`s over a background picture, the remote's key
  handler and the operator's Authentication call, the zone, the operator and the column, the headline a `#title` `<div>`
  (empty where the story has none), 时间 2021-01-09 and 来源 (the 融媒体中心 where the story names none), the text in a
  clipped `<div>`, 第1/N页, 按【上翻页】【下翻页】键翻页 按【返回】键返回;
- a county portal's phone site made by 云适配 on Amaze UI: `<title>` the headline (the site where the story has none),
  the `am-header` whose `<h1>` is the site's name, the off-canvas menu, `am-breadcrumb`, `article.am-article` with its
  `<h1 class="am-article-title">` (absent where the story has none) and the `am-article-meta` line (the time in one of
  two forms, 来源 (本站 where the story names none)), the `list_news` widget's 相关文章 with days, the `navbar` widget's
  呼叫/分享/首页/顶部, 回到顶部, and the `footer` widget as Amaze UI ships it (云适配版 | 电脑版, 由 诺亚科技
  提供技术支持, CopyRight©2014 AllMobilize Inc.) with an ICP;
- a 招商 blog on Z-BlogPHP's default theme: `<title>` headline-blog, `#BlogTitle` `<h1>` and `#BlogSubTitle` `<h3>`, the
  nav between `<hr/>`s, `<h4 class="post-date">` 2021年01月09日 (a made-up day where the story has none) before the `<h2
  class="post-title">` (a made-up 转载：title where the story has none: a post always has one), the text with
  本文来源：X closing it where the story names an outlet, 标签, 发布:X | 分类:X | 评论:N | 浏览: with its LoadViewCount
  script, 发表评论 and the form with its ◎欢迎参与讨论 line, the sidebar's 控制面板, 搜索, 日历 of a later month,
  最近发表, 文章归档 by month and 友情链接, and the default Copyright Your WebSite.Some Rights Reserved. and Powered By
  Z-BlogPHP.

Where a story names no headline, each page keeps its kind's own title and headings (a platform's, a site's, an
association's, an embassy's, a zone's, a blog's, a column bar, a template's untitled default) and shows no headline of
the story, or a made-up one where its kind always shows one (the blog's post), listed as furniture; where it names no
outlet, pages whose kind always names a source show their own (the platform's 编辑部, the bureau, the 商会's or the
association's 秘书处, the 商务局, the 管委会办公室, 本站, the 融媒体中心), listed as furniture, and the B2B portal and
the embassy show none; where it names no date, the dates a page or a tool adds (an update, a capture, a creation in a
state, a today line, a calendar, the portal's and the blog's made-up days) fall on another day.

The split is fixed by a rule set before anything is scored: the six layouts whose names have the smallest SHA-256
digests of "round 23/" + name are `LOCKED23`, the other six `DEV23`.
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
from layouts.page_parts import _at, _join, _ps
from layouts.unseen19 import _dated_others, _moment_after
from layouts.unseen20 import _licences, _rows_of
from layouts.unseen22 import _ncr

UNSEEN23: dict[str, Layout] = {}
NAMES = ["闫志强", "芮晓燕", "甘立新", "龚雪梅", "谌国华", "阙明亮"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# The places' names in pinyin, as sites print them in their English lines.
PINYIN = {
    "青山": "Qingshan",
    "临川": "Linchuan",
    "东江": "Dongjiang",
    "云岭": "Yunling",
    "石城": "Shicheng",
    "河西": "Hexi",
    "南湖": "Nanhu",
    "北塘": "Beitang",
}
# Companies of a zone or an association, for member lists and sidebars.
COMPANIES = [
    "恒远新材料有限公司",
    "瑞丰食品股份有限公司",
    "鼎力机械制造有限公司",
    "华晟电子科技有限公司",
    "绿源农业开发有限公司",
]
# Notes a reader leaves on a page saved for a 招商 office's files.
STICKY_NOTES = [
    "已摘录：签约项目与投资额，周报引用",
    "对照我县同类项目，第三段可借鉴",
    "存档备查：外地招商经验材料",
    "待核实：项目总投资与开工时间",
]


def unseen23(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN23)


def _hex(rng, length: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(length))


def _utc_iso(moment: dt.datetime) -> str:
    """A Beijing-time moment as JavaScript's toISOString() writes it: UTC, milliseconds, Z."""
    return f"{moment - dt.timedelta(hours=8):%Y-%m-%dT%H:%M:%S}.000Z"


def _flight(row: str) -> str:
    """A React Server Components row as Next.js's App Router inlines it: a JS string pushed to self.__next_f, with `&`,
    `<` and `>` escaped."""
    literal = json.dumps(row, ensure_ascii=False)
    for char, code in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        literal = literal.replace(char, code)
    return f"<script>self.__next_f.push([1,{literal}])</script>"


def _ng_state(value: object) -> str:
    """JSON as Angular Universal's TransferState writes it into the page: & " ' < > as &a; &q; &s; &l; &g;."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, code in (("&", "&a;"), ('"', "&q;"), ("'", "&s;"), ("<", "&l;"), (">", "&g;")):
        text = text.replace(char, code)
    return text


def _en_medium(moment: dt.datetime) -> str:
    """Angular's DatePipe 'medium' in the en-US locale it falls back on: Jan 9, 2021, 9:30:00 AM."""
    clock = f"{moment.hour % 12 or 12}:{moment:%M:%S} {'AM' if moment.hour < 12 else 'PM'}"
    return f"{MONTH_EN[moment.month - 1]} {moment.day}, {moment.year}, {clock}"


def _asp_now(moment: dt.datetime) -> str:
    """ASP's Now() as a Chinese server prints it: 2021-1-9 9:30:15."""
    return f"{moment.year}-{moment.month}-{moment.day} {moment.hour}:{moment:%M:%S}"


def _ymd_bare(day: dt.date) -> str:
    """PHP's date('Y-n-j'): 2021-1-9."""
    return f"{day.year}-{day.month}-{day.day}"


# ---------------------------------------------------------------- frameworks: Next.js's App Router, Angular Universal


@unseen23("nextjs_app_router_flight_tailwind_prose")
def nextjs_app_router_flight_tailwind_prose(story: Story) -> Wrapped:
    """An 产业招商 information platform rebuilt on Next.js's App Router with Tailwind CSS, as served: utility classes
    only, `<title>` headline | platform (招商资讯 | platform where the story has none), og and article:published_time
    metas in UTC, React's `<!-- -->` between a label and its value, the crumb, the `<h1>` (absent where the story has
    none), 来源 (the platform's 编辑部 where the story names none), `<time dateTime>` in UTC showing the day and time in
    Beijing's, 阅读约N分钟, the text in a `prose` block, 更新于 a later day, tags, 分享, 相关推荐 with days, 热门资讯,
    the footer, and the RSC payload pushed to `self.__next_f`: the article again (title, source, publishedAt, a later
    updatedAt, the content's markup)."""
    rng = _rng(story, "nextflight")
    site = rng.choice(["产业招商云", "招商情报站", "园区招商通"])
    domain = f"www.example-r23-{rng.choice(['zsy', 'qbz', 'yqt'])}{rng.randrange(10, 99)}.cn"
    day = story.published
    moment = _at(day, rng) if day else None
    updated = _moment_after(day or dt.date(2023, 4, 11), rng, 2, 30)
    article_id = f"{rng.randrange(10**7, 10**8)}"
    editors = f"{site}编辑部"
    source = story.outlet or editors
    minutes = max(1, round(sum(len(line) for line in story.lines) / 400))
    tags = rng.sample(["招商引资", "产业链招商", "营商环境", "项目签约", "园区建设", "以商招商"], 3)
    menu = ["首页", "招商资讯", "产业园区", "政策速递", "项目库", "招商地图"]
    related = _pick(rng, OTHER_NEWS, 4)
    related_rows, related_html = _rows_of(related, _dated_others(rng, day or updated.date(), 4, most=40))
    hot = _pick(rng, [t for t in OTHER_NEWS if t not in related], 5)
    icp, police = _numbers(rng)
    css = _hex(rng, 16)
    build = _hex(rng, 21)
    content = "".join(f"<p>{escape(line)}</p>" for line in story.lines)
    shown = f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}" if moment else ""
    updated_text = f"更新于 {updated.year}年{updated.month}月{updated.day}日"
    page_title = f"{story.headline} | {site}" if story.headline else f"招商资讯 | {site}"
    description = escape(story.lines[0][:80]) if story.lines else ""
    nav = "".join(f'<a class="hover:text-blue-600" href="#">{m}</a>' for m in menu)
    metas = [f'<meta property="og:title" content="{escape(story.headline or site)}"/>']
    metas.append(f'<meta property="og:site_name" content="{site}"/>')
    if moment:
        metas.append(f'<meta property="article:published_time" content="{_utc_iso(moment)}"/>')
    metas.append(f'<meta property="article:modified_time" content="{_utc_iso(updated)}"/>')
    heading = (
        f'<h1 class="text-2xl font-bold leading-tight tracking-tight text-slate-900 md:text-3xl">'
        f"{headline_html(story)}</h1>"
        if story.headline
        else ""
    )
    when = f'<time dateTime="{_utc_iso(moment)}" class="tabular-nums">{shown}</time>' if moment else ""
    info = _join(
        [
            f'<span class="inline-flex items-center gap-1">来源：<!-- -->{escape(source)}</span>',
            when,
            f"<span>阅读约<!-- -->{minutes}<!-- -->分钟</span>",
        ],
        "",
    )
    chips = "".join(
        f'<a class="rounded-full bg-slate-100 px-3 py-1 text-xs text-slate-600 hover:bg-slate-200" '
        f'href="/tags/{i}">#<!-- -->{t}</a>'
        for i, t in enumerate(tags)
    )
    hot_html = "".join(
        f'<li class="flex gap-3 py-2"><span class="w-5 shrink-0 font-semibold text-orange-500">{i + 1}</span><a '
        f'class="line-clamp-2 text-sm hover:text-blue-600" href="/news/{i}">{t}</a></li>'
        for i, t in enumerate(hot)
    )
    record = {
        "id": article_id,
        "title": story.headline,
        "source": story.outlet,
        "publishedAt": _utc_iso(moment) if moment else None,
        "updatedAt": _utc_iso(updated),
        "category": "招商资讯",
        "tags": tags,
        "readingMinutes": minutes,
        "content": content,
    }
    rows = [
        f'1:HL["/_next/static/css/{css}.css","style"]\n',
        '2:I[7690,[],""]\n4:I[5613,[],""]\n5:I[1778,[],""]\n7:I[3254,["931","static/chunks/app/news/%5Bid%5D/'
        f'page-{_hex(rng, 16)}.js"],"ArticleView"]\n',
        f'0:["{build}",[[["",{{"children":["news",{{"children":[["id","{article_id}","d"],{{"children":'
        '["__PAGE__",{}]}]}]},"$undefined","$undefined",true],"$L6"]]]\n',
        "6:" + json.dumps(["$", "$L7", None, {"article": record}], ensure_ascii=False, separators=(",", ":")) + "\n",
    ]
    flight = "\n".join(_flight(row) for row in rows)
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport"
 content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/{css}.css"
 data-precedence="next"/><link rel="preload" as="script" fetchPriority="low"
 href="/_next/static/chunks/webpack-{_hex(rng, 16)}.js"/><script src="/_next/static/chunks/fd9d1056-{_hex(rng, 16)}.js"
 async=""></script><script src="/_next/static/chunks/main-app-{_hex(rng, 16)}.js" async=""></script>
<title>{escape(page_title)}</title><meta name="description" content="{description}"/>
{"".join(metas)}</head><body class="__className_{_hex(rng, 6)} bg-slate-50 text-slate-800 antialiased">
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur"><div class="mx-auto flex h-14
 max-w-6xl items-center justify-between px-4"><a class="text-lg font-semibold text-blue-700" href="/">{site}</a><nav
 class="hidden items-center gap-6 text-sm md:flex">{nav}
</nav><div class="flex items-center gap-3 text-sm"><a href="/login">登录</a><a class="rounded-md bg-blue-600 px-3 py-1.5
 text-white" href="/register">免费注册</a></div></div></header>
<main class="mx-auto grid max-w-6xl grid-cols-1 gap-8 px-4 py-8 lg:grid-cols-[minmax(0,1fr)_300px]"><article
 class="min-w-0 rounded-xl bg-white p-6 shadow-sm md:p-10"><nav aria-label="Breadcrumb" class="mb-4 text-sm
 text-slate-500"><ol class="flex items-center gap-2"><li><a href="/">首页</a></li><li aria-hidden="true">/</li><li><a
 href="/news">招商资讯</a></li><li aria-hidden="true">/</li><li aria-current="page">正文</li></ol></nav>{heading}
<div class="mt-4 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-500">{info}</div>
<div class="prose prose-slate mt-8 max-w-none prose-p:leading-8 prose-p:indent-8">{content}</div>
<p class="mt-8 text-xs text-slate-400">{updated_text}</p>
<div class="mt-6 flex flex-wrap gap-2">{chips}</div>
<div class="mt-8 flex items-center gap-4 border-t border-slate-100 pt-6 text-sm text-slate-500"><span
>分享到：</span><button
 type="button">微信</button><button type="button">微博</button><button type="button">复制链接</button></div>
<section class="mt-10"><h2 class="mb-4 text-lg font-semibold">相关推荐</h2><ul class="divide-y divide-slate-100">
{related_html}</ul></section></article>
<aside class="space-y-6"><section class="rounded-xl bg-white p-5 shadow-sm"><h2 class="mb-2 font-semibold">热门资讯</h2>
<ol>{hot_html}</ol></section></aside></main>
<footer class="border-t border-slate-200 bg-white py-8 text-center text-xs text-slate-500"><p class="space-x-4"><a
 href="/about">关于我们</a><a href="/contact">联系我们</a><a href="/terms">用户协议</a><a
 href="/privacy">隐私政策</a></p>
<p class="mt-2">© <!-- -->{updated.year}<!-- --> <!-- -->{site}</p><p class="mt-1">{icp}<!-- --> <!-- -->{police}</p>
</footer>
<script src="/_next/static/chunks/webpack-{_hex(rng, 16)}.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
{flight}
</body></html>"""
    furniture = (
        site + "".join(menu) + "登录免费注册",
        "首页/招商资讯/正文",
        f"阅读约{minutes}分钟",
        updated_text,
        "".join(f"#{t}" for t in tags),
        "分享到：微信微博复制链接",
        "相关推荐",
        *related_rows,
        "热门资讯" + "".join(f"{i + 1}{t}" for i, t in enumerate(hot)),
        "关于我们联系我们用户协议隐私政策",
        f"© {updated.year} {site}",
        icp,
        police,
    )
    furniture += () if story.outlet else (f"来源：{editors}",)
    return Wrapped(html, furniture, f"https://{domain}/news/{article_id}")


@unseen23("angular_universal_ngcontent_serverapp_state")
def angular_universal_ngcontent_serverapp_state(story: Story) -> Wrapped:
    """A city 投资促进局's 投资服务平台 on Angular 11 with Universal, rendered on the server: `<app-root ng-version>`,
    `_nghost-`/`_ngcontent-sc` attributes, `<!---->` anchors, `<style ng-transition="serverApp">`, `<title>` headline -
    platform (新闻详情 - platform where the story has none), a welcome bar, the hotline and nav, the crumb, the `<h2>`
    (absent where the story has none), 发布时间 through the DatePipe (yyyy-MM-dd HH:mm, or en-US 'medium' Jan 9, 2021,
    9:30:00 AM where no locale was registered), 来源 (the bureau where the story names none), 浏览量, the text by
    `[innerHTML]`, 分享到, 上一篇/下一篇, 热点新闻 with days, a float of 在线咨询/投资热线/返回顶部, the footer, and the
    `serverApp-state` script: the API's answer cached under G.address, escaped as &q; &l; &g;, with publishTime and an
    earlier createTime."""
    rng = _rng(story, "ngstate")
    place = rng.choice(PLACES)
    city = f"{place[:-1]}市"
    bureau = f"{city}投资促进局"
    platform = f"{city}投资服务平台"
    day = story.published
    moment = _at(day, rng) if day else None
    created = (moment or _at(dt.date(2022, 9, 14), rng)) - dt.timedelta(days=rng.randrange(0, 3), hours=2)
    news_id = rng.randrange(1000, 60000)
    views = rng.randrange(30, 6000)
    medium = rng.random() < 0.5
    shown = (_en_medium(moment) if medium else f"{moment:%Y-%m-%d %H:%M}") if moment else ""
    source = story.outlet or bureau
    host, header, detail, hot_id, float_id, footer = (f"sc{n}" for n in rng.sample(range(10, 140), 6))
    api = f"https://api.example-r23-tz{rng.randrange(10, 99)}.gov.cn/portal/news/detail"
    neighbours = _pick(rng, OTHER_NEWS, 2)
    hot = _pick(rng, [t for t in OTHER_NEWS if t not in neighbours], 5)
    hot_days = _dated_others(rng, day or created.date(), 5, most=45)
    hotline = f"投资热线：0{rng.randrange(550, 999)}-{rng.randrange(10**7, 10**8)}"
    menu = ["首页", "投资环境", "产业布局", "投资政策", "新闻动态", "项目信息", "投资服务", "联系我们"]
    welcome = f"您好，欢迎访问{platform}！"
    icp, police = _numbers(rng)
    vendor = rng.choice(["数智云科技有限公司", "政云信息技术有限公司", "融创软件有限公司"])
    content = "".join(f"<p>{escape(line)}</p>" for line in story.lines)
    answer = {
        "code": 200,
        "msg": "操作成功",
        "data": {
            "id": news_id,
            "title": story.headline,
            "source": source,
            "columnName": "新闻动态",
            "publishTime": f"{moment:%Y-%m-%d %H:%M:%S}" if moment else None,
            "createTime": f"{created:%Y-%m-%d %H:%M:%S}",
            "viewCount": views,
            "content": content,
            "prev": {"id": news_id - 1, "title": neighbours[0]},
            "next": {"id": news_id + 1, "title": neighbours[1]},
        },
    }
    state = {
        f"G.{api}?id={news_id}": {
            "body": answer,
            "headers": {},
            "status": 200,
            "statusText": "OK",
            "url": f"{api}?id={news_id}",
            "responseType": "json",
        }
    }

    def ng(scope: str) -> str:
        return f'_ngcontent-{scope}=""'

    active = ' class="active"'
    nav = "".join(
        f'<li {ng(header)}><a {ng(header)} routerlinkactive="active" href="/{i}"'
        f"{active if m == '新闻动态' else ''}>{m}</a></li>"
        for i, m in enumerate(menu)
    )
    heading = f'<h2 {ng(detail)} class="title">{headline_html(story)}</h2>' if story.headline else ""
    info = [f"<span {ng(detail)}>发布时间：{shown}</span><!---->"] if moment else ["<!---->"]
    info.append(f"<span {ng(detail)}>来源：{escape(source)}</span>")
    info.append(f"<span {ng(detail)}>浏览量：{views}</span>")
    hot_html = "".join(
        f'<li {ng(hot_id)}><a {ng(hot_id)} href="/news/{news_id - 5 - i}">{t}</a><span {ng(hot_id)}>'
        f"{d:%Y-%m-%d}</span></li><!---->"
        for i, (t, d) in enumerate(zip(hot, hot_days, strict=True))
    )
    page_title = f"{story.headline} - {platform}" if story.headline else f"新闻详情 - {platform}"
    html = f"""<!DOCTYPE html><html lang="zh-Hans"><head>
  <meta charset="utf-8">
  <title>{escape(page_title)}</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
<link rel="stylesheet" href="styles.{_hex(rng, 20)}.css"><style ng-transition="serverApp">.detail[_ngcontent-{detail}]
{{background:#fff;padding:30px 40px;}}.title[_ngcontent-{detail}]{{font-size:26px;text-align:center;}}</style>
<style ng-transition="serverApp">.hot[_ngcontent-{hot_id}] li[_ngcontent-{hot_id}]{{line-height:36px;}}</style></head>
<body><app-root _nghost-{host}="" ng-version="11.2.14"><app-header {ng(host)} _nghost-{header}=""><div {ng(header)}
 class="top-bar"><div {ng(header)} class="w1200"><span {ng(header)}>{welcome}</span><span {ng(header)}
 class="fr"><a {ng(header)} href="/login">登录</a> | <a {ng(header)} href="/register">注册</a></span></div></div><div
 {ng(header)} class="logo-bar w1200"><img {ng(header)} src="assets/img/logo.png" alt="{platform}"><span {ng(header)}
 class="hotline">{hotline}</span></div><ul {ng(header)} class="nav w1200">{nav}</ul></app-header>
<router-outlet {ng(host)}></router-outlet><app-news-detail _nghost-{detail}=""><div {ng(detail)} class="w1200 crumb">
当前位置：<a {ng(detail)} href="/">首页</a> &gt; <a {ng(detail)} href="/news">新闻动态</a> &gt; <span
 {ng(detail)}>正文</span></div><div {ng(detail)} class="w1200 main"><div {ng(detail)} class="detail">{heading}<!---->
<div {ng(detail)} class="info">{"".join(info)}</div>
<div {ng(detail)} class="content">{content}</div>
<div {ng(detail)} class="share">分享到：<a {ng(detail)}>微信</a><a {ng(detail)}>微博</a><a {ng(detail)}>QQ空间</a>
</div><div {ng(detail)} class="pager"><p {ng(detail)}>上一篇：<a {ng(detail)} href="/news/detail/{news_id - 1}"
>{neighbours[0]}</a></p><!----><p {ng(detail)}>下一篇：<a {ng(detail)} href="/news/detail/{news_id + 1}"
>{neighbours[1]}</a></p><!----></div></div><app-hot-news {ng(detail)} _nghost-{hot_id}=""><div {ng(hot_id)}
 class="hot"><div {ng(hot_id)} class="hot-hd">热点新闻</div><ul {ng(hot_id)}>{hot_html}</ul></div></app-hot-news>
</div></app-news-detail><!----><app-float-service {ng(host)} _nghost-{float_id}=""><ul {ng(float_id)}
 class="float"><li {ng(float_id)}>在线咨询</li><li {ng(float_id)}>投资热线</li><li {ng(float_id)}>返回顶部</li></ul>
</app-float-service><app-footer {ng(host)} _nghost-{footer}=""><div {ng(footer)} class="footer"><p
 {ng(footer)}>主办单位：{bureau}　技术支持：{vendor}</p><p {ng(footer)}>{icp}　{police}</p></div></app-footer>
</app-root>
<script src="runtime.{_hex(rng, 20)}.js" defer></script><script src="polyfills.{_hex(rng, 20)}.js" defer></script>
<script src="main.{_hex(rng, 20)}.js" defer></script>
<script id="serverApp-state" type="application/json">{_ng_state(state)}</script></body></html>"""
    furniture = (
        f"{welcome}登录|注册",
        hotline,
        "".join(menu),
        "当前位置：首页>新闻动态>正文",
        f"浏览量：{views}",
        "分享到：微信微博QQ空间",
        f"上一篇：{neighbours[0]}",
        f"下一篇：{neighbours[1]}",
        "热点新闻" + "".join(f"{t}{d:%Y-%m-%d}" for t, d in zip(hot, hot_days, strict=True)),
        "在线咨询投资热线返回顶部",
        f"主办单位：{bureau}",
        f"技术支持：{vendor}",
        icp,
        police,
    )
    furniture += () if story.outlet else (f"来源：{bureau}",)
    address = f"http://tzfw.example-r23-{rng.randrange(10, 99)}.gov.cn/news/detail/{news_id}"
    return Wrapped(html, furniture, address)


# ---------------------------------------------------------------- static sites: Dreamweaver, XHTML, frames


# An overseas association's country: its name, the local menu, the day's form, the address and the dialling code.
ABROAD = [
    (
        "意大利",
        ["Home", "Chi siamo", "Notizie", "Attività", "Contatti"],
        "%d/%m/%Y",
        "Indirizzo",
        "Via Paolo Sarpi",
        "+39",
    ),
    (
        "西班牙",
        ["Inicio", "Quiénes somos", "Noticias", "Actividades", "Contacto"],
        "%d/%m/%Y",
        "Dirección",
        "Calle de Toledo",
        "+34",
    ),
    (
        "德国",
        ["Startseite", "Über uns", "Aktuelles", "Veranstaltungen", "Kontakt"],
        "%d.%m.%Y",
        "Adresse",
        "Kaiserstraße",
        "+49",
    ),
    (
        "法国",
        ["Accueil", "Qui sommes-nous", "Actualités", "Activités", "Contact"],
        "%d/%m/%Y",
        "Adresse",
        "Rue de Belleville",
        "+33",
    ),
]


@unseen23("dreamweaver_dwt_huaqiao_shanghui_cp1252_ncr")
def dreamweaver_dwt_huaqiao_shanghui_cp1252_ncr(story: Story) -> Wrapped:
    """A European 华侨华人 商会's static site made in Dreamweaver from a `.dwt` template, declared iso-8859-1 (a Western
    European install's default), every character outside windows-1252 a numeric reference as Dreamweaver writes it: the
    InstanceBegin/InstanceBeginEditable and #BeginLibraryItem comments, the MM_ rollover scripts, `<title>` headline -
    商会 (家乡资讯 - 商会 where the story has none, or Dreamweaver's Untitled Document left in), a banner, the nav in
    Chinese and in the country's language, the left library items (商会简介, 最新动态 with days in the country's form,
    联系我们 with the address), 您的位置, the `<h1>` (absent where the story has none), 发布日期 as 09/01/2021 or
    09.01.2021, 来源 (the 商会's 秘书处 where the story names none), 返回上一页 | TOP, the footer."""
    rng = _rng(story, "dwtcp1252")
    country, local, form, address_word, street, code = rng.choice(ABROAD)
    place = rng.choice(PLACES)
    association = f"{country}{place[:-1]}商会"
    secretariat = f"{association}秘书处"
    day = story.published
    shown = day.strftime(form) if day else ""
    year = (day or dt.date(2021, 11, 3)).year
    zh_menu = ["首页", "商会简介", "商会动态", "家乡资讯", "会员风采", "联系我们"]
    latest = _pick(
        rng,
        [
            "本会召开第三届理事会第二次会议",
            "商会组织会员回乡考察投资环境",
            "本会举办新春联谊晚会",
            "商会向家乡捐赠防疫物资",
            "会长一行拜访我国驻当地使领馆",
        ],
        3,
    )
    latest_days = _dated_others(rng, day or dt.date(2021, 11, 3), 3, most=60)
    latest_rows = [f"{t}{d.strftime(form)}" for t, d in zip(latest, latest_days, strict=True)]
    latest_html = "".join(
        f'<tr><td class="list">· <a href="../news/{i + 20}.html">{t}</a> <span class="date">{d.strftime(form)}</span>'
        "</td></tr>"
        for i, (t, d) in enumerate(zip(latest, latest_days, strict=True))
    )
    number = rng.randrange(2, 180)
    phone = f"{code} {rng.randrange(10, 99)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}"
    mail = f"info@example-r23-{rng.choice(['cciq', 'acqs', 'ascs'])}.eu"
    contact = f"{address_word}: {street} {number}　Tel: {phone}　E-mail: {mail}"
    rights = f"Copyright © 2009-{year} {association} All Rights Reserved"
    source = escape(story.outlet) if story.outlet else secretariat
    about = f"本会由旅居{country}的{place[:-1]}籍侨胞发起成立，致力于联络乡谊、服务会员、促进中{country[0]}经贸交流。"
    untitled = rng.random() < 0.3
    if untitled:
        page_title = "Untitled Document"
    else:
        page_title = f"{story.headline} - {association}" if story.headline else f"家乡资讯 - {association}"
    heading = f'<h1 class="news_title">{headline_html(story)}</h1>' if story.headline else ""
    info = _join([f"发布日期：{shown}" if shown else "", f"来源：{source}"], "&nbsp;&nbsp;&nbsp;")
    nav_zh = " | ".join(f'<a href="../{i}.html">{m}</a>' for i, m in enumerate(zh_menu))
    nav_local = " | ".join(f'<a href="../{i}.html">{m}</a>' for i, m in enumerate(local))
    swap = (
        "function MM_swapImgRestore() { //v3.0\n"
        "  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;\n}\n"
        "function MM_preloadImages() { //v3.0\n"
        "  var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();\n"
        "    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)\n"
        '    if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}\n}'
    )
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><!-- InstanceBegin template="/Templates/news.dwt"
 codeOutsideHTMLIsLocked="false" -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<!-- InstanceBeginEditable name="doctitle" -->
<title>{escape(page_title)}</title>
<!-- InstanceEndEditable -->
<link href="../css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">
<!--
{swap}
//-->
</script>
<!-- InstanceBeginEditable name="head" --><!-- InstanceEndEditable -->
</head>
<body onload="MM_preloadImages('../images/nav_on_01.gif','../images/nav_on_02.gif')"><a name="top" id="top"></a>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="../images/banner.jpg" width="980" height="150" alt="{association}" /></td></tr>
  <tr><td class="nav" align="center">{nav_zh}</td></tr>
  <tr><td class="nav2" align="center">{nav_local}</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="230" valign="top" class="left"><!-- #BeginLibraryItem "/Library/left.lbi" --><table width="100%"
 border="0" cellspacing="0" cellpadding="0">
      <tr><td class="left_title">商会简介</td></tr>
      <tr><td class="left_text">{about}</td></tr>
      <tr><td class="left_title">最新动态</td></tr>
      {latest_html}
      <tr><td class="left_title">联系我们</td></tr>
      <tr><td class="left_text">{contact}</td></tr>
    </table><!-- #EndLibraryItem --></td>
    <td width="20">&nbsp;</td>
    <td valign="top"><!-- InstanceBeginEditable name="main" -->
<div class="position">您的位置：<a href="../index.html">首页</a> &gt; <a href="../news/">家乡资讯</a></div>
{heading}
<div class="news_date">{info}</div>
<div class="news_body">
{_ps(story.lines)}
</div>
<div class="news_back"><a href="javascript:history.go(-1)">返回上一页</a> | <a href="#top">TOP</a></div>
<!-- InstanceEndEditable --></td>
  </tr>
</table>
<!-- #BeginLibraryItem "/Library/foot.lbi" --><table width="980" border="0" align="center" cellpadding="0"
 cellspacing="0" class="foot">
  <tr><td align="center">{rights}<br />{contact}</td></tr>
</table><!-- #EndLibraryItem -->
</body>
<!-- InstanceEnd --></html>"""
    intro = f"商会简介{about}"
    furniture = (
        " | ".join(zh_menu),
        " | ".join(local),
        intro,
        "最新动态",
        *latest_rows,
        f"联系我们{contact}",
        "您的位置：首页>家乡资讯",
        "返回上一页|TOP",
        rights,
    )
    furniture += () if story.outlet else (f"来源：{secretariat}",)
    host = f"www.example-r23-{rng.choice(['cciq', 'acqs', 'ascs'])}{rng.randrange(10, 99)}.eu"
    return Wrapped(_ncr(html, "cp1252"), furniture, f"http://{host}/news/{rng.randrange(100, 999)}.html", "cp1252")


# ---------------------------------------------------------------- a page kept with its reader's marks


@unseen23("webscrapbook_capture_linemarker_sticky_note")
def webscrapbook_capture_linemarker_sticky_note(story: Story) -> Wrapped:
    """A county 商务局's page captured by WebScrapBook and annotated: `data-scrapbook-source` and a later
    `data-scrapbook-create` (UTC, to the millisecond) on `<html>`, the charset rewritten to UTF-8, scripts dropped and
    resources made local, then the page's own chrome: `<title>` headline_column_site (column_site where the story has
    none), the top links, nav, 当前位置, the `<h1>` (absent where the story has none), 发布时间/信息来源 (the 商务局
    where the story names none)/浏览次数 as the counter showed it, 【字体：大 中 小】, the text with the reader's
    linemarker spans inside some paragraphs (one with a note in its title), 【打印本页】【关闭窗口】, 上一篇/下一篇,
    相关链接 with days, the footer; and the reader's sticky notes, with the annotation style and loader WebScrapBook
    adds."""
    rng = _rng(story, "webscrapbook")
    place = rng.choice(PLACES)
    bureau = f"{place}商务局"
    site = f"{place}人民政府"
    column = rng.choice(["商务动态", "招商引资", "工作动态"])
    day = story.published
    moment = _at(day, rng) if day else None
    captured = _moment_after(day or dt.date(2022, 6, 2), rng, 40, 900)
    stamp = f"{captured - dt.timedelta(hours=8):%Y%m%d%H%M%S}{rng.randrange(1000):03d}"
    host = f"www.example-r23-ws{rng.randrange(10, 99)}.gov.cn"
    item = rng.randrange(10**6, 10**7)
    path = (
        f"/swj/{'swdt' if column == '商务动态' else 'zsyz'}/{day:%Y%m}/t{day:%Y%m%d}_{item}.html"
        if day
        else (f"/swj/swdt/t_{item}.html")
    )
    address = f"http://{host}{path}"
    views = rng.randrange(40, 5000)
    source = escape(story.outlet) if story.outlet else bureau
    marked = (
        set(rng.sample(range(len(story.lines)), min(len(story.lines), rng.randrange(1, 4)))) if story.lines else set()
    )
    noted = min(marked) if marked else None
    note = rng.choice(STICKY_NOTES)
    paragraphs = []
    for index, line in enumerate(story.lines):
        if index not in marked or len(line) < 6:
            paragraphs.append(f"<p>{escape(line)}</p>")
            continue
        start = rng.randrange(0, len(line) // 2)
        end = rng.randrange(start + 2, len(line) + 1)
        mark_id = f"{captured - dt.timedelta(hours=8) + dt.timedelta(minutes=index + 1):%Y%m%d%H%M%S}{index:03d}"
        titled = f' title="{escape(note)}"' if index == noted else ""
        span = (
            f'<span data-scrapbook-id="{mark_id}" data-scrapbook-elem="linemarker" class="first last"{titled}'
            f' style="background-color: rgb(255, 255, 0);">{escape(line[start:end])}</span>'
        )
        paragraphs.append(f"<p>{escape(line[:start])}{span}{escape(line[end:])}</p>")
    notes = rng.sample([n for n in STICKY_NOTES if n != note], rng.randrange(1, 3))
    stickies = "".join(
        f'<div data-scrapbook-elem="sticky" class="styled" style="left: {rng.randrange(760, 980)}px; top: '
        f'{rng.randrange(220, 900)}px; width: 250px; height: 100px;">{text}</div>'
        for text in notes
    )
    info = [f"发布时间：{moment:%Y-%m-%d %H:%M}"] if moment else []
    info += [f"信息来源：{source}", f"浏览次数：{views}"]
    top = ["无障碍", "长者模式", "网站支持IPv6"]
    menu = ["首页", "机构概况", "政务公开", "商务动态", "招商引资", "对外贸易", "市场建设", "互动交流"]
    neighbours = _pick(rng, OTHER_NEWS, 2)
    links = _pick(rng, [t for t in OTHER_NEWS if t not in neighbours], 3)
    link_rows, link_html = _rows_of(links, _dated_others(rng, day or captured.date(), 3, most=50))
    icp, police = _licences(rng, rng.choice(["湘", "赣", "黔", "豫"]))
    code = f"{rng.randrange(10**9, 10**10)}"
    sponsor = f"主办单位：{bureau}　承办单位：{place}政务服务和大数据中心"
    heading = f'<h1 class="xl-title">{headline_html(story)}</h1>' if story.headline else ""
    page_title = f"{story.headline}_{column}_{site}" if story.headline else f"{column}_{site}"
    annotation_css = (
        '[data-scrapbook-elem="linemarker"][title] { cursor: help; } [data-scrapbook-elem="sticky"] { display: block; '
        "overflow: auto; box-sizing: border-box; position: absolute; z-index: 2147483647; opacity: .95; padding: 5px; "
        "border: 1px solid #CCC; border-top-width: 12px; border-radius: 5px; background: #FAFFFA; box-shadow: 0 0 "
        "3px #888; font: 14px/1.4 sans-serif; }"
    )
    loader = (
        "(function () { var k = document.currentScript; var d = document; var w = d.querySelectorAll("
        "'[data-scrapbook-elem=\"sticky\"]'); for (var i = 0; i !== w.length; i++) { w[i].title = ''; } "
        "k.parentNode.removeChild(k); })();"
    )
    html = f"""<!DOCTYPE html>
<html lang="zh-CN" data-scrapbook-source="{address}" data-scrapbook-create="{stamp}"><head>
<meta charset="UTF-8">
<title>{escape(page_title)}</title>
<meta name="SiteName" content="{site}"><meta name="ColumnName" content="{column}">
<link rel="stylesheet" href="common.css"><link rel="stylesheet" href="detail.css">
<style data-scrapbook-elem="annotation-css">{annotation_css}</style>
</head><body>
<div class="top"><div class="w1200">{" | ".join(top)}</div></div>
<div class="header"><div class="w1200"><img src="logo.png" alt="{bureau}"></div></div>
<div class="nav"><ul class="w1200">{"".join(f'<li><a href="http://{host}/swj/">{m}</a></li>' for m in menu)}</ul></div>
<div class="w1200 position">当前位置：<a href="http://{host}/swj/">首页</a> &gt; <a
 href="http://{host}/swj/swdt/">{column}</a></div>
<div class="w1200 xl-main">{heading}
<div class="xl-info">{"　".join(info)}　<span class="font">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="xl-content" id="zoom">
{"".join(paragraphs)}
</div>
<div class="xl-tools"><a>【打印本页】</a><a>【关闭窗口】</a></div>
<div class="xl-page"><p>上一篇：<a href="http://{host}/swj/swdt/{item - 1}.html">{neighbours[0]}</a></p>
<p>下一篇：<a href="http://{host}/swj/swdt/{item + 1}.html">{neighbours[1]}</a></p></div>
<div class="xl-links"><h3>相关链接</h3><ul>{link_html}</ul></div></div>
<div class="footer"><div class="w1200"><p>{sponsor}</p><p>网站标识码：{code}　{icp}　{police}</p></div></div>
{stickies}<script data-scrapbook-elem="annotation-loader">{loader}</script>
</body></html>"""
    furniture = (
        " | ".join(top),
        "".join(menu),
        f"当前位置：首页>{column}",
        f"浏览次数：{views}",
        "【字体：大中小】",
        "【打印本页】【关闭窗口】",
        f"上一篇：{neighbours[0]}",
        f"下一篇：{neighbours[1]}",
        "相关链接",
        *link_rows,
        sponsor,
        f"网站标识码：{code}",
        icp,
        police,
        *notes,
    )
    furniture += () if story.outlet else (f"信息来源：{bureau}",)
    return Wrapped(html, furniture, address)


@unseen23("xhtml_strict_xml_prolog_gb2312_kaifaqu")
def xhtml_strict_xml_prolog_gb2312_kaifaqu(story: Story) -> Wrapped:
    """A 经济开发区's site built around 2008 by a 网络公司 to the W3C's XHTML 1.0 Strict, its charset declared only in
    the XML prolog (`<?xml version="1.0" encoding="gb2312"?>`, no `<meta>` naming one), GBK bytes, characters GBK cannot
    hold as numeric references: `<title>` headline - zone (园区动态 - zone where the story has none), the logo `<h1>`
    with the zone's name and a slogan `<p>`, the nav list, the sidebar's `<h2>`s (园区动态 with m-d days, 联系我们 as a
    `<dl>`), the crumb with &raquo;, the headline an `<h2 class="entry-title">` (absent where the story has none),
    发布日期 2021-1-9, 来源 (the 管委会办公室 where the story names none), 阅读 N 次, 上一篇/下一篇, 返回列表, the
    footer with the address, the ICP, the Valid XHTML 1.0 Strict / Valid CSS! badges and 网站设计."""
    rng = _rng(story, "xhtmlprolog")
    place = rng.choice(PLACES)
    zone = f"{place[:-1]}{rng.choice(['经济开发区', '高新技术产业开发区', '工业园区'])}"
    committee = f"{zone}管理委员会"
    office = f"{zone}管委会办公室"
    slogan = rng.choice(["产业兴区 开放强区 创新活区", "投资洼地 创业热土", "一流环境 一流服务 一流效率"])
    day = story.published
    views = rng.randrange(30, 4000)
    source = escape(story.outlet) if story.outlet else office
    menu = ["首页", "园区概况", "园区动态", "招商引资", "投资环境", "产业布局", "政务公开", "联系我们"]
    news = _pick(rng, OTHER_NEWS, 5)
    news_rows, news_html = _rows_of(news[:3], _dated_others(rng, day or dt.date(2021, 8, 20), 3, most=30), "%m-%d")
    prev, nxt = news[3], news[4]
    phone = f"0{rng.randrange(550, 999)}-{rng.randrange(10**7, 10**8)}"
    zipcode = f"{rng.randrange(100, 999)}{rng.randrange(100, 999)}"
    street = f"{place[:-1]}大道{rng.randrange(1, 300)}号"
    icp = _numbers(rng)[0]
    studio = rng.choice(["蓝海网络", "天启网络", "博创网络"])
    year = (day or dt.date(2021, 8, 20)).year
    info = _join([f"发布日期：{_ymd_bare(day)}" if day else "", f"来源：{source}", f"阅读：{views} 次"], "　")
    heading = f'<h2 class="entry-title">{headline_html(story)}</h2>' if story.headline else ""
    page_title = f"{story.headline} - {zone}" if story.headline else f"园区动态 - {zone}"
    html = f"""<?xml version="1.0" encoding="gb2312"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN" lang="zh-CN">
<head>
<meta http-equiv="Content-Language" content="zh-CN" />
<title>{escape(page_title)}</title>
<meta name="keywords" content="{zone},招商引资,园区动态" />
<meta name="description" content="{committee}官方网站" />
<link rel="stylesheet" type="text/css" href="/css/global.css" media="screen" />
<link rel="stylesheet" type="text/css" href="/css/print.css" media="print" />
</head>
<body>
<div id="wrap">
<div id="header"><h1 id="logo"><a href="/" title="{committee}">{committee}</a></h1><p id="slogan">{slogan}</p></div>
<div id="nav"><ul>{"".join(f'<li><a href="/{i}/">{m}</a></li>' for i, m in enumerate(menu))}</ul></div>
<div id="container">
<div id="main">
<p id="crumbs">当前位置：<a href="/">首页</a> &raquo; <a href="/news/">园区动态</a> &raquo; 正文</p>
<div class="entry">
{heading}
<p class="entry-meta">{info}</p>
<div class="entry-content">
{_ps(story.lines)}
</div>
<p class="entry-nav">上一篇：<a href="/news/{rng.randrange(100, 900)}.html">{prev}</a><br />
下一篇：<a href="/news/{rng.randrange(100, 900)}.html">{nxt}</a></p>
<p class="back"><a href="/news/">&lt;&lt; 返回列表</a></p>
</div>
</div>
<div id="sidebar">
<h2>园区动态</h2>
<ul class="news">{news_html}</ul>
<h2>联系我们</h2>
<dl><dt>地址：</dt><dd>{street}</dd><dt>邮编：</dt><dd>{zipcode}</dd><dt>电话：</dt><dd>{phone}</dd></dl>
</div>
</div>
<div id="footer">
<p>版权所有 &copy; 2008-{year} {committee}</p>
<p>地址：{street}　邮编：{zipcode}　电话：{phone}　{icp}</p>
<p><a href="http://validator.w3.org/check?uri=referer"><img src="/images/valid-xhtml10.png"
 alt="Valid XHTML 1.0 Strict" height="31" width="88" /></a> <a href="http://jigsaw.w3.org/css-validator/"><img
 src="/images/vcss.gif" alt="Valid CSS!" height="31" width="88" /></a></p>
<p>网站设计：{studio}</p>
</div>
</div>
</body>
</html>"""
    furniture = (
        f"{committee}{slogan}",
        "".join(menu),
        "当前位置：首页»园区动态»正文",
        f"阅读：{views} 次",
        f"上一篇：{prev}",
        f"下一篇：{nxt}",
        "<< 返回列表",
        "园区动态",
        *news_rows,
        f"联系我们地址：{street}邮编：{zipcode}电话：{phone}",
        f"版权所有 © 2008-{year} {committee}",
        f"地址：{street}　邮编：{zipcode}　电话：{phone}　{icp}",
        f"网站设计：{studio}",
    )
    furniture += () if story.outlet else (f"来源：{office}",)
    host = f"www.example-r23-kfq{rng.randrange(10, 99)}.gov.cn"
    return Wrapped(_ncr(html, "gbk"), furniture, f"http://{host}/news/{rng.randrange(1000, 9999)}.html", "gbk")


# ---------------------------------------------------------------- an industry's B2B portal and a blog


@unseen23("destoon_b2b_hangye_zixun_hexin_tishi")
def destoon_b2b_hangye_zixun_hexin_tishi(story: Story) -> Wrapped:
    """An industry's B2B portal (中国X网) on DESTOON, its GBK or its UTF-8 edition (`charset=GBK` or `UTF-8`): the
    generator meta, `<title>` headline_行业资讯_资讯_site (行业资讯_资讯_site where the story has none), 您好，欢迎来到
    with [请登录] [免费注册], the top links, the search with its 供应/求购/公司/资讯/招商/展会 tabs, the menu, 当前位置
    with &raquo;, the `<h1 class="title">` (absent where the story has none), 发布日期 (a made-up day where the story
    has none), 来源 only where the story names one, 作者, 浏览次数, the 核心提示 box repeating the text's opening, the
    text, 标签, 下一篇/上一篇, 相关资讯 with days, [ 资讯搜索 ] [ 加入收藏 ] [ 告诉好友 ] [ 打印本文 ] [ 关闭窗口 ],
    推荐图文, 点击排行, the footer's links and rights."""
    rng = _rng(story, "destoon")
    industry = rng.choice(["食品", "建材", "机械", "纺织", "农资", "茶叶"])
    site = f"中国{industry}网"
    domain = f"www.example-r23-{rng.choice(['sp', 'jc', 'jx', 'fz', 'nz', 'cy'])}{rng.randrange(10, 99)}.com"
    gbk = rng.random() < 0.5
    day = story.published
    shown = day or dt.date(2023, rng.randrange(1, 13), rng.randrange(1, 28))
    item = rng.randrange(10**4, 10**6)
    hits = rng.randrange(10, 3000)
    writer = rng.choice(["admin", "小编", rng.choice(NAMES)])
    opening = "".join(story.lines)[:110]
    tags = rng.sample(["招商引资", "产业园区", "项目签约", "投资", industry], 3)
    info = [f"发布日期：{shown:%Y-%m-%d}"]
    info += [f"来源：{escape(story.outlet)}"] if story.outlet else []
    info += [f"作者：{writer}", f'浏览次数：<span id="hits">{hits}</span>']
    related = _pick(rng, OTHER_NEWS, 4)
    related_days = _dated_others(rng, shown, 4, most=40)
    related_rows = [f"{d:%Y-%m-%d}{t}" for t, d in zip(related, related_days, strict=True)]
    related_html = "".join(
        f'<li><span class="f_r">{d:%Y-%m-%d}</span>&#8226; <a href="{i}.html">{t}</a></li>'
        for i, (t, d) in enumerate(zip(related, related_days, strict=True))
    )
    pictures = _pick(rng, [t for t in OTHER_NEWS if t not in related], 2)
    ranking = _pick(rng, [t for t in OTHER_NEWS if t not in related + pictures], 5)
    neighbours = [*_pick(rng, [t for t in OTHER_NEWS if t not in related + pictures + ranking], 1), "没有了"]
    picture_html = "".join(
        f'<div><a href="#"><img src="http://{domain}/file/upload/thumb{i}.jpg" alt=""/></a><ul><li><a href="#">{t}</a>'
        "</li></ul></div>"
        for i, t in enumerate(pictures)
    )
    ranking_html = "".join(
        f'<li><span class="f_r px11">{rng.randrange(100, 9000)}</span><em>{i + 1}</em><a href="#">{t}</a></li>'
        for i, t in enumerate(ranking)
    )
    tabs = ["供应", "求购", "公司", "资讯", "招商", "展会"]
    menu = ["网站首页", "供应", "求购", "公司", "资讯", "招商", "展会", "品牌", "行情", "知道"]
    top_links = ["设为首页", "收藏本站", "手机版", "会员中心"]
    tools = "[ 资讯搜索 ]  [ 加入收藏 ]  [ 告诉好友 ]  [ 打印本文 ]  [ 关闭窗口 ]"
    foot_links = [
        "网站首页",
        "关于我们",
        "联系方式",
        "使用协议",
        "版权隐私",
        "网站地图",
        "排名推广",
        "广告服务",
        "网站留言",
        "RSS订阅",
        "违规举报",
    ]
    rights = f"Copyright © {shown.year} {site} All Rights Reserved"
    icp = _numbers(rng)[0]
    heading = f'<h1 class="title" id="title">{headline_html(story)}</h1>' if story.headline else ""
    page_title = f"{story.headline}_行业资讯_资讯_{site}" if story.headline else f"行业资讯_资讯_{site}"
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html;charset={"GBK" if gbk else "UTF-8"}"/>
<title>{escape(page_title)}</title>
<meta name="keywords" content="{escape(story.headline or "")},{",".join(tags)}"/>
<meta name="description" content="{escape(opening)}"/>
<meta name="generator" content="DESTOON B2B - www.destoon.com"/>
<meta http-equiv="mobile-agent" content="format=html5;url=http://{domain}/mobile/news/show-{item}.html">
<link rel="stylesheet" type="text/css" href="http://{domain}/skin/default/style.css"/>
<link rel="stylesheet" type="text/css" href="http://{domain}/skin/default/article.css"/>
<script type="text/javascript">window.onerror=function(){{return true;}}</script>
<script type="text/javascript" src="http://{domain}/lang/zh-cn/lang.js"></script>
<script type="text/javascript" src="http://{domain}/file/script/config.js"></script>
<script type="text/javascript" src="http://{domain}/file/script/jquery.js"></script>
<script type="text/javascript" src="http://{domain}/file/script/common.js"></script>
<script type="text/javascript">var module_id= 21,item_id={item},content_id='content',img_max_width=800;</script>
</head>
<body>
<div class="head" id="head"><div class="head_m"><div class="head_r" id="destoon_member">您好，欢迎来到{site}！<a
 href="http://{domain}/member/login.php">[请登录]</a> <a href="http://{domain}/member/register.php">[免费注册]</a></div>
<div class="head_l"><ul>{"".join(f'<li><a href="#">{t}</a></li>' for t in top_links)}</ul></div></div></div>
<div class="m"><div class="logo f_l"><a href="http://{domain}/"><img src="http://{domain}/skin/default/image/logo.gif"
 alt="{site}"/></a></div><div class="head_search"><div id="search_tips" style="display:none;"></div><div
 class="search_tab">{"".join(f'<span id="mod_{i}">{t}</span>' for i, t in enumerate(tabs))}</div><form
 action="http://{domain}/api/search.php"><input name="kw" id="destoon_kw" type="text" class="search_i"
 value=""/><input type="submit" value=" " class="search_s"/></form></div></div>
<div class="menu"><ul>{"".join(f'<li><a href="#"><span>{m}</span></a></li>' for m in menu)}</ul></div>
<div class="m b10">&nbsp;</div>
<div class="m"><div class="nav"><div>当前位置: <a href="http://{domain}/">首页</a> &raquo; <a
 href="http://{domain}/news/">资讯</a> &raquo; <a href="http://{domain}/news/list-21.html">行业资讯</a></div></div>
<div class="m_l_1 f_l"><div class="left_box">
{heading}
<div class="info"><span class="f_r"><img src="http://{domain}/skin/default/image/zoomin.gif" width="16" height="16"
 alt="放大字体" class="c_p" onclick="fontZoom('+', 'article');"/></span>{"&nbsp;&nbsp;".join(info)}&nbsp;&nbsp;</div>
<div class="introduce">核心提示：{escape(opening)}...</div>
<div id="content"><div class="content" id="article">
{_ps(story.lines)}
</div></div>
<div class="b10 c_b">&nbsp;</div>
<div class="keytags">标签：{" ".join(f'<a href="http://{domain}/news/search.php?kw={t}">{t}</a>' for t in tags)}</div>
<div class="np"><ul><li><strong>下一篇：</strong>{neighbours[1]}</li><li><strong>上一篇：</strong><a
 href="http://{domain}/news/show-{item - 1}.html">{neighbours[0]}</a></li></ul></div>
<div class="b10">&nbsp;</div>
<div class="head-txt"><span><a href="http://{domain}/news/list-21.html">更多&raquo;</a></span><strong>相关资讯</strong></div>
<div class="related"><ul>{related_html}</ul></div>
<br/>
<center>{tools.replace("  ", "&nbsp;&nbsp;")}</center>
<br/>
</div></div>
<div class="m_n f_l">&nbsp;</div>
<div class="m_r_1 f_l"><div class="box_head"><strong>推荐图文</strong></div><div class="box_body thumb"
>{picture_html}</div>
<div class="box_head"><strong>点击排行</strong></div><div class="box_body"><div class="rank_list"><ul>
{ranking_html}
</ul></div></div></div>
</div>
<div class="m b20" id="footb">&nbsp;</div>
<div class="foot_page">{" | ".join(f'<a href="#">{f}</a>' for f in foot_links)}</div>
<div class="foot"><div id="copyright">{rights}</div><div id="icp">{icp}</div><div id="powered"><a
 href="https://www.destoon.com/" target="_blank">Powered by DESTOON</a></div></div>
<div class="back2top"><a href="javascript:void(0);" title="返回顶部">&nbsp;</a></div>
</body>
</html>"""
    furniture = (
        f"您好，欢迎来到{site}！[请登录] [免费注册]",
        "".join(top_links),
        "".join(tabs),
        "".join(menu),
        "当前位置:首页»资讯»行业资讯",
        f"作者：{writer}",
        f"浏览次数：{hits}",
        "核心提示：",
        "标签：" + " ".join(tags),
        f"下一篇：{neighbours[1]}上一篇：{neighbours[0]}",
        "更多»相关资讯",
        *related_rows,
        tools,
        "推荐图文" + "".join(pictures),
        "点击排行",
        *ranking,
        " | ".join(foot_links),
        rights,
        icp,
        "Powered by DESTOON",
    )
    furniture += () if day else (f"发布日期：{shown:%Y-%m-%d}",)
    address = f"http://{domain}/news/show-{item}.html"
    if gbk:
        return Wrapped(_ncr(html, "gbk"), furniture, address, "gbk")
    return Wrapped(html, furniture, address)


# ---------------------------------------------------------------- an embassy's site


# A country with an embassy: its short and full names, the site's folder and the relations column.
EMBASSIES = [
    ("意大利", "意大利共和国", "ceit", "中意关系"),
    ("匈牙利", "匈牙利", "cehu", "中匈关系"),
    ("哈萨克斯坦", "哈萨克斯坦共和国", "cekz", "中哈关系"),
    ("塞尔维亚", "塞尔维亚共和国", "cers", "中塞关系"),
    ("马来西亚", "马来西亚", "cemy", "中马关系"),
]


@unseen23("shiguan_news_body_time_slash_date")
def shiguan_news_body_time_slash_date(story: Story) -> Wrapped:
    """An embassy's site on the 外交部 template of its 驻外使领馆 sites, carrying a county's 招商 report under 使馆新闻
    or 经商信息: `<title>` the headline alone (the embassy's name where the story has none), the banner, the nav of
    使馆信息/使馆新闻/中X关系/领事服务/经商信息 and the like, 您的位置, `#News_Body_Title` (empty where the story has
    none), `#News_Body_Time` as 2021/01/09 (absent where the story names no day), `#News_Body_Txt_A` with the text and,
    where the story names an outlet, （来源：X） closing it, 【打印】【关闭窗口】, the side's 重要通知 with slashed days
    and 领事服务 links, the footer with 版权所有, the address and the telephone."""
    rng = _rng(story, "shiguan")
    short, full, folder, relations = rng.choice(EMBASSIES)
    embassy = f"中华人民共和国驻{full}大使馆"
    column = rng.choice(["使馆新闻", "经商信息"])
    day = story.published
    menu = [
        "首页",
        "使馆信息",
        "大使致辞",
        "使馆新闻",
        relations,
        "领事服务",
        "经商信息",
        "科技教育",
        "文化交流",
        "中国概况",
    ]
    notices = _pick(
        rng,
        [
            "关于防范针对中国公民电信诈骗的提醒",
            "关于办理护照和旅行证的须知",
            f"提醒在{short}中国公民加强安全防范",
            "关于领事认证办理时间调整的通知",
            f"驻{short}使馆春节期间对外办公安排",
        ],
        3,
    )
    notice_days = _dated_others(rng, day or dt.date(2021, 10, 18), 3, most=50)
    notice_rows = [f"{t}{d:%Y/%m/%d}" for t, d in zip(notices, notice_days, strict=True)]
    notice_html = "".join(
        f'<li><a href="../../t{rng.randrange(10**5, 10**6)}.htm">{t}</a><span>{d:%Y/%m/%d}</span></li>'
        for t, d in zip(notices, notice_days, strict=True)
    )
    consular = ["护照", "旅行证", "公证认证", "签证", "海外安全"]
    phone = f"+{rng.randrange(30, 99)}-{rng.randrange(10, 99)}-{rng.randrange(1000000, 9999999)}"
    address = rng.choice(["Via Bruxelles 56", "Benczúr utca 17", "Kabanbay Batyr 70", "Užička 23", "Jalan Ampang 229"])
    consular_html = "".join(f'<li><a href="#">{c}</a></li>' for c in consular)
    text = _ps(story.lines)
    if story.outlet:
        text += f"\n<p>（来源：{escape(story.outlet)}）</p>"
    page_title = story.headline or embassy
    when = f'<div id="News_Body_Time">{day:%Y/%m/%d}</div>' if day else ""
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(page_title)}</title>
<link href="/ce/{folder}/chn/images/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/ce/{folder}/chn/images/print.js"></script>
</head>
<body>
<div id="container">
<div id="banner"><img src="/ce/{folder}/chn/images/banner.jpg" width="1000" height="140" alt="{embassy}" /></div>
<div id="nav">{" | ".join(f'<a href="/ce/{folder}/chn/{i}/">{m}</a>' for i, m in enumerate(menu))}</div>
<div id="main">
<div id="left">
<div class="position">您的位置：<a href="/ce/{folder}/chn/">首页</a> &gt; <a
 href="/ce/{folder}/chn/sgxw/">{column}</a></div>
<div id="News_Body_Title">{headline_html(story)}</div>
{when}
<div id="News_Body_Txt_A" class="News_Body_Txt">
{text}
</div>
<div id="News_Body_Print">【<a href="javascript:doPrint()">打印</a>】【<a
 href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div id="right">
<div class="box"><div class="box_title">重要通知</div><ul>{notice_html}</ul></div>
<div class="box"><div class="box_title">领事服务</div><ul>{consular_html}</ul>
</div>
</div>
</div>
<div id="Foot">{embassy} 版权所有<br />地址：{address}　电话：{phone}</div>
</div>
</body>
</html>"""
    furniture = (
        " | ".join(menu),
        f"您的位置：首页>{column}",
        "【打印】【关闭窗口】",
        "重要通知",
        *notice_rows,
        "领事服务" + "".join(consular),
        f"{embassy} 版权所有",
        f"地址：{address}　电话：{phone}",
    )
    item = rng.randrange(10**6, 10**7)
    return Wrapped(html, furniture, f"http://www.example-r23-mfa.cn/ce/{folder}/chn/sgxw/t{item}.htm")


@unseen23("frameset_main_frame_wubiaoti_wendang")
def frameset_main_frame_wubiaoti_wendang(story: Story) -> Wrapped:
    """The content frame of a county 招商局's frameset site (ASP, gb2312), saved alone: `<title>` Dreamweaver's
    无标题文档 (or Untitled Document) whatever the story, a script sending a frame opened by itself back to the
    frameset, `<base target="_self">`, no nav nor footer (they live in the other frames): a column bar 招商动态 (or
    工作动态) with 您现在的位置, the headline in a bold red `<font>` in a cell (empty where the story has none),
    发布时间 in ASP's Now() form 2021-1-9 9:30:15, 来源 (本站 where the story names none), 浏览 N 次, a rule, the text,
    【打印本页】【返回】【关闭】."""
    rng = _rng(story, "framemain")
    column = rng.choice(["招商动态", "工作动态"])
    day = story.published
    moment = _at(day, rng) if day else None
    views = rng.randrange(20, 3000)
    source = escape(story.outlet) if story.outlet else "本站"
    title = rng.choice(["无标题文档", "无标题文档", "Untitled Document"])
    info = _join(
        [f"发布时间：{_asp_now(moment)}" if moment else "", f"来源：{source}", f"浏览：{views} 次"],
        "&nbsp;&nbsp;&nbsp;",
    )
    item = rng.randrange(100, 9999)
    body = "\n".join(f"<p>　　{escape(line)}</p>" for line in story.lines)
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}</title>
<base target="_self">
<link href="css/css.css" rel="stylesheet" type="text/css">
<script language="JavaScript">
<!--
if (window == top) {{ top.location.href = "index.asp?url=" + escape("news_show.asp?id={item}"); }}
//-->
</script>
<style type="text/css">
<!--
body {{ margin-left: 0px; margin-top: 0px; margin-right: 0px; margin-bottom: 0px; }}
.content {{ font-size: 14px; line-height: 28px; }}
-->
</style>
</head>
<body>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr>
    <td width="30" height="32" background="images/lm_bg.gif"><img src="images/lm_ico.gif" width="30" height="32"></td>
    <td background="images/lm_bg.gif" class="lm"><b>{column}</b></td>
    <td background="images/lm_bg.gif" align="right" class="wz">您现在的位置：首页 &gt;&gt; {column}&nbsp;&nbsp;</td>
  </tr>
</table>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="50" align="center"><font color="#CC0000" style="font-size:20px"><b>{headline_html(story)}</b></font>
  </td></tr>
  <tr><td height="26" align="center" bgcolor="#F5F5F5" class="hui">{info}</td></tr>
  <tr><td><hr size="1" noshade color="#CCCCCC"></td></tr>
  <tr><td class="content">
{body}
  </td></tr>
  <tr><td height="40" align="right"><a href="javascript:window.print()">【打印本页】</a> <a
 href="javascript:history.back()">【返回】</a> <a href="javascript:window.close()">【关闭】</a></td></tr>
</table>
</body>
</html>"""
    furniture = (
        f"{column}您现在的位置：首页>>{column}",
        f"浏览：{views} 次",
        "【打印本页】【返回】【关闭】",
    )
    furniture += () if story.outlet else ("来源：本站",)
    host = f"www.example-r23-zsj{rng.randrange(10, 99)}.gov.cn"
    return Wrapped(_ncr(html, "gbk"), furniture, f"http://{host}/zsj/news_show.asp?id={item}", "gbk")


# ---------------------------------------------------------------- an association's site and an IPTV zone


@unseen23("xiehui_baidu_push_late_charset_meta")
def xiehui_baidu_push_late_charset_meta(story: Story) -> Wrapped:
    """A city 行业协会's site on an old PHP template in GBK, its head opening with the `<title>` and the scripts such
    sites paste first (the 手机 redirect, 百度统计's _hmt, 百度's 自动推送 push.js), so that the keywords, the
    description and only then the `charset=gbk` meta come past the first 1024 bytes: `<title>` headline-association
    (行业资讯-association where the story has none), the top bar with 今天是 and 加入收藏, the association's name and
    its English one, the nav, 您现在的位置, the `<h1>` (absent where the story has none), 发布时间, 来源 (the
    association's 秘书处 where the story names none), 点击, the text, 上一篇/下一篇, 协会动态 with days, 会员单位, the
    footer with 版权所有, the address, 技术支持 and the ICP."""
    rng = _rng(story, "xiehuilate")
    place = rng.choice(PLACES)
    city = f"{place[:-1]}市"
    trade, english = rng.choice(
        [("家具", "Furniture"), ("电子商务", "E-commerce"), ("食品工业", "Food Industry"), ("纺织服装", "Textile")]
    )
    association = f"{city}{trade}行业协会"
    english_name = f"{PINYIN[place[:-1]]} {english} Industry Association"
    secretariat = f"{association}秘书处"
    domain = f"www.example-r23-xh{rng.randrange(10, 99)}.org.cn"
    day = story.published
    moment = _at(day, rng) if day else None
    today = _moment_after(day or dt.date(2022, 3, 8), rng, 1, 400)
    clicks = rng.randrange(20, 3000)
    source = escape(story.outlet) if story.outlet else secretariat
    menu = ["网站首页", "协会概况", "协会动态", "行业资讯", "政策法规", "招商引资", "会员风采", "联系我们"]
    dynamic = _pick(
        rng,
        [
            "协会召开第二届会员大会",
            "协会组织会员企业赴外地考察学习",
            "协会开展行业技能培训",
            "协会走访调研重点会员企业",
            "协会举办产销对接会",
        ],
        4,
    )
    dynamic_rows, dynamic_html = _rows_of(dynamic, _dated_others(rng, day or dt.date(2022, 3, 8), 4, most=60), "%m-%d")
    members = rng.sample(COMPANIES, 4)
    neighbours = _pick(rng, OTHER_NEWS, 2)
    vendor = rng.choice(["华网科技", "易企网络", "中搜网络"])
    phone = f"0{rng.randrange(550, 999)}-{rng.randrange(10**7, 10**8)}"
    street = f"{city}{rng.choice(['人民路', '建设路', '解放大道'])}{rng.randrange(1, 400)}号"
    icp = _numbers(rng)[0]
    year = (day or dt.date(2022, 3, 8)).year
    tongji = _hex(rng, 32)
    weekday = "日一二三四五六"[(today.weekday() + 1) % 7]
    today_line = f"今天是：{today.year}年{today.month}月{today.day}日 星期{weekday}"
    info = [f"发布时间：{moment:%Y-%m-%d %H:%M}"] if moment else []
    info += [f"来源：{source}", f"点击：{clicks}"]
    heading = f'<h1 class="news_title">{headline_html(story)}</h1>' if story.headline else ""
    page_title = f"{story.headline}-{association}" if story.headline else f"行业资讯-{association}"
    description = escape("".join(story.lines)[:90])
    agents = (
        "MIDP|SymbianOS|NOKIA|SAMSUNG|LG|NEC|TCL|Alcatel|BIRD|DBTEL|Dopod|PHILIPS|HAIER|LENOVO|MOT-|Nokia|SonyEricsson|"
        "SIE-|Amoi|ZTE"
    )
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{escape(page_title)}</title>
<script type="text/javascript">
if(/AppleWebKit.*Mobile/i.test(navigator.userAgent) || (/{agents}/.test(navigator.userAgent))){{
    if(window.location.href.indexOf("?mobile")<0){{
        try{{
            if(/Android|Windows Phone|webOS|iPhone|iPod|BlackBerry/i.test(navigator.userAgent)){{
                window.location.href="http://m.{domain[4:]}/";
            }}else if(/iPad/i.test(navigator.userAgent)){{
            }}else{{
            }}
        }}catch(e){{}}
    }}
}}
</script>
<script>
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?{tongji}";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>
<script>
(function(){{
    var bp = document.createElement('script');
    var curProtocol = window.location.protocol.split(':')[0];
    if (curProtocol === 'https') {{
        bp.src = 'https://zz.bdstatic.com/linksubmit/push.js';
    }}
    else {{
        bp.src = 'http://push.zhanzhang.baidu.com/push.js';
    }}
    var s = document.getElementsByTagName("script")[0];
    s.parentNode.insertBefore(bp, s);
}})();
</script>
<meta name="keywords" content="{association},{trade},行业资讯,招商引资" />
<meta name="description" content="{description}" />
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<link href="/templets/default/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="topbar"><div class="w1000"><span class="fl">{today_line}</span><span class="fr"><a
 href="javascript:void(0)" onclick="AddFavorite()">加入收藏</a> | <a
 href="javascript:void(0)">设为首页</a></span></div></div>
<div class="header w1000"><div class="logo"><strong>{association}</strong><em>{english_name}</em></div></div>
<div class="nav"><ul class="w1000">{"".join(f'<li><a href="/{i}/">{m}</a></li>' for i, m in enumerate(menu))}</ul></div>
<div class="w1000 main">
<div class="left">
<div class="l_box"><div class="l_title">协会动态</div><ul>{dynamic_html}</ul></div>
<div class="l_box"><div class="l_title">会员单位</div><ul>{"".join(f"<li>{c}</li>" for c in members)}</ul></div>
</div>
<div class="right">
<div class="weizhi">您现在的位置：<a href="/">网站首页</a> &gt; <a href="/news/">行业资讯</a> &gt; 正文</div>
<div class="news_show">
{heading}
<div class="news_info">{"&nbsp;&nbsp;".join(info)}</div>
<div class="news_content">
{_ps(story.lines)}
</div>
<div class="news_page"><p>上一篇：<a href="#">{neighbours[0]}</a></p>
<p>下一篇：<a href="#">{neighbours[1]}</a></p></div>
</div>
</div>
</div>
<div class="footer"><p>版权所有：{association}　地址：{street}　电话：{phone}</p>
<p>{icp}　技术支持：{vendor}　Copyright &copy; {year}</p></div>
</body>
</html>"""
    furniture = (
        f"{today_line}加入收藏|设为首页",
        f"{association}{english_name}",
        "".join(menu),
        "协会动态",
        *dynamic_rows,
        "会员单位" + "".join(members),
        "您现在的位置：网站首页>行业资讯>正文",
        f"点击：{clicks}",
        f"上一篇：{neighbours[0]}",
        f"下一篇：{neighbours[1]}",
        f"版权所有：{association}　地址：{street}　电话：{phone}",
        f"{icp}　技术支持：{vendor}　Copyright © {year}",
    )
    furniture += () if story.outlet else (f"来源：{secretariat}",)
    address = f"http://{domain}/news/{(day or today.date()):%Y%m}/{rng.randrange(100, 9999)}.html"
    return Wrapped(_ncr(html, "gbk"), furniture, address, "gbk")


@unseen23("iptv_epg_page_view_size_bendi_zhuanqu")
def iptv_epg_page_view_size_bendi_zhuanqu(story: Story) -> Wrapped:
    """A county 融媒体中心's 本地专区 on the operators' IPTV, its news detail page for set-top boxes (gb2312): `<meta
    name="page-view-size" content="1280*720">`, `<title>` 新闻详情, absolutely placed `<div>`s over a background
    picture, the key handler (返回, 上下翻页, the remote's codes) and the operator's Authentication call, the zone's
    name and column, the headline a `#title` `<div>` (empty where the story has none), 时间 and 来源 (the 融媒体中心
    where the story names none), the text in a clipped `<div>` scrolled by page, 第1/N页, the hint
    按【上翻页】【下翻页】键翻页 按【返回】键返回, a focused 返回 button."""
    rng = _rng(story, "iptvepg")
    place = rng.choice(PLACES)
    centre = f"{place}融媒体中心"
    operator = rng.choice(["电信IPTV", "联通IPTV", "移动魔百和"])
    zone = f"{place[:-1]}本地专区"
    column = rng.choice(["本地新闻", "招商引资", "发展动态"])
    day = story.published
    source = escape(story.outlet) if story.outlet else centre
    pages = max(1, -(-sum(len(line) for line in story.lines) // 300))
    info = _join([f"时间：{day:%Y-%m-%d}" if day else "", f"来源：{source}"], "　　")
    back = f"../{ {'本地新闻': 'bdxw', '招商引资': 'zsyz', '发展动态': 'fzdt'}[column] }/list.html"
    auth = {
        "电信IPTV": 'Authentication.CTCGetConfig("UserID")',
        "联通IPTV": 'Authentication.CUGetConfig("UserID")',
        "移动魔百和": 'Authentication.CTCGetConfig("STBID")',
    }[operator]
    script = f"""var pageIndex = 1;
var pageCount = {pages};
var returnUrl = "{back}";
var userId = "";
try {{ userId = {auth}; }} catch (e) {{}}
document.onkeypress = grabEvent;
document.onirkeypress = grabEvent;
function grabEvent(evt) {{
  var keyCode = evt.which ? evt.which : evt.keyCode;
  switch (keyCode) {{
    case 8: case 24: case 283: goBack(); return 0;
    case 33: case 372: pageUp(); return 0;
    case 34: case 373: pageDown(); return 0;
    case 13: goBack(); return 0;
  }}
  return 1;
}}
function pageUp() {{ if (pageIndex > 1) {{ pageIndex--; show(); }} }}
function pageDown() {{ if (pageCount > pageIndex) {{ pageIndex++; show(); }} }}
function show() {{
  document.getElementById("text").style.top = (1 - pageIndex) * 400 + "px";
  document.getElementById("pageIndex").innerHTML = pageIndex;
}}
function goBack() {{ window.location.href = returnUrl; }}"""
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="page-view-size" content="1280*720">
<title>新闻详情</title>
<style type="text/css">
body {{ margin: 0; padding: 0; width: 1280px; height: 720px; overflow: hidden; background: transparent; }}
div {{ position: absolute; }}
#title {{ left: 140px; top: 110px; width: 1000px; height: 60px; font-size: 34px; color: #FFFFFF; text-align: center; }}
#content {{ left: 140px; top: 220px; width: 1000px; height: 400px; overflow: hidden; }}
#text {{ left: 0; top: 0; width: 1000px; font-size: 26px; line-height: 44px; color: #FFFFFF; }}
</style>
<script type="text/javascript">
{script}
</script>
</head>
<body bgcolor="transparent">
<div id="bg" style="left:0;top:0;width:1280px;height:720px;"><img src="images/detail_bg.jpg" width="1280"
 height="720"></div>
<div id="zone" style="left:60px;top:30px;width:600px;height:40px;font-size:28px;color:#FFD700;">{zone}</div>
<div id="operator" style="left:880px;top:34px;width:340px;height:36px;font-size:22px;color:#CCCCCC;text-align:right;"
>{operator}</div>
<div id="column" style="left:60px;top:74px;width:400px;height:30px;font-size:22px;color:#CCCCCC;">{column}</div>
<div id="title">{headline_html(story)}</div>
<div id="info" style="left:140px;top:172px;width:1000px;height:36px;font-size:22px;color:#BBBBBB;text-align:center;"
>{info}</div>
<div id="content"><div id="text">
{_ps(story.lines)}
</div></div>
<div id="page" style="left:980px;top:636px;width:160px;height:36px;font-size:22px;color:#FFFFFF;">第<span
 id="pageIndex">1</span>/<span id="pageCount">{pages}</span>页</div>
<div id="tips" style="left:140px;top:636px;width:800px;height:36px;font-size:22px;color:#BBBBBB;"
>按【上翻页】【下翻页】键翻页　按【返回】键返回</div>
<div id="focus_back" style="left:1160px;top:630px;width:80px;height:44px;"><a href="javascript:goBack()"><img
 src="images/btn_back_f.png" width="80" height="44" alt="返回"></a></div>
</body>
</html>"""
    furniture = (
        zone + operator + column,
        f"第1/{pages}页",
        "按【上翻页】【下翻页】键翻页　按【返回】键返回",
    )
    furniture += () if story.outlet else (f"来源：{centre}",)
    host = (
        f"10.{rng.randrange(1, 250)}.{rng.randrange(1, 250)}.{rng.randrange(1, 250)}:{rng.choice([8080, 8088, 33200])}"
    )
    item = rng.randrange(1000, 99999)
    return Wrapped(
        _ncr(html, "gbk"), furniture, f"http://{host}/epg/{PINYIN[place[:-1]].lower()}/detail.html?id={item}", "gbk"
    )


# ---------------------------------------------------------------- a portal's phone site and a blog


@unseen23("amazeui_yunshipei_am_article_footer_switch")
def amazeui_yunshipei_am_article_footer_switch(story: Story) -> Wrapped:
    """A county portal's phone site made by 云适配 on Amaze UI: `<title>` the headline (the site where the story has
    none), the `am-header` whose `<h1 class="am-header-title">` is the site's name, an off-canvas menu, the
    `am-breadcrumb`, `article.am-article` with `<h1 class="am-article-title">` (absent where the story has none) and the
    `am-article-meta` line (the time in one of two forms, 来源 (本站 where the story names none)), the text in
    `am-article-bd`, the `list_news` widget's 相关文章 with days, the `navbar` widget (呼叫/分享/首页/顶部), the `gotop`
    widget's 回到顶部, and the `footer` widget as Amaze UI ships it: 云适配版 | 电脑版, 由 诺亚科技 提供技术支持,
    CopyRight©2014 AllMobilize Inc., an ICP."""
    rng = _rng(story, "amazeui")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column = rng.choice(["政务动态", "部门动态", "招商引资"])
    day = story.published
    moment = _at(day, rng) if day else None
    stamp = ""
    if moment:
        stamp = f"{moment:%Y-%m-%d %H:%M}" if rng.random() < 0.5 else f"{moment.year}年{moment:%m月%d日}"
    source = escape(story.outlet) if story.outlet else "本站"
    meta = _join([stamp, f"来源：{source}"], "　")
    menu = ["首页", "走进" + place, "政务公开", "政务动态", "部门动态", "招商引资", "办事服务", "互动交流"]
    related = _pick(rng, OTHER_NEWS, 4)
    related_days = _dated_others(rng, day or dt.date(2016, 5, 20), 4, most=35)
    related_rows = [f"{t}{d:%Y-%m-%d}" for t, d in zip(related, related_days, strict=True)]
    related_html = "".join(
        f'<li class="am-g am-list-item-dated"><a href="{i}.html" class="am-list-item-hd">{t}</a><span '
        f'class="am-list-date">{d:%Y-%m-%d}</span></li>'
        for i, (t, d) in enumerate(zip(related, related_days, strict=True))
    )
    phone = f"0{rng.randrange(550, 999)}{rng.randrange(10**6, 10**7)}"
    navbar = [
        ("tel:" + phone, "am-icon-phone", "呼叫"),
        ("#share", "am-icon-share-square-o", "分享"),
        ("index.html", "am-icon-home", "首页"),
        ("#top", "am-icon-chevron-up", "顶部"),
    ]
    navbar_html = "".join(
        f'<li><a href="{href}"><span class="{icon}"></span><span class="am-navbar-label">{label}</span></a></li>'
        for href, icon, label in navbar
    )
    icp = f"京ICP备{rng.randrange(10**7, 10**8)}"
    key = _hex(rng, 32)
    heading = f'<h1 class="am-article-title">{headline_html(story)}</h1>' if story.headline else ""
    html = f"""<!doctype html>
<html class="no-js">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{escape(story.headline or site)}</title>
  <meta name="renderer" content="webkit">
  <meta http-equiv="Cache-Control" content="no-siteapp"/>
  <link rel="stylesheet" href="http://cdn.amazeui.org/amazeui/2.4.2/css/amazeui.min.css">
  <link rel="stylesheet" href="http://a.yunshipei.com/{key}/css/app.css">
</head>
<body>
<header data-am-widget="header" class="am-header am-header-default am-header-fixed">
  <div class="am-header-left am-header-nav"><a href="javascript:history.back()"><i
 class="am-header-icon am-icon-chevron-left"></i></a></div>
  <h1 class="am-header-title"><a href="index.html">{site}</a></h1>
  <div class="am-header-right am-header-nav"><a href="#nav-offcanvas"
 data-am-offcanvas="{{target: '#nav-offcanvas'}}"><i
 class="am-header-icon am-icon-bars"></i></a></div>
</header>
<div id="nav-offcanvas" class="am-offcanvas"><div class="am-offcanvas-bar am-offcanvas-bar-flip"><ul
 class="am-list">{"".join(f'<li><a href="#">{m}</a></li>' for m in menu)}</ul></div></div>
<ol class="am-breadcrumb"><li><a href="index.html" class="am-icon-home">首页</a></li><li><a
 href="#">{column}</a></li><li class="am-active">正文</li></ol>
<article class="am-article">
  <div class="am-article-hd">{heading}<p class="am-article-meta">{meta}</p></div>
  <div class="am-article-bd">
{_ps(story.lines)}
  </div>
</article>
<hr data-am-widget="divider" class="am-divider am-divider-default"/>
<div data-am-widget="list_news" class="am-list-news am-list-news-default"><div class="am-list-news-hd am-cf"><h2
>相关文章</h2></div><div class="am-list-news-bd"><ul class="am-list">{related_html}</ul></div></div>
<div data-am-widget="navbar" class="am-navbar am-cf am-navbar-default"><ul
 class="am-navbar-nav am-cf am-avg-sm-4">{navbar_html}</ul></div>
<div data-am-widget="gotop" class="am-gotop am-gotop-fixed"><a href="#top" title="回到顶部"><span
 class="am-gotop-title">回到顶部</span><i class="am-gotop-icon am-icon-chevron-up"></i></a></div>
<footer data-am-widget="footer" class="am-footer am-footer-default" data-am-footer="{{  }}">
  <div class="am-footer-switch"><span class="am-footer-ysp" data-rel="mobile"
 data-am-modal="{{target: '#am-switch-mode'}}">云适配版</span><span class="am-footer-divider"> | </span><a
 id="godesktop" data-rel="desktop" class="am-footer-desktop" href="javascript:">电脑版</a></div>
  <div class="am-footer-miscs"><p>由 <a href="http://www.yunshipei.com/" title="诺亚科技" target="_blank">诺亚科技</a>
 提供技术支持</p><p>CopyRight©2014 AllMobilize Inc.</p><p>{icp}</p></div>
</footer>
<script src="http://cdn.amazeui.org/amazeui/2.4.2/js/jquery.min.js"></script>
<script src="http://cdn.amazeui.org/amazeui/2.4.2/js/amazeui.min.js"></script>
</body>
</html>"""
    furniture = (
        site + "".join(menu),
        f"首页{column}正文",
        "相关文章",
        *related_rows,
        "".join(label for _, _, label in navbar),
        "回到顶部",
        "云适配版 | 电脑版",
        "由 诺亚科技 提供技术支持",
        "CopyRight©2014 AllMobilize Inc.",
        icp,
    )
    furniture += () if story.outlet else ("来源：本站",)
    host = f"m.example-r23-ysp{rng.randrange(10, 99)}.gov.cn"
    put = day or dt.date(2016, 5, 20)
    path = f"/art/{put.year}/{put.month}/{put.day}/art_{rng.randrange(100, 9999)}_{rng.randrange(10**5, 10**6)}.html"
    return Wrapped(html, furniture, f"http://{host}{path}")


def _calendar(year: int, month: int, posted: set[int]) -> str:
    """Z-BlogPHP's sidebar calendar: the month's caption between « and », weeks from Monday, posted days linked."""
    head = "".join(f'<th title="星期{d}" scope="col"><small>{d}</small></th>' for d in "一二三四五六日")
    weeks = []
    for week in calendar.Calendar(0).monthdayscalendar(year, month):
        cells = "".join(
            "<td></td>"
            if not d
            else f'<td><a href="#" title="{year}-{month}-{d}">{d}</a></td>'
            if d in posted
            else f"<td>{d}</td>"
            for d in week
        )
        weeks.append(f"<tr>{cells}</tr>")
    return (
        f'<table id="tbCalendar"><caption><a href="#">«</a>&nbsp;&nbsp;&nbsp;<a href="#">{year}年{month}月</a>'
        f'&nbsp;&nbsp;&nbsp;<a href="#">»</a></caption><thead><tr>{head}</tr></thead><tbody>{"".join(weeks)}'
        "</tbody></table>"
    )


@unseen23("zblogphp_default_post_date_calendar")
def zblogphp_default_post_date_calendar(story: Story) -> Wrapped:
    """A 招商 blog on Z-BlogPHP's default theme: the generator meta, `<title>` headline-blog (a made-up title where the
    story has none: a post always has one), `#BlogTitle` an `<h1>` with `#BlogSubTitle` an `<h3>`, the nav between
    `<hr/>`s, the post: `<h4 class="post-date">` 2021年01月09日 (a made-up day where the story has none) before the `<h2
    class="post-title">`, the text in `post-body` (本文来源：X closing it where the story names an outlet), 标签, the
    `post-footer` 发布:admin | 分类:X | 评论:N | 浏览: with its LoadViewCount script, the comment form and its
    ◎欢迎参与讨论 line, the sidebar modules (控制面板, 搜索, 日历 of a later month, 最近发表, 文章归档 by month,
    友情链接), and the default footer Copyright Your WebSite.Some Rights Reserved. / Powered By Z-BlogPHP."""
    rng = _rng(story, "zblogphp")
    place = rng.choice(PLACES)
    blog, subtitle = rng.choice(
        [
            ("招商引资观察", "记录各地招商引资动态与经验"),
            ("园区招商笔记", "一个招商人的学习笔记"),
            ("老陈说招商", "聊聊招商那些事"),
        ]
    )
    domain = f"www.example-r23-zb{rng.randrange(10, 99)}.com"
    day = story.published
    posted = day or dt.date(2023, rng.randrange(1, 13), rng.randrange(1, 28))
    visit = _moment_after(posted, rng, 20, 500)
    title = story.headline or f"转载：{place}招商引资最新进展"
    post_id = rng.randrange(100, 3000)
    author = rng.choice(["admin", "招商老陈", "zhaoshang"])
    category = rng.choice(["招商动态", "各地经验", "资料转载"])
    comments = rng.randrange(0, 5)
    tags = rng.sample(["招商引资", "营商环境", "项目签约", "产业园区", place[:-1]], 2)
    body = _ps(story.lines)
    if story.outlet:
        body += f"\n<p>本文来源：{escape(story.outlet)}</p>"
    recent = _pick(rng, OTHER_NEWS, 5)
    months = [dt.date(visit.year, visit.month, 1)]
    for _ in range(4):
        months.append((months[-1] - dt.timedelta(days=1)).replace(day=1))
    archives = "".join(f"{m.year}年{m.month}月" for m in months)
    archives_html = "".join(f'<li><a href="#">{m.year}年{m.month}月</a></li>' for m in months)
    posted_days = set(rng.sample(range(1, 28), 4))
    links = ["Z-BlogPHP", "中国招商网", "招商引资网"]
    greeting = "◎欢迎参与讨论，请在这里发表您的看法、交流您的观点。"
    footer_line = f"发布:{author} | 分类:{category} | 评论:{comments} | 浏览:"
    version = rng.choice(["1.6.8 Valyria", "1.7.2", "1.7.3"])
    html = f"""<!DOCTYPE html>
<html xml:lang="zh-Hans" lang="zh-Hans">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
	<meta http-equiv="X-UA-Compatible" content="IE=edge" />
	<meta name="generator" content="Z-BlogPHP {version}" />
	<meta name="renderer" content="webkit">
	<title>{escape(title)}-{blog}</title>
	<link rel="stylesheet" href="https://{domain}/zb_users/theme/default/style/default.css" type="text/css"
 media="all"/>
	<script src="https://{domain}/zb_system/script/jquery-2.2.4.min.js" type="text/javascript"></script>
	<script src="https://{domain}/zb_system/script/zblogphp.js" type="text/javascript"></script>
	<script src="https://{domain}/zb_system/script/c_html_js_add.php" type="text/javascript"></script>
</head>
<body class="single article">
<div id="divAll">
	<div id="divPage">
	<div id="divMiddle">
		<div id="divTop">
			<h1 id="BlogTitle"><a href="https://{domain}/">{blog}</a></h1>
			<h3 id="BlogSubTitle">{subtitle}</h3>
		</div>
		<div id="divNavBar">
<hr/>
<ul>
<li id="nvabar-item-index"><a href="https://{domain}/">首页</a></li><li id="navbar-category-1"><a
 href="https://{domain}/?cate=1">{category}</a></li><li id="navbar-page-2"><a href="https://{domain}/?id=2">留言本</a></li>
</ul>
<hr/>
		</div>
		<div id="divMain">
<div class="post single">
	<h4 class="post-date">{posted.year}年{posted:%m}月{posted:%d}日</h4>
	<h2 class="post-title">{escape(title)}</h2>
	<div class="post-body">{body}</div>
	<h5 class="post-tags">标签: {" ".join(f'<a href="https://{domain}/?tags={t}">{t}</a>' for t in tags)}</h5>
	<h6 class="post-footer">
		{footer_line}<span id="spn{post_id}"></span><script type="text/javascript">LoadViewCount({post_id})</script>
	</h6>
</div>
<label id="AjaxCommentBegin"></label>
<ul class="msg msghead">
	<li class="tbname">发表评论:</li>
</ul>
<div class="post" id="divCommentPost">
	<p class="posttop"><a name="comment">{greeting}</a></p>
	<form id="frmSumbit" target="_self" method="post" action="https://{domain}/zb_system/cmd.php?act=cmt&amp;postid={post_id}">
	<p><input type="text" name="inpName" id="inpName" class="text" value="" size="28" tabindex="1" /> <label
 for="inpName">名称(*)</label></p>
	<p><input type="text" name="inpEmail" id="inpEmail" class="text" value="" size="28" tabindex="2" /> <label
 for="inpEmail">邮箱</label></p>
	<p><input type="text" name="inpHomePage" id="inpHomePage" class="text" value="" size="28" tabindex="3" /> <label
 for="inpHomePage">网址</label></p>
	<p><label for="txaArticle">正文(*)(留言最长字数:1000)</label></p>
	<p><textarea name="txaArticle" id="txaArticle" class="text" cols="50" rows="4" tabindex="5" ></textarea></p>
	<p><input name="sumbit" type="submit" tabindex="6" value="提交" onclick="return zbp.comment.post()" class="button"
 /></p>
	</form>
</div>
<label id="AjaxCommentEnd"></label>
		</div>
		<div id="divSidebar">
<dl class="function" id="divContorPanel"><dt class="function_t">控制面板</dt><dd class="function_c"><div><a
 href="https://{domain}/zb_system/cmd.php?act=login">[用户登录]</a>&nbsp;&nbsp;</div></dd></dl>
<dl class="function" id="divSearchPanel"><dt class="function_t">搜索</dt><dd class="function_c"><div><form
 name="search" method="post" action="https://{domain}/zb_system/cmd.php?act=search"><input type="text" name="q"
 size="11"
 /> <input type="submit" value="搜索" /></form></div></dd></dl>
<dl class="function" id="divCalendar"><dt class="function_t">日历</dt><dd class="function_c"><div
>{_calendar(visit.year, visit.month, posted_days)}</div></dd></dl>
<dl class="function" id="divPrevious"><dt class="function_t">最近发表</dt><dd class="function_c"><ul>
{"".join(f'<li><a title="{t}" href="#">{t}</a></li>' for t in recent)}</ul></dd></dl>
<dl class="function" id="divArchives"><dt class="function_t">文章归档</dt><dd
 class="function_c"><ul>{archives_html}</ul></dd>
</dl>
<dl class="function" id="divLinkage"><dt class="function_t">友情链接</dt><dd class="function_c"><ul>
{"".join(f'<li><a href="#" target="_blank">{link}</a></li>' for link in links)}</ul></dd></dl>
		</div>
		<div id="divBottom">
			<h3 id="BlogCopyRight">Copyright Your WebSite.Some Rights Reserved.</h3>
			<h4 id="BlogPowerBy">Powered By <a href="https://www.zblogcn.com/" title="Z-BlogPHP">Z-BlogPHP</a></h4>
		</div><div class="clear"></div>
	</div><div class="clear"></div>
	</div><div class="clear"></div>
</div>
</body>
</html>"""
    furniture = (
        blog + subtitle,
        f"首页{category}留言本",
        "标签: " + " ".join(tags),
        footer_line,
        "发表评论:",
        greeting,
        "名称(*)邮箱网址正文(*)(留言最长字数:1000)",
        "控制面板[用户登录]",
        f"日历«{visit.year}年{visit.month}月»",
        "最近发表" + "".join(recent),
        "文章归档" + archives,
        "友情链接" + "".join(links),
        "Copyright Your WebSite.Some Rights Reserved.",
        "Powered By Z-BlogPHP",
    )
    furniture += () if day else (f"{posted.year}年{posted:%m}月{posted:%d}日",)
    furniture += () if story.headline else (title,)
    return Wrapped(html, furniture, f"https://{domain}/?id={post_id}")


DEV23, LOCKED23 = split_by_digest(UNSEEN23, "round 23/", locked=6)
