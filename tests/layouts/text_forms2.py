"""Twelve text capture forms written blind (text round 2): the fresh measure of whether the text path's rules carry.

Written without reading the text path, its data or its tests, and never run through the parser by their author.
Each form wraps a labelled story into the plain text a kind of site or copy tool gives, none of them drawn in
text round 1, weighed toward a headline competing with lines that look like one, furniture written as lines of
the text, and dates and outlets in the forms real sites give them:

- a 县政府 门户 page copied from a phone's browser: the site's name and 手机版 over a `＞` crumb and a column
  name, the headline, 信息来源：outlet, 发布时间： and 访问量：N次 each on a line of its own, 【字体：大 中 小】,
  then 分享到 with the apps one per line, 上一条/下一条 titles, 返回顶部 and the bottom tab bar, one tab a line;
- a 人民网 local channel page copied: the channel's `>>` crumb and a series kicker over the headline, a ——
  subtitle under it, the date and time run together (2021年01月09日09:30) with 来源：outlet on one line,
  （责编：A、B） after the text, 分享让更多人看到, 热点推荐 titles and the 人民网 rights line;
- a 知乎专栏 article copied: 首发于 and the column's name over 写文章 and the headline, the author and a tagline,
  N 人赞同了该文章, 文章来源：outlet only after the text, 发布于 2021-01-09 09:30・IP 属地 run into one line, a
  tag, the vote and share row and 推荐阅读 titles each with its own vote count;
- a 百度文库 document's text: the library's name and crumb, the headline, a 文档格式/页数/浏览次数/上传日期 line
  whose upload date falls weeks later, — 本文档共M页　第N页 — marks between paragraphs, the issuing outlet and the
  unpadded date as the document's signature at its end, 还剩N页未读, download buttons, 文档贡献者 with a
  contributor and 贡献于 a later date, and 相关文档 titles ending in .doc/.pdf;
- an email newsletter saved as text: 发件人/收件人/时间/主题 headers, the send date days later, the subject
  holding the newsletter's name and issue run into the headline, 查看网页版, 本期导读 with the story's own
  headline among other items, a 【】 section label, （来源：outlet　date） after the text, and 退订 lines;
- a 钉钉 group notice copied: the group's name and member count, 群公告, the poster with a yearless later time,
  【转发】 run into the headline, a notice preface, 来源：outlet and 日期： at the end, 已读/未读 counts and
  确认收到/回复 buttons;
- a 知网 newspaper-database record copied: the site's bar and a database crumb, the headline, the authors and
  作者单位 (a 融媒体中心 that is not the outlet), 报纸：《outlet》 with 日期： and 版号： on one line, 关键词,
  分类号, DOI, 专辑/专题, the download and tools row, the full text under 全文阅读（HTML）, and 相关文献 titles;
- a 搜狐号 article copied: the headline, the account (the outlet) and a time with 发布于：a province, +关注 run into
  the account's 文章/总阅读 counters, the text, 返回搜狐，查看更多, an empty 责任编辑： line, the platform's
  statement, 阅读 (N), 投诉, and 作者最新文章 titles each with an earlier MM-DD time;
- an OCR of a newspaper clipping: a cut-off line of the neighbouring article at the top, a kicker, the headline
  broken over two lines when long, a 本报记者/通讯员 credit, paragraphs broken every 21 characters with stray
  marks at line ends, then at the bottom the outlet, the unpadded date with 星期, 版次/版名 and an editors' line;
- a 公众号 morning digest of several items: the account with a time, an 早安 digest title with the month and day,
  a 今日关注 label, the story as item one with ▌ before its headline and （来源：outlet） after, then 简讯 items
  numbered 02 and 03 each with a summary, an 编辑/审核/监制 line and a 在看 call;
- an IE page saved as .mht, its text taken out as UTF-16 with CRLF: From/Subject/Date/MIME-Version/Content-Type/
  X-MimeOLE/Content-Location headers, the Subject being the headline and the site's name after a hyphen, the
  Date the (later) save day; then a 投资促进局 page of the 2000s: spaced-out navigation, a 当前位置 crumb, the
  headline, a bracketed 作者：佚名 来源：outlet 更新时间：2021-1-9 点击数：N info line, and a browser-advice footer;
- a Taiwan 縣政府 縣府新聞 page in Traditional script: ::: access-key marks, a `>` crumb, 字級 and share tools,
  the headline, 發布日期 in the Republic calendar (110-01-09), 發布單位：outlet, 點閱次數, the text, a 新聞聯絡人
  line, 更新日期 later in the Republic calendar, 回上一頁/回頂端, and the 縣政府's address and browser lines.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels) are the capture's metadata and are not listed. Where a story names no outlet, the 搜狐号 and 公众号
forms show an invented account, as those captures always name one.

The split is fixed by a rule set before anything was scored: the six forms whose names have the smallest SHA-256
digests of "text round 2/" + name are `LOCKED_T2`, the other six `DEV_T2`; both are scored by the integrator only.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterable

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest

TEXT_FORMS2: dict[str, Layout] = {}
NAMES = ["蒯立军", "伍思琪", "蔺宏伟", "籍晓雯", "鄢国庆", "隗春燕", "覃浩然", "聂雨桐"]
WEEKDAY = "一二三四五六日"
# Titles of other items a capture lists (related, next, digest, neighbouring): none is about the story.
ELSEWHERE = [
    "全县冬春季农田水利建设现场推进会召开",
    "我县启动城乡环境卫生整洁行动百日攻坚",
    "区妇联开展“巾帼心向党”主题宣讲活动",
    "关于开展2021年度全民健身运动会报名的通知",
    "市图书馆分馆建设实现乡镇全覆盖",
    "县气象台发布寒潮蓝色预警信号",
    "人社局开展根治欠薪冬季专项行动",
    "全区中小学校开展消防安全疏散演练",
    "卫健委组织开展基层医生能力提升培训",
    "城管执法局集中整治占道经营行为",
    "供销社助力农产品产销对接见实效",
    "文旅局发布春节假期文化惠民活动安排",
]


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS2)


def _lines(lines: Iterable[str | None], newline: str = "\n") -> str:
    """The capture's text; a None stands for a line the story leaves out (no headline, date or outlet)."""
    return newline.join(line for line in lines if line is not None)


def _at(day: dt.date | None, rng: random.Random, earliest: int = 7) -> dt.datetime | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(rng.randrange(earliest, 21), rng.randrange(60), rng.randrange(60)))


def _plain_day(day: dt.date) -> str:
    """2021年1月9日: Chinese documents write month and day without a leading zero."""
    return f"{day.year}年{day.month}月{day.day}日"


def _later(day: dt.date | None, rng: random.Random, low: int, high: int) -> dt.date:
    """A day after the story's (a save, upload or send day), for the dates a capture shows that are not its own."""
    return (day or dt.date(2021, 3, 1)) + dt.timedelta(days=rng.randrange(low, high))


def _joined(parts: Iterable[str | None], gap: str) -> str | None:
    kept = [part for part in parts if part]
    return gap.join(kept) if kept else None


def _titles(rng: random.Random, count: int) -> list[str]:
    return rng.sample(ELSEWHERE, count)


def _chunks(text: str, width: int) -> list[str]:
    return [text[start : start + width] for start in range(0, len(text), width)] or [""]


# ---------------------------------------------------------------- government sites on a phone, and Taiwan


@text_form("county_mobile_tabbar_visits")
def county_mobile_tabbar_visits(story: Story) -> Wrapped:
    """A 县政府 门户 page copied from a phone's browser: site name and 手机版, a crumb, the column, the headline,
    信息来源/发布时间/访问量 each on its own line, 分享到 with one app a line, 上一条/下一条, 返回顶部, the tab bar."""
    rng = _rng(story, "county_mobile")
    place = rng.choice(PLACES)
    site = f"{place}人民政府门户网站"
    column = rng.choice(["部门传真", "乡镇快讯", "政务动态"])
    crumb = f"首页＞新闻中心＞{column}"
    moment = _at(story.published, rng)
    visits = f"访问量：{rng.randrange(40, 6000)}次"
    before, after = _titles(rng, 2)
    tabs = ["首页", "政务公开", "政务服务", "政民互动", "走进" + place[:2]]
    text = _lines(
        [
            site,
            "手机版",
            crumb,
            column,
            story.headline,
            f"信息来源：{story.outlet}" if story.outlet else None,
            f"发布时间：{moment:%Y-%m-%d %H:%M}" if moment else None,
            visits,
            "【字体：大 中 小】",
            *story.lines,
            "分享到：",
            "微信",
            "朋友圈",
            "QQ",
            "微博",
            f"上一条：{before}",
            f"下一条：{after}",
            "返回顶部",
            *tabs,
        ]
    )
    furniture = (site, "手机版", crumb, column, visits, "字体：大中小", "分享到：微信朋友圈QQ微博")
    furniture += (f"上一条：{before}", f"下一条：{after}", "返回顶部", "".join(tabs))
    return Wrapped(text, furniture, f"http://m.example-t2-xian.gov.cn/art/{rng.randrange(10**6)}.html", kind="text")


@text_form("taiwan_county_news_roc_date")
def taiwan_county_news_roc_date(story: Story) -> Wrapped:
    """A Taiwan 縣府新聞 page in Traditional script: ::: marks, a crumb, 字級 and share tools, the headline, 發布日期
    in the Republic calendar, 發布單位, 點閱次數, the text, 新聞聯絡人, a later 更新日期, 回上一頁/回頂端, address."""
    rng = _rng(story, "taiwan_county")
    county = rng.choice(["宜蘭縣政府", "苗栗縣政府", "嘉義縣政府", "屏東縣政府", "臺東縣政府"])
    crumb = "首頁 > 新聞與公告 > 縣府新聞"
    tools = "字級：小 中 大｜友善列印｜分享至Facebook｜分享至LINE"
    views = f"點閱次數：{rng.randrange(30, 3000)}"
    day = story.published
    issued = f"發布日期：{day.year - 1911}-{day:%m-%d}" if day else None
    updated = _later(day, rng, 1, 9)
    update = f"更新日期：{updated.year - 1911}-{updated:%m-%d}"
    contact = f"新聞聯絡人：{rng.choice(NAMES)}科長　電話：0{rng.randrange(2, 9)}-{rng.randrange(10**6, 10**7)}"
    address = f"{county}　地址：{rng.randrange(100, 999)}{county[:3]}中正路{rng.randrange(1, 200)}號　總機：1999"
    browser = "本網站建議使用Chrome、Edge、Firefox最新版本瀏覽，最佳解析度1920x1080"
    text = _lines(
        [
            ":::",
            county,
            f":::{crumb}",
            tools,
            story.headline,
            issued,
            f"發布單位：{story.outlet}" if story.outlet else None,
            views,
            "",
            *story.lines,
            "",
            contact,
            update,
            "回上一頁　回頂端",
            ":::",
            address,
            browser,
        ]
    )
    furniture = (county, crumb, tools, views, contact, update, "回上一頁回頂端", address, browser)
    return Wrapped(
        text, furniture, f"https://www.example-t2.gov.tw/News_Content.aspx?n={rng.randrange(10**5)}", kind="text"
    )


# ---------------------------------------------------------------- news sites and platforms


@text_form("people_channel_zebian_share")
def people_channel_zebian_share(story: Story) -> Wrapped:
    """A 人民网 local channel page copied: a `>>` crumb and a series kicker over the headline, a subtitle, date and
    time run together with 来源 on one line, （责编：A、B）, 分享让更多人看到, 热点推荐 titles and the rights line."""
    rng = _rng(story, "people_channel")
    province = rng.choice(["浙江", "安徽", "江西", "湖南", "广西"])
    crumb = f"人民网>>{province}频道>>市县动态"
    kicker = f"“项目攻坚年”系列报道之{rng.choice('二三四五六')}"
    subtitle = rng.choice(["——来自招商一线的蹲点报告", "——记者走进重点项目建设现场"])
    moment = _at(story.published, rng)
    when = f"{moment:%Y年%m月%d日%H:%M}" if moment else None
    dateline = _joined([when, f"来源：{story.outlet}" if story.outlet else None], "  ")
    editors = rng.sample(NAMES, 2)
    credit = f"（责编：{editors[0]}、{editors[1]}）"
    hot = _titles(rng, 3)
    rights = "人民网版权所有，未经书面授权禁止使用"
    text = _lines(
        [
            crumb,
            kicker,
            story.headline,
            subtitle,
            dateline,
            "分享到：",
            "",
            *story.lines,
            "",
            credit,
            "分享让更多人看到",
            "热点推荐",
            *hot,
            rights,
        ]
    )
    furniture = (crumb, kicker, subtitle, "分享到", credit, "分享让更多人看到", "热点推荐", *hot, rights)
    return Wrapped(
        text, furniture, f"http://{province}.example-t2-people.cn/n2/2021/{rng.randrange(10**6)}.html", kind="text"
    )


@text_form("sohu_hao_empty_editor")
def sohu_hao_empty_editor(story: Story) -> Wrapped:
    """A 搜狐号 article copied: headline, the account with a time and 发布于：province, +关注 and counters, the text,
    返回搜狐，查看更多, an empty 责任编辑：, the platform statement, 阅读 (N), 投诉, 作者最新文章 with MM-DD times."""
    rng = _rng(story, "sohu_hao")
    place = rng.choice(PLACES)
    account = story.outlet or f"{place[:2]}观察家"
    moment = _at(story.published, rng)
    province = f"发布于：{rng.choice(['浙江省', '江西省', '湖北省', '河南省'])}"
    counters = f"+关注　文章 {rng.randrange(100, 4000)}　总阅读 {rng.randrange(2, 90)}万"
    statement = "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。"
    reads = f"阅读 ({rng.randrange(80, 9000)})"
    latest = []
    for back, title in enumerate(_titles(rng, 3), start=1):
        earlier = (moment or dt.datetime(2021, 3, 1, 9)) - dt.timedelta(days=back, hours=rng.randrange(1, 9))
        latest += [title, f"{earlier:%m-%d %H:%M}"]
    text = _lines(
        [
            story.headline,
            _joined([account, f"{moment:%Y-%m-%d %H:%M}" if moment else None, province], " "),
            counters,
            "",
            *story.lines,
            "返回搜狐，查看更多",
            "责任编辑：",
            statement,
            reads,
            "投诉",
            "作者最新文章",
            *latest,
        ]
    )
    invented = [] if story.outlet else [account]
    furniture = (*invented, province, counters, "返回搜狐，查看更多", "责任编辑：", statement, reads)
    furniture += ("投诉", "作者最新文章", *latest)
    return Wrapped(
        text, furniture, f"https://www.example-t2-sohu.com/a/{rng.randrange(10**8)}_{rng.randrange(10**5)}", kind="text"
    )


@text_form("zhihu_column_ip_source_last")
def zhihu_column_ip_source_last(story: Story) -> Wrapped:
    """A 知乎专栏 article copied: 首发于 and the column over 写文章, the headline, author and tagline, a 赞同 count,
    the text, 文章来源 only after it, 发布于 with IP 属地 on one line, a tag, the vote row and 推荐阅读 titles."""
    rng = _rng(story, "zhihu_column")
    column = rng.choice(["县域招商手记", "园区运营那些事", "产业落地观察"])
    author = rng.choice(NAMES)
    tagline = rng.choice(["园区运营｜产业研究", "十年招商老兵，关注县域经济", "产业咨询从业者"])
    agreed = f"{rng.randrange(3, 400)} 人赞同了该文章"
    moment = _at(story.published, rng)
    ip = f"IP 属地{rng.choice(['浙江', '江苏', '广东', '四川'])}"
    posted = f"发布于 {moment:%Y-%m-%d %H:%M}・{ip}" if moment else f"发布于・{ip}"
    tag = rng.choice(["区域经济观察", "园区运营手记", "地方发展研究"])
    votes = f"赞同 {rng.randrange(3, 400)}\u200b"
    comment = f"{rng.randrange(2, 60)} 条评论"
    recommended = []
    for title in _titles(rng, 2):
        recommended += [title, f"{rng.randrange(2, 900)} 赞同 · {rng.randrange(0, 80)} 评论 文章"]
    text = _lines(
        [
            "首发于",
            column,
            "写文章",
            story.headline,
            author,
            tagline,
            agreed,
            *story.lines,
            f"文章来源：{story.outlet}" if story.outlet else None,
            posted,
            tag,
            votes,
            comment,
            "分享",
            "喜欢",
            "收藏",
            "申请转载",
            "推荐阅读",
            *recommended,
        ]
    )
    furniture = (f"首发于{column}写文章", author, tagline, agreed, ip, tag, votes, comment)
    furniture += ("分享喜欢收藏申请转载", "推荐阅读", *recommended)
    return Wrapped(text, furniture, f"https://zhuanlan.example-t2-zhihu.com/p/{rng.randrange(10**8)}", kind="text")


# ---------------------------------------------------------------- documents, databases and scans


@text_form("wenku_doc_page_marks")
def wenku_doc_page_marks(story: Story) -> Wrapped:
    """A 百度文库 document's text: the library and a crumb, the headline, a format line with a later upload date,
    page marks between paragraphs, outlet and date signed at the end, 还剩N页未读, download buttons, the contributor
    with a later 贡献于 date, and 相关文档 titles."""
    rng = _rng(story, "wenku_doc")
    per_page = rng.randrange(3, 6)
    body = list(story.lines)
    total = max(1, -(-len(body) // per_page))
    uploaded = dt.datetime.combine(_later(story.published, rng, 20, 200), dt.time(rng.randrange(8, 23), 12, 8))
    facts = (
        f"文档格式：.doc | 页数：{total} | 浏览次数：{rng.randrange(50, 3000)} | 上传日期：{uploaded:%Y-%m-%d %H:%M:%S}"
    )
    crumb = "百度文库 > 实用文档 > 工作汇报"
    paged: list[str] = []
    marks = []
    for page, start in enumerate(range(0, len(body), per_page), start=1):
        paged += body[start : start + per_page]
        mark = f"— 本文档共{total}页　第{page}页 —"
        marks.append(mark)
        paged.append(mark)
    unread = f"还剩{max(1, total - 1)}页未读，继续阅读"
    contributor = rng.choice(["招商小能手", "政务资料库2020", "laoli_wendang"])
    contributed = f"贡献于{uploaded:%Y-%m-%d}"
    related = [f"{title}.{rng.choice(['doc', 'docx', 'pdf'])}" for title in _titles(rng, 3)]
    text = _lines(
        [
            "百度文库",
            crumb,
            story.headline,
            facts,
            "",
            *paged,
            story.outlet,
            _plain_day(story.published) if story.published else None,
            unread,
            "下载文档　VIP免费下载　举报",
            "文档贡献者",
            contributor,
            contributed,
            "相关文档",
            *related,
        ]
    )
    furniture = ("百度文库", crumb, facts, *marks, unread, "下载文档VIP免费下载举报", "文档贡献者", contributor)
    furniture += (contributed, "相关文档", *related)
    return Wrapped(text, furniture, f"https://wenku.example-t2.com/view/{rng.randrange(16**12):x}.html", kind="text")


@text_form("cnki_newspaper_record_doi")
def cnki_newspaper_record_doi(story: Story) -> Wrapped:
    """A 知网 newspaper-database record copied: the bar and a crumb, the headline, authors and a 作者单位 that is not
    the outlet, 报纸/日期/版号 on one line, 关键词, 分类号, DOI, 专辑/专题, the tools row, 全文阅读, 相关文献 titles."""
    rng = _rng(story, "cnki_record")
    place = rng.choice(PLACES)
    bar = "手机知网 | 知网首页 | 高级检索 | 出版物检索"
    crumb = "中国重要报纸全文数据库 > 经济与管理科学 > 投资"
    authors = "；".join(rng.sample(NAMES, 2))
    unit = f"作者单位：{place}融媒体中心"
    page = f"版号：第{rng.randrange(1, 12):03d}版"
    info = _joined(
        [
            f"报纸：《{story.outlet}》" if story.outlet else None,
            f"日期：{story.published:%Y-%m-%d}" if story.published else None,
            page,
        ],
        "　",
    )
    keywords = f"关键词：{rng.choice(['项目签约；产业链', '营商环境；重大项目', '产业集群；签约落地'])}；县域发展"
    year = (story.published or dt.date(2021, 1, 1)).year
    paper = rng.choice(["qsrb", "dfrb", "jxrb"])
    doi = f"DOI：10.{rng.randrange(28000, 29000)}/n.cnki.n{paper}.{year}.{rng.randrange(10**6):06d}"
    kinds = "专辑：经济与管理科学　专题：投资　分类号：F127"
    tools = "在线阅读　CAJ下载　PDF下载　引用　收藏　分享　打印"
    related = _titles(rng, 2)
    text = _lines(
        [
            bar,
            crumb,
            story.headline,
            authors,
            unit,
            info,
            keywords,
            doi,
            kinds,
            tools,
            "全文阅读（HTML）",
            *story.lines,
            "相关文献",
            *(f"[报纸] {title}" for title in related),
        ]
    )
    furniture = (bar, crumb, authors, unit, page, keywords, doi, kinds, tools, "全文阅读（HTML）", "相关文献", *related)
    return Wrapped(
        text, furniture, f"https://kns.example-t2-cnki.net/kcms/detail/{rng.randrange(10**9)}.html", kind="text"
    )


@text_form("ocr_clipping_banci_bottom")
def ocr_clipping_banci_bottom(story: Story) -> Wrapped:
    """An OCR of a newspaper clipping: a neighbour's cut line at the top, a kicker, the headline broken when long,
    a credit, paragraphs broken every 21 characters with stray marks, and outlet, date, 版次 and editors at the
    bottom."""
    rng = _rng(story, "ocr_clipping")
    torn = rng.choice(["工作人员正在对辖区燃气管道进行巡", "学生们在老师带领下认真观看展"])
    kicker = rng.choice(["真抓实干开新局　奋勇争先谱新篇", "聚焦项目建设　激活发展引擎"])
    heading = story.headline or ""
    broken = [heading[: len(heading) // 2], heading[len(heading) // 2 :]] if len(heading) > 14 else [heading]
    reporter, correspondent = rng.sample(NAMES, 2)
    credit = f"本报记者　{reporter}　通讯员　{correspondent}"
    body = []
    for paragraph in story.lines:
        for line in _chunks("  " + paragraph, 21):
            body.append(line + rng.choice(["", "", "", " '", " ·", "、"]))
    day = story.published
    dated = f"{_plain_day(day)}　星期{WEEKDAY[day.weekday()]}" if day else None
    page = f"版次：A{rng.randrange(2, 9)}　版名：综合新闻"
    editors = f"责任编辑　{rng.choice(NAMES)}　美编　{rng.choice(NAMES)}　校对　{rng.choice(NAMES)}"
    text = _lines(
        [
            torn,
            "",
            kicker,
            *(broken if story.headline else []),
            credit,
            *body,
            "",
            _joined([story.outlet, dated], "　"),
            page,
            editors,
        ]
    )
    return Wrapped(
        text, (torn, kicker, credit, page, editors), f"file:///scan/clipping-{rng.randrange(10**5)}.txt", kind="text"
    )


# ---------------------------------------------------------------- mail, notices and digests


@text_form("newsletter_mail_headers_unsubscribe")
def newsletter_mail_headers_unsubscribe(story: Story) -> Wrapped:
    """An email newsletter saved as text: mail headers with a later send time and the headline in the subject,
    查看网页版, 本期导读 with the story among other items, a section label, （来源 date） at the end, 退订 lines."""
    rng = _rng(story, "newsletter_mail")
    place = rng.choice(PLACES)
    letter = f"{place[:2]}投资促进简报"
    issue = f"第{rng.randrange(5, 120)}期"
    sent = dt.datetime.combine(_later(story.published, rng, 1, 6), dt.time(8, rng.randrange(60)))
    sender = f"发件人：{letter} <news@example-t2-invest.cn>"
    receiver = "收件人：订阅用户"
    time_line = f"时间：{_plain_day(sent.date())}(星期{WEEKDAY[sent.weekday()]}) 上午{sent:%H:%M}"
    subject = f"主题：{letter}{issue}｜"
    others = _titles(rng, 2)
    view = "邮件显示不正常？点此查看网页版"
    section = rng.choice(["【招商快讯】", "【项目动态】"])
    source = _joined([story.outlet, _plain_day(story.published) if story.published else None], "　")
    unsubscribe = f"您收到此邮件是因为订阅了{letter}。如不想再收到，请点击退订。"
    text = _lines(
        [
            sender,
            receiver,
            time_line,
            f"{subject}{story.headline or ''}",
            "",
            view,
            f"{letter}　{issue}",
            "本期导读",
            f"· {story.headline}" if story.headline else None,
            *(f"· {title}" for title in others),
            "",
            section,
            story.headline,
            *story.lines,
            f"（来源：{source}）" if source else None,
            "",
            "【政策速递】",
            others[0],
            "阅读全文>>",
            "",
            unsubscribe,
            "退订 | 管理订阅 | 联系我们",
            "本邮件由系统自动发送，请勿直接回复。",
        ]
    )
    furniture = (sender, receiver, time_line, subject, view, f"{letter}　{issue}", "本期导读", *others, section)
    furniture += (
        "【政策速递】",
        "阅读全文",
        unsubscribe,
        "退订 | 管理订阅 | 联系我们",
        "本邮件由系统自动发送，请勿直接回复",
    )
    return Wrapped(text, furniture, f"https://mail.example-t2-invest.cn/view/{rng.randrange(10**7)}", kind="text")


@text_form("dingtalk_notice_forward_receipt")
def dingtalk_notice_forward_receipt(story: Story) -> Wrapped:
    """A 钉钉 group notice copied: group and member count, 群公告, the poster with a yearless later time, 【转发】 on
    the headline, a preface, 来源/日期 at the end, 已读/未读 counts and the 确认收到 and 回复 buttons."""
    rng = _rng(story, "dingtalk_notice")
    place = rng.choice(PLACES)
    group = f"{place}招商服务工作群({rng.randrange(12, 90)})"
    posted = _later(story.published, rng, 1, 4)
    poster = (
        f"{rng.choice(NAMES)}　发布于 {posted.month}月{posted.day}日 {rng.randrange(8, 11):02d}:{rng.randrange(60):02d}"
    )
    preface = "各位同事：现将以下报道转发给大家，请结合本单位工作认真学习，抓好落实。"
    receipt = f"已读 {rng.randrange(10, 60)}　未读 {rng.randrange(1, 12)}"
    text = _lines(
        [
            group,
            "群公告",
            poster,
            f"【转发】{story.headline}" if story.headline else "【转发】",
            preface,
            *story.lines,
            f"来源：{story.outlet}" if story.outlet else None,
            f"日期：{story.published:%Y-%m-%d}" if story.published else None,
            receipt,
            "确认收到　回复",
        ]
    )
    furniture = (group, "群公告", poster, "【转发】", preface, receipt, "确认收到　回复")
    return Wrapped(text, furniture, f"https://h5.example-t2-ding.com/notice/{rng.randrange(10**9)}", kind="text")


@text_form("gzh_morning_digest_items")
def gzh_morning_digest_items(story: Story) -> Wrapped:
    """A 公众号 morning digest of several items: account and time, an 早安 title with month and day, 今日关注, the
    story as item one with ▌ and （来源：outlet）, 简讯 items 02 and 03 with summaries, editors, a 在看 call."""
    rng = _rng(story, "gzh_digest")
    place = rng.choice(PLACES)
    account = f"{place[:2]}发布"
    day = story.published
    stamp = f"{account}　{day:%Y-%m-%d} 06:{rng.randrange(10, 59)}" if day else account
    title = (
        f"早安，{place[:2]}｜{day.month}月{day.day}日 星期{WEEKDAY[day.weekday()]}"
        if day
        else f"早安，{place[:2]}｜今日要闻"
    )
    items = _titles(rng, 2)
    summaries = [
        rng.choice(["记者从有关部门获悉，相关工作已全面展开。", "活动吸引了众多群众参与。"]),
        rng.choice(["详细安排见文末。", "目前各项准备工作已基本就绪。"]),
    ]
    staff = f"编辑：{rng.choice(NAMES)}　审核：{rng.choice(NAMES)}　监制：{rng.choice(NAMES)}"
    call = "点个“在看”，让更多人知道家乡事"
    text = _lines(
        [
            stamp,
            title,
            "今日关注",
            f"▌{story.headline}" if story.headline else None,
            *story.lines,
            f"（来源：{story.outlet}）" if story.outlet else None,
            "简讯",
            f"02　{items[0]}",
            summaries[0],
            f"03　{items[1]}",
            summaries[1],
            staff,
            call,
        ]
    )
    furniture = (account, title, "今日关注", "简讯", *items, *summaries, staff, call)
    return Wrapped(text, furniture, f"https://mp.example-t2-weixin.qq.com/s/{rng.randrange(10**9)}", kind="text")


# ---------------------------------------------------------------- saved pages


@text_form("ie_mht_header_utf16")
def ie_mht_header_utf16(story: Story) -> Wrapped:
    """An IE page saved as .mht, its text taken out as UTF-16 with CRLF: MIME headers (the Subject the headline and
    site, the Date the later save day), then a 投资促进局 page: spaced navigation, a crumb, the headline, a bracketed
    info line with 更新时间, and a browser-advice footer."""
    rng = _rng(story, "ie_mht")
    place = rng.choice(PLACES)
    site = f"{place}投资促进局"
    url = f"http://www.example-t2-tzcj.gov.cn/news/ShowArticle.asp?ArticleID={rng.randrange(10**4)}"
    saved = dt.datetime.combine(_later(story.published, rng, 30, 400), dt.time(rng.randrange(8, 18), 4, 51))
    headers = [
        "From: <由 Windows Internet Explorer 8 保存>",
        f"Subject: {story.headline}-{site}" if story.headline else f"Subject: {site}",
        f"Date: {saved:%a, %d %b %Y %H:%M:%S} +0800",
        "MIME-Version: 1.0",
        'Content-Type: multipart/related; type="text/html"; boundary="----=_NextPart_000_0000_01D6E6B2.2C1F7A50"',
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.17514",
        "",
        f"Content-Location: {url}",
    ]
    navigation = "首　页 | 机构设置 | 投资环境 | 招商项目 | 政策法规 | 联系我们"
    crumb = "当前位置：首页 >> 投资资讯 >> 工作动态"
    clicks = f"点击数：{rng.randrange(20, 3000)}"
    day = story.published
    info = _joined(
        [
            "作者：佚名",
            f"来源：{story.outlet}" if story.outlet else None,
            f"更新时间：{day.year}-{day.month}-{day.day}" if day else None,
            clicks,
        ],
        "　",
    )
    footer = f"Copyright © 2008 {site} 版权所有　建议使用IE6.0以上浏览器，1024×768分辨率浏览"
    text = _lines(
        [*headers, "", site, navigation, crumb, story.headline, f"【{info}】", *story.lines, "【关闭本页】", footer],
        newline="\r\n",
    )
    # The Subject line is the page's <title>: the headline, and the site's name after it.
    furniture = (headers[0], f"-{site}", *headers[2:6], f"Content-Location: {url}", navigation, crumb)
    furniture += ("作者：佚名", clicks, "关闭本页", footer)
    return Wrapped(text, furniture, url, "utf-16", "text")


DEV_T2, LOCKED_T2 = split_by_digest(TEXT_FORMS2, "text round 2/", locked=6)
