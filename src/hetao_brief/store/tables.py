"""The schema. Facts are rebuilt by every reload; chats, subscriptions and deliveries are
the users' data and are never touched by a reload."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"
    __table_args__ = (UniqueConstraint("url", name="uq_articles_url"),)

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    file: Mapped[str] = mapped_column(String(255))
    title: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[str] = mapped_column(String(10))
    script: Mapped[str] = mapped_column(String(8))
    sha256: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)
    """The article's text: the database is the corpus of record, and reloads read it from here."""
    url: Mapped[str | None] = mapped_column(Text)
    """The canonical link of a fetched article (unique: a page is stored once)."""
    origin: Mapped[str] = mapped_column(String(16), default="bundled", server_default="bundled")
    """How it came in: bundled, disk (reload --data), upload, link or feed."""
    added_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


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


class FactTermsRow(Base):
    """A fact's weighted index terms, as the analyzer made them for the reload that stored the
    fact. A start, or another instance catching up after that reload, reads them instead of
    segmenting every fact again, which is most of an index build's time."""

    __tablename__ = "fact_terms"

    fact_id: Mapped[str] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True)
    analysis: Mapped[str] = mapped_column(String(16))
    """The fingerprint of the analyzer that made them: another analyzer does not use them."""
    terms: Mapped[str] = mapped_column(Text)
    """Term → weight, as compact JSON (store/terms.py)."""


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
    __table_args__ = (
        Index("uq_subscription_slot", "chat_id", "cadence", "at_time", text("coalesce(topic, '')"), unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, index=True)
    cadence: Mapped[str] = mapped_column(String(8))
    at_time: Mapped[str] = mapped_column(String(5))
    topic: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    paused_by: Mapped[str | None] = mapped_column(String(8))
    """Why an inactive subscription is paused: "user" (only the user resumes it) or "chat"
    (the chat stopped accepting messages; resumed when it comes back)."""
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


class UnsentPartsRow(Base):
    """What is left of a digest sent in several messages when sending stopped midway (a
    failure, a crash): the next attempt sends exactly these, so no part arrives twice and the
    reader gets the rest of the digest that was begun, not a newly composed one."""

    __tablename__ = "unsent_parts"

    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id", ondelete="CASCADE"), primary_key=True)
    period: Mapped[str] = mapped_column(String(16), primary_key=True)
    parts: Mapped[list[str]] = mapped_column(JSON)


class FeedRow(Base):
    """An RSS or Atom feed an admin follows; polled on a timer, one worker at a time."""

    __tablename__ = "feeds"
    __table_args__ = (UniqueConstraint("url", name="uq_feeds_url"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    url: Mapped[str] = mapped_column(Text)
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    """An item is taken if its title or summary holds one; empty: the zone's names."""
    etag: Mapped[str | None] = mapped_column(Text)
    modified: Mapped[str | None] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_fetch_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)
    items_taken: Mapped[int] = mapped_column(Integer, default=0)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    """Consecutive failed polls: each doubles the wait before the next (backoff)."""
    next_fetch_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class FeedItemRow(Base):
    """An item a feed has shown, taken or not: a later poll does not fetch it again."""

    __tablename__ = "feed_items"

    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"), primary_key=True)
    item_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    """sha256 of the item's id (or link)."""
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SavedQueryRow(Base):
    """Queries too long to fit a button's 64 bytes of data, kept under a short key so that
    'more results' works across restarts and across bot instances."""

    __tablename__ = "saved_queries"

    key: Mapped[str] = mapped_column(String(16), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
