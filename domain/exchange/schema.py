"""The workbook layout: which sheets, which columns, of which type.

One sheet per kind of record, one column per field, in this order. Keys are
the stable record keys; references to other records (a parent account, a
contact's manager, an order's account) are written as the other record's key,
and on import may also be given by name.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ValueType(enum.Enum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    INTEGER = "integer"
    NUMBER = "number"  # a plain (signed) number such as a growth rate in percent
    MONEY = "money"
    DATE = "date"
    DATETIME = "datetime"
    BOOLEAN = "boolean"
    LIFECYCLE = "lifecycle"
    INTERACTION_KIND = "interaction_kind"
    TIER = "tier"  # A, B, C or D
    REFERENCE = "reference"
    # Power map: words of the vocabularies in domain.exchange.values, and bounded scores.
    BUYING_ROLE = "buying_role"
    ATTITUDE = "attitude"
    LAYER = "layer"
    STRENGTH = "strength"  # relationship strength, None to Trusted
    LINK_KIND = "link_kind"
    INFLUENCE = "influence"  # a whole number 1-5
    LINK_STRENGTH = "link_strength"  # a whole number 1-3
    # Iron triangle and account plans.
    TRIANGLE_ROLE = "triangle_role"  # AR, SR or FR
    TRIANGLE_ROLES = "triangle_roles"  # several of them: "AR, SR"
    CAPACITY = "capacity"  # a number 0-1000
    PLAN_STATUS = "plan_status"
    OBJECTIVE_KIND = "objective_kind"
    WORK_STATUS = "work_status"
    SCORE = "score"  # a whole number 1-5


@dataclass(frozen=True)
class Column:
    """One field of a record kind as a spreadsheet column.

    ``required``: a row without it is an error. ``refers_to``: the record kind
    a REFERENCE column points at. ``export``: written on export (informative
    columns such as an account's name beside its key are import-only aliases).
    """

    field: str
    type: ValueType
    required: bool = False
    refers_to: str | None = None
    width: int = 14


T = ValueType
KINDS: dict[str, tuple[Column, ...]] = {
    "account": (
        Column("key", T.TEXT, width=12),
        Column("name", T.TEXT, required=True, width=32),
        Column("parent", T.REFERENCE, refers_to="account", width=14),
        Column("industry", T.TEXT, width=16),
        Column("region", T.TEXT, width=10),
        Column("city", T.TEXT, width=10),
        Column("employees", T.INTEGER, width=11),
        Column("annual_revenue", T.MONEY, width=18),
        Column("lifecycle", T.LIFECYCLE, width=11),
        Column("customer_since", T.DATE, width=13),
        Column("notes", T.LONG_TEXT, width=40),
        Column("created_at", T.DATETIME, width=18),
        Column("updated_at", T.DATETIME, width=18),
        Column("industry_growth_pct", T.NUMBER, width=12),
        Column("decision_nodes", T.INTEGER, width=12),
        Column("industry_leader", T.BOOLEAN, width=12),
        Column("tier", T.TIER, width=6),
        Column("tier_score", T.NUMBER, width=9),
        Column("tier_model", T.TEXT, width=10),
        Column("tier_on", T.DATE, width=12),
    ),
    "contact": (
        Column("key", T.TEXT, width=12),
        Column("account", T.REFERENCE, required=True, refers_to="account", width=14),
        Column("name", T.TEXT, required=True, width=14),
        Column("title", T.TEXT, width=16),
        Column("department", T.TEXT, width=14),
        Column("reports_to", T.REFERENCE, refers_to="contact", width=14),
        Column("email", T.TEXT, width=24),
        Column("phone", T.TEXT, width=16),
        Column("notes", T.LONG_TEXT, width=40),
        # Power map; a workbook without these columns leaves the stored values alone.
        Column("secondary_manager", T.REFERENCE, refers_to="contact", width=14),
        Column("buying_role", T.BUYING_ROLE, width=16),
        Column("influence", T.INFLUENCE, width=10),
        Column("attitude", T.ATTITUDE, width=11),
        Column("layer", T.LAYER, width=14),
        Column("owner", T.REFERENCE, refers_to="team_member", width=14),
        Column("strength", T.STRENGTH, width=11),
        Column("last_contact_on", T.DATE, width=12),
    ),
    "team_member": (
        Column("key", T.TEXT, width=12),
        Column("name", T.TEXT, required=True, width=16),
        Column("email", T.TEXT, width=26),
        Column("active", T.BOOLEAN, width=8),
        # Iron triangle; a workbook without these columns leaves the stored values alone.
        Column("roles", T.TRIANGLE_ROLES, width=12),
        Column("region", T.TEXT, width=10),
        Column("capacity", T.CAPACITY, width=9),
    ),
    "transaction": (
        Column("key", T.TEXT, width=12),
        Column("account", T.REFERENCE, required=True, refers_to="account", width=14),
        Column("date", T.DATE, required=True, width=12),
        Column("amount", T.MONEY, required=True, width=16),
        Column("due_date", T.DATE, width=12),
        Column("paid_date", T.DATE, width=12),
    ),
    "interaction": (
        Column("key", T.TEXT, width=12),
        Column("account", T.REFERENCE, required=True, refers_to="account", width=14),
        Column("contact", T.REFERENCE, refers_to="contact", width=14),
        Column("date", T.DATE, required=True, width=12),
        Column("kind", T.INTERACTION_KIND, required=True, width=10),
        Column("note", T.LONG_TEXT, width=40),
    ),
    # Every change of an account's tier, oldest first; the rule in words and in machine form.
    "tier_history": (
        Column("account", T.REFERENCE, required=True, refers_to="account", width=14),
        Column("date", T.DATE, required=True, width=12),
        Column("old_tier", T.TIER, width=8),
        Column("new_tier", T.TIER, required=True, width=8),
        Column("model", T.TEXT, width=10),
        Column("score", T.NUMBER, width=9),
        Column("reason", T.LONG_TEXT, width=50),
        Column("reason_code", T.TEXT, width=16),
        Column("reason_params", T.LONG_TEXT, width=30),
    ),
    # Tiers set by hand, which every classification keeps.
    "tier_override": (
        Column("account", T.REFERENCE, required=True, refers_to="account", width=14),
        Column("tier", T.TIER, required=True, width=6),
        Column("reason", T.LONG_TEXT, required=True, width=50),
        Column("date", T.DATE, required=True, width=12),
    ),
    # Informal lines between contacts: who influences whom, who is at odds with whom.
    "contact_link": (
        Column("source", T.REFERENCE, required=True, refers_to="contact", width=14),
        Column("target", T.REFERENCE, required=True, refers_to="contact", width=14),
        Column("kind", T.LINK_KIND, required=True, width=11),
        Column("strength", T.LINK_STRENGTH, width=9),
        Column("note", T.LONG_TEXT, width=40),
    ),
    # Power-map snapshots, one row per contact entry; a snapshot is its
    # (account, date, label), and a row without a contact key stands for an
    # empty snapshot. Entries keep keys and names, as the snapshot does.
    "powermap_snapshot": (
        Column("account", T.REFERENCE, required=True, refers_to="account", width=14),
        Column("date", T.DATE, required=True, width=12),
        Column("label", T.TEXT, width=18),
        Column("contact_key", T.TEXT, width=12),
        Column("name", T.TEXT, width=14),
        Column("title", T.TEXT, width=16),
        Column("department", T.TEXT, width=14),
        Column("manager_key", T.TEXT, width=12),
        Column("buying_role", T.BUYING_ROLE, width=16),
        Column("influence", T.INFLUENCE, width=10),
        Column("attitude", T.ATTITUDE, width=11),
        Column("layer", T.LAYER, width=14),
        Column("owner_name", T.TEXT, width=14),
        Column("strength", T.STRENGTH, width=11),
    ),
    # Iron-triangle seats with their history: an assignment is its (account,
    # role, member, start); an empty end is a seat still held.
    "triangle_assignment": (
        Column("account", T.REFERENCE, required=True, refers_to="account", width=14),
        Column("role", T.TRIANGLE_ROLE, required=True, width=6),
        Column("member", T.REFERENCE, required=True, refers_to="team_member", width=14),
        Column("start", T.DATE, required=True, width=12),
        Column("end", T.DATE, width=12),
    ),
    # Account plans: a plan is its (account, period); objectives, actions and
    # risks name their plan the same way, and an action its objective by title.
    "account_plan": (
        Column("account", T.REFERENCE, required=True, refers_to="account", width=14),
        Column("period", T.TEXT, required=True, width=10),
        Column("status", T.PLAN_STATUS, width=10),
        Column("challenges", T.LONG_TEXT, width=30),
        Column("competitors", T.LONG_TEXT, width=24),
        Column("strengths", T.LONG_TEXT, width=24),
        Column("weaknesses", T.LONG_TEXT, width=24),
        Column("trends", T.LONG_TEXT, width=24),
        Column("fit_business_network", T.SCORE, width=9),
        Column("fit_business_model", T.SCORE, width=9),
        Column("fit_decision_makers", T.SCORE, width=9),
        Column("fit_industry_trend", T.SCORE, width=9),
        Column("fit_competition", T.SCORE, width=9),
        Column("fit_financial_health", T.SCORE, width=9),
        Column("fit_solution_fit", T.SCORE, width=9),
    ),
    "plan_objective": (
        Column("account", T.REFERENCE, required=True, refers_to="account", width=14),
        Column("period", T.TEXT, required=True, width=10),
        Column("title", T.TEXT, required=True, width=28),
        Column("kind", T.OBJECTIVE_KIND, width=14),
        Column("target", T.MONEY, width=16),
        Column("owner", T.REFERENCE, refers_to="team_member", width=14),
        Column("due", T.DATE, width=12),
        Column("status", T.WORK_STATUS, width=12),
        Column("progress", T.NUMBER, width=9),
    ),
    "plan_action": (
        Column("account", T.REFERENCE, required=True, refers_to="account", width=14),
        Column("period", T.TEXT, required=True, width=10),
        Column("objective", T.TEXT, required=True, width=28),
        Column("what", T.LONG_TEXT, required=True, width=36),
        Column("owner", T.REFERENCE, refers_to="team_member", width=14),
        Column("due", T.DATE, width=12),
        Column("status", T.WORK_STATUS, width=12),
    ),
    "plan_risk": (
        Column("account", T.REFERENCE, required=True, refers_to="account", width=14),
        Column("period", T.TEXT, required=True, width=10),
        Column("description", T.LONG_TEXT, required=True, width=36),
        Column("likelihood", T.SCORE, width=10),
        Column("impact", T.SCORE, width=8),
        Column("mitigation", T.LONG_TEXT, width=30),
        Column("owner", T.REFERENCE, refers_to="team_member", width=14),
    ),
}

# Sheets in workbook order; a record kind refers to kinds before it, except a
# contact's owner, a team member (the import reads the team first).
SHEET_ORDER = (
    "account",
    "contact",
    "team_member",
    "transaction",
    "interaction",
    "tier_history",
    "tier_override",
    "contact_link",
    "powermap_snapshot",
    "triangle_assignment",
    "account_plan",
    "plan_objective",
    "plan_action",
    "plan_risk",
)

# Import-only fields: a contact's first and last name are joined into its name,
# a mobile number fills in (or joins) the phone; a deal's stage decides whether
# the row is an order at all (deals lost or still open are left out).
EXTRA_FIELDS: dict[str, tuple[str, ...]] = {
    "contact": ("first_name", "last_name", "mobile"),
    "transaction": ("stage",),
}


def column(kind: str, field: str) -> Column:
    for col in KINDS[kind]:
        if col.field == field:
            return col
    raise KeyError(f"{kind}.{field}")


def fields(kind: str) -> tuple[str, ...]:
    """Every field a column of ``kind`` can be mapped to."""
    return tuple(c.field for c in KINDS[kind]) + EXTRA_FIELDS.get(kind, ())
