"""The coverage and workload window (Team → Coverage and Workload…).

Four tabs over the whole portfolio:

* **Gaps** — accounts whose iron triangle lacks seats their tier requires, beside
  the decision makers and economic buyers of A accounts nobody on our side
  holds; double-clicking a row selects the account in the customer tree.
* **Workload** — each member's seats per role and tier, their tier-weighted load
  against capacity, as a table and a bar chart (over capacity in red).
* **Split** — how the seats spread over tiers A, B and C against the target
  (6 : 3 : 1 by default), as a table and a chart.
* **Rules** — the required roles per tier, the tier weights and the target
  split. Saving them is one undo step on the main window's stack (Edit → Undo
  puts the previous rules back); every tab follows at once.

Tiers applied in the classification window are not undo steps: Refresh (F5)
reads them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError
from domain.model import TRIANGLE_ROLES, TriangleRole
from domain.powermap.services import team_members
from domain.triangle.rules import TIERS, TriangleSettings
from domain.triangle.services import (
    PortfolioGaps,
    account_path,
    gap_names,
    load_triangle_settings,
    portfolio_gaps,
    portfolio_split,
    team_workload,
)
from domain.triangle.workload import TierSplit, Workload
from ui.contact_dialog import ERROR_STYLE
from ui.orgchart.labels import buying_role_name
from ui.table_model import RowsModel
from ui.tier_charts import FONT_FAMILIES, TIER_COLOURS, ChartWidget
from ui.tier_labels import tier_name
from ui.triangle_base import TriangleWindowBase
from ui.triangle_commands import SaveRulesCommand
from ui.triangle_labels import role_title, roles_text, triangle_error_text

if TYPE_CHECKING:
    from ui.main_window import MainWindow

OVER_COLOUR = "#c62828"
LOAD_COLOUR = "#1565c0"
_FONT: dict[str, Any] = {"fontfamily": FONT_FAMILIES}


def _table(name: str, model: RowsModel) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _seat_text(by_tier: Mapping[str | None, int]) -> str:
    """Seats of one role: "3 (A 2, B 1)"; empty when none."""
    total = sum(by_tier.values())
    if not total:
        return ""
    parts = [f"{t} {by_tier[t]}" for t in TIERS if by_tier.get(t)]
    if by_tier.get(None):
        parts.append(f"– {by_tier[None]}")
    return f"{total} ({', '.join(parts)})"


class WorkloadChart(ChartWidget):
    """Each member's load as a horizontal bar against a capacity mark; bars over capacity in red."""

    export_name = "team_workload"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, plot=self._plot)
        self._rows: list[tuple[str, float, float]] = []
        self.redraw()

    def set_data(self, rows: Sequence[tuple[str, float, float]]) -> None:
        """``(name, load, capacity)`` per member, drawn top to bottom in this order."""
        self._rows = list(rows)
        self.figure.set_figheight(max(3.0, 0.32 * len(self._rows) + 1.4))
        self.redraw()

    def _plot(self) -> None:
        ax = self._axes()
        rows = self._rows
        y = np.arange(len(rows))
        loads = [r[1] for r in rows]
        caps = [r[2] for r in rows]
        colours = [OVER_COLOUR if load > cap else LOAD_COLOUR for _, load, cap in rows]
        ax.barh(y, loads, 0.6, color=colours)
        ax.scatter(caps, y, marker="|", s=260, linewidths=2.5, color="#202020", zorder=3)
        ax.set_yticks(y, labels=[r[0] for r in rows])
        ax.invert_yaxis()
        ax.set_xlim(0, max([*loads, *caps, 1.0]) * 1.1)
        ax.spines[["top", "right"]].set_visible(False)
        self.figure.legend(
            handles=[Patch(color=LOAD_COLOUR), Patch(color=OVER_COLOUR),
                     Line2D([], [], color="#202020", marker="|", linestyle="", markersize=14, markeredgewidth=2.5)],
            labels=[self.tr("Load"), self.tr("Load over capacity"), self.tr("Capacity")],
            prop={"family": FONT_FAMILIES}, frameon=False, loc="outside lower center", ncol=3,
        )
        self._label(ax, self.tr("Load against capacity"), self.tr("Tier-weighted seats"), "")


class SplitChart(ChartWidget):
    """The share of seats on A, B and C accounts beside the target share."""

    export_name = "tier_split"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, plot=self._plot)
        self._split: TierSplit | None = None
        self.redraw()

    def set_data(self, split: TierSplit) -> None:
        self._split = split
        self.redraw()

    def _plot(self) -> None:
        ax = self._axes()
        shares = self._split.shares if self._split is not None else ()
        x = np.arange(len(shares))
        width = 0.38
        colours = [TIER_COLOURS.get(s.tier, "#808080") for s in shares]
        actual = ax.bar(x - width / 2, [100 * s.share for s in shares], width, color=colours)
        target = ax.bar(x + width / 2, [100 * s.target for s in shares], width, color=colours, alpha=0.3,
                        edgecolor=colours, hatch="//")
        ax.bar_label(actual, fmt="%.0f%%", padding=2, fontsize=9, **_FONT)
        ax.bar_label(target, fmt="%.0f%%", padding=2, fontsize=9, color="#606060", **_FONT)
        ax.set_xticks(x, labels=[tier_name(s.tier) for s in shares])
        ax.set_ylim(0, 100)
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(
            handles=[Patch(color="#606060"), Patch(facecolor="#606060", alpha=0.3, hatch="//", edgecolor="#606060")],
            labels=[self.tr("Actual"), self.tr("Target")],
            prop={"family": FONT_FAMILIES}, frameon=False, loc="upper right",
        )
        title = self.tr("Seats per tier against the target split")
        self._label(ax, title, self.tr("Tier"), self.tr("Share of seats (%)"))


class RulesEditor(QWidget):
    """The triangle rules as a form: required roles and weight per tier, target split.

    Signals:
    save_requested(object): the user saved these :class:`TriangleSettings`.
    """

    save_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.required = {(t, r): QCheckBox() for t in TIERS for r in TRIANGLE_ROLES}
        self.weights = {t: QDoubleSpinBox() for t in TIERS}
        self.split = {t: QDoubleSpinBox() for t in ("A", "B", "C")}
        for spin in self.weights.values():
            spin.setRange(0, 100)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
        for spin in self.split.values():
            spin.setRange(0, 100)
            spin.setDecimals(1)
        self.grid = QGridLayout()
        self.headers = [QLabel() for _ in range(6)]
        for column, label in enumerate(self.headers):
            label.setStyleSheet("font-weight: 600;")
            self.grid.addWidget(label, 0, column)
        self.tier_labels = {t: QLabel() for t in TIERS}
        for row, tier in enumerate(TIERS, start=1):
            self.grid.addWidget(self.tier_labels[tier], row, 0)
            for column, role in enumerate(TRIANGLE_ROLES, start=1):
                self.grid.addWidget(self.required[(tier, role)], row, column, Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(self.weights[tier], row, 4)
            if tier in self.split:
                self.grid.addWidget(self.split[tier], row, 5)
            else:
                self.grid.addWidget(QLabel("–"), row, 5, Qt.AlignmentFlag.AlignCenter)
        self.grid.setColumnStretch(6, 1)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("color: #606060;")
        self.explanation.setMaximumWidth(760)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveRules")
        self.revert_button = QPushButton()
        self.defaults_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.explanation)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._shown = TriangleSettings()
        self.save_button.clicked.connect(self._on_save)
        self.revert_button.clicked.connect(lambda: self.set_settings(self._shown))
        self.defaults_button.clicked.connect(lambda: self._fill(TriangleSettings()))
        self.retranslate()

    def retranslate(self) -> None:
        texts = [self.tr("Tier"), *(f"{r.value}\n{role_title(r)}" for r in TRIANGLE_ROLES),
                 self.tr("Weight of a seat"), self.tr("Target split")]
        for label, text in zip(self.headers, texts, strict=True):
            label.setText(text)
        for tier, label in self.tier_labels.items():
            label.setText(tier_name(tier))
        self.explanation.setText(self.tr(
            "A ticked role is a seat every account of that tier needs; accounts lacking it are listed under Gaps. "
            "A seat's weight is the workload it stands for: a member's load is the sum of the weights of the "
            "seats they hold. The target split is the planned proportion of seats on A, B and C accounts "
            "(the domain's 6 : 3 : 1). Saving is one step you can undo."
        ))
        self.save_button.setText(self.tr("Save Rules"))
        self.revert_button.setText(self.tr("Revert"))
        self.defaults_button.setText(self.tr("Restore Defaults"))

    def set_settings(self, settings: TriangleSettings) -> None:
        """Show the rules in force."""
        self._shown = settings
        self._fill(settings)

    def _fill(self, settings: TriangleSettings) -> None:
        for (tier, role), box in self.required.items():
            box.setChecked(role in settings.required_for(tier))
        for tier, spin in self.weights.items():
            spin.setValue(settings.weight_for(tier))
        for tier, spin in self.split.items():
            spin.setValue(float(settings.target_split.get(tier, 0.0)))
        self.error.hide()

    def settings(self) -> TriangleSettings:
        """The rules as edited."""
        required = {t: frozenset(r for r in TRIANGLE_ROLES if self.required[(t, r)].isChecked()) for t in TIERS}
        weights = {t: float(spin.value()) for t, spin in self.weights.items()}
        split = {t: float(spin.value()) for t, spin in self.split.items()}
        return TriangleSettings(required, weights, split)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    @Slot()
    def _on_save(self) -> None:
        self.save_requested.emit(self.settings())


class PortfolioWindow(TriangleWindowBase):
    """Gaps, workload, tier split and rules of the whole portfolio's iron triangles."""

    settings_key = "portfolio"

    GAPS, WORKLOAD, SPLIT, RULES = range(4)

    def __init__(self, host: MainWindow) -> None:
        super().__init__(host, load=self.load)
        self.setObjectName("portfolioWindow")
        self.settings = TriangleSettings()
        self.gaps = PortfolioGaps([], [])
        self.workloads: list[Workload] = []
        self.split = TierSplit((), 0, 0)
        self._names: dict[int, str] = {}
        self._contacts: dict[int, str] = {}
        self._regions: dict[int, str] = {}

        self.triangle_gaps = RowsModel([], self)
        self.relationship_gaps = RowsModel([], self)
        self.triangle_view = _table("triangleGaps", self.triangle_gaps)
        self.relationship_view = _table("relationshipGaps", self.relationship_gaps)
        self.triangle_box = QGroupBox()
        QVBoxLayout(self.triangle_box).addWidget(self.triangle_view)
        self.relationship_box = QGroupBox()
        QVBoxLayout(self.relationship_box).addWidget(self.relationship_view)
        gaps = QSplitter(Qt.Orientation.Horizontal)
        gaps.addWidget(self.triangle_box)
        gaps.addWidget(self.relationship_box)
        gaps.setSizes([620, 620])
        self.gaps_hint = QLabel()
        self.gaps_hint.setStyleSheet("color: #606060;")
        gaps_page = QWidget()
        gaps_layout = QVBoxLayout(gaps_page)
        gaps_layout.addWidget(self.gaps_hint)
        gaps_layout.addWidget(gaps, 1)

        self.workload_model = RowsModel([], self)
        self.workload_view = _table("workload", self.workload_model)
        self.workload_chart = WorkloadChart()
        workload = QSplitter(Qt.Orientation.Horizontal)
        workload.addWidget(self.workload_view)
        workload.addWidget(self.workload_chart)
        workload.setSizes([720, 520])

        self.split_model = RowsModel([], self)
        self.split_view = _table("split", self.split_model)
        self.split_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.split_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.split_note = QLabel()
        self.split_note.setWordWrap(True)
        self.split_chart = SplitChart()
        split_left = QWidget()
        split_layout = QVBoxLayout(split_left)
        split_layout.addWidget(self.split_view, 1)
        split_layout.addWidget(self.split_note)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(split_left)
        split.addWidget(self.split_chart)
        split.setSizes([520, 720])

        self.rules = RulesEditor()

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for page in (gaps_page, workload, split, self.rules):
            self.tabs.addTab(page, "")
        self.setCentralWidget(self.tabs)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Refresh), QKeySequence("F5")])
        self.toolbar.addAction(self.refresh_action)
        self._finish_toolbar()
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)

        self.refresh_action.triggered.connect(self.refresh)
        self.triangle_view.doubleClicked.connect(self._on_triangle_gap_activated)
        self.relationship_view.doubleClicked.connect(self._on_relationship_gap_activated)
        self.rules.save_requested.connect(self.save_rules)
        self.retranslate()
        self.resize(1240, 720)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Coverage and Workload"))
        for tab, text in (
            (self.GAPS, self.tr("Gaps")),
            (self.WORKLOAD, self.tr("Workload")),
            (self.SPLIT, self.tr("Split across Tiers")),
            (self.RULES, self.tr("Rules")),
        ):
            self.tabs.setTabText(tab, text)
        self.refresh_action.setText(self.tr("Refresh"))
        self.refresh_action.setToolTip(self.tr("Read the data again (after tiers were applied, for instance)"))
        self.triangle_box.setTitle(self.tr("Iron triangles lacking required seats"))
        self.relationship_box.setTitle(self.tr("Key people of A accounts without an owner on our side"))
        self.gaps_hint.setText(self.tr("Double-click a row to select the account in the customer tree."))
        self.triangle_gaps.set_headers([self.tr("Account"), self.tr("Tier"), self.tr("Missing roles")])
        self.relationship_gaps.set_headers([self.tr("Account"), self.tr("Contact"), self.tr("Buying role")])
        self.workload_model.set_headers([
            self.tr("Member"), self.tr("Region"), "AR", "SR", "FR", self.tr("Accounts"),
            self.tr("Load"), self.tr("Capacity"), self.tr("Load %"),
        ])
        self.split_model.set_headers(
            [self.tr("Tier"), self.tr("Seats"), self.tr("Share"), self.tr("Target"), self.tr("Difference")]
        )
        self.rules.retranslate()
        if not self._stale:
            self._show()

    # -- data ----------------------------------------------------------------------------------

    def load(self) -> None:
        uow = self.host.unit_of_work
        try:
            self.settings = load_triangle_settings(uow())
            self.gaps = portfolio_gaps(uow(), self.settings)
            self._names, self._contacts = gap_names(uow(), self.gaps)
            self.workloads = team_workload(uow(), self.settings)
            self.split = portfolio_split(uow(), self.settings)
            self._regions = {m.id: m.region for m in team_members(uow()) if m.id is not None}
        except DomainError as error:
            self.report(error)
            return
        self.rules.set_settings(self.settings)
        self._show()

    def _show(self) -> None:
        rows = []
        for gap in self.gaps.triangle:
            missing = roles_text(gap.missing)
            if gap.inactive:
                missing += " " + self.tr("(%1 held by an inactive member)").replace("%1", roles_text(gap.inactive))
            rows.append([self._names.get(gap.account_id, str(gap.account_id)), tier_name(gap.tier), missing])
        self.triangle_gaps.set_rows(rows)
        self.relationship_gaps.set_rows([
            [self._names.get(g.account_id, str(g.account_id)), self._contacts.get(g.contact_id, str(g.contact_id)),
             buying_role_name(g.buying_role)]
            for g in self.gaps.relationships
        ])
        for view in (self.triangle_view, self.relationship_view):
            view.resizeColumnsToContents()

        rows, over = [], set()
        for k, w in enumerate(self.workloads):
            name = w.name if w.active else self.tr("%1 (inactive)").replace("%1", w.name)
            pct = w.load_pct
            rows.append([
                name, self._regions.get(w.member_id, ""),
                *(_seat_text(w.seats.get(r, {})) for r in TRIANGLE_ROLES),
                str(w.accounts), f"{w.load:g}", f"{w.capacity:g}",
                "–" if pct is None else f"{pct:.0f} %",
            ])
            if w.over_capacity:
                over.add(k)
        self.workload_model.set_rows(rows, over)
        self.workload_view.resizeColumnsToContents()
        self.workload_chart.set_data([(w.name, w.load, w.capacity) for w in self.workloads])

        self.split_model.set_rows([
            [tier_name(s.tier), str(s.seats), f"{100 * s.share:.0f} %", f"{100 * s.target:.0f} %",
             f"{100 * s.difference:+.0f} %"]
            for s in self.split.shares
        ], {k for k, s in enumerate(self.split.shares) if abs(s.difference) >= 0.1})
        self.split_note.setText(
            self.tr("%1 seats in all; %2 on D or unclassified accounts are not counted in the split.")
            .replace("%1", str(self.split.total)).replace("%2", str(self.split.outside))
        )
        self.split_chart.set_data(self.split)
        over_count = sum(w.over_capacity for w in self.workloads)
        self.status.setText(
            self.tr("%1 triangle gaps · %2 relationship gaps · %3 members over capacity")
            .replace("%1", str(len(self.gaps.triangle)))
            .replace("%2", str(len(self.gaps.relationships)))
            .replace("%3", str(over_count))
        )

    # -- actions -------------------------------------------------------------------------------

    def triangle_gap_rows(self) -> list[tuple[int, str | None, tuple[TriangleRole, ...]]]:
        """(account, tier, missing roles) per row of the triangle gap table."""
        return [(g.account_id, g.tier, g.missing) for g in self.gaps.triangle]

    @Slot(QModelIndex)
    def _on_triangle_gap_activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.gaps.triangle):
            self.show_account(self.gaps.triangle[index.row()].account_id)

    @Slot(QModelIndex)
    def _on_relationship_gap_activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.gaps.relationships):
            self.show_account(self.gaps.relationships[index.row()].account_id)

    def show_account(self, account_id: int) -> bool:
        """Select the account in the main window's customer tree (clearing a search
        that hides it) and bring the main window forward."""
        host = self.host
        try:
            path = account_path(host.unit_of_work(), account_id)
        except DomainError as error:
            self.report(error)
            return False
        if not host.model.ensure_loaded(path).isValid() and (host.search.text() or host.tier_filter.currentIndex()):
            host.search.clear()
            host.tier_filter.setCurrentIndex(0)
            host.apply_search("")
            host.model.ensure_loaded(path)
        host.select_account(account_id)
        host.raise_()
        host.activateWindow()
        return host.selected_account_id() == account_id

    @Slot(object)
    def save_rules(self, settings: TriangleSettings) -> bool:
        """Keep new rules (one undo step); a refused value is shown under the form."""
        error = self.apply(SaveRulesCommand(self.host, settings, self.tr("Change iron-triangle rules")))
        if error is not None:
            self.rules.show_error(triangle_error_text(error))
            return False
        self.rules.show_error("")
        return True
