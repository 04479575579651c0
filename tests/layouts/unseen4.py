"""Twelve more page layouts written blind (round 4): before reading the HTML reader.

Each is after a kind of Chinese page met in the wild that the first three rounds did not draw: a
信息索引表 of four columns (成文日期 before 发布日期, 发布单位 in a cell), a TRS portal with a scrolling
notice over the headline and 来源：<a>某某日报</a>, a Hanweb page whose date is only in `data-time`
attributes, a 融媒体 app's share page (`<time datetime>` showing 01-09 09:30, 供稿： closing the body),
a 澎湃号 page (the account's name unlabelled, 来自 a province), a 网易号 page with its 特别声明, a
newspaper's site named only in the `<title>` suffix, a 党建 site (today's date in the top bar,
[2021-01-09], the outlet only in the footer's 主办：), a print view (打印时间 competing, the outlet only
in `<meta name="source">`), a GBK page in tables that declares no charset (文章出处：, 录入时间：), a
Discuz repost ([转载] before the subject, 本帖最后由 … 编辑 with a later date, 【来源：】), and a
pdf2htmlEX conversion (lines cut at a fixed width, the 落款 unit and date closing the document).

The split is fixed by a rule set before anything was scored: the four layouts whose names have the
smallest SHA-256 digests are `LOCKED4` (never fixed against, scored once as a whole at the end); the
other eight are `DEV4`, from whose misses fixes to the reader may be written.
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

UNSEEN4: dict[str, Layout] = {}
# Dates of other news in lists: never the story's, so a reader that takes them is wrong.
LIST_DATES = ["2019-10-08", "2020-07-14", "2018-12-21", "2020-03-30", "2019-06-05"]
PROVINCES = ["浙江", "安徽", "湖北", "四川", "福建", "江苏"]
ACCOUNTS = ["青山发布", "临川发布", "东江政务", "云岭融媒"]
SLOGANS = ["不忘初心 牢记使命", "抓党建 促发展", "红色引擎 先锋引领"]


def unseen4(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN4)


def _paras(lines: tuple[str, ...] | list[str], style: str = "") -> str:
    return "\n".join(f"<p{style}>{escape(line)}</p>" for line in lines)


def _cn_padded(day: dt.date | None) -> str:
    """2021年01月09日: the zero-padded form of 信息公开 catalogues."""
    return day.strftime("%Y年%m月%d日") if day else ""


def _cn_day(day: dt.date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def _bracket_links(titles: list[str]) -> str:
    return "".join(
        f'<li><a href="/art/{i}.html">{escape(t)}</a><span>[{LIST_DATES[i % len(LIST_DATES)]}]</span></li>'
        for i, t in enumerate(titles)
    )


def _later(day: dt.date | None, rng: random.Random) -> dt.date | None:
    return day + dt.timedelta(days=rng.randrange(2, 30)) if day else None


# ---------------------------------------------------------------- government portals


@unseen4("index_table_four_columns")
def index_table_four_columns(story: Story) -> Wrapped:
    """信息索引表 of four columns: 成文日期 before 发布日期 (年月日, zero-padded), 发布单位 a cell, 标题 a cell."""
    rng = _rng(story, "index4")
    place = rng.choice(PLACES)
    site = f"{place}人民政府门户网站"
    written = story.published - dt.timedelta(days=rng.randrange(2, 9)) if story.published else None
    unit = escape(story.outlet) if story.outlet else f"{place}人民政府办公室"
    icp, police = _numbers(rng)
    number = f"{rng.randrange(10**7, 10**8)}/2023-{rng.randrange(10**5, 10**6)}"
    cell = '<td class="lb">{}</td><td class="vl">{}</td>'
    rows = [
        cell.format("索　引　号：", number) + cell.format("主题分类：", "综合政务\\经济管理"),
        cell.format("发布单位：", unit) + cell.format("成文日期：", _cn_padded(written)),
        '<td class="lb">标　　题：</td><td class="vl" colspan="3">' + headline_html(story) + "</td>",
        cell.format("发文字号：", "") + cell.format("发布日期：", _cn_padded(story.published)),
    ]
    table = "".join(f"<tr>{row}</tr>" for row in rows)
    news = _pick(rng, OTHER_NEWS, 3)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site}</title></head><body>
<div class="head"><img src="/img/logo.png" alt="{site}"><div class="search">站内搜索</div></div>
<div class="crumbs">当前位置：首页 &gt; 政府信息公开 &gt; 法定主动公开内容</div>
<table class="xxgk_table" border="1" cellspacing="0">{table}</table>
<div class="pages-title">{headline_html(story)}</div>
<div class="pages_content" id="UCAP-CONTENT">{_paras(story.lines)}</div>
<div class="relevant"><b>相关文件</b><ul>{_links(news)}</ul></div>
<div class="foot">{site} 版权所有 © 2023 {icp} {police}</div></body></html>"""
    furniture = ("站内搜索", "法定主动公开内容", "索引号", "主题分类", "发文字号", "相关文件", *news, icp, police)
    return Wrapped(html, furniture, f"http://www.example-xxgk4.gov.cn/zwgk/{rng.randrange(10**6)}.html")


@unseen4("trs_marquee_source_link")
def trs_marquee_source_link(story: Story) -> Wrapped:
    """TRS WCM portal: a scrolling 通知公告 in a bigger font over an h2 headline; 来源：<a>某某日报</a>; [dates]."""
    rng = _rng(story, "marquee")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    notice, *news = _pick(rng, OTHER_NEWS, 5)
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    source = (
        f'来源：<a href="http://www.example-paper.cn/" target="_blank">{escape(story.outlet)}</a>'
        if story.outlet
        else ""
    )
    icp, police = _numbers(rng)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site}</title>
<meta name="SiteName" content="{site}"></head><body>
<div class="top"><a href="/">{site}</a><span>无障碍阅读</span><span>长者模式</span></div>
<div class="gg"><b>通知公告：</b><marquee scrollamount="3"><a href="/gg/1.html" style="font-size:24px;font-weight:bold">{notice}</a></marquee></div>
<div class="main"><div class="left"><h2 class="title">{headline_html(story)}</h2>
<div class="property"><span>{"发布时间：" + stamp if stamp else ""}</span>&nbsp;&nbsp;<span>{source}</span>&nbsp;&nbsp;
<span>浏览量：{rng.randrange(100, 9000)}</span></div>
<div class="TRS_Editor">{_paras(story.lines, ' style="text-indent:2em"')}</div></div>
<div class="right"><h3>最新动态</h3><ul>{_bracket_links(news)}</ul></div></div>
<div class="foot">Copyright © 2021 {site} 主办：{site}办公室 {icp} {police}</div></body></html>"""
    furniture = ("无障碍阅读", "长者模式", "通知公告", notice, "浏览量", "最新动态", *news, icp, police)
    return Wrapped(html, furniture, f"http://www.example-trs4.gov.cn/art/{rng.randrange(10**6)}.html")


@unseen4("hanweb_data_time_only")
def hanweb_data_time_only(story: Story) -> Wrapped:
    """Hanweb: the date only in a data-time attribute a script fills in; a dated list before it; 稿件来源："""
    rng = _rng(story, "data_time")
    place = rng.choice(PLACES).replace("县", "市")
    site = f"{place}投资促进局"
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M:%S", rng)
    news = _pick(rng, OTHER_NEWS, 4)
    listed = "".join(
        f'<li><a href="/art/{i}.html">{escape(t)}</a><span class="time" data-time="{LIST_DATES[i]} 10:00:00"></span></li>'
        for i, t in enumerate(news)
    )
    attribute = f' data-time="{stamp}"' if stamp else ""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story) or site}</title>
<script src="/script/jquery.js"></script></head><body>
<div class="header"><span class="logo">{site}</span></div>
<div class="con"><div class="lf"><div class="lf-hd">招商动态</div><ul class="jpage">{listed}</ul></div>
<div class="rt"><h1 class="art-tit">{headline_html(story)}</h1>
<div class="art-info"><span class="pubtime"{attribute}></span>
<span>{"稿件来源：" + escape(story.outlet) if story.outlet else ""}</span></div>
<div id="zoom">{_paras(story.lines)}</div></div></div>
<script>$(".time,.pubtime").each(function(){{$(this).text($(this).data("time"));}});</script>
<div class="foot">{site}版权所有 技术支持：大汉网络</div></body></html>"""
    furniture = ("招商动态", *news, "技术支持：大汉网络")
    return Wrapped(html, furniture, f"http://tzcj.example-hanweb.gov.cn/art/{rng.randrange(10**6)}.html")


@unseen4("party_site_footer_zhuban")
def party_site_footer_zhuban(story: Story) -> Wrapped:
    """A 党建 site: today's date in the top bar, a slogan banner, 发布日期：[2021-01-09], the outlet only in 主办："""
    rng = _rng(story, "party")
    place = rng.choice(PLACES)
    site = f"{place}党建网"
    today = dt.date(2023, 5, rng.randrange(1, 29))
    slogan = rng.choice(SLOGANS)
    host = escape(story.outlet) if story.outlet else f"中共{place}委组织部"
    news = _pick(rng, OTHER_NEWS, 4)
    icp, _ = _numbers(rng)
    day = f"发布日期：[{story.published:%Y-%m-%d}]" if story.published else ""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site}</title></head><body>
<div class="topbar">今天是：{_cn_day(today)} 星期{"一二三四五六日"[today.weekday()]}　<a href="#">设为首页</a> <a href="#">收藏本网</a></div>
<div class="banner"><h1 style="color:#c00;font-size:36px">{slogan}</h1></div>
<div class="nav"><a href="/">首页</a><a href="#">党建要闻</a><a href="#">组织建设</a><a href="#">先锋风采</a></div>
<div class="wrap"><div class="article-tit">{headline_html(story)}</div>
<div class="article-sub">{day}　点击：{rng.randrange(10, 999)}</div>
<div class="article-con">{_paras(story.lines)}</div>
<div class="article-side"><div class="hd">党建要闻</div><ul>{_bracket_links(news)}</ul></div></div>
<div class="footer">主办：{host}　承办：{place}党员教育中心<br>{icp}</div></body></html>"""
    furniture = ("设为首页", "收藏本网", slogan, "组织建设", "先锋风采", *news, "党员教育中心", icp)
    return Wrapped(html, furniture, f"http://www.example-dj.cn/show/{rng.randrange(10**6)}.html")


@unseen4("print_view_meta_source")
def print_view_meta_source(story: Story) -> Wrapped:
    """A print view: 打印时间 (today) above the article's 发布日期 年月日; the outlet only in meta source."""
    rng = _rng(story, "print_meta")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    printed = f"2023-06-{rng.randrange(10, 29)} {rng.randrange(8, 18):02d}:{rng.randrange(60):02d}"
    meta = f'<meta name="source" content="{escape(story.outlet)}">' if story.outlet else ""
    day = f"发布日期：{_cn_padded(story.published)}" if story.published else ""
    html = f"""<html><head><meta charset="utf-8">{meta}<title>打印页面</title></head>
<body onload="window.print()"><div class="print-head">{site}门户网站 — 打印版　打印时间：{printed}</div>
<div align="center"><font size="5"><b>{headline_html(story)}</b></font></div>
<div align="center" class="date">{day}</div><hr>
<div class="print-con">{_paras(story.lines)}</div><hr>
<div align="center"><a href="javascript:window.print()">【打 印】</a> <a href="javascript:window.close()">【关 闭】</a></div>
</body></html>"""
    furniture = ("打印版", "打印时间", "【打 印】", "【关 闭】")
    return Wrapped(html, furniture, f"http://www.example-print4.gov.cn/print.jsp?id={rng.randrange(10**6)}")


@unseen4("gbk_undeclared_tables")
def gbk_undeclared_tables(story: Story) -> Wrapped:
    """An old site in GBK bytes that declares no charset: nested tables, 文章出处：, 录入时间：, 浏览次数."""
    rng = _rng(story, "gbk_plain")
    place = rng.choice(PLACES)
    site = f"{place}经济信息网"
    news = _pick(rng, OTHER_NEWS, 4)
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    facts = [f"文章出处：{escape(story.outlet)}" if story.outlet else "", f"录入时间：{stamp}" if stamp else ""]
    facts.append(f"浏览次数：{rng.randrange(30, 3000)}")
    body = "".join(f'<tr><td class="text">　　{escape(line)}</td></tr>' for line in story.lines)
    html = f"""<html><head><title>{site}</title></head><body>
<table width="760" align="center"><tr><td><img src="/images/top.gif" alt="{site}"></td></tr>
<tr><td class="nav"><a href="/">本站首页</a> | <a href="/news/">经济动态</a> | <a href="/zs/">招商项目</a> | <a href="/bbs/">交流论坛</a></td></tr></table>
<table width="760" align="center"><tr><td width="200" valign="top"><table><tr><td class="bt">最新文章</td></tr>
{"".join(f"<tr><td>·{escape(t)}</td></tr>" for t in news)}</table></td>
<td valign="top"><table width="100%"><tr><td align="center" height="40"><font style="font-size:18px"><b>{headline_html(story)}</b></font></td></tr>
<tr><td align="center" bgcolor="#eeeeee">{"　".join(fact for fact in facts if fact)}</td></tr>
{body}</table></td></tr></table>
<table width="760" align="center"><tr><td align="center">{site} 版权所有 本站信息仅供参考</td></tr></table></body></html>"""
    furniture = ("本站首页", "交流论坛", "最新文章", *news, "浏览次数", "本站信息仅供参考")
    url = f"http://www.example-gbk4.com/news/show.asp?id={rng.randrange(10**5)}"
    return Wrapped(_gbk_safe(html), furniture, url, "gbk")


# ---------------------------------------------------------------- news platforms and apps


@unseen4("rongmeiti_share_time_short")
def rongmeiti_share_time_short(story: Story) -> Wrapped:
    """A 融媒体 app's share page: an 打开APP banner first, <time datetime> showing 01-09 09:30, 供稿： at the end."""
    rng = _rng(story, "share_short")
    app = rng.choice(PLACES)[:2] + "新闻"
    moment = time_on_day(story.published, "%Y-%m-%dT%H:%M:%S+08:00", rng)
    shown = f'<time datetime="{moment}">{moment[5:10]} {moment[11:16]}</time>' if moment else ""
    comments = _pick(rng, COMMENTS, 2)
    editor = rng.choice(EDITORS)
    supplied = f"<p>供稿：{escape(story.outlet)}</p>" if story.outlet else ""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>{headline_html(story) or app}</title></head><body>
<div class="open-app"><h2>打开“{app}”APP</h2><span>阅读更多精彩内容</span><a href="#">立即打开</a></div>
<div class="news-title">{headline_html(story)}</div>
<div class="news-info">{shown}<span class="read">阅读 {rng.randrange(2, 9)}.{rng.randrange(10)}万</span></div>
<div class="news-con">{_paras(story.lines)}
{supplied}<p class="editor">责任编辑：{editor}</p></div>
<div class="cmt"><h3>精彩评论</h3>{"".join(f"<div><b>网友{rng.randrange(1000)}</b><p>{escape(c)}</p><i>01-10 08:12</i></div>" for c in comments)}</div>
</body></html>"""
    furniture = (f"打开“{app}”APP", "阅读更多精彩内容", "立即打开", "精彩评论", *comments, f"责任编辑：{editor}")
    return Wrapped(html, furniture, f"https://app.example-rmt4.cn/share/{rng.randrange(10**7)}")


@unseen4("paper_hao_ip_location")
def paper_hao_ip_location(story: Story) -> Wrapped:
    """A 澎湃号 page: the account's name unlabelled before the time and 来自 a province; the platform's 声明."""
    rng = _rng(story, "paper_hao")
    account = escape(story.outlet) if story.outlet else rng.choice(ACCOUNTS)
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    province = rng.choice(PROVINCES)
    news = _pick(rng, OTHER_NEWS, 3)
    title = f"{headline_html(story)}_澎湃号·政务_澎湃新闻-The Paper" if story.headline else "澎湃新闻-The Paper"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="head"><a class="logo" href="/">澎湃新闻</a><a href="#">下载客户端</a><a href="#">登录</a></div>
<div class="newscontent"><h1 class="news_title">{headline_html(story)}</h1>
<div class="news_about"><p><span class="name">{account}</span></p>
<p>{stamp}<span>&nbsp;来自{province}</span></p></div>
<div class="news_txt">{_paras(story.lines)}</div>
<p class="statement">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。</p>
<div class="rec"><h2>推荐阅读</h2><ul>{_links(news)}</ul></div></div>
<div class="foot">沪ICP备14003370号 沪公网安备31010602000299号 互联网新闻信息服务许可证</div></body></html>"""
    furniture = ("下载客户端", "澎湃新闻仅提供信息发布平台", "推荐阅读", *news, "沪ICP备14003370号", "许可证")
    return Wrapped(html, furniture, f"https://www.example-paper4.cn/newsDetail_forward_{rng.randrange(10**7)}")


@unseen4("netease_hao_statement")
def netease_hao_statement(story: Story) -> Wrapped:
    """A 网易号 page: a 24小时热点 list before the h1 in the source, 2021-01-09 09:30:21　来源: X, 特别声明."""
    rng = _rng(story, "netease")
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M:%S", rng)
    hot = _pick(rng, OTHER_NEWS, 4)
    source = f"来源: {escape(story.outlet)}" if story.outlet else ""
    title = f"{headline_html(story)}|网易" if story.headline else "网易"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="N-nav"><a href="/">网易首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">财经</a></div>
<div class="post_side"><h2>24小时热点</h2><ul>{"".join(f"<li><h3>{escape(t)}</h3><span>{i + 2}小时前</span></li>" for i, t in enumerate(hot))}</ul></div>
<div class="post_main"><h1 class="post_title">{headline_html(story)}</h1>
<div class="post_info">{stamp}　{source} <a href="#">举报</a></div>
<div class="post_body">{_paras(story.lines)}</div>
<div class="post_statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</div></div>
<div class="N-foot">网易公司版权所有 ©1997-2023</div></body></html>"""
    furniture = ("网易首页", "24小时热点", *hot, "举报", "本平台仅提供信息存储服务", "网易公司版权所有")
    return Wrapped(html, furniture, f"https://www.example-163.com/dy/article/{rng.randrange(10**8):X}.html")


@unseen4("title_suffix_outlet_only")
def title_suffix_outlet_only(story: Story) -> Wrapped:
    """A paper's own site: its name only in the <title> suffix and the logo's alt; 2021年01月09日 and 编辑："""
    rng = _rng(story, "suffix")
    paper = escape(story.outlet) if story.outlet else rng.choice(PLACES)[:2] + "新闻网"
    news = _pick(rng, OTHER_NEWS, 4)
    title = f"{headline_html(story)} - {paper}" if story.headline else paper
    day = _cn_padded(story.published)
    editor = rng.choice(EDITORS)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="logo"><a href="/"><img src="/images/logo.png" alt="{paper}"></a></div>
<div class="menu"><a href="/">首页</a><a href="#">本地</a><a href="#">评论</a><a href="#">视频</a></div>
<div class="article"><h1>{headline_html(story)}</h1>
<div class="meta"><span class="date">{day}</span>　<span>编辑：{editor}</span></div>
<div class="text">{_paras(story.lines)}</div></div>
<div class="prev-next"><p>上一篇：<a href="#">{news[0]}</a> <span class="date">{LIST_DATES[0]}</span></p>
<p>下一篇：<a href="#">{news[1]}</a></p></div>
<div class="hot"><b>热门文章</b><ul>{_links(news[2:])}</ul></div>
<div class="footer">Copyright © 2021 www.example-paper.cn All Rights Reserved</div></body></html>"""
    furniture = (f"编辑：{editor}", *news, "热门文章", "All Rights Reserved")
    return Wrapped(html, furniture, f"http://news.example-paper.cn/{rng.randrange(10**7)}.shtml")


@unseen4("discuz_repost_edited")
def discuz_repost_edited(story: Story) -> Wrapped:
    """A Discuz repost: [转载] before the subject, 本帖最后由 … 编辑 (a later date) over the post, 【来源：X】."""
    rng = _rng(story, "discuz_repost")
    forum = rng.choice(PLACES)[:2] + "论坛"
    posted = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    edited = time_on_day(_later(story.published, rng), "%Y-%m-%d %H:%M", rng)
    note = f'<i class="pstatus"> 本帖最后由 招商小编 于 {edited} 编辑 </i><br />' if edited else ""
    source = f"【来源：{escape(story.outlet)}】<br />" if story.outlet else ""
    body = "<br />\n".join(escape(line) for line in story.lines)
    reply = rng.choice(REPLIES)
    subject = f"{headline_html(story)} - 经济杂谈 - {forum}" if story.headline else f"经济杂谈 - {forum}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{subject} - Powered by Discuz!</title></head><body>
<div id="toptb"><a href="#">设为首页</a><a href="#">收藏本站</a><a href="#">立即注册</a></div>
<div id="pt"><a href="./">{forum}</a> › <a href="#">经济杂谈</a> › <a href="#">查看内容</a></div>
<h1 class="ts"><a href="forum.php?typeid=3">[转载]</a> <span id="thread_subject">{headline_html(story)}</span></h1>
<div id="post_1"><div class="authi"><a href="#">招商小编</a> <em>发表于 {posted}</em> | <a href="#">只看该作者</a></div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">{note}{source}{body}</td></tr></table></div></div>
<div id="post_2"><div class="authi"><a href="#">路过的</a> <em>发表于 半小时前</em></div><div class="t_f">{escape(reply)}</div></div>
<div id="ft">Powered by Discuz! X3.4 © 2001-2023 Comsenz Inc.</div></body></html>"""
    furniture = ("收藏本站", "立即注册", "[转载]", "只看该作者", reply, "半小时前", "Comsenz")
    furniture += ("本帖最后由",) if edited else ()
    return Wrapped(html, furniture, f"http://bbs.example-lt4.cn/thread-{rng.randrange(10**6)}-1-1.html")


def _pdf_pages(lines: tuple[str, ...], width: int, rows: int = 30) -> list[list[tuple[str, str]]]:
    """Paragraphs cut into printed lines of `width` characters, on pages of about `rows` lines: a page ends
    where a paragraph does, so that no paragraph is split by the running header and page number."""
    pages: list[list[tuple[str, str]]] = [[]]
    for line in lines:
        if len(pages[-1]) >= rows:
            pages.append([])
        pages[-1] += [("x1 fs2", escape(line[at : at + width])) for at in range(0, len(line), width)]
    return pages


@unseen4("pdf2html_conversion")
def pdf2html_conversion(story: Story) -> Wrapped:
    """pdf2htmlEX output: each printed line a positioned div, lines cut at a fixed width, a running header on
    every page, the headline in a bigger font class, the 落款 unit and date right-aligned at the end."""
    rng = _rng(story, "pdf2html")
    place = rng.choice(PLACES)
    header = f"{place}人民政府公报"
    width = rng.choice([28, 32, 36])
    closing = [("x9 fs2", escape(story.outlet))] if story.outlet else []
    closing += [("x9 fs2", _cn_day(story.published))] if story.published else []
    pages = _pdf_pages(story.lines, width)
    pages[0] = ([("x3 fs5", headline_html(story))] if story.headline else []) + pages[0]
    pages[-1] = pages[-1] + closing

    def page(number: int, lines: list[tuple[str, str]]) -> str:
        divs = "".join(
            f'<div class="t m0 h2 y{row + 2:x} ff1 {place_font} fc0 sc0 ls0 ws0">{text}</div>'
            for row, (place_font, text) in enumerate(lines)
        )
        return (
            f'<div id="pf{number:x}" class="pf w0 h0" data-page-no="{number:x}"><div class="pc pc{number:x} w0 h0">'
            f'<div class="t m0 x5 h1 y1 ff2 fs1 fc0 sc0 ls0 ws0">{header}</div>{divs}'
            f'<div class="t m0 x6 h1 y40 ff2 fs1 fc0 sc0 ls0 ws0">第{number}页 共{len(pages)}页</div></div></div>'
        )

    html = f"""<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"/>
<meta name="generator" content="pdf2htmlEX"/><title>{headline_html(story) or header}</title>
<style type="text/css">.fs5{{font-size:88px;}}.fs2{{font-size:64px;}}.fs1{{font-size:40px;}}.x9{{left:520px;}}</style></head>
<body><div id="sidebar"><div id="outline"></div></div><div id="page-container">
{"".join(page(number, lines) for number, lines in enumerate(pages, 1))}
</div><div class="loading-indicator"><img alt="" src="data:image/png;base64,iVBORw0KGgo="/></div></body></html>"""
    # The page numbers are not counted as furniture: a capture (w067) holds 第1页 共1页 in its own text.
    furniture = (header,)
    return Wrapped(html, furniture, f"http://www.example-gb4.gov.cn/gb/{rng.randrange(10**6)}.html")


DEV4, LOCKED4 = split_by_digest(UNSEEN4, "")
