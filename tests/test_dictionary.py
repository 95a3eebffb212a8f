"""The dictionary snapshot segments exactly as jieba prepared the old way, and its cache on disk
is read when sound, rebuilt when damaged and never fatal."""

from __future__ import annotations

import dataclasses
import logging
from array import array
from pathlib import Path

import jieba
import marisa_trie
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hetao_brief.corpus import read_corpus
from hetao_brief.dictionary import (
    TrieTokenizer,
    WordFrequencies,
    hidden_parts,
    load_words,
    prepared_jieba,
    vocabulary_key,
)
from hetao_brief.lexicon import Lexicon
from hetao_brief.normalize import fold
from hetao_brief.segment import Segmenter
from tests.conftest import CORPUS


@pytest.fixture(scope="session")
def reference(lexicon: Lexicon) -> jieba.Tokenizer:
    """jieba with its own dictionary as a dict, the user dictionary and the names: the old way."""
    return prepared_jieba(lexicon)


@pytest.fixture(scope="session")
def trie_tokenizer(reference: jieba.Tokenizer) -> TrieTokenizer:
    return TrieTokenizer(WordFrequencies.of(reference))


def test_the_corpus_is_cut_as_jieba_cuts_it(reference: jieba.Tokenizer, trie_tokenizer: TrieTokenizer) -> None:
    for article in read_corpus(CORPUS).articles:
        text = fold(article.body)
        assert list(trie_tokenizer.cut(text, HMM=True)) == list(reference.cut(text, HMM=True))
        assert list(trie_tokenizer.cut_for_search(text, HMM=True)) == list(reference.cut_for_search(text, HMM=True))


PIECES = ["河套", "深港科技创新合作区", "科汇通", "中国钢研", "世界500强", "1号店", "c++", "4s店"]
PIECES += ["的", "了", "园", "区", "壹", "龘", "，", " ", "2024年", "3.89", "hetao", "😀", "中华人民共和国"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=10).map("".join))
def test_any_text_is_cut_as_jieba_cuts_it(reference: jieba.Tokenizer, trie_tokenizer: TrieTokenizer, text: str) -> None:
    assert list(trie_tokenizer.cut(text, HMM=True)) == list(reference.cut(text, HMM=True))
    assert list(trie_tokenizer.cut_for_search(text, HMM=True)) == list(reference.cut_for_search(text, HMM=True))


def test_the_snapshot_holds_every_word_and_no_prefix(reference: jieba.Tokenizer) -> None:
    words = WordFrequencies.from_bytes(WordFrequencies.of(reference).to_bytes())
    expected = {word: frequency for word, frequency in reference.FREQ.items() if frequency}
    assert len(words) == len(expected)
    assert dict(words.items()) == expected
    assert words.total == reference.total
    assert "世界500强" in words.unlettered and "河套" not in words.unlettered
    assert "中华人" not in words and words.get("中华人") is None  # a prefix jieba keeps as 0


def test_hidden_parts_are_those_search_mode_misses_inside_a_word() -> None:
    vocabulary = {"中国": 1, "材料": 1, "新材料": 1, "国际": 1, "创新": 1, "中心": 1, "国际创新中心": 1}
    cut = ["中国", "钢研", "新", "材料", "新材料", "国际创新中心", "中心", "钢研"]
    # two- and three-character dictionary words are found inside the word anyway; the guessed
    # 钢研, the single 新 and the six-character word are not; each part once
    assert hidden_parts("中国钢研新材料国际创新中心", cut, vocabulary) == ("钢研", "新", "国际创新中心")
    assert hidden_parts("中国", ["中国"], vocabulary) == ()


def test_the_snapshot_keeps_the_project_words_hidden_parts(lexicon: Lexicon, tmp_path: Path) -> None:
    words = load_words(lexicon, tmp_path)
    assert "钢研" in words.parts["中国钢研新材料国际创新中心"]
    assert "钢研" not in words  # jieba's HMM guessed it: no dictionary word
    assert WordFrequencies.from_bytes(words.to_bytes()).parts == words.parts


def _planted(word: str) -> WordFrequencies:
    trie = marisa_trie.Trie([word])
    return WordFrequencies(trie, array("q", [7]), 7, [])


def test_a_cached_snapshot_is_read_not_rebuilt(lexicon: Lexicon, tmp_path: Path) -> None:
    path = tmp_path / f"words-{vocabulary_key(lexicon)}.bin"
    path.write_bytes(_planted("只此一词").to_bytes())
    words = load_words(lexicon, tmp_path)
    assert list(words) == ["只此一词"] and words.total == 7


def test_a_damaged_cache_is_rebuilt_and_replaced(
    lexicon: Lexicon, reference: jieba.Tokenizer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / f"words-{vocabulary_key(lexicon)}.bin"
    path.write_bytes(_planted("只此一词").to_bytes()[:-20])
    with caplog.at_level(logging.WARNING):
        words = load_words(lexicon, tmp_path)
    assert "could not be read" in caplog.text
    assert len(words) == len(WordFrequencies.of(reference))
    assert len(WordFrequencies.from_bytes(path.read_bytes())) == len(words)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no scratch file left behind


def test_an_unwritable_cache_is_logged_not_fatal(
    lexicon: Lexicon, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "a-file-not-a-directory"
    blocked.write_text("")
    with caplog.at_level(logging.WARNING):
        segmenter = Segmenter(lexicon, cache_dir=blocked)
        assert "科汇通" in segmenter.tokens("科汇通试点")
    assert "could not cache" in caplog.text


def test_the_cache_key_follows_the_vocabulary(lexicon: Lexicon, tmp_path: Path) -> None:
    userdict = tmp_path / "userdict.txt"
    userdict.write_text("河套新词 100 n\n", encoding="utf-8")
    with_word = dataclasses.replace(lexicon, userdict=userdict)
    without_names = dataclasses.replace(lexicon, groups=())
    keys = {vocabulary_key(lexicon), vocabulary_key(with_word), vocabulary_key(without_names)}
    assert len(keys) == 3
    assert vocabulary_key(dataclasses.replace(lexicon)) == vocabulary_key(lexicon)
