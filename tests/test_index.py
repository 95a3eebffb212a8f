"""The vectorised index against a plain, obviously-correct ranking of the same facts.

The reference below is the ranking spelled out one fact at a time in pure Python: BM25 over
the analyzer's terms, × coverage, × phrase, × intent, every match sorted, one hit per sentence
and near-identical wording dropped. On the real corpus every match fits in the index's
re-rank window, so the two must agree exactly.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hetao_brief.facts import Fact
from hetao_brief.normalize import fold
from hetao_brief.search import Analyzer, Query, SearchIndex
from hetao_brief.search.index import INTENT_BOOST, K1, NEAR_DUPLICATE, PHRASE_BOOST, B, _bigram_table
from hetao_brief.service import Briefing

QUERIES = [
    "河套",
    "河套合作区面积",
    "河套合作區面積",
    "香港园区",
    "科技人才 政策",
    "什么时候 签署",
    "多少 企业",
    "Hetao cooperation zone area",
    "Hong Kong Science Park",
    "policies for talent",
    "深港 创新 合作",
    "科汇通",
    "红树林",
    "2024",
]


def reference_ranking(facts: list[Fact], analyzer: Analyzer, query: Query) -> list[tuple[str, float]]:
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
                score += weight * idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / average))
                matched += weight
        if not matched:
            continue
        score *= 0.25 + 0.75 * matched / total
        if phrase and phrase in analyzer.lexicon.canonicalize(fold(fact.label) + " " + fold(fact.text)):
            score *= PHRASE_BOOST
        if fact.kind is query.intent:
            score *= INTENT_BOOST
        ranked.append((-score, fact.id, fact))
    ranked.sort(key=lambda r: (r[0], r[1]))
    hits: list[tuple[str, float]] = []
    shown: list[set[str]] = []
    for negative, _, fact in ranked:
        text = fold(fact.text)
        grams = {text[i : i + 2] for i in range(len(text) - 1)}
        if any(len(grams & other) >= NEAR_DUPLICATE * min(len(grams), len(other)) for other in shown):
            continue
        hits.append((fact.id, -negative))
        shown.append(grams)
    return hits


@pytest.fixture(scope="module")
def index(loaded: Briefing) -> SearchIndex:
    return SearchIndex(loaded.snapshot.facts, loaded.analyzer)


@pytest.mark.parametrize("text", QUERIES)
def test_ranking_matches_the_plain_reference(index: SearchIndex, loaded: Briefing, text: str) -> None:
    query = loaded.analyzer.query(text)
    expected = reference_ranking(index.facts, loaded.analyzer, query)
    assert expected, "each listed query matches something in the corpus"
    hits, more = index.page(query, limit=10)
    assert [h.fact.id for h in hits] == [fact_id for fact_id, _ in expected[:10]]
    assert [h.score for h in hits] == pytest.approx([score for _, score in expected[:10]], abs=1e-3)
    assert more is (len(expected) > 10)


def test_digest_topic_matching_matches_the_reference_coverage(index: SearchIndex, loaded: Briefing) -> None:
    query = loaded.analyzer.query("科技人才 政策")
    total = sum(query.terms.values())
    expected = {
        fact.id
        for fact in index.facts
        if sum(w for t, w in query.terms.items() if t in loaded.analyzer.fact_terms(fact)) / total >= 0.5
    }
    assert expected
    assert index.matching(query) == expected


def test_pages_never_repeat_a_sentence(index: SearchIndex, loaded: Briefing) -> None:
    query = loaded.analyzer.query("河套")
    seen: list[str] = []
    offset, more = 0, True
    while more:
        hits, more = index.page(query, limit=3, offset=offset)
        seen += [h.fact.text for h in hits]
        offset += 3
    assert len(seen) > 6
    assert len(seen) == len(set(seen))


def test_an_empty_index_answers_nothing(loaded: Briefing) -> None:
    empty = SearchIndex([], loaded.analyzer)
    assert empty.page(loaded.analyzer.query("河套")) == ([], False)
    assert empty.matching(loaded.analyzer.query("河套")) == set()


@given(st.lists(st.text(max_size=12), max_size=8))
def test_bigram_table_holds_each_texts_character_pairs(texts: list[str]) -> None:
    starts, codes = _bigram_table(texts)
    for i, text in enumerate(texts):
        expected = [(ord(a) & 0xFFFF) << 16 | (ord(b) & 0xFFFF) for a, b in itertools.pairwise(text)]
        assert codes[starts[i] : starts[i + 1]].tolist() == expected
