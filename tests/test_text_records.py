"""Text captures that are records a tool printed (builder/read/text_records.py): an extractor's or an API's JSON, a
crawl's JSON Lines, a crawler's item as Python prints it, a shell's property list and a static site's TOML front
matter, read as the article's lines; a text of its own that quotes a record is left as it is."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from pprint import pformat

from builder.read.capture import InputFile, ManifestEntry
from builder.read.text_formats import as_plain_text
from builder.read.text_records import as_article_lines, page_title_headline
from builder.record.models import Article
from builder.run.pipeline import parse_bytes

HEADLINE = "南岭县召开全县招商引资工作推进会"
LEAD = "5月12日上午，南岭县召开全县招商引资工作推进会，县委书记李明出席会议并讲话。"
MORE = "会议指出，今年以来，全县新签约项目28个，总投资136亿元，招商引资工作取得明显成效。"
LAST = "会议要求，各乡镇各部门要紧盯目标任务，全力以赴抓项目、促投资，确保完成全年任务。"
TEXT = "\n".join([LEAD, MORE, LAST])
OTHER_TITLE = "县消防救援大队开展高层建筑灭火演练"
OTHER_TEXT = "县消防救援大队近日在城区一高层住宅小区开展灭火救援实战演练，检验了队伍的实战能力和协同作战水平。"


def _parse(text: str, name: str = "saved.txt", encoding: str = "utf-8") -> Article:
    item = InputFile(Path(name), name, ManifestEntry(url="http://www.example.cn/a/1.html"))
    article = parse_bytes(item, text.encode(encoding)).article
    assert article is not None
    return article


def _fields(article: Article) -> tuple[str | None, dt.date | None, str | None, list[str]]:
    return article.title, article.date.published, article.outlet, article.text.split("\n")


def test_an_extractors_json_on_one_line_gives_the_articles_fields_and_text_alone() -> None:
    record = {
        "title": HEADLINE,
        "author": "张三",
        "hostname": "nanling.gov.cn",
        "date": "2023-05-12",
        "fingerprint": "30ead6c4144c2db3",
        "raw_text": " ".join([LEAD, MORE, LAST]),
        "text": TEXT,
        "source": "http://www.nanling.gov.cn/zwgk/202305/t20230512_1.html",
        "tags": "南岭县,招商引资",
    }
    article = _parse(json.dumps(record, ensure_ascii=False) + "\n", "extract.json.txt")
    assert _fields(article) == (HEADLINE, dt.date(2023, 5, 12), None, [LEAD, MORE, LAST])


def test_an_apis_answer_nested_under_data_after_a_shells_command_gives_its_article() -> None:
    answer = {
        "code": 200,
        "msg": "操作成功",
        "data": {
            "id": 4711,
            "title": HEADLINE,
            "source": "南岭日报",
            "publishTime": 1683849600000,  # 2023-05-12 08:00 in China
            "content": "".join(f'<p style="text-indent:2em;">{line}</p>' for line in (LEAD, MORE, LAST)),
            "prevArticle": {"id": 4710, "title": OTHER_TITLE},
        },
    }
    text = "$ curl -s 'https://api.example.cn/article/4711' | jq\n" + json.dumps(answer, ensure_ascii=False, indent=2)
    article = _parse(text + "\n$ \n")
    assert _fields(article) == (HEADLINE, dt.date(2023, 5, 12), "南岭日报", [LEAD, MORE, LAST])


def test_a_crawls_json_lines_give_the_record_about_investment_among_its_neighbours() -> None:
    neighbour = {"title": OTHER_TITLE, "text": OTHER_TEXT, "date": "2023-05-11", "source": "南岭融媒体中心"}
    mine = {"title": HEADLINE, "text": TEXT, "date": "2023-05-12", "source": "南岭日报"}
    lines = [json.dumps(record, ensure_ascii=False) for record in (neighbour, mine, neighbour)]
    article = _parse("\n".join(lines) + "\n", "crawl.jsonl.txt")
    assert _fields(article) == (HEADLINE, dt.date(2023, 5, 12), "南岭日报", [LEAD, MORE, LAST])


def test_a_crawlers_item_printed_by_python_in_its_log_gives_its_article() -> None:
    item = {"url": "http://www.example.cn/a/1.html", "title": HEADLINE, "pub_time": "2023-05-12 09:30", "content": TEXT}
    log = [
        "2023-05-20 10:00:01 [scrapy.core.engine] INFO: Spider opened",
        "2023-05-20 10:00:02 [scrapy.core.scraper] DEBUG: Scraped from <200 http://www.example.cn/a/1.html>",
        pformat(item, width=60),
        "2023-05-20 10:00:03 [scrapy.core.engine] INFO: Closing spider (finished)",
    ]
    article = _parse("\n".join(log) + "\n", "crawl.log.txt")
    assert _fields(article) == (HEADLINE, dt.date(2023, 5, 12), None, [LEAD, MORE, LAST])


def _property_list(pairs: list[tuple[str, str]], width: int) -> str:
    """Properties as a Windows shell's Format-List prints them: names padded, long rows cut at `width` columns (a
    wide character two) and indented under the value's first."""
    label = max(len(name) for name, _ in pairs)
    printed = []
    for name, value in pairs:
        rows: list[str] = []
        for line in value.split("\n"):
            row, used = "", 0
            for char in line:
                if used + 2 > width - label - 3:
                    rows.append(row)
                    row, used = "", 0
                row, used = row + char, used + 2
            rows.append(row)
        indent = " " * (label + 3)
        printed.append("\n".join([f"{name.ljust(label)} : {rows[0]}", *(indent + row for row in rows[1:])]))
    return "\n".join(printed)


def test_a_shells_property_list_gives_its_article_with_the_rows_it_cut_joined() -> None:
    pairs = [
        ("id", "602279"),
        ("title", HEADLINE),
        ("source", "南岭日报"),
        ("pubDate", "2023-05-12 09:30:00"),
        ("channelName", "部门动态"),
        ("content", TEXT),
        ("readCount", "5911"),
    ]
    text = "\n\n" + _property_list(pairs, 80) + "\n\n\n\n"
    article = _parse(text.replace("\n", "\r\n"), "article.txt", "utf-16")
    assert _fields(article) == (HEADLINE, dt.date(2023, 5, 12), "南岭日报", [LEAD, MORE, LAST])


def test_a_static_sites_toml_front_matter_gives_its_title_date_and_source_over_the_text() -> None:
    text = "\n".join(
        [
            "+++",
            f'title = "{HEADLINE}"',
            "date = 2023-05-12T09:30:00+08:00",
            "lastmod = 2024-01-03T10:00:00+08:00",
            'categories = ["招商引资"]',
            "",
            "[params]",
            '  source = "南岭日报"',
            '  author = "张三"',
            "+++",
            "",
            '{{< figure src="/images/2023/05/a.jpg" caption="图为会议现场（资料图）" >}}',
            "",
            f'<p style="text-indent: 2em;">{LEAD}</p>',
            "",
            "<!--more-->",
            "",
            MORE,
            "",
            LAST,
        ]
    )
    article = _parse(text + "\n", "index.md.txt")
    assert _fields(article) == (HEADLINE, dt.date(2023, 5, 12), "南岭日报", [LEAD, MORE, LAST])


def test_a_records_title_that_is_a_pages_title_gives_its_headline_part_or_none() -> None:
    assert page_title_headline(f"{HEADLINE}_工作动态_南岭县人民政府") == HEADLINE
    assert page_title_headline(f"{HEADLINE} - 南岭新闻网") == HEADLINE
    assert page_title_headline("部门动态_南岭县人民政府") is None
    assert page_title_headline("招商引资_南岭县人民政府") is None
    assert page_title_headline("聚焦招商引资新平台_南岭新闻网") == "聚焦招商引资新平台"
    # A title with no site's name at an end is a headline as it is, however it is cut or worded.
    for headline in ("“双招双引”｜南岭：签约12个项目", "招商引资 - 新思路 - 新作为", "我县发布招商文件", "乡镇动态"):
        assert page_title_headline(headline) == headline


def test_a_record_whose_title_is_a_column_and_a_site_gives_no_headline() -> None:
    record = {"title": "部门动态_南岭县人民政府", "text": TEXT, "date": "2023-05-12"}
    article = _parse(json.dumps(record, ensure_ascii=False))
    assert (article.title, article.text.split("\n")) == (None, [LEAD, MORE, LAST])


def test_a_clips_heading_that_is_the_pages_title_gives_its_headline_and_its_created_day_no_date() -> None:
    clip = "\n".join(
        ["---", "created: 2024-01-03T10:00:00 (UTC +08:00)", "source: http://www.example.cn/a/1.html", "---", ""]
    )
    article = _parse(f"{clip}\n# {HEADLINE}_工作动态_南岭县人民政府\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n", "clip.md.txt")
    assert _fields(article) == (HEADLINE, None, None, [LEAD, MORE, LAST])
    untitled = _parse(f"{clip}\n# 乡镇动态_南岭县人民政府\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n", "clip.md.txt")
    assert (untitled.title, untitled.text.split("\n")) == (None, [LEAD, MORE, LAST])


def test_a_text_of_its_own_quoting_a_record_is_left_as_it_is() -> None:
    snippet = json.dumps(
        {"title": "示例", "text": "平台接口返回的字段示例，仅作说明之用，不是本文的正文内容。"}, ensure_ascii=False
    )
    text = "\n".join([HEADLINE, LEAD, MORE, snippet, LAST, MORE, LEAD])
    assert as_article_lines(text) is None
    assert as_plain_text(text) == text


def test_records_of_no_article_are_left_as_they_are() -> None:
    samples = [{"instruction": "为下面的新闻拟一个标题。", "input": TEXT, "output": HEADLINE}]
    text = json.dumps(samples, ensure_ascii=False, indent=2)
    assert as_article_lines(text) is None


def test_a_record_with_a_null_title_is_an_article_with_no_headline() -> None:
    neighbour = {"title": OTHER_TITLE, "text": OTHER_TEXT, "date": "2023-05-11"}
    mine = {"title": None, "text": TEXT, "date": "2023-05-12"}
    lines = [json.dumps(record, ensure_ascii=False) for record in (neighbour, mine)]
    article = _parse("\n".join(lines) + "\n", "crawl.jsonl.txt")
    assert _fields(article) == (None, dt.date(2023, 5, 12), None, [LEAD, MORE, LAST])


def test_a_list_of_subtitle_cues_or_segments_is_no_article_record() -> None:
    cues = {
        "body": [{"from": index, "to": index + 2, "content": line} for index, line in enumerate((LEAD, MORE, LAST))]
    }
    assert as_article_lines(json.dumps(cues, ensure_ascii=False)) is None


def test_a_text_with_a_record_among_its_own_paragraphs_is_left_as_it_is() -> None:
    table = json.dumps({"项目清单": [{"名称": "新能源电池项目", "投资": "50亿元"}]}, ensure_ascii=False)
    note = json.dumps({"title": "附件", "text": "附：招商引资项目清单"}, ensure_ascii=False)
    text = "\n".join([HEADLINE, LEAD, MORE, LAST, table, note])
    assert as_article_lines(text) is None


def test_a_text_between_rules_of_plus_signs_is_no_front_matter() -> None:
    text = f"+++\n{LEAD}\nGDP = 1.2万亿元\n{MORE}\n+++\n{LAST}\n"
    assert as_article_lines(text) is None


def test_a_property_lists_paragraphs_as_wide_as_the_widest_stay_apart() -> None:
    lines = ["title   : " + HEADLINE, "content : 全县新签约项目二十八个。", "          会议强调要优化营商环境。"]
    article_lines = as_article_lines("\n".join([*lines, "author  : 张三", ""]))
    assert article_lines is not None
    assert article_lines.split("\n")[-2:] == ["全县新签约项目二十八个。", "会议强调要优化营商环境。"]


def test_a_records_odd_fields_give_way_to_the_next_and_never_stop_it() -> None:
    record = {
        "title": HEADLINE,
        "published": 1,
        "publishedTime": "2023-05-12",
        "origin": "https://m.nl.cn",
        "来源": "南岭日报",
    }
    assert as_article_lines(json.dumps({**record, "text": TEXT}, ensure_ascii=False)).split("\n")[:3] == [
        f"标题：{HEADLINE}",
        "发布时间：2023-05-12",
        "来源：南岭日报",
    ]
    out_of_range = {"title": HEADLINE, "publish_time": "0001-01-01T00:00:00+09:00", "text": TEXT}
    assert "发布时间：0001-01-01T00:00:00+09:00" in as_article_lines(json.dumps(out_of_range, ensure_ascii=False))


def test_an_objects_repr_at_a_python_prompt_gives_its_article_from_its_fields_and_metadata() -> None:
    metadata = {"source": "http://www.example.cn/a/1.html", "title": f"{HEADLINE}_工作动态_南岭县人民政府"}
    documents = [{"metadata": metadata, "page_content": f"\n\n{TEXT}\n\n"}]
    shown = "[" + ", ".join(
        f"Document(metadata={d['metadata']!r}, page_content={d['page_content']!r})" for d in documents
    )
    text = "\n".join([">>> docs = loader.load()", ">>> docs", shown + "]", ">>> "])
    article = _parse(text + "\n", "session.txt")
    assert _fields(article) == (HEADLINE, None, None, [LEAD, MORE, LAST])


def test_a_crawlers_item_with_a_datetime_gives_its_day() -> None:
    item = f"{{'title': {HEADLINE!r},\n 'pub_time': datetime.datetime(2023, 5, 12, 9, 30),\n 'content': {TEXT!r}}}"
    log = ["2023-05-20 10:00:02 [scrapy.core.scraper] DEBUG: Scraped from <200 http://www.example.cn/a/1.html>", item]
    article = _parse("\n".join(log) + "\n", "crawl.log.txt")
    assert _fields(article) == (HEADLINE, dt.date(2023, 5, 12), None, [LEAD, MORE, LAST])


def test_a_line_opening_with_a_words_brackets_is_no_record() -> None:
    text = "\n".join(["PPP(政府和社会资本合作)模式推动项目落地。", LEAD, MORE, LAST])
    assert as_article_lines(text) is None


def test_a_records_title_and_date_come_from_its_metadata_table_alone() -> None:
    record = {
        "docTitle": HEADLINE,
        "content": TEXT,
        "prev": {"title": f"上一篇：{OTHER_TITLE}", "pubDate": "2023-01-05"},
    }
    assert as_article_lines(json.dumps(record, ensure_ascii=False)) is None
    account = {"title": HEADLINE, "content": TEXT, "author": {"name": "张三", "createTime": "2015-03-01"}}
    assert "发布时间" not in as_article_lines(json.dumps(account, ensure_ascii=False))


def test_a_document_loaders_pages_of_one_file_are_one_article_in_their_order() -> None:
    metadata = {"source": "report.pdf", "title": HEADLINE}
    lines = [LEAD, MORE, LAST]
    pages = [
        f"Document(metadata={ {**metadata, 'page': page}!r}, page_content={line!r})" for page, line in enumerate(lines)
    ]
    article = _parse(">>> docs\n[" + ",\n ".join(pages) + "]\n", "session.txt")
    assert (article.title, article.text.split("\n")) == (HEADLINE, lines)


def test_a_reprs_odd_values_lose_nothing_else() -> None:
    huge = "0x" + "f" * 4000
    evening = "datetime.datetime(2023, 5, 12, 20, 30, tzinfo=datetime.timezone.utc)"
    text = f"Item(title={HEADLINE!r}, content={TEXT!r}, date={huge}, pub_time={evening})"
    assert as_article_lines("[\n\n" + text).split("\n")[:2] == [f"标题：{HEADLINE}", "发布时间：2023-05-13"]


def test_a_government_systems_columns_named_by_pinyin_initials_give_the_article() -> None:
    rows = {"total": 1, "rows": [{"XH": 1, "BT": HEADLINE, "FBRQ": "2023-05-12", "LY": "南岭日报", "NR": TEXT}]}
    article = _parse(json.dumps(rows, ensure_ascii=False), "api.json.txt")
    assert _fields(article) == (HEADLINE, dt.date(2023, 5, 12), "南岭日报", [LEAD, MORE, LAST])
