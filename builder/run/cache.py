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
file, and write the outcomes they parse into a file for each shard (`write_entries`); the writing
process copies those in, in SQLite (`CacheWriter.take_entries`), so that the outcomes' JSON (about 10 KB an
article) never passes through it, and it alone writes the new file holding exactly the entries this
build used, which replaces the old one when the build is done (so unused entries go, and a killed
build leaves the old cache as it was). One file instead of a file per capture: creating thousands of small files
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
from dataclasses import fields
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from builder import __version__
from builder.publish.output import process_running
from builder.read.capture import InputFile, ManifestEntry
from builder.record.models import Article, QuarantineEntry

if TYPE_CHECKING:
    from builder.run.pipeline import Outcome

PACKAGE = Path(__file__).resolve().parents[1]
DATABASE = "outcomes.sqlite"
_TABLE = "CREATE TABLE entries (key TEXT PRIMARY KEY, kind TEXT, record TEXT)"
_CONTENTS = "CREATE TABLE contents (stamp TEXT PRIMARY KEY, content TEXT)"
# A shard the last build wrote: what its inputs gave the writing process, and its files in that build's
# output ({table: [name, sha256]}, null for a table without rows there); files null when it was not kept
# as written (articles were set aside from it).
# What the last build derived from its tables (people, card, exports ...): by what they were made from.
_DERIVED = "CREATE TABLE derived (key TEXT PRIMARY KEY, files TEXT)"
_SHARDS = "CREATE TABLE shards (digest TEXT PRIMARY KEY, inputs BLOB, files TEXT, shard INTEGER)"
# The entries this build used (the rest go at its end).
_USED = "CREATE TABLE used (key TEXT PRIMARY KEY)"
# A cache file's page: an entry is an article's JSON, about 10 KB, which on SQLite's default 4 KB pages spills over
# three; on 64 KB pages a worker writes its shard's entries in half the time (5.2 to 5.9 against 11.0 to 13.5 µs an
# entry) and the building process copies them into the next cache in half (5.8 to 6.0 against 11.8 to 12.0 µs). Set
# where a file is made, before its tables: a file keeps the pages it was made with.
_PAGE_BYTES = 65536
_PAGE_SIZE = f"PRAGMA page_size = {_PAGE_BYTES}"
# Entries written per transaction by the writing process.
_BATCH = 256
_META_FIELDS = fields(ManifestEntry)
# A cache entry: the outcome's kind (article, quarantine) and its record as JSON, in UTF-8: the serializer writes
# bytes and SQLite stores bytes, so a record as `str` was decoded and encoded again for nothing (an article's
# record holds its text twice).
Entry = tuple[str, bytes]


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """The builder's version, the versions of Python and of the libraries a record depends on, and a
    hash of every file of the builder's code and data.

    Python's bytecode caches are left out: a process importing a changed module writes its `.pyc` through a
    temporary file beside it (`x.cpython-311.pyc.<id>`), and a Ray task that hashed the folder at that moment
    took its builder for another and failed the build."""
    versions = [__version__, sys.version, *(metadata.version(name) for name in ("OpenCC", "pydantic", "warcio"))]
    digest = hashlib.sha256(json.dumps(versions).encode())
    for path in sorted(p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
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
        self._empty = False  # known once the reader is open

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_reader": None, "_empty": False}  # each worker, given a pickled copy, opens its own

    def key(self, item: InputFile, content: str) -> str:
        """`content`: the SHA-256 of the input's bytes, or why they could not be read."""
        meta = {field.name: getattr(item.meta, field.name) for field in _META_FIELDS}  # as `asdict`, without its copy
        described = json.dumps([self.fingerprint, item.name, meta, item.charset, self.max_bytes, content])
        return hashlib.sha256(described.encode()).hexdigest()

    def known_contents(self, stamps: list[str]) -> dict[str, str]:
        """The SHA-256 the last build read from the inputs with these stamps (see `stamp`), where it read them."""
        if not stamps:
            return {}
        marks = ", ".join("?" for _ in stamps)
        try:
            query = f"SELECT stamp, content FROM contents WHERE stamp IN ({marks})"
            return dict(self._connection().execute(query, stamps).fetchall())
        except sqlite3.Error:  # a cache of builder 0.4, which kept no stamps, or a damaged file
            return {}

    def shard(self, digest: str) -> tuple[bytes, dict[str, list[str] | None]] | None:
        """A shard the last build wrote as it stands, by its digest: its inputs (pickled) and its files."""
        try:
            query = "SELECT inputs, files FROM shards WHERE digest = ? AND files IS NOT NULL"
            found = self._connection().execute(query, (digest,)).fetchone()
            return (found[0], json.loads(found[1])) if found is not None else None
        except (sqlite3.Error, ValueError):  # a cache of builder 0.4, or a damaged one: the shard is written
            return None

    def derived(self, key: str) -> dict[str, str] | None:
        """The outputs the last build derived from its tables, when they were made from `key`: {path: SHA-256}."""
        try:
            found = self._connection().execute("SELECT files FROM derived WHERE key = ?", (key,)).fetchone()
            return json.loads(found[0]) if found is not None else None
        except (sqlite3.Error, ValueError):  # a cache of an earlier builder, or a damaged one
            return None

    def load(self, key: str) -> tuple[Outcome, Entry] | None:
        """The last build's outcome for `key`, and its entry as stored; None when there is none or it is damaged."""
        try:
            if self._holds_nothing():  # a first build: no query for each input
                return None
            found = self._connection().execute("SELECT kind, record FROM entries WHERE key = ?", (key,)).fetchone()
            return (thaw(found), found) if found is not None else None
        except (sqlite3.Error, ValueError, KeyError):  # a damaged entry or file: parsed again
            return None

    def _connection(self) -> sqlite3.Connection:
        if self._reader is None:
            self._reader = _open_for_reading(self.folder / DATABASE)
            self._empty = self._reader.execute("SELECT 1 FROM entries LIMIT 1").fetchone() is None
        return self._reader

    def _holds_nothing(self) -> bool:
        """Whether the last build's cache has no entry at all (there was none, or it could not be read)."""
        self._connection()
        return self._empty

    def writer(self) -> CacheWriter:
        return CacheWriter(self.folder)


class CacheWriter:
    """The next build's cache: the entries this build used, written by the writing process alone.

    It starts as a copy of the last build's file (one copy of the whole file in the kernel, where
    copying the entries a rebuild reuses one by one cost a third of a rebuild), takes this build's new
    entries, and at the end loses the entries this build did not use. A cache that cannot be written
    (a full disk) costs the next build its speed, never this build: the new file is dropped and the
    old one stays.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        for stale in folder.glob(f"{DATABASE}.new-*"):  # left by a killed build; not one still running
            pid = stale.name.rsplit("-", 1)[1]
            if pid.isdigit() and not process_running(int(pid)):
                stale.unlink(missing_ok=True)
        self.path = folder / f"{DATABASE}.new-{os.getpid()}"
        self.connection = self._start_from(folder / DATABASE)
        self.contents: list[tuple[str, str]] = []
        self.used: list[tuple[str]] = []
        self.failed: str | None = None

    def _start_from(self, old: Path) -> sqlite3.Connection:
        """The last build's file copied, its stamps and shards left out (this build records its own); made anew,
        its entries copied in, when it is on other pages (a cache of a builder before 0.15.0); an empty cache when
        there is none or it cannot be read."""
        pages = _readable_pages(old)
        if pages is not None:
            if pages != _PAGE_BYTES:
                return self._entries_taken_from(old)
            shutil.copyfile(old, self.path)
            connection = sqlite3.connect(self.path)
            try:
                for table in (_CONTENTS, _SHARDS, _DERIVED):  # a cache of builder 0.4 has none of them
                    connection.execute(table.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"))
                    connection.execute(f"DELETE FROM {table.split()[2]}")
                connection.execute("DROP TABLE IF EXISTS used")
                connection.commit()
            except sqlite3.Error:
                connection.close()
                self.path.unlink(missing_ok=True)
            else:
                return _prepared(connection)
        return self._empty()

    def _empty(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path)
        connection.execute(_PAGE_SIZE)
        for table in (_TABLE, _CONTENTS, _SHARDS, _DERIVED):
            connection.execute(table)
        return _prepared(connection)

    def _entries_taken_from(self, old: Path) -> sqlite3.Connection:
        """A new file on this cache's pages holding the entries of one on others: copying that file whole would keep
        its pages for every build after."""
        connection = self._empty()
        try:
            _copy_entries(connection, old)
        except sqlite3.Error:  # an entry that cannot be read: this build starts from no entry, as from no cache
            connection.close()
            self.path.unlink(missing_ok=True)
            return self._empty()
        return connection

    def keep(self, key: str, stamp: tuple[str, str] | None = None) -> None:
        """An entry this build used: reused from the last build's cache (already in this file), or taken from its
        shard's entries (`take_entries`); `stamp`: the input's stamp and SHA-256."""
        if self.failed is None:
            self.used.append((key,))
            if stamp is not None:
                self.contents.append(stamp)
            if len(self.used) >= _BATCH:
                self._flush()

    def take_entries(self, path: Path) -> None:
        """A shard's new entries, written by its worker (`write_entries`), copied in; their file goes."""
        if self.failed is None:
            try:
                _copy_entries(self.connection, path)
            except sqlite3.Error as error:
                self.failed = str(error)
        path.unlink(missing_ok=True)

    def give_up(self, reason: str) -> None:
        """This build's cache cannot be whole (a worker could not write its shard's entries): the last one stays."""
        if self.failed is None:
            self.failed = reason

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

    def keep_derived(self, key: str, files: dict[str, str]) -> None:
        """What this build derived from its tables, and from what (`DatasetWriter.derived`)."""
        if self.failed is None:
            try:
                with self.connection:
                    self.connection.execute("INSERT OR REPLACE INTO derived VALUES (?, ?)", (key, json.dumps(files)))
            except sqlite3.Error as error:
                self.failed = str(error)

    def _flush(self) -> None:
        try:
            with self.connection:
                self.connection.executemany("INSERT OR REPLACE INTO contents VALUES (?, ?)", self.contents)
                self.connection.executemany("INSERT OR IGNORE INTO used VALUES (?)", self.used)
        except sqlite3.Error as error:
            self.failed = str(error)
        self.contents = []
        self.used = []

    def _drop_unused(self) -> int:
        """The last build's entries this build did not use go; how many."""
        try:
            with self.connection:
                removed = self.connection.execute(
                    "DELETE FROM entries WHERE key NOT IN (SELECT key FROM used)"
                ).rowcount
                self.connection.execute("DROP TABLE used")
            return removed
        except sqlite3.Error as error:
            self.failed = str(error)
            return 0

    def commit(self) -> int:
        """Replace the last build's cache with this one; how many of its entries were dropped."""
        if self.failed is None:
            self._flush()
        removed = self._drop_unused() if self.failed is None else 0
        if self.failed is not None:
            self.abort()
            return 0
        self.connection.close()
        try:
            os.replace(self.path, self.folder / DATABASE)
        except OSError as error:  # the folder went away or became read-only during the build
            self.failed = error.strerror or str(error)
            return 0
        return removed

    def abort(self) -> None:
        """The new file goes; the last build's cache stays as it was, and a cache folder holding nothing goes."""
        self.connection.close()
        self.path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):  # not empty: it holds the last build's cache
            self.folder.rmdir()


def write_entries(path: Path, entries: list[tuple[str, str, bytes]]) -> None:
    """Cache entries (key, kind, record) in a file of their own at `path`, for `CacheWriter.take_entries`: written
    under a temporary name and renamed whole, so that a worker killed meanwhile leaves no file to take."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}")
    partial.unlink(missing_ok=True)
    connection = sqlite3.connect(partial)
    try:
        connection.execute(_PAGE_SIZE)
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute(_TABLE)
        with connection:
            connection.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?)", entries)
    finally:
        connection.close()
    os.replace(partial, path)


def _prepared(connection: sqlite3.Connection) -> sqlite3.Connection:
    """No journal and no syncing: the file is new, and replaces the last one only once it is whole."""
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute(_USED)
    return connection


def _copy_entries(connection: sqlite3.Connection, path: Path) -> None:
    """The entries of the cache file at `path` (a shard's, or a last build's on other pages) copied in, in SQLite."""
    connection.execute("ATTACH DATABASE ? AS other", (str(path),))
    try:
        with connection:
            connection.execute("INSERT OR REPLACE INTO entries SELECT key, kind, record FROM other.entries")
    finally:
        connection.execute("DETACH DATABASE other")


def _readable_pages(path: Path) -> int | None:
    """The page size of a cache file whose entries can be read; None for one whose entries cannot."""
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            connection.execute("SELECT 1 FROM entries LIMIT 1")
            return int(connection.execute("PRAGMA page_size").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return None


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
    """The outcome's entry: what `model_dump_json` gives, before it decodes the bytes."""
    if outcome.article is not None:
        return "article", Article.__pydantic_serializer__.to_json(outcome.article)
    assert outcome.quarantine is not None
    return "quarantine", QuarantineEntry.__pydantic_serializer__.to_json(outcome.quarantine)


def thaw(entry: Entry) -> Outcome:
    from builder.run.pipeline import Outcome  # the parser's rules: loaded only where an outcome is used

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
