"""Inputs → shards written in workers → what the writing process keeps, in shard order; and the local engine.

A shard is SHARD_INPUTS consecutive inputs in sorted order (the last ones share what is left equally).
`write_shard` is the unit every engine runs: for each input of the shard, read it (or know it unread
from its stamp), take its outcome from the incremental cache or parse it, turn an article into its
table rows, and write them to the shard's own Parquet files in the build's staging folder. A shard
whose inputs and outcomes are all what the last build had is not written at all: its files are taken
from the last build's output.
What goes back to the writing process is small: each article's facts and near-duplicate signature,
each quarantine entry, each input's cache key; the outcomes it parsed, for the next build's cache, are
written by the worker into a file beside the shard's (`ENTRIES`). The local engine runs `write_shard` in
worker processes, `builder.run.ray_engine` on Ray Data; either way the shards, and so the files, are the
same whatever the engine or the number of workers.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import importlib.abc
import itertools
import json
import multiprocessing
import os
import pickle
import signal
import sqlite3
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as NotYet
from dataclasses import dataclass, replace
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, cast

from builder.read.capture import CaptureError, InputFile, read_input
from builder.record.models import QuarantineEntry
from builder.run.cache import Entry, OutcomeCache, freeze, stamp, write_entries
from builder.run.from_source import again_from_source
from builder.run.limits import (
    DEFAULT_MAX_SECONDS,
    TimeUp,
    Watch,
    end_with_parent,
    finished,
    stuck_after,
    time_limit,
    watched,
)

if TYPE_CHECKING:  # the parser and the rows are imported where a capture is parsed, not to coordinate a build
    import numpy as np

    from builder.run.pipeline import Outcome
    from builder.tables.ledger import ArticleFacts
    from builder.tables.rows import ArticleRows

# Inputs a shard holds: a shard is the unit a worker takes and one Parquet file per table (about 1 MB of
# articles). Small enough that 2000 inputs still make 4 shards to share among workers.
SHARD_INPUTS = 512
# Shards each worker may have done or under way before the writing process takes them: bounds memory
# while keeping every worker busy.
_AHEAD = 2


@dataclass(frozen=True)
class Settings:
    """What a capture's rows depend on besides its bytes."""

    max_bytes: int
    text_free: bool = False
    deduplicate: bool = True
    cache: OutcomeCache | None = None
    max_seconds: float | None = DEFAULT_MAX_SECONDS  # a capture's parsing, then quarantined as `timeout`
    # What a shard's files alone give (`publish.derived.from_shard`) made by its worker once they are written;
    # False where the building process makes it as each shard lands (one local worker: it has a core to spare).
    from_shard_in_worker: bool = False


@dataclass(frozen=True)
class Target:
    """Where the shards are written, and the last build's output, whose unchanged shards are taken as they are."""

    staging: Path
    previous: Path | None = None


@dataclass(frozen=True)
class Shard:
    index: int
    items: tuple[InputFile, ...]


@dataclass(frozen=True)
class Processed:
    """One input's result: an article's rows or a quarantine entry, and how the cache served it."""

    rows: ArticleRows | None = None
    quarantine: QuarantineEntry | None = None
    cache_key: str | None = None
    cache_entry: Entry | None = None  # for the next build's cache (written with its shard's new entries)
    reused: bool = False
    content_stamp: tuple[str, str] | None = None  # the input's stamp and SHA-256, for the next build's cache
    compiled_raised: str | None = None  # what the compiled steps raised where the source parsed it again


@dataclass(frozen=True)
class Handled:
    """What the writing process keeps of one input once its shard is written."""

    facts: ArticleFacts | None
    stored_facts: str | None
    minhash: np.ndarray | None
    written: bool  # False for an article whose id came earlier in the same shard: its rows were not written
    quarantine: QuarantineEntry | None
    cache_key: str | None
    cached: bool  # its outcome is in the next build's cache: reused from the last one, or in its shard's entries
    reused: bool
    content_stamp: tuple[str, str] | None
    compiled_raised: str | None = None  # what the compiled steps raised where the source parsed it again


@dataclass(frozen=True)
class ShardResult:
    index: int
    inputs: tuple[Handled, ...]
    digest: str | None  # what the shard's files depend on; None without a cache
    taken: bool = False  # its files were taken unchanged from the last build
    memory: bytes | None = None  # when taken: its inputs as the cache keeps them (`remembered`), kept as they were
    entries: Path | None = None  # the outcomes it parsed, for the next build's cache (`cache.write_entries`)
    cache_failed: str | None = None  # why they could not be written: the next build's cache is given up
    parts_made: bool = False  # its worker made what its files alone give (`Settings.from_shard_in_worker`)


@dataclass(frozen=True)
class _Read:
    stamp: str | None
    content: str | None  # the SHA-256 of the bytes, or why they could not be read; None: not read yet
    data: bytes | CaptureError | None  # None: not read, or not kept; read when it must be parsed


def shards_of(items: Iterable[InputFile]) -> Iterator[Shard]:
    """The inputs, in the order given, cut into shards of SHARD_INPUTS but for the last ones, which share the
    inputs left after the others equally, as many as make the count of shards even.

    Cut plainly, a build ends on a short shard, or on an odd one out: with two workers, one wrote it while the
    other's core stood idle, up to a shard's time. Cut so, two workers end about together (more workers may still
    wait on the last round of shards). The shards still depend on the inputs alone."""
    iterator = iter(items)
    plain = iter(lambda: tuple(itertools.islice(iterator, SHARD_INPUTS)), ())
    last: deque[tuple[InputFile, ...]] = deque()  # the plain cut's last shards, which may be cut again
    index = 0
    for chunk in plain:
        last.append(chunk)
        if len(last) > _RECUT_MOST:
            yield Shard(index, last.popleft())
            index += 1
    for items_of_shard in _recut(list(last), index + len(last)):
        yield Shard(index, items_of_shard)
        index += 1


# Plain shards the end of a build may cut again: the last three become four when their count is odd.
_RECUT_MOST = 3


def _recut(last: list[tuple[InputFile, ...]], count: int) -> list[tuple[InputFile, ...]]:
    """The plain cut's last shards (of `count` in all) cut again: an odd count's last three into four equal
    shards, an even count's last full one and a shorter rest into two."""
    if count % 2:
        taken, parts = _RECUT_MOST, 4
    else:
        taken, parts = 2, 2
    if count < taken or (parts == 2 and len(last[-1]) == SHARD_INPUTS):
        return last
    rest = tuple(itertools.chain.from_iterable(last[-taken:]))
    parts = min(parts, len(rest))  # shards of one input (tests' SHARD_INPUTS = 1) leave no empty one
    sizes = [len(rest) // parts + (part < len(rest) % parts) for part in range(parts)]
    bounds = list(itertools.accumulate(sizes, initial=0))
    return last[:-taken] + [rest[start:end] for start, end in itertools.pairwise(bounds)]


def write_shard(
    shard: Shard, settings: Settings, target: Target, given_up: Mapping[int, str] | None = None
) -> ShardResult:
    """Process a shard's inputs and write their rows to its Parquet files (or take them from the last build).

    `given_up`: the positions of captures a worker was stuck on in an earlier try at the shard, with why:
    quarantined as `timeout` without another try."""
    from builder.publish.shards import ShardWriter

    given_up = given_up or {}

    reads = _identify_all(shard.items, settings, target)
    unread = any(read.content is None for read in reads)  # a first build: each input is read once, when parsed
    digest = None if unread else _digest(shard, reads, settings)
    if digest is not None and target.previous is not None:
        taken = _take_unchanged(shard, reads, digest, settings, target)
        if taken is not None:
            return taken
    writer = ShardWriter(target.staging, shard.index)
    handled = []
    seen: set[str] = set()
    keys: list[str | None] = []
    fresh: list[tuple[str, str, str]] = []  # the new cache entries
    remember = settings.cache is not None
    try:
        for position, (item, read) in enumerate(zip(shard.items, reads, strict=True)):
            if position in given_up:
                done = _given_up(item, given_up[position])
            else:
                with watched(shard.index, position):
                    done = process(item, settings, read)
            keys.append(done.cache_key)
            if done.cache_key is not None and done.cache_entry is not None and not done.reused:
                fresh.append((done.cache_key, *done.cache_entry))
            if read.content is not None and done.content_stamp is not None and done.content_stamp[1] != read.content:
                remember = False  # the input changed while the shard was made: its files are not remembered
            if done.quarantine is not None and done.quarantine.reason == "timeout":
                remember = False  # nor is a timeout: the next build tries the capture again
            written = done.rows is not None and done.rows.facts.id not in seen
            if done.rows is not None and written:
                seen.add(done.rows.facts.id)
                writer.add(done.rows)
            handled.append(_handled(done, written))
        writer.close()
        if settings.from_shard_in_worker:
            # imported only here: a worker whose building process makes the parts never loads what they need
            from builder.publish.derived import from_shard

            from_shard(target.staging, shard.index)
    except BaseException:
        writer.abort()
        raise
    if remember:
        digest = _digest_of(cast(list[str], keys), settings) if unread else digest
    entries, failed = _entries_written(target, shard.index, fresh)
    return ShardResult(
        shard.index,
        tuple(handled),
        digest if remember else None,
        entries=entries,
        cache_failed=failed,
        parts_made=settings.from_shard_in_worker,
    )


# The new cache entries of each shard, written by its worker into the staging folder for the writing process to take
# into the next build's cache, rather than passed to it one by one; gone before the folder is published.
ENTRIES = ".cache-entries"


def _entries_written(target: Target, index: int, fresh: list[tuple[str, str, str]]) -> tuple[Path | None, str | None]:
    """The file of a shard's new cache entries, or why it could not be written (a full disk: the next build's cache
    is given up, never this build)."""
    if not fresh:
        return None, None
    path = target.staging / ENTRIES / f"shard-{index:05d}.sqlite"
    try:
        write_entries(path, fresh)
    except (OSError, sqlite3.Error) as error:
        return None, getattr(error, "strerror", None) or str(error)
    return path, None


def _given_up(item: InputFile, why: str) -> Processed:
    return Processed(quarantine=QuarantineEntry(file=item.name, sha256=None, reason="timeout", detail=why))


def process(item: InputFile, settings: Settings, read: _Read) -> Processed:
    """Parse (or reuse) and tabulate one input, as `_identify_all` found it; never raises for bad input."""
    cache = settings.cache
    raised = None
    if read.content is None:
        read = _read(item, settings, read.stamp)
    key = cache.key(item, read.content) if cache is not None else None
    cached = cache.load(key) if cache is not None and key is not None else None
    if cached is None and read.data is None:  # not held, and not in the cache: read it to parse it
        read = _read(item, settings, read.stamp)
        key = cache.key(item, read.content) if cache is not None else None
        cached = cache.load(key) if cache is not None and key is not None else None
    if cached is not None:
        outcome, entry = cached
    else:
        assert read.data is not None
        outcome, timed_out = _outcome_in_time(item, read, settings.max_seconds)
        if isinstance(read.data, bytes) and read.content is not None:
            builder = cache.fingerprint if cache is not None else None
            kept = again_from_source(outcome, item, read.data, read.content, settings.max_seconds, builder)
            outcome, timed_out, raised = kept.outcome, timed_out or kept.timed_out, kept.raised
        # A timeout depends on the machine's speed, not only on the capture: the next build tries again.
        entry = freeze(outcome) if cache is not None and not timed_out else None
    stamped = (read.stamp, read.content) if read.stamp is not None and _was_read(read) else None
    processed = _tabulated(outcome, settings, key, entry, cached is not None, stamped)
    return processed if raised is None else replace(processed, compiled_raised=raised)  # not a copy a capture


def _identify_all(items: tuple[InputFile, ...], settings: Settings, target: Target) -> list[_Read]:
    """Each input's stamp and content: from the cache where it knows the stamp (one look for all of them),
    else read; or, where there is no last build to take the shard from, left to be read when the input is
    parsed (content None), so that a first build reads and hashes each input once."""
    cache = settings.cache
    if cache is None:  # nothing to look up: each input is read when it is parsed
        return [_Read(None, "", None) for _ in items]
    stamps = [stamp(item) for item in items]
    known = cache.known_contents([found for found in stamps if found is not None])
    if target.previous is None:  # the output was removed, the cache kept: what it knows is not read again
        return [_Read(found, known.get(found) if found is not None else None, None) for found in stamps]
    return [
        _Read(found, known[found], None) if found in known else _hashed(item, settings, found)
        for item, found in zip(items, stamps, strict=True)
    ]


def taken_as_it_was(shard: Shard, settings: Settings, target: Target) -> ShardResult | None:
    """The shard as the last build wrote it, when the cache knows each of its inputs by its stamp: linking its
    files reads no input and parses nothing, so it needs no worker (whose start costs more than the shard)."""
    cache = settings.cache
    if cache is None or target.previous is None:
        return None
    stamps = [stamp(item) for item in shard.items]
    known = cache.known_contents([found for found in stamps if found is not None])
    if not all(found in known for found in stamps):
        return None
    reads = [_Read(found, known[found], None) for found in stamps]
    digest = _digest(shard, reads, settings)
    return None if digest is None else _take_unchanged(shard, reads, digest, settings, target)


def _hashed(item: InputFile, settings: Settings, found: str | None) -> _Read:
    """The input read for its SHA-256 alone: a shard's bytes are not held at once (up to 512 x --max-bytes);
    it is read again if it must be parsed."""
    read = _read(item, settings, found)
    return read if isinstance(read.data, CaptureError) else _Read(found, read.content, None)


def _read(item: InputFile, settings: Settings, found: str | None) -> _Read:
    try:
        data = read_input(item, settings.max_bytes)
        return _Read(found, hashlib.sha256(data).hexdigest(), data)
    except CaptureError as error:
        return _Read(found, f"refused: {error}", error)


def _was_read(read: _Read) -> bool:
    if read.content is None or isinstance(read.data, CaptureError):
        return False
    return not read.content.startswith("refused: ")


def _digest(shard: Shard, reads: list[_Read], settings: Settings) -> str | None:
    """What a shard's files depend on: its inputs' cache keys (bytes, names, builder) and the table settings."""
    cache = settings.cache
    if cache is None:
        return None
    keys = [cache.key(item, cast(str, read.content)) for item, read in zip(shard.items, reads, strict=True)]
    return _digest_of(keys, settings)


def _digest_of(keys: list[str], settings: Settings) -> str:
    described = json.dumps([keys, settings.text_free, settings.deduplicate])
    return hashlib.sha256(described.encode()).hexdigest()


def _take_unchanged(
    shard: Shard, reads: list[_Read], digest: str, settings: Settings, target: Target
) -> ShardResult | None:
    """The shard as the last build wrote it, its files linked from that build's output after their checksums
    are checked; None when there is no such shard or a file is gone or changed."""
    from builder.publish.output import link_or_copy
    from builder.publish.shards import SHARDED, TableWriter, shard_path
    from builder.resources import file_sha256

    assert settings.cache is not None and target.previous is not None
    found = settings.cache.shard(digest)
    if found is None:
        return None
    inputs, files = found
    placed = []
    for table in SHARDED:
        destination = shard_path(target.staging, table, shard.index)
        destination.parent.mkdir(parents=True, exist_ok=True)
        placed.append(destination)
        if files.get(table) is None:  # the table had no rows in this shard: its file was left out
            TableWriter(destination, table).close()
            continue
        name, checksum = files[table]
        source = target.previous / "data" / table / name
        if not source.is_file() or file_sha256(source) != checksum:
            for path in placed:
                path.unlink(missing_ok=True)
            return None
        link_or_copy(source, destination)
    handled = pickle.loads(inputs)
    stamps = [(read.stamp, read.content) if read.stamp is not None and _was_read(read) else None for read in reads]
    now = tuple(replace(h, content_stamp=s) for h, s in zip(handled, stamps, strict=True))
    return ShardResult(shard.index, now, digest, taken=True, memory=inputs)


def remembered(result: ShardResult) -> bytes:
    """A shard's inputs as the next build takes them when the shard is unchanged: every outcome from the cache."""
    if result.memory is not None:
        return result.memory
    return pickle.dumps(tuple(replace(h, reused=True, content_stamp=None, compiled_raised=None) for h in result.inputs))


def _handled(done: Processed, written: bool) -> Handled:
    rows = done.rows
    return Handled(
        facts=rows.facts if rows is not None else None,
        stored_facts=rows.stored_facts if rows is not None else None,
        minhash=rows.minhash if rows is not None else None,
        written=written,
        quarantine=done.quarantine,
        cache_key=done.cache_key,
        cached=done.reused or done.cache_entry is not None,
        reused=done.reused,
        content_stamp=done.content_stamp,
        compiled_raised=done.compiled_raised,
    )


def _tabulated(
    outcome: Outcome,
    settings: Settings,
    key: str | None,
    entry: Entry | None,
    reused: bool,
    stamped: tuple[str, str] | None,
) -> Processed:
    """An outcome as the writer takes it: an article's table rows, or its quarantine entry."""
    from builder.tables.rows import ArticleRows

    if outcome.article is None:
        return Processed(None, outcome.quarantine, key, entry, reused, stamped)
    try:
        rows = ArticleRows.of(outcome.article, settings.text_free, settings.deduplicate)
    except Exception as error:  # a bug must cost one capture, counted, never the build (as in parsing)
        source = outcome.article.source
        failure = QuarantineEntry(
            file=source.file, sha256=source.sha256, reason="parser_error", detail=f"{type(error).__name__}: {error}"
        )
        return Processed(None, failure, key, entry, reused, stamped)
    return Processed(rows, None, key, entry, reused, stamped)


def _outcome(item: InputFile, read: _Read) -> Outcome:
    """An input's outcome from what `_read` gave: the SHA-256 it took as it read the input is passed on, not
    computed again."""
    from builder.run.pipeline import parse_bytes, refused

    data = read.data
    assert data is not None
    return refused(item, data) if isinstance(data, CaptureError) else parse_bytes(item, data, read.content)


def _outcome_in_time(item: InputFile, read: _Read, seconds: float | None) -> tuple[Outcome, bool]:
    """The outcome, or a `timeout` quarantine entry when parsing took over `seconds`; and whether it did."""
    from builder.run.pipeline import timed_out

    try:
        with time_limit(seconds):
            return _outcome(item, read), False
    except TimeUp:
        sha256 = read.content if isinstance(read.data, bytes) else None
        detail = f"parsing took over {seconds:g} s of processor time (--max-seconds); the build went on without it"
        return timed_out(item, sha256, detail), True


def _pool(workers: int, watch: Watch | None = None) -> ProcessPoolExecutor:
    """Forked worker processes, each ending with this process, even killed with SIGKILL (limits.end_with_parent),
    and each taking a slot of `watch`, if given."""
    fork = multiprocessing.get_context("fork")
    return ProcessPoolExecutor(workers, mp_context=fork, initializer=_start_worker, initargs=(os.getpid(), watch))


def _start_worker(parent: int, watch: Watch | None) -> None:
    end_with_parent(parent)
    if watch is not None:  # a worker that parses: the parser loaded (half a second) before any capture's clock
        hide_pandas()
        with _loading():
            _import_parser()
            import_module("builder.run.pipeline").warm_up()  # a no-op where the building process ran it
        watch.claim()


@contextlib.contextmanager
def _loading() -> Iterator[None]:
    """For loading what lives as long as the process (the parser's modules, data files and patterns): the garbage
    collector, whose collections over the new objects find nothing to free (40 ms of the half second the imports
    and the sample take), is paused meanwhile and leaves them alone after (frozen)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _import_parser() -> None:
    """What parsing a capture and writing its rows import (a fifth of a second)."""
    for module in ("builder.run.pipeline", "builder.tables.rows", "builder.publish.shards"):
        import_module(module)


def hide_pandas() -> None:
    """Make every import of pandas in this process fail as if it were not installed: for a process that uses no
    pandas, a worker or `zhaoshang build` run as a command (`cli.command`), never one that may later hand
    pyarrow a pandas object (a test session that builds in-process).

    Every conversion of Python values (`pa.array`, `pa.scalar`, a compute function's scalar argument) asks
    whether they are pandas objects, and Arrow answers by importing pandas, trying again at each conversion
    until an import succeeds: a quarter of a second of every process's start, for nothing (pyarrow has no
    switch for it). A process that imported pandas already keeps it."""
    sys.meta_path.insert(0, _hidden_pandas)


def one_blas_thread() -> None:
    """OpenBLAS, which numpy loads, told to start no threads of its own, unless the person set how many: for a
    process whose numpy does no linear algebra (a build's: element-wise arrays only). Its threads start when numpy
    is imported and spin for a while waiting for work, a tenth of a second of processor time in each process that
    imports it (the building process, a cold worker), taken from the other process parsing on a machine of two
    cores. Read once, when numpy is first imported: here before it is, and the workers inherit it."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def system_allocator_for_arrow() -> None:
    """Arrow's buffers from the C library's allocator rather than mimalloc, pyarrow's default, unless the person chose
    one (`ARROW_DEFAULT_MEMORY_POOL`): mimalloc keeps what a process has freed for its own reuse, so a building
    process's peak grew with the corpus, 1.44 x its peak at 2,000 captures when it built 200,000, where the system's
    allocator gives 1.25 x at the same speed (benchmarks/HISTORY.md, run M9). Read when Arrow first allocates: here
    before it does, and the workers inherit the pool."""
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")


class _HiddenPandas(importlib.abc.MetaPathFinder):
    """An import of pandas fails as if it were not installed."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "pandas":
            raise ModuleNotFoundError("pandas is hidden in a process that does not use it", name=name)


_hidden_pandas = _HiddenPandas()


class Running(Iterator[ShardResult]):
    """The shards' results in shard order, from workers started already; `parts_here`: whether the building process
    makes what each shard's files alone give (`publish.derived.from_shard`), its workers leaving it to it."""

    def __init__(self, results: Iterator[ShardResult], parts_here: bool) -> None:
        self._results = results
        self.parts_here = parts_here

    def __next__(self) -> ShardResult:
        return next(self._results)

    def close(self) -> None:
        close = getattr(self._results, "close", None)
        if close is not None:
            close()


def run_locally(shards: Iterable[Shard], settings: Settings, target: Target, workers: int) -> Running:
    """Every shard written by `workers` processes, its result yielded in shard order with a bounded number ahead.

    The workers start, and the first shards go to them, before this returns: what the caller does before it
    asks for the first result (the writer's imports) runs beside the workers' start instead of after it. One
    worker is a process of its own too: only then can a capture stuck in C code be given up (`_Workers`). With one
    worker, or where one is enough (`_Workers.submit_first`), the building process makes the shards' parts: it has
    a core to spare meanwhile."""
    results = _in_shard_order(shards, settings, target, workers)
    parts_here = next(results)  # at its first `yield`, once the first shards are handed out
    return Running(cast(Iterator[ShardResult], results), cast(bool, parts_here))


def _in_shard_order(
    shards: Iterable[Shard], settings: Settings, target: Target, workers: int
) -> Iterator[ShardResult | bool]:
    """Once the first shards are handed out, whether the building process makes the shards' parts; then every
    shard's result in shard order."""
    gc.freeze()  # the workers' garbage collector then leaves the inherited objects alone instead of copying them
    try:
        # A worker that dies (the OOM killer) breaks the pool: the build stops with an error instead of waiting.
        with _Workers(workers, settings, target) as pool:
            try:
                remaining = iter(shards)
                first = list(itertools.islice(remaining, workers * _AHEAD + 1))  # one more: are they all?
                pool.submit_first(first[: workers * _AHEAD], every_shard=len(first) <= workers * _AHEAD)
                remaining = itertools.chain(first[workers * _AHEAD :], remaining)
                yield not pool.settings.from_shard_in_worker
                for shard in remaining:
                    yield pool.next_result()
                    pool.submit(shard)
                while pool.waiting:
                    yield pool.next_result()
            except BaseException:  # the build stops (an error, Ctrl-C, the writer failing): drop what has not begun
                pool.shutdown(cancel_futures=True)
                raise
    finally:
        gc.unfreeze()


# How often the process that waits for a shard looks for a stuck worker.
_LOOK_FOR_STUCK_EVERY = 0.2


class _Workers:
    """A pool of worker processes writing shards, whose worker stuck on one capture is replaced.

    The processor-time limit (`--max-seconds`) stops a capture in Python code, not one stuck in C code. A
    worker on one capture for over `stuck_after(max_seconds)` seconds on the clock is killed; a process pool
    that loses a worker ends its other workers too, so a new pool of as many starts, and each shard not
    finished is written again, the shard of the stuck capture without it (quarantined as `timeout`)."""

    def __init__(self, workers: int, settings: Settings, target: Target) -> None:
        self.workers = workers
        self.settings = settings
        self.target = target
        self.budget = stuck_after(settings.max_seconds)
        self.given_up: dict[int, dict[int, str]] = {}  # by shard: the positions of captures given up, with why
        self.pending: deque[tuple[Shard, Future[ShardResult]]] = deque()
        self.pool: ProcessPoolExecutor | None = None  # started for the first shard that must be written

    def _start(self) -> None:
        if self.workers > 1:  # done once here, each worker inherits the parser instead of importing it again
            # and what its first capture would load (OpenCC, divisions, patterns), shared instead of loaded in each;
            # frozen, the workers' collector leaves it alone, so it stays shared
            with _loading():
                _import_parser()
                import_module("builder.run.pipeline").warm_up()
        self.watch = Watch(self.workers)
        self.pool = _pool(self.workers, self.watch)

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *stopped: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True)

    def shutdown(self, cancel_futures: bool) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=cancel_futures)

    @property
    def waiting(self) -> int:
        return len(self.pending)

    def submit_first(self, shards: list[Shard], every_shard: bool) -> None:
        """The first shards handed out. When they are `every_shard` of the build and only one of them must be
        written (a build of up to SHARD_INPUTS inputs, a rebuild that changed one shard), one worker is enough,
        started as with --workers 1: it loads what parsing needs on its first capture while this process opens
        the writer, instead of this process loading it first for workers to share (about 0.2 s sooner); and this
        process, idle meanwhile, makes the shard's parts, as with --workers 1, and readies itself for them."""
        taken = [taken_as_it_was(shard, self.settings, self.target) for shard in shards]
        if every_shard and sum(found is None for found in taken) == 1:
            self.workers = 1
            self.settings = replace(self.settings, from_shard_in_worker=False)
        for shard, found in zip(shards, taken, strict=True):
            self.pending.append((shard, finished(found) if found is not None else self._submit(shard)))

    def submit(self, shard: Shard) -> None:
        taken = taken_as_it_was(shard, self.settings, self.target)
        self.pending.append((shard, finished(taken) if taken is not None else self._submit(shard)))

    def _submit(self, shard: Shard) -> Future[ShardResult]:
        if self.pool is None:
            self._start()
        assert self.pool is not None
        return self.pool.submit(write_shard, shard, self.settings, self.target, self.given_up.get(shard.index))

    def next_result(self) -> ShardResult:
        """The first shard's result, once it is written; a worker stuck meanwhile is replaced."""
        while True:
            future = self.pending[0][1]
            try:
                result = future.result(timeout=_LOOK_FOR_STUCK_EVERY if self.budget is not None else None)
            except NotYet:
                self._replace_stuck()
                continue
            self.pending.popleft()
            return result

    def _replace_stuck(self) -> None:
        assert self.budget is not None
        stuck = self.watch.stuck(self.budget)
        if stuck is None:
            return
        pid, index, position = stuck
        self.given_up.setdefault(index, {})[position] = (
            f"parsing had not ended after {self.budget:g} s on the clock, stuck where the processor-time limit "
            "(--max-seconds) cannot stop it; its worker was replaced and the build went on without it"
        )
        with contextlib.suppress(ProcessLookupError):  # it may have died meanwhile
            os.kill(pid, signal.SIGKILL)
        assert self.pool is not None  # a worker was stuck: one was started
        self.pool.shutdown(wait=True, cancel_futures=True)  # broken by the kill: its other workers end too
        self._start()
        self.pending = deque(
            (shard, future if _written(future) else self._submit(shard)) for shard, future in self.pending
        )


def _written(future: Future[ShardResult]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def drop_in_shards(root: Path, drops: dict[int, set[str]], workers: int) -> None:
    """Each shard's files copied without the articles set aside, the shards shared among `workers` processes."""
    from builder.publish.shards import drop_rows

    jobs = sorted(drops.items())
    if workers == 1 or len(jobs) < 2:
        for index, ids in jobs:
            drop_rows(root, index, ids)
        return
    with _pool(min(workers, len(jobs))) as pool:
        for done in [pool.submit(drop_rows, root, index, ids) for index, ids in jobs]:
            done.result()
