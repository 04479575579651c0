"""The record of compiled patterns (builder/run/compiled_patterns.py): every pattern taken from it is the one `re`
compiles itself, it covers a parsing process's start, and a record that cannot be used is not used."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from builder.run import compiled_patterns

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
RE_DIR = os.path.dirname(re.__file__)
ON_THE_WAY = (functools.__file__, patterns.__file__, "<string>")

def compiled_by():
    for frame in reversed(traceback.extract_stack()):
        if not frame.filename.startswith(RE_DIR) and frame.filename not in ON_THE_WAY:
            return frame.filename

def compile_here(pattern, flags=0):
    if os.sep + "builder" + os.sep in compiled_by():
        compiled_here.append(pattern)
    return stdlib_compile(pattern, flags)

patterns._stdlib_compile = compile_here
print(patterns.install(Path(sys.argv[1])))
from builder.run.engine import _import_parser
from builder.run.pipeline import warm_up
_import_parser()
warm_up()
print(len(compiled_here))
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


def test_the_parsers_start_is_recorded(record: Path) -> None:
    known = compiled_patterns.read_record(record)
    assert len(known) > 300
    assert any("[" in pattern and re.search(r"[\u4e00-\u9fff]", pattern) for pattern, _ in known)


def test_every_recorded_pattern_is_the_one_re_compiles(record: Path) -> None:
    known = compiled_patterns.read_record(record)
    take = compiled_patterns._compiler_with(known)
    different = []
    for pattern, flags in known:
        taken, compiled = take(pattern, flags), compiled_patterns._stdlib_compile(pattern, flags)
        # Patterns are equal when their flags, text and code are: the code is what the engine runs
        if taken != compiled or (taken.groups, taken.groupindex) != (compiled.groups, compiled.groupindex):
            different.append(pattern)
    assert different == []


def test_with_the_record_the_parsers_start_compiles_nothing(record: Path) -> None:
    # in another process, with sets in another order: a pattern built from a set's order would not be found
    run = subprocess.run(
        [sys.executable, "-c", COMPILED_AT_START_WITH, str(record)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "2"},
    )
    held, compiled_at_start = map(int, run.stdout.split())
    assert held == len(compiled_patterns.read_record(record))
    assert compiled_at_start == 0


def test_a_pattern_not_in_the_record_is_compiled_as_usual(record: Path) -> None:
    take = compiled_patterns._compiler_with(compiled_patterns.read_record(record))
    pattern = "(?P<count>[一二三四五六七八九十]+)个新项目(?=签约)"
    assert take(pattern, 0) == compiled_patterns._stdlib_compile(pattern, 0)
    assert take(pattern, 0).match("十二个新项目签约").group("count") == "十二"


def test_a_record_another_python_wrote_is_not_used(record: Path, tmp_path: Path) -> None:
    made_by, known = marshal.loads(record.read_bytes())
    other = tmp_path / "other.bin"
    other.write_bytes(marshal.dumps((("3.99.0 (elsewhere)", *made_by[1:]), known)))
    assert compiled_patterns.read_record(other) == {}


@pytest.mark.parametrize("content", [b"", b"\x00not marshal", marshal.dumps([1, 2, 3]), marshal.dumps(("x", "y"))])
def test_a_damaged_record_is_not_used_and_changes_nothing(tmp_path: Path, content: bytes) -> None:
    damaged = tmp_path / "damaged.bin"
    damaged.write_bytes(content)
    before = compiled_patterns._compiler.compile
    assert compiled_patterns.install(damaged) == 0
    assert compiled_patterns._compiler.compile is before
    assert compiled_patterns.install(tmp_path / "missing.bin") == 0
    assert compiled_patterns._compiler.compile is before


def test_a_pattern_damaged_in_the_record_is_compiled_as_usual(record: Path) -> None:
    known = compiled_patterns.read_record(record)
    (pattern, flags), (final_flags, code, *rest) = next(iter(known.items()))
    damaged = {(pattern, flags): (final_flags, code[:-3], *rest)}  # its code cut short
    taken = compiled_patterns._compiler_with(damaged)(pattern, flags)
    assert taken == compiled_patterns._stdlib_compile(pattern, flags)
