"""Picks → `.warc.gz` archives of bounded size in a folder, resumable after any stop.

Workers (threads here, Ray tasks with `--engine ray`) download; this process alone writes. Each
record arrives checked (see `check.py`), is appended to the open archive as the gzip member it was
in the crawl, and counts once it is synced and journaled (see `journal.py`). What failed after
every retry is listed with its reason in `fetch_failures.tsv`; the same command fetches it again.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from builder.crawl import CrawlError
from builder.crawl.download import Client, Outcome, Policy
from builder.crawl.journal import PART, Journal, Placed
from builder.crawl.picks import Pick, read_picks

FAILURES_NAME = "fetch_failures.tsv"
REPORT_NAME = "fetch_report.json"
ARCHIVE_PREFIX = "zhaoshang-crawl"
COMMIT_EVERY = 64  # records between two syncs: a stop costs at most this many fetched again
COMMIT_SECONDS = 1.0


@dataclass
class Tally:
    fetched: int = 0
    fetched_bytes: int = 0
    received: int = 0
    requests: int = 0
    retried: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)


class ArchiveWriter:
    """Appends records to the open archive, syncs and journals them in batches, rolls over at the size bound."""

    def __init__(self, folder: Path, journal: Journal, max_bytes: int) -> None:
        self.folder, self.journal, self.max_bytes = folder, journal, max_bytes
        self.stream = None
        self.name = ""
        self.size = 0
        self.placed: list[Placed] = []
        self.failed: list[tuple[Pick, int, str]] = []
        self.last_commit = time.monotonic()
        self.counter = _last_number(folder, journal)
        held = journal.open_archive()
        if held is not None:
            self.name, self.size = held
            self.stream = (folder / (self.name + PART)).open("ab")

    def add(self, pick: Pick, data: bytes) -> None:
        if self.stream is not None and self.size + len(data) > self.max_bytes and self.size > 0:
            self.close_archive()
        if self.stream is None:
            self._new_archive()
        self.stream.write(data)
        self.placed.append(Placed(pick, self.name, self.size))
        self.size += len(data)
        self._maybe_commit()

    def fail(self, pick: Pick, attempts: int, reason: str) -> None:
        self.failed.append((pick, attempts, reason))
        self._maybe_commit()

    def _maybe_commit(self) -> None:
        if len(self.placed) + len(self.failed) >= COMMIT_EVERY or time.monotonic() - self.last_commit > COMMIT_SECONDS:
            self.commit()

    def commit(self) -> None:
        if self.stream is not None:
            self.stream.flush()
            os.fsync(self.stream.fileno())
        if self.placed or self.failed:
            self.journal.commit(self.name or None, self.size, self.placed, self.failed)
        self.placed, self.failed = [], []
        self.last_commit = time.monotonic()

    def close_archive(self) -> None:
        self.commit()
        assert self.stream is not None
        self.stream.close()
        self.stream = None
        os.replace(self.folder / (self.name + PART), self.folder / self.name)
        _sync_folder(self.folder)
        self.journal.mark_closed(self.name)

    def _new_archive(self) -> None:
        self.counter += 1
        self.name = f"{ARCHIVE_PREFIX}-{self.counter:05d}.warc.gz"
        self.size = 0
        self.stream = (self.folder / (self.name + PART)).open("wb")
        self.journal.commit(self.name, 0, [], [])

    def finish(self) -> None:
        """Everything committed; the open archive closed (a finished fetch leaves no `.part` file)."""
        if self.stream is not None and self.size > 0:
            self.close_archive()
        elif self.stream is not None:  # opened, never written to
            self.commit()
            self.stream.close()
            self.stream = None
            (self.folder / (self.name + PART)).unlink(missing_ok=True)
            self.journal.drop_empty(self.name)
        else:
            self.commit()


def _last_number(folder: Path, journal: Journal) -> int:
    """The highest archive number in the journal or the folder, so that a new archive never takes an old name."""
    names = [*journal.archive_names(), *(p.name for p in folder.glob(f"{ARCHIVE_PREFIX}-*"))]
    numbers = [
        int(n[len(ARCHIVE_PREFIX) + 1 :].split(".")[0]) for n in names if n[len(ARCHIVE_PREFIX) + 1 :][:5].isdigit()
    ]
    return max(numbers, default=0)


def _sync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


Engine = Callable[[list[Pick], Policy, int], Iterator[Outcome]]


def threaded(todo: list[Pick], policy: Policy, concurrency: int) -> Iterator[Outcome]:
    """Outcomes as they complete, at most `concurrency` requests in flight and a bounded queue behind them."""
    client = Client(policy, concurrency)
    queue = iter(todo)
    window = concurrency * 4
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="fetch") as pool:
        pending: set[Future[Outcome]] = {pool.submit(client.fetch, p) for p in islice(queue, window)}
        try:
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    yield future.result()
                pending |= {pool.submit(client.fetch, p) for p in islice(queue, len(finished))}
        finally:
            for future in pending:
                future.cancel()


def run_fetch(
    picks_path: Path, out: Path, policy: Policy, concurrency: int, max_file_bytes: int, engine: Engine = threaded,
    progress: bool | None = None,
) -> Tally:  # fmt: skip
    picks = read_picks(picks_path)
    try:
        out.mkdir(parents=True, exist_ok=True)
        journal = Journal(out)
    except OSError as error:
        raise CrawlError(f"cannot write to {out}: {error.strerror}") from None
    try:
        for note in journal.recover():
            print(f"zhaoshang: resuming: {note}")
        done = journal.done()
        todo = [p for p in _distinct(picks) if p.key not in done]
        if done:
            print(f"zhaoshang: resuming: {len(done)} records already in {out}, {len(todo)} to fetch")
        tally = _fetch_all(todo, out, journal, policy, concurrency, max_file_bytes, engine, progress)
        _write_failures(out, journal)
        return tally
    finally:
        journal.close()


def _distinct(picks: Iterable[Pick]) -> list[Pick]:
    seen: set[tuple[str, int, int]] = set()
    return [p for p in picks if not (p.key in seen or seen.add(p.key))]


def _fetch_all(
    todo: list[Pick], out: Path, journal: Journal, policy: Policy, concurrency: int, max_file_bytes: int,
    engine: Engine, progress: bool | None,
) -> Tally:  # fmt: skip
    from tqdm import tqdm

    tally = Tally()
    writer = ArchiveWriter(out, journal, max_file_bytes)
    started = time.perf_counter()
    bar = tqdm(total=len(todo), unit="rec", desc="fetching", disable=None if progress is None else not progress)
    try:
        for outcome in engine(todo, policy, concurrency):
            _count(tally, outcome)
            if outcome.data is not None:
                writer.add(outcome.pick, outcome.data)
            else:
                writer.fail(outcome.pick, outcome.attempts, outcome.problem or "unknown")
            bar.update(1)
            bar.set_postfix_str(
                f"{tally.fetched_bytes / 1e6:.1f} MB, {sum(tally.failed.values())} failed", refresh=False
            )
    finally:
        writer.finish()
        bar.close()
    _write_report(out, tally, time.perf_counter() - started)
    return tally


def _progress(tally: Tally, seconds: float) -> str:
    rate = tally.fetched_bytes / seconds / 1e6 if seconds > 0 else 0.0
    return f"{tally.fetched_bytes / 1e6:.1f} MB, {rate:.2f} MB/s, {sum(tally.failed.values())} failed"


def _count(tally: Tally, outcome: Outcome) -> None:
    tally.requests += outcome.attempts
    tally.received += outcome.received
    tally.retried.update(outcome.retried)
    if outcome.data is not None:
        tally.fetched += 1
        tally.fetched_bytes += len(outcome.data)
    else:
        tally.failed[(outcome.problem or "unknown").split(":")[0]] += 1


def _write_failures(out: Path, journal: Journal) -> None:
    rows = journal.failures()
    path = out / FAILURES_NAME
    if not rows:
        path.unlink(missing_ok=True)
        return
    lines = ["url\twarc_filename\twarc_record_offset\twarc_record_length\tattempts\treason"]
    lines += ["\t".join(str(value).replace("\t", " ") for value in row) for row in rows]
    _replace_text(path, "\n".join(lines) + "\n")


def _write_report(out: Path, tally: Tally, seconds: float) -> None:
    report = {
        "records_fetched": tally.fetched,
        "record_bytes": tally.fetched_bytes,
        "bytes_received": tally.received,
        "requests": tally.requests,
        "retries_by_reason": dict(sorted(tally.retried.items())),
        "failed_by_reason": dict(sorted(tally.failed.items())),
        "seconds": round(seconds, 3),
        "records_per_second": round(tally.fetched / seconds, 1) if seconds > 0 else None,
    }
    _replace_text(out / REPORT_NAME, json.dumps(report, indent=2) + "\n")


def _replace_text(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
