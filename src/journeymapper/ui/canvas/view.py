"""The view on a map: zoom with Ctrl+wheel or pinch, pan with scroll bars, the
middle mouse button or Space+drag, and zoom to fit."""

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QGraphicsView

MIN_ZOOM, MAX_ZOOM = 0.05, 8.0
ARROWS = {Qt.Key.Key_Up: "up", Qt.Key.Key_Down: "down", Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right"}
STEP = 1.25


class MapView(QGraphicsView):
    zoomChanged = Signal(float)  # noqa: N815 - Qt's naming
    cardActivated = Signal(str)  # noqa: N815 - double-click or F2 on a card
    cellActivated = Signal(str, str)  # noqa: N815 - double-click on the free part of a text cell
    deleteRequested = Signal()  # noqa: N815
    cardsDropped = Signal(list, str, str, int)  # noqa: N815 - card ids, lane, step, index
    cellPressed = Signal(str, str)  # noqa: N815 - a click in a text cell (where a paste goes)
    navigateRequested = Signal(str)  # noqa: N815 - an arrow key: up, down, left or right
    nudgeRequested = Signal(str)  # noqa: N815 - Ctrl+arrow: move the selected cards

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self._panning_from: QPointF | None = None
        self._space = False
        self._fitting = True  # follow the window size until the user zooms
        self._drag = None  # (press point in the viewport, press point in the scene, card ids) while a card is held
        self._dragging = False
        self.setAccessibleName(self.tr("Map canvas"))

    # -- zoom ------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        self._fitting = False
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if current and abs(factor / current - 1) > 1e-9:
            self.scale(factor / current, factor / current)
            self.zoomChanged.emit(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / STEP)

    def zoom_actual(self) -> None:
        self.set_zoom(1.0)

    def zoom_to_fit(self) -> None:
        self._fitting = True
        scene = self.scene()
        if scene is None:
            return
        target = scene.page_rect() if hasattr(scene, "page_rect") else scene.sceneRect()
        room = 30  # the paper's edge and a little desk around it
        self.fitInView(target.adjusted(-room, -room, room, room), Qt.AspectRatioMode.KeepAspectRatio)
        factor = self.zoom()
        if factor > MAX_ZOOM or factor < MIN_ZOOM:
            self.set_zoom(factor)
            self._fitting = True
        self.zoomChanged.emit(self.zoom())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._fitting:
            self.zoom_to_fit()

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom() * STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                self.set_zoom(self.zoom() * pinch.scaleFactor())
                return True
        return super().event(event)

    # -- gestures ----------------------------------------------------------------
    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt's name
        scene = self.scene()
        if scene is not None and event.button() == Qt.MouseButton.LeftButton and hasattr(scene, "card_at"):
            point = self.mapToScene(event.position().toPoint())
            card_id = scene.card_at(point)
            if card_id is not None:
                self.cardActivated.emit(card_id)
                event.accept()
                return
            cell = scene.text_cell_at(point)
            if cell is not None:
                self.cellActivated.emit(*cell)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    # -- dragging cards --------------------------------------------------------------
    def _preview(self, point: QPointF, start: QPointF, ids: list[str]) -> None:
        """Only the items move while dragging; the document changes once, on release."""
        scene = self.scene()
        delta = point - start
        for card_id in ids:
            item = scene.cards.get(card_id)
            if item is not None:
                item.setPos(delta)
                item.setOpacity(0.85)
        target = scene.insertion_point(point, set(ids))
        if target is None:
            scene.hide_marker()
        else:
            scene.show_marker(*target, set(ids))

    def _end_drag(self, point: QPointF | None, ids: list[str]):
        scene = self.scene()
        for card_id in ids:
            item = scene.cards.get(card_id)
            if item is not None:
                item.setPos(0, 0)
                item.setOpacity(1.0)
        scene.hide_marker()
        self._drag = None
        self._dragging = False
        self.viewport().unsetCursor()
        return scene.insertion_point(point, set(ids)) if point is not None else None

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape and self._dragging:
            self._end_drag(None, self._drag[2])
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        scene = self.scene()
        if event.key() == Qt.Key.Key_F2 and scene is not None and hasattr(scene, "selected_card_ids"):
            selected = scene.selected_card_ids()
            if len(selected) == 1:
                self.cardActivated.emit(selected[0])
                return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deleteRequested.emit()
            return
        direction = ARROWS.get(event.key())
        if direction is not None and scene is not None and hasattr(scene, "cards") and scene.cards:
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.nudgeRequested.emit(direction)
            else:
                self.navigateRequested.emit(direction)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.MiddleButton or (self._space and event.button() == Qt.MouseButton.LeftButton):
            self._panning_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)  # selection, as Qt does it (Ctrl toggles)
        scene = self.scene()
        if event.button() == Qt.MouseButton.LeftButton and hasattr(scene, "card_at"):
            point = self.mapToScene(event.position().toPoint())
            card_id = scene.card_at(point)
            if card_id is not None and card_id in scene.selected_card_ids():
                self._drag = (event.position(), point, scene.selected_card_ids())
            cell = scene.text_cell_at(point)
            if cell is not None:
                self.cellPressed.emit(*cell)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._drag is not None:
            start, scene_start, ids = self._drag
            if not self._dragging and (event.position() - start).manhattanLength() >= QApplication.startDragDistance():
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.DragMoveCursor)
            if self._dragging:
                self._preview(self.mapToScene(event.position().toPoint()), scene_start, ids)
                event.accept()
                return
        if self._panning_from is not None:
            delta = event.position() - self._panning_from
            self._panning_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._drag is not None:
            dragging, (_, _, ids) = self._dragging, self._drag
            target = self._end_drag(self.mapToScene(event.position().toPoint()) if dragging else None, ids)
            if dragging:
                if target is not None:
                    self.cardsDropped.emit(ids, *target)
                event.accept()
                return
        if self._panning_from is not None:
            self._panning_from = None
            if self._space:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
