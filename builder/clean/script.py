"""Traditional → Simplified with the official OpenCC binding, and the script of a capture."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import opencc

from builder.clean.traditional import changed_bounds, code_points, made_for_installed_opencc
from builder.record.models import Script
from builder.resources import data_tsv

_FIRST_HAN, _LAST_HAN = 0x4E00, 0x9FFF  # the range the script test counts


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def to_simplified(text: str) -> str:
    return _names_kept(text, _t2s().convert(text))


@dataclass(frozen=True)
class _AlteredNames:
    """Division names that t2s does not give back as they are: `forms` maps each altered form (干安县 for
    乾安县; 濬县, t2s of 浚县's Traditional 濬縣) to the name and the name's Traditional form."""

    forms: dict[str, tuple[str, str]]
    pattern: re.Pattern[str]
    characters: re.Pattern[str]


@lru_cache(maxsize=1)
def _altered_names() -> _AlteredNames:
    """From `altered_names.tsv`, made from the reference tables by `tools/make_altered_names.py` (so a name added
    there is kept too, once the table is made again): deriving it here loaded s2t and converted every name three
    times at a process's first conversion (50 ms), though converting needs no s2t."""
    forms = {row["form"]: (row["name"], row["traditional"]) for row in data_tsv("altered_names.tsv")}
    characters = {
        character
        for form, (name, traditional) in forms.items()
        for i, (a, b) in enumerate(zip(form, name, strict=True))
        if a != b
        for character in (name[i], traditional[i])
    }
    pattern = "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) or "(?!)"
    character_class = f"[{''.join(sorted(characters))}]" if characters else "(?!)"
    return _AlteredNames(forms, re.compile(pattern), re.compile(character_class))


def _names_kept(text: str, converted: str) -> str:
    """The converted text with each division name that t2s altered (乾安县 → 干安县, 濬縣 → 濬县) given
    back where the original wrote the name or its Traditional form there (苦幹縣 stays 苦干县); a text
    holding none of the altered characters (nearly all) costs one scan."""
    altered = _altered_names()
    if len(converted) != len(text) or not altered.characters.search(text):
        return converted
    kept = list(converted)
    for match in altered.pattern.finditer(converted):
        name, traditional = altered.forms[match.group()]
        for i, (form_character, name_character) in enumerate(zip(match.group(), name, strict=True)):
            position = match.start() + i
            if form_character != name_character and text[position] in (name_character, traditional[i]):
                kept[position] = name_character
    return "".join(kept)


def to_traditional(text: str) -> str:
    """s2t of the text; of a word the builder converts (`s2t_words.tsv`), as s2t gave it when the table was made,
    without loading s2t (45 ms in every process that parses)."""
    return _known_words().get(text) or _s2t().convert(text)


@lru_cache(maxsize=1)
def _known_words() -> dict[str, str]:
    if not made_for_installed_opencc():
        return {}
    return {row["word"]: row["traditional"] for row in data_tsv("s2t_words.tsv")}


def to_simplified_lines(lines: list[str]) -> list[str]:
    """Each line in Simplified, converted in one call (OpenCC keeps line breaks)."""
    converted = to_simplified("\n".join(lines)).split("\n")
    if len(converted) != len(lines):
        return [to_simplified(line) for line in lines]
    return converted


def _changed(before: str, after: str) -> int:
    """Characters a conversion changed, position by position up to the shorter one's end (a length change
    counts as changes too): compared as arrays of code points, ten times faster than character by character."""
    common = min(len(before), len(after))
    differ = code_points(before[:common]) != code_points(after[:common])
    return int(np.count_nonzero(differ)) + abs(len(before) - len(after))


def _cjk_count(points: np.ndarray) -> int:
    """Han characters among a text's code points (cutting everything else out with a pattern took ten times as
    long)."""
    return int(np.count_nonzero((points >= _FIRST_HAN) & (points <= _LAST_HAN)))


def detect_script(text: str, simplified: str) -> Script:
    """traditional, simplified or mixed, from how much each conversion would change.

    A Traditional text changes under t2s and hardly under s2t; a Simplified text the reverse; a
    text that changes a good deal both ways mixes the two. (Counting the characters s2t changes on
    their own would be three times cheaper but misses the phrases it converts, 周末 → 週末, and so
    labels some texts differently.) What s2t would change is first bounded from the character tables
    (`clean.traditional`), which settle it for every shipped capture; s2t converts the text only where the
    fewest and the most it may change would be labelled differently.
    """
    if text == simplified:  # t2s changed nothing: neither traditional nor mixed, whatever s2t would change
        return "simplified"
    points = code_points(text)
    cjk = _cjk_count(points)
    if not cjk:
        return "simplified"
    traditional_share = _changed(text, simplified) / cjk
    if not traditional_share:
        return "simplified"
    bounds = changed_bounds(text, points)
    if bounds is not None:
        fewest, most = (_label(traditional_share, changed / cjk) for changed in bounds)
        if fewest == most:  # the label changes once at most as s2t's share grows: it holds between them too
            return fewest
    return _label(traditional_share, _changed(text, _s2t().convert(text)) / cjk)


def _label(traditional_share: float, simplified_share: float) -> Script:
    """The script of a text t2s changes by `traditional_share` of its Han characters and s2t by
    `simplified_share`."""
    if traditional_share >= 0.04 and simplified_share >= 0.04:
        return "mixed"
    if traditional_share > simplified_share:
        return "traditional"
    return "simplified"
