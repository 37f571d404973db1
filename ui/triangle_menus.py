"""The main window's entries for the team and the iron triangles.

Account → Iron Triangle… (Ctrl+Shift+I), Team → Team Members… (Ctrl+Shift+M)
and Team → Coverage and Workload… (Ctrl+Shift+W). Kept apart from
:mod:`ui.main_window` so that the main window only creates this object; the
windows are built on first use (the portfolio window brings matplotlib) and
live as long as the main window, one of each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from ui.iron_triangle_window import IronTriangleWindow
    from ui.main_window import MainWindow
    from ui.portfolio_window import PortfolioWindow
    from ui.team_window import TeamWindow
    from ui.triangle_base import TriangleWindowBase


class TriangleMenus(QObject):
    """Adds the Team menu and Account → Iron Triangle… to ``host`` and opens their windows."""

    def __init__(self, host: MainWindow) -> None:
        super().__init__(host)
        self.host = host
        self.team_window: TeamWindow | None = None
        self.triangle_window: IronTriangleWindow | None = None
        self.portfolio_window: PortfolioWindow | None = None

        self.triangle_action = QAction(host)
        self.triangle_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.team_action = QAction(host)
        self.team_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.portfolio_action = QAction(host)
        self.portfolio_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        host.account_menu.addAction(self.triangle_action)
        self.menu = QMenu(host)
        self.menu.addAction(self.team_action)
        self.menu.addAction(self.portfolio_action)
        host.menuBar().insertMenu(host.help_menu.menuAction(), self.menu)

        self.triangle_action.triggered.connect(self.open_triangle)
        self.team_action.triggered.connect(self.open_team)
        self.portfolio_action.triggered.connect(self.open_portfolio)
        host.tree.selectionModel().selectionChanged.connect(self._on_selection_changed)
        host.store_changed.connect(self._on_store_changed)
        host.model.modelReset.connect(self._on_tree_reset)
        host.installEventFilter(self)
        self.retranslate()
        self._update_actions()

    def retranslate(self) -> None:
        self.triangle_action.setText(self.tr("&Iron Triangle…"))
        self.triangle_action.setToolTip(
            self.tr("The AR, SR and FR seats of the selected account, who holds them and since when")
        )
        self.menu.setTitle(self.tr("Tea&m"))
        self.team_action.setText(self.tr("&Team Members…"))
        self.portfolio_action.setText(self.tr("&Coverage and Workload…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        self.triangle_action.setEnabled(
            self.host.selected_account_id() is not None or self.triangle_window is not None
        )

    # -- windows -------------------------------------------------------------------------------

    def open_team(self) -> TeamWindow:
        if self.team_window is None:
            from ui.team_window import TeamWindow

            self.team_window = TeamWindow(self.host)
        self._raise(self.team_window)
        return self.team_window

    def open_triangle(self) -> IronTriangleWindow:
        if self.triangle_window is None:
            from ui.iron_triangle_window import IronTriangleWindow

            self.triangle_window = IronTriangleWindow(self.host)
        else:
            self.triangle_window.set_account(self.host.selected_account_id() or self.triangle_window.account_id)
        self._raise(self.triangle_window)
        return self.triangle_window

    def open_portfolio(self) -> PortfolioWindow:
        if self.portfolio_window is None:
            from ui.portfolio_window import PortfolioWindow

            self.portfolio_window = PortfolioWindow(self.host)
        self._raise(self.portfolio_window)
        return self.portfolio_window

    def windows(self) -> list[TriangleWindowBase]:
        """The team, iron-triangle and portfolio windows created so far."""
        found = (self.team_window, self.triangle_window, self.portfolio_window)
        return [w for w in found if w is not None]

    @Slot()
    def _on_store_changed(self) -> None:
        for window in self.windows():
            window.refresh()
        if self.triangle_window is not None:  # its account belonged to the database left
            self.triangle_window.set_account(self.host.selected_account_id())

    @Slot()
    def _on_tree_reset(self) -> None:
        # The tree is read again after a search, an import or a database switch;
        # only the last two change what these windows show, and they say nothing
        # else, so the windows read again when next activated.
        for window in self.windows():
            window.mark_stale()

    @staticmethod
    def _raise(window: QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()
