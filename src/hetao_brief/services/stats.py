"""The admin's /stats: how many chats, subscriptions, facts and digests, and the last reload."""

from __future__ import annotations

from dataclasses import dataclass

from hetao_brief.store.chats import ChatRepository
from hetao_brief.store.database import Database
from hetao_brief.store.deliveries import DeliveryRepository
from hetao_brief.store.facts import FactRepository
from hetao_brief.store.reloads import ReloadLog, ReloadRecord
from hetao_brief.store.subscriptions import SubscriptionRepository


@dataclass(frozen=True)
class Stats:
    chats: int
    active_subscriptions: int
    facts_by_kind: dict[str, int]
    digests_sent: int
    last_reload: ReloadRecord | None


def read_stats(database: Database) -> Stats:
    """One consistent read of the numbers."""
    with database.unit_of_work() as session:
        return Stats(
            ChatRepository(session).count(),
            SubscriptionRepository(session).count_active(),
            FactRepository(session).count_by_kind(),
            DeliveryRepository(session).count("sent"),
            ReloadLog(session).latest(),
        )
