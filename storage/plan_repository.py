"""Account plans with their objectives, actions and risks."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

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
from storage.orm import AccountPlanRow, PlanActionRow, PlanObjectiveRow, PlanRiskRow
from storage.repositories import _bulk_insert, _chunks, _core_update_many, _next_ids, _table

_FIT_COLUMNS = {criterion: f"fit_{criterion.value}" for criterion in FitCriterion}
_HUNDRED = Decimal(100)


def _plan(r: Any) -> AccountPlan:
    fit = {c: getattr(r, name) for c, name in _FIT_COLUMNS.items() if getattr(r, name) is not None}
    return AccountPlan(
        r.account_id,
        r.period,
        PlanStatus(r.status),
        r.challenges,
        r.competitors,
        r.strengths,
        r.weaknesses,
        r.trends,
        fit,
        r.id,
    )


def _plan_values(p: AccountPlan) -> dict[str, Any]:
    values: dict[str, Any] = {
        "account_id": p.account_id,
        "period": p.period,
        "status": p.status.value,
        "challenges": p.challenges,
        "competitors": p.competitors,
        "strengths": p.strengths,
        "weaknesses": p.weaknesses,
        "trends": p.trends,
        **{name: p.fit.get(c) for c, name in _FIT_COLUMNS.items()},
    }
    if p.id is not None:
        values["id"] = p.id
    return values


def _cents(value: Decimal | None) -> int | None:
    return None if value is None else int((value * _HUNDRED).to_integral_value())


def _objective(r: Any) -> PlanObjective:
    target = None if r.target_cents is None else (Decimal(r.target_cents) / _HUNDRED).quantize(Decimal("0.01"))
    return PlanObjective(
        r.plan_id,
        r.title,
        ObjectiveKind(r.kind),
        target,
        r.owner_id,
        r.due_on,
        WorkStatus(r.status),
        r.progress,
        r.id,
    )


def _objective_values(o: PlanObjective) -> dict[str, Any]:
    values: dict[str, Any] = {
        "plan_id": o.plan_id,
        "title": o.title,
        "kind": o.kind.value,
        "target_cents": _cents(o.target),
        "owner_id": o.owner_id,
        "due_on": o.due,
        "status": o.status.value,
        "progress": o.progress,
    }
    if o.id is not None:
        values["id"] = o.id
    return values


def _action(r: Any) -> PlanAction:
    return PlanAction(r.objective_id, r.what, r.owner_id, r.due_on, WorkStatus(r.status), r.id)


def _action_values(a: PlanAction) -> dict[str, Any]:
    values: dict[str, Any] = {
        "objective_id": a.objective_id,
        "what": a.what,
        "owner_id": a.owner_id,
        "due_on": a.due,
        "status": a.status.value,
    }
    if a.id is not None:
        values["id"] = a.id
    return values


def _risk(r: Any) -> PlanRisk:
    return PlanRisk(r.plan_id, r.description, r.likelihood, r.impact, r.mitigation, r.owner_id, r.id)


def _risk_values(k: PlanRisk) -> dict[str, Any]:
    values: dict[str, Any] = {
        "plan_id": k.plan_id,
        "description": k.description,
        "likelihood": k.likelihood,
        "impact": k.impact,
        "mitigation": k.mitigation,
        "owner_id": k.owner_id,
    }
    if k.id is not None:
        values["id"] = k.id
    return values


class SqlPlanRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # -- plans ---------------------------------------------------------------------------------

    def _plans(self, condition: Any = None) -> list[AccountPlan]:
        table = _table(AccountPlanRow)
        query = select(table).order_by(table.c.account_id, table.c.period, table.c.id)
        if condition is not None:
            query = query.where(condition)
        return [_plan(r) for r in self._session.execute(query)]

    def get(self, plan_id: int) -> AccountPlan | None:
        found = self._plans(AccountPlanRow.id == plan_id)
        return found[0] if found else None

    def find(self, account_id: int, period: str) -> AccountPlan | None:
        found = self._plans((AccountPlanRow.account_id == account_id) & (AccountPlanRow.period == period))
        return found[0] if found else None

    def all(self) -> list[AccountPlan]:
        return self._plans()

    def for_accounts(self, account_ids: Collection[int]) -> list[AccountPlan]:
        found: list[AccountPlan] = []
        for batch in _chunks(account_ids):
            found.extend(self._plans(AccountPlanRow.account_id.in_(batch)))
        found.sort(key=lambda p: (p.account_id, p.period, p.id or 0))
        return found

    def add(self, plan: AccountPlan) -> int:
        row = _next_ids(self._session, AccountPlanRow, [_plan_values(plan)])[0]
        _bulk_insert(self._session, AccountPlanRow, [row])
        return int(row["id"])

    def add_many(self, plans: Iterable[AccountPlan]) -> None:
        rows = _next_ids(self._session, AccountPlanRow, [_plan_values(p) for p in plans])
        _bulk_insert(self._session, AccountPlanRow, rows)

    def update(self, plan: AccountPlan) -> None:
        _core_update_many(self._session, AccountPlanRow, [_plan_values(plan)])

    def update_many(self, plans: Iterable[AccountPlan]) -> None:
        _core_update_many(self._session, AccountPlanRow, [_plan_values(p) for p in plans])

    def delete(self, plan_ids: Collection[int]) -> None:
        for batch in _chunks(plan_ids):
            self._session.execute(delete(AccountPlanRow).where(AccountPlanRow.id.in_(batch)))

    def contents(self, plan_ids: Collection[int]) -> list[PlanContents]:
        plans: dict[int, PlanContents] = {}
        for batch in _chunks(sorted(set(plan_ids))):
            for plan in self._plans(AccountPlanRow.id.in_(batch)):
                assert plan.id is not None
                plans[plan.id] = PlanContents(plan)
        if not plans:
            return []
        objective_plan: dict[int, int] = {}
        table = _table(PlanObjectiveRow)
        for batch in _chunks(list(plans)):
            for r in self._session.execute(select(table).where(table.c.plan_id.in_(batch)).order_by(table.c.id)):
                plans[r.plan_id].objectives.append(_objective(r))
                objective_plan[r.id] = r.plan_id
        table = _table(PlanActionRow)
        for batch in _chunks(list(objective_plan)):
            rows = self._session.execute(select(table).where(table.c.objective_id.in_(batch)).order_by(table.c.id))
            for r in rows:
                plans[objective_plan[r.objective_id]].actions.append(_action(r))
        table = _table(PlanRiskRow)
        for batch in _chunks(list(plans)):
            for r in self._session.execute(select(table).where(table.c.plan_id.in_(batch)).order_by(table.c.id)):
                plans[r.plan_id].risks.append(_risk(r))
        for contents in plans.values():
            contents.actions.sort(key=lambda a: a.id or 0)
        return [plans[i] for i in sorted(plans)]

    # -- objectives, actions, risks --------------------------------------------------------------

    def all_objectives(self) -> list[PlanObjective]:
        table = _table(PlanObjectiveRow)
        return [_objective(r) for r in self._session.execute(select(table).order_by(table.c.id))]

    def all_actions(self) -> list[PlanAction]:
        table = _table(PlanActionRow)
        return [_action(r) for r in self._session.execute(select(table).order_by(table.c.id))]

    def all_risks(self) -> list[PlanRisk]:
        table = _table(PlanRiskRow)
        return [_risk(r) for r in self._session.execute(select(table).order_by(table.c.id))]

    def get_objective(self, objective_id: int) -> PlanObjective | None:
        table = _table(PlanObjectiveRow)
        row = self._session.execute(select(table).where(table.c.id == objective_id)).first()
        return None if row is None else _objective(row)

    def get_action(self, action_id: int) -> PlanAction | None:
        table = _table(PlanActionRow)
        row = self._session.execute(select(table).where(table.c.id == action_id)).first()
        return None if row is None else _action(row)

    def get_risk(self, risk_id: int) -> PlanRisk | None:
        table = _table(PlanRiskRow)
        row = self._session.execute(select(table).where(table.c.id == risk_id)).first()
        return None if row is None else _risk(row)

    def _add(self, model: Any, rows: list[dict[str, Any]]) -> list[int]:
        rows = _next_ids(self._session, model, rows)
        _bulk_insert(self._session, model, rows)
        return [int(r["id"]) for r in rows]

    def add_objectives(self, objectives: Iterable[PlanObjective]) -> list[int]:
        return self._add(PlanObjectiveRow, [_objective_values(o) for o in objectives])

    def add_actions(self, actions: Iterable[PlanAction]) -> list[int]:
        return self._add(PlanActionRow, [_action_values(a) for a in actions])

    def add_risks(self, risks: Iterable[PlanRisk]) -> list[int]:
        return self._add(PlanRiskRow, [_risk_values(k) for k in risks])

    def update_objectives(self, objectives: Iterable[PlanObjective]) -> None:
        _core_update_many(self._session, PlanObjectiveRow, [_objective_values(o) for o in objectives])

    def update_actions(self, actions: Iterable[PlanAction]) -> None:
        _core_update_many(self._session, PlanActionRow, [_action_values(a) for a in actions])

    def update_risks(self, risks: Iterable[PlanRisk]) -> None:
        _core_update_many(self._session, PlanRiskRow, [_risk_values(k) for k in risks])

    def _delete(self, model: Any, ids: Collection[int]) -> None:
        for batch in _chunks(ids):
            self._session.execute(delete(model).where(model.id.in_(batch)))

    def delete_objectives(self, objective_ids: Collection[int]) -> None:
        self._delete(PlanObjectiveRow, objective_ids)

    def delete_actions(self, action_ids: Collection[int]) -> None:
        self._delete(PlanActionRow, action_ids)

    def delete_risks(self, risk_ids: Collection[int]) -> None:
        self._delete(PlanRiskRow, risk_ids)
