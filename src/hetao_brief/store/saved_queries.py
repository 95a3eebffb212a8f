"""Queries too long for a button's data, saved under a short key for the 'more results'
buttons, and forgotten after a week."""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hetao_brief.store.tables import SavedQueryRow


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
