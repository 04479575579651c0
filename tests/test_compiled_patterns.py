"""The record of compiled patterns (builder/run/compiled_patterns.py): every pattern taken from it is the one `re`
compiles itself, it covers a parsing process's start, and a record that cannot be used is not used."""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

import builder
from builder import prefilter
from builder.run import compiled_patterns, record_patterns

RECORD_IN_FRESH_PROCESS = (
    "import sys; from pathlib import Path; from builder.run.record_patterns import record_parser_start; "
    "print(record_parser_start(Path(sys.argv[1])))"
)

# In a fresh process with the record installed: how many of the builder's patterns its parser's start compiles
# itself (a pattern compiled by the standard library's own modules, e.g. tokenize's, which builds one from a set, may
# differ from process to process).
COMPILED_AT_START_WITH = """
import functools, os, re, sys, traceback
from pathlib import Path
from builder.run import compiled_patterns as patterns
patterns.uninstall()
re.purge()
compiled_here = []
stdlib_compile = patterns._stdlib_compile
RE_DIR = os.path.dirname(re.__file__)  # sys.argv[2]: the builder's folder
ON_THE_WAY = (functools.__file__, patterns.__file__, "<string>")

def compiled_by():
    for frame in reversed(traceback.extract_stack()):
        if not frame.filename.startswith(RE_DIR) and frame.filename not in ON_THE_WAY:
            return frame.filename

def compile_here(pattern, flags=0):
    if compiled_by().startswith(sys.argv[2]):
        compiled_here.append(pattern)
    return stdlib_compile(pattern, flags)

patterns._stdlib_compile = compile_here
import builder.prefilter as prefilter
read_here = []
class CountingParser:
    def __getattr__(self, name):
        return getattr(parser, name)
    def parse(self, pattern, flags=0):
        read_here.append(pattern)
        return parser.parse(pattern, flags)
parser, prefilter._parser = prefilter._parser, CountingParser()
print(patterns.install(Path(sys.argv[1])))
from builder.run.engine import _import_parser
from builder.run.pipeline import warm_up
_import_parser()
warm_up()
print(len(compiled_here), len(read_here))
"""


@pytest.fixture(scope="module")
def record(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("patterns") / "patterns.bin"
    run = subprocess.run(
        [sys.executable, "-c", RECORD_IN_FRESH_PROCESS, str(path)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "1"},
    )
    assert int(run.stdout) == len(compiled_patterns.read_record(path))
    return path


def in_subprocess(code: str, *args: str, options: tuple[str, ...] = ()) -> list[str]:
    run = subprocess.run([sys.executable, *options, "-c", code, *args], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return run.stdout.split()


def test_the_parsers_start_and_a_web_page_are_recorded(record: Path) -> None:
    known = compiled_patterns.read_record(record)
    assert len(known) > 300
    assert any("[" in pattern and re.search(r"[\u4e00-\u9fff]", pattern) for _, pattern, _ in known)
    page = record_patterns._read_a_web_page()
    assert page.article is not None and page.article.title == "长兴县召开2023年招商引资工作推进会议"


def test_every_recorded_pattern_is_the_one_re_compiles(record: Path) -> None:
    known = compiled_patterns.read_record(record)
    take = compiled_patterns._compiler_with(known)
    different = []
    for (is_bytes, pattern, flags), (_, _, _, _, indexgroup) in known.items():
        taken, compiled = take(pattern, flags), compiled_patterns._stdlib_compile(pattern, flags)
        names_by_number = [None] * (compiled.groups + 1)
        for name, number in compiled.groupindex.items():
            names_by_number[number] = name
        # Patterns are equal when their flags, text and code are (the code is what the engine runs); their groups'
        # names, in order, and the names by number (a match's lastgroup) are compared apart
        if (
            taken != compiled
            or is_bytes != isinstance(pattern, bytes)
            or taken.groups != compiled.groups
            or list(taken.groupindex.items()) != list(compiled.groupindex.items())
            or list(indexgroup) != names_by_number
        ):
            different.append(pattern)
    assert different == []


def test_with_the_record_the_parsers_start_compiles_and_reads_nothing(record: Path) -> None:
    # in another process, with sets in another order: a pattern built from a set's order would not be found
    run = subprocess.run(
        [sys.executable, "-c", COMPILED_AT_START_WITH, str(record), str(Path(builder.__file__).parent)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "2"},
    )
    held, compiled_at_start, trees_read_at_start = map(int, run.stdout.split())
    assert held == len(compiled_patterns.read_record(record))
    assert compiled_at_start == 0
    assert trees_read_at_start == 0  # every reading of the prefilter taken from the record beside it


def test_importing_builder_installs_the_record_make_writes() -> None:
    taken, held = in_subprocess(
        "import builder, re; from builder.run import compiled_patterns as patterns; "
        "print(re._compiler.compile is not patterns._stdlib_compile, len(patterns.read_record(patterns.RECORD)))"
    )
    assert taken == str(int(held) > 0)


def test_a_pattern_not_in_the_record_is_compiled_as_usual(record: Path) -> None:
    take = compiled_patterns._compiler_with(compiled_patterns.read_record(record))
    pattern = "(?P<count>[一二三四五六七八九十]+)个新项目(?=签约)"
    assert take(pattern, 0) == compiled_patterns._stdlib_compile(pattern, 0)
    assert take(pattern, 0).match("十二个新项目签约").group("count") == "十二"


def test_a_bytes_pattern_with_a_recorded_patterns_text_is_its_own(record: Path) -> None:
    """A str and the bytes of its ASCII text hash alike: looked up, they must never be compared (a warning, an
    error under `python -bb`), and the bytes pattern is compiled as bytes."""
    text = next(p for is_bytes, p, _ in compiled_patterns.read_record(record) if not is_bytes and p.isascii())
    found = in_subprocess(
        "import re, sys; from pathlib import Path; from builder.run import compiled_patterns as patterns; "
        "patterns.install(Path(sys.argv[1])); print(type(re.compile(sys.argv[2].encode()).pattern).__name__)",
        str(record),
        text,
        options=("-bb",),
    )
    assert found == ["bytes"]


def test_a_record_another_python_release_wrote_is_not_used(record: Path, tmp_path: Path) -> None:
    made_by, checksum, patterns = marshal.loads(record.read_bytes())
    major, minor, micro = sys.version_info[:3]
    next_release = made_by[0].replace(f"{major}.{minor}.{micro}", f"{major}.{minor}.{micro + 1}", 1)
    assert next_release != made_by[0]
    other = tmp_path / "other.bin"
    other.write_bytes(marshal.dumps(((next_release, *made_by[1:]), checksum, patterns)))
    assert compiled_patterns.read_record(other) == {}


def test_a_record_changed_by_one_bit_is_not_used(record: Path, tmp_path: Path) -> None:
    made_by, checksum, patterns = marshal.loads(record.read_bytes())
    flipped = bytearray(patterns)
    flipped[len(flipped) // 2] ^= 0x10
    changed = tmp_path / "changed.bin"
    changed.write_bytes(marshal.dumps((made_by, checksum, bytes(flipped))))
    assert compiled_patterns.read_record(changed) == {}
    changed.write_bytes(marshal.dumps((made_by, zlib.crc32(patterns), patterns)))
    assert len(compiled_patterns.read_record(changed)) == len(compiled_patterns.read_record(record))


@pytest.mark.parametrize("content", [b"", b"\x00not marshal", marshal.dumps([1, 2, 3]), marshal.dumps(("x", "y"))])
def test_a_damaged_record_is_not_used_and_changes_nothing(tmp_path: Path, content: bytes) -> None:
    damaged = tmp_path / "damaged.bin"
    damaged.write_bytes(content)
    before = compiled_patterns._compiler.compile
    assert compiled_patterns.install(damaged) == 0
    assert compiled_patterns._compiler.compile is before
    assert compiled_patterns.install(tmp_path / "missing.bin") == 0
    assert compiled_patterns._compiler.compile is before


@pytest.mark.parametrize("damage", ["code cut by a word", "code cut inside a word", "not a compiled form"])
def test_an_entry_not_of_its_shape_is_compiled_as_usual(record: Path, damage: str) -> None:
    known = compiled_patterns.read_record(record)
    key, (final_flags, code, *rest) = next((key, entry) for key, entry in known.items() if entry[2] > 0)
    entry = {
        "code cut by a word": (final_flags, code[: -compiled_patterns._sre.CODESIZE], *rest),  # the engine refuses it
        "code cut inside a word": (final_flags, code[:-1], *rest),
        "not a compiled form": 5,
    }[damage]
    _, pattern, flags = key
    taken = compiled_patterns._compiler_with({key: entry})(pattern, flags)  # type: ignore[dict-item]
    assert taken == compiled_patterns._stdlib_compile(pattern, flags)


def test_every_recorded_reading_is_the_one_the_prefilter_makes(record: Path) -> None:
    readings = compiled_patterns.read_readings(record)
    assert len(readings) > 100
    assert {name for name, _, _ in readings} == {
        "required_words", "first_characters", "holds_across_lines", "anchored_at_lines"
    }  # fmt: skip
    different = [
        (name, pattern)
        for (name, pattern, flags), found in readings.items()
        if getattr(prefilter, name).__wrapped__(pattern, flags) != found
    ]
    assert different == []


def test_readings_recorded_by_other_code_of_the_prefilter_are_not_taken(record: Path, tmp_path: Path) -> None:
    assert compiled_patterns.readings_made_by()[-1] == hashlib.sha256(Path(prefilter.__file__).read_bytes()).hexdigest()
    other = tmp_path / "patterns.bin"
    other.write_bytes(record.read_bytes())
    made_by, checksum, readings = marshal.loads(compiled_patterns.readings_beside(record).read_bytes())
    assert made_by == compiled_patterns.readings_made_by()
    written_by_other_code = (*made_by[:-1], hashlib.sha256(b"another prefilter.py").hexdigest())
    compiled_patterns.readings_beside(other).write_bytes(marshal.dumps((written_by_other_code, checksum, readings)))
    assert compiled_patterns.read_readings(other) == {}
    assert len(compiled_patterns.read_record(other)) == len(compiled_patterns.read_record(record))  # its patterns are
