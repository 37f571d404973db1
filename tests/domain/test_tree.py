from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain import tree
from domain.errors import NotFoundError, TreeCycleError

# 1 ─┬─ 2 ─── 4
#    └─ 3
# 5
FOREST: dict[int, int | None] = {1: None, 2: 1, 3: 1, 4: 2, 5: None}


def test_ancestors_are_listed_nearest_first() -> None:
    assert tree.ancestors(FOREST, 4) == [2, 1]
    assert tree.ancestors(FOREST, 5) == []


def test_moving_under_itself_is_refused() -> None:
    with pytest.raises(TreeCycleError):
        tree.check_move(FOREST, 2, 2)


def test_moving_under_a_descendant_is_refused() -> None:
    with pytest.raises(TreeCycleError):
        tree.check_move(FOREST, 1, 4)


@pytest.mark.parametrize(("account", "parent"), [(4, 3), (2, 5), (2, None), (5, 4)])
def test_allowed_moves_pass(account: int, parent: int | None) -> None:
    tree.check_move(FOREST, account, parent)


def test_moving_a_missing_account_or_under_a_missing_parent_is_reported() -> None:
    with pytest.raises(NotFoundError):
        tree.check_move(FOREST, 99, None)
    with pytest.raises(NotFoundError):
        tree.check_move(FOREST, 2, 99)


def test_subtree_lists_parents_before_children() -> None:
    assert tree.subtree(FOREST, 1) == [1, 2, 4, 3]
    assert tree.subtree(FOREST, 5) == [5]


def test_with_ancestors_keeps_the_path_to_each_match() -> None:
    assert tree.with_ancestors(FOREST, [4]) == {4, 2, 1}
    assert tree.with_ancestors(FOREST, [3, 5]) == {3, 1, 5}


def test_a_stored_cycle_is_detected_not_looped_forever() -> None:
    with pytest.raises(TreeCycleError):
        tree.ancestors({1: 2, 2: 1}, 1)


def test_rollup_sums_the_whole_subtree() -> None:
    revenue = {1: Decimal("100"), 2: Decimal("20.50"), 4: None, 5: Decimal("999")}
    orders = {2: (3, Decimal("30")), 4: (1, Decimal("5.25")), 5: (9, Decimal("1"))}
    result = tree.rollup(FOREST, 1, revenue, orders)
    assert result.account_count == 4
    assert result.annual_revenue == Decimal("120.50")
    assert result.transaction_count == 4
    assert result.transaction_total == Decimal("35.25")


@st.composite
def forests(draw: st.DrawFn) -> dict[int, int | None]:
    size = draw(st.integers(min_value=1, max_value=40))
    parent_of: dict[int, int | None] = {}
    for node in range(1, size + 1):
        parent_of[node] = draw(st.one_of(st.none(), st.integers(1, node - 1))) if node > 1 else None
    return parent_of


@given(forests(), st.data())
def test_any_allowed_move_keeps_a_forest_and_the_moved_subtree(
    parent_of: dict[int, int | None], data: st.DataObject
) -> None:
    account = data.draw(st.sampled_from(sorted(parent_of)))
    new_parent = data.draw(st.one_of(st.none(), st.sampled_from(sorted(parent_of))))
    before = set(tree.subtree(parent_of, account))
    try:
        tree.check_move(parent_of, account, new_parent)
    except TreeCycleError:
        assert new_parent in before
        return
    moved = dict(parent_of)
    moved[account] = new_parent
    for node in moved:
        tree.ancestors(moved, node)  # raises on a cycle
    assert set(tree.subtree(moved, account)) == before
