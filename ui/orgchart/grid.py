"""The power grid (权力矩阵): influence (1-5, up) against attitude towards us (-2..+2, across).

Each contact with both an influence and an attitude gets a compact card in its
cell; the cards of one cell are spread in rows that never overlap (every
column of the grid is as wide as its fullest cell needs). Four quadrant
backgrounds carry what to do with the people in them; the neutral column sits
on the vertical axis. Contacts without an influence or an attitude wait in the
"not placed yet" strip on the right.

Dragging cards to a cell asks for their new influence and attitude
(``position_requested``); the cards go back where they were until the caller
hands over the changed power map.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from domain.model import Attitude, Contact
from domain.powermap import PowerMap
from ui.orgchart.base import CardScene, LinesItem
from ui.orgchart.items import DROP_COLOUR, CardItem, is_decision_maker
from ui.orgchart.labels import attitude_name

INFLUENCES = (5, 4, 3, 2, 1)
"""Rows from top to bottom."""
ATTITUDES = (-2, -1, 0, 1, 2)
"""Columns from left to right."""
HIGH_INFLUENCE = 4
"""Rows from this influence up form the upper quadrants."""

QUADRANT_COLOURS = {
    ("high", "against"): "#fdecea",
    ("high", "for"): "#e6f4e7",
    ("low", "against"): "#fff6dc",
    ("low", "for"): "#e4f0fb",
}


def quadrant_caption(influence: str, side: str) -> str:
    """What to do with the people of a quadrant (``influence`` high/low, ``side`` against/for)."""
    captions = {
        ("high", "against"): QCoreApplication.translate("PowerGridScene", "Powerful opponents: win over or neutralise"),
        ("high", "for"): QCoreApplication.translate("PowerGridScene", "Powerful supporters: keep close"),
        ("low", "against"): QCoreApplication.translate("PowerGridScene", "Opponents with little power: watch"),
        ("low", "for"): QCoreApplication.translate("PowerGridScene", "Supporters with little power: mobilise"),
    }
    return captions[(influence, side)]


class GridBackground(QGraphicsItem):
    """Quadrants, cells, axis labels and the "not placed yet" strip, drawn as one item."""

    def __init__(self, scene: PowerGridScene) -> None:
        super().__init__()
        self._scene = scene
        self._rect = QRectF()
        self.setZValue(-10.0)
        self._caption_font = QFont()
        self._caption_font.setPointSizeF(10.0)
        self._caption_font.setBold(True)
        self._label_font = QFont()
        self._label_font.setPointSizeF(9.5)
        self._axis_font = QFont()
        self._axis_font.setPointSizeF(10.5)
        self._axis_font.setBold(True)

    def set_extent(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = rect

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:  # never under the mouse
        return QPainterPath()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        s = self._scene
        grid = s.grid_rect()
        split_y = s.influence_split_y()
        neutral = s.cell_rect(INFLUENCES[0], 0).united(s.cell_rect(INFLUENCES[-1], 0))
        # The quadrants lie either side of the neutral column, which belongs to neither side.
        for (level, side), colour in QUADRANT_COLOURS.items():
            x0, x1 = (grid.left(), neutral.left()) if side == "against" else (neutral.right(), grid.right())
            y0, y1 = (grid.top(), split_y) if level == "high" else (split_y, grid.bottom())
            painter.fillRect(QRectF(x0, y0, x1 - x0, y1 - y0), QColor(colour))
        painter.fillRect(QRectF(neutral.left(), grid.top(), neutral.width(), split_y - grid.top()), QColor("#eceff1"))
        painter.fillRect(QRectF(neutral.left(), split_y, neutral.width(), grid.bottom() - split_y), QColor("#f4f6f7"))

        # Cell borders, then the line between high and low influence a little stronger.
        painter.setPen(QPen(QColor("#ffffff"), 2.0))
        for influence in INFLUENCES:
            for attitude in ATTITUDES:
                painter.drawRect(s.cell_rect(influence, attitude))
        painter.setPen(QPen(QColor("#90a4ae"), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(grid.left(), split_y), QPointF(grid.right(), split_y))
        painter.setPen(QPen(QColor("#607d8b"), 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(grid)

        # Quadrant captions, in the bands above the top row and below the bottom row.
        band = PowerGridScene.CAPTION
        painter.setFont(self._caption_font)
        painter.setPen(QColor("#37474f"))
        pad = 10.0
        top = QRectF(grid.left() + pad, grid.top(), grid.width() - 2 * pad, band)
        bottom = QRectF(grid.left() + pad, grid.bottom() - band, grid.width() - 2 * pad, band)
        left_align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right_align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(top, left_align, quadrant_caption("high", "against"))
        painter.drawText(top, right_align, quadrant_caption("high", "for"))
        painter.drawText(bottom, left_align, quadrant_caption("low", "against"))
        painter.drawText(bottom, right_align, quadrant_caption("low", "for"))

        # Axis labels: influence 1-5 on the left, attitudes below.
        painter.setFont(self._label_font)
        painter.setPen(QColor("#37474f"))
        for influence in INFLUENCES:
            cell = s.cell_rect(influence, ATTITUDES[0])
            painter.drawText(QRectF(grid.left() - 30.0, cell.top(), 24.0, cell.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(influence))
        for attitude in ATTITUDES:
            cell = s.cell_rect(INFLUENCES[-1], attitude)
            painter.drawText(QRectF(cell.left(), grid.bottom() + 4.0, cell.width(), 22.0),
                             Qt.AlignmentFlag.AlignCenter, attitude_name(Attitude(attitude)))
        painter.setFont(self._axis_font)
        painter.drawText(QRectF(grid.left(), grid.bottom() + 26.0, grid.width(), 24.0), Qt.AlignmentFlag.AlignCenter,
                         QCoreApplication.translate("PowerGridScene", "Attitude towards us →"))
        painter.save()
        painter.translate(grid.left() - 44.0, grid.center().y())
        painter.rotate(-90.0)
        painter.drawText(QRectF(-grid.height() / 2, -12.0, grid.height(), 24.0), Qt.AlignmentFlag.AlignCenter,
                         QCoreApplication.translate("PowerGridScene", "Influence →"))
        painter.restore()

        strip = s.unplaced_rect()
        if not strip.isEmpty():
            painter.setPen(QPen(QColor("#b0bec5"), 1.2, Qt.PenStyle.DashLine))
            painter.setBrush(QColor("#f5f7f8"))
            painter.drawRoundedRect(strip, 6.0, 6.0)
            painter.setFont(self._caption_font)
            painter.setPen(QColor("#455a64"))
            painter.drawText(QRectF(strip.left() + 8.0, strip.top(), strip.width() - 16.0, band), left_align,
                             QCoreApplication.translate("PowerGridScene", "Not placed yet (%1)")
                             .replace("%1", str(len(s.unplaced_ids()))))


class PowerGridScene(CardScene):
    """The power grid of one power map.

    Signals:
    position_requested(int, int, int): the user dragged this contact's card (id) to the cell of
        this influence (1-5) and attitude (-2..+2) and asks for them to be set. Emitted once per
        dragged card whose values differ from the cell's.
    edit_requested(int): edit this contact (double-click, Return).
    delete_requested(list): delete these contacts (Delete key).
    """

    position_requested = Signal(int, int, int)

    CARD = QSizeF(168.0, 48.0)
    GAP = 8.0
    CAPTION = 28.0  # the band above the top row and below the bottom row for the quadrant captions
    LEFT = 70.0  # room for the influence axis
    BOTTOM = 56.0  # room for the attitude names and the axis title
    MAX_ACROSS = 5  # cards side by side in one cell, at most
    MIN_ROWS = 1
    MARGIN = 24.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.CARD, compact=True, parent=parent)
        self._column_x: dict[int, tuple[float, float]] = {}  # attitude -> (left, width)
        self._row_y: dict[int, tuple[float, float]] = {}  # influence -> (top, height)
        self._unplaced: list[int] = []
        self._unplaced_rect = QRectF()
        self._hint: LinesItem | None = None
        self.set_power_map(PowerMap(account_id=0, whole_group=False))  # the empty grid

    def _reset_items(self) -> None:
        self.clear()
        self._cards = {}
        self._background = GridBackground(self)
        self.addItem(self._background)
        hint = LinesItem()
        hint.setPen(QPen(QColor(DROP_COLOUR), 3.0, Qt.PenStyle.DashLine))
        hint.setZValue(5.0)
        self.addItem(hint)
        self._hint = hint

    # -- building ------------------------------------------------------------------------------

    def set_power_map(self, power_map: PowerMap) -> None:
        """Draw ``power_map`` from scratch, keeping the selection where the same people are there."""
        selected = self.selected_ids()
        self._take(power_map)
        self._reset_items()
        cells: dict[tuple[int, int], list[Contact]] = {}
        unplaced: list[Contact] = []
        for contact in self._contacts.values():
            if contact.influence in INFLUENCES and contact.attitude is not None:
                cells.setdefault((contact.influence, int(contact.attitude)), []).append(contact)
            else:
                unplaced.append(contact)
        for members in cells.values():  # decision makers first, then by name
            members.sort(key=lambda c: (not is_decision_maker(c), c.name))
        unplaced.sort(key=lambda c: c.name)

        w, h, gap = self.CARD.width(), self.CARD.height(), self.GAP
        across: dict[int, int] = {}
        x = self.LEFT
        for attitude in ATTITUDES:
            fullest = max((len(cells.get((i, attitude), ())) for i in INFLUENCES), default=0)
            across[attitude] = max(1, min(self.MAX_ACROSS, math.ceil(math.sqrt(fullest))))
            width = across[attitude] * (w + gap) + gap
            self._column_x[attitude] = (x, width)
            x += width
        y = 0.0
        for influence in INFLUENCES:
            rows = max([self.MIN_ROWS] + [math.ceil(len(cells.get((influence, a), ())) / across[a]) for a in ATTITUDES])
            height = rows * (h + gap) + gap + (self.CAPTION if influence in (INFLUENCES[0], INFLUENCES[-1]) else 0.0)
            self._row_y[influence] = (y, height)
            y += height

        for (influence, attitude), members in cells.items():
            left, _ = self._column_x[attitude]
            top, _ = self._row_y[influence]
            if influence == INFLUENCES[0]:
                top += self.CAPTION
            for k, contact in enumerate(members):
                column, row = k % across[attitude], k // across[attitude]
                self._add_card(contact, QPointF(left + gap + column * (w + gap), top + gap + row * (h + gap)))

        grid = self.grid_rect()
        self._unplaced = [c.id for c in unplaced if c.id is not None]
        if unplaced:
            per_column = max(1, int((grid.height() - self.CAPTION - gap) // (h + gap)))
            columns = math.ceil(len(unplaced) / per_column)
            left = grid.right() + 40.0
            self._unplaced_rect = QRectF(left, grid.top(), columns * (w + gap) + gap,
                                         max(grid.height(), self.CAPTION + per_column * (h + gap) + gap))
            for k, contact in enumerate(unplaced):
                column, row = k // per_column, k % per_column
                self._add_card(contact, QPointF(left + gap + column * (w + gap),
                                                grid.top() + self.CAPTION + row * (h + gap)))
        else:
            self._unplaced_rect = QRectF()
        extent = QRectF(0.0, grid.top(), grid.right(), grid.height() + self.BOTTOM)
        if not self._unplaced_rect.isEmpty():
            extent = extent.united(self._unplaced_rect)
        self._background.set_extent(extent)
        m = self.MARGIN
        self.setSceneRect(extent.adjusted(-m, -m, m, m))
        if self._only_decision_makers or self._highlight_uncovered:
            self._apply_emphasis(self._cards.values())
        for contact_id in selected:
            card = self._cards.get(contact_id)
            if card is not None:
                card.setSelected(True)

    def _add_card(self, contact: Contact, pos: QPointF) -> None:
        card = CardItem(contact, self.card_style)
        card.home = pos
        card.setPos(pos)
        self.addItem(card)
        self._cards[card.contact_id] = card

    def update_contact(self, contact: Contact) -> None:
        """Draw a changed (or new) contact: the grid is placed again."""
        self._replace_contact(contact)
        self.set_power_map(self._power_map)

    def remove_contact(self, contact_id: int) -> None:
        """Stop drawing a contact (deleted)."""
        if contact_id in self._contacts:
            self._power_map.contacts = [c for c in self._power_map.contacts if c.id != contact_id]
            self.set_power_map(self._power_map)

    def retranslate(self) -> None:
        super().retranslate()
        self._background.update()

    # -- geometry ------------------------------------------------------------------------------

    def grid_rect(self) -> QRectF:
        """The 5 x 5 cells, without axis labels and the strip."""
        left = self._column_x[ATTITUDES[0]][0]
        right = sum(self._column_x[ATTITUDES[-1]])
        top = self._row_y[INFLUENCES[0]][0]
        bottom = sum(self._row_y[INFLUENCES[-1]])
        return QRectF(left, top, right - left, bottom - top)

    def cell_rect(self, influence: int, attitude: int) -> QRectF:
        """The scene rectangle of one cell (influence 1-5, attitude -2..+2)."""
        left, width = self._column_x[attitude]
        top, height = self._row_y[influence]
        return QRectF(left, top, width, height)

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        """The (influence, attitude) of the cell at a scene position, ``None`` outside the grid."""
        for influence, (top, height) in self._row_y.items():
            if top <= pos.y() < top + height:
                for attitude, (left, width) in self._column_x.items():
                    if left <= pos.x() < left + width:
                        return influence, attitude
        return None

    def influence_split_y(self) -> float:
        return self._row_y[HIGH_INFLUENCE][0] + self._row_y[HIGH_INFLUENCE][1]

    def unplaced_rect(self) -> QRectF:
        """The "not placed yet" strip (empty when every contact is placed)."""
        return QRectF(self._unplaced_rect)

    def unplaced_ids(self) -> list[int]:
        """Contacts without an influence or an attitude, as listed in the strip."""
        return list(self._unplaced)

    # -- dragging to a cell --------------------------------------------------------------------

    def _drop_target_changed(self, pos: QPointF, dragged: list[CardItem]) -> None:
        cell = self.cell_at(pos)
        path = QPainterPath()
        if cell is not None:
            path.addRoundedRect(self.cell_rect(*cell).adjusted(3.0, 3.0, -3.0, -3.0), 6.0, 6.0)
        if self._hint is not None:
            self._hint.set_lines(path)

    def _clear_drop_hint(self) -> None:
        if self._hint is not None:
            self._hint.set_lines(QPainterPath())

    def _drop(self, pos: QPointF, dragged: list[CardItem]) -> None:
        cell = self.cell_at(pos)
        if cell is None:
            return
        influence, attitude = cell
        moving = [
            card.contact_id
            for card in dragged
            if card.contact.influence != influence or card.contact.attitude is None
            or int(card.contact.attitude) != attitude
        ]
        # Decided before emitting: a receiver may hand over a new power map (new cards) at once.
        for contact_id in moving:
            self.position_requested.emit(contact_id, influence, attitude)
