"""People across articles: `person_id` for each speaker mention, and the `people` table made from them.

`person_id` is a function of one mention alone (its name, in Simplified, and the place its positions
belong to), so it is the same on every rebuild, with captures added or removed, and in any worker or
shard. The place is the whole country for a national position (国务院, 商务部), the province for a
provincial one (省委常委, 副省长, 省商务厅厅长; a vice-governor who speaks in several cities is one person),
else the article's prefecture-level division (a county's officials belong to its prefecture, so one
official moving from 县长 to 县委书记 in one county is one person, and two 王伟 in two cities are
two). A place known by name only (台湾省高雄市) counts by its names; a mention whose article has no
known place is a person of its own. The words that mark national and provincial positions are in
the data file `persons.json`. Known limits: an official who moves between prefectures (or from a
prefecture to the province) gets a new id at the move; namesakes in one prefecture, years apart,
share one; a name written two ways (a nickname, a typo) is two people.

Input: rows of the `speakers` table. Output: `person_id` (made in the workers, by `builder.tables.rows`)
and rows of the `people` table (made from the finished `speakers` table, by `people_rows`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from builder.clean.script import to_simplified
from builder.record.models import HeldPosition, PersonRow, Region
from builder.resources import data_json, data_tsv

PERSONS = "persons.json"


@cache
def _prefectures() -> frozenset[str]:
    return frozenset(row["code"] for row in data_tsv("divisions.tsv") if row["level"] in ("city", "province"))


def _prefecture_code(code: str) -> str:
    """The prefecture-level division of a division code: itself for a city; a province-level municipality
    (北京, 重庆) and a county the province administers directly belong to their province."""
    city = code[:4] + "00"
    return city if city in _prefectures() else code[:2] + "0000"


def person_place(positions: Iterable[str], region: Region, article_id: str) -> str:
    """The place a mention's positions belong to (see the module's docstring)."""
    data = data_json(PERSONS)
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
    data = data_json(PERSONS)
    for word in data["province_words"]:
        at = position.find(word)
        if at >= 0 and not any(mark in position[at + len(word) :] for mark in data["lower_division_marks"]):
            return True
    return False


def person_id(name: str, positions: Iterable[str], region: Region, article_id: str) -> str:
    key = f"{to_simplified(name)}\t{person_place(positions, region, article_id)}"
    return "p" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:15]


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


def people_rows(speakers: Iterable[dict[str, Any]], versions: dict[str, str]) -> list[dict[str, Any]]:
    """One row per `person_id` of the speakers rows, ordered by name and id (so a rebuild gives the same)."""
    people: dict[str, _Person] = {}
    for row in speakers:
        people.setdefault(row["person_id"], _Person(row["name"])).add(row)
    ordered = sorted(people.items(), key=lambda item: (item[1].name, item[0]))
    return [person.row(person_id, versions) for person_id, person in ordered]
