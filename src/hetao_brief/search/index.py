"""An in-memory BM25 index over facts, built once per reload and swapped whole.

The index is immutable once built: a reload builds a new one beside it and the service swaps
a single reference, so a query always sees one complete fact set (old or new), never a half-
built one. Ranking is BM25 over the analyzer's weighted terms, multiplied by query coverage
(answers that match every part of the query first), an exact-phrase boost and a boost for
the kind of fact the question asks for (when → milestones, how many → figures). A page shows
the best fact of each near-duplicate group (search/duplicates.py), worked out when the index
is built.

Postings hold each (term, fact) pair's BM25 impact, computed once here at build time, in flat
arrays. The query side, scoring and choosing a page, is compiled (search/_rank.c): at 100k
facts a domain word such as 深圳 is in half of them, and on small indexes a query's fixed
costs were a numpy call per step. Only the exact-phrase boost needs the text, and it is checked
only for the facts it could lift into the page, after bigram signatures have ruled out most of
them. tests/test_index.py spells the ranking out in plain Python.
"""

from __future__ import annotations

import difflib
from array import array
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from hetao_brief.facts import Fact, FactKind
from hetao_brief.search._rank import Ranker
from hetao_brief.search.analyzer import Analyzer, Query
from hetao_brief.search.near_duplicates import char_bigrams, group_ids
from hetao_brief.text.normalize import fold

COVERAGE_STEPS = 20
"""Query term weights are whole twentieths (1, 1.5, 0.7), so the weight a fact matches is a
whole number of steps, which the ranker adds up as integers."""

_KINDS = list(FactKind)
_AIMED_AT = len(_KINDS)
"""The ranker's kind for a target figure: a question of how many there are boosts the figures
of today, one of how many are aimed at (计划…多少) boosts these."""


def _kind_code(fact: Fact) -> int:
    return _AIMED_AT if fact.kind is FactKind.FIGURE and fact.is_target else _KINDS.index(fact.kind)


def _intent_code(query: Query) -> int:
    if query.intent is None:
        return -1
    return _AIMED_AT if query.intent is FactKind.FIGURE and query.aims else _KINDS.index(query.intent)


@dataclass(frozen=True)
class Ranking:
    """How a match is scored: BM25's k1 and b, then the three things we add to it. Every index
    ranks with the defaults; `PLAIN_BM25` turns the additions off, so that the benchmark can
    tell how much of our disagreement with textbook BM25 engines they account for."""

    k1: float = 1.5
    b: float = 0.75
    coverage_floor: float = 0.75
    """A fact that matches part of the query keeps this share of its BM25 score, rising
    linearly to all of it for a fact that matches every term. Lower floors pushed facts with
    more of a query's words up further, but answered 1–3 points fewer of the top 3s of textbook
    engines; at 0.85 and above a bare heading saying one of 科技人才 政策's words comes back
    (tests/test_search.py)."""
    phrase_boost: float = 2.0
    """High enough that an English question's Chinese phrase (河套合作区面积 for "How big is the
    Hetao zone?") lifts its fact over one that says the same words apart."""
    intent_boost: float = 1.3


DEFAULT_RANKING = Ranking()
PLAIN_BM25 = Ranking(coverage_floor=1.0, phrase_boost=1.0, intent_boost=1.0)


class Hit(NamedTuple):
    """A named tuple, not a frozen dataclass: a page makes ten or so per query, and a frozen
    dataclass's __init__ took a fifth of a query's time on a small index."""

    fact: Fact
    score: float


class Page(NamedTuple):
    hits: list[Hit]
    has_more: bool
    total: int
    """Results in all, one per group of near-identical sentences: what paging would reach."""


TermSource = Callable[[Fact, str, str], Mapping[str, float]]
"""A fact's weighted index terms, given the fact and its folded label and text: what the
analyzer makes of it (`Analyzer.fact_terms`), or what it made earlier and the store kept."""


class SearchIndex:
    def __init__(
        self,
        facts: list[Fact],
        analyzer: Analyzer,
        terms_of: TermSource | None = None,
        ranking: Ranking = DEFAULT_RANKING,
    ) -> None:
        """`terms_of` gives each fact's terms; by default the analyzer makes them, which is
        most of a build's time (jieba segmentation)."""
        self.facts = facts
        self._analyzer = analyzer
        self.ranking = ranking
        folded = [fold(f.text) for f in facts]
        labels = [fold(f.label) for f in facts]
        groups = group_ids(folded)  # ids count up from 0, so the largest + 1 is how many
        lexicon = analyzer.lexicon
        phrasable = [lexicon.canonicalize(label + " " + text) for label, text in zip(labels, folded, strict=True)]
        self._ids = [f.id for f in facts]
        id_rank = np.empty(len(facts), dtype=np.int32)
        id_rank[sorted(range(len(facts)), key=self._ids.__getitem__)] = np.arange(len(facts), dtype=np.int32)
        self._codes, self._starts, self._docs, impacts = self._invert(
            facts, labels, folded, terms_of or analyzer.fact_terms, ranking
        )
        self._ranker = Ranker(  # holds the arrays and texts it ranks with
            starts=self._starts,
            docs=self._docs,
            impacts=impacts,
            kinds=np.array([_kind_code(f) for f in facts], dtype=np.int8),
            groups=groups,
            id_rank=id_rank,
            texts=phrasable,
            group_count=int(groups.max()) + 1 if len(facts) else 0,
        )
        self._vocabulary = _Vocabulary(analyzer.lexicon.vocabulary(), facts, labels)

    @staticmethod
    def _invert(
        facts: list[Fact], labels: list[str], texts: list[str], terms_of: TermSource, ranking: Ranking
    ) -> tuple[dict[str, int], npt.NDArray[np.int64], npt.NDArray[np.int32], npt.NDArray[np.float32]]:
        """Term → code, and each code's postings: docs ascending, with their BM25 impacts for a
        query weight of 1, at ``[starts[code]:starts[code + 1]]`` of the flat arrays. The pairs
        are gathered in flat typed arrays and grouped by one stable sort, which keeps a 100k-fact
        build's peak memory a fraction of a dict of Python lists. Impacts are single precision: a
        page is ranked on four decimals, and it halves the largest part of the index."""
        codes: dict[str, int] = {}
        term_of, doc_of, tf_of = array("i"), array("i"), array("d")
        lengths = np.zeros(len(facts))
        code_of = codes.setdefault
        for doc, fact in enumerate(facts):
            terms = terms_of(fact, labels[doc], texts[doc])
            lengths[doc] = sum(terms.values())
            term_of.extend([code_of(term, len(codes)) for term in terms])
            doc_of.extend(array("i", [doc]) * len(terms))
            tf_of.extend(terms.values())
        terms_arr = np.frombuffer(term_of, dtype=np.int32)
        order = np.argsort(terms_arr, kind="stable")  # docs stay ascending within a term
        starts = np.searchsorted(terms_arr[order], np.arange(len(codes) + 1)).astype(np.int64)
        docs = np.frombuffer(doc_of, dtype=np.int32)[order]
        tfs = np.frombuffer(tf_of, dtype=np.float64)[order]
        average = float(lengths.mean()) if len(facts) else 1.0
        frequency = np.diff(starts)
        idf = np.log(1 + (len(facts) - frequency + 0.5) / (frequency + 0.5))
        k1, b = ranking.k1, ranking.b
        impacts = np.repeat(idf, frequency) * tfs * (k1 + 1) / (tfs + k1 * (1 - b + b * lengths[docs] / average))
        return codes, starts, docs, impacts.astype(np.float32)

    def __len__(self) -> int:
        return len(self.facts)

    def search(self, query: Query, limit: int = 3, offset: int = 0) -> list[Hit]:
        return self.page(query, limit, offset)[0]

    def page(self, query: Query, limit: int = 3, offset: int = 0) -> Page:
        """One page of hits, one per near-duplicate group, whether another page follows, and
        how many groups matched in all (the ranker counts them as it scores: no extra pass)."""
        wanted = offset + limit + 1
        terms = [
            (code, weight, self._steps(weight))
            for term, weight in query.terms.items()
            if (code := self._codes.get(term)) is not None
        ]
        if not terms:
            return Page([], False, 0)
        boosts_phrase = len(query.phrase) > 1 and self.ranking.phrase_boost != 1
        phrase = self._analyzer.lexicon.canonicalize(query.phrase) if boosts_phrase else ""
        best, matched = self._ranker.page(
            terms=terms,
            all_steps=sum(query.terms.values()) * COVERAGE_STEPS,
            coverage_floor=self.ranking.coverage_floor,
            intent=_intent_code(query),
            intent_boost=self.ranking.intent_boost,
            wanted=wanted,
            phrase=phrase or None,
            lift=self.ranking.phrase_boost,
        )
        hits = [Hit(self.facts[doc], score) for doc, score in best[offset : offset + limit]]
        return Page(hits, len(best) > offset + limit, matched)

    def matching(self, query: Query, min_coverage: float = 0.5) -> set[str]:
        """Ids of every fact that matches at least `min_coverage` of the query's weight:
        the fact set of a digest topic."""
        total = sum(query.terms.values()) or 1.0
        matched = np.zeros(len(self.facts))
        for term, weight in query.terms.items():
            if (code := self._codes.get(term)) is not None:
                matched[self._docs[self._starts[code] : self._starts[code + 1]]] += weight
        return {self._ids[doc] for doc in np.flatnonzero(matched / total >= min_coverage)}

    @staticmethod
    def _steps(weight: float) -> int:
        steps = round(weight * COVERAGE_STEPS)
        assert abs(steps - weight * COVERAGE_STEPS) < 1e-9 and steps > 0, f"query weight {weight} is not whole steps"
        return steps

    def suggest(self, query: Query, limit: int = 3) -> list[str]:
        """Known names closest to a query that found nothing ('did you mean')."""
        return self._vocabulary.closest(query.folded, limit)


class _Vocabulary:
    """The names a 'did you mean' may offer: the lexicon's, and the names of the organisations
    and platforms the facts are about. Not every label: milestone and figure labels are
    sentence fragments, and at 100k facts tens of thousands of them made a query that found
    nothing take 0.2 s."""

    MIN_SCORE = 0.34

    def __init__(self, lexicon_names: list[str], facts: list[Fact], labels: list[str]) -> None:
        entity_names = (label for label, f in zip(labels, facts, strict=True) if f.kind is FactKind.ENTITY)
        self._names = sorted({*lexicon_names, *(name for name in entity_names if len(name) <= 20)})

    def closest(self, target: str, limit: int) -> list[str]:
        """Scored by the larger of bigram overlap and difflib's ratio. The ratio is worked out
        only where its cheap upper bounds say it could beat the overlap and the minimum, the
        way `difflib.get_close_matches` saves time; the target is difflib's second sequence,
        whose index it keeps from name to name."""
        if not target:
            return []
        grams = char_bigrams(target) or {target}
        matcher = difflib.SequenceMatcher(None)
        matcher.set_seq2(target)
        scored = []
        for name in self._names:
            score = len(grams & (char_bigrams(name) or {name})) / len(grams)
            matcher.set_seq1(name)
            bar = max(score, self.MIN_SCORE)
            if matcher.real_quick_ratio() >= bar and matcher.quick_ratio() >= bar:
                score = max(score, matcher.ratio())
            scored.append((score, name))
        scored.sort(key=lambda pair: (-pair[0], len(pair[1]), pair[1]))
        return [name for score, name in scored[:limit] if score >= self.MIN_SCORE]
