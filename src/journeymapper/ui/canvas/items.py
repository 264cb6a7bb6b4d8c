"""Scene items: each paints shapes of the layout, and nothing decides geometry here.

A ``CardItem`` is one card (selectable, and later draggable); a
``ShapesItem`` is a run of the other shapes (bands, headers, the curve) that
sit between cards in paint order. Items keep the layout's paint order through
their z value, so the scene looks exactly like the print.
"""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle

from ...layout import Rect, Shape
from .qt_painter import QtShapePainter, bounds_of

SELECTION = QColor("#1f6feb")


def _qrect(rect: Rect, grow: float = 0.0) -> QRectF:
    return QRectF(rect.x - grow, rect.y - grow, rect.w + 2 * grow, rect.h + 2 * grow)


class ShapesItem(QGraphicsItem):
    def __init__(self, shapes: list[Shape], images: dict[str, bytes]) -> None:
        super().__init__()
        self.shapes = shapes
        self.images = images
        bounds = bounds_of(shapes)
        self._bounds = _qrect(bounds, 1.0) if bounds else QRectF()
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def paint(self, painter, option, widget=None) -> None:
        QtShapePainter(painter, self.images).paint(self.shapes)


class CardItem(QGraphicsItem):
    def __init__(self, card_id: str, box: Rect, shapes: list[Shape], images: dict[str, bytes]) -> None:
        super().__init__()
        self.card_id = card_id
        self.images = images
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.set_layout(box, shapes)

    def set_layout(self, box: Rect, shapes: list[Shape]) -> None:
        """New geometry from a fresh layout (the item itself stays, with its selection)."""
        self.prepareGeometryChange()
        self.box = box
        self.shapes = shapes
        self._bounds = _qrect(bounds_of(shapes).union(box), 3.0)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def paint(self, painter, option, widget=None) -> None:
        QtShapePainter(painter, self.images).paint(self.shapes)
        if option.state & QStyle.StateFlag.State_Selected:
            pen = QPen(SELECTION, 2.0)
            pen.setCosmetic(False)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(_qrect(self.box, 1.5), 4, 4)
