"""The iron-triangle window (Account → Iron Triangle…): the selected account's
three seats — AR account manager, SR solution manager, FR delivery manager —
with their holders, the seats the account's tier requires, and the history of
who held each seat when.

The window follows the selection in the customer tree. A seat is given by
choosing a member in its picker (active members who can take the role) or by
dragging a member from the team list onto it; each change is one undo step on
the main window's stack. A member who cannot take the seat is refused with a
message and nothing is pushed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QDate,
    QItemSelection,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError
from domain.model import TRIANGLE_ROLES, Assignment, TeamMember, TriangleRole
from domain.powermap.services import team_members
from domain.triangle.rules import TriangleSettings
from domain.triangle.services import (
    IronTriangle,
    account_names,
    assignment_history,
    load_triangle_settings,
    triangle,
)
from ui.table_model import RowsModel
from ui.tier_labels import tier_name
from ui.triangle_base import TriangleWindowBase
from ui.triangle_commands import AssignCommand
from ui.triangle_labels import role_name, roles_text

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ModelIndex = QModelIndex | QPersistentModelIndex
MEMBER_MIME = "application/x-account-planner-team-member"
"""Drag data of a team member: the member id as ASCII digits."""

MISSING_STYLE = "QFrame#seat { border: 2px solid #b00020; border-radius: 6px; background: #fff4f4; }"
HELD_STYLE = "QFrame#seat { border: 1px solid #a0a0a0; border-radius: 6px; background: #f7f9fc; }"
OPTIONAL_STYLE = "QFrame#seat { border: 1px dashed #b0b0b0; border-radius: 6px; }"


def member_mime(member_id: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(MEMBER_MIME, QByteArray(str(member_id).encode("ascii")))
    return mime


def member_from_mime(mime: QMimeData) -> int | None:
    if not mime.hasFormat(MEMBER_MIME):
        return None
    text = bytes(mime.data(MEMBER_MIME).data()).decode("ascii", "replace")
    return int(text) if text.isdigit() else None


class TeamListModel(QAbstractListModel):
    """Active members, draggable onto a seat: "Name — AR, SR · region"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._members: list[TeamMember] = []

    def set_members(self, members: Sequence[TeamMember]) -> None:
        self.beginResetModel()
        self._members = [m for m in members if m.active]
        self.endResetModel()

    def member(self, row: int) -> TeamMember | None:
        return self._members[row] if 0 <= row < len(self._members) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._members)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        member = self.member(index.row()) if index.isValid() else None
        if member is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{member.name} — {roles_text(member.roles)}"
            return f"{text} · {member.region}" if member.region else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(role_name(r) for r in TRIANGLE_ROLES if r in member.roles)
        if role == Qt.ItemDataRole.UserRole:
            return member.id
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [MEMBER_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        member = self.member(indexes[0].row()) if indexes else None
        if member is None or member.id is None:
            return QMimeData()
        return member_mime(member.id)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class SeatCard(QFrame):
    """One seat: the role, whether the tier requires it, its holder and a picker;
    a team member dropped on it asks to take the seat.

    Signals:
    assign_requested(object, object): (role, member id or ``None`` to leave it empty).
    """

    assign_requested = Signal(object, object)

    def __init__(self, role: TriangleRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seat")
        self.role = role
        self.setAcceptDrops(True)
        self.setMinimumWidth(230)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.badge = QLabel()
        self.holder = QLabel()
        self.holder.setWordWrap(True)
        holder_font = self.holder.font()
        holder_font.setPointSizeF(holder_font.pointSizeF() * 1.1)
        self.holder.setFont(holder_font)
        self.since = QLabel()
        self.since.setStyleSheet("color: #606060;")
        self.picker = QComboBox()
        self.picker.setObjectName(f"picker{role.value}")
        self._choices: list[int | None] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.badge)
        layout.addSpacing(4)
        layout.addWidget(self.holder)
        layout.addWidget(self.since)
        layout.addStretch(1)
        layout.addWidget(self.picker)
        self.picker.activated.connect(self._on_picked)

    def show_seat(
        self,
        triangle: IronTriangle | None,
        required: bool,
        candidates: Sequence[TeamMember],
    ) -> None:
        """Show the seat of ``triangle`` (``None``: no account chosen) with the
        members who may take it in the picker."""
        self.title.setText(role_name(self.role))
        seat = triangle.seats.get(self.role) if triangle is not None else None
        holder = triangle.holder(self.role) if triangle is not None else None
        missing = triangle is not None and self.role in triangle.missing
        if triangle is None:
            self.badge.setText("")
        elif missing:
            self.badge.setText(self.tr("⚠ Required for this tier — missing"))
        elif required:
            self.badge.setText(self.tr("✓ Required for this tier"))
        else:
            self.badge.setText(self.tr("Not required for this tier"))
        self.badge.setStyleSheet(
            "color: #b00020; font-weight: 600;" if missing else ("color: #2e7d32;" if required else "color: #606060;")
        )
        if seat is None:
            self.holder.setText(self.tr("Vacant") if triangle is not None else "")
            self.since.setText(self.tr("Pick a member or drag one here") if triangle is not None else "")
        else:
            name = holder.name if holder is not None else str(seat.member_id)
            if holder is not None and not holder.active:
                name = self.tr("%1 (inactive)").replace("%1", name)
            self.holder.setText(name)
            self.since.setText(self.tr("since %1").replace("%1", seat.start.isoformat()))
        self.setStyleSheet(MISSING_STYLE if missing else (HELD_STYLE if seat is not None else OPTIONAL_STYLE))
        self._choices = [None, *[m.id for m in candidates]]
        self.picker.blockSignals(True)
        self.picker.clear()
        self.picker.addItem(self.tr("— nobody —"))
        for member in candidates:
            self.picker.addItem(f"{member.name} · {member.region}" if member.region else member.name)
        current = seat.member_id if seat is not None else None
        if current is not None and current not in self._choices:
            self._choices.append(current)
            self.picker.addItem(self.holder.text())
        self.picker.setCurrentIndex(self._choices.index(current))
        self.picker.blockSignals(False)
        self.picker.setEnabled(triangle is not None)
        self.setAcceptDrops(triangle is not None)

    def choices(self) -> list[int | None]:
        """The member ids of the picker's entries (``None``: nobody)."""
        return list(self._choices)

    def pick(self, member_id: int | None) -> None:
        """Choose a member in the picker as a user would."""
        row = self._choices.index(member_id)
        self.picker.setCurrentIndex(row)
        self.picker.activated.emit(row)

    @Slot(int)
    def _on_picked(self, row: int) -> None:
        if 0 <= row < len(self._choices):
            self.assign_requested.emit(self.role, self._choices[row])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if member_from_mime(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if member_from_mime(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        member_id = member_from_mime(event.mimeData())
        if member_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.assign_requested.emit(self.role, member_id)


class IronTriangleWindow(TriangleWindowBase):
    """The iron triangle of the account selected in the customer tree."""

    settings_key = "ironTriangle"

    def __init__(self, host: MainWindow) -> None:
        super().__init__(host, load=self.load)
        self.setObjectName("ironTriangleWindow")
        self.account_id: int | None = None
        self.iron_triangle: IronTriangle | None = None
        self.settings = TriangleSettings()
        self.members: list[TeamMember] = []
        self.history: list[Assignment] = []
        self._name = ""

        self.account_label = QLabel()
        font = self.account_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.account_label.setFont(font)
        self.requirement = QLabel()
        self.requirement.setWordWrap(True)
        self.on_label = QLabel()
        self.on_date = QDateEdit(QDate.currentDate())
        self.on_date.setObjectName("effectiveDate")
        self.on_date.setCalendarPopup(True)
        self.on_date.setDisplayFormat("yyyy-MM-dd")
        self.seats = {role: SeatCard(role) for role in TRIANGLE_ROLES}

        self.team_model = TeamListModel(self)
        self.team_list = QListView()
        self.team_list.setObjectName("teamList")
        self.team_list.setModel(self.team_model)
        self.team_list.setDragEnabled(True)
        self.team_list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.team_list.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.team_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.team_box = QGroupBox()
        team_layout = QVBoxLayout(self.team_box)
        self.team_hint = QLabel()
        self.team_hint.setWordWrap(True)
        self.team_hint.setStyleSheet("color: #606060;")
        team_layout.addWidget(self.team_hint)
        team_layout.addWidget(self.team_list, 1)

        self.history_model = RowsModel([], self)
        self.history_view = QTableView()
        self.history_view.setObjectName("history")
        self.history_view.setModel(self.history_model)
        self.history_view.verticalHeader().hide()
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.history_box = QGroupBox()
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history_view)

        seats_row = QHBoxLayout()
        for card in self.seats.values():
            seats_row.addWidget(card, 1)
        date_row = QHBoxLayout()
        date_row.addWidget(self.requirement, 1)
        date_row.addWidget(self.on_label)
        date_row.addWidget(self.on_date)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.account_label)
        left_layout.addLayout(date_row)
        left_layout.addLayout(seats_row, 2)
        left_layout.addWidget(self.history_box, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.team_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 300])
        self.setCentralWidget(splitter)
        self._finish_toolbar()

        for card in self.seats.values():
            card.assign_requested.connect(self._on_assign_requested)
        host.tree.selectionModel().selectionChanged.connect(self._on_account_selection)
        self.retranslate()
        self.resize(1100, 640)
        self.set_account(host.selected_account_id())

    def retranslate(self) -> None:
        super().retranslate()
        self.on_label.setText(self.tr("Changes take effect on:"))
        self.team_box.setTitle(self.tr("Team"))
        self.team_hint.setText(self.tr("Drag a member onto a seat."))
        self.history_box.setTitle(self.tr("Assignment history"))
        self.history_model.set_headers([self.tr("Role"), self.tr("Member"), self.tr("From"), self.tr("To")])
        if not self._stale:
            self._show()

    # -- data ----------------------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _on_account_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        account_id = self.host.selected_account_id()
        if account_id is not None:  # a cleared selection (a search) keeps the account shown
            self.set_account(account_id)

    def set_account(self, account_id: int | None) -> None:
        """Show the iron triangle of this account (``None``: none)."""
        self.account_id = account_id
        self.refresh()

    def load(self) -> None:
        uow = self.host.unit_of_work
        self.iron_triangle, self.history, self._name = None, [], ""
        try:
            self.settings = load_triangle_settings(uow())
            self.members = team_members(uow())
            if self.account_id is not None:
                self.iron_triangle = triangle(uow(), self.account_id, self.settings)
                self.history = assignment_history(uow(), self.account_id)
                self._name = account_names(uow(), [self.account_id]).get(self.account_id, "")
        except DomainError as error:
            if error.code == "not_found":  # the account was deleted: show none
                self.account_id = None
            else:
                self.report(error)
        self._show()

    def _show(self) -> None:
        found = self.iron_triangle
        by_id = {m.id: m for m in self.members}
        if found is None:
            self.setWindowTitle(self.tr("Iron Triangle"))
            self.account_label.setText(self.tr("Select an account in the customer tree."))
            self.requirement.setText("")
        else:
            self.setWindowTitle(self.tr("%1 — Iron Triangle").replace("%1", self._name))
            self.account_label.setText(self._name)
            needed = self.settings.required_for(found.tier)
            text = self.tr("Tier: %1").replace("%1", tier_name(found.tier))
            if needed:
                text += " · " + self.tr("requires %1").replace("%1", roles_text(needed))
            else:
                text += " · " + self.tr("no seat required")
            if found.missing:
                text += " · " + self.tr("missing: %1").replace("%1", roles_text(found.missing))
            self.requirement.setText(text)
        for role, card in self.seats.items():
            candidates = [m for m in self.members if m.active and role in m.roles]
            required = found is not None and role in self.settings.required_for(found.tier)
            card.show_seat(found, required, candidates)
        self.team_model.set_members(self.members)
        rows = []
        for a in self.history:
            member = by_id.get(a.member_id)
            rows.append([
                role_name(a.role),
                member.name if member is not None else str(a.member_id),
                a.start.isoformat(),
                a.end.isoformat() if a.end is not None else self.tr("now"),
            ])
        self.history_model.set_rows(rows)

    # -- assigning -----------------------------------------------------------------------------

    def effective_date(self) -> date:
        value = self.on_date.date()
        return date(value.year(), value.month(), value.day())

    @Slot(object, object)
    def _on_assign_requested(self, role: TriangleRole, member_id: int | None) -> None:
        if not self.assign(role, member_id):
            self._show()  # put the picker back on the holder

    def assign(self, role: TriangleRole, member_id: int | None) -> bool:
        """Give the selected account's seat to a member (``None``: empty it) from the
        effective date, as one undo step; a refusal is shown and nothing is pushed."""
        found = self.iron_triangle
        if found is None or self.account_id is None:
            return False
        seat = found.seats.get(role)
        if (seat.member_id if seat is not None else None) == member_id:
            return False
        member = next((m for m in self.members if m.id == member_id), None)
        if member_id is None:
            text = self.tr("Empty the %1 seat").replace("%1", role.value)
        else:
            name = member.name if member is not None else str(member_id)
            text = self.tr("Make %1 the %2").replace("%1", name).replace("%2", role.value)
        command = AssignCommand(self.host, self.account_id, role, member_id, self.effective_date(), text)
        return self.push(command)
