"""Engines and sessions for SQLite (embedded default) and PostgreSQL (scale-out).

SQLite runs in WAL mode with a busy timeout so that the bot's reader and a reload's writer
do not trip over each other; PostgreSQL gets a connection pool. The schema is brought to the
newest revision when the database is opened (store/schema.py), unless the caller only wants
to look (`hetao-brief health`).
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Protocol

from sqlalchemy import Connection, Engine, create_engine, event, insert, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from hetao_brief.store import schema
from hetao_brief.store.tables import Base

_ADVISORY_KEY = "hashtextextended(current_schema() || '/' || :name, 0)"
"""A PostgreSQL advisory lock's key: its name within the schema, so deployments sharing a
database in schemas of their own do not keep each other out."""


class Database:
    def __init__(self, url: str, pool_size: int = 5, upgrade: bool = True) -> None:
        parsed = make_url(url)
        options: dict[str, Any] = {}
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            options["connect_args"] = {"timeout": 30, "check_same_thread": False}
        else:
            options.update(pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True)
        self.engine: Engine = create_engine(url, **options)
        self.dialect = parsed.get_backend_name()
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._held: set[_AdvisoryLock | _FileLock] = set()  # locks holding a connection or file, until released
        if upgrade:
            schema.upgrade(self.engine)

    def problem(self) -> str | None:
        """Why the store cannot keep what is written to it now, or None. A SQLite file can be
        removed or made read-only under a running process, which then goes on writing into a
        file nobody will read again; the bot asks this before it confirms a change."""
        if self.dialect != "sqlite":
            return None
        database = self.engine.url.database
        if not database or database == ":memory:":
            return None
        path = Path(database)
        if not path.exists():
            return f"the database file {path} is gone"
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            return f"the database file {path} or its directory is read-only"
        return None

    def schema_is_current(self) -> bool:
        return schema.current_revision(self.engine) == schema.head_revision()

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: committed if the block finishes, rolled back if it raises."""
        with self._sessions() as session, session.begin():
            yield session

    def serialize(self, session: Session, name: str) -> None:
        """Make transactions that call this with the same `name` run one at a time, across
        processes: a PostgreSQL advisory lock held until the transaction ends. SQLite already
        runs one writer at a time."""
        if self.dialect == "postgresql":
            session.execute(text(f"SELECT pg_advisory_xact_lock({_ADVISORY_KEY})"), {"name": name})

    def process_lock(self, name: str) -> ProcessLock:
        """A lock that one process at a time holds, across every instance sharing this
        database, for as long as it likes: minutes of digest fan-out, for which `serialize`
        would keep a transaction open."""
        if self.dialect == "postgresql":
            return _AdvisoryLock(self.engine, name, self._held)
        database = self.engine.url.database
        if not database or database == ":memory:":
            return _NoOtherProcess()
        return _FileLock(Path(f"{database}.{name}.lock"), self._held)

    def dispose(self) -> None:
        """Close every connection: the pool's, and those of process locks still held (a
        holder cancelled mid-run), which the pool does not own and would leave open."""
        for lock in list(self._held):
            lock.release()
        self.engine.dispose()


class ProcessLock(Protocol):
    """Never blocks: a caller that wants to wait polls, so that waiting stays cancellable and
    no thread is left stuck in a lock call when the process shuts down."""

    def try_acquire(self) -> bool:
        """Take the lock if no other holder has it; False at once if one has."""

    def release(self) -> None: ...


class _AdvisoryLock:
    """A PostgreSQL session-level advisory lock on a connection of its own, outside any
    transaction; the server drops it if the holder's connection dies with its process. Its
    key is `_ADVISORY_KEY`'s."""

    def __init__(self, engine: Engine, name: str, held: set[_AdvisoryLock | _FileLock]) -> None:
        self._engine = engine
        self._name = name
        self._connection: Connection | None = None
        self._held = held  # the database's: a lock left held (its holder cancelled) is closed on dispose

    def try_acquire(self) -> bool:
        connection = self._engine.connect()
        try:
            held = bool(connection.scalar(text(f"SELECT pg_try_advisory_lock({_ADVISORY_KEY})"), {"name": self._name}))
            connection.commit()  # the lock outlives the transaction; an open one would idle for minutes
        except BaseException:
            connection.close()
            raise
        if held:
            self._connection = connection
            self._held.add(self)
        else:
            connection.close()
        return held

    def release(self) -> None:
        if (connection := self._connection) is not None:
            self._connection = None
            self._held.discard(self)
            try:
                connection.execute(text(f"SELECT pg_advisory_unlock({_ADVISORY_KEY})"), {"name": self._name})
                connection.commit()
            finally:
                connection.close()


class _FileLock:
    """SQLite's instances share a machine: an `flock` on a file beside the database, which
    the kernel drops if the holder dies."""

    def __init__(self, path: Path, held: set[_AdvisoryLock | _FileLock]) -> None:
        self._path = path
        self._file: IO[bytes] | None = None
        self._held = held

    def try_acquire(self) -> bool:
        file = self._path.open("ab")
        try:
            fcntl.flock(file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            file.close()
            return False
        self._file = file
        self._held.add(self)
        return True

    def release(self) -> None:
        if (file := self._file) is not None:
            self._file = None
            self._held.discard(self)
            fcntl.flock(file, fcntl.LOCK_UN)
            file.close()


class _NoOtherProcess:
    """An in-memory database belongs to one process: nobody else to keep out."""

    def try_acquire(self) -> bool:
        return True

    def release(self) -> None:
        pass


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def insert_rows(session: Session, table: type[Base], rows: list[dict[str, Any]]) -> None:
    """Insert many rows as plain values, not ORM objects (20k facts took 4.6 s as objects and
    0.9 s so). No rows inserts nothing: an empty list given to `insert()` inserts one row of
    defaults."""
    if rows:
        session.execute(insert(table), rows)


def redact_url(url: str) -> str:
    """A database URL fit for logs: the password hidden."""
    return make_url(url).render_as_string(hide_password=True)
