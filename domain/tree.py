"""Pure rules and calculations over the customer tree (a forest of accounts).

The tree is described by a mapping ``parent_of: {account_id: parent_id | None}``
so that the rules can run on any slice of the store without loading accounts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from decimal import Decimal

from domain.errors import NotFoundError, TreeCycleError
from domain.model import Rollup


def ancestors(parent_of: Mapping[int, int | None], account_id: int) -> list[int]:
    """Return the ids above ``account_id``, nearest first.

    Raises :class:`TreeCycleError` if the stored tree already loops.
    """
    seen = {account_id}
    chain: list[int] = []
    node = parent_of.get(account_id)
    while node is not None:
        if node in seen:
            raise TreeCycleError("The customer tree contains a cycle.", account_id=node)
        seen.add(node)
        chain.append(node)
        node = parent_of.get(node)
    return chain


def check_move(parent_of: Mapping[int, int | None], account_id: int, new_parent_id: int | None) -> None:
    """Raise unless ``account_id`` may be placed under ``new_parent_id``.

    Refuses a self-parent and any move under the account's own subtree.
    """
    if account_id not in parent_of:
        raise NotFoundError("The account no longer exists.", account_id=account_id)
    if new_parent_id is None:
        return
    if new_parent_id not in parent_of:
        raise NotFoundError("The new parent account no longer exists.", account_id=new_parent_id)
    if new_parent_id == account_id:
        raise TreeCycleError("An account cannot be its own parent.", account_id=account_id)
    if account_id in ancestors(parent_of, new_parent_id):
        raise TreeCycleError(
            "An account cannot be moved under one of its own subsidiaries.",
            account_id=account_id,
            parent_id=new_parent_id,
        )


def children_map(parent_of: Mapping[int, int | None]) -> dict[int | None, list[int]]:
    """Invert ``parent_of`` into ``{parent_id: [child ids in ascending order]}``."""
    children: dict[int | None, list[int]] = defaultdict(list)
    for child, parent in parent_of.items():
        children[parent].append(child)
    for ids in children.values():
        ids.sort()
    return dict(children)


def subtree(parent_of: Mapping[int, int | None], root_id: int) -> list[int]:
    """Return ``root_id`` and every id below it, parents before children."""
    children = children_map(parent_of)
    order: list[int] = []
    stack = [root_id]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(reversed(children.get(node, [])))
    return order


def with_ancestors(parent_of: Mapping[int, int | None], ids: Iterable[int]) -> set[int]:
    """Return ``ids`` together with all their ancestors (for a filtered tree)."""
    visible: set[int] = set()
    for account_id in ids:
        node: int | None = account_id
        while node is not None and node not in visible:
            visible.add(node)
            node = parent_of.get(node)
    return visible


def rollup(
    parent_of: Mapping[int, int | None],
    root_id: int,
    annual_revenue: Mapping[int, Decimal | None],
    transaction_totals: Mapping[int, tuple[int, Decimal]],
) -> Rollup:
    """Sum revenue, transactions and account count over ``root_id``'s subtree.

    ``transaction_totals`` maps an account id to ``(order count, amount)``;
    accounts absent from either mapping count as zero.
    """
    ids = subtree(parent_of, root_id)
    revenue = sum((annual_revenue.get(i) or Decimal(0) for i in ids), Decimal(0))
    count = sum(transaction_totals.get(i, (0, Decimal(0)))[0] for i in ids)
    total = sum((transaction_totals.get(i, (0, Decimal(0)))[1] for i in ids), Decimal(0))
    return Rollup(len(ids), revenue, count, total)
