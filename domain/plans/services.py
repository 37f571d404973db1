"""Account-plan actions as service functions, one user action each.

Every function that changes data returns a :class:`PlanChange`; passing it
to :func:`undo_plan_change` puts the store back exactly as it was. Bad input
raises a :class:`~domain.errors.DomainError` subclass with a plain message
and nothing is written.

**Status.** A plan is drafted, sent for review and approved:
draft → in review → approved, in review → draft (sent back), approved → draft
(reopened). A new plan is always a draft. Editing an approved plan's
*content* — its period, situation, fit, or adding, changing or removing an
objective, action or risk — sends it back to draft, so that what was
approved is never silently different from what is stored. Recording
*execution* on an approved plan — an objective's or an action's status, an
objective's entered progress — keeps it approved: that is what an approved
plan is for. A plan in review stays in review when edited.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from domain.errors import DuplicatePlanError, NotFoundError, PlanStatusError, ValidationError
from domain.model import (
    AccountPlan,
    FitCriterion,
    ObjectiveKind,
    PlanAction,
    PlanContents,
    PlanObjective,
    PlanRisk,
    PlanStatus,
    WorkStatus,
)
from domain.plans.priority import PriorityInput, PriorityRow, PriorityWeights, rank_plans
from domain.ports import UnitOfWork
from domain.triangle.rules import TriangleSettings

MAX_PERIOD = 40
MAX_TITLE = 200
MAX_TEXT = 20_000
MAX_MONEY = Decimal("1e13")

TRANSITIONS: dict[PlanStatus, frozenset[PlanStatus]] = {
    PlanStatus.DRAFT: frozenset({PlanStatus.IN_REVIEW}),
    PlanStatus.IN_REVIEW: frozenset({PlanStatus.DRAFT, PlanStatus.APPROVED}),
    PlanStatus.APPROVED: frozenset({PlanStatus.DRAFT}),
}
PLAN_FIELDS = ("period", "challenges", "competitors", "strengths", "weaknesses", "trends", "fit")
OBJECTIVE_FIELDS = ("title", "kind", "target", "owner_id", "due", "status", "progress")
ACTION_FIELDS = ("objective_id", "what", "owner_id", "due", "status")
RISK_FIELDS = ("description", "likelihood", "impact", "mitigation", "owner_id")
# Execution, not planning: changing only these keeps an approved plan approved.
EXECUTION_FIELDS = frozenset({"status", "progress"})
_SITUATION = ("challenges", "competitors", "strengths", "weaknesses", "trends")


@dataclass
class PlanChange:
    """What one plan action did, for :func:`undo_plan_change`.

    ``record`` is what the action was about, as it stands after it (the
    removed record for a delete). ``created`` holds the records it made (with
    ids), ``before`` the records it changed as they were, ``removed`` what it
    deleted (whole plans as :class:`PlanContents`, or single records)."""

    record: Any
    created: list[Any] = field(default_factory=list)
    before: list[Any] = field(default_factory=list)
    removed: list[Any] = field(default_factory=list)


# -- reading -----------------------------------------------------------------------------------------


def list_plans(uow: UnitOfWork, account_id: int) -> list[AccountPlan]:
    """The account's plans, by period."""
    with uow:
        return uow.plans.for_accounts([account_id])


def plan_periods(uow: UnitOfWork) -> list[str]:
    """Every period some account has a plan for, in order."""
    with uow:
        return sorted({p.period for p in uow.plans.all()})


def load_plan(uow: UnitOfWork, plan_id: int) -> PlanContents:
    """A plan with its objectives, actions and risks; :class:`NotFoundError` if it is gone."""
    with uow:
        found = uow.plans.contents([plan_id])
    if not found:
        raise NotFoundError("The plan no longer exists.", plan_id=plan_id)
    return found[0]


# -- validation --------------------------------------------------------------------------------------


def _enum(enum_type: type[Any], name: str, value: Any) -> Any:
    if isinstance(value, enum_type):
        return value
    try:
        return enum_type(value)
    except (ValueError, TypeError):
        choices = ", ".join(str(m.value) for m in enum_type)
        raise ValidationError(name, f"'{value}' is not one of {choices}.", value=str(value), reason="unknown") from None


def _text(name: str, value: Any, limit: int, *, required: bool = False, what: str = "") -> str:
    if not isinstance(value, str):
        raise ValidationError(name, "This field holds text.", reason="not_text")
    if required and not value.strip():
        raise ValidationError(name, f"{what} needs {name.replace('_', ' ')}.", reason="required")
    if len(value) > limit:
        raise ValidationError(name, f"This field holds at most {limit} characters.", limit=limit, reason="too_long")
    return value.strip() if limit <= MAX_TITLE else value


def _score(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValidationError(name, "A score is a whole number from 1 to 5.", value=str(value), reason="out_of_range")
    return value


def _day(name: str, value: Any) -> date | None:
    if value is not None and not isinstance(value, date):
        raise ValidationError(name, "This field holds a date.", reason="not_date")
    return value


def clean_fit(fit: Mapping[Any, Any] | None) -> dict[FitCriterion, int]:
    """Fit scores by criterion (criteria also by their values); ``None`` scores are left out."""
    if fit is None:
        return {}
    if not isinstance(fit, Mapping):
        raise ValidationError("fit", "Fit scores are given per criterion.", reason="unknown")
    cleaned: dict[FitCriterion, int] = {}
    for criterion, score in fit.items():
        key = _enum(FitCriterion, "fit", criterion)
        if score is not None:
            cleaned[key] = _score(f"fit.{key.value}", score)
    return {c: cleaned[c] for c in FitCriterion if c in cleaned}


def clean_plan(plan: AccountPlan) -> AccountPlan:
    """The plan with its values checked and tidied; raises :class:`ValidationError`."""
    period = _text("period", plan.period, MAX_PERIOD, required=True, what="A plan")
    texts: dict[str, Any] = {n: _text(n, getattr(plan, n), MAX_TEXT) for n in _SITUATION}
    status = _enum(PlanStatus, "status", plan.status)
    return dataclasses.replace(plan, period=period, status=status, fit=clean_fit(plan.fit), **texts)


def _target(kind: ObjectiveKind, value: Any) -> Decimal | None:
    if value is None:
        return None
    if kind is ObjectiveKind.QUALITATIVE:
        raise ValidationError("target", "A qualitative objective has no target value.", reason="not_allowed")
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise ValidationError("target", f"'{value}' is not a number.", reason="not_number") from None
    if isinstance(value, bool) or not number.is_finite():
        raise ValidationError("target", f"'{value}' is not a number.", reason="not_number")
    high = Decimal(100) if kind is ObjectiveKind.SHARE_OF_WALLET else MAX_MONEY
    if not 0 <= number <= high:
        what = "A share of wallet is 0 to 100 percent." if high == 100 else "A revenue target is 0 or more."
        raise ValidationError("target", what, reason="out_of_range")
    return number.quantize(Decimal("0.01"))


def clean_objective(objective: PlanObjective) -> PlanObjective:
    title = _text("title", objective.title, MAX_TITLE, required=True, what="An objective")
    kind = _enum(ObjectiveKind, "kind", objective.kind)
    status = _enum(WorkStatus, "status", objective.status)
    progress = objective.progress
    if progress is not None:
        if isinstance(progress, bool) or not isinstance(progress, (int, float)) or not 0 <= progress <= 100:
            raise ValidationError("progress", "Progress is 0 to 100 percent.", reason="out_of_range")
        progress = float(progress)
    return dataclasses.replace(
        objective,
        title=title,
        kind=kind,
        status=status,
        target=_target(kind, objective.target),
        due=_day("due", objective.due),
        progress=progress,
    )


def clean_action(action: PlanAction) -> PlanAction:
    what = _text("what", action.what, MAX_TEXT, required=True, what="An action")
    return dataclasses.replace(
        action, what=what.strip(), status=_enum(WorkStatus, "status", action.status), due=_day("due", action.due)
    )


def clean_risk(risk: PlanRisk) -> PlanRisk:
    description = _text("description", risk.description, MAX_TEXT, required=True, what="A risk")
    return dataclasses.replace(
        risk,
        description=description.strip(),
        likelihood=_score("likelihood", risk.likelihood),
        impact=_score("impact", risk.impact),
        mitigation=_text("mitigation", risk.mitigation, MAX_TEXT),
    )


def _check_owner(uow: UnitOfWork, owner_id: int | None) -> None:
    if owner_id is not None and uow.team.get(owner_id) is None:
        raise NotFoundError("The team member no longer exists.", member_id=owner_id)


def _require_plan(uow: UnitOfWork, plan_id: int) -> AccountPlan:
    plan = uow.plans.get(plan_id)
    if plan is None:
        raise NotFoundError("The plan no longer exists.", plan_id=plan_id)
    return plan


def _require_objective(uow: UnitOfWork, objective_id: int) -> PlanObjective:
    objective = uow.plans.get_objective(objective_id)
    if objective is None:
        raise NotFoundError("The objective no longer exists.", objective_id=objective_id)
    return objective


def _check_title(uow: UnitOfWork, objective: PlanObjective) -> None:
    """Titles are unique within a plan: actions and workbooks name their objective by it."""
    for other in uow.plans.contents([objective.plan_id])[0].objectives:
        if other.id != objective.id and other.title == objective.title:
            raise ValidationError(
                "title", f"The plan already has an objective called '{objective.title}'.", reason="duplicate"
            )


def _unknown(changes: Mapping[str, Any], allowed: tuple[str, ...]) -> None:
    unknown = set(changes) - set(allowed)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "This field cannot be edited here.", reason="unknown")


def _content_edited(uow: UnitOfWork, plan_id: int, change: PlanChange) -> None:
    """An approved plan whose content changed goes back to draft (recorded in ``change``)."""
    plan = _require_plan(uow, plan_id)
    if plan.status is PlanStatus.APPROVED:
        change.before.append(plan)
        uow.plans.update(dataclasses.replace(plan, status=PlanStatus.DRAFT))


# -- plans -------------------------------------------------------------------------------------------


def create_plan(uow: UnitOfWork, plan: AccountPlan) -> PlanChange:
    """Store a new plan (always as a draft). Raises :class:`ValidationError`,
    :class:`NotFoundError` (account) or :class:`DuplicatePlanError` (the
    account has a plan for that period)."""
    plan = clean_plan(dataclasses.replace(plan, id=None, status=PlanStatus.DRAFT))
    with uow:
        if not uow.accounts.names([plan.account_id]):
            raise NotFoundError("The account no longer exists.", account_id=plan.account_id)
        if uow.plans.find(plan.account_id, plan.period) is not None:
            raise DuplicatePlanError(f"The account already has a plan for {plan.period}.", period=plan.period)
        plan.id = uow.plans.add(plan)
        uow.commit()
    return PlanChange(plan, created=[plan])


def update_plan(uow: UnitOfWork, plan_id: int, changes: Mapping[str, Any]) -> PlanChange:
    """Change the period, situation texts or fit scores (``fit`` replaces the
    whole set; a ``None`` score leaves that criterion unscored). An approved
    plan goes back to draft. Raises :class:`ValidationError`,
    :class:`DuplicatePlanError`, :class:`NotFoundError`."""
    _unknown(changes, PLAN_FIELDS)
    with uow:
        plan = _require_plan(uow, plan_id)
        updated = clean_plan(dataclasses.replace(plan, **changes))
        if updated == plan:
            return PlanChange(plan)
        if updated.period != plan.period and uow.plans.find(plan.account_id, updated.period) is not None:
            raise DuplicatePlanError(f"The account already has a plan for {updated.period}.", period=updated.period)
        if plan.status is PlanStatus.APPROVED:
            updated.status = PlanStatus.DRAFT
        uow.plans.update(updated)
        uow.commit()
    return PlanChange(updated, before=[plan])


def set_plan_status(uow: UnitOfWork, plan_id: int, status: PlanStatus | str) -> PlanChange:
    """Move a plan along draft → in review → approved (or back, see
    :data:`TRANSITIONS`). Raises :class:`PlanStatusError` for a move that is
    not allowed, such as approving a draft that was never reviewed."""
    target: PlanStatus = _enum(PlanStatus, "status", status)
    with uow:
        plan = _require_plan(uow, plan_id)
        if target is plan.status:
            return PlanChange(plan)
        if target not in TRANSITIONS[plan.status]:
            names = {PlanStatus.DRAFT: "draft", PlanStatus.IN_REVIEW: "in review", PlanStatus.APPROVED: "approved"}
            raise PlanStatusError(
                f"A plan cannot go from {names[plan.status]} to {names[target]}.",
                old=plan.status.value,
                new=target.value,
            )
        updated = dataclasses.replace(plan, status=target)
        uow.plans.update(updated)
        uow.commit()
    return PlanChange(updated, before=[plan])


def delete_plan(uow: UnitOfWork, plan_id: int) -> PlanChange:
    """Delete a plan with its objectives, actions and risks."""
    with uow:
        found = uow.plans.contents([plan_id])
        if not found:
            raise NotFoundError("The plan no longer exists.", plan_id=plan_id)
        uow.plans.delete([plan_id])
        uow.commit()
    return PlanChange(found[0].plan, removed=[found[0]])


def clone_plan(uow: UnitOfWork, plan_id: int, new_period: str) -> PlanChange:
    """Start the account's plan for ``new_period`` from this one.

    Copied: the situation texts, the fit scores, every risk, and the
    objectives still open (not done, not dropped) with their actions still
    open — statuses reset to not started and entered progress cleared, owners
    and due dates kept for the team to adjust. Left behind: what is done or
    dropped, which belongs to the old period's record. The copy is a draft.
    Raises :class:`DuplicatePlanError`, :class:`ValidationError`,
    :class:`NotFoundError`.
    """
    closed = (WorkStatus.DONE, WorkStatus.DROPPED)
    with uow:
        found = uow.plans.contents([plan_id])
        if not found:
            raise NotFoundError("The plan no longer exists.", plan_id=plan_id)
        source = found[0]
        plan = clean_plan(
            dataclasses.replace(
                source.plan, id=None, period=new_period, status=PlanStatus.DRAFT, fit=dict(source.plan.fit)
            )
        )
        if uow.plans.find(plan.account_id, plan.period) is not None:
            raise DuplicatePlanError(f"The account already has a plan for {plan.period}.", period=plan.period)
        plan.id = uow.plans.add(plan)
        created: list[Any] = [plan]
        objectives = [o for o in source.objectives if o.status not in closed]
        copies = [
            dataclasses.replace(o, id=None, plan_id=plan.id, status=WorkStatus.NOT_STARTED, progress=None)
            for o in objectives
        ]
        new_ids = dict(zip((o.id for o in objectives), uow.plans.add_objectives(copies), strict=True))
        for copy, new_id in zip(copies, new_ids.values(), strict=True):
            copy.id = new_id
        actions = [
            dataclasses.replace(a, id=None, objective_id=new_ids[a.objective_id], status=WorkStatus.NOT_STARTED)
            for a in source.actions
            if a.objective_id in new_ids and a.status not in closed
        ]
        for action, new_id in zip(actions, uow.plans.add_actions(actions), strict=True):
            action.id = new_id
        risks = [dataclasses.replace(k, id=None, plan_id=plan.id) for k in source.risks]
        for risk, new_id in zip(risks, uow.plans.add_risks(risks), strict=True):
            risk.id = new_id
        created += [*copies, *actions, *risks]
        uow.commit()
    return PlanChange(plan, created=created)


# -- objectives, actions, risks ----------------------------------------------------------------------


def add_objective(uow: UnitOfWork, objective: PlanObjective) -> PlanChange:
    """Add an objective to its plan (an approved plan goes back to draft)."""
    objective = clean_objective(dataclasses.replace(objective, id=None))
    change = PlanChange(objective, created=[objective])
    with uow:
        _check_owner(uow, objective.owner_id)
        _content_edited(uow, objective.plan_id, change)
        _check_title(uow, objective)
        objective.id = uow.plans.add_objectives([objective])[0]
        uow.commit()
    return change


def update_objective(uow: UnitOfWork, objective_id: int, changes: Mapping[str, Any]) -> PlanChange:
    """Change fields of an objective (:data:`OBJECTIVE_FIELDS`). Changing only
    ``status`` or ``progress`` keeps an approved plan approved; anything else
    sends it back to draft."""
    _unknown(changes, OBJECTIVE_FIELDS)
    with uow:
        objective = _require_objective(uow, objective_id)
        updated = clean_objective(dataclasses.replace(objective, **changes))
        change = PlanChange(updated, before=[objective])
        if updated == objective:
            return PlanChange(objective)
        _check_owner(uow, updated.owner_id)
        if updated.title != objective.title:
            _check_title(uow, updated)
        if set(changes) - EXECUTION_FIELDS:
            _content_edited(uow, objective.plan_id, change)
        uow.plans.update_objectives([updated])
        uow.commit()
    return change


def delete_objective(uow: UnitOfWork, objective_id: int) -> PlanChange:
    """Delete an objective with its actions (an approved plan goes back to draft)."""
    with uow:
        objective = _require_objective(uow, objective_id)
        contents = uow.plans.contents([objective.plan_id])[0]
        actions = [a for a in contents.actions if a.objective_id == objective_id]
        change = PlanChange(objective, removed=[objective, *actions])
        _content_edited(uow, objective.plan_id, change)
        uow.plans.delete_objectives([objective_id])
        uow.commit()
    return change


def add_action(uow: UnitOfWork, action: PlanAction) -> PlanChange:
    """Add an action under its objective (an approved plan goes back to draft)."""
    action = clean_action(dataclasses.replace(action, id=None))
    change = PlanChange(action, created=[action])
    with uow:
        objective = _require_objective(uow, action.objective_id)
        _check_owner(uow, action.owner_id)
        _content_edited(uow, objective.plan_id, change)
        action.id = uow.plans.add_actions([action])[0]
        uow.commit()
    return change


def update_action(uow: UnitOfWork, action_id: int, changes: Mapping[str, Any]) -> PlanChange:
    """Change fields of an action (:data:`ACTION_FIELDS`; moving it to another
    objective of the same plan is allowed). Changing only ``status`` keeps an
    approved plan approved."""
    _unknown(changes, ACTION_FIELDS)
    with uow:
        action = uow.plans.get_action(action_id)
        if action is None:
            raise NotFoundError("The action no longer exists.", action_id=action_id)
        updated = clean_action(dataclasses.replace(action, **changes))
        if updated == action:
            return PlanChange(action)
        old_objective = _require_objective(uow, action.objective_id)
        new_objective = _require_objective(uow, updated.objective_id)
        if new_objective.plan_id != old_objective.plan_id:
            raise ValidationError("objective_id", "An action moves only between objectives of its plan.")
        _check_owner(uow, updated.owner_id)
        change = PlanChange(updated, before=[action])
        if set(changes) - EXECUTION_FIELDS:
            _content_edited(uow, old_objective.plan_id, change)
        uow.plans.update_actions([updated])
        uow.commit()
    return change


def delete_action(uow: UnitOfWork, action_id: int) -> PlanChange:
    with uow:
        action = uow.plans.get_action(action_id)
        if action is None:
            raise NotFoundError("The action no longer exists.", action_id=action_id)
        change = PlanChange(action, removed=[action])
        _content_edited(uow, _require_objective(uow, action.objective_id).plan_id, change)
        uow.plans.delete_actions([action_id])
        uow.commit()
    return change


def add_risk(uow: UnitOfWork, risk: PlanRisk) -> PlanChange:
    """Add a risk to its plan (an approved plan goes back to draft)."""
    risk = clean_risk(dataclasses.replace(risk, id=None))
    change = PlanChange(risk, created=[risk])
    with uow:
        _check_owner(uow, risk.owner_id)
        _content_edited(uow, risk.plan_id, change)
        risk.id = uow.plans.add_risks([risk])[0]
        uow.commit()
    return change


def update_risk(uow: UnitOfWork, risk_id: int, changes: Mapping[str, Any]) -> PlanChange:
    _unknown(changes, RISK_FIELDS)
    with uow:
        risk = uow.plans.get_risk(risk_id)
        if risk is None:
            raise NotFoundError("The risk no longer exists.", risk_id=risk_id)
        updated = clean_risk(dataclasses.replace(risk, **changes))
        if updated == risk:
            return PlanChange(risk)
        _check_owner(uow, updated.owner_id)
        change = PlanChange(updated, before=[risk])
        _content_edited(uow, risk.plan_id, change)
        uow.plans.update_risks([updated])
        uow.commit()
    return change


def delete_risk(uow: UnitOfWork, risk_id: int) -> PlanChange:
    with uow:
        risk = uow.plans.get_risk(risk_id)
        if risk is None:
            raise NotFoundError("The risk no longer exists.", risk_id=risk_id)
        change = PlanChange(risk, removed=[risk])
        _content_edited(uow, risk.plan_id, change)
        uow.plans.delete_risks([risk_id])
        uow.commit()
    return change


# -- undo --------------------------------------------------------------------------------------------


def undo_plan_change(uow: UnitOfWork, change: PlanChange) -> None:
    """Put back what the action that returned ``change`` did: records it made
    are deleted, records it removed come back with their ids, records it
    changed get their old values (status included)."""
    with uow:
        created = change.created
        uow.plans.delete_actions([r.id for r in created if isinstance(r, PlanAction) and r.id is not None])
        uow.plans.delete_risks([r.id for r in created if isinstance(r, PlanRisk) and r.id is not None])
        uow.plans.delete_objectives([r.id for r in created if isinstance(r, PlanObjective) and r.id is not None])
        uow.plans.delete([r.id for r in created if isinstance(r, AccountPlan) and r.id is not None])
        removed = change.removed
        for contents in (r for r in removed if isinstance(r, PlanContents)):
            uow.plans.add(contents.plan)
            uow.plans.add_objectives(contents.objectives)
            uow.plans.add_actions(contents.actions)
            uow.plans.add_risks(contents.risks)
        uow.plans.add_objectives([r for r in removed if isinstance(r, PlanObjective)])
        uow.plans.add_actions([r for r in removed if isinstance(r, PlanAction)])
        uow.plans.add_risks([r for r in removed if isinstance(r, PlanRisk)])
        for record in change.before:
            if isinstance(record, AccountPlan):
                uow.plans.update(record)
            elif isinstance(record, PlanObjective):
                uow.plans.update_objectives([record])
            elif isinstance(record, PlanAction):
                uow.plans.update_actions([record])
            elif isinstance(record, PlanRisk):
                uow.plans.update_risks([record])
        uow.commit()


# -- priority ----------------------------------------------------------------------------------------

PRIORITY_SETTINGS = "plan_priority"
_WEIGHT_NAMES = ("value", "fit", "readiness", "triangle", "coverage")


def load_priority_weights(uow: UnitOfWork) -> PriorityWeights:
    """The priority weights kept with the data (the defaults when none are stored or they are unreadable)."""
    with uow:
        text = uow.settings.get(PRIORITY_SETTINGS)
    if not text:
        return PriorityWeights()
    try:
        stored = json.loads(text)
        weights = PriorityWeights(**{n: float(stored[n]) for n in _WEIGHT_NAMES})
        weights.validate()
    except (ValueError, KeyError, TypeError, ValidationError):
        return PriorityWeights()
    return weights


def save_priority_weights(uow: UnitOfWork, weights: PriorityWeights) -> PriorityWeights:
    """Keep new priority weights; returns the previous ones. Raises :class:`ValidationError`."""
    weights.validate()
    previous = load_priority_weights(uow)
    with uow:
        uow.settings.put(PRIORITY_SETTINGS, json.dumps({n: getattr(weights, n) for n in _WEIGHT_NAMES}))
        uow.commit()
    return previous


def plan_priorities(
    uow: UnitOfWork,
    as_of: date,
    *,
    period: str | None = None,
    include_unplanned: bool = True,
    weights: PriorityWeights | None = None,
    settings: TriangleSettings | None = None,
) -> list[PriorityRow]:
    """Rank the accounts that have a plan — for ``period``, or each account's
    latest period — and, with ``include_unplanned``, every A and B account
    without one (their fit is unknown). Coverage is analysed on ``as_of``
    with the stored coverage thresholds. See ``domain.plans.priority``.
    """
    from domain.powermap import PowerMap
    from domain.powermap.coverage import analyse_coverage
    from domain.powermap.services import load_coverage_settings
    from domain.triangle.rules import seats, staffing
    from domain.triangle.services import load_triangle_settings

    weights = weights or load_priority_weights(uow)
    settings = settings or load_triangle_settings(uow)
    coverage_settings = load_coverage_settings(uow)
    with uow:
        plans: dict[int, AccountPlan] = {}
        for plan in uow.plans.all():
            if period is not None and plan.period != period:
                continue
            kept = plans.get(plan.account_id)
            if kept is None or plan.period > kept.period:
                plans[plan.account_id] = plan
        account_ids = set(plans)
        if include_unplanned:
            account_ids.update(uow.accounts.with_tiers(["A", "B"]))
        if len(account_ids) > 200:  # one scan beats many lookups
            wanted = [a for a in uow.accounts.all() if a.id in account_ids]
            found = sorted(((a.id, a) for a in wanted if a.id is not None), key=lambda p: p[0])
        else:
            found = [(i, a) for i in sorted(account_ids) if (a := uow.accounts.get(i)) is not None]
        accounts = dict(found)
        held = seats(uow.assignments.for_accounts(list(accounts)))
        active = {m.id for m in uow.team.all() if m.active and m.id is not None}
        contacts = uow.contacts.for_accounts(list(accounts))
        latest = uow.interactions.latest_by_contact([c.id for c in contacts if c.id is not None])
    maps: dict[int, PowerMap] = {}
    for contact in contacts:
        power_map = maps.setdefault(contact.account_id, PowerMap(contact.account_id, False))
        power_map.contacts.append(contact)
        days = [d for d in (contact.last_contact_on, latest.get(contact.id or 0)) if d is not None]
        if days and contact.id is not None:
            power_map.last_contact[contact.id] = max(days)
    items = []
    for account_id, account in accounts.items():
        assert account_id is not None
        required = settings.required_for(account.tier)
        missing, _ = staffing(account.tier, held.get(account_id, {}), settings, active)
        chosen = plans.get(account_id)
        account_map = maps.get(account_id)
        coverage = None if account_map is None else analyse_coverage(account_map, as_of, coverage_settings).score
        items.append(
            PriorityInput(
                account_id,
                account.name,
                account.tier,
                account.tier_score,
                account.tier_model,
                dict(chosen.fit) if chosen is not None else {},
                len(required),
                len(required) - len(missing),
                coverage,
                chosen.id if chosen is not None else None,
                chosen.period if chosen is not None else None,
            )
        )
    return rank_plans(items, weights)
