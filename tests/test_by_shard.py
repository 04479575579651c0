"""What a shard's files alone give (its spreadsheet parts, its speakers' keys, its counts) made as the shard lands,
and the merge of people skipped when a rebuild's speakers are the last build's: the same bytes as a build that
makes everything at its end, and a changed, removed or re-ruled input changes them as a clean build would."""

from __future__ import annotations

from pathlib import Path

import pytest
from folders import tree
from test_people import ADDED, CAPTURES, _write

from builder.cli import main
from builder.publish import derived, writer
from builder.publish.parquet import read_table
from builder.run import cache, engine
from builder.tables import persons

# Shards of 4 inputs: the 20 captures of test_people make 6 shards (4, 4, 3, 3, 3, 3), several with a person's
# move across two.
SMALL_SHARDS = 4


def _build(inputs: Path, out: Path, *options: str) -> None:
    assert main(["build", str(inputs), "--out", str(out), *options]) == 0


def _made_at_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing made as the shards land: the build's end makes every part, count and key from the files."""

    def nothing(root: Path, index: int) -> None:
        return None

    monkeypatch.setattr(writer, "from_shard", nothing)
    monkeypatch.setattr(derived, "from_shard", nothing)


@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize("duplicates", [(), ("--keep-duplicates",)], ids=["set-aside", "kept"])
def test_what_shards_give_as_they_land_is_what_the_end_of_a_build_makes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: str, duplicates: tuple[str, ...]
) -> None:
    """The captures share a template: without --keep-duplicates most are set aside, so shards lose articles
    after their parts were made; kept, moves join keys of several shards, so their person ids are set after.
    Either way the spreadsheets, people, counts and card are those of a build that makes them at its end."""
    monkeypatch.setattr(engine, "SHARD_INPUTS", SMALL_SHARDS)
    _write(tmp_path / "captures", CAPTURES)
    options = ("--no-cache", "--workers", workers, *duplicates)
    _build(tmp_path / "captures", tmp_path / "landed", *options)
    with monkeypatch.context() as patched:
        _made_at_the_end(patched)
        _build(tmp_path / "captures", tmp_path / "at-end", *options)
    landed, at_end = tree(tmp_path / "landed"), tree(tmp_path / "at-end")
    assert landed == at_end
    assert not any(name.startswith(derived.BY_SHARD) for name in landed)
    speakers = read_table(tmp_path / "landed", "speakers").to_pylist()
    if duplicates:  # moves within 浙江省 joined across shards: 陈军 of 安吉县 and of 嘉兴市 is one person
        chen = {row["city"]: row["person_id"] for row in speakers if row["name"] == "陈军"}
        assert chen["湖州市"] == chen["嘉兴市"] != chen["苏州市"]
    else:
        assert len(speakers) < len(CAPTURES)


def _count_merges(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many shards each build's merge of people looked at (none when it was skipped)."""
    merged: list[int] = []
    merge = writer.gathered_facts

    def counted(root: Path, shards: int, pool: object) -> derived.Gathered:
        merged.append(shards)
        return merge(root, shards, pool)  # type: ignore[arg-type]

    monkeypatch.setattr(writer, "gathered_facts", counted)
    return merged


def test_a_rebuild_with_the_same_speakers_merges_no_people_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "SHARD_INPUTS", SMALL_SHARDS)
    merged = _count_merges(monkeypatch)
    _write(tmp_path / "captures", CAPTURES)
    out = tmp_path / "out"
    _build(tmp_path / "captures", out, "--keep-duplicates", "--workers", "1")
    first = tree(out)
    _build(tmp_path / "captures", out, "--keep-duplicates", "--workers", "1")
    assert merged == [6] and tree(out) == first
    # One capture more, in the last shards (4, 4, 4, 4, 3, 2): every shard's speakers are looked at again.
    _write(tmp_path / "captures", {"zz_changxing.txt": ADDED["changxing.txt"]})
    _build(tmp_path / "captures", out, "--keep-duplicates", "--workers", "1")
    assert merged == [6, 6]
    _build(tmp_path / "captures", tmp_path / "clean", "--keep-duplicates", "--workers", "1", "--no-cache")
    assert tree(out) == tree(tmp_path / "clean")


def test_a_removed_input_that_joined_two_people_parts_them_as_a_clean_build_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """黄磊 of 宁波市 (2010) and of 绍兴市 (2019) are one person only through 金华市 (2014), alone in the second
    shard. Once it is removed, the first shard is taken from the last build with the joined id in its speakers:
    the merge must run again and part them."""
    monkeypatch.setattr(engine, "SHARD_INPUTS", SMALL_SHARDS)
    merged = _count_merges(monkeypatch)
    captures = {
        "a_ningbo.txt": CAPTURES["ningbo_2010.txt"],
        "b_shaoxing.txt": CAPTURES["shaoxing_2019.txt"],
        "c_suizhou.txt": CAPTURES["suizhou.txt"],
        "d_anji.txt": CAPTURES["anji_2021.txt"],
        "e_jinhua.txt": ADDED["jinhua_between.txt"],
    }
    _write(tmp_path / "captures", captures)
    out, clean = tmp_path / "out", tmp_path / "clean"
    build = ("--keep-duplicates", "--workers", "1")
    _build(tmp_path / "captures", out, *build)
    assert len({r["person_id"] for r in read_table(out, "speakers").to_pylist() if r["name"] == "黄磊"}) == 1
    (tmp_path / "captures" / "e_jinhua.txt").unlink()
    _build(tmp_path / "captures", out, *build)
    _build(tmp_path / "captures", clean, *build, "--no-cache")
    assert merged[1] == 1 and tree(out) == tree(clean)
    assert len({r["person_id"] for r in read_table(out, "speakers").to_pylist() if r["name"] == "黄磊"}) == 2


def test_a_changed_rule_for_who_is_one_person_sets_the_ids_a_clean_build_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a one-year gap no one moves, so the speakers' files after the merge are as the workers wrote them.
    A builder with the five-year gap (another fingerprint: its code or `persons.json` changed) parses them
    again into the same files, yet must join 陈军 of 安吉县 (2019) and of 嘉兴市 (2021)."""
    captures = {name: CAPTURES[name] for name in ("anji_county_head.txt", "jiaxing_vice_mayor.txt", "suizhou.txt")}
    _write(tmp_path / "captures", captures)
    out, clean = tmp_path / "out", tmp_path / "clean"
    build = ("--keep-duplicates", "--workers", "1")
    monkeypatch.setattr(persons, "MOVE_GAP_YEARS", 1)
    monkeypatch.setattr(cache, "fingerprint", lambda: "a builder whose moves are one year apart at most")
    _build(tmp_path / "captures", out, *build)
    assert len({r["person_id"] for r in read_table(out, "speakers").to_pylist() if r["name"] == "陈军"}) == 2
    monkeypatch.setattr(persons, "MOVE_GAP_YEARS", 5)
    monkeypatch.setattr(cache, "fingerprint", lambda: "a builder whose moves are five years apart at most")
    _build(tmp_path / "captures", out, *build)
    _build(tmp_path / "captures", clean, *build, "--no-cache")
    assert tree(out) == tree(clean)
    assert len({r["person_id"] for r in read_table(out, "speakers").to_pylist() if r["name"] == "陈军"}) == 1
