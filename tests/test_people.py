"""People across articles: who is one person and who is two, through whole builds, and ids that stay put."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from builder.cli import main
from builder.fields.people import _positions_before, _words, not_han_or
from builder.publish import writer
from builder.publish.derived import PEOPLE_SPILL
from builder.publish.output import DATABASE
from builder.publish.parquet import read_table, table_files
from builder.record.models import Region
from builder.tables.persons import key_spans, merges_of, person_id, person_place

REPORT = "{place}召开招商引资{meeting}\n\n{day}，{place}召开全{level}招商引资{meeting}。{position}{name}出席会议并讲话。{name}强调，各部门要紧盯重点项目，推动签约项目早落地、早开工。\n"  # noqa: E501

# file → (place, level, date, position, name), each one capture's facts.
CAPTURES = {
    "suizhou.txt": ("随州市", "市", "2023年4月6日", "市委书记", "王伟"),
    "huzhou.txt": ("湖州市", "市", "2023年5月8日", "市长", "王伟"),
    "anji_2021.txt": ("安吉县", "县", "2021年3月5日", "县长", "李明"),
    "anji_2023.txt": ("安吉县", "县", "2023年2月1日", "县委书记", "李明"),
    "deqing_traditional.txt": ("德清縣", "縣", "2022年5月10日", "縣長", "張偉"),
    "deqing_simplified.txt": ("德清县", "县", "2022年9月20日", "县长", "张伟"),
    "jiaxing_vice_governor.txt": ("嘉兴市", "市", "2022年6月1日", "副省长", "赵刚"),
    "quzhou_vice_governor.txt": ("衢州市", "市", "2022年8月3日", "副省长", "赵刚"),
    # Moves within 浙江省: 县长 in 湖州市 → 副市长 in 嘉兴市; 市委书记 of 丽水市 → 副省长; 湖州市 → 嘉兴市.
    "anji_county_head.txt": ("安吉县", "县", "2019年3月1日", "县长", "陈军"),
    "jiaxing_vice_mayor.txt": ("嘉兴市", "市", "2021年6月1日", "副市长", "陈军"),
    "lishui_secretary.txt": ("丽水市", "市", "2019年9月2日", "市委书记", "周涛"),
    "zhoushan_vice_governor.txt": ("舟山市", "市", "2021年9月2日", "副省长", "周涛"),
    "huzhou_vice_mayor.txt": ("湖州市", "市", "2018年1月8日", "副市长", "吴斌"),
    "jiaxing_mayor.txt": ("嘉兴市", "市", "2020年1月8日", "市长", "吴斌"),
    # Namesakes: in 江苏省; in two cities of 浙江省 at once; in two cities of 浙江省 nine years apart.
    "suzhou_namesake.txt": ("苏州市", "市", "2022年1月10日", "市长", "陈军"),
    "wenzhou_2021.txt": ("温州市", "市", "2021年1月5日", "市长", "刘洋"),
    "wenzhou_2023.txt": ("温州市", "市", "2023年1月5日", "市长", "刘洋"),
    "taizhou_meanwhile.txt": ("台州市", "市", "2022年5月6日", "副市长", "刘洋"),
    "ningbo_2010.txt": ("宁波市", "市", "2010年4月1日", "副市长", "黄磊"),
    "shaoxing_2019.txt": ("绍兴市", "市", "2019年3月1日", "市长", "黄磊"),
}
ADDED = {
    "changxing.txt": ("长兴县", "县", "2020年1月9日", "县长", "李明"),
    # 黄磊 in 金华市 between his two posts bridges them; 吴斌 back in 湖州市 after 嘉兴市 splits them.
    "jinhua_between.txt": ("金华市", "市", "2014年6月1日", "市长", "黄磊"),
    "huzhou_again.txt": ("湖州市", "市", "2021年1月8日", "副市长", "吴斌"),
}
# The people the added captures join or split; every other id must not move.
CHANGED_BY_ADDED = {"黄磊", "吴斌"}


def _write(folder: Path, captures: dict[str, tuple[str, str, str, str, str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for file, (place, level, day, position, name) in captures.items():
        meeting = "大會" if "縣" in level else "工作推进会"
        text = REPORT.format(place=place, level=level, day=day, position=position, name=name, meeting=meeting)
        (folder / file).write_text(text, encoding="utf-8")


def _build(inputs: Path, out: Path) -> dict[str, list[dict]]:
    # The captures share a template; near-duplicate detection would set most aside.
    assert main(["build", str(inputs), "--out", str(out), "--no-cache", "--keep-duplicates"]) == 0
    return {table: read_table(out, table).to_pylist() for table in ("people", "speakers", "articles")}


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, dict, dict, Path]:
    root = tmp_path_factory.mktemp("people")
    _write(root / "captures", CAPTURES)
    first = _build(root / "captures", root / "first")
    again = _build(root / "captures", root / "again")
    _write(root / "captures", ADDED)
    grown = _build(root / "captures", root / "grown")
    return root, first, again, grown, root / "first"


def _people_named(tables: dict, name: str) -> list[dict]:
    return [p for p in tables["people"] if p["name"] == name]


def test_two_namesakes_in_two_cities_stay_two_people(builds) -> None:
    _, first, *_ = builds
    wang = _people_named(first, "王伟")
    assert sorted(tuple(p["places"]) for p in wang) == [("湖州市",), ("随州市",)]
    assert all(p["articles"] == 1 for p in wang)


def test_one_official_moving_from_county_head_to_party_secretary_is_one_person(builds) -> None:
    _, first, *_ = builds
    (li,) = _people_named(first, "李明")
    assert li["places"] == ["湖州市"] and li["province"] == "浙江省" and li["articles"] == 2
    assert [(p["title"], p["first_seen"], p["last_seen"]) for p in li["positions"]] == [
        ("县长", dt.date(2021, 3, 5), dt.date(2021, 3, 5)),
        ("县委书记", dt.date(2023, 2, 1), dt.date(2023, 2, 1)),
    ]
    assert (li["first_seen"], li["last_seen"]) == (dt.date(2021, 3, 5), dt.date(2023, 2, 1))


def test_a_name_in_traditional_and_in_simplified_script_is_one_person(builds) -> None:
    _, first, *_ = builds
    (zhang,) = _people_named(first, "张伟")
    assert zhang["articles"] == 2 and zhang["positions"][0]["title"] == "县长"
    assert not _people_named(first, "張偉")


def test_a_provincial_official_speaking_in_two_cities_is_one_person(builds) -> None:
    _, first, *_ = builds
    (zhao,) = _people_named(first, "赵刚")
    assert zhao["places"] == ["嘉兴市", "衢州市"] and zhao["articles"] == 2


def test_every_speaker_row_names_its_person_and_every_person_its_rows(builds) -> None:
    _, first, *_ = builds
    people = {p["person_id"]: p for p in first["people"]}
    by_person: dict[str, set[str]] = {}
    for row in first["speakers"]:
        by_person.setdefault(row["person_id"], set()).add(row["article_id"])
    assert {pid: set(p["article_ids"]) for pid, p in people.items()} == by_person
    # 王伟 twice, 李明, 张伟, 赵刚, 陈军 twice, 周涛, 吴斌, 刘洋 twice, 黄磊 twice
    assert len(first["people"]) == 13


def _ids_by_city(tables: dict, name: str) -> dict[str, str]:
    ids: dict[str, set[str]] = {}
    for row in tables["speakers"]:
        if row["name"] == name:
            ids.setdefault(row["city"], set()).add(row["person_id"])
    assert all(len(found) == 1 for found in ids.values()), ids
    return {city: found.pop() for city, found in ids.items()}


def test_people_written_as_they_are_made_a_few_a_row_group_are_those_of_one_group(
    builds, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, _, _, grown, _ = builds  # the captures folder holds the added captures now
    monkeypatch.setattr(writer, "ONE_FILE_GROUP", 2)
    streamed = _build(root / "captures", tmp_path / "streamed")
    assert streamed["people"] == grown["people"]
    (people,) = table_files(tmp_path / "streamed", "people")
    assert pq.ParquetFile(people).num_row_groups == (len(grown["people"]) + 1) // 2 > 1
    assert not list((tmp_path / "streamed").rglob(PEOPLE_SPILL))  # the mentions' spill file is gone


def test_an_official_moving_to_another_city_of_the_province_is_one_person(builds) -> None:
    _, first, *_ = builds
    chen = {p["province"]: p for p in _people_named(first, "陈军")}
    assert set(chen) == {"浙江省", "江苏省"}  # the namesake in 苏州市 is another person
    moved = chen["浙江省"]
    assert moved["places"] == ["嘉兴市", "湖州市"] and moved["articles"] == 2
    assert [(p["title"], p["first_seen"]) for p in moved["positions"]] == [
        ("县长", dt.date(2019, 3, 1)),
        ("副市长", dt.date(2021, 6, 1)),
    ]
    ids = _ids_by_city(first, "陈军")
    assert ids["嘉兴市"] == ids["湖州市"] == moved["person_id"] != ids["苏州市"]
    anji = next(r for r in first["speakers"] if r["name"] == "陈军" and r["county"] == "安吉县")
    # The person keeps the id of its earliest mention's key (name and prefecture).
    assert moved["person_id"] == person_id("陈军", ["县长"], Region(code=anji["region_code"]), anji["article_id"])


def test_a_city_party_secretary_becoming_vice_governor_is_one_person(builds) -> None:
    _, first, *_ = builds
    (zhou,) = _people_named(first, "周涛")
    assert zhou["places"] == ["丽水市", "舟山市"] and zhou["province"] == "浙江省"
    assert [p["title"] for p in zhou["positions"]] == ["市委书记", "副省长"]


def test_namesakes_in_two_cities_of_one_province_at_the_same_time_are_two_people(builds) -> None:
    _, first, *_ = builds
    liu = sorted((p["places"], p["articles"]) for p in _people_named(first, "刘洋"))
    assert liu == [(["台州市"], 1), (["温州市"], 2)]


def test_namesakes_many_years_apart_are_two_people(builds) -> None:
    _, first, *_ = builds
    assert sorted(p["places"] for p in _people_named(first, "黄磊")) == [["宁波市"], ["绍兴市"]]


def test_a_mention_between_two_people_bridges_them_under_the_earlier_id(builds) -> None:
    _, first, _, grown, _ = builds
    before = _ids_by_city(first, "黄磊")
    (huang,) = _people_named(grown, "黄磊")
    assert huang["places"] == ["宁波市", "绍兴市", "金华市"]
    assert set(_ids_by_city(grown, "黄磊").values()) == {before["宁波市"]} == {huang["person_id"]}


def test_a_mention_showing_two_posts_held_at_once_splits_them_the_earlier_keeping_the_id(builds) -> None:
    _, first, _, grown, _ = builds
    (wu,) = _people_named(first, "吴斌")
    assert wu["places"] == ["嘉兴市", "湖州市"]
    before = _ids_by_city(first, "吴斌")
    assert before["湖州市"] == before["嘉兴市"] == wu["person_id"]
    after = _ids_by_city(grown, "吴斌")  # 湖州市 is seen again after 嘉兴市: two namesakes at once
    assert after["湖州市"] == wu["person_id"] != after["嘉兴市"]
    assert sorted(p["places"] for p in _people_named(grown, "吴斌")) == [["嘉兴市"], ["湖州市"]]


def test_the_sqlite_edition_holds_the_merged_ids(builds) -> None:
    _, first, _, _, first_out = builds
    assert main(["sqlite", str(first_out)]) == 0
    with sqlite3.connect(first_out / DATABASE) as connection:
        rows = connection.execute("SELECT article_id, speaker_index, person_id FROM speakers").fetchall()
        people = {pid for (pid,) in connection.execute("SELECT person_id FROM people")}
    assert sorted(rows) == sorted((r["article_id"], r["speaker_index"], r["person_id"]) for r in first["speakers"])
    assert people == {p["person_id"] for p in first["people"]}


def test_person_ids_are_the_same_on_a_rebuild_and_with_captures_added(builds) -> None:
    root, first, again, grown, first_out = builds
    assert first["people"] == again["people"]
    assert table_files(first_out, "people")[0].read_bytes() == table_files(root / "again", "people")[0].read_bytes()
    ids = {(r["article_id"], r["name"]): r["person_id"] for r in first["speakers"] if r["name"] not in CHANGED_BY_ADDED}
    grown_ids = {(r["article_id"], r["name"]): r["person_id"] for r in grown["speakers"]}
    assert {key: grown_ids[key] for key in ids} == ids
    (li,) = _people_named(grown, "李明")  # 长兴县 is in 湖州市 too: the earlier mention joins the same person
    assert li["person_id"] == _people_named(first, "李明")[0]["person_id"]
    assert li["articles"] == 3 and li["first_seen"] == dt.date(2020, 1, 9)


@pytest.mark.parametrize(
    ("positions", "region", "place"),
    [
        (["县长"], Region(province="浙江省", city="湖州市", county="安吉县", code="330523"), "330500"),
        (["市委书记"], Region(province="浙江省", city="湖州市", code="330500"), "330500"),
        (["区长"], Region(province="重庆市", city="重庆市", county="渝中区", code="500103"), "500000"),
        (["副省长"], Region(province="浙江省", city="湖州市", code="330500"), "330000"),
        (["省委常委", "市委书记"], Region(province="浙江省", city="湖州市", code="330500"), "330000"),
        (["四川省投资促进局副局长"], Region(province="四川省", code="510000"), "510000"),
        (["广东省珠海市市长"], Region(province="广东省", city="珠海市", code="440400"), "440400"),
        (["自治区主席"], Region(province="广西壮族自治区", city="南宁市", code="450100"), "450000"),
        (["商务部部长"], Region(province="浙江省", city="湖州市", code="330500"), "national"),
        (["县长"], Region(province="台湾省", city="高雄市"), "台湾省/高雄市"),
        (["县长"], Region(), "article:a1"),
    ],
)
def test_the_place_a_mention_is_keyed_on(positions: list[str], region: Region, place: str) -> None:
    assert person_place(positions, region, "a1") == place


def _mention(name: str, code: str | None, day: dt.date | None, article: str, positions: tuple[str, ...] = ("市长",)):
    return {
        "name": name,
        "positions": list(positions),
        "region_code": code,
        "province": None,
        "city": None,
        "event_date": day,
        "article_id": article,
        "person_id": "",
    }


def person_merges(mentions: list[dict]) -> dict[str, str]:
    """The merges of one shard's mentions, as the build makes them for every shard's keys joined."""
    return merges_of(key_spans(mentions)[0])


def _people_of(mentions: list[dict]) -> list[set[str]]:
    """The articles of each person the mentions make, as sets, in article order."""
    merges = person_merges(mentions)
    people: dict[str, set[str]] = {}
    for row in mentions:
        key = person_id(row["name"], row["positions"], Region(code=row["region_code"]), row["article_id"])
        people.setdefault(merges.get(key, key), set()).add(row["article_id"])
    return sorted(people.values(), key=min)


HANGZHOU, NINGBO, WENZHOU, NANJING = "330100", "330200", "330300", "320100"


def test_a_move_is_one_person_up_to_five_years_after_the_last_mention() -> None:
    within = [_mention("王伟", HANGZHOU, dt.date(2015, 3, 1), "a"), _mention("王伟", NINGBO, dt.date(2020, 3, 1), "b")]
    beyond = [_mention("王伟", HANGZHOU, dt.date(2015, 3, 1), "a"), _mention("王伟", NINGBO, dt.date(2020, 3, 2), "b")]
    assert _people_of(within) == [{"a", "b"}]
    assert _people_of(beyond) == [{"a"}, {"b"}]


def test_a_move_on_the_day_of_the_last_mention_is_two_people() -> None:
    day = dt.date(2021, 5, 1)
    assert _people_of([_mention("王伟", HANGZHOU, day, "a"), _mention("王伟", NINGBO, day, "b")]) == [{"a"}, {"b"}]


def test_a_post_that_two_earlier_namesakes_could_have_moved_to_is_a_person_of_its_own() -> None:
    mentions = [
        _mention("王伟", HANGZHOU, dt.date(2018, 1, 1), "a"),
        _mention("王伟", NINGBO, dt.date(2018, 6, 1), "b"),
        _mention("王伟", HANGZHOU, dt.date(2019, 1, 1), "c"),
        _mention("王伟", WENZHOU, dt.date(2020, 1, 1), "d"),
    ]
    assert _people_of(mentions) == [{"a", "c"}, {"b"}, {"d"}]


def test_a_namesake_in_another_province_national_posts_and_undated_or_placeless_mentions_are_never_joined() -> None:
    mentions = [
        _mention("王伟", HANGZHOU, dt.date(2018, 1, 1), "a"),
        _mention("王伟", NANJING, dt.date(2019, 1, 1), "b"),
        _mention("王伟", NINGBO, None, "c"),
        _mention("王伟", None, dt.date(2019, 6, 1), "d"),
        _mention("王伟", WENZHOU, dt.date(2019, 8, 1), "e", positions=("商务部副部长",)),
    ]
    assert _people_of(mentions) == [{"a"}, {"b"}, {"c"}, {"d"}, {"e"}]


def test_the_merges_are_the_same_in_any_order_of_the_mentions() -> None:
    mentions = [
        _mention("王伟", HANGZHOU, dt.date(2012, 1, 1), "a"),
        _mention("王伟", NINGBO, dt.date(2014, 1, 1), "b"),
        _mention("王伟", WENZHOU, dt.date(2017, 1, 1), "c", positions=("副省长",)),
        _mention("王伟", HANGZHOU, dt.date(2013, 1, 1), "d"),
    ]
    assert person_merges(mentions) == person_merges(mentions[::-1])
    assert _people_of(mentions) == [{"a", "b", "c", "d"}]


def test_a_shard_taken_from_the_last_build_gets_its_people_set_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Shards of 4 inputs: the first holds 吴斌's two posts, joined into one person. A capture added in
    the second shard shows him back in 湖州市 after 嘉兴市, so they are two namesakes; the first shard,
    taken unchanged from the last build with the joined id, gets the ids a clean build gives. Three more
    captures fill the second shard: a shorter rest would be split with the first shard's inputs."""
    from builder.run import engine

    monkeypatch.setattr(engine, "SHARD_INPUTS", 4)
    captures = {
        "a_huzhou.txt": CAPTURES["huzhou_vice_mayor.txt"],
        "b_jiaxing.txt": CAPTURES["jiaxing_mayor.txt"],
        "c_suizhou.txt": CAPTURES["suizhou.txt"],
        "d_anji.txt": CAPTURES["anji_2021.txt"],
    }
    _write(tmp_path / "captures", captures)
    out, clean = tmp_path / "out", tmp_path / "clean"
    build = ["build", str(tmp_path / "captures"), "--keep-duplicates", "--workers", "1"]
    assert main([*build, "--out", str(out)]) == 0
    (joined,) = {r["person_id"] for r in read_table(out, "speakers").to_pylist() if r["name"] == "吴斌"}
    fillers = {
        f"{letter}_{name}": CAPTURES[name]
        for letter, name in zip("fgh", ["anji_2023.txt", "huzhou.txt", "suizhou.txt"], strict=True)
    }
    _write(tmp_path / "captures", {"e_huzhou_again.txt": ADDED["huzhou_again.txt"], **fillers})
    first_shard = {p.name: p.stat().st_ino for p in (out / "data" / "articles").glob("*.parquet")}
    assert main([*build, "--out", str(out)]) == 0
    assert (out / "data" / "articles" / "train-00000-of-00002.parquet").stat().st_ino in first_shard.values()
    assert main([*build, "--out", str(clean), "--no-cache"]) == 0
    for table in ("speakers", "people"):
        assert read_table(out, table).to_pylist() == read_table(clean, table).to_pylist()
    after = {r["city"]: r["person_id"] for r in read_table(out, "speakers").to_pylist() if r["name"] == "吴斌"}
    assert after["湖州市"] == joined != after["嘉兴市"]


def _members(pattern: str) -> set[int]:
    compiled = re.compile(pattern)
    return {point for point in range(0x110000) if compiled.fullmatch(chr(point))}


@pytest.mark.parametrize(
    "characters",
    [
        {word for word in _words("after_name") if len(word) == 1},  # the boundary's words of one character
        set(),
        {"\u4e00", "\u9fff", "a", "。"},  # Han's first and last, and characters outside it, already members
        {"\u4e00", "\u4e01", "\u4e03", "说"},  # neighbours
        {chr(point) for point in range(0x4E00, 0xA000)},  # every Han character
    ],
)
def test_the_class_of_no_han_character_or_of_some_holds_what_ranges_around_han_held(characters: set[str]) -> None:
    """On every code point, the class written as the Han characters left out holds what it held written as the
    ranges around Han with the characters taken in."""
    taken_in = "".join(map(re.escape, sorted(characters)))
    assert _members(not_han_or(characters)) == _members(f"[\\x00-\\u4dff\\ua000-\\U0010ffff{taken_in}]")


def test_positions_are_looked_for_120_characters_back_and_a_cut_one_is_left_out() -> None:
    """A text without stops made the look-back from each name reach the text's start (tests/test_fuzz.py); a chain of
    positions longer than 120 characters keeps the whole ones within them."""
    chain = "开会" + "、".join(["副局长"] * 32 + ["党委书记"]) + "王五"  # the 120 characters begin after a 、
    assert _positions_before(chain, len(chain) - 2) == ["副局长"] * 29 + ["党委书记"]
    chain = "开会" + "、".join(["副局长"] * 31 + ["党委书记"] * 5) + "王五"  # they begin inside 副局长
    assert _positions_before(chain, len(chain) - 2) == ["副局长"] * 24 + ["党委书记"] * 5
