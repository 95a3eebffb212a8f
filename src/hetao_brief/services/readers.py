"""The readers' use cases: a chat's settings, its digest subscriptions (subscribe, pause,
resume, remove), what happens to them when the chat blocks the bot or moves, and the saved
queries behind "more results" buttons. Each method is one unit of work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from hetao_brief.readers import MAX_SUBSCRIPTIONS_PER_CHAT, Chat, Subscription
from hetao_brief.services.unit_of_work import UnitOfWorkFactory


@dataclass(frozen=True)
class Subscribed:
    subscription: Subscription


@dataclass(frozen=True)
class AlreadySubscribed:
    """The chat had this subscription (now resumed, if it was paused)."""

    subscription: Subscription


@dataclass(frozen=True)
class TooManySubscriptions:
    limit: int


SubscribeOutcome = Subscribed | AlreadySubscribed | TooManySubscriptions


class Readers:
    def __init__(
        self,
        units_of_work: UnitOfWorkFactory,
        default_timezone: str,
        store_problem: Callable[[], str | None] = lambda: None,
    ) -> None:
        self._uow = units_of_work
        self.default_timezone = default_timezone
        self._store_problem = store_problem

    def store_problem(self) -> str | None:
        """Why the store cannot be written (a read-only or removed SQLite file), if it cannot:
        checked before a write, so that nothing is confirmed that was not stored."""
        return self._store_problem()

    # -- settings -------------------------------------------------------------------------

    def chat(self, chat_id: int) -> Chat | None:
        with self._uow() as uow:
            return uow.chats.get(chat_id)

    def timezone(self, chat_id: int) -> str:
        chat = self.chat(chat_id)
        return chat.timezone if chat and chat.timezone else self.default_timezone

    def set_language(self, chat_id: int, language: str, now: datetime) -> None:
        with self._uow() as uow:
            uow.chats.set_language(chat_id, language, now)

    def set_timezone(self, chat_id: int, zone: str, now: datetime) -> None:
        with self._uow() as uow:
            uow.chats.set_timezone(chat_id, zone, now)

    # -- subscriptions --------------------------------------------------------------------

    def subscribe(
        self, chat_id: int, cadence: str, at_time: str, topic: str | None, language: str, now: datetime
    ) -> SubscribeOutcome:
        """In one transaction that holds the chat's lock from its first statement, so that
        concurrent /subscribe of one chat take turns and the per-chat cap holds: on PostgreSQL
        an advisory lock per chat, on SQLite the write lock the chat's upsert takes. The chat's
        language is remembered with its first subscription: digests speak it."""
        with self._uow() as uow:
            uow.serialize(f"subscribe:{chat_id}")
            uow.chats.ensure(chat_id, now)
            existing = uow.subscriptions.find(chat_id, cadence, at_time, topic)
            if existing is not None:
                uow.subscriptions.set_active(chat_id, existing.id, True)
                return AlreadySubscribed(replace(existing, active=True, paused_by=None))
            if len(uow.subscriptions.for_chat(chat_id)) >= MAX_SUBSCRIPTIONS_PER_CHAT:
                return TooManySubscriptions(MAX_SUBSCRIPTIONS_PER_CHAT)
            chat = uow.chats.get(chat_id)
            if chat is None or chat.language is None:
                uow.chats.set_language(chat_id, language, now)
            added = uow.subscriptions.add(chat_id, cadence, at_time, topic, now)
            if added is None:  # a concurrent insert of the same subscription won
                again = uow.subscriptions.find(chat_id, cadence, at_time, topic)
                assert again is not None
                return AlreadySubscribed(again)
            return Subscribed(added)

    def subscriptions(self, chat_id: int) -> list[Subscription]:
        with self._uow() as uow:
            return uow.subscriptions.for_chat(chat_id)

    def set_active(self, chat_id: int, subscription_id: int, active: bool) -> bool:
        """Pause or resume one of the chat's own subscriptions (ids in button data can be
        forged: another chat's id changes nothing)."""
        with self._uow() as uow:
            return uow.subscriptions.set_active(chat_id, subscription_id, active)

    def remove(self, chat_id: int, subscription_id: int) -> bool:
        with self._uow() as uow:
            return uow.subscriptions.remove(chat_id, subscription_id) > 0

    def remove_all(self, chat_id: int) -> int:
        with self._uow() as uow:
            return uow.subscriptions.remove(chat_id, None)

    # -- the chat's life --------------------------------------------------------------------

    def chat_accepts_messages(self, chat_id: int, now: datetime) -> int:
        """The chat talks to the bot (again): resume what was paused because it did not."""
        with self._uow() as uow:
            uow.chats.touch(chat_id, now)
            return uow.subscriptions.resume_chat(chat_id)

    def chat_refuses_messages(self, chat_id: int) -> int:
        """The bot was blocked or removed: pause the chat's subscriptions, keeping them."""
        with self._uow() as uow:
            return uow.subscriptions.pause_chat(chat_id)

    def chat_moved(self, old_id: int, new_id: int, now: datetime) -> int:
        """A group became a supergroup: settings and subscriptions go with it."""
        with self._uow() as uow:
            uow.chats.move(old_id, new_id, now)
            return uow.subscriptions.move_chat(old_id, new_id)

    # -- saved queries ----------------------------------------------------------------------

    def save_query(self, text: str, now: datetime) -> str:
        with self._uow() as uow:
            return uow.saved_queries.save(text, now)

    def saved_query(self, key: str) -> str | None:
        with self._uow() as uow:
            return uow.saved_queries.get(key)
