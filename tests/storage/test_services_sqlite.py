"""Service functions on a real SQLite store: what a caller observes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from domain import services
from domain.errors import DuplicateKeyError, NotFoundError, TreeCycleError, ValidationError
from domain.model import Contact, Transaction
from storage.store import SqlStore
from tests.conftest import DEMO_DAY


def _tree(store: SqlStore) -> dict[int, int | None]:
    uow = store.unit_of_work()
    with uow:
        return uow.accounts.parent_map()


def test_created_accounts_form_a_tree_with_generated_keys(store: SqlStore) -> None:
    group = services.create_account(store.unit_of_work(), "华远集团", industry="制造业")
    sub = services.create_account(store.unit_of_work(), "华远上海子公司", parent_id=group.id)
    assert group.key != sub.key
    assert group.key == "C000001"
    roots = services.account_children(store.queries(), None)
    assert [(n.name, n.child_count) for n in roots] == [("华远集团", 1)]
    assert [n.name for n in services.account_children(store.queries(), group.id)] == ["华远上海子公司"]


def test_an_account_is_found_by_its_key(store: SqlStore) -> None:
    group = services.create_account(store.unit_of_work(), "华远集团")
    assert services.account_by_key(store.unit_of_work(), f" {group.key} ").name == "华远集团"
    with pytest.raises(NotFoundError, match="No account has the key 'C9'"):
        services.account_by_key(store.unit_of_work(), "C9")


def test_a_duplicate_key_or_invalid_value_is_refused(store: SqlStore) -> None:
    services.create_account(store.unit_of_work(), "A", key="K-1")
    with pytest.raises(DuplicateKeyError):
        services.create_account(store.unit_of_work(), "B", key="K-1")
    with pytest.raises(ValidationError):
        services.create_account(store.unit_of_work(), "   ")
    b = services.create_account(store.unit_of_work(), "B")
    with pytest.raises(DuplicateKeyError):
        services.update_account(store.unit_of_work(), b.id, {"key": "K-1"})
    with pytest.raises(ValidationError):
        services.update_account(store.unit_of_work(), b.id, {"employees": -3})
    assert services.get_account(store.unit_of_work(), b.id).employees is None


def test_update_returns_previous_values_and_stamps_the_change(store: SqlStore) -> None:
    account = services.create_account(store.unit_of_work(), "A")
    previous = services.update_account(store.unit_of_work(), account.id, {"employees": 250, "city": "上海"})
    assert previous == {"employees": None, "city": ""}
    stored = services.get_account(store.unit_of_work(), account.id)
    assert (stored.employees, stored.city) == (250, "上海")
    assert stored.updated_at is not None
    assert stored.updated_at >= account.created_at


def test_moving_keeps_the_subtree_and_refuses_cycles(store: SqlStore) -> None:
    a = services.create_account(store.unit_of_work(), "A")
    b = services.create_account(store.unit_of_work(), "B", parent_id=a.id)
    c = services.create_account(store.unit_of_work(), "C", parent_id=b.id)
    other = services.create_account(store.unit_of_work(), "Other")

    assert services.move_account(store.unit_of_work(), b.id, other.id) == a.id
    assert _tree(store) == {a.id: None, b.id: other.id, c.id: b.id, other.id: None}

    before = _tree(store)
    with pytest.raises(TreeCycleError):
        services.move_account(store.unit_of_work(), other.id, c.id)
    with pytest.raises(TreeCycleError):
        services.move_account(store.unit_of_work(), c.id, c.id)
    assert _tree(store) == before


def test_deleting_a_subtree_and_restoring_it_gives_back_everything(demo_store: SqlStore) -> None:
    group = next(n for n in services.account_children(demo_store.queries(), None) if n.child_count >= 2)
    before_counts = services.store_counts(demo_store.queries())
    before_tree = _tree(demo_store)
    uow = demo_store.unit_of_work()
    with uow:
        ids = [i for i, p in before_tree.items() if p == group.id] + [group.id]
        before_contacts = uow.contacts.for_accounts(ids)

    removed = services.delete_account(demo_store.unit_of_work(), group.id, lift_children=False)

    assert group.id not in _tree(demo_store)
    assert services.store_counts(demo_store.queries()).accounts == before_counts.accounts - len(
        removed.accounts
    )
    services.restore_accounts(demo_store.unit_of_work(), removed)
    assert _tree(demo_store) == before_tree
    assert services.store_counts(demo_store.queries()) == before_counts
    uow = demo_store.unit_of_work()
    with uow:
        assert uow.contacts.for_accounts(ids) == before_contacts


def test_deleting_with_lift_moves_children_up_one_level(store: SqlStore) -> None:
    top = services.create_account(store.unit_of_work(), "Top")
    middle = services.create_account(store.unit_of_work(), "Middle", parent_id=top.id)
    leaf1 = services.create_account(store.unit_of_work(), "Leaf 1", parent_id=middle.id)
    leaf2 = services.create_account(store.unit_of_work(), "Leaf 2", parent_id=middle.id)

    removed = services.delete_account(store.unit_of_work(), middle.id, lift_children=True)

    assert _tree(store) == {top.id: None, leaf1.id: top.id, leaf2.id: top.id}
    services.restore_accounts(store.unit_of_work(), removed)
    assert _tree(store) == {top.id: None, middle.id: top.id, leaf1.id: middle.id, leaf2.id: middle.id}


def test_rollup_covers_revenue_orders_and_accounts_below(store: SqlStore) -> None:
    group = services.create_account(store.unit_of_work(), "G", annual_revenue=Decimal("1000.00"))
    sub = services.create_account(
        store.unit_of_work(), "S", parent_id=group.id, annual_revenue=Decimal("250.50")
    )
    services.create_account(store.unit_of_work(), "Elsewhere", annual_revenue=Decimal("7"))
    uow = store.unit_of_work()
    with uow:
        uow.transactions.add_many(
            [
                Transaction(account_id=group.id, date=DEMO_DAY, amount=Decimal("100.10")),
                Transaction(account_id=sub.id, date=DEMO_DAY, amount=Decimal("0.01")),
            ]
        )
        uow.commit()
    rollup = services.account_rollup(store.unit_of_work(), group.id)
    assert rollup.account_count == 2
    assert rollup.annual_revenue == Decimal("1250.50")
    assert (rollup.transaction_count, rollup.transaction_total) == (2, Decimal("100.11"))


def test_search_matches_name_key_or_industry_and_keeps_ancestors(store: SqlStore) -> None:
    group = services.create_account(store.unit_of_work(), "Northwind Group")
    sub = services.create_account(
        store.unit_of_work(), "Northwind Retail", parent_id=group.id, industry="零售"
    )
    branch = services.create_account(store.unit_of_work(), "Shop 100%", parent_id=sub.id, key="SHOP-7")
    services.create_account(store.unit_of_work(), "Contoso")

    matches, visible = services.search_accounts(store.queries(), "shop-7")
    assert matches == {branch.id}
    assert visible == {branch.id, sub.id, group.id}
    assert services.search_accounts(store.queries(), "零售")[0] == {sub.id}
    assert services.search_accounts(store.queries(), "100%")[0] == {branch.id}
    assert services.search_accounts(store.queries(), "%")[0] == {branch.id}
    only = services.account_children(store.queries(), None, visible)
    assert [(n.name, n.child_count) for n in only] == [("Northwind Group", 1)]


def test_acting_on_a_deleted_account_says_so(store: SqlStore) -> None:
    account = services.create_account(store.unit_of_work(), "Gone")
    services.delete_account(store.unit_of_work(), account.id, lift_children=False)
    with pytest.raises(NotFoundError):
        services.update_account(store.unit_of_work(), account.id, {"name": "Back"})
    with pytest.raises(NotFoundError):
        services.move_account(store.unit_of_work(), account.id, None)


def test_reporting_lines_survive_delete_and_restore(store: SqlStore) -> None:
    account = services.create_account(store.unit_of_work(), "A")
    uow = store.unit_of_work()
    with uow:
        boss = uow.contacts.add(Contact(account_id=account.id, name="Boss"))
        uow.contacts.add(Contact(account_id=account.id, name="Report", reports_to_id=boss))
        uow.commit()
    removed = services.delete_account(store.unit_of_work(), account.id, lift_children=False)
    services.restore_accounts(store.unit_of_work(), removed)
    uow = store.unit_of_work()
    with uow:
        contacts = uow.contacts.for_accounts([account.id])
    assert [(c.name, c.reports_to_id) for c in contacts] == [("Boss", None), ("Report", boss)]
