"""`python -m builder.run.record_patterns`: record the patterns a parsing process compiles at its start
(builder/run/compiled_patterns.py), for the processes after it to take instead of compiling them; and those a
web page's reading compiles on the first page (some 80, 0.04 s), which the warm-up, a text capture, does not."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from builder.run import compiled_patterns

# Everything else of the builder is imported inside the recording, so that what its imports compile is recorded.
if TYPE_CHECKING:
    from builder.run.pipeline import Outcome


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
        _read_a_web_page()
    compiled_patterns.write_record(kept, record)
    compiled_patterns.write_readings(record)
    return len(kept)


def _read_a_web_page() -> Outcome:
    """The warm-up's sample as an article page (head, crumb, headline, info bar, paragraphs, footer), read."""
    from builder.read.capture import InputFile, ManifestEntry
    from builder.resources import DATA_DIR
    from builder.run.pipeline import WARM_UP, parse_bytes

    crumb, headline, info, *paragraphs = [
        html.escape(line) for line in (DATA_DIR / WARM_UP).read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    page = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{headline}</title></head><body>"
        f"<div class='crumb'>{crumb}</div><div class='article'><h1>{headline.split('_')[0]}</h1>"
        f"<div class='info'>{info}</div><div class='content'>{body}</div></div>"
        "<div class='footer'>主办单位：长兴县人民政府办公室 版权所有</div></body></html>"
    )
    url = "http://www.example.gov.cn/art/2023/5/12/art_1_1.html"
    return parse_bytes(InputFile(Path("warm_up.html"), "warm_up.html", ManifestEntry(url=url)), page.encode())


def main() -> int:
    """Record, or say why not: the record only saves time, so a folder that cannot be written (a read-only
    install) or a Python whose compiler is not the one this reads leaves the builder compiling as usual."""
    try:
        count = record_parser_start()
    except (OSError, AttributeError) as error:
        print(f"compiled patterns not recorded ({error}); every process compiles them itself", file=sys.stderr)
        return 0
    print(f"recorded {count} compiled patterns in {compiled_patterns.RECORD}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
