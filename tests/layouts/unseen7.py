"""Twelve more page layouts written blind (round 7): before reading the HTML reader.

Each is after a kind of Chinese page met in the wild that the first six rounds did not draw, weighed toward
what their locked sets found weakest, the headline and furniture inside the article's own container: a 央视新闻
app's share page (a video header with its own caption and a #话题# line over the h1, 打开央视新闻 bars, 相关推荐
inside the article); a 专题 page holding one article among teasers (a banner h1, teaser h3s with summaries
before the article's h2, 稿件来源：); a 项目推介 page (the headline a div, the <title> the column's name, a 项目信息
table and an 我要咨询 form after the text, 发布单位：, [2021-01-09]); a 领导活动 page (a photo whose alt and caption
word the event otherwise, a 领导简介 box, 信息来源：, 2021年01月09日); a department's 工作动态 page whose dated list
and article share one column (the headline a bold p after the list, 供稿：); a provincial portal's 要闻 with a
picture carousel of other headlines over the h1 (data-time, 来源：<a>X</a>); a 网易 mirror whose 相关推荐 (h3
titles, 网易号 sources, 跟贴 counts) and 本文来源：X 责任编辑 sit inside the text's container; a consultant's
WordPress blog (<time datetime> published and updated, 出处：, tags, post navigation with titles, 近期文章 and
文章归档 widgets, a comment form); a newspaper's 图集 page (captions and 第1张/共3张 counters between paragraphs, a bold
first paragraph, the outlet only in og:site_name, the logo's alt and the footer); a 县级融媒体 app's share page (a
引题 and a 副题 round the h1, the outlet an unlabelled span, a 你怎么看 vote and 打开APP inside the article); a GBK
print preview (【打印】【关闭】, 本页网址, the headline a table cell, 文章来源：, 打印日期 competing); and a TRS portal
with an 适老化 bar, the outlet only in <meta name="ContentSource"> behind an empty 信息来源 span, <time datetime>,
an 本文对您是否有帮助 rating, 相关稿件 and a 政务服务 box inside the article container.

The split is fixed by a rule set before anything was scored: the four layouts whose names have the smallest
SHA-256 digests of "round 7/" + name are `LOCKED7` (never fixed against, scored once as a whole at the end);
the other eight are `DEV7`, from whose misses fixes to the reader may be written.
"""

from __future__ import annotations

import datetime as dt
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
from layouts.unseen import _gbk_safe
from layouts.unseen4 import ACCOUNTS, LIST_DATES, PROVINCES, _bracket_links, _cn_padded, _later, _paras
from layouts.unseen5 import _site_id

UNSEEN7: dict[str, Layout] = {}
LEADERS = ["张立新", "刘建华", "陈国平", "黄志明"]
CONSULTANTS = ["启航招商咨询", "远见产业研究院"]


def unseen7(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN7)


def _joined(parts: list[str], gap: str = "　") -> str:
    return gap.join(part for part in parts if part)


# ---------------------------------------------------------------- news apps' share pages


@unseen7("cctv_app_video_share")
def cctv_app_video_share(story: Story) -> Wrapped:
    """A 央视新闻 app's share page: the <title> the app's name, a video header with its own caption and a 时长,
    a #话题# line in a bigger font over the h1, 来源：X and the time under it, an 打开央视新闻 bar, 责任编辑 and a
    相关推荐 list inside the article's container."""
    rng = _rng(story, "cctv_video")
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    source = f"<span>来源：{escape(story.outlet)}</span>" if story.outlet else ""
    editor = rng.choice(EDITORS)
    news = _pick(rng, OTHER_NEWS, 3)
    related = "".join(f'<li><a href="#"><img src="/t{i}.jpg"><p>{t}</p></a></li>' for i, t in enumerate(news))
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>央视新闻客户端</title></head><body>
<div class="open-app-top"><img src="/logo.png" alt="央视新闻"><span>打开央视新闻，看更多精彩视频</span><a href="#">打开</a></div>
<div class="video-box"><video poster="/poster.jpg" src="/v.mp4"></video><div class="video-cap">视频加载中，请稍候</div><span class="dur">时长 03:26</span></div>
<div class="article-wrap"><div class="topic" style="font-size:20px;font-weight:bold">#稳经济 促发展#</div>
<h1 class="article-title">{headline_html(story)}</h1>
<div class="article-info">{source}<span class="time">{stamp}</span></div>
<div class="article-content">{_paras(story.lines)}</div>
<div class="editor">责任编辑：{editor}</div>
<div class="related"><div class="related-hd">相关推荐</div><ul>{related}</ul></div>
<div class="open-app-bottom">打开央视新闻客户端 查看更多热点</div></div></body></html>"""
    furniture = ("打开央视新闻", "视频加载中", "时长03:26", "稳经济 促发展", f"责任编辑：{editor}", "相关推荐", *news)
    return Wrapped(
        html, furniture, f"https://content-static.example-cctv.com/snow-book/index.html?item_id={rng.randrange(10**12)}"
    )


@unseen7("rongmei_app_kicker_vote")
def rongmei_app_kicker_vote(story: Story) -> Wrapped:
    """A 县级融媒体 app's share page: a 引题 over the h1 and a ——副题 under it, the outlet an unlabelled span
    before 2021-01-09 09:30, a 你怎么看 vote (支持 / 反对 with counts), an 打开APP bar and 推荐阅读 with dates
    inside the article's container."""
    rng = _rng(story, "rongmei_kicker")
    place = rng.choice(PLACES)
    app = rng.choice(ACCOUNTS)
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    source = f'<span class="source">{escape(story.outlet)}</span>' if story.outlet else ""
    kicker = f'<p class="yinti">{place}：项目为王 实干争先</p>' if story.headline else ""
    deck = '<p class="futi">——来自招商一线的观察</p>' if story.headline else ""
    votes = f"支持 {rng.randrange(10, 300)}　反对 {rng.randrange(0, 9)}"
    news = _pick(rng, OTHER_NEWS, 3)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{app}</title></head><body>
<div class="news-detail">{kicker}<h1 class="news-title">{headline_html(story)}</h1>{deck}
<div class="news-meta">{source}<span class="time">{stamp}</span></div>
<div class="news-body">{_paras(story.lines)}</div>
<div class="vote"><p class="vote-q">你怎么看？</p><a href="#">支持</a><a href="#">反对</a><p class="vote-n">{votes}</p></div>
<div class="open-app">打开{app}APP 参与互动</div>
<div class="recommend"><h4>推荐阅读</h4><ul>{_bracket_links(news)}</ul></div></div>
<div class="foot">{app} 技术支持：{place[:2]}融媒体中心</div></body></html>"""
    furniture = (f"{place}：项目为王 实干争先", "来自招商一线的观察") if story.headline else ()
    furniture += ("你怎么看", votes, f"打开{app}APP", "推荐阅读", *news, f"技术支持：{place[:2]}融媒体中心")
    return Wrapped(html, furniture, f"https://app.example-rm7.cn/share/news/{rng.randrange(10**7)}")


# ---------------------------------------------------------------- government portals


@unseen7("zhuanti_article_among_teasers")
def zhuanti_article_among_teasers(story: Story) -> Wrapped:
    """A 专题 page holding one article among teasers: a banner h1 with the 专题's name, three teaser h3s with
    summaries and dates before the article's h2, 稿件来源：X and 发布时间 under it, a 专题 nav after it."""
    rng = _rng(story, "zhuanti_teasers")
    place = rng.choice(PLACES)
    theme = "优化营商环境 建设活力" + place[:2]
    news = _pick(rng, OTHER_NEWS, 3)
    summaries = [
        "近日，有关部门召开专题会议进行部署。",
        "会议要求，各单位要压实责任、细化举措。",
        "活动吸引了众多群众参与。",
    ]
    teasers = "".join(
        f'<div class="teaser"><h3><a href="#">{t}</a></h3><p>{s}</p><span>{LIST_DATES[i]}</span></div>'
        for i, (t, s) in enumerate(zip(news, summaries, strict=True))
    )
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    facts = _joined(
        [f"稿件来源：{escape(story.outlet)}" if story.outlet else "", f"发布时间：{stamp}" if stamp else ""]
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{theme}_专题专栏_{place}人民政府</title></head><body>
<div class="zt-banner"><h1>{theme}</h1><p>专题专栏</p></div>
<div class="zt-nav"><a href="#">专题首页</a><a href="#">工作动态</a><a href="#">政策解读</a><a href="#">典型案例</a></div>
<div class="zt-main"><div class="zt-teasers">{teasers}</div>
<div class="zt-article"><h2>{headline_html(story)}</h2><div class="zt-info">{facts}</div>
<div class="zt-text">{_paras(story.lines)}</div></div></div>
<div class="zt-foot">{place}人民政府办公室　专题专栏</div></body></html>"""
    furniture = (theme, "专题首页", "典型案例", *news, *summaries)
    return Wrapped(html, furniture, f"http://www.example-zt7.gov.cn/zt/yshj/{rng.randrange(10**6)}.html")


@unseen7("xiangmu_tuijie_page")
def xiangmu_tuijie_page(story: Story) -> Wrapped:
    """A 项目推介 page of an investment site: the <title> the column and site, the headline a div.xm-title,
    发布单位：X and 发布日期：[2021-01-09] in one line, a 项目信息 table (投资估算, 联系人, 联系电话) and an 我要咨询
    form after the text, 更多推介项目 with dates beside it."""
    rng = _rng(story, "xiangmu")
    place = rng.choice(PLACES)
    site = f"{place}投资促进网"
    facts = _joined(
        [
            f"发布单位：{escape(story.outlet)}" if story.outlet else "",
            f"发布日期：[{story.published:%Y-%m-%d}]" if story.published else "",
            f"浏览量：{rng.randrange(100, 9999)}",
        ]
    )
    money = f"{rng.randrange(2, 90)}亿元"
    phone = f"0571-8{rng.randrange(10**6, 10**7)}"
    info = (
        f"<tr><th>项目类别</th><td>先进制造业</td><th>投资估算</th><td>{money}</td></tr>"
        f"<tr><th>联系人</th><td>{rng.choice(EDITORS)}</td><th>联系电话</th><td>{phone}</td></tr>"
    )
    projects = _pick(rng, OTHER_NEWS, 3)
    icp, _ = _numbers(rng)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>项目推介_{site}</title></head><body>
<div class="head"><a href="/">{site}</a><a href="#">投资环境</a><a href="#">项目推介</a><a href="#">招商政策</a></div>
<div class="main"><div class="xm"><div class="xm-title">{headline_html(story)}</div>
<div class="xm-info">{facts}</div>
<div class="xm-text">{_paras(story.lines)}</div>
<table class="xm-table"><caption>项目信息</caption>{info}</table>
<form class="xm-ask"><h4>我要咨询</h4><input placeholder="您的姓名"><input placeholder="手机号码"><button>提交</button></form></div>
<div class="side"><h4>更多推介项目</h4><ul>{_bracket_links(projects)}</ul></div></div>
<div class="foot">{site}　{icp}</div></body></html>"""
    furniture = ("投资估算", money, phone, "我要咨询", "更多推介项目", *projects, icp)
    return Wrapped(html, furniture, f"http://www.example-tzcj7.gov.cn/xmtj/{rng.randrange(10**6)}.html")


@unseen7("leader_activity_photo")
def leader_activity_photo(story: Story) -> Wrapped:
    """A 领导活动 page: a photo before the h2 whose alt and caption word the event otherwise, 信息来源：X and
    2021年01月09日 under the h2, a 领导简介 box (姓名, 职务, 分工) beside it, 【打印】【关闭】 after the text."""
    rng = _rng(story, "leader")
    place = rng.choice(PLACES)
    leader = rng.choice(LEADERS)
    caption = f"{leader}在{place}调研重点项目建设情况"
    facts = _joined(
        [
            f"发布时间：{_cn_padded(story.published)}" if story.published else "",
            f"信息来源：{escape(story.outlet)}" if story.outlet else "",
        ]
    )
    icp, police = _numbers(rng)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>领导活动-{place}人民政府</title></head><body>
<div class="header"><a href="/">{place}人民政府</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">领导活动</a></div>
<div class="content"><div class="ldhd"><div class="photo"><img src="/ldhd/1.jpg" alt="{caption}"><p class="pic-cap">{caption}</p></div>
<h2>{headline_html(story)}</h2><div class="ldhd-info">{facts}</div>
<div class="ldhd-text">{_paras(story.lines)}</div>
<div class="tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div></div>
<div class="leader-card"><h3>领导简介</h3><p>姓名：{leader}</p><p>职务：{place}人民政府副县长</p><p>分工：负责发展改革、商务、招商引资等方面工作。</p></div></div>
<div class="footer">主办：{place}人民政府办公室　{icp}　{police}</div></body></html>"""
    furniture = (caption, "领导简介", f"姓名：{leader}", "人民政府副县长", "负责发展改革、商务、招商引资等方面工作")
    furniture += ("打印】【关闭", icp, police)
    return Wrapped(html, furniture, f"http://www.example-ld7.gov.cn/zwgk/ldhd/{rng.randrange(10**6)}.html")


@unseen7("dept_dynamics_list_and_article")
def dept_dynamics_list_and_article(story: Story) -> Wrapped:
    """A department's 工作动态 page whose dated list and article share one column: five list items with dates,
    then the headline a bold p, 日期：2021-01-09 and 供稿：X in a grey line, the text, 上一条/下一条 with titles."""
    rng = _rng(story, "dept_list")
    place = rng.choice(PLACES)
    bureau = f"{place}商务局"
    news = _pick(rng, OTHER_NEWS, 7)
    listed = "".join(
        f'<li><a href="/gzdt/{i}.html">{t}</a><span class="date">{LIST_DATES[i]}</span></li>'
        for i, t in enumerate(news[:5])
    )
    facts = _joined(
        [
            f"日期：{story.published:%Y-%m-%d}" if story.published else "",
            f"供稿：{escape(story.outlet)}" if story.outlet else "",
        ]
    )
    icp, _ = _numbers(rng)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>工作动态 - {bureau}</title></head><body>
<div class="top"><a href="/">{bureau}</a><a href="#">机构职能</a><a href="#">工作动态</a><a href="#">政策法规</a></div>
<div class="column"><div class="column-hd">工作动态</div><ul class="list">{listed}</ul>
<p class="con-title" align="center"><b>{headline_html(story)}</b></p>
<p class="con-info" style="color:#999" align="center">{facts}</p>
<div class="con-text">{_paras(story.lines)}</div>
<p>上一条：<a href="#">{news[5]}</a></p><p>下一条：<a href="#">{news[6]}</a></p></div>
<div class="footer">{bureau}　{icp}</div></body></html>"""
    furniture = ("机构职能", "政策法规", *news, icp)
    return Wrapped(html, furniture, f"http://www.example-sw7.gov.cn/gzdt/{rng.randrange(10**6)}.html")


@unseen7("province_yaowen_carousel")
def province_yaowen_carousel(story: Story) -> Wrapped:
    """A provincial portal's 要闻: the <title> 要闻动态 - the portal, a picture carousel of other headlines (h3
    captions, 1/4 counters) over the h1, the time in a span's data-time, 来源：<a>X</a>, 分享到, 用手机扫码阅读本文
    and 相关新闻 with dates inside the article's container."""
    rng = _rng(story, "carousel")
    province = rng.choice(PROVINCES)
    portal = f"{province}省人民政府门户网站"
    news = _pick(rng, OTHER_NEWS, 7)
    slides = "".join(
        f'<li><img src="/lb/{i}.jpg" alt="{t}"><h3><a href="#">{t}</a></h3><span>{i + 1}/4</span></li>'
        for i, t in enumerate(news[:4])
    )
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    when = f'<span class="time" data-time="{stamp}">{stamp}</span>' if stamp else ""
    source = f'<span>来源：<a href="#" target="_blank">{escape(story.outlet)}</a></span>' if story.outlet else ""
    site_id = _site_id(rng)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>要闻动态 - {portal}</title></head><body>
<div class="header"><a href="/">{portal}</a><a href="#">无障碍</a><a href="#">长者模式</a></div>
<div class="carousel"><ul>{slides}</ul></div>
<div class="article"><h1>{headline_html(story)}</h1><div class="info">{when}{source}</div>
<div class="text">{_paras(story.lines)}</div>
<div class="share">分享到：微信 微博 QQ空间</div><div class="qr">用手机扫码阅读本文</div>
<div class="related"><h4>相关新闻</h4><ul>{_bracket_links(news[4:])}</ul></div></div>
<div class="footer">主办：{province}省人民政府办公厅　{site_id}</div></body></html>"""
    furniture = ("长者模式", *news, "分享到：微信 微博 QQ空间", "用手机扫码阅读本文", site_id)
    return Wrapped(html, furniture, f"http://www.example-{rng.randrange(10**3)}.gov.cn/art/{rng.randrange(10**6)}.html")


@unseen7("trs_eldercare_rating_inside")
def trs_eldercare_rating_inside(story: Story) -> Wrapped:
    """A TRS portal with an 适老化 bar: the crumb's last item the headline cut with …, the outlet only in
    <meta name="ContentSource"> behind an empty 信息来源 span a script fills, <time datetime>, an 本文对您是否有帮助
    rating, 相关稿件 and a 政务服务 box inside the article's container."""
    rng = _rng(story, "trs_elder")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    heading = story.headline or ""
    crumb = escape(heading[:12] + "…") if len(heading) > 12 else escape(heading) or "正文"
    meta = f'<meta name="ContentSource" content="{escape(story.outlet)}">' if story.outlet else ""
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    when = f'发布时间：<time datetime="{stamp.replace(" ", "T")}">{stamp}</time>' if stamp else ""
    news = _pick(rng, OTHER_NEWS, 3)
    icp, police = _numbers(rng)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site}</title>
<meta name="SiteName" content="{site}">{meta}</head><body>
<div class="eldercare"><a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">语音播报</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="#">政务动态</a> &gt; {crumb}</div>
<div class="article-box"><h1 class="art-title">{headline_html(story)}</h1>
<div class="art-info"><span>{when}</span><span>信息来源：<span id="src"></span></span></div>
<div class="art-text">{_paras(story.lines)}</div>
<div class="rating">本文对您是否有帮助？<a href="#">有帮助</a><a href="#">没帮助</a></div>
<div class="related"><h4>相关稿件</h4><ul>{_links(news)}</ul></div>
<div class="zwfw-box"><a href="#">我要办事</a><a href="#">我要查询</a><a href="#">我要咨询投诉</a></div></div>
<script>document.getElementById("src").innerText = document.querySelector("meta[name=ContentSource]").content;</script>
<div class="footer">{site}办公室主办　{icp}　{police}</div></body></html>"""
    furniture = (
        "无障碍浏览",
        "语音播报",
        "本文对您是否有帮助",
        "有帮助没帮助",
        "相关稿件",
        *news,
        "我要查询",
        "咨询投诉",
        icp,
        police,
    )
    return Wrapped(html, furniture, f"http://www.example-trs7.gov.cn/art/{rng.randrange(10**6)}.html")


@unseen7("gbk_print_preview")
def gbk_print_preview(story: Story) -> Wrapped:
    """A print preview in GBK: 【打印】【关闭】 over a table, the headline a td.title, 文章来源：X and 发布时间：
    2021年01月09日 in a cell, 打印日期 (a later day) competing, 本页网址 under the text."""
    rng = _rng(story, "gbk_print")
    place = rng.choice(PLACES)
    site = f"{place}人民政府网"
    number = rng.randrange(10**6)
    url = f"http://www.example-print7.gov.cn/art/{number}.html"
    printed = _later(story.published, rng) or dt.date(2023, 3, 2)
    facts = _joined(
        [
            f"文章来源：{escape(story.outlet)}" if story.outlet else "",
            f"发布时间：{_cn_padded(story.published)}" if story.published else "",
        ]
    )
    body = "".join(f"<tr><td class='p'>&nbsp;&nbsp;&nbsp;&nbsp;{escape(line)}</td></tr>" for line in story.lines)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{site}-打印预览</title></head>
<body onload="window.print()"><div class="noprint" align="right">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<table width="680" align="center"><tr><td align="right" style="font-size:12px">打印日期：{printed:%Y-%m-%d}</td></tr>
<tr><td class="title" align="center" style="font-size:22px"><b>{headline_html(story)}</b></td></tr>
<tr><td align="center" style="font-size:12px">{facts}</td></tr>
<tr><td><hr></td></tr>{body}
<tr><td style="font-size:12px">本页网址：{url}</td></tr></table></body></html>"""
    furniture = ("打印】【关闭", "打印日期", "本页网址", "example-print7")
    return Wrapped(_gbk_safe(html), furniture, url, "gbk")


# ---------------------------------------------------------------- mirrors, blogs and newspapers


@unseen7("netease_mirror_related_inside")
def netease_mirror_related_inside(story: Story) -> Wrapped:
    """A 网易 mirror: the h1, then only 2021-01-09 09:30:21 and a 举报 link, the outlet named only as 本文来源：X
    closing the text beside 责任编辑：X_NB1234, then 相关推荐 (h3 titles, 网易号 sources, 跟贴 counts) still inside
    the post_body container."""
    rng = _rng(story, "netease7")
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M:%S", rng)
    editor = f"责任编辑：{rng.choice(EDITORS)}_NB{rng.randrange(1000, 9999)}"
    closing = (
        f"<p class='ep-source'>本文来源：{escape(story.outlet)}　{editor}</p>" if story.outlet else f"<p>{editor}</p>"
    )
    news = _pick(rng, OTHER_NEWS, 3)
    accounts = [f"{place[:2]}头条" for place in _pick(rng, PLACES, 3)]
    counts = [f"{rng.randrange(10, 999)}跟贴" for _ in news]
    related = "".join(
        f'<div class="rec-item"><h3><a href="#">{t}</a></h3><span>{a}</span><span>{c}</span></div>'
        for t, a, c in zip(news, accounts, counts, strict=True)
    )
    title = f"{headline_html(story)}|网易" if story.headline else "网易"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="N-nav"><a href="#">网易首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">财经</a><a href="#">下载网易新闻客户端</a></div>
<div class="post_main"><h1 class="post_title">{headline_html(story)}</h1>
<div class="post_info">{stamp}　<a href="#" class="post_jubao">举报</a></div>
<div class="post_body">{_paras(story.lines)}
{closing}
<div class="post_recommends"><div class="hd">相关推荐</div>{related}</div></div></div>
<div class="N-footer">网易公司版权所有 ©1997-2023</div></body></html>"""
    furniture = ("下载网易新闻客户端", editor, "相关推荐", *news, *accounts, *counts, "网易公司版权所有")
    return Wrapped(html, furniture, f"https://www.example-163.com/dy/article/{rng.randrange(10**10):X}.html")


@unseen7("wordpress_consultant_blog")
def wordpress_consultant_blog(story: Story) -> Wrapped:
    """A consultant's WordPress blog: the site title a p, the headline h1.entry-title, <time datetime> published
    and a later updated one, 出处：X in the entry meta, 标签 and 分享 rows, post navigation with titles, a comment
    form, 近期文章 and 文章归档 widgets (months as dates), 自豪地采用WordPress in the footer."""
    rng = _rng(story, "wordpress")
    blog = rng.choice(CONSULTANTS)
    moment = time_on_day(story.published, "%Y-%m-%dT%H:%M:%S+08:00", rng)
    later = _later(story.published, rng)
    dates = ""
    if story.published and later:
        dates = (
            f'<time class="entry-date published" datetime="{moment}">{story.published.year}年'
            f"{story.published.month}月{story.published.day}日</time>"
            f'<time class="updated" datetime="{later:%Y-%m-%d}T10:00:00+08:00">{later.year}年{later.month}月{later.day}日</time>'
        )
    origin = f'<span class="origin">出处：{escape(story.outlet)}</span>' if story.outlet else ""
    news = _pick(rng, OTHER_NEWS, 5)
    archive = "".join(
        f'<li><a href="#">{year}年{month}月</a></li>' for year, month in ((2023, 3), (2022, 11), (2022, 6))
    )
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>{headline_html(story)} &#8211; {blog}</title>
<meta name="generator" content="WordPress 6.2"></head><body class="post-template-default single single-post">
<header class="site-header"><p class="site-title"><a href="/">{blog}</a></p><p class="site-description">专注园区招商与产业规划</p></header>
<main id="main" class="site-main"><article class="post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">{headline_html(story)}</h1>
<div class="entry-meta"><span class="posted-on">{dates}</span><span class="byline">作者：<a href="#">admin</a></span>{origin}</div></header>
<div class="entry-content">{_paras(story.lines)}</div>
<footer class="entry-footer"><span class="tags-links">标签：<a href="#">园区运营</a>、<a href="#">产业招商</a></span>
<div class="share">分享到：微信 微博 复制链接</div></footer></article>
<nav class="post-navigation"><div class="nav-previous"><a href="#">上一篇文章 {news[0]}</a></div><div class="nav-next"><a href="#">下一篇文章 {news[1]}</a></div></nav>
<div id="comments"><h3 id="reply-title">发表回复</h3><p>您的电子邮箱地址不会被公开。</p><textarea></textarea><button>发表评论</button></div></main>
<aside class="widget-area"><section class="widget"><h2 class="widget-title">近期文章</h2><ul>{_links(news[2:])}</ul></section>
<section class="widget"><h2 class="widget-title">文章归档</h2><ul>{archive}</ul></section></aside>
<footer class="site-footer">自豪地采用WordPress</footer></body></html>"""
    furniture = ("专注园区招商与产业规划", "园区运营", "复制链接", *news, "发表回复", "电子邮箱地址不会被公开")
    furniture += ("近期文章", "文章归档", "2022年11月", "自豪地采用WordPress")
    return Wrapped(html, furniture, f"https://www.example-consult7.com/{rng.randrange(10**4)}.html")


@unseen7("newspaper_gallery_captions")
def newspaper_gallery_captions(story: Story) -> Wrapped:
    """A newspaper's 图集 page: the headline a div.title, photos with 第1张/共3张 counters and （记者 X 摄） captions
    between paragraphs, the first paragraph bold, the time in a span, the outlet only in og:site_name, the logo's
    alt and the footer's 版权所有, 图集推荐 after the text."""
    rng = _rng(story, "gallery")
    paper = escape(story.outlet) if story.outlet else f"{rng.choice(PLACES)[:2]}日报"
    reporter = rng.choice(EDITORS)
    captions = [f"项目现场一角（记者 {reporter} 摄）", f"签约仪式现场（记者 {reporter} 摄）"]
    pictures = [
        f'<div class="pic"><img src="/tuji/{i}.jpg" alt="图集"><span class="num">第{i + 1}张/共3张</span>'
        f'<p class="pic-note">{caption}</p></div>'
        for i, caption in enumerate(captions)
    ]
    paragraphs = [f"<p><strong>{escape(story.lines[0])}</strong></p>"] if story.lines else []
    paragraphs += [f"<p>{escape(line)}</p>" for line in story.lines[1:]]
    for offset, picture in enumerate(pictures):
        paragraphs.insert(min(len(paragraphs), 1 + offset * 3), picture)
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    news = _pick(rng, OTHER_NEWS, 3)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story)}</title>
<meta property="og:site_name" content="{paper}"></head><body>
<div class="logo"><img src="/logo.png" alt="{paper}"></div>
<div class="nav"><a href="#">首页</a><a href="#">图片</a><a href="#">数字报</a></div>
<div class="detail"><div class="title">{headline_html(story)}</div><div class="meta"><span>{stamp}</span></div>
<div class="gallery-text">{"".join(paragraphs)}</div>
<div class="tuji-tj"><h4>图集推荐</h4><ul>{_links(news)}</ul></div></div>
<div class="footer">{paper}版权所有，未经授权不得转载</div></body></html>"""
    furniture = (*captions, "第1张/共3张", "数字报", "图集推荐", *news, "未经授权不得转载")
    return Wrapped(html, furniture, f"https://www.example-paper7.cn/tuji/{rng.randrange(10**6)}.html")


DEV7, LOCKED7 = split_by_digest(UNSEEN7, "round 7/")
