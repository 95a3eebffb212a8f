"""A briefing card for a name: what it is, its key figures, its latest milestones and targets,
what it is related to, and where that was read.

A question that names an organisation, a park, a programme or a person (港深创科园, 科汇通,
联合政策包, 李家超…) gets this before the ranked sentences: it is what turns search results
into a briefing. Like a digest, a card is data; the renderer writes it in the reader's
language and script.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from hetao_brief.facts import Fact, FactKind
from hetao_brief.text.lexicon import Lexicon
from hetao_brief.text.normalize import fold

MAX_FIGURES = 3
MAX_MILESTONES = 3
MAX_RELATED = 4
_QUESTION = re.compile(
    r"是什么|是甚么|是啥|是哪|介绍|介紹|简介|簡介|什么|甚麼|怎么样|怎麼樣|情况|情況|的|吗|嗎|？|\?|"
    r"\bwhat\b|\bwho\b|\bis\b|\bare\b|\bthe\b|\babout\b|\btell\b|\bme\b|\ba\b"
)


@dataclass(frozen=True)
class Card:
    name: str
    """The canonical (simplified) name."""
    english: str | None
    definition: Fact | None
    """The sentence that says what it is: its entity fact's sentence."""
    figures: tuple[Fact, ...]
    milestones: tuple[Fact, ...]
    targets: tuple[Fact, ...]
    related: tuple[str, ...]
    articles: tuple[str, ...]
    """Ids of the articles the card's facts were read from, most used first."""


def named_entity(query: str, facts: list[Fact], lexicon: Lexicon) -> str | None:
    """The entity a query is about, if the query is little more than its name (科汇通, 科汇通是什么,
    what is the joint policy package): a question about something else that mentions a name
    (科汇通的试点时间) is answered by the ranked sentences alone."""
    folded = fold(query)
    carded = {f.label for f in facts if f.kind in (FactKind.ENTITY, FactKind.POLICY)}
    found = [(alias, g) for alias, g in lexicon.names_in(folded) if g.is_entity or g.canonical in carded]
    names = list(dict.fromkeys(g.canonical for _, g in found))
    matched = [alias for alias, _ in found]
    if names and matched:
        rest = folded
        for alias in matched:
            rest = rest.replace(alias, "")
        if len(re.sub(r"\s+", "", _QUESTION.sub("", rest))) <= 1:
            return names[0]
        return None
    bare = _QUESTION.sub("", folded).strip()
    return bare if bare in carded else None


def _its_own(figure: Fact, name: str) -> bool:
    """A figure is the named thing's if its measure says so, or if its sentence names nothing
    else but the zone beside it: 通过“科汇通”…；落地总规模51亿元的社保基金…专项基金；…深圳数据交易所
    已完成跨境交易订单70余笔 tells the fund's and the exchange's figures, not 科汇通's."""
    if name in (figure.measure or ""):
        return True
    return name in figure.entities and len([e for e in figure.entities if e != name]) <= 1


def compose_card(name: str, facts: list[Fact], lexicon: Lexicon, today_year: int) -> Card | None:
    about = [f for f in facts if name in f.entities or (f.kind is not FactKind.ENTITY and name in f.label + f.text)]
    if not about:
        return None
    definition = next((f for f in facts if f.kind in (FactKind.ENTITY, FactKind.POLICY) and f.label == name), None)
    newest: dict[str, Fact] = {}
    for fact in about:
        if fact.kind is FactKind.FIGURE and fact.measure and fact.date and not fact.is_target and _its_own(fact, name):
            kept = newest.get(fact.measure)
            if kept is None or (fact.date or "") > (kept.date or ""):
                newest[fact.measure] = fact
    figures = sorted(newest.values(), key=lambda f: f.date or "", reverse=True)[:MAX_FIGURES]
    events = [f for f in about if f.kind is FactKind.MILESTONE and f.date]
    milestones = sorted((f for f in events if not f.is_target), key=lambda f: f.date or "", reverse=True)
    targets = sorted(
        (f for f in events if f.is_target and int((f.date or "0")[:4]) >= today_year), key=lambda f: f.date or ""
    )
    related = Counter(e for f in about for e in f.entities if e != name)
    cited = Counter(s.article_id for f in about for s in f.sources)
    group = next((g for _, g in lexicon.names_in(fold(name)) if g.is_entity and g.canonical == name), None)
    return Card(
        name=name,
        english=group.en[0] if group and group.en else None,
        definition=definition,
        figures=tuple(figures),
        milestones=tuple(milestones[:MAX_MILESTONES]),
        targets=tuple(targets[:MAX_MILESTONES]),
        related=tuple(n for n, _ in related.most_common(MAX_RELATED)),
        articles=tuple(a for a, _ in cited.most_common(3)),
    )


__all__ = ["Card", "compose_card", "named_entity"]
