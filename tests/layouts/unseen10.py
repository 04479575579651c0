"""Twelve more page layouts written blind (round 10): before reading the HTML reader, and fixed against by nobody.

Round 10 is a fresh measure of the reader's headline and furniture rules as they were generalised from the spent
LOCKED layouts of rounds 1 to 9: no fix is written from its misses, DEV10's or LOCKED10's. Each layout is after a
kind of Chinese page met in the wild that the first nine rounds did not draw, weighed toward the headline
competing with text that looks like one, and furniture written as the article's own paragraphs:

- a 统计局 统计分析 page: the headline a `<dt>`, the text a `<dd>` holding a 附件 .xls line and a 责 任 编 辑 line
  with spaces between its characters, 发布日期：2021.1.9 with unpadded dots, 主办单位 in the footer;
- a 发改委 page: the headline `<b>` in a table cell, a 信息公开 index (索引号, 主题分类, 发布机构) above the text,
  【打印本页】【关闭窗口】, a 扫一扫 caption and 相关文件 titles as `<table>` rows after the text;
- a 乡镇 page on a county platform: the headline a `<span>` in a `<div class>`, the date unlabelled in Chinese
  numerals (二〇二一年一月九日), 字号 / 打印 / 分享到 as `<li>`s of a `<ul>` inside the text's container;
- a 招商网 portal: a column name and the headline as `<p>`s of the article's `<header>`, a 导读 box, a 项目库 card
  between paragraphs, 点赞 / 收藏 counts, the date 01-09 09:30 with its year only in the URL, the outlet only in
  og:site_name, a `hidden` login box;
- a 中国日报-like 地方频道 page: a logo `<h1>` with the site's name, an `<h2>` channel name over the `<h1>`
  headline inside `<article>`, 来源｜作者｜责任编辑 after `｜`s, `<time>` without datetime, a 专题 `<aside>` between
  paragraphs, a 相关阅读 `<aside>` and 打开APP阅读全文 inside the article;
- an older 数字报 article view: 引题, headline and 副题 as `<td>`s of one table, the issue's date with 星期, 第A03版
  with 上一版/下一版, a byline row, 本版其他文章, the paper's name only in the logo's alt;
- a 机关党建 page: the headline in `<font size=5>`, an `<h2>` column name, 2021.01.09, a 【专题】 teaser between
  paragraphs, 审核 · X and 编辑 · Y, an editor's note in brackets and a vote as the text's own `<p>`s;
- a Traditional-script portal reprinting a mainland report: 【內地財經】 in the `<h1>` before the headline,
  發佈時間 and 來源 labels, 責任編輯, 【列印】【關閉】【返回頂部】 and 相關新聞 titles as the text's `<p>`s;
- a 中新网-like 地方 page: a picture whose alt and caption word the event otherwise, 【编辑:X】 and a 声明 as the
  text's last `<p>`s, a 下一篇 teaser after it, the `<title>` the channel's name only;
- a 商会 site on a 建站 platform: the headline an `<h4>`, the text's first paragraph in `<strong>`, the date in
  ASP.NET's 2021/1/9 9:30:00 form, 【收藏】【打印】【关闭】 and 上一条/下一条 as `<table>` rows inside the article;
- a 投资贸易洽谈会 event site: the fair's name in the `<h1>`, an `<h3>` column name, the headline a `role=heading
  aria-level=2` div, a countdown, 新闻来源：, a 投票 and a 扫一扫 关注 line as the text's own `<p>`s;
- a 人民网-like 地方频道 page: the `<title>` headline--channel--site, 2021年01月09日09:30 run into 来源, a
  `display:none` 手机看 box, 分享让更多人看到, (责编：X、Y) and 推荐阅读 `<li>`s inside the text's container.

The split is fixed by a rule set before anything was scored: the six layouts whose names have the smallest SHA-256
digests of "round 10/" + name are `LOCKED10`, the other six `DEV10`; both are scored once, by the integrator.
"""

from __future__ import annotations

import datetime as dt
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
    _numbers,
    _pick,
    _rng,
    headline_html,
    layout,
    split_by_digest,
    time_on_day,
)
from layouts.unseen4 import _paras
from layouts.unseen5 import REVIEWERS, _site_id

UNSEEN10: dict[str, Layout] = {}
REPORTERS = ["龚海涛", "蒋文博", "叶青青", "韩立新"]
PROVINCES = {"浙江": "zj", "安徽": "ah", "江西": "jx", "湖北": "hb"}
TRADITIONAL_EDITORS = ["陳嘉欣", "黃志偉", "林美玲"]
TRADITIONAL_NEWS = ["全縣安全生產大檢查工作部署會召開", "城區老舊小區改造工程順利完工", "教育局召開新學期教學工作會議"]
CN_DIGITS = "〇一二三四五六七八九"
WEEKDAYS = "一二三四五六日"


def unseen10(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN10)


def _joined(parts: list[str], gap: str = "　") -> str:
    return gap.join(part for part in parts if part)


def _same_class(lines: list[str], css: str = "") -> str:
    """Lines as the text's own `<p>`s: the same element and class as every paragraph of the article."""
    attribute = f' class="{css}"' if css else ""
    return "\n".join(f"<p{attribute}>{line}</p>" for line in lines)


def _halves(lines: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The text cut after its second paragraph, where pages put a box between paragraphs."""
    cut = min(2, len(lines))
    return lines[:cut], lines[cut:]


def _cn_numerals(day: dt.date | None) -> str:
    """二〇二一年一月九日: the date as 乡镇 pages and 落款 print it, every digit a numeral."""
    if day is None:
        return ""
    year = "".join(CN_DIGITS[int(digit)] for digit in str(day.year))
    return f"{year}年{_cn_number(day.month)}月{_cn_number(day.day)}日"


def _cn_number(value: int) -> str:
    tens, units = divmod(value, 10)
    if tens == 0:
        return CN_DIGITS[units]
    return ("十" if tens == 1 else CN_DIGITS[tens] + "十") + (CN_DIGITS[units] if units else "")


def _aspnet_moment(day: dt.date | None, rng: random.Random) -> str:
    """2021/1/9 9:30:00: a DateTime as ASP.NET sites print it by default, month, day and hour unpadded."""
    shown = time_on_day(day, "%Y/%m/%d %H:%M:%S", rng)
    if not shown:
        return ""
    date, clock = shown.split(" ")
    year, month, mday = date.split("/")
    return f"{year}/{int(month)}/{int(mday)} {clock.removeprefix('0')}"


# ---------------------------------------------------------------- government and party sites


@unseen10("tongjiju_dt_headline_spaced_editor")
def tongjiju_dt_headline_spaced_editor(story: Story) -> Wrapped:
    """A 统计局 统计分析 page: the headline a `<dt>`, the text a `<dd>` whose last `<p>`s are a 附件 .xls line and
    责 任 编 辑 with spaces between its characters, 发布日期：2021.1.9, 主办单位 in the footer."""
    rng = _rng(story, "tongjiju_dt")
    place = rng.choice(PLACES)
    site = f"{place}统计局"
    editor = rng.choice(EDITORS)
    when = f"{story.published.year}.{story.published.month}.{story.published.day}" if story.published else ""
    views = f"阅读次数：{rng.randrange(40, 3000)}"
    info = _joined([f"发布日期：{when}" if when else "", f"来源：{escape(story.outlet or site)}", views])
    sheet = f"{place}2021年1-12月主要统计指标.xls"
    tail = ["附件：", sheet, f"责 任 编 辑：{editor}"]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>统计分析_{site}</title></head><body>
<div class="logo"><img src="/images/logo.png" alt="{site}"><span>{site}</span></div>
<div class="nav"><a href="/">首页</a><a href="/tjsj/">统计数据</a><a href="/tjfx/">统计分析</a>
<a href="/tjgb/">统计公报</a></div>
<div class="crumb">首页 &gt; 统计数据 &gt; 统计分析</div>
<dl class="tjfx"><dt>{headline_html(story)}</dt>
<dd class="info">{info}</dd>
<dd class="content">{_paras(story.lines)}
{_same_class(tail)}</dd></dl>
<div class="side"><h4>数据发布</h4><ul><li>月度数据</li><li>季度数据</li><li>年度数据</li></ul></div>
<div class="foot">主办单位：{site}　承办：{place}统计信息中心　{_numbers(rng)[0]}</div></body></html>"""
    furniture = (views, sheet, f"责 任 编 辑：{editor}", "月度数据季度数据年度数据", "主办单位", "统计信息中心")
    return Wrapped(html, furniture, f"http://tjj.example-gov10.cn/tjfx/{rng.randrange(10**6)}.html")


@unseen10("fagaiwei_b_cell_index_rows")
def fagaiwei_b_cell_index_rows(story: Story) -> Wrapped:
    """A 发改委 page: the <title> the commission's name, a 信息公开 index above the text (索引号, 主题分类, 发布机构),
    the headline `<b>` in a table cell, 【打印本页】【关闭窗口】, a 扫一扫 caption and 相关文件 titles as rows of the
    text's own table after it."""
    rng = _rng(story, "fagaiwei_b_cell")
    place = rng.choice(PLACES)
    site = f"{place}发展和改革委员会"
    index_no = f"FGW-{rng.randrange(10**5, 10**6)}-2021-{rng.randrange(10, 99)}"
    issuer = escape(story.outlet) if story.outlet else site
    dated = f"{story.published:%Y-%m-%d}" if story.published else ""
    index = (
        f"<tr><td>索引号：</td><td>{index_no}</td><td>主题分类：</td><td>国民经济管理、国有资产监管</td></tr>"
        f"<tr><td>发布机构：</td><td>{issuer}</td><td>发布日期：</td><td>{dated}</td></tr>"
    )
    news = _pick(rng, OTHER_NEWS, 2)
    rows = ["【打印本页】【关闭窗口】", "扫一扫在手机上查看当前页面", "相关文件：", *news]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site}</title></head><body>
<div class="top"><img src="/img/logo.png" alt="{site}"><span>{site}</span></div>
<div class="pos">当前位置：首页 &gt; 信息公开 &gt; 发展规划</div>
<table class="xxgk-index" width="100%">{index}</table>
<table width="100%" class="article"><tr><td align="center"><b>{headline_html(story)}</b></td></tr>
<tr><td class="zw">{_paras(story.lines)}</td></tr>
{"".join(f"<tr><td>{row}</td></tr>" for row in rows)}</table>
<div class="foot">{site}主办　{_site_id(rng)}</div></body></html>"""
    furniture = (index_no, "主题分类", "国民经济管理", "打印本页", "关闭窗口", "扫一扫在手机上查看当前页面", *news)
    return Wrapped(html, furniture, f"http://fgw.example-gov10.cn/xxgk/{rng.randrange(10**6)}.html")


@unseen10("xiangzhen_span_title_tool_list")
def xiangzhen_span_title_tool_list(story: Story) -> Wrapped:
    """A 乡镇 page on its county's platform: the <title> town_county, the headline a `<span>` in a `<div class>`,
    the date unlabelled in Chinese numerals, 字号 / 打印 / 分享到 as `<li>`s of a `<ul>` inside the text's div."""
    rng = _rng(story, "xiangzhen_span")
    county = rng.choice(PLACES)
    town = rng.choice(["白沙镇", "河口镇", "新桥乡", "柳溪镇"])
    meta = _joined(
        [f"<span>{_cn_numerals(story.published)}</span>", f"<span>来源：{escape(story.outlet or town)}</span>"]
    )
    share = "分享到：微信 微博 QQ空间"
    tools = ["【字号：大 中 小】", "【打印】", share]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{town}_{county}人民政府</title></head><body>
<div class="header"><img src="/logo.png" alt="{county}人民政府"><div class="town-name">{town}</div></div>
<div class="nav"><a href="/">首页</a><a href="/zqgk/">镇情概况</a><a href="/zwgk/">政务公开</a>
<a href="/gzdt/">工作动态</a></div>
<div class="crumb">您所在的位置：首页 &gt; 乡镇街道 &gt; {town} &gt; 工作动态</div>
<div class="art"><div class="art-title"><span>{headline_html(story)}</span></div>
<div class="art-meta">{meta}</div>
<div class="art-body">{_paras(story.lines)}
<ul class="art-tools">{"".join(f"<li>{tool}</li>" for tool in tools)}</ul></div></div>
<div class="footer">主办单位：{county}人民政府办公室　承办：{town}人民政府　{_numbers(rng)[0]}</div></body></html>"""
    furniture = ("镇情概况", "字号：大中小", share, "主办单位", f"承办：{town}人民政府")
    return Wrapped(html, furniture, f"http://www.example-county10.gov.cn/xzjd/{rng.randrange(10**6)}.html")


@unseen10("jiguan_dangjian_font_vote")
def jiguan_dangjian_font_vote(story: Story) -> Wrapped:
    """A 机关党建 page: an `<h2>` column name, the headline in `<font size=5>`, 2021.01.09, a 【专题】 teaser between
    paragraphs, then 审核 · X and 编辑 · Y, an editor's note in brackets and a vote as the text's own `<p>`s."""
    rng = _rng(story, "jiguan_font")
    place = rng.choice(PLACES)
    site = f"{place}机关党建网"
    when = f"{story.published:%Y.%m.%d}" if story.published else ""
    info = _joined([when, f"来源：{escape(story.outlet)}" if story.outlet else ""])
    teaser = "【专题】深入开展“营商环境提升年”活动"
    reviewed, edited = f"审核 · {rng.choice(REVIEWERS)}", f"编辑 · {rng.choice(EDITORS)}"
    note = f"（本文系{site}原创稿件，引用请注明）"
    vote = "您认为本文对您有帮助吗？　有帮助　一般　没帮助"
    first, rest = _halves(story.lines)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site}</title></head><body>
<div class="top"><img src="/dj/logo.png" alt="{site}"><span class="slogan">党建引领 机关先行</span></div>
<div class="menu"><a href="/">首页</a><a href="/jgdj/">机关党建</a><a href="/mfjg/">模范机关</a>
<a href="/djzs/">党建知识</a></div>
<div class="lm"><h2>机关党建</h2></div>
<div class="article"><div class="bt" align="center"><font size="5" color="#c00000">{headline_html(story)}</font></div>
<div class="sj" align="center">{info}</div>
<div class="nr">{_paras(first)}
{_same_class([teaser])}
{_paras(rest)}
{_same_class([f"{reviewed}　{edited}", note, vote])}</div></div>
<div class="foot">{site}　中共{place}直属机关工作委员会主办</div></body></html>"""
    furniture = (
        "党建引领机关先行",
        "模范机关",
        teaser,
        reviewed,
        edited,
        note,
        "您认为本文对您有帮助吗",
        "直属机关工作委员会",
    )
    return Wrapped(html, furniture, f"http://www.example-dj10.gov.cn/jgdj/{rng.randrange(10**6)}.html")


@unseen10("xiaqiahui_aria_heading_countdown")
def xiaqiahui_aria_heading_countdown(story: Story) -> Wrapped:
    """A 投资贸易洽谈会 event site: the fair's name in the `<h1>`, an `<h3>` column name, the headline a div with
    role=heading aria-level=2, a countdown, 新闻来源：, a 投票 and a 扫一扫 关注 line as the text's own `<p>`s."""
    rng = _rng(story, "xiaqiahui_aria")
    place = rng.choice(PLACES)
    fair = f"2021中国·{place[:2]}投资贸易洽谈会"
    countdown = f"距开幕还有{rng.randrange(3, 60)}天"
    when = f"{story.published:%Y-%m-%d}" if story.published else ""
    sub = _joined([f"<span>{when}</span>" if when else "", f"<span>新闻来源：{escape(story.outlet or fair)}</span>"])
    vote = "投票：您最关注本届大会的哪个板块？　产业合作　项目签约　人才引进"
    follow = "扫一扫 关注大会官方微信"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{fair}</title></head><body>
<div class="banner"><h1>{fair}</h1><p class="en">China Investment and Trade Fair</p>
<div class="countdown">{countdown}</div></div>
<div class="nav"><a href="/">首页</a><a href="/dhgk/">大会概况</a><a href="/dhdt/">大会动态</a>
<a href="/jbyc/">嘉宾议程</a><a href="/bm/">报名参会</a></div>
<div class="main"><h3 class="col">大会动态</h3>
<div class="detail"><div role="heading" aria-level="2" class="dt-title">{headline_html(story)}</div>
<div class="dt-sub">{sub}</div>
<div class="dt-body">{_paras(story.lines)}
{_same_class([vote, follow])}</div></div></div>
<div class="foot">洽谈会组委会办公室　{_numbers(rng)[0]}</div></body></html>"""
    furniture = (
        "China Investment and Trade Fair",
        countdown,
        "大会概况",
        "嘉宾议程报名参会",
        vote,
        follow,
        "洽谈会组委会办公室",
    )
    return Wrapped(html, furniture, f"https://www.example-fair10.cn/dhdt/{rng.randrange(10**5)}.html")


# ---------------------------------------------------------------- portals, newspapers and media


@unseen10("zhaoshang_portal_header_p_card")
def zhaoshang_portal_header_p_card(story: Story) -> Wrapped:
    """A 招商网 portal: a column name and the headline as `<p>`s of the article's `<header>`, a 导读 box, a 项目库
    card between paragraphs, 点赞 / 收藏 counts, 01-09 09:30 with the year only in the URL, the outlet only in
    og:site_name, a `hidden` login box."""
    rng = _rng(story, "zhaoshang_header_p")
    portal = "中国招商投资网"
    place = rng.choice(PLACES)
    when = time_on_day(story.published, "%m-%d %H:%M", rng)
    views = f"{rng.randrange(100, 9000)}人浏览"
    lead = "导读：一批产业链上下游项目集中落地，签约总额再创新高。"
    project = f"{place[:2]}智能制造产业园标准厂房招商项目"
    card = [
        "项目库",
        project,
        f"投资额：{rng.randrange(2, 30)}亿元　合作方式：独资/合资",
        f"所在地：{place}　<a href='#'>我要咨询</a>",
    ]
    counts = f"点赞 {rng.randrange(1, 300)}　收藏 {rng.randrange(0, 50)}"
    first, rest = _halves(story.lines)
    site_name = escape(story.outlet) if story.outlet else portal
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>招商动态 - {portal}</title>
<meta property="og:site_name" content="{site_name}"></head><body>
<header class="site"><a class="logo" href="/"><img src="/logo.png" alt="{portal}"></a>
<nav><a href="/">首页</a><a href="/xmk/">项目库</a><a href="/zc/">招商政策</a><a href="/zn/">投资指南</a></nav></header>
<div class="wrap"><article class="news">
<header><p class="column">招商动态</p><p class="news-title">{headline_html(story)}</p>
<p class="news-meta">{_joined([when, views])}</p></header>
<div class="daodu">{lead}</div>
<div class="news-body">{_paras(first)}
<div class="xmk-card">{_same_class(card)}</div>
{_paras(rest)}
{_same_class([counts])}</div></article>
<div class="login-mask" hidden><p>登录后查看项目联系方式</p></div></div>
<footer>{portal}　{_numbers(rng)[0]}</footer></body></html>"""
    furniture = (
        "招商政策",
        "投资指南",
        views,
        lead,
        project,
        "合作方式：独资/合资",
        "我要咨询",
        counts,
        "登录后查看项目联系方式",
    )
    year = f"{story.published.year}/{story.published:%m%d}/" if story.published else ""
    return Wrapped(html, furniture, f"https://www.example-zsw10.cn/zsdt/{year}{rng.randrange(10**6)}.html")


@unseen10("chinadaily_article_asides")
def chinadaily_article_asides(story: Story) -> Wrapped:
    """A 中国日报-like 地方频道 page: a logo `<h1>` with the site's name, an `<h2>` channel name over the `<h1>`
    headline in `<article>`, 来源｜作者｜责任编辑 after `｜`s, `<time>` without datetime, a 专题 `<aside>` between
    paragraphs, a 相关阅读 `<aside>` and 打开APP阅读全文 inside the article."""
    rng = _rng(story, "chinadaily_asides")
    site = "中国晨报网"
    province = rng.choice(sorted(PROVINCES))
    reporter, editor = f"作者：{rng.choice(REPORTERS)}", f"责任编辑：{rng.choice(EDITORS)}"
    when = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    parts = [f"来源：{escape(story.outlet)}" if story.outlet else "", reporter, editor]
    info = "｜".join(part for part in parts if part) + (f"｜<time>{when}</time>" if when else "")
    topic = f"专题：{province}优化营商环境进行时"
    news = _pick(rng, OTHER_NEWS, 3)
    first, rest = _halves(story.lines)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{province}频道 - {site}</title></head><body>
<header class="top"><h1 class="logo"><a href="/"><img src="/logo.png" alt="{site}">{site}</a></h1>
<nav><a href="/">首页</a><a href="/difang/">地方</a><a href="/caijing/">财经</a></nav>
<a class="app" href="#">下载客户端</a></header>
<main><article><h2 class="channel">地方频道 · {province}</h2>
<h1>{headline_html(story)}</h1>
<div class="info">{info}</div>
{_paras(first)}
<aside class="topic"><p>{topic}</p></aside>
{_paras(rest)}
<aside class="related"><p>相关阅读</p>{_same_class(news)}</aside>
<p class="open-app">打开APP阅读全文</p></article></main>
<footer>{site}版权所有</footer></body></html>"""
    furniture = (reporter, editor, topic, "相关阅读", *news, "下载客户端", "打开APP阅读全文")
    return Wrapped(html, furniture, f"https://{PROVINCES[province]}.example-cd10.com/a/{rng.randrange(10**8)}.html")


@unseen10("epaper_td_stack_banci")
def epaper_td_stack_banci(story: Story) -> Wrapped:
    """An older 数字报 article view in tables: 引题, headline and 副题 as `<td>`s, the issue's date with 星期, 第A03版
    with 上一版/下一版, a byline row, 本版其他文章, the paper's name only in the logo's alt."""
    rng = _rng(story, "epaper_td_stack")
    paper = escape(story.outlet) if story.outlet else "东江日报"
    issue = f"{story.published:%Y年%m月%d日} 星期{WEEKDAYS[story.published.weekday()]}" if story.published else ""
    kicker = "坚持项目为王　狠抓招商引资" if story.headline else ""
    deck = "——重大项目集中签约现场侧记" if story.headline else ""
    reporter, correspondent = rng.sample(REPORTERS, 2)
    byline = f"本报记者 {reporter}　通讯员 {correspondent}"
    news = _pick(rng, OTHER_NEWS, 3)
    others = "".join(f'<tr><td><a href="#">{title}</a></td></tr>' for title in news)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>数字报</title></head><body>
<table width="100%"><tr><td><img src="/epaper/logo.gif" alt="{paper}"></td><td align="right">{issue}</td></tr></table>
<table class="banci"><tr><td>第A03版：要闻　<a href="#">上一版</a>　<a href="#">下一版</a></td></tr></table>
<table width="760" class="art"><tr><td class="font02" align="center">{kicker}</td></tr>
<tr><td class="font01" align="center">{headline_html(story)}</td></tr>
<tr><td class="font02" align="center">{deck}</td></tr>
<tr><td class="font6" align="center">{byline}</td></tr>
<tr><td class="content">{_paras(story.lines)}</td></tr></table>
<table width="100%" class="ban-list"><tr><td>本版其他文章</td></tr>{others}</table>
<table width="100%"><tr><td>本报版权所有　未经授权不得转载</td></tr></table></body></html>"""
    furniture = (byline, "第A03版：要闻 上一版 下一版", "本版其他文章", *news, "本报版权所有")
    if story.headline:
        furniture += (kicker, deck)
    return Wrapped(html, furniture, f"http://epaper.example-dj10.com/html/content_{rng.randrange(10**6)}.htm")


@unseen10("traditional_reprint_tagged_h1")
def traditional_reprint_tagged_h1(story: Story) -> Wrapped:
    """A Traditional-script portal reprinting a mainland report: 【內地財經】 in the `<h1>` before the headline,
    發佈時間 and 來源 labels, 責任編輯, 【列印】【關閉】【返回頂部】 and 相關新聞 titles as the text's own `<p>`s."""
    rng = _rng(story, "traditional_reprint")
    site = "香江財經網"
    editor = f"責任編輯：{rng.choice(TRADITIONAL_EDITORS)}"
    when = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    info = _joined([f"發佈時間：{when}" if when else "", f"來源：{escape(story.outlet)}" if story.outlet else ""])
    tail = [editor, "【列印】【關閉】【返回頂部】", "相關新聞", *TRADITIONAL_NEWS[:2]]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site} - 內地財經</title></head><body>
<div class="top"><img src="/logo.png" alt="{site}"><span class="lang">繁體 | 简体</span></div>
<div class="crumb">首頁 &gt; 內地財經 &gt; 正文</div>
<div class="article"><h1><span class="tag">【內地財經】</span>{headline_html(story)}</h1>
<div class="info">{info}</div>
<div class="content">{_paras(story.lines)}
{_same_class(tail)}</div></div>
<div class="foot">版權所有 © {site} 不得轉載</div></body></html>"""
    furniture = (editor, "列印", "關閉", "返回頂部", "相關新聞", *TRADITIONAL_NEWS[:2], "內地財經", "不得轉載")
    return Wrapped(html, furniture, f"https://www.example-hk10.com/mainland/{rng.randrange(10**7)}.html")


@unseen10("zhongxin_alt_caption_editor_bracket")
def zhongxin_alt_caption_editor_bracket(story: Story) -> Wrapped:
    """A 中新网-like 地方 page: the <title> the channel's name only, a picture whose alt and caption word the event
    otherwise, 【编辑:X】 and a 声明 as the text's last `<p>`s, a 下一篇 teaser after it."""
    rng = _rng(story, "zhongxin_alt")
    province = rng.choice(sorted(PROVINCES))
    place = rng.choice(PLACES)
    when = time_on_day(story.published, "%Y年%m月%d日 %H:%M", rng)
    info = _joined([when, f"来源：{escape(story.outlet)}" if story.outlet else "", "<a href='#'>参与互动</a>"])
    caption = f"资料图：{place}经济开发区一角"
    editor = f"【编辑:{rng.choice(EDITORS)}】"
    statement = "本网站所刊载信息，不代表中新讯社和中新讯网观点。刊用本网站稿件，务经书面授权。"
    teaser = f"下一篇：{rng.choice(OTHER_NEWS)}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{province}新闻-中国新讯网</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/df/">地方</a><a href="/cj/">财经</a></div>
<div class="content"><h1 style="display:block;text-align:center">{headline_html(story)}</h1>
<div class="left-t">{info}</div>
<div class="left_zw"><p style="text-align:center"><img src="/2021/pic.jpg" alt="{caption}"></p>
<p style="text-align:center">{caption}</p>
{_paras(story.lines)}
{_same_class([editor, statement])}</div>
<div class="next">{teaser}</div></div>
<div class="foot">关于我们 | About us | 联系我们</div></body></html>"""
    furniture = ("参与互动", caption, editor, "不代表中新讯社和中新讯网观点", teaser, "关于我们")
    return Wrapped(html, furniture, f"https://www.example-zx10.com/df/{rng.randrange(10**6)}.shtml")


@unseen10("shanghui_h4_strong_lead_table_tools")
def shanghui_h4_strong_lead_table_tools(story: Story) -> Wrapped:
    """A 商会 site on a 建站 platform: the headline an `<h4>`, the text's first paragraph in `<strong>`, the date in
    ASP.NET's 2021/1/9 9:30:00 form, 【收藏】【打印】【关闭】 and 上一条/下一条 as `<table>` rows inside the article."""
    rng = _rng(story, "shanghui_h4")
    province = rng.choice(sorted(PROVINCES))
    place = rng.choice(PLACES)
    site = f"{province}{place}商会"
    moment = _aspnet_moment(story.published, rng)
    info = _joined([f"发布时间：{moment}" if moment else "", f"来源：{escape(story.outlet)}" if story.outlet else ""])
    lead = f"<p><strong>{escape(story.lines[0])}</strong></p>" if story.lines else ""
    news = _pick(rng, OTHER_NEWS, 2)
    rows = ["【收藏】【打印】【关闭】", f"上一条：{news[0]}", f"下一条：{news[1]}"]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>商会动态-{site}</title></head><body>
<div class="w-header"><img src="/upload/logo.png" alt="{site}"><ul><li>商会简介</li><li>会员风采</li>
<li>入会申请</li></ul></div>
<div class="w-news"><h4 class="news-title">{headline_html(story)}</h4>
<div class="news-info">{info}</div>
<div class="news-text">{lead}{_paras(story.lines[1:])}
<table class="news-tools">{"".join(f"<tr><td>{row}</td></tr>" for row in rows)}</table></div></div>
<div class="w-foot">{site}　技术支持：云帆建站</div></body></html>"""
    furniture = (
        "会员风采",
        "入会申请",
        "收藏打印关闭",
        f"上一条：{news[0]}",
        f"下一条：{news[1]}",
        "技术支持：云帆建站",
    )
    return Wrapped(html, furniture, f"http://www.example-sh10.com/news/show-{rng.randrange(10**5)}.aspx")


@unseen10("renmin_local_hidden_box_zebian")
def renmin_local_hidden_box_zebian(story: Story) -> Wrapped:
    """A 人民网-like 地方频道 page: the <title> headline--channel--site, 2021年01月09日09:30 run into 来源, a
    `display:none` 手机看 box, 分享让更多人看到, (责编：X、Y) and 推荐阅读 `<li>`s inside the text's container."""
    rng = _rng(story, "renmin_local")
    province = rng.choice(sorted(PROVINCES))
    channel = f"{province}频道"
    when = time_on_day(story.published, "%Y年%m月%d日%H:%M", rng)
    source = f"来源：<a href='#'>{escape(story.outlet)}</a>" if story.outlet else ""
    info = " | ".join(part for part in [when, source] if part)
    zebian = f"(责编：{rng.choice(EDITORS)}、{rng.choice(REVIEWERS)})"
    news = _pick(rng, OTHER_NEWS, 3)
    page_title = f"{headline_html(story)}--{channel}--人民日网" if story.headline else f"{channel}--人民日网"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{page_title}</title></head><body>
<div class="top"><a href="/"><img src="/img/logo.png" alt="人民日网"></a>
<span>人民日网 &gt;&gt; {channel} &gt;&gt; 原创稿件</span></div>
<div class="d2txt"><h1>{headline_html(story)}</h1>
<div class="d2txt_1">{info}</div>
<div class="d2txt_con">
<div class="mobile" style="display:none"><p>手机看{channel}</p></div>
{_paras(story.lines)}
<p class="share">分享让更多人看到</p>
{_same_class([zebian], "edit")}
<ul class="tjyd"><li>推荐阅读</li>{"".join(f"<li>{title}</li>" for title in news)}</ul></div></div>
<div class="foot">人民日网版权所有，未经书面授权禁止使用</div></body></html>"""
    furniture = ("原创稿件", f"手机看{channel}", "分享让更多人看到", zebian, "推荐阅读", *news, "未经书面授权禁止使用")
    return Wrapped(
        html, furniture, f"http://{PROVINCES[province]}.example-rm10.com/n2/2021/{rng.randrange(10**7)}.html"
    )


DEV10, LOCKED10 = split_by_digest(UNSEEN10, "round 10/", locked=6)
