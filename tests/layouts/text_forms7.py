"""Twelve text capture forms written blind (text round 7): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of site, app, copy tool or document
gives, none of them drawn in text rounds 1 to 6, weighed toward what stands above the headline and between the
headline and the text (a portal's regional channel with its bars, a 新闻办's conference fields, a live page's
status and host, a 领导之窗 list copied before the article, a 政协 session's numbered 发言材料 line, a blog's
profile column, a 速记稿's meeting fields, an app's yearless time, a converter's 页眉, a reposting library's
later 转藏 day, a script's 镜号/画面 table), toward what stands inside the text (captions, a speaker's name run
into the first paragraph, time stamps before each entry, （掌声） marks, page feet and watermarks in the middle of
a paragraph, the cells of a table row) and below it, and toward headlines held only inside other words (a host's
introduction, a film's name) and stories that show no headline (each form then shows what it would show without
one):

- a 凤凰网 regional channel page select-all copied on a PC: the portal's bar, 登录/注册 with the client's name, the
  channel's own menu, a `>` crumb ending in the city, the headline, the time (2021年06月18日 09:30:12) and 来源 on
  one line, 分享到 with 举报, the text with a photo caption after its first paragraph, [责任编辑：A PN123], the
  特别声明, the like row, 为你推荐 titles each with the channel and a relative time, 热点新闻 titles that ask or
  exclaim, the footer's links and the Phoenix rights line;
- a 新闻办 site's 发布会实录 page copied: the office's name, its menu and search box, a crumb, the conference's own
  title, 发布时间 with 上午10:00, 发布地点, 发布主题：headline, the 发 布 人 and 主 持 人 lines, the 文字实录 tabs,
  the host's opening, the bureau's head's title and name run into the first paragraph, the host's turn to
  questions, two questions from named media with their answers, the host's closing, 来源, the tools, 往期发布会
  titles and the 主办 and ICP lines (UTF-8, LF);
- a local news site's 图文直播 page copied (CRLF): the site's bar, 图文直播, 直播已结束 with a 人参与 count, the
  headline (the live's title), 直播时间, 来源, 主持人 with the reporter, 正序 | 倒序, an exclaiming 【置顶】 entry,
  the host's name and a time over each entry (one paragraph each), a [图片] entry, the closing entry, 往期直播
  titles each with a yearless earlier day and 回看, and the rights line;
- a 县政府 portal's 领导活动 page select-all copied and saved by Notepad (GB18030 bytes, CRLF): 今天是 a later day
  with its 星期 and 设为首页, the menu, the search box, the 领导之窗 list of the 县长 and 副县长 with their names
  (the left column, copied before the article), a 您所在的位置 crumb, the headline, 来源/发布时间/访问量/【字体】
  on one line, the text, the tools, 上一条/下一条, 扫一扫, the footer's links, 主办/承办 and 网站标识码 with ICP;
- a 政协 site's 大会发言 page copied: the 政协's full name, its menu, a crumb, a 政协…届…次会议大会发言材料之N
  line over the headline, the speaker (a party's 委员会 or a member with a 界别) under it, 发布时间/来源/浏览次数,
  the text, （本文为大会书面发言，有删节）, the tools, 相关发言 titles (other members' 建议) and the office's
  address and ICP lines;
- a 新浪博客 post reposting the story, select-all copied: the blog's bar, the blog's name and address, the 个人资料
  column with its 等级/积分/访问/人气 counters (copied before the post), 正文 with 字体大小, the headline with the
  posting time in brackets, 转载▼, 标签 and 分类, the text, 转自：outlet, the share row, 喜欢 and 阅读(N) ┊ 评论
  counters, 已投稿到, 前一篇/后一篇, the comment box and SINA's footer;
- a 招商 大会's 速记稿 saved from Word as text (UTF-8 with a BOM, CRLF): the meeting's name, 速　记　稿, a 未经审阅
  note, 时间 with 上午, 地点, 主持, 速记 with a company, the host's introduction holding the headline in 《》 (no
  headline line of its own), （掌声）, the speaker's title and name over the text, （掌声） after every third
  paragraph and at the end, the host's closing, the 速记/校对 line and （来源：outlet）;
- a 县融媒体 app's article copied in the app with select-all on a phone: the app's name with its 频道, the headline,
  the account, a yearless time (06-18 09:30) and 阅读 on one line, 来源, a 记者/通讯员 line, the text indented with
  full-width spaces, 责任编辑/审核/终审, the 版权声明, the like and share row, 推荐阅读 titles that ask or exclaim
  each with the account and a relative time, 评论（N） with comments, — 已经到底了 — and the 新闻热线 line;
- a 微博 头条文章 page copied on a PC: 微博's bar, 头条文章, the headline, the account (the outlet, or an invented one,
  listed) with + 关注 and its 粉丝, 发布于 the time, 阅读数, the text, （来源：outlet）, the platform's 声明, the
  转发/评论/赞 row, 评论 with 按热度 and two comments with a later time and a province, 作者的其他文章 titles, the
  footer's links and the rights line with an ICP 证;
- a 讲话稿 PDF turned into text by a free converter (UTF-16 with a BOM, CRLF): the Word file's 页眉 on every page,
  the headline, a ——在…上的讲话 副题, the speaker's titles and name, the date in brackets, the text set at a page's
  length and cut mid-paragraph at each page's end, 第 N 页 共 M 页 and the converter's 免费版 watermark after every
  page, and 来源：outlet on the last;
- a 360doc-like reposting library's page copied: the site's name and menu, the search row, the headline, the user
  with the day it was 转藏 (after the story's) and a province, the tools, the text, 来源：outlet, 来自：user >
  《folder》, 献花, the site's 声明, the comment row, 类似文章 titles, 猜你喜欢 titles that ask or exclaim, and the
  rights line;
- a 招商宣传片 解说词 Word table copied into Notepad (UTF-8 without a BOM, CRLF): the film's name holding the headline
  in 《》 (no headline line of its own), the draft's number, 修改日期, 撰稿：outlet, 片长, the 镜号/画面/解说词/时长
  header, one tab-separated row a paragraph (its number and shot before the paragraph, its seconds after), ——全片完——
  and the 配乐 and 字幕 notes.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels) are the capture's metadata and are not listed, nor are lines that hold the headline among other
words (a host's introduction, a film's name, a blog's title line with its time), nor rules of box-drawing marks.
A block of short lines (a 领导之窗 list, a profile column) is listed as one string: squashed, it is one run of the
text.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 7/" + name are `LOCKED_T7`, the other six `DEV_T7`. Round 7 is sealed: not scored when
written, to be scored once, both halves, at the end of the text path's next change.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterable

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import _join_lines

TEXT_FORMS7: dict[str, Layout] = {}
NAMES = ["鄢志明", "笪丽娟", "逄建新", "厍海波", "郦秀珍", "璩国栋", "蒯晓燕", "暴振华"]
# Titles of other items a capture lists (related, neighbouring, earlier, other speeches): none is about the story.
OTHERS = [
    "县城区新增两处口袋公园对市民开放",
    "全镇开展秸秆禁烧巡查",
    "区第二人民医院血液透析中心启用",
    "县图书馆开展暑期少儿阅读季活动",
    "街道组织辖区居民开展应急疏散演练",
    "县农业农村局部署秋粮收购工作",
    "区市场监管局开展校园周边食品安全检查",
    "镇村道路“白改黑”工程全面完工",
    "县第一中学新建学生宿舍楼交付使用",
    "全区退役军人专场招聘会举行",
    "县公交公司新开通两条城乡公交线路",
    "社区老年食堂试运营　首日接待百余人次",
]
# Titles that ask or exclaim, as apps, portals and reposting sites set them in their lists.
ASKED = [
    "这个周末去哪儿？城郊这几处赏花地别错过！",
    "暑期带娃游泳，这些安全提示请收好！",
    "家门口的菜市场改造完成，你去逛了吗？",
    "医保电子凭证怎么用？一图看懂",
    "高温天气持续，户外作业要注意什么？",
    "好消息！城区又添一座体育公园",
]
# Other members' 建议, as a 政协 site lists them beside a 大会发言.
PROPOSALS = [
    "关于加强农村养老服务体系建设的建议",
    "关于推进城区老旧小区加装电梯的建议",
    "关于加强中小学生心理健康教育的建议",
    "关于提升乡村医生队伍水平的建议",
    "关于规范电动自行车停放充电管理的建议",
]
# Earlier press conferences' subjects, as a 新闻办 site lists them.
CONFERENCES = [
    "秋冬季森林防火工作",
    "城乡居民医疗保险参保缴费工作",
    "第三届农民丰收节活动安排",
    "义务教育阶段招生入学政策",
    "汛期城市防汛排涝工作",
]
DIGITS = "〇一二三四五六七八九十"


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS7)


def _moment(day: dt.date | None, rng: random.Random) -> dt.datetime | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(rng.randrange(8, 22), rng.randrange(60), rng.randrange(60)))


def _after(day: dt.date | None, rng: random.Random, low: int, high: int) -> dt.date:
    """A day after the story's (a page's today, a repost, a comment): a date the capture shows, not its own."""
    return (day or dt.date(2021, 6, 18)) + dt.timedelta(days=rng.randrange(low, high))


def _before(day: dt.date | None, rng: random.Random, low: int, high: int) -> dt.date:
    """A day before the story's (an earlier live): a date the capture shows, not its own."""
    return (day or dt.date(2021, 6, 18)) - dt.timedelta(days=rng.randrange(low, high))


def _unpadded(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _run(parts: Iterable[str | None], gap: str) -> str | None:
    kept = [part for part in parts if part]
    return gap.join(kept) if kept else None


def _count(rng: random.Random) -> str:
    """A counter as apps print one: plain below ten thousand, in 万 above."""
    value = rng.randrange(12, 90000)
    return f"{value / 10000:.1f}万" if value >= 10000 else str(value)


def _phone(rng: random.Random) -> str:
    return f"0{rng.choice(['571', '791', '551', '27', '28', '591'])}-{rng.randrange(10**7, 10**8)}"


def _icp(rng: random.Random) -> str:
    province = rng.choice(["浙", "赣", "皖", "鄂", "川", "闽"])
    return f"{province}ICP备{rng.randrange(10**7, 10**8)}号-{rng.randrange(1, 6)}"


def _numeral(number: int) -> str:
    """One to nineteen in Chinese numerals, as session and draft numbers are written."""
    return DIGITS[number] if number <= 10 else "十" + DIGITS[number - 10]


def _token(rng: random.Random, length: int) -> str:
    return "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz") for _ in range(length))


# ---------------------------------------------------------------- portals, government and 政协 sites


@text_form("ifeng_regional_channel_select_all")
def ifeng_regional_channel_select_all(story: Story) -> Wrapped:
    """A 凤凰网 regional channel page select-all copied: the bar, 登录/注册, the channel's menu, a crumb, the headline,
    the time and 来源, 分享到 with 举报, the text with a caption, [责任编辑：A PN123], the 特别声明, the like row,
    为你推荐 with relative times, 热点新闻, the footer's links and the rights line."""
    rng = _rng(story, "ifeng_regional_channel_select_all")
    place = rng.choice(PLACES)
    province, short = rng.choice([("江西", "jx"), ("安徽", "ah"), ("湖北", "hb"), ("浙江", "zj"), ("四川", "sc")])
    channel = f"凤凰网{province}"
    top = "凤凰网首页　资讯　财经　娱乐　体育　时尚　汽车　房产　科技　读书　文化　历史　军事　旅游　佛教　更多"
    user = "登录　注册　|　凤凰新闻客户端　|　无障碍"
    nav = f"{channel}　首页　资讯　政务　财经　文旅　地市　专题"
    crumb = f"{channel} > 地市 > {place[:2]}"
    moment = _moment(story.published, rng)
    info = _run(
        [f"{moment:%Y年%m月%d日 %H:%M:%S}" if moment else None, f"来源：{story.outlet}" if story.outlet else None],
        "　",
    )
    share = "分享到：微信　微博　QQ空间　　举报"
    caption = f"{place}重点项目现场。（图片由{place}融媒体中心提供）"
    lines = list(story.lines)
    body = [*lines[:1], caption, *lines[1:]] if len(lines) > 1 else lines
    shown = [caption] if len(lines) > 1 else []
    editor = f"[责任编辑：{rng.choice(NAMES)} PN{rng.randrange(100, 999)}]"
    statement = (
        "特别声明：以上文章内容仅代表作者本人观点，不代表凤凰网观点或立场。如有关于作品内容、版权或其它问题请于"
        "作品发表后的30日内与凤凰网联系。"
    )
    likes = f"{rng.randrange(0, 300)}人点赞　　收藏　　分享"
    recommended = []
    for title in rng.sample(OTHERS, 3):
        recommended += [title, f"{channel}　{rng.randrange(1, 23)}小时前"]
    hot = rng.sample(ASKED, 4)
    links = (
        "凤凰新媒体介绍 | 投资者关系 Investor Relations | 广告服务 | 诚征英才 | 保护隐私权 | 免责条款 | 意见反馈 | "
        "凤凰网违法和不良信息举报"
    )
    year = moment.year if moment else 2021
    rights = f"凤凰网版权所有 Copyright © {year} Phoenix New Media Limited All Rights Reserved."
    text = _join_lines(
        [
            top,
            user,
            nav,
            crumb,
            story.headline,
            info,
            share,
            *body,
            editor,
            statement,
            likes,
            "为你推荐",
            *recommended,
            "热点新闻",
            *hot,
            links,
            rights,
        ]
    )
    furniture = (top, user, nav, crumb, share, *shown, editor, statement, likes, "为你推荐", *recommended)
    furniture += ("热点新闻", *hot, links, rights)
    return Wrapped(text, furniture, f"https://{short}.example-t7-ifeng.cn/c/8{_token(rng, 10)}", kind="text")


@text_form("fabuhui_shilu_host_qa")
def fabuhui_shilu_host_qa(story: Story) -> Wrapped:
    """A 新闻办 site's 发布会实录 page copied: the office, menu, search, crumb, the conference's own title, 发布时间,
    发布地点, 发布主题：headline, 发布人 and 主持人, tabs, the host's opening, the head's name run into the first
    paragraph, two questions and answers, the closing, 来源, tools, 往期发布会, 主办 and ICP."""
    rng = _rng(story, "fabuhui_shilu_host_qa")
    place = rng.choice(PLACES)
    level = place[-1]
    office = f"{place}人民政府新闻办公室"
    menu = "首页　新闻发布　发布会实录　政策解读　新闻发言人　图片直播　视频回放"
    search = "站内搜索　请输入关键字　检索"
    crumb = "当前位置：首页 > 新闻发布 > 发布会实录"
    year = story.published.year if story.published else 2021
    subject = rng.choice(["上半年经济运行", "重点项目建设", "优化营商环境", "开放型经济发展"])
    conference = f"{place}{year}年{subject}情况新闻发布会"
    host, head, second, third = rng.sample(NAMES, 4)
    hall = f"发布地点：{place}行政中心{rng.randrange(2, 9)}楼新闻发布厅"
    speakers = (
        f"发 布 人：{place}投资促进局局长　{head}；{place}发展和改革局副局长　{second}；"
        f"{place}经济开发区管委会副主任　{third}"
    )
    chair = f"主 持 人：{place}委宣传部副部长、{level}政府新闻发言人　{host}"
    tabs = "文字实录　|　图片直播　|　视频回放　|　媒体报道"
    opening = (
        f"{host}：女士们、先生们，各位媒体朋友，大家上午好！欢迎出席今天的新闻发布会。今天，我们邀请到{place}"
        f"投资促进局局长{head}先生，{place}发展和改革局副局长{second}女士，{place}经济开发区管委会副主任{third}"
        f"先生，请他们介绍有关情况，并回答大家关心的问题。首先，请{head}先生作发布。"
    )
    mark = f"{place}投资促进局局长　{head}："
    lines = list(story.lines)
    body = [mark + lines[0], *lines[1:]]
    turn = f"{host}：谢谢{head}局长的介绍。下面进入答问环节，请各位记者朋友提问，提问前请先通报所在的新闻机构。"
    media = rng.sample([f"{place[:2]}日报", f"{place[:2]}广播电视台", "省电视台经济频道", "市新闻传媒中心"], 2)
    questions = [
        f"{media[0]}记者：请问在优化营商环境方面，下一步还有哪些具体举措？",
        f"{second}：谢谢您的提问。下一步，我们将持续深化“放管服”改革，推行企业开办全流程网上办理，"
        "让企业办事“最多跑一次”。",
        f"{media[1]}记者：请问开发区在标准厂房建设和水电气保障方面有什么新安排？",
        f"{third}：谢谢。今年开发区将新建一批标准厂房，同步完善水电气和污水管网配套，做到厂房建好即可入驻。",
    ]
    closing = f"{host}：今天的新闻发布会到此结束。谢谢各位发布人，谢谢各位媒体朋友！"
    tools = "【打印】【关闭】【返回顶部】"
    earlier = [f"{year}年{topic}新闻发布会" for topic in rng.sample(CONFERENCES, 3)]
    host_line = f"主办：中共{place}委宣传部　{office}　{_icp(rng)}"
    text = _join_lines(
        [
            office,
            menu,
            search,
            crumb,
            conference,
            f"发布时间：{_unpadded(story.published)} 上午10:00" if story.published else None,
            hall,
            f"发布主题：{story.headline}" if story.headline else None,
            speakers,
            chair,
            tabs,
            opening,
            *body,
            turn,
            *questions,
            closing,
            f"来源：{story.outlet}" if story.outlet else None,
            tools,
            "往期发布会",
            *earlier,
            host_line,
        ]
    )
    furniture = (office, menu, search, crumb, conference, hall, speakers, chair, tabs, opening, mark, turn)
    furniture += (*questions, closing, tools, "往期发布会", *earlier, host_line)
    return Wrapped(
        text,
        furniture,
        f"http://xwb.example-t7-{rng.randrange(100, 999)}.gov.cn/fbh/sl/{rng.randrange(10**6)}.html",
        kind="text",
    )


@text_form("lingdao_huodong_leader_window_gb18030")
def lingdao_huodong_leader_window_gb18030(story: Story) -> Wrapped:
    """A 县政府 portal's 领导活动 page select-all copied and saved by Notepad (GB18030, CRLF): 今天是 a later day, the
    menu, search, the 领导之窗 list before the article, a crumb, the headline, 来源/发布时间/访问量/【字体】, the text,
    tools, 上一条/下一条, 扫一扫, the footer's links, 主办/承办 and 网站标识码 with ICP."""
    rng = _rng(story, "lingdao_huodong_leader_window_gb18030")
    place = rng.choice(PLACES)
    level = place[-1]
    today = _after(story.published, rng, 0, 60)
    weekday = "一二三四五六日"[today.weekday()]
    top = f"今天是{today.year}年{today.month}月{today.day}日　星期{weekday}　　设为首页　加入收藏　手机版"
    menu = f"首页　走进{place}　政务公开　政务服务　互动交流　专题专栏"
    search = "站内搜索　高级检索"
    leaders = rng.sample(NAMES, 4)
    window = "\n".join(
        [
            "领导之窗",
            f"{level}长　{leaders[0]}",
            f"常务副{level}长　{leaders[1]}",
            f"副{level}长　{leaders[2]}",
            f"副{level}长　{leaders[3]}",
        ]
    )
    crumb = "您所在的位置：首页 > 领导之窗 > 领导活动"
    views = f"访问量：{rng.randrange(40, 5000)}次"
    font = "【字体：大　中　小】"
    info = _run(
        [
            f"来源：{story.outlet}" if story.outlet else None,
            f"发布时间：{story.published:%Y-%m-%d}" if story.published else None,
            views,
            font,
        ],
        "　",
    )
    tools = "【我要打印】　【关闭窗口】　【收藏本页】"
    before, after = rng.sample(OTHERS, 2)
    scan = "扫一扫在手机上查看当前页面"
    links = "网站地图　|　联系我们　|　网站声明　|　适老化无障碍服务"
    host = f"主办单位：{place}人民政府办公室　承办单位：{place}数据资源管理局"
    ids = f"网站标识码：{rng.randrange(10**9, 10**10)}　{_icp(rng)}"
    text = _join_lines(
        [
            top,
            menu,
            search,
            *window.split("\n"),
            crumb,
            story.headline,
            info,
            *story.lines,
            tools,
            f"上一条：{before}",
            f"下一条：{after}",
            scan,
            links,
            host,
            ids,
        ],
        newline="\r\n",
    )
    furniture = (top, menu, search, window, crumb, views, font, tools, f"上一条：{before}", f"下一条：{after}", scan)
    furniture += (links, host, ids)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"http://www.example-t7-{rng.randrange(100, 999)}.gov.cn/ldhd/{rng.randrange(10**6)}.html",
        encoding="gb18030",
        kind="text",
    )


@text_form("zhengxie_dahui_fayan_member_sector")
def zhengxie_dahui_fayan_member_sector(story: Story) -> Wrapped:
    """A 政协 site's 大会发言 page copied: the 政协's name, menu, crumb, the 大会发言材料之N line, the headline, the
    speaker, 发布时间/来源/浏览次数, the text, the 书面发言 note, tools, 相关发言, the address and ICP."""
    rng = _rng(story, "zhengxie_dahui_fayan_member_sector")
    place = rng.choice(PLACES)
    name = f"中国人民政治协商会议{place}委员会"
    menu = "首页　政协概况　履职动态　提案工作　大会发言　委员风采　文史资料　学习园地"
    crumb = "当前位置：首页 > 履职动态 > 大会发言"
    session = f"政协{place}第{_numeral(rng.randrange(8, 13))}届委员会第{_numeral(rng.randrange(1, 6))}次会议"
    numbered = f"{session}大会发言材料之{_numeral(rng.randrange(2, 18))}"
    if rng.random() < 0.5:
        speaker = f"{rng.choice(['民建', '民盟', '九三学社', '致公党', '农工党'])}{place}委员会"
    else:
        speaker = f"{rng.choice(NAMES)}委员（{rng.choice(['经济界', '工商联界', '科技界', '特邀界'])}）"
    views = f"浏览次数：{rng.randrange(30, 3000)}"
    info = _run(
        [
            f"发布时间：{story.published:%Y-%m-%d}" if story.published else None,
            f"来源：{story.outlet}" if story.outlet else None,
            views,
        ],
        "　　",
    )
    note = "（本文为大会书面发言，有删节）"
    tools = "【打印】　【关闭】"
    related = rng.sample(PROPOSALS, 3)
    rights = f"政协{place}委员会办公室　版权所有"
    address = f"地址：{place}{rng.choice(['人民路', '府前街', '文昌路'])}{rng.randrange(1, 200)}号　电话：{_phone(rng)}"
    icp = _icp(rng)
    text = _join_lines(
        [
            name,
            menu,
            crumb,
            numbered,
            story.headline,
            speaker,
            info,
            *story.lines,
            note,
            tools,
            "相关发言",
            *related,
            rights,
            address,
            icp,
        ]
    )
    furniture = (name, menu, crumb, numbered, speaker, views, note, tools, "相关发言", *related, rights, address, icp)
    return Wrapped(
        text,
        furniture,
        f"http://www.example-t7-zx{rng.randrange(100, 999)}.gov.cn/dhfy/{rng.randrange(10**5)}.html",
        kind="text",
    )


# ---------------------------------------------------------------- blogs, apps, live pages and reposting sites


@text_form("wenzi_zhibo_timeline_stamps")
def wenzi_zhibo_timeline_stamps(story: Story) -> Wrapped:
    """A local news site's 图文直播 page copied (CRLF): the bar, 图文直播, 直播已结束 with a count, the headline,
    直播时间, 来源, 主持人, 正序 | 倒序, a 【置顶】 entry, the host and a time over each paragraph, a [图片] entry,
    the closing entry, 往期直播 with yearless earlier days, and the rights line."""
    rng = _rng(story, "wenzi_zhibo_timeline_stamps")
    place = rng.choice(PLACES)
    site = f"{place[:2]}新闻网"
    bar = f"{site}　首页　本地　直播　视频　专题　爆料"
    status = f"直播已结束　{_count(rng)}人参与"
    host, photographer = rng.sample(NAMES, 2)
    start = dt.datetime.combine(story.published or dt.date(2021, 6, 18), dt.time(rng.choice([9, 10, 14, 15]), 0))
    chair = f"主持人：{site}记者　{host}"
    order = "正序　|　倒序　　　刷新"
    pinned = f"【置顶】{host}：欢迎来到{site}直播间，我们将在现场为您带来图文报道，敬请关注！"
    moment = start + dt.timedelta(minutes=rng.randrange(1, 5))
    entries: list[str] = []
    stamps: list[str] = []
    for index, paragraph in enumerate(story.lines):
        stamp = f"{host}　{moment:%H:%M}"
        entries += [stamp, paragraph]
        stamps.append(stamp)
        moment += dt.timedelta(minutes=len(paragraph) // 60 + rng.randrange(2, 6))
        if index == 1 and len(story.lines) > 2:
            stamp = f"{host}　{moment:%H:%M}"
            picture = f"[图片]　活动现场（{site}记者　{photographer}　摄）"
            entries += [stamp, picture]
            stamps += [stamp, picture]
            moment += dt.timedelta(minutes=rng.randrange(1, 4))
    last = f"{host}　{moment:%H:%M}"
    closing = f"本场直播到此结束，感谢您的关注！更多精彩请锁定{site}。"
    earlier = []
    for title in rng.sample(OTHERS, 3):
        day = _before(story.published, rng, 5, 60)
        earlier += [title, f"{day:%m-%d}　回看"]
    rights = f"{site}版权所有　未经授权禁止转载　{_icp(rng)}"
    text = _join_lines(
        [
            bar,
            "图文直播",
            status,
            story.headline,
            f"直播时间：{start:%Y-%m-%d %H:%M}" if story.published else None,
            f"来源：{story.outlet}" if story.outlet else None,
            chair,
            order,
            pinned,
            *entries,
            last,
            closing,
            "往期直播",
            *earlier,
            rights,
        ],
        newline="\r\n",
    )
    furniture = (bar, "图文直播", status, chair, order, pinned, *stamps, last, closing, "往期直播", *earlier, rights)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"https://live.example-t7-{rng.randrange(100, 999)}.cn/room/{rng.randrange(10**5)}.html",
        kind="text",
    )


@text_form("sina_blog_zhuanzai_tags_prev_next")
def sina_blog_zhuanzai_tags_prev_next(story: Story) -> Wrapped:
    """A 新浪博客 post reposting the story, select-all copied: the bar, the blog's name and address, the 个人资料
    column, 正文 with 字体大小, the headline with the posting time, 转载▼, 标签 and 分类, the text, 转自：outlet, the
    share row, 喜欢, the 阅读 ┊ 评论 counters, 已投稿到, 前一篇/后一篇, the comment box and the footer."""
    rng = _rng(story, "sina_blog_zhuanzai_tags_prev_next")
    place = rng.choice(PLACES)
    bar = "新浪首页　新浪博客　博客首页　　登录　|　注册　|　发博文"
    blogger = f"{place[:2]}{rng.choice(['老周', '一叶', '阿明', '招商人', '老乡'])}"
    blog = f"{blogger}的博客"
    address = f"http://blog.example-t7-sina.cn/u/{rng.randrange(10**9, 10**10)}"
    profile = "\n".join(
        [
            "个人资料",
            blogger,
            "加好友　发纸条",
            "写留言　加关注",
            f"博客等级：{rng.randrange(3, 30)}",
            f"博客积分：{rng.randrange(100, 9000)}",
            f"博客访问：{rng.randrange(1000, 900000):,}",
            f"关注人气：{rng.randrange(10, 900)}",
            "获赠金笔：0支",
            "赠出金笔：0支",
        ]
    )
    body_head = "正文　　字体大小：大　中　小"
    moment = _moment(story.published, rng)
    title = _run([story.headline, f"({moment:%Y-%m-%d %H:%M:%S})" if moment else None], "　")
    flag = "转载▼"
    tags = f"标签：　{place[:2]}　招商　杂谈"
    category = "分类：　转载"
    share = "分享：　微博　微信　QQ空间"
    like = f"喜欢　{rng.randrange(0, 40)}　　赠金笔"
    counters = (
        f"阅读({rng.randrange(20, 3000)}) ┊ 评论 ({rng.randrange(0, 9)}) ┊ 收藏({rng.randrange(0, 9)}) ┊ "
        f"转载({rng.randrange(0, 20)}) ┊ 喜欢▼ ┊ 打印 ┊ 举报"
    )
    posted = "已投稿到：　排行榜"
    before, after = rng.sample(OTHERS, 2)
    comments = "评论　　重要提示：警惕虚假中奖信息"
    box = "[发评论]　　登录名：　密码：　找回密码　注册　记住登录状态"
    feedback = "新浪BLOG意见反馈留言板　欢迎批评指正"
    links = "新浪简介 | About Sina | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | SINA English | 会员注册 | 产品答疑"
    year = moment.year if moment else 2021
    rights = f"Copyright © 1996 - {year} SINA Corporation, All Rights Reserved"
    text = _join_lines(
        [
            bar,
            blog,
            address,
            *profile.split("\n"),
            body_head,
            title,
            flag,
            tags,
            category,
            *story.lines,
            f"转自：{story.outlet}" if story.outlet else None,
            share,
            like,
            counters,
            posted,
            f"前一篇：{before}",
            f"后一篇：{after}",
            comments,
            box,
            feedback,
            links,
            rights,
            "新浪公司 版权所有",
        ]
    )
    furniture = (bar, blog, address, profile, body_head, flag, tags, category, share, like, counters, posted)
    furniture += (f"前一篇：{before}", f"后一篇：{after}", comments, box, feedback, links, rights, "新浪公司 版权所有")
    return Wrapped(
        text, furniture, f"http://blog.example-t7-sina.cn/s/blog_{rng.randrange(16**12):012x}.html", kind="text"
    )


@text_form("county_app_inapp_select_all_yearless")
def county_app_inapp_select_all_yearless(story: Story) -> Wrapped:
    """A 县融媒体 app's article copied in the app on a phone: the app with its 频道, the headline, the account, a
    yearless time and 阅读, 来源, 记者/通讯员, the text indented, 责任编辑/审核/终审, the 版权声明, the row,
    推荐阅读 with relative times, 评论（N）, — 已经到底了 — and the 新闻热线 line."""
    rng = _rng(story, "county_app_inapp_select_all_yearless")
    place = rng.choice(PLACES)
    app = f"掌上{place[:2]}"
    kicker = f"{app} · {rng.choice(['本地', '要闻', '乡镇', '部门'])}频道"
    account = f"{place[:2]}融媒"
    moment = _moment(story.published, rng)
    reads = f"阅读 {_count(rng)}"
    when = _run([account, f"{moment:%m-%d %H:%M}" if moment else None, reads], "　")
    people = rng.sample(NAMES, 5)
    byline = f"记者　{people[0]}　通讯员　{people[1]}"
    editors = f"责任编辑：{people[2]}　｜　审核：{people[3]}　｜　终审：{people[4]}"
    statement = (
        f"版权声明：凡注明“来源：{app}”的作品，版权均属{place}融媒体中心所有，未经授权不得转载、摘编或利用其它方式"
        "使用。"
    )
    row = f"点赞 {rng.randrange(3, 900)}　　分享到：微信　朋友圈　微博"
    recommended = []
    for title in [*rng.sample(ASKED, 2), rng.choice(OTHERS)]:
        recommended += [title, f"{account}　{rng.randrange(1, 23)}小时前"]
    day = _after(story.published, rng, 0, 3)
    users = rng.sample(["青山小鹿", "临川的风", "东江渔火", "北塘老街坊", "石城阿花"], 2)
    comments = [
        f"评论（{rng.randrange(2, 60)}）",
        f"{users[0]}　{rng.choice(['浙江', '江西', '安徽'])}",
        "家乡发展越来越好，点赞！",
        f"{day:%m-%d} {rng.randrange(8, 23):02d}:{rng.randrange(60):02d}　回复",
        f"{users[1]}　{rng.choice(['湖北', '四川', '福建'])}",
        "在外打工的游子看了很振奋",
        f"{day:%m-%d} {rng.randrange(8, 23):02d}:{rng.randrange(60):02d}　回复",
    ]
    end = "— 已经到底了 —"
    hotline = f"新闻热线：{_phone(rng)}　　{place}融媒体中心出品"
    text = _join_lines(
        [
            kicker,
            story.headline,
            when,
            f"来源：{story.outlet}" if story.outlet else None,
            byline,
            *(f"　　{line}" for line in story.lines),
            editors,
            statement,
            row,
            "推荐阅读",
            *recommended,
            *comments,
            end,
            hotline,
        ]
    )
    furniture = (kicker, account, reads, byline, editors, statement, row, "推荐阅读", *recommended, *comments, end)
    furniture += (hotline,)
    return Wrapped(
        text,
        furniture,
        f"https://app.example-t7-{rng.randrange(100, 999)}.cn/h5/detail?id={rng.randrange(10**6, 10**7)}",
        kind="text",
    )


@text_form("weibo_toutiao_article_read_count")
def weibo_toutiao_article_read_count(story: Story) -> Wrapped:
    """A 微博 头条文章 page copied on a PC: the bar, 头条文章, the headline, the account with + 关注 and 粉丝, 发布于,
    阅读数, the text, （来源：outlet）, the 声明, 转发/评论/赞, 评论 with two comments, 作者的其他文章, the footer."""
    rng = _rng(story, "weibo_toutiao_article_read_count")
    place = rng.choice(PLACES)
    bar = "微博　首页　视频　发现　游戏　　注册　登录"
    account = story.outlet or f"{place[:2]}发布"
    follow = f"+ 关注　　{_count(rng)}粉丝"
    moment = _moment(story.published, rng)
    reads = f"阅读数 {_count(rng)}"
    statement = "声明：本文由入驻微博头条文章的作者撰写，除官方账号外，观点仅代表作者本人，不代表微博立场。"
    row = f"转发 {rng.randrange(0, 300)}　　评论 {rng.randrange(0, 200)}　　赞 {rng.randrange(1, 2000)}"
    day = _after(story.published, rng, 0, 5)
    comments = ["评论　按热度　按时间"]
    for user, said in zip(
        rng.sample(["东江小白杨", "临川观察员", "石城老表哥", "河西一粟"], 2),
        ["支持家乡发展，希望项目早日落地见效", "转发了，让更多人看到"],
        strict=True,
    ):
        comments += [
            f"{user}：{said}",
            f"{day:%y-%m-%d} {rng.randrange(8, 23):02d}:{rng.randrange(60):02d}　来自{rng.choice(['浙江', '江西'])}",
        ]
    others = ["作者的其他文章", *rng.sample(ASKED, 3)]
    links = "微博客服　意见反馈　舞弊举报　开放平台　微博招聘　新浪网导航　举报处理"
    year = moment.year if moment else 2021
    rights = f"Copyright © 2009-{year} WEIBO　京ICP证{rng.randrange(10**5, 10**6)}号"
    text = _join_lines(
        [
            bar,
            "头条文章",
            story.headline,
            account,
            follow,
            f"发布于 {moment:%Y-%m-%d %H:%M}" if moment else None,
            reads,
            *story.lines,
            f"（来源：{story.outlet}）" if story.outlet else None,
            statement,
            row,
            *comments,
            *others,
            links,
            rights,
        ]
    )
    invented = [] if story.outlet else [account]
    furniture = (*invented, bar, "头条文章", follow, reads, statement, row, *comments, *others, links, rights)
    return Wrapped(
        text, furniture, f"https://weibo.example-t7.cn/ttarticle/p/show?id=2309{_token(rng, 16)}", kind="text"
    )


@text_form("doc360_library_repost_flowers")
def doc360_library_repost_flowers(story: Story) -> Wrapped:
    """A 360doc-like reposting library's page copied: the site and menu, the search row, the headline, the user with
    the later 转藏 day, the tools, the text, 来源：outlet, 来自：user > 《folder》, 献花, the 声明, the comment row,
    类似文章, 猜你喜欢 and the rights line."""
    rng = _rng(story, "doc360_library_repost_flowers")
    site = "360doc个人图书馆"
    menu = "首页　阅览室　馆友　我的图书馆　　登录　注册"
    search = "搜索文章　搜索馆友　　文章　　搜索"
    user = rng.choice([f"昵称{rng.randrange(10**7, 10**8)}", "老马识途ah", "青山读书人", "江南一品红"])
    saved = _after(story.published, rng, 1, 90)
    byline = f"{user}　{saved:%Y-%m-%d}　|　发布于{rng.choice(['浙江', '江西', '安徽', '湖北'])}"
    tools = "转藏　全屏　打印　分享"
    folder = f"来自： {user} > 《{rng.choice(['工作资料', '待分类', '招商', '文稿素材'])}》"
    flowers = f"献花（{rng.randrange(0, 30)}）　　+1"
    statement = (
        "本站是提供个人知识管理的网络存储空间，所有内容均由用户发布，不代表本站观点。请注意甄别内容中的联系方式、"
        "诱导购买等信息，谨防诈骗。如发现有害或侵权内容，请点击一键举报。"
    )
    comment = f"{rng.randrange(0, 9)}条评论　　发表　　请遵守用户 评论公约"
    similar = rng.sample(OTHERS, 4)
    guess = rng.sample(ASKED, 3)
    year = saved.year
    rights = f"©2005-{year} 360doc个人图书馆　{_icp(rng)}"
    text = _join_lines(
        [
            site,
            menu,
            search,
            story.headline,
            byline,
            tools,
            *story.lines,
            f"来源：{story.outlet}" if story.outlet else None,
            folder,
            flowers,
            statement,
            comment,
            "类似文章　更多",
            *similar,
            "猜你喜欢",
            *guess,
            rights,
        ]
    )
    furniture = (site, menu, search, byline, tools, folder, flowers, statement, comment, "类似文章　更多", *similar)
    furniture += ("猜你喜欢", *guess, rights)
    return Wrapped(
        text,
        furniture,
        f"http://www.example-t7-doc360.cn/content/{saved:%y%m%d}/{rng.randrange(10**7, 10**8)}.shtml",
        kind="text",
    )


# ---------------------------------------------------------------- documents


@text_form("suji_gao_applause_marks")
def suji_gao_applause_marks(story: Story) -> Wrapped:
    """A 招商 大会's 速记稿 saved from Word as text (UTF-8 with a BOM, CRLF): the meeting, 速　记　稿, a note, 时间,
    地点, 主持, 速记, the host's introduction holding the headline in 《》, （掌声）, the speaker over the text,
    （掌声） after every third paragraph and at the end, the closing, 速记/校对 and （来源：outlet）."""
    rng = _rng(story, "suji_gao_applause_marks")
    place = rng.choice(PLACES)
    level = place[-1]
    year = story.published.year if story.published else 2021
    meeting = f"{place}{year}年招商引资暨重点项目建设推进大会"
    sheet = "速　记　稿"
    note = "（根据现场录音整理，未经讲话人审阅，请勿外传）"
    hall = f"地点：{place}行政中心{rng.randrange(2, 9)}楼大会议室"
    host, speaker, writer, checker = rng.sample(NAMES, 4)
    chair = f"主持：{place}委副书记、{level}长　{host}"
    company = f"速记：{place[:2]}{rng.choice(['立言', '捷录', '飞笔', '速达'])}速记服务有限公司"
    named = f"，题目是《{story.headline}》" if story.headline else ""
    opening = (
        f"{host}：同志们，现在开会。今天召开的这次大会，主要任务是总结工作、表彰先进、部署攻坚。下面，请{place}委"
        f"书记{speaker}同志讲话{named}。大家欢迎！"
    )
    applause = "（掌声）"
    mark = f"{place}委书记　{speaker}："
    body: list[str] = []
    for index, paragraph in enumerate(story.lines):
        body.append(paragraph)
        if index % 3 == 2 and index < len(story.lines) - 1:
            body.append(applause)
    closing = (
        f"{host}：同志们，刚才{speaker}书记作了重要讲话，希望大家认真学习领会，抓好贯彻落实。今天的大会就开到这里，"
        "散会！"
    )
    signed = f"（速记：{writer}　校对：{checker}）"
    text = _join_lines(
        [
            meeting,
            sheet,
            note,
            f"时间：{_unpadded(story.published)}上午9:00" if story.published else None,
            hall,
            chair,
            company,
            "",
            opening,
            applause,
            mark,
            *body,
            applause,
            closing,
            "",
            signed,
            f"（来源：{story.outlet}）" if story.outlet else None,
        ],
        newline="\r\n",
    )
    unnamed = [] if story.headline else [opening]
    furniture = (meeting, sheet, note, hall, chair, company, *unnamed, applause, mark, closing, signed)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"file:///速记稿-{rng.randrange(10**4)}.txt",
        encoding="utf-8-sig",
        kind="text",
    )


def _pages(lines: list[str], first: int, rest: int) -> list[list[str]]:
    """Paragraphs as a page of a PDF holds them: a page's room in characters, a paragraph cut where a page ends and
    carried to the next (a paragraph starts on the next page when little room is left)."""
    pages: list[list[str]] = [[]]
    room = first
    for line in lines:
        left = line
        while left:
            if len(left) <= room:
                pages[-1].append(left)
                room -= len(left) + 24  # the rest of the paragraph's last row
                left = ""
            elif room < 48:
                pages.append([])
                room = rest
            else:
                pages[-1].append(left[:room])
                left = left[room:]
                pages.append([])
                room = rest
    return [page for page in pages if page]


@text_form("pdf_converter_trial_watermark_speech")
def pdf_converter_trial_watermark_speech(story: Story) -> Wrapped:
    """A 讲话稿 PDF through a free converter (UTF-16, CRLF): the 页眉 on every page, the headline, a ——在…上的讲话
    副题, the speaker, the date in brackets, the text cut at each page's end, 第 N 页 共 M 页 and the converter's
    watermark after every page, and 来源：outlet on the last."""
    rng = _rng(story, "pdf_converter_trial_watermark_speech")
    place = rng.choice(PLACES)
    year = story.published.year if story.published else 2021
    header = f"{place}招商引资工作推进会议材料之{_numeral(rng.randrange(2, 9))}"
    deck = f"——在{place}{year}年招商引资工作推进会上的讲话"
    speaker = f"{place}投资促进局党组书记、局长　{rng.choice(NAMES)}"
    converter = rng.choice(["速转PDF转换器", "易转PDF转换器", "快捷PDF转换器"])
    watermark = f"本文档由{converter}（免费版）转换　升级VIP可去除水印　www.example-t7-pdfzh.cn"
    pages = _pages(list(story.lines), rng.randrange(520, 640), rng.randrange(760, 860))
    if story.outlet:
        pages[-1].append(f"来源：{story.outlet}")
    feet = [f"第 {number} 页 共 {len(pages)} 页" for number in range(1, len(pages) + 1)]
    lines: list[str | None] = []
    for number, (page, foot) in enumerate(zip(pages, feet, strict=True)):
        lines += [header, ""]
        if number == 0:
            dated = f"（{_unpadded(story.published)}）" if story.published else None
            lines += [story.headline, deck, speaker, dated, ""]
        lines += [*page, "", foot, watermark, ""]
    text = _join_lines(lines, newline="\r\n")
    furniture = (header, deck, speaker, *feet, watermark)
    return Wrapped(text, furniture, f"file:///讲话稿-{rng.randrange(10**4)}.txt", encoding="utf-16", kind="text")


@text_form("jieshuoci_shot_table_tabs")
def jieshuoci_shot_table_tabs(story: Story) -> Wrapped:
    """A 招商宣传片 解说词 Word table copied into Notepad (UTF-8, CRLF): the film's name holding the headline in 《》,
    the draft, 修改日期, 撰稿：outlet, 片长, the 镜号/画面/解说词/时长 header, a row a paragraph (number and shot
    before, seconds after), ——全片完—— and the 配乐 and 字幕 notes."""
    rng = _rng(story, "jieshuoci_shot_table_tabs")
    place = rng.choice(PLACES)
    film = f"{place}招商宣传片《{story.headline}》解说词" if story.headline else f"{place}招商宣传片解说词"
    draft = f"（第{_numeral(rng.randrange(2, 6))}稿）"
    shots = [
        f"航拍{place}城区全景，车流穿梭",
        "开发区标准厂房外景，塔吊林立",
        "企业生产车间内景，机械臂作业",
        "高铁站、高速出入口航拍",
        "园区主干道推镜头，两侧绿化成荫",
        "政务服务中心窗口，工作人员微笑服务",
        "夜景延时：城市灯光渐次亮起",
        "港口码头集装箱吊装",
    ]
    start = rng.randrange(len(shots))
    length = 0
    header = "镜号\t画面\t解说词\t时长"
    rows: list[str] = []
    cells: list[str] = []
    for index, paragraph in enumerate(story.lines, 1):
        shot = f"{index}\t{shots[(start + index) % len(shots)]}"
        seconds = max(6, len(paragraph) // 4)
        length += seconds
        rows.append(f"{shot}\t{paragraph}\t约{seconds}秒")
        cells += [shot, f"约{seconds}秒"]
    minutes = f"片长：约{max(1, round(length / 60))}分钟"
    end = "——全片完——"
    notes = ["配乐：激昂大气，结尾渐弱", "字幕：全片配中文字幕，重要数据加特效字幕"]
    text = _join_lines(
        [
            film,
            draft,
            f"修改日期：{_unpadded(story.published)}" if story.published else None,
            f"撰稿：{story.outlet}" if story.outlet else None,
            minutes,
            "",
            header,
            *rows,
            "",
            end,
            *notes,
        ],
        newline="\r\n",
    )
    unnamed = [] if story.headline else [film]
    furniture = (*unnamed, draft, minutes, header, *cells, end, *notes)
    return Wrapped(text + "\r\n", furniture, f"file:///解说词-{rng.randrange(10**4)}.txt", kind="text")


DEV_T7, LOCKED_T7 = split_by_digest(TEXT_FORMS7, "text round 7/", locked=6)
