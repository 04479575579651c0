"""Twelve text capture forms written blind (text round 3): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of site, app or document gives, none of
them drawn in text rounds 1 or 2, weighed toward a headline competing with lines that look like one, furniture
written as lines of the text, and dates and outlets in the forms real sites give them:

- a 新华网 local channel page, select-all copied: the channel's name and a `-` crumb ending in 正文, a column
  kicker, the headline, the time and 来源 run together on one info line with an ASCII colon, 【纠错】 and the
  share and font tools, the text, a [责任编辑: A] credit, 延伸阅读 titles and the channel's rights line;
- a 网易新闻 app page copied: an 打开网易新闻 bar, the headline, the account (the outlet) and a time on one line,
  IP属地 with +订阅 on the next, the text, the 网易号 statement, 跟贴 N　举报, 热门跟贴 replies each with its
  赞 count, and 大家都在看 titles;
- a 抖音 video page's description copied: the app's bar, @account, its 粉丝/获赞 counts with 关注, a 合集 kicker
  over the caption, the headline with hashtags run after it, the article as the caption's lines, 收起描述,
  发布时间： on its own line, the like/comment/collect counters, 相关视频 titles each with a 播放 count;
- a 小红书-like note copied: the author with 关注, an emoji-headed label line, the headline, the text with emoji
  calls between paragraphs, a hashtag row, the outlet as 转自 only at the end, the bare date, an 编辑于 line of a
  later yearless day with a province, 共 N 条评论, the 说点什么 box and 赞/收藏 counts;
- a 政府工作报告 PDF through a flowing extractor: a 人民代表大会会议文件 number, the spaced cover title
  (政 府 工 作 报 告（代表审议稿）) over the headline, a ——在 subtitle holding the date and the meeting, the
  speaker, then the text broken by form feeds with a ①/② 脚注 and a page foot (meeting文件　— N —) before
  each, a 名词解释 side column run in between paragraphs, and the outlet alone at the very end;
- a 政府网站 page printed via 打印本页 and turned to text: the browser's print header on each sheet (a later print
  day and 下午 time, the page's title and the site's name after ` - `), the page's own 打印本页 bar, the headline,
  发布日期/信息来源/浏览次数 with ASCII colons on one line, the text over two sheets, [打印此页]　[关闭此页], and
  each sheet's foot holding the page's URL and 1/2, 2/2;
- a 乡镇 公众号 article copied on a phone: the account's name, 👆点击上方蓝字 关注我们, the headline, the account
  again, the unpadded date and time, 发表于 a province on its own line, a 👇 call, the text, — END —,
  文字丨图片丨编辑丨审核 credits, 来源：outlet, 往期回顾 titles after ◆, and a 分享/点赞/在看 emoji call;
- a 知乎回答 reposting the article: the question as the first line (a title of its own), 关注问题/写回答 with
  N 个回答, the answerer and a tagline, a 谢邀 lead-in, the headline and the text, （原文刊于outlet，date） at
  the end, an 编辑于 line of a later day, 赞同/评论/收藏 counts and 更多回答 items with their authors;
- a 招商手册 (投资指南) Word file saved as text with CRLF: the cover with its year, 目　　录　CONTENTS with dotted
  leaders and page numbers, the last entry the headline's own, a running page header before every fourth
  paragraph, the text, 编印单位：outlet and 印发日期, then a later 修订日期 decoy and the 投资热线 line;
- a 澳門 新聞局 release in Traditional script: the 政府入口網站 bar and the 新聞局 name, each with its Portuguese
  name, the 新聞稿 / Comunicado de Imprensa marker, the headline, a day-first date (09/01/2021 18:30), 消息來源：
  outlet, the text, the Portuguese version link, 分享 tools and the 新聞局 address line;
- a 百家号 article copied: the headline, the account (the outlet), a 地区政府官方帐号 badge, its 粉丝 count with
  +关注, the date and time alone, the text, the 百家号 statement, 举报 | 反馈 | 收藏, 打开百度APP and 猜你喜欢;
- a 政协 提案 page copied: the 提案工作信息系统's name and a `»` crumb, 提案号 over the headline as 案由：,
  提案人/附议人/界别 on one line, 类别, 承办单位 with 主办 and 协办, 办理状态, 提交日期 (the story's day),
  理由与建议： over the text, 来源：outlet, a later 答复日期, and 返回查询结果.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels) are the capture's metadata and are not listed. Where a story names no outlet, the 网易号, 抖音 and
百家号 forms show an invented account, as those captures always name one, and list it.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 3/" + name are `LOCKED_T3`, the other six `DEV_T3`. Round 3 was sealed (not scored) until the
end of the text path's next change (0.15.0's block and relatedness rules): both halves were scored once then, before
and after, nothing fixed from them; spent since.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterable

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import _join_lines

TEXT_FORMS3: dict[str, Layout] = {}
NAMES = ["缪兴华", "訾雅婷", "郦永刚", "甘露薇", "宗振邦", "璩丽娟", "阚博文", "濮晨曦"]
# Titles of other items a capture lists (related, recommended, past issues): none is about the story.
OTHERS = [
    "县域冷链物流中心主体工程封顶",
    "我镇举办首届杨梅采摘文化节",
    "全区河长制工作述职会召开",
    "街道开展垃圾分类入户宣传活动",
    "县残联为困难残疾人送去辅助器具",
    "新建城南污水处理厂通水试运行",
    "镇村干部赴先进地区考察乡村振兴经验",
    "市体育中心游泳馆恢复对外开放",
    "县交警大队开展农村道路交通整治",
    "区税务局推出“非接触式”办税服务",
    "县融媒体中心举办新闻写作培训班",
    "第七次全国人口普查入户登记启动",
]


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS3)


def _moment(day: dt.date | None, rng: random.Random) -> dt.datetime | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(rng.randrange(8, 22), rng.randrange(60), rng.randrange(60)))


def _after(day: dt.date | None, rng: random.Random, low: int, high: int) -> dt.date:
    """A day after the story's (a print, edit or reply day): a date the capture shows that is not its own."""
    return (day or dt.date(2021, 4, 2)) + dt.timedelta(days=rng.randrange(low, high))


def _run(parts: Iterable[str | None], gap: str) -> str | None:
    kept = [part for part in parts if part]
    return gap.join(kept) if kept else None


def _others(rng: random.Random, count: int) -> list[str]:
    return rng.sample(OTHERS, count)


def _cut(lines: tuple[str, ...], every: int) -> list[list[str]]:
    """The story's paragraphs in groups of `every`: the pages or screens a capture breaks them over."""
    return [list(lines[start : start + every]) for start in range(0, len(lines), every)] or [[]]


def _count(rng: random.Random) -> str:
    """A counter as apps print one: plain below ten thousand, in 万 above."""
    value = rng.randrange(12, 90000)
    return f"{value / 10000:.1f}万" if value >= 10000 else str(value)


# ---------------------------------------------------------------- news sites and apps


@text_form("xinhua_channel_select_all_jiucuo")
def xinhua_channel_select_all_jiucuo(story: Story) -> Wrapped:
    """A 新华网 local channel page, select-all copied: the channel and a crumb ending in 正文, a column kicker, the
    headline, time and 来源 on one line, 【纠错】 and font tools, the text, [责任编辑: A], 延伸阅读, rights."""
    rng = _rng(story, "xinhua_channel")
    province = rng.choice(["浙江", "江西", "湖北", "四川", "福建"])
    channel = f"新华网{province}频道"
    crumb = f"新华网 - {province}频道 - 地方联播 - 正文"
    kicker = rng.choice(["地方联播", "市县传真", "基层一线观察"])
    moment = _moment(story.published, rng)
    info = _run(
        [f"{moment:%Y-%m-%d %H:%M:%S}" if moment else None, f"来源: {story.outlet}" if story.outlet else None], " "
    )
    tools = "【纠错】　分享到微博　放大字号　缩小字号"
    credit = f"[责任编辑: {rng.choice(NAMES)}]"
    related = _others(rng, 3)
    rights = f"Copyright © 2000-2021 {channel} All Rights Reserved."
    text = _join_lines(
        [channel, crumb, kicker, story.headline, info, tools, *story.lines, credit, "延伸阅读", *related, rights]
    )
    furniture = (channel, crumb, kicker, tools, credit, "延伸阅读", *related, rights)
    return Wrapped(text, furniture, f"http://{province}.example-t3-news.cn/c_{rng.randrange(10**9)}.htm", kind="text")


@text_form("netease_app_gentie_jubao")
def netease_app_gentie_jubao(story: Story) -> Wrapped:
    """A 网易新闻 app page copied: an open-in-app bar, the headline, the account with a time on one line,
    IP属地 and +订阅, the text, the 网易号 statement, 跟贴 N and 举报, 热门跟贴 with 赞 counts, 大家都在看 titles."""
    rng = _rng(story, "netease_app")
    account = story.outlet or f"{rng.choice(PLACES)[:2]}政情速递"
    bar = "打开网易新闻 体验效果更佳"
    moment = _moment(story.published, rng)
    where = f"IP属地：{rng.choice(['浙江', '安徽', '河南', '湖南'])}　+订阅"
    byline = _run([account, f"{moment:%Y-%m-%d %H:%M:%S}" if moment else None], " ")
    statement = "特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。"
    gentie = f"跟贴 {rng.randrange(3, 900)}　举报"
    replies = []
    for wording in ["希望项目早点投产，家门口就有活干", "这几年家里变化真是大", "实干出成绩，点个赞"]:
        replies += [f"网易{rng.choice(['浙江', '广东', '江苏'])}网友：{wording}", f"{rng.randrange(2, 600)}赞"]
    seen = _others(rng, 2)
    text = _join_lines(
        [bar, story.headline, byline, where, *story.lines, statement, gentie, "热门跟贴", *replies, "大家都在看", *seen]
    )
    invented = [] if story.outlet else [account]
    furniture = (*invented, bar, where, statement, gentie, "热门跟贴", *replies, "大家都在看", *seen)
    return Wrapped(text, furniture, f"https://c.example-t3-163.com/news/a/{rng.randrange(10**8):X}.html", kind="text")


@text_form("douyin_caption_collection_kicker")
def douyin_caption_collection_kicker(story: Story) -> Wrapped:
    """A 抖音 video page's description copied: the app bar, the account with 粉丝/获赞, a 合集 kicker, the headline
    with hashtags after it, the article as the caption, 收起描述, 发布时间, counters, 相关视频 with 播放 counts."""
    rng = _rng(story, "douyin_caption")
    account = story.outlet or f"{rng.choice(PLACES)}融媒"
    bar = "抖音 · 记录美好生活　下载抖音　登录"
    stats = f"粉丝{_count(rng)}　获赞{_count(rng)}　关注"
    kicker = f"合集·县域招商进行时 第{rng.randrange(2, 40)}集"
    tags = "#招商引资 #项目建设 #县域经济"
    moment = _moment(story.published, rng)
    counters = f"{_count(rng)} 点赞　{rng.randrange(2, 800)} 评论　{rng.randrange(2, 300)} 收藏　分享"
    recommended = []
    for title in _others(rng, 3):
        recommended += [title, f"{_count(rng)}次播放"]
    text = _join_lines(
        [
            bar,
            f"@{account}",
            stats,
            kicker,
            _run([story.headline, tags], " "),
            *story.lines,
            "收起描述",
            f"发布时间：{moment:%Y-%m-%d %H:%M}" if moment else None,
            counters,
            "相关视频",
            *recommended,
        ]
    )
    invented = [] if story.outlet else [account]
    furniture = (*invented, bar, stats, kicker, tags, "收起描述", counters, "相关视频", *recommended)
    return Wrapped(text, furniture, f"https://www.example-t3-douyin.com/video/{rng.randrange(10**18)}", kind="text")


@text_form("xiaohongshu_note_edited_yearless")
def xiaohongshu_note_edited_yearless(story: Story) -> Wrapped:
    """A 小红书-like note copied: the author and 关注, an emoji label, the headline, the text with emoji calls between
    paragraphs, a hashtag row, 转自 outlet only at the end, the bare date, a later yearless 编辑于, counts."""
    rng = _rng(story, "xiaohongshu_note")
    author = f"{rng.choice(['爱跑步的', '在县城上班的', '喜欢拍照的'])}{rng.choice(['小鹿', '阿杰', '橘子'])}"
    label = "📍家乡新变化｜今日分享"
    calls = ["👉家乡的变化大家看得见", "🔥建议收藏慢慢看"]
    tags = "#家乡 #县城生活 #招商引资 #发展变化"
    where = rng.choice(["浙江", "江西", "湖南"])
    edited = _after(story.published, rng, 2, 40)
    posted = f"{story.published:%Y-%m-%d}" if story.published else None
    counters = f"共 {rng.randrange(2, 300)} 条评论"
    marks = f"赞 {rng.randrange(10, 999)}　收藏 {rng.randrange(2, 300)}"
    lines = list(story.lines)
    # The calls stand between paragraphs, as a note's author breaks a long text up with them.
    body = [*lines[:1], calls[0], *lines[1:3], calls[1], *lines[3:]]
    text = _join_lines(
        [
            f"{author}　关注",
            label,
            story.headline,
            *body,
            tags,
            f"转自：{story.outlet}" if story.outlet else None,
            posted,
            f"编辑于 {edited:%m-%d} {where}",
            counters,
            "说点什么...",
            marks,
        ]
    )
    furniture = (f"{author}　关注", label, *calls, tags, f"编辑于 {edited:%m-%d} {where}", counters, "说点什么", marks)
    return Wrapped(text, furniture, f"https://www.example-t3-xhs.com/explore/{rng.randrange(16**24):024x}", kind="text")


@text_form("baijiahao_fans_report_feedback")
def baijiahao_fans_report_feedback(story: Story) -> Wrapped:
    """A 百家号 article copied: the headline, the account, 官方帐号, 粉丝 with +关注, the date and time alone, the
    text, the platform statement, 举报 | 反馈, 打开百度APP and 猜你喜欢 titles."""
    rng = _rng(story, "baijiahao")
    account = story.outlet or f"{rng.choice(PLACES)}发布"
    badge = f"{rng.choice(PLACES)[:2]}地区政府官方帐号"
    fans = f"{_count(rng)}粉丝　+关注"
    moment = _moment(story.published, rng)
    statement = "本文为百家号作者上传并发布，仅代表作者观点，不代表百度立场。未经作者许可，不得转载。"
    liked = _others(rng, 3)
    text = _join_lines(
        [
            story.headline,
            account,
            badge,
            fans,
            f"{moment:%Y-%m-%d %H:%M}" if moment else None,
            *story.lines,
            statement,
            "举报 | 反馈 | 收藏",
            "打开百度APP阅读全文",
            "猜你喜欢",
            *liked,
        ]
    )
    invented = [] if story.outlet else [account]
    furniture = (*invented, badge, fans, statement, "举报 | 反馈 | 收藏", "打开百度APP阅读全文", "猜你喜欢", *liked)
    return Wrapped(text, furniture, f"https://baijiahao.example-t3-baidu.com/s?id={rng.randrange(10**18)}", kind="text")


# ---------------------------------------------------------------- accounts and answers


@text_form("township_gzh_blue_words_emoji")
def township_gzh_blue_words_emoji(story: Story) -> Wrapped:
    """A 乡镇 公众号 article copied on a phone: the account, 点击蓝字关注, the headline, date and province on lines
    of their own, a 👇 call, the text, 丨 credits, 来源：outlet, 往期回顾, and 分享/点赞/在看 calls."""
    rng = _rng(story, "township_gzh")
    town = rng.choice(["白沙镇", "桥头镇", "龙潭乡", "梅溪镇", "古塘乡"])
    account = f"{town}发布"
    blue = "👆点击上方蓝字 关注我们"
    called = "👇戳下方👇一起了解"
    moment = _moment(story.published, rng)
    where = f"发表于{rng.choice(['浙江', '江西', '福建'])}"
    people = rng.sample(NAMES, 4)
    credits = f"文字丨{people[0]}　图片丨{people[1]}　编辑丨{people[2]}　审核丨{people[3]}"
    past = _others(rng, 3)
    calls = "分享💬点赞👍在看❤️　一起为家乡加油"
    text = _join_lines(
        [
            account,
            blue,
            "",
            story.headline,
            account,
            f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}" if moment else None,
            where,
            called,
            *story.lines,
            "— END —",
            credits,
            f"来源：{story.outlet}" if story.outlet else None,
            "往期回顾",
            *(f"◆ {title}" for title in past),
            calls,
        ]
    )
    furniture = (account, blue, called, where, "END", credits, "往期回顾", *past, calls)
    return Wrapped(text, furniture, f"https://mp.example-t3-weixin.qq.com/s/{rng.randrange(16**20):x}", kind="text")


@text_form("zhihu_answer_question_first")
def zhihu_answer_question_first(story: Story) -> Wrapped:
    """A 知乎回答 reposting the article: the question first, 关注问题/写回答, N 个回答, the answerer and tagline, a
    谢邀 lead-in, the headline and text, 原文刊于 outlet and date at the end, a later 编辑于, counts, 更多回答."""
    rng = _rng(story, "zhihu_answer")
    place = rng.choice(PLACES)
    question = f"如何评价{place}这几年的招商引资？"
    asked = f"关注问题　写回答　{rng.randrange(3, 200)} 个回答"
    answerer = rng.choice(NAMES)
    tagline = rng.choice(["在县里上班的普通人", "做过几年产业园区运营", "关注县域发展"])
    lead = "谢邀。转一篇本地官方报道，大家自己看："
    edited = _after(story.published, rng, 3, 90)
    edit = f"编辑于 {edited:%Y-%m-%d} {rng.randrange(8, 23):02d}:{rng.randrange(60):02d}"
    source = _run(
        [
            f"原文刊于{story.outlet}" if story.outlet else None,
            f"{story.published.year}年{story.published.month}月{story.published.day}日" if story.published else None,
        ],
        "，",
    )
    counts = f"赞同 {rng.randrange(2, 900)}　{rng.randrange(1, 90)} 条评论　收藏　喜欢"
    more = [f"{name}：{title}" for name, title in zip(rng.sample(NAMES, 2), _others(rng, 2), strict=True)]
    text = _join_lines(
        [
            question,
            asked,
            answerer,
            tagline,
            lead,
            story.headline,
            *story.lines,
            f"（{source}）" if source else None,
            edit,
            counts,
            "更多回答",
            *more,
        ]
    )
    furniture = (question, asked, answerer, tagline, lead, edit, counts, "更多回答", *more)
    return Wrapped(
        text, furniture, f"https://www.example-t3-zhihu.com/question/{rng.randrange(10**9)}/answer/1", kind="text"
    )


# ---------------------------------------------------------------- documents and government pages


@text_form("work_report_pdf_side_column_footnotes")
def work_report_pdf_side_column_footnotes(story: Story) -> Wrapped:
    """A 政府工作报告 PDF through a flowing extractor: a document number, the cover title over the headline, a ——在
    subtitle holding the date, the speaker, page feet (— N —) with the meeting, a 名词解释 side column, ①② 脚注."""
    rng = _rng(story, "work_report_pdf")
    place = rng.choice(PLACES)
    number = f"{place}人民代表大会会议文件（{rng.randrange(1, 9)}）"
    meeting = f"{place}第十{rng.choice('六七八九')}届人民代表大会第{rng.choice('三四五六')}次会议"
    day = story.published
    subtitle = f"——{day.year}年{day.month}月{day.day}日在{meeting}上" if day else f"——在{meeting}上"
    head = {"县": "县长", "区": "区长", "市": "市长"}[place[-1]]
    speaker = f"{place}人民政府{rng.choice([head, '代' + head])}　{rng.choice(NAMES)}"
    side = [
        "【名词解释】“亩均论英雄”：以单位土地面积产出评价企业用地绩效的一种办法。",
        "【名词解释】“标准地”：带着规划、能耗、环境等指标出让的工业用地。",
    ]
    notes = [
        "① 规上工业：年主营业务收入2000万元及以上的工业法人单位。",
        "② 专精特新：专业化、精细化、特色化、新颖化的中小企业。",
    ]
    pages = _cut(story.lines, 3)
    body: list[str] = []
    cover = "政 府 工 作 报 告（代表审议稿）"
    furniture = [number, cover, subtitle, speaker]
    for page, paragraphs in enumerate(pages, start=1):
        body += paragraphs
        if page == 1:
            body.append(side[0])
        if page == 2:
            body.append(side[1])
        if page < len(pages):
            foot = f"{meeting}文件　— {page + 1} —"
            body += [notes[(page + 1) % 2], foot, "\f"]
            furniture += [notes[(page + 1) % 2], foot]
    furniture += side[: min(2, len(pages))]
    text = _join_lines([number, "", cover, story.headline, subtitle, speaker, "", *body])
    if story.outlet:
        text += f"\n\n{story.outlet}"
    return Wrapped(text, tuple(dict.fromkeys(furniture)), f"file:///report-{rng.randrange(10**5)}.pdf", kind="text")


@text_form("print_page_browser_header_url")
def print_page_browser_header_url(story: Story) -> Wrapped:
    """A 政府网站 page printed via 打印本页 and turned to text: the browser's header (a later print time, the title
    with the site's name), the page's 打印 bar, the headline, 发布日期 and 信息来源 with ASCII colons on one line,
    the text, [打印此页] [关闭此页], and the print footer with the page's URL and 1/2."""
    rng = _rng(story, "print_page")
    place = rng.choice(PLACES)
    site = f"{place}人民政府网"
    printed = dt.datetime.combine(
        _after(story.published, rng, 20, 400), dt.time(rng.randrange(1, 12), rng.randrange(60))
    )
    # Browsers print the day and time the page was printed, and its <title>, at the top of every sheet.
    header = f"{printed.year}/{printed.month}/{printed.day} 下午{printed.hour}:{printed.minute:02d}"
    header += f"　{story.headline or '信息公开'} - {site}"
    url = f"https://www.example-t3-{rng.randrange(100, 999)}.gov.cn/art/{rng.randrange(10**6)}.html"
    bar = "打印本页　收藏本页　字号：[大 中 小]"
    views = f"浏览次数:{rng.randrange(20, 4000)}"
    info = _run(
        [
            f"发布日期:{story.published:%Y-%m-%d}" if story.published else None,
            f"信息来源:{story.outlet}" if story.outlet else None,
            views,
        ],
        "　　",
    )
    half = (len(story.lines) + 1) // 2
    sheets = [list(story.lines[:half]), list(story.lines[half:])] if len(story.lines) > 1 else [list(story.lines)]
    feet = [f"{url}　{sheet}/{len(sheets)}" for sheet in range(1, len(sheets) + 1)]
    lines = [header, site, bar, story.headline, info, *sheets[0]]
    if len(sheets) > 1:
        lines += [feet[0], "\f", header, *sheets[1]]
    lines += ["[打印此页]　[关闭此页]", feet[-1]]
    furniture = (header, site, bar, views, "[打印此页]　[关闭此页]", *feet)
    return Wrapped(_join_lines(lines), furniture, url, kind="text")


@text_form("zhaoshang_handbook_docx_toc_headers")
def zhaoshang_handbook_docx_toc_headers(story: Story) -> Wrapped:
    """A 招商手册 Word file saved as text: the cover and year, 目录 with dotted leaders, one entry the headline's own,
    a running page header between paragraphs, the text, 编印单位 outlet and 印发日期, a 修订日期 decoy, a back cover."""
    rng = _rng(story, "zhaoshang_handbook")
    place = rng.choice(PLACES)
    year = story.published.year if story.published else 2021
    cover = f"{place}投资指南（{year}版）"
    entries = ["一、区位交通", "二、产业基础", "三、要素保障", "四、优惠政策"]
    toc = [f"{entry}{'…' * rng.randrange(12, 24)}{page}" for page, entry in enumerate(entries, start=1)]
    own = f"五、{story.headline}{'…' * 10}{len(entries) + 1}" if story.headline else None
    running = f"{place}投资指南　　　{rng.choice(['亲商', '安商', '富商'])}之地　共赢之选"
    body: list[str] = []
    for paragraphs in _cut(story.lines, 4):
        body += [running, *paragraphs]
    day = story.published
    issued = f"印发日期：{day.year}年{day.month}月{day.day}日" if day else None
    revised = _after(day, rng, 30, 200)
    revision = f"修订日期：{revised.year}年{revised.month}月"
    hotline = f"投资热线：0{rng.randrange(500, 999)}-{rng.randrange(10**7, 10**8)}　传真同号"
    contents = "目　　录　CONTENTS"
    text = _join_lines(
        [
            cover,
            "",
            contents,
            *toc,
            own,
            "",
            story.headline,
            *body,
            f"编印单位：{story.outlet}" if story.outlet else None,
            issued,
            revision,
            hotline,
        ],
        newline="\r\n",
    )
    furniture = [cover, contents, *toc, running, revision, hotline]
    if own:
        furniture.append(own)
    return Wrapped(text, tuple(furniture), f"file:///handbook-{rng.randrange(10**5)}.docx", kind="text")


@text_form("macau_gcs_release_portuguese_day_first")
def macau_gcs_release_portuguese_day_first(story: Story) -> Wrapped:
    """A 澳門 新聞局 release in Traditional script: the portal bar, 新聞局 and its Portuguese name, a 新聞稿 marker,
    the headline, a day-first date with time, the text, the Portuguese version link, 分享 tools, the address."""
    rng = _rng(story, "macau_gcs")
    portal = "澳門特別行政區政府入口網站　Portal do Governo da RAEM"
    bureau = "新聞局　Gabinete de Comunicação Social"
    marker = "新聞稿　Comunicado de Imprensa"
    moment = _moment(story.published, rng)
    when = f"{moment:%d/%m/%Y %H:%M}" if moment else None
    version = "Versão portuguesa　葡文版"
    tools = "分享：Facebook　微信　電郵　列印"
    address = f"新聞局地址：澳門南灣大馬路{rng.randrange(100, 900)}號{rng.randrange(5, 20)}樓"
    address += f"　電話：(853) 2833 {rng.randrange(1000, 9999)}"
    text = _join_lines(
        [
            portal,
            bureau,
            marker,
            story.headline,
            when,
            f"消息來源：{story.outlet}" if story.outlet else None,
            *story.lines,
            version,
            tools,
            address,
        ]
    )
    furniture = (portal, bureau, marker, version, tools, address)
    return Wrapped(
        text, furniture, f"https://www.example-t3-gcs.gov.mo/detail/zh-hant/N{rng.randrange(10**8)}", kind="text"
    )


@text_form("proposal_page_tianhao_chengban")
def proposal_page_tianhao_chengban(story: Story) -> Wrapped:
    """An 人大/政协 提案 page copied: the system's name and crumb, 提案号 over the headline (its 案由), 提案人, 界别,
    类别, 承办单位 with 主办/协办, 办理状态, the text as 理由与建议, 来源：outlet, 提交日期 and a later 答复日期."""
    rng = _rng(story, "proposal_page")
    place = rng.choice(PLACES)
    system = f"政协{place}委员会提案工作信息系统"
    crumb = "首页 » 提案查询 » 提案详情"
    number = f"提案号：第{rng.randrange(1, 400):04d}号"
    people = rng.sample(NAMES, 2)
    proposer = f"提案人：{people[0]}　附议人：{people[1]}　界别：{rng.choice(['经济界', '民建', '工商联'])}"
    kind = "类别：经济建设类"
    handlers = f"承办单位：主办 {place}商务局；协办 {place}发展和改革局、{place}自然资源局"
    status = "办理状态：已办结（A类）"
    answered = _after(story.published, rng, 40, 120)
    text = _join_lines(
        [
            system,
            crumb,
            number,
            f"案由：{story.headline}" if story.headline else None,
            proposer,
            kind,
            handlers,
            status,
            f"提交日期：{story.published:%Y-%m-%d}" if story.published else None,
            "理由与建议：",
            *story.lines,
            f"来源：{story.outlet}" if story.outlet else None,
            f"答复日期：{answered:%Y-%m-%d}",
            "返回查询结果",
        ]
    )
    furniture = (
        system,
        crumb,
        number,
        proposer,
        kind,
        handlers,
        status,
        "理由与建议",
        f"答复日期：{answered:%Y-%m-%d}",
        "返回查询结果",
    )
    return Wrapped(text, furniture, f"http://www.example-t3-zx.gov.cn/tian/{rng.randrange(10**6)}", kind="text")


DEV_T3, LOCKED_T3 = split_by_digest(TEXT_FORMS3, "text round 3/", locked=6)
