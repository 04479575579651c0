"""How a figure is read: whether it is a goal or a result (`status`) and what it counts (`subject`).

Input: the sentence a figure stands in and the figure's span. Output: the status and the subject
of one target. The words are data (`targets.json`): goal and result cues, words that only contain
a cue (主要, 计划总投资), the nouns the genre counts (项目, 客商, 资金 ...), the scopes and verbs
trimmed from a subject. Rules follow the genre's grammar, not any page:

- status comes from the nearest cue in the figure's clause, before the figure and then after it
  (`18个项目将在大会上签约`); else from the figure before it in the sentence (`其中…` takes its
  total's status); else from the nearest cue earlier in the sentence, then later in it (`在…115家
  市直单位中,排名第四位`); else from the paragraph's figure before it. A share of a target
  (`完成年度目标任务589亿元的37.22%`) takes the clause's opening cue, not the target's, and is reached
  when none stands before the target (`占年度目标的78%`). A figure in a sentence that opens with a
  period already reported (`今年以来`, `1-9月`, `截至9月底`) is a result when its own clause does not
  decide it; a section's heading (`下一步工作打算`, `工作完成情况`) gives the status no cue gives.
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
from builder.resources import data_json, data_tsv

TARGETS = "targets.json"
_CLAUSE_MARKS = ",;:。!? \t"
_OPENING = "(【[「『"
_CLOSING = ")】]」』"
# What may follow a noun that ends its clause: a clause mark, a closing bracket, the sentence's end.
_CLAUSE_ENDS = frozenset([*_CLAUSE_MARKS, *_CLOSING, ""])
# Where the noun after a figure ends at the latest: a clause mark or the next figure (世界500强 is a noun).
# A list of nouns (30名优秀企业家、知名专家学者) is counted whole; one that begins with 、 is the next item's.
_NOUN_END = re.compile(
    r"[,;:。!?()\s]|\d(?!\d*强)|、(?=[亿万]元)|[Xx×]{1,3}|[一二两三四五六七八九十百千]+[个家名位项条人]"
)
# A time a clause is scoped to: 1-7月份, 第一季度, 2023年度, 上半年, 截至6月底, 到5月份.
_LEADING_TIME = re.compile(
    r"^(?:截至|截止|到)?(?:(?:19|20)\d{2}年度?|\d{1,2}(?:[-—~至]\d{1,2})?月份?(?:底|末)?"
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
_LIST_CLOSER = re.compile(r"等(?![奖级次])")
_LIST_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+、|\d{1,2}[、.](?!\d))")
_NUMBER_AND_COUNTER = re.compile(r"^[\d.]+[个家名位项条批]")


@dataclass(frozen=True)
class _Words:
    """A set of words and their lengths, longest first, to find one at either end of a text quickly."""

    words: frozenset[str]
    lengths: tuple[int, ...]
    # the characters the words begin and end with: a text beginning (ending) with none of them holds no word
    # there, found by one look-up instead of one slice a length
    firsts: frozenset[str]
    lasts: frozenset[str]

    @classmethod
    def of(cls, words: list[str]) -> _Words:
        lengths = tuple(sorted({len(w) for w in words}, reverse=True))
        return cls(frozenset(words), lengths, frozenset(w[0] for w in words if w), frozenset(w[-1] for w in words if w))

    def strip_start(self, text: str, unless: tuple[str, ...] = ()) -> str:
        """Without these words at its start, as often as they come, never leaving less than two characters
        (完成率 is no 率), nor before 的 (完成的任务: what was done)."""
        while text[:1] in self.firsts:
            length = next(
                (n for n in self.lengths if len(text) > n + 1 and text[:n] in self.words and text[n] != "的"), 0
            )
            if not length or (text.startswith(unless) and max(len(w) for w in unless if text.startswith(w)) >= length):
                break  # a longer word only contains it (计划总投资), unless a verb is longer still (共建成)
            text = text[length:]
        return text

    def strip_end(self, text: str, unless: tuple[str, ...] = ()) -> str:
        while text[-1:] in self.lasts and not text.endswith(unless):
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
    # any of the splits: one search in C tells the most subjects, which hold none, from the loop over them
    any_split: re.Pattern[str]
    stops_leading: tuple[str, ...]
    stops: re.Pattern[str]
    counted: re.Pattern[str]
    counted_nouns: tuple[str, ...]
    verbs_before_object: tuple[str, ...]
    series_marks: tuple[str, ...]
    series_links: frozenset[str]
    scheme_each: str
    scheme_weight: str
    limits: frozenset[str]
    object_verbs: frozenset[str]
    agents: re.Pattern[str]
    capacity: re.Pattern[str]
    follow_on: frozenset[str]
    change_from: str
    causatives: tuple[str, ...]
    scheme_by: str
    scheme_points: re.Pattern[str]
    scheme_reckon: re.Pattern[str]
    scheme_operators: re.Pattern[str]
    share_verbs: tuple[str, ...]
    threshold_leads: tuple[str, ...]
    done_words: frozenset[str]


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
        any_split=alternatives(data["subject_splits"]),
        stops_leading=tuple(data["subject_stops_leading"]),
        stops=alternatives(data["subject_stops"]),
        counted=alternatives(data["counted_nouns"]),
        counted_nouns=tuple(data["counted_nouns"]),
        verbs_before_object=tuple(data["verbs_before_object"]),
        series_marks=tuple(data["series_marks"]),
        series_links=frozenset(["", *data["series_links"]]),
        scheme_each=data["scheme"]["each"],
        scheme_weight=data["scheme"]["weight"],
        limits=frozenset(data["elided"]["limits"]),
        object_verbs=frozenset(data["elided"]["verbs"]),
        agents=re.compile(
            rf"(?:{alternatives(data['agents']['heads']).pattern})(?:{alternatives(data['agents']['units']).pattern})"
            r"(?:\([^()]{1,4}\))?"
        ),
        capacity=re.compile(
            rf"(?:{alternatives(data['capacity']['modals']).pattern})(?:{alternatives(data['capacity']['verbs']).pattern})"
        ),
        follow_on=frozenset(["", "的", *data["scheme"]["points"], *data["follow_on"]]),
        change_from=data["change"]["from"],
        causatives=tuple(data["change"]["causatives"]),
        scheme_by=data["scheme"]["by"],
        scheme_points=re.compile(rf"(?:{alternatives(data['scheme']['points']).pattern})[\d.]+分"),
        scheme_reckon=alternatives(data["scheme"]["reckon"]),
        scheme_operators=alternatives(data["scheme"]["operators"]),
        share_verbs=tuple(data["share_verbs"]),
        threshold_leads=tuple(data["threshold_leads"]),
        done_words=frozenset(data["done_words"]),
    )


_LONGEST_PLACE = 16


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Names a figure may be given for: every division of divisions.tsv, full and bare, and the scopes
    the genre writes (全市, 我县, 全国)."""
    names = {name for row in data_tsv("divisions.tsv") for name in [row["name"], *row["short_names"].split(",")]}
    names.update(data_json(TARGETS)["place_scopes"])
    return frozenset(name for name in names if 2 <= len(name) <= _LONGEST_PLACE)


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], dict[str, str | None]]:
    """One pattern of every cue, longest first, so a word that only contains a cue (主要, 高要区) hides it."""
    data = data_json(TARGETS)
    kinds: dict[str, str | None] = {w: None for w in [*data["not_cues"], *_places_holding_cues(data)]}
    kinds.update({w: "goal" for w in data["goal_words"] if w not in kinds})
    kinds.update({w: "marker" for w in data["result_markers"] if w not in kinds})
    kinds.update({w: "result" for w in data["result_words"] if w not in kinds})
    words = sorted(kinds, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))), kinds


def _places_holding_cues(data: dict) -> list[str]:
    """The full names of divisions that hold a cue word (高要区, 将乐县, 应城市): a place, no cue."""
    words = [*data["goal_words"], *data["result_markers"], *data["result_words"]]
    names = {row["name"] for row in data_tsv("divisions.tsv") if len(row["name"]) >= 3}
    return sorted(name for name in names if any(word in name for word in words))


# The rules reading one figure ask for the cues of its clause more than once.
@lru_cache(maxsize=32)
def _cue_spans(text: str) -> tuple[str, ...]:
    """Goal, result or marker (a result word that outweighs a goal word before it) for each cue, in order."""
    pattern, kinds = _cues()
    return tuple(kind for m in pattern.finditer(text) if (kind := kinds[m.group(0)]))


def _verdict(cues: tuple[str, ...]) -> TargetStatus:
    """The status the cues before a figure give: the last goal word governs the verbs after it
    (力争引进 is a goal) unless a result marker follows it (力争…已, 已完成 are results)."""
    goal = max((i for i, kind in enumerate(cues) if kind == "goal"), default=-1)
    if goal < 0:
        return "result"
    return "result" if "marker" in cues[goal:] else "goal"


def _first(cues: tuple[str, ...]) -> TargetStatus:
    """The status the cues after a figure give: the first one (18个项目将在大会上签约)."""
    return "goal" if cues[0] == "goal" else "result"


# The rules reading one figure ask for its clause four or five times, with the same arguments.
@lru_cache(maxsize=32)
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


# 完成…目标45个的88.9%, 完成年度目标任务的30.6%: a share of a target, whose status is the clause's first cue.
_SHARE_OF = re.compile(r"(?:[\d个元项家名]|目标|任务|计划)的$")


def status(
    sentence: str,
    start: int,
    end: int,
    unit: str | None,
    previous: TargetStatus | None,
    carried: TargetStatus | None = None,
) -> TargetStatus:
    """Goal, result or unknown, from the cues around the figure at sentence[start:end]; `previous` is the
    status of the figure before it in the sentence, `carried` that of the figure before it in a list the
    sentence goes on (after a ;)."""
    opening = clause_start(sentence, start)
    before = _cue_spans(sentence[opening:start])
    share = unit == "fraction" or (unit == "%" and _SHARE_OF.search(sentence[opening:start]))
    if before and share:
        return _share_status(sentence[opening:start])
    if (
        before
        and set(before) == {"result"}
        and (previous or carried or _lead_in(sentence, opening)) == "goal"
        and not _speaks_of_the_past(sentence, start)
        and not _after_a_target_figure(sentence, opening)
    ):
        return "goal"  # 力争签约项目12个,新开工项目23个: the goal word governs the list's later items
    if before:
        return _verdict(before)
    after = _cue_spans(sentence[end : clause_end(sentence, end)])
    if after:
        return _first(after)
    if reports_a_period(sentence, start):
        return "result"
    if previous is not None:
        return previous
    earlier = _cue_spans(sentence[:opening])
    if earlier:
        return _verdict(earlier)
    later = _cue_spans(sentence[end:])
    return _first(later) if later else "unknown"


_SHARE_TARGET = re.compile("目标|任务|计划")
_LEAD_IN_END = (":", "：")


def _lead_in(sentence: str, opening: int) -> TargetStatus | None:
    """goal when the figure's clause follows a lead-in that sets goals (今年工作目标:签约项目50个)."""
    colon = max(sentence.rfind(mark, 0, opening) for mark in _LEAD_IN_END)
    return "goal" if colon >= 0 and opens_goals(sentence[: colon + 1]) else None


def opens_goals(text: str) -> bool:
    """Whether `text` ends in a lead-in before a colon that sets goals (今年工作目标:, 2024年主要目标任务:,
    下一步,我们将重点做好以下工作:, 今年要重点完成以下任务:): its last cue is a goal word, and nothing in it says
    what is done or past (目标任务完成情况:, 去年已完成的任务:). The verbs of attainment in the list after it
    name what is to be done."""
    stripped = text.rstrip()
    if not stripped.endswith(_LEAD_IN_END):
        return False
    end = len(stripped) - 1
    lead = stripped[clause_start(stripped, end) : end]
    cues = _cue_spans(lead)
    past = any(word in lead for word in data_json(TARGETS)["past_words"])
    return bool(cues) and cues[-1] == "goal" and "marker" not in cues and not past


@lru_cache(maxsize=1)
def _target_figure_clause() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, sorted(data_json(TARGETS)["target_nouns"], key=len, reverse=True)))
    # the words before the noun: an indicator with its year and scope (2023年全市招商引资到位资金任务500亿元)
    year = r"(?:(?:19|20)\d{2}年度?)?"
    return re.compile(
        rf"(?:^|[,;:]){year}([^,;:\d]{{0,{_LONGEST_SUBJECT}}}?)(?:{nouns})(?:为|是)?[\d.]+[^,;:\d]{{0,4}}[,;]$"
    )


def _after_a_target_figure(sentence: str, opening: int) -> bool:
    """Whether the clause before names a target by its figure (任务18亿元,完成20.6亿元), a reported period's
    clause aside (…任务300亿元,截至9月底,完成86.5亿元): the verbs of attainment after it report what was done,
    they are no items of a goal. A target led by a goal word (确保完成全年目标任务100亿元,新签约项目40个) opens a
    list of goals instead."""
    if opening > 1:
        before = clause_start(sentence, opening - 1)
        if _reported_period().fullmatch(sentence, before, opening - 1):
            opening = before
    target = _target_figure_clause().search(sentence, 0, opening)
    return target is not None and "goal" not in _cue_spans(target.group(1))


def _share_status(words: str) -> TargetStatus:
    """A share of a target takes the first cue before the target it is a share of (完成…目标45个的88.9%,
    力争完成年度目标的100%); with none before it (占年度目标的78%, 为年度目标的105%) the share is reached."""
    target = _SHARE_TARGET.search(words)
    cues = _cue_spans(words[: target.start()] if target else words)
    return _verdict(cues[:1]) if cues else "result"


@lru_cache(maxsize=1)
def _reported_period() -> re.Pattern[str]:
    """A period a sentence or clause opens with, that a report looks back on (今年以来, 1-9月, 截至9月底)."""
    words = "|".join(map(re.escape, sorted(data_json(TARGETS)["reported_periods"], key=len, reverse=True)))
    months = r"(?:截至|截止|到)?(?:(?:19|20)\d{2}年)?(?:1[-—~至]\d{1,2}月份?|\d{1,2}月(?:份)?(?:底|末))"
    return re.compile(rf"(?:^|(?<=[,;:]))(?:{words}|{months})(?=[,:]|$|[^\d月日])")


def reports_a_period(sentence: str, start: int) -> bool:
    """Whether the figure at `start` stands in a report of a past period: the sentence or one of its clauses
    opens with such a period before the figure, and no goal word stands between the period and the figure
    (今年以来,全市签约项目56个; not 今年以来…,下一步力争…)."""
    ends = [period.end() for period in _reported_period().finditer(sentence, 0, start)]
    return bool(ends) and "goal" not in _cue_spans(sentence[ends[-1] : start])


@dataclass(frozen=True)
class Setting:
    """What the article tells of its figures as a whole: the year it speaks from (its event's, else its
    page's) and the status of a figure no cue decides, from its genre and title."""

    year: int | None = None
    default: TargetStatus = "unknown"
    # a part headed as a plan (下一步工作打算): its goal governs the verbs of attainment of its figures
    planned: bool = False


def setting(genre: str | None, title: str | None, year: int | None) -> Setting:
    """A report (news, a speech, a document titled 总结, 汇报, 通报 …) reports what was done; a document
    that is no report (通知, 方案, 办法, 计划) sets what is to be done: its quotas and conditions are goals."""
    if genre == "document":
        reports = data_json(TARGETS)["report_titles"]
        return Setting(year, "result" if title and any(word in title for word in reports) else "goal")
    return Setting(year, "result" if genre in {"news_report", "speech"} else "unknown")


# The statuses a heading may give its section's figures.
_HEADING_STATUSES: tuple[TargetStatus, ...] = ("goal", "result")


def under_headings(context: Setting, headings: list[str]) -> Setting:
    """The setting of a section: the status its nearest heading (its own, then those above it) gives a
    figure no cue decides (下一步工作打算: goal; 工作完成情况: result), else the article's."""
    words = data_json(TARGETS)["heading_status"]
    for heading in reversed(headings):
        found = [kind for kind in _HEADING_STATUSES if any(word in heading for word in words[kind])]
        if len(found) == 1:
            return Setting(context.year, found[0], planned=found[0] == "goal")
    return context


def table_status(heading: str, context: Setting) -> TargetStatus:
    """A table cell's status: its column heading's cue (目标任务, 完成值), else the section's default."""
    cues = _cue_spans(heading)
    return _verdict(cues) if cues else context.default


_YEAR = re.compile(r"((?:19|20)\d{2})年")


def tense(sentence: str, start: int, year: int | None) -> TargetStatus | None:
    """goal when the last year written before the figure in its sentence is after the article's year,
    result when it is before it (a 2023 figure in a 2024 report), else None."""
    if year is None:
        return None
    written = _YEAR.findall(sentence, 0, start)
    if not written:
        return None
    stated = int(written[-1])
    return "goal" if stated > year else "result" if stated < year else None


def settle(found: TargetStatus, sentence: str, start: int, end: int, context: Setting) -> TargetStatus:
    """The status of a quantity once its cues are read: a rule of a scoring scheme is neither goal nor
    result (unknown); a year after the article's makes a figure a goal unless its clause says it is done
    (到2025年实现…); a figure no cue decides takes its year's tense, else the article's default."""
    if is_scheme_rule(sentence, start, end) or is_capacity(sentence, start) or _is_a_term(sentence, start):
        return "unknown"
    when = tense(sentence, start, context.year)
    if (
        when == "goal"
        and found == "result"
        and "marker" not in _cue_spans(sentence[clause_start(sentence, start) : start])
    ):
        return "goal"
    if found == "result" and context.planned and _only_attainment(sentence, start):
        return "goal"  # 下一步工作打算: 新开工项目24个 names what is to be started
    if found != "unknown":
        return found
    return when or context.default


def _only_attainment(sentence: str, start: int) -> bool:
    """Whether the cues before a figure in its clause are verbs of attainment only (新开工, 签约), no word
    that says it is done (已, 了) nor a reported period."""
    cues = _cue_spans(sentence[clause_start(sentence, start) : start])
    return "marker" not in cues and "goal" not in cues and not reports_a_period(sentence, start)


def _is_a_term(sentence: str, start: int) -> bool:
    """聘任期限为两年, 任期3年: a term of office or of a contract, neither goal nor result."""
    return sentence[clause_start(sentence, start) : start].endswith(tuple(data_json(TARGETS)["term_leads"]))


def is_capacity(sentence: str, start: int) -> bool:
    """Whether the figure is what something can yield (建成后可实现年产值10亿元, 能创造35000个就业机会):
    a capacity word before it in its clause, with no goal or result word after that."""
    opening = clause_start(sentence, start)
    clause = sentence[opening:start]
    found = _vocabulary().capacity.search(clause)
    if found and sentence[max(0, opening + found.start() - 1) : opening + found.start() + 1] in _not_modals():
        return False  # 产能达到500万吨, 功能实现: a noun, no modal
    return found is not None and not _cue_spans(clause[found.end() :])


@lru_cache(maxsize=1)
def _not_modals() -> frozenset[str]:
    return frozenset(data_json(TARGETS)["not_modals"])


def is_scheme_rule(sentence: str, start: int, end: int) -> bool:
    """Whether the figure is a rule of a scoring scheme: points or a unit of what earns them
    (每引进1个亿元项目得2分), a rate to reckon by (按到位资金的5%计算), a term of a formula (完成率=…×100%)."""
    words = _vocabulary()
    opening, closing = clause_start(sentence, start), clause_end(sentence, end)
    before, after = sentence[opening:start], sentence[end:closing]
    if words.scheme_each in before and words.scheme_points.search(sentence, opening):
        return True
    if words.scheme_by in before and words.scheme_reckon.search(after):
        return True
    if _rule_only().search(before):  # 最多扣5分: the cap of a rule's points
        return True
    if before.endswith(words.scheme_weight) and sentence[end - 1 : end] == "分":  # 到位资金占40分: a weight
        return True
    return "=" in before and bool(words.scheme_operators.search(sentence, opening, closing))


def _speaks_of_the_past(sentence: str, start: int) -> bool:
    """Whether the clause of the figure speaks of what is past (去年, 截至目前), so no goal before it governs it."""
    clause = sentence[clause_start(sentence, start) : start]
    return any(word in clause for word in data_json(TARGETS)["past_words"])


def deadline_status(sentence: str, start: int) -> TargetStatus:
    """A deadline is a task set, unless its clause says it was met (已于3月底前完成)."""
    before = sentence[clause_start(sentence, start) : start]
    return "result" if "已" in before else "goal"


def ranking_status(sentence: str, start: int, end: int) -> TargetStatus:
    """A ranking is obtained, unless its clause sets it as a goal (力争进入前三)."""
    cues = _cue_spans(sentence[clause_start(sentence, start) : start])
    return _verdict(cues) if cues else "result"


@lru_cache(maxsize=1)
def _rule_only() -> re.Pattern[str]:
    """Words of a scoring rule that name nothing counted: a unit of shortfall (每少, 每低于目标) or a cap on
    its points (最多扣)."""
    scheme = data_json(TARGETS)["scheme"]

    def alternatives(key: str) -> str:
        return "|".join(map(re.escape, sorted(scheme[key], key=len, reverse=True)))

    each = re.escape(scheme["each"])
    return re.compile(
        rf"(?:^{each}(?:{alternatives('less')})(?:{alternatives('measures')})?|(?:{alternatives('caps')})(?:{alternatives('points')}))$"
    )


# Not frozen: made often (one a figure), and a frozen dataclass takes 3 to 5 times as long to make.
@dataclass
class Figure:
    """A figure read in a sentence, as the figures after it need it: where it ends, what it counts, where
    its list item began, whether it counts the noun after it (5亿元以上项目), and the nouns a series
    shares out (`引进项目、到位资金分别为12个、35亿元`) with the index of this figure's one."""

    end: int
    subject: str | None
    item: int
    counts_after: bool = False
    series: tuple[str, ...] = ()
    index: int = 0
    # the last of figures written one after another before the noun they all modify (12层5星级酒店)
    chained: bool = False


def subject(sentence: str, start: int, end: int, counted: bool, previous: Figure | None) -> str | None:
    """What the figure at sentence[start:end] counts; `counted` for a counter (个, 名), not money or %."""
    return read(sentence, start, end, counted, previous).subject


def read(sentence: str, start: int, end: int, counted: bool, previous: Figure | None) -> Figure:
    """The figure at sentence[start:end], read after `previous`, the figure before it in the sentence.

    A figure that follows the one before it directly (`5批40人次`, `目标45个的88.9%`) or as its points
    (`每引进1个亿元项目得2分`) counts the same thing. A figure's subject is the noun phrase governing
    it inside its own list item: an item begins after a clause mark or after the figure before it
    (`签约项目12个、总投资35亿元`), unless that figure counts the noun after it (`5亿元以上项目12个`);
    an item that names only a place
    (`郑州的24.3%、我市的18.8%`) measures what the figure before it measures; the figures after
    分别/依次 take the nouns before it in order.
    """
    opening = clause_start(sentence, start)
    if "“" in sentence and _in_a_quoted_name(sentence, start, end):  # 形成“2公里全配套”产业园: a name's number
        return Figure(end, None, opening)
    # a figure inside brackets closed before this one (项目(3000万元以上工业项目)161个) begins no item of it
    gap = sentence[previous.end : start] if previous is not None and previous.end >= opening else None
    same_clause = gap is not None and not any(mark in gap for mark in _CLOSING)
    if gap == "" and (modified := _noun_ending_the_clause(sentence, end)):
        return Figure(end, modified, opening, True, chained=True)  # 建设12层5星级酒店: both modify 酒店
    if previous is not None and same_clause and _follows_on(gap or "", previous):
        return Figure(end, previous.subject, previous.item, False, previous.series, previous.index)
    item, words_end = opening, start
    if previous is not None and same_clause:
        item = _item_start(sentence, previous, start)
    elif opening == start and _alone_in_brackets(sentence, opening, start, end):  # 苏州市(21.6%): words before
        after_previous = 0 if previous is None else previous.item if previous.counts_after else previous.end
        item = max(clause_start(sentence, opening - 1), after_previous)
        item += len(sentence[item : opening - 1]) - len(sentence[item : opening - 1].lstrip(")"))
        words_end = opening - 1
    term = _formula_term(sentence, start) if sentence.find("=", 0, start) >= 0 else None
    written = term or _without_brackets(sentence[item:words_end])
    if "=" in written:  # a formula's result, or a term of one of names only, measures its left side (完成率=…×100%)
        written = written.split("=", 1)[0]
    if (written[:1] == "、" or sentence[item - 1 : item] == "、") and _shares_out(written):
        written = _without_listed_band(written)
    written = _before_change(written)
    series = _series(written)
    if counted and _split_series(written)[1] and (listed := _noun_after_the_list(sentence, start, end)):
        series = (listed,)  # 甲县、乙县分别引进12个和8个项目: the figures count the noun after them
    if not series:
        written = _after_the_parties(written)
    place_only = False
    if series:
        before: str | None = series[0]
    else:
        own = None if written.strip(" 、") in coordinates() else _trim(written)  # 分别增长12%和18%
        before = _without_place(own)
        place_only = (bool(own) and not before) or (not own and written.strip(" 、").removesuffix("的") in _places())
        ranked = place_only or (not own and not same_clause)  # 苏州,达21.6%: the first figure of its clause
        measure = _ranked_measure(written, sentence, item, words_end) if ranked else None
        if measure:
            before, place_only = measure, False  # 占比较高的是甲市的21.6%: what the places are ranked by
        elif written.rstrip(" 、").endswith("以") and (topic := _topic_of_an_agent(written, sentence, start)):
            return Figure(end, topic, item)  # 在“招大引强”方面,…我县以17.5分: the score is the topic's
        if before and ("每" in before or "最" in before) and _rule_only().fullmatch(before):
            before = None  # 每少1个扣0.5分: a rule's unit, which counts no noun
        series, index = _continued_series(previous, before)
        if series:
            return Figure(end, series[min(index, len(series) - 1)], item, False, series, index)
    if not before and item > 1 and sentence[item - 1] in ": \t":  # a label and its value: 自评得分:70分
        before = _trim(_label_words(sentence[clause_start(sentence, item - 1) : item - 1]))
    if sentence[end - 1 : end] == "大" and (kinds := _noun_run_after(sentence, end)):
        return Figure(end, kinds, item, True)  # 明确了6大重点工程: a number of kinds counts the noun after 大
    # amount bands listed before one noun (1-5亿元、5-10亿元、10亿元以上项目); not a count before the next item
    # (其中亿元以上项目45个、10亿元以上项目8个)
    bands = _band_list().match(sentence, end) if sentence[end : end + 1] == "、" and not counted else None
    if bands and (band_noun := noun_after(sentence, bands.end())):
        return Figure(end, band_noun, item, True)  # 1-5亿元、5-10亿元、10亿元以上项目: each band's noun
    after = noun_after(sentence, end)
    share = _gives_a_share(written)
    if share and sentence[end : end + 1] not in _CLAUSE_MARKS + "、":
        after = _noun_run_after(sentence, end) or after  # 贡献了62%的引资额, 贡献58%引资额: a share of it
        before = None if after else before
    elif share and not after and previous is not None and previous.subject:
        return Figure(end, previous.subject, item)  # …贡献了62%的到位资金,苏北地区贡献了20.1%
    if after and (
        not before
        or (_stands_before_noun(sentence, start, end, counted, after) and not _item_after(sentence, start, end))
    ):
        return Figure(end, after, item, True)
    if place_only and previous is not None:  # an item naming only a place: 郑州的24.3%、我市的18.8%
        before = previous.subject
    if previous is not None and previous.subject and _names_only_done(written.strip(" 、"), previous.subject):
        return Figure(end, previous.subject, item, False, series)  # 计划引进…项目45个,目前已完成38个
    if not before and not after and previous is not None and same_clause and (gap or "").strip() == "、":
        return Figure(end, previous.subject, item, False, previous.series, previous.index)  # 奖金3000万元、2500万元
    if previous is not None and previous.subject and same_clause and gap and gap[0] == "、" and _names_a_total(gap):
        return Figure(end, _without_new(previous.subject), item)  # 新增落户…企业12家、达288家: all of them
    before = _elided(sentence, item, before, previous) or before
    if counted and (not before or _names_an_action_only(before) or _only_a_place(before)) and not after:
        return Figure(end, _noun_run_after(sentence, end), item, True)  # 举办了3场大型招商推介会, 12条产业链
    return Figure(end, before or after, item, False, series)


def _label_words(label: str) -> str:
    """A label's words without who its list is given for (各县区, 各县(市、区)) and the report word it ends with
    (完成情况): `各县区招商引资到位资金完成情况:睢宁县42.5亿元` lists 招商引资到位资金 by county."""
    agent = _vocabulary().agents.match(label)
    words = label[agent.end() :] if agent and agent.end() < len(label) else label
    ending = next((e for e in data_json(TARGETS)["label_endings"] if words.endswith(e) and len(words) > len(e)), "")
    return words[: len(words) - len(ending)]


def _gives_a_share(written: str) -> bool:
    """Whether the words before a figure end with a verb giving a share of what follows it (贡献了全市)."""
    verbs, endings = _share_of_endings()
    return any(verb in written for verb in verbs) and written.rstrip().endswith(endings)


@lru_cache(maxsize=1)
def _share_of_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The verbs giving a share, and each alone or with the place it is a share of (贡献, 贡献了全市)."""
    data = data_json(TARGETS)
    verbs = tuple(data["share_of_verbs"])
    return verbs, tuple(verb + scope for verb in verbs for scope in ["", *data["place_scopes"]])


@lru_cache(maxsize=1)
def _share_frame() -> re.Pattern[str]:
    """A sentence's opening that names the indicator its shares are of: 从引资额比重看, 引资额比重:,
    在引资额中; the first two only for a share's own word (比重, 占比), since 从行业看 names a dimension."""
    words = "|".join(map(re.escape, data_json(TARGETS)["share_words"]))
    return re.compile(
        rf"(?:^|[,;。])(?:从|按)(?P<seen>[^,;:。从按]{{1,12}}(?:{words}))来?看[,:]"
        rf"|(?:^|[,;。])(?P<label>[^,;:。]{{1,12}}(?:{words}))[:]"
        r"|(?:^|[,;。])在(?P<among>[^,;:。在]{2,12})中[,:]"
    )


@lru_cache(maxsize=1)
def _measure_endings() -> tuple[str, ...]:
    """Words ending a share's own words when they name its measure (工业项目占比, 完成率)."""
    return (*data_json(TARGETS)["share_words"], "率", "增长", "增速", "增幅")


def share_frame(sentence: str, start: int, own: str | None) -> str | None:
    """The indicator a share is of when its sentence opens by naming it and the share's own words name only
    the part (从引资额比重看,东部沿海地区贡献62% → 引资额比重)."""
    if own and own.endswith(_measure_endings()):
        return None
    opening = clause_start(sentence, start)
    if all(sentence.find(mark, 0, opening) < 0 for mark in "看:中"):  # every frame holds one
        return None
    frames = list(_share_frame().finditer(sentence, 0, opening))
    if not frames:
        return None
    frame = frames[-1]
    return _trim(frame.group("seen") or frame.group("label") or frame.group("among"))


def names_a_count(words: str) -> bool:
    """Whether the words end with a noun the genre counts (项目, 企业) or a word of count or amount (个数, 金额)."""
    return words.endswith(_vocabulary().counted_nouns) or words.endswith(tuple(data_json(TARGETS)["label_ends"]))


@lru_cache(maxsize=1)
def coordinates() -> frozenset[str]:
    """Words that join two figures of one thing (完成年度目标的70%和80%)."""
    return frozenset(data_json(TARGETS)["coordinates"])


@lru_cache(maxsize=1)
def _next_item() -> tuple[str, ...]:
    """What begins the next item of a list, not the noun after a figure: 、, 和, 及 …"""
    return ("、", *data_json(TARGETS)["coordinates"])


@lru_cache(maxsize=1)
def _action_verbs() -> frozenset[str]:
    data = data_json(TARGETS)
    return frozenset(data["bare_verbs"] + data["elided"]["verbs"] + data["subject_verbs"])


def _names_an_action_only(words: str | None) -> bool:
    return bool(words) and (words or "").removesuffix("了") in _action_verbs()


def _noun_run_after(sentence: str, end: int) -> str | None:
    """The words a counted figure stands before, to the clause's end or a word that ends a noun (被, 现场,
    落户 ...), when they are a short noun phrase; else None (the text names nothing)."""
    text = sentence[end : end + _LONGEST_NOUN_AFTER].removeprefix("的").removeprefix("”")  # “3个100亿元”产业集群
    stop = _NOUN_END.search(text)
    text = text[: stop.start()] if stop else text
    words = _vocabulary()
    if text.startswith(words.stops_leading) or text.startswith("、"):  # 、 begins the next item
        return None
    stop = next((m for m in words.stops.finditer(text) if text[m.start() : m.end() + 1] != "中心"), None)
    text = text[: stop.start()] if stop else text
    text = _places_counted(text) or text
    return text if 2 <= len(text) <= _LONGEST_SUBJECT // 2 else None


def _names_only_done(own: str | None, counted: str) -> bool:
    """Whether an item's own words say only that its figure is done (目前已完成, 实际完成) or repeat the
    verb of what the figure before it counts (计划引进…项目45个,目前已引进38个), after the period and the
    scope they may open with (截至目前已引进, 其中已签约, 已累计引进)."""
    if not own:
        return False
    rest = _after_period_and_done_words(own)
    return not rest or (len(rest) <= 3 and counted.startswith(rest))


def _after_period_and_done_words(own: str) -> str:
    """`own` without the reported period, scope words and done words it opens with, one after another."""
    leading = _leading_done_words()
    while True:
        period = _reported_period().match(own)
        cut = period.end() if period else 0
        word = leading.match(own, cut)
        cut = word.end() if word else cut
        if cut == 0:
            return own
        own = own[cut:]


@lru_cache(maxsize=1)
def _leading_done_words() -> re.Pattern[str]:
    data = data_json(TARGETS)
    # longest first; words of one length in a fixed order, so that the pattern is the same in every process
    words = sorted({*data["done_words"], *data["subject_scopes"]}, key=lambda word: (-len(word), word))
    return re.compile("|".join(map(re.escape, words)))


def _follows_on(gap: str, previous: Figure) -> bool:
    """Whether a figure counts what the figure before it counts: nothing or 的 between them (5批40人次), a
    part of it (639个中有532项), a change from it (从20亿元增长到35亿元), or the points after the noun it
    counts (每引进1个亿元项目得2分)."""
    words = _vocabulary()
    gap = _YEAR_OF_CHANGE.sub("", gap) if gap.endswith(("年", "年的", "底的", "末的")) else gap
    if gap in words.follow_on or (gap in coordinates() and not previous.series):
        return True
    if not previous.counts_after:
        return False
    rest = gap.removeprefix(previous.subject or "")
    if rest == gap or rest not in words.follow_on or rest == "":
        return False
    return not _places_counted(f"{previous.subject}的")  # 15个国家和地区的200多名客商: 客商 are no places


_CHANGE_FROM_ALSO = re.compile(r"由(?=(?:19|20)\d{2}年(?:底|末)?的?$|$)")
# 增加到2023年的120亿元: the year a change reaches, between the two figures of the change
_YEAR_OF_CHANGE = re.compile(r"(?:19|20)\d{2}年(?:底|末)?的?$")


def _before_change(written: str) -> str:
    """签约额从…20亿元: a change's starting figure measures what stands before 从, and what a causative
    (让, 使) makes change is what follows it (活动让全县观光从… → 全县观光)."""
    words = _vocabulary()
    cut = written.rfind(words.change_from)
    also = _CHANGE_FROM_ALSO.search(written)
    if also and also.start() > cut:  # 由2018年的50亿元: 由 opens a change when a year or a figure follows
        cut = also.start()
    if cut <= 0:
        return written
    head = written[:cut]
    for causative in words.causatives:
        head = head.rsplit(causative, 1)[-1]
    return head or written


def _item_start(sentence: str, previous: Figure, start: int) -> int:
    """Where the item of a figure after `previous` in its clause begins: after the figure before it, or
    after the noun that figure counts and the 、 ending it (`17个乡镇、94个县直单位`); a figure that
    counts the noun after it with no mark between is part of this item (`5亿元以上项目12个`)."""
    if not previous.counts_after:
        return previous.end
    places = previous.subject if _places_counted(f"{previous.subject}的") else None
    if places and sentence.startswith(places, previous.end):
        return previous.end + len(places)  # 30多个省、市、自治区的300余名客商: the places' 、 is theirs
    mark = sentence.rfind("、", previous.end, start)
    return mark + 1 if mark >= 0 else previous.item


def _series(written: str) -> tuple[str, ...]:
    """The nouns a series shares out to the figures after 分别 or 依次 (`引进项目、到位资金分别为`)."""
    head, mark, tail = _split_series(written)
    if not mark or _link_after_the_mark(tail) not in _vocabulary().series_links:
        return ()
    head = _vocabulary().verbs.strip_end(head)
    nouns = [_trim(noun) for noun in _series_words().items.split(head)]
    if not all(nouns):
        return ()
    return _shared_measure(nouns) or tuple(noun for noun in nouns if noun)


@dataclass(frozen=True)
class _SeriesWords:
    items: re.Pattern[str]  # what joins the names listed before 分别
    comparisons: tuple[str, ...]  # longest first
    party_ends: tuple[str, ...]


@lru_cache(maxsize=1)
def _series_words() -> _SeriesWords:
    series = data_json(TARGETS)["series"]
    return _SeriesWords(
        re.compile("|".join(map(re.escape, sorted(series["item_links"], key=len, reverse=True)))),
        tuple(sorted(series["comparisons"], key=len, reverse=True)),
        tuple(series["party_ends"]),
    )


def _link_after_the_mark(tail: str) -> str:
    """The words between 分别 and the first figure, without the comparison a change is made against
    (`分别同比增长`, `分别较去年同期增加`: the link is 增长, 增加)."""
    tail = tail.strip(" ,")
    comparison = next((word for word in _series_words().comparisons if tail.startswith(word)), "")
    return tail[len(comparison) :].strip(" ,")


def _after_the_parties(written: str) -> str:
    """`城关镇、东关镇分别引进项目`: the places and units listed before 分别 are who does what follows it; what the
    figures count is named after the mark. Indicators listed there (`外贸进出口和实际利用外资分别…`) are what the
    figures measure, and stay."""
    head, mark, tail = _split_series(written)
    if not mark or _link_after_the_mark(tail) in _vocabulary().series_links or not _lists_parties(head):
        return written
    return tail if _trim(tail) else written


def _lists_parties(head: str) -> bool:
    """Whether the words before 分别 list two or more places or units (towns, zones, streets, offices, firms):
    a division's name, full or bare, or a name ending as a unit's does. A name may hold a link word (和平镇,
    太和), so each piece between 、 is split at one only when it is no party whole."""
    pieces = _vocabulary().verbs.strip_end(head).split("、")
    links = _series_words().items
    names = [name for piece in pieces for name in ([piece] if _is_party(piece) else links.split(piece, maxsplit=1))]
    return len(names) > 1 and all(_is_party(name) for name in names)


def _is_party(name: str) -> bool:
    name = _trim(name) or ""
    return name in _places() or name.endswith(_series_words().party_ends)


def _split_series(written: str) -> tuple[str, str, str]:
    found = None
    for mark in _vocabulary().series_marks:
        index = written.rfind(mark)
        if index >= 0 and (found is None or index > found[0]):
            found = (index, mark)
    if found is None:
        return written, "", ""
    index, mark = found
    return written[:index], mark, written[index + len(mark) :]


def _noun_after_the_list(sentence: str, start: int, end: int) -> str | None:
    """The noun after the last of the figures listed from this one on with its unit (12个和8个项目)."""
    unit = sentence[start:end].lstrip("0123456789.")
    if not unit:
        return None
    marks = "|".join(map(re.escape, _next_item()))
    listed = re.compile(rf"(?:(?:{marks})\s*[\d.]+{re.escape(unit)})*").match(sentence, end)
    return noun_after(sentence, listed.end()) if listed else None


def _continued_series(previous: Figure | None, own: str | None) -> tuple[tuple[str, ...], int]:
    """The series the figure before this one began, when this item names no noun of its own."""
    if previous is None or not previous.series or own:
        return (), 0
    index = previous.index + 1
    if len(previous.series) > 1 and index >= len(previous.series):
        return (), 0
    return previous.series, index


def _without_place(text: str | None) -> str | None:
    """Without the place a figure is given for at its end (`增速为郑州的` → 增速, `我市的` → nothing);
    a place after 占 is what a share is of (占全市6.7%) and stays."""
    if not text:
        return text
    bare = text.removesuffix("的")
    names = _places()
    if bare[-1:] not in _place_lasts():  # most subjects end with no place: one look-up instead of a slice a length
        return text
    for length in range(min(len(bare), _LONGEST_PLACE), 1, -1):
        if bare[-length:] not in names:
            continue
        head = bare[:-length]
        if not head or head in coordinates():  # 和乙市的15.9%: a place joined to the one before
            return None
        if head.endswith(("为", "是")):
            return _trim(head[:-1])
        break
    return text


def _stands_before_noun(sentence: str, start: int, end: int, counted: bool, after: str) -> bool:
    """Whether the figure qualifies the noun after it: a count (30个项目), a threshold (5亿元以上项目),
    a figure joined by 的, one right before a counted noun (2000㎡厂房) or before a noun that ends its clause
    (设立30亿元产业基金, 如某公司8亿美元研发中心), or the object of 创造, 带动 …"""
    words = _vocabulary()
    return (
        counted
        or sentence[end - 2 : end] in {"以上", "以下"}
        or sentence[end : end + 1] == "的"
        or after.startswith(words.counted_nouns)
        or sentence[end + len(after) : end + len(after) + 1] in _CLAUSE_ENDS
        or sentence[clause_start(sentence, start) : start].endswith(words.verbs_before_object)
    )


_NEXT_FIGURE = re.compile(r"[^\d,;:。!?()、\s的]{1,12}(?=\d(?!\d*强))")


def _item_after(sentence: str, start: int, end: int) -> bool:
    """Whether the words after a figure with a noun before it run straight into the next figure, so they
    are the next item's noun (`签约项目12个新开工项目23个`), not this figure's; words ending in a verb
    before the next figure (`项目得2分`, `项目为`) are this figure's."""
    run = _NEXT_FIGURE.match(sentence, end)
    if not run or sentence[end - 2 : end] in {"以上", "以下"}:  # 5亿元以上项目12个: the threshold's noun
        return False
    if sentence[:start].endswith(_vocabulary().threshold_leads):  # 其中超10亿元项目5个
        return False
    words, text = _vocabulary(), run.group(0)
    if re.search("[及和与并]", text):  # 1200亿年产值及35000个就业机会: the next figure is a coordinate
        return False
    return words.endings.strip_end(text) == text and not text.endswith(tuple(words.follow_on - {""}))


def noun_after(sentence: str, end: int) -> str | None:
    """The noun phrase a figure stands before (`120余名客商`), up to the last noun the genre counts."""
    text = sentence[end : end + _LONGEST_NOUN_AFTER].removeprefix("的")
    if text.startswith(_next_item()):  # the next item's words
        return None
    stop = _NOUN_END.search(text)
    text = text[: stop.start()] if stop else text
    words = _vocabulary()
    if text.startswith(words.stops_leading):
        return None
    stop = words.stops.search(text, 1)
    while stop and text.startswith("中心", stop.start()):  # 研发中心 is a noun, not the stop 中
        stop = words.stops.search(text, stop.end())
    text = text[: stop.start()] if stop else text
    if places := _places_counted(text):
        return places
    last = max((noun.end() for noun in words.counted.finditer(text)), default=0)
    if last and text[last : last + 1] in _noun_suffixes():  # 产业链, 产业园: the noun goes on
        last += 1
    return text[:last] or None


@lru_cache(maxsize=1)
def _noun_suffixes() -> frozenset[str]:
    return frozenset(data_json(TARGETS)["noun_suffixes"])


def _without_brackets(text: str) -> str:
    return re.sub(r"\([^()]*\)", "", text)


def _trim(text: str, keep_scope: bool = False) -> str | None:
    """The words before a figure without its list, scope, time, qualifiers and verbs of attainment;
    `keep_scope` for a ranking, whose scope (全省) is part of what it ranks in."""
    words = _vocabulary()
    text = _without_quotes(text.strip(_END_MARKS))
    text = _without_residue(_shortened(_LIST_NUMBER.sub("", _LOCATIVE.sub("", text))))
    closer = max((m.end() for m in _LIST_CLOSER.finditer(text)), default=0) if "等" in text else 0
    if closer:  # a list closed by 等 counts what follows it (一等奖 is a prize's class, no list)
        text = text[closer:]
    # each cut leaves a part of the text, so a text holding no split word never holds one later in the loop
    for word in words.splits if words.any_split.search(text) else ():
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
        text = _without_leading_place(text)
        if text[:1] in words.threshold_leads and text[1:2].isdigit():  # 超10亿元项目: a threshold's qualifier
            text = text[1:]
        agent = words.agents.match(text)
        if agent and _verb_at(text, agent.end()):  # 各乡镇要引进…, 该区已完成…: who is to count it
            text = text[agent.end() :]
        capacity = words.capacity.match(text)
        if capacity and capacity.end() < len(text) - 1:  # 可实现年产值: what can be made, not the verbs
            text = text[capacity.end() :]
        text = words.endings.strip_end(text, unless=words.not_qualifiers)
        text = _without_residue(_without_quotes(text.strip(_END_MARKS)))
    clause = _without_clause_residue(text)
    if clause != text:  # 浙江省2026年计划引进项目: the verbs and scopes after the cut too
        text = leading.strip_start(clause, unless=words.not_cues)
    text = _shortened(_without_share_verb(_project_amount(_share_indicator(text))))
    return text if len(text) >= 2 else None  # one character left of a clause (对, 得) names nothing


@dataclass(frozen=True)
class _Residue:
    examples: tuple[str, ...]
    not_examples: tuple[str, ...]
    after: tuple[str, ...]
    roles: tuple[str, ...]
    firsts: frozenset[str]  # the characters a subject with residue begins or ends with
    lasts: frozenset[str]


@lru_cache(maxsize=1)
def _residue() -> _Residue:
    data = data_json(TARGETS)["subject_residue"]

    def longest_first(words: list[str]) -> tuple[str, ...]:
        return tuple(sorted(words, key=len, reverse=True))

    return _Residue(
        longest_first(data["examples"]),
        tuple(data["not_examples"]),
        longest_first(data["after"]),
        tuple(data["roles"]),
        frozenset(word[0] for word in data["examples"]),
        frozenset([*(word[-1] for word in data["after"]), *_REDACTION_MARKS]),
    )


_REDACTION_MARKS = "XxＸ×*#.．"
_OPERATOR = re.compile("[×÷*/+=]")
_LAST_OPERATOR = re.compile(".*[×÷*/+=]", re.DOTALL)


def _without_residue(text: str) -> str:
    """What a clause leaves at a subject's ends: an example mark before it (如, 比如), a verb or adverb after
    the noun (…企业新增, …企业已), the role the people counted take (区级领导担任分链长), a redaction mark
    or a formula's operator beside the figure (投资XX.); each cut leaves two characters at least."""
    words = _residue()
    if not (
        text[:1] in words.firsts
        or text[-1:] in words.lasts
        or _OPERATOR.search(text)
        or any(role in text for role in words.roles)
    ):
        return text  # most subjects: nothing to cut, found by a few tests in C
    previous = None
    while text != previous:
        previous = text
        example = next((w for w in words.examples if text.startswith(w)), "")
        if example and len(text) > len(example) + 1 and not text[len(example) :].startswith(words.not_examples):
            text = text[len(example) :]
        ending = next((w for w in words.after if text.endswith(w)), "")
        if ending and len(text) - len(ending) >= 2:
            text = text[: -len(ending)]
        text = text.rstrip(_REDACTION_MARKS)
        for role in words.roles:
            index = text.find(role, 2)
            if index >= 0 and index + len(role) < len(text):
                text = text[:index]
    operator = _LAST_OPERATOR.match(text)
    return text[operator.end() :] if operator else text


@lru_cache(maxsize=1)
def _project_amount_pattern() -> re.Pattern[str]:
    """`光伏组件项目总投资`: a named project's amount is counted by the amount's word (总投资), the name is the
    project's, as a place is the scope's; a short qualifier (内资项目投资总额) stays."""
    words = "|".join(map(re.escape, sorted(data_json(TARGETS)["project_amounts"], key=len, reverse=True)))
    return re.compile(rf"^(?:[^,;:]{{4,}}项目|[「“《][^」”》]{{2,}}[」”》]\s*(?:项目)?)(?P<amount>{words})$")


def _project_amount(text: str) -> str:
    """The amount's word of a named project's amount: the name before it, in quotes or brackets too
    (「智能制造产业园」签约金额), is the project's, as a place is the scope's."""
    found = _project_amount_pattern().match(text) if "项目" in text or text[:1] in "「“《" else None
    return found.group("amount") if found else text


_SHARE_INDICATOR = re.compile(r"^(?:[^占]{2,})?占(?:(?P<measure>[^占]{2,}?比重)|(?P<whole>[^占]{2,}))$")


def _share_indicator(text: str) -> str:
    """`制造业占全市引资额比重` → 全市引资额比重, `制造业占工业投资` → 占工业投资: a part's share is measured by
    the indicator it is a share of (the part is what the figure is given for, as a place is); a share of a
    place alone (总投资仅占全市) names its indicator before 占."""
    found = _SHARE_INDICATOR.match(text) if "占" in text else None
    if found is None:
        return text
    if found.group("measure"):
        return found.group("measure")
    whole = found.group("whole")
    return text if whole in _places() else "占" + whole


def _without_share_verb(text: str) -> str:
    """占年度目标, 为全年任务, 新开工项目完成年度目标任务 → the target a share is of, when the words end with
    it: what reached the share is the item the figure is given for, as a place is."""
    if not _SHARE_TARGET.search(text, len(text) - 2):
        return text
    verb = next((v for v in _vocabulary().share_verbs if text.startswith(v)), "")
    if verb:
        return text[len(verb) :]
    reached = _REACHED_TARGET.search(text)
    return text[reached.end() :] if reached else text


_REACHED_TARGET = re.compile(r"^[^,;:]{2,}?(?:完成了|完成|达到)(?=[^完]{2,}$)")


def _without_leading_place(text: str) -> str:
    """Without a division's full name at its start (保定市签约项目 → 签约项目): the place a figure is
    given for, not what it counts. Names of two characters (城区, 矿区) are too often words."""
    names = _full_places()
    if text[:2] not in _full_place_openings():  # most subjects open with no place: one look-up, not one a length
        return text
    for length in range(min(len(text) - 2, _LONGEST_PLACE), 2, -1):
        if text[:length] in names:
            rest = text[length:]
            return rest[1:] if rest.startswith("的") and len(rest) > 2 else rest
    return text


@lru_cache(maxsize=1)
def _full_place_openings() -> frozenset[str]:
    """The first two characters of the full names `_without_leading_place` takes (three characters or more)."""
    return frozenset(name[:2] for name in _full_places() if len(name) >= 3)


@lru_cache(maxsize=1)
def _place_lasts() -> frozenset[str]:
    """The last characters of the names a figure may be given for."""
    return frozenset(name[-1] for name in _places())


@lru_cache(maxsize=1)
def _full_places() -> frozenset[str]:
    """Every division's full name, and the regions a market report gives figures for (东部地区)."""
    names = {row["name"] for row in data_tsv("divisions.tsv") if len(row["name"]) >= 3}
    return frozenset([*names, *data_json(TARGETS)["region_scopes"]])


def _verb_at(text: str, index: int) -> bool:
    """Whether a verb, a modal or a cue word begins at text[index], with words after it (各乡镇要引进…;
    各县区政府… is a noun)."""
    rest = text[index:]
    if len(rest) < 2:
        return False
    pattern, kinds = _cues()
    cue = pattern.match(rest)
    return bool(cue and kinds[cue.group(0)]) or _vocabulary().scopes_and_verbs.strip_start(rest) != rest


def _elided(sentence: str, opening: int, before: str | None, previous: Figure | None) -> str | None:
    """What a figure counts when its own words name no noun: after a limit alone (各部门不得少于1名) what
    the figure before it counts; after a verb alone (至少邀请10名) the object of the same verb earlier in
    the sentence (要邀请有投资意向的市外投资客商前来参会 → 市外投资客商)."""
    words = _vocabulary()
    agent = words.agents.match(before or "")
    if (before[agent.end() :] if before and agent else before) in words.limits:
        return previous.subject if previous is not None else None
    if before is None or before not in words.object_verbs:
        return None
    earlier = sentence.rfind(before, 0, opening)
    if earlier < 0:
        return None
    found = noun_after(sentence, earlier + len(before))
    return found.rsplit("的", 1)[-1] if found else None


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


def ranking_subject(sentence: str, start: int, end: int, scope: str | None, lead: str | None = None) -> str | None:
    """What a ranking ranks in: its scope (排名台州市第一), the 在…中 before it, the noun after 第N大,
    the thing scored (全省综合考评得分第三), or the words before it (获得…评比第2名, 地方政府之冠)."""
    scope = _ranking_verbs_in_scope().sub("", scope or "")
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
    if lead in _ranking_words()["scored"]:
        before += lead or ""
    if re.search("[是为]", before):
        before = re.split("[是为]", before)[-1]
    return _trim(_without_winner(before), keep_scope=True)


@lru_cache(maxsize=1)
def _ranking_verbs_in_scope() -> re.Pattern[str]:
    """得分中位列第一: the words between a score and its rank that only say it is ranked."""
    verbs = "|".join(map(re.escape, _ranking_words()["in_scope_verbs"]))
    return re.compile(rf"^(?:之?中)?(?:{verbs})?")


@lru_cache(maxsize=1)
def _ranking_words() -> dict[str, tuple[str, ...]]:
    data = data_json(TARGETS)["ranking_subject"]
    return {key: tuple(sorted(words, key=len, reverse=True)) for key, words in data.items()}


def _without_winner(text: str) -> str:
    """`我市取得了全省综合考评成绩`: what is ranked comes after the verb of winning, and without the place
    that won it (我市, 该区, a division's name) before the thing ranked."""
    words = _ranking_words()
    cut = max((text.rfind(verb) + len(verb) for verb in words["won"] if verb in text), default=0)
    if cut < len(text) - 1:
        text = text[cut:]
    for agent in words["agents"]:
        if text.startswith(agent) and len(text) > len(agent) + 1:
            return text[len(agent) :]
    return _without_leading_place(text)


_RANKING_LIST_TITLE = re.compile(r"(?:排行榜|排名|榜单|排序|名单)$")


def ranked_table_subject(title: str | None) -> str | None:
    """What a ranking table ranks in, from the title naming it (`2013中国十大省市招商引资竞争力排行榜` →
    招商引资竞争力): without its year, its scope and the kind and number of what it ranks."""
    if not title or not _RANKING_LIST_TITLE.search(title):
        return None
    text = _RANKING_LIST_TITLE.sub("", title)
    text = re.sub(r"^(?:19|20)\d{2}(?:年度?)?", "", text)
    table = data_json(TARGETS)["ranked_table"]
    scopes = "|".join(map(re.escape, sorted(table["title_scopes"], key=len, reverse=True)))
    kinds = "|".join(map(re.escape, sorted(table["title_kinds"], key=len, reverse=True)))
    text = re.sub(rf"^(?:{scopes})?(?:[十百千\d]+[大强])?(?:{kinds})?", "", text)
    return text or None


def _among(group: str) -> str | None:
    """`列入招商引资绩效考核的115家市直单位` → 市直单位: the group, without what qualifies it."""
    group = group.rsplit("的", 1)[-1]
    return _trim(_NUMBER_AND_COUNTER.sub("", group), keep_scope=True)


def deadline_subject(sentence: str, end: int) -> str | None:
    """The task a deadline sets: the words after it, without 要, 将 or 完成 at their start, and without
    where the work is then sent (`评议票报送市委办公室`, `合同文本报招商局`)."""
    text = sentence[end:].lstrip(", ")
    text = re.split(r"[,;。(]", text, maxsplit=1)[0]
    sent = _sent_to().search(text, 2)
    text = text[: sent.start()] if sent else text
    return _trim_verbs(text)[:30] or None


@lru_cache(maxsize=1)
def _sent_to() -> re.Pattern[str]:
    """报送, 上报 …, or 报 before an office (报招商局; 报批 is part of a task)."""
    data = data_json(TARGETS)["sent_to"]
    verbs = "|".join(map(re.escape, sorted(data["verbs"], key=len, reverse=True)))
    offices = "|".join(map(re.escape, data["offices"]))
    return re.compile(rf"(?:{verbs}|报(?=[^,;。报]{{0,12}}?(?:{offices})))")


_CHINESE_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_DIGIT = re.compile(r"\d")


def _in_a_quoted_name(sentence: str, start: int, end: int) -> bool:
    """Whether the figure stands inside a short quoted name with words after it (形成“2公里全配套”产业园);
    words after it that hold another item, figure or amount word make a quoted goal (“签约项目100个、总投资500亿元”)."""
    opened = sentence.rfind("“", 0, start)
    if opened < 0 or sentence.find("”", opened, start) >= 0:
        return False
    closed = sentence.find("”", end, opened + _LONGEST_SUBJECT)
    if closed < 0 or not _CHINESE_RUN.search(sentence, end, closed):
        return False
    rest = sentence[end:closed]  # 力争实现“签约项目100个、总投资500亿元”: a quoted goal, no name
    amounts = tuple(data_json(TARGETS)["shared_measure_ends"])
    return not (any(c.isdigit() or c in "、," for c in rest) or any(amount in rest for amount in amounts))


@lru_cache(maxsize=1)
def _formula_operator() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, data_json(TARGETS)["formula_operators"])))


# Where a formula's term begins: after = or +.
_TERM_START = re.compile("[=+]")
_DIVISION = re.compile("[÷/]")


def _formula_term(sentence: str, start: int) -> str | None:
    """The noun nearest before a figure inside its term of a formula with numbers (得分=甲类指标完成率96%×0.5,
    (签约项目个数28÷27)×50%), or the left side for the number the formula comes to (得分=…=22.4分); None
    for a formula of names only (完成率=实际到位资金÷目标任务×100%); the caller has found an = before it."""
    written = sentence[clause_start(sentence, start) : start]
    term = _TERM_START.split(written)[-1]
    if "=" not in written and not _formula_operator().search(written):
        return None
    if _DIVISION.search(term) and not _DIGIT.search(term):
        return None  # a ratio of names (实际到位资金÷目标任务×100%) defines its left side
    nouns = _CHINESE_RUN.findall(term)
    if nouns:
        return nouns[-1]
    return None if term.strip() else written.split("=", 1)[0]  # the number it comes to


# An amount band after a figure's own (1-5亿元、5-10亿元、10亿元以上项目): the bands share the noun after the last.
_BAND = r"[\d.]+(?:[-~—至][\d.]+)?(?:千万|万|亿)?美?元(?:以上|以下)?"
_LISTED_BAND = re.compile(rf"^、?{_BAND}(?=[^\d、]{{2,}})")


@lru_cache(maxsize=1)
def _band_list() -> re.Pattern[str]:
    return re.compile(rf"(?:、{_BAND})+(?=[^\d、])")


def _shares_out(written: str) -> bool:
    """Whether a series mark (分别, 依次) shares out the figures after the words: only then do bands listed before
    them share its noun (…、10亿元以上项目个数分别不少于6个、3个、2个)."""
    return any(mark in written for mark in _vocabulary().series_marks)


def _without_listed_band(written: str) -> str:
    """`、10亿元以上项目个数分别…`: the last band of a list is its own item, not part of the noun the counts share."""
    band = _LISTED_BAND.match(written)
    return written[band.end() :] if band else written


@lru_cache(maxsize=1)
def _ranked_words() -> str:
    """较高的是, 最高的依次是: a comparative, 的 and a link, as one pattern."""
    data = data_json(TARGETS)["ranked_by_place"]
    comparatives = "|".join(map(re.escape, data["comparatives"]))
    links = "|".join(map(re.escape, sorted(data["links"], key=len, reverse=True)))
    return rf"(?:{comparatives})的(?:{links})"


@lru_cache(maxsize=1)
def _ranked_cue() -> re.Pattern[str]:
    """What opens a list of places ranked by a measure."""
    return re.compile(_ranked_words())


@lru_cache(maxsize=1)
def _ranked_by_place() -> re.Pattern[str]:
    return re.compile(rf"^(?P<measure>[^,;:]{{2,}}?){_ranked_words()}[^,;:是为]{{1,16}}$")


def _ranked_measure(written: str, sentence: str, item: int, words_end: int) -> str | None:
    """`其中10亿元以上项目占比较高的是甲市的`: the measure the places after it are ranked by, for their figures;
    or the one a clause before names (利用外资占比最高的是苏州,达21.6%)."""
    if sentence.find("的", 0, words_end) < 0 or not _ranked_cue().search(sentence, 0, words_end):
        return None
    found = _ranked_by_place().match(written.strip(" 、"))
    if found is None and "的" in sentence[:item]:
        clauses = [c for c in _CLAUSE_SPLIT.split(sentence[:item]) if c]
        found = _ranked_by_place().match(clauses[-1]) if clauses else None
    return _trim(found.group("measure")) if found else None


_CLAUSE_SPLIT = re.compile("[,;:。]")


def _topic_of_an_agent(written: str, sentence: str, start: int) -> str | None:
    """The topic a score is given under when the words before it name only who reached it, with 以
    (在“招大引强”方面,…我县以17.5分)."""
    words = written.strip(" 、")
    if len(words) < 2 or not words.endswith("以") or _without_place(words[:-1]) is not None:
        return None
    return _topic(sentence, start)


def _topic(sentence: str, start: int) -> str | None:
    """The topic a sentence opens with before the figure: 在“比速度看质量”方面."""
    found = _topic_frame().findall(sentence, 0, start)
    if not found:
        return None
    topic = found[-1]
    return topic if topic.startswith("“") else _trim(topic)


@lru_cache(maxsize=1)
def _topic_frame() -> re.Pattern[str]:
    """在“比速度看质量”方面, “招大引强”方面, 在全市招商引资考核中: the topic a score is given under (no count
    of places: 在全省16个设区市中)."""
    frame = data_json(TARGETS)["topic_frames"]
    closes = "|".join(map(re.escape, frame["close"]))
    quoted = r"“[^”]{1,16}”[^,;:。“”\d]{0,6}(?=方面|中)"
    return re.compile(rf"(?:^|[,;:。]|{frame['open']})({quoted}|[^,;:。“”\d{frame['open']}]{{2,16}}?)(?:{closes}|中)")


def _names_a_total(gap: str) -> bool:
    """`、达288家`, `、总数达…`: an item that gives the total of what the figure before it counts."""
    return gap.startswith("、") and gap[1:].strip() in data_json(TARGETS)["total_items"]["words"]


def _without_new(subject: str) -> str:
    """A total counts all of what the new ones before it count: 新增落户世界500强企业 → 世界500强企业."""
    new = next((w for w in data_json(TARGETS)["total_items"]["new"] if subject.startswith(w)), "")
    return subject[len(new) :] if len(subject) - len(new) >= 2 else subject


def _places_counted(text: str) -> str | None:
    """`省、市、自治区的客商`: a count of places counts the places, not what comes from them."""
    head, mark, _ = text.partition("的")
    if not mark or not head:
        return None
    kinds = _place_kinds()
    return head if head in kinds or all(part in kinds for part in re.split("[、和及与]", head)) else None


@lru_cache(maxsize=1)
def _place_kinds() -> frozenset[str]:
    return frozenset(data_json(TARGETS)["place_kinds"])


_LONGEST_PART = 6


def _shared_measure(nouns: list[str | None]) -> tuple[str, ...]:
    """`制造业、服务业引资额比重`: parts that share the measure the last of them names count that measure."""
    last = nouns[-1] or ""
    if len(nouns) < 2 or not last.endswith(_measure_endings()):
        return _shared_amount(nouns)
    if any((noun or "").endswith(_measure_endings()) for noun in nouns[:-1]):
        return ()
    parts = tuple(data_json(TARGETS)["measure_parts"])
    cut = max((n for n in range(1, min(len(last) - 2, _LONGEST_PART) + 1) if last[:n].endswith(parts)), default=0)
    if not cut and not all((noun or "").endswith(parts) for noun in nouns[:-1]):
        return ()
    return (last[cut:],) * len(nouns)  # 东部地区、中西部地区引资额比重: the last part was trimmed as a scope


def _shared_amount(nouns: list[str | None]) -> tuple[str, ...]:
    """`法国、英国、荷兰对华实际投资`, `美国、日本、新加坡外资`: names before a last one that goes on with an
    amount's words share those words. The last name ends where the amount's words begin (looked up, not
    measured by the other names' length: 新加坡外资, 服务业投资)."""
    last = nouns[-1] or ""
    ends = tuple(data_json(TARGETS)["shared_measure_ends"])
    if len(nouns) < 2 or any((noun or "").endswith(_vocabulary().counted_nouns + ends) for noun in nouns[:-1]):
        return ()
    opens = (*data_json(TARGETS)["shared_measure_leads"], *ends)
    cut = next((n for n in range(min(len(last) - 1, _LONGEST_PART + 1)) if last.startswith(opens, n)), 0)
    rest = last[cut:]  # none before the amount's words (外出招商、实际利用外资): nothing shared
    if not cut or not rest.endswith(ends):
        return ()
    return (rest,) * len(nouns)


def _from_capacity(text: str) -> str:
    """`建设年产`: a capacity's own word (年产, 年产能) names it, not the verb before."""
    measures = data_json(TARGETS)["capacity_measures"]
    index = min((i for m in measures if (i := text.find(m)) > 0), default=-1)
    return text[index:] if index > 0 else text


def _without_relative_clause(text: str) -> str:
    """`围绕这个项目引进的中外企业`: a clause led by a preposition only describes the noun after its 的."""
    if "的" not in text or not text.startswith(tuple(data_json(TARGETS)["relative_leads"])):
        return text
    tail = text.rsplit("的", 1)[1]
    return tail if len(tail) >= 2 else text


@lru_cache(maxsize=1)
def _scope_year() -> re.Pattern[str]:
    return re.compile(r"^(?P<place>[^\d,;:]{2,8}?)(?:19|20)\d{2}年(?:度|底|末)?(?=[^\d]{2})")


def _after_scope_year(text: str) -> str:
    """`浙江省2026年目标引资`, `上海2025年计划…`: the place and year a figure is given for, before what it counts."""
    found = _scope_year().match(text) if "年" in text else None
    if found is None or _without_place(found.group("place")) is not None:
        return text
    return text[found.end() :]


def _without_goal_word(text: str) -> str:
    """`目标引资` → 引资: the word 目标 before a verb only says the figure is a goal."""
    rule = data_json(TARGETS)["goal_word_before_verb"]
    word = rule["word"]
    if text.startswith(word) and text[len(word) :].startswith(tuple(rule["verbs"])) and len(text) - len(word) >= 2:
        return text[len(word) :]
    return text


def _after_a_clause(text: str) -> str:
    """`消费热点不断涌现、乡村旅游接待游客`: words before a 、 that hold an adverb (不断, 持续) are a clause of
    their own, not a noun of a list."""
    head, mark, tail = text.rpartition("、")
    if mark and len(tail) >= 2 and any(adverb in head for adverb in data_json(TARGETS)["clause_adverbs"]):
        return tail
    return text


def _only_a_place(words: str | None) -> bool:
    """`在全省`: a place a count stands in, which names nothing counted (在全省16个设区市中)."""
    return bool(words) and (words or "").removeprefix("在") in _places()


_END_MARKS = " \"'、"


def _without_quotes(text: str) -> str:
    """Without a quote mark at either end that closes nothing; a quoted name keeps its quotes (“古城游”带动消费)."""
    if text[:1] != "“" and text[-1:] != "”":  # most subjects hold no quote mark
        return text
    if text.startswith("“") and "”" not in text:
        text = text[1:]
    if text.endswith("”") and "“" not in text:
        text = text[:-1]
    return text.strip(_END_MARKS)


def _noun_ending_the_clause(sentence: str, end: int) -> str | None:
    """The noun right after a figure when it runs to the clause's end (5星级酒店。)."""
    noun = _noun_run_after(sentence, end)
    start = end + 1 if sentence.startswith("”", end) else end
    if noun is None or not sentence.startswith(noun, start):
        return None
    return noun if sentence[start + len(noun) : start + len(noun) + 1] in _CLAUSE_ENDS else None


def _alone_in_brackets(sentence: str, opening: int, start: int, end: int) -> bool:
    """Whether a figure stands alone in brackets (苏州市(21.6%)), so the words before them are its own."""
    return 0 < opening == start and sentence[opening - 1] == "(" and sentence[end : end + 1] == ")"


def _without_clause_residue(text: str) -> str:
    """Clauses and scopes left before what is counted: a clause before 、, a place and year, a preposition's
    clause before 的, the verb before a capacity, 目标 before a verb (each behind a test of a character it
    needs, as most subjects hold none)."""
    if "、" in text:
        text = _after_a_clause(text)
    if "年" in text:
        text = _after_scope_year(text)
    if "的" in text:
        text = _without_relative_clause(text)
    if "产" in text or "年处理" in text or "年吞吐" in text:
        text = _from_capacity(text)
    return _without_goal_word(text) if text.startswith("目标") else text
