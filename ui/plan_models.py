"""Read-only table models over plan records, and the delegate that draws progress bars.

Each model is a thin adapter over a list of domain records
(:class:`RecordsModel`): a column is a header and a function from the record
to what the cell shows. Editing goes through dialogs and undo commands, never
through the models.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

ModelIndex = QModelIndex | QPersistentModelIndex
R = TypeVar("R")

PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1
"""A cell's progress (0-100) for :class:`ProgressDelegate`; ``None`` draws no bar (the text alone)."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[R]):
    """A column: its header, its text and, optionally, a number to sort by, a progress,
    an alignment and a tooltip."""

    header: Callable[[], str]
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    progress: Callable[[R], float | None] | None = None
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None


class RecordsModel(QAbstractTableModel, Generic[R]):
    """Rows of domain records under fixed columns; ``set_records`` replaces them."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._records: list[R] = []

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[R]:
        return list(self._records)

    def record(self, row: int) -> R | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._records) - 1, len(self.columns) - 1))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        column = self.columns[index.column()]
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip is not None else column.text(record)
        if role == PROGRESS_ROLE:
            return column.progress(record) if column.progress is not None else None
        if role == SORT_ROLE:
            return column.sort(record) if column.sort is not None else column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header() if 0 <= section < len(self.columns) else None
        return None


class ProgressDelegate(QStyledItemDelegate):
    """Draws a cell's :data:`PROGRESS_ROLE` (0-100) as a bar under the cell's text.

    Drawn by hand rather than as a style's progress bar, so the text stays dark and
    readable over the filled and the empty part alike, in every style."""

    FILL = QColor("#8ec5ea")
    TRACK = QColor("#f1f3f5")
    BORDER = QColor("#b9c2cb")

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        value = index.data(PROGRESS_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        view_option.text = ""  # type: ignore[attr-defined]
        widget = view_option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)
        rect = QRect(view_option.rect).adjusted(4, 4, -4, -4)  # type: ignore[attr-defined]
        share = min(max(float(value), 0.0), 100.0) / 100.0
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.BORDER))
        painter.setBrush(self.TRACK)
        painter.drawRoundedRect(QRectF(rect), 3, 3)
        if share > 0:
            filled = QRectF(rect.x(), rect.y(), rect.width() * share, rect.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.FILL)
            painter.drawRoundedRect(filled.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.setPen(QColor("#1d2a36"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        painter.restore()
