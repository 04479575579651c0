"""Eleven page layouts, each modelled on a family of Chinese site software, written here from scratch.

A layout wraps a story (headline as the capture shows it, published date, outlet, body lines)
into a whole page of its family: navigation, breadcrumbs, info bar, share and print bars,
上一篇/下一篇, related-news and ranking sidebars, replies or comments, footers with 主办单位,
ICP and 公网安备 numbers. It returns the page and the furniture strings that must not reach
an article's text. Names, numbers and sidebar headlines are invented; the choice among them
follows a seed made from the capture's id, so every build of the suite is the same.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html import escape

PLACES = ["青山县", "临川区", "东江市", "云岭县", "石城县", "河西区", "南湖区", "北塘县"]
OTHER_NEWS = [
    "关于做好2021年冬季森林防火工作的通知",
    "全县安全生产大检查工作部署会召开",
    "我区举行第三届农民丰收节文艺汇演",
    "市场监管局开展食品安全专项整治行动",
    "县领导督导检查秋冬季疫情防控工作",
    "城区老旧小区改造工程顺利完工",
    "教育局召开新学期教学工作会议",
    "关于公布第二批非物质文化遗产名录的公告",
    "全市医保经办服务窗口延长服务时间",
    "退役军人事务局走访慰问困难老兵",
    "农业农村局举办高素质农民培训班",
    "交通运输局通报春运期间道路运输情况",
]
COLUMNS = ["政务要闻", "部门动态", "乡镇动态", "通知公告", "政策文件", "图片新闻"]
REPLIES = [
    "支持一下，家乡越来越好了！",
    "楼主辛苦了，顶一个。",
    "希望多引进一些好项目，让年轻人留在家门口就业。",
    "学习了，写得很详细。",
]
COMMENTS = [
    "这样的营商环境真不错，为家乡点赞。",
    "招商引资要落到实处，不能只签约不落地。",
    "期待项目早日开工投产。",
]


@dataclass(frozen=True)
class Story:
    """What a layout puts on the page: the headline as the capture shows it, and the rest."""

    key: str
    headline: str | None
    published: dt.date | None
    outlet: str | None
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Wrapped:
    """A whole capture of a story: an HTML page, or with `kind` "text" a plain-text capture (held in `html`),
    the furniture strings it adds, its source URL and the encoding its bytes are written in."""

    html: str
    furniture: tuple[str, ...]
    url: str
    encoding: str = "utf-8"
    kind: str = "html"


Layout = Callable[[Story], Wrapped]
LAYOUTS: dict[str, Layout] = {}


def layout(name: str, into: dict[str, Layout] = LAYOUTS) -> Callable[[Layout], Layout]:
    """Register a layout under `name` in `into` (the eleven families, or a round of layouts written blind)."""

    def register(function: Layout) -> Layout:
        into[name] = function
        return function

    return register


# Page editors' names, for the credit lines layouts print.
EDITORS = ["王晓明", "李红梅", "张建国", "陈思远", "刘芳", "赵志刚"]


def headline_html(story: Story) -> str:
    return escape(story.headline or "")


def time_on_day(day: dt.date | None, form: str, rng: random.Random) -> str:
    """A publication time on the story's day, as the page prints it (`form`: a strftime form)."""
    if day is None:
        return ""
    moment = dt.datetime.combine(day, dt.time(rng.randrange(7, 22), rng.randrange(60), rng.randrange(60)))
    return moment.strftime(form)


def _rng(story: Story, name: str) -> random.Random:
    return random.Random(f"{story.key}/{name}")


def _paragraphs(lines: tuple[str, ...], inner: str = "{}") -> str:
    return "\n".join(f"<p>{inner.format(escape(line))}</p>" for line in lines)


def _numbers(rng: random.Random) -> tuple[str, str]:
    province = rng.choice(["浙", "皖", "苏", "鄂", "川", "闽"])
    return (
        f"{province}ICP备{rng.randrange(10**7, 10**8)}号-{rng.randrange(1, 9)}",
        f"{province}公网安备 {rng.randrange(10**13, 10**14)}号",
    )


def _pick(rng: random.Random, pool: list[str], count: int) -> list[str]:
    return rng.sample(pool, count)


def _links(titles: list[str]) -> str:
    return "".join(
        f'<li><a href="/info/{i}.html" title="{escape(t)}">{escape(t)}</a></li>' for i, t in enumerate(titles)
    )


def _head(title: str, extra: str = "") -> str:
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{escape(title)}</title>{extra}</head>'


def _when(day: dt.date | None, form: str, time: str = " 09:30") -> str:
    if day is None:
        return ""
    return day.strftime(form) + time


# ---------------------------------------------------------------- government portals


@layout("trs_county_portal")
def trs_county_portal(story: Story) -> Wrapped:
    """A county portal on TRS WCM: metadata in <meta>, TRS_Editor body, 【打印本页】【关闭窗口】."""
    rng = _rng(story, "trs")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column = rng.choice(COLUMNS)
    icp, police = _numbers(rng)
    news = _pick(rng, OTHER_NEWS, 5)
    heading = story.headline or ""
    metas = (
        f'<meta name="SiteName" content="{site}"><meta name="ColumnName" content="{column}">'
        + (f'<meta name="PubDate" content="{_when(story.published, "%Y-%m-%d")}">' if story.published else "")
        + f'<meta name="ContentSource" content="{escape(story.outlet or "本站")}">'
    )
    # Some TRS templates title every page with the site's name and set the headline in a plain div.
    plain = rng.random() < 0.4
    page_title = site if plain or not heading else f"{heading}_{column}_{site}"
    headline = f'<div class="xl_tit">{escape(heading)}</div>' if plain else f"<h1>{escape(heading)}</h1>"
    info = "".join(
        [
            f"<span>发布时间：{_when(story.published, '%Y-%m-%d')}</span>" if story.published else "",
            f"<span>信息来源：{escape(story.outlet or '本站')}</span>",
            "<span>浏览次数：<script>document.write(1024)</script></span>",
            '<span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span>',
        ]
    )
    html = f"""{_head(page_title, metas)}
<body><div class="top"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{site}"></a></div>
<div class="search"><input type="text" value="请输入关键字"><button>搜索</button></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxq/">走进{place}</a></li></ul></div>
<div class="container"><div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zwdt/">{column}</a></div>
<div class="xl_con">{headline}<div class="xl_info">{info}</div>
<div id="zoom"><div class="TRS_Editor">{_paragraphs(story.lines)}</div></div>
<div class="xl_share">分享到：<a class="wx" href="#"></a><a class="wb" href="#"></a></div>
<div class="xl_btn"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="xl_page"><p>上一篇：<a href="/a.html">{news[0]}</a></p><p>下一篇：<a href="/b.html">{news[1]}</a></p></div>
<div class="xgxw"><h3>相关链接</h3><ul>{_links(news[2:5])}</ul></div></div></div>
<div class="footer"><p>主办单位：{place}人民政府办公室 承办单位：{place}大数据发展中心</p>
<p>网站标识码：{rng.randrange(10**9, 10**10)} {icp} <img src="/ga.png">{police}</p>
<p>联系电话：0571-8{rng.randrange(10**6, 10**7)}</p></div>
</body></html>"""
    furniture = (
        "当前位置",
        "走进" + place,
        "浏览次数",
        "字体：大中小",
        "分享到",
        "打印本页",
        "关闭窗口",
        *news,
        "主办单位",
        icp,
        police,
        "网站标识码",
    )
    return Wrapped(html, furniture, f"http://www.example-county.gov.cn/art/{rng.randrange(10**6)}.html")


@layout("hanweb_city_portal")
def hanweb_city_portal(story: Story) -> Wrapped:
    """A city portal on Hanweb: tables for layout, the headline in a table cell, no <h1>."""
    rng = _rng(story, "hanweb")
    place = rng.choice(PLACES).replace("县", "市").replace("区", "市")
    site = f"{place}人民政府门户网站"
    news = _pick(rng, OTHER_NEWS, 6)
    icp, police = _numbers(rng)
    date = f"日期：{story.published:%Y-%m-%d}" if story.published else ""
    source = f"来源：{escape(story.outlet)}" if story.outlet else "来源：市政府办公室"
    # Older templates title every page with the site's name and set the headline in bold in a bare cell.
    bare = rng.random() < 0.4
    page_title = f"{story.headline} - {site}" if story.headline and not bare else site
    cell = '<td align="center"><strong>{}</strong></td>' if bare else '<td class="title" align="center">{}</td>'
    body = "<br>\n".join(escape(line) for line in story.lines)
    html = f"""{_head(page_title)}
<body><table width="1000" align="center"><tr><td><img src="/picture/banner.jpg" alt="{site}"></td></tr>
<tr><td class="menu"><a href="/">网站首页</a> | <a href="/col/col1/">政务动态</a> | <a href="/col/col2/">信息公开</a> | <a href="/col/col3/">办事服务</a></td></tr></table>
<table width="1000" align="center"><tr><td width="260" valign="top" class="left">
<table><tr><td class="lanmu">热点信息</td>
</tr>{"".join(f'<tr><td><a href="/art/{i}.html">{t}</a></td></tr>' for i, t in enumerate(news[:4]))}</table></td>
<td valign="top"><table width="100%"><tr>
<td class="bt_link">您现在的位置：<a href="/">首页</a> &gt; <a href="/col/col1/">政务动态</a></td></tr>
<tr>{cell.format(escape(story.headline or ""))}</tr>
<tr><td align="center" class="info">{date}　{source}　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td><div id="zoom">{body}</div></td></tr>
<tr><td align="right"><a href="#" onclick="window.print()">[打印本页]</a> <a href="#" onclick="window.close()">[关闭窗口]</a></td></tr>
</table></td></tr></table>
<table width="1000" align="center" class="bottom"><tr>
<td>版权所有：{place}人民政府办公室 地址：{place}人民路1号<br>{icp}　{police}</td></tr></table>
</body></html>"""
    furniture = ("您现在的位置", "热点信息", *news[:4], "打印本页", "关闭窗口", "版权所有", icp, police, "人民路1号")
    html = html.replace(
        '<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    )
    return Wrapped(html, furniture, f"http://www.example-city.gov.cn/art/{rng.randrange(10**6)}.html", "gb18030")


# ---------------------------------------------------------------- news sites


@layout("dedecms_news")
def dedecms_news(story: Story) -> Wrapped:
    """A local news site on DedeCMS: the headline in <h2>, 时间/来源/作者/点击 in small tags."""
    rng = _rng(story, "dede")
    site = rng.choice(PLACES)[:-1] + "新闻网"
    news = _pick(rng, OTHER_NEWS, 6)
    icp, _ = _numbers(rng)
    when = _when(story.published, "%Y-%m-%d", " 10:12")
    items = [f"<small>时间:</small>{when}"] if when else []
    items += [f"<small>来源:</small>{escape(story.outlet or '未知')}", "<small>作者:</small>admin"]
    items += ["<small>点击:</small><script src='/plus/count.php?aid=1'></script>次"]
    # Some templates set each item on a line of its own.
    info = "".join(f"<div>{item}</div>" for item in items) if rng.random() < 0.5 else "".join(items)
    page_title = f"{story.headline}_{site}" if story.headline else site
    html = f"""{_head(page_title, '<meta name="keywords" content="招商,新闻"><meta name="description" content="">')}
<body><div class="header"><div class="toplogo"><a href="/"><img src="/templets/logo.gif"></a></div>
<div class="nav"><a href="/">主页</a><a href="/news/">新闻中心</a><a href="/zhaoshang/">招商引资</a>
<a href="/shehui/">社会民生</a></div></div>
<div class="w960 center clear mt1"><div class="pleft"><div class="place">
<strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/news/">新闻中心</a> &gt; </div>
<div class="viewbox"><div class="title"><h2>{escape(story.headline or "")}</h2></div>
<div class="info">{info}</div>
<div class="content"><table width="100%"><tr><td>{_paragraphs(story.lines)}</td></tr></table></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href="/news/1.html">{news[0]}</a></li><li>下一篇：没有了 </li>
</ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="#">收藏</a></li><li id="act-err"><a href="#">挑错</a></li>
<li id="act-pus"><a href="#">推荐</a></li><li id="act-pnt"><a href="#">打印</a></li></ul></div></div></div></div>
<div class="pright"><div class="commend"><dl><dt><strong>推荐内容</strong></dt><dd><ul>{_links(news[1:3])}</ul></dd>
</dl></div>
<div class="hot"><dl><dt><strong>热点内容</strong></dt><dd><ul>{_links(news[3:6])}</ul></dd></dl></div></div></div>
<div class="footer w960 center"><p>Copyright &copy; 2002-2021 {site} 版权所有 Power by DedeCms</p><p>{icp}</p></div>
</body></html>"""
    furniture = ("当前位置", "分隔线", *news, "推荐内容", "热点内容", "Power by DedeCms", "挑错", icp)
    return Wrapped(html, furniture, f"http://www.example-news.cn/news/{rng.randrange(10**4)}.html")


@layout("phpcms_news")
def phpcms_news(story: Story) -> Wrapped:
    """A news site on PHPCMS: crumbs, <h1>, a tool bar of date, 来源, 评论, 点击; 相关阅读 and 排行."""
    rng = _rng(story, "phpcms")
    site = rng.choice(PLACES)[:-1] + "在线"
    news = _pick(rng, OTHER_NEWS, 7)
    icp, police = _numbers(rng)
    when = _when(story.published, "%Y-%m-%d", " 16:05:12")
    source = f'来源：<a href="#">{escape(story.outlet)}</a>' if story.outlet else ""
    page_title = f"{story.headline} - {site}" if story.headline else f"新闻中心 - {site}"
    html = f"""{_head(page_title)}
<body><div class="header"><div class="logo"><a href="/"><h1>{site}</h1></a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/list-1.html">时政</a></li><li>
<a href="/list-2.html">经济</a></li><li><a href="/list-3.html">民生</a></li></ul></div></div>
<div class="main"><div class="col-left"><div class="crumbs"><a href="/">首页</a><span> &gt; </span>
<a href="/list-2.html">经济</a> &gt;  正文</div>
<div id="Article"><h1>{escape(story.headline or "")}<br>
<span>{when} {source} 评论：<a href="#comment">0</a> 点击：<span id="hits">1,326</span></span></h1>
<div class="content">{_paragraphs(story.lines)}</div>
<p style="margin-bottom:10px"><strong>相关阅读：</strong></p><ul class="list">{_links(news[:3])}</ul>
<div class="pages"></div><div class="bk10"></div><div class="f-r">
<a href="javascript:;">分享到</a> | <a href="javascript:window.print();">打印</a> | <a href="javascript:window.close()">关闭</a></div></div></div>
<div class="col-auto"><div class="box"><h5 class="title-2">频道总排行</h5>
<ul class="content digg">{_links(news[3:7])}</ul></div></div></div>
<div class="footer"><p>关于我们 | 联系我们 | 广告服务 | 版权声明</p><p>{icp} {police}</p></div>
</body></html>"""
    furniture = ("相关阅读", *news, "频道总排行", "关于我们", "广告服务", icp, police, "点击：1,326")
    return Wrapped(html, furniture, f"http://www.example-online.cn/html/{rng.randrange(10**4)}.html")


@layout("empirecms_news")
def empirecms_news(story: Story) -> Wrapped:
    """A news site on 帝国CMS: a title block with the <h1>, a | separated info line, a 相关新闻 list."""
    rng = _rng(story, "empire")
    site = rng.choice(PLACES)[:-1] + "网"
    news = _pick(rng, OTHER_NEWS, 6)
    icp, police = _numbers(rng)
    parts = []
    if story.published:
        parts.append(f"发布时间：{_when(story.published, '%Y-%m-%d', ' 08:41:27')}")
    parts.append(f"来源：{escape(story.outlet) if story.outlet else '本站原创'}")
    parts.append("作者：网络编辑")
    parts.append("浏览：<script src='/e/public/ViewClick/?classid=2&id=1&addclick=1'></script>次")
    page_title = f"{story.headline} - {site}" if story.headline else site
    html = f"""{_head(page_title)}
<body><div class="topbar">欢迎访问{site}！今天是<script>document.write(new Date())</script> <a href="/e/member/login/">登录</a> <a href="/e/member/register/">注册</a></div>
<div class="menu"><a href="/">网站首页</a><a href="/news/">本地新闻</a><a href="/tz/">投资创业</a><a href="/ly/">旅游</a></div>
<div class="wrap"><div class="left">
<div class="weizhi">位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="/news/">本地新闻</a></div>
<div class="news_title"><h1>{escape(story.headline or "")}</h1></div>
<div class="news_info">{" | ".join(parts)}</div>
<div class="news_lead">{_paragraphs(story.lines[:1])}</div>
<div class="news_content" id="text">{_paragraphs(story.lines[1:])}</div>
<div class="news_page">上一篇：<a href="/news/2.html">{news[0]}</a><br>下一篇：<a href="/news/3.html">{news[1]}</a></div>
<div class="xgxw"><div class="hd">相关新闻</div><ul>{_links(news[2:4])}</ul></div></div>
<div class="right"><div class="hd">点击排行</div><ol>{_links(news[4:6])}</ol></div></div>
<div class="foot">{site} 版权所有 未经授权禁止复制或建立镜像<br>{icp}　{police}<br>Powered by EmpireCMS</div>
</body></html>"""
    furniture = ("欢迎访问", *news, "相关新闻", "点击排行", "网络编辑", "建立镜像", icp, police)
    return Wrapped(html, furniture, f"http://www.example-empire.cn/news/{rng.randrange(10**4)}.html")


@layout("founder_epaper")
def founder_epaper(story: Story) -> Wrapped:
    """A newspaper's e-paper on Founder's system: 2021年01月09日 星期六, 第01版, 本版导航, no <h1>."""
    rng = _rng(story, "founder")
    paper = story.outlet if story.outlet and story.outlet.endswith("报") else rng.choice(PLACES)[:-1] + "日报"
    news = _pick(rng, OTHER_NEWS, 5)
    weekday = "一二三四五六日"[story.published.weekday()] if story.published else ""
    dateline = f"{story.published:%Y年%m月%d日} 星期{weekday}" if story.published else ""
    page_title = f"{paper}数字报-{story.headline}" if story.headline else f"{paper}数字报"
    body = "".join(f"<P>{escape(line)}</P>" for line in story.lines)
    html = f"""{_head(page_title)}
<body><table width="1000" align="center"><tr><td class="paper-head">
<img src="../../../images/masthead.jpg" alt="{paper}"></td>
<td class="default">{dateline}</td><td><a href="../../../html/index.htm">往期回顾</a> <a href="#">PDF下载</a></td>
</tr></table>
<table width="1000" align="center"><tr><td width="300" valign="top"><table><tr><td class="default">
<strong>第01版：要闻</strong></td></tr>
<tr><td><a href="node_2.htm">上一版</a> <a href="node_4.htm">下一版</a></td></tr>
<tr><td class="bmdh">本版导航</td></tr>{"".join(f'<tr><td><a href="content_{i}.htm">{t}</a></td></tr>' for i, t in enumerate(news))}</table></td>
<td valign="top"><table width="100%"><tr><td class="font01" align="center">{escape(story.headline or "")}</td></tr>
<tr><td><founder-content>{body}</founder-content></td></tr></table></td></tr></table>
<table width="1000" align="center"><tr><td class="default">{paper}社版权所有 未经书面授权不得复制或建立镜像<br>技术支持：北大方正电子有限公司</td>
</tr></table>
</body></html>"""
    furniture = ("本版导航", "往期回顾", "PDF下载", "第01版：要闻", *news, "北大方正", "上一版")
    return Wrapped(html, furniture, f"http://epaper.example.cn/html/{rng.randrange(10**4)}/content_1.htm")


# ---------------------------------------------------------------- platforms


@layout("wechat_article")
def wechat_article(story: Story) -> Wrapped:
    """A WeChat official-account article: #activity-name, the account's name, `var ct`, js_content
    (hidden until a script shows it, as served)."""
    rng = _rng(story, "wechat")
    account = story.outlet or rng.choice(PLACES) + "发布"
    stamp = shown = ""
    if story.published and rng.random() < 0.5:  # the page as served: the time in a script variable
        moment = dt.datetime.combine(story.published, dt.time(19, 30), dt.timezone(dt.timedelta(hours=8)))
        stamp = str(int(moment.timestamp()))
    elif story.published:  # the page as saved from a browser: the script has printed the date
        shown = f"{story.published:%Y-%m-%d} 19:30"
    # A long article is laid out in several sections, each its own block.
    cut = max(1, len(story.lines) // 3)
    parts = [story.lines[:cut], story.lines[cut : 2 * cut], story.lines[2 * cut :]]
    body = "".join(
        "<section>"
        + "".join(f'<p style="text-indent:2em"><span>{escape(line)}</span></p>' for line in part)
        + "</section>"
        for part in parts
        if part
    )
    meta = f'<meta property="og:title" content="{escape(story.headline or "")}">'
    meta += '<meta property="og:site_name" content="微信公众平台">'
    html = f"""{_head(story.headline or "", meta)}
<body id="activity-detail"><div class="rich_media_wrp"><div class="rich_media_inner"><div id="page-content">
<h1 class="rich_media_title" id="activity-name">{escape(story.headline or "")}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">
<a href="javascript:void(0);" id="js_name">{escape(account)}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{shown}</em></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">{body}
<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr.jpg"></p><p style="text-align:center">
<span>长按识别二维码关注我们</span></p></div>
<div class="rich_media_tool"><a id="js_view_source" href="#">阅读原文</a><span>阅读 3,208</span><span>在看 41</span></div>
<div class="rich_media_extra"><div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div>
<div id="js_related"><h3>喜欢此内容的人还喜欢</h3><ul>{_links(_pick(rng, OTHER_NEWS, 3))}</ul></div>
</div></div></div>
<script>var nickname = htmlDecode("{escape(account)}"); var ct = "{stamp}"; var msg_title = "标题";</script>
</body></html>"""
    furniture = (
        "阅读原文",
        "阅读3,208",
        "在看41",
        "微信扫一扫",
        "关注该公众号",
        "喜欢此内容的人还喜欢",
        "长按识别二维码",
    )
    return Wrapped(html, furniture, f"https://mp.weixin.qq.com/s/{rng.randrange(10**12):x}")


@layout("discuz_thread")
def discuz_thread(story: Story) -> Wrapped:
    """A Discuz! X thread: #thread_subject, 发表于 under the author, the post in td.t_f, replies below."""
    rng = _rng(story, "discuz")
    forum = rng.choice(PLACES)[:-1] + "论坛"
    board = "招商引资"
    replies = _pick(rng, REPLIES, 2)
    icp, police = _numbers(rng)
    posted = f"{story.published.year}-{story.published.month}-{story.published.day} 10:23" if story.published else ""
    source = f"来源：{escape(story.outlet)}<br />\n" if story.outlet else ""
    body = source + "<br />\n".join(escape(line) for line in story.lines)
    title = story.headline or ""
    page_title = (
        f"{title} - {board} - {forum} - Powered by Discuz!" if title else f"{board} - {forum} - Powered by Discuz!"
    )

    def post(number: int, author: str, when: str, content: str) -> str:
        stamp = f"发表于 {when}" if when else "发表于"
        return f"""<div id="post_{number}"><table class="plhin" cellspacing="0" cellpadding="0"><tr>
<td class="pls" rowspan="2"><div class="pi"><div class="authi">
<a href="space-uid-{number}.html" class="xw1">{author}</a></div></div>
<div><dl class="pil cl"><dt>积分</dt><dd>{rng.randrange(10, 9000)}</dd></dl></div></td>
<td class="plc"><div class="pi"><strong><a href="#">{"楼主" if number == 1 else "沙发"}</a></strong>
<div class="pti"><div class="authi"><em id="authorposton{number}">{stamp}</em><span class="pipe">|</span>
<a href="#">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr>
<td class="t_f" id="postmessage_{number}">
{content}</td></tr></table></div></div></div></td></tr>
<tr><td class="plc plm"><div class="po">
<a href="#">回复</a> <a href="#">支持</a> <a href="#">反对</a> <a href="#">举报</a></div></td></tr></table></div>"""

    html = f"""{_head(page_title, '<meta name="generator" content="Discuz! X3.4">')}
<body><div id="toptb"><a href="member.php?mod=register">立即注册</a> <a href="member.php?mod=logging">登录</a></div>
<div id="hd"><div class="hdc"><h2><a href="./" title="{forum}">
<img src="static/image/common/logo.png" alt="{forum}"></a></h2></div>
<div id="nv"><ul><li><a href="forum.php">论坛</a></li><li><a href="portal.php">门户</a></li><li>
<a href="home.php">家园</a></li></ul></div></div>
<div id="pt" class="bm cl"><div class="z">
<a href="./" class="nvhm">{forum}</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-2-1.html">{board}</a> <em>&rsaquo;</em> <a href="#">{escape(title)}</a></div></div>
<div id="ct" class="wp cl"><div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr>
<td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">2318</span>
<span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">2</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{escape(title)}</span></h1></td></tr></table>
{post(1, "招商小编", posted, body)}
{post(2, "路人甲", posted, escape(replies[0]))}
{post(3, "老乡", posted, escape(replies[1]))}
</div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="#">Archiver</a><span class="pipe">|</span>
<a href="#">手机版</a><span class="pipe">|</span><a href="#">小黑屋</a>
<span class="pipe">|</span>{forum} ( {icp} | {police} )</p></div>
<div id="frt"><p>Powered by <strong><a href="http://www.discuz.net">Discuz!</a></strong> <em>X3.4</em></p>
<p class="xs0">&copy; 2001-2021 <a href="http://www.comsenz.com">Comsenz Inc.</a></p></div></div>
</body></html>"""
    furniture = (
        "立即注册",
        "只看该作者",
        *replies,
        "查看:2318",
        "积分",
        "小黑屋",
        "Comsenz",
        "Powered by",
        icp,
        police,
    )
    return Wrapped(html, furniture, f"http://bbs.example.cn/thread-{rng.randrange(10**5)}-1-1.html")


@layout("phpwind_thread")
def phpwind_thread(story: Story) -> Wrapped:
    """A PHPWind 8 thread: h1#subject_tpc, 发布时间 in the post's head, replies with 引用 and 回复."""
    rng = _rng(story, "phpwind")
    community = rng.choice(PLACES)[:-1] + "社区"
    replies = _pick(rng, REPLIES, 2)
    icp, _ = _numbers(rng)
    posted = f"发布时间: {story.published:%Y-%m-%d} 08:16" if story.published else ""
    body = "<br />".join(escape(line) for line in story.lines)
    title = story.headline or ""
    page_title = f"{title}|经济观察 - {community} - Powered by phpwind" if title else f"经济观察 - {community}"
    reply_html = "".join(
        f"""<div class="read_t"><table class="floot"><tr><td class="floot_left"><a href="u.php?uid={i}">网友{i}</a></td>
<td class="floot_right"><div class="tipTop">发布时间: 2021-01-1{i} 09:0{i} <a href="#">引用</a> <a href="#">回复</a> <a href="#">{i + 1}楼</a></div>
<div class="tpc_content"><div class="f14">{escape(reply)}</div></div></td></tr></table></div>"""
        for i, reply in enumerate(replies, 1)
    )
    html = f"""{_head(page_title)}
<body><div id="header"><div class="top">
<a href="index.php">{community}</a> <a href="register.php">注册</a> <a href="login.php">登录</a></div>
<div id="navA"><ul><li><a href="index.php">首页</a></li><li><a href="thread.php?fid=3">经济观察</a></li><li>
<a href="thread.php?fid=5">房产家居</a></li></ul></div></div>
<div id="main"><div id="breadCrumb">
<a href="index.php">{community}</a> &raquo; <a href="thread.php?fid=3">经济观察</a> &raquo; 帖子</div>
<div class="t5"><table class="floot"><tr><td class="floot_left"><div class="readName">
<a href="u.php?uid=1">社区编辑</a></div><div>发帖：{rng.randrange(100, 999)}</div></td>
<td class="floot_right"><div class="tipTop"><span>{posted}</span> <a href="#">只看楼主</a> <a href="#">楼主</a></div>
<h1 id="subject_tpc" class="read_h1">{escape(title)}</h1>
<div class="tpc_content"><div class="f14" id="read_tpc">{body}</div></div>
<div class="tipBottom"><a href="#">评分</a> <a href="#">收藏</a> <a href="#">举报</a></div></td></tr></table></div>
{reply_html}</div>
<div id="footer"><div class="bottom">Powered by <a href="http://www.phpwind.net">phpwind v8.7</a> Code &copy;2003-2021 phpwind.com<br>{icp}</div></div>
</body></html>"""
    furniture = ("只看楼主", "发帖：", *replies, "房产家居", "评分收藏举报", "phpwind v8.7", icp, "网友1", "2楼")
    return Wrapped(html, furniture, f"http://bbs.example.com/read.php?tid={rng.randrange(10**5)}")


@layout("document_preview")
def document_preview(story: Story) -> Wrapped:
    """A document-sharing site's preview: file facts, the pages' text, 下载 and 继续阅读 buttons, 相关文档."""
    rng = _rng(story, "doc")
    library = rng.choice(["青禾", "书山", "墨林"]) + "文库"
    related = [t + ".doc" for t in _pick(rng, OTHER_NEWS, 4)]
    facts = []
    if story.published:
        facts.append(f"上传时间：{story.published:%Y-%m-%d}")
    facts += [
        f"文档大小：{rng.randrange(20, 90)}KB",
        f"页数：{rng.randrange(2, 9)}页",
        f"浏览：{rng.randrange(100, 999)}次",
    ]
    if story.outlet:
        facts.append(f"来源：{escape(story.outlet)}")
    page_title = f"{story.headline} - {library}" if story.headline else f"{library} - 文档下载"
    html = f"""{_head(page_title)}
<body><div class="header"><a class="logo" href="/">{library}</a><form class="search">
<input name="q" placeholder="搜索文档"></form>
<a href="/vip">开通VIP</a> <a href="/upload">上传文档</a> <a href="/login">登录</a></div>
<div class="doc-main"><div class="doc-head"><h1 class="doc-title">{escape(story.headline or "")}</h1>
<div class="doc-facts">{" | ".join(facts)}</div><div class="doc-btns">
<a class="btn" href="/down">下载文档</a> <a href="#">收藏</a> <a href="#">分享</a></div></div>
<div class="doc-view"><div class="page" data-page="1">{_paragraphs(story.lines)}</div></div>
<div class="doc-more"><a href="#">继续阅读</a></div><div class="doc-down"><a class="btn" href="/down">免费下载</a></div>
<div class="doc-related"><h3>相关文档</h3><ul>{_links(related)}</ul></div></div>
<div class="footer"><p>本站所有文档均为用户上传，仅供学习参考，如有侵权请联系删除</p><p>{_numbers(rng)[0]}</p></div>
</body></html>"""
    furniture = (
        "开通VIP",
        "上传文档",
        "文档大小",
        "下载文档",
        "继续阅读",
        "免费下载",
        "相关文档",
        *related,
        "如有侵权",
    )
    return Wrapped(html, furniture, f"https://www.example-wenku.com/p-{rng.randrange(10**8)}.html")


@layout("portal_with_comments")
def portal_with_comments(story: Story) -> Wrapped:
    """A big portal's news page: og and article metadata, a date-source bar, 责任编辑, comments, 热门推荐."""
    rng = _rng(story, "portal")
    portal = "新景网"
    news = _pick(rng, OTHER_NEWS, 6)
    comments = _pick(rng, COMMENTS, 2)
    icp, police = _numbers(rng)
    meta = (
        f'<meta property="og:type" content="news"><meta property="og:title" content="{escape(story.headline or "")}">'
    )
    meta += f'<meta property="og:site_name" content="{portal}">'
    bare = rng.random() < 0.5
    if story.published and not bare:
        meta += f'<meta property="article:published_time" content="{story.published:%Y-%m-%d}T11:20:00+08:00">'
    when = f'<span class="date">{story.published:%Y年%m月%d日} 11:20</span>' if story.published else ""
    label = "" if bare else "来源："
    source = f'<span class="source">{label}<a href="#">{escape(story.outlet)}</a></span>' if story.outlet else ""
    page_title = f"{story.headline}|{portal}" if story.headline else f"新闻中心|{portal}"
    editor = rng.choice(["王敏", "李卓", "陈思远"])
    html = f"""{_head(page_title, meta)}
<body><div class="top-nav"><a href="/">{portal}首页</a> <a href="/news">新闻</a> <a href="/finance">财经</a> <a href="/tech">科技</a> <a href="/sports">体育</a> <a href="/app">下载客户端</a></div>
<div class="main-content w1000"><div class="article-header"><h1 class="main-title">{escape(story.headline or "")}</h1>
<div class="date-source">{when} {source} <span class="share">分享到：<a href="#">微博</a> <a href="#">微信</a></span>
</div></div>
<div class="article" id="article">{_paragraphs(story.lines)}<p class="show_author">责任编辑：{editor}</p></div>
<div class="article-bottom"><div class="keywords">关键词：<a href="#">招商引资</a> <a href="#">项目</a></div></div>
<div class="comment-box" id="comments"><h3>网友评论</h3><p class="tip">已有<em>2</em>条评论，文明上网理性发言</p>
{"".join(f'<div class="comment-item"><span class="user">{p}网友</span><p>{escape(c)}</p><span class="time">1小时前</span></div>' for p, c in zip(["湖北", "浙江"], comments, strict=True))}</div>
<div class="side-bar"><h3>热门推荐</h3><ul>{_links(news[:4])}</ul><h3>24小时排行</h3><ol>{_links(news[4:6])}</ol></div></div>
<div class="page-footer"><p><a href="#">{portal}简介</a> | <a href="#">广告服务</a> | <a href="#">联系我们</a> | <a href="#">招聘信息</a></p>
<p>Copyright &copy; 1996-2021 {portal} All Rights Reserved</p><p>{icp} {police} 互联网新闻信息服务许可证</p></div>
</body></html>"""
    furniture = (
        "下载客户端",
        *comments,
        "文明上网",
        *news,
        "24小时排行",
        "热门推荐",
        f"责任编辑：{editor}",
        "招聘信息",
        icp,
        police,
        "许可证",
    )
    return Wrapped(html, furniture, f"https://news.example-portal.com/c/{rng.randrange(10**8)}.shtml")


@layout("html5_county_portal")
def html5_county_portal(story: Story) -> Wrapped:
    """A newer county portal in HTML5: header, main and footer elements, the headline in a div, info
    items on lines of their own, 上一条/下一条, a 热点排行 column beside the article."""
    rng = _rng(story, "html5")
    place = rng.choice(PLACES)
    site = f"{place}人民政府网"
    news = _pick(rng, OTHER_NEWS, 4)
    icp, police = _numbers(rng)
    when = f"<span>发布时间：{story.published:%Y-%m-%d}</span>\n" if story.published else ""
    body = "".join(f'<p style="text-indent:2em;">{escape(line)}</p>\n' for line in story.lines)
    page_title = f"{story.headline}-{site}" if story.headline else site
    html = f"""{_head(page_title, f'<meta name="keywords" content="{place},政府">')}
<body><header class="site-header"><div class="w1200"><a class="logo" href="/"><img alt="{site}"></a>
<ul class="menu-list"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/bsfw">办事服务</a></li><li><a href="/hdjl">互动交流</a></li></ul></div></header>
<main class="w1200"><div class="crumb-bar">您当前的位置：<a href="/">首页</a> » <a href="/zwgk">政务公开</a> » <a href="/zwgk/jryw">今日要闻</a></div>
<div class="detail-box"><div class="detail-title">{escape(story.headline or "")}</div>
<div class="detail-attr">{when}<span>信息来源：{escape(story.outlet or "县政府办")}</span>
<span>浏览量：<b id="views">{rng.randrange(20, 900)}</b></span>
<span class="fontsize">字号：<a>大</a><a>中</a><a>小</a></span></div>
<div class="detail-body">{body}</div>
<div class="detail-tools"><a onclick="print()">打印</a><a onclick="close()">关闭</a></div>
<div class="detail-prevnext"><p>上一条：<a href="/1">{news[0]}</a></p><p>下一条：<a href="/2">{news[1]}</a></p></div></div>
<div class="side-col"><div class="col-hd">热点排行</div><ol><li><a href="/3">{news[2]}</a></li><li><a href="/4">{news[3]}</a></li></ol></div></main>
<footer><p>主办单位：{place}人民政府办公室　承办单位：{place}政务服务中心</p><p>{icp}　{police}　网站标识码：{rng.randrange(10**9, 10**10)}</p></footer></body></html>"""
    furniture = ("您当前的位置", "浏览量", "字号：大中小", *news, "热点排行", "主办单位", "政务服务中心", icp, police)
    return Wrapped(html, furniture, f"http://www.example-county.gov.cn/zwgk/{rng.randrange(10**6)}.html")


def split_by_digest(names: Iterable[str], salt: str, locked: int = 4) -> tuple[list[str], list[str]]:
    """A round's DEV and LOCKED layouts, by a rule fixed before anything is scored: the `locked` names with the
    smallest SHA-256 digests of `salt` + name are LOCKED (sorted), the others DEV (in their order)."""
    names = list(names)
    chosen = sorted(sorted(names, key=lambda name: hashlib.sha256(f"{salt}{name}".encode()).hexdigest())[:locked])
    return [name for name in names if name not in chosen], chosen
