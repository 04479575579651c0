"""What OpenCC's s2t does to a text, told from two tables instead of loading s2t (45 ms in every process that parses).

s2t's phrases keep each character's place, so it converts a character as it does alone unless a phrase covering
it converts it otherwise, and such a phrase holds the character with its neighbour before or after it. The tables,
made from OpenCC's own dictionaries by `tools/make_s2t_tables.py`: each character s2t changes alone, with what it
gives (`s2t_characters.tsv`), and each pair of neighbours in a phrase that converts one of them otherwise
(`s2t_phrase_pairs.tsv`). Where a text holds such a pair, only s2t itself can say what becomes of that character;
a text with a compatibility ideograph (normalized before the phrases are matched) or a lone surrogate (which s2t
refuses) is left to s2t whole.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import opencc

from builder.resources import data_text

_UNCHANGED, _CHANGED, _LEFT_TO_S2T = 0, 1, 2  # what s2t does to a character alone, as the tables say
_SURROGATES = slice(0xD800, 0xE000)
_CODE_POINTS = 0x110000


@dataclass(frozen=True)
class _Tables:
    kinds: np.ndarray  # code point → _UNCHANGED, _CHANGED or _LEFT_TO_S2T
    phrase_converted: re.Pattern[str]  # a character some phrase converts otherwise than alone
    second_converted: frozenset[str]  # pairs whose second character a phrase so converts
    first_converted: frozenset[str]  # pairs whose first


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    characters, _, compatibility = _columns("s2t_characters.tsv", 3)
    kinds = np.zeros(_CODE_POINTS, dtype=np.uint8)
    kinds[[ord(character) for character in characters]] = _CHANGED
    kinds[[ord(character) for character, flag in zip(characters, compatibility, strict=True) if flag == "1"]] = (
        _LEFT_TO_S2T
    )
    kinds[_SURROGATES] = _LEFT_TO_S2T
    pairs, which = _columns("s2t_phrase_pairs.tsv", 2)
    second = frozenset(itertools.compress(pairs, [converted == "second" for converted in which]))
    first = frozenset(itertools.compress(pairs, [converted == "first" for converted in which]))
    converted = {pair[1] for pair in second} | {pair[0] for pair in first}
    return _Tables(
        kinds=kinds,
        phrase_converted=re.compile(f"[{''.join(sorted(map(re.escape, converted)))}]"),
        second_converted=second,
        first_converted=first,
    )


def _columns(name: str, width: int) -> list[list[str]]:
    """The columns of a table of `width` cells a row, below its comments and header: split in one call for the
    whole file (`resources.data_rows`' split and tuple a row took 12 ms of the tables' 13)."""
    lines = data_text(name).split("\n")
    body = [line for line in lines[1:] if line and not line.startswith("#")][1:]  # below the header
    cells = "\t".join(body).split("\t")
    if len(cells) != width * len(body):
        raise ValueError(f"{name}: a row without {width} cells")
    return [cells[column::width] for column in range(width)]


def code_points(text: str) -> np.ndarray:
    """Each character as its code point; a lone surrogate (text decoded with escapes) as itself."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _phrase_places(text: str) -> list[int]:
    """Where a phrase of s2t may convert the character otherwise than alone: it stands beside a neighbour with
    which some phrase converts it so."""
    tables = _tables()
    return [
        match.start()
        for match in tables.phrase_converted.finditer(text)
        if text[match.start() : match.start() + 2] in tables.first_converted
        or (match.start() > 0 and text[match.start() - 1 : match.start() + 1] in tables.second_converted)
    ]


@lru_cache(maxsize=1)
def made_for_installed_opencc() -> bool:
    """Whether the tables were made with the OpenCC installed: another's dictionaries may convert otherwise, and then
    only s2t itself can tell."""
    return data_text("s2t_opencc_version.txt").strip() == opencc.__version__


def changed_bounds(text: str, points: np.ndarray) -> tuple[int, int] | None:
    """The fewest and the most characters s2t would change in `text` (whose `code_points` are `points`): those it
    changes alone, less or more those a phrase may convert otherwise; None where only s2t can tell."""
    if not made_for_installed_opencc():
        return None
    kinds = _tables().kinds[points]
    if np.any(kinds == _LEFT_TO_S2T):
        return None
    places = _phrase_places(text)
    fewest = int(np.count_nonzero(kinds)) - int(np.count_nonzero(kinds[places]))
    return fewest, fewest + len(places)
