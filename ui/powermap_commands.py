"""Undo commands of the power map: each calls power-map services and tells the open charts.

They follow :class:`ui.commands.ServiceCommand`: a command runs its action once
in :meth:`PowerMapCommand.apply` *before* it is pushed, so that a refused
action (a reporting cycle, a bad value, a duplicate link) is reported and never
reaches the undo stack; ``redo()`` skips that first run. After every do, undo
and redo the command tells its context which accounts' power maps changed
(:meth:`PowerMapContext.power_map_edited`), so that every open chart of them
is drawn again.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import date
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from domain.errors import DomainError
from domain.model import Contact, ContactLink
from domain.ports import UnitOfWork
from domain.powermap import services
from domain.powermap.services import RemovedContact
from domain.powermap.snapshot import Snapshot


class PowerMapContext(Protocol):
    """What power-map commands need: the store, a way to report, and the charts to tell."""

    def unit_of_work(self) -> UnitOfWork: ...

    def report_error(self, error: DomainError) -> None: ...

    def power_map_edited(self, account_ids: Collection[int]) -> None: ...


class PowerMapCommand(QUndoCommand):
    """Base: subclasses define ``_do`` and ``_undo`` with the service calls.

    ``accounts`` are the accounts whose power maps the command changes.
    """

    _do: Callable[[], None]
    _undo: Callable[[], None]

    def __init__(self, ctx: PowerMapContext, accounts: Iterable[int], text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.accounts = frozenset(accounts)
        self._first = True

    def uow(self) -> UnitOfWork:
        return self.ctx.unit_of_work()

    def apply(self) -> None:
        """Do the action the first time; raises DomainError if refused (nothing changed then)."""
        self._do()
        self.ctx.power_map_edited(self.accounts)

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
            # The store refused (locked, or a record is gone): drop the command
            # rather than leave the stack claiming a state we lack.
            self.setObsolete(True)
            self.ctx.report_error(error)
        self.ctx.power_map_edited(self.accounts)


class AddContactCommand(PowerMapCommand):
    """Add a contact (a report, a colleague); undo deletes them, redo brings back the same person."""

    def __init__(self, ctx: PowerMapContext, contact: Contact, text: str) -> None:
        super().__init__(ctx, [contact.account_id], text)
        self.contact = contact
        self.contact_id: int | None = None
        self._removed: RemovedContact | None = None

    def _do(self) -> None:
        if self._removed is None:
            self.contact_id = services.add_contact(self.uow(), self.contact).id
        else:
            services.restore_contact(self.uow(), self._removed)

    def _undo(self) -> None:
        assert self.contact_id is not None
        self._removed = services.delete_contact(self.uow(), self.contact_id)


class EditContactsCommand(PowerMapCommand):
    """Change fields of one or more contacts, and the links of a contact dialog, as one step.

    ``changes`` maps contact ids to ``{field: new value}`` (see
    :func:`domain.powermap.services.update_contact`); ``link_changes`` maps link
    ids to ``{field: new value}``; ``deleted_links`` are removed. All or nothing:
    when one part is refused the parts already done are put back.
    """

    def __init__(
        self,
        ctx: PowerMapContext,
        accounts: Iterable[int],
        changes: Mapping[int, Mapping[str, Any]],
        text: str,
        *,
        link_changes: Mapping[int, Mapping[str, Any]] | None = None,
        deleted_links: Iterable[int] = (),
    ) -> None:
        super().__init__(ctx, accounts, text)
        self.changes = {k: dict(v) for k, v in changes.items() if v}
        self.link_changes = {k: dict(v) for k, v in (link_changes or {}).items() if v}
        self.deleted_links = list(deleted_links)
        self._previous: dict[int, dict[str, Any]] = {}
        self._previous_links: dict[int, dict[str, Any]] = {}
        self._removed_links: list[ContactLink] = []

    def _do(self) -> None:
        uow = self.uow
        self._previous, self._previous_links, self._removed_links = {}, {}, []
        try:
            for contact_id, changes in self.changes.items():
                self._previous[contact_id] = services.update_contact(uow(), contact_id, changes)
            for link_id, changes in self.link_changes.items():
                self._previous_links[link_id] = services.update_link(uow(), link_id, changes)
            for link_id in self.deleted_links:
                self._removed_links.append(services.delete_link(uow(), link_id))
        except DomainError:
            self._undo()
            raise

    def _undo(self) -> None:
        uow = self.uow
        for link in reversed(self._removed_links):
            services.restore_link(uow(), link)
        for link_id, previous in self._previous_links.items():
            services.update_link(uow(), link_id, previous)
        for contact_id, previous in reversed(list(self._previous.items())):
            services.update_contact(uow(), contact_id, previous)


class SetManagersCommand(PowerMapCommand):
    """Make contacts report to new managers (``None``: to nobody), all at once."""

    def __init__(
        self, ctx: PowerMapContext, accounts: Iterable[int], managers: Mapping[int, int | None], text: str
    ) -> None:
        super().__init__(ctx, accounts, text)
        self.managers = dict(managers)
        self._previous: dict[int, int | None] = {}

    def _do(self) -> None:
        self._previous = services.set_managers(self.uow(), self.managers)

    def _undo(self) -> None:
        services.set_managers(self.uow(), self._previous)


class DeleteContactsCommand(PowerMapCommand):
    """Delete contacts; their reports move up to their managers. Undo puts everything back."""

    def __init__(self, ctx: PowerMapContext, accounts: Iterable[int], contact_ids: Iterable[int], text: str) -> None:
        super().__init__(ctx, accounts, text)
        self.contact_ids = list(contact_ids)
        self._removed: list[RemovedContact] = []

    def _do(self) -> None:
        self._removed = []
        try:
            for contact_id in self.contact_ids:
                self._removed.append(services.delete_contact(self.uow(), contact_id))
        except DomainError:
            self._undo()
            raise

    def _undo(self) -> None:
        # Last deleted first: each restore finds the people it names back in place.
        for removed in reversed(self._removed):
            services.restore_contact(self.uow(), removed)
        self._removed = []


class AddLinkCommand(PowerMapCommand):
    """Add an influence or conflict line between two contacts."""

    def __init__(self, ctx: PowerMapContext, accounts: Iterable[int], link: ContactLink, text: str) -> None:
        super().__init__(ctx, accounts, text)
        self.link = link
        self._added: ContactLink | None = None

    def _do(self) -> None:
        if self._added is None:
            self._added = services.add_link(self.uow(), self.link)
        else:
            services.restore_link(self.uow(), self._added)

    def _undo(self) -> None:
        assert self._added is not None
        assert self._added.id is not None
        services.delete_link(self.uow(), self._added.id)


class TakeSnapshotCommand(PowerMapCommand):
    """Keep the account's power map as it stands today; undo removes the snapshot again."""

    def __init__(self, ctx: PowerMapContext, account_id: int, taken_on: date, label: str, text: str) -> None:
        super().__init__(ctx, [account_id], text)
        self.account_id = account_id
        self.taken_on = taken_on
        self.label = label
        self.snapshot: Snapshot | None = None

    def _do(self) -> None:
        if self.snapshot is None:
            self.snapshot = services.take_snapshot(self.uow(), self.account_id, self.taken_on, self.label)
        else:
            services.restore_snapshot(self.uow(), self.snapshot)

    def _undo(self) -> None:
        assert self.snapshot is not None
        assert self.snapshot.id is not None
        services.delete_snapshot(self.uow(), self.snapshot.id)


class DeleteSnapshotsCommand(PowerMapCommand):
    """Delete stored snapshots; undo puts them back with their ids."""

    def __init__(
        self, ctx: PowerMapContext, accounts: Iterable[int], snapshot_ids: Iterable[int], text: str
    ) -> None:
        super().__init__(ctx, accounts, text)
        self.snapshot_ids = list(snapshot_ids)
        self._removed: list[Snapshot] = []

    def _do(self) -> None:
        self._removed = []
        try:
            for snapshot_id in self.snapshot_ids:
                self._removed.append(services.delete_snapshot(self.uow(), snapshot_id))
        except DomainError:
            self._undo()
            raise

    def _undo(self) -> None:
        for snapshot in reversed(self._removed):
            services.restore_snapshot(self.uow(), snapshot)
        self._removed = []
