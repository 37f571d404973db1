"""A view for the card scenes: zoom, pan and rubber-band selection.

Mouse and keys (the same in the org chart and the power grid):

- **zoom**: Ctrl + wheel (around the mouse pointer), Ctrl++ (or Ctrl+=) and
  Ctrl+-; Ctrl+0 fits the whole chart in the window (never enlarging it
  beyond 100 %);
- **pan**: drag empty space with the left or middle button, the scroll bars,
  or the plain wheel (Shift + wheel scrolls sideways);
- **select**: click a card (Ctrl + click adds or removes it); Shift- or
  Ctrl-drag on empty space draws a rubber band that selects the cards it
  touches; a click on empty space clears the selection;
- arrow keys, Delete, Return: handled by the scene (see the scenes).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from ui.orgchart.base import CardScene
from ui.orgchart.items import CardItem


class ChartView(QGraphicsView):
    """Shows a card scene with zoom and pan.

    Signals:
    zoom_changed(float): the zoom factor (1.0 = 100 %) changed.
    """

    zoom_changed = Signal(float)

    MIN_ZOOM = 0.01
    MAX_ZOOM = 4.0
    STEP = 1.25

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        # Every item here sets the pen, brush and font it draws with (and restores anything else it
        # changes), so the view need not save and restore the painter around each of 20,000 cards:
        # a third less time to paint a large chart fitted to the window.
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: QPoint | None = None
        self._panned = False

        self.zoom_in_action = self._action(self._on_zoom_in, QKeySequence.StandardKey.ZoomIn, "Ctrl+=")
        self.zoom_out_action = self._action(self._on_zoom_out, QKeySequence.StandardKey.ZoomOut)
        self.fit_action = self._action(self._on_fit, "Ctrl+0")
        self.retranslate()

    def _action(self, slot: object, *keys: QKeySequence.StandardKey | str) -> QAction:
        action = QAction(self)
        shortcuts: list[QKeySequence] = []
        for key in keys:
            shortcuts.extend(QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey)
                             else [QKeySequence(key)])
        action.setShortcuts(shortcuts)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def retranslate(self) -> None:
        self.zoom_in_action.setText(self.tr("Zoom In"))
        self.zoom_out_action.setText(self.tr("Zoom Out"))
        self.fit_action.setText(self.tr("Fit to Window"))

    # -- zoom ----------------------------------------------------------------------------------

    def zoom(self) -> float:
        """The zoom factor: 1.0 shows the chart at 100 %."""
        return float(self.transform().m11())

    def set_zoom(self, factor: float) -> None:
        """Zoom to ``factor`` (clamped to 1 %-400 %), keeping the point under the mouse
        (or the middle of the view) in place."""
        factor = min(self.MAX_ZOOM, max(self.MIN_ZOOM, factor))
        current = self.zoom()
        if abs(factor - current) < 1e-9:
            return
        self.scale(factor / current, factor / current)
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * self.STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / self.STEP)

    def fit(self) -> None:
        """Show the whole chart, at most at 100 %."""
        scene = self.scene()
        if scene is None:
            return
        rect = scene.content_rect() if isinstance(scene, CardScene) else scene.sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.set_zoom(1.0)
        # Scroll bars shown before the fit may go away after it: centre again on the new viewport.
        self.centerOn(rect.center())
        self.zoom_changed.emit(self.zoom())

    def _on_zoom_in(self) -> None:
        self.zoom_in()

    def _on_zoom_out(self) -> None:
        self.zoom_out()

    def _on_fit(self) -> None:
        self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom() * self.STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    # -- pan and rubber band -------------------------------------------------------------------

    def _card_under(self, pos: QPoint) -> bool:
        return any(isinstance(item, CardItem) for item in self.items(pos))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        button = event.button()
        on_card = self._card_under(event.position().toPoint())
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and not on_card):
            rubber = event.modifiers() & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
            if button == Qt.MouseButton.LeftButton and rubber:
                self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
                super().mousePressEvent(event)
                return
            self._pan_from = event.position().toPoint()
            self._panned = False
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            pos = event.position().toPoint()
            delta = pos - self._pan_from
            self._pan_from = pos
            if delta.manhattanLength():
                self._panned = True
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            scene = self.scene()
            if not self._panned and event.button() == Qt.MouseButton.LeftButton and scene is not None:
                scene.clearSelection()  # a plain click on empty space
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if self.dragMode() == QGraphicsView.DragMode.RubberBandDrag:
            self.setDragMode(QGraphicsView.DragMode.NoDrag)

    def scene_centre(self) -> QPointF:
        """The scene point in the middle of the view."""
        return self.mapToScene(self.viewport().rect().center())
