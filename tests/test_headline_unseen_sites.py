"""Web pages: the headline on kinds of site the layout rounds drew late or never, each rule shown on pages written here
(worded and marked up otherwise than tests/layouts), with the look-alikes it must not take."""

from __future__ import annotations

from pathlib import Path

import pytest
from headline_pages import PAGES

from builder.read.capture import InputFile
from builder.read.html import Page, read_page
from builder.run.pipeline import parse_bytes

HEADLINE = "青山市召开全市重点产业链招商工作调度会"
BODY = (
    "<p>1月9日上午，青山市召开全市重点产业链招商工作调度会，通报去年招商引资完成情况，部署今年重点工作。</p>"
    "<p>会议要求，各县区、各园区要围绕新能源、新材料等重点产业链开展精准招商，确保签约项目早落地、早投产。</p>"
    "<p>会上，市投资促进局通报了一季度重点项目推进情况，六个县区作了交流发言。</p>"
)
CONTENT = f'<div class="zw">{BODY}</div>'


def _page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head><meta charset=utf-8>{head}</head><body>{body}</body></html>"


def _read(title: str, body: str, meta: str = "") -> Page:
    return read_page(_page(f"<title>{title}</title>{meta}", body))


def _final_title(title: str, body: str) -> str | None:
    """The headline the whole reader gives, the text path's where the markup names none."""
    html = _page(f"<title>{title}</title>", body)
    outcome = parse_bytes(InputFile(Path("page.html"), "page.html"), html.encode("utf-8"))
    assert outcome.article is not None, outcome.quarantine
    return outcome.article.title


# ---------------------------------------------------------------- a title declared in a <meta>

# The headline stands far above the body: a summary and a note come between, so only a declared title points at it.
FAR_ABOVE = (
    '<div class="lm">政务动态</div><div class="bt">{headline}</div>'
    "<div>（本文转载于青山发布）</div><div>★ 重点推荐</div><div>政策速递第12期</div><div>扫一扫在手机打开当前页</div>"
    "<p>一季度全市新签约亿元以上项目四十二个</p><p>二季度将开展“招商引资攻坚月”活动</p><p>三季度举办产业链对接会</p>"
    f"{CONTENT}"
)


@pytest.mark.parametrize(
    "meta",
    ['<meta name="ArticleTitle" content="{headline}">', '<meta name="dc.title" content="{headline}">'],
    ids=["ArticleTitle", "dc.title"],
)
def test_a_government_sites_declared_title_points_at_its_heading(meta: str) -> None:
    """ArticleTitle (the national standard's meta for a government site's article) and Dublin Core's DC.Title declare
    the article's title as og:title does: the heading they agree with is the headline, however far above the body."""
    page = _read("青山市人民政府门户网站", FAR_ABOVE.format(headline=HEADLINE), meta.format(headline=HEADLINE))
    assert (page.headline, page.title_source) == (HEADLINE, "heading")


# ---------------------------------------------------------------- names in Traditional script, bilingual mastheads


def test_a_taiwan_sites_title_in_traditional_script_is_its_name_not_the_headline() -> None:
    """青山市政府全球資訊網-最新消息: a site's name and a column's, in Traditional script; the page's own heading under
    最新消息 is the headline, not the <title>."""
    crumb = '<div class="breadcrumb">首頁 / 最新消息</div><h2>最新消息</h2>'
    body = f'{crumb}<div class="cp"><h4>{HEADLINE}</h4>{CONTENT}</div>'
    page = _read("青山市政府全球資訊網-最新消息", body)
    assert page.headline == HEADLINE


def test_a_views_count_as_taiwan_sites_label_it_is_no_headline() -> None:
    """瀏覽人次：25 and 點閱人次 count readers, an info bar's field; on a page whose markup names no headline it is
    not taken for one."""
    body = f'<ul class="list-info"><li>上版日期：111-03-02</li><li>瀏覽人次：25</li></ul>{CONTENT}'
    assert _final_title("青山市政府全球資訊網", body) is None


def test_a_bilingual_logo_heading_is_the_masthead() -> None:
    """An <h1> named the logo, its image first, holding an office's name with its Portuguese or English rendering:
    the site's masthead, never the article's headline, which the <h3> under it is."""
    image = '<a href="#top"><img src="/res/emblem.svg" alt=""></a>'
    logo = f'<h1 id="site-logo">{image}青山經濟局 Direcção dos Serviços</h1>'
    page = _read("公告 - 青山經濟局", f'{logo}<div class="art"><h3>{HEADLINE}</h3>{CONTENT}</div>')
    assert page.headline == HEADLINE


def test_an_articles_heading_opening_with_a_badge_is_kept() -> None:
    """An article's <h1> may open with an image (a 原创 badge): it is no logo, and its text is the headline."""
    heading = f'<h1><img src="/img/yc.png" alt="原创">{HEADLINE}</h1>'
    page = _read("青山经济局", f"{heading}{CONTENT}")
    assert page.headline == HEADLINE


# ---------------------------------------------------------------- an office's <title>, shown in the masthead or not


@pytest.mark.parametrize(
    "title",
    ["青山市人民政府公报", "青山市妇女联合会（妇联）"],
    ids=["gazette", "office-with-alias"],
)
def test_an_offices_title_in_the_masthead_gives_way_to_the_line_over_the_body(title: str) -> None:
    """A gazette's name (某某人民政府公报) or an office's with its other name bracketed after it is what the site's
    template sets as every page's <title>, and the masthead shows it in big type: the headline is the article's own
    title, set in a plain box over the body."""
    body = (
        f'<div class="mast"><span style="font-size:28px"><b>{title}</b></span></div>'
        f'<div class="issue">2022年第3期</div><div class="wz-bt">{HEADLINE}</div>'
        f'<div class="rq">发布时间：2022-03-01</div>{CONTENT}'
    )
    assert _read(title, body).headline == HEADLINE


def test_a_statistical_bulletin_is_its_own_headline() -> None:
    """A 统计公报's title ends with 公报 and no office's name: the article's, as its <h1> and <title> say."""
    headline = "青山市2021年国民经济和社会发展统计公报"
    page = _read(headline, f"<h1>{headline}</h1>{CONTENT}")
    assert page.headline == headline


@pytest.mark.parametrize(
    ("masthead", "expected"),
    [
        ("青山市人民政府公报", None),
        ("青山市2021年国民经济和社会发展统计公报", "青山市2021年国民经济和社会发展统计公报"),
    ],
    ids=["gazettes-name", "statistical-bulletin"],
)
def test_a_gazettes_masthead_opening_a_converted_page_is_no_headline(masthead: str, expected: str | None) -> None:
    """A gazette's page converted from its PDF opens with the gazette's name, the masthead over every text it carries:
    the text path passes it over; a 统计公报's own title is a headline."""
    body = f'<div class="pc"><div class="t fs1">{masthead}</div>{BODY}</div>'
    assert _final_title(masthead, body) == expected


# ---------------------------------------------------------------- headings and lines that head no article


def test_a_heading_over_a_list_of_titles_is_no_headline() -> None:
    """本期要目 over a list of the issue's other titles, above a body with no headline of its own: the list's."""
    toc = "<h3>本期要目</h3><ul><li>全市外贸进出口总额再创新高</li><li>青山港二期码头工程开工建设</li></ul>"
    page = _read("青山日报", f"{toc}{CONTENT}")
    assert page.headline is None


def test_a_heading_over_its_info_list_is_the_headline() -> None:
    """The look-alike: a headline over its info bar set as a list (发布日期, 来源), which is no list of titles."""
    info = "<ul><li>发布日期：2022-03-01</li><li>来源：青山日报</li></ul>"
    page = _read("青山日报", f"<h3>{HEADLINE}</h3>{info}{CONTENT}")
    assert page.headline == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        '<div class="crumbs">专题 · 营商环境</div>',
        '<div class="src">青山日报 | 03月01日 08:30</div>',
        '<ul class="tabs"><li>领导简介</li><li class="cur">重要讲话</li></ul>',
        '<div class="card">李明 部门：招商局工号：1024</div>',
    ],
    ids=["category-path", "outlet-and-date", "tab-item", "card-of-fields"],
)
def test_what_stands_over_a_body_without_headline_is_not_taken_for_one(line: str) -> None:
    """A column's path or a byline of short parts apart by dots or bars, a tab bar's item, a card of labelled fields:
    none is a headline, so the page gives none."""
    assert _final_title("青山网", f"{line}{CONTENT}") is None


def test_a_columns_kicker_opening_the_text_is_no_headline() -> None:
    """A 融媒体 share page opens its text with the column's kicker in the text's own markup (关注·乡村振兴): the text
    path passes it over as a site's slogan, and the page has no headline."""
    kicker = '<section><span style="color:#b00">关注·乡村振兴</span></section>'
    assert _final_title("掌上青山", f'<div class="zw">{kicker}{BODY}</div>') is None


def test_a_headline_under_a_columns_kicker_is_taken() -> None:
    """The look-alike: the headline under the kicker, both in the text's markup, is the headline."""
    kicker = "<p>关注·乡村振兴</p>"
    assert _final_title("掌上青山", f'<div class="zw">{kicker}<p>{HEADLINE}</p>{BODY}</div>') == HEADLINE


def test_a_headline_with_a_dot_between_a_place_and_its_event_is_taken() -> None:
    """The look-alike: a headline may set a dot after a place (中国·青山…): a part says more than a name."""
    headline = "中国·青山第五届投资贸易洽谈会开幕"
    assert _final_title("青山网", f'<div class="bt">{headline}</div>{CONTENT}') == headline


# ---------------------------------------------------------------- a column's slot holding the headline


@pytest.mark.parametrize(
    "heading",
    [
        '<h2 class="channel-title">{text}</h2>',
        '<div class="column-title">{text}</div>',
        '<h1 id="columnTitle">{text}</h1>',
    ],
    ids=["h2.channel-title", "div.column-title", "h1#columnTitle"],
)
@pytest.mark.parametrize("text", ["政府工作报告", "一周招商动态"], ids=["short", "worded-as-a-column"])
def test_a_headline_in_the_columns_slot_confirmed_by_the_title(heading: str, text: str) -> None:
    """A short headline, or one worded as a column's name, set in markup named as the column's: the <title> giving it
    beside the site's name says it is the article's."""
    page = _read(f"{text}_青山县人民政府", f'<div class="main">{heading.format(text=text)}{CONTENT}</div>')
    assert page.headline == text


@pytest.mark.parametrize(
    "title,body",
    [
        ("青山县人民政府", '<h2 class="channel-title">政府工作报告</h2>'),
        ("招商快讯", '<h2 class="channel-title">招商快讯</h2>'),
        ("工作动态_青山县人民政府", '<h2 class="channel-title">工作动态</h2>'),
        ("招商快讯_地方新闻_青山县人民政府", '<h2 class="channel-title">招商快讯</h2>'),
        ("部门动态-青山县人民政府", '<h1 class="column-name">部门动态</h1><h1 class="article-title"></h1>'),
    ],
    ids=["title-without-it", "title-alone", "column-only-name", "title-of-columns", "empty-headline-slot"],
)
def test_a_columns_name_stays_a_columns(title: str, body: str) -> None:
    """The column's name is no headline where the <title> does not give it beside the site's name alone (a <title>
    of columns' names is a column's path), where it is a name no headline has, or where the template's headline
    element under it is left empty."""
    assert _read(title, f'<div class="main">{body}{CONTENT}</div>').headline is None


def test_a_columns_name_over_the_headline_gives_way() -> None:
    """The column's name the <title> gives too, over a heading of the article's own: the heading is the headline."""
    body = f'<div class="main"><h2 class="channel-title">招商快讯</h2><h3>{HEADLINE}</h3>{CONTENT}</div>'
    assert _read("招商快讯_青山县人民政府", body).headline == HEADLINE


# ---------------------------------------------------------------- an account's name over an empty headline slot


def test_an_accounts_name_over_an_empty_headline_slot_is_no_headline() -> None:
    """A news app's share page: its headline element left empty, the <title> the account's name alone (东川之声),
    shown again over the body: the page shows no headline."""
    body = f'<div class="pg"><h2 class="art-t"></h2><div class="acct">东川之声</div>{CONTENT}</div>'
    assert _final_title("东川之声", body) is None


def test_a_short_title_shown_over_the_body_is_the_headline() -> None:
    """The look-alike: the same short <title> on a page that leaves no headline element empty is the headline."""
    body = f'<div class="pg"><div class="bt">政府工作报告</div>{CONTENT}</div>'
    assert _final_title("政府工作报告", body) == "政府工作报告"


# ---------------------------------------------------------------- a headline the text's words confirm


@pytest.mark.parametrize(
    ("masthead", "title"),
    [
        # an office's site: its name in the <h1> and between the <title>'s ends
        ("<h1>金湖县商务局</h1>", f"{HEADLINE}_金湖县商务局_金湖县人民政府"),
        ("<h1><span>陆静文的博客</span></h1>", f"{HEADLINE}_陆静文的博客_新浪博客"),  # a blog platform: the blog's name
        ("<header><h1>部门资讯</h1></header>", "部门资讯"),  # a mobile page's bar: the column's name
    ],
)
def test_a_name_sharing_no_word_with_the_text_gives_way_to_the_heading_that_does(masthead: str, title: str) -> None:
    """The <h1> names the office, the blog or the column, as the <title> between its ends does or as its ending says;
    the article's headline is a heading under it, written with the words of its text."""
    body = f'{masthead}<div class="art"><h3 class="tt">{HEADLINE}</h3><span class="sj">2024-01-09</span>{CONTENT}</div>'
    assert _final_title(title, body) == HEADLINE


def test_a_headline_in_its_own_words_stays_over_another_articles_heading() -> None:
    """A commentary's headline shares few of its text's words; an e-paper's next title under it shares some but not
    half of them: the headline stays."""
    body = (
        '<div class="bm"><h1>招商岂能只看数字</h1><h3>我市推进重点产业链招商综述</h3>'
        '<div class="zw"><p>年初签约一大片，年底落地没几个，这样的“数字游戏”在一些地方并不少见。</p>'
        "<p>签约只是开始，服务才是关键。把项目落到实处，才能让企业安心扎根。</p></div></div>"
    )
    assert _final_title("招商岂能只看数字", body) == "招商岂能只看数字"


@pytest.mark.parametrize(
    "line",
    [
        "3 上一篇 下一篇 4 放大 缩小 默认",  # a tool bar's short words
        "开发区报讯 10小时前",  # a byline's
        "青山市召开全市重点产业链招商工作调度会。会议强调，各县区要抓项目",  # the text's first words run into a line
    ],
)
def test_lines_under_an_unrelated_headline_that_are_no_headline_do_not_replace_it(line: str) -> None:
    """Under a name sharing no word with the text, a tool bar, a byline or a sentence is no headline, whatever words
    it shares: the name stays, as before."""
    body = f'<h1>金湖县商务局</h1><div class="art"><div class="x">{line}</div>{CONTENT}</div>'
    assert _final_title("金湖县商务局_招商动态_金湖县人民政府", body) != line


def test_part_of_a_headline_broken_over_two_lines_does_not_replace_the_whole() -> None:
    """A converted document breaks its headline over two lines; the <title> gives it whole, in other words than the
    text's opening: a half of it is no headline of its own."""
    first, second = "2024年青山市重点产业链", "招商引资白皮书发布"
    body = f'<div class="pdf"><div class="l">{first}</div><div class="l">{second}</div>{CONTENT}</div>'
    assert _final_title(first + second, body) != first


@pytest.mark.parametrize(("html", "expected"), [page[1:] for page in PAGES], ids=[page[0] for page in PAGES])
def test_a_headline_over_a_deck_caption_or_summary_in_the_texts_words_stays(html: str, expected: str) -> None:
    """A review's pages: commentary, feature, speech and interview headlines in their own words, each over a line
    that restates the lead (a 副题, a deck, a caption, a 专题's name, a summary, a bold first line); and the rule's own
    cases. The headline stays where the page names it as the story's."""
    outcome = parse_bytes(InputFile(Path("page.html"), "page.html"), html.encode("utf-8"))
    assert outcome.article is not None, outcome.quarantine
    assert outcome.article.title == expected
