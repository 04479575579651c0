"""One record's bytes by an HTTP range request, with retries, backoff, a rate limit and a deadline.

Retried: 408, 429 and 5xx answers, a 200 (the range ignored), dropped or reset connections,
timeouts, and bodies that fail the record check (short, not one gzip member, not the record asked
for). Other answers (404, 403, 416) fail the record at once. A 429 or 503 also pauses
every other request for the backoff, since the server is asking the whole client to slow down.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

from builder import __version__
from builder.crawl import COMMON_CRAWL_DATA
from builder.crawl.check import record_problem
from builder.crawl.picks import Pick

_SLOW_DOWN = {429, 503}
_TRY_AGAIN = {408, 425, *_SLOW_DOWN}
_CHUNK = 1 << 16
_AGENT = f"zhaoshang-corpus/{__version__} (crawl fetch)"


@dataclass(frozen=True)
class Policy:
    data_url: str = COMMON_CRAWL_DATA
    retries: int = 8
    timeout: float = 60.0  # seconds for one whole request, connection to last byte
    backoff: float = 1.0  # first pause after a failure; it doubles with each attempt, with jitter
    max_backoff: float = 60.0
    rate: float = 0.0  # requests a second, over all workers; 0 for no limit


@dataclass
class Outcome:
    pick: Pick
    data: bytes | None
    attempts: int
    problem: str | None = None
    retried: Counter[str] = field(default_factory=Counter)
    received: int = 0  # bytes over the wire, failed attempts included


class Pacer:
    """A rate limit shared by the workers, and the pause a server's "slow down" imposes on all of them."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.lock = threading.Lock()
        self.next_slot = 0.0
        self.paused_until = 0.0

    def wait_turn(self) -> None:
        with self.lock:
            now = time.monotonic()
            slot = max(now, self.next_slot, self.paused_until)
            self.next_slot = slot + self.interval
        if slot > now:
            time.sleep(slot - now)

    def pause_all(self, seconds: float) -> None:
        with self.lock:
            self.paused_until = max(self.paused_until, time.monotonic() + seconds)


class Client:
    def __init__(self, policy: Policy, connections: int) -> None:
        import urllib3

        self.policy = policy
        self.pool = urllib3.PoolManager(num_pools=4, maxsize=connections, block=True, retries=False)
        self.pacer = Pacer(policy.rate)

    def fetch(self, pick: Pick) -> Outcome:
        outcome = Outcome(pick, None, 0)
        for attempt in range(self.policy.retries + 1):
            outcome.attempts = attempt + 1
            self.pacer.wait_turn()
            data, problem, retry, slow_down = self._attempt(pick, outcome)
            if problem is None:
                outcome.data, outcome.problem = data, None
                return outcome
            outcome.problem = problem
            if not retry:
                return outcome
            outcome.retried[problem.split(":")[0]] += 1
            pause = self._backoff(attempt)
            if slow_down:
                self.pacer.pause_all(pause)
            time.sleep(pause)
        return outcome

    def _backoff(self, attempt: int) -> float:
        ceiling = min(self.policy.max_backoff, self.policy.backoff * 2**attempt)
        return random.uniform(ceiling / 2, ceiling)

    def _attempt(self, pick: Pick, outcome: Outcome) -> tuple[bytes | None, str | None, bool, bool]:
        """(data, problem, worth retrying, server asked to slow down)."""
        import urllib3

        end = pick.warc_record_offset + pick.warc_record_length - 1
        url = f"{self.policy.data_url.rstrip('/')}/{pick.warc_filename.lstrip('/')}"
        deadline = time.monotonic() + self.policy.timeout
        timeout = urllib3.Timeout(connect=self.policy.timeout, read=self.policy.timeout)
        try:
            response = self.pool.request(
                "GET", url, headers={"Range": f"bytes={pick.warc_record_offset}-{end}", "User-Agent": _AGENT},
                preload_content=False, timeout=timeout, redirect=True,
            )  # fmt: skip
            try:
                body = _read_until(response, deadline, pick.warc_record_length)
            finally:
                response.release_conn()
        except TimeoutError:
            return None, f"timeout: no whole answer in {self.policy.timeout:g}s", True, False
        except urllib3.exceptions.TimeoutError:
            return None, f"timeout: no whole answer in {self.policy.timeout:g}s", True, False
        except (urllib3.exceptions.HTTPError, OSError) as error:
            return None, f"connection: {type(error).__name__}", True, False
        outcome.received += len(body)
        status = response.status
        if status == 200:  # the whole file instead of the range: retried, since a server or proxy may do it once
            return None, "HTTP 200: the server ignored the byte range", True, False
        if status in _TRY_AGAIN or status >= 500:
            return None, f"HTTP {status}: server busy or failing", True, status in _SLOW_DOWN
        if status != 206:
            return None, f"HTTP {status}", False, False
        problem = record_problem(body, pick)
        return (body, None, False, False) if problem is None else (None, problem, True, False)


def _read_until(response, deadline: float, expected: int) -> bytes:
    """The body, read in chunks so that a server trickling bytes cannot outlast the deadline."""
    parts: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise TimeoutError
        chunk = response.read(_CHUNK, decode_content=False)  # the record's own gzip, even if a server labels it
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
        if size > expected + _CHUNK:  # a server sending far more than asked is not answering the range
            break
    return b"".join(parts)
