"""Who reads the briefings: chats (with their language and time zone) and their digest
subscriptions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

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
