"""SQLAlchemy 2 typed mappings of the account store.

Money is stored as integer cents so that every dialect keeps it exact; the
repositories convert to and from :class:`~decimal.Decimal`. Every change to
these tables needs an Alembic migration in ``storage/migrations/versions``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class AccountRow(Base):
    __tablename__ = "account"
    # (parent_id, name, id) serves the customer tree's pages of children in order.
    __table_args__ = (Index("ix_account_parent_name", "parent_id", "name", "id"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    industry: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    employees: Mapped[int | None] = mapped_column(Integer)
    annual_revenue_cents: Mapped[int | None] = mapped_column(BigInteger)
    lifecycle: Mapped[str] = mapped_column(String(20), default="prospect")
    customer_since: Mapped[date | None] = mapped_column(Date)
    # Indexed by ix_account_parent_name, whose first column it is.
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # Potential inputs of the weighted tier model.
    industry_growth_pct: Mapped[float | None] = mapped_column(Float)
    decision_nodes: Mapped[int | None] = mapped_column(Integer)
    industry_leader: Mapped[bool | None] = mapped_column(Boolean)
    # The applied tier (a preview is never stored); history keeps every change.
    tier: Mapped[str | None] = mapped_column(String(1))
    tier_score: Mapped[float | None] = mapped_column(Float)
    tier_model: Mapped[str | None] = mapped_column(String(20))
    tier_on: Mapped[date | None] = mapped_column(Date)


class TierHistoryRow(Base):
    __tablename__ = "tier_history"
    __table_args__ = (Index("ix_tier_history_account_id", "account_id", "changed_on"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    changed_on: Mapped[date] = mapped_column(Date)
    old_tier: Mapped[str | None] = mapped_column(String(1))
    new_tier: Mapped[str] = mapped_column(String(1))
    model: Mapped[str] = mapped_column(String(20))
    score: Mapped[float | None] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text)  # in English, for logs and other programs
    # What decided the tier in machine form, so that it can be shown in the user's language.
    reason_code: Mapped[str] = mapped_column(String(40), server_default="")
    reason_params: Mapped[str] = mapped_column(Text, server_default="{}")  # JSON


class TierOverrideRow(Base):
    __tablename__ = "tier_override"

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), primary_key=True)
    tier: Mapped[str] = mapped_column(String(1))
    reason: Mapped[str] = mapped_column(Text)
    set_on: Mapped[date] = mapped_column(Date)


class SettingRow(Base):
    """Settings kept with the data (e.g. the tier model's parameters), as JSON text."""

    __tablename__ = "setting"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ContactRow(Base):
    __tablename__ = "contact"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    department: Mapped[str] = mapped_column(String(200), default="")
    reports_to_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"), index=True)
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Power map; enums are stored as their values, None is "not known yet".
    secondary_manager_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    buying_role: Mapped[str | None] = mapped_column(String(20))
    influence: Mapped[int | None] = mapped_column(Integer)
    attitude: Mapped[int | None] = mapped_column(Integer)
    layer: Mapped[str | None] = mapped_column(String(20))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    strength: Mapped[int | None] = mapped_column(Integer)
    last_contact_on: Mapped[date | None] = mapped_column(Date)


class ContactLinkRow(Base):
    """An informal influence or conflict line between two contacts."""

    __tablename__ = "contact_link"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    strength: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text)


class PowerMapSnapshotRow(Base):
    """A dated copy of one account's power map, for comparing over time."""

    __tablename__ = "powermap_snapshot"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    taken_on: Mapped[date] = mapped_column(Date)
    label: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class PowerMapSnapshotEntryRow(Base):
    """One contact as a snapshot saw them; names, not ids, so that the entry
    outlives the contact and its owner."""

    __tablename__ = "powermap_snapshot_entry"

    snapshot_id: Mapped[int] = mapped_column(
        ForeignKey("powermap_snapshot.id", ondelete="CASCADE"), primary_key=True
    )
    contact_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200))
    department: Mapped[str] = mapped_column(String(200))
    manager_key: Mapped[str | None] = mapped_column(String(200))
    buying_role: Mapped[str | None] = mapped_column(String(20))
    influence: Mapped[int | None] = mapped_column(Integer)
    attitude: Mapped[int | None] = mapped_column(Integer)
    layer: Mapped[str | None] = mapped_column(String(20))
    owner_name: Mapped[str] = mapped_column(String(200))
    strength: Mapped[int | None] = mapped_column(Integer)


class TeamMemberRow(Base):
    __tablename__ = "team_member"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Iron triangle: the seats they can take ("AR,SR,FR", sorted), region, capacity.
    roles: Mapped[str] = mapped_column(String(20), server_default="")
    region: Mapped[str] = mapped_column(String(200), server_default="")
    capacity: Mapped[float] = mapped_column(Float, server_default="10")


class AssignmentRow(Base):
    """One seat of an account's iron triangle held by a member over a span of
    days; ``end_on`` is NULL while it is held."""

    __tablename__ = "triangle_assignment"
    __table_args__ = (
        Index("ix_triangle_assignment_account", "account_id", "role", "start_on"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(2))
    member_id: Mapped[int] = mapped_column(ForeignKey("team_member.id"), index=True)
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)


class AccountPlanRow(Base):
    """An account plan for one period; fit scores 1-5, NULL when not scored."""

    __tablename__ = "account_plan"
    __table_args__ = (UniqueConstraint("account_id", "period"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    challenges: Mapped[str] = mapped_column(Text)
    competitors: Mapped[str] = mapped_column(Text)
    strengths: Mapped[str] = mapped_column(Text)
    weaknesses: Mapped[str] = mapped_column(Text)
    trends: Mapped[str] = mapped_column(Text)
    fit_business_network: Mapped[int | None] = mapped_column(Integer)
    fit_business_model: Mapped[int | None] = mapped_column(Integer)
    fit_decision_makers: Mapped[int | None] = mapped_column(Integer)
    fit_industry_trend: Mapped[int | None] = mapped_column(Integer)
    fit_competition: Mapped[int | None] = mapped_column(Integer)
    fit_financial_health: Mapped[int | None] = mapped_column(Integer)
    fit_solution_fit: Mapped[int | None] = mapped_column(Integer)


class PlanObjectiveRow(Base):
    """An objective of a plan; the target is kept in hundredths (cents or basis points)."""

    __tablename__ = "plan_objective"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("account_plan.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    target_cents: Mapped[int | None] = mapped_column(BigInteger)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    progress: Mapped[float | None] = mapped_column(Float)


class PlanActionRow(Base):
    __tablename__ = "plan_action"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    objective_id: Mapped[int] = mapped_column(ForeignKey("plan_objective.id", ondelete="CASCADE"), index=True)
    what: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))


class PlanRiskRow(Base):
    __tablename__ = "plan_risk"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("account_plan.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text)
    likelihood: Mapped[int] = mapped_column(Integer)
    impact: Mapped[int] = mapped_column(Integer)
    mitigation: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))


class TransactionRow(Base):
    __tablename__ = "account_transaction"
    # Covers the tier metrics' scan (and lookups by account, its first column).
    __table_args__ = (
        Index("ix_account_transaction_metrics", "account_id", "booked_on", "amount_cents", "due_on", "paid_on"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(200), unique=True)
    booked_on: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    due_on: Mapped[date | None] = mapped_column(Date)
    paid_on: Mapped[date | None] = mapped_column(Date)


class InteractionRow(Base):
    __tablename__ = "interaction"
    __table_args__ = (
        Index("ix_interaction_metrics", "account_id", "occurred_on", "kind"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"), index=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    occurred_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
