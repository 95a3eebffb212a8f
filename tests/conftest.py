"""Shared fixtures: the real lexicon and corpus, a real SQLite file, and the real PostgreSQL
on 127.0.0.1:5432 (each test run in a schema of its own, dropped afterwards)."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from hetao_brief.services.briefing import Briefing
from hetao_brief.store.database import Database
from hetao_brief.text.lexicon import Lexicon
from hetao_brief.text.segment import Segmenter

from .support.botapi import BotApiStandIn
from .support.postgres import postgres_schema, postgres_unreachable

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DATA = PROJECT_ROOT / "data"
CORPUS = DATA / "corpus"
LOCALES = PROJECT_ROOT / "bot" / "locales"
DEV_QUERIES = Path(__file__).parent / "data" / "dev_queries.jsonl"
"""A copy of shared/eval/dev_queries.jsonl, so that the quality test runs on a fresh clone."""
NOT_DATA = shutil.ignore_patterns("__init__.py", "__pycache__")
"""What makes data/ and bot/ installable as packages: not articles, not lexicon."""

# Locally Hypothesis explores new examples on every run; CI replays a fixed sequence, so that a
# red CI is reproducible and a green one is not luck. Bugs found locally become explicit tests.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return Lexicon.load(DATA / "lexicon")


@pytest.fixture(scope="session")
def segmenter(lexicon: Lexicon) -> Segmenter:
    return Segmenter(lexicon)


@pytest.fixture(scope="session")
def loaded(lexicon: Lexicon, tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    """One briefing over the bundled corpus, shared by read-only tests."""
    db = Database(f"sqlite:///{tmp_path_factory.mktemp('db') / 'shared.sqlite3'}")
    briefing = Briefing(db, lexicon, CORPUS)
    briefing.reload()
    return briefing


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target, ignore=NOT_DATA)
    return target


async def eventually(check: Callable[[], bool], timeout: float = 15.0) -> None:
    """Wait for `check` to hold, polling; fail the test if it does not within `timeout`."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.05)


def add_quantum_article(corpus: Path) -> str:
    """Add to `corpus` a copy of its first article that opens with a milestone no other
    article has; returns the words that find it."""
    source = sorted(corpus.iterdir())[0]
    added = source.read_text(encoding="utf-8").replace(source.stem, "901_added")
    (corpus / "901_added.md").write_text(
        added.replace("+++\n河", "+++\n2026年11月，河套合作区量子计算中心启用。\n\n河", 1), "utf-8"
    )
    return "量子计算中心启用"


def _pg_schema_url() -> Iterator[str]:
    if reason := postgres_unreachable():
        pytest.skip(reason)
    with postgres_schema() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Each store test runs on a real SQLite file and on the real PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite3'}"
    else:
        yield from _pg_schema_url()


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = Database(database_url)
    yield db
    db.dispose()


def dev_queries() -> list[dict[str, object]]:
    return [json.loads(line) for line in DEV_QUERIES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
async def api() -> AsyncIterator[BotApiStandIn]:
    """The Bot API stand-in on a free loopback port, for PTB's `base_url`."""
    server = BotApiStandIn()
    await server.start()
    yield server
    await server.stop()


# -- measurements -------------------------------------------------------------------------
# Fault and load tests record what they measured; the numbers travel as the test report's user
# properties (so that they reach pytest-xdist's controller, which loads only this conftest) and
# are printed in a section of their own at the end of the run.

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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tests (real processes, fault runs) first: pytest-xdist hands tests out in this
    order, so the long ones start early instead of leaving one worker busy at the end."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
