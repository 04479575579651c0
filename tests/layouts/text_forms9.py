"""Twelve text capture forms written blind (text round 9): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of site, app, copy tool or document
gives, none of them drawn in text rounds 1 to 8, weighed toward what stands above the headline and between the
headline and the text (a 信息公开 page's fields with an earlier 成文日期, a 答复's salutation and 收悉 preface, a whole
邀请函 before its 附件, a company card with its 成立日期 and tabs, a mini-program's window and nav bars, an AI
assistant's history column and the user's prompt, a browser's 转码 notice, a school site's credits and 编者按, a
Markdown clip's front matter, a photo set's numbered captions, a saved page's bullet lists, a subtitle file's title
cards, an accessibility toolbar and its 大字幕 line), toward what stands inside the text (ads between paragraphs, an
image line, subtitle cues cutting every paragraph into short rows) and below it (an assistant's answer, a 回执, 留言,
comments, recommendation lists, end marks, footers), and toward stories that show no headline (each form then shows
what it would show without one):

- a 县政府 信息公开 page of a 人大代表建议 答复 copied: the platform's name, its menu, a crumb, the fields (索引号,
  发布机构, 文号, 主题分类, an earlier 成文日期, 发布日期, 建议编号, 领衔代表, 答复类别), the headline, the deputy's
  salutation, the 收悉，现答复如下 preface, the text, the thanks, the bureau's signature over the date, 联系单位 with
  联系人 and 电话, 抄送, the tools and the 主办 line;
- a 招商推介会 邀请函 PDF through a text extractor (a form feed after each page): the 推介会's name, 邀　请　函, the
  blank salutation, the invitation with the later event's day, 活动时间/地点/议程/联系方式 with their items, the 附件
  list, the issuer over a later day; then 附件1 往届推介会媒体报道 with the headline, 来源 and 时间, the text; then
  附件2 参会回执 with its table and the note on sending it back;
- a 企查查-like company database's 新闻舆情 page select-all copied and saved by Notepad (UTF-8 with a BOM, CRLF): the
  site's bar and search row, the company's name, its tags, 法定代表人 with 注册资本 and an earlier 成立日期, the
  credit code with 电话 and 地址, the tabs, a crumb, the headline, 来源 and 发布时间, 情感倾向 with 新闻类别 and
  关联企业, the text, 查看原文, the 免责声明, 相关新闻 titles each with a source and a full day, the 风险扫描 call and
  the 客服热线 and ICP line;
- a 微信 mini-program's article on the PC client copied and saved as Unicode text (UTF-16 with a BOM, CRLF): the
  window's bar with its buttons, ‹ 返回 with 资讯详情, the column, the headline, the publisher (the outlet, or the
  bureau, listed) with the time, 浏览 and 点赞, the text, —— 到底啦 ——, the share row, 精选留言 with yearless days,
  更多资讯 titles, the tab bar one tab a line and the provider's line;
- an AI assistant's chat copied whole: the assistant's bar, the history column (今天, the chat's own title, other
  chats, 7天内), the chat's title, the user's prompt, the pasted article (the headline, 来源 and 发布时间, the text),
  the assistant's answer in numbered points, its offer to adjust, the tools, the 由 AI 生成 note and the input box
  with its switches;
- a phone browser's 转码 page select-all copied: the 已为您转码 notice with the original address, the headline, the
  outlet and the time, the text with an ad block (广告, a title, the advertiser with 立即咨询) after the second
  paragraph and every fourth after it and one more after the text, the 转码 声明, 阅读原文, 猜你喜欢 titles each with
  a source and 评, and the browser's bottom bar one button a line;
- a 高校 news site's 媒体关注 page copied and saved by Notepad (GB18030 bytes, CRLF): the school's bar, the news
  site's name with NEWS CENTER, the menu, a crumb, the headline, 来源/发布时间/点击数 on one line, 作者/摄影/编辑/
  审核 on the next, an 编者按 naming the outlet, the text, 原文链接, the tools, 上一条/下一条 and 最新新闻 campus
  titles each with a yearless day, and the address and rights line;
- a 县政府 page clipped by an Obsidian-like Markdown web clipper: the YAML front matter (title holding the headline
  with the column and the site, or the site alone; source; author with the outlet, or bare; published with the
  date, or bare; a later created day; description; tags), a crumb of Markdown links, the headline as # heading,
  发布时间/来源/浏览次数, the text as blank-line-separated paragraphs with an image line after the first, the tools
  and 上一篇/下一篇 as links;
- a 县 news site's 图集 page copied: the site's bar, a crumb, the headline, the time and 来源, 共 N 张 with the view
  modes, every photo's N/M number and caption, the viewer's buttons, the text, 摄影/编辑, 网友评论 with provinces and
  later full times, 上一图集/下一图集, 更多图集 titles and the rights line;
- a 投资促进中心 page saved by Firefox as a text file, in the page's own GB2312 (GB18030 bytes, CRLF): the top links
  and the menu as `   * ` bullet lists, the centre's name, a `>>` crumb, the headline, 发布日期/来源 with an empty
  作者 and 浏览 counts, the paragraphs with blank lines between, [打印本页] [关闭窗口], 相关信息 as a bullet list, the
  友情链接 select's options run on one line and the rights lines;
- a 县 news program's subtitles saved as an .srt file (UTF-8 with a BOM, CRLF): numbered cues with their times, a
  title card (the program's name in 《》 and the date with 星期), the headline's card, the text cut into subtitle rows
  at its marks (the marks dropped), a 记者 card, an 编辑 card and （来源：outlet）;
- a 县政府 page select-all copied with its 无障碍 toolbar open (UTF-8, CRLF): the toolbar's buttons, the 大字幕 line
  repeating what the pointer rests on (the headline, or a menu link), the site's name, the mode switch, the menu, a
  crumb, the headline, 信息来源/发布日期/浏览次数, the 字号 and 护眼 tools, the text, the tools and the 主办, 网站标识码
  and IPv6 lines.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels, or with markup: # headline, author's [[outlet]], a 大字幕 line repeating the headline, a title card's
date with 星期) are the capture's metadata and are not listed, nor are lines that hold the headline among other words
(a clip's title property), nor rows of nothing but tabs or marks (nothing left once squashed). A block of short lines
(a history column, a bullet list, a tab bar, a subtitle cue's number and time, a heading with its item) is listed as
one string: squashed, it is one run of the text.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 9/" + name are `LOCKED_T9`, the other six `DEV_T9`. Round 9 is sealed: not scored when
written, to be scored once, both halves, at the end of the text path's next change.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Iterable

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import _join_lines

TEXT_FORMS9: dict[str, Layout] = {}
NAMES = ["禚海峰", "蔺秀云", "逯志勇", "冼雅婷", "郗建华", "隗丽君", "麻庆丰", "蒿立新"]
PROVINCES = ["江西", "安徽", "湖北", "浙江", "四川", "福建", "湖南"]
# Titles of other items a capture lists (related, neighbouring, more): none is about the story.
OTHERS = [
    "县城区新建两座公共停车楼投入使用",
    "全区开展夏季农村自建房安全排查",
    "镇中心小学新建运动场完工交付",
    "县人民医院胸痛中心通过国家认证",
    "区文旅局举办乡村旅游摄影大赛",
    "县供电公司完成农网改造升级工程",
    "街道开展“清河行动”集中整治",
    "县疾控中心开展夏季爱国卫生运动",
    "全县秋季征兵体检工作启动",
    "区图书馆新增自助借还书服务点",
    "县水利局部署汛期水库安全度汛工作",
    "社区“老少乐”暑期托管班开班",
]
# Titles that ask or exclaim, as apps and browsers set them in their feeds.
ASKED = [
    "高温预警！这些防暑小常识请收好",
    "城区这条路要改造了，你家附近吗？",
    "医保报销比例又提高了？一文读懂",
    "周末去哪儿玩？家门口的网红打卡地来了！",
    "电动车上牌新规，这些情况要注意！",
    "孩子暑假学游泳，家长需要知道什么？",
]
# A 高校 news site's own items.
CAMPUS = [
    "我校举办2021届毕业生供需见面会",
    "学校召开新学期教学工作会议",
    "我校学子在省职业院校技能大赛中获佳绩",
    "学院与多家企业共建现代产业学院",
    "我校开展消防安全应急疏散演练",
    "图书馆举办“悦读月”系列活动",
]
# A photo set's captions, each after the place's name.
CAPTIONS = [
    "经济开发区标准厂房全景",
    "重点项目集中签约仪式现场",
    "客商代表参观企业生产车间",
    "招商推介会会场一角",
    "新落地企业的智能化生产线",
    "园区主干道及配套设施航拍",
]
# A 转码 page's ads: a title and the advertiser.
ADS = [
    ("本地装修公司口碑榜出炉，免费量房出设计方案", "安居家装网"),
    ("新款电动车限时优惠，到店还送头盔和雨衣", "骑遇电动车"),
    ("腰腿疼别硬扛，老中医教你一个小方法", "康源健康百科"),
    ("在家就能报考的职业技能证书，报名入口在这里", "优学职业培训"),
    ("养老保险补缴新规，看看你每月能领多少", "社保服务通"),
]
DIGITS = "〇一二三四五六七八九十"
MARKS = "，。；：！？、,;:!?"


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS9)


def _moment(day: dt.date | None, rng: random.Random) -> dt.datetime | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(rng.randrange(8, 22), rng.randrange(60), rng.randrange(60)))


def _after(day: dt.date | None, rng: random.Random, low: int, high: int) -> dt.date:
    """A day after the story's (an event, a clip, a comment): a date the capture shows, not its own."""
    return (day or dt.date(2021, 6, 18)) + dt.timedelta(days=rng.randrange(low, high))


def _before(day: dt.date | None, rng: random.Random, low: int, high: int) -> dt.date:
    """A day before the story's (a 成文日期, a company's founding): a date the capture shows, not its own."""
    return (day or dt.date(2021, 6, 18)) - dt.timedelta(days=rng.randrange(low, high))


def _unpadded(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _weekday(day: dt.date) -> str:
    return "星期" + "一二三四五六日"[day.weekday()]


def _run(parts: Iterable[str | None], gap: str) -> str | None:
    kept = [part for part in parts if part]
    return gap.join(kept) if kept else None


def _count(rng: random.Random) -> str:
    """A counter as apps print one: plain below ten thousand, in 万 above."""
    value = rng.randrange(12, 90000)
    return f"{value / 10000:.1f}万" if value >= 10000 else str(value)


def _phone(rng: random.Random) -> str:
    return f"0{rng.choice(['571', '791', '551', '27', '28', '591', '731'])}-{rng.randrange(10**7, 10**8)}"


def _mobile(rng: random.Random) -> str:
    return f"1{rng.choice(['39', '58', '87', '35', '77'])}{rng.randrange(10**7, 10**8)}"


def _icp(rng: random.Random) -> str:
    province = rng.choice(["浙", "赣", "皖", "鄂", "川", "闽", "湘"])
    return f"{province}ICP备{rng.randrange(10**7, 10**8)}号-{rng.randrange(1, 6)}"


def _police(rng: random.Random) -> str:
    province = rng.choice(["浙", "赣", "皖", "鄂", "川", "闽", "湘"])
    return f"{province}公网安备 {rng.randrange(10**13, 10**14)}号"


def _numeral(number: int) -> str:
    """One to thirty-one in Chinese numerals, as sessions are numbered."""
    if number <= 10:
        return DIGITS[number]
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")


def _token(rng: random.Random, length: int) -> str:
    return "".join(rng.choice("0123456789abcdefghijkmnpqrstuvwxyz") for _ in range(length))


# ---------------------------------------------------------------- government, company and school pages


@text_form("renda_jianyi_dafu_xxgk_fields")
def renda_jianyi_dafu_xxgk_fields(story: Story) -> Wrapped:
    """A 县政府 信息公开 page of a 人大代表建议 答复 copied: the platform, the menu, a crumb, the fields (索引号,
    发布机构, 文号, 主题分类, an earlier 成文日期, 发布日期, 建议编号, 领衔代表, 答复类别), the headline, the
    salutation, the 收悉 preface, the text, the thanks, the signature over the date, 联系单位, 抄送, the tools and the
    主办 line."""
    rng = _rng(story, "renda_jianyi_dafu_xxgk_fields")
    place = rng.choice(PLACES)
    level = place[-1]
    bureau = f"{place}投资促进局"
    year = story.published.year if story.published else 2021
    site = f"{place}人民政府门户网站　|　政府信息公开平台"
    menu = "信息公开指南　　信息公开制度　　法定主动公开内容　　信息公开年报　　依申请公开　　政策解读"
    crumb = "当前位置：首页 > 政府信息公开 > 法定主动公开内容 > 建议提案办理 > 人大代表建议"
    index = f"索 引 号：{rng.randrange(10**8, 10**9)}/{year}-{rng.randrange(10**5):05d}"
    organ = f"发布机构：{story.outlet or bureau}"
    number = f"文　　号：{place[0]}投促函〔{year}〕{rng.randrange(5, 80)}号"
    topic = "主题分类：综合政务／建议提案办理"
    written = f"成文日期：{_before(story.published, rng, 3, 15):%Y-%m-%d}" if story.published else None
    issued = f"发布日期：{story.published:%Y-%m-%d}" if story.published else None
    serial = rng.randrange(20, 260)
    proposal = f"建议编号：第{serial}号"
    deputy, contact_person = rng.sample(NAMES, 2)
    lead = f"领衔代表：{deputy}"
    kind = "答复类别：A类（所提问题已经解决或者采纳）"
    salutation = f"{deputy}代表："
    session = f"{place}第{_numeral(rng.randrange(15, 20))}届人民代表大会第{_numeral(rng.randrange(1, 6))}次会议"
    preface = (
        f"您在{session}期间提出的《关于进一步优化营商环境加大招商引资力度的建议》（第{serial}号）收悉。经认真研究，"
        "现答复如下："
    )
    thanks = f"感谢您对我{level}招商引资工作的关心和支持，欢迎继续提出宝贵意见。"
    contact = f"联系单位：{bureau}　　联系人：{contact_person}　　联系电话：{_phone(rng)}"
    cc = f"抄送：{level}人大常委会选举任免联络工作委员会，{level}政府督查室。"
    tools = "【收藏】　【打印】　【关闭】"
    host = f"主办：{place}人民政府办公室　　{_icp(rng)}　　{_police(rng)}"
    text = _join_lines(
        [
            site,
            menu,
            crumb,
            index,
            organ,
            number,
            topic,
            written,
            issued,
            proposal,
            lead,
            kind,
            story.headline,
            salutation,
            preface,
            *story.lines,
            thanks,
            "",
            bureau,
            _unpadded(story.published) if story.published else None,
            "",
            contact,
            cc,
            tools,
            host,
        ]
    )
    invented = [] if story.outlet else [organ]
    furniture = (site, menu, crumb, index, *invented, number, topic, *([written] if written else []), proposal, lead)
    furniture += (kind, salutation, preface, thanks, bureau, contact, cc, tools, host)
    return Wrapped(
        text + "\n",
        furniture,
        f"http://www.example-t9-{rng.randrange(100, 999)}.gov.cn/xxgk/jyta/{rng.randrange(10**6)}.html",
        kind="text",
    )


@text_form("qichatong_company_news_sentiment_bom")
def qichatong_company_news_sentiment_bom(story: Story) -> Wrapped:
    """A 企查查-like company database's 新闻舆情 page select-all copied and saved by Notepad (UTF-8 with a BOM, CRLF):
    the bar, the search row, the company, its tags, 法定代表人 with an earlier 成立日期, the credit code with 电话 and
    地址, the tabs, a crumb, the headline, 来源 and 发布时间, 情感倾向/新闻类别/关联企业, the text, 查看原文, the
    免责声明, 相关新闻 with sources and days, the 风险扫描 call and the 客服热线 and ICP line."""
    rng = _rng(story, "qichatong_company_news_sentiment_bom")
    place = rng.choice(PLACES)
    bar = "企查通　|　查企业　查老板　查关系　查风险　　应用中心　　VIP会员　　登录 | 注册"
    search = "请输入企业名称、老板名称、品牌名称等关键词　　查一下"
    company = (
        f"{place[:2]}{rng.choice(['恒泰', '锦润', '华科', '瑞鑫'])}"
        f"{rng.choice(['新材料', '智能装备', '电子科技', '食品'])}有限公司"
    )
    tags = "存续　　高新技术企业　　科技型中小企业　　小微企业"
    founded = _before(story.published, rng, 400, 3000)
    legal = (
        f"法定代表人：{rng.choice(NAMES)}　　注册资本：{rng.randrange(100, 20000)}万元人民币　　"
        f"成立日期：{founded:%Y-%m-%d}"
    )
    code = f"91{rng.randrange(10**14, 10**15)}{rng.choice('ABCDEFGHJKLMNPQRTUWXY')}"
    road = rng.choice(["工业大道", "创新路", "兴业路"])
    place_of = f"{place}经济开发区{road}{rng.randrange(1, 300)}号"
    address = f"统一社会信用代码：{code}　　电话：{_phone(rng)}　　地址：{place_of}"
    tabs = "基本信息　法律诉讼　经营风险　经营信息　企业发展　知识产权　历史信息　新闻舆情 99+"
    crumb = f"首页 > {company} > 新闻舆情 > 新闻详情"
    moment = _moment(story.published, rng)
    info = _run(
        [
            f"来源：{story.outlet}" if story.outlet else None,
            f"发布时间：{moment:%Y-%m-%d %H:%M}" if moment else None,
        ],
        "　　",
    )
    labels = f"情感倾向：正面　　新闻类别：{rng.choice(['投资合作', '项目签约', '经营动态'])}　　关联企业：{company}"
    original = "查看原文 >　　纠错反馈"
    statement = (
        "免责声明：本文内容来源于互联网公开信息，企查通仅作信息展示，不代表本平台观点；如有侵权，请联系我们删除。"
    )
    related = ["相关新闻"]
    for title in rng.sample(OTHERS, 3):
        day = _before(story.published, rng, 1, 200) if rng.random() < 0.5 else _after(story.published, rng, 1, 60)
        source = rng.choice(["中国企业报道网", f"{place[:2]}发布", "经济参考网", "新浪财经"])
        related.append(f"{title}　{source}　{day:%Y-%m-%d}")
    risk = (
        f"风险扫描：自身风险 {rng.randrange(0, 12)}　　关联风险 {rng.randrange(0, 40)}　　"
        f"提示信息 {rng.randrange(1, 30)}　　开通VIP查看全部"
    )
    year = moment.year if moment else 2021
    foot = f"客服热线：400-{rng.randrange(10**6, 10**7)}　　©2014-{year} 企查通 版权所有　　{_icp(rng)}"
    text = _join_lines(
        [
            bar,
            search,
            company,
            tags,
            legal,
            address,
            tabs,
            crumb,
            story.headline,
            info,
            labels,
            *story.lines,
            original,
            statement,
            *related,
            risk,
            foot,
        ],
        newline="\r\n",
    )
    furniture = (bar, search, company, tags, legal, address, tabs, crumb, labels, original, statement, *related)
    furniture += (risk, foot)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"https://www.example-t9-qct.cn/news_detail/{_token(rng, 20)}.html",
        encoding="utf-8-sig",
        kind="text",
    )


@text_form("gaoxiao_news_meiti_guanzhu_gb18030")
def gaoxiao_news_meiti_guanzhu_gb18030(story: Story) -> Wrapped:
    """A 高校 news site's 媒体关注 page copied and saved by Notepad (GB18030, CRLF): the school's bar, the news site's
    name, the menu, a crumb, the headline, 来源/发布时间/点击数, 作者/摄影/编辑/审核, an 编者按, the text, 原文链接,
    the tools, 上一条/下一条, 最新新闻 with yearless days, and the address and rights line."""
    rng = _rng(story, "gaoxiao_news_meiti_guanzhu_gb18030")
    place = rng.choice(PLACES)
    school = f"{place[:2]}{rng.choice(['职业技术学院', '理工学院', '师范学院', '科技学院'])}"
    top = f"{school}首页　|　新闻网首页　|　投稿系统　|　English"
    site = f"{school}新闻网　NEWS CENTER"
    menu = "首页　综合新闻　院部动态　教学科研　媒体关注　校园人物　图说校园　视频新闻　专题专栏"
    crumb = "当前位置：首页 > 媒体关注 > 正文"
    hits = f"点击数：{rng.randrange(30, 5000)}"
    info = _run(
        [
            f"来源：{story.outlet}" if story.outlet else None,
            f"发布时间：{story.published:%Y-%m-%d}" if story.published else None,
            hits,
        ],
        "　　",
    )
    reporter, photographer, editor, checker = rng.sample(NAMES, 4)
    credits = f"作者：{reporter}　　摄影：{photographer}　　编辑：{editor}　　审核：{checker}"
    note = (
        f"编者按：近日，{story.outlet or '媒体'}刊发报道，关注我校与{place}开展校地合作、服务地方招商引资工作的情况。"
        "现予转载，以飨读者。"
    )
    link = f"原文链接：http://www.example-t9-{rng.randrange(100, 999)}.cn/news/{rng.randrange(10**6)}.html"
    tools = "【关闭窗口】　【打印本页】　【返回顶部】"
    before, after, *latest_titles = rng.sample(CAMPUS, 5)
    latest = ["最新新闻"]
    for title in latest_titles:
        latest.append(f"{title}　{_after(story.published, rng, 1, 40):%m-%d}")
    road = rng.choice(["学院路", "大学城路", "文昌大道"])
    foot = (
        f"地址：{place}{road}{rng.randrange(1, 300)}号　　邮编：{rng.randrange(10**5, 10**6)}　　"
        f"版权所有 © {school}党委宣传部　　{_icp(rng)}"
    )
    text = _join_lines(
        [
            top,
            site,
            menu,
            crumb,
            story.headline,
            info,
            credits,
            note,
            *story.lines,
            link,
            tools,
            f"上一条：{before}",
            f"下一条：{after}",
            *latest,
            foot,
        ],
        newline="\r\n",
    )
    furniture = (top, site, menu, crumb, hits, credits, note, link, tools, f"上一条：{before}", f"下一条：{after}")
    furniture += (*latest, foot)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"http://news.example-t9-{rng.randrange(100, 999)}.edu.cn/info/1013/{rng.randrange(10**4, 10**5)}.htm",
        encoding="gb18030",
        kind="text",
    )


@text_form("wuzhangai_toolbar_dazimu_crlf")
def wuzhangai_toolbar_dazimu_crlf(story: Story) -> Wrapped:
    """A 县政府 page select-all copied with its 无障碍 toolbar open (UTF-8, CRLF): the toolbar, the 大字幕 line with
    what the pointer rests on (the headline, or a menu link), the site, the mode switch, the menu, a crumb, the
    headline, 信息来源/发布日期/浏览次数, the 字号 and 护眼 tools, the text, the tools, 主办, 网站标识码 and the IPv6
    line."""
    rng = _rng(story, "wuzhangai_toolbar_dazimu_crlf")
    place = rng.choice(PLACES)
    toolbar = (
        "无障碍浏览工具条　　声音：开　　语速：中速　　阅读方式：连读　　配色　　放大　　缩小　　大鼠标　　十字线　　"
        "大字幕　　纯文本　　重置　　读屏专用　　退出服务"
    )
    item = rng.choice(["招商引资", "政务公开", "投资环境", "走进" + place])
    pointed = story.headline if story.headline and rng.random() < 0.5 else f"链接　{item}"
    shown = [] if pointed == story.headline else [pointed]
    site = f"{place}人民政府"
    modes = "长者模式　|　无障碍　|　English　|　手机版"
    menu = f"首页　政务公开　政务服务　互动交流　投资环境　招商引资　走进{place}"
    crumb = "您当前的位置：首页 > 招商引资 > 招商动态"
    views = f"浏览次数：{rng.randrange(20, 6000)}"
    info = _run(
        [
            f"信息来源：{story.outlet}" if story.outlet else None,
            f"发布日期：{story.published:%Y-%m-%d}" if story.published else None,
            views,
        ],
        "　　",
    )
    size = "【字号：大　中　小】　【护眼模式】　【语音播报】"
    tools = "【打印本页】　【关闭窗口】　【分享】"
    host = f"主办单位：{place}人民政府办公室　　联系电话：{_phone(rng)}"
    ids = f"网站标识码：{rng.randrange(10**9, 10**10)}　　{_icp(rng)}　　{_police(rng)}"
    ipv6 = "本网站支持IPv6访问　　建议使用1366×768以上分辨率浏览"
    text = _join_lines(
        [
            toolbar,
            pointed,
            site,
            modes,
            menu,
            crumb,
            story.headline,
            info,
            size,
            *story.lines,
            tools,
            host,
            ids,
            ipv6,
        ],
        newline="\r\n",
    )
    furniture = (toolbar, *shown, site, modes, menu, crumb, views, size, tools, host, ids, ipv6)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"http://www.example-t9-{rng.randrange(100, 999)}.gov.cn/art/{rng.randrange(10**6)}.html",
        kind="text",
    )


@text_form("tuji_photo_set_numbered_captions")
def tuji_photo_set_numbered_captions(story: Story) -> Wrapped:
    """A 县 news site's 图集 page copied: the bar, a crumb, the headline, the time and 来源, 共 N 张 with the modes,
    every photo's N/M number and caption, the viewer's buttons, the text, 摄影/编辑, 网友评论 with later full times,
    上一图集/下一图集, 更多图集 and the rights line."""
    rng = _rng(story, "tuji_photo_set_numbered_captions")
    place = rng.choice(PLACES)
    site = f"{place[:2]}新闻网"
    bar = f"{site}　　首页　新闻　图片　视频　专题　融媒矩阵　　登录"
    crumb = f"{site} > 图片 > 图集"
    moment = _moment(story.published, rng)
    meta = _run(
        [f"{moment:%Y-%m-%d %H:%M}" if moment else None, f"来源：{story.outlet}" if story.outlet else None], "　　"
    )
    size = rng.randrange(4, 7)
    count = f"共 {size} 张　　大图模式 | 列表模式"
    shots = [f"{number}/{size}　{place}{caption}" for number, caption in enumerate(rng.sample(CAPTIONS, size), 1)]
    viewer = "‹ 上一张　　下一张 ›　　查看原图　　全屏浏览"
    photographer, editor = rng.sample(NAMES, 2)
    credits = f"摄影：{photographer}　　编辑：{editor}"
    comments = [f"网友评论（{rng.randrange(2, 80)}）"]
    for user, said in zip(
        rng.sample(["山城小雨", "园区打工人", "老家在东江", "北塘街坊"], 2),
        ["厂房建得真漂亮，期待早点招工！", "家乡的变化太大了，点赞"],
        strict=True,
    ):
        when = dt.datetime.combine(_after(story.published, rng, 0, 4), dt.time(rng.randrange(7, 23), rng.randrange(60)))
        comments += [f"{user}　{rng.choice(PROVINCES)}网友", said, f"{when:%Y-%m-%d %H:%M}　回复　赞"]
    before, after, *more_titles = rng.sample(OTHERS, 5)
    neighbours = [f"上一图集：{before}", f"下一图集：{after}"]
    more = ["更多图集", *more_titles]
    rights = f"{site}版权所有，未经授权不得转载　　{_icp(rng)}"
    text = _join_lines(
        [
            bar,
            crumb,
            story.headline,
            meta,
            count,
            *shots,
            viewer,
            *story.lines,
            credits,
            *comments,
            *neighbours,
            *more,
            rights,
        ]
    )
    furniture = (bar, crumb, count, *shots, viewer, credits, *comments, *neighbours, *more, rights)
    return Wrapped(
        text,
        furniture,
        f"https://www.example-t9-{rng.randrange(100, 999)}.cn/tuji/{rng.randrange(10**5, 10**6)}.html",
        kind="text",
    )


# ---------------------------------------------------------------- apps, browsers and copy tools


@text_form("miniprogram_pc_window_tabbar_utf16")
def miniprogram_pc_window_tabbar_utf16(story: Story) -> Wrapped:
    """A 微信 mini-program's article on the PC client copied and saved as Unicode text (UTF-16, CRLF): the window's
    bar, ‹ 返回 with 资讯详情, the column, the headline, the publisher with the time, 浏览 and 点赞, the text,
    —— 到底啦 ——, the share row, 精选留言 with yearless days, 更多资讯, the tab bar and the provider's line."""
    rng = _rng(story, "miniprogram_pc_window_tabbar_utf16")
    place = rng.choice(PLACES)
    app = f"{place[:2]}投资服务"
    window = f"{app}　　···　　—　　□　　×"
    nav = "‹ 返回　　资讯详情"
    column = f"招商动态 · {rng.choice(['项目签约', '园区建设', '招商活动'])}"
    publisher = story.outlet or f"{place}投资促进局"
    invented = [] if story.outlet else [publisher]
    moment = _moment(story.published, rng)
    meta = _run([publisher, f"{moment:%Y-%m-%d %H:%M}" if moment else None], "　")
    counters = f"浏览 {_count(rng)}　　点赞 {rng.randrange(0, 300)}"
    end = "—— 到底啦 ——"
    share = "分享给好友　　生成海报　　收藏"
    notes = ["精选留言"]
    for user, said in zip(
        rng.sample(["园区小刘", "一棵白杨", "青山老表", "阿珍在外地"], 2),
        ["希望项目早日投产，带动家门口就业", "服务企业的效率越来越高了"],
        strict=True,
    ):
        notes.append(f"{user}　{said}　{_after(story.published, rng, 0, 5):%m-%d}　赞 {rng.randrange(0, 60)}")
    more = ["更多资讯"]
    for title in rng.sample(ASKED, 2) + rng.sample(OTHERS, 1):
        more.append(f"{title}　{_after(story.published, rng, 1, 30):%m-%d}")
    tabbar = "\n".join(["首页", "项目", "资讯", "政策", "我的"])
    provider = f"本小程序由{place}投资促进局提供服务　　技术支持：{place[:2]}云数科技"
    text = _join_lines(
        [
            window,
            nav,
            column,
            story.headline,
            meta,
            counters,
            *story.lines,
            end,
            share,
            *notes,
            *more,
            *tabbar.split("\n"),
            provider,
        ],
        newline="\r\n",
    )
    furniture = (*invented, window, nav, column, counters, end, share, *notes, *more, tabbar, provider)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"file:///小程序-{app}-{rng.randrange(10**4)}.txt",
        encoding="utf-16",
        kind="text",
    )


@text_form("ai_assistant_chat_pasted_article")
def ai_assistant_chat_pasted_article(story: Story) -> Wrapped:
    """An AI assistant's chat copied whole: the bar, the history column, the chat's title, the user's prompt, the
    pasted article (the headline, 来源 and 发布时间, the text), the answer in numbered points, the offer to adjust,
    the tools, the 由 AI 生成 note and the input box with its switches."""
    rng = _rng(story, "ai_assistant_chat_pasted_article")
    assistant = rng.choice(["智言AI助手", "小满AI", "知行助手"])
    bar = f"{assistant}　　新对话　　历史记录　　下载电脑版　　登录"
    title = rng.choice(["新闻稿压缩为工作信息", "招商新闻要点提炼", "稿件改写为简报信息"])
    history = "\n".join(["今天", title, "会议通知格式模板", "7天内", "园区简介润色", "招商推介词初稿"])
    prompt = rng.choice(
        [
            "帮我把下面这篇稿子压缩成300字左右的工作信息，语言正式一些：",
            "提炼一下这篇新闻的要点，用于周例会汇报：",
            "把下面的报道改写成一条简报信息，不超过400字：",
        ]
    )
    moment = _moment(story.published, rng)
    pasted_info = _run(
        [
            f"来源：{story.outlet}" if story.outlet else None,
            f"发布时间：{moment:%Y-%m-%d %H:%M}" if moment else None,
        ],
        "　　",
    )
    answer = [
        "好的，以下是整理后的内容：",
        "一、总体情况：文章介绍了当地近期在招商引资方面的工作进展和主要成效。",
        "二、主要做法：突出产业链招商和精准招商，强化项目跟踪服务和要素保障。",
        "三、下一步打算：持续优化营商环境，推动签约项目早落地、早投产、早见效。",
        "如需调整字数、语气或格式，请告诉我。",
    ]
    tools = "复制　　重新生成　　分享　　👍　　👎"
    note = "本回答由 AI 生成，内容仅供参考，请仔细甄别。"
    box = "\n".join(["发消息、输入 @ 或 / 选择技能", "深度思考　　联网搜索　　上传文件"])
    text = _join_lines(
        [
            bar,
            history,
            title,
            prompt,
            story.headline,
            pasted_info,
            *story.lines,
            *answer,
            tools,
            note,
            box,
        ]
    )
    furniture = (bar, history, title, prompt, *answer, tools, note, box)
    return Wrapped(
        text + "\n",
        furniture,
        f"https://ai.example-t9-assistant.cn/chat/{_token(rng, 16)}",
        kind="text",
    )


@text_form("browser_zhuanma_inline_ads")
def browser_zhuanma_inline_ads(story: Story) -> Wrapped:
    """A phone browser's 转码 page select-all copied: the 已为您转码 notice with the original address, the headline,
    the outlet and the time, the text with ad blocks after the second paragraph and every fourth after it and one
    after the text, the 转码 声明, 阅读原文, 猜你喜欢 with sources and 评, and the browser's bottom bar."""
    rng = _rng(story, "browser_zhuanma_inline_ads")
    browser = rng.choice(["极速浏览器", "轻快浏览器", "云帆浏览器"])
    domain = f"www.example-t9-{rng.randrange(100, 999)}.gov.cn"
    notice = f"已为您转码，浏览更流畅　　查看原网页　　原网址：{domain}"
    moment = _moment(story.published, rng)
    meta = _run([story.outlet, f"{moment:%Y-%m-%d %H:%M}" if moment else None], "　")
    ads = ["\n".join(["广告", title, f"{advertiser}　　立即咨询"]) for title, advertiser in rng.sample(ADS, len(ADS))]
    body: list[str] = []
    placed: list[str] = []
    lines = list(story.lines)
    for index, line in enumerate(lines):
        body.append(line)
        if index % 4 == 1 and index < len(lines) - 1 and len(placed) < len(ads) - 1:
            placed.append(ads[len(placed)])
            body += placed[-1].split("\n")
    closing = ads[len(placed)]
    statement = f"声明：本页面由{browser}自动转码生成，内容及版权归原网页所有。"
    read = "阅读原文　　举报"
    feed = ["猜你喜欢"]
    for title in rng.sample(ASKED, 2) + rng.sample(OTHERS, 1):
        feed.append(f"{title}\n{rng.choice(['本地宝', '看点快报', '城事观察'])}　{rng.randrange(0, 900)}评")
    bottom = "\n".join(["后退", "前进", "菜单", "窗口", "主页"])
    text = _join_lines(
        [
            notice,
            story.headline,
            meta,
            *body,
            *closing.split("\n"),
            statement,
            read,
            *"\n".join(feed).split("\n"),
            *bottom.split("\n"),
        ]
    )
    furniture = (notice, *placed, closing, statement, read, *feed, bottom)
    return Wrapped(
        text,
        furniture,
        f"https://m.example-t9-browser.cn/transcode?url={domain}%2Fart%2F{rng.randrange(10**6)}.html",
        kind="text",
    )


@text_form("markdown_clipper_front_matter")
def markdown_clipper_front_matter(story: Story) -> Wrapped:
    """A 县政府 page clipped by an Obsidian-like Markdown web clipper: the front matter (title with the headline, or
    the site alone; source; author; published; a later created day; description; tags), a crumb of links, the
    # headline, 发布时间/来源/浏览次数, the paragraphs with an image line after the first, the tools and the links."""
    rng = _rng(story, "markdown_clipper_front_matter")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column, slug = rng.choice([("部门动态", "bmdt"), ("招商引资", "zsyz"), ("乡镇动态", "xzdt")])
    domain = f"http://www.example-t9-{rng.randrange(100, 999)}.gov.cn"
    year = story.published.year if story.published else 2021
    url = f"{domain}/{slug}/{year}/{rng.randrange(10**5, 10**6)}.html"
    page_title = f"{story.headline}_{column}_{site}" if story.headline else site
    title_line = f'title: "{page_title}"'
    source = f'source: "{url}"'
    author = f'author:\n  - "[[{story.outlet}]]"' if story.outlet else "author:"
    published = f"published: {story.published:%Y-%m-%d}" if story.published else "published:"
    created = f"created: {_after(story.published, rng, 1, 400):%Y-%m-%d}"
    description = f'description: "{site}门户网站"'
    tags = 'tags:\n  - "clippings"'
    bare = [line for line in (author, published) if line.endswith(":")]
    crumb = f"[首页]({domain}/) > [{column}]({domain}/{slug}/) > 正文"
    views = f"浏览次数：{rng.randrange(20, 5000)}"
    info = _run(
        [
            f"发布时间：{story.published:%Y-%m-%d}" if story.published else None,
            f"来源：{story.outlet}" if story.outlet else None,
            views,
        ],
        "　　",
    )
    image = f"![]({domain}/images/{year}/{_token(rng, 12)}.jpg)"
    lines = list(story.lines)
    body: list[str] = []
    for index, line in enumerate(lines):
        body += [line, ""]
        if index == 0 and len(lines) > 1:
            body += [image, ""]
    shown = [image] if len(lines) > 1 else []
    tools = "[【打印本页】](#)　[【关闭窗口】](#)"
    before, after = rng.sample(OTHERS, 2)
    previous = f"上一篇：[{before}]({domain}/{slug}/{year}/{rng.randrange(10**5, 10**6)}.html)"
    following = f"下一篇：[{after}]({domain}/{slug}/{year}/{rng.randrange(10**5, 10**6)}.html)"
    text = _join_lines(
        [
            "---",
            title_line,
            source,
            author,
            published,
            created,
            description,
            tags,
            "---",
            crumb,
            "",
            f"# {story.headline}" if story.headline else None,
            "" if story.headline else None,
            info,
            "",
            *body,
            tools,
            "",
            previous,
            following,
        ]
    )
    untitled = [] if story.headline else [title_line]
    furniture = (*untitled, source, *bare, created, description, tags, crumb, views, *shown, tools, previous)
    furniture += (following,)
    return Wrapped(text + "\n", furniture, f"file:///Clippings/{rng.randrange(10**4)}.md", kind="text")


@text_form("firefox_save_as_text_bullets_gb18030")
def firefox_save_as_text_bullets_gb18030(story: Story) -> Wrapped:
    """A 投资促进中心 page saved by Firefox as a text file in the page's GB2312 (GB18030, CRLF): the top links and the
    menu as `   * ` bullets, the centre's name, a `>>` crumb, the headline, 发布日期/来源 with an empty 作者 and 浏览,
    the paragraphs with blank lines between, [打印本页] [关闭窗口], 相关信息 bullets, the 友情链接 options and the
    rights lines."""
    rng = _rng(story, "firefox_save_as_text_bullets_gb18030")
    place = rng.choice(PLACES)
    centre = f"{place}投资促进中心"
    top = "\n".join(["   * 设为首页", "   * 加入收藏", "   * 联系我们"])
    menu = "\n".join(
        f"   * {item}" for item in ["首页", "中心概况", "招商动态", "投资环境", "优惠政策", "项目发布", "办事指南"]
    )
    crumb = "您现在的位置：首页 >> 招商动态 >> 正文"
    counter = f"作者：　　浏览：{rng.randrange(20, 4000)}次"
    info = _run(
        [
            f"发布日期：{story.published:%Y-%m-%d}" if story.published else None,
            f"来源：{story.outlet}" if story.outlet else None,
            counter,
        ],
        "　　",
    )
    body: list[str] = []
    for line in story.lines:
        body += [line, ""]
    tools = "[打印本页] [关闭窗口]"
    related = "\n".join(["相关信息：", *(f"   * {title}" for title in rng.sample(OTHERS, 3))])
    links = "友情链接： --请选择-- 中国政府网 省人民政府 市人民政府 市商务局 市发展和改革委员会"
    road = rng.choice(["人民路", "府前大道", "新城路"])
    rights = "\n".join(
        [
            f"版权所有：{centre}　　地址：{place}{road}{rng.randrange(1, 200)}号　　电话：{_phone(rng)}",
            f"{_icp(rng)}　　建议使用1024×768分辨率浏览",
        ]
    )
    text = _join_lines(
        [
            top,
            "",
            centre,
            "",
            menu,
            "",
            crumb,
            "",
            story.headline,
            "" if story.headline else None,
            info,
            "",
            *body,
            tools,
            "",
            related,
            "",
            links,
            "",
            rights,
        ]
    ).replace("\n", "\r\n")
    furniture = (top, centre, menu, crumb, counter, tools, related, links, rights)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"file:///{centre}-{rng.randrange(10**4)}.txt",
        encoding="gb18030",
        kind="text",
    )


def _subtitle_rows(paragraph: str, width: int) -> list[str]:
    """A paragraph as a subtitle file sets it: cut after its marks into rows of at most `width` characters (a long
    clause cut where the row is full), the marks inside a row turned to spaces and those at its end dropped."""
    rows: list[str] = []
    current = ""
    for piece in re.split(f"(?<=[{MARKS}])", paragraph):
        if len(current) + len(piece) <= width:
            current += piece
            continue
        if current:
            rows.append(current)
        while len(piece) > width:
            rows.append(piece[:width])
            piece = piece[width:]
        current = piece
    if current:
        rows.append(current)
    cleaned = [re.sub(f"[{MARKS}]", " ", row).strip() for row in rows]
    return [row for row in cleaned if re.sub(r"[\W_]+", "", row)]


def _stamp(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    whole, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{whole:02d},{millis:03d}"


@text_form("srt_subtitles_title_cards_bom")
def srt_subtitles_title_cards_bom(story: Story) -> Wrapped:
    """A 县 news program's subtitles saved as .srt (UTF-8 with a BOM, CRLF): numbered cues with their times, the
    program's title card with the date, the headline's card, the text cut into rows at its marks, a 记者 card, an
    编辑 card and （来源：outlet）."""
    rng = _rng(story, "srt_subtitles_title_cards_bom")
    place = rng.choice(PLACES)
    program = f"《{place[:2]}新闻》"
    reporter, cameraman, editor = rng.sample(NAMES, 3)
    cards: list[tuple[list[str], bool]] = []  # a cue's rows, and whether they are furniture
    if story.published:
        cards += [([program], True), ([f"{story.published:%Y年%m月%d日}　{_weekday(story.published)}"], False)]
    else:
        cards.append(([program], True))
    if story.headline:
        cards.append(([story.headline], False))
    width = rng.randrange(14, 19)
    for line in story.lines:
        cards += [([row], False) for row in _subtitle_rows(line, width)]
    cards += [([f"记者　{reporter}　{cameraman}"], True), ([f"编辑　{editor}"], True)]
    if story.outlet:
        cards.append(([f"（来源：{story.outlet}）"], False))
    clock = rng.uniform(0.5, 2.0)
    cues: list[str] = []
    heads: list[str] = []
    furniture_rows: list[str] = []
    for number, (rows, furniture) in enumerate(cards, 1):
        length = max(1.2, sum(len(row) for row in rows) / 4.5)
        head = f"{number}\n{_stamp(clock)} --> {_stamp(clock + length)}"
        clock += length + rng.choice([0.04, 0.08, 0.12])
        heads.append(head)
        cues.append("\n".join([head, *rows]))
        if furniture:
            furniture_rows += rows
    text = "\n\n".join(cues).replace("\n", "\r\n")
    return Wrapped(
        text + "\r\n",
        (*heads, *furniture_rows),
        f"file:///{place[:2]}新闻-{rng.randrange(10**4)}.srt",
        encoding="utf-8-sig",
        kind="text",
    )


# ---------------------------------------------------------------- documents


@text_form("tuijiehui_yaoqinghan_pdf_fujian_huizhi")
def tuijiehui_yaoqinghan_pdf_fujian_huizhi(story: Story) -> Wrapped:
    """A 招商推介会 邀请函 PDF through a text extractor (a form feed after each page): the 推介会, 邀　请　函, the blank
    salutation, the invitation with the later event's day, 活动时间/地点/议程/联系方式, the 附件 list, the issuer over a
    later day; 附件1 往届推介会媒体报道 with the headline, 来源 and 时间, the text; 附件2 参会回执 with its table and
    note."""
    rng = _rng(story, "tuijiehui_yaoqinghan_pdf_fujian_huizhi")
    place = rng.choice(PLACES)
    city, region = rng.choice([("上海", "长三角"), ("深圳", "粤港澳大湾区"), ("北京", "京津冀"), ("杭州", "长三角")])
    sent = _after(story.published, rng, 20, 60)
    event = sent + dt.timedelta(days=rng.randrange(10, 30))
    meeting = f"{place}（{city}）{event.year}年{region}招商推介会"
    heading = "邀　请　函"
    greeting = "尊敬的＿＿＿＿＿＿＿＿先生／女士："
    invitation = (
        f"　　为进一步宣传推介{place}投资环境，深化与{region}企业家的交流合作，{place}人民政府定于"
        f"{_unpadded(event)}在{city}举办{meeting}。诚挚邀请您拨冗出席！"
    )
    hotel = f"{city}{rng.choice(['国际会议中心', '锦江大酒店', '世纪饭店'])}"
    sections = [
        ["一、活动时间", f"{_unpadded(event)}（{_weekday(event)}）下午14:00—17:30（13:30开始签到）"],
        ["二、活动地点", f"{hotel}{rng.choice(['二', '三', '五'])}楼多功能厅"],
        [
            "三、活动议程",
            "（一）主持人介绍与会领导和嘉宾",
            f"（二）{place}主要领导致辞",
            f"（三）播放{place}招商宣传片",
            "（四）投资环境及重点产业推介",
            "（五）重点项目集中签约",
            "（六）客商代表发言",
        ],
    ]
    first, second = rng.sample(NAMES, 2)
    sections.append(["四、联系方式", f"联系人：{first}　{_mobile(rng)}", f"联系人：{second}　{_mobile(rng)}"])
    attached = ["附件：1. 往届推介会媒体报道", "　　　2. 参会回执"]
    signed = [f"{place}投资促进局", _unpadded(sent)]
    report = ["附件1", "往届推介会媒体报道"]
    info = _run(
        [
            f"来源：{story.outlet}" if story.outlet else None,
            f"时间：{_unpadded(story.published)}" if story.published else None,
        ],
        "　　",
    )
    receipt = ["附件2", "参会回执"]
    table = ["单位名称\t\t所属行业\t", "姓　名\t职　务\t手　机\t是否用餐"]
    blank = ["\t\t\t", "\t\t\t", "\t\t\t"]
    deadline = event - dt.timedelta(days=rng.randrange(3, 8))
    note = (
        f"注：请于{_unpadded(deadline)}前将回执发送至邮箱 zsj{rng.randrange(100, 999)}@example-t9-tz.cn，"
        f"或传真至{_phone(rng)}，以便安排座位。"
    )
    pages = [
        [
            meeting,
            "",
            heading,
            "",
            greeting,
            invitation,
            *(row for section in sections for row in section),
            "",
            *attached,
            "",
            *signed,
        ],
        [*report, "", story.headline, info, "", *story.lines],
        [*receipt, "", *table, *blank, "", note],
    ]
    text = "".join(_join_lines(page) + "\n\f" for page in pages)
    furniture = (meeting, heading, greeting, invitation, *("\n".join(section) for section in sections))
    furniture += ("\n".join(attached), "\n".join(signed), "\n".join(report), "\n".join(receipt), "\n".join(table))
    furniture += (note,)
    return Wrapped(text, furniture, f"file:///邀请函-{rng.randrange(10**4)}.txt", kind="text")


DEV_T9, LOCKED_T9 = split_by_digest(TEXT_FORMS9, "text round 9/", locked=6)
