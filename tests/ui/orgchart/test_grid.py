"""The power grid: cards in their cells without overlap, the unplaced strip, drag-to-cell requests."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from domain.model import Attitude, Contact
from domain.powermap import PowerMap
from ui.orgchart.grid import ATTITUDES, INFLUENCES, PowerGridScene, quadrant_caption


def test_cards_sit_in_the_cell_of_their_influence_and_attitude(grid: PowerGridScene, power_map: PowerMap) -> None:
    placed = [c for c in power_map.contacts if c.influence is not None and c.attitude is not None]
    for contact in placed:
        card = grid.card(contact.id)  # type: ignore[arg-type]
        cell = grid.cell_rect(contact.influence, int(contact.attitude))  # type: ignore[arg-type]
        assert cell.contains(card.sceneBoundingRect().adjusted(3, 3, -3, -3)), contact.name  # type: ignore[union-attr]
        assert grid.cell_at(card.pos() + QPointF(10, 10)) == (contact.influence, int(contact.attitude))  # type: ignore[union-attr]


def test_no_two_cards_overlap(grid: PowerGridScene, power_map: PowerMap) -> None:
    # Crowd one cell: 13 more people with influence 3, neutral.
    power_map.contacts += [Contact(7, f"Extra {k}", id=100 + k, influence=3, attitude=Attitude.NEUTRAL)
                           for k in range(13)]
    grid.set_power_map(power_map)
    rects = [grid.card(i).sceneBoundingRect().adjusted(3, 3, -3, -3) for i in grid.card_ids()]  # type: ignore[union-attr]
    for a, b in itertools.combinations(rects, 2):
        assert not a.intersects(b)
    cell = grid.cell_rect(3, 0)
    for k in range(13):
        assert cell.contains(grid.card(100 + k).sceneBoundingRect().adjusted(3, 3, -3, -3))  # type: ignore[union-attr]


def test_people_without_influence_or_attitude_wait_in_the_strip(grid: PowerGridScene) -> None:
    assert sorted(grid.unplaced_ids()) == [12, 18, 22]
    strip = grid.unplaced_rect()
    assert strip.left() > grid.grid_rect().right()
    for contact_id in grid.unplaced_ids():
        assert strip.contains(grid.card(contact_id).sceneBoundingRect().adjusted(3, 3, -3, -3))  # type: ignore[union-attr]
        assert grid.cell_at(grid.card(contact_id).pos()) is None  # type: ignore[union-attr]


def test_rows_and_columns_run_the_right_way(grid: PowerGridScene) -> None:
    tops = [grid.cell_rect(i, 0).top() for i in INFLUENCES]
    assert tops == sorted(tops)  # influence 5 at the top
    lefts = [grid.cell_rect(3, a).left() for a in ATTITUDES]
    assert lefts == sorted(lefts)  # opponents on the left
    assert quadrant_caption("high", "for") != quadrant_caption("low", "against")


def test_dragging_to_a_cell_requests_its_values_and_snaps_back(qtbot, grid: PowerGridScene) -> None:  # type: ignore[no-untyped-def]
    home = grid.card(5).pos()  # type: ignore[union-attr]  # Sun Hao: influence 4, opponent
    with qtbot.waitSignal(grid.position_requested) as blocker:
        grid.drag_cards([5], grid.cell_rect(2, 1).center())
    assert blocker.args == [5, 2, 1]
    assert grid.card(5).pos() == home  # type: ignore[union-attr]
    assert grid.contact(5).influence == 4  # type: ignore[union-attr]  # the scene does not write


def test_unplaced_cards_can_be_placed_and_nothing_is_asked_for_the_same_cell(grid: PowerGridScene) -> None:
    requests: list[tuple[int, int, int]] = []
    grid.position_requested.connect(lambda *args: requests.append(args))
    grid.drag_cards([5], grid.cell_rect(4, -2).center())  # where he already is
    grid.drag_cards([5], grid.unplaced_rect().center())  # outside the grid
    assert requests == []
    grid.drag_cards([18, 12], grid.cell_rect(5, 2).center())
    assert requests == [(18, 5, 2), (12, 5, 2)]


def test_dragging_with_the_mouse(qtbot, grid: PowerGridScene) -> None:  # type: ignore[no-untyped-def]
    view = grid.first_view()
    view.show()  # type: ignore[union-attr]
    qtbot.waitExposed(view)
    view.set_zoom(0.5)  # type: ignore[union-attr]
    view.centerOn(grid.grid_rect().center())  # type: ignore[union-attr]
    start = view.mapFromScene(grid.card(6).sceneBoundingRect().center())  # type: ignore[union-attr]  # Amy Liu
    end = view.mapFromScene(grid.cell_rect(5, 2).center())  # type: ignore[union-attr]
    viewport = view.viewport()  # type: ignore[union-attr]
    with qtbot.waitSignal(grid.position_requested) as blocker:
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        for k in range(1, 11):
            QTest.mouseMove(viewport, start + (end - start) * (k / 10))
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert blocker.args == [6, 5, 2]


def test_grid_toggles_and_keys(qtbot, grid: PowerGridScene) -> None:  # type: ignore[no-untyped-def]
    grid.set_only_decision_makers(True)
    assert grid.is_dimmed(6)
    assert not grid.is_dimmed(1)
    grid.set_only_decision_makers(False)
    grid.set_highlight_uncovered(True)
    assert sorted(i for i in grid.card_ids() if not grid.is_dimmed(i)) == [2, 5, 16]
    view = grid.first_view()
    view.show()  # type: ignore[union-attr]
    grid.select_only([6])
    with qtbot.waitSignal(grid.delete_requested) as blocker:
        QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)  # type: ignore[union-attr]
    assert blocker.args == [[6]]


def test_update_contact_moves_the_card(grid: PowerGridScene) -> None:
    grid.update_contact(Contact(7, "Sun Hao", id=5, influence=2, attitude=Attitude.SUPPORTER))
    assert grid.cell_rect(2, 1).contains(grid.card(5).pos() + QPointF(5, 5))  # type: ignore[union-attr]
    grid.remove_contact(5)
    assert grid.card(5) is None


def test_a_caller_that_redraws_at_once_is_fine(qtbot, grid: PowerGridScene, power_map: PowerMap) -> None:  # type: ignore[no-untyped-def]
    """The usual caller: the service changes the contact, the scene gets the new power map in the slot."""
    contacts = {c.id: c for c in power_map.contacts}

    def apply(contact_id: int, influence: int, attitude: int) -> None:
        contact = contacts[contact_id]
        contact.influence, contact.attitude = influence, Attitude(attitude)
        grid.set_power_map(power_map)

    grid.position_requested.connect(apply)
    grid.select_only([18, 12])
    grid.drag_cards([18, 12], grid.cell_rect(5, 2).center())
    assert grid.unplaced_ids() == [22]
    for contact_id in (18, 12):
        assert grid.cell_at(grid.card(contact_id).pos() + QPointF(5, 5)) == (5, 2)  # type: ignore[union-attr]
