"""The analyzer: its fingerprint (what lets a start reuse the terms kept in the store), and
the Chinese word order it gives an English query's phrase, the words of a question it drops."""

import dataclasses
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hetao_brief.facts import Fact, FactKind, Source
from hetao_brief.search import Analyzer
from hetao_brief.search.analyzer import chinese_word_order
from hetao_brief.text.lexicon import AliasGroup, Lexicon
from hetao_brief.text.segment import Segmenter

from .conftest import DATA

FINGERPRINT = """
import sys
from pathlib import Path
from hetao_brief.search import Analyzer
from hetao_brief.text.lexicon import Lexicon
from hetao_brief.text.segment import Segmenter
lexicon = Lexicon.load(Path(sys.argv[1]))
print(Analyzer(lexicon, Segmenter(lexicon)).fingerprint)
"""


def fingerprint(lexicon: Lexicon) -> str:
    return Analyzer(lexicon, Segmenter(lexicon)).fingerprint


def test_the_fingerprint_is_the_same_in_every_process() -> None:
    """Stop words are a set, whose order differs from process to process."""
    runs = {
        subprocess.run(
            [sys.executable, "-c", FINGERPRINT, str(DATA / "lexicon")],
            env={**os.environ, "PYTHONHASHSEED": seed},
            cwd=DATA.parent,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert runs == {fingerprint(Lexicon.load(DATA / "lexicon"))}


def test_the_fingerprint_changes_with_anything_that_changes_a_facts_terms(lexicon: Lexicon, tmp_path: Path) -> None:
    userdict = tmp_path / "userdict.txt"
    userdict.write_bytes((lexicon.userdict.read_bytes() if lexicon.userdict else b"") + "深港河套 5 ns\n".encode())
    group = AliasGroup(id="test", zh=("测试园区",), en=("test park",), is_entity=True)
    variants = [
        lexicon,
        dataclasses.replace(lexicon, stopwords=lexicon.stopwords | {"开园"}),
        dataclasses.replace(lexicon, groups=(*lexicon.groups, group)),
        dataclasses.replace(lexicon, userdict=userdict),
    ]
    assert len({fingerprint(v) for v in variants}) == len(variants)
    assert fingerprint(dataclasses.replace(lexicon)) == fingerprint(lexicon)


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("hetao zone area", "河套 面积"),
        ("the area of the hetao zone", "河套 面积"),
        ("how big is the hetao zone?", "河套 面积"),
        ("how many projects are in the hetao zone", "河套 项目"),
        ("number of projects in the hetao zone", "河套 项目 数量"),
        ("policies for hong kong talent", "香港 人才 政策"),
        ("when was the science park opened", "科学园 开园"),
    ],
)
def test_an_english_phrase_is_put_in_chinese_word_order(english: str, chinese: str) -> None:
    glossary = {"hetao": "河套", "area": "面积", "big": "面积", "projects": "项目", "number": "数量"}
    glossary |= {"policies": "政策", "hong": "香港", "talent": "人才", "science": "科学园", "opened": "开园"}
    parts = [(m.start(), glossary[m.group()]) for m in re.finditer(r"[a-z]+", english) if m.group() in glossary]
    assert " ".join(chinese_word_order(english, parts)) == chinese


@pytest.mark.parametrize(
    ("question", "keywords"),
    [
        ("河套合作区面积有多大", "河套合作区面积"),
        ("港深创科园什么时候开幕？", "港深创科园开幕"),
        ("合作区有哪些政策", "合作区政策"),
        ("科汇通试点有几家机构", "科汇通试点机构"),
        ("园区有多少家瞪羚企业", "园区瞪羚企业"),  # 家 goes with 多少, not glued to 瞪羚
    ],
)
def test_the_words_that_ask_are_not_searched_for(lexicon: Lexicon, question: str, keywords: str) -> None:
    analyzer = Analyzer(lexicon, Segmenter(lexicon))
    assert analyzer.query(question).terms.keys() == analyzer.query(keywords).terms.keys()


def test_a_word_found_inside_another_weighs_half(lexicon: Lexicon) -> None:
    """港深創科園第二期何時招標: 第二 and 二期 are 第二期 again; 招标 is what is asked about."""
    terms = Analyzer(lexicon, Segmenter(lexicon)).query("港深創科園第二期何時招標").terms
    assert (terms["第二期"], terms["第二"], terms["二期"], terms["招标"]) == (1.0, 0.5, 0.5, 1.0)


def test_a_guessed_word_asked_alone_meets_the_cut_it_gets_in_a_sentence(lexicon: Lexicon) -> None:
    """创客节 is no dictionary word: jieba guesses it whole when asked alone, but cuts 第二届河套青年创客节
    将于… as 创客 and 节; the question's pairs of characters and its head meet that cut."""
    segmenter = Segmenter(lexicon)
    analyzer = Analyzer(lexicon, segmenter)
    told = set(segmenter.tokens("第二届河套青年创客节将于本周六在河套深圳园区开幕"))
    assert "创客节" not in told
    asked = analyzer.query("创客节开幕").terms
    assert {"创客", "节"} <= told & asked.keys() and asked["创客"] == asked["节"] == 0.5
    assert "深圳" not in segmenter.parts_of_a_new_word("深圳")
    assert segmenter.parts_of_a_new_word("开幕") == []  # a dictionary word has no parts to add


def test_a_fact_is_found_by_its_articles_title_a_statement_naming_a_park_is_not(
    lexicon: Lexicon, segmenter: Segmenter
) -> None:
    """本批共资助项目27个 is about the title's 科研项目资助名单, at a fraction of a word of its own, and
    so is a figure that names the park; a statement that names the park keeps to its own words."""
    analyzer = Analyzer(lexicon, segmenter)
    title = "河套深圳园区公布第三批科研项目资助名单"

    def fact(text: str, kind: FactKind = FactKind.FIGURE) -> Fact:
        return Fact(kind, text, text, (Source("a1", 0, text),))

    unnamed = analyzer.fact_terms(fact("本批共资助项目27个，资助金额合计4,860万元。"), context=title)
    assert 0 < unnamed["第三批"] < 1 and unnamed["资助"] >= 1
    named = analyzer.fact_terms(fact("河套深圳园区本批共资助项目27个。"), context=title)
    assert 0 < named["第三批"] < 1
    said = analyzer.fact_terms(fact("河套深圳园区感谢各方支持。", FactKind.STATEMENT), context=title)
    assert "第三批" not in said


def test_a_statements_words_count_half(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """A sentence that told no fact answers when nothing else does, not ahead of one that did."""
    analyzer = Analyzer(lexicon, segmenter)
    text = "人才是第一资源，科技是第一生产力，创新是第一要素。"
    figure = analyzer.fact_terms(Fact(FactKind.FIGURE, "", text, (Source("a1", 0, text),)))
    statement = analyzer.fact_terms(Fact(FactKind.STATEMENT, "", text, (Source("a1", 0, text),)))
    assert statement.keys() == figure.keys() and all(statement[t] == figure[t] / 2 for t in figure)


def test_a_glossary_phrase_is_read_before_its_words(lexicon: Lexicon, segmenter: Segmenter) -> None:
    """ "opening hours" asks for 开放时间, not for an opening (开园, 启用…) and any time."""
    terms = Analyzer(lexicon, segmenter).query("what are the opening hours of the rest station").terms
    assert "开放时间" in "".join(terms) or {"开放", "时间"} <= set(terms), terms
    assert not {"开园", "启用", "开幕"} & set(terms), terms
    assert "开园" in Analyzer(lexicon, segmenter).query("when is the opening of the park").terms
