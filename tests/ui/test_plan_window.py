"""The account-plan and plan-priority windows driven as a user would, over a real
SQLite store: every change is in the database, Undo puts it back exactly and
Redo does it again (the same records, the same ids)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt

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
from domain.plans import services as plans
from domain.plans.priority import PriorityWeights
from domain.plans.progress import plan_progress
from domain.powermap.services import team_members
from storage.store import SqlStore
from tests.ui.conftest import Window
from ui.plan_dialogs import ObjectiveDialog, RecordDialog, RiskDialog
from ui.plan_models import PROGRESS_ROLE
from ui.plan_window import PlanWindow, next_period
from ui.priority_window import PriorityWindow


def _state(store: SqlStore, account_id: int) -> list[PlanContents]:
    """Every plan of the account with everything under it, as stored."""
    uow = store.unit_of_work
    return [plans.load_plan(uow(), p.id) for p in plans.list_plans(uow(), account_id) if p.id is not None]


def _first_account(window: Window) -> int:
    account_id = window.model.account_id(window.model.index(0, 0))
    assert account_id is not None
    return account_id


def _answer(monkeypatch: pytest.MonkeyPatch, answer: Callable[[Any], bool]) -> list[Any]:
    """Replace the window's modal dialogs by ``answer(dialog)``; returns the dialogs shown."""
    shown: list[Any] = []

    def run(dialog: Any) -> bool:
        shown.append(dialog)
        return bool(answer(dialog))

    monkeypatch.setattr(PlanWindow, "run_dialog", classmethod(lambda cls, dialog: run(dialog)))
    return shown


def _fill(dialog: RecordDialog, **values: Any) -> bool:
    """Set fields of a plan dialog as a user would and press Save."""
    for name, value in values.items():
        widget = getattr(dialog, name)
        if name in ("title", "what", "description", "target"):
            widget.setText(value)
        elif name == "mitigation":
            widget.setPlainText(value)
        elif name in ("kind", "status", "objective"):
            widget.set_value(value)
        elif name == "owner":
            widget.set_owner(value)
        elif name == "due":
            widget.set_day(value)
        else:
            widget.setValue(value)
    return dialog.save()


def _undo_redo(window: Window, account_id: int, before: list[PlanContents], after: list[PlanContents]) -> None:
    window.undo_stack.undo()
    assert _state(window.store, account_id) == before
    window.undo_stack.redo()
    assert _state(window.store, account_id) == after


@pytest.fixture
def account_id(window: Window) -> int:
    return _first_account(window)


@pytest.fixture
def team(window: Window) -> list[int]:
    members = [m.id for m in team_members(window.store.unit_of_work()) if m.active and m.id is not None]
    assert len(members) >= 2
    return members


@pytest.fixture
def planner(window: Window, account_id: int) -> PlanWindow:
    return window.plans.open_plan(account_id)


@pytest.fixture
def plan_id(planner: PlanWindow, window: Window) -> int:
    made = planner.new_plan("FY2026")
    assert made is not None
    window.undo_stack.clear()
    return made


@pytest.fixture
def filled(window: Window, planner: PlanWindow, plan_id: int, team: list[int]) -> PlanContents:
    """The plan with two objectives (three actions, one done) and a risk, made through services."""
    uow = window.store.unit_of_work
    grow = plans.add_objective(uow(), PlanObjective(plan_id, "Grow revenue", ObjectiveKind.REVENUE,
                                                    Decimal(1_200_000), team[0])).record
    share = plans.add_objective(uow(), PlanObjective(plan_id, "Win share", ObjectiveKind.SHARE_OF_WALLET,
                                                     Decimal(35), progress=40.0)).record
    plans.add_action(uow(), PlanAction(grow.id, "Visit the CFO", team[1], date(2026, 3, 1), WorkStatus.DONE))
    plans.add_action(uow(), PlanAction(grow.id, "Offer a pilot", team[0]))
    plans.add_action(uow(), PlanAction(grow.id, "Price review", status=WorkStatus.IN_PROGRESS))
    plans.add_risk(uow(), PlanRisk(plan_id, "Competitor undercuts", 4, 5, "Bundle services", team[1]))
    assert share.id is not None
    planner.reload()
    return plans.load_plan(uow(), plan_id)


# -- opening -----------------------------------------------------------------------------------


def test_the_menus_open_the_plan_of_the_selected_account(window: Window, account_id: int) -> None:
    action = window.plans.plan_action
    assert action.shortcut().toString() == "Ctrl+P"
    assert window.plans.priority_action.shortcut().toString() == "Ctrl+Shift+P"
    assert action in window.account_menu.actions()
    assert window.plans.menu.menuAction() in window.menuBar().actions()
    assert not action.isEnabled()  # nothing selected
    window.select_account(account_id)
    assert action.isEnabled()
    action.trigger()
    [planner] = window.plans.windows()
    assert planner.account_id == account_id
    assert planner.pages.currentWidget() is planner.empty  # no plan yet
    assert not planner.clone_action.isEnabled()
    action.trigger()
    assert window.plans.windows() == [planner]  # raised, not opened twice
    planner.close()
    assert window.plans.windows() == []
    assert window.settings.value("plans/geometry") is not None


def test_next_period_counts_the_year_on() -> None:
    assert next_period("FY2026") == "FY2027"
    assert next_period("2026H1") == "2027H1"
    assert next_period("Q3") == ""


# -- plans -------------------------------------------------------------------------------------


def test_a_new_plan_is_asked_for_and_undone_and_redone_exactly(
    window: Window, planner: PlanWindow, account_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def ask(cls: type, parent: Any, title: str, label: str, suggestion: str) -> str:
        asked.append(suggestion)
        return "FY2026"

    monkeypatch.setattr(PlanWindow, "ask_period", classmethod(ask))
    planner.new_action.trigger()
    assert asked == [f"FY{date.today().year + 1}"]
    after = _state(window.store, account_id)
    assert [c.plan.period for c in after] == ["FY2026"]
    assert planner.pages.currentWidget() is planner.tabs
    assert planner.period.currentText() == "FY2026"
    assert "FY2026" in planner.windowTitle()
    _undo_redo(window, account_id, [], after)
    assert planner.plan == after[0].plan


def test_a_second_plan_for_the_same_period_is_refused_with_a_message(
    window: Window, planner: PlanWindow, plan_id: int
) -> None:
    assert planner.new_plan("FY2026") is None
    assert window.errors == ["The account already has a plan for FY2026."]  # type: ignore[attr-defined]
    assert window.undo_stack.count() == 0


def test_situation_texts_are_saved_one_step_each(
    window: Window, planner: PlanWindow, plan_id: int, account_id: int
) -> None:
    before = _state(window.store, account_id)
    assert planner.set_situation("challenges", "Budget cuts in 2026")
    after = _state(window.store, account_id)
    assert after[0].plan.challenges == "Budget cuts in 2026"
    assert window.undo_stack.undoText() == "Edit Challenges"
    _undo_redo(window, account_id, before, after)
    window.undo_stack.undo()
    assert planner.situation["challenges"].toPlainText() == ""  # the box follows the undo
    window.undo_stack.redo()
    for field in ("competitors", "strengths", "weaknesses", "trends"):
        before = _state(window.store, account_id)
        assert planner.set_situation(field, f"Text for {field}")
        after = _state(window.store, account_id)
        assert getattr(after[0].plan, field) == f"Text for {field}"
        _undo_redo(window, account_id, before, after)
    assert not planner.commit_situation()  # nothing left to save


def test_ctrl_z_in_a_box_undoes_its_typing_first_then_the_saved_change(
    window: Window, planner: PlanWindow, plan_id: int, account_id: int
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def box_keeps_ctrl_z(field: str) -> bool:
        event = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        QApplication.sendEvent(planner.situation[field], event)
        return event.isAccepted()

    assert planner.set_situation("challenges", "Budget cuts")  # saved: the box starts afresh
    assert not box_keeps_ctrl_z("competitors")  # nothing typed there: Ctrl+Z goes to the undo stack
    planner.situation["competitors"].insertPlainText("Rival A")
    assert box_keeps_ctrl_z("competitors")  # the typing is undone first


def test_fit_scores_show_their_mean_and_undo(window: Window, planner: PlanWindow, plan_id: int, account_id: int) -> None:
    assert "not known" in planner.fit_mean.text()
    before = _state(window.store, account_id)
    planner.fit[FitCriterion.BUSINESS_MODEL].setCurrentIndex(4)  # as a user picks 4
    middle = _state(window.store, account_id)
    assert middle[0].plan.fit == {FitCriterion.BUSINESS_MODEL: 4}
    assert planner.set_fit(FitCriterion.SOLUTION_FIT, 5)
    after = _state(window.store, account_id)
    assert after[0].plan.fit == {FitCriterion.BUSINESS_MODEL: 4, FitCriterion.SOLUTION_FIT: 5}
    assert planner.fit_mean.text() == "Mean: 4.5 from 2 of 7 criteria"
    _undo_redo(window, account_id, middle, after)
    assert planner.set_fit(FitCriterion.BUSINESS_MODEL, None)  # unscored again
    assert _state(window.store, account_id)[0].plan.fit == {FitCriterion.SOLUTION_FIT: 5}
    assert planner.fit[FitCriterion.BUSINESS_MODEL].currentIndex() == 0
    for _ in range(3):
        window.undo_stack.undo()
    assert _state(window.store, account_id) == before
    assert planner.fit[FitCriterion.SOLUTION_FIT].currentIndex() == 0


def test_objectives_are_added_edited_and_deleted_through_their_dialog(
    window: Window, planner: PlanWindow, plan_id: int, account_id: int, team: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _state(window.store, account_id)
    _answer(monkeypatch, lambda d: _fill(d, title="Grow revenue", kind=ObjectiveKind.REVENUE,
                                         target="1,500,000", owner=team[0], due=date(2026, 12, 31)))
    objective_id = planner.add_objective()
    assert objective_id is not None
    after = _state(window.store, account_id)
    [objective] = after[0].objectives
    assert (objective.title, objective.kind, objective.target, objective.owner_id, objective.due) == (
        "Grow revenue", ObjectiveKind.REVENUE, Decimal("1500000.00"), team[0], date(2026, 12, 31))
    assert planner.objectives_model.records() == [objective]
    assert planner.objectives_model.data(planner.objectives_model.index(0, 2)) == "1,500,000"
    _undo_redo(window, account_id, before, after)

    before = after
    _answer(monkeypatch, lambda d: _fill(d, status=WorkStatus.IN_PROGRESS, progress=30))
    assert planner.edit_objective(objective_id)
    after = _state(window.store, account_id)
    assert (after[0].objectives[0].status, after[0].objectives[0].progress) == (WorkStatus.IN_PROGRESS, 30.0)
    _undo_redo(window, account_id, before, after)

    before = after
    assert planner.delete_objective(objective_id)
    assert _state(window.store, account_id)[0].objectives == []
    _undo_redo(window, account_id, before, _state(window.store, account_id))


def test_a_bad_value_is_shown_in_the_dialog_and_nothing_is_saved(
    window: Window, planner: PlanWindow, plan_id: int, account_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _state(window.store, account_id)
    messages: list[str] = []

    def answer(dialog: ObjectiveDialog) -> bool:
        assert not _fill(dialog, title="  ")
        messages.append(dialog.error.text())
        assert not _fill(dialog, title="Share", kind=ObjectiveKind.SHARE_OF_WALLET, target="120")
        messages.append(dialog.error.text())
        assert not _fill(dialog, target="lots")
        messages.append(dialog.error.text())
        return False

    _answer(monkeypatch, answer)
    assert planner.add_objective() is None
    assert messages == [
        "Objective cannot be empty.",
        "Target: a share of wallet is 0 to 100 percent, a revenue target 0 or more.",
        "Target: 'lots' is not a number.",
    ]
    assert _state(window.store, account_id) == before
    assert window.undo_stack.count() == 0


def test_actions_drive_the_progress_bars(
    window: Window, planner: PlanWindow, filled: PlanContents, account_id: int, team: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    grow, share = filled.objectives

    def bars() -> list[float]:
        model = planner.objectives_model
        return [model.data(model.index(k, 6), PROGRESS_ROLE) for k in range(model.rowCount())]

    def expected() -> list[float]:
        progress = plan_progress(plans.load_plan(window.store.unit_of_work(), filled.plan.id))  # type: ignore[arg-type]
        return [progress.objectives[o.id].progress for o in filled.objectives]

    assert bars() == expected() == [pytest.approx(100 / 3), 40.0]
    overall = plan_progress(filled).overall
    assert overall is not None
    assert planner.plan_progress.value() == round(overall)

    planner.select_objective(grow.id)  # type: ignore[arg-type]
    assert [a.what for a in planner.actions_model.records()] == ["Visit the CFO", "Offer a pilot", "Price review"]
    assert "Grow revenue" in planner.actions_title.text()
    before = _state(window.store, account_id)
    _answer(monkeypatch, lambda d: _fill(d, what="Sign the framework deal", owner=team[1],
                                         status=WorkStatus.DONE))
    action_id = planner.add_action(grow.id)  # type: ignore[arg-type]
    assert action_id is not None
    after = _state(window.store, account_id)
    assert bars() == expected() == [50.0, 40.0]
    _undo_redo(window, account_id, before, after)

    before = after
    offer = next(a for a in after[0].actions if a.what == "Offer a pilot")
    _answer(monkeypatch, lambda d: _fill(d, status=WorkStatus.DONE))
    assert planner.edit_action(offer.id)  # type: ignore[arg-type]
    after = _state(window.store, account_id)
    assert bars() == expected() == [75.0, 40.0]
    _undo_redo(window, account_id, before, after)

    before = after
    _answer(monkeypatch, lambda d: _fill(d, objective=share.id))  # move it to the other objective
    assert planner.edit_action(offer.id)  # type: ignore[arg-type]
    after = _state(window.store, account_id)
    assert bars() == expected()
    _undo_redo(window, account_id, before, after)

    before = after
    assert planner.delete_action(action_id)
    after = _state(window.store, account_id)
    assert bars() == expected()
    _undo_redo(window, account_id, before, after)
    overall = plan_progress(after[0]).overall
    assert overall is not None
    assert planner.plan_progress.value() == round(overall)


def test_deleting_an_objective_with_actions_comes_back_whole(
    window: Window, planner: PlanWindow, filled: PlanContents, account_id: int
) -> None:
    before = _state(window.store, account_id)
    assert planner.delete_objective(filled.objectives[0].id)  # type: ignore[arg-type]
    after = _state(window.store, account_id)
    assert len(after[0].actions) == 0
    _undo_redo(window, account_id, before, after)


def test_risks_are_added_edited_and_deleted(
    window: Window, planner: PlanWindow, filled: PlanContents, account_id: int, team: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _state(window.store, account_id)
    exposures: list[str] = []

    def answer(dialog: RiskDialog) -> bool:
        dialog.likelihood.setValue(2)
        dialog.impact.setValue(3)
        exposures.append(dialog.exposure.text())
        return _fill(dialog, description="Key sponsor retires", mitigation="Build a second sponsor", owner=team[0])

    _answer(monkeypatch, answer)
    risk_id = planner.add_risk()
    assert risk_id is not None
    assert exposures == ["6 of 25 (likelihood × impact)"]
    after = _state(window.store, account_id)
    assert [(r.description, r.exposure) for r in planner.risks_model.records()] == [
        ("Competitor undercuts", 20), ("Key sponsor retires", 6)]  # the biggest exposure first
    _undo_redo(window, account_id, before, after)

    before = after
    _answer(monkeypatch, lambda d: _fill(d, likelihood=5, impact=5))
    assert planner.edit_risk(risk_id)
    after = _state(window.store, account_id)
    assert planner.risks_model.records()[0].id == risk_id
    _undo_redo(window, account_id, before, after)

    before = after
    assert planner.delete_risk(risk_id)
    _undo_redo(window, account_id, before, _state(window.store, account_id))


def test_an_unchanged_dialog_adds_no_undo_step(
    window: Window, planner: PlanWindow, filled: PlanContents, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(monkeypatch, lambda d: d.save())
    assert not planner.edit_objective(filled.objectives[1].id)  # type: ignore[arg-type]
    assert not planner.edit_risk(filled.risks[0].id)  # type: ignore[arg-type]
    assert window.undo_stack.count() == 0


# -- status, clone, delete ---------------------------------------------------------------------


def test_status_moves_along_the_allowed_transitions(
    window: Window, planner: PlanWindow, filled: PlanContents, account_id: int
) -> None:
    def enabled() -> tuple[bool, bool, bool]:
        return (planner.submit_action.isEnabled(), planner.approve_action.isEnabled(),
                planner.draft_action.isEnabled())

    assert enabled() == (True, False, False)
    assert planner.status_label.text().count("Draft") == 1
    before = _state(window.store, account_id)
    assert not planner.set_status(PlanStatus.APPROVED)  # a draft was never reviewed
    assert window.errors == [  # type: ignore[attr-defined]
        "A draft cannot be approved before it was reviewed: submit it for review first."]
    assert _state(window.store, account_id) == before
    assert window.undo_stack.count() == 0

    planner.submit_action.trigger()
    assert planner.plan is not None
    assert planner.plan.status is PlanStatus.IN_REVIEW
    assert enabled() == (False, True, True)
    planner.approve_action.trigger()
    assert planner.plan.status is PlanStatus.APPROVED
    assert enabled() == (False, False, True)
    approved = _state(window.store, account_id)
    assert not planner.set_status(PlanStatus.IN_REVIEW)
    assert "A plan cannot go from Approved to In review." in window.errors  # type: ignore[attr-defined]

    # Editing the content of an approved plan sends it back to draft; undo makes it approved again.
    assert planner.set_situation("trends", "Consolidation")
    assert planner.plan.status is PlanStatus.DRAFT
    window.undo_stack.undo()
    assert _state(window.store, account_id) == approved
    assert planner.plan.status is PlanStatus.APPROVED
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert _state(window.store, account_id) == before


def test_clone_into_next_period_takes_what_is_open(
    window: Window, planner: PlanWindow, filled: PlanContents, account_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    plans.update_objective(window.store.unit_of_work(), filled.objectives[1].id, {"status": WorkStatus.DONE})  # type: ignore[arg-type]
    planner.reload()
    before = _state(window.store, account_id)
    asked: list[str] = []

    def ask(cls: type, parent: Any, title: str, label: str, suggestion: str) -> str:
        asked.append(suggestion)
        return suggestion

    monkeypatch.setattr(PlanWindow, "ask_period", classmethod(ask))
    planner.clone_action.trigger()
    assert asked == ["FY2027"]
    after = _state(window.store, account_id)
    old, new = after
    assert planner.plan == new.plan
    assert new.plan.period == "FY2027"
    assert new.plan.status is PlanStatus.DRAFT
    assert [o.title for o in new.objectives] == ["Grow revenue"]  # the done one stays behind
    assert [a.what for a in new.actions] == ["Offer a pilot", "Price review"]  # open actions only
    assert [r.description for r in new.risks] == ["Competitor undercuts"]
    assert [planner.period.itemText(k) for k in range(planner.period.count())] == ["FY2026", "FY2027"]
    _undo_redo(window, account_id, before, after)
    assert old == before[0]


def test_renaming_and_deleting_a_plan(
    window: Window, planner: PlanWindow, filled: PlanContents, account_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _state(window.store, account_id)
    assert planner.rename_period("FY2026/27")
    after = _state(window.store, account_id)
    assert after[0].plan.period == "FY2026/27"
    _undo_redo(window, account_id, before, after)

    answers: list[bool] = [False, True]
    monkeypatch.setattr(PlanWindow, "ask_delete_plan", classmethod(lambda cls, parent, name, period: answers.pop(0)))
    before = after
    assert not planner.delete_plan()
    assert _state(window.store, account_id) == before
    planner.delete_plan_action.trigger()
    assert _state(window.store, account_id) == []
    assert planner.pages.currentWidget() is planner.empty
    window.undo_stack.undo()
    assert _state(window.store, account_id) == before
    assert planner.plan == before[0].plan
    window.undo_stack.redo()
    assert _state(window.store, account_id) == []


def test_the_models_pass_the_model_tester(planner: PlanWindow, filled: PlanContents, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(planner.objectives_model)
    qtmodeltester.check(planner.actions_model)
    qtmodeltester.check(planner.risks_model)


def test_switching_the_database_closes_plan_windows(window: Window, planner: PlanWindow, plan_id: int, tmp_path) -> None:  # type: ignore[no-untyped-def]
    planner.situation["challenges"].setPlainText("typed, not yet saved")
    assert window.open_database(tmp_path / "other.sqlite", create=True)
    assert window.plans.windows() == []
    assert window.errors == []  # type: ignore[attr-defined]


# -- priority ----------------------------------------------------------------------------------


@pytest.fixture
def ranked(window: Window) -> list[int]:
    """Six accounts tiered A/B/C with plans and fit scores for FY2026 (two also for FY2027)."""
    uow = window.store.unit_of_work
    with uow() as u:
        accounts = sorted(u.accounts.all(), key=lambda a: a.id or 0)[:8]
        for k, account in enumerate(accounts):
            tier = "ABBCAB"[k] if k < 6 else "A"
            u.accounts.update(dataclasses.replace(account, tier=tier, tier_score=40.0 + 7 * k, tier_model="weighted"))
        u.commit()
    ids = [a.id for a in accounts if a.id is not None]
    for k, account_id in enumerate(ids[:6]):
        fit = {c: 1 + (k + j) % 5 for j, c in enumerate(FitCriterion) if j <= k}
        plans.create_plan(uow(), AccountPlan(account_id, "FY2026", fit=fit))
    for account_id in ids[:2]:
        plans.create_plan(uow(), AccountPlan(account_id, "FY2027", fit={FitCriterion.SOLUTION_FIT: 5}))
    return ids


def _expected(window: Window, **kwargs: Any) -> list[tuple[int, int, float]]:
    rows = plans.plan_priorities(window.store.unit_of_work(), date.today(), **kwargs)
    return [(r.rank, r.account_id, r.priority) for r in rows]


def _shown(priorities: PriorityWindow) -> list[tuple[int, int, float]]:
    return [(r.rank, r.account_id, r.priority) for r in priorities.shown_rows()]


def test_the_priority_list_is_the_ranking_with_its_breakdown(window: Window, ranked: list[int], qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    window.plans.priority_action.trigger()
    priorities = window.plans.open_priorities()
    assert _shown(priorities) == _expected(window)
    assert priorities.status.text().startswith(f"{len(priorities.rows)} account")
    model = priorities.model
    headers = [model.headerData(k, Qt.Orientation.Horizontal) for k in range(model.columnCount())]
    assert headers == ["Rank", "Account", "Tier", "Plan", "Value", "Fit", "Readiness", "Priority"]
    qtmodeltester.check(model)
    unplanned = next(r for r in priorities.rows if r.plan_id is None)
    assert model.data(model.index(priorities.rows.index(unplanned), 3)) == "No plan"
    assert model.data(model.index(priorities.rows.index(unplanned), 5)) == "not known"

    row = priorities.rows[2]
    assert priorities.select_account(row.account_id)
    text = priorities.breakdown_text()
    assert f"#{row.rank} {row.name}" in text
    assert f"Priority {row.priority:.1f} of 100" in text
    for part in row.parts:
        assert f"{part.score:.2f}\n{part.exponent:.2f}\n{part.factor:.3f}" in text
    factors = " × ".join(f"{p.factor:.3f}" for p in row.parts)
    assert f"Priority = 100 × {factors} = {row.priority:.1f}" in text
    assert "Value 0.50, Strategic fit 0.30, Readiness 0.20" in text
    priorities.select_account(unplanned.account_id)
    text = priorities.breakdown_text()
    assert "no criterion scored: counted as neutral 0.50" in text
    assert "Not known or missing: a plan, strategic-fit scores" in text


def test_the_period_filter_and_the_unplanned_switch(window: Window, ranked: list[int]) -> None:
    priorities = window.plans.open_priorities()
    periods = [priorities.period.itemText(k) for k in range(priorities.period.count())]
    assert periods == ["Each account's latest plan", "FY2026", "FY2027"]
    priorities.set_period("FY2027")
    assert priorities.chosen_period() == "FY2027"
    assert _shown(priorities) == _expected(window, period="FY2027")
    priorities.unplanned.setChecked(False)
    assert _shown(priorities) == _expected(window, period="FY2027", include_unplanned=False)
    assert sorted(r.account_id for r in priorities.rows) == sorted(ranked[:2])


def test_new_weights_rank_again_are_kept_and_undo(window: Window, ranked: list[int]) -> None:
    priorities = window.plans.open_priorities()
    before = _shown(priorities)
    priorities.spins["value"].setValue(0.0)
    priorities.spins["fit"].setValue(1.0)
    priorities.spins["readiness"].setValue(0.0)
    priorities.save_button.click()
    stored = plans.load_priority_weights(window.store.unit_of_work())
    assert (stored.value, stored.fit, stored.readiness) == (0.0, 1.0, 0.0)
    after = _shown(priorities)
    assert after == _expected(window)
    assert [a for _, a, _ in after] != [a for _, a, _ in before]  # fit alone orders differently
    window.undo_stack.undo()
    assert plans.load_priority_weights(window.store.unit_of_work()) == PriorityWeights()
    assert _shown(priorities) == before
    assert priorities.spins["value"].value() == 0.5
    window.undo_stack.redo()
    assert _shown(priorities) == after

    for spin in priorities.spins.values():
        spin.setValue(0.0)
    assert not priorities.save_weights()
    assert window.errors == ["At least one of value, fit and readiness needs a weight."]  # type: ignore[attr-defined]
    assert plans.load_priority_weights(window.store.unit_of_work()) == stored


def test_double_click_opens_the_accounts_plan(window: Window, ranked: list[int]) -> None:
    priorities = window.plans.open_priorities()
    priorities.set_period("FY2026")
    row = priorities.shown_rows()[0]
    index = priorities.proxy.index(0, 1)
    priorities.table.doubleClicked.emit(index)
    [planner] = window.plans.windows()
    assert planner.account_id == row.account_id
    assert planner.plan is not None
    assert planner.plan.id == row.plan_id
    # A fit score set in the plan window ranks again at once.
    before = priorities.shown_rows()[0].priority
    for criterion in FitCriterion:
        planner.set_fit(criterion, 1)
    assert priorities.rows == plans.plan_priorities(window.store.unit_of_work(), date.today(), period="FY2026")
    assert next(r for r in priorities.rows if r.account_id == row.account_id).priority < before



def test_errors_are_shown_in_chinese_when_chinese_is_chosen(  # type: ignore[no-untyped-def]
    window: Window, planner: PlanWindow, plan_id: int, qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui import i18n

    translations = i18n.Translations(qapp)
    translations.apply("zh_CN")
    try:
        if QCoreApplication.translate("PlanLabels", "%1 cannot be empty.") == "%1 cannot be empty.":
            pytest.skip("the plan strings are not compiled into the .qm files yet")
        messages: list[str] = []

        def answer(dialog: ObjectiveDialog) -> bool:
            assert not _fill(dialog, title="")
            messages.append(dialog.error.text())
            return False

        _answer(monkeypatch, answer)
        planner.add_objective()
        assert planner.set_status(PlanStatus.APPROVED) is False
        assert messages == ["目标 不能为空。"]
        assert window.errors == ["草稿须先经审核才能批准：请先提交审核。"]  # type: ignore[attr-defined]
        qapp.processEvents()  # the open window follows the language change
        assert planner.tabs.tabText(planner.RISKS_TAB) == "风险"
        assert planner.submit_action.text() == "提交审核"
    finally:
        translations.apply("en")
        qapp.processEvents()
