from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from domain import services
from storage.store import SqlStore
from ui.tree_model import AccountTreeModel


def _model(store: SqlStore) -> AccountTreeModel:
    return AccountTreeModel(
        lambda parent, only, after, limit: services.account_children(store.queries(), parent, only, after, limit)
    )


def _load_all(model: AccountTreeModel, parent: QModelIndex = QModelIndex()) -> None:
    while model.canFetchMore(parent):
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
    counts = services.store_counts(demo_store.queries())
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
    matches, visible = services.search_accounts(store.queries(), "needle")
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


def _wide_store(store: SqlStore, children: int) -> int:
    from datetime import datetime

    from domain.model import Account

    parent = services.create_account(store.unit_of_work(), "Wide group")
    now = datetime(2024, 1, 1)
    uow = store.unit_of_work()
    with uow:
        uow.accounts.add_many(
            Account(key=f"W{i:05d}", name=f"Branch {i:05d}", parent_id=parent.id, created_at=now, updated_at=now)
            for i in range(children)
        )
        uow.commit()
    assert parent.id is not None
    return parent.id


def test_a_wide_node_is_read_in_chunks_and_shown_in_pages(store: SqlStore) -> None:
    from ui.tree_model import CHUNK, PAGE

    parent_id = _wide_store(store, CHUNK * 2 + 37)
    calls: list[tuple[object, ...]] = []

    def load(parent, only, after, limit):  # type: ignore[no-untyped-def]
        calls.append((parent, after, limit))
        return services.account_children(store.queries(), parent, only, after, limit)

    model = AccountTreeModel(load)
    model.reload()
    group = model.index_of(parent_id)
    model.fetchMore(group)
    assert model.rowCount(group) == PAGE
    assert len(calls) == 2  # the top level, then the first chunk of children
    _load_all(model, group)
    names = [model.data(model.index(r, 0, group)) for r in range(model.rowCount(group))]
    assert len(names) == CHUNK * 2 + 37
    assert names == sorted(names)
    assert len(calls) == 2 + 2  # two more chunks, the last one short


def test_wide_node_passes_qtmodeltester_and_adds_in_place(qtmodeltester, store: SqlStore) -> None:  # type: ignore[no-untyped-def]
    parent_id = _wide_store(store, 900)
    model = _model(store)
    model.reload()
    group = model.index_of(parent_id)
    model.fetchMore(group)
    qtmodeltester.check(model, force_py=True)
    late = services.create_account(store.unit_of_work(), "Branch 99999 (new)", parent_id=parent_id)
    early = services.create_account(store.unit_of_work(), "Branch 00000 (new)", parent_id=parent_id)
    from ui.commands import node_of

    model.on_account_added(node_of(late))
    model.on_account_added(node_of(early))
    assert model.index_of(early.id).row() == 1
    late_index = model.index_of(late.id)
    assert late_index.isValid()
    assert model.data(late_index) == "Branch 99999 (new)"
    _load_all(model, group)
    assert model.rowCount(group) == 902
    ids = [model.account_id(model.index(r, 0, group)) for r in range(902)]
    assert len(set(ids)) == 902
