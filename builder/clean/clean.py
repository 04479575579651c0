"""Text → lines: repair damage, strip pinyin and noise, sort each line into body or page furniture.

Character-level steps run on the capture's own script; line-level decisions are taken on the
Simplified form of each line (one set of patterns for both scripts) and applied to both forms.
Every change is counted in `Counts`, and damage that stays is located.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import groupby, pairwise
from typing import Literal

from builder.clean.punctuation import to_ascii_marks, wrapped_line_ends
from builder.clean.running_heads import running_heads
from builder.clean.script import to_simplified, to_simplified_lines
from builder.prefilter import StartOrAnywhere, start_or_anywhere
from builder.record.models import DECLARED_SLACK, Truncation
from builder.resources import combined, combined_parts, compiled, data_json, data_tsv

LineKind = Literal["body", "meta", "boilerplate", "paywall", "duplicate"]
TRUNCATIONS: tuple[Truncation, ...] = ("paywall", "elided", "mid_sentence", "declared_length")
FURNITURE = "page_furniture.json"
PAGE_DATA = "html_page.json"  # the web page reader's, whose credit roles the cleaner's list of duties tells apart
# Digits in a declared full-text length: nine is a billion characters, more is noise (and overflows int64 later).
_LONGEST_DECLARED_LENGTH = 9
LOST = "\ufffd"
_MARK_BASE = 0xE000
_MARK_SLOTS = 0x1900
_ALREADY_LOST = re.compile("[\ue000-\uf8ff\ufffd]")
_PLACEHOLDER = re.compile(f"[{chr(_MARK_BASE)}-{chr(_MARK_BASE + _MARK_SLOTS - 1)}]")

_TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = rf"[a-zü]*[{_TONE}][a-zü]*"
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Patterns here start with a character or class, and put the lookbehind after it: the engine then
# jumps to each candidate in C instead of testing the lookbehind at every position (3-20x a pass).
PINYIN_ANNOTATION = re.compile(rf"\((?<=[{_CJK}\ue000-\uf8ff]\(){_SYLLABLE}\)")
# A character lost in the mis-conversion: `?` where it stood, then its pinyin.
LOST_CHARACTER = re.compile(rf"\?{_SYLLABLE}\)")
# An annotation cut where the capture stops: `(yè` at a line end.
SPLIT_ANNOTATION_END = re.compile(rf"\((?<=[{_CJK}]\()[a-zü{_TONE}]{{0,5}}$", re.MULTILINE)

# Discuz-style anti-copy jammer: short ASCII tokens, some with symbols, at a line's start or end.
_TOKEN = r"[\x21-\x7e]{1,3}"
JAMMER_START = re.compile(rf"^(?:{_TOKEN} ){{3,}}(?:{_TOKEN})?(?=[^\x00-\x7f])", re.MULTILINE)
# After non-ASCII text: blanks then a token, or a token (its first character already taken), then three more.
JAMMER_END = re.compile(
    rf"[ \t\x21-\x7e](?<=[^\x00-\x7f].)(?:(?<=[ \t])[ \t]*{_TOKEN}|(?<=[\x21-\x7e])[\x21-\x7e]{{0,2}})"
    rf"(?: {_TOKEN}){{3,}}[ \t]*$",
    re.MULTILINE,
)
JAMMER_LINE = re.compile(rf"^[ \t]*{_TOKEN}(?: {_TOKEN}){{3,}}[ \t]*$", re.MULTILINE)
# What every match of the three holds: a blank, a token, a blank and a token's first character. Found in C
# from blank to blank, it spares the texts without it JAMMER_END's try at each ASCII mark after Chinese.
# Each written to open with the character itself, not a repeat of it, so the engine skips in C to where a run
# starts instead of trying every character (a repeat first tells it nothing).
_WIDE_BLANKS = re.compile(r"[\u00a0\u3000\t][\u00a0\u3000\t]*")
_RUN_OF_SPACES = re.compile(r"  +")
_TWO_TOKENS = re.compile(rf" {_TOKEN} [\x21-\x7e]")
_SYMBOL = re.compile(r"[!-/:-@\[-`{-~]")
INDENT_QUESTION_MARKS = re.compile(r"^\?{2,}\s*", re.MULTILINE)
UNDERSCORE_BETWEEN_CJK = re.compile(rf"_(?<=[{_CJK}]_)_*(?=[{_CJK}])")

INJECTED_COMMAS = re.compile(r",+(?=[。、;,])|(?<=[、。;]),+")
# What every match of INJECTED_COMMAS holds: a comma before one of 。、;, or a comma after one of 、。;.
_INJECTED_PAIRS = (",。", ",、", ",;", ",,", "、,", "。,", ";,")
SENTENCE_END = re.compile(r"[。!?;:,、,.!?;:]")
_REPEAT_MIN = 20
# What may end a whole text: sentence ends, closing quotes and brackets, an ellipsis, the end of a list item.
# Not ;, which ends a list's item, never the list: a text stopping on one has lost the items after it.
_SENTENCE_ENDS = ("。", "!", "?", "”", "」", "』", "…", ")", "】", "]", ".", '"', "'")
_SIGN_OFF_MAX = 24


@dataclass
class Counts:
    """What the cleaner changed; becomes the article's `quality`."""

    pinyin_removed: int = 0
    noise_removed: int = 0
    punctuation_removed: int = 0
    boilerplate_removed: int = 0
    repaired: int = 0
    unrecoverable: list[str] = field(default_factory=list)
    truncation: set[Truncation] = field(default_factory=set)
    declared_length: int | None = None

    @property
    def truncated(self) -> bool:
        return bool(self.truncation)

    def reasons(self) -> list[Truncation]:
        """Why the text is cut short, in one fixed order, so equal pages give equal lists."""
        return [reason for reason in TRUNCATIONS if reason in self.truncation]


# Not frozen: made often (one a line of every capture), and a frozen dataclass takes 3 to 5 times as long to make.
@dataclass
class Line:
    original: str
    simplified: str
    kind: LineKind
    elided_before: bool = False


@dataclass(frozen=True)
class CleanPage:
    lines: tuple[Line, ...]
    counts: Counts

    def body(self) -> list[Line]:
        return [line for line in self.lines if line.kind == "body"]


# ---------------------------------------------------------------- character level


@lru_cache(maxsize=1)
def _known_repairs() -> tuple[tuple[str, str], ...]:
    rows = [(row["damaged"], row["repaired"]) for row in data_tsv("damage_repairs.tsv")]
    return tuple(sorted(rows, key=lambda pair: -len(pair[0])))


@lru_cache(maxsize=1)
def _known_unrecoverable() -> tuple[str, ...]:
    return tuple(sorted((row["damaged"] for row in data_tsv("damage_unrecoverable.tsv")), key=len, reverse=True))


@lru_cache(maxsize=1)
def _any_known_damage() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(damaged) for damaged, _ in _known_repairs()) or "(?!)")


def repair_known_damage(text: str, counts: Counts) -> str:
    if not _any_known_damage().search(text):  # one pass in C for the many captures with none (5x faster)
        return text
    for damaged, repaired in _known_repairs():
        if damaged in text:
            counts.repaired += text.count(damaged)
            text = text.replace(damaged, repaired)
    return text


def mark_unrecoverable(text: str, counts: Counts) -> str:
    """Replace each damaged run that cannot be repaired by a numbered placeholder.

    The placeholder (a private-use character naming the run's index in `counts.unrecoverable`)
    survives every later step unchanged, so `locate_damage` can put U+FFFD in its place and give
    the exact offset and the run as captured.
    """

    def placeholder(run: str) -> str:
        counts.unrecoverable.append(run)
        return chr(_MARK_BASE + min(len(counts.unrecoverable) - 1, _MARK_SLOTS - 1))

    text = _ALREADY_LOST.sub(lambda m: placeholder(m.group(0)), text)
    for damaged in _known_unrecoverable():
        if damaged in text:  # each in one pass, left to right: a replacement at a time made many runs quadratic
            text = re.sub(re.escape(damaged), lambda found: placeholder(found.group(0)), text)
    return LOST_CHARACTER.sub(lambda m: placeholder(m.group(0)), text)


def locate_damage(text: str, runs: list[str]) -> tuple[str, list[int], list[str]]:
    """Text with U+FFFD for each placeholder, the offsets, and the runs as captured."""
    marks = list(_PLACEHOLDER.finditer(text))
    offsets = [mark.start() for mark in marks]
    fragments = [runs[ord(mark.group(0)) - _MARK_BASE] for mark in marks]
    return (_PLACEHOLDER.sub(LOST, text) if marks else text), offsets, fragments


def remove_pinyin(text: str, counts: Counts) -> str:
    text, n = PINYIN_ANNOTATION.subn("", text)
    counts.pinyin_removed += n
    ends = len(SPLIT_ANNOTATION_END.findall(text))
    text = SPLIT_ANNOTATION_END.sub("", text)
    counts.pinyin_removed += ends
    return text


# A table's cells after its row's name (`工农区 | 9.3 | 14`, `签约项目(个) | 5 | 6`): figures between pipes,
# after the bracket closing the name's unit, no jammer.
_TABLE_CELL = re.compile(r"^(?:\||-?\d+(?:\.\d+)?%?)$")


def _is_jammer(fragment: str) -> bool:
    tokens = fragment.lstrip(")%").split()
    if all(_TABLE_CELL.match(token) for token in tokens) and "|" in tokens:
        return False
    return len(tokens) >= 4 and sum(1 for token in tokens if _SYMBOL.search(token)) >= 2


def may_hold_jammers(text: str) -> bool:
    """False when no jammer pattern (JAMMER_LINE, JAMMER_START, JAMMER_END) can match in the text."""
    return _TWO_TOKENS.search(text) is not None


def remove_noise(text: str, counts: Counts) -> str:
    def drop(match: re.Match[str]) -> str:
        if _is_jammer(match.group(0)):
            counts.noise_removed += 1
            return ""
        return match.group(0)

    if may_hold_jammers(text):  # a removal never makes a new match: it leaves nothing beside it on its line
        for pattern in (JAMMER_LINE, JAMMER_START, JAMMER_END):
            text = pattern.sub(drop, text)
    if "??" in text:  # what every match holds; the pattern opens with a line start, tried at every character
        text, n = INDENT_QUESTION_MARKS.subn("", text)
        counts.noise_removed += n
    if "_" in text:
        text = _site_after_underscore().sub(" - ", text)
        text = _drop_names_standing_alone(text)
    text, n = UNDERSCORE_BETWEEN_CJK.subn("", text)
    counts.noise_removed += n
    return text


@cache
def _site_after_underscore() -> re.Pattern[str]:
    """`标题_宁都县人民政府`: a page title's separator before its site's name, which is no injected noise."""
    return re.compile(rf"(?<=[^\s_])_+(?={data_json(FURNITURE)['site_after_underscore']})", re.MULTILINE)


# A page title's last part after underscores (标题_云岭县商务之窗): a site's name when it is a line of its own too.
_PART_AFTER_UNDERSCORE = re.compile(r"(?<=[^\s_])_+([^\s_]{2,20})[ \t]*$", re.MULTILINE)


def _drop_names_standing_alone(text: str) -> str:
    """`标题_云岭县商务之窗` where 云岭县商务之窗 is also a line of the page alone: a page title's site name, whatever
    it ends in, which the page shows on its own line; the title's line keeps the title."""
    found = list(_PART_AFTER_UNDERSCORE.finditer(text))
    if not found:
        return text
    alone = {line.strip() for line in text.splitlines()}
    for match in reversed(found):
        if match.group(1) in alone:
            text = text[: match.start()] + text[match.end() :]
    return text


def remove_injected_punctuation(text: str, counts: Counts) -> str:
    def drop(match: re.Match[str]) -> str:
        counts.punctuation_removed += len(match.group(0))
        return ""

    if not any(pair in text for pair in _INJECTED_PAIRS):  # a few searches in C instead of a try at every comma
        return text
    return INJECTED_COMMAS.sub(drop, text)


def normalise_whitespace(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    # Blanks never span a line break, so the whole text at once gives what each line would.
    text = _RUN_OF_SPACES.sub(" ", _WIDE_BLANKS.sub(" ", text))
    return [line.strip() for line in text.split("\n")]


# ---------------------------------------------------------------- injected keyword lines


def _sentence_open(line: str) -> bool:
    return line.endswith((",", ",", "、"))


def remove_injected_keywords(lines: list[str], counts: Counts) -> list[str]:
    """Drop SEO keyword lines spliced into a sentence: `…招商,` / `下酒菜` / `,經濟部…`."""
    kept: list[str] = []
    previous = ""  # the last content line kept
    for line, following in zip(lines, _next_content_lines(lines), strict=True):
        spliced = (
            line
            and len(line) <= 12
            and not SENTENCE_END.search(line)
            and _sentence_open(previous)
            and following.startswith((",", ","))
        )
        if spliced:
            counts.noise_removed += 1
            continue
        kept.append(line)
        previous = line or previous
    return _rejoin_comma_lines(kept)


def _next_content_lines(lines: list[str]) -> list[str]:
    """For each line, the next line after it that is not empty ("" at the end), in one pass from the end."""
    following, found = [], ""
    for line in reversed(lines):
        following.append(found)
        found = line or found
    return following[::-1]


def _rejoin_comma_lines(lines: list[str]) -> list[str]:
    """A line that starts with a comma continues the previous content line."""
    joined: list[list[str]] = []  # each line in parts, joined once at the end: a long run of them stays linear
    for line in lines:
        if line.startswith((",", ",")) and joined:
            while joined and not joined[-1][0]:
                joined.pop()
            if joined:  # parts are never empty but a line's first, so the last part tells how the line ends
                addition = line[1:] if _sentence_open(joined[-1][-1]) else line
                joined[-1].extend([addition] if addition else [])
                continue
        joined.append([line])
    return ["".join(parts) for parts in joined]


def join_hard_wraps(lines: list[str]) -> list[str]:
    """Lines a fixed-width wrap broke mid-sentence go back into one paragraph."""
    wrapped = wrapped_line_ends(lines)
    joined: list[list[str]] = []  # in parts, joined once: a paragraph of thousands of wrapped lines stays linear
    for index, line in enumerate(lines):
        if index - 1 in wrapped and not _closes_the_page(line):
            joined[-1].append(line)
        else:
            joined.append([line])
    return ["".join(parts) for parts in joined]


def _closes_the_page(line: str) -> bool:
    """A copyright line or a link to the next article after a cut-off paragraph starts the page's
    furniture; it never continues the paragraph, however the lines before it are wrapped."""
    simple = to_ascii_marks(to_simplified(line))
    return _matches("page_end", simple) or _matches("boilerplate_lines", simple)


def remove_watermark_lines(lines: list[str], counts: Counts) -> list[str]:
    """Short lines repeated three times or more are a site's watermark, not its text.

    The first line, and a Chinese line printed only above the first sentence, are exempt: pages
    print their headline more than once, sometimes under a line of navigation.
    """
    content = [line for line in lines if line]
    first = content[0] if content else None
    prose = next((i for i, line in enumerate(content) if len(line) >= _REPEAT_MIN and SENTENCE_END.search(line)), None)
    head = set() if prose is None else {line for line in content[:prose] if _is_text(line)} - set(content[prose:])
    repeated = {
        line
        for line, n in Counter(content).items()
        if n >= 3 and len(line) <= 24 and line != first and line not in head
    }
    if not repeated:
        return lines
    counts.noise_removed += sum(1 for line in lines if line in repeated)
    return [line for line in lines if line not in repeated]


# ---------------------------------------------------------------- line level


def _matches(key: str, line: str) -> bool:
    """Whether any pattern of the furniture file's `key` matches the line."""
    return _furniture(key).search(line) is not None


@cache
def _furniture(key: str) -> StartOrAnywhere:
    return start_or_anywhere(combined(FURNITURE, key), *combined_parts(FURNITURE, key))


# The furniture every line is tested for before its kind is: a declared length, a paywall's end, preview marks,
# an elision, strippable spam.
_EVERY_LINE = ("declared_length", "paywall_end", "preview_marks", "paywall_elision", "strip")


def _may_hold_line_marks(line: str) -> bool:
    """Whether any of `_EVERY_LINE` may match the line: one search for the words one of which each match holds,
    which most lines hold none of, instead of a test for each."""
    words = _line_marks_words()
    return words is None or words.search(line) is not None


@cache
def _line_marks_words() -> re.Pattern[str] | None:
    """The union of `_EVERY_LINE`'s prefilters; None when one of them has none."""
    words = [_furniture(key).whole for key in _EVERY_LINE]
    if any(found is None for found in words):
        return None
    # Each prefilter is a plain alternation of words, so their union is too; left ungrouped, it tells the engine
    # the characters a match starts with, and the engine skips in C to the next of them (3x).
    return re.compile("|".join(found.pattern for found in words if found is not None))


def _strip_span(original: str, simplified: str, pattern: re.Pattern[str]) -> tuple[str, str, bool]:
    match = pattern.search(simplified)
    if not match:
        return original, simplified, False
    start, end = match.span()
    simplified = simplified[:start] + simplified[end:]
    if len(original) == len(match.string):
        original = original[:start] + original[end:]
    else:
        original = pattern.sub("", original, count=1)
    return original.strip(), simplified.strip(), True


def _strip_each(original: str, simplified: str, key: str) -> tuple[str, str, int]:
    """Both forms with the first match of each of `key`'s patterns cut out, in turn; how many were cut."""
    if not _matches(key, simplified):  # nothing can match after no cut either: one pass instead of one per pattern
        return original, simplified, 0
    cuts = 0
    for pattern in compiled(FURNITURE, key):
        original, simplified, cut = _strip_span(original, simplified, pattern)
        cuts += cut
    return original, simplified, cuts


def _declared_length(line: str) -> int | None:
    """The length a paywalled page says its full text has; none when the figure is not a plausible length."""
    if not _matches("declared_length", line):
        return None
    for pattern in compiled(FURNITURE, "declared_length"):
        match = pattern.search(line)
        if match:
            digits = match.group("n").replace(",", "")  # 2,300: grouped by thousands
            return int(digits) if len(digits) <= _LONGEST_DECLARED_LENGTH else None
    return None


def remove_running_heads(lines: list[str], counts: Counts) -> list[str]:
    """The lines without the running heads a printed document repeats at each page (`running_heads`), counted."""
    heads = running_heads(lines)
    if not heads:
        return lines
    counts.noise_removed += sum(1 for line in lines if line in heads)
    return [line for line in lines if line not in heads]


def classify_lines(originals: list[str], simplified: list[str], counts: Counts) -> list[Line]:
    short_max = _short_line_max()
    lines: list[Line] = []
    in_tail = False
    elided = False
    body_seen = False
    body_lines = 0
    told = floored = in_thread = False
    first_label = ""
    for original, simple in zip(originals, simplified, strict=True):
        if not simple:
            continue
        marked = _may_hold_line_marks(simple)
        length = _declared_length(simple) if marked else None
        if length is not None:
            counts.declared_length = length
        if in_tail:
            lines.append(Line(original, simple, "boilerplate"))
            continue
        if marked and _matches("paywall_end", simple):
            counts.truncation.add("paywall")
            _drop_trailing_ellipsis(lines)
            original, simple, _ = _strip_span(original, simple, _first_match(FURNITURE, "paywall_end", simple))
            if simple and not _matches("paywall_end", simple) and _is_text(simple):
                lines.append(Line(original, simple, "body", elided))
            lines.append(Line("", "", "paywall"))
            in_tail = True
            continue
        if marked:
            if _matches("preview_marks", simple):
                counts.truncation.add("paywall")
                if _is_prompt_alone(simple):  # 登录后查看全文 on its own line: the site's, no text
                    lines.append(Line(original, simple, "boilerplate"))
                    continue
            original, simple, cut = _strip_each(original, simple, "paywall_elision")
            if cut:
                elided = True
            original, simple, cut = _strip_each(original, simple, "strip")
            counts.boilerplate_removed += cut
            if not simple:
                lines.append(Line("", "", "paywall" if elided else "boilerplate"))
                continue
        headline = None if body_seen else _headline_with_its_info(original, simple, short_max)
        if headline is not None:
            lines.append(headline)
            body_seen = True
            cut = len(headline.simplified)
            original, simple = original[cut:].strip(), simple[cut:].strip()
        judged = _without_english_label(simple)
        kind = _line_kind(judged, short_max, under_the_headline=body_lines < HEAD_META_BODY_LINES)
        if floored and _POSTER.match(simple):
            kind = "boilerplate"  # a forum's floor (楼主, 沙发) stands over its poster's name
        floored = _matches("floor_markers", simple)
        if kind == "meta" and body_lines >= HEAD_META_BODY_LINES and _signs(lines, simple):
            kind = "body"
        in_thread = in_thread or _matches("thread_marks", simple)
        if kind == "body" and (_matches("tail_starts", judged) or (in_thread and _matches("reply_floors", simple))):
            in_tail = True
            kind = "boilerplate"
        label = _title_label().match(simple) if kind == "body" else None
        if label is not None:
            # A title labelled as the headline above the text was is the next item's, a feed's: the tail. Under
            # any other label, or with no labelled headline, it is the text's (题目：… of each talk a report lists).
            label_word = _squash_label(label.group())
            in_tail = in_tail or label_word == first_label
            first_label = first_label or ("" if told else label_word)
            kind = "boilerplate" if in_tail else kind
        told = told or (kind == "body" and _FULL_STOP.search(simple) is not None)
        lines.append(Line(original, simple, kind, elided and kind == "body"))
        if kind == "body":
            elided, body_seen = False, True
            body_lines += 1
    _drop_lists_of_headlines(lines)
    _keep_table_headers(lines)
    _keep_duty_lists(lines)
    counts.boilerplate_removed += sum(1 for line in lines if line.kind == "boilerplate")
    return [line for line in lines if line.simplified or line.kind != "boilerplate"]


_FULL_STOP = re.compile("[。!?]")
# A bilingual page's English label before the Chinese one (Editor 编辑：…, Related News 相关新闻, Share 分享：…).
_ENGLISH_LABEL = re.compile(r"^[A-Za-z][A-Za-z .&'-]{1,30}?\s+(?=[\u4e00-\u9fff])")


def _without_english_label(line: str) -> str:
    """The line as its kind is judged: a bilingual page's line by its Chinese label, the English one before it out."""
    return _ENGLISH_LABEL.sub("", line, count=1) if line[:1].isascii() else line


_LABEL_MARKS = re.compile(r"[\s:：【】\[\]]")


def _squash_label(label: str) -> str:
    """A title's label as its word alone (【标题】, 标题： and 标题 : alike)."""
    return _LABEL_MARKS.sub("", label)


_POSTER = re.compile(r"[^\s。!?,;:、]{2,16}$")


@cache
def _title_label() -> re.Pattern[str]:
    return re.compile(data_json("headlines.json")["title_labels"])


def _signs(lines: list[Line], simple: str) -> bool:
    """A date line right under a document's issuing body (`宁都县人民政府` / `2023年5月8日`): its signature's
    date, which the text keeps, as it keeps one in Chinese numerals."""
    return (
        bool(lines)
        and lines[-1].kind == "body"
        and _matches("signature_dates", simple)
        and _matches("signers", lines[-1].simplified)
    )


_CELL_MARK = re.compile("[|｜]")


# A list's head and items are short: a head longer than this is a sentence or a section's title; an item longer than
# this, a paragraph. A line of the text ending a sentence with 。 and this long at least has told something.
LIST_HEAD_MAX = 12
LIST_ITEM_MAX = 40
PARAGRAPH_MIN = 20
# No headline of a list of other pages': a field after its label (联系人：, 报：), a timeline's entry (10:35,
# 2024年3月8日).
_NO_HEADLINE = re.compile(r"^[^:：]{1,6}[:：]|^\d{1,2}:\d{2}|^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}")


def _drop_lists_of_headlines(lines: list[Line]) -> None:
    """A list of other pages' headlines under its head after the text (热门推荐 or 延伸阅读 over 全县完成秋粮收购任务
    超九成, 县林业局开展松材线虫病秋季普查…) is the page's: the head and the run of headlines' lines under it, two at
    least (short, telling nothing, no labelled field or timeline's entry; furniture, date and source lines between
    them stay what they are). Only under a paragraph of the text (a line ending a sentence with 。: no greeting or
    headline above the text). A box in the text's middle has a paragraph under its head, a section of the text's own
    lists fields (联系人：) or a timeline's entries; the lines after the run stay."""
    told = False
    for index, line in enumerate(lines):
        if told and line.kind in ("body", "boilerplate") and _heads_a_list(line.simplified):
            items = _headlines_under(lines, index)
            if len(items) >= 2:
                for item in (index, *items):
                    lines[item] = Line(lines[item].original, lines[item].simplified, "boilerplate")
        told = told or (line.kind == "body" and _is_a_paragraph(line.simplified))


def _headlines_under(lines: list[Line], head: int) -> list[int]:
    """The indexes of the run of headlines' lines under a list's head, past furniture, date and source lines, into
    the site's footer (主办单位：…, 招商热线：…) below them, to the page's end (a credit, an end mark); where a line of
    the text follows the run, all but its last."""
    items: list[int] = []
    for index in range(head + 1, len(lines)):
        line = lines[index]
        if line.kind != "body":
            continue
        if _matches("page_end", line.simplified):  # a credit, an end mark: the page's end
            break
        footer = _matches("site_footer_lines", _without_english_label(line.simplified))
        if not _is_a_headlines_line(line.simplified) and not footer:
            return items[:-1]  # the text goes on under the run: its last line may head what follows (a section's)
        items.append(index)
    return items


def _is_a_headlines_line(line: str) -> bool:
    """Short, no statement's full stop (a headline may ask or exclaim), no labelled field or timeline's entry."""
    return len(line) <= LIST_ITEM_MAX and "。" not in line and not _NO_HEADLINE.search(line)


def _is_a_paragraph(line: str) -> bool:
    return len(line) >= PARAGRAPH_MIN and "。" in line


def _heads_a_list(line: str) -> bool:
    """In a list's words (list_heads), or a tail's head that is also a short line's furniture (延伸阅读, 猜你喜欢) and
    no button (评论); on a bilingual page after its English (Related News 相关新闻)."""
    line = _without_english_label(line)
    if len(line) > LIST_HEAD_MAX:
        return False
    return _matches("list_heads", line) or (_matches("tail_starts", line) and not is_controls_line(line))


def _keep_table_headers(lines: list[Line]) -> None:
    """A row of short names between pipes reads like a navigation bar (首页 | 新闻 | 政务), but one followed
    by a row of as many cells holding figures is a table's header (地区 | 引资额 | 增速): body."""
    for index in range(len(lines) - 1):
        line, following = lines[index], lines[index + 1]
        if line.kind != "boilerplate" or following.kind != "body" or not re.search(r"\d", following.simplified):
            continue
        cells = len(_CELL_MARK.split(line.simplified.strip(" |｜")))
        if cells >= 3 and cells == len(_CELL_MARK.split(following.simplified.strip(" |｜"))):
            lines[index] = Line(line.original, line.simplified, "body")


def _keep_duty_lists(lines: list[Line]) -> None:
    """A credit's role in the text's own list of duties (an event plan's 工作分工: 总指挥:王明, 策划:李华, 执行:张强) is
    one of the duties: every line of such a list is the text's."""
    if not any(line.kind == "boilerplate" for line in lines):
        return
    texts = [line.simplified for line in lines]
    for run in duty_lists(texts, [line.kind == "body" for line in lines]):
        lines[run.start : run.stop] = [
            Line(line.original, line.simplified, "body") for line in lines[run.start : run.stop]
        ]


def duty_lists(texts: list[str], own: list[bool]) -> list[range]:
    """The runs of lines of a role and its names (总指挥:王明) that are a text's list of duties: 'duty_list_min' or
    more of their lines `own` (the text's by every other test) with a role no credit has. A page's credits
    (编辑:李四, 审核:王五) stand among none such."""
    minimum = data_json(FURNITURE)["duty_list_min"]
    runs: list[range] = []
    start = 0
    while start < len(texts):
        end = start
        while end < len(texts) and _matches("duty_lines", texts[end]):
            end += 1
        duties = sum(1 for index in range(start, end) if own[index] and not _credit_role().match(texts[index]))
        if duties >= minimum:
            runs.append(range(start, end))
        start = max(end, start + 1)
    return runs


@cache
def _credit_role() -> re.Pattern[str]:
    """A line opening with a page's credit's role (编辑, 审核, 摄影): the reader's roles, one list for both."""
    return re.compile(rf"^(?:{data_json(PAGE_DATA)['credit_roles']})\s*[:：]")


def judge_truncation(lines: list[Line], counts: Counts) -> None:
    """Add what the text's lines show: elisions, where it stops, a declared length above what is here.

    A page whose end was captured (a byline, a copyright line, 打印此文 关闭窗口 after the text) is
    whole however its last line ends; one that stopped at a paywall is cut short by that already.
    """
    body = [index for index, line in enumerate(lines) if line.kind == "body"]
    if not body:
        return
    if any(lines[index].elided_before for index in body):
        counts.truncation.add("elided")
    if any(line.kind == "paywall" for line in lines[body[-1] + 1 :]):
        counts.truncation.add("paywall")  # text left out where the text stops: nothing of it is shown after
    present = sum(len(lines[index].simplified) for index in body)
    if counts.declared_length is not None and counts.declared_length > present * DECLARED_SLACK:
        counts.truncation.add("declared_length")
    if "paywall" not in counts.truncation and _stops_mid_sentence(lines, body[-1]):
        counts.truncation.add("mid_sentence")
    if not counts.truncated:
        counts.declared_length = None


# A numbered item: 3.优化营商环境, 三、…, (3)… ; Chinese numbers up to ten, as list items run.
_CHINESE_ORDINALS = "一二三四五六七八九十"
_LIST_NUMBER = re.compile(rf"^(?P<open>[(（]?)(?P<number>\d{{1,2}}|[{_CHINESE_ORDINALS}])(?P<close>[)）、.．])")


def _stops_mid_sentence(lines: list[Line], last: int) -> bool:
    if any(_matches("page_end", line.simplified) for line in lines[last + 1 :] if line.kind != "body"):
        return False
    text = lines[last].simplified.rstrip(" |")
    if text.endswith(_SENTENCE_ENDS) or _matches("whole_last_lines", text):
        return False
    if _matches("stops_at_heading", text):
        return not _ends_a_list(lines, last)  # a heading is never a text's last line, a list's item may be
    return len(text) > _SIGN_OFF_MAX or not _matches("sign_off", text)


def _ends_a_list(lines: list[Line], last: int) -> bool:
    """`2.强化要素保障` / `3.优化营商环境`: the last item of a list, numbered after the line before it."""
    before = [line.simplified for line in lines[:last] if line.kind == "body"]
    if not before:
        return False
    item, previous = _LIST_NUMBER.match(lines[last].simplified), _LIST_NUMBER.match(_without_a_label(before[-1]))
    if item is None or previous is None or _list_style(item) != _list_style(previous):
        return False
    return _list_number(item) == _list_number(previous) + 1 and _a_bare_item(before[-1])


_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,6}[:：]")


def _without_a_label(text: str) -> str:
    """A list's first item after the label that opens it on its line (附件:1.项目清单): the item."""
    label = _LABEL.match(text)
    return text[label.end() :] if label else text


def _a_bare_item(text: str) -> bool:
    """An item of one phrase or sentence. After `2.强化要素保障。加大…亿元。` (a heading with its paragraph) a bare
    `3.优化营商环境` is a heading whose paragraph is missing, not a list's last item."""
    return not any(mark in text.rstrip("。；;！!？?") for mark in "。！？!?")


def _list_style(match: re.Match[str]) -> tuple[str, str, bool]:
    return match.group("open"), match.group("close"), match.group("number").isdigit()


def _list_number(match: re.Match[str]) -> int:
    number = match.group("number")
    return int(number) if number.isdigit() else _CHINESE_ORDINALS.find(number) + 1


def _drop_trailing_ellipsis(lines: list[Line]) -> None:
    """The `……` a preview prints where it stops is the site's, not the text's."""
    body = [i for i, line in enumerate(lines) if line.kind == "body"]
    if body:
        last = lines[body[-1]]
        original, simple = (re.sub(r"\s*(……|\.{3,})\s*$", "", s) for s in (last.original, last.simplified))
        lines[body[-1]] = Line(original, simple, last.kind, last.elided_before)


def _is_prompt_alone(line: str) -> bool:
    """Whether a line holding a preview's or a paywall's prompt holds nothing else of the text's: a sentence before
    or after it (项目总投资12亿元。已阅读3页，还剩5页未读) keeps the line."""
    match = _first_match(FURNITURE, "preview_marks", line).search(line)
    return match is not None and not _is_text(line[: match.start()] + line[match.end() :])


def _first_match(name: str, key: str, line: str) -> re.Pattern[str]:
    return next(p for p in compiled(name, key) if p.search(line))


def _is_text(line: str) -> bool:
    return bool(re.search(f"[{_CJK}]", line))


# A headline with the page's date or info bar on its line (`全市招商引资工作推进会议召开 2023-06-13`, `… 来源:XX日报`),
# as pages that set them side by side flatten: no label, colon or sentence mark before the blank, only words a
# headline has, and after it only what is a date, source or counter line by itself.
_HEADLINE_CHARACTERS = re.compile(r"[^:：|,，。;；!！?？]{8,60}")
_HEADLINE_AND_INFO_MAX = 90
_BLANK = re.compile(r"[ \t\u3000]+")


@lru_cache(maxsize=1)
def _info_start() -> re.Pattern[str]:
    """How what follows a headline on its line may start: a date, a bar, an info bar's label. Tried first, so
    that a navigation line's many blanks cost one test each."""
    labels = "|".join(map(re.escape, data_json(FURNITURE)["headline_info_labels"]))
    return re.compile(rf"\d{{4}}[-/.年]|[|｜]|{labels}")


def _headline_with_its_info(original: str, simple: str, short_max: int) -> Line | None:
    """The headline of a line that holds a headline and then the page's date or info bar, or None. What follows,
    left on the line, is read as the page's date or source line, or dropped as a counter."""
    if len(simple) > _HEADLINE_AND_INFO_MAX or len(original) != len(simple) or not _BLANK.search(simple):
        return None
    info_start = _info_start()
    if not info_start.search(simple) or _line_kind(simple, short_max, True) == "boilerplate":
        return None  # nothing an info bar starts with; or a pager or a path (首页 > 讲话发言 > …)
    for blank in _BLANK.finditer(simple):
        if not info_start.match(simple, blank.end()):
            continue
        head, info = simple[: blank.start()], simple[blank.end() :]
        if not _HEADLINE_CHARACTERS.fullmatch(head) or not _is_text(head):
            continue
        if _line_kind(head, short_max, False) == "body" and _line_kind(info, short_max, True) != "body":
            return Line(original[: blank.start()], head, "body")
    return None


# A dateline under the headline may follow a kicker or a deck; lower down, such a date closes a document.
HEAD_META_BODY_LINES = 3


def _line_kind(line: str, short_max: int, under_the_headline: bool) -> LineKind:
    if len(line) <= 80 and _matches("meta_lines", line) and not is_task_line(line):
        return "meta"
    if under_the_headline and len(line) <= 40 and _matches("head_meta_lines", line):
        return "meta"
    if _matches("boilerplate_lines", line):
        return "boilerplate"
    if len(line) <= short_max and (_matches("boilerplate_short_lines", line) or _matches("captions", line)):
        return "boilerplate"
    return "body"


# What a page's counters write around their words: counts (2.3万, 12条, 2601人) and times (10:32).
_COUNT = re.compile(r"\d+(?:[.,:]\d+)*\s*[万千亿kKwW]?\+?\s*[次人条个篇]?")
# What makes a line of control words the text's own: a figure after a label (微信:13800138000, not a time's 10:32), a
# phone's or an account's number (微信 13807971234), a bracketed label (【关注】, 【回复】), a list's item (1. 微信).
_THE_TEXTS = re.compile(
    r"(?<!\d)[:：]\s*\d|\d{7}|[【】\[\]]|^\s*[(（]?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.．、)）](?!\d)"
)
_CELLS = re.compile(r"[|｜]")
_WORD_OR_FIGURE = re.compile(r"\w")


def is_controls_line(line: str) -> bool:
    """A line (Simplified) of a page's buttons, counters and share targets alone (2.3万粉丝 +关注, 赞同 12 · 3 条评论,
    微信, 阅读 2.3万 | 评论 12, 电脑版 | 返回顶部): once its control words and counts are out, only marks are left. A
    row of cells one of which holds no control word is a table's (微信 | 1532 | 486万). Never a headline."""
    words = _control_words()
    if len(line) > _short_line_max() or words.search(line) is None or _THE_TEXTS.search(line):
        return False
    if any(cell.strip() and words.search(cell) is None for cell in _CELLS.split(line)):
        return False
    return _WORD_OR_FIGURE.search(_COUNT.sub("", words.sub("", line))) is None


def controls_lines(lines: Sequence[str]) -> frozenset[int]:
    """Which of a page's lines (Simplified, in order) are its controls, no text: a controls line of two control
    words or more (7.6万粉丝 +关注, 跟贴 26 举报), and a word alone in a run of controls lines that holds such a
    line or a share bar's label (分享到： over 微信, 朋友圈, QQ空间). Elsewhere one word alone is a table's cell, an
    item of the text's list or a section's head (微博 between its figures, 微信 under 以下新媒体账号：), and one word
    with its count a figure of the text (粉丝 12.6万)."""
    words = _control_words()
    alone = [is_controls_line(line) for line in lines]
    found: set[int] = set()
    for controls, grouped in groupby(range(len(lines)), key=alone.__getitem__):
        if not controls:
            continue
        run = list(grouped)
        strong = [index for index in run if len(words.findall(lines[index])) >= 2 or _share_label().match(lines[index])]
        if strong:
            found.update(strong)
            found.update(index for index in run if _COUNT.search(lines[index]) is None)
    return frozenset(found)


@cache
def _short_line_max() -> int:
    return int(data_json(FURNITURE)["short_line_max"])


@cache
def _share_label() -> re.Pattern[str]:
    return re.compile(data_json(FURNITURE)["share_label"])


@cache
def _control_words() -> re.Pattern[str]:
    words = sorted(data_json(FURNITURE)["control_words"], key=len, reverse=True)  # 分享到 before 分享
    return re.compile("|".join(words))


def is_task_line(line: str) -> bool:
    """A plan's task line (牵头单位：市商务局；时间：2021年12月31日): its date is the task's deadline, and the line is
    the text's, never the page's date line."""
    return _matches("task_lines", line)


def captions(page: CleanPage) -> tuple[str, ...]:
    """The photo captions among the page's furniture, Simplified: they may credit a speaker."""
    short_max = _short_line_max()
    return tuple(
        line.simplified
        for line in page.lines
        if line.kind == "boilerplate" and len(line.simplified) <= short_max and _matches("captions", line.simplified)
    )


def mark_repeated_paragraphs(lines: list[Line]) -> list[Line]:
    """A page that prints its article twice: the second copy of each paragraph is not text.

    Headline-like lines are left alone; the parsers drop a headline's repeats themselves.
    """
    seen: set[str] = set()
    marked = []
    for line in lines:
        prose = line.kind == "body" and len(line.simplified) >= _REPEAT_MIN and SENTENCE_END.search(line.simplified)
        if prose and line.simplified in seen:
            line = Line(line.original, line.simplified, "duplicate")
        elif prose:
            seen.add(line.simplified)
        marked.append(line)
    return marked


def mark_teaser_lists(lines: list[Line]) -> list[Line]:
    """Two body lines in a row that end in `...` are teasers of other articles: from there on, the tail."""
    body = [i for i, line in enumerate(lines) if line.kind == "body"]
    for first, second in pairwise(body):
        if _is_teaser(lines[first]) and _is_teaser(lines[second]):
            return lines[:first] + [Line(line.original, line.simplified, "boilerplate") for line in lines[first:]]
    return lines


def _is_teaser(line: Line) -> bool:
    return line.simplified.endswith("...") and not line.simplified.endswith("....")


def mark_leading_and_trailing_link_lists(lines: list[Line]) -> list[Line]:
    """Runs of three or more very short lines before the first or after the last sentence are menus."""
    body_index = [i for i, line in enumerate(lines) if line.kind == "body"]
    result = list(lines)
    for run in (_leading_run(result, body_index, 8), _trailing_run(result, body_index, 12)):
        if len(run) >= 3 and not _numbered_in_order([result[i].simplified for i in sorted(run)]):
            for i in run:
                result[i] = Line(result[i].original, result[i].simplified, "boilerplate")
    return result


_WORD_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z]+")


def mark_menu_rows(lines: list[Line]) -> list[Line]:
    """A menu's row (`_is_a_menu_row`) before the text's first paragraph or after its last is furniture. Within the
    text such a row may be a table's header, and a text with no paragraph (a transcript, subtitles) has no edge to
    tell a menu by: kept, as is a row the table's test kept (`_keep_table_headers`, which runs first)."""
    paragraphs = [index for index, line in enumerate(lines) if line.kind == "body" and _holds_a_sentence(line)]
    if not paragraphs:
        return lines
    return [
        Line(line.original, line.simplified, "boilerplate")
        if line.kind == "body" and not paragraphs[0] <= index <= paragraphs[-1] and _is_a_menu_row(line.simplified)
        else line
        for index, line in enumerate(lines)
    ]


def _holds_a_sentence(line: Line) -> bool:
    return len(line.simplified) >= PARAGRAPH_MIN and SENTENCE_END.search(line.simplified) is not None


def _is_a_menu_row(line: str) -> bool:
    """Five short words or more between blanks or bars ('menu_rows'), one of them a site's or a tool's own
    ('navigation_words': 首页, 登录, 更多, 频道 …), their mean length a menu's ('menu_word_mean_max'): a row of a
    slogan's, a keyword list's, a caption's or a transcript's phrases (抓招商 促项目 优环境 强服务 惠民生) names no
    site's part, and a transcript's run longer (招商规模大 招商力度强 政策开放度高)."""
    if not _matches("menu_rows", line) or not _matches("navigation_words", line):
        return False
    words = _WORD_RUN.findall(line)
    return sum(map(len, words)) / len(words) <= data_json(FURNITURE)["menu_word_mean_max"]


def _numbered_in_order(texts: list[str]) -> bool:
    """(一)… (二)… (三)…: a list's items, numbered one after another, which no menu is."""
    found = [_LIST_NUMBER.match(text) for text in texts]
    items = [item for item in found if item is not None]
    if len(items) < len(found):
        return False
    return all(_list_style(b) == _list_style(a) and _list_number(b) == _list_number(a) + 1 for a, b in pairwise(items))


def _short_unpunctuated(line: Line, max_length: int) -> bool:
    return len(line.simplified) <= max_length and not SENTENCE_END.search(line.simplified)


def _leading_run(lines: list[Line], body_index: list[int], max_length: int) -> list[int]:
    run = []
    for i in body_index:
        if not _short_unpunctuated(lines[i], max_length):
            break
        run.append(i)
    return run


def _trailing_run(lines: list[Line], body_index: list[int], max_length: int) -> list[int]:
    run = []
    for i in reversed(body_index):
        if not _short_unpunctuated(lines[i], max_length):
            break
        run.append(i)
    return run


# ---------------------------------------------------------------- the whole step


def clean(text: str) -> CleanPage:
    """Damage repaired, pinyin and noise removed, each line sorted into body or furniture."""
    counts = Counts()
    text = repair_known_damage(text, counts)
    text = mark_unrecoverable(text, counts)
    text = remove_pinyin(text, counts)
    text = remove_noise(text, counts)
    text = remove_injected_punctuation(text, counts)
    lines = normalise_whitespace(text)
    lines = remove_injected_keywords(lines, counts)
    lines = remove_watermark_lines(lines, counts)
    lines = remove_running_heads(lines, counts)
    originals = join_hard_wraps([line for line in lines if line])
    simplified = [to_ascii_marks(line) for line in to_simplified_lines(originals)]
    classified = classify_lines(originals, simplified, counts)
    classified = mark_teaser_lists(classified)
    classified = mark_leading_and_trailing_link_lists(classified)
    classified = mark_menu_rows(classified)
    classified = mark_repeated_paragraphs(classified)
    judge_truncation(classified, counts)
    counts.boilerplate_removed = sum(1 for line in classified if line.kind in {"boilerplate", "duplicate"})
    return CleanPage(tuple(classified), counts)
