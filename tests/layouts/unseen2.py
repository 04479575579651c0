"""Twelve more page layouts written blind (round 2): before reading the HTML reader.

They vary what the first blind round found weak, each after a kind of Chinese page met in the
wild: where the headline sits (an `h2` or `h3`, a `div` or `p` with a title class, a
`td class="biaoti"`, a `strong` inside a table, a 引题/主题/副题 stack, only `<title>` and the
breadcrumb, a logo `h1` before the headline's `h1`); mobile and portal furniture (打开APP,
展开全文, 下载客户端, 返回顶部, 分享到, 字号 bars, 【打印】, 上一篇/下一篇, 扫码阅读, 网站标识码,
阅读量, 点赞, comment boxes, hidden share panels and login boxes); bodies paged or folded (later
pages in hidden `div`s, all pages in the markup under a 第1页 共3页 pager, a 展开全文 fold); and
dates in odd places (`span id="pubtime"`, a `发布日期：` table cell, `meta name="publishdate"`,
only an information-index table).

`DEV2`: fixes to the reader may be written from their misses. `LOCKED2`: never fixed against;
scored once, as a whole, at the end.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from html import escape

from layouts.families import (
    COLUMNS,
    EDITORS,
    OTHER_NEWS,
    PLACES,
    Layout,
    Story,
    Wrapped,
    _links,
    _numbers,
    _pick,
    _rng,
    headline_html,
    layout,
    time_on_day,
)

UNSEEN2: dict[str, Layout] = {}
APPS = ["云上东江", "掌上临川", "石城融媒", "云岭发布", "南湖新闻", "北塘手机台"]
OPINIONS = [
    "家乡的发展越来越好，期待更多项目落地。",
    "营商环境好了，企业才愿意来。",
    "希望招商项目能带动本地就业。",
]
# Dates of other news in sidebars and lists: never the story's, so a reader that takes them is wrong.
LIST_DATES = ["2019-11-02", "2020-06-18", "2018-09-27", "2020-01-09", "2019-04-15"]


def unseen2(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN2)


def _paras(lines: tuple[str, ...] | list[str], style: str = "") -> str:
    return "\n".join(f"<p{style}>{escape(line)}</p>" for line in lines)


def _pages(lines: tuple[str, ...], count: int) -> list[list[str]]:
    """The body cut into at most `count` pages of consecutive paragraphs, none empty."""
    count = max(1, min(count, len(lines)))
    size = -(-len(lines) // count)
    return [list(lines[start : start + size]) for start in range(0, len(lines), size)]


def _dated_links(titles: list[str]) -> str:
    return "".join(
        f'<li><a href="/news/{i}.html">{escape(t)}</a><span class="date">{LIST_DATES[i % len(LIST_DATES)]}</span></li>'
        for i, t in enumerate(titles)
    )


def _replies(rng: random.Random, who: str, opinions: list[str]) -> str:
    return "".join(f'<div class="reply"><b>{who}{rng.randrange(10000)}</b><p>{text}</p></div>' for text in opinions)


def _site_code(rng: random.Random) -> str:
    return f"网站标识码：{rng.randrange(10**9, 10**10)}"


# ---------------------------------------------------------------- county and city portals


@unseen2("h2_county_portal")
def h2_county_portal(story: Story) -> Wrapped:
    """A county portal whose headline is an h2 under column h2s; the time in span#pubtime; 字号 bar."""
    rng = _rng(story, "h2_county")
    place = rng.choice(PLACES)
    site = f"{place}人民政府网"
    column = rng.choice(COLUMNS)
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M:%S", rng)
    icp, police = _numbers(rng)
    code = _site_code(rng)
    before, after, *news = _pick(rng, OTHER_NEWS, 6)
    title = f"{headline_html(story)}_{column}_{site}" if story.headline else f"{column}_{site}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="/css/detail.css"></head>
<body><div class="top"><div class="logo"><a href="/"><img src="/img/logo.png" alt="{site}"></a></div>
<ul class="menu"><li><a href="/">网站首页</a></li><li><a href="/zwgk/">政务公开</a></li><li>
<a href="/bsfw/">办事服务</a></li>
<li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="wrap"><div class="left"><h2 class="col-name">{column}</h2>
<ul class="sub"><li><a href="#">政务要闻</a></li><li><a href="#">部门动态</a></li><li><a href="#">乡镇动态</a></li>
</ul></div>
<div class="right"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="#">{column}</a> &gt; 正文</div>
<div class="detail"><h2 class="detail-h">{headline_html(story)}</h2>
<div class="attr">{"发布时间：<span id='pubtime'>" + stamp + "</span>" if stamp else ""}
<span>浏览次数：<em id="hits">{rng.randrange(100, 9000)}</em></span>
<span class="zh">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="detail-con" id="zoom">{_paras(story.lines, ' style="text-indent:2em"')}</div>
<div class="tools"><a href="javascript:print()">【打印】</a><a href="javascript:close()">【关闭】</a></div>
<div class="prenext"><p>上一篇：<a href="/a/1.html">{escape(before)}</a></p>
<p>下一篇：<a href="/a/2.html">{escape(after)}</a></p></div></div>
<h2 class="col-name">相关新闻</h2><ul class="rel">{_dated_links(news)}</ul></div></div>
<div class="foot"><p>主办单位：{place}人民政府办公室</p><p>{icp} {police} {code}</p>
<p><a href="#">政府网站找错</a></p></div></body></html>"""
    furniture = (
        "网站首页",
        "浏览次数",
        "字号：大 中 小",
        "【打印】",
        "【关闭】",
        before,
        after,
        "相关新闻",
        *news,
        "主办单位",
        icp,
        police,
        code,
        "政府网站找错",
    )
    return Wrapped(html, furniture, f"http://www.example-h2.gov.cn/art/{rng.randrange(10**6)}.html")


@unseen2("logo_h1_then_headline_h1")
def logo_h1_then_headline_h1(story: Story) -> Wrapped:
    """Two h1s: the first holds the site's logo and name; meta publishdate; a hidden share panel."""
    rng = _rng(story, "two_h1")
    place = rng.choice(PLACES)
    site = f"{place}投资促进局"
    day = story.published.isoformat() if story.published else ""
    stamp = time_on_day(story.published, "%Y年%m月%d日 %H:%M", rng)
    icp, police = _numbers(rng)
    news = _pick(rng, OTHER_NEWS, 4)
    meta = f'<meta name="publishdate" content="{day}">' if day else ""
    title = f"{headline_html(story)} - {site}" if story.headline else site
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{meta}
<meta name="keywords" content="招商引资,投资促进"></head>
<body><header><h1 class="logo"><a href="/"><img src="/logo.png" alt="">{site}</a></h1>
<nav><a href="/">首页</a><a href="/tzhj/">投资环境</a><a href="/zsxm/">招商项目</a><a href="/yhzc/">优惠政策</a>
<a href="/lxwm/">联系我们</a></nav></header>
<main><article><h1 class="art-title">{headline_html(story)}</h1>
<div class="meta">{"<time>" + stamp + "</time>" if stamp else ""}<a href="#" class="share-btn">分享</a></div>
<div id="share-panel" style="display:none"><a href="#">分享到微信</a><a href="#">分享到微博</a>
<a href="#">分享到QQ空间</a></div>
<section class="content">{_paras(story.lines)}</section>
<div class="op"><a href="#" class="fav">收藏本文</a> <a href="#" class="like">点赞</a></div></article>
<aside><h3>招商动态</h3><ul>{_dated_links(news)}</ul></aside></main>
<a href="#top" class="gotop">返回顶部</a>
<footer><p>版权所有：{site}</p><p>{icp}</p><p>{police}</p></footer></body></html>"""
    furniture = (
        "分享到微信",
        "分享到微博",
        "分享到QQ空间",
        "收藏本文",
        "招商动态",
        *news,
        "返回顶部",
        f"版权所有：{site}",
        icp,
        police,
    )
    return Wrapped(html, furniture, f"https://www.example-tzcj.cn/news/{rng.randrange(10**5)}.html")


@unseen2("xxgk_biaoti_table")
def xxgk_biaoti_table(story: Story) -> Wrapped:
    """An old 信息公开 page in tables: the date only in the 信息索引 table, the headline in td.biaoti."""
    rng = _rng(story, "xxgk")
    place = rng.choice(PLACES)
    office = f"{place}商务局"
    made = story.published.strftime("%Y-%m-%d") if story.published else ""
    index = f"{rng.randrange(10**8, 10**9)}/{rng.randrange(2018, 2022)}-{rng.randrange(10**4, 10**5)}"
    icp, police = _numbers(rng)
    code = _site_code(rng)
    rows = [
        ("索引号", index),
        ("主题分类", "商贸、海关、旅游"),
        ("发布机构", office),
        ("发布日期", made),
        ("名称", headline_html(story)),
        ("文号", ""),
    ]
    cells = "".join(f'<tr><td class="t1">{name}：</td><td class="t2">{value}</td></tr>' for name, value in rows)
    body = _paras(story.lines, ' align="left"')
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{place}人民政府信息公开</title></head>
<body><table width="1000" align="center"><tr><td><img src="/images/xxgk_top.jpg" alt="政府信息公开"></td></tr>
<tr><td class="nav"><a href="/xxgk/">信息公开首页</a> | <a href="/xxgk/zn/">信息公开指南</a> |
<a href="/xxgk/nb/">信息公开年报</a> | <a href="/ysqgk/">依申请公开</a></td></tr></table>
<table width="1000" align="center" class="index"><tbody>{cells}</tbody></table>
<table width="1000" align="center"><tr><td class="biaoti" align="center">{headline_html(story)}</td></tr>
<tr><td class="zw">{body}</td></tr>
<tr><td align="right">
<a href="javascript:window.print()">[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a>
</td></tr></table>
<table width="1000" align="center" class="foot"><tr><td>{place}人民政府办公室主办　{icp}　{police}　{code}</td></tr>
</table>
</body></html>"""
    furniture = (
        "信息公开指南",
        "信息公开年报",
        "依申请公开",
        "索引号",
        "主题分类",
        "商贸、海关、旅游",
        index,
        "打印本页",
        "关闭窗口",
        icp,
        police,
        code,
    )
    return Wrapped(html, furniture, f"http://xxgk.example-sw.gov.cn/xxgk/{rng.randrange(10**6)}.jhtml")


@unseen2("strong_in_table_asp")
def strong_in_table_asp(story: Story) -> Wrapped:
    """An ASP-era site: the headline a <strong> in a table cell, 发布日期 in a td, 点击数 and 【打印此页】."""
    rng = _rng(story, "asp")
    place = rng.choice(PLACES)
    site = f"{place}招商网"
    stamp = time_on_day(story.published, "%Y-%m-%d", rng)
    news = _pick(rng, OTHER_NEWS, 5)
    icp, _police = _numbers(rng)
    body = "<br>\n".join(f"　　{escape(line)}" for line in story.lines)
    title = f"{site}--{headline_html(story)}" if story.headline else site
    date_cell = f"发布日期：{stamp}" if stamp else "发布日期："
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}</title></head>
<body topmargin="0"><table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top.jpg" width="960" height="120"></td></tr>
<tr><td class="menu"><a href="index.asp">首 页</a> | <a href="list.asp?id=1">招商动态</a> |
<a href="list.asp?id=2">投资指南</a> | <a href="list.asp?id=3">招商项目</a> |
<a href="gbook.asp">在线留言</a></td></tr></table>
<table width="960" align="center"><tr><td width="220" valign="top">
<table width="100%"><tr><td class="lm"><strong>最新文章</strong></td></tr>
<tr><td><ul>{_links(news)}</ul></td></tr></table></td>
<td valign="top"><table width="100%" cellpadding="6">
<tr><td align="center"><strong><font size="4" color="#CC0000">{headline_html(story)}</font></strong></td></tr>
<tr><td align="center" class="info"><table align="center"><tr><td>{date_cell}</td>
<td>点击数：{rng.randrange(50, 5000)}</td><td>【<a href="#">字体：大 中 小</a>】</td></tr></table></td></tr>
<tr><td class="content">{body}</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印此页</a>】
【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table></td></tr></table>
<table width="960" align="center"><tr>
<td align="center">{site} 版权所有 {icp}<br>技术支持：{place}网络科技有限公司</td></tr></table>
</body></html>"""
    furniture = (
        "在线留言",
        "最新文章",
        *news,
        "点击数",
        "字体：大 中 小",
        "打印此页",
        "关闭窗口",
        f"{site} 版权所有",
        icp,
        "技术支持",
    )
    return Wrapped(html, furniture, f"http://www.example-zs.com/show.asp?id={rng.randrange(10**4)}")


# ---------------------------------------------------------------- newspapers and media


@unseen2("epaper_headline_stack")
def epaper_headline_stack(story: Story) -> Wrapped:
    """A 数字报 page: the headline a 引题/主题/副题 stack (h3, h1, h2); 版面导航 and 上一版/下一版."""
    rng = _rng(story, "epaper")
    paper = rng.choice(["东江日报", "云岭日报", "石城晚报", "临川日报"])
    edition = rng.randrange(1, 9)
    kicker = rng.choice(["聚焦高质量发展", "奋进新征程 建功新时代", "招商引资攻坚年"])
    subtitle = rng.choice(["——全力以赴抓项目促发展", "——我市推进招商引资工作综述"])
    day = story.published.strftime("%Y年%m月%d日") if story.published else ""
    stack = (
        f'<h3 class="yt">{kicker}</h3><h1 class="zt">{headline_html(story)}</h1><h2 class="ft">{subtitle}</h2>'
        if story.headline
        else ""
    )
    page_titles = _pick(rng, OTHER_NEWS, 4)
    meta = f'<meta name="publishdate" content="{story.published:%Y-%m-%d}">' if story.published else ""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{paper}数字报</title>{meta}</head>
<body><div class="paper-top"><span class="name">{paper}</span><span class="date">{day}</span>
<a href="#">上一期</a> <a href="#">下一期</a> <a href="#">往期回顾</a></div>
<div class="left-nav"><div class="banmian">第{edition:02d}版：要闻</div>
<a href="#">上一版</a> <a href="#">下一版</a>
<h4>本版标题导航</h4><ul>{_links(page_titles)}</ul><a href="#">PDF版下载</a></div>
<div class="article">{stack}
<div class="zoom"><a href="#">放大</a> <a href="#">缩小</a> <a href="#">默认</a></div>
<founder-content>{_paras(story.lines)}</founder-content></div>
<div class="paper-foot">{paper}社版权所有 未经授权禁止转载</div></body></html>"""
    furniture = (
        "往期回顾",
        "上一版 下一版",
        "本版标题导航",
        *page_titles,
        "PDF版下载",
        f"{paper}社版权所有",
        "未经授权禁止转载",
    )
    return Wrapped(html, furniture, f"http://epaper.example-daily.cn/html/content_{rng.randrange(10**5)}.htm")


@unseen2("app_share_fold")
def app_share_fold(story: Story) -> Wrapped:
    """A county 融媒体 app's share page: div.news_title, 打开APP bars, the rest folded under 展开全文."""
    rng = _rng(story, "app_share")
    app = rng.choice(APPS)
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    shown, folded = story.lines[:2], story.lines[2:]
    reads = rng.randrange(1000, 90000)
    opinions = _pick(rng, OPINIONS, 2)
    fold = (
        (
            f'<div class="fold-mask"><span class="unfold">展开全文</span></div>'
            f'<div class="rest" style="display:none">{_paras(folded)}</div>'
        )
        if folded
        else ""
    )
    title = headline_html(story) if story.headline else app
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no"><title>{title}</title></head>
<body><div class="app-bar"><img src="/icon.png"><span>{app}</span><a class="open" href="#">打开APP</a></div>
<div class="news_title">{headline_html(story)}</div>
<div class="news_info"><span class="src">{app}</span><span class="time">{stamp}</span></div>
<div class="news_body">{_paras(shown)}{fold}</div>
<div class="news_foot"><span>阅读量 {reads}</span><span class="zan">点赞</span><span>在看</span></div>
<div class="download">下载{app}客户端，阅读更多精彩内容</div>
<div class="comments">
<h4>热门评论</h4>{_replies(rng, "网友", opinions)}
<div class="write"><span class="ph">写评论...</span><button>发表</button></div></div>
<div class="open-bottom"><a href="#">打开APP，查看更多评论</a></div></body></html>"""
    furniture = (
        "打开APP",
        *(("展开全文",) if folded else ()),
        f"阅读量 {reads}",
        f"下载{app}客户端",
        "热门评论",
        *opinions,
        "写评论",
        "查看更多评论",
    )
    return Wrapped(html, furniture, f"https://m.example-app.cn/share/news?id={rng.randrange(10**7)}")


@unseen2("pager_all_in_markup")
def pager_all_in_markup(story: Story) -> Wrapped:
    """A paged article with every page in the markup: div#page1 shown, div#page2… hidden; 第1页 共3页."""
    rng = _rng(story, "pager")
    place = rng.choice(PLACES)
    site = f"{place}新闻网"
    stamp = time_on_day(story.published, "%Y/%m/%d %H:%M", rng)
    parts = _pages(story.lines, 3)
    hidden = ' style="display:none"'
    divs = "\n".join(
        f'<div id="page{i}" class="page"{"" if i == 1 else hidden}>{_paras(part)}</div>'
        for i, part in enumerate(parts, 1)
    )
    links = " ".join(f'<a href="javascript:showPage({i})">第{i}页</a>' for i in range(1, len(parts) + 1))
    pager = f'<div class="pager">第1页 共{len(parts)}页 {links} <a href="javascript:next()">下一页</a></div>'
    news = _pick(rng, OTHER_NEWS, 4)
    code = _site_code(rng)
    title = f"{headline_html(story)}--{site}" if story.headline else site
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<script>function showPage(n){{}}</script></head>
<body><div class="head"><a href="/">{site}</a> <span>{place}区域门户</span></div>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/jj/">经济</a> &gt; 正文</div>
<div class="detail-title">{headline_html(story)}</div>
<div class="detail-info">{"时间：" + stamp if stamp else ""}　作者：{rng.choice(EDITORS)}</div>
<div class="detail-body">{divs}</div>{pager if len(parts) > 1 else ""}
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
<div class="hot"><div class="hot-t">热点排行</div><ol>{_dated_links(news)}</ol></div>
<div class="footer">{site} 版权所有　{code}</div></body></html>"""
    furniture = ("区域门户", "分享到", "热点排行", *news, f"{site} 版权所有", code) + (
        ("下一页", f"共{len(parts)}页") if len(parts) > 1 else ()
    )
    return Wrapped(html, furniture, f"http://www.example-news.cn/jj/{rng.randrange(10**6)}.shtml")


@unseen2("p_title_wechat_mirror")
def p_title_wechat_mirror(story: Story) -> Wrapped:
    """A 公众号 article mirrored on a site: p.wz_title, 原创 tag, 阅读/在看/点赞, 扫码阅读, 留言 list."""
    rng = _rng(story, "wz")
    account = rng.choice(APPS) + "发布"
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    reads = rng.randrange(1000, 100000)
    opinions = _pick(rng, OPINIONS, 2)
    title = headline_html(story) if story.headline else account
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><div class="wz_wrap"><p class="wz_title">{headline_html(story)}</p>
<div class="wz_meta"><span class="tag">原创</span> <a href="#">{account}</a> <em class="pt">{stamp}</em></div>
<div class="wz_content">{_paras(story.lines, ' style="margin:0 8px"')}</div>
<div class="wz_op"><span>阅读 {reads}</span> <span>在看</span> <span>点赞</span> <span>分享</span></div>
<div class="qr"><img src="/qr.jpg"><p>微信扫一扫关注该公众号</p><p>扫码阅读手机版</p></div>
<div class="msg"><div class="msg-t">精选留言</div>{_replies(rng, "用户", opinions)}</div>
</div><div class="side"><p>本站文章来自网络公众号，版权归原作者所有</p></div></body></html>"""
    furniture = (f"阅读 {reads}", "微信扫一扫关注该公众号", "扫码阅读手机版", "精选留言", *opinions, "版权归原作者所有")
    return Wrapped(html, furniture, f"https://www.example-mp.com/a/{rng.randrange(10**8)}.html")


# ---------------------------------------------------------------- LOCKED2 candidates


@unseen2("title_and_breadcrumb_only")
def title_and_breadcrumb_only(story: Story) -> Wrapped:
    """No headline element: the headline only in <title> and as the breadcrumb's last item."""
    rng = _rng(story, "crumb_only")
    place = rng.choice(PLACES)
    site = f"{place}发展和改革局"
    stamp = time_on_day(story.published, "%Y-%m-%d", rng)
    icp, police = _numbers(rng)
    news = _pick(rng, OTHER_NEWS, 4)
    crumb_tail = f' &gt; <span class="cur">{headline_html(story)}</span>' if story.headline else ""
    title = f"{headline_html(story)}-{site}" if story.headline else site
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><div class="hd"><a href="/" class="logo">{site}</a><div class="nav"><a href="/">首页</a>
<a href="/fgdt/">发改动态</a><a href="/xmjs/">项目建设</a></div></div>
<div class="bread">您现在的位置：<a href="/">首页</a> &gt; <a href="/xmjs/">项目建设</a>{crumb_tail}</div>
<div class="article"><div class="info">{"<span>日期：" + stamp + "</span>" if stamp else ""}<span>来源：{site}</span>
<span>【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="txt">{_paras(story.lines)}</div>
<div class="qr-read">扫码阅读<img src="/qr.png"></div></div>
<div class="more"><b>推荐阅读</b><ul>{_dated_links(news)}</ul></div>
<div class="ft">{site}主办　{icp}　{police}</div></body></html>"""
    furniture = ("发改动态", "您现在的位置", "扫码阅读", "推荐阅读", *news, icp, police)
    return Wrapped(html, furniture, f"http://fgj.example-place.gov.cn/xmjs/{rng.randrange(10**6)}.html")


@unseen2("h3_sidebar_hidden_pages")
def h3_sidebar_hidden_pages(story: Story) -> Wrapped:
    """An h3 headline after sidebar h3s; later pages hidden by a stylesheet class; a hidden login box."""
    rng = _rng(story, "h3_side")
    place = rng.choice(PLACES)
    site = f"{place}融媒体中心"
    stamp = time_on_day(story.published, "%Y年%m月%d日", rng)
    parts = _pages(story.lines, 2)
    pages = "\n".join(
        f'<div class="part{"" if i == 0 else " hide"}" data-page="{i + 1}">{_paras(part)}</div>'
        for i, part in enumerate(parts)
    )
    news = _pick(rng, OTHER_NEWS, 5)
    title = f"{headline_html(story)}|{site}" if story.headline else site
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<style>.hide{{display:none}} .part p{{line-height:2}}</style></head>
<body><div id="login" class="hide"><h3>用户登录</h3><input placeholder="用户名"><input placeholder="密码">
<a href="#">忘记密码</a></div>
<div class="top"><a href="/">{site}</a></div>
<div class="container"><div class="sidebar"><h3>热门推荐</h3><ul>{_dated_links(news[:3])}</ul><h3>专题专栏</h3>
<ul>{_links(news[3:])}</ul></div>
<div class="main"><h3 class="headline">{headline_html(story)}</h3>
<p class="byline">{site}　{stamp}</p>
{pages}
<div class="pages">{"".join(f'<a href="#">{i}</a>' for i in range(1, len(parts) + 1))}</div>
<div class="sharebar">分享到：微信 微博 QQ</div></div></div>
<div class="footer">Copyright © {site} 版权所有</div></body></html>"""
    furniture = ("用户登录", "忘记密码", "热门推荐", "专题专栏", *news, "分享到", f"{site} 版权所有")
    return Wrapped(html, furniture, f"https://www.example-rmt.cn/content/{rng.randrange(10**6)}.html")


@unseen2("div_tit_comment_box")
def div_tit_comment_box(story: Story) -> Wrapped:
    """div.tit headline; 发布日期 in a td of an attribute table; comment box; 上一篇/下一篇; 网站标识码."""
    rng = _rng(story, "tit")
    place = rng.choice(PLACES)
    site = f"{place}经济开发区管委会"
    stamp = time_on_day(story.published, "%Y-%m-%d", rng)
    before, after, *news = _pick(rng, OTHER_NEWS, 5)
    code = _site_code(rng)
    icp, police = _numbers(rng)
    attrs = (
        f'<table class="attr"><tr><td>发布日期：{stamp}</td><td>来源：{site}</td>'
        f"<td>阅读次数：{rng.randrange(100, 9999)}</td></tr></table>"
    )
    title = f"{site}-{headline_html(story)}" if story.headline else site
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><div class="header"><div class="tit-logo">{site}</div><div class="search">站内搜索</div></div>
<div class="nav"><a href="/">首页</a><a href="/kfq/">开发区概况</a><a href="/zsyz/">招商引资</a>
<a href="/qyfw/">企业服务</a></div>
<div class="content-box"><div class="tit">{headline_html(story)}</div>{attrs}
<div class="con">{_paras(story.lines)}</div>
<div class="prev">上一篇：<a href="#">{escape(before)}</a></div>
<div class="next">下一篇：<a href="#">{escape(after)}</a></div>
<div class="comment"><div class="comment-t">网友评论</div><textarea placeholder="请文明发言"></textarea>
<button>发表评论</button>
<p>已有0条评论</p></div></div>
<div class="links"><span>最新信息</span><ul>{_dated_links(news)}</ul></div>
<div class="footer"><p>{site}主办</p><p>{code}　{icp}　{police}</p></div></body></html>"""
    furniture = (
        "站内搜索",
        "开发区概况",
        "阅读次数",
        before,
        after,
        "网友评论",
        "发表评论",
        "已有0条评论",
        "最新信息",
        *news,
        code,
        icp,
        police,
    )
    return Wrapped(html, furniture, f"http://www.example-kfq.gov.cn/zsyz/{rng.randrange(10**6)}.html")


@unseen2("mobile_gov_h2")
def mobile_gov_h2(story: Story) -> Wrapped:
    """A government portal's mobile page: h2 headline, span#pubtime, 返回顶部, 下载客户端, 电脑版 links."""
    rng = _rng(story, "m_gov")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    news = _pick(rng, OTHER_NEWS, 3)
    code = _site_code(rng)
    title = headline_html(story) if story.headline else site
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{title}</title></head>
<body><div class="m-top"><a href="/" class="back">返回</a><span>{site}</span><a href="#" class="menu">菜单</a></div>
<div class="m-art"><h2>{headline_html(story)}</h2>
<div class="m-info">{"<span id='pubtime'>" + stamp + "</span>" if stamp else ""}<span>来源：{site}</span></div>
<div class="m-txt">{_paras(story.lines)}</div>
<div class="m-size">字号：<a>大</a><a>中</a><a>小</a></div></div>
<div class="m-rel"><h2>相关阅读</h2><ul>{_links(news)}</ul></div>
<div class="m-app">下载政务服务客户端</div>
<div class="m-foot"><a href="#">电脑版</a> | <a href="#top">返回顶部</a><p>{code}</p></div></body></html>"""
    furniture = ("菜单", "相关阅读", *news, "下载政务服务客户端", "电脑版", "返回顶部", code)
    return Wrapped(html, furniture, f"http://m.example-gov.gov.cn/art/{rng.randrange(10**6)}.html")


DEV2 = [
    "h2_county_portal",
    "logo_h1_then_headline_h1",
    "xxgk_biaoti_table",
    "strong_in_table_asp",
    "epaper_headline_stack",
    "app_share_fold",
    "pager_all_in_markup",
    "p_title_wechat_mirror",
]
LOCKED2 = ["title_and_breadcrumb_only", "h3_sidebar_hidden_pages", "div_tit_comment_box", "mobile_gov_h2"]
