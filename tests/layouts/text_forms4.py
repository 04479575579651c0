"""Twelve text capture forms written blind (text round 4): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of site, app, copy tool or document
gives, none of them drawn in text rounds 1 to 3, weighed toward a headline competing with lines that look like one
(site, column and 专题 names, a form's own 引题 or 副题, a note's or a compilation's title), furniture written as
lines of the text, and dates and outlets in the forms real sites give them:

- a 学习强国 article copied on the PC: the platform's bar and menu, the 地方学习平台 and its column as a `>` crumb,
  a slogan 引题 over the headline, 来源：outlet, an 作者： line of reporters, the bare date, the text, 责任编辑,
  the platform's 声明, a 积分 toast, 推荐阅读 titles and the app's download line;
- a 澎湃号·政务 page copied: 澎湃新闻's bar and menu, the 澎湃号·政务 kicker, the headline, the account (the outlet)
  with +订阅 and its 粉丝 count, the time alone, a decoy 来源：澎湃新闻·澎湃号·政务, the text,
  原标题：《headline》, the platform's statement, a topic row, 点赞/收藏/举报, 热新闻 titles and the 报料 and rights
  lines;
- a 新浪财经 mobile page copied: the open-in-app bar, the headline, the date (2021年01月09日 09:30) and the outlet on
  one line, the text, 相关股票 quotes with their moves, the app's slogan, 责任编辑, the 新浪声明, the comment and
  share row, and 热门推荐 titles each with a source and a relative time (N分钟前);
- a 国务院客户端 share page copied: the client's bar, a 政务联播 > 地方 kicker, the headline, the time and 来源 on
  lines of their own, 【字体：大 中 小】, the text, 【我要纠错】 with 责任编辑, a download call, 相关稿件 titles and
  中国政府网's rights line with its 中文域名;
- a 年鉴 (yearbook) page through pdftotext -layout: a running head with the yearbook's year (the one after the
  story's) and page number on every page, the 特载 section name, the headline centred, the story in the left
  column with a 大事记 column beside it on the same lines, form feeds, a 撰稿/审稿 credit, and （原载outlet date）;
- a 会议纪要 Word file saved as Unicode text (UTF-8 with a BOM, CRLF): the government's name, 会 议 纪 要 spaced,
  a 〔year〕N号 number, the headline, a tab-separated table of 会议时间 (the story's day with 上午), 会议地点, 主持人,
  the text, 出席/列席/请假/记录 lists, 供稿：outlet, 抄送 and a later 印发 line;
- a 大公文匯 page in Traditional script copied: the site's name with 繁 | 简, a menu, a `>` crumb, the headline, a
  副題 of the page's own, the date with 星期 and time, 來源：outlet, a 文／記者 credit, 字體 tools, the text,
  責任編輯, 相關新聞 titles in Traditional script and the rights line;
- a 县融媒体中心 video page's transcript copied: the centre's menu, a 当前位置 crumb, the program's name, 视频时长
  and 播放 counts, the headline, 播出日期, an 【导语】 label and 【正文】 with the station's name, 【同期】
  speaker lines between paragraphs, 记者/编辑 credits, 来源：outlet, and 上一条/下一条 titles;
- a 网络舆情日报 exported as text (GB18030 bytes, CRLF): the report's title, its 期 numbers and the 网信办's later
  issue day, a monitoring summary, section labels, the story as item 1 with its number run into the headline, a
  来源/发布时间/情感倾向/相似文章 line, 原文内容：, the text, 原文链接, then item 2 with its own source, later time
  and 摘要, a 值得关注 section, and the 内部参阅 and 报/送 lines;
- a 有道云笔记 web clip exported as text: the note's title (the page's: headline_site), a later 创建时间/更新时间
  line, a decoy 来源：URL, 标签, then the clipped 商务 page: the site's name and menu, the headline, 发布日期/来源/
  阅读 on one line, the text, 【关闭】【打印】 and 上一篇/下一篇 titles;
- a 腾讯文档 page select-all copied: the app's bar and the document's name (a 招商动态汇编 with its week), its
  最近修改 N天前 by an editor, 分享/协作, 内部资料, a 本周要闻 section, the headline, （来源：outlet，date）, the text,
  a 兄弟县市动态 section with other titles and summaries, and the comment panel with relative times;
- a 简书 article select-all copied: the site's menu, the headline, the author with 关注, the dotted date and time
  (2021.01.09 09:30:12) with 字数 and 阅读 counts, the text, （转自：outlet）, the reward and like rows, the 专题 that
  hold it, 推荐阅读 titles, and the attribution a copy appends (作者：/链接：/来源：简书/著作权归作者所有).

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels) are the capture's metadata and are not listed. Where a story names no outlet, the 澎湃号 form shows an
invented account, as those captures always name one, and lists it.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 4/" + name are `LOCKED_T4`, the other six `DEV_T4`. Round 4 was sealed (not scored) until
the end of the text path's next change (0.15.0's "no headline" rule): both halves were scored once then, before and
after, nothing fixed from them; spent since.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterable

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import _join_lines

TEXT_FORMS4: dict[str, Layout] = {}
NAMES = ["苟建平", "禚文静", "钭海波", "殳美玲", "暨国栋", "笪晓燕", "厍立峰", "赧春梅"]
WEEKDAYS = "一二三四五六日"
# Titles of other items a capture lists (related, recommended, neighbouring entries): none is about the story.
OTHERS = [
    "县城区集中供暖管网改造工程完工",
    "全镇开展冬季农村消防安全大排查",
    "区档案馆新馆正式对外开放",
    "县中医院新住院大楼投入使用",
    "街道举办老年人智能手机使用培训",
    "全县完成秋粮收购任务超九成",
    "市民文化节闭幕式暨颁奖晚会举行",
    "县林业局开展松材线虫病秋季普查",
    "区总工会为一线职工送去冬日温暖",
    "城乡公交一体化改造全面完成",
    "县图书馆举办少儿阅读季活动",
    "镇卫生院开展家庭医生签约服务进村",
]
# The same kind of titles in Traditional script, as a 香港 site lists them.
OTHERS_HANT = [
    "港珠澳大橋客流量創新高",
    "大灣區青年就業計劃再推新一輪崗位",
    "深港科技創新合作區建設提速",
    "內地居民赴港旅遊簽注恢復辦理",
    "粵港澳三地聯合舉辦文化交流周",
    "前海深港現代服務業合作區新政出台",
]


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS4)


def _moment(day: dt.date | None, rng: random.Random) -> dt.datetime | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(rng.randrange(8, 22), rng.randrange(60), rng.randrange(60)))


def _after(day: dt.date | None, rng: random.Random, low: int, high: int) -> dt.date:
    """A day after the story's (an issue, clip or edit day): a date the capture shows that is not its own."""
    return (day or dt.date(2021, 5, 14)) + dt.timedelta(days=rng.randrange(low, high))


def _unpadded(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _run(parts: Iterable[str | None], gap: str) -> str | None:
    kept = [part for part in parts if part]
    return gap.join(kept) if kept else None


def _others(rng: random.Random, count: int) -> list[str]:
    return rng.sample(OTHERS, count)


def _count(rng: random.Random) -> str:
    """A counter as apps print one: plain below ten thousand, in 万 above."""
    value = rng.randrange(12, 90000)
    return f"{value / 10000:.1f}万" if value >= 10000 else str(value)


def _wrapped(line: str, width: int) -> list[str]:
    """A paragraph as a PDF sets it: its first line indented by two full-width spaces, cut every `width` characters."""
    text = "\u3000\u3000" + line
    return [text[start : start + width] for start in range(0, len(text), width)]


# ---------------------------------------------------------------- apps and platforms


@text_form("xuexi_platform_crumb_slogan_points")
def xuexi_platform_crumb_slogan_points(story: Story) -> Wrapped:
    """A 学习强国 article copied on the PC: the bar and menu, the 地方学习平台 crumb, a slogan 引题, the headline,
    来源, 作者, the bare date, the text, 责任编辑, the 声明, a 积分 toast, 推荐阅读 and the download line."""
    rng = _rng(story, "xuexi_platform")
    province = rng.choice(["浙江", "江西", "安徽", "湖南", "四川", "福建"])
    bar = "学习强国　学习平台　我的学习　登录"
    menu = "首页　学习新思想　学习文化　环球视野　强军兴军　地方平台"
    crumb = f"{province}学习平台 > {rng.choice(['市县动态', '地方发布', '基层实践'])}"
    slogan = rng.choice(
        ["实干争先　奋力打造高质量发展新高地", "项目为王　跑出县域经济加速度", "稳进提质　招大引强开新局"]
    )
    people = rng.sample(NAMES, 3)
    authors = f"作者：记者　{people[0]}　通讯员　{people[1]}"
    editor = f"责任编辑：{people[2]}"
    notice = (
        "声明：此文版权归原作者所有，若有来源错误或者侵犯您的合法权益，您可通过邮箱与我们取得联系，我们将及时进行处理。"
    )
    points = f"阅读文章 +1分　今日已累计积分 {rng.randrange(3, 40)}分"
    recommended = _others(rng, 3)
    app = "扫码下载“学习强国”学习平台"
    text = _join_lines(
        [
            bar,
            menu,
            crumb,
            slogan,
            story.headline,
            f"来源：{story.outlet}" if story.outlet else None,
            authors,
            f"{story.published:%Y-%m-%d}" if story.published else None,
            *story.lines,
            editor,
            notice,
            points,
            "推荐阅读",
            *recommended,
            app,
        ]
    )
    furniture = (bar, menu, crumb, slogan, authors, editor, notice, points, "推荐阅读", *recommended, app)
    return Wrapped(
        text,
        furniture,
        f"https://www.example-t4-xuexi.cn/lgpage/detail/index.html?id={rng.randrange(10**18)}",
        kind="text",
    )


@text_form("thepaper_zhengwu_account_original_title")
def thepaper_zhengwu_account_original_title(story: Story) -> Wrapped:
    """A 澎湃号·政务 page copied: the bar and menu, the 澎湃号·政务 kicker, the headline, the account, +订阅 and 粉丝,
    the time, a decoy 来源 naming the platform, the text, 原标题：《headline》, the statement, topics, counts,
    热新闻."""
    rng = _rng(story, "thepaper_zhengwu")
    account = story.outlet or f"{rng.choice(PLACES)}政务发布"
    bar = "澎湃新闻　打开APP"
    menu = "要闻　深度　视频　澎湃号　问政　更多"
    kicker = "澎湃号·政务"
    moment = _moment(story.published, rng)
    follow = f"+订阅　粉丝 {_count(rng)}"
    decoy = "来源：澎湃新闻·澎湃号·政务"
    statement = (
        "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，"
        "澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。"
    )
    topics = f"#{rng.choice(['营商环境', '项目建设', '县域经济'])}　#政务动态"
    counts = f"点赞 {rng.randrange(2, 300)}　收藏　我要举报"
    hot = _others(rng, 3)
    tips = "澎湃新闻报料：021-962866"
    rights = "澎湃新闻，未经授权不得转载"
    text = _join_lines(
        [
            bar,
            menu,
            kicker,
            story.headline,
            account,
            follow,
            f"{moment:%Y-%m-%d %H:%M}" if moment else None,
            decoy,
            *story.lines,
            f"原标题：《{story.headline}》" if story.headline else None,
            statement,
            topics,
            counts,
            "热新闻",
            *hot,
            tips,
            rights,
        ]
    )
    invented = [] if story.outlet else [account]
    furniture = (*invented, bar, menu, kicker, follow, decoy, statement, topics, counts, "热新闻", *hot, tips, rights)
    return Wrapped(
        text, furniture, f"https://www.example-t4-thepaper.cn/newsDetail_forward_{rng.randrange(10**8)}", kind="text"
    )


@text_form("sina_finance_wap_quotes_minutes_ago")
def sina_finance_wap_quotes_minutes_ago(story: Story) -> Wrapped:
    """A 新浪财经 mobile page copied: the open-in-app bar, the headline, the date and outlet on one line, the text,
    相关股票 quotes, the slogan, 责任编辑, the 新浪声明, the comment row, 热门推荐 with sources and N分钟前."""
    rng = _rng(story, "sina_finance_wap")
    bar = "新浪财经　打开新浪财经APP，阅读体验更佳"
    moment = _moment(story.published, rng)
    byline = _run([f"{moment:%Y年%m月%d日 %H:%M}" if moment else None, story.outlet], " ")
    stocks = []
    for name in rng.sample(["青岭股份", "东泰科技", "南湖环境", "云岭材料", "石城控股"], 2):
        move = rng.uniform(-4, 6)
        stocks.append(f"{name}　{rng.uniform(3, 60):.2f}　{move:+.2f}%")
    quotes = "相关股票：" + "　".join(stocks)
    slogan = "海量资讯、精准解读，尽在新浪财经APP"
    editor = f"责任编辑：{rng.choice(NAMES)}"
    statement = (
        "新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或"
        "证实其描述。文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。"
    )
    row = "写评论　分享　收藏"
    hot = []
    for title in _others(rng, 3):
        source = rng.choice(["每日经济新闻", "华夏时报", "经济观察网", "21世纪经济报道"])
        hot += [title, f"{source}　{rng.randrange(2, 59)}分钟前"]
    text = _join_lines(
        [bar, story.headline, byline, *story.lines, quotes, slogan, editor, statement, row, "热门推荐", *hot]
    )
    furniture = (bar, quotes, slogan, editor, statement, row, "热门推荐", *hot)
    return Wrapped(text, furniture, f"https://finance.example-t4-sina.cn/{rng.randrange(10**9)}.d.html", kind="text")


@text_form("govcn_client_share_local_domain")
def govcn_client_share_local_domain(story: Story) -> Wrapped:
    """A 国务院客户端 share page copied: the client's bar, a 政务联播 > 地方 kicker, the headline, the time and 来源
    on lines of their own, font tools, the text, 【我要纠错】 with 责任编辑, a download call, 相关稿件, rights."""
    rng = _rng(story, "govcn_client")
    bar = "国务院客户端　打开"
    kicker = "政务联播 > 地方"
    moment = _moment(story.published, rng)
    tools = "【字体：大 中 小】　打印"
    corrected = f"【我要纠错】　责任编辑：{rng.choice(NAMES)}"
    call = "下载国务院客户端，随时随地了解权威信息"
    related = _others(rng, 2)
    rights = f"版权所有：中国政府网　中文域名：中国政府网.政务　京ICP备{rng.randrange(10**7, 10**8)}号"
    text = _join_lines(
        [
            bar,
            kicker,
            story.headline,
            f"{moment:%Y-%m-%d %H:%M}" if moment else None,
            f"来源：{story.outlet}" if story.outlet else None,
            tools,
            *story.lines,
            corrected,
            call,
            "相关稿件",
            *related,
            rights,
        ]
    )
    furniture = (bar, kicker, tools, corrected, call, "相关稿件", *related, rights)
    return Wrapped(
        text, furniture, f"https://www.example-t4-gov.cn/xinwen/{rng.randrange(10**6)}/content.htm", kind="text"
    )


@text_form("tencent_docs_compilation_relative_comments")
def tencent_docs_compilation_relative_comments(story: Story) -> Wrapped:
    """A 腾讯文档 page select-all copied: the bar, the 招商动态汇编's name, 最近修改 N天前 by an editor, 分享/协作,
    内部资料, a 本周要闻 section, the headline, （来源：outlet，date）, the text, other items, the comment panel."""
    rng = _rng(story, "tencent_docs")
    place = rng.choice(PLACES)
    month = story.published.month if story.published else rng.randrange(1, 13)
    bar = "腾讯文档　文件　编辑　插入　格式　工具"
    name = f"{place}招商动态汇编（{month}月第{rng.randrange(1, 5)}周）"
    people = rng.sample(NAMES, 3)
    modified = f"最近修改：{rng.randrange(2, 9)}天前　{people[0]}"
    share = "分享　协作　仅指定人可编辑"
    inner = "（内部资料　注意保存）"
    section = "一、本周要闻"
    source = _run(
        [
            f"来源：{story.outlet}" if story.outlet else None,
            _unpadded(story.published) if story.published else None,
        ],
        "，",
    )
    others = []
    for title in _others(rng, 2):
        others += [f"◇ {title}", f"（摘要）{title[:6]}相关工作情况，详见原文链接。"]
    comments = [
        f"{people[1]}　{rng.randrange(1, 23)}小时前",
        "这条的投资额和签约时间再跟商务局核对一下",
        f"{people[2]}　{rng.randrange(1, 6)}天前",
        "已核对，按原文",
    ]
    text = _join_lines(
        [
            bar,
            name,
            modified,
            share,
            inner,
            section,
            story.headline,
            f"（{source}）" if source else None,
            *story.lines,
            "二、兄弟县市动态",
            *others,
            f"评论（{len(comments) // 2}）",
            *comments,
        ]
    )
    furniture = (
        bar,
        name,
        modified,
        share,
        inner,
        section,
        "二、兄弟县市动态",
        *others,
        f"评论（{len(comments) // 2}）",
        *comments,
    )
    return Wrapped(text, furniture, f"https://docs.example-t4-qq.com/doc/D{rng.randrange(16**16):016X}", kind="text")


@text_form("jianshu_copy_attribution_topics")
def jianshu_copy_attribution_topics(story: Story) -> Wrapped:
    """A 简书 article select-all copied: the menu, the headline, the author and 关注, the dotted date with 字数 and
    阅读, the text, （转自：outlet）, reward and like rows, its 专题, 推荐阅读, and the attribution a copy appends."""
    rng = _rng(story, "jianshu_copy")
    place = rng.choice(PLACES)
    menu = "首页　下载APP　会员　IT技术　搜索　登录　注册"
    author = f"{place[:2]}{rng.choice(['观察者', '小记', '老周说事', '在路上'])}"
    follow = f"{author}　关注"
    moment = _moment(story.published, rng)
    counted = f"字数 {sum(len(line) for line in story.lines):,}阅读 {rng.randrange(20, 3000)}"
    info = _run([f"{moment:%Y.%m.%d %H:%M:%S}" if moment else None, counted], " ")
    reward = "“小礼物走一走，来简书关注我”　赞赏支持"
    liked = f"{rng.randrange(2, 99)}人点赞　评论{rng.randrange(0, 20)}"
    topics = ["被以下专题收入，发现更多相似内容", f"{place[:2]}那些事儿", "县域经济观察"]
    recommended = _others(rng, 2)
    link = f"链接：https://www.example-t4-jianshu.com/p/{rng.randrange(16**12):012x}"
    rights = "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。"
    text = _join_lines(
        [
            menu,
            story.headline,
            follow,
            info,
            *story.lines,
            f"（转自：{story.outlet}）" if story.outlet else None,
            reward,
            liked,
            *topics,
            "推荐阅读更多精彩内容",
            *recommended,
            "",
            f"作者：{author}",
            link,
            "来源：简书",
            rights,
        ]
    )
    furniture = (
        menu,
        follow,
        counted,
        reward,
        liked,
        *topics,
        "推荐阅读更多精彩内容",
        *recommended,
        link,
        "来源：简书",
        rights,
    )
    return Wrapped(text, furniture, link.removeprefix("链接："), kind="text")


# ---------------------------------------------------------------- documents and exports


@text_form("yearbook_pdftotext_layout_dashiji_column")
def yearbook_pdftotext_layout_dashiji_column(story: Story) -> Wrapped:
    """A 年鉴 page through pdftotext -layout: running heads with the next year and the page, 特载, the headline
    centred, the story in the left column beside a 大事记 column, form feeds, 撰稿/审稿, （原载outlet date）."""
    rng = _rng(story, "yearbook_layout")
    place = rng.choice(PLACES)
    year = story.published.year + 1 if story.published else 2022
    section = "特　　载"
    # The 大事记 column beside the story: its entries cut to the column's width, each cut a line of its own.
    entries = "".join(
        f"{month}月{rng.randrange(1, 29)}日　{title}。"
        for month, title in zip(range(1, 7), _others(rng, 6), strict=True)
    )
    cuts = [entries[start : start + 14] for start in range(0, len(entries), 14)]
    side = ["大　事　记", *(cut for cut in cuts if len(cut) >= 8)]  # a short last cut is left off the page
    left = [piece for line in story.lines for piece in _wrapped(line, 20)]
    page = rng.randrange(40, 300)
    heads: list[str] = []

    def head(number: int) -> str:
        made = (
            f"{place}年鉴（{year}）{' ' * 52}·{number}·"
            if number % 2
            else f"·{number}·{' ' * 56}{section.replace('　', '')}"
        )
        heads.append(made)
        return made

    lines = [head(page), "", f"{' ' * 28}{section}", ""]
    if story.headline:
        lines += [f"{' ' * 12}{story.headline}", ""]
    for index, piece in enumerate(left):
        if index and index % 34 == 0:
            page += 1
            lines += ["\f" + head(page), ""]
        beside = side[index] if index < len(side) else ""
        lines.append(f"{piece}{' ' * (2 * (22 - len(piece)) + 4)}{beside}".rstrip())
    credit = f"（撰稿：{rng.choice(NAMES)}　审稿：{rng.choice(NAMES)}）"
    origin = _run(
        [f"《{story.outlet}》" if story.outlet else None, _unpadded(story.published) if story.published else None], ""
    )
    lines += [f"{' ' * 30}{credit}"]
    if origin:
        lines.append(f"{' ' * 30}（原载{origin}）")
    shown = [piece for piece in side[: len(left)] if piece]
    furniture = tuple(dict.fromkeys([*heads, section, *shown, credit]))
    return Wrapped(
        _join_lines(lines) + "\n\f", furniture, f"file:///nianjian-{year}-{rng.randrange(10**4)}.pdf", kind="text"
    )


@text_form("minutes_word_txt_bom_table_tabs")
def minutes_word_txt_bom_table_tabs(story: Story) -> Wrapped:
    """A 会议纪要 Word file saved as Unicode text (UTF-8 with a BOM, CRLF): the government, 会 议 纪 要, a number,
    the headline, a tab table of 会议时间 (the story's day), 地点, 主持人, the text, 出席/列席/请假/记录, 供稿：outlet,
    抄送 and a later 印发 line."""
    rng = _rng(story, "minutes_word")
    place = rng.choice(PLACES)
    year = story.published.year if story.published else 2021
    government = f"{place}人民政府"
    title = "会 议 纪 要"
    number = f"〔{year}〕{rng.randrange(2, 40)}号"
    people = rng.sample(NAMES, 5)
    when = f"会议时间：\t{_unpadded(story.published)}上午" if story.published else None
    room = f"会议地点：\t{place}行政中心{rng.randrange(2, 9)}楼第{rng.choice('一二三')}会议室"
    chair = f"主 持 人：\t{people[0]}\t{place[-1]}委常委、常务副{place[-1]}长"
    present = f"出席：{people[1]}、{people[2]}、{place}商务局、{place}发展和改革局、{place}自然资源局主要负责同志"
    attending = f"列席：{place}经济开发区管委会、各乡镇（街道）分管负责同志"
    absent = f"请假：{people[3]}（公务）"
    recorder = f"记录：{people[4]}"
    copied = f"抄送：{place}委办公室，{place}人大常委会办公室，{place}政协办公室。"
    issued = _after(story.published, rng, 2, 9)
    printed = f"{place}人民政府办公室\t\t{_unpadded(issued)}印发"
    text = _join_lines(
        [
            government,
            title,
            number,
            "",
            story.headline,
            "",
            when,
            room,
            chair,
            "",
            *story.lines,
            "",
            present,
            attending,
            absent,
            recorder,
            f"供稿：{story.outlet}" if story.outlet else None,
            "",
            copied,
            printed,
        ],
        newline="\r\n",
    )
    furniture = (government, title, number, room, chair, present, attending, absent, recorder, copied, printed)
    return Wrapped(
        text + "\r\n", furniture, f"file:///jiyao-{rng.randrange(10**5)}.txt", encoding="utf-8-sig", kind="text"
    )


@text_form("yuqing_daily_gb18030_item_numbered")
def yuqing_daily_gb18030_item_numbered(story: Story) -> Wrapped:
    """A 网络舆情日报 exported as text (GB18030, CRLF): the report's title, 期 numbers and a later issue day, a
    summary, the story as item 1 (its number run into the headline), 来源/发布时间/情感倾向/相似文章, 原文内容：,
    the text, 原文链接, item 2 with its own source, time and 摘要, 值得关注, and the 内部参阅 and 报/送 lines."""
    rng = _rng(story, "yuqing_daily")
    place = rng.choice(PLACES)
    issue = rng.randrange(2, 300)
    report = f"{place}网络舆情日报"
    numbers = f"第{issue}期（总第{issue + rng.randrange(300, 900)}期）"
    issued = _after(story.published, rng, 1, 3)
    office = f"中共{place}委网信办　　　　　　　　{_unpadded(issued)}"
    total = rng.randrange(40, 400)
    summary = f"本期共监测到涉{place}信息{total}条，其中正面{total // 2}条，中性{total - total // 2 - 3}条，负面3条。"
    moment = _moment(story.published, rng)
    similar = f"相似文章：{rng.randrange(2, 40)}篇"
    meta = _run(
        [
            f"来源：{story.outlet}" if story.outlet else None,
            f"发布时间：{moment:%Y-%m-%d %H:%M}" if moment else None,
            "情感倾向：正面",
            similar,
        ],
        "　",
    )
    link = f"原文链接：http://www.example-t4-yq.cn/a/{rng.randrange(10**7)}.html"
    second, third = _others(rng, 2)
    later = dt.datetime.combine(issued, dt.time(rng.randrange(0, 8), rng.randrange(60)))
    second_meta = (
        f"来源：{rng.choice(['今日头条', '抖音', '百度贴吧'])}　发布时间：{later:%Y-%m-%d %H:%M}　情感倾向：中性"
    )
    digest = f"摘要：网民发帖称{second[:8]}，引发部分网民关注讨论。"
    third_meta = (
        f"来源：微博　发布时间：{later:%Y-%m-%d} 0{rng.randrange(1, 8)}:{rng.randrange(10, 59)}　情感倾向：负面"
    )
    internal = "（本日报仅供内部参阅，请勿外传）"
    sent = f"报：{place}委、{place}政府领导　送：各乡镇（街道）、{place}直各部门"
    text = _join_lines(
        [
            report,
            numbers,
            office,
            summary,
            "一、正面宣传",
            f"1.{story.headline}" if story.headline else "1.",
            meta,
            "原文内容：",
            *story.lines,
            link,
            f"2.{second}",
            second_meta,
            digest,
            "二、值得关注",
            f"3.{third}",
            third_meta,
            internal,
            sent,
        ],
        newline="\r\n",
    )
    furniture = (
        report,
        numbers,
        office,
        summary,
        "一、正面宣传",
        "情感倾向：正面",
        similar,
        "原文内容：",
        link,
        second,
        second_meta,
        digest,
        "二、值得关注",
        third,
        third_meta,
        internal,
        sent,
    )
    return Wrapped(text, furniture, f"file:///yuqing-{issue}.txt", encoding="gb18030", kind="text")


@text_form("youdao_clip_note_source_url")
def youdao_clip_note_source_url(story: Story) -> Wrapped:
    """A 有道云笔记 web clip exported as text: the note's title (headline_site), later 创建/更新时间, a decoy
    来源：URL, 标签, then the clipped 商务 page: name, menu, headline, 发布日期/来源/阅读, text, tools,
    上一篇/下一篇."""
    rng = _rng(story, "youdao_clip")
    place = rng.choice(PLACES)
    site = f"{place}商务之窗"
    note = f"{story.headline}_{site}" if story.headline else site
    clipped = dt.datetime.combine(
        _after(story.published, rng, 3, 200), dt.time(rng.randrange(8, 23), rng.randrange(60))
    )
    edited = clipped + dt.timedelta(minutes=rng.randrange(2, 600))
    times = f"创建时间：{clipped:%Y/%m/%d %H:%M}　　更新时间：{edited:%Y/%m/%d %H:%M}"
    url = f"http://sw.example-t4-{rng.randrange(100, 999)}.gov.cn/art/{rng.randrange(10**6)}.html"
    source = f"来源：{url}"
    tags = f"标签：招商资料，{place[:2]}"
    menu = "首页 | 商务动态 | 投资指南 | 政策法规 | 招商项目 | 联系我们"
    reads = f"阅读：{rng.randrange(20, 3000)}次"
    info = _run(
        [
            f"发布日期：{story.published:%Y-%m-%d}" if story.published else None,
            f"来源：{story.outlet}" if story.outlet else None,
            reads,
        ],
        "　　",
    )
    before, after = _others(rng, 2)
    text = _join_lines(
        [
            note,
            times,
            source,
            tags,
            "",
            site,
            menu,
            story.headline,
            info,
            *story.lines,
            "【关闭】【打印】",
            f"上一篇：{before}",
            f"下一篇：{after}",
        ]
    )
    furniture = (site, times, source, tags, menu, reads, "【关闭】【打印】", f"上一篇：{before}", f"下一篇：{after}")
    return Wrapped(text, furniture, url, kind="text")


# ---------------------------------------------------------------- broadcast and Hong Kong


@text_form("county_tv_transcript_tongqi_lines")
def county_tv_transcript_tongqi_lines(story: Story) -> Wrapped:
    """A 县融媒体中心 video page's transcript copied: the menu and crumb, the program, 视频时长 and 播放, the
    headline, 播出日期, 【导语】 and 【正文】 with the station, 【同期】 speaker lines between paragraphs, credits,
    来源, 上一条/下一条."""
    rng = _rng(story, "county_tv")
    place = rng.choice(PLACES)
    menu = f"{place}融媒　首页　新闻　视频　直播　专题　爆料"
    crumb = f"当前位置：首页 > 视频 > {place}新闻"
    program = f"《{place}新闻》"
    length = f"视频时长：0{rng.randrange(1, 5)}:{rng.randrange(10, 59)}　播放：{_count(rng)}"
    people = rng.sample(NAMES, 5)
    speakers = [
        f"【同期】{people[0]}　{place}商务局局长",
        f"【同期】{people[1]}　签约企业负责人",
    ]
    lines = list(story.lines)
    opening = f"【正文】（{place}台报道）"
    body: list[str] = ["【导语】", *lines[:1], opening]
    said = 0
    for index, line in enumerate(lines[1:], start=1):
        body.append(line)
        if index in (2, 4) and index < len(lines) - 1:
            body.append(speakers[said])
            said += 1
    credits = f"记者：{people[2]}　{people[3]}　编辑：{people[4]}"
    before, after = _others(rng, 2)
    text = _join_lines(
        [
            menu,
            crumb,
            program,
            length,
            story.headline,
            f"播出日期：{story.published:%Y-%m-%d}" if story.published else None,
            *body,
            credits,
            f"来源：{story.outlet}" if story.outlet else None,
            f"上一条：{before}",
            f"下一条：{after}",
        ]
    )
    furniture = (menu, crumb, program, length, "【导语】", opening, *speakers[:said], credits, before, after)
    return Wrapped(text, furniture, f"http://www.example-t4-rm.cn/video/{rng.randrange(10**6)}.shtml", kind="text")


@text_form("takungpao_wenweipo_hant_subtitle")
def takungpao_wenweipo_hant_subtitle(story: Story) -> Wrapped:
    """A 大公文匯 page in Traditional script copied: the site's name with 繁 | 简, a menu, a crumb, the headline, a
    副題 of its own, the date with 星期 and time, 來源, a 文／記者 credit, 字體 tools, the text, 責任編輯, 相關新聞."""
    rng = _rng(story, "takungpao")
    site = "大公文匯全媒體　繁 | 简"
    menu = "首頁　香港　內地　兩岸　國際　財經　評論　視頻"
    crumb = "首頁 > 內地 > 經濟"
    subtitle = f"去年引進項目{rng.randrange(30, 160)}個　總投資逾{rng.randrange(100, 900)}億元人民幣"
    moment = _moment(story.published, rng)
    when = (
        f"{moment.year}年{moment.month}月{moment.day}日 星期{WEEKDAYS[moment.weekday()]} {moment:%H:%M}"
        if moment
        else None
    )
    people = rng.sample(NAMES, 2)
    credit = f"文／香港文匯報記者　{people[0]}"
    tools = "[列印]　[字體：大 中 小]　分享：微信　Facebook"
    editor = f"責任編輯：{people[1]}"
    related = rng.sample(OTHERS_HANT, 3)
    rights = f"© {moment.year if moment else 2021} 大公文匯全媒體 版權所有 未經授權不得轉載"
    text = _join_lines(
        [
            site,
            menu,
            crumb,
            story.headline,
            subtitle,
            when,
            f"來源：{story.outlet}" if story.outlet else None,
            credit,
            tools,
            *story.lines,
            editor,
            "相關新聞",
            *related,
            rights,
        ]
    )
    furniture = (site, menu, crumb, subtitle, credit, tools, editor, "相關新聞", *related, rights)
    return Wrapped(text, furniture, f"https://www.example-t4-tkww.com/news/{rng.randrange(10**6)}.html", kind="text")


DEV_T4, LOCKED_T4 = split_by_digest(TEXT_FORMS4, "text round 4/", locked=6)
