"""Field rules on real wild captures, with the exact values a reader of each text expects.

Each case names the general pattern it pins; the accuracy report (tests/test_accuracy.py) guards
the overall rates.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder.clean.punctuation import to_full_width, wrapped_line_ends
from builder.fields import dates, regions

COMMA, COLON, LEFT, RIGHT = "\uff0c", "\uff1a", "\uff08", "\uff09"


# ---------------------------------------------------------------- punctuation and paragraphs


@pytest.mark.parametrize(
    "ascii_text,expected",
    [
        ("昨日下午,萧山区", f"昨日下午{COMMA}萧山区"),
        ("更新时间:2024-05-15 08:48:51", f"更新时间{COLON}2024-05-15 08:48:51"),
        ("投资1,000万元", "投资1,000万元"),
        ("采用PPP(public-private)模式", "采用PPP(public-private)模式"),
        ("各县(市、区)人民政府", f"各县{LEFT}市、区{RIGHT}人民政府"),
    ],
)
def test_ascii_marks_in_chinese_become_full_width_and_numbers_keep_theirs(ascii_text: str, expected: str) -> None:
    assert to_full_width(ascii_text) == expected
    assert len(to_full_width(ascii_text)) == len(ascii_text)


def test_text_is_full_width_and_the_original_keeps_what_came_in(records: dict) -> None:
    seed = records["000_aef0e1b2d6e7c438"]
    assert seed["text"].startswith(f"昨日下午{COMMA}萧山区2024年招商引资攻坚领导小组")
    assert seed["text_original"].startswith("昨日下午,蕭山區")


def test_hard_wrapped_lines_are_rejoined_into_their_paragraph(records: dict) -> None:
    paragraphs = records["w062"]["text"].split("\n")
    assert len(paragraphs) == 2
    assert f"积极邀请客商{COMMA}加强沟通联络" in paragraphs[1]
    assert wrapped_line_ends(["短标题", "一句没有结束的很长的正文句子写到这里,还没有写完就被", "换行了。"]) == set()


def test_a_page_printed_twice_keeps_each_paragraph_once(records: dict) -> None:
    text = records["w037"]["text"]
    assert text.count("据统计") == 1
    assert records["w037"]["quality"]["boilerplate_removed"] >= 2


# ---------------------------------------------------------------- headlines and outlets


@pytest.mark.parametrize(
    "capture,title",
    [
        ("w014", '安徽多地巧打"乡情牌" 聚力引资引智促振兴'),  # site name above, column tag 【安徽招商】 dropped
        ("w025", "在招商引资推进会上的讲话汇编-10篇"),  # slogan above, pagination (第3/7页) dropped
        ("w031", f"部分省市招商做样子{COLON}重复签约{COMMA}几千万包装成几个亿"),  # app banner above
        ("w064", "乡镇招商引资工作情况汇报"),  # glued to the flattened document's first sentence
        ("w012", "贵池区1-7月份招商引资工作情况通报"),  # the document's own title under a repost intro
        ("w077", "关于进一步加强招商引资促进产业转型升级的指导意见"),  # document number above
        ("w071", None),  # a photo caption is not a headline
        ("w024", f"小县城的出路只有一个{COMMA}招商引资。"),  # printed once above an article printed twice
    ],
)
def test_headline(records: dict, capture: str, title: str | None) -> None:
    assert records[capture]["title"] == title


@pytest.mark.parametrize(
    "capture,outlet",
    [
        ("w031", "人民日报"),  # next to the date in the meta line
        ("w072", "中新社"),  # dateline with a place: 中新社 香港8月13日电
        ("w016", "大纪元"),  # 【大纪元2016年06月21日讯】
        ("w062", "安庆日报"),  # (来源:安庆日报) at the end
        ("w017", "台湾好新闻"),  # 本文经转授权自台湾好新闻
        ("w057", "中新社"),  # photo credit 中新社发
        ("w035", "中国日报"),  # (中国日报大连记者站 张小敏)
        ("w012", "宝地贵池"),  # 宝地贵池微信公众号
        ("w029", "东南网"),  # breadcrumb root
        ("w026", "稿子汇"),  # a watermark naming the capture's own site
        ("w052", "德育素材网"),  # 德育素材网 首页
        ("w079", "四川日报"),  # 来源:四川日?qǐng)?bào), repaired
    ],
)
def test_outlet(records: dict, capture: str, outlet: str) -> None:
    assert records[capture]["outlet"] == outlet


# ---------------------------------------------------------------- genre


@pytest.mark.parametrize(
    "capture,genre",
    [
        ("w077", "document"),  # 关于…的指导意见
        ("w038", "document"),  # 现对…情况通报如下
        ("w036", "document"),  # 特制定本办法 / 第一条
        ("w026", "speech"),  # 这次会议是… / 我先讲以下三点意见
        ("w051", "speech"),  # 在全县招商引资大会上演讲
        ("w074", "news_report"),  # 这次在上海举行的招商说明会是… is reporting
        ("w049", "news_report"),  # an interview
    ],
)
def test_genre(records: dict, capture: str, genre: str) -> None:
    assert records[capture]["genre"] == genre


# ---------------------------------------------------------------- dates


def _date(article: dict) -> tuple:
    date = article["date"]
    published = date["published"].isoformat() if date["published"] else None
    return published, date["year"], date["month"], date["day"], date["year_inferred"]


@pytest.mark.parametrize(
    "capture,expected",
    [
        ("w016", ("2016-06-21", 2016, 6, 21, True)),  # 21日 under the dateline 【大纪元2016年06月21日讯】
        ("w072", ("2024-11-21", 2024, 8, 13, True)),  # 13日 under 香港8月13日电, year from the page
        ("w058", ("2012-09-04", 2012, 8, 31, True)),  # 8月31日至9月1日; dateline 9月4日 + address t20120904
        ("w045", (None, 2025, 5, 11, True)),  # 5月11日下午, year from the address /2025/0512/
        ("w004", (None, None, None, 9, False)),  # 记者昨日从…获悉 is not the event; 9日 is
        ("w030", ("2016-07-18", None, None, None, False)),  # 7月17日《人民日报》 is a citation
        ("w077", (None, 2011, None, None, False)),  # document number 穗府〔2011〕15号
        ("w038", (None, 2023, None, None, True)),  # a report on 2023年1-6月, not an event on 1月6日
        ("w073", ("2020-10-11", 2020, None, None, False)),  # 日前 + 2020年第三季度…签约仪式; dateline + address
    ],
)
def test_dates(records: dict, capture: str, expected: tuple) -> None:
    assert _date(records[capture]) == expected


@pytest.mark.parametrize(
    "body,genre,expected",
    [
        ("二〇二三年三月\n同志们:", "speech", (2023, 3, None)),
        ("(2007年2月11日)\n同志们:", "speech", (2007, 2, 11)),
        ("各镇办要于2023年6月30日前完成签约。\n二〇二三年三月五日", "document", (2023, 3, 5)),
    ],
)
def test_speech_and_document_dates(body: str, genre: str, expected: tuple) -> None:
    found = dates.resolve(dates.DateInput((), body, None, genre))
    assert (found.year, found.month, found.day) == expected


def test_addresses_give_dates() -> None:
    assert dates.url_date("http://jssljx.com/local/dfkx/201209/t20120904_3039.html") == dt.date(2012, 9, 4)
    assert dates.url_date("http://taihu.huzhou.gov.cn/art/2020/4/14/art_1229.html") == dt.date(2020, 4, 14)
    assert dates.url_year("https://www.yybnet.net/chengdu/news/201706/6187128.html") == 2017
    assert dates.url_year("http://cppjump.com/?SJL3=ko4q.html") is None


# ---------------------------------------------------------------- regions


def _region(article: dict) -> tuple:
    region = article["region"]
    return region["province"], region["city"], region["county"], region["code"]


@pytest.mark.parametrize(
    "capture,expected",
    [
        ("w057", ("福建省", "福州市", "长乐市", "350182")),  # named as it was then (长乐区 since 2017)
        ("w017", ("台湾省", None, "嘉义县", None)),  # Taiwan's divisions carry no Ministry code
        ("w074", ("江苏省", "盐城市", "滨海县", "320922")),  # 在上海奉贤区举行: the venue is not the area
        ("w009", ("河南省", "焦作市", None, "410800")),  # 我市 in a 焦作日报 report; other cities are ranked
        ("w019", ("台湾省", None, None, "710000")),  # 全台湾: the whole province
        ("w054", (None, None, None, None)),  # 沿海城市 is not 海城市
        ("w014", ("安徽省", None, None, "340000")),  # three places as examples: none is the area
    ],
)
def test_region(records: dict, capture: str, expected: tuple) -> None:
    assert _region(records[capture]) == expected


def test_municipality_is_province_and_city() -> None:
    found = regions.resolve(regions.RegionInput("北京市朝阳区召开招商引资大会", "", "朝阳区召开招商引资大会。"))
    assert (found.province, found.city, found.county, found.code) == ("北京市", "北京市", "朝阳区", "110105")


# ---------------------------------------------------------------- people


def _people(article: dict) -> list[tuple[str, list[str]]]:
    return [(s["name"], s["positions"]) for s in article["speakers"]]


@pytest.mark.parametrize(
    "capture,expected",
    [
        ("w042", [("才玉璞", []), ("时长健", [])]),  # bare names credited with words
        ("w049", [("母映伟", ["市经济合作和外事局党组成员", "副局长"])]),  # interview answers 【母映伟】:
        ("w035", [("郭晓东", ["大连市上海商会副会长", f"欧力士{LEFT}中国{RIGHT}投资有限公司董事长助理"])]),
        (
            "w072",
            [
                ("黄志豪", ["广东省珠海市市长"]),
                ("廖振新", ["香港特区政府运输及物流局署理局长"]),
                ("张劲松", ["广东省商务厅厅长"]),
            ],
        ),
        ("w058", [("李俊峰", ["山东省东营市副市长"]), ("徐峰", ["市台办主任"]), ("蔡练生", ["台湾工业总会秘书长"])]),
    ],
)
def test_speakers(records: dict, capture: str, expected: list) -> None:
    assert _people(records[capture]) == expected


def test_a_chair_whose_words_go_to_the_meeting_is_an_attendee(records: dict) -> None:
    record = records["w045"]
    assert record["speakers"] == []
    assert ("鲁雷", "presided") in [(a["name"], a["role"]) for a in record["attendees"]]


# ---------------------------------------------------------------- targets


def _targets(article: dict) -> set[tuple]:
    return {(t["kind"], t["value_text"], t["unit"], t["qualifier"]) for t in article["targets"]}


@pytest.mark.parametrize(
    "capture,expected",
    [
        ("w048", {("quantity", "10.2", "万亿元", None), ("quantity", "15.8", "万亿元", "达")}),  # table cell, 万亿元
        ("w010", {("quantity", "3-10", "亿元", None), ("quantity", "0.48", None, None)}),  # range, formula result
        (
            "w019",
            {("quantity", "21600", "亿元", "达"), ("quantity", "144", "次", "达")},
        ),  # 二兆一千六百亿元, 一百四十四次
        ("w004", {("quantity", "250", "位", "多")}),  # 250多位
        ("w036", {("quantity", "2", "年", None), ("quantity", "3", "条", "以上")}),  # 聘任期限为两年, 三条以上
        ("w069", {("ranking", "1", "等奖", None), ("ranking", "3", "等奖", None)}),
        ("w009", {("ranking", "3", "名", None), ("ranking", "1", "名", None)}),  # 得分第三名, 居各省辖市第一名
        ("w057", {("quantity", "297.15", "亿元", "达")}),  # 亿元人民币 is 亿元
    ],
)
def test_targets_found(records: dict, capture: str, expected: set) -> None:
    assert expected <= _targets(records[capture])


def test_deadlines(records: dict) -> None:
    assert {t["deadline_text"] for t in records["w053"]["targets"] if t["kind"] == "deadline"} == {"下周二前"}
    assert "到2015年" in {t["deadline_text"] for t in records["w077"]["targets"] if t["kind"] == "deadline"}


@pytest.mark.parametrize(
    "capture,value,unit,status,subject",
    [
        ("w044", "120", "名", "result", "客商"),  # not the people listed before it: …有关领导、120余名客商
        ("w044", "41", "个", "result", "项目"),  # not the project list closed by 等
        ("w012", "45", "个", "goal", "市考核目标"),  # 完成市考核目标45个的88.9%: the target is a goal,
        ("w012", "88.9", "%", "result", "市考核目标"),  # its share completed a result
        ("w073", "44.8", "亿元", "result", "计划总投资"),  # a signed project's size is no plan
        ("w062", "18", "个", "goal", "洽谈项目"),  # 18个洽谈项目将在本次大会上签约
        ("w004", "250", "位", "result", "企业家"),  # 邀请了250多位企业家: the noun after the figure
        ("w017", "2", "名", "result", "经济部地方政府招商评比非六都组"),  # 获得…第2名 is a ranking obtained
        ("w027", "4", "位", "result", "市直单位"),  # 在…115家市直单位中,排名第四位
    ],
)
def test_targets_are_read_as_goal_or_result_with_what_they_count(
    records: dict, capture: str, value: str, unit: str, status: str, subject: str
) -> None:
    found = next(t for t in records[capture]["targets"] if (t["value_text"], t["unit"]) == (value, unit))
    assert (found["status"], found["subject"]) == (status, subject)


def test_redacted_years_and_passing_durations_are_not_targets(records: dict) -> None:
    for capture in ("w033", "w065", "w067", "w071"):
        assert not [t for t in records[capture]["targets"] if t["unit"] == "年"], capture


# ---------------------------------------------------------------- ordinary words are not fields


@pytest.mark.parametrize(
    "sentence",
    ["这十分重要。", "增长百分之十五。", "数十家企业参会。", "几十个项目。", "走进千家万户。", "荣获第十届大奖。",
     "居民第一次来。", "详见view.asp?id=12345。", "首页 | 新闻 | 1234"],
)  # fmt: skip
def test_ordinary_words_are_not_targets(sentence: str) -> None:
    from builder.fields.targets import TargetInput, extract

    assert extract(TargetInput(((sentence,),))) == []


@pytest.mark.parametrize("body", ["工期为90日,项目顺利推进。", "已连续运转60日,效果良好。", "13月5日召开会议。"])
def test_lengths_of_time_and_impossible_dates_are_no_event_day(body: str) -> None:
    found = dates.resolve(dates.DateInput((), body, None, "news_report"))
    assert (found.month, found.day, found.event) == (None, None, None)


def test_a_verb_ending_in_dian_is_no_dateline() -> None:
    found = dates.resolve(dates.DateInput((), "3月5日召开电视电话会议,部署招商工作。", None, "news_report"))
    assert (found.month, found.day) == (3, 5)


def test_addresses_without_a_day_give_no_day() -> None:
    assert dates.url_date("http://x.gov.cn/2020/12/art.html") is None
    assert dates.url_date("http://x.gov.cn/2017/11/") is None


def test_a_meeting_in_its_own_county_is_there_and_a_trip_is_not() -> None:
    home = regions.resolve(
        regions.RegionInput(None, "全县招商引资大会在德清县行政中心召开。", "全县招商引资大会在德清县行政中心召开。")
    )
    assert home.county == "德清县"
    trip = regions.resolve(
        regions.RegionInput(None, "我县在上海奉贤区举办推介会。", "滨海县在上海奉贤区举办推介会。滨海县签约10个项目。")
    )
    assert trip.county == "滨海县"
    origin = regions.resolve(regions.RegionInput(None, "", "该项目系浙江温州客商投资。"))
    assert origin.city is None


def test_industry_words_need_a_sector_and_their_own_boundaries() -> None:
    from builder.fields.industries import IndustryInput, extract

    assert [i.name for i in extract(IndustryInput(("组织客商参观光伏企业,推进招商。",)))] == ["光伏"]
    assert extract(IndustryInput(("CITY项目招商推介。", "汽车站项目招商。"))) == []


def test_industry_words_inside_names_after_output_of_guests_or_before_other_chains_are_no_target() -> None:
    from builder.fields.industries import IndustryInput, extract

    texts = (
        "会上,永和县化工集团投资项目成功签约。",
        "引进宁波光伏科技有限公司项目。",
        "健康养老路改造项目已完成招标。",  # 养老 inside a road's name, and no word overlapping it
        "该项目年产服装等产品300万件,招商引资成效明显。",
        "会上,华中纺织产业园2期等41个项目成功签约。",
        "约400名来自政府部门、跨境电商和物流、文旅等领域的企业代表参加招商推介会。",
        # Where guests come from, however far back 来自 is (no comma between): 120 characters here.
        "来自北京、上海、广州、深圳、杭州、南京、成都、武汉、西安、重庆、天津、苏州、长沙、郑州、青岛、宁波、厦门、合肥、济南、"
        "福州、大连、沈阳、哈尔滨、长春、昆明、南宁、贵阳、兰州等国家和地区的新一代信息技术、生物医药、新能源汽车、新材料、"
        "现代物流等领域的120余家企业代表参加了投资推介会。",
        "围绕全产业链、城市功能链、环保生态链,开展招商。",
    )
    assert [extract(IndustryInput((text,))) for text in texts] == [[]] * len(texts)
    kept = extract(IndustryInput(("引进化工产业集团和纺织产业园项目,物流企业公司化运营,来自省外,延伸光伏产业链。",)))
    assert [(i.name, i.raw) for i in kept] == [
        ("化工", "化工"),
        ("纺织服装", "纺织"),
        ("现代物流", "物流"),
        ("光伏", "光伏"),
    ]


def test_sentences_the_target_prefilters_skip_hold_no_target() -> None:
    """`targets` runs its patterns only on sentences holding a character every match needs."""
    from pathlib import Path

    from builder.clean.punctuation import to_ascii_marks
    from builder.clean.script import to_simplified
    from builder.fields import targets

    root = Path(__file__).resolve().parent.parent
    sentences = [
        sentence
        for path in sorted((root / "corpus").glob("*/*.txt"))
        for line in to_ascii_marks(to_simplified(path.read_text(encoding="utf-8"))).splitlines()
        for sentence in targets._sentences(line)
    ]
    checks = [
        (targets._MAY_HOLD_A_QUANTITY, targets._quantity()),
        (targets._MAY_HOLD_A_DEADLINE, targets._DEADLINE),
        (targets._MAY_HOLD_A_RANKING, targets._ranking()),
    ]
    for prefilter, pattern in checks:
        skipped = [s for s in sentences if not prefilter.search(s)]
        assert len(skipped) > len(sentences) // 10
        assert [s for s in skipped if pattern.search(s)] == []


@pytest.mark.parametrize(
    "heading", ["一、12 :全年签约项目56个。", "一、2023 。全年签约项目56个。", "(一)56 ;全年签约项目56个。"]
)
def test_a_numbered_heading_of_a_bare_number_is_read_and_its_figures_kept(tmp_path, heading: str) -> None:
    """Such a heading, read among a section's paragraphs as a one-cell row before any table header, cost
    0.8.0's first text-table reader its article (quarantined as a parser error)."""
    from builder.read.capture import InputFile, ManifestEntry
    from builder.run.pipeline import parse_bytes

    data = f"全县招商引资工作推进会议上的讲话\n\n同志们:今年以来,全县新签约项目35个。\n\n{heading}\n".encode()
    path = tmp_path / "speech.txt"
    path.write_bytes(data)
    outcome = parse_bytes(InputFile(path, path.name, ManifestEntry(url="http://www.example.gov.cn/a.html")), data)
    assert outcome.quarantine is None
    assert ("签约项目", "56") in [(t.subject, t.value_text) for t in outcome.article.targets]


def test_a_survey_of_a_provinces_cities_is_about_the_province_not_its_most_named_city() -> None:
    """A ranking naming five cities or more of one province, none in half of the mentions: the province, its
    evidence the cities named; two cities compared stay a text about the one named most."""
    lead = "前三季度全省实际使用外资排名中，苏州市、南京市、无锡市位列前三，常州市、南通市、扬州市紧随其后。"
    survey = regions.resolve(regions.RegionInput(None, lead, lead + "苏州市新签约项目最多。"))
    assert (survey.province, survey.city, survey.code) == ("江苏省", None, "320000")
    assert survey.evidence is not None and "南京" in survey.evidence and "扬州" in survey.evidence
    pair = "苏州市新签约项目45个，苏州市到位资金120亿元，南京市签约30个。"
    assert regions.resolve(regions.RegionInput(None, pair, pair)).city == "苏州市"
    own = "近日，我市与杭州市、宁波市、温州市、嘉兴市、湖州市签订招商合作协议。绍兴市商务局介绍，绍兴市将建园区。"
    assert regions.resolve(regions.RegionInput("我市深化区域招商合作", own, own)).city == "绍兴市"
