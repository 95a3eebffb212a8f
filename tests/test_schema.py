"""Migrations: a new database gets the newest schema; a database the bot of 2026-11-25
(2d4543a) created, before migrations existed, is recognised, upgraded, and keeps every row;
so is one from between that day and the first migration. On SQLite and PostgreSQL."""

from __future__ import annotations

import io
import re
import warnings
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, select, text

from hetao_brief import cli
from hetao_brief.services import health
from hetao_brief.store import schema
from hetao_brief.store.database import Database
from hetao_brief.store.subscriptions import SubscriptionRepository
from hetao_brief.store.tables import Base, SubscriptionRow

from .support import legacy_schema

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def _legacy_database(url: str) -> None:
    """What a user of 2d4543a had: a chat, an active and a paused subscription, a delivery,
    an article, a fact with its source, a reload and a saved query."""
    engine = create_engine(url)
    legacy_schema.Base.metadata.create_all(engine)
    with engine.begin() as connection:
        for table, row in (
            (
                "chats",
                {"id": 42, "language": "zh-Hant", "timezone": "Asia/Hong_Kong", "created_at": NOW, "failures": 0},
            ),
            (
                "subscriptions",
                {
                    "id": 1,
                    "chat_id": 42,
                    "cadence": "daily",
                    "at_time": "08:30",
                    "topic": "人才",
                    "active": True,
                    "created_at": NOW,
                    "last_sent_at": NOW,
                },
            ),
            (
                "subscriptions",
                {
                    "id": 2,
                    "chat_id": 42,
                    "cadence": "weekly",
                    "at_time": "09:00",
                    "topic": None,
                    "active": False,
                    "created_at": NOW,
                    "last_sent_at": None,
                },
            ),
            (
                "deliveries",
                {
                    "id": 1,
                    "subscription_id": 1,
                    "period": "2026-11-25",
                    "status": "sent",
                    "claimed_at": NOW,
                    "sent_at": NOW,
                },
            ),
            (
                "articles",
                {
                    "id": "a1",
                    "file": "a1.md",
                    "title": "標題",
                    "source": "報",
                    "published": "2024-07-01",
                    "script": "zh-Hant",
                    "sha256": "0" * 64,
                    "body": "河套合作區的文章正文。",
                },
            ),
            (
                "facts",
                {
                    "id": "f1",
                    "kind": "milestone",
                    "label": "開園",
                    "text": "開園。",
                    "date": "2024-07",
                    "is_target": False,
                    "measure": None,
                    "value": None,
                    "unit": None,
                    "qualifier": None,
                    "event": "open",
                    "entities": ["河套"],
                    "first_seen_at": NOW,
                },
            ),
            (
                "fact_sources",
                {
                    "id": 1,
                    "fact_id": "f1",
                    "position": 0,
                    "article_id": "a1",
                    "sentence_index": 0,
                    "sentence": "開園。",
                },
            ),
            (
                "reloads",
                {
                    "id": 1,
                    "started_at": NOW,
                    "finished_at": NOW,
                    "articles": 1,
                    "added": 1,
                    "removed": 0,
                    "unchanged": 0,
                    "errors": [],
                },
            ),
            ("saved_queries", {"key": "k1", "text": "長的查詢", "created_at": NOW}),
        ):
            connection.execute(legacy_schema.Base.metadata.tables[table].insert().values(**row))
    engine.dispose()


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    tables = ("chats", "subscriptions", "deliveries", "articles", "facts", "fact_sources", "reloads", "saved_queries")
    with engine.connect() as connection:
        counts = {t: connection.scalar(text(f"SELECT count(*) FROM {t}")) or 0 for t in tables}
    engine.dispose()
    return counts


EXPRESSION_INDEXES = {"uq_subscription_slot"}
"""Indexes on an expression (coalesce(topic, '')), which SQLAlchemy cannot reflect: checked by
name instead of by autogenerate's comparison."""


def _matches_models(database: Database) -> list[object]:
    def compared(obj: object, name: str | None, kind: str, reflected: bool, other: object) -> bool:
        return not (kind == "index" and name in EXPRESSION_INDEXES)

    with warnings.catch_warnings(), database.engine.connect() as connection:
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expression-based index")
        context = MigrationContext.configure(connection, opts={"include_object": compared})
        differences = list(compare_metadata(context, Base.metadata))
        names = {
            row[0]
            for row in connection.execute(
                text(
                    "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
                    if database.dialect == "postgresql"
                    else "SELECT name FROM sqlite_master WHERE type = 'index'"
                )
            )
        }
    return differences + [f"missing index {n}" for n in EXPRESSION_INDEXES - names]


def test_a_new_database_gets_the_newest_schema(database_url: str) -> None:
    database = Database(database_url)
    try:
        assert schema.current_revision(database.engine) == schema.head_revision()
        assert _matches_models(database) == []
    finally:
        database.dispose()


def test_a_database_of_2d4543a_is_upgraded_without_losing_a_row(database_url: str) -> None:
    _legacy_database(database_url)
    before = _counts(database_url)
    database = Database(database_url)
    try:
        assert schema.current_revision(database.engine) == schema.head_revision()
        assert _matches_models(database) == []
        assert _counts(database_url) == before
        with database.unit_of_work() as session:
            # What failed on the old database: reading subscriptions (paused_by did not exist).
            subscriptions = {s.id: s for s in SubscriptionRepository(session).for_chat(42)}
            paused = session.scalar(select(SubscriptionRow.paused_by).where(SubscriptionRow.id == 2))
        assert set(subscriptions) == {1, 2}
        assert subscriptions[1].active and subscriptions[1].topic == "人才"
        assert not subscriptions[2].active and paused == "user"  # only its user resumes it
    finally:
        database.dispose()


def test_a_database_from_between_2d4543a_and_migrations_is_recognised(database_url: str) -> None:
    """A later pre-migration database already has paused_by and unsent_parts: recognised as
    such (no 'duplicate column'), and brought to the newest revision."""
    _legacy_database(database_url)
    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE subscriptions ADD COLUMN paused_by VARCHAR(8)"))
        assert schema.legacy_revision(connection) == "0002"
    engine.dispose()
    database = Database(database_url)
    try:
        assert schema.current_revision(database.engine) == schema.head_revision()
        assert "fact_terms" in inspect(database.engine).get_table_names()
    finally:
        database.dispose()


def test_migrate_says_where_the_database_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HETAO_DATABASE_URL", f"sqlite:///{tmp_path / 'old.sqlite3'}")
    monkeypatch.chdir(tmp_path)
    _legacy_database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    out = io.StringIO()
    assert cli.main(["migrate"], out=out) == 0
    assert f"upgraded from 0001 to revision {schema.head_revision()}" in out.getvalue()
    out = io.StringIO()
    assert cli.main(["migrate"], out=out) == 0
    assert f"is at revision {schema.head_revision()} (the newest)" in out.getvalue()


def test_health_reports_an_old_schema_and_a_missing_tick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    monkeypatch.setenv("HETAO_DATABASE_URL", url)
    monkeypatch.setenv("HETAO_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.chdir(tmp_path)
    _legacy_database(url)
    out = io.StringIO()
    assert cli.main(["health"], out=out) == 1
    assert "FAIL schema: not current: run hetao-brief migrate" in out.getvalue()
    assert cli.main(["migrate"], out=io.StringIO()) == 0
    out = io.StringIO()
    assert cli.main(["health"], out=out) == 0, out.getvalue()  # the legacy fact counts as loaded
    out = io.StringIO()
    assert cli.main(["health", "--running"], out=out) == 1
    assert "FAIL digest job: has not run yet" in out.getvalue()
    health.record_tick(tmp_path / "state")
    out = io.StringIO()
    assert cli.main(["health", "--running"], out=out) == 0, out.getvalue()
    ran = re.search(r"ok   digest job: last ran (\d+) s ago", out.getvalue())  # 0 s, or 1 on a loaded machine
    assert ran and int(ran.group(1)) < 60, out.getvalue()
