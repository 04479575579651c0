"""How a figure is read: whether it is a goal or a result (`status`) and what it counts (`subject`).

Input: the sentence a figure stands in and the figure's span. Output: the status and the subject
of one target. The words are data (`targets.json`): goal and result cues, words that only contain
a cue (主要, 计划总投资), the nouns the genre counts (项目, 客商, 资金 ...), the scopes and verbs
trimmed from a subject. Rules follow the genre's grammar, not any page:

- status comes from the nearest cue in the figure's clause, before the figure and then after it
  (`18个项目将在大会上签约`); else from the figure before it in the sentence (`其中…` takes its
  total's status); else from the nearest cue earlier in the sentence, then later in it (`在…115家
  市直单位中,排名第四位`); else from the paragraph's figure before it. A share of a target
  (`完成年度目标任务589亿元的37.22%`) takes the clause's opening cue, not the target's.
- the subject is the noun phrase that governs the figure within its clause: the noun after a
  counted figure (`30个优势产业项目`, `5亿元以上项目`), else the words before it, without the time
  and place the clause is scoped to, the list the figure closes (`…、华中家具产业园2期等`), the
  qualifiers and the verbs of attainment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from builder.record.models import TargetStatus
from builder.resources import data_json

TARGETS = "targets.json"
_CLAUSE_MARKS = ",;:。!? \t"
_OPENING = "(【[「『"
_CLOSING = ")】]」』"
# Where the noun after a figure ends at the latest: a clause mark or the next figure (世界500强 is a noun).
_NOUN_END = re.compile(
    r"[,;:。!?()\s]|\d(?!\d*强)|、(?=[亿万]元)|[Xx×]{1,3}|[一二两三四五六七八九十百千]+[个家名位项条人]"
)
# A time a clause is scoped to: 1-7月份, 第一季度, 2023年度, 上半年, 截至6月底.
_LEADING_TIME = re.compile(
    r"^(?:截至|截止)?(?:(?:19|20)\d{2}年度?|\d{1,2}(?:[-—~至]\d{1,2})?月份?(?:底|末)?"
    r"|第?[一二三四1-4]季度|前三季度|[上下]半年|年初|年底)(?:以来|期间|末)?"
)
# 在深圳的招商推介会上, 在…活动中: where the figure was reached, not what it counts.
# No noun phrase after a figure is longer; the rest of a long sentence need not be searched.
_LONGEST_NOUN_AFTER = 48
_LONGEST_SUBJECT = 20
_SHORTENING_CUT = re.compile("[的之、]")
_BRACKET = re.compile(f"[{re.escape(_OPENING + _CLOSING)}]")
_UP_TO_LAST_MARK = re.compile(f".*[{re.escape(_CLAUSE_MARKS)}]", re.DOTALL)
_CLAUSE_END = re.compile(f"[{re.escape(_CLAUSE_MARKS + _CLOSING)}]")
_LOCATIVE = re.compile(r"^在[^在,;]{1,20}?(?:上|中|期间)(?=.)")
_LIST_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+、|\d{1,2}[、.](?!\d))")
_NUMBER_AND_COUNTER = re.compile(r"^[\d.]+[个家名位项条批]")


@dataclass(frozen=True)
class _Words:
    """A set of words and their lengths, longest first, to find one at either end of a text quickly."""

    words: frozenset[str]
    lengths: tuple[int, ...]

    @classmethod
    def of(cls, words: list[str]) -> _Words:
        return cls(frozenset(words), tuple(sorted({len(w) for w in words}, reverse=True)))

    def strip_start(self, text: str, unless: tuple[str, ...] = ()) -> str:
        """Without these words at its start, as often as they come, never leaving it empty."""
        while not text.startswith(unless):
            length = next((n for n in self.lengths if len(text) > n and text[:n] in self.words), 0)
            if not length:
                break
            text = text[length:]
        return text

    def strip_end(self, text: str, unless: tuple[str, ...] = ()) -> str:
        while text and not text.endswith(unless):
            length = next((n for n in self.lengths if text[-n:] in self.words), 0)
            if not length:
                break
            text = text[:-length]
        return text


@dataclass(frozen=True)
class _Vocabulary:
    scopes_and_verbs: _Words
    verbs: _Words
    endings: _Words
    not_cues: tuple[str, ...]
    not_qualifiers: tuple[str, ...]
    splits: tuple[str, ...]
    stops_leading: tuple[str, ...]
    stops: re.Pattern[str]
    counted: re.Pattern[str]
    counted_nouns: tuple[str, ...]
    verbs_before_object: tuple[str, ...]


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    """The words of targets.json that subjects are cut by, made once.

    A one-character qualifier is cut only at the end: at the start it is mostly a word's first
    character (超市, 近郊)."""
    data = data_json(TARGETS)

    def alternatives(words: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))

    long_qualifiers = [w for w in data["qualifiers_before"] if len(w) > 1]
    return _Vocabulary(
        scopes_and_verbs=_Words.of(data["subject_scopes"] + data["subject_verbs"] + long_qualifiers),
        verbs=_Words.of(data["subject_verbs"] + long_qualifiers),
        endings=_Words.of(data["subject_endings"] + data["qualifiers_before"]),
        not_cues=tuple(data["not_cues"]),
        not_qualifiers=tuple(data["not_qualifiers"]),
        splits=tuple(data["subject_splits"]),
        stops_leading=tuple(data["subject_stops_leading"]),
        stops=alternatives(data["subject_stops"]),
        counted=alternatives(data["counted_nouns"]),
        counted_nouns=tuple(data["counted_nouns"]),
        verbs_before_object=tuple(data["verbs_before_object"]),
    )


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], dict[str, str | None]]:
    """One pattern of every cue, longest first, so a word that only contains a cue (主要) hides it."""
    data = data_json(TARGETS)
    kinds: dict[str, str | None] = {w: None for w in data["not_cues"]}
    kinds.update({w: "goal" for w in data["goal_words"] if w not in kinds})
    kinds.update({w: "marker" for w in data["result_markers"] if w not in kinds})
    kinds.update({w: "result" for w in data["result_words"] if w not in kinds})
    words = sorted(kinds, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))), kinds


def _cue_spans(text: str) -> list[str]:
    """Goal, result or marker (a result word that outweighs a goal word before it) for each cue, in order."""
    pattern, kinds = _cues()
    return [kind for m in pattern.finditer(text) if (kind := kinds[m.group(0)])]


def _verdict(cues: list[str]) -> TargetStatus:
    """The status the cues before a figure give: the last goal word governs the verbs after it
    (力争引进 is a goal) unless a result marker follows it (力争…已, 已完成 are results)."""
    goal = max((i for i, kind in enumerate(cues) if kind == "goal"), default=-1)
    if goal < 0:
        return "result"
    return "result" if "marker" in cues[goal:] else "goal"


def _first(cues: list[str]) -> TargetStatus:
    """The status the cues after a figure give: the first one (18个项目将在大会上签约)."""
    return "goal" if cues[0] == "goal" else "result"


def clause_start(sentence: str, start: int) -> int:
    """Where the clause holding `start` begins: after the last clause mark or unclosed bracket before it."""
    if not _BRACKET.search(sentence, 0, start):
        last = _UP_TO_LAST_MARK.match(sentence, 0, start)
        return last.end() if last else 0
    depth = 0  # a mark inside a closed bracket (…(3000万元以上工业项目、亿元以上其它项目)161个) ends no clause
    for index in range(start - 1, -1, -1):
        char = sentence[index]
        if char in _CLOSING:
            depth += 1
        elif char in _OPENING:
            if depth == 0:
                return index + 1
            depth -= 1
        elif char in _CLAUSE_MARKS and depth == 0:
            return index + 1
    return 0


def clause_end(sentence: str, end: int) -> int:
    found = _CLAUSE_END.search(sentence, end)
    return found.start() if found else len(sentence)


def status(sentence: str, start: int, end: int, unit: str | None, previous: TargetStatus | None) -> TargetStatus:
    """Goal, result or unknown, from the cues around the figure at sentence[start:end]."""
    opening = clause_start(sentence, start)
    before = _cue_spans(sentence[opening:start])
    if before and unit == "%" and re.search(r"[\d个元项家名]的$", sentence[opening:start]):
        return _verdict(before[:1])  # a share of a target: 完成…目标45个的88.9%
    if before:
        return _verdict(before)
    after = _cue_spans(sentence[end : clause_end(sentence, end)])
    if after:
        return _first(after)
    if previous is not None:
        return previous
    earlier = _cue_spans(sentence[:opening])
    if earlier:
        return _verdict(earlier)
    later = _cue_spans(sentence[end:])
    return _first(later) if later else "unknown"


def deadline_status(sentence: str, start: int) -> TargetStatus:
    """A deadline is a task set, unless its clause says it was met (已于3月底前完成)."""
    before = sentence[clause_start(sentence, start) : start]
    return "result" if "已" in before else "goal"


def ranking_status(sentence: str, start: int, end: int) -> TargetStatus:
    """A ranking is obtained, unless its clause sets it as a goal (力争进入前三)."""
    cues = _cue_spans(sentence[clause_start(sentence, start) : start])
    return _verdict(cues) if cues else "result"


def subject(sentence: str, start: int, end: int, counted: bool, previous: tuple[int, str | None] | None) -> str | None:
    """What the figure at sentence[start:end] counts; `counted` for a counter (个, 名), not money or %.

    `previous` is the end and subject of the figure before it in the sentence: a figure that
    follows it directly (`5批40人次`, `目标45个的88.9%`) counts the same thing.
    """
    opening = clause_start(sentence, start)
    if previous is not None and previous[0] >= opening and sentence[previous[0] : start] in {"", "的"}:
        return previous[1]
    before = _trim(_without_brackets(sentence[opening:start]))
    if not before and opening > 1 and sentence[opening - 1] in ": \t":  # a label and its value: 自评得分:70分
        before = _trim(sentence[clause_start(sentence, opening - 1) : opening - 1])
    after = noun_after(sentence, end)
    if after and (not before or _stands_before_noun(sentence, start, end, counted, after)):
        return after
    return before or after


def _stands_before_noun(sentence: str, start: int, end: int, counted: bool, after: str) -> bool:
    """Whether the figure qualifies the noun after it: a count (30个项目), a threshold (5亿元以上项目),
    a figure joined by 的, one right before a counted noun (2000㎡厂房), or the object of 创造, 带动 …"""
    words = _vocabulary()
    return (
        counted
        or sentence[end - 2 : end] in {"以上", "以下"}
        or sentence[end : end + 1] == "的"
        or after.startswith(words.counted_nouns)
        or sentence[clause_start(sentence, start) : start].endswith(words.verbs_before_object)
    )


def noun_after(sentence: str, end: int) -> str | None:
    """The noun phrase a figure stands before (`120余名客商`), up to the last noun the genre counts."""
    text = sentence[end : end + _LONGEST_NOUN_AFTER].removeprefix("的")
    stop = _NOUN_END.search(text)
    text = text[: stop.start()] if stop else text
    words = _vocabulary()
    if text.startswith(words.stops_leading):
        return None
    stop = words.stops.search(text, 1)
    text = text[: stop.start()] if stop else text
    last = max((noun.end() for noun in words.counted.finditer(text)), default=0)
    return text[:last] or None


def _without_brackets(text: str) -> str:
    return re.sub(r"\([^()]*\)", "", text)


def _trim(text: str, keep_scope: bool = False) -> str | None:
    """The words before a figure without its list, scope, time, qualifiers and verbs of attainment;
    `keep_scope` for a ranking, whose scope (全省) is part of what it ranks in."""
    words = _vocabulary()
    text = _shortened(_LIST_NUMBER.sub("", _LOCATIVE.sub("", text.strip(" “”\"'、"))))
    if "等" in text:  # a list closed by 等 counts what follows it
        text = text.rsplit("等", 1)[1]
    for word in words.splits:
        cut = text.rfind(word)
        head = text[cut + len(word) :]
        if cut >= 0 and _trim_verbs(head) and not _inside_a_word(text, cut):
            text = head
    leading = words.verbs if keep_scope else words.scopes_and_verbs
    previous = None
    while text and text != previous:
        previous = text
        time = _LEADING_TIME.match(text)
        if time and time.end() < len(text):
            text = text[time.end() :]
        text = leading.strip_start(text, unless=words.not_cues)
        text = words.endings.strip_end(text, unless=words.not_qualifiers)
        text = text.strip(" “”\"'、")
    return _shortened(text) or None


def _inside_a_word(text: str, index: int) -> bool:
    """Whether text[index] belongs to a word that only contains a cue (公共, 中共, 共享)."""
    pattern, kinds = _cues()
    return any(m.start() <= index < m.end() and kinds[m.group(0)] is None for m in pattern.finditer(text))


def _trim_verbs(text: str) -> str:
    """Without the verbs of attainment and the modals at its start, unless they begin a noun (计划总投资)."""
    words = _vocabulary()
    return words.verbs.strip_start(text, unless=words.not_cues)


def _shortened(text: str) -> str:
    """A long run of words before a figure is cut at the first 的, 之 or 、 that leaves at most 20
    characters, never in the middle of a word."""
    if len(text) <= _LONGEST_SUBJECT:
        return text
    cut = _SHORTENING_CUT.search(text, len(text) - _LONGEST_SUBJECT - 1, len(text) - 1)
    return text[cut.end() :] if cut else text


def ranking_subject(sentence: str, start: int, end: int, scope: str | None) -> str | None:
    """What a ranking ranks in: its scope (排名台州市第一), the 在…中 before it, the noun after 第N大,
    or the words before it (获得…评比第2名, 地方政府之冠)."""
    if scope:
        return _trim(scope, keep_scope=True)
    before = sentence[clause_start(sentence, start) : start]
    among = re.search(r"在([^在,;。]{1,40}?)中,?\s*(?:排名|位列|位居|名列|居)?$", sentence[:start])
    if among:
        return _among(among.group(1))
    if sentence[end : end + 1] == "大":
        # 第一大外资来源地: the words after 大 name what is ranked, a noun the genre counts or not
        after = noun_after(sentence, end + 1) or re.split(r"[,;。、(]", sentence[end + 1 :], maxsplit=1)[0][:12]
        if after:
            return after
    if re.search("[是为]", before):
        before = re.split("[是为]", before)[-1]
    return _trim(before, keep_scope=True)


def _among(group: str) -> str | None:
    """`列入招商引资绩效考核的115家市直单位` → 市直单位: the group, without what qualifies it."""
    group = group.rsplit("的", 1)[-1]
    return _trim(_NUMBER_AND_COUNTER.sub("", group), keep_scope=True)


def deadline_subject(sentence: str, end: int) -> str | None:
    """The task a deadline sets: the words after it, without 要, 将 or 完成 at their start."""
    text = sentence[end:].lstrip(", ")
    text = re.split(r"[,;。(]", text, maxsplit=1)[0]
    return _trim_verbs(text)[:30] or None
