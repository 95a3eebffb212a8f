"""The chats' digest subscriptions: added, paused, resumed, moved with their chat, removed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hetao_brief.clock import aware
from hetao_brief.readers import Subscription
from hetao_brief.store.tables import SubscriptionRow


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


class SubscriptionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, chat_id: int, cadence: str, at_time: str, topic: str | None, now: datetime) -> Subscription | None:
        """The new subscription, or None if the chat has this one already (the unique index on
        chat, cadence, time and topic: a double tap's other insert won). In a savepoint, so
        that the caller's transaction goes on either way."""
        row = SubscriptionRow(
            chat_id=chat_id, cadence=cadence, at_time=at_time, topic=topic, active=True, created_at=now
        )
        try:
            with self._session.begin_nested():
                self._session.add(row)
        except IntegrityError:
            return None
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
