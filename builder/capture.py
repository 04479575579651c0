"""Capture → text: find input files, read their manifests, decode their bytes, extract HTML text.

The first step of the one-way flow. Its output, `Capture`, carries the decoded text and everything
the page says about itself outside the body (HTML <title>, meta dates, manifest metadata).
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

CAPTURE_SUFFIXES = {".txt", ".html", ".htm"}
MANIFEST_NAME = "manifest.jsonl"
NOT_CAPTURES = {MANIFEST_NAME, "README.md"}


class CaptureError(Exception):
    """A capture that cannot become text; the message is its quarantine reason."""


@dataclass(frozen=True)
class ManifestEntry:
    url: str | None = None
    retrieved_at: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class InputFile:
    """One file to read, with the name it is known by in the dataset."""

    path: Path
    name: str
    meta: ManifestEntry = field(default_factory=ManifestEntry)


@dataclass(frozen=True)
class Capture:
    """A decoded capture, before cleaning."""

    file: str
    sha256: str
    encoding: str
    text: str
    url: str | None = None
    retrieved_at: str | None = None
    manifest_id: str | None = None
    html_title: str | None = None
    html_date: str | None = None


# ---------------------------------------------------------------- finding inputs


def read_manifest(folder: Path) -> tuple[dict[str, ManifestEntry], list[str]]:
    """Entries by file name, and one message per malformed line."""
    path = folder / MANIFEST_NAME
    entries: dict[str, ManifestEntry] = {}
    problems: list[str] = []
    if not path.is_file():
        return entries, problems
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            name = record["file"]
            if not isinstance(record, dict) or not isinstance(name, str):
                raise ValueError("not an object with a string 'file'")
        except (ValueError, KeyError, TypeError) as error:
            problems.append(f"{path}:{number}: malformed manifest line ({error})")
            continue
        entries[name] = ManifestEntry(
            url=record.get("url") or None,
            retrieved_at=record.get("retrieved_at") or None,
            id=record.get("id") or None,
        )
    return entries, problems


def find_inputs(paths: list[Path]) -> tuple[list[InputFile], list[str]]:
    """Every capture under `paths`, sorted by name, and the manifest problems met on the way."""
    found: list[InputFile] = []
    problems: list[str] = []
    for root in paths:
        if root.is_file():
            found.append(InputFile(root, root.name))
            continue
        manifest, manifest_problems = read_manifest(root)
        problems.extend(manifest_problems)
        for path in sorted(root.rglob("*")):
            if not path.is_file() or path.name in NOT_CAPTURES or path.suffix.lower() not in CAPTURE_SUFFIXES:
                continue
            relative = path.relative_to(root).as_posix()
            name = f"{root.name}/{relative}"
            found.append(InputFile(path, name, manifest.get(relative, ManifestEntry())))
    found.sort(key=lambda f: f.name)
    return found, problems


# ---------------------------------------------------------------- decoding

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_LEGACY_CHINESE = ("gb18030", "big5")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


def _common_ratio(text: str) -> float:
    """Share of CJK characters that are everyday characters in GB2312 level 1 or Big5 level 1.

    Bytes decoded with the wrong legacy codec still give CJK characters, but rare ones: this is
    what tells a GBK page from a Big5 page.
    """
    cjk = common = 0
    for char in text:
        if "\u4e00" <= char <= "\u9fff":
            cjk += 1
            if _is_common(char):
                common += 1
    return common / cjk if cjk else 0.0


def _is_common(char: str) -> bool:
    try:
        gb = char.encode("gb2312")
        if 0xB0 <= gb[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        big5 = char.encode("big5")
        return 0xA440 <= int.from_bytes(big5, "big") <= 0xC67E
    except UnicodeEncodeError:
        return False


def decode(data: bytes) -> tuple[str, str]:
    """Text and the name of the encoding it was decoded with; CaptureError when none fits."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise CaptureError(
                    f"undecodable: starts with a {encoding} byte-order mark but {error.reason}"
                ) from None
    declared = _META_CHARSET.search(data[:4096])
    candidates = ["utf-8"]
    if declared:
        candidates.append(_normalise_codec(declared.group(1).decode("ascii")))
    candidates.extend(_LEGACY_CHINESE)
    decoded: list[tuple[str, str]] = []
    for encoding in dict.fromkeys(candidates):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if encoding == "utf-8":
            return text, encoding
        decoded.append((text, encoding))
    if not decoded:
        raise CaptureError("undecodable: not valid UTF-8, GB18030 or Big5")
    return max(decoded, key=lambda pair: _common_ratio(pair[0]))


def _normalise_codec(name: str) -> str:
    name = name.lower()
    if name in {"gb2312", "gbk", "x-gbk", "gb18030"}:
        return "gb18030"
    if name in {"big5", "big5-hkscs", "x-x-big5"}:
        return "big5"
    return name


# ---------------------------------------------------------------- HTML

_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "title",
}
_SKIPPED_TAGS = {"script", "style", "noscript", "template", "head", "iframe", "svg", "object"}
_DATE_META = {
    "article:published_time",
    "article:modified_time",
    "pubdate",
    "publishdate",
    "publish_date",
    "date",
    "dc.date",
    "dcterms.date",
    "og:release_date",
    "firstpublishedtime",
}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.skip_depth = 0
        self.in_title = False
        self.date: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in _SKIPPED_TAGS:
            self.skip_depth += 1
        elif tag == "meta":
            values = {k.lower(): (v or "") for k, v in attrs}
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key in _DATE_META and self.date is None and values.get("content"):
                self.date = values["content"].strip()
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in _SKIPPED_TAGS and self.skip_depth:
            self.skip_depth -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skip_depth:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<head" in head


def html_to_text(html: str) -> tuple[str, str | None, str | None]:
    """Body text (scripts, styles and comments dropped), the <title>, and a meta date."""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    lines = (re.sub(r"[ \t\u3000\xa0]+", " ", line).strip() for line in "".join(extractor.parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    title = re.sub(r"\s+", " ", "".join(extractor.title_parts)).strip() or None
    return text, title, extractor.date


# ---------------------------------------------------------------- reading one capture


def read_capture(item: InputFile, data: bytes) -> Capture:
    """Decode one input; raises CaptureError with the quarantine reason."""
    sha = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise CaptureError("empty: the file has no content")
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise CaptureError("binary: the file contains NUL bytes")
    text, encoding = decode(data)
    html_title = html_date = None
    if item.path.suffix.lower() in {".html", ".htm"} or looks_like_html(text):
        text, html_title, html_date = html_to_text(text)
    return Capture(
        file=item.name,
        sha256=sha,
        encoding=encoding,
        text=text,
        url=item.meta.url,
        retrieved_at=item.meta.retrieved_at,
        manifest_id=item.meta.id,
        html_title=html_title,
        html_date=html_date,
    )
