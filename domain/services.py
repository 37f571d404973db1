"""Service functions: one user action each, run inside one unit of work.

The GUI's undo commands and the command line call these and nothing below
them. Every function opens ``with uow:`` itself and commits only when the
whole action succeeded.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Mapping
from datetime import UTC, datetime
from typing import Any

from domain import tree
from domain.errors import DuplicateKeyError, NotFoundError, ValidationError
from domain.model import Account, AccountNode, AccountSubtree, Rollup, StoreCounts, default_key
from domain.ports import TreeQueries, UnitOfWork
from domain.validation import EDITABLE_FIELDS, validate_account


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _require(uow: UnitOfWork, account_id: int) -> Account:
    account = uow.accounts.get(account_id)
    if account is None:
        raise NotFoundError("The account no longer exists.", account_id=account_id)
    return account


def get_account(uow: UnitOfWork, account_id: int) -> Account:
    """Return the account, or raise :class:`NotFoundError`."""
    with uow:
        return _require(uow, account_id)


def account_by_key(uow: UnitOfWork, key: str) -> Account:
    """The account with ``key`` (as the user sees it, surrounding spaces ignored);
    raises NotFoundError if there is none."""
    with uow:
        account = uow.accounts.by_key(key.strip())
    if account is None:
        raise NotFoundError(f"No account has the key '{key.strip()}'.", key=key.strip())
    return account


def account_children(
    queries: TreeQueries,
    parent_id: int | None,
    only: frozenset[int] | None = None,
    after: tuple[str, int] | None = None,
    limit: int | None = None,
) -> list[AccountNode]:
    """The accounts directly below ``parent_id`` (roots for ``None``), by name.

    With ``only``, children outside that set are left out (a filtered tree).
    ``after`` (a ``(name, id)``) and ``limit`` read one page of children.
    """
    return queries.children(parent_id, only, after, limit)


def search_accounts(
    queries: TreeQueries, text: str, tiers: Collection[str | None] | None = None
) -> tuple[frozenset[int], frozenset[int]]:
    """Return ``(matches, visible)``: accounts whose name, key or industry
    contains ``text`` (any, for blank text) and, when ``tiers`` is given, whose
    applied tier is one of them; and those plus every ancestor, so the tree can
    show them in place."""
    text = text.strip()
    matches: Collection[int] = queries.search(text) if text else []
    if tiers is not None:
        tiered = queries.with_tiers(tiers)
        matches = set(tiered).intersection(matches) if text else tiered
    if not matches:
        return frozenset(), frozenset()
    parent_of = queries.parent_map()
    return frozenset(matches), frozenset(tree.with_ancestors(parent_of, matches))


def next_account_key(uow: UnitOfWork) -> str:
    """A fresh key of the form ``C000123`` that no account uses yet."""
    with uow:
        number = uow.accounts.max_id() + 1
        while uow.accounts.key_in_use(default_key("account", number)):
            number += 1
    return default_key("account", number)


def create_account(
    uow: UnitOfWork, name: str, parent_id: int | None = None, key: str | None = None, **fields: Any
) -> Account:
    """Add an account under ``parent_id`` (a root for ``None``) and return it."""
    if key is None:
        key = next_account_key(uow)
    with uow:
        if parent_id is not None:
            _require(uow, parent_id)
        now = _now()
        account = Account(
            key=key.strip(), name=name.strip(), parent_id=parent_id, created_at=now, updated_at=now, **fields
        )
        validate_account(account)
        if uow.accounts.key_in_use(account.key):
            raise DuplicateKeyError(f"The key '{account.key}' is already in use.", key=account.key)
        account.id = uow.accounts.add(account)
        uow.commit()
    return account


def update_account(uow: UnitOfWork, account_id: int, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Change fields of an account; return the previous values of those fields.

    Only fields the account form edits may change here; the parent changes
    through :func:`move_account`.
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "This field cannot be edited here.", reason="unknown")
    with uow:
        account = _require(uow, account_id)
        previous = {name: getattr(account, name) for name in changes}
        updated = dataclasses.replace(account, **changes, updated_at=_now())
        validate_account(updated)
        if "key" in changes and uow.accounts.key_in_use(updated.key, except_id=account_id):
            raise DuplicateKeyError(f"The key '{updated.key}' is already in use.", key=updated.key)
        uow.accounts.update(updated)
        uow.commit()
    return previous


def rename_account(uow: UnitOfWork, account_id: int, name: str) -> str:
    """Give the account a new name; return the old one."""
    return str(update_account(uow, account_id, {"name": name.strip()})["name"])


def move_account(uow: UnitOfWork, account_id: int, new_parent_id: int | None) -> int | None:
    """Place the account (with its whole subtree) under ``new_parent_id``.

    Returns the previous parent. Raises :class:`TreeCycleError` when the new
    parent is the account itself or lies below it.
    """
    with uow:
        # Only the chain above the new parent matters for a cycle.
        parent_of = uow.accounts.lineage([account_id] if new_parent_id is None else [account_id, new_parent_id])
        tree.check_move(parent_of, account_id, new_parent_id)
        old_parent = parent_of[account_id]
        if old_parent != new_parent_id:
            uow.accounts.set_parent([account_id], new_parent_id)
            uow.commit()
    return old_parent


def delete_account(uow: UnitOfWork, account_id: int, *, lift_children: bool) -> AccountSubtree:
    """Delete an account with its contacts, orders, interactions, triangle
    assignments and plans.

    With ``lift_children`` its direct children move up to its parent;
    otherwise the whole subtree goes. Returns what was removed so that
    :func:`restore_accounts` can put it back exactly.
    """
    with uow:
        account = uow.accounts.get(account_id)
        if account is None:
            raise NotFoundError("The account no longer exists.", account_id=account_id)
        below = uow.accounts.subtree_parent_map(account_id)
        removed = AccountSubtree()
        if lift_children:
            ids = [account_id]
            kids = sorted(c for c, p in below.items() if p == account_id)
            removed.lifted = [(c, account_id) for c in kids]
            uow.accounts.set_parent(kids, account.parent_id)
        else:
            ids = tree.subtree(below, account_id)
        accounts = [uow.accounts.get(i) for i in ids]
        removed.accounts = [a for a in accounts if a is not None]
        removed.contacts = uow.contacts.for_accounts(ids)
        removed.transactions = uow.transactions.for_accounts(ids)
        removed.interactions = uow.interactions.for_accounts(ids)
        removed.links = uow.links.for_contacts([c.id for c in removed.contacts if c.id is not None])
        removed.snapshots = uow.snapshots.for_accounts(ids)
        removed.assignments = uow.assignments.for_accounts(ids)
        removed.plans = uow.plans.contents([p.id for p in uow.plans.for_accounts(ids) if p.id is not None])
        uow.accounts.delete(ids)
        uow.commit()
    return removed


def restore_accounts(uow: UnitOfWork, removed: AccountSubtree) -> None:
    """Put back what :func:`delete_account` removed, with the same ids."""
    with uow:
        uow.accounts.add_many(removed.accounts)
        # Reporting lines may point at contacts restored later in the list.
        uow.contacts.add_many(dataclasses.replace(c, reports_to_id=None) for c in removed.contacts)
        for contact in removed.contacts:
            if contact.reports_to_id is not None and contact.id is not None:
                uow.contacts.set_reports_to(contact.id, contact.reports_to_id)
        uow.transactions.add_many(removed.transactions)
        uow.interactions.add_many(removed.interactions)
        uow.links.add_many(removed.links)
        uow.snapshots.add_many(removed.snapshots)
        uow.assignments.add_many(removed.assignments)
        for contents in removed.plans:
            uow.plans.add(contents.plan)
            uow.plans.add_objectives(contents.objectives)
            uow.plans.add_actions(contents.actions)
            uow.plans.add_risks(contents.risks)
        for child_id, parent_id in removed.lifted:
            uow.accounts.set_parent([child_id], parent_id)
        uow.commit()


def account_rollup(uow: UnitOfWork, account_id: int) -> Rollup:
    """Totals over the account's whole subtree."""
    with uow:
        parent_of = uow.accounts.subtree_parent_map(account_id)
        if account_id not in parent_of:
            raise NotFoundError("The account no longer exists.", account_id=account_id)
        ids = list(parent_of)
        revenue = uow.accounts.annual_revenue(ids)
        totals = uow.transactions.totals(ids)
    return tree.rollup(parent_of, account_id, revenue, totals)


def store_counts(queries: TreeQueries) -> StoreCounts:
    """How many records of each kind the store holds."""
    return queries.counts()
