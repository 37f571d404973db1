"""stable keys for contacts, team members, orders and interactions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

Keys let these records survive an export and re-import (reporting lines and
orders refer to them). Existing rows get keys made from their ids, the same
way the store makes them for new rows without a key.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = {"contact": "P", "team_member": "T", "account_transaction": "O", "interaction": "I"}


def upgrade() -> None:
    conn = op.get_bind()
    for table, prefix in TABLES.items():
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("key", sa.String(length=200), nullable=False, server_default=""))
        rows = sa.table(table, sa.column("id", sa.Integer), sa.column("key", sa.String))
        ids = [row[0] for row in conn.execute(sa.select(rows.c.id))]
        if ids:
            conn.execute(
                rows.update().where(rows.c.id == sa.bindparam("row_id")).values(key=sa.bindparam("new_key")),
                [{"row_id": i, "new_key": f"{prefix}{i:06d}"} for i in ids],
            )
        with op.batch_alter_table(table) as batch:
            batch.alter_column("key", server_default=None)
            batch.create_unique_constraint(f"uq_{table}_key", ["key"])


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"uq_{table}_key", type_="unique")
            batch.drop_column("key")
