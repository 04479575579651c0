"""Twelve more page layouts written blind (round 5): before reading the HTML reader.

Each is after a kind of Chinese page met in the wild that the first four rounds did not draw, weighed toward
what their locked sets found weakest (furniture inside or right beside the article, the outlet, the
headline): a 学习平台-like page (the headline a div, 来源：and a bare date on lines of their own, a 扫一扫 box
beside the text, the site's name as the whole <title>); a portal whose article is an `<iframe srcdoc>`
(发布机构：, a 政务服务 entry box beside it); a 大汉 page with a 字号 大 中 小 | 视力保护色 bar above the text,
（责任编辑 审核） closing it and a 您对本文的评价 vote after it (责任单位：); a TRS 政务公开 page whose 信息索引 is
a `<ul>` (发布机构, 成文日期 before 公开日期) and whose 附件 list follows the text; a Discuz! portal article
(2021-1-9 09:30 | 发布者 | 查看 | 来自: X); a 搜狐号 page (the account in a card before the headline and in
`<meta name="mediaid">`, the date also as epoch milliseconds in `data-val`, 平台声明); a Word-exported 公文
(MsoNormal paragraphs, `<o:Created>` and `<o:LastSaved>` in a conditional comment, the 落款 unit and date
closing it); a 今日头条 page (原创 · time · account · province, 头条热榜); a 政策解读 page (the interpreted
文件's title in a bigger bold link above the headline, 来源单位：); a 科汛-style page in one table (the headline
its <caption>, 来源：<a>X</a> and [2021-01-09] in one cell, 【发表评论】…【关闭窗口】 and 相关文章 as plain rows of
the same table); a GBK page that declares gb2312 and uses GBK-only characters in its chrome (the outlet only
in `<meta name="author">`, the city office in the footer's 主办：, 本站最后更新 a later date); and a 融媒体中心
site (<em>2021-01-09 09:30</em> then 供稿单位：, a 分享到 row of words, 上一篇/下一篇 with titles and a 相关新闻
list of plain text items inside the article container).

The split is fixed by a rule set before anything was scored: the four layouts whose names have the smallest
SHA-256 digests of "round 5/" + name are `LOCKED5` (never fixed against, scored once as a whole at the end);
the other eight are `DEV5`, from whose misses fixes to the reader may be written.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from html import escape

from layouts.families import (
    COMMENTS,
    EDITORS,
    OTHER_NEWS,
    PLACES,
    REPLIES,
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
from layouts.unseen import _gbk_safe
from layouts.unseen4 import ACCOUNTS, LIST_DATES, PROVINCES, _bracket_links, _cn_day, _cn_padded, _paras

UNSEEN5: dict[str, Layout] = {}
REVIEWERS = ["周晓燕", "吴建华", "孙丽娟", "郑国强"]


def unseen5(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN5)


def _moment(day: dt.date | None, rng: random.Random) -> dt.datetime | None:
    """A publication time on the story's day, in China's time zone."""
    if day is None:
        return None
    clock = dt.time(rng.randrange(7, 22), rng.randrange(60), tzinfo=dt.timezone(dt.timedelta(hours=8)))
    return dt.datetime.combine(day, clock)


def _site_id(rng: random.Random) -> str:
    return f"网站标识码：{rng.randrange(10**9, 10**10)}"


# ---------------------------------------------------------------- government portals


@unseen5("xuexi_like_article")
def xuexi_like_article(story: Story) -> Wrapped:
    """A 学习平台-like page: <title> the site only, the headline a div, 来源：X and a bare 2021-01-09 on lines of
    their own under it, a 扫一扫 下载 box beside the text, 责任编辑 and a 点赞/收藏/分享到 bar under it."""
    rng = _rng(story, "xuexi")
    editor = rng.choice(EDITORS)
    news = _pick(rng, OTHER_NEWS, 3)
    source = f'<div class="render-detail-resource">来源：{escape(story.outlet)}</div>' if story.outlet else ""
    day = f'<div class="render-detail-time">{story.published:%Y-%m-%d}</div>' if story.published else ""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>学习平台</title></head><body>
<div class="header"><span class="logo">学习平台</span><a href="#">登录</a><a href="#">下载客户端</a></div>
<div class="render-detail-article"><div class="render-detail-article-title"><div class="render-detail-title">{headline_html(story)}</div></div>
{source}{day}
<div class="render-detail-content cke-mode">{_paras(story.lines)}</div>
<div class="qrcode-box" style="position:absolute;right:-180px"><img src="/static/qr.png" alt=""><p>扫一扫 下载学习客户端</p><p>随时随地学起来</p></div>
<div class="render-detail-editor">责任编辑：{editor}</div>
<div class="action-bar"><span>点赞 {rng.randrange(10, 999)}</span><span>收藏</span><span>分享到：微信 微博 QQ</span></div>
<div class="related"><h4>相关推荐</h4><ul>{_bracket_links(news)}</ul></div></div>
<div class="footer">Copyright © 2019-2023 学习平台 All Rights Reserved</div></body></html>"""
    furniture = (
        "下载客户端",
        "扫一扫 下载学习客户端",
        "随时随地学起来",
        f"责任编辑：{editor}",
        "分享到：微信 微博",
        "相关推荐",
        *news,
        "All Rights Reserved",
    )
    return Wrapped(html, furniture, f"https://www.example-xuexi.cn/lgpage/detail/index.html?id={rng.randrange(10**12)}")


def _srcdoc(inner: str) -> str:
    """A document as an attribute value: only & and the quote escaped, as many CMS templates write it."""
    return inner.replace("&", "&amp;").replace('"', "&quot;")


def _raw_paras(lines: tuple[str, ...]) -> str:
    return "\n".join(f"<p style='text-indent:2em'>{line.replace('<', '&lt;')}</p>" for line in lines)


@unseen5("iframe_srcdoc_article")
def iframe_srcdoc_article(story: Story) -> Wrapped:
    """A portal shell whose article is an <iframe srcdoc>: crumbs, a 政务服务 entry box and the footer outside;
    headline, 发布时间：2021-01-09 09:30, 发布机构：X and the text inside the srcdoc."""
    rng = _rng(story, "srcdoc")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    facts = [f"发布时间：{stamp}" if stamp else "", f"发布机构：{story.outlet}" if story.outlet else ""]
    info = "　".join(f"<span>{fact}</span>" for fact in facts if fact)
    inner = f"""<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>
<div class='article-title'>{(story.headline or "").replace("<", "&lt;")}</div><div class='article-info'>{info}</div>
<div class='article-content'>{_raw_paras(story.lines)}</div></body></html>"""
    icp, police = _numbers(rng)
    site_id = _site_id(rng)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site}</title></head><body>
<div class="top"><a href="/">{site}</a><a href="#">English</a><a href="#">关怀版</a></div>
<div class="crumb">您当前所在位置：<a href="/">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">部门动态</a></div>
<div class="main"><div class="content-frame"><iframe id="contentFrame" frameborder="0" scrolling="no" width="100%" height="2400"
 srcdoc="{_srcdoc(inner)}"></iframe></div>
<div class="zwfw-entry"><h3>政务服务</h3><a href="#">个人办事</a><a href="#">法人办事</a><a href="#">办件查询</a><a href="#">好差评</a></div></div>
<div class="footer">主办：{site}办公室　{site_id}<br>{icp}　{police}</div></body></html>"""
    furniture = ("关怀版", "您当前所在位置", "个人办事", "法人办事", "办件查询", "好差评", f"主办：{site}办公室")
    furniture += (site_id, icp, police)
    return Wrapped(html, furniture, f"http://www.example-srcdoc.gov.cn/art/2023/{rng.randrange(10**6)}.html")


@unseen5("hanweb_toolbar_vote")
def hanweb_toolbar_vote(story: Story) -> Wrapped:
    """大汉 Hanweb page: 发布日期 and 责任单位：X in the info line, a 字号 大 中 小 | 视力保护色 bar right above the
    text, （责任编辑 审核） closing it, a 您对本文的评价 vote, a QR caption and 【打印本页】【关闭窗口】 after it."""
    rng = _rng(story, "hanweb_vote")
    place = rng.choice(PLACES).replace("县", "市")
    site = f"{place}人民政府"
    editor, reviewer = rng.choice(EDITORS), rng.choice(REVIEWERS)
    unit = escape(story.outlet) if story.outlet else f"{place}商务局"
    day = f"<span>发布日期：{story.published:%Y-%m-%d}</span>" if story.published else ""
    icp, _ = _numbers(rng)
    site_id = _site_id(rng)
    choices = "".join(
        f'<label><input type="radio" name="vote">{word}</label>' for word in ("非常满意", "基本满意", "不满意")
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story) or site} {site}</title>
<meta name="SiteName" content="{site}"></head><body>
<div class="top"><a href="/">{site}</a><span>今天是</span></div>
<div class="nav"><a href="/">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">政民互动</a></div>
<div class="main-art"><div class="art-title">{headline_html(story)}</div>
<div class="art-info">{day}<span>责任单位：{unit}</span><span>浏览次数：<span id="hits">{rng.randrange(50, 5000)}</span></span></div>
<div class="art-tool">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a> | <a href="#">视力保护色</a></div>
<div id="zoom">{_paras(story.lines)}
<p style="text-align:right">（责任编辑：{editor}　审核：{reviewer}）</p></div>
<div class="vote"><b>您对本文的评价：</b>{choices}<button>提交</button></div>
<div class="ewm"><img src="/images/ewm.png"><p>用手机扫描二维码 在手机上继续观看</p></div>
<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div></div>
<div class="footer">主办：{site}办公室　{site_id}　{icp}</div></body></html>"""
    furniture = (
        "政民互动",
        "视力保护色",
        f"责任编辑：{editor}",
        f"审核：{reviewer}",
        "您对本文的评价",
        "非常满意",
        "基本满意",
    )
    furniture += ("用手机扫描二维码", "打印本页", "关闭窗口", site_id, icp)
    return Wrapped(html, furniture, f"http://www.example-hanweb5.gov.cn/art/2023/5/12/art_{rng.randrange(10**6)}.html")


@unseen5("trs_xxgk_ul_attachments")
def trs_xxgk_ul_attachments(story: Story) -> Wrapped:
    """TRS 政务公开 page: 信息索引 as <ul> label/value items (发布机构 X, 成文日期 days before 公开日期), the
    headline an h1 under it, a 附件 list of file links after the text, a 相关解读 box."""
    rng = _rng(story, "xxgk_ul")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    written = story.published - dt.timedelta(days=rng.randrange(3, 12)) if story.published else None
    facts = [
        ("索 引 号", f"{rng.randrange(10**8, 10**9)}/2023-{rng.randrange(10**5, 10**6)}"),
        ("主题分类", "商贸、海关、旅游"),
        ("发布机构", escape(story.outlet) if story.outlet else f"{place}投资促进中心"),
        ("成文日期", f"{written:%Y-%m-%d}" if written else ""),
        ("公开日期", f"{story.published:%Y-%m-%d}" if story.published else ""),
        ("公开方式", "主动公开"),
    ]
    index = "".join(
        f'<li><span class="lab">{label}：</span><span class="val">{value}</span></li>' for label, value in facts
    )
    files = [f"{place}重点产业招商图谱.pdf", "招商项目申报表.docx"]
    attached = "".join(f'<p><a href="/files/{i}.file">{i + 1}.{name}</a></p>' for i, name in enumerate(files))
    news = _pick(rng, OTHER_NEWS, 3)
    icp, police = _numbers(rng)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开-{site}</title></head><body>
<div class="head"><img src="/images/logo.png" alt="{site}"><span>政府信息公开</span></div>
<div class="position">当前位置：首页 &gt; 政府信息公开 &gt; 部门信息公开目录</div>
<div class="xxgk-detail"><ul class="xxgk-index">{index}</ul>
<h1 class="xxgk-title">{headline_html(story)}</h1>
<div class="trs_editor_view TRS_UEDITOR">{_paras(story.lines)}</div>
<div class="fujian"><p>附件：</p>{attached}</div>
<div class="xgjd"><h4>相关解读</h4><ul>{_links(news)}</ul></div></div>
<div class="footer">{site}版权所有　{icp}　{police}</div></body></html>"""
    furniture = ("部门信息公开目录", "索引号", "主题分类", "公开方式", *files, "相关解读", *news, icp, police)
    return Wrapped(html, furniture, f"http://www.example-xxgk5.gov.cn/xxgk/{rng.randrange(10**6)}.shtml")


@unseen5("policy_interpretation")
def policy_interpretation(story: Story) -> Wrapped:
    """A 政策解读 page: the interpreted 文件's title in a bigger bold link above the h2 headline, 来源单位：X and
    发布时间：2021年01月09日 09:30 in a table row, 相关政策 links, a 扫码关注 caption and 网站纠错 in the footer."""
    rng = _rng(story, "jiedu")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    document = f"《关于印发{place}促进招商引资高质量发展若干措施的通知》"
    unit = escape(story.outlet) if story.outlet else f"{place}发展和改革局"
    stamp = time_on_day(story.published, "%Y年%m月%d日 %H:%M", rng)
    news = _pick(rng, OTHER_NEWS, 3)
    icp, _ = _numbers(rng)
    cells = [f"来源单位：{unit}", f"发布时间：{stamp}" if stamp else "", "解读形式：文字解读"]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>政策解读_{site}</title></head><body>
<div class="nav"><a href="/">首页</a><a href="#">政策文件</a><a href="#">政策解读</a><a href="#">回应关切</a></div>
<div class="jd-wrap"><div class="jd-file">解读文件：<a href="/zcwj/1.html" style="font-size:22px;font-weight:bold">{document}</a></div>
<h2 class="jd-title">{headline_html(story)}</h2>
<table class="jd-info"><tr>{"".join(f"<td>{cell}</td>" for cell in cells)}</tr></table>
<div class="jd-content">{_paras(story.lines)}</div>
<div class="xgzc"><h4>相关政策</h4><ul>{_links(news)}</ul></div></div>
<div class="footer"><img src="/images/wx.png"><span>扫码关注政务微信</span> <a href="#">网站纠错</a> {icp}</div></body></html>"""
    furniture = ("回应关切", document, "解读形式", "文字解读", "相关政策", *news, "扫码关注政务微信", "网站纠错", icp)
    return Wrapped(html, furniture, f"http://www.example-jiedu.gov.cn/zcjd/{rng.randrange(10**6)}.html")


@unseen5("word_export_gongwen")
def word_export_gongwen(story: Story) -> Wrapped:
    """A 公文 saved from Word as a web page: MsoNormal paragraphs with <o:p>, <o:Created> and <o:LastSaved> in
    a conditional comment, the headline a centred bold span, the 落款 unit and date right-aligned at the end."""
    rng = _rng(story, "word")
    base = story.published or dt.date(2022, rng.randrange(1, 13), rng.randrange(1, 28))
    created = base - dt.timedelta(days=rng.randrange(3, 20))
    saved = base + dt.timedelta(days=rng.randrange(1, 9))
    props = (
        f"<o:Author>Administrator</o:Author><o:LastAuthor>lenovo</o:LastAuthor><o:Revision>{rng.randrange(2, 9)}</o:Revision>"
        f"<o:Created>{created:%Y-%m-%d}T01:{rng.randrange(10, 59)}:00Z</o:Created>"
        f"<o:LastSaved>{saved:%Y-%m-%d}T08:{rng.randrange(10, 59)}:00Z</o:LastSaved><o:Pages>{rng.randrange(2, 6)}</o:Pages>"
    )
    run = "<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{}<span lang=EN-US><o:p></o:p></span></span>"
    body = "\n".join(
        f"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'>{run.format(escape(line))}</p>"
        for line in story.lines
    )
    closing = [escape(story.outlet)] if story.outlet else []
    closing += [_cn_day(story.published)] if story.published else []
    signed = "".join(
        f"<p class=MsoNormal align=right style='text-align:right'>{run.format(part)}</p>" for part in closing
    )
    heading = (
        "<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;"
        f"font-family:方正小标宋简体'>{headline_html(story)}</span></b></p>"
        if story.headline
        else ""
    )
    html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15"><title>{headline_html(story)}</title>
<!--[if gte mso 9]><xml><o:DocumentProperties>{props}</o:DocumentProperties></xml><![endif]-->
<style><!-- p.MsoNormal {{margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线;}} --></style></head>
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'><div class=WordSection1 style='layout-grid:15.6pt'>
{heading}<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
{body}
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>{signed}</div></body></html>"""
    return Wrapped(
        html, ("Administrator", "lenovo"), f"http://www.example-word.gov.cn/upload/{rng.randrange(10**6)}.htm"
    )


# ---------------------------------------------------------------- news platforms, forums and old sites


@unseen5("discuz_portal_article")
def discuz_portal_article(story: Story) -> Wrapped:
    """A Discuz! portal article: h1.ph, then 2021-1-9 09:30 | 发布者 | 查看 | 评论 | 来自: X in one line;
    收藏/分享 buttons, 上一篇/下一篇 with titles, 相关阅读, 最新评论 with their own dates."""
    rng = _rng(story, "discuz_portal")
    forum = rng.choice(PLACES)[:2] + "在线"
    moment = _moment(story.published, rng)
    when = f'{moment.year}-{moment.month}-{moment.day} {moment:%H:%M}<span class="pipe">|</span> ' if moment else ""
    source = f'<span class="pipe">|</span>来自: <a href="#">{escape(story.outlet)}</a>' if story.outlet else ""
    news = _pick(rng, OTHER_NEWS, 5)
    reply = rng.choice(REPLIES)
    subject = f"{headline_html(story)} - 招商资讯 - {forum}" if story.headline else f"招商资讯 - {forum}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{subject} - Powered by Discuz!</title></head><body>
<div id="toptb"><a href="#">设为首页</a><a href="#">收藏本站</a><a href="#">立即注册</a></div>
<div id="pt" class="bm cl"><a href="./">{forum}</a> <em>›</em> <a href="portal.php">门户</a> <em>›</em> <a href="#">招商资讯</a> <em>›</em> 查看内容</div>
<div class="bm vw"><div class="h hm"><h1 class="ph">{headline_html(story)}</h1>
<p class="xg1">{when}发布者: 招商小编<span class="pipe">|</span> 查看: {rng.randrange(100, 9999)}<span class="pipe">|</span> 评论: 1{source}</p></div>
<div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">{_paras(story.lines)}</td></tr></table></div>
<div class="o cl ptm pbm"><a class="oshr" href="#">收藏</a><a class="oshr" href="#">分享</a><a class="oshr" href="#">邀请</a></div>
<div class="pren pbm cl"><em>上一篇：<a href="#">{news[0]}</a></em><em>下一篇：<a href="#">{news[1]}</a></em></div></div>
<div class="bm"><div class="bm_h"><h3>相关阅读</h3></div><ul>{_links(news[2:])}</ul></div>
<div id="comment" class="bm"><div class="bm_h"><h3>最新评论</h3></div><dl><dt>路过的 2023-5-12 10:02</dt><dd>{escape(reply)}</dd></dl></div>
<div id="ft">Powered by Discuz! X3.4 © 2001-2023 Comsenz Inc.</div></body></html>"""
    furniture = ("收藏本站", "立即注册", "发布者", "招商小编", *news, "相关阅读", "最新评论", reply, "Comsenz")
    return Wrapped(html, furniture, f"http://www.example-dz5.cn/article-{rng.randrange(10**5)}-1.html")


@unseen5("sohu_hao_mediaid")
def sohu_hao_mediaid(story: Story) -> Wrapped:
    """A 搜狐号 page: the account in a card before the headline and in <meta name="mediaid">, the time shown and
    as epoch milliseconds in data-val, 责任编辑 closing the text, 返回搜狐 and the 平台声明 after it."""
    rng = _rng(story, "sohu")
    account = escape(story.outlet) if story.outlet else rng.choice(ACCOUNTS)
    moment = _moment(story.published, rng)
    shown = (
        f'<span class="time" id="news-time" data-val="{int(moment.timestamp() * 1000)}">{moment:%Y-%m-%d %H:%M}</span>'
        if moment
        else ""
    )
    editor = rng.choice(EDITORS)
    liked = _pick(rng, OTHER_NEWS, 3)
    title = f"{headline_html(story)}_{account}" if story.headline else account
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_搜狐</title>
<meta name="mediaid" content="{account}"><meta property="og:type" content="news"></head><body>
<div class="head-nav"><a href="/">搜狐首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">汽车</a></div>
<div class="left-side"><div class="user-info"><h4><a href="#">{account}</a></h4>
<ul><li>文章<em>{rng.randrange(100, 9000)}</em></li><li>总阅读<em>{rng.randrange(1, 99)}.{rng.randrange(10)}万</em></li></ul><a class="follow">+关注</a></div></div>
<div class="article-box"><div class="text-title"><h1>{headline_html(story)}</h1></div>
<div class="article-info">{shown}</div>
<article class="article" id="mp-editor">{_paras(story.lines)}
<p data-role="editor-name">责任编辑：<span>{editor}</span></p></article>
<a class="back-sohu" href="#">返回搜狐，查看更多</a>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div class="read-num">阅读 (<em>{rng.randrange(100, 9999)}</em>)</div>
<div class="more"><h3>你可能喜欢</h3><ul>{_links(liked)}</ul></div></div></body></html>"""
    furniture = ("搜狐首页", "总阅读", f"责任编辑：{editor}", "返回搜狐", "搜狐仅提供信息存储空间服务")
    furniture += ("你可能喜欢", *liked)
    return Wrapped(html, furniture, f"https://www.example-sohu.com/a/{rng.randrange(10**8)}_{rng.randrange(10**5)}")


@unseen5("toutiao_article_meta")
def toutiao_article_meta(story: Story) -> Wrapped:
    """A 今日头条 page: 原创 · time · account · province under the h1, 举报 after the text, an author card and a
    头条热榜 (each with its 热度) beside it, comments below."""
    rng = _rng(story, "toutiao")
    account = escape(story.outlet) if story.outlet else rng.choice(ACCOUNTS)
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    hot = _pick(rng, OTHER_NEWS, 4)
    comments = _pick(rng, COMMENTS, 2)
    parts = ['<span class="original-mark">原创</span>']
    parts += [f"<span>{stamp}</span>"] if stamp else []
    parts += [
        f'<span class="name"><a href="/c/user/token/x/">{account}</a></span>',
        f"<span>{rng.choice(PROVINCES)}</span>",
    ]
    title = f"{headline_html(story)} - 今日头条" if story.headline else "今日头条"
    ranked = "".join(f"<li><a href='#'>{t}</a><span>{rng.randrange(100, 999)}万热度</span></li>" for t in hot)
    said = "".join(f"<li><b>用户{rng.randrange(10**6)}</b><p>{escape(c)}</p></li>" for c in comments)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="toutiao-header"><a href="/">首页</a><a href="#">下载头条APP</a><a href="#">登录</a></div>
<div class="main-content"><div class="article-content"><h1>{headline_html(story)}</h1>
<div class="article-meta">{'<span class="dot">·</span>'.join(parts)}</div>
<article class="syl-article-base tt-article-content">{_paras(story.lines)}</article>
<div class="report"><a href="#">举报</a></div></div>
<div class="right-sidebar"><div class="author-card"><a href="#">{account}</a><span>粉丝 {rng.randrange(1, 99)}万</span><button>关注</button></div>
<div class="hot-board"><h3>头条热榜</h3><ol>{ranked}</ol></div></div></div>
<div class="comment-list"><h3>评论 {len(comments)}</h3><ul>{said}</ul></div></body></html>"""
    furniture = ("下载头条APP", "头条热榜", *hot, "万热度", *comments)
    return Wrapped(html, furniture, f"https://www.example-toutiao.com/article/{rng.randrange(10**18)}/")


@unseen5("table_caption_kesion")
def table_caption_kesion(story: Story) -> Wrapped:
    """A 科汛-style page in one table: the headline its <caption>, 作者/来源：<a>X</a>/发布时间：[2021-01-09]/点击数
    in one cell, 上一篇/下一篇, 【发表评论】…【关闭窗口】 and 相关文章 as plain text rows of the same table."""
    rng = _rng(story, "kesion")
    site = rng.choice(PLACES)[:2] + "招商网"
    news = _pick(rng, OTHER_NEWS, 5)
    facts = ["作者：佚名"]
    facts += [f'来源：<a href="#" target="_blank">{escape(story.outlet)}</a>'] if story.outlet else []
    facts += [f"发布时间：[{story.published:%Y-%m-%d}]"] if story.published else []
    facts.append("点击数：<script src='/item/GetHits.asp?id=1'></script>")
    tools = "".join(
        f'【<a href="#">{word}</a>】' for word in ("发表评论", "加入收藏", "告诉好友", "打印此文", "关闭窗口")
    )
    related = "".join(f"<tr><td>·{t}　[{LIST_DATES[i]}]</td></tr>" for i, t in enumerate(news[2:]))
    icp, _ = _numbers(rng)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{site}</title></head><body>
<table width="980" align="center"><tr><td class="banner"><img src="/images/banner.jpg" alt="{site}"></td></tr>
<tr><td class="menu"><a href="/">网站首页</a> | <a href="#">招商动态</a> | <a href="#">投资指南</a> | <a href="#">项目推介</a></td></tr></table>
<table class="article" width="980" align="center" cellpadding="6"><caption>{headline_html(story)}</caption>
<tr><td class="info" align="center">{"　".join(facts)}</td></tr>
<tr><td id="fontzoom" class="content">{_paras(story.lines)}</td></tr>
<tr><td>上一篇：<a href="#">{news[0]}</a><br>下一篇：<a href="#">{news[1]}</a></td></tr>
<tr><td class="tools" align="right">{tools}</td></tr>
<tr><td class="xg"><b>相关文章：</b></td></tr>{related}</table>
<table width="980" align="center"><tr><td align="center">Copyright © {site} {icp}</td></tr></table></body></html>"""
    furniture = (
        "投资指南",
        "作者：佚名",
        "点击数",
        *news,
        "发表评论",
        "告诉好友",
        "打印此文",
        "相关文章",
        icp,
    )
    return Wrapped(html, furniture, f"http://www.example-kesion.com/Item/{rng.randrange(10**5)}.aspx")


@unseen5("gb2312_declared_gbk_author_meta")
def gb2312_declared_gbk_author_meta(story: Story) -> Wrapped:
    """GBK bytes under a gb2312 declaration, GBK-only characters (喆, 堃) in the chrome; the outlet only in
    <meta name="author">, the city office in the footer's 主办：, 本站最后更新 a later date; 2021年01月09日."""
    rng = _rng(story, "gbk_author")
    city = rng.choice(PLACES).replace("县", "市").replace("区", "市")
    site = f"{city}招商局"
    author = f'<meta name="author" content="{escape(story.outlet)}">' if story.outlet else ""
    day = f"发布时间：{_cn_padded(story.published)}" if story.published else ""
    updated = f"2023-0{rng.randrange(1, 10)}-{rng.randrange(10, 29)}"
    news = _pick(rng, OTHER_NEWS, 4)
    icp, _ = _numbers(rng)
    title = f"{headline_html(story)}--{site}" if story.headline else site
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">{author}
<meta name="keywords" content="招商引资,投资环境"><title>{title}</title></head><body>
<div class="top"><img src="/images/top.jpg"></div>
<div class="menu"><a href="/">首页</a> | <a href="#">喆园新区</a> | <a href="#">堃山工业园</a> | <a href="#">招商项目</a></div>
<div class="wrap"><div class="left"><div class="lm">最新动态</div><ul>{_links(news)}</ul></div>
<div class="right"><h3 class="bt">{headline_html(story)}</h3>
<div class="sj">{day}　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="nr">{_paras(story.lines)}</div></div></div>
<div class="foot">主办：{city}人民政府办公室　承办：{city}信息中心　本站最后更新：{updated}<br>{icp}</div></body></html>"""
    furniture = ("喆园新区", "堃山工业园", "最新动态", *news, f"主办：{city}人民政府办公室", "本站最后更新", icp)
    url = f"http://www.example-gbk5.gov.cn/news/view.asp?id={rng.randrange(10**5)}"
    return Wrapped(_gbk_safe(html), furniture, url, "gbk")


@unseen5("rongmei_plain_related")
def rongmei_plain_related(story: Story) -> Wrapped:
    """A county 融媒体中心 site: <em>2021-01-09 09:30</em> then 供稿单位：X, a 分享到 row of words, a 扫一扫 box
    floated beside the text, 上一篇/下一篇 with titles and a 相关新闻 list of plain text items (no links, each
    with a date) inside the article container; © year in the footer."""
    rng = _rng(story, "rongmei")
    place = rng.choice(PLACES)
    site = f"{place}融媒体中心"
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    supplied = f"<span>供稿单位：{escape(story.outlet)}</span>" if story.outlet else ""
    news = _pick(rng, OTHER_NEWS, 5)
    related = "".join(f"<p>· {t}　{LIST_DATES[i]}</p>" for i, t in enumerate(news[2:]))
    title = f"{headline_html(story)}|{site}" if story.headline else site
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="header"><a class="logo" href="/">{site}</a><a href="#">电视</a><a href="#">广播</a><a href="#">直播</a></div>
<div class="article"><h2 class="title">{headline_html(story)}</h2>
<div class="info">{f"<em>{stamp}</em>" if stamp else ""} {supplied} <span>阅读：{rng.randrange(100, 9999)}</span></div>
<div class="share">分享到：<span>微信</span><span>朋友圈</span><span>微博</span><span>QQ空间</span></div>
<div class="qr" style="float:right;width:120px"><img src="/images/qr.png"><p>扫一扫 用手机看</p></div>
<div class="content">{_paras(story.lines)}</div>
<div class="prevnext"><p>上一篇：<a href="#">{news[0]}</a></p><p>下一篇：<a href="#">{news[1]}</a></p></div>
<div class="xgxw"><p class="hd">相关新闻</p>{related}</div></div>
<div class="foot">© 2021 {site} 版权所有</div></body></html>"""
    furniture = ("QQ空间", "扫一扫 用手机看", *news, "相关新闻", f"{site} 版权所有")
    return Wrapped(html, furniture, f"https://www.example-rmt5.cn/content/{rng.randrange(10**6)}.html")


DEV5, LOCKED5 = split_by_digest(UNSEEN5, "round 5/")
