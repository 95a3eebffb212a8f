"""A chat that changes its time zone between two digests, on SQLite and PostgreSQL: moving
west (Shanghai → Los Angeles) after the day's digest, the next Los Angeles morning still gets
one (no 39-hour gap); moving east (→ Tokyo) a few hours after one, it does not get a second
on the same morning. Daily digests go out on days with news: each day here has some."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hetao_brief.facts import Article
from hetao_brief.rendering.locale import Messages
from hetao_brief.rendering.renderer import Renderer
from hetao_brief.services.briefing import Briefing
from hetao_brief.services.digests import DigestService, SendStatus
from hetao_brief.store.chats import ChatRepository
from hetao_brief.store.database import Database
from hetao_brief.store.subscriptions import SubscriptionRepository
from hetao_brief.text.lexicon import Lexicon

from ..conftest import LOCALES
from ..support.harness import Clock

pytestmark = pytest.mark.slow

CHAT = 77
SHANGHAI_0901 = datetime(2026, 11, 24, 1, 1, tzinfo=UTC)  # 09:01 in Shanghai


class Outbox:
    def __init__(self) -> None:
        self.sent: list[datetime] = []
        self.clock: Clock | None = None

    async def send(self, chat_id: int, parts: list[str]) -> SendStatus:
        assert self.clock is not None
        self.sent.append(self.clock.now)
        return SendStatus.SENT


def news(briefing: Briefing, n: int) -> None:
    """An article first seen now: what makes a daily digest go out."""
    body = f"2026年11月{20 + n}日，河套合作区第{n}号新型研发平台正式启用，首批入驻团队{10 + n}个。"
    briefing.add_article(Article(f"tz-news-{n}", f"新闻{n}", "2026-11-24", "zh-Hans", body), origin="upload")


def run(service: DigestService, outbox: Outbox) -> int:
    return asyncio.run(service.deliver_due(outbox)).sent


def set_zone(database: Database, zone: str, now: datetime) -> None:
    with database.unit_of_work() as session:
        ChatRepository(session).set_timezone(CHAT, zone, now)


def test_a_time_zone_change_neither_skips_nor_repeats_a_day(
    database: Database, lexicon: Lexicon, tmp_path: Path, measured: object
) -> None:
    (tmp_path / "none").mkdir()
    clock = Clock(SHANGHAI_0901 - timedelta(days=2))
    briefing = Briefing(database, lexicon, tmp_path / "none", clock)
    briefing.reload()
    service = DigestService(database, briefing, Renderer(Messages.load(LOCALES)), "Asia/Shanghai", clock)
    with database.unit_of_work() as session:
        ChatRepository(session).set_language(CHAT, "zh-Hans", clock.now)
        SubscriptionRepository(session).add(CHAT, "daily", "09:00", None, clock.now)
    outbox = Outbox()
    outbox.clock = clock

    clock.now = SHANGHAI_0901 - timedelta(hours=2)
    news(briefing, 1)
    clock.now = SHANGHAI_0901
    assert run(service, outbox) == 1  # Shanghai, 24 Nov, 09:01

    clock.now = SHANGHAI_0901 + timedelta(hours=1)
    set_zone(database, "America/Los_Angeles", clock.now)
    news(briefing, 2)
    clock.now = datetime(2026, 11, 24, 17, 1, tzinfo=UTC)  # Los Angeles, 24 Nov, 09:01: still the 24th there
    assert run(service, outbox) == 1, "moving west after the day's digest skipped a day"

    clock.now = datetime(2026, 11, 24, 20, 0, tzinfo=UTC)
    set_zone(database, "Asia/Tokyo", clock.now)
    news(briefing, 3)
    clock.now = datetime(2026, 11, 25, 0, 1, tzinfo=UTC)  # Tokyo, 25 Nov, 09:01: 7 hours after the last
    assert run(service, outbox) == 0, "moving east a few hours after a digest sent a second one"
    clock.now = datetime(2026, 11, 26, 0, 1, tzinfo=UTC)  # Tokyo, 26 Nov, 09:01
    news(briefing, 4)
    assert run(service, outbox) == 1
    gaps = [(b - a).total_seconds() / 3600 for a, b in zip(outbox.sent, outbox.sent[1:], strict=False)]
    measured(digests=len(outbox.sent), hours_between=[round(g) for g in gaps])  # type: ignore[operator]
    assert max(gaps) < 36
