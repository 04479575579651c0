"""Reading captures: encodings detected and recorded, HTML reduced to its body text."""

from __future__ import annotations

import codecs
import tracemalloc
from pathlib import Path

import pytest

from builder.read.capture import CaptureError, InputFile, Inputs, decode, find_inputs, read_capture, read_input

ROOT = Path(__file__).resolve().parent.parent
TRADITIONAL = (ROOT / "corpus" / "wild" / "w058.txt").read_text(encoding="utf-8")
SIMPLIFIED = (ROOT / "corpus" / "wild" / "w002.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text,encoding,expected",
    [
        (SIMPLIFIED, "gb18030", "gb18030"),
        (SIMPLIFIED, "gbk", "gb18030"),
        (TRADITIONAL, "big5", "big5"),
        (SIMPLIFIED, "utf-8", "utf-8"),
    ],
)
def test_legacy_encodings_are_told_apart(text: str, encoding: str, expected: str) -> None:
    data = text.encode(encoding, errors="ignore")
    decoded, name = decode(data)
    assert name == expected
    assert decoded == data.decode(encoding)


def test_byte_order_marks() -> None:
    assert decode(codecs.BOM_UTF8 + "招商".encode()) == ("招商", "utf-8-sig")
    assert decode("招商引资".encode("utf-16")) == ("招商引资", "utf-16")


def test_undecodable_bytes_are_refused() -> None:
    with pytest.raises(CaptureError, match="undecodable"):
        decode(b"\x81\x20\xff\x80" * 3)


def test_html_body_text_title_and_meta_date(tmp_path: Path) -> None:
    html = (
        "<html><head><title>全市招商引资大会召开_随州新闻网</title>"
        '<meta name="PubDate" content="2024-12-06 08:00"><style>p{color:red}</style></head>'
        "<body><script>var s='招商';</script><!-- 注释 --><p>12月5日,全市招商引资大会召开。</p>"
        "<div>市委书记马泽江出席会议并讲话。</div></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("gb18030"))
    capture = read_capture(InputFile(path, "page.html"), path.read_bytes())
    assert capture.encoding == "gb18030"
    assert capture.html_title == "全市招商引资大会召开"  # the site's name dropped
    assert capture.html_date == "2024-12-06"
    assert capture.text == "12月5日,全市招商引资大会召开。\n市委书记马泽江出席会议并讲话。"


def test_empty_blank_and_binary_files_are_refused(tmp_path: Path) -> None:
    cases = [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \r\n\t", "blank"),
        ("binary.txt", b"\x00\x01PK\x00", "binary"),
    ]
    for name, data, reason in cases:
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(CaptureError, match=reason):
            read_capture(InputFile(path, name), data)


def test_manifest_gives_urls_and_reports_malformed_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("招商")
    (tmp_path / "b.html").write_text("<p>招商</p>")
    (tmp_path / "manifest.jsonl").write_text('{"file": "a.txt", "url": "http://x.cn/a", "id": "a1"}\nnot json\n')
    items, problems = find_inputs([tmp_path])
    assert [(i.name, i.meta.url, i.meta.id) for i in items] == [
        (f"{tmp_path.name}/a.txt", "http://x.cn/a", "a1"),
        (f"{tmp_path.name}/b.html", None, None),
    ]
    assert len(problems) == 1 and "manifest.jsonl:2" in problems[0]


def test_html_meta_date_and_title_reach_the_record(tmp_path: Path) -> None:
    from builder.run.pipeline import parse_bytes

    html = (
        "<html><head><title>全市招商引资工作会议召开_随州新闻网</title>"
        '<meta name="PubDate" content="2024-12-06 08:00"></head><body>'
        "<p>昨日下午,全市招商引资工作会议召开。市委书记马泽江出席会议并讲话,强调要招大引强。</p></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("utf-8"))
    article = parse_bytes(InputFile(path, "page.html"), path.read_bytes()).article
    assert article is not None
    assert article.title == "全市招商引资工作会议召开"
    assert str(article.date.published) == "2024-12-06" and str(article.date.event) == "2024-12-05"
    assert article.speaker is not None and article.speaker.name == "马泽江"


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs Linux's /proc")
def test_a_file_longer_than_its_stat_size_is_read_whole_up_to_the_limit() -> None:
    """Reads are sized from stat; a file that holds more than stat said (one being appended to, or
    /proc's, which stat as empty) is still read to its end, and still refused over the limit."""
    status = Path("/proc/self/status")
    assert status.stat().st_size == 0
    data = read_input(InputFile(status, "status"), 1_000_000)
    assert data.startswith(b"Name:") and b"VmRSS" in data and data.endswith(b"\n")
    with pytest.raises(CaptureError, match="too_large"):
        read_input(InputFile(status, "status"), 100)


def test_a_folder_is_walked_in_order_of_its_captures_relative_paths(tmp_path: Path) -> None:
    root = tmp_path / "caps"
    for relative in ("b.txt", "a/x.txt", "a.txt", "a-b.txt", "中.txt", "a/notes.md", "link.txt"):
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text("招商引资", encoding="utf-8")
    (root / "link.txt").unlink()
    (root / "link.txt").symlink_to(tmp_path / "outside.txt")
    (tmp_path / "outside.txt").write_text("招商引资", encoding="utf-8")
    items, problems = find_inputs([root])
    assert [item.name for item in items] == [
        "caps/a-b.txt", "caps/a.txt", "caps/a/x.txt", "caps/b.txt", "caps/link.txt", "caps/中.txt"
    ]  # fmt: skip
    assert [item.refused is not None for item in items] == [False, False, False, False, True, False]
    assert problems == []


def test_a_large_folder_is_held_in_a_few_bytes_a_capture_while_it_is_walked(tmp_path: Path) -> None:
    """The workers a build forks while a folder is walked inherit its listing: as tuples of strings it cost 140
    bytes a capture (27 MiB for 200,000), in the building process and in each worker, to the build's end."""
    count = 5000
    for index in range(count):
        (tmp_path / f"c{index:07d}.txt").touch()
    tracemalloc.start()
    try:
        walk = iter(Inputs([tmp_path]))
        before = tracemalloc.get_traced_memory()[0]
        next(walk)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held / count < 30
    assert sum(1 for _ in walk) == count - 1


def test_a_folder_given_twice_is_walked_once(tmp_path: Path) -> None:
    (tmp_path / "caps").mkdir()
    (tmp_path / "caps" / "a.txt").write_text("招商引资", encoding="utf-8")
    (tmp_path / "again").symlink_to(tmp_path / "caps")
    items, problems = find_inputs([tmp_path / "caps", tmp_path / "again", tmp_path / "caps" / ".." / "caps"])
    assert [item.name for item in items] == ["caps/a.txt"]
    assert problems == [
        f"{tmp_path / 'again'}: given more than once, taken once",
        f"{tmp_path / 'caps' / '..' / 'caps'}: given more than once, taken once",
    ]
