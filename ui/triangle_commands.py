"""Undo commands of the team and the iron triangles: each calls triangle services.

Like :class:`ui.commands.ServiceCommand`, a command runs its action once in
:meth:`TriangleCommand.apply` *before* it is pushed on the main window's undo
stack, so that a refused action (a role the member lacks, an inactive member,
a bad capacity) is reported and never reaches the stack; ``redo()`` skips that
first run. The windows showing team and triangles load again whenever the
undo stack's index changes, so commands need not tell them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from domain.errors import DomainError
from domain.model import TeamMember, TriangleRole
from domain.ports import UnitOfWork
from domain.triangle import services
from domain.triangle.rules import TriangleSettings
from domain.triangle.services import AssignmentChange, Deactivation


class TriangleContext(Protocol):
    """What the commands need: the store and a way to report a failed undo or redo."""

    def unit_of_work(self) -> UnitOfWork: ...

    def report_error(self, error: DomainError) -> None: ...


class TriangleCommand(QUndoCommand):
    """Base: subclasses define ``_do`` and ``_undo`` with the service calls."""

    _do: Callable[[], None]
    _undo: Callable[[], None]

    def __init__(self, ctx: TriangleContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._first = True

    def uow(self) -> UnitOfWork:
        return self.ctx.unit_of_work()

    def apply(self) -> None:
        """Do the action the first time; raises DomainError if refused (nothing changed then)."""
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
            # The store refused (locked, or a record is gone): drop the command
            # rather than leave the stack claiming a state we lack.
            self.setObsolete(True)
            self.ctx.report_error(error)


class AddMemberCommand(TriangleCommand):
    """Add a team member; undo removes them again, redo brings back the same member (id and key)."""

    def __init__(self, ctx: TriangleContext, member: TeamMember, text: str) -> None:
        super().__init__(ctx, text)
        self.member = member
        self.added: TeamMember | None = None

    def _do(self) -> None:
        if self.added is None:
            self.added = services.add_member(self.uow(), self.member)
        else:
            services.restore_member(self.uow(), self.added)

    def _undo(self) -> None:
        assert self.added is not None
        assert self.added.id is not None
        services.remove_new_member(self.uow(), self.added.id)


class EditMemberCommand(TriangleCommand):
    """Change fields of a member (see :data:`domain.triangle.services.MEMBER_FIELDS`)."""

    def __init__(self, ctx: TriangleContext, member_id: int, changes: Mapping[str, Any], text: str) -> None:
        super().__init__(ctx, text)
        self.member_id = member_id
        self.changes = dict(changes)
        self._previous: dict[str, Any] = {}

    def _do(self) -> None:
        self._previous = services.update_member(self.uow(), self.member_id, self.changes)

    def _undo(self) -> None:
        services.update_member(self.uow(), self.member_id, self._previous)


class DeactivateMemberCommand(TriangleCommand):
    """Mark a member inactive from ``on``, ending their seats; undo gives the seats back."""

    def __init__(self, ctx: TriangleContext, member_id: int, on: date, text: str) -> None:
        super().__init__(ctx, text)
        self.member_id = member_id
        self.on = on
        self._change: Deactivation | None = None

    def _do(self) -> None:
        self._change = services.deactivate(self.uow(), self.member_id, self.on)

    def _undo(self) -> None:
        assert self._change is not None
        services.undo_deactivate(self.uow(), self._change)


class ReactivateMemberCommand(TriangleCommand):
    """Mark a member active again (seats ended earlier stay ended)."""

    def __init__(self, ctx: TriangleContext, member_id: int, text: str) -> None:
        super().__init__(ctx, text)
        self.member_id = member_id
        self._was_active = True

    def _do(self) -> None:
        self._was_active = services.reactivate(self.uow(), self.member_id)

    def _undo(self) -> None:
        if not self._was_active:
            # Nothing was held while inactive, so nothing ends: only the flag goes back.
            services.undo_deactivate(self.uow(), Deactivation(self.member_id, was_active=False))


class AssignCommand(TriangleCommand):
    """Give an account's seat to a member (``None``: leave it empty) from day ``on``."""

    def __init__(
        self, ctx: TriangleContext, account_id: int, role: TriangleRole, member_id: int | None, on: date, text: str
    ) -> None:
        super().__init__(ctx, text)
        self.account_id = account_id
        self.role = role
        self.member_id = member_id
        self.on = on
        self.change: AssignmentChange | None = None

    def _do(self) -> None:
        self.change = services.assign(self.uow(), self.account_id, self.role, self.member_id, self.on)

    def _undo(self) -> None:
        assert self.change is not None
        services.undo_assign(self.uow(), self.change)


class SaveRulesCommand(TriangleCommand):
    """Keep new triangle rules (required roles, tier weights, target split); undo keeps the old ones."""

    def __init__(self, ctx: TriangleContext, settings: TriangleSettings, text: str) -> None:
        super().__init__(ctx, text)
        self.settings = settings
        self._previous: TriangleSettings | None = None

    def _do(self) -> None:
        self._previous = services.save_triangle_settings(self.uow(), self.settings)

    def _undo(self) -> None:
        assert self._previous is not None
        services.save_triangle_settings(self.uow(), self._previous)
