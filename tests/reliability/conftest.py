"""Fault and load tests. Each records what it measured through the `measured` fixture
(tests/conftest.py), printed in a section of its own at the end of the pytest run."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from ..support.botapi import BotApiStandIn
from ..support.harness import MONDAY_0800_SHANGHAI, Clock, RunningBot, running_bot


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY_0800_SHANGHAI)


@pytest.fixture
async def bot(tmp_path: Path, api: BotApiStandIn, clock: Clock, database_url: str) -> AsyncIterator[RunningBot]:
    """The real PTB application on SQLite and on PostgreSQL, pacing each chat as Telegram
    requires (one send a second)."""
    async with running_bot(tmp_path, database_url, clock, api, chat_rate=1.0) as running:
        yield running
