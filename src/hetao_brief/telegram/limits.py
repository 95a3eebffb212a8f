"""Staying under Telegram's flood limits, and waiting out a 429 in the chat it was meant for.

PTB's `AIORateLimiter` spaces requests to about 30/s overall and 20/min per group, and retries
a ``429 RetryAfter``, but it pauses every request while it waits, and it does not space
messages to one private chat (Telegram asks for about one per second). During a digest fan-out
to thousands of chats, one chat's 429 should not stall the others; so here every chat gets a
pacer of its own, and a 429 for one chat makes only that chat wait.

PTB's overall limiter is a bucket of 30 that refills at 30/s, so a fan-out starts with a burst
of 30 and then sends 30 more within the same second: a server that counts per second answers
429. Here sends are paced on a fixed schedule instead (`EvenPacer`), with a small margin
(`JITTER_MARGIN`) so that the network's jitter does not push two sends closer together than
Telegram allows.

A chat's own spacing is counted from when its last message was sent (`ChatPacer`), not from
when it joined the overall queue: during a fan-out a digest's first part can wait minutes for
an overall slot, and its second part, queued when the queue has thinned, would otherwise
follow it within the second.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import AsyncIterator, Callable, Coroutine
from datetime import timedelta
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

Result = bool | dict[str, Any] | list[dict[str, Any]]
_KEEP_IDLE_LIMITERS = 1024
JITTER_MARGIN = 1.03


class PerChatRateLimiter(BaseRateLimiter[int]):
    """Built on PTB's public `BaseRateLimiter` interface only. A request for a chat waits for
    that chat's turn (`ChatPacer`: about one a second for a private chat; `GroupPacer`: 20 a
    minute for a group or channel), then for an overall slot (`EvenPacer`, 30/s). A ``429 RetryAfter``
    holds back the chat it was for, or, for a request without a chat, every request; and the
    request is sent again, at most `max_retries` times (``rate_limit_args`` overrides it)."""

    def __init__(
        self,
        overall_max_rate: float = 30,
        chat_max_rate: float = 1,
        max_retries: int = 3,
        group_max_rate: float = 20 / 60,
    ) -> None:
        self._overall = EvenPacer(JITTER_MARGIN / overall_max_rate, per_window=round(overall_max_rate))
        self._chat_interval = JITTER_MARGIN / chat_max_rate
        self._group_rate = group_max_rate
        self._max_retries = max_retries
        self._chat_limiters: dict[int | str, ChatPacer | GroupPacer] = {}
        self.retries_waited = 0
        """How many 429s were waited out (and the request resent); for logs and tests."""

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        self._chat_limiters.clear()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        chat = _chat_key(data.get("chat_id"))
        paid = bool(data.get("allow_paid_broadcast"))  # Telegram allows these far faster
        retries = self._max_retries if rate_limit_args is None else rate_limit_args
        loop = asyncio.get_running_loop()
        for attempt in range(retries + 1):
            pacer = self._limiter_for(chat) if chat is not None and not paid else None
            try:
                async with pacer.turn() if pacer is not None else contextlib.nullcontext():
                    if chat is None or paid:
                        return await callback(*args, **kwargs)
                    async with self._overall:
                        return await callback(*args, **kwargs)
            except RetryAfter as error:
                if attempt == retries:
                    raise
                self.retries_waited += 1
                until = loop.time() + retry_seconds(error) + 0.1
                if pacer is not None:
                    pacer.hold_until(until)
                else:
                    self._overall.hold_until(until)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _limiter_for(self, chat: int | str) -> ChatPacer | GroupPacer:
        limiter = self._chat_limiters.get(chat)
        if limiter is None:
            if len(self._chat_limiters) > _KEEP_IDLE_LIMITERS:  # forget chats whose limiter is idle
                for key, idle in list(self._chat_limiters.items()):
                    if idle.is_idle():
                        del self._chat_limiters[key]
            private = isinstance(chat, int) and chat > 0
            limiter = ChatPacer(self._chat_interval) if private else GroupPacer(self._group_rate)
            self._chat_limiters[chat] = limiter
        return limiter


class ChatPacer:
    """One chat's messages one at a time, each `interval` after the previous one was sent.
    The turn covers the wait for an overall slot and the send itself, so the interval is
    counted from the send, whatever the overall queue did meanwhile."""

    __slots__ = ("_interval", "_lock", "_next")

    def __init__(self, interval: float) -> None:
        self._interval = interval
        self._lock = asyncio.Lock()
        self._next = 0.0

    @contextlib.asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        async with self._lock:
            loop = asyncio.get_running_loop()
            if (delay := self._next - loop.time()) > 0:
                await asyncio.sleep(delay)
            try:
                yield
            finally:
                self._next = loop.time() + self._interval

    def hold_until(self, moment: float) -> None:
        """No message to this chat before `moment` (loop time): Telegram answered 429."""
        self._next = max(self._next, moment)

    def is_idle(self) -> bool:
        """True when nothing is waiting and a message now would go at once."""
        return not self._lock.locked() and asyncio.get_running_loop().time() >= self._next


class GroupPacer:
    """A group's or channel's messages: Telegram allows 20 a minute, so a burst of replies to
    a busy group goes at once and only the 21st waits (aiolimiter's leaky bucket, as PTB's
    own limiter does for groups)."""

    __slots__ = ("_bucket", "_next")

    def __init__(self, per_second: float) -> None:
        self._bucket = AsyncLimiter(max(1, round(per_second * 60)), 60)
        self._next = 0.0

    @contextlib.asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        if (delay := self._next - loop.time()) > 0:
            await asyncio.sleep(delay)
        async with self._bucket:
            yield

    def hold_until(self, moment: float) -> None:
        """No message to this chat before `moment` (loop time): Telegram answered 429."""
        self._next = max(self._next, moment)

    def is_idle(self) -> bool:
        return self._bucket.has_capacity(self._bucket.max_rate) and asyncio.get_running_loop().time() >= self._next


class EvenPacer(AsyncLimiter):
    """Lets one request through every `interval` seconds, on a fixed schedule: each caller
    books the next free slot and sleeps until it. A leaky bucket of one instead starts its
    interval when the late-woken caller gets through, so every wake-up's lag adds up and a
    fan-out paced at 29/s came out at 28/s. Idle time is not saved up: there is no burst.

    After a stall (a long garbage collection, a busy event loop), callers whose slots passed
    all wake at once; letting them through together is the burst Telegram answers with 429.
    So a caller released less than `MIN_GAP` intervals after the previous one books a new
    slot instead: the slots lost to the stall stay lost.

    Even spacing here is not even spacing at Telegram: one request held up on its way (a busy
    event loop, a slow connection) arrives just after the ones behind it, and the server counts
    `per_window` + 1 sends in a `window`. What is certain is that a request has arrived by the
    time its answer is back. So, as a last guard, a caller also waits while `per_window`
    requests are in flight or were answered less than a `window` ago: then Telegram cannot
    have seen that many in the `window` before this one arrives."""

    MIN_GAP = 0.9
    __slots__ = ("_answered", "_in_flight", "_interval", "_next_slot", "_per_window", "_released", "_window")

    def __init__(self, interval: float, per_window: int | None = None, window: float = 1.0) -> None:
        super().__init__(1, interval)
        self._interval = interval
        self._per_window = per_window
        self._window = window
        self._next_slot = 0.0
        self._released = float("-inf")
        self._in_flight = 0
        self._answered: deque[float] = deque()

    async def acquire(self, amount: float = 1) -> None:
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            slot = max(now, self._next_slot)
            self._next_slot = slot + self._interval * amount
            if slot > now:
                await asyncio.sleep(slot - now)
            while (wait := self._until_window_has_room(loop.time())) > 0:
                await asyncio.sleep(wait)
            now = loop.time()
            if now - self._released >= self.MIN_GAP * self._interval:
                self._released = now
                self._in_flight += 1
                return

    async def __aexit__(self, *exc_info: object) -> None:
        self._in_flight -= 1
        if self._per_window is not None:
            self._answered.append(asyncio.get_running_loop().time())

    def hold_until(self, moment: float) -> None:
        """No request before `moment` (loop time): Telegram answered 429 to one without a chat."""
        self._next_slot = max(self._next_slot, moment)

    def _until_window_has_room(self, now: float) -> float:
        """Seconds until one more request cannot make Telegram count more than `per_window`
        in a `window`; 0 when it may go now."""
        if self._per_window is None:
            return 0.0
        answered = self._answered
        while answered and now - answered[0] >= self._window:
            answered.popleft()
        excess = self._in_flight + len(answered) - (self._per_window - 1)
        if excess <= 0:
            return 0.0
        if excess > len(answered):  # too many still in flight: look again shortly
            return self._interval
        return answered[excess - 1] + self._window - now


def _chat_key(chat_id: object) -> int | str | None:
    """The chat a request is for: its number (private chats have positive ids; groups,
    supergroups and channels negative ones), or a channel's ``@username``; None without one."""
    if chat_id is None:
        return None
    with contextlib.suppress(TypeError, ValueError):
        return int(chat_id)  # type: ignore[call-overload]
    return str(chat_id)


def retry_seconds(error: RetryAfter) -> float:
    """How long Telegram asked us to wait (a timedelta with PTB_TIMEDELTA, see the package)."""
    wait = error.retry_after
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
