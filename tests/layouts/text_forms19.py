"""Twelve text capture forms written blind (text round 19): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of site, news database, broadcaster,
document library, office converter, PDF parser, text browser, news extractor, document loader or knowledge base
gives, none of them drawn in text rounds 1 to 18, weighed toward what generalises across the captures met in the
wild: a 公众号 article's page select-all copied in a desktop browser with the page's hidden labels; a 范文 site's page
with its Word download box; a news database's export with its field codes; a TV station's 文字稿 page of a whole
program; a 政府信息公开 page's vertical fields; a county portal through a text-mode browser other than lynx; a
compilation's .docx through a text extractor that keeps its header and footer; a 简报's PDF through a PDF parser
that writes Markdown; Chinese news extractors' results printed in a terminal; a web page through an LLM framework's
document loader; a knowledge base's segments of an uploaded article; and toward stories that show no headline (each
form then shows what it would show without one: the page's title, a title of the site's own, a file's own name, a
section's name, or nothing):

- a 公众号 article's page (mp.weixin.qq.com-like) select-all copied in a desktop browser (UTF-8): maybe the prompt to
  open it in WeChat, the headline (none for a text-only message), the meta line run together (原创 with the writer,
  the account, the time, 发表于 a province), maybe 收录于合集 with a tag, the paragraphs, maybe 预览时标签不可点 and
  阅读原文, then the page's hidden labels in Chinese or, in an English browser, in English (微信扫一扫 关注该公众号 or
  Scan to Follow, 继续滑动看下一个, 轻触阅读原文, the account again, 向上滑动看下一个, 知道了 or Got It, 使用小程序,
  取消 允许 twice, and the like row's ：，。视频 小程序 赞 ，轻点两下取消赞 在看 ，轻点两下取消在看 分享 留言 收藏);
- a 范文 site's page select-all copied (UTF-8): the site, its menu, 当前位置 through a column, the headline (or a title
  of the site's own), 时间/作者/来源 (the outlet, or 网络)/阅读 on one line, maybe 下面是小编为大家整理的 with the
  headline, the paragraphs (maybe a page's pager between two), the download box (《the title》.doc, 将本文的Word文档
  下载到电脑，方便收藏和打印, 推荐度, 点击下载文档), 相关热词搜索, 上一篇/下一篇, 相关文章 and the rights lines;
- a news database's export (Factiva-like, UTF-8 with a BOM and CRLF, or UTF-8): the list of the exported articles
  (the story's among others, each with its source, words and day), then each article's fields behind two-letter
  codes and a tab (HD the headline or a section's 简讯, BY, WC in 字 or words, PD as 2021 年 11 月 3 日, 2021年11月3日
  or 3 November 2021, ET, SN the outlet or an invented paper, SC, PG, LA, CY, LP with the first paragraphs and TD
  with the rest on lines of their own, NS, RE, IPD, PUB, AN with 文件), and the search summary with its later time;
- a TV station's 文字稿 page of a news program select-all copied (UTF-8, or saved by Notepad as Unicode: UTF-16
  with a BOM and CRLF): the station, its menu, the crumb, the program's title with its day (or its issue), 发布时间
  with 来源 (the outlet, or the station) and a counter, the player's lines, 本期内容 numbered (the headline among the
  program's other items), 文字稿, each item's title (maybe in 【】) over its text, the story's among them (untitled
  where it has none), the editors' line, 上一期/下一期 with the program's days before and after, and the licence line;
- a 政府信息公开 page select-all copied (UTF-8, or saved by Notepad: GB18030 and CRLF): the site, 政府信息公开, its
  menu, the crumb through a bureau, maybe the side column of the bureau's catalogue, the fields each on a line
  (索 引 号, 信息分类, 发布机构 the outlet or the bureau, 生成日期 or 发布日期, 公开方式, 公开范围, 公开时限, an
  empty 文　　号, 内容概述, 名　　称), the headline, the paragraphs, 相关附件, 【我要纠错】 with the print tools,
  the side column after the text where it stands on the right, and the footer;
- a county portal page dumped by a text-mode browser (w3m-like -dump, UTF-8, 80 columns): the images' alternative
  texts in brackets ([logo], [IMG]), the empty 今天是：, the menu's cells run along a line, the search field and its
  button in brackets, the crumb, a rule of ─, the headline (maybe centred), the info line's cells apart by spaces,
  【字体：大 中 小】, every paragraph cut at the terminal's width (a wide character two) with a blank line after,
  the buttons, 上一篇/下一篇, another rule and the footer with its badges ([党政机关], [政府网站找错]);
- a compilation of media reports in Word (.docx) through a text extractor (docx2txt-like: UTF-8, or on Windows
  GB18030 and CRLF): the page header's text first, then every paragraph after a blank line (empty ones leaving runs
  of blank lines): the compilation's title, its issue, the office with a later day apart by tabs, 目　录 with the
  entries and their pages after a tab, then the articles: each title, 来源 and the day (or 发布时间), the paragraphs,
  the story's among them; and the page footer's text last;
- a 简报's PDF through a PDF parser that writes Markdown (MinerU-like, UTF-8): # the 简报's name, 第N期, the office with
  a later day, # the headline, the paragraphs between blank lines, maybe an image as ![](images/<digest>.jpg) with
  its caption, maybe a paragraph the parser left cut in two where a page ended, （来源 and the day）, and the
  distribution lines as an HTML table;
- a Chinese news extractor's result printed in a terminal (GNE-like, UTF-8): the command or the notebook's prompts,
  then the dict as Python prints it (or as JSON, indented): title (the headline, or the page's <title>), author (''
  or an editor), publish_time (the day as the page wrote it, '' or a later day the extractor took from the page's
  footer), content (the paragraphs joined by escaped newlines, maybe 来源 last), images;
- a news library's article printed by a short script (newspaper3k-like, UTF-8): the command, maybe jieba's loading
  lines, Title: or 标题： (the headline, or the longest piece of the page's <title>), Authors ([] or an editor),
  Publish date (a datetime, None), Top image, Text: with maybe the info line kept over the paragraphs between blank
  lines, and the keywords;
- a web page through an LLM framework's document loader shown at a Python prompt (LangChain WebBaseLoader-like,
  UTF-8): the imports, maybe the user-agent warning, the loader and load lines, then the list of one Document as
  Python prints it (metadata first or page_content first): source, title (the page's <title>: the headline with its
  column and site, or the column and site), maybe description, language (or No language found.), and page_content
  as the whole page's get_text with its runs of escaped newlines, tabs and non-breaking spaces: the <title>'s text
  first, then the paragraphs among the menu, the crumb, the info line (浏览次数 left empty by the script), the tools,
  the footer and maybe the analytics script;
- a knowledge base's document page with its segments (Dify-like) select-all copied (UTF-8): the console's bar, the
  knowledge base's name and tabs, the file's name (the headline with .txt, or a name of its own), its state and
  segment count, the search and add buttons, then each segment's number, 字符 and 召回次数 lines over its text (the
  uploaded file's lines: the headline, 来源 and 发布时间, the paragraphs, merged up to the segment's length), its
  keywords, and the metadata column (原始文件名称, size, a later 上传日期 and 最后更新日期, 来源, 技术参数).

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels, or with markup: a heading's #, a field's code, a dict's key, a metadata name, a numbered item, 【】, 《》
with .doc, （来源 …）) are the capture's metadata and are not listed, nor are lines that hold the headline, the date
or the outlet among other words (a meta line, an info line, a program's title with its day, a catalogue's entry, a
record's line in a list, a page's title with its site, a file's name). A counter, a credit, a stamp, an account or
a key and its value beside them on such a line is listed apart. A block of short lines (a bar, a menu, a crumb, a
side column, hidden labels, a table, fields, a segment's head, a footer) is listed as one string: squashed, it is
one run of the text; so are the escapes Python prints for a non-breaking or a wide space.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 19/" + name are `LOCKED_T19`, the other six `DEV_T19`. Round 19 is sealed: not scored when
written; whoever next changes the text path scores it once, both halves, at the end of their work, and fixes nothing
from its misses.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from collections.abc import Callable

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import (
    BASE,
    PROVINCES,
    _address,
    _capture,
    _crlf,
    _later,
    _moment,
    _near,
    _numbers,
    _run,
    _token,
    _unpadded,
    _width,
)

TEXT_FORMS19: dict[str, Layout] = {}
NAMES = [
    "冉秀芝",
    "柏立新",
    "郦文涛",
    "严春燕",
    "韦振东",
    "蓝桂香",
    "聂海波",
    "甘淑珍",
    "霍建军",
    "包晓琳",
]
# Other items a capture holds (other articles, program items, records, reports): none is about the story.
OTHER_ITEMS = [
    (
        "县水利局开展冬修水利工程质量督查",
        (
            "县水利局近日组织技术人员对全县冬修水利工程开展质量督查，重点检查山塘清淤和渠道衬砌。",
            "督查共发现问题十二处，已下发整改通知并明确完成时限。",
        ),
    ),
    (
        "县图书馆流动书车走进偏远山村",
        (
            "县图书馆流动书车近日开进偏远山村，为村民送去农业技术和少儿读物八百余册。",
            "图书馆还为村小学建立了图书流转点，每季度更换一次图书。",
        ),
    ),
    (
        "县气象局发布今冬明春气候趋势预测",
        (
            "县气象局预测今冬明春全县平均气温较常年偏高，降水偏少，需防范森林火险。",
            "气象部门提醒广大群众注意防范阶段性强降温和低温雨雪冰冻天气。",
        ),
    ),
    (
        "县妇联举办巾帼家政技能培训班",
        (
            "县妇联近日举办巾帼家政技能培训班，七十余名农村妇女参加为期十天的培训。",
            "培训内容包括母婴护理、养老护理和家庭保洁等实用技能。",
        ),
    ),
    (
        "县自然资源局开展耕地保护专项巡查",
        (
            "县自然资源局组织执法人员对全县耕地开展专项巡查，严防违法占用耕地行为。",
            "巡查期间共制止违法占地行为三起，恢复耕地面积十余亩。",
        ),
    ),
    (
        "县公路分局完成国道沿线桥梁检测",
        (
            "县公路分局近日完成辖区国道沿线二十六座桥梁的定期检测工作。",
            "检测结果显示桥梁技术状况总体良好，个别伸缩缝病害已安排维修。",
        ),
    ),
    (
        "县供销社举办农资产品展示展销会",
        (
            "县供销社在城区农贸市场举办农资产品展示展销会，三十余家农资企业参展。",
            "展销会现场销售化肥农药等农资产品一百余吨。",
        ),
    ),
    (
        "县残联为困难残疾人发放辅助器具",
        (
            "县残联近日为全县一百二十名困难残疾人免费发放轮椅、助行器和助听器等辅助器具。",
            "工作人员现场为残疾人调试器具并讲解使用方法。",
        ),
    ),
]
OTHERS = [title for title, _ in OTHER_ITEMS]
COLUMNS19 = ["部门动态", "招商引资", "乡镇动态", "工作动态"]
HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS19)


def _host(rng: random.Random) -> str:
    return f"www.{_token(rng, 4)}example-t19.gov.cn"


def _size(text: str) -> int:
    return sum(map(_width, text))


def _escapes(texts: list[str]) -> list[str]:
    """What Python escapes in a string it prints (a no-break space, an ideographic or an en space): the tool's
    marks, listed apart."""
    return sorted({repr(char)[1:-1] for text in texts for char in text if not char.isprintable() and char != "\n"})


def _image(host: str, day: dt.date | None, rng: random.Random) -> str:
    """A picture's address on a county site: under the story's month where it has a day, else under uploadfile."""
    if day is None:
        return f"http://{host}/uploadfile/{_token(rng, 20, HEX)}.jpg"
    return f"http://{host}/zwgk/bmdt/{day:%Y%m}/W0{day:%Y%m%d}{rng.randrange(10**5, 10**6)}.jpg"


def _page_title(story: Story, column: str, site: str) -> tuple[str, bool]:
    """A page's <title>: the headline with its column and site, or the column and site alone (the site's own)."""
    if story.headline:
        return f"{story.headline}_{column}_{site}", False
    return f"{column}_{site}", True


# ---------------------------------------------------------------- pages copied: an account's article, a 范文 site


@text_form("mp_weixin_browser_select_all_a11y_labels")
def mp_weixin_browser_select_all_a11y_labels(story: Story) -> Wrapped:
    """A 公众号 article's page select-all copied in a desktop browser (UTF-8): maybe the open-in-WeChat prompt, the
    headline, the meta line run together (原创 and the writer, the account, the time, 发表于), maybe 收录于合集, the
    paragraphs, maybe 预览时标签不可点 and 阅读原文, and the page's hidden labels in Chinese or English with the
    account again among them."""
    rng = _rng(story, "mp_weixin_browser_select_all_a11y_labels")
    place = rng.choice(PLACES)
    own_account = not story.outlet
    account = story.outlet or f"{place[:2]}{rng.choice(['发布', '招商', '商务'])}"
    english = rng.random() < 0.35
    moment = _moment(story.published, rng)
    original = rng.random() < 0.4
    writer = rng.choice(NAMES) if original else None
    province = rng.choice(PROVINCES)[:-1]
    ip = f"发表于{province}" if moment and moment.year >= 2022 else None
    meta = _run(
        [
            "原创" if original else None,
            writer,
            account,
            f"{moment:%Y-%m-%d %H:%M}" if moment else None,
            ip,
        ],
        " ",
    )
    # The mark with the writer, and an account of the form's own, run together before the time: listed apart.
    own = [*(["原创", writer] if original and writer else []), *([account] if own_account else [])]
    pieces = [" ".join(own)] if own else []
    if ip:
        pieces.append(ip)
    opened = "微信扫一扫可打开此内容，使用完整服务" if rng.random() < 0.2 else None
    tag = rng.choice(["招商引资", "项目建设", "投资促进", "营商环境"])
    collection = f"收录于合集\n#{tag} {rng.randrange(3, 90)}个" if rng.random() < 0.3 else None
    one_line = rng.random() < 0.5
    if english:
        before = ["Scan to Follow", "继续滑动看下一个", "轻触阅读原文"]
        after = [
            "向上滑动看下一个",
            "Got It",
            "Scan with Weixin to",
            "use this Mini Program",
            "Cancel",
            "Allow",
            "Cancel",
            "Allow",
        ]
        row = ["：", "，", "。", "Video", "Mini Program", "Like", "，轻点两下取消赞", "Wow", "，轻点两下取消在看"]
        row += ["Share", "Comment", "Favorite"]
    else:
        before = ["微信扫一扫", "关注该公众号", "继续滑动看下一个", "轻触阅读原文"]
        after = ["向上滑动看下一个", "知道了", "微信扫一扫", "使用小程序", "取消", "允许", "取消", "允许"]
        row = ["：", "，", "。", "视频", "小程序", "赞", "，轻点两下取消赞", "在看", "，轻点两下取消在看", "分享"]
        row += ["留言", "收藏", "听过"]
    tail = "\n".join([*after, " ".join(row) if one_line else "\n".join(row)])
    blocks: list[tuple[str | None, bool]] = [
        (opened, True),
        (story.headline, False),
        (meta, False),
        (collection, True),
        *((line, False) for line in story.lines),
        ("预览时标签不可点" if rng.random() < 0.5 else None, True),
        ("阅读原文" if rng.random() < 0.3 else None, True),
        ("\n".join(before), True),
        (account, own_account),
        (tail, True),
    ]
    text, furniture = _capture(blocks)
    return Wrapped(
        text + "\n",
        (*furniture, *pieces),
        f"https://mp.weixin.example-t19.com/s/{_token(rng, 22, ALNUM)}",
        kind="text",
    )


FANWEN_SITES = ["笔友范文网", "秘书文苑", "公文派", "范文汇", "好文秘网", "写作参考网"]
FANWEN_COLUMNS = [
    ("讲话稿", "领导讲话", "jianghua"),
    ("工作汇报", "情况汇报", "huibao"),
    ("工作总结", "部门总结", "zongjie"),
    ("新闻稿件", "工作动态", "xinwen"),
    ("调研报告", "专题调研", "diaoyan"),
]
FANWEN_TITLES = [
    "2021年度乡村振兴工作总结范文",
    "在全县安全生产工作会议上的讲话稿",
    "关于优化营商环境的调研报告范文",
    "机关党支部书记述职报告（通用5篇）",
    "县长在全县经济工作会议上的讲话",
    "某局上半年工作总结和下半年工作计划",
    "疫情防控工作情况汇报范文精选",
    "开展主题教育心得体会（精选6篇）",
]


@text_form("fanwen_site_word_download_tuijiandu")
def fanwen_site_word_download_tuijiandu(story: Story) -> Wrapped:
    """A 范文 site's page select-all copied (UTF-8): the site and its menu, 当前位置, the headline or the site's own
    title, 时间/作者/来源/阅读, maybe the editor's intro with the headline, the paragraphs with maybe a pager between
    two, the Word download box, 相关热词搜索, 上一篇/下一篇, 相关文章 and the rights lines."""
    rng = _rng(story, "fanwen_site_word_download_tuijiandu")
    site = rng.choice(FANWEN_SITES)
    domain = f"www.{_token(rng, 5)}.example-t19.com"
    column, sub, slug = rng.choice(FANWEN_COLUMNS)
    menu = "首页 | 工作总结 | 工作计划 | 讲话稿 | 工作汇报 | 心得体会 | 调研报告 | 述职报告 | 演讲稿 | 新闻稿件"
    top = "\n".join([site, domain, menu, f"当前位置：{site} > {column} > {sub}"])
    title = story.headline or f"招商引资{column}范文（精选{rng.randrange(3, 9)}篇）"
    moment = _moment(story.published, rng)
    user = rng.choice(["admin", "投稿", rng.choice(NAMES), f"{_token(rng, 6)}{rng.randrange(10, 99)}"])
    source = story.outlet or rng.choice(["网络", "网友投稿", "互联网"])
    reads = rng.randrange(80, 30000)
    style = rng.randrange(3)
    if style == 0:
        parts = [
            f"时间：{moment:%Y-%m-%d %H:%M:%S}" if moment else None,
            f"作者：{user}",
            f"来源：{source}",
            f"阅读：{reads}",
        ]
        gap = "　"
    elif style == 1:
        parts = [
            f"发布时间：{moment:%Y-%m-%d}" if moment else None,
            f"作者：{user}",
            f"来源：{source}",
            f"阅读：{reads}次",
        ]
        gap = " | "
    else:
        parts = [
            f"日期：{moment.year}-{moment.month}-{moment.day}" if moment else None,
            f"来源：{source}",
            f"作者：{user}",
            f"浏览：{reads}",
        ]
        gap = "  "
    info = _run(parts, gap)
    own_parts = [part for part in parts if part and not part.startswith(("时间", "发布时间", "日期"))]
    own_parts = [part for part in own_parts if not (story.outlet and part == f"来源：{source}")]
    intro = f"下面是小编为大家整理的{story.headline}，供大家参考。" if story.headline and rng.random() < 0.4 else None
    pager_at = rng.randrange(1, len(story.lines)) if len(story.lines) > 2 and rng.random() < 0.4 else None
    tags = f"相关热词搜索：{rng.choice(['招商引资讲话', '招商引资工作汇报', '招商引资心得'])} {column}范文"
    before, after = rng.sample(FANWEN_TITLES, 2)
    related = rng.sample([t for t in FANWEN_TITLES if t not in (before, after)], 4)
    years = f"{(story.published or BASE).year - rng.randrange(3, 10)}-{(story.published or BASE).year + 2}"
    icp, _ = _numbers(rng)
    blocks: list[tuple[str | None, bool]] = [
        (top, True),
        (title, not story.headline),
        (info, False),
        (intro, False),
    ]
    for index, line in enumerate(story.lines):
        if index == pager_at:
            blocks.append(("本文共2页：[1] [2] 下一页", True))
        blocks.append((line, False))
    if pager_at is not None:
        blocks.append(("[上一页] [1] [2]", True))
    blocks += [
        ("【下载本文】", True),
        (f"《{title}》.doc", not story.headline),
        ("将本文的Word文档下载到电脑，方便收藏和打印\n推荐度：★★★★★\n点击下载文档\n文档为doc格式", True),
        (tags, True),
        (f"上一篇：{before}\n下一篇：{after}", True),
        ("\n".join(["相关文章", *related]), True),
        (
            "\n".join(
                [
                    f"Copyright © {years} {site} 版权所有",
                    f"{icp}　联系我们　投诉举报",
                    "本站部分文章来自网络，仅供学习参考，如有侵权请联系删除。",
                ]
            ),
            True,
        ),
    ]
    text, furniture = _capture(blocks)
    return Wrapped(
        text + "\n",
        (*furniture, *own_parts),
        f"https://{domain}/{slug}/{rng.randrange(10**5, 10**6)}.html",
        kind="text",
    )


# ---------------------------------------------------------------- a news database, a broadcaster, a disclosure page


def _factiva_day(day: dt.date, style: int) -> str:
    if style == 0:
        return f"{day.year} 年 {day.month} 月 {day.day} 日"
    if style == 1:
        return _unpadded(day)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


@text_form("factiva_codes_hd_lp_td_export")
def factiva_codes_hd_lp_td_export(story: Story) -> Wrapped:
    """A news database's export (Factiva-like, UTF-8 with a BOM and CRLF, or UTF-8): the list of the exported
    articles, each article's fields behind two-letter codes (HD, BY, WC, PD, ET, SN, SC, PG, LA, CY, LP, TD, NS, RE,
    IPD, PUB, AN), the story's among others, and the search summary."""
    rng = _rng(story, "factiva_codes_hd_lp_td_export")
    place = rng.choice(PLACES)
    english = rng.random() < 0.3
    style = 2 if english else rng.randrange(2)
    own_source = not story.outlet
    source = story.outlet or f"{place[:2]}日报"
    paper = source.endswith("报")
    code = "".join(rng.choice(UPPER) for _ in range(4))
    own_title = not story.headline
    section = rng.choice(["要闻", "经济", "县区"])
    title = story.headline or f"{section}简讯"
    moment = _moment(story.published, rng)
    words = sum(len(line) for line in story.lines)
    lead = rng.choice([1, 2]) if len(story.lines) > 2 else 1

    def language() -> str:
        return "Chinese (Simplified)" if english else "中文(简体)"

    def count(number: int) -> str:
        return f"{number:,} words" if english else f"{number} 字"

    def accession(day: dt.date | None, source_code: str) -> str:
        stamp = f"{day:%Y%m%d}" if day else f"{BASE:%Y%m%d}"
        label = "Document" if english else "文件"
        return f"{label} {source_code}0000{stamp}e{_token(rng, 2)}{rng.randrange(1, 9)}0000{rng.randrange(1, 9)}"

    def fields(pairs: list[tuple[str, str]]) -> str:
        return "\n".join(f"{key}\t{value}" for key, value in pairs)

    year = (story.published or BASE).year
    mine: list[tuple[str | None, bool]] = [(f"HD\t{title}", own_title)]
    byline = f"本报记者 {rng.choice(NAMES)}" if paper and rng.random() < 0.5 else None
    if byline:
        mine.append((f"BY\t{byline}", True))
    mine.append((f"WC\t{count(words)}", True))
    if moment:
        mine.append((f"PD\t{_factiva_day(moment.date(), style)}", False))
        mine.append((f"ET\t{moment:%H:%M}", False))
    mine.append((f"SN\t{source}", own_source))
    head = [("SC", code)]
    if paper:
        head.append(("PG", str(rng.randrange(1, 9))))
    head.append(("LA", language()))
    mine.append((fields(head), True))
    mine.append((f"CY\t(c) {year} {source}{'. All rights reserved.' if english else '版权所有'}", own_source))
    first = "\n".join(story.lines[:lead])
    rest = "\n".join(story.lines[lead:])
    mine.append((f"LP\t{first}", False))
    if rest:
        mine.append((f"TD\t{rest}", False))
    regions = "china : 中国 | asiaz : 亚洲 | chinaz : 大中华区 | devgcoz : 新兴市场国家 | easiaz : 东亚"
    mine.append(
        (
            fields(
                [
                    ("NS", "gpol : 国内政治 | ecat : 经济新闻 | gcat : 政治/综合新闻 | ncat : 内容类型"),
                    ("RE", regions),
                    ("IPD", "招商引资 | 项目签约 | 地方经济"),
                ]
            ),
            True,
        )
    )
    mine.append((f"PUB\t{source}{'社' if paper else ''}", own_source))
    mine.append((f"AN\t{accession(story.published, code)}", not story.published))
    record = "\n".join(text for text, _ in mine if text)
    pieces = [text for text, listed in mine if listed and text]
    others = rng.sample(OTHER_ITEMS, rng.randrange(1, 3))
    at = rng.randrange(len(others) + 1)
    records: list[tuple[str, bool]] = []
    index_lines: list[tuple[str, bool]] = []
    for number in range(len(others) + 1):
        if number == at:
            records.append((record, False))
            when = f", {_factiva_day(moment.date(), style)}" if moment else ""
            index_lines.append((f"{title}, {source}, {count(words)}{when}, ({language()})", False))
            continue
        other_title, other_lines = others[number - (number > at)]
        near = _near(story.published, rng)
        other_source = rng.choice([f"{place[:2]}晚报", "江南商报", f"{place[:2]}新闻网"])
        other_code = "".join(rng.choice(UPPER) for _ in range(4))
        other_words = sum(map(len, other_lines))
        other = fields(
            [
                ("HD", other_title),
                ("WC", count(other_words)),
                ("PD", _factiva_day(near.date(), style)),
                ("SN", other_source),
                ("SC", other_code),
                ("LA", language()),
                ("CY", f"(c) {near.year} {other_source}"),
                ("LP", other_lines[0]),
                ("TD", "\n".join(other_lines[1:])),
                ("AN", accession(near.date(), other_code)),
            ]
        )
        records.append((other, True))
        index_lines.append(
            (
                f"{other_title}, {other_source}, {count(other_words)}, {_factiva_day(near.date(), style)}, "
                f"({language()})",
                True,
            )
        )
    searched = _later(story, rng, 20, 400)
    start = (story.published or BASE).replace(day=1)
    if english:
        summary = [
            "Search Summary",
            "Text\t招商引资 and 签约",
            f"Date\t{start:%d/%m/%Y} to {start + dt.timedelta(days=29):%d/%m/%Y}",
            "Source\tAll Sources",
            "Author\tAll Authors",
            "Company\tAll Companies",
            "Subject\tAll Subjects",
            "Industry\tAll Industries",
            "Region\tChina",
            "Language\tChinese-Simplified",
            f"Results Found\t{rng.randrange(12, 400)}",
            f"Timestamp\t{searched.day} {MONTHS[searched.month - 1]} {searched.year} {searched:%H:%M}",
        ]
    else:
        summary = [
            "搜索摘要",
            "文本\t招商引资 and 签约",
            f"日期\t{start:%Y/%m/%d} 至 {start + dt.timedelta(days=29):%Y/%m/%d}",
            "来源\t所有来源",
            "作者\t所有作者",
            "公司\t所有公司",
            "主题\t所有主题",
            "行业\t所有行业",
            "区域\t中国",
            "语言\t中文(简体)",
            f"结果发现\t{rng.randrange(12, 400)}",
            f"时间\t{_factiva_day(searched.date(), 0)} {searched:%H:%M}",
        ]
    rights = f"© {searched.year} Factiva, Inc. {'All rights reserved.' if english else '版权所有。'}"
    blocks: list[tuple[str | None, bool]] = [
        ("Factiva", True),
        *index_lines,
        *((text, listed) for text, listed in records),
        ("\n".join(summary), True),
        (rights, True),
    ]
    text, furniture = _capture(blocks, "\n\n")
    furniture = (*furniture, *pieces)
    bom = rng.random() < 0.6
    return Wrapped(
        (_crlf(text) + "\r\n") if bom else text + "\n",
        furniture,
        f"file:///C:/Users/{_token(rng, 5)}/Documents/Factiva-{searched:%Y%m%d}-{rng.randrange(1000, 9999)}.txt",
        encoding="utf-8-sig" if bom else "utf-8",
        kind="text",
    )


@text_form("lianbo_wenzigao_benqi_items")
def lianbo_wenzigao_benqi_items(story: Story) -> Wrapped:
    """A TV station's 文字稿 page of a news program select-all copied (UTF-8, or UTF-16 with a BOM and CRLF): the
    station and menu, the crumb, the program's title with its day, 发布时间/来源/浏览, the player, 本期内容 with the
    headline among other items, 文字稿, each item's title over its text, the editors, 上一期/下一期 and the licence."""
    rng = _rng(story, "lianbo_wenzigao_benqi_items")
    place = rng.choice(PLACES)
    station = rng.choice([f"{place[:2]}广播电视台", f"{place}融媒体中心"])
    program = rng.choice([f"{place[:2]}新闻", f"{place[:2]}新闻联播"])
    issue = rng.randrange(800, 4000)
    moment = _moment(story.published, rng)
    if moment:
        aired = dt.datetime.combine(moment.date(), dt.time(19, rng.randrange(30, 60), rng.randrange(60)))
        page_title = rng.choice([f"《{program}》{aired:%Y年%m月%d日}", f"《{program}》文字稿（{aired:%Y-%m-%d}）"])
    else:
        aired = None
        page_title = f"《{program}》第{issue}期"
    source = story.outlet or station
    views = f"浏览：{rng.randrange(50, 9000)}"
    info = _run([f"发布时间：{aired:%Y-%m-%d %H:%M}" if aired else None, f"来源：{source}", views], "　")
    bar = "\n".join(
        [
            station,
            "首页　新闻　直播　点播　专题　融媒矩阵　关于我们",
            "手机版 | 登录 | 注册",
            f"当前位置：首页 > 电视新闻 > {program}",
        ]
    )
    length = f"{rng.randrange(12, 30)}:{rng.randrange(60):02d}"
    player = f"视频加载中，请稍候…\n00:00 / {length}\n播放　静音　全屏"
    others = rng.sample(OTHER_ITEMS, rng.randrange(2, 4))
    at = rng.randrange(len(others) + 1)
    bracketed = rng.random() < 0.5
    numbered: list[tuple[str, bool]] = []
    scripts: list[tuple[str | None, bool]] = []
    shown = 0
    for index in range(len(others) + 1):
        if index == at:
            if story.headline:
                shown += 1
                numbered.append((f"{shown}. {story.headline}", False))
                scripts.append((f"【{story.headline}】" if bracketed else story.headline, False))
            scripts += [(line, False) for line in story.lines]
            continue
        title, lines = others[index - (index > at)]
        shown += 1
        numbered.append((f"{shown}. {title}", True))
        scripts.append(("\n".join([f"【{title}】" if bracketed else title, *lines]), True))
    if aired:
        before, after = aired.date() - dt.timedelta(days=1), aired.date() + dt.timedelta(days=1)
        ends = f"上一期：《{program}》{before:%Y年%m月%d日}\n下一期：《{program}》{after:%Y年%m月%d日}"
    else:
        ends = f"上一期：《{program}》第{issue - 1}期\n下一期：《{program}》第{issue + 1}期"
    province = rng.choice(["赣", "皖", "鄂", "浙", "湘"])
    licence = "\n".join(
        [
            f"{station} 版权所有　未经授权禁止转载",
            f"广播电视节目制作经营许可证：（{province}）字第{rng.randrange(100, 2000)}号　{_numbers(rng)[0]}",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (bar, True),
        (page_title, not aired),
        (info, False),
        (player, True),
        ("本期内容：", True),
        *numbered,
        (rng.choice(["【文字稿】", "文字稿："]), True),
        *scripts,
        (f"（编辑：{rng.choice(NAMES)}　审核：{rng.choice(NAMES)}）", True),
        (ends, True),
        (licence, True),
    ]
    text, furniture = _capture(blocks)
    extra = [views]
    if not story.outlet:
        extra.append(f"来源：{station}")
    utf16 = rng.random() < 0.4
    return Wrapped(
        (_crlf(text) + "\r\n") if utf16 else text + "\n",
        (*furniture, *extra),
        f"http://www.{_token(rng, 4)}tv.example-t19.cn/dsxw/{rng.randrange(10**5, 10**6)}.shtml",
        encoding="utf-16" if utf16 else "utf-8",
        kind="text",
    )


@text_form("zfxxgk_vertical_fields_gongkai_fanwei")
def zfxxgk_vertical_fields_gongkai_fanwei(story: Story) -> Wrapped:
    """A 政府信息公开 page select-all copied (UTF-8, or GB18030 and CRLF): the site, its menu, the crumb, maybe the
    catalogue's side column, the fields one a line (索引号, 信息分类, 发布机构, 生成日期, 公开方式/范围/时限, 文号,
    内容概述, 名称), the headline, the paragraphs, 相关附件, 【我要纠错】 and the tools, the side column or the
    footer."""
    rng = _rng(story, "zfxxgk_vertical_fields_gongkai_fanwei")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    bureau = rng.choice([f"{place}商务局", f"{place}投资促进中心", f"{place}发展和改革委员会"])
    org = story.outlet or bureau
    top = "\n".join(
        [
            site,
            "政府信息公开",
            "首页 | 政府信息公开指南 | 政府信息公开制度 | 法定主动公开内容 | 政府信息公开年报 | 依申请公开",
            f"当前位置：首页 > 政府信息公开 > {bureau} > 工作动态",
        ]
    )
    side = "\n".join(
        [
            f"{bureau}信息公开目录",
            "机构概况",
            "政策文件",
            "规划计划",
            "工作动态",
            "财政信息",
            "人事信息",
            "建议提案办理",
            "其他",
        ]
    )
    left = rng.random() < 0.6
    wide = rng.random() < 0.5
    space = "　" if wide else " "
    index_label = f"索{space}引{space}号"
    number_label = "文　　号" if wide else "文    号"
    name_label = "名　　称" if wide else "名    称"
    day = story.published
    dated = rng.choice(["生成日期", "发布日期"])
    code = f"{rng.randrange(10**8, 10**9)}{rng.choice(UPPER)}{rng.randrange(10**7, 10**8)}"
    fields: list[tuple[str, bool]] = [
        (f"{index_label}：{code}/{(day or BASE).year}-{rng.randrange(1, 99999):05d}", True),
        (f"信息分类：工作动态{rng.choice(['', ' / 招商引资'])}", True),
        (f"发布机构：{org}", not story.outlet),
        (f"{dated}：{day:%Y-%m-%d}" if day else f"{dated}：", not day),
        ("公开方式：主动公开\n公开范围：面向全社会\n公开时限：常年公开", True),
        (f"信息时效期：{rng.choice(['长期', '有效'])}\n{number_label}：", True),
    ]
    if story.headline:
        if rng.random() < 0.5:
            fields.append((f"内容概述：{story.headline}", False))
        else:
            fields.append(("内容概述：", True))
        fields.append((f"{name_label}：{story.headline}", False))
    else:
        fields.append((f"内容概述：\n{name_label}：", True))
    icp, police = _numbers(rng)
    footer = "\n".join(
        [
            f"主办单位：{site}办公室　承办单位：{place}大数据发展中心",
            f"网站标识码：{rng.randrange(10**9, 10**10)}　{icp}　{police}",
            "建议使用1920×1080分辨率浏览本网站",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [(top, True)]
    if left:
        blocks.append((side, True))
    blocks += [
        *fields,
        (story.headline, False),
        *((line, False) for line in story.lines),
        ("相关附件：无", True),
        ("【我要纠错】　【打印本页】　【关闭窗口】\n扫一扫在手机打开当前页", True),
    ]
    if not left:
        blocks.append((side, True))
    blocks.append((footer, True))
    text, furniture = _capture(blocks)
    saved = rng.random() < 0.4
    return Wrapped(
        (_crlf(text) + "\r\n") if saved else text + "\n",
        furniture,
        _address(_host(rng), day, rng.randrange(10**5, 10**6), "zfxxgk/fdzdgknr/gzdt"),
        encoding="gb18030" if saved else "utf-8",
        kind="text",
    )


# ---------------------------------------------------------------- a text-mode browser, converters and parsers


def _fold(line: str, columns: int, indent: int = 0) -> list[str]:
    """A paragraph cut into rows of the terminal's width (a wide character two), between any two wide characters and
    at an ASCII word's spaces, as a text-mode browser cuts it; the rows after the first indented by `indent`."""
    rows: list[str] = []
    row, used = "", 0
    tokens: list[str] = []
    word = ""
    for char in line:
        if char.isascii() and not char.isspace():
            word += char
            continue
        if word:
            tokens.append(word)
            word = ""
        tokens.append(char)
    if word:
        tokens.append(word)
    for token in tokens:
        size = _size(token)
        limit = columns - (indent if rows else 0)
        if row and used + size > limit:
            rows.append(row.rstrip())
            row, used = "", 0
            if token.isspace():
                continue
        row += token
        used += size
    if row.strip():
        rows.append(row.rstrip())
    return [rows[0], *(" " * indent + rest for rest in rows[1:])] if rows else []


@text_form("w3m_dump_portal_table_columns")
def w3m_dump_portal_table_columns(story: Story) -> Wrapped:
    """A county portal page dumped by a text-mode browser (w3m-like -dump, UTF-8, 80 columns): images as their
    bracketed alternative texts, the empty 今天是：, the menu's cells along a line, the search field, the crumb, a
    rule, the headline maybe centred, the info cells, the font tool, the paragraphs cut at the width, the buttons,
    上一篇/下一篇, a rule and the footer with its badges."""
    rng = _rng(story, "w3m_dump_portal_table_columns")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column = rng.choice(COLUMNS19)
    columns = 80
    rule = "─" * rng.choice([78, 80])
    logo = rng.choice(["[logo]", "[IMG]", f"[{site}]"])
    cells = ["首页", "政务公开", "政务服务", "互动交流", f"走进{place[:2]}", "专题专栏"]
    gap = " " * rng.choice([2, 3, 4])
    top = "\n".join(
        [
            logo,
            f"今天是：{gap}[无障碍浏览] [长者模式]",
            gap.join(cells),
            f"[{' ' * rng.choice([20, 24, 30])}] [搜索]",
            f"当前位置：首页 > 政务公开 > {column}",
        ]
    )
    centred = rng.random() < 0.5
    headline: str | None = None
    if story.headline:
        rows = _fold(story.headline, columns)
        if centred:
            rows = [" " * max((columns - _size(row)) // 2, 0) + row for row in rows]
        headline = "\n".join(rows)
    moment = _moment(story.published, rng)
    counter = f"浏览次数：{rng.randrange(30, 9000)}"
    info = _run(
        [
            f"发布时间：{moment:%Y-%m-%d %H:%M}" if moment else None,
            f"来源：{story.outlet}" if story.outlet else None,
            counter,
        ],
        " " * rng.choice([2, 4, 6]),
    )
    font = "【字体：大 中 小】"
    indent = rng.random() < 0.5
    before, after = rng.sample(OTHERS, 2)
    icp, police = _numbers(rng)
    footer = "\n".join(
        [
            rule,
            f"主办单位：{site}办公室{gap}承办单位：{place}信息化中心",
            f"{icp}{gap}[IMG] {police}",
            f"网站标识码：{rng.randrange(10**9, 10**10)}",
            "[党政机关] [政府网站找错] [适老化无障碍服务]",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (top, True),
        (rule, False),
        (headline, False),
        ("", False),
        (info, info == counter),
        (font, True),
        ("", False),
    ]
    for line in story.lines:
        shown = ("　　" + line) if indent and not line.startswith("　") else line
        blocks.append(("\n".join(_fold(shown, columns)), False))
        blocks.append(("", False))
    blocks += [
        ("[打印本页] [关闭窗口]", True),
        (f"上一篇：{before}\n下一篇：{after}", True),
        (footer, True),
    ]
    text, furniture = _capture(blocks)
    extra = (counter,) if info != counter else ()
    return Wrapped(
        text + "\n",
        (*furniture, *extra),
        _address(_host(rng), story.published, rng.randrange(10**5, 10**6)),
        kind="text",
    )


@text_form("docx2txt_huibian_header_footer_blank_runs")
def docx2txt_huibian_header_footer_blank_runs(story: Story) -> Wrapped:
    """A compilation of media reports in Word through a text extractor (docx2txt-like: UTF-8, or GB18030 and CRLF):
    the header's text first, every paragraph after a blank line (empty ones leave runs), the title, the issue, the
    office and a later day apart by tabs, 目录 with pages after a tab, the articles (the story's among them) and
    the footer's text last."""
    rng = _rng(story, "docx2txt_huibian_header_footer_blank_runs")
    place = rng.choice(PLACES)
    office = rng.choice([f"{place}投资促进中心", f"{place}招商引资工作领导小组办公室", f"{place}商务局"])
    compiled = _later(story, rng, 5, 40)
    number = rng.randrange(1, 13)
    header = [office, rng.choice(["内部资料　注意保存", ""])]
    others = rng.sample(OTHER_ITEMS, rng.randrange(1, 3))
    at = rng.randrange(len(others) + 1)
    entries: list[tuple[str, bool]] = []
    articles: list[list[tuple[str, bool]]] = []
    page = 1
    for index in range(len(others) + 1):
        page += rng.randrange(1, 3)
        if index == at:
            if story.headline:
                entries.append((f"{len(entries) + 1}. {story.headline}\t{page}", False))
            credit = _run(
                [
                    f"来源：{story.outlet}" if story.outlet else None,
                    (f"{rng.choice(['', '发布时间：'])}{_unpadded(story.published)}" if story.published else None),
                ],
                "　",
            )
            article = [(story.headline, False)] if story.headline else []
            article += [(credit, False)] if credit else []
            article += [(line, False) for line in story.lines]
            articles.append(article)
            continue
        title, lines = others[index - (index > at)]
        near = _near(story.published, rng)
        entries.append((f"{len(entries) + 1}. {title}\t{page}", True))
        articles.append(
            [
                (title, True),
                (f"来源：{place[:2]}{rng.choice(['日报', '新闻网', '发布'])}　{_unpadded(near.date())}", True),
                *((line, True) for line in lines),
            ]
        )
    paragraphs: list[tuple[str, bool]] = [
        (f"{place}招商引资媒体报道汇编", True),
        (f"（{compiled.year}年第{number}期）", True),
        (f"{office}\t\t{_unpadded(compiled.date())}", True),
        ("", False),
        ("目　录", True),
        *entries,
        ("", False),
    ]
    for article in articles:
        paragraphs += article
        paragraphs += [("", False)] * rng.randrange(1, 3)
    paragraphs.append((f"（{office}综合整理）", True))
    pages = page + rng.randrange(1, 3)
    footer = [rng.choice([f"第 {pages} 页 共 {pages} 页", f"{office}编印　共{pages}页"])]
    # docx2txt: every paragraph's mark comes before its text, header and footer outside the body, all stripped.
    text = (
        "".join(f"\n\n{line}" for line in header)
        + "".join(f"\n\n{line}" for line, _ in paragraphs)
        + "".join(f"\n\n{line}" for line in footer)
    ).strip()
    furniture = [line for line in header if line]
    furniture += [line for line, listed in paragraphs if listed]
    furniture += footer
    windows = rng.random() < 0.4
    return Wrapped(
        (_crlf(text) + "\r\n") if windows else text + "\n",
        tuple(furniture),
        f"file:///D:/{_token(rng, 4)}/huibian/{compiled:%Y%m}_{number}.txt",
        encoding="gb18030" if windows else "utf-8",
        kind="text",
    )


@text_form("mineru_pdf_markdown_jianbao")
def mineru_pdf_markdown_jianbao(story: Story) -> Wrapped:
    """A 简报's PDF through a PDF parser that writes Markdown (MinerU-like, UTF-8): # the 简报's name, 第N期, the
    office with a later day, # the headline, the paragraphs between blank lines, maybe an image with its caption,
    maybe a paragraph cut in two where a page ended, （来源 and the day）, and the distribution lines as an HTML
    table."""
    rng = _rng(story, "mineru_pdf_markdown_jianbao")
    place = rng.choice(PLACES)
    office = rng.choice([f"{place}招商引资工作领导小组办公室", f"{place}人民政府办公室", f"{place}商务局"])
    name = rng.choice([f"{place}招商引资工作简报", f"{place}投资促进简报", "招商动态"])
    issued = _later(story, rng, 2, 20)
    number = rng.randrange(3, 60)
    image = f"![](images/{hashlib.sha256(f'{story.key}/{number}'.encode()).hexdigest()}.jpg)"
    caption = (
        f"{place[:2]}{rng.choice(['重点项目集中签约仪式', '项目推介会', '客商考察活动'])}（{rng.choice(NAMES)} 摄）"
    )
    source = _run(
        [
            f"来源：{story.outlet}" if story.outlet else None,
            _unpadded(story.published) if story.published else None,
        ],
        "，",
    )
    long_ones = [index for index, line in enumerate(story.lines) if len(line) >= 40]
    cut_at = rng.choice(long_ones) if long_ones and rng.random() < 0.7 else None
    pictured = rng.random() < 0.6
    table = (
        "<table><tr><td>报：市招商委、市商务局</td></tr>"
        "<tr><td>送：县委、县人大、县政府、县政协领导</td></tr>"
        f"<tr><td>发：各乡镇、县直各单位</td><td>（共印{rng.choice([30, 40, 50, 60])}份）</td></tr></table>"
    )
    blocks: list[tuple[str | None, bool]] = [
        (f"# {name}", True),
        (f"第{number}期", True),
        (f"{office} {_unpadded(issued.date())}", True),
        (f"# {story.headline}" if story.headline else None, False),
    ]
    for index, line in enumerate(story.lines):
        if index == cut_at:
            at = rng.randrange(len(line) // 3, 2 * len(line) // 3)
            blocks += [(line[:at], False), (line[at:], False)]
        else:
            blocks.append((line, False))
        if index == 0 and pictured:
            blocks += [(image, True), (caption, True)]
    blocks += [(f"（{source}）" if source else None, False), (table, True)]
    text, furniture = _capture(blocks, "\n\n")
    return Wrapped(
        text + "\n",
        furniture,
        f"file:///data/{_token(rng, 5)}/mineru/output/{name}第{number}期/auto/{name}第{number}期.md",
        kind="text",
    )


# ---------------------------------------------------------------- extractors, a loader and a knowledge base


@text_form("gne_extractor_result_dict_print")
def gne_extractor_result_dict_print(story: Story) -> Wrapped:
    """A Chinese news extractor's result printed in a terminal (GNE-like, UTF-8): the command or the notebook's
    prompts, then the dict as Python prints it (or as indented JSON): title, author, publish_time (the page's day, ''
    or a later day from the page's footer), content (the paragraphs joined by escaped newlines), images."""
    rng = _rng(story, "gne_extractor_result_dict_print")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column = rng.choice(COLUMNS19)
    host = _host(rng)
    address = _address(host, story.published, rng.randrange(10**5, 10**6))
    title, own_title = (story.headline, False) if story.headline else _page_title(story, column, site)
    editor = rng.choice(NAMES) if rng.random() < 0.3 else ""
    moment = _moment(story.published, rng)
    if moment:
        when, own_when = (
            rng.choice([f"{moment:%Y-%m-%d %H:%M:%S}", f"{moment:%Y-%m-%d %H:%M}", f"{moment:%Y年%m月%d日}"]),
            False,
        )
    elif rng.random() < 0.4:
        when, own_when = f"{_later(story, rng, 200, 1500):%Y-%m-%d}", True
    else:
        when, own_when = "", True
    lines = list(story.lines)
    tail = f"来源：{story.outlet}" if story.outlet and rng.random() < 0.4 else None
    if tail:
        lines.append(tail)
    images = [_image(host, story.published, rng)]
    images = images if rng.random() < 0.6 else []
    result = {"title": title, "author": editor, "publish_time": when, "content": "\n".join(lines), "images": images}
    as_json = rng.random() < 0.35
    notebook = rng.random() < 0.5
    if notebook:
        head = "\n".join(
            [
                "In [1]: from gne import GeneralNewsExtractor",
                "",
                "In [2]: html = requests.get(url, headers=headers).content.decode('utf-8')",
                "",
                "In [3]: extractor = GeneralNewsExtractor()",
                "",
                "In [4]: result = extractor.extract(html, noise_node_list=['//div[@class=\"footer\"]'])",
                "",
                f"In [5]: {'print(json.dumps(result, ensure_ascii=False, indent=4))' if as_json else 'print(result)'}",
            ]
        )
        end = "In [6]:"
    else:
        head = f"(venv) $ python extract.py {address}"
        end = "(venv) $"
    if as_json:
        printed = json.dumps(result, ensure_ascii=False, indent=4)

        def piece(key: str) -> str:
            return json.dumps({key: result[key]}, ensure_ascii=False)[1:-1]

        content_key = '"content": '
        escapes: list[str] = []
    else:
        printed = str(result)

        def piece(key: str) -> str:
            return f"{key!r}: {result[key]!r}"

        content_key = "'content': "
        escapes = _escapes([str(value) for value in result.values()])
    pieces = [head, end, piece("author"), piece("images"), content_key, *escapes]
    if own_title:
        pieces.append(piece("title"))
    if own_when:
        pieces.append(piece("publish_time"))
    text = "\n".join([head, printed, end])
    return Wrapped(text + "\n", tuple(pieces), f"file:///home/{_token(rng, 5)}/gne_demo/result.txt", kind="text")


@text_form("newspaper3k_article_fields_print")
def newspaper3k_article_fields_print(story: Story) -> Wrapped:
    """A news library's article printed by a short script (newspaper3k-like, UTF-8): the command, maybe jieba's
    loading lines, the title (the headline, or the longest piece of the page's title), the authors, the publish date
    (a datetime or None), the top image, the text (maybe the info line over the paragraphs between blank lines) and
    the keywords."""
    rng = _rng(story, "newspaper3k_article_fields_print")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    host = _host(rng)
    address = _address(host, story.published, rng.randrange(10**5, 10**6))
    chinese = rng.random() < 0.4
    labels = (
        ("标题：", "作者：", "发布时间：", "封面图：", "正文：", "关键词：")
        if chinese
        else (
            "Title:",
            "Authors:",
            "Publish date:",
            "Top image:",
            "Text:",
            "Keywords:",
        )
    )
    title = story.headline or site
    authors = [rng.choice(NAMES)] if rng.random() < 0.25 else []
    moment = _moment(story.published, rng)
    if moment:
        date = rng.choice(
            [f"{moment:%Y-%m-%d} 00:00:00", f"{moment:%Y-%m-%d %H:%M:00}", f"{moment:%Y-%m-%d %H:%M:00}+08:00"]
        )
    else:
        date = "None"
    image = _image(host, story.published, rng)
    counter = f"浏览次数：{rng.randrange(30, 6000)}"
    info = _run(
        [
            f"发布时间：{moment:%Y-%m-%d %H:%M}" if moment else None,
            f"来源：{story.outlet}" if story.outlet else None,
            counter,
        ],
        "  ",
    )
    kept_info = story.outlet is not None and rng.random() < 0.6
    keywords = rng.sample(["招商", "项目", "签约", "投资", "企业", "发展", "产业", "引资"], 5)
    jieba = (
        "Building prefix dict from the default dictionary ...\n"
        "Loading model from cache /tmp/jieba.cache\n"
        f"Loading model cost 0.{rng.randrange(400, 999)} seconds.\n"
        "Prefix dict has been built successfully."
    )
    nlp = rng.random() < 0.5
    command = f"$ python3 {rng.choice(['news.py', 'crawl_article.py', 'test_newspaper.py'])}"
    blocks: list[tuple[str | None, bool]] = [
        (command, True),
        (jieba if nlp else None, True),
        (f"{labels[0]} {title}", not story.headline),
        (f"{labels[1]} {authors!r}", True),
        (f"{labels[2]} {date}", not moment),
        (f"{labels[3]} {image}\n{labels[4]}", True),
    ]
    body: list[str] = ([info] if kept_info and info else []) + list(story.lines)
    blocks.append(("\n\n".join(body), False))
    if nlp:
        blocks.append((f"{labels[5]} {keywords!r}", True))
    blocks.append(("$", False))
    text, furniture = _capture(blocks)
    extra = (counter,) if kept_info and info else ()
    return Wrapped(
        text + "\n",
        (*furniture, *extra),
        address,
        kind="text",
    )


@text_form("langchain_webbaseloader_document_repr")
def langchain_webbaseloader_document_repr(story: Story) -> Wrapped:
    """A web page through an LLM framework's document loader at a Python prompt (LangChain WebBaseLoader-like,
    UTF-8): the imports, maybe the user-agent warning, the loader, then the list of one Document as Python prints it:
    metadata (source, the page's title, maybe description, language) and page_content (the page's get_text: runs of
    escaped newlines and tabs, the <title>'s text, the menu, the crumb, the headline, the info line, the paragraphs,
    the tools, the footer and maybe the analytics script)."""
    rng = _rng(story, "langchain_webbaseloader_document_repr")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column = rng.choice(COLUMNS19)
    host = _host(rng)
    address = _address(host, story.published, rng.randrange(10**5, 10**6))
    page_title, own_title = _page_title(story, column, site)
    metadata: dict[str, str] = {"source": address, "title": page_title}
    described = rng.random() < 0.5
    if described:
        metadata["description"] = f"{site}门户网站"
    metadata["language"] = rng.choice(["zh-CN", "zh-CN", "No language found."])
    moment = _moment(story.published, rng)
    info = _run(
        [
            f"发布时间：{moment:%Y-%m-%d %H:%M}" if moment else None,
            f"来源：{story.outlet}" if story.outlet else None,
            "浏览次数：",
        ],
        "\xa0\xa0\xa0",
    )

    def gap() -> str:
        return "\n" * rng.randrange(1, 5) + "\t" * rng.randrange(0, 3)

    before, after = rng.sample(OTHERS, 2)
    icp, police = _numbers(rng)
    analytics = "\n".join(
        [
            "var _hmt = _hmt || [];",
            "(function() {",
            '  var hm = document.createElement("script");',
            f'  hm.src = "https://hm.baidu.com/hm.js?{_token(rng, 32, HEX)}";',
            '  var s = document.getElementsByTagName("script")[0]; ',
            "  s.parentNode.insertBefore(hm, s);",
            "})();",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (page_title, own_title),  # get_text keeps the <title>'s text, first
        (f"{site}门户网站", True),
        ("首页\n政务公开\n政务服务\n互动交流\n走进" + place[:2], True),
        (f"当前位置：\n首页\n>\n政务公开\n>\n{column}", True),
        (story.headline, False),
        (info, False),
        ("【字体：\n大\n中\n小\n】", True),
        *((line, False) for line in story.lines),
        ("【打印本页】\n【关闭窗口】", True),
        (f"上一篇：{before}\n下一篇：{after}", True),
        (f"主办单位：{site}办公室\n{icp}\n{police}", True),
        (analytics if rng.random() < 0.6 else None, True),
    ]
    kept = [(text, listed) for text, listed in blocks if text is not None]
    content = "\n" * rng.randrange(3, 7) + "".join(text + gap() for text, _ in kept) + "\n"
    document_metadata = f"metadata={metadata!r}"
    document_content = f"page_content={content!r}"
    newer = rng.random() < 0.6
    parts = [document_metadata, document_content] if newer else [document_content, document_metadata]
    printed = f"[Document({', '.join(parts)})]"
    warned = newer and rng.random() < 0.5  # the newer package's warning
    loader = "langchain_community.document_loaders" if newer else "langchain.document_loaders"
    session = "\n".join(
        [
            f">>> from {loader} import WebBaseLoader",
            *(
                ["USER_AGENT environment variable not set, consider setting it to identify your requests."]
                if warned
                else []
            ),
            f'>>> loader = WebBaseLoader("{address}")',
            ">>> docs = loader.load()",
            ">>> docs",
        ]
    )
    listed = [repr(text)[1:-1] for text, flagged in kept if flagged]
    pieces = [session, f"'source': {address!r}", f"'language': {metadata['language']!r}", "page_content="]
    pieces += listed
    if described:
        pieces.append(f"'description': {metadata['description']!r}")
    if own_title:
        pieces.append(f"'title': {page_title!r}")
    else:
        pieces.append(repr(f"_{column}_{site}")[1:-1])  # the column and the site after the headline in the title
    counter = repr("浏览次数：")[1:-1]
    pieces.append(counter)
    pieces += _escapes([text for text, _ in kept])
    text = "\n".join([session, printed, ">>> "])
    return Wrapped(text + "\n", tuple(pieces), f"file:///home/{_token(rng, 5)}/rag/notes/loader.txt", kind="text")


@text_form("dify_zhishiku_segments_select_all")
def dify_zhishiku_segments_select_all(story: Story) -> Wrapped:
    """A knowledge base's document page with its segments (Dify-like) select-all copied (UTF-8): the console's bar,
    the knowledge base and its tabs, the file's name, its state and segments, each segment's number, characters and
    recalls over its text (the file's lines merged up to the segment's length) and keywords, and the metadata."""
    rng = _rng(story, "dify_zhishiku_segments_select_all")
    place = rng.choice(PLACES)
    base_name = f"{place}{rng.choice(['招商引资资料库', '投资促进知识库', '政务信息素材库'])}"
    own_name = not story.headline
    file_name = f"{story.headline}.txt" if story.headline else f"{place[:2]}招商动态素材{rng.randrange(1, 99):02d}.txt"
    info = _run(
        [
            f"来源：{story.outlet}" if story.outlet else None,
            f"发布时间：{story.published:%Y-%m-%d}" if story.published else None,
        ],
        "　",
    )
    lines = [line for line in (story.headline, info) if line] + list(story.lines)
    longest = max(len(line) for line in lines)
    limit = max(rng.choice([500, 800, 1000]), longest)
    segments: list[list[str]] = []
    for line in lines:
        if segments and sum(len(part) + 1 for part in segments[-1]) + len(line) <= limit:
            segments[-1].append(line)
        else:
            segments.append([line])
    uploaded = _later(story, rng, 30, 900)
    if uploaded.year < 2024:
        uploaded = dt.datetime(
            2024, rng.randrange(1, 13), rng.randrange(1, 28), rng.randrange(8, 20), rng.randrange(60)
        )
    updated = uploaded + dt.timedelta(minutes=rng.randrange(1, 600))
    bar = "\n".join(["探索", "工作室", "知识库", "工具", _token(rng, 6)])
    tabs = "\n".join([base_name, "文档", "召回测试", "设置"])
    state = "\n".join(["可用", f"{len(segments)} 分段", "搜索", "添加分段", "批量添加"])
    blocks: list[tuple[str | None, bool]] = [
        (bar, True),
        (tabs, True),
        (file_name, own_name),
        (state, True),
    ]
    for number, segment in enumerate(segments, 1):
        body = "\n".join(segment)
        blocks.append((f"#{number:03d}\n{len(body)} 字符\n召回次数 {rng.randrange(0, 9)}\n已启用", True))
        blocks.append((body, False))
        if rng.random() < 0.5:
            blocks.append(
                (f"关键词\n{' '.join(rng.sample(['招商', '签约', '项目', '投资', '园区', '企业'], 3))}", True)
            )
    total = sum(len("\n".join(segment)) for segment in segments)
    meta = "\n".join(
        [
            "元数据",
            f"原始文件大小\n{total * 3 / 1024:.2f}KB",
            f"上传日期\n{uploaded:%Y-%m-%d %H:%M}",
            f"最后更新日期\n{updated:%Y-%m-%d %H:%M}",
            "来源\n上传文件",
            "技术参数",
            "分段规则\n自定义",
            f"段落长度\n{limit}",
            f"平均段落长度\n{total // len(segments)} 字符",
            f"段落数量\n{len(segments)} 段落",
            "召回次数\n0.00% (0/0)",
            f"嵌入时间\n{rng.randrange(1, 9)}.{rng.randrange(10, 99)} sec",
            f"嵌入花费\n{total * 2:,} tokens",
        ]
    )
    blocks += [(f"原始文件名称\n{file_name}", own_name), (meta, True)]
    text, furniture = _capture(blocks)
    extra = ("原始文件名称",) if not own_name else ()
    return Wrapped(
        text + "\n",
        (*furniture, *extra),
        f"https://dify.example-t19.cn/datasets/{_token(rng, 8, HEX)}-{_token(rng, 4, HEX)}/documents/"
        f"{_token(rng, 8, HEX)}",
        kind="text",
    )


DEV_T19, LOCKED_T19 = split_by_digest(TEXT_FORMS19, "text round 19/", locked=6)
