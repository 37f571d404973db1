"""The legend beside the org chart and the power grid: what colours, badges, lines and marks mean."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from domain.model import Attitude, BuyingRole, LinkKind
from ui.orgchart.items import ATTITUDE_COLOURS, ROLE_COLOURS, SELECTION_COLOUR, UNCOVERED_COLOUR
from ui.orgchart.labels import attitude_name, buying_role_badge, buying_role_name, link_kind_name
from ui.orgchart.scene import CONFLICT_COLOUR, DOTTED_COLOUR, INFLUENCE_COLOUR, REPORTING_COLOUR

SAMPLE_WIDTH = 40
SAMPLE_HEIGHT = 16


def _pixmap(draw: Callable[[QPainter], None]) -> QPixmap:
    pixmap = QPixmap(SAMPLE_WIDTH, SAMPLE_HEIGHT)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(painter)
    painter.end()
    return pixmap


def _swatch(colour: str) -> QPixmap:
    def draw(painter: QPainter) -> None:
        painter.setPen(QPen(QColor("#607d8b"), 0.8))
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(10, 2, 20, 12), 3, 3)

    return _pixmap(draw)


def _badge(role: BuyingRole) -> QPixmap:
    def draw(painter: QPainter) -> None:
        font = QFont()
        font.setPointSizeF(7.5)
        font.setBold(True)
        painter.setFont(font)
        box = QRectF(6, 1, 28, 14)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ROLE_COLOURS[role]))
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, buying_role_badge(role))

    return _pixmap(draw)


def _line(kind: str) -> QPixmap:
    def draw(painter: QPainter) -> None:
        y = SAMPLE_HEIGHT / 2
        if kind == "reporting":
            painter.setPen(QPen(QColor(REPORTING_COLOUR), 1.6))
            painter.drawLine(QPointF(2, y), QPointF(38, y))
        elif kind == "dotted":
            painter.setPen(QPen(QColor(DOTTED_COLOUR), 1.6, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(2, y), QPointF(38, y))
        elif kind == "influence":
            painter.setPen(QPen(QColor(INFLUENCE_COLOUR), 2.0))
            painter.drawLine(QPointF(2, y), QPointF(30, y))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(INFLUENCE_COLOUR))
            painter.drawPolygon(QPolygonF([QPointF(38, y), QPointF(29, y - 4.5), QPointF(29, y + 4.5)]))
        else:
            painter.setPen(QPen(QColor(CONFLICT_COLOUR), 1.6, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(2, y), QPointF(38, y))
            painter.setPen(QPen(QColor(CONFLICT_COLOUR), 2.0))
            path = QPainterPath(QPointF(11, y))
            for k in range(1, 6):
                path.lineTo(11 + k * 3.6, y + (4 if k % 2 else -4))
            path.lineTo(29, y)
            painter.drawPath(path)

    return _pixmap(draw)


def _influence_dots() -> QPixmap:
    def draw(painter: QPainter) -> None:
        painter.setPen(QPen(QColor("#78909c"), 0.8))
        for k in range(5):
            painter.setBrush(QColor("#37474f") if k < 3 else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(4 + k * 8, SAMPLE_HEIGHT / 2), 3, 3)

    return _pixmap(draw)


def _warning() -> QPixmap:
    def draw(painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(UNCOVERED_COLOUR))
        painter.drawPolygon(QPolygonF([QPointF(20, 1), QPointF(28, 15), QPointF(12, 15)]))
        painter.setPen(QColor("#ffffff"))
        font = QFont()
        font.setPointSizeF(7.5)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(12, 3, 16, 12), Qt.AlignmentFlag.AlignCenter, "!")

    return _pixmap(draw)


def _frame(colour: str) -> QPixmap:
    def draw(painter: QPainter) -> None:
        painter.setPen(QPen(QColor(colour), 2.5))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(QRectF(8, 2, 24, 12), 3, 3)

    return _pixmap(draw)


class PowerMapLegend(QWidget):
    """What the cards' colours, badges and marks, and the lines between them, mean.

    ``lines=False`` leaves out the lines (the power grid draws none).
    """

    def __init__(self, parent: QWidget | None = None, *, lines: bool = True) -> None:
        super().__init__(parent)
        self._lines = lines
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._content: QWidget | None = None
        self.retranslate()

    def texts(self) -> list[str]:
        """Every text the legend shows, top to bottom."""
        if self._content is None:
            return []
        return [label.text() for label in self._content.findChildren(QLabel) if label.text()]

    def retranslate(self) -> None:
        if self._content is not None:
            self._layout.removeWidget(self._content)
            self._content.deleteLater()
        content = QWidget(self)
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        row = 0

        def heading(text: str) -> None:
            nonlocal row
            label = QLabel(text)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            grid.addWidget(label, row, 0, 1, 2)
            row += 1

        def entry(pixmap: QPixmap, text: str) -> None:
            nonlocal row
            sample = QLabel()
            sample.setPixmap(pixmap)
            grid.addWidget(sample, row, 0)
            grid.addWidget(QLabel(text), row, 1)
            row += 1

        heading(self.tr("Attitude towards us"))
        for attitude in reversed(Attitude):
            entry(_swatch(ATTITUDE_COLOURS[attitude]), attitude_name(attitude))
        entry(_swatch(ATTITUDE_COLOURS[None]), attitude_name(None))
        heading(self.tr("Buying role"))
        for role in BuyingRole:
            entry(_badge(role), buying_role_name(role))
        heading(self.tr("Marks"))
        entry(_influence_dots(), self.tr("Influence (filled dots, of 5)"))
        entry(_warning(), self.tr("Influential, nobody on our side holds them"))
        entry(_frame(UNCOVERED_COLOUR), self.tr("Uncovered (when highlighted)"))
        entry(_frame(SELECTION_COLOUR), self.tr("Selected"))
        if self._lines:
            heading(self.tr("Lines"))
            entry(_line("reporting"), self.tr("Reports to"))
            entry(_line("dotted"), self.tr("Dotted-line manager"))
            entry(_line("influence"), link_kind_name(LinkKind.INFLUENCE))
            entry(_line("conflict"), link_kind_name(LinkKind.CONFLICT))
        grid.setRowStretch(row, 1)
        grid.setColumnStretch(1, 1)
        self._content = content
        self._layout.addWidget(content)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
