"""The main window's account-plan windows: their menu actions, and opening and closing them.

:class:`PlanWindows` keeps the main window's part small: it owns the actions
(Account → Account Plan…, Ctrl+P; Plans → Priorities…, Ctrl+Shift+P), the
"Plans" menu, one :class:`~ui.plan_window.PlanWindow` per account and the one
:class:`~ui.priority_window.PriorityWindow`; and it is the context of plan
commands (the store, the undo stack, errors shown in the user's language).
The windows are imported on first use: start-up does not need them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu

from domain.errors import DomainError
from domain.ports import UnitOfWork
from ui.plan_labels import plan_error_text

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.plan_window import PlanWindow
    from ui.priority_window import PriorityWindow


class PlanWindows(QObject):
    """Opens and tracks the plan windows of one main window."""

    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self.main = main
        self._windows: dict[int, PlanWindow] = {}
        self._priority: PriorityWindow | None = None
        self.plan_action = QAction(main)
        self.plan_action.setObjectName("accountPlan")
        self.plan_action.setShortcut(QKeySequence("Ctrl+P"))
        self.priority_action = QAction(main)
        self.priority_action.setObjectName("planPriorities")
        self.priority_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.menu = QMenu(main)
        self.menu.addAction(self.plan_action)
        self.menu.addAction(self.priority_action)
        self.plan_action.triggered.connect(self._on_plan)
        self.priority_action.triggered.connect(self._on_priorities)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Plans"))
        self.plan_action.setText(self.tr("Account &Plan…"))
        self.plan_action.setToolTip(
            self.tr("The selected account's plan: situation, strategic fit, objectives, actions and risks")
        )
        self.priority_action.setText(self.tr("Plan &Priorities…"))
        self.priority_action.setToolTip(self.tr("Which accounts' plans deserve the team's time first"))

    # -- context of plan commands ------------------------------------------------------------

    @property
    def undo_stack(self) -> QUndoStack:
        return self.main.undo_stack

    def unit_of_work(self) -> UnitOfWork:
        return self.main.unit_of_work()

    def report_error(self, error: DomainError) -> None:
        self.main.show_error(plan_error_text(error))

    # -- windows -------------------------------------------------------------------------------

    def windows(self) -> list[PlanWindow]:
        """The open plan windows."""
        return list(self._windows.values())

    def open_plan(self, account_id: int, plan_id: int | None = None) -> PlanWindow:
        """Show the plan window of an account (one per account; an open one is raised),
        on ``plan_id`` when given."""
        window = self._windows.get(account_id)
        if window is None:
            from ui.plan_window import PlanWindow

            window = PlanWindow(self, account_id)
            window.closed.connect(self._on_closed)
            self._windows[account_id] = window
            window.reload(plan_id)
        elif plan_id is not None:
            window.show_plan(plan_id)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_priorities(self) -> PriorityWindow:
        """Show the plan-priority window (one per main window)."""
        if self._priority is None:
            from ui.priority_window import PriorityWindow

            self._priority = PriorityWindow(self)
            self._priority.closed.connect(self._on_priority_closed)
            self._priority.reload()
        self._priority.show()
        self._priority.raise_()
        self._priority.activateWindow()
        return self._priority

    def close_all(self, *, keep_typing: bool = True) -> None:
        """Close every plan window; without ``keep_typing`` text still being typed is not
        saved (the store it belongs to is being left)."""
        for window in list(self._windows.values()):
            if keep_typing:
                window.close()
            else:
                window.discard_and_close()
        if self._priority is not None:
            self._priority.close()

    @Slot(int)
    def _on_closed(self, account_id: int) -> None:
        self._windows.pop(account_id, None)

    @Slot()
    def _on_priority_closed(self) -> None:
        self._priority = None

    @Slot()
    def _on_plan(self) -> None:
        account_id = self.main.selected_account_id()
        if account_id is not None:
            self.open_plan(account_id)

    @Slot()
    def _on_priorities(self) -> None:
        self.open_priorities()
