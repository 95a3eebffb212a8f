"""Benchmarks through Telegram's side: the real bot process against the Bot API stand-in.

The bot runs as its own process (`hetao-brief run`, as in production); this process only
hosts the stand-in on loopback, so the two do not share a core. The stand-in records when it
handed each update out in `getUpdates` and when each `sendMessage` arrived.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.support.botapi import BotApiStandIn, FloodLimits
from tests.support.harness import data_dir, start_process, stop_process

from bench.stats import percentile
from hetao_brief.app import build_app
from hetao_brief.config import Settings
from hetao_brief.store.subscriptions import SubscriptionRepository

FIRST_USER = 10_000_000


@dataclass(frozen=True)
class Throughput:
    updates: int
    per_second: float
    """Answered per second when `updates` queries wait at once (the bot saturated)."""
    queued_p50_ms: float
    queued_p99_ms: float
    paced_rate: float
    paced_p50_ms: float
    """Handed out → replied, for queries arriving at `paced_rate` per second."""
    paced_p99_ms: float


@dataclass(frozen=True)
class FanOut:
    subscribers: int
    delivered: int
    refused_429: int
    seconds: float
    rate: float
    compose_ms: float


async def _ready_bot(state: Path, api: BotApiStandIn, env: dict[str, str]) -> asyncio.subprocess.Process:
    """A bot process that has loaded its facts and is polling."""
    process = await start_process(state, api, env)
    await api.wait_for("deleteWebhook", timeout=120)  # polling starts next
    return process


async def bot_throughput(texts: list[str], count: int, paced_rate: float = 50.0) -> Throughput:
    """`count` keyword queries from as many users, all waiting in `getUpdates` at once: how
    fast the bot answers them. Then `count` more arriving steadily at `paced_rate` per second:
    each one's time from being handed out to its reply, without a queue in front of it.
    The send rate is lifted: this measures the bot, not Telegram's 30 messages/s."""
    api = BotApiStandIn()
    await api.start()
    with tempfile.TemporaryDirectory() as tmp:
        process = await _ready_bot(Path(tmp), api, {"HETAO_SEND_RATE": "100000"})
        try:
            await _ask(api, texts, range(FIRST_USER - 20, FIRST_USER), pace=0)  # warm-up: lazy loading
            queued = await _ask(api, texts, range(FIRST_USER, FIRST_USER + count), pace=0)
            paced = await _ask(api, texts, range(FIRST_USER + count, FIRST_USER + 2 * count), pace=paced_rate)
        finally:
            await stop_process(process)
    await api.stop()
    span = max(out + ms / 1000 for out, ms in queued) - min(out for out, _ in queued)
    waits, steady = [ms for _, ms in queued], [ms for _, ms in paced]
    return Throughput(
        count,
        count / span,
        percentile(waits, 0.5),
        percentile(waits, 0.99),
        paced_rate,
        percentile(steady, 0.5),
        percentile(steady, 0.99),
    )


async def _ask(api: BotApiStandIn, texts: list[str], users: range, pace: float) -> list[tuple[float, float]]:
    """Push one query per user (all at once, or `pace` per second) and wait for every reply;
    (handed out at, ms to the reply) per query."""
    first = api.next_update_id
    for i, user in enumerate(users):
        api.push_text(user, texts[i % len(texts)])
        if pace:
            await asyncio.sleep(1 / pace)
    for user in users:
        await api.wait_for("sendMessage", chat_id=user, timeout=60 + len(users) / 20)
    replied = {int(c.params["chat_id"]): c.at for c in api.sent("sendMessage")}
    handed = [api.handed_out[first + i] for i in range(len(users))]
    return [(out, (replied[user] - out) * 1000) for user, out in zip(users, handed, strict=True)]


async def digest_fan_out(subscribers: int) -> FanOut:
    """`subscribers` daily digests fall due at once; the stand-in answers 429 to anything over
    30 sends in a second or one per chat per second."""
    api = BotApiStandIn()
    api.limits = FloodLimits(overall=30, chat_interval=1.0)
    await api.start()
    with tempfile.TemporaryDirectory() as tmp:
        state = Path(tmp)
        compose_ms = _subscribe(state, subscribers)
        process = await _ready_bot(state, api, {})
        try:
            await api.wait_for("sendMessage", subscribers, timeout=120 + subscribers / 20)
        finally:
            await stop_process(process)
    times = sorted(c.at for c in api.sent("sendMessage"))
    await api.stop()
    seconds = times[-1] - times[0]
    return FanOut(
        subscribers=subscribers,
        delivered=len({int(c.params["chat_id"]) for c in api.sent("sendMessage")}),
        refused_429=api.flood_refusals,
        seconds=seconds,
        rate=(len(times) - 1) / seconds if seconds else float("nan"),
        compose_ms=compose_ms,
    )


def _subscribe(state: Path, count: int) -> float:
    """Load the corpus into a fresh store and add `count` daily subscriptions due a minute
    ago; returns the median time to compose and render one subscriber's digest, in ms."""
    app = build_app(Settings(data_dir=data_dir(state), state_dir=state / "state"))
    app.briefing.start()
    zone = ZoneInfo(app.settings.timezone)
    now = datetime.now(UTC)
    at = (now.astimezone(zone) - timedelta(minutes=1)).strftime("%H:%M")
    with app.database.unit_of_work() as session:
        subscriptions = SubscriptionRepository(session)
        for chat in range(FIRST_USER, FIRST_USER + count):
            subscriptions.add(chat, "daily", at, None, now - timedelta(days=2))
    runs = []
    for _ in range(min(count, 200)):
        started = time.perf_counter()
        app.digests.render(app.digests.compose(None, now - timedelta(days=2), zone), "zh-hans")
        runs.append((time.perf_counter() - started) * 1000)
    app.database.dispose()
    return statistics.median(runs)
