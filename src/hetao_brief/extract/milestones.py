"""Milestones: a date plus an event verb in the same or the following clause.

Verbs come in classes (issuing, signing, opening, …) so that 印发 in one article and 发布
in another can be recognised as the same event when the facts are merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hetao_brief.extract.dates import DateMention, Published

EVENT_CLASSES: dict[str, tuple[str, ...]] = {
    "issue": ("印发", "发布", "出台", "公布", "提出"),
    "sign": ("签署", "签订", "见证签署"),
    "open": ("开园", "开通", "启用", "揭牌", "投入使用", "开放运营", "启动", "开业", "落成", "投入改造"),
    "found": ("成立", "设立", "组建", "建立", "决定", "共建"),
    "award": ("授牌", "颁奖", "荣获"),
    "settle": ("落户", "入驻", "进驻", "搬来"),
    "hold": ("举行", "举办", "召开", "亮相", "发表"),
    "pilot": ("试点", "尝试", "推进"),
    "reach": ("达", "完成", "回归", "实现"),
}
_VERB = re.compile("|".join(sorted((v for vs in EVENT_CLASSES.values() for v in vs), key=len, reverse=True)))
_VERB_CLASS = {verb: cls for cls, verbs in EVENT_CLASSES.items() for verb in verbs}
_TARGET_CUE = re.compile(r"(?<!截)至$|到$|预计到?$|力争|目标")
_FUTURE = re.compile(r"将|预计|力争|计划")
_AS_OF = re.compile(r"截至$|^至$")
_DATE_ONLY = re.compile(r"^[\s，,在于从自]*$")


@dataclass(frozen=True)
class MilestoneHit:
    date: DateMention
    label: str
    event_class: str
    is_target: bool


def _clause_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^，,；;。！？]+", text)]


def find_milestones(text: str, dates: list[DateMention], published: Published) -> list[MilestoneHit]:
    """One milestone per date whose clause (or, for a bare date, the next clause) names an
    event. Targets: dates introduced by 到/预计/将, or lying after publication."""
    spans = _clause_spans(text)
    hits: list[MilestoneHit] = []
    seen: set[str] = set()
    for date in dates:
        index = next((i for i, (s, e) in enumerate(spans) if s <= date.start < e), None)
        if index is None or date.iso in seen:
            continue
        before = text[max(0, date.start - 4) : date.start]
        if _AS_OF.search(before):
            continue  # 截至6月: the date a figure was true, not an event
        start, end = spans[index]
        if _DATE_ONLY.match(text[date.end : end]):
            end = spans[min(index + 2, len(spans) - 1)][1]
        window = text[start:end]
        verb = _VERB.search(window)
        later = date.iso[: len(published.iso)] > published.iso[: len(date.iso)]
        is_target = bool(
            _TARGET_CUE.search(before) or later or (_FUTURE.search(window) and date.year >= published.year)
        )
        if verb is None and not is_target:
            continue
        label = (window[: date.start - start] + window[date.end - start :]).strip(" ，,、：:「」“”")
        event = _VERB_CLASS[verb.group(0)] if verb else "target"
        hits.append(MilestoneHit(date, label[:80], event, is_target))
        seen.add(date.iso)
    return hits
