"""Merging facts that say the same thing, so each is told once and cites every source.

- entities: by canonical name;
- figures: the same measure, value, unit and date;
- policies: the same name and sentence (a package described twice stays two facts when the
  wording differs, so every description stays searchable);
- milestones: the same kind of event (印发/发布 are one kind) on compatible dates (2017-07 and
  2017-07-01; an approximate 近日 within a month) about the same document or organisation.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from hetao_brief.extract.dates import compatible
from hetao_brief.facts import Fact, FactKind

APPROXIMATE = "≈"
_TITLE = re.compile(r"《([^》]+)》")
_TOO_GENERAL = {"河套深港科技创新合作区", "河套深圳园区", "香港园区", "粤港澳大湾区", "国务院", "福田区"}


def _combine(facts: list[Fact], representative: Fact) -> Fact:
    sources = tuple(sorted({s for f in facts for s in f.sources}))
    entities = tuple(dict.fromkeys(e for f in facts for e in f.entities))
    return replace(representative, sources=sources, entities=entities, id="")


def _by_key(facts: Iterable[Fact], key: object) -> list[Fact]:
    groups: dict[object, list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[key(fact)].append(fact)  # type: ignore[operator]
    return [_combine(group, group[0]) for group in groups.values()]


def _entity_text_rank(fact: Fact) -> tuple[bool, object]:
    """An entity is shown with the first sentence that says something about it (not a caption)."""
    return (len(fact.text) < 15, min(fact.sources))


def _merge_entities(facts: list[Fact]) -> list[Fact]:
    groups: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[fact.label].append(fact)
    return [_combine(group, min(group, key=_entity_text_rank)) for group in groups.values()]


def _salient(fact: Fact) -> set[str]:
    titles = {t.replace(" ", "") for t in _TITLE.findall(fact.text)}
    return titles | (set(fact.entities) - _TOO_GENERAL)


def _same_event(a: Fact, b: Fact) -> bool:
    if a.event != b.event or a.is_target != b.is_target or not (a.date and b.date):
        return False
    if not compatible(a.date, b.date, a.qualifier == APPROXIMATE, b.qualifier == APPROXIMATE):
        return False
    return bool(_salient(a) & _salient(b))


def _precision(fact: Fact) -> tuple[bool, int]:
    return (fact.qualifier != APPROXIMATE, len(fact.date or ""))


def _merge_milestones(facts: list[Fact]) -> list[Fact]:
    clusters: list[list[Fact]] = []
    for fact in sorted(facts, key=lambda f: min(f.sources)):
        home = next((c for c in clusters if any(_same_event(fact, other) for other in c)), None)
        if home is None:
            clusters.append([fact])
        else:
            home.append(fact)
    merged = []
    for cluster in clusters:
        best = max(cluster, key=_precision)
        merged.append(_combine(cluster, best))
    return merged


def merge_facts(facts: list[Fact]) -> list[Fact]:
    by_kind: dict[FactKind, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_kind[fact.kind].append(fact)
    merged = [
        *_merge_milestones(by_kind[FactKind.MILESTONE]),
        *_by_key(by_kind[FactKind.POLICY], lambda f: (f.label, f.text)),
        *_by_key(by_kind[FactKind.FIGURE], lambda f: (f.measure, f.value, f.unit, f.date)),
        *_merge_entities(by_kind[FactKind.ENTITY]),
    ]
    return sorted(merged, key=lambda f: (min(f.sources), f.kind, f.label))
