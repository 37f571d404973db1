"""The team, iron-triangle and coverage windows driven as a user would, over a real
SQLite store: every edit changes the database, Undo restores it exactly, Redo
does it again, and a refused change is explained and never reaches the stack."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from domain.model import TRIANGLE_ROLES, TeamMember, TriangleRole
from domain.powermap.services import team_members
from domain.triangle import services as triangle
from domain.triangle.rules import TriangleSettings
from storage.store import SqlStore
from tests.ui.conftest import Window
from tests.ui.triangle_support import classify, make_gaps, staffed_account, stored_assignments, stored_team
from ui import i18n
from ui.iron_triangle_window import IronTriangleWindow
from ui.portfolio_window import PortfolioWindow
from ui.team_window import MemberDialog, TeamTableModel, TeamWindow
from ui.tier_labels import tier_name
from ui.triangle_base import TriangleWindowBase


@pytest.fixture
def win(make_window, demo_store: SqlStore) -> Window:  # type: ignore[no-untyped-def]
    classify(demo_store)
    return make_window(demo_store)  # type: ignore[no-any-return]


def _answer(monkeypatch: pytest.MonkeyPatch, fill: Callable[[MemberDialog], None]) -> list[MemberDialog]:
    """Replace the modal dialogs: ``fill`` edits the form, then Save is pressed."""
    shown: list[MemberDialog] = []

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, MemberDialog)
        shown.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(TriangleWindowBase, "run_dialog", classmethod(lambda cls, dialog: run(dialog)))
    return shown


def _team(win: Window) -> TeamWindow:
    window = win.triangle_menus.open_team()
    assert window.model.rowCount() == len(team_members(win.unit_of_work()))
    return window


# -- team ------------------------------------------------------------------------------------------


def test_the_team_menu_opens_the_team_and_the_portfolio(win: Window) -> None:
    titles = [a.text() for a in win.menuBar().actions()]
    assert "Tea&m" in titles
    assert titles.index("Tea&m") == titles.index("&Help") - 1
    menus = win.triangle_menus
    assert menus.team_action.shortcut().toString() == "Ctrl+Shift+M"
    menus.team_action.trigger()
    assert menus.team_window is not None
    assert menus.team_window.isVisible()
    menus.portfolio_action.trigger()
    assert menus.portfolio_window is not None
    assert menus.portfolio_window.isVisible()
    assert menus.triangle_action in win.account_menu.actions()

    on_account = win.tree_menu(on_account=True).actions()
    assert menus.triangle_action in on_account  # also in the tree's right-click menu
    assert {win.power_map_action, win.plans.plan_action} <= set(on_account)
    assert menus.triangle_action not in win.tree_menu(on_account=False).actions()


def test_adding_a_member_is_undone_and_redone_exactly(win: Window, monkeypatch: pytest.MonkeyPatch) -> None:
    store = win.store
    before = stored_team(store)
    window = _team(win)

    def fill(dialog: MemberDialog) -> None:
        dialog.name.setText("  Nora Lind ")
        dialog.email.setText("nora@example.com")
        dialog.role_boxes[TriangleRole.SR].setChecked(True)
        dialog.role_boxes[TriangleRole.FR].setChecked(True)
        dialog.region.setText("North")
        dialog.capacity.setValue(6)

    _answer(monkeypatch, fill)
    member_id = window.add_member()
    assert member_id is not None
    added = next(m for m in stored_team(store) if m.id == member_id)
    assert (added.name, added.roles, added.region, added.capacity) == (
        "Nora Lind", frozenset({TriangleRole.SR, TriangleRole.FR}), "North", 6.0)
    assert window.selected_member_id() == member_id
    assert win.undo_stack.undoText() == "Add Nora Lind"

    win.undo_stack.undo()
    assert stored_team(store) == before
    assert window.model.rowCount() == len(before)
    win.undo_stack.redo()
    assert stored_team(store) == [*before, added]
    assert window.member(member_id) == added


def test_a_bad_member_is_explained_in_the_dialog_and_nothing_is_pushed(
    win: Window, monkeypatch: pytest.MonkeyPatch, qapp
) -> None:  # type: ignore[no-untyped-def]
    store = win.store
    window = _team(win)
    before, depth = stored_team(store), win.undo_stack.count()
    taken = before[0].key
    shown = _answer(monkeypatch, lambda d: d.key.setText(taken) or d.name.setText("Sam"))
    assert window.add_member() is None
    assert shown[0].error_text() == f"The key '{taken}' is already used by another team member."
    _answer(monkeypatch, lambda d: d.name.setText("   "))
    translations = i18n.Translations(qapp)
    translations.apply("zh_CN")
    try:
        shown = _answer(monkeypatch, lambda d: d.name.setText("   "))
        assert window.add_member() is None
        assert shown[0].error_text() == "团队成员需要填写姓名。"
    finally:
        translations.apply("en")
    assert stored_team(store) == before
    assert win.undo_stack.count() == depth


def test_editing_a_member_changes_only_what_changed_and_undoes(win: Window, monkeypatch: pytest.MonkeyPatch) -> None:
    store = win.store
    window = _team(win)
    before = stored_team(store)
    member = before[0]
    assert member.id is not None

    def fill(dialog: MemberDialog) -> None:
        dialog.capacity.setValue(member.capacity + 4)
        for role, box in dialog.role_boxes.items():
            box.setChecked(role not in member.roles)

    shown = _answer(monkeypatch, fill)
    assert window.edit_member(member.id)
    assert set(shown[0].changes()) == {"capacity", "roles"}
    after = next(m for m in stored_team(store) if m.id == member.id)
    assert after.capacity == member.capacity + 4
    assert after.roles == frozenset(TRIANGLE_ROLES) - member.roles
    win.undo_stack.undo()
    assert stored_team(store) == before
    win.undo_stack.redo()
    assert next(m for m in stored_team(store) if m.id == member.id) == after


def test_deactivating_ends_the_seats_and_undo_gives_them_back(win: Window) -> None:
    store = win.store
    window = _team(win)
    seats_before, team_before = stored_assignments(store), stored_team(store)
    holder = next(a.member_id for a in seats_before if a.end is None)
    window.select_member(holder)
    assert window.deactivate_action.isEnabled()
    window.deactivate_action.trigger()
    assert not next(m for m in stored_team(store) if m.id == holder).active
    assert not [a for a in stored_assignments(store) if a.member_id == holder and a.end is None]
    assert window.reactivate_action.isEnabled()
    win.undo_stack.undo()
    assert stored_assignments(store) == seats_before
    assert stored_team(store) == team_before
    win.undo_stack.redo()
    window.show_inactive.setChecked(False)
    assert window.member(holder) is None
    window.show_inactive.setChecked(True)
    assert window.reactivate_member(holder)
    assert next(m for m in stored_team(store) if m.id == holder).active
    win.undo_stack.undo()
    assert not next(m for m in stored_team(store) if m.id == holder).active


def test_team_models_pass_the_model_tester(win: Window, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(_team(win).model, force_py=True)
    qtmodeltester.check(TeamTableModel(), force_py=True)
    chart = win.triangle_menus.open_triangle()
    qtmodeltester.check(chart.team_model, force_py=True)


# -- iron triangle ---------------------------------------------------------------------------------


def _triangle(win: Window, account_id: int) -> IronTriangleWindow:
    win.select_account(account_id)
    window = win.triangle_menus.open_triangle()
    assert window.account_id == account_id
    assert window.iron_triangle is not None
    return window


def _drop(window: IronTriangleWindow, role: TriangleRole, member_id: int) -> None:
    """Drop a member dragged from the team list on a seat."""
    row = next(r for r in range(window.team_model.rowCount()) if window.team_model.member(r).id == member_id)  # type: ignore[union-attr]
    mime = window.team_model.mimeData([window.team_model.index(row)])
    seat = window.seats[role]
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(seat, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(seat, QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, buttons, keys))


def test_the_window_shows_the_selected_accounts_seats_required_roles_and_history(win: Window) -> None:
    store = win.store
    account_id = staffed_account(store, "A")
    window = _triangle(win, account_id)
    found = triangle.triangle(store.unit_of_work(), account_id)
    for role, card in window.seats.items():
        holder = found.holder(role)
        assert holder is not None
        assert card.holder.text() == holder.name
        assert card.badge.text() == "✓ Required for this tier"
        assert card.choices()[card.picker.currentIndex()] == holder.id
        members = {m.id: m for m in window.members}
        assert all(members[i].active and role in members[i].roles for i in card.choices()[1:])
    assert tier_name("A") in window.requirement.text()
    assert window.history_model.rowCount() == len(triangle.assignment_history(store.unit_of_work(), account_id))

    other = staffed_account(store, "C")
    win.select_account(other)
    assert window.account_id == other
    assert window.seats[TriangleRole.AR].badge.text() == "Not required for this tier"


def test_assigning_by_picker_then_by_drag_and_undoing_both(win: Window) -> None:
    store = win.store
    account_id = staffed_account(store, "A")
    window = _triangle(win, account_id)
    window.on_date.setDate(date(2026, 7, 15))
    before = stored_assignments(store)
    card = window.seats[TriangleRole.AR]
    holder = card.choices()[card.picker.currentIndex()]
    picked = next(i for i in card.choices()[1:] if i != holder)
    card.pick(picked)
    seat = triangle.triangle(store.unit_of_work(), account_id).seats[TriangleRole.AR]
    assert (seat.member_id, seat.start) == (picked, date(2026, 7, 15))
    assert card.choices()[card.picker.currentIndex()] == picked
    after_pick = stored_assignments(store)

    dragged = next(i for i in card.choices()[1:] if i not in (holder, picked))
    _drop(window, TriangleRole.AR, dragged)
    assert triangle.triangle(store.unit_of_work(), account_id).seats[TriangleRole.AR].member_id == dragged
    assert window.seats[TriangleRole.AR].holder.text() == window.team_model.member(
        next(r for r in range(window.team_model.rowCount()) if window.team_model.member(r).id == dragged)  # type: ignore[union-attr]
    ).name  # type: ignore[union-attr]
    # The picked holder's seat began the same day: it is replaced, not closed.
    seats = [r[2:] for r in window.history_model.rows() if r[0].startswith("AR")]
    assert seats[-2:] == [[seats[-2][0], "2026-07-15"], ["2026-07-15", "now"]]

    win.undo_stack.undo()
    assert stored_assignments(store) == after_pick
    win.undo_stack.undo()
    assert stored_assignments(store) == before
    assert window.seats[TriangleRole.AR].holder.text() == window.iron_triangle.holder(TriangleRole.AR).name  # type: ignore[union-attr]
    win.undo_stack.redo()
    assert stored_assignments(store) == after_pick

    window.seats[TriangleRole.AR].pick(None)
    assert TriangleRole.AR not in triangle.triangle(store.unit_of_work(), account_id).seats
    assert window.seats[TriangleRole.AR].holder.text() == "Vacant"
    assert window.seats[TriangleRole.AR].badge.text() == "⚠ Required for this tier — missing"


def test_a_member_without_the_role_or_inactive_is_refused_and_nothing_is_pushed(win: Window) -> None:
    store = win.store
    account_id = staffed_account(store, "A")
    window = _triangle(win, account_id)
    before, depth = stored_assignments(store), win.undo_stack.count()
    no_fr = next(m for m in window.members if m.active and TriangleRole.FR not in m.roles)
    assert no_fr.id is not None
    _drop(window, TriangleRole.FR, no_fr.id)
    assert win.errors == ["This team member cannot take the role FR; add the role to the member first."]  # type: ignore[attr-defined]
    holder = window.iron_triangle.holder(TriangleRole.FR)  # type: ignore[union-attr]
    assert holder is not None
    assert window.seats[TriangleRole.FR].holder.text() == holder.name

    leaver = next(m for m in window.members if m.active and TriangleRole.AR in m.roles
                  and m.id != window.iron_triangle.holder(TriangleRole.AR).id)  # type: ignore[union-attr]
    assert leaver.id is not None
    triangle.deactivate(store.unit_of_work(), leaver.id, date(2026, 7, 1))
    before = stored_assignments(store)
    assert not window.assign(TriangleRole.AR, leaver.id)
    assert win.errors[-1] == "This team member is no longer active and cannot join an iron triangle."  # type: ignore[attr-defined]
    assert stored_assignments(store) == before
    assert win.undo_stack.count() == depth


# -- portfolio -------------------------------------------------------------------------------------


def _portfolio(win: Window) -> PortfolioWindow:
    return win.triangle_menus.open_portfolio()


def test_gap_tables_match_the_domain_and_a_double_click_selects_the_account(win: Window) -> None:
    store = win.store
    make_gaps(store)
    window = _portfolio(win)
    gaps = triangle.portfolio_gaps(store.unit_of_work())
    assert gaps.triangle
    assert gaps.relationships
    names, contacts = triangle.gap_names(store.unit_of_work(), gaps)
    assert window.triangle_gaps.rows() == [
        [names[g.account_id], tier_name(g.tier), ", ".join(r.value for r in g.missing)] for g in gaps.triangle
    ]
    assert [r[:2] for r in window.relationship_gaps.rows()] == [
        [names[g.account_id], contacts[g.contact_id]] for g in gaps.relationships
    ]
    win.search.setText("no account is called this")
    win.apply_search(win.search.text())
    target = gaps.relationships[-1].account_id
    window.relationship_view.doubleClicked.emit(window.relationship_gaps.index(len(gaps.relationships) - 1, 0))
    assert win.selected_account_id() == target


def test_workload_and_split_tables_match_the_domain(win: Window) -> None:
    store = win.store
    window = _portfolio(win)
    loads = triangle.team_workload(store.unit_of_work())
    rows = window.workload_model.rows()
    assert [r[0] for r in rows] == [w.name for w in loads]
    assert [float(r[6]) for r in rows] == [w.load for w in loads]
    assert [float(r[7]) for r in rows] == [w.capacity for w in loads]
    over = {k for k, w in enumerate(loads) if w.over_capacity}
    assert over
    assert window.workload_model._highlight == over
    assert window.workload_chart._rows == [(w.name, w.load, w.capacity) for w in loads]
    split = triangle.portfolio_split(store.unit_of_work())
    assert [int(r[1]) for r in window.split_model.rows()] == [s.seats for s in split.shares]
    assert [r[3] for r in window.split_model.rows()] == ["60 %", "30 %", "10 %"]


def test_editing_the_rules_changes_the_gap_list_and_undo_restores_it(win: Window) -> None:
    store = win.store
    window = _portfolio(win)
    before = window.triangle_gaps.rows()
    window.tabs.setCurrentIndex(window.RULES)
    window.rules.required[("C", TriangleRole.AR)].setChecked(True)
    window.rules.weights["C"].setValue(1.5)
    window.rules.save_button.click()
    saved = triangle.load_triangle_settings(store.unit_of_work())
    assert saved.required_for("C") == frozenset({TriangleRole.AR})
    assert saved.weight_for("C") == 1.5
    gaps = triangle.portfolio_gaps(store.unit_of_work())
    assert len(window.triangle_gaps.rows()) == len(gaps.triangle) >= len(before)
    assert window.workload_model.rows() != []
    assert win.undo_stack.undoText() == "Change iron-triangle rules"

    window.rules.split["A"].setValue(0)
    window.rules.split["B"].setValue(0)
    window.rules.split["C"].setValue(0)
    depth = win.undo_stack.count()
    window.rules.save_button.click()
    assert window.rules.error.text() == "The target split needs positive parts, such as 6 : 3 : 1."
    assert win.undo_stack.count() == depth

    win.undo_stack.undo()
    assert triangle.load_triangle_settings(store.unit_of_work()) == TriangleSettings()
    assert window.triangle_gaps.rows() == before
    assert not window.rules.required[("C", TriangleRole.AR)].isChecked()


def test_windows_follow_another_database(win: Window, store: SqlStore) -> None:
    team = _team(win)
    portfolio = _portfolio(win)
    win.switch_store(store)
    assert team.model.rowCount() == 0
    assert portfolio.workload_model.rowCount() == 0
    added = triangle.add_member(store.unit_of_work(), TeamMember(name="Solo"))
    team.refresh()
    assert [m.id for m in team.model.members()] == [added.id]
