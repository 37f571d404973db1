"""File → Import…: read a workbook, show what it would do, then write it.

Reading and planning run off the GUI thread; nothing is written until the
user presses Import, and then in one transaction (Cancel rolls it back).
Columns the app could not place can be mapped by hand; the mapping is
remembered for the next file with the same columns.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError, FileFormatError
from domain.exchange import headers as hdr
from domain.exchange.plan import ERROR, ImportPlan
from domain.exchange.schema import SHEET_ORDER, Column, ValueType, fields
from domain.exchange.service import preview_import, run_import
from domain.exchange.table import SheetToWrite
from domain.ports import SpreadsheetFiles, Store
from ui.exchange_labels import column_headers, sheet_titles
from ui.import_messages import file_error_text, issue_text
from ui.messages import error_text
from ui.table_model import RowsModel
from ui.tasks import BackgroundTask

MAX_PREVIEW_ROWS = 5000
IGNORE = ""


class ImportDialog(QDialog):
    """Signals:
    planned(): a (new) preview is shown.
    imported(): the import was written to the store.
    failed(str): reading or writing failed with this message.
    """

    planned = Signal()
    imported = Signal()
    failed = Signal(str)

    def __init__(
        self, path: Path, store: Store, files: SpreadsheetFiles, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.store = store
        self.files = files
        self.settings = settings
        self.plan: ImportPlan | None = None
        self._overrides: dict[str, str | None] = {}
        self._kinds: dict[str, str | None] = {}
        self._tasks: list[BackgroundTask] = []
        self._error = ""
        self.setWindowTitle(self.tr("Import — %1").replace("%1", path.name))
        self.resize(1000, 720)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sheets_model = RowsModel([])
        self.sheets_view = self._table(self.sheets_model, 3)
        self.columns_model = RowsModel([])
        self.columns_view = self._table(self.columns_model, 2)
        self.changes_model = RowsModel([])
        self.changes_view = self._table(self.changes_model, 4)
        self.issues_model = RowsModel([])
        self.issues_view = self._table(self.issues_model, 4)
        self.sheets_box = self._box(self.sheets_view)
        self.columns_box = self._box(self.columns_view)
        self.changes_box = self._box(self.changes_view)
        self.issues_box = self._box(self.issues_view)
        self.save_issues_button = QPushButton()
        self.save_issues_button.clicked.connect(self._on_save_issues)
        issues_layout = self.issues_box.layout()
        assert issues_layout is not None
        issues_layout.addWidget(self.save_issues_button)

        splitter = QSplitter(Qt.Orientation.Vertical)
        for stretch, box in zip(
            (1, 1, 3, 3), (self.sheets_box, self.columns_box, self.changes_box, self.issues_box), strict=True
        ):
            splitter.addWidget(box)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self._retranslate()

    # -- layout helpers ------------------------------------------------------------------------

    @staticmethod
    def _table(model: RowsModel, stretch: int) -> QTableView:
        """A read-only table whose ``stretch`` column takes the spare width."""
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        def stretch_column() -> None:
            if model.columnCount() > stretch:
                header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

        model.headerDataChanged.connect(lambda *_: stretch_column())
        return view

    @staticmethod
    def _box(view: QTableView) -> QGroupBox:
        box = QGroupBox()
        layout = QVBoxLayout(box)
        layout.addWidget(view)
        return box

    def _retranslate(self) -> None:
        self.sheets_box.setTitle(self.tr("Sheets"))
        self.columns_box.setTitle(self.tr("Columns not recognised — choose a field, or leave them ignored"))
        self.changes_box.setTitle(self.tr("What the import will do"))
        self.issues_box.setTitle(self.tr("Problems"))
        self.save_issues_button.setText(self.tr("Save Problems…"))
        self.import_button.setText(self.tr("&Import"))
        self.sheets_model.set_headers([self.tr("Sheet"), self.tr("Read as"), self.tr("Header row"), self.tr("Rows")])
        self.columns_model.set_headers([self.tr("Sheet"), self.tr("Column"), self.tr("Field")])
        self.changes_model.set_headers(
            [
                self.tr("Records"),
                self.tr("Action"),
                self.tr("Key"),
                self.tr("Name"),
                self.tr("Changes"),
                self.tr("Sheet"),
                self.tr("Row"),
            ]
        )
        self.issues_model.set_headers(
            [self.tr("Severity"), self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )

    def _kind_names(self) -> dict[str, str]:
        return sheet_titles()

    # -- reading and planning ------------------------------------------------------------------

    def start(self) -> BackgroundTask:
        """Read the file and show the first preview (in the background)."""
        self.summary.setText(self.tr("Reading %1…").replace("%1", str(self.path)))
        return self._run(self.tr("Reading %1…").replace("%1", self.path.name), self._preview(), self._on_first_plan)

    def replan(self) -> BackgroundTask:
        """Plan again with the current column and sheet choices. The file is
        read again: the dialog never holds a whole workbook's cells."""
        return self._run(self.tr("Checking the file…"), self._preview(), self._show_plan)

    def _preview(self) -> Callable[[Callable[[int, int], bool]], ImportPlan]:
        store, files, path = self.store, self.files, self.path
        overrides, kinds = dict(self._overrides), dict(self._kinds)

        def work(progress: Callable[[int, int], bool]) -> ImportPlan:
            return preview_import(
                store.unit_of_work(), files, path, overrides=overrides, kinds=kinds, progress=progress
            )

        return work

    def _run(
        self, label: str, work: Callable[[Callable[[int, int], bool]], Any], done: Callable[[Any], None]
    ) -> BackgroundTask:
        self.import_button.setEnabled(False)
        task = BackgroundTask(self, label, work)
        task.succeeded.connect(done)
        task.failed.connect(self._on_failed)
        task.finished.connect(lambda: self._tasks.remove(task))
        self._tasks.append(task)
        task.start()
        return task

    @Slot(object)
    def _on_first_plan(self, plan: ImportPlan) -> None:
        remembered = self._remembered(plan)
        if remembered:
            self._overrides.update(remembered)
            self.replan()
            return
        self._show_plan(plan)

    def _remembered(self, plan: ImportPlan) -> dict[str, str | None]:
        found: dict[str, str | None] = {}
        for report in plan.sheets:
            if report.mapping is None or not report.mapping.unknown:
                continue
            text = self.settings.value(f"import/mappings/{self._signature(report.kind or '', report.mapping.headers)}")
            if isinstance(text, str):
                try:
                    found.update({str(k): (str(v) or None) if v else None for k, v in json.loads(text).items()})
                except (ValueError, AttributeError):
                    continue
        return found

    @staticmethod
    def _signature(kind: str, headers: Sequence[str]) -> str:
        # QSettings keys use "/" as a separator: keep the signature one key.
        return hdr.shape_signature(kind, headers).replace("/", "_").replace("\\", "_")

    @Slot(object)
    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        names = self._kind_names()
        self.sheets_model.set_rows(
            [(r.sheet, names.get(r.kind or "", self._note(r.note)), r.header_row or "", r.rows) for r in plan.sheets]
        )
        for row, report in enumerate(plan.sheets):
            self.sheets_view.setIndexWidget(
                self.sheets_model.index(row, 1), self._kind_combo(report.sheet, report.kind)
            )
        unknown = [(r.sheet, r.kind, h) for r in plan.sheets if r.mapping and r.kind for h in r.mapping.unknown]
        rows = unknown + [c for c in self._chosen_columns(plan) if c not in unknown]
        self.columns_model.set_rows([(s, h, "") for s, _k, h in rows])
        for row, (_sheet, kind, header) in enumerate(rows):
            assert kind is not None
            self.columns_view.setIndexWidget(self.columns_model.index(row, 2), self._field_combo(kind, header))
        self.columns_box.setVisible(bool(rows))
        self._show_changes(plan)
        issues = [
            (
                self.tr("Error") if i.severity == ERROR else self.tr("Warning"),
                i.sheet,
                i.row or "",
                i.column or "",
                issue_text(i),
            )
            for i in plan.issues
        ]
        self.issues_model.set_rows(issues, {n for n, i in enumerate(plan.issues) if i.severity == ERROR})
        self.issues_box.setVisible(bool(issues))
        self.save_issues_button.setEnabled(bool(issues))
        self._show_summary(plan)
        self.import_button.setEnabled(plan.ok)
        self.planned.emit()

    def _chosen_columns(self, plan: ImportPlan) -> list[tuple[str, str | None, str]]:
        picked = {hdr.normalize(k) for k in self._overrides}
        return [
            (r.sheet, r.kind, h)
            for r in plan.sheets
            if r.mapping and r.kind
            for h in r.mapping.headers
            if h and hdr.normalize(h) in picked
        ]

    def _note(self, note: str) -> str:
        return {
            "hidden": self.tr("(hidden, skipped)"),
            "ignored": self.tr("(skipped)"),
            "unrecognised": self.tr("(not recognised)"),
        }.get(note, note)

    def _show_changes(self, plan: ImportPlan) -> None:
        names = self._kind_names()
        labels = column_headers()
        actions = {"add": self.tr("Add"), "change": self.tr("Change")}
        rows = []
        for change in plan.changes:
            if change.action == "same":
                continue
            detail = "; ".join(
                f"{labels.get(change.kind, {}).get(f, f)}: {_short(old)} → {_short(new)}"
                for f, (old, new) in change.fields.items()
            )
            rows.append(
                (names[change.kind], actions[change.action], change.key, change.label, detail, change.sheet, change.row)
            )
            if len(rows) >= MAX_PREVIEW_ROWS:
                break
        self.changes_model.set_rows(rows)

    def _show_summary(self, plan: ImportPlan) -> None:
        names = self._kind_names()
        parts = []
        for kind, counts in plan.counts().items():
            if any(counts.values()):
                parts.append(
                    self.tr("%1: %2 new, %3 changed, %4 unchanged")
                    .replace("%1", names[kind])
                    .replace("%2", str(counts["add"]))
                    .replace("%3", str(counts["change"]))
                    .replace("%4", str(counts["same"]))
                )
        text = "<br>".join(parts) or self.tr("Nothing to import.")
        if plan.errors:
            text += (
                "<br><b>"
                + self.tr(
                    "%n problem(s) must be fixed in the file before it can be imported; nothing has been written.",
                    "",
                    len(plan.errors),
                )
                + "</b>"
            )
        else:
            text += "<br>" + self.tr("Nothing has been written yet. Press Import to write all of it at once.")
        self.summary.setText(text)

    def _kind_combo(self, sheet: str, kind: str | None) -> QComboBox:
        combo = QComboBox()
        names = self._kind_names()
        combo.addItem(self.tr("(skip this sheet)"), None)
        for option in SHEET_ORDER:
            combo.addItem(names[option], option)
        combo.setCurrentIndex(max(0, combo.findData(kind)) if kind else 0)
        combo.activated.connect(lambda _i, s=sheet, c=combo: self._on_kind_chosen(s, c.currentData()))
        return combo

    def _field_combo(self, kind: str, header: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(ignore this column)"), IGNORE)
        labels = column_headers().get(kind, {})
        extra = {
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "mobile": self.tr("Mobile"),
            "stage": self.tr("Deal stage (only won deals are orders)"),
        }
        for field in fields(kind):
            combo.addItem(labels.get(field) or extra.get(field, field), field)
        current = self._overrides.get(header)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.activated.connect(lambda _i, k=kind, h=header, c=combo: self.choose_field(k, h, c.currentData()))
        return combo

    def choose_field(self, kind: str, header: str, field: str | None) -> BackgroundTask:
        """Read the column ``header`` as ``field`` (None/"" ignores it), remember
        the choice for files of this shape, and preview again."""
        self._overrides[header] = field or None
        self._remember(kind)
        return self.replan()

    def choose_kind(self, sheet: str, kind: str | None) -> BackgroundTask:
        self._kinds[sheet] = kind
        return self.replan()

    def _on_kind_chosen(self, sheet: str, kind: object) -> None:
        self.choose_kind(sheet, str(kind) if kind else None)

    def _remember(self, kind: str) -> None:
        if self.plan is None:
            return
        for report in self.plan.sheets:
            if report.kind == kind and report.mapping is not None:
                mine = {h: self._overrides[h] for h in report.mapping.headers if h in self._overrides}
                key = f"import/mappings/{self._signature(kind, report.mapping.headers)}"
                self.settings.setValue(key, json.dumps(mine, ensure_ascii=False))

    # -- writing -------------------------------------------------------------------------------

    @Slot()
    def _on_import(self) -> None:
        self.run_import()

    def run_import(self) -> BackgroundTask | None:
        """Import the file with the previewed choices (in the background). The
        file is read again and written in one transaction as it is planned; if
        it has changed since the preview and now has errors, nothing is written
        and the new problems are shown."""
        if self.plan is None or not self.plan.ok:
            return None
        store, files, path = self.store, self.files, self.path
        overrides, kinds = dict(self._overrides), dict(self._kinds)

        def work(progress: Callable[[int, int], bool]) -> ImportPlan:
            return run_import(store.unit_of_work(), files, path, overrides=overrides, kinds=kinds, progress=progress)

        self.buttons.setEnabled(False)
        task = self._run(self.tr("Importing…"), work, self._on_imported)
        task.finished.connect(lambda: self.buttons.setEnabled(True))
        return task

    @Slot(object)
    def _on_imported(self, plan: ImportPlan) -> None:
        if not plan.written:
            self._show_plan(plan)
            return
        self.imported.emit()
        self.accept()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        if isinstance(error, FileFormatError):
            message = file_error_text(error)
        elif isinstance(error, DomainError):
            message = error_text(error)
        else:
            message = self.tr("Something went wrong: %1").replace("%1", str(error))
        self._error = message
        self.summary.setText(f"<b>{message}</b>")
        self.import_button.setEnabled(bool(self.plan and self.plan.ok))
        self.failed.emit(message)

    def error_message(self) -> str:
        return self._error

    def _on_save_issues(self) -> None:
        target = self.ask_issues_path(self, self.path.with_name(self.path.stem + "-problems.xlsx"))
        if target is not None:
            self.save_issues(target)

    def save_issues(self, target: Path) -> None:
        """Write the problem list to an xlsx file."""
        headers = self.issues_model.headers()
        columns = [Column(f"c{i}", ValueType.TEXT, width=w) for i, w in enumerate((9, 16, 6, 18, 80))]
        sheet = SheetToWrite(
            self.tr("Problems"), headers, columns, self.issues_model.rows(), self.issues_model.rowCount()
        )
        try:
            self.files.write(target, [sheet])
        except DomainError as error:
            self._on_failed(error)

    @classmethod
    def ask_issues_path(cls, parent: QWidget, suggestion: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ImportDialog", "Save Problems"),
            str(suggestion),
            QCoreApplication.translate("ImportDialog", "Excel workbooks (*.xlsx)"),
        )
        return Path(name) if name else None

    def reject(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        super().reject()


def _short(value: Any) -> str:
    text = "" if value is None else str(getattr(value, "value", value))
    return text if len(text) <= 40 else text[:39] + "…"


__all__ = ["ImportDialog"]
