"""Twelve more page layouts written blind (round 11): before reading the HTML reader, and fixed against by nobody.

Round 11 is a fresh measure of the reader's rules as they were fixed from the spent layouts of rounds 1 to 10: no
fix is written from its misses, DEV11's or LOCKED11's. Each layout is after a kind of Chinese page met in the wild
that the first ten rounds did not draw, weighed toward the headline competing with text that looks like one,
furniture written as the article's own paragraphs, and dates and outlets in the forms real sites give them:

- a 政务服务网 article page: the site's name an `<h1>` with its slogan, a 热门事项 list beside the article, the
  headline a div, 发布时间 and 信息来源 labelled without colons between `|`s with a 浏览量, a 好差评 rating and an
  在线咨询 | 投诉建议 | 纠错 line as the text's own `<p>`s, a `visibility:hidden` 扫码 caption;
- a 澳门 新闻局-like release in Traditional script: the bureau's name with its Portuguese one in the logo `<h1>`,
  a 新聞稿 · category line over an `<h2>` headline, the time shown 09/01/2021 09:30 (day first) in a `<time
  datetime>`, 消息來源：, 分享至 and 列印本頁, 相關新聞 titles, 最後更新 a later day-first date;
- a 台湾 縣政府 新聞稿 page: 民國 dates only on the page (發布日期：110-01-09, a later 更新日期), the Gregorian date,
  the publisher and the title only in DC.* `<meta>`s, `:::` access keys, an `<h2>` 新聞稿 over an `<h3>` headline,
  發布單位 and 點閱人次 as `<li>`s, 友善列印 / 回上一頁;
- a 腾讯新闻-like mirror: `window.DATA` holding the title, media and the whole time, the page showing 01/09 09:30
  with no year and the media an unlabelled link, a 免责声明 and 举报 as `<p class="one-p">`s like every paragraph,
  热点精选 titles after;
- a 领导之窗 page: a leader card (name `<h2>`, 职务, 工作分工 paragraph, 个人简历 / 工作分工 / 领导活动 tabs) before
  the `<h3>` headline, 【发布日期：…　来源：…】【字体：大 中 小】【打印】 as one bracketed run;
- a 政府公报 page: the 公报's name in a big bold div, 2021年第N期（总第M期） with a later 出版日期, a 本期目录
  holding the headline among other titles, the headline a `<span>` in a div, 发布日期：2021年1月9日 unpadded, a PDF
  note after the text;
- a 党报 e-paper 版面 view: an `enpproperty` comment holding the date and title, a 往期 `<select>` whose options are
  the issue's and earlier dates, a 本版新闻标题 list holding the headline among the page's other titles, an `<h3>` 引题,
  the `<h1>`, an `<h2>` 副题 and a ■ byline, the text in `<founder-content>`;
- a 工商联 page: a `<dl>` whose `<dt>`s are the column path and the headline in `<font face=黑体>`, the outlet and
  2021-1-9 unlabelled and run together with 阅读：, 文/ 图/ 编辑/ credits and 审稿｜终审 as the text's `<p>`s,
  【我要打印】【关闭本页】, a 商会名录;
- a 开发区管委会 site on a 建站 platform: `module` divs whose title texts are the zone's name and 新闻详情 before the
  headline div, 作者：the outlet, 发表时间：, 浏览 N 次, an 投资热线 line as the text's last `<p>` in the same inline
  style, 上一篇/下一篇, an 在线留言 form;
- a 县融媒体 app's H5 share page in 秀米-style `<section>`s with inline styles: a styled column kicker before the
  text, every paragraph a `<section><span>`, 编辑丨审核丨终审 and 出品 / 监制 credits and 精彩回顾 titles as the same
  `<section>`s, the outlet and 2021/01/09 unlabelled;
- a 政协 委员履职 page: a 委员 card (界别, 履职积分) marked `role=complementary` before the headline's
  `<strong>`, 时间：2021年1月9日 with 来源 and 阅读 in one line, a （…供稿） line, a 相关提案 title and 本文责编 as
  the text's `<p>`s;
- a 新闻客户端 H5 page rendered by Next.js: `__NEXT_DATA__` JSON holding the whole time, an editor and related
  titles, the page showing outlet · 01月09日 09:30 with no year, a 原创 statement and 阅读 count as the text's `<p>`s,
  猜你喜欢 titles and an empty comment box inside the `<article>`.

The split is fixed by a rule set before anything was scored: the six layouts whose names have the smallest SHA-256
digests of "round 11/" + name are `LOCKED11`, the other six `DEV11`; both are scored once, by the integrator.
"""

from __future__ import annotations

import datetime as dt
import json
import random
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
from layouts.unseen4 import _paras
from layouts.unseen10 import WEEKDAYS, _joined, _same_class

UNSEEN11: dict[str, Layout] = {}
PEOPLE = ["覃振华", "蓝秋月", "邝子谦", "侯雅琴", "阮文韬", "柯静怡"]
MACAU_NEWS = ["會展業界座談會順利舉行", "中小企業援助計劃接受申請", "新一期職業培訓課程開始報名"]


def unseen11(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN11)


def _day_first(day: dt.date | None, rng: random.Random) -> str:
    """09/01/2021 09:30: day before month, as sites under Portuguese usage print a moment."""
    return time_on_day(day, "%d/%m/%Y %H:%M", rng)


def _roc(day: dt.date | None) -> str:
    """110-01-09: the 民國 year, as 台湾 government sites print a date."""
    return f"{day.year - 1911}-{day:%m-%d}" if day else ""


def _unpadded(day: dt.date | None) -> str:
    """2021-1-9: month and day without their leading zeros."""
    return "-".join(str(part) for part in (day.year, day.month, day.day)) if day else ""


def _script_json(value: object) -> str:
    """JSON as a page's inline script holds it: `</` escaped so no string closes the script."""
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


# ---------------------------------------------------------------- government sites


@unseen11("zwfw_div_title_rating_paras")
def zwfw_div_title_rating_paras(story: Story) -> Wrapped:
    """A 政务服务网 article page: an `<h1>` site name with its slogan, a 热门事项 list, the headline a div, labels
    without colons between `|`s, a 好差评 rating and 在线咨询 | 投诉建议 | 纠错 as the text's own `<p>`s."""
    rng = _rng(story, "zwfw_div")
    place = rng.choice(PLACES)
    site = f"{place}政务服务网"
    views = f"浏览量 {rng.randrange(30, 5000)}"
    when = f"{story.published:%Y-%m-%d}" if story.published else ""
    source = escape(story.outlet) if story.outlet else ""
    info = "　|　".join(
        part for part in [f"发布时间 {when}" if when else "", f"信息来源 {source}" if source else "", views] if part
    )
    rating = [
        "本页面信息是否对您有帮助？",
        "★★★★★　非常满意　满意　基本满意　不满意　非常不满意",
        "在线咨询 | 投诉建议 | 纠错",
    ]
    scan = f"扫码用“{place[:2]}政务”APP办事"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{site}-新闻动态</title></head><body>
<header><div class="brand"><img src="/zwfw/logo.png" alt=""><h1>{site}</h1>
<span>一网通办　就近能办　异地可办</span></div>
<ul class="top-nav"><li>个人办事</li><li>法人办事</li><li>部门服务</li><li>好差评</li></ul></header>
<div class="crumb">首页 / 新闻动态 / 部门资讯</div>
<div class="zw-main"><aside class="hot"><h4>热门事项</h4><ul><li>企业设立登记</li><li>投资项目备案</li>
<li>施工许可证核发</li></ul></aside>
<div class="zw-article"><div class="art-tit">{headline_html(story)}</div>
<div class="art-info">{info}</div>
<div class="art-con">{_paras(story.lines)}
{_same_class(rating)}</div></div></div>
<div class="qr" style="visibility:hidden">{scan}</div>
<footer>主办：{place}人民政府办公室　运维：{place}大数据发展管理局　{_numbers(rng)[0]}</footer></body></html>"""
    furniture = (
        "一网通办就近能办异地可办",
        "个人办事法人办事",
        "热门事项",
        "施工许可证核发",
        views,
        "本页面信息是否对您有帮助",
        "非常满意满意基本满意",
        "在线咨询投诉建议纠错",
        scan,
        "大数据发展管理局",
    )
    return Wrapped(html, furniture, f"https://www.example-zwfw11.gov.cn/art/{rng.randrange(10**7)}.html")


@unseen11("macau_release_day_first_portuguese")
def macau_release_day_first_portuguese(story: Story) -> Wrapped:
    """A 澳门 新闻局-like release in Traditional script: the bureau's Chinese and Portuguese names in the logo
    `<h1>`, 新聞稿 · 經濟 over an `<h2>` headline, 09/01/2021 09:30 in a `<time datetime>`, 消息來源：, 分享至,
    列印本頁, 相關新聞 titles, 最後更新 a later day-first date."""
    rng = _rng(story, "macau_release")
    bureau = "濠江特區政府新聞局"
    shown = _day_first(story.published, rng)
    stamp = f'<time datetime="{story.published:%Y-%m-%d}T{shown[-5:]}:00+08:00">{shown}</time>' if shown else ""
    meta = _joined([stamp, f"<span>消息來源：{escape(story.outlet)}</span>" if story.outlet else ""])
    updated = _day_first(story.published + dt.timedelta(days=3), rng) if story.published else ""
    news = rng.sample(MACAU_NEWS, 2)
    html = f"""<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>新聞稿 - {bureau}</title>
</head><body>
<div class="lang"><a href="#">繁</a> | <a href="#">簡</a> | <a href="#">Português</a> | <a href="#">English</a></div>
<h1 class="logo"><img src="/img/gcs.svg" alt="">{bureau}<small>Gabinete de Comunicação Social</small></h1>
<main><div class="category">新聞稿 · 經濟</div>
<h2 class="news-headline">{headline_html(story)}</h2>
<div class="meta">{meta}</div>
<div class="body">{_paras(story.lines)}</div>
<div class="tools"><span>分享至：Facebook　微信　電郵</span>　<span>列印本頁</span></div>
<section class="related"><h3>相關新聞</h3><ul>{"".join(f"<li>{title}</li>" for title in news)}</ul></section>
{f'<div class="update">最後更新：{updated}</div>' if updated else ""}</main>
<footer>© {bureau}　私隱政策　使用條款</footer></body></html>"""
    furniture = ("Gabinete de Comunicação Social", "新聞稿經濟", "分享至", "列印本頁", "相關新聞", *news, "私隱政策")
    return Wrapped(html, furniture, f"https://www.example-gcs11.mo/detail/zh-hant/N21A{rng.randrange(10**4)}")


@unseen11("taiwan_roc_dates_dc_meta")
def taiwan_roc_dates_dc_meta(story: Story) -> Wrapped:
    """A 台湾 縣政府 新聞稿 page: 發布日期：110-01-09 and a later 更新日期 in 民國 years, the Gregorian date,
    publisher and title only in DC.* `<meta>`s, `:::` access keys, an `<h2>` 新聞稿 over an `<h3>` headline, 點閱人次,
    友善列印."""
    rng = _rng(story, "taiwan_roc")
    county = "嘉濱縣"
    publisher = escape(story.outlet) if story.outlet else f"{county}政府新聞處"
    views = f"點閱人次：{rng.randrange(50, 4000)}"
    later = story.published + dt.timedelta(days=rng.randrange(1, 6)) if story.published else None
    dc = [
        f'<meta name="DC.Title" content="{headline_html(story)}">',
        f'<meta name="DC.Publisher" content="{publisher}">',
        f'<meta name="DC.Date" content="{story.published:%Y-%m-%d}">' if story.published else "",
        '<meta name="DC.Subject" content="新聞稿">',
    ]
    info = [f"發布日期：{_roc(story.published)}" if story.published else "", f"發布單位：{publisher}"]
    info += [f"更新日期：{_roc(later)}" if later else "", views]
    html = f"""<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8">
<title>{county}政府全球資訊網-新聞稿</title>{"".join(dc)}</head><body>
<a href="#C" class="skip">跳到主要內容區塊</a>
<div class="header"><a accesskey="U" href="#U" title="上方功能區塊">:::</a>
<img src="/images/logo.png" alt="{county}政府">
<ul class="fn"><li>網站導覽</li><li>English</li><li>RSS</li></ul></div>
<div class="path">首頁 &gt; 新聞與公告 &gt; 新聞稿</div>
<a accesskey="C" name="C" href="#C" title="中央內容區塊">:::</a>
<h2 class="page-title">新聞稿</h2>
<div class="simple-text title"><h3>{headline_html(story)}</h3></div>
<ul class="info">{"".join(f"<li>{item}</li>" for item in info if item)}</ul>
<div class="essay">{_paras(story.lines)}</div>
<div class="function"><a href="#">友善列印</a> <a href="#">回上一頁</a></div>
<div class="footer">{county}政府 版權所有　服務時間：週一至週五 08:00-17:30</div></body></html>"""
    furniture = ("跳到主要內容區塊", "網站導覽", views, "友善列印", "回上一頁", "服務時間：週一至週五")
    return Wrapped(html, furniture, f"https://www.example-county11.gov.tw/News_Content.aspx?s={rng.randrange(10**5)}")


@unseen11("lingdao_card_bracket_run")
def lingdao_card_bracket_run(story: Story) -> Wrapped:
    """A 领导之窗 page: a leader card (an `<h2>` name, 职务, a 工作分工 paragraph, three tabs) before the `<h3>`
    headline, 【发布日期：…　来源：…】【字体：大 中 小】【打印】 as one bracketed run."""
    rng = _rng(story, "lingdao_card")
    place = rng.choice(PLACES)
    leader = rng.choice(PEOPLE)
    duty = "分管审计、机构编制工作，联系县投资促进中心。"
    when = f"{story.published:%Y-%m-%d}" if story.published else ""
    dated = _joined([f"发布日期：{when}" if when else "", f"来源：{escape(story.outlet)}" if story.outlet else ""])
    run = (f"【{dated}】" if dated else "") + "【字体：大 中 小】【打印】"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>领导之窗_{place}人民政府</title></head><body>
<div class="head"><img src="/images/banner.jpg" alt="{place}人民政府"></div>
<div class="crumb">当前位置：首页 &gt; 领导之窗 &gt; {leader}</div>
<div class="ldzc"><div class="ld-card"><img src="/ld/photo.jpg" alt="{leader}"><h2>{leader}</h2>
<p class="zw">县委副书记、县长</p><p class="fg">工作分工：{duty}</p>
<ul class="tabs"><li>个人简历</li><li>工作分工</li><li class="on">领导活动</li></ul></div>
<div class="ld-news"><h3 class="bt">{headline_html(story)}</h3>
<div class="xx">{run}</div>
<div class="nr">{_paras(story.lines)}</div></div></div>
<div class="foot">{place}人民政府办公室主办　{_numbers(rng)[1]}</div></body></html>"""
    furniture = (f"首页领导之窗{leader}", "县委副书记县长", duty, "个人简历工作分工领导活动", "字体大中小", "公网安备")
    return Wrapped(html, furniture, f"http://www.example-gov11.cn/ldzc/{rng.randrange(10**6)}.html")


@unseen11("gongbao_issue_toc_span_title")
def gongbao_issue_toc_span_title(story: Story) -> Wrapped:
    """A 政府公报 page: the 公报's name in a big bold div, its issue with a later 出版日期, a 本期目录 holding the
    headline among other titles, the headline a `<span>` in a div, 发布日期：2021年1月9日 unpadded, a PDF note."""
    rng = _rng(story, "gongbao_issue")
    place = rng.choice(PLACES)
    gazette = f"{place}人民政府公报"
    number = rng.randrange(1, 6)
    issue = f"{story.published.year}年第{number}期（总第{rng.randrange(200, 400)}期）" if story.published else ""
    printed = f"出版日期：{story.published + dt.timedelta(days=16):%Y-%m-%d}" if story.published else ""
    titles = _pick(rng, OTHER_NEWS, 3)
    entries = [*titles[:1], headline_html(story), *titles[1:]]
    toc = "".join(f"<li>{entry}</li>" for entry in entries if entry)
    dated = (
        f"发布日期：{story.published.year}年{story.published.month}月{story.published.day}日" if story.published else ""
    )
    pdf = "本文PDF版下载　原件扫描件请以纸质公报为准"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{gazette}</title></head><body>
<div class="gb-head"><div class="gb-name" style="font-size:30px;font-weight:bold">{gazette}</div>
<div class="gb-qi">{_joined([issue, printed])}</div></div>
<table class="gb"><tr><td class="ml" valign="top"><div class="ml-t">本期目录</div>
<div class="ml-lm">【政府文件】</div><ul>{toc}</ul></td>
<td class="wz" valign="top"><div class="gb-title"><span>{headline_html(story)}</span></div>
<div class="gb-fb">{dated}</div>
<div class="gb-zw">{_paras(story.lines)}</div>
<div class="gb-pdf">{pdf}</div></td></tr></table>
<div class="foot">{place}人民政府办公室编辑出版</div></body></html>"""
    furniture = ("本期目录", "政府文件", *titles, pdf, "办公室编辑出版")
    if story.published:
        furniture += (issue, printed)
    return Wrapped(html, furniture, f"http://www.example-gb11.gov.cn/zfgb/{rng.randrange(10**6)}.html")


@unseen11("zhengxie_member_card_strong_title")
def zhengxie_member_card_strong_title(story: Story) -> Wrapped:
    """A 政协 委员履职 page: a 委员 card (界别, 履职积分) with role=complementary before the headline's `<strong>`,
    时间 / 来源 / 阅读 on one line, a （…供稿） line, a 相关提案 title and 本文责编 as the text's `<p>`s."""
    rng = _rng(story, "zhengxie_member")
    place = rng.choice(PLACES)
    member, editor = rng.sample(PEOPLE, 2)
    score = f"履职积分：{rng.randrange(20, 120)}"
    when = f"{story.published.year}年{story.published.month}月{story.published.day}日" if story.published else ""
    reads = f"阅读：{rng.randrange(20, 2000)}次"
    info = _joined([f"时间：{when}" if when else "", f"来源：{escape(story.outlet)}" if story.outlet else "", reads])
    tail = [
        f"（{place}政协委员履职服务中心　供稿）",
        "相关提案：关于进一步优化园区配套服务的建议",
        f"本文责编：{editor}",
    ]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>委员履职-{place}政协</title></head><body>
<div class="hd"><img src="/zx/logo.png" alt="中国人民政治协商会议{place}委员会"><span>{place}政协</span></div>
<div class="crumb">首页 › 委员履职 › 履职风采</div>
<div class="lz"><div class="wy" role="complementary" aria-label="委员信息"><b>{member}</b>
<span>界别：经济界</span><span>{score}</span></div>
<div class="lz-art"><div class="lz-title"><strong>{headline_html(story)}</strong></div>
<div class="lz-info">{info}</div>
<div class="lz-text">{_paras(story.lines)}
{_same_class(tail)}</div></div></div>
<div class="ft">{place}政协办公室　{_numbers(rng)[0]}</div></body></html>"""
    furniture = ("履职风采", "界别：经济界", score, reads, *tail)
    return Wrapped(html, furniture, f"http://www.example-zx11.gov.cn/wylz/{rng.randrange(10**6)}.html")


# ---------------------------------------------------------------- newspapers, platforms and apps


@unseen11("tengxun_window_data_one_p")
def tengxun_window_data_one_p(story: Story) -> Wrapped:
    """A 腾讯新闻-like mirror: `window.DATA` holding title, media and the whole time, the page showing 01/09 09:30
    with no year, the media an unlabelled link, a 免责声明 and 举报 as `<p class="one-p">`s, 热点精选 after."""
    rng = _rng(story, "tengxun_data")
    portal = "企鹅新闻"
    moment = time_on_day(story.published, "%Y-%m-%d %H:%M:%S", rng)
    # Its article ids begin with the day they were published, as the site's own do.
    article_id = f"{story.published:%Y%m%d}A0{rng.randrange(10**5)}" if story.published else f"A0{rng.randrange(10**7)}"
    data = {"article_id": article_id, "title": story.headline or "", "media": story.outlet or "", "pubtime": moment}
    shown = f"{moment[5:7]}/{moment[8:10]} {moment[11:16]}" if moment else ""
    media = f'<a class="author" href="#">{escape(story.outlet)}</a>' if story.outlet else ""
    statement = f"免责声明：本内容来自{portal}平台创作者，不代表{portal}的观点和立场。"
    report = "举报/反馈"
    news = _pick(rng, OTHER_NEWS, 3)
    picks = "".join(f"<li>{title}<span>{rng.randrange(2, 90)}评</span></li>" for title in news)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story)}_{portal}</title>
<script>window.DATA = {_script_json(data)};</script></head><body>
<div class="qq-header"><span class="logo">{portal}</span><a href="#">下载{portal}客户端</a></div>
<div class="LEFT"><h1>{headline_html(story)}</h1>
<div class="media-info">{media}<span class="time">{shown}</span></div>
<div class="content-article">{_same_class([escape(line) for line in story.lines], "one-p")}
{_same_class([statement, report], "one-p")}</div>
<div class="rec"><h3>热点精选</h3><ul>{picks}</ul></div></div></body></html>"""
    furniture = (f"下载{portal}客户端", statement, report, "热点精选", *news)
    return Wrapped(html, furniture, f"https://new.example-qq11.com/rain/a/{article_id}")


@unseen11("dangbao_banmian_enp_title_list")
def dangbao_banmian_enp_title_list(story: Story) -> Wrapped:
    """A 党报 e-paper 版面 view: an `enpproperty` comment with the date and title, a 往期 `<select>` of the issue's
    and earlier dates, a 本版新闻标题 list holding the headline among others, an `<h3>` 引题 over the `<h1>` and an
    `<h2>` 副题, a ■ byline, the text in `<founder-content>`."""
    rng = _rng(story, "dangbao_banmian")
    paper = escape(story.outlet) if story.outlet else "北塘日报"
    kicker = "聚力“双招双引” 激活发展动能" if story.headline else ""
    deck = "我市一批重点产业项目集中开工观察" if story.headline else ""
    reporter, correspondent = rng.sample(PEOPLE, 2)
    byline = f"■本报记者　{reporter}　通讯员　{correspondent}"
    news = _pick(rng, OTHER_NEWS, 3)
    listed = [news[0], headline_html(story), *news[1:]]
    titles = "".join(f"<li>{title}</li>" for title in listed if title)
    day = story.published
    property_date = f"<date>{day:%Y-%m-%d}</date>" if day else "<date></date>"
    enp = f"<!--enpproperty <articleid>{rng.randrange(10**6)}</articleid>{property_date}<author></author>"
    enp += f"<title>{headline_html(story)}</title><nodename>第02版：综合</nodename>/enpproperty-->"
    issues = [day - dt.timedelta(days=back) for back in range(3)] if day else []
    options = "".join(f"<option>{issue:%Y-%m-%d}</option>" for issue in issues)
    bar = paper
    if day:
        bar += f"　{day.year}年{day.month}月{day.day}日　星期{WEEKDAYS[day.weekday()]}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{paper}数字报-第02版：综合</title></head><body>
{enp}
<div class="paper-bar">{bar}　<select name="history">{options}</select>　往期查阅</div>
<div class="bm-nav">第02版：综合　<a href="#">上一版</a>　<a href="#">下一版</a>　<a href="#">本版PDF</a></div>
<div class="bm"><img src="page02.jpg" usemap="#PagePicMap" alt=""><map name="PagePicMap">
<area shape="poly" coords="10,10,300,10,300,200" href="content_1.htm" title="{headline_html(story)}"></map></div>
<div class="title-list"><h4>本版新闻标题</h4><ul>{titles}</ul></div>
<div class="article"><h3 class="yt">{kicker}</h3><h1>{headline_html(story)}</h1><h2 class="ft">{deck}</h2>
<p class="author">{byline}</p>
<!--enpcontent--><founder-content>{_paras(story.lines)}</founder-content><!--/enpcontent--></div>
<div class="copyright">{paper}数字报刊平台　未经许可不得转载</div></body></html>"""
    furniture = ("往期查阅", "第02版：综合", "本版PDF", "本版新闻标题", *news, byline, "数字报刊平台")
    if story.headline:
        furniture += (kicker, deck)
    return Wrapped(html, furniture, f"http://epaper.example-db11.com/html/content_{rng.randrange(10**6)}.htm")


@unseen11("gongshanglian_dl_font_slash_credits")
def gongshanglian_dl_font_slash_credits(story: Story) -> Wrapped:
    """A 工商联 page: `<dt>`s holding the column path and the headline in `<font face=黑体>`, the outlet and
    2021-1-9 unlabelled run together with 阅读：, 文/ 图/ 编辑/ and 审稿｜终审 as the text's `<p>`s, a 商会名录."""
    rng = _rng(story, "gongshanglian_dl")
    place = rng.choice(PLACES)
    writer, photographer, editor, reviewer, final = rng.sample(PEOPLE, 5)
    reads = f"阅读：{rng.randrange(10, 3000)}"
    source = escape(story.outlet) if story.outlet else f"{place}工商联"
    line = _joined([source, _unpadded(story.published), f'<font color="red">{reads}</font>'], "　")
    credits = [f"文/{writer}　图/{photographer}　编辑/{editor}", f"审稿：{reviewer}｜终审：{final}"]
    chambers = [f"{place}温州商会", f"{place}福建商会", f"{place}青年企业家商会"]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{place}工商业联合会（总商会）</title></head><body>
<div class="top"><img src="/gsl/logo.png" alt="{place}工商联">
<p class="motto">促进非公有制经济健康发展和非公有制经济人士健康成长</p></div>
<div class="nav">首页 | 工商联概况 | 商会组织 | 会员服务 | 光彩事业</div>
<dl class="news-show"><dt class="lm">会员服务 &gt;&gt; 招商信息</dt>
<dt class="tit"><font face="黑体" size="4">{headline_html(story)}</font></dt>
<dd class="src">{line}</dd>
<dd class="txt">{_paras(story.lines)}
{_same_class(credits)}</dd>
<dd class="op">【我要打印】【关闭本页】</dd></dl>
<div class="side"><h5>商会名录</h5><ul>{"".join(f"<li>{name}</li>" for name in chambers)}</ul></div>
<div class="foot">{place}工商联版权所有　{_numbers(rng)[0]}</div></body></html>"""
    furniture = (
        "非公有制经济人士健康成长",
        "工商联概况",
        "光彩事业",
        reads,
        *credits,
        "我要打印",
        "关闭本页",
        "商会名录",
    )
    return Wrapped(
        html, furniture + tuple(chambers), f"http://www.example-gsl11.org.cn/show/{rng.randrange(10**5)}.html"
    )


@unseen11("kaifaqu_module_titles_hotline")
def kaifaqu_module_titles_hotline(story: Story) -> Wrapped:
    """A 开发区管委会 site on a 建站 platform: `module` divs titled with the zone's name and 新闻详情 before the
    headline div, 作者：the outlet, 发表时间：, 浏览 N 次, an 投资热线 line in the text's inline style, 在线留言."""
    rng = _rng(story, "kaifaqu_module")
    place = rng.choice(PLACES)
    zone = f"{place[:2]}高新技术产业开发区"
    author = f"<span>作者：{escape(story.outlet)}</span>" if story.outlet else ""
    when = time_on_day(story.published, "%Y-%m-%d %H:%M", rng)
    views = f"浏览 {rng.randrange(0, 900)} 次"
    info = _joined([author, f"<span>发表时间：{when}</span>" if when else "", f"<span>{views}</span>"])
    indent = ' style="text-indent:2em;line-height:2"'
    hotline = f"投资热线：0{rng.randrange(550, 990)}-{rng.randrange(10**6, 10**7)}　联系人：{rng.choice(PEOPLE)}"
    news = _pick(rng, OTHER_NEWS, 2)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>新闻详情 - {zone}管理委员会</title></head><body>
<div id="module2" class="form formStyle1"><div class="formBanner"><div class="titleText">{zone}</div></div></div>
<div id="module8" class="form formStyle5"><div class="formBanner"><div class="titleText">新闻详情</div></div>
<div class="formMiddle"><div class="newsDetail">
<div class="newsTitle" style="font-size:22px;font-weight:700">{headline_html(story)}</div>
<div class="newsInfo">{info}</div>
<div class="richContent">{_paras(story.lines, indent)}
<p{indent}>{hotline}</p></div>
<div class="newsPrevNext"><div>上一篇：<a href="#">{news[0]}</a></div><div>下一篇：<a href="#">{news[1]}</a></div></div>
</div></div></div>
<div id="module12" class="form"><div class="formBanner"><div class="titleText">在线留言</div></div>
<div class="formMiddle"><p>姓名</p><p>联系电话</p><p>留言内容</p><button>提交留言</button></div></div>
<div class="footer">©{zone}管理委员会　技术支持：云站宝　<a href="#">管理登录</a></div></body></html>"""
    furniture = (
        views,
        hotline,
        f"上一篇：{news[0]}",
        f"下一篇：{news[1]}",
        "在线留言",
        "提交留言",
        "云站宝",
        "管理登录",
    )
    return Wrapped(html, furniture, f"https://www.example-kfq11.cn/nd.jsp?id={rng.randrange(10**4)}")


@unseen11("rongmei_h5_xiumi_sections")
def rongmei_h5_xiumi_sections(story: Story) -> Wrapped:
    """A 县融媒体 app's H5 share page in 秀米-style `<section>`s: a styled column kicker before the text, every
    paragraph a `<section><span>`, 编辑丨审核丨终审, 出品 / 监制 and 精彩回顾 titles as the same `<section>`s."""
    rng = _rng(story, "rongmei_xiumi")
    place = rng.choice(PLACES)
    app = f"掌上{place[:2]}"
    centre = f"{place}融媒体中心"
    editor, reviewer, final, producer = rng.sample(PEOPLE, 4)
    kicker = "聚焦·项目攻坚"
    credits = f"编辑丨{editor}　审核丨{reviewer}　终审丨{final}"
    made = f"出品：{centre}　监制：{producer}"
    news = _pick(rng, OTHER_NEWS, 2)
    style = ' style="line-height:1.75em;text-indent:2em;margin-bottom:12px"'
    lines = [escape(line) for line in story.lines] + [credits, made, "精彩回顾", *news]
    sections = "\n".join(f'<section{style}><span style="font-size:15px">{line}</span></section>' for line in lines)
    day = f"<span>{story.published:%Y/%m/%d}</span>" if story.published else ""
    meta = _joined([f"<span>{escape(story.outlet)}</span>" if story.outlet else "", day])
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{app}</title></head><body>
<div class="download-bar">打开「{app}」，看更多本地新闻</div>
<div class="article"><div class="title">{headline_html(story)}</div>
<div class="info">{meta}</div>
<div class="rich_media" id="content">
<section style="margin:10px 0"><section style="display:inline-block;border-bottom:2px solid #c00">
<span style="font-size:16px;color:#c00">{kicker}</span></section></section>
{sections}</div>
<div class="comment-box">写评论，说说你的看法</div></div></body></html>"""
    furniture = ("看更多本地新闻", kicker, credits, made, "精彩回顾", *news, "写评论说说你的看法")
    return Wrapped(html, furniture, f"https://h5.example-rm11.cn/share/article/{rng.randrange(10**7)}")


@unseen11("xinwen_next_data_byline_dot")
def xinwen_next_data_byline_dot(story: Story) -> Wrapped:
    """A 新闻客户端 H5 page rendered by Next.js: `__NEXT_DATA__` holding the whole time, an editor and related
    titles, outlet · 01月09日 09:30 with no year, a 原创 statement and 阅读 count as the text's `<p>`s, 猜你喜欢."""
    rng = _rng(story, "xinwen_next")
    app = "东江观察"
    moment = time_on_day(story.published, "%Y-%m-%dT%H:%M:00+08:00", rng)
    editor = f"责任编辑：{rng.choice(PEOPLE)}"
    news = _pick(rng, OTHER_NEWS, 3)
    article = {"title": story.headline or "", "source": story.outlet or "", "publishTime": moment, "editor": editor}
    state = {"props": {"pageProps": {"article": {**article, "related": news}}}, "page": "/article/[id]"}
    shown = f"{moment[5:7]}月{moment[8:10]}日 {moment[11:16]}" if moment else ""
    byline = " · ".join(part for part in [escape(story.outlet or ""), shown] if part)
    statement = f"本文为{app}原创，转载请注明来源。"
    reads = f"阅读 {rng.randrange(1000, 90000)}"
    related = "".join(f'<div class="item">{title}</div>' for title in news)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{headline_html(story)} - {app}</title></head><body>
<div id="__next"><div class="topbar"><span class="app">{app}</span><a class="open" href="#">APP内打开</a></div>
<article><h1 class="headline">{headline_html(story)}</h1>
<div class="byline">{byline}</div>
<div class="article-body">{_paras(story.lines)}
{_same_class([statement, reads], "muted")}</div>
<div class="related"><div class="related-title">猜你喜欢</div>{related}</div>
<div class="comments">全部评论（0）　还没有评论，快来抢沙发吧</div></article></div>
<script id="__NEXT_DATA__" type="application/json">{_script_json(state)}</script></body></html>"""
    furniture = ("APP内打开", statement, reads, "猜你喜欢", *news, editor, "还没有评论快来抢沙发吧")
    return Wrapped(html, furniture, f"https://m.example-dj11.cn/article/{rng.randrange(10**8)}")


DEV11, LOCKED11 = split_by_digest(UNSEEN11, "round 11/", locked=6)
