"""Furniture known by its own form and place, on pages written here, unlike the layouts it was measured with; and
the article's own lines that look like it, which must stay. Each furniture case failed before its rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.read.capture import InputFile
from builder.read.html import read_page
from builder.record.models import Article
from builder.run.pipeline import parse_bytes

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


# ---------------------------------------------------------------- the article's own lines in a furniture's words


def _article(body: str, title: str = HEADLINE) -> Article:
    html = _page(f"<div class=wrap><h1>{title}</h1><div class=article-body>{body}</div></div>")
    outcome = parse_bytes(InputFile(Path("page.html"), "page.html"), html.encode())
    assert outcome.article is not None, outcome.quarantine
    return outcome.article


def test_an_unlinked_topic_heading_over_the_texts_own_part_stays() -> None:
    """An <h4>【专题】…</h4> with the text's sentences under it heads a part of the article (its background on the
    topic), no teaser: a teaser links its title away, or stands after the text, or is set as a paragraph."""
    heading = "【专题】营商环境“一号改革工程”"
    assert _text_with(f"<h4>{heading}</h4>") == [LEAD, heading, MIDDLE, CLOSE]


@pytest.mark.parametrize(
    "teaser",
    [
        "<h4><a href='/zt/yshj/'>【专题】营商环境“一号改革工程”</a></h4>",
        "<p>【专题】营商环境“一号改革工程”</p>",
    ],
    ids=["linked-heading", "unlinked-paragraph"],
)
def test_a_topic_teaser_linked_or_set_as_a_paragraph_goes(teaser: str) -> None:
    assert _text_with(teaser) == [LEAD, MIDDLE, CLOSE]


def test_an_unlinked_topic_heading_after_the_text_goes() -> None:
    assert _text_with("", "<h4>【专题】营商环境“一号改革工程”</h4>") == [LEAD, MIDDLE, CLOSE]


@pytest.mark.parametrize(
    "step",
    ["<ol><li>扫码下载申报表</li><li>填写后加盖单位公章</li></ol>", "<p>扫码查看项目清单</p>"],
    ids=["form-in-a-list", "project-list"],
)
def test_a_how_to_step_opening_with_a_qr_code_stays(step: str) -> None:
    """A step of how to apply (扫码下载申报表, 扫码查看项目清单): its object is a form or a list of the text's, no app,
    account or page a QR code's call points to."""
    assert "扫码" in "".join(_text_with(step))


@pytest.mark.parametrize(
    "call",
    ["<p>扫码下载“南湖发布”APP</p>", "<p>微信扫码观看直播回放</p>", "<p>扫码关注南湖发布</p>"],
    ids=["app", "replay", "account"],
)
def test_a_qr_codes_call_to_an_app_an_account_or_a_replay_goes(call: str) -> None:
    assert _text_with("", call) == [LEAD, MIDDLE, CLOSE]


def test_a_plans_list_of_duties_keeps_a_role_a_credit_has() -> None:
    """An event plan's 工作分工 (总指挥, 策划, 执行, 后勤): 策划 is one of the duties there, no credit of the page;
    the page's own credits after the text still go."""
    duties = "<p>五、工作分工</p><p>总指挥：王明</p><p>策划：李华</p><p>执行：张强</p><p>后勤保障：赵敏</p>"
    article = _article(f"<p>{LEAD}</p>{duties}<p>{MIDDLE}</p><p>{CLOSE}</p><p>编辑：刘洋</p><p>审核：陈思远</p>")
    lines = article.text.split("\n")
    assert "策划：李华" in lines and "总指挥：王明" in lines
    assert not any("刘洋" in line or "陈思远" in line for line in lines)


def test_credits_beside_one_contact_line_still_go() -> None:
    """A contact's line (联系人：王明) beside the page's credits makes no list of duties: one line is not a list."""
    lines = _text_with("", "<p>联系人：王明</p><p>策划：李华</p><p>编辑：刘洋</p>")
    assert "联系人：王明" in lines and "策划：李华" not in lines and "编辑：刘洋" not in lines


@pytest.mark.parametrize(
    "own",
    ["发言仅代表个人观点。", "论坛嘉宾发言仅代表个人观点，不代表主办方立场。"],
    ids=["speeches", "speeches-and-organiser"],
)
def test_a_sentence_about_the_speakers_views_stays(own: str) -> None:
    """What speakers said stands for their own views: the text's sentence about its event, no statement of the
    page's, whose subject is the text, its author or a poster (本文仅代表作者个人观点)."""
    assert own in _text_with(f"<p>{own}</p>")


@pytest.mark.parametrize(
    "statement",
    ["<p>（以上内容仅代表个人观点）</p>", "<p>本文仅代表个人观点，不代表本站立场。</p>"],
    ids=["bracketed", "with-stand"],
)
def test_a_statement_of_the_texts_views_still_goes(statement: str) -> None:
    assert _text_with("", statement) == [LEAD, MIDDLE, CLOSE]


def test_an_editors_note_under_a_speechs_date_line_stays() -> None:
    """A speech's page: its date in brackets under the headline, then an 编者按: the text has begun with the date,
    and the note is the article's own; the page is dated by that line."""
    note = "编者按：近日，区委书记李强在全区招商引资大会上作了讲话。现将讲话全文刊发，供学习参考。"
    body = f"<p>（2021年3月2日）</p><p>{note}</p><p>同志们：</p><p>{LEAD}</p><p>{MIDDLE}</p>"
    html = _page(f"<div class=wrap><h1>在全区招商引资大会上的讲话</h1><div class=article-body>{body}</div></div>")
    page = read_page(html)
    assert (page.published, note in page.text.split("\n")) == ("2021-03-02", True)
    assert note in _article(body, "在全区招商引资大会上的讲话").text.split("\n")


# ---------------------------------------------------------------- a column's kicker, an e-paper's list of titles


@pytest.mark.parametrize(
    "kicker",
    ["<p>【招商动态｜签约】</p>", "<section><span>项目攻坚 | 聚焦</span></section>", "<p>要闻•南湖</p>"],
    ids=["bracketed", "column-after", "dot"],
)
def test_a_columns_kicker_opening_the_text_goes(kicker: str) -> None:
    """A column's name and a short topic set apart by a dot or a bar, the text's first line: the page's label."""
    content = f"<div class=article-body>{kicker}<p>{LEAD}</p><p>{MIDDLE}</p></div>"
    assert read_page(_page(f"<h2>{HEADLINE}</h2>{content}")).text.split("\n") == [LEAD, MIDDLE]


@pytest.mark.parametrize(
    "own",
    ["<p>聚焦·项目攻坚</p>", "<p>聚焦两会·代表委员谈招商引资工作</p>"],
    ids=["kicker-form-inside-the-text", "long-topic"],
)
def test_a_kicker_like_heading_inside_the_text_stays(own: str) -> None:
    """Among the text's paragraphs such a line heads its part; a long topic is a heading of the text's own."""
    assert _text_with(own)[1] == own.removeprefix("<p>").removesuffix("</p>")


def test_an_epapers_list_of_titles_under_its_heading_gives_no_headline() -> None:
    """An e-paper's 本版标题 over the page's titles: a list's heading, never the headline of a page whose own
    headline is not marked (the text path reads it from the text's lines)."""
    titles = "<div class=bmdh><h3>本版标题</h3><ul><li>我区举办农民丰收节</li><li>全区医保窗口延时服务</li></ul></div>"
    page = read_page(_page(f"{titles}<div class=article-body><p>{LEAD}</p><p>{MIDDLE}</p></div>", title="南湖日报"))
    assert page.headline is None and "本版标题" not in page.text
