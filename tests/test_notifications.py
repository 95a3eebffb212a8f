"""Reload notifications on the real PostgreSQL: an instance that listens serves another's reload
as soon as it commits, ignores other schemas' reloads, and listens again after losing its
connection; the running bot listens without being told to."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from hetao_brief.services.briefing import Briefing
from hetao_brief.store.database import Database
from hetao_brief.store.notifications import APPLICATION_NAME, CHANNEL, listen_for_reloads
from hetao_brief.text.lexicon import Lexicon
from tests.conftest import _pg_schema_url, add_quantum_article, eventually

from .support.botapi import BotApiStandIn
from .support.harness import MONDAY_0800_SHANGHAI, Clock, running_bot


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from _pg_schema_url()


@contextlib.asynccontextmanager
async def listening(url: str, calls: list[int], retry_seconds: float = 5.0, name: str = APPLICATION_NAME):  # type: ignore[no-untyped-def]
    """A listener counting its calls, cancelled on the way out; `name` shows in pg_stat_activity."""

    async def on_reload() -> None:
        calls.append(len(calls))

    task = asyncio.create_task(listen_for_reloads(url, on_reload, retry_seconds, name))
    try:
        yield task
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def notify(url: str, payload: str | None) -> None:
    """A notification on the reloads' channel; None: the schema of `url`, as a reload sends."""
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text("SELECT pg_notify(:channel, coalesce(:payload, current_schema()))"),
            {"channel": CHANNEL, "payload": payload},
        )
    engine.dispose()


async def test_a_listening_instance_serves_a_reload_as_soon_as_it_commits(
    pg_url: str, lexicon: Lexicon, corpus_copy: Path
) -> None:
    first, second = (Briefing(Database(pg_url), lexicon, corpus_copy) for _ in range(2))
    await asyncio.to_thread(first.start)
    await asyncio.to_thread(second.start)
    caught_up: list[bool] = []

    async def on_reload() -> None:
        caught_up.append(await asyncio.to_thread(second.refresh))

    listener = asyncio.create_task(listen_for_reloads(pg_url, on_reload))
    try:
        await eventually(lambda: caught_up == [False])  # listening; its first look found nothing new
        milestone = add_quantum_article(corpus_copy)
        summary = await asyncio.to_thread(first.reload, corpus_copy)
        await eventually(lambda: len(caught_up) == 2)
        assert caught_up == [False, True]
        assert second.snapshot.reload_id == summary.reload_id
        assert any(milestone in r.text for r in second.ask("量子计算中心").results)
    finally:
        listener.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await listener
        first.database.dispose()
        second.database.dispose()


async def test_another_schemas_reloads_are_ignored(pg_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="hetao_brief.store.notifications")
    calls: list[int] = []
    async with listening(pg_url, calls):
        await eventually(lambda: len(calls) == 1)
        notify(pg_url, "another_deployment")
        await eventually(lambda: "'another_deployment': not ours" in caplog.text)
        notify(pg_url, None)  # heard after the other, in commit order
        await eventually(lambda: len(calls) >= 2)
        assert len(calls) == 2


async def test_a_listener_listens_again_after_losing_its_connection(
    pg_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[int] = []
    name = f"hetao-brief test listener {uuid.uuid4().hex[:8]}"  # other tests' listeners run meanwhile
    async with listening(pg_url, calls, retry_seconds=0.05, name=name):
        await eventually(lambda: len(calls) == 1)
        engine = create_engine(pg_url)
        with engine.begin() as connection:
            killed = connection.scalar(
                text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = :name"),
                {"name": name},
            )
        engine.dispose()
        assert killed == 1
        await eventually(lambda: len(calls) == 2)  # connected again, and looked for a missed reload
        notify(pg_url, None)
        await eventually(lambda: len(calls) == 3)
    assert "not hearing reloads" in caplog.text


async def test_a_failed_catch_up_is_logged_and_listening_goes_on(pg_url: str, caplog: pytest.LogCaptureFixture) -> None:
    calls: list[int] = []

    async def on_reload() -> None:
        calls.append(len(calls))
        if len(calls) == 2:
            raise OSError("the database went away")

    task = asyncio.create_task(listen_for_reloads(pg_url, on_reload))
    try:
        await eventually(lambda: len(calls) == 1)
        notify(pg_url, None)
        await eventually(lambda: len(calls) == 2)
        notify(pg_url, None)
        await eventually(lambda: len(calls) == 3)
        assert "the database went away" in caplog.text
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def test_an_unreachable_database_is_retried_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    calls: list[int] = []
    caplog.set_level(logging.WARNING)
    async with listening("postgresql+psycopg://hetao:s3cret@127.0.0.1:1/nowhere", calls, retry_seconds=0.01) as task:
        await eventually(lambda: caplog.text.count("not hearing reloads") >= 3)
        assert not task.done()
    assert calls == []


async def test_the_running_bot_serves_another_instances_reload_before_its_timer(
    tmp_path: Path, api: BotApiStandIn, lexicon: Lexicon, pg_url: str
) -> None:
    async with running_bot(tmp_path, pg_url, Clock(MONDAY_0800_SHANGHAI), api, tick=60) as bot:
        assert bot.front.refresh >= 10  # the timer alone would take this long
        assert bot.front.application is not None and bot.front.application.job_queue is not None
        (digests,) = bot.front.application.job_queue.get_jobs_by_name("digests")
        soon = lambda: datetime.now(UTC) + timedelta(seconds=30)  # noqa: E731
        await eventually(lambda: digests.next_t is not None and digests.next_t > soon())  # its first look is over
        corpus = bot.app.settings.corpus_dir
        other = Briefing(Database(pg_url), lexicon, corpus)
        await asyncio.to_thread(other.start)
        milestone = add_quantum_article(corpus)
        summary = await asyncio.to_thread(other.reload, corpus)
        await eventually(lambda: bot.app.briefing.snapshot.reload_id == summary.reload_id, timeout=3)
        api.push_text(1001, "量子计算中心")
        (reply,) = await api.wait_for("sendMessage", chat_id=1001)
        assert milestone in reply.params["text"]
        other.database.dispose()
