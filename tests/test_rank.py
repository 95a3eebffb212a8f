"""The compiled ranker (search/_rank.c) on a crowded index, and its guards.

tests/test_index.py checks the ranking against the plain reference on the bundled corpus. Here
every fact comes in several copies (one sentence, labels and ids apart), as in a large corpus
of look-alike reports: pages must still agree with the reference, deep pages too, and one per
sentence. The phrase boost goes to exactly the texts that hold the phrase, whatever the bigram
signatures rule out first. Bad arguments must raise, not crash, and leave the ranker's scratch
state clean.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hetao_brief.facts import Fact, Source
from hetao_brief.search import SearchIndex
from hetao_brief.search._rank import Ranker
from hetao_brief.services.briefing import Briefing

from .support.reference import reference_ranking

COPIES = 6


def copies(fact: Fact, count: int) -> list[Fact]:
    """The fact and `count - 1` copies: the same sentence, read elsewhere, labelled a little
    differently (so their scores differ by a hair and ties are broken by id)."""
    made = [fact]
    for n in range(1, count):
        sources = tuple(Source(f"copy{n}-{s.article_id}", s.sentence_index, s.sentence) for s in fact.sources)
        made.append(replace(fact, label=fact.label + "版" * n, sources=sources, id=""))
    return made


@pytest.fixture(scope="module")
def crowded(loaded: Briefing) -> SearchIndex:
    return SearchIndex([c for f in loaded.snapshot.facts for c in copies(f, COPIES)], loaded.analyzer)


@pytest.mark.parametrize("text", ["河套", "河套合作区面积", "科技人才 政策", "什么时候 签署", "Hong Kong Science Park"])
def test_a_crowded_index_ranks_as_the_reference(crowded: SearchIndex, loaded: Briefing, text: str) -> None:
    query = loaded.analyzer.query(text)
    expected = reference_ranking(crowded.facts, loaded.analyzer, query)
    for offset in (0, 10, 40):
        hits, more, _ = crowded.page(query, limit=10, offset=offset)
        assert [(h.fact.id, h.score) for h in hits] == [
            (fact_id, pytest.approx(score, abs=1e-3)) for fact_id, score in expected[offset : offset + 10]
        ]
        assert more is (len(expected) > offset + 10)


def test_a_deep_page_is_whole(crowded: SearchIndex, loaded: Briefing) -> None:
    """Every group is on some page: none is crowded out by copies of better ones."""
    query = loaded.analyzer.query("河套")
    expected = reference_ranking(crowded.facts, loaded.analyzer, query)
    assert len(expected) > 50
    hits, more, _ = crowded.page(query, limit=len(expected) + 5)
    assert [h.fact.id for h in hits] == [fact_id for fact_id, _ in expected]
    assert not more
    assert len({h.fact.text for h in hits}) == len(hits)


def arrays_for(texts: list[str]) -> dict[str, object]:
    """A ranker's arguments: one term, in every doc, and each doc a group of its own."""
    n = len(texts)
    return {
        "starts": np.array([0, n], dtype=np.int64),
        "docs": np.arange(n, dtype=np.int32),
        "impacts": np.ones(n, dtype=np.float32),
        "kinds": np.zeros(n, dtype=np.int8),
        "groups": np.arange(n, dtype=np.int32),
        "id_rank": np.arange(n, dtype=np.int32),
        "texts": texts,
        "group_count": n,
    }


def ranker_of(texts: list[str], **arrays: object) -> Ranker:
    return Ranker(**(arrays_for(texts) | arrays))  # type: ignore[arg-type]


def page(
    ranker: Ranker,
    terms: list[tuple[int, float, int]],
    wanted: int = 3,
    coverage_floor: float = 0.25,
    all_steps: float = 20.0,
    phrase: str | None = None,
) -> list[tuple[int, float]]:
    hits, _ = ranker.page(
        terms=terms,
        all_steps=all_steps,
        coverage_floor=coverage_floor,
        intent=-1,
        intent_boost=1.6,
        wanted=wanted,
        phrase=phrase,
        lift=1.4,
    )
    return hits


CHARS = "河套深港科技创新合作区园面积平方公里@hetao 0123𠀀𡈽"  # two beyond the BMP


@settings(max_examples=300)
@given(st.lists(st.text(CHARS, max_size=40), min_size=1, max_size=20), st.text(CHARS, min_size=1, max_size=8))
def test_the_phrase_boost_goes_to_exactly_the_texts_that_hold_the_phrase(texts: list[str], phrase: str) -> None:
    """Every text matches the one term alike (a score of 1), so a score of 1.4 is the boost."""
    hits = page(ranker_of(texts), [(0, 1.0, 20)], wanted=len(texts), phrase=phrase)
    assert sorted(hits) == [(doc, pytest.approx(1.4 if phrase in text else 1.0)) for doc, text in enumerate(texts)]


def test_a_ranker_holds_its_own_copy_of_the_texts() -> None:
    """Its signatures are made once, from the texts as they were: a later change to the
    caller's list changes nothing."""
    texts = ["河套合作区", "深圳园区"]
    ranker = ranker_of(texts)
    texts[1] = "河套合作区"
    assert page(ranker, [(0, 1.0, 20)], phrase="河套") == [(0, pytest.approx(1.4)), (1, pytest.approx(1.0))]


@pytest.mark.parametrize(
    ("arrays", "message"),
    [
        ({"docs": np.array([0, 1, 7], dtype=np.int32)}, "outside the index"),
        ({"groups": np.array([0, 5, 1], dtype=np.int32)}, "outside group_count"),
        ({"kinds": np.zeros(2, dtype=np.int8)}, "disagree in length"),
        ({"impacts": np.ones(3)}, "expected items of 4 bytes"),
        ({"id_rank": [0, 1, 2]}, "bytes-like object is required"),
        ({"texts": ["a", b"b", "c"]}, "every text is a str"),
    ],
)
def test_a_ranker_refuses_arrays_that_disagree(arrays: dict[str, object], message: str) -> None:
    with pytest.raises((ValueError, TypeError), match=message):
        Ranker(**(arrays_for(["a", "b", "c"]) | arrays))  # type: ignore[arg-type]


def test_a_ranker_is_initialised_once() -> None:
    ranker = ranker_of(["a"])
    with pytest.raises(TypeError, match="initialised once"):
        ranker.__init__(**arrays_for(["b"]))  # type: ignore[arg-type, misc]


def test_a_ranker_whose_init_failed_ranks_nothing() -> None:
    ranker = Ranker.__new__(Ranker)
    with pytest.raises(TypeError, match="every text is a str"):
        ranker.__init__(**(arrays_for(["a", "b"]) | {"texts": ["a", None]}))  # type: ignore[arg-type, misc]
    with pytest.raises(TypeError, match="not initialised"):
        page(ranker, [(0, 1.0, 20)])


def test_a_bad_query_raises_and_leaves_the_ranker_as_it_was() -> None:
    ranker = ranker_of(["a", "b", "c"])
    before = page(ranker, [(0, 1.0, 20)])
    assert [doc for doc, _ in before] == [0, 1, 2]
    with pytest.raises(ValueError, match="code in the index"):
        page(ranker, [(0, 1.0, 20), (5, 1.0, 20)])  # the first term was added up before the second failed
    with pytest.raises(ValueError, match="weight > 0"):
        page(ranker, [(0, 1.0, 20), (0, -1.0, 20)])
    with pytest.raises(TypeError, match="a str or None"):
        page(ranker, [(0, 1.0, 20)], phrase=b"a")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="is a tuple"):
        page(ranker, [[0, 1.0, 20]])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="wanted >= 1"):
        page(ranker, [(0, 1.0, 20)], wanted=0)
    for floor in (0.0, 1.5, float("nan")):
        with pytest.raises(ValueError, match="0 < coverage_floor <= 1"):
            page(ranker, [(0, 1.0, 20)], coverage_floor=floor)
    assert page(ranker, [(0, 1.0, 20)]) == before


@pytest.mark.parametrize("floor", [0.25, 0.5, 1.0])
def test_a_partial_match_keeps_the_coverage_floor_of_its_score(floor: float) -> None:
    """The one term is half the query's steps (20 of 40): its BM25 of 1 counts for the floor
    plus half of the rest."""
    ranker = ranker_of(["a", "b"])
    hits = page(ranker, [(0, 1.0, 20)], wanted=2, coverage_floor=floor, all_steps=40.0)
    assert hits == [(0, pytest.approx(floor + (1 - floor) / 2)), (1, pytest.approx(floor + (1 - floor) / 2))]


def test_pages_from_many_threads_at_once_are_the_pages_of_one(loaded: Briefing) -> None:
    """Up to 16 handler threads rank on one index: each query's page, asked from 16 threads at
    once, many times, is the page it gets alone (the ranker's scratch state is never shared
    between two calls)."""
    import gc
    import threading

    queries = ["科汇通", "中试平台", "河套合作区面积", "港澳青年", "联合政策包", "高端科研项目", "量子", "开园"]
    alone = {q: [r.fact_id for r in loaded.ask(q, limit=5).results] for q in queries}
    different: list[str] = []
    start = threading.Barrier(16)

    def ask_many(n: int) -> None:
        start.wait()
        for i in range(200):
            query = queries[(n + i) % len(queries)]
            if [r.fact_id for r in loaded.ask(query, limit=5).results] != alone[query]:
                different.append(query)

    threads = [threading.Thread(target=ask_many, args=(n,)) for n in range(16)]
    thresholds = gc.get_threshold()
    gc.set_threshold(5)  # collections (and thread switches) inside the ranker's allocations, often
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        gc.set_threshold(*thresholds)
    assert different == [] and all(alone.values())
