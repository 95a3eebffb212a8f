"""The pacer behind the flood limits: evenly spaced, no burst after idling or after a stall."""

from __future__ import annotations

import asyncio
import itertools
import time

from hetao_brief.telegram.limits import EvenPacer

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
