"""What a figure counts (`subject`) in forms of long reports and speeches that earlier frames were too
narrow for: a formula's terms, amount bands shared out by 分别, a score under a topic (在…方面), shares
listed place by place, a figure standing before the noun it modifies, a subject named before its verb
with time or place before it, relative-clause residue, two heads sharing one measure, prizes listed
under a heading, amounts listed after 依序, and a figure inside a quoted name.

Each case is a paragraph of a 工作总结, 情况通报, 考核通报, 研究报告 or a speech, built from several frames
per form, with indicators, nouns and units written here independently of builder/data/targets.json and
places from divisions.tsv. What a case expects follows tests/gold/README.md: the words that name what
is counted, the shortest span that still says it, without the time, place or people it is given for
and without verbs of attainment at its ends; a figure before its noun counts that noun; `null` when the
text names nothing counted.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations, cycle, product

from behaviour.cap_target_subjects import COLUMNS, REPORT_TITLES, _capture, _counties, _expect
from behaviour.cap_targets import _cities
from behaviour.suite import Case, capability
from builder.resources import data_tsv

TITLES = (*REPORT_TITLES, "{city}利用外资情况研究报告")

# indicators of an assessment, each a measure a score formula weighs
SCORED = ("甲类指标完成率", "签约项目完成率", "到位资金完成率", "外资指标完成率", "开工项目完成率", "亿元项目完成率")
COUNTED_IN_FORMULAS = ("签约项目个数", "到位资金", "新开工项目个数", "实际利用外资", "亿元以上项目个数")


def _case(
    city: str, title: str, body: str, figures: list[tuple[str | None, str]], statuses: list[str] | None = None
) -> Case:
    return Case(_capture(city, title, body), _expect(figures, statuses), note=f"{body!r} ({title})")


@capability("targets", "a formula's term counts the nearest noun before it in the term (得分=…完成率96%×0.5=0.48)")
def formula_terms() -> Iterator[Case]:
    cities, counties, titles = _cities(), _counties(), cycle(TITLES[1:3])
    weights = (("0.5", "0.48"), ("0.3", "0.29"), ("20", "19.2"), ("0.25", "0.24"))
    for index, (indicator, (weight, result)) in enumerate(product(SCORED, weights)):
        for shape in range(3):
            city, place = next(cities), next(counties)[index % 3]
            rate = ("96", "104.5", "87.3")[shape]
            if shape == 0:
                body = f"{place}得分={indicator}{rate}%×{weight}={result}。"
            elif shape == 1:
                body = f"{place}:得分={indicator}{rate}%×{weight}={result},结果为良好。"
            else:
                body = f"其中,{place}的考核得分={indicator}{rate}%×{weight}={result}。"
            score = "考核得分" if "考核得分" in body else "得分"
            yield _case(city, next(titles), body, [(indicator, rate), (score, result)])
    pairs = [(a, b) for a, b in product(COUNTED_IN_FORMULAS, COUNTED_IN_FORMULAS) if a != b]
    for index, (first, second) in enumerate(pairs):
        for brackets in (("【", "】"), ("[", "]"), ("", "")):
            city, place = next(cities), next(counties)[index % 3]
            a, b = ("28", "27"), ("12.5", "10")
            w1, w2 = ("50", "50") if index % 2 else ("60", "40")
            open_, close = brackets
            formula = f"{open_}({first}{a[0]}÷{a[1]})×{w1}%+({second}{b[0]}÷{b[1]})×{w2}%{close}×20=22.4分"
            body = f"{place}得分={formula}。" if index % 3 else f"{place}:得分={formula}。"
            yield _case(city, next(titles), body, [(first, w1), (second, w2), ("得分", "22.4")])
    scores = ("招商引资考核得分", "营商环境评价得分", "项目建设考评得分", "外资工作得分")
    for first, second in product(scores, scores):
        if first != second:
            city = next(cities)
            body = f"综合得分={first}×70%+{second}×30%。"
            yield _case(city, next(titles), body, [(first, "70"), (second, "30")])


# (the bands of an amount, their values as written)
BANDS = (
    (("1-5亿元", "1-5"), ("5-10亿元", "5-10"), ("10亿元以上", "10")),
    (("3000-5000万元", "3000-5000"), ("5000万元以上", "5000")),
    (("1-3亿元", "1-3"), ("3-10亿元", "3-10"), ("10-50亿元", "10-50"), ("50亿元以上", "50")),
)
BAND_HEADS = ("项目", "产业项目", "工业项目", "外资项目")


@capability("targets", "amount bands shared out by 分别 (1-5亿元、5-10亿元、10亿元以上项目个数分别不少于6个、3个、2个)")
def amount_bands_in_a_series() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    leads = ("引进投资", "全年新引进", "力争引进", "签约")
    counts = ("个数", "数")
    verbs = ("分别不少于", "分别达到", "分别为", "要分别达到")
    for bands, head, lead, count, verb in product(BANDS, BAND_HEADS, leads, counts, verbs):
        city = next(cities)
        numbers = [str(n) for n in (6, 3, 2, 1)[: len(bands)]]
        written = "、".join(band for band, _ in bands)
        body = f"{lead}{written}{head}{count}{verb}" + "、".join(f"{n}个" for n in numbers) + "。"
        figures: list[tuple[str | None, str]] = [(head, value) for _, value in bands]
        figures += [(f"{head}{count}", n) for n in numbers]
        yield _case(city, next(titles), body, figures)


TOPICS = ("比速度看质量", "招大引强", "项目落地", "营商环境", "以商招商", "外资外贸")


@capability("targets", "a score under a topic counts the topic (在“招大引强”方面,满分20分,我县以17.5分居全市第二)")
def score_under_a_topic() -> Iterator[Case]:
    cities, counties, titles = _cities(), _counties(), cycle(TITLES)
    agents = ("我县", "我市", "我区", "{county}")
    frames = (
        ("在“{topic}”方面,满分{full}分,{agent}以{score}分居全市第{n}。", "“{topic}”"),
        ("在{topic}方面,满分{full}分,{agent}以{score}分位列全市第{n}。", "{topic}"),
        ("在“{topic}”方面,{agent}以{score}分(满分{full}分)居全市第{n}。", "“{topic}”"),
        ("“{topic}”方面,满分{full}分,{agent}以{score}分位居全市第{n}。", "“{topic}”"),
        ("在“{topic}”考核中,{agent}以{score}分(满分{full}分)位列全市第{n}。", "“{topic}”考核"),
    )
    for index, (topic, (frame, subject), agent) in enumerate(product(TOPICS, frames, agents)):
        for score, full, n in (("17.5", "20", "二"), ("28", "30", "三"), ("9.6", "10", "一")):
            city, county = next(cities), next(counties)[index % 3]
            body = frame.format(topic=topic, full=full, score=score, n=n, agent=agent.format(county=county))
            rank = {"一": "1", "二": "2", "三": "3"}[n]
            expected = subject.format(topic=topic)
            if body.index("满分") < body.index(f"以{score}"):
                figures = [("满分", full), (expected, score), ("全市", rank)]
            else:
                figures = [(expected, score), ("满分", full), ("全市", rank)]
            yield _case(city, next(titles), body, figures)


MEASURES = ("10亿元以上项目占比", "引资额增速", "到位资金增幅", "项目开工率", "签约项目履约率", "外资项目占比")
COMPARATIVES = ("较高的是", "最高的是", "较快的是", "居前的是", "较高的依次是", "排在前列的是")


@capability("targets", "shares listed place by place count their measure (占比较高的是甲市的21.6%、我市的17.2%)")
def shares_listed_by_place() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    for measure, comparative in product(MEASURES, COMPARATIVES):
        for shape in range(4):
            city, first, third = next(cities), next(cities), next(cities)
            second = ("我市", "{city}", "全省")[shape % 3].format(city=city)
            shares = ("21.6", "17.2", "15.9")
            listed = f"{first}的{shares[0]}%、{second}的{shares[1]}%和{third}的{shares[2]}%"
            lead = ("其中", "从各地看,", "", "全省")[shape]
            body = f"{lead}{measure}{comparative}{listed}。"
            figures: list[tuple[str | None, str]] = []
            if measure.startswith("10亿元"):
                figures.append(("项目", "10"))
            figures += [(measure, share) for share in shares]
            yield _case(city, next(titles), body, figures)
        city, first, second = next(cities), next(cities), next(cities)
        body = f"{measure}{comparative}{first}(21.6%)、{second}(17.2%)和全省(15.9%)。"
        figures = [("项目", "10")] if measure.startswith("10亿元") else []
        shares = [(measure, "21.6"), (measure, "17.2"), (measure, "15.9")]
        yield _case(city, next(titles), body, [*figures, *shares])
        city, first, second = next(cities), next(cities), next(cities)
        body = f"{measure}{comparative}{first},达21.6%,其次是{second}17.2%。"
        figures = [("项目", "10")] if measure.startswith("10亿元") else []
        yield _case(city, next(titles), body, [*figures, (measure, "21.6"), (measure, "17.2")])


PARTS = ("东部地区", "制造业", "外资企业", "民营企业", "开发区", "重点项目")
SHARED = ("引资额", "到位资金", "税收", "新增就业", "进出口额")


@capability("targets", "a share before its noun counts that noun (东部地区贡献58%引资额)")
def share_before_its_noun() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    verbs = ("贡献", "贡献了", "提供了", "拉动了")
    for part, noun, verb in product(PARTS, SHARED, verbs):
        city = next(cities)
        share = ("58", "36.5", "72", "41.2")[len(part) % 4]
        body = f"从结构看,{part}{verb}{share}%{noun}。"
        yield _case(city, next(titles), body, [(noun, share)])
        other = PARTS[(PARTS.index(part) + 1) % len(PARTS)]
        body = f"{part}{verb}{share}%的{noun},{other}{verb}20.1%。"
        yield _case(next(cities), next(titles), body, [(noun, share), (noun, "20.1")])


FUNDED = ("产业基金", "产业投资基金", "研发中心", "总部基地", "物流园区", "创新平台", "区域总部")
FOUNDERS = ("设立", "组建", "新建", "打造", "合作设立", "投资建设")
COMPANIES = ("某集团", "一家央企", "某跨国公司", "一家上市公司")


@capability("targets", "an amount before its noun counts that noun (设立30亿元产业基金, 如某公司8亿美元研发中心)")
def amount_before_its_noun() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    amounts = (("30", "亿元"), ("8", "亿美元"), ("5000", "万元"), ("12.5", "亿元"))
    for index, (noun, founder, (value, unit)) in enumerate(product(FUNDED, FOUNDERS, amounts)):
        city = next(cities)
        if index % 2:
            body = f"今年以来,我市与央企合作,{founder}{value}{unit}{noun},为产业发展注入动能。"
        else:
            company = COMPANIES[index % len(COMPANIES)]
            body = f"一批重大项目落地(如{company}{value}{unit}{noun})。"
        yield _case(city, next(titles), body, [(noun, value)])


KINDS_OF_WORK = ("重点工程", "重点招引领域", "主导产业", "产业集群", "攻坚行动", "招商专班", "重点产业链")


@capability("targets", "a number of kinds counts the noun after 大 (明确了6大重点工程, 确定了9大重点招引领域)")
def number_of_kinds() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    verbs = ("明确了", "确定了", "聚焦", "围绕", "实施", "谋划了")
    for noun, verb in product(KINDS_OF_WORK, verbs):
        for n in ("6", "9", "12"):
            city = next(cities)
            body = f"会议{verb}{n}大{noun},细化了工作举措。"
            yield _case(city, next(titles), body, [(noun, n)])


PLACE_KINDS = (("省、市、自治区", "多个"), ("国家和地区", "个"), ("省市", "多个"), ("城市", "个"), ("省份", "个"))
GUESTS = ("客商", "企业家", "嘉宾", "投资商")


@capability("targets", "a count of places before 的 counts the places (邀请了来自全国30多个省、市、自治区的客商)")
def count_of_places() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    for (kind, counter), guest in product(PLACE_KINDS, GUESTS):
        for n in ("30", "12", "25"):
            for frame in ("大会邀请了来自全国{n}{c}{kind}的{guest}参会。", "来自{n}{c}{kind}的{guest}齐聚一堂。"):
                city = next(cities)
                body = frame.format(n=n, c=counter, kind=kind, guest=guest)
                yield _case(city, next(titles), body, [(kind, n)])
            body = f"来自{n}{counter}{kind}的300余名{guest}参加了大会。"
            yield _case(next(cities), next(titles), body, [(kind, n), (guest, "300")])


@capability("targets", "a capacity before its plant counts the capacity (建设年产30万吨的煤矿)")
def capacity_before_its_plant() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    plants = (
        ("30", "万吨", "煤矿"),
        ("50", "万台", "电机生产线"),
        ("10", "万辆", "整车厂"),
        ("100", "万吨", "水泥生产线"),
    )
    verbs = ("建设", "新建", "投资建设", "规划建设")
    measures = ("年产", "年产能")
    for (value, unit, plant), verb, measure in product(plants, verbs, measures):
        for lead in ("项目计划", "该企业拟", "今年将"):
            city = next(cities)
            body = f"{lead}{verb}{measure}{value}{unit}的{plant}。"
            yield _case(city, next(titles), body, [(measure, value)])


@capability("targets", "a subject before its verb loses the place and year before it (如浙江省2026年目标引资1.5万亿元)")
def subject_after_place_and_year() -> Iterator[Case]:
    cities, titles, provinces = _cities(), cycle(TITLES), _provinces()
    places = ("{province}", "{bare}", "{city}", "{bare_province}", "{bare}")
    frames = (
        ("如{place}{year}年目标引资{n}亿元。", "引资"),
        ("{place}{year}年计划引进项目{n}个。", "引进项目"),
        ("对比来看,{place}{year}年目标签约项目{n}个。", "签约项目"),
        ("据统计,{place}{year}年实际使用外资{n}亿美元。", "实际使用外资"),
        ("兄弟地市中,{place}{year}年新签约项目{n}个。", "新签约项目"),
    )
    for place, (frame, subject) in product(places, frames):
        for year, n in (("2026", "1.5"), ("2025", "120"), ("2027", "45"), ("2024", "36.8")):
            city = next(cities)
            bare = city.removesuffix("市") if len(city) > 2 else city
            province, bare_province = next(provinces)
            body = frame.format(
                place=place.format(city=city, bare=bare, province=province, bare_province=bare_province), year=year, n=n
            )
            yield _case(city, next(titles), body, [(subject, n)])


def _provinces() -> Iterator[tuple[str, str]]:
    """Provinces of divisions.tsv, each full and by its short name (浙江省, 浙江)."""
    rows = data_tsv("divisions.tsv")
    return cycle([(row["name"], row["short_names"].split("|")[0]) for row in rows if row["level"] == "province"])


ATTRACTED = (("合同项目", "个"), ("外资企业", "家"), ("客商", "名"), ("亿元以上项目", "个"), ("落户企业", "家"))
ATTRACTED += (("投资项目", "个"),)


@capability("targets", "what a verb attracts is the subject, not the words before the verb (三年投资吸引合同项目45个)")
def subject_after_attraction() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    leads = ("三年投资吸引", "通过以商招商吸引", "活动期间共吸引", "依托产业园区吸引", "近年来通过驻外招商吸引")
    leads += ("借助展会平台累计吸引",)
    for (noun, counter), lead in product(ATTRACTED, leads):
        for n in ("45", "12", "8"):
            city = next(cities)
            body = f"{lead}{noun}{n}{counter}。"
            yield _case(city, next(titles), body, [(noun, n)])


RELATIVE_LEADS = ("围绕这个项目", "通过以商招商", "依托产业园区", "借助招商平台", "围绕主导产业")


@capability("targets", "a relative clause before a noun is no part of it (围绕这个项目引进的中外企业已达31家)")
def relative_clause_residue() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    nouns = (("中外企业", "家"), ("配套企业", "家"), ("上下游项目", "个"), ("专业人才", "名"))
    verbs = ("引进的", "落户的", "集聚的")
    for lead, (noun, counter), verb in product(RELATIVE_LEADS, nouns, verbs):
        city = next(cities)
        body = f"目前{lead}{verb}{noun}已达31{counter}。"
        yield _case(city, next(titles), body, [(noun, "31")])
    for noun, counter in (("世界500强企业", "家"), ("中国500强企业", "家"), ("外资企业", "家"), ("亿元以上项目", "个")):
        for verb, total in product(("新增落户", "新引进"), ("达", "总数达", "累计达")):
            city = next(cities)
            body = f"全年{verb}{noun}12{counter}、{total}288{counter}。"
            yield _case(city, next(titles), body, [(f"{verb}{noun}", "12"), (noun, "288")])


SHARE_PARTS = (("制造业", "服务业"), ("工业", "服务业"), ("第二产业", "第三产业"), ("内资企业", "外资企业"))
SHARE_PARTS += (("东部地区", "中西部地区"), ("高新区", "经开区"))
SHARE_MEASURES = ("引资额比重", "投资占比", "到位资金占比", "利用外资比重", "签约额占比")


@capability("targets", "two heads sharing one measure under 分别 (制造业、服务业引资额比重将分别达到40%、45%以上)")
def two_heads_one_measure() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    verbs = (("将分别达到", "goal"), ("力争分别达到", "goal"), ("分别为", None), ("分别提高到", None))
    for (first, second), measure, (verb, status) in product(SHARE_PARTS, SHARE_MEASURES, verbs):
        city = next(cities)
        body = f"按照规划,{first}、{second}{measure}{verb}40%、45%以上。"
        statuses = [status, status] if status else None
        yield _case(city, next(titles), body, [(measure, "40"), (measure, "45")], statuses)


PRIZE_HEADINGS = ("综合奖", "招商引资综合奖", "项目建设奖", "招大引强奖", "外资工作奖", "单项奖", "突出贡献奖")
PRIZE_HEADINGS += ("营商环境创新奖", "以商招商奖", "项目落地奖")


@capability("targets", "prizes listed under a heading naming the award rank in it ((一)综合奖 一等奖:甲区)")
def prizes_under_a_heading() -> Iterator[Case]:
    cities, counties, titles = _cities(), _counties(), cycle(TITLES[1:3])
    numbering = ("(一)", "一、", "1.", "(二)", "二、", "2、")
    for prize, number in product(PRIZE_HEADINGS, numbering):
        for mark in (":", "："):
            city, places = next(cities), next(counties)
            award = (f"{number}{prize}", f"{prize}{mark}", f"{number}{prize}(3个)")[len(number + prize + mark) % 3]
            lines = [award, f"一等奖{mark}{places[0]}", f"二等奖{mark}{places[1]}、{places[2]}"]
            figures: list[tuple[str | None, str]] = [(prize, "1"), (prize, "2")]
            if "3个" in award:
                figures.insert(0, (prize, "3"))
            if len(prize) % 2:
                lines.append(f"三等奖{mark}{places[2]}")
                figures.append((prize, "3"))
            body = "\n".join(lines)
            yield _case(city, next(titles), body, figures, ["result"] * len(figures))


PRIZE_MONEY = ("奖金", "奖励资金", "补助资金", "扶持资金")


@capability("targets", "amounts listed after 依序, 依次 or 分别 share their noun (奖金依序为五千万元、三千万元)")
def amounts_listed_in_order() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    verbs = ("获取", "可获", "给予", "可获得")
    marks = ("依序为", "依次为", "分别为")
    amounts = (
        ("五千万元", "三千万元", "一千万元"),
        ("500万元", "300万元", "100万元"),
        ("1亿元", "5000万元", "2000万元"),
    )
    values = (("5000", "3000", "1000"), ("500", "300", "100"), ("1", "5000", "2000"))
    for noun, verb, mark, (listed, numbers) in product(PRIZE_MONEY, verbs, marks, zip(amounts, values, strict=True)):
        city = next(cities)
        body = f"获奖单位{verb}{noun}{mark}" + "、".join(listed) + "。"
        yield _case(city, next(titles), body, [(noun, n) for n in numbers])


@capability("targets", "a figure inside a quoted name counts nothing (形成“2公里全配套”产业园)")
def figure_inside_a_quoted_name() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    names = (
        ("{n}分钟通勤圈", "格局"),
        ("{n}公里半径配套", "体系"),
        ("{n}公里全配套", "产业园"),
        ("{n}公里经济圈", "发展格局"),
        ("{n}公里产业生态圈", "布局"),
        ("{n}分钟服务圈", "体系"),
    )
    verbs = ("形成", "打造", "构建", "加快形成")
    for (name, after), verb in product(names, verbs):
        for n in ("2", "1", "15", "30"):
            city = next(cities)
            body = f"围绕主导产业,{verb}“{name.format(n=n)}”{after}。"
            yield _case(city, next(titles), body, [(None, n)])
    # a quoted goal is no name: its figures count their own items
    goals = (("签约项目", "100", "个"), ("引进项目", "45", "个"), ("到位资金", "80", "亿元"))
    for lead, (noun, n, unit), separator in product(("力争实现", "确保完成", "确保实现"), goals, ("、", ",")):
        city = next(cities)
        body = f"今年,全市{lead}“{noun}{n}{unit}{separator}总投资500亿元”的目标。"
        yield _case(city, next(titles), body, [(noun, n), ("总投资", "500")], ["goal", "goal"])


AMOUNT_COLUMNS = (("引资额", "亿元"), ("到位资金", "亿元"), ("实际利用外资", "亿美元"), ("签约项目", "个"))
RATE_COLUMNS = ("增速", "增幅", "同比增长")


@capability("targets", "a table's last row broken over a line keeps its columns (2025 | 17.5(预测) |, then 10.8% |)")
def table_row_broken_over_a_line() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    notes = ("", "(预测)", "(暂定)")
    for (amount, unit), rate, note, first in product(AMOUNT_COLUMNS, RATE_COLUMNS, notes, ("年份", "年度")):
        for shift in range(3):
            city = next(cities)
            years = [str(2021 + shift + k) for k in range(3)]
            amounts = [f"{15 + shift}.2", f"{16 + shift}.1", f"{17 + shift}.5"]
            rates = ["8.1", "5.9", f"1{shift}.8"]
            lines = [f"{first} | {amount}({unit}) | {rate} |"]
            lines += [f"{year} | {a} | {r}% |" for year, a, r in zip(years[:2], amounts[:2], rates[:2], strict=True)]
            lines += [f"{years[2]} | {amounts[2]}{note} |", f"{rates[2]}% |"]
            body = "近三年引资情况如下:\n" + "\n".join(lines) + "\n总体看,引资规模稳步扩大。"
            figures: list[tuple[str | None, str]] = []
            for a, r in zip(amounts, rates, strict=True):
                figures += [(amount, a), (rate, r)]
            if note == "(预测)":  # a forecast is a goal; the years before it are results
                yield _case(city, TITLES[0], body, figures, ["result"] * 4 + ["goal", "result"])
            else:
                yield _case(city, next(titles), body, figures)


REGIONS = ("东部地区", "中部地区", "西部地区", "东北地区", "长三角地区", "沿海地区")
REGION_AMOUNTS = (("实际使用外资", "亿元"), ("到位资金", "亿元"), ("签约项目", "个"), ("新设外资企业", "家"))


@capability("targets", "a region a market report gives a figure for is its scope (东部地区实际使用外资9546亿元)")
def region_as_scope() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    for region, (indicator, unit) in product(REGIONS, REGION_AMOUNTS):
        for n, lead in (("9546", "2023年,"), ("320", "从区域看,"), ("86", "")):
            city = next(cities)
            body = f"{lead}{region}{indicator}{n}{unit}。"
            yield _case(city, next(titles), body, [(indicator, n)])


PROJECT_NAMES = ("高新技术产业园区", "智能制造产业园", "新能源电池基地", "临港物流枢纽", "数字经济产业园")
AMOUNT_WORDS = ("签约金额", "总投资", "计划总投资", "投资总额")


@capability(
    "targets", "a project named in quotes or brackets before its amount's word (「智能制造产业园」签约金额221亿元)"
)
def named_project_amount() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    brackets = (("「", "」"), ("“", "”"), ("《", "》"))
    for name, word, (left, right) in product(PROJECT_NAMES, AMOUNT_WORDS, brackets):
        for n in ("221", "35", "12.6"):
            city = next(cities)
            body = f"{left}{name}{right}{word}{n}亿元。"
            yield _case(city, next(titles), body, [(word, n)])


CLAUSES = ("消费热点不断涌现", "文旅市场持续升温", "假日经济稳步回暖", "夜间消费日益活跃")
VISITS = (("“古镇游”接待游客", "万人次"), ("乡村旅游接待游客", "万人次"), ("“古城游”带动消费", "亿元"))


@capability(
    "targets", "a clause before 、 is no part of the next item's subject (消费热点不断涌现、乡村旅游接待游客20万人次)"
)
def clause_before_a_list_mark() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    for clause, (subject, unit) in product(CLAUSES, VISITS):
        for n in ("20", "3.5", "128"):
            for lead in ("国庆期间,", "今年以来,全市", ""):
                city = next(cities)
                body = f"{lead}{clause}、{subject}{n}{unit}。"
                yield _case(city, next(titles), body, [(subject, n)])


@capability("targets", "a count of the places a ranking is among counts them (在全省16个设区市中,…排名第3位)")
def count_of_the_places_ranked() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    groups = (
        ("全省", "设区市"),
        ("全省", "地市"),
        ("全市", "县区"),
        ("全省", "开发区"),
        ("全市", "乡镇"),
        ("全省", "省辖市"),
    )
    things = ("招商引资考核", "利用外资考核", "项目建设考评", "营商环境评价", "重点项目考核")
    for (scope, group), thing in product(groups, things):
        for n, rank in (("16", "3"), ("12", "5"), ("21", "2")):
            city = next(cities)
            body = f"在{scope}{n}个{group}中,我市{thing}排名第{rank}位。"
            yield _case(city, next(titles), body, [(group, n), (thing, rank)], ["result", "result"])


@capability("targets", "an amount per area is counted by its measure, not by 每亩 (投资强度达到每亩450万元)")
def amount_per_area() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    measures = ("项目平均投资强度", "亩均税收", "亩均投资强度", "新入园项目投资强度")
    for measure, per, verb in product(measures, ("每亩", "每平方米"), ("达到", "为", "")):
        for n in ("450", "36.5", "1200"):
            city = next(cities)
            body = f"全市{measure}{verb}{per}{n}万元。"
            yield _case(city, next(titles), body, [(measure, n)])


UNEQUAL_NAMES = (
    ("美国", "日本", "新加坡"),
    ("新加坡", "马来西亚", "英国"),
    ("德国", "意大利"),
    ("工业", "农业", "服务业"),
    ("制造业", "服务业", "农业"),
)
COUNTRIES = ("法国", "英国", "荷兰", "德国", "日本", "韩国", "美国", "瑞士")


@capability("targets", "names listed before one amount share it under 分别 (法国、英国、荷兰对华实际投资分别增长…)")
def names_sharing_one_amount() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    amounts = ("对华实际投资", "在华投资", "实际使用外资")
    verbs = (("分别增长", "%", ("84.1", "81.3", "31.2")), ("分别为", "亿美元", ("12.5", "8.6", "6.2")))
    for names, amount, (verb, unit, values) in product(list(combinations(COUNTRIES, 3))[:30], amounts, verbs):
        city = next(cities)
        listed = f"{values[0]}{unit}、{values[1]}{unit}和{values[2]}{unit}"
        body = f"从来源地看,{'、'.join(names)}{amount}{verb}{listed}。"
        yield _case(city, next(titles), body, [(amount, v) for v in values])
    # names of unequal length: the last one ends where the amount's words begin, not at the others' length
    for names, amount, (verb, unit, values) in product(UNEQUAL_NAMES, ("外资", "实际使用外资", "投资"), verbs):
        city = next(cities)
        listed = "、".join(f"{value}{unit}" for value in values[: len(names)])
        body = f"从结构看,{'、'.join(names)}{amount}{verb}{listed}。"
        yield _case(city, next(titles), body, [(amount, v) for v in values[: len(names)]])


BUILDINGS = ("酒店", "商务酒店", "度假酒店", "写字楼", "综合楼", "研发大楼")


@capability("targets", "figures written one after another before a noun all modify it (建设12层5星级酒店)")
def figures_chained_before_a_noun() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    verbs = ("建设", "新建", "打造", "规划建设")
    pairs = ((("12", "层"), ("5", "星级")), (("3", "栋"), ("20", "层")), (("28", "层"), ("4", "星级")))
    for noun, verb, ((a, first), (b, second)) in product(BUILDINGS, verbs, pairs):
        for tail in ("。", ",配套建设会展中心。", ",总投资由企业自筹。"):
            city = next(cities)
            body = f"项目计划{verb}{a}{first}{b}{second}{noun}{tail}"
            yield _case(city, next(titles), body, [(noun, a), (noun, b)])
    # figures quoted before their noun: the noun without the closing quote mark
    for noun, verb in product(("产业集群", "产业基地", "产业园区"), ("形成", "打造", "培育")):
        for a, b in (("3", "100"), ("5", "50")):
            city = next(cities)
            body = f"全市加快{verb}“{a}个{b}亿元”{noun}。"
            yield _case(city, next(titles), body, [(noun, a), (noun, b)])


TASKS = (
    ("到位资金", "亿元", ("18", "20.6")),
    ("签约项目", "个", ("30", "34")),
    ("实际利用外资", "万美元", ("3000", "3260")),
)


@capability(
    "targets", "a target named by its figure, then what was done: results (任务18亿元,完成20.6亿元,完成率114.4%)"
)
def target_then_done() -> Iterator[Case]:
    cities, counties, titles = _cities(), _counties(), cycle(TITLES[1:3])
    nouns = ("任务", "目标任务", "年度任务", "目标")
    for (indicator, unit, (task, done)), noun, frame in product(TASKS, nouns, range(3)):
        for shift in range(3):
            city, place = next(cities), next(counties)[shift]
            rate = f"{float(done) / float(task) * 100:.1f}"
            if frame == 0:
                body = f"{indicator}完成率:{place}{noun}{task}{unit},完成{done}{unit},完成率{rate}%,得分20分。"
            elif frame == 1:
                body = f"{place}{indicator}{noun}{task}{unit},实际完成{done}{unit},完成率{rate}%。"
            else:
                body = f"{indicator}:{noun}{task}{unit},完成{done}{unit},完成率{rate}%,得分20分。"
            statuses = ["goal", "result", "result"] + (["result"] if "得分" in body else [])
            values = [task, done, rate] + (["20"] if "得分" in body else [])
            expect = {"targets[].value_text": values, "targets[].status": statuses}
            yield Case(_capture(city, next(titles), body), expect, note=f"{body!r}")
    # a target a goal word leads opens a list of goals: the verbs of attainment after it are its items
    for lead, noun, (task, unit) in product(("确保完成", "力争完成", "要完成"), nouns, (("100", "亿元"), ("45", "个"))):
        city = next(cities)
        body = f"今年,全市{lead}全年{noun}{task}{unit},新签约项目40个,新开工项目25个。"
        expect = {"targets[].value_text": [task, "40", "25"], "targets[].status": ["goal"] * 3}
        yield Case(_capture(city, next(titles), body), expect, note=f"{body!r}")


# (words before a span of minutes or hours, the words after it, what the span measures)
DURATIONS = (
    ("企业开办时间压缩至", "以内", "企业开办时间"),
    ("项目审批事项", "内办结", "项目审批事项"),
    ("园区距高铁站", "车程", "园区距高铁站"),
    ("不动产登记办理时间缩短至", "", "不动产登记办理时间"),
)
SCORES = (("考核得分", "考核得分"), ("综合得分", "综合得分"), ("营商环境评价得分", "营商环境评价得分"))


@capability("targets", "15分钟, 30分钟内, 5分钟车程 are spans of time (unit 分钟, 小时), never scores; 15分 is a score")
def minutes_are_no_score() -> Iterator[Case]:
    cities, titles = _cities(), cycle(TITLES)
    spans = (("分钟", ("15", "30", "5")), ("小时", ("2", "24")))
    for (before, after, subject), (unit, values) in product(DURATIONS, spans):
        for value in values:
            city = next(cities)
            body = f"今年以来,{city}持续优化营商环境,{before}{value}{unit}{after}。"
            case = _case(city, next(titles), body, [(subject, value)])
            yield Case(case.text, case.expect | {"targets[].unit": [unit]}, note=case.note)
    for (words, subject), value in product(SCORES, ("15", "92.5", "88")):
        city = next(cities)
        body = f"在全市年度考核中,{city}{words}{value}分,位居全省前列。"
        case = _case(city, next(titles), body, [(subject, value)])
        yield Case(case.text, case.expect | {"targets[].unit": ["分"]}, note=case.note)


# Marks other than `|` pages draw a table's cells with: a fullwidth bar, box drawing's lines (with its borders).
BARS = ("｜", "│", "┃")
BOX_BORDERS = ("┌────┬────┬────┐", "├────┼────┼────┤", "└────┴────┴────┘")


def _drawn(cells: list[str], bar: str) -> str:
    return bar.join(cells) if bar == "｜" else bar + bar.join(cells) + bar


@capability("targets", "tables drawn with a fullwidth ｜ or box drawing (│地区│引资额│) give figures as | tables do")
def tables_drawn_with_other_bars() -> Iterator[Case]:
    cities, counties, titles = _cities(), _counties(), cycle(TITLES[:3])
    pairs = [(a, b) for a, b in product(COLUMNS, COLUMNS) if a != b]
    for index, ((first, second), bar) in enumerate(product(pairs, BARS)):
        city, places = next(cities), next(counties)
        with_units = index % 2 == 0
        bracketed = ("", "") if with_units else (first[2], second[2])
        lines = [_drawn(["地区", first[0] + bracketed[0], second[0] + bracketed[1]], bar)]
        figures: list[tuple[str | None, str]] = []
        for row, place in enumerate(places):
            a, b = first[3][row], second[3][row]
            lines.append(_drawn([place, a + first[1], b + second[1]] if with_units else [place, a, b], bar))
            figures += [(first[0], a), (second[0], b)]
        if bar != "｜" and index % 3 == 0:
            lines = [BOX_BORDERS[0], lines[0], BOX_BORDERS[1], *lines[1:], BOX_BORDERS[2]]
        yield _case(city, next(titles), "各地完成情况见下表:\n" + "\n".join(lines), figures)
    # A bar in a line of prose (a column's tag before a sentence) makes no table: the sentence reads as prose.
    for bar, (noun, counter) in product(BARS, (("签约项目", "个"), ("外资企业", "家"), ("到位资金", "亿元"))):
        city = next(cities)
        body = f"招商动态{bar}今年以来,{city}累计{noun}12{counter},同比增长15%。"
        yield _case(city, next(titles), body, [(noun, "12"), ("同比增长", "15")])


# (verb before the noun under 分别, the noun, the subject a reader gives, the unit)
PLACES_EACH = (
    ("引进", "项目", "引进项目", "个"),
    ("签约", "项目", "签约项目", "个"),
    ("新引进", "亿元以上项目", "新引进亿元以上项目", "个"),
    ("引进", "外资企业", "引进外资企业", "家"),
    ("完成", "到位资金", "到位资金", "亿元"),
    ("实现", "实际利用外资", "实际利用外资", "万美元"),
)
PLACES_LEADS = (("", "result"), ("1-9月,", "result"), ("其中,", "result"), ("今年,", "goal"))
# Who a figure is given for under 分别: counties as divisions.tsv names them, and parties no place list holds,
# made from a county's name (towns, zones, streets, offices, the bare name).
PARTIES = ("{full}", "{stem}镇", "{stem}经开区", "{stem}高新区", "{stem}街道", "{stem}商务局", "{stem}")


def _parties(places: list[str], index: int) -> list[str]:
    form = PARTIES[index % len(PARTIES)]
    return [form.format(full=place, stem=place[:-1]) for place in places]


@capability("targets", "places listed before 分别 are not what their figures count (甲县、乙县分别引进项目12个和8个)")
def places_before_each() -> Iterator[Case]:
    cities, counties = _cities(), _counties()
    titles = ("{city}2023年招商引资工作总结", "{city}2024年招商引资工作计划")
    combinations_ = product(PLACES_EACH, PLACES_LEADS, (2, 3), ("和", "、"))
    for index, ((verb, noun, subject, unit), (lead, status), count, joined) in enumerate(combinations_):
        for shift in range(2):
            city, places = next(cities), _parties(next(counties)[:count], index + shift)
            values = ("12", "8", "5")[:count]
            listed = "、".join(v + unit for v in values[:-1]) + joined + values[-1] + unit
            goal = "力争" if status == "goal" else ""
            body = f"{lead}{'、'.join(places)}{goal}分别{verb}{noun}{listed}。"
            title = titles[status == "goal"]
            yield _case(city, title, body, [(subject, v) for v in values], [status] * count)
