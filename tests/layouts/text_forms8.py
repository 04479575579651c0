"""Twelve text capture forms written blind (text round 8): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of site, app, copy tool or document
gives, none of them drawn in text rounds 1 to 7, weighed toward what stands above the headline and between the
headline and the text (a message board's region switcher and a netizen's quoted message, a 政策解读 page's tabs,
解读机关 and 关联文件, English labels on a bilingual page, a project listing's fields, an e-paper page's neighbouring
article and 引题, a mobile page's 阅读 and 听新闻 lines, a fax's header and a 红头 masthead with its 主送, numbered
links, an archive's capture bar, an AI 摘要 box, a news database's document list, a 开发区's park figures and its
发布者), toward what stands inside the text (a caption, a 展开全文 fold with its 剩余 share, a fax header cutting a
paragraph at each page, paragraphs wrapped at a terminal's width) and below it, and toward stories that show no
headline (each form then shows what it would show without one):

- a 人民网 地方领导留言板 地方回应 page select-all copied on a PC: the board's bar, 当前地区 with [切换地区], the
  region's 留言/回复 tally with its 回复率, a crumb, the headline, the time and 来源, the 【网友留言】 box (留言对象,
  a 留言标题 of the netizen's own, 留言时间 before the story's day, 类型/领域/状态 and the message) and 【办理回应】
  between the headline and the text, （责编：A、B）, 分享到, a 我要留言 call, 最新回复 titles each with a later
  yearless day, and the rights line;
- a 县政府 portal's 政策解读 page copied and saved by Notepad (UTF-8, CRLF): 简体版 | 繁體版 | 移动版, the site's
  name, its menu, a crumb, the headline, 发布时间 and 信息来源, 浏览次数 with 【字体】【打印】, the 文字解读 | 图文解读
  | 视频解读 tabs, 解读机关, 解读人, 关联文件：《policy》（文号）, the text, the 相关文件 box (政策原文, 配套文件),
  相关解读 titles, the tools, 手机扫码阅读本页 and the 主办 and 网站标识码 lines;
- a 省商务厅's 外资 page in Chinese and English copied: 中文 | English | 日本語 | 한국어, the department's names in
  both, a bilingual menu, the column's name with FOREIGN INVESTMENT NEWS, a bilingual crumb, the headline, Date:,
  Source: and Views: on one line, the Font/Print/Close tools, the text, Editor 编辑：, the Share row, Related News
  相关新闻 titles, the Investment Hotline and the bilingual rights line;
- a 招商项目 listing on a 招商网 copied: the site's bar with its 客服热线, the logo line, the search row, a crumb
  ending in the industry, 项目编号, 项目名称：headline, 所属行业, 投资总额, 合作方式, 项目所在地, 发布单位：outlet,
  发布日期, a later 有效期至, 浏览次数 and 收藏, the action row, the 项目详情 tabs, 【项目简介】, the text, the
  【联系方式】 lines, the 温馨提示, 相似项目推荐 each with 投资额 and its province, and the rights line;
- an e-paper 版面 PDF through a text extractor (a form feed at the page's end): the paper (the outlet, or an
  invented one, listed), the date with 星期, 第N版：section, the page's editors, a neighbouring article (its
  headline, 本报讯 and paragraphs) above the story, an 引题 over the headline, 本报记者/通讯员, the text with a ▲
  photo caption, a second neighbour below, a 遗失声明 and the page's hotline line;
- a local news site's mobile page select-all copied with the rest of the text folded under 展开全文: the site's
  bar with 打开APP, the channel menu, the headline, 来源, the time, 阅读 and 听新闻 with its length, the text with
  剩余N%未读 and 展开全文 where the fold falls, 编辑/审核, the APP call, 相关推荐 titles each with 评论 and APP内打开,
  —— 没有更多了 ——, the 电脑版 | 返回顶部 line and the floating APP内阅读;
- a 红头文件 received by fax and put through OCR (UTF-16 with a BOM, CRLF): the fax machine's header line (a later
  day, the sender's number and name, P.N/M) at the top of every page, cutting a paragraph where a page ends, the
  …人民政府办公室文件 masthead, the 文号, the headline, the 主送 line, the text in lines of the page's width,
  （来源：outlet）, the issuer, the date in Chinese numerals (二〇二一年六月十八日), （此件公开发布）, 抄送, a later
  印发 line and the 回电 note;
- a 商务局 page dumped by a text-mode browser (lynx -dump): the logo's and the menu's numbered links, the search
  field, a crumb, the headline centred, 发布时间 and 来源 with 点击数, every paragraph wrapped at the terminal's
  width and indented, the QR image's name, the tools and 上一篇/下一篇 as numbered links, the 版权所有 and ICP lines
  and the References list of every link's address;
- an archived copy of a 县政府 page on the Wayback Machine select-all copied: The Wayback Machine - the archived
  address with its time stamp (the capture's later day), the capture bar (N captures, the first and last capture
  days, the months and years, About this capture, COLLECTED BY, TIMESTAMPS), then the page: 今天是 a day the
  replay shows, the site, its menu, a crumb, the headline, 发布时间 and 来源, the text, the tools and the footer;
- a 腾讯新闻 PC page select-all copied (UTF-8 with a BOM, CRLF): 腾讯网's bar, 登录 with the client, a `>` crumb,
  the headline, the account (the outlet, or an invented one, listed), +关注 with 粉丝, the time, 发布于 a province,
  听全文 with its length, the AI摘要 box with its note, the text with a 图片来源 caption, the 免责声明, the like
  row, 评论, 推荐阅读 titles each with a source and 评论, 热点精选 titles that ask or exclaim, and the rights line;
- a 慧科 WiseNews-like news database's export (UTF-8, CRLF), its labels in Traditional script: 慧科搜索, 列印日期
  with a user, 搜尋條件, 文件列表（共 3 篇） with the story's entry among two others, then 文件 1 / 3 (another
  paper's article), 文件 2 / 3 (the outlet, the date, 版面 with 字數, the headline, the text, 文章編號 with the
  story's day run into it), 文件 3 / 3, and the 慧科 rights note after each;
- a 经济技术开发区 管委会 site select-all copied and saved by Notepad (GB18030 bytes, CRLF): the 管委会's name with
  国家级经济技术开发区, a slogan, the 投资热线 bar with 中文 English, the menu, the park's figures (入驻企业,
  规上工业企业, 产值), 招商动态 INVESTMENT NEWS, a crumb, the headline, 发布者/发布时间/来源/阅读 on one line, the
  text, the tools, 上一篇/下一篇, the floating 在线咨询 column, the chat widget's greeting, and the 主办 and ICP
  lines with 技术支持.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels, or with markup: a centred line, 项目名称：, Date:, Source:) are the capture's metadata and are not
listed, nor are lines that hold the headline among other words (a document list's entry), nor rules of marks
(nothing left once squashed). A block of short lines (a capture bar, a floating column, a References list) is
listed as one string: squashed, it is one run of the text.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 8/" + name are `LOCKED_T8`, the other six `DEV_T8`. Round 8 is sealed: not scored when
written, to be scored once, both halves, at the end of the text path's next change.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterable

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import _join_lines

TEXT_FORMS8: dict[str, Layout] = {}
NAMES = ["卞文涛", "甄雅琴", "亓卫东", "仝佳慧", "訾国强", "邝丽萍", "晏春生", "缪海燕"]
PROVINCES = [("江西", "Jiangxi"), ("安徽", "Anhui"), ("湖北", "Hubei"), ("浙江", "Zhejiang"), ("四川", "Sichuan")]
# Titles of other items a capture lists (related, neighbouring, earlier): none is about the story.
OTHERS = [
    "县城区新建三座智慧停车场投入使用",
    "全区中小学暑期安全教育专题会召开",
    "镇卫生院开展家庭医生签约入户服务",
    "县文化馆举办非遗技艺展演周活动",
    "区人社局组织春季高校毕业生专场招聘",
    "县气象局发布夏季强降雨防御提示",
    "全县农村饮水安全巩固提升工程通过验收",
    "区城管局集中整治占道经营行为",
    "县消防救援大队开展高层建筑灭火演练",
    "街道举办邻里节文艺晚会",
    "县税务局推出“非接触式”办税服务",
    "全区森林防火巡护队伍开展技能比武",
]
# Titles that ask or exclaim, as portals and apps set them in their lists.
ASKED = [
    "暑假到了，孩子的托管问题怎么解决？",
    "城区这几条道路要封闭施工，出行请绕行！",
    "新的公积金政策来了，你能多贷多少？",
    "夜市开张啦！这份美食地图请收好",
    "老旧小区加装电梯，补贴怎么申请？",
    "重磅！又一条高速公路开工建设",
]
# A message board's netizens' titles and messages.
ISSUES = [
    "关于园区企业招工难的问题反映",
    "咨询返乡创业有哪些扶持政策",
    "建议完善工业园区公交线路",
    "关于标准厂房租金补贴何时兑现的咨询",
    "反映开发区部分道路路灯不亮的问题",
    "建议加快物流园区配套道路建设",
]
MESSAGES = [
    "书记您好！我是在本地投资办厂的一名企业负责人，近期在项目推进中遇到一些困难，恳请相关部门帮助协调解决，谢谢！",
    "尊敬的领导：我们企业去年落户园区，目前厂房已经建好，但配套道路和用电还没有完全到位，希望能尽快协调。",
    "您好，我在外地工作多年，想回家乡投资创业，请问当地对返乡创业项目有哪些优惠政策？办理流程是怎样的？",
]
# Other projects a 招商网 lists beside one.
PROJECTS = [
    "年产5万吨新型环保建材项目",
    "区域性冷链物流中心建设项目",
    "文旅康养综合体开发项目",
    "智能装备制造产业园标准厂房项目",
    "农产品精深加工产业园项目",
    "分布式屋顶光伏发电项目",
]
# A 商务厅's other 外资 items.
WAIZI = [
    "省商务厅召开外资企业圆桌会议",
    "外资企业政策服务专员制度全面推行",
    "全省重点外资项目工作专班调度会召开",
    "跨国公司地区总部认定工作启动",
    "外商投资企业投诉工作机制进一步完善",
]
# Neighbouring articles on an e-paper's page: a headline and its paragraphs.
NEIGHBOURS = [
    (
        "全市夏季农产品产销对接会举行",
        [
            "本报讯　日前，全市夏季农产品产销对接会在市农博中心举行，来自各县区的百余家合作社、家庭农场与采购商现场"
            "洽谈对接。",
            "活动现场设置特色农产品展示区，当天达成意向采购金额逾千万元。",
        ],
    ),
    (
        "市区新增公共充电桩五百余个",
        [
            "本报讯　记者从市城管部门获悉，今年以来市区新建公共充电桩五百余个，覆盖主要商圈、医院和住宅小区周边。",
            "下一步，相关部门将继续优化充电设施布局，方便市民绿色出行。",
        ],
    ),
    (
        "全市中小学校园食品安全大排查启动",
        [
            "本报讯　为保障师生饮食安全，市教育、市场监管部门近日联合启动校园食品安全大排查，重点检查食堂原料采购和"
            "加工制作环节。",
        ],
    ),
    (
        "老年大学秋季班开始报名",
        [
            "本报讯　市老年大学秋季班即日起开始报名，今年新开设智能手机应用、书法、合唱等二十余门课程，报名可通过线上"
            "和现场两种方式进行。",
        ],
    ),
]
# Other papers' articles in a news database's export, in Traditional script: paper, title, paragraph.
CLIPPINGS = [
    (
        "香港商報",
        "內地城市赴港推介營商環境",
        "多個內地城市近日組團來港舉辦推介會，介紹當地產業政策及投資機遇，吸引不少港商出席。",
    ),
    (
        "大公報",
        "港商看好內地中部市場前景",
        "有港商表示，中部地區交通網絡日趨完善，土地及人力成本具優勢，將考慮擴大投資規模。",
    ),
    (
        "文匯報",
        "粵港澳合作論壇聚焦產業轉移",
        "論壇上，與會嘉賓就產業轉移、園區共建等議題展開交流，並達成多項合作意向。",
    ),
    (
        "經濟日報",
        "港資企業加快布局內地新能源產業",
        "業界人士指出，新能源汽車及儲能產業鏈成為港資企業北上投資的新熱點。",
    ),
]
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
DIGITS = "〇一二三四五六七八九十"
CLOSING = "，。、；：？！）》」』”’,.;:?!)…"


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS8)


def _moment(day: dt.date | None, rng: random.Random) -> dt.datetime | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(rng.randrange(8, 22), rng.randrange(60), rng.randrange(60)))


def _after(day: dt.date | None, rng: random.Random, low: int, high: int) -> dt.date:
    """A day after the story's (a fax, a capture, a print, a reply): a date the capture shows, not its own."""
    return (day or dt.date(2021, 6, 18)) + dt.timedelta(days=rng.randrange(low, high))


def _before(day: dt.date | None, rng: random.Random, low: int, high: int) -> dt.date:
    """A day before the story's (a netizen's message): a date the capture shows, not its own."""
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
    return f"0{rng.choice(['571', '791', '551', '27', '28', '591'])}-{rng.randrange(10**7, 10**8)}"


def _icp(rng: random.Random) -> str:
    province = rng.choice(["浙", "赣", "皖", "鄂", "川", "闽"])
    return f"{province}ICP备{rng.randrange(10**7, 10**8)}号-{rng.randrange(1, 6)}"


def _police(rng: random.Random) -> str:
    province = rng.choice(["浙", "赣", "皖", "鄂", "川", "闽"])
    return f"{province}公网安备 {rng.randrange(10**13, 10**14)}号"


def _numeral(number: int) -> str:
    """One to thirty-one in Chinese numerals, as months and days are written on a 红头文件."""
    if number <= 10:
        return DIGITS[number]
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")


def _chinese_date(day: dt.date) -> str:
    """The date as a 红头文件 signs it: 二〇二一年六月十八日."""
    year = "".join(DIGITS[int(digit)] for digit in str(day.year))
    return f"{year}年{_numeral(day.month)}月{_numeral(day.day)}日"


def _wrap(text: str, width: int, kinsoku: bool = False) -> list[str]:
    """A paragraph cut into rows of `width` characters, as a page or a terminal sets it; with `kinsoku`, as a typeset
    page does, a closing mark never starts a row but stays at the end of the one before."""
    rows: list[str] = []
    start = 0
    while start < len(text):
        end = start + width
        while kinsoku and end < len(text) and text[end] in CLOSING:
            end += 1
        rows.append(text[start:end])
        start = end
    return rows or [""]


def _token(rng: random.Random, length: int) -> str:
    return "".join(rng.choice("0123456789abcdefghijkmnpqrstuvwxyz") for _ in range(length))


# ---------------------------------------------------------------- message boards, portals and 商务 sites


@text_form("liuyanban_huiying_netizen_quote")
def liuyanban_huiying_netizen_quote(story: Story) -> Wrapped:
    """A 人民网 地方领导留言板 地方回应 page select-all copied: the bar, 当前地区 with [切换地区], the tally, a crumb,
    the headline, the time and 来源, the 【网友留言】 box and 【办理回应】 between the headline and the text,
    （责编：A、B）, 分享到, a 我要留言 call, 最新回复 with later yearless days, and the rights line."""
    rng = _rng(story, "liuyanban_huiying_netizen_quote")
    place = rng.choice(PLACES)
    province, _ = rng.choice(PROVINCES)
    level = place[-1]
    bar = "人民网　|　领导留言板　　首页　我要留言　留言查询　回复查询　办理成果　地方回应　　登录　注册"
    region = f"当前地区：{province}　>　{place}　　[切换地区]"
    asked = rng.randrange(800, 20000)
    replied = asked - rng.randrange(5, 400)
    tally = f"本年度{place}网友留言 {asked} 条　已回复 {replied} 条　回复率 {replied / asked:.1%}"
    crumb = "领导留言板 > 地方回应 > 办理成果"
    moment = _moment(story.published, rng)
    info = _run(
        [f"{moment:%Y-%m-%d %H:%M}" if moment else None, f"来源：{story.outlet}" if story.outlet else None], "　　"
    )
    leader, *editors = rng.sample(NAMES, 3)
    issue = rng.choice(ISSUES)
    asked_on = _before(story.published, rng, 5, 40)
    kind = (
        f"类型：{rng.choice(['建议', '求助', '咨询'])}　领域：{rng.choice(['工业', '营商环境', '城建'])}　状态：已办理"
    )
    quote = [
        "【网友留言】",
        f"留言对象：{place}委书记　{leader}",
        f"留言标题：{issue}",
        f"留言时间：{asked_on:%Y-%m-%d}",
        kind,
        rng.choice(MESSAGES),
        "【办理回应】",
    ]
    credit = f"（责编：{editors[0]}、{editors[1]}）"
    share = "分享到：　微信　微博　QQ空间"
    call = f"对{place}发展有建议？我要给{level}委书记留言 >>"
    latest = ["最新回复"]
    for title in rng.sample([item for item in ISSUES if item != issue], 3):
        day = _after(story.published, rng, 1, 20)
        latest.append(f"[{place[:2]}] {title}　{day:%m-%d}")
    year = moment.year if moment else 2021
    rights = (
        f"人民网版权所有，未经书面授权禁止使用　Copyright © 1997-{year} by www.example-t8-people.cn. "
        "all rights reserved"
    )
    text = _join_lines(
        [
            bar,
            region,
            tally,
            crumb,
            story.headline,
            info,
            *quote,
            *story.lines,
            credit,
            share,
            call,
            *latest,
            rights,
        ]
    )
    furniture = (bar, region, tally, crumb, *quote, credit, share, call, *latest, rights)
    return Wrapped(
        text, furniture, f"http://liuyan.example-t8-people.cn/huiying/{rng.randrange(10**5, 10**6)}", kind="text"
    )


@text_form("zhengce_jiedu_guanlian_wenjian_tabs")
def zhengce_jiedu_guanlian_wenjian_tabs(story: Story) -> Wrapped:
    """A 县政府 portal's 政策解读 page copied and saved by Notepad (UTF-8, CRLF): the version switch, the site, the
    menu, a crumb, the headline, 发布时间 and 信息来源, 浏览次数 with the tools, the 解读 tabs, 解读机关, 解读人,
    关联文件, the text, the 相关文件 box, 相关解读, the tools, 手机扫码阅读本页, 主办 and 网站标识码."""
    rng = _rng(story, "zhengce_jiedu_guanlian_wenjian_tabs")
    place = rng.choice(PLACES)
    level = place[-1]
    switch = "简体版　|　繁體版　|　移动版　|　智能问答"
    site = f"{place}人民政府门户网站"
    menu = f"首页　政务公开　政务服务　互动交流　数据开放　走进{place}"
    crumb = "当前位置：首页 > 政务公开 > 政策文件 > 政策解读"
    info = _run(
        [
            f"发布时间：{story.published:%Y-%m-%d}" if story.published else None,
            f"信息来源：{story.outlet}" if story.outlet else None,
        ],
        "　　",
    )
    counter = f"浏览次数：{rng.randrange(30, 6000)}　　【字体：大　中　小】　【打印】"
    tabs = "文字解读　|　图文解读　|　动漫解读　|　视频解读　|　专家解读"
    organ = f"解读机关：{place}投资促进局"
    person = f"解读人：{rng.choice(NAMES)}（{place}投资促进局党组成员、副局长）"
    year = story.published.year if story.published else 2021
    policy = f"《{place}关于进一步加强招商引资工作的若干政策措施》"
    number = f"{place[0]}政办发〔{year}〕{rng.randrange(3, 60)}号"
    linked = f"关联文件：{policy}（{number}）"
    box = [
        "相关文件",
        f"政策原文：{policy}",
        f"配套文件：《{place}招商引资项目落地服务办法（试行）》",
        "相关解读",
        f"图解：{place}招商引资若干政策措施十大看点",
        "视频解读：优化营商环境　我们这样做",
    ]
    tools = "【我要纠错】　【打印本页】　【关闭窗口】"
    scan = "手机扫码阅读本页"
    host = f"主办：{place}人民政府办公室　　承办：{place}政务数据服务中心　　联系电话：{_phone(rng)}"
    ids = f"网站标识码：{rng.randrange(10**9, 10**10)}　　{_icp(rng)}　　{_police(rng)}"
    text = _join_lines(
        [
            switch,
            site,
            menu,
            crumb,
            story.headline,
            info,
            counter,
            tabs,
            organ,
            person,
            linked,
            *story.lines,
            *box,
            tools,
            scan,
            f"{level}政府网站　版权所有",
            host,
            ids,
        ],
        newline="\r\n",
    )
    furniture = (switch, site, menu, crumb, counter, tabs, organ, person, linked, *box, tools, scan)
    furniture += (f"{level}政府网站　版权所有", host, ids)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"http://www.example-t8-{rng.randrange(100, 999)}.gov.cn/zwgk/zcjd/{rng.randrange(10**6)}.html",
        kind="text",
    )


@text_form("shangwuting_waizi_bilingual_labels")
def shangwuting_waizi_bilingual_labels(story: Story) -> Wrapped:
    """A 省商务厅's 外资 page in Chinese and English copied: the language switch, the names in both, a bilingual menu,
    FOREIGN INVESTMENT NEWS, a bilingual crumb, the headline, Date:/Source:/Views:, the tools, the text, Editor 编辑：,
    Share, Related News 相关新闻, the Investment Hotline and the bilingual rights line."""
    rng = _rng(story, "shangwuting_waizi_bilingual_labels")
    province, pinyin = rng.choice(PROVINCES)
    languages = "中文　|　English　|　日本語　|　한국어"
    site = f"{province}省商务厅　Department of Commerce of {pinyin} Province"
    menu = (
        "首页 Home　外资 Foreign Investment　外贸 Foreign Trade　投资指南 Investment Guide　政策法规 Policies　"
        "联系我们 Contact Us"
    )
    column = "外资动态　FOREIGN INVESTMENT NEWS"
    crumb = "Home 首页 > Foreign Investment 外资 > News 外资动态"
    views = f"Views: {rng.randrange(20, 4000)}"
    info = _run(
        [
            f"Date: {story.published:%Y-%m-%d}" if story.published else None,
            f"Source: {story.outlet}" if story.outlet else None,
            views,
        ],
        "　　",
    )
    tools = "Font 字号: A+　A　A-　　Print 打印　　Close 关闭"
    editor = f"Editor 编辑：{rng.choice(NAMES)}"
    share = "Share 分享：　WeChat　Weibo　LinkedIn　Email"
    related = rng.sample(WAIZI, 3)
    area = rng.choice(["791", "551", "27", "571", "28"])
    hotline = f"Investment Hotline 投资热线：+86-{area}-{rng.randrange(10**7, 10**8)}"
    year = story.published.year if story.published else 2021
    rights = (
        f"Copyright © {year} Department of Commerce of {pinyin} Province. All Rights Reserved.　"
        f"{province}省商务厅　版权所有　{_icp(rng)}"
    )
    text = _join_lines(
        [
            languages,
            site,
            menu,
            column,
            crumb,
            story.headline,
            info,
            tools,
            *story.lines,
            editor,
            share,
            "Related News　相关新闻",
            *related,
            hotline,
            rights,
        ]
    )
    furniture = (languages, site, menu, column, crumb, views, tools, editor, share, "Related News　相关新闻")
    furniture += (*related, hotline, rights)
    return Wrapped(
        text,
        furniture,
        f"http://swt.example-t8-{pinyin.lower()}.gov.cn/en/waizi/{rng.randrange(10**6)}.html",
        kind="text",
    )


@text_form("zhaoshang_xiangmu_listing_fields")
def zhaoshang_xiangmu_listing_fields(story: Story) -> Wrapped:
    """A 招商项目 listing on a 招商网 copied: the bar, the logo line, the search row, a crumb, 项目编号, 项目名称：
    headline, 所属行业, 投资总额, 合作方式, 项目所在地, 发布单位：outlet, 发布日期, a later 有效期至, 浏览次数, the
    action row, tabs, 【项目简介】, the text, 【联系方式】, the 温馨提示, 相似项目推荐 and the rights line."""
    rng = _rng(story, "zhaoshang_xiangmu_listing_fields")
    place = rng.choice(PLACES)
    province, _ = rng.choice(PROVINCES)
    site = "全国招商项目信息网"
    service = f"客服热线：400-{rng.randrange(10**6, 10**7)}"
    bar = f"欢迎来到{site}！　请登录　免费注册　　发布项目　|　我的收藏　|　手机版　|　{service}"
    logo = f"{site}　招商项目库 · 投资信息 · 园区对接"
    search = "项目　资讯　园区　政策　　请输入项目名称或关键词　　搜索"
    industry = rng.choice(["先进制造业", "新能源新材料", "现代物流", "文旅康养", "农产品精深加工", "电子信息"])
    crumb = f"当前位置：首页 > 招商项目 > {province} > {industry}"
    year = story.published.year if story.published else 2021
    fields = [
        f"项目编号：ZS{year}{rng.randrange(10**6):06d}",
        f"项目名称：{story.headline}" if story.headline else None,
        f"所属行业：{industry}",
        f"投资总额：{rng.randrange(2, 80)}亿元人民币",
        f"合作方式：{rng.choice(['独资', '合资', '合作', '独资、合资均可'])}",
        f"项目所在地：{province}省{place}",
        f"发布单位：{story.outlet}" if story.outlet else None,
        f"发布日期：{story.published:%Y-%m-%d}" if story.published else None,
        f"有效期至：{_after(story.published, rng, 180, 720):%Y-%m-%d}",
        f"浏览次数：{rng.randrange(50, 9000)}　　收藏：{rng.randrange(0, 90)}",
    ]
    shown = [field for field in fields if field and not field.startswith(("项目名称", "发布单位", "发布日期"))]
    actions = "我要投资　　收藏项目　　分享　　举报"
    tabs = "项目详情　|　投资环境　|　优惠政策　|　联系方式"
    contact = [
        "【联系方式】",
        f"联系人：{rng.choice(NAMES)[0]}经理（登录后查看完整信息）",
        f"联系电话：0{rng.choice(['791', '551', '27'])}-****{rng.randrange(10**4):04d}",
        "电子邮箱：****@example-t8-zs.cn",
    ]
    notice = "温馨提示：本网所载项目信息由发布单位提供，投资前请实地考察核实，谨防上当受骗。"
    similar = ["相似项目推荐"]
    for title in rng.sample(PROJECTS, 3):
        similar.append(f"{title}　投资额：{rng.randrange(1, 50)}亿元　{rng.choice(PROVINCES)[0]}")
    rights = f"Copyright © 2008-{year} {site}　版权所有　{_icp(rng)}"
    text = _join_lines(
        [
            bar,
            logo,
            search,
            crumb,
            *fields,
            actions,
            tabs,
            "【项目简介】",
            *story.lines,
            *contact,
            notice,
            *similar,
            rights,
        ]
    )
    furniture = (bar, logo, search, crumb, *shown, actions, tabs, "【项目简介】", *contact, notice, *similar, rights)
    return Wrapped(
        text, furniture, f"https://www.example-t8-zsxm.cn/project/{rng.randrange(10**5, 10**6)}.html", kind="text"
    )


# ---------------------------------------------------------------- papers, mobile pages and documents


@text_form("epaper_banmian_pdf_neighbour_articles")
def epaper_banmian_pdf_neighbour_articles(story: Story) -> Wrapped:
    """An e-paper 版面 PDF through a text extractor: the paper, the date with 星期, 第N版, the editors, a neighbouring
    article above the story, an 引题 over the headline, 本报记者/通讯员, the text with a ▲ caption, a second
    neighbour below, a 遗失声明 and the hotline line, and a form feed at the page's end."""
    rng = _rng(story, "epaper_banmian_pdf_neighbour_articles")
    place = rng.choice(PLACES)
    paper = story.outlet or f"{place[:2]}日报"
    invented = [] if story.outlet else [paper]
    dated = f"{_unpadded(story.published)}　{_weekday(story.published)}" if story.published else None
    page = f"第{rng.randrange(2, 9)}版：{rng.choice(['要闻', '综合', '经济', '县区新闻'])}"
    editor, designer, checker, reporter, writer = rng.sample(NAMES, 5)
    editors = f"责任编辑：{editor}　　美术编辑：{designer}　　校对：{checker}"
    above, below = rng.sample(NEIGHBOURS, 2)
    kicker = rng.choice(["聚焦重点项目　跑出发展“加速度”", "招大引强　蓄势赋能", "抓招商　上项目　促发展"])
    byline = f"本报记者　{reporter}　通讯员　{writer}"
    caption = f"▲{place}经济开发区新建成的标准厂房。　本报记者　{reporter}　摄"
    lines = list(story.lines)
    body = [*lines[:1], caption, *lines[1:]] if len(lines) > 1 else lines
    shown = [caption] if len(lines) > 1 else []
    heads = [kicker] if story.headline else []
    lost = (
        f"{place[:2]}{rng.choice(['恒达', '鑫源', '瑞丰', '佳和'])}商贸有限公司不慎遗失营业执照副本（统一社会信用代码："
        f"91{rng.randrange(10**15, 10**16)}），声明作废。"
    )
    hotline = (
        f"新闻热线：{_phone(rng)}　　投稿邮箱：news@example-t8-{rng.randrange(100, 999)}.cn　　广告热线：{_phone(rng)}"
    )
    text = _join_lines(
        [
            paper,
            dated,
            page,
            editors,
            above[0],
            *above[1],
            *heads,
            story.headline,
            byline,
            *body,
            below[0],
            *below[1],
            "遗失声明",
            lost,
            hotline,
        ]
    )
    furniture = (*invented, page, editors, above[0], *above[1], *heads, byline, *shown, below[0], *below[1])
    furniture += ("遗失声明", lost, hotline)
    return Wrapped(
        text + "\n\f",
        furniture,
        f"file:///版面-{rng.randrange(10**4)}.txt",
        kind="text",
    )


@text_form("wap_zhankai_quanwen_remaining")
def wap_zhankai_quanwen_remaining(story: Story) -> Wrapped:
    """A local news site's mobile page select-all copied with the rest folded: the bar with 打开APP, the menu, the
    headline, 来源, the time, 阅读 and 听新闻, the text with 剩余N%未读 and 展开全文 at the fold, 编辑/审核, the APP
    call, 相关推荐 with 评论 and APP内打开, —— 没有更多了 ——, 电脑版 | 返回顶部 and APP内阅读."""
    rng = _rng(story, "wap_zhankai_quanwen_remaining")
    place = rng.choice(PLACES)
    site = f"{place[:2]}新闻网"
    bar = f"{site}　手机版　　　打开APP"
    menu = "首页　本地　时政　民生　视频　更多"
    moment = _moment(story.published, rng)
    reads = f"阅读 {_count(rng)}"
    total = sum(len(line) for line in story.lines)
    listen = f"▶ 听新闻　00:00 / {total // 240:02d}:{total // 4 % 60:02d}"
    lines = list(story.lines)
    shown, fold = 0, None
    for index, line in enumerate(lines[:-1]):
        shown += len(line)
        if shown >= 240:
            fold = index + 1
            break
    marks: list[str] = []
    if fold is not None:
        left = sum(len(line) for line in lines[fold:])
        marks = [f"剩余{max(1, round(100 * left / total))}%未读", "展开全文 ∨"]
        lines = [*lines[:fold], *marks, *lines[fold:]]
    editor, checker = rng.sample(NAMES, 2)
    credits = f"编辑：{editor}　　审核：{checker}"
    call = "打开APP，查看更多精彩评论和推荐"
    recommended = ["相关推荐"]
    for title in [*rng.sample(OTHERS, 2), rng.choice(ASKED)]:
        recommended += [title, f"{site}　{rng.randrange(0, 300)}评论　　APP内打开"]
    end = "—— 没有更多了 ——"
    year = moment.year if moment else 2021
    foot = f"电脑版　|　返回顶部　　©{year} {site}　{_icp(rng)}"
    text = _join_lines(
        [
            bar,
            menu,
            story.headline,
            f"来源：{story.outlet}" if story.outlet else None,
            f"{moment:%Y-%m-%d %H:%M}" if moment else None,
            reads,
            listen,
            *lines,
            credits,
            call,
            *recommended,
            end,
            foot,
            "APP内阅读",
        ]
    )
    furniture = (bar, menu, reads, listen, *marks, credits, call, *recommended, end, foot, "APP内阅读")
    return Wrapped(
        text,
        furniture,
        f"https://m.example-t8-{rng.randrange(100, 999)}.cn/news/{rng.randrange(10**7)}.html",
        kind="text",
    )


@text_form("fax_ocr_hongtou_page_headers_utf16")
def fax_ocr_hongtou_page_headers_utf16(story: Story) -> Wrapped:
    """A 红头文件 received by fax and put through OCR (UTF-16, CRLF): the fax header (a later day, the sender, P.N/M)
    on every page, cutting a paragraph where a page ends, the masthead, the 文号, the headline, 主送, the text in
    rows of the page's width, （来源：outlet）, the issuer, the date in Chinese numerals, （此件公开发布）, 抄送, a
    later 印发 line and the 回电 note."""
    rng = _rng(story, "fax_ocr_hongtou_page_headers_utf16")
    place = rng.choice(PLACES)
    level = place[-1]
    issuer = f"{place}人民政府办公室"
    year = story.published.year if story.published else 2021
    masthead = f"{issuer}文件"
    number = f"{place[0]}政办发〔{year}〕{rng.randrange(3, 90)}号"
    recipients = f"各乡镇人民政府、街道办事处，{level}政府各部门："
    rows: list[str] = [masthead, "", number, ""]
    if story.headline:
        rows += [*_wrap(story.headline, 22, kinsoku=True), ""]
    rows.append(recipients)
    width = rng.randrange(26, 31)
    for line in story.lines:
        rows += _wrap("　　" + line, width, kinsoku=True)
    if story.outlet:
        rows.append(f"　　（来源：{story.outlet}）")
    rows += ["", issuer]
    if story.published:
        rows.append(_chinese_date(story.published))
    public = "（此件公开发布）"
    cc = f"抄送：{level}委办公室，{level}人大常委会办公室，{level}政协办公室。"
    printed = f"{issuer}　　　　{_unpadded(_after(story.published, rng, 1, 4))}印发"
    rows += [public, "", cc, printed]
    sent = _after(story.published, rng, 1, 6)
    clock = f"{rng.randrange(8, 18):02d}:{rng.randrange(60):02d}"
    sender = f"{place}投资促进局"
    fax = _phone(rng)
    height = rng.randrange(24, 30)
    pages = [rows[start : start + height] for start in range(0, len(rows), height)]
    heads = [
        f"{sent:%m/%d/%Y} {clock}　FAX {fax}　　{sender}　　　　P.{page_number:03d}/{len(pages):03d}"
        for page_number in range(1, len(pages) + 1)
    ]
    lines: list[str] = []
    for head, page in zip(heads, pages, strict=True):
        lines += [head, "", *page, ""]
    note = f"如传真不清晰，请回电：{_phone(rng)}"
    lines.append(note)
    text = _join_lines(lines, newline="\r\n")
    furniture = (*heads, masthead, number, recipients, issuer, public, cc, printed, note)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"file:///传真-{sent:%Y%m%d}-{rng.randrange(10**4)}.txt",
        encoding="utf-16",
        kind="text",
    )


@text_form("lynx_dump_references_wrapped")
def lynx_dump_references_wrapped(story: Story) -> Wrapped:
    """A 商务局 page dumped by a text-mode browser (lynx -dump): numbered links for the logo and the menu, the search
    field, a crumb, the headline centred, 发布时间/来源 with 点击数, the paragraphs wrapped and indented, the QR
    image's name, the tools and 上一篇/下一篇 as links, 版权所有 and ICP, and the References list."""
    rng = _rng(story, "lynx_dump_references_wrapped")
    place = rng.choice(PLACES)
    domain = f"http://www.example-t8-swj{rng.randrange(100, 999)}.gov.cn"
    addresses: list[str] = []

    def link(label: str, path: str) -> str:
        addresses.append(path if path.startswith("javascript:") else domain + path)
        return f"[{len(addresses)}]{label}"

    logo = "   " + link(f"{place}商务局", "/")
    menu = "   " + " ".join(
        link(label, path)
        for label, path in [
            ("首页", "/index.html"),
            ("机构概况", "/jggk/"),
            ("商务动态", "/swdt/"),
            ("招商引资", "/zsyz/"),
            ("政策法规", "/zcfg/"),
            ("办事服务", "/bsfw/"),
        ]
    )
    search = "   站内搜索：____________________ 搜索"
    crumb = f"   当前位置：{link('首页', '/index.html')} > {link('招商引资', '/zsyz/')} > 招商动态"
    heading = None
    if story.headline:
        pad = max(3, (78 - 2 * len(story.headline)) // 2)
        heading = " " * pad + story.headline
    hits = f"点击数：{rng.randrange(20, 3000)}"
    info = _run(
        [
            f"发布时间：{story.published:%Y-%m-%d}" if story.published else None,
            f"来源：{story.outlet}" if story.outlet else None,
            hits,
        ],
        "　　",
    )
    body: list[str] = []
    for line in story.lines:
        rows = _wrap("　　" + line, 37)
        body += [*("   " + row for row in rows), ""]
    qr = "   [ewm.jpg]"
    scan = "   手机扫一扫，随时看资讯"
    tools = (
        f"   {link('【打印本页】', 'javascript:window.print()')} {link('【关闭窗口】', 'javascript:window.close()')}"
    )
    before, after = rng.sample(OTHERS, 2)
    previous = f"   上一篇：{link(before, f'/zsyz/{rng.randrange(10**5)}.html')}"
    following = f"   下一篇：{link(after, f'/zsyz/{rng.randrange(10**5)}.html')}"
    road = rng.choice(["人民路", "府前街", "文昌路"])
    rights = f"   版权所有：{place}商务局　　地址：{place}{road}{rng.randrange(1, 200)}号"
    icp = f"   {_icp(rng)}"
    references = "\n".join(["References", "", *(f"   {number}. {url}" for number, url in enumerate(addresses, 1))])
    text = _join_lines(
        [
            logo,
            "",
            menu,
            "",
            search,
            "",
            crumb,
            "",
            heading,
            "",
            f"   {info}" if info else None,
            "",
            *body,
            qr,
            scan,
            "",
            tools,
            "",
            previous,
            following,
            "",
            rights,
            icp,
            "",
            references,
        ]
    )
    furniture = (logo, menu, search, crumb, hits, qr, scan, tools, previous, following, rights, icp, references)
    return Wrapped(text + "\n", furniture, f"{domain}/zsyz/{rng.randrange(10**5)}.html", kind="text")


@text_form("wayback_select_all_capture_bar")
def wayback_select_all_capture_bar(story: Story) -> Wrapped:
    """An archived copy of a 县政府 page on the Wayback Machine select-all copied: the archived address with its time
    stamp, the capture bar (captures, first and last days, months, years, About this capture, COLLECTED BY,
    TIMESTAMPS), then the page: 今天是 the replay's day, the site, the menu, a crumb, the headline, 发布时间 and 来源,
    the text, the tools and the footer."""
    rng = _rng(story, "wayback_select_all_capture_bar")
    place = rng.choice(PLACES)
    address = f"http://www.example-t8-{rng.randrange(100, 999)}.gov.cn/art/{rng.randrange(10**6)}.html"
    first = _after(story.published, rng, 1, 15)
    last = first + dt.timedelta(days=rng.randrange(200, 900))
    moment = dt.datetime.combine(first, dt.time(rng.randrange(24), rng.randrange(60), rng.randrange(60)))
    stamp = f"{moment:%Y%m%d%H%M%S}"
    head = f"The Wayback Machine - https://web.archive.org/web/{stamp}/{address}"

    def day(when: dt.date) -> str:
        return f"{when.day:02d} {MONTHS[when.month - 1].title()} {when.year}"

    bar = "\n".join(
        [
            f"{rng.randrange(2, 40)} captures",
            f"{day(first)} - {day(last)}",
            "\t".join(MONTHS[(first.month - 2 + step) % 12] for step in range(3)),
            f"{first.day:02d}",
            "\t".join(str(first.year + step) for step in (-1, 0, 1)),
            "success",
            "fail",
            "About this capture",
            "COLLECTED BY",
            "Organization: Internet Archive",
            "The Internet Archive discovers and captures web pages through many different web crawls.",
            "Collection: Government Websites Crawl",
            "TIMESTAMPS",
        ]
    )
    replayed = _after(last, rng, 30, 400)
    today = f"今天是：{replayed:%Y年%m月%d日}　{_weekday(replayed)}　　设为首页　加入收藏"
    site = f"{place}人民政府"
    menu = "首页　政务公开　新闻中心　政务服务　互动交流　专题专栏"
    crumb = "您现在的位置：首页 > 新闻中心 > 部门动态"
    info = _run(
        [
            f"发布时间：{story.published:%Y年%m月%d日}" if story.published else None,
            f"来源：{story.outlet}" if story.outlet else None,
        ],
        "　　",
    )
    tools = "【打印本页】　【关闭窗口】　【返回顶部】"
    host = f"主办单位：{place}人民政府办公室　　{_icp(rng)}"
    text = _join_lines(
        [
            head,
            bar,
            today,
            site,
            menu,
            crumb,
            story.headline,
            info,
            *story.lines,
            tools,
            host,
        ]
    )
    furniture = (head, bar, today, site, menu, crumb, tools, host)
    return Wrapped(text, furniture, f"https://web.archive.org/web/{stamp}/{address}", kind="text")


@text_form("qq_news_pc_ai_summary_listen")
def qq_news_pc_ai_summary_listen(story: Story) -> Wrapped:
    """A 腾讯新闻 PC page select-all copied (UTF-8 with a BOM, CRLF): the bar, 登录, a crumb, the headline, the
    account with +关注 and 粉丝, the time, 发布于 a province, 听全文, the AI摘要 box with its note, the text with a
    图片来源 caption, the 免责声明, the like row, 评论, 推荐阅读, 热点精选 and the rights line."""
    rng = _rng(story, "qq_news_pc_ai_summary_listen")
    place = rng.choice(PLACES)
    province, _ = rng.choice(PROVINCES)
    bar = "腾讯网　|　新闻　视频　图片　财经　科技　汽车　房产　家居　教育　文化　游戏　体育　娱乐　更多"
    login = "登录　　下载腾讯新闻客户端"
    crumb = f"腾讯新闻 > {province} > 正文"
    account = story.outlet or f"{place[:2]}发布"
    invented = [] if story.outlet else [account]
    follow = f"+关注　{_count(rng)}粉丝"
    moment = _moment(story.published, rng)
    where = f"发布于{province}"
    total = sum(len(line) for line in story.lines)
    listen = f"▶ 听全文　{total // 250:02d}:{total // 4 % 60:02d}"
    summary = [
        "AI摘要",
        f"文章介绍了{place}近期招商引资工作的进展情况，涉及项目签约落地、产业链招商和服务保障等方面。",
        "以上内容由AI生成，仅供参考",
    ]
    caption = f"（图片来源：{place}融媒体中心）"
    lines = list(story.lines)
    body = [*lines[:1], caption, *lines[1:]] if len(lines) > 1 else lines
    shown = [caption] if len(lines) > 1 else []
    statement = "免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。"
    row = f"点赞 {rng.randrange(0, 900)}　　分享　　收藏　　反馈"
    comments = f"评论 {rng.randrange(0, 200)}　　发表你的看法"
    recommended = ["推荐阅读"]
    for title in rng.sample(OTHERS, 3):
        recommended += [title, f"{rng.choice(['中国新闻网', '新京报', '澎湃新闻'])}　{rng.randrange(0, 500)}评论"]
    hot = ["热点精选", *rng.sample(ASKED, 3)]
    year = moment.year if moment else 2021
    rights = f"Copyright © 1998 - {year} Tencent. All Rights Reserved　腾讯公司　版权所有"
    text = _join_lines(
        [
            bar,
            login,
            crumb,
            story.headline,
            account,
            follow,
            f"{moment:%Y-%m-%d %H:%M}" if moment else None,
            where,
            listen,
            *summary,
            *body,
            statement,
            row,
            comments,
            *recommended,
            *hot,
            rights,
        ],
        newline="\r\n",
    )
    furniture = (*invented, bar, login, crumb, follow, where, listen, *summary, *shown, statement, row, comments)
    furniture += (*recommended, *hot, rights)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"https://news.example-t8-qq.cn/rain/a/{year}{_token(rng, 12).upper()}",
        encoding="utf-8-sig",
        kind="text",
    )


@text_form("wisenews_export_hant_doc_list")
def wisenews_export_hant_doc_list(story: Story) -> Wrapped:
    """A 慧科 WiseNews-like database's export (UTF-8, CRLF), labels in Traditional script: 慧科搜索, 列印日期, 搜尋條件,
    文件列表 with the story's entry among two others, 文件 1 / 3 (another paper's), 文件 2 / 3 (the outlet, the date,
    版面 with 字數, the headline, the text, 文章編號 with the day run in), 文件 3 / 3, and the rights note."""
    rng = _rng(story, "wisenews_export_hant_doc_list")
    place = rng.choice(PLACES)
    head = "慧科搜索　WiseSearch　|　WiseNews 慧科新聞"
    printed = _after(story.published, rng, 30, 900)
    meta = f"列印日期：{printed:%Y-%m-%d}　　使用者：govlib{rng.randrange(100, 999)}"
    query = f"搜尋條件：（招商引資 OR 投資促進）AND {place[:2]}"
    listing = "文件列表（共 3 篇）"
    paper = story.outlet or f"{place[:2]}新聞網"
    invented = [] if story.outlet else [paper]
    day = story.published
    first, third = rng.sample(CLIPPINGS, 2)
    days = [_before(day, rng, 1, 9), _after(day, rng, 1, 9)]
    others = []
    for (name, title, paragraph), when in zip([first, third], days, strict=True):
        header = f"{name}　{when:%Y-%m-%d}　A{rng.randrange(1, 20):02d}　|　中國新聞"
        code = f"文章編號：{when:%Y%m%d}{rng.randrange(10**7, 10**8)}"
        others.append((f"{title}　{name}　{when:%Y-%m-%d}", [header, title, paragraph, code]))
    entry = _run([story.headline or "（無標題）", paper, f"{day:%Y-%m-%d}" if day else None], "　")
    entries = [f"1. {others[0][0]}", f"2. {entry}", f"3. {others[1][0]}"]
    untitled = [] if story.headline else ["2. （無標題）"]
    rule = "=" * 48
    note = "本內容經慧科的電子服務提供，受版權保護，未經版權持有人書面許可，不得轉載或以任何形式複製。"
    rights = "© 慧科訊業有限公司 (Wisers Information Limited)　版權所有"
    characters = sum(len(line) for line in story.lines)
    section = rng.choice(["要聞", "綜合", "經濟"])
    layout_line = f"版面：A{rng.randrange(1, 20):02d}　|　{section}　|　字數：{characters:,}"
    serial = rng.randrange(10**7, 10**8)
    code = f"文章編號：{day:%Y%m%d}{serial}" if day else f"文章編號：{serial}{rng.randrange(10**7, 10**8)}"
    text = _join_lines(
        [
            head,
            meta,
            query,
            "",
            listing,
            *entries,
            rule,
            "文件 1 / 3",
            *others[0][1],
            note,
            rights,
            rule,
            "文件 2 / 3",
            paper,
            f"{day:%Y-%m-%d}" if day else None,
            layout_line,
            story.headline,
            "",
            *story.lines,
            "",
            code,
            note,
            rights,
            rule,
            "文件 3 / 3",
            *others[1][1],
            note,
            rights,
        ],
        newline="\r\n",
    )
    furniture = (*invented, head, meta, query, listing, entries[0], entries[2], *untitled, "文件 1 / 3", *others[0][1])
    furniture += ("文件 2 / 3", layout_line, code, note, rights, "文件 3 / 3", *others[1][1])
    return Wrapped(
        text + "\r\n", furniture, f"file:///WiseNews-{printed:%Y%m%d}-{rng.randrange(10**4)}.txt", kind="text"
    )


@text_form("kaifaqu_site_gb18030_park_data")
def kaifaqu_site_gb18030_park_data(story: Story) -> Wrapped:
    """A 经济技术开发区 管委会 site select-all copied and saved by Notepad (GB18030, CRLF): the 管委会 with its rank, a
    slogan, the 投资热线 bar, the menu, the park's figures, 招商动态 INVESTMENT NEWS, a crumb, the headline,
    发布者/发布时间/来源/阅读, the text, the tools, 上一篇/下一篇, the floating column, the chat widget's greeting,
    主办 and ICP with 技术支持."""
    rng = _rng(story, "kaifaqu_site_gb18030_park_data")
    place = rng.choice(PLACES)
    zone = f"{place[:2]}经济技术开发区"
    site = f"{zone}管理委员会　　国家级经济技术开发区"
    slogan = "开放兴区　产业强区　创新活区　生态美区"
    hotline = f"投资热线：{_phone(rng)}　　|　　中文　English　　|　　无障碍"
    menu = "首页　走进园区　招商引资　产业集群　企业服务　政务公开　党建引领　联系我们"
    year = (story.published.year if story.published else 2021) - 1
    figures = (
        f"入驻企业 {rng.randrange(300, 2000)} 家　　规上工业企业 {rng.randrange(60, 400)} 家　　"
        f"{year}年规上工业产值 {rng.randrange(80, 1500)} 亿元"
    )
    column = "招商动态　INVESTMENT NEWS"
    crumb = "您的位置：首页 > 招商引资 > 招商动态"
    poster = f"发布者：{rng.choice(NAMES)}"
    reads = f"阅读：{rng.randrange(20, 5000)}次"
    info = _run(
        [
            poster,
            f"发布时间：{story.published:%Y-%m-%d}" if story.published else None,
            f"来源：{story.outlet}" if story.outlet else None,
            reads,
        ],
        "　　",
    )
    tools = "【打印】　【关闭】　【返回顶部】"
    before, after = rng.sample(OTHERS, 2)
    floating = "\n".join(["在线咨询", "项目申报", "投诉建议", "返回顶部"])
    greeting = f"您好！欢迎咨询{zone}招商服务，请问有什么可以帮您？"
    host = (
        f"主办：{zone}管理委员会　　地址：{place}{rng.choice(['工业大道', '开发大道', '创业路'])}"
        f"{rng.randrange(1, 300)}号"
        f"　　邮编：{rng.randrange(10**5, 10**6)}"
    )
    support = f"{_icp(rng)}　　技术支持：{place[:2]}{rng.choice(['云帆', '众创', '智联'])}网络科技有限公司"
    text = _join_lines(
        [
            site,
            slogan,
            hotline,
            menu,
            figures,
            column,
            crumb,
            story.headline,
            info,
            *story.lines,
            tools,
            f"上一篇：{before}",
            f"下一篇：{after}",
            *floating.split("\n"),
            greeting,
            host,
            support,
        ],
        newline="\r\n",
    )
    furniture = (site, slogan, hotline, menu, figures, column, crumb, poster, reads, tools)
    furniture += (f"上一篇：{before}", f"下一篇：{after}", floating, greeting, host, support)
    return Wrapped(
        text + "\r\n",
        furniture,
        f"http://www.example-t8-kfq{rng.randrange(100, 999)}.gov.cn/zsdt/{rng.randrange(10**6)}.html",
        encoding="gb18030",
        kind="text",
    )


DEV_T8, LOCKED_T8 = split_by_digest(TEXT_FORMS8, "text round 8/", locked=6)
