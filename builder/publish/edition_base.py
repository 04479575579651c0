"""The last SQLite edition made for an output folder, kept beside it so that the next one can be an update.

A build swaps in a new folder without the edition; `zhaoshang sqlite` then starts from the last edition it
made for that folder: a hard link to it in the folder's cache (`.dist.cache/edition.sqlite` for `dist/`),
with what it was made from in `edition.json`: the layout of the edition's code, each Parquet shard file's
SHA-256, and the linked file's stamp (size, modification time, inode). An edition changed in place since
(its stamp differs), of another layout, or missing is not used: the edition is then made whole.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from builder.publish.output import cache_folder

_DATABASE = "edition.sqlite"
_DESCRIPTION = "edition.json"


@dataclass(frozen=True)
class Previous:
    database: Path
    files: dict[str, str]  # `table/k` → the SHA-256 of the shard file its rows came from


def previous(root: Path, layout: str) -> Previous | None:
    """The last edition made for `root`, where it is as it was made and of this layout."""
    folder = cache_folder(root)
    try:
        described = json.loads((folder / _DESCRIPTION).read_text(encoding="utf-8"))
        stamp = _stamp(folder / _DATABASE)
    except (OSError, ValueError):
        return None
    if described.get("layout") != layout or described.get("stamp") != stamp:
        return None
    return Previous(folder / _DATABASE, described["files"])


def keep(root: Path, database: Path, layout: str, files: dict[str, str]) -> None:
    """Remember `database` (just made for `root` from `files`) for the next edition: linked, never copied; where
    the folder beside `root` cannot be written, or links are not to be had, the next edition is made whole."""
    folder = cache_folder(root)
    link = folder / f".{_DATABASE}.{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / _DESCRIPTION).unlink(missing_ok=True)  # no description of an edition that is being replaced
        link.unlink(missing_ok=True)
        os.link(database, link)
        os.replace(link, folder / _DATABASE)
        described = {"layout": layout, "stamp": _stamp(folder / _DATABASE), "files": files}
        partial = folder / f".{_DESCRIPTION}.{os.getpid()}"
        partial.write_text(json.dumps(described, sort_keys=True), encoding="utf-8")
        os.replace(partial, folder / _DESCRIPTION)
    except OSError:
        with contextlib.suppress(OSError):
            link.unlink(missing_ok=True)


def _stamp(path: Path) -> list[int]:
    status = path.stat()
    return [status.st_size, status.st_mtime_ns, status.st_ino]
