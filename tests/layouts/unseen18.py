"""Twelve more page layouts written blind (round 18): before reading the HTML reader, and fixed against by nobody.

Round 18 is sealed: it is not scored when written. Whoever next changes the web-page reader
scores it once, both halves, at the end of their work, and fixes nothing from its misses. Each layout is after a kind
of Chinese page met in the wild that rounds 1 to 17 did not draw, weighed toward what generalises (the templates of
county sites' CMSs and of apps, news apps, self-media platforms and their mirrors, document viewers), the headline
competing with a viewer's file name, a site's or a bar's title or living only in the `<title>`, and the dates and
outlets such pages set beside the article's own (a list's days, a later update, a save or a share, epoch times in a
script, Chinese numerals, unlabelled accounts):

- an 投资促进局's 新闻稿 .docx in Office Online's Word viewer: the `<title>` the file's name (the headline or a
  made-up 新闻稿 name), a SharePoint crumb, the viewer's tabs and buttons, every paragraph an `OutlineElement` of
  `TextRun` pieces (the headline cut into several), （二〇二一年一月九日） under it or as the 落款 in Chinese numerals,
  来　源 or 报送单位 under the headline, a status bar of pages, words and language;
- a 网盘 share page previewing a 资料 .docx: the file's name as `<title>` and `<h2>` (a made-up one where the story has
  none), 分享者, a later 分享时间 and 失效时间, 保存到网盘/下载, the preview's pages with the headline a bold centred
  `<p>` and the outlet and the day unlabelled on one line under it, 预览已结束, other shared files with their sizes;
- a 云展网-like flipbook of a 招商 内刊 issue: the issue's name as `<title>` and `<h1>`, 发布者 and a later 上传于,
  the reader's toolbar, the pages' text for search engines in an off-screen block (a 目录 listing the headline among
  other items with page numbers, a 卷首语, the issue's running head between the article's paragraphs, 【招商动态】 over
  the headline `<p>`, 来源 and （2021年1月9日）), 相关推荐 books;
- a 地方志 wiki on MediaWiki: the headline as `#firstHeading` and in `RLCONF` (a made-up page name where the story
  has none), 来自…, a 新闻存档 box naming the outlet and the day in one sentence, a reference mark after the first
  paragraph and a 参考资料 list, 分类, 此页面最后编辑于 a later day, the wiki's tabs and tools;
- a county portal on a SiteServer-like CMS: the `<title>` the column and site only, a 本栏目最新 list with other
  items' days before the article, the headline a `<div>`, 发布日期 as 2021年1月9日 unpadded, 来　源 with a spaced
  label, a click counter's script, 【字体】, 【打印本页】【关闭窗口】, 上一篇/下一篇;
- a 乡镇 subsite in a county's 网站群: the county's top bar, the town's `<h1>` over its own nav, the headline an
  `<h2>`, 发布时间 beside a later 更新时间, 信息来源 (the town's government where the story names none), 阅读量,
  a 手机扫码 caption, 乡镇网站 links, the town's and the cluster's footers;
- a 开发区 site on Drupal: the site's name and slogan, 您在这里 crumbs, a 最新动态 block with m/d/Y days before the
  article, the `<h1>` headline, 提交者 admin 于 周六, 01/09/2021 - 09:30 (the node's creation on another day where the
  story names none), the RDF `dc:date` attribute, a 来源: field, 标签:, 登录或注册后发表评论, 由 Drupal 强力驱动;
- a city 政务 app's H5 page on Vant, saved after rendering: `<title>` and the nav bar's title 文章详情 over the
  headline `<div>`, the outlet and the time unlabelled spans with an 阅读 count, 相关推荐 cells with their days,
  没有更多了, a hidden share sheet, a tab bar;
- a news app's share page with a listening player and an AI summary: 打开APP strip, the `<h1>`, the outlet an
  unlabelled span (the app's channel where the story names none) and the time in seconds, 正在收听 repeating the
  headline, an AI摘要 box, 更新于 a later day after the text, 责任编辑, 相关推荐 with sources and short days, 热门评论;
- a UC 大鱼号 share page: UC头条 strip, the `<h1>`, the account unlabelled with a 大鱼号 tag and the time with no year,
  the whole time only as epoch milliseconds in `window.__INITIAL_DATA__` beside a later grab time, the platform's
  statement, the account's card with 粉丝, 热门评论 with their days, 猜你喜欢 with accounts and 评 counts;
- a 公众号 analytics site's mirror of an article (新榜-like): the account's card (微信号, 新榜指数), 头条 before the
  `<h1>`, 发布时间 with 阅读 10万+ and 在看, 数据更新于 a later day, 阅读原文, 同期发布 with positions and reads,
  最近发文 with days; the account and the title made up where the story names none;
- a 公众号 图片消息 (贴图) share page: no headline element, the title only in `<title>`, `og:title` and
  `var msg_title` (made up where the story has none), a picture swiper with 1/3, the account's follow bar, the text
  one `<p>` of `<br>`-joined lines, the day shown or left for the script (`create_time` in epoch seconds), 发表于 a
  province, 收录于合集, 微信扫一扫 关注该公众号.

Where a story names no headline, pages whose kind always shows a title show a made-up one (the viewer's and the share's
file names, the wiki's page, the mirror's and the 图片消息's titles), listed as furniture; where it names no outlet,
pages whose kind always names a source show their own (the town's government, the app's channel, the 大鱼号 and
公众号 accounts), listed as furniture; where it names no date, the dates a tool adds (a share, an upload, a wiki's
edit, a node's creation, an update, a grab) fall on another day.

The split is fixed by a rule set before anything is scored: the six layouts whose names have the smallest SHA-256
digests of "round 18/" + name are `LOCKED18`, the other six `DEV18`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from itertools import pairwise
from urllib.parse import quote

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
)
from layouts.page_parts import _at, _cn_day, _epoch_ms, _join, _ps, _script_json

UNSEEN18: dict[str, Layout] = {}
NAMES = ["鄢志诚", "訾晓岚", "慕容海生", "郤文涛", "亓春燕", "厍明远"]
WEEKDAYS = "一二三四五六日"
CN_DIGITS = "〇一二三四五六七八九"
TOWNS = ["柳溪镇", "杏坞镇", "枫岭镇", "櫆山乡", "芦湾镇", "梓桥镇"]
PROVINCES = ["浙江", "江苏", "安徽", "湖北", "四川", "福建"]
KANWU_ITEMS = [
    "营商环境评价指标体系解读",
    "园区标准地出让工作经验交流",
    "招商人员业务能力提升培训综述",
    "重点产业链招商图谱编制情况",
    "以商招商工作调研报告",
]
SHARED_FILES = [
    ("招商引资工作汇报材料（定稿）.docx", "31.2KB"),
    ("重点项目推进情况一览表.xlsx", "18.7KB"),
    ("产业园区招商推介PPT.pptx", "12.4MB"),
    ("招商引资优惠政策汇编.pdf", "2.1MB"),
]
COMMENT_LINES = [
    "家门口的好项目，期待早日投产！",
    "希望多招引一些好企业，带动本地就业。",
    "我们这里变化越来越大了，点赞。",
    "项目落地才是硬道理，加油。",
]


def unseen18(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN18)


def _cn_number(number: int) -> str:
    """A month's or a day's number in Chinese numerals (一 to 三十一)."""
    tens, ones = divmod(number, 10)
    if not tens:
        return CN_DIGITS[ones]
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def _cn_numeral_day(day: dt.date) -> str:
    """A day as a 公文 writes it: 二〇二一年一月九日."""
    year = "".join(CN_DIGITS[int(digit)] for digit in str(day.year))
    return f"{year}年{_cn_number(day.month)}月{_cn_number(day.day)}日"


def _later(day: dt.date | None, rng, low: int, high: int, default: dt.date) -> dt.datetime:
    """A moment `low` to `high` days after the story's day (or after `default` where the story has none)."""
    return _at((day or default) + dt.timedelta(days=rng.randrange(low, high)), rng)


def _pieces(text: str, rng, most: int = 3) -> list[str]:
    """A text cut at random places into one to `most` pieces, as an editor's runs cut it."""
    count = min(rng.randrange(1, most + 1), max(1, len(text)))
    cuts = sorted(rng.sample(range(1, len(text)), count - 1)) if len(text) > count else []
    edges = [0, *cuts, len(text)]
    return [text[a:b] for a, b in pairwise(edges) if text[a:b]]


# ---------------------------------------------------------------- document viewers and shares


@unseen18("office_online_word_viewer_textruns")
def office_online_word_viewer_textruns(story: Story) -> Wrapped:
    """An 投资促进局's 新闻稿 .docx in Office Online's Word viewer: the `<title>` the file's name (the headline or a
    made-up 新闻稿 name), a SharePoint crumb, the viewer's tabs and buttons, every paragraph an `OutlineElement` of
    `TextRun` pieces, （二〇二一年一月九日） under the headline or as the 落款, 来　源 or 报送单位, a status bar."""
    rng = _rng(story, "wopi")
    place = rng.choice(PLACES)
    bureau = f"{place}投资促进局"
    library = f"{bureau}文档中心"
    day = story.published
    stem = f"{day:%m%d}" if day else f"{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
    made_up = f"{stem}{place[:-1]}招商新闻稿（报送稿）"
    file_stem = story.headline if story.headline and rng.random() < 0.5 else made_up
    file_name = f"{file_stem}.docx"
    para = rng.randrange(10**7, 10**8)

    def paragraph(text: str, style: str, bold: bool = False) -> str:
        nonlocal para
        para += rng.randrange(3, 40)
        weight = ' style="font-weight: bold;"' if bold else ""
        runs = "".join(
            f'<span class="TextRun" lang="ZH-CN" xml:lang="ZH-CN" data-contrast="auto"{weight}>'
            f'<span class="NormalTextRun">{escape(piece)}</span></span>'
            for piece in _pieces(text, rng)
        )
        return (
            f'<div class="OutlineElement Ltr"><p class="Paragraph" paraid="{para}" '
            f'paraeid="{{{para:x}-0}}{{{rng.randrange(16**3):03x}}}" style="{style}">{runs}'
            f'<span class="EOP" data-ccp-props="{{}}">&nbsp;</span></p></div>'
        )

    centre = "text-align: center; margin-bottom: 8pt;"
    indent = "text-align: justify; text-indent: 32pt; line-height: 28pt;"
    right = "text-align: right; line-height: 28pt;"
    blocks = []
    if story.headline:
        blocks.append(paragraph(story.headline, centre + " font-size: 22pt;", bold=True))
    closing_date = day is not None and rng.random() < 0.5
    if day and not closing_date:
        blocks.append(paragraph(f"（{_cn_numeral_day(day)}）", centre))
    label = rng.choice(["来　源：", "报送单位："])
    if story.outlet:
        blocks.append(paragraph(f"{label}{story.outlet}", centre))
    blocks += [paragraph(line, indent) for line in story.lines]
    if closing_date and day:
        blocks.append(paragraph(bureau, right))
        blocks.append(paragraph(_cn_numeral_day(day), right))
    pages = [blocks[i : i + 12] for i in range(0, len(blocks), 12)] or [[]]
    rendered = "".join(
        f'<div class="PageContentContainer"><div class="Page" data-page="{n}" style="width: 816px;">'
        f'<div class="PageContent">{"".join(page)}</div></div></div>'
        for n, page in enumerate(pages, 1)
    )
    words = sum(len(line) for line in story.lines) + len(story.headline or "")
    status = f"第 1 页，共 {len(pages)} 页　约 {words:,} 个字　中文(中国)　帮助改进 Office"
    tabs = ["文件", "查看"]
    buttons = ["编辑文档", "打印", "共享", "批注", "查找", "阅读视图"]
    host = f"oos.example-r18-tzcj{rng.randrange(10, 99)}.gov.cn"
    source = f"https://docs.example-r18-tzcj.gov.cn/xwgb/{quote(file_name)}"
    address = f"https://{host}/wv/wordviewerframe.aspx?ui=zh-CN&rs=zh-CN&WOPISrc={quote(source, safe='')}"
    token = "".join(rng.choice("abcdef0123456789") for _ in range(32))
    html = f"""<!DOCTYPE html><html lang="zh-CN" dir="ltr"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{escape(file_name)} - Microsoft Word Online</title>
<link rel="stylesheet" type="text/css" href="/wv/resources/1033/WordViewer.css"></head>
<body class="WACBody" spellcheck="false"><form id="office_form" name="office_form" method="post" action="#">
<input name="access_token" type="hidden" value="{token}"><input name="access_token_ttl" type="hidden" value="0">
</form><div id="AppHeaderPanel" class="o365cs-base"><div class="o365cs-nav-appTitle"><span>Word Online</span></div>
<div id="BreadcrumbBar" class="cui-breadcrumb"><a href="#">{library}</a> &gt; <a href="#">新闻宣传</a> &gt;
<span id="BreadcrumbTitle" title="{escape(file_name)}">{escape(file_name)}</span></div></div>
<div id="RibbonContainer" class="cui-ribbonTopBars"><ul class="cui-tts" role="tablist">
{"".join(f'<li class="cui-tt" role="tab"><a href="#">{t}</a></li>' for t in tabs)}</ul>
<div class="cui-tabBody">{"".join(f'<button class="cui-ctl-large">{b}</button>' for b in buttons)}</div></div>
<div id="WACViewPanel" class="WACViewPanel" role="main"><div id="WACViewPanel_EditingElement"
 class="WACViewPanel_EditingElement" contenteditable="false" lang="zh-CN">
{rendered}
</div></div>
<div id="StatusBarContainer" class="StatusBar" role="contentinfo"><span>{status}</span></div>
<script type="text/javascript">var g_wopiSrc = "{source}"; var g_fileName = {_script_json(file_name)};</script>
</body></html>"""
    furniture = ("Word Online", f"{library}>新闻宣传", "".join(tabs + buttons), status)
    furniture += (made_up,) if file_stem == made_up else ()
    furniture += (bureau,) if closing_date else ()
    return Wrapped(html, furniture, address)


@unseen18("wangpan_share_docx_preview_file_name")
def wangpan_share_docx_preview_file_name(story: Story) -> Wrapped:
    """A 网盘 share page previewing a 资料 .docx: the file's name as `<title>` and `<h2>` (made up where the story has
    none), 分享者, a later 分享时间 and 失效时间, 保存到网盘/下载, the headline a bold centred `<p>` with the outlet and
    the day unlabelled under it, 预览已结束, other shared files with their sizes."""
    rng = _rng(story, "wangpan")
    place = rng.choice(PLACES)
    made_up = f"{place[:-1]}招商资料{rng.randrange(2, 40):02d}"
    file_name = f"{story.headline or made_up}.docx"
    size = f"{rng.randrange(12, 95)}.{rng.randrange(10)}KB"
    sharer = f"{rng.choice(['zs', 'qs', 'tz'])}***{rng.randrange(10, 99)}"
    shared = _later(story.published, rng, 3, 200, dt.date(2021, 4, 12))
    share_line = f"分享时间：{shared:%Y-%m-%d %H:%M}　失效时间：永久有效"
    buttons = f"保存到网盘　下载({size})　举报"
    under = _join(
        [escape(story.outlet) if story.outlet else "", _cn_day(story.published) if story.published else ""], "　"
    )
    heading = (
        f'<p style="text-align:center;font-size:20px;"><b>{headline_html(story)}</b></p>' if story.headline else ""
    )
    dated = f'<p style="text-align:center;color:#333;">{under}</p>' if under else ""
    others = rng.sample(SHARED_FILES, 3)
    other_rows = [f"{name}{weight}" for name, weight in others]
    other_html = "".join(
        f'<li><span class="icon-{name.rsplit(".", 1)[1]}"></span><a href="#">{name}</a>'
        f'<span class="size">{weight}</span></li>'
        for name, weight in others
    )
    end_note = "预览已结束，下载后可查看完整文档格式"
    menu = "网盘　客户端下载　会员中心　登录"
    share_id = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789") for _ in range(22))
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="keywords" content="{escape(file_name)},网盘,分享">
<title>{escape(file_name)}_免费高速下载|网盘-分享无限制</title>
<link rel="stylesheet" href="/static/share/css/share.css"></head><body>
<div class="header"><a class="logo" href="/">网盘</a><div class="nav">{menu}</div></div>
<div class="share-main"><div class="share-file-info"><h2 class="file-name" title="{escape(file_name)}">
{escape(file_name)}</h2><div class="share-user">分享者：<a href="#">{sharer}</a></div>
<div class="share-time">{share_line}</div>
<div class="share-btns"><a class="g-button" href="#">保存到网盘</a>　<a class="g-button" href="#">下载({size})</a>　<a
 class="report" href="#">举报</a></div></div>
<div class="doc-preview"><div class="docx-page" data-page="1">
{heading}
{dated}
{_ps(story.lines, ' style="text-indent:2em;line-height:1.8;"')}
</div><div class="preview-end">{end_note}</div></div>
<div class="share-recommend"><h3>该分享者的其他文件</h3><ul>{other_html}</ul></div></div>
<div class="footer">©{shared.year} 网盘　服务协议　权利声明　版权投诉</div>
<script>window.yunData = {_script_json({"shareid": rng.randrange(10**9), "surl": share_id, "file_name": file_name})};
</script></body></html>"""
    furniture = (menu, f"分享者：{sharer}", share_line, buttons, end_note, "该分享者的其他文件", *other_rows)
    furniture += ("服务协议　权利声明　版权投诉",)
    furniture += () if story.headline else (made_up,)
    return Wrapped(html, furniture, f"https://pan.example-r18-pan.com/s/1{share_id}")


@unseen18("yunzhan_flipbook_seo_pages_toc")
def yunzhan_flipbook_seo_pages_toc(story: Story) -> Wrapped:
    """A 云展网-like flipbook of a 招商 内刊 issue: the issue's name as `<title>` and `<h1>`, 发布者 and a later 上传于,
    the reader's toolbar, the pages' text for search engines off screen (a 目录 listing the headline among other items,
    a 卷首语, the running head between paragraphs, 【招商动态】 over the headline `<p>`, 来源 and the day), 相关推荐."""
    rng = _rng(story, "flipbook")
    place = rng.choice(PLACES)
    bureau = f"{place}投资促进局"
    base = story.published or dt.date(2021, 3, 8)
    issue = rng.randrange(1, 12)
    journal = f"《{place[:-1]}招商》{base.year}年第{issue}期"
    uploaded = _later(story.published, rng, 5, 90, dt.date(2021, 3, 8))
    facts = f"发布者：{bureau}　上传于：{uploaded:%Y-%m-%d}　浏览：{rng.randrange(100, 5000)}次"
    toolbar = "目录　缩略图　自动翻页　全屏　分享　下载　放大　缩小"
    menu = "首页　杂志　画册　企业宣传册　免费制作"
    items = _pick(rng, KANWU_ITEMS, 3)
    first_page = 3
    toc = [(headline_html(story), first_page)] if story.headline else []
    toc += [(item, first_page + 2 * (i + 1)) for i, item in enumerate(items)]
    rows = [f"{item}……{page}" for item, page in toc]
    other_rows = rows[1:] if story.headline else rows
    foreword = f"新的一年，{place[:-1]}招商人将以更加昂扬的姿态，奋力书写招商引资新篇章。"
    running = f"{place[:-1]}招商　{base.year}年第{issue}期"
    lead = ['<p class="col">【招商动态】</p>']
    if story.headline:
        lead.append(f'<p class="tit">{headline_html(story)}</p>')
    if story.outlet:
        lead.append(f"<p>来源：{escape(story.outlet)}</p>")
    if story.published:
        lead.append(f"<p>（{_cn_day(story.published)}）</p>")
    paragraphs = lead + [f"<p>{escape(line)}</p>" for line in story.lines]
    pages = [paragraphs[i : i + 9] for i in range(0, len(paragraphs), 9)]
    text_pages = [
        '<div class="page-text" data-page="1"><p>目　录</p>'
        + "".join(f"<p>{item}……{page}</p>" for item, page in toc)
        + "</div>",
        f'<div class="page-text" data-page="2"><p>卷首语</p><p>{foreword}</p></div>',
    ]
    text_pages += [
        f'<div class="page-text" data-page="{first_page + n}"><p class="rh">{running}</p>{"".join(page)}</div>'
        for n, page in enumerate(pages)
    ]
    related = [f"{p[:-1]}招商{base.year}年第{rng.randrange(1, 12)}期" for p in rng.sample(PLACES, 3) if p != place]
    page_count = first_page + len(pages) + 2 * len(items)
    images = "".join(
        f'<div class="page" data-page="{n}"><img src="files/mobile/{n}.jpg" alt=""></div>' for n in range(1, 5)
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{journal} - 云展网在线阅读</title>
<meta name="description" content="{journal}，{bureau}编印，共{page_count}页。"></head><body>
<div class="yz-header"><a class="logo" href="/">云展网</a><div class="yz-nav">{menu}</div>
<div class="yz-login"><a href="#">登录</a> <a href="#">注册</a></div></div>
<div class="book-info"><h1 class="book-title">{journal}</h1><div class="book-facts">{facts}</div></div>
<div class="reader"><div class="reader-toolbar">{toolbar}</div><div id="flipbook">{images}</div>
<div class="page-num">1 / {page_count}</div></div>
<div class="seo-text" style="position:absolute;left:-9999px;top:0;width:1px;overflow:hidden;">
{"".join(text_pages)}
</div>
<div class="book-related"><h3>相关推荐</h3><ul>{"".join(f'<li><a href="#">{r}</a></li>' for r in related)}</ul></div>
<div class="yz-footer">云展网 — 在线杂志画册制作平台　{_numbers(rng)[0]}</div></body></html>"""
    furniture = (menu, journal, facts, toolbar, *other_rows, "卷首语" + foreword, running)
    furniture += ("相关推荐", *related, "在线杂志画册制作平台")
    return Wrapped(html, furniture, f"https://www.example-r18-yunzhan.com/book/{rng.randrange(10**6)}.html")


@unseen18("mediawiki_difangzhi_reference_last_edited")
def mediawiki_difangzhi_reference_last_edited(story: Story) -> Wrapped:
    """A 地方志 wiki on MediaWiki: the headline as `#firstHeading` and in `RLCONF` (a made-up page name where the
    story has none), 来自…, a 新闻存档 box naming the outlet and the day in one sentence, a reference mark and a
    参考资料 list, 分类, 此页面最后编辑于 a later day, the wiki's tabs and tools."""
    rng = _rng(story, "mediawiki")
    place = rng.choice(PLACES)
    wiki = f"{place[:-1]}方志百科"
    made_up = f"{place}招商引资纪事（{rng.randrange(2, 30)}）"
    page = story.headline or made_up
    day = story.published
    edited = _later(day, rng, 20, 400, dt.date(2021, 2, 18))
    if story.outlet and day:
        archived = f"本页面存档自{story.outlet}于{_cn_day(day)}发布的报道"
    elif story.outlet:
        archived = f"本页面存档自{story.outlet}发布的报道"
    elif day:
        archived = f"本页面存档自{_cn_day(day)}发布的网络公开报道"
    else:
        archived = "本页面存档自网络公开报道"
    archived += "，仅供地方志资料查阅，内容以原文为准。"
    reference = _join(
        [escape(story.outlet) if story.outlet else "", f"《{escape(page)}》", _cn_day(day) if day else ""], "，"
    )
    lines = [f"<p>{escape(line)}</p>" for line in story.lines]
    if lines:
        lines[0] = lines[0][:-4] + '<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup></p>'
    year = f"{day.year}年" if day else "年份不详"
    categories = ["招商引资", f"{place}经济", year]
    category_line = "分类：" + "".join(categories)
    weekday = WEEKDAYS[edited.weekday()]
    last_edited = f"此页面最后编辑于{edited.year}年{edited.month}月{edited.day}日 (星期{weekday}) {edited:%H:%M}。"
    visits = f"此页面已被访问过{rng.randrange(30, 4000)}次。"
    personal = "未登录　讨论　贡献　创建账户　登录"
    views = "页面　讨论　阅读　编辑　查看历史"
    tools = "首页　最近更改　随机页面　帮助　链入页面　相关更改　特殊页面　可打印版本　固定链接　页面信息"
    licence = "本站的全部文字在知识共享 署名-相同方式共享 3.0协议之条款下提供。"
    links = "隐私政策　关于" + wiki + "　免责声明"
    revision = rng.randrange(10**4, 10**5)
    config = {
        "wgCanonicalNamespace": "",
        "wgPageName": page.replace(" ", "_"),
        "wgTitle": page,
        "wgCurRevisionId": revision,
        "wgRevisionId": revision,
        "wgArticleId": rng.randrange(100, 9000),
        "wgIsArticle": True,
        "wgUserName": None,
        "wgCategories": categories,
        "wgPageContentLanguage": "zh-hans",
    }
    html = f"""<!DOCTYPE html><html class="client-nojs" lang="zh-Hans-CN" dir="ltr"><head><meta charset="UTF-8"/>
<title>{escape(page)} - {wiki}</title>
<script>document.documentElement.className="client-js";RLCONF={_script_json(config)};</script>
<meta name="generator" content="MediaWiki 1.35.1"/><link rel="stylesheet" href="/load.php?lang=zh-cn&amp;skin=vector"/>
</head><body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-{revision} skin-vector
 action-view"><div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice" class="mw-body-content"></div>
<h1 id="firstHeading" class="firstHeading" lang="zh-Hans-CN">{escape(page)}</h1>
<div id="bodyContent" class="mw-body-content"><div id="siteSub" class="noprint">来自{wiki}</div>
<div id="contentSub"></div><a class="mw-jump-link" href="#mw-head">跳到导航</a><a class="mw-jump-link"
 href="#searchInput">跳到搜索</a><div id="mw-content-text" lang="zh-Hans-CN" dir="ltr" class="mw-content-ltr">
<div class="mw-parser-output"><table class="plainlinks ambox ambox-notice"><tbody><tr><td class="mbox-image">
<img alt="" src="/images/Information_icon.png" width="30" height="30"/></td><td class="mbox-text">{escape(archived)}
</td></tr></tbody></table>
{"".join(lines)}
<h2><span class="mw-headline" id="参考资料">参考资料</span><span class="mw-editsection"><span
 class="mw-editsection-bracket">[</span><a href="#">编辑</a><span class="mw-editsection-bracket">]</span></span></h2>
<div class="mw-references-wrap"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><b><a
 href="#cite_ref-1">↑</a></b></span> <span class="reference-text">{reference}</span></li></ol></div>
</div></div><div class="printfooter">取自“<a dir="ltr" href="#">{escape(page)}</a>”</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
 href="#" title="特殊:页面分类">分类</a>：<ul>{"".join(f'<li><a href="#">{c}</a></li>' for c in categories)}</ul></div>
</div></div></div>
<div id="mw-navigation"><h2>导航菜单</h2><div id="mw-head"><div id="p-personal" role="navigation"><ul>
{"".join(f"<li>{p}</li>" for p in personal.split("　"))}</ul></div><div id="p-views" role="navigation"><ul>
{"".join(f"<li>{v}</li>" for v in views.split("　"))}</ul></div><div id="p-search" role="search"><input
 type="search" name="search" placeholder="搜索{wiki}" id="searchInput"/></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/" title="访问首页"></a></div>
<div id="p-tb" role="navigation"><ul>{"".join(f"<li>{t}</li>" for t in tools.split("　"))}</ul></div></div></div>
<div id="footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod">{last_edited}</li>
<li id="footer-info-viewcount">{visits}</li><li id="footer-info-copyright">{licence}</li></ul>
<ul id="footer-places"><li>{links.replace("　", "</li><li>")}</li></ul><ul id="footer-icons"><li><img alt="Powered by
 MediaWiki" src="/resources/assets/poweredby_mediawiki_88x31.png" width="88" height="31"/></li></ul></div>
</body></html>"""
    furniture = (f"来自{wiki}", "跳到导航", "跳到搜索", archived, "参考资料[编辑]", category_line, last_edited, visits)
    furniture += (personal, views, tools, licence, links, "导航菜单")
    furniture += () if story.headline else (made_up,)
    host = f"wiki.example-r18-fz{rng.randrange(10, 99)}.cn"
    return Wrapped(html, furniture, f"http://{host}/index.php/{quote(page.replace(' ', '_'))}")


# ---------------------------------------------------------------- county sites' and a park's CMSs


@unseen18("siteserver_county_title_column_sidebar_first")
def siteserver_county_title_column_sidebar_first(story: Story) -> Wrapped:
    """A county portal on a SiteServer-like CMS: the `<title>` the column and site only, a 本栏目最新 list with other
    items' days before the article, the headline a `<div>`, 发布日期 as 2021年1月9日 unpadded, 来　源 with a spaced
    label, a click counter's script, 【字体】, 【打印本页】【关闭窗口】, 上一篇/下一篇."""
    rng = _rng(story, "siteserver")
    place = rng.choice(PLACES)
    site = f"{place}人民政府网"
    column = rng.choice(["招商引资", "经济动态", "项目建设"])
    channel = rng.randrange(100, 999)
    content = rng.randrange(10**4, 10**5)
    base = story.published or dt.date(2021, 8, 26)
    listed = _pick(rng, OTHER_NEWS, 6)
    days = [base + dt.timedelta(days=d) for d in sorted(rng.sample(range(-20, 12), 6), reverse=True)]
    rows = [f"{t}[{d:%m-%d}]" for t, d in zip(listed, days, strict=True)]
    sidebar = "".join(
        f'<li><a href="/contents/{channel}/{content - i - 1}.html" title="{t}">{t}</a><span>[{d:%m-%d}]</span></li>'
        for i, (t, d) in enumerate(zip(listed, days, strict=True))
    )
    info = _join(
        [
            f"发布日期：{_cn_day(story.published)}" if story.published else "",
            f"来　源：{escape(story.outlet)}" if story.outlet else "",
            f'点击：<span id="hits"><script src="/api/stl/actions/hits?channelId={channel}&amp;contentId={content}'
            f'&amp;isGetHits=true"></script></span>',
            '【字体：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> '
            '<a href="javascript:setFont(14)">小</a>】',
        ]
    )
    menu = ["网站首页", "走进" + place[:-1], "政务公开", "政务服务", "互动交流", "招商引资"]
    prev_next = _pick(rng, [t for t in OTHER_NEWS if t not in listed], 2)
    icp, police = _numbers(rng)
    code = f"网站标识码：{rng.randrange(10**9, 10**10)}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{column}-{site}</title>
<meta name="keywords" content="{place},{column}"><meta name="generator" content="SiteServer CMS">
<link rel="stylesheet" href="/sitefiles/assets/css/style.css"></head><body>
<div class="topbar"><div class="w1200"><span class="today">欢迎访问{site}</span><a href="/wza/">无障碍</a> <a
 href="/m/">移动版</a></div></div>
<div class="header w1200"><a href="/"><img src="/upload/images/logo.png" alt="{site}"></a></div>
<div class="nav"><ul class="w1200">
{"".join(f'<li><a href="/channels/{i}.html">{m}</a></li>' for i, m in enumerate(menu))}</ul></div>
<div class="w1200 main"><div class="position">您现在的位置：<a href="/">首页</a> &gt; <a
 href="/channels/{channel}.html">{column}</a></div>
<div class="side-left"><div class="side-tit">本栏目最新</div><ul class="side-list">{sidebar}</ul></div>
<div class="article"><div class="article_title">{headline_html(story)}</div>
<div class="article_info">{info}</div>
<div class="article_content" id="zoom">
{_ps(story.lines, ' style="text-indent:2em;"')}
</div>
<div class="article_tools"><a href="javascript:window.print()">【打印本页】</a><a
 href="javascript:window.close()">【关闭窗口】</a><a href="#top">【返回顶部】</a></div>
<div class="article_pn"><p>上一篇：<a href="/contents/{channel}/{content + 1}.html">{prev_next[0]}</a></p>
<p>下一篇：<a href="/contents/{channel}/{content - 1}.html">{prev_next[1]}</a></p></div></div></div>
<div class="footer"><p>主办：{place}人民政府办公室　承办：{place}融媒体中心</p><p>{icp}　{police}　{code}</p>
<p>技术支持：SiteServer CMS</p></div></body></html>"""
    furniture = (f"欢迎访问{site}", "无障碍移动版", "".join(menu), f"您现在的位置：首页>{column}", "本栏目最新", *rows)
    furniture += ("字体：大中小", "【打印本页】【关闭窗口】【返回顶部】", *prev_next, f"主办：{place}人民政府办公室")
    furniture += (icp, police, code, "技术支持：SiteServer CMS")
    return Wrapped(
        html, furniture, f"http://www.example-r18-ss{rng.randrange(10, 99)}.gov.cn/contents/{channel}/{content}.html"
    )


@unseen18("xiangzhen_subsite_wzq_double_header_update")
def xiangzhen_subsite_wzq_double_header_update(story: Story) -> Wrapped:
    """A 乡镇 subsite in a county's 网站群: the county's top bar, the town's `<h1>` over its own nav, the headline an
    `<h2>`, 发布时间 beside a later 更新时间, 信息来源 (the town's government where the story names none), 阅读量,
    a 手机扫码 caption, 乡镇网站 links, the town's and the cluster's footers."""
    rng = _rng(story, "xiangzhen")
    place = rng.choice([p for p in PLACES if p.endswith("县")])
    town = rng.choice(TOWNS)
    government = f"{town}人民政府"
    county = f"{place}人民政府"
    topbar = f"{county}　部门网站　乡镇（街道）网站　无障碍　长者模式"
    menu = ["首页", f"{town}概况", "政务公开", "工作动态", "招商引资", "办事服务", "互动交流"]
    day = story.published
    updated = _later(day, rng, 1, 60, dt.date(2021, 10, 14))
    source = escape(story.outlet) if story.outlet else government
    reads = f"阅读量：{rng.randrange(10, 3000)}"
    info = _join(
        [
            f"发布时间：{_at(day, rng):%Y-%m-%d %H:%M}" if day else "",
            f"更新时间：{updated:%Y-%m-%d %H:%M}",
            f"信息来源：{source}",
            reads,
        ]
    )
    spans = "".join(f"<span>{part}</span>" for part in info.split("　"))
    towns = [t for t in TOWNS if t != town]
    icp, police = _numbers(rng)
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{escape(story.headline + "-") if story.headline else ""}{government}-{county}</title>
<meta name="SiteName" content="{county}"><meta name="ColumnName" content="招商引资"></head><body>
<div class="wzq-topbar"><div class="w1200"><a href="/">{county}</a>　<a href="/bmwz/">部门网站</a>　<a
 href="/xzwz/">乡镇（街道）网站</a>　<a href="#">无障碍</a>　<a href="#">长者模式</a></div></div>
<div class="sub-banner"><div class="w1200"><h1>{government}</h1><p class="sub-en">{place}</p></div></div>
<div class="sub-nav"><ul class="w1200">{"".join(f'<li><a href="#">{m}</a></li>' for m in menu)}</ul></div>
<div class="w1200 sub-main"><div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">招商引资</a> &gt;
正文</div>
<div class="art"><h2 class="art-tit">{headline_html(story)}</h2><div class="art-info">{spans}</div>
<div class="art-con">{_ps(story.lines)}</div>
<div class="art-bottom"><div class="art-qr"><img src="/images/qr.png" alt=""><p>手机扫码　浏览本页</p></div>
<div class="art-tools"><a href="javascript:window.print()">【打印】</a><a
 href="javascript:window.close()">【关闭】</a></div>
</div></div>
<div class="sub-side"><div class="side-hd">乡镇网站</div>
<ul>{"".join(f'<li><a href="#">{t}</a></li>' for t in towns)}</ul></div>
</div>
<div class="sub-footer"><p>主办：{government}　地址：{place}{town}人民路{rng.randrange(1, 99)}号</p></div>
<div class="wzq-footer"><p>{county}网站群　{icp}　{police}</p></div></body></html>"""
    furniture = (topbar, "".join(menu), "当前位置：首页>招商引资>正文", f"更新时间：{updated:%Y-%m-%d %H:%M}", reads)
    furniture += ("手机扫码　浏览本页", "【打印】【关闭】", "乡镇网站" + "".join(towns), f"主办：{government}")
    furniture += (f"{county}网站群", icp, police)
    furniture += () if story.outlet else (f"信息来源：{government}",)
    return Wrapped(html, furniture, f"http://www.example-r18-wzq.gov.cn/xzwz/{rng.randrange(10**5)}.html")


@unseen18("drupal_kaifaqu_node_submitted_us_date")
def drupal_kaifaqu_node_submitted_us_date(story: Story) -> Wrapped:
    """A 开发区 site on Drupal: the site's name and slogan, 您在这里 crumbs, a 最新动态 block with m/d/Y days before the
    article, the `<h1>` headline, 提交者 admin 于 周六, 01/09/2021 - 09:30 (another day's where the story names none),
    the RDF `dc:date` attribute, a 来源: field, 标签:, 登录或注册后发表评论, 由 Drupal 强力驱动."""
    rng = _rng(story, "drupal")
    place = rng.choice(PLACES)
    site = f"{place[:-1]}经济技术开发区"
    slogan = rng.choice(["投资热土　兴业福地", "产城融合　开放共赢", "创新高地　智造新城"])
    node = rng.randrange(100, 9999)
    created = _at(story.published, rng) if story.published else _later(None, rng, 1, 90, dt.date(2021, 5, 17))
    weekday = "周" + WEEKDAYS[created.weekday()]
    submitted = f"提交者 {rng.choice(['admin', 'kfq_news', 'editor'])} 于 {weekday}, {created:%m/%d/%Y - %H:%M}"
    base = created.date()
    listed = _pick(rng, OTHER_NEWS, 4)
    days = [base - dt.timedelta(days=d) for d in sorted(rng.sample(range(1, 30), 4))]
    rows = [f"{t}{d:%m/%d/%Y}" for t, d in zip(listed, days, strict=True)]
    block = "".join(
        f'<li class="views-row"><span class="views-field views-field-title"><span class="field-content"><a '
        f'href="/node/{node - i - 1}">{t}</a></span></span> <span class="views-field views-field-created"><span '
        f'class="field-content">{d:%m/%d/%Y}</span></span></li>'
        for i, (t, d) in enumerate(zip(listed, days, strict=True))
    )
    source = (
        '<div class="field field-name-field-source field-type-text field-label-inline clearfix"><div '
        f'class="field-label">来源:&nbsp;</div><div class="field-items"><div class="field-item even">'
        f"{escape(story.outlet)}</div></div></div>"
        if story.outlet
        else ""
    )
    menu = ["首页", "园区概况", "园区动态", "投资指南", "招商项目", "企业服务", "联系我们"]
    tags = ["招商引资", "项目建设"]
    tags_html = "".join(f'<div class="field-item"><a href="#">{t}</a></div>' for t in tags)
    icp, _police = _numbers(rng)
    page_title = f"{story.headline} | {site}" if story.headline else site
    iso = f"{created:%Y-%m-%dT%H:%M:%S}+08:00"
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-hans" version="XHTML+RDFa 1.0" dir="ltr">
<head profile="http://www.w3.org/1999/xhtml/vocab"><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="Generator" content="Drupal 7 (http://drupal.org)"/><link rel="canonical" href="/node/{node}"/>
<link rel="shortlink" href="/node/{node}"/><title>{escape(page_title)}</title></head>
<body class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-{node}
 node-type-article i18n-zh-hans"><div id="skip-link"><a href="#main-content" class="element-invisible
 element-focusable">跳转到主要内容</a></div>
<div id="page-wrapper"><div id="page"><div id="header"><div class="section clearfix"><a href="/" title="首页"
 rel="home" id="logo"><img src="/sites/default/files/logo.png" alt="首页"/></a><div id="name-and-slogan"><div
 id="site-name"><strong><a href="/" title="首页" rel="home"><span>{site}</span></a></strong></div>
<div id="site-slogan">{slogan}</div></div>
<div id="main-menu" class="navigation"><h2 class="element-invisible">主菜单</h2><ul id="main-menu-links"
 class="links clearfix">{"".join(f'<li class="menu-{i}"><a href="/m{i}">{m}</a></li>' for i, m in enumerate(menu))}
</ul></div></div></div>
<div id="breadcrumb"><h2 class="element-invisible">您在这里</h2><div class="breadcrumb"><a href="/">首页</a> » <a
 href="/news">园区动态</a></div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="sidebar-first" class="column sidebar"><div class="section"><div class="region region-sidebar-first"><div
 id="block-views-news-block" class="block block-views"><h2>最新动态</h2><div class="content"><div class="view
 view-news"><div class="item-list"><ul>{block}</ul></div></div></div></div></div></div></div>
<div id="content" class="column"><div class="section"><a id="main-content"></a>
<h1 class="title" id="page-title">{headline_html(story)}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-{node}" class="node node-article node-promoted clearfix" about="/node/{node}" typeof="sioc:Item
 foaf:Document"><span property="dc:title" content="{headline_html(story)}" class="rdf-meta element-hidden"></span>
<div class="meta submitted"><span property="dc:date dc:created" content="{iso}" datatype="xsd:dateTime"
 rel="sioc:has_creator">{submitted}</span></div>
<div class="content clearfix">{source}<div class="field field-name-body field-type-text-with-summary
 field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{_ps(story.lines)}
</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div
 class="field-label">标签:&nbsp;</div><div class="field-items">{tags_html}
</div></div></div>
<div class="link-wrapper"><ul class="links inline"><li class="comment_forbidden first last"><span><a
 href="/user/login">登录</a>或<a href="/user/register">注册</a>后发表评论</span></li></ul></div>
</div></div></div></div></div></div></div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer">
<div class="block block-block"><div class="content"><p>{site}管委会 版权所有　{icp}</p></div></div>
<div id="block-system-powered-by" class="block block-system"><div class="content"><span>由 <a
 href="https://www.drupal.org">Drupal</a> 强力驱动</span></div></div></div></div></div></div></div></div>
</body></html>"""
    furniture = ("跳转到主要内容", slogan, "主菜单" + "".join(menu), "您在这里首页»园区动态", "最新动态", *rows)
    furniture += (submitted, "标签:" + "".join(tags), "登录或注册后发表评论", f"{site}管委会 版权所有", icp)
    furniture += ("由 Drupal 强力驱动",)
    host = f"www.example-r18-kfq{rng.randrange(10, 99)}.gov.cn"
    return Wrapped(html, furniture, f"http://{host}/node/{node}")


# ---------------------------------------------------------------- apps, news apps and self-media


@unseen18("vant_h5_navbar_wenzhang_xiangqing")
def vant_h5_navbar_wenzhang_xiangqing(story: Story) -> Wrapped:
    """A city 政务 app's H5 page on Vant, saved after rendering: `<title>` and the nav bar's title 文章详情 over the
    headline `<div>`, the outlet and the time unlabelled spans with an 阅读 count, 相关推荐 cells with their days,
    没有更多了, a hidden share sheet, a tab bar."""
    rng = _rng(story, "vant")
    scope = f"data-v-{rng.randrange(16**8):08x}"
    meta = []
    if story.outlet:
        meta.append(f'<span {scope} class="meta-source">{escape(story.outlet)}</span>')
    if story.published:
        moment = _at(story.published, rng)
        shown = f"{moment:%Y-%m-%d %H:%M}" if rng.random() < 0.5 else f"{moment:%Y年%m月%d日 %H:%M}"
        meta.append(f'<span {scope} class="meta-time">{shown}</span>')
    reads = f"阅读 {rng.randrange(100, 20000)}"
    meta.append(f'<span {scope} class="meta-read"><i class="van-icon van-icon-eye-o"></i>{reads}</span>')
    related = _pick(rng, OTHER_NEWS, 3)
    base = story.published or dt.date(2021, 11, 3)
    days = [base - dt.timedelta(days=d) for d in sorted(rng.sample(range(1, 20), 3))]
    rows = [f"{t}{d:%Y-%m-%d}" for t, d in zip(related, days, strict=True)]
    cells = "".join(
        f'<div {scope} class="van-cell van-cell--clickable" role="button" tabindex="0"><div class="van-cell__title">'
        f'<span>{t}</span><div class="van-cell__label">{d:%Y-%m-%d}</div></div><i class="van-icon van-icon-arrow '
        f'van-cell__right-icon"></i></div>'
        for t, d in zip(related, days, strict=True)
    )
    options = ["微信", "朋友圈", "复制链接", "分享海报", "二维码"]
    sheet = "".join(
        f'<div class="van-share-sheet__option" role="button" tabindex="0"><img src="/h5/img/share-{i}.png" '
        f'class="van-share-sheet__icon"><span class="van-share-sheet__name">{o}</span></div>'
        for i, o in enumerate(options)
    )
    tabs = ["首页", "办事", "资讯", "我的"]
    tabbar = "".join(
        f'<div role="tab" class="van-tabbar-item{" van-tabbar-item--active" if t == "资讯" else ""}"><div '
        f'class="van-tabbar-item__icon"><i class="van-icon van-icon-{i}"></i></div><div '
        f'class="van-tabbar-item__text">{t}</div></div>'
        for i, t in enumerate(tabs)
    )
    place = rng.choice(PLACES)
    app = f"i{place[:-1]}"
    host = f"h5.example-r18-{rng.choice(['iqs', 'ilc', 'idj', 'iyl'])}.cn"
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<title>文章详情</title><link href="/h5/css/chunk-vendors.{rng.randrange(16**8):08x}.css" rel="stylesheet">
<link href="/h5/css/app.{rng.randrange(16**8):08x}.css" rel="stylesheet"></head><body>
<noscript><strong>We're sorry but {app} doesn't work properly without JavaScript enabled.</strong></noscript>
<div id="app"><div {scope} class="article-page">
<div {scope} class="van-nav-bar van-nav-bar--fixed van-hairline--bottom" style="z-index: 1;"><div
 class="van-nav-bar__content"><div class="van-nav-bar__left"><i class="van-icon van-icon-arrow-left
 van-nav-bar__arrow"></i><span class="van-nav-bar__text">返回</span></div><div class="van-nav-bar__title
 van-ellipsis">文章详情</div><div class="van-nav-bar__right"><i class="van-icon van-icon-share-o"></i></div></div></div>
<div {scope} class="article-head"><div {scope} class="article-title">{headline_html(story)}</div>
<div {scope} class="article-meta">{"".join(meta)}</div></div>
<div {scope} class="article-content">{_ps(story.lines)}</div>
<div {scope} class="van-cell-group van-hairline--top-bottom related"><div class="van-cell van-cell--borderless"><div
 class="van-cell__title"><span>相关推荐</span></div></div>{cells}</div>
<div {scope} role="feed" class="van-list"><div class="van-list__finished-text">没有更多了</div></div>
<div class="van-overlay" style="z-index: 2001; display: none;"></div><div class="van-popup van-popup--round
 van-popup--bottom van-share-sheet" style="z-index: 2002; display: none;"><div class="van-share-sheet__header"><h2
 class="van-share-sheet__title">立即分享给好友</h2></div><div class="van-share-sheet__options">{sheet}</div><button
 type="button" class="van-share-sheet__cancel">取消</button></div>
<div {scope} class="van-tabbar van-tabbar--fixed van-hairline--top-bottom van-safe-area-bottom" role="tablist">
{tabbar}</div></div></div>
<script src="/h5/js/chunk-vendors.{rng.randrange(16**8):08x}.js"></script>
<script src="/h5/js/app.{rng.randrange(16**8):08x}.js"></script></body></html>"""
    furniture = (f"We're sorry but {app} doesn't work properly", "文章详情", reads, "相关推荐", *rows, "没有更多了")
    furniture += ("立即分享给好友" + "".join(options) + "取消", "".join(tabs))
    return Wrapped(html, furniture, f"https://{host}/#/article/detail?id={rng.randrange(10**6)}")


@unseen18("news_app_tts_player_ai_summary")
def news_app_tts_player_ai_summary(story: Story) -> Wrapped:
    """A news app's share page with a listening player and an AI summary: 打开APP strip, the `<h1>`, the outlet an
    unlabelled span (the app's channel where the story names none) and the time in seconds, 正在收听 repeating the
    headline, an AI摘要 box, 更新于 a later day after the text, 责任编辑, 相关推荐 with sources and short days,
    热门评论."""
    rng = _rng(story, "tts")
    place = rng.choice(PLACES)
    app = rng.choice(["江潮新闻", "云帆新闻", "今潮客户端"])
    channel = f"{app}·{place[:-1]}频道"
    source = escape(story.outlet) if story.outlet else channel
    day = story.published
    moment = _at(day, rng) if day else None
    updated = (moment or _at(dt.date(2021, 7, 21), rng)) + dt.timedelta(days=rng.randrange(1, 30), hours=3)
    updated_line = f"更新于 {updated:%Y-%m-%d %H:%M}"
    info = f'<span class="source">{source}</span>'
    if moment:
        info += f'<span class="time">{moment:%Y-%m-%d %H:%M:%S}</span>'
    length = sum(len(line) for line in story.lines) // 4
    listening = "正在收听：" + (headline_html(story) if story.headline else escape(app))
    player = f"00:00 / {length // 60:02d}:{length % 60:02d}　AI主播 晓{rng.choice('岚琳萱')}"
    summary = f"本文介绍了{place}近期在招商引资和项目建设方面的工作进展及下一步安排。"
    note = "以上内容由AI生成，仅供参考"
    editor = f"责任编辑：{rng.choice(NAMES)}"
    related = _pick(rng, OTHER_NEWS, 3)
    base = day or dt.date(2021, 7, 21)
    days = [base - dt.timedelta(days=d) for d in sorted(rng.sample(range(1, 15), 3))]
    sources = [f"{p}融媒" for p in rng.sample(PLACES, 3)]
    rows = [f"{t}{s}{d:%m-%d}" for t, s, d in zip(related, sources, days, strict=True)]
    comments = rng.sample(COMMENT_LINES, 2)
    provinces = rng.sample(PROVINCES, 2)
    comment_rows = [f"{p}网友{c}" for p, c in zip(provinces, comments, strict=True)]
    page_title = story.headline or app
    related_html = "".join(
        f'<li><p class="t">{t}</p><p class="m"><span>{s}</span><span>{d:%m-%d}</span></p></li>'
        for t, s, d in zip(related, sources, days, strict=True)
    )
    comment_html = "".join(
        f'<div class="c"><span class="u">{p}网友</span><p>{escape(c)}</p></div>'
        for p, c in zip(provinces, comments, strict=True)
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no"><title>{escape(page_title)}</title>
<meta property="og:title" content="{escape(page_title)}"><meta property="og:site_name" content="{app}"></head><body>
<div class="open-app-bar"><img src="/share/img/logo.png" alt=""><div class="bar-text"><p>{app}</p>
<p>打开APP，收听更多新闻</p></div><a class="bar-btn" href="#">打开</a></div>
<div class="article"><h1 class="title">{headline_html(story)}</h1><div class="info">{info}</div>
<div class="audio-player"><audio preload="none" src="https://tts.example-r18-app.cn/{rng.randrange(10**8)}.mp3"></audio>
<div class="audio-title">{listening}</div><div class="audio-bar">{player}</div></div>
<div class="ai-summary"><div class="ai-summary-hd">AI摘要</div><div class="ai-summary-bd">{summary}</div>
<div class="ai-summary-ft">{note}</div></div>
<div class="content">{_ps(story.lines)}</div>
<div class="update-time">{updated_line}</div><div class="editor">{editor}</div>
<div class="actions"><span>点赞 {rng.randrange(5, 900)}</span><a href="#">举报</a></div></div>
<div class="recommend"><h3>相关推荐</h3><ul>{related_html}</ul></div>
<div class="comments"><h3>热门评论</h3>{comment_html}</div>
<div class="bottom-bar">打开{app}，参与评论互动</div></body></html>"""
    furniture = ("打开APP，收听更多新闻", "正在收听", player, "AI摘要", summary, note, updated_line, editor)
    furniture += ("相关推荐", *rows, "热门评论", *comment_rows, f"打开{app}，参与评论互动")
    furniture += () if story.outlet else (channel,)
    return Wrapped(html, furniture, f"https://share.example-r18-app.cn/detail/{rng.randrange(10**7)}.html")


@unseen18("uc_dayu_share_initial_data_yearless")
def uc_dayu_share_initial_data_yearless(story: Story) -> Wrapped:
    """A UC 大鱼号 share page: UC头条 strip, the `<h1>`, the account unlabelled with a 大鱼号 tag and the time with no
    year, the whole time only as epoch milliseconds in `window.__INITIAL_DATA__` beside a later grab time, the
    platform's statement, the account's card with 粉丝, 热门评论 with their days, 猜你喜欢 with accounts and 评
    counts."""
    rng = _rng(story, "dayu")
    place = rng.choice(PLACES)
    account = story.outlet or f"{place[:-1]}招商在线"
    day = story.published
    moment = _at(day, rng) if day else None
    grabbed = (moment or _at(dt.date(2021, 9, 9), rng)) + dt.timedelta(days=rng.randrange(1, 5), hours=2)
    shown = f'<span class="time">{moment:%m-%d %H:%M}</span>' if moment else ""
    statement = "本文由大鱼号作者上传并发布，仅代表该作者观点。UC仅提供信息发布平台。"
    card = f"{rng.randrange(2, 90)}.{rng.randrange(10)}万粉丝 · {rng.randrange(300, 9000)}篇内容"
    comments = rng.sample(COMMENT_LINES, 2)
    comment_days = [(moment or grabbed) + dt.timedelta(days=i + 1) for i in range(2)]
    comment_rows = [f"{c}{d:%m-%d}" for c, d in zip(comments, comment_days, strict=True)]
    liked = _pick(rng, OTHER_NEWS, 3)
    liked_accounts = [f"{p[:-1]}头条" for p in rng.sample(PLACES, 3)]
    liked_counts = [f"{rng.randrange(1, 400)}评" for _ in liked]
    liked_rows = [f"{t}{a}{n}" for t, a, n in zip(liked, liked_accounts, liked_counts, strict=True)]
    liked_html = "".join(
        f"<li><p>{t}</p><span>{a}</span><span>{n}</span></li>"
        for t, a, n in zip(liked, liked_accounts, liked_counts, strict=True)
    )
    comment_html = "".join(
        f'<div class="comment"><p>{escape(c)}</p><span>{d:%m-%d}</span></div>'
        for c, d in zip(comments, comment_days, strict=True)
    )
    content = "".join(f"<p>{escape(line)}</p>" for line in story.lines)
    data = {
        "article": {
            "id": f"{rng.randrange(16**16):016x}",
            "title": story.headline or "",
            "wm_name": account,
            "publish_time": _epoch_ms(moment) if moment else None,
            "grab_time": _epoch_ms(grabbed),
            "category": ["财经"],
            "content": content,
        },
        "comment_cnt": len(comments),
    }
    page_title = story.headline or "UC头条"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no"><title>{escape(page_title)}</title>
<link rel="stylesheet" href="//image.example-r18-uc.cn/s/iflow/share.css"></head><body>
<div class="uc-header"><img src="//image.example-r18-uc.cn/s/logo.png" alt=""><span class="uc-name">UC头条</span><a
 class="open-uc" href="#">打开UC</a></div>
<div class="article"><h1 class="article-title">{headline_html(story)}</h1>
<div class="article-info"><a class="wm-name" href="#">{escape(account)}</a><span
 class="wm-tag">大鱼号</span>{shown}</div>
<div class="article-content">{content}</div>
<div class="statement">{statement}</div>
<div class="wm-card"><img src="//image.example-r18-uc.cn/avatar/{rng.randrange(10**6)}.png" alt=""><div><p
 class="wm-card-name">{escape(account)}</p><p class="wm-card-count">{card}</p></div><button>+关注</button></div></div>
<div class="comments"><h3>热门评论</h3>{comment_html}<a class="more" href="#">打开UC，查看更多精彩评论</a></div>
<div class="recommend"><h3>猜你喜欢</h3><ul>{liked_html}</ul></div>
<script>window.__INITIAL_DATA__ = {_script_json(data)};</script></body></html>"""
    furniture = ("UC头条打开UC", statement, f"{card}+关注", "热门评论", *comment_rows, "打开UC，查看更多精彩评论")
    furniture += ("猜你喜欢", *liked_rows)
    furniture += () if story.outlet else (account,)
    return Wrapped(html, furniture, f"https://iflow.example-r18-uc.cn/webview/news?aid={data['article']['id']}")


@unseen18("xinbang_gzh_mirror_position_reads")
def xinbang_gzh_mirror_position_reads(story: Story) -> Wrapped:
    """A 公众号 analytics site's mirror of an article (新榜-like): the account's card (微信号, 新榜指数), 头条 before
    the `<h1>`, 发布时间 with 阅读 10万+ and 在看, 数据更新于 a later day, 阅读原文, 同期发布 with positions and reads,
    最近发文 with days; the account and the title made up where the story names none."""
    rng = _rng(story, "xinbang")
    place = rng.choice(PLACES)
    account = story.outlet or f"{place}投资促进"
    made_up = f"{place[:-1]}招商｜本周项目动态速览"
    title = story.headline or made_up
    wxid = f"{rng.choice(['qs', 'lc', 'dj', 'yl'])}{rng.choice(['zsyz', 'tzcj', 'fb'])}{rng.randrange(10, 999)}"
    card = f"微信号：{wxid}　新榜指数 {rng.randrange(400, 900)}.{rng.randrange(10)}　原创"
    day = story.published
    moment = _at(day, rng) if day else None
    refreshed = (moment or _at(dt.date(2021, 12, 1), rng)) + dt.timedelta(days=rng.randrange(1, 8))
    stats = f"阅读 {rng.choice(['10万+', str(rng.randrange(500, 99999))])}　在看 {rng.randrange(3, 500)}"
    stats += f"　点赞 {rng.randrange(5, 900)}"
    posted = f"<span>发布时间：{moment:%Y-%m-%d %H:%M:%S}</span>" if moment else ""
    refreshed_line = f"数据更新于 {refreshed:%Y-%m-%d %H:%M}"
    same_day = _pick(rng, OTHER_NEWS, 2)
    same_rows = [f"{pos}{t}阅读 {rng.randrange(100, 9000)}" for pos, t in zip(["次条", "第3条"], same_day, strict=True)]
    recent = _pick(rng, [t for t in OTHER_NEWS if t not in same_day], 3)
    base = day or dt.date(2021, 12, 1)
    days = [base - dt.timedelta(days=d) for d in sorted(rng.sample(range(1, 12), 3))]
    recent_rows = [f"{t}{d:%Y-%m-%d}" for t, d in zip(recent, days, strict=True)]
    recent_html = "".join(
        f'<li><a href="#">{t}</a><span>{d:%Y-%m-%d}</span></li>' for t, d in zip(recent, days, strict=True)
    )
    menu = "榜单　公众号　视频号　抖音　小红书　数据服务　登录"
    icp, _police = _numbers(rng)
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{escape(title)} - {escape(account)} - 新榜</title><meta name="keywords" content="{escape(account)},公众号,新榜">
</head><body><div class="nb-header"><a class="logo" href="/">新榜</a><div class="nb-nav">{menu}</div></div>
<div class="nb-main"><div class="account-card"><img src="/avatar/{wxid}.png" alt=""><div class="account-info"><h2
 class="account-name">{escape(account)}</h2><p>{card}</p></div><button class="fav">+收藏</button></div>
<div class="article-detail"><div class="detail-head"><span class="pos-tag">头条</span><h1>{escape(title)}</h1>
<div class="detail-meta">{posted}<span>{stats}</span></div><div class="detail-update">{refreshed_line}</div>
<a class="orig-link" href="#">阅读原文</a></div>
<div class="detail-content">{_ps(story.lines)}</div></div>
<div class="tongqi"><h3>同期发布</h3><ul>{"".join(f"<li>{row}</li>" for row in same_rows)}</ul></div>
<div class="recent"><h3>最近发文</h3><ul>{recent_html}</ul></div></div>
<div class="nb-footer">新榜 © {refreshed.year}　内容数据来自公开信息，仅供参考　{icp}</div></body></html>"""
    furniture = (menu, f"{card}+收藏", stats, refreshed_line, "阅读原文", "同期发布", *same_rows, "最近发文")
    furniture += (*recent_rows, "内容数据来自公开信息，仅供参考", icp)
    furniture += () if story.outlet else (account,)
    furniture += () if story.headline else (made_up,)
    return Wrapped(html, furniture, f"https://www.example-r18-newrank.cn/new/readDetail?uuid={rng.randrange(16**12):x}")


@unseen18("wechat_tupian_xiaoxi_swiper_title_only")
def wechat_tupian_xiaoxi_swiper_title_only(story: Story) -> Wrapped:
    """A 公众号 图片消息 (贴图) share page: no headline element, the title only in `<title>`, `og:title` and
    `var msg_title` (made up where the story has none), a picture swiper with 1/3, the account's follow bar, the text
    one `<p>` of `<br>`-joined lines, the day shown or left for the script (`create_time` in epoch seconds), 发表于 a
    province, 收录于合集, 微信扫一扫 关注该公众号."""
    rng = _rng(story, "tupian")
    place = rng.choice(PLACES)
    account = story.outlet or f"{place}招商服务"
    made_up = f"{place[:-1]}招商｜图说项目建设第{rng.randrange(2, 60)}期"
    title = story.headline or made_up
    day = story.published
    moment = dt.datetime.combine(day, dt.time(rng.randrange(17, 22), rng.randrange(60))) if day else None
    stamp = str(_epoch_ms(moment) // 1000) if moment else ""
    shown = ""
    if moment and rng.random() < 0.5:
        shown = f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}"
    province = rng.choice(PROVINCES)
    pictures = rng.randrange(3, 7)
    slides = "".join(
        f'<div class="swiper_item" data-index="{i}"><img class="swiper_item_img" data-src="https://mmbiz.qpic.cn/'
        f'sz_mmbiz_jpg/{rng.randrange(16**12):x}/640" alt=""></div>'
        for i in range(pictures)
    )
    album = f"收录于合集 #{place[:-1]}招商 {rng.randrange(5, 120)}个"
    text = "<br>".join(escape(line) for line in story.lines)
    description = story.lines[0][:40] if story.lines else ""

    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<meta property="og:title" content="{escape(title)}"><meta property="og:type" content="article">
<meta property="og:description" content="{escape(description)}"><meta property="og:site_name" content="微信公众平台">
<meta property="og:image" content="https://mmbiz.qpic.cn/sz_mmbiz_jpg/{rng.randrange(16**12):x}/0?wx_fmt=jpeg">
<title>{escape(title)}</title></head>
<body id="activity-detail" class="zh_CN wx_wap_page page_share_img"><div id="js_article" class="share_content_page">
<div class="share_media_swiper_wrp"><div class="share_media_swiper">{slides}</div><div
 class="share_media_swiper_indicator"><span class="current">1</span>/{pictures}</div></div>
<div class="wx_follow_context"><div class="wx_follow_avatar"><img src="https://wx.qlogo.cn/mmhead/{rng.randrange(16**10):x}/0"
 alt=""></div><div class="wx_follow_info"><div class="wx_follow_nickname" id="js_name">{escape(account)}</div></div>
<span class="wx_follow_btn">关注</span></div>
<div class="share_notice_wrp"><p id="js_image_desc" class="share_notice">{text}</p></div>
<div class="share_media_meta"><em id="publish_time" class="rich_media_meta rich_media_meta_text">{shown}</em><span
 id="js_ip_wording_wrp">发表于<span id="js_ip_wording">{province}</span></span></div>
<div class="album_tag" id="js_album">{album}</div>
<div class="interaction_bar"><span>分享</span><span>留言</span><span>赞</span><span>在看</span></div>
<div id="js_pc_qr_code" class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div>
<script>var item_show_type = "8"; var nickname = htmlDecode({_script_json(account)});
var msg_title = {_script_json(title)}.html(false); var msg_desc = htmlDecode({_script_json(description)});
var create_time = "{stamp}" * 1; var ip_wording = {{"province_name": {_script_json(province)}}};</script>
</body></html>"""
    furniture = (f"发表于{province}", album, "分享留言赞在看", "微信扫一扫关注该公众号")
    furniture += () if story.outlet else (account,)
    furniture += () if story.headline else (made_up,)
    return Wrapped(html, furniture, f"https://mp.weixin.qq.com/s/{rng.randrange(16**16):x}")


DEV18, LOCKED18 = split_by_digest(UNSEEN18, "round 18/", locked=6)
