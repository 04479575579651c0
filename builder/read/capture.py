"""Capture → text: find input files, read their manifests, decode their bytes; a web page's
article, headline, date and outlet come from builder/read/html.py.

The first step of the one-way flow. Its output, `Capture`, carries the decoded text and everything
the page says about itself outside the body (`page`: headline and its source, date, outlet, info
bar; manifest metadata).
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING

from builder.read.text_formats import as_plain_text
from builder.read.warc import captures_in, is_warc, read_record

if TYPE_CHECKING:  # lexbor and the page's patterns are loaded where a web page is read, not for every build's start
    from builder.read.html import Page

CAPTURE_SUFFIXES = {".txt", ".html", ".htm"}
# Captures are web pages of a few thousand characters; a file this large is not one (--max-bytes).
DEFAULT_MAX_BYTES = 5_000_000
MANIFEST_NAME = "manifest.jsonl"
NOT_CAPTURES = {MANIFEST_NAME, "README.md"}


class CaptureError(Exception):
    """A capture that cannot become text; the message is its quarantine reason."""


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    url: str | None = None
    retrieved_at: str | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class InputFile:
    """One file to read, with the name it is known by in the dataset.

    `refused` says why the file must not be read at all (a symlink leading out of its folder);
    the build quarantines it with that reason.
    """

    path: Path
    name: str
    meta: ManifestEntry = field(default_factory=ManifestEntry)
    refused: str | None = None
    warc_offset: int | None = None  # a response inside a web archive, read from there
    text_record: bool = False  # that record is a WET file's text (a conversion record), read as a text capture
    charset: str | None = None  # what the HTTP header declared


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
    page: Page | None = None  # what a web page's markup says: headline, its source, outlet, info bar


# ---------------------------------------------------------------- finding inputs


def read_manifest(folder: Path, claimed: dict[str, str] | None = None) -> tuple[dict[str, ManifestEntry], list[str]]:
    """Entries by file name, and one message per malformed or unsafe line.

    `claimed`: the ids earlier lines (of this or earlier manifests) gave, with where; a line whose id
    is taken keeps its other fields, and its capture keeps the id of its content, so a copy-paste slip
    can never make two captures one article. Likewise a line whose id has the form of a content id but
    is not its own file's: it could be another capture's, and only the same bytes may share an id.
    """
    claimed = {} if claimed is None else claimed
    path = folder / MANIFEST_NAME
    entries: dict[str, ManifestEntry] = {}
    problems: list[str] = []
    if not path.is_file():
        return entries, problems
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{printable_name(str(path))}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("file"), str):
                raise ValueError("not an object with a string 'file'")
        except ValueError as error:
            problems.append(f"{where}: malformed manifest line ({error}); line ignored")
            continue
        name = record["file"]
        unsafe = _unsafe_manifest_path(name)
        if unsafe:
            problems.append(f"{where}: {unsafe}: {name!r}; line ignored")
            continue
        wanted = _own_if_content_id(record.get("id"), folder, name, where, problems)
        entries[PurePosixPath(name).as_posix()] = ManifestEntry(
            url=_text_or_none(record.get("url")),
            retrieved_at=_text_or_none(record.get("retrieved_at")),
            id=_unclaimed_id(wanted, where, claimed, problems),
        )
    return entries, problems


def _own_if_content_id(asked: object, folder: Path, name: str, where: str, problems: list[str]) -> str | None:
    """The id a line asks for, unless it has the form of a content id and is not its own file's (reported)."""
    wanted = _text_or_none(asked)
    if wanted is None or not _CONTENT_ID.fullmatch(wanted):
        return wanted
    own = _file_content_id(folder, folder / name)
    if wanted == own:
        return wanted
    problems.append(
        f"{where}: id {wanted!r} has the form of a content id but is not its file's "
        f"({own or 'no readable file'}); the file keeps the id of its content"
    )
    return None


def _unclaimed_id(wanted: str | None, where: str, claimed: dict[str, str], problems: list[str]) -> str | None:
    """The manifest id a line asks for, unless an earlier line took it (reported; the content's id is used)."""
    if wanted is None:
        return None
    if wanted in claimed:
        problems.append(
            f"{where}: id {wanted!r} already given at {claimed[wanted]}; the file keeps the id of its content"
        )
        return None
    claimed[wanted] = where
    return wanted


def content_id(sha256: str) -> str:
    """An article's id when no manifest gives one: its capture's bytes, so a rebuild keeps it."""
    return sha256[:16]


_CONTENT_ID = re.compile("[0-9a-f]{16}")


def _file_content_id(folder: Path, file: Path) -> str | None:
    """The content id of a regular file inside `folder` (None for anything else: it will not be read either)."""
    try:
        target = file.resolve()
        if not target.is_relative_to(folder.resolve()) or not target.is_file():
            return None
        digest = hashlib.sha256()
        with target.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return content_id(digest.hexdigest())


def _unsafe_manifest_path(name: str) -> str | None:
    """Why a manifest's `file` may not be used: it must name a file inside the manifest's folder."""
    path = PurePosixPath(name.replace("\\", "/"))
    if path.is_absolute() or PureWindowsPath(name).drive:
        return "absolute path"
    if ".." in path.parts:
        return "path outside the folder"
    return None


def _text_or_none(value: object) -> str | None:
    return str(value) if isinstance(value, (str, int, float)) and str(value) else None


class Inputs:
    """The captures under some paths, found while they are taken: never held as one list, so memory does
    not grow with the corpus. Paths are taken in order of their names; inside a folder, entries in order
    of name (a folder as its name and "/"), so the captures come sorted by their names in the dataset.
    `problems` fills as the walk goes.

    Folders are walked without following symlinked folders, so a symlink loop cannot hang the
    build; a symlinked file that leads out of its input folder is listed but refused.
    """

    def __init__(self, paths: list[Path]) -> None:
        self.problems: list[str] = []
        self.paths = sorted(self._each_once(paths), key=lambda path: printable_name(path.name))

    def _each_once(self, paths: list[Path]) -> list[Path]:
        """The paths without those that name one given before (the same folder twice, or by another name): walked
        twice, every capture in it was set aside as a duplicate of itself."""
        seen: set[Path] = set()
        kept = []
        for path in paths:
            resolved = path.resolve()
            if resolved in seen:
                self.problems.append(f"{printable_name(str(path))}: given more than once, taken once")
            else:
                seen.add(resolved)
                kept.append(path)
        return kept

    def __iter__(self) -> Iterator[InputFile]:
        claimed: dict[str, str] = {}  # manifest ids are unique across every folder of a build
        for root in self.paths:
            if root.is_file():
                if is_warc(root):
                    yield from archive_inputs(root, printable_name(root.name), self.problems)
                else:
                    yield InputFile(root, printable_name(root.name))
                continue
            manifest, manifest_problems = read_manifest(root, claimed)
            self.problems.extend(manifest_problems)
            yield from self._walk(root, root, manifest, root.resolve())

    def _walk(self, root: Path, folder: Path, manifest: dict[str, ManifestEntry], inside: Path) -> Iterator[InputFile]:
        try:
            listing = _Listing.of(folder)
        except OSError as error:
            self.problems.append(f"unreadable: {error}")
            return
        prefix = "" if folder == root else folder.relative_to(root).as_posix() + "/"
        for key in listing:
            name = key.removesuffix("/")
            path = folder / name
            symlink = name in listing.symlinks
            if key.endswith("/"):
                if symlink:
                    self.problems.append(f"{printable_name(str(path))}: symlinked folder not followed")
                else:
                    yield from self._walk(root, path, manifest, inside)
                continue
            relative = prefix + name
            if is_warc(path) and not (symlink and _refusal(path, inside)):
                yield from archive_inputs(path, printable_name(f"{root.name}/{relative}"), self.problems)
            elif name not in NOT_CAPTURES and path.suffix.lower() in CAPTURE_SUFFIXES:
                meta = manifest.get(relative, ManifestEntry())
                refused = _refusal(path, inside) if symlink else None
                yield InputFile(path, printable_name(f"{root.name}/{relative}"), meta, refused)


@dataclass(frozen=True)
class _Listing:
    """A folder's entries in the order a walk takes them (`_sort_key`), as one string of their keys, each ended by
    NUL, which no name holds. As a list of tuples, a folder of 200,000 captures took 27 MiB of the building
    process for the whole walk, and every worker forked meanwhile kept a copy to its end; so it takes 4 MiB."""

    packed: str
    symlinks: frozenset[str]

    @classmethod
    def of(cls, folder: Path) -> _Listing:
        symlinks: set[str] = set()
        keys: list[str] = []
        with os.scandir(folder) as entries:
            for entry in entries:
                keys.append(_sort_key(entry))
                if entry.is_symlink():
                    symlinks.add(entry.name)
        keys.sort()
        return cls("".join(key + "\0" for key in keys), frozenset(symlinks))

    def __iter__(self) -> Iterator[str]:
        start = 0
        while (end := self.packed.find("\0", start)) >= 0:
            yield self.packed[start:end]
            start = end + 1


def _sort_key(entry: os.DirEntry[str]) -> str:
    """An entry's name, and "/" after a folder's (or a symlink to one; not a symlink loop, as `os.walk`
    judges), so that a walk in this order gives the captures sorted by their relative paths."""
    try:
        folder = entry.is_dir()
    except OSError:
        folder = False
    return entry.name + "/" if folder else entry.name


def find_inputs(paths: list[Path]) -> tuple[list[InputFile], list[str]]:
    """Every capture under `paths` as a list, in the order `Inputs` finds them, and the problems met on the way."""
    found = Inputs(paths)
    return list(found), found.problems


def printable_name(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (a GBK name from an old zip) shown as \\xNN."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def archive_inputs(path: Path, name: str, problems: list[str]) -> list[InputFile]:
    """One input per HTML response in a web archive or text record in a WET file; the records skipped are reported,
    counted by why."""
    shown = printable_name(str(path))  # a name in no UTF-8 (a GBK one) would stop the report's writing
    try:
        records, skipped, unread = captures_in(path)
    except Exception as error:  # warcio raises several types for a damaged archive
        problems.append(f"{shown}: not a readable web archive ({type(error).__name__}: {error})")
        return []
    if skipped:
        problems.append(f"{shown}: skipped " + ", ".join(f"{n} {why}" for why, n in sorted(skipped.items())))
    if unread > 0:
        problems.append(f"{shown}: {unread} bytes after the last whole record could not be read (cut short or damaged)")
    return [
        InputFile(
            path,
            f"{name}#{record.offset}",
            ManifestEntry(url=record.url, retrieved_at=record.date),
            warc_offset=record.offset,
            text_record=record.text_record,
            charset=record.charset,
        )
        for record in records
    ]


def _refusal(path: Path, inside: Path) -> str | None:
    if not path.is_symlink():
        return None
    target = path.resolve()
    if not target.is_relative_to(inside):
        return "unsafe_path: a symlink leading outside the input folder"
    return None if target.is_file() else "unreadable: a symlink to nothing"


def read_input(item: InputFile, max_bytes: int) -> bytes:
    """The file's bytes, unless it is refused, larger than `max_bytes` or unreadable (CaptureError)."""
    if item.refused:
        raise CaptureError(item.refused)
    if item.warc_offset is not None:
        return _archived(item, max_bytes)
    try:
        status = item.path.stat()
        if not stat.S_ISREG(status.st_mode):  # a FIFO or device would block or never end
            raise CaptureError("unreadable: not a regular file")
        size = status.st_size
        if size > max_bytes:
            raise CaptureError(f"too_large: {size} bytes, over the limit of {max_bytes} (--max-bytes)")
        with item.path.open("rb") as handle:
            # Read what stat saw, plus whatever was appended since (up to the limit): reading
            # `max_bytes` at once would allocate that much for every small file.
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(max_bytes + 1 - len(data))
    except OSError as error:
        raise CaptureError(f"unreadable: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise CaptureError(f"too_large: over the limit of {max_bytes} bytes (--max-bytes)")
    return data


def _archived(item: InputFile, max_bytes: int) -> bytes:
    try:
        data = read_record(item.path, item.warc_offset or 0, max_bytes)
    except Exception as error:  # warcio raises several types for a damaged record
        raise CaptureError(f"unreadable: a damaged archive record ({type(error).__name__})") from None
    if len(data) > max_bytes:
        raise CaptureError(f"too_large: over the limit of {max_bytes} bytes (--max-bytes)")
    return data


# ---------------------------------------------------------------- decoding

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_LEGACY_CHINESE = ("gb18030", "big5")
# Real GBK or Big5 text is over 90% everyday characters; bytes decoded with the wrong codec are not.
_LEGACY_CONFIDENCE = 0.6
_UTF8_LONGEST = 4
LOST = "\ufffd"
_CHINESE_CHARACTER = re.compile("[\u4e00-\u9fff]")
_MIN_CHINESE = 20
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


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Text and the name of the encoding it was decoded with; CaptureError when none fits.

    UTF-8 that is valid but for a character cut off at the very end keeps its text, with U+FFFD
    for the cut character (the cleaner counts and locates it). A legacy Chinese encoding is taken
    only when the text it gives is made of everyday characters, so bytes that merely happen to be
    valid GB18030 are refused rather than mis-decoded.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise CaptureError(
                    f"undecodable: starts with a {encoding} byte-order mark but {error.reason}"
                ) from None
    header = _declared_text(data, declared)
    if header is not None:
        return header
    utf8 = _utf8(data)
    if utf8 is not None:
        return utf8, "utf-8"
    meta = _META_CHARSET.search(data[:4096])
    candidates = [_normalise_codec(meta.group(1).decode("ascii"))] if meta else []
    decoded: list[tuple[float, str, str]] = []
    for encoding in dict.fromkeys([*candidates, *_LEGACY_CHINESE]):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        decoded.append((_common_ratio(text), text, encoding))
    if not decoded:
        raise CaptureError("undecodable: not valid UTF-8, GB18030 or Big5")
    ratio, text, encoding = max(decoded, key=lambda found: found[0])
    if ratio < _LEGACY_CONFIDENCE:
        raise CaptureError(
            f"undecodable: not UTF-8, and as {encoding} only {ratio:.0%} of its Chinese characters are everyday ones"
        )
    return text, encoding


def _declared_text(data: bytes, declared: str | None) -> tuple[str, str] | None:
    """The text in the encoding an HTTP header declares, when the bytes bear it out."""
    encoding = _normalise_codec(declared or "")
    if encoding not in {"utf-8", *_LEGACY_CHINESE}:  # a Western charset on a Chinese page is a server default
        return None
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    legacy = encoding in _LEGACY_CHINESE
    return (text, encoding) if not legacy or _common_ratio(text) >= _LEGACY_CONFIDENCE else None


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        cut = error.start >= len(data) - _UTF8_LONGEST and error.reason == "unexpected end of data"
        return data[: error.start].decode("utf-8") + LOST if cut else None


def _normalise_codec(name: str) -> str:
    name = name.lower()
    if name in {"gb2312", "gbk", "x-gbk", "gb18030"}:
        return "gb18030"
    if name in {"big5", "big5-hkscs", "x-x-big5"}:
        return "big5"
    return name


# ---------------------------------------------------------------- HTML


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<head" in head


# ---------------------------------------------------------------- reading one capture


# Characters no reader sees but every rule trips on, and which can turn a title around on screen (bidirectional
# overrides and isolates): C0 and C1 controls but tab and line breaks, zero-width and joining marks, a byte-order
# mark inside the text. Vertical tabs, form feeds, line and paragraph separators are line breaks.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_LINE_BREAKS = re.compile("[\r\x0b\x0c\x85\u2028\u2029]")


def visible(text: str) -> str:
    """The text without invisible control and formatting characters; a Windows or an old Mac line end and Unicode's
    other line breaks as newlines, before any step reads a line's end (a jammer's or pinyin's pattern ends at `$`,
    which a carriage return before the newline hides)."""
    return _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", text.replace("\r\n", "\n")))


def read_capture(item: InputFile, data: bytes, sha256: str | None = None) -> Capture:
    """Decode one input; raises CaptureError with the quarantine reason. `sha256`: the data's SHA-256 (hex), where
    the caller has it already."""
    sha = sha256 or hashlib.sha256(data).hexdigest()
    if not data:
        raise CaptureError("empty: the file has no content")
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise CaptureError("binary: the file contains NUL bytes")
    text, encoding = decode(data, item.charset)
    text = visible(text)  # before HTML is read too: a title or a meta date can carry them as well
    if not text.strip():
        raise CaptureError("blank: the file holds only white space")
    page = None
    if _is_page(item, text):
        from builder.read.html import read_page

        page = read_page(text)
        text = page.text
    else:
        text = as_plain_text(text)  # a subtitle file's or a Markdown clip's marks out
    if next(islice(_CHINESE_CHARACTER.finditer(text), _MIN_CHINESE - 1, None), None) is None:  # stops at enough
        chinese = len(_CHINESE_CHARACTER.findall(text))
        raise CaptureError(f"not_chinese: {chinese} Chinese characters in {len(text)}")
    return Capture(
        file=item.name,
        sha256=sha,
        encoding=encoding,
        text=text,
        url=item.meta.url,
        retrieved_at=item.meta.retrieved_at,
        manifest_id=_not_another_content_id(item.meta.id, sha),
        html_title=page.html_title if page else None,
        html_date=page.published if page else None,
        page=page,
    )


def _is_page(item: InputFile, text: str) -> bool:
    """Read as a web page: an .html file, a web archive's response (not a WET file's text), or text that is HTML."""
    archived_page = item.warc_offset is not None and not item.text_record
    return item.path.suffix.lower() in {".html", ".htm"} or archived_page or looks_like_html(text)


def _not_another_content_id(manifest_id: str | None, sha256: str) -> str | None:
    """The manifest's id, unless it is another content's id: the file changed after its manifest was read."""
    if manifest_id is not None and _CONTENT_ID.fullmatch(manifest_id) and manifest_id != content_id(sha256):
        return None
    return manifest_id
