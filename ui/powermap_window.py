"""The power-map window: one account's (or group's) people as an org chart, a
power grid, their relationship coverage and dated snapshots.

It is opened from the main window (Account → Org Chart and Power Map…, Ctrl+G),
one window per account; the "Whole group" toggle shows every account under
it in the customer tree. Every edit is an undo command (see
:mod:`ui.powermap_commands`) pushed on the main window's undo stack, so Edit →
Undo there and Ctrl+Z here undo the same steps. After every change the main
window tells all open power-map windows which accounts changed
(``power_map_changed``), and each window showing one of them loads its map again.

Loading runs in a background task the first time and whenever the map is large,
so that a map of tens of thousands of people never freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QTabWidget, QToolBar, QWidget

from domain.errors import DomainError
from domain.model import Contact, ContactLink, LinkKind, TeamMember
from domain.ports import UnitOfWork
from domain.powermap import PowerMap
from domain.powermap.coverage import CoverageSettings
from domain.powermap.services import (
    list_snapshots,
    load_coverage_settings,
    load_power_map,
    save_coverage_settings,
    team_members,
)
from domain.powermap.snapshot import Snapshot
from ui.contact_dialog import ContactDialog, LinkDialog
from ui.orgchart.widget import OrgChartWidget, PowerGridWidget
from ui.powermap_commands import (
    AddContactCommand,
    AddLinkCommand,
    DeleteContactsCommand,
    DeleteSnapshotsCommand,
    EditContactsCommand,
    PowerMapCommand,
    SetManagersCommand,
    TakeSnapshotCommand,
)
from ui.powermap_panels import CoveragePanel, SnapshotsPanel
from ui.tasks import BackgroundTask

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SYNC_LIMIT = 3000
"""Maps of up to this many people are loaded again on the spot after an edit; larger ones in the background."""


@dataclass
class Loaded:
    """What one load brings: the map, the coverage thresholds and one account's snapshots."""

    power_map: PowerMap
    settings: CoverageSettings
    snapshot_account: int
    snapshots: list[Snapshot] = field(default_factory=list)


def load_window_data(
    uow: Callable[[], UnitOfWork], account_id: int, whole_group: bool, snapshot_account: int
) -> Loaded:
    """Everything the window shows, read in one go (on any thread: each read opens its own unit of work)."""
    power_map = load_power_map(uow(), account_id, whole_group=whole_group)
    if snapshot_account not in power_map.account_names:
        snapshot_account = account_id
    return Loaded(power_map, load_coverage_settings(uow()), snapshot_account,
                  list_snapshots(uow(), snapshot_account))


class PowerMapWindow(QMainWindow):
    """The org chart, power grid, coverage and snapshots of one account (or its group).

    Signals:
    loaded(): a (re)load finished and every tab shows the new data.
    closed(int): the window was closed; the account id.
    """

    loaded = Signal()
    closed = Signal(int)

    ORG, GRID, COVERAGE, SNAPSHOTS = range(4)

    def __init__(self, host: MainWindow, account_id: int, name: str = "", *, whole_group: bool = False) -> None:
        super().__init__(host, Qt.WindowType.Window)
        self.setObjectName("powerMapWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.host = host
        self.account_id = account_id
        self.whole_group = whole_group
        self._name = name
        self.power_map: PowerMap | None = None
        self._by_id: dict[int, Contact] = {}
        self.settings = CoverageSettings()
        self._task: BackgroundTask | None = None
        self._reload_again = False
        self._closing = False
        self._pending_positions: dict[int, tuple[int, int]] = {}
        self._stale_charts: set[int] = set()  # chart tabs still to be drawn (large maps: when shown)
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(0)

        self.org = OrgChartWidget()
        self.grid = PowerGridWidget()
        self.coverage = CoveragePanel()
        self.snapshots = SnapshotsPanel()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.org, "")
        self.tabs.addTab(self.grid, "")
        self.tabs.addTab(self.coverage, "")
        self.tabs.addTab(self.snapshots, "")
        self.setCentralWidget(self.tabs)
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)

        stack = host.undo_stack
        keys = QKeySequence.StandardKey
        self.group_action = QAction(self)
        self.group_action.setObjectName("wholeGroup")
        self.group_action.setCheckable(True)
        self.group_action.setChecked(whole_group)
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence(keys.Undo))
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence(keys.Redo), QKeySequence("Ctrl+Y")])
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.close_action = QAction(self)
        self.close_action.setShortcut(QKeySequence(keys.Close))
        toolbar = QToolBar()
        toolbar.setObjectName("powerMapToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.group_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        self.addToolBar(toolbar)
        self.addAction(self.close_action)

        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._on_undo_text_changed)
        stack.redoTextChanged.connect(self._on_undo_text_changed)
        self.close_action.triggered.connect(self.close)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.group_action.toggled.connect(self._on_whole_group)
        host.power_map_changed.connect(self._on_power_map_changed)
        host.coverage_settings_changed.connect(self._on_coverage_settings_changed)

        org = self.org.scene
        org.manager_change_requested.connect(self._on_manager_change_requested)
        org.detach_requested.connect(self._on_detach_requested)
        org.add_report_requested.connect(self._on_add_report_requested)
        org.add_peer_requested.connect(self._on_add_peer_requested)
        org.link_requested.connect(self._on_link_requested)
        org.edit_requested.connect(self.edit_contact)
        org.delete_requested.connect(self._on_delete_requested)
        grid = self.grid.scene
        grid.position_requested.connect(self._on_position_requested)
        grid.edit_requested.connect(self.edit_contact)
        grid.delete_requested.connect(self._on_delete_requested)
        self._position_timer.timeout.connect(self._flush_positions)
        self.coverage.person_activated.connect(self.show_person)
        self.coverage.settings_save_requested.connect(self.save_coverage_settings)
        self.snapshots.take_requested.connect(self.take_snapshot)
        self.snapshots.delete_requested.connect(self._on_delete_snapshots_requested)
        self.snapshots.account_chosen.connect(self._on_snapshot_account_chosen)

        self.retranslate()
        self.resize(1280, 820)
        geometry = host.settings.value("powermap/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # -- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.tabs.setTabText(self.ORG, self.tr("Org Chart"))
        self.tabs.setTabText(self.GRID, self.tr("Power Grid"))
        self.tabs.setTabText(self.COVERAGE, self.tr("Coverage"))
        self.tabs.setTabText(self.SNAPSHOTS, self.tr("Snapshots"))
        self.group_action.setText(self.tr("Whole Group"))
        self.group_action.setToolTip(self.tr("Show the people of every account under this one in the customer tree"))
        self.close_action.setText(self.tr("Close"))
        self._on_undo_text_changed()
        self._update_title()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def _on_undo_text_changed(self, _text: str = "") -> None:
        stack = self.host.undo_stack
        if not shiboken6.isValid(stack):  # the main window is being destroyed
            return
        self.undo_action.setText(self.tr("Undo %1").replace("%1", stack.undoText()).strip())
        self.redo_action.setText(self.tr("Redo %1").replace("%1", stack.redoText()).strip())

    def _update_title(self) -> None:
        if self.power_map is not None:
            self._name = self.power_map.account_names.get(self.account_id, self._name)
        if self.whole_group:
            title = self.tr("%1 and its group — Org Chart and Power Map")
        else:
            title = self.tr("%1 — Org Chart and Power Map")
        self.setWindowTitle(title.replace("%1", self._name))

    def _update_status(self) -> None:
        if self._task is not None:
            self.status.setText(self.tr("Loading the power map…"))
        elif self.power_map is not None:
            people = len(self.power_map.contacts)
            text = self.tr("%n person(s)", "", people)
            if self.power_map.whole_group:
                accounts = len(self.power_map.account_names)
                text = self.tr("%1 in %n account(s)", "", accounts).replace("%1", text)
            self.status.setText(text)

    # -- loading -------------------------------------------------------------------------------

    def reload(self, *, background: bool = False) -> None:
        """Load the map again and show it; in the background the first time, for a large
        map, or with ``background`` (``loaded`` is emitted when it is shown)."""
        if self._closing:
            return
        if self._task is not None:
            self._reload_again = True
            return
        account_id, whole_group = self.account_id, self.whole_group
        snapshot_account = self.snapshots.account_id or account_id
        small = self.power_map is not None and len(self.power_map.contacts) <= SYNC_LIMIT
        if small and not background:
            try:
                loaded = load_window_data(self.host.unit_of_work, account_id, whole_group, snapshot_account)
            except DomainError as error:
                self._on_load_failed(error)
                return
            self._show(loaded)
            return
        store = self.host.store

        def work(_progress: Callable[[int, int], bool]) -> Loaded:
            return load_window_data(store.unit_of_work, account_id, whole_group, snapshot_account)

        task = BackgroundTask(self, self.tr("Loading the power map…"), work, show_progress=False)
        task.succeeded.connect(self._on_loaded)
        task.failed.connect(self._on_load_failed)
        task.finished.connect(self._on_task_finished)
        self._task = task
        self._update_status()
        task.start()

    @Slot(object)
    def _on_loaded(self, loaded: object) -> None:
        assert isinstance(loaded, Loaded)
        if loaded.power_map.whole_group == self.whole_group:  # else a toggle came meanwhile: loaded again
            self._show(loaded)

    @Slot(object)
    def _on_load_failed(self, error: object) -> None:
        if isinstance(error, DomainError) and error.code == "not_found" and "account_id" in error.params:
            self.close()  # the account was deleted
            return
        if isinstance(error, DomainError):
            self.host.report_error(error)
        else:
            self.host.show_error(self.tr("The power map could not be loaded: %1").replace("%1", str(error)))

    @Slot()
    def _on_task_finished(self) -> None:
        self._task = None
        self._update_status()
        if self._reload_again:
            self._reload_again = False
            self.reload(background=True)

    def _show(self, loaded: Loaded) -> None:
        power_map = loaded.power_map
        self.power_map = power_map
        self._by_id = {c.id: c for c in power_map.contacts if c.id is not None}
        self.settings = loaded.settings
        for chart in (self.org, self.grid):
            chart.scene.set_coverage_settings(loaded.settings)
        today = date.today()
        # A large map is drawn in the chart tab on screen; the other chart follows when shown.
        self._stale_charts = {self.ORG, self.GRID}
        current = self.tabs.currentIndex()
        for tab in (self.ORG, self.GRID):
            if tab == current or len(power_map.contacts) <= SYNC_LIMIT:
                self._draw_chart(tab)
        self.coverage.show_coverage(power_map, loaded.settings, today)
        self.snapshots.set_power_map(power_map, today)
        self.snapshots.set_snapshots(loaded.snapshot_account, loaded.snapshots)
        self._update_title()
        self._update_status()
        self.loaded.emit()

    def _draw_chart(self, tab: int) -> None:
        if tab in self._stale_charts and self.power_map is not None:
            self._stale_charts.discard(tab)
            (self.org if tab == self.ORG else self.grid).set_power_map(self.power_map)

    @Slot(int)
    def _on_tab_changed(self, tab: int) -> None:
        self._draw_chart(tab)

    def shows_account(self, account_id: int) -> bool:
        """True when this account's people are (or are being loaded) in this window."""
        if account_id == self.account_id:
            return True
        return self.power_map is not None and account_id in self.power_map.account_names

    @Slot(list)
    def _on_power_map_changed(self, account_ids: list[int]) -> None:
        if any(self.shows_account(a) for a in account_ids):
            self.reload()

    @Slot()
    def _on_coverage_settings_changed(self) -> None:
        self.reload()

    @Slot(bool)
    def _on_whole_group(self, on: bool) -> None:
        self.whole_group = on
        self._update_title()
        self.reload(background=True)

    # -- people --------------------------------------------------------------------------------

    def contact(self, contact_id: int) -> Contact | None:
        """A person of the map shown (``None`` when not in it)."""
        return self._by_id.get(contact_id)

    def _accounts_of(self, contact_ids: Iterable[int | None]) -> set[int]:
        accounts = {self.account_id}
        for contact_id in contact_ids:
            contact = self.contact(contact_id) if contact_id is not None else None
            if contact is not None:
                accounts.add(contact.account_id)
        return accounts

    @Slot(int)
    def show_person(self, contact_id: int) -> None:
        """Show a person's card in the org chart tab, selected and centred."""
        self.tabs.setCurrentIndex(self.ORG)
        self._draw_chart(self.ORG)
        self.org.scene.select_only([contact_id], centre=True)

    # -- pushing commands ----------------------------------------------------------------------

    def _apply(self, command: PowerMapCommand) -> DomainError | None:
        """Run a command and push it on the main window's undo stack; the error when refused."""
        try:
            command.apply()
        except DomainError as error:
            return error
        self.host.undo_stack.push(command)
        return None

    def _push(self, command: PowerMapCommand) -> bool:
        error = self._apply(command)
        if error is not None:
            self.host.report_error(error)
            return False
        return True

    @classmethod
    def run_dialog(cls, dialog: QDialog) -> bool:
        """Show a dialog of this window and wait (tests replace this); True when accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    @classmethod
    def ask_delete(cls, parent: QWidget, names: list[str]) -> bool:
        """Ask before deleting these people (tests replace this)."""
        if len(names) == 1:
            text = QCoreApplication.translate("PowerMapWindow", "Delete “%1”?").replace("%1", names[0])
        else:
            text = QCoreApplication.translate("PowerMapWindow", "Delete these %1 people?").replace(
                "%1", str(len(names)))
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("PowerMapWindow", "Delete"),
            text + "\n\n" + QCoreApplication.translate(
                "PowerMapWindow", "Their reports move up to their manager. You can undo this."),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _team(self) -> list[TeamMember] | None:
        try:
            return team_members(self.host.unit_of_work())
        except DomainError as error:
            self.host.report_error(error)
            return None

    # -- editing -------------------------------------------------------------------------------

    def change_managers(self, managers: dict[int, int | None]) -> bool:
        """Make contacts report to new managers (``None``: nobody) as one undo step;
        a reporting cycle is refused with a message and nothing is pushed."""
        if not managers:
            return False
        text = self.tr("Detach from manager") if all(m is None for m in managers.values()) \
            else self.tr("Change manager")
        accounts = self._accounts_of([*managers, *managers.values()])
        return self._push(SetManagersCommand(self.host, accounts, managers, text))

    @Slot(list, object)
    def _on_manager_change_requested(self, contact_ids: list[int], manager_id: int) -> None:
        self.change_managers({contact_id: manager_id for contact_id in contact_ids})

    @Slot(list)
    def _on_detach_requested(self, contact_ids: list[int]) -> None:
        self.change_managers({contact_id: None for contact_id in contact_ids})

    @Slot(int)
    def _on_add_report_requested(self, manager_id: int) -> None:
        self.add_contact(manager_id)

    @Slot(int)
    def _on_add_peer_requested(self, contact_id: int) -> None:
        peer = self.contact(contact_id)
        if peer is not None:
            self.add_contact(peer.reports_to_id, like=peer)

    def add_contact(self, manager_id: int | None, *, like: Contact | None = None) -> int | None:
        """Open the contact dialog for a new person reporting to ``manager_id`` (in the
        manager's account and department, or those of ``like``); returns the new id when saved."""
        if self.power_map is None:
            return None
        manager = self.contact(manager_id) if manager_id is not None else None
        model = like or manager
        account_id = model.account_id if model is not None else self.account_id
        department = model.department if model is not None else ""
        template = Contact(account_id=account_id, name="", department=department, reports_to_id=manager_id)
        team = self._team()
        if team is None:
            return None
        added: list[AddContactCommand] = []

        def save(dialog: ContactDialog) -> DomainError | None:
            command = AddContactCommand(self.host, dialog.new_contact(),
                                        self.tr("Add %1").replace("%1", dialog.values()["name"].strip()))
            error = self._apply(command)
            if error is None:
                added.append(command)
            return error

        dialog = ContactDialog(self.power_map, team, template, save, self, new=True)
        self.run_dialog(dialog)
        dialog.deleteLater()
        if not added:
            return None
        contact_id = added[0].contact_id
        if contact_id is not None:
            self.org.scene.select_only([contact_id], centre=True)
        return contact_id

    @Slot(int)
    def edit_contact(self, contact_id: int) -> bool:
        """Open the contact dialog on a person; one undo step per saved dialog. True when saved."""
        contact = self.contact(contact_id)
        if contact is None or self.power_map is None:
            return False
        team = self._team()
        if team is None:
            return False
        saved: list[bool] = []

        def save(dialog: ContactDialog) -> DomainError | None:
            changes = dialog.changes()
            deleted = dialog.deleted_links()
            if changes:
                text = self.tr("Edit %1").replace("%1", contact.name)
            elif deleted and not dialog.link_changes():
                text = self.tr("Delete link")
            else:
                text = self.tr("Edit link")
            links = {k.id: k for k in self.power_map.links} if self.power_map else {}
            ends = [contact_id, changes.get("secondary_manager_id")]
            for link_id in [*deleted, *dialog.link_changes()]:
                link = links.get(link_id)
                if link is not None:
                    ends += [link.source_id, link.target_id]
            command = EditContactsCommand(
                self.host, self._accounts_of(ends), {contact_id: changes} if changes else {}, text,
                link_changes=dialog.link_changes(), deleted_links=deleted,
            )
            error = self._apply(command)
            if error is None:
                saved.append(True)
            return error

        dialog = ContactDialog(self.power_map, team, contact, save, self)
        self.run_dialog(dialog)
        dialog.deleteLater()
        return bool(saved)

    @Slot(list)
    def _on_delete_requested(self, contact_ids: list[int]) -> None:
        self.delete_contacts(contact_ids)

    def delete_contacts(self, contact_ids: list[int]) -> bool:
        """Delete people after asking; their reports move up. One undo step."""
        people = [c for c in (self.contact(i) for i in contact_ids) if c is not None]
        if not people or not self.ask_delete(self, [c.name for c in people]):
            return False
        if len(people) == 1:
            text = self.tr("Delete %1").replace("%1", people[0].name)
        else:
            text = self.tr("Delete %n people", "", len(people))
        ids = [c.id for c in people if c.id is not None]
        return self._push(DeleteContactsCommand(self.host, self._accounts_of(ids), ids, text))

    @Slot(int, int, int)
    def _on_position_requested(self, contact_id: int, influence: int, attitude: int) -> None:
        # One drop asks once per card; gathered here, so that one drop is one undo step.
        self._pending_positions[contact_id] = (influence, attitude)
        self._position_timer.start()

    @Slot()
    def _flush_positions(self) -> None:
        positions, self._pending_positions = self._pending_positions, {}
        self.place_contacts(positions)

    def place_contacts(self, positions: dict[int, tuple[int, int]]) -> bool:
        """Set influence and attitude of people (a drop on the power grid) as one undo step."""
        if not positions:
            return False
        changes = {
            contact_id: {"influence": influence, "attitude": attitude}
            for contact_id, (influence, attitude) in positions.items()
        }
        text = self.tr("Move on the power grid")
        return self._push(EditContactsCommand(self.host, self._accounts_of(changes), changes, text))

    @Slot(int, object)
    def _on_link_requested(self, contact_id: int, kind: LinkKind) -> None:
        self.add_link(contact_id, kind)

    def add_link(self, source_id: int, kind: LinkKind) -> bool:
        """Ask for the other person of a new influence or conflict line from ``source_id`` and add it."""
        if self.power_map is None:
            return False
        dialog = LinkDialog(self.power_map, source_id, kind, self)
        accepted = self.run_dialog(dialog)
        link: ContactLink | None = dialog.new_link() if accepted else None
        dialog.deleteLater()
        if link is None:
            return False
        text = self.tr("Add influence") if kind is LinkKind.INFLUENCE else self.tr("Add conflict")
        accounts = self._accounts_of([link.source_id, link.target_id])
        return self._push(AddLinkCommand(self.host, accounts, link, text))

    # -- snapshots and coverage ----------------------------------------------------------------

    @Slot(int, str)
    def take_snapshot(self, account_id: int, label: str = "") -> bool:
        """Keep the account's power map as it stands today (undoable)."""
        command = TakeSnapshotCommand(self.host, account_id, date.today(), label, self.tr("Take snapshot"))
        return self._push(command)

    @Slot(int, list)
    def _on_delete_snapshots_requested(self, account_id: int, snapshot_ids: list[int]) -> None:
        self.delete_snapshots(account_id, snapshot_ids)

    def delete_snapshots(self, account_id: int, snapshot_ids: list[int]) -> bool:
        """Delete snapshots of an account (undoable)."""
        text = self.tr("Delete %n snapshot(s)", "", len(snapshot_ids))
        return self._push(DeleteSnapshotsCommand(self.host, [account_id], snapshot_ids, text))

    @Slot(int)
    def _on_snapshot_account_chosen(self, account_id: int) -> None:
        try:
            snapshots = list_snapshots(self.host.unit_of_work(), account_id)
        except DomainError as error:
            self.host.report_error(error)
            return
        self.snapshots.set_snapshots(account_id, snapshots)

    @Slot(object)
    def save_coverage_settings(self, settings: CoverageSettings) -> bool:
        """Keep new coverage thresholds; every open power-map window shows them."""
        try:
            save_coverage_settings(self.host.unit_of_work(), settings)
        except DomainError as error:
            self.host.report_error(error)
            return False
        self.host.coverage_settings_changed.emit()
        return True

    # -- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self._position_timer.stop()
        if self._task is not None:
            self._task.stop()
        self.host.settings.setValue("powermap/geometry", self.saveGeometry())
        self.closed.emit(self.account_id)
        super().closeEvent(event)

