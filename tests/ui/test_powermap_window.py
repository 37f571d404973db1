"""The power-map window driven as a user would, over a real SQLite store: every
edit changes the database, Undo restores it exactly and Redo does it again."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPointF

from domain.model import Attitude, BuyingRole, ContactLink, LinkKind, RelationshipStrength
from domain.powermap import PowerMap
from domain.powermap.coverage import CoverageSettings, analyse_coverage, coverage_by_account
from domain.powermap.services import add_link, list_snapshots, load_coverage_settings, load_power_map, team_members
from storage.store import SqlStore
from tests.ui.conftest import Window
from ui import i18n, powermap_window
from ui.contact_dialog import ContactDialog, LinkDialog
from ui.powermap_window import PowerMapWindow


def _state(store: SqlStore, account_id: int, *, whole_group: bool = False) -> tuple[list, list]:
    """The account's people and links as stored, in a comparable order."""
    power_map = load_power_map(store.unit_of_work(), account_id, whole_group=whole_group)
    contacts = sorted(power_map.contacts, key=lambda c: c.id or 0)
    links = sorted(power_map.links, key=lambda k: k.id or 0)
    return contacts, links


def _pick_account(store: SqlStore) -> tuple[int, int, PowerMap]:
    """A subsidiary with at least five people in two or more levels: (account, its parent, its map)."""
    uow = store.unit_of_work()
    with uow:
        parents = uow.accounts.parent_map()
    for account_id, parent_id in sorted(parents.items()):
        if parent_id is None:
            continue
        power_map = load_power_map(store.unit_of_work(), account_id)
        managers = {c.reports_to_id for c in power_map.contacts if c.reports_to_id is not None}
        deep = any(c.reports_to_id is not None and c.id in managers for c in power_map.contacts)
        if len(power_map.contacts) >= 5 and deep:
            return account_id, parent_id, power_map
    raise AssertionError("the demo has no suitable account")


def _tree(power_map: PowerMap) -> tuple[int, int, int]:
    """(a top person, a manager under them, one of that manager's reports)."""
    by_id = {c.id: c for c in power_map.contacts}
    for contact in power_map.contacts:
        boss = by_id.get(contact.reports_to_id)
        if boss is not None and boss.reports_to_id is not None and boss.reports_to_id in by_id:
            assert boss.id is not None
            assert contact.id is not None
            return boss.reports_to_id, boss.id, contact.id
    raise AssertionError("no three levels")


@pytest.fixture
def account(window: Window) -> tuple[int, int, PowerMap]:
    return _pick_account(window.store)


def _open(qtbot, window: Window, account_id: int, *, whole_group: bool = False) -> PowerMapWindow:  # type: ignore[no-untyped-def]
    chart = window.open_power_map(account_id, whole_group=whole_group)
    qtbot.waitUntil(lambda: chart.power_map is not None and chart._task is None, timeout=10000)
    return chart


@pytest.fixture
def chart(qtbot, window: Window, account: tuple[int, int, PowerMap]) -> PowerMapWindow:  # type: ignore[no-untyped-def]
    return _open(qtbot, window, account[0])


def _answer_dialogs(monkeypatch: pytest.MonkeyPatch, answer) -> list:  # type: ignore[no-untyped-def]
    """Replace the window's modal dialogs by ``answer(dialog) -> bool``; returns the dialogs shown."""
    shown: list = []

    def run(dialog) -> bool:  # type: ignore[no-untyped-def]
        shown.append(dialog)
        return bool(answer(dialog))

    monkeypatch.setattr(PowerMapWindow, "run_dialog", classmethod(lambda cls, dialog: run(dialog)))
    return shown


def _save(dialog: ContactDialog, **values) -> bool:  # type: ignore[no-untyped-def]
    dialog.set_values(**values)
    dialog.accept()
    return dialog.result() == ContactDialog.DialogCode.Accepted


def _undo_redo(window: Window, account_id: int, before: tuple, after: tuple, *, steps: int = 1) -> None:
    assert window.undo_stack.count() == steps
    window.undo_stack.undo()
    assert _state(window.store, account_id) == before
    window.undo_stack.redo()
    assert _state(window.store, account_id) == after


# -- opening -----------------------------------------------------------------------------------


def test_the_menu_opens_the_window_of_the_selected_account_with_its_cards(qtbot, window: Window, account) -> None:  # type: ignore[no-untyped-def]
    account_id, _parent, power_map = account
    assert window.power_map_action.shortcut().toString() == "Ctrl+G"
    assert window.power_map_action in window.account_menu.actions()
    window.apply_search(power_map.account_names[account_id])  # shows (and loads) the account in the tree
    window.select_account(account_id)
    assert window.selected_account_id() == account_id
    window.power_map_action.trigger()
    charts = window.power_map_windows()
    assert len(charts) == 1
    chart = charts[0]
    qtbot.waitUntil(lambda: chart.power_map is not None, timeout=10000)
    ids = sorted(c.id for c in power_map.contacts)
    assert sorted(chart.org.scene.card_ids()) == ids
    assert sorted(chart.grid.scene.card_ids()) == ids
    assert power_map.account_names[account_id] in chart.windowTitle()
    assert [chart.tabs.tabText(k) for k in range(4)] == ["Org Chart", "Power Grid", "Coverage", "Snapshots"]
    # Asking again raises the same window.
    window.power_map_action.trigger()
    assert window.power_map_windows() == [chart]


def test_the_whole_group_toggle_shows_every_account_under_the_node(qtbot, window: Window, account) -> None:  # type: ignore[no-untyped-def]
    _account_id, parent_id, _map = account
    chart = _open(qtbot, window, parent_id)
    with qtbot.waitSignal(chart.loaded, timeout=10000):
        chart.group_action.setChecked(True)
    group = load_power_map(window.store.unit_of_work(), parent_id, whole_group=True)
    assert sorted(chart.org.scene.card_ids()) == sorted(c.id for c in group.contacts)
    assert chart.org.scene.card_style.whole_group  # the cards name their account
    assert "group" in chart.windowTitle()


def test_the_window_remembers_its_geometry(qtbot, window: Window, chart: PowerMapWindow) -> None:  # type: ignore[no-untyped-def]
    chart.close()
    assert window.settings.value("powermap/geometry") is not None
    assert window.power_map_windows() == []


# -- editing with undo -------------------------------------------------------------------------


def test_add_a_report_then_undo_and_redo(qtbot, window: Window, account, chart, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    account_id, _parent, power_map = account
    top, manager, _report = _tree(power_map)
    before = _state(window.store, account_id)
    shown = _answer_dialogs(monkeypatch, lambda d: _save(d, name="Wendy New", title="Buyer"))

    chart.org.scene.add_report_requested.emit(manager)

    assert isinstance(shown[0], ContactDialog)
    after = _state(window.store, account_id)
    added = [c for c in after[0] if c.name == "Wendy New"]
    assert len(added) == 1
    assert added[0].reports_to_id == manager
    assert added[0].id in chart.org.scene.card_ids()
    assert chart.org.scene.manager_of(added[0].id) == manager
    _undo_redo(window, account_id, before, after)
    assert added[0].id in chart.org.scene.card_ids()


def test_add_a_colleague_takes_the_same_manager(qtbot, window: Window, account, chart, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    account_id, _parent, power_map = account
    _top, manager, report = _tree(power_map)
    _answer_dialogs(monkeypatch, lambda d: _save(d, name="Peer Person"))
    chart.org.scene.add_peer_requested.emit(report)
    added = next(c for c in _state(window.store, account_id)[0] if c.name == "Peer Person")
    assert added.reports_to_id == manager


def test_editing_a_contact_is_one_undo_step(qtbot, window: Window, account, chart, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    account_id, _parent, power_map = account
    _top, manager, _report = _tree(power_map)
    member = team_members(window.store.unit_of_work())[0]
    before = _state(window.store, account_id)
    _answer_dialogs(monkeypatch, lambda d: _save(
        d, title="Chief Buyer", buying_role=BuyingRole.ECONOMIC_BUYER, influence=5, attitude=Attitude.SCEPTIC,
        owner_id=member.id, strength=RelationshipStrength.STRONG, last_contact_on=date(2026, 5, 4),
        notes="Met at the fair",
    ))

    chart.org.scene.edit_requested.emit(manager)

    after = _state(window.store, account_id)
    edited = next(c for c in after[0] if c.id == manager)
    assert (edited.title, edited.buying_role, edited.influence, edited.attitude, edited.owner_id, edited.strength,
            edited.last_contact_on, edited.notes) == (
        "Chief Buyer", BuyingRole.ECONOMIC_BUYER, 5, Attitude.SCEPTIC, member.id, RelationshipStrength.STRONG,
        date(2026, 5, 4), "Met at the fair")
    assert chart.org.scene.contact(manager).title == "Chief Buyer"  # type: ignore[union-attr]
    assert "Edit" in window.undo_stack.undoText()
    _undo_redo(window, account_id, before, after)


def test_a_bad_value_is_shown_under_the_form_and_nothing_is_saved(qtbot, window: Window, account, chart, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    account_id, _parent, power_map = account
    _top, manager, _report = _tree(power_map)
    before = _state(window.store, account_id)
    errors: list[str] = []

    def answer(dialog: ContactDialog) -> bool:
        saved = _save(dialog, name="  ")
        errors.append(dialog.error_text())
        assert not saved
        saved = _save(dialog, name="x" * 201)
        errors.append(dialog.error_text())
        return saved

    _answer_dialogs(monkeypatch, answer)
    assert not chart.edit_contact(manager)
    assert errors == ["Name cannot be empty.", "Name holds at most 200 characters."]
    assert _state(window.store, account_id) == before
    assert window.undo_stack.count() == 0


def test_moving_several_people_to_a_new_manager_is_one_undo_step(qtbot, window: Window, account, chart) -> None:  # type: ignore[no-untyped-def]
    account_id, _parent, power_map = account
    top, manager, report = _tree(power_map)
    others = [c.id for c in power_map.contacts if c.reports_to_id == top and c.id != manager]
    before = _state(window.store, account_id)
    scene = chart.org.scene
    moving = [report, *others[:1]]
    scene.select_only(moving)
    card = scene.card(top)
    assert card is not None
    scene.drag_cards(moving, card.home + scene.card_style.rect.center())

    after = _state(window.store, account_id)
    assert {c.id: c.reports_to_id for c in after[0] if c.id in moving} == {i: top for i in moving}
    assert [scene.manager_of(i) for i in moving] == [top] * len(moving)
    _undo_redo(window, account_id, before, after)


def test_detach_makes_a_new_top_and_undo_puts_them_back(qtbot, window: Window, account, chart) -> None:  # type: ignore[no-untyped-def]
    account_id, _parent, power_map = account
    _top, manager, _report = _tree(power_map)
    before = _state(window.store, account_id)
    chart.org.scene.detach_requested.emit([manager])
    after = _state(window.store, account_id)
    assert next(c for c in after[0] if c.id == manager).reports_to_id is None
    assert manager in chart.org.scene.roots()
    _undo_redo(window, account_id, before, after)
    window.undo_stack.undo()
    assert manager not in chart.org.scene.roots()


def test_a_reporting_cycle_is_refused_with_a_message(qtbot, window: Window, account, chart) -> None:  # type: ignore[no-untyped-def]
    account_id, _parent, power_map = account
    top, _manager, report = _tree(power_map)
    before = _state(window.store, account_id)
    assert not chart.change_managers({top: report})
    assert window.errors == ["A contact cannot report to themselves or to someone who reports to them."]
    assert window.undo_stack.count() == 0
    assert _state(window.store, account_id) == before
    # The same by dragging the top card onto a report's card.
    chart.org.scene.drag_cards([top], chart.org.scene.card(report).sceneBoundingRect().center())
    assert window.errors[-1] == "A contact cannot report to themselves or to someone who reports to them."
    assert window.undo_stack.count() == 0
    assert _state(window.store, account_id) == before


def test_delete_asks_first_moves_reports_up_and_undo_restores_exactly(qtbot, window: Window, account, chart, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    account_id, _parent, power_map = account
    top, manager, report = _tree(power_map)
    asked: list[list[str]] = []
    monkeypatch.setattr(PowerMapWindow, "ask_delete", classmethod(lambda cls, parent, names: asked.append(names)))
    chart.org.scene.delete_requested.emit([manager])
    assert len(asked) == 1
    assert window.undo_stack.count() == 0  # the user said no

    monkeypatch.setattr(PowerMapWindow, "ask_delete", classmethod(lambda cls, parent, names: True))
    before = _state(window.store, account_id)
    chart.org.scene.delete_requested.emit([manager, report])
    after = _state(window.store, account_id)
    assert {c.id for c in after[0]} == {c.id for c in before[0]} - {manager, report}
    assert manager not in chart.org.scene.card_ids()
    _undo_redo(window, account_id, before, after)

    # One person with reports: they move up to the deleted person's manager.
    window.undo_stack.undo()
    chart.org.scene.delete_requested.emit([manager])
    moved = [c for c in _state(window.store, account_id)[0] if c.id == report]
    assert moved[0].reports_to_id == top


def test_dragging_on_the_power_grid_sets_influence_and_attitude(qtbot, window: Window, account, chart) -> None:  # type: ignore[no-untyped-def]
    account_id, _parent, power_map = account
    _top, manager, report = _tree(power_map)
    before = _state(window.store, account_id)
    grid = chart.grid.scene
    grid.select_only([manager, report])
    grid.drag_cards([manager, report], grid.cell_rect(5, -2).center())
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1)
    after = _state(window.store, account_id)
    moved = {c.id: (c.influence, c.attitude) for c in after[0] if c.id in (manager, report)}
    assert moved == {manager: (5, Attitude.OPPONENT), report: (5, Attitude.OPPONENT)}
    assert grid.cell_at(grid.card(manager).home + QPointF(5, 5)) == (5, -2)  # type: ignore[union-attr]
    _undo_redo(window, account_id, before, after)


def test_add_an_influence_line_from_the_card_menu(qtbot, window: Window, account, chart, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    account_id, _parent, power_map = account
    top, manager, _report = _tree(power_map)
    before = _state(window.store, account_id)

    def answer(dialog: LinkDialog) -> bool:
        dialog.choose(top)
        dialog.strength.setCurrentIndex(2)
        dialog.note.setText("old classmates")
        return True

    shown = _answer_dialogs(monkeypatch, answer)
    menu = chart.org.scene.context_menu(manager)
    next(a for a in menu.actions() if a.objectName() == "add_influence").trigger()

    assert isinstance(shown[0], LinkDialog)
    after = _state(window.store, account_id)
    added = [k for k in after[1] if k not in before[1]]
    assert [(k.source_id, k.target_id, k.kind, k.strength, k.note) for k in added] == [
        (manager, top, LinkKind.INFLUENCE, 3, "old classmates")]
    assert len(chart.org.scene.power_map.links) == len(after[1])
    _undo_redo(window, account_id, before, after)


def test_a_conflict_twice_is_refused(qtbot, window: Window, account, chart, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _account_id, _parent, power_map = account
    top, manager, _report = _tree(power_map)
    other = {top: manager, manager: top}
    _answer_dialogs(monkeypatch, lambda d: d.choose(other[d.source_id]) or True)
    assert chart.add_link(manager, LinkKind.CONFLICT)
    assert not chart.add_link(manager, LinkKind.CONFLICT)
    assert not chart.add_link(top, LinkKind.CONFLICT)  # a conflict has no direction
    assert window.errors == ["These two people are already linked this way."] * 2
    assert window.undo_stack.count() == 1


def test_links_are_listed_edited_and_deleted_in_the_contact_dialog(qtbot, window: Window, account, chart, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    account_id, _parent, power_map = account
    top, manager, report = _tree(power_map)
    influence = add_link(window.store.unit_of_work(), ContactLink(manager, top, LinkKind.INFLUENCE, 1))
    conflict = add_link(window.store.unit_of_work(), ContactLink(report, manager, LinkKind.CONFLICT, 2))
    chart.reload()
    before = _state(window.store, account_id)
    listed: list[list[list[str]]] = []

    def answer(dialog: ContactDialog) -> bool:
        listed.append(dialog.links_model.rows())
        dialog.delete_link(conflict.id)  # type: ignore[arg-type]
        dialog.edit_link(influence.id, 3, "weekly golf")  # type: ignore[arg-type]
        dialog.accept()
        return True

    _answer_dialogs(monkeypatch, answer)
    assert chart.edit_contact(manager)
    kinds = sorted(row[0] for row in listed[0])
    assert kinds == ["In conflict with", "Influences"]
    after = _state(window.store, account_id)
    assert [(k.id, k.strength, k.note) for k in after[1] if k.id in (influence.id, conflict.id)] == [
        (influence.id, 3, "weekly golf")]
    assert window.undo_stack.count() == 1
    _undo_redo(window, account_id, before, after)


def test_the_chart_window_undoes_and_redoes_on_the_main_stack(qtbot, window: Window, account, chart) -> None:  # type: ignore[no-untyped-def]
    account_id, _parent, power_map = account
    _top, manager, _report = _tree(power_map)
    before = _state(window.store, account_id)
    assert not chart.undo_action.isEnabled()
    chart.change_managers({manager: None})
    after = _state(window.store, account_id)
    assert chart.undo_action.isEnabled()
    assert chart.undo_action.text() == "Undo Detach from manager"
    assert window.undo_action.isEnabled()
    chart.undo_action.trigger()
    assert _state(window.store, account_id) == before
    assert chart.redo_action.isEnabled()
    window.redo_action.trigger()  # Edit → Redo in the main window
    assert _state(window.store, account_id) == after
    assert manager in chart.org.scene.roots()


# -- every window showing the account follows -------------------------------------------------


def test_a_change_shows_in_every_window_of_the_account_and_in_the_group_window(qtbot, window: Window, account, chart) -> None:  # type: ignore[no-untyped-def]
    account_id, parent_id, power_map = account
    _top, manager, _report = _tree(power_map)
    second = PowerMapWindow(window, account_id)
    qtbot.addWidget(second)
    second.reload(background=True)
    qtbot.waitUntil(lambda: second.power_map is not None and second._task is None, timeout=10000)
    group = _open(qtbot, window, parent_id, whole_group=True)
    assert manager in group.org.scene.card_ids()

    chart.place_contacts({manager: (5, 2)})

    for shown in (chart, second, group):
        contact = shown.grid.scene.contact(manager)
        assert contact is not None
        assert (contact.influence, contact.attitude) == (5, Attitude.CHAMPION)
        assert shown.org.scene.contact(manager).attitude == Attitude.CHAMPION  # type: ignore[union-attr]
    window.undo_stack.undo()
    assert group.grid.scene.contact(manager).attitude == power_map_attitude(power_map, manager)  # type: ignore[union-attr]
    assert second.org.scene.contact(manager).influence == next(c.influence for c in power_map.contacts if c.id == manager)  # type: ignore[union-attr]


def power_map_attitude(power_map: PowerMap, contact_id: int) -> Attitude | None:
    return next(c.attitude for c in power_map.contacts if c.id == contact_id)


def test_deleting_the_account_closes_its_window(qtbot, window: Window, account, chart) -> None:  # type: ignore[no-untyped-def]
    account_id, _parent, _map = account
    window.delete_account(account_id, lift_children=True)
    assert window.power_map_windows() == []


# -- coverage ----------------------------------------------------------------------------------


def test_the_coverage_tab_shows_the_analysis(qtbot, window: Window, account, chart) -> None:  # type: ignore[no-untyped-def]
    account_id, _parent, _map = account
    settings = load_coverage_settings(window.store.unit_of_work())
    expected = analyse_coverage(load_power_map(window.store.unit_of_work(), account_id), date.today(), settings)
    panel = chart.coverage
    assert panel.coverage == expected
    assert panel.score_label.text() == f"Coverage score: {expected.score} / 100"
    parts = panel.parts_model.rows()
    assert [row[1] for row in parts] == [f"{p.covered} of {p.total}" for p in expected.parts]
    findings = len(expected.influential_opponents) + len(expected.uncovered_influential) + len(expected.weak) \
        + len(expected.stale) + len(expected.missing_roles)
    assert len(panel.finding_rows()) == findings
    assert not panel.scope_view.isVisibleTo(chart)  # one account: no per-account table


def test_clicking_a_finding_selects_the_person_in_the_org_chart(qtbot, window: Window, account, chart) -> None:  # type: ignore[no-untyped-def]
    panel = chart.coverage
    row = next(k for k, f in enumerate(panel.findings) if f.contact_id is not None)
    chart.tabs.setCurrentIndex(chart.COVERAGE)
    panel.activate_finding(row)
    assert chart.tabs.currentIndex() == chart.ORG
    assert chart.org.scene.selected_ids() == [panel.findings[row].contact_id]


def test_coverage_thresholds_are_saved_and_every_window_recomputes(qtbot, window: Window, account, chart) -> None:  # type: ignore[no-untyped-def]
    account_id, _parent, _map = account
    panel = chart.coverage
    panel.stale_days.setValue(30)
    panel.influential_from.setValue(3)
    assert panel.save_button.isEnabled()
    panel.save_button.click()
    settings = load_coverage_settings(window.store.unit_of_work())
    assert settings == CoverageSettings(30, 3)
    expected = analyse_coverage(load_power_map(window.store.unit_of_work(), account_id), date.today(), settings)
    assert chart.coverage.coverage == expected
    assert not panel.save_button.isEnabled()


def test_the_group_coverage_lists_each_account_and_the_total(qtbot, window: Window, account) -> None:  # type: ignore[no-untyped-def]
    _account_id, parent_id, _map = account
    group = _open(qtbot, window, parent_id, whole_group=True)
    settings = load_coverage_settings(window.store.unit_of_work())
    expected = coverage_by_account(
        load_power_map(window.store.unit_of_work(), parent_id, whole_group=True), date.today(), settings)
    panel = group.coverage
    rows = panel.scope_model.rows()
    assert rows[0][:2] == ["Whole group", str(expected.total.score)]
    assert {row[0]: row[1] for row in rows[1:]} == {
        expected.account_names[a]: str(c.score) for a, c in expected.accounts.items()}
    assert panel.coverage == expected.total
    panel.select_scope(parent_id)
    assert panel.coverage == expected.accounts[parent_id]


# -- snapshots ---------------------------------------------------------------------------------


def test_take_compare_and_delete_snapshots(qtbot, window: Window, account, chart) -> None:  # type: ignore[no-untyped-def]
    account_id, _parent, power_map = account
    _top, manager, _report = _tree(power_map)
    panel = chart.snapshots
    panel.label_edit.setText("before the tender")
    panel.take_button.click()
    assert [s.label for s in panel.snapshots] == ["before the tender"]
    name = next(c.name for c in power_map.contacts if c.id == manager)
    old = power_map_attitude(power_map, manager)
    new = Attitude.OPPONENT if old != Attitude.OPPONENT else Attitude.CHAMPION
    chart.place_contacts({manager: (5, int(new))})

    panel.select_snapshots([panel.snapshots[0].id])  # type: ignore[list-item]
    panel.compare_now_button.click()
    rows = panel.diff_rows()
    from ui.orgchart.labels import attitude_name

    assert ["Changed", name, "Attitude", attitude_name(old), attitude_name(new)] in rows
    assert "the current map" in panel.summary.text()

    # A second snapshot, compared with the first.
    panel.take_button.click()
    assert len(panel.snapshots) == 2
    panel.select_snapshots([s.id for s in panel.snapshots])  # type: ignore[misc]
    panel.compare_button.click()
    assert ["Changed", name, "Attitude", attitude_name(old), attitude_name(new)] in panel.diff_rows()

    # Delete both, undo, redo.
    stored = [s.id for s in panel.snapshots]
    steps = window.undo_stack.count()
    panel.select_snapshots(stored)  # type: ignore[arg-type]
    panel.delete_button.click()
    assert panel.snapshots == []
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    assert sorted(s.id for s in panel.snapshots) == sorted(stored)  # type: ignore[type-var]
    window.undo_stack.redo()
    assert panel.snapshots == []


def test_a_group_window_keeps_snapshots_per_account(qtbot, window: Window, account) -> None:  # type: ignore[no-untyped-def]
    account_id, parent_id, _map = account
    group = _open(qtbot, window, parent_id, whole_group=True)
    panel = group.snapshots
    assert not panel.account.isHidden()
    assert panel.account_id == parent_id
    row = panel._accounts.index(account_id)
    panel.account.setCurrentIndex(row)
    panel.account.activated.emit(row)
    assert panel.account_id == account_id
    panel.take_button.click()
    assert [s.account_id for s in list_snapshots(window.store.unit_of_work(), account_id)] == [account_id]
    assert list_snapshots(window.store.unit_of_work(), parent_id) == []
    assert len(panel.snapshots) == 1
    panel.select_snapshots([panel.snapshots[0].id])  # type: ignore[list-item]
    panel.compare_now_button.click()
    assert panel.diff is not None
    assert panel.diff.empty
    assert "nothing changed" in panel.summary.text()


def test_switching_the_language_retranslates_the_window(qtbot, qapp, window: Window, chart: PowerMapWindow) -> None:  # type: ignore[no-untyped-def]
    translations = i18n.Translations(qapp)
    try:
        translations.apply("zh_CN")
        qapp.processEvents()
        assert chart.tabs.tabText(chart.ORG) == "组织架构图"
        assert chart.group_action.text() == "整个集团"
        assert chart.coverage.score_label.text().startswith("覆盖得分")
        assert "组织架构与权力地图" in chart.windowTitle()
        assert window.power_map_action.text() == "组织架构与权力地图(&O)…"
    finally:
        translations.apply("en")
        qapp.processEvents()
    assert chart.tabs.tabText(chart.ORG) == "Org Chart"
    assert chart.coverage.score_label.text().startswith("Coverage score")


def test_a_large_map_loads_in_the_background_and_draws_the_hidden_chart_when_shown(qtbot, window: Window, account, chart, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(powermap_window, "SYNC_LIMIT", 2)  # every demo map counts as large now
    _account_id, _parent, power_map = account
    _top, manager, _report = _tree(power_map)
    old = next(c.influence for c in power_map.contacts if c.id == manager)
    new = 1 if old != 1 else 2
    with qtbot.waitSignal(chart.loaded, timeout=10000):
        chart.place_contacts({manager: (new, 0)})
        assert chart._task is not None  # the window stays responsive while it loads
    assert chart.org.scene.contact(manager).influence == new  # type: ignore[union-attr]
    assert chart.grid.scene.contact(manager).influence == old  # type: ignore[union-attr]  # not drawn yet
    chart.tabs.setCurrentIndex(chart.GRID)
    assert chart.grid.scene.contact(manager).influence == new  # type: ignore[union-attr]
