"""Undo commands: each calls one domain service and tells the views.

A command runs its action once *before* it is pushed (``apply()``), so that a
refused action (a cycle, a duplicate key, a locked database) is reported and
never reaches the undo stack. ``redo()`` skips that first run.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from domain import services
from domain.errors import DomainError
from domain.model import Account, AccountNode, AccountSubtree
from domain.ports import UnitOfWork


class EditContext(Protocol):
    """What commands need from the window: the store and the views to tell."""

    def unit_of_work(self) -> UnitOfWork: ...

    def account_added(self, account: Account, child_count: int = 0) -> None: ...

    def account_changed(self, account: Account) -> None: ...

    def account_removed(self, account_id: int, lifted: bool) -> None: ...

    def account_moved(self, account_id: int, new_parent_id: int | None) -> None: ...

    def report_error(self, error: DomainError) -> None: ...


def node_of(account: Account, child_count: int = 0) -> AccountNode:
    assert account.id is not None
    return AccountNode(
        account.id, account.key, account.name, account.industry, account.parent_id, child_count, account.tier
    )


class ServiceCommand(QUndoCommand):
    """Base: subclasses define ``_do`` and ``_undo`` with the service calls."""

    _do: Callable[[], None]
    _undo: Callable[[], None]

    def __init__(self, ctx: EditContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._first = True

    def apply(self) -> None:
        """Do the action the first time; raises DomainError if refused."""
        self._do()

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guarded(self._do)

    def undo(self) -> None:
        self._guarded(self._undo)

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except DomainError as error:
            # The store refused (e.g. locked, or the record is gone): drop the
            # command rather than leave the stack claiming a state we lack.
            self.setObsolete(True)
            self.ctx.report_error(error)


class EditAccountCommand(ServiceCommand):
    """Change one field of an account (rename is the ``name`` field)."""

    def __init__(self, ctx: EditContext, account_id: int, field: str, value: Any, text: str) -> None:
        super().__init__(ctx, text)
        self.account_id = account_id
        self.field = field
        self.value = value
        self.old: Any = None

    def _set(self, value: Any) -> Any:
        previous = services.update_account(self.ctx.unit_of_work(), self.account_id, {self.field: value})
        self.ctx.account_changed(services.get_account(self.ctx.unit_of_work(), self.account_id))
        return previous[self.field]

    def _do(self) -> None:
        self.old = self._set(self.value)

    def _undo(self) -> None:
        self._set(self.old)


class MoveAccountCommand(ServiceCommand):
    def __init__(self, ctx: EditContext, account_id: int, new_parent_id: int | None, text: str) -> None:
        super().__init__(ctx, text)
        self.account_id = account_id
        self.new_parent_id = new_parent_id
        self.old_parent_id: int | None = None

    def _do(self) -> None:
        self.old_parent_id = services.move_account(
            self.ctx.unit_of_work(), self.account_id, self.new_parent_id
        )
        self.ctx.account_moved(self.account_id, self.new_parent_id)

    def _undo(self) -> None:
        services.move_account(self.ctx.unit_of_work(), self.account_id, self.old_parent_id)
        self.ctx.account_moved(self.account_id, self.old_parent_id)


class AddAccountCommand(ServiceCommand):
    def __init__(self, ctx: EditContext, name: str, parent_id: int | None, text: str) -> None:
        super().__init__(ctx, text)
        self.name = name
        self.parent_id = parent_id
        self.account_id: int | None = None
        self._removed: AccountSubtree | None = None

    def _do(self) -> None:
        if self._removed is None:
            account = services.create_account(self.ctx.unit_of_work(), self.name, self.parent_id)
            self.account_id = account.id
        else:
            services.restore_accounts(self.ctx.unit_of_work(), self._removed)
            account = self._removed.accounts[0]
        self.ctx.account_added(account)

    def _undo(self) -> None:
        assert self.account_id is not None
        self._removed = services.delete_account(self.ctx.unit_of_work(), self.account_id, lift_children=False)
        self.ctx.account_removed(self.account_id, lifted=False)


class DeleteAccountCommand(ServiceCommand):
    """Delete an account: its whole subtree, or lifting its children a level."""

    def __init__(self, ctx: EditContext, account_id: int, lift_children: bool, text: str) -> None:
        super().__init__(ctx, text)
        self.account_id = account_id
        self.lift_children = lift_children
        self._removed: AccountSubtree | None = None

    def _do(self) -> None:
        self._removed = services.delete_account(
            self.ctx.unit_of_work(), self.account_id, lift_children=self.lift_children
        )
        self.ctx.account_removed(self.account_id, lifted=self.lift_children)

    def _undo(self) -> None:
        assert self._removed is not None
        services.restore_accounts(self.ctx.unit_of_work(), self._removed)
        root = self._removed.accounts[0]
        for child_id, _ in self._removed.lifted:
            self.ctx.account_removed(child_id, lifted=False)
        children = len(self._removed.lifted) + sum(
            1 for a in self._removed.accounts if a.parent_id == root.id
        )
        self.ctx.account_added(root, children)
