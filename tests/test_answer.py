"""Answers to questions: a fact told by several articles is shown with its own sentence, and
with another article's words for it where those hold more of what was asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from hetao_brief.rendering.locale import Messages
from hetao_brief.rendering.renderer import Renderer
from hetao_brief.services.briefing import Briefing
from hetao_brief.store.database import Database
from hetao_brief.text.lexicon import Lexicon

from .conftest import LOCALES

# Two reports of one opening, in our own words: only the second says who presided.
_FIRST = """+++
title = "港深创科园首批大楼启用"
published = "2026-01-06"
source = "测试日报"
+++
港深创新及科技园首批三座大楼于2026年1月5日正式启用。
"""
_SECOND = """+++
title = "港深創科園首批大樓啟用 特首主持儀式"
published = "2026-01-06"
source = "測試報"
+++
港深創新及科技園首批三座大樓昨日（1月5日）正式啟用，由行政長官主持啟用儀式。
"""


@pytest.fixture
def briefing(lexicon: Lexicon, tmp_path: Path) -> Briefing:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a_first.md").write_text(_FIRST, encoding="utf-8")
    (corpus / "b_second.md").write_text(_SECOND, encoding="utf-8")
    briefing = Briefing(Database(f"sqlite:///{tmp_path / 'db.sqlite3'}"), lexicon, corpus)
    briefing.reload()
    return briefing


def test_one_opening_told_twice_is_one_fact_citing_both(briefing: Briefing) -> None:
    (opening,) = [r for r in briefing.ask("首批三座大楼什么时候启用").results if r.kind.value == "milestone"]
    assert opening.date == "2026-01-05"
    assert {s.article_id for s in opening.sources} == {"a_first", "b_second"}


def test_the_telling_that_holds_what_was_asked_is_shown_beside_the_fact(briefing: Briefing) -> None:
    (opening,) = [r for r in briefing.ask("首批三座大楼启用仪式由谁主持").results if r.kind.value == "milestone"]
    assert "行政长官" not in opening.text  # the fact's own sentence does not say
    assert "行政长官主持" in opening.telling  # the other report does, in the reader's script
    shown = Renderer(Messages.load(LOCALES)).result("zh-Hans", 1, opening)
    assert "另据报道：" in shown and "行政长官主持启用仪式" in shown


def test_no_other_telling_is_shown_when_the_fact_says_what_was_asked(briefing: Briefing) -> None:
    (opening,) = [r for r in briefing.ask("首批三座大楼什么时候启用").results if r.kind.value == "milestone"]
    assert opening.telling == ""


def test_how_many_puts_the_newest_value_of_the_measure_first(lexicon: Lexicon, tmp_path: Path) -> None:
    """Three reports of the park's institutions: the question gets the newest count first, then
    the others as ranked (the one whose words match best was the oldest)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    counts = [("2027-01-10", "园区进驻机构数目为八十间，进驻机构以生物医药为主，进驻机构约四成来自海外。"),
              ("2027-06-10", "园区进驻机构已增至一百间。"),
              ("2027-12-10", "截至11月底，园区进驻机构达到一百二十间。")]  # fmt: skip
    for n, (published, body) in enumerate(counts):
        front = f'+++\ntitle = "园区机构"\npublished = "{published}"\nsource = "测试报"\n+++\n'
        (corpus / f"c{n}.md").write_text(front + body + "\n", encoding="utf-8")
    briefing = Briefing(Database(f"sqlite:///{tmp_path / 'db.sqlite3'}"), lexicon, corpus)
    briefing.reload()
    results = briefing.ask("园区进驻机构有多少").results
    assert results[0].date == "2027-11" and "一百二十间" in results[0].text
    assert any("八十间" in r.text for r in results[1:])  # the best-matching telling still follows


def _first_answer(lexicon: Lexicon, tmp_path: Path, article: str, question: str) -> str:
    """The text of the first answer to `question` from a corpus of one article (front matter and
    body), as a reader in the article's script sees it."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "article.md").write_text(article, encoding="utf-8")
    briefing = Briefing(Database(f"sqlite:///{tmp_path / 'db.sqlite3'}"), lexicon, corpus)
    briefing.reload()
    return briefing.ask(question).results[0].text


def test_a_lists_bullet_is_not_shown_before_the_sentence(lexicon: Lexicon, tmp_path: Path) -> None:
    """■ 9月15日，园区与…签署合作协议: the answer shows the sentence as written, without the bullet."""
    front = '+++\ntitle = "河套简讯"\npublished = "2034-09-18"\nsource = "测试报"\n+++\n'
    body = "■ 9月15日，河套深圳园区与香港城市大学签署合作协议，双方将共建联合实验室。\n"
    shown = _first_answer(lexicon, tmp_path, front + body, "香港城市大学签署合作协议")
    assert shown.startswith("9月15日，河套深圳园区与香港城市大学签署合作协议")


def test_a_datelines_words_are_not_shown_before_the_sentence(lexicon: Lexicon, tmp_path: Path) -> None:
    """本報訊（記者 林曉）港深創科園…: the answer shows the sentence as written, from its news on."""
    front = '+++\ntitle = "港深創科園第五座大樓平頂"\npublished = "2034-12-01"\nsource = "測試報"\n+++\n'
    body = "本報訊（記者 林曉）港深創科園第五座大樓昨日舉行平頂儀式，預計明年啟用。\n"
    shown = _first_answer(lexicon, tmp_path, front + body, "第五座大樓平頂")
    assert shown == "港深創科園第五座大樓昨日舉行平頂儀式，預計明年啟用。"


def test_a_reporters_lead_is_not_shown_before_the_news(lexicon: Lexicon, tmp_path: Path) -> None:
    """记者11月30日从河套深圳园区获悉，X…: the answer shows the news, not how the paper learnt it (its
    source line names the paper)."""
    front = '+++\ntitle = "河套新药"\npublished = "2034-12-01"\nsource = "测试报"\n+++\n'
    body = "记者11月30日从河套深圳园区获悉，园区企业瑞安生物的新药已于11月28日完成首例患者给药。\n"
    shown = _first_answer(lexicon, tmp_path, front + body, "瑞安生物首例患者给药")
    assert shown == "园区企业瑞安生物的新药已于11月28日完成首例患者给药。"
