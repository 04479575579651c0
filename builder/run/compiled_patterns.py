"""Compiled regular expressions kept between processes, as Python keeps compiled modules in `__pycache__`.

Every process that parses compiles the parser's patterns first: about 400, a third of its start (a tenth to a fifth
of a second), most of it in Python's own compiler building the tables of classes of Chinese characters. It is work
done anew, with the same result, by every build and every worker forked cold, and on two cores nothing else can run
meanwhile. `python -m builder.run.record_patterns` (run by `make` after the bytecode) records what the parser's
start compiles, each pattern's compiled code with the Python release that made it; `install` (run when `builder`
is imported) has `re` take a pattern's code from that record rather than compile it. A pattern is looked up by its
text and flags, and the record is used only by the exact Python release that wrote it, so a pattern's code is
always what `re` itself would make (tests/test_compiled_patterns.py compares every one); a pattern not in the
record, or a record missing, unreadable or from another release, is compiled as usual.

Beside it, a second record holds what the parser's start reads off the same patterns' syntax trees
(builder/prefilter.py: the words every match contains, the characters one starts with; another eighth of the
start), written with the digest of prefilter.py's code too: a reading recorded by other code is never taken.
"""

from __future__ import annotations

import _sre
import array
import contextlib
import hashlib
import marshal
import os
import re
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import builder.prefilter as prefilter

try:
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10 has them under their old names
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

# A pattern's compiled form: its flags, its code (array of unsigned ints, as bytes), its groups, their names.
Compiled = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
# Whether the pattern is bytes first, as in `re`'s own cache: a str and the bytes of the same ASCII text hash alike,
# and comparing them warns (or raises, under `python -bb`).
Key = tuple[bool, str | bytes, int]

RECORD = Path(__file__).resolve().parent.parent / "__pycache__" / f"patterns.{sys.implementation.cache_tag}.bin"
# What the compiled code depends on: the exact release (its compiler), the engine's version and word size, and
# the machine's byte order (the code is stored in it).
_MADE_BY = (sys.version, sys.platform, sys.byteorder, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode)
_CODE_TYPE = {2: "H", 4: "I"}[_sre.CODESIZE]

_stdlib_compile: Callable[..., re.Pattern[Any]] = _compiler.compile


def install(record: Path = RECORD) -> int:
    """Have `re` take the code of the patterns in `record` from it, and the prefilter the readings recorded beside
    it; the number of patterns it holds (0 if it cannot be used, and nothing is changed)."""
    known = read_record(record)
    if known:
        _compiler.compile = _compiler_with(known)
    prefilter.take_readings(read_readings(record))
    return len(known)


def uninstall() -> None:
    """`re` compiles every pattern itself again, and the prefilter reads every syntax tree."""
    _compiler.compile = _stdlib_compile
    prefilter.forget_readings()


def readings_beside(record: Path) -> Path:
    """The record of the readings, beside `record` (patterns.cpython-311.bin: patterns.cpython-311.readings.bin)."""
    return record.with_suffix(".readings" + record.suffix)


def read_readings(record: Path) -> dict[prefilter.Reading, Any]:
    """The readings recorded beside `record`, if this Python release and prefilter.py's code made them."""
    made_by = readings_made_by()
    return read_record(readings_beside(record), made_by) if made_by else {}


def write_readings(record: Path) -> None:
    """The readings this process made, recorded beside `record` (none where prefilter.py cannot be read)."""
    made_by = readings_made_by()
    if made_by:
        write_record(prefilter.readings(), readings_beside(record), made_by)


def readings_made_by() -> tuple[Any, ...] | None:
    """What the readings depend on: this Python release and prefilter.py's code (its digest); None where the code
    cannot be read (an install from a zip), and the readings are then made by every process."""
    try:
        code = Path(prefilter.__file__).read_bytes()
    except OSError:
        return None
    return (*_MADE_BY, hashlib.sha256(code).hexdigest())


def read_record(record: Path, made_by: tuple[Any, ...] = _MADE_BY) -> dict[Any, Any]:
    """What `record` holds, if what made it is `made_by` (this Python release) and it is whole (its checksum);
    otherwise nothing."""
    try:
        written_by, checksum, patterns = marshal.loads(record.read_bytes())
        if written_by != made_by or zlib.crc32(patterns) != checksum:
            return {}
        known = marshal.loads(patterns)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return known if isinstance(known, dict) else {}


def _compiler_with(known: dict[Key, Compiled]) -> Callable[..., re.Pattern[Any]]:
    def compile_or_take(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        found = known.get(_key(pattern, flags)) if isinstance(pattern, (str, bytes)) else None
        if found is None:
            return _stdlib_compile(pattern, flags)
        try:
            final_flags, code, groups, groupindex, indexgroup = found
            return _sre.compile(
                pattern, final_flags, array.array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup
            )
        except (TypeError, ValueError, RuntimeError):  # an entry not of this shape: this pattern compiled as usual
            return _stdlib_compile(pattern, flags)

    return compile_or_take


def compiled_form(pattern: str | bytes, flags: int) -> Compiled:
    """What `re` compiles `pattern` into, as `_compiler.compile` hands it to the engine."""
    tree = _parser.parse(pattern, flags)
    code = _compiler._code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    codes = array.array(_CODE_TYPE, [int(word) for word in code]).tobytes()
    return int(flags | tree.state.flags), codes, tree.state.groups - 1, groupindex, tuple(indexgroup)


@contextlib.contextmanager
def recording() -> Iterator[dict[Key, Compiled]]:
    """Within it, every pattern `re` compiles anew is also kept (yielded: the dict it fills)."""
    kept: dict[Key, Compiled] = {}

    def compile_and_keep(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        if isinstance(pattern, (str, bytes)) and not flags & re.DEBUG:
            kept[_key(pattern, flags)] = compiled_form(pattern, int(flags))
        return _stdlib_compile(pattern, flags)

    before = _compiler.compile
    _compiler.compile = compile_and_keep
    try:
        yield kept
    finally:
        _compiler.compile = before


def _key(pattern: str | bytes, flags: int) -> Key:
    return isinstance(pattern, bytes), pattern, int(flags)


def write_record(kept: dict[Any, Any], record: Path = RECORD, made_by: tuple[Any, ...] = _MADE_BY) -> None:
    """`kept` written to `record` in one piece (a reader sees the old record or the new one, never a part), with
    what made it and the checksum of its patterns."""
    patterns = marshal.dumps(dict(sorted(kept.items(), key=lambda item: item[0])))
    record.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=record.parent, prefix=record.name, suffix=".partial", delete=False) as file:
        partial = Path(file.name)
    try:
        partial.write_bytes(marshal.dumps((made_by, zlib.crc32(patterns), patterns)))
        partial.chmod(0o644)  # readable by all, as the bytecode beside it (a temporary file is the owner's only)
        os.replace(partial, record)
    finally:
        partial.unlink(missing_ok=True)
