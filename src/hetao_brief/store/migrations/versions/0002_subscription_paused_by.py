"""subscriptions.paused_by (1febc16).

Subscriptions say who paused them: "user", or "chat" when the chat stopped
accepting messages, which resumes them when it comes back. A subscription paused before the
column existed is taken as paused by its user: only they resume it, so nobody who paused
gets a digest again unasked.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("subscriptions") as batch:
        batch.add_column(sa.Column("paused_by", sa.String(8), nullable=True))
    op.execute(
        sa.text("UPDATE subscriptions SET paused_by = 'user' WHERE active = :inactive").bindparams(inactive=False)
    )


def downgrade() -> None:
    with op.batch_alter_table("subscriptions") as batch:
        batch.drop_column("paused_by")
