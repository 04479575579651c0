"""Patterns written for speed find exactly what their plain forms find.

Several patterns start with the character they must match and test what comes before it with a
lookbehind placed after it, because the regex engine can then jump from candidate to candidate in
C instead of testing a lookbehind at every position. Each is checked here against the plain form
it replaced, span for span: on every short string made of the pieces it cares about, and on every
shipped capture.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builder.clean import clean, punctuation
from builder.fields import amounts, industries, people, regions, targets
from builder.fields import target_reading as reading
from builder.prefilter import (
    anchored_at_lines,
    behind_start_test,
    first_characters,
    prefilter,
    required_words,
    start_test,
)
from builder.resources import combined, data_json
from builder.run import native
from builder.sources.base import _across_lines, _outlet_patterns

# The plain forms are written out here, not built from the modules' constants, so a change to one
# of those constants cannot change both sides of a comparison at once.
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = rf"[a-zü]*[{_TONE}][a-zü]*"
_TOKEN = r"[\x21-\x7e]{1,3}"
_CHINESE_SIDE = rf"[{_CJK}\u201c\u201d\u2018\u2019\u300a\u300b\u300c\u300d\u3001\u3002\ufffd\ue000-\uf8ff]"
PLAIN = {
    "pinyin annotation": (
        clean.PINYIN_ANNOTATION,
        rf"(?<=[{_CJK}\ue000-\uf8ff])\({_SYLLABLE}\)",
        0,
        ["中", "\ue001", "a", "(", "ā", ")"],
        6,
    ),
    "split annotation": (
        clean.SPLIT_ANNOTATION_END,
        rf"(?<=[{_CJK}])\([a-zü{_TONE}]{{0,5}}$",
        re.M,
        ["中", "a", "(", "ā", "\n", "abcdef"],
        6,
    ),
    "underscore": (clean.UNDERSCORE_BETWEEN_CJK, rf"(?<=[{_CJK}])_+(?=[{_CJK}])", 0, ["中", "_", "a", "\n"], 7),
    "jammer at a line end": (
        clean.JAMMER_END,
        rf"(?<=[^\x00-\x7f])[ \t]*{_TOKEN}(?: {_TOKEN}){{3,}}[ \t]*$",
        re.M,
        ["中", "a", "ab", "abcd", " a", " ", "\t", "\n"],
        6,
    ),
    "marks after Chinese": (
        punctuation._MARK_AFTER_CHINESE,
        rf"(?<={_CHINESE_SIDE})[,:;?!]+|[,:;]+(?={_CHINESE_SIDE})",
        0,
        ["中", "“", "。", "a", ",", ";", "?", "!"],
        6,
    ),
}
CAPTURES = sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*/*.txt"))


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@pytest.mark.parametrize("name", PLAIN)
def test_each_fast_pattern_finds_what_its_plain_form_finds_in_every_short_string(name: str) -> None:
    """Every string of up to a few pieces: exhaustive, so a near-miss cannot hide in a random sample."""
    fast, plain, flags, pieces, longest = PLAIN[name]
    reference = re.compile(plain, flags)
    for size in range(1, longest + 1):
        for combination in itertools.product(pieces, repeat=size):
            text = "".join(combination)
            assert _spans(fast, text) == _spans(reference, text), text


def test_the_fast_patterns_agree_with_their_plain_forms_on_every_shipped_capture() -> None:
    texts = [path.read_text(encoding="utf-8") for path in CAPTURES]
    assert len(texts) == 80
    matched = dict.fromkeys(PLAIN, 0)
    for text in texts:
        for name, (fast, plain, flags, _, _) in PLAIN.items():
            spans = _spans(fast, text)
            assert spans == _spans(re.compile(plain, flags), text), name
            matched[name] += len(spans)
    # The captures exercise the patterns that matter most: commas after Chinese, pinyin, jammers.
    assert matched["marks after Chinese"] > 1000 and matched["pinyin annotation"] > 100, matched
    assert matched["jammer at a line end"] > 0, matched


_PLAIN_ASCII_MARKS = str.maketrans(dict(zip("\uff0c\uff1a\uff1b\uff1f\uff01\uff08\uff09", ",:;?!()", strict=True)))


@given(st.text(alphabet="\uff0c\uff1a\uff1b\uff1f\uff01\uff08\uff09,:;?!()中a\n\uff5b", max_size=40))
def test_marks_made_ascii_by_replacement_are_what_translation_gives(text: str) -> None:
    """The shipped captures bring their marks in ASCII already; generated lines mix both forms."""
    assert punctuation.to_ascii_marks(text) == text.translate(_PLAIN_ASCII_MARKS)


@given(
    st.lists(
        st.text(
            alphabet="来源:：新华社日报 www.abc.cn首页>\u4e00()本微信公众号发转自记者站您的位置网文库在线", max_size=30
        ),
        max_size=6,
    )
)
def test_an_outlet_pattern_searched_over_joined_lines_misses_no_line_that_matches(lines: list[str]) -> None:
    for _, gated, anywhere in _outlet_patterns():
        pattern, required = gated.pattern, gated.words
        if anywhere is not None and any(pattern.search(line) for line in lines):
            assert anywhere.search("\n".join(lines)), pattern.pattern
        for line in lines:
            match = pattern.search(line)
            assert match is None or required is None or required.search(match.group(0)), pattern.pattern


@pytest.mark.parametrize(
    ("pattern", "lines"),
    [
        (r"(?<!\n)社", ["x", "社"]),  # a negative lookbehind that sees the newline
        (r"社(?!\n)", ["社", "x"]),
        (r"社\s*+$", ["新华社", " x"]),  # a possessive quantifier keeps the newline it took
        (r"社(?>\s*)$", ["新华社", " x"]),  # so does an atomic group
        (r"社(?-m:$)", ["新华社", "x"]),  # a flag turned off inside the pattern
        (r"社(?=(\s*))\1$", ["新华社", " x"]),  # a backreference to what a lookahead took
        (r"社\Z", ["新华社", "x"]),
    ],
)
def test_patterns_a_newline_could_break_are_searched_line_by_line(pattern: str, lines: list[str]) -> None:
    """Each shape matches a line alone and not the lines joined, so it must be refused."""
    assert any(re.search(pattern, line) for line in lines)
    assert not re.search(pattern, "\n".join(lines), re.MULTILINE)
    assert _across_lines(pattern) is None


def test_patterns_a_newline_cannot_break_are_searched_over_joined_lines() -> None:
    assert _across_lines(r"^(?P<outlet>\w+网)$") is not None and _across_lines(r"来源\s*:") is not None


@pytest.mark.parametrize(
    ("pattern", "anchored"),
    [
        (r"^a", True),
        (r"a$", True),
        (r"(?:^|\s)社", True),
        (r"(?=^x)社", True),
        (r"(?i:^copyright)", True),
        (r"x(?:y|$)", True),
        (r"来源\s*:", False),
        (r"[$^]社", False),  # in a class they are characters
        (r"\A社\Z", False),  # MULTILINE leaves the text's own ends alone
    ],
)
def test_patterns_with_a_line_anchor_are_those_multiline_changes(pattern: str, anchored: bool) -> None:
    assert anchored_at_lines(pattern) is anchored
    if not anchored:  # the same matches with MULTILINE or without, so one compiled pattern serves both searches
        for text in ("社\na\n社x\n$^社\n社", "a\ncopyright 社\n"):
            assert [m.span() for m in re.finditer(pattern, text, re.MULTILINE)] == [
                m.span() for m in re.finditer(pattern, text)
            ]


def test_an_outlet_pattern_without_a_line_anchor_is_compiled_once_for_both_searches() -> None:
    joined = [(gated.pattern, anywhere.pattern) for _, gated, anywhere in _outlet_patterns() if anywhere is not None]
    shared = [line for line, lines in joined if lines is line]
    multiline = [lines for line, lines in joined if lines is not line]
    assert shared and multiline  # the shipped outlets.json has patterns of both kinds
    assert [line.pattern for line in shared if anchored_at_lines(line.pattern)] == []
    assert all(lines.flags & re.MULTILINE and anchored_at_lines(lines.pattern) for lines in multiline)


def test_furniture_patterns_that_refer_to_groups_cannot_be_combined(monkeypatch: pytest.MonkeyPatch) -> None:
    import builder.resources as resources

    files = {"a.json": {"refers": [r"(?P<n>x)(?P=n)", "y"], "escaped": [r"\(?P<n>", r"(?P<n>\d+)字"]}}
    monkeypatch.setattr(resources, "data_json", files.__getitem__)
    with pytest.raises(ValueError, match="refers to a group"):
        resources.combined.__wrapped__("a.json", "refers")
    escaped = resources.combined.__wrapped__("a.json", "escaped")
    # `\(?P<n>` is an optional "(" then "P<n>", not a group: it stays as written.
    assert r"(?:\(?P<n>)" in escaped and re.search(escaped, "P<n>") and re.search(escaped, "全文12字")


def _data_patterns() -> list[tuple[str, str, int]]:
    """(label, pattern, flags) of every rule searched behind a prefilter."""
    patterns = [
        (f"outlet {rule['pattern'][:30]}", rule["pattern"], 0) for rule in data_json("outlets.json")["patterns"]
    ]
    patterns += [(f"fiction {cue['name']}", cue["pattern"], re.M) for cue in data_json("topic.json")["fiction"]]
    keys = [key for key, value in data_json(clean.FURNITURE).items() if isinstance(value, list)]
    patterns += [(f"furniture {key}", combined(clean.FURNITURE, key), 0) for key in keys]
    return patterns


@pytest.mark.parametrize(("label", "pattern", "flags"), _data_patterns())
def test_every_match_of_a_data_pattern_holds_a_word_its_prefilter_searches_for(
    label: str, pattern: str, flags: int
) -> None:
    """On every line of every shipped capture, and every string of up to 4 pieces made of its words."""
    compiled, needed = re.compile(pattern, flags), prefilter(pattern, flags)
    if needed is None:
        return
    words = sorted(required_words(pattern, flags) or ())
    texts = [line for path in CAPTURES for line in path.read_text(encoding="utf-8").split("\n")]
    pieces = [*words, "中中", "他", "说道", "社", "发", " ", "a", ":", "\uff1a", "“", "1", "www.", ".ab"]
    longest = 4 if len(pieces) <= 24 else 3  # every word, in strings of as many pieces as stay quick
    texts += ["".join(joined) for size in range(1, longest + 1) for joined in itertools.product(pieces, repeat=size)]
    for text in texts:
        for match in compiled.finditer(text):
            assert needed.search(match.group(0)), (label, match.group(0))


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        ("abc", {"abc"}),
        ("a[0-9]+bcd", {"bcd"}),  # the longest run
        ("(?:x|yz)w?", {"x", "yz"}),  # one word of each branch
        ("(?:x|y*)q", {"q"}),  # a branch that can match nothing is no requirement
        ("(?:ab)?c", {"c"}),  # nor is an optional group
        ("(?:ab)+c?", {"ab"}),  # a group repeated at least once is
        ("[ab]x?", {"a", "b"}),  # a small class
        ("[:：]“", {":“", "：“"}),  # characters and small classes spell words together
        ("[ab][cd]", {"ac", "ad", "bc", "bd"}),
        ("[a-z][a-z]", set("abcdefghijklmnopqrstuvwxyz")),  # but not past a few dozen words
        ("[^ab]", None),  # a negated one says nothing
        (r"\d+", None),
        ("(?<=abc)d", {"d"}),  # a lookbehind's text is not the match's
        ("(?i)abc", None),  # folded case: the text may hold ABC
        ("(?i:ab)c", {"c"}),
        ("(?P<n>甲乙)丙", {"甲乙"}),  # runs do not join across a group; the longer wins
    ],
)
def test_prefilter_words_are_those_every_match_must_contain(pattern: str, words: set[str] | None) -> None:
    assert required_words(pattern) == (frozenset(words) if words is not None else None)


def test_the_quantity_pattern_finds_what_it_finds_without_its_test_of_the_first_character() -> None:
    fast, plain = targets._quantity(), re.compile(targets._quantity_pattern())
    pieces = ["达", "1", "-", "X", "×", "一", "十", "上", "万", "亿元", "项目", "连续", "第", "年"]
    assert _same_spans_in_sentences(fast, plain, pieces) > 1000


def _same_spans_in_sentences(fast: re.Pattern[str], plain: re.Pattern[str], pieces: list[str]) -> int:
    """How many spans both patterns find in the captures' sentences and every join of up to 4 pieces,
    asserting they find the same ones."""
    texts = [path.read_text(encoding="utf-8") for path in CAPTURES]
    sentences = [sentence for text in texts for line in text.split("\n") for sentence in targets._sentences(line)]
    sentences += ["".join(joined) for size in range(1, 5) for joined in itertools.product(pieces, repeat=size)]
    found = 0
    for sentence in sentences:
        spans = _spans(fast, sentence)
        assert spans == _spans(plain, sentence), sentence
        found += len(spans)
    return found


def test_the_industry_vocabulary_finds_what_it_finds_without_its_test_of_the_first_character() -> None:
    fast, names = industries.vocabulary()
    plain = re.compile("(?=(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + "))")
    texts = [path.read_text(encoding="utf-8") for path in CAPTURES] + list(names) + ["A" + name for name in names]
    found = 0
    for text in texts:
        words = [(match.start(), match.group(1)) for match in fast.finditer(text)]
        assert words == [(match.start(), match.group(1)) for match in plain.finditer(text)]
        found += len(words)
    assert found > len(names)


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        ("abc", "a"),
        ("(?:ab)?c", "ac"),  # an optional start adds what follows it
        ("(?<=x)[0-9]|y", "0-9y"),  # a lookbehind is no character of the match
        (r"-?\d+", r"\-\d"),
        ("(?:甲|乙丙)*丁", "丁乙甲"),
        ("a*", None),  # a match may be empty
        ("[^a]b", None),  # or start with almost anything
        (".x", None),
        ("(?i)a", None),
    ],
)
def test_first_characters_are_those_a_match_can_start_with(pattern: str, starts: str | None) -> None:
    assert first_characters(pattern) == starts
    if starts is not None:  # and the test in front of the pattern changes none of its matches
        fast = behind_start_test(pattern)
        for text in ["", "abc", "xy5", "-12", "乙丙丁甲丁", "ac", "yy0"]:
            assert _spans(fast, text) == _spans(re.compile(pattern), text)


def test_the_start_test_guards_every_branch_of_an_alternation() -> None:
    """In front of `a|b` alone, the test would guard `a` only, and `b` be tried at every character."""
    assert behind_start_test("(?<=x)[0-9]|y").pattern == "(?=[0-9y])(?:(?<=x)[0-9]|y)"
    assert behind_start_test("[^a]b|c").pattern == "[^a]b|c"  # no test known: the pattern as it is


def _without_start_test(fast: re.Pattern[str]) -> re.Pattern[str]:
    """The plain pattern `behind_start_test` put its test of the first character in front of, grouped."""
    test = re.match(r"\(\?=\[(?:\\.|[^\]\\])*\]\)\(\?:", fast.pattern)
    assert test is not None and fast.pattern.endswith(")"), fast.pattern
    plain = fast.pattern[test.end() : -1]
    assert start_test(plain, fast.flags) + "(?:" == test.group(0)
    return re.compile(plain, fast.flags)


@pytest.mark.parametrize("name", ["ranking", "deadline"])
def test_the_target_patterns_behind_a_start_test_find_what_they_find_without_it(name: str) -> None:
    fast = targets._ranking() if name == "ranking" else targets._DEADLINE
    plain = _without_start_test(fast)
    pieces = ["第", "1", "名", "前", "十", "位居", "全省", "到", "2025", "年", "底", "月", "增"]
    assert _same_spans_in_sentences(fast, plain, pieces) > 100


def _low_end_of_its_own(sentence: str, value_text: str) -> re.Match[str] | None:
    """The low end as found before: with a pattern compiled for the figure's own digits."""
    own = amounts._low_end(value_text).finditer(sentence)
    return next((match for match in own if not amounts._kept_whole_by_targets(match)), None)


def _read(match: re.Match[str] | None) -> tuple[tuple[int, int], dict[str, str | None]] | None:
    if match is None:
        return None
    return match.span(), {name: match.group(name) for name in ("low", "low_unit", "mark", "high")}


def test_one_low_end_pattern_for_every_figure_finds_what_each_figures_own_pattern_finds() -> None:
    pieces = ["3", "5", "3.5", "50", "-", "~", "至", "到", "—", "万", "亿", "元", " ", "三", "五", "第", "."]
    sentences = ["".join(joined) for size in range(1, 5) for joined in itertools.product(pieces, repeat=size)]
    texts = [path.read_text(encoding="utf-8") for path in CAPTURES]
    sentences += [s for text in texts for line in text.split("\n") for s in targets._sentences(line) if "-" in s]
    found = 0
    for sentence in sentences:
        for value_text in {*re.findall(r"\d+(?:\.\d+)?", sentence), "5", "-5", "3亿5000万"}:
            mine = amounts._low_end_before(sentence, value_text)
            assert _read(mine) == _read(_low_end_of_its_own(sentence, value_text)), (sentence, value_text)
            found += mine is not None
    assert found > 1000


def test_bare_speakers_are_those_found_without_the_test_of_what_may_be_credited(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [path.read_text(encoding="utf-8") for path in CAPTURES]
    texts += ["【王小明】:我们要招商。", "会上,时长健通报了全年招商情况。", "艾尔肯·吐尼亚孜就招商工作强调,要抓项目。"]
    source = native.pure("builder.fields.people")  # compiled, people would call its own _may_be_credited
    fast = [source._bare_speakers(text) for text in texts]
    monkeypatch.setattr(source, "_may_be_credited", lambda text, start: True)
    plain = [source._bare_speakers(text) for text in texts]
    assert fast == plain
    assert sum(map(len, fast)) >= 3


@pytest.mark.parametrize(
    ("words", "text", "starts"),
    [
        (("的", "在"), "张三的话在A", [2, 4, 5]),
        (("", "的", "同志"), "张三同志的A", [2, 4, 5]),
        (("同志", "同志们", "的"), "同志们的A", [0, 3, 4]),
    ],
)
def test_where_a_word_that_may_follow_a_name_starts(words: tuple[str, ...], text: str, starts: list[int]) -> None:
    """The words that may follow a name come from people.json: words of one character only, or an empty word
    left in by an edit, still give a pattern, which finds each such word's start and each non-Han character."""
    pattern = re.compile(people._where_a_word_starts(words))
    assert [match.start() for match in pattern.finditer(text)] == starts


# Subjects' words: the cuts test a text's first or last characters, or search for any word, before the loop over
# every word or length they stand for. Their plain forms are the loops alone.
def _plain_strip_start(words: reading._Words, text: str, unless: tuple[str, ...] = ()) -> str:
    while True:
        fits = (n for n in words.lengths if len(text) > n + 1 and text[:n] in words.words and text[n] != "的")
        length = next(fits, 0)
        if not length or (text.startswith(unless) and max(len(w) for w in unless if text.startswith(w)) >= length):
            return text
        text = text[length:]


def _plain_strip_end(words: reading._Words, text: str, unless: tuple[str, ...] = ()) -> str:
    while text and not text.endswith(unless):
        length = next((n for n in words.lengths if text[-n:] in words.words), 0)
        if not length:
            return text
        text = text[:-length]
    return text


def _plain_without_leading_place(text: str) -> str:
    for length in range(min(len(text) - 2, reading._LONGEST_PLACE), 2, -1):
        if text[:length] in reading._full_places():
            rest = text[length:]
            return rest[1:] if rest.startswith("的") and len(rest) > 2 else rest
    return text


def _subject_pieces() -> list[str]:
    words = reading._vocabulary()
    places = sorted(reading._places())
    pieces = [*words.scopes_and_verbs.words, *words.endings.words, *words.splits, *words.not_cues, *places[::97]]
    return sorted({*pieces, "的", "项目", "签约", "为", "是", "、", "12个", "全市"})


_SUBJECT = st.lists(st.sampled_from(_subject_pieces()), max_size=6).map("".join)


@given(_SUBJECT)
def test_word_ends_tested_by_their_characters_are_cut_as_by_every_length(text: str) -> None:
    words = reading._vocabulary()
    for listed in (words.scopes_and_verbs, words.verbs, words.endings):
        assert listed.strip_start(text) == _plain_strip_start(listed, text)
        assert listed.strip_start(text, unless=words.not_cues) == _plain_strip_start(listed, text, words.not_cues)
        assert listed.strip_end(text) == _plain_strip_end(listed, text)
        assert listed.strip_end(text, unless=words.not_qualifiers) == _plain_strip_end(
            listed, text, words.not_qualifiers
        )
    assert bool(words.any_split.search(text)) == any(split in text for split in words.splits)


@given(_SUBJECT)
def test_a_leading_place_found_by_its_first_characters_is_found_by_every_length(text: str) -> None:
    assert reading._without_leading_place(text) == _plain_without_leading_place(text)


def test_every_place_a_subject_can_open_or_end_with_passes_the_test_of_its_characters() -> None:
    for name in reading._full_places():
        if len(name) >= 3:
            assert reading._without_leading_place(f"{name}签约项目") != f"{name}签约项目", name
    for name in reading._places():
        assert reading._without_place(f"增速为{name}的") != f"增速为{name}的", name


_NO_CHINESE_LINE = r"^(?!\D*\d.*\|)[^\u4e00-\u9fff]*$"  # the plain form: a line with no Chinese, no table's row


def _no_chinese_line_as_shipped() -> str:
    """The boilerplate pattern for a line with no Chinese, as the data writes it: behind the test that no Chinese
    follows, which most lines fail at their first character (the table's row test reads the whole line)."""
    guarded = r"^(?=[^\u4e00-\u9fff]*$)"
    return next(p for p in data_json("page_furniture.json")["boilerplate_lines"] if p.startswith(guarded))


def test_a_line_with_no_chinese_is_tested_for_chinese_first_and_matches_as_before() -> None:
    fast, plain = re.compile(_no_chinese_line_as_shipped()), re.compile(_NO_CHINESE_LINE)
    for size in range(1, 7):
        for combination in itertools.product(["中", "a", "1", "|", " ", "\n"], repeat=size):
            text = "".join(combination)
            assert _spans(fast, text) == _spans(plain, text), text


def test_the_boilerplate_lines_match_every_shipped_line_as_with_the_plain_form() -> None:
    """The combined test of the lines' start, span for span, on every line of the shipped captures."""
    at_start = clean._furniture("boilerplate_lines").at_start
    assert at_start is not None
    plain = re.compile(at_start.pattern.replace(_no_chinese_line_as_shipped()[1:], _NO_CHINESE_LINE[1:]))
    assert plain.pattern != at_start.pattern
    lines = [line for path in CAPTURES for line in path.read_text(encoding="utf-8").splitlines()]
    spans = [_first_span(at_start, line) for line in lines]
    assert spans == [_first_span(plain, line) for line in lines]
    assert sum(span is not None for span in spans) > 20


def _first_span(pattern: re.Pattern[str], line: str) -> tuple[int, int] | None:
    found = pattern.match(line)
    return found.span() if found else None


@pytest.mark.parametrize("words", [("赴", "前往", "到", "去", "抵达", "在"), ("来自",), ("省会", "首府"), ()])
def test_words_before_a_place_are_found_as_the_pattern_anchored_at_the_end_of_the_two_characters_found_them(
    words: tuple[str, ...],
) -> None:
    """`regions._words_end_before` against the search it replaced, `(?:words)$` in the two characters before a
    name, at every position of every string of up to five pieces (line breaks too: `$` holds before a final one)."""
    plain = re.compile(f"(?:{'|'.join(map(re.escape, words)) or '(?!)'})$")
    for size in range(1, 6):
        for combination in itertools.product(["赴", "前往", "来自", "首府", "\n", "中"], repeat=size):
            text = "".join(combination)
            for start in range(len(text) + 1):
                expected = plain.search(text[max(0, start - 2) : start]) is not None
                assert regions._words_end_before(text, start, words) == expected, (text, start)
