"""Twelve text capture forms written blind (text round 21): sealed until scored once at the end of a text-path change.

Written without reading the text path, its data or its tests, and never run through the parser nor measured by
their author. Each form wraps a labelled story into the plain text a kind of OCR engine, speech recogniser, subtitle
editor, crawler, scraping extension, packet-capture tool, note app, clipper, online library, open-data platform,
融媒体 centre's site or meeting service gives, none of them drawn in text rounds 1 to 20, weighed toward what
generalises across the captures met in the wild: a photographed handout or clipping through an OCR engine at a
terminal; a news video through a speech recogniser's Python call; a 融媒体 centre's subtitle file; a crawler's run in
an IDE's console; a browser scraping extension's CSV; a note app's own file of a clipped page; a clipper's export; an
online library's page of the text select-all copied; an open-data platform's answer with its keys in pinyin
initials; a county app's article caught by a packet-capture tool; a county 融媒体 centre's site select-all copied; a
video meeting's transcript of a speech; and toward stories that show no headline (each form then shows what it would
show without one: a page's title of the site's own, a title of the editors' own, a tool's placeholder or null, an
empty field, a file's own name, or nothing):

- a photographed printed page through an OCR engine at a terminal (PaddleOCR-like): the terminal copied (UTF-8: the
  prompt and the command, maybe the models' downloads) or the output redirected on Windows (cmd: GB18030 and CRLF;
  PowerShell: UTF-16 and CRLF); the arguments' Namespace, then for each photo (named by the phone's later time)
  its ********** line, the detection, classification and recognition counts, and each text box's line behind its
  [time] ppocr INFO: and corner points, with its score: the rows of a 公文-like handout (maybe the headline's rows
  and the day in brackets, the paragraphs in rows of 28, some marks read as ASCII ones, the page's number at its
  foot) or of a clipped newspaper column (maybe the page's head in boxes: the paper, its day, the page and the
  editor; maybe the headline's rows, the paragraphs in rows of 13);
- a news video through a speech recogniser's Python call (SenseVoice through FunASR-like, UTF-8): maybe the prompt
  and the command (a cloud GPU's shell, PowerShell, or a notebook's cell), the library's version and update lines,
  the models' download directories with the hub's warnings, the progress bars with the real-time factor, then the
  result printed (key: the file's stem, named by the headline, by the program and the day, or of its own; text:
  each merged segment behind its language, emotion, event and ITN tags, the paragraphs run together) and/or the
  text after the rich-transcription post-processing (emoji for an emotion or a music bed);
- a 融媒体 centre's subtitle file for a news video (Aegisub-like ASS, UTF-8 with a BOM, CRLF): [Script Info] with
  maybe the tool's comments and a title (the default, or the video's stem), maybe the project's garbage with the
  video's file (named by the headline, the program and the day, or an edit of its own), the styles (Default, 标题,
  署名), the events' format, maybe a comment event, maybe the headline's title card with its fade (cut by \\N when
  long), the reporters' credit, and each row of the paragraphs without marks behind its Dialogue's layer, times,
  style and margins;
- a crawler's run in an IDE's console (PyCharm-like, UTF-8, saved by Notepad with CRLF or by the IDE): the
  interpreter and the script, maybe the unverified-HTTPS warning at each request, the page being crawled, the
  lists XPath gave printed as Python shows them (the title's, or [] with none; the info spans' with the day, the
  outlet and an empty 浏览次数; the content's text nodes with their \\r\\n\\t runs and \\u3000 or \\xa0 indents) or
  the content joined and printed, other articles' the same, a rule between articles, and the exit line;
- a browser scraping extension's CSV (Web Scraper-like, UTF-8 without a BOM, or re-saved by Notepad as ANSI:
  GB18030 and CRLF): every field quoted; web-scraper-order (the job's later epoch and a counter) and
  web-scraper-start-url, maybe the list's link (the headline, cut as the list shows it, or a 详细 button) and its
  address, title (or null), time (the info's text, or null), content (the paragraphs on lines or run together); the
  story's row among other articles';
- a note app's own file of a clipped page (SiYuan-like .sy, UTF-8, JSON indented with tabs): the document's ID,
  Spec, Type and Properties (id, title: the page's title, the headline, or the site's own title; type; updated),
  then its blocks each with its ID, Type, Properties and Children: maybe the clip's source as a link mark, maybe
  the headline as a heading, maybe the info line, the paragraphs as NodeText data, maybe a tag mark;
- a clipper's export (Evernote-like ENEX, UTF-8): the XML declaration and DOCTYPE, en-export with its later
  export-date and application (the old client's one-line notes or the new client's indented ones), each note's
  title (the page's title: the headline with its column and site, or the column and site), created, updated,
  tags, note-attributes (source, source-url) and the ENML content in CDATA (maybe the headline as a heading, maybe
  the info line, the paragraphs in <p> or <div> with entities); another clipped note before or after;
- an online library's page of a government text select-all copied (Wikisource-like, UTF-8): the desktop skin's
  links, the page's title (the headline, or a title of the editors' own), the language variants and tabs, the
  site's tagline, the header (the title, 作者, the day, maybe 来源 with the outlet, 姊妹计划), the paragraphs, the
  licence of a PRC official text, 分类, the page's last revision and the footer; or the mobile skin's (its menu, the
  title, its tabs, the header, the paragraphs, the licence, a relative last edit, the last revision, its footer);
- an open-data platform's answer for a dataset of a county's news (UTF-8, one line as saved, or pretty-printed by
  a browser's viewer): the envelope (code, message, paging) and its rows with keys in pinyin initials (XH, BT: the
  headline or empty, FBRQ: the day or null, FBJG, LY: the outlet or empty, LMMC, NR: the text with \\r\\n and wide
  spaces or HTML with styled <p>s, WZLJ, SYH, GXSJ: a later update), the story's among other articles';
- a county app's article caught by a packet-capture tool (Fiddler-like sessions saved as text, UTF-8, CRLF): maybe a
  session of the column's list before, then the detail's request (the address with the article's id, the headers
  with a phone's user agent and a token) and its response (the server's headers with a later Date in GMT, the
  decoded JSON: code, msg, data with id, title or empty, source or empty, author, editor, publishTime in epoch
  milliseconds or as a string, content in HTML, shareUrl, counts and the column), sessions apart by a rule;
- a county 融媒体 centre's site select-all copied (UTF-8, or saved by Notepad: GB18030 and CRLF): the site's bar with
  today's day as the copy's (今天是, maybe the weather), the menu, 当前位置, the headline, the info line (发布时间,
  来源: the outlet or the centre, 作者, 浏览量), the font sizes, the paragraphs, maybe 来源 again, the credits (记者,
  编辑 and the three reviews 一审/二审/三审, or 责编/审核/终审, or 校对/监制), maybe the centre's stamp, 分享到,
  上一篇/下一篇, 相关新闻 and the footer with the sponsor, the hotline, the mail box and the licences;
- a video meeting's transcript of a speech (Zoom-like WebVTT, UTF-8): WEBVTT, then each cue's number, its start and
  end, and the speaker's display name before the words: the host's opening and introduction, the speech's
  sentences packed into cues (the paragraphs as spoken), the host's thanks; the file named by the meeting's time in
  GMT.

Every furniture string is listed with its form; lines that hold only the story's headline, date or outlet (with
their labels, or with markup: a JSON field's key, an XML element, a title card's style, a list's brackets) are the
capture's metadata and are not listed, nor are lines that hold the headline, the date or the outlet among other
words (an info line, a page's title with its site, a page's head in a clipping, a file's name). A counter, a
credit, a stamp, a key and its value, an escape, an entity, a tag, a box's points and score, a cue's number and
times or an address beside them, or inside a paragraph, is listed apart. A run of the capture's own text between
two pieces of the story (a block of short lines, a record's keys and values, a log's lines, a row's prefix and the
next row's) is listed as one string: squashed, it is one run of the text.

The split is fixed by a rule set before anything is scored: the six forms whose names have the smallest SHA-256
digests of "text round 21/" + name are `LOCKED_T21`, the other six `DEV_T21`. Round 21 is sealed: not scored when
written; whoever next changes the text path scores it once, both halves, at the end of their work, and fixes nothing
from its misses.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable, Iterable
from urllib.parse import quote

from layouts.families import PLACES, Layout, Story, Wrapped, _rng, layout, split_by_digest
from layouts.text_parts import (
    _address,
    _capture,
    _crlf,
    _joined,
    _later,
    _moment,
    _near,
    _numbers,
    _run,
    _squashed,
    _token,
    _unpadded,
    _width,
)

TEXT_FORMS21: dict[str, Layout] = {}
NAMES = [
    "龚丽华",
    "蒋文斌",
    "殷秀兰",
    "汤建军",
    "简海燕",
    "冉志强",
    "覃美玲",
    "包明辉",
    "祁红霞",
    "骆永平",
]
# Other items a capture holds (other articles, rows, notes, sessions): none is about the story.
OTHER_ITEMS = [
    (
        "县消防救援大队开展高层建筑灭火演练",
        (
            "县消防救援大队在城区一高层住宅小区开展灭火救援实战演练，参演指战员六十余人。",
            "演练检验了高层建筑火灾扑救和人员疏散的协同能力。",
        ),
    ),
    (
        "县水利局完成小型水库除险加固",
        (
            "县水利局今年实施的五座小型水库除险加固工程全部完工并通过验收。",
            "工程完工后恢复灌溉面积一万二千亩。",
        ),
    ),
    (
        "县税务局推出办税服务厅延时服务",
        (
            "县税务局在办税服务厅推出工作日午间和周末延时服务，方便纳税人错峰办理业务。",
            "延时服务期间可办理发票领用、申报缴税等高频事项。",
        ),
    ),
    (
        "县妇联举办巾帼家政技能培训班",
        (
            "县妇联联合县人社局举办巾帼家政技能培训班，八十名农村妇女参加培训。",
            "培训内容包括母婴护理、养老护理和家居保洁等。",
        ),
    ),
    (
        "县气象局发布春播气象服务专报",
        (
            "县气象局发布春播气象服务专报，提醒农户关注近期低温阴雨天气。",
            "专报建议各地抓住晴好天气抢播抢种。",
        ),
    ),
    (
        "县交警大队开展校园周边交通整治",
        (
            "县交警大队在开学期间开展校园周边道路交通秩序集中整治，查处交通违法行为二百余起。",
            "整治期间民警还为中小学生上了交通安全课。",
        ),
    ),
    (
        "县供电公司完成农村电网升级改造",
        (
            "县供电公司年内完成十二个行政村的农村电网升级改造，新建和改造线路四十公里。",
            "改造后村民生产生活用电质量明显提升。",
        ),
    ),
    (
        "县文化馆举办迎新春书法作品展",
        (
            "县文化馆举办迎新春书法作品展，展出本地书法爱好者作品一百二十幅。",
            "展览将持续至正月十五，免费向市民开放。",
        ),
    ),
]
OTHERS = [title for title, _ in OTHER_ITEMS]
COLUMNS21 = ["政务要闻", "部门动态", "乡镇动态", "招商引资"]
WEEK = "一二三四五六日"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
# Marks a printed row does not begin with: the typesetter keeps them on the row before.
CLOSING = "，。、；：！？）》”’」』,.;:!?)"
# A value a record prints in the place of a token: ⟦N⟧ stands for the Nth value given.
TOKEN = re.compile(r"⟦(\d+)⟧")
# The escapes Python's repr prints for a space or a mark it will not show as it is.
ESCAPE = re.compile(r"(\\x[0-9a-f]{2}|\\u[0-9a-f]{4}|\\U[0-9a-f]{8})")
ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\xa0": "&nbsp;"}

Parts = list[tuple[str | None, bool]]


def text_form(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=TEXT_FORMS21)


def _host(rng: random.Random) -> str:
    return f"www.{_token(rng, 4)}example-t21.gov.cn"


def _since(story: Story, rng: random.Random, low: int, high: int, floor: dt.date) -> dt.datetime:
    """A moment `low` to `high` days after the story's day, or some days after `floor` where the tool came later than
    the story: a date the capture shows, not its own."""
    moment = _later(story, rng, low, high)
    if moment.date() < floor:
        moment = dt.datetime.combine(floor + dt.timedelta(days=rng.randrange(0, 600)), moment.time())
    return moment


def _page_title(story: Story, column: str, site: str) -> tuple[str, bool]:
    """A page's <title>: the headline with its column and site, or the column and site alone (the site's own)."""
    if story.headline:
        return f"{story.headline}_{column}_{site}", False
    return f"{column}_{site}", True


def _listed(pieces: Iterable[str]) -> tuple[str, ...]:
    """Furniture strings once each, the longest (squashed) first, none that squashes to nothing."""
    seen: dict[str, str] = {}
    for piece in pieces:
        key = _squashed(piece)
        if key and key not in seen:
            seen[key] = piece
    return tuple(sorted(seen.values(), key=lambda piece: -len(_squashed(piece))))


def _lines(parts: Parts) -> Parts:
    """Line parts with a newline after each (a None part stays out, and so does its newline)."""
    out: Parts = []
    for part, listed in parts:
        if part is None:
            continue
        out += [(part, listed), ("\n", False)]
    return out[:-1]


def _rows(line: str, per_row: int, indent: int = 0) -> list[tuple[str, int]]:
    """A paragraph set in rows of `per_row` wide characters (a narrow one half), as a word processor prints it, each
    with the half-widths it is indented by: a row is cut anywhere but before a closing mark."""
    units = per_row * 2
    rows: list[tuple[str, int]] = []
    row, used, start = "", indent, indent
    for char in line:
        size = _width(char)
        if used + size > units and row.strip() and char not in CLOSING:
            rows.append((row, start))
            row, used, start = "", 0, 0
        row += char
        used += size
    if row.strip():
        rows.append((row, start))
    return rows


def _clauses(line: str) -> list[str]:
    """A paragraph's clauses, each with the marks after it."""
    return [piece for piece in re.findall(r"[^，。！？；,;!?]+[，。！？；,;!?]*", line) if piece.strip()]


def _pack(pieces: list[str], limit: int, joiner: str = "") -> list[str]:
    """Pieces packed into runs of at most `limit` characters (a longer piece cut at the limit)."""
    runs: list[str] = []
    run = ""
    for piece in pieces:
        while len(piece) > limit:
            if run:
                runs.append(run)
                run = ""
            runs.append(piece[:limit])
            piece = piece[limit:]
        if not piece:
            continue
        if not run:
            run = piece
        elif len(run) + len(joiner) + len(piece) <= limit:
            run += joiner + piece
        else:
            runs.append(run)
            run = piece
    if run:
        runs.append(run)
    return runs


def _unmarked(text: str, keep: str = "") -> str:
    """Text with its marks as blanks (a subtitle's): words and numbers stay, a decimal point or a per cent after a
    digit stays, and so do the marks in `keep`."""
    out = []
    for index, char in enumerate(text):
        before = text[index - 1] if index else ""
        after = text[index + 1] if index + 1 < len(text) else ""
        decimal = char == "." and before.isdigit() and after.isdigit()
        if char.isalnum() or char in keep or decimal or (char in "%％" and before.isdigit()):
            out.append(char)
        else:
            out.append(" ")
    return re.sub(r" +", " ", "".join(out)).strip()


def _spoken(text: str) -> str:
    """Text as a recogniser writes it: no spaces but between two Latin letters or digits."""
    return re.sub(r"\s+", lambda match: " " if _latin_around(text, match) else "", text).strip()


def _latin_around(text: str, match: re.Match[str]) -> bool:
    before = text[match.start() - 1] if match.start() else ""
    after = text[match.end()] if match.end() < len(text) else ""
    return _latin(before) and _latin(after)


def _repr_parts(item: str) -> Parts:
    """A string as Python's repr prints it: its escapes of spaces and marks apart (listed), the rest not."""
    parts: Parts = []
    for index, piece in enumerate(ESCAPE.split(repr(item))):
        if piece:
            parts.append((piece, index % 2 == 1))
    return parts


def _json_text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)[1:-1]


def _entity_parts(text: str, then: Callable[[str], str] = lambda run: run) -> Parts:
    """Text as HTML writes it: an entity apart (listed), each run between entities written by `then` (not)."""
    parts: Parts = []
    run = ""
    for char in text:
        if char in ENTITIES:
            if run:
                parts.append((then(run), False))
                run = ""
            parts.append((ENTITIES[char], True))
        else:
            run += char
    if run:
        parts.append((then(run), False))
    return parts


def _filled(printed: str, values: list[Parts]) -> Parts:
    """A record printed with ⟦N⟧ tokens for some of its values, as parts: the printed runs between them listed, the
    Nth token's parts in its place."""
    parts: Parts = []
    for index, piece in enumerate(TOKEN.split(printed)):
        if index % 2 == 0:
            if piece:
                parts.append((piece, True))
        else:
            parts += values[int(piece)]
    return parts


def _weekday(day: dt.date) -> str:
    return f"星期{WEEK[day.weekday()]}"


def _float(rng: random.Random, low: float, high: float) -> float:
    """A score as a float32 printed by Python: sixteen or seventeen digits."""
    return float(f"{rng.uniform(low, high):.16f}")


# ---------------------------------------------------------------- an OCR engine, a speech recogniser, subtitles


def _namespace(image_dir: str, models: str, sep: str, angle: bool) -> str:
    """The OCR tool's arguments as argparse's Namespace prints them (the paths as repr shows them)."""

    def path(*names: str) -> str:
        return repr(models + sep + sep.join(names))

    fields = [
        "help='==SUPPRESS=='",
        "use_gpu=False",
        "use_xpu=False",
        "use_npu=False",
        "ir_optim=True",
        "use_tensorrt=False",
        "min_subgraph_size=15",
        "precision='fp32'",
        "gpu_mem=500",
        "gpu_id=0",
        f"image_dir={image_dir!r}",
        "page_num=0",
        "det_algorithm='DB'",
        f"det_model_dir={path('det', 'ch', 'ch_PP-OCRv4_det_infer')}",
        "det_limit_side_len=960",
        "det_limit_type='max'",
        "det_box_type='quad'",
        "det_db_thresh=0.3",
        "det_db_box_thresh=0.6",
        "det_db_unclip_ratio=1.5",
        "max_batch_size=10",
        "use_dilation=False",
        "det_db_score_mode='fast'",
        "rec_algorithm='SVTR_LCNet'",
        f"rec_model_dir={path('rec', 'ch', 'ch_PP-OCRv4_rec_infer')}",
        "rec_image_inverse=True",
        "rec_image_shape='3, 48, 320'",
        "rec_batch_num=6",
        "max_text_length=25",
        "use_space_char=True",
        "drop_score=0.5",
        f"use_angle_cls={angle}",
        f"cls_model_dir={path('cls', 'ch_ppocr_mobile_v2.0_cls_infer')}",
        "cls_image_shape='3, 48, 192'",
        "label_list=['0', '180']",
        "cls_batch_num=6",
        "cls_thresh=0.9",
        "enable_mkldnn=False",
        "cpu_threads=10",
        "use_pdserving=False",
        "warmup=False",
        "use_onnx=False",
        "return_word_box=False",
        "lang='ch'",
        "det=True",
        "rec=True",
        "type='ocr'",
        "ocr_version='PP-OCRv4'",
        "structure_version='PP-StructureV2'",
    ]
    return f"Namespace({', '.join(fields)})"


@text_form("paddleocr_ppocr_info_box_score_rows")
def paddleocr_ppocr_info_box_score_rows(story: Story) -> Wrapped:
    """A photographed printed page through an OCR engine at a terminal (PaddleOCR-like): the terminal copied (UTF-8)
    or the output redirected by cmd (GB18030, CRLF) or PowerShell (UTF-16, CRLF); the Namespace, then for each photo
    its ********** line, the counts, and each box's line with its points and score: a handout's rows of 28 (maybe
    the headline's rows and the day, the page's number at its foot) or a clipped column's rows of 13 (maybe the
    page's head in boxes, the headline's rows)."""
    rng = _rng(story, "paddleocr_ppocr_info_box_score_rows")
    where = rng.randrange(3)  # a Linux terminal copied; cmd's redirect; PowerShell's redirect
    angle = rng.random() < 0.6
    taken = _since(story, rng, 2, 500, dt.date(2023, 9, 1))
    # A clipping is of a newspaper's column: its page's head, when the photo holds it, names the paper and its day.
    paper = bool(story.outlet and story.outlet.endswith("报"))
    clipping = rng.random() < 0.4 and (paper or not story.outlet)
    head_shown = paper and rng.random() < 0.7
    naming = rng.randrange(3)

    def photo(moment: dt.datetime) -> str:
        if naming == 0:
            return f"IMG_{moment:%Y%m%d_%H%M%S}.jpg"
        if naming == 1:
            return f"微信图片_{moment:%Y%m%d%H%M%S}.jpg"
        return f"mmexport{int(moment.timestamp() * 1000)}.jpg"

    user = rng.choice(["zhang", "ocr", "admin", "lw"])
    if where == 0:
        folder, sep = "./scans/", "/"
        models = f"/home/{user}/.paddleocr/whl"
    else:
        folders = ["D:\\扫描件\\", "D:\\ocr\\images\\", f"C:\\Users\\{user}\\Desktop\\讲话稿照片\\"]
        folder, sep = rng.choice(folders), "\\"
        models = f"C:\\Users\\{user}/.paddleocr/whl"
    # What each photo shows, as boxes: (text, indent in half-widths, size, listed, on the head's line).
    Box = tuple[str, int, float, bool, bool]
    pages: list[list[Box]] = []
    page: list[Box] = []
    if clipping:
        per_row, per_page = 13, 30
        if head_shown and story.outlet:
            page.append((story.outlet, 0, 1.5, False, True))
            if story.published:
                page.append((f"{_unpadded(story.published)} {_weekday(story.published)}", 0, 0.6, False, True))
            page.append((rng.choice(["要闻", "综合", "县域经济", "时政"]), 0, 0.8, True, True))
            page.append((f"责任编辑：{rng.choice(NAMES)}", 0, 0.55, True, True))
        if story.headline:
            page += [(row, 0, 1.8, False, False) for row, _ in _rows(story.headline, 7)]
    else:
        per_row, per_page = 28, 22
        if story.headline:
            page += [(row, 0, 1.4, False, False) for row, _ in _rows(story.headline, 20)]
        if story.published and rng.random() < 0.6:
            page.append((f"（{_unpadded(story.published)}）", 0, 1.0, False, False))
    for line in story.lines:
        for row, indent in _rows(re.sub(r"\s+", " ", line).strip(), per_row, 4):
            if len(page) >= per_page:
                pages.append(page)
                page = []
            page.append((row, indent, 1.0, False, False))
    pages.append(page)
    if not clipping:  # the handout's page number at each page's foot
        dash = rng.choice(["— {} —", "-{}-", "—{}—"])
        for number, printed in enumerate(pages, 1):
            printed.append((dash.format(number), 0, 1.0, True, False))
    width = rng.choice([3024, 2448, 1440, 1080])
    height = width * 4 // 3
    # The text's measure: a handout's whole width, or a clipped column's, the page's head running on across the photo.
    measure = width * (0.42 if clipping else 0.74)
    char = measure / per_row
    pitch = char * rng.uniform(1.45, 1.7)
    ascii_rate = rng.choice([0.0, 0.3, 0.6])
    ascii_marks = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})

    def read(text: str) -> str:
        text = re.sub(r"\s+", " ", text).strip()
        return text.translate(ascii_marks) if rng.random() < ascii_rate else text

    def stamp(moment: dt.datetime) -> str:
        return f"[{moment:%Y/%m/%d %H:%M:%S}] ppocr"

    clock = taken + dt.timedelta(minutes=rng.randrange(5, 60 * 24 * 20))
    head: list[str] = []
    prompt = ""
    if where == 0:
        env = rng.choice(["paddle", "ppocr", "base"])
        machine = rng.choice(["ubuntu", "dell-t3660", "ocr-server"])
        prompt = f"({env}) {user}@{machine}:~/ocr$"
        head.append(f"{prompt} paddleocr --image_dir {folder} --use_angle_cls {str(angle).lower()} --lang ch")
        if rng.random() < 0.4:
            for kind, model, size in [
                ("det/ch", "ch_PP-OCRv4_det_infer", "4.89M"),
                ("rec/ch", "ch_PP-OCRv4_rec_infer", "11.0M"),
                ("cls", "ch_ppocr_mobile_v2.0_cls_infer", "2.19M"),
            ]:
                if kind == "cls":
                    url = f"https://paddleocr.bj.bcebos.com/dygraph_v2.0/ch/{model}.tar"
                else:
                    url = f"https://paddleocr.bj.bcebos.com/PP-OCRv4/chinese/{model}.tar"
                head.append(f"download {url} to {models}/{kind}/{model}/{model}.tar")
                head.append(
                    f"100%|{'█' * 40}| {size}/{size} [00:0{rng.randrange(1, 6)}<00:00, "
                    f"{rng.randrange(1, 9)}.{rng.randrange(10)}{rng.randrange(10)}MiB/s]"
                )
    shots = [taken + dt.timedelta(seconds=number * rng.randrange(6, 40)) for number in range(len(pages))]
    directory = folder if len(pages) > 1 else folder + photo(shots[0])
    head.append(f"{stamp(clock)} DEBUG: {_namespace(directory, models, sep, angle)}")
    parts: Parts = [("\n".join(head) + "\n", True)]
    for shot, printed in zip(shots, pages, strict=True):
        clock += dt.timedelta(seconds=rng.randrange(1, 3))
        count = len(printed)
        lines = [f"{stamp(clock)} INFO: {'*' * 10}{folder + photo(shot)}{'*' * 10}"]
        lines.append(f"{stamp(clock)} DEBUG: dt_boxes num : {count}, elapsed : {_float(rng, 0.2, 1.4)}")
        if angle:
            lines.append(f"{stamp(clock)} DEBUG: cls num  : {count}, elapsed : {_float(rng, 0.05, 0.3)}")
        clock += dt.timedelta(seconds=rng.randrange(1, 4))
        lines.append(f"{stamp(clock)} DEBUG: rec_res num  : {count}, elapsed : {_float(rng, 0.8, 4.0)}")
        parts.append(("\n".join(lines) + "\n", True))
        left = width * (rng.uniform(0.03, 0.05) if clipping else rng.uniform(0.1, 0.14))
        y = height * rng.uniform(0.06, 0.1)
        skew = rng.uniform(-0.012, 0.012)
        x_head = left
        for index, (text, indent, scale, listed, on_head) in enumerate(printed):
            seen = read(text)
            if not seen:
                continue
            high = char * scale
            span = sum(map(_width, seen)) / 2 * high
            if on_head:  # the page's head: boxes side by side on one line
                x0 = x_head
                x_head += span + char * rng.uniform(1.0, 2.0)
            elif scale != 1.0 or listed:  # a title, a day, a page's number: centred over the text
                x0 = left + (measure - span) / 2
            else:
                x0 = left + indent / 2 * char
            x1 = x0 + span
            drop = skew * span
            box = [
                [float(round(x0)), float(round(y))],
                [float(round(x1)), float(round(y + drop))],
                [float(round(x1)), float(round(y + drop + high))],
                [float(round(x0)), float(round(y + high))],
            ]
            score = _float(rng, 0.93, 0.9995) if len(seen) > 4 else _float(rng, 0.72, 0.99)
            parts.append((f"{stamp(clock)} INFO: [{box!r}, (", True))
            parts += [(piece, listed or escape) for piece, escape in _repr_parts(seen)]
            parts.append((f", {score!r})]\n", True))
            if not on_head:
                y += high + pitch - char
            elif index + 1 == len(printed) or not printed[index + 1][4]:
                y += char * 1.5 + pitch  # the head's line ends
    if prompt:
        parts.append((prompt, True))
    text, furniture = _joined(parts)
    text = text.rstrip("\n") + "\n"
    if where == 1:
        return Wrapped(
            _crlf(text),
            _listed(furniture),
            "file:///" + folder.replace("\\", "/") + "result.txt",
            encoding="gb18030",
            kind="text",
        )
    if where == 2:
        return Wrapped(
            _crlf(text),
            _listed(furniture),
            "file:///" + folder.replace("\\", "/") + "ocr.txt",
            encoding="utf-16",
            kind="text",
        )
    return Wrapped(text, _listed(furniture), f"file:///home/{user}/ocr/result.txt", kind="text")


@text_form("sensevoice_funasr_generate_tags_withitn")
def sensevoice_funasr_generate_tags_withitn(story: Story) -> Wrapped:
    """A news video through a speech recogniser's Python call (SenseVoice through FunASR-like, UTF-8): maybe the
    prompt and the command, the version and update lines, the models' directories with the hub's warnings, the
    progress bars, then the result printed (the key: the file's stem; the text: each merged segment behind its tags)
    and/or the post-processed text."""
    rng = _rng(story, "sensevoice_funasr_generate_tags_withitn")
    place = rng.choice(PLACES)
    ran = _since(story, rng, 0, 300, dt.date(2024, 7, 10))
    version = rng.choice(["1.1.4", "1.1.6", "1.1.12", "1.2.0"])
    naming = rng.randrange(3)
    if naming == 0 and story.headline:
        stem, own_stem = story.headline, False
    elif naming == 1 and story.published:
        stem, own_stem = f"{place[:2]}新闻{story.published:%Y%m%d}", False
    else:
        stem = rng.choice([f"VID_{ran:%Y%m%d_%H%M%S}", f"录音{ran:%Y%m%d}", "output", f"{place[:2]}招商会议录音"])
        own_stem = True
    where = rng.randrange(3)  # a cloud GPU's shell; PowerShell; a notebook's cell
    if where == 1:
        user = rng.choice(["admin", "Lenovo", "dell"])
        cache = f"C:\\Users\\{user}\\.cache\\modelscope\\hub\\iic\\"
        prompt = "(funasr) PS D:\\asr> "
        command = f"{prompt}python .\\{rng.choice(['sensevoice_demo.py', 'asr.py', 'transcribe.py'])}"
    else:
        cache = "/root/.cache/modelscope/hub/iic/"
        prompt = f"(base) root@autodl-container-{_token(rng, 10, HEX)}-{_token(rng, 8, HEX)}:~/autodl-tmp# "
        command = f"{prompt}python {rng.choice(['sensevoice_demo.py', 'asr.py', 'run.py'])}"

    def warned(moment: dt.datetime) -> str:
        return (
            f"{moment:%Y-%m-%d %H:%M:%S},{rng.randrange(1000):03d} - modelscope - WARNING - Using branch: master as "
            "version is unstable, use with caution"
        )

    # The speech as merged segments: clauses packed up to about fifteen seconds each.
    clauses = [_spoken(clause) for line in story.lines for clause in _clauses(line)]
    clauses = [clause for clause in clauses if clause]
    limit = rng.randrange(48, 72)
    segments = _pack(clauses, limit)
    speech = sum(len(segment) for segment in segments) * rng.uniform(0.21, 0.27)
    music = rng.random() < 0.4
    tags: list[str] = []
    for index in range(len(segments)):
        emotion = "HAPPY" if rng.random() < 0.08 else "NEUTRAL"
        event = "BGM" if music and index == 0 else "Speech"
        tags.append(f"<|zh|><|{emotion}|><|{event}|><|withitn|>")
    log = [
        command if where != 2 else None,
        f"funasr version: {version}.",
        "Check update of funasr, and it would cost few times. You may disable it by set `disable_update=True` in "
        "AutoModel",
        f"You are using the latest version of funasr-{version}",
        f"Downloading Model to directory: {cache}SenseVoiceSmall",
        warned(ran),
        f"Downloading Model to directory: {cache}speech_fsmn_vad_zh-cn-16k-common-pytorch",
        warned(ran + dt.timedelta(seconds=rng.randrange(1, 4))),
        f"rtf_avg: 0.0{rng.randrange(10, 40)}: 100%|{'█' * 10}| 1/1 [00:00<00:00,  {rng.uniform(1, 9):.2f}it/s]",
        f"rtf_avg: 0.0{rng.randrange(15, 60)}, time_speech:  {speech:.3f}, time_escape: "
        f"{speech * rng.uniform(0.01, 0.05):.3f}: 100%|{'█' * 10}| 1/1 [00:0{rng.randrange(1, 9)}<00:00,  "
        f"{rng.uniform(1, 9):.2f}s/it]",
    ]
    parts: Parts = [("\n".join(line for line in log if line) + "\n", True)]
    shown = rng.randrange(3)  # the result; the post-processed text; both
    whole = "".join(segments)
    if shown in (0, 2):
        quote_mark = repr(whole)[0]

        def escaped(text: str) -> str:
            return text.replace("\\", "\\\\").replace(quote_mark, "\\" + quote_mark)

        parts.append(("[{'key': ", True))
        parts.append((repr(stem), own_stem))
        parts.append((", 'text': " + quote_mark, True))
        for tag, segment in zip(tags, segments, strict=True):
            parts += [(tag, True), (escaped(segment), False)]
        parts.append((quote_mark + "}]\n", True))
    if shown in (1, 2):
        marks = {"HAPPY": "😊", "BGM": "🎼"}
        for tag, segment in zip(tags, segments, strict=True):
            emoji = "".join(marks.get(word, "") for word in re.findall(r"<\|(\w+)\|>", tag))
            parts += [(emoji, True), (segment, False)]
        parts.append(("\n", False))
    if where != 2:
        parts.append((prompt.rstrip(), True))
    text, furniture = _joined(parts)
    if where == 1:
        address = f"file:///D:/asr/{stem if own_stem else 'result'}.txt"
    elif where == 0:
        address = "file:///root/autodl-tmp/asr_result.txt"
    else:
        address = f"file:///home/{_token(rng, 5)}/notebooks/sensevoice_{ran:%m%d}.ipynb.txt"
    return Wrapped(text.rstrip("\n") + "\n", _listed(furniture), address, kind="text")


def _ass_time(seconds: float) -> str:
    centis = round(seconds * 100)
    hours, centis = divmod(centis, 360000)
    minutes, centis = divmod(centis, 6000)
    whole, centis = divmod(centis, 100)
    return f"{hours}:{minutes:02d}:{whole:02d}.{centis:02d}"


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _even(word: str, limit: int) -> list[str]:
    """A word longer than a row cut into rows of even length, never inside a run of Latin letters or digits."""
    if len(word) <= limit:
        return [word]
    count = -(-len(word) // limit)
    pieces: list[str] = []
    start = 0
    for number in range(1, count):
        cut = max(start + 1, round(len(word) * number / count))
        while cut < len(word) - 1 and _latin(word[cut - 1]) and _latin(word[cut]):
            cut += 1
        pieces.append(word[start:cut])
        start = cut
    pieces.append(word[start:])
    return [piece for piece in pieces if piece]


def _subtitle_rows(lines: Iterable[str], limit: int) -> list[str]:
    """A broadcaster's subtitle rows: each clause without its marks (book-title and quotation marks kept), packed into
    rows of at most `limit` characters, a closing mark the cut left at a row's start put back on the row before."""
    rows: list[str] = []
    for line in lines:
        words: list[str] = []
        for clause in _clauses(line):
            for word in _unmarked(clause, "《》“”").split(" "):
                words += _even(word, limit) if word else []
        rows += _pack(words, limit, " ")
    kept: list[str] = []
    for row in rows:
        while kept and row and row[0] in "”》":
            kept[-1] += row[0]
            row = row[1:].lstrip()
        if row:
            kept.append(row)
    return kept


@text_form("aegisub_ass_dialogue_events_bom_crlf")
def aegisub_ass_dialogue_events_bom_crlf(story: Story) -> Wrapped:
    """A 融媒体 centre's subtitle file for a news video (Aegisub-like ASS, UTF-8 with a BOM, CRLF): [Script Info], maybe
    the project's garbage with the video's file, the styles, the events' format, maybe a comment, maybe the headline's
    title card, the reporters' credit and each row of the paragraphs without marks behind its Dialogue's fields."""
    rng = _rng(story, "aegisub_ass_dialogue_events_bom_crlf")
    place = rng.choice(PLACES)
    program = f"{place[:2]}新闻"
    edited = _later(story, rng, 0, 3)
    naming = rng.randrange(3)
    if naming == 0 and story.headline:
        video, own_video = f"{story.headline}.mp4", False
    elif naming == 1 and story.published:
        video, own_video = f"{program}{story.published:%Y%m%d}.mp4", False
    else:
        video, own_video = f"成片_{edited:%m%d}_v{rng.randrange(1, 6)}.mp4", True
    font = rng.choice(["微软雅黑", "方正黑体_GBK", "思源黑体 CN Bold"])
    charset = rng.choice(["1", "134"])
    generated = rng.random() < 0.7
    parts: Parts = [("[Script Info]\n", True)]
    if generated:
        parts.append(("; Script generated by Aegisub 3.2.2\n; http://www.aegisub.org/\n", True))
    if rng.random() < 0.5:
        parts.append(("Title: Default Aegisub file\n", True))
    else:
        parts += [("Title: ", True), (video.rsplit(".", 1)[0], own_video), ("\n", False)]
    parts.append(
        (
            "ScriptType: v4.00+\nWrapStyle: 0\nScaledBorderAndShadow: yes\nYCbCr Matrix: TV.709\n"
            "PlayResX: 1920\nPlayResY: 1080\n\n",
            True,
        )
    )
    if generated:
        parts += [
            ("[Aegisub Project Garbage]\nAudio File: ", True),
            (video, own_video),
            ("\nVideo File: ", True),
            (video, own_video),
            (
                f"\nVideo AR Mode: 4\nVideo AR Value: 1.777778\nVideo Zoom Percent: 0.500000\n"
                f"Scroll Position: {rng.randrange(0, 40)}\nActive Line: {rng.randrange(1, 60)}\n"
                f"Video Position: {rng.randrange(100, 9000)}\n\n",
                True,
            ),
        ]
    styles = [
        "[V4+ Styles]",
        "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, "
        "Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, "
        "MarginR, MarginV, Encoding",
        f"Style: Default,{font},60,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,1,2,10,10,"
        f"40,{charset}",
        f"Style: 标题,{font},84,&H00FFFFFF,&H000000FF,&H00B05A1E,&H00000000,-1,0,0,0,100,100,2,0,1,3,0,8,10,10,"
        f"120,{charset}",
        f"Style: 署名,{font},48,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,1,1,80,10,"
        f"160,{charset}",
        "",
        "[Events]",
        "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
    ]
    parts.append(("\n".join(styles) + "\n", True))
    if rng.random() < 0.4:
        parts.append(
            (f"Comment: 0,0:00:00.00,0:00:00.00,Default,,0,0,0,,{rng.choice(['片头', '导语', '正文'])}\n", True)
        )
    clock = rng.uniform(0.3, 1.2)
    if story.headline and rng.random() < 0.7:
        card = story.headline
        if len(card) > 18 and rng.random() < 0.6:
            cut = len(card) // 2
            card = card[:cut] + "\\N" + card[cut:]
        end = clock + rng.uniform(3.5, 5.0)
        fade = rng.choice(["{\\fad(300,300)}", "{\\fad(500,500)}", "{\\pos(960,180)\\fad(300,300)}"])
        parts += [
            (f"Dialogue: 0,{_ass_time(clock)},{_ass_time(end)},标题,,0,0,0,,{fade}", True),
            (card, False),
            ("\n", False),
        ]
        clock = end + rng.uniform(0.1, 0.4)
    first, second = rng.sample(NAMES, 2)
    credit = f"记者 {first} {second}" if rng.random() < 0.6 else f"通讯员 {first}"
    parts.append(
        (f"Dialogue: 0,{_ass_time(clock)},{_ass_time(clock + 4)},署名,,0,0,0,,{credit}\n", True),
    )
    limit = rng.choice([14, 15, 16, 18])
    for row in _subtitle_rows(story.lines, limit):
        end = clock + len(row) * rng.uniform(0.2, 0.26) + rng.uniform(0.2, 0.5)
        parts += [
            (f"Dialogue: 0,{_ass_time(clock)},{_ass_time(end)},Default,,0,0,0,,", True),
            (row, False),
            ("\n", False),
        ]
        clock = end + rng.choice([0.0, 0.0, rng.uniform(0.04, 0.3)])
    text, furniture = _joined(parts)
    folder = rng.choice(["D:/融媒体中心/字幕", "E:/新闻素材/字幕", "D:/工作/成片"])
    name = (video.rsplit(".", 1)[0] if rng.random() < 0.7 else "字幕").replace("/", "_")
    return Wrapped(
        _crlf(text),
        _listed(furniture),
        f"file:///{folder}/{name}.ass",
        encoding="utf-8-sig",
        kind="text",
    )


# ---------------------------------------------------------------- a crawler's console, a scraping extension's CSV


@text_form("pycharm_run_console_xpath_list_escapes")
def pycharm_run_console_xpath_list_escapes(story: Story) -> Wrapped:
    """A crawler's run in an IDE's console (PyCharm-like, UTF-8, CRLF by Notepad or LF by the IDE): the interpreter and
    the script, maybe the HTTPS warning at each request, the page crawled, the lists XPath gave as Python prints them
    (the title's or [], the info spans', the content's text nodes with their escapes) or the content joined, other
    articles' the same, a rule between articles, and the exit line."""
    rng = _rng(story, "pycharm_run_console_xpath_list_escapes")
    place = rng.choice(PLACES)
    host = _host(rng)
    user = rng.choice(["Administrator", "lenovo", "hp", "张伟"])
    project = rng.choice(["zhaoshang", "spider", "gov_news", "pythonProject"])
    interpreter = rng.choice(
        [
            "D:\\Anaconda3\\envs\\spider\\python.exe",
            f"C:\\Users\\{user}\\AppData\\Local\\Programs\\Python\\Python39\\python.exe",
            f"D:\\PycharmProjects\\{project}\\venv\\Scripts\\python.exe",
        ]
    )
    script = rng.choice(["spider.py", "main.py", "crawl_news.py"])
    slashes = rng.random() < 0.5
    script_path = f"D:/PycharmProjects/{project}/{script}" if slashes else f"D:\\PycharmProjects\\{project}\\{script}"
    packages = interpreter.rsplit("\\", 1)[0].replace("\\Scripts", "")
    warn = rng.random() < 0.4
    https = "https" if warn else rng.choice(["http", "https"])
    warning = (
        f"{packages}\\lib\\site-packages\\urllib3\\connectionpool.py:1045: InsecureRequestWarning: Unverified HTTPS "
        f"request is being made to host '{host}'. Adding certificate verification is strongly advised. See: "
        "https://urllib3.readthedocs.io/en/1.26.x/advanced-usage.html#ssl-warnings\n  warnings.warn("
    )
    joined = rng.random() < 0.35
    indent = rng.choice(["\u3000\u3000", "\xa0" * 4, ""])
    spaces = ["\r\n" + "\t" * count for count in range(2, 7)]
    column = rng.choice(["zwgk/bmdt", "xwzx/zwyw", "zsyz/zsdt"])
    rule = rng.choice(["-" * 60, "=" * 40, "*" * 30])
    counter = rng.choice(["浏览次数：", "阅读数：", "点击量："])

    def crawled(url: str) -> str:
        return rng.choice([f"正在爬取：{url}", url, f"url: {url}"])

    def printed_list(items: list[tuple[str, bool]]) -> Parts:
        """A list printed by Python: each item's repr, the story's words not listed (nor a metadata item's)."""
        parts: Parts = [("[", True)]
        for index, (item, listed) in enumerate(items):
            if index:
                parts.append((", ", True))
            parts += [(piece, listed or escape) for piece, escape in _repr_parts(item)]
        parts.append(("]\n", True))
        return parts

    def content_items(lines: Iterable[str], listed: bool) -> list[tuple[str, bool]]:
        items: list[tuple[str, bool]] = [(rng.choice(spaces), True)]
        for line in lines:
            text = indent + line
            pieces = _clauses(text) if len(text) > 40 and rng.random() < 0.2 else [text]
            if len(pieces) > 2:  # an inline <span> or <strong> cuts the paragraph's text node in two
                cut = rng.randrange(1, len(pieces))
                pieces = ["".join(pieces[:cut]), "".join(pieces[cut:])]
            else:
                pieces = [text]
            items += [(piece, listed) for piece in pieces]
            if rng.random() < 0.5:
                items.append((rng.choice(spaces), True))
        items.append((rng.choice(spaces), True))
        return items

    def article(url: str, title: str | None, info: list[tuple[str, bool]], lines: Iterable[str], own: bool) -> Parts:
        parts: Parts = []
        if warn:
            parts.append((warning + "\n", True))
        parts.append((crawled(url) + "\n", True))
        parts += printed_list([(title, own)] if title else [])
        parts += printed_list(info)
        if joined:  # the text nodes stripped and joined by newlines, as such scripts print them
            text = "\n".join(item.strip() for item, _ in content_items(lines, own) if item.strip())
            parts += [(text, own), ("\n", False)]
        else:
            parts += printed_list(content_items(lines, own))
        parts.append((rule + "\n", True))
        return parts

    def url_of(day: dt.date | None) -> str:
        return _address(host, day, rng.randrange(10**5, 10**6), column).replace("http://", f"{https}://")

    info: list[tuple[str, bool]] = []
    moment = _moment(story.published, rng)
    if moment:
        info.append((rng.choice([f"发布时间：{moment:%Y-%m-%d %H:%M:%S}", f"{moment:%Y-%m-%d}"]), False))
    if story.outlet:
        info.append((f"来源：{story.outlet}", False))
    if info or rng.random() < 0.5:
        info.append((counter, True))
    others = rng.sample(OTHER_ITEMS, rng.randrange(0, 3))
    at = rng.randrange(len(others) + 1)
    parts: Parts = [(f"{interpreter} {script_path}\n", True)]
    if rng.random() < 0.5:
        parts.append((f"正在爬取第1页：{https}://{host}/{column}/index.html\n", True))
    for index in range(len(others) + 1):
        if index == at:
            parts += article(url_of(story.published), story.headline, info, story.lines, False)
            continue
        title, lines = others[index - (index > at)]
        near = _near(story.published, rng)
        other_info = [(f"发布时间：{near:%Y-%m-%d %H:%M:%S}", True), (f"来源：{place}人民政府", True), (counter, True)]
        parts += article(url_of(near.date()), title, other_info, lines, True)
    parts.append(("\n" + rng.choice(["Process finished with exit code 0", "进程已结束,退出代码0"]) + "\n", True))
    text, furniture = _joined(parts)
    saved = rng.random() < 0.5
    return Wrapped(
        _crlf(text) if saved else text,
        _listed(furniture),
        f"file:///D:/PycharmProjects/{project}/{rng.choice(['运行结果', 'output', 'log'])}.txt",
        kind="text",
    )


@text_form("webscraper_io_csv_order_null_cells")
def webscraper_io_csv_order_null_cells(story: Story) -> Wrapped:
    """A browser scraping extension's CSV (Web Scraper-like, UTF-8 without a BOM, or re-saved as ANSI: GB18030 and
    CRLF): every field quoted; the order and start address, maybe the list's link and its address, title (or null),
    time (or null), content; the story's row among other articles'."""
    rng = _rng(story, "webscraper_io_csv_order_null_cells")
    place = rng.choice(PLACES)
    host = _host(rng)
    column = rng.choice(["zwgk/bmdt", "xwzx/xzdt", "zsyz/zsdt"])
    listing = f"http://{host}/{column}/index.html"
    scraped = _since(story, rng, 1, 500, dt.date(2017, 1, 1))
    epoch = int(scraped.timestamp())
    from_list = rng.random() < 0.6
    lines_joined = rng.random() < 0.6
    dated = rng.choice(["%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%Y年%m月%d日"])
    labelled = rng.random() < 0.5
    button = rng.choice(["详细>>", "[详细]", "查看详情"])
    header = ["web-scraper-order", "web-scraper-start-url"]
    if from_list:
        header += ["link", "link-href"]
    header += ["title", "time", "content"]

    def cell(value: str) -> str:
        return '"' + value.replace('"', '""') + '"'

    def when(moment: dt.datetime | None, outlet: str | None) -> str | None:
        parts = []
        if moment:
            parts.append(f"发布时间：{moment:{dated}}" if labelled else f"{moment:{dated}}")
        if outlet and labelled:
            parts.append(f"来源：{outlet}")
        return "　".join(parts) if parts else None

    def content(lines: Iterable[str]) -> str:
        return ("\n" if lines_joined else "").join(lines)

    def shown_link(title: str | None) -> tuple[str, bool]:
        if not title:
            return button, True
        return (title[:18] + "...", False) if len(title) > 20 else (title, False)

    others = rng.sample(OTHER_ITEMS, rng.randrange(2, 5))
    at = rng.randrange(len(others) + 1)
    counters = rng.sample(range(1, 60), len(others) + 1)
    parts: Parts = [(",".join(cell(name) for name in header) + "\r\n", True)]
    for index in range(len(others) + 1):
        order = f"{epoch}-{counters[index]}"
        if index == at:
            url = _address(host, story.published, rng.randrange(10**5, 10**6), column)
            row: Parts = [(cell(order) + ",", True), (cell(listing if from_list else url) + ",", True)]
            if from_list:
                link, listed = shown_link(story.headline)
                row += [('"', True), (link.replace('"', '""'), listed), ('",' + cell(url) + ",", True)]
            row += [('"', True), (story.headline.replace('"', '""') if story.headline else None, False)]
            if not story.headline:
                row.append(("null", True))
            stamp = when(_moment(story.published, rng), story.outlet)
            row += [('","', True), (stamp.replace('"', '""') if stamp else None, False)]
            if not stamp:
                row.append(("null", True))
            row.append(('","', True))
            for number, line in enumerate(story.lines):
                if number and lines_joined:
                    row.append(("\n", False))
                row.append((line.replace('"', '""'), False))
            row.append(('"\r\n', True))
            parts += row
            continue
        title, lines = others[index - (index > at)]
        near = _near(story.published, rng)
        url = _address(host, near.date(), rng.randrange(10**5, 10**6), column)
        values = [order, listing if from_list else url]
        if from_list:
            values += [shown_link(title)[0], url]
        values += [title, when(near, f"{place}人民政府") or "null", content(lines)]
        parts.append((",".join(cell(value) for value in values) + "\r\n", True))
    text, furniture = _joined(parts)
    saved = rng.random() < 0.35
    sitemap = rng.choice(["zhaoshang", "news", "bmdt", "gov_news"])
    return Wrapped(
        text,
        _listed(furniture),
        f"file:///C:/Users/{_token(rng, 5)}/Downloads/{sitemap}.csv",
        encoding="gb18030" if saved else "utf-8",
        kind="text",
    )


# ---------------------------------------------------------------- a note app's file, a clipper's export


def _siyuan_id(moment: dt.datetime, rng: random.Random) -> str:
    return f"{moment:%Y%m%d%H%M%S}-{_token(rng, 7, LOWER_ALNUM)}"


@text_form("siyuan_sy_json_node_text_blocks")
def siyuan_sy_json_node_text_blocks(story: Story) -> Wrapped:
    """A note app's own file of a clipped page (SiYuan-like .sy, UTF-8, JSON indented with tabs): the document's ID,
    Spec, Type and Properties (id, title, type, updated), then its blocks with their IDs, types, properties and
    children: maybe the source as a link mark, maybe the headline as a heading, maybe the info line, the paragraphs,
    maybe a tag."""
    rng = _rng(story, "siyuan_sy_json_node_text_blocks")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column = rng.choice(COLUMNS21)
    host = _host(rng)
    url = _address(host, story.published, rng.randrange(10**5, 10**6))
    clipped = _since(story, rng, 0, 400, dt.date(2021, 1, 1))
    values: list[Parts] = []

    def token(value: str, listed: bool) -> str:
        values.append([(_json_text(value), listed)])
        return f"⟦{len(values) - 1}⟧"

    clock = [clipped]

    def stamp() -> str:
        clock[0] += dt.timedelta(seconds=rng.choice([0, 0, 1]))
        return f"{clock[0]:%Y%m%d%H%M%S}"

    def block(kind: str, children: list[dict[str, object]], **extra: object) -> dict[str, object]:
        identity = _siyuan_id(clock[0], rng)
        node: dict[str, object] = {"ID": identity, "Type": kind, **extra}
        node["Properties"] = {"id": identity, "updated": stamp()}
        node["Children"] = children
        return node

    def text(value: str, listed: bool = False) -> dict[str, object]:
        return {"Type": "NodeText", "Data": token(value, listed)}

    titled = rng.randrange(3)
    if titled == 0 and story.headline:
        title = _page_title(story, column, site)[0]
        values.append([(_json_text(story.headline), False), (_json_text(title[len(story.headline) :]), True)])
        title_token = f"⟦{len(values) - 1}⟧"
    elif story.headline and titled == 1:
        title_token = token(story.headline, False)
    else:
        title_token = token(f"{column}_{site}", True)
    children: list[dict[str, object]] = []
    if rng.random() < 0.6:
        link = {
            "Type": "NodeTextMark",
            "TextMarkType": "a",
            "TextMarkAHref": url,
            "TextMarkTextContent": url,
        }
        children.append(block("NodeParagraph", [{"Type": "NodeText", "Data": "原文："}, link]))
    if story.headline and rng.random() < 0.6:
        level = rng.choice([1, 2])
        marker = {"Type": "NodeHeadingC8hMarker", "Data": "#" * level + " "}
        children.append(block("NodeHeading", [marker, text(story.headline)], HeadingLevel=level))
    moment = _moment(story.published, rng)
    info = _run(
        [
            f"发布时间：{moment:%Y-%m-%d %H:%M}" if moment else None,
            f"来源：{story.outlet}" if story.outlet else None,
        ],
        "　",
    )
    if info and rng.random() < 0.5:
        children.append(block("NodeParagraph", [text(info)]))
    children += [block("NodeParagraph", [text(line)]) for line in story.lines]
    if rng.random() < 0.4:
        tag = {"Type": "NodeTextMark", "TextMarkType": "tag", "TextMarkTextContent": rng.choice(["招商引资", "素材"])}
        children.append(block("NodeParagraph", [tag]))
    identity = _siyuan_id(clipped, rng)
    document = {
        "ID": identity,
        "Spec": "1",
        "Type": "NodeDocument",
        "Properties": {"id": identity, "title": title_token, "type": "doc", "updated": stamp()},
        "Children": children,
    }
    printed = json.dumps(document, ensure_ascii=False, indent="\t")
    text_out, furniture = _joined(_filled(printed, values))
    notebook = f"{clipped:%Y%m%d%H%M%S}-{_token(rng, 7, LOWER_ALNUM)}"
    return Wrapped(
        text_out,
        _listed(furniture),
        f"file:///C:/Users/{_token(rng, 5)}/SiYuan/data/{notebook}/{identity}.sy",
        kind="text",
    )


def _enex_time(moment: dt.datetime) -> str:
    """A moment in China as the clipper's export keeps it: in UTC, compact, with a Z."""
    return f"{moment - dt.timedelta(hours=8):%Y%m%dT%H%M%SZ}"


@text_form("evernote_enex_en_note_cdata_utc")
def evernote_enex_en_note_cdata_utc(story: Story) -> Wrapped:
    """A clipper's export (Evernote-like ENEX, UTF-8): the declaration and DOCTYPE, en-export with a later export-date
    and the application, each note's title, created, updated, tags, attributes and the ENML content in CDATA (maybe the
    headline as a heading, maybe the info line, the paragraphs with entities); another clipped note before or
    after."""
    rng = _rng(story, "evernote_enex_en_note_cdata_utc")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    column = rng.choice(COLUMNS21)
    host = _host(rng)
    new_client = rng.random() < 0.5
    clipped = _since(story, rng, 0, 600, dt.date(2021, 1, 1) if new_client else dt.date(2016, 1, 1))
    if new_client:
        application = f'application="Evernote" version="10.{rng.randrange(40, 90)}.{rng.randrange(1, 9)}"'
        dtd = "evernote-export4.dtd"
    else:
        application = f'application="{rng.choice(["Evernote/Windows", "YXBJ/Windows"])}" version="6.x"'
        dtd = "evernote-export3.dtd"
    paragraph = rng.choice(['<p style="text-indent: 2em;">', "<div>", "<p>"])
    closing = "</div>" if paragraph == "<div>" else "</p>"

    def xml(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def enml(heading: str | None, info: str | None, lines: Iterable[str], listed: bool) -> Parts:
        parts: Parts = [
            (
                '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
                + ("" if new_client else "\n")
                + '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">'
                + ("" if new_client else "\n")
                + "<en-note><div>",
                True,
            )
        ]
        if heading:
            parts += [("<h1>", True), *((piece, listed or entity) for piece, entity in _entity_parts(heading))]
            parts.append(("</h1>", True))
        if info:
            parts += [('<div style="color: #999;">', True)]
            parts += [(piece, listed or entity) for piece, entity in _entity_parts(info)]
            parts.append(("</div>", True))
        for line in lines:
            parts.append((paragraph, True))
            parts += [(piece, listed or entity) for piece, entity in _entity_parts(line)]
            parts.append((closing, True))
        parts.append(("</div></en-note>", True))
        return parts

    def note(title: Parts, created: dt.datetime, url: str, content: Parts, tags: list[str], author: str) -> Parts:
        updated = created + dt.timedelta(seconds=rng.randrange(1, 5))
        attributes = [
            f"<author>{author}</author>" if author else None,
            "<source>web.clip7</source>" if new_client else "<source>web.clip</source>",
            f"<source-url>{xml(url)}</source-url>",
            "<source-application>webclipper.evernote</source-application>",
        ]
        attributes_text = [attribute for attribute in attributes if attribute]
        tag_lines = [f"<tag>{tag}</tag>" for tag in tags]
        if new_client:
            head: Parts = [("  <note>\n    <title>", True), *title, ("</title>\n", True)]
            head.append(
                (
                    f"    <created>{_enex_time(created)}</created>\n    <updated>{_enex_time(updated)}</updated>\n"
                    + "".join(f"    {line}\n" for line in tag_lines)
                    + "    <note-attributes>\n"
                    + "".join(f"      {line}\n" for line in attributes_text)
                    + "    </note-attributes>\n    <content>\n      <![CDATA[",
                    True,
                )
            )
            return [*head, *content, ("      ]]>\n    </content>\n  </note>\n", True)]
        head = [("<note><title>", True), *title, ("</title><content><![CDATA[", True)]
        tail = (
            f"]]></content><created>{_enex_time(created)}</created><updated>{_enex_time(updated)}</updated>"
            + "".join(tag_lines)
            + "<note-attributes>"
            + "".join(attributes_text)
            + "</note-attributes></note>\n"
        )
        return [*head, *content, (tail, True)]

    page_title, own_title = _page_title(story, column, site)
    if own_title:
        title: Parts = [(xml(page_title), True)]
    else:
        assert story.headline is not None
        title = [(xml(story.headline), False), (xml(page_title[len(story.headline) :]), True)]
    heading = story.headline if story.headline and rng.random() < 0.6 else None
    moment = _moment(story.published, rng)
    info = _run(
        [
            f"发布时间：{moment:%Y-%m-%d %H:%M}" if moment else None,
            f"来源：{story.outlet}" if story.outlet else None,
        ],
        "　",
    )
    info = info if rng.random() < 0.6 else None
    author = rng.choice(["", "", _token(rng, 6)])
    tags = rng.sample(["招商引资", "讲话", "素材", "政务"], rng.randrange(0, 3))
    url = _address(host, story.published, rng.randrange(10**5, 10**6))
    own_note = note(title, clipped, url, enml(heading, info, story.lines, False), tags, author)
    other_title, other_lines = rng.choice(OTHER_ITEMS)
    near = clipped + dt.timedelta(days=rng.randrange(-40, 40), minutes=rng.randrange(600))
    other_url = _address(host, near.date(), rng.randrange(10**5, 10**6))
    other_column = rng.choice([name for name in COLUMNS21 if name != column])
    other = note(
        [(xml(f"{other_title}_{other_column}_{site}"), True)],
        near,
        other_url,
        enml(other_title, f"发布时间：{near:%Y-%m-%d %H:%M}", other_lines, True),
        rng.sample(["政务", "素材"], 1),
        author,
    )
    notes = [*own_note, *other] if rng.random() < 0.5 else [*other, *own_note]
    exported = max(clipped, near) + dt.timedelta(days=rng.randrange(1, 300), minutes=rng.randrange(1, 600))
    declaration = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
        if new_client
        else '<?xml version="1.0" encoding="UTF-8"?>'
    )
    parts: Parts = [
        (
            f"{declaration}\n"
            f'<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/{dtd}">\n'
            f'<en-export export-date="{_enex_time(exported)}" {application}>\n',
            True,
        ),
        *notes,
        ("</en-export>\n", True),
    ]
    text, furniture = _joined(parts)
    return Wrapped(
        text,
        _listed(furniture),
        f"file:///C:/Users/{_token(rng, 5)}/Documents/{rng.choice(['我的笔记', '剪藏', 'Evernote'])}.enex",
        kind="text",
    )


# ---------------------------------------------------------------- an online library, an open-data platform


WIKI_LICENCE = "\n".join(
    [
        "本作品来自中华人民共和国大陆的法律法规和国家机关的文件，依据《中华人民共和国著作权法》第五条，不适用于该法。",
        "本法不适用于：",
        "1. 法律、法规，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，及其官方正式译文；",
        "2. 单纯事实消息；",
        "3. 历法、通用数表、通用表格和公式。",
    ]
)


@text_form("wikisource_header_pd_prc_select_all")
def wikisource_header_pd_prc_select_all(story: Story) -> Wrapped:
    """An online library's page of a government text select-all copied (Wikisource-like, UTF-8): the desktop skin's
    links, the title, the variants and tabs, the tagline, the header (title, 作者, the day, maybe 来源, 姊妹计划), the
    paragraphs, the licence, 分类, the last revision and the footer; or the mobile skin's with a relative last
    edit."""
    rng = _rng(story, "wikisource_header_pd_prc_select_all")
    place = rng.choice(PLACES)
    published = story.published
    if story.headline:
        title, own_title = story.headline, False
    else:
        year = published.year if published else _later(story, rng, 0, 1).year
        title = rng.choice(
            [f"{place}招商引资工作讲话 ({year}年)", f"{place}人民政府招商引资工作报道", f"{place}招商引资动员讲话"]
        )
        own_title = True
    author = rng.choice([f"中共{place}委", f"{place}人民政府", rng.choice(NAMES)])
    revised = _since(story, rng, 30, 900, dt.date(2010, 1, 1))
    page = f"https://zh.wikisource.example-t21.org/wiki/{quote(title)}"
    categories = ["分类：", f"{(published or revised.date()).year}年作品", "中华人民共和国讲话"]
    header: Parts = [(title, own_title), ("\n", False), (f"作者：{author}", True), ("\n", False)]
    if published:
        header += [(rng.choice([_unpadded(published), f"{published.year}年"]), False), ("\n", False)]
    if story.outlet and rng.random() < 0.6:
        header += [(f"来源：{story.outlet}", False), ("\n", False)]
    header.append(("姊妹计划：数据项", True))
    body = _lines([(line, False) for line in story.lines])
    mobile = rng.random() < 0.35
    if mobile:
        ago = rng.choice(["最后编辑于1年前", f"最后编辑于{rng.randrange(2, 11)}个月前", "最后编辑于2年前"])
        top = "\n".join(["打开主菜单", "维基文库", "搜索"])
        tabs = "\n".join(["语言", "下载PDF", "关注", "编辑"])
        footer = "\n".join(
            [
                ago,
                "语言",
                f"本页面最后修订于{_unpadded(revised)} ({_weekday(revised)}) {revised:%H:%M}。",
                "内容除另有声明外，均在CC BY-SA 4.0许可协议下提供。",
                "隐私政策 使用条款 桌面版",
            ]
        )
        parts: Parts = [
            (top, True),
            ("\n", False),
            (title, own_title),
            ("\n", False),
            (tabs, True),
            ("\n", False),
            *header,
            ("\n", False),
            *body,
            ("\n", False),
            (WIKI_LICENCE, True),
            ("\n", False),
            (footer, True),
        ]
    else:
        top = "\n".join(["跳转到内容", "主菜单", "搜索", "搜索", "创建账号", "登录", "个人工具"])
        variant = rng.choice(["大陆简体", "不转换", "简体"])
        tabs = "\n".join(
            ["添加语言", "页面", "讨论", variant, "阅读", "编辑", "查看历史", "工具", "维基文库，自由的图书馆"]
        )
        footer = "\n".join(
            [
                *categories,
                f"本页面最后修订于{_unpadded(revised)} ({_weekday(revised)}) {revised:%H:%M}。",
                "本站的全部文字在知识共享 署名-相同方式共享 4.0协议之条款下提供，附加条款亦可能应用。"
                "（请参阅使用条款）",
                "Wikipedia®和维基百科标志是维基媒体基金会的注册商标；维基™是维基媒体基金会的商标。",
                "维基媒体基金会是按美国国內稅收法501(c)(3)登记的非营利慈善机构。",
                "隐私政策",
                "关于维基文库",
                "免责声明",
                "行为准则",
                "开发者",
                "统计",
                "Cookie声明",
                "手机版视图",
            ]
        )
        parts = [
            (top, True),
            ("\n", False),
            (title, own_title),
            ("\n", False),
            (tabs, True),
            ("\n", False),
            *header,
            ("\n", False),
            *body,
            ("\n", False),
            (WIKI_LICENCE, True),
            ("\n", False),
            (footer, True),
        ]
    text, furniture = _joined(parts)
    return Wrapped(text + "\n", _listed(furniture), page, kind="text")


PINYIN_SITES = [("赣", "jiangxi"), ("皖", "anhui"), ("鄂", "hubei"), ("湘", "hunan"), ("闽", "fujian")]


@text_form("kaifang_shuju_api_pinyin_initial_keys")
def kaifang_shuju_api_pinyin_initial_keys(story: Story) -> Wrapped:
    """An open-data platform's answer for a dataset of a county's news (UTF-8, one line as saved or pretty-printed):
    the envelope and its rows with keys in pinyin initials (XH, BT, FBRQ, FBJG, LY, ZZ, LMMC, NR: plain text or
    styled <p>s, WZLJ, SYH, GXSJ), the story's among other articles'."""
    rng = _rng(story, "kaifang_shuju_api_pinyin_initial_keys")
    place = rng.choice(PLACES)
    _, slug = rng.choice(PINYIN_SITES)
    host = _host(rng)
    column = rng.choice(COLUMNS21)
    organ = f"{place}人民政府办公室"
    updated = _since(story, rng, 1, 400, dt.date(2019, 1, 1))
    html = rng.random() < 0.5
    pretty = rng.random() < 0.4
    full_time = rng.random() < 0.5
    style = rng.choice(['<p style="text-indent:2em;">', '<p style="text-indent: 2em; line-height: 2;">'])
    values: list[Parts] = []

    def token(parts: Parts) -> str:
        values.append(parts)
        return f"⟦{len(values) - 1}⟧"

    def nr(lines: Iterable[str], listed: bool) -> str:
        parts: Parts = []
        for number, line in enumerate(lines):
            if html:
                parts.append((_json_text(style), True))
                parts += [(piece, listed or entity) for piece, entity in _entity_parts(line, _json_text)]
                parts.append(("</p>", True))
            else:
                if number:
                    parts.append(("\\r\\n", listed))
                parts.append((_json_text("\u3000\u3000" + line), listed))
        return token(parts)

    def row(number: int, title: str, day: dt.date | None, outlet: str, lines: Iterable[str], own: bool) -> dict:
        day_text = None
        if day:
            day_text = f"{day:%Y-%m-%d} 00:00:00" if full_time else f"{day:%Y-%m-%d}"
        return {
            "XH": number,
            "BT": token([(_json_text(title), own)]) if title else "",
            "FBRQ": token([(_json_text(day_text), own)]) if day_text else None,
            "FBJG": organ,
            "LY": token([(_json_text(outlet), own)]) if outlet else "",
            "ZZ": "",
            "LMMC": column,
            "NR": nr(lines, own),
            "WZLJ": _address(host, day, rng.randrange(10**5, 10**6)),
            "SYH": f"{rng.randrange(10**8, 10**9)}/{(day or updated.date()).year}-{rng.randrange(1, 999):05d}",
            "GXSJ": f"{updated:%Y-%m-%d %H:%M:%S}",
        }

    others = rng.sample(OTHER_ITEMS, rng.randrange(0, 3))
    at = rng.randrange(len(others) + 1)
    first = rng.randrange(100, 5000)
    rows = []
    for index in range(len(others) + 1):
        if index == at:
            rows.append(
                row(first + index, story.headline or "", story.published, story.outlet or "", story.lines, False)
            )
            continue
        title, lines = others[index - (index > at)]
        rows.append(row(first + index, title, _near(story.published, rng).date(), f"{place}融媒体中心", lines, True))
    if rng.random() < 0.5:
        envelope: dict = {"code": 200, "msg": "操作成功", "data": {"total": rng.randrange(40, 3000), "rows": rows}}
    else:
        envelope = {
            "success": True,
            "code": "0000",
            "message": "请求成功",
            "result": {
                "pageNo": rng.randrange(1, 20),
                "pageSize": 10,
                "totalCount": rng.randrange(40, 3000),
                "data": rows,
            },
        }
    printed = (
        json.dumps(envelope, ensure_ascii=False, indent=2)
        if pretty
        else json.dumps(envelope, ensure_ascii=False, separators=(",", ":"))
    )
    text, furniture = _joined(_filled(printed, values))
    dataset = rng.randrange(10**4, 10**5)
    return Wrapped(
        text + ("\n" if pretty else ""),
        _listed(furniture),
        f"https://data.{slug}.example-t21.gov.cn/api/v1/dataset/{dataset}/records?appKey={_token(rng, 16, HEX)}",
        kind="text",
    )


# ---------------------------------------------------------------- a packet-capture tool, a 融媒体 centre's site


@text_form("fiddler_saved_session_app_detail_json")
def fiddler_saved_session_app_detail_json(story: Story) -> Wrapped:
    """A county app's article caught by a packet-capture tool (Fiddler-like sessions saved as text, UTF-8, CRLF):
    maybe the column's list session, then the detail's request and response (headers with a later Date in GMT, the
    decoded JSON with title, source, author, editor, publishTime, HTML content, shareUrl, counts and the column)."""
    rng = _rng(story, "fiddler_saved_session_app_detail_json")
    place = rng.choice(PLACES)
    app = rng.choice([f"爱{place[:2]}", f"掌上{place[:2]}", f"{place[:2]}发布"])
    slug = _token(rng, 5)
    api = f"api.{slug}rm.example-t21.cn"
    device = _token(rng, 16, HEX)
    caught = _since(story, rng, 0, 300, dt.date(2019, 6, 1))
    article_id = rng.randrange(100000, 999999)
    column_id = rng.randrange(10, 99)
    token_header = _token(rng, 32, HEX)
    android = rng.random() < 0.6
    if android:
        agent = rng.choice(["okhttp/4.9.3", "okhttp/3.12.13"])
    else:
        agent = f"{app}/{rng.randrange(3, 7)}.{rng.randrange(10)}.{rng.randrange(10)} (iPhone; iOS 16.6; Scale/3.00)"
    editor, author = rng.sample(NAMES, 2)
    style = rng.choice(['<p style="text-indent: 2em;">', '<p style="text-indent:2em;text-align:justify;">', "<p>"])
    values: list[Parts] = []

    def token(parts: Parts) -> str:
        values.append(parts)
        return f"⟦{len(values) - 1}⟧"

    def gmt(moment: dt.datetime) -> str:
        utc = moment - dt.timedelta(hours=8)
        return utc.strftime("%a, %d %b %Y %H:%M:%S GMT")

    def request(path: str) -> str:
        lines = [
            f"GET https://{api}{path} HTTP/1.1",
            f"Host: {api}",
            "Connection: keep-alive",
            "Accept: application/json, text/plain, */*",
            f"token: {token_header}",
            f"deviceId: {device}",
            f"User-Agent: {agent}",
            "Accept-Encoding: gzip, deflate",
            "Accept-Language: zh-CN,zh;q=0.9",
        ]
        return "\n".join(lines) + "\n\n"

    def response(moment: dt.datetime, body: str) -> str:
        lines = [
            "HTTP/1.1 200 OK",
            f"Server: {rng.choice(['nginx', 'nginx/1.20.1', 'Tengine'])}",
            f"Date: {gmt(moment)}",
            "Content-Type: application/json;charset=UTF-8",
            "Connection: keep-alive",
            "Vary: Accept-Encoding",
            "Access-Control-Allow-Origin: *",
            f"Content-Length: {len(body.encode('utf-8'))}",
        ]
        return "\n".join(lines) + "\n\n"

    rule = "\n\n------------------------------------------------------------------\n\n"
    parts: Parts = []
    if rng.random() < 0.5:
        listing = {
            "code": 0,
            "msg": "success",
            "data": {
                "list": [
                    {"id": article_id - rng.randrange(1, 90), "title": title, "columnName": "本地"}
                    for title in rng.sample(OTHERS, 3)
                ],
                "total": rng.randrange(200, 4000),
            },
        }
        body = json.dumps(listing, ensure_ascii=False, separators=(",", ":"))
        path = f"/api/v1/article/list?columnId={column_id}&pageNo=1&pageSize=20"
        parts.append((request(path) + response(caught, body) + body + rule, True))
    moment = _moment(story.published, rng)
    epoch = rng.random() < 0.5
    published: object = None
    if moment:
        stamp = int((moment - dt.timedelta(hours=8)).replace(tzinfo=dt.timezone.utc).timestamp() * 1000)
        published = token([(str(stamp), False)]) if epoch else token([(f"{moment:%Y-%m-%d %H:%M:%S}", False)])
    content: Parts = []
    for line in story.lines:
        content.append((_json_text(style), True))
        content += [(piece, entity) for piece, entity in _entity_parts(line, _json_text)]
        content.append(("</p>", True))
    data = {
        "id": article_id,
        "title": token([(_json_text(story.headline), False)]) if story.headline else "",
        "subTitle": "",
        "source": token([(_json_text(story.outlet), False)]) if story.outlet else "",
        "author": author,
        "editor": editor,
        "publishTime": published,
        "content": token(content),
        "coverUrl": f"https://img.{slug}rm.example-t21.cn/{caught:%Y%m}/{_token(rng, 24, HEX)}.jpg",
        "shareUrl": f"https://h5.{slug}rm.example-t21.cn/detail/{article_id}",
        "readCount": rng.randrange(50, 30000),
        "likeCount": rng.randrange(0, 300),
        "commentCount": rng.randrange(0, 40),
        "columnName": rng.choice(["本地", "时政", "招商"]),
    }
    printed = json.dumps({"code": 0, "msg": "success", "data": data}, ensure_ascii=False, separators=(",", ":"))
    detail, _ = _joined(_filled(printed, values))
    detail_path = f"/api/v1/article/detail?id={article_id}&columnId={column_id}"
    parts.append((request(detail_path) + response(caught + dt.timedelta(seconds=rng.randrange(1, 30)), detail), True))
    parts += _filled(printed, values)
    parts.append((rule, True))
    text, furniture = _joined(parts)
    return Wrapped(
        _crlf(text.rstrip("\n") + "\n"),
        _listed(furniture),
        f"https://{api}{detail_path}",
        kind="text",
    )


@text_form("rongmei_site_sanshen_credits_select_all")
def rongmei_site_sanshen_credits_select_all(story: Story) -> Wrapped:
    """A county 融媒体 centre's site select-all copied (UTF-8, or GB18030 and CRLF by Notepad): the bar with today's day
    (the copy's) and maybe the weather, the menu, 当前位置, the headline, the info line, the font sizes, the paragraphs,
    maybe 来源, the credits with the three reviews, maybe the stamp, 分享到, 上一篇/下一篇, 相关新闻 and the footer."""
    rng = _rng(story, "rongmei_site_sanshen_credits_select_all")
    place = rng.choice(PLACES)
    short = place[:2]
    site = rng.choice([f"{short}新闻网", f"{short}融媒网", f"{short}发布网"])
    centre = f"{place}融媒体中心"
    copied = _since(story, rng, 1, 500, dt.date(2019, 6, 1))
    today = f"今天是：{_unpadded(copied)} {_weekday(copied)}"
    if rng.random() < 0.5:
        low = rng.randrange(-2, 24)
        today += f"　{short} {rng.choice(['晴', '多云', '阴', '小雨'])} {low}℃~{low + rng.randrange(3, 10)}℃"
    bar = "\n".join([f"{site}　|　{centre}", today, "设为首页　加入收藏　无障碍浏览　长者模式"])
    menu = "首页 | 时政 | 民生 | 视频 | 专题 | 乡镇 | 部门 | 直播"
    column = rng.choice(["时政要闻", "本地新闻", "乡镇动态", "部门动态"])
    crumb = f"当前位置：首页 > {column} > 正文"
    moment = _moment(story.published, rng)
    reporters = rng.sample(NAMES, 5)
    source = f"来源：{story.outlet}" if story.outlet else f"来源：{centre}"
    credit = f"作者：{reporters[0]} {reporters[1]}"
    views = f"浏览量：{rng.randrange(30, 20000)}"
    info = _run([f"发布时间：{moment:%Y-%m-%d %H:%M:%S}" if moment else None, source, credit, views], "　")
    extra = [credit, views] + ([] if story.outlet else [source])
    credits_style = rng.randrange(3)
    if credits_style == 0:
        credits = "\n".join(
            [
                f"记者：{reporters[0]} {reporters[1]}",
                f"编辑：{reporters[2]}",
                f"一审：{reporters[3]}",
                f"二审：{reporters[4]}",
                f"三审：{rng.choice(NAMES)}",
            ]
        )
    elif credits_style == 1:
        credits = f"编辑：{reporters[2]}　责编：{reporters[3]}　审核：{reporters[4]}　终审：{rng.choice(NAMES)}"
    else:
        credits = "\n".join(
            [
                f"文字：{reporters[0]}　摄影：{reporters[1]}",
                f"编辑：{reporters[2]} | 校对：{reporters[3]} | 审核：{reporters[4]} | 监制：{rng.choice(NAMES)}",
            ]
        )
    stamp = f"{short}融媒出品" if rng.random() < 0.4 else None
    closing = (f"来源：{story.outlet}", False) if story.outlet and rng.random() < 0.5 else (None, False)
    before, after = rng.sample(OTHERS, 2)
    related = rng.sample([title for title in OTHERS if title not in (before, after)], 4)
    licence = f"{rng.randrange(10, 99)}120{rng.randrange(10**5, 10**6)}"
    icp, police = _numbers(rng)
    slug = _token(rng, 4)
    road = rng.choice(["人民路88号", "解放大道16号", "文化路1号"])
    footer = "\n".join(
        [
            f"主办：中共{place}委宣传部　承办：{centre}",
            f"地址：{place}{road}　新闻热线：0{rng.randrange(700, 999)}-{rng.randrange(10**6, 10**7)}"
            f"　投稿邮箱：{slug}rm@163.com",
            f"互联网新闻信息服务许可证：{licence}　{icp}　{police}",
            f"技术支持：{rng.choice(['新华智云', '中科大洋', '索贝数码', '拓尔思'])}",
        ]
    )
    blocks: list[tuple[str | None, bool]] = [
        (bar, True),
        (menu, True),
        (crumb, True),
        (story.headline, False),
        (info, False),
        ("【字体：大 中 小】【打印】【关闭】" if rng.random() < 0.5 else "字号：大 中 小", True),
        *((line, False) for line in story.lines),
        closing,
        (credits, True),
        (stamp, True),
        ("分享到：\n微信\n微博\nQQ空间", True),
        (f"上一篇：{before}\n下一篇：{after}", True),
        ("\n".join(["相关新闻", *related]), True),
        (footer, True),
    ]
    text, furniture = _capture(blocks)
    saved = rng.random() < 0.35
    day = story.published
    path = f"{day:%Y%m}/t{day:%Y%m%d}_{rng.randrange(10**5, 10**6)}" if day else f"{rng.randrange(10**5, 10**6)}"
    return Wrapped(
        (_crlf(text) + "\r\n") if saved else text + "\n",
        _listed([*furniture, *extra]),
        f"http://www.{slug}rm.example-t21.cn/{rng.choice(['szyw', 'bdxw', 'xzdt'])}/{path}.shtml",
        encoding="gb18030" if saved else "utf-8",
        kind="text",
    )


# ---------------------------------------------------------------- a video meeting's transcript


def _vtt_time(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    whole, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{whole:02d}.{millis:03d}"


@text_form("zoom_transcript_vtt_speaker_cues")
def zoom_transcript_vtt_speaker_cues(story: Story) -> Wrapped:
    """A video meeting's transcript of a speech (Zoom-like WebVTT, UTF-8): WEBVTT, then each cue's number, times and
    the speaker's display name before the words: the host's opening and introduction, the speech's sentences, the
    host's thanks; the file named by the meeting's time in GMT."""
    rng = _rng(story, "zoom_transcript_vtt_speaker_cues")
    place = rng.choice(PLACES)
    held = _moment(story.published, rng)
    if held is None or held.date() < dt.date(2020, 3, 1):  # the speech read again at a later meeting
        held = _since(story, rng, 0, 200, dt.date(2020, 6, 1))
    host_name = rng.choice(["主持人", f"{place}投资促进局", "会务组", "Host"])
    speaker = rng.choice([f"{place}人民政府", f"{place}-主会场", "iPad", f"{rng.choice(NAMES)}（{place}）"])
    event = rng.choice(["招商引资云推介会", "重点产业链招商线上推介会", "云签约活动"])
    level = place[-1]
    title = rng.choice([f"{level}委书记", f"{level}长", f"{level}委副书记、{level}长", f"常务副{level}长"])
    clock = rng.uniform(1.0, 4.0)
    number = 0
    parts: Parts = [("WEBVTT\n", True)]

    def cue(name: str, words: str, listed: bool) -> None:
        nonlocal clock, number
        number += 1
        end = clock + len(words) * rng.uniform(0.2, 0.27) + rng.uniform(0.3, 0.9)
        parts.append((f"\n{number}\n{_vtt_time(clock)} --> {_vtt_time(end)}\n{name}: ", True))
        parts.append((words, listed))
        parts.append(("\n", False))
        clock = end + rng.uniform(0.0, 0.6)

    cue(host_name, f"各位嘉宾，各位企业家朋友，大家好！欢迎参加{place}{event}。", True)
    cue(host_name, f"下面，有请{title}致辞。", True)
    limit = rng.choice([28, 36, 44])
    for line in story.lines:
        for words in _pack([_spoken(clause) for clause in _clauses(line)], limit):
            if words:
                cue(speaker, words, False)
        clock += rng.uniform(0.3, 1.5)
    cue(host_name, rng.choice(["感谢精彩致辞！", "谢谢！下面进行项目推介。"]), True)
    text, furniture = _joined(parts)
    utc = held - dt.timedelta(hours=8)
    return Wrapped(
        text,
        _listed(furniture),
        f"file:///C:/Users/{_token(rng, 5)}/Documents/Zoom/GMT{utc:%Y%m%d-%H%M%S}_Recording.transcript.vtt",
        kind="text",
    )


DEV_T21, LOCKED_T21 = split_by_digest(TEXT_FORMS21, "text round 21/", locked=6)
