"""The store's schema, kept current by Alembic revisions (store/migrations/versions/).

`upgrade` brings any database to the newest revision, under a lock that every process of a
deployment shares (a PostgreSQL advisory lock; an `flock` beside a SQLite file), so that N
workers started at once on a fresh database take turns instead of racing to create the same
tables. A database from before migrations existed (no version table, any schema since the
base revision) is recognised by its tables and columns, stamped with the revision it matches,
and upgraded from there: no row is touched but by the revisions themselves.
"""

from __future__ import annotations

import fcntl
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"
_LOCK_KEY = "hashtextextended(current_schema() || '/migrate', 0)"


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "no migrations found"
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for an empty database or one from before
    migrations (see `legacy_revision`)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def legacy_revision(connection: Connection) -> str | None:
    """The revision a database created by `create_all` before migrations existed matches, by
    the tables and columns each revision added (in the order they were added); None if it has
    none of the base tables (a new database)."""
    inspector = inspect(connection)
    tables = set(inspector.get_table_names())
    if "facts" not in tables or "subscriptions" not in tables:
        return None
    if "fact_terms" in tables:
        return "0004"
    if "unsent_parts" in tables:
        return "0003"
    if "paused_by" in {column["name"] for column in inspector.get_columns("subscriptions")}:
        return "0002"
    return "0001"


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the database to the newest revision; returns (revision before, revision after).
    Waits for another process that is upgrading the same database."""
    with _migration_lock(engine) as connection:
        context = MigrationContext.configure(connection)
        before = context.get_current_revision()
        if before is None and (legacy := legacy_revision(connection)) is not None:
            log.info("database from before migrations: recognised as revision %s", legacy)
            command.stamp(_config(connection), legacy)
            connection.commit()
            before = legacy
        head = head_revision()
        if before != head:
            command.upgrade(_config(connection), "head")
            connection.commit()
            log.info("database schema upgraded from %s to %s", before or "nothing", head)
        return before, head


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[Connection]:
    """A connection on which to migrate, held by one process at a time."""
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text(f"SELECT pg_advisory_lock({_LOCK_KEY})"))
            connection.commit()
            try:
                yield connection
            finally:
                connection.rollback()
                connection.execute(text(f"SELECT pg_advisory_unlock({_LOCK_KEY})"))
                connection.commit()
            return
        database = engine.url.database
        if not database or database == ":memory:":
            yield connection
            return
        with Path(f"{database}.migrate.lock").open("ab") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, or the process dies
            yield connection


__all__ = ["current_revision", "head_revision", "legacy_revision", "upgrade"]
