"""Segmentation block by block (so that blocks can be remembered) gives jieba's own answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hetao_brief.segment import Segmenter, is_word

PIECES = ["河套", "深港科技创新合作区", "香港科学园", "深圳园区", "2024年", "3.89平方公里"]
PIECES += ["，", "。", " ", "hetao", "-", "😀"]


@settings(max_examples=200, deadline=None)  # the first example loads jieba's dictionary
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_tokens_match_segmenting_the_whole_text(segmenter: Segmenter, text: str) -> None:
    whole = [w.strip() for w in segmenter._ready().cut_for_search(text, HMM=True)]
    whole = [w for w in whole if w and is_word(w) and w not in segmenter._lexicon.stopwords]
    expected = [w for w in whole if len(w) > 1 or w.isascii()] or whole
    assert segmenter.tokens(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_words_match_segmenting_the_whole_text(segmenter: Segmenter, text: str) -> None:
    assert segmenter.words(text) == list(segmenter._ready().cut(text, HMM=True))


def test_a_repeated_clause_is_segmented_once(segmenter: Segmenter) -> None:
    segmenter.tokens("河套深港科技创新合作区，深圳园区")
    before = segmenter._block_words.cache_info().hits
    segmenter.tokens("深圳园区，河套深港科技创新合作区")
    assert segmenter._block_words.cache_info().hits >= before + 2
