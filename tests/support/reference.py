"""Plain, obviously correct versions of what the index computes fast: the ranking spelled out
one fact at a time, and near-duplicate groups from every pair compared exactly."""

from __future__ import annotations

import functools
import math
from collections import defaultdict

from hetao_brief.facts import Fact, FactKind
from hetao_brief.search import Analyzer, Query
from hetao_brief.search.index import DEFAULT_RANKING, Ranking
from hetao_brief.search.near_duplicates import SIMILAR, jaccard
from hetao_brief.text.normalize import fold


@functools.lru_cache(maxsize=8)
def _groups_of(texts: tuple[str, ...]) -> dict[str, int]:
    """`exact_groups`, remembered: every query of a test module ranks the same facts, and
    comparing every pair of them again took a second and a half each time."""
    return exact_groups(list(texts))


def exact_groups(texts: list[str]) -> dict[str, int]:
    """Each text's group: connected components of every pair with Jaccard ≥ SIMILAR."""
    group = {text: i for i, text in enumerate(texts)}
    for i, a in enumerate(texts):
        for b in texts[i + 1 :]:
            if jaccard(a, b) >= SIMILAR and group[a] != group[b]:
                merged, into = sorted((group[a], group[b]), reverse=True)
                group = {t: into if g == merged else g for t, g in group.items()}
    return group


def reference_ranking(
    facts: list[Fact], analyzer: Analyzer, query: Query, ranking: Ranking = DEFAULT_RANKING
) -> list[tuple[str, float]]:
    k1, b = ranking.k1, ranking.b
    terms = [analyzer.fact_terms(f) for f in facts]
    lengths = [sum(t.values()) for t in terms]
    average = sum(lengths) / len(lengths)
    frequency: dict[str, int] = defaultdict(int)
    for doc_terms in terms:
        for term in doc_terms:
            frequency[term] += 1
    total = sum(query.terms.values())
    phrase = analyzer.lexicon.canonicalize(query.phrase) if len(query.phrase) > 1 else ""
    ranked = []
    for fact, doc_terms, length in zip(facts, terms, lengths, strict=True):
        score = matched = 0.0
        for term, weight in query.terms.items():
            if tf := doc_terms.get(term):
                idf = math.log(1 + (len(facts) - frequency[term] + 0.5) / (frequency[term] + 0.5))
                score += weight * idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / average))
                matched += weight
        if not matched:
            continue
        score *= ranking.coverage_floor + (1 - ranking.coverage_floor) * matched / total
        if phrase and phrase in analyzer.lexicon.canonicalize(fold(fact.label) + " " + fold(fact.text)):
            score *= ranking.phrase_boost
        aimed_at = fact.kind is FactKind.FIGURE and fact.is_target  # answers 计划…多少, not 有多少
        if fact.kind is query.intent and aimed_at == (query.aims and fact.kind is FactKind.FIGURE):
            score *= ranking.intent_boost
        ranked.append((-score, fact.id, fact))
    ranked.sort(key=lambda r: (r[0], r[1]))
    groups = _groups_of(tuple(dict.fromkeys(fold(f.text) for f in facts)))
    hits: list[tuple[str, float]] = []
    shown: set[int] = set()
    for negative, _, fact in ranked:
        group = groups[fold(fact.text)]
        if group not in shown:
            hits.append((fact.id, -negative))
            shown.add(group)
    return hits
