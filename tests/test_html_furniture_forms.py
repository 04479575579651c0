"""Furniture known by its own form and place, on pages written here, unlike the layouts it was measured with; and
the article's own lines that look like it, which must stay. Each furniture case failed before its rule."""

from __future__ import annotations

import pytest

from builder.read.html import read_page

LEAD = "3月2日，南湖区举行重点项目集中签约仪式，共签约项目21个，总投资达146亿元，涵盖新材料、生物医药等领域。"
MIDDLE = "区委书记李强在致辞中表示，将持续优化营商环境，为落户企业提供全生命周期服务，确保项目早落地、早投产。"
CLOSE = "据悉，今年以来南湖区已累计引进亿元以上项目37个，实际到位资金同比增长18.6%，招商工作实现良好开局。"
HEADLINE = "南湖区21个重点项目集中签约"


def _page(body: str, title: str = f"{HEADLINE}－南湖区人民政府") -> str:
    return f"<!DOCTYPE html><html><head><meta charset=utf-8><title>{title}</title></head><body>{body}</body></html>"


def _text_with(inside: str, after: str = "") -> list[str]:
    """The text of an article page whose content holds the lead, `inside`, the middle and the close, then `after`."""
    content = f"<div class=article-body><p>{LEAD}</p>{inside}<p>{MIDDLE}</p><p>{CLOSE}</p>{after}</div>"
    return read_page(_page(f"<div class=wrap><h2>{HEADLINE}</h2>{content}</div>")).text.split("\n")


# ---------------------------------------------------------------- a bilingual masthead


def test_a_masthead_with_the_sites_name_in_a_latin_script_is_no_headline() -> None:
    """A bilingual office's logo heading sets its Chinese and its English or Portuguese name; the heading names itself
    the logo (`<h1 id="logo">`), its image does not. Its Chinese name is the site's: the article's heading is the
    headline, and the foreign name is never the text's."""
    masthead = '<h1 id="logo"><img src="/images/top.png" alt="">南湖区商务局 Nanhu District Bureau of Commerce</h1>'
    html = _page(f"{masthead}<div class=wrap><h2>{HEADLINE}</h2><div class=content><p>{LEAD}</p><p>{MIDDLE}</p></div>")
    page = read_page(html)
    assert page.headline == HEADLINE and "Bureau" not in page.text


def test_a_logo_headings_headline_with_an_english_word_is_still_the_headline() -> None:
    """An <h1> named as a logo's, opening with an image, whose Chinese words are a headline, not a site's or an
    office's name: the headline still, its English word no site's name."""
    heading = '<h1 class="logo-title"><img src="/images/icon.png" alt="">南湖区2021 Expo招商推介会成功举办</h1>'
    page = read_page(_page(f"{heading}<div class=content><p>{LEAD}</p><p>{MIDDLE}</p></div>", title="南湖新闻"))
    assert page.headline == "南湖区2021 Expo招商推介会成功举办"


# ---------------------------------------------------------------- credits


@pytest.mark.parametrize(
    "credits",
    [
        "<p>文字丨王丽　摄影丨陈强</p>",
        "<section><span>责编丨欧阳明　审核丨孙丽</span></section>",
        "<p>本文責編：柯靜怡</p>",
        "<p>本版责编 · 刘洋</p>",
        "<div>【南湖区商务局　供稿】</div>",
        "<p>〔区投资促进中心供图〕</p>",
    ],
    ids=[
        "vertical-bar",
        "vertical-bar-section",
        "this-texts-editor",
        "this-pages-editor",
        "supplier",
        "photo-supplier",
    ],
)
def test_credits_set_off_by_a_vertical_stroke_or_naming_a_supplier_first_go(credits: str) -> None:
    """Credits set apart by 丨 (a 融媒 app's mark, written as the character, not a bar), a role held by this text or
    issue (本文责编, 本期编辑), and a supplier's credit naming it first in brackets: furniture, however placed."""
    assert _text_with("", credits) == [LEAD, MIDDLE, CLOSE]


@pytest.mark.parametrize(
    "own",
    [
        "（以上数据由区统计局提供）",
        "本文编辑部门负责材料的审核与校对。",
        "审核丨通过后即可办理。",
        "（区商务局供稿，南湖区融媒体中心整理成文，有删节）",
    ],
    ids=["data-given-by", "sentence-with-roles", "stroke-in-a-sentence", "supplier-in-a-longer-note"],
)
def test_the_texts_own_lines_with_credit_words_stay(own: str) -> None:
    """A note of whose data the text gives (由…提供), a sentence holding role words, and a note that says more than
    who supplied it: the text's."""
    assert own in _text_with(f"<p>{own}</p>")


# ---------------------------------------------------------------- teasers and ratings


@pytest.mark.parametrize(
    "teasers",
    [
        "<p>精彩回顧</p><p>南湖區召開優化營商環境大會</p><p>南湖區舉辦高素質農民培訓班</p>",
        "<p>【往期精彩】</p><p>我区举办重点产业链招商推介会</p>",
        "<p>相关提案：关于加快建设产业园区配套设施的建议</p>",
        "<p>相关文件：南湖区招商引资优惠政策实施细则</p>",
    ],
    ids=["highlights-traditional", "past-highlights", "related-proposal", "related-document"],
)
def test_teasers_after_the_text_go(teasers: str) -> None:
    """A highlights heading and the titles under it after the text's last sentence, in either script, and a related
    document's label with its title (相关提案：…): other articles, furniture."""
    assert _text_with("", teasers) == [LEAD, MIDDLE, CLOSE]


def test_a_highlights_heading_over_the_texts_own_sentences_stays() -> None:
    """Under 精彩回顾 a sentence follows: it heads the text's own part, which stays whole."""
    lines = _text_with("<p>精彩回顾</p>")
    assert lines == [LEAD, "精彩回顾", MIDDLE, CLOSE]


@pytest.mark.parametrize(
    "rating",
    [
        "<p><span>☆☆☆☆☆</span> <span>非常滿意</span> <span>滿意</span> <span>一般</span> <span>不滿意</span></p>",
        "<div>好评 | 中评 | 差评</div>",
        "<p>有帮助 没帮助 一般</p>",
    ],
    ids=["stars-and-grades-traditional", "good-middling-bad", "helpful-or-not"],
)
def test_a_rating_scale_of_grades_alone_goes(rating: str) -> None:
    """A rating's scale (a 好差评 widget: stars and grades, three or more, nothing else on its line): furniture."""
    assert _text_with("", rating) == [LEAD, MIDDLE, CLOSE]


@pytest.mark.parametrize(
    "own",
    ["企业满意度达到98.6%，基本满意率100%。", "满意、一般", "评价分为满意、基本满意和不满意三档。"],
    ids=["rate-sentence", "two-grades", "grades-in-a-sentence"],
)
def test_the_texts_lines_naming_grades_stay(own: str) -> None:
    assert own in _text_with(f"<p>{own}</p>")


# ---------------------------------------------------------------- landmark roles


def test_an_element_a_landmark_role_declares_complementary_is_furniture() -> None:
    """A box the markup declares complementary (`role="complementary"`, an <aside> by its role) inside the content:
    its lines are no article's, as an <aside>'s are not."""
    box = '<div role="complementary"><p>热门事项</p><p>企业开办一件事一次办</p><p>工程建设项目审批</p></div>'
    assert _text_with(box) == [LEAD, MIDDLE, CLOSE]


def test_an_element_a_landmark_role_declares_main_keeps_its_text() -> None:
    html = _page(f'<div role="main"><h2>{HEADLINE}</h2><div role="article"><p>{LEAD}</p><p>{MIDDLE}</p></div></div>')
    assert read_page(html).text.split("\n") == [LEAD, MIDDLE]
