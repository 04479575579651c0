"""A capture the compiled steps failed on, parsed again by the Python source, in a process of its own.

The compiled steps (builder/run/native.py) check at run time the type of each value that reaches them from untyped
code, where the source lets any value pass: a value the annotations did not foresee (a pattern's group that took no
part, None where a text was typed) stops a compiled step with a TypeError where the source would go on. No capture
is to be lost to that. A process whose compiled steps ended a capture as a `parser_error` asks a process that runs
the source (`ZHAOSHANG_PURE_PYTHON=1`, the same checkout), started when first needed and kept for the next such
capture, for the capture's outcome, and takes it: an article, or the source's own quarantine entry. The dataset is
the source's whatever the compiled steps made of a capture. Where that process cannot answer in time (or at all), the
compiled steps' entry stands.

Input: the capture's item, bytes and SHA-256, the outcome the compiled steps gave, the build's `--max-seconds`.
Output: the outcome to keep.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from builder.read.capture import InputFile
from builder.run import native
from builder.run.limits import TimeUp, end_with_parent, time_limit

if TYPE_CHECKING:
    from builder.run.pipeline import Outcome

# A message on the pipes: its length, then the pickled request (item, bytes, SHA-256, seconds) or answer.
_LENGTH = struct.Struct("<Q")
# Seconds on the clock for the source's process to start and load the parser, beyond the parsing's own limit: the
# answer waited for stays under the time after which a worker counts as stuck (limits.stuck_after: 4 x + 3 s).
_START_SECONDS = 3.0
# Where a capture's parsing has no limit (--max-seconds none), the longest wait for the source's answer.
_NO_LIMIT_WAIT = 600.0
_CHECKOUT = Path(__file__).resolve().parents[2]  # the folder that holds this `builder` package

_asked: subprocess.Popen[bytes] | None = None  # the process running the source, once started


def again_from_source(outcome: Outcome, item: InputFile, data: bytes, sha256: str, seconds: float | None) -> Outcome:
    """`outcome` as the compiled steps gave it, or, where they raised on the capture, the source's outcome."""
    if outcome.quarantine is None or outcome.quarantine.reason != "parser_error" or not native.in_use():
        return outcome
    answer = _ask((item, data, sha256, seconds), _waited(seconds))
    return answer if answer is not None else outcome


def _waited(seconds: float | None) -> float:
    return _NO_LIMIT_WAIT if seconds is None else 2 * seconds + _START_SECONDS


def _ask(request: tuple[InputFile, bytes, str, float | None], wait: float) -> Outcome | None:
    """The source's process's answer to `request` within `wait` seconds; None, and that process ended, where it
    gave none (it died, it took longer, its parsing ran over the limit)."""
    global _asked
    deadline = time.monotonic() + wait
    if _asked is not None and _asked.poll() is not None:  # it died since its last answer (killed, out of memory)
        stop()
    try:
        if _asked is None:
            _asked = _start()
        assert _asked.stdin is not None and _asked.stdout is not None
        _send(_asked.stdin, request)
        answer = _receive(_asked.stdout, deadline)
    except (OSError, EOFError, TimeoutError, pickle.UnpicklingError):
        answer = None
    if answer is None:
        stop()
    return answer


def _start() -> subprocess.Popen[bytes]:
    """The process running the source of this checkout's parser (`serve`)."""
    script = f"import sys; sys.path.insert(0, {str(_CHECKOUT)!r}); from builder.run.from_source import serve; serve()"
    environment = {**os.environ, native.PURE_PYTHON: "1"}
    return subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=environment
    )


def stop() -> None:
    """End the source's process, if one was started (the next capture that needs it starts another)."""
    global _asked
    if _asked is None:
        return
    _asked.kill()
    _asked.wait()
    for pipe in (_asked.stdin, _asked.stdout):
        if pipe is not None:
            pipe.close()
    _asked = None


def _send(stream: IO[bytes], message: Any) -> None:
    body = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(body)) + body)
    stream.flush()


def _receive(stream: IO[bytes], deadline: float) -> Any:
    (length,) = _LENGTH.unpack(_read_exactly(stream, _LENGTH.size, deadline))
    return pickle.loads(_read_exactly(stream, length, deadline))


def _read_exactly(stream: IO[bytes], count: int, deadline: float) -> bytes:
    """`count` bytes of the pipe, read as they come until `deadline` (time.monotonic)."""
    chunks: list[bytes] = []
    left = count
    while left:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([stream], [], [], remaining)[0]:
            raise TimeoutError("the source's process gave no answer in time")
        chunk = os.read(stream.fileno(), left)
        if not chunk:
            raise EOFError("the source's process ended")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def serve() -> None:
    """In the source's process: answer each request on stdin with the capture's outcome (None where its parsing ran
    over the limit) on stdout, until stdin closes; end with the process that started it."""
    from builder.run.pipeline import parse_bytes

    end_with_parent(os.getppid())
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the build's to handle: this process ends with its parent
    requests, answers = sys.stdin.buffer, sys.stdout.buffer
    while header := requests.read(_LENGTH.size):
        (length,) = _LENGTH.unpack(header)
        item, data, sha256, seconds = pickle.loads(requests.read(length))
        try:
            with time_limit(seconds):
                answer = parse_bytes(item, data, sha256)
        except TimeUp:
            answer = None
        _send(answers, answer)
