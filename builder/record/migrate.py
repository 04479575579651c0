"""Reading records of an earlier schema version as the current one.

Input: one article row as an earlier release's Parquet holds it. Output: the same article as a
row of the current schema (validate it with `Article.model_validate`).

- 1.0.0 → 1.1.0: `industries` was a list of strings (the industry as written); it becomes a list
  of `{name, raw}`, the name from the vocabulary where the written form is in it. `genre` gained
  the value `document` (no 1.0.0 row holds it). `dataset_version` is new: 1.0.0 rows were made by
  builder 0.1.0. `text`, `text_original` and target sentences may now be null (text-free builds).
- 1.1.0 → 1.2.0: fields were added; an earlier row gets each new field's default (null, false or
  empty), which the model fills when the row is validated. New on each target: `amount`,
  `amount_low`, `amount_high`, `currency`, `amount_unit`, `amount_missing`, `deadline_date`,
  `deadline_basis` (null in an earlier row: rebuild to fill them). The flat `targets` and
  `speakers` rows gained the article's `region_code`, `province`, `city`, `county`, `event_date`,
  `year`, `genre` and `outlet` (copies, made again from the article), `speakers` rows `person_id`;
  the `people` table and `exports/` are new and made from the tables. One field changed meaning:
  `quality.truncated` widened from "the page shows a paywall or preview marker" to "the text is
  cut short for any reason", and `quality.truncation` says why: a truncated 1.1.0 row gets
  `elided` where it has `elided_at` offsets, `paywall` where it has none or declares a length
  (1.1.0 read one only off a preview's end), and `declared_length` where that length is well
  above its text. A 1.1.0 row that stops mid-sentence stays untruncated: judging that needs the
  page's furniture, which the row does not keep; rebuild to have it.
  `targets.subject` and `targets.status` are read more closely from 0.5.0 on (the noun governing the
  figure; fewer `unknown`); an earlier row keeps the values it was built with. `title_source`
  (which element decided the headline) is new on each article: an earlier row's is null, as it was
  not recorded.
  `date.year_source` (where the event's year came from) and `region.evidence` (the words that
  decided the region) are null in an earlier row.
"""

from __future__ import annotations

from typing import Any

from builder.record.models import DECLARED_SLACK, SCHEMA_VERSION
from builder.resources import NOT_AN_INDUSTRY, industry_names

_FIRST_BUILDER = "0.1.0"


def upgrade_article(row: dict[str, Any]) -> dict[str, Any]:
    upgraded = dict(row)
    if row.get("schema_version") == "1.0.0":
        upgraded["industries"] = [_industry(written) for written in row.get("industries") or []]
        upgraded.setdefault("dataset_version", _FIRST_BUILDER)  # the release that made the row
    if upgraded.get("schema_version") in ("1.0.0", "1.1.0"):
        upgraded["quality"] = _quality(upgraded.get("quality"), upgraded.get("text"))
        upgraded["schema_version"] = SCHEMA_VERSION  # the schema the row now follows
    return upgraded


def _quality(quality: dict[str, Any] | None, text: str | None) -> dict[str, Any] | None:
    """1.1.0 marked only paid previews and elisions truncated: its reasons follow from the row."""
    if not quality or not quality.get("truncated") or quality.get("truncation"):
        return quality
    elided, declared = bool(quality.get("elided_at")), quality.get("declared_length")
    reasons = ["paywall"] if declared or not elided else []  # 1.1.0 read a declared length off a preview's end
    reasons += ["elided"] if elided else []
    if declared and text is not None and declared > len(text) * DECLARED_SLACK:
        reasons.append("declared_length")
    return {**quality, "truncation": reasons}


def _industry(written: str) -> dict[str, str]:
    name = industry_names().get(written)
    return {"name": name if name and name != NOT_AN_INDUSTRY else written, "raw": written}
