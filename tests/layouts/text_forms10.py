"""Twelve text capture forms written blind (text round 10): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of site, app, copy tool or document
gives, none of them drawn in text rounds 1 to 9, weighed toward what stands above the headline and between the
headline and the text (an e-mail's headers, a colleague's note and signature over a forwarded one, a news client's
open-app banner and its 人民号 account, an audio platform's album, player and tabs, a company site's slogan, menu and
side columns, a 公众号 article's 原创 line and 合集 tags, a 传阅单's table with its 拟办意见 and 领导批示, a 美篇's
nickname and background music, a 手机报's issue lines and 今日导读, a TV station's player and its fallback note, a
新闻奖 推荐表's fields, a 期刊 site's issue line), toward what stands inside the text (a pager where a paged
article's pages were pasted one after the other) and below it (a disclaimer, 人民号's statement, 专辑里的声音, a
floating 在线客服 column, 合集 目录 with 上一篇/下一篇, 要闻速览 and 退订 lines, 本期节目 items with their times, the
推荐表's 作品简介, 社会效果 and 评语, 本期目录, comments, footers), and toward stories that show no headline (each form
then shows what it would show without one):

- an e-mail forwarded twice in an Outlook-like client, saved as text (GB18030 bytes, CRLF): 发件人/发送时间 (a later
  day with 星期)/收件人/抄送/主题 with their tabs, the colleague's note, the signature block, -----原始邮件----- with
  the first sender's headers, the headline, 来源 and 发布时间, the text, and the 保密声明 in Chinese and English;
- a 人民日报客户端-like news client's share page of a 人民号 article select-all copied on a phone: the client's bar
  with 打开, the open-app banner, the headline, the account (the outlet, or a 发布 account, listed), 人民号 with
  +关注, the time, 浏览量, the text, the platform's statement that 人民号 authors publish on their own, 点赞 with the
  share row, 相关阅读 titles each with an account and a yearless day, and the open-the-client call;
- an audio platform's episode page copied: the platform's bar, a crumb, the album's name, the headline as the
  episode's title, 主播 (the outlet, or the station, listed), the day with its length and plays, the player's time
  and buttons, the 简介/文稿/评论 tabs, the text as the 文稿, the uploader's note, the album's line with 订阅,
  专辑里的声音 with lengths and later days, comments with yearless days and the rights lines;
- a 企业官网's 新闻中心 page select-all copied and saved by Notepad (UTF-8 with a BOM, CRLF): the welcome bar with
  the service line, the company's names in Chinese and English, the menu, 新闻中心 NEWS with the column list, a
  crumb, the headline, 文章来源/发布时间 (year/month/day, unpadded)/人气, the text, 分享到, 上一篇/下一篇 company
  items, 返回列表, the side 联系我们 block, the floating 在线客服 column and the rights line with 技术支持;
- a 公众号 article in a 合集 on the PC client copied and saved as Unicode text (UTF-16 with a BOM, CRLF): the
  headline, 原创 with the writer, the account (the outlet, or a 发布 account, listed), the time, 发表于 a province,
  收录于合集 with its tags, the text, 编辑/审核, the 合集 目录 card with 上一篇/下一篇, 阅读原文, the 阅读 and 在看
  rows, 留言 with a reader's note and the account's reply;
- a 文件传阅单 in Word saved as text by WPS (GB18030 bytes, CRLF, table cells on tabs): the bureau, the slip's
  name, 编号 with a later 收文日期, 来文单位 (the outlet, or the office's clippings, listed), 文件标题, 拟办意见 with
  a name and a later day, 领导批示, 传阅 rows, 办理结果, then the clipping: 《outlet》 with the day and 版, the
  headline and the text;
- a 美篇 article's share page select-all copied: 美篇 with 打开App, the headline, the writer's nickname with its
  美篇号 and 关注, the day, 阅读 and 点赞, the background music line, the text, 文字来源 (the outlet), 著作权 and
  投诉 lines, the 赞/评论/分享 row, 推荐阅读 titles with nicknames and the call to open the app;
- a 县 手机报 issue copied from the phone's messages: 【X手机报】, the day with 星期, 总第N期, 主办/承办, 今日导读
  (the headline among other items), 【经济视点】, the headline, the text, （来源：outlet）, 要闻速览 items each with a
  short text, the weather line, 本刊热线 and 退订回复TD;
- a 市 news portal's paged article, its pages copied one after the other and pasted into Notepad (UTF-8, CRLF):
  the portal's bar, a crumb, the headline, the time with seconds and 来源, 作者, 【字体】, the first page's
  paragraphs, the pager (共2页：上一页 1 2 下一页), the second page's paragraphs, the pager again, 责任编辑, the
  tools and 相关新闻 titles;
- a 县 广播电视台 site's 点播 page copied: the station's bar, the menu, the live channels, a crumb, the headline,
  the time and 来源 with 点击, the player's loading line, its time and controls, the browser's no-HTML5 note,
  视频文稿, the text, 本期节目 items each with its time in the program, the program's line with its air time,
  上一条/下一条 and the station's licence and rights lines;
- a 新闻奖 参评作品推荐表 in Word saved as text in Unicode big-endian (UTF-16-BE bytes after a BOM, CRLF, cells on
  tabs): the award's name, 作品标题, 参评项目 with 字数, 作者 and 编辑, 刊播单位 (the outlet, or the station, listed),
  刊播日期, 刊播版面, 作品简介, 社会效果, 初评评语 with the blank 签名 day, 推荐单位意见, then 参评作品 with the
  headline and the text, and the 联系人 line;
- a 期刊 site's article page copied (a 文摘 magazine's reprint): the site's bar, a crumb ending in the issue, the
  magazine with its later issue, the headline, 栏目, 字数 and 阅读, the text, （原载 outlet and the day）, the issue
  and 原版页码 line, 本期目录 titles with pages, 相关文章 and the rights line.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels, or with markup: a table row's label and tabs, 《outlet》, a credit in brackets) are the capture's
metadata and are not listed, nor are lines that hold the headline, the date or the outlet among other words (an
e-mail's 主题: 转发:, a 导读 list, a clipping's 《outlet》 with its day and 版, a time with 来源 and a counter whose
counter is listed apart). A block of short lines (headers, a tab bar, a floating column, a table) is listed as one
string: squashed, it is one run of the text.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 10/" + name are `LOCKED_T10`, the other six `DEV_T10`. Round 10 is sealed: not scored when
written, to be scored once, both halves, at the end of the text path's next change.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterable

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import _join_lines

TEXT_FORMS10: dict[str, Layout] = {}
NAMES = ["闫春燕", "栾德明", "舒晓岚", "韦国栋", "谭秋实", "柏玉珍", "邬建军", "宓丽华"]
PROVINCES = ["江西", "安徽", "湖北", "浙江", "四川", "福建", "湖南", "广西"]
# Titles of other items a capture lists (related, neighbouring, more): none is about the story.
OTHERS = [
    "县城区第二水厂扩建工程通水试运行",
    "全区开展秋季学校食堂卫生专项检查",
    "镇文化站举办农民书画作品展",
    "县中医院新建康复病区正式启用",
    "区妇联开展“最美家庭”评选活动",
    "县交警大队开展电动车头盔佩戴劝导",
    "全县冬春农田水利建设现场会召开",
    "社区新开设老年助餐点受欢迎",
    "县图书馆少儿阅览室完成改造",
    "区应急管理局组织地震应急疏散演练",
    "县农技站开展水稻病虫害统防统治",
    "街道开展垃圾分类入户宣传活动",
]
# A company's own news items.
COMPANY_NEWS = [
    "公司顺利通过质量管理体系年度监督审核",
    "公司举办新员工入职培训暨团队拓展活动",
    "热烈庆祝公司成立十周年",
    "公司组织开展夏季消防安全演练",
    "公司新一代产品荣获省级优秀新产品奖",
    "公司工会开展“送清凉”慰问活动",
]
# A 手机报's other items: a title and a short text.
BRIEFS = [
    ("全县高考考点准备工作就绪", "全县设考点3个、考场126个，各项保障工作已全部落实到位。"),
    ("城区夜间施工噪声集中整治启动", "城管、生态环境部门将对城区建筑工地开展夜间巡查，受理群众投诉。"),
    ("县人民医院推出周末门诊服务", "即日起内科、儿科、妇科等科室周六、周日全天开诊，方便群众就医。"),
    ("今年首批高素质农民培训班开班", "培训围绕特色种养、电商营销等内容，共有学员80人参加。"),
    ("县公交公司新开通两条城乡公交线路", "新线路覆盖沿线8个行政村，票价统一为2元。"),
]
# A magazine issue's other articles.
ISSUE_ITEMS = [
    "县域经济高质量发展的几点思考",
    "乡村振兴中的人才引育之道",
    "以数字化改革推动基层治理现代化",
    "做好新时代群众工作的“四个坚持”",
    "民营经济发展的地方探索与启示",
    "让老字号焕发新活力",
]
# A TV news program's other items of the same evening.
PROGRAM_ITEMS = [
    "县委常委会召开会议传达学习上级会议精神",
    "全县防汛工作调度会召开",
    "我县启动“文明交通”宣传月活动",
    "县领导督导检查安全生产工作",
    "农村人居环境整治持续推进",
    "天气预报",
]
SONGS = ["我和我的祖国", "在希望的田野上", "春天的故事", "走进新时代", "我爱你中国"]


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS10)


def _moment(day: dt.date | None, rng: random.Random) -> dt.datetime | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(rng.randrange(7, 22), rng.randrange(60), rng.randrange(60)))


def _after(day: dt.date | None, rng: random.Random, low: int, high: int) -> dt.date:
    """A day after the story's (a mail, an issue, a comment): a date the capture shows, not its own."""
    return (day or dt.date(2021, 9, 14)) + dt.timedelta(days=rng.randrange(low, high))


def _unpadded(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _weekday(day: dt.date) -> str:
    return "星期" + "一二三四五六日"[day.weekday()]


def _run(parts: Iterable[str | None], gap: str) -> str | None:
    kept = [part for part in parts if part]
    return gap.join(kept) if kept else None


def _count(rng: random.Random) -> str:
    value = rng.randrange(30, 90000)
    return f"{value / 10000:.1f}万" if value >= 10000 else str(value)


def _phone(rng: random.Random) -> str:
    return f"0{rng.choice(['791', '551', '27', '571', '28', '591', '771'])}-{rng.randrange(10**7, 10**8)}"


def _mobile(rng: random.Random) -> str:
    return f"1{rng.choice(['38', '59', '86', '33', '76'])}{rng.randrange(10**7, 10**8)}"


def _icp(rng: random.Random) -> str:
    province = rng.choice(["赣", "皖", "鄂", "浙", "川", "闽", "桂"])
    return f"{province}ICP备{rng.randrange(10**7, 10**8)}号-{rng.randrange(1, 6)}"


def _length(rng: random.Random) -> str:
    return f"{rng.randrange(1, 9):02d}:{rng.randrange(60):02d}"


# ---------------------------------------------------------------- mail, documents and forms


@text_form("outlook_forward_fw_disclaimer_gb18030")
def outlook_forward_fw_disclaimer_gb18030(story: Story) -> Wrapped:
    """An e-mail forwarded twice, saved as text by an Outlook-like client (GB18030, CRLF): the headers with a later
    day, the colleague's note, the signature, -----原始邮件----- with the first headers, the headline, 来源 and
    发布时间, the text, and the 保密声明 in Chinese and English."""
    rng = _rng(story, "outlook_forward_fw_disclaimer_gb18030")
    place = rng.choice(PLACES)
    bureau = f"{place}投资促进局"
    sender, first, chief = rng.sample(NAMES, 3)
    domain = f"example-t10-{rng.randrange(100, 999)}.gov.cn"
    sent = _after(story.published, rng, 2, 9)
    received = sent - dt.timedelta(days=rng.randrange(1, 3))
    subject = story.headline or "招商动态信息一则"
    headers = "\n".join(
        [
            f"发件人:\t{sender} <zs{rng.randrange(10, 99)}@{domain}>",
            f"发送时间:\t{_unpadded(sent)} {_weekday(sent)} {rng.randrange(8, 12)}:{rng.randrange(60):02d}",
            f"收件人:\t招商一科; 招商二科; 项目服务科; {chief} <jz@{domain}>",
            f"抄送:\t办公室 <bgs@{domain}>",
        ]
    )
    note = "\n".join(
        [
            "各位同事：",
            "转发一篇媒体报道，供学习参考。请各招商小分队结合本周走访情况，于周五下班前报送在谈项目进展。",
            "谢谢！",
        ]
    )
    signature = "\n".join(
        [
            sender,
            f"{bureau} 招商一科",
            f"电话：{rng.choice(['0791', '0551', '027'])}-{rng.randrange(10**7, 10**8)}　手机：{_mobile(rng)}",
        ]
    )
    original = "\n".join(
        [
            "-----原始邮件-----",
            f"发件人:\t{first} <xxk@{domain}>",
            f"发送时间:\t{_unpadded(received)} 17:{rng.randrange(10, 60)}",
            f"收件人:\t{sender} <zs@{domain}>",
        ]
    )
    subject_line = f"主题:\t转发: {subject}"
    inner_subject = f"主题:\t{subject}"
    moment = _moment(story.published, rng)
    info = _run(
        [
            f"来源：{story.outlet}" if story.outlet else None,
            f"发布时间：{moment:%Y-%m-%d %H:%M}" if moment else None,
        ],
        "　　",
    )
    disclaimer = "\n".join(
        [
            "保密声明：本邮件及其附件仅限于发送给上述收件人使用，可能包含工作秘密。如您误收本邮件，请立即通知发件人并"
            "删除，不得复制、转发或披露其内容。",
            "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee. If you "
            "have received it in error, please notify the sender and delete it.",
        ]
    )
    text = _join_lines(
        [
            headers,
            subject_line,
            "",
            note,
            "",
            signature,
            "",
            original,
            inner_subject,
            "",
            story.headline,
            info,
            *story.lines,
            "",
            disclaimer,
        ]
    ).replace("\n", "\r\n")
    untitled = [] if story.headline else [subject_line, inner_subject]
    furniture = (headers, *untitled, note, signature, original, disclaimer)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"file:///转发 {subject[:12]}-{rng.randrange(10**4)}.txt",
        encoding="gb18030",
        kind="text",
    )


@text_form("chuanyue_dan_pishi_clipping_gb18030")
def chuanyue_dan_pishi_clipping_gb18030(story: Story) -> Wrapped:
    """A 文件传阅单 in Word saved as text by WPS (GB18030, CRLF, cells on tabs): the bureau, the slip, 编号 with a
    later 收文日期, 来文单位, 文件标题, 拟办意见, 领导批示, 传阅 rows, 办理结果, then the clipping: 《outlet》 with the
    day and 版, the headline and the text."""
    rng = _rng(story, "chuanyue_dan_pishi_clipping_gb18030")
    place = rng.choice(PLACES)
    level = place[-1]
    bureau = f"{place}商务局"
    year = story.published.year if story.published else 2021
    received = _after(story.published, rng, 1, 6)
    slip = "文件（材料）传阅单"
    serial = f"编号：{year}-{rng.randrange(10, 300):03d}\t\t收文日期：{_unpadded(received)}"
    source = f"来文单位\t{story.outlet}" if story.outlet else "来文单位\t办公室（剪报）"
    title = f"文件标题\t{story.headline}" if story.headline else "文件标题\t媒体报道剪报"
    clerk = rng.choice(NAMES)
    proposal = (
        f"拟办意见\t该报道反映我{level}招商引资工作成效，建议呈局领导阅示，并转各科室学习。\t{clerk}　"
        f"{received.month}月{received.day}日"
    )
    instruction = "领导批示\t请各科室认真学习借鉴，紧盯在谈项目，抓好跟踪服务。"
    rounds = "传阅情况\t局　长\t副局长\t副局长\t纪检组长\n\t\t\t\t\n\t\t\t\t"
    result = "办理结果\t\n备　　注\t阅后请于三日内退回办公室"
    paper_page = rng.randrange(1, 9)
    clipping = None
    if story.outlet and story.published:
        clipping = f"《{story.outlet}》　{_unpadded(story.published)}　第{paper_page}版"
    elif story.outlet:
        clipping = f"《{story.outlet}》"
    elif story.published:
        clipping = _unpadded(story.published)
    text = _join_lines(
        [
            bureau,
            slip,
            serial,
            source,
            title,
            proposal,
            instruction,
            rounds,
            result,
            "",
            "",
            clipping,
            "",
            story.headline,
            "" if story.headline else None,
            *story.lines,
        ]
    ).replace("\n", "\r\n")
    invented = [] if story.outlet else [source]
    untitled = [] if story.headline else [title]
    furniture = (bureau, slip, serial, *invented, *untitled, proposal, instruction, rounds, result)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"file:///传阅单-{rng.randrange(10**4)}.txt",
        encoding="gb18030",
        kind="text",
    )


@text_form("xinwenjiang_tuijianbiao_utf16be")
def xinwenjiang_tuijianbiao_utf16be(story: Story) -> Wrapped:
    """A 新闻奖 参评作品推荐表 in Word saved as Unicode big-endian text (UTF-16-BE after a BOM, CRLF, cells on tabs):
    the award, 作品标题, 参评项目 with 字数, 作者/编辑, 刊播单位, 刊播日期, 刊播版面, 作品简介, 社会效果, 初评评语,
    推荐单位意见, then 参评作品 with the headline and the text, and the 联系人 line."""
    rng = _rng(story, "xinwenjiang_tuijianbiao_utf16be")
    place = rng.choice(PLACES)
    province = rng.choice(PROVINCES)
    year = story.published.year if story.published else 2021
    award = f"{year}年度{province}新闻奖参评作品推荐表"
    kind = "（文字类）"
    title = f"作品标题\t{story.headline}" if story.headline else None
    size = sum(len(line) for line in story.lines)
    item = f"参评项目\t消息\t字　　数\t{size}"
    writer, second, editor, contact = rng.sample(NAMES, 4)
    authors = f"作　　者\n（主创人员）\t{writer}　{second}\t编　　辑\t{editor}"
    unit = f"刊播单位\t{story.outlet}" if story.outlet else f"刊播单位\t{place}融媒体中心"
    day = f"刊播日期\t{story.published:%Y年%m月%d日}" if story.published else None
    page = f"刊播版面\n（名称和版次）\t第{rng.randrange(1, 9)}版　要闻"
    summary = (
        "作品简介\n（采作过程）\t记者多次深入园区和项目现场蹲点采访，走访企业负责人和招商干部，以鲜活事例和翔实数据，"
        f"生动展现了{place}以项目为王、以服务取胜的招商实践。"
    )
    effect = (
        "社会效果\t作品刊发后被多家媒体和网站转载，在干部群众和客商中引起较好反响，为营造重商亲商的浓厚氛围发挥了"
        "积极作用。"
    )
    review = (
        "初评评语\t主题鲜明，选材精当，结构紧凑，语言朴实，较好地体现了新闻的时效性和贴近性。\n"
        "签名：　　　　　　　　年　　月　　日"
    )
    recommend = "推荐单位\n意　　见\t同意推荐。\n（盖章）\n　　　　　　　　年　　月　　日"
    heading = "参评作品"
    phone = f"联系人：{contact}　　手机：{_mobile(rng)}　　电子邮箱：jx{rng.randrange(1000)}@example-t10.cn"
    text = _join_lines(
        [
            award,
            kind,
            title,
            item,
            authors,
            unit,
            day,
            page,
            summary,
            effect,
            review,
            recommend,
            "",
            heading,
            "",
            story.headline,
            *story.lines,
            "",
            phone,
        ]
    ).replace("\n", "\r\n")
    invented = [] if story.outlet else [unit]
    furniture = (award, kind, item, authors, *invented, page, summary, effect, review, recommend, heading, phone)
    return Wrapped(
        "\ufeff" + text + "\r\n",
        furniture,
        f"file:///新闻奖推荐表-{rng.randrange(10**4)}.txt",
        encoding="utf-16-be",
        kind="text",
    )


@text_form("shoujibao_caixin_issue_tuiding")
def shoujibao_caixin_issue_tuiding(story: Story) -> Wrapped:
    """A 县 手机报 issue copied from the phone's messages: 【X手机报】, the day with 星期, 总第N期, 主办/承办, 今日导读
    with the headline among other items, 【经济视点】, the headline, the text, （来源：outlet）, 要闻速览 items, the
    weather, 本刊热线 and 退订回复TD."""
    rng = _rng(story, "shoujibao_caixin_issue_tuiding")
    place = rng.choice(PLACES)
    paper = f"【{place[:2]}手机报】"
    day = f"{_unpadded(story.published)}　{_weekday(story.published)}" if story.published else None
    issue = f"总第{rng.randrange(800, 3000)}期"
    hosts = f"主办：中共{place}委宣传部　承办：{place}融媒体中心"
    briefs = rng.sample(BRIEFS, 3)
    guide_titles = [title for title, _ in briefs[:2]]
    guide = ["【今日导读】", *(f"◆{title}" for title in ([story.headline] if story.headline else []) + guide_titles)]
    listed_guide = ["【今日导读】", *(f"◆{title}" for title in guide_titles)]
    column = "【经济视点】"
    credit = f"（来源：{story.outlet}）" if story.outlet else None
    quick = ["【要闻速览】"]
    for title, said in briefs:
        quick.append(f"■{title}")
        quick.append(said)
    low = rng.randrange(12, 24)
    weather = (
        f"【天气】{place}今天{rng.choice(['多云转阵雨', '晴转多云', '小雨'])}，{low}～{low + rng.randrange(5, 10)}℃，"
        f"{rng.choice(['东南风', '北风', '西南风'])}{rng.randrange(1, 4)}级。"
    )
    hotline = f"本刊热线：{_phone(rng)}　投稿邮箱：sjb{rng.randrange(100, 999)}@example-t10.cn"
    stop = "退订回复TD，资费按运营商标准收取。"
    text = _join_lines(
        [
            paper,
            day,
            issue,
            hosts,
            "",
            *guide,
            "",
            column,
            story.headline,
            *story.lines,
            credit,
            "",
            *quick,
            "",
            weather,
            "",
            hotline,
            stop,
        ]
    )
    furniture = (paper, issue, hosts, *listed_guide, column, "\n".join(quick), weather, hotline, stop)
    return Wrapped(text, furniture, f"file:///手机报-{rng.randrange(10**4)}.txt", kind="text")


# ---------------------------------------------------------------- apps and clients


@text_form("renminhao_client_share_open_app")
def renminhao_client_share_open_app(story: Story) -> Wrapped:
    """A news client's share page of a 人民号 article select-all copied on a phone: the client's bar, the open-app
    banner, the headline, the account, 人民号 with +关注, the time, 浏览量, the text, the statement, 点赞 with the
    share row, 相关阅读 with accounts and yearless days, and the open-the-client call."""
    rng = _rng(story, "renminhao_client_share_open_app")
    place = rng.choice(PLACES)
    bar = "人民日报客户端　　打开"
    banner = "下载人民日报客户端，阅读体验更佳　　立即打开"
    account = story.outlet or f"{place[:2]}发布"
    invented = [] if story.outlet else [account]
    follow = "人民号　　+ 关注"
    moment = _moment(story.published, rng)
    views = f"浏览量：{_count(rng)}"
    statement = "本文为人民日报新媒体平台“人民号”作者上传并发布，仅代表作者观点。人民日报仅提供信息发布平台。"
    likes = f"点赞 {rng.randrange(3, 900)}　　分享到：微信　朋友圈　微博　QQ"
    related = ["相关阅读"]
    for title in rng.sample(OTHERS, 3):
        when = _after(story.published, rng, 0, 20)
        related.append(f"{title}\n{rng.choice(['青山发布', '临川融媒', '东江新闻'])}　{when.month}月{when.day}日")
    call = "打开人民日报客户端，查看更多精彩内容"
    text = _join_lines(
        [
            bar,
            banner,
            story.headline,
            account,
            follow,
            f"{moment:%Y-%m-%d %H:%M}" if moment else None,
            views,
            *story.lines,
            statement,
            likes,
            *"\n".join(related).split("\n"),
            call,
        ]
    )
    furniture = (bar, banner, *invented, follow, views, statement, likes, *related, call)
    return Wrapped(
        text,
        furniture,
        f"https://wap.example-t10-client.cn/h5/detail/{rng.randrange(10**7, 10**8)}",
        kind="text",
    )


@text_form("audio_platform_episode_wengao_album")
def audio_platform_episode_wengao_album(story: Story) -> Wrapped:
    """An audio platform's episode page copied: the bar, a crumb, the album, the headline as the episode's title,
    主播, the day with its length and plays, the player, the 简介/文稿/评论 tabs, the text as the 文稿, the uploader's
    note, the album line with 订阅, 专辑里的声音 with lengths and later days, comments and the rights lines."""
    rng = _rng(story, "audio_platform_episode_wengao_album")
    place = rng.choice(PLACES)
    platform = rng.choice(["声动FM", "听见电台", "蜻蜓声音"])
    bar = f"{platform}　　首页　　排行榜　　分类　　直播　　有声书　　下载APP　　登录"
    album = f"{place[:2]}之声·每日新闻"
    crumb = f"首页 > 资讯 > {album} > 声音详情"
    host = story.outlet or f"{place}广播电视台"
    invented = [] if story.outlet else [f"主播：{host}"]
    length = _length(rng)
    stats = f"时长 {length}　　播放 {_count(rng)}"
    info = _run([f"{story.published:%Y-%m-%d}" if story.published else None, stats], "　　")
    player = "\n".join([f"00:00 / {length}", "上一条　　播放　　下一条　　倍速 1.0x　　定时　　下载　　加入播放列表"])
    tabs = f"简介　　文稿　　评论({rng.randrange(2, 40)})"
    note = "文稿由主播上传，仅供参考，以音频为准。"
    episodes = rng.randrange(300, 1500)
    album_line = f"专辑：{album}　　共{episodes}集　　订阅 {_count(rng)}　　+ 订阅"
    sounds = ["专辑里的声音"]
    for title in rng.sample(OTHERS, 3):
        sounds.append(f"{title}　{_length(rng)}　{_after(story.published, rng, 1, 15):%Y-%m-%d}")
    comments = ["评论"]
    for user, said in zip(
        rng.sample(["听友8632", "老家在河西", "早班车上听新闻"], 2),
        ["每天上班路上必听，支持家乡发展！", "主播声音好好听"],
        strict=True,
    ):
        comments.append(f"{user}：{said}　{_after(story.published, rng, 0, 6):%m-%d}")
    rights = "\n".join(
        [
            f"©2012-2024 {platform} 版权所有　　网络文化经营许可证 浙网文〔2019〕{rng.randrange(1000, 9999)}号",
            _icp(rng),
        ]
    )
    text = _join_lines(
        [
            bar,
            crumb,
            album,
            story.headline,
            f"主播：{host}",
            info,
            player,
            tabs,
            *story.lines,
            note,
            album_line,
            *sounds,
            *comments,
            rights,
        ]
    )
    furniture = (bar, crumb, album, *invented, stats, player, tabs, note, album_line, *sounds, *comments, rights)
    return Wrapped(
        text,
        furniture,
        f"https://www.example-t10-audio.cn/sound/{rng.randrange(10**8, 10**9)}",
        kind="text",
    )


@text_form("gzh_heji_tags_prev_next_utf16")
def gzh_heji_tags_prev_next_utf16(story: Story) -> Wrapped:
    """A 公众号 article in a 合集 on the PC client copied and saved as Unicode text (UTF-16, CRLF): the headline, 原创
    with the writer, the account, the time, 发表于, 收录于合集, the text, 编辑/审核, the 合集 目录 card, 阅读原文, the
    阅读 and 在看 rows, 留言 with a note and the account's reply."""
    rng = _rng(story, "gzh_heji_tags_prev_next_utf16")
    place = rng.choice(PLACES)
    writer, editor, checker = rng.sample(NAMES, 3)
    original = f"原创　{writer}"
    account = story.outlet or f"{place[:2]}发布"
    invented = [] if story.outlet else [account]
    moment = _moment(story.published, rng)
    province = f"发表于{rng.choice(PROVINCES)}"
    tags = f"收录于合集　#招商引资 {rng.randrange(12, 90)}个　#项目建设 {rng.randrange(5, 40)}个"
    credits = f"编辑｜{editor}　　审核｜{checker}"
    before, after = rng.sample(OTHERS, 2)
    card = "\n".join(["招商引资 · 目录", "上一篇", before, "下一篇", after])
    read = "阅读原文"
    counters = f"阅读 {_count(rng)}　　分享　　收藏　　赞 {rng.randrange(1, 300)}　　在看 {rng.randrange(1, 90)}"
    reader = rng.choice(["园区追梦人", "一叶知秋", "在外游子"])
    notes = "\n".join(
        [
            "留言",
            "写留言",
            f"{reader}　{rng.choice(PROVINCES)}",
            "家乡越来越好了，期待更多好项目落地！",
            f"{_after(story.published, rng, 0, 4):%m月%d日}　　赞 {rng.randrange(1, 50)}",
            "作者　回复",
            "感谢关注！",
        ]
    )
    text = _join_lines(
        [
            story.headline,
            original,
            account,
            f"{moment:%Y-%m-%d %H:%M}" if moment else None,
            province,
            tags,
            "",
            *story.lines,
            "",
            credits,
            card,
            read,
            counters,
            notes,
        ]
    ).replace("\n", "\r\n")
    furniture = (original, *invented, province, tags, credits, card, read, counters, notes)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"file:///公众号文章-{rng.randrange(10**4)}.txt",
        encoding="utf-16",
        kind="text",
    )


@text_form("meipian_share_copy_music_reads")
def meipian_share_copy_music_reads(story: Story) -> Wrapped:
    """A 美篇 article's share page select-all copied: 美篇 with 打开App, the headline, the nickname with its 美篇号 and
    关注, the day, 阅读 and 点赞, the music line, the text, 文字来源, 著作权 and 投诉, the row, 推荐阅读 with nicknames
    and the call to open the app."""
    rng = _rng(story, "meipian_share_copy_music_reads")
    place = rng.choice(PLACES)
    bar = "美篇　　打开App"
    nickname = rng.choice([f"{place[:2]}招商人", "春风十里", f"{place[:2]}老周", "青山绿水间"])
    who = f"{nickname}\n美篇号 {rng.randrange(10**7, 10**9)}　　关注"
    reads = f"阅读 {_count(rng)}　　点赞 {rng.randrange(3, 400)}"
    music = f"♫ 背景音乐：{rng.choice(SONGS)}"
    source = f"文字来源：{story.outlet}" if story.outlet else None
    rights = "著作权归作者所有：来自美篇App用户投稿，如有侵权请联系删除　　投诉"
    row = f"赞 {rng.randrange(3, 400)}　　评论 {rng.randrange(0, 60)}　　分享"
    recommended = ["推荐阅读"]
    for title in rng.sample(OTHERS, 3):
        recommended.append(f"{title}　{rng.choice(['山那边', '老李的日常', '晚霞满天'])}")
    call = "打开美篇App，查看更多精彩内容"
    text = _join_lines(
        [
            bar,
            story.headline,
            who,
            f"{story.published:%Y-%m-%d}" if story.published else None,
            reads,
            music,
            *story.lines,
            source,
            rights,
            row,
            *recommended,
            call,
        ]
    )
    furniture = (bar, who, reads, music, rights, row, *recommended, call)
    return Wrapped(
        text,
        furniture,
        f"https://www.example-t10-mp.cn/a/{rng.randrange(10**8, 10**9):x}",
        kind="text",
    )


# ---------------------------------------------------------------- sites


@text_form("qiye_guanwang_news_center_kefu")
def qiye_guanwang_news_center_kefu(story: Story) -> Wrapped:
    """A 企业官网's 新闻中心 page select-all copied and saved by Notepad (UTF-8 with a BOM, CRLF): the welcome bar, the
    company's names, the menu, 新闻中心 NEWS with the columns, a crumb, the headline, 文章来源/发布时间/人气, the
    text, 分享到, 上一篇/下一篇, 返回列表, 联系我们, the floating 在线客服 column and the rights line."""
    rng = _rng(story, "qiye_guanwang_news_center_kefu")
    place = rng.choice(PLACES)
    brand, english = rng.choice([("恒远", "HENGYUAN"), ("华锐", "HUARUI"), ("鼎盛", "DINGSHENG"), ("瑞丰", "RUIFENG")])
    trade, trade_en = rng.choice(
        [("新材料", "NEW MATERIAL"), ("智能装备", "INTELLIGENT EQUIPMENT"), ("电子科技", "ELECTRONIC TECHNOLOGY")]
    )
    company = f"{place[:2]}{brand}{trade}有限公司"
    service = f"400-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"
    welcome = f"欢迎访问{company}官方网站！　　服务热线：{service}"
    names = f"{company}\n{english} {trade_en} CO.,LTD."
    menu = "网站首页　关于我们　产品中心　新闻中心　工程案例　人才招聘　联系我们"
    column = "新闻中心 NEWS\n公司新闻\n行业动态\n媒体报道"
    crumb = "当前位置：首页 > 新闻中心 > 媒体报道"
    hits = f"人气：{rng.randrange(30, 3000)}"
    info = _run(
        [
            f"文章来源：{story.outlet}" if story.outlet else None,
            f"发布时间：{story.published.year}/{story.published.month}/{story.published.day}"
            if story.published
            else None,
            hits,
        ],
        "　　",
    )
    share = "分享到：微信　微博　QQ空间"
    before, after = rng.sample(COMPANY_NEWS, 2)
    neighbours = f"上一篇：{before}\n下一篇：{after}"
    back = "【返回列表】"
    road = rng.choice(["工业大道", "科技路", "兴园路"])
    contact = "\n".join(
        [
            "联系我们",
            f"地址：{place}经济开发区{road}{rng.randrange(1, 300)}号",
            f"电话：{_phone(rng)}",
            f"邮箱：sales@example-t10-{english.lower()}.com",
        ]
    )
    kefu = "\n".join(["在线客服", "售前咨询", "售后服务", f"服务热线 {service}", "返回顶部"])
    rights = f"版权所有 © {company}　　{_icp(rng)}　　技术支持：{place[:2]}网络科技"
    text = _join_lines(
        [
            welcome,
            names,
            menu,
            column,
            crumb,
            story.headline,
            info,
            *story.lines,
            share,
            neighbours,
            back,
            contact,
            kefu,
            rights,
        ]
    ).replace("\n", "\r\n")
    furniture = (welcome, names, menu, column, crumb, hits, share, neighbours, back, contact, kefu, rights)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"http://www.example-t10-{english.lower()}.com/news/show-{rng.randrange(100, 999)}.html",
        encoding="utf-8-sig",
        kind="text",
    )


@text_form("fenye_pages_pasted_pager_crlf")
def fenye_pages_pasted_pager_crlf(story: Story) -> Wrapped:
    """A 市 news portal's paged article, its pages copied one after the other into Notepad (UTF-8, CRLF): the bar, a
    crumb, the headline, the time and 来源, 作者, 【字体】, the first page, the pager, the second page, the pager,
    责任编辑, the tools and 相关新闻."""
    rng = _rng(story, "fenye_pages_pasted_pager_crlf")
    place = rng.choice(PLACES)
    portal = f"{place[:2]}新闻网"
    bar = f"{portal}　首页　|　时政　|　经济　|　社会　|　县区　|　专题　|　视频　|　数字报"
    crumb = f"{portal} > 经济 > 招商引资"
    moment = _moment(story.published, rng)
    meta = _run(
        [f"{moment:%Y-%m-%d %H:%M:%S}" if moment else None, f"来源：{story.outlet}" if story.outlet else None], "　"
    )
    author = f"作者：{rng.choice(NAMES)}"
    size = "【字体：大 中 小】"
    lines = list(story.lines)
    pager = "共2页：上一页 1 2 下一页"
    paged = len(lines) >= 2
    cut = (len(lines) + 1) // 2
    body = [*lines[:cut], "", pager, "", *lines[cut:], "", pager] if paged else lines
    editor = f"责任编辑：{rng.choice(NAMES)}"
    tools = "【打印】【收藏】【关闭】"
    related = ["相关新闻", *rng.sample(OTHERS, 3)]
    text = _join_lines(
        [bar, crumb, "", story.headline, meta, author, size, "", *body, "", editor, tools, "", *related],
        newline="\r\n",
    )
    furniture = (bar, crumb, author, size, *([pager] if paged else []), editor, tools, *related)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"http://www.example-t10-{rng.randrange(100, 999)}.cn/jingji/{rng.randrange(10**6)}.shtml",
        kind="text",
    )


@text_form("county_tv_dianbo_player_wengao")
def county_tv_dianbo_player_wengao(story: Story) -> Wrapped:
    """A 县 广播电视台 site's 点播 page copied: the bar, the menu, the live channels, a crumb, the headline, the time
    and 来源 with 点击, the player's loading line, time and controls, the no-HTML5 note, 视频文稿, the text, 本期节目
    with times, the program's line, 上一条/下一条 and the licence and rights lines."""
    rng = _rng(story, "county_tv_dianbo_player_wengao")
    place = rng.choice(PLACES)
    station = f"{place[:2]}广播电视台"
    bar = f"{station}　|　{place[:2]}融媒　　APP下载　　登录"
    menu = "首页　新闻　直播　点播　专题　政务　便民"
    live = f"直播：{place[:2]}新闻综合频道　　{place[:2]}交通音乐广播"
    program = f"《{place[:2]}新闻》"
    crumb = f"当前位置：首页 > 点播 > {program}"
    clicks = f"点击：{rng.randrange(20, 4000)}"
    moment = _moment(story.published, rng)
    meta = _run(
        [
            f"{moment:%Y-%m-%d %H:%M}" if moment else None,
            f"来源：{story.outlet}" if story.outlet else None,
            clicks,
        ],
        "　",
    )
    length = _length(rng)
    player = "\n".join(["加载中...", f"00:00 / {length}", "播放　　音量　　画质：高清 标清　　倍速　　全屏"])
    fallback = "您的浏览器不支持HTML5视频播放，请升级浏览器或更换浏览器观看。"
    label = "视频文稿："
    items = [f"本期节目（{story.published:%Y-%m-%d}）" if story.published else "本期节目"]
    offsets = sorted(rng.sample(range(30, 1500), 4))
    titles = sorted(rng.sample(PROGRAM_ITEMS, 4), key=lambda title: title == "天气预报")  # the weather comes last
    for offset, title in zip(offsets, titles, strict=True):
        items.append(f"{offset // 60:02d}:{offset % 60:02d}　{title}")
    shown_items = items if not story.published else items[1:]
    program_line = f"栏目：{program}　　首播：每晚19:00　　重播：次日07:00、12:00"
    before, after = rng.sample(OTHERS, 2)
    neighbours = f"上一条：{before}\n下一条：{after}"
    licence = (
        f"广播电视节目制作经营许可证：（{rng.choice(['赣', '皖', '鄂'])}）字第{rng.randrange(100, 999)}号　　"
        f"{_icp(rng)}　　{station}版权所有"
    )
    text = _join_lines(
        [
            bar,
            menu,
            live,
            crumb,
            story.headline,
            meta,
            player,
            fallback,
            label,
            *story.lines,
            *items,
            program_line,
            neighbours,
            licence,
        ]
    )
    furniture = (bar, menu, live, crumb, clicks, player, fallback, label, *shown_items, program_line, neighbours)
    furniture += (licence,)
    return Wrapped(
        text,
        furniture,
        f"http://www.example-t10-{rng.randrange(100, 999)}.cn/dianbo/{rng.randrange(10**5, 10**6)}.html",
        kind="text",
    )


@text_form("qikan_wenzhai_reprint_yuanzai_issue")
def qikan_wenzhai_reprint_yuanzai_issue(story: Story) -> Wrapped:
    """A 期刊 site's article page copied (a 文摘 magazine's reprint): the bar, a crumb ending in the issue, the magazine
    with its later issue, the headline, 栏目/字数/阅读, the text, （原载 outlet and the day）, the issue and 原版页码
    line, 本期目录 with pages, 相关文章 and the rights line."""
    rng = _rng(story, "qikan_wenzhai_reprint_yuanzai_issue")
    site = rng.choice(["博览期刊网", "期刊阅读网", "华文期刊库"])
    bar = f"{site}　　期刊首页　　期刊分类　　本期目录　　往期回顾　　我的书架　　登录　注册"
    magazine = rng.choice(["党政干部文摘", "县域经济参考", "基层治理文摘"])
    issued = _after(story.published, rng, 25, 70)
    number = issued.month
    issue = f"{issued.year}年第{number}期"
    crumb = f"首页 > 期刊 > 时政 > 《{magazine}》 > {issue}"
    mag_line = f"《{magazine}》{issue}"
    column = f"栏目：地方经济　　字数：{sum(len(line) for line in story.lines)}　　阅读：{rng.randrange(20, 3000)}"
    if story.outlet and story.published:
        origin = f"（原载{story.outlet}{_unpadded(story.published)}）"
    elif story.outlet:
        origin = f"（原载{story.outlet}）"
    elif story.published:
        origin = f"（原载网络，{_unpadded(story.published)}）"
    else:
        origin = None
    code = f"原版页码：{rng.choice(['dzgb', 'xyjj', 'jczl'])}{issued.year}{number:02d}{rng.randrange(10, 64):02d}"
    page_line = f"本文刊于《{magazine}》{issue}　　{code}"
    contents = ["本期目录"]
    for first_page, title in zip(sorted(rng.sample(range(4, 64), 4)), rng.sample(ISSUE_ITEMS, 4), strict=True):
        contents.append(f"{title}　……　{first_page}")
    related = ["相关文章", *rng.sample(OTHERS, 2)]
    rights = f"©{site}　版权所有　　客服电话：400-{rng.randrange(10**6, 10**7)}　　{_icp(rng)}"
    text = _join_lines(
        [bar, crumb, mag_line, story.headline, column, *story.lines, origin, page_line, *contents, *related, rights]
    )
    furniture = (bar, crumb, mag_line, column, page_line, *contents, *related, rights)
    return Wrapped(
        text,
        furniture,
        f"http://www.example-t10-qikan.cn/article/{rng.randrange(10**6, 10**7)}.html",
        kind="text",
    )


DEV_T10, LOCKED_T10 = split_by_digest(TEXT_FORMS10, "text round 10/", locked=6)
