"""Incremental builds: each capture's outcome kept from the last build, reused while nothing it depends on changed.

Input: an input file's key (`key`, from its name, metadata and bytes). Output: its `Outcome` from the
cache, or None when it must be parsed again. Stateless beyond its folder, so every worker process
reads and writes entries on its own; the build collects the keys it used and `prune`s the rest.
The key covers everything a record depends on: the capture's bytes (their SHA-256), its name and
manifest metadata, the size limit, and the builder's own fingerprint (its version and a hash of
its code and data files), so a changed capture or a changed parser is parsed again and a rebuild
gives exactly what a clean build gives. Entries the last build did not use are removed.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import asdict
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from builder import __version__
from builder.capture import InputFile
from builder.models import Article, QuarantineEntry
from builder.pipeline import Outcome

PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """The builder's version, the versions of Python and of the libraries a record depends on, and a
    hash of every file of the builder's code and data."""
    versions = [__version__, sys.version, *(metadata.version(name) for name in ("OpenCC", "pydantic", "warcio"))]
    digest = hashlib.sha256(json.dumps(versions).encode())
    for path in sorted(p for p in PACKAGE.rglob("*") if p.is_file() and p.suffix != ".pyc"):
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class OutcomeCache:
    def __init__(self, folder: Path, max_bytes: int) -> None:
        self.folder = folder
        self.max_bytes = max_bytes
        self.fingerprint = fingerprint()  # once, before the workers start
        folder.mkdir(parents=True, exist_ok=True)

    def key(self, item: InputFile, content: str) -> str:
        """`content`: the SHA-256 of the input's bytes, or why they could not be read."""
        described = json.dumps([self.fingerprint, item.name, asdict(item.meta), item.charset, self.max_bytes, content])
        return hashlib.sha256(described.encode()).hexdigest()

    def load(self, key: str) -> Outcome | None:
        path = self._path(key)
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            outcome = (
                Outcome(article=Article.model_validate(stored["article"]))
                if "article" in stored
                else Outcome(quarantine=QuarantineEntry.model_validate(stored["quarantine"]))
            )
        except (OSError, ValueError, KeyError):  # a missing or damaged entry is parsed again
            return None
        return outcome

    def store(self, key: str, outcome: Outcome) -> None:
        record = outcome.article or outcome.quarantine
        kind = "article" if outcome.article is not None else "quarantine"
        path = self._path(key)
        try:
            path.parent.mkdir(exist_ok=True)
            temporary = path.with_suffix(".tmp")
            temporary.write_text(
                json.dumps({kind: record.model_dump(mode="json")}, ensure_ascii=False), encoding="utf-8"
            )
            temporary.replace(path)
        except OSError:  # a cache that cannot be written costs speed next time, never this build
            pass

    def prune(self, used: set[str]) -> int:
        """Remove the entries whose keys are not in `used` (this build's); how many."""
        removed = 0
        for path in self.folder.glob("*/*"):
            if path.suffix != ".json" or path.stem not in used:  # .tmp: left by a killed build
                path.unlink(missing_ok=True)
                removed += 1
        return removed

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"
