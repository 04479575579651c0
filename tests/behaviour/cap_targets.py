"""Target capabilities: templates × cue words × units × subjects × qualifiers.

Each case is a short capture with one figure in a sentence of its own; the expected status comes
from the cue the template put before it, the expected subject is the noun phrase the template
built around it (the words of tests/gold/README.md's `figures` conventions). The cue and noun
lists are the genre's phrasing written here, independently of builder/data/targets.json. Cities
rotate through the prefecture-level cities of divisions.tsv so no case depends on one place.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import cycle, product

import opencc

from behaviour.suite import Case, capability
from builder.resources import data_tsv, surnames

LEAD = "{city}召开招商引资工作推进会议。会议听取了全市招商引资工作情况汇报,研究部署下一阶段重点工作。"
CLOSE = "会议强调,各地各部门要强化服务保障,推动项目早落地、早开工、早投产。"

# How a period or a scope opens the sentence: none of them is what is counted.
OPENINGS = ("", "今年", "全市", "今年全市", "1-6月份,全市", "今年以来,全市", "其中,")
GOAL_CUES = ("力争", "确保", "计划", "争取", "预计", "目标是", "要", "将", "拟")
RESULT_CUES = ("已", "累计", "共", "已累计", "完成", "实现", "累计完成", "共完成")
# (noun phrase counted before the figure, units it takes)
COUNTED_BEFORE = (
    ("签约项目", ("个", "项")),
    ("引进项目", ("个",)),
    ("亿元以上项目", ("个",)),
    ("新开工项目", ("个",)),
    ("外资企业", ("家",)),
    ("招商引资到位资金", ("亿元", "万元")),
    ("实际利用外资", ("亿美元", "万美元")),
    ("固定资产投资", ("亿元",)),
    ("协议投资总额", ("亿元",)),
    ("招商引资项目个数", ("个",)),
)
# (counter, noun phrase counted after the figure)
COUNTED_AFTER = (
    ("个", "亿元以上项目"),
    ("个", "优势产业项目"),
    ("项", "重点合作项目"),
    ("家", "世界500强企业"),
    ("名", "客商"),
    ("位", "企业家"),
    ("家", "规上工业企业"),
    ("个", "招商引资项目"),
)
VERBS = ("引进", "签约", "新引进")
QUALIFIERS_AFTER = ("", "以上", "左右")
COUNTS = ("3", "12", "40", "120", "3000")
AMOUNTS = ("3", "12.5", "40", "56.8", "120", "3000")
MONEY = ("亿元", "万元", "亿美元", "万美元")


def _number(index: int, unit: str) -> str:
    """A figure as the genre writes it: amounts of money may have decimals, counts never do."""
    numbers = AMOUNTS if unit in MONEY else COUNTS
    return numbers[index % len(numbers)]


def _cities() -> Iterator[str]:
    names = [row["name"] for row in data_tsv("divisions.tsv") if row["level"] == "city" and row["name"].endswith("市")]
    return cycle(names)


def _capture(city: str, sentence: str) -> str:
    return f"{city}召开招商引资工作推进会\n\n{LEAD.format(city=city)}\n\n{sentence}\n\n{CLOSE}\n"


def _expect(status: str, subject: str | None, value: str, unit: str) -> dict[str, list]:
    return {
        "targets[].status": [status],
        "targets[].subject": [subject],
        "targets[].value_text": [value],
        "targets[].unit": [unit],
    }


def _figures_after_noun(cues: tuple[str, ...], status: str) -> Iterator[Case]:
    cities = _cities()
    for index, (opening, cue, (noun, units)) in enumerate(product(OPENINGS, cues, COUNTED_BEFORE)):
        unit = units[index % len(units)]
        number = _number(index, unit)
        after = QUALIFIERS_AFTER[index % len(QUALIFIERS_AFTER)]
        sentence = f"{opening}{cue}{noun}{number}{unit}{after}。"
        yield Case(_capture(next(cities), sentence), _expect(status, noun, number, unit), note=sentence)


def _figures_before_noun(cues: tuple[str, ...], status: str) -> Iterator[Case]:
    cities = _cities()
    for index, (opening, cue, verb, (unit, noun)) in enumerate(product(OPENINGS, cues, VERBS, COUNTED_AFTER)):
        if index % 3:  # a third of the combinations is enough to cover every cue, verb and noun
            continue
        number = _number(index, unit)
        sentence = f"{opening}{cue}{verb}{number}{unit}{noun}。"
        yield Case(_capture(next(cities), sentence), _expect(status, noun, number, unit), note=sentence)


@capability("targets", "goal cue before a noun and its figure (力争签约项目40个)")
def goal_after_noun() -> Iterator[Case]:
    yield from _figures_after_noun(GOAL_CUES, "goal")


@capability("targets", "result cue before a noun and its figure (累计签约项目40个)")
def result_after_noun() -> Iterator[Case]:
    yield from _figures_after_noun(RESULT_CUES, "result")


@capability("targets", "goal cue before a figure and the noun it counts (力争引进40个亿元以上项目)")
def goal_before_noun() -> Iterator[Case]:
    yield from _figures_before_noun(GOAL_CUES, "goal")


@capability("targets", "result cue before a figure and the noun it counts (已引进40个亿元以上项目)")
def result_before_noun() -> Iterator[Case]:
    yield from _figures_before_noun(("已", "共", "累计"), "result")


def _surnames() -> list[str]:
    """The single-character surnames of builder/data/surnames.txt, in order."""
    return list(surnames()[0])


def _industries() -> list[str]:
    return sorted({row["written"] for row in data_tsv("industries.tsv") if 2 <= len(row["written"]) <= 6})


@capability("targets", "people and offices listed before the figure are not what it counts (…有关领导、120余名客商)")
def list_before_figure() -> Iterator[Case]:
    cities, surnames = _cities(), _surnames()
    given = ("建国", "海平", "志强", "丽华", "文军")
    for index, (counter, noun) in enumerate(product(("名", "位"), ("客商", "企业家", "嘉宾", "企业代表"))):
        for first in range(0, 60, 4):
            city = next(cities)
            a, b = surnames[(first + index) % len(surnames)], surnames[(first + index + 7) % len(surnames)]
            names = f"{a}{given[first % len(given)]}、{b}{given[(first + 1) % len(given)]}"
            number = COUNTS[first % len(COUNTS)]
            sentence = f"市领导{names}及{city}商务局、发展改革委有关领导、{number}余{counter}{noun}出席签约仪式。"
            expect = _expect("result", noun, number, counter) | {"targets[].qualifier": ["余"]}
            yield Case(_capture(city, sentence), expect, note=sentence)


@capability("targets", "a list closed by 等 is not what the figure counts (…产业园、…基地等41个项目成功签约)")
def list_closed_by_deng() -> Iterator[Case]:
    cities, industries = _cities(), _industries()
    for index in range(0, len(industries) - 1, 2):
        first, second = industries[index], industries[index + 1]
        number, amount = COUNTS[index % len(COUNTS)], AMOUNTS[index % len(AMOUNTS)]
        sentence = f"会上,包括{first}产业园、{second}生产基地等{number}个项目成功签约,投资金额达{amount}亿元。"
        expect = {
            "targets[].status": ["result", "result"],
            "targets[].subject": ["项目", "投资金额"],
            "targets[].value_text": [number, amount],
        }
        yield Case(_capture(next(cities), sentence), expect, note=sentence)


@capability("targets", "a breakdown after 其中 has its total's status and its own noun")
def breakdown_after_total() -> Iterator[Case]:
    cities = _cities()
    for cue, status in [(c, "goal") for c in GOAL_CUES] + [(c, "result") for c in RESULT_CUES]:
        for opening, (whole, part, other) in product(
            OPENINGS[:4], (("签约项目", "外资项目", "内资项目"), ("引进企业", "规上企业", "科技型企业"))
        ):
            sentence = f"{opening}{cue}{whole}40个,其中{part}12个,{other}28个。"
            expect = {
                "targets[].status": [status] * 3,
                "targets[].subject": [whole, part, other],
                "targets[].value_text": ["40", "12", "28"],
            }
            yield Case(_capture(next(cities), sentence), expect, note=sentence)


@capability("targets", "a share of a target completed is a result, the target a goal (完成年度目标任务589亿元的37.2%)")
def share_of_target() -> Iterator[Case]:
    cities = _cities()
    for index, (opening, (noun, units)) in enumerate(product(OPENINGS[:6], COUNTED_BEFORE)):
        unit = units[0]
        done, target = _number(index, unit), _number(index + 2, unit)
        sentence = f"{opening}{noun}{done}{unit},完成年度目标任务{target}{unit}的37.2%,同比增长8.1%。"
        expect = {
            "targets[].status": ["result", "goal", "result", "result"],
            "targets[].subject": [noun, "年度目标任务", "年度目标任务", "同比增长"],
            "targets[].value_text": [done, target, "37.2", "8.1"],
        }
        yield Case(_capture(next(cities), sentence), expect, note=sentence)


@capability("targets", "a ranking obtained is a result and names what it ranks in")
def ranking_obtained() -> Iterator[Case]:
    cities = _cities()
    contests = ("招商引资考核", "开发区综合考评", "项目建设观摩评比", "营商环境评价")
    for scope, contest, place in product(("全省", "全市"), contests, range(1, 11)):
        ordinal = "一二三四五六七八九十"[place - 1]
        for sentence, subject in (
            (f"在{scope}{contest}中排名第{place}位。", f"{scope}{contest}"),
            (f"{contest}成绩排名{scope}第{ordinal}。", scope),
            (f"获得{scope}{contest}第{place}名。", f"{scope}{contest}"),
        ):
            expect = {"targets[].kind": ["ranking"], "targets[].status": ["result"], "targets[].subject": [subject]}
            yield Case(_capture(next(cities), sentence), expect, note=sentence)


@capability("targets", "the same figures in Traditional script read the same", kind="invariance")
def traditional_script() -> Iterator[Case]:
    to_traditional = opencc.OpenCC("s2t")
    for cues, status in ((GOAL_CUES, "goal"), (RESULT_CUES, "result")):
        for index, case in enumerate(_figures_after_noun(cues, status)):
            if index % 4 == 0:
                yield Case(to_traditional.convert(case.text), case.expect, note=f"{case.note} (Traditional)")


@capability("targets", "a ranking set as a goal is a goal (力争在全省…中排名第3位)")
def ranking_as_goal() -> Iterator[Case]:
    cities = _cities()
    contests = ("招商引资考核", "开发区综合考评", "项目建设观摩评比", "营商环境评价")
    for cue, scope, contest, place in product(("力争", "确保", "争取"), ("全省", "全市"), contests, range(1, 6)):
        sentence = f"{cue}在{scope}{contest}中排名第{place}位。"
        expect = {
            "targets[].kind": ["ranking"],
            "targets[].status": ["goal"],
            "targets[].subject": [f"{scope}{contest}"],
        }
        yield Case(_capture(next(cities), sentence), expect, note=sentence)


@capability("targets", "a deadline sets a task (3月底前要完成…), unless it was met (已于3月底前完成…)")
def deadline_task() -> Iterator[Case]:
    cities = _cities()
    tasks = ("征地拆迁工作", "土地报批手续", "项目环评审批", "厂房主体建设", "设备安装调试")
    deadlines = [f"{month}月底前" for month in range(1, 13)] + ["年底前", "6月30日前", "上半年前"]
    for deadline, task in product(deadlines, tasks):
        for sentence, status in (
            (f"{deadline}要全面完成{task}。", "goal"),
            (f"{deadline}必须完成{task}。", "goal"),
            (f"项目已于{deadline}完成{task}。", "result"),
        ):
            expect = {
                "targets[].kind": ["deadline"],
                "targets[].deadline_text": [deadline],
                "targets[].status": [status],
                "targets[].subject": [task],
            }
            yield Case(_capture(next(cities), sentence), expect, note=sentence)


@capability("targets", "growth set as a goal is a goal, growth reported a result (力争…同比增长15%以上)")
def growth_goal_or_result() -> Iterator[Case]:
    cities = _cities()
    for index, (opening, cue, (noun, _)) in enumerate(product(OPENINGS[:5], ("", *GOAL_CUES), COUNTED_BEFORE)):
        rate = ("8", "12.5", "15", "20")[index % 4]
        after = QUALIFIERS_AFTER[index % len(QUALIFIERS_AFTER)]
        sentence = f"{opening}{cue}{noun}同比增长{rate}%{after}。"
        expect = _expect("goal" if cue else "result", f"{noun}同比增长", rate, "%")
        yield Case(_capture(next(cities), sentence), expect, note=sentence)


def _chinese_count(n: int) -> str:
    """一 … 一百九十九, as ordinals and anniversaries are written in Chinese numerals."""
    digits = "〇一二三四五六七八九"
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    written = f"{digits[hundreds]}百" if hundreds else ""
    if tens:
        written += ("" if tens == 1 and not hundreds else digits[tens]) + "十"
    elif hundreds and ones:
        written += "零"
    return written + (digits[ones] if ones else "")


# What the genre celebrates or convenes by number; the number names the occasion, it counts nothing.
ANNIVERSARIES = ("改革开放", "建党", "新中国成立", "建市", "建县", "撤县设市", "撤地设市", "开发区成立", "建区")
MEETINGS = ("党代会", "党员代表大会", "全会", "代表大会")
MEETING_LEVELS = ("省", "市", "县", "区", "州", "全市第", "自治区")
# Each case's one real figure, in a sentence of its own, so the name's number must add nothing.
FIGURE = "今年以来,全市已签约项目{count}个。"


@capability("targets", "an anniversary or an ordinal meeting is an occasion, no figure (40周年, 十次党代会)")
def occasion_numbers() -> Iterator[Case]:
    cities = _cities()
    occasions = [
        f"纪念{what}{written}周年"
        for index, what in enumerate(ANNIVERSARIES)
        for n in range(5 + index, 101, 9)
        for written in (str(n), _chinese_count(n))
    ]
    occasions += [
        f"学习贯彻{level}{written}次{meeting}精神"
        for level, meeting in product(MEETING_LEVELS, MEETINGS)
        for n in (2, 3, 8, 10, 11, 12, 13, 14, 15)
        for written in (str(n), _chinese_count(n))
        if not (level.endswith("第") and written.isdigit())  # 第10次 is read as an ordinal already
    ]
    for index, occasion in enumerate(occasions):
        count = COUNTS[index % len(COUNTS)]
        for sentence in (f"{occasion},{FIGURE.format(count=count)}", f"会议{occasion}。{FIGURE.format(count=count)}"):
            expect = {"targets[].value_text": [count], "targets[].unit": ["个"]}
            yield Case(_capture(next(cities), sentence), expect, note=sentence)


# (parts by multiplier, as the genre writes a sum of money down to its last thousand)
SUMS = ((260, 129, 5), (36, 0, 5), (3, 5000, 0), (12, 3456, 0), (1, 2, 3), (0, 85, 6), (480, 0, 9), (7, 60, 0))
SUM_CURRENCIES = ("元", "美元", "港元", "欧元", "日元", "元人民币")
SUM_LEADS = ("签约金额达", "协议投资总额", "累计完成投资", "实际到位资金", "力争引进资金")


@capability("targets", "a sum written in parts is one figure (260亿129万5千元, 3亿5000万元)")
def sum_in_parts() -> Iterator[Case]:
    cities = _cities()
    for (yi, wan, qian), currency, lead in product(SUMS, SUM_CURRENCIES, SUM_LEADS):
        parts = [(yi, "亿"), (wan, "万"), (qian, "千")]
        written = "".join(f"{n}{place}" for n, place in parts if n)
        amount = float(yi * 100_000_000 + wan * 10_000 + qian * 1_000)
        sentence = f"{lead}{written}{currency}。"
        expect = {
            "targets[].value_text": [written],
            "targets[].unit": [currency.removesuffix("人民币")],
            "targets[].amount": [amount],
        }
        yield Case(_capture(next(cities), sentence), expect, note=sentence)


@capability("targets", "digits a space splits (9 5万吨) give no figure, since which number is meant is unknown")
def digits_split_by_space() -> Iterator[Case]:
    cities = _cities()
    units = ("万吨", "个", "亿元", "家", "万平方米", "名")
    for (before, after), unit in product(((9, 5), (1, 20), (3, 0), (12, 5), (2, 8), (4, 50)), units):
        sentence = f"完成{before} {after}{unit}进口铁矿石卸货。"
        expect = {"targets[].value_text": []}
        yield Case(_capture(next(cities), sentence), expect, note=sentence)


# (how a goal sets a month for a task, the task) and how a met one is reported
MONTH_GOALS = (
    ("预计今年{m}", "竣工投产"),
    ("计划于今年{m}", "开工建设"),
    ("力争{m}", "建成投用"),
    ("争取{m}", "签约落地"),
    ("确保{m}", "试产达产"),
)


@capability("targets", "a month a goal sets for a task, without 前 (预计今年5月份竣工投产), unless met or past")
def month_deadline() -> Iterator[Case]:
    cities = _cities()
    for month, ending, (cue, task) in product(range(1, 13), ("月份", "月底"), MONTH_GOALS):
        written = f"{month}{ending}"
        lead = cue.format(m=written)
        sentence = f"该项目总投资已经确定,{lead}{task}。"
        expect = {"targets[].deadline_text": [written], "targets[].status": ["goal"], "targets[].subject": [task]}
        yield Case(_capture(next(cities), sentence), expect, note=sentence)
        met = f"该项目已于今年{written}{task}。"
        yield Case(_capture(next(cities), met), {"targets[].deadline_text": []}, note=met)
        done_by = f"该部门到{written}{task}的任务还不到一半。"
        yield Case(_capture(next(cities), done_by), {"targets[].deadline_text": []}, note=done_by)


RANKED_BY_SIZE = ("外资来源地", "贸易伙伴", "出口市场", "投资来源地", "支柱产业", "经济体", "港口")


@capability("targets", "第N大 ranks by size what follows it (香港是珠海第一大外资来源地)")
def ranked_by_size() -> Iterator[Case]:
    cities = _cities()
    for n, noun in product(range(1, 11), RANKED_BY_SIZE):
        city = next(cities)
        for written in (_chinese_count(n), str(n)):
            sentence = f"香港是{city}第{written}大{noun},两地经济互惠互补。"
            expect = {"targets[].value_text": [str(n)], "targets[].status": ["result"], "targets[].subject": [noun]}
            yield Case(_capture(city, sentence), expect, note=sentence)
