"""Twelve text capture forms written blind (text round 1): before reading the text path, and fixed against by nobody.

Most raw captures are plain text: an article's text as a tool or a person copied it off a site, with that site's
furniture around it as lines of the text. Each form here wraps a labelled story into the text a kind of site and
copy tool gives, one the captures in corpus/ do not show, weighed toward the headline competing with lines that
look like one, furniture written as lines of the text, and outlets and dates in the forms real sites give them:

- a 微信 article copied from the PC client: a 原创 mark, the author and the account with 2021年01月09日 09:30 and
  a province run on one line, a 收录于合集 #tag line, then 预览时标签不可点, a 往期推荐 list of titles, 阅读原文,
  a 阅读 count and a 分享 收藏 点赞 在看 line after the text;
- a 今日头条 app share page copied: an 打开APP line over the headline, 2021-01-09 09:30·outlet run together with
  a middle dot, a 仅提供信息存储空间服务 statement, 举报/反馈, 相关推荐 titles each with an `outlet N评论` line;
- a browser's reader view copied: the site's domain line over the headline, the outlet alone on a byline, the date
  2021年1月9日 unpadded on its own line, a 预计阅读时间 line;
- a 政府公报 PDF through pdftotext: a 公报 running head with the page number at each page, form feeds, a ▲
  column line, the headline centred and wrapped over two lines when long, the text wrapped mid-sentence with no
  hyphen, the issuing outlet and the date right-aligned only at the end;
- a Word document of a speech saved as plain text by Notepad (GB18030 bytes, CRLF): 附件2 over the headline,
  （2021年1月9日） and （根据录音整理） under it, a labelled （来源：…） at the end, then a 此件公开发布 note and an
  印发 line dated the day after;
- a Discuz forum repost copied: the board's breadcrumb, 查看/回复 counters, the headline with a [转帖] tag, 复制链接,
  电梯直达 楼主, a user name, 发表于 2021-1-9 09:30:12 with 只看该作者 |倒序浏览 tools, （转自outlet） after the
  text, 回复 举报, and a 沙发 reply posted later that day;
- a search engine's cache, its text-only version copied: the cache notice with the snapshot's later date in GMT,
  完整版本 / 纯文字版本 / 查看源代码 and a Ctrl+F hint, then a 商务局 page: site name and its English name,
  navigation, a `>>` column path, 稿件来源:outlet  发布日期:2021/1/9  点击数:N with ASCII colons, 关闭窗口,
  版权所有 and ICP lines;
- an RSS item dumped as text: the channel's name and link over 标题：/链接：/作者：/发布时间： labelled lines, the
  time in RFC 822 English (Sat, 09 Jan 2021 09:30:00 +0800), a 分类 line, 正文：, then the next item's labelled
  title, link and earlier time;
- a 微博 long post copied: the account name, 21-1-9 09:30 来自 微博 weibo.com (a two-digit year), the headline in
  【】 run into the first paragraph after a #topic# tag, 收起全文d, O网页链接 and 转发/评论/赞 counters;
- a 香港 政府新聞公報-like release in Traditional script: 新聞公報 and English | 繁體 | 简体 | 列印此頁 over the
  headline, the date 2021年1月9日（星期六） and 香港時間9時30分 only after the text, 資料來源：outlet last, 返回頁首
  and 重要告示 | 私隱政策 lines;
- an e-paper's text export: the outlet, the issue's date with 星期 and 第A02版：要闻 on one line, 【版次】【版名】,
  【引题】 kicker, 【主题】 headline and 【副题】 subtitle lines, an 【作者】 credit, 【正文】, 本报讯 run into the
  first paragraph, 【字数】 and 【责任编辑】 after;
- a 政府信息公开 page's table copied: tab-separated cells, 索 引 号 / 主题分类 / 发布机构 / 生成日期 labels
  spaced with full-width spaces, the headline both after 名　　称： in the table and as a line of its own, a `>`
  catalogue path, 相关稿件 titles, 【打印】【关闭】 and a 主办 line with an address.

Every furniture string is listed with its form; lines that hold only the story's own headline, date, time or
outlet (with their labels) are the capture's metadata, listed only where a label is run into the headline. Where a
story names no outlet, the 微信 and 微博 forms show an invented account, as those captures always name one.

The split is fixed by a rule set before anything was scored: the six forms whose names have the smallest SHA-256
digests of "text round 1/" + name are `LOCKED_T1`, the other six `DEV_T1`; both are scored once, by the integrator.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterable

from layouts.families import OTHER_NEWS, PLACES, Layout, Story, Wrapped, _numbers, _pick, _rng, layout, split_by_digest

TEXT_FORMS1: dict[str, Layout] = {}
PEOPLE = ["佟立新", "欧阳晓岚", "栾志鹏", "冼嘉怡", "宓春生", "仝慧敏"]
WEEKDAYS = "一二三四五六日"


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS1)


def _text(lines: Iterable[str | None], newline: str = "\n") -> str:
    """The capture's lines, a None standing for a line the story leaves out (no headline, date or outlet)."""
    return newline.join(line for line in lines if line is not None)


def _moment(day: dt.date | None, rng: random.Random) -> dt.datetime | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(rng.randrange(7, 21), rng.randrange(60), rng.randrange(60)))


def _unpadded(day: dt.date) -> str:
    """2021年1月9日: month and day without leading zeros, as Chinese documents write a date."""
    return f"{day.year}年{day.month}月{day.day}日"


def _joined(parts: Iterable[str | None], gap: str) -> str | None:
    kept = [part for part in parts if part]
    return gap.join(kept) if kept else None


# ---------------------------------------------------------------- app and social copies


@text_form("wechat_pc_copy_original_tail")
def wechat_pc_copy_original_tail(story: Story) -> Wrapped:
    """A 公众号 article copied from the PC client: 原创, author, account, time and province on one line, a 合集 tag,
    and the reader's tail (预览时标签不可点, 往期推荐 titles, 阅读原文, 阅读 count, 分享 收藏 点赞 在看)."""
    rng = _rng(story, "wechat_pc_copy")
    place = rng.choice(PLACES)
    account = story.outlet or f"{place}微观察"
    author = rng.choice(PEOPLE)
    moment = _moment(story.published, rng)
    when = f"{moment:%Y年%m月%d日 %H:%M}" if moment else None
    province = rng.choice(["浙江", "安徽", "江苏", "湖北", "四川"])
    byline = _joined([f"原创 {author}", account, when, province], " ")
    collection = f"收录于合集 #{place[:2]}招商 {rng.randrange(5, 60)}个"
    news = _pick(rng, OTHER_NEWS, 3)
    reads = f"阅读 {rng.randrange(2, 9)}.{rng.randrange(10)}万"
    text = _text(
        [
            story.headline,
            "",
            byline,
            collection,
            "",
            *story.lines,
            "",
            "预览时标签不可点",
            "往期推荐",
            *news,
            "阅读原文",
            reads,
            "分享　收藏　点赞　在看",
        ]
    )
    furniture = (
        f"原创 {author}",
        collection,
        "预览时标签不可点",
        "往期推荐",
        *news,
        "阅读原文",
        reads,
        "分享收藏点赞在看",
    )
    return Wrapped(text, furniture, f"https://mp.weixin.qq.com/s/t1{rng.randrange(10**9)}", kind="text")


@text_form("toutiao_share_dot_dateline")
def toutiao_share_dot_dateline(story: Story) -> Wrapped:
    """A 今日头条 app share page copied: 打开APP over the headline, time·outlet run together, a storage statement,
    举报/反馈, and 相关推荐 titles each followed by its own outlet and comment count."""
    rng = _rng(story, "toutiao_share")
    moment = _moment(story.published, rng)
    dateline = _joined([f"{moment:%Y-%m-%d %H:%M}" if moment else None, story.outlet], "·")
    statement = "本文内容由作者上传发布，头条号仅提供信息存储空间服务。"
    related = []
    for title in _pick(rng, OTHER_NEWS, 3):
        related += [title, f"{rng.choice(PLACES)}融媒 {rng.randrange(2, 400)}评论 {rng.randrange(1, 9)}天前"]
    text = _text(
        [
            "打开今日头条APP，阅读体验更佳",
            story.headline,
            dateline,
            *story.lines,
            statement,
            "举报/反馈",
            "相关推荐",
            *related,
        ]
    )
    furniture = ("打开今日头条APP阅读体验更佳", statement, "举报/反馈", "相关推荐", *related)
    return Wrapped(text, furniture, f"https://m.toutiao.com/is/t1{rng.randrange(10**8)}/", kind="text")


@text_form("weibo_long_post_bracket_title")
def weibo_long_post_bracket_title(story: Story) -> Wrapped:
    """A 微博 long post copied: the account, a two-digit-year time 来自 微博 weibo.com, a #topic# tag and the
    headline in 【】 run into the first paragraph, 收起全文d, O网页链接 and 转发/评论/赞 counters."""
    rng = _rng(story, "weibo_long")
    place = rng.choice(PLACES)
    account = story.outlet or f"{place[:2]}发布"
    moment = _moment(story.published, rng)
    when = f"{moment:%y}-{moment.month}-{moment.day} {moment:%H:%M}" if moment else None
    source = "来自 微博 weibo.com"
    topic = f"#{place[:2]}招商进行时#"
    lines = list(story.lines)
    opening = f"{topic}【{story.headline}】" if story.headline else topic
    first = opening + (lines.pop(0) if lines else "")
    counters = f"转发 {rng.randrange(3, 90)}　　评论 {rng.randrange(3, 90)}　　赞 {rng.randrange(10, 900)}"
    text = _text([account, _joined([when, source], " "), first, *lines, "收起全文d", "O网页链接", counters])
    furniture = (source, topic, "收起全文d", "O网页链接", counters)
    return Wrapped(text, furniture, f"https://weibo.com/t1/{rng.randrange(10**9)}", kind="text")


@text_form("discuz_repost_floor_tools")
def discuz_repost_floor_tools(story: Story) -> Wrapped:
    """A Discuz forum repost copied: board breadcrumb, 查看/回复 counters, a [转帖] tag on the headline, 复制链接,
    电梯直达 楼主, 发表于 with the thread tools, （转自outlet） after the text, and a later 沙发 reply."""
    rng = _rng(story, "discuz_repost")
    place = rng.choice(PLACES)
    crumb = f"{place[:2]}论坛 › 论坛 › 本地新闻"
    counters = f"查看: {rng.randrange(300, 9000)}|回复: {rng.randrange(1, 30)}"
    poster, replier = rng.sample(["东江老马", "青山一叶", "临川阿杰", "南湖小编", "石城过客"], 2)
    moment = _moment(story.published, rng)
    posted = f"发表于 {moment.year}-{moment.month}-{moment.day} {moment:%H:%M:%S}" if moment else None
    tools = "| 只看该作者 |只看大图 |倒序浏览 |阅读模式"
    reply = rng.choice(["支持家乡发展，顶！", "转发学习，招商工作辛苦了。", "好消息，期待项目早日落地。"])
    replied = f"发表于 {moment.year}-{moment.month}-{moment.day} 22:{rng.randrange(10, 60)}:07" if moment else None
    text = _text(
        [
            crumb,
            counters,
            f"[转帖] {story.headline}" if story.headline else None,
            "[复制链接]",
            "电梯直达　楼主",
            poster,
            _joined([posted, tools], " "),
            *story.lines,
            f"（转自{story.outlet}）" if story.outlet else None,
            "回复 举报",
            f"{replier}　沙发",
            replied,
            reply,
            "返回列表　高级模式",
        ]
    )
    tagged = ["[转帖]"] if story.headline else []
    later = [replied] if replied else []
    furniture = (crumb, counters, *tagged, "[复制链接]", "电梯直达　楼主", poster, tools, "回复 举报")
    furniture += (f"{replier}　沙发", *later, reply, "返回列表　高级模式")
    return Wrapped(text, furniture, f"https://bbs.example-t1.cn/thread-{rng.randrange(10**6)}-1-1.html", kind="text")


# ---------------------------------------------------------------- browsers, caches and feeds


@text_form("reader_view_domain_readtime")
def reader_view_domain_readtime(story: Story) -> Wrapped:
    """A browser's reader view copied: the site's domain over the headline, the outlet alone as the byline, the
    date unpadded on a line of its own, and a 预计阅读时间 line."""
    rng = _rng(story, "reader_view")
    domain = f"www.example-t1-{rng.randrange(100, 999)}.gov.cn"
    minutes = max(1, sum(map(len, story.lines)) // 500)
    reading = f"预计阅读时间：{minutes}-{minutes + 1} 分钟"
    day = _unpadded(story.published) if story.published else None
    text = _text([domain, story.headline, story.outlet, day, reading, "", *story.lines])
    return Wrapped(text, (domain, reading), f"https://{domain}/art/{rng.randrange(10**6)}.html", kind="text")


@text_form("search_cache_text_only")
def search_cache_text_only(story: Story) -> Wrapped:
    """A search engine's cache in its text-only version copied: the cache notice with the snapshot's later GMT date,
    then a 商务局 page whose info line uses ASCII colons and 2021/1/9, and its 版权所有 and ICP lines."""
    rng = _rng(story, "search_cache")
    place = rng.choice(PLACES)
    url = f"http://swj.example-t1.gov.cn/art/{rng.randrange(10**6)}.html"
    taken = (story.published or dt.date(2021, 6, 1)) + dt.timedelta(days=rng.randrange(2, 40))
    notice = (
        f"这是 Google 对 {url} 的缓存。 这是该网页在 {_unpadded(taken)} {rng.randrange(10, 24)}:11:45 GMT 的快照。"
        " 当前页在此期间可能已经更改。 了解详情"
    )
    hint = "提示：要在此页面上快速找到您的搜索字词，请按 Ctrl+F 或者 ⌘-F（Mac），然后使用查找栏搜索。"
    navigation = "首页 | 机构概况 | 招商引资 | 政策法规 | 办事指南 | 互动交流"
    clicks = f"点击数:{rng.randrange(100, 5000)}"
    day = f"{story.published.year}/{story.published.month}/{story.published.day}" if story.published else None
    info = _joined(
        [f"稿件来源:{story.outlet}" if story.outlet else None, f"发布日期:{day}" if day else None, clicks], "  "
    )
    copyright_line = f"版权所有：{place}商务局　技术支持：{place[:2]}网络科技有限公司"
    icp = _numbers(rng)[0]
    text = _text(
        [
            notice,
            "完整版本　纯文字版本　查看源代码",
            hint,
            "",
            f"{place}商务局",
            "Bureau of Commerce",
            navigation,
            "招商引资 >> 招商动态",
            story.headline,
            info,
            *story.lines,
            "【关闭窗口】",
            copyright_line,
            icp,
        ]
    )
    furniture = (notice, "完整版本纯文字版本查看源代码", hint, f"{place}商务局", "Bureau of Commerce", navigation)
    furniture += ("招商引资 >> 招商动态", clicks, "关闭窗口", copyright_line, icp)
    return Wrapped(text, furniture, url, kind="text")


@text_form("rss_item_dump_rfc822")
def rss_item_dump_rfc822(story: Story) -> Wrapped:
    """An RSS item dumped as text: the channel over labelled 标题/链接/作者/发布时间 lines, the time in RFC 822, a
    分类 line, 正文：, then the next item's labelled title, link and earlier time."""
    rng = _rng(story, "rss_item")
    place = rng.choice(PLACES)
    channel = f"频道：{place[:2]}新闻网 · 招商动态"
    home = f"https://www.example-t1-rss.cn/{rng.randrange(100, 999)}/"
    moment = _moment(story.published, rng)
    when = f"{moment:%a, %d %b %Y %H:%M:%S} +0800" if moment else None
    link = f"链接：{home}{rng.randrange(10**6)}.html"
    earlier = moment - dt.timedelta(days=1, hours=3) if moment else dt.datetime(2021, 1, 1, 8)
    following = [
        f"标题：{rng.choice(OTHER_NEWS)}",
        f"链接：{home}{rng.randrange(10**6)}.html",
        f"发布时间：{earlier:%a, %d %b %Y %H:%M:%S} +0800",
    ]
    text = _text(
        [
            channel,
            home,
            "",
            f"标题：{story.headline}" if story.headline else None,
            link,
            f"作者：{story.outlet}" if story.outlet else None,
            f"发布时间：{when}" if when else None,
            "分类：招商引资",
            "正文：",
            *story.lines,
            "",
            *following,
        ]
    )
    titled = [f"标题：{story.headline}"] if story.headline else []
    furniture = (channel, home, *titled, link, "分类：招商引资 正文：", *following)
    return Wrapped(text, furniture, home, kind="text")


# ---------------------------------------------------------------- documents and editions


@text_form("gongbao_pdftotext_running_heads")
def gongbao_pdftotext_running_heads(story: Story) -> Wrapped:
    """A 政府公报 PDF through pdftotext: running heads with page numbers and form feeds, a ▲ column line, the
    headline centred and wrapped when long, lines wrapped mid-sentence, the outlet and date right-aligned at the end."""
    rng = _rng(story, "gongbao_pdf")
    place = rng.choice(PLACES)
    year, number = (story.published or dt.date(2021, 1, 1)).year, rng.randrange(1, 12)
    issue = f"{year}年第{number}期"
    first_page = rng.randrange(8, 60)
    body = [line for paragraph in story.lines for line in _wrapped("　　" + paragraph, 34)]
    heading = _wrapped(story.headline, 18) if story.headline else []
    margin = " " * 44
    signed = [margin + story.outlet if story.outlet else None]
    signed.append(margin + _unpadded(story.published) if story.published else None)
    lines: list[str | None] = ["▲ 政务信息摘编", "", *(f"{' ' * 16}{line}" for line in heading), "", *body, "", *signed]
    pages, heads = _paged(lines, 30, first_page, f"{place}人民政府公报", issue)
    return Wrapped(
        "\f".join(pages), ("政务信息摘编", *heads), f"http://www.example-t1.gov.cn/gb/{year}-{number}.pdf", kind="text"
    )


def _wrapped(paragraph: str, width: int) -> list[str]:
    """A paragraph broken every `width` characters, wherever that falls, as a PDF's lines are."""
    return [paragraph[start : start + width] for start in range(0, len(paragraph), width)] or [""]


def _paged(lines: list[str | None], per_page: int, first: int, gazette: str, issue: str) -> tuple[list[str], list[str]]:
    """The lines cut into pages, each opening with the 公报's running head: the page number outside, even pages
    with the gazette's name first, odd ones with the issue first."""
    pages, heads = [], []
    for index, start in enumerate(range(0, len(lines), per_page)):
        number = first + index
        head = f"·{number}·　{gazette}　{issue}" if number % 2 == 0 else f"{issue}　{gazette}　·{number}·"
        heads.append(head)
        pages.append(_text([head, "", *lines[start : start + per_page], ""]))
    return pages, heads


@text_form("word_speech_gb18030_crlf")
def word_speech_gb18030_crlf(story: Story) -> Wrapped:
    """A Word document of a speech saved by Notepad as GB18030 with CRLF: 附件2 over the headline, the date and
    （根据录音整理） under it, （来源：outlet） at the end, a 此件公开发布 note and an 印发 line dated a day later."""
    rng = _rng(story, "word_speech")
    place = rng.choice(PLACES)
    day = f"（{_unpadded(story.published)}）" if story.published else None
    printed = _unpadded(story.published + dt.timedelta(days=1)) + "印发" if story.published else "印发"
    office = f"{place}人民政府办公室　　　　　　　　{printed}"
    text = _text(
        [
            "附件2",
            "",
            story.headline,
            day,
            "（根据录音整理）",
            "",
            *("　　" + line for line in story.lines),
            "",
            f"（来源：{story.outlet}）" if story.outlet else None,
            "",
            "（此件公开发布）",
            office,
        ],
        newline="\r\n",
    )
    furniture = ("附件2", "根据录音整理", "此件公开发布", office)
    return Wrapped(text, furniture, f"http://www.example-t1.gov.cn/doc/{rng.randrange(10**6)}.txt", "gb18030", "text")


@text_form("epaper_text_export_tagged")
def epaper_text_export_tagged(story: Story) -> Wrapped:
    """An e-paper's text export: outlet, date with 星期 and 版 on one line, 【版次】【版名】, a 【引题】 kicker, the
    【主题】 headline, a 【副题】 subtitle, an 【作者】 credit, 本报讯 run into the first paragraph, 【字数】 and
    【责任编辑】."""
    rng = _rng(story, "epaper_export")
    page = f"A0{rng.randrange(1, 8)}"
    issue_day = f"{story.published:%Y年%m月%d日} 星期{WEEKDAYS[story.published.weekday()]}" if story.published else None
    masthead = _joined([story.outlet, issue_day, f"第{page}版：要闻"], " ")
    lead = "【引题】" + rng.choice(["奋力实现“十四五”良好开局", "项目为王　实干争先", "凝心聚力抓招商　全力以赴促发展"])
    subtitle = "【副题】" + rng.choice(
        ["——全域掀起招大引强新热潮", "——一批重大产业项目集中落地", "——以更优环境留住客商"]
    )
    credit = f"【作者】本报记者　{rng.choice(PEOPLE)}　通讯员　{rng.choice(PEOPLE)}"
    lines = list(story.lines)
    first = "本报讯　" + (lines.pop(0) if lines else "")
    count = f"【字数】{sum(map(len, story.lines))}"
    editor = f"【责任编辑】{rng.choice(PEOPLE)}"
    text = _text(
        [
            masthead,
            f"【版次】{page}　【版名】要闻",
            lead,
            f"【主题】{story.headline}" if story.headline else None,
            subtitle,
            credit,
            "【正文】",
            first,
            *lines,
            count,
            editor,
        ]
    )
    titled = [f"【主题】{story.headline}"] if story.headline else []
    furniture = (f"第{page}版：要闻", f"【版次】{page}　【版名】要闻", lead, *titled, subtitle, f"{credit} 【正文】")
    furniture += (count, editor)
    return Wrapped(text, furniture, f"http://epaper.example-t1.cn/html/{rng.randrange(10**6)}.htm", kind="text")


@text_form("xxgk_table_tab_copy")
def xxgk_table_tab_copy(story: Story) -> Wrapped:
    """A 政府信息公开 page's table copied: tab-separated cells, labels spaced with full-width spaces, the headline
    after 名　　称： and again on its own line, a `>` catalogue path, 相关稿件 titles, 【打印】【关闭】, a 主办 line."""
    rng = _rng(story, "xxgk_table")
    place = rng.choice(PLACES)
    agency = f"{place}发展和改革局"
    path = "信息公开目录 > 法定主动公开内容 > 工作动态"
    year = (story.published or dt.date(2021, 1, 1)).year
    index = f"索  引  号：\t{rng.randrange(10**10, 10**11)}/{year}-{rng.randrange(10**5)}\t主题分类：\t综合政务"
    issued = _joined(
        [
            f"发布机构：\t{story.outlet}" if story.outlet else None,
            f"生成日期：\t{story.published:%Y-%m-%d}" if story.published else None,
        ],
        "\t",
    )
    number = "文　　号：\t\t有 效 性：\t有效"
    related = _pick(rng, OTHER_NEWS, 2)
    address = f"地址：{place}人民路{rng.randrange(1, 300)}号　邮编：{rng.randrange(10**5, 10**6)}"
    host = f"主办：{place}人民政府办公室　{address}"
    text = _text(
        [
            f"{agency}　政府信息公开",
            path,
            index,
            issued,
            f"名　　称：\t{story.headline}" if story.headline else None,
            number,
            "",
            story.headline,
            *story.lines,
            "相关稿件：",
            *related,
            "【打印】【关闭】",
            host,
        ]
    )
    named = [f"名称：{story.headline}"] if story.headline else []
    furniture = (f"{agency}政府信息公开", path, index, *named, number, "相关稿件", *related, "【打印】【关闭】", host)
    return Wrapped(text, furniture, f"http://xxgk.example-t1.gov.cn/art/{rng.randrange(10**6)}.html", kind="text")


@text_form("hk_release_traditional_date_last")
def hk_release_traditional_date_last(story: Story) -> Wrapped:
    """A 香港 政府新聞公報-like release in Traditional script: 新聞公報 and a language and print bar over the headline,
    the date with （星期六） and 香港時間 only after the text, 資料來源：outlet last, 返回頁首 and 重要告示 lines."""
    rng = _rng(story, "hk_release")
    moment = _moment(story.published, rng)
    day = f"{_unpadded(moment.date())}（星期{WEEKDAYS[moment.weekday()]}）" if moment else None
    clock = f"香港時間{moment.hour}時{moment.minute:02d}分" if moment else None
    bar = "English | 繁體 | 简体 | 列印此頁 | 電郵此頁"
    text = _text(
        [
            "新聞公報",
            bar,
            "",
            story.headline,
            "",
            *story.lines,
            "",
            day,
            clock,
            f"資料來源：{story.outlet}" if story.outlet else None,
            "",
            "返回頁首",
            "重要告示 | 私隱政策 | 版權告示",
        ]
    )
    furniture = ("新聞公報", bar, "返回頁首", "重要告示 | 私隱政策 | 版權告示")
    return Wrapped(text, furniture, f"https://www.info.example-t1.hk/gia/{rng.randrange(10**6)}.htm", kind="text")


DEV_T1, LOCKED_T1 = split_by_digest(TEXT_FORMS1, "text round 1/", locked=6)
