"""`python -m builder.run.compile_native [--force]`: compile the parser's field and cleaning steps to C with mypyc
(builder/run/native.py), unless the compiled modules are up to date with the sources; run by `make`.

mypyc type-checks the modules first (the settings in pyproject.toml's [tool.mypy]) and compiles them as one
extension group with its runtime library, `builder.native__mypyc`. Everything is made in a scratch folder and the
folder of compiled modules replaced whole, so a process sees the old modules or the new ones, never a mixture.
Compiling only saves time: where mypyc, a C compiler or Python's headers are missing, it says so, and the builder
runs its Python source.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from builder.run import native

GROUP = "builder.native"


def compile_modules(scratch: Path) -> dict[str, str]:
    """The compiled modules, made in `scratch`: their files' paths under `scratch / "lib"` by module name."""
    from mypyc.build import mypycify  # imported here: only this step needs mypy, which `make` installs
    from setuptools import Distribution

    root = native.PACKAGE.parent
    sources = [str(root / (name.replace(".", "/") + ".py")) for name in native.MODULES]
    options = ["--cache-dir", str(scratch / "mypy"), "--config-file", str(root / "pyproject.toml")]
    extensions = mypycify(
        [*options, *sources], opt_level="3", debug_level="0", group_name=GROUP, target_dir=str(scratch / "c")
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
    parts = name.split(".")
    if parts[0] != native.PACKAGE.name:
        return None
    as_file = native.PACKAGE.parent.joinpath(*parts).with_suffix(".py")
    as_package = native.PACKAGE.parent.joinpath(*parts, "__init__.py")
    return as_file if as_file.is_file() else as_package if as_package.is_file() else None


def _builder_imports(path: Path) -> list[str]:
    """What the module at `path` may import of the builder: each module, each package above it, each name from one."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names += [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
    return [".".join(name.split(".")[:depth]) for name in names for depth in range(1, name.count(".") + 2)]


def replace_folder(made: Path, files: dict[str, str], sources: list[str], stamp: str) -> None:
    """The compiled modules moved from `made` into the folder of compiled modules, which is replaced whole, with
    the record of what they were made from (`stamp`: that of `sources` before compiling began)."""
    staged = Path(tempfile.mkdtemp(dir=native.FOLDER.parent, prefix=native.FOLDER.name + ".partial-"))
    try:
        named = {name: name + "".join(Path(file).suffixes) for name, file in sorted(files.items())}
        for name, file in files.items():
            shutil.copyfile(made / file, staged / named[name])
        record = {"made_by": native.made_by(), "sources": sources, "stamp": stamp, "files": named}
        (staged / native.RECORD.name).write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
        staged.chmod(0o755)  # readable by all, as the bytecode beside it (a temporary folder is the owner's only)
        old = native.FOLDER.with_name(staged.name.replace(".partial-", ".old-"))
        if native.FOLDER.exists():
            native.FOLDER.rename(old)
        staged.rename(native.FOLDER)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staged, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="compile even where the compiled modules are up to date")
    args = parser.parse_args(argv)
    if not args.force and native.fresh_files():
        return 0
    native.FOLDER.parent.mkdir(parents=True, exist_ok=True)
    sources = sources_of(native.MODULES)
    stamp = native.sources_stamp(sources)  # taken first: a source edited while compiling leaves the modules stale
    with tempfile.TemporaryDirectory(prefix="zhaoshang-native-") as scratch:
        try:
            files = compile_modules(Path(scratch))
        except (Exception, SystemExit) as error:  # mypyc reports a failed check or compiler by exiting
            print(
                f"the parser's steps were not compiled ({error}); the builder runs their Python source", file=sys.stderr
            )
            return 0
        replace_folder(Path(scratch) / "lib", files, sources, stamp)
    print(f"compiled {len(native.MODULES)} modules into {native.FOLDER}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
