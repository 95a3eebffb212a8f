"""The schema exactly as the bot of 2026-11-25 (commit 2d4543a) created it with `create_all`,
before migrations existed: the upgrade tests build a database with it, fill it, and upgrade it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    file: Mapped[str] = mapped_column(String(255))
    title: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[str] = mapped_column(String(10))
    script: Mapped[str] = mapped_column(String(8))
    sha256: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)
    """The last version that parsed: if the file later breaks, its facts come from this."""


class FactRow(Base):
    __tablename__ = "facts"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    label: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10))
    is_target: Mapped[bool] = mapped_column(Boolean, default=False)
    measure: Mapped[str | None] = mapped_column(Text)
    value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(16))
    qualifier: Mapped[str | None] = mapped_column(Text)
    event: Mapped[str | None] = mapped_column(String(16))
    entities: Mapped[list[str]] = mapped_column(JSON, default=list)
    first_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    """When a reload first produced this fact: digests report facts newer than the last one."""
    sources: Mapped[list[FactSourceRow]] = relationship(
        back_populates="fact", cascade="all, delete-orphan", order_by="FactSourceRow.position"
    )


class FactSourceRow(Base):
    __tablename__ = "fact_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    fact_id: Mapped[str] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    article_id: Mapped[str] = mapped_column(String(80))
    sentence_index: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)
    fact: Mapped[FactRow] = relationship(back_populates="sources")


class ReloadRow(Base):
    __tablename__ = "reloads"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    articles: Mapped[int] = mapped_column(Integer)
    added: Mapped[int] = mapped_column(Integer)
    removed: Mapped[int] = mapped_column(Integer)
    unchanged: Mapped[int] = mapped_column(Integer)
    errors: Mapped[list[str]] = mapped_column(JSON, default=list)


class ChatRow(Base):
    __tablename__ = "chats"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    language: Mapped[str | None] = mapped_column(String(8))
    timezone: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    failures: Mapped[int] = mapped_column(Integer, default=0)
    """Consecutive delivery failures (blocked, chat not found); many deactivate the chat."""


class SubscriptionRow(Base):
    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, index=True)
    cadence: Mapped[str] = mapped_column(String(8))
    at_time: Mapped[str] = mapped_column(String(5))
    topic: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    """False while paused by the user or after the chat stopped accepting messages."""
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class DeliveryRow(Base):
    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("subscription_id", "period", name="uq_delivery_period"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(8))
    claimed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class SavedQueryRow(Base):
    """Queries too long to fit a button's 64 bytes of data, kept under a short key so that
    'more results' works across restarts and across bot instances."""

    __tablename__ = "saved_queries"

    key: Mapped[str] = mapped_column(String(16), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
