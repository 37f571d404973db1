"""Workload of our people and the portfolio's split of seats over tiers.

A member's **load** is the sum, over the iron-triangle seats they hold now,
of the weight of the account's tier (:attr:`TriangleSettings.weights`,
default A 3, B 2, C 1, D 0.5): holding AR on two A accounts and SR on one B
account is a load of 3 + 3 + 2 = 8. Two seats on one account count twice:
each is work. ``load_pct`` is load / capacity × 100; a member is **over
capacity** when the load exceeds the capacity.

The **split** counts current seats on A, B and C accounts and compares each
tier's share with the target (default 6 : 3 : 1, i.e. 60 %, 30 %, 10 %);
seats on D or unclassified accounts are counted apart (``outside``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from domain.model import TRIANGLE_ROLES, Assignment, TeamMember, TriangleRole
from domain.triangle.rules import TriangleSettings


@dataclass(frozen=True, slots=True)
class Workload:
    """One member's current seats and load. ``seats[role][tier]`` counts the
    seats of that role on accounts of that tier (``None``: not classified)."""

    member_id: int
    name: str
    active: bool
    capacity: float
    load: float
    accounts: int  # distinct accounts the member sits on
    seats: Mapping[TriangleRole, Mapping[str | None, int]] = field(default_factory=dict)

    @property
    def seat_count(self) -> int:
        return sum(sum(by_tier.values()) for by_tier in self.seats.values())

    @property
    def load_pct(self) -> float | None:
        """Load as a percentage of capacity; ``None`` for a capacity of 0."""
        return None if self.capacity <= 0 else 100.0 * self.load / self.capacity

    @property
    def over_capacity(self) -> bool:
        return self.load > self.capacity


def workloads(
    members: Iterable[TeamMember],
    current: Iterable[Assignment],
    tiers: Mapping[int, str | None],
    settings: TriangleSettings | None = None,
) -> list[Workload]:
    """The workload of every active member and of every inactive one who
    still holds a seat, in the order ``members`` come (``tiers``: account →
    tier)."""
    settings = settings or TriangleSettings()
    by_member: dict[int, list[Assignment]] = {}
    for assignment in current:
        if assignment.end is None:
            by_member.setdefault(assignment.member_id, []).append(assignment)
    found = []
    for member in members:
        assert member.id is not None
        held = by_member.get(member.id, [])
        if not member.active and not held:
            continue
        counts: dict[TriangleRole, dict[str | None, int]] = {}
        load = 0.0
        for assignment in held:
            tier = tiers.get(assignment.account_id)
            by_tier = counts.setdefault(assignment.role, {})
            by_tier[tier] = by_tier.get(tier, 0) + 1
            load += settings.weight_for(tier)
        ordered = {role: counts[role] for role in TRIANGLE_ROLES if role in counts}
        accounts = len({a.account_id for a in held})
        found.append(Workload(member.id, member.name, member.active, float(member.capacity), load, accounts, ordered))
    return found


@dataclass(frozen=True, slots=True)
class TierShare:
    """Seats on accounts of one tier: their share of the A-C seats and the target share (fractions 0-1)."""

    tier: str
    seats: int
    share: float
    target: float

    @property
    def difference(self) -> float:
        """Share minus target: positive where the tier gets more people than planned."""
        return self.share - self.target


@dataclass(frozen=True, slots=True)
class TierSplit:
    shares: tuple[TierShare, ...]
    outside: int  # seats on D or unclassified accounts
    total: int  # every current seat


def tier_split(
    current: Iterable[Assignment], tiers: Mapping[int, str | None], settings: TriangleSettings | None = None
) -> TierSplit:
    """How current seats spread over tiers A, B and C against the target split."""
    settings = settings or TriangleSettings()
    counted = {tier: 0 for tier in settings.target_split}
    outside = total = 0
    for assignment in current:
        if assignment.end is not None:
            continue
        total += 1
        tier = tiers.get(assignment.account_id)
        if tier in counted:
            counted[tier] += 1  # type: ignore[index]
        else:
            outside += 1
    inside = sum(counted.values())
    parts = sum(settings.target_split.values())
    shares = tuple(
        TierShare(tier, n, n / inside if inside else 0.0, settings.target_split[tier] / parts)
        for tier, n in counted.items()
    )
    return TierSplit(shares, outside, total)
