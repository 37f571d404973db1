"""power map: buying role, influence, attitude, relationship owner and
strength on contacts; informal links between contacts; dated snapshots of
an account's power map

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27

The contact table is rebuilt by batch mode; storage.database runs migrations
with foreign keys off, so that dropping the old table clears no reporting
line and no interaction's contact.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contact") as batch:
        batch.add_column(sa.Column("secondary_manager_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("buying_role", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("influence", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("attitude", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("layer", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("owner_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("strength", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("last_contact_on", sa.Date(), nullable=True))
        batch.create_foreign_key(
            "fk_contact_secondary_manager_id_contact", "contact", ["secondary_manager_id"], ["id"], ondelete="SET NULL"
        )
        batch.create_foreign_key(
            "fk_contact_owner_id_team_member", "team_member", ["owner_id"], ["id"], ondelete="SET NULL"
        )
    op.create_table(
        "contact_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("strength", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"], ["contact.id"], name="fk_contact_link_source_id_contact", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["target_id"], ["contact.id"], name="fk_contact_link_target_id_contact", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_contact_link"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_contact_link_source_id", "contact_link", ["source_id"])
    op.create_index("ix_contact_link_target_id", "contact_link", ["target_id"])
    op.create_table(
        "powermap_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name="fk_powermap_snapshot_account_id_account", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_powermap_snapshot"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_powermap_snapshot_account_id", "powermap_snapshot", ["account_id"])
    op.create_table(
        "powermap_snapshot_entry",
        sa.Column("snapshot_id", sa.Integer(), nullable=False),
        sa.Column("contact_key", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("manager_key", sa.String(length=200), nullable=True),
        sa.Column("buying_role", sa.String(length=20), nullable=True),
        sa.Column("influence", sa.Integer(), nullable=True),
        sa.Column("attitude", sa.Integer(), nullable=True),
        sa.Column("layer", sa.String(length=20), nullable=True),
        sa.Column("owner_name", sa.String(length=200), nullable=False),
        sa.Column("strength", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["snapshot_id"],
            ["powermap_snapshot.id"],
            name="fk_powermap_snapshot_entry_snapshot_id_powermap_snapshot",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("snapshot_id", "contact_key", name="pk_powermap_snapshot_entry"),
    )


def downgrade() -> None:
    op.drop_table("powermap_snapshot_entry")
    op.drop_index("ix_powermap_snapshot_account_id", table_name="powermap_snapshot")
    op.drop_table("powermap_snapshot")
    op.drop_index("ix_contact_link_target_id", table_name="contact_link")
    op.drop_index("ix_contact_link_source_id", table_name="contact_link")
    op.drop_table("contact_link")
    with op.batch_alter_table("contact") as batch:
        batch.drop_constraint("fk_contact_owner_id_team_member", type_="foreignkey")
        batch.drop_constraint("fk_contact_secondary_manager_id_contact", type_="foreignkey")
        for name in ("last_contact_on", "strength", "owner_id", "layer", "attitude", "influence", "buying_role"):
            batch.drop_column(name)
        batch.drop_column("secondary_manager_id")
