"""The unit of work: one transaction and the repositories that act inside it.

Services open one per use case (``with self._uow() as uow: …``): committed when the block
ends, rolled back when it raises. The protocols name only what the services call, so that the
conversation's unit tests can run on the in-memory fake in ``tests/support/fake_store.py``
and the integration tests on real SQLite and PostgreSQL with `SqlUnitOfWork`."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime
from types import TracebackType
from typing import Protocol

from sqlalchemy.orm import Session

from hetao_brief.readers import Chat, Subscription
from hetao_brief.store.chats import ChatRepository
from hetao_brief.store.database import Database
from hetao_brief.store.saved_queries import SavedQueryRepository
from hetao_brief.store.subscriptions import SubscriptionRepository


class ChatStore(Protocol):
    def get(self, chat_id: int) -> Chat | None: ...
    def ensure(self, chat_id: int, now: datetime) -> None: ...
    def touch(self, chat_id: int, now: datetime) -> None: ...
    def set_language(self, chat_id: int, language: str, now: datetime) -> None: ...
    def set_timezone(self, chat_id: int, timezone: str, now: datetime) -> None: ...
    def move(self, old_id: int, new_id: int, now: datetime) -> None: ...


class SubscriptionStore(Protocol):
    def add(
        self, chat_id: int, cadence: str, at_time: str, topic: str | None, now: datetime
    ) -> Subscription | None: ...
    def find(self, chat_id: int, cadence: str, at_time: str, topic: str | None) -> Subscription | None: ...
    def for_chat(self, chat_id: int) -> list[Subscription]: ...
    def set_active(self, chat_id: int, subscription_id: int, active: bool) -> bool: ...
    def pause_chat(self, chat_id: int) -> int: ...
    def resume_chat(self, chat_id: int) -> int: ...
    def move_chat(self, old_id: int, new_id: int) -> int: ...
    def remove(self, chat_id: int, subscription_id: int | None) -> int: ...


class SavedQueryStore(Protocol):
    def save(self, text: str, now: datetime) -> str: ...
    def get(self, key: str) -> str | None: ...


class UnitOfWork(Protocol):
    chats: ChatStore
    subscriptions: SubscriptionStore
    saved_queries: SavedQueryStore

    def __enter__(self) -> UnitOfWork: ...

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None: ...

    def serialize(self, name: str) -> None:
        """Make units of work that call this with the same `name` run one at a time."""


class SqlUnitOfWork:
    """A `UnitOfWork` on the real database: one SQLAlchemy session and transaction."""

    chats: ChatStore
    subscriptions: SubscriptionStore
    saved_queries: SavedQueryStore

    def __init__(self, database: Database) -> None:
        self._database = database
        self._transaction: AbstractContextManager[Session] | None = None
        self._session: Session | None = None

    def __enter__(self) -> SqlUnitOfWork:
        self._transaction = self._database.unit_of_work()
        self._session = session = self._transaction.__enter__()
        self.chats = ChatRepository(session)
        self.subscriptions = SubscriptionRepository(session)
        self.saved_queries = SavedQueryRepository(session)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        assert self._transaction is not None
        self._transaction.__exit__(kind, error, trace)
        self._transaction = self._session = None

    def serialize(self, name: str) -> None:
        assert self._session is not None
        self._database.serialize(self._session, name)


UnitOfWorkFactory = Callable[[], UnitOfWork]


def sql_units_of_work(database: Database) -> UnitOfWorkFactory:
    return lambda: SqlUnitOfWork(database)
