"""The org chart (组织架构图): one card per contact, placed by reporting lines.

:class:`OrgChartScene` lays the cards out with
:func:`domain.orgchart.tidy_layout` (several trees side by side when several
people have no known manager) and draws, each as a handful of path items
rather than one item per line:

- reporting lines as solid elbow connectors under the cards;
- dotted-line (secondary) managers as dashed curves;
- influence links as blue arrows and conflict links as red zigzags, above the
  cards, thicker for stronger links;
- optionally, departments as translucent boxes around the connected cards of
  one department.

The scene never writes: dropping cards on another card, the context menu,
Delete and double-click become request signals (see :class:`OrgChartScene`).
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeyEvent, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneContextMenuEvent,
    QMenu,
    QStyleOptionGraphicsItem,
    QWidget,
)

from domain.model import Contact, LinkKind
from domain.orgchart import LayoutOptions, Placement, bounds, tidy_layout
from domain.powermap import PowerMap
from ui.orgchart.base import CardScene, LinesItem
from ui.orgchart.items import CardItem

REPORTING_COLOUR = "#78909c"
DOTTED_COLOUR = "#5c6bc0"
INFLUENCE_COLOUR = "#1e88e5"
CONFLICT_COLOUR = "#e53935"


class DepartmentBox(QGraphicsItem):
    """A translucent outline around the cards of one department, its name in the top-left corner.

    The outline follows the levels of the chart (one band per level, joined), so it
    hugs the department's part of the tree instead of boxing everything under it.
    """

    def __init__(self, outline: QPainterPath, label_at: QPointF, name: str, font: QFont) -> None:
        super().__init__()
        self.name = name
        self._outline = outline
        self._bounds = outline.boundingRect().adjusted(-1.0, -1.0, 1.0, 1.0)
        self._label_at = label_at
        self._font = font
        hue = zlib.crc32(name.encode("utf-8")) % 360
        self._fill = QColor.fromHsv(hue, 70, 235, 70)
        self._pen = QPen(QColor.fromHsv(hue, 110, 170, 200), 1.2)
        self._text = QColor.fromHsv(hue, 160, 110)
        self.setZValue(-2.0)

    def outline(self) -> QPainterPath:
        return QPainterPath(self._outline)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:  # never under the mouse
        return QPainterPath()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(self._pen)
        painter.setBrush(self._fill)
        painter.drawPath(self._outline)
        if painter.worldTransform().m11() >= 0.3:
            painter.setFont(self._font)
            painter.setPen(self._text)
            painter.drawText(QRectF(self._label_at.x(), self._label_at.y(), 400.0, 20.0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.name)


def _border_point(cx: float, cy: float, tx: float, ty: float, half_w: float, half_h: float) -> QPointF:
    """Where the ray from a card's centre (cx, cy) towards (tx, ty) leaves the card."""
    dx, dy = tx - cx, ty - cy
    if dx == 0 and dy == 0:
        return QPointF(cx, cy)
    scale = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
    return QPointF(cx + dx * scale, cy + dy * scale)


class OrgChartScene(CardScene):
    """The org chart of one power map.

    Build it with :meth:`set_power_map`; for one changed or new contact,
    :meth:`update_contact` is cheaper (it lays out again only when a reporting
    line changed). Arrow keys move the selection (up: manager, down: first
    report, left/right: neighbouring colleagues or trees); :meth:`find` selects
    people by name or title.

    Signals:
    manager_change_requested(list, object): the user dropped the cards of these contact ids on
        another card and asks for that contact id (an ``int``) to be their manager. Never emitted for a
        drop on a dragged card or on anyone reporting to one, directly or not; contacts who already
        report to the target are left out, and nothing is emitted when none remain.
    detach_requested(list): make these contacts (ids) report to nobody (context menu).
    add_report_requested(int): add a new contact reporting to this one (context menu).
    add_peer_requested(int): add a new contact with this one's manager (context menu).
    link_requested(int, object): add an informal line of this :class:`~domain.model.LinkKind` from this
        contact to someone still to be chosen (context menu).
    edit_requested(int): edit this contact (double-click, Return, context menu).
    delete_requested(list): delete these contacts (Delete key, context menu).
    """

    manager_change_requested = Signal(list, object)
    detach_requested = Signal(list)
    add_report_requested = Signal(int)
    add_peer_requested = Signal(int)
    link_requested = Signal(int, object)

    OPTIONS = LayoutOptions(card_width=200.0, card_height=76.0, sibling_gap=20.0, level_gap=48.0, root_gap=64.0)
    """Card size and gaps of the org chart, in scene units (pixels at 100 %)."""
    MARGIN = 40.0

    def __init__(self, parent: QWidget | None = None) -> None:
        options = self.OPTIONS
        super().__init__(QSizeF(options.card_width, options.card_height), compact=False, parent=parent)
        self._placements: dict[int, Placement] = {}
        self._manager: dict[int, int | None] = {}
        self._reports: dict[int, list[int]] = {}
        self._roots: list[int] = []
        self._reading_order: list[int] = []
        self._lines: dict[str, LinesItem] = {}
        self._boxes: list[DepartmentBox] = []
        self._departments_visible = False
        self._current: int | None = None
        self._find_text = ""
        self._found: int | None = None
        self.find_position: tuple[int, int] = (0, 0)
        """After :meth:`find`: (which match, 1-based; how many matches); (0, 0) when none."""
        self._hinted: CardItem | None = None
        self._forbidden: tuple[list[CardItem], set[int]] = ([], set())
        self._make_line_items()

    # -- building ------------------------------------------------------------------------------

    def set_power_map(self, power_map: PowerMap) -> None:
        """Draw ``power_map`` from scratch; the selection is kept where the same people are still there."""
        selected = self.selected_ids()
        self._take(power_map)
        self._hinted = None
        self._boxes = []
        self._cards = {}
        self.clear()
        self._make_line_items()
        self._layout()
        style = self.card_style
        cards: dict[int, CardItem] = {}
        add = self.addItem
        placements = self._placements
        for contact_id, contact in self._contacts.items():
            card = CardItem(contact, style)
            placement = placements[contact_id]
            card.home = QPointF(placement.x, placement.y)
            card.setPos(card.home)
            cards[contact_id] = card
            add(card)
        self._cards = cards
        self._draw_all()
        if self._only_decision_makers or self._highlight_uncovered:
            self._apply_emphasis(cards.values())
        if selected:
            for contact_id in selected:
                kept = cards.get(contact_id)
                if kept is not None:
                    kept.setSelected(True)

    def update_contact(self, contact: Contact) -> None:
        """Draw a changed (or new) contact; lays out again only if its manager changed or it is new."""
        old = self._replace_contact(contact)
        assert contact.id is not None
        if old is None:
            card = CardItem(contact, self.card_style)
            self._cards[contact.id] = card
            self.addItem(card)
            self.relayout()
        else:
            card = self._cards[contact.id]
            card.set_contact(contact)
            if old.reports_to_id != contact.reports_to_id:
                self.relayout()
            else:
                if old.secondary_manager_id != contact.secondary_manager_id:
                    self._draw_lines()
                if old.department != contact.department:
                    self._draw_departments()
        self._apply_emphasis([card])

    def remove_contact(self, contact_id: int) -> None:
        """Stop drawing a contact (deleted); the people who reported to them become separate trees."""
        card = self._cards.pop(contact_id, None)
        if card is None:
            return
        self.removeItem(card)
        if self._hinted is card:
            self._hinted = None
        del self._contacts[contact_id]
        self._power_map.contacts = [c for c in self._power_map.contacts if c.id != contact_id]
        self._power_map.links = [
            link for link in self._power_map.links if contact_id not in (link.source_id, link.target_id)
        ]
        self.relayout()

    def relayout(self) -> None:
        """Place every card again from the contacts' reporting lines, and redraw the lines."""
        self._layout()
        placements = self._placements
        for contact_id, card in self._cards.items():
            placement = placements[contact_id]
            card.home = QPointF(placement.x, placement.y)
            if card.pos() != card.home:
                card.setPos(card.home)
        self._draw_all()

    def _layout(self) -> None:
        contacts = self._contacts
        self._placements = placements = tidy_layout(
            {contact_id: c.reports_to_id for contact_id, c in contacts.items()}, self.OPTIONS
        )
        manager: dict[int, int | None] = {}
        reports: dict[int, list[int]] = {}
        roots: list[int] = []
        for contact_id, placement in placements.items():
            # A card at depth 0 is a root even if its manager is known (outside the map, or in a cycle).
            boss = contacts[contact_id].reports_to_id if placement.depth > 0 else None
            manager[contact_id] = boss
            if boss is None:
                roots.append(contact_id)
            else:
                reports.setdefault(boss, []).append(contact_id)
        for team in reports.values():
            team.sort(key=lambda i: placements[i].x)
        roots.sort(key=lambda i: placements[i].x)
        self._manager = manager
        self._reports = reports
        self._roots = roots
        self._reading_order = sorted(placements, key=lambda i: (placements[i].y, placements[i].x))
        x0, y0, x1, y1 = bounds(placements, self.OPTIONS)
        m = self.MARGIN
        self.setSceneRect(QRectF(x0 - m, y0 - m, x1 - x0 + 2 * m, y1 - y0 + 2 * m))

    # -- lines and boxes -----------------------------------------------------------------------

    def _make_line_items(self) -> None:
        def lines(z: float, pen: QPen, brush: QBrush | None = None) -> LinesItem:
            item = LinesItem()
            item.setPen(pen)
            if brush is not None:
                item.setBrush(brush)
            item.setZValue(z)
            self.addItem(item)
            return item

        reporting = QPen(QColor(REPORTING_COLOUR), 1.4)
        reporting.setCosmetic(True)  # stays visible however far out the chart is zoomed
        dotted = QPen(QColor(DOTTED_COLOUR), 1.6, Qt.PenStyle.DashLine)
        dotted.setCosmetic(True)
        self._lines = {"reporting": lines(-1.0, reporting), "dotted": lines(-0.5, dotted)}
        for strength in (1, 2, 3):
            width = (1.3, 2.2, 3.2)[strength - 1]
            self._lines[f"influence{strength}"] = lines(2.0, QPen(QColor(INFLUENCE_COLOUR), width))
            self._lines[f"conflict{strength}"] = lines(2.0, QPen(QColor(CONFLICT_COLOUR), width, Qt.PenStyle.DashLine))
        self._lines["heads"] = lines(2.1, QPen(Qt.PenStyle.NoPen), QBrush(QColor(INFLUENCE_COLOUR)))
        self._lines["sparks"] = lines(2.1, QPen(QColor(CONFLICT_COLOUR), 2.2))

    def line_path(self, kind: str) -> QPainterPath:
        """The lines of one kind as drawn: ``reporting``, ``dotted``, ``influence1``-``3``,
        ``conflict1``-``3``, ``heads`` (the arrowheads) or ``sparks`` (the zigzags on conflicts)."""
        return self._lines[kind].path()

    def line_pen(self, kind: str) -> QPen:
        """The pen the lines of one kind (see :meth:`line_path`) are drawn with."""
        return self._lines[kind].pen()

    def _draw_all(self) -> None:
        self._draw_lines()
        self._draw_departments()

    def _draw_lines(self) -> None:
        options = self.OPTIONS
        w, h = options.card_width, options.card_height
        half_gap = options.level_gap / 2
        placements = self._placements

        path = QPainterPath()
        move, line = path.moveTo, path.lineTo
        for boss, team in self._reports.items():
            top = placements[boss]
            bx = top.x + w / 2
            mid = top.y + h + half_gap
            move(bx, top.y + h)
            line(bx, mid)
            first = placements[team[0]].x + w / 2
            last = placements[team[-1]].x + w / 2
            if first != last:
                move(first, mid)
                line(last, mid)
            for member in team:
                x = placements[member].x + w / 2
                move(x, mid)
                line(x, mid + half_gap)
        self._lines["reporting"].set_lines(path)

        dotted = QPainterPath()
        for contact_id, contact in self._contacts.items():
            second = contact.secondary_manager_id
            if second is None or second == contact_id or second not in placements:
                continue
            s = placements[second]
            t = placements[contact_id]
            start = QPointF(s.x + w / 2, s.y + h)
            end = QPointF(t.x + w / 2, t.y)
            bend = max(40.0, abs(end.y() - start.y()) / 2)
            dotted.moveTo(start)
            dotted.cubicTo(QPointF(start.x(), start.y() + bend), QPointF(end.x(), end.y() - bend), end)
        self._lines["dotted"].set_lines(dotted)

        paths = {f"{kind}{s}": QPainterPath() for kind in ("influence", "conflict") for s in (1, 2, 3)}
        heads = QPainterPath()
        sparks = QPainterPath()
        for link in self._power_map.links:
            a = placements.get(link.source_id)
            b = placements.get(link.target_id)
            if a is None or b is None or link.source_id == link.target_id:
                continue
            start, control, end = self._link_curve(a, b)
            strength = min(3, max(1, link.strength))
            kind = "conflict" if link.kind == LinkKind.CONFLICT else "influence"
            curve = paths[f"{kind}{strength}"]
            curve.moveTo(start)
            curve.quadTo(control, end)
            if link.kind == LinkKind.CONFLICT:
                # A short zigzag across the middle of the curve marks the conflict.
                middle = (start + control * 2 + end) / 4
                direction = end - start
                length = math.hypot(direction.x(), direction.y()) or 1.0
                half = direction * (18.0 / length)
                _zigzag(sparks, middle - half, middle + half)
            else:
                heads.addPolygon(_arrow_head(control, end, 8.0 + 2.0 * strength))
                heads.closeSubpath()
        for kind, link_path in paths.items():
            self._lines[kind].set_lines(link_path)
        self._lines["heads"].set_lines(heads)
        self._lines["sparks"].set_lines(sparks)

    def _link_curve(self, a: Placement, b: Placement) -> tuple[QPointF, QPointF, QPointF]:
        """Start, control point and end of the curve of a link from card ``a`` to card ``b``.

        Cards on one level are joined by an arc through the gap above them, so that the
        line does not cross the cards between them; others by a slightly bent line
        between their borders.
        """
        options = self.OPTIONS
        w, h = options.card_width, options.card_height
        ax, ay = a.x + w / 2, a.y + h / 2
        bx, by = b.x + w / 2, b.y + h / 2
        if a.y == b.y:
            start = QPointF(ax + (12.0 if bx > ax else -12.0), a.y)
            end = QPointF(bx + (-12.0 if bx > ax else 12.0), b.y)
            return start, QPointF((ax + bx) / 2, a.y - options.level_gap * 1.3), end
        control = QPointF((ax + bx) / 2 + (by - ay) * 0.18, (ay + by) / 2 - (bx - ax) * 0.18)
        start = _border_point(ax, ay, control.x(), control.y(), w / 2, h / 2)
        end = _border_point(bx, by, control.x(), control.y(), w / 2, h / 2)
        return start, control, end

    @property
    def departments_visible(self) -> bool:
        return self._departments_visible

    def set_departments_visible(self, on: bool) -> None:
        """Show or hide the department boxes."""
        self._departments_visible = on
        self._draw_departments()

    def department_boxes(self) -> list[tuple[str, QPainterPath]]:
        """The department outlines drawn, as (department, outline in scene coordinates)."""
        return [(box.name, box.outline()) for box in self._boxes]

    def _draw_departments(self) -> None:
        for box in self._boxes:
            self.removeItem(box)
        self._boxes = []
        if not self._departments_visible:
            return
        options = self.OPTIONS
        w, h = options.card_width, options.card_height
        contacts = self._contacts
        placements = self._placements
        group_of: dict[int, int] = {}
        levels: dict[int, dict[int, list[float]]] = {}  # group -> depth -> [left, right]
        names: dict[int, str] = {}
        # Managers come before their reports in reading order, so a report joins its manager's
        # outline when both work in the same department.
        for contact_id in self._reading_order:
            department = contacts[contact_id].department.strip()
            if not department:
                continue
            boss = self._manager.get(contact_id)
            group = contact_id
            if boss is not None and boss in group_of and contacts[boss].department.strip() == department:
                group = group_of[boss]
            else:
                names[group] = department
            group_of[contact_id] = group
            p = placements[contact_id]
            span = levels.setdefault(group, {}).get(p.depth)
            if span is None:
                levels[group][p.depth] = [p.x, p.x + w]
            else:
                span[0] = min(span[0], p.x)
                span[1] = max(span[1], p.x + w)
        font = QFont(self.card_style.text_font)
        font.setBold(True)
        step = h + options.level_gap
        for group, spans in levels.items():
            outline = QPainterPath()
            depths = sorted(spans)
            for d in depths:
                left, right = spans[d]
                top = d * step - 22.0
                # Down to the next level's band when the department goes on there, so the bands join.
                bottom = (d + 1) * step - 22.0 if d + 1 in spans else d * step + h + 8.0
                band = QPainterPath()
                band.addRoundedRect(QRectF(left - 8.0, top, right - left + 16.0, bottom - top), 8.0, 8.0)
                outline = outline.united(band)
            first = spans[depths[0]]
            item = DepartmentBox(outline.simplified(), QPointF(first[0], depths[0] * step - 21.0), names[group], font)
            self.addItem(item)
            self._boxes.append(item)

    # -- relations between cards ---------------------------------------------------------------

    def placement(self, contact_id: int) -> Placement | None:
        """Where the layout put a contact's card (its top-left corner, in scene units)."""
        return self._placements.get(contact_id)

    def manager_of(self, contact_id: int) -> int | None:
        """The manager drawn above a contact (``None`` for the top of a tree)."""
        return self._manager.get(contact_id)

    def reports_of(self, contact_id: int) -> list[int]:
        """The contacts drawn as reporting to this one, left to right."""
        return list(self._reports.get(contact_id, ()))

    def roots(self) -> list[int]:
        """The tops of the trees, left to right."""
        return list(self._roots)

    def subtree(self, contact_ids: Iterable[int]) -> set[int]:
        """These contacts and everyone reporting to them, directly or not."""
        seen = set(contact_ids)
        stack = list(seen)
        while stack:
            for member in self._reports.get(stack.pop(), ()):
                if member not in seen:
                    seen.add(member)
                    stack.append(member)
        return seen

    # -- keyboard and find ---------------------------------------------------------------------

    def navigate(self, key: Qt.Key) -> int | None:
        """Move the selection by an arrow key: up to the manager, down to the first report,
        left/right to the neighbouring colleague (or tree). Returns the newly selected id, or
        ``None`` when there is nowhere to go (the selection stays)."""
        selected = self.selected_ids()
        if not selected:
            target = self._roots[0] if self._roots else None
        else:
            current = self._current if self._current in selected else selected[0]
            target = None
            if key == Qt.Key.Key_Up:
                target = self._manager.get(current)
            elif key == Qt.Key.Key_Down:
                team = self._reports.get(current)
                target = team[0] if team else None
            elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                boss = self._manager.get(current)
                row = self._reports[boss] if boss is not None else self._roots
                k = row.index(current) + (1 if key == Qt.Key.Key_Right else -1)
                target = row[k] if 0 <= k < len(row) else None
        if target is None:
            return None
        self._current = target
        self.select_only([target])
        return target

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right) and self._cards:
            self.navigate(Qt.Key(key))
            event.accept()
            return
        super().keyPressEvent(event)

    def find_matches(self, text: str) -> list[int]:
        """Contacts whose name or title contains ``text`` (any case), top to bottom, left to right."""
        needle = text.strip().casefold()
        if not needle:
            return []
        contacts = self._contacts
        return [
            contact_id
            for contact_id in self._reading_order
            if needle in contacts[contact_id].name.casefold() or needle in contacts[contact_id].title.casefold()
        ]

    def find(self, text: str) -> int | None:
        """Select and centre the first contact whose name or title contains ``text``.

        Asking again for the same text moves on to the next match, and from the
        last back to the first. Returns the id found, ``None`` when nobody matches.
        """
        matches = self.find_matches(text)
        if not matches:
            self._found = None
            self.find_position = (0, 0)
            return None
        k = 0
        if text.strip().casefold() == self._find_text and self._found in matches:
            k = (matches.index(self._found) + 1) % len(matches)
        self._find_text = text.strip().casefold()
        self._found = self._current = matches[k]
        self.find_position = (k + 1, len(matches))
        self.select_only([matches[k]], centre=True)
        return matches[k]

    # -- context menu --------------------------------------------------------------------------

    def context_menu(self, contact_id: int) -> QMenu:
        """The menu for a right click on a contact's card (acting on the selection if it is in it).

        Its actions are named (``objectName``) edit, add_report, add_peer, add_influence, add_conflict,
        detach and delete.
        """
        selected = self.selected_ids()
        ids = selected if contact_id in selected else [contact_id]
        menu = QMenu()

        def action(name: str, text: str, slot: Callable[[], None]) -> QAction:
            item = menu.addAction(text)
            item.setObjectName(name)
            item.triggered.connect(slot)
            return item

        action("edit", self.tr("Edit…"), lambda: self.edit_requested.emit(contact_id))
        action("add_report", self.tr("Add a report"), lambda: self.add_report_requested.emit(contact_id))
        action("add_peer", self.tr("Add a colleague (same manager)"), lambda: self.add_peer_requested.emit(contact_id))
        menu.addSeparator()
        action("add_influence", self.tr("Add influence on…"),
               lambda: self.link_requested.emit(contact_id, LinkKind.INFLUENCE))
        action("add_conflict", self.tr("Add conflict with…"),
               lambda: self.link_requested.emit(contact_id, LinkKind.CONFLICT))
        menu.addSeparator()
        with_manager = [i for i in ids if self._contacts[i].reports_to_id is not None]
        detach = action("detach", self.tr("Remove from manager"), lambda: self.detach_requested.emit(with_manager))
        detach.setEnabled(bool(with_manager))
        menu.addSeparator()
        action("delete", self.tr("Delete"), lambda: self.delete_requested.emit(list(ids)))
        return menu

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        card = self.card_at(event.scenePos())
        if card is None:
            super().contextMenuEvent(event)
            return
        if not card.isSelected():
            self.clearSelection()
            card.setSelected(True)
        self._current = card.contact_id
        menu = self.context_menu(card.contact_id)
        menu.exec(event.screenPos())
        menu.deleteLater()
        event.accept()

    # -- dropping cards on cards ---------------------------------------------------------------

    def _drop_target(self, pos: QPointF, dragged: list[CardItem]) -> CardItem | None:
        if self._forbidden[0] is not dragged:
            self._forbidden = (dragged, self.subtree(card.contact_id for card in dragged))
        target = self.card_at(pos, skip=dragged)
        if target is None or target.contact_id in self._forbidden[1]:
            return None
        return target

    def _drop_target_changed(self, pos: QPointF, dragged: list[CardItem]) -> None:
        target = self._drop_target(pos, dragged)
        if target is not self._hinted:
            if self._hinted is not None:
                self._hinted.set_drop_hint(False)
            self._hinted = target
            if target is not None:
                target.set_drop_hint(True)

    def _clear_drop_hint(self) -> None:
        if self._hinted is not None:
            self._hinted.set_drop_hint(False)
            self._hinted = None

    def _drop(self, pos: QPointF, dragged: list[CardItem]) -> None:
        # A card under one of the dragged is not hinted as a target, but a drop
        # there is still asked for: the service refuses the loop with a message
        # the user reads, rather than the cards silently jumping back.
        target = self.card_at(pos, skip=dragged)
        self._forbidden = ([], set())
        if target is None:
            return
        ids = [card.contact_id for card in dragged if card.contact.reports_to_id != target.contact_id]
        if ids:
            self.manager_change_requested.emit(ids, target.contact_id)


def _zigzag(path: QPainterPath, start: QPointF, end: QPointF) -> None:
    """A zigzag of six teeth from ``start`` to ``end``."""
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = math.hypot(dx, dy)
    if length == 0:
        return
    teeth = 6
    nx, ny = -dy / length * 5.0, dx / length * 5.0
    path.moveTo(start)
    for k in range(1, teeth):
        side = 1 if k % 2 else -1
        path.lineTo(start.x() + dx * k / teeth + nx * side, start.y() + dy * k / teeth + ny * side)
    path.lineTo(end)


def _arrow_head(control: QPointF, tip: QPointF, size: float) -> QPolygonF:
    """A triangle at ``tip`` pointing away from ``control``."""
    dx, dy = tip.x() - control.x(), tip.y() - control.y()
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    base = QPointF(tip.x() - ux * size, tip.y() - uy * size)
    side = QPointF(-uy * size * 0.45, ux * size * 0.45)
    return QPolygonF([tip, base + side, base - side])
