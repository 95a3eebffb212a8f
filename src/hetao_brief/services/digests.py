"""Sending digests to subscribers: what is due, claiming it, composing it, recording it.

Every delivery goes through the database in three steps: claim the (subscription, period)
row (the unique constraint lets exactly one process win), send, mark it sent. A process that
dies between claim and mark leaves a claim that another run takes over after `STALE_CLAIM`,
so a subscriber loses at most the message that was in flight, and gets nothing twice that was
recorded as sent. A digest too long for one message records its unsent parts as it goes, so
an attempt that stops midway is resumed from the part it stopped at. Instances take turns to
send, since Telegram's flood limit is per bot. Sending itself is behind the `Outbox` protocol:
the Telegram adapter implements it, tests use a fake.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Protocol
from zoneinfo import ZoneInfo

from hetao_brief.clock import utc_now
from hetao_brief.digest import Digest, compose_digest
from hetao_brief.readers import Subscription
from hetao_brief.rendering.locale import LOCALES
from hetao_brief.rendering.renderer import Renderer
from hetao_brief.rendering.split import TELEGRAM_LIMIT, split_html
from hetao_brief.schedule import SAME_SLOT, cadence_kind, due_slot
from hetao_brief.services.briefing import Briefing
from hetao_brief.store.chats import ChatRepository
from hetao_brief.store.database import Database, ProcessLock
from hetao_brief.store.deliveries import DeliveryRepository
from hetao_brief.store.saved_queries import SavedQueryRepository
from hetao_brief.store.subscriptions import SubscriptionRepository
from hetao_brief.text.normalize import Script, detect_script

log = logging.getLogger(__name__)
STALE_CLAIM = timedelta(minutes=10)
MAX_FAILURES = 3
"""Consecutive 'blocked' or 'chat not found' answers after which a chat's subscriptions pause."""
SENDING_LOCK = "digest-sending"
TURN_POLL = 0.5
"""Seconds between looks at whether another instance has finished sending."""


class SendStatus(StrEnum):
    SENT = "sent"
    BLOCKED = "blocked"
    """The chat will not take messages (user blocked the bot, chat deleted)."""
    FAILED = "failed"
    """Something transient went wrong even after retries; try again next run."""


class Outcome(StrEnum):
    """What became of one subscription's digest in a run."""

    SENT = "sent"
    SKIPPED = "skipped"
    BLOCKED = "blocked"
    FAILED = "failed"
    ALREADY = "already"


class Outbox(Protocol):
    async def send(self, chat_id: int, parts: list[str]) -> SendStatus: ...


@dataclass
class DeliveryReport:
    due: int = 0
    sent: int = 0
    skipped: int = 0
    """Daily digests with nothing new: recorded, not sent."""
    blocked: int = 0
    failed: int = 0
    already: int = 0
    """Claimed by an earlier run or another instance."""
    errors: list[str] = field(default_factory=list)
    busy: bool = False
    """Another instance was sending digests: this run sent nothing."""

    def record(self, outcome: Outcome) -> None:
        match outcome:
            case Outcome.SENT:
                self.sent += 1
            case Outcome.SKIPPED:
                self.skipped += 1
            case Outcome.BLOCKED:
                self.blocked += 1
            case Outcome.FAILED:
                self.failed += 1
            case Outcome.ALREADY:
                self.already += 1


SAVED_QUERY_DAYS = timedelta(days=7)


class DigestService:
    def __init__(
        self,
        database: Database,
        briefing: Briefing,
        renderer: Renderer,
        default_timezone: str,
        clock: Callable[[], datetime] = utc_now,
        stale_claim: timedelta = STALE_CLAIM,
        part_limit: int = TELEGRAM_LIMIT,
    ) -> None:
        self.database = database
        self.briefing = briefing
        self.renderer = renderer
        self.default_timezone = default_timezone
        self.clock = clock
        self.stale_claim = stale_claim
        self.part_limit = part_limit
        """Characters a message may hold: a longer digest goes out in parts."""

    # -- composing -----------------------------------------------------------------------

    def prune_saved_queries(self, keep: timedelta = SAVED_QUERY_DAYS) -> int:
        """Forget the long queries behind "more results" buttons older than `keep`."""
        with self.database.unit_of_work() as session:
            return SavedQueryRepository(session).prune(self.clock() - keep)

    def compose(self, topic: str | None, since: datetime | None, zone: ZoneInfo) -> Digest:
        snapshot = self.briefing.snapshot
        return compose_digest(
            snapshot.facts,
            snapshot.first_seen,
            today=self.clock().astimezone(zone).date(),
            since=since,
            topic=topic,
            index=snapshot.index,
            analyzer=self.briefing.analyzer,
        )

    def render(self, digest: Digest, locale: str) -> list[str]:
        script = Script(locale) if locale in LOCALES else Script.SIMPLIFIED
        return split_html(self.renderer.digest(locale, digest, script), self.part_limit)

    def zone_of(self, chat_timezone: str | None) -> ZoneInfo:
        return ZoneInfo(chat_timezone or self.default_timezone)

    # -- delivering ----------------------------------------------------------------------

    def due(self, now: datetime) -> list[tuple[Subscription, str]]:
        """Active subscriptions with a slot due now, and the slot's period key."""
        with self.database.unit_of_work() as session:
            chats, deliveries = ChatRepository(session), DeliveryRepository(session)
            found = []
            for sub in SubscriptionRepository(session).active():
                chat = chats.get(sub.chat_id)
                slot = due_slot(
                    sub.cadence, sub.at_time, self.zone_of(chat.timezone if chat else None), now, sub.created_at
                )
                if slot is None:
                    continue
                last = deliveries.last_digest_sent(sub.id)
                if (
                    last is not None
                    and last[0] != slot.period
                    and last[1] >= slot.at - SAME_SLOT[cadence_kind(sub.cadence)]
                ):
                    continue  # a digest a few hours ago served this slot (its time zone changed since)
                found.append((sub, slot.period))
            return found

    async def deliver_due(self, outbox: Outbox, concurrency: int = 8) -> DeliveryReport:
        """Send every digest that is due and not yet delivered; one chat failing never stops
        the others. Safe to run from several processes at once: while one of them is sending,
        the others skip the run (the next run finds what is left)."""
        async with self._sending(wait=False) as only_sender:
            if not only_sender:
                log.debug("another instance is sending digests; this run skips")
                return DeliveryReport(busy=True)
            now = self.clock()
            due = await asyncio.to_thread(self.due, now)
            return await self._deliver(outbox, due, now, concurrency, news_only=False)

    async def announce(self, outbox: Outbox, key: str, concurrency: int = 8) -> DeliveryReport:
        """Send what is new (since each subscriber's last digest) to every active subscriber,
        once per `key` (an admin's 'notify subscribers' after a reload). It runs once, so it
        waits its turn behind another instance's sending."""
        async with self._sending(wait=True):
            now = self.clock()
            with self.database.unit_of_work() as session:
                subs = SubscriptionRepository(session).active()
            return await self._deliver(outbox, [(s, f"news-{key}") for s in subs], now, concurrency, news_only=True)

    @contextlib.asynccontextmanager
    async def _sending(self, wait: bool) -> AsyncIterator[bool]:
        """One instance sends digests at a time. Telegram's 30 messages a second is per bot,
        not per process: two instances each pacing a fan-out at 30/s would together be
        refused half the time. Yields whether this instance holds the turn."""
        lock = self.database.process_lock(SENDING_LOCK)
        while not (held := await _attempt(lock)) and wait:
            await asyncio.sleep(TURN_POLL)
        try:
            yield held
        finally:
            if held:
                await asyncio.to_thread(lock.release)

    async def _deliver(
        self, outbox: Outbox, due: list[tuple[Subscription, str]], now: datetime, concurrency: int, news_only: bool
    ) -> DeliveryReport:
        report = DeliveryReport(due=len(due))
        gate = asyncio.Semaphore(concurrency)

        async def one(sub: Subscription, period: str) -> None:
            async with gate:
                try:
                    outcome = await self._deliver_one(outbox, sub, period, now, news_only)
                except Exception as error:  # one subscriber's trouble must not stop the run
                    log.exception("digest for subscription %s failed", sub.id)
                    report.errors.append(f"{sub.id}: {type(error).__name__}")
                    outcome = Outcome.FAILED
                report.record(outcome)

        await asyncio.gather(*(one(sub, period) for sub, period in due))
        return report

    def _claim(self, sub: Subscription, period: str, now: datetime) -> list[str] | None:
        """Claim this period's digest; None if another attempt holds it, else what a stopped
        attempt left unsent ([] for nothing), read in the claim's transaction: one round trip
        to the database a subscriber, not two."""
        with self.database.unit_of_work() as session:
            deliveries = DeliveryRepository(session)
            if not (
                deliveries.claim(sub.id, period, now)
                or deliveries.reclaim_stale(sub.id, period, now - self.stale_claim, now)
            ):
                return None
            return deliveries.unsent(sub.id, period) or []

    def _prepare(self, sub: Subscription, news_only: bool) -> list[str] | None:
        with self.database.unit_of_work() as session:
            chat = ChatRepository(session).get(sub.chat_id)
        zone = self.zone_of(chat.timezone if chat else None)
        digest = self.compose(sub.topic, sub.last_sent_at or sub.created_at, zone)
        if not digest.has_news and (news_only or cadence_kind(sub.cadence) == "daily"):
            return None
        if news_only:
            digest = Digest(digest.topic, digest.new, (), (), (), ())
        language = chat.language if chat and chat.language else None
        locale = language or (detect_script(sub.topic).value if sub.topic else Script.SIMPLIFIED.value)
        return self.render(digest, locale)

    def _finish(self, sub: Subscription, period: str, status: str, now: datetime) -> None:
        with self.database.unit_of_work() as session:
            deliveries, subs, chats = (
                DeliveryRepository(session),
                SubscriptionRepository(session),
                ChatRepository(session),
            )
            if status == SendStatus.FAILED:
                deliveries.release(sub.id, period)  # free the claim: the next run tries again
                return
            deliveries.finish(sub.id, period, status, now)
            if status == SendStatus.SENT:
                subs.mark_sent(sub.id, now)
                chats.touch(sub.chat_id, now)
            elif status == SendStatus.BLOCKED and chats.record_failure(sub.chat_id, now) >= MAX_FAILURES:
                log.info("chat %s keeps refusing messages: pausing its subscriptions", sub.chat_id)
                subs.pause_chat(sub.chat_id)

    async def _deliver_one(
        self, outbox: Outbox, sub: Subscription, period: str, now: datetime, news_only: bool
    ) -> Outcome:
        unsent = await asyncio.to_thread(self._claim, sub, period, now)
        if unsent is None:
            return Outcome.ALREADY
        parts: list[str] | None = unsent or await asyncio.to_thread(self._prepare, sub, news_only)
        if parts is None:
            await asyncio.to_thread(self._finish, sub, period, Outcome.SKIPPED, now)
            return Outcome.SKIPPED
        status = await self._send(outbox, sub, period, parts)
        await asyncio.to_thread(self._finish, sub, period, status.value, now)
        return Outcome(status.value)

    async def _send(self, outbox: Outbox, sub: Subscription, period: str, parts: list[str]) -> SendStatus:
        """Part by part. Before each part of a longer digest, what is still unsent is recorded,
        so an attempt that fails or dies midway is resumed where it stopped: at most the part
        in flight is sent twice, never the whole digest."""
        for sent, part in enumerate(parts):
            if len(parts) > 1:
                await asyncio.to_thread(self._keep_unsent, sub, period, parts[sent:])
            status = await outbox.send(sub.chat_id, [part])
            if status is not SendStatus.SENT:
                return status
        return SendStatus.SENT

    def _keep_unsent(self, sub: Subscription, period: str, parts: list[str]) -> None:
        with self.database.unit_of_work() as session:
            DeliveryRepository(session).keep_unsent(sub.id, period, parts)


async def _attempt(lock: ProcessLock) -> bool:
    """One try at the lock, in a thread (PostgreSQL answers over the network). A caller
    cancelled meanwhile leaves the try to finish in its thread, and whatever it took is given
    back then: kept, it would stop every instance from sending until this process exits."""
    attempt = asyncio.ensure_future(asyncio.to_thread(lock.try_acquire))
    try:
        return await asyncio.shield(attempt)
    except asyncio.CancelledError:
        attempt.add_done_callback(functools.partial(_give_back, lock))
        raise


def _give_back(lock: ProcessLock, attempt: asyncio.Future[bool]) -> None:
    if not attempt.cancelled() and attempt.exception() is None and attempt.result():
        asyncio.get_running_loop().run_in_executor(None, lock.release)
