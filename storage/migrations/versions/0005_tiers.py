"""tier classification: potential inputs and applied tier on accounts, tier
history, manual overrides, settings; covering indexes for the metrics

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27

The metrics read every order by (account, date) with its amount and payment
dates, and every interaction by (account, date, kind); the covering indexes
let SQLite answer them from the index alone. They replace the single-column
account indexes, which they start with.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("industry_growth_pct", sa.Float(), nullable=True))
        batch.add_column(sa.Column("decision_nodes", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("industry_leader", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("tier", sa.String(length=1), nullable=True))
        batch.add_column(sa.Column("tier_score", sa.Float(), nullable=True))
        batch.add_column(sa.Column("tier_model", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("tier_on", sa.Date(), nullable=True))
    op.create_table(
        "tier_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("old_tier", sa.String(length=1), nullable=True),
        sa.Column("new_tier", sa.String(length=1), nullable=False),
        sa.Column("model", sa.String(length=20), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reason_code", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("reason_params", sa.Text(), nullable=False, server_default="{}"),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name="fk_tier_history_account_id_account", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_tier_history"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_tier_history_account_id", "tier_history", ["account_id", "changed_on"])
    op.create_table(
        "tier_override",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("tier", sa.String(length=1), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("set_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name="fk_tier_override_account_id_account", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("account_id", name="pk_tier_override"),
    )
    op.create_table(
        "setting",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_setting"),
    )
    op.create_index(
        "ix_account_transaction_metrics",
        "account_transaction",
        ["account_id", "booked_on", "amount_cents", "due_on", "paid_on"],
    )
    op.drop_index("ix_account_transaction_account_id", table_name="account_transaction")
    op.create_index("ix_interaction_metrics", "interaction", ["account_id", "occurred_on", "kind"])
    op.drop_index("ix_interaction_account_id", table_name="interaction")


def downgrade() -> None:
    op.create_index("ix_interaction_account_id", "interaction", ["account_id"])
    op.drop_index("ix_interaction_metrics", table_name="interaction")
    op.create_index("ix_account_transaction_account_id", "account_transaction", ["account_id"])
    op.drop_index("ix_account_transaction_metrics", table_name="account_transaction")
    op.drop_table("setting")
    op.drop_table("tier_override")
    op.drop_index("ix_tier_history_account_id", table_name="tier_history")
    op.drop_table("tier_history")
    with op.batch_alter_table("account") as batch:
        for name in ("tier_on", "tier_model", "tier_score", "tier", "industry_leader", "decision_nodes"):
            batch.drop_column(name)
        batch.drop_column("industry_growth_pct")
