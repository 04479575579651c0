"""The SQLite edition holds the same data as the Parquet, keyed and indexed, searchable in Chinese."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from builder.cli import main
from builder.publish import writer
from builder.publish.explore import QUERIES, metadata
from builder.publish.output import DATABASE
from builder.publish.parquet import table_path
from builder.publish.sqlite_edition import COLUMNS, DatabaseWriter
from tests.conftest import CORPUS, ROOT


@pytest.fixture(scope="module")
def db(built: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"file:{built / DATABASE}?mode=ro", uri=True)
    yield connection
    connection.close()


def _parquet(built: Path, table: str) -> list[dict]:
    return pq.read_table(table_path(built, table)).to_pylist()


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


@pytest.mark.parametrize("term", ["招商", "新能源", "招商引资", "烟花三月节"])
def test_full_text_search_finds_chinese_words_inside_longer_ones(
    built: Path, db: sqlite3.Connection, term: str
) -> None:
    expected = sorted(a["id"] for a in _parquet(built, "articles") if term in (a["title"] or "") + " " + a["text"])
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
    articles leave no entries behind (the shipped build sets 2 aside)."""
    for index in ("articles_fts", "articles_bigrams"):
        db.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")
    having = "coalesce(title, '') || ' ' || coalesce(text, '') LIKE ?"
    for term, index in (("招商引资", "articles_fts"), ("招商", "articles_bigrams")):
        expected = db.execute(f"SELECT count(*) FROM articles WHERE {having}", (f"%{term}%",)).fetchone()[0]
        entries = db.execute(f"SELECT count(*) FROM {index} WHERE {index} MATCH ?", (f'"{term}"',)).fetchone()[0]
        pointing = f"SELECT count(*) FROM articles WHERE rowid IN (SELECT rowid FROM {index} WHERE {index} MATCH ?)"
        # as many entries as articles with the term, and each pointing at one of them
        assert entries == db.execute(pointing, (f'"{term}"',)).fetchone()[0] == expected > 0


def test_a_build_that_sets_most_articles_aside_reindexes_what_stays(tmp_path: Path) -> None:
    """Set-aside near-duplicates normally leave the indexes one by one; when most of the build goes, the
    indexes are rebuilt from what stays instead. Either way they must hold exactly the articles kept."""
    shipped = sorted((ROOT / "corpus" / "wild").glob("*.txt"))
    captures = tmp_path / "captures"
    captures.mkdir()
    copied = shipped[0].read_text(encoding="utf-8")
    for index in range(4):  # near-duplicates: the same capture, each with a line of its own
        (captures / f"copy{index}.txt").write_text(f"{copied}\n(副本{index})", encoding="utf-8")
    (captures / "other.txt").write_bytes(shipped[1].read_bytes())
    out = tmp_path / "dist"
    assert main(["build", str(captures), "--out", str(out), "--workers", "1", "--no-cache"]) == 0
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


def test_many_row_groups_and_renumbered_rowids_keep_the_indexes_right(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipped corpus in row groups of 8, so articles are indexed batch after batch and the 2
    near-duplicates are deleted from indexes built in many steps; and VACUUM made to renumber the
    articles (SQLite allows it for tables without an INTEGER PRIMARY KEY), which must cost a rebuild
    of the full-text indexes, not searches that point at the wrong articles."""
    monkeypatch.setattr(writer, "ARTICLES_PER_ROW_GROUP", 8)
    measured = DatabaseWriter._rowids

    def renumbered_before_vacuum(self: DatabaseWriter) -> tuple[int, float, int]:
        before = measured(self)
        if not getattr(self, "renumbered", False):
            self.renumbered = True
            self.connection.execute("UPDATE articles SET rowid = rowid + 1000")
        return before

    monkeypatch.setattr(DatabaseWriter, "_rowids", renumbered_before_vacuum)
    out = tmp_path / "dist"
    assert main(["build", *map(str, CORPUS), "--out", str(out), "--workers", "1", "--no-cache"]) == 0
    connection = sqlite3.connect(out / DATABASE)
    try:
        assert connection.execute("SELECT min(rowid) FROM articles").fetchone()[0] > 1000
        assert (
            connection.execute("SELECT count(*) FROM articles").fetchone()[0]
            == pq.read_metadata(table_path(out, "articles")).num_rows
        )
        assert pq.read_metadata(table_path(out, "articles")).num_row_groups > 5
        assert connection.execute("SELECT count(*) FROM duplicates").fetchone()[0] == 2
        _assert_indexes_hold_exactly_the_articles(connection)
    finally:
        connection.close()
