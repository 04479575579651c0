"""What a figure counts (`subject`) in the forms of long reports the dev captures hardly show: text
tables, assessment reports (考核, 通报, 得分), a list of amounts sharing one noun, rankings of a scored
thing, clause residue at a subject's ends, and shares.

Each case is a paragraph of a 工作总结, 情况通报, 考核通报 or a speech, built from several frames per form,
with indicators, units and scoring words written here independently of builder/data/targets.json and
places from divisions.tsv. What a case expects follows tests/gold/README.md: the subject is the words
that name what is counted, the shortest span that still says it; a table's figure is counted by its
column's header (or, in a table whose columns are periods, by its row's header cell); a rule of a
scoring scheme or a formula's term counts nothing (`null`).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import cycle, product

from behaviour.cap_targets import _cities
from behaviour.suite import Case, capability
from builder.resources import data_tsv

REPORT_TITLES = (
    "{city}2023年招商引资工作总结",
    "关于{city}2023年度招商引资目标考核结果的通报",
    "{city}招商引资工作情况通报",
    "在{city}招商引资工作会议上的讲话",
)
# (indicator, the unit a cell of it carries, the bracketed unit its header gives, figures)
COLUMNS = (
    ("引资额", "亿元", "(亿元)", ("35.2", "28.1", "18.6", "9.4")),
    ("增速", "%", "(%)", ("12.5", "9.3", "7.1", "21.6")),
    ("签约项目", "个", "(个)", ("12", "8", "23", "5")),
    ("到位资金", "亿元", "(亿元)", ("20.6", "11", "7.35", "42")),
    ("完成率", "%", "(%)", ("96", "104.2", "88.5", "100")),
    ("新开工项目", "个", "(个)", ("6", "14", "3", "9")),
    ("实际利用外资", "万美元", "(万美元)", ("3200", "1850", "960", "4100")),
    ("考核得分", "分", "(分)", ("92.5", "88", "79.6", "95")),
)
PLACE_HEADERS = ("地区", "单位", "县(市、区)", "责任单位")
PERIOD_HEADERS = (("2022年", "2023年"), ("上年同期", "本期"), ("1-6月", "1-9月"), ("目标任务", "完成值"))
ROW_INDICATORS = (("签约项目", "个"), ("引资额", "亿元"), ("到位资金", "亿元"), ("新开工项目", "个"), ("增速", "%"))


def _counties() -> Iterator[list[str]]:
    """Three county-level names of one city, in divisions.tsv's order, city after city."""
    rows = data_tsv("divisions.tsv")
    by_city: dict[str, list[str]] = {}
    for row in rows:
        if row["level"] == "county" and row["name"][-1] in "县区市" and 3 <= len(row["name"]) <= 5:
            by_city.setdefault(row["parent_code"], []).append(row["name"])
    groups = [names[:3] for names in by_city.values() if len(names) >= 3]
    return cycle(groups)


def _capture(city: str, title: str, body: str) -> str:
    lead = "今年以来,全市上下围绕招商引资目标任务,真抓实干,取得明显成效。"
    if "通报" in title:
        lead = "现将有关情况通报如下:"
    return f"{title.format(city=city)}\n\n{lead}\n\n{body}\n\n{city}招商引资工作领导小组办公室\n"


def _expect(figures: list[tuple[str | None, str]], statuses: list[str] | None = None) -> dict[str, list]:
    expect: dict[str, list] = {
        "targets[].subject": [subject for subject, _ in figures],
        "targets[].value_text": [value for _, value in figures],
    }
    if statuses is not None:
        expect["targets[].status"] = statuses
    return expect


def _table(lines: list[str]) -> str:
    """A table in a report's body, with the sentence that introduces it and one after it."""
    return "各地完成情况见下表:\n" + "\n".join(lines) + "\n各地要对照目标,查找差距,确保完成全年任务。"


def _row(cells: list[str], separator: str) -> str:
    if separator == "|":
        return " | ".join(cells)
    return separator.join(cells)


SEPARATORS = ("|", "\t", "    ", "　　")


@capability("targets", "a text table's figure is counted by its column's header (地区 | 引资额 | 增速)")
def table_column_headers() -> Iterator[Case]:
    cities, counties, titles = _cities(), _counties(), cycle(REPORT_TITLES)
    pairs = [(a, b) for a, b in product(COLUMNS, COLUMNS) if a != b]
    for index, ((first, second), separator, place_header) in enumerate(product(pairs, SEPARATORS, PLACE_HEADERS)):
        if index % 3:  # a third of the combinations covers every pair, separator and header
            continue
        city, places = next(cities), next(counties)
        with_units = index % 2 == 0
        bracketed = ("", "") if with_units else (first[2], second[2])
        header = [place_header, first[0] + bracketed[0], second[0] + bracketed[1]]
        lines = [_row(header, separator)]
        figures: list[tuple[str | None, str]] = []
        for row, place in enumerate(places):
            a, b = first[3][row], second[3][row]
            cells = [place, a + first[1], b + second[1]] if with_units else [place, a, b]
            lines.append(_row(cells, separator))
            figures += [(first[0], a), (second[0], b)]
        title = next(titles)
        table = _table(lines)
        yield Case(_capture(city, title, table), _expect(figures), note=f"{table!r} ({title})")


@capability("targets", "a text table whose columns are periods: a row's figures are counted by its header cell")
def table_row_headers() -> Iterator[Case]:
    cities, titles = _cities(), cycle(REPORT_TITLES)
    for index, (periods, separator, first_header) in enumerate(product(PERIOD_HEADERS, SEPARATORS, ("指标", "项目"))):
        for shift in range(3):
            city = next(cities)
            rows = [ROW_INDICATORS[(shift + k) % len(ROW_INDICATORS)] for k in range(3)]
            lines = [_row([first_header, *periods], separator)]
            figures: list[tuple[str | None, str]] = []
            for row, (indicator, unit) in enumerate(rows):
                low, high = str(10 + row * 7 + index), f"{12 + row * 9 + index}.5"
                label = indicator if index % 2 else f"{indicator}({unit})"
                cells = [label, low + unit, high + unit] if index % 2 else [label, low, high]
                lines.append(_row(cells, separator))
                figures += [(indicator, low), (indicator, high)]
            title = next(titles)
            table = _table(lines)
            yield Case(_capture(city, title, table), _expect(figures), note=f"{table!r} ({title})")


INDICATORS = (
    "省外新增实际投资",
    "外商直接投资",
    "亿元以上项目开工",
    "招商引资到位资金",
    "重大产业项目签约",
    "新引进工业项目投资",
)
RATES = ("完成率", "到位率", "履约率", "开工率")


@capability("targets", "an assessment's indicator rate and its score (…实际投资完成率96%,得分18分)")
def assessment_indicator_and_score() -> Iterator[Case]:
    cities, counties, titles = _cities(), _counties(), cycle(REPORT_TITLES[:3])
    frames = (
        "{place}{indicator}{rate}{p}%,得分{s}分。",
        "{place}{indicator}{rate}为{p}%,得分{s}分。",
        "{place}{indicator}{rate}达到{p}%,考核得分{s}分。",
        "{indicator}{rate}:{place}{p}%,得分{s}分。",
    )
    for index, (indicator, rate, frame) in enumerate(product(INDICATORS, RATES, frames)):
        city, place = next(cities), next(counties)[index % 3]
        p, s = ("96", "104.5", "87.3", "100")[index % 4], ("18", "20", "15.6", "9.5")[index % 4]
        sentence = frame.format(place=place, indicator=indicator, rate=rate, p=p, s=s)
        score = "考核得分" if "考核得分" in frame else "得分"
        title = next(titles)
        expect = _expect([(f"{indicator}{rate}", p), (score, s)], ["result", "result"])
        yield Case(_capture(city, title, sentence), expect, note=f"{sentence} ({title})")


# (a penalty rule, the noun it counts: None when it names none)
PENALTIES = (
    ("每少{n}个扣{p}分", None),
    ("每少引进{n}个项目扣{p}分", "项目"),
    ("每低于目标{n}个百分点扣{p}分", None),
    ("每减少{n}家扣{p}分", None),
    ("每少落地{n}家企业扣{p}分", "企业"),
)


@capability("targets", "a scoring rule naming no noun counts nothing (每少1个扣0.5分, 最多扣5分): no subject")
def assessment_rules_count_nothing() -> Iterator[Case]:
    cities, titles = _cities(), cycle(REPORT_TITLES[1:3])
    caps = ("最多扣{m}分", "扣完为止", "")
    for index, ((penalty, noun), cap) in enumerate(product(PENALTIES, caps)):
        for n, p in (("1", "0.5"), ("1", "2"), ("2", "1")):
            city = next(cities)
            indicator = INDICATORS[index % len(INDICATORS)]
            rule = penalty.format(n=n, p=p)
            sentence = f"{indicator}未完成目标的,{rule}" + (f",{cap.format(m='5')}" if cap else "") + "。"
            figures: list[tuple[str | None, str]] = [(noun, n), (noun, p)]
            if "{m}" in cap:
                figures.append((None, "5"))
            title = next(titles)
            statuses = ["unknown"] * len(figures)
            yield Case(_capture(city, title, sentence), _expect(figures, statuses), note=f"{sentence} ({title})")


@capability("targets", "counts listed under a heading word (项目个数:东城区12个,西城区8个) count that word")
def assessment_counts_under_heading() -> Iterator[Case]:
    cities, counties, titles = _cities(), _counties(), cycle(REPORT_TITLES)
    headings = (("项目个数", "个"), ("签约项目数", "个"), ("新落户企业", "家"), ("开工项目数", "个"))
    headings += (("引进人才", "名"),)
    marks = (":", ":\n")
    for (heading, counter), mark in product(headings, marks):
        for shift in range(12):
            city, places = next(cities), next(counties)
            numbers = [str(3 + shift + k * 5) for k in range(3)]
            items = ",".join(f"{place}{n}{counter}" for place, n in zip(places, numbers, strict=True))
            body = f"{heading}{mark}{items}。"
            title = next(titles)
            figures: list[tuple[str | None, str]] = [(heading, n) for n in numbers]
            yield Case(_capture(city, title, body), _expect(figures), note=f"{body!r} ({title})")


SHARED_NOUNS = ("奖金", "奖励资金", "一次性奖励", "补助资金", "扶持资金", "贴息补助")


@capability("targets", "a list of amounts shares its one noun (分别给予奖金3000万元、2500万元、1500万元)")
def list_of_amounts_one_noun() -> Iterator[Case]:
    cities, titles = _cities(), cycle(REPORT_TITLES)
    frames = (
        "对综合考核优秀的县(市、区),分别给予{noun}{a}、{b}、{c}。",
        "对考核获奖的单位分别给予{noun}{a}、{b}和{c}。",
        "按引资额大小,分别兑现{noun}{a}、{b}、{c}。",
        "对新落户的重大项目,市财政分别安排{noun}{a}、{b}、{c}。",
    )
    amounts = (("3000万元", "2500万元", "1500万元"), ("100万元", "50万元", "30万元"), ("1亿元", "5000万元", "2000万元"))
    for noun, frame, (a, b, c) in product(SHARED_NOUNS, frames, amounts):
        for _ in range(3):
            city = next(cities)
            sentence = frame.format(noun=noun, a=a, b=b, c=c)
            title = next(titles)
            values = [amount.removesuffix("万元").removesuffix("亿元") for amount in (a, b, c)]
            expect = _expect([(noun, v) for v in values])
            yield Case(_capture(city, title, sentence), expect, note=f"{sentence} ({title})")


SCORED_THINGS = ("综合考评成绩", "综合考评得分", "招商引资考核成绩", "年度目标考核得分", "项目建设考评成绩")
SCORED_THINGS += ("营商环境评价得分",)


@capability("targets", "a ranking of a scored thing ranks in that thing (取得了全省综合考评成绩第一)")
def ranking_of_a_scored_thing() -> Iterator[Case]:
    cities, titles = _cities(), cycle(REPORT_TITLES)
    frames = (
        "{place}取得了{scope}{thing}第{n}的好成绩。",
        "{place}在{scope}{thing}中位列第{n}。",
        "{place}获得{scope}{thing}第{n}名。",
        "{place}{scope}{thing}第{n},较去年前移两位。",
        "{place}{thing}居{scope}第{n}位。",
    )
    for index, (thing, frame, scope) in enumerate(product(SCORED_THINGS, frames, ("全省", "全市", ""))):
        for n in ("一", "三", "2"):
            city = next(cities)
            place = ("我市", "我县", "{city}", "该区")[index % 4].format(city=city)
            sentence = frame.format(place=place, scope=scope, thing=thing, n=n)
            number = {"一": "1", "三": "3"}.get(n, n)
            title = next(titles)
            # after a ranking verb, what it ranks in is its scope (排名台州市第一 → 台州市, tests/gold/README.md)
            subject = (scope or thing) if "居{scope}" in frame else f"{scope}{thing}"
            yield Case(
                _capture(city, title, sentence),
                _expect([(subject, number)], ["result"]),
                note=f"{sentence} ({title})",
            )


PRIZES = ("招商引资综合奖", "项目建设综合奖", "招商引资突出贡献奖", "优化营商环境奖")


@capability("targets", "a prize's class ranks in the prize (荣获全市招商引资综合奖一等奖)")
def ranking_of_a_prize() -> Iterator[Case]:
    cities, titles = _cities(), cycle(REPORT_TITLES)
    frames = ("{place}荣获{scope}{prize}{n}等奖。", "{place}被评为{scope}{prize}{n}等奖。")
    frames += ("{place}获{scope}{prize}{n}等奖,受到通报表扬。",)
    for index, (prize, frame, scope, n) in enumerate(product(PRIZES, frames, ("全省", "全市", ""), ("一", "二", "三"))):
        city = next(cities)
        place = ("我市", "我县", "{city}", "该区")[index % 4].format(city=city)
        sentence = frame.format(place=place, scope=scope, prize=prize, n=n)
        number = {"一": "1", "二": "2", "三": "3"}[n]
        title = next(titles)
        expect = _expect([(f"{scope}{prize}", number)], ["result"])
        yield Case(_capture(city, title, sentence), expect, note=f"{sentence} ({title})")


COUNTED = (
    ("世界500强企业", "家"),
    ("中外企业", "家"),
    ("亿元以上项目", "个"),
    ("规上工业企业", "家"),
    ("高层次人才", "名"),
    ("外资项目", "个"),
)


@capability("targets", "a verb or adverb after the noun is no part of it (世界500强企业新增53家, …企业已26家)")
def residue_verb_after_noun() -> Iterator[Case]:
    cities, titles = _cities(), cycle(REPORT_TITLES)
    frames = (
        "全年{noun}新增{n}{c}。",
        "今年引进的{noun}已达{n}{c}。",
        "截至目前,全市{noun}已{n}{c}。",
        "{year}年以来,{noun}累计新增{n}{c}。",
        "全年{noun}共计新增{n}{c},创历史新高。",
    )
    for index, ((noun, counter), frame) in enumerate(product(COUNTED, frames)):
        for n in ("53", "26", "8", "112"):
            city = next(cities)
            sentence = frame.format(noun=noun, n=n, c=counter, year=2018 + index % 4)
            expected = f"引进的{noun}" if "引进的" in frame else noun
            title = next(titles)
            yield Case(_capture(city, title, sentence), _expect([(expected, n)]), note=f"{sentence} ({title})")


PROJECT_NAMES = ("新能源汽车零部件", "智能装备制造", "高端新材料产业园", "现代物流园", "光伏组件")


@capability("targets", "an example marker (如, 比如) or a redaction mark (X, #) is no part of a subject")
def residue_marks_at_ends() -> Iterator[Case]:
    cities, titles = _cities(), cycle(REPORT_TITLES)
    frames = (
        ("如{name}项目总投资{v}亿元。", "总投资"),
        ("比如{name}项目,总投资{v}亿元。", "总投资"),
        ("例如{name}项目计划投资{v}亿元。", "计划投资"),
        ("{name}项目总投资XX.X亿元。", "总投资"),
        ("{name}项目计划总投资X.X亿元。", "计划总投资"),
        ("{name}项目总投资X亿元,已完成投资X亿元。", "总投资"),
    )
    for name, (frame, subject) in product(PROJECT_NAMES, frames):
        for v in ("120", "35.6", "8"):
            city = next(cities)
            sentence = frame.format(name=name, v=v)
            title = next(titles)
            redacted = "X" in frame or "#" in frame
            figures = [(subject, "X" if redacted else v)]
            if "已完成投资" in frame:
                figures.append(("投资", "X"))
            yield Case(_capture(city, title, sentence), _expect(figures), note=f"{sentence} ({title})")


SECTORS = ("制造业", "现代服务业", "东部沿海地区", "长三角地区", "战略性新兴产业", "外资企业")
SHARE_INDICATORS = ("引资额", "到位资金", "固定资产投资", "工业投资", "实际利用外资")


@capability("targets", "a share counts its indicator, not the part it is a share of (制造业占全市引资额比重达62%)")
def share_of_an_indicator() -> Iterator[Case]:
    cities, titles = _cities(), cycle(REPORT_TITLES)
    # the scope stays with the indicator (全市引资额比重), as written; a share of a whole keeps 占, as in
    # `占全国年度签约金额` (tests/gold)
    frames = (
        ("{sector}占{scope}{indicator}比重达{p}%。", "{scope}{indicator}比重"),
        ("{sector}占{scope}{indicator}的比重为{p}%。", "{scope}{indicator}的比重"),
        ("{sector}贡献了{scope}{p}%的{indicator}。", "{indicator}"),
        ("{sector}占{scope}{indicator}的{p}%。", "占{scope}{indicator}"),
    )
    for sector, indicator, (frame, subject), scope in product(SECTORS, SHARE_INDICATORS, frames, ("全市", "")):
        city = next(cities)
        p = ("62", "35.6", "18.2")[len(sector + indicator) % 3]
        sentence = frame.format(sector=sector, scope=scope, indicator=indicator, p=p)
        title = next(titles)
        expect = _expect([(subject.format(indicator=indicator, scope=scope), p)])
        yield Case(_capture(city, title, sentence), expect, note=f"{sentence} ({title})")


@capability("targets", "shares after an opening naming their indicator count it (从引资额比重看,东部沿海地区贡献62%)")
def shares_under_their_indicator() -> Iterator[Case]:
    cities, titles = _cities(), cycle(REPORT_TITLES)
    frames = (
        ("从{scope}{indicator}比重看,{a}贡献{p}%,{b}贡献{q}%。", "{scope}{indicator}比重"),
        ("从{scope}{indicator}占比来看,{a}占{p}%,{b}占{q}%。", "{scope}{indicator}占比"),
        ("{scope}{indicator}比重:{a}{p}%,{b}{q}%。", "{scope}{indicator}比重"),
        ("在{scope}{indicator}中,{a}占{p}%,{b}占{q}%。", "{scope}{indicator}"),
    )
    pairs = [(a, b) for a, b in product(SECTORS, SECTORS) if a != b]
    for (a, b), indicator, (frame, subject) in product(pairs, SHARE_INDICATORS, frames):
        if len(a + b + indicator) % 3:  # a third of the pairs covers every sector, indicator and frame
            continue
        city, scope = next(cities), ("全市", "")[len(a) % 2]
        p, q = ("62", "35.6", "18.2")[len(a) % 3], ("25", "9.8", "41")[len(b) % 3]
        sentence = frame.format(scope=scope, indicator=indicator, a=a, b=b, p=p, q=q)
        title = next(titles)
        named = subject.format(scope="", indicator=indicator)  # without the place it is scoped to
        yield Case(_capture(city, title, sentence), _expect([(named, p), (named, q)]), note=f"{sentence} ({title})")


WEIGHTED = ("到位资金", "项目开工", "招商活动", "外资引进", "亿元以上项目签约", "重大项目落地")


@capability("targets", "an assessment's weights are rules counted by their indicator (到位资金占40分)")
def assessment_weights() -> Iterator[Case]:
    cities, titles = _cities(), cycle(("{city}招商引资工作考核办法", *REPORT_TITLES[1:3]))
    leads = ("按照考核办法,", "考核实行百分制,其中", "")
    for index, lead in enumerate(leads):
        for first, second in product(WEIGHTED, WEIGHTED):
            if first == second:
                continue
            city = next(cities)
            points = (("40", "30"), ("35", "25"), ("50", "20"))[index % 3]
            sentence = f"{lead}{first}占{points[0]}分,{second}占{points[1]}分。"
            title = next(titles)
            expect = _expect([(first, points[0]), (second, points[1])], ["unknown", "unknown"])
            yield Case(_capture(city, title, sentence), expect, note=f"{sentence} ({title})")


ITEMS = ("新开工项目", "竣工投产项目", "省外到位资金", "签约项目", "实际利用外资")


@capability("targets", "an item's share of its target counts the target (新开工项目完成年度目标任务的92%)")
def item_share_of_target() -> Iterator[Case]:
    cities, titles = _cities(), cycle(REPORT_TITLES)
    targets = ("年度目标任务", "年度目标", "全年任务", "年度计划")
    verbs = ("完成", "完成了", "达到")
    for (item, target, verb), period in product(product(ITEMS, targets, verbs), ("截至11月底,", "1-9月,", "")):
        city = next(cities)
        p = ("92", "78.5", "105")[len(item + target) % 3]
        sentence = f"{period}{item}{verb}{target}的{p}%。"
        title = next(titles)
        yield Case(_capture(city, title, sentence), _expect([(target, p)], ["result"]), note=f"{sentence} ({title})")


@capability("targets", "text tables of other shapes: places as columns, a measure column, an unnamed corner, a total")
def table_variants() -> Iterator[Case]:
    cities, counties, titles = _cities(), _counties(), cycle(REPORT_TITLES)
    shapes = ("places", "measure", "corner", "total")
    for index, (shape, separator) in enumerate(product(shapes, SEPARATORS)):
        for shift in range(12):
            city, places = next(cities), next(counties)
            rows = [ROW_INDICATORS[(shift + k) % 4] for k in range(2)]
            figures: list[tuple[str | None, str]] = []
            if shape == "places":  # 指标 | 东城区 | 西城区 | 南湖区
                lines = [_row(["指标", *places], separator)]
                for row, (indicator, unit) in enumerate(rows):
                    values = [str(5 + row * 3 + k + shift) for k in range(3)]
                    lines.append(_row([f"{indicator}({unit})", *values], separator))
                    figures += [(indicator, v) for v in values]
            elif shape == "measure":  # 指标 | 2023年1-9月完成 | 同比增长(%)
                lines = [_row(["指标", "2023年1-9月完成", "同比增长(%)"], separator)]
                for row, (indicator, unit) in enumerate(rows):
                    done, growth = str(20 + row * 11 + shift), f"{3 + row}.{shift % 10}"
                    lines.append(_row([f"{indicator}({unit})", done, growth], separator))
                    figures += [(indicator, done), ("同比增长", growth)]
            else:  # a spaced header without the rows' name (corner), or a 合计 row under a place table
                first, second = COLUMNS[shift % 4], COLUMNS[(shift + 1) % 4]
                header = [first[0] + first[2], second[0] + second[2]]
                if shape == "total" or separator == "|":
                    header = ["地区", *header]
                lines = [_row(header, separator)]
                names = [*places, "合计"] if shape == "total" else list(places)
                for row, place in enumerate(names):
                    a, b = first[3][row], second[3][row]
                    lines.append(_row([place, a, b], separator))
                    figures += [(first[0], a), (second[0], b)]
            title = next(titles)
            table = _table(lines)
            yield Case(_capture(city, title, table), _expect(figures), note=f"{table!r} ({title}, {index})")


PEOPLE = ("区级领导", "市级领导", "县级领导", "企业家", "专家学者", "乡贤")
ROLES = ("担任分链长", "担任产业链链长", "兼任招商顾问", "担任招商大使", "出任项目专班组长")


@capability("targets", "people counted are the noun, not the role they take (区级领导担任分链长8名)")
def residue_role_after_people() -> Iterator[Case]:
    cities, titles = _cities(), cycle(REPORT_TITLES)
    frames = ("全区共有{people}{role}{n}名。", "由{n}名{people}{role}。", "目前,{people}{role}{n}名,实行一链一专班。")
    for people, role, frame in product(PEOPLE, ROLES, frames):
        for n in ("8", "12", "26"):
            city = next(cities)
            sentence = frame.format(people=people, role=role, n=n)
            title = next(titles)
            yield Case(_capture(city, title, sentence), _expect([(people, n)]), note=f"{sentence} ({title})")


@capability("targets", "a report's numbered line stating figures is read like a paragraph ((一)全年签约项目56个,…)")
def numbered_lines_with_figures() -> Iterator[Case]:
    cities, titles = _cities(), cycle(REPORT_TITLES)
    numbers = (("(一)", "(二)"), ("一、", "二、"), ("1.", "2."), ("第一,", "第二,"))
    for (first, second), (counted, counter, counts), (noun, unit, amounts) in product(
        numbers, (("签约项目", "个", "56"), ("新开工项目", "个", "23"), ("新落户企业", "家", "18")), AMOUNTS_NAMED
    ):
        for lead in ("全年", "1-9月,", "截至目前,"):
            city = next(cities)
            lines = f"{first}{lead}{counted}{counts}{counter},{noun}{amounts}{unit}。\n{second}{noun}{amounts}{unit}。"
            title = next(titles)
            figures = [(counted, counts), (noun, amounts), (noun, amounts)]
            yield Case(_capture(city, title, lines), _expect(figures), note=f"{lines!r} ({title})")


AMOUNTS_NAMED = (("总投资", "亿元", "230"), ("到位资金", "亿元", "86.5"), ("实际利用外资", "万美元", "3200"))
