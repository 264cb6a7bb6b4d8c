"""Mouse gestures on the canvas, one small class each.

A press is offered to each gesture in turn; the first that claims it gets
the moves and the release. While dragging only a preview changes (items
moved, a marker line); the document changes once, on release, through a
signal of the view that the controller turns into one edit. Escape cancels.
"""

from PySide6.QtCore import QPointF, Qt

HANDLE = 5.0  # screen pixels either side of a column border that grab it
# A column dragged narrower stops here, so its border stays easy to grab again
# (the document allows narrower columns, typed in the inspector: rules.MIN_STEP_WIDTH).
NARROWEST_DRAG = 60.0
DRAGGED_Z = 900_000_000  # below the marker line, above every lane


class Gesture:
    cursor = Qt.CursorShape.ClosedHandCursor

    def __init__(self, view) -> None:
        self.view = view

    @property
    def scene(self):
        return self.view.scene()

    def press(self, point: QPointF) -> bool:  # claim the press?
        return False

    def move(self, point: QPointF) -> None: ...

    def release(self, point: QPointF) -> None: ...

    def cancel(self) -> None: ...


class CardDrag(Gesture):
    """Selected cards follow the mouse; a marker shows the cell and place they will land in."""

    def press(self, point):
        card_id = self.scene.card_at(point)
        if card_id is None or card_id not in self.scene.selected_card_ids():
            return False
        self.start, self.ids = point, self.scene.selected_card_ids()
        self.z = {card_id: self.scene.cards[card_id].zValue() for card_id in self.ids}
        return True

    def move(self, point):
        for card_id in self.ids:
            item = self.scene.cards.get(card_id)
            if item is not None:
                item.setPos(item.home() + point - self.start)
                item.setOpacity(0.85)
                item.setZValue(DRAGGED_Z)  # above every other card while it is carried
        moving = set(self.ids)
        target = self.scene.hits.insertion_point(point.x(), point.y(), moving)
        if target is None:
            self.scene.markers.hide_line()
        else:
            self.scene.markers.show_line(self.scene.hits.drop_line(*target, moving, self.scene.theme))

    def release(self, point):
        self.cancel()
        target = self.scene.hits.insertion_point(point.x(), point.y(), set(self.ids))
        if target is not None:
            self.view.cardsDropped.emit(self.ids, *target)

    def cancel(self):
        for card_id in self.ids:
            item = self.scene.cards.get(card_id)
            if item is not None:
                item.place()
                item.setOpacity(1.0)
                self.scene.card_visibility(item)
                item.setZValue(self.z[card_id])
        self.scene.markers.hide_line()


class HeaderDrag(Gesture):
    """Phases and steps move left or right, lanes up or down; a marker shows where."""

    def press(self, point):
        hit = self.scene.hits.header_at(point.x(), point.y())
        if hit is None:
            return False
        self.header, self.id = hit
        return True

    def _target(self, point):
        return self.scene.hits.header_drop(self.header, self.id, point.x(), point.y())

    def move(self, point):
        self.scene.markers.show_line(self._target(point).line)

    def release(self, point):
        self.cancel()
        drop = self._target(point)
        self.view.headerMoved.emit(self.header, self.id, drop.parent, drop.index)

    def cancel(self):
        self.scene.markers.hide_line()


class ColumnResize(Gesture):
    """Drag the right border of a step in the header rows to change its width."""

    cursor = Qt.CursorShape.SplitHCursor

    def press(self, point):
        tolerance = HANDLE / max(self.view.zoom(), 0.01)
        self.step_id = self.scene.hits.column_border_at(point.x(), point.y(), tolerance)
        return self.step_id is not None

    def _width(self, point) -> float:
        box = self.scene.layout.boxes[("step", self.step_id)]
        return max(NARROWEST_DRAG, point.x() - box.x + 1)

    def move(self, point):
        box = self.scene.layout.boxes[("step", self.step_id)]
        x = box.x - 1 + self._width(point)
        self.scene.markers.show_line(((x, box.y), (x, self.scene.layout.height)))

    def release(self, point):
        self.cancel()
        self.view.stepResized.emit(self.step_id, round(self._width(point)))

    def cancel(self):
        self.scene.markers.hide_line()


class EmotionDrag(Gesture):
    """Press in a step of the emotion lane and drag up or down: the score snaps to the scale."""

    cursor = Qt.CursorShape.SizeVerCursor

    def press(self, point):
        hit = self.scene.hits.emotion_cell_at(point.x(), point.y())
        if hit is None:
            return False
        self.lane_id, self.step_id = hit
        self.move(point)
        return True

    def move(self, point):
        score, y = self.scene.hits.score_at(self.lane_id, point.y())
        self.score = score
        self.scene.markers.show_score(self.scene.layout.boxes[("cell", (self.lane_id, self.step_id))], y)

    def release(self, point):
        self.move(point)
        self.cancel()
        self.view.scoreChosen.emit(self.lane_id, self.step_id, self.score)

    def cancel(self):
        self.scene.markers.hide_score()


def gestures_for(view) -> list[Gesture]:
    """In the order they are offered a press."""
    return [ColumnResize(view), CardDrag(view), EmotionDrag(view), HeaderDrag(view)]
