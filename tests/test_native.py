"""The parser's steps compiled to C (builder/run/native.py): used where `make` compiled them, giving the same dataset
as their Python source, never once a source they were made from has changed."""

from __future__ import annotations

import filecmp
import inspect
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from builder.run import compile_native, native

ROOT = Path(__file__).resolve().parent.parent
CORPUS = [ROOT / "corpus" / "seeds", ROOT / "corpus" / "wild"]
IN_USE = "import builder.run.pipeline; from builder.run import native; print(' '.join(native.in_use()))"
# The labelled captures as plain text and in every page layout of tests/layouts (the web reader's path), parsed:
# how many compiled modules ran, how many outcomes, their digest, and the parser errors among them.
PARSE_THE_LAYOUTS = """
import hashlib, sys
sys.path.insert(0, sys.argv[1])
from layouts.suite import labelled, pages, parse_page, parse_plain
from builder.run import native
from builder.run.cache import freeze
outcomes = [parse_plain(label) for label in labelled()] + [parse_page(*wrapped) for wrapped in pages()]
digest = hashlib.sha256(b"".join(freeze(outcome)[1] for outcome in outcomes)).hexdigest()
errors = [o.quarantine.detail for o in outcomes if o.quarantine is not None and o.quarantine.reason == "parser_error"]
print(len(native.in_use()), len(outcomes), digest, errors)
"""
TOOLCHAIN = compile_native.missing_toolchain()
needs_a_toolchain = pytest.mark.skipif(TOOLCHAIN is not None, reason=f"nothing can be compiled here: {TOOLCHAIN}")


def _without(variable: str) -> dict[str, str]:
    return {name: value for name, value in os.environ.items() if name != variable}


@needs_a_toolchain
def test_a_parsing_process_runs_every_compiled_step_where_make_compiled_them() -> None:
    run = subprocess.run(
        [sys.executable, "-c", IN_USE], capture_output=True, text=True, env=_without(native.PURE_PYTHON), check=True
    )
    assert run.stdout.split() == sorted(native.MODULES), (
        "the compiled steps are missing or older than their sources: `make` (python -m builder.run.compile_native)"
    )


def test_zhaoshang_pure_python_runs_the_source() -> None:
    run = subprocess.run(
        [sys.executable, "-c", IN_USE],
        capture_output=True,
        text=True,
        env={**os.environ, native.PURE_PYTHON: "1"},
        check=True,
    )
    assert run.stdout.split() == []


@needs_a_toolchain
def test_zhaoshang_pure_python_at_0_runs_the_compiled_steps() -> None:
    env = {**os.environ, native.PURE_PYTHON: "0"}
    run = subprocess.run([sys.executable, "-c", IN_USE], capture_output=True, text=True, env=env, check=True)
    assert run.stdout.split() == sorted(native.MODULES)


def _build(out: Path, env: dict[str, str]) -> None:
    command = [sys.executable, "-m", "builder.cli", "build", *map(str, CORPUS), "--out", str(out), "--workers", "2"]
    run = subprocess.run(
        command, capture_output=True, text=True, env={**env, "TQDM_DISABLE": "1"}, check=True, timeout=300
    )
    # Not one capture parsed again by the source because a compiled step raised on it (builder/run/from_source.py):
    # the files could not tell, the source's outcome being the same.
    assert "compiled steps raised" not in run.stderr


def _differing(left: Path, right: Path) -> list[str]:
    """Files that differ between two trees, or are in one only (by their path under it)."""
    compared = filecmp.dircmp(left, right)
    found = [*compared.left_only, *compared.right_only, *compared.funny_files]
    found += [name for name in compared.common_files if not filecmp.cmp(left / name, right / name, shallow=False)]
    for name in compared.common_dirs:
        found += [f"{name}/{inner}" for inner in _differing(left / name, right / name)]
    return found


@needs_a_toolchain
def test_the_shipped_captures_build_to_the_same_files_compiled_and_from_source(tmp_path: Path) -> None:
    assert native.fresh_files(), "nothing compiled to compare with: `make` (python -m builder.run.compile_native)"
    _build(tmp_path / "compiled", _without(native.PURE_PYTHON))
    _build(tmp_path / "source", {**os.environ, native.PURE_PYTHON: "1"})
    assert (tmp_path / "compiled" / "data").is_dir()
    assert _differing(tmp_path / "compiled", tmp_path / "source") == []


@needs_a_toolchain
def test_the_layouts_pages_parse_to_the_same_outcomes_compiled_and_from_source() -> None:
    def parsed(env: dict[str, str]) -> list[str]:
        command = [sys.executable, "-c", PARSE_THE_LAYOUTS, str(ROOT / "tests")]
        run = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
        assert run.returncode == 0, run.stderr
        return run.stdout.strip().split(maxsplit=3)

    used, count, digest, errors = parsed(_without(native.PURE_PYTHON))
    assert int(used) == len(native.MODULES) and int(count) > 500
    assert errors == "[]"  # a compiled function given a value of another type than its annotation raises TypeError
    assert parsed({**os.environ, native.PURE_PYTHON: "1"}) == ["0", count, digest, errors]


def test_the_compiled_steps_are_checked_against_every_builder_module_they_import() -> None:
    sources = compile_native.sources_of(("builder.fields.targets",))
    assert {"fields/targets.py", "fields/target_reading.py", "record/models.py", "resources.py"} <= set(sources)
    assert {"__init__.py", "fields/__init__.py", "record/__init__.py"} <= set(sources)  # imported on the way
    assert "cli.py" not in sources and "run/engine.py" not in sources


def test_a_relative_import_stops_the_record_of_sources(tmp_path: Path) -> None:
    module = tmp_path / "relative.py"
    module.write_text("from . import sibling\n", encoding="utf-8")
    with pytest.raises(ValueError, match="relative import"):
        compile_native._builder_imports(module)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A package of two sources and its folder of compiled modules, with a record made from them as they are."""
    package = tmp_path / "builder"
    (package / "fields").mkdir(parents=True)
    for source in ("__init__.py", "fields/targets.py"):
        (package / source).write_text("x = 1\n", encoding="utf-8")
    compiled = package / "__pycache__" / "native"
    compiled.mkdir(parents=True)
    monkeypatch.setattr(native, "PACKAGE", package)
    monkeypatch.setattr(native, "FOLDER", compiled)
    monkeypatch.setattr(native, "RECORD", compiled / "record.json")
    sources = ["__init__.py", "fields/targets.py"]
    record = {
        "made_by": native.made_by(),
        "sources": sources,
        "stamp": native.sources_stamp(sources),
        "files": {"builder.fields.targets": "builder.fields.targets.so"},
    }
    native.RECORD.write_text(json.dumps(record), encoding="utf-8")
    (compiled / "builder.fields.targets.so").write_bytes(b"")
    return compiled


def test_compiled_modules_made_from_the_sources_as_they_are_are_used(folder: Path) -> None:
    assert native.fresh_files() == {"builder.fields.targets": folder / "builder.fields.targets.so"}


def test_no_compiled_module_is_used_once_a_source_it_was_made_from_changes(folder: Path) -> None:
    source = native.PACKAGE / "fields" / "targets.py"
    before = source.stat()
    source.write_text("x = 2\n", encoding="utf-8")
    os.utime(source, ns=(before.st_atime_ns, before.st_mtime_ns + 1))
    assert native.fresh_files() == {}


def test_no_compiled_module_is_used_once_a_source_it_was_made_from_is_gone(folder: Path) -> None:
    (native.PACKAGE / "__init__.py").unlink()
    assert native.fresh_files() == {}


@pytest.mark.parametrize("field", range(len(native.made_by())), ids=["version", "system", "processor", "cache tag"])
def test_no_compiled_module_is_used_where_another_python_or_machine_made_them(folder: Path, field: int) -> None:
    record = json.loads(native.RECORD.read_text(encoding="utf-8"))
    made_by = native.made_by()
    made_by[field] = "another"
    native.RECORD.write_text(json.dumps({**record, "made_by": made_by}), "utf-8")
    assert native.fresh_files() == {}


def test_no_compiled_module_is_used_once_a_file_the_record_names_is_gone(folder: Path) -> None:
    (folder / "builder.fields.targets.so").unlink()
    assert native.fresh_files() == {}


@pytest.mark.parametrize("first", [False, True], ids=["in place of the last", "the first"])
def test_the_folder_of_compiled_modules_is_replaced_whole_with_its_record_and_leftovers_removed(
    folder: Path, tmp_path: Path, first: bool
) -> None:
    if first:  # a fresh clone: no folder yet
        shutil.rmtree(folder)
    made = tmp_path / "made"
    (made / "builder" / "fields").mkdir(parents=True)
    (made / "builder" / "fields" / "targets.cpython-311-x.so").write_bytes(b"new")
    leftover = folder.with_name(folder.name + ".partial-killed")
    leftover.mkdir()
    sources = ["__init__.py", "fields/targets.py"]
    files = {"builder.fields.targets": "builder/fields/targets.cpython-311-x.so"}
    compile_native.replace_folder(made, files, sources, native.sources_stamp(sources))
    assert sorted(path.name for path in folder.iterdir()) == ["builder.fields.targets.cpython-311-x.so", "record.json"]
    assert native.fresh_files() == {"builder.fields.targets": folder / "builder.fields.targets.cpython-311-x.so"}
    assert sorted(path.name for path in folder.parent.iterdir()) == [folder.name]  # the old one and the leftover


def test_no_compiled_module_is_used_without_a_whole_record(folder: Path) -> None:
    native.RECORD.write_text('{"made_by": ', encoding="utf-8")
    assert native.fresh_files() == {}
    record = {"made_by": native.made_by(), "sources": [], "stamp": native.sources_stamp([]), "files": []}
    native.RECORD.write_text(json.dumps(record), encoding="utf-8")
    assert native.fresh_files() == {}
    native.RECORD.unlink()
    assert native.fresh_files() == {}


def test_a_pure_copy_of_a_module_runs_its_python_source() -> None:
    people = native.pure("builder.fields.people")
    assert people.__file__ == str(ROOT / "builder" / "fields" / "people.py")
    assert inspect.isfunction(people._bare_speakers)  # Python's: its calls go through its module, replaceable


def _stale(folder: Path) -> str:
    """The fixture's record made stale by an edit; the record's text, to show that nothing replaced it."""
    source = native.PACKAGE / "fields" / "targets.py"
    os.utime(source, ns=(source.stat().st_atime_ns, source.stat().st_mtime_ns + 1))
    assert native.fresh_files() == {}
    return native.RECORD.read_text(encoding="utf-8")


def test_without_a_toolchain_compiling_says_so_and_leaves_the_source_to_run(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    record = _stale(folder)
    monkeypatch.setattr(compile_native, "missing_toolchain", lambda: "no C compiler (cc)")
    assert compile_native.main([]) == 0
    assert "no C compiler (cc)" in capsys.readouterr().err
    assert native.RECORD.read_text(encoding="utf-8") == record


@pytest.mark.parametrize(
    "compiled",
    [lambda scratch: sys.exit(1), lambda scratch: {}],
    ids=["a type error (mypyc exits)", "a module left out"],
)
def test_code_that_cannot_be_compiled_stops_make(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compiled: object
) -> None:
    record = _stale(folder)
    monkeypatch.setattr(compile_native, "missing_toolchain", lambda: None)
    monkeypatch.setattr(compile_native, "compile_modules", compiled)
    monkeypatch.setattr(compile_native, "LOCK", tmp_path / "lock")
    assert compile_native.main([]) == 1
    assert native.RECORD.read_text(encoding="utf-8") == record


def test_every_builder_module_that_calls_a_compiled_one_is_type_checked_with_them() -> None:
    """mypy checks the compiled modules, the `CALLERS` and what they import (each outlet's module, through the
    package `sources`, which `sources.base` is in); `accuracy` scores the labels, outside any build: a value of
    another type there fails `make accuracy` at once rather than costing a capture."""
    checked = set(native.MODULES) | set(compile_native.CALLERS) | {"builder.accuracy"}
    calling = set()
    for path in (ROOT / "builder").rglob("*.py"):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        if set(compile_native._builder_imports(path)) & set(native.MODULES):
            calling.add(name)
    assert calling - checked <= {name for name in calling if name.startswith("builder.sources")}
    assert "builder.run.pipeline" in calling  # the scan sees the callers
