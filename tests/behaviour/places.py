"""The divisions the region capabilities are generated from, read straight from divisions.tsv.

What a case expects is computed here from the table itself (a county's city and province are its
parent and grandparent rows), never from the builder's own resolution.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

from builder.resources import data_tsv

# Beijing, Tianjin, Shanghai and Chongqing are both province and city.
MUNICIPALITIES = {"11", "12", "31", "50"}
# Hong Kong, Macao and Taiwan have no divisions below the province in the table.
_NO_CHILDREN = {"71", "81", "82"}
SELF_WORD = {"city": "市", "county": "县"}


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    short: str
    level: str
    parent: Place | None

    @property
    def city(self) -> Place | None:
        if self.level == "city":
            return self
        return self.parent if self.parent and self.parent.level == "city" else None

    @property
    def province(self) -> Place:
        place = self
        while place.parent is not None:
            place = place.parent
        return place

    def expect(self) -> dict[str, str | None]:
        """The region a text about this place must give."""
        province = self.province.name
        city = self.city.name if self.city else (province if self.code[:2] in MUNICIPALITIES else None)
        county = self.name if self.level == "county" else None
        return {"region.province": province, "region.city": city, "region.county": county, "region.code": self.code}

    @property
    def own_word(self) -> str:
        """How the text speaks of its own area: 全市 for a city, 全县/全区/全市 for a county's kind."""
        if self.level == "county":
            return {"区": "区", "市": "市", "旗": "旗"}.get(self.name[-1], "县")
        return {"州": "州", "盟": "盟"}.get(self.name[-1], "市")


@cache
def places() -> tuple[Place, ...]:
    rows = data_tsv("divisions.tsv")
    by_code: dict[str, Place] = {}
    for row in rows:  # parents come before their children in code order
        parent = by_code.get(row["parent_code"]) if row["parent_code"] else None
        by_code[row["code"]] = Place(row["code"], row["name"], row["short_names"], row["level"], parent)
    return tuple(by_code.values())


@cache
def _name_counts() -> Counter[str]:
    """How many divisions a name may mean: current ones, Taiwan's, and former names (沙县 before 沙县区)."""
    names: Counter[str] = Counter()
    for place in places():
        names[place.name] += 1
        if place.short:
            names[place.short] += 1
    for row in data_tsv("divisions_taiwan.tsv"):
        names.update(filter(None, [row["name"], *row["short_names"].split(",")]))
    names.update(row["old_name"] for row in data_tsv("divisions_renamed.tsv"))
    return names


def unique_name(place: Place) -> bool:
    """Whether no other division bears this full name, nor uses it as a short name."""
    return _name_counts()[place.name] == 1


def unique_short(place: Place) -> bool:
    """Whether the short name is this division's alone, and no division's full name."""
    return bool(place.short) and _name_counts()[place.short] == 1


def former_name(name: str) -> bool:
    """Whether a division was once called this (沙县 before 沙县区): a text may mean either."""
    return name in {row["old_name"] for row in data_tsv("divisions_renamed.tsv")}


def shared_short_told_apart_by_parent(place: Place) -> bool:
    """A short name several divisions share (朝阳), which its parent's name tells apart."""
    if not place.short or unique_short(place) or former_name(place.short) or place.parent is None:
        return False
    siblings = [p for p in places() if p.parent == place.parent and p.short == place.short]
    return len(siblings) == 1


def of_level(level: str) -> list[Place]:
    return [p for p in places() if p.level == level and p.code[:2] not in _NO_CHILDREN]


def every_other(items: list[Place], parity: int) -> list[Place]:
    """A deterministic half of the list (every division still appears in one of the two halves)."""
    return items[parity::2]
