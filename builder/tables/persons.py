"""People across articles: `person_id` for each speaker mention, and the `people` table made from them.

A mention is keyed on its name, in Simplified, and the place its positions belong to: the whole
country for a national position (国务院, 商务部), the province for a provincial one (省委常委, 副省长,
省商务厅厅长; a vice-governor who speaks in several cities is one person), else the article's
prefecture-level division (a county's officials belong to its prefecture, so one official moving
from 县长 to 县委书记 in one county is one person, and two 王伟 in two cities are two). The mentions
of one key are one person. Keys of one name in one province (its prefectures and the province
itself) are one person too when their spans of event dates follow one another: one key's last
mention before the next key's first, within 5 years, as an official moving from 县长 in one city to
副市长 in another, or to a provincial post. Keys are taken earliest first; a key joins the person
before it only when that is the one person of its name in the province that has stopped being seen
there in the 5 years before (two candidates: it stays a person of its own). Two keys whose spans
overlap are two people (namesakes holding posts in two cities at once), and so is a namesake in
another province. A place known by name only (台湾省高雄市) counts by its names; a mention whose
article has no known place or no event date is never joined to another key. A person's `person_id`
is the hash of its earliest key, so a rebuild gives the same ids in any worker or shard, and adding
captures changes none unless they change who is one person: an added mention earlier than a
person's first gives the person its own key's id, an added mention between two people within 5
years of each bridges them into one, with the earlier one's id, and an added mention that makes two
joined keys overlap in time splits them again, the later key taking its own id. The words that mark
national and provincial positions are in the data file `persons.json`. Known limits: namesakes who
follow one another in one province within 5 years are taken for one person, and namesakes in one
prefecture, years apart, share one; an official who comes back to a place after a post elsewhere
stays two people (the spans overlap); a move across provinces is two people; a name written two
ways (a nickname, a typo) is two people.

Input: rows of the `speakers` table. Output: the key's `person_id` of each mention (made in the
workers, by `builder.tables.rows`), the keys joined into one person (`merges_of` the shards'
`key_spans`, made as the shards are written, joined by `join_spans`) and each row's person
(`person_of`: the writer sets the shards' ids with it, from the rows themselves, so a shard taken
from the last build is set right again), and rows of the `people` table (`people_rows`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import pickle
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from builder.clean.script import to_simplified
from builder.record.models import HeldPosition, PersonRow, Region
from builder.resources import data_json, data_tsv

PERSONS = "persons.json"


@cache
def _prefectures() -> frozenset[str]:
    return frozenset(row["code"] for row in data_tsv("divisions.tsv") if row["level"] in ("city", "province"))


@cache
def _persons_data() -> dict[str, list[str]]:
    return data_json(PERSONS)


def _prefecture_code(code: str) -> str:
    """The prefecture-level division of a division code: itself for a city; a province-level municipality
    (北京, 重庆) and a county the province administers directly belong to their province."""
    city = code[:4] + "00"
    return city if city in _prefectures() else code[:2] + "0000"


def person_place(positions: Iterable[str], region: Region, article_id: str) -> str:
    """The place a mention's positions belong to (see the module's docstring)."""
    data = _persons_data()
    positions = list(positions)
    if any(p.startswith(tuple(data["national_prefixes"])) for p in positions):
        return "national"
    provincial = any(_is_provincial(p) for p in positions)
    if region.code:
        return region.code[:2] + "0000" if provincial else _prefecture_code(region.code)
    if region.province and (provincial or region.city):  # a place without a code (台湾省高雄市)
        return region.province if provincial else f"{region.province}/{region.city}"
    return "article:" + article_id


def _is_provincial(position: str) -> bool:
    """副省长, 省委常委, 四川省投资促进局副局长: a province's office; 广东省珠海市市长 is a city's."""
    data = _persons_data()
    for word in data["province_words"]:
        at = position.find(word)
        if at >= 0 and not any(mark in position[at + len(word) :] for mark in data["lower_division_marks"]):
            return True
    return False


def person_id(name: str, positions: Iterable[str], region: Region, article_id: str) -> str:
    return _key_id(to_simplified(name), person_place(positions, region, article_id))


def _key_id(name: str, place: str) -> str:
    return "p" + hashlib.sha256(f"{name}\t{place}".encode()).hexdigest()[:15]


# The longest pause between two posts of one person: a longer one is taken for two namesakes.
MOVE_GAP_YEARS = 5
# The `speakers` columns a mention's key and span are made from.
MENTION_COLUMNS = ["name", "positions", "region_code", "province", "city", "event_date", "article_id", "person_id"]


@dataclass
class KeySpan:
    """The mentions of one name at one place, with the span of their event dates."""

    person_id: str
    name: str
    province: str | None  # the province the place lies in; None for the country and for an unknown place
    first: dt.date | None = None
    last: dt.date | None = None

    def see(self, day: dt.date | None) -> None:
        if day is not None:
            self.first = min(self.first or day, day)
            self.last = max(self.last or day, day)


def mention_key(row: dict[str, Any]) -> KeySpan:
    """A `speakers` row's key, made again from the row (so a table whose ids were merged gives the same)."""
    region = Region(code=row["region_code"], province=row["province"], city=row["city"])
    place = person_place(row["positions"], region, row["article_id"])
    name = to_simplified(row["name"])
    return KeySpan(_key_id(name, place), name, _province_of(place))


def _province_of(place: str) -> str | None:
    if place == "national" or place.startswith("article:"):
        return None
    return place[:2] if place.isdigit() else place.split("/")[0]


def person_of(row: dict[str, Any], merges: dict[str, str]) -> str:
    """A `speakers` row's `person_id`: its key's, or that of the earlier key a move joins it to."""
    key = mention_key(row).person_id
    return merges.get(key, key)


def key_spans(speakers: Iterable[dict[str, Any]]) -> tuple[dict[str, KeySpan], bool]:
    """The keys of some `speakers` rows (one shard's), each with the span of its mentions' event dates: what
    `merges_of` needs of them, whatever their `person_id` column holds; and whether each row's `person_id`
    is its key's (as a worker writes it), so that only a merge of one of these keys changes the rows."""
    keys: dict[str, KeySpan] = {}
    own = True
    for row in speakers:
        key = mention_key(row)
        keys.setdefault(key.person_id, key).see(row["event_date"])
        own = own and row["person_id"] == key.person_id
    return keys, own


def join_spans(keys: dict[str, KeySpan], part: dict[str, KeySpan]) -> None:
    """The key spans of one more part of the `speakers` table (`key_spans` of a shard) joined into those of the
    parts before (`keys`): a key's span covers its spans in every part."""
    for person, key in part.items():
        if person not in keys:
            keys[person] = KeySpan(key.person_id, key.name, key.province)
        keys[person].see(key.first)
        keys[person].see(key.last)


def merges_of(keys: dict[str, KeySpan]) -> dict[str, str]:
    """Each key's id that a move within a province joins to an earlier key's person → that person's id, from every
    key of the corpus with its span."""
    groups: dict[tuple[str, str], list[KeySpan]] = {}
    for key in keys.values():
        if key.province is not None and key.first is not None:
            groups.setdefault((key.name, key.province), []).append(key)
    merges: dict[str, str] = {}
    for group in groups.values():
        if len(group) > 1:
            merges.update(_chained(group))
    return merges


def _chained(keys: list[KeySpan]) -> dict[str, str]:
    """Keys of one name in one province, earliest first, each joined to the one person it follows, if one."""
    merges: dict[str, str] = {}
    last_seen: dict[str, dt.date] = {}  # person → the last day any of its keys was seen
    for key in sorted(keys, key=lambda k: (k.first, k.person_id)):
        assert key.first is not None and key.last is not None
        before = [p for p, last in last_seen.items() if last < key.first <= _years_after(last, MOVE_GAP_YEARS)]
        person = before[0] if len(before) == 1 else key.person_id
        if person != key.person_id:
            merges[key.person_id] = person
        last_seen[person] = max(last_seen.get(person, key.last), key.last)
    return merges


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass
class _Person:
    name: str
    provinces: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    seen: dict[str, list[dt.date]] = field(default_factory=dict)  # position → event dates
    dates: list[dt.date] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)

    def add(self, row: dict[str, Any]) -> None:
        if row["province"]:
            self.provinces.add(row["province"])
        if row["city"]:  # a province-level municipality is its own prefecture (北京市)
            self.places.add(row["city"])
        day = row["event_date"]
        for position in row["positions"]:
            self.seen.setdefault(position, [])
            if day:
                self.seen[position].append(day)
        if day:
            self.dates.append(day)
        if row["article_id"] not in self.article_ids:
            self.article_ids.append(row["article_id"])

    def row(self, person: str, versions: dict[str, str]) -> dict[str, Any]:
        positions = [
            HeldPosition(title=title, first_seen=min(days, default=None), last_seen=max(days, default=None))
            for title, days in self.seen.items()
        ]
        # Earliest first; positions first seen together keep the order the text gives them.
        positions.sort(key=lambda p: (p.first_seen is None, p.first_seen or dt.date.min))
        return PersonRow(
            person_id=person,
            name=self.name,
            province=next(iter(self.provinces)) if len(self.provinces) == 1 else None,
            places=sorted(self.places),
            positions=positions,
            first_seen=min(self.dates, default=None),
            last_seen=max(self.dates, default=None),
            article_ids=self.article_ids,
            articles=len(self.article_ids),
            **versions,
        ).model_dump()


def people_rows(speakers: Iterable[dict[str, Any]], versions: dict[str, str], spill: Path) -> Iterator[dict[str, Any]]:
    """One row per `person_id` of the speakers rows, ordered by name and id (so a rebuild gives the same).

    Made one person at a time: the mentions wait in a SQLite file at `spill` (removed once the last row is
    made) and come back grouped by person, each person's in the speakers' order, so memory holds one
    person's mentions however large the corpus. A person's name is that of its first mention."""
    connection = sqlite3.connect(spill)
    try:
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        _spill_mentions(connection, speakers)
        ordered = connection.execute(
            "SELECT m.person_id, p.name, m.row FROM people p JOIN mentions m ON m.person_id = p.person_id "
            "ORDER BY p.name, p.person_id, m.seq"
        )
        for (person_id, name), mentions in itertools.groupby(ordered, key=lambda found: found[:2]):
            person = _Person(name)
            for *_, row in mentions:
                person.add(pickle.loads(row))
            yield person.row(person_id, versions)
    finally:
        connection.close()
        spill.unlink(missing_ok=True)


# Mentions written to the spill file per transaction.
_SPILL_BATCH = 1024


def _spill_mentions(connection: sqlite3.Connection, speakers: Iterable[dict[str, Any]]) -> None:
    """Each mention with its place in the speakers' order (`seq`); each person with the name of its first."""
    connection.execute(
        "CREATE TABLE mentions (seq INTEGER PRIMARY KEY, person_id TEXT NOT NULL, name TEXT NOT NULL, row BLOB)"
    )
    numbered = ((seq, row["person_id"], row["name"], pickle.dumps(row)) for seq, row in enumerate(speakers))
    while batch := list(itertools.islice(numbered, _SPILL_BATCH)):
        with connection:
            connection.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?)", batch)
    with connection:
        # SQLite takes a bare column from the row that gives MIN() its value: the person's first mention.
        connection.execute(
            "CREATE TABLE people AS SELECT person_id, name, MIN(seq) AS first FROM mentions GROUP BY person_id"
        )
        connection.execute("CREATE INDEX mentions_by_person ON mentions (person_id, seq)")
