"""index for reading the customer tree a page of children at a time

It also serves lookups by parent alone, so the older parent index goes; the
index on the name alone served no query and slowed every insert.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_account_parent_name", "account", ["parent_id", "name", "id"])
    op.drop_index("ix_account_parent_id", table_name="account")
    op.drop_index("ix_account_name", table_name="account")


def downgrade() -> None:
    op.create_index("ix_account_name", "account", ["name"])
    op.create_index("ix_account_parent_id", "account", ["parent_id"])
    op.drop_index("ix_account_parent_name", table_name="account")
