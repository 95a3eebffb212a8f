"""one subscription per (chat, cadence, time, topic).

The same /subscribe twice at once (a double tap) stored two rows, and the chat got every
digest twice. A unique index (topic NULL counted as '') makes the second insert fail, which
the bot answers "already subscribed". Duplicates already stored are folded into the oldest
(its deliveries kept; the others' deleted with them).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        sa.text(
            "DELETE FROM subscriptions WHERE id NOT IN ("
            " SELECT min(id) FROM subscriptions GROUP BY chat_id, cadence, at_time, coalesce(topic, ''))"
        )
    )
    op.create_index(
        "uq_subscription_slot",
        "subscriptions",
        ["chat_id", "cadence", "at_time", sa.text("coalesce(topic, '')")],
        unique=True,
    )


def downgrade() -> None:
    op.drop_index("uq_subscription_slot", "subscriptions")
