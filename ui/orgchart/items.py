"""Cards: one lightweight graphics item per contact, drawn from the contact it holds.

A :class:`CardItem` keeps only its contact and the :class:`CardStyle` its scene
shares between all cards (size, fonts, colours, owner and account names, what
to emphasise). Its bounding rectangle is the style's, computed once. Painting
depends on the zoom (level of detail): far out a card is one rectangle in its
attitude colour, a little closer it gets a frame and the name, and from
readable size on it shows everything. Texts are elided once per card, on first
full paint, and kept until the contact or the language changes.

Items only draw: the scene moves them, and turns what the user does with them
into request signals.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from domain.model import Attitude, BuyingRole, Contact
from domain.powermap import PowerMap
from domain.powermap.coverage import CoverageSettings, is_uncovered
from ui.orgchart.labels import attitude_name, buying_role_badge, buying_role_name, layer_name, strength_name

ATTITUDE_COLOURS: dict[Attitude | None, str] = {
    Attitude.OPPONENT: "#d32f2f",
    Attitude.SCEPTIC: "#f57c00",
    Attitude.NEUTRAL: "#9e9e9e",
    Attitude.SUPPORTER: "#7cb342",
    Attitude.CHAMPION: "#2e7d32",
    None: "#b0bec5",
}
"""The colour of each attitude towards us (``None``: not known), in every picture and the legend."""

ROLE_COLOURS: dict[BuyingRole, str] = {
    BuyingRole.DECISION_MAKER: "#6a1b9a",
    BuyingRole.ECONOMIC_BUYER: "#00695c",
    BuyingRole.TECHNICAL_BUYER: "#1565c0",
    BuyingRole.USER: "#6d4c41",
    BuyingRole.COACH: "#c77c02",
    BuyingRole.GATEKEEPER: "#455a64",
    BuyingRole.INFLUENCER: "#ad1457",
}
"""The badge colour of each buying role."""

DECISION_ROLES = frozenset({BuyingRole.DECISION_MAKER, BuyingRole.ECONOMIC_BUYER})
"""The roles the "only decision makers" toggle keeps."""

SELECTION_COLOUR = "#1976d2"
UNCOVERED_COLOUR = "#ff6f00"
DROP_COLOUR = "#2e7d32"
_CARD_BORDER = "#90a4ae"
_TEXT = "#212121"
_MUTED = "#607d8b"

# Below this zoom a card is a plain rectangle, below the second it shows only its name.
LOD_RECT = 0.3
LOD_NAME = 0.55


def is_decision_maker(contact: Contact) -> bool:
    """True for decision makers and economic buyers."""
    return contact.buying_role in DECISION_ROLES


def initials(name: str) -> str:
    """Initials of a person's name: "Alice Wang" → "AW"; a Chinese name → its first character."""
    words = name.split()
    if not words:
        return ""
    if len(words) == 1:
        word = words[0]
        return word[:2].upper() if word.isascii() else word[:1]
    return (words[0][:1] + words[-1][:1]).upper()


class CardStyle:
    """What all cards of one scene share.

    ``compact`` cards (the power grid's) show name, title and badges only.
    Call :meth:`retranslate` after a language change and :meth:`use` when the
    power map changes; cards redraw their texts on their next paint.
    """

    def __init__(self, size: QSizeF, *, compact: bool = False) -> None:
        self.compact = compact
        self.rect = QRectF(0.0, 0.0, size.width(), size.height())
        # Room for the widest frame (highlight or drop hint) around the card.
        self.bounds = self.rect.adjusted(-3.0, -3.0, 3.0, 3.0)
        self.owner_names: dict[int, str] = {}
        self.account_names: dict[int, str] = {}
        self.whole_group = False
        self.highlight_uncovered = False
        self.coverage: CoverageSettings | None = None  # who counts as influential (default 4 of 5)
        self.generation = 0  # bumped whenever cached card texts go stale

        self.name_font = QFont()
        self.name_font.setPointSizeF(9.5 if not compact else 9.0)
        self.name_font.setBold(True)
        self.text_font = QFont()
        self.text_font.setPointSizeF(8.5 if not compact else 8.0)
        self.small_font = QFont()
        self.small_font.setPointSizeF(7.5)
        self.small_font.setBold(True)
        self.name_metrics = QFontMetricsF(self.name_font)
        self.text_metrics = QFontMetricsF(self.text_font)
        self.small_metrics = QFontMetricsF(self.small_font)

        self.attitude_colours = {key: QColor(value) for key, value in ATTITUDE_COLOURS.items()}
        # Far out, cards are filled with a lighter tint so that lines stay visible on them.
        self.overview_colours = {key: QColor(value).lighter(125) for key, value in ATTITUDE_COLOURS.items()}
        self.role_colours = {key: QColor(value) for key, value in ROLE_COLOURS.items()}
        self.selection_colour = QColor(SELECTION_COLOUR)
        self.card_pen = QPen(QColor(_CARD_BORDER), 1.0)
        self.selected_pen = QPen(self.selection_colour, 2.5)
        self.uncovered_pen = QPen(QColor(UNCOVERED_COLOUR), 3.0)
        self.drop_pen = QPen(QColor(DROP_COLOUR), 3.0, Qt.PenStyle.DashLine)
        self.card_brush = QBrush(QColor("#ffffff"))
        self.text_colour = QColor(_TEXT)
        self.muted_colour = QColor(_MUTED)
        self.owner_brush = QBrush(QColor("#e3f2fd"))
        self.owner_text = QColor("#0d47a1")
        self.warning_brush = QBrush(QColor(UNCOVERED_COLOUR))
        self.dot_on = QBrush(QColor("#37474f"))
        self.dot_pen = QPen(QColor("#78909c"), 0.8)
        self.badges: dict[BuyingRole, str] = {}
        self.retranslate()

    def use(self, power_map: PowerMap) -> None:
        """Take the names the cards show beside ids from ``power_map``."""
        self.owner_names = dict(power_map.owner_names)
        self.account_names = dict(power_map.account_names)
        self.whole_group = power_map.whole_group
        self.generation += 1

    def retranslate(self) -> None:
        self.badges = {role: buying_role_badge(role) for role in BuyingRole}
        self.generation += 1


class CardItem(QGraphicsItem):
    """One contact's card; selectable and movable (the scene snaps it back after a drag).

    ``contact`` is the contact drawn, replaced by the scene when it changes.
    ``home`` is where the layout put the card: the scene moves it back there.
    """

    FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable

    def __init__(self, contact: Contact, style: CardStyle) -> None:
        super().__init__()
        self.contact = contact
        self.contact_id: int = contact.id if contact.id is not None else 0
        self.home = QPointF()
        self.drop_hint = False
        self._style = style
        self._texts: tuple[str, ...] | None = None
        self._generation = -1
        self.setFlags(self.FLAGS)

    def set_contact(self, contact: Contact) -> None:
        """Draw ``contact`` from now on (the same person, changed)."""
        self.contact = contact
        self._texts = None
        self.update()

    def set_drop_hint(self, on: bool) -> None:
        if on != self.drop_hint:
            self.drop_hint = on
            self.update()

    def boundingRect(self) -> QRectF:
        return self._style.bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._style.rect)
        return path

    # -- painting ------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        style = self._style
        contact = self.contact
        scale = painter.worldTransform().m11()
        if scale < LOD_RECT:
            colours = style.overview_colours if not self.isSelected() else None
            painter.fillRect(style.rect, colours[contact.attitude] if colours else style.selection_colour)
            return
        rect = style.rect
        painter.setPen(self._frame_pen(contact))
        painter.setBrush(style.card_brush)
        painter.drawRoundedRect(rect, 5.0, 5.0)
        painter.fillRect(QRectF(1.0, 1.0, 6.0, rect.height() - 2.0), style.attitude_colours[contact.attitude])
        if scale < LOD_NAME:
            painter.setFont(style.name_font)
            painter.setPen(style.text_colour)
            painter.drawText(rect.adjusted(12.0, 0.0, -4.0, 0.0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, contact.name)
            return
        if self._texts is None or self._generation != style.generation:
            self._texts = self._elide_texts()
            self._generation = style.generation
        if style.compact:
            self._paint_compact(painter, self._texts)
        else:
            self._paint_full(painter, self._texts)

    def _frame_pen(self, contact: Contact) -> QPen:
        style = self._style
        if self.drop_hint:
            return style.drop_pen
        if self.isSelected():
            return style.selected_pen
        if style.highlight_uncovered and is_uncovered(contact, style.coverage):
            return style.uncovered_pen
        return style.card_pen

    def _elide_texts(self) -> tuple[str, ...]:
        style = self._style
        contact = self.contact
        width = style.rect.width()
        badge = style.badges.get(contact.buying_role, "") if contact.buying_role else ""
        badge_width = style.small_metrics.horizontalAdvance(badge) + 8.0 if badge else 0.0
        elide = Qt.TextElideMode.ElideRight
        name = style.name_metrics.elidedText(contact.name, elide, width - 18.0 - badge_width - 6.0)
        title = style.text_metrics.elidedText(contact.title, elide, width - 18.0)
        owner = style.owner_names.get(contact.owner_id, "") if contact.owner_id is not None else ""
        if style.compact:
            return (name, title, badge, initials(owner))
        owner_text = style.small_metrics.elidedText(owner, elide, width * 0.42) if owner else ""
        place = contact.department
        if style.whole_group:
            account = style.account_names.get(contact.account_id, "")
            place = f"{place} · {account}" if place and account else place or account
        place = style.text_metrics.elidedText(place, elide, width - 18.0)
        return (name, title, badge, owner_text, place)

    def _paint_badge(self, painter: QPainter, badge: str) -> None:
        style = self._style
        role = self.contact.buying_role
        if not badge or role is None:
            return
        width = style.small_metrics.horizontalAdvance(badge) + 8.0
        box = QRectF(style.rect.width() - width - 5.0, 5.0, width, 15.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.role_colours[role])
        painter.drawRoundedRect(box, 3.0, 3.0)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(style.small_font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, badge)

    def _paint_warning(self, painter: QPainter, right: float, bottom: float) -> None:
        """The "nobody on our side holds this influential contact" mark: an orange triangle with "!"."""
        style = self._style
        triangle = QPolygonF([QPointF(right - 8.0, bottom - 14.0), QPointF(right, bottom),
                              QPointF(right - 16.0, bottom)])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.warning_brush)
        painter.drawPolygon(triangle)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(style.small_font)
        painter.drawText(QRectF(right - 16.0, bottom - 12.0, 16.0, 12.0), Qt.AlignmentFlag.AlignCenter, "!")

    def _paint_full(self, painter: QPainter, texts: tuple[str, ...]) -> None:
        style = self._style
        contact = self.contact
        name, title, badge, owner, place = texts
        width = style.rect.width()
        height = style.rect.height()
        left = 13.0
        painter.setPen(style.text_colour)
        painter.setFont(style.name_font)
        painter.drawText(QRectF(left, 4.0, width - left - 4.0, 18.0), Qt.AlignmentFlag.AlignVCenter, name)
        painter.setFont(style.text_font)
        painter.drawText(QRectF(left, 22.0, width - left - 4.0, 16.0), Qt.AlignmentFlag.AlignVCenter, title)
        painter.setPen(style.muted_colour)
        painter.drawText(QRectF(left, 38.0, width - left - 4.0, 16.0), Qt.AlignmentFlag.AlignVCenter, place)
        self._paint_badge(painter, badge)

        # Influence: five dots, filled up to the contact's influence (hollow when not known).
        painter.setPen(style.dot_pen)
        influence = contact.influence or 0
        for k in range(5):
            painter.setBrush(style.dot_on if k < influence else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(left + 4.0 + k * 10.0, height - 11.0), 3.5, 3.5)

        right = width - 5.0
        if is_uncovered(contact, style.coverage):
            self._paint_warning(painter, right, height - 4.0)
            right -= 20.0
        if owner:
            owner_width = style.small_metrics.horizontalAdvance(owner) + 10.0
            box = QRectF(right - owner_width, height - 19.0, owner_width, 15.0)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.owner_brush)
            painter.drawRoundedRect(box, 7.0, 7.0)
            painter.setPen(style.owner_text)
            painter.setFont(style.small_font)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, owner)

    def _paint_compact(self, painter: QPainter, texts: tuple[str, ...]) -> None:
        style = self._style
        name, title, badge, owner = texts
        width = style.rect.width()
        height = style.rect.height()
        left = 12.0
        painter.setPen(style.text_colour)
        painter.setFont(style.name_font)
        painter.drawText(QRectF(left, 3.0, width - left - 4.0, 18.0), Qt.AlignmentFlag.AlignVCenter, name)
        painter.setFont(style.text_font)
        painter.setPen(style.muted_colour)
        painter.drawText(QRectF(left, height - 21.0, width - left - 30.0, 16.0), Qt.AlignmentFlag.AlignVCenter,
                         title)
        self._paint_badge(painter, badge)
        right = width - 4.0
        if is_uncovered(self.contact, style.coverage):
            self._paint_warning(painter, right, height - 4.0)
        elif owner:
            box = QRectF(right - 20.0, height - 21.0, 18.0, 18.0)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.owner_brush)
            painter.drawEllipse(box)
            painter.setPen(style.owner_text)
            painter.setFont(style.small_font)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, owner)


def card_tooltip(contact: Contact, style: CardStyle, last_contact: date | None = None) -> str:
    """Everything a card says, and what it only hints at, as a plain-text tool tip."""
    lines = [contact.name]
    if contact.title:
        lines.append(contact.title)
    if contact.department:
        lines.append(contact.department)
    if style.whole_group and contact.account_id in style.account_names:
        account = style.account_names[contact.account_id]
        lines.append(QCoreApplication.translate("PowerMapCard", "Account: %1").replace("%1", account))
    role = buying_role_name(contact.buying_role)
    lines.append(QCoreApplication.translate("PowerMapCard", "Role: %1").replace("%1", role))
    attitude = attitude_name(contact.attitude)
    lines.append(QCoreApplication.translate("PowerMapCard", "Attitude: %1").replace("%1", attitude))
    influence = (str(contact.influence) if contact.influence is not None
                 else QCoreApplication.translate("PowerMapCard", "not known"))
    lines.append(QCoreApplication.translate("PowerMapCard", "Influence: %1 of 5").replace("%1", influence))
    if contact.owner_id is not None:
        owner = style.owner_names.get(contact.owner_id, str(contact.owner_id))
        strength = strength_name(contact.strength)
        lines.append(QCoreApplication.translate("PowerMapCard", "Relationship held by: %1").replace("%1", owner))
        lines.append(QCoreApplication.translate("PowerMapCard", "Strength: %1").replace("%1", strength))
    if contact.layer is not None:
        lines.append(layer_name(contact.layer))
    if last_contact is not None:
        day = last_contact.isoformat()
        lines.append(QCoreApplication.translate("PowerMapCard", "Last contact: %1").replace("%1", day))
    if is_uncovered(contact, style.coverage):
        lines.append(QCoreApplication.translate(
            "PowerMapCard", "Influential, and nobody on our side holds this relationship"
        ))
    return "\n".join(lines)
