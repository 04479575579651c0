"""What a build's processes load: the parser and pyarrow, never pandas, which neither a worker nor the
building process uses.

pyarrow imports pandas the first time it converts Python values, a quarter of a second of each worker's
start; `builder.run.engine` keeps it from doing so in workers, and `zhaoshang build` in its own process. The
build runs as the command in a fresh Python process, since the test process may hold pandas already and its
forked workers would inherit it.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = [ROOT / "corpus" / "seeds", ROOT / "corpus" / "wild"]

# Each shard's worker notes, once it has written the shard, whether it has pandas; then the build's own
# process says how the build ended, its process id and whether it has pandas.
_BUILD = """
import functools, json, os, sys
from builder.run import engine
from builder.cli import main

log = sys.argv[1]
written = engine.write_shard

def warm():  # whether what parsing loads on first use (OpenCC's converter, the divisions) is in this process
    script, regions = sys.modules.get("builder.clean.script"), sys.modules.get("builder.fields.regions")
    return bool(script and regions and script._t2s.cache_info().currsize and regions.divisions.cache_info().currsize)

def s2t_loaded():  # OpenCC's s2t, 45 ms to load, which the script's tables and words spare a build
    script = sys.modules.get("builder.clean.script")
    return bool(script and script._s2t.cache_info().currsize)

@functools.wraps(written)
def write_shard(*args, **kwargs):
    started_warm = warm()
    result = written(*args, **kwargs)
    with open(log, "a") as out:
        noted = {"pid": os.getpid(), "shard": result.index, "pandas": "pandas" in sys.modules, "warm": started_warm,
                 "blas": os.environ.get("OPENBLAS_NUM_THREADS"), "s2t": s2t_loaded()}
        out.write(json.dumps(noted) + "\\n")
    return result

engine.write_shard = write_shard  # a pool sends the function by its name, so the workers call this one
engine.SHARD_INPUTS = int(os.environ.get("SHARD_INPUTS", "16"))  # 16: several shards from the shipped corpus
sys.argv = ["zhaoshang", "build", *sys.argv[3:], "--out", sys.argv[2], "--no-cache"]
numpy_before = "numpy" in sys.modules  # OPENBLAS_NUM_THREADS is read when numpy is first imported
code = main(own_process=True)  # as the command runs, but returning, to report
blas = os.environ.get("OPENBLAS_NUM_THREADS")
print(json.dumps({"code": code, "pid": os.getpid(), "pandas": "pandas" in sys.modules, "warm": warm(), "blas": blas,
                  "numpy_before": numpy_before, "s2t": s2t_loaded(),
                  "crawl": sorted(name for name in sys.modules if name.startswith("builder.crawl"))}))
"""


def _build(
    tmp_path: Path, workers: str, shard_inputs: int = 16, blas_threads: str | None = None
) -> tuple[dict, list[dict]]:
    """A build of the shipped corpus in a fresh process: what its building process and each shard's worker noted.
    `blas_threads`: OPENBLAS_NUM_THREADS as the person set it, if at all."""
    log, out = tmp_path / "shards.jsonl", tmp_path / "dist"
    env = {name: value for name, value in os.environ.items() if name != "OPENBLAS_NUM_THREADS"}
    env["SHARD_INPUTS"] = str(shard_inputs)
    if blas_threads is not None:
        env["OPENBLAS_NUM_THREADS"] = blas_threads
    run = subprocess.run(
        [sys.executable, "-c", _BUILD, str(log), str(out), *map(str, CORPUS), "--workers", workers],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    assert pq.read_metadata(next((out / "data" / "articles").glob("*.parquet"))).num_rows > 0  # real rows
    return json.loads(run.stdout.strip().splitlines()[-1]), [json.loads(line) for line in log.read_text().splitlines()]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_no_process_of_a_build_imports_pandas_and_workers_inherit_the_data(tmp_path: Path, workers: str) -> None:
    building, shards = _build(tmp_path, workers)
    assert building["code"] == 0
    assert sorted(shard["shard"] for shard in shards) == list(range(6))  # 80 inputs: 16, 16, 12, 12, 12, 12
    assert building["pid"] not in {shard["pid"] for shard in shards}  # written in worker processes
    assert len({shard["pid"] for shard in shards}) == int(workers)
    assert [shard for shard in shards if shard["pandas"]] == []
    assert building["pandas"] is False
    # Every shard starts with OpenCC and the divisions loaded (`pipeline.warm_up`): with 2 workers the building
    # process parsed its sample before forking them; one worker parses it itself, before its first capture.
    assert [shard["shard"] for shard in shards if not shard["warm"]] == []
    assert building["warm"] is (workers == "2")
    # numpy's OpenBLAS starts no threads to spin beside the parsing (`engine.one_blas_thread`)
    assert {shard["blas"] for shard in shards} == {building["blas"]} == {"1"}
    assert building["numpy_before"] is False  # else the setting would come too late to matter


@pytest.mark.parametrize("workers", ["1", "2"])
def test_no_process_of_a_build_loads_s2t_nor_the_crawl(tmp_path: Path, workers: str) -> None:
    """The shipped captures' scripts are told from the character tables, the relevance gate's Traditional words
    come from their table; the command's parser imports the crawl's defaults, not its modules."""
    building, shards = _build(tmp_path, workers)
    assert building["code"] == 0
    assert [shard["shard"] for shard in shards if shard["s2t"]] == []
    assert building["s2t"] is False
    assert building["crawl"] == ["builder.crawl", "builder.crawl.command"]


def test_a_persons_own_blas_threads_are_kept(tmp_path: Path) -> None:
    building, shards = _build(tmp_path, "2", blas_threads="3")
    assert {shard["blas"] for shard in shards} == {building["blas"]} == {"3"}


def test_a_build_of_one_shard_starts_one_worker_whatever_the_workers(tmp_path: Path) -> None:
    """Its one worker loads what parsing needs itself, while the building process opens the writer, as with
    --workers 1; the building process parses no sample first for workers that would have nothing to do."""
    building, shards = _build(tmp_path, "2", shard_inputs=512)
    assert building["code"] == 0
    assert [(shard["shard"], shard["warm"]) for shard in shards] == [(0, True)]
    assert building["warm"] is False
    assert building["pid"] != shards[0]["pid"]


_WARMED = """
import json, sys
from pathlib import Path
from builder import resources
from builder.clean import script
from builder.fields import regions
from builder.read.capture import Inputs
from builder.run import pipeline

pipeline.warm_up()
loaders = (resources.data_tsv, resources.data_lines, resources.combined, script._t2s, regions.divisions)
before = [loader.cache_info().currsize for loader in loaders]
outcomes = [pipeline.parse_input(item) for item in Inputs([Path(sys.argv[1])])]
after = [loader.cache_info().currsize for loader in loaders]
print(json.dumps({"articles": sum(o.article is not None for o in outcomes), "before": before, "after": after}))
"""


def test_the_sample_parsed_before_workers_fork_loads_what_real_captures_need() -> None:
    """After `pipeline.warm_up`, the seed captures (speeches and reports of the genre) load no further data file,
    furniture pattern, OpenCC converter or division table: workers forked after it inherit all of them. In a fresh
    process, since the test session has loaded them already."""
    run = subprocess.run(
        [sys.executable, "-c", _WARMED, str(ROOT / "corpus" / "seeds")], capture_output=True, text=True, check=True
    )
    found = json.loads(run.stdout)
    assert found["articles"] == 5
    assert all(found["before"]), found  # each loaded by the sample
    assert found["after"] == found["before"]


def test_the_next_cache_is_made_once_the_workers_have_started(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Making the next build's cache file waits for the disk (60 to 80 ms): beside the workers' start, not before
    it. A next cache that cannot be made costs the next build its speed, never this one, which still reads the
    last build's cache."""
    from builder import cli
    from builder.run import cache

    order: list[str] = []
    engine, made = cli.run_locally, cache.CacheWriter.__init__
    monkeypatch.setattr(cli, "run_locally", lambda *args: (order.append("workers started"), engine(*args))[1])

    def refused(self: cache.CacheWriter, folder: Path) -> None:
        order.append("next cache")
        if len(order) > 2:
            raise sqlite3.OperationalError("disk I/O error")
        made(self, folder)

    monkeypatch.setattr(cache.CacheWriter, "__init__", refused)
    seeds, out = str(ROOT / "corpus" / "seeds"), tmp_path / "dist"
    assert cli.main(["build", seeds, "--out", str(out), "--workers", "1"]) == 0
    assert order == ["workers started", "next cache"]
    assert "parsed 5, reused 0" in capsys.readouterr().out
    before = (tmp_path / ".dist.cache" / "outcomes.sqlite").read_bytes()
    assert cli.main(["build", seeds, "--out", str(out), "--workers", "1"]) == 0
    captured = capsys.readouterr()
    assert "zhaoshang: the cache could not be written (disk I/O error); left as it was" in captured.err
    assert "parsed" not in captured.out  # no next cache to report on
    assert (tmp_path / ".dist.cache" / "outcomes.sqlite").read_bytes() == before


@pytest.mark.parametrize(
    ("workers", "shard_inputs", "one_worker"), [("1", 512, True), ("2", 512, True), ("1", 2, True), ("2", 2, False)]
)
def test_where_one_worker_writes_the_shards_the_building_process_makes_their_parts_and_readies_the_end_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: str, shard_inputs: int, one_worker: bool
) -> None:
    """With one worker (asked for, or enough for a build of one shard) the building process has a core to spare until
    the first shard lands: it makes each shard's parts itself. With `--workers 1` it also opens the card's answers'
    DuckDB connection before the first shard lands rather than at the build's end, closed before the output is
    published, its spill folder removed. With more workers the end forks its pool, and no process is forked while
    DuckDB's threads run: the connection opens at the end, after the pool's processes are forked."""
    from builder import cli
    from builder.publish import questions, writer
    from builder.run import engine

    events: list[str] = []
    opened, published, made = questions.duckdb_connection, writer.swap_into_place, writer.from_shard
    added = writer.DatasetWriter.add_shard

    @contextlib.contextmanager
    def connection() -> Iterator[object]:
        events.append("opened")
        with opened() as made:
            yield made
        events.append("closed")

    def add_shard(self: writer.DatasetWriter, result: engine.ShardResult) -> None:
        events.append("shard landed")
        added(self, result)

    monkeypatch.setattr(engine, "SHARD_INPUTS", shard_inputs)
    monkeypatch.setattr(writer, "duckdb_connection", connection)
    monkeypatch.setattr(questions, "duckdb_connection", connection)
    monkeypatch.setattr(writer.DatasetWriter, "add_shard", add_shard)
    monkeypatch.setattr(writer, "from_shard", lambda *args: (events.append("parts made here"), made(*args))[1])
    monkeypatch.setattr(writer, "swap_into_place", lambda *args: (events.append("published"), published(*args)))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    out = tmp_path / "dist"
    switching = sys.getswitchinterval()
    assert cli.main(["build", str(ROOT / "corpus" / "seeds"), "--out", str(out), "--workers", workers]) == 0
    assert sys.getswitchinterval() == switching  # shortened while the answers ran (`writer._handing_over_often`)
    shards = {512: 1, 2: 4}[shard_inputs]  # the 5 seeds: one shard, or 2, 1, 1, 1 (three cut into four)
    if one_worker and workers == "1":
        assert events == ["opened", *["shard landed", "parts made here"] * shards, "closed", "published"]
    elif one_worker:
        assert events == [*["shard landed", "parts made here"] * shards, "opened", "closed", "published"]
    else:
        assert events == [*["shard landed"] * shards, "opened", "closed", "published"]
    assert "| city | yuan |" in (out / "README.md").read_text(encoding="utf-8")  # answered on it
    assert list((tmp_path / "tmp").iterdir()) == []


# The build command in a process of its own, printing the Arrow allocator its process used when it ends.
_ALLOCATOR = (
    "import atexit, runpy, sys; sys.argv = ['zhaoshang', *sys.argv[1:]];\n"
    "atexit.register(lambda: print('allocator', __import__('pyarrow').default_memory_pool().backend_name,\n"
    "    file=sys.stderr))\n"
    "runpy.run_module('builder.cli', run_name='__main__')"
)


@pytest.mark.parametrize("chosen,used", [(None, "system"), ("mimalloc", "mimalloc")])
def test_a_build_takes_arrows_buffers_from_the_system_allocator_unless_told_otherwise(
    tmp_path: Path, chosen: str | None, used: str
) -> None:
    """mimalloc, pyarrow's default, keeps what a process frees: the building process's peak grew with the corpus."""
    env = {key: value for key, value in os.environ.items() if key != "ARROW_DEFAULT_MEMORY_POOL"}
    if chosen:
        env["ARROW_DEFAULT_MEMORY_POOL"] = chosen
    run = subprocess.run(
        [sys.executable, "-c", _ALLOCATOR, "build", str(CORPUS[0]), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert f"allocator {used}" in run.stderr.splitlines()
