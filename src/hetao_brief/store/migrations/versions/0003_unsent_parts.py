"""unsent_parts (f2d906a).

What is left of a digest sent in several messages when sending stopped midway.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unsent_parts",
        sa.Column(
            "subscription_id",
            sa.Integer(),
            sa.ForeignKey("subscriptions.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("period", sa.String(16), primary_key=True),
        sa.Column("parts", sa.JSON(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("unsent_parts")
