"""Read off a regex's syntax tree: the words every match contains (a prefilter), and what it starts with.

A pattern that starts with a character class or with optional words is tried by Python's engine at
every character of the text, and most texts hold no match. One search for a word that every match
must contain skips through the text in C, so the pattern itself runs only where it could match (the
idea of RE2's and Hyperscan's prefilters). `prefilter` finds such words from the pattern's syntax
tree: a run of literal characters outside anything optional, one of the words of a branch, or one of
a few characters of a class. It gives None when it cannot be sure, and the pattern is then always run.
`first_characters` gives the characters a match can start with, for a lookahead in front of a
pattern that opens with optional words or lookbehinds; `holds_across_lines` whether a pattern can
search many lines at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, wraps
from typing import Any, TypeVar, cast

try:  # the parser and its names for the nodes of a syntax tree
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10 has them under their old names
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

Requirement = frozenset[str]
_REPEATS = tuple(getattr(sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(sre, name))
_ATOMIC_GROUP = getattr(sre, "ATOMIC_GROUP", None)  # Python 3.11 and later
_ANY_NEWLINE_BREAKS = {
    getattr(sre, name)
    for name in ("ASSERT_NOT", "GROUPREF", "GROUPREF_EXISTS", "GROUPREF_IGNORE", "POSSESSIVE_REPEAT", "ATOMIC_GROUP")
    if hasattr(sre, name)
}
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w"}
# A class of more characters than this is no help as a requirement: it is found almost everywhere.
_MOST_CHARACTERS = 32

# What each reading of a syntax tree gave, by the reading's name, the pattern and its flags. A reading depends on
# nothing else but this module's code and Python's parser, and every parsing process's start makes the same 130 or
# so (50 ms, an eighth of that start): `make` records those of the parser's start, which a process takes when the
# builder is imported (builder/run/compiled_patterns.py), as it takes their compiled code.
Reading = tuple[str, str, int]
_READ: dict[Reading, Any] = {}
Found = TypeVar("Found")


def _kept(reading: Callable[[str, int], Found]) -> Callable[..., Found]:
    """`reading` made once per pattern and flags in a process, or taken from the record."""
    name = reading.__name__

    @wraps(reading)
    def kept(pattern: str, flags: int = 0) -> Found:
        key = (name, pattern, int(flags))
        if key not in _READ:
            _READ[key] = reading(pattern, flags)
        return _READ[key]

    return kept


def readings() -> dict[Reading, Any]:
    """Every reading this process has made or taken."""
    return dict(_READ)


def take_readings(known: dict[Reading, Any]) -> None:
    """Readings made by another process with this module's code and this Python, to take instead of making them."""
    _READ.update(known)


def forget_readings() -> None:
    _READ.clear()


@cache
def prefilter(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """A search that finds something in every text the pattern matches, or None when none is known."""
    words = required_words(pattern, flags)
    return re.compile("|".join(map(re.escape, sorted(words)))) if words else None


@dataclass(frozen=True)
class Prefiltered:
    """A compiled pattern that runs only on text holding one of the words every match contains."""

    pattern: re.Pattern[str]
    words: re.Pattern[str] | None

    # The test is written out in each method rather than shared: they run for every line of every capture,
    # where one more Python call costs as much as the test itself.
    def search(self, text: str) -> re.Match[str] | None:
        words = self.words
        return self.pattern.search(text) if words is None or words.search(text) is not None else None

    def findall(self, text: str) -> list[Any]:
        words = self.words
        return self.pattern.findall(text) if words is None or words.search(text) is not None else []

    def match(self, text: str) -> re.Match[str] | None:
        words = self.words
        return self.pattern.match(text) if words is None or words.search(text) is not None else None


@dataclass(frozen=True)
class StartOrAnywhere:
    """A yes-or-no test of an alternation `^(?:a|b)|c|d`: `a|b` tried at the start only, `c|d` behind its own
    prefilter, both behind the whole's.

    Python's engine skips in C to where a pattern can start only when it knows the characters it starts with;
    a branch anchored at the start hides them, so the rest was tried at every character (the boilerplate lines'
    patterns: 11.6 µs a line whole, 2.2 µs split, on the shipped captures)."""

    whole: re.Pattern[str] | None  # the whole alternation's prefilter
    at_start: re.Pattern[str] | None
    anywhere: Prefiltered | None

    def search(self, text: str) -> re.Match[str] | None:
        if self.whole is not None and self.whole.search(text) is None:
            return None
        found = self.at_start.match(text) if self.at_start is not None else None
        return self.anywhere.search(text) if found is None and self.anywhere is not None else found


def start_or_anywhere(whole: str, at_start: str | None, anywhere: str | None) -> StartOrAnywhere:
    """The test of the pattern `whole`, which is `^(?:at_start)|anywhere`; either part may be None."""
    return StartOrAnywhere(
        prefilter(whole),
        re.compile(at_start) if at_start else None,
        prefiltered(re.compile(anywhere)) if anywhere else None,
    )


def prefiltered(pattern: re.Pattern[str]) -> Prefiltered:
    """`pattern` behind its prefilter. Not cached here: hashing a compiled pattern reads all its code,
    so callers keep what this returns."""
    return Prefiltered(pattern, prefilter(pattern.pattern, pattern.flags))


@_kept
def required_words(pattern: str, flags: int = 0) -> Requirement | None:
    """Words one of which every match of `pattern` contains, or None."""
    tree = _parser.parse(pattern, flags)
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE):  # folded or spaced literals are not the text's own
        return None
    return _sequence(list(tree))


def _sequence(items: list[tuple[object, object]]) -> Requirement | None:
    """The best requirement among the parts that every match of the sequence passes through.

    Neighbouring characters and small classes make words together (`[:：]“` gives `:“` and `：“`,
    rarer than `“` alone), up to a few dozen words.
    """
    candidates: list[Requirement] = []
    run: set[str] = set()  # the words the characters and classes since the last other item spell
    for op, value in items:
        characters = frozenset({chr(value)}) if op is sre.LITERAL else None  # type: ignore[arg-type]
        if op is sre.IN:
            characters = _characters(value)  # type: ignore[arg-type]
        if characters and len(run or {""}) * len(characters) <= _MOST_CHARACTERS:
            run = {word + character for word in run or {""} for character in characters}
            continue
        if run:
            candidates.append(frozenset(run))
        run = set(characters) if characters else set()
        if not characters:
            found = _item(op, value)
            if found:
                candidates.append(found)
    if run:
        candidates.append(frozenset(run))
    return max(candidates, key=_usefulness, default=None)


def _item(op: object, value: object) -> Requirement | None:
    inside = _inside(op, value)
    if not inside or op in (sre.ASSERT, sre.ASSERT_NOT) or _may_be_empty(op, value) or _folds_case(op, value):
        return None  # lookarounds hold text outside the match; the rest matches too much to help
    found = [_sequence(sequence) for sequence in inside]
    return None if any(words is None for words in found) else frozenset().union(*found)  # type: ignore[arg-type]


def _characters(members: list[tuple[object, object]]) -> Requirement | None:
    """The characters of a small class made only of characters and short ranges."""
    characters: set[str] = set()
    for op, value in members:
        if op is sre.LITERAL:
            characters.add(chr(value))  # type: ignore[arg-type]
        elif op is sre.RANGE and value[1] - value[0] < _MOST_CHARACTERS:  # type: ignore[index]
            characters.update(map(chr, range(value[0], value[1] + 1)))  # type: ignore[index]
        else:  # a negation, a category (\d, \s), or a wide range
            return None
    return frozenset(characters) if len(characters) <= _MOST_CHARACTERS else None


@_kept
def first_characters(pattern: str, flags: int = 0) -> str | None:
    """What a match of `pattern` can start with, as the inside of a character class; None when it
    may start with anything, or be empty.

    `(?=[…])` in front of a pattern that opens with optional words or lookbehinds then lets the
    engine reject most positions with one test instead of trying every branch there.
    """
    tree = _parser.parse(pattern, flags)
    if tree.state.flags & re.IGNORECASE:
        return None
    found = _first(list(tree))
    if found is None or found[1]:
        return None
    return "".join(sorted(found[0]))


def start_test(pattern: str, flags: int = 0) -> str:
    """`(?=[…])` of what a match of `pattern` can start with, to put in front of it; empty when unknown."""
    characters = first_characters(pattern, flags)
    return f"(?=[{characters}])" if characters else ""


def behind_start_test(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled behind the test of its first character: the same matches, but the engine skips in C to
    where one can start instead of trying every branch at every character. The pattern is grouped behind the
    test: put in front of `a|b` alone, it would guard `a` only (the rankings' eight branches: 5.8 µs a sentence
    with the test on the first, 1.2 µs with it on all)."""
    test = start_test(pattern, flags)
    return re.compile(f"{test}(?:{pattern})" if test else pattern, flags)


def _first(items: list[tuple[object, object]]) -> tuple[frozenset[str], bool] | None:
    """The class parts a match of the sequence can start with, and whether it can be empty; None if unknown."""
    parts: set[str] = set()
    for op, value in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):  # zero-width: what follows starts the match
            continue
        found = _first_of(op, value)
        if found is None:
            return None
        parts |= found[0]
        if not found[1]:
            return frozenset(parts), False
    return frozenset(parts), True


def _first_of(op: object, value: object) -> tuple[frozenset[str], bool] | None:
    if op is sre.LITERAL:
        return frozenset({re.escape(chr(value))}), False  # type: ignore[arg-type]
    if op is sre.IN:
        parts = _class_parts(value)  # type: ignore[arg-type]
        return (parts, False) if parts is not None else None
    inside = _inside(op, value)
    if not inside or _folds_case(op, value):
        return None  # any character (., [^…]) or something this does not read
    found = [_first(sequence) for sequence in inside]
    if any(first is None for first in found):
        return None
    empty = _may_be_empty(op, value) or any(first[1] for first in found)  # type: ignore[index]
    return frozenset().union(*(first[0] for first in found)), empty  # type: ignore[index]


def _class_parts(members: list[tuple[object, object]]) -> frozenset[str] | None:
    """A class's members written for another class: characters, ranges and \\d \\s \\w."""
    parts: set[str] = set()
    for op, value in members:
        if op is sre.LITERAL:
            parts.add(re.escape(chr(value)))  # type: ignore[arg-type]
        elif op is sre.RANGE:
            low, high = cast("tuple[int, int]", value)
            parts.add(f"{re.escape(chr(low))}-{re.escape(chr(high))}")
        elif op is sre.CATEGORY and value in _CATEGORIES:
            parts.add(_CATEGORIES[value])
        else:  # a negated class, or a category written otherwise
            return None
    return frozenset(parts)


@_kept
def holds_across_lines(pattern: str, flags: int = 0) -> bool:
    """Whether, compiled with MULTILINE, the pattern finds a match in lines joined by newlines
    wherever it would in one of the lines alone.

    `^` and `$` then hold at every line, so a match within a line stays a match, unless the pattern
    asserts that something is absent (a negative lookaround, `\\A`, `\\Z`), cannot give back what it
    took (a possessive quantifier, an atomic group), turns a flag off inside, or refers back to a group.
    """
    return not _breaks_across_lines(list(_parser.parse(pattern, flags)))


@_kept
def anchored_at_lines(pattern: str, flags: int = 0) -> bool:
    """Whether the pattern holds `^` or `$`, the only parts MULTILINE changes: without them, the pattern compiled
    with MULTILINE matches what it matches without it."""
    return _anchored_at_lines(list(_parser.parse(pattern, flags)))


def _anchored_at_lines(items: list[tuple[object, object]]) -> bool:
    for op, value in items:
        if op is sre.AT and value in (sre.AT_BEGINNING, sre.AT_END):
            return True
        if any(_anchored_at_lines(inner) for inner in _inside(op, value)):
            return True
    return False


def _breaks_across_lines(items: list[tuple[object, object]]) -> bool:
    for op, value in items:
        if op in _ANY_NEWLINE_BREAKS or (op is sre.AT and value in (sre.AT_BEGINNING_STRING, sre.AT_END_STRING)):
            return True
        if op is sre.SUBPATTERN and value[2]:  # type: ignore[index]  # a flag turned off inside
            return True
        if any(_breaks_across_lines(inner) for inner in _inside(op, value)):
            return True
    return False


def _inside(op: object, value: object) -> list[list[Any]]:
    """The sequences inside one node of a syntax tree: one for a group, a repeat, an atomic group or a
    lookaround, one per alternative for a branch, none for anything else."""
    if op is sre.SUBPATTERN:
        return [list(value[3])]  # type: ignore[index]
    if op is sre.BRANCH:
        return [list(branch) for branch in value[1]]  # type: ignore[index]
    if op in _REPEATS or op in (sre.ASSERT, sre.ASSERT_NOT):
        return [list(value[-1])]  # type: ignore[index]
    if op is _ATOMIC_GROUP:
        return [list(cast("Iterable[Any]", value))]
    return []


def _may_be_empty(op: object, value: object) -> bool:
    return op in _REPEATS and value[0] == 0  # type: ignore[index]


def _folds_case(op: object, value: object) -> bool:
    """A group that ignores case: its characters stand for more than themselves."""
    return op is sre.SUBPATTERN and bool(value[1] & re.IGNORECASE)  # type: ignore[index]


def _usefulness(words: Requirement) -> tuple[int, int]:
    """Longer words first (rarer in text), then fewer of them."""
    return min(map(len, words)), -len(words)
