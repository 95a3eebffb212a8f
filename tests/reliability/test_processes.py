"""Real `hetao-brief run` processes against the Bot API stand-in: two instances sharing one
PostgreSQL, a process killed with SIGKILL in the middle of a digest fan-out, and a second
poller with the same token."""

from __future__ import annotations

import asyncio
import re
import signal
import socket
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hetao_brief.store.database import Database
from hetao_brief.store.subscriptions import SubscriptionRepository

from ..conftest import _pg_schema_url, eventually
from ..support.botapi import BotApiStandIn, Fault
from ..support.harness import TOKEN, USER, ask, shows_token, start_process, stop_process

pytestmark = pytest.mark.slow

FAST = {"HETAO_SEND_RATE": "5000"}  # the stand-in has no flood limit; the crash, not the pace, is tested


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from _pg_schema_url()


def due_now(database_url: str, chats: range) -> None:
    """Daily subscriptions, made two days ago, whose slot was a minute ago (Asia/Shanghai)."""
    now = datetime.now(UTC)
    slot = (now - timedelta(minutes=1)).astimezone(ZoneInfo("Asia/Shanghai")).strftime("%H:%M")
    database = Database(database_url)
    with database.unit_of_work() as session:
        subs = SubscriptionRepository(session)
        for chat in chats:
            subs.add(chat, "daily", slot, None, now - timedelta(days=2))
    database.dispose()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def digests_per_chat(api: BotApiStandIn, chats: range) -> Counter[int]:
    """Digests received per chat (a digest may be several messages; its first part has the header)."""
    counts: Counter[int] = Counter()
    for call in api.sent("sendMessage"):
        chat = int(call.params["chat_id"])
        if chat in chats and "📬" in call.params["text"]:
            counts[chat] += 1
    return counts


async def test_two_instances_on_one_postgresql_send_each_digest_once(
    tmp_path: Path, api: BotApiStandIn, pg_url: str, measured: Callable[..., None]
) -> None:
    chats = range(20_001, 20_081)
    due_now(pg_url, chats)
    env = {**FAST, "HETAO_DATABASE_URL": pg_url}
    started = time.monotonic()
    instances = [
        await start_process(
            tmp_path,
            api,
            env,
            "--webhook",
            f"http://127.0.0.1:{port}/hook",
            "--listen",
            "127.0.0.1",
            "--port",
            str(port),
        )
        for port in (free_port(), free_port())
    ]
    try:
        await eventually(lambda: sum(digests_per_chat(api, chats).values()) >= len(chats), 90)
    finally:  # drained: a stopped instance sends what it has in flight, then nothing more
        logs = [await stop_process(p) for p in instances]
    per_chat = digests_per_chat(api, chats)
    sent_by = [sum(int(n) for n in re.findall(r"digest run: DeliveryReport\(due=\d+, sent=(\d+)", log)) for log in logs]
    measured(
        subscribers=len(chats),
        delivered=len(per_chat),
        duplicates=sum(n - 1 for n in per_chat.values()),
        sent_by_instance=sent_by,
        seconds=f"{time.monotonic() - started:.1f}",
    )
    assert len(per_chat) == len(chats), logs[0][-1500:]
    assert set(per_chat.values()) == {1}
    assert sum(sent_by) == len(chats)


async def test_sigkill_mid_fan_out_loses_nothing_and_repeats_at_most_what_was_in_flight(
    tmp_path: Path, api: BotApiStandIn, measured: Callable[..., None]
) -> None:
    chats = range(30_001, 30_171)
    url = f"sqlite:///{tmp_path / 'crash.sqlite3'}"
    due_now(url, chats)
    api.delay["sendMessage"] = 0.01  # a Bot API that takes a moment, so the kill lands mid-send
    env = {**FAST, "HETAO_DATABASE_URL": url}
    first = await start_process(tmp_path, api, env)
    await eventually(lambda: len(digests_per_chat(api, chats)) >= 50, 90)
    await stop_process(first, signal.SIGKILL)
    at_kill = len(digests_per_chat(api, chats))
    # Restarted: claims the dead process left are taken over after 1 s instead of 10 minutes.
    second = await start_process(tmp_path, api, {**env, "HETAO_STALE_CLAIM_SECONDS": "1"})
    try:
        await eventually(lambda: len(digests_per_chat(api, chats)) >= len(chats), 120)
    finally:  # drained, then counted
        log = await stop_process(second)
    per_chat = digests_per_chat(api, chats)
    repeated = sum(n - 1 for n in per_chat.values())
    measured(
        subscribers=len(chats),
        sent_before_kill=at_kill,
        delivered=len(per_chat),
        missing=len(chats) - len(per_chat),
        repeated_in_flight=repeated,
    )
    assert len(per_chat) == len(chats), log[-1500:]  # nobody silently skipped
    assert repeated <= 8  # the send concurrency: only messages in flight at the kill can repeat


async def test_a_second_poller_with_the_same_token_stops_with_one_clear_line(
    tmp_path: Path, api: BotApiStandIn
) -> None:
    api.faults.append(
        Fault(
            "getUpdates",
            409,
            "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
            times=1000,
        )
    )
    process = await start_process(tmp_path, api, {})
    await asyncio.wait_for(process.wait(), 60)
    logged = await stop_process(process)
    assert process.returncode == 3, logged[-1500:]
    assert logged.count("another process is polling with this bot token") == 2  # the log line, the exit line
    assert "Traceback" not in logged and not shows_token(logged)


async def test_sigterm_with_the_bot_api_hanging_stops_within_five_seconds(
    tmp_path: Path, api: BotApiStandIn, measured: Callable[..., None]
) -> None:
    """The Bot API stops answering (every request stalls for two minutes) while a reply is in
    flight; a SIGTERM (systemd, docker stop) still ends the process cleanly and at once."""
    process = await start_process(tmp_path, api, {})
    try:
        assert "/subscribe" in await ask(api, "/help", timeout=60)  # it serves
        api.faults += [Fault(m, 0, retry_after=120, times=1000) for m in ("getUpdates", "sendMessage", "deleteWebhook")]
        api.push_text(USER, "科汇通")
        await eventually(lambda: any(c.method == "sendMessage!" for c in api.calls))  # the reply hangs
    finally:
        started = time.monotonic()
        logged = await stop_process(process)
        seconds = time.monotonic() - started
    measured(stop_seconds=f"{seconds:.1f}")
    assert process.returncode == 0, logged[-1500:]
    assert seconds < 5
    assert "Traceback" not in logged and not shows_token(logged)


async def test_a_start_that_cannot_reach_the_bot_api_says_so_once_and_leaks_nothing(
    tmp_path: Path, api: BotApiStandIn
) -> None:
    process = await start_process(tmp_path, api, {"TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{free_port()}/bot"})
    await asyncio.wait_for(process.wait(), 60)
    logged = await stop_process(process)
    assert process.returncode == 1, logged[-1500:]
    assert logged.count("hetao-brief: cannot reach the Bot API") == 1
    assert "Unclosed" not in logged and "Traceback" not in logged and not shows_token(logged)


async def test_a_bot_api_error_that_quotes_the_request_path_never_shows_the_token(
    tmp_path: Path, api: BotApiStandIn
) -> None:
    """A proxy or the Bot API answers 400 with the request's path, which holds the token;
    python-telegram-bot capitalises the description, lower-casing the token."""
    api.faults.append(Fault("getMe", 400, f"bad Request: /bot{TOKEN}/getMe", times=1000))
    process = await start_process(tmp_path, api, {})
    await asyncio.wait_for(process.wait(), 60)
    logged = await stop_process(process)
    assert process.returncode != 0 and "getMe" in logged, logged[-1500:]
    assert not shows_token(logged)
