"""Scene items: each paints shapes of the layout, and nothing decides geometry here.

A ``CardItem`` is one card (selectable, and later draggable); a
``ShapesItem`` is a run of the other shapes (bands, headers, the curve) that
sit between cards in paint order. Items keep the layout's paint order through
their z value, so the scene looks exactly like the print.
"""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyle

from ...layout import CardShapes, Picture, Rect, Shape
from .qt_painter import QtShapePainter, qcolor, rect_round

SELECTION = QColor("#1f6feb")
SIMPLE_BELOW = 24.0  # device pixels: a card lower than this is drawn flat
CARD_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable


def _qrect(rect: Rect, grow: float = 0.0) -> QRectF:
    return QRectF(rect.x - grow, rect.y - grow, rect.w + 2 * grow, rect.h + 2 * grow)


class _BoundedItem(QGraphicsRectItem):
    """An item whose bounding rectangle Qt reads without calling into Python.

    The scene asks every item for its bounds on each repaint and after each
    move; two thousand calls into a Python ``boundingRect`` cost milliseconds.
    A rectangle item with no pen answers from C++; ``paint`` stays ours."""

    def __init__(self) -> None:
        super().__init__()
        self.setPen(Qt.PenStyle.NoPen)

    def set_bounds(self, rect: QRectF) -> None:
        self.setRect(rect)  # setRect announces the geometry change itself


class ShapesItem(_BoundedItem):
    """A run of shapes that can span the whole map (lane bands, grid lines):
    it paints only the shapes that reach into the exposed area."""

    def __init__(self, shapes: list[Shape], images: dict[str, bytes]) -> None:
        super().__init__()
        self.shapes = shapes
        self.images = images
        self._bounded = [(shape.bounds(), shape) for shape in shapes]
        bounds = rect_round([rect for rect, _shape in self._bounded])
        self.set_bounds(_qrect(bounds, 1.0) if bounds else QRectF())
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._has_picture = any(isinstance(shape, Picture) for shape in shapes)
        self.keep_picture(False)

    def keep_picture(self, zoomed_out: bool) -> None:
        """Keep the drawn result (a pixmap per view) or paint the shapes each time.

        Scaling a photo smoothly on every repaint is slow, so runs with photos
        always keep theirs. Zoomed out, the whole map is in view and its grid
        lines, icons and titles are many small paintings, while the pixmaps are
        small: every run keeps its picture. Zoomed in, a run across the map would
        need a pixmap many times the screen, and only a part of it is painted."""
        keep = zoomed_out or self._has_picture
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache if keep else QGraphicsItem.CacheMode.NoCache)

    def paint(self, painter, option, widget=None) -> None:
        exposed = option.exposedRect
        area = Rect(exposed.x(), exposed.y(), exposed.width(), exposed.height())
        QtShapePainter(painter, self.images).paint(shape for bounds, shape in self._bounded if bounds.intersects(area))


class CardItem(_BoundedItem):
    """One card. Its shapes are kept relative to the card's corner and the item sits
    at that corner, so a card that only moves (the lane above grew) keeps its
    cached picture and is not drawn again."""

    def __init__(self, card_id: str, box: Rect, parts: CardShapes, images: dict[str, bytes], top: float = 0.0) -> None:
        super().__init__()
        self.card_id = card_id
        self.images = images
        self.box: Rect | None = None
        self.parts: CardShapes | None = None
        self.local_box = Rect(0.0, 0.0, box.w, box.h)
        self.lane_top = 0.0
        self.setFlags(CARD_FLAGS)  # one call, not one per flag: two thousand cards are made on opening
        # Each card keeps its picture at the current zoom: scrolling and repainting a
        # wall of cards then costs one image per card, not every glyph again.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.set_layout(box, parts, top)

    @property
    def shapes(self) -> list[Shape]:
        """What the card paints, in paint order (relative to its lane)."""
        return list(self.parts)

    def set_layout(self, box: Rect, parts: CardShapes, top: float = 0.0) -> None:
        """New geometry from a fresh layout (the item itself stays, with its selection).

        ``box`` and ``parts`` are relative to the lane, whose top is at ``top``. The
        layout hands over the very same objects for a card whose cell it did not
        lay out again: such a card is only placed; any other is drawn afresh."""
        if parts is not self.parts or box is not self.box:
            # The shapes stay relative to the lane; ``paint`` shifts the painter to the
            # card's corner instead of copying every shape (a tenth of the open time).
            self.parts = parts
            self.box = box
            self.local_box = Rect(0.0, 0.0, box.w, box.h)
            self.set_bounds(_qrect(self.local_box, 3.0))  # room for the shadow and the selection outline
            self.update()
        self.place(top)

    def place(self, top: float | None = None) -> None:
        """Put the card where it belongs in a lane whose top is at ``top`` (default: where it was)."""
        if top is not None:
            self.lane_top = top
        self.setPos(self.box.x, self.lane_top + self.box.y)

    def home(self) -> QPointF:
        """Where the card sits when nobody carries it."""
        return QPointF(self.box.x, self.lane_top + self.box.y)

    def scene_box(self) -> Rect:
        """The card's box in map coordinates (``box`` is relative to its lane)."""
        corner = self.scenePos()
        return Rect(corner.x(), corner.y(), self.box.w, self.box.h)

    def paint(self, painter, option, widget=None) -> None:
        selected = option.state & QStyle.StateFlag.State_Selected
        scale = painter.worldTransform().m11()
        box = self.box
        painter.save()
        if scale * box.h < SIMPLE_BELOW:
            # A card a few pixels high: one flat rectangle and its text bars, no
            # shadow and no rounded corners (which cost a path each).
            painter.fillRect(_qrect(self.local_box), qcolor(self.parts.body.fill))
            painter.translate(-box.x, -box.y)
            QtShapePainter(painter, self.images).paint(self.parts.lines)
        else:
            painter.translate(-box.x, -box.y)
            QtShapePainter(painter, self.images).paint(self.parts)
        painter.restore()
        if selected:
            self._paint_outline(painter)

    def _paint_outline(self, painter) -> None:
        """The selection's outline, 2 map units round the card (zoomed out, the
        overview's ``SelectionOutlines`` draws it instead)."""
        painter.setPen(QPen(SELECTION, 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(_qrect(self.local_box, 1.5), 4, 4)
