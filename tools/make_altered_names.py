"""Write builder/data/altered_names.tsv: the division names OpenCC's t2s does not give back as they are.

Run when divisions.tsv or divisions_taiwan.tsv changes, or OpenCC is upgraded (`python
tools/make_altered_names.py`); `tests/test_clean.py` fails until then. Each row is a form t2s makes of a
name or of the name's Traditional form (s2t of it: 乾安县 → 干安县; 浚县 → 濬縣 → 濬县), of the name's length,
with the name and its Traditional form. `clean.script` gives the name back where the original wrote it; a
table, so that converting a text needs neither s2t nor three conversions of every name (50 ms, once a process).
"""

from __future__ import annotations

from pathlib import Path

import opencc

from builder.resources import DATA_DIR, data_tsv

NAME = "altered_names.tsv"
HEADER = (
    "# Division names t2s alters (form → name, the name's Traditional form): made by tools/make_altered_names.py\n"
    "# from divisions.tsv and divisions_taiwan.tsv with OpenCC; made again when they change.\n"
    "form\tname\ttraditional\n"
)


def altered_names() -> dict[str, tuple[str, str]]:
    """Each altered form, the first name (in sorted order) it is a form of, with that name's Traditional form."""
    names = sorted(
        {
            name
            for table in ("divisions.tsv", "divisions_taiwan.tsv")
            for row in data_tsv(table)
            for name in filter(None, (row["name"], *row["short_names"].split(",")))
        }
    )
    s2t, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    # Each conversion in one call over all the names, a line each.
    traditionals = s2t.convert("\n".join(names)).split("\n")
    converted = t2s.convert("\n".join(names)).split("\n")
    converted_back = t2s.convert("\n".join(traditionals)).split("\n")
    forms: dict[str, tuple[str, str]] = {}
    for name, traditional, *results in zip(names, traditionals, converted, converted_back, strict=True):
        for form in results:
            if form != name and len(form) == len(name) == len(traditional):
                forms.setdefault(form, (name, traditional))
    return forms


def table_text() -> str:
    return HEADER + "".join(f"{form}\t{name}\t{traditional}\n" for form, (name, traditional) in altered_names().items())


def main() -> None:
    path: Path = DATA_DIR / NAME
    path.write_text(table_text(), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
