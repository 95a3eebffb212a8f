"""A chat's settings row: language and time zone, and whether it takes messages. A reload
never touches the users' tables."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from hetao_brief.readers import Chat
from hetao_brief.store.tables import ChatRow


class ChatRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, chat_id: int) -> Chat | None:
        row = self._session.get(ChatRow, chat_id)
        return Chat(row.id, row.language, row.timezone) if row else None

    def _row(self, chat_id: int, now: datetime) -> ChatRow:
        """The chat's settings row, created if it is new by an upsert (INSERT … ON CONFLICT DO
        NOTHING), so that a new chat's first two messages arriving together both succeed."""
        row = self._session.get(ChatRow, chat_id)
        if row is None:
            self.ensure(chat_id, now)
            row = self._session.get(ChatRow, chat_id, populate_existing=True)
            assert row is not None
        return row

    def ensure(self, chat_id: int, now: datetime) -> None:
        """Create the chat's row unless it exists. A write: on SQLite it also takes the write
        lock, so what the transaction reads next is not changed under it."""
        dialect = self._session.get_bind().dialect.name
        upsert = postgresql_insert if dialect == "postgresql" else sqlite_insert
        statement = upsert(ChatRow).values(id=chat_id, created_at=now, failures=0)
        self._session.execute(statement.on_conflict_do_nothing(index_elements=["id"]))

    def touch(self, chat_id: int, now: datetime) -> None:
        """Record that the chat talked to the bot: it exists and accepts messages again."""
        row = self._row(chat_id, now)
        if row.failures:
            row.failures = 0

    def set_language(self, chat_id: int, language: str, now: datetime) -> None:
        self._row(chat_id, now).language = language

    def set_timezone(self, chat_id: int, timezone: str, now: datetime) -> None:
        self._row(chat_id, now).timezone = timezone

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(ChatRow)) or 0

    def record_failure(self, chat_id: int, now: datetime) -> int:
        row = self._row(chat_id, now)
        row.failures = (row.failures or 0) + 1
        return row.failures

    def move(self, old_id: int, new_id: int, now: datetime) -> None:
        """A group became a supergroup: its settings live on under the new id."""
        old = self._session.get(ChatRow, old_id)
        if old is None:
            return
        new = self._row(new_id, now)
        new.language = new.language or old.language
        new.timezone = new.timezone or old.timezone
        self._session.delete(old)
