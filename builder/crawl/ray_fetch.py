"""`zhaoshang crawl fetch --engine ray`: Ray tasks download batches of records on the cluster's nodes;
this process writes and journals them exactly as the local engine does, so the output and the
resuming are the same.

Connects to the cluster named by `RAY_ADDRESS`, or starts a Ray on this machine. `--concurrency`
is the number of requests in flight over the whole cluster and `--rate` the requests a second over
all of them: each task gets its share. Needs the `ray` extra.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace

from builder.crawl.download import Outcome, Policy
from builder.crawl.fetch import threaded
from builder.crawl.picks import Pick
from builder.run.ray_cluster import start_or_connect

_BATCH = 64  # records a task: Ray's scheduling costs milliseconds a task
_THREADS = 8  # requests in flight inside one task


def on_ray(todo: list[Pick], policy: Policy, concurrency: int) -> Iterator[Outcome]:
    """Outcomes of every pick, batch by batch as Ray's tasks finish them."""
    import ray

    started_here = start_or_connect(os.cpu_count() or 1)
    try:
        threads = min(_THREADS, concurrency)
        tasks = max(1, concurrency // threads)
        share = replace(policy, rate=policy.rate / tasks)
        download = ray.remote(num_cpus=0)(_download_batch)  # the work waits on the network, not a CPU
        batches = (todo[i : i + _BATCH] for i in range(0, len(todo), _BATCH))
        pending = [download.remote(batch, share, threads) for batch in _take(batches, tasks * 2)]
        while pending:
            finished, pending = ray.wait(pending, num_returns=1)
            yield from ray.get(finished[0])
            pending += [download.remote(batch, share, threads) for batch in _take(batches, 1)]
    finally:
        if started_here:
            ray.shutdown()


def _take(batches: Iterator[list[Pick]], n: int) -> list[list[Pick]]:
    taken = []
    for batch in batches:
        taken.append(batch)
        if len(taken) == n:
            break
    return taken


def _download_batch(batch: list[Pick], policy: Policy, threads: int) -> list[Outcome]:
    return list(threaded(batch, policy, threads))
