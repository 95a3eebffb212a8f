"""The index (its compiled ranker) against a plain, obviously-correct ranking of the same facts.

The reference below is the ranking spelled out one fact at a time in pure Python: BM25 over
the analyzer's terms, × coverage, × phrase, × intent, every match sorted, and one hit per
group of near-identical sentences, the groups found by comparing every pair of sentences
exactly. The index must agree with it exactly: it checks the phrase only where the boost could
change the page, and on the real corpus MinHash finds the same groups as the exact pairs.
"""

from __future__ import annotations

import difflib

import pytest

from hetao_brief.facts import FactKind
from hetao_brief.search import SearchIndex
from hetao_brief.search.index import PLAIN_BM25
from hetao_brief.search.near_duplicates import char_bigrams
from hetao_brief.services.briefing import Briefing
from hetao_brief.text.normalize import fold

from .support.reference import reference_ranking

QUERIES = [
    "河套",
    "河套合作区面积",
    "河套合作區面積",
    "香港园区",
    "科技人才 政策",
    "什么时候 签署",
    "多少 企业",
    "计划 引进 多少 人才",
    "Hetao cooperation zone area",
    "Hong Kong Science Park",
    "policies for talent",
    "深港 创新 合作",
    "科汇通",
    "红树林",
    "2024",
]


@pytest.fixture(scope="module")
def index(loaded: Briefing) -> SearchIndex:
    return SearchIndex(loaded.snapshot.facts, loaded.analyzer)


@pytest.mark.parametrize("text", QUERIES)
def test_ranking_matches_the_plain_reference(index: SearchIndex, loaded: Briefing, text: str) -> None:
    query = loaded.analyzer.query(text)
    expected = reference_ranking(index.facts, loaded.analyzer, query)
    assert expected, "each listed query matches something in the corpus"
    hits, more, total = index.page(query, limit=10)
    assert [h.fact.id for h in hits] == [fact_id for fact_id, _ in expected[:10]]
    assert [h.score for h in hits] == pytest.approx([score for _, score in expected[:10]], abs=1e-3)
    assert more is (len(expected) > 10)
    assert total == len(expected)  # every group that matched, counted


@pytest.mark.parametrize("text", ["河套合作区面积", "什么时候 签署", "科技人才 政策"])
def test_plain_bm25_matches_the_reference_without_our_additions(loaded: Briefing, text: str) -> None:
    """The benchmark's textbook BM25: scored without coverage, phrase or intent, and so
    ranked differently from the default on these queries (each has an intent, a phrase or a
    part that most facts lack)."""
    plain = SearchIndex(loaded.snapshot.facts, loaded.analyzer, ranking=PLAIN_BM25)
    query = loaded.analyzer.query(text)
    expected = reference_ranking(plain.facts, loaded.analyzer, query, PLAIN_BM25)
    hits, _, _ = plain.page(query, limit=10)
    assert [h.fact.id for h in hits] == [fact_id for fact_id, _ in expected[:10]]
    assert [h.score for h in hits] == pytest.approx([score for _, score in expected[:10]], abs=1e-3)
    default = reference_ranking(plain.facts, loaded.analyzer, query)
    assert [fact_id for fact_id, _ in expected[:10]] != [fact_id for fact_id, _ in default[:10]]


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
        hits, more, _ = index.page(query, limit=3, offset=offset)
        seen += [h.fact.text for h in hits]
        offset += 3
    assert len(seen) > 6
    assert len(seen) == len(set(seen))


def test_an_empty_index_answers_nothing(loaded: Briefing) -> None:
    empty = SearchIndex([], loaded.analyzer)
    assert empty.page(loaded.analyzer.query("河套")) == ([], False, 0)
    assert empty.matching(loaded.analyzer.query("河套")) == set()


def closest_names_by_brute_force(names: list[str], target: str, limit: int) -> list[str]:
    grams = char_bigrams(target) or {target}
    scored = [
        (max(len(grams & (char_bigrams(n) or {n})) / len(grams), difflib.SequenceMatcher(None, n, target).ratio()), n)
        for n in names
    ]
    scored.sort(key=lambda pair: (-pair[0], len(pair[1]), pair[1]))
    return [name for score, name in scored[:limit] if score >= 0.34]


@pytest.mark.parametrize("typo", ["科会通", "hetoa", "量子计箅", "香港园去", "深港科技创新合做区", "zzzz"])
def test_did_you_mean_offers_names_and_skips_no_close_one(index: SearchIndex, loaded: Briefing, typo: str) -> None:
    """Only names (the lexicon's and entity facts'), never a milestone's or figure's label;
    and difflib's cheap bounds skip only names that could not have made the list."""
    lexicon = loaded.analyzer.lexicon
    names = sorted(
        {
            *lexicon.vocabulary(),
            *(fold(f.label) for f in index.facts if f.kind is FactKind.ENTITY and len(f.label) <= 20),
        }
    )
    query = loaded.analyzer.query(typo)
    assert index.suggest(query) == closest_names_by_brute_force(names, query.folded, 3)
    fragments = {fold(f.label) for f in index.facts if f.kind in (FactKind.MILESTONE, FactKind.FIGURE)} - set(names)
    assert not fragments & set(index.suggest(query, limit=50))
