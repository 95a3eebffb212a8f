"""An in-memory BM25 index over facts, built once per reload and swapped whole.

The index is immutable once built: a reload builds a new one beside it and the service swaps
a single reference, so a query always sees one complete fact set (old or new), never a half-
built one. Ranking is BM25 over the analyzer's weighted terms, multiplied by query coverage
(answers that match every part of the query first), an exact-phrase boost and a boost for
the kind of fact the question asks for (when → milestones, how many → figures).
"""

from __future__ import annotations

import difflib
import heapq
import math
from collections import defaultdict
from dataclasses import dataclass

from hetao_brief.facts import Fact
from hetao_brief.normalize import fold
from hetao_brief.search.analyzer import Analyzer, Query

K1 = 1.2
B = 0.75
PHRASE_BOOST = 1.4
INTENT_BOOST = 1.6
NEAR_DUPLICATE = 0.8


@dataclass(frozen=True)
class Hit:
    fact: Fact
    score: float


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


class SearchIndex:
    def __init__(self, facts: list[Fact], analyzer: Analyzer) -> None:
        self.facts = facts
        self._analyzer = analyzer
        self._folded = [fold(f.text) for f in facts]
        self._grams: list[frozenset[str] | None] = [None] * len(facts)
        lexicon = analyzer.lexicon
        self._phrasable = [
            lexicon.canonicalize(fold(f.label) + " " + text) for f, text in zip(facts, self._folded, strict=True)
        ]
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        lengths: list[float] = []
        for doc, fact in enumerate(facts):
            terms = analyzer.fact_terms(fact)
            lengths.append(float(sum(terms.values())))
            for term, tf in terms.items():
                postings[term].append((doc, float(tf)))
        self._postings = dict(postings)
        self._lengths = lengths
        self._avg = (sum(lengths) / len(lengths)) if lengths else 1.0
        n = len(facts)
        self._idf = {t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in postings.items()}
        self._vocabulary = sorted(
            {*analyzer.lexicon.vocabulary(), *(fold(f.label) for f in facts if len(f.label) <= 20)}
        )

    def __len__(self) -> int:
        return len(self.facts)

    def search(self, query: Query, limit: int = 3, offset: int = 0) -> list[Hit]:
        return self.page(query, limit, offset)[0]

    def page(self, query: Query, limit: int = 3, offset: int = 0) -> tuple[list[Hit], bool]:
        """One page of hits and whether another page follows (found by asking for one more
        hit, which is far cheaper than counting them all). Only the best candidates are put
        in order (a heap), and all of them only if near-duplicates leave too few."""
        wanted = offset + limit + 1
        scored = self._scores(query)
        best = heapq.nsmallest(max(8 * wanted, 64), scored)
        hits = self._distinct(best, wanted)
        if len(hits) < wanted and len(best) < len(scored):
            hits = self._distinct(sorted(scored), wanted)
        return hits[offset : offset + limit], len(hits) > offset + limit

    def matching(self, query: Query, min_coverage: float = 0.5) -> set[str]:
        """Ids of every fact that matches at least `min_coverage` of the query's weight:
        the fact set of a digest topic."""
        total = sum(query.terms.values()) or 1.0
        matched: dict[int, float] = defaultdict(float)
        for term, weight in query.terms.items():
            for doc, _ in self._postings.get(term, ()):
                matched[doc] += weight
        return {self.facts[doc].id for doc, w in matched.items() if w / total >= min_coverage}

    def _scores(self, query: Query) -> list[tuple[float, str, int]]:
        """(-score, fact id, doc) per matching fact: ascending order is best first, ties by id."""
        scores: dict[int, float] = defaultdict(float)
        matched: dict[int, float] = defaultdict(float)
        for term, weight in query.terms.items():
            idf = self._idf.get(term)
            if idf is None:
                continue
            for doc, tf in self._postings[term]:
                norm = tf + K1 * (1 - B + B * self._lengths[doc] / self._avg)
                scores[doc] += weight * idf * tf * (K1 + 1) / norm
                matched[doc] += weight
        total = sum(query.terms.values()) or 1.0
        phrase = self._analyzer.lexicon.canonicalize(query.phrase) if len(query.phrase) > 1 else ""
        ranked: list[tuple[float, str, int]] = []
        for doc, score in scores.items():
            coverage = matched[doc] / total
            score *= 0.25 + 0.75 * coverage
            if phrase and phrase in self._phrasable[doc]:
                score *= PHRASE_BOOST
            if query.intent is not None and self.facts[doc].kind is query.intent:
                score *= INTENT_BOOST
            ranked.append((-score, self.facts[doc].id, doc))
        return ranked

    def _distinct(self, ranked: list[tuple[float, str, int]], wanted: int) -> list[Hit]:
        """Best hits, one per sentence: a sentence that yields a figure, a milestone and an
        entity is shown once, as its best-scoring fact; near-identical wording likewise."""
        hits: list[Hit] = []
        shown: list[frozenset[str]] = []
        for negative, _, doc in ranked:
            grams = self._grams[doc]
            if grams is None:  # computed on first use, kept: the same facts come up again
                grams = self._grams[doc] = frozenset(_bigrams(self._folded[doc]))
            if any(len(grams & other) >= NEAR_DUPLICATE * min(len(grams), len(other)) for other in shown):
                continue
            hits.append(Hit(self.facts[doc], round(-negative, 4)))
            shown.append(grams)
            if len(hits) >= wanted:
                break
        return hits

    def suggest(self, query: Query, limit: int = 3) -> list[str]:
        """Known names closest to a query that found nothing ('did you mean')."""
        target = query.folded
        if not target:
            return []
        grams = _bigrams(target) or {target}
        scored = []
        for name in self._vocabulary:
            overlap = len(grams & (_bigrams(name) or {name})) / len(grams)
            ratio = difflib.SequenceMatcher(None, target, name).ratio()
            scored.append((max(overlap, ratio), name))
        scored.sort(key=lambda pair: (-pair[0], len(pair[1]), pair[1]))
        return [name for score, name in scored[:limit] if score >= 0.34]
