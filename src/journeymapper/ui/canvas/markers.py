"""What the canvas draws over the map while the user works: where a drop lands, the
score an emotion drag would set, and the frame round the inspected header.

These are items of their own above every lane; none of them is part of the
map or of its print. Where they go comes from the layout (``layout.hit_test``).
"""

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsLineItem, QGraphicsRectItem, QGraphicsScene

from ...layout import Rect, Theme
from ...layout.hit_test import Line

MARKER = QColor("#1f6feb")
ABOVE_ALL = 1_000_000_000  # above every lane and above a carried card


class Markers:
    def __init__(self, scene: QGraphicsScene, theme: Theme) -> None:
        self.theme = theme
        self.line = QGraphicsLineItem()
        self.line.setPen(QPen(MARKER, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        self.line.setZValue(ABOVE_ALL)
        self.line.hide()
        scene.addItem(self.line)
        self.score = QGraphicsEllipseItem()
        self.score.setPen(QPen(MARKER, 2.0))
        self.score.setZValue(ABOVE_ALL + 1)
        self.score.hide()
        scene.addItem(self.score)
        # The phase, step or lane being inspected: a frame round its header, so
        # what Alt+arrow keys or Delete will act on is seen, also when it was
        # chosen in the structure list rather than clicked.
        self.part_frame = QGraphicsRectItem()
        self.part_frame.setPen(QPen(MARKER, 2.5, Qt.PenStyle.DashLine))
        self.part_frame.setZValue(ABOVE_ALL)
        self.part_frame.hide()
        scene.addItem(self.part_frame)

    def show_line(self, line: Line) -> None:
        (x1, y1), (x2, y2) = line
        self.line.setLine(QLineF(x1, y1, x2, y2))
        self.line.show()

    def hide_line(self) -> None:
        self.line.hide()

    def show_score(self, cell: Rect, y: float) -> None:
        """The point an emotion drag would set, at height ``y`` in the middle of ``cell``."""
        r = self.theme.marker_radius + 3
        self.score.setRect(QRectF(cell.x + cell.w / 2 - r, y - r, 2 * r, 2 * r))
        self.score.show()

    def hide_score(self) -> None:
        self.score.hide()

    def frame(self, box: Rect | None) -> None:
        """Frame a header's box (None: no frame)."""
        if box is None:
            self.part_frame.hide()
        else:
            self.part_frame.setRect(QRectF(box.x, box.y, box.w, box.h).adjusted(1.5, 1.5, -1.5, -1.5))
            self.part_frame.show()
