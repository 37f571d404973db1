"""The account-plan window: one account's plan for a period — situation,
strategic fit, objectives with their actions and progress, risks — and its status.

It is opened from the main window (Account → Account Plan…, Ctrl+P, or the
tree's context menu; Plans → Priorities… by double-click), one window per
account. The toolbar picks the plan's period, creates, clones, renames and
deletes plans and moves a plan along draft → in review → approved. Every
change is a :class:`~ui.plan_commands.PlanCommand` pushed on the main window's
undo stack; the window loads its plan again whenever that stack moves, so a
do, an undo or a redo shows at once, wherever it was started.

Situation texts are saved when their box loses focus (one undo step per
box); fit scores, objectives, actions and risks when changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from domain import services as accounts
from domain.errors import DomainError
from domain.model import (
    AccountPlan,
    FitCriterion,
    ObjectiveKind,
    PlanAction,
    PlanContents,
    PlanObjective,
    PlanRisk,
    PlanStatus,
    TeamMember,
)
from domain.plans import services
from domain.plans.progress import PlanProgress, plan_progress
from domain.plans.services import TRANSITIONS, PlanChange
from domain.ports import UnitOfWork
from domain.powermap.services import team_members
from ui.plan_commands import PlanCommand
from ui.plan_dialogs import ActionDialog, ObjectiveDialog, RecordDialog, RiskDialog
from ui.plan_labels import fit_name, kind_name, status_name, work_status_name
from ui.plan_models import Column, ProgressDelegate, RecordsModel

if TYPE_CHECKING:
    from ui.plan_windows import PlanWindows

SITUATION = ("challenges", "competitors", "strengths", "weaknesses", "trends")
STATUS_COLOURS = {PlanStatus.DRAFT: "#6b6b6b", PlanStatus.IN_REVIEW: "#b36b00", PlanStatus.APPROVED: "#1b7f3b"}


def next_period(period: str) -> str:
    """The period after ``period`` when it holds a year (FY2026 → FY2027, 2026H1 → 2027H1); else ``""``."""
    found = re.search(r"(19|20|21)\d\d", period)
    if found is None:
        return ""
    year = int(found.group(0))
    return period[: found.start()] + str(year + 1) + period[found.end() :]


def fit_mean(fit: dict[FitCriterion, int]) -> float | None:
    return sum(fit.values()) / len(fit) if fit else None


def _day(value: date | None) -> str:
    return "" if value is None else value.isoformat()


def target_text(objective: PlanObjective) -> str:
    target = objective.target
    if target is None:
        return ""
    if objective.kind is ObjectiveKind.SHARE_OF_WALLET:
        return f"{target.normalize():f} %"
    whole = target == target.to_integral_value()
    return f"{target:,.0f}" if whole else f"{target:,.2f}"


class PlanWindow(QMainWindow):
    """One account's plans, one period at a time.

    Signals:
    loaded(): the window shows the stored plan again (after opening, a change, undo or redo).
    closed(int): the window was closed; the account id.
    """

    loaded = Signal()
    closed = Signal(int)

    SITUATION_TAB, OBJECTIVES_TAB, RISKS_TAB = range(3)

    def __init__(self, host: PlanWindows, account_id: int, name: str = "") -> None:
        super().__init__(host.main, Qt.WindowType.Window)
        self.setObjectName("planWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.host = host
        self.account_id = account_id
        self._name = name
        self.plans: list[AccountPlan] = []
        self.contents: PlanContents | None = None
        self.progress: PlanProgress | None = None
        self.team: list[TeamMember] = []
        self._team_names: dict[int, str] = {}
        self._shown: dict[str, str] = {}
        self._closing = False

        # -- toolbar
        self.period = QComboBox()
        self.period.setObjectName("period")
        self.period.setMinimumContentsLength(10)
        self.period_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setObjectName("planStatus")
        self.new_action = QAction(self)
        self.clone_action = QAction(self)
        self.rename_action = QAction(self)
        self.delete_plan_action = QAction(self)
        self.submit_action = QAction(self)
        self.approve_action = QAction(self)
        self.draft_action = QAction(self)
        keys = QKeySequence.StandardKey
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence(keys.Undo))
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence(keys.Redo), QKeySequence("Ctrl+Y")])
        self.close_action = QAction(self)
        self.close_action.setShortcut(QKeySequence(keys.Close))
        self.addAction(self.close_action)
        toolbar = QToolBar()
        toolbar.setObjectName("planToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addWidget(self.period_label)
        toolbar.addWidget(self.period)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.clone_action)
        toolbar.addAction(self.rename_action)
        toolbar.addAction(self.delete_plan_action)
        toolbar.addSeparator()
        toolbar.addWidget(self.status_label)
        toolbar.addAction(self.submit_action)
        toolbar.addAction(self.approve_action)
        toolbar.addAction(self.draft_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

        # -- situation and fit
        self.situation: dict[str, QPlainTextEdit] = {}
        self.situation_labels: dict[str, QLabel] = {}
        situation_box = QWidget()
        grid = QGridLayout(situation_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for k, field in enumerate(SITUATION):
            edit = QPlainTextEdit()
            edit.setObjectName(field)
            edit.setTabChangesFocus(True)
            edit.installEventFilter(self)
            label = QLabel()
            label.setBuddy(edit)
            self.situation[field] = edit
            self.situation_labels[field] = label
            row, col = divmod(k, 2)
            span = 2 if k == len(SITUATION) - 1 and col == 0 else 1  # the last box takes the whole row
            grid.addWidget(label, row * 2, col, 1, span)
            grid.addWidget(edit, row * 2 + 1, col, 1, span)
        self.fit_box = QGroupBox()
        fit_form = QFormLayout(self.fit_box)
        self.fit: dict[FitCriterion, QComboBox] = {}
        self.fit_labels: dict[FitCriterion, QLabel] = {}
        for criterion in FitCriterion:
            combo = QComboBox()
            combo.setObjectName(f"fit_{criterion.value}")
            combo.addItems(["", "1", "2", "3", "4", "5"])
            label = QLabel()
            self.fit[criterion] = combo
            self.fit_labels[criterion] = label
            fit_form.addRow(label, combo)
            combo.currentIndexChanged.connect(lambda _i, c=criterion: self._on_fit_chosen(c))
        self.fit_mean = QLabel()
        self.fit_mean.setObjectName("fitMean")
        self.fit_mean.setStyleSheet("font-weight: 600;")
        self.fit_hint = QLabel()
        self.fit_hint.setWordWrap(True)
        self.fit_hint.setStyleSheet("color: #555;")
        fit_form.addRow(self.fit_mean)
        fit_form.addRow(self.fit_hint)
        situation_tab = QWidget()
        situation_layout = QHBoxLayout(situation_tab)
        situation_layout.addWidget(situation_box, 3)
        fit_column = QVBoxLayout()
        fit_column.addWidget(self.fit_box)
        fit_column.addStretch(1)
        situation_layout.addLayout(fit_column, 2)

        # -- objectives and actions
        owner = self._owner_name
        self.objectives_model: RecordsModel[PlanObjective] = RecordsModel(
            [
                Column(lambda: QCoreApplication.translate("PlanWindow", "Objective"), lambda o: o.title),
                Column(lambda: QCoreApplication.translate("PlanWindow", "Kind"), lambda o: kind_name(o.kind)),
                Column(lambda: QCoreApplication.translate("PlanWindow", "Target"), target_text, align_right=True),
                Column(lambda: QCoreApplication.translate("PlanWindow", "Owner"), lambda o: owner(o.owner_id)),
                Column(lambda: QCoreApplication.translate("PlanWindow", "Due"), lambda o: _day(o.due)),
                Column(
                    lambda: QCoreApplication.translate("PlanWindow", "Status"), lambda o: work_status_name(o.status)
                ),
                Column(
                    lambda: QCoreApplication.translate("PlanWindow", "Progress"),
                    lambda o: f"{self.objective_progress(o):.0f} %",
                    progress=self.objective_progress,
                ),
            ],
            self,
        )
        self.actions_model: RecordsModel[PlanAction] = RecordsModel(
            [
                Column(lambda: QCoreApplication.translate("PlanWindow", "Action"), lambda a: a.what),
                Column(lambda: QCoreApplication.translate("PlanWindow", "Owner"), lambda a: owner(a.owner_id)),
                Column(lambda: QCoreApplication.translate("PlanWindow", "Due"), lambda a: _day(a.due)),
                Column(
                    lambda: QCoreApplication.translate("PlanWindow", "Status"), lambda a: work_status_name(a.status)
                ),
            ],
            self,
        )
        self.risks_model: RecordsModel[PlanRisk] = RecordsModel(
            [
                Column(lambda: QCoreApplication.translate("PlanWindow", "Risk"), lambda r: r.description),
                Column(
                    lambda: QCoreApplication.translate("PlanWindow", "Likelihood"),
                    lambda r: str(r.likelihood),
                    align_right=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("PlanWindow", "Impact"),
                    lambda r: str(r.impact),
                    align_right=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("PlanWindow", "Exposure"),
                    lambda r: str(r.exposure),
                    align_right=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("PlanWindow", "Mitigation"),
                    lambda r: r.mitigation.replace("\n", " "),
                ),
                Column(lambda: QCoreApplication.translate("PlanWindow", "Owner"), lambda r: owner(r.owner_id)),
            ],
            self,
        )
        self.objectives_view = self._table(self.objectives_model, "objectives")
        self.objectives_view.setItemDelegateForColumn(6, ProgressDelegate(self.objectives_view))
        self.actions_view = self._table(self.actions_model, "actions")
        self.risks_view = self._table(self.risks_model, "risks")
        widths = {
            self.objectives_view: (110, 120, 110, 110, 100, 160),
            self.actions_view: (120, 110, 100),
            self.risks_view: (90, 90, 90, 380, 120),
        }
        for view, columns in widths.items():
            for column, width in enumerate(columns, start=1):
                view.setColumnWidth(column, width)

        self.add_objective_button = QPushButton()
        self.edit_objective_button = QPushButton()
        self.delete_objective_button = QPushButton()
        self.add_action_button = QPushButton()
        self.edit_action_button = QPushButton()
        self.delete_action_button = QPushButton()
        self.add_risk_button = QPushButton()
        self.edit_risk_button = QPushButton()
        self.delete_risk_button = QPushButton()
        self.plan_progress_label = QLabel()
        self.plan_progress = QProgressBar()
        self.plan_progress.setObjectName("planProgress")
        self.plan_progress.setRange(0, 100)
        self.plan_progress.setFormat("%p %")
        self.plan_progress.setMaximumWidth(260)
        self.actions_title = QLabel()
        self.actions_title.setStyleSheet("font-weight: 600;")

        objectives_part = QWidget()
        top = QVBoxLayout(objectives_part)
        top.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        for button in (self.add_objective_button, self.edit_objective_button, self.delete_objective_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.plan_progress_label)
        buttons.addWidget(self.plan_progress)
        top.addLayout(buttons)
        top.addWidget(self.objectives_view)
        actions_part = QWidget()
        bottom = QVBoxLayout(actions_part)
        bottom.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.actions_title)
        buttons.addStretch(1)
        for button in (self.add_action_button, self.edit_action_button, self.delete_action_button):
            buttons.addWidget(button)
        bottom.addLayout(buttons)
        bottom.addWidget(self.actions_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(objectives_part)
        splitter.addWidget(actions_part)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        objectives_tab = QWidget()
        QVBoxLayout(objectives_tab).addWidget(splitter)

        risks_tab = QWidget()
        risks_layout = QVBoxLayout(risks_tab)
        buttons = QHBoxLayout()
        for button in (self.add_risk_button, self.edit_risk_button, self.delete_risk_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        risks_layout.addLayout(buttons)
        risks_layout.addWidget(self.risks_view)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(situation_tab, "")
        self.tabs.addTab(objectives_tab, "")
        self.tabs.addTab(risks_tab, "")

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton()
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)

        # -- connections
        stack = host.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._on_undo_text_changed)
        stack.redoTextChanged.connect(self._on_undo_text_changed)
        stack.indexChanged.connect(self._on_stack_moved)
        self._following = True  # connected to the undo stack (until closed)
        self.close_action.triggered.connect(self.close)
        self.period.activated.connect(self._on_period_chosen)
        self.new_action.triggered.connect(lambda: self.new_plan())
        self.empty_button.clicked.connect(lambda: self.new_plan())
        self.clone_action.triggered.connect(lambda: self.clone_plan())
        self.rename_action.triggered.connect(lambda: self.rename_period())
        self.delete_plan_action.triggered.connect(lambda: self.delete_plan())
        self.submit_action.triggered.connect(lambda: self.set_status(PlanStatus.IN_REVIEW))
        self.approve_action.triggered.connect(lambda: self.set_status(PlanStatus.APPROVED))
        self.draft_action.triggered.connect(lambda: self.set_status(PlanStatus.DRAFT))
        self.add_objective_button.clicked.connect(lambda: self.add_objective())
        self.edit_objective_button.clicked.connect(self._on_edit_objective)
        self.delete_objective_button.clicked.connect(self._on_delete_objective)
        self.add_action_button.clicked.connect(self._on_add_action)
        self.edit_action_button.clicked.connect(self._on_edit_action)
        self.delete_action_button.clicked.connect(self._on_delete_action)
        self.add_risk_button.clicked.connect(lambda: self.add_risk())
        self.edit_risk_button.clicked.connect(self._on_edit_risk)
        self.delete_risk_button.clicked.connect(self._on_delete_risk)
        self.objectives_view.doubleClicked.connect(self._on_edit_objective)
        self.actions_view.doubleClicked.connect(self._on_edit_action)
        self.risks_view.doubleClicked.connect(self._on_edit_risk)
        self.objectives_view.selectionModel().selectionChanged.connect(self._on_objective_selected)
        self.actions_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.risks_view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.retranslate()
        self.resize(1180, 760)
        geometry = host.main.settings.value("plans/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _table(self, model: RecordsModel[Any], name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return view

    # -- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Plan for period:") + " ")
        self.new_action.setText(self.tr("New Plan…"))
        self.new_action.setToolTip(self.tr("Start a plan of this account for another period"))
        self.clone_action.setText(self.tr("Clone into Next Period…"))
        self.clone_action.setToolTip(
            self.tr("Start next period's plan from this one: situation, fit, risks and the open objectives and actions")
        )
        self.rename_action.setText(self.tr("Rename Period…"))
        self.delete_plan_action.setText(self.tr("Delete Plan…"))
        self.submit_action.setText(self.tr("Submit for Review"))
        self.approve_action.setText(self.tr("Approve"))
        self.draft_action.setText(self.tr("Back to Draft"))
        self.close_action.setText(self.tr("Close"))
        labels = {
            "challenges": self.tr("Challenges"),
            "competitors": self.tr("Competitors"),
            "strengths": self.tr("Our strengths"),
            "weaknesses": self.tr("Our weaknesses"),
            "trends": self.tr("Industry trends"),
        }
        hints = {
            "challenges": self.tr("What the customer is struggling with"),
            "competitors": self.tr("Who else is in the account, and how strong"),
            "strengths": self.tr("Why the customer buys from us"),
            "weaknesses": self.tr("Where we fall short"),
            "trends": self.tr("What is changing in the customer's industry"),
        }
        for field, label in self.situation_labels.items():
            label.setText(labels[field])
            self.situation[field].setPlaceholderText(hints[field])
        self.fit_box.setTitle(self.tr("Strategic fit (1 poor – 5 excellent)"))
        for criterion, label in self.fit_labels.items():
            label.setText(fit_name(criterion) + ":")
            self.fit[criterion].setItemText(0, self.tr("Not scored"))
        self.fit_hint.setText(
            self.tr("Leave a criterion unscored when you do not know; the mean counts the scored ones.")
        )
        self.tabs.setTabText(self.SITUATION_TAB, self.tr("Situation and Fit"))
        self.tabs.setTabText(self.OBJECTIVES_TAB, self.tr("Objectives and Actions"))
        self.tabs.setTabText(self.RISKS_TAB, self.tr("Risks"))
        self.add_objective_button.setText(self.tr("Add Objective…"))
        self.edit_objective_button.setText(self.tr("Edit…"))
        self.delete_objective_button.setText(self.tr("Delete"))
        self.add_action_button.setText(self.tr("Add Action…"))
        self.edit_action_button.setText(self.tr("Edit…"))
        self.delete_action_button.setText(self.tr("Delete"))
        self.add_risk_button.setText(self.tr("Add Risk…"))
        self.edit_risk_button.setText(self.tr("Edit…"))
        self.delete_risk_button.setText(self.tr("Delete"))
        self.empty_label.setText(
            self.tr("This account has no plan yet. Start one for a period such as %1.").replace(
                "%1", f"FY{date.today().year + 1}"
            )
        )
        self.empty_button.setText(self.tr("New Plan…"))
        for model in (self.objectives_model, self.actions_model, self.risks_model):
            model.retranslate()
        self._on_undo_text_changed()
        self._show_header()

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

    # -- loading -------------------------------------------------------------------------------

    @property
    def plan(self) -> AccountPlan | None:
        return self.contents.plan if self.contents is not None else None

    def _uow(self) -> UnitOfWork:
        return self.host.unit_of_work()

    def reload(self, plan_id: int | None = None) -> None:
        """Read the account's plans again and show ``plan_id`` (default: the plan shown,
        else the latest period). Closes the window when the account is gone."""
        if self._closing:
            return
        wanted = plan_id if plan_id is not None else (self.plan.id if self.plan is not None else None)
        try:
            account = accounts.get_account(self._uow(), self.account_id)
        except DomainError as error:
            if error.code == "not_found":  # the account was deleted
                self.discard_and_close()
                return
            self.host.report_error(error)
            return
        try:
            self._name = account.name
            self.plans = services.list_plans(self._uow(), self.account_id)
            self.team = team_members(self._uow())
            ids = [p.id for p in self.plans]
            if wanted not in ids:
                wanted = self.plans[-1].id if self.plans else None
            self.contents = services.load_plan(self._uow(), wanted) if wanted is not None else None
        except DomainError as error:
            self.host.report_error(error)
            return
        self._team_names = {m.id: m.name for m in self.team if m.id is not None}
        self._show()
        self.loaded.emit()

    def _show(self) -> None:
        contents = self.contents
        self.period.blockSignals(True)
        self.period.clear()
        for plan in self.plans:
            self.period.addItem(plan.period, plan.id)
        if contents is not None:
            self.period.setCurrentIndex(self.period.findData(contents.plan.id))
        self.period.blockSignals(False)
        self.pages.setCurrentWidget(self.tabs if contents is not None else self.empty)
        for action in (self.clone_action, self.rename_action, self.delete_plan_action):
            action.setEnabled(contents is not None)
        self.period.setEnabled(bool(self.plans))
        if contents is None:
            self.progress = None
            self._shown = {}
            for model in (self.objectives_model, self.actions_model, self.risks_model):
                model.set_records([])
            self._show_header()
            return
        plan = contents.plan
        for field, edit in self.situation.items():
            stored, current = getattr(plan, field), edit.toPlainText()
            typing = field in self._shown and current != self._shown[field]
            if not typing and current != stored:  # keep what the user is typing; follow the store elsewhere
                edit.setPlainText(stored)
        self._shown = {f: getattr(plan, f) for f in SITUATION}
        for criterion, combo in self.fit.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(plan.fit.get(criterion, 0))
            combo.blockSignals(False)
        self.progress = plan_progress(contents)
        selected = self.selected_objective()
        selected_id = selected.id if selected is not None else None
        self.objectives_model.set_records(contents.objectives)
        self.risks_model.set_records(sorted(contents.risks, key=lambda r: (-r.exposure, r.id or 0)))
        ids = [o.id for o in contents.objectives]
        row = ids.index(selected_id) if selected_id in ids else (0 if ids else -1)
        if row >= 0:
            self.objectives_view.selectRow(row)
        self._show_actions()
        self._show_header()

    def _show_header(self) -> None:
        plan = self.plan
        title = self.tr("%1 — Account Plan %2") if plan is not None else self.tr("%1 — Account Plan")
        self.setWindowTitle(title.replace("%1", self._name).replace("%2", plan.period if plan else ""))
        for action in (self.submit_action, self.approve_action, self.draft_action):
            action.setEnabled(False)
        if plan is None:
            self.status_label.setText("")
            self.fit_mean.setText("")
            self.plan_progress_label.setText("")
            self._update_buttons()
            return
        allowed = TRANSITIONS[plan.status]
        self.submit_action.setEnabled(PlanStatus.IN_REVIEW in allowed)
        self.approve_action.setEnabled(PlanStatus.APPROVED in allowed)
        self.draft_action.setEnabled(PlanStatus.DRAFT in allowed)
        colour = STATUS_COLOURS[plan.status]
        self.status_label.setText(
            f"<span style='color:{colour}; font-weight:600;'>"
            + self.tr("Status: %1").replace("%1", status_name(plan.status))
            + "</span> "
        )
        if plan.status is PlanStatus.APPROVED:
            self.status_label.setToolTip(self.tr("Changing the content of an approved plan sends it back to draft."))
        else:
            self.status_label.setToolTip("")
        mean = fit_mean(plan.fit)
        if mean is None:
            self.fit_mean.setText(self.tr("Mean: not known yet (no criterion scored)"))
        else:
            self.fit_mean.setText(
                self.tr("Mean: %1 from %2 of %3 criteria")
                .replace("%1", f"{mean:.1f}")
                .replace("%2", str(len(plan.fit)))
                .replace("%3", str(len(FitCriterion)))
            )
        progress = self.progress
        if progress is None or progress.overall is None:
            self.plan_progress.setValue(0)
            self.plan_progress.setEnabled(False)
            self.plan_progress_label.setText(self.tr("Plan progress: no objectives yet"))
        else:
            self.plan_progress.setEnabled(True)
            self.plan_progress.setValue(round(progress.overall))
            self.plan_progress_label.setText(
                self.tr("Plan progress (%1 of %2 actions done):")
                .replace("%1", str(progress.actions_done))
                .replace("%2", str(progress.actions_counted))
            )
        self._update_buttons()

    def _show_actions(self) -> None:
        objective = self.selected_objective()
        if objective is None or self.contents is None:
            self.actions_model.set_records([])
            self.actions_title.setText(self.tr("Actions"))
        else:
            self.actions_model.set_records([a for a in self.contents.actions if a.objective_id == objective.id])
            self.actions_title.setText(self.tr("Actions for “%1”").replace("%1", objective.title))
        self._update_buttons()

    @Slot()
    def _update_buttons(self, *_args: Any) -> None:
        has_plan = self.contents is not None
        objective = self.selected_objective() is not None
        self.add_objective_button.setEnabled(has_plan)
        self.edit_objective_button.setEnabled(objective)
        self.delete_objective_button.setEnabled(objective)
        self.add_action_button.setEnabled(objective)
        self.edit_action_button.setEnabled(self.selected_action() is not None)
        self.delete_action_button.setEnabled(self.selected_action() is not None)
        self.add_risk_button.setEnabled(has_plan)
        self.edit_risk_button.setEnabled(self.selected_risk() is not None)
        self.delete_risk_button.setEnabled(self.selected_risk() is not None)

    @Slot(int)
    def _on_stack_moved(self, _index: int) -> None:
        self.reload()

    @Slot(int)
    def _on_period_chosen(self, index: int) -> None:
        self.commit_situation()
        plan_id = self.period.itemData(index)
        if plan_id is not None:
            self.show_plan(int(plan_id))

    def show_plan(self, plan_id: int) -> None:
        """Show another of the account's plans."""
        self._shown = {}
        self.reload(plan_id)

    def _owner_name(self, owner_id: int | None) -> str:
        return self._team_names.get(owner_id, "") if owner_id is not None else ""

    def objective_progress(self, objective: PlanObjective) -> float:
        """The objective's progress as :func:`domain.plans.progress.plan_progress` computes it."""
        if self.progress is None:
            return 0.0
        found = self.progress.objectives.get(objective.id)
        return found.progress if found is not None else 0.0

    def _selected(self, view: QTableView, model: RecordsModel[Any]) -> Any:
        rows = view.selectionModel().selectedRows()
        return model.record(rows[0].row()) if rows else None

    def selected_objective(self) -> PlanObjective | None:
        return self._selected(self.objectives_view, self.objectives_model)  # type: ignore[no-any-return]

    def selected_action(self) -> PlanAction | None:
        return self._selected(self.actions_view, self.actions_model)  # type: ignore[no-any-return]

    def selected_risk(self) -> PlanRisk | None:
        return self._selected(self.risks_view, self.risks_model)  # type: ignore[no-any-return]

    def select_objective(self, objective_id: int) -> None:
        ids = [o.id for o in self.objectives_model.records()]
        if objective_id in ids:
            self.objectives_view.selectRow(ids.index(objective_id))

    @Slot()
    def _on_objective_selected(self, *_args: Any) -> None:
        self._show_actions()

    # -- running commands ----------------------------------------------------------------------

    def _objective_plans(self) -> dict[int, int]:
        if self.contents is None or self.contents.plan.id is None:
            return {}
        return {o.id: self.contents.plan.id for o in self.contents.objectives if o.id is not None}

    def _command(self, action: Callable[[UnitOfWork], PlanChange], text: str) -> PlanCommand:
        return PlanCommand(self.host, action, text, self._objective_plans())

    def _apply(self, command: PlanCommand) -> DomainError | None:
        """Run a command and push it on the main undo stack; the error when refused."""
        try:
            changed = command.apply()
        except DomainError as error:
            return error
        if changed:
            self.host.undo_stack.push(command)  # the stack moves: the window loads again
        return None

    def _run(self, action: Callable[[UnitOfWork], PlanChange], text: str) -> PlanCommand | None:
        command = self._command(action, text)
        error = self._apply(command)
        if error is not None:
            self.host.report_error(error)
            self.reload()  # put fields the user changed back to what is stored
            return None
        return command

    @classmethod
    def run_dialog(cls, dialog: QDialog) -> bool:
        """Show a dialog of this window and wait (tests replace this); True when accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    @classmethod
    def ask_period(cls, parent: QWidget, title: str, label: str, suggestion: str) -> str | None:
        """Ask for a period name (tests replace this); ``None`` when cancelled."""
        text, ok = QInputDialog.getText(parent, title, label, text=suggestion)
        return text if ok else None

    @classmethod
    def ask_delete_plan(cls, parent: QWidget, name: str, period: str) -> bool:
        """Ask before deleting a plan (tests replace this)."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("PlanWindow", "Delete Plan"),
            QCoreApplication.translate("PlanWindow", "Delete the %1 plan of %2 with its objectives, actions and risks?")
            .replace("%1", period)
            .replace("%2", name)
            + "\n\n"
            + QCoreApplication.translate("PlanWindow", "You can undo this."),
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- plans ---------------------------------------------------------------------------------

    def new_plan(self, period: str | None = None) -> int | None:
        """Start a plan of this account for ``period`` (asked when not given); its id when made."""
        self.commit_situation()
        if period is None:
            latest = self.plans[-1].period if self.plans else ""
            suggestion = next_period(latest) if latest else f"FY{date.today().year + 1}"
            period = self.ask_period(
                self, self.tr("New Plan"), self.tr("Period of the new plan (e.g. FY2026):"), suggestion
            )
            if period is None:
                return None
        plan = AccountPlan(self.account_id, period)
        command = self._run(
            lambda uow: services.create_plan(uow, plan), self.tr("New plan %1").replace("%1", period.strip())
        )
        if command is None or command.change is None:
            return None
        plan_id = command.change.record.id
        self.show_plan(plan_id)
        return int(plan_id)

    def clone_plan(self, period: str | None = None) -> int | None:
        """Start the plan for another period from the one shown; the new plan's id when made."""
        self.commit_situation()
        source = self.plan
        if source is None or source.id is None:
            return None
        if period is None:
            period = self.ask_period(
                self,
                self.tr("Clone into Next Period"),
                self.tr(
                    "Period of the new plan. It takes this plan's situation, fit and risks, and the "
                    "objectives and actions still open:"
                ),
                next_period(source.period),
            )
            if period is None:
                return None
        plan_id = source.id
        command = self._run(
            lambda uow: services.clone_plan(uow, plan_id, period),
            self.tr("Clone plan into %1").replace("%1", period.strip()),
        )
        if command is None or command.change is None:
            return None
        new_id = command.change.record.id
        self.show_plan(new_id)
        return int(new_id)

    def rename_period(self, period: str | None = None) -> bool:
        """Give the plan shown another period name."""
        self.commit_situation()
        plan = self.plan
        if plan is None or plan.id is None:
            return False
        if period is None:
            period = self.ask_period(self, self.tr("Rename Period"), self.tr("Period:"), plan.period)
            if period is None:
                return False
        plan_id = plan.id
        return (
            self._run(lambda uow: services.update_plan(uow, plan_id, {"period": period}), self.tr("Rename period"))
            is not None
        )

    def delete_plan(self) -> bool:
        """Delete the plan shown after asking; the window shows the latest remaining one."""
        self.commit_situation()
        plan = self.plan
        if plan is None or plan.id is None or not self.ask_delete_plan(self, self._name, plan.period):
            return False
        plan_id = plan.id
        return (
            self._run(
                lambda uow: services.delete_plan(uow, plan_id), self.tr("Delete plan %1").replace("%1", plan.period)
            )
            is not None
        )

    def set_status(self, status: PlanStatus) -> bool:
        """Move the plan shown to ``status``; a move the rules forbid is refused with a message."""
        self.commit_situation()
        plan = self.plan
        if plan is None or plan.id is None:
            return False
        plan_id = plan.id
        texts = {
            PlanStatus.IN_REVIEW: self.tr("Submit plan for review"),
            PlanStatus.APPROVED: self.tr("Approve plan"),
            PlanStatus.DRAFT: self.tr("Send plan back to draft"),
        }
        return self._run(lambda uow: services.set_plan_status(uow, plan_id, status), texts[status]) is not None

    # -- situation and fit ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self.situation.values():
            self.commit_situation()
        elif event.type() == QEvent.Type.ShortcutOverride and watched in self.situation.values():
            # Ctrl+Z in a box first undoes its typing; with none left, it undoes
            # the last saved change, as Edit → Undo does.
            document = cast(QPlainTextEdit, watched).document()
            key = cast(QKeyEvent, event)
            if (key.matches(QKeySequence.StandardKey.Undo) and not document.isUndoAvailable()) or (
                key.matches(QKeySequence.StandardKey.Redo) and not document.isRedoAvailable()
            ):
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    def commit_situation(self) -> bool:
        """Save the situation texts that differ from the plan shown, as one undo step."""
        plan = self.plan
        if plan is None or plan.id is None or self._closing:
            return False
        changes = {f: e.toPlainText() for f, e in self.situation.items() if e.toPlainText() != getattr(plan, f)}
        if not changes:
            return False
        plan_id = plan.id
        if len(changes) == 1:
            field = next(iter(changes))
            text = self.tr("Edit %1").replace("%1", self.situation_labels[field].text())
        else:
            text = self.tr("Edit situation")
        self._shown = {f: e.toPlainText() for f, e in self.situation.items()}
        return self._run(lambda uow: services.update_plan(uow, plan_id, changes), text) is not None

    def set_situation(self, field: str, text: str) -> bool:
        """Type ``text`` into a situation box and save it (as leaving the box does)."""
        self.situation[field].setPlainText(text)
        return self.commit_situation()

    def _on_fit_chosen(self, criterion: FitCriterion) -> None:
        score = self.fit[criterion].currentIndex()
        self.set_fit(criterion, score or None)

    def set_fit(self, criterion: FitCriterion, score: int | None) -> bool:
        """Score one fit criterion 1-5, or leave it unscored (``None``)."""
        self.commit_situation()
        plan = self.plan
        if plan is None or plan.id is None:
            return False
        fit: dict[FitCriterion, int | None] = dict(plan.fit)
        fit[criterion] = score
        plan_id = plan.id
        text = self.tr("Score %1").replace("%1", fit_name(criterion))
        return self._run(lambda uow: services.update_plan(uow, plan_id, {"fit": fit}), text) is not None

    # -- objectives, actions, risks ------------------------------------------------------------

    def _dialog_run(self, dialog: RecordDialog, done: list[PlanCommand]) -> PlanCommand | None:
        self.run_dialog(dialog)
        dialog.deleteLater()
        return done[0] if done else None

    def _saver(
        self,
        make: Callable[[RecordDialog], tuple[Callable[[UnitOfWork], PlanChange], str] | None],
        done: list[PlanCommand],
    ) -> Callable[[RecordDialog], DomainError | None]:
        def save(dialog: RecordDialog) -> DomainError | None:
            made = make(dialog)
            if made is None:  # nothing changed
                return None
            command = self._command(*made)
            error = self._apply(command)
            if error is None:
                done.append(command)
            return error

        return save

    def add_objective(self) -> int | None:
        """Ask for a new objective of the plan shown; its id when added."""
        self.commit_situation()
        plan = self.plan
        if plan is None or plan.id is None:
            return None
        done: list[PlanCommand] = []

        def make(dialog: RecordDialog) -> tuple[Callable[[UnitOfWork], PlanChange], str]:
            objective = PlanObjective(plan.id, **dialog.values())  # type: ignore[arg-type]
            return (
                lambda uow: services.add_objective(uow, objective),
                self.tr("Add objective %1").replace("%1", objective.title.strip()),
            )

        template = PlanObjective(plan.id, "")
        dialog = ObjectiveDialog(template, self.team, self._saver(make, done), self, new=True)
        command = self._dialog_run(dialog, done)
        if command is None or command.change is None:
            return None
        self.select_objective(command.change.record.id)
        return int(command.change.record.id)

    def edit_objective(self, objective_id: int) -> bool:
        """Open the objective dialog; one undo step when saved with changes."""
        self.commit_situation()
        objective = next((o for o in self.objectives_model.records() if o.id == objective_id), None)
        if objective is None or self.contents is None:
            return False
        done: list[PlanCommand] = []

        def make(dialog: RecordDialog) -> tuple[Callable[[UnitOfWork], PlanChange], str] | None:
            changes = dialog.changes()
            if not changes:
                return None
            return (
                lambda uow: services.update_objective(uow, objective_id, changes),
                self.tr("Edit objective %1").replace("%1", objective.title),
            )

        has_actions = any(a.objective_id == objective_id for a in self.contents.actions)
        dialog = ObjectiveDialog(objective, self.team, self._saver(make, done), self, has_actions=has_actions)
        return self._dialog_run(dialog, done) is not None

    def delete_objective(self, objective_id: int) -> bool:
        """Delete an objective with its actions (undoable)."""
        self.commit_situation()
        objective = next((o for o in self.objectives_model.records() if o.id == objective_id), None)
        if objective is None:
            return False
        return (
            self._run(
                lambda uow: services.delete_objective(uow, objective_id),
                self.tr("Delete objective %1").replace("%1", objective.title),
            )
            is not None
        )

    def add_action(self, objective_id: int) -> int | None:
        """Ask for a new action under an objective; its id when added."""
        self.commit_situation()
        if self.contents is None:
            return None
        done: list[PlanCommand] = []

        def make(dialog: RecordDialog) -> tuple[Callable[[UnitOfWork], PlanChange], str]:
            action = PlanAction(**dialog.values())
            return (
                lambda uow: services.add_action(uow, action),
                self.tr("Add action %1").replace("%1", action.what.strip()),
            )

        template = PlanAction(objective_id, "")
        dialog = ActionDialog(template, self.contents.objectives, self.team, self._saver(make, done), self, new=True)
        command = self._dialog_run(dialog, done)
        if command is None or command.change is None:
            return None
        return int(command.change.record.id)

    def edit_action(self, action_id: int) -> bool:
        self.commit_situation()
        if self.contents is None:
            return False
        action = next((a for a in self.contents.actions if a.id == action_id), None)
        if action is None:
            return False
        done: list[PlanCommand] = []

        def make(dialog: RecordDialog) -> tuple[Callable[[UnitOfWork], PlanChange], str] | None:
            changes = dialog.changes()
            if not changes:
                return None
            return (
                lambda uow: services.update_action(uow, action_id, changes),
                self.tr("Edit action %1").replace("%1", action.what),
            )

        dialog = ActionDialog(action, self.contents.objectives, self.team, self._saver(make, done), self)
        return self._dialog_run(dialog, done) is not None

    def delete_action(self, action_id: int) -> bool:
        self.commit_situation()
        action = next((a for a in (self.contents.actions if self.contents else []) if a.id == action_id), None)
        if action is None:
            return False
        return (
            self._run(
                lambda uow: services.delete_action(uow, action_id),
                self.tr("Delete action %1").replace("%1", action.what),
            )
            is not None
        )

    def add_risk(self) -> int | None:
        """Ask for a new risk of the plan shown; its id when added."""
        self.commit_situation()
        plan = self.plan
        if plan is None or plan.id is None:
            return None
        done: list[PlanCommand] = []

        def make(dialog: RecordDialog) -> tuple[Callable[[UnitOfWork], PlanChange], str]:
            risk = PlanRisk(plan.id, **dialog.values())  # type: ignore[arg-type]
            return (
                lambda uow: services.add_risk(uow, risk),
                self.tr("Add risk %1").replace("%1", risk.description.strip()),
            )

        dialog = RiskDialog(PlanRisk(plan.id, ""), self.team, self._saver(make, done), self, new=True)
        command = self._dialog_run(dialog, done)
        if command is None or command.change is None:
            return None
        return int(command.change.record.id)

    def edit_risk(self, risk_id: int) -> bool:
        self.commit_situation()
        risk = next((r for r in self.risks_model.records() if r.id == risk_id), None)
        if risk is None:
            return False
        done: list[PlanCommand] = []

        def make(dialog: RecordDialog) -> tuple[Callable[[UnitOfWork], PlanChange], str] | None:
            changes = dialog.changes()
            if not changes:
                return None
            return (
                lambda uow: services.update_risk(uow, risk_id, changes),
                self.tr("Edit risk %1").replace("%1", risk.description),
            )

        dialog = RiskDialog(risk, self.team, self._saver(make, done), self)
        return self._dialog_run(dialog, done) is not None

    def delete_risk(self, risk_id: int) -> bool:
        self.commit_situation()
        risk = next((r for r in self.risks_model.records() if r.id == risk_id), None)
        if risk is None:
            return False
        return (
            self._run(
                lambda uow: services.delete_risk(uow, risk_id),
                self.tr("Delete risk %1").replace("%1", risk.description),
            )
            is not None
        )

    @Slot()
    def _on_edit_objective(self, *_args: Any) -> None:
        objective = self.selected_objective()
        if objective is not None and objective.id is not None:
            self.edit_objective(objective.id)

    @Slot()
    def _on_delete_objective(self) -> None:
        objective = self.selected_objective()
        if objective is not None and objective.id is not None:
            self.delete_objective(objective.id)

    @Slot()
    def _on_add_action(self) -> None:
        objective = self.selected_objective()
        if objective is not None and objective.id is not None:
            self.add_action(objective.id)

    @Slot()
    def _on_edit_action(self, *_args: Any) -> None:
        action = self.selected_action()
        if action is not None and action.id is not None:
            self.edit_action(action.id)

    @Slot()
    def _on_delete_action(self) -> None:
        action = self.selected_action()
        if action is not None and action.id is not None:
            self.delete_action(action.id)

    @Slot()
    def _on_edit_risk(self, *_args: Any) -> None:
        risk = self.selected_risk()
        if risk is not None and risk.id is not None:
            self.edit_risk(risk.id)

    @Slot()
    def _on_delete_risk(self) -> None:
        risk = self.selected_risk()
        if risk is not None and risk.id is not None:
            self.delete_risk(risk.id)

    # -- closing -------------------------------------------------------------------------------

    def discard_and_close(self) -> None:
        """Close without saving situation text still being typed (the store is being left)."""
        self._closing = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.commit_situation()
        self._closing = True
        stack = self.host.undo_stack
        if self._following and shiboken6.isValid(stack):
            stack.indexChanged.disconnect(self._on_stack_moved)
        self._following = False
        self.host.main.settings.setValue("plans/geometry", self.saveGeometry())
        self.closed.emit(self.account_id)
        super().closeEvent(event)
