"""The Ray engine (`zhaoshang build --engine ray`): the per-shard work of `builder.run.engine` on Ray Data.

Input: the same shards, settings and staging folder as the local engine. Output: the same
`ShardResult`s, in shard order, so the writer makes the same dataset byte for byte. Ray Data maps
`engine.write_shard` over the shards on every CPU of the cluster: each task reads its captures (files
or records inside web archives) and writes its shard's Parquet files into the staging folder, which
must therefore be on a filesystem every node shares, as the inputs must. The results stream back in
order to this process, which deduplicates and publishes as a local build does.

Connects to the cluster named by `RAY_ADDRESS` (`ray start --head` prints it), or starts a Ray on
this machine with `workers` CPUs. Every task checks that its node runs the same builder as this
process (`cache.fingerprint`: code, data, Python and library versions), since the records and the
cache keys depend on it. Tasks import the builder from disk when they start, so a build whose builder files
are edited while it runs (a checkout, a merge) is refused as well: this process runs the code it loaded.
Needs the `ray` extra: `pip install '.[ray]'`.
"""

from __future__ import annotations

import importlib.util
import itertools
import logging
import os
import pickle
import socket
from collections.abc import Iterable, Iterator
from typing import Any

from builder.run.cache import fingerprint
from builder.run.engine import EngineUnavailable, Settings, Shard, ShardResult, Target, write_shard

# Shards handed to Ray at a time: each is a task; more in flight keep the cluster busy while this process
# takes the results in order.
_WINDOW = 64

INSTALL_HINT = "--engine ray needs Ray: pip install 'zhaoshang-corpus[ray]' (or '.[ray]' in a clone)"
# How long the cluster's address may take to answer before the build gives up on it.
_CONNECT_SECONDS = 10.0
_START_IT = "start it with `ray start --head`, or set RAY_ADDRESS to the address that command printed"
_TOKEN = "a cluster that uses token authentication also needs RAY_AUTH_MODE=token and its token in RAY_AUTH_TOKEN"


def available() -> bool:
    return importlib.util.find_spec("ray") is not None


def run_on_ray(shards: Iterable[Shard], settings: Settings, target: Target, workers: int) -> Iterator[ShardResult]:
    """Every shard written on Ray Data, its result yielded in shard order."""
    ray, data = _ray()
    started_here = not ray.is_initialized()
    if started_here:
        options: dict[str, Any] = {"logging_level": logging.WARNING, "include_dashboard": False}
        address = os.environ.get("RAY_ADDRESS")
        if not address:
            options["num_cpus"] = workers
        try:
            ray.init(**options)
        except ConnectionError as error:  # RAY_ADDRESS=auto with no Ray running; a port that is not Ray's
            why = f"cannot connect to the Ray cluster at RAY_ADDRESS={address} ({error}): {_START_IT}; {_TOKEN}"
            raise EngineUnavailable(why) from error
    try:
        context = data.DataContext.get_current()
        context.execution_options.preserve_order = True  # the writer needs shard order
        logging.getLogger("ray.data").setLevel(logging.WARNING)  # the build prints its own progress
        expected = fingerprint()
        pending = iter(shards)
        while window := list(itertools.islice(pending, _WINDOW)):
            # A task per shard: the inputs are found here as a stream, a window of shards at a time.
            dataset = data.from_items(
                [{"shard": pickle.dumps(shard)} for shard in window], override_num_blocks=len(window)
            )
            mapped = dataset.map_batches(
                _write_shards,
                fn_kwargs={"settings": settings, "target": target, "expected": expected},
                batch_size=None,
            )
            for batch in mapped.iter_batches(batch_size=1, batch_format="pyarrow", prefetch_batches=2):
                for payload in batch.column("result").to_pylist():
                    yield pickle.loads(payload)
    finally:
        if started_here:
            ray.shutdown()


def unreachable_cluster(address: str | None) -> str | None:
    """Why the cluster at `address` (RAY_ADDRESS: host:port or ray://host:port) cannot be reached, or None (no
    address: a Ray is started here; `auto` and `local` are Ray's to resolve). Ray retries an address where nothing
    answers for as long as the build runs, deaf to Ctrl-C meanwhile; one connection with a timeout tells first."""
    host_and_port = _host_and_port(address)
    if host_and_port is None:
        return None
    try:
        socket.create_connection(host_and_port, timeout=_CONNECT_SECONDS).close()
    except OSError as error:
        return f"cannot reach the Ray cluster at RAY_ADDRESS={address} ({error.strerror or error}): {_START_IT}"
    return None


def _host_and_port(address: str | None) -> tuple[str, int] | None:
    host, colon, port = (address or "").removeprefix("ray://").rpartition(":")
    if not colon or not host or not port.isdigit():
        return None
    return host.strip("[]"), int(port)


def _write_shards(batch: dict[str, Any], settings: Settings, target: Target, expected: str) -> dict[str, list[bytes]]:
    """Write a block of shards, on a node whose builder must be the driver's (code, data and libraries)."""
    if fingerprint() != expected:
        raise RuntimeError(
            f"the builder on {socket.gethostname()} differs from the one that started the build: its files "
            "changed since the build started, or the node has another one (install the same zhaoshang-corpus, "
            "OpenCC, pydantic and warcio on every node)"
        )
    return {"result": [pickle.dumps(write_shard(pickle.loads(shard), settings, target)) for shard in batch["shard"]]}


def _ray() -> tuple[Any, Any]:
    import ray
    import ray.data

    return ray, ray.data
