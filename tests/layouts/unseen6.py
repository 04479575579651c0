"""Twelve more page layouts written blind (round 6): before reading the HTML reader.

Each is after a kind of Chinese page met in the wild that the first five rounds did not draw, weighed toward
what their locked sets found weakest (furniture inside or right beside the article, the outlet, the headline,
the date): a 区县 portal of a 2010s CMS laid out in tables (the headline in `<font size=5><b>`, the text in one
`<font>` cut by `<br>` with &nbsp; indents, 稿件来源：, 技术支持 in the footer); a 人大 site where the headline
shows three times (the crumb's last item, the `<title>`, an h1 with a deck under it) and 来源：<a>X</a>; a 政协
site whose date and 来源 come only after the text (a 今天是 date in the top bar before it, 委员风采 list dates
beside it); a mobile `m.` page whose date is only in a TRS-style URL (t20210109_…), with 推荐阅读 dates and an
打开客户端 bar; a 公众号 article mirrored on a government site (来源：X微信公众号, 点击上方蓝字, 编辑/审核,
长按识别二维码, 往期推荐 inside the text's container); an 投资促进局 site in English and Chinese (Release
time: / Source: labels); a 开发区 page (a big column banner with English over a div headline, 时间：2021年01月09日,
发布单位：, a 附件 list, a 扫一扫 caption and a 政务服务 box); a TRS 公文 page (a `<style>` inside the TRS_Editor
div, 发布日期：2021.01.09 with dots, the outlet only in `<meta name="ContentSource">` and the 落款, whose date is
an earlier one in Chinese numerals); a 凤凰网 地方站 page (the source an unlabelled link, 原标题： opening the
text, [责任编辑：X PN123] closing it); a 微博 头条文章 (the account unlabelled, 发布于 2021-01-09 09:30, 阅读数
and 转发/评论/赞); a 文库 document page (the site as the outlet in logo and `<title>` suffix, 上传时间：, page
markers and a 还剩…页未读，继续阅读 button among the text); and a county news site with Baidu's cambrian JSON-LD
(pubDate and a later upDate) whose page shows only a relative 3天前, 信息提供单位：X.

The split is fixed by a rule set before anything was scored: the four layouts whose names have the smallest
SHA-256 digests of "round 6/" + name are `LOCKED6` (never fixed against, scored once as a whole at the end);
the other eight are `DEV6`, from whose misses fixes to the reader may be written.
"""

from __future__ import annotations

import datetime as dt
import json
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
from layouts.unseen4 import ACCOUNTS, LIST_DATES, PROVINCES, _bracket_links, _cn_padded, _later, _paras
from layouts.unseen5 import REVIEWERS, _site_id

UNSEEN6: dict[str, Layout] = {}
ROMANIZED = ["Qingshan", "Linchuan", "Dongjiang", "Yunling"]
LIBRARIES = ["精品文档库", "范文大全网"]
NUMERALS = "〇一二三四五六七八九"


def unseen6(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN6)


def _day(day: dt.date | None, form: str) -> str:
    return day.strftime(form) if day else ""


def _cn_numeral(number: int) -> str:
    """1 to 31 in Chinese numerals, as a 落款 writes a month or a day: 九, 十, 十一, 二十, 三十一."""
    tens, ones = divmod(number, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else NUMERALS[tens] + "十")
    return head + (NUMERALS[ones] if ones else "")


def _cn_numeral_day(day: dt.date) -> str:
    """二〇二一年一月五日: the date of a 公文's 落款."""
    year = "".join(NUMERALS[int(digit)] for digit in str(day.year))
    return f"{year}年{_cn_numeral(day.month)}月{_cn_numeral(day.day)}日"


# ---------------------------------------------------------------- government portals


@unseen6("font_br_county_cms")
def font_br_county_cms(story: Story) -> Wrapped:
    """A 区县 portal of a 2010s CMS in tables: a column bar over the headline in <font size=5><b>, 发布日期 /
    稿件来源 / 点击 in a grey <font>, the text in one <font> cut by <br> with &nbsp; indents, 相关信息 on the
    left, 【打印本页】【关闭窗口】 after it, 技术支持 and a 分辨率 advice in the footer."""
    rng = _rng(story, "font_br")
    place = rng.choice(PLACES)
    site = f"{place}人民政府网"
    column = rng.choice(["县域经济", "招商引资", "经济发展"])
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    hits = f"点击：<font color=red>{rng.randrange(100, 9999)}</font>次"
    facts = [f"发布日期：{stamp}" if stamp else "", f"稿件来源：{escape(story.outlet or '本站原创')}", hits]
    body = "\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{escape(line)}<br><br>" for line in story.lines)
    news = _pick(rng, OTHER_NEWS, 5)
    related = "".join(f'·<a href="/html/{i}.html">{t}</a><br>' for i, t in enumerate(news))
    company = f"{place[:2]}天网网络科技有限公司"
    icp, _ = _numbers(rng)
    title = f"{headline_html(story)}-{site}" if story.headline else site
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title></head>
<body topmargin="0" leftmargin="0"><table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/top.jpg" width="960" height="150"></td></tr>
<tr><td bgcolor="#1F5FA6" height="32"><a href="/"><font color="#FFFFFF">网站首页</font></a> <a href="/zwgk/"><font color="#FFFFFF">政务公开</font></a></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="220" valign="top"><font color="#0066CC"><b>相关信息</b></font><br>{related}</td>
<td width="740" valign="top"><table width="100%" border="0" cellpadding="4">
<tr><td background="/images/lm_bg.gif"><font color="#FFFFFF"><b>{column}</b></font>　当前位置：<a href="/">首页</a> &gt;&gt; {column}</td></tr>
<tr><td align="center" height="50"><font size="5" color="#CC0000"><b>{headline_html(story)}</b></font></td></tr>
<tr><td align="center"><font color="#666666">{"　".join(fact for fact in facts if fact)}</font></td></tr>
<tr><td><font style="font-size:14px;line-height:200%">{body}</font></td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table></td></tr></table>
<table width="960" border="0" align="center"><tr><td align="center"><font size="2">主办：{place}人民政府办公室　技术支持：{company}　{icp}<br>
建议使用1024×768分辨率 IE6.0以上版本浏览</font></td></tr></table></body></html>"""
    furniture = (
        "相关信息",
        *news,
        "打印本页",
        "关闭窗口",
        f"技术支持：{company}",
        icp,
        "建议使用1024×768分辨率",
    )
    return Wrapped(html, furniture, f"http://www.example-font6.gov.cn/html/{rng.randrange(10**5)}.html")


@unseen6("renda_headline_thrice_deck")
def renda_headline_thrice_deck(story: Story) -> Wrapped:
    """A 人大 site: the headline as the crumb's last item, in the <title> (headline_column_site) and in an h1
    with a deck under it; 发布时间 / 来源：<a>X</a> / 作者 / 浏览量 in spans, 分享到, 上一篇/下一篇 with titles,
    代表风采 beside it and the 常委会办公室 as 主办 in the footer."""
    rng = _rng(story, "renda")
    place = rng.choice(PLACES)
    site = f"{place}人大网"
    column = "人大要闻"
    heading = headline_html(story)
    deck = f'<h3 class="subtitle">——{place}人大常委会聚焦招商引资开展专题调研</h3>' if story.headline else ""
    source = f'<span>来源：<a href="#" target="_blank">{escape(story.outlet)}</a></span>' if story.outlet else ""
    day = f"<span>发布时间：{story.published:%Y-%m-%d}</span>" if story.published else ""
    info = f"{day}{source}<span>作者：{rng.choice(EDITORS)}</span><span>浏览量：{rng.randrange(100, 9999)}</span>"
    news = _pick(rng, OTHER_NEWS, 5)
    icp, _ = _numbers(rng)
    title = f"{heading}_{column}_{site}" if story.headline else f"{column}_{site}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="top"><a href="/">{site}</a></div>
<div class="nav"><a href="/">首页</a><a href="#">人大要闻</a><a href="#">常委会工作</a><a href="#">代表工作</a><a href="#">履职学习</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="#">{column}</a> &gt; {heading or "正文"}</div>
<div class="wrap"><div class="article"><h1>{heading}</h1>{deck}
<div class="info">{info}</div>
<div class="content">{_paras(story.lines)}</div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>
<div class="pn"><p>上一篇：<a href="#">{news[0]}</a></p><p>下一篇：<a href="#">{news[1]}</a></p></div></div>
<div class="side"><h4>代表风采</h4><ul>{_links(news[2:])}</ul></div></div>
<div class="footer">主办：{place}人民代表大会常务委员会办公室　{icp}</div></body></html>"""
    furniture = ("常委会工作", "履职学习", "浏览量", "QQ空间", *news, "代表风采", "常务委员会办公室", icp)
    return Wrapped(html, furniture, f"http://www.example-rd6.gov.cn/rdyw/{rng.randrange(10**6)}.html")


@unseen6("zhengxie_date_after_body")
def zhengxie_date_after_body(story: Story) -> Wrapped:
    """A 政协 site: 今天是 a later date in the top bar, the headline an h2 with nothing under it, 发布时间 and
    来源 in a line after the text, （责任编辑 审核） under that, a 委员风采 list with dates beside it."""
    rng = _rng(story, "zhengxie")
    place = rng.choice(PLACES)
    site = f"政协{place}委员会"
    today = _later(story.published, rng) or dt.date(2023, 5, 12)
    weekday = "一二三四五六日"[today.weekday()]
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    facts = [f"发布时间：{stamp}" if stamp else "", f"来源：{escape(story.outlet or '本站')}"]
    facts.append(f"阅读：{rng.randrange(100, 9999)}")
    editor, reviewer = rng.choice(EDITORS), rng.choice(REVIEWERS)
    news = _pick(rng, OTHER_NEWS, 4)
    listed = "".join(f'<li><a href="/wyfc/{i}.html">{t}</a><em>{LIST_DATES[i]}</em></li>' for i, t in enumerate(news))
    icp, _ = _numbers(rng)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site}</title></head><body>
<div class="topbar"><span>今天是：{today:%Y年%m月%d日} 星期{weekday}</span><a href="#">设为首页</a><a href="#">加入收藏</a></div>
<div class="nav"><a href="/">首页</a><a href="#">政协要闻</a><a href="#">协商议政</a><a href="#">民主监督</a><a href="#">文史资料</a></div>
<div class="main"><div class="show"><div class="show-title"><h2>{headline_html(story)}</h2></div>
<div class="show-content">{_paras(story.lines)}</div>
<div class="show-info">{"　".join(fact for fact in facts if fact)}</div>
<div class="show-editor">（责任编辑：{editor}　审核：{reviewer}）</div></div>
<div class="side"><h4>委员风采</h4><ul>{listed}</ul></div></div>
<div class="footer">版权所有：{site}办公室　{icp}</div></body></html>"""
    furniture = ("今天是", "文史资料", f"责任编辑：{editor}", f"审核：{reviewer}", "委员风采", *news, icp)
    return Wrapped(html, furniture, f"http://www.example-zx6.gov.cn/zxyw/{rng.randrange(10**6)}.html")


@unseen6("mobile_m_url_date_only")
def mobile_m_url_date_only(story: Story) -> Wrapped:
    """A mobile `m.` page of a TRS site: the date only in the URL (t20210109_…), the <title> the site's name,
    a 返回/正文/首页 bar, 来源：X and 阅读 in spans, an A- A+ 字号 row, an 打开客户端 bar and 推荐阅读 with other
    stories' dates after the text."""
    rng = _rng(story, "m_page")
    place = rng.choice(PLACES)
    site = f"{place}发布"
    app = rng.choice(ACCOUNTS)
    source = f'<span class="src">来源：{escape(story.outlet)}</span>' if story.outlet else ""
    news = _pick(rng, OTHER_NEWS, 4)
    number = rng.randrange(10**6)
    path = f"{story.published:%Y%m}/t{story.published:%Y%m%d}_{number}.html" if story.published else f"c{number}.html"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{site}</title></head><body>
<div class="m-header"><a class="back" href="javascript:history.back()">返回</a><span>正文</span><a href="/">首页</a></div>
<div class="m-article"><h1 class="m-title">{headline_html(story)}</h1>
<div class="m-info">{source}<span class="read">阅读 {rng.randrange(100, 9999)}</span></div>
<div class="m-font">字号：<a href="#">A-</a> <a href="#">A+</a></div>
<div class="m-content">{_paras(story.lines)}</div></div>
<div class="m-open"><a href="#">打开{app}客户端 阅读更多精彩内容</a></div>
<div class="m-rec"><h3>推荐阅读</h3><ul>{_bracket_links(news)}</ul></div>
<div class="m-foot">{site} 版权所有 <a href="#">电脑版</a></div></body></html>"""
    furniture = (f"打开{app}客户端", "阅读更多精彩内容", "推荐阅读", *news, "电脑版")
    return Wrapped(html, furniture, f"http://m.example-m6.gov.cn/xwzx/{path}")


@unseen6("wechat_mirror_on_site")
def wechat_mirror_on_site(story: Story) -> Wrapped:
    """A 公众号 article mirrored on a government site: <title> 微信推送_site, 发布时间 and 来源：X微信公众号 in
    the site's info line, the 公众号's own meta (原创, the account, the time) under the h1, 点击上方蓝字 opening
    the text and END, 编辑/审核, 长按识别二维码, 往期推荐 and 点个在看 closing it, all in one container."""
    rng = _rng(story, "wx_mirror")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    account = escape(story.outlet) if story.outlet else rng.choice(ACCOUNTS)
    source = f"来源：{account}微信公众号" if story.outlet else "来源：本网"
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    day = f"<span>发布时间：{stamp[:10]}</span>" if stamp else ""
    shown = f'<em id="publish_time">{stamp}</em>' if stamp else ""
    editor, reviewer = rng.choice(EDITORS), rng.choice(REVIEWERS)
    news = _pick(rng, OTHER_NEWS, 3)
    earlier = "".join(f'<p><a href="#">{t}</a></p>' for t in news)
    icp, police = _numbers(rng)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>微信推送_{site}</title></head><body>
<div class="head"><a href="/">{site}</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">微信推送</a></div>
<div class="detail"><div class="detail-info">{day}<span>{source}</span></div>
<div class="rich_media"><h1 class="rich_media_title">{headline_html(story)}</h1>
<div class="rich_media_meta_list"><span class="original">原创</span> <a id="js_name">{account}</a> {shown}</div>
<div class="rich_media_content" id="js_content">
<p style="text-align:center"><span style="color:#888888">点击上方蓝字 关注我们</span></p>
{_paras(story.lines)}
<p style="text-align:center">- END -</p>
<p>编辑：{editor}　审核：{reviewer}</p>
<p style="text-align:center"><img src="/wx/qrcode.jpg"><br>长按识别二维码关注我们</p>
<section><p><strong>往期推荐</strong></p>{earlier}</section>
<p style="text-align:right">点个在看 你最好看</p></div></div></div>
<div class="footer">主办：{site}办公室　{icp}　{police}</div></body></html>"""
    furniture = ("点击上方蓝字", f"编辑：{editor}", f"审核：{reviewer}", "长按识别二维码关注我们", "往期推荐", *news)
    furniture += ("点个在看", icp, police)
    return Wrapped(html, furniture, f"http://www.example-wx6.gov.cn/xwzx/wxts/{rng.randrange(10**6)}.html")


@unseen6("bilingual_invest_bureau")
def bilingual_invest_bureau(story: Story) -> Wrapped:
    """An 投资促进局 site in English and Chinese: Release time: / Source: / Views: under the h1, a Share row,
    a Contact Us box with the 投资热线 beside it, an English copyright with 网站标识码 in the footer."""
    rng = _rng(story, "invest_bilingual")
    place = rng.choice(PLACES)
    bureau = f"{place}投资促进局"
    english = f"{rng.choice(ROMANIZED)} Investment Promotion Bureau"
    facts = [f"Release time: {story.published:%Y-%m-%d}" if story.published else ""]
    facts += [f"Source: {escape(story.outlet or bureau)}", f"Views: {rng.randrange(100, 9999)}"]
    news = _pick(rng, OTHER_NEWS, 3)
    icp, _ = _numbers(rng)
    site_id = _site_id(rng)
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{bureau} | {english}</title></head><body>
<div class="lang"><a href="#">中文</a> | <a href="/en/">English</a></div>
<div class="nav"><a href="/">首页 Home</a><a href="#">投资环境 Environment</a><a href="#">产业园区 Industrial Parks</a>
<a href="#">招商动态 News</a><a href="#">联系我们 Contact Us</a></div>
<div class="crumb"><a href="/">Home</a> &gt; <a href="#">News</a> &gt; 招商动态</div>
<div class="news"><h1 class="news-title">{headline_html(story)}</h1>
<div class="news-meta">{"　".join(fact for fact in facts if fact)}</div>
<div class="news-text">{_paras(story.lines)}</div>
<div class="news-share">Share: WeChat Weibo LinkedIn</div>
<div class="news-more"><h4>More News</h4><ul>{_links(news)}</ul></div></div>
<div class="contact"><h4>Contact Us</h4><p>投资热线 Tel: +86-571-8{rng.randrange(10**6, 10**7)}</p><p>Email: invest@example.gov.cn</p></div>
<div class="footer">Copyright © 2023 {english}. All Rights Reserved.　{site_id}　{icp}</div></body></html>"""
    furniture = ("Industrial Parks", "Views", "Share: WeChat Weibo LinkedIn", "More News", *news, "投资热线")
    furniture += ("invest@example.gov.cn", "All Rights Reserved", site_id, icp)
    return Wrapped(html, furniture, f"http://www.example-invest6.gov.cn/news/{rng.randrange(10**6)}.html")


@unseen6("kaifaqu_attachments_zwfw")
def kaifaqu_attachments_zwfw(story: Story) -> Wrapped:
    """A 开发区 管委会 page: a big column banner (招商动态 INVESTMENT NEWS) over a div headline, 时间：2021年01月09日
    and 发布单位：X with a 字号 大 中 小 bar, a 附件 list, a 微信扫一扫 caption and a 政务服务 box beside it."""
    rng = _rng(story, "kaifaqu")
    place = rng.choice(PLACES)
    zone = f"{place[:2]}经济技术开发区"
    unit = escape(story.outlet) if story.outlet else f"{zone}招商局"
    day = f"时间：{_cn_padded(story.published)}　" if story.published else ""
    files = [f"{zone}重点招商项目表.xlsx", "投资意向登记表.doc"]
    attached = "".join(
        f'<li><a href="/uploadfiles/{i}">{i + 1}.{name}</a>（{rng.randrange(20, 900)}KB）</li>'
        for i, name in enumerate(files)
    )
    icp, police = _numbers(rng)
    title = f"{headline_html(story)}-{zone}管理委员会" if story.headline else f"{zone}管理委员会"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="header"><img src="/images/logo.png" alt="{zone}管理委员会"></div>
<div class="lm-banner" style="font-size:28px;font-weight:bold">招商动态<span>INVESTMENT NEWS</span></div>
<div class="crumb">您的位置：<a href="/">首页</a> &gt; <a href="#">投资促进</a> &gt; <a href="#">招商动态</a></div>
<div class="wrap"><div class="detail"><div class="detail-title">{headline_html(story)}</div>
<div class="detail-info">{day}发布单位：{unit}　【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="detail-text" id="Zoom">{_paras(story.lines)}</div>
<div class="attach"><b>附件：</b><ul>{attached}</ul></div>
<div class="ewm"><img src="/images/ewm.png"><p>微信扫一扫 分享本页</p></div></div>
<div class="side"><div class="zwfw"><h3>政务服务</h3><a href="#">企业开办一网通办</a><a href="#">投资项目在线审批</a><a href="#">惠企政策兑现</a></div></div></div>
<div class="footer">主办：{zone}管理委员会　{icp}　{police}</div></body></html>"""
    furniture = ("INVESTMENT NEWS", "字号：大 中 小", *files, "微信扫一扫 分享本页", "企业开办一网通办")
    furniture += ("投资项目在线审批", "惠企政策兑现", f"主办：{zone}管理委员会", icp, police)
    return Wrapped(html, furniture, f"http://www.example-kfq6.gov.cn/zsdt/{rng.randrange(10**6)}.html")


@unseen6("trs_gongwen_dotted_date")
def trs_gongwen_dotted_date(story: Story) -> Wrapped:
    """A TRS 公文 page: 发布日期：2021.01.09 with dots and 浏览次数 under the h1, a <style> block inside the
    TRS_Editor div, the outlet only in <meta name="ContentSource"> and the 落款, whose date is an earlier one in
    Chinese numerals; 【打印本页】【关闭窗口】 and 相关文件 after it."""
    rng = _rng(story, "trs_gongwen")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    unit = escape(story.outlet) if story.outlet else f"{place}商务局"
    meta = f'<meta name="ContentSource" content="{escape(story.outlet)}">' if story.outlet else ""
    day = f"<span>发布日期：{story.published:%Y.%m.%d}</span>" if story.published else ""
    written = story.published - dt.timedelta(days=rng.randrange(2, 10)) if story.published else None
    closing = f'<p style="text-align:right">{unit}</p>'
    closing += f'<p style="text-align:right">{_cn_numeral_day(written)}</p>' if written else ""
    style = (
        '<style type="text/css">.TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:1.5;font-family:宋体;'
        "font-size:12pt;}.TRS_Editor DIV{margin-top:0px;margin-bottom:12px;line-height:1.5;}</style>"
    )
    news = _pick(rng, OTHER_NEWS, 3)
    icp, _ = _numbers(rng)
    title = f"{headline_html(story)}_{site}" if story.headline else site
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta name="SiteName" content="{site}"><meta name="ColumnName" content="通知公告">{meta}</head><body>
<div class="top"><a href="/">{site}</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">通知公告</a></div>
<div class="article"><h1>{headline_html(story)}</h1>
<div class="info">{day}<span>浏览次数：{rng.randrange(100, 9999)}</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="TRS_Editor">{style}<div class="Custom_UnionStyle">{_paras(story.lines)}
{closing}</div></div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="xgwj"><h4>相关文件</h4><ul>{_links(news)}</ul></div></div>
<div class="footer">{site}办公室主办　{icp}</div></body></html>"""
    furniture = ("TRS_Editor P", "margin-bottom:12px", "浏览次数", "打印本页", "关闭窗口", "相关文件", *news, icp)
    return Wrapped(html, furniture, f"http://www.example-trs6.gov.cn/art/{rng.randrange(10**6)}.html")


# ---------------------------------------------------------------- news platforms and document sites


@unseen6("ifeng_local_unlabelled_source")
def ifeng_local_unlabelled_source(story: Story) -> Wrapped:
    """A 凤凰网 地方站 page: 2021年01月09日 09:30:21 then the source as an unlabelled link, 原标题： opening the
    text, [责任编辑：X PN123] closing it, 大家都在看 and a 24小时热榜 beside it, a Phoenix copyright."""
    rng = _rng(story, "ifeng")
    channel = f"凤凰网{rng.choice(PROVINCES)}"
    stamp = time_on_day(story.published, "%Y年%m月%d日 %H:%M:%S", rng)
    source = (
        f'<span class="source"><a href="#" target="_blank">{escape(story.outlet)}</a></span>' if story.outlet else ""
    )
    original = f"<p>原标题：{headline_html(story)}</p>" if story.headline else ""
    editor = f"[责任编辑：{rng.choice(EDITORS)} PN{rng.randrange(100, 999)}]"
    news = _pick(rng, OTHER_NEWS, 6)
    ranked = "".join(f"<li><em>{i + 1}</em><a href='#'>{t}</a></li>" for i, t in enumerate(news[3:]))
    title = f"{headline_html(story)}_{channel}_凤凰网" if story.headline else f"{channel}_凤凰网"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="header"><a href="#">凤凰网首页</a><a href="#">资讯</a><a href="#">财经</a><a href="#">{channel}</a></div>
<div class="artical"><h1 class="topic">{headline_html(story)}</h1>
<div class="info"><span class="time">{stamp}</span> {source}</div>
<div class="main_content">{original}
{_paras(story.lines)}
<p class="editor">{editor}</p></div>
<div class="hot"><h3>大家都在看</h3><ul>{_links(news[:3])}</ul></div></div>
<div class="rank"><h3>24小时热榜</h3><ol>{ranked}</ol></div>
<div class="footer">凤凰网版权所有 Copyright © 2023 Phoenix New Media Limited All Rights Reserved.</div></body></html>"""
    furniture = ("凤凰网首页", editor, "大家都在看", "24小时热榜", *news, "Phoenix New Media")
    return Wrapped(html, furniture, f"https://www.example-ifeng.com/c/{rng.randrange(10**10):x}")


@unseen6("weibo_ttarticle")
def weibo_ttarticle(story: Story) -> Wrapped:
    """A 微博 头条文章: the <title> 头条文章 - 微博, the headline a div, the account unlabelled and 发布于
    2021-01-09 09:30 under it, 阅读数 and 举报 / 转发 / 评论 / 赞 after the text, 微博热搜 beside it."""
    rng = _rng(story, "weibo")
    account = escape(story.outlet) if story.outlet else rng.choice(ACCOUNTS)
    stamp = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    shown = f'<span class="time">发布于 {stamp}</span>' if stamp else ""
    news = _pick(rng, OTHER_NEWS, 4)
    hot = "".join(f"<li><a href='#'>{t}</a><i>热</i></li>" for t in news)
    counts = "".join(f"<span>{word} {rng.randrange(10, 999)}</span>" for word in ("转发", "评论", "赞"))
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>头条文章 - 微博</title></head><body>
<div class="gn_header"><a href="/">微博</a><a href="#">首页</a><a href="#">发现</a><a href="#">登录</a><a href="#">注册</a></div>
<div class="WB_artical"><div class="main_toppic"><div class="title" node-type="articleTitle">{headline_html(story)}</div>
<div class="media_box"><em class="W_autocut"><a class="S_txt1" href="#">{account}</a></em>{shown}</div></div>
<div class="WB_editor_iframe_new" node-type="contentBody">{_paras(story.lines)}</div>
<div class="DCI_v2">阅读数：{rng.randrange(1000, 99999)}</div>
<div class="artical_add_box"><a href="#">举报</a>{counts}</div></div>
<div class="WB_side"><h4>微博热搜</h4><ul>{hot}</ul></div>
<div class="footer">微博客服 京ICP证100780号 Copyright © 2009-2023 WEIBO 北京微梦创科网络技术有限公司</div></body></html>"""
    furniture = ("阅读数", "举报", "微博热搜", *news, "微博客服", "北京微梦创科网络技术有限公司")
    return Wrapped(html, furniture, f"https://www.example-weibo.com/ttarticle/p/show?id={rng.randrange(10**16)}")


def _document_pages(lines: tuple[str, ...], count: int) -> list[tuple[str, ...]]:
    size = max(1, -(-len(lines) // count))
    return [lines[start : start + size] for start in range(0, len(lines), size)]


@unseen6("wenku_document_page")
def wenku_document_page(story: Story) -> Wrapped:
    """A 文库 document page: the site (the outlet) as logo, <title> suffix and copyright, 上传人 / 上传时间 /
    浏览 / 下载 / 页数 under the h1, 第1页 / 共3页 markers between the pages and a 还剩…页未读，继续阅读 button
    before the last, 下载文档, a 本文档由用户上传 notice and 相关文档 after it."""
    rng = _rng(story, "wenku")
    site = escape(story.outlet) if story.outlet else rng.choice(LIBRARIES)
    parts = _document_pages(story.lines, 3)
    markers = [f'<div class="page-no">第{i + 1}页 / 共{len(parts)}页</div>' for i in range(len(parts))]
    pages = [f'<div class="page">{_paras(part)}</div>{marker}' for part, marker in zip(parts, markers, strict=True)]
    if len(pages) > 1:
        pages.insert(-1, '<div class="more-btn">还剩1页未读，继续阅读</div>')
    day = f"　上传时间：{story.published:%Y-%m-%d}" if story.published else ""
    facts = f"上传人：{rng.choice(['fanwen88', 'docuser01', 'wk_2021'])}{day}　浏览：{rng.randrange(100, 9999)}"
    facts += f"　下载：{rng.randrange(1, 99)}　页数：{len(parts)}页"
    news = _pick(rng, OTHER_NEWS, 3)
    title = f"{headline_html(story)} - {site}" if story.headline else site
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="header"><a class="logo" href="/">{site}</a><input type="text" placeholder="搜索文档"><a href="#">上传文档</a><a href="#">VIP会员</a></div>
<div class="doc"><h1 class="doc-title">{headline_html(story)}</h1><div class="doc-meta">{facts}</div>
<div class="doc-body">{"".join(pages)}</div>
<div class="doc-btn"><a href="#">下载文档</a><a href="#">收藏</a></div>
<div class="disclaimer">本文档由用户上传，仅供学习交流，如有侵权请联系网站删除。</div>
<div class="related-docs"><h3>相关文档</h3><ul>{_links(news)}</ul></div></div>
<div class="footer">© 2023 {site}</div></body></html>"""
    furniture = ("上传文档", "VIP会员", "上传人", "页数", "下载文档", "本文档由用户上传", "相关文档", *news)
    if len(parts) > 1:
        furniture += ("还剩1页未读", f"第1页 / 共{len(parts)}页")
    return Wrapped(html, furniture, f"https://www.example-wenku6.com/p-{rng.randrange(10**9)}.html")


@unseen6("cambrian_jsonld_relative_time")
def cambrian_jsonld_relative_time(story: Story) -> Wrapped:
    """A county news site with Baidu's cambrian JSON-LD (pubDate, and upDate days later): the page shows only
    a relative 3天前 and 信息提供单位：X under the h1, a 点赞 / 分享到 row and 热点推荐 with dates after the text,
    Copyright © 2016-2023 in the footer."""
    rng = _rng(story, "cambrian")
    place = rng.choice(PLACES)
    site = f"{place}新闻网"
    number = rng.randrange(10**6)
    url = f"https://www.example-news6.cn/content/{number}.html"
    moment = time_on_day(story.published, "%Y-%m-%dT%H:%M:%S", rng)
    card = {"@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld", "@id": url, "appid": "1583000000000000"}
    card["title"] = story.headline or site
    if moment:
        card["pubDate"] = moment
        card["upDate"] = f"{_later(story.published, rng):%Y-%m-%d}T08:00:00"
    ago = f"<span>{rng.randrange(2, 6)}天前</span>" if story.published else ""
    unit = f"<span>信息提供单位：{escape(story.outlet)}</span>" if story.outlet else ""
    news = _pick(rng, OTHER_NEWS, 4)
    title = f"{headline_html(story)}_{site}" if story.headline else site
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<script type="application/ld+json">{json.dumps(card, ensure_ascii=False)}</script></head><body>
<div class="head"><a href="/">{site}</a><a href="#">本地</a><a href="#">视频</a><a href="#">专题</a></div>
<div class="art"><h1>{headline_html(story)}</h1><div class="art-info">{ago}{unit}<span>阅读 {rng.randrange(100, 9999)}</span></div>
<div class="art-body">{_paras(story.lines)}</div>
<div class="art-bar"><span>点赞 {rng.randrange(5, 500)}</span>　<span>分享到：微信 朋友圈 微博</span></div>
<div class="art-more"><h3>热点推荐</h3><ul>{_bracket_links(news)}</ul></div></div>
<div class="footer">Copyright © 2016-2023 {site} 版权所有</div></body></html>"""
    furniture = ("分享到：微信 朋友圈 微博", "热点推荐", *news, f"{site} 版权所有")
    return Wrapped(html, furniture, url)


DEV6, LOCKED6 = split_by_digest(UNSEEN6, "round 6/")
