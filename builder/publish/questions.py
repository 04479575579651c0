"""Five questions a journalist brings to the corpus, each as a DuckDB query and a pandas line, with the
answer a build gives: the section of the dataset card (and of the repository's README) that shows them.

Input: a built folder's finished tables and the questions (data file `questions.json`). Output:
Markdown: for each question its SQL, its pandas line and its answer as a table. The answer is the SQL's,
run here by DuckDB on one thread under a memory limit, so that it costs the same memory whatever the
corpus's size: the pandas lines read whole columns (at 50,000 captures the process running them peaked at
270 MiB, against 199 MiB for the largest process of a build of 500). tests/test_questions.py checks on
dist/ that each pandas line gives the same table as the SQL.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import re
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from builder.resources import data_json

QUESTIONS = "questions.json"
# Where a question's SQL reads a table: `'{data}/targets/*.parquet'`.
_TABLE_SOURCE = re.compile(r"'\{data\}/(\w+)/\*\.parquet'")
# DuckDB's settings for the answers: one thread reads the Parquet files in order and holds little; the
# questions' top-10 sorts and small groupings never come near the limit, which bounds them if they did.
DUCKDB_CONFIG = {"threads": 1, "memory_limit": "128MB"}


class Asking:
    """Lets another thread stop the answers: `stop()` interrupts the query DuckDB is running, and no query starts
    after it. A build that stops (Ctrl-C, an error) while its card's answers run in a thread would otherwise wait
    for the answers to end, however long the corpus makes them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection: Any = None
        self._stopped = False

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self._connection is not None:
                self._connection.interrupt()

    def ask(self, connection: Any) -> None:
        """Before each query on `connection`: it may be interrupted from now on, unless the answers are stopped."""
        with self._lock:
            if self._stopped:
                raise InterruptedError("the build stopped before the card's answers ended")
            self._connection = connection


def questions() -> list[dict[str, str]]:
    return data_json(QUESTIONS)["questions"]


def run_sql(sql: str, data: Path) -> tuple[list[str], list[tuple[Any, ...]]]:
    """A question's SQL on the tables in the folder `data`: its columns and rows."""
    return answers([sql], data)[0]


def answers(
    queries: list[str], data: Path, asking: Asking | None = None, connection: Any = None
) -> list[tuple[list[str], list[tuple[Any, ...]]]]:
    """Each query on the tables in the folder `data`: its columns and rows. One DuckDB connection answers them
    all (`connection`, opened ahead by `duckdb_connection`, or one opened here): opening one costs about as much
    as a question's answer.

    Each `'{data}/<table>/*.parquet'` is read as the table's files, listed here, rather than as a pattern:
    a folder's name may hold characters a pattern reads as wildcards (`out[1]`)."""
    if connection is None:
        with duckdb_connection() as opened:
            return answers(queries, data, asking, opened)
    asking = asking or Asking()
    return [_answer(connection, sql, data, asking) for sql in queries]


@contextlib.contextmanager
def duckdb_connection() -> Iterator[Any]:
    """A connection for the answers (`DUCKDB_CONFIG`), spilling into a folder of its own, closed on leaving."""
    import duckdb

    with tempfile.TemporaryDirectory(prefix="zhaoshang-answers-") as spill:
        connection = duckdb.connect(config={**DUCKDB_CONFIG, "temp_directory": spill})
        try:
            yield connection
        finally:
            connection.close()


def _answer(connection: Any, sql: str, data: Path, asking: Asking) -> tuple[list[str], list[tuple[Any, ...]]]:
    asking.ask(connection)
    tables = sorted(set(_TABLE_SOURCE.findall(sql)))
    files = {table: [str(path) for path in sorted((data / table).glob("*.parquet"))] for table in tables}
    query = _TABLE_SOURCE.sub(lambda found: f"read_parquet(${found.group(1)})", sql)
    result = connection.execute(query, files)
    return [column[0] for column in result.description], result.fetchall()


def cell(value: Any) -> str:
    """One answer value as the tables show it: integers without a point, dates in ISO, null empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if hasattr(value, "to_pydatetime"):  # a pandas timestamp, in a pandas line's table
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


def questions_markdown(data: Path, shown: str, asking: Asking | None = None, connection: Any = None) -> str:
    """The section: each question with its SQL and pandas line, `{data}` written as `shown`, answered on `data`
    (stopped by `asking`, if given; on `connection`, if given)."""
    parts = []
    asked = questions()
    answered = answers([item["sql"] for item in asked], data, asking, connection)
    for number, (item, (columns, rows)) in enumerate(zip(asked, answered, strict=True), 1):
        parts.append(
            f"**{number}. {item['question']}**\n\n"
            f"```sql\n{item['sql'].replace('{data}', shown)};\n```\n\n"
            f"```python\n{item['pandas'].replace('{data}', shown)}\n```\n\n"
            f"{answer_table(columns, rows)}"
        )
    return "\n".join(parts)
