"""Region capabilities, generated from every division in builder/data/divisions.tsv."""

from __future__ import annotations

from collections.abc import Iterator

from behaviour.suite import Case, capability
from builder.resources import data_tsv

LEAD = "{place}召开招商引资工作推进会议。会议听取了今年以来全{level}招商引资工作情况汇报，研究部署下一阶段重点工作。"
BODY = "会议要求，各部门要紧盯重点项目，强化服务保障，推动签约项目早落地、早开工、早投产。"


def _divisions() -> list[dict[str, str]]:
    return list(data_tsv("divisions.tsv"))


def _ambiguous() -> set[str]:
    """Names that more than one division bears: the text alone cannot tell which is meant."""
    seen: dict[str, int] = {}
    for row in _divisions():
        seen[row["name"]] = seen.get(row["name"], 0) + 1
    return {name for name, count in seen.items() if count > 1}


def _capture(title: str, lead: str) -> str:
    return f"{title}\n\n{lead}\n\n{BODY}\n"


@capability("region", "prefecture-level city named in full in the lead")
def prefecture_in_full() -> Iterator[Case]:
    provinces = {row["code"]: row["name"] for row in _divisions() if row["level"] == "province"}
    ambiguous = _ambiguous()
    for row in _divisions():
        if row["level"] != "city" or row["name"] in ambiguous or not row["name"].endswith("市"):
            continue
        province = provinces.get(row["parent_code"])
        lead = LEAD.format(place=row["name"], level="市")
        yield Case(
            _capture(f"{row['name']}召开招商引资工作推进会", lead),
            {"region.city": row["name"], "region.province": province, "region.code": row["code"]},
            note=row["name"],
        )
