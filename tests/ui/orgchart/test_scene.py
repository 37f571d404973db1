"""The org chart scene: cards where the layout puts them, lines, find, keys, requests."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPainterPath
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsSceneHelpEvent, QToolTip

from domain.model import Contact, LinkKind
from domain.orgchart import tidy_layout
from domain.powermap import PowerMap
from tests.ui.orgchart.sample import LINKS, SECONDARY, sample_power_map
from ui.orgchart.items import CardItem, card_tooltip
from ui.orgchart.scene import OrgChartScene


def subpaths(path: QPainterPath) -> int:
    return sum(1 for k in range(path.elementCount()) if path.elementAt(k).isMoveTo())


def centre(scene: OrgChartScene, contact_id: int) -> QPointF:
    card = scene.card(contact_id)
    assert card is not None
    return card.home + scene.card_style.rect.center()


def test_one_card_per_contact_at_the_layout_positions(org: OrgChartScene, power_map: PowerMap) -> None:
    cards = [item for item in org.items() if isinstance(item, CardItem)]
    assert len(cards) == len(power_map.contacts)
    expected = tidy_layout({c.id: c.reports_to_id for c in power_map.contacts}, OrgChartScene.OPTIONS)
    for card in cards:
        place = expected[card.contact_id]
        assert (card.pos().x(), card.pos().y()) == (place.x, place.y)
    for card in cards:
        assert org.sceneRect().contains(card.sceneBoundingRect())


def test_several_trees_stand_side_by_side(org: OrgChartScene, power_map: PowerMap) -> None:
    power_map.contacts.append(Contact(7, "Outsider", id=99, reports_to_id=12345))  # manager not in the map
    power_map.contacts.append(Contact(7, "Loner", id=98))
    org.set_power_map(power_map)
    assert org.roots() == [1, 98, 99]
    assert org.manager_of(99) is None
    xs = [org.placement(i).x for i in org.roots()]  # type: ignore[union-attr]
    assert xs == sorted(xs)


def test_reporting_lines_and_dashed_dotted_line_managers(org: OrgChartScene, power_map: PowerMap) -> None:
    assert not org.line_path("reporting").isEmpty()
    assert org.line_pen("reporting").style() == Qt.PenStyle.SolidLine
    assert org.line_pen("dotted").style() == Qt.PenStyle.DashLine
    assert subpaths(org.line_path("dotted")) == len(SECONDARY)
    # Each dashed curve starts under its dotted-line manager's card and ends on top of the contact's.
    path = org.line_path("dotted")
    starts = {(round(path.elementAt(k).x), round(path.elementAt(k).y)) for k in range(path.elementCount())
              if path.elementAt(k).isMoveTo()}
    w, h = OrgChartScene.OPTIONS.card_width, OrgChartScene.OPTIONS.card_height
    for manager in SECONDARY.values():
        p = org.placement(manager)
        assert (round(p.x + w / 2), round(p.y + h)) in starts  # type: ignore[union-attr]


def test_influence_and_conflict_links_are_their_own_lines(org: OrgChartScene) -> None:
    influences = [link for link in LINKS if link[2].value == "influence"]
    conflicts = [link for link in LINKS if link[2].value == "conflict"]
    drawn_influences = sum(subpaths(org.line_path(f"influence{s}")) for s in (1, 2, 3))
    drawn_conflicts = sum(subpaths(org.line_path(f"conflict{s}")) for s in (1, 2, 3))
    assert drawn_influences == len(influences)
    assert drawn_conflicts == len(conflicts)
    assert subpaths(org.line_path("heads")) == len(influences)  # one arrowhead per influence
    assert subpaths(org.line_path("sparks")) == len(conflicts)  # one zigzag per conflict
    assert org.line_pen("conflict1").color() != org.line_pen("influence1").color()
    assert org.line_pen("conflict2").style() == Qt.PenStyle.DashLine
    assert org.line_pen("influence3").widthF() > org.line_pen("influence1").widthF()


def test_lines_never_catch_the_mouse(org: OrgChartScene) -> None:
    # A click on a line crossing a card reaches the card.
    for contact_id in org.card_ids():
        assert org.card_at(centre(org, contact_id)).contact_id == contact_id  # type: ignore[union-attr]


def test_find_selects_and_cycles_through_matches(org: OrgChartScene) -> None:
    assert org.find("manager") == 6  # Amy Liu, Finance Manager: top to bottom, left to right
    assert org.selected_ids() == [6]
    assert org.find_position == (1, 6)
    seen = [6] + [org.find("manager") for _ in range(5)]
    assert len(set(seen)) == 6
    assert org.find("MANAGER") == 6  # back to the first, in any case
    assert org.find("grace") == 8
    assert org.selected_ids() == [8]
    assert org.find("nobody like this") is None
    assert org.find_position == (0, 0)
    assert org.selected_ids() == [8]  # a failed search keeps the selection


def test_find_centres_the_view_on_the_match(org: OrgChartScene) -> None:
    view = org.first_view()
    view.set_zoom(1.0)  # type: ignore[union-attr]
    org.find("Sophie")
    middle = view.mapToScene(view.viewport().rect().center())  # type: ignore[union-attr]
    # Across, the view centres exactly; up and down the whole chart fits in the view at 100 %.
    assert abs(middle.x() - centre(org, 16).x()) < 2
    assert view.viewport().rect().contains(view.mapFromScene(centre(org, 16)))  # type: ignore[union-attr]


def test_arrow_keys_move_between_manager_reports_and_colleagues(org: OrgChartScene) -> None:
    view = org.first_view()
    view.show()  # type: ignore[union-attr]
    assert org.navigate(Qt.Key.Key_Down) == 1  # nothing selected: the first tree's top
    org.select_only([3])
    QTest.keyClick(view.viewport(), Qt.Key.Key_Down)  # type: ignore[union-attr]
    assert org.selected_ids() == [8]  # James Wang's first report
    QTest.keyClick(view.viewport(), Qt.Key.Key_Right)  # type: ignore[union-attr]
    assert org.selected_ids() == [9]
    QTest.keyClick(view.viewport(), Qt.Key.Key_Left)  # type: ignore[union-attr]
    QTest.keyClick(view.viewport(), Qt.Key.Key_Left)  # type: ignore[union-attr]
    assert org.selected_ids() == [8]  # no colleague further left under James Wang: stays
    QTest.keyClick(view.viewport(), Qt.Key.Key_Up)  # type: ignore[union-attr]
    assert org.selected_ids() == [3]
    QTest.keyClick(view.viewport(), Qt.Key.Key_Up)  # type: ignore[union-attr]
    QTest.keyClick(view.viewport(), Qt.Key.Key_Up)  # type: ignore[union-attr]
    assert org.selected_ids() == [1]


def test_dropping_cards_on_a_card_requests_a_new_manager_for_all_of_them(qtbot, org: OrgChartScene) -> None:  # type: ignore[no-untyped-def]
    org.select_only([11, 12])  # Jenny Gao and Leo He, both under Grace Lin
    homes = {i: org.card(i).pos() for i in (11, 12)}  # type: ignore[union-attr]
    with qtbot.waitSignal(org.manager_change_requested) as blocker:
        org.drag_cards([11, 12], centre(org, 9))  # onto Tom Huang
    assert blocker.args == [[11, 12], 9]
    assert {i: org.card(i).pos() for i in (11, 12)} == homes  # type: ignore[union-attr]  # back until the data changes


def test_no_request_for_a_drop_on_itself_or_its_own_manager(qtbot, org: OrgChartScene) -> None:  # type: ignore[no-untyped-def]
    requests: list[tuple[list[int], int]] = []
    org.manager_change_requested.connect(lambda ids, target: requests.append((ids, target)))
    org.drag_cards([3], centre(org, 3) + QPointF(5, 5))  # onto himself
    org.drag_cards([8], centre(org, 3))  # onto the manager she already has
    org.drag_cards([8], QPointF(-500, -500))  # onto empty space
    assert requests == []
    org.drag_cards([3, 13], centre(org, 2))
    assert requests == [([3, 13], 2)]


def test_a_descendant_is_no_drop_target_but_a_drop_there_is_asked_for(qtbot, org: OrgChartScene) -> None:  # type: ignore[no-untyped-def]
    # James Wang onto Jenny Gao, who reports to his report: not highlighted while
    # dragging; on the drop the request goes out and the service refuses the loop.
    dragged = [org.card(3)]
    org._drop_target_changed(centre(org, 11), dragged)  # type: ignore[arg-type]
    assert org._hinted is None
    org._clear_drop_hint()
    with qtbot.waitSignal(org.manager_change_requested) as blocker:
        org.drag_cards([3], centre(org, 11))
    assert blocker.args == [[3], 11]


def test_dragging_with_the_mouse(qtbot, org: OrgChartScene) -> None:  # type: ignore[no-untyped-def]
    view = org.first_view()
    view.show()  # type: ignore[union-attr]
    qtbot.waitExposed(view)
    view.set_zoom(0.5)  # type: ignore[union-attr]
    view.centerOn(centre(org, 8))  # type: ignore[union-attr]
    start = view.mapFromScene(centre(org, 11))  # type: ignore[union-attr]
    end = view.mapFromScene(centre(org, 9))  # type: ignore[union-attr]
    viewport = view.viewport()  # type: ignore[union-attr]
    with qtbot.waitSignal(org.manager_change_requested) as blocker:
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        for k in range(1, 11):
            QTest.mouseMove(viewport, start + (end - start) * (k / 10))
        assert org.card(9).drop_hint  # type: ignore[union-attr]
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert blocker.args == [[11], 9]
    assert not org.card(9).drop_hint  # type: ignore[union-attr]
    assert org.card(11).pos() == org.card(11).home  # type: ignore[union-attr]


def test_context_menu_and_keys_ask_for_edits(qtbot, org: OrgChartScene) -> None:  # type: ignore[no-untyped-def]
    org.select_only([11, 12])
    menu = org.context_menu(11)
    actions = {a.objectName(): a for a in menu.actions() if a.objectName()}
    assert set(actions) == {"edit", "add_report", "add_peer", "add_influence", "add_conflict", "detach", "delete"}
    with qtbot.waitSignal(org.edit_requested) as edit:
        actions["edit"].trigger()
    assert edit.args == [11]
    with qtbot.waitSignal(org.add_report_requested) as report:
        actions["add_report"].trigger()
    assert report.args == [11]
    with qtbot.waitSignal(org.add_peer_requested) as peer:
        actions["add_peer"].trigger()
    assert peer.args == [11]
    with qtbot.waitSignal(org.link_requested) as influence:
        actions["add_influence"].trigger()
    assert influence.args == [11, LinkKind.INFLUENCE]
    with qtbot.waitSignal(org.link_requested) as conflict:
        actions["add_conflict"].trigger()
    assert conflict.args == [11, LinkKind.CONFLICT]
    with qtbot.waitSignal(org.detach_requested) as detach:
        actions["detach"].trigger()
    assert detach.args == [[11, 12]]
    with qtbot.waitSignal(org.delete_requested) as delete:
        actions["delete"].trigger()
    assert delete.args == [[11, 12]]
    # On a card outside the selection the menu acts on that card alone; a top has no manager to leave.
    top_menu = org.context_menu(1)
    detach_top = next(a for a in top_menu.actions() if a.objectName() == "detach")
    assert not detach_top.isEnabled()

    view = org.first_view()
    view.show()  # type: ignore[union-attr]
    with qtbot.waitSignal(org.delete_requested) as key_delete:
        QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)  # type: ignore[union-attr]
    assert key_delete.args == [[11, 12]]
    org.select_only([4])
    with qtbot.waitSignal(org.edit_requested) as key_edit:
        QTest.keyClick(view.viewport(), Qt.Key.Key_Return)  # type: ignore[union-attr]
    assert key_edit.args == [4]


def test_double_click_asks_to_edit(qtbot, org: OrgChartScene) -> None:  # type: ignore[no-untyped-def]
    view = org.first_view()
    view.show()  # type: ignore[union-attr]
    qtbot.waitExposed(view)
    view.set_zoom(1.0)  # type: ignore[union-attr]
    view.centerOn(centre(org, 5))  # type: ignore[union-attr]
    with qtbot.waitSignal(org.edit_requested) as blocker:
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,  # type: ignore[union-attr]
                          view.mapFromScene(centre(org, 5)))  # type: ignore[union-attr]
    assert blocker.args == [5]


def test_the_scene_never_changes_the_power_map(org: OrgChartScene, power_map: PowerMap) -> None:
    before = [(c.id, c.reports_to_id, c.influence, c.attitude) for c in power_map.contacts]
    org.select_only([11])
    org.drag_cards([11], centre(org, 9))
    menu = org.context_menu(11)
    for action in menu.actions():
        action.trigger()
    assert [(c.id, c.reports_to_id, c.influence, c.attitude) for c in power_map.contacts] == before
    assert org.contact(11).reports_to_id == 8  # type: ignore[union-attr]


def test_only_decision_makers_dims_the_others(org: OrgChartScene) -> None:
    org.set_only_decision_makers(True)
    assert not org.is_dimmed(1)  # decision maker
    assert not org.is_dimmed(2)  # economic buyer
    assert org.is_dimmed(6)
    org.set_only_decision_makers(False)
    assert not any(org.is_dimmed(i) for i in org.card_ids())


def test_highlight_uncovered(org: OrgChartScene) -> None:
    org.set_highlight_uncovered(True)
    # Influence 4-5 and nobody of ours holds them: the CFO, the procurement director, the quality manager.
    assert sorted(i for i in org.card_ids() if not org.is_dimmed(i)) == [2, 5, 16]
    assert org.card_style.highlight_uncovered
    org.set_highlight_uncovered(False)
    assert not any(org.is_dimmed(i) for i in org.card_ids())


def test_uncovered_follows_the_saved_influence_threshold(org: OrgChartScene) -> None:
    from domain.powermap.coverage import CoverageSettings

    org.set_highlight_uncovered(True)
    org.set_coverage_settings(CoverageSettings(influential_from=5))
    uncovered = sorted(i for i in org.card_ids() if not org.is_dimmed(i))
    assert uncovered == [c for c in [2, 5, 16] if org.contact(c).influence == 5]  # type: ignore[union-attr]
    assert uncovered  # the CFO has influence 5


def test_toggles_survive_a_new_power_map(org: OrgChartScene, power_map: PowerMap) -> None:
    org.set_only_decision_makers(True)
    org.set_power_map(power_map)
    assert org.is_dimmed(6)


def test_department_boxes(org: OrgChartScene) -> None:
    assert org.department_boxes() == []
    org.set_departments_visible(True)
    boxes = org.department_boxes()
    names = sorted(name for name, _ in boxes)
    # One box per department and connected group of its people: Quality (Sophie Guo, under the
    # plant manager) gets a box of its own inside Operations' box.
    assert names == ["Executive office", "Finance", "IT", "Operations", "Procurement", "Quality"]
    outlines = dict(boxes)
    for contact_id in (3, 8, 9, 10, 11, 12, 22):
        assert outlines["IT"].contains(org.card(contact_id).sceneBoundingRect().adjusted(3, 3, -3, -3))  # type: ignore[union-attr]
    # The outlines hug their part of the tree: no card of another department inside IT's.
    for contact_id in (6, 7, 13, 14, 15, 16):
        assert not outlines["IT"].intersects(org.card(contact_id).sceneBoundingRect().adjusted(3, 3, -3, -3))  # type: ignore[union-attr]
    org.set_departments_visible(False)
    assert org.department_boxes() == []


def test_update_contact_redraws_and_lays_out_only_when_the_manager_changes(org: OrgChartScene) -> None:
    card = org.card(14)
    old_pos = card.pos()  # type: ignore[union-attr]
    changed = Contact(7, "David Wu", title="Head of Logistics", department="Operations", reports_to_id=4, id=14)
    org.update_contact(changed)
    assert org.card(14) is card
    assert card.contact.title == "Head of Logistics"  # type: ignore[union-attr]
    assert card.pos() == old_pos  # type: ignore[union-attr]
    moved = Contact(7, "David Wu", reports_to_id=3, id=14)
    org.update_contact(moved)
    assert org.manager_of(14) == 3
    assert 14 in org.reports_of(3)
    assert org.card(20).pos().y() > org.card(14).pos().y()  # type: ignore[union-attr]  # his report came along
    org.update_contact(Contact(7, "New Person", reports_to_id=14, id=50))
    assert org.reports_of(14) == [20, 50]
    org.remove_contact(14)
    assert org.card(14) is None
    assert set(org.roots()) >= {20, 50}


def test_whole_group_cards_show_the_account(qtbot) -> None:  # type: ignore[no-untyped-def]
    scene = OrgChartScene()
    scene.set_power_map(sample_power_map("en", whole_group=True))
    card = scene.card(31)
    assert "Northwind Logistics" in card_tooltip(card.contact, scene.card_style)  # type: ignore[union-attr]
    image = QImage(240, 100, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.translate(20, 10)
    card.paint(painter, None, None)  # type: ignore[arg-type,union-attr]
    painter.end()
    assert "Northwind Logistics" in card._texts[4]  # type: ignore[index,union-attr]


def test_far_out_cards_are_plain_blocks(qtbot, org: OrgChartScene) -> None:  # type: ignore[no-untyped-def]
    image = QImage(200, 80, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    org.render(painter, image.rect().toRectF(), org.sceneRect())
    painter.end()
    assert all(card._texts is None for card in org.items() if isinstance(card, CardItem))  # nothing elided


def test_lines_are_drawn_when_only_part_of_the_chart_is_shown(org: OrgChartScene) -> None:
    # The gap under the chief executive holds nothing but reporting lines.
    top = org.placement(1)
    h = OrgChartScene.OPTIONS.card_height
    gap = OrgChartScene.OPTIONS.level_gap
    source = QRectF(top.x - 100, top.y + h + 2, 400, gap - 4)  # type: ignore[union-attr]
    image = QImage(400, int(gap - 4), QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    org.render(painter, QRectF(image.rect()), source)
    painter.end()
    assert any(image.pixel(x, y) != 0xFFFFFFFF for x in range(image.width()) for y in range(image.height()))


def test_a_caller_that_redraws_at_once_is_fine(qtbot, org: OrgChartScene, power_map: PowerMap) -> None:  # type: ignore[no-untyped-def]
    contacts = {c.id: c for c in power_map.contacts}

    def apply(ids: list[int], manager: int) -> None:
        for contact_id in ids:
            contacts[contact_id].reports_to_id = manager
        org.set_power_map(power_map)

    org.manager_change_requested.connect(apply)
    org.select_only([11, 12])
    org.drag_cards([11, 12], centre(org, 9))
    assert sorted(org.reports_of(9)) == [11, 12, 22]
    assert sorted(org.selected_ids()) == [11, 12]  # the selection survives the new power map


def test_tool_tip_tells_everything_about_a_card(qtbot, org: OrgChartScene) -> None:  # type: ignore[no-untyped-def]
    view = org.first_view()
    view.show()  # type: ignore[union-attr]
    qtbot.waitExposed(view)
    event = QGraphicsSceneHelpEvent(QEvent.Type.GraphicsSceneHelp)
    event.setScenePos(centre(org, 2))
    event.setScreenPos(view.mapToGlobal(view.mapFromScene(centre(org, 2))))  # type: ignore[union-attr]
    org.helpEvent(event)
    text = QToolTip.text()
    assert text.startswith("Linda Zhou\nChief Financial Officer\nFinance")
    assert "Role: Economic buyer" in text
    assert "Influence: 5 of 5" in text
    assert "nobody on our side holds this relationship" in text
    QToolTip.hideText()
