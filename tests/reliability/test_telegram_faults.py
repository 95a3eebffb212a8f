"""Telegram's faults, driven through the Bot API stand-in against the real PTB stack: 429 with
retry_after, 403, 400 chat not found, 5xx, stalls, blocked/unblocked bots, group migration."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from hetao_brief.readers import Subscription
from hetao_brief.store.deliveries import DeliveryRepository
from hetao_brief.store.subscriptions import SubscriptionRepository

from ..conftest import eventually
from ..support.botapi import BotApiStandIn, Fault, FloodLimits
from ..support.harness import Clock, RunningBot, ask, digest_runs, running_bot

pytestmark = pytest.mark.slow


def subscribe(bot: RunningBot, chat_id: int, clock: Clock, cadence: str = "weekly") -> int:
    """A subscription made two days ago for 09:00, Asia/Shanghai (the clock starts at 08:00)."""
    with bot.app.database.unit_of_work() as session:
        added = SubscriptionRepository(session).add(chat_id, cadence, "09:00", None, clock.now - timedelta(days=2))
    assert added is not None
    return added.id


def subscriptions(bot: RunningBot, chat_id: int) -> list[Subscription]:
    with bot.app.database.unit_of_work() as session:
        return SubscriptionRepository(session).for_chat(chat_id)


def nine_o_clock(clock: Clock) -> None:
    clock.now += timedelta(hours=1)


async def test_a_429_makes_only_its_own_chat_wait(bot: RunningBot, measured: Callable[..., None]) -> None:
    slow, other = 5001, 5002
    bot.api.faults.append(Fault("sendMessage", 429, "Too Many Requests: retry after 2", retry_after=2, chat_id=slow))
    bot.api.push_text(slow, "科汇通")
    refused = (await bot.api.wait_for("sendMessage!", chat_id=slow))[0].at
    reply = await ask(bot.api, "科汇通", user=other)
    other_waited = bot.api.sent("sendMessage", other)[-1].at - refused
    resent = (await bot.api.wait_for("sendMessage", chat_id=slow))[0].at - refused
    measured(retry_after=2, slow_chat_resent_after=f"{resent:.2f}s", other_chat_answered_after=f"{other_waited:.2f}s")
    assert "科汇通" in reply
    assert resent >= 2.0  # the 429'd chat waited retry_after, then its message went out
    assert other_waited < 1.5  # PTB's own limiter would have held every chat for the 2 s


async def test_one_failing_chat_never_stops_a_digest_run(
    tmp_path: Path, api: BotApiStandIn, clock: Clock, database_url: str, measured: Callable[..., None]
) -> None:
    # Sends give up after 1 s here (5 s in production), so a 2 s stall outlives the wait quickly.
    async with running_bot(tmp_path, database_url, clock, api, send_timeout=1.0, chat_rate=1.0) as bot:
        await _one_failing_chat_never_stops_a_digest_run(bot, clock, measured)


async def _one_failing_chat_never_stops_a_digest_run(
    bot: RunningBot, clock: Clock, measured: Callable[..., None]
) -> None:
    flaky, blocked, stalled, gone, fine = 6001, 6002, 6003, 6004, (6005, 6006, 6007)
    assert bot.front.outbox is not None
    bot.front.outbox.backoff = 0.05
    bot.api.faults += [
        Fault("sendMessage", 500, "Internal Server Error", chat_id=flaky, times=2),
        Fault("sendMessage", 403, "Forbidden: bot was blocked by the user", chat_id=blocked, times=100),
        Fault("sendMessage", 0, retry_after=2, chat_id=stalled),  # outlives the 1 s send timeout
        Fault("sendMessage", 400, "Bad Request: chat not found", chat_id=gone, times=100),
    ]
    ids = {chat: subscribe(bot, chat, clock) for chat in (flaky, blocked, stalled, gone, *fine)}
    started = time.monotonic()
    nine_o_clock(clock)
    delivered = (flaky, stalled, *fine)
    for chat in delivered:
        await bot.api.wait_for("sendMessage", chat_id=chat, timeout=30)
    await eventually(lambda: all(_status(bot, ids[c]) == "blocked" for c in (blocked, gone)))
    await digest_runs(bot)  # later digest runs must not send anything again
    per_chat = {chat: len(bot.api.sent("sendMessage", chat)) for chat in ids}
    refused = len([c for c in bot.api.calls if c.method == "sendMessage!"])
    measured(
        subscribers=len(ids),
        delivered=sum(1 for c in delivered if per_chat[c] >= 1),
        duplicated=sum(max(0, n - 1) for n in per_chat.values()),
        refused_calls=refused,
        seconds=f"{time.monotonic() - started:.1f}",
    )
    assert all(per_chat[chat] == 1 for chat in delivered), per_chat
    assert per_chat[blocked] == per_chat[gone] == 0
    assert all(_status(bot, ids[c]) == "sent" for c in delivered)


async def test_a_fan_out_stays_under_telegrams_flood_limits(
    bot: RunningBot, clock: Clock, measured: Callable[..., None]
) -> None:
    """A stand-in that counts like Telegram (30 sends in any second, one per chat per second)
    refuses nothing, and the sends still go out at close to the allowed rate."""
    bot.api.limits = FloodLimits(overall=30, chat_interval=1.0)
    chats = range(8001, 8046)
    for chat in chats:
        subscribe(bot, chat, clock)
    nine_o_clock(clock)
    for chat in chats:
        await bot.api.wait_for("sendMessage", chat_id=chat, timeout=30)
    times = sorted(c.at for c in bot.api.sent("sendMessage"))
    rate = (len(times) - 1) / (times[-1] - times[0])
    measured(subscribers=len(chats), refused=bot.api.flood_refusals, sends_per_second=f"{rate:.1f}")
    assert bot.api.flood_refusals == 0
    assert all(len(bot.api.sent("sendMessage", chat)) == 1 for chat in chats)
    assert 20 < rate <= 30


def _status(bot: RunningBot, subscription_id: int) -> str | None:
    with bot.app.database.unit_of_work() as session:
        return DeliveryRepository(session).status(subscription_id, "2026-W49")


async def test_a_blocked_bot_pauses_subscriptions_and_unblocking_resumes_them(bot: RunningBot, clock: Clock) -> None:
    chat = 7001
    kept, user_paused = subscribe(bot, chat, clock), subscribe(bot, chat, clock, "daily")
    with bot.app.database.unit_of_work() as session:
        SubscriptionRepository(session).set_active(chat, user_paused, False)
    bot.api.push_member(chat, "kicked")
    await eventually(lambda: not any(s.active for s in subscriptions(bot, chat)))
    assert {s.id: s.paused_by for s in subscriptions(bot, chat)} == {kept: "chat", user_paused: "user"}

    bot.api.push_member(chat, "member", old_status="kicked")
    await eventually(lambda: any(s.active for s in subscriptions(bot, chat)))
    assert {s.id: s.active for s in subscriptions(bot, chat)} == {kept: True, user_paused: False}
    nine_o_clock(clock)
    await bot.api.wait_for("sendMessage", chat_id=chat)


async def test_a_group_that_becomes_a_supergroup_keeps_its_subscriptions(bot: RunningBot, clock: Clock) -> None:
    announced, discovered = (-4001, -1004001), (-4002, -1004002)
    subscribe(bot, announced[0], clock)
    subscribe(bot, discovered[0], clock)
    bot.api.push_migration(*announced)  # Telegram's service message in the old group
    await eventually(lambda: len(subscriptions(bot, announced[1])) == 1)
    # The other group's migration is learnt only when a digest to its old id is refused.
    bot.api.faults.append(
        Fault(
            "sendMessage",
            400,
            "Bad Request: group chat was upgraded to a supergroup chat",
            chat_id=discovered[0],
            migrate_to_chat_id=discovered[1],
        )
    )
    nine_o_clock(clock)
    for _, new_id in (announced, discovered):
        await bot.api.wait_for("sendMessage", chat_id=new_id)
    await eventually(lambda: len(subscriptions(bot, discovered[1])) == 1)
    assert subscriptions(bot, announced[0]) == subscriptions(bot, discovered[0]) == []
    assert bot.api.sent("sendMessage", announced[0]) == []
