"""Attendee capabilities: the forms a news report lists who else was present in, generated from
positions.txt, surnames.txt and the group labels of people.json. A report names its speaker first
(市委书记X出席会议并讲话), then the others: after a lead-in (出席会议的还有), closed by 等 before a
label or a verb of presence, separated by blanks, or present by video link or in a branch venue."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import cycle

from behaviour.cap_people import GROUP_LABELS, _names, _news, _positions
from behaviour.suite import Case, capability
from builder.resources import data_lines, data_tsv

TITLE = "全市招商引资工作推进会召开"
SPEAKER_POSITION, SPEAKER = "市委书记", "张建国"
SPEECH = f"{SPEAKER_POSITION}{SPEAKER}出席会议并讲话，要以更大力度抓招商、上项目。"
LIST_LENGTHS = (2, 3, 4, 5)


def _lists(count: int, offset: int) -> Iterator[list[str]]:
    """`count` lists of 2 to 5 names each, no name twice and none the speaker's."""
    names = [name for name in _names(6 * count, offset) if name != SPEAKER]
    at = 0
    for index in range(count):
        length = LIST_LENGTHS[index % len(LIST_LENGTHS)]
        yield names[at : at + length]
        at += length


def _case(line: str, names: list[str], positions: list[list[str]]) -> Case:
    return Case(
        _news(TITLE, SPEECH, line),
        {"speakers[].name": [SPEAKER], "attendees[].name": names, "attendees[].positions": positions},
        note=line,
    )


# A lead-in naming those present (出席会议的还有); {label} is a group label, {names} the list.
LEAD_INS = (
    "出席会议的还有{names}。",
    "参加会议的还有{names}等。",
    "出席会议的{label}还有：{names}。",
    "参加会议的{label}有：{names}。",
    "出席活动的还有{names}。",
    "参加会议的有{label}{names}。",
    "出席会议的有{label}{names}等。",
    "在主席台就座的{label}有：{names}。",
    "莅临活动的{label}还有{names}。",
)


@capability("attendees", "a list after a lead-in (出席会议的还有X、Y, 出席会议的市领导还有：X、Y) attends")
def after_a_lead_in() -> Iterator[Case]:
    forms = [(form, label) for form in LEAD_INS for label in GROUP_LABELS]
    for (form, label), names in zip(forms * 4, _lists(4 * len(forms), offset=20500), strict=True):
        line = form.format(names="、".join(names), label=label)
        labelled = "{label}" in form
        yield _case(line, names, [[label] if labelled else [] for _ in names])


@capability("attendees", "a list with positions after a lead-in (出席会议的还有副市长X，市政协副主席Y)")
def positions_after_a_lead_in() -> Iterator[Case]:
    positions = _positions()
    leads = ("出席会议的还有", "参加会议的有", "出席活动的领导还有", "参加会议的还有")
    for index, names in enumerate(_lists(4 * len(positions), offset=21500)):
        held = [positions[(index + 3 * k) % len(positions)] for k in range(len(names))]
        listed = "，".join(f"{position}{name}" for position, name in zip(held, names, strict=True))
        line = f"{leads[index % len(leads)]}{listed}。"
        yield _case(line, names, [[position] for position in held])


# Names closed by 等 before a group label or a verb of presence, or by the verb alone.
CLOSED = (
    "{names}等{label}出席会议。",
    "{names}等{label}参加会议。",
    "{names}等出席。",
    "{names}等参加活动。",
    "{names}出席会议。",
    "{names}及各县区主要负责同志参加会议。",
    "{names}一同出席。",
    "会议由{chair_position}{chair}主持，{names}等{label}出席。",
)


@capability("attendees", "names closed by 等 before a label or a verb of presence (X、Y等市领导参加, X、Y等出席)")
def closed_by_presence() -> Iterator[Case]:
    positions = _positions()
    forms = [(form, label) for form in CLOSED for label in GROUP_LABELS]
    lists = _lists(4 * len(forms), offset=22500)
    chairs = _names(4 * len(forms), offset=23500)
    for index, ((form, label), names, chair) in enumerate(zip(forms * 4, lists, chairs, strict=True)):
        chair_position = positions[index % len(positions)]
        line = form.format(names="、".join(names), label=label, chair=chair, chair_position=chair_position)
        labelled = "等{label}" in form
        expect_names = [name for name in names if name != chair]
        expect_positions = [[label] if labelled else [] for _ in expect_names]
        if "{chair}" in form:
            expect_names, expect_positions = [chair, *expect_names], [[chair_position], *expect_positions]
        yield _case(line, expect_names, expect_positions)


BLANKS = (" ", "\u3000", "  ")


@capability("attendees", "names a blank separates after a label or position (市领导X Y Z出席); a byline's names none")
def separated_by_blanks() -> Iterator[Case]:
    positions = _positions()
    lists = list(_lists(8 * len(GROUP_LABELS) * len(BLANKS), offset=24500))
    for index, names in enumerate(lists):
        blank = BLANKS[index % len(BLANKS)]
        if index % 4 == 3:
            position, (writer, editor) = positions[index % len(positions)], _names(2, offset=26500 + 2 * index)
            bylines = (
                f"（记者{blank}{writer}{blank}通讯员{blank}{editor}）",
                f"责任编辑：{writer}{blank}审核：{editor}",
            )
            line = f"{position}{names[0]}参加会议。\n{bylines[index % 8 // 4]}"
            yield _case(line, names[:1], [[position]])
            continue
        label = GROUP_LABELS[index % len(GROUP_LABELS)] if index % 4 < 2 else positions[index % len(positions)]
        line = f"{label}{blank.join(names)}{('出席会议', '参加会议', '列席会议')[index % 3]}。"
        yield _case(line, names, [[label] for _ in names])


# Presence by video link, from a branch venue or as an observer.
REMOTE = (
    "通过视频连线参加会议",
    "以视频方式出席会议",
    "在分会场参加会议",
    "列席会议",
    "通过视频出席",
    "以线上方式参加会议",
    "视频连线参加会议",
)


@capability("attendees", "presence by video link, in a branch venue or sitting in (通过视频连线参加, 列席)")
def remote_or_observing() -> Iterator[Case]:
    positions = _positions()
    lists = _lists(len(REMOTE) * len(GROUP_LABELS) * 4, offset=25500)
    for index, (names, remote) in enumerate(zip(lists, cycle(REMOTE), strict=False)):
        if index % 2:
            label = GROUP_LABELS[index % len(GROUP_LABELS)]
            yield _case(f"{label}{'、'.join(names)}{remote}。", names, [[label] for _ in names])
        else:
            position = positions[index % len(positions)]
            yield _case(f"{position}{names[0]}{remote}。", names[:1], [[position]])


# Verbs of a visit, a talk or a ceremony after a person, whose presence they report ({guest}: a company's person).
VISITS = (
    "{host}会见了{guest}一行。",
    "{host}接见了{guest}。",
    "{host}与{guest}举行会谈。",
    "{host}与{guest}座谈交流。",
    "{host}和{guest}共同为项目揭牌。",
    "在{host}的陪同下，{guest}一行参观了经开区。",
    "{host}宣读了表彰决定。",
    "{host}揭牌。",
    "{host}考察了项目现场。",
    "{host}参观了企业展厅。",
    "{host}察看项目建设进展。",
    "{host}走访了重点企业。",
    "{host}看望了企业家代表。",
    "{host}按下启动键。",
)


@capability("attendees", "people before a verb of a visit or a ceremony (会见, 会谈, 考察, 揭牌; 在X的陪同下) attend")
def at_a_visit_or_ceremony() -> Iterator[Case]:
    positions = _positions()
    companies = [p for p in positions if p.endswith(("董事长", "总经理"))]
    officials = [p for p in positions if p not in companies]
    hosts, guests = _names(4 * len(VISITS) * 4, offset=27500), _names(4 * len(VISITS) * 4, offset=28500)
    for index, (frame, host, guest) in enumerate(zip(VISITS * 16, hosts, guests, strict=False)):
        official, company = officials[index % len(officials)], companies[index % len(companies)]
        if host == SPEAKER or guest in (SPEAKER, host):
            continue
        line = frame.format(host=f"{official}{host}", guest=f"{company}{guest}")
        named = [(host, [official])] + ([(guest, [company])] if "{guest}" in frame else [])
        yield _case(line, [name for name, _ in named], [held for _, held in named])
    # a title that a place's name holds across its parts (福州市长乐区: 市长, then 乐区) names nobody
    for index, place in enumerate(_places_holding_a_title()):
        official, host = officials[index % len(officials)], hosts[index]
        line = f"{official}{host}陪同客商赴{place}考察。"
        yield _case(line, [host], [[official]])


def _places_holding_a_title() -> list[str]:
    """A county under its city or province, written in full, where the end of the one and the start of the other
    spell a title of positions.txt (福州市长乐区, 长沙市长沙县)."""
    rows = data_tsv("divisions.tsv")
    names = {row["code"]: row["name"] for row in rows}
    titles = [title for title in data_lines("positions.txt") if len(title) == 2]
    return [
        names[row["parent_code"]] + row["name"]
        for row in rows
        if row["level"] == "county"
        and row["parent_code"] in names
        and names[row["parent_code"]][-1] + row["name"][0] in titles
    ]
