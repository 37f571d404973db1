from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from domain import services
from storage.store import SqlStore
from ui.tree_model import AccountTreeModel


def _model(store: SqlStore) -> AccountTreeModel:
    return AccountTreeModel(
        lambda parent, only: services.account_children(store.unit_of_work(), parent, only)
    )


def _load_all(model: AccountTreeModel, parent: QModelIndex = QModelIndex()) -> None:
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        _load_all(model, model.index(row, 0, parent))


def test_model_passes_qtmodeltester_fully_loaded(qtmodeltester, demo_store: SqlStore) -> None:  # type: ignore[no-untyped-def]
    model = _model(demo_store)
    model.reload()
    _load_all(model)
    qtmodeltester.check(model, force_py=True)


def test_model_passes_qtmodeltester_while_loading_lazily(qtmodeltester, demo_store: SqlStore) -> None:  # type: ignore[no-untyped-def]
    model = _model(demo_store)
    model.reload()
    qtmodeltester.check(model, force_py=True)
    _load_all(model)


def test_only_the_top_level_is_loaded_until_a_node_is_expanded(demo_store: SqlStore) -> None:
    model = _model(demo_store)
    model.reload()
    counts = services.store_counts(demo_store.unit_of_work())
    assert model.rowCount() == counts.root_accounts
    assert model.loaded_count() == counts.root_accounts
    group = next(model.index(r, 0) for r in range(model.rowCount()) if model.hasChildren(model.index(r, 0)))
    assert model.rowCount(group) == 0
    assert model.canFetchMore(group)
    model.fetchMore(group)
    assert model.rowCount(group) > 0
    assert not model.canFetchMore(group)
    assert model.loaded_count() == counts.root_accounts + model.rowCount(group)


def test_rows_show_name_key_and_industry_sorted_by_name(demo_store: SqlStore) -> None:
    model = _model(demo_store)
    model.reload()
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names == sorted(names)
    account = services.get_account(demo_store.unit_of_work(), model.account_id(model.index(0, 0)))
    assert [model.data(model.index(0, c)) for c in range(3)] == [account.name, account.key, account.industry]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Key"


def test_a_filter_shows_matches_with_their_ancestors_only(store: SqlStore) -> None:
    group = services.create_account(store.unit_of_work(), "Group")
    sub = services.create_account(store.unit_of_work(), "Needle Subsidiary", parent_id=group.id)
    services.create_account(store.unit_of_work(), "Haystack", parent_id=group.id)
    services.create_account(store.unit_of_work(), "Unrelated")
    matches, visible = services.search_accounts(store.unit_of_work(), "needle")
    model = _model(store)
    model.reload(visible, matches)
    assert model.rowCount() == 1
    top = model.index(0, 0)
    model.fetchMore(top)
    assert [model.data(model.index(r, 0, top)) for r in range(model.rowCount(top))] == ["Needle Subsidiary"]
    assert model.data(model.index(0, 0, top), Qt.ItemDataRole.FontRole).bold()
    assert model.account_id(model.index(0, 0, top)) == sub.id


def test_editing_a_name_becomes_a_request_not_a_write(qtbot, store: SqlStore) -> None:  # type: ignore[no-untyped-def]
    account = services.create_account(store.unit_of_work(), "Old")
    model = _model(store)
    model.reload()
    with qtbot.waitSignal(model.rename_requested) as blocker:
        model.setData(model.index(0, 0), "New")
    assert blocker.args == [account.id, "New"]
    assert services.get_account(store.unit_of_work(), account.id).name == "Old"
