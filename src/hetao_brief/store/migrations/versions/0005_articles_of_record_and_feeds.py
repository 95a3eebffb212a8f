"""articles of record (url, origin, added_at) and feeds.

The database becomes the corpus of record: each article keeps the link it was fetched from
(unique, so a page is stored once), how it came in and when. Feeds and the items they showed.
An article stored before this revision came from the disk: its origin is "bundled".

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("url", sa.Text(), nullable=True))
        batch.add_column(sa.Column("origin", sa.String(16), nullable=False, server_default="bundled"))
        batch.add_column(sa.Column("added_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_unique_constraint("uq_articles_url", ["url"])
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("modified", sa.Text(), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_fetch_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("items_taken", sa.Integer(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("next_fetch_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("url", name="uq_feeds_url"),
    )
    op.create_table(
        "feed_items",
        sa.Column("feed_id", sa.Integer(), sa.ForeignKey("feeds.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("item_key", sa.String(64), primary_key=True),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("feed_items")
    op.drop_table("feeds")
    with op.batch_alter_table("articles") as batch:
        batch.drop_constraint("uq_articles_url", type_="unique")
        batch.drop_column("added_at")
        batch.drop_column("origin")
        batch.drop_column("url")
