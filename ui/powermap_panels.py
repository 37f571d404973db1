"""The power-map window's coverage and snapshot tabs.

Both draw from what their window hands them (the power map, the coverage
thresholds, the snapshots) and turn what the user does into request signals;
the window runs the services and the undo commands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.model import BuyingRole
from domain.powermap import PowerMap
from domain.powermap.coverage import (
    Coverage,
    CoverageSettings,
    analyse_coverage,
    coverage_by_account,
    split_by_account,
)
from domain.powermap.snapshot import Snapshot, SnapshotDiff, build_snapshot, diff_snapshots
from ui.messages import field_label
from ui.orgchart.labels import attitude_name, buying_role_name, strength_name
from ui.table_model import RowsModel


def _table(model: RowsModel, *, multi: bool = False) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection if multi else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


def part_name(name: str) -> str:
    """The name of a part of the coverage score."""
    names = {
        "owned": QCoreApplication.translate("CoveragePanel", "Influential people held by someone on our side"),
        "roles": QCoreApplication.translate("CoveragePanel", "Key roles identified"),
        "relationships": QCoreApplication.translate("CoveragePanel", "Key relationships working and recent"),
    }
    return names.get(name, name)


def _points(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class Finding:
    """One line of the findings list; ``contact_id`` None for a missing role."""

    kind: str
    contact_id: int | None
    role: BuyingRole | None = None


class CoveragePanel(QWidget):
    """The coverage of an account (or a group, per account and in total): the score,
    its parts, and the findings a review asks about first.

    Signals:
    person_activated(int): the user clicked a finding about this contact.
    settings_save_requested(object): the user asks to keep these
        :class:`~domain.powermap.coverage.CoverageSettings`.
    """

    person_activated = Signal(int)
    settings_save_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._map: PowerMap | None = None
        self._settings = CoverageSettings()
        self._as_of = date.today()
        self.coverage: Coverage | None = None
        self.scopes: list[int | None] = []  # rows of the scope table: None = the whole group
        self._scope_coverage: dict[int | None, Coverage] = {}
        self.findings: list[Finding] = []

        self.stale_days = QSpinBox()
        self.stale_days.setObjectName("staleAfterDays")
        self.stale_days.setRange(1, 3650)
        self.influential_from = QSpinBox()
        self.influential_from.setObjectName("influentialFrom")
        self.influential_from.setRange(1, 5)
        self.save_button = QPushButton()
        self.save_button.setEnabled(False)
        settings_box = QGroupBox()
        self._settings_box = settings_box
        settings_row = QHBoxLayout(settings_box)
        self._stale_label = QLabel()
        self._influential_label = QLabel()
        settings_row.addWidget(self._stale_label)
        settings_row.addWidget(self.stale_days)
        settings_row.addSpacing(16)
        settings_row.addWidget(self._influential_label)
        settings_row.addWidget(self.influential_from)
        settings_row.addStretch(1)
        settings_row.addWidget(self.save_button)

        self.scope_model = RowsModel([], self)
        self.scope_view = _table(self.scope_model)
        self.scope_view.setObjectName("coverageScopes")
        self._scope_box = QGroupBox()
        scope_layout = QVBoxLayout(self._scope_box)
        scope_layout.addWidget(self.scope_view)

        self.score_label = QLabel()
        self.score_label.setObjectName("coverageScore")
        big = QFont(self.score_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.score_label.setFont(big)
        self.scope_label = QLabel()
        self.scope_label.setWordWrap(True)
        self.parts_model = RowsModel([], self)
        self.parts_view = _table(self.parts_model)
        self.parts_view.setObjectName("coverageParts")
        self.parts_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.parts_view.horizontalHeader().setStretchLastSection(False)
        self.parts_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parts_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.penalty_label = QLabel()
        self.penalty_label.setWordWrap(True)
        score_box = QGroupBox()
        self._score_box = score_box
        score_layout = QVBoxLayout(score_box)
        score_layout.addWidget(self.scope_label)
        score_layout.addWidget(self.score_label)
        score_layout.addWidget(self.parts_view)
        score_layout.addWidget(self.penalty_label)
        score_layout.addStretch(1)

        self.findings_model = RowsModel([], self)
        self.findings_view = _table(self.findings_model)
        self.findings_view.setObjectName("coverageFindings")
        self._findings_box = QGroupBox()
        self._findings_hint = QLabel()
        self._findings_hint.setWordWrap(True)
        findings_layout = QVBoxLayout(self._findings_box)
        findings_layout.addWidget(self._findings_hint)
        findings_layout.addWidget(self.findings_view)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._scope_box, 1)
        left_layout.addWidget(score_box)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._findings_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(settings_box)
        layout.addWidget(self.splitter, 1)

        self.stale_days.valueChanged.connect(self._on_settings_edited)
        self.influential_from.valueChanged.connect(self._on_settings_edited)
        self.save_button.clicked.connect(self._on_save)
        self.scope_view.selectionModel().selectionChanged.connect(self._on_scope_selected)
        self.findings_view.clicked.connect(self._on_finding_clicked)
        self.findings_view.activated.connect(self._on_finding_clicked)
        self.retranslate()

    # -- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._settings_box.setTitle(self.tr("Thresholds (kept with the data, for every account)"))
        self._stale_label.setText(self.tr("A relationship is stale after"))
        self.stale_days.setSuffix(self.tr(" days"))
        self._influential_label.setText(self.tr("Influential from"))
        self.influential_from.setSuffix(self.tr(" of 5"))
        self.save_button.setText(self.tr("Save Thresholds"))
        self._scope_box.setTitle(self.tr("Accounts of the group"))
        self._score_box.setTitle(self.tr("Score"))
        self._findings_box.setTitle(self.tr("Findings"))
        self._findings_hint.setText(self.tr("Click a person to show them in the org chart."))
        self.scope_model.set_headers([
            self.tr("Account"), self.tr("Score"), self.tr("Uncovered"), self.tr("Weak"),
            self.tr("Stale"), self.tr("Roles missing"), self.tr("Opponents"),
        ])
        self.parts_model.set_headers([self.tr("Part"), self.tr("Covered"), self.tr("Points"), self.tr("Weight")])
        self.findings_model.set_headers([self.tr("Finding"), self.tr("Person"), self.tr("Title"), self.tr("Detail")])
        if self._map is not None:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ----------------------------------------------------------------------------------

    def show_coverage(self, power_map: PowerMap, settings: CoverageSettings, as_of: date) -> None:
        """Analyse ``power_map`` on ``as_of`` with ``settings`` and show it (the scope chosen is kept)."""
        # The scope chosen stays while the same kind of map comes back (after an edit).
        same_kind = self._map is not None and self._map.whole_group == power_map.whole_group
        chosen = self.current_scope() if same_kind else None
        self._map = power_map
        self._as_of = as_of
        self._settings = settings
        for spin, value in ((self.stale_days, settings.stale_after_days),
                            (self.influential_from, settings.influential_from)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.save_button.setEnabled(False)
        if power_map.whole_group:
            group = coverage_by_account(power_map, as_of, settings)
            accounts = sorted(group.accounts, key=lambda a: (a != power_map.account_id,
                                                             group.account_names.get(a, "").casefold()))
            self.scopes = [None, *accounts]
            self._scope_coverage = {None: group.total}
            for account, coverage in group.accounts.items():
                self._scope_coverage[account] = coverage
        else:
            self.scopes = [power_map.account_id]
            self._scope_coverage = {power_map.account_id: analyse_coverage(power_map, as_of, settings)}
        self._scope_box.setVisible(power_map.whole_group)
        if not same_kind:
            # One account: the findings get most of the room; a group: its accounts table too.
            self.splitter.setSizes([1000, 1000] if power_map.whole_group else [700, 1300])
        self._fill(chosen if chosen in self._scope_coverage else self.scopes[0])

    def _fit_parts(self) -> None:
        """The parts table as tall as its rows: the score box needs no scrolling."""
        view = self.parts_view
        height = view.horizontalHeader().height() + 2 * view.frameWidth()
        height += sum(view.rowHeight(row) for row in range(self.parts_model.rowCount()))
        view.setFixedHeight(height)

    def current_scope(self) -> int | None:
        """The account whose coverage is shown (``None``: the whole group)."""
        rows = self.scope_view.selectionModel().selectedRows() if self.scopes else []
        if rows and rows[0].row() < len(self.scopes):
            return self.scopes[rows[0].row()]
        return self.scopes[0] if self.scopes else None

    def select_scope(self, account_id: int | None) -> None:
        """Show the coverage of this account of the group (``None``: the group as a whole)."""
        self.scope_view.selectRow(self.scopes.index(account_id))

    def _fill(self, scope: int | None = None) -> None:
        assert self._map is not None
        names = self._map.account_names
        rows = []
        for account in self.scopes:
            c = self._scope_coverage[account]
            rows.append([
                self.tr("Whole group") if account is None else names.get(account, str(account)),
                str(c.score), str(len(c.uncovered_influential)), str(len(c.weak)), str(len(c.stale)),
                str(len(c.missing_roles)), str(len(c.influential_opponents)),
            ])
        self.scope_model.set_rows(rows)
        self.scope_view.resizeColumnsToContents()
        if scope is None and self.scopes and not self._map.whole_group:
            scope = self.scopes[0]
        self.scope_view.blockSignals(True)
        self.scope_view.selectionModel().blockSignals(True)
        if scope in self.scopes:
            self.scope_view.selectRow(self.scopes.index(scope))
        self.scope_view.selectionModel().blockSignals(False)
        self.scope_view.blockSignals(False)
        self._show_scope(scope)

    def _show_scope(self, scope: int | None) -> None:
        assert self._map is not None
        coverage = self._scope_coverage.get(scope)
        self.coverage = coverage
        if coverage is None:
            return
        names = self._map.account_names
        if scope is None:
            self.scope_label.setText(self.tr("The whole group, as one map"))
        else:
            self.scope_label.setText(names.get(scope, ""))
        self.score_label.setText(self.tr("Coverage score: %1 / 100").replace("%1", str(coverage.score)))
        self.parts_model.set_rows([
            [part_name(p.name), self.tr("%1 of %2").replace("%1", str(p.covered)).replace("%2", str(p.total)),
             _points(p.points), _points(p.weight)]
            for p in coverage.parts
        ])
        self.parts_view.resizeColumnsToContents()
        self.parts_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fit_parts()
        if coverage.penalty:
            self.penalty_label.setText(
                self.tr("Minus %1 points: influential opponents nobody on our side holds.")
                .replace("%1", _points(coverage.penalty))
            )
        else:
            self.penalty_label.setText(self.tr("No penalty: every influential opponent is held by someone."))
        self._fill_findings(coverage, scope)

    def _fill_findings(self, coverage: Coverage, scope: int | None) -> None:
        assert self._map is not None
        power_map = self._map
        contacts = {c.id: c for c in power_map.contacts}
        findings: list[Finding] = []
        for kind, ids in (
            ("opponent", coverage.influential_opponents),
            ("uncovered", coverage.uncovered_influential),
            ("weak", coverage.weak),
            ("stale", coverage.stale),
        ):
            findings.extend(Finding(kind, contact_id) for contact_id in ids)
        findings.extend(Finding("missing_role", None, role) for role in coverage.missing_roles)
        self.findings = findings
        titles = {
            "opponent": self.tr("Influential opponent"),
            "uncovered": self.tr("Influential, nobody on our side"),
            "weak": self.tr("Weak relationship"),
            "stale": self.tr("Stale relationship"),
            "missing_role": self.tr("Role missing"),
        }
        stale_days = self._settings.stale_after_days
        rows = []
        for finding in findings:
            contact = contacts.get(finding.contact_id) if finding.contact_id is not None else None
            if contact is None:
                role = buying_role_name(finding.role)
                rows.append([titles[finding.kind], "", "", self.tr("Nobody is known as %1.").replace("%1", role)])
                continue
            detail = ""
            if finding.kind == "opponent":
                detail = self.tr("%1, influence %2").replace("%1", attitude_name(contact.attitude)) \
                    .replace("%2", str(contact.influence))
                if contact.owner_id is None:
                    detail += self.tr("; nobody on our side holds them")
            elif finding.kind == "uncovered":
                detail = self.tr("Influence %1 of 5").replace("%1", str(contact.influence))
            elif finding.kind == "weak":
                detail = strength_name(contact.strength)
            elif finding.kind == "stale":
                seen = power_map.last_contact.get(contact.id or 0) or contact.last_contact_on
                detail = (self.tr("Last contact %1 (over %2 days ago)").replace("%1", seen.isoformat())
                          .replace("%2", str(stale_days)) if seen is not None else self.tr("Never contacted"))
            person = contact.name
            if power_map.whole_group and scope is None:
                person = f"{contact.name} · {power_map.account_names.get(contact.account_id, '')}"
            rows.append([titles[finding.kind], person, contact.title, detail])
        self.findings_model.set_rows(rows, highlight={k for k, f in enumerate(findings) if f.kind == "opponent"})
        self.findings_view.resizeColumnsToContents()

    def finding_rows(self) -> list[list[str]]:
        return self.findings_model.rows()

    # -- user actions --------------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _on_scope_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._map is not None:
            self._show_scope(self.current_scope())

    @Slot(QModelIndex)
    def _on_finding_clicked(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.findings):
            contact_id = self.findings[index.row()].contact_id
            if contact_id is not None:
                self.person_activated.emit(contact_id)

    def activate_finding(self, row: int) -> None:
        """Click the finding in this row (as a user would)."""
        self._on_finding_clicked(self.findings_model.index(row, 1))

    def edited_settings(self) -> CoverageSettings:
        return CoverageSettings(self.stale_days.value(), self.influential_from.value())

    @Slot()
    def _on_settings_edited(self) -> None:
        self.save_button.setEnabled(self.edited_settings() != self._settings)

    @Slot()
    def _on_save(self) -> None:
        self.settings_save_requested.emit(self.edited_settings())


class SnapshotsPanel(QWidget):
    """Dated snapshots of an account's power map: take, list, delete, and compare
    two of them or one with the map as it stands.

    In a group window an account is chosen first (snapshots belong to one account).

    Signals:
    take_requested(int, str): keep the power map of this account now, with this label.
    delete_requested(int, list): delete these snapshots (ids) of this account.
    account_chosen(int): the user chose another account of the group; hand over its snapshots.
    """

    take_requested = Signal(int, str)
    delete_requested = Signal(int, list)
    account_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._map: PowerMap | None = None
        self.snapshots: list[Snapshot] = []
        self.account_id: int | None = None
        self._accounts: list[int] = []
        self._compared: tuple[int, int | None] | None = None  # (snapshot, other snapshot or None: now)
        self.diff: SnapshotDiff | None = None
        self._pair: tuple[Snapshot, Snapshot] | None = None
        self._as_of = date.today()

        self.account = QComboBox()
        self.account.setObjectName("snapshotAccount")
        self._account_label = QLabel()
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("snapshotLabel")
        self.label_edit.setMaxLength(200)
        self.take_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self._account_label)
        top.addWidget(self.account, 1)
        top.addSpacing(12)
        top.addWidget(self.label_edit, 2)
        top.addWidget(self.take_button)

        self.list_model = RowsModel([], self)
        self.list_view = _table(self.list_model, multi=True)
        self.list_view.setObjectName("snapshots")
        self.compare_now_button = QPushButton()
        self.compare_button = QPushButton()
        self.delete_button = QPushButton()
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.compare_now_button)
        list_buttons.addWidget(self.compare_button)
        list_buttons.addStretch(1)
        list_buttons.addWidget(self.delete_button)
        self._list_box = QGroupBox()
        list_layout = QVBoxLayout(self._list_box)
        list_layout.addWidget(self.list_view)
        list_layout.addLayout(list_buttons)

        self.summary = QLabel()
        self.summary.setObjectName("diffSummary")
        self.summary.setWordWrap(True)
        self.diff_model = RowsModel([], self)
        self.diff_view = _table(self.diff_model)
        self.diff_view.setObjectName("snapshotDiff")
        self._diff_box = QGroupBox()
        diff_layout = QVBoxLayout(self._diff_box)
        diff_layout.addWidget(self.summary)
        diff_layout.addWidget(self.diff_view)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self._list_box)
        self.splitter.addWidget(self._diff_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.take_button.clicked.connect(self._on_take)
        self.label_edit.returnPressed.connect(self._on_take)
        self.compare_now_button.clicked.connect(self._on_compare_now)
        self.compare_button.clicked.connect(self._on_compare)
        self.delete_button.clicked.connect(self._on_delete)
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection)
        self.account.activated.connect(self._on_account_activated)
        self.retranslate()
        self._on_selection()

    # -- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._account_label.setText(self.tr("Account:"))
        self.label_edit.setPlaceholderText(self.tr("Label (optional), e.g. “before the tender”"))
        self.take_button.setText(self.tr("Take Snapshot"))
        self.take_button.setToolTip(self.tr("Keep the account's power map as it stands today"))
        self.compare_now_button.setText(self.tr("Compare with Current Map"))
        self.compare_button.setText(self.tr("Compare the Two Selected"))
        self.delete_button.setText(self.tr("Delete"))
        self._list_box.setTitle(self.tr("Snapshots"))
        self._diff_box.setTitle(self.tr("What changed"))
        self.list_model.set_headers([self.tr("Date"), self.tr("Label"), self.tr("People"), self.tr("Saved at")])
        self.diff_model.set_headers([self.tr("Change"), self.tr("Person"), self.tr("Field"), self.tr("Before"),
                                     self.tr("After")])
        self._fill_list()
        self._show_diff()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ----------------------------------------------------------------------------------

    def set_power_map(self, power_map: PowerMap, as_of: date) -> None:
        """The map as it stands (compared against), and its accounts to choose from."""
        self._map = power_map
        self._as_of = as_of
        names = power_map.account_names
        accounts = sorted(names, key=lambda a: (a != power_map.account_id, names[a].casefold()))
        self._accounts = accounts
        if self.account_id not in accounts:
            self.account_id = power_map.account_id
        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItems([names[a] for a in accounts])
        self.account.setCurrentIndex(accounts.index(self.account_id))
        self.account.blockSignals(False)
        self.account.setEnabled(len(accounts) > 1)
        self._account_label.setVisible(power_map.whole_group)
        self.account.setVisible(power_map.whole_group)

    def set_snapshots(self, account_id: int, snapshots: Sequence[Snapshot]) -> None:
        """The stored snapshots of ``account_id``; a comparison shown is made again if both ends remain."""
        self.account_id = account_id
        if account_id in self._accounts:
            self.account.setCurrentIndex(self._accounts.index(account_id))
        selected = set(self.selected_ids())
        self.snapshots = sorted(snapshots, key=lambda s: (s.taken_on, s.id or 0), reverse=True)
        self._fill_list()
        for row, snapshot in enumerate(self.snapshots):
            if snapshot.id in selected:
                self.list_view.selectionModel().select(
                    self.list_model.index(row, 0),
                    self.list_view.selectionModel().SelectionFlag.Select
                    | self.list_view.selectionModel().SelectionFlag.Rows,
                )
        ids = {s.id for s in self.snapshots}
        if self._compared is not None and (self._compared[0] not in ids or
                                           (self._compared[1] is not None and self._compared[1] not in ids)):
            self._compared = None
        self._compare()

    def _fill_list(self) -> None:
        rows = []
        for s in self.snapshots:
            # Stored as naive UTC; shown in the computer's time zone.
            saved = s.created_at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M") if s.created_at else ""
            rows.append([s.taken_on.isoformat(), s.label, str(len(s.entries)), saved])
        self.list_model.set_rows(rows)
        self.list_view.resizeColumnsToContents()
        self._on_selection()

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.list_view.selectionModel().selectedRows())
        ids = [self.snapshots[r].id for r in rows if r < len(self.snapshots)]
        return [i for i in ids if i is not None]

    def select_snapshots(self, snapshot_ids: Sequence[int]) -> None:
        self.list_view.clearSelection()
        model = self.list_view.selectionModel()
        for row, snapshot in enumerate(self.snapshots):
            if snapshot.id in snapshot_ids:
                model.select(self.list_model.index(row, 0),
                             model.SelectionFlag.Select | model.SelectionFlag.Rows)

    @Slot()
    def _on_selection(self) -> None:
        count = len(self.selected_ids())
        self.compare_now_button.setEnabled(count == 1)
        self.compare_button.setEnabled(count == 2)
        self.delete_button.setEnabled(count >= 1)

    # -- comparing -----------------------------------------------------------------------------

    def current_snapshot(self) -> Snapshot:
        """The chosen account's map as it stands, as a snapshot (not stored)."""
        assert self._map is not None
        assert self.account_id is not None
        power_map = self._map
        if power_map.whole_group:
            power_map = split_by_account(power_map).get(self.account_id, PowerMap(self.account_id, False))
            power_map.owner_names = self._map.owner_names
        return build_snapshot(power_map, self._as_of)

    def compare(self, snapshot_id: int, other_id: int | None = None) -> SnapshotDiff | None:
        """Compare a snapshot with another (``other_id``) or with the current map (``None``)."""
        self._compared = (snapshot_id, other_id)
        return self._compare()

    def _compare(self) -> SnapshotDiff | None:
        self.diff = None
        if self._compared is not None and self._map is not None:
            by_id = {s.id: s for s in self.snapshots}
            first = by_id[self._compared[0]]
            second = by_id[self._compared[1]] if self._compared[1] is not None else self.current_snapshot()
            if self._compared[1] is not None and (second.taken_on, second.id or 0) < (first.taken_on, first.id or 0):
                first, second = second, first
            self._pair = (first, second)
            self.diff = diff_snapshots(first, second)
        self._show_diff()
        return self.diff

    def _show_diff(self) -> None:
        diff = self.diff
        if diff is None or self._pair is None:
            self.summary.setText(self.tr(
                "Select a snapshot to compare with the current map, or two snapshots to compare with each other."
            ))
            self.diff_model.set_rows([])
            return
        first, second = self._pair
        older = self._snapshot_name(first)
        newer = self._snapshot_name(second) if second.id is not None else self.tr("the current map")
        counts = (self.tr("%1 joined, %2 left, %3 changed").replace("%1", str(len(diff.joined)))
                  .replace("%2", str(len(diff.left))).replace("%3", str(len(diff.changed))))
        if diff.empty:
            counts = self.tr("nothing changed")
        self.summary.setText(self.tr("From %1 to %2: %3.").replace("%1", older).replace("%2", newer)
                             .replace("%3", counts))
        names = {e.contact_key: e.name for e in (*first.entries, *second.entries)}
        rows: list[list[str]] = []
        highlight: set[int] = set()
        for entry in diff.joined:
            rows.append([self.tr("Joined"), entry.name, field_label("title"), "", entry.title or "—"])
        for entry in diff.left:
            highlight.add(len(rows))
            rows.append([self.tr("Left"), entry.name, field_label("title"), entry.title or "—", ""])
        for change in diff.changed:
            for name, (old, new) in change.changes.items():
                rows.append([self.tr("Changed"), change.name, diff_field_name(name),
                             diff_value(name, old, names), diff_value(name, new, names)])
        self.diff_model.set_rows(rows, highlight)
        self.diff_view.resizeColumnsToContents()

    def _snapshot_name(self, snapshot: Snapshot) -> str:
        day = snapshot.taken_on.isoformat()
        return f"{day} “{snapshot.label}”" if snapshot.label else day

    def diff_rows(self) -> list[list[str]]:
        return self.diff_model.rows()

    # -- user actions --------------------------------------------------------------------------

    @Slot(int)
    def _on_account_activated(self, row: int) -> None:
        if 0 <= row < len(self._accounts) and self._accounts[row] != self.account_id:
            self._compared = None
            self.account_id = self._accounts[row]
            self.account_chosen.emit(self.account_id)

    @Slot()
    def _on_take(self) -> None:
        if self.account_id is not None:
            self.take_requested.emit(self.account_id, self.label_edit.text())
            self.label_edit.clear()

    @Slot()
    def _on_compare_now(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.compare(ids[0])

    @Slot()
    def _on_compare(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 2:
            self.compare(ids[0], ids[1])

    @Slot()
    def _on_delete(self) -> None:
        ids = self.selected_ids()
        if ids and self.account_id is not None:
            self.delete_requested.emit(self.account_id, ids)


def diff_field_name(name: str) -> str:
    """The name of a field a snapshot comparison lists."""
    if name == "owner_name":
        return field_label("owner_id")
    if name == "manager_key":
        return QCoreApplication.translate("SnapshotsPanel", "Reports to")
    return field_label(name)


def diff_value(name: str, value: Any, names: dict[str, str]) -> str:
    """A value of a snapshot comparison in the user's language."""
    if name == "attitude":
        return attitude_name(value)
    if name == "buying_role":
        return buying_role_name(value)
    if name == "strength":
        return strength_name(value)
    if name == "influence":
        return str(value) if value is not None else QCoreApplication.translate("SnapshotsPanel", "not known")
    if name == "owner_name":
        return value or QCoreApplication.translate("SnapshotsPanel", "nobody")
    if name == "manager_key":
        return names.get(value, value) if value else QCoreApplication.translate("SnapshotsPanel", "nobody")
    return str(value) if value else "—"
