"""People capabilities, generated from positions.txt × surnames.txt × given-name characters, in the
patterns the genre credits speakers with: positions before the name, a chain of them, a group label
whose people get their own positions elsewhere, a subtitle's credit, a late credit (X指出), and a
company representative's role word."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import cycle, islice

from behaviour.suite import Case, capability
from builder.clean.script import to_simplified
from builder.resources import data_lines, data_tsv, surnames

# Characters common in given names; paired with surnames they make names no word list holds.
GIVEN = "建国华明伟芳军红志强丽平杰文斌海涛英敏俊峰磊霞辉勇静云飞鹏宇翔亮晨瑞琳东昊凯嘉欣"
# The organisation each kind of position is written with (positions.txt gives the titles).
ORGANISATIONS = {
    "书记": ("市委", "县委", "区委"),
    "副书记": ("市委", "县委", "区委"),
    "常委": ("市委", "县委"),
    "局长": ("市商务局", "县投资促进局"),
    "副局长": ("市商务局", "区发展改革局"),
    "主任": ("市发展改革委", "区招商服务中心"),
    "副主任": ("县人大常委会", "市投资促进中心"),
    "部长": ("市委统战部", "县委组织部"),
    "副部长": ("市委宣传部",),
    "董事长": ("华润置地有限公司", "中建三局集团"),
    "总经理": ("远景能源科技有限公司", "比亚迪汽车工业有限公司"),
    "主席": ("市政协", "县总工会"),
    "会长": ("市工商联", "浙江商会"),
}
STANDALONE = ("市长", "副市长", "县长", "副县长", "区长", "副区长", "镇长", "乡长", "省长", "副省长")
GROUP_LABELS = ("市领导", "县领导", "区领导", "市级领导", "县级领导")
CREDITS = ("出席会议并讲话", "作动员讲话", "在会上强调", "致辞", "在讲话中指出")
OPENING = "10月12日上午，全市招商引资工作推进会召开。"
CLOSING = "会议要求，各地各部门要紧盯重点项目，强化服务保障，推动签约项目早落地、早开工、早投产。"


@cache
def _surnames() -> str:
    """Single-character surnames that read the same in both scripts (於 becomes 于 in Simplified)."""
    return "".join(c for c in surnames()[0] if to_simplified(c) == c)


def _names(count: int, offset: int = 0) -> list[str]:
    """Deterministic names, two and three characters, each surname in turn."""
    surnames, names = _surnames(), []
    for index in range(offset, offset + count):
        surname = surnames[index % len(surnames)]
        first, second = GIVEN[index % len(GIVEN)], GIVEN[(index * 7 + 3) % len(GIVEN)]
        names.append(surname + first + (second if index % 3 else ""))
    return names


def _positions() -> list[str]:
    """Every title of positions.txt this table knows, with its organisation."""
    titles = set(data_lines("positions.txt"))
    written = [org + title for title, orgs in ORGANISATIONS.items() if title in titles for org in orgs]
    return written + [title for title in STANDALONE if title in titles]


def _news(title: str, *paragraphs: str, subtitle: str | None = None) -> str:
    head = f"{title}\n{subtitle}\n" if subtitle else f"{title}\n"
    return head + "\n" + "\n".join((OPENING, *paragraphs, CLOSING)) + "\n"


@capability("speakers", "a position written before the name, credited with words")
def position_before_name() -> Iterator[Case]:
    positions = _positions()
    for index, (position, name) in enumerate(zip(cycle(positions), _names(4 * len(positions)), strict=False)):
        credit = CREDITS[index % len(CREDITS)]
        yield Case(
            _news("全市招商引资工作推进会召开", f"{position}{name}{credit}，要以更大力度抓招商、上项目。"),
            {"speakers[].name": [name], "speakers[].positions": [[position]]},
            note=f"{position}{name}{credit}",
        )


@capability("speakers", "a chain of positions before the name")
def chain_of_positions() -> Iterator[Case]:
    positions = _positions()
    names = _names(len(positions), offset=500)
    for index, (position, name) in enumerate(zip(positions, names, strict=True)):
        first = ("市委常委", "县委常委", "区委常委", "市委副书记")[index % 4]
        if first == position:
            continue
        yield Case(
            _news("全市招商引资工作推进会召开", f"{first}、{position}{name}出席会议并讲话。"),
            {"speakers[].name": [name], "speakers[].positions": [[first, position]]},
            note=f"{first}、{position}{name}",
        )


@capability("speakers", "people after a group label get the positions the text gives them elsewhere")
def group_label_then_own_positions() -> Iterator[Case]:
    positions = _positions()
    names = _names(2 * len(positions) * len(GROUP_LABELS), offset=900)
    pairs = zip(names[::2], names[1::2], strict=True)
    for (first, second), (label, position) in zip(pairs, _label_positions(positions), strict=False):
        yield Case(
            _news(
                "全市招商引资工作推进会召开",
                f"{label}{first}、{second}出席会议。",
                f"会议由{position}{first}主持并讲话。",
                f"{second}在讲话中指出，要以更大力度抓招商、上项目。",
            ),
            {"speakers[].name": [first, second], "speakers[].positions": [[position], [label]]},
            note=f"{label}{first}、{second} … {position}{first}",
        )


def _label_positions(positions: list[str]) -> Iterator[tuple[str, str]]:
    for label in GROUP_LABELS:
        for position in positions:
            yield label, position


@capability("speakers", "speakers credited in a subtitle under the headline")
def credited_in_subtitle() -> Iterator[Case]:
    positions = _positions()
    names = _names(2 * len(positions), offset=1500)
    pairs = list(zip(names[::2], names[1::2], strict=True))
    for index, (first, second) in enumerate(pairs):
        one, two = positions[index], positions[(index + 5) % len(positions)]
        yield Case(
            _news(
                "全市招商引资工作推进会召开",
                "会议通报了今年以来全市招商引资工作情况，研究部署下一阶段重点工作。",
                subtitle=f"——{one}{first} {two}{second}等出席并讲话",
            ),
            {"speakers[].name": [first, second], "speakers[].positions": [[one], [two]]},
            note=f"——{one}{first} {two}{second}等出席并讲话",
        )


@capability("speakers", "a speaker named with a position, credited later by name only (X指出)")
def late_credit() -> Iterator[Case]:
    positions = _positions()
    for index, (position, name) in enumerate(
        zip(cycle(positions), _names(2 * len(positions), offset=2500), strict=False)
    ):
        verb = ("指出", "强调", "要求", "表示")[index % 4]
        yield Case(
            _news(
                "全市招商引资工作推进会召开",
                f"{position}{name}出席会议。",
                "会议通报了今年以来全市招商引资工作情况。",
                f"{name}{verb}，要以更大力度抓招商、上项目。",
            ),
            {"speakers[].name": [name], "speakers[].positions": [[position]]},
            note=f"{position}{name} … {name}{verb}",
        )


@capability("speakers", "a company representative's position keeps its role word")
def company_representative() -> Iterator[Case]:
    companies = [org + title for title in ("董事长", "总经理") for org in ORGANISATIONS[title]]
    roles = ("签约企业代表", "客商代表", "企业代表", "投资商代表")
    names = _names(len(companies) * len(roles) * 3, offset=3500)
    cases = [(role, company) for role in roles for company in companies]
    for (role, company), name in zip(islice(cycle(cases), len(names)), names, strict=True):
        yield Case(
            _news("全市招商引资项目集中签约仪式举行", f"{role}、{company}{name}发言。"),
            {"speakers[].name": [name], "speakers[].positions": [[role, company]]},
            note=f"{role}、{company}{name}发言",
        )


@capability("speakers", "presence only (出席, 陪同, 参加) credits no words: an attendee, not a speaker")
def presence_is_no_speech() -> Iterator[Case]:
    positions = _positions()
    verbs = ("出席会议", "陪同考察", "参加活动", "出席签约仪式")
    for index, (position, name) in enumerate(
        zip(cycle(positions), _names(2 * len(positions), offset=4500), strict=False)
    ):
        verb = verbs[index % len(verbs)]
        yield Case(
            _news("全市招商引资工作推进会召开", f"{position}{name}{verb}。"),
            {"speakers[].name": [], "attendees[].name": [name], "attendees[].positions": [[position]]},
            note=f"{position}{name}{verb}",
        )


@capability("speakers", "a reporter's byline names no speaker and no attendee")
def byline_is_nobody() -> Iterator[Case]:
    names = _names(120, offset=5500)
    forms = ("(记者 {0} 通讯员 {1})", "({0} {1})", "记者 {0} 报道", "(通讯员 {0})")
    for index, (first, second) in enumerate(zip(names[::2], names[1::2], strict=True)):
        byline = forms[index % len(forms)].format(first, second)
        yield Case(
            _news("全市招商引资工作推进会召开", f"会议通报了今年以来全市招商引资工作情况。{byline}"),
            {"speakers[].name": [], "attendees[].name": []},
            note=byline,
        )


@capability("speakers", "one of a listed group credited later by name only (县领导A、B出席 … B强调)")
def listed_then_credited_by_name() -> Iterator[Case]:
    names = _names(2 * 40 * len(GROUP_LABELS), offset=6500)
    pairs = zip(names[::2], names[1::2], strict=True)
    for index, ((first, second), label) in enumerate(zip(pairs, cycle(GROUP_LABELS), strict=False)):
        verb = ("指出", "强调", "要求", "表示")[index % 4]
        yield Case(
            _news(
                "全市招商引资工作推进会召开",
                f"{label}{first}、{second}出席会议。",
                "会议通报了今年以来全市招商引资工作情况。",
                f"{second}{verb}，要以更大力度抓招商、上项目。",
            ),
            {"speakers[].name": [second], "speakers[].positions": [[label]], "attendees[].name": [first]},
            note=f"{label}{first}、{second} … {second}{verb}",
        )


@capability("speakers", "a speaker credited only in a photo caption (推介会现场,市委书记X发言)")
def credited_in_caption() -> Iterator[Case]:
    positions = _positions()
    scenes = ("推介会现场", "签约仪式现场", "图为", "会议现场")
    named = zip(cycle(positions), _names(2 * len(positions), offset=7500), strict=False)
    for index, (position, name) in enumerate(named):
        scene = scenes[index % len(scenes)]
        credit = ("发言", "致辞", "讲话", "在会上讲话")[index % 4]
        caption = f"{scene}{position}{name}{credit}" if scene == "图为" else f"{scene},{position}{name}{credit}"
        text = (
            f"全市招商引资工作推进会召开\n{caption}\n\n{OPENING}\n会议通报了今年以来全市招商引资工作情况。\n{CLOSING}\n"
        )
        yield Case(text, {"speakers[].name": [name], "speakers[].positions": [[position]]}, note=caption)


AFTER_NAME_TITLES = (
    "书记",
    "副书记",
    "市长",
    "副市长",
    "县长",
    "副县长",
    "区长",
    "局长",
    "主任",
    "部长",
    "董事长",
    "总经理",
)


@capability("speakers", "a title written after the name (会上,王伟局长表示)")
def title_after_name() -> Iterator[Case]:
    titles = [t for t in AFTER_NAME_TITLES if t in set(data_lines("positions.txt"))]
    openers = ("会上，", "", "随后，", "会议由")
    named = zip(cycle(titles), _names(12 * len(titles), offset=8500), strict=False)
    for index, (title, name) in enumerate(named):
        opener = openers[index % len(openers)]
        if opener == "会议由":
            line, expect = f"会议由{name}{title}主持。", {"speakers[].name": [], "attendees[].name": [name]}
        else:
            verb = ("强调", "表示", "作了重要讲话", "指出")[index % 4]
            line = f"{opener}{name}{title}{verb}，要以更大力度抓招商、上项目。"
            expect = {"speakers[].name": [name], "speakers[].positions": [[title]]}
        yield Case(_news("全市招商引资工作推进会召开", line), expect, note=line)


@capability("speakers", "people joined by a comma share the verb after the last (A,B出席并讲话)")
def comma_joined_speakers() -> Iterator[Case]:
    positions = _positions()
    names = _names(8 * len(positions), offset=9500)
    endings = ("出席会议并讲话", "分别致辞", "先后讲话")
    for index, (first, second) in enumerate(zip(names[::2], names[1::2], strict=True)):
        one, two = positions[index % len(positions)], positions[(index * 5 + 7) % len(positions)]
        line = f"{one}{first}，{two}{second}{endings[index % len(endings)]}。"
        yield Case(
            _news("全市招商引资工作推进会召开", line),
            {"speakers[].name": [first, second], "speakers[].positions": [[one], [two]]},
            note=line,
        )


@capability("speakers", "a title with no name (会上,市商务局局长表示) credits nobody")
def title_without_a_name() -> Iterator[Case]:
    cities = [row["name"] for row in data_tsv("divisions.tsv") if row["level"] == "city" and row["name"].endswith("市")]
    units = (
        "商务局局长",
        "投资促进局局长",
        "发展改革委主任",
        "政府办公室主任",
        "经开区管委会主任",
        "委书记",
        "政府市长",
    )
    openers = ("会上，", "随后，", "")
    for index, city in enumerate(cities):
        unit = units[index % len(units)]
        line = f"{openers[index % len(openers)]}{city}{unit}表示，要以更大力度抓招商、上项目。"
        yield Case(
            _news("全市招商引资工作推进会召开", line), {"speakers[].name": [], "attendees[].name": []}, note=line
        )


# Verbs that credit words other than 讲话, 致辞 and 指出: relayed, sent, or given as a talk of another kind.
RELAYED = (
    "作书面讲话",
    "作视频致辞",
    "作总结讲话",
    "传达了全省招商引资工作会议精神",
    "传达学习了上级有关文件精神",
    "作主旨演讲",
    "发表主题演讲",
    "作招商推介",
    "进行项目推介",
    "作专题辅导",
    "答记者问",
    "作了题为《抢抓机遇 加快发展》的报告",
    "对下一步工作进行了安排部署",
    "对全市招商工作作了具体部署",
)


@capability("speakers", "words relayed, sent or given as a talk (传达了…精神, 作书面讲话, 作主旨演讲) credit a speaker")
def relayed_words() -> Iterator[Case]:
    positions = _positions()
    for index, (position, name) in enumerate(
        zip(cycle(positions), _names(8 * len(positions), offset=10500), strict=False)
    ):
        verb = RELAYED[index % len(RELAYED)]
        yield Case(
            _news("全市招商引资工作推进会召开", f"{position}{name}{verb}。"),
            {"speakers[].name": [name], "speakers[].positions": [[position]]},
            note=f"{position}{name}{verb}",
        )


# Parts of names transliterated from Uyghur, Kazakh, Tibetan and Mongolian, which no surname list holds.
DOTTED_FIRST = (
    "艾尔肯",
    "买买提",
    "阿依古丽",
    "吐尔洪",
    "热合曼",
    "阿不都",
    "努尔兰",
    "依明",
    "艾力",
    "扎西",
    "格桑",
    "巴特尔",
)
DOTTED_LAST = ("吐尼亚孜", "阿不都拉", "热合曼", "买买提", "依沙克", "尼亚孜", "肉孜", "次仁", "多吉", "朝鲁", "阿布都")


@capability("speakers", "a name in dotted transliteration (艾尔肯·吐尼亚孜) after its position")
def dotted_name() -> Iterator[Case]:
    names = [f"{first}·{last}" for first in DOTTED_FIRST for last in DOTTED_LAST if first != last]
    for index, (position, name) in enumerate(zip(cycle(_positions()), names, strict=False)):
        credit = CREDITS[index % len(CREDITS)]
        yield Case(
            _news("全市招商引资工作推进会召开", f"{position}{name}{credit}，要以更大力度抓招商、上项目。"),
            {"speakers[].name": [name], "speakers[].positions": [[position]]},
            note=f"{position}{name}{credit}",
        )


@capability("speakers", "a chair on a 主持人 line of their own is not the next line's speaker")
def chair_line() -> Iterator[Case]:
    positions = _positions()
    names = _names(8 * len(positions), offset=11500)
    for index, (chair, speaker) in enumerate(zip(names[::2], names[1::2], strict=True)):
        position, other = positions[index % len(positions)], positions[(index + 7) % len(positions)]
        label = ("主持人：", "主持：", "会议主持：")[index % 3]
        yield Case(
            _news("全市招商引资工作推进会召开", f"{label}{position}{chair}", f"{other}{speaker}出席会议并讲话。"),
            {"speakers[].name": [speaker], "speakers[].positions": [[other]]},
            note=f"{label}{position}{chair} / {other}{speaker}",
        )


@capability("speakers", "先生 or 女士 after a speaker's name (总经理王伟先生表示)")
def honorific_after_name() -> Iterator[Case]:
    positions = _positions()
    for index, (position, name) in enumerate(zip(positions * 2, _names(2 * len(positions), offset=12500), strict=True)):
        honorific = ("先生", "女士")[index % 2]
        verb = ("在致辞中表示", "发言", "表示")[index % 3]
        yield Case(
            _news("全市招商引资项目集中签约仪式举行", f"{position}{name}{honorific}{verb}，将加大投资力度。"),
            {"speakers[].name": [name], "speakers[].positions": [[position]]},
            note=f"{position}{name}{honorific}{verb}",
        )


# Titles companies give the people who sign and speak for them, besides 董事长 and 总经理.
COMPANY_TITLES = ("执行董事", "董事", "创始人", "联合创始人", "合伙人", "首席执行官", "总裁", "副总裁")


@capability("speakers", "a company's other titles (执行董事, 创始人, 合伙人, 首席执行官) before a speaker's name")
def company_titles() -> Iterator[Case]:
    companies = ORGANISATIONS["董事长"] + ORGANISATIONS["总经理"]
    written = [company + title for title in COMPANY_TITLES for company in companies]
    for index, (position, name) in enumerate(zip(written * 4, _names(4 * len(written), offset=13500), strict=True)):
        credit = CREDITS[index % len(CREDITS)]
        yield Case(
            _news("全市招商引资项目集中签约仪式举行", f"{position}{name}{credit}，将加大投资力度。"),
            {"speakers[].name": [name], "speakers[].positions": [[position]]},
            note=f"{position}{name}{credit}",
        )


@capability("speakers", "a space between the position and the name (市委书记 张建国出席会议并讲话)")
def space_after_position() -> Iterator[Case]:
    positions = _positions()
    for index, (position, name) in enumerate(zip(positions * 2, _names(2 * len(positions), offset=14500), strict=True)):
        space = (" ", "\u3000")[index % 2]
        credit = CREDITS[index % len(CREDITS)]
        yield Case(
            _news("全市招商引资工作推进会召开", f"{position}{space}{name}{credit}，要以更大力度抓招商、上项目。"),
            {"speakers[].name": [name], "speakers[].positions": [[position]]},
            note=f"{position}{space}{name}{credit}",
        )


BRACKETED = ("{name}同志（{position}）", "{name}（{position}）", "{name}同志({position})", "{position}{name}同志")


@capability("speakers", "a position in brackets after the name, or 同志 after it (张建国同志（市委书记）)")
def position_in_brackets_after_name() -> Iterator[Case]:
    positions = _positions()
    names = _names(8 * len(positions), offset=3500)
    for index, (position, name) in enumerate(zip(cycle(positions), names, strict=False)):
        written = BRACKETED[index % len(BRACKETED)].format(name=name, position=position)
        credit = CREDITS[index % len(CREDITS)]
        yield Case(
            _news("全市招商引资工作推进会召开", f"{written}{credit}，要以更大力度抓招商、上项目。"),
            {"speakers[].name": [name], "speakers[].positions": [[position]]},
            note=f"{written}{credit}",
        )


PADDING = ("\u3000", " ", "\u3000\u3000", "  ")


def _two_character_names(count: int, offset: int) -> list[str]:
    return [name for name in _names(3 * count, offset) if len(name) == 2][:count]


@capability("speakers", "a two-character name padded to a three-character one's width (王　伟, 王 伟)")
def padded_names() -> Iterator[Case]:
    positions = _positions()
    names = _two_character_names(16 * len(positions), offset=4500)
    for index, (first, second) in enumerate(zip(names[::2], names[1::2], strict=True)):
        pad = PADDING[index % len(PADDING)]
        one, two = positions[index % len(positions)], positions[(index + 7) % len(positions)]
        padded_first, padded_second = pad.join(first), pad.join(second)
        if index % 2:
            text = _news("全市招商引资工作推进会召开", f"{one}{padded_first}、{two}{padded_second}出席会议并讲话。")
        else:
            text = _news(
                "全市招商引资工作推进会召开",
                f"{one}{padded_first}出席会议并讲话。",
                f"{two}{padded_second}在会上强调，要以更大力度抓招商、上项目。",
            )
        yield Case(
            text,
            {"speakers[].name": [first, second], "speakers[].positions": [[one], [two]]},
            note=f"{one}{padded_first} / {two}{padded_second}",
        )


BARE_CREDITS = ("同志强调", "同志在讲话中指出", "在讲话中指出", "在会上强调", "同志表示")


@capability("speakers", "a name credited without a position, with 同志 or 在讲话中 (王伟同志强调, 张建国在讲话中指出)")
def bare_name_credited() -> Iterator[Case]:
    for index, name in enumerate(_names(600, offset=5500)):
        credit = BARE_CREDITS[index % len(BARE_CREDITS)]
        if len(name) == 2 and not credit.startswith("同志"):
            credit = "同志" + credit
        yield Case(
            _news("全市招商引资工作推进会召开", f"{name}{credit}，要以更大力度抓招商、上项目。"),
            {"speakers[].name": [name], "speakers[].positions": [[]]},
            note=f"{name}{credit}",
        )


@capability("speakers", "a speech's own speaker, padded or with 同志 in its title (市委书记王　伟在…上的讲话)")
def speech_title_speaker() -> Iterator[Case]:
    positions = _positions()
    names = _names(8 * len(positions), offset=6500)
    for index, (position, name) in enumerate(zip(cycle(positions), names, strict=False)):
        written = (
            f"{position}{PADDING[index % 2].join(name)}" if len(name) == 2 else f"{name}同志（{position}）",
            f"{position}{name}同志",
        )[index % 2]
        title = f"{written}在全市招商引资工作会议上的讲话"
        text = (
            f"{title}\n\n同志们：\n\n今天，我们召开全市招商引资工作会议，主要任务是总结工作，部署任务。\n\n"
            "招商引资是经济工作的生命线，各级各部门要把招商引资摆在突出位置。\n"
        )
        yield Case(text, {"speakers[].name": [name], "speakers[].positions": [[position]]}, note=title)


# A deck opened by another mark than ——, or run onto the headline's line after a blank.
DECKS = ("--{credit}", "—— {credit}", "－－{credit}", "─{credit}", "{title} {credit}", "{title}  {credit}")


@capability("speakers", "a deck opened by --, ─ or a blank after the headline (… 县委书记X出席并讲话) credits them")
def deck_in_other_forms() -> Iterator[Case]:
    positions = _positions()
    names = _names(len(positions) * 8, offset=2100)
    title = "全市招商引资工作推进会召开"
    for index, name in enumerate(names):
        position = positions[index % len(positions)]
        credit = f"{position}{name}{('出席并讲话', '出席会议并讲话', '参加会议并讲话')[index % 3]}"
        form = DECKS[index % len(DECKS)].format(credit=credit, title=title)
        if form.startswith(title):
            text = _news(form, "会议通报了今年以来全市招商引资工作情况，研究部署下一阶段重点工作。")
        else:
            text = _news(title, "会议通报了今年以来全市招商引资工作情况，研究部署下一阶段重点工作。", subtitle=form)
        expect = {"title": title, "speakers[].name": [name], "speakers[].positions": [[position]]}
        yield Case(text, expect, note=form)


# A roster's duties after the name and a colon: no words of the person's.
DUTIES = (
    "负责招商引资全面工作。",
    "分管招商引资和项目建设工作。",
    "牵头负责重点项目签约落地。",
    "组长，统筹全市招商引资工作。",
)


@capability("speakers", "words after the name and a colon (县委书记X：要坚持项目为王) credit a speaker; duties do not")
def words_after_a_colon() -> Iterator[Case]:
    positions = _positions()
    names = _names(len(positions) * 8, offset=2700)
    sayings = ("要坚持项目为王，全力以赴抓招商。", "要强化服务保障，推动项目早落地。", "招商引资是经济工作的生命线。")
    for index, name in enumerate(names):
        position = positions[index % len(positions)]
        colon = "：" if index % 2 else ":"
        said = f"{position}{name}{colon}{sayings[index % len(sayings)]}"
        text = _news("全市招商引资工作推进会召开", "会议通报了今年以来全市招商引资工作情况。", said)
        yield Case(text, {"speakers[].name": [name], "speakers[].positions": [[position]]}, note=said)
        duty = f"{position}{name}{colon}{DUTIES[index % len(DUTIES)]}"
        text = _news("全市招商引资工作领导小组成员分工调整", "会议明确了领导小组成员分工。", duty)
        yield Case(text, {"speakers[].name": [], "attendees[].name": [name]}, note=duty)


POSITION_NOTES = ("（挂职）", "(挂职)", "（兼）", "（正厅级）", "（主持工作）")


@capability("speakers", "a note in brackets after a position (副市长（挂职）张三) parts no name from its title")
def note_after_a_position() -> Iterator[Case]:
    positions = _positions()
    names = _names(len(positions) * 8, offset=3300)
    for index, name in enumerate(names):
        first, second = positions[index % len(positions)], positions[(index + 3) % len(positions)]
        note = POSITION_NOTES[index % len(POSITION_NOTES)]
        credit = f"{first}、{second}{note}{name}{CREDITS[index % len(CREDITS)]}"
        text = _news("全市招商引资工作推进会召开", f"{credit}，要求各地紧盯重点项目。")
        yield Case(text, {"speakers[].name": [name], "speakers[].positions": [[first, second]]}, note=credit)
