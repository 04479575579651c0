"""`zhaoshang explore` started on a free port for a test, and stopped after it."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from ports import free_port


@contextlib.contextmanager
def running_explorer(folder: Path, tries: int = 300) -> Iterator[str]:
    """The explorer's address once it answers (the test fails with its error output if it ends first)."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "builder.cli", "explore", str(folder), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(tries):
            try:
                urllib.request.urlopen(f"{url}/-/versions.json", timeout=2)
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail(server.stderr.read().decode()[-2000:])
                time.sleep(0.2)
        else:
            pytest.fail("the explorer did not answer")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
