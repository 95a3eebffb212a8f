"""The briefing card: a question that is little more than a name gets what the name is, its
figures, milestones, targets, related names and sources, before the ranked sentences."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hetao_brief.app import App
from hetao_brief.card import compose_card, named_entity
from hetao_brief.conversation.events import Sender, TextIn, TextOut
from hetao_brief.services.briefing import Briefing

from .support.harness import conversation_app


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("科汇通", "科汇通"),
        ("科匯通是什麼", "科汇通"),
        ("what is kehuitong", "科汇通"),
        ("联合政策包", "联合政策包"),
        ("科汇通的试点时间是哪年", None),  # a question about something else that mentions the name
        ("今天天气", None),
    ],
)
def test_a_card_is_for_a_question_that_is_little_more_than_a_name(
    loaded: Briefing, query: str, name: str | None
) -> None:
    assert named_entity(query, loaded.snapshot.facts, loaded.lexicon) == name


def test_a_card_says_what_it_is_and_what_happened(loaded: Briefing) -> None:
    card = compose_card("科汇通", loaded.snapshot.facts, loaded.lexicon, 2026)
    assert card is not None and card.definition is not None and "科汇通" in card.definition.text
    assert any(m.date == "2023-09" and "试点" in m.label for m in card.milestones)
    assert card.articles and card.related and "科汇通" not in card.related
    assert compose_card("不存在的名字", loaded.snapshot.facts, loaded.lexicon, 2026) is None


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    built = conversation_app(tmp_path)
    yield built
    built.database.dispose()


def test_the_card_comes_first_in_the_readers_script_with_related_names_as_buttons(app: App) -> None:
    (reply,) = app.conversation.handle(TextIn(Sender(3, 3, "zh-hant"), "科匯通"))
    assert isinstance(reply, TextOut)
    assert reply.html.index("🗂") < reply.html.index("🔎")  # the card, then the ranked sentences
    assert "科匯通" in reply.html and "📅 最新進展" in reply.html and "📰 來源" in reply.html
    related = [b.data for row in reply.buttons for b in row if b.data.startswith("d:")]
    assert related and all(app.briefing.ask(d.removeprefix("d:")).results for d in related)
    (about,) = app.conversation.handle(TextIn(Sender(3, 3, "en"), "/about 联合政策包"))
    assert isinstance(about, TextOut) and "🗂" in about.html


def test_a_cards_figures_are_its_own_not_its_sentences_neighbours(loaded: Briefing) -> None:
    """通过“科汇通”…；落地总规模51亿元的社保基金…；…深圳数据交易所已完成跨境交易订单70余笔: the
    fund's and the exchange's figures, told beside 科汇通, are none of its key figures."""
    card = compose_card("科汇通", loaded.snapshot.facts, loaded.lexicon, 2026)
    assert card is not None
    assert not [f for f in card.figures if "交易" in (f.measure or "") or "基金" in (f.measure or "")]
    fund = compose_card("社保基金大湾区科技创新专项基金", loaded.snapshot.facts, loaded.lexicon, 2026)
    assert fund is None or all("科汇通" not in (f.measure or "") for f in fund.figures)
