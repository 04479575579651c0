"""Text copied off a site with its furniture as lines of the text: each line form known by its form, never by one
site's wording. The captures here are written apart from the text forms measured with (tests/layouts/text_forms1.py):
other boards, channels, papers, labels and tools, with the look-alikes a headline or a sentence keeps."""

from __future__ import annotations

from pathlib import Path

import pytest
from bar_texts import CAPTURES as BAR_CAPTURES
from headline_texts import CAPTURES
from info_line_texts import CAPTURES as INFO_CAPTURES

from builder.read.capture import InputFile, ManifestEntry
from builder.record.models import Article
from builder.run.pipeline import parse_bytes

LEAD = "5月12日上午，南岭县召开全县招商引资工作推进会，县委书记李明出席会议并讲话。"
MORE = "会议指出，今年以来，全县新签约项目28个，总投资136亿元，招商引资工作取得明显成效。"
LAST = "会议要求，各乡镇各部门要紧盯目标任务，全力以赴抓项目、促投资，确保完成全年任务。"
HEADLINE = "南岭县召开全县招商引资工作推进会"


def _parse(*lines: str) -> Article:
    return _parse_capture("copied", "\n".join(lines))


def _parse_capture(name: str, text: str) -> Article:
    item = InputFile(Path(f"{name}.txt"), f"{name}.txt", ManifestEntry(url="http://www.example.cn/a/1.html"))
    article = parse_bytes(item, text.encode()).article
    assert article is not None
    return article


def _kept(article: Article) -> str:
    return f"{article.title}\n{article.text}"


@pytest.mark.parametrize(
    "above",
    [
        "南岭社区 › 资讯 › 经济",  # a board's path joined by ›
        "首页 〉 政务 〉 要闻".replace("〉", "›"),
        "所属频道：南岭新闻网 · 经济",  # a labelled channel line
        "栏目：政务要闻",
        "【版面】B03　【版名】经济",  # an e-paper's labelled page line
        "南岭晚报 第B03版：经济",  # a paper's name and its page, no date
    ],
)
def test_a_furniture_line_above_the_headline_is_neither_headline_nor_text(above: str) -> None:
    article = _parse(above, HEADLINE, LEAD, MORE, LAST)
    assert article.title == HEADLINE
    assert above.split()[0] not in article.text


@pytest.mark.parametrize("labelled", [f"题目：{HEADLINE}", f"【正题】{HEADLINE}", f"【标题】{HEADLINE}"])
def test_a_label_run_into_the_headline_gives_the_headline_past_a_kicker(labelled: str) -> None:
    article = _parse("【肩题】奋楫争先　勇毅前行", labelled, "【副标题】——重点项目集中开工", LEAD, MORE, LAST)
    assert article.title == HEADLINE
    assert "奋楫" not in article.text and "副标题" not in _kept(article)


def test_a_labelled_kicker_and_deck_are_no_headline_and_no_text_where_no_headline_is_shown() -> None:
    article = _parse("【眉题】奋楫争先　勇毅前行", "【副题】——重点项目集中开工", LEAD, MORE, LAST)
    assert article.title is None
    assert article.text.split("\n")[0] == LEAD


def test_a_second_labelled_title_after_the_text_is_the_next_item_and_furniture() -> None:
    article = _parse(f"标题：{HEADLINE}", LEAD, MORE, LAST, "", "标题：县教育局召开秋季开学工作会", "时间：2023-05-10")
    assert article.title == HEADLINE
    assert "教育局" not in article.text


def test_titles_labelled_in_the_text_are_the_texts_and_cut_none_of_it() -> None:
    """A report listing each talk by its 题目： is no feed: nothing under the first of them is lost."""
    talks = ("题目：数字经济与招商引资新路径", "主讲人：王强，青山大学教授。", "题目：产业链招商的实践与思考")
    for head in ((HEADLINE,), (f"标题：{HEADLINE}",)):
        article = _parse(*head, LEAD, *talks, MORE, LAST)
        assert article.title == HEADLINE
        assert article.text.split("\n") == [LEAD, *talks, MORE, LAST]


def test_a_title_labelled_under_an_index_of_fields_is_the_headline_without_its_label() -> None:
    """A 信息公开 page copied: its index's fields, each on a line, stand over the labelled title."""
    menu = ("南岭县人民政府", "政府信息公开", "首页 | 政府信息公开指南 | 政府信息公开制度 | 依申请公开")
    catalogue = ("当前位置：首页 > 政府信息公开 > 南岭县商务局", "南岭县商务局信息公开目录", "机构概况", "工作动态")
    fields = (
        "索 引 号：11360000MB1234567X/2023-00123",
        "信息分类：工作动态",
        "发布机构：南岭县商务局",
        "生成日期：2023-05-12",
        "公开方式：主动公开",
        "文    号：",
        "内容概述：",
    )
    article = _parse(*menu, *catalogue, *fields, f"名    称：{HEADLINE}", HEADLINE, LEAD, MORE, LAST)
    assert (article.title, article.text.split("\n")) == (HEADLINE, [LEAD, MORE, LAST])


@pytest.mark.parametrize(
    ("above", "labelled"),
    [
        (("南岭县党政信息报送系统", "报送单位：南岭县商务局"), f"信息标题：{HEADLINE}"),
        (("网站内容监测报告（单页详情）",), f"页面标题：{HEADLINE}"),
        (("2023年度新闻奖参评作品推荐表",), f"作品标题 {HEADLINE}"),
        (("我的工作台 站点管理", "编辑文档"), f"文档标题* {HEADLINE}"),
        (("*************************** 1. row ***************************", "id: 602279"), f"title: {HEADLINE}"),
        (("-[ RECORD 1 ]------------", "id    | 602279"), f"title | {HEADLINE}"),
        (("Feed: 南岭县人民政府 - 工作动态",), f"Title: {HEADLINE}"),
        (("<REC>",), f"<标题>={HEADLINE}"),
    ],
)
def test_a_title_a_forms_or_a_printed_records_label_names_is_the_headline_without_its_label(
    above: tuple[str, ...], labelled: str
) -> None:
    """A form's labels (信息标题, 页面标题, 作品标题, a required field's 文档标题*) and a printed record's (a database
    client's title: or title |, a feed reader's Title:, an export's <标题>=) name the headline as 标题： does."""
    article = _parse(*above, labelled, LEAD, MORE, LAST)
    assert article.title == HEADLINE


@pytest.mark.parametrize(
    "field",
    [
        "Tags: 外地经验， 招商引资",
        "author: 李明",
        "Feed: 南岭县人民政府 - 工作动态",
        "Audio File: 南岭新闻20230512.mp4",
        "发件人：南岭县商务局 <swj@example.cn>",
        "收件人：县投资促进中心",
    ],
)
def test_a_records_field_or_a_mail_header_is_no_headline(field: str) -> None:
    """A field a tool prints in English (a name ending in a lower-case letter, a blank after its colon), a Chinese
    mail client's header: over the text they are no headline, over a headline they leave it the headline."""
    assert _parse(field, LEAD, MORE, LAST).title is None
    assert _parse(field, HEADLINE, LEAD, MORE, LAST).title == HEADLINE


@pytest.mark.parametrize("info", ["青山日报阅读 6642", "青山融媒13小时前", "掌上青山·要闻阅读 3.2万"])
def test_an_accounts_name_run_into_its_posts_counter_or_age_is_no_headline(info: str) -> None:
    """A news app's info line copied with the text: the account's name flush against the reads or the post's age."""
    assert _parse(info, LEAD, MORE, LAST).title is None
    assert _parse(info, HEADLINE, LEAD, MORE, LAST).title == HEADLINE


@pytest.mark.parametrize(
    "crumb",
    ["您现在的位置：首页 >> 工作动态", "您当前的位置：首页 > 招商引资", "当前所在位置：首页", "您现在的位置是：首页"],
)
def test_a_breadcrumb_however_its_label_is_worded_is_no_headline(crumb: str) -> None:
    """A breadcrumb's label as sites word it (您的位置, 当前位置, 您现在的位置, 您当前所在位置 …)."""
    assert _parse(crumb, LEAD, MORE, LAST).title is None
    assert _parse(crumb, HEADLINE, LEAD, MORE, LAST).title == HEADLINE


@pytest.mark.parametrize("wrapped", [f"【{HEADLINE}】", f"《{HEADLINE}》", f'"{HEADLINE}"'])
def test_a_headline_set_wholly_in_brackets_book_marks_or_a_strings_quotes_is_the_headline_without_them(
    wrapped: str,
) -> None:
    """A post heads its text 【标题】, a compilation or a critique names the article 《标题》, a console prints it as a
    string "标题": the marks are the form's, not the headline's."""
    article = _parse(wrapped, LEAD, MORE, LAST)
    assert (article.title, article.text.split("\n")) == (HEADLINE, [LEAD, MORE, LAST])


@pytest.mark.parametrize(
    "headline",
    ["南岭县出台惠企政策2.0", "南岭县全民阅读2024", "Interview: 南岭县县长谈招商引资", "Feature: 南岭制造走向世界"],
)
def test_a_headline_ending_in_a_version_or_a_year_or_opening_with_an_english_word_stays_the_headline(
    headline: str,
) -> None:
    """Look-alikes of an account's counter (a policy's version, a campaign's year) and of a tool's field (a feature's
    English kicker before its colon)."""
    assert _parse(headline, LEAD, MORE, LAST).title == headline


def test_a_platforms_stand_in_title_shown_as_a_line_is_no_headline() -> None:
    assert _parse("青山发布的图文", LEAD, MORE, LAST).title is None


@pytest.mark.parametrize(
    "fields",
    [
        ("报送单位：南岭县商务局",),
        ("页面地址：http://www.example.gov.cn/art/2023/5/12/art_1_1.html",),
        ("author: 李明",),
    ],
)
def test_a_forms_fields_under_its_labelled_title_are_no_subtitle(fields: tuple[str, ...]) -> None:
    article = _parse(f"信息标题：{HEADLINE}", *fields, LEAD, MORE, LAST)
    assert (article.title, article.subtitle) == (HEADLINE, None)


@pytest.mark.parametrize("wrapped", [f"【{HEADLINE}】", f'"{HEADLINE}"'])
def test_a_wrapped_headline_before_its_deck_loses_its_marks(wrapped: str) -> None:
    article = _parse(f"{wrapped}——县委书记李明出席并讲话", LEAD, MORE, LAST)
    assert (article.title, article.subtitle) == (HEADLINE, "县委书记李明出席并讲话")


@pytest.mark.parametrize("collections", ["收录于合集 #招商引资 45个 #项目建设 9个", "收录于话题 #南岭招商动态 174个"])
def test_an_official_accounts_line_of_collections_is_no_headline_and_no_text(collections: str) -> None:
    """A WeChat article shows the collections it is in over its text (收录于合集 #…): the account's, not the story's."""
    article = _parse(collections, LEAD, MORE, LAST)
    assert (article.title, article.text.split("\n")) == (None, [LEAD, MORE, LAST])


@pytest.mark.parametrize(
    "untitled", ["标题：（无标题）", "标　　题：无标题", "文档标题* 未命名", "标题：无标题文档", "标题：Untitled"]
)
def test_a_title_labelled_untitled_gives_no_headline(untitled: str) -> None:
    """An office system's or a downloader's export of an item without a title fills the title's field so."""
    fields = ("发 布 人：王芳　　发布部门：投资促进科", "阅读：7675　在看：47")
    article = _parse("南岭县商务局协同办公平台", untitled, *fields, LEAD, MORE, LAST)
    assert (article.title, article.text.split("\n")[-3:]) == (None, [LEAD, MORE, LAST])


@pytest.mark.parametrize("label", ["原标题：", "副标题："])
def test_an_original_or_a_sub_titles_label_names_no_headline(label: str) -> None:
    """A repost's 原标题 names its headline elsewhere, a 副标题 the deck: neither is cut as this headline's label."""
    assert _parse(label + HEADLINE, LEAD, MORE, LAST).title in (None, label + HEADLINE)


@pytest.mark.parametrize("name", ["南岭日报", "南岭新闻网", "南岭县人民政府网站", "云岭在线南岭频道"])
def test_a_sites_name_alone_is_no_headline(name: str) -> None:
    assert _parse(name, LEAD, MORE, LAST).title is None


@pytest.mark.parametrize(
    "headline",
    ["喜讯：我县荣获全省招商引资先进县", "招商·聚力 全县重点项目集中签约", "全县招商引资工作再创佳绩"],
)
def test_headlines_like_furniture_lines_stay_headlines(headline: str) -> None:
    assert _parse(headline, LEAD, MORE, LAST).title == headline


@pytest.mark.parametrize(
    "line",
    [
        "引用 举报 回复",  # a post's tool bar
        "｜ 只看楼主 ｜ 倒序浏览",  # tools with the separator they start with
        "返回列表 高级模式",
        "阅读用时：约8分钟",  # a reading time: a label and a number
        "【字数】1820",
        "【编辑】王小明",  # a credit in an export's brackets
        "本文为作者在百家号上传并发布，百家号仅提供信息发布平台。",  # a platform's statement
        "原文链接：https://www.example.cn/a/1.html",
        "（根据讲话录音整理）",  # a speech document's notes and its printing record
        "（此件主动公开）",
        "南岭县人民政府办公室　　2023年5月13日印发",
    ],
)
def test_furniture_lines_copied_with_the_text_are_known_by_their_form(line: str) -> None:
    article = _parse(HEADLINE, LEAD, line, MORE, LAST)
    assert article.title == HEADLINE
    assert line not in article.text
    assert article.text.split("\n") == [LEAD, MORE, LAST]


def test_sentences_holding_tool_words_stay_text() -> None:
    sentence = "该企业主要从事3D打印设备研发，客商代表浏览了园区展板，对南岭的营商环境表示认可。"
    assert sentence in _parse(HEADLINE, LEAD, sentence, MORE).text


def test_a_forums_floors_poster_and_replies_are_furniture_and_the_posts_date_dates_it() -> None:
    article = _parse(
        "南岭家园 › 本地资讯",
        f"[原创] {HEADLINE}",
        "只看楼主　楼主",
        "老街坊",
        "发表于 2023-5-12 10:21 | 只看该作者 | 倒序浏览",
        LEAD,
        MORE,
        LAST,
        "小河边　板凳",
        "发表于 2023-5-14 08:03",
        "项目多了，家门口就业也方便了。",
    )
    assert article.title == HEADLINE
    assert article.text.split("\n") == [LEAD, MORE, LAST]
    assert article.date.published is not None and article.date.published.isoformat() == "2023-05-12"


@pytest.mark.parametrize("note", ["（转自南岭晚报）", "（转载自南岭晚报）"])
def test_a_reposts_note_names_the_outlet_without_its_verb(note: str) -> None:
    article = _parse(HEADLINE, LEAD, MORE, LAST, note)
    assert article.outlet == "南岭晚报"
    assert article.text.split("\n") == [LEAD, MORE, LAST]


def test_a_credit_and_the_papers_name_closing_a_forum_post_stay_its_text() -> None:
    closing = ["李四/文 王五/图", "南岭晚报"]
    article = _parse(HEADLINE, LEAD, MORE, LAST, *closing, "（转自南岭晚报）", "回复 举报", "小河边　沙发", "顶！")
    assert article.text.split("\n")[-2:] == closing


def test_a_documents_publication_note_names_no_outlet() -> None:
    assert _parse(HEADLINE, LEAD, MORE, LAST, "（此件公开发布）").outlet != "此件公开发布"


@pytest.mark.parametrize("name", ["南岭资讯网", "南岭政务网站", "云岭文库"])
def test_a_sites_name_alone_under_the_headline_is_its_outlet(name: str) -> None:
    assert _parse(HEADLINE, name, "2023年5月12日", LEAD, MORE, LAST).outlet == name


@pytest.mark.parametrize(
    "lines",
    [
        ("项目载体情况如下：", "标准厂房 3#", "占地面积20亩，已建成投用。"),  # a list's line shaped as a forum's floor
        ("分类：工业项目12个，服务业项目8个，总投资56亿元。",),  # a label opening a sentence
        ("频道：市电视台新闻频道将对签约仪式进行直播。",),
        ("【作者】按：本文根据会议发言整理，略有删节。",),
    ],
)
def test_article_lines_shaped_like_copied_furniture_stay_with_all_below_them(lines: tuple[str, ...]) -> None:
    """Only a thread (a 楼主 above) has floors, and a channel's or a credit's label holds no clause: nothing is lost."""
    article = _parse(HEADLINE, LEAD, *lines, LAST)
    assert article.text.split("\n") == [LEAD, *lines, LAST]


# A paragraph as a gazette's text export wraps it: at a fixed width, its page's running head printed mid-paragraph.
WRAPPED = [
    "会议强调，要坚持招商引资一号工程不动",
    "摇，围绕主导产业精准招商，强化要素保",
    "障，优化营商环境，推动签约项目早落地",
    "、早投产、早见效，为全县高质量发展注",
    "入强劲动能，确保全年目标任务圆满完成",
    "。各乡镇各部门要压实责任，狠抓落实。",
]
WHOLE = "".join(WRAPPED)


@pytest.mark.parametrize(
    ("head", "next_head"),
    [
        ("青峰市人民政府公报　2023年第7期　— 15 —", "— 16 —　青峰市人民政府公报　2023年第7期"),
        ("南岭政报 12", "13 南岭政报"),
        ("-8- 南岭县人大常委会公报", "南岭县人大常委会公报 -9-"),
    ],
)
def test_a_running_head_between_pages_is_dropped_and_the_paragraph_runs_on_over_it(head: str, next_head: str) -> None:
    article = _parse(head, HEADLINE, LEAD, *WRAPPED[:3], next_head, *WRAPPED[3:], MORE, LAST)
    assert article.title == HEADLINE
    assert WHOLE in article.text.replace("\n", "")
    assert "公报" not in article.text and "政报" not in article.text


@pytest.mark.parametrize(
    "kept",
    [
        ["图 1", "全县签约项目分布", "图 2", "全县投资额分布"],  # a label's number beside a short word, no name
        ["南岭县经济开发区 12", "南岭县经济开发区 12"],  # printed again as it was: no page turned
        ["南岭县经济开发区 12"],  # a name and a figure printed once: a line of the text
    ],
)
def test_a_line_with_a_number_is_kept_unless_it_recurs_with_its_number_changed(kept: list[str]) -> None:
    article = _parse(HEADLINE, LEAD, *kept, MORE, LAST)
    for line in kept:
        assert line.replace(" ", "") in article.text.replace(" ", "")


@pytest.mark.parametrize(
    "above",
    [
        "本地 | 国内 | 国际 | 财经 | 文旅",  # a site's navigation copied as a line
        "Français｜中文版｜字号调整｜夜间模式",  # a page's tools, full-width bars
        "投资南岭 » 部门动态",  # a path of columns
        "投资南岭 >> 项目发布",
    ],
)
def test_a_row_of_links_above_the_headline_is_neither_headline_nor_text(above: str) -> None:
    article = _parse(above, HEADLINE, LEAD, MORE, LAST)
    assert article.title == HEADLINE
    assert "国际" not in article.text and "夜间" not in article.text and "投资南岭" not in article.text


@pytest.mark.parametrize(
    "kept",
    [
        ["地区 | 签约项目 | 总投资（亿元）", "南岭县 | 28 | 136", "青峰市 | 15 | 92"],  # a table's rows
        ["| 产业 | 项目 | 状态 |"],  # a row drawn as a table's
        ["项目总投资 > 10亿元"],  # a figure compared, no path
    ],
)
def test_a_table_row_or_a_comparison_with_bars_or_arrows_is_kept(kept: list[str]) -> None:
    article = _parse(HEADLINE, LEAD, *kept, MORE, LAST)
    for line in kept:
        assert line.replace(" ", "") in article.text.replace(" ", "")


@pytest.mark.parametrize(
    "above",
    [
        "23-8-2 10:15 来自 南岭发布客户端",  # a post's dateline, its year in two digits
        "2023.08.02 10:15 南岭融媒",
        "分　　类：经济管理　体裁分类：工作动态",  # a table's labelled cells
        "南岭县财政局　政务公开",  # a site's name and its section's
    ],
)
def test_a_dateline_labelled_cells_or_a_masthead_are_passed_over_for_the_headline_below(above: str) -> None:
    assert _parse(above, HEADLINE, LEAD, MORE, LAST).title == HEADLINE


@pytest.mark.parametrize(
    "headline",
    [
        "2023年南岭县招商引资推介会举行",  # a headline naming a date, no time of day
        "李明：抓招商就是抓发展",  # a headline with one label-like colon
        "打造一流营商环境 建设服务平台",  # two parts, the last ending as a site's name, with the text under it
    ],
)
def test_a_headline_looking_like_a_dateline_cells_or_a_masthead_stays_the_headline(headline: str) -> None:
    assert _parse(headline, LEAD, MORE, LAST).title == headline


@pytest.mark.parametrize("label", ["标　　题：", "名 称:", "名　　称：\t"])
def test_a_disclosure_tables_spaced_title_label_gives_the_headline_without_it(label: str) -> None:
    article = _parse("发文机关：南岭县商务局　成文日期：2023-08-01", f"{label}{HEADLINE}", LEAD, MORE, LAST)
    assert article.title == HEADLINE


# A text long enough to tell which lines above it are written in its words (builder/sources/text_block.py).
LONGER = (
    LEAD,
    MORE,
    "会议通报了一季度各乡镇招商引资考核排名情况，南岭经济开发区、青石镇、白沙镇作了交流发言。",
    "李明指出，招商引资是全县经济工作的生命线，各级各部门要把招商引资作为一把手工程，主要领导亲自抓、负总责。",
    "李明强调，要聚焦新能源、新材料、食品加工三大主导产业，开展产业链精准招商，引进一批龙头企业和配套项目。",
    "会上，县发展改革局、县商务局负责同志分别就重点项目推进和外资外贸工作作了说明，与会人员进行了讨论。",
    LAST,
)


@pytest.mark.parametrize(
    "above",
    [
        ("便民信息互助群（128）", "群公告", "王芳　发布于 6月3日 09:12"),  # a group's notice copied
        ("晚安｜6月3日 星期一", "今日推荐"),  # a digest's greeting and its section
        ("Saved by Firefox 115", "东湖数字图书馆"),  # a saved page's header and its site
        ("南岭县人民政府门户网站手机版", "首页 | 政务 | 服务"),
    ],
)
def test_lines_above_the_headline_sharing_no_words_with_the_text_are_passed_for_the_headline(
    above: tuple[str, ...],
) -> None:
    """A first line sharing a quarter of its words or more with the text stays the headline, as a headline over its
    deck does: a group or a digest named after the text's place (南岭县政务服务交流群) stays it too (a limit)."""
    article = _parse(*above, HEADLINE, *LONGER)
    assert article.title == HEADLINE
    assert article.text.split("\n") == list(LONGER)


def test_a_notices_preface_under_a_forwarded_headline_leaves_the_headline() -> None:
    preface = "各位同事：现将以下报道转给大家，请认真学习，抓好落实。"
    article = _parse("便民信息互助群（128）", f"【转发】{HEADLINE}", preface, HEADLINE, *LONGER)
    assert article.title == HEADLINE
    assert article.text.split("\n")[-len(LONGER) :] == list(LONGER)


def test_a_paragraph_above_a_headline_shaped_line_is_kept_as_text() -> None:
    """A search page's tip above the headline and a feature's lead above a subheading look alike: neither is dropped,
    and the subheading is no headline (the search for a headline stops at the first paragraph)."""
    tip = "提示：要在此页面上快速找到您要的字词，请按 Ctrl+F，然后在查找栏中输入。"
    assert tip in _parse("网页快照　纯文字版本", tip, HEADLINE, *LONGER).text
    lead = "“我们选择南岭，看中的是这里的营商环境。”深圳某电子公司负责人说。"
    article = _parse("春潮涌动满眼新", lead, "二季度重大项目集中签约", *LONGER)
    assert article.title == "春潮涌动满眼新"
    assert article.text.split("\n")[:2] == [lead, "二季度重大项目集中签约"]


@pytest.mark.parametrize("slogan", ["栽下梧桐树 引得凤凰来", "项目为王 实干争先", "“链”出新天地"])
def test_a_slogan_headline_sharing_no_words_with_a_long_text_stays_the_headline(slogan: str) -> None:
    assert _parse(slogan, *LONGER).title == slogan


@pytest.mark.parametrize(
    "block",
    [
        ("南岭招商引资跑出“加速度”", "一季度签约项目28个 总投资136亿元"),  # a headline over its deck, the lead's words
        ("抢抓机遇 奋力攻坚", HEADLINE, "全县新签约项目28个 总投资136亿元"),  # a kicker, the headline, a deck
        ("南岭：", "招商引资跑出加速度"),  # a headline broken over two lines, the first not headline-shaped
    ],
)
def test_a_title_block_above_the_text_loses_no_line(block: tuple[str, ...]) -> None:
    article = _parse(*block, *LONGER)
    kept = f"{article.title}\n{article.subtitle}\n{article.text}"
    assert all(line in kept for line in block)
    assert article.text.split("\n")[-len(LONGER) :] == list(LONGER)


def test_a_headline_over_its_deck_stays_the_headline() -> None:
    article = _parse("南岭招商引资跑出“加速度”", "一季度签约项目28个 总投资136亿元", *LONGER)
    assert (article.title, article.subtitle) == ("南岭招商引资跑出“加速度”", "一季度签约项目28个 总投资136亿元")


def test_a_digests_numbered_contents_give_no_headline() -> None:
    contents = ("本期要目", "1.南岭县召开全县招商引资工作推进会", "2.县领导调研重点项目建设")
    article = _parse("晚安｜6月3日 星期一", *contents, *LONGER)
    assert article.title != contents[1]


def test_a_slogan_over_the_line_naming_the_news_loses_neither() -> None:
    """Where the line under a slogan is written in the text's words, it becomes the headline and the slogan its
    subtitle, as a kicker over a headline would: which is the main title a text alone does not tell."""
    article = _parse("项目为王 实干争先", HEADLINE, *LONGER)
    assert (article.title, article.subtitle) == (HEADLINE, "项目为王 实干争先")
    assert article.text.split("\n") == list(LONGER)


@pytest.mark.parametrize("headline", ["招商不能只算眼前账", "莫让好项目等成老项目", "TCL: 加码布局南岭新能源产业"])
def test_a_headline_sharing_few_words_with_its_text_stays_the_headline(headline: str) -> None:
    """A commentary's headline, one with a company's name and an ASCII colon (no saved file's header field)."""
    assert _parse(headline, *LONGER).title == headline


def test_a_documents_paragraphs_apart_by_list_items_and_page_marks_are_all_kept() -> None:
    """A document's text broken by short list items and a library's page marks runs on: its later and longer part is
    not taken for the text's start, nor its page mark for the headline."""
    title = "关于推荐2023年度招商引资先进单位和先进个人的通知"
    intro = (
        "各乡镇人民政府，县直各部门：",
        "2023年，全县招商引资工作在县委、县政府的坚强领导下，各乡镇各部门共同努力，一批重大项目签约落地。",
        "为表彰先进，推动全县招商引资工作再上新台阶，县委、县政府决定评选先进单位和先进个人。现将有关事项通知如下：",
    )
    page_mark = "— 本文档共3页　第1页 —"
    items = ("一、评选名额", "先进单位 4个", page_mark, "先进个人 10名", "二、评选条件", "（一）先进单位")
    later = (
        "1、专业招商部门：经考核确认，完成全年招商引资目标任务，且实际到位资金达到1亿元以上；",
        "2、非专业招商部门：经考核确认，超额完成全年招商引资目标任务，引进项目已开工建设；",
        "3、各乡镇：新签约亿元以上项目3个以上，且当年开工项目不少于2个，到位资金增幅居全县前列；",
        "4、县直部门：积极提供招商信息，协助引进项目落地，在要素保障和服务企业方面成效明显。",
    )
    article = _parse(title, *intro, *items, *later)
    assert article.title == title
    assert all(line in article.text for line in (*intro, *later))


@pytest.mark.parametrize("label", ["相关文献", "作者最新文章", "热门新闻", "相关报道", "本站最新资讯"])
def test_a_lists_label_of_a_kind_and_what_it_lists_starts_the_tail(label: str) -> None:
    """A label made of a kind (相关, 最新, 热门, 更多) and what it lists (文献, 文章, 新闻, 报道) heads other items."""
    article = _parse(HEADLINE, LEAD, MORE, LAST, label, "县气象台发布寒潮蓝色预警信号", "市图书馆分馆实现乡镇全覆盖")
    assert article.text.split("\n") == [LEAD, MORE, LAST]


@pytest.mark.parametrize(
    "label",
    ["为你推荐", "往期直播", "往期发布会", "作者的其他文章", "该发布方的更多新闻", "类似文章　更多", "— 已经到底了 —"],
)
def test_a_sites_list_of_other_items_or_its_end_mark_starts_the_tail(label: str) -> None:
    """A site's words for what it lists below an article (为你推荐, 往期直播, 作者的其他文章), or its end mark."""
    article = _parse(HEADLINE, LEAD, MORE, LAST, label, "县气象台发布寒潮蓝色预警信号", "凤凰网四川　13小时前")
    assert article.text.split("\n") == [LEAD, MORE, LAST]


def test_a_page_titles_site_name_after_an_underscore_standing_alone_too_is_no_headlines() -> None:
    """A clipped page's title line, 标题_站名, where the site's name ends in no known ending (商务之窗) but is a line of
    the page too: the headline without it."""
    article = _parse(
        f"{HEADLINE}_南岭县商务之窗", "创建时间：2023/05/12 17:04", "南岭县商务之窗", "首页 | 商务动态 | 投资指南",
        HEADLINE, "发布日期：2023-05-12", LEAD, MORE, LAST,
    )  # fmt: skip
    assert (article.title, article.text.split("\n")) == (HEADLINE, [LEAD, MORE, LAST])


@pytest.mark.parametrize("form", ["◎ {}", "● {}", "{} (2023-05-12 10:39:23)", "稿件标题\t{}"])
def test_a_headline_with_a_bullet_a_posting_time_or_a_forms_label_cell_is_the_headline(form: str) -> None:
    """A bulletin's bullet, a blog's posting time in brackets, a form's label cell (稿件标题) around the headline. (A
    headline of 18 characters or fewer with a posting time is read as a date line.)"""
    headline = f"{HEADLINE} 部署全年招商引资重点任务"
    article = _parse(form.format(headline), LEAD, MORE, LAST)
    assert (article.title, article.text.split("\n")) == (headline, [LEAD, MORE, LAST])


def test_a_credit_opening_the_text_under_many_page_lines_names_the_outlet() -> None:
    """A copy with no headline keeps the page's lines over its text: the lead's 东江日报讯 is still read."""
    page = ("南岭融媒", "南岭县融媒体中心官方账号", "关注 6.5万", "第61期 总第345期", "点击蓝字关注我们")
    article = _parse(*page, f"东江日报讯（记者 王明）{LEAD}", MORE, LAST)
    assert (article.title, article.outlet) == (None, "东江日报")


def test_a_bilingual_pages_labels_are_read_by_their_chinese() -> None:
    """Editor 编辑：…, Share 分享：…, Related News 相关新闻 over other pages' headlines, Investment Hotline
    投资热线：…: the page's, as their Chinese labels alone are."""
    tail = (
        "Editor 编辑：王明", "Share 分享：WeChat Weibo", "Related News 相关新闻", "外资企业政策服务专员制度全面推行",
        "外商投资企业投诉工作机制进一步完善", "Investment Hotline 投资热线：+86-27-38641154",
    )  # fmt: skip
    assert _parse(HEADLINE, LEAD, MORE, LAST, *tail).text.split("\n") == [LEAD, MORE, LAST]


@pytest.mark.parametrize("line", ["▶ 听全文 10:37", "听新闻 00:00 / 03:12", "朗读本文", "AI摘要"])
def test_an_articles_audio_player_and_a_platforms_summary_label_are_no_text(line: str) -> None:
    """Under the headline: neither the subtitle nor the text's."""
    article = _parse(HEADLINE, line, LEAD, MORE, LAST)
    assert (article.title, article.subtitle, article.text.split("\n")) == (HEADLINE, None, [LEAD, MORE, LAST])


@pytest.mark.parametrize("bar", ["资讯详情", "新闻详情", "文章详情", "详情"])
def test_an_apps_bar_naming_its_detail_page_is_no_headline(bar: str) -> None:
    """Copied off an app's page, its bar (返回, 资讯详情) over the headline, or over a story that shows none."""
    article = _parse("返回", bar, HEADLINE, LEAD, MORE, LAST)
    assert (article.title, article.text.split("\n")) == (HEADLINE, [LEAD, MORE, LAST])
    headless = _parse("返回", bar, LEAD, MORE, LAST)
    assert (headless.title, headless.text.split("\n")) == (None, [LEAD, MORE, LAST])


@pytest.mark.parametrize("label", ["延伸阅读", "相关阅读", "猜你喜欢", "相关新闻", "推荐阅读"])
def test_a_tail_label_that_is_also_a_short_lines_furniture_starts_the_tail(label: str) -> None:
    """延伸阅读 under a told text is dropped as furniture and takes the other pages' headlines under it along."""
    article = _parse(HEADLINE, LEAD, MORE, LAST, label, "县域冷链物流中心主体工程封顶", "新建城南污水处理厂通水试运行")
    assert article.text.split("\n") == [LEAD, MORE, LAST]


def test_a_comment_button_keeps_the_source_line_under_it() -> None:
    """评论 alone is a button as often as a comment section's head: the source line under it is still read."""
    article = _parse(HEADLINE, LEAD, MORE, LAST, "评论", "来源：南岭日报", "点赞 78　分享")
    assert (article.text.split("\n"), article.outlet) == ([LEAD, MORE, LAST], "南岭日报")


@pytest.mark.parametrize(
    "label", ["热门推荐", "热新闻", "相关视频", "更多回答", "推荐阅读更多精彩内容", "相关招商项目", "热门服务"]
)
def test_a_list_of_other_pages_headlines_under_its_head_is_the_pages(label: str) -> None:
    """A head in a list's words over short lines that tell nothing (headlines, asking ones too, their counts and
    ages) is the page's, to its end."""
    items = ("县域冷链物流中心主体工程封顶", "5.2万次播放", "高温天气持续，户外作业要注意什么？", "经济观察网　5分钟前")
    article = _parse(HEADLINE, LEAD, MORE, LAST, label, *items, "下载客户端，看更多精彩内容")
    assert article.text.split("\n") == [LEAD, MORE, LAST]


def test_a_list_runs_into_the_sites_footer_and_its_copyright_line() -> None:
    footer = ("主办：南岭县人民政府办公室　地址：南岭县人民路1号　邮编：341000", "Copyright © 2024 南岭县人民政府")
    article = _parse(
        HEADLINE, LEAD, MORE, LAST, "相关稿件：", "县域冷链物流中心主体工程封顶", "新城污水厂通水", *footer
    )
    assert article.text.split("\n") == [LEAD, MORE, LAST]


def test_a_box_of_links_between_the_texts_sections_leaves_the_next_sections_heading() -> None:
    """An editor's 推荐阅读 between two sections: its links go; the heading under them, followed by a paragraph, may be
    the text's next section's, and stays."""
    links = ("县域冷链物流中心主体工程封顶", "南岭县召开优化营商环境大会")
    article = _parse(HEADLINE, LEAD, "推荐阅读", *links, "建强专业招商队伍", MORE, LAST)
    assert article.text.split("\n") == [LEAD, "建强专业招商队伍", MORE, LAST]


@pytest.mark.parametrize(
    "tail",
    [
        ("推荐项目", "年产5万吨新型环保建材生产线建设项目", "南岭县智慧物流园及配套冷链仓储项目"),
        ("相关视频", "10:35 县委书记宣布洽谈会开幕", "10:52 12个项目集中签约"),
        ("最新资讯", "县域冷链物流中心主体工程封顶", "新建城南污水处理厂通水试运行"),
        ("热门服务", "企业开办一件事", "联系人：王明 联系电话：0797-1234567"),
    ],
)
def test_a_texts_own_section_or_timeline_under_a_list_head_stays(tail: tuple[str, ...]) -> None:
    """A text's own 推荐项目, a live page's timed entries, a newsletter's own 最新资讯 (no head: …资讯 heads a
    newsletter's sections), a head over one item and a contact line: every line stays."""
    lines = [LEAD, MORE, *tail]
    assert _parse(HEADLINE, *lines).text.split("\n") == lines


def test_a_background_box_in_the_texts_middle_keeps_its_paragraph_and_the_text_under_it() -> None:
    """延伸阅读 over a question and its answer's paragraph, then the text going on: only the label goes."""
    box = ("什么是“飞地经济”？", "“飞地经济”是指两个行政区打破行政区划限制，合作开发园区、共享税收的模式。")
    article = _parse(HEADLINE, LEAD, MORE, "延伸阅读", *box, LAST)
    assert article.text.split("\n") == [LEAD, MORE, *box, LAST]


def test_a_list_head_above_the_text_is_no_tail() -> None:
    """Above any told sentence a list's head is a menu's item: the text under it stays whole."""
    lines = [LEAD, MORE, LAST]
    article = _parse(HEADLINE, "热门推荐", "县域冷链物流中心主体工程封顶", "新建城南污水处理厂通水试运行", *lines)
    assert article.text.split("\n")[-3:] == lines


@pytest.mark.parametrize("label", ["相关文件", "最新资讯", "其他新闻", "更多资讯：", "相关报道："])
def test_a_label_heading_the_texts_own_section_is_no_tail(label: str) -> None:
    """A text's own files (相关文件), a newsletter's own sections (最新资讯, 其他新闻): nothing under them is lost."""
    lines = [LEAD, MORE, label, "《南岭县招商引资优惠政策》", LAST, "南岭县招商引资工作领导小组办公室", "2023年6月10日"]
    assert _parse(HEADLINE, *lines).text.split("\n") == lines


@pytest.mark.parametrize("mark", ["— 本文档共{n}页　第{k}页 —", "第 {k} 页 共 {n} 页", "Page {k} of {n}"])
def test_a_page_mark_in_words_recurring_between_paragraphs_is_dropped(mark: str) -> None:
    marks = [mark.format(n=3, k=k) for k in (1, 2, 3)]
    article = _parse(HEADLINE, LEAD, marks[0], MORE, marks[1], LAST, marks[2])
    assert article.text.split("\n") == [LEAD, MORE, LAST]


def test_a_note_in_brackets_naming_a_page_is_the_texts() -> None:
    notes = ["（详见第3页）", "（详见第5页）"]
    kept = [LEAD, notes[0], MORE, notes[1], LAST]
    assert _parse(HEADLINE, *kept).text.split("\n") == kept


def test_a_pages_heading_naming_the_document_is_kept_as_its_headline() -> None:
    """A document library's page headings (报告名称_第1页, _第2页) name the document: the headline, not a page mark."""
    title = "南岭县招商引资产业发展规划研究报告"
    article = _parse(*(f"{title}_第{k}页" for k in (1, 2, 3)), LEAD, MORE, LAST)
    assert article.title == title


@pytest.mark.parametrize(
    "copy",
    [
        ("南岭县人民政府门户网站欢迎您", "【我要纠错】 收藏本页 放大字号 缩小字号"),  # a site's tools
        ("南岭县人民政府门户网站欢迎您", "王芳 发布于 6月3日 09:12"),  # a poster's line
        ("南岭县数字图书馆 馆藏资源", "检索结果 第3条 共18条 下一条 返回列表"),  # a search's pager
    ],
)
def test_a_pages_line_over_a_text_that_shows_no_headline_is_no_headline(copy: tuple[str, ...]) -> None:
    """A copy whose text shows no headline: its first headline-shaped line shares under a quarter of its words with
    the text, no line below shares half, and a line holding the page's controls (tools, a poster's time, a pager)
    stands between it and the text. No headline; that first line goes out of the text, every other line stays."""
    article = _parse(*copy, *LONGER)
    assert article.title is None
    assert copy[0] not in article.text
    assert article.text.split("\n") == [*copy[1:], *LONGER]


@pytest.mark.parametrize(
    "between",
    [
        ("南岭日报",),  # the outlet's name
        ("本报记者 王芳 通讯员 刘强",),  # a byline
        ("（2024年5月12日）", "同志们："),  # a speech's date and salutation
        ("一、主要成效",),  # a report's first heading
        ("现将有关情况报告如下：",),  # an intro
    ],
)
def test_a_headline_sharing_no_words_with_the_text_stays_over_the_heads_own_lines(between: tuple[str, ...]) -> None:
    """The look-alikes: a slogan or a commentary's headline in its own words over its byline, its outlet, a speech's
    date and salutation, a report's heading or intro: the headline stays."""
    article = _parse("栽下梧桐树 引得凤凰来", *between, *LONGER)
    assert article.title == "栽下梧桐树 引得凤凰来"


@pytest.mark.parametrize(("name", "text", "expected"), CAPTURES, ids=[capture[0] for capture in CAPTURES])
def test_a_reviews_captures_keep_their_headline_or_show_none(name: str, text: str, expected: str | None) -> None:
    """A review's captures: headlines in their own words over an article's head (a deck, a byline, a date, a quote, a
    导读, a caption, a greeting) stay; pages that show none give none."""
    assert _parse_capture(name, text).title == expected


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (f"{HEADLINE} #南岭招商 #项目建设", HEADLINE),  # a social post's hashtags after it
        (f"{HEADLINE} #县域经济#", HEADLINE),  # a microblog's topic, closed
        (f"案由：关于{HEADLINE[:-3]}的建议", f"关于{HEADLINE[:-3]}的建议"),  # a proposal's 案由
    ],
)
def test_what_a_copy_sets_around_a_headline_is_no_part_of_it(line: str, headline: str) -> None:
    assert _parse(line, *LONGER).title == headline


def test_a_browsers_print_header_gives_the_headline_without_its_date_and_time() -> None:
    """A page printed from a browser: each sheet's header holds the print's date and time, the page's title and the
    site's name; the headline is that title."""
    headline = "南岭县召开全县招商引资暨重点项目建设推进会 部署全年招商引资工作"
    header = f"2024/5/12 下午3:10\u3000{headline} - 南岭县人民政府网"
    tools = "打印本页\u3000收藏本页\u3000字号：[大 中 小]"
    article = _parse(header, "南岭县人民政府网", tools, headline, "发布日期:2024-05-12\u3000信息来源:南岭日报", *LONGER)
    assert article.title == headline


def test_a_bilingual_offices_name_is_no_headline_over_the_text() -> None:
    """A release's office, named in two languages under the portal's name: its Chinese words are too few to tell its
    relatedness (新闻局 shares both of its words with a text naming the office): the headline is the line under it."""
    text = (*LONGER[:3], "会议由县新闻局承办，各乡镇分管负责同志参加。", *LONGER[3:])
    office = "新闻局 Gabinete de Comunicação Social"
    article = _parse("特别行政区政府入口网站 Portal do Governo", office, HEADLINE, *text)
    assert article.title == HEADLINE


@pytest.mark.parametrize(
    "closing", ["（来源：中新社，2024年11月21日）", "(来源:中新社,2024-11-21)", "（信息来源：中新社，11月21日）"]
)
def test_a_bracketed_source_closing_the_text_names_the_outlet_without_its_date(closing: str) -> None:
    assert _parse(HEADLINE, *LONGER, closing).outlet == "中新社"


@pytest.mark.parametrize(
    "above",
    [
        ("南岭县人民政府门户网站",),  # right over the text
        ("南岭县投资促进局官方网站", "当前位置：首页 > 新闻动态"),  # sharing the text's place and 投资 words
    ],
)
def test_a_sites_name_by_an_ending_no_headline_has_over_the_text_is_no_headline(above: tuple[str, ...]) -> None:
    article = _parse(*above, *LONGER)
    assert article.title is None
    assert above[0] not in article.text
    assert article.text.split("\n")[-len(LONGER) :] == list(LONGER)


def test_a_headline_naming_a_site_stays_the_headline() -> None:
    assert _parse("南岭县人民政府门户网站改版上线", *LONGER).title == "南岭县人民政府门户网站改版上线"


@pytest.mark.parametrize(
    "controls",
    [
        ("2.3万粉丝　+关注",),
        ("赞同 1,024 · 36 条评论", "收藏　喜欢"),
        ("跟贴 26　举报",),
        ("分享到：", "微信", "朋友圈", "QQ空间", "新浪微博"),
        ("电脑版 | 返回顶部",),
        ("+关注　文章 2793　总阅读 27万",),
    ],
)
def test_a_line_of_counters_buttons_or_share_targets_alone_is_no_text(controls: tuple[str, ...]) -> None:
    article = _parse(HEADLINE, *LONGER, *controls)
    assert article.title == HEADLINE
    assert article.text.split("\n") == list(LONGER)


@pytest.mark.parametrize(
    "lines",
    [
        ("微信：13800138000",),  # a contact's number after its label
        ("微信 13807971234",),  # or after a space
        ("微信公众号：南岭发布",),
        ("1. 微信", "2. 微博", "3. 抖音"),  # a list's items
        ("【关注】",),  # a bulletin's section head
        ("“南岭招商”视频号", "粉丝 12.6万", "播放量 3860万次"),  # a figure of the text: one word and its count
        ("平台 | 发布条数 | 阅读量", "微信 | 1532 | 486万", "微博 | 1108 | 223万"),  # a table's rows
        ("4300次", "微博", "92条"),  # a table's cell between its figures
    ],
)
def test_a_line_of_control_words_that_is_the_texts_own_stays_in_it(lines: tuple[str, ...]) -> None:
    article = _parse(HEADLINE, LEAD, *lines, *LONGER[1:])
    assert article.text.split("\n") == [LEAD, *lines, *LONGER[1:]]


def test_a_line_of_counters_between_a_pages_first_line_and_the_text_says_it_shows_no_headline() -> None:
    """An account's name over its counters and the text: the counters are no text, and still tell that the copy
    shows no headline (the account's line is none)."""
    article = _parse("南湖观察家 发布于：浙江省", "+关注　文章 2793　总阅读 27万", *LONGER)
    assert article.title is None
    assert article.text.split("\n") == list(LONGER)


@pytest.mark.parametrize("bar", ["分享到：", "【打印此文】【关闭窗口】", "返回顶部"])
def test_a_bar_between_the_texts_parts_leaves_every_part_in_it(bar: str) -> None:
    """A share or print bar after the lead or between pages copied one by one, and a Q&A page's 返回顶部 after
    each answer: the text goes on under them, so no such bar ends it."""
    article = _parse(HEADLINE, *LONGER[:2], bar, *LONGER[2:])
    assert article.text.split("\n") == list(LONGER)


@pytest.mark.parametrize("head", ["全部评论（12）", "热门回复", "最新评论 36"])
def test_a_comment_sections_head_ends_the_text(head: str) -> None:
    article = _parse(HEADLINE, *LONGER, head, "东江网友：支持！南岭加油。", "南湖网友：项目落地要抓紧。")
    assert article.text.split("\n") == list(LONGER)


@pytest.mark.parametrize("issue", ["第12期（总第345期）", "第3期", "（共印20份）"])
def test_a_bulletins_issue_and_print_run_are_no_text(issue: str) -> None:
    assert issue not in _parse(HEADLINE, *LONGER, issue).text


def test_a_sentence_naming_a_count_is_text_not_a_counters_bar() -> None:
    line = "稿件阅读量前十均为重点项目报道，获得广泛关注。"
    assert _parse(HEADLINE, LEAD, line, *LONGER[1:]).text.split("\n") == [LEAD, line, *LONGER[1:]]


@pytest.mark.parametrize(
    "headline",
    ["县域招商，如何从“拼政策”转向“拼环境”？", "重磅！总投资50亿元新能源电池项目落户南岭", "南岭招商跑出“加速度”！"],
)
def test_a_first_line_asking_or_exclaiming_is_the_headline(headline: str) -> None:
    article = _parse(headline, "2023-05-22 07:30 来源：南岭日报", *LONGER)
    assert article.title == headline
    assert article.text.split("\n") == list(LONGER)


def test_a_questions_line_under_the_headline_is_no_headline() -> None:
    """A Q&A page: its title over its questions, each labelled and asking, the answers in other words than the
    title's: the title stays the headline, no question takes its place."""
    pairs = [
        (
            "问：工业项目用地如何供应？",
            "答：工业项目用地实行“标准地”出让，在出让前明确投资强度、容积率等指标，企业拿地即可开工。",
        ),
        (
            "问：入驻标准厂房有什么优惠？",
            "答：新引进的工业企业入驻标准厂房的，前三年免收租金，第四至第五年按百分之五十收取。",
        ),
        (
            "问：引进人才可以享受哪些补贴？",
            "答：新引进的全日制博士、硕士研究生，分别给予每月三千元、一千五百元的生活补贴，期限三年。",
        ),
    ]
    lines = [line for pair in pairs for line in pair]
    article = _parse("南岭县政策问答", "一、土地政策", *lines)
    assert article.title == "南岭县政策问答"
    assert article.text.split("\n")[-len(lines) :] == lines


def test_a_share_bar_between_the_texts_paragraphs_leaves_with_its_targets() -> None:
    article = _parse(HEADLINE, *LONGER[:2], "分享到：", "微信", "朋友圈", "QQ空间", *LONGER[2:])
    assert article.text.split("\n") == list(LONGER)


@pytest.mark.parametrize(
    "lines",
    [
        ("微博", "粉丝 86万", "微信", "粉丝 52万"),  # an infographic's accounts and their figures
        ("南岭发布开通以下新媒体账号：", "微信", "微博", "抖音"),  # the text's own list
    ],
)
def test_words_beside_a_figure_or_under_a_list_are_the_texts(lines: tuple[str, ...]) -> None:
    article = _parse(HEADLINE, LEAD, *lines, *LONGER[1:])
    assert article.text.split("\n") == [LEAD, *lines, *LONGER[1:]]


@pytest.mark.parametrize("bar", ["阅读 2.3万 | 评论 12 | 点赞 88", "10:32　阅读 1.2万　评论 12"])
def test_a_counters_bar_under_the_headline_is_neither_subtitle_nor_text(bar: str) -> None:
    article = _parse(HEADLINE, bar, *LONGER)
    assert (article.title, article.subtitle) == (HEADLINE, None)
    assert article.text.split("\n") == list(LONGER)


@pytest.mark.parametrize(
    "first",
    ["问：工业项目用地如何供应？", "尊敬的各位来宾，女士们、先生们，大家好！", "亲爱的投资者朋友们！"],
)
def test_a_copy_opening_with_a_question_or_a_greeting_of_its_own_shows_no_headline(first: str) -> None:
    article = _parse(first, *LONGER)
    assert article.title is None
    assert article.text.split("\n") == [first, *LONGER]


@pytest.mark.parametrize(
    "above", [("南湖观察家", "+关注　文章 2793　总阅读 27万"), ("南湖观察家的个人空间", "粉丝 2.3万　获赞 12万")]
)
def test_an_accounts_name_over_its_counters_is_no_headline(above: tuple[str, ...]) -> None:
    """A name of up to 8 characters over a longer line is passed over as a site's or a column's and stays at the
    text's head (too few words to be told unrelated to the text); a longer one, unrelated, goes."""
    article = _parse(*above, *LONGER)
    assert article.title is None
    assert article.text.split("\n")[-len(LONGER) :] == list(LONGER)
    assert "总阅读" not in article.text and "获赞" not in article.text


@pytest.mark.parametrize(
    "line", ["阅读量10万+的文章有12篇，均为重点项目报道。", "本周阅读量：前十名均为重点项目报道。"]
)
def test_a_sentence_opening_with_a_counters_label_is_text(line: str) -> None:
    assert _parse(HEADLINE, LEAD, line, *LONGER[1:]).text.split("\n") == [LEAD, line, *LONGER[1:]]


@pytest.mark.parametrize("headline", ["点赞！这家外资企业扎根南岭十五年", "放大“链主”效应 激活一池春水"])
def test_a_headline_opening_with_a_tools_word_is_the_headline(headline: str) -> None:
    """A tool's word (点赞, 放大, 收藏) opens a tool bar's line only where a space, a bar, a count or the line's end
    follows it (点赞 12, 分享 收藏, 收藏！): run on into words it opens a headline."""
    assert _parse(headline, *LONGER).title == headline


@pytest.mark.parametrize("kicker", ["收藏！", "点赞 12", "分享 收藏 打印"])
def test_a_tools_line_over_the_headline_is_neither_headline_nor_text(kicker: str) -> None:
    article = _parse(kicker, HEADLINE, *LONGER)
    assert article.title == HEADLINE
    assert article.text.split("\n") == list(LONGER)


INFO = "信息来源：南岭日报　　发布日期：2024-05-12"


@pytest.mark.parametrize(
    "header",
    [
        # a province's service portal: its name, a site switcher, a search box's hint
        ("南岭政务服务网", "当前站点：南岭县　[切换]", "登录 | 注册 | 无障碍", "搜索服务、事项、政策文件"),
        # a learning platform: its bar, its menu, a channel
        ("学习强国 学习平台 我的学习 登录", "首页 学习新思想 学习文化 环球视野", "南岭学习平台 > 市县动态"),
    ],
)
def test_the_headline_printed_over_the_articles_info_is_taken_past_the_pages_header(header: tuple[str, ...]) -> None:
    """A page prints its headline over the article's info (来源, 发布日期); the lines above, apart from it by a menu
    or a path, are the page's: none is the headline, none the text."""
    article = _parse(*header, "您当前的位置：首页 > 政务公开 > 地方动态", HEADLINE, INFO, *LONGER)
    assert article.title == HEADLINE
    assert article.text.split("\n") == list(LONGER)


@pytest.mark.parametrize(
    "over_info",
    [
        "南岭县招商引资工作推进会召开 新签约项目28个",  # an undashed deck sharing more of the text's words
        "南岭县招商引资工作推进会现场",  # a photo's caption
        "家乡的变化大家看得见",  # a note's line sharing few
    ],
)
def test_a_headline_above_a_tool_bar_stays_the_headline_over_a_line_over_the_info(over_info: str) -> None:
    """The line over the info takes the headline's place only from a line of the page's controls or one sharing
    under a quarter of the text's words: a headline sharing some, a tool bar under it, stays. (One sharing none gives
    way to a line over the info sharing a quarter, as to a line below it sharing half before this step.)"""
    headline = "招商引资跑出“加速度”"
    article = _parse("南岭网 首页", headline, "【字体：大 中 小】【打印】【关闭】", over_info, INFO, *LONGER)
    assert article.title == headline


@pytest.mark.parametrize(("name", "text", "expected"), INFO_CAPTURES, ids=[capture[0] for capture in INFO_CAPTURES])
def test_a_reviews_pages_headline_over_its_info(name: str, text: str, expected: str) -> None:
    """A review's captures: the headline over the info past the page's header; a headline over a tool bar stays
    above a deck, a unit's name, a caption or a ticker over the info."""
    assert _parse_capture(name, text).title == expected


@pytest.mark.parametrize(
    "bar",
    [
        "学习强国 学习平台 我的学习 登录",  # a platform's bar ending in its login
        "南昌发布 IP属地：江西 +订阅",  # an account's name, place and follow button
        "网易新闻 客户端下载 登录",
        "7.5万播放 · 53弹幕 · 2024-03-05",  # a video's counters
        "【作者：佚名 点击数：2549】",  # an old CMS's labelled counter
    ],
)
def test_a_bar_naming_the_pages_controls_over_a_text_that_shows_no_headline_gives_none(bar: str) -> None:
    article = _parse(bar, *LONGER)
    assert article.title is None
    assert article.text.split("\n") == list(LONGER)


@pytest.mark.parametrize(
    "headline",
    ["分享开放红利 共赴时代之约", "“下载”一座城市的温度", "48小时前，这个项目还在谈判桌上", "返回故乡的创业者"],
)
def test_a_headline_running_a_controls_word_into_its_own_words_stays_the_headline(headline: str) -> None:
    assert _parse(headline, *LONGER).title == headline


def test_a_bar_of_the_pages_controls_over_the_headline_is_no_part_of_its_title_block() -> None:
    article = _parse("当前站点：南岭县 [切换站点]", "请输入您要搜索的内容", HEADLINE, *LONGER)
    assert (article.title, article.subtitle) == (HEADLINE, None)


@pytest.mark.parametrize(("name", "text", "expected"), BAR_CAPTURES, ids=[capture[0] for capture in BAR_CAPTURES])
def test_a_reviews_headlines_naming_a_control_as_a_word_stay_headlines(name: str, text: str, expected: str) -> None:
    """A review's captures: headlines holding 注册, 返回, 下载, 检索, 举报, 客户端, 48小时前 or 播放量 3亿 as words of
    their own, kept by the phrase beside them or the words they share with their text."""
    assert _parse_capture(name, text).title == expected


@pytest.mark.parametrize(
    "info", ["来源丨南岭晚报", "2023-05-12　来源丨南岭晚报", "来源丨南岭晚报　编辑丨李四", "来源｜南岭晚报　编辑｜李四"]
)
def test_a_source_labelled_with_a_stroke_or_a_bar_as_a_wechat_article_writes_it_names_the_outlet(info: str) -> None:
    article = _parse(HEADLINE, info, LEAD, MORE, LAST)
    assert article.outlet == "南岭晚报"
    assert article.text.split("\n") == [LEAD, MORE, LAST]


@pytest.mark.parametrize(
    "info",
    [
        "来源：南岭晚报｜2023/5/12",
        "来源：南岭晚报丨2023-05-12　编辑：李四",
        "来源:南岭晚报|作者:李四",
        "来源：南岭晚报\\n编辑：李四\\n",
        "来源：南岭晚报'",
        '来源："南岭晚报"',
    ],
    ids=["full-width bar", "CJK stroke", "ASCII bar", "escaped line break", "closing quote", "quoted"],
)
def test_a_source_with_a_bar_after_it_names_the_outlet_without_what_follows(info: str) -> None:
    """A bar parts the source from the day or the next field (a note's quote line: 来源：南岭晚报｜2023/5/12); a line
    break escaped (a calendar's or a JSON string's `\\n`) or a string's closing quote ends it too."""
    assert _parse(HEADLINE, info, LEAD, MORE, LAST).outlet == "南岭晚报"


@pytest.mark.parametrize(
    "menu",
    [
        "南岭网首页　资讯　财经　娱乐　体育　汽车　房产　更多",
        "首页 [3]机构概况 [4]政务动态 [5]招商引资 [6]政策法规 [7]办事服务",
        "南岭助手 新对话 历史记录 下载电脑版 登录",
        "南岭网 | 新闻 视频 图片 财经 科技 汽车",
    ],
    ids=["site menu", "text browser's numbered links", "tool bar", "menu after a bar"],
)
def test_a_row_of_a_menus_short_words_above_the_text_is_furniture_and_no_headline(menu: str) -> None:
    """A site's or a tool's menu copied as one row of short words between blanks: over a text that shows no headline
    it is none, over a headline it leaves it the headline, and it stays out of the text either way."""
    headless = _parse(menu, LEAD, MORE, LAST)
    assert (headless.title, headless.text.split("\n")) == (None, [LEAD, MORE, LAST])
    assert _parse(menu, HEADLINE, LEAD, MORE, LAST).title == HEADLINE


def test_a_row_of_short_words_in_a_text_without_punctuation_or_between_its_paragraphs_is_the_texts() -> None:
    """A transcript's run of phrases between blanks (招商规模大 招商力度强 …) is no menu, nor is a table's header in a
    text: a menu stands above the first paragraph or below the last, and its words are a menu's, short."""
    spoken = "其特征是 招商规模大 招商力度强 政策开放度高 招商成效显著"
    transcript = _parse("五月十二日上午南岭县召开全县招商引资工作推进会", spoken, "会议由县长王强主持")
    assert spoken in (transcript.subtitle, *transcript.text.split("\n"))
    header = "序号 项目名称 建设地点 责任单位 完成时限"
    assert _parse(HEADLINE, LEAD, header, MORE, LAST).text.split("\n") == [LEAD, header, MORE, LAST]
    exclaimed = "会议号召全县上下迅速行动起来，全力以赴抓项目、促投资！"
    slogan = "抓项目 促投资 稳增长 惠民生 保稳定"
    assert _parse(HEADLINE, exclaimed, slogan, MORE, LAST).text.split("\n") == [exclaimed, slogan, MORE, LAST]


@pytest.mark.parametrize(
    "row",
    ["关键词 招商引资 项目建设 营商环境 产业链", "主席台 王强 李明 张华 赵军", "主持 致辞 推介 签约 参观"],
    ids=["keywords", "names of a caption", "an agenda"],
)
def test_a_row_of_a_texts_own_short_words_above_or_below_it_is_no_menu(row: str) -> None:
    """A keyword list's, a caption's or an agenda's row names no part of a site (首页, 登录, 频道 …): kept, under the
    headline as its deck."""
    above = _parse(HEADLINE, row, LEAD, MORE, LAST)
    assert (above.subtitle, above.text.split("\n")) == (row, [LEAD, MORE, LAST])
    assert _parse(HEADLINE, LEAD, MORE, LAST, row).text.split("\n") == [LEAD, MORE, LAST, row]


def test_a_headline_of_parallel_short_phrases_is_the_headline() -> None:
    slogan = "抓招商 促项目 优环境 强服务 惠民生"
    assert _parse(slogan, LEAD, MORE, LAST).title == slogan


def test_a_tables_header_with_bars_under_the_last_paragraph_stays_with_its_rows() -> None:
    table = ["地区 | 签约项目 | 引资额 | 增速 | 占比", "南岭县 | 28 | 136 | 12% | 30%"]
    assert _parse(HEADLINE, LEAD, MORE, LAST, *table).text.split("\n")[-2:] == table


def test_the_headline_printed_over_its_info_line_is_found_under_a_long_portals_header() -> None:
    """A select-all copy of a township's page: its header (the site's name, leaders' names, a column list) runs
    longer than a headline's search and holds no headline's shape, yet the line right over the article's date and
    source line is the headline, and the header goes."""
    header = [
        "南岭县人民政府　|　进入县政府门户　部门网站",
        "新塘镇人民政府",
        "镇领导",
        "党委书记：王芳",
        "党委副书记、镇长：张强",
        "栏目导航",
        "工作动态",
        "通知公告",
        "招商信息",
        "您的位置：首页 > 政务动态 > 工作动态",
    ]
    article = _parse(*header, HEADLINE, "来源：南岭日报　发布时间：2023-05-12　点击：939", LEAD, MORE, LAST)
    assert (article.title, article.outlet, article.text.split("\n")) == (HEADLINE, "南岭日报", [LEAD, MORE, LAST])


def test_a_sentence_above_a_pages_header_is_kept_where_the_header_holds_no_headline_shape() -> None:
    """The line over the info line is the headline only under a header of the page's lines: a sentence above it is
    the text's, and the copy is read as it was before."""
    first = "会议由县长王强主持，县四套班子领导出席。"
    lines = [first, "【打印本页】【关闭窗口】", HEADLINE, "发布时间：2023-05-12　来源：南岭日报", LEAD, MORE, LAST]
    assert first in _kept(_parse(*lines))


@pytest.mark.parametrize(
    "line",
    [
        "发布于湖北",
        "来自四川省",
        "IP属地：江苏",
        "中国人民政治协商会议南岭县委员会",
        "南岭县人民政府新闻办公室",
        "台东县政府",
        "中共南岭县委宣传部",
        "南岭投资促进简报　第47期",
        "《党政干部文摘》2021年第11期",
        "南岭县人民政府公报 2021年第2期（总第306期）",
    ],
)
def test_a_posters_place_an_offices_name_or_a_periodicals_issue_alone_is_no_headline(line: str) -> None:
    """A news app's line of where the post was sent from, a masthead's or an issuer's name alone (某某县人民政府,
    政协某某县委员会), a bulletin's or a journal's name with its issue: over the text no headline, over a headline
    they leave it the headline."""
    assert _parse(line, LEAD, MORE, LAST).title is None
    assert _parse(line, HEADLINE, LEAD, MORE, LAST).title == HEADLINE


@pytest.mark.parametrize(
    "title",
    [
        "关于调整南岭县招商引资工作领导小组",
        "奋楫争先谋发展 砥砺前行开新局",
        "加快建设数字政府",
        "全县第3期招商引资培训班开班",
        "南岭县举办“招商大讲堂”第3期",
        "招商引资云课堂第十二期",
        "南岭县成立招商引资工作领导小组",
        "县长王强调研县政务服务办公室",
    ],
)
def test_a_headline_ending_as_an_offices_name_or_naming_an_issue_stays_the_headline(title: str) -> None:
    """A notice's title about an office, a headline ending in 局 or 政府 as words of its own, an event's issue, what
    was done to or at an office: headlines, not a masthead's name."""
    assert _parse(title, LEAD, MORE, LAST).title == title


@pytest.mark.parametrize("site", ["（南岭县人民政府网）", "(南岭日报)", "（南岭新闻网）"])
def test_a_sites_name_bracketed_after_the_headline_is_no_part_of_it(site: str) -> None:
    """A reader's clipping or a compilation notes where the article came from after its headline."""
    assert _parse(f"{HEADLINE} {site}", LEAD, MORE, LAST).title == HEADLINE


def test_a_bracketed_note_of_the_headlines_own_stays_in_it() -> None:
    assert _parse(f"{HEADLINE}（全文发布）", LEAD, MORE, LAST).title == f"{HEADLINE}（全文发布）"


def test_a_sites_search_box_as_a_text_browser_prints_it_is_furniture() -> None:
    article = _parse("站内搜索：____________________ 搜索", LEAD, MORE, LAST)
    assert (article.title, article.text.split("\n")) == (None, [LEAD, MORE, LAST])


@pytest.mark.parametrize("place", ["发布于：安徽", "IP属地：江苏", "来自四川"])
def test_a_posters_place_by_ip_stays_out_of_the_text(place: str) -> None:
    """A news app's line of where the post was sent from is the app's, as the web reader takes it out of a page:
    under the headline no deck; between paragraphs, labelled as a poster's (发布于, IP属地), no line of the text."""
    under = _parse(HEADLINE, place, LEAD, MORE, LAST)
    assert (under.title, under.subtitle, under.text.split("\n")) == (HEADLINE, None, [LEAD, MORE, LAST])
    between = [LEAD, MORE, LAST] if not place.startswith("来自") else [LEAD, place, MORE, LAST]
    assert _parse(LEAD, place, MORE, LAST).text.split("\n") == between


def test_where_investors_came_from_listed_in_the_text_stays() -> None:
    """来自四川 as an item of the text's list (客商来源) is the text's, not a poster's place."""
    items = ["本次签约客商主要来源地：", "来自四川", "来自广东", "来自海外"]
    assert _parse(HEADLINE, LEAD, *items, MORE, LAST).text.split("\n") == [LEAD, *items, MORE, LAST]


@pytest.mark.parametrize("byline", ["南岭新闻记者 王芳", "本网记者 王芳 李强", "南岭日报记者 王芳 通讯员 李强"])
def test_a_reporters_byline_alone_is_no_headline(byline: str) -> None:
    """A news app's byline opening the text, as its web page's reader knows it (html_page.json reporter_bylines):
    over the text no headline, over a headline it leaves it the headline."""
    assert _parse(byline, LEAD, MORE, LAST).title is None
    assert _parse(byline, HEADLINE, LEAD, MORE, LAST).title == HEADLINE


@pytest.mark.parametrize("page", ["第03版：园区", "A3版 要闻", "第一版：要闻"])
def test_a_newspapers_page_label_is_no_headline_nor_a_line_of_the_text(page: str) -> None:
    headless = _parse(page, LEAD, MORE, LAST)
    assert (headless.title, headless.text.split("\n")) == (None, [LEAD, MORE, LAST])
    assert _parse(page, HEADLINE, LEAD, MORE, LAST).title == HEADLINE


@pytest.mark.parametrize(
    "headline",
    [
        "G20峰会",
        "G60科创走廊推介会",
        "第二版招商地图发布",
        "专题：南岭县优化营商环境三年行动",
        "全省招商引资先进单位：南岭县投资促进局",
        "身边的好记者：王芳",
    ],
)
def test_a_headline_like_a_page_label_a_label_or_a_credit_stays_the_headline(headline: str) -> None:
    """A summit's or a corridor's letter and number, a map's second edition, a 专题's label, an award's winner: the
    headline, no newspaper's page nor credit."""
    assert _parse(headline, LEAD, MORE, LAST).title == headline
