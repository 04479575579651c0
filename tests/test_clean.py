"""The cleaning steps, each on the real fragments it was made for."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import opencc
import pytest

from builder.clean import script, traditional
from builder.clean.clean import FURNITURE, _matches, clean, locate_damage
from builder.clean.punctuation import to_ascii_marks
from builder.clean.script import detect_script, to_simplified
from builder.clean.traditional import changed_bounds, code_points
from builder.resources import combined, compiled, data_json, data_text, data_tsv

ROOT = Path(__file__).resolve().parent.parent


def _body(text: str) -> list[str]:
    return [line.original for line in clean(text).body()]


def test_pinyin_goes_and_ordinary_parentheses_stay() -> None:
    page = clean(
        "隨州日?qǐng)?bào)訊(全媒記者張琴)全市招商引資工作專題會(huì)議召開,新一代網(wǎng)絡(luò)通信(智能物聯(lián))項目。"
    )
    assert [line.original for line in page.body()] == [
        "隨州日報訊(全媒記者張琴)全市招商引資工作專題會議召開,新一代網絡通信(智能物聯)項目。"
    ]
    assert page.counts.repaired == 1 and page.counts.pinyin_removed == 4


def test_unrecoverable_damage_is_marked_and_located() -> None:
    page = clean("要精準(zhǔn)開展鏈?zhǔn)秸猩蹋⒆汶S州產(chǎn)業(yè)基礎(chǔ)。")
    text, offsets, fragments = locate_damage(page.body()[0].simplified, page.counts.unrecoverable)
    assert text == "要精准开展链\ufffd州产业基础。"
    assert offsets == [6] and fragments == ["?zhǔn)秸猩蹋⒆汶S"]


def _marked_before_runs(run: str) -> bool:
    return any("\ue000" <= character <= "\uf8ff" or character == "\ufffd" for character in run)


def test_no_known_unrecoverable_run_holds_a_character_marked_before_the_runs() -> None:
    """`mark_unrecoverable` first turns each private-use character and U+FFFD into a placeholder (a private-use
    character itself), then replaces each known run of builder/data/damage_unrecoverable.tsv in one pass: a run
    holding such a character would never match, or would match a placeholder."""
    runs = [row["damaged"] for row in data_tsv("damage_unrecoverable.tsv")]
    assert runs and not [run for run in runs if _marked_before_runs(run)]
    assert _marked_before_runs("?zhǔn\ue001") and _marked_before_runs("成 \ufffd1縣")


def test_forum_jammer_is_removed_at_line_starts_and_ends() -> None:
    text = '全市招商引資工作專題會議召開 0 l" F$ p, a1 X5 S\n- f" k2 W0 `5 ~! C9 _ 市委副書記、市長胡志莉主持會議。\n|'
    page = clean(text)
    assert [line.original for line in page.body()] == [
        "全市招商引資工作專題會議召開",
        "市委副書記、市長胡志莉主持會議。",
    ]
    assert page.counts.noise_removed == 2


def test_injected_punctuation_is_removed() -> None:
    page = clean("近日,,省政府通報,,我市取得第一名,。國內(nèi),、國際500強")
    assert page.body()[0].original == "近日,省政府通報,我市取得第一名。國內、國際500強"
    assert page.counts.punctuation_removed == 4


def test_injected_keyword_lines_are_removed_and_the_sentence_rejoined() -> None:
    assert _body("為鼓勵地方政府招商,\n\n下酒菜\n\n,經濟部依據條例。") == ["為鼓勵地方政府招商,經濟部依據條例。"]


def test_paywall_markers_cut_and_count() -> None:
    page = clean(
        "年度计划完成\n……(文鼎文库www.wentop.com此处省略727字。不往下看了,点击下载全文)…… \n作观摩制度。\n"
        "预览结束,全文5006字,当前显示2267字,还剩2739字\n本文10\n 下载全文"
    )
    assert [(line.simplified, line.elided_before) for line in page.body()] == [
        ("年度计划完成", False),
        ("作观摩制度。", True),
    ]
    assert page.counts.truncated and page.counts.declared_length == 5006


@pytest.mark.parametrize(
    "prompt", ["已是会员？登录后继续阅读", "本文为付费内容，订阅后可阅读全文", "登录后查看全文", "剩余80%未读"]
)
def test_a_paywalls_or_a_previews_prompt_marks_the_text_cut_short_and_is_no_text(prompt: str) -> None:
    text = "青山市召开招商引资工作会议\n会议要求,全年新签约亿元以上项目50个。"
    for placed in (f"{text}\n{prompt}", f"{prompt}\n{text}"):
        page = clean(placed)
        assert [line.simplified for line in page.body()] == text.split("\n")
        assert page.counts.truncated


@pytest.mark.parametrize(
    "line",
    ["以上内容由AI生成，仅供参考", "（本文由AI辅助生成）", "摘要由AI智能生成，请注意甄别", "（图为签约仪式现场）"],
)
def test_an_ai_disclaimer_and_a_bracketed_caption_are_no_text(line: str) -> None:
    text = "青山市召开招商引资工作会议\n会议要求，全年新签约亿元以上项目50个。"
    assert _body(f"{text}\n{line}") == text.split("\n")
    assert _body(f"{line}\n{text}")[-1] == text.split("\n")[-1] and line not in _body(f"{line}\n{text}")


def test_a_sentence_about_ai_or_a_caption_inside_a_paragraph_stays() -> None:
    lines = ["我市利用AI生成的招商地图开展精准招商。", "（图为项目）我市新签约项目12个。"]
    assert _body("\n".join(lines)) == lines


@pytest.mark.parametrize(
    "line", ["项目总投资12亿元。已阅读3页，还剩5页未读", "本文为会员专享内容，以下为部分摘要：我市新签约项目12个。"]
)
def test_a_line_holding_a_prompt_and_a_sentence_of_the_text_stays(line: str) -> None:
    page = clean(f"青山市召开招商引资工作会议\n{line}")
    assert len(page.body()) == 2 and page.counts.truncated


def test_bylines_footers_and_navigation_are_furniture() -> None:
    page = clean(
        "您的位置:萧山网 > 新闻中心 > 正文\n标题在这里\n更新时间:2024-05-15 08:48:51 内容来源:萧山日报\n"
        "正文一段。\n作者:首席记者 黄婷 陈伟聪 编辑:汤圣洁\n[责任编辑:郭庆娜]\n版权所有,未经许可不得转载"
    )
    kinds = [(line.simplified[:4], line.kind) for line in page.lines]
    assert kinds == [
        ("您的位置", "boilerplate"),
        ("标题在这", "body"),
        ("更新时间", "meta"),
        ("正文一段", "body"),
        ("作者:首", "boilerplate"),
        ("[责任编", "boilerplate"),
        ("版权所有", "boilerplate"),
    ]


def test_each_furniture_alternation_matches_exactly_where_one_of_its_patterns_does() -> None:
    """`combined` groups the patterns anchored at the start under one `^`, and the cleaner tries those at the start
    apart from the rest; neither may change what matches."""
    lines = [
        form
        for path in sorted((ROOT / "corpus").glob("*/*.txt"))
        for line in to_simplified(path.read_text(encoding="utf-8")).splitlines()
        if line.strip()
        for form in (line.strip(), to_ascii_marks(line.strip()))  # the rules read the second
    ]
    keys = [key for key, value in data_json(FURNITURE).items() if isinstance(value, list) and key != "declared_length"]
    matched = 0
    for key in keys:
        alternation = re.compile(combined(FURNITURE, key))
        for line in lines:
            expected = any(pattern.search(line) for pattern in compiled(FURNITURE, key))
            assert (alternation.search(line) is not None) == expected, (key, line)
            assert _matches(key, line) == expected, (key, line)  # the start tried apart from the rest
            matched += expected
    assert matched > 100


def _tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_altered_names_table_is_what_the_reference_tables_and_opencc_give() -> None:
    """`altered_names.tsv` is derived data: made again by its tool whenever the division tables or OpenCC change."""
    tool = _tool("make_altered_names")
    assert data_text(tool.NAME) == tool.table_text(), "run `python tools/make_altered_names.py`"
    assert tool.altered_names()["干安县"] == ("乾安县", "乾安縣")


def test_a_division_name_t2s_alters_is_given_back_where_the_original_wrote_it_without_loading_s2t() -> None:
    restored = subprocess.run(
        [sys.executable, "-c", _RESTORED], capture_output=True, text=True, check=True, encoding="utf-8"
    )
    assert json.loads(restored.stdout) == {
        "converted": ["吉林省乾安县招商引资推介会", "河南省浚县、云南省澄江市", "苦干实干"],
        "s2t loaded": False,
    }


# In a fresh process, since the test session may have loaded s2t already.
_RESTORED = """
import json
from builder.clean import script
texts = ["吉林省乾安縣招商引資推介會", "河南省濬縣、雲南省澄江市", "苦幹實幹"]
converted = [script.to_simplified(t) for t in texts]
print(json.dumps({"converted": converted, "s2t loaded": bool(script._s2t.cache_info().currsize)}))
"""


def test_the_s2t_tables_are_what_opencc_gives() -> None:
    """`s2t_characters.tsv`, `s2t_phrase_pairs.tsv` and `s2t_words.tsv` are derived data: made again by their tool
    whenever OpenCC or topic.json's words change."""
    tool = _tool("make_s2t_tables")
    assert data_text(tool.CHARACTERS) == tool.characters_text(), "run `python tools/make_s2t_tables.py`"
    assert data_text(tool.PAIRS) == tool.pairs_text(), "run `python tools/make_s2t_tables.py`"
    assert data_text(tool.WORDS) == tool.words_text(), "run `python tools/make_s2t_tables.py`"
    assert data_text(tool.VERSION) == tool.version_text(), "run `python tools/make_s2t_tables.py`"
    changed = tool.alone()
    assert (changed["发"], changed["干"], "周" in changed) == ("發", "幹", False)
    pairs = tool.phrase_pairs(changed)
    # 头发 → 頭髮, 干涉 → 干涉, 周末 → 週末: each converts its character otherwise than alone
    assert {("头发", "second"), ("干涉", "first"), ("周末", "first")} <= pairs
    assert ("发展", "first") not in pairs  # 發展: as alone


def _s2t_changed(text: str) -> int:
    converted = opencc.OpenCC("s2t").convert(text)
    assert len(converted) == len(text)
    return sum(a != b for a, b in zip(text, converted, strict=True))


def test_what_s2t_changes_lies_within_the_tables_bounds() -> None:
    """On every shipped capture and on phrases s2t converts otherwise than character by character; a text with a
    compatibility ideograph or a lone surrogate is left to s2t."""
    shipped = sorted((ROOT / "corpus").glob("*/*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in shipped]
    phrases = ["头发", "干涉", "公里", "周末", "签约", "面条", "台湾", "后来的皇后"]
    exact = 0
    for text in [*texts, *phrases, "".join(phrases), "發展头发"]:
        bounds = changed_bounds(text, code_points(text))
        assert bounds is not None
        fewest, most = bounds
        assert fewest <= _s2t_changed(text) <= most, text[:20]
        exact += fewest == most
    assert exact >= 5  # texts where no phrase can convert a character otherwise are told exactly
    assert changed_bounds("干涉", code_points("干涉")) == (0, 1)  # 幹 alone, 干 in the phrase
    assert changed_bounds("发展", code_points("发展")) == (1, 1)  # 發展
    assert changed_bounds("发\uf900展", code_points("发\uf900展")) is None  # 豈, normalized first
    assert changed_bounds("发\ud800", code_points("发\ud800")) is None


def test_with_another_opencc_than_the_tables_s2t_itself_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another OpenCC's dictionaries may convert otherwise: no bound, no looked-up word, s2t's own answers."""
    monkeypatch.setattr(opencc, "__version__", "0.0.1")
    traditional.made_for_installed_opencc.cache_clear()
    script._known_words.cache_clear()
    try:
        assert changed_bounds("发展", code_points("发展")) is None
        assert script.to_traditional("签约") == "簽約"
        assert script._known_words() == {}
    finally:
        traditional.made_for_installed_opencc.cache_clear()
        script._known_words.cache_clear()


def test_script_is_s2t_s_label_where_the_bounds_disagree() -> None:
    """Five 干涉 among 96 Han characters: s2t leaves them (0 changed), character by character they would be
    5 of 96, over the 0.04 that makes a Traditional text mixed."""
    text = "國" * 5 + "干涉" * 5 + "人" * 81
    assert changed_bounds(text, code_points(text)) == (0, 5)
    assert detect_script(text, to_simplified(text)) == "traditional"


def test_the_script_of_every_shipped_capture_is_told_without_loading_s2t() -> None:
    found = subprocess.run([sys.executable, "-c", _SCRIPTS], capture_output=True, text=True, check=True, cwd=ROOT)
    assert json.loads(found.stdout) == {"traditional": 28, "simplified": 47, "s2t loaded": False}


# In a fresh process, since the test session may have loaded s2t already.
_SCRIPTS = """
import collections, json
from pathlib import Path
from builder.clean import script
from builder.run import pipeline
from builder.read.capture import Inputs
scripts = collections.Counter()
for item in Inputs([Path("corpus/seeds"), Path("corpus/wild")]):
    outcome = pipeline.parse_input(item)
    if outcome.article is not None:
        scripts[outcome.article.script] += 1
print(json.dumps({**scripts, "s2t loaded": bool(script._s2t.cache_info().currsize)}))
"""
