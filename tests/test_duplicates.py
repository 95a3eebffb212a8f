"""Near-duplicate groups: MinHash against the exact pairwise relation it approximates."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from hetao_brief.search.near_duplicates import SIMILAR, bigram_table, group_ids, jaccard
from hetao_brief.services.briefing import Briefing
from hetao_brief.text.normalize import fold

from .support.reference import exact_groups


def same_partition(a: list[int], b: list[int]) -> bool:
    return all((a[i] == a[j]) == (b[i] == b[j]) for i, j in itertools.combinations(range(len(a)), 2))


def test_the_corpus_groups_are_the_exact_ones(loaded: Briefing) -> None:
    """Over the facts' texts, and an edited copy of every fifth one (a figure or a word changed,
    as a retelling in another article does)."""
    facts = list(dict.fromkeys(fold(f.text) for f in loaded.snapshot.facts))
    edited = [text.replace("的", "之", 1) + "。" for text in facts[::5] if len(text) > 30]
    texts = list(dict.fromkeys(facts + edited))
    exact = exact_groups(texts)
    assert len(set(exact.values())) < len(texts), "the corpus repeats some sentences with small edits"
    assert same_partition(group_ids(texts).tolist(), [exact[t] for t in texts])


def test_edited_copies_group_and_unrelated_sentences_do_not() -> None:
    base = "河套深港科技创新合作区深圳园区发布科研管理体制创新政策包及首批18个配套文件"
    edited = base.replace("18", "20").replace("发布", "出台")
    other = "香港科学园深圳分园正式启用首批入驻机构包括多家香港高校研究院"
    assert jaccard(base, edited) >= SIMILAR > jaccard(base, other)
    groups = group_ids([base, other, edited, base]).tolist()
    assert groups == [0, 1, 0, 0]


@given(st.lists(st.text(alphabet="河套深港科技创新合作区园", max_size=10), max_size=12))
def test_identical_texts_share_a_group_and_ids_count_up(texts: list[str]) -> None:
    groups = group_ids(texts).tolist()
    for (i, a), (j, b) in itertools.combinations(enumerate(texts), 2):
        if a == b:
            assert groups[i] == groups[j]
    assert sorted(set(groups)) == list(range(len(set(groups))))
    assert [g for i, g in enumerate(groups) if g not in groups[:i]] == sorted(set(groups))


@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=6), max_size=8, unique=True))
def test_only_texts_linked_by_shared_bigrams_group(words: list[str]) -> None:
    linked = list(range(len(words)))  # components of "shares a bigram", by repeated merging
    for _ in words:
        for i, j in itertools.combinations(range(len(words)), 2):
            if set(itertools.pairwise(words[i])) & set(itertools.pairwise(words[j])):
                linked[i] = linked[j] = min(linked[i], linked[j])
    groups = group_ids(words).tolist()
    for i, j in itertools.combinations(range(len(words)), 2):
        if groups[i] == groups[j]:
            assert linked[i] == linked[j]


@given(st.lists(st.text(max_size=12), max_size=8))
def test_bigram_table_holds_each_texts_character_pairs(texts: list[str]) -> None:
    starts, codes = bigram_table(texts)
    for i, text in enumerate(texts):
        expected = [(ord(a) & 0xFFFF) << 16 | (ord(b) & 0xFFFF) for a, b in itertools.pairwise(text)]
        assert codes[starts[i] : starts[i + 1]].tolist() == expected
