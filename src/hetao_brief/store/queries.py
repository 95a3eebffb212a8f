"""Saved queries (for pagination buttons) and the reload log, as the conversation reads them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hetao_brief.store.facts import FactDiff, aware
from hetao_brief.store.tables import ReloadRow, SavedQueryRow


class SavedQueryRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def save(self, text: str, now: datetime) -> str:
        key = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
        if self._session.get(SavedQueryRow, key) is None:
            try:
                with self._session.begin_nested():
                    self._session.add(SavedQueryRow(key=key, text=text, created_at=now))
            except IntegrityError:
                pass  # another instance saved the same query first
        return key

    def get(self, key: str) -> str | None:
        row = self._session.get(SavedQueryRow, key)
        return row.text if row else None

    def prune(self, before: datetime) -> int:
        """Forget queries saved before `before`: their "more results" buttons are that old."""
        result = self._session.execute(delete(SavedQueryRow).where(SavedQueryRow.created_at < before))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class ReloadRecord:
    id: int
    finished_at: datetime
    articles: int
    added: int
    removed: int
    errors: int


class ReloadLog:
    def __init__(self, session: Session) -> None:
        self._session = session

    def record(self, started_at: datetime, seconds: float, articles: int, diff: FactDiff, errors: list[str]) -> int:
        """Log a reload (in its transaction); returns its id."""
        row = ReloadRow(
            started_at=started_at,
            finished_at=started_at + timedelta(seconds=seconds),
            articles=articles,
            added=diff.added,
            removed=diff.removed,
            unchanged=diff.unchanged,
            errors=errors,
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    def latest_id(self) -> int:
        """The newest reload's id, 0 before the first: instances compare it with the facts
        they serve to notice a reload that another instance ran."""
        return self._session.scalar(select(func.max(ReloadRow.id))) or 0

    def latest(self) -> ReloadRecord | None:
        row = self._session.scalars(select(ReloadRow).order_by(ReloadRow.id.desc()).limit(1)).first()
        if row is None:
            return None
        return ReloadRecord(row.id, aware(row.finished_at), row.articles, row.added, row.removed, len(row.errors or []))
