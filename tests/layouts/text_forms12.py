"""Twelve text capture forms written blind (text round 12): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of site, app, copy tool or document
gives, none of them drawn in text rounds 1 to 11, weighed toward the tools that hold an article as a record (a
content system's edit page, a database row printed by its client, a data-exchange XML file, a hotline's knowledge
base, a site-monitoring report), toward copies made in pieces or for another use (a clipboard history, a slide
deck's notes pages, a village loudspeaker's broadcast sheet, a document comparison, a long image read back by OCR,
a reading app's notes, a wiki's Markdown export), toward what stands inside the text (slides' titles and bullets
between the notes, clips of other things between the article's pieces, a comparison's deleted words inside a
paragraph, OCR rows cut at the image's width, the database's paragraph tags) and toward stories that show no
headline (each form then shows what it would show without one):

- a 微信读书 notes export of a 公众号 article (UTF-8): 《the account》, the account, N个笔记, ◆ the headline as the
  chapter, every paragraph highlighted behind >>, the first the account with the time, one 想法 with a later day,
  and -- 来自微信读书;
- a 长图 poster read back by a phone's OCR (UTF-8): the banner, its English line and 第N期, the headline cut into
  rows of fourteen, the dotted day, every paragraph cut into rows of eighteen with no blank line between, 来源, the
  editors' line and the QR footer;
- a government site's content system (TRS WCM-like) edit page, select-all copied (UTF-8): the system's bar and
  menu, 当前位置 with 编辑文档, the fields (文档标题*, empty 副标题 and 引题, 文档来源, 作者, 撰写时间 and 发布时间
  with seconds, 关键词 and 文档状态), 正文 with the editor's toolbar, the text, 字数统计, the buttons and 操作日志
  with a later day;
- a MySQL client's vertical (\\G) row of the site's article table pasted from a terminal (UTF-8): the query, the
  row's banner, right-aligned columns (id, channel_id, title, source, author, pub_time with seconds, hits, NULL where
  the story states none) and content holding every paragraph in one line of <p style> tags, then 1 row in set and
  the prompt;
- a clipboard manager's history exported oldest first and saved as Unicode text (UTF-16 with a BOM, CRLF): each
  clip under a rule with its number, later day and time and the program copied from, the article copied in two or
  three pieces (the first with the headline and the site's info line), with other clips (a phone number, a chat
  line, a file path) before and between them;
- a speech deck's notes pages exported as text (UTF-16 with a BOM, CRLF): the file's name, 幻灯片 1 with the
  deck's title, the bureau and the month and an opening line in its 备注, 幻灯片 2 titled with the headline, its
  bullets and 备注 holding the first paragraphs, 幻灯片 3 with its own title and bullets and 备注 holding the rest
  and （来源 and the day）, and the last slide's 谢谢 and closing line;
- a county's 应急广播 (村村响) platform's broadcast sheet exported as text (GB18030, CRLF): the sheet's title, its
  fields (编号, 节目名称, 播出方式, 覆盖范围, 播出时段 on a later day, 申请人 and 审核人), a rule, 播音稿, the cues,
  the greeting, 今天的主要内容有 with the headline numbered among two others, the headline, （来源 and the day in
  Chinese numerals）, the text, the closing lines and the cues;
- a 语雀 document exported as Markdown (UTF-8): anchors, # the headline, a quote with 来源 and the slashed day and
  a later 收录 line, an image line with its long query, the text, an anchor, ## 相关阅读 with links and a :::tips
  block;
- a 政务信息资源交换 XML file opened in a text editor (GB18030, CRLF): the declaration, a comment with a later
  export time, the header's sender, receiver, time and count, the record's ids and channel, the headline, outlet and
  day in their elements (empty where the story states none), the text in a CDATA block with indented paragraphs,
  keywords, attachments and the URL;
- a 12345 hotline's knowledge base entry, select-all copied (UTF-8, CRLF): the system, its crumb, 知识标题, the
  entry's number and kind, 知识来源, 发布日期, 有效期至 and 关键词, 【答复口径】 with the operators' note,
  【知识内容】, the text, 【相关知识】, the entry's clerks with a later day and the buttons;
- a government site's content-monitoring report for one page, select-all copied (UTF-8): the report's title, the
  monitor and its number, a later 监测时间, 一、页面信息 (页面标题, the address, the column, 发布时间, 信息来源),
  二、问题明细 as a table of tabs, 三、页面正文快照, the text, 四、处置情况 with its boxes and signature line, and the
  generator's line;
- a WPS document comparison saved as text (UTF-8 with a BOM, CRLF): 文档比较结果, the two files' names, a later
  比较时间, 修订统计, a rule, the headline, 来源 and the day, the text with 〔删除：…〕 marks inside one or two
  paragraphs, a rule and 修订列表 with the editor and later times.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels, or with markup: 《》, ◆, #, a quote's >, an XML element, a row's column name, （来源 …）) are the
capture's metadata and are not listed, nor are lines that hold the headline, the date or the outlet among other
words (a 主要内容 list's item, a slide's title with its number). A block of short lines (headers, a menu, a list, a
table of fields) is listed as one string: squashed, it is one run of the text.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 12/" + name are `LOCKED_T12`, the other six `DEV_T12`. Round 12 is sealed: not scored when
written, to be scored once, both halves, at the end of the text path's next change.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import _after, _crlf, _join_lines, _moment, _run, _unpadded

TEXT_FORMS12: dict[str, Layout] = {}
NAMES = ["闫晓峰", "籍秀兰", "柏文涛", "覃丽娟", "邝海鹏", "訾佳怡", "聂卫东", "祁若兰"]
CITIES = ["吉安市", "宣城市", "荆门市", "衢州市", "宜宾市", "南平市", "常德市", "信阳市"]
# Titles of other items a capture lists (related, neighbouring, more): none is about the story.
OTHERS = [
    "县疾控中心开展秋季流感疫苗接种",
    "全县森林防火宣传月活动启动",
    "区人社局举办退役军人专场招聘会",
    "县第二中学新校区投入使用",
    "全区农村生活垃圾分类现场会召开",
    "县自来水厂二期扩建工程通水",
    "街道开展燃气安全入户排查",
    "县图书馆少儿阅览室改造完成",
    "区交警大队开展电动自行车整治",
    "全县冬季征兵体检工作结束",
]


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS12)


def _hanzi_day(day: dt.date) -> str:
    """A day as a script to be read aloud writes it: 二〇二一年十月十二日."""
    digits = "〇一二三四五六七八九"

    def small(value: int) -> str:
        tens, ones = divmod(value, 10)
        if tens == 0:
            return digits[ones]
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")

    year = "".join(digits[int(char)] for char in str(day.year))
    return f"{year}年{small(day.month)}月{small(day.day)}日"


def _rows(line: str, width: int) -> list[str]:
    return [line[i : i + width] for i in range(0, len(line), width)] or [line]


def _token(rng: random.Random, length: int, alphabet: str = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))


# ---------------------------------------------------------------- reading apps and copies in pieces


@text_form("weread_gzh_notes_export_arrows")
def weread_gzh_notes_export_arrows(story: Story) -> Wrapped:
    """A 微信读书 notes export of a 公众号 article (UTF-8): 《account》, the account, N个笔记, ◆ the headline, every
    paragraph behind >>, the first the account with the time, a 想法 with a later day, -- 来自微信读书."""
    rng = _rng(story, "weread_gzh_notes_export_arrows")
    place = rng.choice(PLACES)
    account = story.outlet or f"{place[:2]}投资促进"
    invented = [] if story.outlet else [account]
    moment = _moment(story.published, rng)
    first = f"{account}　{moment:%Y-%m-%d %H:%M}" if moment else None
    count = f"{len(story.lines) + (1 if first else 0)}个笔记"
    chapter = f"◆ {story.headline}" if story.headline else f"◆ {account}的文章"
    untitled = [] if story.headline else [chapter]
    thought_day = _after(story.published, rng, 1, 20)
    thought = f"◆ {thought_day:%Y/%m/%d}发表想法\n\n" + rng.choice(
        ["这套包联机制值得学，下周例会提一下。", "对照一下，我们的签约落地率还差不少。", "可作为材料里的外地经验。"]
    )
    blocks = [f"《{account}》", account, "", count, "", chapter, ""]
    if first:
        blocks += [f">> {first}", ""]
    for line in story.lines:
        blocks += [f">> {line}", ""]
    blocks += [thought, "", "-- 来自微信读书"]
    text = _join_lines(blocks)
    furniture = (*invented, count, *untitled, thought, "-- 来自微信读书")
    return Wrapped(text + "\n", furniture, f"file:///微信读书笔记/{account}.txt", kind="text")


@text_form("changtu_poster_ocr_rows_qr_footer")
def changtu_poster_ocr_rows_qr_footer(story: Story) -> Wrapped:
    """A 长图 poster read back by a phone's OCR (UTF-8): the banner, its English line and 第N期, the headline in rows
    of fourteen, the dotted day, paragraphs in rows of eighteen with no blank line, 来源, editors and the QR footer."""
    rng = _rng(story, "changtu_poster_ocr_rows_qr_footer")
    place = rng.choice(PLACES)
    banner = f"{place[:2]}招商\nINVESTMENT PROMOTION\n第{rng.randrange(12, 160)}期"
    heading = _rows(story.headline, 14) if story.headline else []
    day = f"{story.published:%Y.%m.%d}" if story.published else None
    rows = [row for line in story.lines for row in _rows(line, 18)]
    editors, checker, chief = rng.sample(NAMES, 3)
    credits = f"编辑：{editors}　审核：{checker}　监制：{chief}"
    footer = f"长按识别二维码\n关注“{place[:2]}投资促进”\n获取更多招商资讯"
    text = _join_lines(
        [banner, *heading, day, *rows, f"来源：{story.outlet}" if story.outlet else None, credits, footer]
    )
    furniture = (banner, credits, footer)
    return Wrapped(text + "\n", furniture, f"file:///Pictures/长图识别-{rng.randrange(10**5)}.txt", kind="text")


@text_form("clipboard_history_export_pieces_utf16")
def clipboard_history_export_pieces_utf16(story: Story) -> Wrapped:
    """A clipboard manager's history exported oldest first as Unicode text (UTF-16, CRLF): each clip under a rule with
    its number, later time and program, the article in two or three pieces, other clips before and between them."""
    rng = _rng(story, "clipboard_history_export_pieces_utf16")
    place = rng.choice(PLACES)
    when = _after(story.published, rng, 0, 6)
    number = rng.randrange(20, 300)
    headers: list[str] = []

    def header(program: str) -> str:
        nonlocal when, number
        when += dt.timedelta(seconds=rng.randrange(15, 400))
        number += 1
        line = f"──── 第 {number} 条　{when:%Y-%m-%d %H:%M:%S}　来自 {program} ────"
        headers.append(line)
        return line

    others = [
        f"0{rng.randrange(700, 900)}-{rng.randrange(10**6, 10**7)}",
        rng.choice(["好的，下午三点在三楼会议室碰一下", "材料已改好，麻烦再看一下", "收到，马上报"]),
        rf"D:\信息报送\{when.year}年\{when.month}月\{place}招商动态汇总.docx",
    ]
    moment = _moment(story.published, rng)
    info = _run(
        [f"发布时间：{moment:%Y-%m-%d %H:%M}" if moment else None, f"来源：{story.outlet}" if story.outlet else None],
        "　　",
    )
    lines = list(story.lines)
    cuts = sorted(rng.sample(range(1, len(lines)), min(2, len(lines) - 1))) if len(lines) > 1 else []
    pieces = [lines[a:b] for a, b in zip([0, *cuts], [*cuts, len(lines)], strict=True)]
    blocks = [header("WeChat.exe"), others[0], ""]
    for index, piece in enumerate(pieces):
        blocks.append(header("chrome.exe"))
        if index == 0:
            blocks += [story.headline, info]
        blocks += [*piece, ""]
        if index == 0 and len(pieces) > 1:
            blocks += [header("WeChat.exe"), others[1], ""]
    blocks += [header("explorer.exe"), others[2]]
    title = "剪贴板历史记录（按时间正序导出）"
    text = _crlf(_join_lines([title, "", *blocks]))
    furniture = (title, *headers, others[0], others[2], *([others[1]] if len(pieces) > 1 else []))
    return Wrapped(text + "\r\n", furniture, f"file:///剪贴板导出-{when:%Y%m%d}.txt", encoding="utf-16", kind="text")


@text_form("ppt_notes_pages_slides_between_utf16")
def ppt_notes_pages_slides_between_utf16(story: Story) -> Wrapped:
    """A speech deck's notes pages exported as text (UTF-16, CRLF): 幻灯片 1 with the deck's title and an opening,
    幻灯片 2 titled with the headline, bullets and the first paragraphs as 备注, 幻灯片 3 with the rest, the last."""
    rng = _rng(story, "ppt_notes_pages_slides_between_utf16")
    place = rng.choice(PLACES)
    day = story.published or dt.date(2021, 11, 3)
    later = _after(story.published, rng, 5, 30)
    deck = f"{place}招商引资工作情况汇报"
    file_line = f"{deck}（{later.month}月{later.day}日定稿）.pptx　—　备注页"
    first_slide = f"幻灯片 1\n{deck}\n{place}投资促进局\n{later.year}年{later.month}月\n备注："
    opening = "（开场）各位领导：下面我用几分钟时间，把我县近期招商引资工作的情况作个简要汇报。"
    lines = list(story.lines)
    cut = max(1, (len(lines) + 1) // 2)
    second_title = story.headline or "近期重点项目进展"
    second_bullets = "· 签约项目　· 投资规模　· 落地进度\n备注："
    third = "幻灯片 3\n下步打算\n· 专班跟踪服务　· 要素保障到位　· 力争早日投产\n备注："
    source = _run(
        [f"来源：{story.outlet}" if story.outlet else None, _unpadded(day) if story.published else None], "，"
    )
    last = "幻灯片 4\n谢谢！\n备注："
    closing = "（结束）我的汇报完毕，不当之处请各位领导批评指正。"
    text = _join_lines(
        [
            file_line,
            "",
            first_slide,
            opening,
            "",
            "幻灯片 2",
            second_title,
            second_bullets,
            *lines[:cut],
            "",
            *([third, *lines[cut:]] if lines[cut:] else []),
            f"（{source}）" if source else None,
            "",
            last,
            closing,
        ]
    )
    untitled = [] if story.headline else [second_title]
    furniture = (
        file_line,
        first_slide,
        opening,
        "幻灯片 2",
        *untitled,
        second_bullets,
        *([third] if lines[cut:] else []),
        last,
        closing,
    )
    return Wrapped(_crlf(text) + "\r\n", furniture, f"file:///汇报材料/{deck}-备注.txt", encoding="utf-16", kind="text")


# ---------------------------------------------------------------- records in systems


@text_form("wcm_backend_edit_page_fields_log")
def wcm_backend_edit_page_fields_log(story: Story) -> Wrapped:
    """A content system's edit page, select-all copied (UTF-8): the bar and menu, 当前位置, the fields, 正文 with the
    editor's toolbar, the text, 字数统计, the buttons and 操作日志 with a later day."""
    rng = _rng(story, "wcm_backend_edit_page_fields_log")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    editor, reviewer = rng.sample(NAMES, 2)
    bar = (
        f"内容协作平台　　欢迎您：xxy_{rng.randrange(100, 999)}　　站点：{site}　　[修改密码]　[退出]\n"
        "我的工作台　　站点管理　　文档管理　　审核发布　　统计分析　　系统设置"
    )
    crumb = f"当前位置：{site} > 投资促进 > 招商动态 > 编辑文档"
    moment = _moment(story.published, rng)
    released = moment + dt.timedelta(minutes=rng.randrange(5, 90)) if moment else None
    empty = "副标题\n引题"
    invented_source = "文档来源　本站" if not story.outlet else None
    author = f"作者　{editor}"
    tail = "关键词　招商引资,项目签约,营商环境\n文档状态　已发"
    toolbar = (
        "正文\n源代码　|　撤销　重做　|　粗体　斜体　下划线　|　左对齐　居中　右对齐　|　"
        "插入图片　插入附件　|　一键排版"
    )
    count = f"字数统计：{sum(len(line) for line in story.lines)}"
    buttons = "[保存]　[保存并发布]　[预览]　[关闭]"
    edited = _after(story.published, rng, 1, 15)
    log = [f"操作日志\n{edited:%Y-%m-%d %H:%M:%S}　{editor}　修改文档"]
    if released:
        log.append(f"{released:%Y-%m-%d %H:%M:%S}　{reviewer}　审核通过并发布")
    text = _join_lines(
        [
            bar,
            crumb,
            f"文档标题*　{story.headline}" if story.headline else "文档标题*",
            empty,
            f"文档来源　{story.outlet}" if story.outlet else invented_source,
            author,
            f"撰写时间　{moment:%Y-%m-%d %H:%M:%S}" if moment else None,
            f"发布时间　{released:%Y-%m-%d %H:%M:%S}" if released else None,
            tail,
            toolbar,
            *story.lines,
            count,
            buttons,
            "\n".join(log),
        ]
    )
    untitled = [] if story.headline else ["文档标题*"]
    furniture = (
        bar,
        crumb,
        *untitled,
        empty,
        *([invented_source] if invented_source else []),
        author,
        tail,
        toolbar,
        count,
        buttons,
        "\n".join(log),
    )
    return Wrapped(
        text + "\n",
        furniture,
        f"http://10.{rng.randrange(1, 250)}.8.{rng.randrange(2, 250)}:8080/wcm/app/document/document_edit.jsp"
        f"?DocumentId={rng.randrange(10**5, 10**6)}",
        kind="text",
    )


@text_form("mysql_cli_vertical_row_content_p")
def mysql_cli_vertical_row_content_p(story: Story) -> Wrapped:
    """A MySQL client's vertical (\\G) row of the article table pasted from a terminal (UTF-8): the query, the banner,
    right-aligned columns, NULL where the story states none, content as one line of <p style> tags, and the prompt."""
    rng = _rng(story, "mysql_cli_vertical_row_content_p")
    row_id = rng.randrange(10**4, 10**5)
    query = (
        "mysql> SELECT id, channel_id, title, source, author, pub_time, hits, content FROM cms_article "
        f"WHERE id = {row_id}\\G"
    )
    banner = "*************************** 1. row ***************************"
    moment = _moment(story.published, rng)
    opening = '<p style="text-indent: 2em;">'
    values = [
        ("id", str(row_id)),
        ("channel_id", str(rng.randrange(20, 90))),
        ("title", story.headline or ""),
        ("source", story.outlet or "NULL"),
        ("author", rng.choice(NAMES)),
        ("pub_time", f"{moment:%Y-%m-%d %H:%M:%S}" if moment else "NULL"),
        ("hits", str(rng.randrange(30, 5000))),
        ("content", "".join(f"{opening}{line}</p>" for line in story.lines)),
    ]
    rows = {name: f"{name:>10}: {value}" for name, value in values}
    end = f"1 row in set ({rng.randrange(0, 3)}.{rng.randrange(0, 100):02d} sec)\n\nmysql>"
    text = _join_lines([query, banner, *rows.values(), end, ""])
    furniture = (
        query,
        banner,
        f"{rows['id']}\n{rows['channel_id']}".strip(),
        *([rows["source"].strip()] if not story.outlet else []),
        rows["author"].strip(),
        *([rows["pub_time"].strip()] if not moment else []),
        rows["hits"].strip(),
        opening,
        end,
    )
    return Wrapped(text, furniture, f"file:///home/ops/cms_article_{row_id}.txt", kind="text")


@text_form("xml_xinxi_jiaohuan_cdata_gb18030")
def xml_xinxi_jiaohuan_cdata_gb18030(story: Story) -> Wrapped:
    """A 政务信息资源交换 XML file opened in a text editor (GB18030, CRLF): the declaration, an export comment, the
    header, the record's ids, headline, outlet and day in elements, the text in CDATA, keywords and the URL."""
    rng = _rng(story, "xml_xinxi_jiaohuan_cdata_gb18030")
    place = rng.choice(PLACES)
    city = rng.choice(CITIES)
    exported = _after(story.published, rng, 1, 10)
    doc_id = rng.randrange(10**6, 10**7)
    head = "\n".join(
        [
            '<?xml version="1.0" encoding="GB18030"?>',
            f"<!-- 政务信息资源交换接口导出 {exported:%Y-%m-%d %H:%M:%S} -->",
            "<DataExchange>",
            "  <Header>",
            f"    <SenderCode>{rng.randrange(10**11, 10**12)}</SenderCode>",
            f"    <SenderName>{place}投资促进局</SenderName>",
            f"    <ReceiverName>{city}政务信息资源共享平台</ReceiverName>",
            f"    <ExchangeTime>{exported:%Y-%m-%dT%H:%M:%S}</ExchangeTime>",
            "    <RecordCount>1</RecordCount>",
            "  </Header>",
            "  <Records>",
            "    <Record>",
            f"      <DocId>{doc_id}</DocId>",
            "      <ChannelName>招商动态</ChannelName>",
        ]
    )
    title = f"      <Title><![CDATA[{story.headline}]]></Title>" if story.headline else "      <Title/>"
    source = f"      <Source><![CDATA[{story.outlet}]]></Source>" if story.outlet else "      <Source/>"
    day = f"      <PubDate>{story.published:%Y-%m-%d}</PubDate>" if story.published else "      <PubDate/>"
    opening = "      <Content><![CDATA["
    tail = "\n".join(
        [
            "]]></Content>",
            "      <Keywords>招商引资;项目建设</Keywords>",
            "      <Attachments/>",
            f"      <Url>http://www.{place[:2]}example-t12.gov.cn/zsdt/{doc_id}.html</Url>",
            "    </Record>",
            "  </Records>",
            "</DataExchange>",
        ]
    )
    text = _join_lines([head, title, source, day, opening, *(f"　　{line}" for line in story.lines), tail])
    empties = [line.strip() for line in (title, source, day) if line.strip().endswith("/>")]
    furniture = (head, *empties, opening.strip(), tail)
    return Wrapped(
        _crlf(text) + "\r\n",
        furniture,
        f"file:///交换数据/{exported:%Y%m%d}/{doc_id}.xml",
        encoding="gb18030",
        kind="text",
    )


@text_form("rexian12345_zhishiku_koujing_crlf")
def rexian12345_zhishiku_koujing_crlf(story: Story) -> Wrapped:
    """A 12345 hotline's knowledge base entry, select-all copied (UTF-8, CRLF): the system, its crumb, 知识标题, the
    entry's fields, 【答复口径】, 【知识内容】 and the text, 【相关知识】, the clerks with a later day, the buttons."""
    rng = _rng(story, "rexian12345_zhishiku_koujing_crlf")
    place = rng.choice(PLACES)
    clerk, checker = rng.sample(NAMES, 2)
    system = f"{place}12345政务服务便民热线　知识库管理系统\n知识库 > 经济发展 > 招商引资 > 知识详情"
    title = f"知识标题：{story.headline}" if story.headline else "知识标题：招商引资工作动态（部门报送）"
    entered = _after(story.published, rng, 1, 12)
    fields = f"知识编号：ZS{entered:%Y%m}{rng.randrange(1000, 9999)}\n知识类别：经济发展／招商引资"
    validity = f"有效期至：{entered.year + 1}-12-31\n关键词：招商　签约　项目落地"
    answer = (
        "【答复口径】\n群众咨询相关情况时，可参考以下内容答复；涉及具体扶持政策兑现的，"
        f"请转{place}投资促进局办理，不得直接承诺。"
    )
    related = "【相关知识】\n" + "\n".join(f"{i}. {t}" for i, t in enumerate(rng.sample(OTHERS, 2), start=1))
    clerks = (
        f"录入人：{clerk}　　审核人：{checker}　　录入时间：{entered:%Y-%m-%d %H:%M}　　浏览次数："
        f"{rng.randrange(3, 400)}\n[纠错]　[收藏]　[打印]　[返回]"
    )
    text = _join_lines(
        [
            system,
            title,
            fields,
            f"知识来源：{story.outlet}" if story.outlet else "知识来源：部门报送",
            f"发布日期：{story.published:%Y年%m月%d日}" if story.published else None,
            validity,
            answer,
            "【知识内容】",
            *story.lines,
            related,
            clerks,
        ]
    )
    untitled = [] if story.headline else [title]
    invented = [] if story.outlet else ["知识来源：部门报送"]
    furniture = (system, *untitled, fields, *invented, validity, answer, "【知识内容】", related, clerks)
    return Wrapped(
        _crlf(text) + "\r\n",
        furniture,
        f"http://10.{rng.randrange(1, 250)}.{rng.randrange(1, 250)}.9/kb/detail?id={rng.randrange(10**5, 10**6)}",
        kind="text",
    )


@text_form("wangzhan_jiance_report_snapshot")
def wangzhan_jiance_report_snapshot(story: Story) -> Wrapped:
    """A site's content-monitoring report for one page, select-all copied (UTF-8): the title, monitor and number, a
    later 监测时间, 页面信息, 问题明细 as tabs, 页面正文快照 and the text, 处置情况 and the generator's line."""
    rng = _rng(story, "wangzhan_jiance_report_snapshot")
    place = rng.choice(PLACES)
    site = f"{place}人民政府网站"
    company = rng.choice(["博睿云监", "网安卫士", "政云哨兵"])
    checked = _after(story.published, rng, 1, 40)
    head = (
        f"{site}内容安全监测报告（单页详情）\n监测机构：{company}　　报告编号：JC-{checked:%Y%m%d}-"
        f"{rng.randrange(1000, 9999)}\n监测时间：{checked:%Y-%m-%d %H:%M}"
    )
    page_id = rng.randrange(10**5, 10**6)
    info_title = f"页面标题：{story.headline}" if story.headline else f"页面标题：招商动态_{site}"
    where = (
        f"页面地址：http://www.{place[:2]}example-t12.gov.cn/tzcj/zsdt/{checked:%Y%m}/t{page_id}.html\n"
        "所属栏目：投资促进 > 招商动态"
    )
    problems = "\n".join(
        [
            "二、问题明细（共 3 处）\n序号\t问题类型\t问题描述\t处理建议",
            "1\t外链检测\t页面引用第三方统计脚本\t确认必要性",
            "2\t无障碍\t页面图片缺少替代文本（alt）\t补充图片说明",
            f"3\t时效性\t页面底部版权年份未更新\t更新为{checked.year}年",
        ]
    )
    snapshot = "三、页面正文快照"
    handling = "四、处置情况\n□ 已整改　□ 无需整改　□ 误报\n网站管理员签字：________　　日期：________"
    generator = f"本报告由{company}网站监测云平台自动生成，仅供{site}运维单位内部使用。"
    text = _join_lines(
        [
            head,
            "",
            "一、页面信息",
            info_title,
            where,
            f"发布时间：{story.published:%Y-%m-%d}" if story.published else None,
            f"信息来源：{story.outlet}" if story.outlet else None,
            "",
            problems,
            "",
            snapshot,
            *story.lines,
            "",
            handling,
            generator,
        ]
    )
    untitled = [] if story.headline else [info_title]
    furniture = (head, "一、页面信息", *untitled, where, problems, snapshot, handling, generator)
    return Wrapped(text + "\n", furniture, f"file:///监测报告/JC-{page_id}.txt", kind="text")


# ---------------------------------------------------------------- scripts, exports and comparisons


@text_form("cuncunxiang_guangbo_bofadan_gb18030")
def cuncunxiang_guangbo_bofadan_gb18030(story: Story) -> Wrapped:
    """A 应急广播 (村村响) broadcast sheet exported as text (GB18030, CRLF): the title and fields with a later 播出时段,
    a rule, 播音稿, the cues, the greeting, 今天的主要内容有 with the headline among two others, the headline, （来源
    and the day in Chinese numerals）, the text, the closing and the cues."""
    rng = _rng(story, "cuncunxiang_guangbo_bofadan_gb18030")
    place = rng.choice(PLACES)
    show = f"《{place[:2]}新闻》"
    aired = _after(story.published, rng, 1, 4)
    applicant, checker = rng.sample(NAMES, 2)
    sheet = "\n".join(
        [
            f"{place}应急广播平台　节目播发单",
            f"节目编号：GB{aired:%Y%m%d}{rng.randrange(100, 999)}",
            f"节目名称：{show}第{rng.randrange(100, 900)}期",
            "播发类型：日常广播　　播出方式：文本转语音（女声）",
            f"覆盖范围：全县{rng.randrange(9, 25)}个乡镇{rng.randrange(120, 400)}个行政村",
            f"播出时段：{_unpadded(aired.date())} 06:30、12:00、18:30",
            f"申请人：{applicant}　　审核人：{checker}",
        ]
    )
    rule = "————————————————————"
    start = "播音稿：\n【片头音乐】"
    greeting = f"各位听众朋友，大家好！欢迎收听{show}。今天的主要内容有："
    others = rng.sample(OTHERS, 2)
    items = [f"1. {story.headline}" if story.headline else None, *(f"{i}. {t}" for i, t in enumerate(others, start=2))]
    listed = "\n".join(item for item in items[1:] if item)
    lead = "下面请听详细内容。"
    source = _run(
        [f"来源：{story.outlet}" if story.outlet else None, _hanzi_day(story.published) if story.published else None],
        "　",
    )
    closing = f"【垫乐】\n以上就是今天{show}的全部内容，感谢您的收听，我们明天同一时间再会。\n【片尾音乐】"
    text = _join_lines(
        [
            sheet,
            rule,
            start,
            greeting,
            *items,
            lead,
            story.headline,
            f"（{source}）" if source else None,
            *story.lines,
            closing,
        ]
    )
    furniture = (sheet, start, greeting, listed, lead, closing)
    return Wrapped(
        _crlf(text) + "\r\n",
        furniture,
        f"file:///应急广播/播发单-{aired:%Y%m%d}.txt",
        encoding="gb18030",
        kind="text",
    )


@text_form("yuque_markdown_export_anchors_image_query")
def yuque_markdown_export_anchors_image_query(story: Story) -> Wrapped:
    """A 语雀 document exported as Markdown (UTF-8): anchors, # the headline, a quote with 来源 and the slashed day
    and a later 收录 line, an image with its long query, the text, ## 相关阅读 with links and a :::tips block."""
    rng = _rng(story, "yuque_markdown_export_anchors_image_query")
    place = rng.choice(PLACES)
    anchors = [f'<a name="{_token(rng, 5)}"></a>' for _ in range(2)]
    day = story.published
    quote = _run(
        [f"来源：{story.outlet}" if story.outlet else None, f"{day.year}/{day.month}/{day.day}" if day else None],
        "｜",
    )
    kept = _after(story.published, rng, 1, 30)
    collector = f"> 收录人：{rng.choice(NAMES)}｜收录于 {kept:%Y-%m-%d}"
    user = rng.randrange(10**7, 10**8)
    image = (
        f"![image.png](https://cdn.nlark.example-t12.com/yuque/0/{kept.year}/png/{user}/"
        f"{rng.randrange(10**12, 10**13)}-{_token(rng, 8, '0123456789abcdef')}.png#averageHue=%23f2f1ef"
        f"&clientId=u{_token(rng, 8, '0123456789abcdef')}&from=paste&height=360"
        f"&id=u{_token(rng, 8, '0123456789abcdef')}"
        "&originHeight=720&originWidth=1280&originalType=binary&ratio=2&rotation=0&showTitle=false"
        f"&size={rng.randrange(10**5, 10**6)}&status=done&style=none&title=&width=640)"
    )
    related = "## 相关阅读\n" + "\n".join(
        f"- [{title}](https://www.yuque.example-t12.com/{place[:2]}zs/dt/{_token(rng, 6).lower()})"
        for title in rng.sample(OTHERS, 3)
    )
    tips = ":::tips\n本文仅用于内部学习交流，如有侵权请联系删除。\n:::"
    blocks = [anchors[0]]
    if story.headline:
        blocks += [f"# {story.headline}", ""]
    if quote:
        blocks += [f"> {quote}", ">", collector, ""]
    else:
        blocks += [collector, ""]
    blocks += [image, ""]
    for line in story.lines:
        blocks += [line, ""]
    blocks += [anchors[1], related, "", tips]
    text = _join_lines(blocks)
    furniture = (*anchors, collector, image, related, tips)
    return Wrapped(text + "\n", furniture, f"file:///语雀导出/{place[:2]}招商动态-{kept:%m%d}.md", kind="text")


@text_form("wps_wendang_bijiao_deleted_marks_bom")
def wps_wendang_bijiao_deleted_marks_bom(story: Story) -> Wrapped:
    """A WPS document comparison saved as text (UTF-8 with a BOM, CRLF): 文档比较结果, the files, a later 比较时间,
    修订统计, a rule, the headline, 来源 and the day, the text with 〔删除：…〕 inside paragraphs, and 修订列表."""
    rng = _rng(story, "wps_wendang_bijiao_deleted_marks_bom")
    editor = rng.choice(NAMES)
    compared = _after(story.published, rng, 0, 3)
    stem = f"信息稿-{compared:%m%d}"
    lines = list(story.lines)
    words = rng.sample(["大力", "积极", "进一步", "全力", "切实", "不断"], 2)
    targets = sorted(rng.sample(range(len(lines)), min(2, len(lines))))
    marks: list[str] = []
    entries: list[str] = []
    stamp = compared
    for target, word in zip(targets, words, strict=False):
        line = lines[target]
        commas = [i + 1 for i, char in enumerate(line) if char in "，," and 0 < i < len(line) - 2]
        at = rng.choice(commas) if commas else len(line)
        mark = f"〔删除：{word}〕"
        lines[target] = line[:at] + mark + line[at:]
        marks.append(mark)
        stamp += dt.timedelta(minutes=rng.randrange(1, 20))
        entries.append(f"{len(entries) + 1}. 删除（{editor}，{stamp:%m-%d %H:%M}）：“{word}”")
    entries.append(f"{len(entries) + 1}. 格式（{editor}）：正文首行缩进 2 字符，行距固定值 28 磅")
    head = "\n".join(
        [
            "文档比较结果",
            f"原文档：{stem}（初稿）.docx",
            f"修订的文档：{stem}（改）.docx",
            f"比较时间：{compared:%Y-%m-%d %H:%M}",
            f"修订统计：插入 0 处　删除 {len(marks)} 处　格式 1 处",
        ]
    )
    rule = "─" * 30
    info = _run(
        [f"来源：{story.outlet}" if story.outlet else None, _unpadded(story.published) if story.published else None],
        "　",
    )
    listing = "修订列表：\n" + "\n".join(entries)
    text = _join_lines([head, rule, story.headline, info, *lines, rule, listing])
    furniture = (head, *marks, listing)
    return Wrapped(
        _crlf(text) + "\r\n",
        furniture,
        f"file:///信息报送/{stem}-比较结果.txt",
        encoding="utf-8-sig",
        kind="text",
    )


DEV_T12, LOCKED_T12 = split_by_digest(TEXT_FORMS12, "text round 12/", locked=6)
