"""A chat's settings and subscriptions through the conversation, on the in-memory unit of
work: the conversation layer tested without a database for the readers' data (the facts come
from the shared briefing)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from hetao_brief.conversation.base import Services
from hetao_brief.conversation.conversation import Conversation
from hetao_brief.conversation.events import ButtonIn, Sender, TextIn, TextOut, Toast
from hetao_brief.rendering.locale import Messages
from hetao_brief.rendering.renderer import Renderer
from hetao_brief.services.briefing import Briefing
from hetao_brief.services.digests import DigestService
from hetao_brief.services.readers import Readers
from hetao_brief.services.stats import read_stats

from .conftest import LOCALES
from .support.fake_store import FakeUnitOfWork
from .support.markup import well_formed

NOW = datetime(2026, 12, 1, 0, 30, tzinfo=UTC)
BOB = Sender(9, 9, "en")


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def conversation(loaded: Briefing, uow: FakeUnitOfWork) -> Conversation:
    renderer = Renderer(Messages.load(LOCALES))
    digests = DigestService(loaded.database, loaded, renderer, "Asia/Shanghai", lambda: NOW)
    readers = Readers(uow, "Asia/Shanghai")
    services = Services(
        loaded, digests, readers, lambda: read_stats(loaded.database), renderer, frozenset(), lambda: NOW
    )
    return Conversation(services)


def say(conversation: Conversation, key: str, **values: object) -> str:
    return conversation.services.renderer.say("en", key, **values)


def text_of(replies: Sequence[object]) -> str:
    return "\n".join(r.html for r in replies if isinstance(r, TextOut))


def test_subscribing_stores_one_subscription_and_tells_the_next_digest(
    conversation: Conversation, uow: FakeUnitOfWork
) -> None:
    reply = text_of(conversation.handle(TextIn(BOB, "/subscribe daily 09:00")))
    assert say(conversation, "subscribe.done") in reply
    assert "2026-12-01 09:00 (Asia/Shanghai)" in reply  # 08:30 in Shanghai: today's 09:00 is next
    (sub,) = uow.state.subscriptions.values()
    assert (sub.chat_id, sub.cadence, sub.at_time, sub.topic) == (9, "daily", "09:00", None)
    again = text_of(conversation.handle(TextIn(BOB, "/subscribe daily 09:00")))
    assert again == say(conversation, "subscribe.exists", id=sub.id)
    assert len(uow.state.subscriptions) == 1


def test_the_time_zone_of_the_chat_is_the_one_of_its_digests(conversation: Conversation, uow: FakeUnitOfWork) -> None:
    assert "Europe/London" in text_of(conversation.handle(TextIn(BOB, "/tz London")))
    reply = text_of(conversation.handle(TextIn(BOB, "/subscribe weekly fri 18:00")))
    assert "2026-12-04 18:00 (Europe/London)" in reply
    assert uow.state.chats[9].timezone == "Europe/London"


def test_unsubscribe_all_asks_and_only_the_yes_button_removes(conversation: Conversation, uow: FakeUnitOfWork) -> None:
    for time in ("08:00", "20:00"):
        conversation.handle(TextIn(BOB, f"/subscribe daily {time}"))
    (question,) = conversation.handle(TextIn(BOB, "/unsubscribe all"))
    assert isinstance(question, TextOut) and len(uow.state.subscriptions) == 2
    yes, no = (button.data for button in question.buttons[0])
    conversation.handle(ButtonIn(BOB, no))
    assert len(uow.state.subscriptions) == 2
    replies = conversation.handle(ButtonIn(BOB, yes))
    assert say(conversation, "subscribe.removed_all", count=2) in text_of(replies)
    assert uow.state.subscriptions == {}


def test_pause_buttons_of_another_chat_change_nothing(conversation: Conversation, uow: FakeUnitOfWork) -> None:
    conversation.handle(TextIn(BOB, "/subscribe daily 09:00"))
    (ident,) = uow.state.subscriptions
    replies = conversation.handle(ButtonIn(Sender(10, 10, "en"), f"s:p:{ident}"))
    assert replies == [Toast(say(conversation, "errors.stale_button"))]
    assert uow.state.subscriptions[ident].active
    conversation.handle(ButtonIn(BOB, f"s:p:{ident}"))
    assert not uow.state.subscriptions[ident].active


def test_the_chosen_language_is_kept_and_spoken(conversation: Conversation, uow: FakeUnitOfWork) -> None:
    conversation.handle(TextIn(BOB, "/lang zh-Hant"))
    assert uow.state.chats[9].language == "zh-Hant"
    reply = text_of(conversation.handle(TextIn(BOB, "/subscriptions")))
    assert reply == conversation.services.renderer.say("zh-Hant", "subscribe.none")


def buttons_of(replies: Sequence[object]) -> dict[str, str]:
    return {b.label: b.data for r in replies if isinstance(r, TextOut) for row in r.buttons for b in row}


def test_start_offers_the_first_things_to_try_as_buttons(conversation: Conversation, uow: FakeUnitOfWork) -> None:
    offered = buttons_of(conversation.handle(TextIn(BOB, "/start")))
    example = conversation.services.renderer.messages.template("en", "answer.examples")[0]  # type: ignore[index]
    assert offered[f"🔎 {example}"] == f"d:{example}"
    latest = text_of(conversation.handle(ButtonIn(BOB, offered[say(conversation, "start.buttons_latest")])))
    assert latest.startswith("📅 <b>Latest milestones</b>")
    conversation.handle(ButtonIn(BOB, offered[say(conversation, "start.buttons_subscribe")]))
    (sub,) = uow.state.subscriptions.values()
    assert (sub.cadence, sub.at_time) == ("daily", "09:00")


def test_settings_show_what_is_set_and_change_it_by_buttons(conversation: Conversation, uow: FakeUnitOfWork) -> None:
    conversation.handle(TextIn(BOB, "/subscribe daily 08:00"))
    replies = conversation.handle(TextIn(BOB, "/settings"))
    assert say(conversation, "settings.text", language="English", zone="Asia/Shanghai", count=1) == text_of(replies)
    zone_menu = conversation.handle(ButtonIn(BOB, buttons_of(replies)[say(conversation, "settings.timezone")]))
    conversation.handle(ButtonIn(BOB, buttons_of(zone_menu)["Hong Kong"]))
    assert uow.state.chats[9].timezone == "Asia/Hong_Kong"
    language_menu = conversation.handle(ButtonIn(BOB, buttons_of(replies)[say(conversation, "settings.language")]))
    conversation.handle(ButtonIn(BOB, buttons_of(language_menu)["繁體中文"]))
    assert uow.state.chats[9].language == "zh-Hant"


def test_a_group_member_cannot_press_a_settings_command(conversation: Conversation, uow: FakeUnitOfWork) -> None:
    member = Sender(9, -50, "en", is_private=False, may_change_settings=False)
    replies = conversation.handle(ButtonIn(member, "c:subscribe:daily 09:00"))
    assert replies == [Toast(say(conversation, "groups.admins_only"), alert=True)]
    assert conversation.handle(ButtonIn(member, "z:Europe/London"))[0] == replies[0]
    assert uow.state.subscriptions == {} and uow.state.chats == {}


def test_only_the_offered_commands_can_be_pressed(conversation: Conversation) -> None:
    assert conversation.handle(ButtonIn(BOB, "c:reload")) == [Toast(say(conversation, "errors.stale_button"))]


def test_subscribing_shows_the_top_of_the_digest_in_the_same_message(conversation: Conversation) -> None:
    replies = conversation.handle(TextIn(BOB, "/subscribe daily 09:00"))
    assert len(replies) == 1
    reply = text_of(replies)
    sample = reply.split(say(conversation, "subscribe.sample"))[1].split(say(conversation, "subscribe.sample_more"))[0]
    digest = text_of(conversation.handle(TextIn(BOB, "/digest")))
    lines = [line for line in sample.strip().splitlines() if line]
    assert len(lines) >= 3 and all(line in digest for line in lines)
    assert well_formed(reply)
