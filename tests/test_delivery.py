"""Digest delivery through the database, on SQLite and PostgreSQL, with a fake outbox: sent
once per period, daily digests only with news, blocked chats paused, failures retried, a
digest stopped midway resumed from the part it stopped at."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hetao_brief.rendering.locale import Messages
from hetao_brief.rendering.renderer import Renderer
from hetao_brief.rendering.split import TELEGRAM_LIMIT
from hetao_brief.services.briefing import Briefing
from hetao_brief.services.digests import DigestService, SendStatus
from hetao_brief.store.chats import ChatRepository
from hetao_brief.store.database import Database
from hetao_brief.store.deliveries import DeliveryRepository
from hetao_brief.store.subscriptions import SubscriptionRepository
from hetao_brief.text.lexicon import Lexicon

from .conftest import LOCALES, eventually
from .support.harness import Clock

SLOT = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)  # Monday 09:00 in Asia/Shanghai
BEFORE = SLOT - timedelta(days=3)


class FakeOutbox:
    def __init__(self, answer: SendStatus = SendStatus.SENT, delay: float = 0.0) -> None:
        self.sent: list[tuple[int, str]] = []
        self.answer = answer
        self.delay = delay

    async def send(self, chat_id: int, parts: list[str]) -> SendStatus:
        await asyncio.sleep(self.delay)
        if self.answer is SendStatus.SENT:
            self.sent.extend((chat_id, p) for p in parts)
        return self.answer


@pytest.fixture
def service(database: Database, lexicon: Lexicon, corpus_copy: Path) -> DigestService:
    (corpus_copy / sorted(p.name for p in corpus_copy.iterdir())[-1]).rename(corpus_copy / "held-back.txt.off")
    clock = Clock(BEFORE - timedelta(days=1))
    briefing = Briefing(database, lexicon, corpus_copy, clock)
    briefing.reload()
    clock.now = BEFORE
    return DigestService(database, briefing, Renderer(Messages.load(LOCALES)), "Asia/Shanghai", clock)


def subscribe(service: DigestService, chat_id: int, cadence: str, at: datetime = BEFORE, at_time: str = "09:00") -> int:
    with service.database.unit_of_work() as session:
        ChatRepository(session).set_language(chat_id, "zh-Hans", at)
        added = SubscriptionRepository(session).add(chat_id, cadence, at_time, None, at)
    assert added is not None
    return added.id


def at(service: DigestService, moment: datetime) -> None:
    service.clock.now = moment  # type: ignore[attr-defined]


def another_instance(service: DigestService, part_limit: int = TELEGRAM_LIMIT) -> DigestService:
    """A second service on the same database and facts: another bot process, or a restart."""
    return DigestService(
        service.database, service.briefing, service.renderer, "Asia/Shanghai", service.clock, part_limit=part_limit
    )


async def test_weekly_digest_goes_out_once_per_period(service: DigestService) -> None:
    subscribe(service, 1, "weekly")
    outbox = FakeOutbox()
    at(service, SLOT - timedelta(minutes=1))
    assert (await service.deliver_due(outbox)).sent == 0 and outbox.sent == []  # last week's slot predates it
    outbox.sent.clear()
    at(service, SLOT + timedelta(minutes=1))
    first = await service.deliver_due(outbox)
    again = await service.deliver_due(outbox)
    restarted = another_instance(service)
    third = await restarted.deliver_due(outbox)
    assert (first.sent, again.already, third.already) == (1, 1, 1)
    assert len(outbox.sent) == 1 and "主要政策" in outbox.sent[0][1]


async def test_daily_digest_only_when_there_is_news(service: DigestService) -> None:
    subscribe(service, 2, "daily")
    outbox = FakeOutbox()
    at(service, SLOT + timedelta(minutes=1))
    report = await service.deliver_due(outbox)
    assert (report.skipped, report.sent, outbox.sent) == (1, 0, [])
    corpus = service.briefing.corpus_dir
    (corpus / "held-back.txt.off").rename(corpus / "held-back.md")
    service.briefing.reload(corpus)  # its facts are first seen now, after the subscription
    at(service, SLOT + timedelta(days=1, minutes=1))
    report = await service.deliver_due(outbox)
    assert report.sent == 1 and "🆕" in outbox.sent[0][1]


async def test_two_runners_at_once_send_each_digest_once_and_one_at_a_time(service: DigestService) -> None:
    for chat in range(10, 40):
        subscribe(service, chat, "weekly")
    outbox = FakeOutbox(delay=0.01)
    at(service, SLOT + timedelta(minutes=1))
    first, second = await asyncio.gather(service.deliver_due(outbox), another_instance(service).deliver_due(outbox))
    assert first.sent + second.sent == 30
    assert sorted([first.busy, second.busy]) == [False, True]  # Telegram's rate is per bot: one sends
    assert sorted(chat for chat, _ in outbox.sent if "河套简报" in _) == list(range(10, 40))
    assert (await another_instance(service).deliver_due(outbox)).already == 30


async def test_an_announcement_waits_for_another_instances_run_and_then_goes_out(service: DigestService) -> None:
    for chat in range(50, 60):
        subscribe(service, chat, "weekly")
    for chat in range(60, 70):  # subscribed after their last slot: the announcement is what they get
        subscribe(service, chat, "daily", at=SLOT, at_time="21:00")
    at(service, SLOT + timedelta(minutes=1))
    corpus = service.briefing.corpus_dir
    (corpus / "held-back.txt.off").rename(corpus / "held-back.md")
    service.briefing.reload(corpus)  # news for the announcement
    outbox = FakeOutbox(delay=0.02)
    run = asyncio.create_task(service.deliver_due(outbox))
    while not outbox.sent:  # the run has its turn and is sending
        await asyncio.sleep(0.005)
    announced = await another_instance(service).announce(outbox, "reload-1")
    assert (await run).sent == 10 and announced.sent >= 10
    chats = [chat for chat, _ in outbox.sent]
    assert sorted(chats[:10]) == list(range(50, 60))  # the digests first, all of them:
    assert set(range(60, 70)) <= set(chats[10:])  # the announcement waited its turn


async def test_blocked_chat_is_paused_after_repeated_refusals(service: DigestService) -> None:
    sub = subscribe(service, 5, "daily")
    outbox = FakeOutbox(SendStatus.BLOCKED)
    corpus = service.briefing.corpus_dir
    (corpus / "held-back.txt.off").rename(corpus / "held-back.md")
    for day in range(3):
        at(service, SLOT + timedelta(days=day, minutes=1))
        service.briefing.reload(corpus)
        with service.database.unit_of_work() as session:  # something new every day
            SubscriptionRepository(session).mark_sent(sub, SLOT - timedelta(days=10))
        assert (await service.deliver_due(outbox)).blocked == 1
    with service.database.unit_of_work() as session:
        stored = SubscriptionRepository(session).get(sub)
    assert stored is not None and stored.active is False  # kept, not deleted


async def test_a_failed_send_is_retried_on_the_next_run(service: DigestService) -> None:
    sub = subscribe(service, 6, "weekly")
    at(service, SLOT + timedelta(minutes=1))
    assert (await service.deliver_due(FakeOutbox(SendStatus.FAILED))).failed == 1
    with service.database.unit_of_work() as session:
        assert DeliveryRepository(session).status(sub, "2026-W49") is None
    outbox = FakeOutbox()
    assert (await service.deliver_due(outbox)).sent == 1 and len(outbox.sent) == 1


class SlowLock:
    """A process lock whose attempt waits until the test lets it finish, as over a slow
    network; it records whether it ended up held."""

    def __init__(self) -> None:
        self.held = False
        self.attempting = threading.Event()
        self.may_finish = threading.Event()
        self.attempted = threading.Event()

    def try_acquire(self) -> bool:
        self.attempting.set()
        self.may_finish.wait(10)
        self.held = True
        self.attempted.set()
        return True

    def release(self) -> None:
        self.held = False


async def test_a_run_cancelled_while_taking_its_turn_gives_the_turn_back(
    service: DigestService, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = SlowLock()
    monkeypatch.setattr(service.database, "process_lock", lambda name: lock)
    run = asyncio.create_task(service.deliver_due(FakeOutbox()))
    await eventually(lock.attempting.is_set)  # the attempt is under way in its thread
    run.cancel()
    with pytest.raises(asyncio.CancelledError):
        await run
    lock.may_finish.set()  # the attempt finishes and takes the lock; it must be given back
    await eventually(lock.attempted.is_set)
    await eventually(lambda: lock.held is False)


class StoppingOutbox(FakeOutbox):
    """Sends until its `stop_at`-th message, which fails (or raises, as a crash would)."""

    def __init__(self, stop_at: int, crash: bool = False) -> None:
        super().__init__()
        self.stop_at, self.crash, self.calls = stop_at, crash, 0

    async def send(self, chat_id: int, parts: list[str]) -> SendStatus:
        self.calls += 1
        if self.calls == self.stop_at:
            if self.crash:
                raise RuntimeError("the process died mid-digest")
            return SendStatus.FAILED
        return await super().send(chat_id, parts)


def in_short_parts(service: DigestService) -> DigestService:
    """The same service, its messages cut at 150 characters: a weekly digest takes several."""
    return another_instance(service, part_limit=150)


@pytest.mark.parametrize("crash", [False, True], ids=["send failed", "process died"])
async def test_a_digest_stopped_midway_resumes_where_it_stopped(service: DigestService, crash: bool) -> None:
    service = in_short_parts(service)
    sub = subscribe(service, 7, "weekly")
    at(service, SLOT + timedelta(minutes=1))
    begun = service.render(service.compose(None, BEFORE, service.zone_of(None)), "zh-Hans")
    stopping = StoppingOutbox(stop_at=3, crash=crash)
    report = await service.deliver_due(stopping)
    assert report.failed == 1 and len(stopping.sent) == 2
    if crash:  # the dead process's claim is taken over once it is stale
        at(service, SLOT + timedelta(minutes=1) + service.stale_claim + timedelta(seconds=1))
    corpus = service.briefing.corpus_dir
    (corpus / "held-back.txt.off").rename(corpus / "held-back.md")
    service.briefing.reload(corpus)  # news meanwhile: a digest composed now would differ
    assert service.render(service.compose(None, BEFORE, service.zone_of(None)), "zh-Hans") != begun
    outbox = FakeOutbox()
    assert (await service.deliver_due(outbox)).sent == 1
    assert len(begun) >= 4
    assert [part for _, part in stopping.sent + outbox.sent] == begun  # each part once, in order
    with service.database.unit_of_work() as session:
        assert DeliveryRepository(session).unsent(sub, "2026-W49") is None
        assert DeliveryRepository(session).status(sub, "2026-W49") == "sent"


async def test_what_was_left_unsent_is_dropped_when_the_chat_blocks_the_bot(service: DigestService) -> None:
    service = in_short_parts(service)
    sub = subscribe(service, 8, "weekly")
    at(service, SLOT + timedelta(minutes=1))
    await service.deliver_due(StoppingOutbox(stop_at=2))
    blocked = FakeOutbox(SendStatus.BLOCKED)
    assert (await service.deliver_due(blocked)).blocked == 1
    with service.database.unit_of_work() as session:
        assert DeliveryRepository(session).unsent(sub, "2026-W49") is None
