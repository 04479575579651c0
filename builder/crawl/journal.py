"""What a fetch has on disk, in SQLite beside the archives it writes, so that a stopped fetch resumes.

The order of writes makes every record count once: a record's bytes are appended to the open
archive (`NAME.warc.gz.part`) and synced to disk, and only then is the record journaled, together
with the archive's new size, in one transaction. On resuming, each open archive is cut back to its
journaled size, which drops whatever was written after the last commit, so those records are
fetched again and nothing is written twice. A full archive is synced, journaled, renamed to
`NAME.warc.gz` and then marked closed; a rename whose mark was lost is recognised on resuming.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from builder.crawl import CrawlError
from builder.crawl.picks import Pick

JOURNAL_NAME = "fetch_journal.sqlite"
PART = ".part"

_TABLES = """
CREATE TABLE IF NOT EXISTS archives (name TEXT PRIMARY KEY, size INTEGER NOT NULL, closed INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS records (
    warc_filename TEXT NOT NULL, warc_record_offset INTEGER NOT NULL, warc_record_length INTEGER NOT NULL,
    url TEXT NOT NULL, archive TEXT NOT NULL, archive_offset INTEGER NOT NULL,
    PRIMARY KEY (warc_filename, warc_record_offset, warc_record_length));
CREATE TABLE IF NOT EXISTS failures (
    warc_filename TEXT NOT NULL, warc_record_offset INTEGER NOT NULL, warc_record_length INTEGER NOT NULL,
    url TEXT NOT NULL, attempts INTEGER NOT NULL, reason TEXT NOT NULL,
    PRIMARY KEY (warc_filename, warc_record_offset, warc_record_length));
"""


@dataclass(frozen=True)
class Placed:
    pick: Pick
    archive: str
    archive_offset: int


class Journal:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.connection = sqlite3.connect(folder / JOURNAL_NAME)
        self.connection.execute("PRAGMA journal_mode = WAL")
        self.connection.execute("PRAGMA synchronous = FULL")
        self.connection.executescript(_TABLES)

    def close(self) -> None:
        self.connection.close()

    def recover(self) -> list[str]:
        """Bring the archives on disk back to what the journal holds; what was done, one line each.

        Raises CrawlError for a finished archive whose size changed since it was written: its
        records can no longer be vouched for, and only a person can say what happened to it.
        """
        notes: list[str] = []
        for name, size, closed in self.connection.execute("SELECT name, size, closed FROM archives").fetchall():
            part, whole = self.folder / (name + PART), self.folder / name
            if closed or (not part.exists() and whole.exists()):  # the rename happened; its mark may not have
                notes += self._check_finished(name, size, whole)
            elif part.exists():
                notes += self._cut_back(name, size, part)
            else:
                notes.append(f"{name}: missing from the folder; its {self._forget(name)} records will be fetched again")
        return notes + self._remove_unjournaled()

    def _remove_unjournaled(self) -> list[str]:
        """Archives opened but stopped before the journal knew them (a kill between a new archive's opening and
        its first commit): they hold no committed record, and would otherwise stay behind as `.part` files."""
        known = set(self.archive_names())
        notes = []
        for part in sorted(self.folder.glob(f"*.warc.gz{PART}")):
            if part.name.removesuffix(PART) not in known:
                part.unlink()
                notes.append(f"{part.name}: opened but never journaled; removed")
        return notes

    def _check_finished(self, name: str, size: int, whole: Path) -> list[str]:
        if not whole.exists():
            return [f"{name}: missing from the folder; its {self._forget(name)} records will be fetched again"]
        if whole.stat().st_size != size:
            raise CrawlError(
                f"{whole}: {whole.stat().st_size} bytes, but {size} were written and journaled; "
                "move it out of the folder and run the same command again to fetch its records anew"
            )
        self.mark_closed(name)
        return []

    def _cut_back(self, name: str, size: int, part: Path) -> list[str]:
        """The open archive cut to its journaled size, or to its last whole record if it is shorter."""
        notes = []
        actual = part.stat().st_size
        if actual > size:
            notes.append(f"{part.name}: {actual - size} bytes written after the last commit dropped")
        elif actual < size:
            with self.connection:
                lost = self.connection.execute(
                    "DELETE FROM records WHERE archive = ? AND archive_offset + warc_record_length > ?", (name, actual)
                ).rowcount
                query = "SELECT coalesce(max(archive_offset + warc_record_length), 0) FROM records WHERE archive = ?"
                size = self.connection.execute(query, (name,)).fetchone()[0]
                self.connection.execute("UPDATE archives SET size = ? WHERE name = ?", (size, name))
            notes.append(f"{part.name}: shorter than journaled; its last {lost} records will be fetched again")
        with part.open("r+b") as stream:
            stream.truncate(size)
            os.fsync(stream.fileno())
        return notes

    def _forget(self, name: str) -> int:
        with self.connection:
            lost = self.connection.execute("DELETE FROM records WHERE archive = ?", (name,)).rowcount
            self.connection.execute("DELETE FROM archives WHERE name = ?", (name,))
        return lost

    def drop_empty(self, name: str) -> None:
        with self.connection:
            self.connection.execute("DELETE FROM archives WHERE name = ? AND size = 0", (name,))

    def archive_names(self) -> list[str]:
        return [row[0] for row in self.connection.execute("SELECT name FROM archives")]

    def done(self) -> set[tuple[str, int, int]]:
        query = "SELECT warc_filename, warc_record_offset, warc_record_length FROM records"
        return {tuple(row) for row in self.connection.execute(query)}  # type: ignore[misc]

    def open_archive(self) -> tuple[str, int] | None:
        row = self.connection.execute("SELECT name, size FROM archives WHERE closed = 0 ORDER BY name").fetchone()
        return (row[0], row[1]) if row else None

    def commit(self, archive: str | None, size: int, placed: list[Placed], failed: list[tuple[Pick, int, str]]) -> None:
        """Records now synced to `archive` (whose size is now `size`) and picks that failed, in one transaction."""
        with self.connection:
            if archive is not None:
                self.connection.execute(
                    "INSERT INTO archives VALUES (?, ?, 0) ON CONFLICT (name) DO UPDATE SET size = excluded.size",
                    (archive, size),
                )
            self.connection.executemany(
                "INSERT INTO records VALUES (?, ?, ?, ?, ?, ?)",
                [(*p.pick.key, p.pick.url, p.archive, p.archive_offset) for p in placed],
            )
            self.connection.executemany(
                "DELETE FROM failures WHERE warc_filename = ? AND warc_record_offset = ? AND warc_record_length = ?",
                [p.pick.key for p in placed],
            )
            self.connection.executemany(
                "INSERT OR REPLACE INTO failures VALUES (?, ?, ?, ?, ?, ?)",
                [(*pick.key, pick.url, attempts, reason) for pick, attempts, reason in failed],
            )

    def mark_closed(self, archive: str) -> None:
        with self.connection:
            self.connection.execute("UPDATE archives SET closed = 1 WHERE name = ?", (archive,))

    def failures(self) -> list[tuple[str, str, int, int, int, str]]:
        query = (
            "SELECT url, warc_filename, warc_record_offset, warc_record_length, attempts, reason FROM failures "
            "ORDER BY warc_filename, warc_record_offset"
        )
        return [tuple(row) for row in self.connection.execute(query)]  # type: ignore[misc]

    def counts(self) -> tuple[int, int]:
        records = self.connection.execute("SELECT count(*), coalesce(sum(warc_record_length), 0) FROM records")
        return tuple(records.fetchone())  # type: ignore[return-value]
