"""The pacers behind the flood limits: evenly spaced, no burst after idling or after a stall, and
a chat's messages spaced from when they were sent."""

from __future__ import annotations

import asyncio
import itertools
import time

import pytest

from hetao_brief.telegram.limits import EvenPacer, PerChatRateLimiter

INTERVAL = 0.05


async def releases(pacer: EvenPacer, callers: int, stall: float = 0.0) -> list[float]:
    """When each of `callers` concurrent requests got through; with `stall`, the event loop is
    blocked for that long just after they all booked their slots."""
    loop = asyncio.get_running_loop()
    times: list[float] = []

    async def one() -> None:
        async with pacer:
            times.append(loop.time())

    tasks = [asyncio.create_task(one()) for _ in range(callers)]
    await asyncio.sleep(0)  # every caller books a slot
    if stall:
        time.sleep(stall)  # a long GC pause, say: every booked slot passes meanwhile
    await asyncio.gather(*tasks)
    return sorted(times)


def gaps(times: list[float]) -> list[float]:
    return [later - earlier for earlier, later in itertools.pairwise(times)]


async def test_requests_are_spaced_by_the_interval_without_an_opening_burst() -> None:
    times = await releases(EvenPacer(INTERVAL), 6)
    assert min(gaps(times)) >= EvenPacer.MIN_GAP * INTERVAL


async def test_callers_woken_together_after_a_stall_do_not_burst() -> None:
    times = await releases(EvenPacer(INTERVAL), 6, stall=4 * INTERVAL)
    assert len(times) == 6
    assert min(gaps(times)) >= EvenPacer.MIN_GAP * INTERVAL


async def test_idle_time_is_not_saved_up_for_a_burst() -> None:
    pacer = EvenPacer(INTERVAL)
    await releases(pacer, 1)
    await asyncio.sleep(5 * INTERVAL)
    assert min(gaps(await releases(pacer, 4))) >= EvenPacer.MIN_GAP * INTERVAL


async def test_a_chats_next_message_is_spaced_from_when_the_last_was_sent_not_queued() -> None:
    """A digest's first part waits behind a queue of other chats; its second part, queued when
    that queue has drained, must still come a chat interval after the first was sent."""
    limiter = PerChatRateLimiter(overall_max_rate=20, chat_max_rate=4)  # 0.05 s overall, 0.25 s a chat
    loop = asyncio.get_running_loop()
    sent: list[tuple[int, float]] = []

    async def send(chat_id: int) -> bool:
        sent.append((chat_id, loop.time()))
        return True

    async def message(chat_id: int) -> object:
        data = {"chat_id": chat_id}
        return await limiter.process_request(send, (chat_id,), {}, "sendMessage", data, None)

    async def digest_in_two_parts(chat_id: int) -> None:
        await message(chat_id)
        await message(chat_id)

    await asyncio.gather(*(message(chat) for chat in range(1, 11)), digest_in_two_parts(99))
    first, second = [at for chat, at in sent if chat == 99]
    assert second - first >= 0.25
    assert min(gaps(sorted(at for _, at in sent))) >= EvenPacer.MIN_GAP * 0.05


async def arrivals_at_server(pacer: EvenPacer, transits: list[float]) -> list[float]:
    """When each request reached the server, request i taking `transits[i]` seconds on its way
    there; its answer comes straight back."""
    loop = asyncio.get_running_loop()
    arrived: list[float] = []

    async def one(transit: float) -> None:
        async with pacer:
            await asyncio.sleep(transit)
            arrived.append(loop.time())

    await asyncio.gather(*(one(transit) for transit in transits))
    return sorted(arrived)


def most_in_any_window(times: list[float], window: float) -> int:
    return max(sum(1 for later in times[i:] if later - start < window) for i, start in enumerate(times))


async def test_a_request_held_up_on_its_way_does_not_crowd_the_servers_window() -> None:
    """Evenly spaced sends, the first of which is held up on its way: it reaches the server
    amid the ones behind it, which a server counting sends per window refuses."""
    pacer = EvenPacer(0.02, per_window=5, window=0.1)
    arrived = await arrivals_at_server(pacer, [0.05] + [0.0] * 7)
    assert len(arrived) == 8
    assert most_in_any_window(arrived, 0.1) <= 5


async def test_a_429_holds_back_only_the_chat_it_was_for() -> None:
    """Telegram answers 429 (retry after 0.3 s) to the first message for group -5; the message
    is sent again after the wait, while messages to another group go out meanwhile."""
    from telegram.error import RetryAfter

    limiter = PerChatRateLimiter(overall_max_rate=100)
    loop = asyncio.get_running_loop()
    start, sent, refused = loop.time(), [], [True]

    async def send(chat_id: int) -> bool:
        if chat_id == -5 and refused:
            refused.pop()
            raise RetryAfter(0.3)  # type: ignore[arg-type]  # seconds, as PTB passes them
        sent.append((chat_id, loop.time() - start))
        return True

    async def message(chat_id: int) -> object:
        return await limiter.process_request(send, (chat_id,), {}, "sendMessage", {"chat_id": chat_id}, None)

    await asyncio.gather(message(-5), *(message(-6) for _ in range(3)))
    other = [at for chat, at in sent if chat == -6]
    (retried,) = [at for chat, at in sent if chat == -5]
    assert len(other) == 3 and max(other) < 0.3 <= retried
    assert limiter.retries_waited == 1


async def test_no_retry_when_the_caller_asks_for_none() -> None:
    from telegram.error import RetryAfter

    limiter = PerChatRateLimiter()
    calls = []

    async def send() -> bool:
        calls.append(1)
        raise RetryAfter(5)  # type: ignore[arg-type]

    with pytest.raises(RetryAfter):
        await limiter.process_request(send, (), {}, "sendMessage", {"chat_id": 7}, 0)
    assert calls == [1] and limiter.retries_waited == 0


async def test_a_groups_burst_of_replies_goes_at_once_within_its_twenty_a_minute() -> None:
    limiter = PerChatRateLimiter(overall_max_rate=100)
    loop = asyncio.get_running_loop()
    start, sent = loop.time(), []

    async def send(chat_id: int) -> bool:
        sent.append(loop.time() - start)
        return True

    await asyncio.gather(
        *(limiter.process_request(send, (-7,), {}, "sendMessage", {"chat_id": -7}, None) for _ in range(5))
    )
    assert len(sent) == 5 and max(sent) < 0.2  # spaced only by the overall 100/s
