"""Twelve more page layouts written blind (round 15): before reading the HTML reader, and fixed against by nobody.

Round 15 is sealed: it is not scored when written. Whoever next changes the web-page reader scores it once, both
halves, at the end of their work, and fixes nothing from its misses. Each layout is after a kind of Chinese page met
in the wild that rounds 1 to 14 did not draw, weighed toward the headline competing with text that looks like one,
furniture inside the article's own container, and outlets and dates in the forms real sites give them:

- a 融媒体 图文直播 page of a 签约仪式: the 直播间's name an `<h1>`, a 直播回看 tag before the `<h2>` headline, 直播时间
  and 来源 in the info bar with 观看/点赞 counts, every paragraph a post led by 主持人 X and its own HH:MM, a pinned
  welcome post, 正序/倒序 and 图文直播 | 互动评论 tabs;
- a 知网-like 报纸全文数据库 page: the database's name an `<h1>` over the headline's `<h1>` and a ——副题 `<h2>`,
  【作者】【报纸名称】【日期】【版号】【版名】 fields, an 【正文快照】 repeating the text's start, 【分类号】, CAJ/PDF
  下载 buttons, 相似文献 titles with their papers and dates;
- a Hexo NexT 个人博客 repost: the blog's name an `<h1>` and the post's an `<h1>`, 发表于 and 更新于 later days (in
  article:published_time too), 阅读次数/本文字数/阅读时长, a blockquote with 转载来源 and the 原文发布 day, a
  post-copyright box, # tags, post navigation and a 站点概览;
- an 在线文档 share of a 新闻稿 draft: the file's name (0109…新闻稿（终稿）) in the header and `<title>`, 最后修改于
  N 天前, an editor toolbar, the headline a heading block over a 来源/日期 稿签 line, 审核/签发 as the last block,
  批注 in the margin with their own 天前;
- an 易企秀-like H5 招商推介 scene: the scene's name as `<title>`, a cover page with a slogan in a bigger font, every
  line an absolutely placed element box, the date 2021.01.09 and the outlet unlabelled boxes, a 招商热线 page, 向上滑动,
  a 免费创建 badge and 举报;
- a WAP 2.0 XHTML-MP 手机网 page: the headline a `<b>` in a `<p>`, 01-09 09:30 来源:X with ASCII colons and the year
  only in the address, the text `<br/>`-joined, 发表评论(N), numbered 相关新闻, [1] access keys, the site's clock a
  later day in the same form;
- a 房产门户 资讯 page: a city switch, a 土地市场 column `<h2>` over the `<h1>`, the time in seconds, 来源, 作者 and
  浏览 counts, JSON-LD naming the author and the portal, a 楼盘 card between paragraphs, a 免责声明 as the text's last
  `<p>`, 看房团 and 热门楼盘;
- an RSS reader's web view in Traditional script: the 訂閱來源 pane with unread counts, the feed's name as the list's
  `<h2>` and over the item, the headline a link in an `<h1>` and once more in the list, 由 X 發佈 · N 天前 (the whole
  time only in attributes), 標記為已讀 … 前往網站, 在原網站上閱讀;
- a browser's reader view saved as a page: the original `<title>` (headline_column_site), the domain over the `<h1>`,
  the outlet as unlabelled credits, a reading time, the site's own info line (with 浏览次数) and
  【打印本页】【关闭窗口】 kept as the content's `<p>`s, 关闭阅读视图/字体控件/朗读 buttons;
- a 产业园 运营商's 官网: the company in the logo `<h1>`, a 新闻资讯 / NEWS CENTER banner `<h2>`, the headline a
  `<div>`, 发布时间/来源/浏览 N 次, an advertising `<p>` (园区 services and a 400 热线) as the text's last paragraph, a
  商务通 invitation box and floats, 上一篇/下一篇, 推荐资讯;
- a 7x24 快讯 detail page: the `<title>` only 快讯详情, the headline only as a bold 【…】 leading the first paragraph,
  the day 2021.01.09 and 星期 in a banner and the time alone, the outlet an unlabelled `<div>` after the text, 阅/利好/
  利空 counts, 相关板块 chips, 上一条/下一条 快讯 with their own 【】 titles and times;
- a 政府 list page with the article opened in a layui layer: the site's `<h1>` and the column's `<h2>`, the list
  holding the headline among other titles with their own dates, a pager, the layer's title bar the headline,
  发布时间/发布单位/阅读 in the layer, 打印/关闭 buttons, the list's titles, times and sources again in a script's JSON.

Where a story names no outlet, pages whose kind always names a source show their own (a paper of the database, the
portal, the company), listed as furniture.

The split is fixed by a rule set before anything is scored: the six layouts whose names have the smallest SHA-256
digests of "round 15/" + name are `LOCKED15`, the other six `DEV15`.
"""

from __future__ import annotations

import datetime as dt
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
from layouts.page_parts import _join, _ps, _script_json, _shifted

UNSEEN15: dict[str, Layout] = {}
NAMES = ["冼志强", "钮佩玲", "郦建明", "訾晓燕", "庹国平", "禤雅婷"]
HOSTS = ["小融", "小招", "小城"]
PAPERS = ["东江日报", "云岭日报", "临川晚报"]
BLOGS = [("山间小筑", "记录、转载与思考"), ("青禾札记", "读书 · 行走 · 随手记"), ("晨光书房", "慢慢读，慢慢写")]
ESTATES = ["滨江壹号院", "云岭观澜府", "临川雅苑", "北塘翡翠湾"]
FEEDS = [("財經要聞", 18), ("科技新知", 7), ("城市觀察", 23), ("設計日誌", 4)]
COMPANIES = ["东江智造产业园", "云岭科创谷", "临川数字经济产业园"]
DOC_NOTES = ["数据请再和投促局核对一下", "标题是否偏长？建议压缩到二十字以内", "配图说明待补充"]
WEEKDAYS = "一二三四五六日"


def unseen15(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN15)


def _moment(day: dt.date | None, rng) -> dt.datetime | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(rng.randrange(7, 22), rng.randrange(60), rng.randrange(60)))


# ---------------------------------------------------------------- live pages, databases, blogs and documents


@unseen15("tuwen_zhibo_host_posts_times")
def tuwen_zhibo_host_posts_times(story: Story) -> Wrapped:
    """A 融媒体 图文直播 page of a 签约仪式: the 直播间's `<h1>`, a 直播回看 tag before the `<h2>` headline, 直播时间
    and 来源 with 观看/点赞 counts, every paragraph a post led by 主持人 X and its own HH:MM, a pinned welcome post."""
    rng = _rng(story, "tuwen_zhibo")
    place = rng.choice(PLACES)
    room = f"{place}融媒直播间"
    host = f"主持人 {rng.choice(HOSTS)}"
    start = dt.datetime(2021, 1, 1, rng.randrange(8, 15), rng.choice([0, 30]))
    info = _join(
        [
            f"直播时间：{story.published:%Y年%m月%d日} {start:%H:%M}" if story.published else "",
            f"来源：{escape(story.outlet)}" if story.outlet else "",
        ]
    )
    counts = [f"{rng.randrange(2000, 90000)}人观看", f"点赞 {rng.randrange(100, 9000)}"]
    welcome = f"欢迎来到{room}，本场图文直播由{place}融媒体中心全程提供技术保障"
    moment = start
    posts, headers = [], []
    for line in story.lines:
        moment += dt.timedelta(minutes=rng.randrange(2, 9))
        header = f"{host}　{moment:%H:%M}"
        headers.append(header)
        posts.append(
            f'<li class="post"><div class="post-head"><span class="who">{host}</span>'
            f'<span class="at">{moment:%H:%M}</span></div><div class="post-text"><p>{escape(line)}</p></div></li>'
        )
    tabs = "图文直播 | 互动评论 | 相关视频"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{headline_html(story)}</title></head><body>
<header class="live-top"><h1 class="room">{room}</h1><a class="follow" href="#">+ 关注</a></header>
<div class="live-cover"><img src="/live/cover/{rng.randrange(10**6)}.jpg" alt=""></div>
<div class="live-head"><h2 class="live-title"><span class="live-tag">直播回看</span>{headline_html(story)}</h2>
<div class="live-info">{info}</div>
<div class="live-count">{"".join(f"<span>{c}</span>" for c in counts)}</div></div>
<div class="live-tabs">{tabs}</div>
<div class="live-order"><a class="on" href="#">正序</a><a href="#">倒序</a></div>
<ul class="live-posts"><li class="post top"><div class="post-head"><span class="pin">置顶</span></div>
<div class="post-text"><p>{welcome}</p></div></li>
{"".join(posts)}
</ul>
<div class="live-end">直播已结束，感谢您的收看</div>
<footer class="live-foot">{place}融媒体中心　版权所有</footer></body></html>"""
    furniture = (room, "直播回看", *counts, tabs, "正序倒序", "置顶", welcome, *headers, "直播已结束，感谢您的收看")
    return Wrapped(html, furniture, f"https://live.example-r15-zhibo.cn/room/{rng.randrange(10**6)}?replay=1")


@unseen15("cnki_newspaper_bracket_fields")
def cnki_newspaper_bracket_fields(story: Story) -> Wrapped:
    """A 知网-like 报纸全文数据库 page: the database's `<h1>` over the headline's `<h1>` and a ——副题 `<h2>`,
    【作者】【报纸名称】【日期】【版号】【版名】 fields, an 【正文快照】 of the text's start, 【分类号】, 下载 buttons,
    相似文献 titles with their papers and dates."""
    rng = _rng(story, "cnki")
    database = "中国重要报纸全文数据库"
    sub = f"——{rng.choice(PLACES)}优化营商环境一线见闻"
    author = rng.choice(NAMES)
    paper = escape(story.outlet) if story.outlet else rng.choice(PAPERS)
    page = rng.randrange(1, 16)
    section = rng.choice(["区域经济", "县域观察", "综合新闻"])
    fields = [
        f"【作者】{author}",
        f"【报纸名称】{paper}",
        f"【日期】{story.published:%Y-%m-%d}" if story.published else "",
        f"【版号】{page:03d}",
        f"【版名】{section}",
    ]
    first = story.lines[0] if story.lines else ""
    snapshot = f"【正文快照】{escape(first[:40])}……" if first else ""
    code = f"【分类号】F{rng.randrange(120, 130)}"
    buttons = "CAJ下载　PDF下载　在线阅读　引用　收藏　分享"
    similar = _pick(rng, OTHER_NEWS, 3)
    similar_days = [_shifted(story.published, -d) or dt.date(2020, 11, d) for d in (3, 11, 20)]
    similar_rows = [
        f"{title}　{rng.choice(PAPERS)}　{day:%Y-%m-%d}" for title, day in zip(similar, similar_days, strict=True)
    ]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{headline_html(story)} - {database}</title></head><body>
<div class="top-bar">知识网络服务平台　<a href="#">登录</a>　<a href="#">充值中心</a>　<a href="#">机构馆</a></div>
<div class="db-head"><h1 class="db-name">{database}</h1></div>
<div class="doc"><div class="wx-tit"><h1>{headline_html(story)}</h1><h2 class="sub">{sub}</h2></div>
<div class="wx-fields">{"".join(f"<p>{f}</p>" for f in fields if f)}</div>
{f'<div class="brief">{snapshot}</div>' if snapshot else ""}
<div class="code">{code}</div>
<div class="btn-box">{buttons}</div>
<div class="html-read"><div class="p1">{_ps(story.lines)}</div></div></div>
<div class="similar"><h3>相似文献</h3><ul>{"".join(f"<li>{row}</li>" for row in similar_rows)}</ul></div>
<div class="foot">© 知识网络服务平台　京ICP证{rng.randrange(10**5, 10**6)}号</div></body></html>"""
    furniture = (database, sub, f"【作者】{author}", f"【版号】{page:03d}", f"【版名】{section}", code, buttons)
    furniture += ("相似文献", *similar_rows) + (("正文快照",) if snapshot else ())
    if not story.outlet:
        furniture += (paper,)
    return Wrapped(
        html,
        furniture,
        f"https://kns.example-r15-cnki.cn/kcms/detail/detail.aspx?dbcode=CCND&filename=RB{rng.randrange(10**10)}",
    )


@unseen15("hexo_next_repost_original_day")
def hexo_next_repost_original_day(story: Story) -> Wrapped:
    """A Hexo NexT 个人博客 repost: the blog's `<h1>` and the post's `<h1>`, 发表于 and 更新于 later days (in
    article:published_time too), counters, a blockquote with 转载来源 and 原文发布, a post-copyright box, # tags."""
    rng = _rng(story, "hexo")
    blog, subtitle = rng.choice(BLOGS)
    blogger = rng.choice(["老周", "禾子", "晨读者"])
    posted = _shifted(story.published, rng.randrange(1, 20)) or dt.date(2021, 8, 14)
    updated = posted + dt.timedelta(days=rng.randrange(3, 60))
    posted_at = dt.datetime.combine(posted, dt.time(rng.randrange(8, 23), rng.randrange(60), rng.randrange(60)))
    updated_at = dt.datetime.combine(updated, dt.time(rng.randrange(8, 23), rng.randrange(60), rng.randrange(60)))
    utc = dt.timedelta(hours=8)  # Hexo writes its meta times in UTC: a morning post falls on the day before
    address = f"https://example-r15-hexo.cn/{posted:%Y/%m/%d}/{rng.randrange(16**8):x}/"
    quote = [
        f"转载来源：{escape(story.outlet)}" if story.outlet else "",
        f"原文发布：{story.published:%Y-%m-%d}" if story.published else "",
    ]
    notice = "转载仅为分享，版权归原作者所有，如有侵权请联系删除。"
    counters = [
        f"阅读次数：{rng.randrange(20, 900)}",
        f"本文字数：{rng.randrange(1, 6)}.{rng.randrange(10)}k",
        f"阅读时长 ≈ {rng.randrange(3, 12)} 分钟",
    ]
    rights = [
        f"本文作者：{blogger}",
        f"本文链接：{address}",
        "版权声明：本博客所有文章除特别声明外，均采用 BY-NC-SA 许可协议。转载请注明出处！",
    ]
    tags = "#转载 #随手记 #地方观察"
    older, newer = _pick(rng, OTHER_NEWS, 2)
    state = f"{rng.randrange(80, 300)}日志{rng.randrange(5, 15)}分类{rng.randrange(20, 90)}标签"
    menu = "首页　关于　标签　分类　归档　搜索"
    quoted = "<br>".join(q for q in quote if q)
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
<meta name="generator" content="Hexo 5.4.0"><meta property="og:type" content="article">
<meta property="og:title" content="{headline_html(story)}"><meta property="og:site_name" content="{blog}">
<meta property="article:published_time" content="{posted_at - utc:%Y-%m-%dT%H:%M:%S}.000Z">
<meta property="article:modified_time" content="{updated_at - utc:%Y-%m-%dT%H:%M:%S}.000Z">
<meta property="article:author" content="{blogger}">
<title>{headline_html(story)} | {blog}</title></head>
<body itemscope itemtype="http://schema.org/WebPage"><div class="container">
<header class="header"><div class="site-brand-container"><a class="brand" href="/" rel="start">
<h1 class="site-title">{blog}</h1></a><p class="site-subtitle">{subtitle}</p></div>
<nav class="site-nav"><ul class="main-menu">{"".join(f"<li>{m}</li>" for m in menu.split("　"))}</ul></nav></header>
<main class="main"><div class="content post posts-expand">
<article itemscope itemtype="http://schema.org/Article" class="post-block" lang="zh-CN">
<header class="post-header"><h1 class="post-title" itemprop="name headline">{headline_html(story)}</h1>
<div class="post-meta"><span class="post-meta-item"><span class="post-meta-item-text">发表于</span>
<time title="创建时间：{posted_at:%Y-%m-%d %H:%M:%S}" itemprop="dateCreated datePublished"
 datetime="{posted_at:%Y-%m-%dT%H:%M:%S}+08:00">{posted:%Y-%m-%d}</time></span>
<span class="post-meta-item"><span class="post-meta-item-text">更新于</span>
<time title="修改时间：{updated_at:%Y-%m-%d %H:%M:%S}" itemprop="dateModified">{updated:%Y-%m-%d}</time></span>
<span class="post-meta-item">分类于 <a href="/categories/repost/">转载</a></span>
{"".join(f'<span class="post-meta-item">{c}</span>' for c in counters)}</div></header>
<div class="post-body" itemprop="articleBody">
{f"<blockquote><p>{quoted}</p></blockquote>" if quoted else ""}
<blockquote><p>{notice}</p></blockquote>
{_ps(story.lines)}
</div>
<footer class="post-footer"><div class="post-copyright"><ul>
{"".join(f"<li>{r}</li>" for r in rights)}</ul></div>
<div class="post-tags">{tags}</div>
<div class="post-nav"><div class="post-nav-item"><a href="#" rel="next">{newer}</a></div>
<div class="post-nav-item"><a href="#" rel="prev">{older}</a></div></div></footer></article></div></main>
<aside class="sidebar"><div class="site-overview"><p class="site-author-name">{blogger}</p>
<p class="site-description">{subtitle}</p><div class="site-state">{state}</div></div></aside>
<footer class="footer">© 2019 – 2023 {blogger}　由 Hexo &amp; NexT.Gemini 强力驱动</footer></div></body></html>"""
    furniture = (subtitle, menu, f"发表于{posted:%Y-%m-%d}", f"更新于{updated:%Y-%m-%d}", "分类于转载", *counters)
    furniture += (notice, *rights, tags, older, newer, state, "由 Hexo & NexT.Gemini 强力驱动")
    return Wrapped(html, furniture, address)


@unseen15("zaixian_wendang_draft_file_title")
def zaixian_wendang_draft_file_title(story: Story) -> Wrapped:
    """An 在线文档 share of a 新闻稿 draft: the file's name in the header and `<title>`, 最后修改于 N 天前, an editor
    toolbar, the headline a heading block over a 来源/日期 稿签 line, 审核/签发 last, 批注 in the margin."""
    rng = _rng(story, "wendang")
    place = rng.choice(PLACES)
    day = f"{story.published:%m%d}" if story.published else ""
    file_name = f"{day}{place}招商签约新闻稿（终稿）"
    editor, reviewer, signer = rng.sample(NAMES, 3)
    changed = f"{editor} 最后修改于 {rng.randrange(2, 30)} 天前"
    toolbar = "正文　加粗　斜体　下划线　字号　对齐　插入　批注"
    slip = _join(
        [
            f"来源：{escape(story.outlet)}" if story.outlet else "",
            f"日期：{story.published.year}年{story.published.month}月{story.published.day}日"
            if story.published
            else "",
        ]
    )
    credits = f"（审核：{reviewer}　签发：{signer}）"
    notes = rng.sample(DOC_NOTES, 2)
    note_heads = [f"{name} {rng.randrange(2, 30)}天前" for name in rng.sample(NAMES, 2)]
    margin = "".join(
        f'<div class="comment-card"><div class="comment-head">{head}</div><div class="comment-body">{note}</div></div>'
        for head, note in zip(note_heads, notes, strict=True)
    )
    blocks = "\n".join(f'<div class="block" data-block-type="text"><p>{escape(line)}</p></div>' for line in story.lines)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(file_name)} - 在线文档</title></head>
<body><div class="doc-header"><span class="logo">云文档</span><div class="file-title">{escape(file_name)}</div>
<span class="save-status">已保存到云端</span><span class="last-edit">{changed}</span>
<div class="actions"><button>分享</button><button>协作</button><button>更多</button></div></div>
<div class="doc-toolbar">{toolbar}</div>
<div class="doc-main"><div class="editor" contenteditable="false">
<div class="block" data-block-type="heading1"><h1>{headline_html(story)}</h1></div>
{f'<div class="block" data-block-type="text"><p>{slip}</p></div>' if slip else ""}
{blocks}
<div class="block" data-block-type="text"><p>{credits}</p></div></div>
<div class="comment-panel"><div class="panel-title">全部批注</div>{margin}</div></div>
<div class="doc-foot">字数统计　100%</div></body></html>"""
    furniture = (file_name, "已保存到云端", changed, toolbar, credits, "全部批注", *note_heads, *notes)
    return Wrapped(html, furniture, f"https://docs.example-r15-wendang.cn/docs/{rng.randrange(16**16):x}")


# ---------------------------------------------------------------- H5 scenes, WAP pages and portals


@unseen15("eqxiu_h5_scene_element_boxes")
def eqxiu_h5_scene_element_boxes(story: Story) -> Wrapped:
    """An 易企秀-like H5 招商推介 scene: the scene's name as `<title>`, a cover slogan in a bigger font, every line an
    absolutely placed element box, the date 2021.01.09 and the outlet as unlabelled boxes, a 招商热线 page."""
    rng = _rng(story, "eqxiu")
    place = rng.choice(PLACES)
    scene = f"{place}投资推介 · 诚邀您的加入"
    slogan = f"投资{place}　共赢新未来"

    def box(text: str, top: int, size: int = 15, weight: str = "normal") -> str:
        return (
            f'<div class="element-box" style="position:absolute;left:24px;top:{top}px;width:272px;'
            f'font-size:{size}px;font-weight:{weight}"><div class="element-box-contents">{text}</div></div>'
        )

    cover = box(slogan, 180, 30, "bold") + box(f"{place}人民政府　出品", 420, 14)
    header = [box(headline_html(story), 40, 20, "bold")]
    if story.published:
        header.append(box(f"{story.published:%Y.%m.%d}", 96, 12))
    if story.outlet:
        header.append(box(escape(story.outlet), 116, 12))
    pages, chunk = [], list(story.lines)
    first, rest = chunk[:3], chunk[3:]
    pages.append("".join(header) + "".join(box(escape(line), 150 + 90 * i) for i, line in enumerate(first)))
    while rest:
        part, rest = rest[:4], rest[4:]
        pages.append("".join(box(escape(line), 40 + 110 * i) for i, line in enumerate(part)))
    hotline = f"招商热线：0{rng.randrange(300, 999)}-{rng.randrange(10**6, 10**7)}"
    address = f"地址：{place}行政中心{rng.randrange(2, 9)}号楼投资促进局"
    contact = box(hotline, 200, 16) + box(address, 240, 13)
    sections = "\n".join(
        f'<section class="m-page page-{i + 1}" data-page="{i + 1}"><div class="page-bg"></div>{inner}</section>'
        for i, inner in enumerate([cover, *pages, contact])
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<meta name="description" content="{escape(scene, quote=True)}"><title>{escape(scene)}</title></head><body>
<div id="eqMain"><div class="nr">
{sections}
</div></div>
<div class="arrow-up">向上滑动</div>
<div class="music-btn" data-src="/mp3/{rng.randrange(10**5)}.mp3"></div>
<div class="eqx-badge"><a href="#">易企秀 免费创建</a>　<a href="#">举报</a></div></body></html>"""
    furniture = (scene, slogan, f"{place}人民政府　出品", hotline, address, "向上滑动", "易企秀 免费创建　举报")
    return Wrapped(html, furniture, f"https://h5.example-r15-eqxiu.cn/s/{rng.randrange(36**8):x}")


@unseen15("wap_xhtml_mp_clock_line")
def wap_xhtml_mp_clock_line(story: Story) -> Wrapped:
    """A WAP 2.0 XHTML-MP 手机网 page: the headline a `<b>`, 01-09 09:30 来源:X with ASCII colons and the year only
    in the address, the text `<br/>`-joined, 发表评论(N), numbered 相关新闻, access keys, a later clock line."""
    rng = _rng(story, "wap")
    place = rng.choice(PLACES)
    site = f"{place[:2]}手机网"
    when = time_on_day(story.published, "%m-%d %H:%M", rng)
    info = _join([when, f"来源:{escape(story.outlet)}" if story.outlet else ""], " ")
    later = _shifted(story.published, rng.randrange(1, 6)) or dt.date(2021, 5, 12)
    clock = f"{site} {later:%m-%d} {rng.randrange(8, 23):02d}:{rng.randrange(60):02d}"
    comments = f"发表评论({rng.randrange(0, 60)})"
    related = _pick(rng, OTHER_NEWS, 3)
    body = "<br/>\n".join(f"　　{escape(line)}" for line in story.lines)
    listing = "<br/>".join(f'{i + 1}.<a href="#">{t}</a>' for i, t in enumerate(related))
    html = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="application/xhtml+xml; charset=utf-8"/>
<title>{headline_html(story)}</title></head><body>
<div class="logo"><img src="/wap/logo.gif" alt="{site}"/>{site}</div>
<div class="nav"><a href="#">首页</a>&gt;<a href="#">新闻</a>&gt;<a href="#">本地</a></div>
<p><b>{headline_html(story)}</b><br/>{info}</p>
<div class="content">{body}</div>
<p>[<a href="#">字号大</a>|<a href="#">小</a>] [<a href="#">{comments}</a>]</p>
<p>相关新闻:<br/>{listing}</p>
<p>[1]<a href="#" accesskey="1">返回新闻首页</a><br/>[0]<a href="#" accesskey="0">返回{site}首页</a></p>
<div class="foot">{clock}<br/>客服:{rng.randrange(100, 999)}-{rng.randrange(10**6, 10**7)}</div></body></html>"""
    furniture = (
        "首页>新闻>本地",
        "字号大|小",
        comments,
        "相关新闻",
        *related,
        "返回新闻首页",
        f"返回{site}首页",
        clock,
    )
    path = f"{story.published:%Y/%m%d}/" if story.published else ""
    return Wrapped(html, furniture, f"http://3g.example-r15-wap.cn/news/local/{path}{rng.randrange(10**6)}.html")


@unseen15("fangchan_loupan_card_disclaimer")
def fangchan_loupan_card_disclaimer(story: Story) -> Wrapped:
    """A 房产门户 资讯 page: a city switch, a 土地市场 column `<h2>` over the `<h1>`, the time in seconds, 来源, 作者
    and 浏览, JSON-LD naming the author and the portal, a 楼盘 card between paragraphs, a 免责声明 as the last `<p>`."""
    rng = _rng(story, "fangchan")
    city = rng.choice(PLACES)[:2]
    portal = f"{city}房产网"
    author = f"作者：{rng.choice(NAMES)}"
    moment = _moment(story.published, rng)
    views = f"{rng.randrange(100, 20000)}次浏览"
    source = escape(story.outlet) if story.outlet else portal
    info = "".join(
        f"<span>{part}</span>"
        for part in [f"{moment:%Y-%m-%d %H:%M:%S}" if moment else "", f"来源：{source}", author, views]
        if part
    )
    ld: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.headline or "",
        "author": {"@type": "Person", "name": author.removeprefix("作者：")},
        "publisher": {"@type": "Organization", "name": portal},
    }
    if moment:
        ld["datePublished"] = f"{moment:%Y-%m-%dT%H:%M:%S}+08:00"
    estate = rng.choice(ESTATES)
    card = [estate, f"均价 {rng.randrange(6000, 30000)}元/㎡", f"{city}新区 | 在售", "预约看房"]
    statement = "免责声明：本文内容来源于网络，仅供参考，不构成任何购房或投资建议，如有侵权请联系删除。"
    hot = rng.sample([e for e in ESTATES if e != estate], 3)
    cut = min(2, len(story.lines))
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story)}-{portal}</title>
<script type="application/ld+json">{_script_json(ld)}</script></head><body>
<div class="topbar"><span class="city">{city}站</span><a href="#">[切换城市]</a>
　<a href="#">登录</a> | <a href="#">注册</a>
　购房热线：400-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}</div>
<div class="nav">新房　二手房　租房　资讯　房价　装修</div>
<div class="crumb">{portal} &gt; {city}楼市资讯 &gt; 土地市场 &gt; 正文</div>
<div class="news-main"><h2 class="lm">土地市场</h2>
<h1 class="news-title">{headline_html(story)}</h1>
<div class="news-info">{info}</div>
<div class="news-content">{_ps(story.lines[:cut])}
<div class="loupan-card">{"".join(f"<p>{c}</p>" for c in card)}</div>
{_ps(story.lines[cut:])}
<p class="mianze">{statement}</p></div></div>
<div class="side"><div class="kanfang"><h3>看房团报名</h3><input placeholder="请输入手机号">
<button>立即报名</button></div>
<div class="hot"><h3>热门楼盘</h3><ul>{"".join(f"<li>{e}</li>" for e in hot)}</ul></div></div>
<div class="footer">{portal}　版权所有</div></body></html>"""
    crumb = f"{portal} > {city}楼市资讯 > 土地市场 > 正文"
    furniture = ("切换城市", "新房二手房租房资讯房价装修", crumb, author, views, *card, statement)
    furniture += ("看房团报名", "立即报名", "热门楼盘", *hot)
    if not story.outlet:
        furniture += (portal,)
    return Wrapped(html, furniture, f"https://news.example-r15-fang.cn/{rng.randrange(10**7, 10**8)}.htm")


# ---------------------------------------------------------------- readers and saved views


@unseen15("feed_reader_hant_relative_time")
def feed_reader_hant_relative_time(story: Story) -> Wrapped:
    """An RSS reader's web view in Traditional script: 訂閱來源 with unread counts, the feed's name as the list's
    `<h2>` and over the item, the headline an `<h1>` link and again in the list, 由 X 發佈 · N 天前 (the time only
    in attributes), 標記為已讀 … 前往網站, 在原網站上閱讀."""
    rng = _rng(story, "feed_reader")
    place = rng.choice(PLACES)
    feed = f"{place}投资促进局 - 招商动态"
    unread = rng.randrange(3, 40)
    moment = _moment(story.published, rng)
    days = rng.randrange(2, 9)
    ago = f"{days} 天前"
    meta = _join(
        [
            f"由 {escape(story.outlet)} 發佈" if story.outlet else "",
            (
                f'<time datetime="{moment:%Y-%m-%dT%H:%M:%S}+08:00" '
                f'title="{moment.year}年{moment.month}月{moment.day}日 星期{WEEKDAYS[moment.weekday()]} '
                f'{moment:%H:%M}">{ago}</time>'
                if moment
                else ""
            ),
        ],
        " · ",
    )
    original = f"http://tzcj.example-r15-feed.gov.cn/zsdt/{rng.randrange(10**6)}.html"
    others = _pick(rng, OTHER_NEWS, 4)
    feeds = "".join(f"<li>{name} <span class='count'>{count}</span></li>" for name, count in FEEDS)
    # The list runs newest first: the item asked for sits among the others by its age.
    ages = sorted(rng.randrange(1, 12) for _ in others)
    items = [f'<li><span class="t">{t}</span><span>{age} 天前</span></li>' for t, age in zip(others, ages, strict=True)]
    at = sum(1 for age in ages if age < days)
    shown_age = ago if moment else ""
    items.insert(at, f'<li class="selected"><span class="t">{headline_html(story)}</span><span>{shown_age}</span></li>')
    actions = "標記為已讀 · 加星號 · 稍後閱讀 · 分享 · 前往網站"
    html = f"""<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">
<title>({unread}) {escape(feed)} - 閱讀器</title></head><body>
<div class="app-header"><span class="logo">訂閱閱讀器</span><input placeholder="搜尋文章"><a href="#">今日</a>
<a href="#">稍後閱讀清單</a></div>
<nav class="feeds"><h3>訂閱來源</h3><ul><li class="active">{escape(feed)} <span class="count">{unread}</span></li>
{feeds}</ul></nav>
<section class="item-list"><h2 class="list-title">{escape(feed)}</h2><ul>{"".join(items)}</ul></section>
<article class="reading-pane"><div class="entry-feed">{escape(feed)}</div>
<h1 class="entry-title"><a href="{original}">{headline_html(story)}</a></h1>
<div class="entry-meta">{meta}</div>
<div class="entry-actions">{actions}</div>
<div class="entry-content">{_ps(story.lines)}</div>
<div class="entry-footer">在原網站上閱讀：<a href="{original}">{original}</a></div></article></body></html>"""
    furniture = (feed, "訂閱閱讀器", "稍後閱讀清單", "訂閱來源", *(f"{n}{c}" for n, c in FEEDS), *others)
    furniture += (actions, f"在原網站上閱讀：{original}")
    return Wrapped(html, furniture, f"https://www.example-r15-reader.com/feed/{rng.randrange(10**8)}/item")


@unseen15("reader_view_saved_credits_info_p")
def reader_view_saved_credits_info_p(story: Story) -> Wrapped:
    """A browser's reader view saved as a page: the original `<title>` (headline_column_site), the domain over the
    `<h1>`, the outlet as unlabelled credits, a reading time, the site's info line (with 浏览次数) and
    【打印本页】【关闭窗口】 kept as the content's `<p>`s, 关闭阅读视图/字体控件/朗读 buttons."""
    rng = _rng(story, "reader_view")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column = rng.choice(["招商引资", "部门动态", "乡镇动态"])
    page_title = f"{story.headline}_{column}_{site}" if story.headline else f"{column}_{site}"
    domain = f"www.example-r15-rv{rng.randrange(10, 99)}.gov.cn"
    views = f"浏览次数：{rng.randrange(50, 6000)}"
    info = _join(
        [
            f"发布日期：{story.published:%Y-%m-%d}" if story.published else "",
            f"信息来源：{escape(story.outlet)}" if story.outlet else "",
            views,
        ]
    )
    minutes = rng.randrange(2, 7)
    reading = f"{minutes}-{minutes + 1} 分钟"
    credits = f'<div class="credits reader-credits">{escape(story.outlet)}</div>' if story.outlet else ""
    buttons = ["关闭阅读视图", "字体控件", "朗读"]
    html = f"""<!DOCTYPE html><html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">
<meta name="viewport" content="width=device-width; user-scalable=0"><title>{escape(page_title)}</title>
<link rel="stylesheet" href="chrome://global/skin/aboutReader.css" type="text/css"></head>
<body class="light sans-serif loaded" dir="ltr"><div class="toolbar-container"><div class="toolbar reader-toolbar">
<div class="reader-controls">{"".join(f'<button><span class="hover-label">{b}</span></button>' for b in buttons)}</div>
</div></div>
<div class="container" style="--font-size: 20px; --content-width: 30em;">
<div class="header reader-header reader-show-element"><a class="domain reader-domain" href="http://{domain}/">{domain}</a>
<div class="domain-border"></div><h1 class="reader-title">{headline_html(story)}</h1>
{credits}<div class="meta-data"><div class="reader-estimated-time">{reading}</div></div></div>
<hr><div class="content"><div class="mozilla-reader-content"><div id="readability-page-1" class="page"><div>
<p>{info}</p>
{_ps(story.lines)}
<p>【打印本页】【关闭窗口】</p>
</div></div></div></div><div class="reader-message"></div></div></body></html>"""
    furniture = (f"{column}_{site}", "".join(buttons), domain, views, "【打印本页】【关闭窗口】")
    return Wrapped(html, furniture, f"about:reader?url=http%3A%2F%2F{domain}%2Fart%2F{rng.randrange(10**6)}.html")


@unseen15("yuanqu_operator_swt_invite")
def yuanqu_operator_swt_invite(story: Story) -> Wrapped:
    """A 产业园 运营商's 官网: the company in the logo `<h1>`, a 新闻资讯 / NEWS CENTER `<h2>` banner, the headline a
    `<div>`, 发布时间/来源/浏览 N 次, an advertising `<p>` as the text's last, a 商务通 invitation box and floats."""
    rng = _rng(story, "yuanqu")
    company = rng.choice(COMPANIES)
    hotline = f"400-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"
    slogan = "专业园区招商运营服务商"
    views = f"浏览：{rng.randrange(30, 3000)}次"
    info = _join(
        [
            f"发布时间：{story.published:%Y-%m-%d}" if story.published else "",
            f"来源：{escape(story.outlet or company)}",
            views,
        ]
    )
    advert = f"{company}提供标准厂房租售、政策申报、企业落户一站式服务，入园咨询热线：{hotline}。"
    invite = f"您好！欢迎来到{company}，请问您想了解厂房租售还是入园政策？"
    prev_title, next_title, *recommended = _pick(rng, OTHER_NEWS, 5)
    icp, _police = _numbers(rng)
    menu = "网站首页　园区概况　招商政策　厂房租售　新闻资讯　联系我们"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{headline_html(story)}-新闻资讯-{company}</title>
<meta name="keywords" content="产业园招商,厂房出租,厂房出售,{company}"></head><body>
<div class="top"><span>欢迎访问{company}官网！</span><span class="tel">全国招商热线：{hotline}</span></div>
<div class="header"><h1 class="logo"><img src="/images/logo.png" alt="{company}">{company}</h1>
<p class="slogan">{slogan}</p></div>
<ul class="nav">{"".join(f"<li>{m}</li>" for m in menu.split("　"))}</ul>
<div class="nybanner"><h2>新闻资讯</h2><p>NEWS CENTER</p></div>
<div class="pos">您当前的位置：首页 &gt; 新闻资讯 &gt; 行业动态</div>
<div class="news_show"><div class="news_title">{headline_html(story)}</div>
<div class="news_info">{info}</div>
<div class="news_con">{_ps(story.lines)}
<p>{advert}</p></div>
<div class="fenxiang">分享到：微信　微博　QQ空间</div>
<div class="prenext"><p>上一篇：<a href="#">{prev_title}</a></p><p>下一篇：<a href="#">{next_title}</a></p></div>
<div class="tuijian"><h3>推荐资讯</h3><ul>{"".join(f"<li>{t}</li>" for t in recommended)}</ul></div></div>
<div id="LRdiv0" class="swt-invite"><div class="swt-head">在线咨询</div><p>{invite}</p>
<a href="#">立即咨询</a><a href="#">稍后再说</a></div>
<div class="float-right"><p>在线咨询</p><p>电话咨询</p><p>返回顶部</p></div>
<div class="footer">版权所有 © {company}　{icp}　技术支持：东江网络</div></body></html>"""
    furniture = (f"欢迎访问{company}官网", slogan, menu, "新闻资讯NEWS CENTER", "您当前的位置", views, advert)
    furniture += ("分享到：微信　微博　QQ空间", prev_title, next_title, "推荐资讯", *recommended, invite)
    furniture += ("立即咨询稍后再说", "在线咨询电话咨询返回顶部", icp)
    if not story.outlet:
        furniture += (company,)
    return Wrapped(html, furniture, f"https://www.example-r15-yuanqu.cn/news/{rng.randrange(100, 999)}.html")


@unseen15("kuaixun_bracket_headline_votes")
def kuaixun_bracket_headline_votes(story: Story) -> Wrapped:
    """A 7x24 快讯 detail page: the `<title>` only 快讯详情, the headline only as a bold 【…】 leading the first
    paragraph, 2021.01.09 and 星期 in a banner and the time alone, the outlet an unlabelled `<div>` after the text,
    阅/利好/利空 counts, 相关板块 chips, 上一条/下一条 快讯 with their own 【】 titles and times."""
    rng = _rng(story, "kuaixun")
    site = "财讯通"
    moment = _moment(story.published, rng)
    banner = (
        f'<div class="kx-date"><span class="day">{moment:%Y.%m.%d}</span>'
        f'<span class="week">星期{WEEKDAYS[moment.weekday()]}</span></div>'
        if moment
        else ""
    )
    clock = f'<div class="kx-time">{moment:%H:%M:%S}</div>' if moment else ""
    lead = f"<strong>【{headline_html(story)}】</strong>" if story.headline else ""
    lines = list(story.lines)
    first = f"<p>{lead}{escape(lines[0])}</p>" if lines else (f"<p>{lead}</p>" if lead else "")
    source = f'<div class="kx-source">{escape(story.outlet)}</div>' if story.outlet else ""
    bar = f"阅 {rng.randrange(1, 30)}.{rng.randrange(10)}万　利好 {rng.randrange(10, 900)}　利空 {rng.randrange(1, 90)}"
    chips = [f"区域振兴 +{rng.randrange(0, 3)}.{rng.randrange(10, 99)}%", f"基建工程 +0.{rng.randrange(10, 99)}%"]
    near = _pick(rng, OTHER_NEWS, 2)
    near_rows = [
        f"{label}：{rng.randrange(7, 22):02d}:{rng.randrange(60):02d} 【{title}】"
        for label, title in zip(["上一条", "下一条"], near, strict=True)
    ]
    nav = "首页　快讯　要闻　数据　专题　下载APP"
    summary = (f"【{story.headline}】" if story.headline else "") + (lines[0][:60] if lines else "")
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>快讯详情_{site}</title>
<meta name="description" content="{escape(summary, quote=True)}"></head><body>
<div class="header"><span class="logo">{site}</span><div class="nav">{nav}</div></div>
<div class="kx-main">{banner}
<div class="kx-detail">{clock}
<div class="kx-content">{first}
{_ps(lines[1:])}</div>
{source}
<div class="kx-bar">{bar}　分享</div>
<div class="kx-tags">相关板块：{"".join(f"<span>{c}</span>" for c in chips)}</div></div>
<div class="kx-near">{"".join(f"<p>{row}</p>" for row in near_rows)}</div></div>
<div class="footer">{site}　7x24小时全球资讯</div></body></html>"""
    furniture = (f"快讯详情_{site}", nav, bar, "相关板块：" + "".join(chips), *near_rows, "7x24小时全球资讯")
    return Wrapped(html, furniture, f"https://www.example-r15-kuaixun.cn/detail/{rng.randrange(10**6, 10**7)}")


@unseen15("layui_list_layer_article")
def layui_list_layer_article(story: Story) -> Wrapped:
    """A 政府 list page with the article opened in a layui layer: the site's `<h1>`, the column's `<h2>`, the list
    holding the headline among other titles with their own dates, a pager, the layer's title bar the headline,
    发布时间/发布单位/阅读 in the layer, 打印/关闭 buttons, the list's titles and dates again in a script's JSON."""
    rng = _rng(story, "layui")
    place = rng.choice(PLACES)
    site = f"{place}投资促进局"
    column = "招商动态"
    others = _pick(rng, OTHER_NEWS, 5)
    base = story.published or dt.date(2021, 6, 18)
    offsets = sorted(rng.sample(range(-40, 30), 5), reverse=True)
    entries: list[tuple[str, dt.date | None, str]] = [
        (title, base + dt.timedelta(days=d), "") for title, d in zip(others, offsets, strict=True)
    ]
    if story.headline:
        own = (story.headline, story.published, story.outlet or "")
        # The list runs newest first: the story sits among the others by its day, anywhere where it has none.
        at = (
            sum(1 for _t, d, _s in entries if d and d > story.published)
            if story.published
            else rng.randrange(0, len(entries) + 1)
        )
        entries.insert(at, own)
    rows = "".join(
        f'<li><a href="javascript:;" data-i="{i}">{escape(t)}</a><span>{d:%Y-%m-%d}</span></li>'
        if d
        else f'<li><a href="javascript:;" data-i="{i}">{escape(t)}</a><span></span></li>'
        for i, (t, d, _s) in enumerate(entries)
    )
    data = [{"title": t, "time": f"{d:%Y-%m-%d}" if d else "", "source": s} for t, d, s in entries]
    reads = f"阅读：{rng.randrange(20, 4000)}"
    info = _join(
        [
            f"发布时间：{story.published:%Y-%m-%d}" if story.published else "",
            f"发布单位：{escape(story.outlet)}" if story.outlet else "",
            reads,
        ]
    )
    pager = f"共 {rng.randrange(120, 900)} 条　首页　上一页　1　2　3　下一页　尾页"
    icp, _police = _numbers(rng)
    script = (
        f"var listData = {_script_json(data)};\n"
        "layui.use('layer', function () { var layer = layui.layer;"
        " $('.news-list a').on('click', function () { var d = listData[$(this).data('i')];"
        " layer.open({type: 1, title: d.title, area: ['900px', '80%'], content: $('#detail')}); }); });"
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{column}-{site}</title>
<link rel="stylesheet" href="/layui/css/layui.css"></head><body>
<div class="header"><h1>{site}</h1></div>
<div class="crumb">首页 &gt; 新闻中心 &gt; {column}</div>
<div class="list-box"><h2>{column}</h2><ul class="news-list">{rows}</ul>
<div id="page" class="layui-laypage">{pager}</div></div>
<div class="layui-layer-shade" style="z-index:19891014;opacity:0.3"></div>
<div class="layui-layer layui-layer-page" id="layui-layer1" type="page" times="1" style="z-index:19891015">
<div class="layui-layer-title" style="cursor: move;">{headline_html(story)}</div>
<div class="layui-layer-content"><div id="detail" class="detail">
<div class="detail-info">{info}</div>
<div class="detail-text">{_ps(story.lines)}</div>
<div class="detail-btns"><button class="layui-btn">打印</button><button class="layui-btn">关闭</button></div>
</div></div><span class="layui-layer-setwin"><a class="layui-layer-close" href="javascript:;"></a></span></div>
<div class="footer">{site}　{icp}</div>
<script src="/layui/layui.js"></script><script>{script}</script></body></html>"""
    furniture = ("首页>新闻中心>招商动态", *others, pager, reads, "打印关闭", icp)
    return Wrapped(html, furniture, f"http://tzcj.example-r15-layui.gov.cn/zsdt/list.html#{rng.randrange(10**5)}")


DEV15, LOCKED15 = split_by_digest(UNSEEN15, "round 15/", locked=6)
