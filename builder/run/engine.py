"""Inputs → what the writer takes, in input order: the work done for each capture, and the local engine.

`process` is the unit every engine runs: read one input, take its outcome from the incremental
cache or parse it (and keep it there for next time), and turn an article into its table rows. The
local engine runs it in worker processes, `builder.run.ray_engine` on Ray Data. Either way the writer
receives the same `Processed` items in input order, so the output depends neither on the engine nor
on the number of workers.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
from collections import deque
from collections.abc import Generator, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from builder.read.capture import CaptureError, InputFile, read_input
from builder.record.models import QuarantineEntry
from builder.run.cache import Entry, OutcomeCache, freeze, stamp
from builder.run.pipeline import Outcome, parse_bytes, refused
from builder.tables.rows import ArticleRows

# Most captures handed to a worker at a time: enough to amortise the hand-over (2000 captures on 2
# workers: 16 a chunk took 4.9 s, 64 took 4.4 s).
CHUNK = 64
# Chunks each worker may have done or under way before the writer takes them: bounds the memory of a
# build whose writer falls behind, while keeping every worker busy when the writer pauses.
_AHEAD = 4
# The smallest chunk, at the end of a build: small enough that the writer, left the last ones after the
# workers are done, takes them in a few hundredths of a second; large enough to amortise the hand-over.
_LAST = 8


@dataclass(frozen=True)
class Settings:
    """What a capture's rows depend on besides its bytes."""

    max_bytes: int
    text_free: bool = False
    deduplicate: bool = True
    cache: OutcomeCache | None = None


@dataclass(frozen=True)
class Processed:
    """One input's result: an article's rows or a quarantine entry, and how the cache served it."""

    rows: ArticleRows | None = None
    quarantine: QuarantineEntry | None = None
    cache_key: str | None = None
    cache_entry: Entry | None = None  # for the writing process to keep in the next build's cache
    reused: bool = False
    content_stamp: tuple[str, str] | None = None  # the input's stamp and SHA-256, for the next build's cache


def process(item: InputFile, settings: Settings) -> Processed:
    """Read, parse (or reuse) and tabulate one input; never raises for bad input.

    An input whose stamp (path, size, mtime) the last build saw, and whose outcome it kept, is not read."""
    cache = settings.cache
    found = stamp(item) if cache is not None else None
    if cache is not None and found is not None and (known := cache.known_content(found)) is not None:
        key = cache.key(item, known)
        cached = cache.load(key)
        if cached is not None:
            return _tabulated(cached[0], settings, key, cached[1], True, (found, known))
    data: bytes | CaptureError
    try:
        data = read_input(item, settings.max_bytes)
        content = hashlib.sha256(data).hexdigest()
    except CaptureError as error:
        data, content = error, f"refused: {error}"
    key = cache.key(item, content) if cache is not None else None
    cached = cache.load(key) if cache is not None and key is not None else None
    if cached is not None:
        outcome, entry = cached
    else:
        outcome = _outcome(item, data)
        entry = freeze(outcome) if cache is not None else None
    stamped = (found, content) if found is not None and not isinstance(data, CaptureError) else None
    return _tabulated(outcome, settings, key, entry, cached is not None, stamped)


def _tabulated(
    outcome: Outcome,
    settings: Settings,
    key: str | None,
    entry: Entry | None,
    reused: bool,
    stamped: tuple[str, str] | None,
) -> Processed:
    """An outcome as the writer takes it: an article's table rows, or its quarantine entry."""
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


def process_chunk(items: Sequence[InputFile], settings: Settings) -> list[Processed]:
    return [process(item, settings) for item in items]


def _outcome(item: InputFile, data: bytes | CaptureError) -> Outcome:
    return refused(item, data) if isinstance(data, CaptureError) else parse_bytes(item, data)


def chunk_bounds(count: int, workers: int) -> Iterator[tuple[int, int]]:
    """Where the chunks of `count` inputs start and end: CHUNK inputs each, then smaller as the end nears
    (each a share of what is left, as in guided self-scheduling), down to _LAST.

    The workers then finish at about the same moment, and the writer, which must take every result
    after they do, is left a few small chunks rather than whole ones: time on one core while the
    other idles. A small corpus still reaches every worker.
    """
    smallest = max(1, min(_LAST, count // (workers * _AHEAD)))
    start = 0
    while start < count:
        size = max(smallest, min(CHUNK, (count - start) // (workers * _AHEAD)))
        yield start, min(count, start + size)
        start += size


def run_locally(items: Sequence[InputFile], settings: Settings, workers: int) -> Generator[Processed, None, None]:
    """Every input processed by `workers` processes, yielded in input order with a bounded number ahead."""
    if workers == 1 or len(items) < 2:
        yield from (process(item, settings) for item in items)
        return
    gc.freeze()  # the workers' garbage collector then leaves the inherited objects alone instead of copying them
    try:
        # A worker that dies (the OOM killer) breaks the pool: the build stops with an error instead of waiting.
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            pending: deque[Future[list[Processed]]] = deque()
            try:
                for start, end in chunk_bounds(len(items), workers):
                    pending.append(pool.submit(process_chunk, items[start:end], settings))
                    if len(pending) >= workers * _AHEAD:
                        yield from pending.popleft().result()
                while pending:
                    yield from pending.popleft().result()
            except BaseException:  # the build stops (an error, Ctrl-C, the writer failing): drop what has not begun
                pool.shutdown(cancel_futures=True)
                raise
    finally:
        gc.unfreeze()
