"""The meeting: its name (`全市招商引资工作专题会议`) and the sentence that announces it.

Input: title and body (Simplified). Output: `Event` (name or None, the announcing sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from builder.prefilter import prefiltered

_MEETING = (
    r"(?:会议|大会|例会|座谈会|推进会|调度会|动员会|推介会|洽谈会|说明会|恳谈会|交流会|签约仪式|仪式"
    r"|论坛|博览会|招商会|誓师会|观摩会|评议会|工作会)"
)
_SPEECH_TITLE = re.compile(rf"在(?P<name>.{{2,60}}?{_MEETING})(?:上|开幕式上)的(?:讲话|致辞|发言|主持词|主持讲话|报告)")
# Behind a search for its verbs (召开, 举行 ...), which most sentences of the lead do not hold: the pattern opens
# with a choice of places, which the engine tries at every character.
_ANNOUNCED = prefiltered(
    re.compile(
        rf"(?:^|[,,。;:])\s*(?:\d{{1,2}}月\d{{1,2}}日|昨日|昨天|今天|今日|日前|近日)?(?:上午|下午|晚上|晚)?[,,]?"
        rf"(?P<name>[^,,。;:]{{2,60}}?{_MEETING})(?:在[^,,。;]{{2,30}})?(?:召开|举行|举办|开幕)"
    )
)
_SENTENCE = re.compile(r"[^。!?!?\n]+[。!?!?]?")
_LEAD_WINDOW = 6


@dataclass(frozen=True)
class Event:
    name: str | None
    sentence: str


def find_event(title: str | None, paragraphs: tuple[str, ...]) -> Event:
    if title:
        match = _SPEECH_TITLE.search(title)
        if match:
            return Event(match.group("name"), title)
    sentences = [s for p in paragraphs[:3] for s in _SENTENCE.findall(p)][:_LEAD_WINDOW]
    for sentence in sentences:
        match = _ANNOUNCED.search(sentence)
        if match:
            return Event(_strip_lead(match.group("name")), sentence)
    return Event(None, sentences[0] if sentences else "")


def _strip_lead(name: str) -> str:
    return re.sub(r"^.*?(?:讯|电)(?:[((][^))]*[))])?", "", name).strip() or name
