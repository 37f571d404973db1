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


class TriangleRole(enum.Enum):
    """A seat of an account's iron triangle (铁三角)."""

    AR = "AR"  # account manager 客户经理: owns the relationship and the plan
    SR = "SR"  # solution manager 方案经理: shapes the offer around the account's needs
    FR = "FR"  # delivery / fulfilment manager 交付经理: delivers what was sold


TRIANGLE_ROLES = (TriangleRole.AR, TriangleRole.SR, TriangleRole.FR)


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


DEFAULT_CAPACITY = 10.0


@dataclass(slots=True)
class TeamMember:
    """One of our own people.

    ``roles`` are the iron-triangle seats they can take (none: they cannot be
    assigned to a triangle); ``capacity`` is how many tier-weighted account
    seats they can carry (see ``domain.triangle.workload``).
    """

    name: str
    key: str = ""
    email: str = ""
    active: bool = True
    id: int | None = None
    roles: frozenset[TriangleRole] = frozenset()
    region: str = ""
    capacity: float = DEFAULT_CAPACITY


@dataclass(slots=True)
class Assignment:
    """A team member holding one seat of an account's iron triangle from
    ``start`` (inclusive) until ``end`` (exclusive; ``None``: still held)."""

    account_id: int
    role: TriangleRole
    member_id: int
    start: date
    end: date | None = None
    id: int | None = None

    @property
    def current(self) -> bool:
        return self.end is None


class PlanStatus(enum.Enum):
    """Where an account plan stands: drafted, under review, approved."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"


class FitCriterion(enum.Enum):
    """The strategic-fit criteria (战略匹配度) of the domain brief, each scored 1-5."""

    BUSINESS_NETWORK = "business_network"
    BUSINESS_MODEL = "business_model"
    DECISION_MAKERS = "decision_makers"  # decision-maker relationships
    INDUSTRY_TREND = "industry_trend"
    COMPETITION = "competition"  # competitive situation
    FINANCIAL_HEALTH = "financial_health"
    SOLUTION_FIT = "solution_fit"  # how well our solution fits


class ObjectiveKind(enum.Enum):
    REVENUE = "revenue"  # target in money
    SHARE_OF_WALLET = "share_of_wallet"  # target in percent of the account's spend
    QUALITATIVE = "qualitative"  # no target value


class WorkStatus(enum.Enum):
    """Status of a plan objective or action."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


@dataclass(slots=True)
class AccountPlan:
    """An account's plan for one period (free text such as ``FY2026``).

    The situation is five texts; ``fit`` holds the strategic-fit scores that
    were given (1-5 per criterion; a criterion not scored is absent).
    """

    account_id: int
    period: str
    status: PlanStatus = PlanStatus.DRAFT
    challenges: str = ""
    competitors: str = ""
    strengths: str = ""
    weaknesses: str = ""
    trends: str = ""
    fit: dict[FitCriterion, int] = field(default_factory=dict)
    id: int | None = None


@dataclass(slots=True)
class PlanObjective:
    """An objective of a plan. ``target`` is money for a revenue objective,
    percent for share of wallet and ``None`` for a qualitative one;
    ``progress`` (0-100) is entered by hand and used only while the objective
    has no actions (see ``domain.plans.progress``)."""

    plan_id: int
    title: str
    kind: ObjectiveKind = ObjectiveKind.QUALITATIVE
    target: Decimal | None = None
    owner_id: int | None = None
    due: date | None = None
    status: WorkStatus = WorkStatus.NOT_STARTED
    progress: float | None = None
    id: int | None = None


@dataclass(slots=True)
class PlanAction:
    """A step towards one objective."""

    objective_id: int
    what: str
    owner_id: int | None = None
    due: date | None = None
    status: WorkStatus = WorkStatus.NOT_STARTED
    id: int | None = None


@dataclass(slots=True)
class PlanRisk:
    """A risk to a plan: likelihood and impact 1-5 each."""

    plan_id: int
    description: str
    likelihood: int = 3
    impact: int = 3
    mitigation: str = ""
    owner_id: int | None = None
    id: int | None = None

    @property
    def exposure(self) -> int:
        """Likelihood × impact, 1-25."""
        return self.likelihood * self.impact


@dataclass
class PlanContents:
    """A plan with everything under it (objectives, their actions, risks), by id."""

    plan: AccountPlan
    objectives: list[PlanObjective] = field(default_factory=list)
    actions: list[PlanAction] = field(default_factory=list)
    risks: list[PlanRisk] = field(default_factory=list)


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
    assignments: list[Assignment] = field(default_factory=list)  # iron-triangle seats, with history
    plans: list[PlanContents] = field(default_factory=list)
