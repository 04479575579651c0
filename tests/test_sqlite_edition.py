"""The SQLite edition holds the same data as the Parquet, keyed and indexed, searchable in Chinese."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import urllib.request
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from explorer_server import running_explorer

from builder.cli import main
from builder.publish import shards
from builder.publish.explore import QUERIES, metadata
from builder.publish.output import DATABASE
from builder.publish.parquet import read_table, row_count, table_files
from builder.publish.search_text import register_search_functions
from builder.publish.sqlite_edition import COLUMNS
from builder.publish.validate import validate
from builder.run import engine
from tests.conftest import CORPUS, ROOT


@pytest.fixture(scope="module")
def db(built: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"file:{built / DATABASE}?mode=ro", uri=True)
    register_search_functions(connection)
    yield connection
    connection.close()


def _parquet(built: Path, table: str) -> list[dict]:
    return read_table(built, table).to_pylist()


def test_counts_equal_the_parquet(built: Path, db: sqlite3.Connection) -> None:
    for table in ("articles", "targets", "speakers", "duplicates"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == len(_parquet(built, table)), table
    articles = _parquet(built, "articles")
    assert db.execute("SELECT count(*) FROM sections").fetchone()[0] == sum(len(a["sections"]) for a in articles)
    assert db.execute("SELECT count(*) FROM industries").fetchone()[0] == sum(len(a["industries"]) for a in articles)


def test_a_sample_of_rows_equals_the_parquet(built: Path, db: sqlite3.Connection) -> None:
    articles = _parquet(built, "articles")
    for article in articles[::9]:
        row = db.execute(
            "SELECT title, outlet, city, county, division_code, year, published, text, url FROM articles WHERE id = ?",
            (article["id"],),
        ).fetchone()
        published = article["date"]["published"]
        assert row == (
            article["title"], article["outlet"], article["region"]["city"], article["region"]["county"],
            article["region"]["code"], article["date"]["year"], published.isoformat() if published else None,
            article["text"], article["source"]["url"],
        )  # fmt: skip
    for target in _parquet(built, "targets")[::37]:
        row = db.execute(
            "SELECT kind, value, value_text, unit, sentence FROM targets WHERE article_id = ? AND target_index = ?",
            (target["article_id"], target["target_index"]),
        ).fetchone()
        assert row == (target["kind"], target["value"], target["value_text"], target["unit"], target["sentence"])


def test_keys_and_indexes(db: sqlite3.Connection) -> None:
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    indexes = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    for column in ("province", "city", "year", "genre", "outlet"):
        assert f"idx_articles_{column}" in indexes
    assert "idx_targets_kind" in indexes and "idx_speakers_position_text" in indexes
    for table in ("targets", "speakers", "sections", "industries", "duplicates"):
        # an article's rows are found through the table's key, which starts with article_id: no second index
        plan = " ".join(
            row[-1] for row in db.execute(f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE article_id = ?", ("x",))
        )
        assert "USING INDEX sqlite_autoindex" in plan, (table, plan)
        assert f"idx_{table}_article_id" not in indexes
    foreign = db.execute('SELECT "table", "from", "to" FROM pragma_foreign_key_list(\'targets\')').fetchall()
    assert foreign == [("articles", "article_id", "id")]


@pytest.mark.parametrize("term", ["招", "招商", "签约", "园区", "新能源", "招商引资", "烟花三月节", "项目 签约"])
def test_full_text_search_finds_chinese_words_inside_longer_ones(
    built: Path, db: sqlite3.Connection, term: str
) -> None:
    articles = {a["id"]: (a["title"] or "") + " " + a["text"] for a in _parquet(built, "articles")}
    expected = sorted(key for key, text in articles.items() if all(word in text for word in term.split()))
    assert expected, term
    found = sorted(r[0] for r in db.execute(QUERIES["search"]["sql"], {"q": term}))
    assert found == expected


def test_the_index_itself_finds_a_word_inside_a_longer_one(built: Path, db: sqlite3.Connection, tmp_path: Path) -> None:
    inside = db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '\"新能源\"'").fetchone()[0]
    compounds = db.execute("SELECT count(*) FROM articles WHERE text LIKE '%新能源汽车%'").fetchone()[0]
    assert inside > compounds > 0  # 新能源 is found inside 新能源汽车 and on its own
    copy = tmp_path / DATABASE  # FTS5's integrity check is an INSERT, so it runs on a copy
    shutil.copyfile(built / DATABASE, copy)
    connection = sqlite3.connect(copy)
    try:
        _assert_indexes_hold_exactly_the_articles(connection)
    finally:
        connection.close()


def _assert_indexes_hold_exactly_the_articles(db: sqlite3.Connection) -> None:
    """Both full-text indexes find a term in every article that has it and nowhere else: set-aside
    articles have no entries (the shipped build sets 2 aside)."""
    for index in ("articles_fts", "articles_bigrams"):
        db.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")
    having = "coalesce(title, '') || ' ' || coalesce(text, '') LIKE ?"
    for term, index in (("招商引资", "articles_fts"), ("招商", "articles_bigrams")):
        expected = db.execute(f"SELECT count(*) FROM articles WHERE {having}", (f"%{term}%",)).fetchone()[0]
        entries = db.execute(f"SELECT count(*) FROM {index} WHERE {index} MATCH ?", (f'"{term}"',)).fetchone()[0]
        pointing = f"SELECT count(*) FROM articles WHERE rowid IN (SELECT rowid FROM {index} WHERE {index} MATCH ?)"
        # as many entries as articles with the term, and each pointing at one of them
        assert entries == db.execute(pointing, (f'"{term}"',)).fetchone()[0] == expected > 0


def test_a_build_that_sets_most_articles_aside_has_an_edition_of_what_stays(tmp_path: Path) -> None:
    """The edition is made from the finished Parquet: articles set aside as near-duplicates are
    neither in its tables nor in its indexes."""
    shipped = sorted((ROOT / "corpus" / "wild").glob("*.txt"))
    captures = tmp_path / "captures"
    captures.mkdir()
    copied = shipped[0].read_text(encoding="utf-8")
    for index in range(4):  # near-duplicates: the same capture, each with a line of its own
        (captures / f"copy{index}.txt").write_text(f"{copied}\n(副本{index})", encoding="utf-8")
    (captures / "other.txt").write_bytes(shipped[1].read_bytes())
    out = tmp_path / "dist"
    assert main(["build", str(captures), "--out", str(out), "--workers", "1", "--no-cache"]) == 0
    assert not (out / DATABASE).exists()  # the build writes Parquet only
    assert main(["sqlite", str(out)]) == 0
    assert validate(out) == []  # listed in SHA256SUMS
    connection = sqlite3.connect(out / DATABASE)
    try:
        assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
        assert connection.execute("SELECT count(*) FROM duplicates").fetchone()[0] == 3
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        _assert_indexes_hold_exactly_the_articles(connection)
    finally:
        connection.close()


def test_canned_queries_run(db: sqlite3.Connection) -> None:
    parameters = {"search": {"q": "招商"}, "articles_by_industry": {"industry": "新能源"}}
    for name, query in QUERIES.items():
        assert db.execute(query["sql"], parameters.get(name, {})).fetchall(), name


def test_every_table_and_column_is_described_from_the_models() -> None:
    tables = metadata()["databases"]["zhaoshang"]["tables"]
    assert set(tables) == set(COLUMNS)
    for table, entry in tables.items():
        assert entry["title"] and entry["description"], table
        for column, description in entry["columns"].items():
            assert description, f"{table}.{column}"
    assert tables["articles"]["facets"] == ["province", "city", "year", "genre", "outlet"]
    assert "kind" in tables["targets"]["facets"]
    assert tables["articles"]["columns"]["province"] == "Province-level division, full name."


def test_an_edition_from_many_row_groups_holds_every_row_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped corpus in row groups of 8: the edition, copied row group by row group, holds each
    Parquet row once, and its indexes exactly the articles; made twice, it is the same file."""
    monkeypatch.setattr(shards, "ARTICLES_PER_ROW_GROUP", 8)
    out = tmp_path / "dist"
    assert main(["build", *map(str, CORPUS), "--out", str(out), "--workers", "1", "--no-cache"]) == 0
    assert pq.read_metadata(table_files(out, "articles")[0]).num_row_groups > 5
    assert main(["sqlite", str(out)]) == 0
    first = (out / DATABASE).read_bytes()
    assert main(["sqlite", str(out)]) == 0
    assert (out / DATABASE).read_bytes() == first
    assert validate(out) == []
    connection = sqlite3.connect(out / DATABASE)
    try:
        for table in ("articles", "targets", "speakers"):
            parquet_rows = row_count(out, table)
            assert connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == parquet_rows, table
        assert connection.execute("SELECT count(*) FROM duplicates").fetchone()[0] == 2
        _assert_indexes_hold_exactly_the_articles(connection)
    finally:
        connection.close()


def test_sqlite_refuses_a_folder_that_is_no_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sqlite", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "not a built dataset" in error
    assert not (tmp_path / DATABASE).exists()


def test_validate_finds_an_edition_that_disagrees_with_the_parquet(built: Path, tmp_path: Path) -> None:
    copy = tmp_path / "dist"
    shutil.copytree(built, copy)
    connection = sqlite3.connect(copy / DATABASE)
    connection.execute("PRAGMA foreign_keys = OFF")
    with connection:
        connection.execute("DELETE FROM articles WHERE rowid = (SELECT max(rowid) FROM articles)")
    connection.close()
    problems = validate(copy)
    assert any("zhaoshang.db does not match its checksum" in p for p in problems)
    assert any(p.startswith("zhaoshang.db holds") for p in problems)


def test_explore_makes_the_edition_when_it_is_missing_or_older_than_the_parquet(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    captures = sorted((ROOT / "corpus" / "wild").glob("*.txt"))[:3]
    assert main(["build", *map(str, captures), "--out", str(out), "--workers", "1", "--no-cache"]) == 0
    assert _explore_once(out) == 3  # missing: made
    made = (out / DATABASE).stat().st_mtime_ns
    assert _explore_once(out) == 3
    assert (out / DATABASE).stat().st_mtime_ns == made  # current: served as it is
    newer = made + 10**9
    os.utime(table_files(out, "targets")[0], ns=(newer, newer))
    assert _explore_once(out) == 3
    assert (out / DATABASE).stat().st_mtime_ns > made  # older than a table: made again
    assert main(["build", *map(str, captures[:2]), "--out", str(out), "--workers", "1", "--no-cache"]) == 0
    assert _explore_once(out) == 2  # the new build has no edition yet
    assert validate(out) == []


def _explore_once(folder: Path) -> int:
    """Start `zhaoshang explore` on `folder`, ask it how many articles it holds, stop it."""
    with running_explorer(folder) as url:
        query = f"{url}/zhaoshang.json?sql=select+count(*)+from+articles&_shape=array"
        with urllib.request.urlopen(query, timeout=10) as response:
            return next(iter(json.loads(response.read())[0].values()))


def test_an_edition_updated_where_one_shard_changed_holds_what_a_full_edition_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The shipped corpus in shards of 16: after one capture changes, `zhaoshang sqlite` takes out and puts back
    that shard's rows (and whatever whole-file table changed) and no other, and the edition it gives holds the
    same rows under the same rowids, and the same full-text entries, as one made whole from the same Parquet."""
    monkeypatch.setattr(engine, "SHARD_INPUTS", 16)
    captures = tmp_path / "captures"
    for folder in CORPUS:
        shutil.copytree(folder, captures / folder.name)
    out = tmp_path / "dist"
    assert main(["build", str(captures), "--out", str(out), "--workers", "1"]) == 0
    assert main(["sqlite", str(out)]) == 0
    assert "(every table written)" in capsys.readouterr().out
    changed = sorted((captures / "wild").glob("*.txt"))[40]
    lines = changed.read_text(encoding="utf-8").splitlines()
    del lines[len(lines) // 2]  # a paragraph gone: every later word of the article moves
    changed.write_text("\n".join([*lines, "会议要求，全力推进项目招引工作。"]) + "\n", encoding="utf-8")
    assert main(["build", str(captures), "--out", str(out), "--workers", "1"]) == 0
    shard_files = len(table_files(out, "articles") + table_files(out, "targets") + table_files(out, "speakers"))
    assert shard_files > 12
    capsys.readouterr()
    assert main(["sqlite", str(out)]) == 0
    said = capsys.readouterr().out
    put = int(said.split("(")[1].split(" of ")[0])
    assert 1 <= put <= 5, said  # the shard's articles, targets and speakers files; people and duplicates at most
    assert validate(out) == []
    whole = tmp_path / "whole"
    shutil.copytree(out, whole)
    assert main(["sqlite", str(whole), "--full"]) == 0
    updated, made_whole = _content(out / DATABASE), _content(whole / DATABASE)
    assert updated.keys() == made_whole.keys()
    assert [name for name in updated if updated[name] != made_whole[name]] == []
    assert any("全力推进项目招引工作" in str(row) for row in updated["articles"])
    connection = sqlite3.connect(out / DATABASE)
    try:
        _assert_indexes_hold_exactly_the_articles(connection)
    finally:
        connection.close()
    for gone in sorted((captures / "wild").glob("*.txt"))[-20:]:  # the last shard goes, every file is renamed
        gone.unlink()
    assert main(["build", str(captures), "--out", str(out), "--workers", "1"]) == 0
    capsys.readouterr()
    assert main(["sqlite", str(out)]) == 0
    assert " taken out)" in capsys.readouterr().out
    shutil.rmtree(whole)
    shutil.copytree(out, whole)
    assert main(["sqlite", str(whole), "--full"]) == 0
    assert _content(out / DATABASE) == _content(whole / DATABASE)


def test_an_edition_changed_in_place_is_not_updated_but_made_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "dist"
    captures = sorted((ROOT / "corpus" / "wild").glob("*.txt"))[:3]
    assert main(["build", *map(str, captures), "--out", str(out), "--workers", "1", "--no-cache"]) == 0
    assert main(["sqlite", str(out)]) == 0
    assert main(["sqlite", str(out)]) == 0
    assert "(0 of " in capsys.readouterr().out  # nothing changed: the last edition as it was
    connection = sqlite3.connect(out / DATABASE)  # the published edition is the kept one's link
    with connection:
        connection.execute("UPDATE articles SET title = 'changed by hand'")
    connection.close()
    assert main(["sqlite", str(out)]) == 0
    assert "(every table written)" in capsys.readouterr().out
    connection = sqlite3.connect(out / DATABASE)
    try:
        assert connection.execute("SELECT count(*) FROM articles WHERE title = 'changed by hand'").fetchone() == (0,)
    finally:
        connection.close()


def _content(path: Path) -> dict[str, list[tuple]]:
    """What an edition holds, whatever its pages look like: each table's rows with their rowids, in rowid order,
    every entry of each full-text index (term, article, column, offset), and the schema."""
    connection = sqlite3.connect(path)
    try:
        content = {
            table: connection.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid").fetchall() for table in COLUMNS
        }
        for index in ("articles_fts", "articles_bigrams"):
            connection.execute(f"CREATE VIRTUAL TABLE temp.{index}_entries USING fts5vocab(main, {index}, instance)")
            content[index] = connection.execute(f"SELECT * FROM temp.{index}_entries ORDER BY 1, 2, 3, 4").fetchall()
        content["schema"] = connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        return content
    finally:
        connection.close()
