"""The team window (Team → Team Members…): our people, their iron-triangle
roles, region and capacity; add, edit, deactivate and reactivate, each one
undo step on the main window's stack."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError, ValidationError
from domain.model import TRIANGLE_ROLES, TeamMember
from domain.powermap.services import team_members
from domain.triangle.services import MAX_CAPACITY
from ui.contact_dialog import ERROR_STYLE
from ui.triangle_base import TriangleWindowBase
from ui.triangle_commands import (
    AddMemberCommand,
    DeactivateMemberCommand,
    EditMemberCommand,
    ReactivateMemberCommand,
)
from ui.triangle_labels import role_name, triangle_error_text

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ModelIndex = QModelIndex | QPersistentModelIndex
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TeamTableModel(QAbstractTableModel):
    """The team as a table: name, key, email, AR, SR, FR (checked when the member
    can take the role), region, capacity, active. ``MEMBER_ID_ROLE`` gives a row's
    member id; sorting uses the edit role (numbers as numbers)."""

    NAME, KEY, EMAIL, AR, SR, FR, REGION, CAPACITY, ACTIVE = range(9)
    ROLE_COLUMNS = {AR: TRIANGLE_ROLES[0], SR: TRIANGLE_ROLES[1], FR: TRIANGLE_ROLES[2]}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._members: list[TeamMember] = []
        self._inactive = QBrush(QColor("#8d8d8d"))

    def set_members(self, members: Sequence[TeamMember]) -> None:
        self.beginResetModel()
        self._members = list(members)
        self.endResetModel()

    def members(self) -> list[TeamMember]:
        return list(self._members)

    def member(self, row: int) -> TeamMember | None:
        return self._members[row] if 0 <= row < len(self._members) else None

    def retranslate(self) -> None:
        if self._members:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.ACTIVE)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._members) - 1, self.ACTIVE))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 9

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        member = self._members[index.row()]
        column = index.column()
        if role == MEMBER_ID_ROLE:
            return member.id
        if role == Qt.ItemDataRole.CheckStateRole and column in self.ROLE_COLUMNS:
            held = self.ROLE_COLUMNS[column] in member.roles
            return Qt.CheckState.Checked if held else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not member.active:
            return self._inactive
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.CAPACITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.EditRole:
            values: list[Any] = [
                member.name, member.key, member.email,
                *(int(r in member.roles) for r in TRIANGLE_ROLES),
                member.region, member.capacity, int(member.active),
            ]
            return values[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column in self.ROLE_COLUMNS:
                return None
            if column == self.CAPACITY:
                return f"{member.capacity:g}"
            if column == self.ACTIVE:
                return self.tr("Active") if member.active else self.tr("Inactive")
            return [member.name, member.key, member.email, "", "", "", member.region][column]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            headers = [
                self.tr("Name"), self.tr("Key"), self.tr("Email"), "AR", "SR", "FR",
                self.tr("Region"), self.tr("Capacity"), self.tr("Status"),
            ]
            return headers[section] if 0 <= section < len(headers) else None
        if role == Qt.ItemDataRole.ToolTipRole and section in self.ROLE_COLUMNS:
            return role_name(self.ROLE_COLUMNS[section])
        return None


class MemberDialog(QDialog):
    """Edit a team member (or a new one): name, key, email, roles, region, capacity.

    ``save`` runs the change and returns the error the services raised, or
    ``None`` when it was saved; on an error the dialog shows it under the form
    (the field at fault marked) and stays open.
    """

    def __init__(
        self,
        member: TeamMember,
        save: Callable[[MemberDialog], DomainError | None],
        parent: QWidget | None = None,
        *,
        new: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("memberDialog")
        self.original = member
        self.new = new
        self._save = save
        self.name = QLineEdit(member.name)
        self.key = QLineEdit(member.key)
        self.email = QLineEdit(member.email)
        self.region = QLineEdit(member.region)
        self.role_boxes = {role: QCheckBox(role_name(role)) for role in TRIANGLE_ROLES}
        for role, box in self.role_boxes.items():
            box.setChecked(role in member.roles)
        self.capacity = QDoubleSpinBox()
        self.capacity.setRange(0, MAX_CAPACITY)
        self.capacity.setDecimals(1)
        self.capacity.setValue(member.capacity)
        roles = QWidget()
        roles_layout = QVBoxLayout(roles)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.role_boxes.values():
            roles_layout.addWidget(box)
        self._labels = {name: QLabel() for name in ("name", "key", "email", "roles", "region", "capacity")}
        form = QFormLayout()
        form.addRow(self._labels["name"], self.name)
        form.addRow(self._labels["key"], self.key)
        form.addRow(self._labels["email"], self.email)
        form.addRow(self._labels["roles"], roles)
        form.addRow(self._labels["region"], self.region)
        form.addRow(self._labels["capacity"], self.capacity)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #606060;")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.setMinimumWidth(420)

    def retranslate(self) -> None:
        if self.new:
            self.setWindowTitle(self.tr("New Team Member"))
        else:
            self.setWindowTitle(self.tr("Edit Team Member — %1").replace("%1", self.original.name))
        texts = {
            "name": self.tr("Name:"), "key": self.tr("Key:"), "email": self.tr("Email:"),
            "roles": self.tr("Roles:"), "region": self.tr("Region:"), "capacity": self.tr("Capacity:"),
        }
        for name, label in self._labels.items():
            label.setText(texts[name])
        self.key.setPlaceholderText(self.tr("Given automatically when empty"))
        self.hint.setText(self.tr(
            "Capacity is how many tier-weighted seats the member can carry: a seat on an A account "
            "weighs 3, on a B account 2, on a C account 1 (see the rules in Coverage and Workload)."
        ))

    def values(self) -> dict[str, Any]:
        """The form's values, as :func:`domain.triangle.services.update_member` takes them."""
        return {
            "name": self.name.text(),
            "key": self.key.text(),
            "email": self.email.text().strip(),
            "roles": frozenset(r for r, box in self.role_boxes.items() if box.isChecked()),
            "region": self.region.text(),
            "capacity": float(self.capacity.value()),
        }

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the member as opened."""
        original = self.original
        changed = {}
        for name, value in self.values().items():
            before = getattr(original, name)
            if (value.strip() if isinstance(value, str) else value) != before:
                changed[name] = value
        return changed

    def new_member(self) -> TeamMember:
        return dataclasses.replace(self.original, id=None, **self.values())

    def show_error(self, error: DomainError) -> None:
        field = error.field if isinstance(error, ValidationError) else ("key" if error.code == "duplicate_key" else "")
        for name, label in self._labels.items():
            label.setStyleSheet(ERROR_STYLE if name == field else "")
        self.error.setText(triangle_error_text(error))
        self.error.show()

    def error_text(self) -> str:
        """The error shown under the form ("" when none)."""
        return self.error.text() if not self.error.isHidden() else ""

    def accept(self) -> None:
        if not self.new and not self.changes():
            super().accept()
            return
        error = self._save(self)
        if error is not None:
            self.show_error(error)
            return
        super().accept()


class TeamWindow(TriangleWindowBase):
    """The team table with Add, Edit, Deactivate and Reactivate."""

    settings_key = "team"

    def __init__(self, host: MainWindow) -> None:
        super().__init__(host, load=self.load)
        self.setObjectName("teamWindow")
        self.model = TeamTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.EditRole)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTableView()
        self.view.setObjectName("team")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(TeamTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.show_inactive = QCheckBox()
        self.show_inactive.setChecked(True)
        self.summary = QLabel()

        self.add_action = QAction(self)
        self.add_action.setShortcut("Ctrl+N")
        self.edit_action = QAction(self)
        self.deactivate_action = QAction(self)
        self.reactivate_action = QAction(self)
        for action in (self.add_action, self.edit_action, self.deactivate_action, self.reactivate_action):
            self.toolbar.addAction(action)
        self._finish_toolbar()

        central = QWidget()
        layout = QVBoxLayout(central)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_inactive)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)

        self.add_action.triggered.connect(self.add_member)
        self.edit_action.triggered.connect(self._on_edit)
        self.deactivate_action.triggered.connect(self._on_deactivate)
        self.reactivate_action.triggered.connect(self._on_reactivate)
        self.view.doubleClicked.connect(self._on_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.show_inactive.toggled.connect(self._on_show_inactive)
        self.retranslate()
        self.resize(980, 560)
        self._update_actions()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Team Members"))
        self.add_action.setText(self.tr("Add…"))
        self.add_action.setToolTip(self.tr("Add a team member"))
        self.edit_action.setText(self.tr("Edit…"))
        self.deactivate_action.setText(self.tr("Deactivate"))
        self.deactivate_action.setToolTip(
            self.tr("The member leaves the team: their seats end today and their accounts show the gap")
        )
        self.reactivate_action.setText(self.tr("Reactivate"))
        self.show_inactive.setText(self.tr("Show inactive members"))
        self.model.retranslate()
        self._update_summary()

    # -- data ----------------------------------------------------------------------------------

    def load(self) -> None:
        selected = self.selected_member_id()
        try:
            members = team_members(self.host.unit_of_work())
        except DomainError as error:
            self.report(error)
            return
        if not self.show_inactive.isChecked():
            members = [m for m in members if m.active]
        self.model.set_members(members)
        self.view.resizeColumnsToContents()
        for column in TeamTableModel.ROLE_COLUMNS:
            self.view.setColumnWidth(column, 44)
        self.view.setColumnWidth(TeamTableModel.NAME, max(self.view.columnWidth(TeamTableModel.NAME), 140))
        self.view.setColumnWidth(TeamTableModel.EMAIL, max(self.view.columnWidth(TeamTableModel.EMAIL), 200))
        if selected is not None:
            self.select_member(selected)
        self._update_summary()
        self._update_actions()

    def _update_summary(self) -> None:
        members = self.model.members()
        active = sum(m.active for m in members)
        self.summary.setText(
            self.tr("%1 active, %2 inactive").replace("%1", str(active)).replace("%2", str(len(members) - active))
        )

    def member(self, member_id: int) -> TeamMember | None:
        return next((m for m in self.model.members() if m.id == member_id), None)

    def selected_member_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(MEMBER_ID_ROLE)
        return int(value) if value is not None else None

    def select_member(self, member_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(MEMBER_ID_ROLE) == member_id:
                self.view.selectRow(row)
                self.view.scrollTo(index)
                return

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        member = self.member(self.selected_member_id() or -1)
        self.edit_action.setEnabled(member is not None)
        self.deactivate_action.setEnabled(member is not None and member.active)
        self.reactivate_action.setEnabled(member is not None and not member.active)

    @Slot(bool)
    def _on_show_inactive(self, _on: bool) -> None:
        self.refresh()

    # -- editing -------------------------------------------------------------------------------

    def add_member(self) -> int | None:
        """Open the member dialog for a new member; returns the new id when saved."""
        added: list[AddMemberCommand] = []

        def save(dialog: MemberDialog) -> DomainError | None:
            name = dialog.values()["name"].strip()
            command = AddMemberCommand(self.host, dialog.new_member(), self.tr("Add %1").replace("%1", name))
            error = self.apply(command)
            if error is None:
                added.append(command)
            return error

        dialog = MemberDialog(TeamMember(name=""), save, self, new=True)
        self.run_dialog(dialog)
        dialog.deleteLater()
        if not added or added[0].added is None or added[0].added.id is None:
            return None
        self.select_member(added[0].added.id)
        return added[0].added.id

    def edit_member(self, member_id: int) -> bool:
        """Open the member dialog on a member; one undo step per saved dialog. True when saved."""
        member = self.member(member_id)
        if member is None:
            return False
        saved: list[bool] = []

        def save(dialog: MemberDialog) -> DomainError | None:
            text = self.tr("Edit %1").replace("%1", member.name)
            error = self.apply(EditMemberCommand(self.host, member_id, dialog.changes(), text))
            if error is None:
                saved.append(True)
            return error

        dialog = MemberDialog(member, save, self)
        self.run_dialog(dialog)
        dialog.deleteLater()
        return bool(saved)

    def deactivate_member(self, member_id: int, on: date | None = None) -> bool:
        """Mark a member inactive; the seats they hold end on ``on`` (today). One undo step."""
        member = self.member(member_id)
        if member is None or not member.active:
            return False
        text = self.tr("Deactivate %1").replace("%1", member.name)
        return self.push(DeactivateMemberCommand(self.host, member_id, on or date.today(), text))

    def reactivate_member(self, member_id: int) -> bool:
        member = self.member(member_id)
        if member is None or member.active:
            return False
        text = self.tr("Reactivate %1").replace("%1", member.name)
        return self.push(ReactivateMemberCommand(self.host, member_id, text))

    @Slot()
    def _on_edit(self) -> None:
        member_id = self.selected_member_id()
        if member_id is not None:
            self.edit_member(member_id)

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        value = index.data(MEMBER_ID_ROLE)
        if value is not None:
            self.edit_member(int(value))

    @Slot()
    def _on_deactivate(self) -> None:
        member_id = self.selected_member_id()
        if member_id is not None:
            self.deactivate_member(member_id)

    @Slot()
    def _on_reactivate(self) -> None:
        member_id = self.selected_member_id()
        if member_id is not None:
            self.reactivate_member(member_id)
