"""The chart view: zoom keys and wheel, fit, pan, rubber band."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui.orgchart.scene import OrgChartScene
from ui.orgchart.view import ChartView


def shown(qtbot, org: OrgChartScene) -> ChartView:  # type: ignore[no-untyped-def]
    view = org.first_view()
    assert isinstance(view, ChartView)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_zoom_keys_and_fit(qtbot, org: OrgChartScene) -> None:  # type: ignore[no-untyped-def]
    view = shown(qtbot, org)
    # (The off-screen platform does not activate windows, so shortcuts are checked, then triggered.)
    assert QKeySequence("Ctrl++") in view.zoom_in_action.shortcuts()
    assert QKeySequence("Ctrl+=") in view.zoom_in_action.shortcuts()
    assert QKeySequence("Ctrl+-") in view.zoom_out_action.shortcuts()
    assert view.fit_action.shortcuts() == [QKeySequence("Ctrl+0")]
    assert view.zoom_in_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    view.set_zoom(1.0)
    view.zoom_in_action.trigger()
    assert abs(view.zoom() - 1.25) < 1e-6
    view.zoom_out_action.trigger()
    view.zoom_out_action.trigger()
    assert abs(view.zoom() - 0.8) < 1e-6
    view.fit_action.trigger()
    qtbot.wait(10)  # scroll bars that are no longer needed go away
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.adjusted(-2, -2, 2, 2).contains(org.sceneRect())
    assert view.zoom() < 0.8
    view.set_zoom(100.0)
    assert view.zoom() == ChartView.MAX_ZOOM


def test_small_charts_are_not_blown_up_by_fit(qtbot, org: OrgChartScene, power_map) -> None:  # type: ignore[no-untyped-def]
    power_map.contacts = power_map.contacts[:1]
    org.set_power_map(power_map)
    view = shown(qtbot, org)
    view.fit()
    assert view.zoom() == 1.0


def test_ctrl_wheel_zooms_and_plain_wheel_scrolls(qtbot, org: OrgChartScene) -> None:  # type: ignore[no-untyped-def]
    view = shown(qtbot, org)
    view.set_zoom(1.6)

    def wheel(modifiers: Qt.KeyboardModifier, delta: int = 120) -> None:
        pos = QPointF(view.viewport().rect().center())
        event = QWheelEvent(pos, QPointF(view.viewport().mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, delta),
                            Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(view.viewport(), event)

    wheel(Qt.KeyboardModifier.ControlModifier)
    assert abs(view.zoom() - 2.0) < 1e-6
    scroll = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    wheel(Qt.KeyboardModifier.NoModifier, -120)  # down
    assert abs(view.zoom() - 2.0) < 1e-6
    assert (view.horizontalScrollBar().value(), view.verticalScrollBar().value()) != scroll


def test_dragging_empty_space_pans(qtbot, org: OrgChartScene) -> None:  # type: ignore[no-untyped-def]
    view = shown(qtbot, org)
    view.set_zoom(1.0)
    view.centerOn(org.sceneRect().center())
    empty = view.mapFromScene(org.placement(1).x - 150, org.placement(1).y + 20)  # type: ignore[union-attr]
    before = view.horizontalScrollBar().value()
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, empty)
    QTest.mouseMove(viewport, empty + QPoint(120, 0))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, empty + QPoint(120, 0))
    assert view.horizontalScrollBar().value() == before - 120
    assert org.selected_ids() == []


def test_a_click_on_empty_space_clears_the_selection(qtbot, org: OrgChartScene) -> None:  # type: ignore[no-untyped-def]
    view = shown(qtbot, org)
    org.select_only([3])
    corner = view.mapFromScene(org.sceneRect().topLeft() + QPointF(5, 5))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)
    assert org.selected_ids() == []


def test_shift_drag_selects_with_a_rubber_band(qtbot, org: OrgChartScene) -> None:  # type: ignore[no-untyped-def]
    view = shown(qtbot, org)
    view.fit()
    # Around Grace Lin's team: from above-left of Jenny Gao to below-right of Leo He.
    w, h = OrgChartScene.OPTIONS.card_width, OrgChartScene.OPTIONS.card_height
    a, b = org.placement(11), org.placement(12)
    start = view.mapFromScene(QPointF(a.x - 8, a.y - 8))  # type: ignore[union-attr]
    end = view.mapFromScene(QPointF(b.x + w + 8, b.y + h + 8))  # type: ignore[union-attr]
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, start)
    for k in range(1, 6):
        QTest.mouseMove(viewport, start + (end - start) * (k / 5))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, end)
    assert sorted(org.selected_ids()) == [11, 12]
