"""The review pack of one account: everything an account review looks at, gathered once.

:func:`build_review_pack` reads the account, its tier and why, its iron
triangle, its people (power map and coverage), its current plan, its revenue
over the last 24 months and what changed since the last review, and returns
them as one :class:`ReviewPack` of plain domain objects. Drawing it (PDF,
workbook) is the user interface's job; nothing here knows about pages.

A *redacted* pack is built without personal details and notes, so that they
are not even in memory when the pack is drawn: see :data:`REDACTED_FIELDS`.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from domain import tree
from domain.errors import CancelledError, NotFoundError
from domain.model import (
    Account,
    Assignment,
    Contact,
    PlanContents,
    Rollup,
    TeamMember,
    TriangleRole,
)
from domain.plans.progress import PlanProgress, plan_progress
from domain.ports import Progress, TierHistoryRecord, TierQueries, UnitOfWork
from domain.powermap import PowerMap
from domain.powermap.coverage import Coverage, CoverageSettings, analyse_coverage
from domain.powermap.services import load_coverage_settings, load_power_map
from domain.powermap.snapshot import Snapshot, SnapshotDiff, build_snapshot, diff_snapshots
from domain.tiers.result import Explanation, TierResult
from domain.tiers.service import DETAIL_INPUTS, Preview, load_settings, preview_classification
from domain.triangle.services import IronTriangle, load_triangle_settings, triangle

TREND_MONTHS = 24
"""How many months the revenue trend covers, ending with the month of ``as_of``."""

REDACTED_FIELDS: tuple[str, ...] = (
    "contact.email",
    "contact.phone",
    "contact.notes",
    "contact_link.note",
    "account.notes",
    "plan_risk.mitigation",
)
"""What a redacted pack leaves out (``record.field``): contacts' e-mail, phone
and notes, the notes on influence and conflict lines between them, the
account's own notes and the mitigation notes of plan risks. Names, titles,
departments, buying roles, influence and attitude stay, as do the risks'
descriptions and scores."""


@dataclass(frozen=True)
class TierSection:
    """The applied tier (from the account record) and what the tier model in
    use says as of the pack's day, with the numbers behind it.

    ``result`` and ``explanation`` are ``None`` when the model does not
    classify this account on its own (a subsidiary while groups are rolled up).
    """

    applied: str | None
    applied_on: date | None
    applied_model: str | None
    applied_score: float | None
    model: str
    window_months: int
    result: TierResult | None = None
    explanation: Explanation | None = None


@dataclass(frozen=True)
class TriangleSection:
    """The iron triangle as it stands, the seats the tier's rule requires and
    every assignment ever made (by role, then start)."""

    current: IronTriangle
    required: frozenset[TriangleRole]
    history: tuple[Assignment, ...] = ()


@dataclass(frozen=True)
class PlanSection:
    """The account's current plan (the latest period) with its progress;
    ``contents`` is ``None`` when the account has no plan."""

    contents: PlanContents | None
    progress: PlanProgress | None
    periods: tuple[str, ...] = ()  # every period the account has a plan for, in order


@dataclass(frozen=True, slots=True)
class MonthTotal:
    """Orders booked in one calendar month: ``month`` is its first day."""

    month: date
    orders: int
    amount: Decimal


@dataclass(frozen=True)
class ChangesSection:
    """What changed since the last review: the account's tier history (oldest
    first) and the power map now against its latest stored snapshot
    (``diff`` is ``None`` when there is no snapshot yet)."""

    tier_history: tuple[TierHistoryRecord, ...] = ()
    last_snapshot: Snapshot | None = None
    diff: SnapshotDiff | None = None


@dataclass(frozen=True)
class ReviewPack:
    """Everything a review of one account looks at, as of ``as_of``.

    ``rollup`` and ``revenue`` cover the account and every account below it in
    the customer tree; the people (``power_map``, ``coverage``) are the
    account's own. ``team`` names our people by id (owners, seat holders).
    With ``redacted`` the fields of :data:`REDACTED_FIELDS` are empty.
    """

    as_of: date
    redacted: bool
    account: Account
    parent_name: str
    rollup: Rollup
    tier: TierSection
    triangle: TriangleSection
    power_map: PowerMap
    coverage: Coverage
    coverage_settings: CoverageSettings
    plan: PlanSection
    revenue: tuple[MonthTotal, ...]
    changes: ChangesSection
    team: dict[int, TeamMember] = field(default_factory=dict)

    @property
    def contacts(self) -> list[Contact]:
        return self.power_map.contacts

    def member_name(self, member_id: int | None) -> str:
        member = self.team.get(member_id) if member_id is not None else None
        return member.name if member is not None else ""

    def quarters(self) -> list[MonthTotal]:
        """The revenue trend summed per calendar quarter (``month``: the quarter's first day)."""
        found: dict[date, MonthTotal] = {}
        for month in self.revenue:
            start = date(month.month.year, 3 * ((month.month.month - 1) // 3) + 1, 1)
            before = found.get(start)
            found[start] = (
                month if before is None
                else MonthTotal(start, before.orders + month.orders, before.amount + month.amount)
            )
        return [dataclasses.replace(total, month=start) for start, total in found.items()]


def _month_starts(as_of: date, count: int) -> list[date]:
    index = as_of.year * 12 + as_of.month - 1
    return [date(i // 12, i % 12 + 1, 1) for i in range(index - count + 1, index + 1)]


def monthly_revenue(
    orders: Sequence[tuple[date, Decimal]], as_of: date, months: int = TREND_MONTHS
) -> tuple[MonthTotal, ...]:
    """Orders and amount per calendar month for the ``months`` months ending
    with the month of ``as_of`` (orders after ``as_of`` are left out); months
    without orders are there with zeros."""
    starts = _month_starts(as_of, months)
    counts = dict.fromkeys(starts, 0)
    amounts = dict.fromkeys(starts, Decimal(0))
    first = starts[0]
    for day, amount in orders:
        if first <= day <= as_of:
            month = date(day.year, day.month, 1)
            counts[month] += 1
            amounts[month] += amount
    return tuple(MonthTotal(start, counts[start], amounts[start]) for start in starts)


def redact_contact(contact: Contact) -> Contact:
    """The contact without e-mail, phone and notes."""
    return dataclasses.replace(contact, email="", phone="", notes="")


def _redact_map(power_map: PowerMap) -> PowerMap:
    return dataclasses.replace(
        power_map,
        contacts=[redact_contact(c) for c in power_map.contacts],
        links=[dataclasses.replace(k, note="") for k in power_map.links],
    )


def _redact_plan(contents: PlanContents) -> PlanContents:
    return dataclasses.replace(contents, risks=[dataclasses.replace(r, mitigation="") for r in contents.risks])


def tier_preview(uow: UnitOfWork, tier_queries: TierQueries, as_of: date) -> Preview:
    """The classification every pack of one run explains (the stored settings,
    every metric read): compute it once for many packs."""
    return preview_classification(tier_queries, load_settings(uow), as_of=as_of, inputs=DETAIL_INPUTS)


def _tier_section(account: Account, preview: Preview) -> TierSection:
    settings = preview.settings
    base = TierSection(
        applied=account.tier,
        applied_on=account.tier_on,
        applied_model=account.tier_model,
        applied_score=account.tier_score,
        model=settings.model,
        window_months=settings.window_months,
    )
    try:
        result, _metrics, explanation = preview.explain(account.key)
    except NotFoundError:  # not classified on its own: a subsidiary while groups are rolled up
        return base
    if result.account_id != account.id:  # matched another account by name
        return base
    return dataclasses.replace(base, result=result, explanation=explanation)


def build_review_pack(
    uow: UnitOfWork,
    tier_queries: TierQueries,
    account_id: int,
    as_of: date,
    redacted: bool = False,
    *,
    preview: Preview | None = None,
    progress: Progress | None = None,
) -> ReviewPack:
    """Gather the review pack of one account as of ``as_of``. Writes nothing.

    ``preview`` is the classification to explain the tier with (see
    :func:`tier_preview`; computed here when not given). ``progress(done,
    total)`` is called between the steps; returning False cancels with
    :class:`CancelledError`. Raises :class:`NotFoundError` for an unknown account.
    """
    total = 6

    def step(done: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise CancelledError("The review pack was cancelled; nothing was written.")

    step(0)
    with uow:
        account = uow.accounts.get(account_id)
        if account is None:
            raise NotFoundError("The account no longer exists.", account_id=account_id)
        parent_of = uow.accounts.subtree_parent_map(account_id)
        ids = tree.subtree(parent_of, account_id)
        parent_name = uow.accounts.names([account.parent_id]).get(account.parent_id, "") if account.parent_id else ""
        revenue = uow.accounts.annual_revenue(ids)
        totals = uow.transactions.totals(ids)
        orders = [(t.date, t.amount) for t in uow.transactions.for_accounts(ids)]
        team = {m.id: m for m in uow.team.all() if m.id is not None}
        plans = uow.plans.for_accounts([account_id])
        contents = uow.plans.contents([plans[-1].id]) if plans and plans[-1].id is not None else []
        assignments = uow.assignments.for_accounts([account_id])
        snapshots = uow.snapshots.for_account(account_id)
    rollup = tree.rollup(parent_of, account_id, revenue, totals)
    step(1)
    if preview is None:
        preview = tier_preview(uow, tier_queries, as_of)
    tier = _tier_section(account, preview)
    history = tuple(tier_queries.history(account_id))
    step(2)
    triangle_settings = load_triangle_settings(uow)
    current = triangle(uow, account_id, triangle_settings)
    order = {role: i for i, role in enumerate(TriangleRole)}
    seats = TriangleSection(
        current,
        triangle_settings.required_for(account.tier),
        tuple(sorted(assignments, key=lambda a: (order[a.role], a.start, a.id or 0))),
    )
    step(3)
    power_map = load_power_map(uow, account_id)
    coverage_settings = load_coverage_settings(uow)
    coverage = analyse_coverage(power_map, as_of, coverage_settings)
    last_snapshot = snapshots[-1] if snapshots else None
    diff = diff_snapshots(last_snapshot, build_snapshot(power_map, as_of)) if last_snapshot is not None else None
    step(4)
    plan_contents = contents[0] if contents else None
    plan = PlanSection(
        plan_contents,
        plan_progress(plan_contents) if plan_contents is not None else None,
        tuple(p.period for p in plans),
    )
    step(5)
    if redacted:
        account = dataclasses.replace(account, notes="")
        power_map = _redact_map(power_map)
        if plan.contents is not None:
            plan = dataclasses.replace(plan, contents=_redact_plan(plan.contents))
    pack = ReviewPack(
        as_of=as_of,
        redacted=redacted,
        account=account,
        parent_name=parent_name,
        rollup=rollup,
        tier=tier,
        triangle=seats,
        power_map=power_map,
        coverage=coverage,
        coverage_settings=coverage_settings,
        plan=plan,
        revenue=monthly_revenue(orders, as_of),
        changes=ChangesSection(history, last_snapshot, diff),
        team=team,
    )
    step(6)
    return pack


def accounts_in_tier(uow: UnitOfWork, tier: str) -> list[Account]:
    """The accounts whose applied tier is ``tier``, by key."""
    with uow:
        ids = uow.accounts.with_tiers([tier])
        found = [uow.accounts.get(i) for i in ids]
    return sorted((a for a in found if a is not None), key=lambda a: a.key)


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
MAX_NAME = 80


def pack_file_stem(account: Account) -> str:
    """A file name (without suffix) for an account's pack, from its key and name,
    safe on Windows, macOS and Linux: characters a file system refuses become
    ``_``, spaces collapse, no leading or trailing dots or spaces, at most
    :data:`MAX_NAME` characters. Chinese names stay as they are."""
    text = unicodedata.normalize("NFC", f"{account.key} {account.name}".strip())
    text = _UNSAFE.sub("_", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    text = text[:MAX_NAME].rstrip(" .")
    return text or "account"


__all__ = [
    "REDACTED_FIELDS",
    "ChangesSection",
    "MonthTotal",
    "PlanSection",
    "ReviewPack",
    "TierSection",
    "TriangleSection",
    "accounts_in_tier",
    "build_review_pack",
    "monthly_revenue",
    "pack_file_stem",
    "redact_contact",
    "tier_preview",
]
