"""The parser's field and cleaning steps compiled to C, used in place of their Python source while it is unchanged.

Parsing is four fifths of a worker's time, and most of it is Python deciding between small rules: no one step or
pattern is worth more than a few per cent. mypyc compiles type-annotated modules to C extensions that run the same
code without the interpreter's dispatch (`python -m builder.run.compile_native`, run by `make` after the bytecode);
they are kept in `builder/__pycache__/native.<python>/` with a record of the sources they were made from.

`install` (run when `builder` is imported) has Python import a compiled module in place of its source only while
this Python made it and the sources it was made from (the compiled modules' and those of every builder module they
import) are as they were then: each file's size and modification time, as Python checks its bytecode. After an
edit, or without the record, the source runs: a compiled module never stands for code that is not its own. Both
give the same dataset (tests/test_native.py builds the shipped captures each way); `ZHAOSHANG_PURE_PYTHON=1` runs
the source, for a profiler that must see inside it.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType

PACKAGE = Path(__file__).resolve().parent.parent
FOLDER = PACKAGE / "__pycache__" / f"native.{sys.implementation.cache_tag}"
RECORD = FOLDER / "record.json"
PURE_PYTHON = "ZHAOSHANG_PURE_PYTHON"

# What is compiled: reading a page's text, cleaning it, the source's header and the steps to an article's fields,
# which take most of a capture's time. Not the outlets' sources (sources/<outlet>.py, one file to add an outlet, in
# Python over the compiled `Source`), nor what writes tables or runs the build, whose time is in libraries already.
MODULES = (
    "builder.clean.clean",
    "builder.clean.punctuation",
    "builder.clean.running_heads",
    "builder.clean.script",
    "builder.clean.traditional",
    "builder.fields.amounts",
    "builder.fields.dates",
    "builder.fields.deadlines",
    "builder.fields.events",
    "builder.fields.fairs",
    "builder.fields.genre",
    "builder.fields.industries",
    "builder.fields.measures",
    "builder.fields.numerals",
    "builder.fields.people",
    "builder.fields.region_address",
    "builder.fields.regions",
    "builder.fields.relevance",
    "builder.fields.sections",
    "builder.fields.target_reading",
    "builder.fields.targets",
    "builder.fields.text_tables",
    "builder.read.html",
    "builder.read.relatedness",
    "builder.sources.base",
    "builder.sources.text_block",
    "builder.sources.text_shapes",
)


def install() -> None:
    """Import the compiled modules in place of their sources, if they were made from the sources as they are now
    and by this Python, unless `ZHAOSHANG_PURE_PYTHON` is set (to anything but 0)."""
    if os.environ.get(PURE_PYTHON, "0") not in ("", "0"):
        return
    files = fresh_files()
    if files:
        sys.meta_path.insert(0, _CompiledFinder(files))


def fresh_files() -> dict[str, Path]:
    """The compiled modules' files by module name (their runtime library among them), or none if the record is
    missing, unreadable, made by another Python or from other sources, or a file it names is gone."""
    try:
        record = json.loads(RECORD.read_text(encoding="utf-8"))
        if record["made_by"] != made_by() or record["stamp"] != sources_stamp(record["sources"]):
            return {}
        files = {name: FOLDER / file for name, file in record["files"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
    return files if all(file.is_file() for file in files.values()) else {}


def made_by() -> list[str]:
    """What a compiled module is bound to: the exact Python release, the system and the processor it runs on."""
    return [sys.version, sys.platform, os.uname().machine, sys.implementation.cache_tag]


def sources_stamp(sources: list[str]) -> str:
    """Source files of the builder (paths under it) as Python judges its bytecode: each one's size and modification
    time. Raises OSError for a file that is gone."""
    digest = hashlib.sha256()
    for source in sources:
        found = (PACKAGE / source).stat()
        digest.update(f"{source}\0{found.st_size}\0{found.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def in_use() -> list[str]:
    """The compiled modules imported so far in this process."""
    return sorted(name for name in MODULES if _is_compiled(sys.modules.get(name)))


def _is_compiled(module: ModuleType | None) -> bool:
    """Whether `module` was loaded from the folder of compiled modules (by `install`'s finder, or, for one that
    another of the group imports, by the group's runtime library, which names its file there too)."""
    file = getattr(module, "__file__", None)
    return file is not None and Path(file).is_relative_to(FOLDER)


def source_of(name: str) -> Path:
    """Where module `name`'s Python source is (a module, not a package: builder.fields.targets → fields/targets.py)."""
    return PACKAGE.parent.joinpath(*name.split(".")).with_suffix(".py")


def pure(name: str) -> ModuleType:
    """A fresh copy of module `name` run from its Python source, whether or not it is compiled: for a test that
    replaces one of its functions, which compiled code calls directly, never through the module. Its classes are
    its own, not the compiled module's: what it makes is for it and for Python code, not for compiled functions."""
    spec = importlib.util.spec_from_file_location(f"{name}.__pure__", source_of(name))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # where its dataclasses look up their annotations
    spec.loader.exec_module(module)
    return module


class _CompiledFinder(importlib.abc.MetaPathFinder):
    """Finds a compiled module's file in the folder of compiled modules, before Python finds its source."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files

    def find_spec(self, name: str, path: object = None, target: object = None) -> importlib.machinery.ModuleSpec | None:
        file = self.files.get(name)
        if file is None:
            return None
        return importlib.util.spec_from_file_location(name, file)
