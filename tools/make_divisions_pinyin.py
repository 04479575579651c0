"""Write builder/data/divisions_pinyin.tsv: every spelling a web address may give a division in.

Run once, by hand, when divisions.tsv changes (`pip install pypinyin` into any environment, then
`python tools/make_divisions_pinyin.py`); pypinyin is a tool for making this data file, not a
dependency of the builder, which reads only the TSV. Each division's full name (邳州市 → pizhoushi)
and short name (邳州 → pizhou) are spelled in every reading pypinyin knows for their characters
(宁都 → ningdu and ningdou, since place names keep old readings its phrase list may not know), up to
`MAX_SPELLINGS` a name, and with ü as both `v` and `u` (吕梁 → lvliang, luliang), as sites write it.
Column `reading` says `usual` for pypinyin's most likely reading and `other` for the rest: a spelling
that is one division's usual reading is never another's other reading (jinghai is 静海, not 青海).

Form `initials`: a county-level division's initials after its city's (安庆 + 宜秀 → aqyx, as aqyx.gov.cn
abbreviates 安庆市宜秀区), in the usual reading, both short names of two characters or more. Their
reading is `other`: the builder trusts them only in a government's host, like the rare readings.
"""

from __future__ import annotations

import csv
import itertools
from pathlib import Path

from pypinyin import Style, lazy_pinyin, pinyin

DATA = Path(__file__).resolve().parent.parent / "builder" / "data"
# A name whose characters allow more readings than this keeps only its first ones (pypinyin's
# most likely reading comes first): the rest are spellings no site uses.
MAX_SPELLINGS = 16


def spellings(name: str) -> list[tuple[str, str]]:
    """Every spelling of `name` with its reading (`usual` or `other`), without tones or separators."""
    readings = pinyin(name, style=Style.NORMAL, heteronym=True, errors="ignore")
    if len(readings) != len(name):
        return []
    usual = "".join(lazy_pinyin(name, style=Style.NORMAL))
    found: list[tuple[str, str]] = []
    for syllables in itertools.islice(itertools.product(*readings), MAX_SPELLINGS):
        joined = "".join(syllables)
        reading = "usual" if joined == usual else "other"
        for variant in (joined, joined.replace("v", "u")):
            if variant.isascii() and variant.isalpha() and variant not in {s for s, _ in found}:
                found.append((variant, reading))
    if usual.isascii() and usual.isalpha() and usual not in {s for s, _ in found}:
        found.append((usual, "usual"))
        found.append((usual.replace("v", "u"), "usual"))
    return found


def initials(name: str) -> str:
    letters = "".join(lazy_pinyin(name, style=Style.FIRST_LETTER))
    return letters if len(letters) == len(name) and letters.isascii() and letters.isalpha() else ""


def rows() -> list[tuple[str, str, str, str]]:
    found = set()
    with open(DATA / "divisions.tsv", encoding="utf-8", newline="") as handle:
        divisions = list(csv.DictReader(handle, delimiter="\t"))
    short_names = {division["code"]: division["short_names"] for division in divisions}
    for division in divisions:
        for form, name in (("full", division["name"]), ("short", division["short_names"])):
            for spelling, reading in spellings(name) if name else []:
                found.add((spelling, division["code"], form, reading))
        parent = short_names.get(division["parent_code"], "")
        own = division["short_names"]
        if division["level"] == "county" and len(parent) >= 2 and len(own) >= 2:
            spelled = initials(parent) + initials(own)
            if len(spelled) == len(parent) + len(own):
                found.add((spelled.lower(), division["code"], "initials", "other"))
    return sorted(found)


def main() -> None:
    with open(DATA / "divisions_pinyin.tsv", "w", encoding="utf-8", newline="") as handle:
        handle.write("pinyin\tcode\tform\treading\n")
        for row in rows():
            handle.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
