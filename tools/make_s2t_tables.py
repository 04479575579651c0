"""Write builder/data/s2t_characters.tsv, s2t_phrase_pairs.tsv and s2t_words.tsv: OpenCC's s2t without loading it.

Run when OpenCC is upgraded or topic.json's words change (`python tools/make_s2t_tables.py`); `tests/test_clean.py`
fails until then.

s2t converts a text phrase by phrase (its phrase dictionaries, 50,000 entries, 45 ms to load in every process)
and character by character where no phrase matches. Its phrases keep each character's place (a key and its
value are as long), so a character converts as it does alone unless a phrase covering it converts it otherwise;
such a phrase holds the character with the one before or after it. The tables:
- `s2t_characters.tsv`: each character s2t changes alone, with what it gives (its first character table's, or
  the compatibility ideographs' normalization, the character then converted), and whether it is such an ideograph
  (normalized before the phrases are matched, so a text holding one is left to s2t itself);
- `s2t_phrase_pairs.tsv`: each pair of neighbours within a phrase whose value converts one of the two otherwise
  than alone, and which of the two (`first`, `second`).
`clean.traditional` tells from them where a text may convert otherwise than character by character. And
`s2t_words.tsv`: s2t of the words the builder converts as they are (topic.json's `topic_words`, for pages in
Traditional script), which `clean.script.to_traditional` looks up.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import opencc

from builder.resources import DATA_DIR, data_json

CHARACTERS = "s2t_characters.tsv"
PAIRS = "s2t_phrase_pairs.tsv"
WORDS = "s2t_words.tsv"
VERSION = "s2t_opencc_version.txt"  # the OpenCC the tables were made with: with another, the builder asks s2t
CONFIG = "s2t.json"
_PACKAGE = Path(opencc.__file__).parent / "clib"
_DICTIONARIES = _PACKAGE / "share" / "opencc"
_DICT_TOOL = _PACKAGE / "bin" / "opencc_dict"
_SURROGATES = range(0xD800, 0xE000)
CHARACTERS_HEADER = (
    f"# Characters OpenCC's s2t changes alone: made by tools/make_s2t_tables.py from OpenCC {opencc.__version__}'s\n"
    "# s2t converter and dictionaries; made again when OpenCC is upgraded. compatibility: normalized before s2t's\n"
    "# phrases are matched.\n"
    "character\ttraditional\tcompatibility\n"
)
PAIRS_HEADER = (
    f"# Neighbours in an s2t phrase that converts one of them otherwise than alone (which: first or second): made by\n"
    f"# tools/make_s2t_tables.py from OpenCC {opencc.__version__}'s dictionaries; made again when OpenCC is upgraded.\n"
    "pair\tconverted\n"
)
WORDS_HEADER = (
    f"# s2t of the words the builder converts (topic.json's topic_words): made by tools/make_s2t_tables.py with\n"
    f"# OpenCC {opencc.__version__}; made again when they change or OpenCC is upgraded.\n"
    "word\ttraditional\n"
)


def _dictionary_files(node: object) -> Iterator[str]:
    """Every dictionary file a converter's configuration names, however deep in its groups."""
    if isinstance(node, dict):
        if node.get("type") == "ocd2":
            yield node["file"]
        for value in node.values():
            yield from _dictionary_files(value)
    elif isinstance(node, list):
        for value in node:
            yield from _dictionary_files(value)


def _entries(file: str) -> list[tuple[str, list[str]]]:
    """A dictionary's entries (key, its values), as OpenCC's own tool writes them out as text."""
    with tempfile.TemporaryDirectory() as folder:
        text = Path(folder) / "dictionary.txt"
        command = [str(_DICT_TOOL), "-i", str(_DICTIONARIES / file), "-o", str(text), "-f", "ocd2", "-t", "text"]
        subprocess.run(command, check=True, capture_output=True)
        lines = text.read_text(encoding="utf-8").splitlines()
    return [(key, values.split(" ")) for key, values in (line.split("\t") for line in lines)]


def _config() -> dict:
    return json.loads((_DICTIONARIES / CONFIG).read_text(encoding="utf-8"))


def alone() -> dict[str, str]:
    """Each character s2t changes when it converts it alone, with what it gives: every code point but the
    surrogates and the line break, a line each, in one conversion (no phrase holds a line break)."""
    characters = [chr(point) for point in range(sys.maxunicode + 1) if point not in _SURROGATES and point != 0x0A]
    converted = opencc.OpenCC("s2t").convert("\n".join(characters)).split("\n")
    return {before: after for before, after in zip(characters, converted, strict=True) if before != after}


def compatibility() -> set[str]:
    """The characters the converter normalizes before converting (its `normalization` dictionaries' keys)."""
    return {key for file in _dictionary_files(_config().get("normalization", [])) for key, _ in _entries(file)}


def phrase_pairs(changed_alone: dict[str, str]) -> set[tuple[str, str]]:
    """(pair, first or second) for each character of a phrase that its value (the first: the one s2t writes)
    converts otherwise than alone, with its neighbour before and its neighbour after."""
    chain = _config()["conversion_chain"]
    if len(chain) != 1:
        raise ValueError(f"{CONFIG}: {len(chain)} conversions one after another; the tables hold one")
    pairs: set[tuple[str, str]] = set()
    for file in _dictionary_files(chain):
        for key, (value, *_) in _entries(file):
            if len(key) < 2:
                continue  # a single character's entry: what `alone` found already
            if len(value) != len(key):
                raise ValueError(f"{file}: {key} → {value} changes the text's length; the tables cannot hold it")
            for place, character in enumerate(key):
                if value[place] == changed_alone.get(character, character):
                    continue
                if place > 0:
                    pairs.add((key[place - 1 : place + 1], "second"))
                if place < len(key) - 1:
                    pairs.add((key[place : place + 2], "first"))
    return pairs


def characters_text() -> str:
    changed, normalized = alone(), compatibility()
    rows = (
        f"{character}\t{changed.get(character, character)}\t{int(character in normalized)}\n"
        for character in sorted(changed.keys() | normalized)
    )
    return CHARACTERS_HEADER + "".join(rows)


def pairs_text() -> str:
    return PAIRS_HEADER + "".join(f"{pair}\t{which}\n" for pair, which in sorted(phrase_pairs(alone())))


def words_text() -> str:
    words = data_json("topic.json")["topic_words"]
    s2t = opencc.OpenCC("s2t")
    return WORDS_HEADER + "".join(f"{word}\t{s2t.convert(word)}\n" for word in words)


def version_text() -> str:
    return f"{opencc.__version__}\n"


def main() -> None:
    tables = ((CHARACTERS, characters_text()), (PAIRS, pairs_text()), (WORDS, words_text()), (VERSION, version_text()))
    for name, text in tables:
        path = DATA_DIR / name
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
