"""The org chart and the power grid as widgets: a tool bar, the chart, the legend.

:class:`OrgChartWidget` and :class:`PowerGridWidget` show a power map handed
to :meth:`ChartPanel.set_power_map`. The edit requests come from their
``scene`` (see :class:`~ui.orgchart.scene.OrgChartScene` and
:class:`~ui.orgchart.grid.PowerGridScene`): connect to those. Both can save
the whole chart as PNG, SVG or PDF and print it; the dialogs are class
methods (:meth:`ChartPanel.ask_export_path`, :meth:`ChartPanel.ask_printer`)
that tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from domain.powermap import PowerMap
from ui.orgchart.export import EXPORT_SUFFIXES, View, chart_title, export_scene, print_scene
from ui.orgchart.grid import PowerGridScene
from ui.orgchart.legend import PowerMapLegend
from ui.orgchart.scene import OrgChartScene
from ui.orgchart.view import ChartView


class ChartPanel(QWidget):
    """A card scene in a :class:`ChartView`, with a tool bar and a legend.

    Signals:
    exported(Path): the chart was saved to this file.
    """

    exported = Signal(Path)

    view_kind: View = "org"
    export_name = "chart"

    def __init__(self, scene: OrgChartScene | PowerGridScene, parent: QWidget | None = None, *,
                 legend_lines: bool) -> None:
        super().__init__(parent)
        self.scene: OrgChartScene | PowerGridScene = scene
        scene.setParent(self)
        self.view = ChartView(scene)
        self.legend = PowerMapLegend(lines=legend_lines)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._fitted = False

        self.decision_makers_action = self._toggle(self._on_decision_makers)
        self.uncovered_action = self._toggle(self._on_uncovered)
        self.legend_action = self._toggle(self._on_legend)
        self.export_action = QAction(self)
        self.export_action.triggered.connect(self._on_export)
        self.print_action = QAction(self)
        self.print_action.triggered.connect(self._on_print)

        legend_box = QScrollArea()
        legend_box.setWidget(self.legend)
        legend_box.setWidgetResizable(True)
        legend_box.setMinimumWidth(200)
        self._legend_box = legend_box
        self.legend_action.setChecked(True)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(legend_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)

    def _toggle(self, slot: object) -> QAction:
        action = QAction(self)
        action.setCheckable(True)
        action.toggled.connect(slot)
        return action

    def _fill_toolbar(self, *actions: QAction | QWidget | None) -> None:
        bar = self.toolbar
        for item in actions:
            if item is None:
                bar.addSeparator()
            elif isinstance(item, QAction):
                bar.addAction(item)
            else:
                bar.addWidget(item)

    def retranslate(self) -> None:
        self.decision_makers_action.setText(QCoreApplication.translate("PowerMapChart", "Only decision makers"))
        self.decision_makers_action.setToolTip(
            QCoreApplication.translate("PowerMapChart", "Dim everyone but decision makers and economic buyers")
        )
        self.uncovered_action.setText(QCoreApplication.translate("PowerMapChart", "Highlight uncovered"))
        self.uncovered_action.setToolTip(
            QCoreApplication.translate(
                "PowerMapChart", "Frame influential people (influence 4-5) nobody on our side holds; dim the others"
            )
        )
        self.legend_action.setText(QCoreApplication.translate("PowerMapChart", "Legend"))
        self.export_action.setText(QCoreApplication.translate("PowerMapChart", "Export…"))
        self.export_action.setToolTip(QCoreApplication.translate(
            "PowerMapChart", "Save the whole chart as a PNG picture, an SVG drawing or a PDF file"
        ))
        self.print_action.setText(QCoreApplication.translate("PowerMapChart", "Print…"))
        self.view.retranslate()
        self.scene.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ----------------------------------------------------------------------------------

    def set_power_map(self, power_map: PowerMap) -> None:
        """Show ``power_map``; the first one shown is fitted to the window."""
        self.scene.set_power_map(power_map)
        if not self._fitted and self.isVisible():
            self._fitted = True
            self.view.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted and self.scene.card_ids():
            self._fitted = True
            self.view.fit()

    def title(self) -> str:
        """The title written above the chart in pictures and print-outs."""
        return chart_title(self.scene.power_map, self.view_kind)

    # -- toggles -------------------------------------------------------------------------------

    @Slot(bool)
    def _on_decision_makers(self, on: bool) -> None:
        self.scene.set_only_decision_makers(on)

    @Slot(bool)
    def _on_uncovered(self, on: bool) -> None:
        self.scene.set_highlight_uncovered(on)

    @Slot(bool)
    def _on_legend(self, on: bool) -> None:
        self._legend_box.setVisible(on)

    # -- export and print ----------------------------------------------------------------------

    def export(self, path: Path) -> Path:
        """Save the whole chart to ``path`` (see :func:`ui.orgchart.export.export_scene`); emits ``exported``."""
        written = export_scene(self.scene, Path(path), title=self.title())
        self.exported.emit(written)
        return written

    @classmethod
    def ask_export_path(cls, parent: QWidget, suggested_name: str) -> Path | None:
        """Ask where to save the chart (tests replace this); ``None`` when the user cancels."""
        name, chosen = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("PowerMapChart", "Export Chart"),
            str(Path.home() / suggested_name),
            "PNG (*.png);;SVG (*.svg);;PDF (*.pdf)",
        )
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_name(path.name + next((s for s in EXPORT_SUFFIXES if f"*{s}" in chosen), ".png"))
        return path

    @classmethod
    def ask_printer(cls, parent: QWidget) -> QPrinter | None:
        """Ask which printer to use (tests replace this); ``None`` when the user cancels."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def show_error(self, message: str) -> None:
        """Tell the user something failed (tests replace this)."""
        QMessageBox.warning(self, QCoreApplication.translate("PowerMapChart", "Chart"), message)

    @Slot()
    def _on_export(self) -> None:
        path = self.ask_export_path(self, f"{self.export_name}.png")
        if path is None:
            return
        if path.suffix.lower() not in EXPORT_SUFFIXES:
            self.show_error(
                QCoreApplication.translate("PowerMapChart", "Choose a file name ending in .png, .svg or .pdf.")
            )
            return
        try:
            self.export(path)
        except OSError as error:
            self.show_error(
                QCoreApplication.translate("PowerMapChart", "The chart could not be saved to %1: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error))
            )

    @Slot()
    def _on_print(self) -> None:
        printer = self.ask_printer(self)
        if printer is None:
            return
        try:
            print_scene(self.scene, printer, title=self.title())
        except OSError as error:
            message = QCoreApplication.translate("PowerMapChart", "The chart could not be printed: %1")
            self.show_error(message.replace("%1", str(error)))


class OrgChartWidget(ChartPanel):
    """The org chart with find, the toggles, zoom, export and print.

    ``scene`` is the :class:`OrgChartScene`: connect to its request signals.

    Signals:
    exported(Path): the chart was saved to this file.
    """

    export_name = "org_chart"
    view_kind: View = "org"

    def __init__(self, parent: QWidget | None = None) -> None:
        self.scene: OrgChartScene
        super().__init__(OrgChartScene(), parent, legend_lines=True)
        self.find_edit = QLineEdit()
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMaximumWidth(220)
        self.find_result = QLabel()
        self.find_result.setMinimumWidth(70)
        finder = QWidget()
        row = QHBoxLayout(finder)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(self.find_edit)
        row.addWidget(self.find_result)
        self.departments_action = self._toggle(self._on_departments)
        self._fill_toolbar(
            finder, None, self.departments_action, self.decision_makers_action, self.uncovered_action, None,
            self.view.zoom_out_action, self.view.zoom_in_action, self.view.fit_action, None,
            self.export_action, self.print_action, self.legend_action,
        )
        self.find_edit.returnPressed.connect(self._on_find)
        self.find_edit.textEdited.connect(self._on_find_text_edited)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.find_edit.setPlaceholderText(self.tr("Find a person (name or title)…"))
        self.departments_action.setText(self.tr("Departments"))
        self.departments_action.setToolTip(self.tr("Show departments as boxes around their people"))
        self._show_find_result()

    def find_person(self, text: str) -> int | None:
        """Select and centre the next person whose name or title contains ``text`` (see
        :meth:`OrgChartScene.find`); the result count is shown beside the find box."""
        found = self.scene.find(text)
        self._show_find_result(searched=bool(text.strip()))
        return found

    def _show_find_result(self, searched: bool = False) -> None:
        k, count = self.scene.find_position
        if count:
            self.find_result.setText(self.tr("%1 of %2").replace("%1", str(k)).replace("%2", str(count)))
        else:
            self.find_result.setText(self.tr("No match") if searched else "")

    @Slot()
    def _on_find(self) -> None:
        self.find_person(self.find_edit.text())

    @Slot(str)
    def _on_find_text_edited(self, text: str) -> None:
        self.find_result.setText("")

    @Slot(bool)
    def _on_departments(self, on: bool) -> None:
        self.scene.set_departments_visible(on)


class PowerGridWidget(ChartPanel):
    """The power grid with the toggles, zoom, export and print.

    ``scene`` is the :class:`PowerGridScene`: connect to ``position_requested``.

    Signals:
    exported(Path): the chart was saved to this file.
    """

    export_name = "power_grid"
    view_kind: View = "grid"

    def __init__(self, parent: QWidget | None = None) -> None:
        self.scene: PowerGridScene
        super().__init__(PowerGridScene(), parent, legend_lines=False)
        self._fill_toolbar(
            self.decision_makers_action, self.uncovered_action, None,
            self.view.zoom_out_action, self.view.zoom_in_action, self.view.fit_action, None,
            self.export_action, self.print_action, self.legend_action,
        )
        self.retranslate()
