"""Twelve text capture forms written blind (text round 11): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of site, app, copy tool or document
gives, none of them drawn in text rounds 1 to 10, weighed toward what stands above the headline (a note app's
fields with a later clip day, a wiki's path, the document's own title, its owner and outline, a mail's raw headers
and MIME part headers, a personal space's menu and a repost line with a later day, a law database's bracketed
fields, an e-book's title page, contents and part heading, a screen reader's roles and links, a post's account,
time and IP line, a reading device's clipping headers, a memo's own points and to-dos, a feed's poster), toward what
stands inside the text (a reading device's clipping headers and separators between every paragraph, a reader's
note among them, an e-book's running head between paragraphs, a headline run into the first paragraph) and below
it (a wiki's next item, comments and readers, a mail's attachment in base64, reposts and comments, a database's
citation code and download line, an e-book's next article, a screen reader's lists and landmarks, topics, likes and
comments), and toward stories that show no headline (each form then shows what it would show without one):

- a 印象笔记 web clip copied with its note info (UTF-8): 标题, 笔记本, 标签, 创建时间 and 更新时间 (later days), 来源
  URL and 作者, a rule, the clipped page's headline, date and 来源, the text, the page's leftover share and print
  bars, a rule and the clipper's line;
- a 飞书-like 知识库 document copied whole (UTF-8): the wiki path, the document's own title (a month's 媒体报道汇编),
  the owner with a later 最近修改, 目录 with the headline numbered among other items, the headline numbered as a
  section, （来源 and the day）, the text, the next section's title and paragraph, 评论 with an @ and a later day,
  and the 阅读记录 line;
- a 视频号 video's description copied in the PC client: 视频号 with the account (the outlet, or a 发布 account,
  listed) and 关注, the player's time, 【headline】, the text, the topics, 收起, the day, the place, the likes row,
  全部评论 with yearless days and 推荐 videos;
- a raw .eml file opened in a text editor (GB18030 bytes, CRLF): Received, Date (a later day in RFC 2822), From,
  To, Subject in encoded words, X-Mailer, MIME headers, the part boundary, the text part's headers, the sender's
  note, the headline, 来源 and the day, the text, the signature, the attachment's part headers and its base64;
- a QQ空间 日志 reposted, select-all copied: the space's name and motto, its menu, 日志 and 返回日志列表, the
  headline, 转载自 with a later day, 分类, 阅读 and 评论, the original's day and outlet, the text, 转载/分享/举报,
  上一篇/下一篇, 评论 with yearless days, 发表评论 and the rights line;
- a law and policy database's record of a 地方工作动态 item exported as text (GB18030 bytes, CRLF): the database,
  【标题】, 【来源】, 【发布日期】 (dotted), 【类别】/【地区】/【收录日期】 (a later day), 【正文】 with indented
  paragraphs, 【引证码】 and the download line with a later time;
- an e-book of a county's 招商引资工作资料汇编 converted to text (UTF-8, CRLF): the title page, 目录 with parts and
  pages, the part's heading, the headline, the text with the book's running head between two paragraphs,
  （来源 and the day）, and the next article's title and opening paragraph;
- a screen reader's speech log (NVDA's 语音查看器-like) copied and saved as Unicode text (UTF-16 with a BOM, CRLF):
  the window's title with the headline, 文档, the skip links, 链接 rows of the menu, the crumb with 链接, 标题 级别 1
  with the headline, 发布时间 and 来源, the text, 按钮 rows, 列表 有 N 项 with 链接 rows and 列表结束, the footer
  landmark and 主办 line;
- a 今日头条 微头条 post copied on the PC site: the site's bar, the account (the outlet, or a 发布 account, listed)
  with its 认证 line, the time, IP属地, 关注, 【headline】 run into the first paragraph, the text, #topics#, 阅读,
  the 赞/评论/转发 row, 写评论, comments with yearless days and 相关推荐;
- a Kindle's My Clippings file of a page sent to the device (UTF-8 with a BOM, CRLF): every highlight under the
  document's title (the headline with the site, or the site alone) and a header with its page, location and a
  later 添加于 day with 星期, the first highlight the page's date and 来源, one note among them, ========== between;
- an iPhone 备忘录 note shared as text (UTF-8): the note's own title, 要点 and to-do lines, 原文：, the headline, the
  outlet with the day (year/month/day, unpadded), the text and the link;
- a 朋友圈 long post copied in the PC client and saved as Unicode text (UTF-16 with a BOM, CRLF): 朋友圈 with the
  poster, the headline as the post's first line, the text, （来源：outlet）, the place, the post's time (the day, or a
  relative time, listed), the likes line and comments with replies.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels, or with markup: 【】, a section number, a role such as 标题 级别 1, a document's title with its site in
brackets) are the capture's metadata and are not listed, nor are lines that hold the headline, the date or the
outlet among other words (a window's title, a 目录 list, a database's 【正文】 label). A block of short lines
(headers, a menu, a list, a table of fields) is listed as one string: squashed, it is one run of the text.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 11/" + name are `LOCKED_T11`, the other six `DEV_T11`. Round 11 is sealed: not scored when
written, to be scored once, both halves, at the end of the text path's next change.
"""

from __future__ import annotations

import base64
import datetime as dt
import random
from collections.abc import Callable

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import _join_lines, _run, _unpadded

TEXT_FORMS11: dict[str, Layout] = {}
NAMES = ["郜文静", "师永刚", "缪雨欣", "阚志豪", "晏秋菊", "欧阳建平", "鲍红霞", "戚明轩"]
PROVINCES = ["江西", "安徽", "湖北", "浙江", "四川", "福建", "湖南", "河南"]
# Titles of other items a capture lists (related, neighbouring, more): none is about the story.
OTHERS = [
    "县人民医院新建住院综合楼主体封顶",
    "全区中小学秋季开学安全大检查启动",
    "镇农贸市场提升改造完工投用",
    "县文化馆举办广场舞展演活动",
    "区消防救援大队开展高层建筑灭火演练",
    "县气象台发布秋季农业生产气象服务提示",
    "社区志愿者走访慰问孤寡老人",
    "县城北污水处理厂通过环保验收",
    "全县秋粮收购工作会议召开",
    "区图书馆开展“书香进万家”阅读活动",
    "县供电公司完成城区线路改造",
    "街道举办老年人防诈骗知识讲座",
]
# Another article of a compilation: a title and its opening paragraph, about something else.
NEXT_ITEMS = [
    (
        "县人民医院新建住院综合楼主体封顶",
        "近日，县人民医院新建住院综合楼主体结构顺利封顶，大楼地上十二层，建成后将新增床位三百张。",
    ),
    (
        "镇农贸市场提升改造完工投用",
        "经过三个月的施工，镇农贸市场提升改造工程全面完工，新设摊位一百二十个，市场环境焕然一新。",
    ),
    (
        "县城北污水处理厂通过环保验收",
        "日前，县城北污水处理厂顺利通过竣工环境保护验收，日处理能力达到两万吨，出水水质稳定达标。",
    ),
    (
        "全县秋粮收购工作会议召开",
        "会议要求各收储企业敞开收购、应收尽收，严格执行收购政策，切实保护种粮农民利益。",
    ),
]
NICKS = ["一路向前", "山水之间", "老街口的风", "稻香人家", "晨曦微露", "守望者", "清风徐来", "大江东去"]
REMARKS = [
    "为家乡点赞！越来越好了",
    "好项目多多落地，在外的游子也想回家干了",
    "营商环境真是没得说",
    "什么时候能去参观一下园区",
    "支持！希望早日投产",
    "转发了，让更多人看到",
]


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS11)


def _moment(day: dt.date | None, rng: random.Random) -> dt.datetime | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(rng.randrange(7, 22), rng.randrange(60), rng.randrange(60)))


def _after(day: dt.date | None, rng: random.Random, low: int, high: int) -> dt.datetime:
    """A moment after the story's day (a clip, a mail, a repost, a comment): a date the capture shows, not its own."""
    base = (day or dt.date(2021, 10, 12)) + dt.timedelta(days=rng.randrange(low, high))
    return dt.datetime.combine(base, dt.time(rng.randrange(7, 23), rng.randrange(60), rng.randrange(60)))


def _weekday(day: dt.date) -> str:
    return "星期" + "一二三四五六日"[day.weekday()]


def _count(rng: random.Random) -> str:
    value = rng.randrange(30, 90000)
    return f"{value / 10000:.1f}万" if value >= 10000 else str(value)


def _mobile(rng: random.Random) -> str:
    return f"1{rng.choice(['39', '58', '87', '35', '77'])}{rng.randrange(10**7, 10**8)}"


def _icp(rng: random.Random) -> str:
    province = rng.choice(["赣", "皖", "鄂", "浙", "川", "闽", "湘", "豫"])
    return f"{province}ICP备{rng.randrange(10**7, 10**8)}号-{rng.randrange(1, 6)}"


def _clock(moment: dt.datetime) -> str:
    """A 12-hour time as Chinese phone and reader software print it: 上午9:05, 下午3:41."""
    half = "上午" if moment.hour < 12 else "下午"
    hour = moment.hour if moment.hour <= 12 else moment.hour - 12
    return f"{half}{hour}:{moment.minute:02d}"


# ---------------------------------------------------------------- notes, documents and files


@text_form("yinxiang_clip_note_info_fields")
def yinxiang_clip_note_info_fields(story: Story) -> Wrapped:
    """A 印象笔记 web clip copied with its note info (UTF-8): 标题, 笔记本, 标签, 创建/更新时间 (later days), 来源 and
    作者, a rule, the page's headline, date and 来源, the text, the page's leftover bars, a rule and the clipper."""
    rng = _rng(story, "yinxiang_clip_note_info_fields")
    place = rng.choice(PLACES)
    created = _after(story.published, rng, 1, 8)
    updated = created + dt.timedelta(days=rng.randrange(0, 5), hours=rng.randrange(1, 9))
    title = f"标题：{story.headline}" if story.headline else f"标题：网页剪藏 {created:%Y-%m-%d}"
    fields = "\n".join(
        [
            f"笔记本：{rng.choice(['招商信息收集', '工作资料', '学习摘抄'])}",
            f"标签：{rng.choice(['外地经验', '媒体报道'])}, 待整理, {created.year}",
            f"创建时间：{created.year}/{created.month}/{created.day} {created:%H:%M}",
            f"更新时间：{updated.year}/{updated.month}/{updated.day} {updated:%H:%M}",
            f"来源：http://www.example-t11-{rng.randrange(100, 999)}.gov.cn/art/{created.year}/"
            f"art_{rng.randrange(1000, 9999)}_{rng.randrange(10**5, 10**6)}.html",
            f"作者：{rng.choice(NAMES)}",
        ]
    )
    rule = "—" * 24
    moment = _moment(story.published, rng)
    info = _run(
        [
            f"发布日期：{moment:%Y-%m-%d}" if moment else None,
            f"来源：{story.outlet}" if story.outlet else None,
        ],
        "　　",
    )
    leftovers = f"分享到：　　【打印本页】　　【关闭窗口】\n扫一扫在手机打开当前页\n主办：{place}人民政府办公室"
    clipper = "使用 印象笔记·剪藏 保存网页，随时随地查看"
    text = _join_lines([title, fields, rule, "", story.headline, info, "", *story.lines, "", leftovers, rule, clipper])
    untitled = [] if story.headline else [title]
    furniture = (*untitled, fields, leftovers, clipper)
    return Wrapped(
        text + "\n",
        furniture,
        f"file:///印象笔记导出/{rng.randrange(10**5)}.txt",
        kind="text",
    )


@text_form("feishu_wiki_huibian_outline_readers")
def feishu_wiki_huibian_outline_readers(story: Story) -> Wrapped:
    """A 飞书-like 知识库 document copied whole (UTF-8): the wiki path, the document's own title, the owner with a later
    最近修改, 目录 with the headline numbered among other items, the headline numbered, （来源 and the day）, the text,
    the next section, 评论 with an @ and a later day, and 阅读记录."""
    rng = _rng(story, "feishu_wiki_huibian_outline_readers")
    place = rng.choice(PLACES)
    owner, clerk, chief = rng.sample(NAMES, 3)
    day = story.published or dt.date(2021, 10, 12)
    path = f"知识库 / {place}投资促进局 / 宣传信息 / 媒体报道汇编"
    doc_title = f"{day.year}年{day.month}月外地招商经验媒体报道汇编"
    edited = _after(story.published, rng, 3, 20)
    owner_line = f"所有者：{owner}　　最近修改：{edited.month}月{edited.day}日 {edited:%H:%M}"
    next_title, next_text = rng.choice(NEXT_ITEMS)
    third = rng.choice([other for other in OTHERS if other != next_title])
    outline = [
        "目录",
        f"一、{story.headline}" if story.headline else "一、媒体报道摘编",
        f"二、{next_title}",
        f"三、{third}",
    ]
    heading = f"一、{story.headline}" if story.headline else "一、媒体报道摘编"
    source = _run(
        [
            f"来源：{story.outlet}" if story.outlet else None,
            f"{day:%Y年%m月%d日}" if story.published else None,
        ],
        "　",
    )
    commented = edited + dt.timedelta(hours=rng.randrange(1, 30))
    comments = "\n".join(
        [
            f"评论（{rng.randrange(2, 6)}）",
            f"{chief}　{commented.month}月{commented.day}日 {commented:%H:%M}",
            f"@{clerk} 第一篇可以摘要后报送市局，其他的留存备查。",
            f"{clerk}　{commented.month}月{commented.day}日 {(commented + dt.timedelta(minutes=23)):%H:%M}",
            "收到，今天下班前报。",
        ]
    )
    readers = f"阅读记录：{rng.randrange(8, 40)} 人阅读过此文档　　仅所有者可查看阅读明细"
    text = _join_lines(
        [
            path,
            doc_title,
            owner_line,
            "",
            *outline,
            "",
            heading,
            f"（{source}）" if source else None,
            *story.lines,
            "",
            f"二、{next_title}",
            next_text,
            "",
            comments,
            readers,
        ]
    )
    untitled = [] if story.headline else [heading]
    furniture = (
        path,
        doc_title,
        owner_line,
        f"二、{next_title}",
        f"三、{third}",
        *untitled,
        f"二、{next_title}\n{next_text}",
        comments,
        readers,
    )
    return Wrapped(
        text,
        furniture,
        f"https://example-t11-{rng.randrange(100, 999)}.feishu.example.cn/wiki/{rng.randrange(16**10, 16**11):x}",
        kind="text",
    )


@text_form("eml_raw_mime_base64_attachment_gb18030")
def eml_raw_mime_base64_attachment_gb18030(story: Story) -> Wrapped:
    """A raw .eml file opened in a text editor (GB18030, CRLF): Received, Date (a later day), From, To, Subject in
    encoded words, X-Mailer and MIME headers, the boundary, the text part's headers, the sender's note, the headline,
    来源 and the day, the text, the signature, the attachment's part headers and its base64."""
    rng = _rng(story, "eml_raw_mime_base64_attachment_gb18030")
    place = rng.choice(PLACES)
    sender, receiver = rng.sample(NAMES, 2)
    domain = f"example-t11-{rng.randrange(100, 999)}.gov.cn"
    sent = _after(story.published, rng, 1, 6)
    stamp = sent.strftime("%a, %d %b %Y %H:%M:%S +0800")
    subject = f"报送：{story.headline}" if story.headline else "报送：招商动态信息一则"

    def words(value: str) -> str:
        return f"=?GB18030?B?{base64.b64encode(value.encode('gb18030')).decode()}?="

    part = f"----=_Part_{rng.randrange(10**5, 10**6)}_{rng.randrange(10**8, 10**9)}.{rng.randrange(10**12, 10**13)}"
    headers = "\n".join(
        [
            f"Received: from web{rng.randrange(1, 9)}.{domain} (unknown [10.{rng.randrange(1, 250)}.3.8])",
            f"\tby mx.{domain} (Coremail) with SMTP id {rng.randrange(10**9, 10**10)}",
            f"\tfor <zsj@{domain}>; {stamp} (CST)",
            f"Date: {stamp}",
            f'From: "{words(sender)}" <xxk{rng.randrange(10, 99)}@{domain}>',
            f'To: "{words(receiver)}" <zsj@{domain}>',
            f"Subject: {words(subject)}",
            f"X-Mailer: Coremail Webmail Server Version XT5.0.{rng.randrange(10, 15)} "
            f"build {rng.randrange(10**7, 10**8)}",
            f"Message-ID: <{rng.randrange(10**9, 10**10)}.{rng.randrange(10**5, 10**6)}@{domain}>",
            "MIME-Version: 1.0",
            f'Content-Type: multipart/mixed; boundary="{part}"',
        ]
    )
    boundary = f"--{part}"
    text_part = "Content-Type: text/plain; charset=GB18030\nContent-Transfer-Encoding: 8bit"
    note = f"{receiver}科长：\n　　本周信息稿一篇，正文如下，Word版见附件，请审核后报送。"
    info = _run(
        [
            f"来源：{story.outlet}" if story.outlet else None,
            f"时间：{_unpadded(story.published)}" if story.published else None,
        ],
        "　",
    )
    signature = f"--\n{sender}\n{place}投资促进局综合科\n电话：0{rng.randrange(700, 900)}-{rng.randrange(10**6, 10**7)}"
    name = words(f"信息稿{sent:%m%d}.docx")
    attachment = "\n".join(
        [
            "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;",
            f'\tname="{name}"',
            "Content-Transfer-Encoding: base64",
            "Content-Disposition: attachment;",
            f'\tfilename="{name}"',
        ]
    )
    blob = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(rng.randrange(256) for _ in range(57 * 5))
    encoded = base64.b64encode(blob).decode()
    payload = "\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76))
    text = _join_lines(
        [
            headers,
            "",
            "This is a multi-part message in MIME format.",
            "",
            boundary,
            text_part,
            "",
            note,
            "",
            story.headline,
            info,
            *story.lines,
            "",
            signature,
            "",
            boundary,
            attachment,
            "",
            payload,
            "",
            f"{boundary}--",
        ]
    ).replace("\n", "\r\n")
    furniture = (
        headers,
        "This is a multi-part message in MIME format.",
        boundary,
        text_part,
        note,
        signature,
        attachment,
        payload,
    )
    return Wrapped(
        text + "\r\n",
        furniture,
        f"file:///Downloads/{rng.randrange(10**6)}.eml",
        encoding="gb18030",
        kind="text",
    )


@text_form("fagui_db_record_bracket_fields_gb18030")
def fagui_db_record_bracket_fields_gb18030(story: Story) -> Wrapped:
    """A law and policy database's record of a 地方工作动态 item exported as text (GB18030, CRLF): the database,
    【标题】, 【来源】, 【发布日期】 (dotted), 【类别】/【地区】/【收录日期】 (later), 【正文】 with indented
    paragraphs, 【引证码】 and the download line."""
    rng = _rng(story, "fagui_db_record_bracket_fields_gb18030")
    database = rng.choice(["法信通法规数据库", "政策法规信息检索系统", "地方法规政策库"])
    head = f"{database}　　www.example-t11-fagui.cn"
    listed = _after(story.published, rng, 2, 25)
    fields = "\n".join(
        [
            "【类别】地方工作动态",
            f"【地区】{rng.choice(PROVINCES)}省",
            f"【收录日期】{listed:%Y.%m.%d}",
        ]
    )
    code = f"【引证码】FX.DT.{rng.randrange(10**6, 10**7)}"
    pulled = _after(story.published, rng, 30, 300)
    user = rng.choice(["某县投资促进局", "某市商务局", "某开发区管委会"])
    download = (
        f"本篇由{user}（IP：10.{rng.randrange(1, 250)}.{rng.randrange(1, 250)}.{rng.randrange(1, 250)}）"
        f"于{pulled:%Y-%m-%d %H:%M:%S}下载　　仅供内部学习参考，请勿转载"
    )
    text = _join_lines(
        [
            head,
            "",
            f"【标题】{story.headline}" if story.headline else None,
            f"【来源】{story.outlet}" if story.outlet else None,
            f"【发布日期】{story.published:%Y.%m.%d}" if story.published else None,
            fields,
            "【正文】",
            *(f"　　{line}" for line in story.lines),
            "",
            code,
            "",
            download,
        ]
    ).replace("\n", "\r\n")
    furniture = (head, fields, code, download)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"file:///法规库导出-{rng.randrange(10**5)}.txt",
        encoding="gb18030",
        kind="text",
    )


@text_form("ebook_huibian_txt_toc_running_head")
def ebook_huibian_txt_toc_running_head(story: Story) -> Wrapped:
    """An e-book of a county's 招商引资工作资料汇编 converted to text (UTF-8, CRLF): the title page, 目录, the part's
    heading, the headline, the text with the running head between two paragraphs, （来源 and the day）, and the next
    article's title and opening paragraph."""
    rng = _rng(story, "ebook_huibian_txt_toc_running_head")
    place = rng.choice(PLACES)
    year = story.published.year if story.published else 2021
    book = f"{place}招商引资工作资料汇编（{year}）"
    title_page = f"{book}\n{place}投资促进局　编\n{year + 1}年1月\n内部资料　注意保存"
    pages = sorted(rng.sample(range(3, 220), 4))
    toc = "\n".join(
        [
            "目　　录",
            f"第一部分　领导讲话 …………………… {pages[0]}",
            f"第二部分　政策文件 …………………… {pages[1]}",
            f"第三部分　媒体报道 …………………… {pages[2]}",
            f"第四部分　重点项目推介 ……………… {pages[3]}",
        ]
    )
    part = "第三部分　媒体报道"
    running = f"{place}招商引资工作资料汇编"
    lines = list(story.lines)
    cut = rng.randrange(1, len(lines)) if len(lines) >= 2 else len(lines)
    body = [*lines[:cut], running, *lines[cut:]] if len(lines) >= 2 else lines
    source = _run(
        [
            f"来源：{story.outlet}" if story.outlet else None,
            _unpadded(story.published) if story.published else None,
        ],
        "，",
    )
    next_title, next_text = rng.choice(NEXT_ITEMS)
    text = _join_lines(
        [
            title_page,
            "",
            toc,
            "",
            part,
            "",
            story.headline,
            "",
            *body,
            f"（{source}）" if source else None,
            "",
            next_title,
            "",
            next_text,
        ],
        newline="\r\n",
    )
    furniture = (title_page, toc, part, *([running] if len(lines) >= 2 else []), next_title, next_text)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"file:///电子书/{book}.txt",
        kind="text",
    )


# ---------------------------------------------------------------- reading tools and devices


@text_form("nvda_speech_log_roles_utf16")
def nvda_speech_log_roles_utf16(story: Story) -> Wrapped:
    """A screen reader's speech log copied and saved as Unicode text (UTF-16, CRLF): the window's title, 文档, skip
    links, 链接 rows, the crumb, 标题 级别 1 with the headline, 发布时间 and 来源, the text, 按钮 rows, 列表 有 N 项
    with 链接 rows and 列表结束, the footer landmark and 主办 line."""
    rng = _rng(story, "nvda_speech_log_roles_utf16")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    window = f"{story.headline}_{site} - Google Chrome" if story.headline else f"{site} - Google Chrome"
    links = "\n".join(
        [
            "文档",
            "链接　跳转到主要内容",
            "链接　无障碍浏览",
            "链接　长者模式",
            "导航　地标",
            "链接　首页",
            "链接　政务公开",
            "链接　政务服务",
            "链接　投资" + place[:2],
            "链接　互动交流",
        ]
    )
    crumb = "您的位置：　链接　首页　>　链接　投资促进　>　招商动态"
    moment = _moment(story.published, rng)
    info = _run(
        [
            f"发布时间：{moment:%Y-%m-%d %H:%M}" if moment else None,
            f"来源：{story.outlet}" if story.outlet else None,
        ],
        "　",
    )
    heading = f"标题　级别 1　{story.headline}" if story.headline else None
    buttons = "按钮　打印\n按钮　关闭\n按钮　分享到微信"
    related = ["列表　有 3 项", *(f"链接　{title}" for title in rng.sample(OTHERS, 3)), "列表结束"]
    footer = f"内容信息　地标\n主办单位：{site}办公室　　网站标识码：{rng.randrange(10**9, 10**10)}\n{_icp(rng)}"
    text = _join_lines(
        [
            window if story.headline else None,
            links,
            crumb,
            heading,
            info,
            *story.lines,
            buttons,
            "相关链接",
            "\n".join(related),
            footer,
        ]
    ).replace("\n", "\r\n")
    furniture = (links, crumb, buttons, "相关链接\n" + "\n".join(related), footer)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"file:///NVDA语音记录-{rng.randrange(10**4)}.txt",
        encoding="utf-16",
        kind="text",
    )


@text_form("kindle_clippings_highlights_separators_bom")
def kindle_clippings_highlights_separators_bom(story: Story) -> Wrapped:
    """A Kindle's My Clippings file of a page sent to the device (UTF-8 with a BOM, CRLF): every highlight under the
    document's title and a header with its page, location and a later 添加于 day, the first highlight the page's
    date and 来源, one note among them, ========== between."""
    rng = _rng(story, "kindle_clippings_highlights_separators_bom")
    place = rng.choice(PLACES)
    site = f"{place}人民政府网"
    title = f"{story.headline} ({site})" if story.headline else f"招商动态 ({site})"
    added = _after(story.published, rng, 2, 12)
    location = rng.randrange(8, 20)
    page = 1
    entries: list[tuple[str, str]] = []
    headers: list[str] = []

    def header(kind: str, span: int) -> str:
        nonlocal location, added, page
        start = location
        location += span
        added += dt.timedelta(seconds=rng.randrange(20, 300))
        if location // 60 + 1 > page:
            page = location // 60 + 1
        where = f"#{start}-{location}" if kind == "标注" else f"#{start}"
        line = (
            f"- 您在第 {page} 页（位置 {where}）的{kind} | 添加于 {_unpadded(added.date())}{_weekday(added.date())} "
            f"{_clock(added)}:{added.second:02d}"
        )
        headers.append(line)
        return line

    info = _run(
        [
            f"{story.published:%Y-%m-%d}" if story.published else None,
            f"来源：{story.outlet}" if story.outlet else None,
        ],
        "　",
    )
    if info:
        entries.append((header("标注", 2), info))
    note_after = rng.randrange(len(story.lines))
    note = rng.choice(["可借鉴：专班跟踪、领导包联", "对比我县，差在落地服务", "记下来，周例会上讲"])
    for index, line in enumerate(story.lines):
        entries.append((header("标注", max(2, len(line) // 40)), line))
        if index == note_after:
            entries.append((header("笔记", 0), note))
    separator = "=========="
    blocks = [f"{title}\n{head}\n\n{said}\n{separator}" for head, said in entries]
    text = "\n".join(blocks).replace("\n", "\r\n")
    untitled = [] if story.headline else [title]
    furniture = (*untitled, site, *headers, note)
    return Wrapped(
        text + "\r\n",
        furniture,
        "file:///Kindle/documents/My Clippings.txt",
        encoding="utf-8-sig",
        kind="text",
    )


@text_form("beiwanglu_share_yaodian_todo")
def beiwanglu_share_yaodian_todo(story: Story) -> Wrapped:
    """An iPhone 备忘录 note shared as text (UTF-8): the note's own title, 要点 and to-do lines, 原文：, the headline,
    the outlet with the day (unpadded, slashed), the text and the link."""
    rng = _rng(story, "beiwanglu_share_yaodian_todo")
    own = rng.choice(["学习材料｜外地招商经验", "招商例会素材", "周五汇报要用"])
    points = "\n".join(
        [
            "要点：",
            "1. 项目专班＋链长制，一个项目一名县领导包联",
            "2. 签约后当月建台账，开工前每周调度",
            "3. 对比我们：落地服务慢、要素保障跟不上",
        ]
    )
    todo = "\n".join(
        [
            f"☐ 周五前整理成对比材料报{rng.choice(['局长', '分管县长', '主任'])}",
            "☐ 联系对方投促局要政策原文",
            "☑ 转发科室群",
        ]
    )
    label = "原文："
    credit = _run(
        [
            story.outlet,
            f"{story.published.year}/{story.published.month}/{story.published.day}" if story.published else None,
        ],
        "　",
    )
    token = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(22))
    link = f"https://mp.example-t11-wx.cn/s/{token}"
    text = _join_lines([own, "", points, "", todo, "", label, story.headline, credit, *story.lines, "", link])
    furniture = (own, points, todo, link)
    return Wrapped(
        text + "\n",
        furniture,
        f"file:///备忘录/{own.replace('｜', '-')}.txt",
        kind="text",
    )


# ---------------------------------------------------------------- social posts and spaces


@text_form("shipinhao_desc_topics_shouqi_comments")
def shipinhao_desc_topics_shouqi_comments(story: Story) -> Wrapped:
    """A 视频号 video's description copied in the PC client: 视频号 with the account and 关注, the player's time,
    【headline】, the text, the topics, 收起, the day, the place, the likes row, 全部评论 and 推荐 videos."""
    rng = _rng(story, "shipinhao_desc_topics_shouqi_comments")
    place = rng.choice(PLACES)
    account = story.outlet or f"{place[:2]}发布"
    invented = [] if story.outlet else [account]
    top = "视频号　　消息　　—　□　×"
    follow = "关注"
    player = f"00:00 / {rng.randrange(1, 6):02d}:{rng.randrange(60):02d}　　倍速　　全屏"
    topics = f"#{place[:2]}招商 #项目建设进行时 #家乡变化看得见"
    fold = "收起"
    spot = f"{place}·{rng.choice(['经济开发区', '高新区管委会', '县行政中心'])}"
    row = (
        f"♡ {_count(rng)}　　转发 {rng.randrange(5, 900)}　　推荐 {rng.randrange(5, 900)}　　"
        f"评论 {rng.randrange(3, 90)}"
    )
    comments = [f"全部评论（{rng.randrange(3, 90)}）"]
    for nick, remark in zip(rng.sample(NICKS, 3), rng.sample(REMARKS, 3), strict=True):
        said = _after(story.published, rng, 0, 5)
        comments.append(f"{nick}\n{remark}\n{said.month}月{said.day}日　　回复　　♡ {rng.randrange(1, 60)}")
    more = ["推荐视频", *(f"{title}　{_count(rng)}次播放" for title in rng.sample(OTHERS, 2))]
    text = _join_lines(
        [
            top,
            account,
            follow,
            player,
            f"【{story.headline}】" if story.headline else None,
            *story.lines,
            topics,
            fold,
            _unpadded(story.published) if story.published else None,
            spot,
            row,
            *comments,
            *more,
        ]
    )
    furniture = (top, *invented, f"{follow}\n{player}", f"{topics}\n{fold}", spot, row, *comments, *more)
    return Wrapped(
        text,
        furniture,
        f"https://channels.example-t11.cn/web/pages/feed?oid={rng.randrange(10**12, 10**13)}",
        kind="text",
    )


@text_form("qzone_rizhi_zhuanzai_fenlei_reads")
def qzone_rizhi_zhuanzai_fenlei_reads(story: Story) -> Wrapped:
    """A QQ空间 日志 reposted, select-all copied: the space's name and motto, its menu, 日志 and 返回日志列表, the
    headline, 转载自 with a later day, 分类, 阅读 and 评论, the original's day and outlet, the text, 转载/分享/举报,
    上一篇/下一篇, 评论 with yearless days, 发表评论 and the rights line."""
    rng = _rng(story, "qzone_rizhi_zhuanzai_fenlei_reads")
    owner, origin = rng.sample(NICKS, 2)
    space = f"{owner}的空间\n{rng.choice(['家乡好，才是真的好', '平平淡淡才是真', '努力做好每一件事'])}"
    menu = "主页　　日志　　相册　　留言板　　说说　　个人档　　音乐　　更多"
    back = "日志\n< 返回日志列表"
    reposted = _after(story.published, rng, 1, 40)
    reads = f"阅读({rng.randrange(5, 400)})　　评论({rng.randrange(1, 9)})"
    repost = f"转载自　{origin}　　{reposted:%Y-%m-%d %H:%M}　　分类：家乡新闻　　{reads}"
    original = _run(
        [
            _unpadded(story.published) if story.published else None,
            story.outlet,
        ],
        "　　",
    )
    tools = "转载　　分享　　|　　举报"
    before, after = rng.sample(OTHERS, 2)
    neighbours = f"上一篇：{before}\n下一篇：{after}"
    comments = ["评论"]
    for nick, remark in zip(
        rng.sample([n for n in NICKS if n not in (owner, origin)], 2), rng.sample(REMARKS, 2), strict=True
    ):
        said = _after(story.published, rng, 1, 45)
        comments.append(f"{nick}：{remark}　　{said.month}月{said.day}日 {said:%H:%M}　回复")
    write = "发表评论\n同时转发到说说　　发表"
    rights = "腾讯公司 版权所有　　Copyright © 1998 - 2024 Tencent. All Rights Reserved."
    text = _join_lines(
        [
            space,
            menu,
            back,
            story.headline,
            repost,
            original,
            "",
            *story.lines,
            "",
            tools,
            neighbours,
            *comments,
            write,
            rights,
        ]
    )
    furniture = (space, menu, back, repost, tools, neighbours, *comments, write, rights)
    return Wrapped(
        text,
        furniture,
        f"https://user.qzone.example-t11.cn/{rng.randrange(10**8, 10**10)}/blog/{rng.randrange(10**9, 10**10)}",
        kind="text",
    )


@text_form("weitoutiao_run_in_bracket_ip")
def weitoutiao_run_in_bracket_ip(story: Story) -> Wrapped:
    """A 今日头条 微头条 post copied on the PC site: the bar, the account with its 认证 line, the time, IP属地, 关注,
    【headline】 run into the first paragraph, the text, #topics#, 阅读, the row, 写评论, comments and 相关推荐."""
    rng = _rng(story, "weitoutiao_run_in_bracket_ip")
    place = rng.choice(PLACES)
    bar = "首页　　下载头条　　反馈　　侵权投诉　　头条产品　　登录"
    account = story.outlet or f"{place[:2]}发布"
    invented = [] if story.outlet else [account]
    badge = "优质资讯领域创作者" if story.outlet else f"{place}融媒体中心官方账号"
    moment = _moment(story.published, rng)
    where = f"IP属地：{rng.choice(PROVINCES)}"
    follow = "+ 关注"
    lines = list(story.lines)
    if story.headline and lines:
        lines[0] = f"【{story.headline}】{lines[0]}"
    elif story.headline:
        lines = [f"【{story.headline}】"]
    topics = f"#{place[:2]}头条# #招商引资进行时#"
    reads = f"{_count(rng)}阅读"
    row = f"赞 {rng.randrange(2, 500)}　　评论 {rng.randrange(1, 60)}　　转发 {rng.randrange(0, 80)}　　收藏"
    write = "写评论...\n发布"
    comments = []
    for nick, remark in zip(rng.sample(NICKS, 2), rng.sample(REMARKS, 2), strict=True):
        said = _after(story.published, rng, 0, 4)
        comments.append(f"{nick}\n{remark}\n{said:%m-%d} · {rng.choice(PROVINCES)}　　回复　　赞")
    related = ["相关推荐", *rng.sample(OTHERS, 3)]
    text = _join_lines(
        [
            bar,
            account,
            badge,
            f"{moment:%Y-%m-%d %H:%M}" if moment else None,
            where,
            follow,
            *lines,
            topics,
            reads,
            row,
            write,
            *comments,
            *related,
        ]
    )
    furniture = (bar, *invented, badge, f"{where}\n{follow}", topics, f"{reads}\n{row}\n{write}", *comments, *related)
    return Wrapped(
        text,
        furniture,
        f"https://www.toutiao.example-t11.cn/w/{rng.randrange(10**18, 10**19)}/",
        kind="text",
    )


@text_form("pengyouquan_long_post_likes_utf16")
def pengyouquan_long_post_likes_utf16(story: Story) -> Wrapped:
    """A 朋友圈 long post copied in the PC client and saved as Unicode text (UTF-16, CRLF): 朋友圈 with the poster, the
    headline as the post's first line, the text, （来源：outlet）, the place, the post's time, likes and comments."""
    rng = _rng(story, "pengyouquan_long_post_likes_utf16")
    place = rng.choice(PLACES)
    poster = rng.choice(NAMES)
    likers = rng.sample([name for name in NAMES if name != poster], 4)
    top = f"朋友圈\n{poster}"
    credit = f"（来源：{story.outlet}）" if story.outlet else None
    spot = f"{place}·{rng.choice(['经济开发区管委会', '县投资促进局', '高铁新区'])}"
    if story.published:
        moment = _moment(story.published, rng)
        when = f"{_unpadded(story.published)} {moment:%H:%M}"
        relative = []
    else:
        when = f"{rng.randrange(2, 6)}天前"
        relative = [when]
    likes = "♡ " + "，".join(likers)
    first, second = rng.sample(REMARKS, 2)
    comments = "\n".join(
        [
            f"{likers[0]}：{first}",
            f"{poster}回复{likers[0]}：欢迎回家看看！",
            f"{likers[2]}：{second}",
        ]
    )
    text = _join_lines(
        [top, story.headline, *story.lines, credit, spot, when, likes, comments],
    ).replace("\n", "\r\n")
    furniture = (top, spot, *relative, likes, comments)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"file:///朋友圈-{poster}-{rng.randrange(10**4)}.txt",
        encoding="utf-16",
        kind="text",
    )


DEV_T11, LOCKED_T11 = split_by_digest(TEXT_FORMS11, "text round 11/", locked=6)
