"""Ports of this machine for tests: one that nothing listens on, for a test's server or an address where none answers;
and a server that answers as told."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator


def free_port() -> int:
    """A port the system gave out and that was let go at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def listening(reply: bytes | None) -> Iterator[str]:
    """A server on a free port of this machine (its host:port) that takes every connection and, once the client has
    written, sends `reply` and closes it, or with None says nothing and holds it."""
    server = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []

    def serve() -> None:
        with contextlib.suppress(OSError):  # the server closed: the test is over
            while True:
                connection, _ = server.accept()
                connection.recv(1024)
                if reply is None:
                    held.append(connection)
                else:
                    connection.sendall(reply)
                    connection.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.getsockname()[1]}"
    finally:
        with contextlib.suppress(OSError):
            server.shutdown(socket.SHUT_RDWR)  # wakes the thread's accept
        server.close()
        for connection in held:
            connection.close()
