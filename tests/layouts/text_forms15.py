"""Twelve text capture forms written blind (text round 15): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of site, app, reading tool, office system
or messaging tool gives, none of them drawn in text rounds 1 to 14, weighed toward what generalises: select-all
copies of whole pages of kinds of government sites and news apps not yet drawn (a 乡镇's sub-site on its county's
集约化 platform, a ministry's 地方动态 page reposting a province's item, a provincial client's 号 article, a phone
maker's browser feed), with their menus, crumbs, info lines, share bars, related lists and footers; copies from
reading tools (a PC browser's immersive reader, a phone browser's novel-like reading mode, an RSS reader's article
pane, a read-later app's Markdown export); saved texts from office and messaging tools (a OneNote page with its
later stamp and 粘贴自 line, a webmail's read page, a government DingTalk's 工作通知, a Feishu group's monitoring
bot card); and toward stories that show no headline (each form then shows what it would show without one: the
page's title, a card's placeholder, a subject or a note title of its own, or nothing):

- a county page read in a PC browser's immersive reader (Edge-like 沉浸式阅读器), select-all copied and saved by
  Notepad (UTF-8, CRLF): maybe the reader's toolbar (大声朗读, 文本首选项, 语法工具, 阅读偏好) one button a line, the
  site's address with the reading time, the headline (or the page's title, the column and the site, when the page
  shows none), the info line the reader keeps (发布时间 and 来源), the paragraphs, and the 责任编辑 line it keeps;
- a county page in a phone browser's reading mode (a novel-like 阅读模式, Quark-like), select-all copied (UTF-8):
  阅读模式 with 退出, the chapter's title (the headline, or the page's title), the day the mode keeps, the
  paragraphs, — 本章完 —, 上一章/目录/下一章, the mode's settings (夜间, 字号, 背景, 翻页) and the 转码 note with the
  page's address;
- an RSS reader's web app (Inoreader-like) select-all copied (UTF-8): the app's bar, the side column (全部文章 with
  its count, 已加星标, 稍后阅读, folders and feeds with unread counts), the feed's name with 篇未读 and 全部标记为已读,
  the article list of other titles with relative times, the headline (or （无标题）), the feed and the item's time
  (or a later 抓取于 time where the feed gives none), 访问网站 with 翻译 and 朗读, 来源 where the item holds it, the
  paragraphs, the action row and 下一篇;
- a read-later app's card exported as Markdown (Cubox-like, UTF-8): # the headline (or the page's title), a quote
  with 原文链接, a later 收藏于 time, the folder and tags, a rule, the page's 发布时间 and 来源 as kept, the
  paragraphs between blank lines, a rule, ## 高亮与批注 with one highlighted sentence of the story and a note, and
  the export's line;
- a OneNote page copied whole and saved as Unicode text (UTF-16 with a BOM, CRLF): the page's title (the headline,
  a note title of its own, or none), the page's later day and time, maybe a to-do line, the pasted page (the
  headline where the title is not it, 发布时间 and 来源, the paragraphs), and 粘贴自 <the address>, or a screen
  clipping's 屏幕剪辑的捕获时间 with a later time;
- a webmail's read page (QQ邮箱-like) select-all copied (UTF-8): the account's bar, the mail menu one item a line
  with the folders, the mail's tools, the subject (转发： the headline, or a subject of its own), 发件人/时间 (a later
  day with 星期 and 上午/下午)/收件人, the sender's note, the headline, 来源 and the day, the paragraphs, the
  signature, the quick-reply box and the rights line;
- a government DingTalk's (浙政钉-like) 工作通知 copied on the PC and saved by Notepad (UTF-8, CRLF): 工作通知 with
  the office and a yearless later time, the notice's own title in 【】, the salutation and the request with a later
  deadline, 附：, the headline, （来源 and the day）, the paragraphs, the office's signature over a later day, and
  查看详情, 已读/未读, 回复 and DING;
- a 乡镇's sub-site on its county's 集约化 platform select-all copied (UTF-8): the platform's bar (进入县政府门户,
  部门网站, 乡镇（街道）网站), the town's name with 欢迎您, its menu, the side columns copied before the article (镇领导
  with their posts and names, 栏目导航), 您的位置, the headline, 作者/来源/发布时间/点击 on one line, the
  paragraphs, 【打印】【关闭】, 上一篇/下一篇, and the footer (主办 the town, 承办 the county's office, the address,
  ICP and 公网安备, 网站标识码);
- a ministry's 地方动态 page reposting a province's item (商务部-like), select-all copied and saved by Notepad (GB18030,
  CRLF): the ministry's names in Chinese and English, the top links, the menu, 当前位置, the headline, the time with
  seconds and 文章来源 on one line, 类型：转载 with the font and print tools, the paragraphs, 【责任编辑】, 相关稿件
  titles, and the footer (主办/承办, 网站标识码, ICP and 公网安备, the browser advice);
- a provincial news client's 号 article (南方+-like, here 江南+ and 江南号) select-all copied on a phone (UTF-8):
  the client's bar with 打开APP, the headline, the account (the outlet, or a 发布 account, listed) with 江南号 and
  +关注, the time, the reads with the font buttons, the paragraphs, the platform's statement, 编辑/审核, the like
  and share row, 相关推荐 titles each with an account and 评论, and the open-the-client call;
- a phone maker's browser news feed's detail page (华为/小米 browser-like 资讯) select-all copied (UTF-8): the
  address bar's 搜索或输入网址, the headline, the account (the outlet, or a 发布 account, listed) with the time
  (full, or yearless as feeds show a day of the current year), + 关注 with 粉丝, the paragraphs, the feed's
  statement, 举报 with 阅读, 相关推荐 titles each with a source and 评, and the bottom bar (写评论, 收藏, 分享);
- a Feishu group's messages copied on the PC (UTF-8): a member's question with a later time, the monitoring bot's
  name with 机器人 and the time, the card (监测到新文章 with the site, 标题 with the headline or a placeholder, 来源 and
  发布时间 or 未识别, 命中关键词, 正文), the paragraphs, 查看原文 | 标记已读 | 转发到群, and members' replies.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels, or with markup: a Markdown heading, a card's field name, a subject's 转发：, （来源 …）) are the capture's
metadata and are not listed, nor are lines that hold the headline, the date or the outlet among other words (an info
line with 作者 or 点击 beside them, a feed's name with the item's time, an account with its time). A counter, a
credit or an account beside them on such a line is listed apart. A block of short lines (headers, a menu, a list, a
table of fields, runs of tools or chat lines) is listed as one string: squashed, it is one run of the text.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 15/" + name are `LOCKED_T15`, the other six `DEV_T15`. Round 15 is sealed: not scored when
written, to be scored once, both halves, at the end of the text path's next change.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import _after, _capture, _crlf, _moment, _numbers, _run, _token, _unpadded

TEXT_FORMS15: dict[str, Layout] = {}
NAMES = [
    "曹瑞林",
    "柏晓燕",
    "穆振华",
    "甘秀英",
    "卜国栋",
    "蒙雪梅",
    "阎立新",
    "沙春霞",
    "井文涛",
    "巫美玲",
    "苗永福",
    "伍佩珊",
]
TOWNS = ["城关镇", "桥头镇", "白沙镇", "新塘镇", "柳溪镇", "石门镇", "金竹乡", "杨林镇"]
# Titles of other items a capture lists (other pages, other feed items, other recommendations): none is about the
# story.
OTHERS = [
    "县自然资源局开展耕地保护专项督查",
    "全县秋季学校食堂食品安全检查启动",
    "镇卫生院开展老年人免费健康体检",
    "县气象局发布秋季森林防火气象提示",
    "社区举办消防安全知识进万家活动",
    "县文旅局组织非遗传承人技艺展示",
    "全县农村公路养护工作现场会召开",
    "县人社局举办秋季就业援助月招聘会",
    "街道开展文明养犬宣传劝导活动",
    "县图书馆新增自助借还书设备投入使用",
]
XINGQI = "一二三四五六日"


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS15)


def _host(rng: random.Random) -> str:
    return f"www.{_token(rng, 4)}example-t15.gov.cn"


def _page_address(host: str, day: dt.date | None, doc: int, column: str = "zwdt/gzdt") -> str:
    if day is None:
        return f"http://{host}/{column}/{doc}.html"
    return f"http://{host}/{column}/{day:%Y%m}/t{day:%Y%m%d}_{doc}.html"


def _info(story: Story, moment: dt.datetime | None, gap: str = "　", timed: bool = False) -> str | None:
    """The info line a page prints and a reader keeps: 发布时间 and 来源, where the story states them."""
    when = None
    if story.published:
        when = f"发布时间：{moment:%Y-%m-%d %H:%M}" if timed and moment else f"发布时间：{story.published:%Y-%m-%d}"
    return _run([when, f"来源：{story.outlet}" if story.outlet else None], gap)


def _clock(moment: dt.datetime) -> str:
    """A time as a Chinese webmail prints it: 上午 or 下午 and the hour on a twelve-hour clock."""
    half = "上午" if moment.hour < 12 else "下午"
    return f"{half}{moment.hour % 12 or 12}:{moment.minute:02d}"


# ---------------------------------------------------------------- reading tools


@text_form("edge_immersive_reader_toolbar_crlf")
def edge_immersive_reader_toolbar_crlf(story: Story) -> Wrapped:
    """A county page in a PC browser's immersive reader (Edge-like), select-all copied and saved by Notepad (UTF-8,
    CRLF): maybe the toolbar, the address with the reading time, the headline (or the page's title), the kept info
    line, the paragraphs and the kept 责任编辑 line."""
    rng = _rng(story, "edge_immersive_reader_toolbar_crlf")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    host = _host(rng)
    column = rng.choice(["政务动态", "部门动态", "招商引资"])
    toolbar = "大声朗读\n文本首选项\n语法工具\n阅读偏好" if rng.random() < 0.5 else None
    minutes = max(1, sum(len(line) for line in story.lines) // 400)
    where = f"{host}\n{minutes} 分钟"
    title = story.headline or f"{column}_{site}"
    moment = _moment(story.published, rng)
    info = _info(story, moment, rng.choice(["　", "  "]), timed=rng.random() < 0.5)
    editor = f"（责任编辑：{rng.choice(NAMES)}）" if rng.random() < 0.6 else None
    blocks: list[tuple[str | None, bool]] = [
        (toolbar, True),
        (where, True),
        (title, not story.headline),
        (info, False),
        *((line, False) for line in story.lines),
        (editor, True),
    ]
    text, furniture = _capture(blocks)
    doc = rng.randrange(10**5, 10**6)
    return Wrapped(
        _crlf(text) + "\r\n",
        furniture,
        "read://" + _page_address(host, story.published, doc),
        kind="text",
    )


@text_form("quark_reading_mode_chapter_bar")
def quark_reading_mode_chapter_bar(story: Story) -> Wrapped:
    """A county page in a phone browser's novel-like reading mode (Quark-like), select-all copied (UTF-8): 阅读模式
    with 退出, the chapter's title (the headline, or the page's title), the day, the paragraphs, — 本章完 —, the
    chapter bar, the settings and the 转码 note."""
    rng = _rng(story, "quark_reading_mode_chapter_bar")
    place = rng.choice(PLACES)
    site = f"{place}人民政府网"
    host = _host(rng)
    doc = rng.randrange(10**5, 10**6)
    address = _page_address(host, story.published, doc)
    top = "阅读模式\n退出"
    title = story.headline or f"{rng.choice(['工作动态', '乡镇动态', '政务要闻'])}-{site}"
    day = _run(
        [f"{story.published:%Y-%m-%d}" if story.published else None, story.outlet if rng.random() < 0.5 else None],
        "  ",
    )
    tail = "\n".join(
        [
            "— 本章完 —",
            "上一章\n目录\n下一章",
            "夜间\n字号\n背景\n翻页",
            f"已为您开启阅读模式，内容转码自 {address}",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (top, True),
        (title, not story.headline),
        (day, False),
        *((line, False) for line in story.lines),
        (tail, True),
    ]
    text, furniture = _capture(blocks)
    return Wrapped(text + "\n", furniture, address, kind="text")


@text_form("inoreader_feed_pane_article_copy")
def inoreader_feed_pane_article_copy(story: Story) -> Wrapped:
    """An RSS reader's web app (Inoreader-like) select-all copied (UTF-8): the bar, the side column, the feed's
    name and counts, other items with relative times, the headline (or （无标题）), the feed with the item's time
    (or a later 抓取于 time), 访问网站, 来源, the paragraphs, the actions and 下一篇."""
    rng = _rng(story, "inoreader_feed_pane_article_copy")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    feed = f"{site} - {rng.choice(['工作动态', '招商引资', '政务要闻'])}"
    other_feed = f"{rng.choice([p for p in PLACES if p != place])}融媒体中心"
    unread = rng.randrange(3, 60)
    bar = "\n".join(["拾阅 RSS", "搜索文章", "+ 添加订阅", "升级专业版"])
    side = "\n".join(
        [
            "首页",
            f"全部文章 {rng.randrange(300, 3000):,}",
            "已加星标",
            "稍后阅读",
            "文件夹",
            f"政务 {unread + rng.randrange(10, 90)}",
            f"{site} {unread}",
            f"{other_feed} {rng.randrange(1, 40)}",
            "招商 · 行业",
            f"投资快讯 {rng.randrange(1, 99)}",
        ]
    )
    head = f"{feed}\n{unread} 篇未读\n全部标记为已读"
    listed = rng.sample(OTHERS, 3)
    items = "\n".join(f"{title}\n{rng.randrange(2, 23)} 小时前" for title in listed)
    title = story.headline or "（无标题）"
    moment = _moment(story.published, rng)
    if moment:
        byline = f"{feed} · {moment:%Y年%m月%d日 %H:%M}"
        fetched = None
    else:
        byline = None
        fetched = f"{feed} · 抓取于 {_after(None, rng, 0, 400):%Y年%m月%d日 %H:%M}"
    source = f"来源：{story.outlet}" if story.outlet else None
    actions = "\n".join(
        [
            "标记为未读　加星标　稍后阅读　分享　在浏览器中打开",
            f"下一篇：{rng.choice([t for t in OTHERS if t not in listed])}",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (bar + "\n" + side + "\n" + head + "\n" + items, True),
        (title, not story.headline),
        (byline, False),
        (fetched, True),
        ("访问网站　|　翻译　|　朗读", True),
        (source, False),
        *((line, False) for line in story.lines),
        (actions, True),
    ]
    text, furniture = _capture(blocks)
    # The feed's name beside the item's time is the reader's: listed apart.
    extra = (feed,) if byline else ()
    return Wrapped(
        text + "\n",
        (*furniture, *extra),
        f"https://www.{_token(rng, 5)}example-t15.com/article/{_token(rng, 12, '0123456789abcdef')}",
        kind="text",
    )


@text_form("cubox_read_later_markdown_highlights")
def cubox_read_later_markdown_highlights(story: Story) -> Wrapped:
    """A read-later app's card exported as Markdown (Cubox-like, UTF-8): # the headline (or the page's title), a
    quote with 原文链接, a later 收藏于, the folder and tags, the kept info line, the paragraphs between blank lines,
    ## 高亮与批注 with a highlighted sentence and a note, and the export's line."""
    rng = _rng(story, "cubox_read_later_markdown_highlights")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    host = _host(rng)
    doc = rng.randrange(10**5, 10**6)
    address = _page_address(host, story.published, doc)
    heading = f"# {story.headline}" if story.headline else f"# {rng.choice(['工作动态', '招商动态'])} - {site}"
    saved = _after(story.published, rng, 0, 30)
    meta = "\n".join(
        [
            f"> 原文链接：[{host}]({address})",
            f"> 收藏于 {saved:%Y-%m-%d %H:%M}　文件夹：招商资料　标签：#招商引资 #{place[:2]}",
        ]
    )
    info = _info(story, _moment(story.published, rng))
    # The highlight is a sentence of the story's own (not furniture); the note on it is the reader's.
    longest = max(story.lines, key=len, default="")
    sentence = re.split(r"(?<=[。！？])", longest)[0]
    note = rng.choice(
        [
            "批注：这组数据可以写进本月招商工作简报。",
            "批注：做法值得借鉴，下次调度会上提一下。",
            "批注：和我县情况类似，可对标学习。",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (heading, not story.headline),
        (meta, True),
        ("---", True),
        (info, False),
        *((line, False) for line in story.lines),
        ("---", True),
        (f"## 高亮与批注（{rng.randrange(1, 4)}）", True),
        (f"> {sentence}", False),
        (note, True),
        (f"*由 Cubox 导出于 {saved + dt.timedelta(days=rng.randrange(1, 60)):%Y-%m-%d}*", True),
    ]
    text, furniture = _capture(blocks, "\n\n")
    return Wrapped(text + "\n", furniture, f"file:///Users/{_token(rng, 5)}/Documents/Cubox/{doc}.md", kind="text")


# ---------------------------------------------------------------- office and messaging tools


@text_form("onenote_pasted_from_clip_stamp")
def onenote_pasted_from_clip_stamp(story: Story) -> Wrapped:
    """A OneNote page copied whole and saved as Unicode text (UTF-16 with a BOM, CRLF): the page's title, its later
    day and time, maybe a to-do, the pasted page (the headline, 发布时间 and 来源, the paragraphs), and 粘贴自 <the
    address> or a screen clipping's 屏幕剪辑的捕获时间."""
    rng = _rng(story, "onenote_pasted_from_clip_stamp")
    host = _host(rng)
    doc = rng.randrange(10**5, 10**6)
    address = _page_address(host, story.published, doc)
    made = _after(story.published, rng, 0, 20)
    style = rng.choice(["headline", "own", "none"]) if story.headline else rng.choice(["own", "none"])
    if style == "headline":
        title: str | None = story.headline
    elif style == "own":
        title = rng.choice(["招商信息素材", "周报素材-外地经验", "学习摘录"])
    else:
        title = None
    stamp = f"{_unpadded(made.date())}\n{made:%H:%M}"
    todo = rng.choice([None, "□ 摘要报县招商办", "□ 整理进月度信息汇编"])
    info = _info(story, _moment(story.published, rng))
    if rng.random() < 0.6:
        closing = f"粘贴自 <{address}>"
    else:
        clipped = made + dt.timedelta(minutes=rng.randrange(1, 50))
        closing = f"屏幕剪辑的捕获时间: {clipped.year}/{clipped.month}/{clipped.day} {clipped:%H:%M}"
    blocks: list[tuple[str | None, bool]] = [
        (title if title is not None else "", style == "own"),
        (stamp, True),
        (todo, True),
        ("" if style != "headline" else None, False),
        (story.headline if style != "headline" else None, False),
        (info, False),
        *((line, False) for line in story.lines),
        ("", False),
        (closing, True),
    ]
    text, furniture = _capture(blocks)
    return Wrapped(
        _crlf(text) + "\r\n",
        furniture,
        f"file:///C:/Users/Administrator/Desktop/{made:%m%d}笔记.txt",
        encoding="utf-16",
        kind="text",
    )


@text_form("qqmail_web_read_quick_reply")
def qqmail_web_read_quick_reply(story: Story) -> Wrapped:
    """A webmail's read page (QQ邮箱-like) select-all copied (UTF-8): the account's bar, the menu and folders, the
    tools, the subject, 发件人/时间/收件人, the note, the headline, 来源 and the day, the paragraphs, the signature,
    the quick-reply box and the rights line."""
    rng = _rng(story, "qqmail_web_read_quick_reply")
    place = rng.choice(PLACES)
    reader, sender = rng.sample(NAMES, 2)
    number = rng.randrange(10**8, 10**10)
    sent = _after(story.published, rng, 0, 10)
    top = "\n".join(
        [
            f"{reader}<{number}@qq.com>",
            "邮箱首页 | 设置 - 换肤",
            "反馈建议 | 帮助中心 | 退出",
            "写信\n收信\n通讯录",
            f"收件箱({rng.randrange(1, 90)})",
            "星标邮件\n群邮件\n草稿箱\n已发送\n已删除\n垃圾箱\n其他邮箱\n文件中转站\n日历\n记事本",
            "返回\n回复\n回复全部\n转发\n删除\n彻底删除\n举报\n拒收\n标记为...\n移动到...",
        ]
    )
    if story.headline:
        subject, own = f"{rng.choice(['转发：', 'Fw: ', ''])}{story.headline}", False
    else:
        subject, own = rng.choice(["转发：招商信息参阅", "外地招商经验材料", "Fw: 学习资料"]), True
    domain = f"{_token(rng, 5)}.example-t15.gov.cn"
    fields = "\n".join(
        [
            f"发件人：{sender}<{_token(rng, 6)}@{domain}>",
            f"时　间：{_unpadded(sent.date())}(星期{XINGQI[sent.weekday()]}) {_clock(sent)}",
            f"收件人：{reader}<{number}@qq.com>",
        ]
    )
    note = rng.choice(
        [
            "各位好：\n转发一篇报道，供参考学习。",
            f"{reader}：\n这篇稿子写得不错，可参考。",
        ]
    )
    source = _run(
        [f"来源：{story.outlet}" if story.outlet else None, _unpadded(story.published) if story.published else None],
        "　",
    )
    signature = "\n".join(
        [
            "--",
            sender,
            f"{place}投资促进中心",
            f"电话：{rng.randrange(10**6, 10**7)}",
        ]
    )
    bottom = "\n".join(
        [
            "快捷回复",
            "发送",
            "按Ctrl+Enter快捷发送",
            f"©1998 - {sent.year} Tencent Inc. All Rights Reserved",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (top, True),
        (subject, own),
        (fields + "\n" + note, True),
        (story.headline, False),
        (source, False),
        *((line, False) for line in story.lines),
        (signature + "\n" + bottom, True),
    ]
    text, furniture = _capture(blocks)
    return Wrapped(
        text + "\n",
        furniture,
        f"https://mail.qq.com/cgi-bin/readmail?folderid=1&mailid=ZC{rng.randrange(10**12, 10**13)}",
        kind="text",
    )


@text_form("zhengding_gongzuo_tongzhi_ding_crlf")
def zhengding_gongzuo_tongzhi_ding_crlf(story: Story) -> Wrapped:
    """A government DingTalk's (浙政钉-like) 工作通知 copied on the PC and saved by Notepad (UTF-8, CRLF): 工作通知 with
    the office and a yearless later time, the notice's title, the request with a later deadline, 附：, the headline,
    （来源 and the day）, the paragraphs, the signature over a later day and the buttons."""
    rng = _rng(story, "zhengding_gongzuo_tongzhi_ding_crlf")
    place = rng.choice(PLACES)
    office = rng.choice([f"{place}委办公室", f"{place}招商引资工作领导小组办公室", f"{place}投资促进中心"])
    sent = _after(story.published, rng, 1, 15)
    deadline = sent + dt.timedelta(days=rng.randrange(5, 12))
    top = "\n".join(
        [
            f"工作通知:{office}",
            f"{sent.month}月{sent.day}日 {sent:%H:%M}",
            f"【学习材料】关于转发招商引资工作{rng.choice(['有关报道', '典型经验', '先进做法'])}的通知",
            "各乡镇（街道），县级各部门：",
            "　　现将有关报道转发给你们，请认真组织学习，结合实际抓好借鉴落实，"
            f"并于{deadline.month}月{deadline.day}日前将学习情况反馈至本办。",
            "附：",
        ]
    )
    source = _run(
        [f"来源：{story.outlet}" if story.outlet else None, _unpadded(story.published) if story.published else None],
        "　",
    )
    sign = "\n".join(
        [
            office,
            _unpadded(sent.date()),
            "查看详情",
            f"已读 {rng.randrange(10, 60)}　未读 {rng.randrange(0, 9)}",
            "回复　DING一下",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (top, True),
        (story.headline, False),
        (f"（{source}）" if source else None, False),
        *((line, False) for line in story.lines),
        (sign, True),
    ]
    text, furniture = _capture(blocks)
    return Wrapped(
        _crlf(text) + "\r\n",
        furniture,
        f"file:///D:/工作通知/{sent:%Y%m%d}-学习材料.txt",
        kind="text",
    )


@text_form("feishu_bot_card_site_monitor")
def feishu_bot_card_site_monitor(story: Story) -> Wrapped:
    """A Feishu group's messages copied on the PC (UTF-8): a member's question, the monitoring bot with its time, the
    card (监测到新文章, 标题, 来源, 发布时间, 命中关键词, 正文), the paragraphs, the card's buttons and replies."""
    rng = _rng(story, "feishu_bot_card_site_monitor")
    place = rng.choice(PLACES)
    site = f"{rng.choice([p for p in PLACES if p != place])}人民政府网"
    asker, leader, clerk = rng.sample(NAMES, 3)
    found = _after(story.published, rng, 0, 3)
    asked = found - dt.timedelta(minutes=rng.randrange(20, 300))
    ask = f"{asker}\n{asked.month}月{asked.day}日 {asked:%H:%M}\n@招商信息监测 今天兄弟县市有新的招商报道吗？"
    head = "\n".join(
        [
            "招商信息监测",
            "机器人",
            f"{found.month}月{found.day}日 {found:%H:%M}",
            f"🔔 监测到新文章 · {site}",
        ]
    )
    title = f"标题：{story.headline}" if story.headline else "标题：（页面未提取到标题）"
    source = f"来源：{story.outlet}" if story.outlet else None
    published = f"发布时间：{story.published:%Y-%m-%d}" if story.published else "发布时间：未识别"
    keywords = f"命中关键词：{rng.choice(['招商引资、签约', '招商引资、项目', '营商环境、招商'])}\n正文："
    replies = "\n".join(
        [
            "查看原文 | 标记已读 | 转发到群",
            leader,
            f"{found.month}月{found.day}日 {found + dt.timedelta(minutes=rng.randrange(3, 90)):%H:%M}",
            f"@{clerk} 这篇整理一下，放进本周的外地经验摘编。",
            clerk,
            "收到👌",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (ask + "\n" + head, True),
        (title, not story.headline),
        (source, False),
        (published, not story.published),
        (keywords, True),
        *((line, False) for line in story.lines),
        (replies, True),
    ]
    text, furniture = _capture(blocks)
    return Wrapped(
        text + "\n",
        furniture,
        f"file:///Users/{_token(rng, 5)}/Desktop/飞书-招商信息监测群-{found:%m%d}.txt",
        kind="text",
    )


# ---------------------------------------------------------------- whole pages of sites and apps


@text_form("xiangzhen_subsite_jiyue_platform")
def xiangzhen_subsite_jiyue_platform(story: Story) -> Wrapped:
    """A 乡镇's sub-site on its county's 集约化 platform select-all copied (UTF-8): the platform's bar, the town with
    欢迎您, its menu, the side columns (镇领导, 栏目导航), 您的位置, the headline, 作者/来源/发布时间/点击, the
    paragraphs, the tools, 上一篇/下一篇 and the footer."""
    rng = _rng(story, "xiangzhen_subsite_jiyue_platform")
    county = rng.choice(PLACES)
    town = rng.choice(TOWNS)
    host = _host(rng)
    secretary, head, deputy, clerk = rng.sample(NAMES, 4)
    kind = "乡" if town.endswith("乡") else "镇"
    top = "\n".join(
        [
            f"{county}人民政府　|　进入县政府门户　部门网站　乡镇（街道）网站",
            f"{town}人民政府",
            f"欢迎您访问{town}人民政府网站！",
            f"首页　{kind}情概况　政务动态　政务公开　招商引资　便民服务　{kind}长信箱",
            f"{kind}领导",
            f"党委书记：{secretary}",
            f"党委副书记、{kind}长：{head}",
            f"党委委员、副{kind}长：{deputy}",
            "栏目导航",
            "工作动态\n通知公告\n招商信息\n项目建设",
            "您的位置：首页 > 政务动态 > 工作动态",
        ]
    )
    info = _run(
        [
            f"作者：{clerk}",
            f"来源：{story.outlet}" if story.outlet else None,
            f"发布时间：{story.published:%Y-%m-%d}" if story.published else None,
            f"点击：{rng.randrange(20, 2000)}",
        ],
        "　",
    )
    before, after = rng.sample(OTHERS, 2)
    icp, police = _numbers(rng)
    bottom = "\n".join(
        [
            "【打印】【关闭】",
            f"上一篇：{before}",
            f"下一篇：{after}",
            f"主办：{town}人民政府　承办：{county}人民政府办公室（{county}大数据中心）",
            f"地址：{county}{town}{rng.choice(['人民路', '解放路', '建设路'])}{rng.randrange(1, 99)}号"
            f"　邮编：{rng.randrange(300000, 480000)}",
            f"{icp}　{police}　网站标识码：{rng.randrange(10**9, 10**10)}",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (top, True),
        (story.headline, False),
        (info, False),
        *((line, False) for line in story.lines),
        (bottom, True),
    ]
    text, furniture = _capture(blocks)
    # The credit and the counter beside the outlet and the day are the page's: listed apart.
    counter = re.search(r"点击：\d+", info or "")
    extra = (f"作者：{clerk}", *([counter.group(0)] if counter else []))
    return Wrapped(
        text + "\n",
        (*furniture, *extra),
        _page_address(host, story.published, rng.randrange(10**5, 10**6), f"xz/{town[:2]}/gzdt"),
        kind="text",
    )


@text_form("buwei_difang_dongtai_zhuanzai_gb18030")
def buwei_difang_dongtai_zhuanzai_gb18030(story: Story) -> Wrapped:
    """A ministry's 地方动态 page reposting a province's item (商务部-like), select-all copied and saved by Notepad
    (GB18030, CRLF): the names, top links and menu, 当前位置, the headline, the time and 文章来源, 类型：转载 with the
    tools, the paragraphs, 【责任编辑】, 相关稿件 and the footer."""
    rng = _rng(story, "buwei_difang_dongtai_zhuanzai_gb18030")
    top = "\n".join(
        [
            "网站地图 | 无障碍 | English | 繁體 | 登录",
            "中华人民共和国商务部",
            "MINISTRY OF COMMERCE OF THE PEOPLE'S REPUBLIC OF CHINA",
            "首页　机构概况　新闻发布　政务公开　政务服务　互动交流　商务数据　地方商务",
            "当前位置：首页 > 地方商务 > 地方动态",
        ]
    )
    moment = _moment(story.published, rng)
    info = _run(
        [
            f"{moment:%Y-%m-%d %H:%M:%S}" if moment else None,
            f"文章来源：{story.outlet}" if story.outlet else None,
        ],
        "　　",
    )
    tools = "类型：转载　　【字体：大 中 小】　【打印本页】　【关闭窗口】"
    related = rng.sample(OTHERS, 3)
    icp, police = _numbers(rng)
    bottom = "\n".join(
        [
            f"【责任编辑：{rng.choice(NAMES)}】",
            "相关稿件",
            *related,
            "主办单位：商务部办公厅　承办单位：商务部电子商务和信息化司",
            f"网站标识码：bm{rng.randrange(10**7, 10**8)}　{icp}　{police}",
            "建议使用1920*1080分辨率 IE9以上浏览器浏览本网站",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (top, True),
        (story.headline, False),
        (info, False),
        (tools, True),
        *((line, False) for line in story.lines),
        (bottom, True),
    ]
    text, furniture = _capture(blocks)
    return Wrapped(
        _crlf(text) + "\r\n",
        furniture,
        f"http://{_token(rng, 4)}.example-t15.gov.cn/article/difang/{rng.randrange(10**11, 10**12)}.shtml",
        encoding="gb18030",
        kind="text",
    )


@text_form("jiangnanplus_hao_client_copy")
def jiangnanplus_hao_client_copy(story: Story) -> Wrapped:
    """A provincial news client's 号 article (南方+-like: 江南+ and 江南号) select-all copied on a phone (UTF-8): the
    bar, the headline, the account with 江南号 and +关注, the time and reads, the paragraphs, the statement, 编辑/审核,
    the like and share row, 相关推荐 and the open-the-client call."""
    rng = _rng(story, "jiangnanplus_hao_client_copy")
    place = rng.choice(PLACES)
    account = story.outlet or f"{place}发布"
    moment = _moment(story.published, rng)
    reads = f"阅读 {rng.randrange(11, 99) / 10:.1f}万" if rng.random() < 0.5 else f"阅读 {rng.randrange(300, 9999)}"
    bar = "江南+\n打开APP"
    badge = "江南号 · 政务\n+关注"
    editor, checker = rng.sample(NAMES, 2)
    recommended = rng.sample(OTHERS, 3)
    bottom = "\n".join(
        [
            "本文为江南号作者发布，不代表江南+客户端立场，未经授权不得转载。",
            f"编辑：{editor}　审核：{checker}",
            f"赞 {rng.randrange(5, 300)}",
            "分享到\n微信\n朋友圈\n微博\n复制链接",
            "相关推荐",
            *(f"{title}\n{rng.choice(PLACES)}发布　评论 {rng.randrange(0, 60)}" for title in recommended),
            "打开江南+客户端，阅读体验更佳",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (bar, True),
        (story.headline, False),
        (account, not story.outlet),
        (badge, True),
        (f"{moment:%Y-%m-%d %H:%M}" if moment else None, False),
        (f"{reads}　　A-　A+", True),
        *((line, False) for line in story.lines),
        (bottom, True),
    ]
    text, furniture = _capture(blocks)
    return Wrapped(
        text + "\n",
        furniture,
        f"https://static.{_token(rng, 5)}example-t15.com/hao/content/{rng.randrange(10**7, 10**8)}.html",
        kind="text",
    )


@text_form("vendor_browser_feed_detail_yearless")
def vendor_browser_feed_detail_yearless(story: Story) -> Wrapped:
    """A phone maker's browser news feed's detail page (华为/小米 browser-like 资讯) select-all copied (UTF-8): the
    address bar, the headline, the account with the time (full or yearless), 关注, the paragraphs, the feed's
    statement, 举报 with 阅读, 相关推荐 titles with sources and 评, and the bottom bar."""
    rng = _rng(story, "vendor_browser_feed_detail_yearless")
    place = rng.choice(PLACES)
    account = story.outlet or f"{place}发布"
    moment = _moment(story.published, rng)
    if moment is None:
        when = None
    elif rng.random() < 0.5:
        when = f"{moment:%m-%d %H:%M}"
    else:
        when = f"{moment:%Y-%m-%d %H:%M}"
    byline = _run([account, when], " · ")
    recommended = rng.sample(OTHERS, 3)
    bottom = "\n".join(
        [
            "本文来自入驻作者，不代表浏览器资讯平台立场，未经许可不得转载。",
            f"举报　阅读 {rng.randrange(200, 20000)}",
            "相关推荐",
            *(f"{title}\n{rng.choice(PLACES)}融媒 {rng.randrange(0, 99)}评" for title in recommended),
            "写评论...",
            f"{rng.randrange(0, 50)}\n收藏\n分享",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        ("搜索或输入网址", True),
        (story.headline, False),
        (byline, False),
        (f"+ 关注\n粉丝 {rng.randrange(200, 90000)}", True),
        *((line, False) for line in story.lines),
        (bottom, True),
    ]
    text, furniture = _capture(blocks)
    # An account of the feed's own beside the time is listed apart.
    extra = () if story.outlet else (account,)
    return Wrapped(
        text + "\n",
        (*furniture, *extra),
        f"https://feeds.{_token(rng, 5)}example-t15.com/news/detail?docid={_token(rng, 16, '0123456789abcdef')}",
        kind="text",
    )


DEV_T15, LOCKED_T15 = split_by_digest(TEXT_FORMS15, "text round 15/", locked=6)
