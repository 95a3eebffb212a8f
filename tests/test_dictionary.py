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
from hetao_brief.text.dictionary import (
    TrieTokenizer,
    WordFrequencies,
    load_words,
    prepared_jieba,
    vocabulary_key,
)
from hetao_brief.text.lexicon import Lexicon
from hetao_brief.text.normalize import fold
from hetao_brief.text.segment import Segmenter
from tests.conftest import CORPUS

pytestmark = pytest.mark.xdist_group("dictionary")  # one worker builds jieba's references, not each


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


@pytest.fixture(scope="session")
def snapshot(lexicon: Lexicon, tmp_path_factory: pytest.TempPathFactory) -> WordFrequencies:
    """The snapshot as a start reads it: from its cache file."""
    cache = tmp_path_factory.mktemp("words")
    load_words(lexicon, cache)
    return load_words(lexicon, cache)


@pytest.fixture(scope="session")
def jiebas_own(snapshot: WordFrequencies) -> WordFrequencies:
    return snapshot.without_project_words()


@pytest.fixture(scope="session")
def own_reference() -> jieba.Tokenizer:
    """jieba with its own dictionary and nothing added."""
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def test_the_snapshot_reads_as_jiebas_own_dictionary(
    snapshot: WordFrequencies, jiebas_own: WordFrequencies, own_reference: jieba.Tokenizer
) -> None:
    assert jiebas_own.total == own_reference.total != snapshot.total
    assert "科汇通" in snapshot and "科汇通" not in jiebas_own and not jiebas_own.get("科汇通")  # the project's
    assert jiebas_own["合作"] == snapshot["合作"] == own_reference.FREQ["合作"]  # a word of jieba's alone
    changed = [word for word in snapshot.jieba_own if own_reference.FREQ.get(word)]
    assert changed  # words of jieba's whose frequency the user dictionary sets (平方米)
    assert all(jiebas_own[word] == own_reference.FREQ[word] != snapshot[word] for word in changed)


def test_the_corpus_is_cut_as_jiebas_own_dictionary_cuts_it(
    jiebas_own: WordFrequencies, own_reference: jieba.Tokenizer
) -> None:
    without = TrieTokenizer(jiebas_own)
    for article in read_corpus(CORPUS).articles:
        text = fold(article.body)
        assert list(without.cut(text, HMM=True)) == list(own_reference.cut(text, HMM=True))
        assert list(without.cut_for_search(text, HMM=True)) == list(own_reference.cut_for_search(text, HMM=True))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=10).map("".join))
def test_any_text_is_cut_as_jiebas_own_dictionary_cuts_it(
    jiebas_own: WordFrequencies, own_reference: jieba.Tokenizer, text: str
) -> None:
    without = TrieTokenizer(jiebas_own)
    assert list(without.cut_for_search(text, HMM=True)) == list(own_reference.cut_for_search(text, HMM=True))


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
