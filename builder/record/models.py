"""Schema v1 of one article: the single source every other form of the schema is generated from.

`builder.record.schema` turns these models into JSON Schema, the Arrow schema the writer uses, the
`datasets` Features and the card's `dataset_info`. Field names and meanings are pinned by SPEC.md;
change one and the schema version moves (CHANGELOG.md says how).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.2.0"

Genre = Literal["news_report", "speech", "document"]
Script = Literal["traditional", "simplified", "mixed"]
TitleSource = Literal["h1", "heading", "og_title", "html_title", "first_line"]
SpeakerRole = Literal["spoke", "presided"]
AttendeeRole = Literal["presided", "attended"]
TargetKind = Literal["quantity", "deadline", "ranking"]
TargetStatus = Literal["goal", "result", "unknown"]
YearSource = Literal["text", "title", "event_name", "dateline", "page_date", "url", "context"]
Truncation = Literal["paywall", "elided", "mid_sentence", "declared_length"]
# `declared_length` truncation: pages count their declared length with headline, spaces and furniture; well
# above what is here is a cut. Here, not in the cleaner, because reading an old row (`migrate`) applies it too.
DECLARED_SLACK = 1.25
DeadlineBasis = Literal["text", "event_year", "next_year", "event_month", "event_date", "plan"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DateInfo(_Model):
    """When the page was published and when the meeting or speech took place."""

    published: dt.date | None = Field(None, description="Date the page states for itself (publication or update).")
    event: dt.date | None = Field(None, description="Day of the meeting or speech, when resolved to a day.")
    year: int | None = Field(None, description="Year of the event, as far as the text determines it.")
    month: int | None = Field(None, ge=1, le=12, description="Month of the event.")
    day: int | None = Field(None, ge=1, le=31, description="Day of the month of the event.")
    year_inferred: bool = Field(False, description="True when the year comes from context, not from the text.")
    expression: str | None = Field(None, description="The event date as written (昨日下午, 12月5日).")
    year_source: YearSource | None = Field(
        None,
        description=(
            "Where the year came from: text (stated with the event's day), title, event_name (the meeting's "
            "name), dateline (a speech's or report's dateline), page_date (the page's own date), url (the page's "
            "address) or context (a period in the text, 十四五开局 ...); null when there is no year."
        ),
    )


class Region(_Model):
    """The area whose investment work the text is about."""

    province: str | None = Field(None, description="Province-level division, full name.")
    city: str | None = Field(None, description="Prefecture-level division, full name.")
    county: str | None = Field(None, description="County-level division, full name (never a development zone).")
    code: str | None = Field(None, description="6-digit administrative division code of the most specific level.")
    evidence: str | None = Field(
        None,
        description="The words in the capture that decided the region (邳州, 东阳融媒, 全县 with 宁都县), or "
        "`url: ` and the part of the page's address that named it (url: pizhou) when the text names no place.",
    )


class Person(_Model):
    """The principal speaker."""

    name: str = Field(description="Name as written, Simplified.")
    positions: list[str] = Field(default_factory=list, description="Positions as written next to the name.")


class Industry(_Model):
    """An industry the text names as a target for investment."""

    name: str = Field(description="The industry in the controlled vocabulary (data file industries.tsv).")
    raw: str = Field(description="The industry as the text writes it, Simplified.")


class Speaker(_Model):
    """A person the text credits with words."""

    name: str = Field(description="Name as written, Simplified.")
    positions: list[str] = Field(default_factory=list, description="Positions as written next to the name.")
    roles: list[SpeakerRole] = Field(description="spoke, and presided when the person also chaired.")


class Attendee(_Model):
    """A person named at the event who is not credited with words."""

    name: str = Field(description="Name as written, Simplified.")
    positions: list[str] = Field(default_factory=list, description="Positions as written next to the name.")
    role: AttendeeRole = Field(description="presided or attended.")


class Section(_Model):
    """One block of the body: an outline item of a speech, or a block of a report led by a speaker."""

    heading: str | None = Field(None, description="The heading as written, without its outline number.")
    level: int = Field(
        ge=0, description="0 for text before the first heading, 1 for top-level headings, deeper is higher."
    )
    speaker: str | None = Field(None, description="Name of the person the block's words belong to.")
    paragraphs: list[str] = Field(description="Clean Simplified paragraphs of the block.")


class Target(_Model):
    """A quantified goal, result, deadline or ranking."""

    kind: TargetKind = Field(description="quantity, deadline or ranking.")
    status: TargetStatus = Field(
        description="goal (to be achieved: 力争, 确保, 计划, a deadline set), result (achieved or reported: 完成, 已, "
        "累计, a ranking obtained) or unknown (the text does not tell)."
    )
    subject: str | None = Field(
        None,
        description="What the figure counts or measures, as written: the noun phrase governing it in its clause "
        "(签约项目 for 签约项目23个, 客商 for 120余名客商), without qualifiers, scope or verbs of attainment.",
    )
    value: float | None = Field(None, description="The number, or null when redacted or not numeric.")
    value_text: str | None = Field(None, description="The figure as written, in Arabic digits; X for redacted.")
    unit: str | None = Field(None, description="Unit as written (个, 亿元, %, 名 ...).")
    qualifier: str | None = Field(None, description="以上, 不少于, 超过, 力争 ... as written.")
    deadline_text: str | None = Field(None, description="The deadline as written (3月底前, “十一”前).")
    sentence: str | None = Field(description="The sentence the target stands in; null in a text-free build.")
    section_index: int | None = Field(None, ge=0, description="Index into sections of the sentence's section.")
    amount: float | None = Field(
        None,
        description=(
            "The figure in the base unit of `amount_unit`: yuan for 万元/亿元 (5亿元 → 500000000), dollars for 万美元, "
            "the count for a count unit (万 multiplied out: 3万人次 → 30000), the figure for %; null for a range, "
            "a redacted figure or a figure without a unit (`amount_missing` says which). Qualifiers never change it."
        ),
    )
    amount_low: float | None = Field(None, description="Low end of a range (3-5亿元 → 300000000), in the base unit.")
    amount_high: float | None = Field(None, description="High end of a range (3-5亿元 → 500000000), in the base unit.")
    currency: str | None = Field(
        None, description="ISO 4217 code of a money figure (CNY, USD, EUR, HKD ...); null for counts and %."
    )
    amount_unit: str | None = Field(
        None, description="The unit `amount` counts in: 元, 美元 ... for money; 个, 人次, 亩, %; null for a bare number"
    )
    amount_missing: str | None = Field(
        None, description="Why `amount` is null for a figure: redacted, range, no_unit or not_a_number."
    )
    deadline_date: dt.date | None = Field(
        None,
        description=(
            "The last day of the period the deadline means (年底 → 31 December of the event's year), from "
            "`deadline_text`; null when the words or the event's date do not determine it."
        ),
    )
    deadline_basis: DeadlineBasis | None = Field(
        None,
        description=(
            "What completed `deadline_date`: text (the words give the year), event_year, next_year (a month "
            "already past at the event), event_month (月底), event_date (三年内: the event's day plus the years), "
            "plan (a five-year plan's last day)."
        ),
    )


class Unrecoverable(_Model):
    """Damage the cleaner could not repair, counted and located."""

    count: int = Field(0, ge=0, description="How many damaged runs remain.")
    offsets: list[int] = Field(default_factory=list, description="Offsets in `text` of U+FFFD marking each run.")
    fragments: list[str] = Field(default_factory=list, description="Each damaged run as captured.")


class Quality(_Model):
    """What the cleaner found and did."""

    truncated: bool = Field(False, description="The text is cut short, for any reason `truncation` gives.")
    truncation: list[Truncation] = Field(
        default_factory=list,
        description=(
            "Why the text is cut short, in this order: paywall (the page stops at a paid-preview marker), "
            "elided (text left out between parts shown), mid_sentence (the capture stops inside a sentence "
            "or at a heading, with no byline, copyright or print line after it), declared_length (the page "
            "declares a full length well above what is present); empty when the text is whole."
        ),
    )
    declared_length: int | None = Field(None, ge=0, description="Full length in characters the page declares.")
    elided_at: list[int] = Field(default_factory=list, description="Offsets in `text` where the page left text out.")
    pinyin_removed: int = Field(0, ge=0, description="Pinyin annotations removed.")
    noise_removed: int = Field(0, ge=0, description="Anti-copy noise and injected keyword fragments removed.")
    punctuation_removed: int = Field(0, ge=0, description="Injected punctuation marks removed.")
    boilerplate_removed: int = Field(0, ge=0, description="Navigation, byline, footer and comment lines removed.")
    repaired: int = Field(0, ge=0, description="Damaged runs repaired from the data file of known damage.")
    unrecoverable: Unrecoverable = Field(default_factory=Unrecoverable)
    warnings: list[str] = Field(default_factory=list, description="Anything a reader should know.")


class Source(_Model):
    """Where the record came from and how it was made."""

    parser: str = Field(description="Name of the parser that read the capture.")
    parser_version: str = Field(description="Version of that parser.")
    file: str = Field(description="Path of the capture relative to its input folder.")
    url: str | None = Field(None, description="Where the capture was taken from.")
    sha256: str = Field(description="SHA-256 of the capture's bytes.")
    encoding: str = Field(description="Encoding the bytes were decoded with.")
    retrieved_at: str | None = Field(None, description="When the capture was taken, as given by its manifest.")


class Article(_Model):
    """One article of the corpus (schema v1)."""

    id: str = Field(description="Stable across builds for the same capture.")
    schema_version: str = Field(description="Semver of this schema.")
    dataset_version: str = Field(description="Version of the builder that made this release of the dataset.")
    title: str | None = Field(None, description="Headline the capture shows, Simplified; null when none.")
    title_original: str | None = Field(None, description="The headline in the capture's script, cleaned.")
    title_source: TitleSource | None = Field(
        None,
        description=(
            "What decided the headline: h1 (a web page's headline element: its <h1>, or a publishing platform's "
            "headline markup), heading (another heading the page's <title> agrees with), og_title, html_title "
            "(the <title> without the site's name), first_line (a headline line at the top of the text, plain "
            "text or web page); null when there is no title."
        ),
    )
    subtitle: str | None = Field(None, description="Second headline line, Simplified.")
    outlet: str | None = Field(None, description="Publisher the text names as source.")
    site: str | None = Field(None, description="Website the capture came from, where known.")
    genre: Genre = Field(
        description=(
            "news_report (third-person reporting), speech (delivered to an audience: 讲话, 致辞, 发言) or "
            "document (a written official document: 通知, 通报, 意见, 办法, 工作总结, 汇报材料)."
        )
    )
    script: Script = Field(description="Script of the capture: traditional, simplified or mixed.")
    date: DateInfo
    event_name: str | None = Field(None, description="The meeting's name.")
    region: Region
    speaker: Person | None = Field(None, description="Principal speaker, or null.")
    speakers: list[Speaker] = Field(default_factory=list, description="People credited with words, in order.")
    attendees: list[Attendee] = Field(default_factory=list, description="Everyone else named at the event.")
    sections: list[Section] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    industries: list[Industry] = Field(
        default_factory=list, description="Industries named as investment targets: normalised name and as written."
    )
    text: str | None = Field(description="Clean body, Simplified; null in a text-free build (--no-text).")
    text_original: str | None = Field(
        description="Clean body in the capture's script; null in a text-free build (--no-text)."
    )
    quality: Quality
    source: Source


class _Versioned(_Model):
    schema_version: str = Field(description="Semver of the schema.")
    dataset_version: str = Field(description="Version of the builder that made this release of the dataset.")


class ArticleContext(_Model):
    """Where and when: the article's fields copied onto each row of a flat table, so that a row answers by itself."""

    region_code: str | None = Field(None, description="Copy of the article's `region.code`.")
    province: str | None = Field(None, description="Copy of the article's `region.province`.")
    city: str | None = Field(None, description="Copy of the article's `region.city`.")
    county: str | None = Field(None, description="Copy of the article's `region.county`.")
    event_date: dt.date | None = Field(None, description="Copy of the article's `date.event`.")
    year: int | None = Field(None, description="Copy of the article's `date.year` (the event's year).")
    genre: Genre | None = Field(None, description="Copy of the article's `genre`.")
    outlet: str | None = Field(None, description="Copy of the article's `outlet`.")


class TargetRow(Target, ArticleContext, _Versioned):
    """One row of the flat `targets` table."""

    article_id: str = Field(description="The article's id.")
    target_index: int = Field(ge=0, description="Position of the target in the article's `targets`.")


class SpeakerRow(Speaker, ArticleContext, _Versioned):
    """One row of the flat `speakers` table: one (article, speaker) pair."""

    article_id: str = Field(description="The article's id.")
    person_id: str = Field(description="The person across articles: a row of the `people` table (rule in the card).")
    speaker_index: int = Field(ge=0, description="Position of the speaker in the article's `speakers`.")
    position_text: str = Field(description="The positions joined with 、, for filtering without unnesting.")
    principal: bool = Field(description="True for the article's principal speaker.")


class DuplicateRow(_Versioned):
    """One row of the flat `duplicates` table: a capture that repeats a published article."""

    article_id: str = Field(description="The canonical article's id (the least damaged copy).")
    duplicate_id: str = Field(description="The id the repeating capture would have had.")
    duplicate_file: str = Field(description="The repeating capture's file.")
    duplicate_url: str | None = Field(None, description="Where the repeating capture was taken from.")
    duplicate_outlet: str | None = Field(None, description="The outlet the repeating capture names.")
    similarity: float = Field(ge=0, le=1, description="Estimated Jaccard similarity of the two clean texts.")


class HeldPosition(_Model):
    """A position as written next to a person's name, and when the articles show it."""

    title: str = Field(description="The position as written (县长, 县委书记, 市委常委).")
    first_seen: dt.date | None = Field(None, description="Earliest event date of an article that gives it.")
    last_seen: dt.date | None = Field(None, description="Latest event date of an article that gives it.")


class PersonRow(_Versioned):
    """One row of the `people` table: one person across articles, from the `speakers` rows sharing a `person_id`."""

    person_id: str = Field(
        description="Stable id: a hash of the name and the place of the person's earliest mention (rule in the card)."
    )
    name: str = Field(description="Name, Simplified.")
    province: str | None = Field(None, description="Province of the articles, when they agree on one.")
    places: list[str] = Field(default_factory=list, description="Prefecture-level divisions of the articles.")
    positions: list[HeldPosition] = Field(default_factory=list, description="Positions held, earliest first.")
    first_seen: dt.date | None = Field(None, description="Earliest event date of the person's articles.")
    last_seen: dt.date | None = Field(None, description="Latest event date of the person's articles.")
    article_ids: list[str] = Field(description="The articles that credit the person with words.")
    articles: int = Field(ge=1, description="How many articles that is.")


class QuarantineEntry(_Model):
    """One input that produced no article."""

    file: str
    sha256: str | None
    reason: str
    detail: str | None = None
