"""Tier classification: choose the model and its parameters, preview the
outcome (what-if), see why each account gets its tier, and apply.

Every change of a parameter re-runs the classification in the background and
shows the movement against the applied tiers before anything is written;
Apply writes the tiers and one history row per account that moves.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from itertools import compress, repeat
from operator import is_not, ne
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.errors import CancelledError, DomainError, ValidationError
from domain.ports import Store
from domain.tiers.metrics import AccountMetrics, metric_column
from domain.tiers.result import TIERS, TierResult, result_column
from domain.tiers.rfm import classify_rfm, segment
from domain.tiers.service import (
    HealthOverview,
    Preview,
    apply_classification,
    clear_override,
    health_overview,
    load_settings,
    preview_classification,
    save_settings,
    set_override,
)
from ui.messages import error_text
from ui.table_model import RowsModel
from ui.tasks import BackgroundTask
from ui.tier_charts import MovementHeatmap, ParetoChart, RfmGrid, TierDistributionChart
from ui.tier_labels import (
    criterion_name,
    dimension_name,
    health_name,
    model_name,
    risk_name,
    rule_text,
    segment_name,
)
from ui.tier_settings_editor import TierSettingsEditor
from ui.tree_model import TIER_COLOURS

ModelIndex = QModelIndex | QPersistentModelIndex
HISTORY_SHOWN = 5  # tier changes listed under an account's explanation


class TierResultsModel(QAbstractTableModel):
    """The preview's accounts: key, name, applied tier, new tier, score, rule.

    ``show`` chooses all accounts, only those that would move, or only those
    whose tier is set by hand; sorting is done here (100,000 rows sort in a
    fraction of a second, a proxy model would ask for every cell).
    """

    KEY, NAME, APPLIED, NEW, SCORE, RULE = range(6)
    ALL, MOVERS, OVERRIDES = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._preview: Preview | None = None
        self._rows: list[int] = []  # positions in preview.results
        self._show = self.ALL
        self._sort: tuple[int, Qt.SortOrder] = (self.KEY, Qt.SortOrder.AscendingOrder)
        self._headers: list[str] = []
        self._bold = QBrush(QColor("#b00020"))
        self.retranslate()

    def retranslate(self) -> None:
        self._headers = [
            self.tr("Key"),
            self.tr("Account"),
            self.tr("Applied"),
            self.tr("New"),
            self.tr("Score"),
            self.tr("Why"),
        ]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def set_preview(self, preview: Preview | None) -> None:
        self._preview = preview
        self._refill()

    def set_show(self, show: int) -> None:
        self._show = show
        self._refill()

    def _refill(self) -> None:
        self.beginResetModel()
        preview = self._preview
        if preview is None:
            self._rows = []
        else:
            results = preview.results
            if self._show == self.MOVERS:
                applied = map(preview.current.get, result_column(results, "account_id"))
                self._rows = list(compress(range(len(results)), map(ne, applied, result_column(results, "tier"))))
            elif self._show == self.OVERRIDES:
                overrides = result_column(results, "override")
                self._rows = list(compress(range(len(results)), map(is_not, overrides, repeat(None))))
            else:
                self._rows = list(range(len(results)))
            self._sort_rows()
        self.endResetModel()

    def result(self, row: int) -> TierResult | None:
        if self._preview is None or not 0 <= row < len(self._rows):
            return None
        return self._preview.results[self._rows[row]]

    def row_of(self, account_id: int) -> int | None:
        if self._preview is None:
            return None
        ids = result_column(self._preview.results, "account_id")
        for row, position in enumerate(self._rows):
            if ids[position] == account_id:
                return row
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._preview is None:
            return None
        result = self._preview.results[self._rows[index.row()]]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.KEY:
                return result.key
            if column == self.NAME:
                return result.name
            if column == self.APPLIED:
                return self._preview.current.get(result.account_id) or "–"
            if column == self.NEW:
                return result.tier + (" ✋" if result.override is not None else "")
            if column == self.SCORE:
                return "" if result.score is None else f"{result.score:.1f}"
            return rule_text(result.reason_code, result.reason_params)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.NEW:
            return TIER_COLOURS.get(result.tier)
        moved = self._preview.current.get(result.account_id) not in (None, result.tier)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.NEW and moved:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.APPLIED, self.NEW, self.SCORE):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        if self._preview is None:
            return
        results, current = self._preview.results, self._preview.current
        column, order = self._sort
        # Sort keys read whole columns of the results: no result record is made per row.
        ids = result_column(results, "account_id")
        keys: dict[int, Callable[[int], Any]] = {
            self.KEY: result_column(results, "key").__getitem__,
            self.NAME: result_column(results, "name").__getitem__,
            self.APPLIED: lambda i: current.get(ids[i]) or "Z",
            self.NEW: result_column(results, "tier").__getitem__,
            self.SCORE: lambda i: -math.inf if (score := scores[i]) is None else score,
            self.RULE: lambda i: "override" if overrides[i] is not None else codes[i],
        }
        scores = result_column(results, "score")
        overrides, codes = result_column(results, "override"), result_column(results, "rule_code")
        self._rows.sort(key=keys.get(column, keys[self.KEY]), reverse=order == Qt.SortOrder.DescendingOrder)


class ClassifyDialog(QDialog):
    """Classify the portfolio into tiers, with a live what-if preview.

    Signals:
        applied(int): tiers were written; the count of accounts that changed tier.
        overrides_changed(): a hand-set tier was set or cleared.
    """

    applied = Signal(int)
    overrides_changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None, *, as_of: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classifyDialog")
        self.store = store
        self.preview: Preview | None = None
        self._tasks: list[BackgroundTask] = []
        self._pending = False
        self._focus_account: int | None = None
        self._rfm_drawn_for: Preview | None = None
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.editor = TierSettingsEditor()
        self.as_of = QDateEdit()
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        day = as_of or date.today()
        self.as_of.setDate(QDate(day.year, day.month, day.day))
        self.save_button = QPushButton()
        self.defaults_button = QPushButton()
        self.settings_error = QLabel()
        self.settings_error.setWordWrap(True)
        self.settings_error.setStyleSheet("color: #b00020; font-weight: 600;")
        self.settings_error.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        as_of_row = QFormLayout()
        self._as_of_label = QLabel()
        as_of_row.addRow(self._as_of_label, self.as_of)
        left_layout.addLayout(as_of_row)
        left_layout.addWidget(self.editor, 1)
        left_layout.addWidget(self.settings_error)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.defaults_button)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.save_button)
        left_layout.addLayout(buttons_row)
        left_scroll = QScrollArea()
        left_scroll.setWidgetResizable(True)
        left_scroll.setWidget(left)

        # Results: table and the selected account's explanation.
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("classifySummary")
        self.show_choice = QComboBox()
        self.find_edit = QLineEdit()
        self.find_edit.setClearButtonEnabled(True)
        self.results_model = TierResultsModel(self)
        self.results_view = QTableView()
        self.results_view.setModel(self.results_model)
        self.results_view.setSortingEnabled(True)
        self.results_view.sortByColumn(TierResultsModel.KEY, Qt.SortOrder.AscendingOrder)
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.verticalHeader().hide()
        self.results_view.horizontalHeader().setSectionResizeMode(TierResultsModel.RULE, QHeaderView.ResizeMode.Stretch)
        self.results_view.setColumnWidth(TierResultsModel.NAME, 200)
        self.explain_title = QLabel()
        self.explain_title.setWordWrap(True)
        self.explain_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explain_model = RowsModel([], self)
        self.explain_view = QTableView()
        self.explain_view.setModel(self.explain_model)
        self.explain_view.verticalHeader().hide()
        self.explain_view.horizontalHeader().setStretchLastSection(True)
        self.override_button = QPushButton()
        self.clear_override_button = QPushButton()
        results_page = QWidget()
        results_layout = QVBoxLayout(results_page)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.show_choice)
        filter_row.addWidget(self.find_edit, 1)
        results_layout.addLayout(filter_row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.results_view)
        explain_box = QWidget()
        explain_layout = QVBoxLayout(explain_box)
        explain_layout.setContentsMargins(0, 0, 0, 0)
        explain_layout.addWidget(self.explain_title)
        explain_layout.addWidget(self.explain_view, 1)
        override_row = QHBoxLayout()
        override_row.addStretch(1)
        override_row.addWidget(self.clear_override_button)
        override_row.addWidget(self.override_button)
        explain_layout.addLayout(override_row)
        split.addWidget(explain_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        results_layout.addWidget(split, 1)

        # Movement and distribution, the Pareto curve, the RFM grid.
        self.movement_chart = MovementHeatmap()
        self.distribution_chart = TierDistributionChart()
        movement_page = QWidget()
        movement_layout = QHBoxLayout(movement_page)
        movement_layout.addWidget(self.movement_chart, 1)
        movement_layout.addWidget(self.distribution_chart, 1)
        self.pareto_chart = ParetoChart()
        self.rfm_chart = RfmGrid()

        # Health between two dates and risk signals.
        self.health_from = QDateEdit()
        self.health_from.setCalendarPopup(True)
        self.health_from.setDisplayFormat("yyyy-MM-dd")
        self.health_from.setDate(self.as_of.date().addYears(-1))
        self.health_button = QPushButton()
        self.health_model = RowsModel([], self)
        self.health_view = QTableView()
        self.health_view.setModel(self.health_model)
        self.health_view.verticalHeader().hide()
        self.health_view.horizontalHeader().setStretchLastSection(True)
        self.health_view.setColumnWidth(0, 220)
        self.risk_model = RowsModel([], self)
        self.risk_view = QTableView()
        self.risk_view.setModel(self.risk_model)
        self.risk_view.verticalHeader().hide()
        self.risk_view.horizontalHeader().setStretchLastSection(True)
        self.risk_view.setColumnWidth(1, 180)
        self.risk_view.setColumnWidth(3, 330)
        self._health_from_label = QLabel()
        self._risk_label = QLabel()
        health_page = QWidget()
        health_layout = QVBoxLayout(health_page)
        health_row = QHBoxLayout()
        health_row.addWidget(self._health_from_label)
        health_row.addWidget(self.health_from)
        health_row.addStretch(1)
        health_row.addWidget(self.health_button)
        health_layout.addLayout(health_row)
        health_layout.addWidget(self.health_view)
        health_layout.addWidget(self._risk_label)
        health_layout.addWidget(self.risk_view, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(results_page, "")
        self.tabs.addTab(movement_page, "")
        self.tabs.addTab(self.pareto_chart, "")
        self.tabs.addTab(self.rfm_chart, "")
        self.tabs.addTab(health_page, "")

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.tabs, 1)

        main_split = QSplitter(Qt.Orientation.Horizontal)
        main_split.addWidget(left_scroll)
        main_split.addWidget(right)
        main_split.setStretchFactor(0, 2)
        main_split.setStretchFactor(1, 5)
        main_split.setSizes([580, 820])
        self.editor.defaults_button.hide()  # the dialog's own Defaults also previews at once

        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ApplyRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.apply_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(main_split, 1)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)

        self.editor.changed.connect(self._timer.start)
        self.as_of.dateChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.refresh)
        self.save_button.clicked.connect(self._on_save_settings)
        self.defaults_button.clicked.connect(self._on_defaults)
        self.show_choice.currentIndexChanged.connect(self.results_model.set_show)
        self.find_edit.returnPressed.connect(self._on_find)
        self.results_view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.override_button.clicked.connect(self._on_set_override)
        self.clear_override_button.clicked.connect(self._on_clear_override)
        self.health_button.clicked.connect(self.refresh_health)
        self.apply_button.clicked.connect(self._on_apply)
        self.tabs.currentChanged.connect(self._draw_rfm)
        self.close_button.clicked.connect(self.close)

        self.retranslate()
        self.resize(1400, 860)
        try:
            self.editor.set_settings(load_settings(store.unit_of_work()))
        except DomainError as error:
            self._show_settings_error(error_text(error))
        self._update_override_buttons()

    # -- hooks tests replace -------------------------------------------------------------------

    @classmethod
    def ask_confirm_apply(cls, parent: QWidget, changes: int, total: int) -> bool:
        text = QCoreApplication.translate(
            "ClassifyDialog", "Apply the new tiers? %1 of %2 accounts change tier; each change is kept in the history."
        )
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("ClassifyDialog", "Apply Tiers"),
            text.replace("%1", str(changes)).replace("%2", str(total)),
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def ask_override(cls, parent: QWidget, name: str, current: str) -> tuple[str, str] | None:
        """The tier and reason for setting ``name``'s tier by hand; None if cancelled."""
        tiers = list(TIERS)
        tier, ok = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("ClassifyDialog", "Set Tier by Hand"),
            QCoreApplication.translate("ClassifyDialog", "Tier for %1:").replace("%1", name),
            tiers,
            tiers.index(current) if current in tiers else 0,
            False,
        )
        if not ok:
            return None
        reason, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("ClassifyDialog", "Set Tier by Hand"),
            QCoreApplication.translate("ClassifyDialog", "Why does %1 get tier %2? (required)")
            .replace("%1", name)
            .replace("%2", tier),
        )
        return (tier, reason) if ok else None

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Tier Classification"), message)

    # -- preview -------------------------------------------------------------------------------

    def as_of_date(self) -> date:
        value = self.as_of.date()
        return date(value.year(), value.month(), value.day())

    def focus_account(self, account_id: int | None) -> None:
        """Select this account's row (and explanation) once the preview is there."""
        self._focus_account = account_id
        self._select_focus()

    def refresh(self) -> BackgroundTask | None:
        """Classify again with the parameters on screen (in the background)."""
        try:
            settings = self.editor.settings()
        except ValidationError as error:
            self._show_settings_error(self.editor.error_text(error))
            return None
        self.settings_error.hide()
        if self._tasks:
            self._pending = True  # one run at a time; the latest parameters run next
            return None
        queries, as_of = self.store.tier_queries(), self.as_of_date()

        def work(progress: Callable[[int, int], bool]) -> Preview:
            return preview_classification(queries, settings, as_of=as_of, progress=progress)

        self.summary.setText(self.tr("Classifying…"))
        return self._run(self.tr("Classifying accounts…"), work, self._show_preview)

    def _run(
        self,
        label: str,
        work: Callable[[Callable[[int, int], bool]], Any],
        done: Callable[[Any], None],
        *,
        show_progress: bool = True,
    ) -> BackgroundTask:
        task = BackgroundTask(self, label, work, show_progress=show_progress)
        task.succeeded.connect(done)
        task.failed.connect(self._on_failed)
        task.finished.connect(lambda: self._on_task_finished(task))
        self._tasks.append(task)
        task.start()
        return task

    def _on_task_finished(self, task: BackgroundTask) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        if self._pending and not self._tasks:
            self._pending = False
            self.refresh()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        if isinstance(error, CancelledError):
            self.summary.setText(self.tr("Cancelled; nothing was changed."))
            return
        if isinstance(error, DomainError):
            self.show_error(error_text(error))
            return
        self.show_error(self.tr("Unexpected problem: %1").replace("%1", str(error)))

    @Slot(object)
    def _show_preview(self, preview: Preview) -> None:
        self.preview = preview
        self.results_model.set_preview(preview)
        counts = preview.distribution()
        moves = preview.movers()
        self.summary.setText(
            self.tr("%1 as of %2: %3. %4 accounts would change tier against the applied tiers.")
            .replace("%1", model_name(preview.settings.model))
            .replace("%2", preview.as_of.isoformat())
            .replace("%3", ", ".join(f"{tier} {counts.get(tier, 0)}" for tier in TIERS))
            .replace("%4", str(len(moves)))
        )
        applied_counts: dict[str, int] = dict.fromkeys(TIERS, 0)
        for tier in preview.current.values():
            if tier in applied_counts:
                applied_counts[tier] += 1
        self.distribution_chart.set_data({t: counts.get(t, 0) for t in TIERS}, applied_counts)
        self.movement_chart.set_data(preview.matrix())
        pareto = preview.settings.pareto
        revenues = metric_column(preview.metrics, "revenue_cents")
        self.pareto_chart.set_data([cents / 100 for cents in revenues], pareto.a_cut, pareto.b_cut)
        self._rfm_drawn_for = None
        self._draw_rfm()
        self.apply_button.setEnabled(
            bool(moves)
            or any(map(ne, map(preview.current.get, result_column(preview.results, "account_id")),
                       result_column(preview.results, "tier")))
        )
        self._select_focus()

    def _draw_rfm(self) -> None:
        """The RFM grid of the current preview, whatever model classified it.

        Scored only when the grid is on screen (it costs a model run), and off
        the GUI thread like the preview itself."""
        preview = self.preview
        if preview is None or self.tabs.currentWidget() is not self.rfm_chart or self._rfm_drawn_for is preview:
            return
        self._rfm_drawn_for = preview

        def work(progress: Callable[[int, int], bool]) -> dict[tuple[int, int], int]:
            results = preview.results
            if preview.settings.model != "rfm":
                results = tuple(classify_rfm(preview.metrics, preview.settings.rfm))
            return _rfm_counts(results)

        self._run(self.tr("Scoring RFM…"), work, self._show_rfm, show_progress=False)

    @Slot(object)
    def _show_rfm(self, counts: dict[tuple[int, int], int]) -> None:
        names = {(r, fm): segment_name(segment(r, fm, fm)) for r in range(1, 6) for fm in range(1, 6)}
        self.rfm_chart.set_data(counts, names)

    def _select_focus(self) -> None:
        if self._focus_account is None or self.preview is None:
            return
        row = self.results_model.row_of(self._focus_account)
        if row is None and self.show_choice.currentIndex() != TierResultsModel.ALL:
            self.show_choice.setCurrentIndex(TierResultsModel.ALL)
            row = self.results_model.row_of(self._focus_account)
        if row is not None:
            self.results_view.selectRow(row)
            self.results_view.scrollTo(self.results_model.index(row, 0))

    # -- explanation ---------------------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_explanation(self.results_model.result(current.row()) if current.isValid() else None)
        self._update_override_buttons()

    def selected_result(self) -> TierResult | None:
        index = self.results_view.currentIndex()
        return self.results_model.result(index.row()) if index.isValid() else None

    def _show_explanation(self, result: TierResult | None) -> None:
        if result is None or self.preview is None:
            self.explain_title.setText(self.tr("Select an account to see how its tier was reached."))
            self.explain_model.set_rows([])
            return
        _, metrics, explanation = self.preview.explain(result.key)
        lines = [
            self.tr("%1 (%2): tier %3").replace("%1", result.name).replace("%2", result.key).replace("%3", result.tier),
            rule_text(result.reason_code, result.reason_params),
        ]
        if result.override is not None:
            lines.append(
                self.tr("The model alone said: %1").replace("%1", rule_text(result.rule_code, result.rule_params))
            )
        scores = [f"{dimension_name(d)} {s:.1f}" for d, s in explanation.dimension_scores.items() if s is not None]
        if scores:
            lines.append(self.tr("Dimension scores: %1").replace("%1", " · ".join(scores)))
        lines += self._history_lines(result.account_id)
        self.explain_title.setText("\n".join(lines))
        rows = [
            (
                criterion_name(line.criterion),
                dimension_name(line.dimension),
                self.tr("missing")
                if line.value is None
                else (_percent_text(line.value) if line.criterion in _FRACTIONS else _value_text(line.value)),
                "" if line.points is None else f"{line.points:g}",
                "" if line.weight is None else f"{line.weight:g}",
                "" if line.effective_weight is None else f"{line.effective_weight:.2f}",
            )
            for line in explanation.lines
        ]
        rows += [(label, "", _value_text(value), "", "", "") for label, value in self._metric_rows(metrics)]
        self.explain_model.set_rows(
            rows, highlight={i for i, line in enumerate(explanation.lines) if line.value is None}
        )

    def _history_lines(self, account_id: int) -> list[str]:
        """The account's last tier changes, newest first."""
        try:
            records = self.store.tier_queries().history(account_id)
        except DomainError:
            return []
        if not records:
            return [self.tr("Tier history: none yet (tiers not applied).")]
        lines = [self.tr("Tier history:")]
        for record in reversed(records[-HISTORY_SHOWN:]):
            lines.append(
                f"  {record.entry.on.isoformat()}  {record.entry.old or '–'} → {record.entry.new}  "
                f"({model_name(record.model)}) "
                + (rule_text(record.reason_code, record.reason_params) if record.reason_code else record.reason)
            )
        return lines

    def _metric_rows(self, metrics: AccountMetrics) -> list[tuple[str, Any]]:
        return [
            (self.tr("Revenue in window"), metrics.revenue),
            (self.tr("Orders in window"), metrics.orders),
            (self.tr("Average order"), metrics.average_order),
            (self.tr("Days since last order"), metrics.days_since_last_order),
            (self.tr("Entities rolled up"), metrics.member_count),
        ]

    # -- overrides -----------------------------------------------------------------------------

    def _update_override_buttons(self) -> None:
        result = self.selected_result()
        self.override_button.setEnabled(result is not None)
        self.clear_override_button.setEnabled(result is not None and result.override is not None)

    def _on_set_override(self) -> None:
        result = self.selected_result()
        if result is None:
            return
        answer = self.ask_override(self, result.name, result.tier)
        if answer is None:
            return
        tier, reason = answer
        try:
            set_override(self.store.unit_of_work(), result.account_id, tier, reason, on=self.as_of_date())
        except DomainError as error:
            self.show_error(error_text(error))
            return
        self._focus_account = result.account_id
        self.overrides_changed.emit()
        self.refresh()

    def _on_clear_override(self) -> None:
        result = self.selected_result()
        if result is None or result.override is None:
            return
        try:
            clear_override(self.store.unit_of_work(), result.account_id)
        except DomainError as error:
            self.show_error(error_text(error))
            return
        self._focus_account = result.account_id
        self.overrides_changed.emit()
        self.refresh()

    def _on_find(self) -> None:
        text = self.find_edit.text().strip().casefold()
        if not text:
            return
        for row in range(self.results_model.rowCount()):
            result = self.results_model.result(row)
            if result is not None and (text in result.key.casefold() or text in result.name.casefold()):
                self.results_view.selectRow(row)
                self.results_view.scrollTo(self.results_model.index(row, 0))
                return
        self.summary.setText(self.tr("No classified account matches “%1”.").replace("%1", self.find_edit.text()))

    # -- settings and apply --------------------------------------------------------------------

    def _show_settings_error(self, message: str) -> None:
        self.settings_error.setText(message)
        self.settings_error.show()

    def _on_save_settings(self) -> None:
        try:
            settings = self.editor.settings()
            save_settings(self.store.unit_of_work(), settings)
        except ValidationError as error:
            self._show_settings_error(self.editor.error_text(error))
            return
        except DomainError as error:
            self.show_error(error_text(error))
            return
        self.summary.setText(self.tr("Saved: the database classifies with these settings from now on."))

    def _on_defaults(self) -> None:
        self.editor.reset_to_defaults()
        self.refresh()

    def _on_apply(self) -> BackgroundTask | None:
        preview = self.preview
        if preview is None:
            return None
        changes = preview.changes(preview.as_of)
        if not self.ask_confirm_apply(self, len(changes), len(preview.results)):
            return None
        store = self.store

        def work(progress: Callable[[int, int], bool]) -> int:
            return apply_classification(store.unit_of_work(), preview, on=preview.as_of)

        self.apply_button.setEnabled(False)
        return self._run(self.tr("Applying tiers…"), work, self._on_applied)

    @Slot(object)
    def _on_applied(self, changed: int) -> None:
        self.summary.setText(self.tr("Applied: %1 accounts changed tier.").replace("%1", str(changed)))
        self.applied.emit(changed)
        self.refresh()

    # -- health --------------------------------------------------------------------------------

    def refresh_health(self) -> BackgroundTask | None:
        try:
            settings = self.editor.settings()
        except ValidationError as error:
            self._show_settings_error(self.editor.error_text(error))
            return None
        start_q = self.health_from.date()
        start = date(start_q.year(), start_q.month(), start_q.day())
        end = self.as_of_date()
        queries = self.store.tier_queries()

        def work(progress: Callable[[int, int], bool]) -> HealthOverview:
            return health_overview(queries, settings, start=start, end=end, progress=progress)

        return self._run(self.tr("Checking tier health…"), work, self._show_health)

    @Slot(object)
    def _show_health(self, overview: HealthOverview) -> None:
        rows = []
        highlight = set()
        for i, check in enumerate(overview.report.checks):
            rate = "–" if check.rate is None else f"{check.rate * 100:.1f} %"
            target = ("≤ " if check.at_most else "≥ ") + f"{check.target * 100:.0f} %"
            verdict = (
                self.tr("no accounts to measure")
                if check.met is None
                else (self.tr("met") if check.met else self.tr("not met"))
            )
            if check.met is False:
                highlight.add(i)
            rows.append((health_name(check.code), f"{check.numerator} / {check.denominator}", rate, target, verdict))
        self.health_model.set_rows(rows, highlight)
        self.risk_model.set_rows(
            [
                (s.key, s.name, s.tier, risk_name(s.kind), _value_text(s.before), _value_text(s.after))
                for s in overview.signals
            ]
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_tasks()
        super().closeEvent(event)

    def stop_tasks(self) -> None:
        """Cancel running work and wait for it, so no thread outlives the window."""
        self._timer.stop()
        self._pending = False
        for task in list(self._tasks):
            task.stop()

    # -- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tier Classification"))
        self._as_of_label.setText(self.tr("As of"))
        self.save_button.setText(self.tr("Save as Database Settings"))
        self.save_button.setToolTip(self.tr("Classify with these settings from now on, here and on the command line."))
        self.defaults_button.setText(self.tr("Defaults"))
        current = self.show_choice.currentIndex()
        self.show_choice.blockSignals(True)
        self.show_choice.clear()
        self.show_choice.addItems(
            [self.tr("All accounts"), self.tr("Only accounts that change tier"), self.tr("Only tiers set by hand")]
        )
        self.show_choice.setCurrentIndex(max(current, 0))
        self.show_choice.blockSignals(False)
        self.find_edit.setPlaceholderText(self.tr("Find by key or name, then Enter"))
        self.override_button.setText(self.tr("Set Tier by Hand…"))
        self.clear_override_button.setText(self.tr("Let the Model Decide"))
        self.apply_button.setText(self.tr("Apply Tiers"))
        self.apply_button.setToolTip(self.tr("Make these the accounts' tiers; every change is kept in the history."))
        self.tabs.setTabText(0, self.tr("Accounts"))
        self.tabs.setTabText(1, self.tr("Movement"))
        self.tabs.setTabText(2, self.tr("Pareto Curve"))
        self.tabs.setTabText(3, self.tr("RFM Grid"))
        self.tabs.setTabText(4, self.tr("Health and Risk"))
        self.health_button.setText(self.tr("Check"))
        self._health_from_label.setText(self.tr("Tier changes from"))
        self._risk_label.setText(self.tr("Risk signals as of the classification date"))
        self.explain_model.set_headers(
            [
                self.tr("Criterion"),
                self.tr("Dimension"),
                self.tr("Value"),
                self.tr("Points"),
                self.tr("Weight"),
                self.tr("Share of score %"),
            ]
        )
        self.health_model.set_headers(
            [self.tr("Measure"), self.tr("Accounts"), self.tr("Rate"), self.tr("Target"), self.tr("Result")]
        )
        self.risk_model.set_headers(
            [self.tr("Key"), self.tr("Account"), self.tr("Tier"), self.tr("Signal"), self.tr("Before"), self.tr("Now")]
        )
        self.results_model.retranslate()
        self._show_explanation(self.selected_result())
        if self.preview is not None:
            self._show_preview(self.preview)


_FRACTIONS = frozenset({"revenue_share", "on_time_rate", "revenue_share_before", "cumulative_share_before"})


def _percent_text(value: Any) -> str:
    return f"{float(value) * 100:.1f} %" if isinstance(value, (int, float)) else _value_text(value)


def _value_text(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1 else f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _rfm_counts(results: Sequence[TierResult]) -> dict[tuple[int, int], int]:
    """Accounts per (R, FM) cell of the RFM grid (FM: the mean of F and M, rounded up)."""
    cells: dict[tuple[int, int], int] = {}
    for result in results:
        if result.rule_code != "rfm_segment":
            continue
        params = result.rule_params
        r, f, m = int(params["r"] or 0), int(params["f"] or 0), int(params["m"] or 0)
        cell = (r, -(-(f + m) // 2))
        cells[cell] = cells.get(cell, 0) + 1
    return cells
