"""The view on a map: zoom (Ctrl+wheel, pinch, fit), pan (scroll bars, middle
mouse button, Space+drag) and the gestures that edit it.

The view only recognises what the user does and reports it with a signal;
the controller turns each into one edit of the document.
"""

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QGraphicsView

from ...domain import LaneKind
from ...layout import Rect
from ...layout.navigation import Direction
from .gestures import HANDLE, CardDrag, EmotionDrag, HeaderDrag, gestures_for

MIN_ZOOM, MAX_ZOOM = 0.05, 8.0
STEP = 1.25
ARROWS = {
    Qt.Key.Key_Up: Direction.UP,
    Qt.Key.Key_Down: Direction.DOWN,
    Qt.Key.Key_Left: Direction.LEFT,
    Qt.Key.Key_Right: Direction.RIGHT,
}


class MapView(QGraphicsView):
    zoomChanged = Signal(float)  # noqa: N815 - Qt's naming
    cardActivated = Signal(str)  # noqa: N815 - double-click or F2 on a card
    cellActivated = Signal(str, str)  # noqa: N815 - double-click on the free part of a text cell
    deleteRequested = Signal()  # noqa: N815
    cardsDropped = Signal(list, str, str, int)  # noqa: N815 - card ids, lane, step, index
    headerMoved = Signal(object, str, str, int)  # noqa: N815 - Header, id, parent phase (steps), index
    headerClicked = Signal(object, str)  # noqa: N815 - Header, id
    headerActivated = Signal(object, str)  # noqa: N815 - double-click on a header: Header, id (to rename it)
    stepResized = Signal(str, int)  # noqa: N815 - step id, width in points
    scoreChosen = Signal(str, str, int)  # noqa: N815 - emotion lane, step, score
    cellPressed = Signal(str, str)  # noqa: N815 - a click in a text cell (where a paste goes)
    channelsRequested = Signal(str, str, QPoint)  # noqa: N815 - double-click in a channels cell
    cellValuesRequested = Signal(str, str)  # noqa: N815 - double-click in an emotion, metrics or picture cell
    navigateRequested = Signal(object)  # noqa: N815 - an arrow key: a Direction
    nudgeRequested = Signal(object)  # noqa: N815 - Ctrl+arrow: move the selected cards (a Direction)
    extendRequested = Signal(object)  # noqa: N815 - Shift+arrow: add the next card to the selection

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setMouseTracking(True)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self._panning_from: QPointF | None = None
        self._space = False
        self._fitting = True  # follow the window size until the user zooms
        self._gesture = None  # the gesture that claimed the current press
        self._pressed_at: QPointF | None = None
        self._moved = False
        self._band = None  # the rubber band's last scene rectangle
        self.rubberBandChanged.connect(self._band_changed)
        # The scene draws less detail when zoomed out; the view it is shown in says how far.
        self.zoomChanged.connect(self._tell_scene)
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

    def _tell_scene(self, zoom: float) -> None:
        scene = self.scene()
        if scene is not None and hasattr(scene, "set_zoom"):
            scene.set_zoom(zoom)

    def setScene(self, scene) -> None:  # noqa: N802 - Qt's name
        super().setScene(scene)
        if self._fitting and scene is not None:
            self.zoom_to_fit()  # tells the scene its zoom: the fitted one, never the last scene's first
        else:
            self.zoomChanged.emit(self.zoom())

    def show_fitted(self, scene) -> None:
        """Show ``scene`` zoomed to fit the view. A zoomed-out map then never makes
        the items its close-up view would need only to be told the zoom a moment later."""
        self._fitting = True
        self.setScene(scene)

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
                self.set_zoom(self.zoom() * STEP**steps)
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

    # -- mouse -------------------------------------------------------------------------
    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt's name
        scene = self.scene()
        if scene is not None and event.button() == Qt.MouseButton.LeftButton and hasattr(scene, "card_at"):
            point = self.mapToScene(event.position().toPoint())
            card_id = scene.card_at(point)
            if card_id is not None:
                self.cardActivated.emit(card_id)
                event.accept()
                return
            header = scene.hits.header_at(point.x(), point.y())
            if header is not None:
                self.headerActivated.emit(*header)
                event.accept()
                return
            cell = scene.hits.cell_at(point.x(), point.y())
            if cell is not None:
                kind = scene.session.document.lane(cell[0]).kind
                if kind.holds_cards:
                    self.cellActivated.emit(*cell)
                elif kind is LaneKind.CHANNELS:
                    self.channelsRequested.emit(*cell, event.globalPosition().toPoint())
                else:
                    self.cellValuesRequested.emit(*cell)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space and event.button() == Qt.MouseButton.LeftButton
        ):
            self._panning_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        scene = self.scene()
        point = self.mapToScene(event.position().toPoint())
        left = event.button() == Qt.MouseButton.LeftButton and hasattr(scene, "layout")
        if left:
            # Borders, headers and the emotion lane first: they must not start a rubber band.
            for gesture in gestures_for(self):
                if not isinstance(gesture, CardDrag) and gesture.press(point):
                    scene.clearSelection()
                    self._start(gesture, event)
                    if isinstance(gesture, EmotionDrag):
                        self._moved = True  # a click alone sets the score
                    return
        if left and getattr(scene, "overview", False):
            # Zoomed out the card items are transparent and Qt does not hit them:
            # select from the layout, and drag as usual.
            card_id = scene.card_at(point)
            if card_id is not None:
                toggle = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
                if toggle or card_id not in scene.selected_card_ids():
                    scene.select_cards([card_id], toggle)
                drag = CardDrag(self)
                if drag.press(point):
                    self._start(drag, event)
                return
        super().mousePressEvent(event)  # selection, as Qt does it (Ctrl toggles)
        if left:
            drag = CardDrag(self)
            if drag.press(point):
                self._start(drag, event)
            cell = scene.hits.text_cell_at(point.x(), point.y())
            if cell is not None:
                self.cellPressed.emit(*cell)

    def _start(self, gesture, event) -> None:
        self._gesture = gesture
        self._pressed_at = event.position()
        self._moved = False
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        gesture = self._gesture
        if gesture is not None:
            if not self._moved and (
                (event.position() - self._pressed_at).manhattanLength() >= QApplication.startDragDistance()
            ):
                self._moved = True
            if self._moved:
                self.viewport().setCursor(gesture.cursor)
                gesture.move(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        if self._panning_from is not None:
            delta = event.position() - self._panning_from
            self._panning_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            event.accept()
            return
        scene = self.scene()
        if not event.buttons() and not self._space and getattr(scene, "hits", None) is not None:
            point = self.mapToScene(event.position().toPoint())
            if scene.hits.column_border_at(point.x(), point.y(), HANDLE / max(self.zoom(), 0.01)) is not None:
                self.viewport().setCursor(Qt.CursorShape.SplitHCursor)
            else:
                self.viewport().unsetCursor()
        super().mouseMoveEvent(event)

    def _band_changed(self, rect, from_scene, to_scene) -> None:
        if not rect.isNull():
            self._band = QRectF(from_scene, to_scene).normalized()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        scene = self.scene()
        if self._band is not None and getattr(scene, "overview", False):
            band, self._band = self._band, None
            super().mouseReleaseEvent(event)
            toggle = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            scene.select_cards(scene.hits.cards_in(Rect(band.x(), band.y(), band.width(), band.height())), toggle)
            return
        self._band = None
        gesture = self._gesture
        if gesture is not None:
            self._gesture = None
            self.viewport().unsetCursor()
            if self._moved:
                gesture.release(self.mapToScene(event.position().toPoint()))
            else:
                gesture.cancel()
                if isinstance(gesture, HeaderDrag):
                    self.headerClicked.emit(gesture.header, gesture.id)
                else:
                    super().mouseReleaseEvent(event)
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

    # -- keys ----------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape and self._gesture is not None:
            self._gesture.cancel()
            self._gesture = None
            self.viewport().unsetCursor()
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
            elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.extendRequested.emit(direction)
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
