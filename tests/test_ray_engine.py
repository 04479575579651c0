"""The Ray engine: the same per-capture work on Ray Data (a Ray started on this machine) gives the same
dataset, byte for byte, as the local engine, from files and from a web archive, and leaves a cache
a local rebuild reuses."""

from __future__ import annotations

from pathlib import Path

import pytest
from archives import write_archive
from folders import tree

from builder.cli import main
from builder.run import ray_engine
from builder.run.engine import Settings, Target

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = [str(ROOT / "corpus" / "seeds"), str(ROOT / "corpus" / "wild")]


def test_the_ray_engine_builds_the_same_dataset_as_the_local_engine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "pages.warc.gz"
    write_archive(archive, gzip=True)
    inputs = [*SHIPPED, str(archive)]
    assert main(["build", *inputs, "--out", str(tmp_path / "local"), "--no-cache"]) == 0
    assert main(["build", *inputs, "--out", str(tmp_path / "ray"), "--engine", "ray", "--workers", "2"]) == 0
    local, on_ray = tree(tmp_path / "local"), tree(tmp_path / "ray")
    assert sorted(on_ray) == sorted(local)
    assert [name for name in local if on_ray[name] != local[name]] == []
    assert main(["validate", str(tmp_path / "ray")]) == 0
    capsys.readouterr()
    assert main(["build", *inputs, "--out", str(tmp_path / "ray")]) == 0  # the local engine, from Ray's cache
    assert "parsed 0, reused 83" in capsys.readouterr().out
    assert tree(tmp_path / "ray") == local


def test_without_ray_the_engine_is_refused_with_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(ray_engine, "available", lambda: False)
    assert main(["build", SHIPPED[0], "--out", str(tmp_path / "out"), "--engine", "ray"]) == 2
    error = capsys.readouterr().err
    assert error.strip() == (
        "zhaoshang: --engine ray needs Ray: pip install 'zhaoshang-corpus[ray]' (or '.[ray]' in a clone)"
    )
    assert not (tmp_path / "out").exists()


def test_a_node_with_another_builder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="differs from the one that started the build"):
        ray_engine._write_shards({"shard": []}, Settings(1000), Target(tmp_path), expected="another builder")
