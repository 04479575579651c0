"""Field accuracy against hand-checked gold labels (`tests/gold/README.md` gives their format).

Input: gold label files and the records the pipeline makes of the same captures. Output: one score
per field and split, and the mismatches behind each score, so a rule change shows at once which
captures it fixed or broke. The residue patterns are written independently of the cleaner: they
are what a reader would search the output for.

Targets' `status` and `subject` are scored over the gold figures the builder finds: each gold
figure is paired, in order, with the first target not yet paired that matches it as target recall
does (same number and unit, deadline or ranking). `status` is right when equal. `subject` is right
when the builder's, normalised like the gold one (width, spacing, and qualifier or attainment words
at either end: 共, 完成, 达, 以上, 的 ...), equals it, or contains it and adds at most
`SUBJECT_SLACK` characters (a place or a verb the labeller left out: 全市新签约项目 for 新签约项目);
a gold `null` is right only against `null`. A figure labelled without `status` is not scored.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from builder.fields.industries import vocabulary as industry_vocabulary
from builder.fields.numerals import chinese_to_int
from builder.read.capture import find_inputs
from builder.record.models import Article, Industry, Target
from builder.resources import data_json
from builder.run.pipeline import parse_input

RESIDUE = {
    "pinyin annotation": re.compile(r"\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)"),
    "lost-character pinyin": re.compile(r"\?[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)"),
    "forum jammer": re.compile(r"(?:[!-~]{1,3} ){4,}"),
    "paywall marker": re.compile(r"此处省略|省略\d+字|当前(仅)?显示\d+字|预览结束|还剩\d+页未读|下载全文|正式会员"),
    "boilerplate": re.compile(
        r"您的位置|当前位置|版权所有|未经许可不得转载|责任编辑|编辑[::]|作者[::]|更新时间|内容来源|"
        r"看台州新闻|投稿邮箱|上一篇|下一篇|扫一扫|打印本文|到文鼎文库首页|小编为大家整理|公文汇,办公文档之家"
    ),
    "watermark URL": re.compile(r"www\.[a-z0-9-]+\.(?:com|cn|net)"),
}

# Field → the bar the issue sets for it (fraction correct, or F1 for speaker names).
TARGETS = {
    "coverage": 1.0,
    "title": 0.95,
    "outlet": 0.9,
    "published date": 0.9,
    "event day": 0.9,
    "event year": 0.9,
    "genre": 0.95,
    "region city": 0.9,
    "region county": 0.9,
    "speaker F1": 0.95,
    "positions": 0.9,
    "target recall": 0.85,
    "target status": 0.9,
    "target subject": 0.9,
    "residue-free": 1.0,
}


# How many characters the builder's subject may add to the gold one and still be right.
SUBJECT_SLACK = 4
# Words trimmed from either end of both subjects before they are compared: qualifiers and verbs of
# attainment, which the labels leave out (tests/gold/README.md) and which say nothing of what is counted.
_SUBJECT_EDGE_WORDS = (
    "力争", "确保", "完成", "实现", "累计", "共计", "达到", "高达", "超过", "不少于", "不低于", "其中", "以上",
    "以下", "左右", "共", "达", "约", "近", "逾", "超", "为", "的", "了", "有",
)  # fmt: skip


@dataclass
class Tally:
    right: float = 0
    total: float = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, where: str, detail: str = "") -> None:
        self.total += 1
        if ok:
            self.right += 1
        else:
            self.misses.append(f"{where}: {detail}" if detail else where)

    @property
    def score(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class SplitScore:
    captures: int = 0
    tallies: dict[str, Tally] = field(default_factory=dict)
    speaker_hits: int = 0
    speaker_found: int = 0
    speaker_gold: int = 0

    def tally(self, name: str) -> Tally:
        return self.tallies.setdefault(name, Tally())

    def scores(self) -> dict[str, float | None]:
        found = {name: tally.score for name, tally in self.tallies.items()}
        precision = self.speaker_hits / self.speaker_found if self.speaker_found else 1.0
        recall = self.speaker_hits / self.speaker_gold if self.speaker_gold else 1.0
        found["speaker precision"] = precision
        found["speaker recall"] = recall
        found["speaker F1"] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return found


# Labels no rule is written against, scored only when asked (`make accuracy ARGS=--locked`).
LOCKED = "locked"
SPLITS = ("seeds", "dev", "heldout", LOCKED)


def load_gold(folders: Iterable[Path], locked: bool = False) -> list[dict]:
    """The labels in these folders; those of the locked split only when asked for."""
    labels = [
        json.loads(path.read_text(encoding="utf-8"))
        for folder in folders
        if folder.is_dir()
        for path in sorted(folder.glob("*.gold.json"))
    ]
    return [label for label in labels if locked or label.get("split") != LOCKED]


def parse_corpus(corpus: Iterable[Path]) -> dict[str, Article | str]:
    """Each capture's record by id, or its quarantine reason."""
    items, _ = find_inputs(list(corpus))
    parsed: dict[str, Article | str] = {}
    for item in items:
        outcome = parse_input(item)
        key = item.meta.id or Path(item.name).stem
        parsed[key] = outcome.article if outcome.article is not None else outcome.quarantine.reason
    return parsed


def same_text(a: str | None, b: str | None) -> bool:
    """Equal up to punctuation width and spacing, which the capture process did not preserve."""
    return _normal(a) == _normal(b)


def _normal(text: str | None) -> str | None:
    if text is None:
        return None
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def figure_found(figure: dict, article: Article) -> bool:
    """A gold figure is among the targets: same number and unit, or same deadline or ranking."""
    return any(figure_matches(figure, target) for target in article.targets)


def figure_matches(figure: dict, target: Target) -> bool:
    if figure["unit"] == "deadline":
        return target.kind == "deadline" and same_text(target.deadline_text, figure["value"])
    if figure["unit"] == "ranking":
        return target.kind == "ranking" and target.value_text == _ranking_number(figure["value"])
    unit = (figure["unit"] or "").replace("人民币", "")
    value = "X" if re.fullmatch(r"[Xx×*]+", figure["value"]) else figure["value"]
    return target.value_text == value and unit in _written_units(target)


def paired_targets(figures: list[dict], article: Article) -> list[tuple[dict, Target]]:
    """Each gold figure the builder found, with the first matching target not paired before it."""
    unpaired = list(article.targets)
    pairs = []
    for figure in figures:
        target = next((t for t in unpaired if figure_matches(figure, t)), None)
        if target is not None:
            unpaired.remove(target)
            pairs.append((figure, target))
    return pairs


def same_subject(gold: str | None, found: str | None) -> bool:
    """The builder's subject names what the gold one names: equal, or containing it with little added."""
    if gold is None or found is None:
        return gold is found
    gold_words, found_words = _subject_core(gold), _subject_core(found)
    if not gold_words:
        return not found_words
    return gold_words in found_words and len(found_words) - len(gold_words) <= SUBJECT_SLACK


def _subject_core(subject: str) -> str:
    text = _normal(subject).strip("(),:;、")
    trimmed = True
    while trimmed:
        trimmed = False
        for word in _SUBJECT_EDGE_WORDS:
            if text.startswith(word) and len(text) > len(word):
                text, trimmed = text[len(word) :], True
            if text.endswith(word) and len(text) > len(word):
                text, trimmed = text[: -len(word)], True
    return text


def _written_units(target: Target) -> set[str]:
    """The unit as a reader writes it: 5亿元以上, 250多位, 120余名."""
    unit, qualifier = target.unit or "", target.qualifier or ""
    words = data_json("targets.json")
    if qualifier in words["approximators"]:
        return {unit, qualifier + unit}
    return {unit + qualifier} if qualifier in words["qualifiers_after"] else {unit}


def _ranking_number(text: str) -> str:
    digits = re.search(r"\d+", text)
    if digits:
        return digits.group(0)
    number = chinese_to_int(re.sub(r"[^一二两三四五六七八九十百]", "", text))
    return str(number) if number is not None else text


def residue(article: Article) -> list[str]:
    strings = [article.title or "", article.text, *(t.sentence for t in article.targets)]
    strings += [p for s in article.sections for p in (s.heading or "", *s.paragraphs)]
    return [
        f"{kind}: {pattern.search(s).group(0)}"
        for kind, pattern in RESIDUE.items()
        for s in strings
        if pattern.search(s)
    ]


def score(gold: list[dict], parsed: dict[str, Article | str]) -> dict[str, SplitScore]:
    splits: dict[str, SplitScore] = {}
    for label in gold:
        split = splits.setdefault(label.get("split", "seeds"), SplitScore())
        _score_one(label, parsed.get(label["id"], "missing"), split)
    return splits


def _score_one(label: dict, result: Article | str, split: SplitScore) -> None:
    where = label["id"]
    split.captures += 1
    if label.get("off_topic"):
        split.tally("coverage").add(result == "off_topic", where, f"got {_describe(result)}")
        return
    split.tally("coverage").add(isinstance(result, Article), where, f"got {_describe(result)}")
    if not isinstance(result, Article):
        return
    article = result
    _compare(split, "title", where, label["title"], article.title, same_text)
    _compare(split, "outlet", where, label["outlet"], article.outlet)
    published = article.date.published.isoformat() if article.date.published else None
    _compare(split, "published date", where, label["published_date"], published)
    event = label["event_date"] or {}
    _compare(split, "event day", where, (event.get("month"), event.get("day")), (article.date.month, article.date.day))
    _compare(
        split,
        "event year",
        where,
        (event.get("year"), bool(event.get("year_inferred")) if event.get("year") else False),
        (article.date.year, article.date.year_inferred if article.date.year else False),
    )
    _compare(split, "genre", where, label["genre"], article.genre)
    _compare(split, "truncation", where, label["truncated"], article.quality.truncated)
    if "truncation" in label:
        _compare(split, "truncation reason", where, label["truncation"], article.quality.truncation)
    region = label["region"] or {}
    for level in ("province", "city", "county"):
        _compare(split, f"region {level}", where, region.get(level), getattr(article.region, level))
    _score_people(label, article, split)
    for figure in label["figures"]:
        split.tally("target recall").add(figure_found(figure, article), where, json.dumps(figure, ensure_ascii=False))
    _score_target_reading(label, article, split)
    _score_industries(label, article, split)
    found = residue(article)
    split.tally("residue-free").add(not found, where, "; ".join(found[:3]))


def _score_target_reading(label: dict, article: Article, split: SplitScore) -> None:
    """`status` and `subject` of the figures found, where the label gives them."""
    where = label["id"]
    for figure, target in paired_targets([f for f in label["figures"] if "status" in f], article):
        shown = f"{figure['value']}{figure['unit'] or ''}"
        split.tally("target status").add(
            figure["status"] == target.status, where, f"{shown}: gold {figure['status']} got {target.status}"
        )
        wrong = f"{shown}: gold {figure['subject']!r} got {target.subject!r}"
        split.tally("target subject").add(same_subject(figure["subject"], target.subject), where, wrong)


def _score_industries(label: dict, article: Article, split: SplitScore) -> None:
    """Lenient: the same vocabulary industry, or one written form inside the other."""
    if "industries" not in label:
        return
    where = label["id"]
    gold = label["industries"]
    for written in gold:
        ok = any(_same_industry(written, found) for found in article.industries)
        split.tally("industry recall").add(ok, where, written)
    for found in article.industries:
        ok = any(_same_industry(written, found) for written in gold)
        split.tally("industry precision").add(ok, where, f"{found.raw} ({found.name})")


def _same_industry(written: str, found: Industry) -> bool:
    pattern, names = industry_vocabulary()
    match = pattern.search(written)
    return (match is not None and names[match.group(1)] == found.name) or found.raw in written or written in found.raw


def _score_people(label: dict, article: Article, split: SplitScore) -> None:
    where = label["id"]
    gold = {s["name"]: s["positions"] for s in label["speakers"]}
    found = {s.name: s.positions for s in article.speakers}
    split.speaker_gold += len(gold)
    split.speaker_found += len(found)
    split.speaker_hits += len(gold.keys() & found.keys())
    tally = split.tally("speaker names")
    tally.add(set(gold) == set(found), where, f"gold {sorted(gold)} got {sorted(found)}")
    if "attendees" in label:
        gold_attendees = {a["name"] for a in label["attendees"]}
        found_attendees = {a.name for a in article.attendees}
        for name in sorted(gold_attendees):
            split.tally("attendee recall").add(name in found_attendees, where, name)
        for name in sorted(found_attendees):
            split.tally("attendee precision").add(name in gold_attendees, where, name)
    for name in gold.keys() & found.keys():
        split.tally("positions").add(
            [_normal(p) for p in gold[name]] == [_normal(p) for p in found[name]],
            where,
            f"{name}: gold {gold[name]} got {found[name]}",
        )


def _compare(split: SplitScore, name: str, where: str, gold: object, got: object, equal=None) -> None:
    ok = equal(gold, got) if equal else gold == got
    split.tally(name).add(ok, where, f"gold {gold!r} got {got!r}")


def _describe(result: Article | str) -> str:
    return "an article" if isinstance(result, Article) else f"quarantine ({result})"


def table(splits: dict[str, SplitScore]) -> str:
    order = [s for s in SPLITS if s in splits]
    names = list(dict.fromkeys(name for s in order for name in splits[s].scores()))
    header = f"{'field':<18}" + "".join(f"{s + f' (n={splits[s].captures})':>18}" for s in order) + f"{'target':>9}"
    lines = [header, "-" * len(header)]
    for name in names:
        cells = []
        for s in order:
            value = splits[s].scores().get(name)
            cells.append(f"{'—' if value is None else f'{value:.3f}':>18}")
        target = TARGETS.get(name)
        lines.append(f"{name:<18}" + "".join(cells) + f"{'' if target is None else f'≥{target:g}':>9}")
    return "\n".join(lines)


def pooled(splits: dict[str, SplitScore], parts: Iterable[str], name: str) -> float | None:
    """One field's score over several parts of the labels taken together."""
    tallies = [splits[p].tallies[name] for p in parts if p in splits and name in splits[p].tallies]
    total = sum(t.total for t in tallies)
    return sum(t.right for t in tallies) / total if total else None


def failures(splits: dict[str, SplitScore], parts: Iterable[str]) -> list[str]:
    """Fields below their bar in the given parts of the labels."""
    failed = []
    for part in parts:
        scores = splits[part].scores()
        for name, target in TARGETS.items():
            value = scores.get(name)
            if value is not None and value < target:
                failed.append(f"{part}: {name} {value:.3f} < {target:g}")
    return failed
