"""Twelve text capture forms written blind (text round 25): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of study platform's app, news app,
government service app, national news site, broadcaster's mobile site, H5 scene service, forum editor, word
processor's plain-text save, speech draft, scanning pen or official account's preview gives, none of them drawn in
text rounds 1 to 24, weighed toward the everyday ways Chinese plain-text copies of 招商引资 news are made by people
copying from apps, sites, documents and devices: a 学习强国 article select-all copied in the phone app; a 今日头条
article copied in the phone app; a 腾讯新闻 article copied in the phone app; a provincial government service app's
资讯 page copied on the phone; a 中新网 article page select-all copied on a PC; a 央视网 article's mobile page copied
on the phone; an H5 推介 scene's preview page select-all copied on a PC; a county forum repost's BBCode source; a
Word document saved as plain text with line breaks inserted; a 招商推介词 draft with its 【】 cues; a printed
clipping or handout typed into Notepad by a scanning pen, a printed row a line; an official account's preview link
copied on the phone; and toward stories that show no headline (each form then shows what it would show without one:
the app's bar alone, a scene's or a draft's title of its own, a line of the source, or nothing):

- a 学习强国 article select-all copied in the phone app (UTF-8): maybe the 地方学习平台's column over the headline,
  the headline, 来源：outlet (or the 学习平台 where the story names none) with 作者 apart, the day, the paragraphs,
  责任编辑 and 纠错, then 观点 with 发表观点, a count and readers' 观点 (a masked name, the words, a time and a like
  count), maybe 推荐阅读 titles;
- a 今日头条 article copied in the phone app (UTF-8): the account (the outlet, or a 发布 account), 原创 maybe, the
  time (yearless in the year the copy was made) · a province, 关注, the headline over or under the account, the
  paragraphs, the account's card again with its 粉丝 and 关注, 举报, 评论 with a count and readers' comments (a name,
  the words, the province and a time, 回复 and a like count), 相关推荐 titles with their accounts and comments;
- a 腾讯新闻 article copied in the phone app (UTF-8): the headline, the account (the outlet, or a 腾讯号 of its own)
  with 关注, the day and time and 发布于 a province, the paragraphs, 免责声明 of the platform's creators, 腾讯新闻's
  点赞 and 分享, 热评 with readers' comments (a name, a province, the words, a like count), 相关阅读 titles;
- a provincial government service app's 资讯 page copied on the phone (赣服通/浙里办/粤省事-like, UTF-8): the app's
  name and its city's 分厅, 资讯详情, the headline, 来源 and 发布时间 (or 发布时间 alone), the paragraphs, maybe an
  end mark, 相关服务 tiles, 猜你想看 titles, 本服务由…提供 and the 12345 line, 满意度 stars;
- a 中新网 article page select-all copied on a PC (UTF-8): the site's bar and menu, a crumb, the headline, the day
  and time (2021年11月05日 09:30) with 来源 and 参与互动, 分享到, maybe the agency's dateline run into the first
  paragraph, the paragraphs, (完), 【编辑:name】, 相关新闻 and 精选 titles, the site's links, its statements and
  licence numbers, its copyright;
- a 央视网 article's mobile page copied on the phone (UTF-8): the site's bar with 打开, the headline, 来源 and the
  day and time, maybe 央视网消息： run into the first paragraph, the paragraphs, 编辑 and 责任编辑, 分享到 with the
  platforms, the client's download call, 热点推荐 titles, the rights line;
- an H5 推介 scene's preview page select-all copied on a PC (易企秀-like, UTF-8): the scene's title (the place's
  推介 of the service's user, not the headline), the preview's own lines (扫码在手机上查看, 浏览量, 创建者), the
  scene's cover page (the place and a slogan), a page with the headline and its source and day, the paragraphs a page
  or two each behind the page's number, the last page's 联系我们 with the bureau, hotline and address, 技术支持 and
  免费制作, 举报;
- a county forum repost's BBCode source (Discuz-like, UTF-8, CRLF, copied from the editor's 纯文本 mode): maybe [i=s]
  本帖最后由 user 于 day 编辑 [/i], the headline in [size] and [b] (or [align=center]), 来源 and the day in [color],
  each paragraph in [p=30, 2, left] or after [font] and [size] tags, an [img] line, [url] to the original, the
  poster's own line;
- a Word document saved as plain text with 插入换行符 (Word's 纯文本 save: GB18030 from 简体中文 (GB2312) or UTF-16
  with a BOM from Unicode, CRLF): the headline broken where the title's line wraps, the source and day line, the
  paragraphs indented by two wide spaces and broken into printed lines (28 characters or so, punctuation hanging at a
  line's end, a number kept whole), the drafter's credit lines;
- a 招商推介词 draft in plain text (UTF-8 or GB18030, CRLF): the draft's own header (第N稿, a day it was changed, the
  source of its material: the outlet), the headline as its title (or a title of its own), ——在…上的推介, the day in
  brackets, the speaker, 【】 cues for the slides, the video and the stage between paragraphs, the salutation and the
  closing words, 【鞠躬】;
- a printed clipping or handout typed into Notepad by a scanning pen (UTF-8 or GB18030, CRLF): each swipe one printed
  row of the column (a dozen characters or so), a row a line, the newspaper's page head swiped first (the outlet, the
  day, 星期, the page and its name), the headline's rows, （下转第N版） and （上接第N版） between paragraphs, or the
  handout's head and 资料来源 typed at the end;
- an official account's preview link copied on the phone (WeChat-like, UTF-8): 此为临时链接，仅用于预览，将在短期内失效,
  the headline, 原创 maybe, the author, the account, the day and time, the paragraphs, the account's credits (来源,
  编辑, 审核), 预览时标签不可点, 阅读原文 maybe, 继续滑动看下一个 and the account's card, 轻触阅读原文.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels) are the capture's metadata and are not listed, nor are lines that hold the headline, the date or the
outlet among other words (an info line). A run of the capture's own text between two pieces of the story is listed as
one string: squashed, it is one run of the text. A run that squashes to digits alone or to one letter is not listed:
squashed, it is what a story's own text holds too.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 25/" + name are `LOCKED_T25`, the other six `DEV_T25`. Round 25 is sealed: not scored when
written; whoever next changes the text path scores it once, both halves, at the end of their work, and fixes nothing
from its misses.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from layouts.families import EDITORS, PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import (
    _crlf,
    _joined,
    _later,
    _listed,
    _moment,
    _near,
    _token,
    _unpadded,
    _width,
)

TEXT_FORMS25: dict[str, Layout] = {}
NAMES = ["龚立新", "汤秀梅", "邹建平", "詹晓红", "鲍国庆", "柯玉珍", "翁德明", "车晓燕"]
# Other items a capture lists (recommendations, related news): none is about the story.
OTHERS = [
    "县自然资源局开展耕地保护专项检查",
    "县卫健委举办基层医务人员急救技能培训",
    "县教体局组织开展校园安全隐患排查",
    "县农业农村局推进高标准农田建设",
    "县人社局举办春风行动专场招聘会",
    "县生态环境局开展入河排污口排查",
    "全市文明城市创建工作推进会召开",
    "我省出台稳就业十条措施",
]
# A province's short name, its capital, a government service app's name.
PROVINCES = [
    ("江西", "南昌", "赣服通"),
    ("浙江", "杭州", "浙里办"),
    ("广东", "广州", "粤省事"),
    ("安徽", "合肥", "皖事通"),
    ("湖北", "武汉", "鄂汇办"),
    ("河南", "郑州", "豫事办"),
    ("四川", "成都", "天府通办"),
    ("福建", "福州", "闽政通"),
]
COMMENTS = [
    "家乡越来越好了，为家乡点赞！",
    "希望项目早日落地投产，带动更多人就业。",
    "招商引资要重实效，服务好企业。",
    "营商环境好了，企业才愿意来。",
    "支持！期待早日开工。",
]
# Closing marks a line of print does not begin with, opening marks it does not end with.
CLOSING = "，。、；：？！）》」』”’…—％%,.;:?!)"
OPENING = "（《「『“‘("
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
DIGITS = "0123456789"

Parts = list[tuple[str | None, bool]]


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS25)


def _host(rng: random.Random, tail: str = "gov.cn") -> str:
    return f"www.{_token(rng, 4)}.example-t25.{tail}"


def _province(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(PROVINCES)


def _clock(moment: dt.datetime | None) -> str | None:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else None


def _masked(rng: random.Random) -> str:
    name = rng.choice(NAMES)
    return name[0] + "*" * (len(name) - 1)


def _wrapped(text: str, units: int, indent: int = 0) -> list[str]:
    """A paragraph as a word processor or a page prints it: rows of `units` half-width columns (a wide character is
    two), the first row `indent` columns short; a run of ASCII letters and digits kept whole, a closing mark hung at
    a row's end, an opening mark carried to the next row."""
    tokens: list[str] = []
    for char in text:
        if tokens and char.isascii() and char.isalnum() and tokens[-1][-1].isascii() and tokens[-1][-1].isalnum():
            tokens[-1] += char
        else:
            tokens.append(char)
    rows: list[str] = []
    row = ""
    room = units - indent
    for token in tokens:
        width = sum(_width(char) for char in token)
        used = sum(_width(char) for char in row)
        if row and used + width > room and token[0] not in CLOSING:
            carried = ""
            while row and row[-1] in OPENING:
                carried = row[-1] + carried
                row = row[:-1]
            rows.append(row)
            row = carried
            room = units
        row += token
    if row:
        rows.append(row)
    return rows


# ---------------------------------------------------------------- apps on the phone


@text_form("xuexi_app_select_all_zebian_guandian")
def xuexi_app_select_all_zebian_guandian(story: Story) -> Wrapped:
    """A 学习强国 article select-all copied in the phone app: maybe the 学习平台's column, the headline, 来源 (or the
    platform where the story names none) with 作者 apart, the day, the paragraphs, 责任编辑 and 纠错, then 观点 with
    发表观点, a count and readers' 观点, maybe 推荐阅读 titles."""
    rng = _rng(story, "xuexi_app_select_all_zebian_guandian")
    province, _, _ = _province(rng)
    platform = f"{province}学习平台"
    parts: Parts = []
    if rng.random() < 0.4:
        parts.append((f"{platform} · {rng.choice(['市县动态', '地方发布', '基层实践'])}\n", True))
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    if story.outlet:
        parts.append((f"来源：{story.outlet}", False))
    else:
        parts.append((f"来源：{platform}", True))
    if rng.random() < 0.5:
        parts.append((f"　作者：{rng.choice(NAMES)}", True))
    parts.append(("\n", True))
    if story.published:
        parts += [(f"{story.published:%Y-%m-%d}", False), ("\n", True)]
    for line in story.lines:
        parts += [(line, False), ("\n", True)]
    parts.append((f"责任编辑：{rng.choice(EDITORS)}\n纠错\n", True))
    count = rng.randrange(2, 60)
    parts.append((f"观点\n发表观点\n共{count}条观点\n", True))
    stamp = _later(story, rng, 0, 30)
    for comment in rng.sample(COMMENTS, rng.randrange(1, 4)):
        stamp += dt.timedelta(minutes=rng.randrange(5, 600))
        parts.append((f"学习者{_masked(rng)}\n{comment}\n{stamp:%m-%d %H:%M}　{rng.randrange(1, 300)}\n", True))
    if rng.random() < 0.5:
        parts.append(("推荐阅读\n" + "\n".join(rng.sample(OTHERS, 3)) + "\n", True))
    text, furniture = _joined(parts)
    url = f"https://article.xuexi.example-t25.cn/articles/index.html?art_id={rng.randrange(10**18, 10**19)}"
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("toutiao_app_select_all_author_ip_yearless")
def toutiao_app_select_all_author_ip_yearless(story: Story) -> Wrapped:
    """A 今日头条 article copied in the phone app: the headline over or under the account (the outlet, or a 发布
    account) with 原创 maybe, the time (yearless in the year of the copy) · a province and 关注, the paragraphs, the
    account's card with 粉丝, 举报, 评论 with readers' comments, 相关推荐 with accounts and comments."""
    rng = _rng(story, "toutiao_app_select_all_author_ip_yearless")
    province, _, _ = _province(rng)
    copied = _later(story, rng, 0, 500)
    account_own = bool(story.outlet) and rng.random() < 0.7
    account = story.outlet if account_own and story.outlet else f"{rng.choice(PLACES)}发布"
    moment = _moment(story.published, rng)
    parts: Parts = []
    head: Parts = [(account, not account_own), ("\n", True)]
    if rng.random() < 0.4:
        head.append(("原创 · ", True))
    if moment:
        shown = f"{moment:%m-%d %H:%M}" if moment.year == copied.year else f"{moment:%Y-%m-%d %H:%M}"
        head.append((shown, False))
        head.append((f" · {province}\n关注\n", True))
    else:
        head.append((f"{province}\n关注\n", True))
    title: Parts = [(story.headline, False), ("\n", True)] if story.headline else []
    parts += [*title, *head] if rng.random() < 0.7 else [*head, *title]
    for line in story.lines:
        parts += [(line, False), ("\n", True)]
    if not account_own and story.outlet:
        parts += [(f"来源：{story.outlet}", False), ("\n", True)]
    parts.append((f"{account}\n{rng.randrange(2, 900)}万粉丝 · {rng.randrange(100, 9000)}篇原创\n关注\n", True))
    parts.append(("举报\n", True))
    total = rng.randrange(0, 80)
    parts.append((f"评论 {total}\n" if total else "评论\n暂无评论，点击抢沙发\n", True))
    stamp = copied
    for comment in rng.sample(COMMENTS, min(total, rng.randrange(1, 4))):
        stamp -= dt.timedelta(minutes=rng.randrange(5, 900))
        when = f"{stamp:%m-%d}" if rng.random() < 0.5 else f"{rng.randrange(1, 23)}小时前"
        parts.append(
            (
                f"用户{rng.randrange(10**9, 10**10)}\n{comment}\n"
                f"{_province(rng)[0]} · {when}　回复　{rng.randrange(1, 99)}\n",
                True,
            )
        )
    parts.append(("相关推荐\n", True))
    for title_of in rng.sample(OTHERS, 3):
        parts.append((f"{title_of}\n{rng.choice(PLACES)}融媒 {rng.randrange(0, 300)}评论\n", True))
    text, furniture = _joined(parts)
    url = f"https://m.toutiao.example-t25.com/article/{rng.randrange(7 * 10**18, 8 * 10**18)}/"
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("tencent_news_app_select_all_chuangzuozhe_reping")
def tencent_news_app_select_all_chuangzuozhe_reping(story: Story) -> Wrapped:
    """A 腾讯新闻 article copied in the phone app: the headline, the account (the outlet, or a 腾讯号 of its own) with
    关注, the day and time and 发布于 a province, the paragraphs, the creators' 免责声明, 点赞 and 分享, 热评 with
    readers' comments, 相关阅读 titles."""
    rng = _rng(story, "tencent_news_app_select_all_chuangzuozhe_reping")
    province, _, _ = _province(rng)
    account_own = bool(story.outlet) and rng.random() < 0.6
    account = story.outlet if account_own and story.outlet else f"{rng.choice(PLACES)}融媒"
    parts: Parts = []
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    parts += [(account, not account_own), ("\n关注\n", True)]
    moment = _moment(story.published, rng)
    if moment:
        parts += [(f"{moment:%Y-%m-%d %H:%M}", False), (f" · 发布于{province}\n", True)]
    else:
        parts.append((f"发布于{province}\n", True))
    if not account_own and story.outlet and rng.random() < 0.6:
        parts += [(f"来源：{story.outlet}", False), ("\n", True)]
    for line in story.lines:
        parts += [(line, False), ("\n", True)]
    parts.append(("免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。\n", True))
    parts.append((f"{rng.randrange(1, 999)}\n赞\n分享\n", True))
    parts.append((f"热评\n共{rng.randrange(3, 200)}条评论\n", True))
    for comment in rng.sample(COMMENTS, rng.randrange(1, 4)):
        reader = f"{rng.choice(['天涯', '老街', '小山', '清风'])}{rng.randrange(100, 999)}"
        parts.append((f"{reader}\n{_province(rng)[0]}\n{comment}\n{rng.randrange(1, 500)}\n", True))
    parts.append(("写评论\n相关阅读\n" + "\n".join(rng.sample(OTHERS, 3)) + "\n", True))
    text, furniture = _joined(parts)
    key = f"{rng.randrange(2021, 2024)}{_token(rng, 8, DIGITS)}A0{_token(rng, 4)}"
    url = f"https://view.inews.example-t25.com/k/{key}"
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("zhengwu_fuwu_app_zixun_service_tiles")
def zhengwu_fuwu_app_zixun_service_tiles(story: Story) -> Wrapped:
    """A provincial government service app's 资讯 page copied on the phone (赣服通/浙里办/粤省事-like): the app and its
    city's 分厅, 资讯详情, the headline, 来源 and 发布时间, the paragraphs, maybe an end mark, 相关服务 tiles, 猜你想看,
    本服务由…提供 with the 12345 line, 满意度 stars."""
    rng = _rng(story, "zhengwu_fuwu_app_zixun_service_tiles")
    province, capital, app = _province(rng)
    place = rng.choice(PLACES)
    parts: Parts = [(f"{app} · {place}分厅\n资讯详情\n", True)]
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    info: Parts = []
    if story.outlet:
        info.append((f"来源：{story.outlet}", False))
    if story.published:
        info += [("　" if info else "", True), (f"发布时间：{story.published:%Y-%m-%d}", False)]
    if info:
        parts += [*info, ("\n", True)]
    for line in story.lines:
        parts += [(line, False), ("\n", True)]
    if rng.random() < 0.4:
        parts.append(("- END -\n", True))
    tiles = rng.sample(["企业开办", "工程建设项目审批", "惠企政策兑现", "招商项目申报", "不动产登记", "社保查询"], 4)
    parts.append(("相关服务\n" + "\n".join(tiles) + "\n", True))
    parts.append(("猜你想看\n" + "\n".join(rng.sample(OTHERS, 2)) + "\n", True))
    parts.append(
        (f"本服务由{province}省政务服务管理局提供\n服务热线：{capital}12345\n本页面满意度评价\n★★★★★\n提交评价\n", True)
    )
    text, furniture = _joined(parts)
    query = f"id={rng.randrange(10**5, 10**6)}&areaCode={rng.randrange(360000, 369999)}"
    url = f"https://zwfw.example-t25.gov.cn/h5/news/detail?{query}"
    return Wrapped(text, _listed(furniture), url, kind="text")


# ---------------------------------------------------------------- national sites


@text_form("chinanews_pc_select_all_dianxun_bianji")
def chinanews_pc_select_all_dianxun_bianji(story: Story) -> Wrapped:
    """A 中新网 article page select-all copied on a PC: the bar and menu, a crumb, the headline, the day and time with
    来源 and 参与互动, 分享到, maybe the dateline run into the first paragraph, the paragraphs, (完), 【编辑:name】,
    相关新闻 and 精选 titles, the site's links, statements, licence numbers and copyright."""
    rng = _rng(story, "chinanews_pc_select_all_dianxun_bianji")
    _, capital, _ = _province(rng)
    channel = rng.choice(["财经", "地方", "产经"])
    parts: Parts = [
        ("中国新闻网\n设为首页 | 收藏本站 | 客户端 | 登录\n", True),
        (
            "首页 | 要闻 | 国内 | 国际 | 社会 | 财经 | 金融 | 产经 | 大湾区 | 文娱 | 体育 | 华人 | 视频 | 图片"
            " | 地方\n",
            True,
        ),
        (f"中新网首页 > {channel} > 正文\n", True),
    ]
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    moment = _moment(story.published, rng)
    if moment:
        parts.append((f"{moment:%Y年%m月%d日 %H:%M}", False))
    parts.append(("　" if moment else "", True))
    if story.outlet:
        parts.append((f"来源：{story.outlet}", False))
    parts.append(("　参与互动\n分享到：\n", True))
    for index, line in enumerate(story.lines):
        if index == 0 and story.published and rng.random() < 0.5:
            parts.append((f"中新网{capital}{story.published.month}月{story.published.day}日电　", True))
        parts += [(line, False), ("\n", True)]
    parts.append((f"(完)\n【编辑:{rng.choice(EDITORS)}】\n", True))
    parts.append(("相关新闻：\n" + "\n".join(rng.sample(OTHERS, 2)) + "\n", True))
    parts.append((f"{channel}新闻精选：\n" + "\n".join(rng.sample(OTHERS, 3)) + "\n", True))
    year = (story.published or dt.date(2021, 11, 3)).year
    parts.append(
        (
            "关于我们 | About us | 联系我们 | 广告服务 | 供稿服务 | 法律声明 | 招聘信息 | 网站地图\n"
            "本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。\n"
            "未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。\n"
            f"[京ICP证{rng.randrange(10**5, 10**6)}号] [京公网安备：{rng.randrange(10**9, 10**10)}-1] "
            f"总机：86-10-{rng.randrange(10**7, 10**8)}\n"
            f"Copyright ©1999-{year} chinanews.example-t25.com. All Rights Reserved\n",
            True,
        )
    )
    text, furniture = _joined(parts)
    day = story.published or dt.date(2021, 11, 3)
    url = f"https://www.chinanews.example-t25.com/cj/{day:%Y/%m-%d}/{rng.randrange(10**6, 10**7)}.shtml"
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("cctv_mobile_select_all_xiaoxi_share_bar")
def cctv_mobile_select_all_xiaoxi_share_bar(story: Story) -> Wrapped:
    """A 央视网 article's mobile page copied on the phone: the bar with 打开, the headline, 来源 and the day and time,
    maybe 央视网消息： run into the first paragraph, the paragraphs, 编辑 and 责任编辑, 分享到 with the platforms, the
    client's download call, 热点推荐 titles, the rights line."""
    rng = _rng(story, "cctv_mobile_select_all_xiaoxi_share_bar")
    parts: Parts = [("央视网 | 新闻\n打开\n", True)]
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    info: Parts = []
    if story.outlet:
        info.append((f"来源：{story.outlet}", False))
    moment = _moment(story.published, rng)
    if moment:
        info += [(" | " if info else "", True), (f"{moment:%Y年%m月%d日 %H:%M}", False)]
    if info:
        parts += [*info, ("\n", True)]
    for index, line in enumerate(story.lines):
        if index == 0 and rng.random() < 0.5:
            parts.append((rng.choice(["央视网消息：", "央视网消息（新闻联播）："]), True))
        parts += [(line, False), ("\n", True)]
    parts.append((f"编辑：{rng.choice(NAMES)}　责任编辑：{rng.choice(EDITORS)}\n", True))
    parts.append(("分享到：\n微信\n朋友圈\n微博\n", True))
    parts.append(("打开央视新闻客户端 查看更多精彩内容\n热点推荐\n" + "\n".join(rng.sample(OTHERS, 3)) + "\n", True))
    parts.append(("央视网版权所有　未经授权不得转载\n", True))
    text, furniture = _joined(parts)
    day = story.published or dt.date(2021, 11, 3)
    url = f"https://m.news.cctv.example-t25.com/{day:%Y/%m/%d}/ARTI{_token(rng, 20, ALNUM)}{day:%y%m%d}.shtml"
    return Wrapped(text, _listed(furniture), url, kind="text")


# ---------------------------------------------------------------- a scene, a forum's source


@text_form("h5_scene_preview_select_all_jishu_zhichi")
def h5_scene_preview_select_all_jishu_zhichi(story: Story) -> Wrapped:
    """An H5 推介 scene's preview page select-all copied on a PC (易企秀-like): the scene's title of its own, the
    preview's lines (扫码在手机上查看, 浏览量, 创建者), the cover page, a page with the headline, source and day, the
    paragraphs a page or two each behind the page's number, the last page's 联系我们, 技术支持 and 免费制作, 举报."""
    rng = _rng(story, "h5_scene_preview_select_all_jishu_zhichi")
    place = rng.choice(PLACES)
    scene = rng.choice([f"{place}招商引资推介", f"投资{place} 共赢未来", f"{place}招商动态 | 看项目"])
    parts: Parts = [
        (f"{scene}\n扫码在手机上查看\n浏览量：{rng.randrange(200, 30000)}\n创建者：{place}投资促进局\n", True),
        (f"第1页\n{place}\n{rng.choice(['诚邀天下客 共赢新未来', '投资热土 兴业福地', '开放包容 合作共赢'])}\n", True),
        ("第2页\n", True),
    ]
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    if story.outlet:
        parts += [(f"来源：{story.outlet}", False), ("\n", True)]
    if story.published:
        parts += [(_unpadded(story.published), False), ("\n", True)]
    page = 3
    lines = list(story.lines)
    index = 0
    while index < len(lines):
        parts.append((f"第{page}页\n", True))
        take = 1 if len(lines[index]) > 120 or rng.random() < 0.5 else 2
        for line in lines[index : index + take]:
            parts += [(line, False), ("\n", True)]
        index += take
        page += 1
    parts.append(
        (
            f"第{page}页\n联系我们\n{place}投资促进局\n"
            f"招商热线：0{rng.randrange(700, 799)}-{rng.randrange(10**6, 10**7)}\n"
            f"地址：{place}行政中心{rng.randrange(2, 9)}楼\n长按识别二维码 了解更多\n",
            True,
        )
    )
    parts.append(("技术支持：易企秀　免费制作\n举报\n", True))
    text, furniture = _joined(parts)
    url = f"https://h5.eqxiu.example-t25.com/s/{_token(rng, 8, 'ABCDEFGHJKMNPQRSTWXYZabcdefghjkmnpqrstwxyz23456789')}"
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("discuz_bbcode_source_p_tags_edited_line")
def discuz_bbcode_source_p_tags_edited_line(story: Story) -> Wrapped:
    """A county forum repost's BBCode source copied from the editor's 纯文本 mode (Discuz-like, CRLF): maybe the
    [i=s] 本帖最后由 … 编辑 [/i] line, the headline in [size] and [b], 来源 and the day in [color], each paragraph
    in [p=30, 2, left] or after [font] and [size], an [img] line, [url] to the original, the poster's own line."""
    rng = _rng(story, "discuz_bbcode_source_p_tags_edited_line")
    host = _host(rng)
    user = rng.choice(["青山老农", "临川人在外", "东江风", "石城小编", "云岭过客"])
    pasted = rng.random() < 0.6
    parts: Parts = []
    edited = _later(story, rng, 0, 20)
    if rng.random() < 0.5:
        parts.append(
            (f"[i=s] 本帖最后由 {user} 于 {edited.year}-{edited.month}-{edited.day} {edited:%H:%M} 编辑 [/i]\n\n", True)
        )
    if story.headline:
        if rng.random() < 0.5:
            parts += [("[align=center][size=5][b]", True), (story.headline, False), ("[/b][/size][/align]\n", True)]
        else:
            parts += [("[size=4][b]", True), (story.headline, False), ("[/b][/size]\n", True)]
    info: Parts = []
    if story.outlet:
        info.append((f"来源：{story.outlet}", False))
    if story.published:
        info += [("　" if info else "", True), (f"发布时间：{story.published:%Y-%m-%d}", False)]
    if info:
        parts += [("[color=#808080]", True), *info, ("[/color]\n", True)]
    if rng.random() < 0.5:
        parts.append((f"[img]http://{host}/attachment/forum/{rng.randrange(10**7, 10**8)}.jpg[/img]\n", True))
    for line in story.lines:
        if pasted:
            parts += [("[p=30, 2, left]", True), (line, False), ("[/p]\n", True)]
        else:
            parts += [("[font=微软雅黑][size=3]　　", True), (line, False), ("[/size][/font]\n", True)]
    url = f"http://{host}/zsyz/{rng.randrange(10**5, 10**6)}.html"
    parts.append((f"\n[url={url}]原文链接[/url]\n", True))
    parts.append((rng.choice(["转自县政府网站，家乡加油！", "转发一下，大家看看。", "好消息，顶起来！"]) + "\n", True))
    text, furniture = _joined(parts)
    return Wrapped(_crlf(text), _listed(furniture), f"file:///C:/Users/{_token(rng, 5)}/Desktop/发帖.txt", kind="text")


# ---------------------------------------------------------------- documents and devices


@text_form("word_plain_text_insert_line_breaks_crlf")
def word_plain_text_insert_line_breaks_crlf(story: Story) -> Wrapped:
    """A Word document saved as plain text with 插入换行符 (GB18030 or UTF-16 with a BOM, CRLF): the headline broken
    where the title's line wraps, the source and day line, the paragraphs indented by two wide spaces and broken into
    printed lines (28 characters or so, a closing mark hung at a line's end, a number kept whole), the credits."""
    rng = _rng(story, "word_plain_text_insert_line_breaks_crlf")
    place = rng.choice(PLACES)
    units = rng.choice([56, 56, 66, 78])
    parts: Parts = []
    if story.headline:
        for index, row in enumerate(_wrapped(story.headline, 44)):
            parts += [("\n" if index else "", True), (row, False)]
        parts.append(("\n\n", True))
    info: Parts = []
    if story.outlet:
        info.append((f"（{story.outlet}", False))
    if story.published:
        info += [("　" if info else "（", True), (_unpadded(story.published), False)]
    if info:
        parts += [*info, ("）\n", True)]
    for line in story.lines:
        rows = _wrapped(line, units, indent=4)
        parts.append(("　　", True))
        for index, row in enumerate(rows):
            parts += [("\n" if index else "", True), (row, False)]
        parts.append(("\n", True))
    parts.append((f"\n（撰稿：{rng.choice(NAMES)}　审核：{rng.choice(NAMES)}）\n（{place}投资促进局　供稿）\n", True))
    text, furniture = _joined(parts)
    name = rng.choice(["信息稿.txt", f"{place}招商信息.txt", "新建 Microsoft Word 文档.txt"])
    url = f"file:///D:/信息报送/{name}"
    if rng.random() < 0.7:
        return Wrapped(_crlf(text), _listed(furniture), url, encoding="gb18030", kind="text")
    return Wrapped(_crlf(text), _listed(furniture), url, encoding="utf-16", kind="text")


@text_form("tuijie_ci_draft_ppt_cue_brackets")
def tuijie_ci_draft_ppt_cue_brackets(story: Story) -> Wrapped:
    """A 招商推介词 draft in plain text (UTF-8 or GB18030, CRLF): the draft's header (第N稿, the day it was changed,
    the material's source: the outlet), the headline as its title (or a title of its own), ——在…上的推介, the day in
    brackets, the speaker, 【】 cues between paragraphs, the salutation and closing, 【鞠躬】."""
    rng = _rng(story, "tuijie_ci_draft_ppt_cue_brackets")
    place = rng.choice(PLACES)
    city = _province(rng)[1]
    draft = rng.choice(["二", "三", "四"])
    changed = _near(story.published, rng)
    parts: Parts = [(f"（第{draft}稿　{changed.month}.{changed.day}改）\n", True)]
    if story.outlet:
        parts += [(f"素材来源：{story.outlet}", False), ("\n", True)]
    parts.append(("\n", True))
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    else:
        parts.append((f"{place}招商推介词\n", True))
    parts.append((f"——在{city}{place}招商引资推介会上的推介\n", True))
    if story.published:
        parts += [("（", True), (_unpadded(story.published), False), ("）\n", True)]
    parts.append((f"{place}人民政府县长　{rng.choice(NAMES)}\n\n", True))
    parts.append(("【主持人介绍后上台，PPT停在封面】\n尊敬的各位领导，各位企业家朋友：\n大家上午好！\n", True))
    slide = 2
    for index, line in enumerate(story.lines):
        if index and rng.random() < 0.5:
            cue = rng.choice(["【播放宣传片，约3分钟】", "【停顿，看台下】", "【语速放慢】", f"【PPT第{slide}页】"])
            parts.append((cue + "\n", True))
        elif index == 0 or rng.random() < 0.5:
            parts.append((f"【PPT翻至第{slide}页】\n", True))
        slide += 1
        parts += [(line, False), ("\n", True)]
    parts.append(
        (f"【PPT翻至尾页：联系方式】\n最后，诚挚欢迎各位企业家到{place}投资兴业！谢谢大家！\n【鞠躬，下台】\n", True)
    )
    text, furniture = _joined(parts)
    url = f"file:///C:/Users/{_token(rng, 5)}/Documents/推介词（第{draft}稿）.txt"
    if rng.random() < 0.5:
        return Wrapped(_crlf(text), _listed(furniture), url, encoding="gb18030", kind="text")
    return Wrapped(_crlf(text), _listed(furniture), url, kind="text")


WEEKDAYS = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八"]


@text_form("saomiaobi_swipes_line_per_row_notepad")
def saomiaobi_swipes_line_per_row_notepad(story: Story) -> Wrapped:
    """A printed clipping or handout typed into Notepad by a scanning pen (UTF-8 or GB18030, CRLF): each swipe one
    printed row of the column, a row a line, the paper's page head swiped first (the outlet, the day, 星期, the page),
    the headline's rows, （下转第N版） and （上接第N版） between paragraphs, or the handout's head and 资料来源 at the
    end."""
    rng = _rng(story, "saomiaobi_swipes_line_per_row_notepad")
    paper = (bool(story.outlet) and "报" in (story.outlet or "")) or rng.random() < 0.4
    units = rng.choice([24, 26, 28, 30])
    page = rng.randrange(1, 8)
    parts: Parts = []
    if paper:
        name = story.outlet or f"{rng.choice(PLACES)}报"
        parts.append((name, not story.outlet))
        if story.published:
            weekday = WEEKDAYS[story.published.weekday()]
            parts += [("　", True), (_unpadded(story.published), False), (f"　{weekday}", True)]
        parts.append((f"　第{page}版　{rng.choice(['要闻', '经济', '综合新闻'])}\n", True))
    else:
        parts.append((f"{rng.choice(PLACES)}招商引资学习资料（{rng.choice(NUMERALS)}）\n", True))
    if story.headline:
        for row in _wrapped(story.headline, 32):
            parts += [(row, False), ("\n", True)]
    jump = rng.randrange(1, len(story.lines)) if paper and len(story.lines) > 2 and rng.random() < 0.5 else None
    for index, line in enumerate(story.lines):
        if index == jump:
            parts.append((f"（下转第{page + 1}版）\n（上接第{page}版）\n", True))
        for row in _wrapped(line, units, indent=4):
            parts += [(row, False), ("\n", True)]
    if not paper and story.outlet:
        parts += [(f"资料来源：{story.outlet}", False)]
        if story.published:
            parts += [("　", True), (_unpadded(story.published), False)]
        parts.append(("\n", True))
    text, furniture = _joined(parts)
    url = f"file:///D:/扫描笔/{rng.choice(['剪报', '录入', '新建文本文档'])}{rng.randrange(1, 30)}.txt"
    if rng.random() < 0.6:
        return Wrapped(_crlf(text), _listed(furniture), url, kind="text")
    return Wrapped(_crlf(text), _listed(furniture), url, encoding="gb18030", kind="text")


@text_form("gzh_preview_link_linshi_banner_select_all")
def gzh_preview_link_linshi_banner_select_all(story: Story) -> Wrapped:
    """An official account's preview link copied on the phone (WeChat-like): 此为临时链接，仅用于预览，将在短期内失效,
    the headline, 原创 maybe, the author, the account, the day and time, the paragraphs, the credits (来源, 编辑, 审核),
    预览时标签不可点, 阅读原文 maybe, 继续滑动看下一个 and the account's card, 轻触阅读原文."""
    rng = _rng(story, "gzh_preview_link_linshi_banner_select_all")
    place = rng.choice(PLACES)
    account = f"{place}{rng.choice(['发布', '招商', '投资促进'])}"
    parts: Parts = [("此为临时链接，仅用于预览，将在短期内失效。\n", True)]
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    head = ""
    if rng.random() < 0.4:
        head += "原创 "
    if rng.random() < 0.5:
        head += f"{rng.choice(NAMES)} "
    parts.append((head + account + " ", True))
    moment = _moment(story.published, rng)
    if moment:
        parts.append((f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}", False))
    parts.append(("\n", True))
    for line in story.lines:
        parts += [(line, False), ("\n", True)]
    if story.outlet:
        parts += [(f"来源：{story.outlet}", False), ("\n", True)]
    parts.append((f"编辑：{rng.choice(NAMES)}\n审核：{rng.choice(NAMES)}\n", True))
    parts.append(("预览时标签不可点\n", True))
    if rng.random() < 0.5:
        parts.append(("阅读原文\n", True))
    parts.append((f"继续滑动看下一个\n{account}\n向上滑动看下一个\n轻触阅读原文\n", True))
    text, furniture = _joined(parts)
    url = (
        f"https://mp.weixin.example-t25.com/s?__biz={_token(rng, 14, ALNUM)}=="
        f"&mid={rng.randrange(10**9, 2 * 10**9)}&idx=1&sn={_token(rng, 32, HEX)}&tempkey={_token(rng, 40)}"
    )
    return Wrapped(text, _listed(furniture), url, kind="text")


DEV_T25, LOCKED_T25 = split_by_digest(TEXT_FORMS25, "text round 25/", locked=6)
