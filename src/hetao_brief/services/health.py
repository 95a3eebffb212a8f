"""`hetao-brief health`: whether this deployment can serve, for Docker's HEALTHCHECK and
for operators. It opens the database without upgrading it (a health check changes nothing).

A running bot's digest job records each tick in a file under the state directory (beside the
process, so each container answers for its own bot); `--running` asks that the last tick be
recent, which catches a bot whose event loop is stuck while its process still lives.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from hetao_brief.config import Settings
from hetao_brief.store.database import Database, redact_url
from hetao_brief.store.tables import FactRow

TICK_FILE = "digest-job.tick"
MAX_TICK_AGE = 300.0
"""Seconds: the digest job ticks every minute, so five missed ticks mean it is stuck."""


def record_tick(state_dir: Path) -> None:
    """Called by the digest job after every run."""
    state_dir.mkdir(parents=True, exist_ok=True)
    (state_dir / TICK_FILE).touch()


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'} {self.name}: {self.detail}"


def check(settings: Settings, running: bool = False, now: float | None = None) -> list[Check]:
    """Every check, in order; a failed database connection skips those that need it."""
    checks: list[Check] = []
    try:
        database = Database(settings.db_url, pool_size=1, upgrade=False)
        try:
            with database.unit_of_work() as session:
                current = database.schema_is_current()
                checks.append(Check("database", True, redact_url(settings.db_url)))
                problem = database.problem()
                checks.append(Check("store", problem is None, problem or "writable"))
                checks.append(
                    Check("schema", current, "current" if current else "not current: run hetao-brief migrate")
                )
                facts = session.scalar(select(func.count()).select_from(FactRow)) if current else 0
                checks.append(Check("facts", bool(facts), f"{facts} loaded" if facts else "none loaded"))
        finally:
            database.dispose()
    except SQLAlchemyError as error:
        checks.append(Check("database", False, f"unreachable ({type(error).__name__})"))
    if running:
        tick = settings.state_dir / TICK_FILE
        age = (now or time.time()) - tick.stat().st_mtime if tick.exists() else None
        if age is None:
            checks.append(Check("digest job", False, "has not run yet"))
        else:
            checks.append(Check("digest job", age <= MAX_TICK_AGE, f"last ran {age:.0f} s ago"))
    return checks


__all__ = ["MAX_TICK_AGE", "Check", "check", "record_tick"]
