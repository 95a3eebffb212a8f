"""Chats writing at once, as double taps and busy groups do, on SQLite and PostgreSQL: the
same /subscribe twice stores one subscription, a new chat's first messages arriving together
all succeed, and the per-chat cap holds under concurrency. No reply is a generic error."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hetao_brief.app import App, build_app
from hetao_brief.config import Settings
from hetao_brief.conversation.conversation import FloodGate
from hetao_brief.conversation.events import Sender, TextIn, TextOut
from hetao_brief.readers import MAX_SUBSCRIPTIONS_PER_CHAT
from hetao_brief.store.tables import ChatRow, SubscriptionRow

from ..support.harness import Clock, data_dir

pytestmark = pytest.mark.slow

CHATS = 10


@pytest.fixture
def app(tmp_path: Path, database_url: str) -> Iterator[App]:
    built = build_app(
        Settings(data_dir=data_dir(tmp_path), state_dir=tmp_path, database_url=database_url, db_pool_size=8),
        clock=Clock(datetime(2026, 11, 24, tzinfo=UTC)),
    )
    built.briefing.start()
    built.conversation.flood_gate = FloodGate(rate=1e9, burst=10**9)
    yield built
    built.database.dispose()


def at_once(calls: list[Callable[[], str]]) -> list[str]:
    """Run the calls in threads released together; their replies, in order."""
    replies = [""] * len(calls)
    start = threading.Barrier(len(calls))

    def run(i: int) -> None:
        start.wait()
        replies[i] = calls[i]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return replies


def say(app: App, chat: int, text: str) -> str:
    replies = app.conversation.handle(TextIn(Sender(chat, chat, "zh-hans", is_private=True), text))
    return "\n".join(r.html for r in replies if isinstance(r, TextOut))


def test_double_taps_and_first_contact_from_ten_chats_at_once(app: App, measured: Callable[..., None]) -> None:
    calls: list[Callable[[], str]] = []
    for chat in range(500, 500 + CHATS):  # new chats: their settings row is created by these very messages
        calls += [partial(say, app, chat, "/subscribe daily 09:00")] * 2
        calls.append(partial(say, app, chat, "/tz Asia/Hong_Kong"))
    replies = at_once(calls)
    internal = app.renderer.say("zh-Hans", "errors.internal")
    generic = [r for r in replies if internal in r]
    with app.database.unit_of_work() as session:
        per_chat = session.execute(
            select(SubscriptionRow.chat_id, func.count()).group_by(SubscriptionRow.chat_id)
        ).all()
        chats = session.scalar(select(func.count()).select_from(ChatRow))
    duplicates = sum(n - 1 for _, n in per_chat)
    measured(messages=len(calls), duplicates=duplicates, generic_errors=len(generic), chats=chats)
    assert generic == [] and duplicates == 0
    assert sorted(n for _, n in per_chat) == [1] * CHATS and chats == CHATS
    assert all(("订阅成功" in r) or ("已有这项订阅" in r) or ("时区已设为" in r) for r in replies), replies


def test_the_per_chat_cap_holds_under_concurrency(app: App, measured: Callable[..., None]) -> None:
    tries = MAX_SUBSCRIPTIONS_PER_CHAT + 4
    replies = at_once([partial(say, app, 600, f"/subscribe daily {h:02d}:00") for h in range(tries)])
    with app.database.unit_of_work() as session:
        stored = session.scalar(select(func.count()).where(SubscriptionRow.chat_id == 600))
    internal = app.renderer.say("zh-Hans", "errors.internal")
    measured(tries=tries, stored=stored, refused=sum("最多" in r for r in replies))
    assert stored == MAX_SUBSCRIPTIONS_PER_CHAT
    assert not [r for r in replies if internal in r]


@pytest.mark.parametrize(
    "fault",
    [
        "removed",
        pytest.param(
            "read-only",
            marks=pytest.mark.skipif(os.geteuid() == 0, reason="root writes through file modes: nothing is read-only"),
        ),
    ],
)
def test_a_store_that_cannot_be_written_is_never_confirmed(tmp_path: Path, fault: str) -> None:
    """The SQLite file removed, or made read-only, under the running bot: changes are refused
    (an admin is told why, a user to come back), questions are still answered, and health
    says so."""
    from hetao_brief.services import health

    state = tmp_path / "state"
    settings = Settings(data_dir=data_dir(tmp_path), state_dir=state, admin_ids=frozenset({42}))
    app = build_app(settings, clock=Clock(datetime(2026, 11, 24, tzinfo=UTC)))
    app.briefing.start()
    database_file = state / "hetao-brief.sqlite3"
    try:
        if fault == "removed":
            database_file.unlink()
        else:
            database_file.chmod(0o444)
            state.chmod(0o555)
        user = say(app, 501, "/subscribe daily 09:00")
        assert "暂时无法保存" in user and "订阅成功" not in user
        admin = app.conversation.handle(TextIn(Sender(42, 42, "zh-hans"), "/reload"))
        assert "存储无法写入" in "\n".join(r.html for r in admin if isinstance(r, TextOut))
        assert app.briefing.ask("科汇通").results  # the facts are in memory: questions are answered
        assert not all(c.ok for c in health.check(settings))
    finally:
        state.chmod(0o755)
        if database_file.exists():
            database_file.chmod(0o644)
        app.database.dispose()
