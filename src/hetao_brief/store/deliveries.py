"""The record of every digest delivery: claimed, sent or refused, once per period."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hetao_brief.clock import aware
from hetao_brief.store.tables import DeliveryRow, SubscriptionRow, UnsentPartsRow


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
