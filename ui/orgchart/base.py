"""What the org chart and the power grid scenes share: cards, selection, emphasis, dragging.

A :class:`CardScene` holds one :class:`~ui.orgchart.items.CardItem` per contact
of a :class:`~domain.powermap.PowerMap`. Cards may be dragged (all selected
cards move together); when the mouse is released the subclass decides what the
drop asks for (:meth:`CardScene._drop`) and every card goes back to where the
layout put it. The data changes only when the caller acts on the request and
hands the scene the new power map.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainterPath, QTransform
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QToolTip,
    QWidget,
)

from domain.model import Contact
from domain.powermap import PowerMap
from domain.powermap.coverage import CoverageSettings
from ui.orgchart.items import CardItem, CardStyle, card_tooltip, is_decision_maker, is_uncovered

DIMMED_OPACITY = 0.22
"""Opacity of the cards a toggle puts in the background."""


class LinesItem(QGraphicsPathItem):
    """Many lines drawn as one path; never under the mouse, so clicks and tool tips go to the cards.

    Set the lines with :meth:`set_lines`: the bounding rectangle is computed once
    there (``QGraphicsPathItem`` would compute it from the shape, which is empty here).
    """

    def __init__(self) -> None:
        super().__init__()
        self._bounds = QRectF()

    def set_lines(self, path: QPainterPath) -> None:
        margin = self.pen().widthF() + 2.0
        self.prepareGeometryChange()
        self._bounds = path.controlPointRect().adjusted(-margin, -margin, margin, margin) if not path.isEmpty() \
            else QRectF()
        self.setPath(path)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()


class CardScene(QGraphicsScene):
    """Base of the card scenes: see :class:`~ui.orgchart.scene.OrgChartScene` and
    :class:`~ui.orgchart.grid.PowerGridScene` for their signals.

    Signals (shared):
    edit_requested(int): the user asks to edit this contact (double-click, Return).
    delete_requested(list): the user asks to delete these contacts (Delete key, context menu).
    """

    edit_requested = Signal(int)
    delete_requested = Signal(list)

    def __init__(self, card_size: QSizeF, *, compact: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card_style = CardStyle(card_size, compact=compact)
        self._power_map = PowerMap(account_id=0, whole_group=False)
        self._contacts: dict[int, Contact] = {}
        self._cards: dict[int, CardItem] = {}
        self._only_decision_makers = False
        self._highlight_uncovered = False
        self._dragged: list[CardItem] = []
        self._press_pos: QPointF | None = None

    # -- what is shown -------------------------------------------------------------------------

    @property
    def power_map(self) -> PowerMap:
        """The power map drawn (the scene's own copy of its lists)."""
        return self._power_map

    def card(self, contact_id: int) -> CardItem | None:
        """The card of a contact, or ``None`` when it is not drawn."""
        return self._cards.get(contact_id)

    def card_ids(self) -> list[int]:
        """The ids of every contact drawn."""
        return list(self._cards)

    def contact(self, contact_id: int) -> Contact | None:
        return self._contacts.get(contact_id)

    def _take(self, power_map: PowerMap) -> None:
        """Keep a copy of the power map's lists (the caller's lists may change under us)."""
        self._power_map = PowerMap(
            account_id=power_map.account_id,
            whole_group=power_map.whole_group,
            contacts=list(power_map.contacts),
            links=list(power_map.links),
            owner_names=dict(power_map.owner_names),
            account_names=dict(power_map.account_names),
            last_contact=dict(power_map.last_contact),
        )
        self._contacts = {c.id: c for c in self._power_map.contacts if c.id is not None}
        self.card_style.use(self._power_map)

    def _replace_contact(self, contact: Contact) -> Contact | None:
        """Put ``contact`` in place of the one with its id; return the old one (``None`` if new)."""
        if contact.id is None:
            raise ValueError("Only saved contacts (with an id) can be drawn.")
        old = self._contacts.get(contact.id)
        contacts = self._power_map.contacts
        if old is None:
            contacts.append(contact)
        else:
            contacts[next(k for k, c in enumerate(contacts) if c.id == contact.id)] = contact
        self._contacts[contact.id] = contact
        return old

    def retranslate(self) -> None:
        """Draw texts in the current language (call on a language change)."""
        self.card_style.retranslate()
        self.update()

    # -- selection -----------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """The ids of the selected cards, in the order of :meth:`card_ids`."""
        return [card.contact_id for card in self._cards.values() if card.isSelected()]

    def select_only(self, contact_ids: Iterable[int], *, centre: bool = False) -> None:
        """Select exactly these cards; with ``centre`` the views centre on the first one."""
        self.clearSelection()
        first: CardItem | None = None
        for contact_id in contact_ids:
            card = self._cards.get(contact_id)
            if card is not None:
                card.setSelected(True)
                first = first or card
        if first is not None:
            for view in self.views():
                if centre:
                    view.centerOn(first)
                else:
                    view.ensureVisible(first, 40, 40)

    def card_at(self, pos: QPointF, *, skip: Iterable[CardItem] = ()) -> CardItem | None:
        """The topmost card at a scene position, leaving out ``skip``."""
        skipped = set(skip)
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder,
                               QTransform()):
            if isinstance(item, CardItem) and item not in skipped:
                return item
        return None

    # -- emphasis toggles ----------------------------------------------------------------------

    @property
    def only_decision_makers(self) -> bool:
        return self._only_decision_makers

    @property
    def highlight_uncovered(self) -> bool:
        return self._highlight_uncovered

    def set_only_decision_makers(self, on: bool) -> None:
        """Dim every card but decision makers' and economic buyers'."""
        self._only_decision_makers = on
        self._apply_emphasis(self._cards.values())

    def set_highlight_uncovered(self, on: bool) -> None:
        """Frame influential contacts nobody on our side holds in orange, and dim the others."""
        self._highlight_uncovered = on
        self.card_style.highlight_uncovered = on
        self._apply_emphasis(self._cards.values())
        self.update()

    def set_coverage_settings(self, settings: CoverageSettings) -> None:
        """Use these thresholds to decide who is influential (warning marks, highlight)."""
        self.card_style.coverage = settings
        self.card_style.generation += 1
        self._apply_emphasis(self._cards.values())
        self.update()

    def is_dimmed(self, contact_id: int) -> bool:
        """True when a toggle puts this contact's card in the background."""
        card = self._cards.get(contact_id)
        return card is not None and card.opacity() < 1.0

    def _apply_emphasis(self, cards: Iterable[CardItem]) -> None:
        only_dm = self._only_decision_makers
        uncovered = self._highlight_uncovered
        for card in cards:
            contact = card.contact
            dim = (only_dm and not is_decision_maker(contact)) or (
                uncovered and not is_uncovered(contact, self.card_style.coverage)
            )
            opacity = DIMMED_OPACITY if dim else 1.0
            if card.opacity() != opacity:
                card.setOpacity(opacity)

    # -- dragging ------------------------------------------------------------------------------

    def _drop_target_changed(self, pos: QPointF, dragged: list[CardItem]) -> None:
        """Show where a drop at ``pos`` would go (subclasses draw a hint)."""

    def _drop(self, pos: QPointF, dragged: list[CardItem]) -> None:
        """The dragged cards were released at ``pos``: emit the matching request, if any."""

    def _clear_drop_hint(self) -> None:
        """Take away what :meth:`_drop_target_changed` showed."""

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self._dragged = []
        self._press_pos = None
        if event.button() == Qt.MouseButton.LeftButton:
            card = self.card_at(event.scenePos())
            if card is not None and card.isSelected():
                self._dragged = [c for c in self._cards.values() if c.isSelected()]
                self._press_pos = event.scenePos()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._dragged:
            self._drop_target_changed(event.scenePos(), self._dragged)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        dragged, self._dragged = self._dragged, []
        if not dragged:
            return
        self._clear_drop_hint()
        moved = any(card.pos() != card.home for card in dragged)
        # Back home first: the request's answer (a new power map) decides where cards go.
        for card in dragged:
            if card.pos() != card.home:
                card.setPos(card.home)
        if moved:
            self._drop(event.scenePos(), dragged)

    def drag_cards(self, contact_ids: Iterable[int], to: QPointF) -> None:
        """Drag these cards so that the first one's centre ends at ``to``, and drop them there.

        The same as the mouse gesture, for keyboard-free scripting and tests.
        """
        dragged = [self._cards[i] for i in contact_ids if i in self._cards]
        if not dragged:
            return
        centre = dragged[0].home + self.card_style.rect.center()
        offset = to - centre
        for card in dragged:
            card.setPos(card.home + offset)
        self._drop_target_changed(to, dragged)
        self._clear_drop_hint()
        for card in dragged:
            card.setPos(card.home)
        self._drop(to, dragged)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        card = self.card_at(event.scenePos())
        if card is not None and event.button() == Qt.MouseButton.LeftButton:
            self.edit_requested.emit(card.contact_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        selected = self.selected_ids()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and selected:
            self.delete_requested.emit(selected)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(selected) == 1:
            self.edit_requested.emit(selected[0])
            event.accept()
            return
        super().keyPressEvent(event)

    # -- tool tips -----------------------------------------------------------------------------

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        card = self.card_at(event.scenePos())
        if card is None:
            QToolTip.hideText()
            event.ignore()
            return
        text = card_tooltip(card.contact, self.card_style, self._power_map.last_contact.get(card.contact_id))
        QToolTip.showText(event.screenPos(), text, event.widget())
        event.accept()

    # -- pictures ------------------------------------------------------------------------------

    def content_rect(self) -> QRectF:
        """The part of the scene a picture of the whole chart shows."""
        return self.sceneRect()

    def first_view(self) -> QGraphicsView | None:
        views = self.views()
        return views[0] if views else None

