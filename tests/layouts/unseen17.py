"""Twelve more page layouts written blind (round 17): before reading the HTML reader, and fixed against by nobody.

Round 17 is sealed: it is not scored when written. Whoever next changes the web-page reader
scores it once, both halves, at the end of their work, and fixes nothing from its misses. Each layout is after a kind
of Chinese page met in the wild that rounds 1 to 16 did not draw, weighed toward the markup a tool or a framework
leaves round the article (a viewer's text layer, a saving browser's rewrite, an archive's flattening, a mail's tables,
a framework's comments and wrappers), the headline competing with the tool's own headings, and the dates a tool adds
beside the article's own:

- a 开发区 site's PDF.js viewer of a 新闻稿 PDF, saved: the `<title>` the PDF's own (Microsoft Word - ….docx), the
  toolbar's and find bar's Chinese labels, a 文档属性 dialog of dashes, every printed line an absolutely placed
  `<span>` of a `textLayer` (the headline over two spans or more, （2021年1月9日） under it, paragraphs cut at the
  line's width), — 1 — page feet, 来源 under the date or closing the text;
- a county portal's page saved by Internet Explorer as 网页，全部: the `saved from url=(0063)` comment, upper-case tags
  with unquoted attributes, the template's `<BASE href>`, MSHTML's GENERATOR `<META>`, links into `./…_files/`, the
  nav twice (a hidden drawer's copy), a 图片新闻 carousel whose cloned slides repeat other headlines,
  发布日期/来源/浏览次数/字号 spans;
- an archive.today capture of a 商务局 page: the archive's header (Saved from, the capture time in English and UTC,
  All snapshots from host, share | download .zip | report bug or abuse), the capture time as the page's
  article:published_time, the original flattened into styled `<div>`s (the headline a bold centred one, 发布时间/
  来源/浏览 in a grey one, every paragraph a `<div>`);
- a 投资促进局's 招商快讯 mail (EDM) in nested tables: 如果您无法正常浏览此邮件, the issue's later day, 本期导读 naming
  the headline among other items (a made-up title where the story has none), 【招商动态】, the headline a styled cell,
  the date and 来源 in a grey cell, other items with 阅读全文>>, 退订 | 转发给朋友 and an open-tracking picture;
- a 协同办公 OA's 文档查看 page: 回复/打印/下载/收藏/分享/文档日志/关闭, tabs, the subject in an `<h2>` (made up where
  the story has none), 创建人/创建日期/阅读次数 under it, a hidden 文档属性 table with 信息来源 and a later
  最后修改日期, the attachment named after the subject, replies with later days;
- a GitBook 学习资料汇编: the book's summary listing the headline among other speeches, the header's `<h1>` and the
  section's `<h1>` both the page's title, a 来源/日期 blockquote, the tbfed page footer (Copyright © … all right
  reserved，powered by Gitbook, 该文件修订时间：a later day), Previous page/Next page labels, `gitbook.page.hasChanged`
  with the file's mtime and the build's time;
- a 地方新闻网's 百度 MIP page: `<html mip>`, `<mip-fixed>` header and `<mip-sidebar>` menu, the article in
  `<mip-showmore>` with 点击展开全文, a `<mip-img>` and a `<mip-ad>` between paragraphs, 时间/来源/编辑 spans,
  分享到 over `<mip-share>`, 相关新闻 with short days, `<mip-gototop>`;
- an 招商引资服务平台 in AngularJS saved after rendering: ng-cloak's injected style, `ng-binding`/`ng-scope` classes,
  `<!-- ngRepeat -->` and `<!-- ngIf -->` comments (a lone comment where the story names no outlet), the `<title>`
  bound, the headline a `<div ng-bind>`, the text `ng-bind-html`, a hidden 附件 row, 热门项目 with their 投资额, an
  `ng-template` script;
- a 政务 site built with UmiJS and Ant Design, rendered on the server: React's `<!-- -->` between a label and its
  value (发布时间：<!-- -->…), a 新闻详情 card head over the `<h3>` headline, `ant-space` items, 阅读 counts, a braft
  body, 相关推荐 with days, `window.g_initialProps` holding the time in epoch milliseconds, an earlier createTime and
  the content;
- a 手机门户 in jQuery Mobile's multi-page template: the column's list page first (its `<h1>` the column, the headline
  an `<h2>` among others with their days), the detail page active (its `<h1>` 新闻详情, the headline an `<h3>`,
  时间/来源 in a `<p>`), a collapsible 相关新闻, a fixed navbar, jQuery Mobile's `<h1>loading</h1>`;
- a 政务中台 portal whose article is a qiankun micro-app: the main app's `<title>`, header, tabs and footer, the
  sub-app's wrapper with its `<qiankun-head>` (its own `<title>`, scoped `<style>`) in the body, an Element
  breadcrumb, the headline an `<h2>`, 发布时间/信息来源/浏览次数, 返回列表/打印 buttons, a 消息中心 badge;
- a Gitee repository's file view of a 资料库's Markdown copy: the file's path in the `<title>` and the crumb (the
  headline in the file's name, a made-up one where the story has none), the repository's name and counts, the last
  commit's later day and message, 原始数据/按行查看/历史, the `<h1>` with an anchor, a 来源/日期 blockquote.

Where a story names no headline, pages whose kind always shows a title show a made-up one (the mail's item, the OA's
subject, the book's chapter, the repository's file name), listed as furniture; where it names no date, the dates a
tool adds (a capture, a mail's issue, a document's creation, a commit) fall on another day.

The split is fixed by a rule set before anything is scored: the six layouts whose names have the smallest SHA-256
digests of "round 17/" + name are `LOCKED17`, the other six `DEV17`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
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

UNSEEN17: dict[str, Layout] = {}
NAMES = ["阚志远", "蔺晓峰", "笪文静", "逯海燕", "琚明辉", "檀春生"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CN_NUMBERS = "一二三四五六七八九十"
KUAIXUN_ITEMS = [
    ("新材料产业链精准招商小分队赴长三角对接企业", "小分队先后走访企业十余家，就项目选址、配套需求等进行深入洽谈。"),
    ("重点招商项目“一项目一专班”推进机制全面运行", "对已签约项目逐一明确责任领导和服务专员，倒排工期、挂图作战。"),
    ("第四季度招商引资项目履约情况通报", "通报显示，已签约项目履约率较上季度有所提升，部分项目进展滞后。"),
    ("产业招商图谱及招商目录正式对外发布", "图谱梳理主导产业上下游重点企业名录，为精准招商提供参考。"),
]
SPEECH_TITLES = [
    "在全县项目建设推进会上的讲话",
    "在优化营商环境工作会议上的讲话",
    "在重点产业链链长制工作部署会上的讲话",
    "外出招商工作经验交流材料",
    "园区“亩均论英雄”改革经验做法",
]
POLICY_TITLES = [
    "关于进一步加强招商引资工作的若干措施",
    "招商引资项目全流程服务办法（试行）",
    "重大招商项目“一事一议”实施细则",
]
HOT_PROJECTS = [
    ("年产5万吨新型环保建材项目", "3.2亿元"),
    ("冷链物流园区建设项目", "5.6亿元"),
    ("精密零部件智能制造项目", "2.8亿元"),
    ("文旅康养综合体项目", "8.5亿元"),
]
REPLIES = ["已阅，请各科室认真学习领会。", "收到，按要求抓好落实。", "已阅，转发各项目服务专员。"]
GITEE_OWNERS = [("qinghe-data", "青禾数据"), ("county-econ", "县域经济研究组"), ("zsyz-corpus", "招商语料小组")]


def unseen17(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN17)


def _cut(text: str, width: int) -> list[str]:
    """A line of text cut into printed lines of `width` characters (the last one shorter)."""
    return [text[i : i + width] for i in range(0, len(text), width)] or [""]


# ---------------------------------------------------------------- viewers, saving browsers and archives


@unseen17("pdfjs_viewer_text_layer_kaifaqu")
def pdfjs_viewer_text_layer_kaifaqu(story: Story) -> Wrapped:
    """A 开发区 site's PDF.js viewer of a 新闻稿 PDF, saved: the `<title>` the PDF's (Microsoft Word - ….docx), the
    toolbar's Chinese labels, a 文档属性 dialog of dashes, every printed line a placed `<span>` of a `textLayer` (the
    headline over two spans or more, （2021年1月9日） under it), — 1 — page feet, 来源 under the date or closing the
    text."""
    rng = _rng(story, "pdfjs")
    place = rng.choice(PLACES)
    zone = f"{place[:-1]}经济开发区"
    day = story.published
    stem = f"{day:%m%d}" if day else f"{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
    made_up = f"{stem}{zone}新闻稿（定稿）"
    shown_name = escape(story.headline) if story.headline and rng.random() < 0.5 else made_up
    doc_title = f"Microsoft Word - {shown_name}.docx"
    number = rng.randrange(10**5, 10**6)
    upload = f"/uploads/{day.year}/{stem}{number}.pdf" if day else f"/uploads/file/{number}.pdf"
    address = f"http://www.example-r17-kfq{rng.randrange(10, 99)}.gov.cn/pdfjs/web/viewer.html?file={upload}"
    source_first = rng.random() < 0.5
    # Printed lines: (text, left, font size, bold); a page is cut between paragraphs only.
    big, body = 29.33, 21.33
    heading = _cut(story.headline, 18) if story.headline else []
    if len(heading) == 1 and len(heading[0]) > 10:
        middle = len(heading[0]) // 2
        heading = [heading[0][:middle], heading[0][middle:]]
    blocks: list[list[tuple[str, float, float]]] = [[(escape(text), 150.0, big) for text in heading]]
    if day:
        blocks[0].append((f"（{_cn_day(day)}）", 300.0, body))
    source = f"来源：{escape(story.outlet)}" if story.outlet else ""
    if source and source_first:
        blocks[0].append((source, 300.0, body))
    for line in story.lines:
        printed = [escape(text) for text in _cut(line, 28)]
        blocks.append([(printed[0], 156.0, body)] + [(text, 113.4, body) for text in printed[1:]])
    if source and not source_first:
        blocks.append([(f"（{source}）", 480.0, body)])
    pages: list[list[tuple[str, float, float]]] = [[]]
    for block in blocks:
        if len(pages[-1]) >= 26:
            pages.append([])
        pages[-1].extend(block)

    def span(text: str, left: float, top: float, size: float) -> str:
        scale = rng.randrange(950, 1021) / 1000
        return (
            f'<span style="left: {left:.2f}px; top: {top:.2f}px; font-size: {size:.2f}px; font-family: sans-serif; '
            f'transform: scaleX({scale});" role="presentation" dir="ltr">{text}</span><br role="presentation">'
        )

    rendered = []
    for n, lines in enumerate(pages, 1):
        spans = "".join(span(text, left, 110 + 36.5 * i, size) for i, (text, left, size) in enumerate(lines))
        spans += span(f"— {n} —", 380.0, 1000.0, 18.67)
        rendered.append(
            f'<div class="page" data-page-number="{n}" aria-label="第 {n} 页" data-loaded="true" '
            f'style="width: 816px; height: 1056px;"><div class="canvasWrapper"><canvas width="1632" height="2112" '
            f'style="width: 816px; height: 1056px;"></canvas></div><div class="textLayer" '
            f'style="width: 816px; height: 1056px;">{spans}</div><div class="annotationLayer"></div></div>'
        )
    thumbs = "".join(
        f'<a href="#page={n}" title="第 {n} 页"><div class="thumbnail" data-page-number="{n}">'
        f'<div class="thumbnailSelectionRing"></div></div></a>'
        for n in range(1, len(pages) + 1)
    )
    properties = [
        "文件名",
        "文件大小",
        "标题",
        "作者",
        "主题",
        "关键词",
        "创建日期",
        "修改日期",
        "创建者",
        "PDF 生成器",
    ]
    dialog = "".join(f'<div class="row"><span>{p}:</span> <p>-</p></div>' for p in properties)
    scales = ["自动缩放", "实际大小", "适合页面", "适合页宽", "50%", "75%", "100%", "125%", "150%", "200%"]
    options = "".join(f"<option>{s}</option>" for s in scales)
    tools = ["演示模式", "打开", "打印", "下载", "当前视图"]
    secondary = ["转到第一页", "转到最后一页", "顺时针旋转", "逆时针旋转", "文本选择工具", "手形工具", "文档属性…"]
    html = f"""<!DOCTYPE html>
<html dir="ltr" mozdisallowselectionprint><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<meta name="google" content="notranslate"><title>{doc_title}</title>
<link rel="stylesheet" href="viewer.css"><link rel="resource" type="application/l10n" href="locale/locale.properties">
<script src="../build/pdf.js"></script><script src="viewer.js"></script></head>
<body tabindex="1" class="loadingInProgress"><div id="outerContainer">
<div id="sidebarContainer"><div id="toolbarSidebar"><div class="splitToolbarButton toggled">
<button id="viewThumbnail" class="toolbarButton toggled" title="显示缩略图"><span>缩略图</span></button>
<button id="viewOutline" class="toolbarButton" title="显示文档大纲（双击展开/折叠所有项）">
<span>文档大纲</span></button>
<button id="viewAttachments" class="toolbarButton" title="显示附件"><span>附件</span></button></div></div>
<div id="sidebarContent"><div id="thumbnailView">{thumbs}</div><div id="outlineView" class="hidden"></div></div></div>
<div id="mainContainer"><div class="findbar hidden doorHanger" id="findbar"><div id="findbarInputContainer">
<input id="findInput" class="toolbarField" title="查找" placeholder="在文档中查找…">
<button id="findPrevious" class="toolbarButton" title="查找词语上一次出现的位置"><span>上一页</span></button>
<button id="findNext" class="toolbarButton" title="查找词语后一次出现的位置"><span>下一页</span></button></div>
<div id="findbarOptionsContainer"><input type="checkbox" id="findHighlightAll" class="toolbarField">
<label for="findHighlightAll" class="toolbarLabel">全部高亮显示</label><input type="checkbox" id="findMatchCase">
<label for="findMatchCase" class="toolbarLabel">区分大小写</label><input type="checkbox" id="findEntireWord">
<label for="findEntireWord" class="toolbarLabel">字词匹配</label></div></div>
<div id="secondaryToolbar" class="secondaryToolbar hidden doorHangerRight"><div id="secondaryToolbarButtonContainer">
{"".join(f'<button class="secondaryToolbarButton"><span>{t}</span></button>' for t in secondary)}</div></div>
<div class="toolbar"><div id="toolbarContainer"><div id="toolbarViewer"><div id="toolbarViewerLeft">
<button id="sidebarToggle" class="toolbarButton" title="切换侧栏"><span>切换侧栏</span></button>
<button id="viewFind" class="toolbarButton" title="在文档中查找"><span>查找</span></button>
<div class="splitToolbarButton hiddenSmallView"><button class="toolbarButton pageUp" title="上一页"><span>上一页</span>
</button><button class="toolbarButton pageDown" title="下一页"><span>下一页</span></button></div>
<input type="number" id="pageNumber" class="toolbarField pageNumber" title="页面" value="1" size="4" min="1">
<span id="numPages" class="toolbarLabel">/ {len(pages)}</span></div>
<div id="toolbarViewerRight">{"".join(f'<button class="toolbarButton"><span>{t}</span></button>' for t in tools)}
<button id="secondaryToolbarToggle" class="toolbarButton" title="工具"><span>工具</span></button></div>
<div id="toolbarViewerMiddle"><div class="splitToolbarButton"><button id="zoomOut" class="toolbarButton" title="缩小">
<span>缩小</span></button><button id="zoomIn" class="toolbarButton" title="放大"><span>放大</span></button></div>
<span id="scaleSelectContainer" class="dropdownToolbarButton"><select id="scaleSelect" title="缩放">{options}</select>
</span></div></div><div id="loadingBar"><div class="progress"><div class="glimmer"></div></div></div></div></div>
<div id="viewerContainer" tabindex="0"><div id="viewer" class="pdfViewer">
{"".join(rendered)}
</div></div><div id="errorWrapper" hidden="true"><div id="errorMessageLeft"><span id="errorMessage"></span>
<button id="errorShowMore">更多信息</button><button id="errorShowLess" hidden="true">更少信息</button></div></div></div>
<div id="overlayContainer" class="hidden"><div id="documentPropertiesOverlay" class="container hidden">
<div class="dialog">{dialog}<div class="buttonRow"><button id="documentPropertiesClose" class="overlayButton">
<span>关闭</span></button></div></div></div>
<div id="printServiceOverlay" class="container hidden"><div class="dialog"><div class="row">
<span>正在准备打印文档…</span></div><div class="buttonRow"><button class="overlayButton"><span>取消</span></button>
</div>
</div></div></div></div><div id="printContainer"></div></body></html>"""
    furniture = ("缩略图文档大纲附件", "全部高亮显示", "区分大小写", "字词匹配", *secondary, "切换侧栏", "演示模式")
    furniture += ("当前视图", "".join(scales), "正在准备打印文档…")
    furniture += ("更多信息更少信息", "文件名:-文件大小:-标题:-作者:-")
    furniture += (made_up,) if shown_name == made_up else ()
    return Wrapped(html, furniture, address)


@unseen17("ie_saved_complete_base_cloned_nav")
def ie_saved_complete_base_cloned_nav(story: Story) -> Wrapped:
    """A county portal's page saved by Internet Explorer as 网页，全部: the `saved from url=` comment, upper-case tags
    and unquoted attributes, the template's `<BASE href>`, MSHTML's GENERATOR, links into `./…_files/`, the nav twice
    (a hidden drawer's copy), a 图片新闻 carousel whose cloned slides repeat other headlines, 发布日期/来源/浏览次数."""
    rng = _rng(story, "ie_saved")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    host = f"www.example-r17-ie{rng.randrange(10, 99)}.gov.cn"
    column = rng.choice(["政务要闻", "部门动态", "招商引资"])
    article = rng.randrange(10**6, 10**7)
    address = f"http://{host}/zwdt/{rng.choice(['zwyw', 'bmdt', 'zsyz'])}/{article}.html"
    files = f"./{article}_files"
    page_title = f"{story.headline}_{site}" if story.headline else site
    menu = ["首页", "走进" + place[:-1], "政务公开", "政务服务", "互动交流", "专题专栏"]
    links = "".join(f'<LI><A href="http://{host}/col/{i}/">{m}</A></LI>' for i, m in enumerate(menu))
    pictures = _pick(rng, OTHER_NEWS, 3)

    def slide(index: int, title: str, extra: str = "") -> str:
        return (
            f'<DIV style="WIDTH: 240px" class="slick-slide{extra}" data-slick-index="{index}" aria-hidden="true">'
            f'<A href="http://{host}/tpxw/{index + 10}.html"><IMG src="{files}/p{index % 3}.jpg" width=240 height=160>'
            f"<P>{title}</P></A></DIV>"
        )

    slides = slide(-1, pictures[2], " slick-cloned")
    slides += "".join(slide(i, t, " slick-current slick-active" if i == 0 else "") for i, t in enumerate(pictures))
    slides += slide(3, pictures[0], " slick-cloned")
    info = []
    if story.published:
        info.append(f"<SPAN>发布日期：{story.published:%Y-%m-%d}</SPAN>")
    if story.outlet:
        info.append(f"<SPAN>来源：{escape(story.outlet)}</SPAN>")
    views = f"浏览次数：{rng.randrange(30, 5000)}"
    info.append(f"<SPAN>浏览次数：<SPAN id=hits>{views[5:]}</SPAN></SPAN>")
    info.append(
        '<SPAN>字号：[<A href="javascript:doZoom(18)">大</A> <A href="javascript:doZoom(16)">中</A> '
        '<A href="javascript:doZoom(14)">小</A>]</SPAN>'
    )
    heading = (
        f"<H1 class=title>{headline_html(story)}</H1>"
        if rng.random() < 0.5
        else f"<DIV class=title>{headline_html(story)}</DIV>"
    )
    body = "\n".join(f'<P style="TEXT-INDENT: 2em">{escape(line)}</P>' for line in story.lines)
    icp, police = _numbers(rng)
    code = f"网站标识码：{rng.randrange(10**9, 10**10)}"
    html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<!-- saved from url=({len(address):04d}){address} -->
<HTML><HEAD><TITLE>{escape(page_title)}</TITLE>
<META content="text/html; charset=utf-8" http-equiv=Content-Type>
<BASE href="http://{host}/"><META name=SiteName content={site}><META name=ColumnName content={column}>
<LINK rel=stylesheet type=text/css href="{files}/style.css">
<SCRIPT type=text/javascript src="{files}/jquery.min.js"></SCRIPT>
<SCRIPT type=text/javascript src="{files}/slick.min.js"></SCRIPT>
<META name=GENERATOR content="MSHTML 11.00.9600.{rng.randrange(17000, 20000)}"></HEAD>
<BODY>
<DIV class=top><DIV class=top-l>欢迎访问{site}门户网站</DIV><DIV class=top-r><A href="http://{host}/wza/">无障碍浏览</A>
| <A href="http://{host}/m/">手机版</A></DIV></DIV>
<DIV class=header><A href="http://{host}/"><IMG alt={site} src="{files}/logo.png"></A>
<DIV class=search><INPUT value=请输入关键字 type=text name=q><BUTTON type=submit>搜索</BUTTON></DIV></DIV>
<DIV class=nav><UL>{links}</UL></DIV>
<DIV style="DISPLAY: none" id=m-drawer class=m-nav><UL>{links}</UL></DIV>
<DIV class=main><DIV class=position>您现在的位置：<A href="http://{host}/">首页</A> &gt; <A
href="http://{host}/zwdt/">政务动态</A> &gt; <A href="http://{host}/zwdt/{column}/">{column}</A></DIV>
<DIV class=left><DIV class=article>
{heading}
<DIV class=property>{"&nbsp;&nbsp;".join(info)}</DIV>
<DIV id=zoom class=content>
{body}
</DIV>
<DIV class=tools><A href="javascript:window.print()">[打印本页]</A> <A
href="javascript:window.close()">[关闭窗口]</A></DIV></DIV></DIV>
<DIV class=right><DIV class=side-tit>图片新闻</DIV>
<DIV class="pic-news slick-initialized slick-slider"><DIV class=slick-list><DIV
style="WIDTH: 1200px; TRANSFORM: translate3d(-240px, 0px, 0px)" class=slick-track>{slides}</DIV></DIV></DIV></DIV></DIV>
<DIV class=footer><P>版权所有：{site}办公室　承办：{place}大数据中心</P>
<P>{icp}　<IMG src="{files}/ga.png">{police}　{code}</P></DIV></BODY></HTML>"""
    furniture = (f"欢迎访问{site}门户网站", "无障碍浏览|手机版", "".join(menu), "您现在的位置：首页>政务动态", views)
    furniture += ("字号：[大 中 小]", "[打印本页]", "[关闭窗口]", "图片新闻", *pictures, f"版权所有：{site}办公室")
    furniture += (icp, police, code)
    return Wrapped(html, furniture, address)


@unseen17("archive_today_capture_header_flat")
def archive_today_capture_header_flat(story: Story) -> Wrapped:
    """An archive.today capture of a 商务局 page: the archive's header (Saved from, the capture time in English and
    UTC, All snapshots from host, share | download .zip | report bug or abuse), the capture time as the page's
    article:published_time, the original flattened into styled `<div>`s (the headline a bold centred one)."""
    rng = _rng(story, "archive_today")
    place = rng.choice(PLACES)
    site = f"{place}商务局"
    host = f"swj.example-r17-at{rng.randrange(10, 99)}.gov.cn"
    original = f"http://{host}/swdt/{rng.randrange(10**5, 10**6)}.html"
    captured = _at((story.published or dt.date(2021, 3, 2)) + dt.timedelta(days=rng.randrange(1, 400)), rng)
    stamp = f"{captured.day} {MONTH_EN[captured.month - 1]} {captured.year} {captured:%H:%M:%S} UTC"
    iso = f"{captured:%Y-%m-%dT%H:%M:%S}Z"
    snapshot = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(5))
    archived = f"https://archive.ph/{snapshot}"
    page_title = f"{story.headline}-{site}" if story.headline else site
    menu = ["网站首页", "机构设置", "政务公开", "商务动态", "招商引资", "外贸外资", "办事服务"]
    paths = ["", "jgsz/", "zwgk/", "swdt/", "zsyz/", "wmwz/", "bsfw/"]
    nav = "".join(
        f'<a href="https://archive.ph/o/{snapshot}/http://{host}/{path}" style="color:#ffffff;text-decoration:none;'
        f'padding:0 18px;font-size:15px;">{m}</a>'
        for m, path in zip(menu, paths, strict=True)
    )
    grey = "text-align:center;color:#666666;font-size:12px;line-height:30px;border-bottom:1px dashed #cccccc;"
    views = f"浏览：{rng.randrange(20, 4000)}次"
    info = _join(
        [
            f"发布时间：{_at(story.published, rng):%Y-%m-%d %H:%M:%S}" if story.published else "",
            f"来源：{escape(story.outlet)}" if story.outlet else "",
            views,
        ],
        "&nbsp;&nbsp;&nbsp;",
    )
    body = "".join(
        f'<div style="text-indent:32px;margin:0 0 12px 0;line-height:30px;font-size:16px;color:#333333;">'
        f"{escape(line)}</div>"
        for line in story.lines
    )
    icp, _police = _numbers(rng)
    cell = "font-size:10px;font-family:sans-serif;color:#808080;"
    html = f"""<!DOCTYPE html><html style="background-color:#eeeeee;"
 prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#" itemscope="itemscope"
 itemtype="http://schema.org/Article"><head><meta http-equiv="content-type" content="text/html;charset=utf-8"/>
<meta name="viewport" content="width=1024"/><meta property="og:type" content="article"/>
<meta property="og:site_name" content="archive.ph"/><meta property="og:title" content="{escape(page_title)}"/>
<meta itemprop="name" content="{escape(page_title)}"/><meta property="og:url" content="{archived}"/>
<meta property="article:modified_time" itemprop="dateModified" content="{iso}"/>
<meta property="article:published_time" itemprop="datePublished" content="{iso}"/>
<link rel="canonical" href="{archived}"/><title>{escape(page_title)}</title></head>
<body style="margin:0;"><center><div id="HEADER" style="background-color:#eeeeee;border-bottom:1px #cccccc solid;">
<table style="width:1028px;" border="0" cellspacing="0" cellpadding="0"><tr>
<td rowspan="2" style="width:110px;{cell}"><a href="https://archive.ph/" style="color:#1e1e1e;">archive.today<br/>
webpage capture</a></td>
<td style="{cell}">Saved from <input name="q" type="text" style="width:700px;" value="{original}"/>
<a href="https://archive.ph/{host}">search</a></td>
<td rowspan="2" style="text-align:right;{cell}">{stamp}</td></tr>
<tr><td style="{cell}">All snapshots from host <a href="https://archive.ph/{host}">{host}</a></td></tr>
<tr><td style="{cell}"></td><td style="{cell}"><a href="#">Webpage</a> <a href="#">Screenshot</a></td>
<td style="text-align:right;{cell}">share <a href="#">download .zip</a> <a href="#">report bug or abuse</a></td>
</tr><tr><td style="{cell}"></td><td style="{cell}">history ←prior next→</td><td></td></tr></table></div></center>
<div id="SOLID" style="background-color:#ffffff;"><div style="position:relative;margin:0 auto;width:1024px;">
<div id="CONTENT" style="text-align:left;"><div style="width:1000px;margin:0 auto;">
<div style="height:110px;background-color:#0b5aa5;"><img alt="{site}" src="{archived}/a1b2c/logo.png"
 style="margin:20px 0 0 30px;"/></div>
<div style="height:44px;line-height:44px;background-color:#094c8c;">{nav}</div>
<div style="font-size:13px;color:#555555;line-height:36px;">当前位置：<a href="#">网站首页</a> &gt; <a
 href="#">商务动态</a></div>
<div style="padding:20px 40px;border:1px solid #e5e5e5;">
<div style="text-align:center;font-size:22px;font-weight:bold;color:#c40000;line-height:40px;">
{headline_html(story)}</div>
<div style="{grey}">{info}</div>
<div style="padding:20px 0;">{body}</div>
<div style="text-align:right;font-size:12px;color:#999999;">【打印】【关闭】</div></div>
<div style="text-align:center;font-size:12px;color:#666666;line-height:24px;background-color:#f2f2f2;">
<div>主办：{site}　地址：{place}行政中心{rng.randrange(2, 9)}号楼</div><div>{icp}</div></div>
</div></div></div></div></body></html>"""
    furniture = ("archive.today webpage capture", "Saved from", stamp, "All snapshots from host", "Webpage Screenshot")
    furniture += ("share download .zip report bug or abuse", "history ←prior next→", "".join(menu), views)
    furniture += ("当前位置：网站首页>商务动态", "【打印】【关闭】", f"主办：{site}", icp)
    return Wrapped(html, furniture, archived)


# ---------------------------------------------------------------- mails, office systems and books


@unseen17("edm_kuaixun_issue_daodu_tuiding")
def edm_kuaixun_issue_daodu_tuiding(story: Story) -> Wrapped:
    """A 投资促进局's 招商快讯 mail (EDM) in nested tables: 如果您无法正常浏览此邮件, the issue's later day, 本期导读
    naming the headline among other items, 【招商动态】, the headline a styled cell, the date and 来源 in a grey cell,
    other items with 阅读全文>>, 退订 | 转发给朋友 and an open-tracking picture."""
    rng = _rng(story, "edm")
    place = rng.choice(PLACES)
    bureau = f"{place}投资促进局"
    brand = f"投资{place[:-1]}·招商快讯"
    issue_day = (story.published or dt.date(2021, 6, 7)) + dt.timedelta(days=rng.randrange(1, 8))
    issue = rng.randrange(1, 48)
    total = issue + rng.randrange(40, 200)
    issue_line = f"{issue_day.year}年第{issue}期（总第{total}期）　{_cn_day(issue_day)}"
    made_up = f"{bureau}本周重点工作一览"
    title = headline_html(story) if story.headline else made_up
    others = rng.sample(KUAIXUN_ITEMS, 3)
    view_online = "如果您无法正常浏览此邮件，请点击这里查看网页版"
    when = ""
    if story.published:
        when = f"{story.published:%Y-%m-%d}" if rng.random() < 0.5 else _cn_day(story.published)
    grey = _join([when, f"来源：{escape(story.outlet)}" if story.outlet else ""])
    daodu = "".join(
        f'<tr><td style="font-size:14px;line-height:26px;color:#333333;">· <a href="#item{i}" '
        f'style="color:#333333;text-decoration:none;">{t}</a></td></tr>'
        for i, t in enumerate([title, *(o[0] for o in others)])
    )
    paragraphs = "".join(
        f'<p style="margin:0 0 12px 0;text-indent:2em;font-size:15px;line-height:26px;color:#333333;">'
        f"{escape(line)}</p>"
        for line in story.lines
    )
    items = "".join(
        f'<tr><td id="item{i + 1}" style="padding:12px 24px;border-bottom:1px dashed #dddddd;">'
        f'<div style="font-size:16px;font-weight:bold;color:#1a3f8a;">{t}</div>'
        f'<div style="font-size:13px;color:#666666;line-height:22px;">{s}</div>'
        f'<div style="text-align:right;"><a href="#" style="color:#b4141e;font-size:12px;">阅读全文&gt;&gt;</a></div>'
        f"</td></tr>"
        for i, (t, s) in enumerate(others)
    )
    hotline = f"招商热线：0{rng.randrange(300, 999)}-{rng.randrange(10**6, 10**7)}　邮箱：tzcj@example-r17-edm.cn"
    subscribe = f"您收到此邮件，是因为您订阅了{brand}。如不希望再收到此类邮件，请点击"
    bar = "font-size:15px;font-weight:bold;color:#ffffff;background-color:#b4141e;padding:6px 24px;"
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<title>{brand}（第{issue}期）</title></head>
<body style="margin:0;padding:0;background-color:#f0f0f0;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f0f0f0"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="font-size:12px;color:#999999;padding:8px;text-align:center;background-color:#f0f0f0;">
如果您无法正常浏览此邮件，请<a href="#" style="color:#999999;">点击这里</a>查看网页版</td></tr>
<tr><td><img src="https://edm.example-r17-edm.cn/img/banner{rng.randrange(10, 99)}.jpg" width="640" height="160"
 alt="{brand}" style="display:block;border:0;"/></td></tr>
<tr><td style="font-size:13px;color:#666666;padding:10px 24px;border-bottom:2px solid #b4141e;">{issue_line}</td></tr>
<tr><td style="padding:12px 24px;"><table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td style="font-size:15px;font-weight:bold;color:#b4141e;">本期导读</td></tr>{daodu}</table></td></tr>
<tr><td style="{bar}">【招商动态】</td></tr>
<tr><td id="item0" style="padding:16px 24px;"><table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td style="font-size:20px;font-weight:bold;color:#b4141e;line-height:30px;text-align:center;">{title}</td></tr>
<tr><td style="font-size:12px;color:#999999;text-align:center;padding:4px 0 12px 0;">{grey}</td></tr>
<tr><td>{paragraphs}</td></tr></table></td></tr>
<tr><td style="{bar}">【项目快递】</td></tr>
{items}
<tr><td style="padding:12px 24px;font-size:12px;color:#666666;line-height:22px;">{hotline}</td></tr>
<tr><td style="padding:12px 24px;font-size:12px;color:#999999;background-color:#f7f7f7;">{subscribe}
<a href="#" style="color:#999999;">退订</a> | <a href="#" style="color:#999999;">转发给朋友</a></td></tr>
<tr><td style="padding:8px 24px;font-size:12px;color:#999999;text-align:center;">Copyright © {issue_day.year}
 {bureau} 版权所有</td></tr></table></td></tr></table>
<img src="https://edm.example-r17-edm.cn/open.gif?m={rng.randrange(10**8)}&amp;u={rng.randrange(10**6)}" width="1"
 height="1" alt=""/></body></html>"""
    furniture = (view_online, issue_line, "本期导读", *(o[0] for o in others), "【招商动态】", "【项目快递】")
    furniture += (*(o[1] for o in others), "阅读全文>>", hotline, subscribe, "退订 | 转发给朋友", f"{bureau} 版权所有")
    furniture += () if story.headline else (made_up,)
    return Wrapped(html, furniture, f"https://edm.example-r17-edm.cn/view/{rng.randrange(16**10):x}.html")


@unseen17("weaver_oa_doc_fields_reply")
def weaver_oa_doc_fields_reply(story: Story) -> Wrapped:
    """A 协同办公 OA's 文档查看 page: 回复/打印/下载/收藏/分享/文档日志/关闭, tabs, the subject an `<h2>` (made up where
    the story has none), 创建人/创建日期/阅读次数 under it, a hidden 文档属性 table with 信息来源 and a later
    最后修改日期, the attachment named after the subject, replies with later days."""
    rng = _rng(story, "weaver")
    place = rng.choice(PLACES)
    org = f"{place}投资促进中心"
    system = f"{place}投资促进中心协同办公平台"
    creator, modifier, *repliers = rng.sample(NAMES, 4)
    department = rng.choice(["综合科", "招商一科", "项目服务科"])
    made_up = f"{org}{department}信息报送（第{rng.randrange(2, 40)}期）"
    subject = headline_html(story) if story.headline else made_up
    created = _at(story.published or dt.date(2021, 4, 16), rng)
    modified = created + dt.timedelta(days=rng.randrange(1, 9), hours=rng.randrange(1, 8))
    reads = f"阅读次数：{rng.randrange(5, 300)}"
    number = f"ZX{created:%Y}{rng.randrange(1000, 9999)}"
    source = escape(story.outlet) if story.outlet else f"{org}{department}"
    buttons = ["回复", "打印", "下载", "收藏", "分享", "文档日志", "关闭"]
    tabs = ["文档内容", "文档属性", "共享范围", "相关资源", f"回复({len(repliers)})"]
    meta = f"创建人：{creator}（{department}）　创建日期：{created:%Y-%m-%d %H:%M:%S}　{reads}"
    rows = [
        ("文档编号", number),
        ("所属目录", "信息发布/招商动态"),
        ("创建人", f"{creator}（{department}）"),
        ("创建日期", f"{created:%Y-%m-%d %H:%M:%S}"),
        ("最后修改人", modifier),
        ("最后修改日期", f"{modified:%Y-%m-%d %H:%M:%S}"),
        ("信息来源", source),
        ("文档状态", "正常"),
    ]
    table = "".join(
        f'<tr><td class="fieldName">{rows[i][0]}</td><td class="field">{rows[i][1]}</td>'
        f'<td class="fieldName">{rows[i + 1][0]}</td><td class="field">{rows[i + 1][1]}</td></tr>'
        for i in range(0, len(rows), 2)
    )
    size = f"{rng.randrange(15, 90)}.{rng.randrange(10)}K"
    attachment = f"{subject}.docx"
    replies = []
    for i, name in enumerate(repliers):
        at = created + dt.timedelta(days=i + 1, hours=rng.randrange(1, 6))
        replies.append((f"{name}　{at:%Y-%m-%d %H:%M}", rng.choice(REPLIES)))
    reply_html = "".join(
        f'<div class="reply-item"><div class="reply-head">{head}</div><div class="reply-text"><p>{text}</p></div></div>'
        for head, text in replies
    )
    body = "\n".join(
        f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-family:仿宋_GB2312;'
        f'font-size:16pt">{escape(line)}</span></p>'
        for line in story.lines
    )
    page_title = subject if rng.random() < 0.5 else "文档查看"
    html = f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>{page_title}</title>
<link rel="stylesheet" href="/spa/document/static/index.css"></head><body class="wea-doc-view">
<div class="wea-new-top"><div class="wea-new-top-title"><i class="icon-coms-doc"></i><span>文档查看</span></div>
<div class="wea-new-top-btns">{"".join(f'<button class="ant-btn"><span>{b}</span></button>' for b in buttons)}
</div></div>
<div class="wea-tab"><ul>{"".join(f"<li>{t}</li>" for t in tabs)}</ul></div>
<div class="wea-doc-detail"><div class="wea-doc-detail-title"><h2>{subject}</h2>
<div class="wea-doc-detail-meta">{meta}</div></div>
<div id="docContent" class="wea-doc-detail-content"><div class="wea-doc-html">
{body}
</div></div>
<div class="wea-doc-acc"><div class="acc-title">附件（1）</div><div class="acc-item"><span>{attachment}</span>
<span>{size}</span><a href="#">下载</a><a href="#">预览</a></div></div>
<div class="wea-doc-prop" style="display:none"><table class="ViewForm">{table}</table></div>
<div class="wea-doc-reply"><div class="reply-title">全部回复</div>{reply_html}</div></div>
<div class="wea-footer">{system}　建议使用谷歌浏览器访问</div></body></html>"""
    furniture = (
        "文档查看",
        "".join(buttons),
        "".join(tabs),
        meta,
        f"附件（1）{story.headline or made_up}.docx{size}下载预览",
        "全部回复",
    )
    furniture += (*(f"{head}{text}" for head, text in replies), f"文档编号{number}", "所属目录信息发布/招商动态")
    furniture += (
        f"最后修改人{modifier}",
        f"最后修改日期{modified:%Y-%m-%d %H:%M:%S}",
        f"{system}　建议使用谷歌浏览器访问",
    )
    furniture += () if story.outlet else (f"{org}{department}",)
    furniture += () if story.headline else (made_up,)
    return Wrapped(
        html,
        furniture,
        f"http://oa.example-r17-oa{rng.randrange(10, 99)}.cn/spa/document/index.jsp?id={rng.randrange(10**5, 10**6)}",
    )


@unseen17("gitbook_huibian_summary_pagefooter")
def gitbook_huibian_summary_pagefooter(story: Story) -> Wrapped:
    """A GitBook 学习资料汇编: the summary listing the headline among other speeches, the header's `<h1>` and the
    section's `<h1>` both the page's title, a 来源/日期 blockquote, the tbfed page footer (…powered by Gitbook,
    该文件修订时间：a later day), Previous page/Next page labels, `gitbook.page.hasChanged` with mtime and build
    time."""
    rng = _rng(story, "gitbook")
    place = rng.choice(PLACES)
    book = f"{place}招商引资工作学习资料汇编"
    owner = f"{place}投资促进中心"
    chapter = rng.randrange(3, 9)
    made_up = f"会议报道（{CN_NUMBERS[chapter - 1]}）"
    title = headline_html(story) if story.headline else made_up
    speeches = _pick(rng, SPEECH_TITLES, 4)
    before, after = speeches[:2], speeches[2:]
    policies = _pick(rng, POLICY_TITLES, 2)
    revised = _at((story.published or dt.date(2021, 5, 20)) + dt.timedelta(days=rng.randrange(2, 60)), rng)
    built = revised + dt.timedelta(days=rng.randrange(1, 30), hours=rng.randrange(1, 9))
    utc = dt.timedelta(hours=8)
    slug = f"chapter1/{chapter:02d}.html"

    def entry(level: str, path: str, text: str, active: bool = False) -> str:
        state = " active" if active else ""
        link = f'<a href="{"../" + path if path else "../"}">{text}</a>'
        return f'<li class="chapter{state}" data-level="{level}" data-path="{path}">{link}</li>'

    articles = [*before, title, *after]
    first = chapter - len(before)
    summary = entry("1.1", "", "前言") + '<li class="chapter" data-level="1.2" data-path="chapter1/">'
    summary += '<a href="../chapter1/">一、会议讲话和报道</a><ul class="articles">'
    summary += "".join(
        entry(f"1.2.{i + 1}", f"chapter1/{first + i:02d}.html", t, t == title) for i, t in enumerate(articles)
    )
    summary += (
        '</ul></li><li class="chapter" data-level="1.3" data-path="chapter2/"><a href="../chapter2/">二、政策文件</a>'
    )
    summary += '<ul class="articles">'
    summary += "".join(entry(f"1.3.{i + 1}", f"chapter2/{i + 1:02d}.html", t) for i, t in enumerate(policies))
    summary += "</ul></li>"
    slip = []
    if story.outlet:
        slip.append(f"来源：{escape(story.outlet)}")
    if story.published:
        slip.append(f"日期：{story.published:%Y-%m-%d}" if rng.random() < 0.5 else f"日期：{_cn_day(story.published)}")
    blockquote = f"<blockquote><p>{'　'.join(slip)}</p></blockquote>" if slip else ""
    heading = f'<h1 id="{title}">{title}</h1>' if story.headline else ""
    copyright_line = f"Copyright © {owner} {revised.year} all right reserved，powered by Gitbook"
    revised_line = f"该文件修订时间： {revised:%Y-%m-%d %H:%M:%S}"
    state = {
        "page": {
            "title": story.headline or made_up,
            "level": f"1.2.{len(before) + 1}",
            "depth": 2,
            "next": {"title": after[0], "level": f"1.2.{len(before) + 2}", "depth": 2},
            "previous": {"title": before[-1], "level": f"1.2.{len(before)}", "depth": 2},
            "dir": "ltr",
        },
        "config": {"title": book, "language": "zh-hans", "plugins": ["tbfed-pagefooter", "search-pro"]},
        "file": {"path": f"chapter1/{chapter:02d}.md", "mtime": f"{revised - utc:%Y-%m-%dT%H:%M:%S}.000Z"},
        "gitbook": {"version": "3.2.3", "time": f"{built - utc:%Y-%m-%dT%H:%M:%S}.000Z"},
        "basePath": "..",
    }
    html = f"""<!DOCTYPE HTML><html lang="zh-hans"><head><meta charset="UTF-8">
<meta content="text/html; charset=utf-8" http-equiv="Content-Type"><title>{title} · {book}</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge"/><meta name="description" content="">
<meta name="generator" content="GitBook 3.2.3"><link rel="stylesheet" href="../gitbook/style.css"></head><body>
<div class="book"><div class="book-summary"><div id="book-search-input" role="search">
<input type="text" placeholder="输入并搜索"/></div><nav role="navigation"><ul class="summary">
<li><a href="../" class="custom-link">{book}</a></li><li class="divider"></li>
{summary}
<li class="divider"></li><li><a href="https://www.gitbook.com" target="blank" class="gitbook-link">
本书使用 GitBook 发布</a></li></ul></nav></div>
<div class="book-body"><div class="body-inner"><div class="book-header" role="navigation">
<a href="#" class="btn pull-left js-toolbar-action" aria-label=""><i class="fa fa-align-justify"></i></a>
<h1><i class="fa fa-circle-o-notch fa-spin"></i><a href="..">{title}</a></h1></div>
<div class="page-wrapper" tabindex="-1" role="main"><div class="page-inner"><div id="book-search-results">
<div class="search-noresults"><section class="normal markdown-section">
{heading}
{blockquote}
{_ps(story.lines)}
<footer class="page-footer"><span class="copyright">{copyright_line}</span><span class="footer-modification">
{revised_line}</span></footer></section></div>
<div class="search-results"><div class="has-results"><h1 class="search-results-title"><span
 class="search-results-count"></span> results matching "<span class="search-query"></span>"</h1>
<ul class="search-results-list"></ul></div><div class="no-results"><h1 class="search-results-title">No results matching
 "<span class="search-query"></span>"</h1></div></div></div></div></div></div>
<a href="#" class="navigation navigation-prev" aria-label="Previous page: {before[-1]}"><i
 class="fa fa-angle-left"></i></a>
<a href="#" class="navigation navigation-next" aria-label="Next page: {after[0]}"><i class="fa fa-angle-right"></i></a>
</div></div>
<script>var gitbook = gitbook || [];
gitbook.push(function() {{ gitbook.page.hasChanged({_script_json(state)}); }});</script>
<script src="../gitbook/gitbook.js"></script></body></html>"""
    furniture = (book, "前言", "一、会议讲话和报道", *speeches, "二、政策文件", *policies, "本书使用 GitBook 发布")
    furniture += (copyright_line,)
    furniture += (revised_line, "results matching", "No results matching")
    furniture += () if story.headline else (made_up,)
    return Wrapped(html, furniture, f"https://zsyz-r17-{rng.randrange(10, 99)}.example-pages.cn/huibian/{slug}")


# ---------------------------------------------------------------- mobile pages and front-end frameworks


@unseen17("mip_showmore_share_gototop")
def mip_showmore_share_gototop(story: Story) -> Wrapped:
    """A 地方新闻网's 百度 MIP page: `<html mip>`, `<mip-fixed>` header and `<mip-sidebar>` menu, the article in
    `<mip-showmore>` with 点击展开全文, a `<mip-img>` and a `<mip-ad>` between paragraphs, 时间/来源/编辑 spans,
    分享到 over `<mip-share>`, 相关新闻 with short days, `<mip-gototop>`."""
    rng = _rng(story, "mip")
    place = rng.choice(PLACES)
    site = f"{place[:-1]}新闻网"
    host = f"m.example-r17-mip{rng.randrange(10, 99)}.cn"
    number = rng.randrange(10**5, 10**6)
    canonical = f"http://www.example-r17-mip.cn/news/content_{number}.html"
    editor = rng.choice(NAMES)
    spans = []
    if story.published:
        spans.append(f'<span class="time">{_at(story.published, rng):%Y-%m-%d %H:%M}</span>')
    if story.outlet:
        spans.append(f'<span class="source">来源：{escape(story.outlet)}</span>')
    spans.append(f'<span class="editor">编辑：{editor}</span>')
    menu = ["首页", "本地", "时政", "经济", "社会", "文旅", "视频", "专题"]
    lines = [f"<p>{escape(line)}</p>" for line in story.lines]
    picture = (
        f'<mip-img layout="responsive" width="640" height="400" src="https://img.example-r17-mip.cn/{number}.jpg">'
        "</mip-img>"
    )
    advert = f'<mip-ad type="ad-baidu" cproid="u{rng.randrange(10**6, 10**7)}"></mip-ad>'
    lines.insert(1, picture)
    if len(lines) > 4:
        lines.insert(4, advert)
    related = _pick(rng, OTHER_NEWS, 4)
    base = story.published or dt.date(2021, 9, 18)
    days = [base - dt.timedelta(days=d) for d in sorted(rng.sample(range(1, 15), 4))]
    rows = [f"{t}{d:%m-%d}" for t, d in zip(related, days, strict=True)]
    related_html = "".join(
        f'<li><a data-type="mip" href="/mip/news/content_{number - i - 1}.html">{t}</a><span>{d:%m-%d}</span></li>'
        for i, (t, d) in enumerate(zip(related, days, strict=True))
    )
    icp, _police = _numbers(rng)
    page_title = f"{story.headline}_{site}" if story.headline else site
    html = f"""<!DOCTYPE html><html mip><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<link rel="stylesheet" type="text/css" href="https://c.mipcdn.com/static/v2/mip.css">
<link rel="canonical" href="{canonical}"><title>{escape(page_title)}</title>
<style mip-custom>.art-title{{font-size:22px;font-weight:bold}}.art-info span{{margin-right:10px;color:#999}}</style>
</head><body>
<mip-fixed type="top" class="header"><span class="menu-btn" on="tap:sidebar.toggle">菜单</span>
<a data-type="mip" href="/mip/"><mip-img src="https://img.example-r17-mip.cn/logo.png" alt="{site}" width="120"
 height="36"></mip-img></a><a class="app" href="#">客户端</a></mip-fixed>
<mip-sidebar id="sidebar" layout="nodisplay" side="left" class="mip-hidden"><ul class="side-menu">
{"".join(f'<li><a data-type="mip" href="#">{m}</a></li>' for m in menu)}</ul></mip-sidebar>
<div class="crumb"><a data-type="mip" href="/mip/">首页</a> &gt; <a data-type="mip" href="#">本地</a> &gt; 正文</div>
<article class="art"><h1 class="art-title">{headline_html(story)}</h1>
<div class="art-info">{"".join(spans)}</div>
<mip-showmore maxheight="screen:1.2" animatetime=".3" id="showmore01" bottomshadow="1"><div class="art-body">
{"".join(lines)}
</div></mip-showmore>
<div on="tap:showmore01.toggle" data-closetext="收起全文" class="mip-showmore-btn">点击展开全文</div>
<div class="share"><div class="share-title">分享到：</div><mip-share url="{canonical}" title="{headline_html(story)}">
</mip-share></div></article>
<div class="related"><h3>相关新闻</h3><ul>{related_html}</ul></div>
<footer class="footer"><p><a data-type="mip" href="/mip/">首页</a> | <a href="{canonical}">电脑版</a> | <a
 href="#">关于我们</a></p><p>Copyright © {base.year} {site} 版权所有</p><p>{icp}</p></footer>
<mip-fixed type="gototop"><mip-gototop threshold="300"></mip-gototop></mip-fixed>
<mip-stats-baidu token="{rng.randrange(16**16):016x}"></mip-stats-baidu>
<script src="https://c.mipcdn.com/static/v2/mip.js"></script>
<script src="https://c.mipcdn.com/static/v2/mip-showmore/mip-showmore.js"></script>
<script src="https://c.mipcdn.com/static/v2/mip-share/mip-share.js"></script>
<script src="https://c.mipcdn.com/static/v2/mip-stats-baidu/mip-stats-baidu.js"></script></body></html>"""
    furniture = ("菜单", "客户端", "".join(menu), "首页>本地>正文", f"编辑：{editor}", "点击展开全文", "分享到：")
    furniture += ("相关新闻", *rows, "首页|电脑版|关于我们", f"{site} 版权所有", icp)
    return Wrapped(html, furniture, f"https://{host}/mip/news/content_{number}.html")


@unseen17("angularjs_ng_binding_repeat_comments")
def angularjs_ng_binding_repeat_comments(story: Story) -> Wrapped:
    """An 招商引资服务平台 in AngularJS saved after rendering: ng-cloak's injected style, `ng-binding`/`ng-scope`,
    `<!-- ngRepeat -->` and `<!-- ngIf -->` comments (a lone one where the story names no outlet), the bound
    `<title>`, the headline a `<div ng-bind>`, the text `ng-bind-html`, a hidden 附件 row, 热门项目, an ng-template."""
    rng = _rng(story, "angular")
    place = rng.choice(PLACES)
    platform = f"{place}招商引资服务平台"
    page_title = f"{story.headline} - {platform}" if story.headline else platform
    menus = ["平台首页", "投资环境", "招商动态", "招商项目", "优惠政策", "投资服务", "在线洽谈"]
    menu_html = "<!-- ngRepeat: m in menus -->" + "".join(
        f'<li ng-repeat="m in menus" class="ng-scope" ng-class="{{active: m.id == current}}">'
        f'<a ng-href="#!/list/{i}" ng-bind="m.name" class="ng-binding" href="#!/list/{i}">{m}</a></li>'
        "<!-- end ngRepeat: m in menus -->"
        for i, m in enumerate(menus)
    )
    info = ""
    if story.outlet:
        info += (
            '<!-- ngIf: article.source --><span ng-if="article.source" class="ng-binding ng-scope">来源：'
            f"{escape(story.outlet)}</span><!-- end ngIf: article.source -->"
        )
    else:
        info += "<!-- ngIf: article.source -->"
    if story.published:
        info += f'<span class="ng-binding">发布时间：{_at(story.published, rng):%Y-%m-%d %H:%M}</span>'
    views = f"浏览量：{rng.randrange(20, 6000)}"
    info += f'<span class="ng-binding">{views}</span>'
    projects = rng.sample(HOT_PROJECTS, 3)
    project_rows = [f"{name}投资额：{money}" for name, money in projects]
    project_html = "<!-- ngRepeat: p in hotProjects -->" + "".join(
        f'<li ng-repeat="p in hotProjects" class="ng-scope"><a class="ng-binding" ng-bind="p.name" href="#!/project/'
        f'{i}">{name}</a><span class="ng-binding">投资额：{money}</span></li><!-- end ngRepeat: p in hotProjects -->'
        for i, (name, money) in enumerate(projects)
    )
    others = _pick(rng, OTHER_NEWS, 2)
    hotline = f"投资服务热线：0{rng.randrange(300, 999)}-{rng.randrange(10**6, 10**7)}"
    icp, police = _numbers(rng)
    cloak = (
        '@charset "UTF-8";[ng\\:cloak],[ng-cloak],[data-ng-cloak],[x-ng-cloak],.ng-cloak,.x-ng-cloak,'
        ".ng-hide:not(.ng-hide-animate){display:none !important;}ng\\:form{display:block;}"
        ".ng-animate-shim{visibility:hidden;}.ng-anchor{position:absolute;}"
    )
    html = f"""<!DOCTYPE html><html ng-app="zsApp" class="ng-scope"><head><style type="text/css">{cloak}</style>
<meta charset="utf-8"><meta name="renderer" content="webkit">
<title ng-bind="$root.pageTitle" class="ng-binding">{escape(page_title)}</title>
<link rel="stylesheet" href="css/app.css"></head>
<body ng-controller="MainCtrl" class="ng-scope">
<div ng-include="'tpl/header.html'" class="ng-scope"><div class="header ng-scope">
<div class="logo"><img src="img/logo.png" alt="{platform}"></div>
<div class="login"><a href="#!/login">登录</a> | <a href="#!/register">注册</a></div>
<ul class="menu">{menu_html}</ul></div></div>
<!-- uiView: --><div ui-view="" class="ng-scope"><div class="detail ng-scope" ng-controller="DetailCtrl">
<div class="crumb">当前位置：<a href="#!/">平台首页</a> &gt; <a href="#!/list/2">招商动态</a></div>
<div class="detail-title ng-binding" ng-bind="article.title">{headline_html(story)}</div>
<div class="detail-info">{info}</div>
<div class="detail-content ng-binding" ng-bind-html="article.content | trusted">
{_ps(story.lines)}
</div>
<div class="detail-attach ng-hide" ng-show="article.attachments.length">附件：
<!-- ngRepeat: a in article.attachments --></div>
<div class="detail-nav"><!-- ngIf: prev --><p ng-if="prev" class="ng-scope">上一篇：<a class="ng-binding"
 href="#!/detail/1">{others[0]}</a></p><!-- end ngIf: prev --><!-- ngIf: next --><p ng-if="next" class="ng-scope">
下一篇：<a class="ng-binding" href="#!/detail/3">{others[1]}</a></p><!-- end ngIf: next --></div>
<div class="loading ng-hide" ng-show="loading">数据加载中，请稍候…</div></div>
<div class="side ng-scope"><h4>热门项目</h4><ul>{project_html}</ul></div></div>
<div ng-include="'tpl/footer.html'" class="ng-scope"><div class="footer ng-scope"><p>{hotline}</p>
<p>主办单位：{place}投资促进局　{icp}　{police}</p></div></div>
<script type="text/ng-template" id="tpl/empty.html"><div class="empty">暂无相关信息，请稍后再试</div></script>
<script src="js/angular.min.js"></script><script src="js/app.js"></script></body></html>"""
    furniture = ("".join(menus), "登录 | 注册", "当前位置：平台首页>招商动态", views, *others, "数据加载中，请稍候…")
    furniture += ("热门项目", *project_rows, hotline, f"主办单位：{place}投资促进局", icp, police)
    furniture += ("暂无相关信息，请稍后再试",)
    return Wrapped(
        html, furniture, f"http://zs.example-r17-ng{rng.randrange(10, 99)}.cn/#!/detail/{rng.randrange(10**4, 10**5)}"
    )


@unseen17("umi_ssr_antd_text_separators")
def umi_ssr_antd_text_separators(story: Story) -> Wrapped:
    """A 政务 site built with UmiJS and Ant Design, rendered on the server: React's `<!-- -->` between a label and its
    value, a 新闻详情 card head over the `<h3>` headline, `ant-space` items, 阅读 counts, a braft body, 相关推荐 with
    days, `window.g_initialProps` holding the time in epoch milliseconds, an earlier createTime and the content."""
    rng = _rng(story, "umi")
    place = rng.choice(PLACES)
    site = f"{place}投资促进网"
    page_title = f"{story.headline}-{site}" if story.headline else site
    moment = _at(story.published, rng) if story.published else None
    created = (moment or _at(dt.date(2021, 6, 3), rng)) - dt.timedelta(days=rng.randrange(1, 4), hours=3)
    reads = rng.randrange(50, 9000)
    items = []
    if moment:
        items.append(f"发布时间：<!-- -->{moment:%Y-%m-%d %H:%M:%S}")
    if story.outlet:
        items.append(f"来源：<!-- -->{escape(story.outlet)}")
    items.append(f"阅读 <!-- -->{reads}")
    space = "".join(
        f'<div class="ant-space-item" style="margin-right:16px"><span class="ant-typography ant-typography-secondary">'
        f"{item}</span></div>"
        for item in items
    )
    menu = ["首页", "投资环境", "新闻资讯", "招商项目", "政策法规", "联系我们"]
    menu_html = "".join(
        f'<li class="ant-menu-item{" ant-menu-item-selected" if m == "新闻资讯" else ""}" role="menuitem" '
        f'style="padding-left:20px"><span class="ant-menu-title-content"><a href="/">{m}</a></span></li>'
        for m in menu
    )
    related = _pick(rng, OTHER_NEWS, 3)
    base = story.published or dt.date(2021, 6, 3)
    days = [base - dt.timedelta(days=d) for d in sorted(rng.sample(range(1, 20), 3))]
    rows = [f"{t}{d:%Y-%m-%d}" for t, d in zip(related, days, strict=True)]
    related_html = "".join(
        f'<li class="ant-list-item"><a href="/news/{i}">{t}</a><span class="ant-typography">{d:%Y-%m-%d}</span></li>'
        for i, (t, d) in enumerate(zip(related, days, strict=True))
    )
    content = "".join(f"<p>{escape(line)}</p>" for line in story.lines)
    props = {
        "detail": {
            "id": rng.randrange(1000, 9999),
            "title": story.headline or "",
            "publishTime": _epoch_ms(moment) if moment else None,
            "createTime": _epoch_ms(created),
            "source": story.outlet or "",
            "readCount": reads,
            "content": content,
        },
        "related": [{"title": t, "publishTime": f"{d:%Y-%m-%d}"} for t, d in zip(related, days, strict=True)],
    }
    icp, police = _numbers(rng)
    support = f"技术支持：{place}数字科技有限公司"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,minimum-scale=1,user-scalable=no">
<title>{escape(page_title)}</title><link rel="stylesheet" href="/umi.{rng.randrange(16**8):08x}.css">
<script>window.routerBase = "/";</script></head><body><div id="root"><section class="ant-layout">
<header class="ant-layout-header"><div class="logo">{site}</div><ul class="ant-menu ant-menu-root ant-menu-horizontal
 ant-menu-dark" role="menu">{menu_html}</ul></header>
<main class="ant-layout-content" style="padding:0 50px"><div class="ant-breadcrumb"><ol><li><span
 class="ant-breadcrumb-link"><a href="/">首页</a></span><span class="ant-breadcrumb-separator">/</span></li><li><span
 class="ant-breadcrumb-link"><a href="/news">新闻资讯</a></span><span class="ant-breadcrumb-separator">/</span></li><li>
<span class="ant-breadcrumb-link">详情</span></li></ol></div>
<div class="ant-row"><div class="ant-col ant-col-18"><div class="ant-card ant-card-bordered"><div class="ant-card-head">
<div class="ant-card-head-wrapper"><div class="ant-card-head-title">新闻详情</div></div></div>
<div class="ant-card-body">
<h3 class="ant-typography" style="text-align:center">{headline_html(story)}</h3>
<div class="ant-space ant-space-horizontal ant-space-align-center">{space}</div>
<div class="ant-divider ant-divider-horizontal" role="separator"></div>
<div class="braft-output-content">{content}</div></div></div></div>
<div class="ant-col ant-col-6"><div class="ant-card ant-card-bordered"><div class="ant-card-head"><div
 class="ant-card-head-title">相关推荐</div></div><div class="ant-card-body">
<ul class="ant-list-items">{related_html}</ul>
</div></div></div></div></main>
<footer class="ant-layout-footer" style="text-align:center">版权所有 © <!-- -->{base.year}<!-- --> {site}<br/>{icp}
<!-- --> <!-- -->{police}<br/>{support}</footer></section></div>
<script>window.g_useSSR=true;
window.g_initialProps = {_script_json(props)};</script>
<script src="/umi.{rng.randrange(16**8):08x}.js"></script></body></html>"""
    furniture = ("".join(menu), "首页/新闻资讯/详情", "新闻详情", f"阅读 {reads}", "相关推荐", *rows, icp, police)
    furniture += (support, f"版权所有 © {base.year} {site}")
    host = f"www.example-r17-umi{rng.randrange(10, 99)}.cn"
    return Wrapped(html, furniture, f"https://{host}/news/{props['detail']['id']}")


@unseen17("jquery_mobile_multipage_loader_h1")
def jquery_mobile_multipage_loader_h1(story: Story) -> Wrapped:
    """A 手机门户 in jQuery Mobile's multi-page template: the column's list page first (its `<h1>` the column, the
    headline an `<h2>` among others with their days), the detail page active (its `<h1>` 新闻详情, the headline an
    `<h3>`, 时间/来源 in a `<p>`), a collapsible 相关新闻, a fixed navbar, jQuery Mobile's `<h1>loading</h1>`."""
    rng = _rng(story, "jqm")
    place = rng.choice(PLACES)
    site = f"{place}人民政府手机门户"
    column = rng.choice(["招商引资", "政务动态", "部门动态"])
    listed = _pick(rng, OTHER_NEWS, 4)
    base = story.published or dt.date(2021, 4, 23)
    days = [base - dt.timedelta(days=d) for d in sorted(rng.sample(range(1, 25), 4))]
    entries = [(headline_html(story), story.published)] if story.headline else []
    entries += list(zip(listed, days, strict=True))
    list_html = "".join(
        f'<li class="ui-li-has-alt"><a href="#detail" class="ui-btn ui-btn-icon-right ui-icon-carat-r"><h2>{t}</h2>'
        f"<p>{d:%Y-%m-%d}</p></a></li>"
        if d
        else f'<li><a href="#detail" class="ui-btn ui-btn-icon-right ui-icon-carat-r"><h2>{t}</h2></a></li>'
        for t, d in entries
    )
    rows = [f"{t}{d:%Y-%m-%d}" for t, d in zip(listed, days, strict=True)]
    info = _join(
        [
            f"时间：{story.published:%Y-%m-%d}" if story.published else "",
            f"来源：{escape(story.outlet)}" if story.outlet else "",
        ]
    )
    tabs = ["首页", "资讯", "办事", "互动"]
    navbar = "".join(f'<li><a href="#" class="ui-link ui-btn">{t}</a></li>' for t in tabs)
    related = listed[:2]
    header = 'data-role="header" class="ui-header ui-bar-b" role="banner"'
    footer = (
        f'<div data-role="footer" data-position="fixed" class="ui-footer ui-bar-inherit ui-footer-fixed slideup" '
        f'role="contentinfo"><div data-role="navbar" class="ui-navbar" role="navigation"><ul class="ui-grid-c">'
        f"{navbar}</ul></div></div>"
    )
    copyright_line = f"主办：{place}人民政府办公室　{_numbers(rng)[0]}"
    html = f"""<!DOCTYPE html><html class="ui-mobile"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{site}</title>
<link rel="stylesheet" href="css/jquery.mobile-1.4.5.min.css"><script src="js/jquery-1.11.3.min.js"></script>
<script src="js/jquery.mobile-1.4.5.min.js"></script></head>
<body class="ui-mobile-viewport ui-overlay-a">
<div data-role="page" id="list" data-url="list" class="ui-page ui-page-theme-a" tabindex="0">
<div {header}><h1 class="ui-title" role="heading" aria-level="1">{column}</h1>
<a href="#" data-rel="back" class="ui-btn-left ui-btn ui-icon-back ui-btn-icon-left">返回</a></div>
<div role="main" class="ui-content"><ul data-role="listview" class="ui-listview">{list_html}</ul>
<a href="#" class="ui-btn ui-corner-all">加载更多</a></div>
{footer}</div>
<div data-role="page" id="detail" data-url="detail" class="ui-page ui-page-theme-a ui-page-active" tabindex="0">
<div {header}><a href="#list" data-rel="back" class="ui-btn-left ui-btn ui-icon-back ui-btn-icon-left">返回</a>
<h1 class="ui-title" role="heading" aria-level="1">新闻详情</h1>
<a href="#list" class="ui-btn-right ui-btn ui-icon-home ui-btn-icon-notext">首页</a></div>
<div role="main" class="ui-content"><h3 class="news-title">{headline_html(story)}</h3>
<p class="news-info">{info}</p><hr>
<div class="news-body">{_ps(story.lines)}</div>
<div data-role="collapsible" class="ui-collapsible ui-collapsible-inset ui-collapsible-collapsed"><h4
 class="ui-collapsible-heading ui-collapsible-heading-collapsed"><a href="#" class="ui-collapsible-heading-toggle ui-btn
 ui-icon-plus ui-btn-icon-left">相关新闻<span class="ui-collapsible-heading-status"> click to expand contents</span>
</a></h4><div class="ui-collapsible-content ui-collapsible-content-collapsed" aria-hidden="true"><ul
 data-role="listview" data-inset="true">{"".join(f'<li><a href="#detail">{t}</a></li>' for t in related)}</ul>
</div></div>
<a href="#list" class="ui-btn ui-corner-all">返回列表</a><p class="copy">{copyright_line}</p></div>
{footer}</div>
<div class="ui-loader ui-corner-all ui-body-a ui-loader-default"><span class="ui-icon-loading"></span><h1>loading</h1>
</div></body></html>"""
    furniture = (site, "加载更多", *rows, "新闻详情", "click to expand contents", "返回列表", "".join(tabs))
    furniture += (copyright_line, "loading")
    return Wrapped(
        html,
        furniture,
        f"http://m.example-r17-jqm{rng.randrange(10, 99)}.gov.cn/news.html#detail?id={rng.randrange(10**5)}",
    )


@unseen17("qiankun_subapp_head_in_body")
def qiankun_subapp_head_in_body(story: Story) -> Wrapped:
    """A 政务中台 portal whose article is a qiankun micro-app: the main app's `<title>`, header, tabs and footer, the
    sub-app's wrapper with its `<qiankun-head>` (its own `<title>`, a scoped `<style>`) in the body, an Element
    breadcrumb, the headline an `<h2>`, 发布时间/信息来源/浏览次数, 返回列表/打印 buttons, a 消息中心 badge."""
    rng = _rng(story, "qiankun")
    place = rng.choice(PLACES)
    city = place[:-1] + "市"
    platform = f"{city}数字政府统一门户"
    set_title = story.headline is not None and rng.random() < 0.6
    page_title = f"{story.headline}-{platform}" if set_title else platform
    app_name = "zwzt-news-detail"
    app_title = rng.choice(["信息发布子应用", "zwzt-news", "资讯中心"])
    wrapper = f"__qiankun_microapp_wrapper_for_{app_name.replace('-', '_')}__"
    when = f"发布时间：{_at(story.published, rng):%Y-%m-%d %H:%M:%S}" if story.published else ""
    views = f"浏览次数：{rng.randrange(10, 9000)}"
    meta = "".join(
        f"<span>{part}</span>"
        for part in [when, f"信息来源：{escape(story.outlet)}" if story.outlet else "", views]
        if part
    )
    menu = ["首页", "政务公开", "政务服务", "数据开放", "互动交流", "走进" + city]
    tabs = ["工作台", "信息发布", "通知公告", "待办事项"]
    crumbs = ["信息发布", "招商动态", "详情"]
    crumb_html = "".join(
        f'<span class="el-breadcrumb__item"><span class="el-breadcrumb__inner" role="link">{c}</span>'
        f'<span class="el-breadcrumb__separator" role="presentation">/</span></span>'
        for c in crumbs
    )
    tab_html = "".join(f'<span class="tab{" active" if t == "信息发布" else ""}">{t}</span>' for t in tabs)
    badge = f"消息中心({rng.randrange(1, 20)})"
    icp, police = _numbers(rng)
    sandbox = "{&quot;strictStyleIsolation&quot;:false,&quot;experimentalStyleIsolation&quot;:true}"
    scoped = f'div[data-qiankun="{app_name}"] .news-detail .news-title{{font-size:24px;text-align:center}}'
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{escape(page_title)}</title>
<link href="/portal/css/app.{rng.randrange(16**8):08x}.css" rel="stylesheet"></head><body>
<div id="main-app"><div class="portal-header"><div class="portal-logo"><img src="/portal/img/logo.png" alt="{platform}">
<span>{platform}</span></div><ul class="portal-menu">{"".join(f"<li>{m}</li>" for m in menu)}</ul>
<div class="portal-user"><span class="badge">{badge}</span><a href="#">个人中心</a><a href="#">退出</a></div></div>
<div class="portal-tabs">{tab_html}</div>
<div id="subapp-viewport"><div id="{wrapper}" data-name="{app_name}" data-version="2.10.16"
 data-sandbox-cfg="{sandbox}" data-qiankun="{app_name}"><qiankun-head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><title>{app_title}</title>
<style data-qiankun="{app_name}">{scoped}</style></qiankun-head>
<div id="app" data-v-app=""><div class="news-detail">
<div class="el-breadcrumb" aria-label="Breadcrumb" role="navigation">{crumb_html}</div>
<h2 class="news-title">{headline_html(story)}</h2>
<div class="news-meta">{meta}</div>
<div class="news-content" id="detailContent">{_ps(story.lines)}</div>
<div class="news-footer"><button type="button" class="el-button el-button--default"><span>返回列表</span></button>
<button type="button" class="el-button el-button--primary"><span>打印</span></button></div></div></div>
</div></div>
<div class="portal-footer"><p>主办：{city}人民政府办公室　承办：{city}大数据管理局</p><p>{icp}　{police}</p></div></div>
<script src="/portal/js/chunk-vendors.{rng.randrange(16**8):08x}.js"></script>
<script src="/portal/js/app.{rng.randrange(16**8):08x}.js"></script></body></html>"""
    furniture = ("".join(menu), badge, "".join(tabs), app_title, "信息发布/招商动态/详情", views)
    furniture += ("返回列表", f"主办：{city}人民政府办公室", icp, police)
    return Wrapped(
        html,
        furniture,
        f"https://www.example-r17-zt{rng.randrange(10, 99)}.gov.cn/portal/news/detail?id={rng.randrange(10**6)}",
    )


@unseen17("gitee_blob_markdown_commit_bar")
def gitee_blob_markdown_commit_bar(story: Story) -> Wrapped:
    """A Gitee repository's file view of a 资料库's Markdown copy: the file's path in the `<title>` and the crumb (the
    headline in the file's name, a made-up one where the story has none), the repository's name and counts, the last
    commit's later day and message, 原始数据/按行查看/历史, the `<h1>` with an anchor, a 来源/日期 blockquote."""
    rng = _rng(story, "gitee")
    place = rng.choice(PLACES)
    owner, owner_name = rng.choice(GITEE_OWNERS)
    repo = "county-zhaoshang-texts"
    repo_name = "县域招商引资文本资料库"
    day = story.published
    folder = f"{day.year}/{day.month:02d}" if day else "undated"
    made_up = f"{place}招商会议报道-{rng.randrange(1, 99):02d}"
    stem = (f"{day:%m%d}-" if day else "") + (story.headline or made_up)
    file_name = f"{stem}.md"
    path = f"{folder}/{file_name}"
    committed = _at((day or dt.date(2021, 7, 5)) + dt.timedelta(days=rng.randrange(1, 40)), rng)
    committer = rng.choice(NAMES)
    message = f"新增{committed.month}月份材料{rng.randrange(3, 30)}篇"
    size = f"{rng.randrange(2, 12)}.{rng.randrange(10, 99)} KB"
    counts = f"Watch {rng.randrange(1, 20)} Star {rng.randrange(2, 90)} Fork {rng.randrange(0, 30)}"
    tabs = ["代码", "Issues 0", "Pull Requests 0", "Wiki", "统计", "流水线", "服务"]
    slip = []
    if story.outlet:
        slip.append(f"来源：{escape(story.outlet)}")
    if day:
        slip.append(f"日期：{_cn_day(day)}")
    blockquote = f"<blockquote><p>{'　'.join(slip)}</p></blockquote>" if slip else ""
    heading = (
        f'<h1><a id="user-content-{rng.randrange(10**6)}" class="anchor" href="#{headline_html(story)}"></a>'
        f"{headline_html(story)}</h1>"
        if story.headline
        else ""
    )
    commit_bar = f"{committer} 提交于 {committed:%Y-%m-%d %H:%M} . {message}"
    file_tools = "一键复制 编辑 原始数据 按行查看 历史"
    crumb = " / ".join([repo, *folder.split("/"), escape(file_name)])
    page_title = f"{escape(path)} · {owner}/{repo} - Gitee.com"
    description = "收集整理各地公开发布的招商引资会议报道、讲话和政策文本，仅供学习研究"
    footer = "深圳市奥思网络科技有限公司版权所有　Git 大全　Git 命令学习　CopyCat 代码克隆检测　APP与插件下载"
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{page_title}</title>
<meta name="description" content="{repo_name}：{description}">
<meta property="og:title" content="{owner}/{repo}"></head><body class="git-project">
<header class="git-header"><a class="logo" href="/">Gitee</a><nav>开源　企业版　高校版　私有云　博客</nav>
<a href="/login">登录</a> <a href="/signup">注册</a></header>
<div class="git-project-header"><h2 class="project-title"><a href="/{owner}">{owner_name}</a> / <a
 href="/{owner}/{repo}">{repo_name}</a></h2><div class="project-badges">{counts}</div>
<div class="project-desc">{description}</div></div>
<div class="git-project-nav">{"".join(f"<a href='#'>{t}</a>" for t in tabs)}</div>
<div class="git-project-content"><div class="tree-breadcrumb"><span class="branch">master</span>
<div class="crumb">{crumb}</div></div>
<div class="recent-commit"><span class="commit-author">{committer}</span> 提交于 <span class="timeago"
 title="{committed:%Y-%m-%d %H:%M:%S +0800}">{committed:%Y-%m-%d %H:%M}</span> . <a href="#">{message}</a></div>
<div class="file_holder"><div class="file_title"><span class="file_name">{escape(file_name)}</span>
<span class="file_size">{size}</span><div class="options">{"".join(f"<a href='#'>{t}</a>" for t in file_tools.split())}
</div></div><div class="file_content markdown-body">
{heading}
{blockquote}
{_ps(story.lines)}
</div></div></div>
<footer class="git-footer"><p>{footer}</p><p>粤ICP备12009483号</p></footer></body></html>"""
    furniture = (f"{owner}/{repo}", owner_name, repo_name, counts, "".join(tabs), commit_bar, size, file_tools)
    furniture += (description, footer, "粤ICP备12009483号")
    furniture += () if story.headline else (made_up,)
    return Wrapped(html, furniture, f"https://gitee.com/{owner}/{repo}/blob/master/{quote(path)}")


DEV17, LOCKED17 = split_by_digest(UNSEEN17, "round 17/", locked=6)
