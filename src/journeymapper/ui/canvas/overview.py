"""Zoomed out far, each lane shows one picture of itself instead of its items.

Below ``OVERVIEW_BELOW`` the card text is drawn as bars anyway, and painting
thousands of tiny cards, grid lines and icons one by one stutters
(``lane_picture.py``). The card items stay, transparent, for clicks and
drags; the selection shows as outlines drawn by one item over the pictures.
Hit-testing then goes through the layout, since Qt does not hit transparent
items.
"""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from .items import SELECTION, CardItem
from .lane_picture import LanePicture
from .view import MIN_ZOOM

OVERVIEW_BELOW = 0.4  # zoom: below this (card text is then drawn as bars) lanes show pictures of themselves
OUTLINES_Z = 800_000_000  # above every lane, below a carried card
OUTLINE_WIDTH = 2.0  # pixels, at any zoom
_PEN_ROOM = OUTLINE_WIDTH / MIN_ZOOM + 2  # the pen's reach in map units at the smallest zoom (bounds must hold it)


class SelectionOutlines(QGraphicsItem):
    """The outline of every selected card, zoomed out, painted in one go.

    Each card item drawing its own outline cost a cached picture per card and a
    call into Python per card: after select all at 2,000 cards the first paint took
    140 ms. One item draws all outlines with one call. It is never hit by the mouse."""

    def __init__(self) -> None:
        super().__init__()
        self._rects: list[QRectF] = []
        self._bounds = QRectF()
        self.setZValue(OUTLINES_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_rects(self, rects: list[QRectF]) -> None:
        self.prepareGeometryChange()
        self._rects = rects
        bounds = QRectF()
        for rect in rects:
            bounds = bounds.united(rect)
        self._bounds = bounds.adjusted(-_PEN_ROOM, -_PEN_ROOM, _PEN_ROOM, _PEN_ROOM) if rects else QRectF()
        self.update()

    def rects(self) -> list[QRectF]:
        return list(self._rects)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()  # clicks and rubber bands pass through to the cards

    def paint(self, painter, option, widget=None) -> None:
        pen = QPen(SELECTION, OUTLINE_WIDTH)
        pen.setCosmetic(True)  # 2 map units would be less than a pixel zoomed out
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRects(self._rects)


class Overview:
    """Whether the scene is zoomed out, and the outlines of the selection then."""

    def __init__(self, scene) -> None:
        self._scene = scene
        self.on = False
        self.outlines = SelectionOutlines()
        self.outlines.setVisible(False)
        scene.addItem(self.outlines)

    def add_picture(self, group, images) -> None:
        """The lane's picture, made when it is first needed."""
        result = group.result
        group.overview = LanePicture(result.shapes, result.cards, images, result.index[("lane", result.lane_id)])
        self._scene.addItem(group.overview)
        if group.top is not None:
            group.overview.setPos(0, group.top)
        if group.z is not None:
            group.overview.setZValue(group.z - 0.5)

    def set_zoom(self, zoom: float, images) -> None:
        on = zoom < OVERVIEW_BELOW
        if on == self.on:
            return
        self.on = on
        scene = self._scene
        for item in scene.fixed_items:
            item.keep_picture(on)
        for group in scene.lanes.values():
            for run in group.runs:
                run.setVisible(not on)  # the lane's picture shows them
            if group.overview is None and on and group.result is not None:
                self.add_picture(group, images)
            if group.overview is not None:
                group.overview.setVisible(on)
        for card in scene.card_items.values():
            self.card_visibility(card)
        self.outlines.setVisible(on)
        self.selection_changed()

    def card_visibility(self, card: CardItem) -> None:
        """In the overview a card item is transparent, there only to be clicked and
        dragged (a carried card shows itself: the drag sets its opacity)."""
        card.setOpacity(0.0 if self.on else 1.0)

    def selection_changed(self) -> None:
        """The outlines follow the selection (and the cards, after a new layout)."""
        if not self.on:
            return
        scene = self._scene
        rects = []
        for item in scene.selectedItems():
            if isinstance(item, CardItem):
                box = item.home()
                rects.append(QRectF(box.x() - 1.5, box.y() - 1.5, item.box.w + 3.0, item.box.h + 3.0))
        self.outlines.set_rects(rects)
