"""Telling the other instances that a reload committed: PostgreSQL's NOTIFY, heard by LISTEN.

Each instance answers from its own in-memory index and checks the reload log on a timer
(`Briefing.refresh`). On PostgreSQL a reload also sends a notification inside its transaction,
which the server delivers to every listening connection when, and only if, the transaction
commits. An instance that hears it refreshes at once instead of at its next tick, so instances
serve the same facts as soon as they have caught up.

A notification is only a hint to look at the reload log, so the timer stays: it covers what a
listener misses while it reconnects, and SQLite, which has no notifications. The payload is the
schema the reload wrote to; a listener ignores other schemas' reloads, so deployments (and
tests) that share a database in schemas of their own do not wake each other.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

CHANNEL = "hetao_brief_reload"
APPLICATION_NAME = "hetao-brief reload listener"
"""How a listener's connection shows in `pg_stat_activity`."""

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    import psycopg


def announce_reload(session: Session) -> None:
    """Within the reload's transaction: every listener hears of it once it commits."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_notify(:channel, current_schema())"), {"channel": CHANNEL})


async def listen_for_reloads(
    url: str,
    on_reload: Callable[[], Awaitable[object]],
    retry_seconds: float = 5.0,
    application_name: str = APPLICATION_NAME,
) -> None:
    """Call `on_reload` for every reload committed to this URL's schema, and once each time
    listening (re)starts, for any reload missed while it was not listening. Runs until
    cancelled; a lost connection is logged (the log filter keeps the password out, see
    `Settings.secrets`) and opened again after `retry_seconds`."""
    import psycopg  # only PostgreSQL deployments have it (the `postgres` extra)

    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    while True:
        try:
            async with await psycopg.AsyncConnection.connect(
                conninfo, autocommit=True, application_name=application_name
            ) as connection:
                schema = await _current_schema(connection)
                await connection.execute(f"LISTEN {CHANNEL}")
                await _guarded(on_reload)
                async for notification in connection.notifies():
                    if notification.payload == schema:
                        await _guarded(on_reload)
                    else:
                        log.debug("a reload in schema %r: not ours", notification.payload)
        except psycopg.Error as error:
            log.warning("not hearing reloads (%s); listening again in %.0f s", str(error).strip(), retry_seconds)
            await asyncio.sleep(retry_seconds)


async def _guarded(on_reload: Callable[[], Awaitable[object]]) -> None:
    """A failed catch-up (the database busy or down) is logged, and listening goes on: the next
    notification, or the timer, tries again."""
    try:
        await on_reload()
    except Exception:
        log.exception("catching up on a reload failed; the next notice or check tries again")


async def _current_schema(connection: psycopg.AsyncConnection) -> str:
    cursor = await connection.execute("SELECT current_schema()")
    row = await cursor.fetchone()
    return str(row[0]) if row else ""
