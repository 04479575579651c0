"""People across articles: who is one person and who is two, through whole builds, and ids that stay put."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder.cli import main
from builder.publish.parquet import read_table, table_files
from builder.record.models import Region
from builder.tables.persons import person_place

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
}
ADDED = {"changxing.txt": ("长兴县", "县", "2020年1月9日", "县长", "李明")}


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
    assert len(first["people"]) == 5  # 王伟 twice, 李明, 张伟, 赵刚


def test_person_ids_are_the_same_on_a_rebuild_and_with_captures_added(builds) -> None:
    root, first, again, grown, first_out = builds
    assert first["people"] == again["people"]
    assert table_files(first_out, "people")[0].read_bytes() == table_files(root / "again", "people")[0].read_bytes()
    ids = {(r["article_id"], r["name"]): r["person_id"] for r in first["speakers"]}
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
