"""fact_terms (3803ecc).

Each fact's index terms kept beside it, under the analyzer's fingerprint. A
database without them makes them on its next start, as after any change of analysis.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fact_terms",
        sa.Column("fact_id", sa.String(16), sa.ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("analysis", sa.String(16), nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("fact_terms")
