"""The extraction pipeline: article → sentences → facts, then facts merged across articles."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from hetao_brief.extract.dates import DateMention, Published, find_dates
from hetao_brief.extract.entities import entities_in
from hetao_brief.extract.merge import APPROXIMATE, merge_facts
from hetao_brief.extract.milestones import find_milestones
from hetao_brief.extract.policies import amounts, policy_label
from hetao_brief.extract.quantities import Quantity, find_quantities
from hetao_brief.extract.sentences import Sentence, split_sentences
from hetao_brief.facts import Article, Fact, FactKind, Source
from hetao_brief.lexicon import Lexicon
from hetao_brief.normalize import fold
from hetao_brief.segment import Segmenter


class Extractor:
    def __init__(self, lexicon: Lexicon, segmenter: Segmenter) -> None:
        self._lexicon = lexicon
        self._segmenter = segmenter

    def extract(self, articles: Iterable[Article], progress: Callable[[Article], None] | None = None) -> list[Fact]:
        """All facts of a corpus, merged. `progress` is told of each article as it is done."""
        facts: list[Fact] = []
        for article in articles:
            facts.extend(self.extract_article(article))
            if progress:
                progress(article)
        return merge_facts(facts)

    def extract_article(self, article: Article) -> list[Fact]:
        """Facts of one article, unmerged. Raises nothing for odd text: no rule matches."""
        published = Published.parse(article.published)
        facts: list[Fact] = []
        for sentence in split_sentences(article.body):
            facts.extend(self._sentence_facts(article, published, sentence))
        return facts

    def _sentence_facts(self, article: Article, published: Published, sentence: Sentence) -> list[Fact]:
        text = sentence.text
        source = (Source(article.id, sentence.index, sentence.original),)
        entities = tuple(entities_in(text, self._lexicon, self._segmenter))
        dates = find_dates(text, published, anniversary_context="今年是" in text)
        facts = [
            Fact(
                FactKind.MILESTONE,
                hit.label,
                text,
                source,
                date=hit.date.iso,
                is_target=hit.is_target,
                qualifier=APPROXIMATE if hit.date.approximate else None,
                event=hit.event_class,
                entities=entities,
            )
            for hit in find_milestones(text, dates, published)
        ]
        for quantity in find_quantities(text, [(d.start, d.end) for d in dates]):
            if len(quantity.measure) >= 2:
                facts.append(self._figure(quantity, text, source, dates, published, entities))
        label = policy_label(text)
        if label and not _only_names(sentence, label):
            granted = "; ".join(amounts(text)) or None
            date = next((d.iso for d in dates), None)
            facts.append(Fact(FactKind.POLICY, label, text, source, date=date, qualifier=granted, entities=entities))
        facts.extend(
            Fact(FactKind.ENTITY, name, text, source, entities=(name,))
            for name in entities
            if not _only_names(sentence, name)
        )
        return facts

    def _figure(
        self,
        quantity: Quantity,
        text: str,
        source: tuple[Source, ...],
        dates: list[DateMention],
        published: Published,
        entities: tuple[str, ...],
    ) -> Fact:
        measure = self.measure_key(_with_subject(quantity, text, entities, self._lexicon))
        return Fact(
            FactKind.FIGURE,
            f"{measure} {quantity.raw}",
            text,
            source,
            date=_as_of(text, quantity, dates, published),
            measure=measure,
            value=quantity.value,
            unit=quantity.unit,
            qualifier=quantity.qualifier or None,
            entities=entities,
        )

    def measure_key(self, measure: str) -> str:
        """The same measure under one name (科技科研人才 and 科研人才 → 科研人才), so that
        figures from different articles form one time series."""
        folded = fold(measure)
        names = self._lexicon.names_in(folded)
        if len(names) == 1 and not names[0][1].is_entity and len(names[0][0]) * 2 >= len(folded):
            return names[0][1].canonical
        return measure


_NOT_WORDS = re.compile(r"[\W_]+")


def _only_names(sentence: Sentence, name: str) -> bool:
    """Whether the sentence is a heading that says nothing but the name (“政策包”, 深港国际科技园):
    a fact of it would answer a question with the question's own words."""
    return sentence.is_heading and _NOT_WORDS.sub("", sentence.text) == _NOT_WORDS.sub("", name)


_AREA_UNITS = {"平方公里", "平方米", "公顷"}
_PLACE_NOUNS = {"园区", "土地", "土地上", "区域", "片区"}
_GENERIC = {"面积", "总面积", "规模", "总规模", "交易额"}


def _with_subject(quantity: Quantity, text: str, entities: tuple[str, ...], lexicon: Lexicon) -> str:
    """Name what a generic measure belongs to: 约3.89平方公里的园区 in a sentence about the
    Hetao zone is the zone's area; 总面积约750公顷 after 红树林 is the reserves' area. Areas
    are called 面积 so that a question about an area finds them."""
    measure = quantity.measure
    if measure in _PLACE_NOUNS and entities:
        measure = entities[0]
    elif measure in _GENERIC:
        before = lexicon.entity_names_in(fold(text[: quantity.start]))
        if before:
            measure = before[-1] + measure
    if quantity.unit in _AREA_UNITS and "面积" not in measure:
        measure += "面积"
    return measure


def _as_of(text: str, quantity: Quantity, dates: list[DateMention], published: Published) -> str:
    """When a figure was true: a date in its own clause, else an 截至 (as-of) date in the
    sentence, else the article's publication date."""
    clause_start = max(text.rfind(p, 0, quantity.start) for p in "，,；;。") + 1
    clause_end = min([i for i in (text.find(p, quantity.end) for p in "，,；;。") if i >= 0] or [len(text)])
    for date in dates:
        if clause_start <= date.start < clause_end and not date.approximate:
            return date.iso
    for date in dates:
        if (
            text[max(0, date.start - 2) : date.start] in ("截至", "至")
            or text[max(0, date.start - 1) : date.start] == "至"
        ):
            return date.iso
    return published.iso
