"""The readers' service on the in-memory unit of work: the subscription rules without a
database (the same rules on SQLite and PostgreSQL: test_store.py and
reliability/test_concurrent_writes.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hetao_brief.readers import MAX_SUBSCRIPTIONS_PER_CHAT
from hetao_brief.services.readers import AlreadySubscribed, Readers, Subscribed, TooManySubscriptions

from .support.fake_store import FakeUnitOfWork

NOW = datetime(2026, 12, 1, 8, tzinfo=UTC)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def readers(uow: FakeUnitOfWork) -> Readers:
    return Readers(uow, "Asia/Shanghai")


def test_the_same_subscription_twice_is_one_and_is_resumed(readers: Readers, uow: FakeUnitOfWork) -> None:
    first = readers.subscribe(5, "daily", "09:00", None, "en", NOW)
    assert isinstance(first, Subscribed)
    assert readers.set_active(5, first.subscription.id, False)
    again = readers.subscribe(5, "daily", "09:00", None, "en", NOW)
    assert again == AlreadySubscribed(first.subscription)
    assert [s.active for s in readers.subscriptions(5)] == [True]
    assert uow.serialized == ["subscribe:5", "subscribe:5"]  # each in the chat's lock


def test_a_topic_or_another_time_is_another_subscription(readers: Readers) -> None:
    outcomes = [
        readers.subscribe(5, "daily", "09:00", None, "en", NOW),
        readers.subscribe(5, "daily", "09:00", "人才", "en", NOW),
        readers.subscribe(5, "daily", "18:00", None, "en", NOW),
        readers.subscribe(6, "daily", "09:00", None, "en", NOW),
    ]
    assert all(isinstance(o, Subscribed) for o in outcomes)
    assert len(readers.subscriptions(5)) == 3


def test_the_per_chat_cap_holds(readers: Readers) -> None:
    for hour in range(MAX_SUBSCRIPTIONS_PER_CHAT):
        assert isinstance(readers.subscribe(5, "daily", f"{hour:02d}:00", None, "en", NOW), Subscribed)
    assert readers.subscribe(5, "daily", "23:00", None, "en", NOW) == TooManySubscriptions(MAX_SUBSCRIPTIONS_PER_CHAT)
    assert len(readers.subscriptions(5)) == MAX_SUBSCRIPTIONS_PER_CHAT


def test_the_first_subscription_remembers_the_language_and_keeps_a_chosen_one(readers: Readers) -> None:
    readers.subscribe(5, "daily", "09:00", None, "zh-Hant", NOW)
    readers.set_language(6, "en", NOW)
    readers.subscribe(6, "daily", "09:00", None, "zh-Hans", NOW)
    assert [readers.chat(c).language for c in (5, 6)] == ["zh-Hant", "en"]  # type: ignore[union-attr]


def test_another_chats_subscription_cannot_be_touched(readers: Readers) -> None:
    theirs = readers.subscribe(6, "daily", "09:00", None, "en", NOW)
    assert isinstance(theirs, Subscribed)
    ident = theirs.subscription.id
    assert not readers.set_active(5, ident, False)
    assert not readers.remove(5, ident)
    assert readers.remove_all(5) == 0
    assert [s.active for s in readers.subscriptions(6)] == [True]


def test_a_blocked_chat_is_paused_and_resumed_without_the_users_own_pauses(readers: Readers) -> None:
    kept = readers.subscribe(5, "daily", "09:00", None, "en", NOW)
    mine = readers.subscribe(5, "weekly", "09:00", None, "en", NOW)
    assert isinstance(kept, Subscribed) and isinstance(mine, Subscribed)
    readers.set_active(5, mine.subscription.id, False)
    assert readers.chat_refuses_messages(5) == 1
    assert readers.chat_accepts_messages(5, NOW) == 1
    assert [s.active for s in readers.subscriptions(5)] == [True, False]


def test_a_group_that_becomes_a_supergroup_keeps_its_settings(readers: Readers) -> None:
    readers.set_timezone(-5, "Europe/Berlin", NOW)
    readers.subscribe(-5, "daily", "09:00", None, "en", NOW)
    assert readers.chat_moved(-5, -1005, NOW) == 1
    assert readers.timezone(-1005) == "Europe/Berlin" and readers.timezone(-5) == "Asia/Shanghai"
    assert len(readers.subscriptions(-1005)) == 1


def test_a_failed_unit_of_work_leaves_nothing_behind(uow: FakeUnitOfWork) -> None:
    with pytest.raises(RuntimeError), uow() as work:
        work.chats.set_language(5, "en", NOW)
        raise RuntimeError("the write failed")
    assert uow.state.chats == {}
