"""The main window: customer tree on the left, account details on the right."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QModelIndex,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from domain import services
from domain.demo import load_demo
from domain.errors import DomainError
from domain.exchange.service import export_workbook
from domain.model import Account
from domain.ports import SpreadsheetFiles, Store, UnitOfWork
from ui import i18n
from ui.account_form import AccountForm
from ui.commands import (
    AddAccountCommand,
    DeleteAccountCommand,
    EditAccountCommand,
    MoveAccountCommand,
    ServiceCommand,
    node_of,
)
from ui.exchange_labels import column_headers, sheet_titles
from ui.import_dialog import ImportDialog
from ui.messages import error_text, field_label
from ui.plan_windows import PlanWindows
from ui.tasks import BackgroundTask
from ui.tree_model import AccountTreeModel
from ui.triangle_menus import TriangleMenus

if TYPE_CHECKING:
    from ui.classify_dialog import ClassifyDialog
    from ui.powermap_window import PowerMapWindow

StoreOpener = Callable[[Path, bool], Store]
MAX_RECENT = 8
NOT_CLASSIFIED = "-"  # the tier filter's choice for accounts without a tier

# Expanding a search result loads each visible branch; beyond this many
# visible accounts the user expands by hand.
AUTO_EXPAND_LIMIT = 3000


class AccountTreeView(QTreeView):
    """The customer tree; dropping on the empty area makes a top-level account."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setAllColumnsShowFocus(True)


class MainWindow(QMainWindow):
    """Signals:
    store_changed(): another database was opened in this window.
    language_requested(str): the user chose a language (``system`` or a code).
    power_map_changed(list): people, links or snapshots of these accounts (ids) changed, or the
        accounts themselves did (renamed, moved, deleted); open power-map windows load again.
    coverage_settings_changed(): the coverage thresholds kept with the data changed.
    """

    store_changed = Signal()
    language_requested = Signal(str)
    power_map_changed = Signal(list)
    coverage_settings_changed = Signal()

    def __init__(
        self,
        store: Store,
        settings: QSettings,
        open_store: StoreOpener,
        language_choice: str = i18n.SYSTEM,
        parent: QWidget | None = None,
        *,
        files: SpreadsheetFiles | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.files = files
        self.settings = settings
        self._open_store = open_store
        self._language_choice = language_choice
        self._tasks: list[BackgroundTask] = []
        self._loaded = False
        self.undo_stack = QUndoStack(self)
        self._classify_dialog: ClassifyDialog | None = None
        self._power_map_windows: dict[int, PowerMapWindow] = {}

        self.model = AccountTreeModel(self._load_children, self)
        self.tree = AccountTreeView()
        self.tree.setModel(self.model)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(1, 90)
        self.tree.setColumnWidth(2, 90)
        self.tree.setColumnWidth(3, 44)
        self.tier_filter = QComboBox()
        self.tier_filter.setObjectName("tierFilter")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("search")
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self.form = AccountForm()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.tier_filter)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.tree)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)
        self.counts_label = QLabel()
        self.statusBar().addPermanentWidget(self.counts_label)

        self._create_actions()
        self.plans = PlanWindows(self)
        self._create_menus()
        self.triangle_menus = TriangleMenus(self)  # Team menu, Account → Iron Triangle…

        self.search.textChanged.connect(self._search_timer.start)
        self.tier_filter.currentIndexChanged.connect(self._on_search)
        self._search_timer.timeout.connect(self._on_search)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)
        self.model.rename_requested.connect(self._on_rename_requested)
        self.model.move_requested.connect(self._on_move_requested)
        self.form.edit_requested.connect(self._on_edit_requested)
        self.form.explain_requested.connect(self._on_explain_account)
        self.undo_stack.indexChanged.connect(self._on_undo_index_changed)

        self.setAcceptDrops(self.files is not None)
        self.retranslate()
        self.resize(1200, 760)
        self._restore_state()
        self._load_store()

    # -- store ---------------------------------------------------------------------------------

    def unit_of_work(self) -> UnitOfWork:
        return self.store.unit_of_work()

    def _load_children(
        self, parent_id: int | None, only: frozenset[int] | None, after: tuple[str, int] | None, limit: int | None
    ) -> list[Any]:
        try:
            return services.account_children(self.store.queries(), parent_id, only, after, limit)
        except DomainError as error:
            self.report_error(error)
            return []

    def _load_store(self) -> None:
        self.undo_stack.clear()
        for power_map_window in list(self._power_map_windows.values()):  # they show the store being left
            power_map_window.close()
        self.plans.close_all(keep_typing=False)
        if self._classify_dialog is not None:  # it belongs to the store being left
            self._classify_dialog.close()
            self._classify_dialog.deleteLater()
            self._classify_dialog = None
        self.tier_filter.blockSignals(True)
        self.tier_filter.setCurrentIndex(0)
        self.tier_filter.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.reload()
        self.form.show_account(None)
        self._loaded = True
        self._update_title()
        self._update_counts()
        self._remember_recent(self.store.path)
        if self.store.migration_backup is not None:
            self.statusBar().showMessage(
                self.tr("The database was upgraded; the previous version was saved as %1.").replace(
                    "%1", str(self.store.migration_backup)
                )
            )

    def switch_store(self, store: Store) -> None:
        """Show ``store`` in this window instead of the current one."""
        old, self.store = self.store, store
        old.close()
        self._load_store()
        self.store_changed.emit()

    def _update_title(self) -> None:
        path = self.store.path
        name = path.name if path is not None else self.store.label
        self.setWindowTitle(self.tr("%1 — Account Planner").replace("%1", name))

    def _update_counts(self) -> None:
        try:
            counts = services.store_counts(self.store.queries())
        except DomainError as error:
            self.counts_label.setText(error_text(error))
            return
        self.counts_label.setText(
            self.tr("%1 accounts · %2 contacts · %3 orders · %4 interactions")
            .replace("%1", f"{counts.accounts:,}")
            .replace("%2", f"{counts.contacts:,}")
            .replace("%3", f"{counts.transactions:,}")
            .replace("%4", f"{counts.interactions:,}")
        )

    # -- actions and menus ---------------------------------------------------------------------

    def _action(self, slot: Callable[[], Any], shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _create_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_db_action = self._action(self._on_new_database, QKeySequence(keys.New))
        self.open_db_action = self._action(self._on_open_database, QKeySequence(keys.Open))
        self.backup_action = self._action(self._on_backup, "Ctrl+Shift+B")
        self.import_action = self._action(self._on_import, "Ctrl+I")
        self.export_action = self._action(self._on_export, "Ctrl+E")
        self.review_pack_action = self._action(self._on_export_review_pack)
        self.quit_action = self._action(self.close, QKeySequence(keys.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        # Own actions rather than createUndoAction(): their text must follow
        # the language chosen at run time.
        self.undo_action = self._action(self.undo_stack.undo, QKeySequence(keys.Undo))
        self.redo_action = self._action(self.undo_stack.redo, QKeySequence(keys.Redo))
        self.redo_action.setShortcuts([QKeySequence(keys.Redo), QKeySequence("Ctrl+Y")])
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._on_undo_text_changed)
        self.undo_stack.redoTextChanged.connect(self._on_undo_text_changed)
        self.add_root_action = self._action(lambda: self.add_account(None), "Ctrl+Shift+N")
        self.add_child_action = self._action(self._on_add_child, "Ctrl+Alt+N")
        self.add_sibling_action = self._action(self._on_add_sibling, "Ctrl+Shift+S")
        self.rename_action = self._action(self._on_rename, "F2")
        self.delete_action = self._action(self._on_delete, QKeySequence(keys.Delete))
        self.find_action = self._action(self._on_find, QKeySequence(keys.Find))
        self.collapse_action = self._action(self.tree.collapseAll, "Ctrl+Shift+C")
        self.classify_action = self._action(self._on_classify, "Ctrl+T")
        self.explain_tier_action = self._action(self._on_explain_tier, "Ctrl+Shift+T")
        self.power_map_action = self._action(self._on_power_map, "Ctrl+G")
        self.about_action = self._action(self._on_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        for action in (self.rename_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.tree.addAction(action)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in (i18n.SYSTEM, *i18n.LANGUAGES):
            action = QAction(self)
            action.setCheckable(True)
            action.setChecked(code == self._language_choice)
            action.triggered.connect(lambda _checked=False, c=code: self._on_language_chosen(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addAction(self.new_db_action)
        self.file_menu.addAction(self.open_db_action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_action)
        if self.files is not None:
            self.file_menu.addSeparator()
            self.file_menu.addAction(self.import_action)
            self.file_menu.addAction(self.export_action)
            self.file_menu.addAction(self.review_pack_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        for action in (
            self.add_root_action,
            self.add_child_action,
            self.add_sibling_action,
            self.rename_action,
            self.delete_action,
        ):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.collapse_action)
        self.language_menu = self.view_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.account_menu = bar.addMenu("")
        self.account_menu.addAction(self.power_map_action)
        self.account_menu.addAction(self.plans.plan_action)
        bar.addMenu(self.plans.menu)
        self.tiers_menu = bar.addMenu("")
        self.tiers_menu.addAction(self.classify_action)
        self.tiers_menu.addAction(self.explain_tier_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)
        self._update_edit_actions()

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_db_action.setText(self.tr("&New Database…"))
        self.open_db_action.setText(self.tr("&Open Database…"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.backup_action.setText(self.tr("&Backup…"))
        self.import_action.setText(self.tr("&Import from Excel or CSV…"))
        self.export_action.setText(self.tr("&Export to Excel…"))
        self.review_pack_action.setText(self.tr("Export &Review Pack…"))
        self.review_pack_action.setToolTip(self.tr(
            "A PDF of the selected account for its review: tier, iron triangle, people, plan, revenue and changes"
        ))
        self.quit_action.setText(self.tr("&Quit"))
        self.add_root_action.setText(self.tr("New &Top-Level Account"))
        self.add_child_action.setText(self.tr("New &Sub-Account"))
        self.add_sibling_action.setText(self.tr("New Account at the Same &Level"))
        self.rename_action.setText(self.tr("&Rename"))
        self.delete_action.setText(self.tr("&Delete…"))
        self.find_action.setText(self.tr("&Find Account"))
        self.collapse_action.setText(self.tr("&Collapse All"))
        self.account_menu.setTitle(self.tr("&Account"))
        self.power_map_action.setText(self.tr("&Org Chart and Power Map…"))
        self.power_map_action.setToolTip(
            self.tr("The people of the selected account: org chart, power grid, coverage and snapshots")
        )
        self.tiers_menu.setTitle(self.tr("&Tiers"))
        self.classify_action.setText(self.tr("&Classify Accounts…"))
        self.explain_tier_action.setText(self.tr("&Why This Tier?"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions[i18n.SYSTEM].setText(self.tr("System Default"))
        self.language_actions["zh_CN"].setText("简体中文")
        self.language_actions["en"].setText("English")
        self.about_action.setText(self.tr("&About Account Planner"))
        self.search.setPlaceholderText(self.tr("Search by name, key or industry"))
        self._fill_tier_filter()
        self._retranslate_undo_prefixes()
        self.plans.retranslate()
        self.model.retranslate()
        if self._loaded:
            self._update_title()
            self._update_counts()

    @Slot(str)
    def _on_undo_text_changed(self, _text: str) -> None:
        self._retranslate_undo_prefixes()

    def _retranslate_undo_prefixes(self) -> None:
        if not shiboken6.isValid(self.undo_stack):  # the window is being destroyed
            return
        # QUndoStack builds "Undo <text>" itself; refresh it in the new language.
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", self.undo_stack.undoText()).strip())
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", self.undo_stack.redoText()).strip())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- selection and details -----------------------------------------------------------------

    def selected_account_id(self) -> int | None:
        indexes = self.tree.selectionModel().selectedRows(0)
        return self.model.account_id(indexes[0]) if indexes else None

    def select_account(self, account_id: int) -> None:
        index = self.model.index_of(account_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._refresh_form()
        self._update_edit_actions()

    def _refresh_form(self) -> None:
        account_id = self.selected_account_id()
        if account_id is None:
            self.form.show_account(None)
            return
        try:
            account = services.get_account(self.unit_of_work(), account_id)
            rollup = services.account_rollup(self.unit_of_work(), account_id)
        except DomainError as error:
            self.report_error(error)
            self.form.show_account(None)
            return
        self.form.show_account(account, rollup, self._path_text(account_id))

    def _path_text(self, account_id: int) -> str:
        names: list[str] = []
        parent = self.model.parent_id(account_id)
        while parent is not None:
            index = self.model.index_of(parent)
            names.append(str(self.model.data(index)))
            parent = self.model.parent_id(parent)
        return " › ".join(reversed(names))

    def _update_edit_actions(self) -> None:
        has = self.selected_account_id() is not None
        for action in (
            self.add_child_action,
            self.add_sibling_action,
            self.rename_action,
            self.delete_action,
            self.explain_tier_action,
            self.power_map_action,
            self.review_pack_action,
            self.plans.plan_action,
        ):
            action.setEnabled(has)

    # -- edit context for undo commands -------------------------------------------------------

    def account_added(self, account: Account, child_count: int = 0) -> None:
        self.model.on_account_added(node_of(account, child_count))
        self._update_counts()
        self._accounts_changed(account.id, account.parent_id)

    def account_changed(self, account: Account) -> None:
        self.model.on_account_changed(node_of(account))
        if account.id == self.selected_account_id():
            self._refresh_form()
        self._accounts_changed(account.id)

    def account_removed(self, account_id: int, lifted: bool) -> None:
        self.model.on_account_removed(account_id, lifted)
        self._update_counts()
        self._accounts_changed(account_id)

    def account_moved(self, account_id: int, new_parent_id: int | None) -> None:
        self.model.on_account_moved(account_id, new_parent_id)
        if new_parent_id is not None:
            self.tree.expand(self.model.index_of(new_parent_id))
        self.select_account(account_id)
        self._accounts_changed(account_id, new_parent_id)

    def _accounts_changed(self, *account_ids: int | None) -> None:
        if self._power_map_windows:
            self.power_map_changed.emit([a for a in account_ids if a is not None])

    def power_map_edited(self, account_ids: Collection[int]) -> None:
        """People, links or snapshots of these accounts changed (a power-map command ran)."""
        self._update_counts()
        self.power_map_changed.emit(sorted(account_ids))

    def report_error(self, error: DomainError) -> None:
        self.show_error(error_text(error))

    def show_error(self, message: str) -> None:
        """Tell the user something went wrong (tests replace this)."""
        QMessageBox.warning(self, self.tr("Account Planner"), message)

    def _push(self, command: ServiceCommand) -> bool:
        try:
            command.apply()
        except DomainError as error:
            self.report_error(error)
            return False
        self.undo_stack.push(command)
        return True

    @Slot(int)
    def _on_undo_index_changed(self, _index: int) -> None:
        self._refresh_form()

    # -- editing -------------------------------------------------------------------------------

    def add_account(self, parent_id: int | None, name: str | None = None, *, edit: bool = True) -> int | None:
        """Add an account under ``parent_id`` and (by default) start renaming it."""
        command = AddAccountCommand(self, name or self.tr("New account"), parent_id, self.tr("Add account"))
        if not self._push(command):
            return None
        if parent_id is not None:
            self.tree.expand(self.model.index_of(parent_id))
        assert command.account_id is not None
        self.select_account(command.account_id)
        if edit:
            self.tree.edit(self.model.index_of(command.account_id))
        return command.account_id

    def rename_account(self, account_id: int, name: str) -> bool:
        return self._push(EditAccountCommand(self, account_id, "name", name, self.tr("Rename account")))

    def move_account(self, account_id: int, new_parent_id: int | None) -> bool:
        return self._push(MoveAccountCommand(self, account_id, new_parent_id, self.tr("Move account")))

    def delete_account(self, account_id: int, lift_children: bool) -> bool:
        return self._push(DeleteAccountCommand(self, account_id, lift_children, self.tr("Delete account")))

    @Slot(int, str)
    def _on_rename_requested(self, account_id: int, name: str) -> None:
        self.rename_account(account_id, name)

    @Slot(int, object)
    def _on_move_requested(self, account_id: int, new_parent_id: int | None) -> None:
        if self.model.parent_id(account_id) == new_parent_id and self.model.index_of(account_id).isValid():
            return
        self.move_account(account_id, new_parent_id)

    @Slot(int, str, object)
    def _on_edit_requested(self, account_id: int, field: str, value: object) -> None:
        text = self.tr("Change %1").replace("%1", field_label(field))
        if not self._push(EditAccountCommand(self, account_id, field, value, text)):
            self.form.revert_field(field)

    def _on_add_child(self) -> None:
        account_id = self.selected_account_id()
        if account_id is not None:
            self.add_account(account_id)

    def _on_add_sibling(self) -> None:
        account_id = self.selected_account_id()
        if account_id is not None:
            self.add_account(self.model.parent_id(account_id))

    def _on_rename(self) -> None:
        account_id = self.selected_account_id()
        if account_id is not None:
            self.tree.edit(self.model.index_of(account_id))

    def _on_delete(self) -> None:
        account_id = self.selected_account_id()
        if account_id is None:
            return
        index = self.model.index_of(account_id)
        name = str(self.model.data(index))
        has_children = self.model.hasChildren(index)
        choice = self.ask_delete_mode(self, name, has_children)
        if choice is not None:
            self.delete_account(account_id, lift_children=choice == "lift")

    @classmethod
    def ask_delete_mode(cls, parent: QWidget, name: str, has_children: bool) -> str | None:
        """Ask how to delete: ``"subtree"``, ``"lift"`` or ``None`` to cancel."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("MainWindow", "Delete account"))
        if has_children:
            box.setText(
                QCoreApplication.translate("MainWindow", "“%1” has sub-accounts. What should happen to them?").replace(
                    "%1", name
                )
            )
            box.setInformativeText(
                QCoreApplication.translate(
                    "MainWindow",
                    "Contacts, orders and interactions of deleted accounts are deleted too. You can undo this.",
                )
            )
            subtree = box.addButton(
                QCoreApplication.translate("MainWindow", "Delete Everything Below Too"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            lift = box.addButton(
                QCoreApplication.translate("MainWindow", "Move Sub-Accounts Up a Level"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        else:
            box.setText(
                QCoreApplication.translate(
                    "MainWindow", "Delete “%1” with its contacts, orders and interactions?"
                ).replace("%1", name)
            )
            box.setInformativeText(QCoreApplication.translate("MainWindow", "You can undo this."))
            subtree = box.addButton(
                QCoreApplication.translate("MainWindow", "Delete"), QMessageBox.ButtonRole.DestructiveRole
            )
            lift = None
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is subtree:
            return "subtree"
        if lift is not None and clicked is lift:
            return "lift"
        return None

    @Slot(QPoint)
    def _on_context_menu(self, point: QPoint) -> None:
        index = self.tree.indexAt(point)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        else:
            self.tree.clearSelection()
        menu = self.tree_menu(index.isValid())
        menu.exec(self.tree.viewport().mapToGlobal(point))
        menu.deleteLater()

    def tree_menu(self, on_account: bool) -> QMenu:
        """The customer tree's right-click menu, on an account or on the empty area."""
        menu = QMenu(self)
        if on_account:
            menu.addAction(self.add_child_action)
            menu.addAction(self.add_sibling_action)
            menu.addSeparator()
            menu.addAction(self.rename_action)
            menu.addAction(self.delete_action)
            menu.addSeparator()
            menu.addAction(self.power_map_action)
            menu.addAction(self.triangle_menus.triangle_action)
            menu.addAction(self.plans.plan_action)
        else:
            menu.addAction(self.add_root_action)
        return menu

    # -- search --------------------------------------------------------------------------------

    def _on_find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @Slot()
    def _on_search(self) -> None:
        self.apply_search(self.search.text())

    def apply_search(self, text: str) -> None:
        """Show only accounts matching ``text`` (and the tier filter) and their ancestors."""
        selected = self.selected_account_id()
        choice = self.tier_filter.currentData()
        tiers = None if not choice else ((None,) if choice == NOT_CLASSIFIED else (choice,))
        if not text.strip() and tiers is None:
            self.model.reload()
            self.statusBar().clearMessage()
        else:
            try:
                matches, visible = services.search_accounts(self.store.queries(), text, tiers)
            except DomainError as error:
                self.report_error(error)
                return
            self.model.reload(visible, matches)
            if len(visible) <= AUTO_EXPAND_LIMIT:
                self._expand_loaded_all()
            self.statusBar().showMessage(self.tr("%n account(s) found", "", len(matches)))
        if selected is not None:
            self.select_account(selected)
        self._refresh_form()  # a reset model keeps no selection: show what is selected now

    # -- tiers ---------------------------------------------------------------------------------

    def classify_dialog(self) -> ClassifyDialog:
        """The tier classification window (one per store, opened on demand)."""
        if self._classify_dialog is None:
            # Imported on first use: the charts bring matplotlib, which start-up does not need.
            from ui.classify_dialog import ClassifyDialog

            dialog = ClassifyDialog(self.store, self)
            dialog.applied.connect(self._on_tiers_changed)
            dialog.overrides_changed.connect(self._on_tiers_changed)
            self._classify_dialog = dialog
        return self._classify_dialog

    def _on_classify(self) -> None:
        dialog = self.classify_dialog()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.refresh()

    # -- power map -----------------------------------------------------------------------------

    def power_map_windows(self) -> list[PowerMapWindow]:
        """The open power-map windows."""
        return list(self._power_map_windows.values())

    def open_power_map(self, account_id: int, *, whole_group: bool = False) -> PowerMapWindow:
        """Show the power-map window of an account (one per account; an open one is raised)."""
        window = self._power_map_windows.get(account_id)
        if window is None:
            # Imported on first use: start-up does not need the charts.
            from ui.powermap_window import PowerMapWindow

            name = str(self.model.data(self.model.index_of(account_id)) or "")
            window = PowerMapWindow(self, account_id, name, whole_group=whole_group)
            window.closed.connect(self._on_power_map_closed)
            self._power_map_windows[account_id] = window
            window.reload(background=True)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    @Slot(int)
    def _on_power_map_closed(self, account_id: int) -> None:
        self._power_map_windows.pop(account_id, None)

    def _on_power_map(self) -> None:
        account_id = self.selected_account_id()
        if account_id is not None:
            self.open_power_map(account_id)

    def _on_explain_tier(self) -> None:
        self._on_explain_account(self.selected_account_id())

    def _on_explain_account(self, account_id: int | None) -> None:
        # With groups rolled up, a subsidiary is explained through its group.
        while account_id is not None and self._roll_up_groups() and self.model.parent_id(account_id) is not None:
            account_id = self.model.parent_id(account_id)
        dialog = self.classify_dialog()
        dialog.focus_account(account_id)
        self._on_classify()

    def _roll_up_groups(self) -> bool:
        dialog = self.classify_dialog()
        try:
            return dialog.editor.settings().roll_up_groups
        except DomainError:
            return False

    @Slot()
    def _on_tiers_changed(self) -> None:
        """Tiers were applied or set by hand: show them in the tree and the form."""
        self.apply_search(self.search.text())
        self._refresh_form()

    def _fill_tier_filter(self) -> None:
        """The tier filter's choices in the current language, keeping the choice."""
        current = self.tier_filter.currentIndex()
        self.tier_filter.blockSignals(True)
        self.tier_filter.clear()
        self.tier_filter.addItem(self.tr("All tiers"), "")
        for tier in ("A", "B", "C", "D"):
            self.tier_filter.addItem(self.tr("Tier %1").replace("%1", tier), tier)
        self.tier_filter.addItem(self.tr("Not classified"), NOT_CLASSIFIED)
        self.tier_filter.setCurrentIndex(max(current, 0))
        self.tier_filter.blockSignals(False)
        self.tier_filter.setToolTip(self.tr("Show only accounts of this tier"))

    def _expand_loaded_all(self) -> None:
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            if self.model.canFetchMore(parent):
                self.model.fetchMore(parent)
            for row in range(self.model.rowCount(parent)):
                child = self.model.index(row, 0, parent)
                if self.model.hasChildren(child):
                    self.tree.expand(child)
                    stack.append(child)

    # -- files ---------------------------------------------------------------------------------

    def _on_new_database(self) -> None:
        path = self.ask_new_database_path(self)
        if path is None:
            return
        if path.exists():
            self.show_error(
                self.tr("%1 exists already. Choose another name, or use Open Database.").replace("%1", str(path))
            )
            return
        self.open_database(path, create=True)

    def _on_open_database(self) -> None:
        path = self.ask_open_database_path(self)
        if path is not None:
            self.open_database(path, create=False)

    def open_database(self, path: Path, *, create: bool = False) -> bool:
        try:
            store = self._open_store(path, create)
        except DomainError as error:
            self.report_error(error)
            return False
        self.switch_store(store)
        return True

    @classmethod
    def ask_new_database_path(cls, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("MainWindow", "New Database"),
            str(Path.home() / "accounts.sqlite"),
            QCoreApplication.translate("MainWindow", "Account Planner databases (*.sqlite *.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return Path(name) if name else None

    @classmethod
    def ask_open_database_path(cls, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("MainWindow", "Open Database"),
            str(Path.home()),
            QCoreApplication.translate("MainWindow", "Account Planner databases (*.sqlite *.db);;All files (*)"),
        )
        return Path(name) if name else None

    @classmethod
    def ask_backup_path(cls, parent: QWidget, suggestion: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("MainWindow", "Back Up Database"),
            str(suggestion),
            QCoreApplication.translate("MainWindow", "Account Planner databases (*.sqlite)"),
        )
        return Path(name) if name else None

    def _on_backup(self) -> None:
        source = self.store.path
        if source is None:
            self.show_error(self.tr("Only database files can be backed up here."))
            return
        suggestion = source.with_name(f"{source.stem}-backup-{date.today():%Y%m%d}.sqlite")
        target = self.ask_backup_path(self, suggestion)
        if target is None:
            return
        if target.resolve() == source.resolve():
            self.show_error(self.tr("Choose another file: a backup cannot replace the database itself."))
            return
        try:
            self.store.backup_to(target)
        except DomainError as error:
            self.report_error(error)
            return
        self.statusBar().showMessage(self.tr("Backup saved to %1.").replace("%1", str(target)), 10000)

    def recent_databases(self) -> list[str]:
        value = self.settings.value("database/recent", [])
        if isinstance(value, str):  # QSettings gives a lone entry as a string
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _remember_recent(self, path: Path | None) -> None:
        if path is None:
            return
        text = str(path)
        recent = [p for p in self.recent_databases() if p != text]
        self.settings.setValue("database/recent", [text, *recent][:MAX_RECENT])
        self.settings.setValue("database/last", text)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.recent_databases() if p != str(self.store.path)]
        for number, text in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {text}")
            action.triggered.connect(lambda _checked=False, p=text: self.open_database(Path(p)))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No other recent databases"))
            empty.setEnabled(False)

    # -- Excel import and export --------------------------------------------------------------

    IMPORT_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt")

    def _on_import(self) -> None:
        path = self.ask_import_path(self)
        if path is not None:
            self.open_import(path)

    def open_import(self, path: Path) -> ImportDialog:
        """Show the import preview for ``path`` (File → Import…, or a dropped file)."""
        assert self.files is not None
        dialog = ImportDialog(path, self.store, self.files, self.settings, self)
        dialog.imported.connect(self._on_imported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.start()
        return dialog

    @Slot()
    def _on_imported(self) -> None:
        # Records changed underneath the commands on the stack: start afresh.
        self.undo_stack.clear()
        self._load_store()
        self.statusBar().showMessage(self.tr("Import finished."), 10000)

    def _on_export(self) -> BackgroundTask | None:
        path = self.ask_export_path(self)
        return self.export_to(path) if path is not None else None

    def export_to(self, path: Path) -> BackgroundTask:
        """Write the whole portfolio to ``path`` in the background."""
        assert self.files is not None
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        store, files = self.store, self.files
        titles, headers = sheet_titles(), column_headers()

        def work(progress: Callable[[int, int], bool]) -> object:
            return export_workbook(store.unit_of_work(), files, path, titles, headers, progress)

        task = BackgroundTask(self, self.tr("Exporting to %1…").replace("%1", path.name), work)
        task.succeeded.connect(
            lambda _r: self.statusBar().showMessage(self.tr("Exported to %1.").replace("%1", str(path)), 10000)
        )
        task.failed.connect(self._on_task_failed)
        task.finished.connect(lambda: self._tasks.remove(task))
        self._tasks.append(task)
        task.start()
        return task

    def _on_export_review_pack(self) -> BackgroundTask | None:
        """File → Export Review Pack…: the selected account's review PDF and workbook, in the background."""
        from ui.review.dialog import export_review_pack

        account_id = self.selected_account_id()
        if account_id is None or self.files is None:
            return None
        try:
            task = export_review_pack(self, self.store, self.files, account_id, self.statusBar().showMessage)
        except DomainError as error:  # the account was deleted meanwhile
            self.report_error(error)
            return None
        if task is not None:
            task.failed.connect(self._on_task_failed)
            task.finished.connect(lambda: self._tasks.remove(task))
            self._tasks.append(task)
            task.start()
        return task

    @classmethod
    def ask_import_path(cls, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("MainWindow", "Import"),
            str(Path.home()),
            QCoreApplication.translate("MainWindow", "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)"),
        )
        return Path(name) if name else None

    @classmethod
    def ask_export_path(cls, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("MainWindow", "Export to Excel"),
            str(Path.home() / f"accounts-{date.today():%Y%m%d}.xlsx"),
            QCoreApplication.translate("MainWindow", "Excel workbooks (*.xlsx)"),
        )
        return Path(name) if name else None

    def _dropped_file(self, event: QDropEvent | QDragEnterEvent) -> Path | None:
        if self.files is None or not event.mimeData().hasUrls():
            return None
        for url in event.mimeData().urls():
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in self.IMPORT_SUFFIXES:
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.open_import(path)

    # -- demo portfolio ------------------------------------------------------------------------

    def offer_demo(self) -> None:
        """On a first start with an empty database, offer the demo portfolio."""
        self.settings.setValue("demo/offered", True)
        if self.ask_load_demo(self):
            self.load_demo_portfolio()

    @classmethod
    def ask_load_demo(cls, parent: QWidget) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("MainWindow", "Welcome to Account Planner"),
            QCoreApplication.translate(
                "MainWindow",
                "Your database is empty. Load a demo portfolio of 300 customer accounts, with "
                "contacts, orders and interactions, to try the program? You can open a new, empty "
                "database at any time from the File menu.",
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def load_demo_portfolio(self, accounts: int = 300, seed: int = 1) -> BackgroundTask:
        """Load the demo portfolio in the background; the tree refreshes when done."""
        store = self.store

        def work(progress: Callable[[int, int], bool]) -> object:
            return load_demo(store.unit_of_work(), accounts, seed, progress=progress)

        task = BackgroundTask(self, self.tr("Loading the demo portfolio…"), work)
        task.succeeded.connect(lambda _result: self._load_store())
        task.failed.connect(self._on_task_failed)
        task.finished.connect(lambda: self._tasks.remove(task))
        self._tasks.append(task)
        task.start()
        return task

    @Slot(object)
    def _on_task_failed(self, error: object) -> None:
        if isinstance(error, DomainError):
            self.report_error(error)
        else:
            self.show_error(self.tr("Something went wrong: %1").replace("%1", str(error)))

    # -- language, about, state ----------------------------------------------------------------

    def _on_language_chosen(self, code: str) -> None:
        self._language_choice = code
        self.settings.setValue("ui/language", code)
        self.language_requested.emit(code)

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Account Planner"),
            self.tr(
                "<h3>Account Planner 0.1</h3><p>Key account planning on your own computer: "
                "customer trees with roll-ups, and Excel import and export.</p><p>Your data is stored in %1.</p>"
            ).replace("%1", self.store.label),
        )

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._classify_dialog is not None:
            self._classify_dialog.stop_tasks()
        for power_map_window in list(self._power_map_windows.values()):
            power_map_window.close()
        self.plans.close_all()
        for task in list(self._tasks):
            task.cancel()
        self.save_state()
        super().closeEvent(event)
