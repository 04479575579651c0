"""The Ray engine: the same per-capture work on Ray Data (a Ray started on this machine) gives the same
dataset, byte for byte, as the local engine, from files and from a web archive, and leaves a cache
a local rebuild reuses."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from archives import write_archive
from folders import tree
from ports import free_port, listening

from builder.cli import main
from builder.run import engine, ray_cluster, ray_engine
from builder.run.cache import PACKAGE, fingerprint
from builder.run.engine import Settings, Target

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = [str(ROOT / "corpus" / "seeds"), str(ROOT / "corpus" / "wild")]


def test_the_ray_engine_builds_the_same_dataset_as_the_local_engine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """In shards of 16 inputs (six shards, each a Ray task writing its own files), so that shard order, the
    shards' names and the near-duplicates set aside across shards must all come out as the local engine's."""
    monkeypatch.setattr(engine, "SHARD_INPUTS", 16)
    archive = tmp_path / "pages.warc.gz"
    write_archive(archive, gzip=True)
    inputs = [*SHIPPED, str(archive)]
    assert main(["build", *inputs, "--out", str(tmp_path / "local"), "--no-cache"]) == 0
    assert main(["build", *inputs, "--out", str(tmp_path / "ray"), "--engine", "ray", "--workers", "2"]) == 0
    local, on_ray = tree(tmp_path / "local"), tree(tmp_path / "ray")
    assert len([name for name in local if name.startswith("data/articles/")]) == 6
    assert sorted(on_ray) == sorted(local)
    assert [name for name in local if on_ray[name] != local[name]] == []
    assert main(["validate", str(tmp_path / "ray")]) == 0
    capsys.readouterr()
    assert main(["build", *inputs, "--out", str(tmp_path / "ray")]) == 0  # the local engine, from Ray's cache
    assert "parsed 0, reused 83" in capsys.readouterr().out
    assert tree(tmp_path / "ray") == local


def test_bytecode_being_written_is_no_part_of_the_builders_fingerprint() -> None:
    """A process importing a changed module writes its bytecode through a temporary file beside the `.pyc`; a Ray
    task that hashed the package then saw another builder than the driver's, and failed the build."""
    before = fingerprint.__wrapped__()
    folder = PACKAGE / "run" / "__pycache__"
    folder.mkdir(exist_ok=True)
    being_written = folder / f"engine.cpython-311.pyc.{os.getpid()}"
    being_written.write_bytes(b"half-written bytecode")
    try:
        assert fingerprint.__wrapped__() == before
    finally:
        being_written.unlink()


def test_without_ray_the_engine_is_refused_with_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(ray_cluster, "available", lambda: False)
    assert main(["build", SHIPPED[0], "--out", str(tmp_path / "out"), "--engine", "ray"]) == 2
    error = capsys.readouterr().err
    assert error.strip() == (
        "zhaoshang: --engine ray needs Ray: pip install 'zhaoshang-corpus[ray]' (or '.[ray]' in a clone)"
    )
    assert not (tmp_path / "out").exists()


def test_a_node_with_another_builder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="differs from the one that started the build"):
        ray_engine._write_shards({"shard": []}, Settings(1000), Target(tmp_path), expected="another builder")


def test_an_address_where_no_ray_answers_stops_the_build_at_once(tmp_path: Path) -> None:
    """Ray itself retries such an address for as long as the build runs, deaf to Ctrl-C."""
    address = f"127.0.0.1:{free_port()}"
    run, seconds = _build_on_ray(address, tmp_path / "out")
    assert run.returncode == 2 and seconds < 10
    assert run.stderr.strip() == (
        f"zhaoshang: cannot reach the Ray cluster at RAY_ADDRESS={address} (Connection refused): start it with "
        "`ray start --head`, or set RAY_ADDRESS to the address that command printed"
    )
    assert list(tmp_path.iterdir()) == []  # no output, staging folder or cache


def test_an_address_where_something_listens_but_never_replies_stops_the_build(tmp_path: Path) -> None:
    """A wrong port that a silent program holds: Ray retried it for as long as the build ran (over 5 minutes by
    hand), deaf to Ctrl-C."""
    with listening(None) as address:
        run, seconds = _build_on_ray(address, tmp_path / "out")
    assert run.returncode == 2 and seconds < 20
    assert run.stderr.strip() == (
        f"zhaoshang: no Ray cluster answers at RAY_ADDRESS={address} (no reply in 10 s): start it with "
        "`ray start --head`, or set RAY_ADDRESS to the address that command printed"
    )
    assert list(tmp_path.iterdir()) == []


def _build_on_ray(address: str, out: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    """A build of the seeds on the Ray at `address`, and its seconds, in a process of its own: a build that hangs
    fails the test instead of holding the suite."""
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-m", "builder.cli", "build", SHIPPED[0], "--out", str(out), "--engine", "ray"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env={**os.environ, "RAY_ADDRESS": address},
    )
    return run, time.monotonic() - started


_NOT_GRPC = "what answers at RAY_ADDRESS={} is not a Ray cluster (it does not speak gRPC)"
# What a gRPC server (Ray's GCS) sent first, seen from `ray start --head`: a SETTINGS frame (type 4, its fourth byte).
_GCS_FIRST_FRAME = b"\x00\x00\x18\x04\x00\x00\x00\x00\x00\x00\x04\x00@\x00\x00\x00\x05\x00@\x00"


@pytest.mark.parametrize(
    "reply,why",
    [
        (_GCS_FIRST_FRAME, None),
        (
            b"HTTP/1.1 400 Bad Request\r\n\r\n",
            "what answers at RAY_ADDRESS={} is not a Ray cluster (it does not speak gRPC)",
        ),
        (b"", "what answers at RAY_ADDRESS={} is not a Ray cluster (it does not speak gRPC)"),
        (None, "no Ray cluster answers at RAY_ADDRESS={} (no reply in 0.5 s)"),
    ],
)
def test_an_address_is_taken_for_a_cluster_only_when_it_replies_as_grpc_does(
    reply: bytes | None, why: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ray_cluster, "_CONNECT_SECONDS", 0.5)
    with listening(reply) as address:
        found = ray_cluster.unreachable(address)
        assert ray_cluster.unreachable(f"ray://{address}") == (found and found.replace(address, f"ray://{address}"))
    assert found == (why and why.format(address) + ": " + ray_cluster._START_IT)


def test_with_tls_only_the_connection_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cluster with TLS waits for the client's handshake and says nothing to HTTP/2's preface."""
    monkeypatch.setenv("RAY_USE_TLS", "1")
    with listening(None) as address:
        assert ray_cluster.unreachable(address) is None


def test_a_cluster_ray_cannot_find_is_a_message_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import ray

    def no_cluster(**options: object) -> None:
        raise ConnectionError("Could not find any running Ray instance.")

    monkeypatch.setattr(ray, "init", no_cluster)
    monkeypatch.setenv("RAY_ADDRESS", "auto")
    assert main(["build", SHIPPED[0], "--out", str(tmp_path / "out"), "--engine", "ray"]) == 2
    assert capsys.readouterr().err.strip() == (
        "zhaoshang: cannot connect to the Ray cluster at RAY_ADDRESS=auto (Could not find any running Ray instance.): "
        "start it with `ray start --head`, or set RAY_ADDRESS to the address that command printed; a cluster that "
        "uses token authentication also needs RAY_AUTH_MODE=token and its token in RAY_AUTH_TOKEN"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "address,checked",
    [
        ("10.0.0.5:6379", ("10.0.0.5", 6379)),
        ("ray://head.example.org:10001", ("head.example.org", 10001)),
        ("[::1]:6379", ("::1", 6379)),
        ("auto", None),
        ("local", None),
        ("head.example.org", None),
        ("", None),
        (None, None),
    ],
)
def test_the_addresses_checked_before_ray_connects(address: str | None, checked: tuple[str, int] | None) -> None:
    assert ray_cluster._host_and_port(address) == checked
