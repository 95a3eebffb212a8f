"""Fault and load tests. Each records what it measured through the `measured` fixture; the
numbers are printed in a section of their own at the end of the pytest run. They travel as
the test report's user properties, so that they reach the summary from pytest-xdist's workers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from ..botapi import BotApiStandIn
from ..telegram_harness import Clock, RunningBot, running_bot
from ..test_telegram import MONDAY_0800_SHANGHAI

_MEASUREMENTS: list[str] = []


@pytest.fixture
def measured(request: pytest.FixtureRequest) -> Callable[..., None]:
    def record(**numbers: object) -> None:
        line = f"{request.node.name}: " + ", ".join(f"{name}={value}" for name, value in numbers.items())
        request.node.user_properties.append(("measured", line))

    return record


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "teardown":
        _MEASUREMENTS.extend(str(value) for name, value in report.user_properties if name == "measured")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _MEASUREMENTS:
        terminalreporter.section("reliability measurements")
        for line in _MEASUREMENTS:
            terminalreporter.write_line(line)


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY_0800_SHANGHAI)


@pytest.fixture
async def bot(tmp_path: Path, api: BotApiStandIn, clock: Clock, database_url: str) -> AsyncIterator[RunningBot]:
    """The real PTB application on SQLite and on PostgreSQL."""
    async with running_bot(tmp_path, database_url, clock, api) as running:
        yield running
