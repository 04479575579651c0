"""Limits on one capture's work and on a worker's life: a time limit per capture, and workers that end
with the process that started them.

`time_limit` interrupts a capture's parsing once it has used `seconds` of processor time (a timer
signal, which Python delivers between bytecodes and which the regular-expression engine checks while
it matches), so one pathological file costs at most that long and is quarantined as `timeout`.
Processor time, not time on the clock: on a machine busy with other work the same capture gets the
same verdict. The timer cannot stop a step stuck inside C code (a C library's loop, a call that blocks):
`Watch` tells the process that started the workers which capture each one is on and since when, so
that it can kill a worker on one capture for over `stuck_after` seconds on the clock and start another.
`end_with_parent` makes a worker process die with its parent: killed with SIGKILL or by the OOM killer,
a build must not leave its workers running without it.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from types import FrameType
from typing import Any, TypeVar

# Parsing a capture takes milliseconds of processor time, and about 6 µs a byte at worst (30 s for the
# 5 MB the size limit admits: tests/hostile.py's line of figures, every one a target): a limit no real text
# meets on any machine this runs on, which still stops a pathological one.
DEFAULT_MAX_SECONDS = 60.0
# A worker on one capture for this many times its processor-time limit on the clock, plus a few seconds (a
# busy machine shares its cores, a worker's first capture imports the parser), is stuck where the limit
# cannot reach it.
_STUCK_FACTOR = 4
_STUCK_GRACE = 3.0
# How often a worker where the system cannot signal its parent's death looks for it.
_WATCH_INTERVAL = 0.5
T = TypeVar("T")
_PR_SET_PDEATHSIG = 1


class TimeUp(BaseException):
    """A capture's parsing ran out of its time. Not an Exception, so that no parser's own handler takes it
    for a parser error."""


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise TimeUp in the block once the process has used `seconds` of processor time in it. No limit where
    no timer signal can be had (another thread than the main one, a system without SIGPROF) or when `seconds`
    is None. The handler stays installed after the block; the timer, the only source of the signal, does not."""
    if seconds is None or not _can_alarm():
        yield
        return
    if signal.getsignal(signal.SIGPROF) is not _time_up:  # once a process: installing it cost 12 µs a capture
        signal.signal(signal.SIGPROF, _time_up)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)


def _can_alarm() -> bool:
    return hasattr(signal, "SIGPROF") and threading.current_thread() is threading.main_thread()


def _time_up(signum: int, frame: FrameType | None) -> None:
    raise TimeUp


@contextlib.contextmanager
def worker_pool(workers: int) -> Iterator[Executor]:
    """`workers` forked processes, each ending with this process, even killed with SIGKILL (`end_with_parent`);
    with 1, this process itself, so that `--workers 1` runs everything in one process."""
    if workers == 1:
        yield InProcess()
        return
    # The forked processes' garbage collector then leaves the inherited objects alone instead of touching, and
    # so copying, every one of them: a process made at the end of a large build stays small.
    gc.freeze()
    try:
        fork = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(
            workers, mp_context=fork, initializer=end_with_parent, initargs=(os.getpid(),)
        ) as pool:
            yield pool
    finally:
        gc.unfreeze()


def finished(value: T) -> Future[T]:
    """A future that already holds `value`: work found done stands beside work submitted."""
    done: Future[T] = Future()
    done.set_result(value)
    return done


class InProcess(Executor):
    """An executor that runs each call at once, in this process."""

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        done: Future[T] = Future()
        try:
            done.set_result(fn(*args, **kwargs))
        except BaseException as error:  # as a process pool would: the caller meets it at `result()`
            done.set_exception(error)
        return done


def end_with_parent(parent: int) -> None:
    """Make this worker process end when its parent (process id `parent`) does: the kernel's parent-death
    signal on Linux, elsewhere a thread that watches for the parent to be gone."""
    if _parent_death_signal(signal.SIGKILL) and os.getppid() == parent:
        return
    if os.getppid() != parent:  # the parent died before this worker could ask to follow it
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="parent-watch").start()


def _parent_death_signal(signum: int) -> bool:
    """prctl(PR_SET_PDEATHSIG): the kernel sends `signum` when the parent ends. False where there is none."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, int(signum), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_WATCH_INTERVAL)
    os._exit(1)


def stuck_after(max_seconds: float | None) -> float | None:
    """Seconds on the clock after which a worker on one capture is stuck (None: never, as without a time limit)."""
    return None if max_seconds is None else _STUCK_FACTOR * max_seconds + _STUCK_GRACE


# A worker's slot: its process id, the shard and the position in it of the capture it is on, and since when
# (time.monotonic, the same clock in every process; 0 between captures).
_SLOT = 4
_watched: tuple[Any, int] | None = None  # in a worker: the watch's slots and where this worker's slot begins


class Watch:
    """Which capture each worker of a pool is on and since when, in memory the workers share with the process
    that forked them: there `stuck` finds a worker to replace. Made before the workers are forked."""

    def __init__(self, workers: int) -> None:
        self.slots = multiprocessing.get_context("fork").Array("d", workers * _SLOT)

    def claim(self) -> None:
        """In a worker, as it starts: take the first free slot."""
        global _watched
        with self.slots.get_lock():  # a pool forks no more workers than it has slots
            base = next(base for base in range(0, len(self.slots), _SLOT) if self.slots[base] == 0)
            self.slots[base] = os.getpid()
        _watched = (self.slots, base)

    def stuck(self, seconds: float) -> tuple[int, int, int] | None:
        """A worker on one capture for over `seconds`: its process id, and the capture's shard and position."""
        now = time.monotonic()
        with self.slots.get_lock():
            values = list(self.slots.get_obj())
        for base in range(0, len(values), _SLOT):
            pid, shard, position, since = values[base : base + _SLOT]
            if since and now - since > seconds:
                return int(pid), int(shard), int(position)
        return None


@contextlib.contextmanager
def watched(shard: int, position: int) -> Iterator[None]:
    """The block works on the capture at `position` of `shard`: what this worker's slot says meanwhile (nothing
    where no watch is: one process, a Ray task)."""
    if _watched is None:
        yield
        return
    slots, base = _watched
    slots[base + 1], slots[base + 2] = shard, position
    slots[base + 3] = time.monotonic()  # last: a slot with a start names the capture it started
    try:
        yield
    finally:
        slots[base + 3] = 0.0
