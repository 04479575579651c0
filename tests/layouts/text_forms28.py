"""Twelve text capture forms written blind (text round 28): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of county 招商局 site of 2008 saved by IE,
city department's channel on a 2023 集约化 platform, county portal of a 2015 template, provincial party paper's 数字报,
city party paper's news site, official account copied on a phone, browser's side-panel reading mode, selection of
a page's headline, day and text, county portal in its 繁體 mode, 高新区 site with drop-down menus, tablet browser's
reader or county portal's 领导讲话 column gives, none of them drawn in text rounds 1 to 27, weighed toward the most
common ways Chinese plain-text copies of 招商引资 news, notices, meeting reports and speeches are made: Ctrl+A copies
and saves of ordinary county and city government portals and of 招商局, 投资促进 and 开发区 sites of three eras
(a 2008 table template, a 2015 template, a 2023 集约化 platform), with their headers, menus, crumbs, info lines,
字号 tools, 打印/关闭, 上一篇/下一篇 and footers (主办/承办, ICP备, 网站标识码); copies of party papers' web pages
and e-paper; an official account's article copied on a phone; reading-mode copies; the selection a clerk makes
of the headline, the day and the text alone; a page in its 繁體 mode; and toward stories that show no headline (each
form then shows what it would show without one: the page's crumb to 正文, the page's own title, or nothing):

- a county 招商局 site of 2008 on a table template (动易-like) saved by IE as a text file (the page's GB2312 kept:
  GB18030, or Unicode: UTF-8 with a BOM; CRLF): 欢迎光临…网站！, 设为首页 | 加入收藏 | 联系我们, maybe 今天是 the
  day of the save, the menu's cells apart by tabs, the left column (站内搜索, 招商热线), 您现在的位置： … >> 正文,
  the headline, 作者/文章来源/点击数/更新时间 apart by tabs (the day unpadded, maybe with its time), 【字体：小 大】,
  the paragraphs indented by two wide spaces, 【发表评论】…【关闭窗口】, 上一篇文章/下一篇文章, 相关文章, the 网友评论
  note, 版权所有 with the address, 电话/传真/E-mail and 技术支持 with the ICP number;
- a city 投资促进 or 商务 department's channel on the city's 2023 集约化 platform select-all copied in Chrome (UTF-8):
  无障碍浏览 and 长者模式, maybe 您好，今天是 the copy's day, 登录 | 注册, the city's government and the department,
  the search with 热门搜索, the portal's menu a line each, the department's menu a line each, 当前位置 through
  部门信息, the headline, 发布时间/信息来源 (or the department)/浏览次数, 字号 with 打印 and 朗读, the paragraphs,
  扫一扫在手机打开当前页, 【我要纠错】【打印本页】【关闭窗口】, 相关稿件 maybe with their days, the footer's links,
  主办单位/承办单位, 网站标识码 with ICP and 公网安备, 政府网站找错, 党政机关, the browser advice;
- a county portal of a 2015 template select-all copied in Firefox (blank lines between blocks; UTF-8, or saved by
  Notepad: UTF-8 with a BOM and CRLF): 设为首页 | 加入收藏 | 手机版 | 无障碍, the government, its address, the menu
  a line each, the search, 您当前的位置 ending in the headline (whole, or cut with ...) or in 正文, the headline again,
  发布时间/来源/an empty 作者/浏览次数, 【字体：大 中 小】【打印】【关闭】, the paragraphs, 【打印本页】【关闭窗口】,
  上一篇/下一篇, 相关新闻, 主办/承办, the address and phone, ICP, 公网安备 and 网站标识码;
- a provincial party paper's 数字报 article page select-all copied (UTF-8, maybe CRLF): …日报数字报, 返回首页 |
  往期回顾 | 版面PDF, the issue's day with 星期, 第N版：name, 上一版　下一版, 版面目录 with every page's name, maybe
  an 引题, the headline, maybe a 副题, maybe 本报记者 … 通讯员 …, the paragraphs, （outlet供稿） where the outlet is
  not the paper, 《 paper 》（ day　第 N 版）, 本版新闻 with the headline among the page's other titles, the paper's
  rights, address and ICP lines;
- a city party paper's news site (…新闻网, the 日报社's) select-all copied on a PC (UTF-8, or by an old Notepad:
  GB18030 and CRLF): the site, its papers and 客户端 with 登录, the menu, 当前位置 >> 县区 >> a county, the headline,
  the day and time with 来源 (the outlet, or the site), 作者 and 编辑, maybe 【编者按】, the paragraphs, 责任编辑,
  扫一扫　分享到微信, 相关新闻, 网友评论 with its rules, the links, rights and licences;
- an official account's article copied on a phone (UTF-8): the headline, or a teaser title of the account's own
  with 原标题：《headline》 under the meta line; maybe the writer, the account (the outlet, or a 发布 account of its
  own), the day and time (2021年11月05日 19:30) and a province, maybe 听全文, maybe 编者按：, the paragraphs (maybe
  with empty lines between), maybe - END -, 来源：outlet where the account is not the outlet, 编辑/审核 credits,
  maybe 往期推荐 titles;
- a county page in a desktop browser's side-panel reading mode copied (Chrome-like, UTF-8): the title as the mode
  takes it (the headline, the headline with the column and the site, the headline with the site, or the column and
  the site where the page has no headline), maybe the page's info line kept, maybe 【字体：大 中 小】, the
  paragraphs (blank lines between, or not), maybe a tool line the mode kept (扫一扫…, 【打印本页】…, 分享到：);
- the selection a clerk makes of a page, its headline, day and text alone, pasted into Notepad (UTF-8, GB18030 and
  CRLF, or UTF-8 with a BOM and CRLF): the headline, a day line in one of the pages' forms (2021-11-05, 2021年11月5日,
  发布时间：… with the time, 时间：2021/11/05, 来源 with 发布时间), maybe a blank line, the paragraphs maybe indented
  by two wide spaces, maybe a leftover of the page (（编辑：name）, 【打印本页】【关闭窗口】), maybe （来源：outlet）;
- a county portal in its 繁體 mode (the site's 简/繁 switch) select-all copied (UTF-8, maybe CRLF): 設為首頁 | 加入收藏
  | 簡體版 | 無障礙瀏覽, the government, the menu, 當前位置, the headline through the switch's table, 發布時間/信息來源
  (the outlet through it too)/瀏覽次數, 【字體：大 中 小】【打印本頁】【關閉窗口】, the paragraphs (as the story holds
  them: the structural checks hold a paragraph's own characters), 分享到：, 上一篇/下一篇 through the table, 主辦單位
  /承辦單位, 網站標識碼 with the ICP number;
- a 高新区 管委会 site of a 2015 template select-all copied with its drop-down menus (UTF-8, or saved by Notepad: UTF-8
  with a BOM and CRLF): the 管委会, 中文版 | English | 手机版, each menu item with its hidden sub-items a line each,
  最新公告： with three other items and their yearless days, 投资热线, 位置：, the headline, 来源/作者/时间/点击, the
  paragraphs, 【打印】【关闭】【返回顶部】, 上一篇/下一篇, the floating 在线咨询/扫码关注/返回顶部, 版权所有 with the
  address, ICP and 公网安备, 技术支持;
- a county page in a tablet browser's reader, select-all copied (Safari-like, UTF-8): the title (the headline, or
  the page's title: the column and the site), maybe the byline (the outlet, or the site), maybe the day as the reader
  prints it (2021年11月5日), a blank line, maybe the page's info line kept, the paragraphs between blank lines, maybe
  【字体：大 中 小】 left in;
- a county portal's 领导讲话 column page select-all copied (UTF-8, or by an old Notepad: GB18030 and CRLF): the
  government, the menu, the 政务公开 column's menu, 首页 > 政务公开 > 领导讲话, the headline, 发布时间/来源/浏览量,
  字号 大 中 小　打印　关闭, maybe ——在…上的讲话, the speaker's office and name, maybe （the day unpadded）, the
  paragraphs, 【打印本页】【关闭窗口】, 相关讲话 titles of the government's own, 主办/承办, ICP and 网站标识码.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels) are the capture's metadata and are not listed, nor are lines that hold the headline, the date or the
outlet among other words (an info line). A run of the capture's own text between two pieces of the story is listed as
one string: squashed, it is one run of the text. A run that squashes to digits alone or to one letter is not listed:
squashed, it is what a story's own text holds too.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 28/" + name are `LOCKED_T28`, the other six `DEV_T28`. Round 28 is sealed: not scored when
written; whoever next changes the text path scores it once, both halves, at the end of their work, and fixes nothing
from its misses.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from layouts.families import EDITORS, PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import (
    _address,
    _crlf,
    _joined,
    _later,
    _listed,
    _moment,
    _near,
    _numbers,
    _token,
    _unpadded,
)

TEXT_FORMS28: dict[str, Layout] = {}
NAMES = ["邱建平", "蔡丽君", "汤国华", "魏秀英", "彭立新", "傅晓燕", "谢文斌", "龚春梅"]
# Other items a page lists (上一篇/下一篇, related news, a page's other titles): none is about the story.
OTHERS = [
    "县自然资源局开展耕地保护专项督查",
    "县水利局部署冬春水利建设工作",
    "县卫健委开展基层医疗机构业务培训",
    "县应急管理局开展冬季消防安全检查",
    "县人社局举办就业援助月专场招聘会",
    "县农业农村局推进高标准农田建设",
    "全县森林防火工作会议召开",
    "县市场监管局开展计量器具专项检查",
]
# A province, its short name and its capital.
PROVINCES = [
    ("江西", "赣", "南昌"),
    ("浙江", "浙", "杭州"),
    ("安徽", "皖", "合肥"),
    ("湖北", "鄂", "武汉"),
    ("湖南", "湘", "长沙"),
    ("四川", "川", "成都"),
    ("福建", "闽", "福州"),
    ("河南", "豫", "郑州"),
]
# Invented cities (a city's department channels, a city party paper's site).
CITIES = ["江州市", "云州市", "岚州市", "沅州市", "澄州市", "琅州市"]
WEEKDAYS = "一二三四五六日"
# A 繁體 switch's table of characters (a page's script converts character by character through one like it).
_PAIRS = (
    "发發 时時 间間 来來 浏瀏 览覽 数數 号號 关關 闭閉 页頁 当當 务務 开開 动動 进進 县縣 网網 门門 户戶 办辦 单單 "
    "标標 识識 码碼 备備 书書 记記 长長 区區 业業 产產 项項 签簽 约約 资資 会會 议議 现現 场場 设設 总總 额額 亿億 "
    "万萬 经經 济濟 电電 话話 邮郵 编編 维維 护護 转轉 载載 体體 简簡 导導 热熱 点點 闻聞 东東 云雲 岭嶺 临臨 园園 "
    "级級 营營 环環 优優 对對 这這 个個 们們 为為 实實 际際 还還 没沒 与與 从從 后後 应應 该該 说說 让讓 认認 质質 "
    "计計 划劃 达達 线線 链鏈 条條 龙龍 头頭 强強 补補 兴興 乡鄉 镇鎮 农農 车車 装裝 医醫 药藥 纺紡 织織 机機 据據 "
    "储儲 锂鋰 风風 节節 厂廠 税稅 岗崗 创創 带帶 届屆 举舉 参參 领領 讲講 调調 确確 见見 讨討 论論 协協 问問 题題 "
    "难難 决決 帮幫 员員 责責 辑輯 审審 终終 图圖 摄攝 视視 频頻 阅閱 读讀 处處 统統 筹籌 规規 围圍 绕繞 绿綠 态態 "
    "结結 构構 积積 极極 华華 国國 广廣 苏蘇 赣贛 闽閩 庆慶 阳陽 滨濱 黄黃 岛島 宁寧 辽遼 贵貴 陕陝 内內 团團 队隊 "
    "过過 将將 并並 仪儀 报報 讯訊 络絡 术術 专專 栏欄 两兩 侨僑 联聯 厅廳 组組 传傳 纪紀 检檢 监監 财財 银銀 证證 "
    "险險 贸貿 韩韓 欧歐 亚亞 币幣 绩績 胜勝 赛賽 奖獎 励勵 扩擴 张張 满滿 贴貼 压壓 缩縮 鄂鄂 湘湘 豫豫 皖皖 塘塘 "
    "历歷 树樹 汉漢 岚嵐 澄澄 湾灣 桥橋 阶階 层層 盘盤 馆館 宾賓 庄莊 杂雜 尽盡 众眾 称稱 状狀 广廣 务務 卫衛 "
    "健健 应應 急急 资資 规規 疗療 谈談 达達 讲講 复復 圳圳 钢鋼 铁鐵 铝鋁 锦錦 织織 饮飲 食食 烟煙 气氣 热熱 "
    "费費 价價 购購 销銷 货貨 运運 输輸 邻鄰 区區 划劃 选選 择擇 续續 细細 纳納 绍紹 约約 级級 红紅 线線"
)
HANT = {pair[0]: pair[1] for pair in _PAIRS.split() if pair[0] != pair[1]}

# The letters an official account's short link is made of.
LINK = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789"

Parts = list[tuple[str | None, bool]]


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS28)


def _hant(text: str) -> str:
    """Text through a 繁體 switch's table: the characters it holds converted, the others as they are."""
    return "".join(HANT.get(char, char) for char in text)


def _weekday(day: dt.date) -> str:
    return f"星期{WEEKDAYS[day.weekday()]}"


def _body(story: Story, indent: str = "", gap: str = "\n") -> Parts:
    """The story's paragraphs, a line each (indented, or with an empty line between where the copy leaves one)."""
    parts: Parts = []
    for line in story.lines:
        parts += [(indent, True), (line, False), (gap, True)]
    return parts


def _phone(rng: random.Random) -> str:
    return f"0{rng.randrange(700, 799)}-{rng.randrange(10**6, 10**7)}"


def _site_code(rng: random.Random) -> str:
    """A government site's 网站标识码: ten digits."""
    return str(rng.randrange(10**9, 10**10))


def _copy_year(story: Story, rng: random.Random) -> int:
    """The year a page was copied in, which its copyright line shows: some months after the story."""
    return max(_later(story, rng, 30, 400).year, rng.randrange(2021, 2025))


# ---------------------------------------------------------------- government and investment sites of three eras


@text_form("dongyi_zhaoshangju_ie_save_txt_gengxin_shijian")
def dongyi_zhaoshangju_ie_save_txt_gengxin_shijian(story: Story) -> Wrapped:
    """A county 招商局 site of 2008 on a table template (动易-like) saved by IE as a text file (GB18030, or UTF-8 with
    a BOM; CRLF): the welcome, 设为首页 | 加入收藏, maybe 今天是 the save's day, the menu's cells apart by tabs, the
    left column, 您现在的位置 … >> 正文, the headline, 作者/文章来源/点击数/更新时间 apart by tabs, 【字体：小 大】, the
    paragraphs indented, the tools, 上一篇文章/下一篇文章, 相关文章, the 网友评论 note, 版权所有, 技术支持 and ICP."""
    rng = _rng(story, "dongyi_zhaoshangju_ie_save_txt_gengxin_shijian")
    place = rng.choice(PLACES)
    site = f"{place}{rng.choice(['招商局', '招商引资局', '投资促进局'])}"
    saved = _later(story, rng, 2, 40)
    icp, _ = _numbers(rng)
    menu = ["网站首页", "机构设置", "招商动态", "投资环境", "优惠政策", "招商项目", "工业园区", "办事指南", "联系我们"]
    head = f"欢迎光临{site}网站！\n设为首页 | 加入收藏 | 联系我们\n"
    if rng.random() < 0.5:
        head += f"今天是：{saved.year}年{saved.month}月{saved.day}日 {_weekday(saved.date())}\n"
    head += "\t".join(menu) + "\n"
    head += f"站内搜索\n关键字：\t搜索\n招商热线：{_phone(rng)}\n"
    head += f"您现在的位置： {site} >> {rng.choice(['招商动态', '工作动态', '新闻中心'])} >> 正文\n"
    parts: Parts = [(head, True)]
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    parts.append((f"作者：{rng.choice(['佚名', '本站', 'admin', '办公室'])}\t", True))
    if story.outlet:
        parts.append((f"文章来源：{story.outlet}", False))
    else:
        parts.append(("文章来源：本站原创", True))
    parts.append((f"\t点击数：{rng.randrange(20, 3000)}\t", True))
    if story.published:
        day = story.published
        stamp = f"{day.year}-{day.month}-{day.day}"
        moment = _moment(day, rng)
        if moment and rng.random() < 0.5:
            stamp += f" {moment:%H:%M:%S}"
        parts.append((f"更新时间：{stamp}", False))
    parts.append(("\n【字体：小 大】\n", True))
    parts += _body(story, "　　")
    previous, following, *related = rng.sample(OTHERS, 5)
    parts.append(
        (
            "【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】\n"
            f"上一篇文章： {previous}\n下一篇文章： {following if rng.random() < 0.7 else '没有了'}\n"
            "相关文章\n" + "".join(f"{title}\n" for title in related) + "网友评论：（只显示最新10条。评论内容只代表网友"
            "观点，与本站立场无关！）\n"
            f"版权所有：{site}　地址：{place}{rng.choice(['人民路', '解放路', '建设路'])}{rng.randrange(1, 200)}号　"
            f"邮编：{rng.randrange(330000, 349999)}\n"
            f"电话：{_phone(rng)}　传真：{_phone(rng)}　E-mail：zsj@{_token(rng, 4)}.gov.cn\n"
            f"技术支持：{place}信息网络中心　{icp}\n",
            True,
        )
    )
    text, furniture = _joined(parts)
    url = (
        f"http://www.{_token(rng, 4)}zs.example-t28.gov.cn/Article/ShowArticle.asp?ArticleID={rng.randrange(100, 5000)}"
    )
    if rng.random() < 0.75:
        return Wrapped(_crlf(text), _listed(furniture), url, encoding="gb18030", kind="text")
    return Wrapped(_crlf(text), _listed(furniture), url, encoding="utf-8-sig", kind="text")


@text_form("jiyuehua_2023_bumen_lanmu_chrome_select_all")
def jiyuehua_2023_bumen_lanmu_chrome_select_all(story: Story) -> Wrapped:
    """A city 投资促进 or 商务 department's channel on the city's 2023 集约化 platform select-all copied in Chrome:
    无障碍浏览, 长者模式, maybe 您好，今天是 the copy's day, 登录 | 注册, the government and the department, the search,
    the portal's and the department's menus a line each, 当前位置 through 部门信息, the headline, 发布时间/信息来源/
    浏览次数, 字号 with 打印 and 朗读, the paragraphs, 扫一扫在手机打开当前页, the tools, 相关稿件, the footer."""
    rng = _rng(story, "jiyuehua_2023_bumen_lanmu_chrome_select_all")
    city = rng.choice(CITIES)
    bureau = f"{city}{rng.choice(['投资促进中心', '投资促进局', '商务局'])}"
    column = rng.choice(["工作动态", "招商动态", "部门动态"])
    copied = _later(story, rng, 1, 90)
    icp, police = _numbers(rng)
    head = "无障碍浏览\n长者模式\n"
    if rng.random() < 0.4:
        head += f"您好，今天是{copied:%Y年%m月%d日} {_weekday(copied.date())}\n"
    head += (
        f"登录 | 注册\n{city}人民政府\n{bureau}\n请输入关键词\n搜索\n热门搜索：招商引资 营商环境 人才政策 惠企政策\n"
    )
    portal = ["首页", "要闻动态", "政务公开", "政务服务", "互动交流", "数据发布", f"走进{city[:-1]}"]
    own = ["机构职能", "领导信息", column, "通知公告", "政策文件", "招商项目", "政府信息公开"]
    head += "".join(f"{item}\n" for item in portal) + f"{bureau}\n" + "".join(f"{item}\n" for item in own)
    head += f"当前位置：首页 > 部门信息 > {bureau} > {column}\n"
    parts: Parts = [(head, True)]
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    moment = _moment(story.published, rng)
    if moment:
        parts += [(f"发布时间：{moment:%Y-%m-%d %H:%M}", False), ("　", True)]
    if story.outlet:
        parts.append((f"信息来源：{story.outlet}", False))
    else:
        parts.append((f"信息来源：{bureau}", True))
    parts.append((f"　浏览次数：{rng.randrange(30, 5000)}\n字号：大 中 小　|　打印　|　朗读\n", True))
    parts += _body(story)
    related = rng.sample(OTHERS, 3)
    dated = rng.random() < 0.5
    listed = "".join(
        f"{title}　{_near(story.published, rng):%Y-%m-%d}\n" if dated else f"{title}\n" for title in related
    )
    parts.append(
        (
            "扫一扫在手机打开当前页\n【我要纠错】　【打印本页】　【关闭窗口】\n相关稿件\n"
            + listed
            + "网站地图　|　联系我们　|"
            "　隐私声明　|　使用帮助\n"
            f"主办单位：{city}人民政府办公室　承办单位：{bureau}\n"
            f"网站标识码：{_site_code(rng)}　{icp}　{police}\n"
            "政府网站找错\n党政机关\n建议使用1366×768以上分辨率、IE10以上版本浏览器浏览本网站\n",
            True,
        )
    )
    text, furniture = _joined(parts)
    host = f"www.{_token(rng, 3)}.example-t28.gov.cn"
    url = _address(host, story.published, rng.randrange(10**6, 10**7), f"bmxx/{_token(rng, 4)}/gzdt")
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("county_portal_2015_crumb_headline_firefox_select_all")
def county_portal_2015_crumb_headline_firefox_select_all(story: Story) -> Wrapped:
    """A county portal of a 2015 template select-all copied in Firefox (blank lines between blocks; UTF-8, or saved
    by Notepad: UTF-8 with a BOM and CRLF): the bar, the government and its address, the menu, the search,
    您当前的位置 ending in the headline (whole or cut) or in 正文, the headline again, 发布时间/来源/an empty 作者/
    浏览次数, the font tools, the paragraphs, the tools, 上一篇/下一篇, 相关新闻, 主办/承办, ICP and 网站标识码."""
    rng = _rng(story, "county_portal_2015_crumb_headline_firefox_select_all")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    icp, police = _numbers(rng)
    menu = ["首页", "新闻中心", "政务公开", "政务服务", "政民互动", f"投资{place[:-1]}", f"魅力{place[:-1]}"]
    column = rng.choice(["部门动态", "乡镇动态", "招商引资"])
    head = f"设为首页 | 加入收藏 | 手机版 | 无障碍\n{site}\nwww.{_token(rng, 4)}.gov.cn\n\n"
    head += "".join(f"{item}\n" for item in menu) + "\n请输入关键字\n搜索\n\n"
    head += f"您当前的位置：首页 > 新闻中心 > {column} > "
    parts: Parts = [(head, True)]
    if story.headline:
        cut = len(story.headline) > 18 and rng.random() < 0.5
        parts += [(story.headline[:18] if cut else story.headline, False), ("...\n\n" if cut else "\n\n", True)]
        parts += [(story.headline, False), ("\n\n", True)]
    else:
        parts.append(("正文\n\n", True))
    moment = _moment(story.published, rng)
    if moment:
        parts += [(f"发布时间：{moment:%Y-%m-%d %H:%M}", False), ("　　", True)]
    if story.outlet:
        parts += [(f"来源：{story.outlet}", False), ("　　", True)]
    parts.append((f"作者：　　浏览次数：{rng.randrange(40, 6000)}\n【字体：大 中 小】　【打印】　【关闭】\n\n", True))
    parts += _body(story, gap="\n\n")
    previous, following, *related = rng.sample(OTHERS, 5)
    parts.append(
        (
            f"【打印本页】　【关闭窗口】\n\n上一篇：{previous}\n下一篇：{following}\n\n相关新闻\n\n"
            + "".join(f"{title}\n" for title in related)
            + f"\n主办：{site}办公室　承办：{place}信息化服务中心\n"
            f"地址：{place}府前路{rng.randrange(1, 99)}号　联系电话：{_phone(rng)}\n"
            f"{icp}　{police}　网站标识码：{_site_code(rng)}\n",
            True,
        )
    )
    text, furniture = _joined(parts)
    url = _address(
        f"www.{_token(rng, 4)}.example-t28.gov.cn", story.published, rng.randrange(10**5, 10**6), "xwzx/bmdt"
    )
    if rng.random() < 0.5:
        return Wrapped(_crlf(text), _listed(furniture), url, encoding="utf-8-sig", kind="text")
    return Wrapped(text, _listed(furniture), url, kind="text")


# ---------------------------------------------------------------- party papers' e-paper and news sites


@text_form("dangbao_shuzibao_banmian_mulu_benban_xinwen")
def dangbao_shuzibao_banmian_mulu_benban_xinwen(story: Story) -> Wrapped:
    """A provincial party paper's 数字报 article page select-all copied (UTF-8, maybe CRLF): …日报数字报, its links,
    the issue's day with 星期, 第N版, 上一版　下一版, 版面目录, maybe an 引题, the headline, maybe a 副题, maybe the
    reporters, the paragraphs, （outlet供稿） where the outlet is not the paper, 《 paper 》（ day　第 N 版）, 本版新闻
    with the headline among the page's other titles, the rights, address and ICP lines."""
    rng = _rng(story, "dangbao_shuzibao_banmian_mulu_benban_xinwen")
    province, short, capital = rng.choice(PROVINCES)
    place = rng.choice(PLACES)
    ours = bool(story.outlet) and str(story.outlet).endswith("报")
    paper = story.outlet if ours and story.outlet else f"{province}日报"
    pages = ["要闻", "要闻", "综合", "经济", "市县", "政务", "理论", "副刊"]
    number = rng.randrange(3, 7)
    parts: Parts = [(paper, not ours), ("数字报\n返回首页 | 往期回顾 | 版面PDF\n", True)]
    if story.published:
        parts += [(f"{story.published:%Y年%m月%d日}", False), (f" {_weekday(story.published)}\n", True)]
    parts.append(
        (
            f"第{number:02d}版：{pages[number - 1]}\n上一版　下一版\n版面目录\n"
            + "".join(f"第{index:02d}版：{name}\n" for index, name in enumerate(pages, 1)),
            True,
        )
    )
    if rng.random() < 0.5:
        parts.append((rng.choice(["项目为王 实干争先", "聚焦高质量发展", "抓招商 强产业 促发展"]) + "\n", True))
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    if rng.random() < 0.4:
        parts.append((f"——{place}{rng.choice(['推进招商引资工作综述', '奋力打好招商引资攻坚战'])}\n", True))
    if rng.random() < 0.7:
        reporter, writer = rng.sample(NAMES, 2)
        parts.append((f"本报记者 {reporter}　通讯员 {writer}\n", True))
    parts += _body(story)
    if story.outlet and not ours:
        parts += [("（", True), (story.outlet, False), ("供稿）\n", True)]
    parts += [("《 ", True), (paper, not ours), (" 》（ ", True)]
    if story.published:
        parts += [(f"{story.published:%Y年%m月%d日}", False), ("　", True)]
    parts.append((f"第 {number:02d} 版）\n本版新闻\n", True))
    titles: list[str | None] = list(rng.sample(OTHERS, 4))
    if story.headline:
        titles.insert(rng.randrange(0, 5), None)
    for title in titles:
        parts += [(title, True) if title else (story.headline, False), ("\n", True)]
    year = story.published.year if story.published else _copy_year(story, rng)
    parts.append(
        (
            f"{paper}社版权所有　未经书面授权不得复制或建立镜像\n"
            f"地址：{capital}市{rng.choice(['红谷大道', '文教路', '解放大道'])}{rng.randrange(1, 900)}号　"
            f"邮编：{rng.randrange(310000, 460000)}\n"
            f"{short}ICP备{rng.randrange(10**7, 10**8)}号　Copyright © {year}\n",
            True,
        )
    )
    text, furniture = _joined(parts)
    day = story.published or dt.date(2021, 11, 3)
    url = f"https://{_token(rng, 4)}.example-t28.cn/epaper/html/{day:%Y-%m}/{day:%d}/"
    url += f"content_{rng.randrange(10**4, 10**5)}.htm"
    if rng.random() < 0.3:
        return Wrapped(_crlf(text), _listed(furniture), url, kind="text")
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("shibao_xinwenwang_select_all_bianzhean_zebian")
def shibao_xinwenwang_select_all_bianzhean_zebian(story: Story) -> Wrapped:
    """A city party paper's news site (…新闻网, the 日报社's) select-all copied on a PC (UTF-8, or by an old Notepad:
    GB18030 and CRLF): the site, its papers and 客户端, the menu, 当前位置 >> 县区 >> a county, the headline, the day
    and time with 来源 (the outlet, or the site), 作者 and 编辑, maybe 【编者按】, the paragraphs, 责任编辑, 扫一扫
    分享到微信, 相关新闻, 网友评论 with its rules, the links, rights and licences."""
    rng = _rng(story, "shibao_xinwenwang_select_all_bianzhean_zebian")
    city = rng.choice(CITIES)
    name = city[:-1]
    site = f"{name}新闻网"
    place = rng.choice(PLACES)
    reporter, editor, chief = rng.sample(NAMES, 3)
    icp, police = _numbers(rng)
    parts: Parts = [
        (
            f"{site}\n{name}日报 | {name}晚报 | 数字报 | {name}日报客户端 | 登录\n"
            "首页　时政　县区　经济　民生　文旅　视频　专题　评论\n"
            f"当前位置：{site} >> 县区 >> {place}\n",
            True,
        )
    ]
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    moment = _moment(story.published, rng)
    if moment:
        parts += [(f"{moment:%Y-%m-%d %H:%M:%S}", False), ("　", True)]
    if story.outlet:
        parts.append((f"来源：{story.outlet}", False))
    else:
        parts.append((f"来源：{site}", True))
    parts.append((f"　作者：{rng.choice(['记者 ', '通讯员 '])}{reporter}　编辑：{editor}\n", True))
    if rng.random() < 0.4:
        parts.append(
            (
                "【编者按】招商引资是经济工作的“生命线”。即日起，本网开设专栏，集中展示各县（市、区）抓招商、"
                "上项目、促发展的生动实践，敬请关注。\n",
                True,
            )
        )
    parts += _body(story)
    related = rng.sample(OTHERS, 4)
    parts.append(
        (
            f"责任编辑：{chief}\n扫一扫　分享到微信\n相关新闻\n"
            + "".join(f"{title}\n" for title in related)
            + "网友评论\n"
            "请遵守《互联网跟帖评论服务管理规定》，文明上网，理性发言。\n发表评论\n"
            "关于我们 | 广告服务 | 联系我们 | 网站声明 | 投稿邮箱\n"
            f"{name}日报社版权所有　未经书面授权禁止转载　Copyright © {_copy_year(story, rng)}\n"
            f"互联网新闻信息服务许可证：{rng.randrange(10**10, 10**11)}　{icp}　{police}\n",
            True,
        )
    )
    text, furniture = _joined(parts)
    day = story.published or dt.date(2021, 11, 3)
    url = f"https://www.{_token(rng, 4)}news.example-t28.cn/xq/{day:%Y%m}/"
    url += f"t{day:%Y%m%d}_{rng.randrange(10**6, 10**7)}.html"
    if rng.random() < 0.35:
        return Wrapped(_crlf(text), _listed(furniture), url, encoding="gb18030", kind="text")
    return Wrapped(text, _listed(furniture), url, kind="text")


# ---------------------------------------------------------------- an official account on a phone


TEASERS = [
    "重磅！{place}又一批好项目签约落地",
    "好消息！{place}招商引资再传捷报",
    "刚刚，{place}传来好消息！",
    "速看！事关{place}发展大局",
]


@text_form("gzh_phone_copy_yuanbiaoti_bianzhean_credits")
def gzh_phone_copy_yuanbiaoti_bianzhean_credits(story: Story) -> Wrapped:
    """An official account's article copied on a phone: the headline, or a teaser title of the account's own with
    原标题：《headline》 after the meta line; maybe the writer, the account (the outlet, or a 发布 account), the day
    and time and a province, maybe 听全文, maybe 编者按, the paragraphs, maybe - END -, 来源 where the account is not
    the outlet, 编辑/审核 credits, maybe 往期推荐 titles."""
    rng = _rng(story, "gzh_phone_copy_yuanbiaoti_bianzhean_credits")
    place = rng.choice(PLACES)
    province, _, _ = rng.choice(PROVINCES)
    own = bool(story.outlet) and rng.random() < 0.4
    account = story.outlet if own and story.outlet else f"{place}{rng.choice(['发布', '招商', '融媒'])}"
    teaser = bool(story.headline) and rng.random() < 0.35
    parts: Parts = []
    if teaser:
        parts.append((rng.choice(TEASERS).format(place=place) + "\n", True))
    elif story.headline:
        parts += [(story.headline, False), ("\n", True)]
    if rng.random() < 0.3:
        parts.append((f"{rng.choice(NAMES)} ", True))
    parts.append((account, not own))
    moment = _moment(story.published, rng)
    if moment:
        parts += [(" ", True), (f"{moment:%Y年%m月%d日 %H:%M}", False)]
    parts.append((f" {province}\n", True))
    if rng.random() < 0.4:
        parts.append(("听全文\n", True))
    if rng.random() < 0.35:
        parts.append(
            (
                "编者按：招商引资是发展的“关键一招”。近期，各地各部门紧盯目标任务，拼抢项目、比学赶超。"
                "现将有关报道转发如下，供学习借鉴。\n",
                True,
            )
        )
    if teaser:
        parts += [("原标题：《", True), (story.headline, False), ("》\n", True)]
    parts += _body(story, gap=rng.choice(["\n", "\n\n"]))
    if rng.random() < 0.4:
        parts.append(("- END -\n", True))
    if story.outlet and not own:
        parts += [(f"来源：{story.outlet}", False), ("\n", True)]
    writer, checker, chief = rng.sample(NAMES, 3)
    if rng.random() < 0.5:
        parts.append((f"编辑：{writer}　审核：{checker}\n", True))
    else:
        parts.append((f"编辑丨{writer}\n审核丨{checker}\n终审丨{chief}\n", True))
    if rng.random() < 0.5:
        parts.append(("往期推荐\n" + "".join(f"{title}\n" for title in rng.sample(OTHERS, 3)), True))
    text, furniture = _joined(parts)
    url = f"https://mp.weixin.example-t28.qq.com/s/{_token(rng, 22, LINK)}"
    return Wrapped(text, _listed(furniture), url, kind="text")


# ---------------------------------------------------------------- reading modes and a clerk's selection


@text_form("chrome_yuedu_moshi_cebianlan_title_line")
def chrome_yuedu_moshi_cebianlan_title_line(story: Story) -> Wrapped:
    """A county page in a desktop browser's side-panel reading mode copied (Chrome-like, UTF-8): the title as the
    mode takes it (the headline, with the column and the site, or with the site; the column and the site where the
    page has none), maybe the info line kept, maybe the font tools, the paragraphs, maybe a tool line kept."""
    rng = _rng(story, "chrome_yuedu_moshi_cebianlan_title_line")
    place = rng.choice(PLACES)
    site = f"{place}{rng.choice(['人民政府', '投资促进局', '商务局'])}"
    column = rng.choice(["部门动态", "招商动态", "工作动态"])
    gap = rng.choice(["\n", "\n\n"])
    parts: Parts = []
    style = rng.randrange(3)
    if story.headline:
        parts.append((story.headline, False))
        parts.append(([gap, f"_{column}_{site}{gap}", f" - {site}{gap}"][style], True))
    else:
        parts.append((f"{column}_{site}{gap}", True))
    if rng.random() < 0.5:
        info: Parts = []
        if story.published:
            info.append((f"发布时间：{story.published:%Y-%m-%d}", False))
        if story.outlet:
            info += [("　", True), (f"来源：{story.outlet}", False)]
        info.append((f"　浏览次数：{rng.randrange(30, 4000)}{gap}", True))
        parts += info
    if rng.random() < 0.3:
        parts.append((f"【字体：大 中 小】{gap}", True))
    parts += _body(story, gap=gap)
    if rng.random() < 0.4:
        tools = [
            "扫一扫在手机打开当前页\n【打印本页】 【关闭窗口】",
            "【打印本页】 【关闭窗口】",
            "分享到：微信 微博 QQ空间",
        ]
        parts.append((rng.choice(tools) + "\n", True))
    text, furniture = _joined(parts)
    url = _address(f"www.{_token(rng, 4)}.example-t28.gov.cn", story.published, rng.randrange(10**5, 10**6))
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("biaoti_riqi_zhengwen_xuanqu_notepad")
def biaoti_riqi_zhengwen_xuanqu_notepad(story: Story) -> Wrapped:
    """The selection a clerk makes of a page, its headline, day and text alone, pasted into Notepad (UTF-8, GB18030
    and CRLF, or UTF-8 with a BOM and CRLF): the headline, a day line in one of the pages' forms (maybe with 来源),
    maybe a blank line, the paragraphs maybe indented, maybe a leftover of the page, maybe （来源：outlet）."""
    rng = _rng(story, "biaoti_riqi_zhengwen_xuanqu_notepad")
    parts: Parts = []
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    sourced = False
    if story.published:
        day = story.published
        moment = _moment(day, rng)
        form = rng.randrange(5)
        if form == 0:
            parts.append((f"{day:%Y-%m-%d}", False))
        elif form == 1:
            parts.append((_unpadded(day), False))
        elif form == 2 and moment:
            parts.append((f"发布时间：{moment:%Y-%m-%d %H:%M}", False))
        elif form == 3:
            parts.append((f"时间：{day:%Y/%m/%d}", False))
        else:
            if story.outlet:
                parts += [(f"来源：{story.outlet}", False), ("　　", True)]
                sourced = True
            parts.append((f"发布时间：{day:%Y-%m-%d}", False))
        parts.append(("\n", True))
    elif story.outlet and rng.random() < 0.5:
        parts += [(f"来源：{story.outlet}", False), ("\n", True)]
        sourced = True
    if rng.random() < 0.5:
        parts.append(("\n", True))
    parts += _body(story, rng.choice(["", "　　"]))
    leftover = rng.random()
    if leftover < 0.25:
        parts.append((f"（编辑：{rng.choice(EDITORS)}）\n", True))
    elif leftover < 0.45:
        parts.append(("【打印本页】【关闭窗口】\n", True))
    if story.outlet and not sourced and rng.random() < 0.4:
        parts += [(f"（来源：{story.outlet}）", False), ("\n", True)]
    text, furniture = _joined(parts)
    url = f"file:///C:/Users/{_token(rng, 5)}/Desktop/{rng.choice(['信息', '招商动态', '素材'])}.txt"
    choice = rng.random()
    if choice < 0.4:
        return Wrapped(text, _listed(furniture), url, kind="text")
    if choice < 0.75:
        return Wrapped(_crlf(text), _listed(furniture), url, encoding="gb18030", kind="text")
    return Wrapped(_crlf(text), _listed(furniture), url, encoding="utf-8-sig", kind="text")


@text_form("safari_reader_ipad_byline_riqi_copy")
def safari_reader_ipad_byline_riqi_copy(story: Story) -> Wrapped:
    """A county page in a tablet browser's reader, select-all copied (Safari-like, UTF-8): the title (the headline,
    or the page's: the column and the site), maybe the byline (the outlet, or the site), maybe the day as the reader
    prints it, a blank line, maybe the info line kept, the paragraphs between blank lines, maybe the font tools."""
    rng = _rng(story, "safari_reader_ipad_byline_riqi_copy")
    place = rng.choice(PLACES)
    site = f"{place}{rng.choice(['人民政府', '投资促进局', '工业园区管委会'])}"
    parts: Parts = []
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    else:
        parts.append((f"{rng.choice(['工作动态', '招商动态'])}-{site}\n", True))
    byline = rng.random()
    if story.outlet and byline < 0.5:
        parts += [(story.outlet, False), ("\n", True)]
    elif byline < 0.7:
        parts.append((f"{site}\n", True))
    if story.published and rng.random() < 0.8:
        parts += [(_unpadded(story.published), False), ("\n", True)]
    parts.append(("\n", True))
    if rng.random() < 0.3:
        if story.published:
            parts += [(f"发布时间：{story.published:%Y-%m-%d}", False), ("　", True)]
        parts.append((f"浏览次数：{rng.randrange(30, 4000)}\n\n", True))
    if rng.random() < 0.2:
        parts.append(("【字体：大 中 小】\n\n", True))
    parts += _body(story, gap="\n\n")
    text, furniture = _joined(parts)
    url = _address(f"www.{_token(rng, 4)}.example-t28.gov.cn", story.published, rng.randrange(10**5, 10**6), "zsdt")
    return Wrapped(text, _listed(furniture), url, kind="text")


# ---------------------------------------------------------------- a 繁體 mode, drop-down menus, a speech column


@text_form("jianfan_qiehuan_fanti_county_portal_select_all")
def jianfan_qiehuan_fanti_county_portal_select_all(story: Story) -> Wrapped:
    """A county portal in its 繁體 mode (the site's 简/繁 switch) select-all copied (UTF-8, maybe CRLF): the bar, the
    government, the menu, 當前位置, the headline through the switch's table, 發布時間/信息來源 (the outlet through it
    too)/瀏覽次數, the tools, the paragraphs (as the story holds them), 分享到：, 上一篇/下一篇 through the table,
    主辦單位/承辦單位, 網站標識碼 with the ICP number."""
    rng = _rng(story, "jianfan_qiehuan_fanti_county_portal_select_all")
    place = _hant(rng.choice(PLACES))
    icp, police = _numbers(rng)
    column = rng.choice(["部門動態", "鄉鎮動態", "招商引資"])
    parts: Parts = [
        (
            f"設為首頁 | 加入收藏 | 簡體版 | 無障礙瀏覽\n{place}人民政府\n"
            f"首頁　新聞中心　政務公開　政務服務　互動交流　投資{place[:-1]}\n"
            f"當前位置：首頁 > 新聞中心 > {column}\n",
            True,
        )
    ]
    if story.headline:
        parts += [(_hant(story.headline), False), ("\n", True)]
    if story.published:
        parts += [(f"發布時間：{story.published:%Y-%m-%d}", False), ("　　", True)]
    if story.outlet:
        parts += [(f"信息來源：{_hant(story.outlet)}", False), ("　　", True)]
    parts.append((f"瀏覽次數：{rng.randrange(30, 5000)}\n【字體：大 中 小】【打印本頁】【關閉窗口】\n", True))
    parts += _body(story)
    previous, following = (_hant(title) for title in rng.sample(OTHERS, 2))
    parts.append(
        (
            f"分享到：\n上一篇：{previous}\n下一篇：{following}\n"
            f"主辦單位：{place}人民政府辦公室　承辦單位：{place}融媒體中心\n"
            f"網站標識碼：{_site_code(rng)}　{_hant(icp)}　{_hant(police)}\n",
            True,
        )
    )
    text, furniture = _joined(parts)
    url = _address(f"www.{_token(rng, 4)}.example-t28.gov.cn", story.published, rng.randrange(10**5, 10**6))
    url += "?lang=zh-TW"
    if rng.random() < 0.3:
        return Wrapped(_crlf(text), _listed(furniture), url, kind="text")
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("gaoxinqu_2015_xiala_caidan_gundong_select_all")
def gaoxinqu_2015_xiala_caidan_gundong_select_all(story: Story) -> Wrapped:
    """A 高新区 管委会 site of a 2015 template select-all copied with its drop-down menus (UTF-8, or saved by Notepad:
    UTF-8 with a BOM and CRLF): the 管委会, the language links, each menu item with its hidden sub-items, 最新公告：
    with three other items, 投资热线, 位置：, the headline, 来源/作者/时间/点击, the paragraphs, the tools, 上一篇/
    下一篇, the floating buttons, 版权所有 with the address, ICP and 公网安备, 技术支持."""
    rng = _rng(story, "gaoxinqu_2015_xiala_caidan_gundong_select_all")
    place = rng.choice(PLACES)
    zone = f"{place[:-1]}{rng.choice(['高新技术产业开发区', '经济技术开发区', '工业园区'])}"
    icp, police = _numbers(rng)
    menus = [
        ("首页", []),
        ("走进园区", ["园区概况", "区位交通", "领导信息", "机构设置"]),
        ("新闻中心", ["园区要闻", "招商动态", "媒体聚焦", "通知公告"]),
        ("招商引资", ["投资环境", "产业定位", "优惠政策", "招商项目", "办事指南"]),
        ("政务公开", ["政策文件", "财政信息", "人事信息"]),
        ("企业服务", ["企业风采", "服务指南", "人才招聘"]),
        ("联系我们", []),
    ]
    head = f"{zone}管理委员会\n中文版 | English | 手机版\n"
    for item, subs in menus:
        head += f"{item}\n" + "".join(f"{sub}\n" for sub in subs)
    notices = rng.sample(OTHERS, 3)
    head += "最新公告：" + "　".join(f"{title} [{_near(story.published, rng):%m-%d}]" for title in notices) + "\n"
    head += f"投资热线：{_phone(rng)}\n位置：首页 > 新闻中心 > {rng.choice(['招商动态', '园区要闻'])}\n"
    parts: Parts = [(head, True)]
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    if story.outlet:
        parts += [(f"来源：{story.outlet}", False), ("　", True)]
    parts.append((f"作者：{rng.choice(['管委会办公室', '招商局', '综合办'])}　", True))
    if story.published:
        parts += [(f"时间：{story.published:%Y-%m-%d}", False), ("　", True)]
    parts.append((f"点击：{rng.randrange(30, 5000)}\n", True))
    parts += _body(story)
    previous, following = rng.sample(OTHERS, 2)
    parts.append(
        (
            f"【打印】【关闭】【返回顶部】\n上一篇：{previous}\n下一篇：{following}\n在线咨询\n扫码关注\n返回顶部\n"
            f"版权所有：{zone}管理委员会　地址：{place}{rng.choice(['科技大道', '创业大道', '园区大道'])}"
            f"{rng.randrange(1, 300)}号\n{icp}　{police}\n"
            f"技术支持：{rng.choice(['创联网络', '博远科技', '云帆信息'])}\n",
            True,
        )
    )
    text, furniture = _joined(parts)
    url = f"http://www.{_token(rng, 4)}gxq.example-t28.gov.cn/news/{rng.randrange(100, 9000)}.html"
    if rng.random() < 0.5:
        return Wrapped(_crlf(text), _listed(furniture), url, encoding="utf-8-sig", kind="text")
    return Wrapped(text, _listed(furniture), url, kind="text")


@text_form("lingdao_jianghua_lanmu_speaker_bracket_day")
def lingdao_jianghua_lanmu_speaker_bracket_day(story: Story) -> Wrapped:
    """A county portal's 领导讲话 column page select-all copied (UTF-8, or by an old Notepad: GB18030 and CRLF): the
    government, the menu, the column's menu, the crumb, the headline, 发布时间/来源/浏览量, the font and print tools,
    maybe ——在…上的讲话, the speaker's office and name, maybe （the day）, the paragraphs, 【打印本页】【关闭窗口】,
    相关讲话 titles, 主办/承办, ICP and 网站标识码."""
    rng = _rng(story, "lingdao_jianghua_lanmu_speaker_bracket_day")
    place = rng.choice(PLACES)
    unit = place[-1]
    site = f"{place}人民政府"
    icp, police = _numbers(rng)
    parts: Parts = [
        (
            f"{site}\n首页　政务公开　政务服务　政民互动　走进{place[:-1]}\n"
            "政府信息公开　领导信息　领导讲话　政府文件　政策解读　工作动态\n"
            "首页 > 政务公开 > 领导讲话\n",
            True,
        )
    ]
    if story.headline:
        parts += [(story.headline, False), ("\n", True)]
    if story.published:
        parts += [(f"发布时间：{story.published:%Y-%m-%d}", False), ("　", True)]
    if story.outlet:
        parts += [(f"来源：{story.outlet}", False), ("　", True)]
    parts.append((f"浏览量：{rng.randrange(50, 6000)}\n字号 大 中 小　打印　关闭\n", True))
    if rng.random() < 0.5:
        meeting = rng.choice([f"全{unit}招商引资工作大会", f"全{unit}重大项目建设推进会", f"全{unit}优化营商环境大会"])
        parts.append((f"——在{meeting}上的讲话\n", True))
    office = rng.choice([f"{unit}委书记", f"{unit}委副书记、{unit}长", f"常务副{unit}长"])
    parts.append((f"{office}　{rng.choice(NAMES)}\n", True))
    if story.published and rng.random() < 0.8:
        parts += [("（", True), (_unpadded(story.published), False), ("）\n", True)]
    parts += _body(story)
    speeches = rng.sample(
        [
            f"在全{unit}安全生产工作会议上的讲话",
            f"在全{unit}经济工作会议上的讲话",
            f"在{unit}政府第一次全体会议上的讲话",
            f"在全{unit}乡村振兴工作推进会上的讲话",
            f"在全{unit}森林防火工作会议上的讲话",
        ],
        3,
    )
    parts.append(
        (
            "【打印本页】【关闭窗口】\n相关讲话\n"
            + "".join(f"{title}\n" for title in speeches)
            + f"主办：{site}办公室　"
            f"承办：{place}大数据中心\n{icp}　{police}　网站标识码：{_site_code(rng)}\n",
            True,
        )
    )
    text, furniture = _joined(parts)
    url = _address(
        f"www.{_token(rng, 4)}.example-t28.gov.cn", story.published, rng.randrange(10**5, 10**6), "zwgk/ldjh"
    )
    if rng.random() < 0.35:
        return Wrapped(_crlf(text), _listed(furniture), url, encoding="gb18030", kind="text")
    return Wrapped(text, _listed(furniture), url, kind="text")


DEV_T28, LOCKED_T28 = split_by_digest(TEXT_FORMS28, "text round 28/", locked=6)
