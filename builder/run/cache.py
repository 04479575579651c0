"""Incremental builds: each capture's outcome kept from the last build, reused while nothing it depends on changed.

Input: an input file's key (`key`, from its name, metadata and bytes). Output: its `Outcome` from the
cache, or None when it must be parsed again. The key covers everything a record depends on: the
capture's bytes (their SHA-256), its name and manifest metadata, the size limit, and the builder's
own fingerprint (its version and a hash of its code and data files), so a changed capture or a
changed parser is parsed again and a rebuild gives exactly what a clean build gives.

An unchanged input is not even read: the cache also keeps each file's SHA-256 under its stamp (its
path, size, modification time in nanoseconds and inode, and for a record of a web archive its
offset), so a rebuild stats each input and reads only those whose stamp is new, as `make` and
`rsync` judge files. (A file rewritten with the same size inside one tick of the file system's clock
and put back at the same inode would be missed: `--no-cache` parses everything.)

The cache is one SQLite file (`outcomes.sqlite` in the cache folder). Workers read the last build's
file; only the writing process writes, into a new file holding exactly the entries this build used,
which replaces the old one when the build is done (so unused entries go, and a killed build leaves
the old cache as it was). One file instead of a file per capture: creating thousands of small files
cost more than parsing them.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import sys
from dataclasses import asdict
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from builder import __version__
from builder.publish.output import process_running
from builder.read.capture import InputFile
from builder.record.models import Article, QuarantineEntry
from builder.run.pipeline import Outcome

PACKAGE = Path(__file__).resolve().parents[1]
DATABASE = "outcomes.sqlite"
_TABLE = "CREATE TABLE entries (key TEXT PRIMARY KEY, kind TEXT, record TEXT)"
_CONTENTS = "CREATE TABLE contents (stamp TEXT PRIMARY KEY, content TEXT)"
# A shard the last build wrote: what its inputs gave the writing process, and its files in that build's
# output ({table: [name, sha256]}, null for a table without rows there); files null when it was not kept
# as written (articles were set aside from it).
_SHARDS = "CREATE TABLE shards (digest TEXT PRIMARY KEY, inputs BLOB, files TEXT, shard INTEGER)"
_REUSED = "CREATE TABLE reused (key TEXT PRIMARY KEY)"
# Entries written per transaction by the writing process.
_BATCH = 256
# A cache entry: the outcome's kind (article, quarantine) and its record as JSON.
Entry = tuple[str, str]


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
        for shard in (p for p in folder.iterdir() if p.is_dir()):  # the file-per-capture cache of builder 0.2
            shutil.rmtree(shard, ignore_errors=True)
        self._reader: sqlite3.Connection | None = None

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_reader": None}  # each worker, given a pickled copy, opens its own

    def key(self, item: InputFile, content: str) -> str:
        """`content`: the SHA-256 of the input's bytes, or why they could not be read."""
        described = json.dumps([self.fingerprint, item.name, asdict(item.meta), item.charset, self.max_bytes, content])
        return hashlib.sha256(described.encode()).hexdigest()

    def known_content(self, stamp: str) -> str | None:
        """The SHA-256 the last build read from the input with this stamp (see `stamp`); None if it read none."""
        try:
            found = self._connection().execute("SELECT content FROM contents WHERE stamp = ?", (stamp,)).fetchone()
        except sqlite3.Error:  # a cache of builder 0.4, which kept no stamps, or a damaged file
            return None
        return found[0] if found is not None else None

    def shard(self, digest: str) -> tuple[bytes, dict[str, list[str] | None]] | None:
        """A shard the last build wrote as it stands, by its digest: its inputs (pickled) and its files."""
        try:
            query = "SELECT inputs, files FROM shards WHERE digest = ? AND files IS NOT NULL"
            found = self._connection().execute(query, (digest,)).fetchone()
            return (found[0], json.loads(found[1])) if found is not None else None
        except (sqlite3.Error, ValueError):  # a cache of builder 0.4, or a damaged one: the shard is written
            return None

    def load(self, key: str) -> tuple[Outcome, Entry] | None:
        """The last build's outcome for `key`, and its entry as stored; None when there is none or it is damaged."""
        try:
            found = self._connection().execute("SELECT kind, record FROM entries WHERE key = ?", (key,)).fetchone()
            return (thaw(found), found) if found is not None else None
        except (sqlite3.Error, ValueError, KeyError):  # a damaged entry or file: parsed again
            return None

    def _connection(self) -> sqlite3.Connection:
        if self._reader is None:
            self._reader = _open_for_reading(self.folder / DATABASE)
        return self._reader

    def writer(self) -> CacheWriter:
        return CacheWriter(self.folder)


class CacheWriter:
    """The next build's cache: the entries this build used, written by the writing process alone.

    A cache that cannot be written (a full disk) costs the next build its speed, never this build:
    the new file is dropped and the old one stays.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        for stale in folder.glob(f"{DATABASE}.new-*"):  # left by a killed build; not one still running
            pid = stale.name.rsplit("-", 1)[1]
            if pid.isdigit() and not process_running(int(pid)):
                stale.unlink(missing_ok=True)
        self.path = folder / f"{DATABASE}.new-{os.getpid()}"
        self.connection = sqlite3.connect(self.path)
        self.connection.execute("PRAGMA journal_mode = OFF")
        for table in (_TABLE, _CONTENTS, _SHARDS, _REUSED):
            self.connection.execute(table)
        self.pending: list[tuple[str, str, str]] = []
        self.contents: list[tuple[str, str]] = []
        self.copied: list[tuple[str]] = []
        self.reused = 0
        self.failed: str | None = None

    def keep(self, key: str, entry: Entry | None, reused: bool, stamp: tuple[str, str] | None = None) -> None:
        """`entry`: the outcome to keep, or None for one `reused` from the last build's cache, which is copied
        from there at the end; `stamp`: the input's stamp and SHA-256."""
        self.reused += reused
        if self.failed is None:
            if entry is not None:
                self.pending.append((key, *entry))
            else:
                self.copied.append((key,))
            if stamp is not None:
                self.contents.append(stamp)
            if len(self.pending) + len(self.copied) >= _BATCH:
                self._flush()

    def keep_shard(self, index: int, digest: str, inputs: bytes) -> None:
        """A shard as this build wrote it (`engine.remembered`); its files are named at the end (`name_shards`)."""
        if self.failed is None:
            try:
                with self.connection:
                    self.connection.execute(
                        "INSERT OR REPLACE INTO shards VALUES (?, ?, NULL, ?)", (digest, inputs, index)
                    )
            except sqlite3.Error as error:
                self.failed = str(error)

    def name_shards(self, files: dict[int, dict[str, list[str] | None]]) -> None:
        """The published files of each shard kept as written, by shard index; shards not named are not reused."""
        if self.failed is None:
            try:
                with self.connection:
                    self.connection.executemany(
                        "UPDATE shards SET files = ? WHERE shard = ?",
                        [(json.dumps(named, sort_keys=True), index) for index, named in files.items()],
                    )
            except sqlite3.Error as error:
                self.failed = str(error)

    def _flush(self) -> None:
        try:
            with self.connection:
                self.connection.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?)", self.pending)
                self.connection.executemany("INSERT OR REPLACE INTO contents VALUES (?, ?)", self.contents)
                self.connection.executemany("INSERT OR IGNORE INTO reused VALUES (?)", self.copied)
        except sqlite3.Error as error:
            self.failed = str(error)
        self.pending = []
        self.contents = []
        self.copied = []

    def _copy_reused(self) -> None:
        """The entries this build reused, copied from the last build's file in one statement."""
        old = self.folder / DATABASE
        try:
            if self.reused:  # else the last file may not even be a database: nothing to copy
                self.connection.execute("ATTACH DATABASE ? AS old", (str(old),))
                with self.connection:
                    self.connection.execute(
                        "INSERT OR IGNORE INTO entries SELECT e.key, e.kind, e.record FROM old.entries e "
                        "JOIN reused USING (key)"
                    )
                self.connection.execute("DETACH DATABASE old")
            self.connection.execute("DROP TABLE reused")
        except sqlite3.Error as error:
            self.failed = str(error)

    def commit(self) -> int:
        """Replace the last build's cache with this one; how many of its entries were dropped."""
        if self.failed is None:
            self._flush()
        if self.failed is None:
            self._copy_reused()
        if self.failed is not None:
            self.abort()
            return 0
        self.connection.close()
        old = self.folder / DATABASE
        before = _count(old)
        try:
            os.replace(self.path, old)
        except OSError as error:  # the folder went away or became read-only during the build
            self.failed = error.strerror or str(error)
            return 0
        return max(before - self.reused, 0)

    def abort(self) -> None:
        """The new file goes; the last build's cache stays as it was, and a cache folder holding nothing goes."""
        self.connection.close()
        self.path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):  # not empty: it holds the last build's cache
            self.folder.rmdir()


def stamp(item: InputFile) -> str | None:
    """What identifies the bytes of an input without reading them: path, size, mtime (ns), inode, and the
    record's offset in a web archive; None for an input that cannot be stat'ed or must not be read."""
    if item.refused:
        return None
    try:
        status = os.stat(item.path)
    except OSError:
        return None
    described = [os.path.abspath(item.path), item.warc_offset, status.st_size, status.st_mtime_ns, status.st_ino]
    return json.dumps(described)


def freeze(outcome: Outcome) -> Entry:
    if outcome.article is not None:
        return "article", outcome.article.model_dump_json()
    assert outcome.quarantine is not None
    return "quarantine", outcome.quarantine.model_dump_json()


def thaw(entry: Entry) -> Outcome:
    kind, record = entry
    if kind == "article":
        return Outcome(article=Article.model_validate_json(record))
    if kind == "quarantine":
        return Outcome(quarantine=QuarantineEntry.model_validate_json(record))
    raise KeyError(kind)


def _open_for_reading(path: Path) -> sqlite3.Connection:
    """The cache at `path`, read-only; an empty one when there is none yet or it cannot be read."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        connection.execute("SELECT 1 FROM entries LIMIT 1")
        return connection
    except sqlite3.Error:
        connection = sqlite3.connect(":memory:", check_same_thread=False)
        connection.execute(_TABLE)
        return connection


def _count(path: Path) -> int:
    connection = _open_for_reading(path)
    try:
        return connection.execute("SELECT count(*) FROM entries").fetchone()[0]
    finally:
        connection.close()
