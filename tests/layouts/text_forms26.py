"""Twelve text capture forms written blind (text round 26): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of national paper's news client, news
agency's client, news app, search app's feed, portal's news app, national economic news site, government site's
elders' version, office suite's PDF-to-text conversion, government SMS platform, work messaging app's notices,
teleprompter app or self-media platform's back-end editor gives, none of them drawn in text rounds 1 to 25, weighed
toward the everyday ways Chinese plain-text copies of 招商引资 news, notices and reports are made by people copying
from apps, sites, documents and phones: a 人民日报客户端 article copied in the app; a 新华社客户端 article copied in
the app; a 澎湃新闻 article copied in the app; a 百家号 article opened from the 百度 app's feed and copied in the app;
a 凤凰新闻 article copied in the app; a 中国经济网 地方经济 page select-all copied on a PC; a county portal's 关怀版
(长者模式) page select-all copied; a 红头 转发通知 PDF downloaded from the OA and turned into text by WPS; a notice
SMS from a government SMS platform copied from the phone's messages; a 企业微信 公告 copied on the PC; a
teleprompter app's script shared as text; a 头条号 back-end editor page select-all copied; and toward stories that
show no headline (each form then shows what it would show without one: the app's bar alone, a notice's or a script's
title of its own, the editor's empty title box, or nothing):

- a 人民日报客户端 article copied in the app (UTF-8): the headline, the client's 频道 and a 记者 (or the outlet), the
  day and time, 浏览量, maybe 来源：outlet, the paragraphs, 责编, 分享让更多人看到, a like count, 评论 with readers'
  comments (a name, the words, a province and a time), 推荐阅读 titles;
- a 新华社客户端 article copied in the app (UTF-8): maybe the client's 频道, the headline, 新华社客户端 or the outlet
  with the day and time, a count of 浏览, maybe the agency's dateline (新华社…电（记者 …）) run into the first
  paragraph, the paragraphs, 【责任编辑：name】, 点赞 and 分享, 相关新闻 titles, the rights line;
- a 澎湃新闻 article copied in the app (UTF-8): the headline, the account (the outlet, or a 发布 account of its own)
  with 澎湃号·政务 and the day and time and 来自 a province, 字号, the paragraphs, （本文来自澎湃新闻，更多原创资讯请
  下载“澎湃新闻”APP）, 特别声明, 收藏 and 举报, #topics#, 相关推荐 titles;
- a 百家号 article opened from the 百度 app's feed and copied in the app (UTF-8): 听文章, the headline, the account
  (the outlet, or a 融媒 account) with 官方账号, the day and time and a province, 关注, the paragraphs, maybe 来源：
  outlet, 本文仅代表作者观点 with 举报/反馈, 评论 with readers' comments, 为你推荐 titles with their counts;
- a 凤凰新闻 article copied in the app (UTF-8): the headline, the account (the outlet, or a 大风号 of its own) with
  the day and time and 来自 a province, 关注, the paragraphs, the 大风号's 特别声明 in Chinese and English, 收藏 and the
  share platforms, 大家都在看 titles, 跟帖 with readers;
- a 中国经济网 地方经济 page select-all copied on a PC (UTF-8, or CRLF by Notepad): the site's bar, its menu, the
  crumb (中国经济网首页 > 地方经济 > province), the headline, the day and time (2021年11月05日 09:30) with 来源, the
  paragraphs, （责任编辑：name）, 分享到, 相关新闻 and 推荐阅读 titles, the site's statements and rights lines;
- a county portal's 关怀版 (长者模式) page select-all copied (UTF-8, or CRLF by Notepad): the site with 关怀版 and
  返回标准版, its big menu a line each, 语音播报, 当前位置, the headline, 发布时间 and 来源 on lines of their own, 字号
  大 特大, the paragraphs, 【打印】【关闭】, 返回顶部, the site's 主办 and its hotline;
- a 红头 转发通知 PDF downloaded from the OA and turned into text by WPS (UTF-8 with a BOM or GB18030, CRLF): the
  masthead (…办公室文件), the 文号, 关于转发《headline》的通知 (or a notice of its own), the 主送 line, the notice
  naming the outlet, 附件, the issuer and a later day, then 附件 with the headline, （来源：outlet　day）, the
  paragraphs as the page's lines (28 characters a row, a closing mark hung, the first row indented), each page closed
  by - N - and the OA's watermark with the reader and the download's time, 抄送 and a later 印发 line;
- a notice SMS from a government SMS platform copied from the phone's messages (UTF-8): 【the bureau】 run into the
  headline (or into the first paragraph), the paragraphs, （来源：outlet　day）, 详情 with a short address, the bureau
  again and 拒收请回复R;
- a 企业微信 公告 copied on the PC (UTF-8): 公告, the headline as its title (or a title of its own), the bureau and the
  poster with a later time, 分类, the paragraphs, 来源 and the day, 已读 and 未读 counts, 确认收到, 评论;
- a teleprompter app's script shared as text (UTF-8, or CRLF where saved on a PC): 《the script's title》 (the
  headline, or a program's title), 字数 and 预计时长 at a speed, 创建于 a later time, ——以下为台词——, the anchor's
  opening, maybe 据outlet报道 and the day, the paragraphs with 【换气】 and 【停顿】 marks between some, the closing,
  ——台词结束——, the app's credit;
- a 头条号 back-end editor page select-all copied (UTF-8): 头条号, the account and its menu (主页, 创作, 管理, 数据,
  成长指南 …), 发布文章, the title box with the headline (or 请输入文章标题（2～30个字）), 0/30 or its count, the
  paragraphs pasted, 来源：outlet with the day, 共N字, 文章设置 (展示封面, 投放广告, 声明原创, 合集, 同时发布微头条),
  草稿已保存 with a later time, 预览, 定时发布 and 发布.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels) are the capture's metadata and are not listed, nor are lines that hold the headline, the date or the
outlet among other words (an info line). A run of the capture's own text between two pieces of the story is listed as
one string: squashed, it is one run of the text. A run that squashes to digits alone or to one letter is not listed:
squashed, it is what a story's own text holds too.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 26/" + name are `LOCKED_T26`, the other six `DEV_T26`. Round 26 is sealed: not scored when
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
    _squashed,
    _token,
    _unpadded,
    _width,
)

TEXT_FORMS26: dict[str, Layout] = {}
NAMES = ["温建军", "田秀英", "欧阳明", "蒋丽萍", "薛国栋", "殷晓慧", "钱振华", "戴春梅"]
# Other items a capture lists (recommendations, related news): none is about the story.
OTHERS = [
    "县水利局开展汛前水库安全检查",
    "县民政局走访慰问困难群众",
    "县交通运输局推进农村公路提档升级",
    "县市场监管局开展春季食品安全抽检",
    "县文旅局举办乡村文化旅游节",
    "县应急管理局开展消防安全演练",
    "全市秋冬季大气污染防治攻坚推进会召开",
    "我省发布促进消费若干措施",
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
    "家乡的发展越来越好，点赞！",
    "希望项目早日建成投产。",
    "招商更要安商，服务要跟上。",
    "好项目落地，年轻人可以回乡就业了。",
    "期待更多企业来投资。",
]
# Closing marks a line of print does not begin with, opening marks it does not end with.
CLOSING = "，。、；：？！）》」』”’…—％%,.;:?!)"
OPENING = "（《「『“‘("
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"

Parts = list[tuple[str | None, bool]]


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS26)


def _province(rng: random.Random) -> tuple[str, str]:
    return rng.choice(PROVINCES)


def _count(value: int) -> str:
    """A counter as apps print one: plain below ten thousand, in 万 above."""
    return str(value) if value < 10000 else f"{value / 10000:.1f}万"


def _wrapped(text: str, units: int, indent: int = 0) -> list[str]:
    """A paragraph as a page prints it: rows of `units` half-width columns (a wide character is two), the first row
    `indent` columns short; a run of ASCII letters and digits kept whole, a closing mark hung at a row's end, an
    opening mark carried to the next row."""
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


def _rows(parts: Parts, units: int, indent: int = 0) -> list[Parts]:
    """A paragraph made of parts as a page prints it (see `_wrapped`): its rows, each the pieces of the parts it holds,
    a part cut where a row ends keeping whether it is listed."""
    text = "".join(part for part, _ in parts if part)
    widths = [len(printed) for printed in _wrapped(text, units, indent)]
    rows: list[Parts] = []
    pieces = [(part, listed) for part, listed in parts if part]
    for width in widths:
        row: Parts = []
        while width and pieces:
            part, listed = pieces.pop(0)
            assert part is not None
            taken, rest = part[:width], part[width:]
            row.append((taken, listed))
            width -= len(taken)
            if rest:
                pieces.insert(0, (rest, listed))
        rows.append(row)
    return rows


def _body(story: Story) -> Parts:
    """The story's paragraphs, a line each."""
    parts: Parts = []
    for line in story.lines:
        parts += [(line, False), ("\n", True)]
    return parts


# ---------------------------------------------------------------- news clients and apps on the phone


@text_form("renmin_app_inapp_copy_pindao_jizhe_zebian")
def renmin_app_inapp_copy_pindao_jizhe_zebian(story: Story) -> Wrapped:
    """A 人民日报客户端 article copied in the app: the headline, the client's 频道 and a 记者 (or the outlet), the day
    and time, 浏览量, maybe 来源, the paragraphs, 责编, 分享让更多人看到, a like count, 评论 with readers' comments,
    推荐阅读 titles."""
    rng = _rng(story, "renmin_app_inapp_copy_pindao_jizhe_zebian")
    province, _ = _province(rng)
    parts: Parts = []
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    own = bool(story.outlet) and rng.random() < 0.4
    if own:
        parts += [(story.outlet, False), ("\n", True)]
    else:
        parts.append((f"人民日报客户端{province}频道　{rng.choice(NAMES)}\n", True))
    moment = _moment(story.published, rng)
    if moment:
        parts += [(f"{moment:%Y-%m-%d %H:%M}", False), ("\n", True)]
    parts.append((f"浏览量：{_count(rng.randrange(3000, 300000))}\n", True))
    if story.outlet and not own:
        parts += [(f"来源：{story.outlet}", False), ("\n", True)]
    parts += _body(story)
    parts.append((f"责编：{rng.choice(EDITORS)}、{rng.choice(NAMES)}\n", True))
    parts.append((f"分享让更多人看到\n{rng.randrange(3, 900)}\n", True))
    total = rng.randrange(0, 40)
    parts.append((f"评论 {total}\n" if total else "评论\n还没有人评论，快来抢沙发吧\n", True))
    stamp = _later(story, rng, 0, 3)
    for comment in rng.sample(COMMENTS, min(total, rng.randrange(1, 4))):
        stamp += dt.timedelta(minutes=rng.randrange(5, 400))
        reader = f"人民网友{rng.randrange(10**5, 10**6)}"
        parts.append((f"{reader}\n{comment}\n{_province(rng)[0]}　{stamp:%m-%d %H:%M}　回复\n", True))
    parts.append(("推荐阅读\n" + "\n".join(rng.sample(OTHERS, 3)) + "\n", True))
    text, furniture = _joined(parts)
    url = f"https://wap.peopleapp.example-t26.com/article/{rng.randrange(10**6, 10**7)}/{rng.randrange(10**6, 10**7)}"
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("xinhua_app_inapp_copy_dianxun_zebian")
def xinhua_app_inapp_copy_dianxun_zebian(story: Story) -> Wrapped:
    """A 新华社客户端 article copied in the app: maybe the client's 频道, the headline, 新华社客户端 or the outlet with
    the day and time, a count of 浏览, maybe the agency's dateline run into the first paragraph, the paragraphs,
    【责任编辑：name】, 点赞 and 分享, 相关新闻 titles, the rights line."""
    rng = _rng(story, "xinhua_app_inapp_copy_dianxun_zebian")
    province, capital = _province(rng)
    parts: Parts = []
    if rng.random() < 0.4:
        parts.append((f"{province}频道\n", True))
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    if story.outlet:
        parts.append((story.outlet, False))
    else:
        parts.append(("新华社客户端", True))
    moment = _moment(story.published, rng)
    if moment:
        parts += [("　", True), (f"{moment:%Y-%m-%d %H:%M:%S}", False)]
    parts.append((f"\n{_count(rng.randrange(2000, 900000))}浏览\n", True))
    for index, line in enumerate(story.lines):
        if index == 0 and story.published and rng.random() < 0.5:
            day = story.published
            parts.append((f"新华社{capital}{day.month}月{day.day}日电（记者{rng.choice(NAMES)}）", True))
        parts += [(line, False), ("\n", True)]
    parts.append((f"【责任编辑：{rng.choice(EDITORS)}】\n", True))
    parts.append((f"{rng.randrange(5, 999)}\n点赞\n分享\n", True))
    parts.append(("相关新闻\n" + "\n".join(rng.sample(OTHERS, 3)) + "\n", True))
    parts.append(("新华社客户端版权所有，未经授权不得转载或镜像\n", True))
    text, furniture = _joined(parts)
    url = f"https://h.xinhuaxmt.example-t26.com/vh512/share/{rng.randrange(10**7, 10**8)}?channel=weixin"
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("thepaper_app_inapp_copy_benwen_laizi")
def thepaper_app_inapp_copy_benwen_laizi(story: Story) -> Wrapped:
    """A 澎湃新闻 article copied in the app: the headline, the account (the outlet, or a 发布 account) with 澎湃号·政务,
    the day and time and 来自 a province, 字号, the paragraphs, （本文来自澎湃新闻…）, 特别声明, 收藏 and 举报,
    #topics#, 相关推荐 titles."""
    rng = _rng(story, "thepaper_app_inapp_copy_benwen_laizi")
    province, _ = _province(rng)
    own = bool(story.outlet) and rng.random() < 0.6
    account = story.outlet if own and story.outlet else f"{rng.choice(PLACES)}发布"
    parts: Parts = []
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    parts += [(account, not own), ("\n澎湃号·政务\n", True)]
    moment = _moment(story.published, rng)
    if moment:
        parts += [(f"{moment:%Y-%m-%d %H:%M}", False), (f"　来自{province}\n", True)]
    else:
        parts.append((f"来自{province}\n", True))
    parts.append(("字号\n", True))
    parts += _body(story)
    if story.outlet and not own:
        parts += [(f"来源：{story.outlet}", False), ("\n", True)]
    parts.append(("（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）\n", True))
    parts.append(
        (
            "特别声明\n本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，"
            "澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。\n",
            True,
        )
    )
    parts.append((f"{rng.randrange(1, 300)}\n收藏\n我要举报\n", True))
    topics = rng.sample(["#招商引资#", "#营商环境#", "#项目建设#", "#高质量发展#"], 2)
    parts.append(("　".join(topics) + "\n", True))
    parts.append(("相关推荐\n" + "\n".join(rng.sample(OTHERS, 3)) + "\n评论\n", True))
    text, furniture = _joined(parts)
    url = f"https://m.thepaper.example-t26.cn/newsDetail_forward_{rng.randrange(2 * 10**7, 3 * 10**7)}"
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("baidu_app_feed_baijiahao_tingwenzhang")
def baidu_app_feed_baijiahao_tingwenzhang(story: Story) -> Wrapped:
    """A 百家号 article opened from the 百度 app's feed and copied in the app: 听文章, the headline, the account (the
    outlet, or a 融媒 account) with 官方账号, the day and time and a province, 关注, the paragraphs, maybe 来源, the
    author's statement with 举报/反馈, 评论 with readers' comments, 为你推荐 titles with their counts."""
    rng = _rng(story, "baidu_app_feed_baijiahao_tingwenzhang")
    province, _ = _province(rng)
    own = bool(story.outlet) and rng.random() < 0.6
    account = story.outlet if own and story.outlet else f"{rng.choice(PLACES)}融媒"
    parts: Parts = [("听文章\n", True)]
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    parts += [(account, not own), ("\n", True)]
    parts.append((rng.choice([f"{province}省{rng.choice(PLACES)}官方账号", "优质政务领域创作者"]) + "\n", True))
    moment = _moment(story.published, rng)
    if moment:
        parts += [(f"{moment:%Y-%m-%d %H:%M}", False), (f"{province}\n关注\n", True)]
    else:
        parts.append((f"{province}\n关注\n", True))
    parts += _body(story)
    if story.outlet and not own:
        parts += [(f"来源：{story.outlet}", False), ("\n", True)]
    parts.append(
        ("本文仅代表作者观点，不代表百度立场。\n系作者授权百家号发表，未经许可，不得转载。\n举报/反馈\n", True)
    )
    total = rng.randrange(0, 30)
    parts.append((f"评论 {total}\n" if total else "评论\n暂无评论，快来发表你的观点吧\n", True))
    for comment in rng.sample(COMMENTS, min(total, rng.randrange(1, 3))):
        parts.append(
            (f"网友{_token(rng, 6, ALNUM)}\n{comment}\n{rng.randrange(1, 23)}小时前 · {_province(rng)[0]}\n", True)
        )
    parts.append(("为你推荐\n", True))
    for title_of in rng.sample(OTHERS, 3):
        parts.append((f"{title_of}\n{rng.choice(PLACES)}发布 {rng.randrange(0, 200)}评\n", True))
    text, furniture = _joined(parts)
    nid = f"%7B%22nid%22%3A%22news_{rng.randrange(10**18, 10**19)}%22%7D"
    url = f"https://mbd.baidu.example-t26.com/newspage/data/landingsuper?context={nid}"
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("ifeng_news_app_inapp_copy_dafenghao_shengming")
def ifeng_news_app_inapp_copy_dafenghao_shengming(story: Story) -> Wrapped:
    """A 凤凰新闻 article copied in the app: the headline, the account (the outlet, or a 大风号 of its own) with the
    day and time and 来自 a province, 关注, the paragraphs, the 大风号's 特别声明 in Chinese and English, 收藏 and the
    share platforms, 大家都在看 titles, 跟帖 with readers."""
    rng = _rng(story, "ifeng_news_app_inapp_copy_dafenghao_shengming")
    province, _ = _province(rng)
    own = bool(story.outlet) and rng.random() < 0.5
    account = story.outlet if own and story.outlet else f"{rng.choice(PLACES)}观察"
    parts: Parts = []
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    parts += [(account, not own), ("\n", True)]
    moment = _moment(story.published, rng)
    if moment:
        parts += [(f"{moment:%Y-%m-%d %H:%M}", False), (f"　来自{province}\n关注\n", True)]
    else:
        parts.append((f"来自{province}\n关注\n", True))
    parts += _body(story)
    if story.outlet and not own:
        parts += [(f"来源：{story.outlet}", False), ("\n", True)]
    parts.append(
        (
            "“特别声明：以上作品内容(包括在内的视频、图片或音频)为凤凰网旗下自媒体平台“大风号”用户上传并发布，"
            "本平台仅提供信息存储空间服务。\n"
            "Notice: The content above (including the videos, pictures and audios if any) is uploaded and posted by "
            "the user of Dafeng Hao, which is a social media platform and merely provides information storage space "
            "services.”\n",
            True,
        )
    )
    parts.append((f"{rng.randrange(1, 500)}\n收藏\n微信\n朋友圈\nQQ\n微博\n", True))
    parts.append(("大家都在看\n" + "\n".join(rng.sample(OTHERS, 3)) + "\n", True))
    total = rng.randrange(0, 20)
    parts.append((f"跟帖 {total}\n" if total else "跟帖\n暂无跟帖，快来抢沙发\n", True))
    for comment in rng.sample(COMMENTS, min(total, rng.randrange(1, 3))):
        parts.append((f"凤凰网友{rng.randrange(10**6, 10**7)}　{_province(rng)[0]}\n{comment}\n", True))
    parts.append(("写跟帖\n", True))
    text, furniture = _joined(parts)
    url = f"https://ishare.ifeng.example-t26.com/c/s/v002{_token(rng, 40, ALNUM)}"
    return Wrapped(text, _listed(furniture), url, kind="text")


# ---------------------------------------------------------------- sites on the PC


@text_form("ce_cn_difang_select_all_zeren_bianji")
def ce_cn_difang_select_all_zeren_bianji(story: Story) -> Wrapped:
    """A 中国经济网 地方经济 page select-all copied on a PC (or by Notepad, CRLF): the bar, the menu, the crumb ending
    in a province, the headline, the day and time with 来源, the paragraphs, （责任编辑：name）, 分享到, 相关新闻 and
    推荐阅读 titles, the site's statements and rights lines."""
    rng = _rng(story, "ce_cn_difang_select_all_zeren_bianji")
    province, _ = _province(rng)
    parts: Parts = [
        ("中国经济网　经济日报社主办　中央重点新闻网站\n设为首页 | 加入收藏 | 手机版 | 客户端 | English\n", True),
        (
            "首页 | 时政 | 财经 | 产业 | 地方 | 金融 | 汽车 | 房产 | 食品 | 旅游 | 文化 | 评论 | 网视 | 专题"
            " | 理论 | 乡村振兴\n",
            True,
        ),
        (f"中国经济网首页 > 地方经济 > {province}\n", True),
    ]
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    moment = _moment(story.published, rng)
    info: Parts = []
    if moment:
        info.append((f"{moment:%Y年%m月%d日 %H:%M}", False))
    if story.outlet:
        info += [("　　" if info else "", True), (f"来源：{story.outlet}", False)]
    if info:
        parts += [*info, ("\n", True)]
    parts += _body(story)
    parts.append((f"（责任编辑：{rng.choice(EDITORS)}）\n分享到：\n", True))
    parts.append(("相关新闻\n" + "\n".join(rng.sample(OTHERS, 2)) + "\n", True))
    parts.append(("推荐阅读\n" + "\n".join(rng.sample(OTHERS, 3)) + "\n", True))
    year = (story.published or dt.date(2021, 11, 3)).year
    parts.append(
        (
            "关于我们 | 本网动态 | 广告服务 | 网站声明 | 联系我们 | 网站地图\n"
            "本网站所刊登的各种新闻、信息和各种专题专栏资料，均为中国经济网版权所有，未经协议授权禁止下载使用。\n"
            f"经济日报社主办 中国经济网版权所有 Copyright © 2003-{year} www.ce.example-t26.cn\n"
            f"京ICP备{rng.randrange(10**7, 10**8)}号　京公网安备{rng.randrange(10**13, 10**14)}号\n"
            "违法和不良信息举报电话：010-81025111\n",
            True,
        )
    )
    text, furniture = _joined(parts)
    day = story.published or dt.date(2021, 11, 3)
    url = f"http://www.ce.example-t26.cn/xwzx/gnsz/gdxw/{day:%Y%m}/{day:%d}/t{day:%Y%m%d}_{rng.randrange(10**7, 10**8)}"
    url += ".shtml"
    if rng.random() < 0.4:
        return Wrapped(_crlf(text), _listed(furniture), url, kind="text")
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("county_portal_guanhuai_ban_select_all")
def county_portal_guanhuai_ban_select_all(story: Story) -> Wrapped:
    """A county portal's 关怀版 (长者模式) page select-all copied (or by Notepad, CRLF): the site with 关怀版 and
    返回标准版, the big menu a line each, 语音播报, 当前位置, the headline, 发布时间 and 来源 on lines of their own,
    字号 大 特大, the paragraphs, 【打印】【关闭】, 返回顶部, the site's 主办 and its hotline."""
    rng = _rng(story, "county_portal_guanhuai_ban_select_all")
    place = rng.choice(PLACES)
    mode = rng.choice(["关怀版", "长者模式"])
    column = rng.choice(["部门动态", "招商引资", "政务要闻", "乡镇动态"])
    parts: Parts = [
        (f"{place}人民政府\n{mode}\n返回标准版\n", True),
        ("首页\n政务公开\n政务服务\n互动交流\n走进" + place + "\n", True),
        ("语音播报\n", True),
        (f"当前位置：首页 > 新闻中心 > {column}\n", True),
    ]
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    if story.published:
        parts += [(f"发布时间：{story.published:%Y-%m-%d}", False), ("\n", True)]
    if story.outlet:
        parts += [(f"来源：{story.outlet}", False), ("\n", True)]
    parts.append(("字号：大　特大\n", True))
    parts += _body(story)
    parts.append(("【打印】【关闭】\n返回顶部\n", True))
    parts.append(
        (
            f"主办：{place}人民政府办公室　　承办：{place}大数据中心\n"
            f"联系电话：0{rng.randrange(700, 799)}-{rng.randrange(10**6, 10**7)}\n"
            f"网站标识码：{rng.randrange(10**9, 10**10)}\n",
            True,
        )
    )
    text, furniture = _joined(parts)
    url = f"http://www.{_token(rng, 4)}.example-t26.gov.cn/ghb/{rng.randrange(10**5, 10**6)}.html"
    if rng.random() < 0.4:
        return Wrapped(_crlf(text), _listed(furniture), url, kind="text")
    return Wrapped(text, _listed(furniture), url, kind="text")


# ---------------------------------------------------------------- documents, messages, tools


NUMERALS = "〇一二三四五六七八九"


def _chinese_day(day: dt.date) -> str:
    """A 成文日期 as a 公文 may write it in Chinese numerals (二〇二一年十一月五日)."""

    def small(value: int) -> str:
        if value < 10:
            return NUMERALS[value]
        tens, ones = divmod(value, 10)
        return ("" if tens == 1 else NUMERALS[tens]) + "十" + (NUMERALS[ones] if ones else "")

    year = "".join(NUMERALS[int(digit)] for digit in str(day.year))
    return f"{year}年{small(day.month)}月{small(day.day)}日"


@text_form("wps_pdf_to_txt_zhuanfa_tongzhi_page_feet")
def wps_pdf_to_txt_zhuanfa_tongzhi_page_feet(story: Story) -> Wrapped:
    """A 红头 转发通知 PDF downloaded from the OA and turned into text by WPS (UTF-8 with a BOM or GB18030, CRLF): the
    masthead, the 文号, 关于转发《headline》的通知 (or a notice of its own), 主送, the notice naming the outlet, 附件,
    the issuer and a later day, then 附件 with the headline, （来源：outlet　day）, the paragraphs as the page's rows,
    each page closed by - N - and the OA's watermark, 抄送 and a later 印发 line."""
    rng = _rng(story, "wps_pdf_to_txt_zhuanfa_tongzhi_page_feet")
    place = rng.choice(PLACES)
    office = f"{place}人民政府办公室"
    short = place[0] + {"县": "政办", "区": "政办", "市": "政办"}[place[-1]]
    issued = _later(story, rng, 2, 12)
    reader = rng.choice(NAMES)
    fetched = issued + dt.timedelta(days=rng.randrange(1, 30), minutes=rng.randrange(600))
    watermark = f"{place}政务协同办公平台　{reader}　{fetched:%Y-%m-%d %H:%M}"
    rows_per_page = 22
    dash = rng.choice(["-", "—"])
    state = {"page": 1, "rows": 0}
    parts: Parts = []

    def row(text: str, own: bool) -> None:
        parts.append((text, own))
        parts.append(("\n", True))
        state["rows"] += 1
        if state["rows"] >= rows_per_page:
            foot(False)

    def foot(last: bool) -> None:
        pad = " " * 40 if state["page"] % 2 else ""
        parts.append((f"{pad}{dash} {state['page']} {dash}\n{watermark}\n", True))
        if not last:
            parts.append(("\f" if rng.random() < 0.3 else "", True))
        state["page"] += 1
        state["rows"] = 0

    parts.append((f"{office}文件\n\n{short}〔{issued.year}〕{rng.randrange(3, 90)}号\n\n", True))
    state["rows"] += 4
    if story.headline:
        parts += [("关于转发《", True), (story.headline, False), ("》的通知\n\n", True)]
    else:
        parts.append(("关于印发招商引资学习材料的通知\n\n", True))
    state["rows"] += 2
    notice: Parts = [("现将", True)]
    if story.outlet:
        notice += [(story.outlet, False), ("刊发的", True)]
    if story.headline:
        notice += [("《", True), (story.headline, False), ("》", True)]
    else:
        notice.append(("有关报道", True))
    notice.append(
        (
            "转发给你们，请结合工作实际，认真学习借鉴，进一步抓好招商引资和项目建设各项工作，推动全县经济高质量发展。",
            True,
        )
    )
    parts.append(("各乡镇人民政府，县直各单位：\n　　", True))
    state["rows"] += 1
    for printed in _rows(notice, 56, indent=4):
        parts += [*printed, ("\n", True)]
        state["rows"] += 1
    parts.append(("\n附件：" + ("学习材料" if not story.headline else ""), True))
    if story.headline:
        parts.append((story.headline, False))
    parts.append((f"\n\n{office}\n{_chinese_day(issued.date())}\n（此件公开发布）\n", True))
    state["rows"] += 7
    foot(False)
    parts.append(("附件\n\n", True))
    state["rows"] += 2
    if story.headline:
        for printed in _wrapped(story.headline, 44):
            row(printed, False)
    info: Parts = []
    if story.outlet:
        info.append((f"来源：{story.outlet}", False))
    if story.published:
        info += [("　" if info else "", True), (_unpadded(story.published), False)]
    if info:
        parts += [("（", True), *info, ("）\n", True)]
        state["rows"] += 1
    for line in story.lines:
        for index, printed in enumerate(_wrapped(line, 56, indent=4)):
            if index == 0:
                parts.append(("　　", True))
            row(printed, False)
    parts.append(
        (
            f"\n抄送：县委办公室，县人大常委会办公室，县政协办公室。\n"
            f"{office}　　　　　　{_unpadded(issued.date())}印发\n",
            True,
        )
    )
    foot(True)
    text, furniture = _joined(parts)
    url = f"file:///C:/Users/{_token(rng, 5)}/Documents/WPS Cloud Files/{short}〔{issued.year}〕转发通知.txt"
    if rng.random() < 0.6:
        return Wrapped(_crlf(text), _listed(furniture), url, encoding="utf-8-sig", kind="text")
    return Wrapped(_crlf(text), _listed(furniture), url, encoding="gb18030", kind="text")


@text_form("zhengwu_duanxin_notice_jushou_huifu")
def zhengwu_duanxin_notice_jushou_huifu(story: Story) -> Wrapped:
    """A notice SMS from a government SMS platform copied from the phone's messages: 【the bureau】 run into the
    headline (or into the first paragraph), the paragraphs, （来源：outlet　day）, 详情 with a short address, the bureau
    again and 拒收请回复R."""
    rng = _rng(story, "zhengwu_duanxin_notice_jushou_huifu")
    place = rng.choice(PLACES)
    bureau = rng.choice([f"{place}投资促进局", f"{place}商务局", f"{place}招商服务中心", f"{place}人民政府"])
    parts: Parts = [(f"【{bureau}】", True)]
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    parts += _body(story)
    info: Parts = []
    if story.outlet:
        info.append((f"来源：{story.outlet}", False))
    if story.published:
        info += [("　" if info else "", True), (_unpadded(story.published), False)]
    if info:
        parts += [("（", True), *info, ("）\n", True)]
    short = f"https://t.{_token(rng, 3)}.example-t26.cn/{_token(rng, 6, ALNUM)}"
    parts.append((f"详情：{short}\n{bureau}\n拒收请回复R", True))
    text, furniture = _joined(parts)
    url = f"sms:106{rng.randrange(10**8, 10**9)}"
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("wecom_gonggao_pc_yidu_queren")
def wecom_gonggao_pc_yidu_queren(story: Story) -> Wrapped:
    """A 企业微信 公告 copied on the PC: 公告, the headline as its title (or a title of its own), the bureau and the
    poster with a later time, 分类, the paragraphs, 来源 and the day, 已读 and 未读 counts, 确认收到, 评论."""
    rng = _rng(story, "wecom_gonggao_pc_yidu_queren")
    place = rng.choice(PLACES)
    bureau = f"{place}{rng.choice(['投资促进局', '商务局', '发展改革局'])}"
    posted = _later(story, rng, 0, 6)
    parts: Parts = [("公告\n", True)]
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    else:
        parts.append((rng.choice(["转发学习", "招商动态", "请各科室阅知"]) + "\n", True))
    parts.append(
        (
            f"{bureau}　{rng.choice(NAMES)}　{posted.year}年{posted.month}月{posted.day}日 {posted:%H:%M}\n"
            f"分类：{rng.choice(['工作动态', '学习资料', '通知'])}\n",
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
        parts += [*info, ("\n", True)]
    read = rng.randrange(5, 80)
    parts.append((f"已读 {read}人　未读 {rng.randrange(0, 20)}人\n确认收到\n评论\n", True))
    text, furniture = _joined(parts)
    url = f"https://work.weixin.example-t26.com/wework_admin/notice/detail?id={rng.randrange(10**15, 10**16)}"
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("tiziqi_app_script_share_zishu_shichang")
def tiziqi_app_script_share_zishu_shichang(story: Story) -> Wrapped:
    """A teleprompter app's script shared as text (or saved on a PC, CRLF): 《the title》 (the headline, or a
    program's), 字数 and 预计时长 at a speed, 创建于 a later time, ——以下为台词——, the opening, maybe 据outlet报道 and
    the day, the paragraphs with 【换气】 and 【停顿】 marks between some, the closing, ——台词结束——, the app's
    credit."""
    rng = _rng(story, "tiziqi_app_script_share_zishu_shichang")
    place = rng.choice(PLACES)
    program = f"{place}新闻"
    speed = rng.choice([180, 200, 220, 240])
    words = sum(len(_squashed(line)) for line in story.lines)
    seconds = words * 60 // speed
    made = _later(story, rng, 0, 2)
    parts: Parts = [("《", True)]
    if story.headline:
        parts.append((story.headline, False))
    else:
        parts.append((f"{program}口播稿", True))
    parts.append(
        (
            f"》\n字数：{words}　预计时长：{seconds // 60}分{seconds % 60}秒（语速{speed}字/分钟）\n"
            f"创建于 {made:%Y-%m-%d %H:%M}\n——以下为台词——\n"
            f"各位观众，大家好！欢迎收看《{program}》。\n",
            True,
        )
    )
    if story.outlet or story.published:
        parts.append(("据", True))
        if story.outlet:
            parts.append((story.outlet, False))
        if story.published:
            parts += [("　" if story.outlet else "", True), (_unpadded(story.published), False)]
        parts.append(("报道：\n", True))
    for index, line in enumerate(story.lines):
        if index and rng.random() < 0.3:
            parts.append((rng.choice(["【换气】", "【停顿】", "【稍慢】"]) + "\n", True))
        parts += [(line, False), ("\n", True)]
    parts.append((f"以上就是本期《{program}》的全部内容，感谢收看，我们下期再见！\n——台词结束——\n", True))
    parts.append((rng.choice(["来自提词全能王", "由芦笋提词器导出", "分享自提词宝App"]) + "\n", True))
    text, furniture = _joined(parts)
    url = f"file:///storage/emulated/0/Download/台本_{made:%Y%m%d%H%M}.txt"
    if rng.random() < 0.3:
        return Wrapped(_crlf(text), _listed(furniture), url, kind="text")
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("toutiaohao_backend_editor_select_all_wenzhang_shezhi")
def toutiaohao_backend_editor_select_all_wenzhang_shezhi(story: Story) -> Wrapped:
    """A 头条号 back-end editor page select-all copied: 头条号, the account and its menu, 发布文章, the title box with
    the headline (or its prompt) and a count, the paragraphs pasted, 来源 with the day, 共N字, 文章设置 (展示封面,
    投放广告, 声明原创, 合集, 同时发布微头条), 草稿已保存 with a later time, 预览, 定时发布 and 发布."""
    rng = _rng(story, "toutiaohao_backend_editor_select_all_wenzhang_shezhi")
    place = rng.choice(PLACES)
    account = f"{place}{rng.choice(['融媒', '发布', '招商'])}"
    parts: Parts = [
        (
            f"头条号\n{account}\n主页\n创作\n文章\n微头条\n视频\n问答\n管理\n作品管理\n评论管理\n数据\n"
            "作品数据\n粉丝数据\n成长指南\n创作权益\n发布文章\n",
            True,
        )
    ]
    if story.headline:
        parts += [(story.headline, False), (f"\n{min(len(story.headline), 30)}/30\n", True)]
    else:
        parts.append(("请输入文章标题（2～30个字）\n0/30\n", True))
    parts += _body(story)
    info: Parts = []
    if story.outlet:
        info.append((f"来源：{story.outlet}", False))
    if story.published:
        info += [("　" if info else "", True), (_unpadded(story.published), False)]
    if info:
        parts += [*info, ("\n", True)]
    words = sum(len(line) for line in story.lines)
    saved = _later(story, rng, 0, 3)
    parts.append(
        (
            f"共 {words} 字\n文章设置\n展示封面\n单图\n三图\n无封面\n投放广告\n投放广告赚收益\n不投放广告\n"
            "声明原创\n作品声明\n合集\n添加至合集\n同时发布微头条\n"
            f"草稿已保存 {saved:%H:%M}\n预览\n定时发布\n发布\n",
            True,
        )
    )
    text, furniture = _joined(parts)
    pgc = rng.randrange(7 * 10**18, 8 * 10**18)
    url = f"https://mp.toutiao.example-t26.com/profile_v4/graphic/publish?pgc_id={pgc}"
    return Wrapped(text, _listed(furniture), url, kind="text")


DEV_T26, LOCKED_T26 = split_by_digest(TEXT_FORMS26, "text round 26/", locked=6)
