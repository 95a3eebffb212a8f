"""Running the real bot (PTB Application, real SQLite or PostgreSQL, real corpus) against the
Bot API stand-in, with a clock the test moves."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sys
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hetao_brief.app import App, build_app
from hetao_brief.config import Settings
from hetao_brief.conversation.conversation import FloodGate
from hetao_brief.telegram.bot import TelegramFrontEnd
from hetao_brief.telegram.serve import ALLOWED_UPDATES

from ..conftest import DATA, NOT_DATA
from .botapi import BotApiStandIn

TOKEN = "123456789:TESTtoken_abcdefghijklmnopqrstuvwxyz0123"
ADMIN = 42


class Clock:
    """The time the bot believes it is; tests move it to a digest's slot."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def data_dir(tmp_path: Path) -> Path:
    """A data directory of the test's own: the bundled corpus (which admins may add to) and
    the real lexicon."""
    target = tmp_path / "data"
    if not target.exists():
        shutil.copytree(DATA / "corpus", target / "corpus", ignore=NOT_DATA)
        shutil.copytree(DATA / "lexicon", target / "lexicon", ignore=NOT_DATA)
    return target


@dataclass
class RunningBot:
    api: BotApiStandIn
    app: App
    front: TelegramFrontEnd


@asynccontextmanager
async def running_bot(
    tmp_path: Path,
    database_url: str,
    clock: Clock,
    api: BotApiStandIn,
    tick: float = 0.2,
    webhook: dict[str, Any] | None = None,
    send_timeout: float = 5.0,
    chat_rate: float = 50.0,
) -> AsyncIterator[RunningBot]:
    """Long polling, or with `webhook` (PTB's `start_webhook` arguments) a webhook server;
    `send_timeout` is how long a send waits for the stand-in's answer. The stand-in enforces no
    flood limits unless told, so a chat's replies are paced at `chat_rate` a second, not
    Telegram's one (a test of the limits passes 1.0): a conversation need not wait a second a turn."""
    settings = Settings(
        data_dir=data_dir(tmp_path),
        state_dir=tmp_path / "state",
        database_url=database_url,
        bot_token=TOKEN,
        admin_ids=frozenset({ADMIN}),
    )
    app = build_app(settings, clock=clock)
    app.conversation.flood_gate = FloodGate(rate=1000, burst=1000)
    front = TelegramFrontEnd(app, tick=tick, send_timeout=send_timeout, chat_rate=chat_rate)
    application = front.build(TOKEN, api.base_url, api.base_file_url)
    await application.initialize()
    await front.start_services(application)
    await application.start()
    assert application.updater is not None
    if webhook is None:
        await application.updater.start_polling(poll_interval=0.0, timeout=1, allowed_updates=ALLOWED_UPDATES)
    else:
        await application.updater.start_webhook(**webhook)
    try:
        yield RunningBot(api, app, front)
    finally:
        await application.updater.stop()
        await front.stop_services(application)
        await application.stop()
        await application.shutdown()
        app.database.dispose()


def conversation_app(tmp: Path) -> App:
    """The conversation layer on its own: real corpus, a SQLite file, a fixed clock, an admin,
    and no flood gate (tests that want one set it)."""
    app = build_app(
        Settings(data_dir=data_dir(tmp), state_dir=tmp, admin_ids=frozenset({ADMIN})),
        clock=Clock(datetime(2026, 11, 24, tzinfo=UTC)),
    )
    app.briefing.start()
    app.conversation.flood_gate = FloodGate(rate=1e9, burst=10**9)
    return app


async def start_process(
    tmp_path: Path, api: BotApiStandIn, env: dict[str, str], *args: str
) -> asyncio.subprocess.Process:
    """`hetao-brief run ...` as its own process against the stand-in; output goes to files
    (a pipe nobody reads would fill up and stall a chatty bot)."""
    environment = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "HETAO_DATA_DIR": str(data_dir(tmp_path)),
        "HETAO_STATE_DIR": str(tmp_path / "state"),
        "HETAO_DATABASE_URL": "",
        **env,
    }
    log = tmp_path / f"bot-{uuid.uuid4().hex[:6]}.log"
    with log.open("wb") as sink:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "hetao_brief.cli",
            "run",
            *args,
            env=environment,
            cwd=tmp_path,
            stdout=sink,
            stderr=sink,
        )
    process.log_path = log  # type: ignore[attr-defined]
    return process


async def stop_process(process: asyncio.subprocess.Process, how: int = signal.SIGTERM) -> str:
    """Stop it (SIGTERM: a clean shutdown; SIGKILL: a crash) and return everything it logged."""
    if process.returncode is None:
        process.send_signal(how)
    await asyncio.wait_for(process.wait(), 30)
    return Path(process.log_path).read_text(encoding="utf-8", errors="replace")  # type: ignore[attr-defined]


USER = 1001


MONDAY_0800_SHANGHAI = datetime(2026, 11, 30, 0, 0, tzinfo=UTC)  # 08:00 in Asia/Shanghai


async def ask(api: BotApiStandIn, text: str, user: int = USER, count: int | None = None, timeout: float = 15.0) -> str:
    """Send `text` as `user` and return the bot's (last) reply."""
    before = len(api.sent("sendMessage", user))
    api.push_text(user, text)
    calls = await api.wait_for("sendMessage", (count or 1) + before, chat_id=user, timeout=timeout)
    return calls[-1].params["text"]


async def digest_runs(bot: RunningBot, more: int = 2) -> None:
    """Wait until the digest job has run `more` more times from start to end: whatever those
    runs would send (a duplicate, a digest not yet due) has been sent by then."""
    target = bot.front.digest_runs + more
    deadline = asyncio.get_running_loop().time() + 15
    while bot.front.digest_runs < target:
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"the digest job ran {bot.front.digest_runs} times, not {target}")
        await asyncio.sleep(0.02)


def shows_token(logged: str) -> bool:
    """Whether the bot token's secret part appears in `logged`, in any case, plain or
    URL-encoded (the colon is before the secret part, so encoding does not hide it)."""
    return TOKEN.split(":")[1].lower() in logged.lower()
