"""Segmentation piece by piece (so that pieces can be remembered) gives jieba's own answer.

Cutting at jieba's own block boundaries is exact. Cutting where a number meets Chinese text is
exact on every sentence of the corpus, and in general but for exact ties between two ways of
cutting a repeated run (个个个: 个|个个 or 个个|个), which jieba settles on float rounding that
depends on the rest of the block.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hetao_brief.corpus import read_corpus
from hetao_brief.text.normalize import fold
from hetao_brief.text.segment import Segmenter, is_word
from tests.conftest import CORPUS

PIECES = ["河套", "深港科技创新合作区", "香港科学园", "深圳园区", "2024年", "3.89平方公里"]
PIECES += ["，", "。", " ", "hetao", "-", "😀", "世界500强", "714个", "1号店", "第3届", "12%", "5g", "g20"]


@settings(max_examples=200, deadline=None)  # the first example loads jieba's dictionary
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_tokens_match_segmenting_the_whole_text(segmenter: Segmenter, text: str) -> None:
    assert segmenter.tokens(text) == expected_tokens(segmenter, text)


def expected_tokens(segmenter: Segmenter, text: str) -> list[str]:
    """The search tokens of the whole text by their definition, each word once at its place, in
    text order: the project's cut, the project's words its search mode finds inside them, and
    jieba's own search mode."""
    with_project, jiebas_own = segmenter._both()
    spans = {
        *with_project.tokenize(text),
        *(span for span in with_project.tokenize(text, mode="search") if span[0] in jiebas_own.FREQ.absent),
        *jiebas_own.tokenize(text, mode="search"),
    }
    words = [word.strip() for word, _, _ in sorted(spans, key=lambda span: span[1:])]
    return [w for w in words if w and is_word(w) and w not in segmenter._lexicon.stopwords]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_words_match_segmenting_the_whole_text(segmenter: Segmenter, text: str) -> None:
    assert segmenter.words(text) == list(segmenter._ready().cut(text, HMM=True))


def test_the_corpus_segments_as_jieba_segments_it_whole(segmenter: Segmenter) -> None:
    jieba = segmenter._ready()
    for article in read_corpus(CORPUS).articles:
        text = fold(article.body)
        assert segmenter.words(text) == list(jieba.cut(text, HMM=True))
        assert segmenter.tokens(text) == expected_tokens(segmenter, text)


def test_a_repeated_clause_is_segmented_once(segmenter: Segmenter) -> None:
    segmenter.tokens("河套深港科技创新合作区，深圳园区")
    before = segmenter._block_words.cache_info().hits
    segmenter.tokens("深圳园区，河套深港科技创新合作区")
    assert segmenter._block_words.cache_info().hits >= before + 2


def test_a_clause_is_remembered_apart_from_its_numbers(segmenter: Segmenter) -> None:
    segmenter.tokens("园区面积3.89平方公里")
    before = segmenter._block_words.cache_info().hits
    tokens = segmenter.tokens("园区面积5.2平方公里")
    assert segmenter._block_words.cache_info().hits == before + 2  # 园区面积 and 平方公里
    assert "5.2" in tokens


def test_a_dictionary_word_across_a_number_is_not_cut(segmenter: Segmenter) -> None:
    assert "世界500强" in segmenter.tokens("汇聚714个世界500强企业")


def test_a_name_yields_the_parts_jieba_sees_in_it(segmenter: Segmenter) -> None:
    """Kept whole, a name would hide the words jieba's own dictionary (or its HMM) finds in
    it, and a query for one of them (钢研, 分园, 合作) would find nothing."""
    assert {"中国钢研新材料国际创新中心", "钢研", "中国", "材料"} <= set(segmenter.tokens("中国钢研新材料国际创新中心"))
    assert {"香港科学园深圳分园", "分园"} <= set(segmenter.tokens("香港科学园深圳分园"))
    assert {"自然保护区", "红树林"} <= set(segmenter.tokens("红树林自然保护区"))
    assert {"河套合作区", "河套", "合作", "区"} <= set(segmenter.tokens("河套合作区"))


def test_a_name_yields_no_word_that_straddles_its_parts(segmenter: Segmenter) -> None:
    """港协 is a dictionary word, but in 深港协同 it is the end of one word and the start of the
    next: a query for 港协 (or 国一, 市分) has nothing to do with these names."""
    assert {"深港", "协同"} <= set(segmenter.tokens("香港科技大学深港协同创新研究院"))
    assert "港协" not in segmenter.tokens("香港科技大学深港协同创新研究院")
    assert "国一" not in segmenter.tokens("中国一汽大湾区研究院")
    assert "市分" not in segmenter.tokens("国家外汇管理局深圳市分局")


def test_a_name_yields_the_project_words_inside_it(segmenter: Segmenter) -> None:
    """jieba's own dictionary has neither 政策包 nor 米埔; the project's has both."""
    assert {"联合政策包", "政策包", "政策"} <= set(segmenter.tokens("联合政策包"))
    assert {"米埔自然保护区", "米埔", "自然保护区"} <= set(segmenter.tokens("米埔自然保护区"))
