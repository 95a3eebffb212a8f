"""What several bot processes on one database rely on: each sees another's reload, the
database is set up for concurrent use, and a process lock lets one of them at a time send."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from hetao_brief.services.briefing import Briefing
from hetao_brief.store.database import Database
from hetao_brief.text.lexicon import Lexicon

from ..conftest import add_quantum_article
from ..support.postgres import PG_URL

pytestmark = pytest.mark.slow


def test_an_instance_picks_up_a_reload_run_by_another(database: Database, lexicon: Lexicon, corpus_copy: Path) -> None:
    first, second = Briefing(database, lexicon, corpus_copy), Briefing(database, lexicon, corpus_copy)
    first.start()
    second.start()
    assert second.refresh() is False  # nothing new: no rebuild
    milestone = add_quantum_article(corpus_copy)
    first.reload(corpus_copy)
    assert not any(milestone in r.text for r in second.ask("量子计算中心").results)  # the old index
    assert second.refresh() is True
    assert second.snapshot.reload_id == first.snapshot.reload_id
    assert any(milestone in r.text for r in second.ask("量子计算中心").results)


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'wal.sqlite3'}")
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 30000
    database.dispose()


def test_postgresql_pool_is_sized_from_the_settings() -> None:
    database = Database(PG_URL, pool_size=7)
    assert database.engine.pool.size() == 7  # type: ignore[attr-defined]
    database.dispose()


def test_a_process_lock_has_one_holder_at_a_time(database: Database) -> None:
    first, second, other = (database.process_lock(name) for name in ("turn", "turn", "another"))
    assert first.try_acquire()
    assert not second.try_acquire()
    assert other.try_acquire()  # a lock of another name is not held
    other.release()
    first.release()
    assert second.try_acquire()
    second.release()


HOLDER = """
import sys, time
from hetao_brief.store.database import Database
lock = Database(sys.argv[1]).process_lock("turn")
assert lock.try_acquire()
print("held", flush=True)
time.sleep(120)
"""


def test_a_process_lock_is_given_back_when_its_holder_dies(database: Database, database_url: str) -> None:
    with subprocess.Popen([sys.executable, "-c", HOLDER, database_url], stdout=subprocess.PIPE, text=True) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
            lock = database.process_lock("turn")
            assert not lock.try_acquire()
        finally:
            holder.kill()
    deadline = time.monotonic() + 10  # PostgreSQL notices the closed connection within moments
    while not lock.try_acquire():
        assert time.monotonic() < deadline, "the dead holder's lock was never given back"
        time.sleep(0.05)
    lock.release()


def test_a_lock_left_held_is_given_back_when_the_database_is_disposed(database_url: str) -> None:
    """A holder cancelled mid-run never releases; disposing of the database closes its
    connection, so the lock is free for another instance and no connection is left open."""
    database, other = Database(database_url), Database(database_url)
    try:
        assert database.process_lock("turn").try_acquire()  # and dropped, never released
        blocked = other.process_lock("turn")
        assert not blocked.try_acquire()  # held until disposed, by a lock nobody refers to
        database.dispose()
        assert blocked.try_acquire()
        blocked.release()
    finally:
        other.dispose()
