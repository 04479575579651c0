"""The output folder: a build is made in a staging folder beside it and swapped into place in one step.

So a failed, interrupted or killed build never leaves a half-written output, and the folders such
builds abandon are removed by the next one. Kept apart from the writer so that the command can check
an output folder, and the cache can tell a live build, without loading Arrow and Parquet.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path, PurePosixPath

from builder.resources import file_sha256

MARKER = "build_report.json"
CHECKSUMS = "SHA256SUMS"
# The SQLite edition's file (builder.publish.sqlite_edition); named here so the command can find it without Arrow.
DATABASE = "zhaoshang.db"


def is_previous_build(path: Path) -> bool:
    """An output folder may be replaced only when it is empty or holds an earlier build."""
    return not path.exists() or not any(path.iterdir()) or (path / MARKER).is_file()


def _staging_prefix(out: Path) -> str:
    return f".{out.name}.building-"


def new_staging_folder(out: Path) -> Path:
    """An empty folder beside `out`, named after this process, to build into; abandoned ones removed first."""
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_abandoned_builds(out)
    return Path(tempfile.mkdtemp(prefix=f"{_staging_prefix(out)}{os.getpid()}-", dir=out.parent))


def remove_abandoned_builds(out: Path) -> None:
    """Staging folders left by builds that were killed: their process is gone."""
    prefix = _staging_prefix(out)
    for folder in out.parent.glob(f"{prefix}*"):
        pid = folder.name[len(prefix) :].split("-", 1)[0]
        if pid.isdigit() and not process_running(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def process_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def swap_into_place(staging: Path, out: Path) -> None:
    """The new build takes the old one's place in one step, so no moment leaves `out` missing or mixed."""
    if not out.exists():
        os.replace(staging, out)
    elif _exchange(staging, out):
        shutil.rmtree(staging, ignore_errors=True)  # it now holds the previous build
    else:
        retired = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        os.replace(out, retired / out.name)
        os.replace(staging, out)
        shutil.rmtree(retired, ignore_errors=True)


def file_digests(root: Path) -> dict[str, str]:
    """The SHA-256 of every file under `root` but SHA256SUMS, by its path inside `root`."""
    names = (p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and p.name != CHECKSUMS)
    return {name: file_sha256(root / name) for name in names}


def add_to_checksums(root: Path, name: str) -> None:
    """List (or list anew) one file that was added to a finished dataset (the SQLite edition) in its SHA256SUMS."""
    sums = root / CHECKSUMS
    listed = {}
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, _, listed_name = line.partition("  ")
        listed[listed_name] = digest
    listed[name] = file_sha256(root / name)
    partial = root / f".{CHECKSUMS}.partial-{os.getpid()}"
    partial.write_text(checksums_text(listed), encoding="utf-8")
    os.replace(partial, sums)


def link_or_copy(source: Path, destination: Path) -> None:
    """A file of the last build taken into this one: a hard link (files are replaced, never changed in place),
    or a copy where the file system has none."""
    try:
        os.link(source, destination)
    except OSError:
        shutil.copyfile(source, destination)


def checksums_text(digests: dict[str, str]) -> str:
    """SHA256SUMS: one line a file, in path order."""
    return "".join(f"{digests[name]}  {name}\n" for name in sorted(digests, key=lambda n: PurePosixPath(n).parts))


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically (Linux renameat2 RENAME_EXCHANGE); False where the system cannot."""
    renameat2 = getattr(_libc(), "renameat2", None)
    if renameat2 is None:
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    done = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0
    return done


@lru_cache(maxsize=1)
def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
