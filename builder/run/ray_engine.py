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

import itertools
import logging
import pickle
import socket
from collections.abc import Iterable, Iterator
from typing import Any

from builder.run.cache import fingerprint
from builder.run.engine import Settings, Shard, ShardResult, Target, write_shard
from builder.run.ray_cluster import start_or_connect

# Shards handed to Ray at a time: each is a task; more in flight keep the cluster busy while this process
# takes the results in order.
_WINDOW = 64


def run_on_ray(shards: Iterable[Shard], settings: Settings, target: Target, workers: int) -> Iterator[ShardResult]:
    """Every shard written on Ray Data, its result yielded in shard order."""
    ray, data = _ray()
    started_here = start_or_connect(workers)
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
