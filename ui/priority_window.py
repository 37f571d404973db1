"""The plan-priority window (客户计划优先级): the accounts ranked by the priority of
their plans, with the breakdown of the selected one.

Opened from Plans → Plan Priorities… (Ctrl+Shift+P). The list is
:func:`domain.plans.services.plan_priorities` as it stands: each row's value,
fit and readiness parts and the priority they multiply to. The panel on the
right explains the selected row — each part's score, its share of the weights
(the exponent), the factor it contributes, and what was not known. The three
weights are edited above the list; Save Weights keeps them with the data (an
undoable step) and ranks again. A period filter ranks the plans of one period
(else each account's latest plan); double-click opens the account's plan.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError
from domain.plans import services
from domain.plans.priority import FLOOR, NEUTRAL, Part, PriorityRow, PriorityWeights
from ui.plan_commands import SaveWeightsCommand
from ui.plan_labels import part_name
from ui.plan_models import SORT_ROLE, Column, ProgressDelegate, RecordsModel
from ui.tier_labels import tier_name

if TYPE_CHECKING:
    from ui.plan_windows import PlanWindows

WEIGHTS = ("value", "fit", "readiness")


def _number(value: float | None, digits: int = 2) -> str:
    return "" if value is None else f"{value:.{digits}f}"


class PriorityWindow(QMainWindow):
    """The ranked list of accounts by plan priority.

    Signals:
    loaded(): the list shows the stored data again.
    closed(): the window was closed.
    """

    loaded = Signal()
    closed = Signal()

    COLUMNS = ("rank", "account", "tier", "period", "value", "fit", "readiness", "priority")

    def __init__(self, host: PlanWindows) -> None:
        super().__init__(host.main, Qt.WindowType.Window)
        self.setObjectName("priorityWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.host = host
        self.rows: list[PriorityRow] = []
        self.weights = PriorityWeights()
        self._closing = False

        self.period_label = QLabel()
        self.period = QComboBox()
        self.period.setObjectName("periodFilter")
        self.period.setMinimumContentsLength(14)
        self.unplanned = QCheckBox()
        self.unplanned.setObjectName("includeUnplanned")
        self.unplanned.setChecked(True)
        self.weight_label = QLabel()
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.spin_labels: dict[str, QLabel] = {}
        for name in WEIGHTS:
            spin = QDoubleSpinBox()
            spin.setObjectName(f"weight_{name}")
            spin.setRange(0.0, 100.0)
            spin.setDecimals(2)
            spin.setSingleStep(0.05)
            self.spins[name] = spin
            self.spin_labels[name] = QLabel()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveWeights")
        self.defaults_button = QPushButton()

        def part_score(name: str) -> Any:
            return lambda r: r.part(name).score

        self.model: RecordsModel[PriorityRow] = RecordsModel(
            [
                Column(lambda: self.tr("Rank"), lambda r: str(r.rank), sort=lambda r: r.rank, align_right=True),
                Column(lambda: self.tr("Account"), lambda r: r.name, sort=lambda r: r.name.casefold()),
                Column(lambda: self.tr("Tier"), lambda r: tier_name(r.tier), sort=lambda r: r.tier or "Z"),
                Column(
                    lambda: self.tr("Plan"), lambda r: r.period or self.tr("No plan"), sort=lambda r: r.period or ""
                ),
                Column(
                    lambda: self.tr("Value"),
                    lambda r: _number(r.part("value").score),
                    sort=part_score("value"),
                    align_right=True,
                ),
                Column(lambda: self.tr("Fit"), self._fit_text, sort=part_score("fit"), align_right=True),
                Column(
                    lambda: self.tr("Readiness"),
                    lambda r: _number(r.part("readiness").score),
                    sort=part_score("readiness"),
                    align_right=True,
                ),
                Column(
                    lambda: self.tr("Priority"),
                    lambda r: _number(r.priority, 1),
                    sort=lambda r: r.priority,
                    progress=lambda r: r.priority,
                ),
            ],
            self,
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("priorities")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setItemDelegateForColumn(7, ProgressDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(7, 130)
        self.breakdown = QTextBrowser()
        self.breakdown.setObjectName("breakdown")
        self.breakdown.setOpenLinks(False)

        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addWidget(self.unplanned)
        top.addStretch(1)
        top.addWidget(self.weight_label)
        for name in WEIGHTS:
            top.addWidget(self.spin_labels[name])
            top.addWidget(self.spins[name])
        top.addWidget(self.save_button)
        top.addWidget(self.defaults_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.breakdown)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.close_action = QAction(self)
        self.close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.addAction(self.refresh_action)
        self.addAction(self.close_action)

        self.period.activated.connect(self._on_filter_changed)
        self.unplanned.toggled.connect(self._on_filter_changed)
        self.save_button.clicked.connect(lambda: self.save_weights())
        self.defaults_button.clicked.connect(self._on_defaults)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.refresh_action.triggered.connect(lambda: self.reload())
        self.close_action.triggered.connect(self.close)
        host.undo_stack.indexChanged.connect(self._on_stack_moved)
        self._following = True  # connected to the undo stack (until closed)

        self.retranslate()
        self.resize(1280, 720)

    # -- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Plan Priorities"))
        self.period_label.setText(self.tr("Period:"))
        self.unplanned.setText(self.tr("Include A and B accounts without a plan"))
        self.weight_label.setText(self.tr("Weights:"))
        self.spin_labels["value"].setText(self.tr("Value"))
        self.spin_labels["fit"].setText(self.tr("Fit"))
        self.spin_labels["readiness"].setText(self.tr("Readiness"))
        self.save_button.setText(self.tr("Save Weights"))
        self.save_button.setToolTip(self.tr("Keep these weights with the data and rank again"))
        self.defaults_button.setText(self.tr("Defaults"))
        self.defaults_button.setToolTip(self.tr("Put the default weights in the boxes (0.50, 0.30, 0.20)"))
        self.refresh_action.setText(self.tr("Refresh"))
        self.close_action.setText(self.tr("Close"))
        if self.period.count():
            self.period.setItemText(0, self.tr("Each account's latest plan"))
        self.model.retranslate()
        self._show_status()
        self._show_breakdown()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------------------

    def chosen_period(self) -> str | None:
        data = self.period.currentData()
        return str(data) if data else None

    def set_period(self, period: str | None) -> None:
        """Rank the plans of ``period`` (``None``: each account's latest plan)."""
        index = self.period.findData(period or "")
        self.period.setCurrentIndex(max(index, 0))
        self.reload()

    def reload(self) -> None:
        """Rank again from the store, keeping the selected account."""
        if self._closing:
            return
        selected = self.selected_row()
        uow = self.host.unit_of_work
        try:
            self.weights = services.load_priority_weights(uow())
            periods = services.plan_periods(uow())
            chosen = self.chosen_period()
            if chosen is not None and chosen not in periods:
                chosen = None
            self.rows = services.plan_priorities(
                uow(),
                date.today(),
                period=chosen,
                include_unplanned=self.unplanned.isChecked(),
                weights=self.weights,
            )
        except DomainError as error:
            self.host.report_error(error)
            return
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItem(self.tr("Each account's latest plan"), "")
        for period in periods:
            self.period.addItem(period, period)
        self.period.setCurrentIndex(max(self.period.findData(chosen or ""), 0))
        self.period.blockSignals(False)
        for name, spin in self.spins.items():
            spin.setValue(getattr(self.weights, name))
        self.model.set_records(self.rows)
        if selected is not None:
            self.select_account(selected.account_id)
        elif self.rows:
            self.select_account(self.rows[0].account_id)
        self._show_status()
        self._show_breakdown()
        self.loaded.emit()

    @Slot()
    def _on_filter_changed(self, *_args: Any) -> None:
        self.reload()

    @Slot(int)
    def _on_stack_moved(self, _index: int) -> None:
        if self.isVisible():
            self.reload()

    def _show_status(self) -> None:
        self.status.setText(self.tr("%n account(s) ranked", "", len(self.rows)))

    def shown_rows(self) -> list[PriorityRow]:
        """The rows in the order the table shows them."""
        rows = []
        for k in range(self.proxy.rowCount()):
            row = self.model.record(self.proxy.mapToSource(self.proxy.index(k, 0)).row())
            if row is not None:
                rows.append(row)
        return rows

    def selected_row(self) -> PriorityRow | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def select_account(self, account_id: int) -> bool:
        for k, row in enumerate(self.model.records()):
            if row.account_id == account_id:
                index = self.proxy.mapFromSource(self.model.index(k, 0))
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return True
        return False

    @Slot(QModelIndex, QModelIndex)
    def _on_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_breakdown()

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        row = self.model.record(self.proxy.mapToSource(index).row())
        if row is not None:
            self.host.open_plan(row.account_id, row.plan_id)

    # -- weights -------------------------------------------------------------------------------

    def entered_weights(self) -> PriorityWeights:
        """The weights in the boxes (triangle and coverage as stored)."""
        return PriorityWeights(
            value=self.spins["value"].value(),
            fit=self.spins["fit"].value(),
            readiness=self.spins["readiness"].value(),
            triangle=self.weights.triangle,
            coverage=self.weights.coverage,
        )

    def save_weights(self, weights: PriorityWeights | None = None) -> bool:
        """Keep the weights entered (or ``weights``) as one undo step and rank again."""
        weights = weights or self.entered_weights()
        if weights == self.weights:
            return False
        command = SaveWeightsCommand(self.host, weights, self.tr("Change priority weights"))
        try:
            command.apply()
        except DomainError as error:
            self.host.report_error(error)
            self.reload()
            return False
        self.host.undo_stack.push(command)  # the stack moves: the list ranks again
        return True

    @Slot()
    def _on_defaults(self) -> None:
        defaults = PriorityWeights()
        for name, spin in self.spins.items():
            spin.setValue(getattr(defaults, name))

    # -- breakdown -----------------------------------------------------------------------------

    def _fit_text(self, row: PriorityRow) -> str:
        part = row.part("fit")
        return _number(part.score) if part.details.get("known") else self.tr("not known")

    def _part_details(self, part: Part) -> str:
        d = part.details

        def num(key: str, digits: int = 2) -> str:
            value = d.get(key)
            return _number(float(value), digits) if isinstance(value, (int, float)) else ""

        if part.name == "value":
            tier = d.get("tier")
            text = (
                self.tr("tier %1, worth %2")
                .replace("%1", tier_name(str(tier) if tier is not None else None))
                .replace("%2", num("tier_value"))
            )
            if d.get("rating") is None:
                text += self.tr("; no rating inside the tier, counted as %1").replace("%1", _number(NEUTRAL))
            else:
                rating = self.tr("; rating %1 (tier score %2)")
                text += rating.replace("%1", num("rating")).replace("%2", num("tier_score", 1))
            return text
        if part.name == "fit":
            if not d.get("known"):
                return self.tr("no criterion scored: counted as neutral %1").replace("%1", _number(NEUTRAL))
            return (
                self.tr("mean %1 of 5 from %2 of %3 criteria")
                .replace("%1", num("mean", 1))
                .replace("%2", str(d.get("scored")))
                .replace("%3", str(d.get("criteria")))
            )
        required = d.get("required") or 0
        text = (
            self.tr("iron triangle %1 of %2 seats staffed")
            .replace("%1", str(d.get("staffed")))
            .replace("%2", str(required))
            if required
            else self.tr("the tier requires no iron-triangle seats")
        )
        coverage = d.get("coverage")
        if coverage is None:
            text += self.tr("; no power map, so the triangle alone")
        else:
            text += self.tr("; relationship coverage %1 of 100").replace("%1", str(coverage))
        return text

    def _missing(self, row: PriorityRow) -> list[str]:
        missing = []
        if row.plan_id is None:
            missing.append(self.tr("a plan"))
        if not row.part("fit").details.get("known"):
            missing.append(self.tr("strategic-fit scores"))
        if row.part("value").details.get("rating") is None:
            missing.append(self.tr("a rating inside the tier"))
        if row.part("readiness").details.get("coverage") is None:
            missing.append(self.tr("a power map"))
        readiness = row.part("readiness").details
        if int(readiness.get("required") or 0) > int(readiness.get("staffed") or 0):
            missing.append(self.tr("iron-triangle seats"))
        return missing

    def breakdown_text(self) -> str:
        """The breakdown of the selected row as plain text (what the panel shows)."""
        return self.breakdown.toPlainText()

    def _show_breakdown(self) -> None:
        row = self.selected_row()
        if row is None:
            self.breakdown.setHtml(
                "<p>" + html.escape(self.tr("Select an account to see how its priority is made up.")) + "</p>"
            )
            return
        e = html.escape
        plan = row.period or self.tr("no plan")
        parts_html = []
        for part in row.parts:
            floor = ""
            if part.score < FLOOR:
                floor = "<br/><i>" + e(self.tr("below the floor: counted as %1").replace("%1", _number(FLOOR))) + "</i>"
            parts_html.append(
                f"<tr><td><b>{e(part_name(part.name))}</b></td>"
                f"<td align='right'>{_number(part.score)}</td>"
                f"<td align='right'>{_number(part.exponent)}</td>"
                f"<td align='right'>{_number(part.factor, 3)}</td></tr>"
                f"<tr><td colspan='4' style='color:#555; padding-left:14px'>"
                f"{e(self._part_details(part))}{floor}</td></tr>"
            )
        factors = " × ".join(_number(p.factor, 3) for p in row.parts)
        formula = f"100 × {factors} = {_number(row.priority, 1)}"
        missing = self._missing(row)
        missing_html = (
            "<p><b>" + e(self.tr("Not known or missing:")) + "</b> " + e(", ".join(missing)) + "</p>"
            if missing
            else "<p>" + e(self.tr("Nothing missing.")) + "</p>"
        )
        weights = self.weights
        title = self.tr("#%1 %2").replace("%1", str(row.rank)).replace("%2", row.name)
        where = self.tr("Tier: %1 · Plan: %2").replace("%1", tier_name(row.tier)).replace("%2", plan)
        priority = self.tr("Priority %1 of 100").replace("%1", _number(row.priority, 1))
        heads = [self.tr("Part"), self.tr("Score (0-1)"), self.tr("Exponent"), self.tr("Factor")]
        equation = self.tr("Priority = %1").replace("%1", formula)
        shares = self.tr("Each exponent is the part's weight over the sum of the weights: %1.").replace(
            "%1",
            ", ".join(f"{part_name(n)} {_number(getattr(weights, n))}" for n in WEIGHTS),
        )
        head_html = "".join(f"<th align='{'left' if k == 0 else 'right'}'>{e(h)}</th>" for k, h in enumerate(heads))
        self.breakdown.setHtml(
            f"<h3>{e(title)}</h3><p>{e(where)}</p><p><b>{e(priority)}</b></p>"
            f"<table cellspacing='0' cellpadding='3' width='100%'><tr>{head_html}</tr>"
            + "".join(parts_html)
            + f"</table><p>{e(equation)}</p><p style='color:#555'>{e(shares)}</p>"
            + missing_html
        )

    # -- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        stack = self.host.undo_stack
        if self._following and shiboken6.isValid(stack):
            stack.indexChanged.disconnect(self._on_stack_moved)
        self._following = False
        self.closed.emit()
        super().closeEvent(event)
