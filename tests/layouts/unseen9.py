"""Twelve more page layouts written blind (round 9): before reading the HTML reader.

Each is after a kind of Chinese page met in the wild that the first eight rounds did not draw, weighed toward
what their locked sets found weakest, the headline and furniture inside the article's own container, written as
the article's own `<p>`s (same class, same container): a 信息公开 detail page of another CMS (an index table
above the text whose 名称 cell holds the headline again, an h1 holding the site's name, the headline a div,
【我要纠错】, 打印/关闭 and a 手机扫码 caption as `<p>`s of the text's own div); an 上游新闻-like app share page (a
肩题 and a ——副题 as elements round the h1, 来源 and 作者 `<p>`s under it, 责任编辑/审核/校对 and 打开APP阅读全文
as the text's last `<p>`s); a 人大 page (the crumb ending in the headline cut short, the <title> the site and
column, an h2 column name over a div headline, 字号 大 中 小, 上一篇/下一篇 with titles and 相关阅读 titles as
plain `<p>`s of the text's div); a table layout (the headline in a `<td>` split over two lines by `<br>`, the text
`<br>`-joined lines in one cell whose first line is 来源/作者 and whose last lines are 【我要纠错】 and 责任编辑); a
商务局 page (a 专题 teaser box between paragraphs, 招商项目 cards, 点赞 and 阅读量 counts in the same container, an
h3 专题 name over the h2 headline); a 开发区管委会 page (the <title> 【column】headline-site, the h1 headline
followed by （图）, a picture whose alt and caption word the event otherwise, a 图片来源 line); an app share page
with a 导读 box under the h1, a picture caption, 点赞/评论 counts and 相关阅读 `<p>`s; a 凤凰-like mirror (a bold
first paragraph, a 免责声明 paragraph and 图片来源 inside the text's div, a 下一篇 teaser before the text); a 政协
page whose text is `<br>`-joined lines with （编辑 审核） and 值班编辑 lines in the same flow; a 融媒体 page with
an h1 holding the site's name and the headline an h2, a video player's text, a 分享到 row of `<p>`s, 返回顶部 and
a `hidden` login box inside the article; a 政府 portal of a 集约化 v2 CMS (a vote widget, a 声明 paragraph, 附件 `<p>`s
and a 收藏 | 打印 | 关闭 bar inside the text's div, a 【要闻】 tag before the headline); and a 企业官网 news page (a
column name in an h1, the headline an h2 with a 阅读量 line, 上一篇：/下一篇： `<p>`s and a 网站纠错 link in the text's
div, a `display:none` 二维码 box).

The split is fixed by a rule set before anything was scored: the four layouts whose names have the smallest
SHA-256 digests of "round 9/" + name are `LOCKED9` (never fixed against, scored once as a whole at the end);
the other eight are `DEV9`, from whose misses fixes to the reader may be written.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from html import escape

from layouts.families import (
    EDITORS,
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
from layouts.unseen4 import ACCOUNTS, _cn_padded, _paras
from layouts.unseen5 import REVIEWERS, _site_id

UNSEEN9: dict[str, Layout] = {}
REPORTERS = ["马晓东", "冯雅琪", "袁振宇", "曹文静"]
COMPANIES = ["青山高新产业投资集团有限公司", "东江港城发展集团有限公司"]


def unseen9(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN9)


def _joined(parts: list[str], gap: str = "　") -> str:
    return gap.join(part for part in parts if part)


def _same_class(lines: list[str], css: str) -> str:
    """Lines as the text's own `<p>`s: the same class as every paragraph of the article."""
    return "\n".join(f'<p class="{css}">{line}</p>' for line in lines)


def _cut(headline: str | None, size: int = 12) -> str:
    """A crumb's last item: the headline cut short with an ellipsis, as narrow crumbs print it."""
    if not headline:
        return "正文"
    return escape(headline[:size]) + ("..." if len(headline) > size else "")


def _two_lines(headline: str | None) -> str:
    """A long headline set by hand over two lines: broken after a comma or a space near its middle."""
    if not headline:
        return ""
    if len(headline) < 14:
        return escape(headline)
    middle = len(headline) // 2
    breaks = [i + 1 for i, char in enumerate(headline) if char in "，, 　" and abs(i - middle) < middle // 2]
    at = breaks[0] if breaks else middle
    return f"{escape(headline[:at])}<br>{escape(headline[at:])}"


def _credits(rng: random.Random) -> str:
    editor, reviewer = rng.choice(EDITORS), rng.choice(REVIEWERS)
    return f"责任编辑：{editor}　审核：{reviewer}"


# ---------------------------------------------------------------- government portals


@unseen9("xxgk_table_name_cell")
def xxgk_table_name_cell(story: Story) -> Wrapped:
    """A 信息公开 detail page of another CMS: an index table above the text whose 名称 cell holds the headline
    again, an h1 holding the site's name, the headline a div, 【我要纠错】, 【打印本页】【关闭窗口】 and a 手机扫码
    caption as `<p>`s of the text's own div."""
    rng = _rng(story, "xxgk_name_cell")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    index_no = f"{rng.randrange(10**8, 10**9)}/2021-{rng.randrange(100, 999)}"
    issuer = escape(story.outlet) if story.outlet else f"{place}发展和改革局"
    rows = [("索引号", index_no), ("信息分类", "招商引资"), ("发布机构", issuer)]
    rows += [("生成日期", _cn_padded(story.published))] if story.published else []
    rows += [("名称", headline_html(story)), ("文号", ""), ("关键词", "招商")]
    cells = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in rows)
    tail = ["【我要纠错】", "【打印本页】【关闭窗口】", "用手机扫描二维码 打开本页"]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site}-信息公开</title></head><body>
<div class="top"><h1>{site}</h1><span>政府信息公开平台</span></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 招商引资</div>
<div class="detail"><table class="index-table">{cells}</table>
<div class="detail-title">{headline_html(story)}</div>
<div class="detail-text">{_paras(story.lines, ' class="txt"')}
{_same_class(tail, "txt")}<p class="txt"><img src="/qr.png" alt="二维码"></p></div></div>
<div class="foot">{site}办公室主办　{_site_id(rng)}　{_numbers(rng)[0]}</div></body></html>"""
    furniture = ("政府信息公开平台", index_no, "信息分类", "我要纠错", "打印本页", "关闭窗口", "用手机扫描二维码")
    return Wrapped(html, furniture, f"http://xxgk.example-gov9.cn/xxgk/{rng.randrange(10**6)}.html")


@unseen9("renda_crumb_cut_prevnext_p")
def renda_crumb_cut_prevnext_p(story: Story) -> Wrapped:
    """A 人大 page: the crumb ending in the headline cut short, the <title> the site and column, an h2 column name
    over a div headline, 字号 大 中 小 with 打印, then 上一篇/下一篇 with titles and 相关阅读 titles as plain `<p>`s
    of the text's own div."""
    rng = _rng(story, "renda_crumb_cut")
    place = rng.choice(PLACES)
    site = f"{place}人大常委会"
    news = _pick(rng, OTHER_NEWS, 5)
    when = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    info = _joined([f"发布时间：{when}" if when else "", f"来源：{escape(story.outlet)}" if story.outlet else ""])
    tail = [f"上一篇：{news[0]}", f"下一篇：{news[1]}", "相关阅读：", *news[2:5]]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site}_人大要闻</title></head><body>
<div class="banner"><img src="/banner.jpg" alt="{site}"></div>
<div class="nav"><a href="/">首页</a><a href="/rdyw/">人大要闻</a>
<a href="/jdgz/">监督工作</a><a href="/dbzc/">代表之窗</a></div>
<div class="crumb">当前位置：首页 &gt; 人大要闻 &gt; {_cut(story.headline)}</div>
<div class="article"><h2 class="lm">人大要闻</h2>
<div class="art-title">{headline_html(story)}</div>
<div class="art-info">{info}</div>
<div class="art-text">
<p class="p">【字号：大 中 小】【打印】</p>
{_paras(story.lines, ' class="p"')}
{_same_class(tail, "p")}</div></div>
<div class="foot">{site}办公室　版权所有</div></body></html>"""
    furniture = ("监督工作", "代表之窗", "字号：大中小", *news, "相关阅读", "办公室版权所有")
    return Wrapped(html, furniture, f"http://www.example-rd9.gov.cn/rdyw/{rng.randrange(10**6)}.html")


@unseen9("table_td_headline_br")
def table_td_headline_br(story: Story) -> Wrapped:
    """A county site laid out in tables: the headline in a `<td>` split over two lines by `<br>`, the text
    `<br>`-joined lines in one cell whose first line is 来源/作者 and whose last lines are 【我要纠错】 and
    责任编辑, a 附件 line between."""
    rng = _rng(story, "table_td_br")
    place = rng.choice(PLACES)
    site = f"{place}人民政府网"
    author = rng.choice(REPORTERS)
    date = f"发布日期：{story.published:%Y-%m-%d}" if story.published else ""
    source = f"来源：{escape(story.outlet) if story.outlet else place + '融媒体中心'}　作者：{author}"
    attachment = "附件：招商项目申报表.xls"
    credit = _credits(rng)
    lines = [source, *map(escape, story.lines), attachment, "【我要纠错】【打印】【关闭】", credit]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site}</title></head><body>
<table width="980" align="center"><tr><td class="logo"><img src="/logo.gif" alt="{site}"></td></tr>
<tr><td class="menu"><a href="/">首页</a> | <a href="/zwdt/">政务动态</a>
 | <a href="/zsyz/">招商引资</a></td></tr></table>
<table width="980" align="center"><tr><td class="pos">您的位置：首页 → 招商引资</td></tr>
<tr><td class="biaoti" align="center"><b>{_two_lines(story.headline)}</b></td></tr>
<tr><td class="riqi" align="center">{date}</td></tr>
<tr><td class="zhengwen">{"<br>".join(lines)}</td></tr></table>
<table width="980" align="center"><tr><td class="copy">{site} 版权所有 {_numbers(rng)[0]}</td></tr></table>
</body></html>"""
    furniture = (f"作者：{author}", attachment, "我要纠错", credit, "您的位置：首页 → 招商引资", "版权所有")
    return Wrapped(html, furniture, f"http://www.example-county9.gov.cn/zsyz/{rng.randrange(10**6)}.htm")


@unseen9("commerce_bureau_topic_box")
def commerce_bureau_topic_box(story: Story) -> Wrapped:
    """A 商务局 page: an h3 专题 name over the h2 headline, a 专题 teaser box between paragraphs, 招商项目 cards
    and 点赞 / 阅读量 counts inside the article's container, the <title> the bureau's name."""
    rng = _rng(story, "commerce_topic")
    place = rng.choice(PLACES)
    bureau = f"{place}商务局"
    when = time_on_day(story.published, "%Y年%m月%d日 %H:%M", rng)
    info = _joined([when, f"信息来源：{escape(story.outlet)}" if story.outlet else ""])
    teaser = '<div class="zt-box"><p class="zt-hd">专题</p><p>奋力打造一流营商环境 系列报道之四</p></div>'
    half = min(2, len(story.lines))
    cards = "".join(
        f'<div class="xm"><p class="xm-name">{name}</p><p>投资额：{amount}　联系人：招商科</p></div>'
        for name, amount in [("智能装备制造产业园", "20亿元"), ("农产品冷链仓储中心", "3.5亿元")]
    )
    counts = f"阅读量：{rng.randrange(300, 9000)}　点赞 {rng.randrange(3, 99)}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{bureau}</title></head><body>
<div class="head"><img src="/logo.png" alt="{bureau}"><span>{bureau}</span></div>
<div class="nav"><a href="/">首页</a><a href="/swdt/">商务动态</a>
<a href="/zsxm/">招商项目</a><a href="/wmjj/">外贸经济</a></div>
<div class="main"><h3 class="zt-name">专题：奋力打造一流营商环境</h3>
<h2 class="title">{headline_html(story)}</h2>
<div class="info">{info}</div>
<div class="text">{_paras(story.lines[:half])}{teaser}{_paras(story.lines[half:])}</div>
<div class="xm-list"><p class="xm-hd">招商项目推介速览</p>{cards}</div>
<p class="counts">{counts}</p></div>
<div class="foot">{bureau}　地址：{place}市民中心三楼</div></body></html>"""
    furniture = (
        "奋力打造一流营商环境",
        "系列报道之四",
        "智能装备制造产业园",
        "招商项目推介速览",
        counts,
        "市民中心三楼",
    )
    return Wrapped(html, furniture, f"http://swj.example-gov9.cn/swdt/{rng.randrange(10**6)}.html")


@unseen9("kaifaqu_tagged_title_photo")
def kaifaqu_tagged_title_photo(story: Story) -> Wrapped:
    """A 开发区管委会 page: the <title> 【column】headline-site, the h1 headline followed by （图）, a picture whose
    alt and caption word the event otherwise, a 图片来源 line, 编辑 and 审核 as the text's last `<p>`s."""
    rng = _rng(story, "kaifaqu_tagged")
    place = rng.choice(PLACES)
    zone = f"{place[:2]}高新技术产业开发区"
    caption = f"图为{place[:2]}高新区重点项目集中签约现场"
    photo = f"图片来源：{zone}党政办"
    editor, reviewer = rng.choice(EDITORS), rng.choice(REVIEWERS)
    when = f"{story.published:%Y-%m-%d}" if story.published else ""
    info = _joined([f"时间：{when}" if when else "", f"来源：{escape(story.outlet)}" if story.outlet else ""])
    shown = f"{headline_html(story)}（图）" if story.headline else ""
    page_title = f"【园区新闻】{headline_html(story)}-{zone}" if story.headline else zone
    tail = [photo, f"编辑：{editor}", f"审核：{reviewer}"]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{page_title}</title></head><body>
<div class="top"><img src="/logo.png" alt="{zone}管委会"></div>
<div class="menu"><a href="/">首页</a><a href="/yqxw/">园区新闻</a>
<a href="/zsyz/">招商引资</a><a href="/qyfw/">企业服务</a></div>
<div class="con"><h1>{shown}</h1><div class="con-info">{info}</div>
<div class="con-text"><p class="pic"><img src="/upload/1.jpg" alt="{caption}"></p><p class="pic-cap">{caption}</p>
{_paras(story.lines)}
{_same_class(tail, "")}</div></div>
<div class="foot">{zone}管理委员会主办　{_numbers(rng)[0]}</div></body></html>"""
    furniture = (caption, photo, f"编辑：{editor}", f"审核：{reviewer}", "园区新闻招商引资企业服务", "管理委员会主办")
    return Wrapped(html, furniture, f"http://www.example-gxq9.gov.cn/yqxw/{rng.randrange(10**6)}.html")


@unseen9("zhengxie_br_flow_credits")
def zhengxie_br_flow_credits(story: Story) -> Wrapped:
    """A 政协 page whose text is `<br>`-joined lines in one div, with a 作者 line first and （编辑 审核）,
    值班编辑 and 网站纠错 lines closing the same flow; the headline a bold span in a div, the <title> the site's."""
    rng = _rng(story, "zhengxie_br")
    place = rng.choice(PLACES)
    site = f"政协{place}委员会"
    author = f"作者：{rng.choice(REPORTERS)}"
    note = f"（编辑：{rng.choice(EDITORS)} 审核：{rng.choice(REVIEWERS)}）"
    duty = f"值班编辑：{rng.choice(REPORTERS)}"
    when = f"{story.published:%Y-%m-%d}" if story.published else ""
    info = _joined([f"来源：{escape(story.outlet)}" if story.outlet else "", f"日期：{when}" if when else ""])
    lines = [author, *map(escape, story.lines), note, duty, "网站纠错"]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site}</title></head><body>
<div class="header"><span class="site">{site}</span><span class="today">欢迎访问{site}网站</span></div>
<div class="nav"><a href="/">首页</a><a href="/zxyw/">政协要闻</a>
<a href="/wyfc/">委员风采</a><a href="/taxc/">提案选编</a></div>
<div class="article"><div class="t"><span style="font-size:22px;font-weight:bold">{headline_html(story)}</span></div>
<div class="i">{info}</div>
<div class="c">{"<br>".join(lines)}</div></div>
<div class="foot">{site}办公室　{_numbers(rng)[0]}</div></body></html>"""
    furniture = (author, note, duty, "网站纠错", f"欢迎访问{site}网站", "委员风采", "提案选编")
    return Wrapped(html, furniture, f"http://www.example-zx9.gov.cn/zxyw/{rng.randrange(10**6)}.html")


@unseen9("jiyue_v2_vote_statement")
def jiyue_v2_vote_statement(story: Story) -> Wrapped:
    """A government portal of a 集约化 v2 CMS: a 【要闻】 tag before the headline in the h1, a vote widget, a 声明
    paragraph, 附件 `<p>`s and a 收藏 | 打印 | 关闭 bar inside the text's div, 信息来源 and 发布时间 as spans."""
    rng = _rng(story, "jiyue_v2")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    when = time_on_day(story.published, "%Y-%m-%d %H:%M:%S", rng)
    info = _joined(
        [
            f"<span>发布时间：{when}</span>" if when else "",
            f"<span>信息来源：{escape(story.outlet)}</span>" if story.outlet else "",
            f"<span>浏览次数：{rng.randrange(50, 900)}</span>",
        ]
    )
    shown = f"【要闻】{headline_html(story)}" if story.headline else ""
    statement = "声明：本网转载的稿件仅为传递更多信息，不代表本网观点，如涉及版权问题请联系删除。"
    tail = [
        "附件：",
        "1.2021年重点招商项目表.pdf",
        "您对本文是否满意？　满意　一般　不满意　提交",
        statement,
        "收藏 | 打印 | 关闭",
    ]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story) or site}_{site}</title>
</head><body>
<div class="hd"><a href="/"><img src="/logo.png" alt="{site}"></a><div class="tools"><a href="#">无障碍</a>
<a href="#">长者模式</a></div></div>
<div class="bd"><div class="pos">首页 &gt; 政务动态 &gt; 要闻动态</div>
<div class="art"><h1 class="art-h">{shown}</h1><div class="art-info">{info}</div>
<div class="art-con">{_paras(story.lines)}
{_same_class(tail, "")}</div></div></div>
<div class="ft">{site}办公室主办　{_site_id(rng)}</div></body></html>"""
    furniture = ("长者模式", "重点招商项目表", "您对本文是否满意", "不代表本网观点", "收藏打印关闭", "浏览次数")
    return Wrapped(html, furniture, f"http://www.example-jy9.gov.cn/art/2021/{rng.randrange(10**6)}.html")


# ---------------------------------------------------------------- news apps and portals


@unseen9("shangyou_jianti_futi_credits")
def shangyou_jianti_futi_credits(story: Story) -> Wrapped:
    """An 上游新闻-like app share page: a 肩题 and a ——副题 as elements round the h1, 来源 and 作者 `<p>`s under it
    inside the text's div, 责任编辑/审核/校对 and 打开APP阅读全文 as the text's last `<p>`s."""
    rng = _rng(story, "shangyou_jianti")
    app = rng.choice(["上游新闻", "极光新闻"])
    place = rng.choice(PLACES)
    kicker = f"{place[:2]}：招大引强 项目提速" if story.headline else ""
    deck = "——一线直击重大项目建设" if story.headline else ""
    reporter = f"作者：{app}记者 {rng.choice(REPORTERS)}"
    when = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    head = [f"来源：{escape(story.outlet) if story.outlet else app}", reporter]
    proof = f"校对：{rng.choice(REPORTERS)}"
    tail = [_credits(rng), proof, f"打开{app}APP，阅读全文"]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{headline_html(story) or app}</title></head><body>
<div class="download"><span>{app}</span><a href="#">打开APP</a></div>
<div class="article"><div class="jianti">{kicker}</div><h1>{headline_html(story)}</h1><div class="futi">{deck}</div>
<div class="time">{when}</div>
<div class="content">{_same_class(head, "")}
{_paras(story.lines)}
{_same_class(tail, "")}</div></div>
<div class="hidden-report" style="display:none">举报此文章</div></body></html>"""
    furniture = (reporter, proof, f"打开{app}APP，阅读全文", "举报此文章")
    if story.headline:
        furniture += (kicker, deck)
    return Wrapped(html, furniture, f"https://share.example-sy9.com/news/{rng.randrange(10**7)}")


@unseen9("app_daodu_box_caption")
def app_daodu_box_caption(story: Story) -> Wrapped:
    """An app share page with a 导读 box under the h1, a picture whose caption words another headline, 点赞 and
    评论 counts and 相关阅读 titles as `<p>`s after the text in the same container."""
    rng = _rng(story, "app_daodu")
    app = rng.choice(ACCOUNTS)
    when = time_on_day(story.published, "%m月%d日 %H:%M", rng)
    year = f"{story.published:%Y}年" if story.published else ""
    meta = _joined([escape(story.outlet) if story.outlet else app, f"{year}{when}" if when else ""])
    lead = "导读：签约现场气氛热烈，一批优质项目落户园区。"
    caption = f"{rng.choice(PLACES)[:2]}产业园全景（资料图）"
    counts = f"点赞 {rng.randrange(5, 500)}　评论 {rng.randrange(0, 40)}"
    news = _pick(rng, OTHER_NEWS, 3)
    tail = [counts, "相关阅读", *news]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{app}</title></head><body>
<section class="page"><h1 class="t">{headline_html(story)}</h1>
<p class="m">{meta}</p>
<div class="lead">{lead}</div>
<section class="c"><p><img src="/img/a.jpg" alt="{caption}"></p><p>{caption}</p>
{_paras(story.lines)}
{_same_class(tail, "")}</section></section>
<div class="bar">打开{app}，看更多精彩内容</div></body></html>"""
    furniture = (lead, caption, counts, "相关阅读", *news, f"打开{app}")
    return Wrapped(html, furniture, f"https://m.example-app9.cn/detail/{rng.randrange(10**7)}.html")


@unseen9("ifeng_bold_lead_disclaimer")
def ifeng_bold_lead_disclaimer(story: Story) -> Wrapped:
    """A 凤凰-like mirror: a 下一篇 teaser before the text, the text's first paragraph in bold, a 免责声明
    paragraph and 图片来源 inside the text's div, the source an unlabelled span after a 2021年01月09日 09:30 date."""
    rng = _rng(story, "ifeng_bold")
    news = _pick(rng, OTHER_NEWS, 2)
    when = time_on_day(story.published, "%Y年%m月%d日 %H:%M", rng)
    source = f'<span class="src">{escape(story.outlet)}</span>' if story.outlet else ""
    first = f"<p><strong>{escape(story.lines[0])}</strong></p>" if story.lines else ""
    disclaimer = "免责声明：本文内容来自合作媒体，不代表凤鸣网立场。"
    tail = ["图片来源：视觉中国", disclaimer]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story) or "资讯"}_凤鸣网</title>
</head><body>
<div class="nav"><a href="/">凤鸣网首页</a><a href="#">资讯</a><a href="#">财经</a><a href="#">地方</a></div>
<div class="next-teaser">下一篇：{news[0]}</div>
<div class="artical"><h1 class="topic">{headline_html(story)}</h1>
<p class="time">{when}　{source}</p>
<div class="main_content">{first}{_paras(story.lines[1:])}
{_same_class(tail, "")}</div>
<div class="hot"><h4>24小时热文</h4><p>{news[1]}</p></div></div>
<div class="foot">凤鸣网版权所有 Copyright © 2024</div></body></html>"""
    furniture = (*news, "图片来源：视觉中国", disclaimer, "24小时热文", "凤鸣网首页")
    return Wrapped(html, furniture, f"https://news.example-fm9.com/c/{rng.randrange(10**8)}")


@unseen9("rongmei_h1_site_video_hidden")
def rongmei_h1_site_video_hidden(story: Story) -> Wrapped:
    """A 融媒体 page: an h1 holding the site's name and the headline an h2, a video player's text, a 分享到 row of
    `<p>`s, 返回顶部 and a `hidden` login box inside the article's div."""
    rng = _rng(story, "rongmei_h1_video")
    place = rng.choice(PLACES)
    site = f"{place}融媒"
    when = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    info = _joined([f"来源：{escape(story.outlet)}" if story.outlet else "", when])
    player = f"您的浏览器不支持视频播放　00:00 / 0{rng.randrange(1, 5)}:{rng.randrange(10, 59)}"
    share = ["分享到：", "微信　朋友圈　微博　QQ空间"]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site}</title></head><body>
<header><h1 class="logo">{site}</h1><nav><a href="/">首页</a><a href="/xw/">新闻</a>
<a href="/sp/">视频</a></nav></header>
<div class="article"><h2 class="article-title">{headline_html(story)}</h2>
<p class="article-info">{info}</p>
<div class="video"><p>{player}</p></div>
{_paras(story.lines)}
{_same_class(share, "")}
<p class="gotop">返回顶部</p>
<div hidden><p>登录后参与评论</p><p>手机号　验证码　登录</p></div></div>
<footer>{site}　{_numbers(rng)[0]}</footer></body></html>"""
    furniture = (player, "微信朋友圈微博QQ空间", "返回顶部", "登录后参与评论", "手机号验证码登录")
    return Wrapped(html, furniture, f"https://www.example-rm9.cn/xw/{rng.randrange(10**7)}.html")


@unseen9("enterprise_h1_column_prevnext")
def enterprise_h1_column_prevnext(story: Story) -> Wrapped:
    """A 企业官网 news page: the column's name in an h1, the headline an h2 with a 发布时间/阅读量 line, 上一篇：
    and 下一篇： `<p>`s and a 网站纠错 link in the text's div, a `display:none` 二维码 box."""
    rng = _rng(story, "enterprise_h1")
    company = rng.choice(COMPANIES)
    news = _pick(rng, OTHER_NEWS, 2)
    views = f"阅读量：{rng.randrange(100, 5000)}"
    info = _joined(
        [
            f"发布时间：{story.published:%Y-%m-%d}" if story.published else "",
            f"来源：{escape(story.outlet)}" if story.outlet else "",
            views,
        ]
    )
    tail = [f"上一篇：{news[0]}", f"下一篇：{news[1]}", '<a href="#">网站纠错</a>']
    page_title = f"集团要闻 - {company}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{page_title}</title></head><body>
<div class="header"><img src="/logo.png" alt="{company}"><ul><li>集团概况</li><li>新闻中心</li>
<li>产业布局</li></ul></div>
<div class="content"><h1 class="lanmu">集团要闻</h1>
<h2 class="news-h">{headline_html(story)}</h2><p class="news-i">{info}</p>
<div class="news-c">{_paras(story.lines)}
{_same_class(tail, "")}</div>
<div class="qr" style="display:none"><img src="/qr.png"><p>扫码关注集团公众号</p></div></div>
<div class="footer">{company} 版权所有</div></body></html>"""
    furniture = (views, *news, "网站纠错", "扫码关注集团公众号", "集团概况新闻中心产业布局")
    return Wrapped(html, furniture, f"https://www.example-corp9.com/news/{rng.randrange(10**5)}.html")


DEV9, LOCKED9 = split_by_digest(UNSEEN9, "round 9/")
