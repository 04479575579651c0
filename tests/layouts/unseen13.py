"""Twelve more page layouts written blind (round 13): before reading the HTML reader, and fixed against by nobody.

Round 13 was sealed (not scored when written) until the end of the web reader's next change (0.15.0's
related-headline rule): both halves were scored once then, before and after, nothing fixed from them; spent since. Each
layout is after a kind of Chinese page met in the wild that rounds 1 to 12 did not draw, weighed toward the headline
competing with text that looks like one, furniture written as the article's own paragraphs or list items, and
outlets and dates in the forms real sites give them:

- a 国务院客户端-like H5 share page: an 打开客户端 strip, a 专题 kicker `<div>` of the headline's class above it,
  the date as 2021.01.09 and the outlet run together after it (来源 X without a colon), 【我要纠错】 and
  责任编辑 as the text's `<p>`s, a 扫码下载 card;
- a 人民日报 电子版-like article view: a 引题 `<h3>` over the `<h1>`, a 副题 `<h2>` under it, the outlet and date
  only in one issue line 《X》（ 2021年01月09日 第 04 版）, a 版面目录 of other pages' headlines;
- a 学习强国-like web view: the date alone under the headline, the outlet only after the text as 来源：X together
  with 作者 and 责任编辑, an 打开“学习强国” strip, 推荐阅读 cards;
- a page whose headline is only an `<input type=hidden>` value and a `data-title` over a title picture without
  alt text, the `<title>` the site's name, an `<h1>` slogan, the date in a hidden input and 更新于 a later day;
- a 乡镇 page on a 博达-like 建站 template: a left column tree of 乡镇概况 items, the headline a
  `<td class="titlestyle">`, the date and outlet in `timestyle` and `authorstyle` spans with no labels;
- a 投资促进局 project page: a 项目信息 table above the article (项目名称 a headline-like row, 发布日期 an earlier
  day, 联系人 and 联系电话), the article's headline a `<div>` under it, 信息来源 and 发布时间 in a `<ul>`;
- a 微博头条文章-like page: the outlet only as @X in an author card, 发布于 2021-1-9 09:30, 阅读数, 转发 评论 赞
  as `<li>`s, 微博正文 and an 举报 link;
- a 专题 page with two articles, the one asked for second: the first one's headline, earlier date and paragraph on
  the page first, both headlines `<h2>`s of the same class, the address's fragment naming the second;
- an accessible 无障碍 version: a toolbar of 声音 语速 指读 连读 大字幕 配色 as `<li>`s, a screen-reader greeting,
  the headline's `<div>` with an aria-label prefix, 发布日期/文章来源 as `<dt>`/`<dd>`;
- a 繁體 rendering of a 政府 portal (a 简繁 switch): 發佈日期、資訊來源 and 瀏覽次數 run together in one `<div>`,
  當前位置, 【列印本頁】【關閉視窗】, 簡體版 link;
- a 新华社客户端-like share page: the date in seconds before the outlet behind a 丨, 【纠错】 and 责任编辑 on one
  line, a 相关新闻 list whose items carry their own dates, an 打开新华社客户端 strip;
- a WeUI 政务 H5 page: `weui-article` with the headline an `<h1>` and a column `<h2>` 招商动态·第N期 inside the
  article before the text, the date as 2021/1/9, 来源丨X, a bottom tab bar 首页 政务 办事 互动 我的.

The split is fixed by a rule set before anything is scored: the six layouts whose names have the smallest SHA-256
digests of "round 13/" + name are `LOCKED13`, the other six `DEV13`.
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
from layouts.page_parts import _shifted
from layouts.unseen4 import _paras
from layouts.unseen10 import _joined, _same_class

UNSEEN13: dict[str, Layout] = {}
NAMES = ["覃立新", "詹慧琳", "涂海波", "柏文静", "帅国良", "雍晓霞"]
KICKERS = ["奋楫争先谋发展　凝心聚力开新局", "聚焦营商环境　激发市场活力", "稳字当头抓项目　进字为先促投资"]
PROJECTS = ["年产五万吨新型环保建材生产线项目", "智能网联汽车零部件产业园项目", "冷链物流仓储配送中心建设项目"]
FIRST_ARTICLES = [
    ("全域旅游示范区创建工作推进会召开", "会议通报了景区提升、民宿集群和旅游厕所建设的进展情况。"),
    ("农村人居环境整治现场观摩活动举行", "观摩组一行先后走访五个行政村，实地察看了污水管网和垃圾分类设施。"),
]


def unseen13(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN13)


def _traditional(text: str) -> str:
    """A place's name as a 简繁 switch prints it: only the characters PLACES holds that the two scripts write apart."""
    return text.translate(str.maketrans("县区东云岭", "縣區東雲嶺"))


# ---------------------------------------------------------------- app share pages


@unseen13("guowuyuan_h5_kicker_dot_date")
def guowuyuan_h5_kicker_dot_date(story: Story) -> Wrapped:
    """A 国务院客户端-like H5 page: an open-app strip, a 专题 kicker of the headline's class above it, 2021.01.09 and
    来源 X run together, 【我要纠错】 and 责任编辑 as the text's `<p>`s, a 扫码下载 card."""
    rng = _rng(story, "gwy_h5")
    kicker = rng.choice(KICKERS)
    info = _joined(
        [
            f"{story.published:%Y.%m.%d}" if story.published else "",
            f"来源 {escape(story.outlet)}" if story.outlet else "",
        ],
        "",
    )
    editor = f"责任编辑：{rng.choice(NAMES)}"
    strip = "打开客户端，查看更多权威发布"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>{headline_html(story)}</title></head><body>
<div class="open-app"><img src="/h5/logo.png" alt=""><span>{strip}</span><a href="#">立即打开</a></div>
<div class="article"><div class="article-title kicker">{kicker}</div>
<div class="article-title">{headline_html(story)}</div>
<div class="article-info">{info}</div>
<div class="article-content">{_paras(story.lines)}
{_same_class(["【我要纠错】", editor])}</div>
<div class="download"><img src="/h5/qr.png" alt=""><p>扫码下载客户端　政策解读随时看</p></div></div>
</body></html>"""
    furniture = (strip, kicker, "【我要纠错】", editor, "扫码下载客户端", "政策解读随时看")
    return Wrapped(html, furniture, f"https://h5.example-gwy13.cn/article/{rng.randrange(10**7)}.html")


@unseen13("xinhua_client_seconds_pipe_source")
def xinhua_client_seconds_pipe_source(story: Story) -> Wrapped:
    """A 新华社客户端-like share page: the date in seconds, then 丨 and the outlet, 【纠错】 and 责任编辑 on one line
    after the text, 相关新闻 whose items carry their own dates, an 打开新华社客户端 strip."""
    rng = _rng(story, "xinhua_client")
    when = time_on_day(story.published, "%Y-%m-%d %H:%M:%S", rng)
    info = _joined([when, escape(story.outlet or "")], "丨")
    closing = f"【纠错】　责任编辑：{rng.choice(NAMES)}"
    news = _pick(rng, OTHER_NEWS, 3)
    dates = [f"{_shifted(story.published, -d) or dt.date(2021, 3, d):%m-%d}" for d in (1, 2, 4)]
    related = "".join(
        f'<li><a href="#">{title}</a><span>{day}</span></li>' for title, day in zip(news, dates, strict=True)
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{headline_html(story)}-新华社客户端</title></head><body>
<header class="top-bar"><span>新华社客户端</span><a class="open" href="#">打开新华社客户端</a></header>
<section class="detail"><h1 class="detail-title">{headline_html(story)}</h1>
<div class="detail-meta">{info}</div>
<div class="detail-body">{_paras(story.lines)}</div>
<p class="detail-editor">{closing}</p></section>
<section class="related"><h4>相关新闻</h4><ul>{related}</ul></section>
<footer>新华社客户端　权威　快速　准确</footer></body></html>"""
    furniture = ("打开新华社客户端", closing, *news, "权威　快速　准确")
    return Wrapped(html, furniture, f"https://h.example-xinhua13.cn/vh512/share/{rng.randrange(10**8)}")


@unseen13("xuexi_webview_source_after_text")
def xuexi_webview_source_after_text(story: Story) -> Wrapped:
    """A 学习强国-like web view: the date alone under the headline, the outlet only after the text as 来源：X with
    作者 and 责任编辑, an 打开“学习强国” strip, 推荐阅读 cards."""
    rng = _rng(story, "xuexi")
    author, editor = rng.sample(NAMES, 2)
    day = f'<div class="render-detail-time">{story.published:%Y-%m-%d}</div>' if story.published else ""
    after = [
        f"来源：{escape(story.outlet)}" if story.outlet else "",
        f"作者：{author}",
        f"责任编辑：{editor}",
    ]
    cards = _pick(rng, OTHER_NEWS, 2)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>学习平台</title></head><body>
<div class="app-banner">打开“学习强国”，了解更多精彩内容<a href="#">打开</a></div>
<div class="render-detail-article"><div class="render-detail-article-title">{headline_html(story)}</div>
{day}
<div class="render-detail-content">{_paras(story.lines)}</div>
<div class="render-detail-resource">{"".join(f"<span>{part}</span>" for part in after if part)}</div></div>
<div class="recommend"><div class="recommend-title">推荐阅读</div>
{"".join(f'<div class="card"><div class="card-title">{t}</div></div>' for t in cards)}</div></body></html>"""
    furniture = ("了解更多精彩内容", f"作者：{author}", f"责任编辑：{editor}", "推荐阅读", *cards)
    return Wrapped(html, furniture, f"https://article.example-xx13.cn/detail?id={rng.randrange(10**15)}")


@unseen13("weibo_ttarticle_at_author")
def weibo_ttarticle_at_author(story: Story) -> Wrapped:
    """A 微博头条文章-like page: the outlet only as @X in an author card, 发布于 2021-1-9 09:30 unpadded, 阅读数,
    转发 评论 赞 as `<li>`s, a 举报 link."""
    rng = _rng(story, "weibo")
    when = ""
    if story.published:
        moment = time_on_day(story.published, "%H:%M", rng)
        when = f"发布于 {story.published.year}-{story.published.month}-{story.published.day} {moment}"
    author = f'<a class="W_f14" href="#">@{escape(story.outlet)}</a>' if story.outlet else ""
    reads = f"阅读数：{rng.randrange(1000, 90000)}"
    counts = [f"{what} {rng.randrange(2, 900)}" for what in ("转发", "评论", "赞")]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story)}</title></head><body>
<div class="WB_global_nav">微博　首页　视频　发现　游戏　注册　登录</div>
<div class="WB_artical"><div class="main_editor">
<div class="title" node-type="articleTitle">{headline_html(story)}</div>
<div class="author_info">{author}<a class="follow" href="#">+关注</a></div>
<div class="time"><span>{when}</span><span class="num">{reads}</span></div>
<div class="WB_editor_iframe_new" node-type="contentBody">{_paras(story.lines)}</div>
<div class="DCI_v2"><a href="#">举报该文章</a></div></div>
<ul class="WB_row_line">{"".join(f"<li>{count}</li>" for count in counts)}</ul></div></body></html>"""
    furniture = ("微博　首页　视频　发现　游戏", reads, "举报该文章", *counts)
    return Wrapped(html, furniture, f"https://weibo.example13.com/ttarticle/p/show?id={rng.randrange(10**16)}")


# ---------------------------------------------------------------- newspapers and 专题 pages


@unseen13("rmrb_epaper_issue_line_kicker")
def rmrb_epaper_issue_line_kicker(story: Story) -> Wrapped:
    """A 人民日报 电子版-like article view: a 引题 `<h3>` over the `<h1>`, a 副题 `<h2>`, the outlet and date only in
    the issue line 《X》（ 2021年01月09日 第 04 版）, a 版面目录 of other pages' headlines."""
    rng = _rng(story, "rmrb_epaper")
    kicker = rng.choice(KICKERS)
    sub = f"——{rng.choice(PLACES)}一线见闻"
    page = rng.randrange(1, 20)
    issue = ""
    if story.outlet or story.published:
        day = f"{story.published:%Y年%m月%d日}" if story.published else ""
        paper = f"《{escape(story.outlet)}》" if story.outlet else ""
        issue = f"{paper}（ {_joined([day, f'第 {page:02d} 版'], ' ')}）"
    contents = _pick(rng, OTHER_NEWS, 4)
    directory = "".join(f'<li><a href="#">第{i + 1:02d}版：{t}</a></li>' for i, t in enumerate(contents))
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>电子版</title></head><body>
<div class="paper-top"><span>数字报</span><a href="#">往期回顾</a></div>
<div class="left"><div class="swiper-box"><h4>版面目录</h4><ul>{directory}</ul></div></div>
<div class="right"><div class="article"><h3>{kicker}</h3><h1>{headline_html(story)}</h1><h2>{sub}</h2>
<p class="sec">{issue}</p>
<div id="ozoom">{_paras(story.lines)}</div></div>
<div class="pages"><a href="#">上一篇</a><a href="#">下一篇</a></div></div></body></html>"""
    furniture = (kicker, sub, "版面目录", *contents, "往期回顾")
    return Wrapped(html, furniture, f"http://paper.example-rmrb13.cn/html/content_{rng.randrange(10**6)}.htm")


@unseen13("zhuanti_two_articles_second_asked")
def zhuanti_two_articles_second_asked(story: Story) -> Wrapped:
    """A 专题 page with two articles, the one asked for second: the first's headline, earlier date and paragraph
    first, both headlines `<h2>`s of one class, the address's fragment naming the second."""
    rng = _rng(story, "two_articles")
    first_title, first_text = rng.choice(FIRST_ARTICLES)
    first_day = _shifted(story.published, -rng.randrange(2, 9)) or dt.date(2021, 4, 2)
    anchor = rng.randrange(100, 999)

    def article(number: int, title: str, day: dt.date | None, source: str, body: str) -> str:
        meta = _joined([f"{day:%Y-%m-%d}" if day else "", f"来源：{source}" if source else ""])
        return (
            f'<div class="zt-item" id="a{number}"><h2 class="zt-title">{title}</h2>'
            f'<div class="zt-meta">{meta}</div><div class="zt-text">{body}</div></div>'
        )

    first = article(anchor - 1, first_title, first_day, "本站", f"<p>{first_text}</p>")
    second = article(anchor, headline_html(story), story.published, escape(story.outlet or ""), _paras(story.lines))
    banner = f"{rng.choice(PLACES)}招商引资专题报道"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{banner}</title></head><body>
<div class="zt-banner"><h1>{banner}</h1></div>
<div class="zt-nav"><a href="#">专题首页</a> | <a href="#">工作动态</a> | <a href="#">媒体聚焦</a></div>
<div class="zt-list">{first}
{second}</div></body></html>"""
    furniture = (banner, "专题首页", "媒体聚焦", first_title, first_text)
    return Wrapped(html, furniture, f"http://www.example-zt13.gov.cn/zt/zsyz/index.html#a{anchor}")


# ---------------------------------------------------------------- government sites


@unseen13("hidden_input_title_picture")
def hidden_input_title_picture(story: Story) -> Wrapped:
    """A page whose headline is only an `<input type=hidden>` value and a `data-title` over a picture with no alt,
    the `<title>` the site's name, an `<h1>` slogan, the date in a hidden input and 更新于 a later day."""
    rng = _rng(story, "hidden_title")
    place = rng.choice(PLACES)
    site = f"{place}投资服务网"
    slogan = f"投资{place}　共赢未来"
    when = time_on_day(story.published, "%Y-%m-%d %H:%M:%S", rng)
    later = _shifted(story.published, rng.randrange(5, 60))
    updated = f"更新于 {later:%Y-%m-%d}" if later else ""
    heading = escape(story.headline or "", quote=True)
    picture = f'<img src="/titlepic/{rng.randrange(10**5)}.png" alt="">'
    source = f'<div class="src">{escape(story.outlet)}</div>' if story.outlet else ""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site}</title></head><body>
<div class="head"><h1>{slogan}</h1></div>
<form id="docForm"><input type="hidden" id="docTitle" name="title" value="{heading}">
<input type="hidden" id="pubDate" name="pubdate" value="{when}"></form>
<div class="doc"><div class="doc-title" data-title="{heading}">{picture}</div>
{source}
<div class="doc-body">{_paras(story.lines)}</div>
<div class="doc-foot"><span>{updated}</span></div></div>
<div class="foot">{site}　版权所有</div></body></html>"""
    furniture = (slogan, f"{site}　版权所有") + ((updated,) if updated else ())
    return Wrapped(html, furniture, f"http://www.example-tz13.gov.cn/doc/{rng.randrange(10**6)}.html")


@unseen13("vsb_xiangzhen_left_tree")
def vsb_xiangzhen_left_tree(story: Story) -> Wrapped:
    """A 乡镇 page on a 博达-like 建站 template: a left column tree, the headline a `<td class="titlestyle">`, the
    date and outlet in `timestyle` and `authorstyle` spans with no labels."""
    rng = _rng(story, "vsb")
    town = rng.choice(["白沙镇", "桃源乡", "龙潭镇", "清溪乡"])
    tree = [
        ("乡镇概况", ["历史沿革", "自然地理"]),
        ("机构设置", ["领导分工", "内设机构"]),
        ("镇务公开", ["工作动态", "财务公开"]),
    ]
    branches = "".join(
        f'<li class="open"><a href="#">{top}</a><ul>{"".join(f"<li><a href=#>{leaf}</a></li>" for leaf in leaves)}'
        "</ul></li>"
        for top, leaves in tree
    )
    number = rng.randrange(1000, 9999)
    when = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    icp, _police = _numbers(rng)
    stamps = (
        f'<span class="timestyle{number}">{when}</span>&nbsp;&nbsp;'
        f'<span class="authorstyle{number}">{escape(story.outlet or "")}</span>'
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{town}人民政府</title>
<meta name="generator" content="VSB"></head><body>
<table width="1000" align="center"><tr><td colspan="2"><img src="/images/banner.jpg" alt="{town}"></td></tr>
<tr><td width="220" valign="top"><div class="tree"><div class="tree-head">栏目导航</div><ul>{branches}</ul></div></td>
<td valign="top"><table width="100%"><tr><td class="titlestyle{number}" align="center">{headline_html(story)}</td></tr>
<tr><td align="center">{stamps}</td></tr>
<tr><td class="contentstyle{number}"><div class="v_news_content">{_paras(story.lines)}</div></td></tr></table></td></tr>
<tr><td colspan="2" align="center">{town}人民政府　{icp}</td></tr></table></body></html>"""
    # A branch with its leaves: one word of the tree alone could be a story's own word.
    furniture = ("栏目导航", *(top + "".join(group) for top, group in tree), icp)
    return Wrapped(html, furniture, f"http://www.example-xz13.gov.cn/info/{number}/{rng.randrange(10**5)}.htm")


@unseen13("touzicu_project_table_above")
def touzicu_project_table_above(story: Story) -> Wrapped:
    """A 投资促进局 project page: a 项目信息 table above the article (a headline-like 项目名称, an earlier 发布日期,
    联系人, 联系电话), the headline a `<div>` under it, 信息来源 and 发布时间 in a `<ul>`."""
    rng = _rng(story, "project_table")
    place = rng.choice(PLACES)
    project = rng.choice(PROJECTS)
    listed = _shifted(story.published, -rng.randrange(30, 200)) or dt.date(2020, 6, 18)
    contact = rng.choice(NAMES)
    phone = f"0{rng.randrange(300, 999)}-{rng.randrange(10**6, 10**7)}"
    rows = [
        ("项目名称", project),
        ("所属行业", "先进制造业"),
        ("投资总额", f"{rng.randrange(2, 30)}亿元"),
        ("发布日期", f"{listed:%Y-%m-%d}"),
        ("联系人", contact),
        ("联系电话", phone),
    ]
    table = "".join(f"<tr><th>{key}</th><td>{value}</td></tr>" for key, value in rows)
    when = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    info = "".join(
        f"<li>{part}</li>"
        for part in [f"信息来源：{escape(story.outlet)}" if story.outlet else "", f"发布时间：{when}" if when else ""]
        if part
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{place}投资促进局</title></head><body>
<div class="nav">首页 | 投资环境 | 招商项目 | 政策法规 | 投资服务</div>
<div class="project"><h3>项目信息</h3><table class="xmxx">{table}</table></div>
<div class="news"><div class="news-title">{headline_html(story)}</div><ul class="news-info">{info}</ul>
<div class="news-text">{_paras(story.lines)}</div></div>
<div class="foot">{place}投资促进局　招商热线：{phone}</div></body></html>"""
    # A row's label with its value: either alone could be a story's own words.
    furniture = (f"项目信息项目名称{project}", *(key + value for key, value in rows[1:]), "政策法规投资服务")
    return Wrapped(html, furniture, f"http://tzcj.example-{rng.randrange(100)}.gov.cn/xmk/{rng.randrange(10**5)}.html")


@unseen13("wuzhangai_toolbar_aria_dl")
def wuzhangai_toolbar_aria_dl(story: Story) -> Wrapped:
    """An accessible 无障碍 version: 声音 语速 指读 连读 大字幕 配色 as `<li>`s, a screen-reader greeting, the
    headline's `<div>` with an aria-label prefix, 发布日期/文章来源 as `<dt>`/`<dd>`."""
    rng = _rng(story, "wuzhangai")
    tools = ["声音", "语速", "指读", "连读", "大字幕", "配色", "放大", "缩小", "十字线", "重置", "退出服务"]
    greeting = "您已进入无障碍浏览模式，按下Alt加Shift加H可查看快捷键说明"
    label = escape(f"文章标题：{story.headline or ''}", quote=True)
    pairs = [
        ("发布日期", f"{story.published:%Y年%m月%d日}" if story.published else ""),
        ("文章来源", escape(story.outlet or "")),
    ]
    facts = "".join(f"<dt>{key}</dt><dd>{value}</dd>" for key, value in pairs if value)
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{headline_html(story)}（无障碍版）</title></head><body>
<div id="ariaTool" role="toolbar"><ul>{"".join(f'<li role="button" tabindex="0">{t}</li>' for t in tools)}</ul></div>
<p class="sr-only" aria-live="polite">{greeting}</p>
<main><div class="art-title" tabindex="0" aria-label="{label}">{headline_html(story)}</div>
<dl class="art-facts">{facts}</dl>
<div class="art-body" tabindex="0">{_paras(story.lines, ' tabindex="0"')}</div></main></body></html>"""
    furniture = ("声音语速指读连读大字幕配色", "十字线", "退出服务", greeting)
    return Wrapped(html, furniture, f"http://wza.example-gov13.cn/art/{rng.randrange(10**6)}.html?aria=1")


@unseen13("fanti_switch_portal_run_labels")
def fanti_switch_portal_run_labels(story: Story) -> Wrapped:
    """A 繁體 rendering of a 政府 portal: 發佈日期、資訊來源 and 瀏覽次數 run together in one `<div>`, 當前位置,
    【列印本頁】【關閉視窗】, a 簡體版 link."""
    rng = _rng(story, "fanti")
    place = rng.choice(PLACES)
    site = _traditional(f"{place}人民政府")
    when = time_on_day(story.published, "%Y年%m月%d日 %H:%M", rng)
    views = f"瀏覽次數：{rng.randrange(50, 5000)}"
    run = "".join(
        [
            f"發佈日期：{when}" if when else "",
            f"資訊來源：{escape(story.outlet)}" if story.outlet else "",
            views,
        ]
    )
    news = _pick(rng, OTHER_NEWS, 2)
    html = f"""<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>{site}</title></head><body>
<div class="top"><a href="#">簡體版</a>｜<a href="#">無障礙</a>｜<a href="#">長者模式</a></div>
<div class="crumb">當前位置：首頁 ＞ 政務公開 ＞ 招商引資</div>
<div class="detail"><h2 class="detail-tit">{headline_html(story)}</h2>
<div class="detail-info">{run}</div>
<div class="detail-con">{_paras(story.lines)}</div>
<div class="detail-btn">【列印本頁】【關閉視窗】</div>
<div class="detail-near"><p>上一篇：{news[0]}</p><p>下一篇：{news[1]}</p></div></div>
<div class="foot">主辦：{site}辦公室</div></body></html>"""
    furniture = ("簡體版", "長者模式", "當前位置", views, "列印本頁", "關閉視窗", *news, f"主辦：{site}辦公室")
    return Wrapped(html, furniture, f"http://www.example-ft13.gov.cn/big5/art/{rng.randrange(10**6)}.html")


@unseen13("weui_column_h2_slash_date")
def weui_column_h2_slash_date(story: Story) -> Wrapped:
    """A WeUI 政务 H5 page: the headline an `<h1>` and a column `<h2>` 招商动态·第N期 inside the article before the
    text, the date as 2021/1/9, 来源丨X, a bottom tab bar."""
    rng = _rng(story, "weui")
    column = f"招商动态·第{rng.randrange(10, 99)}期"
    day = f"{story.published.year}/{story.published.month}/{story.published.day}" if story.published else ""
    info = _joined([day, f"来源丨{escape(story.outlet)}" if story.outlet else ""], "　")
    tabs = ["首页", "政务", "办事", "互动", "我的"]
    bar = "".join(f'<a class="weui-tabbar__item"><p class="weui-tabbar__label">{t}</p></a>' for t in tabs)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="https://res.example13.cn/weui.min.css"><title>掌上政务</title></head><body>
<article class="weui-article"><h1>{headline_html(story)}</h1>
<p class="weui-article__meta">{info}</p>
<section><h2 class="title">{column}</h2>
<section>{_paras(story.lines)}</section></section></article>
<div class="weui-tabbar">{bar}</div>
</body></html>"""
    furniture = (column, "首页政务办事互动我的", "掌上政务")
    return Wrapped(html, furniture, f"https://m.example-zw13.gov.cn/h5/detail?id={rng.randrange(10**7)}")


DEV13, LOCKED13 = split_by_digest(UNSEEN13, "round 13/", locked=6)
