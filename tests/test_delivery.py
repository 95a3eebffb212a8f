"""Digest delivery through the database, on SQLite and PostgreSQL, with a fake outbox: sent
once per period, daily digests only with news, blocked chats paused, failures retried."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hetao_brief.delivery import DigestService, SendStatus
from hetao_brief.lexicon import Lexicon
from hetao_brief.locale import Messages
from hetao_brief.render import Renderer
from hetao_brief.service import Briefing
from hetao_brief.store.chats import ChatRepository, DeliveryRepository, SubscriptionRepository
from hetao_brief.store.database import Database

from .conftest import PROJECT_ROOT
from .telegram_harness import Clock

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
    return DigestService(database, briefing, Renderer(Messages.load(PROJECT_ROOT / "bot")), "Asia/Shanghai", clock)


def subscribe(
    service: DigestService, chat_id: int, cadence: str, at: datetime = BEFORE, topic: str | None = None
) -> int:
    with service.database.unit_of_work() as session:
        ChatRepository(session).set_language(chat_id, "zh-Hans", at)
        return SubscriptionRepository(session).add(chat_id, cadence, "09:00", None, at).id


def at(service: DigestService, moment: datetime) -> None:
    service.clock.now = moment  # type: ignore[attr-defined]


async def test_weekly_digest_goes_out_once_per_period(service: DigestService) -> None:
    subscribe(service, 1, "weekly")
    outbox = FakeOutbox()
    at(service, SLOT - timedelta(minutes=1))
    assert (await service.deliver_due(outbox)).sent == 0 or outbox.sent[0][1]  # last week's slot predates it
    outbox.sent.clear()
    at(service, SLOT + timedelta(minutes=1))
    first = await service.deliver_due(outbox)
    again = await service.deliver_due(outbox)
    restarted = DigestService(service.database, service.briefing, service.renderer, "Asia/Shanghai", service.clock)
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
    service.briefing.reload()  # its facts are first seen now, after the subscription
    at(service, SLOT + timedelta(days=1, minutes=1))
    report = await service.deliver_due(outbox)
    assert report.sent == 1 and "🆕" in outbox.sent[0][1]


async def test_two_runners_at_once_send_each_digest_once(service: DigestService) -> None:
    for chat in range(10, 40):
        subscribe(service, chat, "weekly")
    outbox = FakeOutbox(delay=0.01)
    at(service, SLOT + timedelta(minutes=1))
    other = DigestService(service.database, service.briefing, service.renderer, "Asia/Shanghai", service.clock)
    first, second = await asyncio.gather(service.deliver_due(outbox), other.deliver_due(outbox))
    assert first.sent + second.sent == 30 and first.already + second.already == 30
    assert sorted(chat for chat, _ in outbox.sent if "河套简报" in _) == list(range(10, 40))


async def test_blocked_chat_is_paused_after_repeated_refusals(service: DigestService) -> None:
    sub = subscribe(service, 5, "daily")
    outbox = FakeOutbox(SendStatus.BLOCKED)
    corpus = service.briefing.corpus_dir
    (corpus / "held-back.txt.off").rename(corpus / "held-back.md")
    for day in range(3):
        at(service, SLOT + timedelta(days=day, minutes=1))
        service.briefing.reload()
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
