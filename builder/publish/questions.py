"""Five questions a journalist brings to the corpus, each as a DuckDB query and a pandas line, with the
answer a build gives: the section of the dataset card (and of the repository's README) that shows them.

Input: a built folder's finished tables and the questions (data file `questions.json`). Output:
Markdown: for each question its SQL, its pandas line and its answer as a table, which the pandas
line computes here (pandas comes with `datasets`; the card needs no DuckDB).
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

from builder.resources import data_json

QUESTIONS = "questions.json"


def questions() -> list[dict[str, str]]:
    return data_json(QUESTIONS)["questions"]


def run_pandas(code: str) -> Any:
    """The value of a question's pandas code: its lines run in order, the last one's value returned."""
    import pandas as pd

    *statements, last = code.splitlines()
    namespace: dict[str, Any] = {"pd": pd}
    exec("\n".join(statements), namespace)  # the project's own data file, never input
    return eval(last, namespace)


def cell(value: Any) -> str:
    """One answer value as the tables show it: integers without a point, dates in ISO, null empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if hasattr(value, "to_pydatetime"):  # a pandas timestamp
        value = value.to_pydatetime().date()
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if str(value) in ("<NA>", "NaT", "nan"):
        return ""
    return str(value).replace("|", "\\|").replace("\n", " ")


def answer_table(columns: list[str], rows: list[tuple[Any, ...]]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(value) for value in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def questions_markdown(data: Path, shown: str) -> str:
    """The section: each question with its SQL and pandas line, `{data}` written as `shown`, answered on `data`."""
    parts = []
    for number, item in enumerate(questions(), 1):
        frame = run_pandas(item["pandas"].replace("{data}", str(data)))
        rows = list(frame.itertuples(index=False, name=None))
        parts.append(
            f"**{number}. {item['question']}**\n\n"
            f"```sql\n{item['sql'].replace('{data}', shown)};\n```\n\n"
            f"```python\n{item['pandas'].replace('{data}', shown)}\n```\n\n"
            f"{answer_table(list(frame.columns), rows)}"
        )
    return "\n".join(parts)
