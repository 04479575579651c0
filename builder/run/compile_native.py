"""`python -m builder.run.compile_native [--force]`: compile the parser's steps to C with mypyc (builder/run/native.py),
unless the compiled modules are up to date with the sources; run by `make`.

mypyc type-checks the modules first (pyproject.toml's [tool.mypy]), with the builder's modules that call them
(`CALLERS`, checked, not compiled), and compiles them as one extension group with its runtime library,
`builder.native__mypyc`. Everything is made in a scratch folder and the folder of compiled modules replaced whole
under a lock, so a process sees the old modules or the new ones, never a mixture, and two `make` runs do not collide.

Compiling only saves time: where mypyc, a C compiler or Python's headers are missing, it says so and exits 0, and
the builder runs its Python source. A type error or a failing compiler is a fault of the code: it exits 1.
"""

from __future__ import annotations

import argparse
import ast
import fcntl
import json
import os
import shutil
import sys
import sysconfig
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.util import find_spec
from pathlib import Path

from builder.run import native

GROUP = "builder.native"
# What calls the compiled modules' functions, type-checked with them: a compiled function checks its arguments'
# types, and one of another type would cost its capture (a parser_error).
CALLERS = ("builder.run.pipeline", "builder.read.capture", "builder.read.text_records", "builder.tables.persons")
LOCK = native.FOLDER.with_name(native.FOLDER.name + ".lock")


def missing_toolchain() -> str | None:
    """What compiling needs and this machine lacks (mypyc, setuptools, a C compiler that builds against Python's
    headers), or None. The compiler is tried on a file that includes Python.h, as the build will call it ($CC too)."""
    for module in ("mypyc", "setuptools"):
        if find_spec(module) is None:
            return f"{module} is not installed (`make` installs the 'native' extra)"
    import setuptools  # noqa: F401, I001  # first: it provides distutils, which Python 3.12 no longer has
    from distutils.ccompiler import new_compiler
    from distutils.sysconfig import customize_compiler

    compiler = new_compiler()
    customize_compiler(compiler)
    with tempfile.TemporaryDirectory(prefix="zhaoshang-cc-") as scratch:
        probe = Path(scratch) / "probe.c"
        probe.write_text("#include <Python.h>\nint probe(void) { return 0; }\n", encoding="utf-8")
        try:
            compiler.compile([str(probe)], output_dir=scratch, include_dirs=[sysconfig.get_paths()["include"]])
        except Exception as error:  # no compiler, no headers, no C library's headers: each its own error class
            return f"a C file that includes Python.h does not compile here ({error})"
    return None


def compile_modules(scratch: Path) -> dict[str, str]:
    """The compiled modules, made in `scratch`: their files' paths under `scratch / "lib"` by module name."""
    from mypyc.build import mypycify  # imported here: only this step needs mypy, which `make` installs
    from setuptools import Distribution

    compiled = [str(native.source_of(name)) for name in native.MODULES]
    checked = [str(native.source_of(name)) for name in CALLERS]
    options = ["--cache-dir", str(scratch / "mypy"), "--config-file", str(native.PACKAGE.parent / "pyproject.toml")]
    extensions = mypycify(
        [*options, *compiled, *checked],
        only_compile_paths=compiled,
        opt_level="3",
        debug_level="0",
        group_name=GROUP,
        target_dir=str(scratch / "c"),
    )
    distribution = Distribution({"name": GROUP, "ext_modules": extensions})
    build = distribution.get_command_obj("build_ext")
    build.build_lib, build.build_temp = str(scratch / "lib"), str(scratch / "temp")
    build.parallel = os.cpu_count() or 1
    distribution.run_command("build_ext")
    return {extension.name: build.get_ext_filename(extension.name) for extension in extensions}


def sources_of(modules: tuple[str, ...]) -> list[str]:
    """The source files (paths under the package) of `modules` and of every builder module they import, directly
    or not, with the packages holding them: what their compiled code was checked and made against."""
    found: set[Path] = set()
    waiting = list(modules)
    while waiting:
        path = _source_file(waiting.pop())
        if path is None or path in found:
            continue
        found.add(path)
        waiting += _builder_imports(path)
    return sorted(str(path.relative_to(native.PACKAGE)) for path in found)


def _source_file(name: str) -> Path | None:
    """Module `name`'s source file (a package's __init__.py), None for a name that is not a builder module (an
    object imported from one); the packages above a module are imported with it, so they count too."""
    if name.split(".")[0] != native.PACKAGE.name:
        return None
    as_file = native.source_of(name)
    as_package = as_file.with_suffix("") / "__init__.py"
    return as_file if as_file.is_file() else as_package if as_package.is_file() else None


def _builder_imports(path: Path) -> list[str]:
    """What the module at `path` may import of the builder: each module, each package above it, each name from one.
    A relative import raises: the builder writes its imports whole, and this reads them so."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level:
            raise ValueError(f"{path}:{node.lineno}: a relative import, which the record of sources cannot follow")
        elif isinstance(node, ast.ImportFrom) and node.module:
            names += [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
    return [".".join(name.split(".")[:depth]) for name in names for depth in range(1, name.count(".") + 2)]


@contextmanager
def _locked() -> Iterator[None]:
    """Held by one compiling process at a time (another `make` waits, then finds the modules up to date); closing
    the file lets it go."""
    LOCK.parent.mkdir(parents=True, exist_ok=True)
    with LOCK.open("a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print("waiting for another process compiling the parser's steps", file=sys.stderr)
            fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def replace_folder(made: Path, files: dict[str, str], sources: list[str], stamp: str) -> None:
    """The compiled modules moved from `made` into the folder of compiled modules, which is replaced whole, with
    the record of what they were made from (`stamp`: that of `sources` before compiling began). Under the lock."""
    _remove_leftovers()
    staged = Path(tempfile.mkdtemp(dir=native.FOLDER.parent, prefix=native.FOLDER.name + ".partial-"))
    old = native.FOLDER.with_name(staged.name.replace(".partial-", ".old-"))
    named = {name: name + "".join(Path(file).suffixes) for name, file in sorted(files.items())}
    for name, file in files.items():
        shutil.copyfile(made / file, staged / named[name])
    record = {"made_by": native.made_by(), "sources": sources, "stamp": stamp, "files": named}
    (staged / native.RECORD.name).write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    staged.chmod(0o755)  # readable by all, as the bytecode beside it (a temporary folder is the owner's only)
    had_one = native.FOLDER.exists()
    if had_one:
        native.FOLDER.rename(old)
    staged.rename(native.FOLDER)
    if had_one:  # in place already: what cannot be removed now (a file still open on NFS), the next compile removes
        shutil.rmtree(old, ignore_errors=True)


def _remove_leftovers() -> None:
    """Folders a compiling process killed midway left (made, or taken out of the way)."""
    for pattern in (".partial-*", ".old-*"):
        for folder in native.FOLDER.parent.glob(native.FOLDER.name + pattern):
            shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="compile even where the compiled modules are up to date")
    args = parser.parse_args(argv)
    if not args.force and native.fresh_files():
        return 0
    missing = missing_toolchain()
    if missing is not None:
        print(f"the parser's steps were not compiled: {missing}; the builder runs their Python source", file=sys.stderr)
        return 0
    with _locked():
        if not args.force and native.fresh_files():  # another process compiled them meanwhile
            return 0
        # The callers too: an edit to one is type-checked against the compiled modules before they are used again.
        sources = sources_of(native.MODULES + CALLERS)
        stamp = native.sources_stamp(sources)  # taken first: a source edited while compiling leaves the modules stale
        with tempfile.TemporaryDirectory(prefix="zhaoshang-native-") as scratch:
            try:
                files = compile_modules(Path(scratch))
            except (Exception, SystemExit) as error:  # mypyc prints the type errors, then raises SystemExit
                print(f"the parser's steps could not be compiled ({error!r}): see above", file=sys.stderr)
                return 1
            uncompiled = sorted(set(native.MODULES) - files.keys())
            if uncompiled:
                print(f"the parser's steps could not be compiled: mypyc left out {uncompiled}", file=sys.stderr)
                return 1
            replace_folder(Path(scratch) / "lib", files, sources, stamp)
    print(f"compiled {len(native.MODULES)} modules into {native.FOLDER}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
