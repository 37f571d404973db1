"""Team and iron-triangle actions as service functions, one user action each.

Each function opens ``with uow:`` itself and commits only when the whole
action succeeded; bad input raises a :class:`~domain.errors.DomainError`
subclass with a plain message and nothing is written. Functions that change
data return what undoing them needs.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from domain.errors import AssignmentError, DuplicateKeyError, NotFoundError, ValidationError
from domain.model import TRIANGLE_ROLES, Assignment, TeamMember, TriangleRole
from domain.ports import UnitOfWork
from domain.triangle.rules import (
    TIERS,
    OwnershipGap,
    TriangleGap,
    TriangleSettings,
    ownership_gaps,
    staffing,
    triangle_gaps,
)
from domain.triangle.workload import TierSplit, Workload, tier_split, workloads

MAX_TEXT = 200
MAX_CAPACITY = 1000.0
SETTINGS_NAME = "triangle"

# Fields update_member may change; ``active`` changes through deactivate / reactivate.
MEMBER_FIELDS = ("key", "name", "email", "roles", "region", "capacity")
_LIMITS = {"key": MAX_TEXT, "name": MAX_TEXT, "email": 320, "region": MAX_TEXT}


# -- team --------------------------------------------------------------------------------------------


def coerce_roles(value: Any) -> frozenset[TriangleRole]:
    """Roles from members, their values (``"AR"``) or a text such as ``"AR, SR"``;
    raises :class:`ValidationError` for anything else."""
    if isinstance(value, str):
        value = [part for part in value.replace("，", ",").replace("/", ",").split(",") if part.strip()]
    try:
        items = list(value)
    except TypeError:
        raise ValidationError("roles", "Roles are AR, SR and FR.", reason="unknown") from None
    roles = set()
    for item in items:
        if isinstance(item, TriangleRole):
            roles.add(item)
            continue
        try:
            roles.add(TriangleRole(str(item).strip().upper()))
        except ValueError:
            raise ValidationError(
                "roles",
                f"'{item}' is not a role of the iron triangle (AR, SR or FR).",
                value=str(item),
                reason="unknown",
            ) from None
    return frozenset(roles)


def validate_member(member: TeamMember) -> None:
    """Raise :class:`ValidationError` unless the member has a name, texts within
    their lengths, roles among AR/SR/FR and a capacity from 0 to 1000."""
    if not isinstance(member.name, str) or not member.name.strip():
        raise ValidationError("name", "A team member needs a name.", reason="required")
    for name, limit in _LIMITS.items():
        value = getattr(member, name)
        if not isinstance(value, str):
            raise ValidationError(name, "This field holds text.", reason="not_text")
        if len(value) > limit:
            raise ValidationError(name, f"This field holds at most {limit} characters.", limit=limit, reason="too_long")
    if not isinstance(member.roles, frozenset) or not all(isinstance(r, TriangleRole) for r in member.roles):
        raise ValidationError("roles", "Roles are AR, SR and FR.", reason="unknown")
    capacity = member.capacity
    if isinstance(capacity, bool) or not isinstance(capacity, (int, float)) or not 0 <= capacity <= MAX_CAPACITY:
        raise ValidationError(
            "capacity", "Capacity is a number from 0 to 1000 (tier-weighted seats).", reason="out_of_range"
        )


def _clean_member(member: TeamMember) -> TeamMember:
    roles = member.roles if isinstance(member.roles, frozenset) else coerce_roles(member.roles)
    capacity = member.capacity
    if isinstance(capacity, int) and not isinstance(capacity, bool):
        capacity = float(capacity)
    return dataclasses.replace(
        member,
        key=member.key.strip() if isinstance(member.key, str) else member.key,
        name=member.name.strip() if isinstance(member.name, str) else member.name,
        region=member.region.strip() if isinstance(member.region, str) else member.region,
        roles=roles,
        capacity=capacity,
    )


def _require_member(uow: UnitOfWork, member_id: int) -> TeamMember:
    member = uow.team.get(member_id)
    if member is None:
        raise NotFoundError("The team member no longer exists.", member_id=member_id)
    return member


def add_member(uow: UnitOfWork, member: TeamMember) -> TeamMember:
    """Store a new team member and return it with its id and key (an empty
    key gets one from the id, ``T000007``). Raises :class:`ValidationError` or
    :class:`DuplicateKeyError`. Undo: :func:`remove_new_member`."""
    member = _clean_member(dataclasses.replace(member, id=None))
    validate_member(member)
    with uow:
        if member.key and uow.team.key_in_use(member.key):
            raise DuplicateKeyError(f"The key '{member.key}' is already in use.", key=member.key)
        member_id = uow.team.add(member)
        stored = _require_member(uow, member_id)
        uow.commit()
    return stored


def remove_new_member(uow: UnitOfWork, member_id: int) -> TeamMember:
    """Take back :func:`add_member`: delete a member who never held a seat;
    returns them as stored (hand them to :func:`restore_member` to redo).
    Contacts they hold lose their owner. Raises :class:`NotFoundError`, and
    :class:`AssignmentError` when the member holds or held a seat (their history
    must stay; deactivate them instead)."""
    with uow:
        member = _require_member(uow, member_id)
        if any(a.member_id == member_id for a in uow.assignments.all()):
            raise AssignmentError(
                f"{member.name} has held iron-triangle seats and cannot be removed; deactivate them instead.",
                member_id=member_id,
                reason="has_history",
            )
        uow.team.delete([member_id])
        uow.commit()
    return member


def restore_member(uow: UnitOfWork, member: TeamMember) -> None:
    """Store a member removed by :func:`remove_new_member` again, with their id and key."""
    assert member.id is not None
    with uow:
        if uow.team.get(member.id) is not None:
            return
        uow.team.add(member)
        uow.commit()


def update_member(uow: UnitOfWork, member_id: int, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Change fields of a member (see :data:`MEMBER_FIELDS`; ``roles`` also
    takes ``["AR", "SR"]`` or ``"AR,SR"``); returns the previous values of
    those fields (pass them back to undo).

    Taking a role away does not end the member's current seats in that role
    (the gap shows nowhere else); reassign them with :func:`assign`. Raises
    :class:`ValidationError`, :class:`DuplicateKeyError`, :class:`NotFoundError`.
    """
    unknown = set(changes) - set(MEMBER_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "This field cannot be edited here.", reason="unknown")
    values = dict(changes)
    if "roles" in values:
        values["roles"] = coerce_roles(values["roles"])
    with uow:
        member = _require_member(uow, member_id)
        previous = {name: getattr(member, name) for name in values}
        updated = _clean_member(dataclasses.replace(member, **values))
        validate_member(updated)
        if "key" in values and uow.team.key_in_use(updated.key, except_id=member_id):
            raise DuplicateKeyError(f"The key '{updated.key}' is already in use.", key=updated.key)
        uow.team.update_many([updated])
        uow.commit()
    return previous


@dataclass
class Deactivation:
    """What :func:`deactivate` changed: the member and the seats it ended (as they were)."""

    member_id: int
    was_active: bool
    ended: list[Assignment] = field(default_factory=list)


def deactivate(uow: UnitOfWork, member_id: int, on: date) -> Deactivation:
    """Mark a member as no longer active and end every seat they hold on day
    ``on`` (their accounts then show the gap). Returns what
    :func:`undo_deactivate` needs; a member already inactive is left as is."""
    with uow:
        member = _require_member(uow, member_id)
        result = Deactivation(member_id, member.active)
        if not member.active:
            return result
        result.ended = uow.assignments.current_for_member(member_id)
        for assignment in result.ended:
            if assignment.start >= on:  # began that day or later: it never really ran
                assert assignment.id is not None
                uow.assignments.delete([assignment.id])
            else:
                uow.assignments.update(dataclasses.replace(assignment, end=on))
        uow.team.update_many([dataclasses.replace(member, active=False)])
        uow.commit()
    return result


def undo_deactivate(uow: UnitOfWork, change: Deactivation) -> None:
    """Make the member active again with the seats :func:`deactivate` ended."""
    with uow:
        member = _require_member(uow, change.member_id)
        uow.team.update_many([dataclasses.replace(member, active=change.was_active)])
        for assignment in change.ended:
            assert assignment.id is not None
            if uow.assignments.get(assignment.id) is None:
                uow.assignments.add(assignment)
            else:
                uow.assignments.update(assignment)
        uow.commit()


def reactivate(uow: UnitOfWork, member_id: int) -> bool:
    """Mark a member as active again (their ended seats stay ended); returns
    whether they were active before."""
    with uow:
        member = _require_member(uow, member_id)
        if not member.active:
            uow.team.update_many([dataclasses.replace(member, active=True)])
            uow.commit()
    return member.active


# -- assignments -------------------------------------------------------------------------------------


@dataclass
class AssignmentChange:
    """What :func:`assign` changed, for :func:`undo_assign`.

    ``ended`` is the seat's previous assignment as it was before (``None`` if
    the seat was empty); ``ended_removed`` says it was deleted rather than
    closed (it began on the day of the change, so it never ran). ``opened`` is
    the new assignment (``None`` when the seat was emptied)."""

    account_id: int
    role: TriangleRole
    ended: Assignment | None = None
    ended_removed: bool = False
    opened: Assignment | None = None

    @property
    def changed(self) -> bool:
        return self.ended is not None or self.opened is not None


def _coerce_role(role: Any) -> TriangleRole:
    if isinstance(role, TriangleRole):
        return role
    try:
        return TriangleRole(str(role).strip().upper())
    except ValueError:
        raise ValidationError("role", f"'{role}' is not a role of the iron triangle (AR, SR or FR).") from None


def assign(
    uow: UnitOfWork, account_id: int, role: TriangleRole | str, member_id: int | None, on: date
) -> AssignmentChange:
    """Give the account's ``role`` seat to ``member_id`` from day ``on``
    (``None``: leave the seat empty from then on).

    The current holder's assignment ends on ``on`` (it is removed instead if
    it began that same day); the new one starts on ``on``. Giving the seat to
    the member who holds it already changes nothing. Raises
    :class:`NotFoundError` (account or member), and :class:`AssignmentError`
    when the member cannot take the role, is no longer active, or ``on`` lies
    before the current holder's start.
    """
    role = _coerce_role(role)
    with uow:
        if not uow.accounts.names([account_id]):
            raise NotFoundError("The account no longer exists.", account_id=account_id)
        if member_id is not None:
            member = _require_member(uow, member_id)
            if not member.active:
                raise AssignmentError(
                    f"{member.name} is no longer active and cannot join an iron triangle.", member_id=member_id
                )
            if role not in member.roles:
                raise AssignmentError(
                    f"{member.name} cannot take the role {role.value}; add the role to the member first.",
                    member_id=member_id,
                    role=role.value,
                )
        current = [a for a in uow.assignments.for_accounts([account_id]) if a.role is role and a.end is None]
        holder = current[-1] if current else None
        change = AssignmentChange(account_id, role)
        if holder is not None and holder.member_id == member_id:
            return change
        if holder is not None and on < holder.start:
            raise AssignmentError(
                f"The current {role.value} holds the seat since {holder.start.isoformat()}; "
                "a change cannot start before that.",
                start=holder.start.isoformat(),
            )
        if holder is not None:
            assert holder.id is not None
            change.ended = holder
            if holder.start == on:
                change.ended_removed = True
                uow.assignments.delete([holder.id])
            else:
                uow.assignments.update(dataclasses.replace(holder, end=on))
        if member_id is not None:
            opened = Assignment(account_id, role, member_id, on)
            opened.id = uow.assignments.add(opened)
            change.opened = opened
        uow.commit()
    return change


def undo_assign(uow: UnitOfWork, change: AssignmentChange) -> None:
    """Put the seat back as it was before :func:`assign`."""
    if not change.changed:
        return
    with uow:
        if change.opened is not None and change.opened.id is not None:
            uow.assignments.delete([change.opened.id])
        if change.ended is not None:
            if change.ended_removed:
                uow.assignments.add(change.ended)
            else:
                uow.assignments.update(change.ended)
        uow.commit()


@dataclass(frozen=True)
class IronTriangle:
    """An account's seats as they stand: ``seats[role]`` is the current
    assignment (roles nobody holds are absent); ``members`` names their holders."""

    account_id: int
    tier: str | None
    seats: Mapping[TriangleRole, Assignment]
    members: Mapping[int, TeamMember]
    missing: tuple[TriangleRole, ...] = ()  # required by the tier's rule and not held by an active member

    def holder(self, role: TriangleRole) -> TeamMember | None:
        seat = self.seats.get(role)
        return None if seat is None else self.members.get(seat.member_id)


def triangle(uow: UnitOfWork, account_id: int, settings: TriangleSettings | None = None) -> IronTriangle:
    """The account's current iron triangle, with what its tier's rule finds
    missing. Raises :class:`NotFoundError` for an unknown account."""
    if settings is None:
        settings = load_triangle_settings(uow)
    with uow:
        account = uow.accounts.get(account_id)
        if account is None:
            raise NotFoundError("The account no longer exists.", account_id=account_id)
        held = {a.role: a for a in uow.assignments.for_accounts([account_id]) if a.end is None}
        members = {m.id: m for m in uow.team.all() if m.id is not None}
    active = {i for i, m in members.items() if m.active}
    missing, _ = staffing(account.tier, held, settings, active)
    ordered = {role: held[role] for role in TRIANGLE_ROLES if role in held}
    holders = {a.member_id: members[a.member_id] for a in ordered.values() if a.member_id in members}
    return IronTriangle(account_id, account.tier, ordered, holders, missing)


def assignment_history(uow: UnitOfWork, account_id: int) -> list[Assignment]:
    """Every assignment of the account, current and past, by role (AR, SR,
    FR) then start day."""
    with uow:
        found = uow.assignments.for_accounts([account_id])
    order = {role: i for i, role in enumerate(TRIANGLE_ROLES)}
    return sorted(found, key=lambda a: (order[a.role], a.start, a.id or 0))


# -- settings ----------------------------------------------------------------------------------------


def settings_to_json(settings: TriangleSettings) -> str:
    value = {
        "required": {t: [r.value for r in TRIANGLE_ROLES if r in roles] for t, roles in settings.required.items()},
        "weights": dict(settings.weights),
        "target_split": dict(settings.target_split),
    }
    return json.dumps(value, sort_keys=True)


def settings_from_json(text: str | None) -> TriangleSettings:
    """Stored settings; missing parts take the defaults and unreadable ones fall back to them."""
    default = TriangleSettings()
    if not text:
        return default
    try:
        stored = json.loads(text)
        required = {str(t): frozenset(TriangleRole(r) for r in roles) for t, roles in stored["required"].items()}
        weights = {str(t): float(w) for t, w in stored["weights"].items()}
        split = {str(t): float(w) for t, w in stored["target_split"].items()}
        settings = TriangleSettings(required, weights, split)
        settings.validate()
    except (ValueError, KeyError, TypeError, AttributeError, ValidationError):
        return default
    return settings


def load_triangle_settings(uow: UnitOfWork) -> TriangleSettings:
    """The triangle rules, weights and target split kept with the data (defaults when none are stored)."""
    with uow:
        return settings_from_json(uow.settings.get(SETTINGS_NAME))


def save_triangle_settings(uow: UnitOfWork, settings: TriangleSettings) -> TriangleSettings:
    """Keep new rules with the data; returns the previous ones (to undo).
    Raises :class:`ValidationError` (see :meth:`TriangleSettings.validate`)."""
    settings.validate()
    previous = load_triangle_settings(uow)
    with uow:
        uow.settings.put(SETTINGS_NAME, settings_to_json(settings))
        uow.commit()
    return previous


# -- portfolio views ---------------------------------------------------------------------------------


def account_tiers(uow: UnitOfWork) -> dict[int, str | None]:
    """``{account id: applied tier}`` of every account, inside an open ``uow``."""
    tiers: dict[int, str | None] = {}
    for tier in (*TIERS, None):
        tiers.update(dict.fromkeys(uow.accounts.with_tiers([tier]), tier))
    return tiers


@dataclass(frozen=True)
class PortfolioGaps:
    """The gaps an account review starts from: triangles lacking required
    seats, and key contacts of A accounts nobody holds."""

    triangle: list[TriangleGap]
    relationships: list[OwnershipGap]


def _active_ids(members: Iterable[TeamMember]) -> set[int]:
    return {m.id for m in members if m.active and m.id is not None}


def relationship_gaps(uow: UnitOfWork) -> list[OwnershipGap]:
    """Decision makers and economic buyers of A accounts with no active owner."""
    with uow:
        tiers = {i: "A" for i in uow.accounts.with_tiers(["A"])}
        contacts = uow.contacts.for_accounts(list(tiers))
        active = _active_ids(uow.team.all())
    return ownership_gaps(contacts, tiers, active=active)


def portfolio_gaps(uow: UnitOfWork, settings: TriangleSettings | None = None) -> PortfolioGaps:
    """Triangle gaps over every account and relationship gaps on A accounts."""
    if settings is None:
        settings = load_triangle_settings(uow)
    with uow:
        tiers = account_tiers(uow)
        current = uow.assignments.current()
        active = _active_ids(uow.team.all())
        key_accounts = [i for i, t in tiers.items() if t == "A"]
        contacts = uow.contacts.for_accounts(key_accounts)
    return PortfolioGaps(
        triangle_gaps(tiers, current, settings, active),
        ownership_gaps(contacts, tiers, active=active),
    )


def gap_names(uow: UnitOfWork, gaps: PortfolioGaps) -> tuple[dict[int, str], dict[int, str]]:
    """``(account names, contact names)`` of the accounts and contacts the gaps name."""
    accounts = {g.account_id for g in gaps.triangle} | {g.account_id for g in gaps.relationships}
    wanted = {g.contact_id for g in gaps.relationships}
    with uow:
        names = uow.accounts.names(accounts)
        contacts = uow.contacts.for_accounts(sorted({g.account_id for g in gaps.relationships}))
    return names, {c.id: c.name for c in contacts if c.id in wanted}


def account_names(uow: UnitOfWork, account_ids: Iterable[int]) -> dict[int, str]:
    """``{account id: name}`` of these accounts (unknown ids are left out)."""
    with uow:
        return uow.accounts.names(list(account_ids))


def account_path(uow: UnitOfWork, account_id: int) -> list[int]:
    """The account's place in the customer tree: its group's top account first,
    the account itself last (just the account when it is unknown)."""
    with uow:
        parents = uow.accounts.parent_map()
    path = [account_id]
    while (parent := parents.get(path[-1])) is not None and parent not in path:
        path.append(parent)
    return path[::-1]


def team_workload(uow: UnitOfWork, settings: TriangleSettings | None = None) -> list[Workload]:
    """Every active member's workload against capacity (see ``domain.triangle.workload``)."""
    if settings is None:
        settings = load_triangle_settings(uow)
    with uow:
        tiers = account_tiers(uow)
        current = uow.assignments.current()
        members = uow.team.all()
    return workloads(members, current, tiers, settings)


def portfolio_split(uow: UnitOfWork, settings: TriangleSettings | None = None) -> TierSplit:
    """Current seats over tiers A, B, C against the target split."""
    if settings is None:
        settings = load_triangle_settings(uow)
    with uow:
        tiers = account_tiers(uow)
        current = uow.assignments.current()
    return tier_split(current, tiers, settings)
