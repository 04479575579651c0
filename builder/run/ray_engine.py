"""The Ray engine (`zhaoshang build --engine ray`): the per-capture work of `builder.run.engine` on Ray Data.

Input: the same inputs and settings as the local engine. Output: the same `Processed` items, in
input order, so the writer makes the same dataset byte for byte. Ray Data reads each capture (a
file or a record inside a web archive) where its task runs, maps `engine.process_chunk` over
batches of inputs on every CPU of the cluster, and streams the results back in order to this
process, which writes the Parquet tables, deduplicates and publishes as a local build does.

Connects to the cluster named by `RAY_ADDRESS` (`ray start --head` prints it), or starts a Ray on
this machine with `workers` CPUs. Every task checks that its node runs the same builder as this
process (`cache.fingerprint`: code, data, Python and library versions), since the records and the
cache keys depend on it. Needs the `ray` extra: `pip install '.[ray]'`.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import pickle
import socket
from collections.abc import Generator, Sequence
from typing import Any

from builder.read.capture import InputFile
from builder.run.cache import fingerprint
from builder.run.engine import CHUNK, Processed, Settings, process_chunk

# Chunks of inputs per Ray task (CHUNK inputs each).
_BLOCK = 4

INSTALL_HINT = "--engine ray needs Ray: pip install 'zhaoshang-corpus[ray]' (or '.[ray]' in a clone)"


def available() -> bool:
    return importlib.util.find_spec("ray") is not None


def run_on_ray(items: Sequence[InputFile], settings: Settings, workers: int) -> Generator[Processed, None, None]:
    """Every input processed on Ray Data, yielded in input order."""
    ray, data = _ray()
    started_here = not ray.is_initialized()
    if started_here:
        options: dict[str, Any] = {"logging_level": logging.WARNING, "include_dashboard": False}
        if not os.environ.get("RAY_ADDRESS"):
            options["num_cpus"] = workers
        ray.init(**options)
    try:
        context = data.DataContext.get_current()
        context.execution_options.preserve_order = True  # the writer needs input order
        logging.getLogger("ray.data").setLevel(logging.WARNING)  # the build prints its own progress
        chunks = [{"chunk": pickle.dumps(list(items[i : i + CHUNK]))} for i in range(0, len(items), CHUNK)]
        if not chunks:
            return
        # A task per block of _BLOCK chunks: Ray's scheduling costs tens of milliseconds a task.
        dataset = data.from_items(chunks, override_num_blocks=-(-len(chunks) // _BLOCK))
        expected = fingerprint()
        mapped = dataset.map_batches(
            _process_chunks, fn_kwargs={"settings": settings, "expected": expected}, batch_size=None
        )
        for batch in mapped.iter_batches(batch_size=1, batch_format="pyarrow", prefetch_batches=2):
            for payload in batch.column("processed").to_pylist():
                yield from pickle.loads(payload)
    finally:
        if started_here:
            ray.shutdown()


def _process_chunks(batch: dict[str, Any], settings: Settings, expected: str) -> dict[str, list[bytes]]:
    """Process a block of chunks, on a node whose builder must be the driver's (code, data and libraries)."""
    if fingerprint() != expected:
        raise RuntimeError(
            f"the builder on {socket.gethostname()} differs from the one that started the build "
            "(install the same zhaoshang-corpus, OpenCC, pydantic and warcio on every node)"
        )
    return {"processed": [pickle.dumps(process_chunk(pickle.loads(chunk), settings)) for chunk in batch["chunk"]]}


def _ray() -> tuple[Any, Any]:
    import ray
    import ray.data

    return ray, ray.data
