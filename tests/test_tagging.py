"""The tagger reads jieba's tag table once and tags as jieba's own tagger does."""

from __future__ import annotations

import jieba
import jieba.posseg

from hetao_brief.corpus import read_corpus
from hetao_brief.text.segment import Segmenter
from hetao_brief.text.tagging import tagger_for
from tests.conftest import CORPUS


def test_tags_are_jiebas_own_over_the_same_tokenizer(segmenter: Segmenter) -> None:
    tokenizer = segmenter._ready()
    ours, jiebas = tagger_for(tokenizer), jieba.posseg.POSTokenizer(tokenizer)
    sentences = [s for article in read_corpus(CORPUS).articles for s in article.body.split("。")][:30]
    assert sentences
    for sentence in sentences:
        assert [(p.word, p.flag) for p in ours.cut(sentence)] == [(p.word, p.flag) for p in jiebas.cut(sentence)]


def test_a_tokenizers_own_words_stay_its_own() -> None:
    """jieba adds a tokenizer's tagged user words to its tagger's table: a copy keeps them out
    of the table read at import, which every later tagger starts from."""
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    tokenizer.add_word("河套试验词", freq=1000, tag="nt")
    tagged = tagger_for(tokenizer)
    assert ("河套试验词", "nt") in [(p.word, p.flag) for p in tagged.cut("河套试验词发布")]
    assert "河套试验词" not in jieba.posseg.dt.word_tag_tab
    assert "河套试验词" not in tagger_for(jieba.Tokenizer()).word_tag_tab


def test_segmenter_tags_a_repeated_text_alike(segmenter: Segmenter) -> None:
    first = segmenter.tagged("园区正式开园")
    first.append(("改动", "v"))  # a caller's list is its own: what is remembered is not changed
    assert segmenter.tagged("园区正式开园") == first[:-1]
    assert "".join(word for word, _ in first[:-1]) == "园区正式开园"
