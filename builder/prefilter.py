"""Texts one of which every match of a regex contains, read off the regex itself: a prefilter.

A pattern that starts with a character class or with optional words is tried by Python's engine at
every character of the text, and most texts hold no match. One search for a word that every match
must contain skips through the text in C, so the pattern itself runs only where it could match (the
idea of RE2's and Hyperscan's prefilters). `prefilter` finds such words from the pattern's syntax
tree: a run of literal characters outside anything optional, one of the words of a branch, or one of
a few characters of a class. It gives None when it cannot be sure, and the pattern is then always run.
"""

from __future__ import annotations

import re
from functools import cache

try:  # the parser and its names for the nodes of a syntax tree
    from re import _constants as sre
    from re import _parser
except ImportError:  # Python 3.10 has them under their old names
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

Requirement = frozenset[str]
_REPEATS = tuple(getattr(sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(sre, name))
_ATOMIC_GROUP = getattr(sre, "ATOMIC_GROUP", None)  # Python 3.11 and later
# A class of more characters than this is no help as a requirement: it is found almost everywhere.
_MOST_CHARACTERS = 32


@cache
def prefilter(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """A search that finds something in every text the pattern matches, or None when none is known."""
    words = required_words(pattern, flags)
    return re.compile("|".join(map(re.escape, sorted(words)))) if words else None


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
    if op is sre.SUBPATTERN:
        _, added_flags, _, inside = value  # type: ignore[misc]
        return None if added_flags & re.IGNORECASE else _sequence(list(inside))
    if op is sre.BRANCH:
        branches = [_sequence(list(branch)) for branch in value[1]]  # type: ignore[index]
        if any(branch is None for branch in branches):
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]
    if op in _REPEATS:
        least, _, repeated = value  # type: ignore[misc]
        return _sequence(list(repeated)) if least >= 1 else None
    if op is _ATOMIC_GROUP:
        return _sequence(list(value))  # type: ignore[arg-type]
    return None  # lookarounds hold text outside the match; the rest matches too much to help


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


def _usefulness(words: Requirement) -> tuple[int, int]:
    """Longer words first (rarer in text), then fewer of them."""
    return min(map(len, words)), -len(words)
