"""Target capabilities of figures in lists and series, of scoring schemes and of the status a figure
takes from its article when no cue decides it.

The indicator nouns and units are the genre's (the counted nouns of cap_targets.py and those below),
places rotate through the divisions of divisions.tsv, cue words are written here independently of
builder/data/targets.json. The expected subject of a figure is the noun phrase of its own list item
(tests/gold/README.md, `figures`): never words of the item before it, never the place it is given
for; a noun a series shares out (分别, 依次) goes to the figures in order.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import cycle, product

from behaviour.cap_target_subjects import _counties
from behaviour.cap_targets import CLOSE, LEAD, OPENINGS, _cities
from behaviour.places import places
from behaviour.suite import Case, capability

# (indicator, unit, figures it takes): what a report of the genre counts, one figure each.
INDICATORS = (
    ("签约项目", "个", ("12", "40", "156")),
    ("新开工项目", "个", ("8", "23", "61")),
    ("引进企业", "家", ("5", "17", "230")),
    ("总投资", "亿元", ("35", "120.5", "1260")),
    ("到位资金", "亿元", ("3.5", "48", "212.7")),
    ("实际利用外资", "亿美元", ("1.2", "6.8", "15")),
    ("合同外资", "万美元", ("3500", "8600", "12000")),
    ("招商活动", "场", ("4", "16", "30")),
    ("外出招商", "批次", ("6", "22", "45")),
    ("亿元以上项目", "个", ("3", "19", "52")),
)
# Growth rates and shares the genre reports for several places at once.
RATES = ("实际利用外资增速", "固定资产投资增速", "到位资金增幅", "规上工业增加值增速", "招商引资完成率")
RESULT_LEADS = ("", "累计", "共", "已")
GOAL_LEADS = ("力争", "确保", "计划", "争取")


def _capture(city: str, sentence: str, title: str | None = None, date_line: str | None = None) -> str:
    head = title or f"{city}召开招商引资工作推进会"
    dated = f"发布时间:{date_line}\n\n" if date_line else ""
    return f"{head}\n\n{dated}{LEAD.format(city=city)}\n\n{sentence}\n\n{CLOSE}\n"


def _expect(statuses: list[str], subjects: list[str], values: list[str]) -> dict[str, list]:
    return {"targets[].status": statuses, "targets[].subject": subjects, "targets[].value_text": values}


def _triples() -> Iterator[tuple[tuple[str, str, str], ...]]:
    """Three different indicators at a time, every indicator in every place of the list."""
    for first in range(len(INDICATORS)):
        for step in (1, 3, 7):
            chosen = [INDICATORS[(first + k * step) % len(INDICATORS)] for k in range(3)]
            if len({c[0] for c in chosen}) == 3:
                yield tuple((noun, unit, figures[(first + k) % 3]) for k, (noun, unit, figures) in enumerate(chosen))


@capability("targets", "each figure of a list counts its own item's noun (签约项目12个、总投资35亿元)")
def list_items() -> Iterator[Case]:
    cities = _cities()
    marks = ("、", ",", ";", "")
    for items, mark, opening, (lead, status) in product(
        _triples(), marks, OPENINGS[:6], [(c, "result") for c in RESULT_LEADS] + [(c, "goal") for c in GOAL_LEADS]
    ):
        if mark == "" and lead:  # figures run together without marks only in plain reports
            continue
        if lead == "计划" and items[0][0] == "总投资":  # 计划总投资 names a signed project's size
            continue
        written = mark.join(f"{noun}{value}{unit}" for noun, unit, value in items)
        sentence = f"{opening}{lead}{written}。"
        if (len(sentence) + len(lead)) % 3:  # a third of the combinations covers every mark, opening and lead
            continue
        expect = _expect([status] * 3, [n for n, _, _ in items], [v for _, _, v in items])
        expect["targets[].unit"] = [u for _, u, _ in items]
        yield Case(_capture(next(cities), sentence), expect, note=sentence)


@capability(
    "targets", "a breakdown's items count their own nouns, not the item before (其中工业项目8个、服务业项目4个)"
)
def breakdown_items() -> Iterator[Case]:
    cities = _cities()
    parts = (
        ("工业项目", "服务业项目"),
        ("外资项目", "内资项目"),
        ("制造业企业", "科技型企业"),
        ("续建项目", "新建项目"),
    )
    for (lead, status), opening, (first, second), mark in product(
        [(c, "result") for c in RESULT_LEADS] + [(c, "goal") for c in GOAL_LEADS], OPENINGS[:5], parts, ("、", ",", ";")
    ):
        sentence = f"{opening}{lead}签约项目20个,总投资35亿元,其中{first}12个{mark}{second}8个。"
        expect = _expect([status] * 4, ["签约项目", "总投资", first, second], ["20", "35", "12", "8"])
        yield Case(_capture(next(cities), sentence), expect, note=sentence)


def _place_names() -> Iterator[str]:
    """Prefecture-level cities, as the genre names them beside a figure: full or bare."""
    names = [p for p in places() if p.level == "city" and len(p.short) >= 2]
    for index, place in enumerate(cycle(names)):
        yield place.name if index % 2 else place.short


@capability(
    "targets", "a rate given for several places measures the indicator, not a place (增速为郑州的24.3%、我市的18.8%)"
)
def rate_by_place() -> Iterator[Case]:
    cities, names = _cities(), _place_names()
    own = ("我市", "全市", "全省", "全国")
    for rate, period, with_de, number in product(
        RATES, ("上半年", "1-9月", "今年以来", "去年"), (True, False), range(8)
    ):
        first, second = next(names), own[number % len(own)]
        de = "的" if with_de else ""
        a, b = f"{10 + number}.{number + 1}", f"{5 + number * 2}.{9 - number}"
        sentence = f"{period},{rate}为{first}{de}{a}%、{second}{de}{b}%。"
        expect = _expect(["result"] * 2, [rate, rate], [a, b])
        yield Case(_capture(next(cities), sentence), expect, note=sentence)


@capability(
    "targets", "figures after 分别 or 依次 take the nouns before it in order (引进项目、到位资金分别为12个、35亿元)"
)
def respectively() -> Iterator[Case]:
    cities = _cities()
    links = ("分别为", "分别达到", "依次为", "分别是")
    for index, (items, link, opening, (lead, status)) in enumerate(
        product(
            _triples(), links, OPENINGS[:6], [("", "result"), ("累计", "result"), ("力争", "goal"), ("确保", "goal")]
        )
    ):
        if index % 5:  # a fifth of the combinations covers every triple, link, opening and lead
            continue
        for count in (2, 3):
            chosen = items[:count]
            nouns = "、".join(n for n, _, _ in chosen)
            figures = "、".join(f"{v}{u}" for _, u, v in chosen)
            sentence = f"{opening}{lead}{nouns}{link}{figures}。"
            expect = _expect([status] * count, [n for n, _, _ in chosen], [v for _, _, v in chosen])
            yield Case(_capture(next(cities), sentence), expect, note=sentence)
    # a noun after the figures is what they count; the names before 分别 are whom they are given for
    counties, parts = _counties(), (("工业", "服务业"), ("制造业", "现代服务业", "农业"))
    for verb, (noun, unit), mark, index in product(
        ("引进", "签约", "新引进"), (("项目", "个"), ("企业", "家")), "、和", range(3)
    ):
        names = parts[index - 1] if index else next(counties)
        figures = ("12", "8", "5")[: len(names)]
        listed = (
            mark.join(f"{v}{unit}" for v in figures)
            if mark == "、"
            else "、".join(f"{v}{unit}" for v in figures[:-1]) + f"和{figures[-1]}{unit}"
        )
        sentence = f"今年以来,{'、'.join(names)}分别{verb}{listed}{noun}。"
        expect = _expect(["result"] * len(names), [noun] * len(names), list(figures))
        yield Case(_capture(next(cities), sentence), expect, note=sentence)


# (what earns points, its counter): the objects of a scoring scheme's rules.
SCORED = (("亿元以上项目", "个"), ("外资企业", "家"), ("世界500强企业", "家"), ("招商活动", "场"), ("省外客商", "名"))
SCHEME_TITLE = "{city}招商引资工作考核办法"


@capability("targets", "a scoring scheme's rules are neither goals nor results (每引进1个亿元以上项目得2分)")
def scoring_rules() -> Iterator[Case]:
    cities = _cities()
    verbs = ("引进", "新引进", "签约", "新落地")
    points = ("得", "加", "计", "记")
    for (noun, counter), verb, point, score in product(SCORED, verbs, points, ("0.5", "1", "2", "5")):
        city = next(cities)
        sentence = f"每{verb}1{counter}{noun}{point}{score}分。"
        expect = _expect(["unknown", "unknown"], [noun, noun], ["1", score])
        yield Case(_capture(city, sentence, SCHEME_TITLE.format(city=city)), expect, note=sentence)


@capability(
    "targets", "a rate to reckon by or a formula's term is a rule, not a goal (按到位资金的5%计算, 完成率=…×100%)"
)
def reckoning_rules() -> Iterator[Case]:
    cities = _cities()
    bases = (
        "实际到位资金",
        "固定资产投资额",
        "合同外资",
        "项目实际投资额",
        "新增税收",
        "引荐项目到位资金",
        "新增注册资本",
    )
    for base, rate, reckon in product(bases, ("0.5", "1", "3", "5", "10"), ("计算", "计分", "给予奖励", "核算")):
        city = next(cities)
        sentence = f"奖励金额按{base}的{rate}%{reckon}。"
        yield Case(
            _capture(city, sentence, SCHEME_TITLE.format(city=city)),
            _expect(["unknown"], [base], [rate]),
            note=sentence,
        )
    for rate_name, (done, target) in product(
        ("完成率", "目标完成率", "任务完成率", "得分率"),
        (("实际到位资金", "目标任务"), ("新签约项目数", "年度任务数"), ("实际利用外资", "考核目标")),
    ):
        for operator in ("×", "*"):
            city = next(cities)
            sentence = f"{rate_name}={done}/{target}{operator}100%。"
            yield Case(
                _capture(city, sentence, SCHEME_TITLE.format(city=city)),
                _expect(["unknown"], [rate_name], ["100"]),
                note=sentence,
            )


@capability(
    "targets", "a figure of a year before the page's is a result, of a year after it a goal (2023年… in a 2024 report)"
)
def tense_by_year() -> Iterator[Case]:
    cities = _cities()
    for (noun, unit, figures), page, offset, verb in product(
        INDICATORS, (2016, 2019, 2021, 2024), (-2, -1, 1, 2), ("", "实现", "完成")
    ):
        year = page + offset
        status = "result" if offset < 0 else "goal"
        value = figures[(page + offset) % 3]
        sentence = f"{year}年,全市{verb}{noun}{value}{unit}。"
        expect = {"targets[].status": [status], "targets[].subject": [noun], "targets[].value_text": [value]}
        yield Case(
            _capture(next(cities), sentence, date_line=f"{page}-03-18"), expect, note=f"{sentence} (page {page})"
        )


PLAN_TITLES = (
    "{city}招商引资工作方案",
    "关于开展招商引资“攻坚年”活动的通知",
    "{city}2024年招商引资工作要点",
    "{city}招商引资奖励办法",
)
REPORT_TITLES = ("{city}招商引资工作总结", "关于上半年招商引资工作情况的通报", "{city}招商引资工作情况汇报")


@capability("targets", "a figure no cue decides is reported in news and reports, set in plans and notices")
def status_by_genre() -> Iterator[Case]:
    cities = _cities()
    # 公共, 共享 and 应急 only contain a cue word (共, 应): they decide nothing either
    nouns = ("外资项目", "内资项目", "注册资本", "用地面积", "公共服务平台", "共享厂房", "应急产业项目", "亿元以上项目")
    units = ("个", "个", "亿元", "亩", "个", "栋", "个", "个")
    for (noun, unit), number, after in product(zip(nouns, units, strict=True), ("3", "12", "40", "120"), ("", "以上")):
        sentence = f"{noun}{number}{unit}{after}。"
        city = next(cities)
        expect = {"targets[].status": ["result"], "targets[].subject": [noun], "targets[].value_text": [number]}
        yield Case(_capture(city, sentence), expect, note=f"{sentence} (news)")
        for titles, status in ((PLAN_TITLES, "goal"), (REPORT_TITLES, "result")):
            title = titles[int(number) % len(titles)].format(city=city)
            document = f"{title}\n\n各乡镇、各部门:\n\n{sentence}\n\n{city}人民政府办公室\n"
            expect = {"targets[].status": [status], "targets[].subject": [noun], "targets[].value_text": [number]}
            yield Case(document, expect, note=f"{sentence} ({title})")


# (what a project can yield, its unit, figures): a capacity, which is neither goal nor result.
YIELDS = (
    ("年产值", "亿元", ("3", "12.5", "80")),
    ("就业岗位", "个", ("300", "1200", "5000")),
    ("税收", "万元", ("800", "2600", "9000")),
)


@capability("targets", "what a project can yield is neither goal nor result (建成后可实现年产值10亿元)")
def capacity() -> Iterator[Case]:
    cities = _cities()
    modals = ("可", "能", "可以", "能够")
    verbs = ("实现", "创造", "带动", "提供", "新增")
    for (noun, unit, figures), modal, verb, lead in product(
        YIELDS, modals, verbs, ("项目建成投产后", "达产后", "该项目")
    ):
        value = figures[len(modal + verb + lead) % 3]
        sentence = f"{lead},{modal}{verb}{noun}{value}{unit}。"
        expect = _expect(["unknown"], [noun], [value])
        yield Case(_capture(next(cities), sentence), expect, note=sentence)


@capability("targets", "a term of office or of a contract is neither goal nor result (聘任期限为两年)")
def term_of_office() -> Iterator[Case]:
    cities = _cities()
    terms = ("聘任期限为", "聘期为", "任期为", "协议有效期为", "合作期限为", "聘任期限", "任期")
    for term, years, role in product(
        terms, ("1", "2", "3", "5", "两", "三", "五"), ("招商大使", "招商顾问", "招商代理")
    ):
        sentence = f"{role}{term}{years}年。"
        value = {"两": "2", "三": "3", "五": "5"}.get(years, years)
        city = next(cities)
        expect = {"targets[].status": ["unknown"], "targets[].value_text": [value]}
        yield Case(_capture(city, sentence, f"{city}{role}聘任办法"), expect, note=sentence)


FRACTIONS = ("1/2", "1/3", "2/3", "1/4", "3/4", "1/5", "2/5", "1/10")


@capability("targets", "a share written as a fraction is a figure of what it is a share of (完成的任务还不到1/4)")
def fraction_share() -> Iterator[Case]:
    cities = _cities()
    wholes = ("年度目标任务", "签约总额", "到位资金", "引进项目总数", "年度计划投资")
    for whole, fraction, (lead, status) in product(
        wholes, FRACTIONS, [("已完成", "result"), ("只完成了", "result"), ("力争达到", "goal"), ("要达到", "goal")]
    ):
        sentence = f"今年以来,该区{lead}{whole}的{fraction}。"
        expect = {"targets[].status": [status], "targets[].subject": [whole], "targets[].value_text": [fraction]}
        yield Case(_capture(next(cities), sentence), expect, note=sentence)
        dated = f"到5月份完成的{whole}还不到{fraction},进度明显滞后。"
        expect = {
            "targets[].status": ["result"],
            "targets[].subject": [f"完成的{whole}"],
            "targets[].value_text": [fraction],
        }
        yield Case(_capture(next(cities), dated), expect, note=dated)
    for date in ("5/12", "10/1", "12/25"):  # a date written with a slash is no fraction
        sentence = f"{date}当天,全市签约项目12个。"
        yield Case(_capture(next(cities), sentence), {"targets[].value_text": ["12"]}, note=sentence)


@capability("targets", "a counter with the other it may be read as, in brackets, is one unit (10名(户)以上)")
def bracketed_counter() -> Iterator[Case]:
    cities = _cities()
    pairs = (("名", "户"), ("个", "家"), ("家", "个"), ("名", "人"), ("位", "名"), ("项", "个"))
    nouns = ("市外投资客商", "招商引资项目", "规上企业", "省外客商", "重点项目")
    for (counter, other), noun, value, (lead, status) in product(
        pairs, nouns, ("1", "3", "10", "25"), [("各乡镇要引进", "goal"), ("全县已引进", "result")]
    ):
        for after in ("", "以上"):
            sentence = f"{lead}{noun}{value}{counter}({other}){after}。"
            unit = f"{counter}({other})"
            expect = _expect([status], [f"引进{noun}"], [value]) | {"targets[].unit": [unit]}
            yield Case(_capture(next(cities), sentence), expect, note=sentence)


@capability("targets", "a quota that names no noun counts the object named before it (要邀请客商…,至少邀请10名)")
def elided_object() -> Iterator[Case]:
    cities = _cities()
    agents = ("各乡镇", "各镇办", "各部门", "各单位", "各县区")
    objects = (
        ("邀请", "市外投资客商", "名"),
        ("引进", "亿元以上项目", "个"),
        ("走访", "目标企业", "家"),
        ("对接", "重点客商", "名"),
    )
    for agent, other, (verb, noun, counter), value in product(agents, agents, objects, ("1", "3", "5", "10")):
        if agent == other:
            continue
        quotas = f"{agent}至少{verb}{value}{counter}以上,{other}不得少于1{counter}"
        sentence = f"仪式当天,各地要{verb}有投资意向的{noun}参加,{quotas}。"
        expect = _expect(["goal", "goal"], [noun, noun], [value, "1"])
        yield Case(_capture(next(cities), sentence), expect, note=sentence)


TABLE_TOPICS = ("招商引资竞争力", "营商环境", "投资吸引力", "开放型经济发展水平", "外资利用水平")
TABLE_HEADERS = (("排名", "省域", "总分"), ("名次", "地区", "得分"), ("排名", "城市", "综合得分"), ("排序", "", "总分"))


@capability(
    "targets", "a ranking table flattened into a line gives each rank and score (排名省域总分1贵州91.352山东90.36…)"
)
def flattened_ranking_table() -> Iterator[Case]:
    provinces = [p.short for p in places() if p.level == "province" and p.short]
    for index, (topic, (rank, name, score), spaced, rows) in enumerate(
        product(TABLE_TOPICS, TABLE_HEADERS, (False, True), (3, 4, 6, 7, 9, 10))
    ):
        year = 2010 + index % 12
        names = [provinces[(index * 3 + k) % len(provinces)] for k in range(rows)]
        scores = [f"{95 - k * 1.37 - index % 5 * 0.11:.2f}" for k in range(rows)]
        gap = " " if spaced else ""
        cells = gap.join(f"{k + 1}{gap}{n}{gap}{s}" for k, (n, s) in enumerate(zip(names, scores, strict=True)))
        title = f"{year}中国十大省市{topic}排行榜"
        table = f"{rank}{name}{score}{gap}{cells}"
        text = f"{title}\n\n发布时间:{year + 1}-03-01\n\n{table}。{topic}反映一地吸收投资的能力。\n"
        expect = {
            "targets[].kind": ["ranking", "quantity"] * rows,
            "targets[].value_text": [v for k in range(rows) for v in (str(k + 1), scores[k])],
            "targets[].status": ["result"] * (2 * rows),
            "targets[].subject": [topic, score] * rows,
        }
        yield Case(text, expect, note=f"{title}: {cells[:40]}…")


@capability(
    "targets", "a change from one figure to another measures what stands before 从 (签约额从20亿元增长到35亿元)"
)
def change_between_figures() -> Iterator[Case]:
    cities = _cities()
    changes = ("增长到", "提升到", "提高至", "增加到", "下降到")
    for (noun, unit, figures), change, lead, cause in product(
        INDICATORS, changes, ("", "全市", "今年以来,全县"), ("", "招商活动让", "政策推动")
    ):
        low, high = figures[0], figures[2]
        sentence = f"{lead}{cause}{noun}从去年的{low}{unit}{change}{high}{unit}。"
        expect = _expect(["result", "result"], [noun, noun], [low, high])
        yield Case(_capture(next(cities), sentence), expect, note=sentence)


@capability("targets", "a part of a figure counts what the figure counts (签约项目639个中有532项)")
def part_of_figure() -> Iterator[Case]:
    cities = _cities()
    links = ("中有", "之中有", "当中有", "中")
    tails = ("来自省外", "已开工", "为制造业", "已投产", "落户园区")
    for (noun, unit, figures), link, tail, opening in product(
        INDICATORS, links, tails, ("今年以来,全市共有", "全县", "")
    ):
        whole, part = figures[2], figures[1]
        sentence = f"{opening}{noun}{whole}{unit}{link}{part}{unit}{tail}。"
        expect = _expect(["result", "result"], [noun, noun], [whole, part])
        yield Case(_capture(next(cities), sentence), expect, note=sentence)


@capability("targets", "a deadline's task ends where the work is sent (11月25日前将合同文本报招商局)")
def deadline_sent_to() -> Iterator[Case]:
    cities = _cities()
    tasks = ("签约项目的合同文本", "评议票", "项目推进情况", "招商引资台账", "土地报批材料", "在谈项目清单", "客商名单")
    offices = ("招商局", "市委办公室", "县政府办", "商务局项目科", "招商引资领导小组", "投资促进中心")
    for task, office, (verb, deadline) in product(
        tasks, offices, [("报送", "11月25日前"), ("上报", "月底前"), ("报", "下周二前"), ("报", "6月30日前")]
    ):
        sentence = f"各乡镇要于{deadline}将{task}{verb}{office}。"
        expect = {"targets[].deadline_text": [deadline], "targets[].subject": [task]}
        yield Case(_capture(next(cities), sentence), expect, note=sentence)
