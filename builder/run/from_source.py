"""A capture the compiled steps failed on, parsed again by the Python source, in a process of its own.

The compiled steps (builder/run/native.py) check at run time the type of each value that reaches them from untyped
code, where the source lets any value pass: a value the annotations did not foresee (a pattern's group that took no
part, None where a text was typed) stops a compiled step with a TypeError where the source would go on. A process
whose compiled steps ended a capture as a `parser_error` asks a process that runs the source
(`ZHAOSHANG_PURE_PYTHON=1`, the same checkout), started when first needed, warmed up and kept for the next such
capture, for the capture's outcome, and takes it: an article, or the source's own quarantine entry. Where that
process gives no answer in time, or dies, the capture is quarantined as a `timeout`, as one whose parsing runs over
`--max-seconds`: an outcome that depends on the machine, not cached, which the next build tries again.

Input: the capture's item, bytes and SHA-256, the outcome the compiled steps gave, the build's `--max-seconds`.
Output: the outcome to keep, whether it is a timeout, and what the compiled steps raised where the source was asked
(the build names those captures: each is an annotation to make right).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import struct
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from builder.read.capture import InputFile
from builder.run import native
from builder.run.limits import TimeUp, end_with_parent, time_limit

if TYPE_CHECKING:
    from builder.run.pipeline import Outcome

# A message on the pipes: its length, then the pickled request (item, bytes, SHA-256, seconds) or answer (the
# capture's SHA-256 and its outcome, None where its parsing ran over the limit); the process's first message is its
# builder's fingerprint.
_LENGTH = struct.Struct("<Q")
_LONGEST = 1 << 32  # a length beyond any capture's message (--max-bytes is checked before parsing): not an answer
# Seconds on the clock for the source's process to start and warm up (about 0.35 s here), beyond the capture's wait:
# with it, the capture's time stays under the time after which a worker counts as stuck (limits.stuck_after: 4 x the
# limit + 3 s) while its compiled parsing took under the limit twice over, less a second, on the clock.
_START_SECONDS = 3.0
# Where a capture's parsing has no limit (--max-seconds none), the longest wait for the source's answer.
_NO_LIMIT_WAIT = 600.0
_CHECKOUT = Path(__file__).resolve().parents[2]  # the folder that holds this `builder` package

_asked: subprocess.Popen[bytes] | None = None  # the process running the source, once started
_started_as = ""  # its builder's fingerprint, as it said once warmed up
_differs_from: set[str] = set()  # builds whose fingerprint the source's builder differed from: none started again
_CHANGED = "found the builder's files changed since the build started"


def _forget_in_a_forked_child() -> None:
    """A process forked from one that started the source's process does not share it: it starts its own."""
    global _asked
    _asked = None


os.register_at_fork(after_in_child=_forget_in_a_forked_child)


class Kept(NamedTuple):
    outcome: Outcome
    timed_out: bool  # the source gave no outcome in time: a `timeout`, not cached, tried again by the next build
    raised: str | None  # what the compiled steps raised on a capture the source parsed: for the build to name it


def again_from_source(
    outcome: Outcome, item: InputFile, data: bytes, sha256: str, seconds: float | None, builder: str | None = None
) -> Kept:
    """`outcome` as the compiled steps gave it or, where they raised on the capture, the source's outcome.
    `builder`: the build's fingerprint of the builder (`cache.fingerprint`, taken as it started), where its outcomes
    are cached under it: a source's process whose builder differs (its files changed since) is not asked."""
    from builder.run.pipeline import Outcome, timed_out

    failure = outcome.quarantine
    if failure is None or failure.reason != "parser_error" or not native.in_use():
        return Kept(outcome, False, None)
    answer = _ask((item, data, sha256, seconds), sha256, _waited(seconds), builder)
    if isinstance(answer, Outcome):
        source_failed = answer.quarantine is not None and answer.quarantine.reason == "parser_error"
        return Kept(answer, False, None if source_failed else failure.detail)  # a bug of both is no annotation's
    detail = (
        f"the compiled steps raised ({failure.detail}) and parsing it from the Python source {answer}; the build "
        "went on without it"
    )
    return Kept(timed_out(item, sha256, detail), True, None)


def _waited(seconds: float | None) -> float:
    """How long an answer is waited for: the capture's parsing twice over (a busy machine), and a second to pass it."""
    return _NO_LIMIT_WAIT if seconds is None else 2 * seconds + 1.0


def _ask(
    request: tuple[InputFile, bytes, str, float | None], sha256: str, wait: float, builder: str | None
) -> Outcome | str:
    """The source's process's outcome for `request` within `wait` seconds, or why there is none. A process that
    gave no answer is ended: a late answer must never be taken for the next capture's."""
    global _asked
    if builder is not None and builder in _differs_from:
        return _CHANGED
    if _asked is not None and (_asked.poll() is not None or (builder is not None and _started_as != builder)):
        stop()  # it died since its last answer (killed, out of memory), or it was started for another build
    try:
        if _asked is None:
            _asked = _start()
            if builder is not None and _started_as != builder:
                _differs_from.add(builder)  # not started again for this build: its files stay changed
                stop()
                return _CHANGED
        assert _asked.stdin is not None and _asked.stdout is not None
        deadline = time.monotonic() + wait
        _send(_asked.stdin, request, deadline)
        answered, outcome = _receive(_asked.stdout, deadline)
    except BaseException as error:
        stop()
        if not isinstance(error, Exception):  # Ctrl-C, a cancelled task: the capture's build stops
            raise
        return f"gave no answer ({type(error).__name__}: {error})"
    if answered != sha256:
        stop()
        return "answered for another capture"
    if outcome is None:
        return f"took over {request[3]:g} s of processor time (--max-seconds)"
    return outcome


def _start() -> subprocess.Popen[bytes]:
    """The process running the source of this checkout's parser (`serve`), in a session of its own (Ctrl-C is the
    build's to handle; this process ends with it) and writing nothing to the build's terminal; once it has said its
    builder's fingerprint (`_started_as`), within `_START_SECONDS` of its own."""
    global _started_as
    script = (
        f"import sys; sys.path.insert(0, {str(_CHECKOUT)!r}); from builder.run.from_source import serve; "
        f"serve({os.getpid()})"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, native.PURE_PYTHON: "1"},
        start_new_session=True,
    )
    assert process.stdin is not None and process.stdout is not None
    os.set_blocking(process.stdin.fileno(), False)  # a write takes what the pipe holds, never waits past a deadline
    try:
        _started_as = _receive(process.stdout, time.monotonic() + _START_SECONDS)
    except BaseException:
        process.kill()
        process.wait()
        raise
    return process


def stop() -> None:
    """End the source's process, if one was started (the next capture that needs it starts another)."""
    global _asked
    if _asked is None:
        return
    asked, _asked = _asked, None
    asked.kill()
    asked.wait()
    for pipe in (asked.stdin, asked.stdout):
        if pipe is not None:
            with contextlib.suppress(OSError):  # a pipe to a process gone may fail to flush
                pipe.close()


def _framed(message: Any) -> bytes:
    body = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return _LENGTH.pack(len(body)) + body


def _send(stream: IO[bytes], message: Any, deadline: float) -> None:
    """The message written as the pipe takes it, until `deadline` (time.monotonic)."""
    left = memoryview(_framed(message))
    while left:
        if not select.select([], [stream], [], max(0.0, deadline - time.monotonic()))[1]:
            raise TimeoutError("the source's process took nothing in time")
        with contextlib.suppress(BlockingIOError):  # the pipe filled meanwhile: wait for it again
            left = left[os.write(stream.fileno(), left) :]


def _receive(stream: IO[bytes], deadline: float) -> Any:
    (length,) = _LENGTH.unpack(_read_exactly(stream, _LENGTH.size, deadline))
    if length > _LONGEST:
        raise ValueError(f"not an answer: a length of {length} bytes")
    return pickle.loads(_read_exactly(stream, length, deadline))


def _read_exactly(stream: IO[bytes], count: int, deadline: float) -> bytes:
    """`count` bytes of the pipe, read as they come until `deadline` (time.monotonic)."""
    chunks: list[bytes] = []
    left = count
    while left:
        if not select.select([stream], [], [], max(0.0, deadline - time.monotonic()))[0]:
            raise TimeoutError("the source's process gave no answer in time")
        chunk = os.read(stream.fileno(), min(left, 1 << 20))
        if not chunk:
            raise EOFError("the source's process ended")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def serve(parent: int) -> None:
    """In the source's process: warm the parser up, then answer each request on stdin with the capture's SHA-256 and
    outcome (None where its parsing ran over the limit) on stdout, until stdin closes; end with `parent`. Its first
    message, once warmed up, is its builder's fingerprint."""
    from builder.run.cache import fingerprint
    from builder.run.pipeline import parse_bytes, warm_up

    end_with_parent(parent)
    warm_up()  # what the first capture would load, outside any capture's limit
    requests, answers = sys.stdin.buffer, sys.stdout.buffer
    _write(answers, fingerprint())
    while header := requests.read(_LENGTH.size):
        (length,) = _LENGTH.unpack(header)
        item, data, sha256, seconds = pickle.loads(requests.read(length))
        try:
            with time_limit(seconds):
                answer = parse_bytes(item, data, sha256)
        except TimeUp:
            answer = None
        _write(answers, (sha256, answer))


def _write(stream: IO[bytes], message: Any) -> None:
    stream.write(_framed(message))
    stream.flush()
