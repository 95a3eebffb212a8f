"""The feeds an admin follows, when each was fetched and what it answered, and the items
already seen (so that an item is fetched once, whatever the feed repeats)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hetao_brief.clock import aware
from hetao_brief.store.tables import FeedItemRow, FeedRow


@dataclass(frozen=True)
class FeedInfo:
    id: int
    url: str
    keywords: tuple[str, ...]
    last_fetch_at: datetime | None
    items_taken: int
    last_error: str | None
    failures: int
    etag: str | None = field(default=None, repr=False)
    modified: str | None = field(default=None, repr=False)
    """What the feed's server said of its last answer: the next poll asks only for changes."""
    next_fetch_at: datetime | None = field(default=None, repr=False)


def _info(row: FeedRow) -> FeedInfo:
    return FeedInfo(
        row.id,
        row.url,
        tuple(row.keywords or ()),
        aware(row.last_fetch_at) if row.last_fetch_at else None,
        row.items_taken,
        row.last_error,
        row.failures,
        row.etag,
        row.modified,
        aware(row.next_fetch_at) if row.next_fetch_at else None,
    )


class FeedRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, url: str, keywords: list[str], now: datetime) -> FeedInfo | None:
        """The new feed, or None if this link is followed already (in a savepoint)."""
        row = FeedRow(url=url, keywords=keywords, added_at=now, items_taken=0, failures=0, next_fetch_at=now)
        try:
            with self._session.begin_nested():
                self._session.add(row)
        except IntegrityError:
            return None
        return _info(row)

    def all(self) -> list[FeedInfo]:
        return [_info(row) for row in self._session.scalars(select(FeedRow).order_by(FeedRow.id))]

    def remove(self, feed_id: int) -> bool:
        row = self._session.get(FeedRow, feed_id)
        if row is None:
            return False
        self._session.delete(row)
        return True

    def seen_items(self, feed_id: int) -> set[str]:
        return set(self._session.scalars(select(FeedItemRow.item_key).where(FeedItemRow.feed_id == feed_id)))

    def record_failure(self, feed_id: int, now: datetime, error: str) -> int | None:
        """Count the failure; returns the failures in a row (the caller backs off by them),
        None if the feed was removed meanwhile."""
        row = self._session.get(FeedRow, feed_id)
        if row is None:
            return None
        row.last_fetch_at = now
        row.failures += 1
        row.last_error = error[:500]
        return row.failures

    def schedule(self, feed_id: int, at: datetime) -> None:
        row = self._session.get(FeedRow, feed_id)
        if row is not None:
            row.next_fetch_at = at

    def record_success(
        self, feed_id: int, now: datetime, etag: str | None, modified: str | None, taken: int, seen: set[str]
    ) -> bool:
        """The fetch worked: errors cleared, what the server said kept, the items marked seen.
        False if the feed was removed meanwhile."""
        row = self._session.get(FeedRow, feed_id)
        if row is None:
            return False
        row.last_fetch_at = now
        row.failures, row.last_error = 0, None
        row.etag, row.modified = etag, modified
        row.items_taken += taken
        for key in seen:
            self._session.merge(FeedItemRow(feed_id=feed_id, item_key=key, seen_at=now))
        return True
