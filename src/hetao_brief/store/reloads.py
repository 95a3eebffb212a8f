"""The reload log: when the facts were rebuilt, from how many articles, with what change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hetao_brief.clock import aware
from hetao_brief.store.facts import FactDiff
from hetao_brief.store.tables import ReloadRow


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
