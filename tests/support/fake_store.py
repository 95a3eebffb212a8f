"""An in-memory unit of work for the service layer's unit tests (cosmicpython's fake UoW).

It keeps the rules the real store keeps where services rely on them: a subscription is unique
per (chat, cadence, time, topic), another chat's id changes nothing, and a unit of work that
raises leaves no change behind (the state is copied on enter and kept only on a clean exit)."""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass, field, replace
from datetime import datetime
from types import TracebackType

from hetao_brief.readers import Chat, Subscription
from hetao_brief.services.unit_of_work import ChatStore, SavedQueryStore, SubscriptionStore


@dataclass
class FakeState:
    chats: dict[int, Chat] = field(default_factory=dict)
    subscriptions: dict[int, Subscription] = field(default_factory=dict)
    saved_queries: dict[str, str] = field(default_factory=dict)
    next_id: int = 1


class FakeChats:
    def __init__(self, state: FakeState) -> None:
        self._state = state

    def get(self, chat_id: int) -> Chat | None:
        return self._state.chats.get(chat_id)

    def ensure(self, chat_id: int, now: datetime) -> None:
        self._state.chats.setdefault(chat_id, Chat(chat_id, None, None))

    def touch(self, chat_id: int, now: datetime) -> None:
        self.ensure(chat_id, now)

    def set_language(self, chat_id: int, language: str, now: datetime) -> None:
        self.ensure(chat_id, now)
        self._state.chats[chat_id] = replace(self._state.chats[chat_id], language=language)

    def set_timezone(self, chat_id: int, timezone: str, now: datetime) -> None:
        self.ensure(chat_id, now)
        self._state.chats[chat_id] = replace(self._state.chats[chat_id], timezone=timezone)

    def move(self, old_id: int, new_id: int, now: datetime) -> None:
        old = self._state.chats.pop(old_id, None)
        if old is not None:
            self._state.chats[new_id] = replace(old, id=new_id)


class FakeSubscriptions:
    def __init__(self, state: FakeState) -> None:
        self._state = state

    def _mine(self, chat_id: int) -> list[Subscription]:
        return [s for s in self._state.subscriptions.values() if s.chat_id == chat_id]

    def add(self, chat_id: int, cadence: str, at_time: str, topic: str | None, now: datetime) -> Subscription | None:
        if self.find(chat_id, cadence, at_time, topic) is not None:
            return None
        sub = Subscription(self._state.next_id, chat_id, cadence, at_time, topic, True, now, None)
        self._state.subscriptions[sub.id] = sub
        self._state.next_id += 1
        return sub

    def find(self, chat_id: int, cadence: str, at_time: str, topic: str | None) -> Subscription | None:
        return next(
            (s for s in self._mine(chat_id) if (s.cadence, s.at_time, s.topic) == (cadence, at_time, topic)), None
        )

    def for_chat(self, chat_id: int) -> list[Subscription]:
        return sorted(self._mine(chat_id), key=lambda s: s.id)

    def set_active(self, chat_id: int, subscription_id: int, active: bool) -> bool:
        sub = self._state.subscriptions.get(subscription_id)
        if sub is None or sub.chat_id != chat_id:
            return False
        self._state.subscriptions[sub.id] = replace(sub, active=active, paused_by=None if active else "user")
        return True

    def pause_chat(self, chat_id: int) -> int:
        active = [s for s in self._mine(chat_id) if s.active]
        for sub in active:
            self._state.subscriptions[sub.id] = replace(sub, active=False, paused_by="chat")
        return len(active)

    def resume_chat(self, chat_id: int) -> int:
        paused = [s for s in self._mine(chat_id) if s.paused_by == "chat"]
        for sub in paused:
            self._state.subscriptions[sub.id] = replace(sub, active=True, paused_by=None)
        return len(paused)

    def move_chat(self, old_id: int, new_id: int) -> int:
        moved = self._mine(old_id)
        for sub in moved:
            self._state.subscriptions[sub.id] = replace(sub, chat_id=new_id)
        return len(moved)

    def remove(self, chat_id: int, subscription_id: int | None) -> int:
        gone = [s.id for s in self._mine(chat_id) if subscription_id in (None, s.id)]
        for ident in gone:
            del self._state.subscriptions[ident]
        return len(gone)


class FakeSavedQueries:
    def __init__(self, state: FakeState) -> None:
        self._state = state

    def save(self, text: str, now: datetime) -> str:
        key = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
        self._state.saved_queries[key] = text
        return key

    def get(self, key: str) -> str | None:
        return self._state.saved_queries.get(key)


class FakeUnitOfWork:
    """Each `with` works on a copy of the shared state, kept only if the block ends cleanly;
    `commits` and `serialized` tell a test what the service did."""

    chats: ChatStore
    subscriptions: SubscriptionStore
    saved_queries: SavedQueryStore

    def __init__(self, state: FakeState | None = None) -> None:
        self.state = state or FakeState()
        self.commits = 0
        self.serialized: list[str] = []
        self._working = self.state

    def __call__(self) -> FakeUnitOfWork:
        """The factory the services take: the same fake, entered again."""
        return self

    def __enter__(self) -> FakeUnitOfWork:
        self._working = copy.deepcopy(self.state)
        self.chats = FakeChats(self._working)
        self.subscriptions = FakeSubscriptions(self._working)
        self.saved_queries = FakeSavedQueries(self._working)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if kind is None:
            self.state.__dict__.update(self._working.__dict__)
            self.commits += 1

    def serialize(self, name: str) -> None:
        self.serialized.append(name)
