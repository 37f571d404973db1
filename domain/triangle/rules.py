"""Staffing rules of the iron triangle and the gap lists they give.

The rules say which seats an account of each tier needs. The defaults follow
the domain brief's strategy per tier: an A account gets a dedicated iron
triangle (AR, SR and FR); a B account gets a growth plan and needs diagnosis,
so at least an account manager and a solution manager (delivery is pooled);
C accounts are served through standard online service and D accounts are
leads, so nothing is required of them.

Relationship ownership is the other gap: on A accounts every decision maker
and economic buyer should have someone on our side holding the relationship.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from domain.errors import ValidationError
from domain.model import TRIANGLE_ROLES, Assignment, BuyingRole, Contact, TriangleRole

TIERS = ("A", "B", "C", "D")


def _default_required() -> dict[str, frozenset[TriangleRole]]:
    return {
        "A": frozenset(TRIANGLE_ROLES),
        "B": frozenset({TriangleRole.AR, TriangleRole.SR}),
        "C": frozenset(),
        "D": frozenset(),
    }


def _default_weights() -> dict[str, float]:
    # Relative effort of one seat on an account of each tier, read off the
    # brief's service levels: A gets 7x24 response, on-site within 4 h,
    # custom solutions and quarterly executive meetings (3); B a half-yearly
    # diagnosis and a staged growth plan (2); C one or two light touches a
    # month with 80 % self-service (1); D is lead management (0.5).
    return {"A": 3.0, "B": 2.0, "C": 1.0, "D": 0.5}


def _default_split() -> dict[str, float]:
    return {"A": 6.0, "B": 3.0, "C": 1.0}  # the brief's resource split A:B:C = 6:3:1


@dataclass(frozen=True)
class TriangleSettings:
    """Editable rules, kept with the data.

    ``required``: the seats an account of each tier needs (a tier not listed
    needs none; neither does an account not classified yet). ``weights``: the
    workload one seat on an account of each tier stands for; an unclassified
    account weighs as a C account. ``target_split``: the target proportions
    of people-assignments over tiers A, B and C.
    """

    required: Mapping[str, frozenset[TriangleRole]] = field(default_factory=_default_required)
    weights: Mapping[str, float] = field(default_factory=_default_weights)
    target_split: Mapping[str, float] = field(default_factory=_default_split)

    def required_for(self, tier: str | None) -> frozenset[TriangleRole]:
        return self.required.get(tier, frozenset()) if tier else frozenset()

    def weight_for(self, tier: str | None) -> float:
        return float(self.weights.get(tier or "C", self.weights.get("C", 1.0)))

    def validate(self) -> None:
        """Raise :class:`ValidationError` for tiers other than A-D, a weight
        outside 0-100, or a target split that is negative or all zero."""
        for name, values in (("required", self.required), ("weights", self.weights)):
            unknown = sorted(set(values) - set(TIERS))
            if unknown:
                raise ValidationError(name, f"'{unknown[0]}' is not a tier (A, B, C or D).", reason="unknown")
        for tier, weight in self.weights.items():
            if not 0 <= weight <= 100:
                raise ValidationError("weights", f"The weight of tier {tier} must be 0 to 100.", tier=tier)
        if set(self.target_split) - {"A", "B", "C"}:
            raise ValidationError("target_split", "The target split is over tiers A, B and C.", reason="unknown")
        if any(v < 0 for v in self.target_split.values()) or sum(self.target_split.values()) <= 0:
            raise ValidationError(
                "target_split", "The target split needs positive parts, such as 6 : 3 : 1.", reason="out_of_range"
            )


@dataclass(frozen=True, slots=True)
class TriangleGap:
    """An account whose iron triangle lacks seats its tier requires.

    ``missing`` lists the required roles nobody able to act holds, in AR, SR,
    FR order; ``inactive`` those of them held by a member no longer active."""

    account_id: int
    tier: str | None
    missing: tuple[TriangleRole, ...]
    inactive: tuple[TriangleRole, ...] = ()


@dataclass(frozen=True, slots=True)
class OwnershipGap:
    """A decision maker or economic buyer on a key account whom nobody on our
    side holds (no owner, or an owner no longer active)."""

    account_id: int
    contact_id: int
    buying_role: BuyingRole
    tier: str | None = None


def seats(current: Iterable[Assignment]) -> dict[int, dict[TriangleRole, Assignment]]:
    """``{account: {role: assignment}}`` of the assignments still held."""
    found: dict[int, dict[TriangleRole, Assignment]] = {}
    for assignment in current:
        if assignment.end is None:
            found.setdefault(assignment.account_id, {})[assignment.role] = assignment
    return found


def staffing(
    tier: str | None,
    held: Mapping[TriangleRole, Assignment],
    settings: TriangleSettings,
    active: Collection[int] | None = None,
) -> tuple[tuple[TriangleRole, ...], tuple[TriangleRole, ...]]:
    """``(missing, inactive)``: the required roles nobody able to act holds,
    and those of them whose holder is inactive (``active``: the active member
    ids; ``None`` takes every holder as active)."""
    required = settings.required_for(tier)
    missing: list[TriangleRole] = []
    inactive: list[TriangleRole] = []
    for role in TRIANGLE_ROLES:
        if role not in required:
            continue
        holder = held.get(role)
        if holder is None:
            missing.append(role)
        elif active is not None and holder.member_id not in active:
            missing.append(role)
            inactive.append(role)
    return tuple(missing), tuple(inactive)


def _tier_order(tier: str | None) -> int:
    return TIERS.index(tier) if tier in TIERS else len(TIERS)


def triangle_gaps(
    tiers: Mapping[int, str | None],
    current: Iterable[Assignment],
    settings: TriangleSettings | None = None,
    active: Collection[int] | None = None,
) -> list[TriangleGap]:
    """Every account of ``tiers`` (``{account: tier}``) whose triangle lacks a
    required seat, A accounts first, then by account id."""
    settings = settings or TriangleSettings()
    held = seats(current)
    gaps = []
    for account_id, tier in tiers.items():
        missing, inactive = staffing(tier, held.get(account_id, {}), settings, active)
        if missing:
            gaps.append(TriangleGap(account_id, tier, missing, inactive))
    gaps.sort(key=lambda g: (_tier_order(g.tier), g.account_id))
    return gaps


OWNED_ROLES = (BuyingRole.DECISION_MAKER, BuyingRole.ECONOMIC_BUYER)


def ownership_gaps(
    contacts: Iterable[Contact],
    tiers: Mapping[int, str | None],
    *,
    checked_tiers: Collection[str] = ("A",),
    roles: Collection[BuyingRole] = OWNED_ROLES,
    active: Collection[int] | None = None,
) -> list[OwnershipGap]:
    """Decision makers and economic buyers (``roles``) of accounts in
    ``checked_tiers`` (default A) that nobody on our side holds, by account
    then contact id. With ``active``, an owner not among those member ids
    counts as no owner."""
    gaps = []
    for contact in contacts:
        tier = tiers.get(contact.account_id)
        if tier not in checked_tiers or contact.buying_role not in roles or contact.id is None:
            continue
        owner = contact.owner_id
        if owner is None or (active is not None and owner not in active):
            assert contact.buying_role is not None
            gaps.append(OwnershipGap(contact.account_id, contact.id, contact.buying_role, tier))
    gaps.sort(key=lambda g: (g.account_id, g.contact_id))
    return gaps
