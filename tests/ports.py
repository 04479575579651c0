"""A port of this machine that nothing listens on, for a test's server or a test of an address where none answers."""

from __future__ import annotations

import socket


def free_port() -> int:
    """A port the system gave out and that was let go at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
