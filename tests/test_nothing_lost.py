"""Nothing lost to a clash of ids (a manifest id given twice, or another capture's content id), and the most
complete copy of a near-duplicate kept.

Captures here are real ones from corpus/, copied the ways users copy them: two files given one id
in a manifest, the same article saved as complete UTF-8 and as a lossy Big5 re-encoding that lost
characters and its headline, an HTML page with its <title> beside a plain copy without one.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from builder.cli import main
from builder.read.capture import find_inputs, read_capture

ROOT = Path(__file__).resolve().parent.parent
WILD = ROOT / "corpus" / "wild"
NOT_IN_BIG5 = "们"  # a Simplified character Big5 has no code for: a Big5 re-encoding drops it


def _build(folder: Path, out: Path) -> tuple[dict, list[dict], dict[str, dict]]:
    assert main(["build", str(folder), "--out", str(out), "--no-cache"]) == 0
    report = json.loads((out / "build_report.json").read_text(encoding="utf-8"))
    quarantine = [json.loads(line) for line in (out / "quarantine.jsonl").read_text(encoding="utf-8").splitlines()]
    articles = {a["source"]["file"]: a for a in pq.read_table(out / "data" / "articles").to_pylist()}
    return report, quarantine, articles


def _lossy_big5(text: str, lost: int) -> bytes:
    """`text` without its headline, re-encoded as Big5 after a run of `lost` of its Chinese characters became
    ones Big5 lacks (as when a page passes through a converter that cannot write them): they are dropped."""
    body = list(text.partition("\n")[2])
    chinese = [i for i, c in enumerate(body) if "\u4e00" <= c <= "\u9fff"]
    middle = len(chinese) // 2 - lost // 2
    for i in chinese[middle : middle + lost]:
        body[i] = NOT_IN_BIG5
    return "".join(body).encode("big5", errors="ignore")


def test_a_manifest_id_given_twice_is_reported_and_both_articles_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("w002", "w013", "w027"):
        (folder / f"{name}.txt").write_bytes((WILD / f"{name}.txt").read_bytes())
    lines = [{"file": "w002.txt", "id": "speech-1"}, {"file": "w013.txt", "id": "speech-1"}, {"file": "w027.txt"}]
    (folder / "manifest.jsonl").write_text("\n".join(map(json.dumps, lines)) + "\n", encoding="utf-8")
    report, quarantine, articles = _build(folder, tmp_path / "out")
    assert quarantine == []
    assert set(articles) == {"in/w002.txt", "in/w013.txt", "in/w027.txt"}
    assert articles["in/w002.txt"]["id"] == "speech-1"
    assert articles["in/w013.txt"]["id"] == articles["in/w013.txt"]["source"]["sha256"][:16]
    assert [p.split("manifest.jsonl:", 1)[1] for p in report["input_problems"]] == [
        f"2: id 'speech-1' already given at {folder / 'manifest.jsonl'}:1; the file keeps the id of its content"
    ]


def test_ids_clash_across_the_manifests_of_two_folders(tmp_path: Path) -> None:
    for folder, name in (("one", "w002"), ("two", "w013")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / f"{name}.txt").write_bytes((WILD / f"{name}.txt").read_bytes())
        (tmp_path / folder / "manifest.jsonl").write_text(json.dumps({"file": f"{name}.txt", "id": "a"}) + "\n")
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "one"), str(tmp_path / "two"), "--out", str(out), "--no-cache"]) == 0
    report = json.loads((out / "build_report.json").read_text(encoding="utf-8"))
    assert report["counts"]["articles"] == 2
    assert (
        len(report["input_problems"]) == 1
        and "two/manifest.jsonl:1: id 'a' already given at" in report["input_problems"][0]
    )


def _content_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def test_a_manifest_id_that_is_another_captures_content_id_is_refused_and_both_articles_are_kept(
    tmp_path: Path,
) -> None:
    """A user copies an id from an earlier build's output onto another file: not the same text, so the file keeps
    its own id and is published; the id copied onto the file it came from is kept; a true copy is a duplicate."""
    folder = tmp_path / "in"
    folder.mkdir()
    a, b, c = ((WILD / f"{name}.txt").read_bytes() for name in ("w002", "w013", "w027"))
    for name, data in (("a.txt", a), ("b.txt", b), ("c.txt", c), ("d.txt", a)):
        (folder / name).write_bytes(data)
    lines = [{"file": "b.txt", "id": _content_id(a)}, {"file": "c.txt", "id": _content_id(c)}]
    (folder / "manifest.jsonl").write_text("\n".join(map(json.dumps, lines)) + "\n", encoding="utf-8")
    report, quarantine, articles = _build(folder, tmp_path / "out")
    assert {file: article["id"] for file, article in articles.items()} == {
        "in/a.txt": _content_id(a),
        "in/b.txt": _content_id(b),
        "in/c.txt": _content_id(c),
    }
    assert [(q["file"], q["reason"], q["detail"]) for q in quarantine] == [
        ("in/d.txt", "duplicate", f"identical to in/a.txt (article {_content_id(a)})")
    ]
    assert report["input_problems"] == [
        f"{folder / 'manifest.jsonl'}:1: id '{_content_id(a)}' has the form of a content id but is not its file's "
        f"({_content_id(b)}); the file keeps the id of its content"
    ]
    assert report["counts"]["articles"] == 3 and report["counts"]["duplicates"] == 1


def test_a_file_changed_after_its_manifest_was_read_does_not_take_another_contents_id(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_bytes((WILD / "w013.txt").read_bytes())
    own = _content_id(path.read_bytes())
    (tmp_path / "manifest.jsonl").write_text(json.dumps({"file": "b.txt", "id": own}) + "\n", encoding="utf-8")
    items, problems = find_inputs([tmp_path])
    assert problems == [] and items[0].meta.id == own
    path.write_bytes((WILD / "w002.txt").read_bytes())  # edited while the build runs
    assert read_capture(items[0], path.read_bytes()).manifest_id is None


@pytest.mark.parametrize("lossy_name", ["a_lossy.txt", "z_lossy.txt"])  # first or last: order must not decide
def test_the_complete_copy_is_kept_over_a_lossy_big5_one_without_its_headline(tmp_path: Path, lossy_name: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    complete = (WILD / "w058.txt").read_text(encoding="utf-8")  # Traditional, so Big5 holds nearly all of it
    lossy = _lossy_big5(complete, lost=120)
    assert len(complete) - len(lossy.decode("big5")) >= 120 + len(complete.partition("\n")[0])
    (folder / lossy_name).write_bytes(lossy)
    (folder / "m_complete.txt").write_text(complete, encoding="utf-8")
    _, quarantine, articles = _build(folder, tmp_path / "out")
    assert list(articles) == ["in/m_complete.txt"]
    kept = articles["in/m_complete.txt"]
    assert kept["title"] == "东营市参加第十八届鲁台会取得丰硕成果" and kept["source"]["encoding"] == "utf-8"
    assert [(q["file"], q["reason"], q["detail"].split(" (")[0]) for q in quarantine] == [
        (f"in/{lossy_name}", "duplicate", f"of {kept['id']}")
    ]


@pytest.mark.parametrize("page_name", ["a_page.html", "z_page.html"])
def test_an_html_copy_with_its_title_is_kept_over_a_plain_copy_without_one(tmp_path: Path, page_name: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    headline, _, body = (WILD / "w002.txt").read_text(encoding="utf-8").partition("\n")
    paragraphs = "".join(f"<p>{line}</p>" for line in body.splitlines())
    (folder / "m_plain.txt").write_text(body, encoding="utf-8")
    (folder / page_name).write_text(f"<html><head><title>{headline}</title></head><body>{paragraphs}</body></html>")
    _, quarantine, articles = _build(folder, tmp_path / "out")
    assert list(articles) == [f"in/{page_name}"]
    assert articles[f"in/{page_name}"]["title"] == "烟花三月节:62个项目签约".replace(":", "：")
    assert [(q["file"], q["reason"]) for q in quarantine] == [("in/m_plain.txt", "duplicate")]


def test_between_copies_of_the_same_text_the_one_with_more_metadata_is_kept(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = (WILD / "w013.txt").read_text(encoding="utf-8")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_bytes(text.encode("gb18030"))  # other bytes, the same text
    (folder / "manifest.jsonl").write_text(json.dumps({"file": "b.txt", "url": "https://example.cn/b"}) + "\n")
    _, quarantine, articles = _build(folder, tmp_path / "out")
    assert list(articles) == ["in/b.txt"] and articles["in/b.txt"]["source"]["url"] == "https://example.cn/b"
    assert [(q["file"], q["reason"]) for q in quarantine] == [("in/a.txt", "duplicate")]
