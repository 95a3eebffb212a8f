"""Fault and load tests. Each records what it measured through the `measured` fixture
(tests/conftest.py), printed in a section of its own at the end of the pytest run."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from ..botapi import BotApiStandIn
from ..telegram_harness import Clock, RunningBot, running_bot
from ..test_telegram import MONDAY_0800_SHANGHAI


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY_0800_SHANGHAI)


@pytest.fixture
async def bot(tmp_path: Path, api: BotApiStandIn, clock: Clock, database_url: str) -> AsyncIterator[RunningBot]:
    """The real PTB application on SQLite and on PostgreSQL."""
    async with running_bot(tmp_path, database_url, clock, api) as running:
        yield running
