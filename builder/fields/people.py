"""People: who spoke, who presided, who attended, with their positions as written.

Input: the body's paragraphs in Simplified and the genre. Output: `People` (speakers in order of
first appearance, attendees, the principal speaker). A person is found where a position title
(data file `positions.txt`) stands right before a name that starts with a surname (`surnames.txt`)
and ends where a verb or a punctuation mark starts; later bare mentions of the same name give the
person their roles. Reporters and editors carry no position title, so they are never found.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain

from builder.record.models import Attendee, Person, Speaker
from builder.resources import data_json, data_lines, surnames

PEOPLE = "people.json"
_CHAIN_STOPS = ",。;:!?()“”\n —"
_ASIDE_MAX = 8
# How far back from a name its positions are looked for, in characters. The longest chain before a name in the shipped
# captures and the layouts' pages is under 40 (今天做客我们演播室的嘉宾是市经济合作和外事局党组成员、副局长); in a
# text without stops (flattened, no punctuation) the walk went back to the text's start for every name: 1.1 MB, 23 s.
_CHAIN_MOST = 120
# What a clause starts after (the text's start aside); a bracket may open it.
_CLAUSE_MARK = re.compile(r"[。;!?,\n]")
_CLAUSE_BRACKETS = ("【", "[")
_ANSWER = re.compile(r"[】\]]:")
# Two-character names (surname + one) look too much like words (区委, 文件) to be taken bare.
_BARE_NAME_MIN = 3
# The longest name without a middle dot: a two-character surname and a two-character given name.
_NAME_MAX = 4
_LIST_ITEM = re.compile(r"([\u4e00-\u9fff]{2,3})(?=、)")
_LIST_BLANKS = re.compile(r"[ \u3000]{1,2}")
# What may stand right before a name written with its title after it (会上,张建国书记…; 由王伟局长主持).
_NAME_OPENERS = ",。;:!?\n、 (“由和与及"
# A name transliterated from Uyghur, Tibetan, Mongolian or a foreign language, its parts joined by a
# middle dot (艾尔肯·吐尼亚孜): no surname list holds its first part.
_DOTS = "·•・‧"
_DOTTED_HEAD_MAX = 7
_NAME_DOTS = re.compile(f"[{_DOTS}]")
_DOTTED_NAME = re.compile(rf"[\u4e00-\u9fff]{{1,{_DOTTED_HEAD_MAX}}}(?:[{_DOTS}][\u4e00-\u9fff]{{1,8}})+")
_DOTTED_PART_MAX = 8
_SPOKE_ON = re.compile(r"就[^,。;]{2,30}(?:提出|强调|要求|指出|作)")
# A two-character name padded to a three-character one's width (王　伟, 王 伟): the blank after its surname.
# (Patterns that open with the blank or the bracket, which the engine skips to: a lookbehind first is tried
# at every character of every text.)
_PADDING = re.compile(r"[ \u3000][ \u3000]?")  # not [ \u3000]{1,2}: a repeat first hides its characters
# A position in brackets after the name (张建国同志(市委书记)): the bracket, its name found before it.
_POSITION_AFTER = re.compile(r"[(（]([^()（）\n]{2,40})[)）]")
_BRACKETED_NAME_MAX = 3
_HONORIFIC = "同志"


@dataclass(frozen=True)
class PeopleInput:
    paragraphs: tuple[str, ...]
    genre: str
    title: str | None = None
    subtitle: str | None = None  # a deck that credits the speakers: ——县委书记X 县长Y等出席并讲话
    captions: tuple[str, ...] = ()  # photo captions, which the text leaves out: 推介会现场,市委书记X发言


@dataclass(frozen=True)
class People:
    speaker: Person | None
    speakers: tuple[Speaker, ...]
    attendees: tuple[Attendee, ...]


@dataclass
class _Found:
    name: str
    positions: list[str]
    first_at: int
    roles: set[str] = field(default_factory=set)


@lru_cache(maxsize=1)
def _titles() -> tuple[str, ...]:
    return tuple(sorted(data_lines("positions.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _surnames() -> tuple[set[str], set[str]]:
    single, compound = surnames()
    return set(single), set(compound)


@lru_cache(maxsize=1)
def _title_then_name() -> re.Pattern[str]:
    titles = "|".join(map(re.escape, _titles()))
    # Some pages set a space between a title and the name (`市委书记 张建国`).
    return re.compile(rf"(?:{titles})(?=[ \u3000]?[\u4e00-\u9fff])")


def _past_a_space(text: str, at: int) -> int:
    return at + 1 if text[at : at + 1] in (" ", "\u3000") else at


def _boundary(text: str, at: int) -> bool:
    """True where `text` goes on at `at` with what may follow a name: a verb, a particle or punctuation."""
    if at >= len(text) or not "\u4e00" <= text[at] <= "\u9fff":
        return True
    return text.startswith(_words("after_name"), at)


def _name_at(text: str, start: int) -> str | None:
    """The personal name starting at `start`, by surname and what follows it."""
    dotted = _dotted_name_at(text, start)
    if dotted:
        return dotted
    single, compound = _surnames()
    surname_lengths = [2] if text[start : start + 2] in compound else []
    if text[start : start + 1] in single:
        surname_lengths.append(1)
    for surname in surname_lengths:
        for given in _given_lengths(text, start + surname):
            end = start + surname + given
            candidate = text[start:end]
            whole = len(candidate) == surname + given and all("\u4e00" <= c <= "\u9fff" for c in candidate)
            if whole and _boundary(text, end) and not _is_title_word(candidate):
                return candidate
    return _recurring_name(text, start, surname_lengths)


def _dotted_name_at(text: str, start: int) -> str | None:
    """A dotted name starting at `start`, its last part as short as lets a verb or a mark follow it."""
    if _NAME_DOTS.search(text, start, start + _DOTTED_HEAD_MAX + 1) is None:
        return None
    match = _DOTTED_NAME.match(text, start)
    if match is None or _title_alone().search(match.group(0)):
        return None
    head_end = match.end() - len(_NAME_DOTS.split(match.group(0))[-1])
    for end in range(head_end + 1, min(match.end(), head_end + _DOTTED_PART_MAX) + 1):
        if _boundary(text, end):
            # 买买提出席: a verb read one character early (提出) gives way to the one it overlaps (出席).
            return text[start : end + 1] if _overlaps_the_next_word(text, end) else text[start:end]
    return None


def _overlaps_the_next_word(text: str, at: int) -> bool:
    """Whether the word after a name that starts at `at` shares its end with one that starts after it."""
    words = [word for word in _words("after_name") if text.startswith(word, at)]
    return bool(words) and len(max(words, key=len)) > 1 and _boundary(text, at + 1)


def _given_lengths(text: str, given_start: int) -> tuple[int, ...]:
    """Two characters, then one; one first where the second starts a word after a name (周强在讲话)."""
    second = text[given_start + 1 : given_start + 2]
    if second and second in _words("rarely_end_a_name") and _boundary(text, given_start + 1):
        return (1, 2)
    return (2, 1)


def _recurring_name(text: str, start: int, surname_lengths: list[int]) -> str | None:
    """`王伟来不及停歇`: where nothing marks the name's end, a mention elsewhere (`王伟说`) does."""
    marked = _marked_names(text)
    for surname in surname_lengths:
        for given in (2, 1):
            candidate = text[start : start + surname + given]
            if len(candidate) < surname + given or _is_title_word(candidate):
                continue
            if any(at != start for at in marked.get(candidate, ())):
                return candidate
    return None


# A few: the chains of positions before a name are asked about between questions about the whole text.
@lru_cache(maxsize=8)
def _marked_names(text: str) -> dict[str, tuple[int, ...]]:
    """Every surname and one or two characters after it that a boundary follows, with where it starts (the
    first two places: enough to tell a mention elsewhere). One pass over the text, made once for it: looking
    for each name anew took time growing with the square of a repetitive text."""
    marked: dict[str, tuple[int, ...]] = {}
    for match in _names_before_a_boundary().finditer(text):
        start = match.start()
        for group in _MARKED_IN_ORDER:
            end = match.end(group)
            if end < 0:  # no such name here
                continue
            starts = marked.get(text[start:end], ())
            if len(starts) < 2:  # two places tell a mention elsewhere
                marked[text[start:end]] = (*starts, start)
    return marked


_FIRST_HAN, _LAST_HAN = 0x4E00, 0x9FFF  # what a name's boundary counts as Han characters


def not_han_or(characters: Collection[str]) -> str:
    """A class of every character that is no Han character (outside \\u4e00-\\u9fff), and of `characters`: written
    as the Han characters it leaves out, since the compiler of patterns marks each character a range holds one by one,
    and all but Han is 44,500 of them, Han 21,000 (the surnames' pattern, which holds the class five times, compiled
    in 11.8 ms written as the characters taken in, 9.3 ms so)."""
    taken = sorted({ord(character) for character in characters if _FIRST_HAN <= ord(character) <= _LAST_HAN})
    left_out = []
    start = _FIRST_HAN
    for point in [*taken, _LAST_HAN + 1]:
        if point > start:
            left_out.append(f"\\u{start:04x}-\\u{point - 1:04x}")
        start = point + 1
    return f"[^{''.join(left_out)}]" if left_out else "[\\x00-\\U0010ffff]"


def _where_a_word_starts(words: tuple[str, ...]) -> str:
    """A pattern matching where a character that is no Han character stands or one of `words` starts, which one
    not told: a word of one character is a class's member, a longer one kept only if no shorter word begins it,
    and those grouped by their first character, so the engine tests each first character once, not each word."""
    words = tuple(word for word in words if word)  # an empty word would begin every other and end the search
    alone = {word for word in words if len(word) == 1}
    longer = sorted(
        word for word in words if len(word) > 1 and not any(word != other and word.startswith(other) for other in words)
    )
    rests: dict[str, list[str]] = {}
    for word in longer:
        rests.setdefault(word[0], []).append(re.escape(word[1:]))
    grouped = "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in rests.items())
    firsts = "".join(map(re.escape, rests))
    one_character = not_han_or(alone)
    return f"{one_character}|(?=[{firsts}])(?:{grouped})" if rests else one_character


# A compound surname before a single one, two given characters before one: the order names are marked in.
_MARKED_IN_ORDER = ("compound_2", "compound_1", "single_2", "single_1")


@lru_cache(maxsize=1)
def _names_before_a_boundary() -> re.Pattern[str]:
    """At each place a surname starts with `_boundary` one or two characters after it (the text's end, a character
    that is no Han character, or a word that may follow a name): each such name's end, as a group of
    `_MARKED_IN_ORDER`. The engine tries every place in C, and Python sees only the places that hold a name (a
    loop over every place a surname can start took a sixth of the people step)."""
    single, compound = _surnames()
    singles = "[" + "".join(sorted(single)) + "]"
    compounds = "|".join(sorted(compound))
    boundary = rf"(?:\Z|{_where_a_word_starts(_words('after_name'))})"

    def name(group: str, surname: str, given: int) -> str:
        return f"(?=(?:(?:{surname})(?P<{group}>{'.' * given}){boundary})?)"

    firsts = "[" + "".join(sorted(single | {surname[0] for surname in compound})) + "]"
    return re.compile(
        f"(?={firsts})(?=(?:{singles}|{compounds})..?{boundary})"
        + name("compound_2", compounds, 2)
        + name("compound_1", compounds, 1)
        + name("single_2", singles, 2)
        + name("single_1", singles, 1),
        re.DOTALL,
    )


def _is_title_word(candidate: str) -> bool:
    """A title, the end of one, the start of one, a word listed as no name, a verb (强调), or a place's name
    (侨乡长乐市考察: 乡长 then 乐市)."""
    return (
        candidate.endswith(_titles())
        or candidate.endswith(_words("place_endings"))
        or candidate in _title_prefixes()
        or candidate in _not_names()
        or candidate in _verbs()
    )


@cache
def _words(key: str) -> tuple[str, ...]:
    return tuple(data_json(PEOPLE)[key])


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    words = data_json(PEOPLE)
    return frozenset(words["after_name"]) | frozenset(words["spoke"])


@lru_cache(maxsize=1)
def _title_prefixes() -> frozenset[str]:
    return frozenset(title[:length] for title in _titles() for length in range(1, len(title) + 1))


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(data_json(PEOPLE)["not_names"])


def _positions_before(text: str, end: int) -> list[str]:
    """The positions written before a name ending at `end`: `市委常委、区委书记` → both."""
    start, farthest = end, max(0, end - _CHAIN_MOST)
    while start > farthest:
        if text[start - 1] == ")":  # 欧力士(中国)投资有限公司: a short aside inside an organisation's name
            opening = text.rfind("(", max(0, start - 1 - _ASIDE_MAX), start - 1)
            if opening > 0 and not any(c in _CHAIN_STOPS for c in text[opening + 1 : start - 1]):
                start = opening
                continue
        if text[start - 1] in _CHAIN_STOPS:
            break
        start -= 1
    chain = text[start:end]
    if start == farthest > 0 and text[start - 1] not in _CHAIN_STOPS + "、":  # cut inside a position: not one
        chain = chain.partition("、")[2]
    for lead in data_json(PEOPLE)["before_positions"]:
        if lead in chain:
            chain = chain.rsplit(lead, 1)[1]
    for join in data_json(PEOPLE)["list_joins"]:
        at = chain.rfind(join)
        if at > 0 and _ends_with_name(chain[:at]):
            chain = chain[at + 1 :]
    positions = [p for p in chain.split("、") if p]
    while positions and not positions[0].endswith(_titles()):
        positions.pop(0)
    return positions if all(p.endswith(_titles()) for p in positions) else positions[-1:]


def _ends_with_name(text: str) -> bool:
    return any(_name_at(text, len(text) - length) == text[-length:] for length in (2, 3, 4) if len(text) >= length)


def _names_in_list(text: str, start: int) -> list[tuple[str, int]]:
    """Names from `start` on, separated by 、 or by blanks: `许昌、陈龙宁、汤卫参加`, `市领导许昌 陈龙宁参加`."""
    names: list[tuple[str, int]] = []
    position = start
    while True:
        name = _name_at(text, position) or (_listed_name(text, position) if names else None)
        if name is None:
            break
        names.append((name, position))
        position += len(name)
        if text[position : position + 1] == "、":
            position += 1
            continue
        blanks = _LIST_BLANKS.match(text, position)
        # Blanks part names only where a name of its own (no title, no word) follows them.
        if blanks is None or _name_at(text, blanks.end()) is None:
            break
        position = blanks.end()
    return names


def _listed_name(text: str, start: int) -> str | None:
    """Inside a list of names, an item with a rare surname (能荣) is still a name: 2–3 characters up to 、."""
    match = _LIST_ITEM.match(text, start)
    if match is None or _is_title_word(match.group(1)):
        return None
    return match.group(1)


def _roles_after(text: str, end: int) -> set[str]:
    clause = re.split(r"[,。;!?,;!?]", text[end : end + 40], maxsplit=1)[0]
    line_end = clause.find("\n")
    if line_end >= 0 and _opens_with_person(text, end + line_end + 1):
        clause = clause[:line_end]  # 主持人:市长A / 市委书记B出席并讲话: B's verbs are not A's
    if not clause and text[end : end + 1] == "," and _opens_with_person(text, end + 1):
        return _roles_after(text, end + 1)  # 县委书记A,县委副书记、县长B出席并讲话: A shares B's verbs
    verbs = data_json(PEOPLE)
    roles = set()
    if any(v in clause for v in verbs["spoke"]) or _quoted_after_a_colon(clause):
        roles.add("spoke")
    if any(v in clause for v in verbs["presided"]):
        roles.add("presided")
    if any(v in clause for v in verbs["attended"]):
        roles.add("attended")
    return roles


def _quoted_after_a_colon(clause: str) -> bool:
    """`县委书记张建国:要坚持项目为王`: words given after the name and a colon, as a summary of a meeting quotes
    each speaker; not a roster's duties (`县长李四:负责招商引资全面工作`)."""
    return (
        clause[:1] == ":" and "\u4e00" <= clause[1:2] <= "\u9fff" and not clause[1:].startswith(_duties_after_a_colon())
    )


@lru_cache(maxsize=1)
def _duties_after_a_colon() -> tuple[str, ...]:
    return tuple(data_json(PEOPLE)["duties_after_a_colon"])


def _as_names_are_read(text: str) -> str:
    """The text with padded names closed up and bracketed positions moved before their names, so that
    both read as the common `市委书记张建国`."""
    if " " in text or "\u3000" in text:
        text = _padding_closed_up(text)
    if "(" in text or "（" in text:
        text = _positions_moved_before_names(_without_position_notes(text))
    return text


def _without_position_notes(text: str) -> str:
    """The text without a note in brackets right after a position's title (副市长（挂职）), which would part the
    title from its name."""
    endings = _title_endings()
    return _position_notes().sub(lambda m: "" if text[m.start() - 1 : m.start()] in endings else m.group(), text)


@lru_cache(maxsize=1)
def _position_notes() -> re.Pattern[str]:
    return re.compile(rf"[(（](?:{'|'.join(map(re.escape, data_json(PEOPLE)['position_notes']))})[)）]")


@lru_cache(maxsize=1)
def _title_endings() -> frozenset[str]:
    return frozenset(title[-1] for title in _titles())


def _padding_closed_up(text: str) -> str:
    parts, done = [], 0
    for blank in _PADDING.finditer(text):
        if _pads_a_name(text, *blank.span()):
            parts += [text[done : blank.start()]]
            done = blank.end()
    return "".join(parts) + text[done:] if parts else text


def _pads_a_name(text: str, start: int, end: int) -> bool:
    """Whether the blank from `start` to `end` pads a two-character name: a surname after a position, a mark
    or the line's start, one character after the blank, and what may follow a name after that."""
    surname_at = start - 1
    single, _ = _surnames()
    if surname_at < 0 or text[surname_at] not in single or end >= len(text) or not "\u4e00" <= text[end] <= "\u9fff":
        return False
    if not _boundary(text, end + 1):
        return False
    before = text[surname_at - 1] if surname_at else ""
    return not before or not "\u4e00" <= before <= "\u9fff" or text.endswith(_titles(), 0, surname_at)


def _positions_moved_before_names(text: str) -> str:
    """`张建国同志(市委书记)出席` as `市委书记张建国出席`, where the bracket holds positions only and a name
    stands before it at a clause's start."""
    parts, done = [], 0
    for match in _POSITION_AFTER.finditer(text):
        if not all(p.endswith(_titles()) for p in match.group(1).split("、")):
            continue
        name_end = match.start() - len(_HONORIFIC) if text.endswith(_HONORIFIC, 0, match.start()) else match.start()
        start = _name_start_before(text, name_end) if name_end >= done else None
        if start is None:
            continue
        parts += [text[done:start], match.group(1), text[start:name_end]]
        done = match.end()
    return "".join(parts) + text[done:] if parts else text


def _name_start_before(text: str, end: int) -> int | None:
    for length in range(_BRACKETED_NAME_MAX, 1, -1):
        start = end - length
        if start >= 0 and (start == 0 or text[start - 1] in _NAME_OPENERS) and _bare_name(text[start:end]):
            return start
    return None


def _find_people(text: str) -> dict[str, _Found]:
    found: dict[str, _Found] = {}
    for name, at in _bare_speakers(text):
        found.setdefault(name, _Found(name, [], at)).roles.add("spoke")
    for match in _title_then_name().finditer(text):
        listed = _names_in_list(text, _past_a_space(text, match.end()))
        if not listed:
            continue
        positions = _positions_before(text, match.end())
        last_name, last_at = listed[-1]
        shared_roles = _roles_after(text, last_at + len(last_name))
        for name, at in listed:
            person = found.setdefault(name, _Found(name, positions, at))
            if not person.positions or (_is_group_label(person.positions) and not _is_group_label(positions)):
                person.positions = positions
            person.roles |= shared_roles
    for listed, positions in chain(_listed_after_a_lead_in(text), _listed_before_presence(text)):
        last_name, last_at = listed[-1]
        shared_roles = _roles_after(text, last_at + len(last_name)) | {"attended"}
        for name, at in listed:
            found.setdefault(name, _Found(name, positions, at)).roles |= shared_roles
    for name, at, title in _names_then_titles(text):
        person = found.setdefault(name, _Found(name, [title], at))
        person.positions = person.positions or [title]
        person.first_at = min(person.first_at, at)
    _credit_mentions(text, found)
    return found


def _listed_after_a_lead_in(text: str) -> Iterator[tuple[list[tuple[str, int]], list[str]]]:
    """`出席会议的还有王伟、李明`, `参加会议的市领导有:王伟、李明`: names a lead-in says were present, with the group
    label it gives them (none when it gives none). Names with titles of their own are the title pass's."""
    for lead in _attendance_lead_in().finditer(text):
        listed = _names_in_list(text, lead.end())
        if listed:
            label = lead.group("label")
            yield listed, [label] if _is_group_label([label]) else []


@lru_cache(maxsize=1)
def _attendance_lead_in() -> re.Pattern[str]:
    present = "|".join(map(re.escape, (*_words("attended"), *_words("present_in_a_lead_in"))))
    return re.compile(rf"(?:{present})[^,。;:\n的]{{0,8}}的(?P<label>[^,。;:\n]{{0,8}}?)还?有:?")


def _listed_before_presence(text: str) -> Iterator[tuple[list[tuple[str, int]], list[str]]]:
    """`王伟、李明等市领导出席`, `王伟、李明等出席`, `王伟、李明及各县区负责同志参加`: names opening a clause, without
    titles, that a verb of presence closes, after 等 and a group label, or a group joined to them, or right after the
    list (two names at least without 等, since one name alone before 出席 is too often a word)."""
    closing = _closed_by_presence()
    for start in _clauses_with_presence(text):
        listed = _names_in_list(text, start)
        if not listed:
            continue
        last_name, last_at = listed[-1]
        closed = closing.match(text, last_at + len(last_name))
        if closed is None or (closed.group("etc") is None and len(listed) < 2):
            continue
        label = closed.group("label")
        yield listed, [label] if label else []


def _clauses_with_presence(text: str) -> Iterator[int]:
    """Where each clause holding a verb of presence starts, once each: few clauses hold one, and reading every
    clause's first words as names would cost what `_may_be_credited` saves."""
    last = mark = -1
    looked = 0  # the clause marks before here are known (`mark`): each verb looks only since the last one's place,
    # where looking back to the text's start made a text without marks quadratic
    for verb in _presence().finditer(text):
        mark = max(mark, *(text.rfind(c, looked, verb.start()) for c in "。;!?,\n"))
        looked = verb.start()
        start = mark + 1 + text.startswith(_CLAUSE_BRACKETS, mark + 1)
        if start != last:
            last = start
            yield start


@lru_cache(maxsize=1)
def _presence() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, _words("attended"))))


@lru_cache(maxsize=1)
def _closed_by_presence() -> re.Pattern[str]:
    present = "|".join(map(re.escape, _words("attended")))
    labels = "|".join(map(re.escape, _words("group_labels")))
    label = rf"(?P<label>[\u4e00-\u9fff]{{0,4}}?(?:{labels}))"
    # A group joined to the list (及各县区主要负责同志) shares its verb; an adverb (一同, 应邀) may stand before it.
    others = rf"(?:(?:{'|'.join(map(re.escape, _words('list_joins')))})[^,。;:\n]{{0,30}}?(?:{labels}))"
    adverb = rf"(?:{'|'.join(map(re.escape, _words('before_presence')))})"
    return re.compile(rf"(?:(?P<etc>等){label}?)?{others}?{adverb}?(?:{present})")


def _credit_mentions(text: str, found: dict[str, _Found]) -> None:
    """Each mention of a person's name gives them the roles the words after it name. One pass over the text
    for everyone: a search per person took time growing with the square of a long list of names."""
    if not found:
        return
    lengths = sorted({len(name) for name in found}, reverse=True)
    starts = re.compile("[" + "".join(sorted({re.escape(name[0]) for name in found})) + "]")
    for match in starts.finditer(text):
        at = match.start()
        for length in lengths:
            person = found.get(text[at : at + length])
            if person is not None:
                person.roles |= _roles_after(text, at + length)


def _names_then_titles(text: str) -> list[tuple[str, int, str]]:
    """`寸炜副市长`, `会上,张建国书记强调`: a name at a clause's start with its title after it, then a verb."""
    found = []
    for match in _title_alone().finditer(text):
        if not _boundary(text, match.end()):
            continue
        for length in (3, 2):
            start = match.start() - length
            candidate = text[max(start, 0) : match.start()]
            if start >= 0 and (start == 0 or text[start - 1] in _NAME_OPENERS) and _bare_name(candidate):
                found.append((candidate, start, match.group(0)))
                break
    return found


def _bare_name(candidate: str) -> bool:
    """Surname and given name, no word and no organisation (区委, 全市)."""
    single, compound = _surnames()
    by_surname = candidate[:2] in compound or candidate[:1] in single
    whole = all("\u4e00" <= c <= "\u9fff" for c in candidate)
    organisation = candidate.endswith(_words("organisation_endings"))
    return by_surname and whole and not organisation and not _is_title_word(candidate)


@lru_cache(maxsize=1)
def _title_alone() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, _titles())))


def _opens_with_person(text: str, start: int) -> bool:
    """A clause that starts with a chain of positions and a name: `县委副书记、县长王明…`."""
    for match in _title_then_name().finditer(text, start, start + 40):
        if any(c in _CHAIN_STOPS for c in text[start : match.start()]):
            return False
        if _name_at(text, _past_a_space(text, match.end())) is not None:
            return True
    return False


def _is_group_label(positions: list[str]) -> bool:
    """`县领导`, `区级领导`: a label a list of people shares, not one person's position."""
    return bool(positions) and all(p.endswith(_words("group_labels")) for p in positions)


def _bare_speakers(text: str) -> list[tuple[str, int]]:
    """Names credited with words without a title: `【母映伟】:` in an interview, `时长健通报了…`."""
    found = []
    for start, bracketed in _clause_starts(text):
        if not _may_be_credited(text, start):
            continue
        name = _name_at(text, start)
        if name is None:
            continue
        after = start + len(name)
        honoured = text.startswith(_HONORIFIC, after)  # 同志 marks a name, two characters too
        if len(name) < _BARE_NAME_MIN and not honoured:
            continue
        after += len(_HONORIFIC) if honoured else 0
        after += next((len(w) for w in _words("before_bare_verbs") if text.startswith(w, after)), 0)
        if _credits(text, after, bracketed):
            found.append((name, start))
    return found


def _clause_starts(text: str) -> Iterator[tuple[int, bool]]:
    """Where each clause's words start, after its opening bracket if it has one, and whether it has one. The
    marks are found by a search the engine skips through in C: a pattern for the places after them (a
    lookbehind) was tried at every character."""
    for start in chain((0,), (mark.end() for mark in _CLAUSE_MARK.finditer(text))):
        bracketed = text.startswith(_CLAUSE_BRACKETS, start)
        yield start + bracketed, bracketed


def _may_be_credited(text: str, start: int) -> bool:
    """Whether a name at `start` could be credited: one without a middle dot has 3 or 4 characters here, so
    a credit must start at one of those ends. Most clauses fail this, and reading their first words as a name
    (surnames, lengths, mentions elsewhere) was most of this step's time."""
    if _NAME_DOTS.search(text, start, start + _DOTTED_HEAD_MAX + 1) is not None:
        return True  # a dotted name may be longer
    if text.startswith(_HONORIFIC, start + _BARE_NAME_MIN - 1):
        return True  # a two-character name with 同志 (王伟同志强调)
    credit = _credit_start()
    return credit.match(text, start + _BARE_NAME_MIN) is not None or credit.match(text, start + _NAME_MAX) is not None


@lru_cache(maxsize=1)
def _credit_start() -> re.Pattern[str]:
    """What every credit `_credits` accepts starts with (any of its three, bracketed or not), or 同志 or the
    words before a verb (在讲话中) that `_bare_speakers` passes over."""
    words = "|".join(map(re.escape, (*_words("spoke_bare"), *_words("before_bare_verbs"), _HONORIFIC)))
    return re.compile(f"(?:{_ANSWER.pattern})|(?:{_SPOKE_ON.pattern})|{words}")


def _credits(text: str, after: int, bracketed: bool) -> bool:
    """Whether the words at `after` credit the name before them with speaking: `】:` after a bracketed
    name, a verb of speech (通报), or 就…强调."""
    answers = bracketed and _ANSWER.match(text, after) is not None
    return answers or text.startswith(_words("spoke_bare"), after) or _SPOKE_ON.match(text, after) is not None


def _speech_speaker(title: str | None) -> _Found | None:
    """A speech's own speaker, from `市委书记XXX在…上的讲话`; None for an unnamed draft (某…)."""
    if not title:
        return None
    match = re.search(r"^(.{2,30}?)在.{2,60}上的(?:讲话|致辞|发言|主持词|报告)", title)
    if not match or match.group(1).startswith("某"):
        return None
    found = _find_people(_as_names_are_read(match.group(1)) + "讲话")
    return next(iter(found.values()), None)


# What may open a deck under the headline (——县委书记X出席并讲话, --县长Y), which is no part of a position.
_DECK_MARKS = "—-－─– "


def extract(data: PeopleInput) -> People:
    if data.genre != "news_report":  # speeches and documents credit only their own named author
        own = _speech_speaker(data.title)
        if own is None:
            return People(None, (), ())
        speaker = Speaker(name=own.name, positions=own.positions, roles=["spoke"])
        return People(Person(name=own.name, positions=own.positions), (speaker,), ())
    lines = ((data.subtitle.lstrip(_DECK_MARKS),) if data.subtitle else ()) + data.paragraphs + data.captions
    text = _as_names_are_read("\n".join(lines))
    people = sorted(_find_people(text).values(), key=lambda p: p.first_at)
    speakers = [
        Speaker(name=p.name, positions=p.positions, roles=[r for r in ("spoke", "presided") if r in p.roles])
        for p in people
        if "spoke" in p.roles
    ]
    attendees = [
        Attendee(name=p.name, positions=p.positions, role="presided" if "presided" in p.roles else "attended")
        for p in people
        if "spoke" not in p.roles
    ]
    principal = Person(name=speakers[0].name, positions=speakers[0].positions) if speakers else None
    return People(principal, tuple(speakers), tuple(attendees))
