"""The users' data: chats (language, time zone), their digest subscriptions and the record of
every digest delivery. A reload never touches these tables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hetao_brief.store.facts import aware
from hetao_brief.store.tables import ChatRow, DeliveryRow, SubscriptionRow, UnsentPartsRow

MAX_SUBSCRIPTIONS_PER_CHAT = 10


@dataclass(frozen=True)
class Chat:
    id: int
    language: str | None
    timezone: str | None


@dataclass(frozen=True)
class Subscription:
    id: int
    chat_id: int
    cadence: str
    at_time: str
    topic: str | None
    active: bool
    created_at: datetime
    last_sent_at: datetime | None
    paused_by: str | None = None


def _subscription(row: SubscriptionRow) -> Subscription:
    return Subscription(
        row.id,
        row.chat_id,
        row.cadence,
        row.at_time,
        row.topic,
        row.active,
        aware(row.created_at),
        aware(row.last_sent_at) if row.last_sent_at else None,
        row.paused_by,
    )


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


class SubscriptionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, chat_id: int, cadence: str, at_time: str, topic: str | None, now: datetime) -> Subscription:
        row = SubscriptionRow(
            chat_id=chat_id, cadence=cadence, at_time=at_time, topic=topic, active=True, created_at=now
        )
        self._session.add(row)
        self._session.flush()
        return _subscription(row)

    def find(self, chat_id: int, cadence: str, at_time: str, topic: str | None) -> Subscription | None:
        row = self._session.scalars(
            select(SubscriptionRow).where(
                SubscriptionRow.chat_id == chat_id,
                SubscriptionRow.cadence == cadence,
                SubscriptionRow.at_time == at_time,
                SubscriptionRow.topic.is_(None) if topic is None else SubscriptionRow.topic == topic,
            )
        ).first()
        return _subscription(row) if row else None

    def for_chat(self, chat_id: int) -> list[Subscription]:
        rows = self._session.scalars(
            select(SubscriptionRow).where(SubscriptionRow.chat_id == chat_id).order_by(SubscriptionRow.id)
        )
        return [_subscription(r) for r in rows]

    def get(self, subscription_id: int) -> Subscription | None:
        row = self._session.get(SubscriptionRow, subscription_id)
        return _subscription(row) if row else None

    def active(self) -> list[Subscription]:
        rows = self._session.scalars(
            select(SubscriptionRow).where(SubscriptionRow.active.is_(True)).order_by(SubscriptionRow.id)
        )
        return [_subscription(r) for r in rows]

    def set_active(self, chat_id: int, subscription_id: int, active: bool) -> bool:
        """The user pauses or resumes one subscription. Only the chat's own subscription
        changes: ids in button data can be forged."""
        result = self._session.execute(
            update(SubscriptionRow)
            .where(SubscriptionRow.id == subscription_id, SubscriptionRow.chat_id == chat_id)
            .values(active=active, paused_by=None if active else "user")
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    def pause_chat(self, chat_id: int) -> int:
        """The chat no longer accepts messages: pause its active subscriptions (kept, so they
        come back with the chat); the ones the user paused stay the user's to resume."""
        result = self._session.execute(
            update(SubscriptionRow)
            .where(SubscriptionRow.chat_id == chat_id, SubscriptionRow.active.is_(True))
            .values(active=False, paused_by="chat")
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    def resume_chat(self, chat_id: int) -> int:
        """The chat accepts messages again: resume what `pause_chat` paused."""
        result = self._session.execute(
            update(SubscriptionRow)
            .where(SubscriptionRow.chat_id == chat_id, SubscriptionRow.paused_by == "chat")
            .values(active=True, paused_by=None)
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    def move_chat(self, old_id: int, new_id: int) -> int:
        result = self._session.execute(
            update(SubscriptionRow).where(SubscriptionRow.chat_id == old_id).values(chat_id=new_id)
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    def remove(self, chat_id: int, subscription_id: int | None) -> int:
        """Remove one subscription of the chat, or all of them (None)."""
        statement = delete(SubscriptionRow).where(SubscriptionRow.chat_id == chat_id)
        if subscription_id is not None:
            statement = statement.where(SubscriptionRow.id == subscription_id)
        return int(self._session.execute(statement).rowcount)  # type: ignore[attr-defined]

    def mark_sent(self, subscription_id: int, now: datetime) -> None:
        self._session.execute(
            update(SubscriptionRow).where(SubscriptionRow.id == subscription_id).values(last_sent_at=now)
        )

    def count_active(self) -> int:
        return (
            self._session.scalar(
                select(func.count()).select_from(SubscriptionRow).where(SubscriptionRow.active.is_(True))
            )
            or 0
        )


class DeliveryRepository:
    """One row per (subscription, period). The unique constraint is what makes a digest go out
    at most once per period, across restarts and across bot instances."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def last_digest_sent(self, subscription_id: int) -> tuple[str, datetime] | None:
        """The period and time of the subscription's last digest sent (announcements left out)."""
        row = self._session.execute(
            select(DeliveryRow.period, DeliveryRow.sent_at)
            .where(
                DeliveryRow.subscription_id == subscription_id,
                DeliveryRow.status == "sent",
                DeliveryRow.sent_at.is_not(None),
                DeliveryRow.period.not_like("news-%"),
            )
            .order_by(DeliveryRow.sent_at.desc())
            .limit(1)
        ).first()
        return (row[0], aware(row[1])) if row is not None and row[1] is not None else None

    def claim(self, subscription_id: int, period: str, now: datetime) -> bool:
        """Insert the claim; False if this period is already claimed (by us or another
        instance). The subscription row is locked first (``FOR UPDATE SKIP LOCKED`` on
        PostgreSQL; SQLite serialises writers anyway), so an instance that finds it locked moves
        on at once instead of waiting; the unique constraint stays the last word. The insert
        runs in a savepoint so a lost race does not spoil the caller's transaction."""
        locked = self._session.scalar(
            select(SubscriptionRow.id).where(SubscriptionRow.id == subscription_id).with_for_update(skip_locked=True)
        )
        if locked is None:  # another instance is claiming it right now, or it was removed
            return False
        try:
            with self._session.begin_nested():
                self._session.add(
                    DeliveryRow(subscription_id=subscription_id, period=period, status="claimed", claimed_at=now)
                )
        except IntegrityError:
            return False
        return True

    def reclaim_stale(self, subscription_id: int, period: str, older_than: datetime, now: datetime) -> bool:
        """Take over a claim left behind by a process that died before sending."""
        result = self._session.execute(
            update(DeliveryRow)
            .where(
                DeliveryRow.subscription_id == subscription_id,
                DeliveryRow.period == period,
                DeliveryRow.status == "claimed",
                DeliveryRow.claimed_at < older_than,
            )
            .values(claimed_at=now)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    def finish(self, subscription_id: int, period: str, status: str, now: datetime) -> None:
        """Record the outcome; whatever was left unsent of this or an earlier period's digest
        is dropped (delivered, refused, or its slot has passed)."""
        self._lock(subscription_id)
        self._session.execute(
            update(DeliveryRow)
            .where(DeliveryRow.subscription_id == subscription_id, DeliveryRow.period == period)
            .values(status=status, sent_at=now)
        )
        self._session.execute(delete(UnsentPartsRow).where(UnsentPartsRow.subscription_id == subscription_id))

    def unsent(self, subscription_id: int, period: str) -> list[str] | None:
        """The parts of this period's digest that a stopped attempt did not send, if any."""
        row = self._session.get(UnsentPartsRow, (subscription_id, period))
        return list(row.parts) if row is not None else None

    def keep_unsent(self, subscription_id: int, period: str, parts: list[str]) -> None:
        self._lock(subscription_id)
        self._session.merge(UnsentPartsRow(subscription_id=subscription_id, period=period, parts=parts))

    def release(self, subscription_id: int, period: str) -> None:
        self._lock(subscription_id)
        self._session.execute(
            delete(DeliveryRow).where(DeliveryRow.subscription_id == subscription_id, DeliveryRow.period == period)
        )

    def _lock(self, subscription_id: int) -> None:
        """Every writer locks the subscription row before its delivery row, in that order;
        otherwise a claim waiting on a delivery row and a finish waiting on the subscription row
        deadlock each other (PostgreSQL found exactly that)."""
        self._session.execute(select(SubscriptionRow.id).where(SubscriptionRow.id == subscription_id).with_for_update())

    def status(self, subscription_id: int, period: str) -> str | None:
        return self._session.scalar(
            select(DeliveryRow.status).where(
                DeliveryRow.subscription_id == subscription_id, DeliveryRow.period == period
            )
        )

    def count(self, status: str = "sent") -> int:
        return (
            self._session.scalar(select(func.count()).select_from(DeliveryRow).where(DeliveryRow.status == status)) or 0
        )
