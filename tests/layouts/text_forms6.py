"""Twelve text capture forms written blind (text round 6): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of site, app, copy tool or document
gives, none of them drawn in text rounds 1 to 5, weighed toward what stands above the headline and between the
headline and the text (site and platform names with their English names, top bars, menus and side columns copied
before the article, crumbs, a live stream's own title, an OA's labelled fields, a review sheet's table, counters
and times), toward what stands inside the text (captions, a wire's dateline run into the first paragraph, speaker
marks, page feet and running heads) and below it, and toward stories that show no headline (each form then shows
what it would show without one):

- a city or county 投资促进局 site select-all copied on a PC: the 无障碍浏览 | 长者模式 bar, the bureau's name and
  its English name, the search box, the menu one item a line, the side column's name and its sub-columns (copied
  before the article), a 当前位置 crumb, the headline, 发布日期/信息来源/浏览次数/【字体】 on one line, the text
  with a ▲ photo caption after its first paragraph, 手机扫一扫　打开当前页, 【打印本页】【关闭窗口】, 上一篇/下一篇,
  the footer's links, the 主办 line with an address, 网站标识码 with ICP and 公网安备, 政府网站找错;
- a provincial 政务服务网's news page copied: the site's name, 当前站点 with [切换], the login and 关怀版 bar, the
  service menu, the search box, a 您当前的位置 crumb, the headline, 信息来源/发布日期 on one line, 【我要纠错】, the
  text, a （本页面信息由…提供） line naming an office, 热门服务 items, the 掌上办 app's call, the 12345 hotline,
  主办/承办, the ICP line and the browser advice;
- a B站-like video page select-all copied: the site's bar, the video's title (the headline), N播放 · N弹幕 with the
  time, 未经作者授权，禁止转载, the UP's name (the outlet, or an invented account, listed), its signature and
  + 关注 count, the description (the text), 收起 and the tags, 点赞/投币/收藏/分享, 评论 N with 最热/最新, three
  comments each with a level, a later time and likes, and 接下来播放 titles each with an uploader and plays;
- a 协同办公 OA 信息 page exported as text (GB18030 bytes, CRLF): the platform's name, a 信息中心 crumb, 标　　题：
  headline, 发 布 人 with 发布部门, 发布时间：, 信息来源：, 阅读范围, 已阅/未阅 counts, 正　　文：, the text,
  附　　件：无, 【阅读记录】 with names, offices and times, and the 打印 | 导出 | 关闭 tools;
- a 宣传报道登记台账 exported by Excel as CSV (UTF-8 with a BOM, CRLF between records, LF inside a cell): the header
  row, a later item's row, the story's row (序号, the headline, the outlet, the date as 2021/6/18, its 媒体级别,
  版面, 链接, 报送单位, 登记人 and a later 登记时间, then the text quoted in one cell), and a third item's row;
- a 融媒体中心 稿件审签单 Word file saved as Unicode text (UTF-16 with a BOM, CRLF, tabs between cells): the sheet's
  name, 编号, 稿件标题 headline, 作者 with 字数, 栏目 with 拟发平台, 来源 and 拟发日期, the 初审/复审/终审 rows
  with opinions, signers and yearless days before the story's, 稿件正文：, the text, and an 备注 line;
- a 公众号 back-end editor page select-all copied: the platform's menu, the account's name, 图文编辑 with an 已保存
  time, the headline and the 作者 field (the outlet), or their placeholders, the text with an image caption naming a
  图片来源, 正文字数, the 原创/赞赏/留言/合集 settings, 封面和摘要 with its placeholder, 原文链接, 定时发表 with the
  story's date and time, and the 保存为草稿 / 预览 / 发表 buttons;
- a 云推介会 live stream's replay page copied: the platform and its open-in-app bar, the live's own title (a
  推介会's, not the story's), 直播已结束 with a 人次观看 count, 直播时间 the day before the story's, 主办/承办, the
  简介 | 互动 | 图文 tabs, the headline, 来源 and the date, the text, 热门评论 with times, 相关直播 titles and the
  技术支持 line;
- a 美通社-like wire release page copied: the wire's name, English | 简体中文 | 繁體中文, the menu, a crumb, the
  headline, 新闻提供方 (the outlet, or an invented issuer, listed), the time, 分享到, the text with the dateline
  (中国{place}2021年6月18日 /美通社/ --) run into its first paragraph, 消息来源：, 相关链接, 行业 and 主题, an 英文版
  link, the 免责声明, 该发布方的更多新闻 titles and the rights line;
- a 投资贸易洽谈会 会刊 PDF through pdftotext: the cover (the fair's name, 会刊, OFFICIAL PROGRAMME, the month), a
  目录, a running head on every page and its page foot (— N —) before each form feed, a 上届回顾 · 媒体聚焦 section
  with an 编者按, the headline, the text wrapped at the column's width with a 图 caption, （原载《outlet》date）,
  then the 大会日程 of later days with times and halls;
- a speech-to-text (听见-like) transcript export (UTF-8, CRLF): the video file's name holding the date and the
  headline (no headline line of its own), 音频时长, 转写语言, a later 导出时间, and 说话人N with a timestamp before
  each paragraph;
- a 臺商投資企業協會 site in Traditional script copied: the association's name and English name, the menu,
  會員登入 | 加入會員, the column's name, a `>` crumb, the headline, 發佈日期 with 瀏覽人次, 資料來源：outlet, the
  text, 【列印本頁】【回上一頁】, 最新消息 titles in Traditional script, the 會址/電話/傳真 line and the rights line.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels) are the capture's metadata and are not listed, nor are lines that hold the headline among other
words (a file's name, a CSV row), nor rules of box-drawing marks (nothing left once squashed). A block of short
lines (a menu one item a line, a tab row) is listed as one string: squashed, it is one run of the text.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 6/" + name are `LOCKED_T6`, the other six `DEV_T6`. Round 6 is sealed: not scored when
written, to be scored once, both halves, at the end of the text path's next change.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterable

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import _join_lines

TEXT_FORMS6: dict[str, Layout] = {}
NAMES = ["綦建华", "阚玉兰", "牟志远", "隗海涛", "栾淑芬", "畅国庆", "邰晓琳", "糜振宏"]
# Titles of other items a capture lists (related, neighbouring, next, other rows): none is about the story.
OTHERS = [
    "县城第三污水处理厂提标改造完成",
    "全区中小学秋季开学安全大检查启动",
    "镇卫生院新添两台救护车投入使用",
    "县妇幼保健院开展免费两癌筛查",
    "区图书馆城市书房新增三处",
    "全县冬春水利建设现场会召开",
    "街道开展电动自行车违规充电集中整治",
    "县气象局发布今冬明春气候趋势预测",
    "区残联为重度残疾人上门办理证件",
    "县公路段完成国道沿线绿化补植",
    "社区食堂开业　老人吃饭有了好去处",
    "全市技能大赛电工项目决赛落幕",
]
# The same kind of titles in Traditional script, as a 臺商 association's site lists them.
OTHERS_HANT = [
    "本會舉辦會員企業稅務實務講座",
    "協會青年委員會赴鄰市參訪交流",
    "本會捐贈助學金予當地中小學",
    "臺商子女學校新學期開學典禮舉行",
    "協會召開第五屆第三次理監事會議",
    "本會組團參加兩岸經貿交流論壇",
]
PINYIN = {
    "青山县": "Qingshan",
    "临川区": "Linchuan",
    "东江市": "Dongjiang",
    "云岭县": "Yunling",
    "石城县": "Shicheng",
    "河西区": "Hexi",
    "南湖区": "Nanhu",
    "北塘县": "Beitang",
}
HANT = {
    "青山县": "青山縣",
    "临川区": "臨川區",
    "东江市": "東江市",
    "云岭县": "雲嶺縣",
    "石城县": "石城縣",
    "河西区": "河西區",
    "南湖区": "南湖區",
    "北塘县": "北塘縣",
}


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS6)


def _moment(day: dt.date | None, rng: random.Random) -> dt.datetime | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(rng.randrange(8, 22), rng.randrange(60), rng.randrange(60)))


def _after(day: dt.date | None, rng: random.Random, low: int, high: int) -> dt.date:
    """A day after the story's (an export, a registration, a fair): a date the capture shows, not its own."""
    return (day or dt.date(2021, 9, 14)) + dt.timedelta(days=rng.randrange(low, high))


def _before(day: dt.date | None, rng: random.Random, low: int, high: int) -> dt.date:
    """A day before the story's (a review, a live stream the story reports): a date the capture shows, not its own."""
    return (day or dt.date(2021, 9, 14)) - dt.timedelta(days=rng.randrange(low, high))


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


def _cut(line: str, width: int) -> list[str]:
    """A paragraph as a PDF sets it and pdftotext gives it back: cut every `width` characters."""
    return [line[start : start + width] for start in range(0, len(line), width)] or [line]


def _phone(rng: random.Random, area: str | None = None) -> str:
    return f"0{area or rng.choice(['571', '791', '551', '27', '28', '591'])}-{rng.randrange(10**7, 10**8)}"


def _written_month(day: dt.date) -> str:
    """A cover's month in Chinese numerals (二〇二一年九月), as a 会刊's cover writes it."""
    digits = "〇一二三四五六七八九"
    month = "十" + digits[day.month - 10] if day.month > 10 else "十" if day.month == 10 else digits[day.month]
    return "".join(digits[int(c)] for c in str(day.year)) + f"年{month}月"


# ---------------------------------------------------------------- government, association and wire sites


@text_form("touzicu_pc_select_all_side_column_first")
def touzicu_pc_select_all_side_column_first(story: Story) -> Wrapped:
    """A 投资促进局 site select-all copied on a PC: the 无障碍 bar, the bureau's names, the search box, the menu and the
    side column one item a line, a crumb, the headline, one info line, the text with a ▲ caption, 扫一扫, tools,
    上一篇/下一篇, the footer's links, 主办 with an address, 网站标识码/ICP/公网安备, 政府网站找错."""
    rng = _rng(story, "touzicu_pc")
    place = rng.choice(PLACES)
    bureau = f"{place}投资促进局"
    english = f"{PINYIN[place]} Investment Promotion Bureau"
    top = "无障碍浏览 | 长者模式 | 繁體版 | 手机版 | 登录"
    search = "请输入关键词　搜索"
    menu = ["首页", "机构概况", "投促动态", "投资环境", "招商项目", "政策法规", "投资服务", "互动交流"]
    side = ["投促动态", "工作动态", "招商活动", "项目进展", "媒体关注"]
    column = rng.choice(side[1:])
    crumb = f"当前位置：首页 > 投促动态 > {column}"
    moment = _moment(story.published, rng)
    views = f"浏览次数：{rng.randrange(50, 6000)}"
    font = "【字体：大 中 小】"
    info = _run(
        [
            f"发布日期：{moment:%Y-%m-%d %H:%M}" if moment else None,
            f"信息来源：{story.outlet}" if story.outlet else None,
            views,
            font,
        ],
        "　",
    )
    caption = f"▲ {place}重点项目集中签约仪式现场（{rng.choice(NAMES)} 摄）"
    lines = list(story.lines)
    body = [*lines[:1], caption, *lines[1:]] if len(lines) > 1 else lines
    shown = [caption] if len(lines) > 1 else []
    scan = "手机扫一扫　打开当前页"
    tools = "【打印本页】　【关闭窗口】"
    before, after = _others(rng, 2)
    links = "网站地图 | 联系我们 | 使用帮助 | 隐私声明"
    host = f"主办单位：{bureau}　地址：{place}人民大道{rng.randrange(8, 300)}号　邮编：3{rng.randrange(10**4, 10**5)}"
    province = rng.choice(["浙", "赣", "皖", "鄂", "川", "闽"])
    ids = (
        f"网站标识码：{rng.randrange(10**9, 10**10)}　{province}ICP备{rng.randrange(10**7, 10**8)}号-1　"
        f"{province}公网安备 {rng.randrange(10**13, 10**14)}号"
    )
    finder = "政府网站找错　党政机关"
    text = _join_lines(
        [
            top,
            bureau,
            english,
            search,
            *menu,
            *side,
            crumb,
            story.headline,
            info,
            *body,
            scan,
            tools,
            f"上一篇：{before}",
            f"下一篇：{after}",
            links,
            host,
            ids,
            finder,
        ]
    )
    furniture = (top, bureau, english, search, "".join(menu), "".join(side), crumb, views, font, *shown, scan, tools)
    furniture += (f"上一篇：{before}", f"下一篇：{after}", links, host, ids, finder)
    return Wrapped(
        text,
        furniture,
        f"http://tzcj.example-t6-{rng.randrange(100, 999)}.gov.cn/art/{rng.randrange(2019, 2024)}/"
        f"{rng.randrange(10**6)}.html",
        kind="text",
    )


@text_form("zwfw_province_site_switch_hotline")
def zwfw_province_site_switch_hotline(story: Story) -> Wrapped:
    """A provincial 政务服务网's news page copied: the site, 当前站点 [切换], the bar, the service menu, the search box,
    a crumb, the headline, 信息来源/发布日期, 【我要纠错】, the text, （本页面信息由…提供）, 热门服务, the app call,
    12345, 主办/承办, ICP and the browser advice."""
    rng = _rng(story, "zwfw_province")
    province, short, app = rng.choice(
        [
            ("浙江", "浙", "浙里办"),
            ("江西", "赣", "赣服通"),
            ("安徽", "皖", "皖事通"),
            ("湖北", "鄂", "鄂汇办"),
            ("四川", "川", "天府通办"),
            ("福建", "闽", "闽政通"),
        ]
    )
    place = rng.choice(PLACES)
    site = f"{province}政务服务网"
    station = f"当前站点：{place}　[切换]"
    bar = "登录 | 注册 | 无障碍 | 关怀版 | English"
    menu = "首页　个人服务　法人服务　部门服务　主题集成服务　阳光政务　好差评"
    search = "搜索服务、事项、政策文件"
    crumb = "您当前的位置：首页 > 阳光政务 > 地方动态"
    info = _run(
        [
            f"信息来源：{story.outlet}" if story.outlet else None,
            f"发布日期：{story.published:%Y-%m-%d}" if story.published else None,
        ],
        "　　",
    )
    correct = "【我要纠错】"
    provided = f"（本页面信息由{place}人民政府办公室提供）"
    services = ["热门服务", "企业开办一件事", "工业项目“拿地即开工”", "个体工商户设立登记", "不动产登记查询"]
    call = f"扫码下载“{app}”APP　掌上办事更便捷"
    hotline = "政务服务热线：12345　　投诉建议　　帮助中心"
    host = f"主办单位：{province}省人民政府办公厅　承办单位：{province}省大数据发展管理局"
    ids = (
        f"{short}ICP备{rng.randrange(10**7, 10**8)}号　{short}公网安备 {rng.randrange(10**13, 10**14)}号　"
        f"网站标识码：{rng.randrange(10**9, 10**10)}"
    )
    browser = "建议使用Chrome、Edge等浏览器，1920×1080分辨率浏览本站"
    text = _join_lines(
        [
            site,
            station,
            bar,
            menu,
            search,
            crumb,
            story.headline,
            info,
            correct,
            *story.lines,
            provided,
            *services,
            call,
            hotline,
            host,
            ids,
            browser,
        ]
    )
    furniture = (site, station, bar, menu, search, crumb, correct, provided, "".join(services), call, hotline, host)
    furniture += (ids, browser)
    return Wrapped(
        text,
        furniture,
        f"https://www.example-t6-zwfw.gov.cn/art/{rng.randrange(10**6)}.html?site={rng.randrange(10**5, 10**6)}",
        kind="text",
    )


@text_form("taishang_association_hant_member_login")
def taishang_association_hant_member_login(story: Story) -> Wrapped:
    """A 臺商投資企業協會 site in Traditional script copied: the association and its English name, the menu, 會員登入,
    the column, a crumb, the headline, 發佈日期 with 瀏覽人次, 資料來源, the text, tools, 最新消息, 會址, rights."""
    rng = _rng(story, "taishang")
    place = rng.choice(PLACES)
    association = f"{HANT[place]}臺商投資企業協會"
    english = f"Taiwan Business Association of {PINYIN[place]}"
    menu = "首頁 | 協會簡介 | 會務動態 | 臺商服務 | 政策法規 | 投資環境 | 聯絡我們"
    login = "會員登入　|　加入會員"
    column = "會務動態"
    crumb = f"首頁 > 會務動態 > {rng.choice(['協會新聞', '兩岸經貿', '在地訊息'])}"
    views = f"瀏覽人次：{rng.randrange(30, 3000)}"
    dated = _run([f"發佈日期：{story.published:%Y-%m-%d}" if story.published else None, views], "　")
    tools = "【列印本頁】【回上一頁】"
    latest = rng.sample(OTHERS_HANT, 3)
    area = rng.choice(["769", "512", "592", "571", "755"])
    address = (
        f"會址：{HANT[place]}{rng.choice(['迎賓大道', '臺商大道', '興業路'])}{rng.randrange(10, 300)}號　"
        f"電話：{_phone(rng, area)}　傳真：{_phone(rng, area)}"
    )
    year = story.published.year if story.published else 2021
    rights = f"Copyright © {year} {association} All Rights Reserved."
    text = _join_lines(
        [
            association,
            english,
            menu,
            login,
            column,
            crumb,
            story.headline,
            dated,
            f"資料來源：{story.outlet}" if story.outlet else None,
            *story.lines,
            tools,
            "最新消息",
            *latest,
            address,
            rights,
        ]
    )
    furniture = (association, english, menu, login, f"{column}\n{crumb}", views, tools, "最新消息", *latest, address)
    furniture += (rights,)
    return Wrapped(
        text, furniture, f"http://www.example-t6-tba.org.cn/news_view.asp?id={rng.randrange(10**4)}", kind="text"
    )


@text_form("prwire_release_dateline_run_in")
def prwire_release_dateline_run_in(story: Story) -> Wrapped:
    """A 美通社-like wire release page copied: the wire, its language switch, the menu, a crumb, the headline,
    新闻提供方, the time, 分享到, the text with the dateline run into its first paragraph, 消息来源, 相关链接,
    行业 and 主题, the 英文版 link, the 免责声明, 更多新闻 and the rights line."""
    rng = _rng(story, "prwire")
    place = rng.choice(PLACES)
    issuer = story.outlet or f"{place}人民政府新闻办公室"
    wire = "美通社 PR Newswire"
    languages = "English | 简体中文 | 繁體中文"
    menu = "新闻稿　多媒体新闻　行业新闻　发布新闻稿　联系我们"
    crumb = "首页 > 新闻稿 > 政府"
    moment = _moment(story.published, rng)
    share = "分享到：微信　微博　LinkedIn　邮件"
    region = f"中国{place}"
    mark = "/美通社/ --"
    dateline = f"{region}{_unpadded(story.published)} {mark} " if story.published else f"{region} {mark} "
    lines = list(story.lines)
    body = [dateline + lines[0], *lines[1:]] if lines else [dateline]
    link = f"相关链接：http://www.example-t6-{rng.randrange(100, 999)}.gov.cn"
    sectors = "行业：政府　贸易　房地产"
    topics = "主题：投资　合作/合资"
    english = "本新闻稿亦有英文版本　View English version"
    disclaimer = "免责声明：本新闻稿内容由发布方提供，美通社对其内容的真实性、准确性不承担任何责任。"
    more = _others(rng, 3)
    year = moment.year if moment else 2021
    rights = f"© {year} PR Newswire. 版权所有。"
    text = _join_lines(
        [
            wire,
            languages,
            menu,
            crumb,
            story.headline,
            f"新闻提供方：{issuer}",
            f"{moment:%Y-%m-%d %H:%M}" if moment else None,
            share,
            *body,
            f"消息来源：{story.outlet}" if story.outlet else None,
            link,
            sectors,
            topics,
            english,
            disclaimer,
            "该发布方的更多新闻",
            *more,
            rights,
        ]
    )
    invented = [] if story.outlet else [issuer]
    furniture = (
        *invented,
        wire,
        languages,
        menu,
        crumb,
        share,
        region,
        mark,
        link,
        sectors,
        topics,
        english,
        disclaimer,
    )
    furniture += ("该发布方的更多新闻", *more, rights)
    return Wrapped(
        text,
        furniture,
        f"https://www.example-t6-prnasia.com/story/{rng.randrange(10**5, 10**6)}-1.shtml",
        kind="text",
    )


# ---------------------------------------------------------------- video, live and back-end pages


@text_form("bilibili_video_intro_coins_next_up")
def bilibili_video_intro_coins_next_up(story: Story) -> Wrapped:
    """A B站-like video page select-all copied: the bar, the title (the headline), N播放 · N弹幕 with the time,
    禁止转载, the UP, its signature and + 关注, the description (the text), 收起 and tags, 点赞/投币/收藏/分享,
    评论 with three comments, and 接下来播放 titles with uploaders and plays."""
    rng = _rng(story, "bilibili")
    place = rng.choice(PLACES)
    bar = "首页　番剧　直播　游戏中心　会员购　漫画　赛事　下载客户端"
    up = story.outlet or f"{place[:2]}融媒"
    moment = _moment(story.published, rng)
    plays = f"{_count(rng)}播放 · {rng.randrange(0, 90)}弹幕"
    counted = _run([plays, f"{moment:%Y-%m-%d %H:%M:%S}" if moment else None], " · ")
    no_copy = "未经作者授权，禁止转载"
    sign = f"{place}融媒体中心官方账号，发布{place[:2]}本地权威资讯"
    follow = f"+ 关注 {_count(rng)}"
    tags = f"收起\n资讯　{place}　招商引资　项目建设　政务"
    row = (
        f"点赞 {rng.randrange(10, 2000)}　投币 {rng.randrange(0, 300)}　"
        f"收藏 {rng.randrange(0, 500)}　分享 {rng.randrange(0, 200)}"
    )
    comments_head = f"评论 {rng.randrange(3, 120)}\n最热　最新"
    day = _after(story.published, rng, 0, 4)
    comments = []
    for user, said in zip(
        rng.sample(["东江小鱼干", "临川的风", "北塘阿明", "石城老表"], 3),
        ["家乡加油，希望越来越好！", "终于有大项目落户了，回老家上班有盼头了", "打卡，up主更新好快"],
        strict=True,
    ):
        comments += [
            f"{user}　LV{rng.randrange(2, 7)}",
            said,
            f"{day:%Y-%m-%d} {rng.randrange(8, 23):02d}:{rng.randrange(60):02d}　{rng.randrange(0, 90)}　回复",
        ]
    up_next = ["接下来播放　自动连播"]
    for title in _others(rng, 3):
        up_next += [title, f"{place[:2]}发布　{_count(rng)}播放"]
    text = _join_lines(
        [
            bar,
            story.headline,
            counted,
            no_copy,
            up,
            sign,
            follow,
            *story.lines,
            tags,
            row,
            comments_head,
            *comments,
            *up_next,
        ]
    )
    invented = [] if story.outlet else [up]
    furniture = (*invented, bar, plays, no_copy, sign, follow, tags, row, comments_head, *comments, *up_next)
    bv = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789") for _ in range(10))
    return Wrapped(text, furniture, f"https://www.example-t6-bili.cn/video/BV1{bv}", kind="text")


@text_form("cloud_tuijie_live_replay_own_title")
def cloud_tuijie_live_replay_own_title(story: Story) -> Wrapped:
    """A 云推介会 live stream's replay page copied: the platform and its bar, the live's own title, 直播已结束 with a
    count, 直播时间 the day before, 主办/承办, the tabs, the headline, 来源 and the date, the text, 热门评论 with times,
    相关直播 and the 技术支持 line."""
    rng = _rng(story, "cloud_live")
    place = rng.choice(PLACES)
    platform = "微赞直播"
    bar = "打开APP，观看更流畅　立即打开"
    live = dt.datetime.combine(_before(story.published, rng, 1, 3), dt.time(rng.choice([9, 10, 14, 15]), 0))
    city = rng.choice(["上海", "深圳", "杭州", "苏州", "广州"])
    title = f"{live.year}{place}（{city}）投资环境云推介会"
    status = f"直播已结束　{_count(rng)}人次观看"
    when = f"直播时间：{live:%Y-%m-%d %H:%M}"
    host = f"主办：{place}人民政府　承办：{place}投资促进中心"
    tabs = "简介　互动　图文　邀请榜"
    byline = _run(
        [f"来源：{story.outlet}" if story.outlet else None, f"{story.published:%Y-%m-%d}" if story.published else None],
        "　",
    )
    people = rng.sample(NAMES, 3)
    messages = [
        f"{people[0]}　{live + dt.timedelta(minutes=rng.randrange(3, 30)):%H:%M}",
        "在外地也能看家乡推介，给力！",
        f"{people[1]}　{live + dt.timedelta(minutes=rng.randrange(31, 70)):%H:%M}",
        "请问园区标准厂房还有吗？怎么联系？",
        f"{people[2]}　{live + dt.timedelta(minutes=rng.randrange(71, 100)):%H:%M}",
        "已分享给身边的企业家朋友",
    ]
    related = []
    for other in _others(rng, 2):
        related += [other, f"回放　{_count(rng)}人次观看"]
    support = "微赞 提供技术支持　举报"
    text = _join_lines(
        [
            platform,
            bar,
            title,
            status,
            when,
            host,
            tabs,
            story.headline,
            byline,
            *story.lines,
            "热门评论",
            *messages,
            "相关直播",
            *related,
            support,
        ]
    )
    furniture = (platform, bar, title, status, when, host, tabs, "热门评论", *messages, "相关直播", *related, support)
    return Wrapped(text, furniture, f"https://live.example-t6-vzan.cn/live/page/{rng.randrange(10**9)}", kind="text")


@text_form("mp_backend_editor_draft_scheduled")
def mp_backend_editor_draft_scheduled(story: Story) -> Wrapped:
    """A 公众号 back-end editor page select-all copied: the menu, the account, 图文编辑 with 已保存, the headline and
    the 作者 field (or their placeholders), the text with a 图片来源 caption, 正文字数, the settings, 封面和摘要,
    原文链接, 定时发表 with the story's time, and the buttons."""
    rng = _rng(story, "mp_backend")
    place = rng.choice(PLACES)
    menu = "首页　内容管理　互动管理　数据分析　广告与服务　设置与开发"
    account = f"{place[:2]}投资促进"
    moment = _moment(story.published, rng)
    saved = f"图文编辑　已保存 {rng.randrange(8, 23):02d}:{rng.randrange(60):02d}"
    title = story.headline or "请在这里输入标题"
    author = story.outlet or "请输入作者"
    caption = f"▲ 图片来源：{place}投资促进中心"
    lines = list(story.lines)
    at = min(2, len(lines))
    body = [*lines[:at], caption, *lines[at:]]
    count = f"正文字数 {sum(len(line) for line in lines)}"
    settings = ["原创　未声明", "赞赏　未开启", "留言　已开启（所有用户可留言）", "合集　未添加"]
    cover = "封面和摘要"
    summary = "选填，不填写则默认抓取正文开头部分文字，摘要会在转发卡片和公众号会话展示。"
    source = "原文链接　未设置"
    schedule = f"定时发表　{moment:%Y年%m月%d日 %H:%M}" if moment else None
    buttons = "保存为草稿　预览　发表"
    text = _join_lines(
        [
            menu,
            account,
            saved,
            title,
            author,
            *body,
            count,
            *settings,
            cover,
            summary,
            source,
            schedule,
            buttons,
        ]
    )
    placeholder = [piece for piece, own in ((title, story.headline), (author, story.outlet)) if not own]
    furniture = (menu, account, saved, *placeholder, caption, count, *settings, cover, summary, source, buttons)
    return Wrapped(
        text,
        furniture,
        f"https://mp.example-t6-weixin.cn/cgi-bin/appmsg?t=media/appmsg_edit&appmsgid={rng.randrange(10**8)}",
        kind="text",
    )


# ---------------------------------------------------------------- exports and documents


@text_form("oa_xinxi_export_gb18030_read_log")
def oa_xinxi_export_gb18030_read_log(story: Story) -> Wrapped:
    """A 协同办公 OA 信息 page exported as text (GB18030, CRLF): the platform, a crumb, 标　　题：, 发布人 and 部门,
    发布时间, 信息来源, 阅读范围, 已阅/未阅 with 正　　文：, the text, 附件：无, 【阅读记录】 and the tools."""
    rng = _rng(story, "oa_xinxi")
    place = rng.choice(PLACES)
    system = f"{place}商务局协同办公平台"
    crumb = "信息中心 > 工作动态 > 查看信息"
    people = rng.sample(NAMES, 5)
    poster = f"发 布 人：{people[0]}　　发布部门：投资促进科"
    moment = _moment(story.published, rng)
    scope = "阅读范围：全局干部职工"
    read = rng.randrange(12, 60)
    counted = f"已阅：{read}人　未阅：{rng.randrange(1, 9)}人\r\n正　　文："
    attached = "附　　件：无"
    log = ["【阅读记录】"]
    seen = moment or dt.datetime.combine(_after(None, rng, 0, 1), dt.time(9))
    for minutes, (name, office) in zip(
        sorted(rng.sample(range(5, 600), 4)),
        zip(people[1:], ["办公室", "外资科", "内贸科", "开发区服务科"], strict=True),
        strict=True,
    ):
        log.append(f"{name}（{office}）　{seen + dt.timedelta(minutes=minutes):%Y-%m-%d %H:%M}")
    tools = "打印　|　导出　|　关闭"
    text = _join_lines(
        [
            system,
            crumb,
            f"标　　题：{story.headline}" if story.headline else "标　　题：（无标题）",
            poster,
            f"发布时间：{moment:%Y-%m-%d %H:%M}" if moment else None,
            f"信息来源：{story.outlet}" if story.outlet else None,
            scope,
            counted,
            *story.lines,
            attached,
            *log,
            tools,
        ],
        newline="\r\n",
    )
    unnamed = [] if story.headline else ["标　　题：（无标题）"]
    furniture = (system, crumb, *unnamed, poster, scope, counted, attached, *log, tools)
    return Wrapped(
        text + "\r\n", furniture, f"file:///OA导出-{rng.randrange(10**5)}.txt", encoding="gb18030", kind="text"
    )


def _cell(value: str) -> str:
    """A cell as Excel writes it to CSV: quoted, its quotes doubled, when it holds a comma, a quote or a newline."""
    if any(mark in value for mark in ',"\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


@text_form("xuanchuan_ledger_csv_bom_cell_text")
def xuanchuan_ledger_csv_bom_cell_text(story: Story) -> Wrapped:
    """A 宣传报道登记台账 exported by Excel as CSV (UTF-8 with a BOM, CRLF, LF inside a cell): the header row, a later
    item's row, the story's row with its text quoted in the last cell, and a third item's row."""
    rng = _rng(story, "ledger_csv")
    place = rng.choice(PLACES)
    header = "序号,稿件标题,刊发媒体,刊发日期,媒体级别,版面/栏目,链接,报送单位,登记人,登记时间,正文"
    unit = f"{place}投资促进中心"
    people = rng.sample(NAMES, 3)

    def day_cell(day: dt.date) -> str:
        return f"{day.year}/{day.month}/{day.day}"

    def registered(day: dt.date) -> str:
        return f"{day_cell(day)} {rng.randrange(8, 18)}:{rng.randrange(60):02d}"

    first, third = _others(rng, 2)
    later = _after(story.published, rng, 3, 20)
    row_one = ",".join(
        [
            "1",
            _cell(first),
            f"{place[:2]}新闻网",
            day_cell(later),
            "县级",
            "本地新闻",
            f"http://www.example-t6-{rng.randrange(100, 999)}.cn/a/{rng.randrange(10**6)}.html",
            f"{place}城市管理局",
            people[0],
            registered(later),
            _cell(f"近日，{first}。"),
        ]
    )
    level = rng.choice(["省级", "市级", "国家级"])
    column = rng.choice(["第A02版：要闻", "第3版：综合新闻", "客户端·地方频道"])
    link = f"http://www.example-t6-{rng.randrange(100, 999)}.com/content/{rng.randrange(10**7)}.html"
    logged = registered(_after(story.published, rng, 1, 3))
    middle = ",".join([level, column, link, unit, people[1], logged])
    row_two = ",".join(
        [
            "2",
            _cell(story.headline or ""),
            _cell(story.outlet or ""),
            day_cell(story.published) if story.published else "",
            middle,
            _cell("\n".join(story.lines)),
        ]
    )
    earlier = _before(story.published, rng, 2, 15)
    row_three = ",".join(
        [
            "3",
            _cell(third),
            f"{place[:2]}广播电视台",
            day_cell(earlier),
            "县级",
            "《新闻联播》",
            "",
            f"{place}卫生健康局",
            people[2],
            registered(earlier),
            _cell(f"{third}，群众反响良好。"),
        ]
    )
    text = "\r\n".join([header, row_one, row_two, row_three]) + "\r\n"
    furniture = (header, row_one, middle, row_three)
    return Wrapped(
        text, furniture, f"file:///宣传报道登记台账-{rng.randrange(10**4)}.csv", encoding="utf-8-sig", kind="text"
    )


@text_form("gaojian_shenqian_dan_utf16_tabs")
def gaojian_shenqian_dan_utf16_tabs(story: Story) -> Wrapped:
    """A 融媒体中心 稿件审签单 Word file saved as Unicode text (UTF-16, CRLF, tabs): the sheet, 编号, 稿件标题,
    作者 with 字数, 栏目 with 拟发平台, 来源, 拟发日期, 初审/复审/终审 rows with yearless days before, 稿件正文：,
    the text, 备注."""
    rng = _rng(story, "shenqian")
    place = rng.choice(PLACES)
    year = story.published.year if story.published else 2021
    sheet = f"{place}融媒体中心稿件审签单"
    number = f"编号：{year}-{rng.randrange(1, 3000):04d}"
    people = rng.sample(NAMES, 5)
    count = sum(len(line) for line in story.lines)
    author = f"作　　者\t记者　{people[0]}　通讯员　{people[1]}\t字　　数\t{count}"
    column = f"栏　　目\t{rng.choice(['要闻', '经济', '项目建设'])}\t拟发平台\t报纸　客户端　微信公众号"
    first = _before(story.published, rng, 2, 5)
    final = first + dt.timedelta(days=1)
    rows = [
        f"初审意见\t内容属实，同意，请复审。\t签名：{people[2]}\t{first.month}月{first.day}日",
        f"复审意见\t已核对数据，同意。\t签名：{people[3]}\t{first.month}月{first.day}日",
        f"终审意见\t同意刊发。\t签名：{people[4]}\t{final.month}月{final.day}日",
    ]
    note = f"备注：文中投资额、项目数已与{place}商务局核实。"
    text = _join_lines(
        [
            sheet,
            number,
            f"稿件标题\t{story.headline}" if story.headline else "稿件标题\t",
            author,
            column,
            f"来　　源\t{story.outlet}" if story.outlet else "来　　源\t自采",
            f"拟发日期\t{story.published:%Y-%m-%d}" if story.published else "拟发日期\t",
            *rows,
            "稿件正文：",
            *story.lines,
            note,
        ],
        newline="\r\n",
    )
    empty = [label for label, value in (("稿件标题", story.headline), ("拟发日期", story.published)) if not value]
    own = [] if story.outlet else ["来　　源\t自采"]
    furniture = (sheet, number, *empty, *own, author, column, *rows, "稿件正文：", note)
    return Wrapped(
        text + "\r\n", furniture, f"file:///审签单-{rng.randrange(10**5)}.txt", encoding="utf-16", kind="text"
    )


@text_form("huikan_pdf_media_review_agenda")
def huikan_pdf_media_review_agenda(story: Story) -> Wrapped:
    """A 投资贸易洽谈会 会刊 PDF through pdftotext: the cover, a 目录, running heads and page feet at each form feed,
    上届回顾 · 媒体聚焦 with an 编者按, the headline, the text cut at the column's width with a 图 caption,
    （原载《outlet》date）, then the 大会日程 of later days."""
    rng = _rng(story, "huikan")
    place = rng.choice(PLACES)
    number = rng.randrange(3, 20)
    fair = f"第{number}届中国{place}投资贸易洽谈会"
    fair_day = _after(story.published, rng, 200, 360)
    cover = [fair, "会　刊", "OFFICIAL PROGRAMME", _written_month(fair_day)]
    contents = [
        "目　录",
        "致辞 ……………………………… 1",
        "投资环境 ………………………… 5",
        "上届回顾 · 媒体聚焦 …………… 21",
        "大会日程 ………………………… 26",
    ]
    head = f"{fair}·会刊"
    page = 21
    furniture: list[str] = [*cover, "".join(contents)]
    lines: list[str] = [*cover, "\f" + contents[0], *contents[1:], "\f" + head, "上届回顾 · 媒体聚焦"]
    note = f"编者按：上届洽谈会期间，各级媒体聚焦{place}，现选登部分报道，以飨读者。"
    furniture += [f"{head}\n上届回顾 · 媒体聚焦", note]
    lines.append(note)
    if story.headline:
        lines.append(story.headline)
    caption = f"图：上届洽谈会重点项目签约现场（{rng.choice(NAMES)} 摄）"
    column = []
    for index, paragraph in enumerate(story.lines):
        column += _cut(paragraph, 36)
        if index == 0 and len(story.lines) > 1:
            column.append(caption)
            furniture.append(caption)
    origin = _run(
        [f"《{story.outlet}》" if story.outlet else None, _unpadded(story.published) if story.published else None], ""
    )
    if origin:
        column.append(f"（原载{origin}）")
    for index, piece in enumerate(column):
        if index and index % 34 == 0:
            turn = f"— {page} —\n\f{head}"
            lines.append(turn)
            furniture.append(turn)
            page += 1
        lines.append(piece)
    agenda = [f"— {page} —\n\f{head}", "大会日程"]
    for offset, items in enumerate(
        [
            ["09:00—09:40　开幕式　地点：国际会展中心A馆", "10:00—12:00　重点项目集中签约仪式　地点：A馆主会场"],
            ["09:30—11:30　产业链招商对接会　地点：国际会议中心三楼", "14:00—17:00　投资考察　地点：经济开发区"],
        ]
    ):
        day = fair_day + dt.timedelta(days=offset)
        agenda += [f"{day.month}月{day.day}日（星期{'一二三四五六日'[day.weekday()]}）", *items]
    agenda[-1] += f"\n— {page + 1} —"
    lines += agenda
    furniture += agenda
    # The running heads hold the fair's name the cover shows: listed first, so each is taken out whole.
    return Wrapped(
        _join_lines(lines) + "\n\f",
        tuple(sorted(dict.fromkeys(furniture), key=len, reverse=True)),
        f"file:///huikan-{fair_day.year}-{rng.randrange(10**4)}.pdf",
        kind="text",
    )


@text_form("tingjian_asr_export_speaker_stamps")
def tingjian_asr_export_speaker_stamps(story: Story) -> Wrapped:
    """A speech-to-text transcript export (UTF-8, CRLF): the video file's name holding the date and the headline, no
    headline line of its own, 音频时长, 转写语言, a later 导出时间, 说话人N with a timestamp before each paragraph."""
    rng = _rng(story, "tingjian")
    place = rng.choice(PLACES)
    named = _run([f"{story.published:%Y%m%d}" if story.published else None, f"{place[:2]}新闻"], "")
    file = f"{named}_{story.headline}.mp4" if story.headline else f"{named}.mp4"
    seconds = 2
    stamped: list[str] = []
    stamps: list[str] = []
    for index, paragraph in enumerate(story.lines):
        speaker = 2 if index and index % 3 == 0 else 1
        mark = f"说话人{speaker} {seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        stamped += [mark, paragraph]
        stamps.append(mark)
        seconds += len(paragraph) // 4 + rng.randrange(1, 4)
    length = f"音频时长：{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    language = "转写语言：中文（普通话）　领域：新闻"
    exported = dt.datetime.combine(
        _after(story.published, rng, 1, 30), dt.time(rng.randrange(8, 23), rng.randrange(60))
    )
    when = f"导出时间：{exported:%Y-%m-%d %H:%M}"
    text = _join_lines([file, length, language, when, "", *stamped], newline="\r\n")
    shown = [] if story.headline or story.published else [file]
    furniture = (*shown, length, language, when, *stamps)
    return Wrapped(text + "\r\n", furniture, f"file:///{file}.txt", kind="text")


DEV_T6, LOCKED_T6 = split_by_digest(TEXT_FORMS6, "text round 6/", locked=6)
