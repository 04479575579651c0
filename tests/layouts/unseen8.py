"""Twelve more page layouts written blind (round 8): before reading the HTML reader.

Each is after a kind of Chinese page met in the wild that the first seven rounds did not draw, weighed toward
what their locked sets found weakest, the date and the outlet, then the headline: a 信息公开目录 detail page of
another CMS (a `<dl>` index: 发布机构, 成文日期 before 发布日期 in 2021/01/09 form, a later 更新时间, 浏览次数; an h1
holding the site's name, the <title> headline_某某县人民政府); a 极目新闻-like app share page (the time shown as
01-09 09:30 with the year only in a JSON-LD datePublished, a 记者/通讯员 byline, 稿源：X closing the text, 热门
推荐 items with 01-07 times); a Zhihu-like column post (the column's name over the h1, the author an organisation
account named unlabelled, 发布于 3天前 at the top and the absolute 发布于 date with IP 属地 at the bottom); a 新浪
mirror whose text is split over two `<div>`s by an ad (article:published_time, the source an unlabelled link, 新浪's
own name in og:site_name and the <title>); a 投资促进局 page (招商项目 cards with their own 发布日期 above the article,
the <title> the column's name, the headline a div, 信息来源 and 发布日期 as labels and values in separate table
cells); a 开发区管委会 page (a 最新动态 list with 2021.01.12-style dates before the article, 时间：2021.01.09, 稿源：,
摄影： and 编辑： on one line, a column h2 over the h3 headline, the crumb ending in the headline); an AMP-like page
(the date only in og:release_date, an editor in `<meta name="Author">`, 本文来源于X closing the text, amp-ad);
a 企业官网 news page (发布时间：2021.01.09, 作者, 出处：X, 浏览次数, the company as logo alt and <title> suffix); a
WeChat article page (the date only as epoch seconds in a script's `var ct`, an empty publish_time, the account's
name in `#js_name`, an author in the meta line); a 人大 page whose text is one `<pre>` (发布日期：2021年01月09日,
作者单位 before 来源：, the h1 the site's name); a 澎湃新闻 article (a column link over the h1, a 记者 byline,
2021-01-09 09:30 来源：X, 责任编辑/图片编辑/校对, 相关推荐 with short times, ©2014-2024 in the footer); and a 政协
page (a picture slide with another headline's caption over the article, the <title> the site and column, 转自X,
a 供图 line and a 责任单位 after the text).

The split is fixed by a rule set before anything was scored: the four layouts whose names have the smallest
SHA-256 digests of "round 8/" + name are `LOCKED8` (never fixed against, scored once as a whole at the end);
the other eight are `DEV8`, from whose misses fixes to the reader may be written.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from html import escape

from layouts.families import (
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
    split_by_digest,
    time_on_day,
)
from layouts.unseen4 import _cn_padded, _later, _paras
from layouts.unseen5 import _site_id

UNSEEN8: dict[str, Layout] = {}
REPORTERS = ["徐志远", "韩晓雪", "蒋文博", "沈佳怡"]
COMPANIES = ["东江产业园开发集团有限公司", "云岭城市建设投资有限公司"]
BEIJING = dt.timezone(dt.timedelta(hours=8))


def unseen8(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN8)


def _joined(parts: list[str], gap: str = "　") -> str:
    return gap.join(part for part in parts if part)


def _earlier(day: dt.date | None, rng: random.Random) -> dt.date | None:
    return day - dt.timedelta(days=rng.randrange(2, 20)) if day else None


def _near_dates(day: dt.date | None, rng: random.Random, count: int) -> list[dt.date]:
    """Dates of other items in a list: a few days either side of the story's, never the story's own."""
    anchor = day or dt.date(2021, 6, 1)
    offsets = rng.sample([-9, -6, -4, -2, 1, 3, 5, 8], count)
    return [anchor + dt.timedelta(days=offset) for offset in offsets]


def _dated_items(titles: list[str], dates: list[dt.date], form: str) -> str:
    return "".join(
        f'<li><a href="/news/{i}.html">{escape(t)}</a><span class="date">{d.strftime(form)}</span></li>'
        for i, (t, d) in enumerate(zip(titles, dates, strict=True))
    )


# ---------------------------------------------------------------- government portals


@unseen8("xxgk_dl_index_updated")
def xxgk_dl_index_updated(story: Story) -> Wrapped:
    """A 信息公开目录 detail page of another CMS: an h1 holding the site's name, a `<dl>` index (索引号, 发布机构,
    成文日期 before 发布日期 in 2021/01/09 form, a later 更新时间, 浏览次数), the headline a div, the <title>
    headline_某某县人民政府, 附件 and a footer with a copyright year range."""
    rng = _rng(story, "xxgk_dl")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    issuer = escape(story.outlet) if story.outlet else f"{place}人民政府办公室"
    index_no = f"{rng.randrange(10**10, 10**11)}/2021-{rng.randrange(10000, 99999)}"
    written, updated = _earlier(story.published, rng), _later(story.published, rng)
    views = f"浏览次数：{rng.randrange(100, 5000)}"
    rows = [("索引号", index_no), ("主题分类", "综合政务/其他"), ("发布机构", issuer)]
    if story.published:
        rows += [("成文日期", f"{written:%Y/%m/%d}"), ("发布日期", f"{story.published:%Y/%m/%d}")]
        rows += [("更新时间", f"{updated:%Y/%m/%d} 16:05")]
    rows += [("文号", "无"), ("有效性", "有效")]
    index = "".join(f"<dt>{label}：</dt><dd>{value}</dd>" for label, value in rows)
    page_title = f"{headline_html(story)}_{site}" if story.headline else site
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{page_title}</title></head><body>
<div class="header"><h1 class="site-name">{site}</h1><p class="site-en">The People's Government of {place}</p></div>
<div class="nav"><a href="/">首页</a><a href="/xxgk/">政府信息公开</a><a href="/xxgk/zfxxgkml/">信息公开目录</a></div>
<div class="position">您所在位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; 信息公开目录</div>
<div class="xxgk-detail"><dl class="xxgk-index">{index}</dl>
<div class="xxgk-title">{headline_html(story)}</div>
<div class="xxgk-tools"><span>{views}</span><span>【<a href="#">打印</a>】【<a href="#">关闭</a>】</span></div>
<div class="xxgk-content">{_paras(story.lines)}</div>
<div class="xxgk-fj">附件：<a href="/fj/1.docx">相关表格下载.docx</a></div></div>
<div class="footer"><p>Copyright © 2012-2024 {site} 版权所有</p><p>{_site_id(rng)}</p></div></body></html>"""
    furniture = ("您所在位置", index_no, "综合政务/其他", views, "相关表格下载", "版权所有", "The People's Government")
    return Wrapped(html, furniture, f"http://www.example-xxgk8.gov.cn/xxgk/zfxxgkml/{rng.randrange(10**6)}.html")


@unseen8("touzi_project_cards")
def touzi_project_cards(story: Story) -> Wrapped:
    """A 投资促进局 page: an h1 holding the bureau's name, 招商项目 cards with their own 发布日期 above the article,
    the <title> the column's name, the headline a div, 信息来源 and 发布日期 as labels and values in separate table
    cells, 点击数 in a third pair."""
    rng = _rng(story, "touzi_cards")
    place = rng.choice(PLACES)
    bureau = f"{place}投资促进局"
    dates = _near_dates(story.published, rng, 3)
    projects = ["新能源电池材料产业园项目", "冷链物流集散中心项目", "文旅康养综合体项目"]
    amounts = ["总投资 12 亿元", "总投资 5.6 亿元", "总投资 8 亿元"]
    cards = "".join(
        f'<div class="xm-card"><h4>{p}</h4><p>{a}</p><p>发布日期：{d:%Y-%m-%d}</p></div>'
        for p, a, d in zip(projects, amounts, dates, strict=True)
    )
    cells = []
    if story.outlet:
        cells += [f"<td class='lb'>信息来源</td><td>{escape(story.outlet)}</td>"]
    if story.published:
        cells += [f"<td class='lb'>发布日期</td><td>{story.published:%Y-%m-%d}</td>"]
    clicks = rng.randrange(50, 900)
    cells += [f"<td class='lb'>点击数</td><td>{clicks}</td>"]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>工作动态 - {bureau}</title></head><body>
<div class="head"><h1><img src="/logo.png" alt="">{bureau}</h1><div class="hotline">招商热线：0571-8{rng.randrange(10**6, 10**7)}</div></div>
<div class="nav"><a href="/">首页</a><a href="/tzhj/">投资环境</a><a href="/zsxm/">招商项目</a><a href="/gzdt/">工作动态</a></div>
<div class="xm-list"><div class="xm-hd">招商项目速递</div>{cards}</div>
<div class="article"><div class="art-title">{headline_html(story)}</div>
<table class="art-info"><tr>{"".join(cells)}</tr></table>
<div class="art-body">{_paras(story.lines)}</div></div>
<div class="footer">{bureau} 地址：{place}行政中心B座</div></body></html>"""
    furniture = ("招商热线", "招商项目速递", *projects, *amounts, "点击数", "行政中心B座")
    return Wrapped(html, furniture, f"http://tzcj.example-invest8.gov.cn/gzdt/{rng.randrange(10**6)}.html")


@unseen8("kaifaqu_latest_above")
def kaifaqu_latest_above(story: Story) -> Wrapped:
    """A 开发区管委会 page: a 最新动态 list of items dated 2021.01.12 before the article, a column h2 over the h3
    headline, the crumb ending in the headline, 时间：2021.01.09, then 稿源：X, 摄影：Y and 编辑：Z on one line."""
    rng = _rng(story, "kaifaqu_latest")
    place = rng.choice(PLACES)
    zone = f"{place[:2]}经济技术开发区"
    news = _pick(rng, OTHER_NEWS, 4)
    dates = _near_dates(story.published, rng, 4)
    photographer, editor = rng.sample(REPORTERS, 2)
    crumb_end = headline_html(story) if story.headline else "正文"
    info = _joined(
        [
            f"时间：{story.published:%Y.%m.%d}" if story.published else "",
            f"稿源：{escape(story.outlet)}" if story.outlet else "",
            f"摄影：{photographer}",
            f"编辑：{editor}",
        ]
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{zone}管理委员会</title></head><body>
<div class="top"><img src="/images/logo.png" alt="{zone}管理委员会"><span>{zone}管理委员会</span></div>
<div class="menu"><a href="/">首页</a><a href="/yqgk/">园区概况</a><a href="/yqdt/">园区动态</a><a href="/tzfw/">投资服务</a></div>
<div class="wrap"><div class="left"><div class="left-hd">最新动态</div><ul>{_dated_items(news, dates, "%Y.%m.%d")}</ul></div>
<div class="right"><div class="crumb">首页 &gt; 园区动态 &gt; {crumb_end}</div>
<h2 class="col-name">园区动态</h2>
<h3 class="news-title">{headline_html(story)}</h3>
<div class="news-info">{info}</div>
<div class="news-content">{_paras(story.lines)}</div></div></div>
<div class="foot">{zone}管理委员会 版权所有 技术支持：{place[:2]}网络科技</div></body></html>"""
    furniture = (*news, f"摄影：{photographer}", f"编辑：{editor}", "园区概况", "投资服务", "网络科技")
    return Wrapped(html, furniture, f"http://www.example-kfq8.gov.cn/yqdt/{rng.randrange(10**6)}.jhtml")


@unseen8("renda_pre_body")
def renda_pre_body(story: Story) -> Wrapped:
    """A 人大 page whose text is one `<pre>`: the h1 the site's name, the headline a div, the <title> the site's name
    and column, 发布日期：2021年01月09日, 作者单位 before 来源：X, a 今天是 date in the top bar."""
    rng = _rng(story, "renda_pre")
    place = rng.choice(PLACES)
    site = f"{place}人大"
    today = f"今天是：{dt.date(2024, 3, rng.randrange(1, 28)):%Y年%m月%d日}"
    unit = f"作者单位：{place}人大常委会办公室"
    info = _joined(
        [
            f"发布日期：{_cn_padded(story.published)}" if story.published else "",
            unit,
            f"来源：{escape(story.outlet)}" if story.outlet else "",
        ]
    )
    text = "\n\n".join(escape(line) for line in story.lines)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site}网--人大动态</title></head><body>
<div class="topbar">{today}　<a href="#">设为首页</a> <a href="#">联系我们</a></div>
<h1 class="logo">{site}</h1>
<div class="nav"><a href="/">首页</a><a href="/rddt/">人大动态</a><a href="/lfgz/">立法工作</a><a href="/dbgz/">代表工作</a></div>
<div class="content"><div class="bt">{headline_html(story)}</div>
<div class="info">{info}</div>
<pre class="zw">{text}</pre></div>
<div class="foot">{site}常委会办公室主办 {_numbers(rng)[0]}</div></body></html>"""
    furniture = (today, "设为首页", "立法工作", "代表工作", unit, "常委会办公室主办")
    return Wrapped(html, furniture, f"http://www.example-rd8.gov.cn/rddt/{rng.randrange(10**6)}.htm")


@unseen8("zhengxie_slide_caption")
def zhengxie_slide_caption(story: Story) -> Wrapped:
    """A 政协 page: a picture slide whose caption is another headline over the article, the <title> the site and
    column, the headline a bold p, 发布时间：2021年01月09日 09:30 and 转自X, a 供图 line and a 责任单位 after the text."""
    rng = _rng(story, "zhengxie_slide")
    place = rng.choice(PLACES)
    site = f"{place}政协"
    caption = rng.choice(OTHER_NEWS)
    when = time_on_day(story.published, "%Y年%m月%d日 %H:%M", rng)
    info = _joined([f"发布时间：{when}" if when else "", f"转自{escape(story.outlet)}" if story.outlet else ""])
    credit = f"供图：{place}政协办公室"
    duty = f"责任单位：{place}政协宣传信息中心"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site}网--委员履职</title></head><body>
<div class="logo"><img src="/logo.png" alt="{site}网"></div>
<div class="slide"><ul><li><img src="/slide/1.jpg"><p class="slide-cap">{caption}</p></li></ul><div class="dots"><i></i><i></i><i></i></div></div>
<div class="crumb">当前位置：首页 » 委员履职</div>
<div class="detail"><p class="dtitle"><b>{headline_html(story)}</b></p>
<p class="dinfo">{info}</p>
<div class="dtext">{_paras(story.lines)}</div>
<p class="credit">{credit}</p><p class="duty">{duty}</p></div>
<div class="foot">主办：{site}办公室　{_numbers(rng)[0]}</div></body></html>"""
    furniture = (caption, "委员履职", credit, duty, f"主办：{site}办公室")
    return Wrapped(html, furniture, f"http://www.example-zx8.gov.cn/wylz/{rng.randrange(10**6)}.html")


# ---------------------------------------------------------------- news apps and portals


@unseen8("jimu_share_short_time")
def jimu_share_short_time(story: Story) -> Wrapped:
    """A 极目新闻-like app share page: the time shown as 01-09 09:30 with the year only in a JSON-LD datePublished,
    a 记者/通讯员 byline over the text, 稿源：X closing it, 热门推荐 items with 01-07 times, an 打开APP bar."""
    rng = _rng(story, "jimu_short")
    app = rng.choice(["极目新闻", "上游新闻"])
    reporter, helper = rng.sample(REPORTERS, 2)
    shown = time_on_day(story.published, "%m-%d %H:%M", rng)
    ld = ""
    if story.published:
        stamp = f"{story.published:%Y-%m-%d}T{shown[-5:]}:00+08:00"
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": story.headline or "",
            "datePublished": stamp,
            "publisher": {"@type": "Organization", "name": app},
        }
        ld = f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    byline = f"{app}记者 {reporter} 通讯员 {helper}"
    closing = f'<p class="gaoyuan">稿源：{escape(story.outlet)}</p>' if story.outlet else ""
    news = _pick(rng, OTHER_NEWS, 3)
    hot = "".join(
        f'<li><a href="#">{t}</a><span>{d:%m-%d} 1{i}:0{i}</span></li>'
        for i, (t, d) in enumerate(zip(news, _near_dates(story.published, rng, 3), strict=True))
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{headline_html(story) or app}</title>{ld}</head><body>
<div class="app-bar"><img src="/logo.png" alt="{app}"><span>{app}APP 打开阅读全文</span></div>
<div class="art"><h1 class="art-title">{headline_html(story)}</h1>
<div class="art-meta"><span class="time">{shown}</span><span class="author">{byline}</span></div>
<div class="art-text">{_paras(story.lines)}{closing}</div>
<div class="hot"><h4>热门推荐</h4><ul>{hot}</ul></div></div>
<div class="app-foot">下载{app}客户端 看更多新闻</div></body></html>"""
    furniture = (f"{app}APP 打开阅读全文", byline, "热门推荐", *news, f"下载{app}客户端")
    return Wrapped(html, furniture, f"https://app.example-jimu8.com/share/{rng.randrange(10**8)}.html")


@unseen8("thepaper_column_link")
def thepaper_column_link(story: Story) -> Wrapped:
    """A 澎湃新闻 article: a column link over the h1, a 记者 byline, 2021-01-09 09:30 来源：X on one line, 责任编辑/
    图片编辑/校对 closing the text, 相关推荐 with short times, ©2014-2024 in the footer."""
    rng = _rng(story, "thepaper_column")
    reporter, editor, proof = rng.sample(REPORTERS, 3)
    when = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    source = f"来源：{escape(story.outlet)}" if story.outlet else "来源：澎湃新闻"
    news = _pick(rng, OTHER_NEWS, 3)
    related = "".join(
        f'<li><a href="#">{t}</a><p><span>澎湃新闻</span><span>{d:%m-%d}</span></p></li>'
        for t, d in zip(news, _near_dates(story.published, rng, 3), strict=True)
    )
    credits = f"责任编辑：{editor}　图片编辑：{rng.choice(EDITORS)}　校对：{proof}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story) or "澎湃新闻"}_澎湃新闻-The Paper</title></head><body>
<div class="header"><a href="/"><img src="/logo.png" alt="澎湃新闻"></a><a href="#">下载客户端</a><a href="#">登录</a></div>
<div class="news"><div class="news-path"><a href="/list_25462">中国政库</a></div>
<h1 class="news-title">{headline_html(story)}</h1>
<div class="news-about"><p class="by">澎湃新闻记者 {reporter}</p><p>{when}　{source}</p></div>
<div class="news-txt">{_paras(story.lines)}</div>
<p class="credits">{credits}</p>
<div class="news-rel"><h3>相关推荐</h3><ul>{related}</ul></div></div>
<div class="footer">澎湃新闻报料：021-962866 澎湃新闻，未经授权不得转载 ©2014-2024 上海东方报业有限公司</div></body></html>"""
    furniture = (
        "中国政库",
        f"澎湃新闻记者 {reporter}",
        credits,
        "相关推荐",
        *news,
        "澎湃新闻报料",
        "上海东方报业有限公司",
    )
    return Wrapped(html, furniture, f"https://www.example-thepaper.cn/newsDetail_forward_{rng.randrange(10**8)}")


@unseen8("sina_mirror_split_by_ad")
def sina_mirror_split_by_ad(story: Story) -> Wrapped:
    """A 新浪 mirror whose text is split over two `<div>`s by an ad: article:published_time and a shown
    2021年01月09日 09:30, the source an unlabelled link, 新浪's own name in og:site_name and the <title>,
    责任编辑：X SF001 closing the text, a 新浪财经APP bar."""
    rng = _rng(story, "sina_split")
    when = time_on_day(story.published, "%Y年%m月%d日 %H:%M", rng)
    meta = '<meta property="og:site_name" content="新浪网">'
    if story.published:
        meta += f'<meta property="article:published_time" content="{story.published:%Y-%m-%d}T{when[-5:]}:00+08:00">'
    source = (
        f'<a class="source ent-source" href="https://example.com/">{escape(story.outlet)}</a>' if story.outlet else ""
    )
    half = (len(story.lines) + 1) // 2
    editor = f"责任编辑：{rng.choice(EDITORS)} SF00{rng.randrange(1, 9)}"
    news = _pick(rng, OTHER_NEWS, 3)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story) or "新浪财经"}_新浪财经_新浪网</title>{meta}</head><body>
<div class="top-bar"><a href="/">新浪首页</a><a href="#">新闻</a><a href="#">财经</a><a href="#">新浪财经APP</a></div>
<div class="main"><h1 class="main-title">{headline_html(story)}</h1>
<div class="date-source"><span class="date">{when}</span>{source}</div>
<div class="article" id="artibody">{_paras(story.lines[:half])}</div>
<div class="ad-box"><ins class="sinaads" data-ad-pdps="PDPS000000056054"></ins><p>广告</p><p>新浪财经APP 全球实时行情</p></div>
<div class="article article-2">{_paras(story.lines[half:])}</div>
<p class="article-editor">{editor}</p>
<div class="related"><h4>相关阅读</h4><ul>{_links(news)}</ul></div></div>
<div class="footer">新浪简介 | 广告服务 | Copyright © 1996-2024 SINA Corporation</div></body></html>"""
    furniture = ("新浪首页", "全球实时行情", editor, "相关阅读", *news, "SINA Corporation")
    return Wrapped(html, furniture, f"https://finance.example-sina.com.cn/roll/doc-{rng.randrange(10**9)}.shtml")


@unseen8("zhihu_column_post")
def zhihu_column_post(story: Story) -> Wrapped:
    """A Zhihu-like column post: the column's name over the h1, the author an organisation account named unlabelled
    with its own 已认证 line, 发布于 3天前 at the top and 发布于 2021-01-09 09:30・IP 属地浙江 at the bottom,
    赞同 and 评论 buttons, 推荐阅读 titles, the <title> headline - 知言."""
    rng = _rng(story, "zhihu_column")
    author = escape(story.outlet) if story.outlet else rng.choice(REPORTERS)
    column = "招商引资观察"
    bottom = time_on_day(story.published, "发布于 %Y-%m-%d %H:%M・IP 属地浙江", rng)
    top = f"发布于 {rng.randrange(2, 6)}天前" if story.published else ""
    votes = f"赞同 {rng.randrange(10, 400)}"
    comments = f"{rng.randrange(2, 60)} 条评论"
    news = _pick(rng, OTHER_NEWS, 3)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story) or column} - 知言</title></head><body>
<header class="AppHeader"><a href="/">知言</a><input placeholder="搜索"><a href="#">写文章</a></header>
<article class="Post-Main"><div class="ColumnLink">{column}</div>
<h1 class="Post-Title">{headline_html(story)}</h1>
<div class="AuthorInfo"><img class="Avatar" src="/a.jpg"><a class="UserLink-link" href="#">{author}</a>
<div class="AuthorInfo-badge">已认证的官方帐号</div><span class="ContentItem-time-top">{top}</span></div>
<div class="Post-RichText">{_paras(story.lines)}</div>
<div class="ContentItem-time">{bottom}</div>
<div class="ContentItem-actions"><button>{votes}</button><button>{comments}</button><button>分享</button><button>收藏</button></div>
</article><div class="Recommendations"><h3>推荐阅读</h3><ul>{_links(news)}</ul></div></body></html>"""
    furniture = ("写文章", column, "已认证的官方帐号", votes, comments, "推荐阅读", *news)
    if story.published:
        furniture += (top, "IP 属地浙江")
    return Wrapped(html, furniture, f"https://zhuanlan.example-zhiyan.com/p/{rng.randrange(10**9)}")


@unseen8("amp_og_release_date")
def amp_og_release_date(story: Story) -> Wrapped:
    """An AMP-like page: the date only in og:release_date, an editor in `<meta name="Author">`, the <title> the
    mobile site's name, 本文来源于X closing the text, an amp-ad between paragraphs, a 打开网页版 link."""
    rng = _rng(story, "amp_release")
    site = f"{rng.choice(PLACES)[:2]}新闻网"
    editor = rng.choice(EDITORS)
    meta = f'<meta name="Author" content="{editor}"><meta property="og:title" content="{headline_html(story)}">'
    if story.published:
        meta += f'<meta property="og:release_date" content="{time_on_day(story.published, "%Y-%m-%d %H:%M:%S", rng)}">'
    paragraphs = [f"<p>{escape(line)}</p>" for line in story.lines]
    paragraphs.insert(
        min(2, len(paragraphs)), '<amp-ad width="320" height="100" type="adsense"><div>广告位招租</div></amp-ad>'
    )
    closing = f"<p class='from'>本文来源于{escape(story.outlet)}，转载请注明出处</p>" if story.outlet else ""
    html = f"""<!DOCTYPE html><html amp lang="zh"><head><meta charset="utf-8"><title>{site}手机版</title>{meta}
<link rel="canonical" href="https://www.example-amp8.cn/"><style amp-boilerplate>body{{visibility:hidden}}</style></head><body>
<header class="amp-head"><amp-img src="/logo.png" alt="{site}" width="120" height="40"></amp-img><a href="#">打开网页版</a></header>
<article><h1>{headline_html(story)}</h1>{"".join(paragraphs)}{closing}</article>
<footer>{site}手机版 · 返回顶部</footer></body></html>"""
    furniture = ("打开网页版", "广告位招租", "返回顶部") + (("转载请注明出处",) if story.outlet else ())
    return Wrapped(html, furniture, f"https://m.example-amp8.cn/amp/{rng.randrange(10**7)}.html")


@unseen8("enterprise_news_center")
def enterprise_news_center(story: Story) -> Wrapped:
    """A 企业官网 news page: the company as logo alt and <title> suffix, a 新闻中心 h2 over the h3 headline,
    发布时间：2021.01.09, 作者：Y, 出处：X and 浏览次数 on one line, 上一条/下一条, Copyright © 2008-2024 company."""
    rng = _rng(story, "enterprise_news")
    company = rng.choice(COMPANIES)
    author = rng.choice(EDITORS)
    views = f"浏览次数：{rng.randrange(100, 3000)}"
    info = _joined(
        [
            f"发布时间：{story.published:%Y.%m.%d}" if story.published else "",
            f"作者：{author}",
            f"出处：{escape(story.outlet)}" if story.outlet else "出处：本站",
            views,
        ],
        "&nbsp;&nbsp;",
    )
    news = _pick(rng, OTHER_NEWS, 2)
    page_title = f"{headline_html(story)}-{company}" if story.headline else company
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{page_title}</title></head><body>
<div class="header"><a href="/"><img src="/logo.png" alt="{company}"></a><ul class="nav"><li>网站首页</li><li>关于我们</li><li>新闻中心</li><li>联系我们</li></ul></div>
<div class="banner"><img src="/banner.jpg" alt="新闻中心"></div>
<div class="inner"><h2 class="cat">新闻中心</h2>
<h3 class="title">{headline_html(story)}</h3><div class="info">{info}</div>
<div class="body">{_paras(story.lines)}</div>
<div class="prenext"><p>上一条：<a href="#">{news[0]}</a></p><p>下一条：<a href="#">{news[1]}</a></p></div></div>
<div class="footer">Copyright © 2008-2024 {company} 版权所有 {_numbers(rng)[0]}</div></body></html>"""
    furniture = ("关于我们", f"作者：{author}", views, *news, "版权所有")
    return Wrapped(html, furniture, f"https://www.example-corp8.com/news/{rng.randrange(10**5)}.html")


@unseen8("wechat_original_ct")
def wechat_original_ct(story: Story) -> Wrapped:
    """A WeChat article page: the date only as epoch seconds in a script's `var ct`, an empty publish_time em, the
    account's name in `#js_name`, an author in the meta line, 微信扫一扫 and 阅读原文 after the text."""
    rng = _rng(story, "wechat_ct")
    account = escape(story.outlet) if story.outlet else rng.choice(["东江发布", "云岭融媒"])
    author = rng.choice(REPORTERS)
    script = ""
    if story.published:
        moment = dt.datetime.combine(story.published, dt.time(rng.randrange(7, 22), rng.randrange(60)), BEIJING)
        script = f'<script>var ct = "{int(moment.timestamp())}";var nickname = "{account}";</script>'
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story)}</title>
<meta property="og:title" content="{headline_html(story)}"></head><body>
<div class="rich_media"><h1 class="rich_media_title" id="activity-name">{headline_html(story)}</h1>
<div class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{author}</span>
<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">{account}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>
<div class="rich_media_content" id="js_content">{_paras(story.lines)}</div>
<div class="qr">微信扫一扫<br>关注该公众号</div><a id="js_view_source" href="#">阅读原文</a></div>{script}</body></html>"""
    furniture = ("微信扫一扫", "关注该公众号", "阅读原文")
    return Wrapped(html, furniture, f"https://mp.example-weixin.qq.com/s/{rng.randrange(10**12)}")


DEV8, LOCKED8 = split_by_digest(UNSEEN8, "round 8/")
