"""How far a plan has come, from its objectives and their actions.

An objective's progress (0-100):

1. **done** objective: 100, whatever its actions say (done means done);
2. with actions (dropped ones not counted): the share of them done;
3. without actions: the progress entered by hand, if any;
4. otherwise 0.

A plan's progress is the plain mean over its objectives that are not
dropped (``None`` when none is left): every objective counts the same,
whatever its size, because their sizes are in different units.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from domain.model import PlanAction, PlanContents, PlanObjective, WorkStatus


@dataclass(frozen=True, slots=True)
class ObjectiveProgress:
    """``source`` says what gave the number: ``status``, ``actions``, ``entered`` or ``none``."""

    objective_id: int | None
    progress: float
    source: str
    actions_done: int = 0
    actions_counted: int = 0


@dataclass(frozen=True)
class PlanProgress:
    overall: float | None
    objectives: Mapping[int | None, ObjectiveProgress] = field(default_factory=dict)
    actions_done: int = 0
    actions_counted: int = 0  # not dropped


def objective_progress(objective: PlanObjective, actions: Iterable[PlanAction]) -> ObjectiveProgress:
    """The progress of one objective from its own actions (see the module docstring)."""
    counted = [a for a in actions if a.status is not WorkStatus.DROPPED]
    done = sum(1 for a in counted if a.status is WorkStatus.DONE)
    if objective.status is WorkStatus.DONE:
        return ObjectiveProgress(objective.id, 100.0, "status", done, len(counted))
    if counted:
        return ObjectiveProgress(objective.id, 100.0 * done / len(counted), "actions", done, len(counted))
    if objective.progress is not None:
        return ObjectiveProgress(objective.id, float(objective.progress), "entered")
    return ObjectiveProgress(objective.id, 0.0, "none")


def plan_progress(plan: PlanContents) -> PlanProgress:
    """Each objective's progress and the plan's mean over those not dropped."""
    by_objective: dict[int | None, list[PlanAction]] = {}
    for action in plan.actions:
        by_objective.setdefault(action.objective_id, []).append(action)
    found = {
        o.id: objective_progress(o, by_objective.get(o.id, []) if o.id is not None else []) for o in plan.objectives
    }
    live = [found[o.id].progress for o in plan.objectives if o.status is not WorkStatus.DROPPED]
    counted = [a for a in plan.actions if a.status is not WorkStatus.DROPPED]
    return PlanProgress(
        sum(live) / len(live) if live else None,
        found,
        sum(1 for a in counted if a.status is WorkStatus.DONE),
        len(counted),
    )
