"""Entities of the account store, as plain dataclasses.

Money is held as :class:`~decimal.Decimal` in the account's currency; dates are
:class:`datetime.date`; timestamps are naive UTC :class:`datetime.datetime`.
``id`` is ``None`` until the store has assigned one. ``key`` is the stable,
user-visible identifier that survives export and import (an empty key is
filled in from the id when the record is stored).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the power map's snapshot refers back to this module
    from domain.powermap.snapshot import Snapshot

# Alias: records below have a field named ``date``, which hides the type.
Day = date


# Prefixes of the stable keys the store gives records that arrive without one.
KEY_PREFIXES = {"account": "C", "contact": "P", "team_member": "T", "transaction": "O", "interaction": "I"}


def default_key(kind: str, record_id: int) -> str:
    """The key a record of ``kind`` gets when none was given, e.g. ``P000042``."""
    return f"{KEY_PREFIXES[kind]}{record_id:06d}"


class Lifecycle(enum.Enum):
    """Where an account stands with us."""

    PROSPECT = "prospect"
    CUSTOMER = "customer"
    LOST = "lost"


class InteractionKind(enum.Enum):
    """What kind of touch an interaction was (behaviour data for tiering)."""

    VISIT = "visit"
    CALL = "call"
    MEETING = "meeting"
    EVENT = "event"
    FEEDBACK = "feedback"
    REFERRAL = "referral"


class BuyingRole(enum.Enum):
    """The part a contact plays in buying from us (power map 权力地图)."""

    DECISION_MAKER = "decision_maker"
    ECONOMIC_BUYER = "economic_buyer"
    TECHNICAL_BUYER = "technical_buyer"  # technical buyer / evaluator
    USER = "user"
    COACH = "coach"  # coach / champion inside the customer
    GATEKEEPER = "gatekeeper"
    INFLUENCER = "influencer"


class Attitude(enum.IntEnum):
    """A contact's attitude toward us, −2 … +2."""

    OPPONENT = -2
    SCEPTIC = -1
    NEUTRAL = 0
    SUPPORTER = 1
    CHAMPION = 2


class RelationshipLayer(enum.Enum):
    """The three layers of customer relationships (domain brief)."""

    KEY_PERSON = "key_person"
    BROAD = "broad"
    ORGANISATIONAL = "organisational"


class RelationshipStrength(enum.IntEnum):
    """How strong our owner's relationship with a contact is."""

    NONE = 0
    WEAK = 1
    WORKING = 2
    STRONG = 3
    TRUSTED = 4


class LinkKind(enum.Enum):
    """An informal line between two contacts, outside the reporting lines."""

    INFLUENCE = "influence"  # source influences target
    CONFLICT = "conflict"  # source and target are at odds (undirected)


@dataclass(slots=True)
class Account:
    """A customer entity: a group, a subsidiary or a branch.

    ``parent_id`` places it in the customer tree; ``None`` makes it a root.
    """

    key: str
    name: str
    industry: str = ""
    region: str = ""
    city: str = ""
    employees: int | None = None
    annual_revenue: Decimal | None = None
    lifecycle: Lifecycle = Lifecycle.PROSPECT
    customer_since: date | None = None
    parent_id: int | None = None
    notes: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    id: int | None = None
    # Potential inputs of the weighted tier model (None: not known).
    industry_growth_pct: float | None = None
    decision_nodes: int | None = None
    industry_leader: bool | None = None
    # The applied tier (A-D): set by applying a classification or a hand-set
    # tier (or by importing a workbook that holds them), with its score,
    # the model that gave it and the day it was applied.
    tier: str | None = None
    tier_score: float | None = None
    tier_model: str | None = None
    tier_on: date | None = None


@dataclass(slots=True)
class Contact:
    """A person inside a customer account."""

    account_id: int
    name: str
    key: str = ""
    title: str = ""
    department: str = ""
    reports_to_id: int | None = None
    email: str = ""
    phone: str = ""
    notes: str = ""
    id: int | None = None
    # Power map (issue 5); None means "not known yet".
    secondary_manager_id: int | None = None  # dotted-line manager
    buying_role: BuyingRole | None = None
    influence: int | None = None  # 1-5
    attitude: Attitude | None = None
    layer: RelationshipLayer | None = None
    owner_id: int | None = None  # the team member who holds the relationship
    strength: RelationshipStrength | None = None
    last_contact_on: date | None = None  # entered; interactions may give a later one


@dataclass(slots=True)
class ContactLink:
    """An informal influence or conflict line between two contacts."""

    source_id: int
    target_id: int
    kind: LinkKind
    strength: int = 1  # 1-3: weak, medium, strong
    note: str = ""
    id: int | None = None


@dataclass(slots=True)
class TeamMember:
    """One of our own people."""

    name: str
    key: str = ""
    email: str = ""
    active: bool = True
    id: int | None = None


@dataclass(slots=True)
class Transaction:
    """An order: amount booked on ``date``; due and paid dates when known."""

    account_id: int
    date: Day
    amount: Decimal
    due_date: Day | None = None
    paid_date: Day | None = None
    key: str = ""
    id: int | None = None


@dataclass(slots=True)
class Interaction:
    """A touch point with an account, optionally with one contact."""

    account_id: int
    date: Day
    kind: InteractionKind
    contact_id: int | None = None
    note: str = ""
    key: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class AccountNode:
    """What the customer tree shows of one account, without loading it whole."""

    id: int
    key: str
    name: str
    industry: str
    parent_id: int | None
    child_count: int
    tier: str | None = None  # the applied tier, A-D


@dataclass(frozen=True)
class Rollup:
    """Totals over an account and every account below it."""

    account_count: int
    annual_revenue: Decimal
    transaction_count: int
    transaction_total: Decimal


@dataclass(frozen=True)
class StoreCounts:
    """How many records of each kind the store holds."""

    accounts: int
    root_accounts: int
    contacts: int
    team_members: int
    transactions: int
    interactions: int


@dataclass
class AccountSubtree:
    """Everything removed with an account subtree, kept so it can be restored.

    ``lifted`` records children that were lifted to the deleted account's
    parent instead of being deleted: ``(child_id, original_parent_id)``.
    """

    accounts: list[Account] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    transactions: list[Transaction] = field(default_factory=list)
    interactions: list[Interaction] = field(default_factory=list)
    lifted: list[tuple[int, int]] = field(default_factory=list)
    links: list[ContactLink] = field(default_factory=list)  # with either end among the contacts
    snapshots: list[Snapshot] = field(default_factory=list)
