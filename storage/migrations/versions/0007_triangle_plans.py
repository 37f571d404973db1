"""iron triangle and account plans: team members' roles, region and capacity;
triangle assignments with history; account plans with objectives, actions
and risks

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27

The team table only gains columns (ALTER TABLE ADD COLUMN, no rebuild):
existing members can take no triangle role until one is given, work in no
region and carry the default capacity of 10.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_FIT = (
    "business_network",
    "business_model",
    "decision_makers",
    "industry_trend",
    "competition",
    "financial_health",
    "solution_fit",
)


def upgrade() -> None:
    with op.batch_alter_table("team_member") as batch:
        batch.add_column(sa.Column("roles", sa.String(length=20), server_default="", nullable=False))
        batch.add_column(sa.Column("region", sa.String(length=200), server_default="", nullable=False))
        batch.add_column(sa.Column("capacity", sa.Float(), server_default="10", nullable=False))
    # Members who were there before roles existed may take any seat until someone says otherwise:
    # with no roles, an upgraded portfolio could not be staffed at all.
    op.execute("UPDATE team_member SET roles = 'AR,SR,FR'")
    op.create_table(
        "triangle_assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=2), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name="fk_triangle_assignment_account_id_account", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["member_id"], ["team_member.id"], name="fk_triangle_assignment_member_id_team_member"),
        sa.PrimaryKeyConstraint("id", name="pk_triangle_assignment"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_triangle_assignment_account", "triangle_assignment", ["account_id", "role", "start_on"])
    op.create_index("ix_triangle_assignment_member_id", "triangle_assignment", ["member_id"])
    op.create_table(
        "account_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("challenges", sa.Text(), nullable=False),
        sa.Column("competitors", sa.Text(), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("weaknesses", sa.Text(), nullable=False),
        sa.Column("trends", sa.Text(), nullable=False),
        *(sa.Column(f"fit_{name}", sa.Integer(), nullable=True) for name in _FIT),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name="fk_account_plan_account_id_account", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_account_plan"),
        sa.UniqueConstraint("account_id", "period", name="uq_account_plan_account_id"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "plan_objective",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("target_cents", sa.BigInteger(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("progress", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["account_plan.id"], name="fk_plan_objective_plan_id_account_plan", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["team_member.id"], name="fk_plan_objective_owner_id_team_member", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_plan_objective"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_plan_objective_plan_id", "plan_objective", ["plan_id"])
    op.create_table(
        "plan_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["plan_objective.id"],
            name="fk_plan_action_objective_id_plan_objective",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["team_member.id"], name="fk_plan_action_owner_id_team_member", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_plan_action"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_plan_action_objective_id", "plan_action", ["objective_id"])
    op.create_table(
        "plan_risk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("likelihood", sa.Integer(), nullable=False),
        sa.Column("impact", sa.Integer(), nullable=False),
        sa.Column("mitigation", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["account_plan.id"], name="fk_plan_risk_plan_id_account_plan", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["team_member.id"], name="fk_plan_risk_owner_id_team_member", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_plan_risk"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_plan_risk_plan_id", "plan_risk", ["plan_id"])


def downgrade() -> None:
    op.drop_index("ix_plan_risk_plan_id", table_name="plan_risk")
    op.drop_table("plan_risk")
    op.drop_index("ix_plan_action_objective_id", table_name="plan_action")
    op.drop_table("plan_action")
    op.drop_index("ix_plan_objective_plan_id", table_name="plan_objective")
    op.drop_table("plan_objective")
    op.drop_table("account_plan")
    op.drop_index("ix_triangle_assignment_member_id", table_name="triangle_assignment")
    op.drop_index("ix_triangle_assignment_account", table_name="triangle_assignment")
    op.drop_table("triangle_assignment")
    with op.batch_alter_table("team_member") as batch:
        batch.drop_column("capacity")
        batch.drop_column("region")
        batch.drop_column("roles")
