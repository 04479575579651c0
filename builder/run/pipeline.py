"""One capture → one record: capture → text → fields → record, or a quarantine entry with its reason.

`parse_input` (and `parse_bytes` for bytes in hand) is the per-capture function every engine runs;
it never raises for bad input.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from pydantic import ValidationError

from builder import __version__
from builder.clean.clean import LOST, CleanPage, Line, captions, clean, locate_damage
from builder.clean.punctuation import to_full_width
from builder.clean.script import detect_script
from builder.fields import dates, events, genre, industries, people, regions, relevance, sections, targets
from builder.fields.measures import measured
from builder.read.capture import (
    DEFAULT_MAX_BYTES,
    Capture,
    CaptureError,
    InputFile,
    ManifestEntry,
    content_id,
    read_capture,
    read_input,
)
from builder.record.models import (
    SCHEMA_VERSION,
    Article,
    Attendee,
    DateInfo,
    Person,
    Quality,
    QuarantineEntry,
    Region,
    Section,
    Source,
    Speaker,
    Target,
    Unrecoverable,
)
from builder.resources import DATA_DIR
from builder.sources import Header, pick

PersonLike = TypeVar("PersonLike", Person, Speaker, Attendee)
WARM_UP = "warm_up.txt"  # a sample capture of the genre in builder/data, parsed by `warm_up`


@dataclass(frozen=True)
class Outcome:
    article: Article | None = None
    quarantine: QuarantineEntry | None = None


def parse_input(item: InputFile, max_bytes: int = DEFAULT_MAX_BYTES) -> Outcome:
    """Read one input file and parse it; a file that cannot be read becomes a quarantine entry."""
    try:
        data = read_input(item, max_bytes)
    except CaptureError as error:
        return refused(item, error)
    return parse_bytes(item, data)


@cache
def warm_up() -> None:
    """Parse the builder's own sample capture (`data/warm_up.txt`), whose outcome is dropped, for what parsing loads
    on its first use: OpenCC's dictionaries, the divisions, the data files and their compiled patterns (about a
    fifth of a second). A process that forks parsing workers calls it first, so that they share all of it instead
    of each loading it on its first capture; a worker forked cold calls it before its first capture's clock starts.
    Once a process (or the one it was forked from) has run it, it does nothing."""
    sample = DATA_DIR / WARM_UP
    item = InputFile(sample, WARM_UP, ManifestEntry(url="http://www.example.gov.cn/art/2023/5/12/art_1_1.html"))
    parse_bytes(item, sample.read_bytes())


def refused(item: InputFile, error: CaptureError) -> Outcome:
    """An input that cannot be read (too large, unreadable, unsafe) as its quarantine entry."""
    return _quarantine(item.name, None, str(error))


def timed_out(item: InputFile, sha256: str | None, detail: str) -> Outcome:
    """An input whose outcome did not come in time as its `timeout` entry: it depends on the machine, so it is never
    cached and the next build tries again."""
    return _quarantine(item.name, sha256, f"timeout: {detail}")


def parse_bytes(item: InputFile, data: bytes, sha256: str | None = None) -> Outcome:
    """Decode, clean and parse one capture; every failure becomes a quarantine entry. `sha256`: the data's
    SHA-256 (hex) where the caller took it as it read them (a build does), so that it is not computed again."""
    sha = sha256 or hashlib.sha256(data).hexdigest()
    try:
        capture = read_capture(item, data, sha)
    except CaptureError as error:
        return _quarantine(item.name, sha, str(error))
    except Exception as error:  # a reader bug (a web page's heuristics) must cost one capture, never the build
        return _parser_error(item, sha, error)
    gate = relevance.never_mentions_subject(capture.text)
    if gate:  # before cleaning and parsing, which most pages of a crawl would cost for nothing
        return _quarantine(item.name, sha, f"off_topic: {gate}")
    try:
        return parse_capture(capture)
    except Exception as error:  # a parser bug must cost one capture, counted, never the build
        return _parser_error(item, sha, error)


def _parser_error(item: InputFile, sha: str, error: Exception) -> Outcome:
    return _quarantine(item.name, sha, f"parser_error: {type(error).__name__}: {error}")


def parse_capture(capture: Capture) -> Outcome:
    page = clean(capture.text)
    source = pick(capture, page)
    header = source.header(capture, page)
    if not header.body:
        return _quarantine(capture.file, capture.sha256, "no_text: nothing is left after cleaning")
    paragraphs = tuple(line.simplified for line in header.body)
    text_input = genre.TextInput(header.title, paragraphs)
    cue = genre.off_topic_cue(text_input, capture.text)
    if cue:
        return _quarantine(capture.file, capture.sha256, f"off_topic: {cue}")
    try:
        article = _record(capture, page, header, source.NAME, source.VERSION, text_input)
    except ValidationError as error:
        return _quarantine(capture.file, capture.sha256, "invalid_record: " + _first_error(error))
    return Outcome(article=article)


def _record(
    capture: Capture, page: CleanPage, header: Header, parser: str, version: str, text_input: genre.TextInput
) -> Article:
    paragraphs = text_input.paragraphs
    readable = _Readable()
    kind = genre.classify_genre(text_input)
    found = people.extract(people.PeopleInput(paragraphs, kind, header.title, header.subtitle, captions(page)))
    parts = sections.split(
        sections.SectionInput(
            paragraphs, kind, tuple(s.name for s in found.speakers), found.speaker.name if found.speaker else None
        )
    )
    text, offsets, fragments = locate_damage("\n".join(paragraphs), page.counts.unrecoverable)
    text_original = _with_lost_marked("\n".join(line.original for line in header.body))
    event = events.find_event(header.title, paragraphs)
    date = dates.resolve(dates.DateInput(header.date_lines, text, header.title, kind, capture.url, header.subtitle))
    region = regions.resolve(
        regions.RegionInput(header.title, event.sentence, text, header.outlet, capture.url, header.tag)
    )
    return Article(
        id=capture.manifest_id or content_id(capture.sha256),
        schema_version=SCHEMA_VERSION,
        dataset_version=__version__,
        title=readable(header.title),
        title_original=_restore_lost(header.title_original),
        title_source=header.title_source if header.title is not None else None,
        subtitle=readable(header.subtitle),
        outlet=header.outlet,
        site=header.site,
        genre=kind,
        script=detect_script(text_original, text),
        date=date,
        event_name=readable(event.name),
        region=region,
        speaker=_readable_positions(found.speaker),
        speakers=[_readable_positions(s) for s in found.speakers],
        attendees=[_readable_positions(a) for a in found.attendees],
        sections=[_readable_section(s, readable) for s in parts],
        targets=_readable_targets(
            targets.extract(
                targets.TargetInput(
                    tuple(tuple(s.paragraphs) for s in parts),
                    kind,
                    header.title,
                    date.year or (date.published.year if date.published else None),
                    tuple((s.heading, s.level) for s in parts),
                )
            ),
            date,
            region,
            readable,
        ),
        industries=industries.extract(industries.IndustryInput(paragraphs)),
        text=readable.lines(text),
        text_original=text_original,
        quality=_quality(page, header.body, offsets, fragments, date),
        source=Source(
            parser=parser,
            parser_version=version,
            file=capture.file,
            url=capture.url,
            sha256=capture.sha256,
            encoding=capture.encoding,
            retrieved_at=capture.retrieved_at,
        ),
    )


def _quality(
    page: CleanPage, body: tuple[Line, ...], offsets: list[int], fragments: list[str], date: DateInfo
) -> Quality:
    counts = page.counts
    warnings = []
    if date.year_inferred:
        warnings.append("year_inferred: the event's year comes from context")
    return Quality(
        truncated=counts.truncated,
        truncation=counts.reasons(),
        declared_length=counts.declared_length,
        elided_at=_elision_offsets(body),
        pinyin_removed=counts.pinyin_removed,
        noise_removed=counts.noise_removed,
        punctuation_removed=counts.punctuation_removed,
        boilerplate_removed=counts.boilerplate_removed,
        repaired=counts.repaired,
        unrecoverable=Unrecoverable(count=len(offsets), offsets=offsets, fragments=fragments),
        warnings=warnings,
    )


def _elision_offsets(body: tuple[Line, ...]) -> list[int]:
    offsets, position = [], 0
    for line in body:
        if line.elided_before:
            offsets.append(position)
        position += len(line.simplified) + 1
    return offsets


_PLACEHOLDER = re.compile("[\ue000-\uf8ff]")


def _restore_lost(text: str | None) -> str | None:
    return _with_lost_marked(text) if text is not None else None


def _with_lost_marked(text: str) -> str:
    return _PLACEHOLDER.sub(LOST, text)


class _Readable:
    """What users read (lost characters marked, standard Chinese punctuation), for one capture, each line made
    once: the sections' paragraphs are the text's lines again, and a sentence that holds many targets is the same
    for each of them. `to_full_width` never reads across a line break, so the text is made line by line."""

    def __init__(self) -> None:
        self._made: dict[str, str] = {}
        self._read: dict[str, str] = {}  # as `_made`, by the text before its lost characters are marked

    def __call__(self, text: str | None) -> str | None:
        if text is None:
            return None
        made = self._read.get(text)
        if made is None:
            made = self._read[text] = self._widened(_with_lost_marked(text))
        return made

    def lines(self, text: str) -> str:
        """A text whose lost characters are marked already, line by line."""
        return "\n".join(self._widened(line) for line in text.split("\n"))

    def _widened(self, text: str) -> str:
        made = self._made.get(text)
        if made is None:
            made = self._made[text] = to_full_width(text)
        return made


def _readable_section(section: Section, readable: _Readable) -> Section:
    return section.model_copy(
        update={"heading": readable(section.heading), "paragraphs": [readable(p) for p in section.paragraphs]}
    )


def _readable_positions(person: PersonLike | None) -> PersonLike | None:
    if person is None:
        return None
    return person.model_copy(update={"positions": [to_full_width(p) for p in person.positions]})


def _readable_targets(found: list[Target], date: DateInfo, region: Region, readable: _Readable) -> list[Target]:
    """Targets measured (`measures.measure`) and as users read them, in one copy each, validated: what measuring
    set is checked here, once, and the rows made of them (`tables.rows`) need no check of their own."""
    return [
        Target.model_validate(
            {**vars(t), **measured(t, date, region), "sentence": readable(t.sentence), "subject": readable(t.subject)}
        )
        for t in found
    ]


def _first_error(error: ValidationError) -> str:
    first = error.errors()[0]
    return f"{'.'.join(map(str, first['loc']))}: {first['msg']}"


def _quarantine(file: str, sha256: str | None, reason: str) -> Outcome:
    code, _, detail = reason.partition(": ")
    return Outcome(quarantine=QuarantineEntry(file=file, sha256=sha256, reason=code, detail=detail or None))
