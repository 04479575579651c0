"""Twelve more page layouts written blind (round 12): before reading the HTML reader, and fixed against by nobody.

Round 12 is a fresh measure of the reader's rules as they are being fixed from the spent layouts of rounds 1 to 11:
no fix is written from its misses, DEV12's or LOCKED12's. Each layout is after a kind of Chinese page met in the
wild that the first eleven rounds did not draw, weighed toward the headline competing with text that looks like
one, furniture written as the article's own paragraphs or list items, and dates and outlets in the forms real
sites give them:

- a 百度快照-like cache page: the cache's banner (the original address, a later 快照日期 with its time, 百度和网页的
  作者无关) over the original page, search words marked by `<b style=background>` inside the paragraphs, the headline
  a `<td class="title">`, 时间:2021-01-09 and 来源:X with ASCII colons, a 版权声明 and 〔责编：X〕 as the text's `<p>`s;
- a Wayback Machine capture of a 招商局 site: the archive's toolbar (captures, a range of English dates, a later
  capture time) and its address holding a later timestamp, the bureau's name in the `<h1>`, the headline an `<h2>`
  under a 招商动态 `<h3>`, the date unlabelled in an `<i>` and 来源 | X, 上一条/下一条 as `<li>`s;
- a 新浪博客-like blog post: the blog's name in the `<h1>`, the headline an `<h2>` followed by (2021-01-09 09:30:00)
  in parentheses, 转载▼, 标签：/分类： lines, a 原文地址：headline　作者：outlet line opening the text, 阅读┆评论┆
  收藏┆转载┆喜欢▼┆打印┆举报 after it, 前一篇：/后一篇： titles;
- a 贴吧-like repost: the 吧's name over the headline's `<h3>`, 只看楼主 | 收藏 | 回复 tools, the first floor opening
  with 【来源】X, its tail 来自Android客户端 1楼 2021-01-09 09:30, two replies with later dates in the same
  `d_post_content` divs as the text, a 贴吧热议榜;
- a 在线访谈 page: an `<h1>` 在线访谈, the headline in a `<dd>` after a 访谈主题 `<dt>`, 访谈时间 as 2021年1月9日
  （星期六）上午9:30, 承办单位 in the `<dl>`, 访谈首页 | 文字实录 | 图片直播 | 网友留言 tabs, 主持人 prompts and a
  【访谈结束】 line as the text's `<p>`s;
- a 国企 集团官网 news page: the date only as a calendar badge split in two (09 over 2021-01), a 集团要闻 `<h2>`
  over the `<h3>` headline, 来源 with a 点击 count, ◆ 审核 ◆ 编辑 credits and a （…供稿） line as the text's `<p>`s,
  a 推荐新闻 list whose items carry badges of other days;
- a Vue-rendered 政府 page: `data-v-` attributes, the headline a `<p class="title">`, 发布时间：2021年01月09日
  09时30分, `window.__INITIAL_STATE__` holding an earlier 创建 time and the publication as epoch milliseconds, the text
  in a Quill `ql-editor`, a 标签 line as its last `<p>`, an 智能客服 greeting and 无障碍 links;
- a 招商推介 page with the article inside tabs: `role=tablist` 投资环境 | 产业政策 | 招商动态 | 联系我们, hidden
  panels holding the 投资环境 text and the 联系我们 lines, the active panel's headline a div, 发布：X and the date in an
  `<em>`, a 招商热线 float;
- a page whose headline is only in the `<title>` (with its column and site) and the crumb's `aria-current` item, an
  `<h1>` holding the column's name 招商动态, the date and the outlet unlabelled after `|`, 相关文章 `<li>`s inside the
  text's `<article>`;
- a 商务厅 page on a JCMS-like 集约化 platform: `<!--<$[标题名称]>begin-->` markers, a 专题 banner `<h2>` of the same
  class as the headline's `<h2>` before it, 信息发布日期： and 来源： with a 浏览次数 span, 分享：微信 微博 QQ空间 and
  a 相关附件 `<li>` list inside the text's container;
- a 香港 新聞公報-like release in Traditional script: the headline a `<span id>`, the text `<br>`-joined in one span,
  ＊＊＊ then 完 closing it and the date only after it as 2021年1月9日（星期六） and 香港時間9時30分, the outlet only
  in the footer's ©, 列印 and 電郵 links;
- a LibreOffice export of a 讲话稿: `<meta name="created">` a day earlier and `<meta name="changed">` days later,
  the headline a bold centred `<font size=5>` paragraph with （2021年1月9日） under it, the outlet only in the page's
  running header (`<div title="header">`), — 1 — page numbers and a 印发 line in the running footer.

The split is fixed by a rule set before anything was scored: the six layouts whose names have the smallest SHA-256
digests of "round 12/" + name are `LOCKED12`, the other six `DEV12`; both are scored once, by the integrator.
"""

from __future__ import annotations

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
    time_on_day,
)
from layouts.page_parts import _shifted
from layouts.unseen4 import _paras
from layouts.unseen10 import WEEKDAYS, _joined, _same_class

UNSEEN12: dict[str, Layout] = {}
NAMES = ["甘立群", "储文斌", "卜晓岚", "闵志勇", "庞雪梅", "栾国栋"]
HK_NEWS = ["立法會會議下周舉行", "海關檢獲懷疑走私貨物", "天文台發出寒冷天氣警告"]
SEARCH_WORDS = ("招商", "项目")


def unseen12(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN12)


def _cn_day(day: dt.date) -> str:
    """2021年1月9日: the unpadded Chinese form."""
    return f"{day.year}年{day.month}月{day.day}日"


def _badge(day: dt.date | None) -> str:
    """A calendar badge: the day large over the year and month, as company news lists print a date."""
    return f'<div class="rq"><span class="d">{day:%d}</span><span class="ym">{day:%Y-%m}</span></div>' if day else ""


def _script_json(value: object) -> str:
    """JSON as a page's inline script holds it: `</` escaped so no string closes the script."""
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def _marked(line: str) -> str:
    """A paragraph as a search cache shows it: the words searched for wrapped in a highlight."""
    shown = escape(line)
    for word in SEARCH_WORDS:
        shown = shown.replace(word, f'<b style="color:black;background-color:#ffff66">{word}</b>')
    return shown


# ---------------------------------------------------------------- copies: caches and archives


@unseen12("kuaizhao_banner_marked_words")
def kuaizhao_banner_marked_words(story: Story) -> Wrapped:
    """A 百度快照-like cache page: the banner's address and later 快照日期 over the original page, search words
    in `<b style>` highlights, the headline a `<td class="title">`, 时间:/来源: with ASCII colons, 〔责编〕."""
    rng = _rng(story, "kuaizhao")
    place = rng.choice(PLACES)
    address = f"http://www.example-zsj12.gov.cn/zsdt/{rng.randrange(10**5)}.html"
    cached = time_on_day(
        _shifted(story.published, rng.randrange(4, 40)) or dt.date(2022, 3, 1), "%Y年%m月%d日 %H:%M", rng
    )
    banner = [
        f"这是 {address} 的快照。",
        f"快照日期：{cached}",
        "百度和网页的作者无关，不对其内容负责。快照谨为网络故障时之索引，不代表被搜索网站的即时页面。",
    ]
    info = _joined(
        [
            f"时间:{story.published:%Y-%m-%d}" if story.published else "",
            f"来源:{escape(story.outlet)}" if story.outlet else "",
        ]
    )
    statement = "版权声明：本网转载稿件仅为传递信息，如涉及版权请与本网联系删除。"
    editor = f"〔责编：{rng.choice(NAMES)}〕"
    paragraphs = "\n".join(f"<p>{_marked(line)}</p>" for line in story.lines)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><base href="{address}">
<title>{headline_html(story)}</title></head><body>
<div id="bd_snap" style="background:#fff;border-bottom:1px solid #ccc;font-size:12px">
<div id="bd_snap_note">{"".join(f"<span>{part}</span>" for part in banner)}</div></div>
<div style="position:relative">
<table width="980" align="center"><tr><td class="logo"><img src="/images/top.jpg" alt="{place}投资促进局"></td></tr>
<tr><td class="weizhi">您现在的位置：首页 &gt;&gt; 招商动态</td></tr>
<tr><td class="title" align="center">{headline_html(story)}</td></tr>
<tr><td class="info" align="center">{info}</td></tr>
<tr><td class="content">{paragraphs}
{_same_class([statement, editor])}</td></tr></table></div></body></html>"""
    furniture = ("百度和网页的作者无关", "快照日期", "不代表被搜索网站的即时页面", "您现在的位置", statement, editor)
    return Wrapped(html, furniture, f"http://cache.example-baidu12.com/c?m={rng.randrange(10**12)}")


@unseen12("wayback_toolbar_bureau_h1")
def wayback_toolbar_bureau_h1(story: Story) -> Wrapped:
    """A Wayback Machine capture: the toolbar (captures, English dates, a later capture time), the address holding
    a later timestamp, the bureau's name in the `<h1>`, the headline an `<h2>` under a 招商动态 `<h3>`, the date
    unlabelled in an `<i>`, 来源 | X, 上一条/下一条 as `<li>`s."""
    rng = _rng(story, "wayback")
    place = rng.choice(PLACES)
    bureau = f"{place}招商局"
    captured = dt.datetime.combine(
        _shifted(story.published, rng.randrange(20, 400)) or dt.date(2022, 6, 2), dt.time(rng.randrange(24), 12, 5)
    )
    stamp = f"{captured:%Y%m%d%H%M%S}"
    first = _shifted(story.published, rng.randrange(3, 19)) or dt.date(2021, 11, 4)
    toolbar = [
        f"{rng.randrange(2, 30)} captures",
        f"{first:%d %b %Y} - {captured:%d %b %Y}",
        "About this capture",
        f"{captured:%H:%M:%S} {captured:%b %d, %Y}",
    ]
    news = _pick(rng, OTHER_NEWS, 2)
    info = _joined(
        [
            f"<i>{story.published:%Y-%m-%d}</i>" if story.published else "",
            f"来源 | {escape(story.outlet)}" if story.outlet else "",
        ]
    )
    original = f"http://www.example-zsj12.gov.cn/zsdt/{rng.randrange(10**5)}.jhtml"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<script src="//archive.example.org/_static/js/wombat.js"></script>
<title>{bureau}</title></head><body>
<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<div id="wm-ipp-base" lang="en" style="display:block"><div id="wm-ipp"><table><tr>
<td class="n">{toolbar[0]}</td><td class="r">{toolbar[1]}</td><td class="c">{toolbar[3]}</td>
<td><a href="#">{toolbar[2]}</a></td></tr></table></div></div>
<!-- END WAYBACK TOOLBAR INSERT -->
<div class="header"><h1>{bureau}</h1><span>开放合作 共赢未来</span></div>
<div class="main"><h3 class="lm">招商动态</h3>
<h2 class="bt">{headline_html(story)}</h2>
<div class="sj">{info}</div>
<div class="nr">{_paras(story.lines)}</div>
<ul class="sxt"><li>上一条：<a href="/web/{stamp}/{original}">{news[0]}</a></li>
<li>下一条：<a href="/web/{stamp}/{original}">{news[1]}</a></li></ul></div>
<div class="footer">{bureau}　地址：{place}行政中心三楼</div></body></html>"""
    furniture = (*toolbar, "开放合作共赢未来", *news, "行政中心三楼")
    return Wrapped(html, furniture, f"https://web.archive.example.org/web/{stamp}/{original}")


# ---------------------------------------------------------------- blogs, forums and interviews


@unseen12("sina_blog_paren_time_repost_line")
def sina_blog_paren_time_repost_line(story: Story) -> Wrapped:
    """A 新浪博客-like post: the blog's name in the `<h1>`, the headline an `<h2>` then (2021-01-09 09:30:00), 转载▼,
    标签：/分类：, 原文地址：headline 作者：outlet opening the text, 阅读┆评论┆…┆举报 after it, 前一篇/后一篇."""
    rng = _rng(story, "sina_blog")
    blogger = rng.choice(NAMES)
    blog = f"{blogger}的博客"
    when = time_on_day(story.published, "(%Y-%m-%d %H:%M:%S)", rng)
    source = f'<a href="#">{escape(story.outlet)}</a>' if story.outlet else ""
    repost = _joined(
        [
            f'原文地址：<a href="#">{headline_html(story)}</a>' if story.headline else "",
            f"作者：{source}" if source else "",
        ]
    )
    counts = f"阅读({rng.randrange(10, 900)})┆ 评论(0)┆ 收藏(0)┆ 转载(0)┆ 喜欢▼┆ 打印┆ 举报"
    news = _pick(rng, OTHER_NEWS, 2)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story)}_{blog}_新浪博客</title>
</head><body><div class="blognavBg"><a href="#">新浪博客</a> | <a href="#">登录</a> | <a href="#">注册</a></div>
<div id="blogname"><h1><span id="blognamespan">{blog}</span></h1><div id="bloglink">http://blog.example-sina12.com/u/{rng.randrange(10**9)}</div></div>
<div class="articalTitle"><h2 class="titName SG_txta">{headline_html(story)}</h2>
<span class="time SG_txtc">{when}</span><span class="img2">转载▼</span></div>
<div class="articalTag"><table><tr><td class="blog_tag">标签： <a href="#">经济</a> <a href="#">发展</a></td>
<td class="blog_class">分类： <a href="#">转载收藏</a></td></tr></table></div>
<div class="articalContent" id="sina_keyword_ad_area2">
{f'<div class="reprint">{repost}</div>' if repost else ""}
{_paras(story.lines)}</div>
<div class="articalInfo">{counts}</div>
<div class="articalfrontback"><div>前一篇：<a href="#">{news[0]}</a></div>
<div>后一篇：<a href="#">{news[1]}</a></div></div>
</body></html>"""
    furniture = (blog, "转载▼", "标签：经济 发展", "转载收藏", "喜欢▼打印举报", news[0], news[1], "新浪博客")
    if story.headline:
        furniture += ("原文地址",)
    return Wrapped(html, furniture, f"http://blog.example-sina12.com/s/blog_{rng.randrange(16**10):x}.html")


@unseen12("tieba_floor_tail_replies")
def tieba_floor_tail_replies(story: Story) -> Wrapped:
    """A 贴吧-like repost: the 吧's name over the headline's `<h3>`, 只看楼主 | 收藏 | 回复, 【来源】X opening the first
    floor, its tail 来自Android客户端 1楼 and the time, two later replies in the same `d_post_content` divs."""
    rng = _rng(story, "tieba")
    place = rng.choice(PLACES)
    forum = f"{place}吧"
    poster, first, second = rng.sample(NAMES, 3)
    first_lines = ([f"【来源】{escape(story.outlet)}"] if story.outlet else []) + [escape(line) for line in story.lines]
    tail = _joined(["来自Android客户端", "1楼", time_on_day(story.published, "%Y-%m-%d %H:%M", rng)], " ")
    replies = ["家乡的变化看得见，支持！", "坐等项目落地，希望多招点工人。"]
    later = [time_on_day(_shifted(story.published, days), "%Y-%m-%d %H:%M", rng) for days in (1, 3)]
    reply_tails = [_joined([f"{floor}楼", moment], " ") for floor, moment in zip((2, 3), later, strict=True)]
    floors = "".join(
        f'<div class="l_post"><div class="d_author">{name}</div><div class="d_post_content">{text}</div>'
        f'<div class="post-tail-wrap">{tail_line}</div></div>'
        for name, text, tail_line in [(first, replies[0], reply_tails[0]), (second, replies[1], reply_tails[1])]
    )
    hot = _pick(rng, OTHER_NEWS, 3)
    members = f"关注：{rng.randrange(1000, 90000)}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{headline_html(story)}_{forum}_百度贴吧</title></head>
<body><div class="card_head"><a class="card_title_fname" href="#">{forum}</a>
<span class="card_menNum">{members}</span>
<span>贴子：{rng.randrange(10**5, 10**6)}</span></div>
<div class="core_title_wrap"><h3 class="core_title_txt" title="{headline_html(story)}">{headline_html(story)}</h3>
<ul class="core_title_btns"><li>只看楼主</li><li>收藏</li><li>回复</li></ul></div>
<div class="l_post"><div class="d_author">{poster}</div>
<div class="d_post_content">{"<br>".join(first_lines)}</div>
<div class="post-tail-wrap">{tail}</div></div>
{floors}
<div class="aside"><h4>贴吧热议榜</h4><ol>{"".join(f"<li>{title}</li>" for title in hot)}</ol></div></body></html>"""
    furniture = (forum, members, "只看楼主收藏回复", "来自Android客户端", *replies, "贴吧热议榜", *hot)
    return Wrapped(html, furniture, f"https://tieba.example-baidu12.com/p/{rng.randrange(10**10)}")


@unseen12("fangtan_topic_dd_transcript_tabs")
def fangtan_topic_dd_transcript_tabs(story: Story) -> Wrapped:
    """A 在线访谈 page: an `<h1>` 在线访谈, the headline a `<dd>` after 访谈主题, 访谈时间 2021年1月9日（星期六）
    上午9:30, 承办单位 in the `<dl>`, 访谈首页 | 文字实录 | 图片直播 | 网友留言 tabs, 主持人 and 【访谈结束】 `<p>`s."""
    rng = _rng(story, "fangtan")
    place = rng.choice(PLACES)
    guest = f"{place}投资促进中心主任　{rng.choice(NAMES)}"
    day = story.published
    when = f"{_cn_day(day)}（星期{WEEKDAYS[day.weekday()]}）上午9:30" if day else ""
    rows = [
        ("访谈主题：", headline_html(story)),
        ("访谈时间：", when),
        ("访谈嘉宾：", guest),
        ("承办单位：", escape(story.outlet or "")),
    ]
    table = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows if value)
    host = "【主持人】各位网友，欢迎收看本期在线访谈。"
    ending = "【访谈结束】感谢各位网友的参与！"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>在线访谈-{place}人民政府</title></head><body>
<div class="top"><img src="/ft/banner.jpg" alt="{place}人民政府"></div>
<h1 class="ft-h1">在线访谈</h1>
<div class="ft-info"><img src="/ft/guest.jpg" alt=""><dl class="ft-dl">{table}</dl></div>
<ul class="ft-tabs"><li>访谈首页</li><li class="cur">文字实录</li><li>图片直播</li><li>网友留言</li></ul>
<div class="ft-sl">
{_same_class([host])}
{_paras(story.lines)}
{_same_class([ending])}</div>
<div class="ft-ly"><textarea>请输入您的问题</textarea><button>提交问题</button></div>
<div class="foot">{place}人民政府办公室　{_numbers(rng)[0]}</div></body></html>"""
    furniture = (guest, "访谈首页文字实录图片直播网友留言", host, ending, "请输入您的问题", "提交问题")
    return Wrapped(html, furniture, f"http://www.example-ft12.gov.cn/hdjl/zxft/{rng.randrange(10**5)}.html")


# ---------------------------------------------------------------- enterprises and rendered pages


@unseen12("jituan_calendar_badge_credits")
def jituan_calendar_badge_credits(story: Story) -> Wrapped:
    """A 国企 集团官网 news page: the date only as a calendar badge split in two (09 over 2021-01), a 集团要闻 `<h2>`
    over the `<h3>` headline, 来源 with 点击, ◆ 审核 ◆ 编辑 and （…供稿） as the text's `<p>`s, badged 推荐新闻."""
    rng = _rng(story, "jituan")
    place = rng.choice(PLACES)
    group = f"{place[:2]}城建投资集团有限公司"
    reviewer, editor = rng.sample(NAMES, 2)
    clicks = f"点击：{rng.randrange(20, 3000)}次"
    credits = ["（党群工作部　供稿）", f"◆ 审核：{reviewer}　◆ 编辑：{editor}"]

    others = _pick(rng, OTHER_NEWS, 3)
    picks = "".join(
        f"<li>{_badge(_shifted(story.published, -back) or dt.date(2020, 12, back))}<a href='#'>{title}</a></li>"
        for back, title in zip((2, 5, 9), others, strict=True)
    )
    source = f"<span>来源：{escape(story.outlet)}</span>" if story.outlet else ""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>新闻详情-{group}</title></head><body>
<div class="hd"><img src="/static/logo.png" alt="{group}"><span class="lang">中文 | English</span>
<ul class="nav"><li>集团概况</li><li>新闻中心</li><li>业务板块</li><li>党建园地</li></ul></div>
<div class="news-d"><h2 class="lm-name">集团要闻</h2>
<div class="tt">{_badge(story.published)}<h3>{headline_html(story)}</h3></div>
<div class="ly">{source}<span>{clicks}</span></div>
<div class="news-txt">{_paras(story.lines)}
{_same_class(credits)}</div></div>
<div class="tj"><h4>推荐新闻</h4><ul>{picks}</ul></div>
<div class="ft">{group}　版权所有　{_numbers(rng)[0]}</div></body></html>"""
    furniture = ("集团概况新闻中心业务板块党建园地", "集团要闻", clicks, *credits, "推荐新闻", *others)
    return Wrapped(html, furniture, f"https://www.example-jt12.com.cn/news/{rng.randrange(10**5)}.html")


@unseen12("vue_data_v_shifen_state")
def vue_data_v_shifen_state(story: Story) -> Wrapped:
    """A Vue-rendered 政府 page: `data-v-` attributes, the headline a `<p class="title">`, 2021年01月09日
    09时30分, `__INITIAL_STATE__` with an earlier creation time and epoch milliseconds, a Quill body with a 标签
    line, 智能客服."""
    rng = _rng(story, "vue_shifen")
    place = rng.choice(PLACES)
    v = f"data-v-{rng.randrange(16**8):08x}"
    moment = time_on_day(story.published, "%Y年%m月%d日 %H时%M分", rng)
    created = time_on_day(_shifted(story.published, -2), "%Y-%m-%d %H:%M:%S", rng)
    epoch = None
    if story.published:
        shown = dt.datetime.strptime(moment, "%Y年%m月%d日 %H时%M分").replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))
        epoch = int(shown.timestamp() * 1000)
    state = {"detail": {"id": rng.randrange(10**6), "createTime": created, "publishTime": epoch, "siteId": 12}}
    info = _joined(
        [
            f"<span {v}>发布时间：{moment}</span>" if moment else "",
            f"<span {v}>来源：{escape(story.outlet)}</span>" if story.outlet else "",
        ]
    )
    tags = "标签：营商环境　重点项目"
    greeting = f"您好，我是{place[:2]}小政，有什么可以帮您？"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{place}人民政府门户网站</title></head><body>
<div id="app"><div class="header" {v}><a {v} href="#">无障碍浏览</a> <a {v} href="#">长者模式</a></div>
<div class="detail" {v}><p class="title" {v}>{headline_html(story)}</p>
<div class="meta" {v}>{info}</div>
<div class="ql-container" {v}><div class="ql-editor">{_paras(story.lines)}
{_same_class([tags])}</div></div></div>
<div class="robot" {v}><p {v}>{greeting}</p><p {v}>智能客服</p></div></div>
<script>window.__INITIAL_STATE__={_script_json(state)}</script></body></html>"""
    furniture = ("无障碍浏览", "长者模式", tags, greeting, "智能客服")
    return Wrapped(html, furniture, f"https://www.example-vue12.gov.cn/#/detail?id={rng.randrange(10**6)}")


@unseen12("tuijie_tabs_hidden_panels")
def tuijie_tabs_hidden_panels(story: Story) -> Wrapped:
    """A 招商推介 page with the article in tabs: `role=tablist` 投资环境 | 产业政策 | 招商动态 | 联系我们, hidden panels
    holding the 投资环境 text and 联系我们 lines, the active panel's headline a div, 发布：X, the date an `<em>`."""
    rng = _rng(story, "tuijie_tabs")
    place = rng.choice(PLACES)
    environment = f"{place}地处长三角腹地，交通便捷，距最近机场仅四十分钟车程。"
    policy = "对新引进的先进制造业项目，按设备投资额给予最高百分之十的补助。"
    phone = f"0{rng.randrange(550, 990)}-{rng.randrange(10**6, 10**7)}"
    contact = [f"招商热线：{phone}", f"邮箱：tzcj{rng.randrange(100, 999)}@example.cn"]
    tabs = ["投资环境", "产业政策", "招商动态", "联系我们"]
    tab_list = "".join(f'<li role="tab" aria-selected="{str(tab == "招商动态").lower()}">{tab}</li>' for tab in tabs)
    published = _joined(
        [
            f"发布：{escape(story.outlet)}" if story.outlet else "",
            f"<em>{story.published:%Y年%m月%d日}</em>" if story.published else "",
        ]
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>投资{place}</title></head><body>
<div class="banner"><h1>投资{place}　共享机遇</h1></div>
<ul class="tj-tabs" role="tablist">{tab_list}</ul>
<div role="tabpanel" hidden><p>{environment}</p></div>
<div role="tabpanel" style="display:none"><p>{policy}</p></div>
<div role="tabpanel" class="active"><div class="dt-title">{headline_html(story)}</div>
<div class="dt-info">{published}</div>
<div class="dt-body">{_paras(story.lines)}</div></div>
<div role="tabpanel" hidden>{_same_class(contact)}</div>
<div class="float-hotline">招商热线<br>{phone}</div></body></html>"""
    furniture = (f"投资{place}共享机遇", "投资环境产业政策招商动态联系我们", environment, policy, *contact)
    return Wrapped(html, furniture, f"https://invest.example-tj12.cn/tzzn/{rng.randrange(10**5)}.html")


# ---------------------------------------------------------------- government sites


@unseen12("crumb_current_h1_column_only")
def crumb_current_h1_column_only(story: Story) -> Wrapped:
    """The headline only in the `<title>` (with column and site) and the crumb's `aria-current` item, an `<h1>`
    招商动态, the date and outlet unlabelled after `|`, 相关文章 `<li>`s inside the text's `<article>`."""
    rng = _rng(story, "crumb_current")
    place = rng.choice(PLACES)
    site = f"{place}商务局"
    related = _pick(rng, OTHER_NEWS, 3)
    line = " | ".join(
        part for part in [f"{story.published:%Y-%m-%d}" if story.published else "", escape(story.outlet or "")] if part
    )
    title = f"{headline_html(story)}-招商动态-{site}" if story.headline else f"招商动态-{site}"
    crumb = f'<li aria-current="page">{headline_html(story)}</li>' if story.headline else ""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<header><img src="/img/logo.png" alt="{site}"><nav><a href="#">首页</a><a href="#">机构职能</a>
<a href="#">招商动态</a><a href="#">外贸外资</a></nav></header>
<ol class="breadcrumb"><li><a href="#">首页</a></li><li><a href="#">招商动态</a></li>{crumb}</ol>
<main><h1 class="column-name">招商动态</h1>
<article><div class="byline">{line}</div>
{_paras(story.lines)}
<section class="related"><ul>{"".join(f"<li>相关文章：{title}</li>" for title in related)}</ul></section>
</article></main>
<footer>{site}　{_numbers(rng)[0]}</footer></body></html>"""
    furniture = ("机构职能", "外贸外资", *(f"相关文章：{title}" for title in related))
    return Wrapped(html, furniture, f"http://swj.example-crumb12.gov.cn/zsdt/{rng.randrange(10**6)}.html")


@unseen12("jcms_twin_h2_zhuanti_banner")
def jcms_twin_h2_zhuanti_banner(story: Story) -> Wrapped:
    """A 商务厅 page on a JCMS-like 集约化 platform: `<!--<$[标题名称]>begin-->` markers, a 专题 `<h2>` of the
    headline's class before it, 信息发布日期： and 来源： with 浏览次数, 分享：微信 微博 QQ空间 and 相关附件 `<li>`s."""
    rng = _rng(story, "jcms_twin")
    department = "东海省商务厅"
    banner = "开放招商攻坚季专题"
    views = f'浏览次数：<span id="ReadCount">{rng.randrange(30, 3000)}</span>'
    info = _joined(
        [
            f"信息发布日期：{story.published:%Y-%m-%d}" if story.published else "",
            f"来源：{escape(story.outlet)}" if story.outlet else "",
            views,
        ]
    )
    attachments = ["相关附件：", "1. 重点产业链招引目录.xlsx", "2. 项目申报表.docx"]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{department}</title>
<meta name="SiteName" content="{department}"></head><body>
<div class="jcms-top">{department}　<a href="#">长者版</a>　<a href="#">English</a></div>
<div class="jcms-main"><h2 class="tit">{banner}</h2>
<h2 class="tit"><!--<$[标题名称]>begin-->{headline_html(story)}<!--<$[标题名称]>end--></h2>
<div class="info"><!--<$[信息发布日期]>begin-->{info}<!--<$[信息发布日期]>end--></div>
<div id="zoom"><!--<$[信息内容]>begin-->{_paras(story.lines)}<!--<$[信息内容]>end-->
<ul class="fj">{"".join(f"<li>{item}</li>" for item in attachments)}</ul>
<p class="share">分享：微信 微博 QQ空间</p></div></div>
<div class="jcms-foot">{department}主办　{_numbers(rng)[1]}</div></body></html>"""
    furniture = ("长者版", banner, "浏览次数", *attachments[1:], "分享：微信微博QQ空间")
    return Wrapped(html, furniture, f"http://swt.example-jcms12.gov.cn/art/{rng.randrange(10**6)}.html")


@unseen12("hk_gazette_end_mark_date_after")
def hk_gazette_end_mark_date_after(story: Story) -> Wrapped:
    """A 香港 新聞公報-like release in Traditional script: the headline a `<span id>`, the text `<br>`-joined, ＊＊＊,
    完, then 2021年1月9日（星期六） and 香港時間9時30分 after it, the outlet only in the footer's ©, 列印 / 電郵."""
    rng = _rng(story, "hk_gazette")
    day = story.published
    moment = f"香港時間{rng.randrange(8, 22)}時{rng.randrange(10, 60)}分" if day else ""
    after = [f"{_cn_day(day)}（星期{WEEKDAYS[day.weekday()]}）", moment] if day else []
    text = "<br><br>".join(escape(line) for line in story.lines)
    closing = "<br>".join(["＊＊＊", "完", *after])
    news = rng.sample(HK_NEWS, 2)
    owner = f"© {escape(story.outlet)}" if story.outlet else "© 政府新聞處"
    html = f"""<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8"><title>新聞公報</title></head><body>
<div class="top"><img src="/images/gov.gif" alt="香港特別行政區政府"><span>新聞公報</span>
<a href="#">English</a> | <a href="#">简体</a></div>
<table><tr><td><span id="PRHeadlineSpan">{headline_html(story)}</span></td></tr>
<tr><td><span id="pressrelease">{text}<br><br>{closing}</span></td></tr>
<tr><td class="tools"><a href="#">列印</a>　<a href="#">電郵</a></td></tr></table>
<div class="more"><b>其他新聞</b><ul>{"".join(f"<li>{title}</li>" for title in news)}</ul></div>
<div class="footer">{owner}　重要告示　私隱政策</div></body></html>"""
    furniture = ("列印電郵", "其他新聞", *news, "重要告示私隱政策", *([moment] if moment else []))
    return Wrapped(html, furniture, f"https://www.example-info12.gov.hk/gia/general/{rng.randrange(10**9)}.htm")


@unseen12("libreoffice_running_header_outlet")
def libreoffice_running_header_outlet(story: Story) -> Wrapped:
    """A LibreOffice export of a 讲话稿: `created` a day earlier and `changed` days later in `<meta>`s, the headline
    a bold centred `<font size=5>` paragraph over （2021年1月9日）, the outlet only in `<div title="header">`."""
    rng = _rng(story, "libreoffice")
    created = time_on_day(_shifted(story.published, -1), "%Y-%m-%dT%H:%M:%S", rng)
    changed = time_on_day(_shifted(story.published, rng.randrange(3, 12)), "%Y-%m-%dT%H:%M:%S", rng)
    metas = "".join(
        f'<meta name="{name}" content="{value}">'
        for name, value in [("created", created), ("changed", changed)]
        if value
    )
    header = (
        f'<div title="header"><p class="western" align="right">{escape(story.outlet)}</p></div>' if story.outlet else ""
    )
    dated = f'<p class="western" align="center">（{_cn_day(story.published)}）</p>' if story.published else ""
    printed = f"{rng.choice(PLACES)}委办公室　{rng.randrange(1, 12)}月{rng.randrange(1, 28)}日印发"
    body = _paras(story.lines, ' class="western" style="text-indent:0.44in"')
    html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">
<title></title><meta name="generator" content="LibreOffice 7.3.7.2 (Linux)">{metas}
<style type="text/css">p {{ margin-bottom: 0.1in; line-height: 115% }}</style></head>
<body lang="zh-CN" dir="ltr">{header}
<p class="western" align="center"><font size="5"><b>{headline_html(story)}</b></font></p>
{dated}
{body}
<div title="footer"><p class="western" align="center">— 1 —</p><p class="western">{printed}</p></div>
</body></html>"""
    return Wrapped(html, (printed,), f"http://www.example-wd12.gov.cn/attach/0/{rng.randrange(10**6)}.html")


DEV12, LOCKED12 = split_by_digest(UNSEEN12, "round 12/", locked=6)
