"""certification validity: valid_until and a renewal link on plan items

Revision ID: 0002_certification_validity
Revises: 0001_initial
Create Date: 2026-12-02 08:00:00

The table is rebuilt (Alembic batch mode: SQLite adds no foreign key in
place) with its CHECK constraints, index and rows, in the single transaction
the upgrade runs in.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_certification_validity"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite cannot add a foreign key to a table in place: batch mode copies
    # plan_items into a new table with the two columns and renames it back,
    # all inside the one transaction env.py opens (a kill leaves 0001 intact).
    with op.batch_alter_table("plan_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("valid_until", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("renewal_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_plan_items_renewal_id_plan_items"),
            "plan_items",
            ["renewal_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("plan_items", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_plan_items_renewal_id_plan_items"), type_="foreignkey"
        )
        batch_op.drop_column("renewal_id")
        batch_op.drop_column("valid_until")
