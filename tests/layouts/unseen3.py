"""Ten more page layouts written blind (round 3): before reading the HTML reader.

They vary what the locked sets of the first two rounds found weakest, each after a kind of Chinese
page met in the wild: what competes with the headline (a column name or a 专题 banner in a bigger
font, a `<title>` of 栏目名_网站名 or 网站名-栏目名-标题, an `og:title` with the site's name as a
suffix, a headline broken by `<br>`, the headline again in a share widget); dates (`发布时间：` in a
`<span>` after 浏览次数, `日期：2021/1/9`, `2021年1月9日 09:30 来源：` run together, a date only in
`meta name="firstpublishedtime"`, a reprint's 原文发布时间 before the page's own); and sources named
only in the text (来源：, 稿源：, 信息来源：, 文章来源：, 作者：某某 来源：某某, （来源：某某） at the end
of the body, 转自：, 本文转自某某公众号).

`DEV3`: fixes to the reader may be written from their misses. `LOCKED3`: never fixed against;
scored once, as a whole, at the end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from builder.clean.clean import clean
from layouts.families import (
    COLUMNS,
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

UNSEEN3: dict[str, Layout] = {}
EDITORS = ["周晓燕", "吴建华", "孙丽娟", "郑国强", "黄海涛", "何静"]
TOPICS = ["优化营商环境专题", "招商引资攻坚年", "项目建设大比武", "高质量发展专栏"]
ACCOUNTS = ["青山发布", "临川微报", "东江观察", "云岭之声"]
# Dates of other news in lists: never the story's, so a reader that takes them is wrong.
LIST_DATES = ["2019-12-03", "2020-05-21", "2018-10-16", "2020-02-27", "2019-03-08"]


def unseen3(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN3)


def _slash_day(day: dt.date | None) -> str:
    """日期：2021/1/9, without leading zeros, as many ASP portals print it."""
    return f"{day.year}/{day.month}/{day.day}" if day else ""


def _cn_day(day: dt.date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def _paras(lines: tuple[str, ...] | list[str], style: str = "") -> str:
    return "\n".join(f"<p{style}>{escape(line)}</p>" for line in lines)


def _dated_links(titles: list[str]) -> str:
    return "".join(
        f'<li><a href="/news/{i}.html">{escape(t)}</a><span>{LIST_DATES[i % len(LIST_DATES)]}</span></li>'
        for i, t in enumerate(titles)
    )


def _source(story: Story, label: str) -> str:
    return f"{label}{escape(story.outlet)}" if story.outlet else ""


def _broken(headline: str) -> str:
    """A long headline broken in two by a <br>, at a comma or colon where it has one, else mid-way."""
    text = escape(headline)
    for mark in ("——", "：", "，", " "):
        at = text.find(mark)
        if 4 <= at < len(text) - 4:
            cut = at + len(mark)
            return f"{text[:cut]}<br>{text[cut:]}"
    half = len(text) // 2
    return f"{text[:half]}<br/>{text[half:]}" if len(text) > 12 else text


# ---------------------------------------------------------------- portals


@unseen3("zhuanti_banner_big_column")
def zhuanti_banner_big_column(story: Story) -> Wrapped:
    """A 专题 page: a banner h1, the column name in a bigger div, the headline a div.title; 栏目名_网站名."""
    rng = _rng(story, "zhuanti")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column = rng.choice(COLUMNS)
    # The topic is furniture: never one the headline itself names, as the reader cleans it (a campaign's own news).
    shown = "".join(line.simplified for line in clean(story.headline or "").lines)
    topic = rng.choice([name for name in TOPICS if name not in shown])
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    icp, police = _numbers(rng)
    news = _pick(rng, OTHER_NEWS, 4)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{column}_{site}</title>
<meta name="keywords" content="{topic},{column}"></head><body>
<div class="zt-banner"><h1 style="font-size:40px">{topic}</h1><p>聚焦项目 服务企业 赋能发展</p></div>
<div class="nav"><a href="/">专题首页</a><a href="#">工作动态</a><a href="#">政策解读</a></div>
<div class="main"><div class="lm-name" style="font-size:30px;font-weight:bold">{column}</div>
<div class="article"><div class="title" style="font-size:22px">{headline_html(story)}</div>
<div class="info"><span>浏览次数：{rng.randrange(50, 5000)}</span>
<span>{"发布时间：" + stamp if stamp else ""}</span><span>{_source(story, "来源：")}</span></div>
<div class="content">{_paras(story.lines)}</div></div>
<div class="more"><h3 style="font-size:24px">专题推荐</h3><ul>{_dated_links(news)}</ul></div></div>
<div class="footer">主办单位：{site}办公室 版权所有：{site} {icp} {police}</div></body></html>"""
    furniture = ("专题首页", "聚焦项目 服务企业 赋能发展", "浏览次数", "专题推荐", *news, icp, police, topic)
    return Wrapped(html, furniture, f"http://www.example-zt.gov.cn/zt/{rng.randrange(10**6)}.html")


@unseen3("title_site_column_headline_br")
def title_site_column_headline_br(story: Story) -> Wrapped:
    """<title>网站名-栏目名-标题; the headline's h1 broken by <br>; 日期：2021/1/9; 信息来源："""
    rng = _rng(story, "site_column")
    place = rng.choice(PLACES)
    site = f"{place}投资促进网"
    column = rng.choice(COLUMNS)
    icp, _ = _numbers(rng)
    news = _pick(rng, OTHER_NEWS, 5)
    title = f"{site}-{column}-{escape(story.headline)}" if story.headline else f"{site}-{column}"
    day = _slash_day(story.published)
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}</title></head><body>
<table width="1000" align="center"><tr><td class="logo"><img src="/images/logo.gif" alt="{site}"></td></tr>
<tr><td class="daohang">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="#">{column}</a></td></tr></table>
<table width="1000" align="center"><tr><td width="720" valign="top">
<h1 class="bt">{_broken(story.headline) if story.headline else ""}</h1>
<div class="xx">{"日期：" + day if day else ""}&nbsp;&nbsp;{_source(story, "信息来源：")}&nbsp;&nbsp;
点击：<script>document.write(318)</script></div>
<div id="zoom">{_paras(story.lines, ' style="text-indent:2em"')}</div>
<div class="gb"><a href="javascript:window.close()">[关闭窗口]</a> <a href="javascript:print()">[打印本页]</a></div>
</td><td width="260" valign="top"><div class="lm">热点推荐</div><ul>{_links(news)}</ul></td></tr></table>
<div class="bottom">Copyright © {site} {icp}</div></body></html>"""
    furniture = ("您现在的位置", "[关闭窗口]", "[打印本页]", "热点推荐", *news, icp, "Copyright")
    return Wrapped(html, furniture, f"http://www.example-tzcj.cn/show.asp?id={rng.randrange(10**5)}")


@unseen3("og_title_suffix_runtogether")
def og_title_suffix_runtogether(story: Story) -> Wrapped:
    """og:title = headline_网站名; shown headline an h2; 2021年1月9日 09:30 来源：X run together."""
    rng = _rng(story, "og_suffix")
    place = rng.choice(PLACES)
    paper = f"{place[:2]}新闻网"
    time_of_day = f" {rng.randrange(7, 22):02d}:{rng.randrange(60):02d}" if story.published else ""
    news = _pick(rng, OTHER_NEWS, 4)
    og = f"{headline_html(story)}_{paper}" if story.headline else paper
    byline = f"{_cn_day(story.published)}{time_of_day}{' ' if story.outlet else ''}{_source(story, '来源：')}"
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta property="og:title" content="{og}"><meta property="og:site_name" content="{paper}">
<title>{og}</title></head><body>
<header class="site"><a class="logo" href="/">{paper}</a><nav><a href="/">首页</a><a href="/xw/">新闻</a>
<a href="/sz/">时政</a><a href="/sh/">社会</a></nav></header>
<main><article><h2 class="art-title">{headline_html(story)}</h2>
<div class="art-meta">{byline}</div>
<div class="art-body">{_paras(story.lines)}</div>
<div class="art-editor">责任编辑：{rng.choice(EDITORS)}</div></article>
<aside><div class="hd">24小时热门</div><ol>{_links(news)}</ol></aside></main>
<footer>{paper}版权所有，未经授权禁止复制或建立镜像</footer></body></html>"""
    furniture = ("24小时热门", *news, "责任编辑", "未经授权禁止复制或建立镜像")
    return Wrapped(html, furniture, f"https://www.example-xww.com/xw/{rng.randrange(10**7)}.shtml")


@unseen3("share_widget_meta_only_date")
def share_widget_meta_only_date(story: Story) -> Wrapped:
    """The headline a p.bt and again in a share widget; the date only in meta firstpublishedtime; 稿源："""
    rng = _rng(story, "share_meta")
    place = rng.choice(PLACES)
    site = f"{place}融媒体中心"
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M:%S", rng)
    meta = f'<meta name="firstpublishedtime" content="{stamp}">' if stamp else ""
    news = _pick(rng, OTHER_NEWS, 4)
    hl = headline_html(story)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">{meta}
<meta name="description" content="{hl}"><title>{hl or site}</title></head><body>
<div class="header"><span class="logo">{site}</span><a href="#">用户登录</a><a href="#">免费注册</a></div>
<div class="container"><p class="bt">{hl}</p>
<div class="ly">{_source(story, "稿源：")}&nbsp;&nbsp;编辑：{rng.choice(EDITORS)}</div>
<div class="share"><span>分享到：</span><a href="#" title="{hl}" data-title="{hl}">微信</a>
<a href="#" title="分享到微博">微博</a><a href="#">QQ空间</a>
<div class="share-card"><b>{hl}</b><em>{site}</em></div></div>
<div class="TRS_Editor">{_paras(story.lines)}</div>
<div class="xg"><h4>相关稿件</h4><ul>{_dated_links(news)}</ul></div></div>
<div class="footer">{site} 版权所有 技术支持：某某网络科技有限公司</div></body></html>"""
    furniture = ("用户登录", "免费注册", "分享到", "QQ空间", "相关稿件", *news, "技术支持")
    return Wrapped(html, furniture, f"http://www.example-rmt.cn/content/{rng.randrange(10**6)}.html")


@unseen3("reprint_original_date_first")
def reprint_original_date_first(story: Story) -> Wrapped:
    """A reprint: 原文发布时间 (days earlier) before the page's own 发布时间; 文章来源： in a table cell."""
    rng = _rng(story, "reprint")
    place = rng.choice(PLACES)
    site = f"{place}发展和改革局"
    column = rng.choice(COLUMNS)
    own = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    earlier = story.published - dt.timedelta(days=rng.randrange(1, 5)) if story.published else None
    original = time_on_day(earlier, "%Y-%m-%d", rng)
    icp, police = _numbers(rng)
    news = _pick(rng, OTHER_NEWS, 4)
    title = f"{headline_html(story)} - {site}" if story.headline else site
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="head"><div class="logo">{site}</div></div>
<div class="location">当前位置：首页 &gt; {column}</div>
<div class="content-box"><div class="ct-title">{headline_html(story)}</div>
<table class="ct-info"><tr>
<td>{"原文发布时间：" + original if original else ""}</td><td>{"发布时间：" + own if own else ""}</td>
<td>{_source(story, "文章来源：")}</td><td>阅读次数：{rng.randrange(10, 3000)}</td></tr></table>
<div class="ct-text">{_paras(story.lines)}</div>
<div class="ct-tools"><a href="#">【我要纠错】</a><a href="#">【打印】</a><a href="#">【关闭】</a></div></div>
<div class="side"><div class="side-hd">最新信息</div><ul>{_dated_links(news)}</ul></div>
<div class="foot">{site} 版权所有 {icp} {police}</div></body></html>"""
    furniture = ("阅读次数", "【我要纠错】", "【打印】", "【关闭】", "最新信息", *news, icp, police)
    return Wrapped(html, furniture, f"http://fgj.example-fg.gov.cn/art/{rng.randrange(10**6)}.html")


@unseen3("author_source_logo_h1")
def author_source_logo_h1(story: Story) -> Wrapped:
    """A logo h1 with the site name, then the column as a big h2, the headline an h3; 作者：某某 来源：某某."""
    rng = _rng(story, "author_source")
    place = rng.choice(PLACES)
    site = f"{place}商务局"
    column = rng.choice(COLUMNS)
    author = rng.choice(EDITORS)
    stamp = time_on_day(story.published, "%Y-%m-%d", rng)
    icp, _ = _numbers(rng)
    news = _pick(rng, OTHER_NEWS, 5)
    byline = f"作者：{author} {_source(story, '来源：')} {'发布日期：' + stamp if stamp else ''}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site}</title></head><body>
<h1 id="logo"><a href="/">{site}</a></h1>
<ul class="menu"><li>首页</li><li>商务动态</li><li>招商引资</li><li>对外贸易</li></ul>
<div class="col"><h2 class="col-title">{column}</h2>
<div class="news-detail"><h3 class="news-title">{headline_html(story)}</h3>
<p class="news-info">{byline}</p>
<div class="news-content">{_paras(story.lines)}</div></div>
<h2 class="col-title">推荐阅读</h2><ul>{_links(news)}</ul></div>
<div class="footer">{site}主办 {icp}</div></body></html>"""
    furniture = ("商务动态", "对外贸易", "推荐阅读", *news, icp)
    return Wrapped(html, furniture, f"http://swj.example-sw.gov.cn/news/{rng.randrange(10**6)}.html")


@unseen3("source_closing_body")
def source_closing_body(story: Story) -> Wrapped:
    """The source only as （来源：某某） closing the body; the headline an h1 after a column-name h1."""
    rng = _rng(story, "closing_source")
    place = rng.choice(PLACES)
    site = f"{place}新闻中心"
    column = rng.choice(COLUMNS)
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    news = _pick(rng, OTHER_NEWS, 4)
    closing = f"<p>（来源：{escape(story.outlet)}）</p>" if story.outlet else ""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{column}-{site}</title></head><body>
<div class="top"><a href="/">{site}</a> | <a href="#">手机版</a> | <a href="#">无障碍</a></div>
<div class="wrap"><h1 class="column-name">{column}</h1>
<h1 class="headline">{headline_html(story)}</h1>
<div class="pub">{'<time datetime="' + stamp[:10] + '">' + stamp + "</time>" if stamp else ""}
<span class="fontsize">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="body">{_paras(story.lines)}
{closing}</div>
<div class="rel"><p>延伸阅读</p><ul>{_dated_links(news)}</ul></div></div>
<div class="bottom">{site} 地址：{place}人民路1号</div></body></html>"""
    furniture = ("手机版", "无障碍", "延伸阅读", *news, "人民路1号")
    return Wrapped(html, furniture, f"http://news.example-xwzx.cn/{column}/{rng.randrange(10**6)}.html")


@unseen3("wechat_zhuanzi_mirror")
def wechat_zhuanzi_mirror(story: Story) -> Wrapped:
    """A portal reposting a 公众号 article: 本文转自X公众号 opening the body, 转自：X in the meta line."""
    rng = _rng(story, "zhuanzi")
    place = rng.choice(PLACES)
    site = f"{place}工业园区"
    account = rng.choice(ACCOUNTS)
    stamp = time_on_day(story.published, "%Y-%m-%d", rng)
    news = _pick(rng, OTHER_NEWS, 4)
    source = escape(story.outlet) if story.outlet else account
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story) or site}</title></head>
<body><div class="hd"><img src="/logo.png" alt="{site}"><span>{site}管委会</span></div>
<div class="bd"><div class="article-title"><span>{headline_html(story)}</span></div>
<div class="article-meta"><em id="publish_time">{stamp}</em> <span>转自：{source}</span></div>
<div class="article-body"><p style="color:#888">本文转自{source}公众号</p>
{_paras(story.lines)}</div>
<div class="qr"><img src="/qr.png" alt=""><p>长按识别二维码关注{site}</p></div>
<div class="list"><div class="t">园区动态</div><ul>{_dated_links(news)}</ul></div></div>
<div class="ft">{site}管委会 版权所有</div></body></html>"""
    furniture = ("长按识别二维码关注", "园区动态", *news)
    return Wrapped(html, furniture, f"http://www.example-gyyq.cn/news/{rng.randrange(10**6)}.html")


@unseen3("mobile_header_column_h1")
def mobile_header_column_h1(story: Story) -> Wrapped:
    """A mobile page: the column name in the header bar's h1, the headline a div.tit; time and 来源 spans."""
    rng = _rng(story, "mobile_col")
    place = rng.choice(PLACES)
    site = f"{place}发布"
    column = rng.choice(COLUMNS)
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    news = _pick(rng, OTHER_NEWS, 3)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{column}</title></head><body>
<header class="bar"><a class="back" href="javascript:history.back()">返回上页</a><h1>{column}</h1>
<a class="home" href="/">回到主页</a></header>
<section class="detail"><div class="tit">{headline_html(story)}</div>
<div class="sub"><span class="time">{stamp}</span><span class="src">{_source(story, "来源：")}</span></div>
<div class="txt">{_paras(story.lines)}</div>
<div class="zan"><span>点赞 {rng.randrange(1, 400)}</span><span>在看</span></div></section>
<section class="more"><h2>猜你喜欢</h2><ul>{_links(news)}</ul></section>
<footer><a href="#">下载{site}APP</a></footer></body></html>"""
    furniture = ("返回上页", "回到主页", "点赞", "猜你喜欢", *news, f"下载{site}APP")
    return Wrapped(html, furniture, f"https://m.example-fb.cn/detail/{rng.randrange(10**7)}")


@unseen3("xinxi_laiyuan_dl")
def xinxi_laiyuan_dl(story: Story) -> Wrapped:
    """A <dl> info block: 标题/发布日期/信息来源 as dt-dd pairs, then the headline again as a bold p."""
    rng = _rng(story, "dl_info")
    place = rng.choice(PLACES)
    site = f"{place}人民政府门户网站"
    column = rng.choice(COLUMNS)
    day = _cn_day(story.published)
    icp, police = _numbers(rng)
    news = _pick(rng, OTHER_NEWS, 4)
    hl = headline_html(story)
    outlet = escape(story.outlet) if story.outlet else ""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site}</title></head><body>
<div class="banner"><img src="/banner.jpg" alt="{site}"></div>
<div class="crumb">首页 / {column} / 详情</div>
<dl class="info"><dt>标　　题：</dt><dd>{hl}</dd><dt>发布日期：</dt><dd>{day}</dd>
<dt>信息来源：</dt><dd>{outlet}</dd><dt>访问量：</dt><dd>{rng.randrange(10, 9000)}</dd></dl>
<div class="article"><p class="h" style="font-weight:bold;text-align:center;font-size:20px">{hl}</p>
{_paras(story.lines, ' style="text-indent:2em"')}</div>
<div class="links"><span>友情链接：</span><ul>{_links(news)}</ul></div>
<div class="foot">{site} 主办：{place}人民政府办公室 {icp} {police}</div></body></html>"""
    furniture = ("访问量", "友情链接", *news, icp, police)
    return Wrapped(html, furniture, f"http://www.example-mh.gov.cn/xxgk/{rng.randrange(10**6)}.html")


DEV3 = [
    "zhuanti_banner_big_column",
    "title_site_column_headline_br",
    "og_title_suffix_runtogether",
    "share_widget_meta_only_date",
    "reprint_original_date_first",
    "author_source_logo_h1",
    "wechat_zhuanzi_mirror",
]
LOCKED3 = ["source_closing_body", "mobile_header_column_h1", "xinxi_laiyuan_dl"]
