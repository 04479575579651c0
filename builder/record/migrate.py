"""Reading records of an earlier schema version as the current one.

Input: one article row as an earlier release's Parquet holds it. Output: the same article as a
row of the current schema (validate it with `Article.model_validate`).

- 1.0.0 → 1.1.0: `industries` was a list of strings (the industry as written); it becomes a list
  of `{name, raw}`, the name from the vocabulary where the written form is in it. `genre` gained
  the value `document` (no 1.0.0 row holds it). `dataset_version` is new: 1.0.0 rows were made by
  builder 0.1.0. `text`, `text_original` and target sentences may now be null (text-free builds).
- 1.1.0 → 1.2.0: fields were added and none changed meaning; an earlier row gets each new field's
  default (null, false or empty), which the model fills when the row is validated. New on each
  target: `amount`, `amount_low`, `amount_high`, `currency`, `amount_unit`, `amount_missing`,
  `deadline_date`, `deadline_basis` (null in an earlier row: rebuild to fill them). The flat
  `targets` and `speakers` rows gained the article's `region_code`, `province`, `city`, `county`,
  `event_date`, `year`, `genre` and `outlet` (copies, made again from the article), `speakers` rows
  `person_id`; the `people` table and `exports/` are new and made from the tables.
"""

from __future__ import annotations

from typing import Any

from builder.record.models import SCHEMA_VERSION
from builder.resources import NOT_AN_INDUSTRY, industry_names

_FIRST_BUILDER = "0.1.0"


def upgrade_article(row: dict[str, Any]) -> dict[str, Any]:
    upgraded = dict(row)
    if row.get("schema_version") == "1.0.0":
        upgraded["industries"] = [_industry(written) for written in row.get("industries") or []]
        upgraded.setdefault("dataset_version", _FIRST_BUILDER)  # the release that made the row
    if upgraded.get("schema_version") in ("1.0.0", "1.1.0"):
        upgraded["schema_version"] = SCHEMA_VERSION  # the schema the row now follows
    return upgraded


def _industry(written: str) -> dict[str, str]:
    name = industry_names().get(written)
    return {"name": name if name and name != NOT_AN_INDUSTRY else written, "raw": written}
