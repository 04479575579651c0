"""Twelve text capture forms written blind (text round 27): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of portal's news app, search portal's PC
page, national broadcaster's local channel, stock forum, short-video platform's PC page, short-video copy
extractor, group chat's announcements, work messaging app's approvals, online course platform, meeting minutes
service or video meeting's recording gives, none of them drawn in text rounds 1 to 26, weighed toward the everyday
ways Chinese plain-text copies of 招商引资 news, notices, meeting reports and speeches are made by people copying
from apps, sites, documents and devices: a 搜狐新闻 article copied in the app; a 新浪新闻 article copied in the app;
a 今日头条 article page select-all copied on a PC; a 央广网 local channel's page select-all copied on a PC; a 东方财富
股吧 post select-all copied on a PC; a 快手 video's page select-all copied on a PC; a 抖音 video's 文案 taken out by
a 文案提取 mini-program and copied whole; a QQ group's 群公告 copied on the PC; a 钉钉 信息发布 approval copied on the
PC; a 学习通 course's chapter page select-all copied; a 飞书妙记 recording's 文字记录 exported; a 腾讯会议 recording's
纪要 and 转写 exported; and toward stories that show no headline (each form then shows what it would show without
one: the account alone, a caption, a notice's, a form's, a recording's or a lesson's title of its own, or nothing):

- a 搜狐新闻 article copied in the app (UTF-8): the headline, the account (the outlet, or a 搜狐号 of its own), the
  day and time with 发布于 a province, +关注, maybe 原标题：headline, the paragraphs, maybe 来源：outlet, 平台声明,
  阅读 with a count, 点赞 and 分享, 全部评论 with readers (a name, the words, a time and a province), 大家都在看
  titles, 写评论;
- a 新浪新闻 article copied in the app (UTF-8): the headline, the day and time (2021年11月05日 09:30) with the
  outlet (or 新浪 and a province's name where the story names none), maybe 原标题：headline, the paragraphs,
  责任编辑：name, 新浪声明, a like count, 赞 and 分享, 热门评论 with readers (a name, a province, a yearless time,
  the words), 猜你喜欢 titles with their sources and comments;
- a 今日头条 article page select-all copied on a PC (UTF-8, or CRLF by Notepad): the bar (首页, 下载头条APP, 注册头条号,
  登录), the headline, the day and time · the account (the outlet, or a 发布 account), maybe 原创, the paragraphs,
  maybe 来源：outlet, 举报, the author's card (the account, 粉丝 and 获赞, 关注), 头条热榜 numbered with 换一换, the
  site's links, its copyright and licence lines;
- a 央广网 local channel's page select-all copied on a PC (UTF-8, or by an old Notepad: GB18030 and CRLF): the site's
  bar and menu, 央广网 with the province's 频道, the crumb ending in 正文, the headline, the day and time with 来源
  (the outlet, or 央广网), 分享到, the paragraphs, 编辑：name, the site's statement, 相关新闻 titles, the site's links,
  rights and licence lines;
- a 东方财富 股吧 post select-all copied on a PC (UTF-8): the site's bar, the crumb to a stock's 吧, the stock's name,
  code, price and move with 关注 and 发帖, the headline as the post's title, the poster with 粉丝, 发表于 a later time
  from a client, the paragraphs, maybe （来源：outlet　day）, the forum's 郑重声明, 阅读 and 举报, 点赞 and 评论,
  全部评论 with investors (a name, the words, a yearless time and a province), 热门帖子 titles, the rights line;
- a 快手 video's page select-all copied on a PC (UTF-8): the site's bar, the account (the outlet, or a 融媒 account)
  with 粉丝 and 关注, the caption (the headline with #topics#, or a caption of its own), the paragraphs as its
  lines, 收起, the day, the like and comment counts with 分享, 评论 with viewers (a name, the words, a yearless day),
  相关推荐 titles with their accounts and plays, the site's links and licence lines;
- a 抖音 video's 文案 taken out by a 文案提取 mini-program and copied whole with its 复制全部 (UTF-8): 【视频标题】 the
  caption (the headline with #topics#, or a caption of its own), 【作者】 the account, 【发布时间】 the day and time,
  【视频时长】, 【文案内容】 the speech as recognised (maybe the anchor's greeting, the paragraphs run together, the
  marks kept or left out for spaces, maybe the closing words), the tool's AI note and its credit;
- a QQ group's 群公告 copied on the PC (UTF-8, or CRLF by Notepad): the group's name with its count, 群公告, 发布新公告,
  maybe 置顶, the poster and a later time (maybe without its year), the poster's note, the headline, the paragraphs,
  来源 and the day, 已读 with a count, an older notice of the group's own with its poster, time and count;
- a 钉钉 信息发布 approval copied on the PC (UTF-8, or CRLF by Notepad): …提交的信息发布审批, 审批编号, the state, the
  form's labels a line each over their values (所在部门, 稿件类型, 发布渠道, 稿件标题 with the headline or a title of
  its own, 稿件来源 with the outlet, 原文发布日期 with the day, 稿件正文 and the paragraphs, 附件), 审批流程 with
  each step's person, role, state, later time and remark, 抄送人, 评论;
- a 学习通 course's chapter page select-all copied on a PC (UTF-8): the course and its teacher, the course's menu
  (首页, 任务, 章节, 讨论, 作业, 考试, 资料, 错题集, 学习记录), the chapter list a lesson a line, the lesson's number
  and title, 阅读 with the task point's state, the headline (or nothing past the lesson's title), 来源 and the day,
  the paragraphs, 阅读时长 and the task point's note, 上一节 and 下一节;
- a 飞书妙记 recording's 文字记录 exported as text (UTF-8): the recording's title (the headline, a meeting's name or a
  recording's), the later day and time (上午/下午) with the duration, 关键词:, 文字记录:, then each turn behind its
  speaker (a name or 说话人 N) and its time: maybe the host's opening, maybe the headline read, the paragraphs
  read in turns cut at sentence ends, maybe the host's closing;
- a 腾讯会议 recording's 纪要 and 转写 exported as text (UTF-8 with a BOM, CRLF): 会议主题 (the bureau's meeting),
  会议时间 a later day, 会议号, 发起人, 智能纪要 with 会议摘要, 章节速览 and 待办事项, then 转写内容: each turn as the
  speaker (the host's role maybe) with its time in brackets and a colon, the host's opening, the reader's 领学 of
  the headline, the paragraphs read in turns, the host's closing.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels) are the capture's metadata and are not listed, nor are lines that hold the headline, the date or the
outlet among other words (an info line). A run of the capture's own text between two pieces of the story is listed as
one string: squashed, it is one run of the text. A run that squashes to digits alone or to one letter is not listed:
squashed, it is what a story's own text holds too.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 27/" + name are `LOCKED_T27`, the other six `DEV_T27`. Round 27 is sealed: not scored when
written; whoever next changes the text path scores it once, both halves, at the end of their work, and fixes nothing
from its misses.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable

from layouts.families import EDITORS, PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import (
    _crlf,
    _joined,
    _later,
    _listed,
    _moment,
    _squashed,
    _token,
    _unpadded,
)

TEXT_FORMS27: dict[str, Layout] = {}
NAMES = ["孔德胜", "苗晓琳", "卢振宇", "甘秀兰", "闫志强", "祁美玲", "涂建华", "包雪梅"]
# Other items a capture lists (recommendations, related news, hot lists): none is about the story.
OTHERS = [
    "县林业局开展松材线虫病疫情普查",
    "县统计局部署第五次全国经济普查工作",
    "县医保局开展医保基金使用专项检查",
    "县住建局推进城镇燃气安全专项整治",
    "县气象局发布今冬明春气候趋势预测",
    "县司法局开展法律援助进社区活动",
    "全市重点项目建设观摩活动举行",
    "我省启动新一轮技术改造专项行动",
]
# A platform's hot list: none is about the story.
HOT = [
    "多地迎来今冬首场降雪",
    "全国冬小麦播种进度过半",
    "新能源汽车下乡活动启动",
    "国产大型邮轮完成试航",
    "冬季用电高峰将至 多地保供稳价",
    "第五批国家组织药品集采落地",
    "全国铁路将实行新的列车运行图",
    "多所高校发布寒假放假时间",
]
# A province's short name and its capital.
PROVINCES = [
    ("江西", "南昌"),
    ("浙江", "杭州"),
    ("广东", "广州"),
    ("安徽", "合肥"),
    ("湖北", "武汉"),
    ("河南", "郑州"),
    ("四川", "成都"),
    ("福建", "福州"),
]
COMMENTS = [
    "家乡的变化看得见，为家乡点赞！",
    "项目早日投产，老百姓就能在家门口上班了。",
    "招商引资重在落地，盼早见实效。",
    "营商环境越来越好，企业来了留得住。",
    "支持家乡发展，加油！",
]
# Investors' comments in a stock forum.
GUBA_COMMENTS = [
    "利好来了，明天能不能高开？",
    "项目落地还要看业绩兑现。",
    "投资额不小，期待后续公告。",
    "这种消息早就出来了，已经反映在股价里了。",
    "拿住，长期看好。",
]
# Invented listed companies (a stock forum's 吧): the name and the code.
STOCKS = [
    ("青岚新材", "300"),
    ("恒拓精工", "002"),
    ("云帆智能", "688"),
    ("锦川电子", "603"),
    ("北辰装备", "600"),
    ("泰和新能", "301"),
]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
# Where a sentence ends, and the closing marks that may follow its end.
ENDS = "。！？"
AFTER_END = "”’」』）)"

Parts = list[tuple[str | None, bool]]


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS27)


def _province(rng: random.Random) -> tuple[str, str]:
    return rng.choice(PROVINCES)


def _count(value: int) -> str:
    """A counter as apps print one: plain below ten thousand, in 万 above."""
    return str(value) if value < 10000 else f"{value / 10000:.1f}万"


def _body(story: Story) -> Parts:
    """The story's paragraphs, a line each."""
    parts: Parts = []
    for line in story.lines:
        parts += [(line, False), ("\n", True)]
    return parts


def _sentences(line: str) -> list[str]:
    """A paragraph's sentences, each with its end mark and the closing marks after it; together, the paragraph."""
    found: list[str] = []
    current = ""
    for index, char in enumerate(line):
        current += char
        following = line[index + 1 : index + 2]
        ended = current.rstrip(AFTER_END)[-1:]
        if ended and ended in ENDS and following and following not in ENDS + AFTER_END:
            found.append(current)
            current = ""
    if current:
        found.append(current)
    return found


def _turns(line: str, rng: random.Random, least: int, most: int) -> list[str]:
    """A paragraph read aloud as a speech recogniser cuts it into turns: sentences gathered up to a length, cut only
    at a sentence's end and never before a short one (a credit, a bracket); together, the paragraph."""
    turns: list[str] = []
    current = ""
    limit = rng.randrange(least, most)
    for sentence in _sentences(line):
        if current and len(current) + len(sentence) > limit and len(_squashed(sentence)) >= 8:
            turns.append(current)
            current = ""
            limit = rng.randrange(least, most)
        current += sentence
    if current:
        turns.append(current)
    return turns


def _clock(seconds: int, hours: bool = False) -> str:
    """A recording's time as a transcript prints it: mm:ss under an hour, hh:mm:ss past it or when told."""
    hour, rest = divmod(seconds, 3600)
    minute, second = divmod(rest, 60)
    if hours or hour:
        return f"{hour:02d}:{minute:02d}:{second:02d}"
    return f"{minute:02d}:{second:02d}"


def _spoken(text: str, rng: random.Random) -> int:
    """The seconds a reader takes over a piece of text, four or five characters a second."""
    return max(2, int(len(_squashed(text)) / rng.uniform(3.8, 5.2)))


def _copy_year(story: Story, rng: random.Random) -> int:
    """The year a page was copied in, which its copyright line shows: some months after the story, and not before the
    years these sites and apps are copied from."""
    return max(_later(story, rng, 30, 400).year, rng.randrange(2021, 2025))


def _noon(moment: dt.datetime) -> str:
    """A time as a Chinese client prints one with 上午/下午 on a twelve-hour clock."""
    half = "上午" if moment.hour < 12 else "下午"
    hour = moment.hour if moment.hour <= 12 else moment.hour - 12
    return f"{half} {hour}:{moment:%M}"


# ---------------------------------------------------------------- news apps on the phone


@text_form("sohu_news_app_inapp_copy_pingtai_shengming")
def sohu_news_app_inapp_copy_pingtai_shengming(story: Story) -> Wrapped:
    """A 搜狐新闻 article copied in the app: the headline, the account (the outlet, or a 搜狐号 of its own), the day
    and time with 发布于 a province, +关注, maybe 原标题, the paragraphs, maybe 来源, 平台声明, 阅读, 点赞 and 分享,
    全部评论 with readers, 大家都在看 titles, 写评论."""
    rng = _rng(story, "sohu_news_app_inapp_copy_pingtai_shengming")
    province, _ = _province(rng)
    own = bool(story.outlet) and rng.random() < 0.5
    account = story.outlet if own and story.outlet else f"{rng.choice(PLACES)}{rng.choice(['发布', '融媒', '观察'])}"
    parts: Parts = []
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    parts += [(account, not own), ("\n", True)]
    moment = _moment(story.published, rng)
    if moment:
        parts += [(f"{moment:%Y-%m-%d %H:%M}", False), (f"　发布于：{province}\n", True)]
    else:
        parts.append((f"发布于：{province}\n", True))
    parts.append(("+关注\n", True))
    if story.headline and rng.random() < 0.3:
        parts += [("原标题：", True), (story.headline, False), ("\n", True)]
    parts += _body(story)
    if story.outlet and not own:
        parts += [(f"来源：{story.outlet}", False), ("\n", True)]
    parts.append(
        ("平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。\n", True),
    )
    parts.append((f"阅读 ({rng.randrange(200, 90000)})\n{rng.randrange(1, 300)}\n点赞\n分享\n", True))
    total = rng.randrange(0, 30)
    parts.append((f"全部评论 {total}\n" if total else "全部评论\n还没有评论，快来抢沙发吧\n", True))
    stamp = _later(story, rng, 0, 3)
    for comment in rng.sample(COMMENTS, min(total, rng.randrange(1, 4))):
        stamp += dt.timedelta(minutes=rng.randrange(10, 500))
        parts.append(
            (f"搜狐网友{rng.randrange(10**6, 10**7)}\n{comment}\n{stamp:%m-%d %H:%M}　{_province(rng)[0]}\n", True)
        )
    parts.append(("大家都在看\n", True))
    for title_of in rng.sample(OTHERS, 3):
        parts.append((f"{title_of}\n{rng.choice(PLACES)}发布　{rng.randrange(0, 90)}评论\n", True))
    parts.append(("写评论...\n", True))
    text, furniture = _joined(parts)
    url = f"https://m.sohu.example-t27.com/a/{rng.randrange(4 * 10**8, 6 * 10**8)}_{rng.randrange(10**5, 10**6)}"
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("sina_news_app_inapp_copy_zebian_reping")
def sina_news_app_inapp_copy_zebian_reping(story: Story) -> Wrapped:
    """A 新浪新闻 article copied in the app: the headline, the day and time with the outlet (or 新浪 and a province's
    name), maybe 原标题, the paragraphs, 责任编辑, 新浪声明, 赞 and 分享, 热门评论 with readers, 猜你喜欢 titles."""
    rng = _rng(story, "sina_news_app_inapp_copy_zebian_reping")
    province, _ = _province(rng)
    parts: Parts = []
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    moment = _moment(story.published, rng)
    if moment:
        parts += [(f"{moment:%Y年%m月%d日 %H:%M}", False), ("　", True)]
    if story.outlet:
        parts += [(story.outlet, False), ("\n", True)]
    else:
        parts.append((f"新浪{province}\n", True))
    if story.headline and rng.random() < 0.35:
        parts += [("原标题：", True), (story.headline, False), ("\n", True)]
    parts += _body(story)
    parts.append((f"责任编辑：{rng.choice(EDITORS)}\n", True))
    parts.append(
        (
            "新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实"
            "其描述。文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。\n",
            True,
        )
    )
    parts.append((f"{rng.randrange(2, 800)}\n赞\n分享\n", True))
    total = rng.randrange(0, 25)
    parts.append(("热门评论\n" if total else "评论\n暂无评论，快来说两句吧\n", True))
    stamp = _later(story, rng, 0, 2)
    for comment in rng.sample(COMMENTS, min(total, rng.randrange(1, 4))):
        stamp += dt.timedelta(minutes=rng.randrange(10, 400))
        reader = rng.choice([f"手机用户{rng.randrange(10**9, 10**10)}", f"新浪网友{_token(rng, 5, ALNUM)}"])
        parts.append((f"{reader}\n{_province(rng)[0]}　{stamp:%m-%d %H:%M}\n{comment}\n", True))
    parts.append(("猜你喜欢\n", True))
    for title_of in rng.sample(OTHERS, 4):
        parts.append((f"{title_of}\n新浪{_province(rng)[0]}　{rng.randrange(0, 60)}评\n", True))
    text, furniture = _joined(parts)
    url = f"https://k.sina.example-t27.cn/article_{rng.randrange(10**9, 10**10)}_{_token(rng, 14, HEX)}.html?from=local"
    return Wrapped(text, _listed(furniture), url, kind="text")


# ---------------------------------------------------------------- pages select-all copied on a PC


@text_form("toutiao_pc_select_all_rebang_footer")
def toutiao_pc_select_all_rebang_footer(story: Story) -> Wrapped:
    """A 今日头条 article page select-all copied on a PC (or by Notepad, CRLF): the bar, the headline, the day and time
    · the account (the outlet, or a 发布 account), maybe 原创, the paragraphs, maybe 来源, 举报, the author's card,
    头条热榜 numbered with 换一换, the site's links, its copyright and licence lines."""
    rng = _rng(story, "toutiao_pc_select_all_rebang_footer")
    own = bool(story.outlet) and rng.random() < 0.6
    account = story.outlet if own and story.outlet else f"{rng.choice(PLACES)}{rng.choice(['发布', '融媒', '招商'])}"
    parts: Parts = [("首页\n下载头条APP\n注册头条号\n登录\n", True)]
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    moment = _moment(story.published, rng)
    if moment:
        parts += [(f"{moment:%Y-%m-%d %H:%M}", False), ("·", True)]
    parts += [(account, not own), ("\n", True)]
    if rng.random() < 0.3:
        parts.append(("原创\n", True))
    parts += _body(story)
    if story.outlet and not own:
        parts += [(f"来源：{story.outlet}", False), ("\n", True)]
    parts.append(("举报\n", True))
    parts += [(account, not own), ("\n", True)]
    parts.append(
        (f"{_count(rng.randrange(300, 400000))}粉丝 · {_count(rng.randrange(1000, 900000))}获赞\n关注\n", True)
    )
    hot = rng.sample(HOT, 6)
    parts.append(("头条热榜\n" + "".join(f"{index}\n{title}\n" for index, title in enumerate(hot, 1)), True))
    parts.append(("换一换\n", True))
    year = _copy_year(story, rng)
    parts.append(
        (
            "关于头条\n加入头条\n媒体报道\n媒体合作\n产品合作\n合作说明\n广告投放\n联系我们\n用户协议\n隐私政策\n"
            "侵权投诉\n廉洁举报\n企业认证\n辟谣专区\n"
            f"© {year} 今日头条 www.toutiao.example-t27.com\n"
            f"中国互联网举报中心　京ICP证{rng.randrange(10**5, 10**6)}号　京ICP备{rng.randrange(10**7, 10**8)}号-3　"
            f"京公网安备 {rng.randrange(10**13, 10**14)}号\n"
            "网络文化经营许可证　跟帖评论自律管理承诺书　违法和不良信息举报：400-140-2108\n",
            True,
        )
    )
    text, furniture = _joined(parts)
    url = f"https://www.toutiao.example-t27.com/article/{rng.randrange(7 * 10**18, 8 * 10**18)}/"
    if rng.random() < 0.3:
        return Wrapped(_crlf(text), _listed(furniture), url, kind="text")
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("cnr_local_channel_select_all_bianji_shengming")
def cnr_local_channel_select_all_bianji_shengming(story: Story) -> Wrapped:
    """A 央广网 local channel's page select-all copied on a PC (or by an old Notepad: GB18030 and CRLF): the bar and
    menu, 央广网 with the province's 频道, the crumb ending in 正文, the headline, the day and time with 来源 (the
    outlet, or 央广网), 分享到, the paragraphs, 编辑, the site's statement, 相关新闻 titles, the links, rights and
    licences."""
    rng = _rng(story, "cnr_local_channel_select_all_bianji_shengming")
    province, _ = _province(rng)
    parts: Parts = [
        ("央广网首页 | 央广新闻 | 云听 | 中国之声 | 经济之声 | 登录 | 注册\n", True),
        ("首页　新闻　国际　军事　财经　科技　文化　教育　健康　乡村振兴　地方　视频　评论\n", True),
        (f"央广网{province}频道\n", True),
        (f"央广网{province}频道 > {rng.choice(['地方新闻', '市县动态', '经济'])} > 正文\n", True),
    ]
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    moment = _moment(story.published, rng)
    if moment:
        parts += [(f"{moment:%Y-%m-%d %H:%M:%S}", False), ("　", True)]
    if story.outlet:
        parts += [(f"来源：{story.outlet}", False), ("\n", True)]
    else:
        parts.append(("来源：央广网\n", True))
    parts.append(("分享到：\n", True))
    parts += _body(story)
    parts.append((f"编辑：{rng.choice(EDITORS)}\n", True))
    parts.append(("本网站所刊载信息，不代表央广网观点。 刊用本网站稿件，务经书面授权。\n", True))
    parts.append(("相关新闻\n" + "\n".join(rng.sample(OTHERS, 4)) + "\n", True))
    year = _copy_year(story, rng)
    parts.append(
        (
            "关于我们 | 联系我们 | 广告服务 | 网站声明 | 法律顾问 | 友情链接 | 招聘信息\n"
            f"央广网 版权所有　Copyright © 2002-{year} CNR.EXAMPLE-T27.CN All Rights Reserved.\n"
            f"京ICP证{rng.randrange(10**5, 10**6)}号　京公网安备{rng.randrange(10**13, 10**14)}号　"
            f"信息网络传播视听节目许可证{rng.randrange(10**6, 10**7)}号\n"
            "违法和不良信息举报电话：010-86093114\n",
            True,
        )
    )
    text, furniture = _joined(parts)
    day = story.published or dt.date(2021, 11, 3)
    url = f"https://{_token(rng, 2)}.cnr.example-t27.cn/{rng.choice(['dfxw', 'sxdt', 'jj'])}/{day:%Y%m%d}/"
    url += f"t{day:%Y%m%d}_{rng.randrange(10**8, 10**9)}.shtml"
    if rng.random() < 0.35:
        return Wrapped(_crlf(text), _listed(furniture), url, encoding="gb18030", kind="text")
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("eastmoney_guba_tiezi_select_all_shengming")
def eastmoney_guba_tiezi_select_all_shengming(story: Story) -> Wrapped:
    """A 东方财富 股吧 post select-all copied on a PC: the bar, the crumb to a stock's 吧, the stock with its code,
    price and move, 关注 and 发帖, the headline as the post's title, the poster with 粉丝, 发表于 a later time from a
    client, the paragraphs, maybe （来源：outlet　day）, 郑重声明, 阅读 and 举报, 点赞 and 评论, 全部评论 with
    investors, 热门帖子 titles, the rights line."""
    rng = _rng(story, "eastmoney_guba_tiezi_select_all_shengming")
    stock, prefix = rng.choice(STOCKS)
    code = f"{prefix}{rng.randrange(100, 1000)}"
    price = rng.uniform(6, 80)
    move = rng.uniform(-6, 9)
    poster = rng.choice(
        [f"股友{_token(rng, 6, ALNUM)}", f"{rng.choice(['价值', '长线', '稳健'])}投资者{rng.randrange(100, 9999)}"]
    )
    posted = _later(story, rng, 0, 4)
    parts: Parts = [
        ("东方财富网 | 行情中心 | 数据中心 | 股吧 | 基金 | 资讯 | 财富号 | 选股器 | 登录 | 注册\n", True),
        (f"股吧首页 > 个股吧 > {stock}吧\n", True),
        (f"{stock}吧\n{stock}({code})\n{price:.2f}　{move:+.2f}%\n关注 {rng.randrange(2000, 90000)}\n发帖\n", True),
    ]
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    parts.append(
        (
            f"{poster}\n{rng.randrange(0, 300)}粉丝\n"
            f"发表于 {posted:%Y-%m-%d %H:%M:%S} {rng.choice(['东方财富Android版', '东方财富iPhone版', '股吧网页版'])}"
            f"　{_province(rng)[0]}\n",
            True,
        )
    )
    parts += _body(story)
    info: Parts = []
    if story.outlet:
        info.append((f"来源：{story.outlet}", False))
    if story.published:
        info += [("　" if info else "", True), (_unpadded(story.published), False)]
    if info:
        parts += [("（", True), *info, ("）\n", True)]
    parts.append(
        (
            "郑重声明：用户在社区发表的所有资料、言论等仅代表个人观点，与本网站立场无关，不对您构成任何投资建议。"
            "用户应基于自己的独立判断，自行决定证券投资并承担相应风险。\n",
            True,
        )
    )
    total = rng.randrange(0, 40)
    parts.append(
        (f"阅读 {rng.randrange(300, 60000)}　举报\n点赞 {rng.randrange(0, 200)}\n评论 {total}\n", True),
    )
    parts.append(("全部评论\n" if total else "全部评论\n暂无评论，快来抢沙发吧\n", True))
    stamp = posted
    for comment in rng.sample(GUBA_COMMENTS, min(total, rng.randrange(1, 4))):
        stamp += dt.timedelta(minutes=rng.randrange(3, 300))
        parts.append(
            (f"股友{_token(rng, 6, ALNUM)}\n{comment}\n{stamp:%m-%d %H:%M}　{_province(rng)[0]}\n回复\n", True)
        )
    parts.append(("热门帖子\n" + "\n".join(rng.sample(HOT, 3)) + "\n", True))
    parts.append(
        (
            f"东方财富网 版权所有　Copyright © 2005-{_copy_year(story, rng)} 东方财富网　"
            f"沪ICP证：沪B2-{rng.randrange(10**7, 10**8)}　增值电信业务经营许可证\n",
            True,
        )
    )
    text, furniture = _joined(parts)
    url = f"https://guba.eastmoney.example-t27.com/news,{code},{rng.randrange(10**9, 2 * 10**9)}.html"
    return Wrapped(text, _listed(furniture), url, kind="text")


# ---------------------------------------------------------------- short videos


@text_form("kuaishou_pc_video_select_all_zuopin_miaoshu")
def kuaishou_pc_video_select_all_zuopin_miaoshu(story: Story) -> Wrapped:
    """A 快手 video's page select-all copied on a PC: the bar, the account (the outlet, or a 融媒 account) with 粉丝
    and 关注, the caption (the headline with #topics#, or a caption of its own), the paragraphs, 收起, the day, the
    like and comment counts with 分享, 评论 with viewers, 相关推荐 titles with their accounts and plays, links and
    licences."""
    rng = _rng(story, "kuaishou_pc_video_select_all_zuopin_miaoshu")
    place = rng.choice(PLACES)
    own = bool(story.outlet) and rng.random() < 0.5
    account = story.outlet if own and story.outlet else f"{place}融媒"
    topics = " ".join(f"#{topic}" for topic in rng.sample(["招商引资", "项目建设", place, "家乡发展", "正能量"], 3))
    parts: Parts = [("快手\n首页\n精选\n发现\n直播\n上传视频\n登录\n", True)]
    parts += [(account, not own), ("\n", True)]
    parts.append((f"{_count(rng.randrange(500, 300000))}粉丝\n+ 关注\n", True))
    if story.headline:
        parts += [(story.headline, False), (f" {topics}\n", True)]
    else:
        parts.append((f"{rng.choice(['家乡又有好消息！', '重磅！', '好消息来了'])} {topics}\n", True))
    parts += _body(story)
    parts.append(("收起\n", True))
    if story.published:
        parts += [(f"{story.published:%Y-%m-%d}", False), ("\n", True)]
    total = rng.randrange(0, 60)
    parts.append((f"{_count(rng.randrange(10, 20000))}\n{total}\n分享\n", True))
    parts.append((f"评论 {total}\n" if total else "评论\n暂无评论\n", True))
    day = _later(story, rng, 0, 5)
    for comment in rng.sample(COMMENTS, min(total, rng.randrange(1, 4))):
        day += dt.timedelta(hours=rng.randrange(1, 30))
        parts.append((f"快手用户{rng.randrange(10**9, 10**10)}\n{comment}\n{day:%m-%d}\n", True))
    parts.append(("相关推荐\n", True))
    for title_of in rng.sample(OTHERS, 4):
        parts.append((f"{title_of}\n{rng.choice(PLACES)}融媒\n{_count(rng.randrange(300, 90000))}播放\n", True))
    parts.append(
        (
            "用户服务协议　隐私政策　网络安全漏洞报告　侵权投诉　未成年人保护\n"
            f"京ICP备{rng.randrange(10**7, 10**8)}号　京公网安备 {rng.randrange(10**13, 10**14)}号　"
            f"网络文化经营许可证 京网文（{rng.randrange(2019, 2023)}）"
            f"{rng.randrange(1000, 9999)}-{rng.randrange(100, 999)}号\n",
            True,
        )
    )
    text, furniture = _joined(parts)
    url = f"https://www.kuaishou.example-t27.com/short-video/3x{_token(rng, 13, LOWER_ALNUM)}"
    return Wrapped(text, _listed(furniture), url, kind="text")


# What a recogniser's text of a speech can keep of the marks: all, or none (spaces where they stood).
NO_MARKS = re.compile(r"[^\w]+")


@text_form("douyin_wenan_tiqu_xiaochengxu_ai_shibie")
def douyin_wenan_tiqu_xiaochengxu_ai_shibie(story: Story) -> Wrapped:
    """A 抖音 video's 文案 taken out by a 文案提取 mini-program and copied whole: 【视频标题】 the caption (the headline
    with #topics#, or a caption of its own), 【作者】, 【发布时间】, 【视频时长】, 【文案内容】 the speech as recognised
    (maybe the greeting, the paragraphs run together, marks kept or spaces for them, maybe the closing), the AI note
    and the tool's credit."""
    rng = _rng(story, "douyin_wenan_tiqu_xiaochengxu_ai_shibie")
    place = rng.choice(PLACES)
    own = bool(story.outlet) and rng.random() < 0.5
    topics = " ".join(f"#{topic}" for topic in rng.sample(["招商引资", "项目签约", place, "家乡变化", "抖音政务"], 3))
    parts: Parts = [("【视频标题】", True)]
    if story.headline:
        parts += [(story.headline, False), (f" {topics}\n", True)]
    else:
        parts.append((f"{rng.choice(['家乡又有好消息啦！', '好项目来了！', '一起来看'])} {topics}\n", True))
    if own and story.outlet:
        parts += [(f"【作者】{story.outlet}", False), ("\n", True)]
    else:
        parts.append((f"【作者】{place}融媒\n", True))
    moment = _moment(story.published, rng)
    if moment:
        parts += [(f"【发布时间】{moment:%Y-%m-%d %H:%M}", False), ("\n", True)]
    seconds = sum(_spoken(line, rng) for line in story.lines) + rng.randrange(4, 12)
    parts.append((f"【视频时长】{seconds // 60:02d}:{seconds % 60:02d}\n【文案内容】\n", True))
    bare = rng.random() < 0.4
    if rng.random() < 0.5:
        parts.append((rng.choice(["观众朋友们大家好", "各位网友大家好"]) + (" " if bare else "，"), True))
    for index, line in enumerate(story.lines):
        if bare:
            spoken = NO_MARKS.sub(" ", line).strip()
            parts.append((" " if index else "", True))
            parts.append((spoken, False))
        else:
            parts.append((line, False))
    if rng.random() < 0.5:
        parts.append(((" " if bare else "") + rng.choice(["感谢收看", "关注我们，了解更多家乡新鲜事"]), True))
    parts.append(
        (
            "\n\n——以上文案由AI识别生成，仅供参考，请注意核对——\n"
            f"来自「{rng.choice(['文案提取助手', '轻松提取文案', '视频文案提取器'])}」小程序\n",
            True,
        )
    )
    text, furniture = _joined(parts)
    url = f"https://v.douyin.example-t27.com/{_token(rng, 7, ALNUM)}/"
    return Wrapped(text, _listed(furniture), url, kind="text")


# ---------------------------------------------------------------- groups, approvals and courses on the PC


@text_form("qq_qun_gonggao_pc_yidu_fabu")
def qq_qun_gonggao_pc_yidu_fabu(story: Story) -> Wrapped:
    """A QQ group's 群公告 copied on the PC (or by Notepad, CRLF): the group with its count, 群公告, 发布新公告, maybe
    置顶, the poster and a later time, the poster's note, the headline, the paragraphs, 来源 and the day, 已读, an
    older notice of the group's own with its poster, time and count."""
    rng = _rng(story, "qq_qun_gonggao_pc_yidu_fabu")
    place = rng.choice(PLACES)
    group = rng.choice([f"{place}招商引资工作交流群", f"{place}在外商会联络群", f"{place}招商小分队"])
    posted = _later(story, rng, 0, 5)
    poster = rng.choice(NAMES)
    shown = f"{posted.month}月{posted.day}日 {posted:%H:%M}" if rng.random() < 0.5 else f"{posted:%Y-%m-%d %H:%M}"
    parts: Parts = [(f"{group}({rng.randrange(30, 480)})\n群公告\n发布新公告\n", True)]
    if rng.random() < 0.5:
        parts.append(("置顶\n", True))
    note = rng.choice(
        [
            "各位群友：转发一篇报道，供大家学习参考。",
            "转发学习。请各招商小分队结合实际，认真研究借鉴。",
            "@全体成员 请大家抽时间认真阅读。",
        ]
    )
    parts.append((f"{rng.choice(['群主', '管理员'])} {poster}\n{shown}\n{note}\n", True))
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    parts += _body(story)
    info: Parts = []
    if story.outlet:
        info.append((f"来源：{story.outlet}", False))
    if story.published:
        info += [("　" if info else "", True), (_unpadded(story.published), False)]
    if info:
        parts += [*info, ("\n", True)]
    parts.append((f"{rng.randrange(5, 200)}人已读\n", True))
    older = posted - dt.timedelta(days=rng.randrange(8, 60), minutes=rng.randrange(600))
    parts.append(
        (
            f"管理员 {rng.choice(NAMES)}\n{older:%Y-%m-%d %H:%M}\n"
            f"请各单位于每周五下午5点前在群内报送本周招商工作进展，包括在谈项目、外出招商和签约落地情况。\n"
            f"{rng.randrange(20, 300)}人已读\n",
            True,
        )
    )
    text, furniture = _joined(parts)
    url = f"tencent://groupwpa/?subcmd=all&param={_token(rng, 24, ALNUM)}"
    if rng.random() < 0.5:
        return Wrapped(_crlf(text), _listed(furniture), url, kind="text")
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("dingtalk_shenpi_xinxi_fabu_liucheng")
def dingtalk_shenpi_xinxi_fabu_liucheng(story: Story) -> Wrapped:
    """A 钉钉 信息发布 approval copied on the PC (or by Notepad, CRLF): …提交的信息发布审批, 审批编号, the state, the
    form's labels over their values (所在部门, 稿件类型, 发布渠道, 稿件标题, 稿件来源, 原文发布日期, 稿件正文, 附件),
    审批流程 with each step's person, role, state, later time and remark, 抄送人, 评论."""
    rng = _rng(story, "dingtalk_shenpi_xinxi_fabu_liucheng")
    place = rng.choice(PLACES)
    bureau = f"{place}{rng.choice(['投资促进局', '商务局', '招商服务中心'])}"
    drafter, chief, leader, head, copied = rng.sample(NAMES, 5)
    started = _later(story, rng, 0, 3)
    done = rng.random() < 0.7
    parts: Parts = [
        (
            f"{drafter}提交的信息发布审批\n审批编号：{started:%Y%m%d%H%M}{rng.randrange(10**6, 10**7)}\n"
            f"{'审批通过' if done else '审批中'}\n"
            f"所在部门\n{bureau}/{rng.choice(['综合科', '招商一科', '项目服务科'])}\n"
            f"稿件类型\n{rng.choice(['工作动态', '转载信息', '招商动态'])}\n"
            f"发布渠道\n{rng.choice(['门户网站', '门户网站、政务公众号', '政务公众号'])}\n稿件标题\n",
            True,
        )
    ]
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    else:
        parts.append((f"{place}招商动态信息\n", True))
    if story.outlet:
        parts += [("稿件来源\n", True), (story.outlet, False), ("\n", True)]
    if story.published:
        parts += [("原文发布日期\n", True), (f"{story.published:%Y-%m-%d}", False), ("\n", True)]
    parts.append(("稿件正文\n", True))
    parts += _body(story)
    steps = [
        (drafter, "发起申请", "", started),
        (chief, "已同意", "科室负责人", started + dt.timedelta(minutes=rng.randrange(10, 300))),
    ]
    steps.append((leader, "已同意", "分管领导", steps[-1][3] + dt.timedelta(minutes=rng.randrange(10, 600))))
    parts.append(
        (
            f"附件\n{rng.choice(['信息稿', '招商动态', '转载稿'])}{started:%m%d}.docx\n审批流程\n",
            True,
        )
    )
    for person, state, role, moment in steps:
        label = f"{person}（{role}）" if role else person
        remark = f"\n{rng.choice(['同意。', '同意发布。', '已审核，同意。'])}" if role else ""
        parts.append((f"{label}\n{state}\n{moment:%m-%d %H:%M}{remark}\n", True))
    if done:
        moment = steps[-1][3] + dt.timedelta(minutes=rng.randrange(10, 600))
        parts.append((f"{head}（主要领导）\n已同意\n{moment:%m-%d %H:%M}\n审批通过\n", True))
    else:
        parts.append((f"{head}（主要领导）\n审批中\n", True))
    parts.append((f"抄送人\n{copied}\n评论\n", True))
    text, furniture = _joined(parts)
    url = f"dingtalk://dingtalkclient/page/aflow?procInstId={_token(rng, 22, ALNUM)}"
    if rng.random() < 0.4:
        return Wrapped(_crlf(text), _listed(furniture), url, kind="text")
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("chaoxing_xuexitong_zhangjie_renwudian")
def chaoxing_xuexitong_zhangjie_renwudian(story: Story) -> Wrapped:
    """A 学习通 course's chapter page select-all copied on a PC: the course and its teacher, the course's menu, the
    chapter list, the lesson's number and title, 阅读 with the task point's state, the headline (or nothing past the
    lesson's title), 来源 and the day, the paragraphs, 阅读时长 and the task point's note, 上一节 and 下一节."""
    rng = _rng(story, "chaoxing_xuexitong_zhangjie_renwudian")
    place = rng.choice(PLACES)
    course = rng.choice([f"{place}招商干部能力提升专题培训", "新时代招商引资实务", "招商引资政策与案例"])
    lessons = [
        ("1", "课程导学"),
        ("1.1", "课程介绍"),
        ("2", "招商引资政策解读"),
        ("2.1", "国家和省促进外商投资政策"),
        ("2.2", "产业链招商的方法"),
        ("3", "招商引资案例学习"),
        ("3.1", "先进地区招商经验"),
        ("3.2", "兄弟县市招商做法借鉴"),
        ("4", "课程考核"),
    ]
    lesson_number, lesson = rng.choice(lessons[6:8])
    parts: Parts = [
        (
            f"{course}\n{rng.choice(NAMES)}\n首页\n任务\n章节\n讨论\n作业\n考试\n资料\n错题集\n学习记录\n"
            + "".join(f"{number} {title}\n" for number, title in lessons)
            + f"{lesson_number} {lesson}\n阅读\n"
            + rng.choice(["任务点已完成\n", "任务点未完成\n", "1个任务点\n"]),
            True,
        )
    ]
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    info: Parts = []
    if story.outlet:
        info.append((f"来源：{story.outlet}", False))
    if story.published:
        info += [("　" if info else "", True), (f"发布时间：{story.published:%Y-%m-%d}", False)]
    if info:
        parts += [*info, ("\n", True)]
    parts += _body(story)
    parts.append(
        (
            f"阅读时长：{rng.randrange(3, 20)}分钟\n"
            + rng.choice(["完成阅读即可获得任务点\n", "阅读时长达到5分钟即完成任务点\n"])
            + "上一节\n下一节\n",
            True,
        )
    )
    text, furniture = _joined(parts)
    url = (
        f"https://mooc1.chaoxing.example-t27.com/mycourse/studentstudy?chapterId={rng.randrange(10**8, 10**9)}"
        f"&courseId={rng.randrange(10**8, 10**9)}&clazzid={rng.randrange(10**7, 10**8)}&mooc2=1"
    )
    return Wrapped(text, _listed(furniture), url, kind="text")


# ---------------------------------------------------------------- recordings turned to text


@text_form("feishu_miaoji_export_guanjianci_wenzi_jilu")
def feishu_miaoji_export_guanjianci_wenzi_jilu(story: Story) -> Wrapped:
    """A 飞书妙记 recording's 文字记录 exported as text: the title (the headline, a meeting's or a recording's), the
    later day and time with the duration, 关键词:, 文字记录:, each turn behind its speaker and time: maybe the host's
    opening, maybe the headline read, the paragraphs read in turns cut at sentence ends, maybe the host's closing."""
    rng = _rng(story, "feishu_miaoji_export_guanjianci_wenzi_jilu")
    place = rng.choice(PLACES)
    meeting = rng.random() < 0.5
    if meeting:
        host, reader = rng.sample(NAMES, 2)
    else:
        host, reader = "说话人 2", "说话人 1"
    recorded = _later(story, rng, 1, 20).replace(hour=rng.randrange(8, 18))
    turns: list[tuple[str, str, bool]] = []
    if meeting:
        turns.append(
            (host, f"好，我们开始。今天会前学习，先请{reader}给大家读一篇报道，大家边听边想想咱们怎么借鉴。", True)
        )
    if story.headline and rng.random() < 0.6:
        turns.append((reader, story.headline, False))
    for line in story.lines:
        for turn in _turns(line, rng, 60, 160):
            turns.append((reader, turn, False))
    if meeting or rng.random() < 0.3:
        turns.append((host, "好，谢谢。这篇报道里的做法很实在，大家会后结合各自在谈的项目再消化一下。", True))
    seconds = rng.randrange(0, 15)
    body: Parts = []
    for index, (speaker, said, own) in enumerate(turns):
        gap = "\n" if index else ""
        body += [(f"{gap}{speaker} {_clock(seconds)}\n", True), (said, own), ("\n", True)]
        seconds += _spoken(said, rng) + rng.randrange(1, 4)
    minutes, rest = divmod(seconds + rng.randrange(2, 30), 60)
    parts: Parts = []
    if story.headline and not meeting and rng.random() < 0.6:
        parts += [(story.headline, False), ("\n", True)]
    elif meeting:
        parts.append((f"{place}{rng.choice(['招商工作周例会', '招商引资工作调度会'])}\n", True))
    else:
        parts.append((f"录音 {recorded:%Y-%m-%d %H:%M}\n", True))
    keywords = "、".join(rng.sample(["招商引资", "项目", "企业", "签约", "产业链", "营商环境", "投资", "落地"], 4))
    parts.append(
        (
            f"{recorded.year}年{recorded.month}月{recorded.day}日 {_noon(recorded)}|{minutes}分钟 {rest}秒\n\n"
            f"关键词:\n{keywords}\n\n文字记录:\n",
            True,
        )
    )
    parts += body
    text, furniture = _joined(parts)
    url = f"https://{_token(rng, 6)}.feishu.example-t27.cn/minutes/obcn{_token(rng, 20, LOWER_ALNUM)}"
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("tencent_meeting_jiyao_zhuanxie_export")
def tencent_meeting_jiyao_zhuanxie_export(story: Story) -> Wrapped:
    """A 腾讯会议 recording's 纪要 and 转写 exported as text (UTF-8 with a BOM, CRLF): 会议主题, 会议时间 a later day,
    会议号, 发起人, 智能纪要 with 会议摘要, 章节速览 and 待办事项, then 转写内容: each turn as the speaker with its time
    in brackets and a colon, the host's opening, the reader's 领学 of the headline, the paragraphs, the closing."""
    rng = _rng(story, "tencent_meeting_jiyao_zhuanxie_export")
    place = rng.choice(PLACES)
    bureau = f"{place}{rng.choice(['投资促进局', '商务局', '招商服务中心'])}"
    host, reader, third = rng.sample(NAMES, 3)
    held = _later(story, rng, 1, 15).replace(hour=rng.randrange(8, 11))
    host_label = rng.choice([host, f"{host}（主持人）"])
    turns: list[tuple[str, str | None, str, bool]] = [
        (host_label, None, "各位同志，大家上午好。咱们开个短会，第一项，请" + reader + "同志领学一篇报道。", True),
    ]
    if story.headline:
        turns.append((reader, "好的。我领学的这篇报道题目是", story.headline, False))
    for line in story.lines:
        for turn in _turns(line, rng, 80, 200):
            turns.append((reader, None, turn, False))
    turns.append((host_label, None, f"好，谢谢{reader}。下面请{third}同志通报一下本周在谈项目的推进情况。", True))
    seconds = rng.randrange(2, 20)
    body: Parts = []
    for speaker, lead, said, own in turns:
        head = f"{speaker}（{_clock(seconds, hours=True)}）："
        if lead:
            body += [(f"\n{head}{lead}《", True), (said, own), ("》。\n", True)]
        else:
            body += [(f"\n{head}", True), (said, own), ("\n", True)]
        seconds += _spoken((lead or "") + said, rng) + rng.randrange(1, 5)
    parts: Parts = [
        (
            f"会议主题：{bureau}招商工作周例会\n"
            f"会议时间：{held:%Y-%m-%d %H:%M:%S}\n"
            f"会议号：{rng.randrange(100, 999)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}\n"
            f"发起人：{host}\n\n"
            "智能纪要\n会议摘要：\n"
            "本次会议进行了会前学习，领学了一篇招商引资工作报道；通报了本周在谈项目推进情况，"
            "部署了下阶段招商引资重点工作。\n"
            "章节速览：\n"
            f"{_clock(0, hours=True)} 会议开场\n"
            f"{_clock(rng.randrange(20, 60), hours=True)} 会前学习：领学报道\n"
            f"{_clock(seconds, hours=True)} 在谈项目推进情况通报\n"
            "待办事项：\n"
            "· 各招商小分队梳理在谈项目清单，周五前报综合科\n"
            "· 综合科整理会议纪要并印发\n\n"
            "转写内容\n",
            True,
        )
    ]
    parts += body
    text, furniture = _joined(parts)
    url = f"file:///C:/Users/{_token(rng, 5)}/Documents/TencentMeeting/{held:%Y-%m-%d %H.%M.%S} 会议转写.txt"
    return Wrapped(_crlf(text), _listed(furniture), url, encoding="utf-8-sig", kind="text")


DEV_T27, LOCKED_T27 = split_by_digest(TEXT_FORMS27, "text round 27/", locked=6)
