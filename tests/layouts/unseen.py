"""Fourteen page layouts written blind: before reading the HTML reader or the eleven families.

Each is modelled on a kind of Chinese page that carries such speeches and reports and that the
eleven families of `families.py` do not cover: a 政府网站集约化 platform, 人民网 and 新华网 article
pages, a 百家号-style account page, pages rendered from a framework's state (the body only in a
script), a print-friendly page, a mobile AMP page, a page whose date is only in its URL, a GBK
page laid out in nested tables, a paginated article, an information-disclosure page with
attachments, an English shell around Chinese text, and a 360doc library copy.

They are in two lists. `DEV`: fixes to the reader may be written from their misses. `LOCKED`:
no rule may be written from their misses; they are scored once, as a whole, at the end.
"""

from __future__ import annotations

import datetime as dt
import json
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
    _paragraphs,
    _pick,
    _rng,
    headline_html,
    layout,
    time_on_day,
)

UNSEEN: dict[str, Layout] = {}
ACCOUNTS = ["东江发布", "云岭融媒", "石城新闻", "临川观察", "南湖在线", "北塘之声"]
ATTACHMENTS = ["招商引资项目考核办法", "重点招商项目清单", "产业链招商图谱", "投资促进政策汇编"]


def unseen(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN)


# ---------------------------------------------------------------- government platforms


@unseen("jiyue_platform")
def jiyue_platform(story: Story) -> Wrapped:
    """A province's 集约化 platform: metadata in <meta>, the headline in a plain div, 适老化 bar, QR."""
    rng = _rng(story, "jiyue")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column = rng.choice(COLUMNS)
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    source = escape(story.outlet or site)
    icp, police = _numbers(rng)
    news = _pick(rng, OTHER_NEWS, 4)
    metas = "".join(
        f'<meta name="{name}" content="{value}">'
        for name, value in [
            ("SiteName", site),
            ("SiteDomain", "www.example-jiyue.gov.cn"),
            ("SiteIDCode", str(rng.randrange(10**9, 10**10))),
            ("ColumnName", column),
            ("ColumnType", "政务要闻"),
            ("ArticleTitle", headline_html(story)),
            ("PubDate", stamp),
            ("ContentSource", source),
            ("Keywords", "招商引资"),
        ]
        if value
    )
    title = f"{headline_html(story)}-{site}" if story.headline else site
    info = (f"<span>发布时间：{stamp}</span>" if stamp else "") + f"<span>来源：{source}</span>"
    body = "\n".join(f'<p style="text-indent:2em;">{escape(line)}</p>' for line in story.lines)
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>{metas}
<script src="/static/js/jquery.min.js"></script></head>
<body><div class="topbar"><div class="w1200"><span>欢迎访问{site}门户网站</span>
<a href="#" class="wza">无障碍浏览</a><a href="#" class="old">长者模式</a><a href="#">简体</a><a href="#">繁體</a>
<a href="/login">登录</a><a href="/reg">注册</a></div></div>
<div class="header"><img src="/images/banner.png" alt="{site}"><div class="search"><input placeholder="搜索"></div></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">政民互动</a><a href="/ztzl/">专题专栏</a></div>
<div class="w1200 crumbs"><span>您所在的位置：</span><a href="/">首页</a>&gt;<a href="/zwgk/">政务公开</a>&gt;<a href="#">{column}</a></div>
<div class="w1200 article">
<div class="article-title"><p>{headline_html(story)}</p></div>
<div class="article-info">{info}<span>【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span>
<span class="qrcode">扫一扫在手机打开当前页<img src="/qr.png"></span></div>
<div class="article-content" id="zoom"><ucapcontent>{body}</ucapcontent></div>
<div class="article-fun"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭本页】</a><a href="/jiucuo">【我要纠错】</a></div>
<div class="relevant"><h4>相关稿件</h4><ul>{_links(news)}</ul></div></div>
<div class="footer"><p><a href="/map">网站地图</a> | <a href="/lxwm">联系我们</a> | <a href="/yssm">隐私声明</a></p>
<p>主办：{place}人民政府办公室　运维：{place}大数据中心</p><p>{icp}　{police}</p>
<a href="#"><img src="/dzjg.png" alt="党政机关"></a><a href="#"><img src="/zc.png" alt="政府网站找错"></a></div>
</body></html>"""
    furniture = (
        "无障碍浏览",
        "长者模式",
        "您所在的位置",
        "扫一扫在手机打开当前页",
        "打印本页",
        "关闭本页",
        "我要纠错",
        "相关稿件",
        *news,
        "网站地图",
        "隐私声明",
        icp,
        police,
    )
    return Wrapped(html, furniture, f"http://www.example-jiyue.gov.cn/art/{rng.randrange(10**6)}.html")


@unseen("info_disclosure")
def info_disclosure(story: Story) -> Wrapped:
    """A 政府信息公开 page: 索引号 table with 成文日期 and 发布日期, the body, then an attachment list."""
    rng = _rng(story, "xxgk")
    place = rng.choice(PLACES)
    organ = f"{place}商务局"
    published = story.published
    written = published - dt.timedelta(days=rng.randrange(1, 6)) if published else None
    files = _pick(rng, ATTACHMENTS, 2)
    icp, _ = _numbers(rng)
    rows = [
        ("索引号", f"{rng.randrange(10**7, 10**8)}/2021-{rng.randrange(10**5, 10**6)}"),
        ("主题分类", "综合政务\\其他"),
        ("发布机构", organ),
        ("成文日期", written.strftime("%Y-%m-%d") if written else ""),
        ("发布日期", published.strftime("%Y-%m-%d") if published else ""),
        ("文号", ""),
        ("标题", headline_html(story)),
    ]
    table = "".join(f"<tr><th>{key}：</th><td>{value}</td></tr>" for key, value in rows)
    attachments = "".join(
        f'<li><a href="/upload/{i}.{kind}">{i + 1}.{place}{name}.{kind}</a></li>'
        for i, (name, kind) in enumerate(zip(files, ["docx", "xlsx"], strict=True))
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{place}政府信息公开</title></head>
<body><div class="xxgk-head"><span>{place}政府信息公开</span><a href="/xxgk/znml">信息公开指南</a><a href="/xxgk/ml">信息公开目录</a>
<a href="/xxgk/ysq">依申请公开</a><a href="/xxgk/nb">信息公开年报</a></div>
<div class="xxgk-left"><h3>主动公开目录</h3><ul><li>机构职能</li><li>政策文件</li><li>规划计划</li><li>工作动态</li></ul></div>
<div class="xxgk-right"><table class="xxgk-meta">{table}</table>
<div class="xxgk-title"><h2>{headline_html(story)}</h2></div>
<div class="xxgk-content">{_paragraphs(story.lines)}</div>
<div class="xxgk-attach"><span>附件：</span><ul>{attachments}</ul></div>
<div class="xxgk-tool"><span>扫一扫在手机打开当前页</span><a href="javascript:print()">【打印】</a><a href="javascript:close()">【关闭窗口】</a></div></div>
<div class="footer">{place}人民政府办公室主办　{icp}</div></body></html>"""
    furniture = (
        "信息公开指南",
        "依申请公开",
        "主动公开目录",
        "索引号",
        "主题分类",
        "发布机构",
        "成文日期",
        *(f"{place}{name}" for name in files),
        "扫一扫在手机打开当前页",
        icp,
    )
    return Wrapped(html, furniture, f"http://xxgk.example-county.gov.cn/xxgk/{rng.randrange(10**6)}.html")


# ---------------------------------------------------------------- central papers


@unseen("people_daily")
def people_daily(story: Story) -> Wrapped:
    """人民网: time and 来源 run together in the bar under the h1, 分享到, (责编：…), a long footer."""
    rng = _rng(story, "people")
    channel = rng.choice(["浙江频道", "湖北频道", "江西频道", "安徽频道"])
    stamp = time_on_day(story.published, "%Y年%m月%d日%H:%M", rng)
    source = escape(story.outlet or f"人民网－{channel}")
    editors = "、".join(_pick(rng, EDITORS, 2))
    news = _pick(rng, OTHER_NEWS, 5)
    day = story.published.strftime("%Y-%m-%d") if story.published else ""
    metas = (
        f'<meta name="publishdate" content="{day}">' if day else ""
    ) + f'<meta name="source" content="来源：{source}">'
    title = f"{headline_html(story)}--{channel}--人民网" if story.headline else f"{channel}--人民网"
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="content-type" content="text/html;charset=UTF-8">
<title>{title}</title>{metas}</head>
<body><div class="w1000 top"><a href="http://www.people.com.cn">人民网</a> | <a href="#">人民日报</a> | <a href="#">人民网手机版</a>
<span class="fr"><a href="#">登录</a><a href="#">注册</a></span></div>
<div class="w1000 route"><a href="#">人民网</a>&gt;&gt;<a href="#">{channel}</a>&gt;&gt;<a href="#">原创稿件</a></div>
<div class="main"><div class="col col-1 fl"><div class="rm_txt"><h1>{headline_html(story)}</h1>
<div class="col-1-1 fl">{stamp}{" | " if stamp else ""}来源：<a href="#">{source}</a></div>
<div class="col-1-1 fr"><span>分享到：</span><a class="wb"></a><a class="wx"></a></div>
<div class="rm_txt_con cf">{_paragraphs(story.lines, "　　{}")}
<div class="edit cf">(责编：{editors})</div></div>
<div class="gzh"><p>分享让更多人看到</p><p>关注公众号：人民网财经</p></div></div>
<div class="rm_relevant"><h3>推荐阅读</h3><ul>{_links(news)}</ul></div></div></div>
<div class="footer"><p>人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 网站声明 | 联系我们</p>
<p>人民日报违法和不良信息举报电话：010-65363263　举报邮箱：jubao@people.cn</p>
<p>人民网版权所有，未经书面授权禁止使用</p><p>Copyright &copy; 1997-2021 by www.people.com.cn. all rights reserved</p></div>
</body></html>"""
    furniture = (
        "人民网手机版",
        "原创稿件",
        "分享到",
        f"责编：{editors}",
        "分享让更多人看到",
        "关注公众号",
        "推荐阅读",
        *news,
        "人民日报社概况",
        "举报邮箱",
        "人民网版权所有",
        "all rights reserved",
    )
    dated = f"/n2/{story.published:%Y/%m%d}" if story.published else "/n2"
    return Wrapped(html, furniture, f"http://zj.people.com.cn{dated}/c{rng.randrange(10**5, 10**6)}.html")


@unseen("xinhua")
def xinhua(story: Story) -> Wrapped:
    """新华网: the date split over spans (day, year/month, time) above the headline, 【纠错】, 责任编辑."""
    rng = _rng(story, "xinhua")
    day = story.published
    header = (
        f'<div class="header-time left"><span class="day">{day:%d}</span>'
        f'<span class="year"><em> {day:%Y}</em>/{day:%m}</span><span class="time">{time_on_day(day, "%H:%M:%S", rng)}</span></div>'
        if day
        else ""
    )
    editor = rng.choice(EDITORS)
    news = _pick(rng, OTHER_NEWS, 4)
    url_day = f"/{day:%Y-%m/%d}" if day else ""
    title = f"{headline_html(story)}-新华网" if story.headline else "新华网"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta name="keywords" content="招商"><meta name="description" content="新华网"></head>
<body><div class="topBar"><a href="#">新华网首页</a><a href="#">时政</a><a href="#">地方</a><a href="#">财经</a><a href="#">国际</a>
<a href="#">客户端</a></div>
<div class="header domPC"><div class="header-top clearfix">{header}
<div class="source">来源： {escape(story.outlet or "新华网")}</div></div>
<div class="head-line clearfix"><h1><span class="title">{headline_html(story)}</span></h1>
<div class="pageShare"><div class="setFont">字体：<span class="fontsmall">小</span><span class="fontbig">大</span></div>
<div class="share">分享到：<a class="wx"></a><a class="wb"></a></div></div></div></div>
<div class="main clearfix"><div class="main-left left"><div id="detail"><span id="detailContent">{_paragraphs(story.lines)}</span></div>
<div id="articleEdit"><span class="tiyi1"><a href="#">【纠错】</a></span><span class="editor">【责任编辑:{editor}】</span></div>
<div class="columBox"><div class="col-tit"><span>相关新闻</span></div><ul>{_links(news)}</ul></div></div></div>
<div class="foot"><p>Copyright &copy; 2000-2021 XINHUANET.com　All Rights Reserved.</p><p>制作单位：新华网股份有限公司　版权所有：新华网股份有限公司</p></div>
</body></html>"""
    furniture = (
        "新华网首页",
        "客户端",
        "分享到",
        "纠错",
        f"责任编辑:{editor}",
        "相关新闻",
        *news,
        "XINHUANET",
        "制作单位",
        "版权所有",
    )
    return Wrapped(html, furniture, f"http://www.news.cn/local{url_day}/c_{rng.randrange(10**9, 10**10)}.htm")


# ---------------------------------------------------------------- platforms and apps


@unseen("hao_platform")
def hao_platform(story: Story) -> Wrapped:
    """A 号 page (百家号 style): hashed class names, no h1, an author card, 举报/反馈, 为你推荐."""
    rng = _rng(story, "hao")
    account = story.outlet or rng.choice(ACCOUNTS)
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    province = rng.choice(["浙江", "湖北", "江西", "四川"])
    news = _pick(rng, OTHER_NEWS, 4)
    date_line = f"<span>{stamp}</span>" if stamp else ""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story) or "百家号"}</title>
<meta name="viewport" content="width=device-width"></head>
<body><div id="header"><a href="#">百度首页</a><span class="user"><a href="#">登录</a></span></div>
<div id="ssr-content"><div class="_2LT3C"><div class="sKHSJ">{headline_html(story)}</div>
<div class="_2gGWi"><div class="_2rsmx"><img class="_3R8ws" src="/a.jpg"><div class="_1xuXe">
<p class="_7y5nA">{escape(account)}</p><p class="_2sjh9">{date_line}<span>{province}</span></p></div>
<div class="_1h6yX">+ 关注</div></div></div>
<div data-testid="article"><div class="_18p7x">{_paragraphs(story.lines, '<span class="bjh-p">{}</span>')}</div></div>
<div class="_3FKFL"><span>阅读量{rng.randrange(2, 99)}万</span><span class="_1xAab">举报/反馈</span></div>
<div class="_1vFs0">本文仅代表作者观点，不代表百家号立场。</div></div>
<div class="_3cE8L"><h3>为你推荐</h3><ul>{_links(news)}</ul></div></div>
<div class="footer">&copy;2021 Baidu 使用百度前必读 京ICP证030173号</div></body></html>"""
    furniture = ("百度首页", "阅读量", "举报反馈", "不代表百家号立场", "为你推荐", *news, "使用百度前必读")
    return Wrapped(html, furniture, f"https://baijiahao.example.com/s?id={rng.randrange(10**15, 10**16)}")


def _state_article(story: Story, rng: random.Random, news: list[str]) -> dict:
    content = "".join(f"<p>{escape(line)}</p>" for line in story.lines)
    return {
        "id": rng.randrange(10**8, 10**9),
        "title": story.headline or "",
        "source": story.outlet or "",
        "publishTime": time_on_day(story.published, "%Y-%m-%d %H:%M:%S", rng) or None,
        "content": content,
        "readCount": rng.randrange(100, 50000),
        "recommend": [{"id": i, "title": title} for i, title in enumerate(news)],
    }


@unseen("initial_state")
def initial_state(story: Story) -> Wrapped:
    """A news app's share page (Vue/Nuxt): empty containers, the article in window.__INITIAL_STATE__."""
    rng = _rng(story, "state")
    app = rng.choice(["东江新闻", "云岭融媒", "南湖发布"])
    news = _pick(rng, OTHER_NEWS, 3)
    state = {"article": _state_article(story, rng, news), "user": {"login": False}, "app": {"name": app}}
    blob = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
    # serialize-javascript's escaping, so that no `</script>` ends the blob early
    blob = blob.replace("<", "\\u003C").replace(">", "\\u003E").replace("/", "\\u002F")
    title = story.headline if story.headline and rng.random() < 0.5 else app
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="stylesheet" href="/_nuxt/app.css"></head>
<body><div id="__nuxt"><div id="app"><div class="download-bar"><img src="/logo.png" alt="{app}"><span>{app}客户端</span>
<a class="open" href="#">打开APP</a></div><div class="article"><h1 class="title"></h1><div class="meta"></div>
<div class="content"></div></div><div class="loading">加载中...</div></div></div>
<script>window.__INITIAL_STATE__={blob};(function(){{var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}}());</script>
<script src="/_nuxt/runtime.js" defer></script><script src="/_nuxt/app.js" defer></script></body></html>"""
    furniture = (f"{app}客户端", "打开APP", "加载中", *news)
    return Wrapped(html, furniture, f"https://h5.example-app.cn/news/{state['article']['id']}")


@unseen("next_data")
def next_data(story: Story) -> Wrapped:
    """A Next.js page: the shell in markup, the article only in <script id="__NEXT_DATA__">."""
    rng = _rng(story, "next")
    site = rng.choice(["东江网", "石城新闻网", "临川在线"])
    news = _pick(rng, OTHER_NEWS, 4)
    article = _state_article(story, rng, news)
    data = {
        "props": {"pageProps": {"detail": article, "hotList": [{"title": t} for t in news]}, "__N_SSP": True},
        "page": "/article/[id]",
        "query": {"id": str(article["id"])},
        "buildId": f"{rng.randrange(16**12):012x}",
    }
    blob = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    title = f"{escape(story.headline)} - {site}" if story.headline else site
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta name="next-head-count" content="3"><link rel="preload" href="/_next/static/chunks/main.js" as="script"></head>
<body><div id="__next"><header class="Header_bar__x1"><a href="/">{site}</a><nav><a href="/local">本地</a><a href="/politics">时政</a>
<a href="/economy">经济</a><a href="/video">视频</a></nav></header><main class="Article_page__k2"><div class="Article_skeleton__a9"></div></main>
<aside><h3>24小时热榜</h3><ol></ol></aside><footer>{site} 版权所有 未经授权禁止转载</footer></div>
<script id="__NEXT_DATA__" type="application/json">{blob}</script>
<script src="/_next/static/chunks/main.js" async></script></body></html>"""
    furniture = ("24小时热榜", *news, "未经授权禁止转载")
    return Wrapped(html, furniture, f"https://www.example-next.cn/article/{article['id']}")


@unseen("mobile_amp")
def mobile_amp(story: Story) -> Wrapped:
    """A mobile AMP page: JSON-LD NewsArticle, a relative time shown over <time datetime>, 打开APP."""
    rng = _rng(story, "amp")
    paper = rng.choice(["东江日报", "云岭晚报", "石城日报"])
    moment = time_on_day(story.published, "%Y-%m-%dT%H:%M:%S+08:00", rng)
    news = _pick(rng, OTHER_NEWS, 3)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "publisher": {"@type": "Organization", "name": paper},
    }
    if story.headline:
        ld["headline"] = story.headline
    if moment:
        ld["datePublished"] = moment
    when = f'<time datetime="{moment}">{rng.randrange(2, 23)}小时前</time>' if moment else ""
    cut = max(1, len(story.lines) // 2)
    html = f"""<!doctype html><html amp lang="zh-CN"><head><meta charset="utf-8">
<title>{headline_html(story) or paper}</title><link rel="canonical" href="https://www.example-amp.cn/a/1.html">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body><header class="m-head"><a href="/" class="back">返回</a><span class="logo">掌上{paper}</span><a class="app">打开APP</a></header>
<article class="m-art"><h1 class="m-title">{headline_html(story)}</h1><div class="m-meta"><span>{escape(story.outlet or paper)}</span>{when}</div>
<section class="m-body">{_paragraphs(story.lines[:cut])}<div class="m-more">{_paragraphs(story.lines[cut:])}</div></section>
<div class="m-unfold">展开全文</div><div class="m-open">打开{paper}APP，阅读体验更佳</div></article>
<section class="m-hot"><h3>热门推荐</h3><ul>{_links(news)}</ul></section>
<a class="m-top" href="#">返回顶部</a><footer class="m-foot">{paper}新媒体中心 &copy; 2021 电脑版</footer></body></html>"""
    furniture = (f"掌上{paper}", "打开APP", "展开全文", "阅读体验更佳", "热门推荐", *news, "返回顶部", "电脑版")
    return Wrapped(html, furniture, f"https://m.example-amp.cn/a/{rng.randrange(10**6)}.html")


# ---------------------------------------------------------------- plain and old pages


@unseen("print_page")
def print_page(story: Story) -> Wrapped:
    """A print-friendly page: one table, lines split by <br> and &nbsp; indents, the page's own URL."""
    rng = _rng(story, "print")
    place = rng.choice(PLACES)
    dated = f"/{story.published.year}/{story.published.month}/{story.published.day}" if story.published else ""
    url = f"http://www.example-print.gov.cn/art{dated}/art_{rng.randrange(10**4)}.html"
    day = f"发布日期：{story.published:%Y-%m-%d}　　" if story.published else ""
    lines = "<br>\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{escape(line)}" for line in story.lines)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{headline_html(story) or place}</title>
<style>td{{font-size:14px}}</style></head><body onload="window.print()">
<table width="650" align="center" cellpadding="4"><tr><td align="center" class="title"><b>{headline_html(story)}</b></td></tr>
<tr><td align="center" class="info">{day}来源：{escape(story.outlet or place + "人民政府")}　　作者：</td></tr>
<tr><td><hr size="1"></td></tr><tr><td class="content">{lines}</td></tr><tr><td><hr size="1"></td></tr>
<tr><td class="url">本页网址：{url}</td></tr>
<tr><td align="center"><a href="javascript:window.print()">[打印此页]</a>　<a href="javascript:window.close()">[关闭此页]</a></td></tr>
</table></body></html>"""
    return Wrapped(html, ("本页网址", "打印此页", "关闭此页"), url.replace("/art/", "/print/"))


@unseen("url_date_aspnet")
def url_date_aspnet(story: Story) -> Wrapped:
    """An ASP.NET WebForms news page: __VIEWSTATE, <span id=lblContent>; its date only in its URL."""
    rng = _rng(story, "aspnet")
    place = rng.choice(PLACES)
    item = rng.randrange(10**3, 10**5)
    viewstate = "/wEPDwUK" + "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(180)
    )
    day = story.published
    forms = [
        lambda: f"/xwzx/jryw/{day:%Y%m}/t{day:%Y%m%d}_{item}.html",
        lambda: f"/news/{day:%Y-%m}/{day:%d}/content_{item}.htm",
        lambda: f"/html/{day:%Y}/{day:%m%d}/{item}.shtml",
    ]
    path = rng.choice(forms)() if day else f"/NewsShow.aspx?id={item}"
    news = _pick(rng, OTHER_NEWS, 4)
    icp, _ = _numbers(rng)
    body = "".join(f"<div>{escape(line)}</div>" for line in story.lines)
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{headline_html(story)} {place}融媒体中心
</title></head>
<body><form name="form1" method="post" action="./NewsShow.aspx?id={item}" id="form1">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" /></div>
<div id="top"><a href="/">网站首页</a> | <a href="/news">本地新闻</a> | <a href="/video">视频点播</a> | <a href="/epaper">数字报</a></div>
<table id="main" width="960"><tr><td class="left">
<div class="pos">您现在的位置：<a href="/">首页</a> &gt;&gt; 新闻中心 &gt;&gt; 正文</div>
<span id="lblTitle" class="newstitle">{headline_html(story)}</span>
<div class="newsinfo">作者：<span id="lblAuthor">管理员</span>&nbsp;&nbsp;来源：<span id="lblSource">{escape(story.outlet or "本站")}</span>&nbsp;&nbsp;点击：<span id="lblHits">{rng.randrange(50, 3000)}</span></div>
<span id="lblContent">{body}</span></td>
<td class="right"><div class="box"><div class="boxtit">点击排行</div><ul>{_links(news)}</ul></div></td></tr></table>
<div id="foot">{place}融媒体中心 版权所有 {icp}</div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAgL{item}" /></form></body></html>"""
    furniture = ("网站首页", "视频点播", "您现在的位置", "管理员", "点击排行", *news, icp)
    return Wrapped(html, furniture, f"http://www.example-rmt.cn{path}")


def _gbk_safe(html: str) -> str:
    """Characters GBK cannot hold as numeric references, as a browser submitting a GBK form writes them."""
    return "".join(c if _in_gbk(c) else f"&#{ord(c)};" for c in html)


def _in_gbk(char: str) -> bool:
    try:
        char.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


@unseen("gbk_dongyi")
def gbk_dongyi(story: Story) -> Wrapped:
    """An old 动易-style county site in GBK: tables three deep, <font>, 更新时间 in ASP's own format."""
    rng = _rng(story, "dongyi")
    place = rng.choice(PLACES)
    day = story.published
    stamp = (
        f"{day.year}-{day.month}-{day.day} {rng.randrange(7, 22)}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
        if day
        else ""
    )
    charset = rng.choice(
        ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', '<meta charset="gbk">']
    )
    news = _pick(rng, OTHER_NEWS, 5)
    body = "".join(f'<p>&nbsp;&nbsp;&nbsp;&nbsp;<font size="3">{escape(line)}</font></p>' for line in story.lines)
    info = (
        f"作者：佚名&nbsp;&nbsp;&nbsp;&nbsp;文章来源：{escape(story.outlet or '本站原创')}&nbsp;&nbsp;&nbsp;&nbsp;"
        f'点击数：<script src="/Article/GetHits.asp?ArticleID={rng.randrange(10**4)}"></script>&nbsp;&nbsp;&nbsp;&nbsp;'
        + (f"更新时间：{stamp}" if stamp else "")
    )
    html = f"""<html><head>{charset}<title>{place}信息网--{headline_html(story)}</title>
<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css"></head>
<body leftmargin="0" topmargin="0"><table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/Skin/top.jpg" width="778" height="120"></td></tr>
<tr><td class="menu"><a href="/">网站首页</a> | <a href="/Article/">文章中心</a> | <a href="/Soft/">下载中心</a> | <a href="/Photo/">图片中心</a> | <a href="/GuestBook/">留言本</a></td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="180" valign="top"><table width="100%"><tr><td class="left_title">热门文章</td></tr><tr><td><ul>{_links(news[:3])}</ul></td></tr></table></td>
<td valign="top"><table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="main_path">您现在的位置： <a href="/">{place}信息网</a> &gt;&gt; <a href="/Article/">文章中心</a> &gt;&gt; 正文</td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="5">
<tr><td align="center" class="main_ArticleTitle"><font size="4" color="#ff0000"><b>{headline_html(story)}</b></font></td></tr>
<tr><td align="center" class="Article_tdbgall">{info}</td></tr>
<tr><td class="main_ArticleContent">{body}</td></tr>
<tr><td align="right">【<a href="#">发表评论</a>】【<a href="#">告诉好友</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td><li>上一篇文章：<a href="/Article/1.html">{news[3]}</a></li><li>下一篇文章：<a href="/Article/2.html">{news[4]}</a></li></td></tr>
</table></td></tr></table></td></tr></table>
<table width="778" align="center"><tr><td align="center">版权所有：{place}人民政府　建议使用1024*768分辨率 IE6.0以上浏览器浏览本站</td></tr></table></body></html>"""
    furniture = (
        "下载中心",
        "留言本",
        "热门文章",
        "您现在的位置",
        "作者：佚名",
        "发表评论",
        "告诉好友",
        "打印此文",
        "关闭窗口",
        *news,
        "上一篇文章",
        "建议使用1024",
    )
    return Wrapped(
        _gbk_safe(html),
        furniture,
        f"http://www.example-old.cn/Article/ShowArticle.asp?ArticleID={rng.randrange(10**4)}",
        "gbk",
    )


@unseen("paginated_hidden")
def paginated_hidden(story: Story) -> Wrapped:
    """A local news site paging an article in the browser: parts 2 and 3 hidden, 第1页 共3页 下一页."""
    rng = _rng(story, "pages")
    site = rng.choice(["东江新闻网", "云岭新闻网", "南湖网"])
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M:%S", rng)
    third = max(1, -(-len(story.lines) // 3))
    parts = [story.lines[i : i + third] for i in range(0, len(story.lines), third)] or [()]
    hidden = ' style="display:none"'
    shown = "".join(
        f'<div class="page-part" id="part{i + 1}"{hidden if i else ""}>{_paragraphs(part)}</div>'
        for i, part in enumerate(parts)
    )
    count = len(parts)
    pager = (
        f'<div class="pager"><span>第1页</span><span>共{count}页</span><a href="#">上一页</a>'
        + "".join(f'<a href="#" onclick="showPart({i})">{i}</a>' for i in range(1, count + 1))
        + '<a href="#">下一页</a><a href="#">阅读全文</a></div>'
    )
    editor = rng.choice(EDITORS)
    news = _pick(rng, OTHER_NEWS, 4)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story) or site}_{site}</title></head>
<body><div class="login-pop" style="display:none"><h3>用户登录</h3><input placeholder="手机号"><button>获取验证码</button></div>
<div class="head"><a href="/">{site}</a><a href="/bd/">本地</a><a href="/sh/">社会</a><a href="/ty/">文体</a></div>
<div class="art"><h2 class="art_title">{headline_html(story)}</h2>
<div class="art_info"><span>{stamp}</span><span>{escape(story.outlet or site)}</span><span>编辑：{editor}</span></div>
<div class="art_con">{shown}</div>{pager}</div>
<div class="side"><h4>本地热点</h4><ul>{_links(news)}</ul></div>
<div class="foot">{site} 版权所有 转载请注明出处</div>
<script>function showPart(n){{document.querySelectorAll('.page-part').forEach(function(p,i){{p.style.display=i==n-1?'':'none'}})}}</script>
</body></html>"""
    furniture = (
        "用户登录",
        "获取验证码",
        f"编辑：{editor}",
        "第1页",
        f"共{count}页",
        "下一页",
        "阅读全文",
        "本地热点",
        *news,
        "转载请注明出处",
    )
    return Wrapped(html, furniture, f"http://www.example-news.cn/bd/{rng.randrange(10**6)}.html")


@unseen("english_shell")
def english_shell(story: Story) -> Wrapped:
    """A development zone's bilingual site: English chrome (Home, Source, Date, Print) round a Chinese story."""
    rng = _rng(story, "english")
    zone = rng.choice(["Dongjiang", "Yunling", "Shicheng"])
    day = story.published
    shown = (day.strftime("%Y-%m-%d") if rng.random() < 0.5 else f"{day:%B} {day.day}, {day.year}") if day else ""
    news = _pick(rng, OTHER_NEWS, 3)
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{headline_html(story) or "News"} - {zone} Economic Development Zone</title></head>
<body><div class="top"><a href="/en/">Home</a><a href="/en/about/">About Us</a><a href="/en/invest/">Investment Guide</a>
<a href="/en/news/">News</a><a href="/en/contact/">Contact Us</a><a href="/cn/">中文</a></div>
<div class="crumb">Home &gt; News &gt; Local News</div>
<div class="news-detail"><h3 class="news-title">{headline_html(story)}</h3>
<div class="news-meta">Source: {escape(story.outlet or zone + " EDZ")}{"　Date: " + shown if shown else ""}　Views: {rng.randrange(50, 900)}</div>
<div class="news-text">{_paragraphs(story.lines)}</div>
<div class="news-tool"><a href="javascript:print()">Print</a> | <a href="javascript:close()">Close</a> | Share to: <a class="wx">WeChat</a></div>
<div class="news-more"><h4>Related News</h4><ul>{_links(news)}</ul></div></div>
<div class="bottom">Copyright &copy; 2021 {zone} Economic Development Zone. All Rights Reserved.</div></body></html>"""
    furniture = (
        "About Us",
        "Investment Guide",
        "Contact Us",
        "Local News",
        "Views",
        "Share to",
        "Related News",
        *news,
        "All Rights Reserved",
    )
    return Wrapped(html, furniture, f"http://www.example-edz.cn/en/news/{rng.randrange(10**5)}.html")


@unseen("doc360")
def doc360(story: Story) -> Wrapped:
    """A 360doc-style library copy: 来自 user 《folder》, 转藏 and 献花, the copy's body in td#artContent."""
    rng = _rng(story, "doc360")
    user = rng.choice(["东江老刘", "云岭山人", "石城笔记", "湖畔书屋"])
    folder = rng.choice(["工作总结", "讲话稿", "待分类", "经济"])
    day = story.published
    stamp = f"{day:%Y-%m-%d}" if day else ""
    news = _pick(rng, OTHER_NEWS, 4)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story) or "360doc个人图书馆"}</title></head>
<body><div class="header"><a href="/">360doc个人图书馆</a><a href="#">首页</a><a href="#">阅览室</a><a href="#">馆友</a><a href="#">我的图书馆</a></div>
<div class="a_left"><div class="biaoti"><h2 id="titiletext">{headline_html(story)}</h2></div>
<div class="a_fc"><span class="name">{user}</span>{(" <span>" + stamp + "</span>") if stamp else ""}<span> 发布于{rng.choice(["浙江", "江苏", "四川"])}</span>
<a href="#">+关注</a></div>
<table class="artTable"><tr><td id="artContent" class="article_body">{_paragraphs(story.lines)}</td></tr></table>
<div class="bottom_btn"><a href="#">转藏</a><a href="#">分享</a><a href="#">献花(0)</a><a href="#">+1</a></div>
<div class="lairu">来自: <a href="#">{user}</a> &gt; 《{folder}》</div>
<div class="shengming">以上内容为用户上传的资料，仅供学习参考，版权归原作者所有。</div>
<div class="tuijian"><h3>猜你喜欢</h3><ul>{_links(news)}</ul></div></div>
<div class="footer">&copy;2021 360doc.com 个人图书馆 服务条款</div></body></html>"""
    furniture = (
        "阅览室",
        "我的图书馆",
        "献花",
        f"来自: {user} > 《{folder}》",
        "以上内容为用户上传",
        "猜你喜欢",
        *news,
        "服务条款",
    )
    return Wrapped(
        html,
        furniture,
        f"http://www.example-doc.com/content{day:/%y/%m%d}/{rng.randrange(10**6)}.shtml"
        if day
        else f"http://www.example-doc.com/content/{rng.randrange(10**6)}.shtml",
    )


DEV = ["jiyue_platform", "people_daily", "hao_platform", "initial_state", "print_page", "url_date_aspnet", "gbk_dongyi"]
LOCKED = ["info_disclosure", "xinhua", "next_data", "mobile_amp", "paginated_hidden", "english_shell", "doc360"]
