"""The main window driven as a user would: edits, drops, undo, files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt

from domain import services
from storage.store import SqlStore, open_store
from tests.ui.conftest import Window


def _parents(store: SqlStore) -> dict[int, int | None]:
    uow = store.unit_of_work()
    with uow:
        return uow.accounts.parent_map()


def _first_group(window: Window) -> QModelIndex:
    model = window.model
    return next(model.index(r, 0) for r in range(model.rowCount()) if model.hasChildren(model.index(r, 0)))


def _drop(window: Window, source: QModelIndex, target: QModelIndex) -> None:
    mime = window.model.mimeData([source])
    window.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)


def test_the_window_shows_the_portfolio_and_counts(window: Window) -> None:
    counts = services.store_counts(window.store.queries())
    assert window.model.rowCount() == counts.root_accounts
    assert f"{counts.accounts:,} accounts" in window.counts_label.text()
    assert window.windowTitle().startswith("demo.sqlite")


def test_selecting_an_account_shows_its_details_and_rollup(window: Window) -> None:
    group = _first_group(window)
    window.tree.setCurrentIndex(group)
    account = services.get_account(window.store.unit_of_work(), window.model.account_id(group))
    assert window.form.field_edit("name").text() == account.name
    assert window.form.field_edit("key").text() == account.key
    rollup = services.account_rollup(window.store.unit_of_work(), account.id)
    assert window.form._rollup_values["accounts"].text() == str(rollup.account_count)


def test_drag_and_drop_moves_an_account_and_undo_puts_it_back(window: Window) -> None:
    model = window.model
    roots = [model.index(r, 0) for r in range(model.rowCount())]
    source, target = roots[0], roots[1]
    source_id, target_id = model.account_id(source), model.account_id(target)

    _drop(window, source, target)

    assert _parents(window.store)[source_id] == target_id
    assert model.parent_id(source_id) == target_id
    assert model.rowCount() == len(roots) - 1
    window.undo_stack.undo()
    assert _parents(window.store)[source_id] is None
    assert model.rowCount() == len(roots)
    window.undo_stack.redo()
    assert _parents(window.store)[source_id] == target_id


def test_dropping_a_group_onto_its_own_subsidiary_is_refused_with_a_message(window: Window) -> None:
    group = _first_group(window)
    window.model.fetchMore(group)
    child = window.model.index(0, 0, group)
    before = _parents(window.store)

    _drop(window, group, child)

    assert _parents(window.store) == before
    assert window.errors
    assert "subsidiaries" in window.errors[-1]
    assert window.undo_stack.count() == 0


def test_rename_is_saved_at_once_and_undoable(window: Window) -> None:
    index = window.model.index(0, 0)
    account_id = window.model.account_id(index)
    old = window.model.data(index)

    window.model.setData(index, "改名后的集团")

    assert services.get_account(window.store.unit_of_work(), account_id).name == "改名后的集团"
    assert window.model.data(window.model.index_of(account_id)) == "改名后的集团"
    window.undo_stack.undo()
    assert services.get_account(window.store.unit_of_work(), account_id).name == old
    assert window.model.data(window.model.index_of(account_id)) == old
    window.undo_stack.redo()
    assert services.get_account(window.store.unit_of_work(), account_id).name == "改名后的集团"


def test_a_field_edit_in_the_form_is_saved_and_undoable(window: Window) -> None:
    index = window.model.index(0, 0)
    account_id = window.model.account_id(index)
    window.tree.setCurrentIndex(index)
    edit = window.form.field_edit("employees")
    before = services.get_account(window.store.unit_of_work(), account_id).employees

    edit.setText("4321")
    edit.editingFinished.emit()

    assert services.get_account(window.store.unit_of_work(), account_id).employees == 4321
    window.undo_stack.undo()
    assert services.get_account(window.store.unit_of_work(), account_id).employees == before
    assert edit.text() == ("" if before is None else str(before))
    window.undo_stack.redo()
    assert services.get_account(window.store.unit_of_work(), account_id).employees == 4321


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("employees", "-5", "cannot be negative"),
        ("customer_since", "2024-02-30", "not a real calendar date"),
        ("name", "  ", "cannot be empty"),
    ],
)
def test_invalid_values_give_a_message_and_are_not_saved(
    window: Window, field: str, text: str, message: str
) -> None:
    index = window.model.index(0, 0)
    account_id = window.model.account_id(index)
    window.tree.setCurrentIndex(index)
    before = services.get_account(window.store.unit_of_work(), account_id)

    edit = window.form.field_edit(field)
    edit.setText(text)
    edit.editingFinished.emit()

    assert message in window.form.error_label.text()
    assert not window.form.error_label.isHidden()
    assert services.get_account(window.store.unit_of_work(), account_id) == before
    assert window.undo_stack.count() == 0


def test_a_duplicate_key_is_refused_and_the_field_reverts(window: Window) -> None:
    first, second = (window.model.index(r, 0) for r in range(2))
    taken = window.model.data(window.model.index(1, 1))
    window.tree.setCurrentIndex(first)
    edit = window.form.field_edit("key")
    edit.setText(taken)
    edit.editingFinished.emit()
    assert window.errors
    assert taken in window.errors[-1]
    assert edit.text() == window.model.data(window.model.index(0, 1))
    assert second.isValid()


def test_adding_a_child_and_a_sibling_and_undoing(window: Window) -> None:
    group = _first_group(window)
    group_id = window.model.account_id(group)
    window.tree.setCurrentIndex(group)
    before = _parents(window.store)

    child_id = window.add_account(group_id, "新子公司", edit=False)
    assert _parents(window.store)[child_id] == group_id
    assert window.model.parent_id(child_id) == group_id
    window.tree.setCurrentIndex(window.model.index_of(child_id))
    window.add_sibling_action.trigger()
    assert len(_parents(window.store)) == len(before) + 2

    window.undo_stack.undo()
    window.undo_stack.undo()
    assert _parents(window.store) == before
    window.undo_stack.redo()
    assert _parents(window.store)[child_id] == group_id
    assert window.model.index_of(child_id).isValid()


@pytest.mark.parametrize("mode", ["subtree", "lift"])
def test_delete_asks_what_to_do_with_children_and_undo_restores_all(
    window: Window, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    group = _first_group(window)
    group_id = window.model.account_id(group)
    window.tree.setCurrentIndex(group)
    before_tree = _parents(window.store)
    before_counts = services.store_counts(window.store.queries())
    asked: list[bool] = []
    monkeypatch.setattr(Window, "ask_delete_mode", classmethod(lambda cls, p, n, h: asked.append(h) or mode))

    window.delete_action.trigger()

    assert asked == [True]
    after = _parents(window.store)
    assert group_id not in after
    children = [c for c, p in before_tree.items() if p == group_id]
    if mode == "lift":
        assert all(after[c] == before_tree[group_id] for c in children)
        assert all(window.model.index_of(c).isValid() for c in children)
    else:
        assert not any(c in after for c in children)
    window.undo_stack.undo()
    assert _parents(window.store) == before_tree
    assert services.store_counts(window.store.queries()) == before_counts
    assert window.model.hasChildren(window.model.index_of(group_id))
    window.undo_stack.redo()
    assert group_id not in _parents(window.store)


def test_cancelling_delete_changes_nothing(window: Window, monkeypatch: pytest.MonkeyPatch) -> None:
    window.tree.setCurrentIndex(window.model.index(0, 0))
    monkeypatch.setattr(Window, "ask_delete_mode", classmethod(lambda cls, p, n, h: None))
    before = _parents(window.store)
    window.delete_action.trigger()
    assert _parents(window.store) == before


def test_search_filters_the_tree_and_clearing_restores_it(window: Window, qtbot) -> None:  # type: ignore[no-untyped-def]
    uow = window.store.unit_of_work()
    with uow:
        parents = uow.accounts.parent_map()
    leaf = next(i for i, p in parents.items() if p is not None and parents[p] is not None)
    key = services.get_account(window.store.unit_of_work(), leaf).key
    roots = window.model.rowCount()

    window.search.setText(key)
    qtbot.waitUntil(lambda: window.model.is_filtered())

    assert window.model.rowCount() == 1
    index = window.model.index_of(leaf)
    assert index.isValid()
    assert window.tree.isExpanded(index.parent())
    window.search.clear()
    qtbot.waitUntil(lambda: not window.model.is_filtered())
    assert window.model.rowCount() == roots


def test_backup_writes_a_copy(window: Window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = tmp_path / "backups" / "copy.sqlite"
    monkeypatch.setattr(Window, "ask_backup_path", classmethod(lambda cls, parent, suggestion: target))
    window.backup_action.trigger()
    with sqlite3.connect(target) as conn:
        assert (
            conn.execute("SELECT count(*) FROM account").fetchone()[0]
            == services.store_counts(window.store.queries()).accounts
        )
    assert window.errors == []


def test_new_and_open_database_switch_the_window_and_fill_recent(
    window: Window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, settings: QSettings
) -> None:
    first = window.store.path
    new_path = tmp_path / "fresh.sqlite"
    monkeypatch.setattr(Window, "ask_new_database_path", classmethod(lambda cls, parent: new_path))
    window.new_db_action.trigger()
    assert window.store.path == new_path
    assert window.model.rowCount() == 0
    assert window.recent_databases()[:2] == [str(new_path), str(first)]

    monkeypatch.setattr(Window, "ask_open_database_path", classmethod(lambda cls, parent: first))
    window.open_db_action.trigger()
    assert window.store.path == first
    assert window.model.rowCount() > 0
    assert settings.value("database/last") == str(first)


def test_opening_a_newer_database_is_refused_and_the_current_one_stays(
    window: Window, tmp_path: Path
) -> None:
    newer = tmp_path / "newer.sqlite"
    open_store(newer).close()
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    current = window.store.path
    assert not window.open_database(newer)
    assert "newer version" in window.errors[-1]
    assert window.store.path == current


def test_window_geometry_and_splitter_are_remembered(
    make_window, demo_store: SqlStore, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_store)
    window.show()
    window.resize(700, 500)
    window.splitter.setSizes([200, 500])
    window.save_state()
    sizes = window.splitter.sizes()
    again = make_window(open_store(demo_store.path))
    again.show()
    assert again.size().width() == 700
    assert again.splitter.sizes() == sizes


def test_language_switch_retranslates_menus(window: Window, qapp) -> None:  # type: ignore[no-untyped-def]
    from ui import i18n

    translations = i18n.Translations(qapp)
    try:
        assert translations.apply("zh_CN")
        qapp.processEvents()
        assert window.file_menu.title() == "文件(&F)"
        assert window.model.headerData(0, Qt.Orientation.Horizontal) == "客户"
        assert window.language_menu.title() == "语言(&L)"
        translations.apply("en")
        qapp.processEvents()
        assert window.file_menu.title() == "&File"
    finally:
        translations.apply("en")
        qapp.processEvents()


def test_first_start_offers_the_demo_and_loads_it(
    make_window, store: SqlStore, qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(store)
    monkeypatch.setattr(Window, "ask_load_demo", classmethod(lambda cls, parent: True))
    window.offer_demo()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=20000)
    assert services.store_counts(store.queries()).accounts == 300
    assert settings.value("demo/offered", type=bool)


def test_cancelling_the_demo_load_writes_nothing(make_window, store: SqlStore, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(store)
    task = window.load_demo_portfolio()
    done: list[bool] = []
    task.finished.connect(lambda: done.append(True))  # results arrive through the event loop
    task.cancel()
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    assert services.store_counts(store.queries()).accounts == 0
    assert window.errors
    assert "Cancelled" in window.errors[-1]


def test_tiering_inputs_are_edited_in_the_form_and_undoable(window: Window) -> None:
    index = window.model.index(0, 0)
    account_id = window.model.account_id(index)
    window.tree.setCurrentIndex(index)
    before = services.get_account(window.store.unit_of_work(), account_id)

    growth = window.form.field_edit("industry_growth_pct")
    growth.setText("12.5%")
    growth.editingFinished.emit()
    nodes = window.form.field_edit("decision_nodes")
    nodes.setText("3")
    nodes.editingFinished.emit()
    leader = window.form.industry_leader
    leader.activated.emit(leader.findData("1"))

    after = services.get_account(window.store.unit_of_work(), account_id)
    assert (after.industry_growth_pct, after.decision_nodes, after.industry_leader) == (12.5, 3, True)
    window.undo_stack.undo()
    assert services.get_account(window.store.unit_of_work(), account_id).industry_leader == before.industry_leader
    growth.setText("fast")
    growth.editingFinished.emit()
    assert "is not a number" in window.form.error_message()
    assert services.get_account(window.store.unit_of_work(), account_id).industry_growth_pct == 12.5


def test_the_tier_filter_shows_only_accounts_of_that_tier(window: Window) -> None:
    from datetime import date

    from domain.tiers.service import apply_classification, load_settings, preview_classification

    settings = load_settings(window.store.unit_of_work())
    preview = preview_classification(window.store.tier_queries(), settings, as_of=date(2026, 6, 30))
    apply_classification(window.store.unit_of_work(), preview, on=date(2026, 6, 30))
    tier_a = {r.account_id for r in preview.results if r.tier == "A"}
    assert tier_a

    not_a = next(r.account_id for r in preview.results if r.tier != "A")
    window.select_account(not_a)
    window.tier_filter.setCurrentIndex(window.tier_filter.findData("A"))
    assert window.model.is_filtered()
    assert window.form.account is None  # the selected account is filtered out; its details go too
    shown: list[tuple[int, str]] = []
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(window.model.rowCount(parent)):
            child = window.model.index(row, 0, parent)
            shown.append((window.model.account_id(child), window.model.index(row, 3, parent).data()))
            stack.append(child)
    tiers = dict(shown)
    assert tier_a == {i for i, tier in tiers.items() if tier == "A"}
    assert not_a not in tiers
    assert all(tiers[i] == "A" for i in tier_a)
    window.tier_filter.setCurrentIndex(0)
    assert window.model.is_filtered() is False
