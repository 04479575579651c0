"""Target capabilities of the genre's main form: a report of a period's work, many figures in running
paragraphs (工作总结, 情况通报, a speech's review of the year).

Each case is one paragraph built from a sentence frame of such reports (a reported period, a scope,
an indicator and its figure, growth, a share of the year's target, a rank, what is still planned),
with indicators, units and periods written here independently of builder/data/targets.json, and
places from divisions.tsv. What a case expects follows tests/gold/README.md: a figure in a sentence
that opens with a period already reported (1-9月, 前三季度, 今年以来, 截至9月底) is a `result`
unless a goal cue governs it, whatever the article's genre or title; the subject is the indicator
of the figure's own clause, without the period, the scope and the verbs of attainment.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import cycle, product

from behaviour.cap_target_series import PLAN_TITLES, REPORT_TITLES
from behaviour.cap_targets import _cities
from behaviour.suite import Case, capability

# Periods a report looks back on; a sentence opening with one reports what was done in it.
PAST_PERIODS = ("今年以来", "1-9月", "1-6月份", "前三季度", "上半年", "一季度", "截至9月底", "截至目前", "去年")
SCOPES = ("全市", "全县", "全区", "我县", "", "{city}")
# (indicator measured in money, its unit, figures)
AMOUNTS = (
    ("招商引资到位资金", "亿元", ("32", "86.5", "150")),
    ("实际利用外资", "亿美元", ("1.2", "2.3", "6.8")),
    ("固定资产投资", "亿元", ("156", "212.7", "480")),
    ("工业投资", "亿元", ("45.6", "98", "130")),
    ("省外境内到位资金", "亿元", ("28", "61.3", "104")),
    ("外贸进出口总额", "亿元", ("18.6", "75", "186")),
)
# (indicator counted, its counter, figures)
COUNTS = (
    ("签约项目", "个", ("23", "56", "128")),
    ("新开工项目", "个", ("12", "38", "89")),
    ("亿元以上项目", "个", ("6", "21", "42")),
    ("新增规上工业企业", "家", ("8", "17", "36")),
    ("在建项目", "个", ("45", "120", "230")),
)
GROWTH = ("同比增长", "增长", "较上年增长")
TITLES = (*REPORT_TITLES, *PLAN_TITLES, "在{city}招商引资工作会议上的讲话", "{city}召开招商引资工作推进会")


def _capture(city: str, title: str, paragraph: str) -> str:
    return f"{title.format(city=city)}\n\n{paragraph}\n\n{city}招商引资工作领导小组办公室\n"


def _expect(figures: list[tuple[str, str | None, str]]) -> dict[str, list]:
    return {
        "targets[].status": [status for status, _, _ in figures],
        "targets[].subject": [subject for _, subject, _ in figures],
        "targets[].value_text": [value for _, _, value in figures],
    }


def _case(city: str, title: str, sentence: str, figures: list[tuple[str, str | None, str]]) -> Case:
    """The sentence in a report of this city under this title, with the figures it must give."""
    return Case(_capture(city, title, sentence), _expect(figures), note=f"{sentence} ({title})")


def _frames() -> Iterator[tuple[str, str, tuple[str, str, str], tuple[str, str, str], str, int]]:
    """Period, scope, an amount, a count and a growth word, rotated so each appears with every other."""
    scopes, growth = cycle(SCOPES), cycle(GROWTH)
    for index, (period, amount, count) in enumerate(product(PAST_PERIODS, AMOUNTS, COUNTS)):
        if index % 2:  # half the combinations is enough to cover every period, amount and count
            continue
        noun, unit, figures = amount
        counted, counter, counts = count
        amount_, count_ = (noun, unit, figures[index % 3]), (counted, counter, counts[index % 3])
        yield period, next(scopes), amount_, count_, next(growth), index


@capability("targets", "a period's report: each figure is a result with its own clause's indicator (今年以来,全市…)")
def report_running_figures() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    for period, scope, (noun, unit, amount), (counted, counter, count), growth, index in _frames():
        city = next(cities)
        place = scope.format(city=city)
        rate = ("15", "8.6", "21.3")[index % 3]
        sentence = f"{period},{place}{counted}{count}{counter},{noun}{amount}{unit},{growth}{rate}%。"
        expect = [("result", counted, count), ("result", noun, amount), ("result", growth, rate)]
        yield _case(city, next(titles), sentence, expect)


@capability("targets", "a period's report: a share of the year's target reached is a result (1-9月…,占年度目标的78%)")
def report_share_of_target() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    shares = ("占年度目标的", "为年度目标的", "完成年度目标任务的", "占全年任务的")
    for (period, scope, (noun, unit, amount), _, _, index), share in zip(_frames(), cycle(shares)):
        city = next(cities)
        place = scope.format(city=city)
        rate = ("78", "52.4", "105")[index % 3]
        sentence = f"{period},{place}完成{noun}{amount}{unit},{share}{rate}%。"
        target = share.removeprefix("完成").removeprefix("占").removeprefix("为").removesuffix("的")
        expect = [("result", noun, amount), ("result", target, rate)]
        yield _case(city, next(titles), sentence, expect)


@capability("targets", "a year's plan and what is done of it: 全年计划…,目前已完成… (the goal, then the result)")
def report_plan_and_done() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    verbs = ("引进", "签约", "新开工", "招引")
    nouns = ("亿元以上项目", "工业项目", "重大项目", "产业项目")
    plans = ("全年计划", "今年计划", "年初计划")
    said_done = ("目前已完成", "目前已", "已完成", "实际完成")
    for (plan, verb, noun), done in product(product(plans, verbs, nouns), said_done):
        city = next(cities)
        total, reached = ("30", "21") if len(noun) % 2 else ("45", "38")
        said = done + (verb if done == "目前已" else "")
        sentence = f"{plan}{verb}{noun}{total}个,{said}{reached}个。"
        expect = [("goal", f"{verb}{noun}", total), ("result", f"{verb}{noun}", reached)]
        yield _case(city, next(titles), sentence, expect)


# What is done of a plan, opening with the period or the scope it is counted in.
DONE_OPENINGS = (
    "截至目前已",
    "截止目前已",
    "到目前为止已",
    "其中已",
    "已累计",
    "累计已",
    "目前已累计",
    "截至9月底已",
    "1-9月已",
)


@capability(
    "targets", "what is done of a year's plan, after a period or scope (截至目前已引进21个, 其中已签约): its noun"
)
def report_plan_and_done_in_a_period() -> Iterator[Case]:
    """The done part names only the verb of the plan's figure after its period or scope: it counts what the
    plan counts, a result, the plan a goal."""
    cities, titles = _cities(), cycle(TITLES)
    verbs = ("引进", "签约", "新开工", "招引")
    nouns = ("亿元以上项目", "工业项目", "重大项目", "产业项目")
    for (verb, noun), opening, done in product(product(verbs, nouns), DONE_OPENINGS, ("", "完成")):
        city = next(cities)
        total, reached = ("30", "21") if len(opening) % 2 else ("45", "38")
        sentence = f"全年计划{verb}{noun}{total}个,{opening}{done or verb}{reached}个。"
        expect = [("goal", f"{verb}{noun}", total), ("result", f"{verb}{noun}", reached)]
        yield _case(city, next(titles), sentence, expect)


@capability("targets", "a period's report: growth and the rank it earns are results (…增长12.5%,增速居全市第2位)")
def report_growth_and_rank() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    rankings = (("增速居{area}第{n}位", "位"), ("总量居{area}第{n}位", "位"), ("排名{area}第{n}", "名"))
    areas = ("全市", "全省")
    for (period, scope, (noun, unit, amount), _, growth, index), (ranking, _) in zip(_frames(), cycle(rankings)):
        city = next(cities)
        place = scope.format(city=city)
        rate, rank, area = ("12.5", "9.2", "21")[index % 3], str(index % 5 + 1), areas[index % 2]
        sentence = f"{period},{place}{noun}{amount}{unit},{growth}{rate}%,{ranking.format(area=area, n=rank)}。"
        expect = [("result", noun, amount), ("result", growth, rate), ("result", area, rank)]
        yield _case(city, next(titles), sentence, expect)


@capability("targets", "a period's report, then the next step: the reported figure a result, the one set a goal")
def report_then_next_step() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    next_steps = ("下一步,{place}将力争全年", "下半年,{place}要确保全年", "今年,{place}计划全年", "明年,{place}力争")
    for (period, scope, _, (counted, counter, count), _, _), step in zip(_frames(), cycle(next_steps)):
        city = next(cities)
        place = scope.format(city=city)
        goal = str(int(count) * 2)
        sentence = f"{period},{place}{counted}{count}{counter}。{step.format(place=place)}{counted}{goal}{counter}。"
        expect = [("result", counted, count), ("goal", counted, goal)]
        yield _case(city, next(titles), sentence, expect)


# Headings of a report's parts: what was done, then what is to be done.
DONE_HEADINGS = ("一、招商引资工作完成情况", "一、主要成效", "一、工作回顾", "一、今年以来招商引资工作情况")
PLANNED_HEADINGS = ("二、下一步工作打算", "二、明年工作目标", "二、下一步工作计划", "二、明年工作思路")


@capability("targets", "a report's part headed 工作完成情况 reports results, one headed 下一步工作打算 sets goals")
def report_parts_by_heading() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    done_headings, planned_headings = cycle(DONE_HEADINGS), cycle(PLANNED_HEADINGS)
    for _, scope, (noun, unit, amount), (counted, counter, count), _, _ in _frames():
        city = next(cities)
        place = scope.format(city=city)
        planned = str(int(count) * 2)
        done = f"{place}{counted}{count}{counter},{noun}{amount}{unit}。"
        plan = f"{place}{counted}{planned}{counter}。"
        title = next(titles)
        intro = "现将有关情况报告如下:"
        parts = (title.format(city=city), intro, next(done_headings), done, next(planned_headings), plan)
        text = "\n\n".join(parts) + "\n"
        expect = [("result", counted, count), ("result", noun, amount), ("goal", counted, planned)]
        yield Case(text, _expect(expect), note=f"{done} / {plan} ({title})")


# (what a report says was done, the counter, the noun counted): nouns outside the genre's usual list
ACTIONS = ("举办", "组建", "成立", "新建", "培育", "考察", "建成")
COUNTED_AFTER = (
    ("场", "大型招商推介会"),
    ("条", "重点产业链"),
    ("个", "驻外招商专班"),
    ("个", "省级研发中心"),
    ("条", "自动化生产线"),
    ("个", "特色产业园"),
    ("家", "上市公司"),
    ("支", "专业招商小分队"),
)


@capability("targets", "a figure after an action verb counts the noun after it (举办了3场推介会, 组建12条产业链)")
def report_action_and_noun() -> Iterator[Case]:
    cities, titles, scopes = _cities(), cycle(TITLES), cycle(SCOPES)
    leads = ("今年以来,{place}", "{place}共", "去年,{place}", "截至目前,{place}已")
    for index, (lead, verb, (counter, noun), done) in enumerate(product(leads, ACTIONS, COUNTED_AFTER, ("", "了"))):
        city = next(cities)
        number = ("3", "12", "28")[index % 3]
        opening = lead.format(place=next(scopes).format(city=city))
        sentence = f"{opening}{verb}{done}{number}{counter}{noun}。"
        title = next(titles)
        yield _case(city, title, sentence, [("result", noun, number)])


@capability("targets", "two figures joined by 和 after 分别 read alike (分别完成年度目标的70%和80%, 分别增长12%和18%)")
def report_joined_figures() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    for period, scope, (noun, unit, amount), (counted, counter, count), _, index in _frames():
        city = next(cities)
        opening = f"{period},{scope.format(city=city)}"
        title = next(titles)
        if index % 4:
            sentence = f"{opening}{counted}{count}{counter},{noun}{amount}{unit},分别完成年度目标的70%和82.5%。"
            expect = [("result", counted, count), ("result", noun, amount)]
            expect += [("result", "年度目标", "70"), ("result", "年度目标", "82.5")]
        else:
            sentence = f"{opening}{counted}、{noun}分别增长12%和18.6%。"
            expect = [("result", counted, "12"), ("result", noun, "18.6")]
        yield _case(city, title, sentence, expect)


@capability("targets", "funds obtained (共争取, 累计争取) are a result; funds to strive for (争取) a goal")
def report_funds_obtained() -> Iterator[Case]:
    cities, titles, scopes = _cities(), cycle(TITLES), cycle(SCOPES)
    funds = ("上级资金", "中央预算内资金", "专项债券资金", "省级专项资金")
    verbs = (("共争取", "result"), ("累计争取", "result"), ("已争取", "result"), ("力争争取", "goal"), ("争取", "goal"))
    for fund, (obtained, status) in product(funds, verbs):
        for amount in ("1.2", "12.8", "35"):
            city = next(cities)
            place = next(scopes).format(city=city)
            period = "截至9月底," if status == "result" else "明年,"
            sentence = f"{period}{place}{obtained}{fund}{amount}亿元。"
            title = next(titles)
            yield _case(city, title, sentence, [(status, fund, amount)])


@capability("targets", "a change over years measures its indicator (到位资金由2018年的50亿元增加到2022年的120亿元)")
def report_change_over_years() -> Iterator[Case]:
    """In reports, news and speeches: in an undated plan, whether a change between two years is done
    depends on the plan's own year, which such a page does not give."""
    cities, titles = _cities(), cycle(title for title in TITLES if title not in PLAN_TITLES)
    changes = ("增加到", "增长到", "提高到", "提升到")
    for (noun, unit, figures), change, (first, last) in product(AMOUNTS, changes, (("2012", "2017"), ("2018", "2022"))):
        city = next(cities)
        low, high = figures[0], figures[2]
        sentence = f"{city}{noun}由{first}年的{low}{unit}{change}{last}年的{high}{unit}。"
        title = next(titles)
        expect = [("result", noun, low), ("result", noun, high)]
        yield _case(city, title, sentence, expect)


@capability("targets", "a threshold after 超 counts the noun after it (其中超10亿元项目5个)")
def report_threshold_after_chao() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    for period, scope, _, (counted, counter, count), _, index in _frames():
        city = next(cities)
        threshold, lead = ("5", "10", "20")[index % 3], ("超", "超过", "逾")[index % 3]
        part = str(max(1, int(count) // 4))
        opening = f"{period},{scope.format(city=city)}"
        sentence = f"{opening}{counted}{count}{counter},其中{lead}{threshold}亿元项目{part}个。"
        title = next(titles)
        # the qualifier at the subject's start is cut, as at a figure's own (tests/gold/README.md)
        expect = [("result", counted, count), ("result", "项目", threshold), ("result", f"{threshold}亿元项目", part)]
        yield _case(city, title, sentence, expect)


# Lead-ins before a colon that set what is to be done ({y}: a year), and lead-ins that report what was done.
GOAL_LEAD_INS = (
    "今年工作目标",
    "{y}年主要目标任务",
    "全年目标任务",
    "下一步,我们将重点抓好以下工作",
    "会议要求,今年要重点完成以下任务",
    "{y}年招商引资工作计划",
)
REPORT_LEAD_INS = ("今年以来目标任务完成情况", "去年主要指标完成情况", "一年来取得的主要成绩")
# Items that name a verb of attainment only (签约, 引进, 新开工): the lead-in decides whether they are done.
LEAD_IN_ITEMS = (
    ("签约亿元以上项目", "个", ("12", "30", "56")),
    ("引进招商引资到位资金", "亿元", ("45.6", "120", "86.5")),
    ("新开工项目", "个", ("8", "23", "40")),
    ("实现实际利用外资", "亿美元", ("1.2", "3.5", "6.8")),
)
# How the list follows its lead-in: in the sentence, or on lines of their own (numbered or 一是).
LEAD_IN_LAYOUTS = (
    "{lead}:{a},{b},{c}。",
    "{lead}:{a};{b};{c}。",
    "{lead}:\n\n1.{a};\n\n2.{b};\n\n3.{c}。",
    "{lead}:\n\n一是{a};\n\n二是{b};\n\n三是{c}。",
)


@capability("targets", "a lead-in setting goals before a colon (今年工作目标:, 2024年目标任务:) makes its list goals")
def list_after_a_lead_in() -> Iterator[Case]:
    """The items of a plan's list name only a verb of attainment (签约亿元以上项目50个); the lead-in before the
    colon, in the sentence or on the line above, says they are to be done. A lead-in that reports (目标任务完成
    情况:) leaves them results, and an item marked done (其中已签约) is a result under either."""
    cities, titles = _cities(), cycle(TITLES)
    leads = [(lead, "goal") for lead in GOAL_LEAD_INS] + [(lead, "result") for lead in REPORT_LEAD_INS]
    for index, ((lead, status), layout) in enumerate(product(leads, LEAD_IN_LAYOUTS)):
        written = lead.format(y=2019 + index % 7)
        for shift in range(len(LEAD_IN_ITEMS)):
            chosen = [LEAD_IN_ITEMS[(shift + k) % len(LEAD_IN_ITEMS)] for k in range(3)]
            values = [figures[(index + k) % 3] for k, (_, _, figures) in enumerate(chosen)]
            items = [f"{noun}{value}{unit}" for (noun, unit, _), value in zip(chosen, values, strict=True)]
            paragraph = layout.format(lead=written, a=items[0], b=items[1], c=items[2])
            expect = {"targets[].status": [status] * 3, "targets[].value_text": values}
            yield _lead_in_case(next(cities), next(titles), paragraph, expect)
        total, done = ("30", "12") if index % 2 else ("56", "21")
        paragraph = f"{written}:签约亿元以上项目{total}个,其中已签约{done}个。"
        expect = {"targets[].status": [status, "result"], "targets[].value_text": [total, done]}
        yield _lead_in_case(next(cities), next(titles), paragraph, expect)


def _lead_in_case(city: str, title: str, paragraph: str, expect: dict[str, list]) -> Case:
    return Case(_capture(city, title, paragraph), expect, note=paragraph.replace("\n\n", " / "))
