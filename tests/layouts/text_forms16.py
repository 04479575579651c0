"""Twelve text capture forms written blind (text round 16): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of site, app, community, note tool,
document viewer, OCR tool, mail client, chat app or work system gives, none of them drawn in text rounds 1 to 15,
weighed toward what generalises: select-all copies of government pages of kinds and vendors not yet drawn (a
county portal's 招商引资 专题 under its slogan banner, a district portal whose modern CMS stacks each label over its
value), a news agency's cloud-publishing share page of a county account, a 贴吧 thread and a 公众号 mirror site;
note tools' files (an outliner's journal of blocks and properties, a workspace page exported as Markdown with its
properties in English dates); a journal's pages copied out of a desktop reader with the database's watermark, PC
screenshots read back by a batch OCR tool with the browser's and the taskbar's lines; a plain-text mail reply that
quotes and re-wraps the forwarded article; an overseas liaison group's chat export; a site-maintenance ticket that
carries the article to publish; and toward stories that show no headline (each form then shows what it would show
without one: a thread's, a ticket's, a note's or a mail's title of its own, a column's name, or nothing):

- a county portal's 招商引资 专题 article page select-all copied (UTF-8): the portal's bar with 专题专栏, 返回首页 |
  返回专题首页, the banner's two slogan lines, the 专题's menu, 当前位置 through 专题专栏 and the 专题, the headline,
  信息来源/发布日期 with 浏览次数 on one line, 【字体：大 中 小】, the paragraphs, the QR line, the print and close
  tools, 专题内其他信息 titles each with a bracketed day near the story's, and the 主办/承办, ICP and 标识码 footer;
- a district portal on a modern CMS select-all copied and saved by Notepad (UTF-8, CRLF): the district's name,
  the accessibility and login bar, the menu, a crumb of slashes, the headline, then each label on a line over its
  value (发布时间 over the day and time, 来源 over the outlet, 阅读量 over a count, 字号 over its sizes, 朗读), the
  paragraphs, 分享到 with its apps, 相关文章 with each title over its day on a line of its own, and the footer;
- a news agency's cloud-publishing (现场云-like) share page of a county account select-all copied on a phone
  (UTF-8): the client's bar with 打开, the headline, the account (the outlet, or the county's 融媒体中心, listed),
  its badge with +关注, the time (dashed or in 年月日 with seconds), the views, the paragraphs, the credits, the
  statement that the account published it there, the like and share row, 推荐阅读 titles each with an account and
  its views, and the open-the-client call;
- a 贴吧 thread select-all copied on a PC (UTF-8): the site's bar, the 吧's name with 关注 and 贴子 counts and its
  motto, the tabs, N回复贴，共1页, the thread's title (the headline, 转：or 【转载】 the headline, or a title of the
  poster's own), 只看楼主 | 收藏 | 回复, the poster with a level, maybe the headline again, the paragraphs,
  （来源 and the day）, the floor's tail (来自…客户端, 1楼 and a later time) run into one line, replies in floors with
  their own tails, the pager again, the 热议榜 and the rights line;
- a 公众号 mirror site's article page select-all copied (UTF-8): the mirror's name and menu, the crumb through a
  category to the account, the account's card (name, 微信号, 功能介绍), the headline, the account with the day, the
  paragraphs, 来源 where the account is not the outlet, 阅读原文, the mirror's statement, a later 收录于 time,
  上一篇/下一篇, the account's other articles with their days, and 热门公众号;
- an outliner's journal page (Logseq-like) opened as its Markdown file (UTF-8): the day's blocks before and after
  (a meeting note, a TODO with SCHEDULED in ISO form with an English weekday, a DONE), the clipped block (the
  headline, or a title of the writer's own, with its tags), its properties (source, author with the outlet,
  published with the day as a page link in the graph's date format: ISO, an English month with an ordinal, or
  年月日), and every paragraph a child block behind a tab and a dash;
- a workspace page (Notion-like) exported as Markdown (UTF-8): # the page's title (the headline, the headline with
  the site after _ or -, or the column with the site), properties in English dates (Created as November 5, 2021
  10:23 AM, a later day), Tags, URL and 状态, the clipped info line (发布时间 and 来源), the paragraphs between blank
  lines with an exported image's line after the first;
- a journal's article copied whole out of a desktop reader (CAJViewer-like) and saved by Notepad (GB18030, CRLF):
  every page with its running head (the journal and a later issue, or the column's name with an English line), a
  neighbouring article's closing lines on the first page, the column's name, the headline cut into rows where long,
  （the day） under it or not, every paragraph in printed rows of the column's width, the page number and the
  database's watermark line (© years, Electronic Publishing House, All rights reserved, its address) at each page's
  foot, （来源 or 原载 the outlet and the day）, and the next article's title and first rows on the last page;
- PC screenshots of a county page read back by a batch OCR tool and saved (UTF-8 with a BOM, CRLF): before each
  screenshot its file name holding a later day and time, the browser's tab (the column and the site) with × and +,
  the address bar with 不安全, the bookmarks bar, then the screen's part of the page (the site, the menu, the crumb,
  the headline, 发布时间/来源/浏览次数, the paragraphs in rows of the page's width, cut where a screen ends, the
  tools and the footer), and the taskbar's tray with the later time over the day (year/month/day, unpadded);
- a plain-text mail reply (Thunderbird-like) saved as text (UTF-8, CRLF): 主题 (Re: 转发： the headline, or a
  subject of its own), 日期 with a later day and time, 发件人 and 收件人, the reply, the signature, the attribution
  line (在 a later day and time, the sender 写道:), then behind "> " the forward's note, the headline, 来源 and the
  day, every paragraph re-wrapped at 72 columns with "> " on every row and ">" between paragraphs, and the
  sender's signature;
- an overseas 招商 liaison group's chat exported as text (WhatsApp-like, UTF-8): every message behind its stamp (a
  later day as 2021/11/5 上午10:23 or day first as 05/11/2021, 10:23) and its sender, the encryption notice, a
  member's note, the article as one message (the headline, or the info line, or the first paragraph, run into the
  stamp's line; 来源 and the day, the paragraphs with blank lines between), <省略影音内容>, and members' replies;
- a government site's maintenance ticket (禅道-like) select-all copied (UTF-8): the platform, its menu and the user,
  工单 #N with the ticket's title, its buttons, 描述 with the request to publish in a 专题's column, 标题 (the
  headline, or a placeholder of the requester's), 来源, 发布日期, 正文, the paragraphs, 附件 with the photo's size,
  历史记录 of numbered steps with later times and the published link, and 基本信息 (项目, 类型, 优先级, a later
  截止日期, 由谁创建 and 指派给).

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels, or with markup: a Markdown heading, a quote's >, a block's dash, a property's name, a field's name, a
subject's Re: 转发：, （来源 …）) are the capture's metadata and are not listed, nor are lines that hold the headline,
the date or the outlet among other words (an info line with 浏览次数 beside them, a mirror's account with the day, a
chat's stamp with the article's first line, a page's title with its site). A counter, a stamp, a tag or an account
beside them on such a line is listed apart. A block of short lines (headers, a menu, a list, a table of fields, a
floor, chat lines, a screenshot's chrome) is listed as one string: squashed, it is one run of the text.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 16/" + name are `LOCKED_T16`, the other six `DEV_T16`. Round 16 is sealed: not scored when
written; whoever next changes the text path scores it once, both halves, at the end of their work, and fixes nothing
from its misses.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import _capture, _crlf, _moment, _numbers, _run, _token, _unpadded, _width

TEXT_FORMS16: dict[str, Layout] = {}
NAMES = [
    "韦振宇",
    "欧阳丽萍",
    "邝志强",
    "车晓红",
    "聂文斌",
    "庞海燕",
    "褚国庆",
    "翁素芬",
    "简德明",
    "卢燕妮",
    "符建平",
    "尚玉兰",
]
# Titles of other items a capture lists (other pages, other posts, other articles): none is about the story.
OTHERS = [
    "县市场监管局开展秋季特种设备安全检查",
    "全县中小学开展防溺水安全教育活动",
    "县医保局推进医保电子凭证激活应用",
    "镇文化站举办农民书画作品展",
    "县水利局完成冬修水利项目前期工作",
    "社区开展垃圾分类入户宣传",
    "县妇联举办家庭教育公益讲座",
    "全县冬季征兵体检工作顺利完成",
    "县林业局开展松材线虫病秋季普查",
    "县税务局走访企业宣讲减税降费政策",
]
BASE = dt.date(2021, 11, 3)


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS16)


def _later(day: dt.date | None, rng: random.Random, low: int, high: int) -> dt.datetime:
    """A moment after the story's day (a repost, a clip, a mail, a ticket, a screenshot): the capture's, not its."""
    base = (day or BASE) + dt.timedelta(days=rng.randrange(low, high))
    return dt.datetime.combine(base, dt.time(rng.randrange(8, 22), rng.randrange(60), rng.randrange(60)))


def _near(day: dt.date | None, rng: random.Random) -> dt.date:
    """Another item's day, a few days either side of the story's."""
    return (day or BASE) + dt.timedelta(days=rng.randrange(-20, 6))


def _host(rng: random.Random) -> str:
    return f"www.{_token(rng, 4)}example-t16.gov.cn"


def _address(host: str, day: dt.date | None, doc: int, column: str = "zwdt/gzdt") -> str:
    if day is None:
        return f"http://{host}/{column}/{doc}.html"
    return f"http://{host}/{column}/{day:%Y%m}/t{day:%Y%m%d}_{doc}.html"


CLOSING = "，。、；：？！”’）》」』】…"


def _rows(line: str, columns: int) -> list[str]:
    """A line cut into printed rows of `columns` display columns (a wide character two), a closing mark kept at the
    row it closes, as a mail client or a typesetter breaks it."""
    rows: list[str] = []
    row, used = "", 0
    for char in line:
        if row and used + _width(char) > columns and char not in CLOSING:
            rows.append(row)
            row, used = "", 0
        row += char
        used += _width(char)
    if row:
        rows.append(row)
    return rows


def _ordinal(day: int) -> str:
    if day in (11, 12, 13):
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


# ---------------------------------------------------------------- government pages


@text_form("zhuanti_zhaoshang_banner_select_all")
def zhuanti_zhaoshang_banner_select_all(story: Story) -> Wrapped:
    """A county portal's 招商引资 专题 article page select-all copied (UTF-8): the bar, the banner's slogans, the
    专题's menu, 当前位置, the headline, 信息来源/发布日期 with 浏览次数, the font tools, the paragraphs, the QR line,
    the tools, 专题内其他信息 titles with their days, and the footer."""
    rng = _rng(story, "zhuanti_zhaoshang_banner_select_all")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    slogans = rng.choice(
        [
            ("项目为王　招商为要", "凝心聚力抓招商　全力以赴促发展"),
            ("招大引强　聚链成群", "奋力开创招商引资工作新局面"),
            ("营商环境就是生产力", "打造投资兴业首选之地"),
        ]
    )
    column = rng.choice(["招商动态", "工作动态", "招商成果"])
    top = "\n".join(
        [
            f"{site}门户网站　|　专题专栏",
            "返回首页　|　返回专题首页",
            *slogans,
            f"专题首页　{column}　政策措施　项目推介　投资指南　营商环境",
            f"当前位置：首页 > 专题专栏 > 招商引资专题 > {column}",
        ]
    )
    if story.published is None:
        when = None
    elif rng.random() < 0.5:
        when = f"发布日期：{story.published:%Y-%m-%d}"
    else:
        when = f"发布日期：{story.published:%Y年%m月%d日}"
    counter = f"浏览次数：{rng.randrange(30, 3000)}"
    info = _run([f"信息来源：{story.outlet}" if story.outlet else None, when, counter], "　")
    listed = rng.sample(OTHERS, 4)
    others = "\n".join(f"{title}（{_near(story.published, rng):%Y-%m-%d}）" for title in listed)
    icp, police = _numbers(rng)
    bottom = "\n".join(
        [
            "用手机扫描二维码浏览本页",
            "【打印本页】　【关闭窗口】",
            "专题内其他信息",
            others,
            f"主办：{site}办公室　承办：{place}投资促进中心",
            f"{icp}　{police}　网站标识码：{rng.randrange(10**9, 10**10)}",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (top, True),
        (story.headline, False),
        (info, False),
        ("【字体：大 中 小】", True),
        *((line, False) for line in story.lines),
        (bottom, True),
    ]
    text, furniture = _capture(blocks)
    # The counter beside the outlet and the day is the page's: listed apart.
    return Wrapped(
        text + "\n",
        (*furniture, counter),
        _address(_host(rng), story.published, rng.randrange(10**5, 10**6), "ztzl/zsyz/zsdt"),
        kind="text",
    )


@text_form("qu_portal_meta_label_over_value_crlf")
def qu_portal_meta_label_over_value_crlf(story: Story) -> Wrapped:
    """A district portal on a modern CMS select-all copied and saved by Notepad (UTF-8, CRLF): the name, the bars and
    menu, a crumb of slashes, the headline, each label over its value (发布时间, 来源, 阅读量, 字号, 朗读), the
    paragraphs, 分享到, 相关文章 with each title over its day, and the footer."""
    rng = _rng(story, "qu_portal_meta_label_over_value_crlf")
    city = rng.choice(["东江市", "云岭市", "南湖市", "临川市"])
    district = rng.choice(["城东区", "经开区", "高新区", "滨江区", "北城区"])
    name = f"{city}{district}人民政府"
    top = "\n".join(
        [
            name,
            "无障碍　|　关怀版　|　登录　|　注册",
            f"首页\n走进{district[:2]}\n政务公开\n政务服务\n互动交流\n数据开放",
            "请输入关键词\n搜索",
            f"首页 / 新闻中心 / {rng.choice(['区内要闻', '部门动态', '街镇动态'])}",
        ]
    )
    moment = _moment(story.published, rng)
    when = f"发布时间\n{moment:%Y-%m-%d %H:%M}" if moment else None
    source = f"来源\n{story.outlet}" if story.outlet else None
    tools = f"阅读量\n{rng.randrange(50, 9000)}\n字号\n大　中　小\n朗读"
    listed = rng.sample(OTHERS, 3)
    related = "\n".join(f"{title}\n{_near(story.published, rng):%Y-%m-%d}" for title in listed)
    icp, police = _numbers(rng)
    bottom = "\n".join(
        [
            "分享到\n微信\n微博\nQQ空间",
            "相关文章",
            related,
            "网站地图　|　联系我们　|　隐私声明　|　使用帮助",
            f"主办单位：{name}办公室　　运维单位：{city}大数据中心",
            f"{icp}　{police}　网站标识码：{rng.randrange(10**9, 10**10)}",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (top, True),
        (story.headline, False),
        (when, False),
        (source, False),
        (tools, True),
        *((line, False) for line in story.lines),
        (bottom, True),
    ]
    text, furniture = _capture(blocks)
    return Wrapped(
        _crlf(text) + "\r\n",
        furniture,
        f"https://www.{_token(rng, 3)}example-t16.gov.cn/xwzx/qnyw/content/post_{rng.randrange(10**6, 10**7)}.html",
        kind="text",
    )


# ---------------------------------------------------------------- apps, communities and mirrors


@text_form("xianchangyun_share_account_views")
def xianchangyun_share_account_views(story: Story) -> Wrapped:
    """A news agency's cloud-publishing (现场云-like) share page of a county account select-all copied on a phone
    (UTF-8): the bar, the headline, the account with its badge, the time, the views, the paragraphs, the credits,
    the statement, the like row, 推荐阅读 titles with accounts and views, and the open-the-client call."""
    rng = _rng(story, "xianchangyun_share_account_views")
    place = rng.choice(PLACES)
    account = story.outlet or f"{place}融媒体中心"
    moment = _moment(story.published, rng)
    if moment is None:
        when = None
    elif rng.random() < 0.5:
        when = f"{moment:%Y-%m-%d %H:%M}"
    else:
        when = f"{moment:%Y年%m月%d日 %H:%M:%S}"
    views = rng.randrange(800, 200000)
    shown_views = f"浏览 {views / 10000:.1f}万" if views >= 10000 else f"浏览 {views}"
    editor, checker = rng.sample(NAMES, 2)
    recommended = rng.sample(OTHERS, 3)
    bottom = "\n".join(
        [
            f"编辑：{editor}　审核：{checker}",
            f"本文由“{account}”通过现场云发布，客户端仅提供信息发布平台服务。",
            f"赞 {rng.randrange(3, 500)}\n分享",
            "推荐阅读",
            *(f"{title}\n{rng.choice(PLACES)}融媒体中心　浏览 {rng.randrange(300, 9000)}" for title in recommended),
            "打开新华社客户端，查看更多精彩内容",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        ("新华社　现场云\n打开", True),
        (story.headline, False),
        (account, not story.outlet),
        ("现场云认证账号\n+关注", True),
        (when, False),
        (shown_views, True),
        *((line, False) for line in story.lines),
        (bottom, True),
    ]
    text, furniture = _capture(blocks)
    return Wrapped(
        text + "\n",
        furniture,
        f"https://{_token(rng, 4)}.example-t16.com/share/news_detail.html?newsId={rng.randrange(10**9, 10**10)}",
        kind="text",
    )


@text_form("tieba_thread_floor_tails_select_all")
def tieba_thread_floor_tails_select_all(story: Story) -> Wrapped:
    """A 贴吧 thread select-all copied on a PC (UTF-8): the bar, the 吧 with its counts and motto, the tabs, the
    pager, the thread's title, 只看楼主, the poster, the paragraphs with （来源 and the day）, the floor's tail with a
    later time, replies in floors, the pager, the 热议榜 and the rights line."""
    rng = _rng(story, "tieba_thread_floor_tails_select_all")
    place = rng.choice(PLACES)
    bar = place[:2]
    users = ["江畔听风", "老街口的猫", "青山客2019", "追光的人", "一只小码农", "南来北往"]
    poster, first, second = rng.sample(users, 3)
    posted = _later(story.published, rng, 0, 6)
    replies = rng.randrange(2, 4)
    pager = f"{replies}回复贴，共1页"
    top = "\n".join(
        [
            "百度首页　贴吧　登录　注册",
            "进入贴吧　全吧搜索　吧内搜索",
            f"{bar}吧",
            f"关注：{rng.randrange(2, 90)}万　贴子：{rng.randrange(10, 900)}万",
            f"{bar}人自己的家园，欢迎常回家看看",
            "看贴　图片　精品　视频　玩乐",
            pager,
        ]
    )
    if story.headline:
        style = rng.choice(["plain", "zhuan", "zhuanzai"])
        title = {"plain": story.headline, "zhuan": f"转：{story.headline}", "zhuanzai": f"【转载】{story.headline}"}[
            style
        ]
        again = story.headline if style != "plain" and rng.random() < 0.5 else None
    else:
        style = "own"
        title = rng.choice(["看看人家县里的招商力度", "转一篇外地招商的报道，大家看看", "隔壁县招商搞得风生水起"])
        again = None
    rank = rng.choice(["吧友", "知名人士", "初级粉丝"])
    head = "\n".join(["只看楼主　收藏　回复", poster, f"{rng.randrange(5, 14)}\n{rank}"])
    source = _run(
        [f"来源：{story.outlet}" if story.outlet else None, _unpadded(story.published) if story.published else None],
        "　",
    )
    tail = f"来自{rng.choice(['Android', 'iPhone'])}客户端1楼{posted:%Y-%m-%d %H:%M}"
    words = [
        "好事啊，希望咱们这边也多引进几个项目。",
        "能落地才是真的，持续关注。",
        "家门口有活干，谁还愿意往外跑。",
        "楼主辛苦，顶上去。",
    ]
    floors = []
    moment = posted
    for floor, (who, said) in enumerate(zip([first, second, poster], rng.sample(words, 3), strict=True), 2):
        if floor > replies + 1:
            break
        moment += dt.timedelta(minutes=rng.randrange(5, 300))
        floors.append(f"回复\n{who}\n{rng.randrange(1, 12)}\n{said}\n{floor}楼{moment:%Y-%m-%d %H:%M}")
    hot = rng.sample(OTHERS, 3)
    bottom = "\n".join(
        [
            "\n".join(floors),
            pager,
            f"<<返回{bar}吧",
            "发表回复",
            "贴吧热议榜",
            *(f"{index} {item}" for index, item in enumerate(hot, 1)),
            f"©{posted.year} Baidu 贴吧协议 | 隐私政策 | 吧主制度 | 意见反馈 | 网络谣言警示",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (top, True),
        (title, style == "own"),
        (head, True),
        (again, False),
        *((line, False) for line in story.lines),
        (f"（{source}）" if source else None, False),
        (tail + "\n" + bottom, True),
    ]
    text, furniture = _capture(blocks)
    return Wrapped(
        text + "\n",
        furniture,
        f"https://tieba.example-t16.com/p/{rng.randrange(10**9, 10**10)}",
        kind="text",
    )


@text_form("gzh_mirror_site_account_card")
def gzh_mirror_site_account_card(story: Story) -> Wrapped:
    """A 公众号 mirror site's article page select-all copied (UTF-8): the mirror's name and menu, the crumb, the
    account's card, the headline, the account with the day, the paragraphs, 来源, 阅读原文, the statement with a
    later 收录于, 上一篇/下一篇, the account's other articles with days, and 热门公众号."""
    rng = _rng(story, "gzh_mirror_site_account_card")
    place = rng.choice(PLACES)
    own = not story.outlet or rng.random() < 0.5
    account = rng.choice([f"{place}发布", f"{place}投资促进", f"微{place[:2]}"]) if own else story.outlet
    handle = _token(rng, 8)
    intro = rng.choice(
        [
            f"发布{place}权威信息，服务{place}经济社会发展。",
            f"{place}招商引资、营商环境信息发布平台。",
        ]
    )
    top = "\n".join(
        [
            "微文阅读 - 公众号文章在线阅读",
            "首页　公众号大全　文章排行　热门话题　搜索",
            f"当前位置：首页 > 政务 > {account}",
        ]
    )
    card = f"微信号：{handle}\n功能介绍：{intro}"
    byline = _run([account, f"{story.published:%Y-%m-%d}" if story.published else None], "　")
    kept = _later(story.published, rng, 0, 20)
    before, after = rng.sample(OTHERS, 2)
    more = rng.sample([t for t in OTHERS if t not in (before, after)], 3)
    bottom = "\n".join(
        [
            "阅读原文",
            f"免责声明：本文转载自微信公众号「{account}」，版权归原作者所有。如涉及侵权，请联系本站删除。",
            f"收录于 {kept:%Y-%m-%d %H:%M:%S}",
            f"上一篇：{before}",
            f"下一篇：{after}",
            f"{account}的其他文章",
            *(f"{title}　{_near(story.published, rng):%Y-%m-%d}" for title in more),
            "热门公众号",
            f"{rng.choice(PLACES)}发布　{rng.choice(PLACES)}融媒　{rng.choice(PLACES)}文旅",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (top, True),
        (account, own),
        (card, True),
        (story.headline, False),
        (byline, False),
        *((line, False) for line in story.lines),
        (f"来源：{story.outlet}" if story.outlet and own else None, False),
        (bottom, True),
    ]
    text, furniture = _capture(blocks)
    # The mirror's own account beside the day is the card's name too, listed with the card.
    return Wrapped(
        text + "\n",
        furniture,
        f"https://www.weiwen.example-t16.com/a/{_token(rng, 12, '0123456789abcdef')}.html",
        kind="text",
    )


# ---------------------------------------------------------------- note tools


@text_form("logseq_journal_blocks_properties")
def logseq_journal_blocks_properties(story: Story) -> Wrapped:
    """An outliner's journal page (Logseq-like) opened as its Markdown file (UTF-8): the day's blocks, the clipped
    block (the headline or a title of its own, with tags), its properties (source, author, published as a page link
    in the graph's date format), every paragraph a child block behind a tab and a dash, and a DONE."""
    rng = _rng(story, "logseq_journal_blocks_properties")
    place = rng.choice(PLACES)
    other = rng.choice([p for p in PLACES if p != place])
    journal = _later(story.published, rng, 0, 10)
    style = rng.choice(["iso", "english", "chinese"])

    def link(day: dt.date) -> str:
        if style == "iso":
            return f"[[{day:%Y-%m-%d}]]"
        if style == "english":
            return f"[[{day:%b} {_ordinal(day.day)}, {day.year}]]"
        return f"[[{day:%Y年%m月%d日}]]"

    scheduled = journal.date() + dt.timedelta(days=rng.randrange(2, 6))
    before = "\n".join(
        [
            f"- {journal:%H:%M} [[周例会]] 布置：各科室收集外地招商经验，下周汇总 #招商办",
            f"- TODO 联系{other}投资促进中心，约考察对接时间",
            f"  SCHEDULED: <{scheduled:%Y-%m-%d %a}>",
        ]
    )
    tags = "#外地经验摘录 #招商学习"
    host = _host(rng)
    address = _address(host, story.published, rng.randrange(10**5, 10**6))
    head = f"- {story.headline} {tags}" if story.headline else f"- 外地经验摘录（原稿无标题） {tags}"
    source = f"  source:: {address}"
    author = f"  author:: {story.outlet}" if story.outlet else None
    published = f"  published:: {link(story.published)}" if story.published else None
    after = "\n".join(["- DONE 转分管领导阅示", f"- {rng.choice(['下午', '晚上'])}整理周报，把这篇放进“外地经验”一栏"])
    blocks: list[tuple[str | None, bool]] = [
        (before, True),
        (head, not story.headline),
        (source, True),
        (author, False),
        (published, False),
        *((f"\t- {line}", False) for line in story.lines),
        (after, True),
    ]
    text, furniture = _capture(blocks)
    # The tags beside the headline are the writer's: listed apart.
    extra = (tags,) if story.headline else ()
    return Wrapped(
        text + "\n",
        (*furniture, *extra),
        f"file:///Users/{_token(rng, 5)}/logseq/journals/{journal:%Y_%m_%d}.md",
        kind="text",
    )


@text_form("notion_export_markdown_english_properties")
def notion_export_markdown_english_properties(story: Story) -> Wrapped:
    """A workspace page (Notion-like) exported as Markdown (UTF-8): # the page's title, properties with English
    dates (Created, a later day), Tags, URL and 状态, the info line, the paragraphs between blank lines with an
    image's line after the first."""
    rng = _rng(story, "notion_export_markdown_english_properties")
    place = rng.choice(PLACES)
    site = f"{place}人民政府门户网站"
    column = rng.choice(["政务动态", "招商引资", "部门动态"])
    if story.headline:
        style = rng.choice(["renamed", "underscore", "dash"])
        title = {
            "renamed": story.headline,
            "underscore": f"{story.headline}_{site}",
            "dash": f"{story.headline} - {site}",
        }[style]
    else:
        style, title = "column", f"{column}_{site}"
    made = _later(story.published, rng, 0, 30)
    clock = f"{made.hour % 12 or 12}:{made.minute:02d} {'AM' if made.hour < 12 else 'PM'}"
    host = _host(rng)
    address = _address(host, story.published, rng.randrange(10**5, 10**6))
    properties = "\n".join(
        [
            f"Created: {made:%B} {made.day}, {made.year} {clock}",
            "Tags: 外地经验, 招商引资",
            f"URL: {address}",
            f"状态: {rng.choice(['待整理', '已读', '已摘编'])}",
        ]
    )
    info = _run(
        [
            f"发布时间：{story.published:%Y-%m-%d}" if story.published else None,
            f"来源：{story.outlet}" if story.outlet else None,
        ],
        "　",
    )
    folder = f"外地经验摘录 {_token(rng, 32, '0123456789abcdef')}"
    image = f"![Untitled]({folder.replace(' ', '%20')}/Untitled.jpeg)"
    lines = list(story.lines)
    blocks: list[tuple[str | None, bool]] = [
        (f"# {title}", style == "column"),
        (properties, True),
        (info, False),
        *((line, False) for line in lines[:1]),
        (image, True),
        *((line, False) for line in lines[1:]),
    ]
    text, furniture = _capture(blocks, "\n\n")
    # The site after the headline in the page's title is the page's: listed apart.
    extra = (site,) if style in ("underscore", "dash") else ()
    return Wrapped(
        text + "\n",
        (*furniture, *extra),
        f"file:///Users/{_token(rng, 5)}/Downloads/Export-{_token(rng, 8, '0123456789abcdef')}/{folder}.md",
        kind="text",
    )


# ---------------------------------------------------------------- document viewers and OCR


@text_form("caj_viewer_copy_cnki_watermark_gb18030")
def caj_viewer_copy_cnki_watermark_gb18030(story: Story) -> Wrapped:
    """A journal's article copied whole out of a desktop reader (CAJViewer-like) and saved by Notepad (GB18030,
    CRLF): running heads, a neighbour's closing lines, the column, the headline (cut where long), maybe the day, the
    paragraphs in printed rows, each page's number and the database's watermark, 来源 or 原载, and the next article's
    start."""
    rng = _rng(story, "caj_viewer_copy_cnki_watermark_gb18030")
    journal = rng.choice(["招商与开放", "投资促进", "区域经济与招商"])
    day = story.published or BASE
    issue_month = day.month % 12 + 1
    issue_year = day.year + (1 if day.month == 12 else 0)
    issue = f"{issue_year}年第{issue_month}期"
    column = rng.choice(["地方传真", "各地快讯", "区域视窗"])
    width = rng.randrange(21, 25)
    per_page = rng.randrange(34, 44)
    page = rng.randrange(20, 60)
    watermark = (
        f"(C)1994-{issue_year + 1} China Academic Journal Electronic Publishing House. All rights reserved.    "
        "http://www.cnki.net"
    )
    heads = [f"{journal}　{issue}", f"{column}　{rng.choice(['INVESTMENT PROMOTION', 'OPENING-UP & INVESTMENT'])}"]
    neighbour = [
        "……进一步压缩审批时限，推动更多事项“一网通办”，",
        "让企业和群众办事更省心、更便捷。",
        "（作者单位：某市行政审批局）",
    ]
    following = [
        "以产业链招商推动园区提质增效",
        "□ 本刊通讯员",
        "近年来，各地围绕主导产业延链补链强链，",
        "着力提升园区承载能力和综合竞争力。",
    ]
    title_rows = _rows(story.headline, 32) if story.headline else []
    dated = story.published is not None and rng.random() < 0.5
    under = f"（{_unpadded(story.published)}）" if dated and story.published else None
    closing_parts = []
    if story.outlet:
        closing_parts.append(("来源：" if rng.random() < 0.5 else "原载") + story.outlet)
    if story.published and not dated:
        closing_parts.append(_unpadded(story.published))
    closing = f"（{'，'.join(closing_parts)}）" if closing_parts else None
    # The pages' flow: the first page's head, the neighbour's end and the column, the story, the next article's
    # start; a row a line.
    flow: list[tuple[str, bool]] = [("\n".join([heads[page % 2], *neighbour, column]), True)]
    flow += [(row, False) for row in title_rows]
    if under:
        flow.append((under, False))
    for line in story.lines:
        flow += [(row, False) for row in _rows(line, width * 2)]
    if closing:
        flow.append((closing, False))
    flow.append(("\n".join(following), True))
    pages = [flow[start : start + per_page] for start in range(0, len(flow), per_page)]
    blocks: list[tuple[str | None, bool]] = []
    for index, rows in enumerate(pages):
        number = page + index
        blocks += rows
        # A page's foot (its bare number and the watermark) and the next page's head are one run of the text.
        foot = [str(number), watermark, *([heads[(number + 1) % 2]] if index + 1 < len(pages) else [])]
        blocks.append(("\n".join(foot), True))
    text, furniture = _capture(blocks)
    return Wrapped(
        _crlf(text) + "\r\n",
        tuple(dict.fromkeys(furniture)),
        f"file:///D:/知网下载/{journal}{issue}.caj",
        encoding="gb18030",
        kind="text",
    )


@text_form("pc_screenshots_batch_ocr_browser_taskbar_bom")
def pc_screenshots_batch_ocr_browser_taskbar_bom(story: Story) -> Wrapped:
    """PC screenshots of a county page read back by a batch OCR tool and saved (UTF-8 with a BOM, CRLF): each
    screenshot's file name with a later time, the browser's tab, address and bookmarks bars, the screen's part of the
    page (site, menu, crumb, headline, info line, rows of the page's width, tools, footer) and the taskbar's tray."""
    rng = _rng(story, "pc_screenshots_batch_ocr_browser_taskbar_bom")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column = rng.choice(["政务动态", "部门动态", "乡镇动态"])
    host = _host(rng)
    address = _address(host, story.published, rng.randrange(10**5, 10**6))
    chrome = "\n".join(
        [
            f"{column}-{site}　×　+",
            f"←　→　C　ⓘ 不安全 | {address.removeprefix('http://')}",
            "政务外网　OA办公系统　百度一下　信息报送平台",
        ]
    )
    top = "\n".join(
        [
            f"{site}",
            "首页　政务公开　政务服务　互动交流　走进" + place[:2],
            f"您当前的位置：首页 > 政务公开 > {column}",
        ]
    )
    moment = _moment(story.published, rng)
    counter = f"浏览次数：{rng.randrange(20, 5000)}"
    info = _run(
        [
            f"发布时间：{moment:%Y-%m-%d %H:%M}" if moment else None,
            f"来源：{story.outlet}" if story.outlet else None,
            counter,
        ],
        "　",
    )
    width = rng.randrange(40, 47)
    icp, police = _numbers(rng)
    tools = "【打印本页】【关闭窗口】"
    footer = f"主办：{site}办公室　{icp}　{police}"
    flow: list[tuple[str, bool]] = [(top, True)]
    if story.headline:
        flow += [(row, False) for row in _rows(story.headline, width * 2 - 6)]
    flow.append((info or counter, False))
    for line in story.lines:
        flow += [(row, False) for row in _rows(line, width * 2)]
    flow.append((f"{tools}\n{footer}", True))
    per_screen = rng.randrange(16, 24)
    shot = _later(story.published, rng, 0, 8)
    blocks: list[tuple[str | None, bool]] = []
    furniture: list[str] = [chrome, counter]
    for start in range(0, len(flow), per_screen):
        shot += dt.timedelta(seconds=rng.randrange(4, 40))
        name = f"屏幕截图 {shot:%Y-%m-%d %H%M%S}.png"
        tray = f"へ　令　⑴　中　{shot:%H:%M}\n{shot.year}/{shot.month}/{shot.day}"
        blocks += [(f"≦ {name} ≧", True), (chrome, False)]
        blocks += flow[start : start + per_screen]
        blocks.append((tray, True))
    text, listed = _capture(blocks)
    # The browser's chrome over every screenshot is one string, listed once; the counter beside the outlet and the
    # day is the page's, listed apart.
    return Wrapped(
        _crlf(text) + "\r\n",
        tuple(dict.fromkeys([*furniture, *listed])),
        f"file:///D:/截图识别/{shot:%Y%m%d}-识别结果.txt",
        encoding="utf-8-sig",
        kind="text",
    )


# ---------------------------------------------------------------- mail, chat and work systems


@text_form("thunderbird_reply_quoted_rewrapped_crlf")
def thunderbird_reply_quoted_rewrapped_crlf(story: Story) -> Wrapped:
    """A plain-text mail reply (Thunderbird-like) saved as text (UTF-8, CRLF): 主题, 日期, 发件人, 收件人, the reply,
    the signature, the attribution line, then behind "> " the forward's note, the headline, 来源 and the day, every
    paragraph re-wrapped at 72 columns with "> " on each row, and the sender's signature."""
    rng = _rng(story, "thunderbird_reply_quoted_rewrapped_crlf")
    place = rng.choice(PLACES)
    me, sender, boss = rng.sample(NAMES, 3)
    domain = f"{_token(rng, 5)}.example-t16.gov.cn"
    mine = f"{_token(rng, 6)}@{domain}"
    theirs = f"{_token(rng, 6)}@{_token(rng, 4)}.example-t16.gov.cn"
    forwarded = _later(story.published, rng, 0, 8)
    replied = forwarded + dt.timedelta(minutes=rng.randrange(20, 600))
    if story.headline:
        subject, own = f"主题：Re: 转发：{story.headline}", False
    else:
        subject, own = f"主题：Re: {rng.choice(['外地招商经验材料', '转发一篇报道', '学习参考'])}", True
    headers = "\n".join(
        [
            f"日期：{replied.year}/{replied.month}/{replied.day} {replied:%H:%M}",
            f"发件人：{me} <{mine}>",
            f"收件人：{sender} <{theirs}>",
        ]
    )
    reply = "\n".join(
        [
            f"{sender}科长：",
            "",
            f"已阅。这篇可以编进下周的《招商信息》，我先按惯例摘编，请{boss}主任把关。",
            "",
            "谢谢！",
            "",
            "-- ",
            me,
            f"{place}投资促进中心综合科",
        ]
    )
    said = f"在 {forwarded.year}/{forwarded.month}/{forwarded.day} {forwarded:%H:%M}, {sender} 写道:"
    note = "> 各位：\n>\n> 转发一篇外地报道，供学习参考。\n>"
    quoted: list[tuple[str | None, bool]] = [(note, True)]
    if story.headline:
        quoted.append((f"> {story.headline}", False))
    source = _run(
        [f"来源：{story.outlet}" if story.outlet else None, _unpadded(story.published) if story.published else None],
        "　",
    )
    if source:
        quoted.append((f"> {source}", False))
    for line in story.lines:
        quoted.append((">", False))
        quoted += [(f"> {row}", False) for row in _rows(line, 70)]
    quoted.append((f">\n> -- \n> {sender}\n> {place}商务局办公室", True))
    blocks: list[tuple[str | None, bool]] = [
        (subject, own),
        (headers, True),
        ("", False),
        (reply, True),
        ("", False),
        (said, True),
        *quoted,
    ]
    text, furniture = _capture(blocks)
    return Wrapped(
        _crlf(text) + "\r\n",
        furniture,
        f"file:///C:/Users/{_token(rng, 5)}/Documents/Re-{replied:%Y%m%d}.txt",
        kind="text",
    )


@text_form("whatsapp_liaison_group_export_stamps")
def whatsapp_liaison_group_export_stamps(story: Story) -> Wrapped:
    """An overseas 招商 liaison group's chat exported as text (WhatsApp-like, UTF-8): every message behind a stamp
    (2021/11/5 上午10:23 or day first 05/11/2021, 10:23) and a sender, the encryption notice, a note, the article as
    one message (its first line run into the stamp's), <省略影音内容>, and replies."""
    rng = _rng(story, "whatsapp_liaison_group_export_stamps")
    place = rng.choice(PLACES)
    liaison, member, friend = rng.choice(["陈家明", "Kelvin Lau", "黄嘉欣"]), "Peter Wong", rng.choice(NAMES)
    moment = _later(story.published, rng, 0, 5)
    chinese = rng.random() < 0.5

    def stamp(at: dt.datetime) -> str:
        if chinese:
            half = "上午" if at.hour < 12 else "下午"
            return f"{at.year}/{at.month}/{at.day} {half}{at.hour % 12 or 12}:{at.minute:02d}"
        return f"{at:%d/%m/%Y, %H:%M}"

    def later(minutes: int) -> dt.datetime:
        nonlocal moment
        moment += dt.timedelta(minutes=rng.randrange(1, minutes))
        return moment

    opening = "\n".join(
        [
            f"{stamp(later(3))} - 消息和通话已进行端到端加密。对话之外的任何人，甚至包括 WhatsApp，都无法读取或收听。",
            f"{stamp(later(30))} - {liaison}: 各位好，分享一篇家乡招商的最新报道，欢迎转给有投资意向的朋友👇",
        ]
    )
    prefix = f"{stamp(later(3))} - {liaison}:"
    source = _run(
        [f"来源：{story.outlet}" if story.outlet else None, _unpadded(story.published) if story.published else None],
        "　",
    )
    message: list[str] = [line for line in (story.headline, source) if line]
    for line in story.lines:
        message += ["", line] if message else [line]
    first, rest = message[0], message[1:]
    closing = "\n".join(
        [
            f"{stamp(later(3))} - {liaison}: <省略影音内容>",
            f"{stamp(later(90))} - {member}: 收到，多谢分享！",
            f"{stamp(later(120))} - {friend}: 我转给深圳做新能源的朋友看看👍",
            f"{stamp(later(60))} - {liaison}: 好的，有需要随时联系{place}投资促进中心驻港联络处",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (opening, True),
        (f"{prefix} {first}", False),
        *((line, False) for line in rest),
        (closing, True),
    ]
    text, furniture = _capture(blocks)
    # The stamp and the sender before the message's first line are the chat's: listed apart.
    return Wrapped(
        text + "\n",
        (*furniture, prefix),
        f"file:///storage/emulated/0/Download/WhatsApp 与“{place[:2]}驻港招商联络组”的聊天.txt",
        kind="text",
    )


@text_form("chandao_yunwei_gongdan_fabu_history")
def chandao_yunwei_gongdan_fabu_history(story: Story) -> Wrapped:
    """A government site's maintenance ticket (禅道-like) select-all copied (UTF-8): the platform, menu and user, the
    ticket's number and title, its buttons, 描述 with the request, 标题, 来源, 发布日期, 正文, the paragraphs, 附件,
    历史记录 with later times and the link, and 基本信息."""
    rng = _rng(story, "chandao_yunwei_gongdan_fabu_history")
    place = rng.choice(PLACES)
    requester, engineer = rng.sample(NAMES, 2)
    column = rng.choice(["招商动态", "工作动态", "项目建设"])
    number = rng.randrange(1000, 9999)
    made = _later(story.published, rng, 0, 2)
    top = "\n".join(
        [
            "政务云网站运维服务管理平台",
            "我的地盘　工单　任务　文档　统计　组织",
            f"{engineer} ▾　退出",
            f"工单 #{number}　【信息发布】{column}栏目更新稿件一篇",
            "返回　编辑　指派　完成　关闭",
            "描述",
            f"请在{place}人民政府网站“招商引资”专题的“{column}”栏目发布以下稿件，配图见附件，发布后在此回复链接。",
        ]
    )
    title = f"标题：{story.headline}" if story.headline else "标题：（原稿无标题，请按正文拟定）"
    steps = [
        (made, f"由 {requester} 创建。"),
        (made + dt.timedelta(seconds=rng.randrange(60, 1200)), f"由 {requester} 指派给 {engineer}。"),
        (made + dt.timedelta(seconds=rng.randrange(1800, 18000)), f"由 {engineer} 完成。"),
    ]
    link = f"http://{_host(rng)}/ztzl/zsyz/{rng.randrange(10**5, 10**6)}.html"
    deadline = made.date() + dt.timedelta(days=rng.randrange(1, 4))
    bottom = "\n".join(
        [
            "附件",
            f"配图{rng.randrange(1, 4)}.jpg ({rng.randrange(120, 900)}KB)",
            "历史记录",
            *(f"{index}. {at:%Y-%m-%d %H:%M:%S}, {what}" for index, (at, what) in enumerate(steps, 1)),
            f"备注：已发布，链接：{link}",
            "基本信息",
            f"所属项目　{place}人民政府网站运维（{made.year}年度）",
            "工单类型　信息发布",
            f"优先级　{rng.randrange(1, 4)}",
            f"截止日期　{deadline:%Y-%m-%d}",
            f"由谁创建　{requester}",
            f"指派给　{engineer}",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (top, True),
        (title, not story.headline),
        (f"来源：{story.outlet}" if story.outlet else None, False),
        (f"发布日期：{story.published:%Y-%m-%d}" if story.published else None, False),
        ("正文：", False),
        *((line, False) for line in story.lines),
        (bottom, True),
    ]
    text, furniture = _capture(blocks)
    return Wrapped(
        text + "\n",
        furniture,
        f"http://yunwei.example-t16.com/zentao/ticket-view-{number}.html",
        kind="text",
    )


DEV_T16, LOCKED_T16 = split_by_digest(TEXT_FORMS16, "text round 16/", locked=6)
