"""What the team, iron-triangle and portfolio windows share.

Each is a non-modal window of the main window. Its edits are undo commands
(:mod:`ui.triangle_commands`) pushed on the main window's undo stack, so Edit →
Undo there and Ctrl+Z here undo the same steps. A window loads its data again
whenever that stack's index changes (a push, an undo, a redo, or the stack
cleared when another database is opened) — while it is hidden, when it is next
shown. After an import (the tree is read again, the stack cleared) a window
loads again when it is next activated.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QToolBar

from domain.errors import DomainError
from ui.triangle_commands import TriangleCommand
from ui.triangle_labels import triangle_error_text

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class TriangleWindowBase(QMainWindow):
    """A window over the main window's store with Undo, Redo and Close actions.

    Subclasses hand the base ``load`` (read the data and show it), build their
    widgets, call :meth:`_finish_toolbar` and extend :meth:`retranslate`.

    Signals:
    loaded(): the window shows freshly read data.
    """

    loaded = Signal()

    settings_key = "triangle"

    def __init__(self, host: MainWindow, *, load: Callable[[], None]) -> None:
        super().__init__(host, Qt.WindowType.Window)
        self.host = host
        self._load = load
        self._stale = True
        keys = QKeySequence.StandardKey
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence(keys.Undo))
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence(keys.Redo), QKeySequence("Ctrl+Y")])
        self.close_action = QAction(self)
        self.close_action.setShortcut(QKeySequence(keys.Close))
        self.addAction(self.close_action)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName(f"{self.settings_key}Toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)

        stack = host.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._on_undo_text_changed)
        stack.redoTextChanged.connect(self._on_undo_text_changed)
        stack.indexChanged.connect(self._on_stack_changed)
        self.close_action.triggered.connect(self.close)

    def _finish_toolbar(self) -> None:
        """Put Undo and Redo at the end of the toolbar (after the window's own actions)."""
        if self.toolbar.actions():
            self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        geometry = self.host.settings.value(f"{self.settings_key}/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load again now when shown, else when next shown."""
        if self.isVisible():
            self._stale = False
            self._load()
            self.loaded.emit()
        else:
            self._stale = True

    @Slot(int)
    def _on_stack_changed(self, _index: int) -> None:
        self.refresh()

    def mark_stale(self) -> None:
        """The data may have changed outside the undo stack (an import): load again
        when the window is next activated or shown."""
        self._stale = True

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self._stale:
            self.refresh()
        return super().event(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- commands ------------------------------------------------------------------------------

    def apply(self, command: TriangleCommand) -> DomainError | None:
        """Run a command and push it on the main window's undo stack; the error when refused."""
        try:
            command.apply()
        except DomainError as error:
            return error
        self.host.undo_stack.push(command)
        return None

    def push(self, command: TriangleCommand) -> bool:
        """Run and push a command; a refusal is shown to the user and nothing is pushed."""
        error = self.apply(command)
        if error is not None:
            self.host.show_error(triangle_error_text(error))
            return False
        return True

    def report(self, error: DomainError) -> None:
        self.host.show_error(triangle_error_text(error))

    @classmethod
    def run_dialog(cls, dialog: QDialog) -> bool:
        """Show a dialog of this window and wait (tests replace this); True when accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    # -- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.close_action.setText(QCoreApplication.translate("TriangleWindow", "Close"))
        self._on_undo_text_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def _on_undo_text_changed(self, _text: str = "") -> None:
        stack = self.host.undo_stack
        if not shiboken6.isValid(stack):  # the main window is being destroyed
            return
        undo = QCoreApplication.translate("TriangleWindow", "Undo %1")
        redo = QCoreApplication.translate("TriangleWindow", "Redo %1")
        self.undo_action.setText(undo.replace("%1", stack.undoText()).strip())
        self.redo_action.setText(redo.replace("%1", stack.redoText()).strip())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.host.settings.setValue(f"{self.settings_key}/geometry", self.saveGeometry())
        super().closeEvent(event)
