"""The real PostgreSQL on 127.0.0.1:5432 for tests and benchmarks: whether it is reachable, and
a schema of one's own, dropped afterwards. A plain module, not conftest, so that the benchmarks
can use it without pytest."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text

PG_URL = os.environ.get("HETAO_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def postgres_unreachable() -> str | None:
    """Why the PostgreSQL at PG_URL cannot be used, or None if it can."""
    engine = create_engine(PG_URL)
    try:
        with engine.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as err:
        return f"PostgreSQL at {PG_URL} is not reachable: {type(err).__name__}"
    finally:
        engine.dispose()
    return None


@contextmanager
def postgres_schema(prefix: str = "hb_test") -> Iterator[str]:
    """A URL whose connections use a fresh schema of their own, dropped afterwards: tests (and
    the benchmarks) share one database without seeing each other's tables."""
    engine = create_engine(PG_URL)
    schema = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with engine.begin() as conn:
        conn.execute(text(f"create schema {schema}"))
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as conn:
            conn.execute(text(f"drop schema {schema} cascade"))
        engine.dispose()
