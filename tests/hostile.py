"""Hostile captures of any size, made from the shipped ones: what users really feed a builder.

SEO spam and scraper-flattened pages repeat one sentence on one line; other pages nest HTML
thousands deep, list hundreds of names, or carry control and bidirectional characters. Each kind is
a function of (characters wanted, random source) giving a file name and its bytes; the fuzz suite
draws from them and `benchmarks/linearity.py` times each at two sizes.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "corpus").glob("*/*.txt"))]
_SENTENCE = re.compile(r"[^。!?!?\n]{8,120}[。!?!?]")
_PUNCTUATION_AND_SPACE = re.compile(r"[\s,。、;:!?,.;:!?“”‘’()()《》【】\-—…]+")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红"
# Characters a copy-paste or a hostile page carries: C0 controls, bidirectional overrides and isolates,
# zero-width joiners, the byte-order mark inside the text, line and paragraph separators.
CONTROLS = (
    "\x01\x07\x08\x0b\x0c\x1b\x7f\x85\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u2028\u2029"
)

Kind = Callable[[int, random.Random], tuple[str, bytes]]


def _sentence(rng: random.Random) -> str:
    """A sentence of a shipped capture, on the topic (a page off it stops early, at the topic check)."""
    sentences = _SENTENCE.findall(TEXTS[rng.randrange(len(TEXTS))])
    return "招商引资" + (rng.choice(sentences) if sentences else "工作会议召开,确保全年签约项目100个以上。")


def _fill(unit: str, chars: int, joiner: str = "") -> str:
    return joiner.join([unit] * max(1, chars // (len(unit) + len(joiner))))


def _text(name: str, text: str) -> tuple[str, bytes]:
    return name, text.encode("utf-8")


def one_sentence_one_line(chars: int, rng: random.Random) -> tuple[str, bytes]:
    return _text("spam.txt", _fill(_sentence(rng), chars))


def one_sentence_many_lines(chars: int, rng: random.Random) -> tuple[str, bytes]:
    return _text("lines.txt", _fill(_sentence(rng), chars, "\n"))


def capture_flattened(chars: int, rng: random.Random) -> tuple[str, bytes]:
    """A scraper's output: a real capture with its line breaks gone, repeated."""
    return _text("flat.txt", _fill(TEXTS[rng.randrange(len(TEXTS))].replace("\n", ""), chars))


def capture_repeated(chars: int, rng: random.Random) -> tuple[str, bytes]:
    return _text("twice.txt", _fill(TEXTS[rng.randrange(len(TEXTS))], chars, "\n"))


def hard_wrapped(chars: int, rng: random.Random) -> tuple[str, bytes]:
    """A capture flattened and wrapped at a fixed width, as a terminal or an old scraper leaves it."""
    flat = _fill(TEXTS[rng.randrange(len(TEXTS))].replace("\n", ""), chars)
    width = rng.randint(20, 60)
    return _text("wrapped.txt", "\n".join(flat[i : i + width] for i in range(0, len(flat), width)))


def comma_lines(chars: int, rng: random.Random) -> tuple[str, bytes]:
    """Lines that each start with a comma (a sentence split at every clause), and short keyword lines."""
    return _text("commas.txt", _sentence(rng) + "\n" + _fill(",招商引资项目签约\n下酒菜\n", chars))


def blank_lines(chars: int, rng: random.Random) -> tuple[str, bytes]:
    return _text("blank.txt", _sentence(rng) + "\n" * chars + _sentence(rng))


def no_punctuation(chars: int, rng: random.Random) -> tuple[str, bytes]:
    return _text("bare.txt", _fill(_PUNCTUATION_AND_SPACE.sub("", TEXTS[rng.randrange(len(TEXTS))]), chars))


def one_character(chars: int, rng: random.Random) -> tuple[str, bytes]:
    return _text("one.txt", "招商引资" + rng.choice("招商王市会") * chars)


def names_listed(chars: int, rng: random.Random) -> tuple[str, bytes]:
    names = "、".join(
        rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.randint(1, 2))) for _ in range(chars // 4)
    )
    return _text("names.txt", f"全市招商引资大会召开。市委书记、市长{names}出席会议并讲话。")


def titles_chained(chars: int, rng: random.Random) -> tuple[str, bytes]:
    name = rng.choice(SURNAMES) + "伟"
    return _text("titles.txt", _fill("市委常委、区委书记、", chars) + name + "强调,招商引资是头等大事。")


def figures(chars: int, rng: random.Random) -> tuple[str, bytes]:
    unit = f"全年签约项目{rng.randint(1, 999)}个,总投资{rng.randint(1, 9999)}亿元,力争{rng.randint(1, 12)}月底前开工,"
    return _text("figures.txt", _fill(unit, chars))


def nested_html(chars: int, rng: random.Random) -> tuple[str, bytes]:
    depth = max(1, chars // 12)
    body = "<div><p>" * depth + _sentence(rng) * 3 + "</p></div>" * depth
    return "nested.html", f"<html><head><title>{_sentence(rng)[:20]}</title></head><body>{body}</body></html>".encode()


def unclosed_html(chars: int, rng: random.Random) -> tuple[str, bytes]:
    return "unclosed.html", ("<html><body>" + _fill(f"<div><span>{_sentence(rng)}", chars)).encode()


def script_data(chars: int, rng: random.Random) -> tuple[str, bytes]:
    """A shell page's scripts: a dotted name with no `=` after it, and script data titled with `<` only."""
    names = _fill("window.", chars // 2)
    data = json.dumps({"title": "<" * (chars // 2), "content": _sentence(rng) * 3}, ensure_ascii=False)
    scripts = f'<script>{names}</script><script type="application/json">{data}</script>'
    return "state.html", f'<html><body><div id="app"></div>{scripts}</body></html>'.encode()


def markdown_images(chars: int, rng: random.Random) -> tuple[str, bytes]:
    return _text("images.txt", _sentence(rng) + "\n" + _fill("![图](a.png)", chars) + "x")


def markdown_brackets(chars: int, rng: random.Random) -> tuple[str, bytes]:
    """A Markdown page (a heading's marks open it) with a line of `[` and one of `![` never closed, and a rule's marks
    far apart: read from every `[` to the line's end, each line cost the square of its length."""
    lines = [
        f"# {_sentence(rng)[:30]}",
        _sentence(rng),
        "[" * (chars // 3),
        "![" * (chars // 6),
        "---" + " " * (chars // 3),
    ]
    return _text("brackets.md.txt", "\n".join([*lines, "x", "正文](http://a.cn/)"]))


def labels_before_wide_spaces(chars: int, rng: random.Random) -> tuple[str, bytes]:
    """A furniture line's or a date label's words followed by a long run of spaces that survive the cleaner's
    (&ensp;, &emsp;) and a character that ends no such line: patterns with two runs of blanks side by side tried
    every way to share the run between them."""
    wide = "\u2002\u2003 " * (chars // 9)
    lines = [f"发布时间{wide}x", f"原文发布时间{wide}x", _sentence(rng), f"以上内容由AI生成{wide}x", _sentence(rng)]
    page = f"<html><body><h1>{_sentence(rng)[:20]}</h1>{''.join(f'<div>{line}</div>' for line in lines)}</body></html>"
    return _text("wide_spaces.html", page)


def record_brackets(chars: int, rng: random.Random) -> tuple[str, bytes]:
    """What a record reader meets in a text that opens lines with brackets: objects left open on every line, a
    literal nested past any parser's depth, a string of escaped quotes left open, a shell's property list of blank
    rows, a list's bracket before a run of blanks, objects' reprs left open or nested past any parser's depth, a
    title's run of blanks and a body of comments left open: read
    from each opening, each quote or each blank to the text's end, each cost the square of its length."""
    part = chars // 5
    lines = [
        _sentence(rng),
        _fill("{", part, "\n"),
        "[" + "{'a': [" * (part // 8) + "]}" * (part // 16),
        '{"content": "' + '\\"' * (part // 2),
        "title   : " + _sentence(rng),
        "content : " + _sentence(rng),
        "\n".join([" " * 12] * (part // 13)),
        "id      : 1",
        _sentence(rng),
        "[" + " " * part + "x",
        _fill("Item(", part, "\n"),
        "Item(a=" * (part // 7) + _sentence(rng),
        json.dumps({"title": "招商" + " " * part + "会", "content": _sentence(rng) + "<!--" * (part // 4)}),
    ]
    return _text("records.txt", "\n".join(lines))


def pinyin(chars: int, rng: random.Random) -> tuple[str, bytes]:
    return _text("pinyin.txt", _fill("會(huì)議(yì)強(qiáng)調(diào),招(zhāo)商(shāng)", chars))


def markers(chars: int, rng: random.Random) -> tuple[str, bytes]:
    unit = rng.choice(
        ["此处省略727字", "全文5006字,当前显示2267字", "更新时间:2024-05-15 08:48:51", "您的位置:首页 > 正文"]
    )
    return _text("markers.txt", _sentence(rng) + _fill(unit, chars))


def noise_lines(chars: int, rng: random.Random) -> tuple[str, bytes]:
    return _text("noise.txt", _fill(f'0 l" F$ p, a1 X5 S{_sentence(rng)}6 ?', chars, "\n"))


def controls_and_bidi(chars: int, rng: random.Random) -> tuple[str, bytes]:
    text = _fill(_sentence(rng), chars)
    return _text("bidi.txt", "".join(c + rng.choice(CONTROLS) if rng.random() < 0.2 else c for c in text))


def places_and_dates(chars: int, rng: random.Random) -> tuple[str, bytes]:
    return _text("places.txt", _fill("浙江省杭州市萧山区2024年12月5日召开招商引资会议,", chars))


KINDS: dict[str, Kind] = {
    "one sentence, one line": one_sentence_one_line,
    "one sentence, many lines": one_sentence_many_lines,
    "capture flattened": capture_flattened,
    "capture repeated": capture_repeated,
    "hard-wrapped": hard_wrapped,
    "lines starting with a comma": comma_lines,
    "blank lines": blank_lines,
    "no punctuation": no_punctuation,
    "one character": one_character,
    "names listed": names_listed,
    "titles chained": titles_chained,
    "figures": figures,
    "nested HTML": nested_html,
    "unclosed HTML": unclosed_html,
    "script data": script_data,
    "Markdown images": markdown_images,
    "Markdown brackets": markdown_brackets,
    "labels before wide spaces": labels_before_wide_spaces,
    "record brackets": record_brackets,
    "pinyin": pinyin,
    "markers": markers,
    "noise lines": noise_lines,
    "control and bidi characters": controls_and_bidi,
    "places and dates": places_and_dates,
}
