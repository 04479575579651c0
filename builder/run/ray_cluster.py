"""The Ray that a build (`--engine ray`) or a fetch (`crawl fetch --engine ray`) runs on: the cluster named by
`RAY_ADDRESS` (`ray start --head` prints it), or a Ray started on this machine.

Input: `RAY_ADDRESS` (host:port, ray://host:port, `auto`, or none) and the CPUs a Ray started here may use. Output:
Ray initialised, or `ClusterUnavailable` with what to do. Ray retries an address where no Ray answers for as long
as the caller runs, deaf to Ctrl-C, whether nothing listens there or something else does (a web server, a listener
that never replies), so `unreachable` asks the address once, with a timeout, before Ray is asked; what Ray itself
refuses (no Ray for `auto`, a token missing) becomes the same kind of message.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import socket
from typing import Any

INSTALL_HINT = "--engine ray needs Ray: pip install 'zhaoshang-corpus[ray]' (or '.[ray]' in a clone)"

# How long the cluster's address may take to take the connection, and then to reply, before the caller gives up on it.
_CONNECT_SECONDS = 10.0
# Ray's cluster (its GCS) and the Ray Client server behind ray:// are gRPC servers: to a client's HTTP/2 preface and
# SETTINGS frame, a gRPC server replies with a frame of its own whose type, the frame header's fourth byte, is
# SETTINGS. With TLS (RAY_USE_TLS) it expects a TLS handshake instead, and only the connection is checked.
_HTTP2_PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" + b"\x00\x00\x00\x04\x00\x00\x00\x00\x00"
_SETTINGS = 4
_START_IT = "start it with `ray start --head`, or set RAY_ADDRESS to the address that command printed"
_TOKEN = "a cluster that uses token authentication also needs RAY_AUTH_MODE=token and its token in RAY_AUTH_TOKEN"


class ClusterUnavailable(Exception):
    """The Ray cluster cannot be reached or refuses us: a message for the person who ran the command."""


def available() -> bool:
    """Whether Ray is installed (the `ray` extra)."""
    return importlib.util.find_spec("ray") is not None


def why_unusable() -> str | None:
    """Why a command cannot run on Ray, or None: Ray is not installed, or the cluster `RAY_ADDRESS` names cannot be
    reached."""
    if not available():
        return INSTALL_HINT
    return unreachable(os.environ.get("RAY_ADDRESS"))


def unreachable(address: str | None) -> str | None:
    """Why the cluster at `address` (host:port or ray://host:port) cannot be reached, or None (no address: a Ray is
    started here; `auto` and `local` are Ray's to resolve)."""
    host_and_port = _host_and_port(address)
    if host_and_port is None:
        return None
    try:
        connection = socket.create_connection(host_and_port, timeout=_CONNECT_SECONDS)
    except OSError as error:
        return f"cannot reach the Ray cluster at RAY_ADDRESS={address} ({error.strerror or error}): {_START_IT}"
    with connection:
        if _uses_tls():
            return None
        try:
            connection.sendall(_HTTP2_PREFACE)
            reply = _first_bytes(connection, 4)
        except TimeoutError:
            return f"no Ray cluster answers at RAY_ADDRESS={address} (no reply in {_CONNECT_SECONDS:g} s): {_START_IT}"
        except OSError:
            reply = b""  # the peer reset the connection: no gRPC server either
    if len(reply) < 4 or reply[3] != _SETTINGS:
        return f"what answers at RAY_ADDRESS={address} is not a Ray cluster (it does not speak gRPC): {_START_IT}"
    return None


def _first_bytes(connection: socket.socket, count: int) -> bytes:
    """Up to `count` bytes the peer sends first, fewer if it closes the connection before."""
    received = b""
    while len(received) < count and (chunk := connection.recv(count - len(received))):
        received += chunk
    return received


def _uses_tls() -> bool:
    """Ray's own reading of RAY_USE_TLS."""
    return os.environ.get("RAY_USE_TLS", "0").lower() in ("1", "true")


def start_or_connect(cpus: int) -> bool:
    """Ray initialised: connected to `RAY_ADDRESS`'s cluster, or started here with `cpus` CPUs; whether this call did
    it (the caller then shuts it down), not a Ray the process had already."""
    import ray

    if ray.is_initialized():
        return False
    address = os.environ.get("RAY_ADDRESS")
    options: dict[str, Any] = {"logging_level": logging.WARNING, "include_dashboard": False}
    if not address:
        options["num_cpus"] = cpus
    try:
        ray.init(**options)
    except ConnectionError as error:
        why = f"cannot connect to the Ray cluster at RAY_ADDRESS={address} ({error}): {_START_IT}; {_TOKEN}"
        raise ClusterUnavailable(why) from error
    return True


def _host_and_port(address: str | None) -> tuple[str, int] | None:
    host, colon, port = (address or "").removeprefix("ray://").rpartition(":")
    if not colon or not host or not port.isdigit():
        return None
    return host.strip("[]"), int(port)
