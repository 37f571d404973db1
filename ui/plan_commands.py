"""Undo commands of account plans: each runs one plan service and can be undone exactly.

A :class:`PlanCommand` runs its service once in :meth:`PlanCommand.apply`
*before* it is pushed, so a refused action (a bad value, a duplicate period, a
status move that is not allowed) is reported and never reaches the undo stack.
Undo hands the service's :class:`~domain.plans.services.PlanChange` to
:func:`~domain.plans.services.undo_plan_change`. Redo does not run the service
again (that would give new records new ids, and later commands on the stack
name the old ones): it undoes the *inverse* change — the records the action
made come back with their ids, the records it removed go again, the records it
changed get the values they had after it.

Open plan windows follow the main window's undo stack (its ``indexChanged``),
so they show every do, undo and redo at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from domain.errors import DomainError
from domain.model import AccountPlan, PlanAction, PlanContents, PlanObjective, PlanRisk
from domain.plans.priority import PriorityWeights
from domain.plans.services import PlanChange, load_plan, save_priority_weights, undo_plan_change
from domain.ports import UnitOfWork


class PlanContext(Protocol):
    """What plan commands need: the store and a way to report a refusal."""

    def unit_of_work(self) -> UnitOfWork: ...

    def report_error(self, error: DomainError) -> None: ...


def _key(record: Any) -> tuple[type, int | None]:
    return type(record), record.id


def _plan_id_of(record: Any, contents: dict[int, int]) -> int | None:
    if isinstance(record, AccountPlan):
        return record.id
    if isinstance(record, (PlanObjective, PlanRisk)):
        return record.plan_id
    if isinstance(record, PlanAction):
        return contents.get(record.objective_id)
    return None


def inverse_change(uow: Callable[[], UnitOfWork], change: PlanChange, objective_plans: dict[int, int]) -> PlanChange:
    """The change whose undo does ``change`` again, read right after ``change`` was made.

    ``objective_plans`` maps objective ids to their plan ids (for the actions in ``before``)."""
    created: list[Any] = []
    for record in change.removed:
        if isinstance(record, PlanContents):
            created += [*record.actions, *record.risks, *record.objectives, record.plan]
        else:
            created.append(record)
    made_plans = [r for r in change.created if isinstance(r, AccountPlan)]
    removed: list[Any] = []
    for plan in made_plans:
        # A new plan comes back whole, with what was made in it.
        removed.append(
            PlanContents(
                plan,
                [r for r in change.created if isinstance(r, PlanObjective)],
                [r for r in change.created if isinstance(r, PlanAction)],
                [r for r in change.created if isinstance(r, PlanRisk)],
            )
        )
    if not made_plans:
        removed = list(change.created)
    after: list[Any] = []
    loaded: dict[int, dict[tuple[type, int | None], Any]] = {}
    for record in change.before:
        plan_id = _plan_id_of(record, objective_plans)
        if plan_id is None:
            continue
        if plan_id not in loaded:
            contents = load_plan(uow(), plan_id)
            records = [contents.plan, *contents.objectives, *contents.actions, *contents.risks]
            loaded[plan_id] = {_key(r): r for r in records}
        now = loaded[plan_id].get(_key(record))
        if now is not None:
            after.append(now)
    return PlanChange(change.record, created=created, removed=removed, before=after)


def _empty(change: PlanChange) -> bool:
    return not (change.created or change.before or change.removed)


class PlanCommand(QUndoCommand):
    """One plan action: ``action(uow)`` calls a service and returns its change.

    ``objective_plans`` maps the plan's objective ids to the plan id, so that a
    changed action can be read back for redo."""

    def __init__(
        self,
        ctx: PlanContext,
        action: Callable[[UnitOfWork], PlanChange],
        text: str,
        objective_plans: dict[int, int] | None = None,
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.action = action
        self.objective_plans = dict(objective_plans or {})
        self.change: PlanChange | None = None
        self._inverse: PlanChange | None = None
        self._first = True

    def apply(self) -> bool:
        """Do the action; raises DomainError if refused. False when it changed nothing
        (then the command is not worth pushing)."""
        change = self.action(self.ctx.unit_of_work())
        if _empty(change):
            return False
        self.change = change
        self._inverse = inverse_change(self.ctx.unit_of_work, change, self.objective_plans)
        return True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        assert self._inverse is not None
        self._guarded(self._inverse)

    def undo(self) -> None:
        assert self.change is not None
        self._guarded(self.change)

    def _guarded(self, change: PlanChange) -> None:
        try:
            undo_plan_change(self.ctx.unit_of_work(), change)
        except DomainError as error:
            # The store refused (locked, or a record is gone): drop the command
            # rather than leave the stack claiming a state we lack.
            self.setObsolete(True)
            self.ctx.report_error(error)


class SaveWeightsCommand(QUndoCommand):
    """Keep new priority weights; undo keeps the previous ones again."""

    def __init__(self, ctx: PlanContext, weights: PriorityWeights, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.weights = weights
        self.previous: PriorityWeights | None = None
        self._first = True

    def apply(self) -> None:
        """Save the weights; raises ValidationError for weights that cannot be used."""
        self.previous = save_priority_weights(self.ctx.unit_of_work(), self.weights)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guarded(self.weights)

    def undo(self) -> None:
        assert self.previous is not None
        self._guarded(self.previous)

    def _guarded(self, weights: PriorityWeights) -> None:
        try:
            save_priority_weights(self.ctx.unit_of_work(), weights)
        except DomainError as error:
            self.setObsolete(True)
            self.ctx.report_error(error)
