"""Plan progress from objectives and their actions."""

from __future__ import annotations

import pytest

from domain.model import AccountPlan, PlanAction, PlanContents, PlanObjective, WorkStatus
from domain.plans.progress import plan_progress

NOT, DOING, DONE, DROPPED = WorkStatus.NOT_STARTED, WorkStatus.IN_PROGRESS, WorkStatus.DONE, WorkStatus.DROPPED


def plan(objectives: list[PlanObjective], actions: list[PlanAction]) -> PlanContents:
    return PlanContents(AccountPlan(1, "FY2026", id=1), objectives, actions)


def test_progress_is_the_share_of_actions_done_dropped_ones_not_counted() -> None:
    contents = plan(
        [PlanObjective(1, "Grow", id=10)],
        [
            PlanAction(10, "a", status=DONE, id=1),
            PlanAction(10, "b", status=DOING, id=2),
            PlanAction(10, "c", status=DROPPED, id=3),
            PlanAction(10, "d", status=DONE, id=4),
            PlanAction(10, "e", status=NOT, id=5),
        ],
    )
    found = plan_progress(contents)
    assert found.objectives[10].progress == pytest.approx(50.0)
    assert (found.objectives[10].source, found.objectives[10].actions_done, found.objectives[10].actions_counted) == (
        "actions",
        2,
        4,
    )
    assert found.overall == pytest.approx(50.0)
    assert (found.actions_done, found.actions_counted) == (2, 4)


def test_without_actions_the_entered_progress_counts_and_done_means_done() -> None:

    contents = plan(
        [
            PlanObjective(1, "Entered", progress=40.0, id=10),
            PlanObjective(1, "Nothing known", id=11),
            PlanObjective(1, "Done with an open action", status=DONE, id=12),
            PlanObjective(1, "Dropped", status=DROPPED, progress=90.0, id=13),
            PlanObjective(1, "Only dropped actions", progress=20.0, id=14),
        ],
        [PlanAction(12, "open", status=NOT, id=1), PlanAction(14, "gone", status=DROPPED, id=2)],
    )
    found = plan_progress(contents)
    assert {i: (p.progress, p.source) for i, p in found.objectives.items()} == {
        10: (40.0, "entered"),
        11: (0.0, "none"),
        12: (100.0, "status"),
        13: (90.0, "entered"),
        14: (20.0, "entered"),
    }
    # The dropped objective is left out of the mean: (40 + 0 + 100 + 20) / 4.
    assert found.overall == pytest.approx(40.0)


def test_a_plan_without_objectives_has_no_progress() -> None:

    assert plan_progress(plan([], [])).overall is None
    assert plan_progress(plan([PlanObjective(1, "x", status=DROPPED, id=1)], [])).overall is None
