"""`python -m builder.run.record_patterns`: record the patterns a parsing process compiles at its start
(builder/run/compiled_patterns.py), for the processes after it to take instead of compiling them."""

from __future__ import annotations

import re
from pathlib import Path

from builder.run import compiled_patterns


def record_parser_start(record: Path = compiled_patterns.RECORD) -> int:
    """Record what a parsing process compiles at its start (the parser's imports and its warm-up); the number of
    patterns. Run in a process of its own that has not imported the parser yet."""
    compiled_patterns.uninstall()
    re.purge()
    with compiled_patterns.recording() as kept:
        from builder.run.engine import _import_parser
        from builder.run.pipeline import warm_up

        _import_parser()
        warm_up()
    compiled_patterns.write_record(kept, record)
    return len(kept)


if __name__ == "__main__":
    print(f"recorded {record_parser_start()} compiled patterns in {compiled_patterns.RECORD}")
