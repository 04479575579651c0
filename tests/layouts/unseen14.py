"""Twelve more page layouts written blind (round 14): before reading the HTML reader, and fixed against by nobody.

Round 14 is sealed: it is not scored when written. Once round 13 is spent, whoever next changes the web-page reader
scores it once, both halves, at the end of their work, and fixes nothing from its misses. Each layout is after a
kind of Chinese page met in the wild that rounds 1 to 13 did not draw, weighed toward the headline competing with
text that looks like one, furniture inside the article's own container, and outlets and dates in the forms real
sites give them:

- a 人民日报客户端-like share page: an 打开客户端 strip, a 频道 tag `<p>` over the `<h1>`, the outlet an unlabelled
  span before a 记者 credit and the time in seconds, 本文来源 and 责任编辑 lines as the text's last `<p>`s, 为您推荐
  titles with 评 counts and 热门评论 inside the article;
- a 财新-like paywalled page: an `<h1>`-less logo bar, a column path, a 摘要 box over the text, 来源于 X after the
  date, a 文｜记者 credit, the paywall's 订阅 prompt between the visible paragraphs and the hidden rest, JSON-LD
  whose publisher is the site and whose dateModified is a later day, 责任编辑 | 版面编辑 and a 版权声明 as `<p>`s;
- a 联合早报-like overseas paper's 中国 page: a 中国新闻 `<h2>` over the `<h1>`, 发布/2021年1月9日 9:30 AM and
  更新/ a later day in English hours, the outlet as 文 / X, a 字体 A- A+ and share bar, a 订阅 promo `<div>` between
  paragraphs, 热门新闻 with their own times;
- a 有道云笔记-like share of a web clip: the note's `<h1>` the clipped page's whole `<title>` (headline_column_site),
  创建时间/修改时间 later days, the clip's address, the clipped headline again as a styled `<div>`, the page's own
  info line and 【打印本页】【关闭窗口】 clipped with the text, every paragraph a `<div>`, 保存到我的笔记 and 举报;
- a 东方财富-like finance portal page: 评论(N) in the info bar, 相关股票 quote chips (name, code, price, change) as
  `<p>`s between paragraphs, （文章来源：X） and （原标题：…） closing the text, a 郑重声明 and 责任编辑 after it;
- a 地方广播电视台 video page: a `<video>` whose fallback text is on the page, the headline an `<h2>` led by a
  [column] `<span>`, 发布时间/来源/播放 in a `<font>`, the 新闻文稿 `<br>`-joined with &nbsp; indents between an
  本台记者/摄像 line and an 编辑/审核/终审 line in the same flow, 本期节目 titles with running times;
- a 美篇-like article: a cover picture, the author card (an account that is not the outlet, 美篇号, 关注), the date
  and 阅读/赞 counts, every paragraph a `section` `<div>`, picture captions between them, 文字来源：X closing the
  text, 赞赏, 推荐美篇 titles with 阅读 counts, 打开美篇 strips;
- a mobile news page with the next article preloaded under the asked one: both headlines `<h1>`s of one class in
  `<article>`s of one class, the next one's later date, outlet and paragraph after an 上滑继续阅读 mark;
- a 云招商 platform page rendered by Nuxt: `window.__NUXT__` an IIFE whose arguments hold the headline, the whole
  time, the outlet and an earlier 创建 time, the page showing N天前, the platform's name an `<h1>`, 推荐项目 cards
  with 投资额, an 在线咨询 float;
- a 高校新闻网 page on a WebPlus-like template: the site's name an `<h1>` and the headline `<h1 class=arti_title>`,
  发布者 (a 宣传部 that is not the outlet), 发布时间, 浏览次数 and 来源 as spans of one `<p>`, 撰稿/摄影/审核 as the
  text's last `<p>`, 上一条/下一条 and 【关闭】;
- a 豆瓣日记-like repost: the poster's name and the note's time in seconds in a header, the outlet only in a closing
  （本文转载自X，如有侵权请联系删除）, a 版权归作者 line, 回应/推荐/喜欢, replies with later times, 最新日记 titles;
- a 企业信用 platform's 新闻舆情 detail: a company card `<h1>` (法定代表人, 注册资本, an earlier 成立日期) above the
  headline `<div>`, the outlet unlabelled beside the time and a 积极 tag, 涉及企业/新闻类型 lines, 原文链接 and a
  网络公开信息 note after the text, 相关新闻 with their own dates.

Where a story names no outlet, pages whose kind always names a source show their own (a channel, a station's
频道), listed as furniture.

The split is fixed by a rule set before anything is scored: the six layouts whose names have the smallest SHA-256
digests of "round 14/" + name are `LOCKED14`, the other six `DEV14`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from layouts.families import (
    COMMENTS,
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
from layouts.page_parts import _cn_day, _join, _ps, _script_json, _shifted

UNSEEN14: dict[str, Layout] = {}
NAMES = ["阚志远", "蒯丽萍", "佘建军", "厍婉婷", "隗振华", "郗雅琴"]
COMPANIES = ["东江新材科技", "云岭智能装备", "临川生物医药", "北塘精密电子"]
SUMMARIES = [
    "重大项目集中签约背后，是地方在产业链招商上的新一轮布局。",
    "从拼政策到拼服务，县域招商的打法正在悄然生变。",
    "签约只是第一步，项目能否按期落地投产仍待观察。",
]
NEXT_ARTICLES = [
    ("城乡供水一体化工程通过竣工验收", "工程覆盖十二个行政村，受益群众三万余人，水质检测全部达标。"),
    ("全县秋粮收购工作有序推进", "各收储企业开足马力，累计收购中晚稻一万八千余吨，未出现压级压价现象。"),
]
ACCOUNTS = ["山水间的老周", "青禾乡村记", "晨光里的行者"]
CAPTIONS = ["▲ 现场图片 · 摄影 编辑部", "▲ 资料图 · 图源网络"]


def unseen14(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN14)


def _english_hours(moment: dt.datetime) -> str:
    """9:30 AM: the hour unpadded, in twelve-hour English form."""
    return f"{moment.hour % 12 or 12}:{moment:%M} {'AM' if moment.hour < 12 else 'PM'}"


def _moment(day: dt.date | None, rng) -> dt.datetime | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(rng.randrange(7, 22), rng.randrange(60), rng.randrange(60)))


# ---------------------------------------------------------------- app share pages and news sites


@unseen14("peopleapp_channel_tag_reporter_seconds")
def peopleapp_channel_tag_reporter_seconds(story: Story) -> Wrapped:
    """A 人民日报客户端-like share page: an open-app strip, a 频道 tag over the `<h1>`, the outlet an unlabelled span
    before a 记者 credit and the time in seconds, 本文来源/责任编辑 `<p>`s, 为您推荐 and 热门评论 in the article."""
    rng = _rng(story, "peopleapp")
    province = rng.choice(["浙江", "安徽", "江西", "湖北", "四川"])
    channel = f"人民日报客户端{province}频道"
    reporter = f"记者 {rng.choice(NAMES)}"
    when = time_on_day(story.published, "%Y-%m-%d %H:%M:%S", rng)
    source = escape(story.outlet) if story.outlet else channel
    editor = f"责任编辑：{rng.choice(NAMES)}"
    closing = [f"本文来源：{source}", editor]
    strip = "打开人民日报客户端　阅读体验更佳"
    news = _pick(rng, OTHER_NEWS, 3)
    counts = [f"{rng.randrange(2, 99)}评" for _ in news]
    comments = _pick(rng, COMMENTS, 2)
    recommend = "".join(
        f'<li class="rec-item"><p class="rec-title">{title}</p><span>{count}</span></li>'
        for title, count in zip(news, counts, strict=True)
    )
    replies = "".join(
        f'<div class="comment-item"><p class="nick">网友{i + 1}</p><p class="txt">{escape(c)}</p></div>'
        for i, c in enumerate(comments)
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{headline_html(story)}</title></head><body>
<div class="download-bar"><img src="/static/logo.png" alt=""><span>{strip}</span><a href="#">打开</a></div>
<div class="article"><p class="article-tag">{province}频道</p>
<h1 class="article-title">{headline_html(story)}</h1>
<div class="article-info"><span class="article-source">{source}</span><span class="article-author">{reporter}</span>
<span class="article-time">{when}</span></div>
<div class="article-content">{_ps(story.lines)}
{_ps(closing)}</div>
<div class="recommend"><h3>为您推荐</h3><ul>{recommend}</ul></div>
<div class="comment"><h3>热门评论</h3>
{replies}
</div></div>
<div class="download-bar bottom"><span>{strip}</span></div></body></html>"""
    furniture = (strip, f"{province}频道", reporter, *closing, "为您推荐", *news, *comments)
    if not story.outlet:
        furniture += (channel,)
    return Wrapped(
        html, furniture, f"https://wap.example-peopleapp14.cn/article/{rng.randrange(10**7)}/{rng.randrange(10**7)}"
    )


@unseen14("caixin_paywall_summary_jsonld_publisher")
def caixin_paywall_summary_jsonld_publisher(story: Story) -> Wrapped:
    """A 财新-like paywalled page: a column path, a 摘要 box over the text, 来源于 X after the date, a 文｜记者
    credit, the 订阅 prompt between the visible paragraphs and the hidden rest, JSON-LD naming the site as publisher
    with a later dateModified, 责任编辑 | 版面编辑 and a 版权声明 as `<p>`s."""
    rng = _rng(story, "caixin")
    site = "财闻网"
    summary = f"【{site}】{rng.choice(SUMMARIES)}"
    author = f"文｜记者 {rng.choice(NAMES)}"
    moment = _moment(story.published, rng)
    info = _join(
        [
            f"{moment:%Y年%m月%d日 %H:%M}" if moment else "",
            f"来源于 {escape(story.outlet)}" if story.outlet else "",
        ]
    )
    ld: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.headline or "",
        "publisher": {"@type": "Organization", "name": site},
    }
    if moment:
        ld["datePublished"] = f"{moment:%Y-%m-%dT%H:%M:%S}+08:00"
        ld["dateModified"] = f"{moment + dt.timedelta(days=rng.randrange(1, 6)):%Y-%m-%dT%H:%M:%S}+08:00"
    shown = rng.choice([1, 2])
    wall = ["本文为付费内容，订阅后可阅读全文", "已是会员？登录后继续阅读"]
    editors = f"责任编辑：{rng.choice(NAMES)} | 版面编辑：{rng.choice(NAMES)}"
    rights = f"版权声明：{site}刊载的所有内容，未经授权不得转载、摘编或以其他方式使用。"
    news = _pick(rng, OTHER_NEWS, 3)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{headline_html(story)}_经济频道_{site}</title>
<script type="application/ld+json">{_script_json(ld)}</script></head><body>
<div class="logo-bar"><a href="/"><img src="/img/logo.png" alt="{site}"></a>
<a href="#">订阅</a><a href="#">登录</a></div>
<div class="main"><div class="crumb">经济频道 &gt; 区域经济</div>
<div id="the_content"><h1>{headline_html(story)}</h1>
<div class="artInfo">{info}<span class="author">{author}</span></div>
<div class="subhead">{summary}</div>
<div id="Main_Content_Val" class="text">{_ps(story.lines[:shown])}
<div class="paywall"><p>{wall[0]}</p><a class="btn" href="#">立即订阅</a><p>{wall[1]}</p></div>
<div class="locked" style="display:none">{_ps(story.lines[shown:])}</div>
<p class="editor">{editors}</p>
<p class="rights">{rights}</p></div></div>
<div class="side"><h3>推荐阅读</h3><ul>{"".join(f"<li>{t}</li>" for t in news)}</ul></div></div></body></html>"""
    furniture = (summary, author, *wall, "立即订阅", editors, rights, "推荐阅读", *news, "区域经济")
    return Wrapped(html, furniture, f"https://economy.example-caiwen14.com/2021/{rng.randrange(10**9)}.html")


@unseen14("zaobao_english_hours_update_promo")
def zaobao_english_hours_update_promo(story: Story) -> Wrapped:
    """A 联合早报-like overseas paper's 中国 page: a 中国新闻 `<h2>` over the `<h1>`, 发布/ and a later 更新/ in
    English hours, 文 / X, a 字体 A- A+ and share bar, a 订阅 promo between paragraphs, 热门新闻 with times."""
    rng = _rng(story, "zaobao")
    paper = "南洋早闻"
    published = _moment(story.published, rng)
    updated = _moment(_shifted(story.published, rng.randrange(1, 4)), rng)
    stamps = _join(
        [
            f"发布/{_cn_day(published)} {_english_hours(published)}" if published else "",
            f"更新/{_cn_day(updated)} {_english_hours(updated)}" if updated else "",
        ],
        "　",
    )
    byline = f'<span class="byline">文 / {escape(story.outlet)}</span>' if story.outlet else ""
    tools = "字体 A- A+　分享：Facebook　Twitter　WhatsApp　微信"
    promo = f"订阅{paper}数码版，每日精选新闻直送邮箱"
    cut = min(2, len(story.lines))
    hot = _pick(rng, OTHER_NEWS, 3)
    hot_times = [f"{rng.randrange(1, 12)}小时前" for _ in hot]
    hot_list = "".join(f"<li><a href='#'>{t}</a><time>{w}</time></li>" for t, w in zip(hot, hot_times, strict=True))
    html = f"""<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8">
<title>{headline_html(story)} | {paper}</title></head><body>
<header class="site"><a class="logo" href="/">{paper}</a><nav>即时　新加坡　中国　国际　财经　言论　生活</nav></header>
<main><div class="article-header"><h2 class="category">中国新闻</h2>
<h1 class="article-title">{headline_html(story)}</h1>
<div class="article-meta">{byline}<div class="stamps">{stamps}</div></div>
<div class="article-tools">{tools}</div></div>
<div class="article-body">{_ps(story.lines[:cut])}
<div class="inline-promo"><p>{promo}</p><a href="#">立即订阅</a></div>
{_ps(story.lines[cut:])}</div>
<aside class="hot"><h3>热门新闻</h3><ol>{hot_list}</ol></aside></main>
<footer>{paper}报业控股有限公司 版权所有（公司登记号：{rng.randrange(10**8, 10**9)}）</footer></body></html>"""
    furniture = ("中国新闻", tools, promo, "热门新闻", *hot, "报业控股有限公司", "即时新加坡中国国际财经言论生活")
    if updated:
        furniture += (f"更新/{_cn_day(updated)} {_english_hours(updated)}",)
    return Wrapped(html, furniture, f"https://www.example-nanyang14.sg/news/china/story2021{rng.randrange(10**6)}")


@unseen14("youdao_clip_note_title_suffix")
def youdao_clip_note_title_suffix(story: Story) -> Wrapped:
    """A 有道云笔记-like share of a web clip: the note's `<h1>` the clipped page's whole title (headline_column_site),
    later 创建/修改 times, the clip's address, the headline again as a styled `<div>`, the page's info line and
    【打印本页】【关闭窗口】 clipped with the text, every paragraph a `<div>`, 保存到我的笔记, 举报."""
    rng = _rng(story, "youdao")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    page_title = f"{story.headline}_招商动态_{site}" if story.headline else f"招商动态_{site}"
    first = _shifted(story.published, rng.randrange(3, 90)) or dt.date(2022, 5, 6)
    last = _shifted(story.published, rng.randrange(90, 200)) or dt.date(2022, 9, 1)
    created = time_on_day(first, "%Y-%m-%d %H:%M", rng)
    changed = time_on_day(last, "%Y-%m-%d %H:%M", rng)
    address = f"http://www.example-clip14.gov.cn/zsdt/{rng.randrange(10**6)}.html"
    sharer = f"分享者：{rng.choice(ACCOUNTS)}"
    note_meta = [f"创建时间：{created}", f"修改时间：{changed}", f"来源：{address}", sharer]
    info = _join(
        [
            f"发布时间：{story.published:%Y-%m-%d}" if story.published else "",
            f"信息来源：{escape(story.outlet)}" if story.outlet else "",
        ],
        "&nbsp;&nbsp;&nbsp;",
    )
    body = "\n".join(
        f'<div style="text-indent:2em;line-height:1.8;font-size:16px">{escape(line)}</div>' for line in story.lines
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(page_title)} - 云笔记分享</title></head>
<body><div class="top"><a class="logo" href="#">云笔记</a><a href="#">下载客户端</a><a href="#">登录</a></div>
<div class="note"><h1 class="note-title">{escape(page_title)}</h1>
<div class="note-meta">{"".join(f"<span>{part}</span>" for part in note_meta)}</div>
<div class="note-content"><div>
<div style="font-size:22px;font-weight:bold;text-align:center;color:#0d4a8e">{headline_html(story)}</div>
<div style="text-align:center;color:#666;font-size:12px">{info}</div>
{body}
<div style="text-align:right;font-size:12px">【打印本页】【关闭窗口】</div></div></div>
<div class="note-actions"><a href="#">保存到我的笔记</a><a href="#">举报</a></div></div>
<div class="foot">该笔记由用户分享，内容不代表平台立场</div></body></html>"""
    furniture = (
        f"招商动态_{site}",
        *note_meta[:2],
        sharer,
        "打印本页",
        "关闭窗口",
        "保存到我的笔记",
        "内容不代表平台立场",
        "云笔记分享",
    )
    return Wrapped(html, furniture, f"https://note.example-yun14.com/s/{rng.randrange(16**12):x}")


@unseen14("eastmoney_quote_chips_original_title")
def eastmoney_quote_chips_original_title(story: Story) -> Wrapped:
    """A 东方财富-like finance portal page: 评论(N) in the info bar, 相关股票 quote chips as `<p>`s between
    paragraphs, （文章来源：X） and （原标题：…） closing the text, a 郑重声明 and 责任编辑 after it."""
    rng = _rng(story, "eastmoney")
    site = "财富通网"
    companies = rng.sample(COMPANIES, 2)
    chips = []
    for name in companies:
        code = f"{rng.choice(['600', '603', '002', '300'])}{rng.randrange(100, 999)}"
        price = f"{rng.randrange(5, 80)}.{rng.randrange(10, 99)}"
        change = f"{rng.choice(['+', '-'])}{rng.randrange(0, 9)}.{rng.randrange(10, 99)}%"
        chips.append(f"{name}({code}) {price} {change}")
    when = time_on_day(story.published, "%Y年%m月%d日 %H:%M", rng)
    comments = f"评论({rng.randrange(1, 300)})"
    info = "".join(
        f'<div class="item">{part}</div>'
        for part in [when, f'来源：<a href="#">{escape(story.outlet)}</a>' if story.outlet else "", comments]
        if part
    )
    closing = []
    if story.outlet:
        closing.append(f"（文章来源：{escape(story.outlet)}）")
    if story.headline:
        closing.append(f"（原标题：{escape(story.headline)}）")
    statement = f"郑重声明：{site}发布此信息的目的在于传播更多信息，与本站立场无关。"
    editor = f"责任编辑：{rng.choice(NAMES)}"
    at = min(1, len(story.lines))
    chip_html = "".join(f'<p class="stock-chip"><a href="#">{chip}</a> <a href="#">股吧</a></p>' for chip in chips)
    news = _pick(rng, OTHER_NEWS, 4)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{headline_html(story)}_{site}</title></head><body>
<div class="topnav">{site}首页　行情中心　数据中心　股吧　基金　理财</div>
<div class="main"><div class="newsContent"><h1>{headline_html(story)}</h1>
<div class="infos">{info}</div>
<div id="ContentBody">{_ps(story.lines[:at])}
{chip_html}
{_ps(story.lines[at:])}
{_ps(closing)}</div>
<div class="statement"><p>{statement}</p><p class="res-edit">{editor}</p></div></div>
<div class="sidebar"><h3>相关股票</h3><ul>{"".join(f"<li>{c}</li>" for c in companies)}</ul>
<h3>热门资讯</h3><ul>{"".join(f"<li>{t}</li>" for t in news)}</ul></div></div></body></html>"""
    furniture = (*chips, "行情中心数据中心股吧", comments, statement, editor, "热门资讯", *news)
    return Wrapped(html, furniture, f"https://finance.example-cft14.com/a/2021{rng.randrange(10**12)}.html")


@unseen14("tv_station_video_br_wengao")
def tv_station_video_br_wengao(story: Story) -> Wrapped:
    """A 地方广播电视台 video page: a `<video>` whose fallback text shows, an `<h2>` led by a [column] `<span>`,
    发布时间/来源/播放 in a `<font>`, the 新闻文稿 `<br>`-joined between 本台记者 and 编辑/审核/终审 lines."""
    rng = _rng(story, "tvstation")
    place = rng.choice(PLACES)
    station = f"{place}广播电视台"
    column = f"[{place[:2]}新闻]"
    fallback = "您的浏览器不支持视频播放，请升级浏览器或下载客户端观看"
    channel = f"{place}新闻综合频道"
    when = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    plays = f"播放：{rng.randrange(100, 9000)}次"
    info = _join(
        [f"发布时间：{when}" if when else "", f"来源：{escape(story.outlet or channel)}", plays], "&nbsp;&nbsp;"
    )
    reporters = f"本台记者：{rng.choice(NAMES)}　摄像：{rng.choice(NAMES)}"
    credits = f"编辑：{rng.choice(NAMES)}　审核：{rng.choice(NAMES)}　终审：{rng.choice(NAMES)}"
    flow = "<br>\n".join(
        f"&nbsp;&nbsp;&nbsp;&nbsp;{piece}" for piece in [reporters, *map(escape, story.lines), credits]
    )
    programme = _pick(rng, OTHER_NEWS, 4)
    lengths = [f"0{rng.randrange(0, 4)}:{rng.randrange(10, 59)}" for _ in programme]
    listing = "".join(f"<li><a href='#'>{t}</a><span>{n}</span></li>" for t, n in zip(programme, lengths, strict=True))
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{station}</title></head><body>
<table width="1100" align="center"><tr><td><h1 class="logo">{place}融媒 · {station}</h1></td></tr>
<tr><td class="nav">首页 | 新闻 | 直播 | 点播 | 专题 | 广告</td></tr></table>
<table width="1100" align="center"><tr><td width="760" valign="top">
<div class="player"><video src="/vod/{rng.randrange(10**6)}.mp4" controls>{fallback}</video></div>
<h2 class="video-title"><span class="lm">{column}</span>{headline_html(story)}</h2>
<div class="info"><font color="#999999">{info}</font></div>
<div class="wengao"><h4>新闻文稿</h4><div class="txt">{flow}</div></div></td>
<td width="320" valign="top"><div class="jiemu"><h4>本期节目</h4><ul>
{listing}</ul></div></td></tr></table>
<div class="foot">{station}版权所有　广播电视节目制作经营许可证</div></body></html>"""
    furniture = (fallback, column, plays, "新闻文稿", reporters, credits, "本期节目", *programme, "节目制作经营许可证")
    if not story.outlet:
        furniture += (channel,)
    return Wrapped(
        html, furniture, f"http://www.example-tv14.cn/folder{rng.randrange(100)}/{rng.randrange(10**6)}.html"
    )


@unseen14("meipian_account_card_captions")
def meipian_account_card_captions(story: Story) -> Wrapped:
    """A 美篇-like article: a cover, an author card (an account that is not the outlet, 美篇号, 关注), the date with
    阅读/赞 counts, every paragraph a section `<div>`, captions between them, 文字来源：X last, 赞赏, 推荐美篇."""
    rng = _rng(story, "meipian")
    account = rng.choice(ACCOUNTS)
    number = f"美篇号 {rng.randrange(10**7, 10**8)}"
    counts = [f"阅读 {rng.randrange(200, 20000)}", f"赞 {rng.randrange(5, 500)}"]
    day = f"{story.published:%Y-%m-%d}" if story.published else ""
    captions = list(CAPTIONS)
    sections = []
    for i, line in enumerate(story.lines):
        sections.append(f'<div class="mp-section"><div class="mp-text">{escape(line)}</div></div>')
        if i in (0, 2) and captions:
            sections.append(
                f'<div class="mp-section"><img src="/img/{rng.randrange(10**6)}.jpg" alt="">'
                f'<div class="mp-caption">{captions.pop(0)}</div></div>'
            )
    shown_captions = [c for c in CAPTIONS if c not in captions]
    if story.outlet:
        sections.append(f'<div class="mp-section"><div class="mp-text">文字来源：{escape(story.outlet)}</div></div>')
    reward = "喜欢作者就赞赏一下吧"
    more = _pick(rng, OTHER_NEWS, 3)
    more_counts = [f"{rng.randrange(100, 9000)}阅读" for _ in more]
    strip = "打开美篇，查看更多精彩"
    cards = "".join(
        f'<div class="card"><p>{t}</p><span>{c}</span></div>' for t, c in zip(more, more_counts, strict=True)
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story)}</title></head><body>
<div class="mp-top"><span class="mp-logo">美篇</span><a href="#">{strip}</a></div>
<div class="mp-cover"><img src="/cover/{rng.randrange(10**6)}.jpg" alt=""></div>
<h1 class="mp-title">{headline_html(story)}</h1>
<div class="mp-author"><img class="avatar" src="/a.jpg" alt=""><span class="nickname">{account}</span>
<span class="mpid">{number}</span><a class="follow" href="#">关注</a></div>
<div class="mp-meta"><span>{day}</span>{"".join(f"<span>{c}</span>" for c in counts)}</div>
<div class="mp-article">{"".join(sections)}</div>
<div class="mp-reward"><p>{reward}</p><a href="#">赞赏</a></div>
<div class="mp-more"><h3>推荐美篇</h3>{cards}</div>
<div class="mp-bottom"><a href="#">{strip}</a></div></body></html>"""
    furniture = (account, number, *counts, *shown_captions, reward, "推荐美篇", *more, strip)
    return Wrapped(html, furniture, f"https://www.example-meipian14.cn/{rng.randrange(36**7):x}")


@unseen14("mobile_next_article_preloaded")
def mobile_next_article_preloaded(story: Story) -> Wrapped:
    """A mobile news page with the next article preloaded under the asked one: both headlines `<h1>`s of one class
    in `<article>`s of one class, the next one's later date, outlet and paragraph after an 上滑继续阅读 mark."""
    rng = _rng(story, "preloaded")
    place = rng.choice(PLACES)
    site = f"{place}新闻"
    next_title, next_text = rng.choice(NEXT_ARTICLES)
    next_outlet = f"{place}融媒体中心"
    next_day = _shifted(story.published, rng.randrange(1, 5)) or dt.date(2021, 5, 20)
    first_id, second_id = rng.randrange(10**5, 10**6), rng.randrange(10**5, 10**6)

    def article(number: int, title: str, outlet: str, when: str, body: str) -> str:
        meta = _join([f'<span class="src">{outlet}</span>' if outlet else "", f"<span>{when}</span>" if when else ""])
        return (
            f'<article class="news-detail" data-id="{number}"><h1 class="news-title">{title}</h1>'
            f'<div class="news-meta">{meta}</div><div class="news-body">{body}</div></article>'
        )

    first = article(
        first_id,
        headline_html(story),
        escape(story.outlet or ""),
        time_on_day(story.published, "%Y-%m-%d %H:%M", rng),
        _ps(story.lines),
    )
    second = article(
        second_id, next_title, next_outlet, time_on_day(next_day, "%Y-%m-%d %H:%M", rng), f"<p>{next_text}</p>"
    )
    mark = "—— 上滑继续阅读下一篇 ——"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{headline_html(story)}-{site}</title>
<link rel="next" href="/m/news/{second_id}.html"></head><body>
<header class="m-head"><a class="logo" href="/m/">{site}</a><a class="app" href="#">APP内打开</a></header>
<div class="scroll-list">{first}
<div class="next-tip">{mark}</div>
{second}</div>
<footer class="m-foot">{site}手机版　电脑版</footer></body></html>"""
    furniture = (next_title, next_text, next_outlet, "上滑继续阅读下一篇", "APP内打开", f"{site}手机版电脑版")
    return Wrapped(html, furniture, f"https://m.example-news14.cn/m/news/{first_id}.html")


# ---------------------------------------------------------------- platforms, schools, copies


@unseen14("nuxt_yunzhaoshang_iife_state")
def nuxt_yunzhaoshang_iife_state(story: Story) -> Wrapped:
    """A 云招商 platform page rendered by Nuxt: `window.__NUXT__` an IIFE whose arguments hold the headline, the time,
    the outlet and an earlier 创建 time, the page showing N天前, the platform's `<h1>`, 推荐项目 cards, 在线咨询."""
    rng = _rng(story, "nuxt")
    platform = "智慧招商云平台"
    moment = _moment(story.published, rng)
    created = moment - dt.timedelta(days=rng.randrange(1, 5), hours=rng.randrange(1, 9)) if moment else None
    ago = f"{rng.randrange(2, 7)}天前"
    views = f"浏览 {rng.randrange(30, 3000)}"
    content = "".join(f"<p>{escape(line)}</p>" for line in story.lines)
    arguments = [
        story.headline or "",
        f"{moment:%Y-%m-%d %H:%M:%S}" if moment else None,
        story.outlet,
        content,
        f"{created:%Y-%m-%d %H:%M:%S}" if created else None,
        rng.randrange(10**4, 10**5),
    ]
    state = (
        'window.__NUXT__=(function(a,b,c,d,e,f){return {layout:"default",data:[{detail:{id:f,title:a,'
        "publishTime:b,source:c,content:d,createTime:e,status:1}}],fetch:{},error:null,serverRendered:true}}("
        + ",".join(_script_json(value) for value in arguments)
        + "));"
    )
    projects = [
        (p, f"投资额：{rng.randrange(2, 40)}亿元")
        for p in rng.sample(["新能源电池材料项目", "预制菜产业园项目", "数字经济产业基地项目"], 2)
    ]
    menu = ["产业地图", "招商项目", "载体资源", "政策查询", "资讯动态"]
    source = f"<span>来源：{escape(story.outlet)}</span>" if story.outlet else ""
    html = f"""<!DOCTYPE html><html data-n-head-ssr><head><meta charset="utf-8"><title>{platform}</title>
<link rel="preload" href="/_nuxt/app.js" as="script"></head><body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="layout">
<header class="header"><h1 class="platform">{platform}</h1>
<ul class="menu">{"".join(f"<li>{m}</li>" for m in menu)}</ul></header>
<div class="detail"><div class="crumb">资讯动态 / 详情</div>
<div class="detail-title">{headline_html(story)}</div>
<div class="detail-meta">{source}<span>{ago}</span><span>{views}</span></div>
<div class="detail-content">{_ps(story.lines)}</div></div>
<div class="side"><div class="side-title">推荐项目</div>
{"".join(f'<div class="project-card"><p>{p}</p><p>{v}</p></div>' for p, v in projects)}</div>
<div class="float-consult">在线咨询</div></div></div></div>
<script>{state}</script><script src="/_nuxt/app.js" defer></script></body></html>"""
    furniture = (
        "产业地图招商项目载体资源政策查询资讯动态",
        "资讯动态 / 详情",
        ago,
        views,
        "推荐项目",
        *(p + v for p, v in projects),
        "在线咨询",
    )
    return Wrapped(html, furniture, f"https://www.example-yunzs14.com/news/detail/{arguments[-1]}")


@unseen14("webplus_gaoxiao_twin_h1_publisher")
def webplus_gaoxiao_twin_h1_publisher(story: Story) -> Wrapped:
    """A 高校新闻网 page on a WebPlus-like template: the site's name an `<h1>` and the headline an `<h1>` too,
    发布者 (a 宣传部), 发布时间, 浏览次数 and 来源 as spans of one `<p>`, 撰稿/摄影/审核 last, 上一条/下一条,
    【关闭】."""
    rng = _rng(story, "webplus")
    school = rng.choice(["东江理工学院", "云岭师范学院", "临川职业技术学院"])
    site = f"{school}新闻网"
    publisher = "发布者：党委宣传部"
    views = f"浏览次数：{rng.randrange(50, 3000)}"
    metas = [
        f"<span>{publisher}</span>",
        f"<span>发布时间：{story.published:%Y-%m-%d}</span>" if story.published else "",
        f"<span>来源：{escape(story.outlet)}</span>" if story.outlet else "",
        f"<span>{views.replace('：', '：<span class=WP_VisitCount>')}</span></span>",
    ]
    credits = f"撰稿：{rng.choice(NAMES)}　摄影：{rng.choice(NAMES)}　审核：{rng.choice(NAMES)}"
    news = _pick(rng, OTHER_NEWS, 2)
    icp, _police = _numbers(rng)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story)}-{site}</title>
<meta name="generator" content="WebPlus"></head><body>
<div class="header"><h1 class="logo"><img src="/_upload/tpl/logo.png" alt="{school}">{site}</h1>
<ul class="nav"><li>首页</li><li>综合新闻</li><li>校地合作</li><li>媒体关注</li><li>图说校园</li></ul></div>
<div class="main"><div class="possplit">当前位置：<a href="/">首页</a> &gt; <a href="#">校地合作</a> &gt; 正文</div>
<div class="article"><h1 class="arti_title">{headline_html(story)}</h1>
<p class="arti_metas">{"".join(m for m in metas if m)}</p>
<div class="entry"><div class="read"><div class="wp_articlecontent">{_ps(story.lines)}
<p>{credits}</p></div></div></div>
<div class="prevnext"><p>上一条：<a href="#">{news[0]}</a></p><p>下一条：<a href="#">{news[1]}</a></p></div>
<div class="close"><a href="javascript:window.close()">【关闭】</a></div></div></div>
<div class="footer">版权所有 © {school}　{icp}</div></body></html>"""
    furniture = ("综合新闻校地合作媒体关注图说校园", publisher, views, credits, *news, f"版权所有 © {school}", icp)
    return Wrapped(
        html,
        furniture,
        f"https://news.example-edu14.edu.cn/2021/{rng.randrange(1000, 9999)}/c{rng.randrange(1000)}"
        f"a{rng.randrange(10**5)}/page.htm",
    )


@unseen14("douban_note_repost_closing_source")
def douban_note_repost_closing_source(story: Story) -> Wrapped:
    """A 豆瓣日记-like repost: the poster and the note's time in seconds in a header, the outlet only in a closing
    （本文转载自X，如有侵权请联系删除）, a 版权归作者 line, 回应/推荐/喜欢, replies with later times, 最新日记."""
    rng = _rng(story, "douban")
    poster = rng.choice(ACCOUNTS)
    when = time_on_day(story.published, "%Y-%m-%d %H:%M:%S", rng)
    closing = f"（本文转载自{escape(story.outlet)}，如有侵权请联系删除）" if story.outlet else ""
    rights = f"© 本文版权归作者 {poster} 所有，任何形式转载请联系作者。"
    replies = _pick(rng, COMMENTS, 2)
    reply_days = [
        time_on_day(_shifted(story.published, d) or dt.date(2021, 6, d), "%Y-%m-%d %H:%M:%S", rng) for d in (1, 3)
    ]
    latest = _pick(rng, OTHER_NEWS, 3)
    tools = "回应　推荐　喜欢　只看作者"
    answers = "".join(
        f'<div class="comment-item"><h3><a href="#">{ACCOUNTS[i]}</a><span class="pubtime">{d}</span></h3>'
        f"<p>{escape(r)}</p></div>"
        for i, (r, d) in enumerate(zip(replies, reply_days, strict=True))
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story)}</title></head><body>
<div class="global-nav">豆瓣　读书　电影　音乐　同城　小组　阅读　FM　时间　豆品　<a href="#">下载豆瓣客户端</a></div>
<div id="content"><h1>{headline_html(story)}</h1>
<div class="article"><div class="note-header"><a class="note-author" href="#">{poster}</a>
<span class="pub-date">{when}</span></div>
<div class="note" id="link-report">{_ps(story.lines)}
{f"<p>{closing}</p>" if closing else ""}</div>
<div class="copyright-claim">{rights}</div>
<div class="sns-bar">{tools}</div>
<div id="comments">{answers}</div></div>
<div class="aside"><h2>{poster}的最新日记 · · · · · · （全部）</h2>
<ul>{"".join(f"<li>{t}</li>" for t in latest)}</ul></div></div>
</body></html>"""
    furniture = ("豆瓣读书电影音乐同城小组", "下载豆瓣客户端", rights, tools, *replies, *latest, "的最新日记")
    return Wrapped(html, furniture, f"https://www.example-douban14.com/note/{rng.randrange(10**8, 10**9)}/")


@unseen14("qiye_xinyong_company_card_sentiment")
def qiye_xinyong_company_card_sentiment(story: Story) -> Wrapped:
    """A 企业信用 platform's 新闻舆情 detail: a company card `<h1>` (法定代表人, 注册资本, an earlier 成立日期) above
    the headline `<div>`, the outlet unlabelled beside the time and a 积极 tag, 涉及企业/新闻类型, 原文链接, a note."""
    rng = _rng(story, "xinyong")
    company = f"{rng.choice(COMPANIES)}有限公司"
    founded = _shifted(story.published, -rng.randrange(400, 4000)) or dt.date(2013, 4, 2)
    card = [
        f"法定代表人：{rng.choice(NAMES)}",
        f"注册资本：{rng.randrange(500, 20000)}万人民币",
        f"成立日期：{founded:%Y-%m-%d}",
    ]
    when = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    info = _join(
        [
            f"<span>{escape(story.outlet)}</span>" if story.outlet else "",
            f"<span>{when}</span>" if when else "",
            '<span class="tag">积极</span>',
        ],
        "",
    )
    lines = [f"涉及企业：{company}", "新闻类型：经营动态"]
    link = f"原文链接：http://www.example-src14.cn/news/{rng.randrange(10**6)}.html"
    note = "以上内容来源于网络公开信息，仅供参考，不代表本平台观点"
    related = _pick(rng, OTHER_NEWS, 3)
    dates = [f"{_shifted(story.published, -d) or dt.date(2021, 2, d):%Y-%m-%d}" for d in (2, 5, 9)]
    listing = "".join(f"<li><a href='#'>{t}</a><span>{d}</span></li>" for t, d in zip(related, dates, strict=True))
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{company}新闻舆情 - 启信查</title></head><body>
<div class="header"><a class="logo" href="/">启信查</a>
<input placeholder="请输入企业名称、老板名称、品牌名称"><button>查一下</button><a href="#">开通VIP</a></div>
<div class="crumb">首页 &gt; {company} &gt; 新闻舆情 &gt; 详情</div>
<div class="company-card"><h1 class="company-name">{company}</h1>
<div class="company-info">{"".join(f"<span>{c}</span>" for c in card)}</div></div>
<div class="news-detail"><div class="news-title">{headline_html(story)}</div>
<div class="news-info">{info}</div>
<div class="news-tags">{"".join(f"<p>{line}</p>" for line in lines)}</div>
<div class="news-content">{_ps(story.lines)}</div>
<div class="news-foot"><p>{link}</p><p>{note}</p></div></div>
<div class="related"><h3>相关新闻</h3><ul>{listing}</ul></div>
</body></html>"""
    furniture = (company, *card, *lines, link, note, "相关新闻", *related, "开通VIP")
    return Wrapped(html, furniture, f"https://www.example-qxc14.com/news/{rng.randrange(16**16):x}")


DEV14, LOCKED14 = split_by_digest(UNSEEN14, "round 14/", locked=6)
