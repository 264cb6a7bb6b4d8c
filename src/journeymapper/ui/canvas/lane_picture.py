"""One picture of a whole lane, for when the map is zoomed out.

Zoomed out, the map is thousands of tiny cards, grid lines, icons and text
bars; painting them one by one at every zoom step stutters (66 ms a step at
2,000 cards, measured). A lane picture paints its shapes once into an image
at a power-of-two scale and from then on only draws that image, smoothly
scaled: a zoom step costs an image blit per lane. Each power of two is made
once per lane (a smaller one from a larger one when there is one, which is
both faster and better filtered) and kept until the lane changes.

The card items stay in the scene, transparent, for clicking and dragging.
"""

import math

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QImage, QPainter

from ...collector import collector_paused
from ...layout import Box, CardShapes, Rect, Shape, TextLine
from .items import _BoundedItem, _qrect
from .qt_painter import GREEK_BELOW, QtShapePainter, bounds_of, qcolor, qcolor_alpha

MAX_PIXELS = 24_000_000  # one lane's largest image (96 MB); beyond it the picture gets coarser


class _CardRun:
    """Consecutive cards of a lane, drawn with one call per colour: their flat
    bodies (shadows and rounded corners do not show this small), then their
    text. Shape by shape, two thousand cards took 60 ms to draw. Cards never
    overlap, so all bodies and then all text is what shape order gives."""

    def __init__(self) -> None:
        self.bodies: dict[str, list[QRectF]] = {}
        self.bars: dict[str, list[QRectF]] = {}  # text too small to read, as the painter draws it
        self.lines: list[TextLine] = []
        self.body_shapes: list[Box] = []
        self.largest_text = 0.0

    def paint(self, painter: QPainter, scale: float, images) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for fill, rects in self.bodies.items():
            painter.setBrush(QBrush(qcolor(fill)))
            painter.drawRects(rects)
        if self.largest_text * scale < GREEK_BELOW:
            for color, rects in self.bars.items():
                painter.setBrush(qcolor_alpha(color, 90))
                painter.drawRects(rects)
        else:
            QtShapePainter(painter, images).paint(self.lines)


def _parts(shapes, cards: dict[str, CardShapes]) -> list:
    """The lane's shapes in paint order as runs of other shapes and ``_CardRun`` s,
    in one pass: a lane is rebuilt on every edit in it, and all lanes are on the
    way to the first paint of a map, so the loop is written out (a method call
    per card and per line was a third of it). A card's shapes are consecutive;
    ``cards`` names its parts (the body and the lines are drawn, not the shadow)."""
    parts: list = []
    run = None  # the _CardRun being filled
    index, count = 0, len(shapes)
    while index < count:
        shape = shapes[index]
        ref = shape.ref
        if ref is not None and ref[0] == "card":
            card = cards[ref[1]]
            if run is None:
                run = _CardRun()
                parts.append(run)
                lines, bars, bodies, body_shapes = run.lines, run.bars, run.bodies, run.body_shapes
                color, color_bars, largest = None, None, 0.0
            body = card.body
            r = body.rect
            body_shapes.append(body)
            rects = bodies.get(body.fill)
            if rects is None:
                rects = bodies[body.fill] = []
            rects.append(QRectF(r.x, r.y, r.w, r.h))
            for line in card.lines:
                lines.append(line)
                size = line.size
                if line.color != color:
                    color = line.color
                    color_bars = bars.get(color)
                    if color_bars is None:
                        color_bars = bars[color] = []
                color_bars.append(QRectF(line.x, line.baseline - size * 0.62, line.width, size * 0.5))
                if size > largest:
                    largest = run.largest_text = size
            index += len(card)
            continue
        run = None
        if not parts or isinstance(parts[-1], _CardRun):
            parts.append([])
        parts[-1].append(shape)
        index += 1
    return parts


class LanePicture(_BoundedItem):
    def __init__(self, shapes, cards: dict[str, CardShapes], images: dict[str, bytes], area: Rect) -> None:
        """``shapes``: the lane's, in paint order; ``cards``: each card's shapes by part;
        ``area``: the lane's rectangle. Only the few shapes that are not cards (which
        stay inside their cells) can reach beyond it."""
        super().__init__()
        self._shapes = shapes
        self._cards = cards
        self._parts: list | None = None  # made when first drawn
        self.images = images
        others = [shape for shape in shapes if shape.ref is None or shape.ref[0] != "card"]
        reach = bounds_of(others)
        bounds = area if reach is None else area.union(reach)
        self.bounds = _qrect(bounds, 2.0)
        self.set_bounds(self.bounds)
        self.levels: dict[int, QImage] = {}  # k -> the lane drawn at scale 2**-k
        self._pending: int | None = None  # a sharper level to draw when the event loop is idle
        # Repaints within one zoom are blits of this pixmap; a zoom step draws the image once.
        self.setCacheMode(_BoundedItem.CacheMode.DeviceCoordinateCache)

    def parts(self) -> list:
        if self._parts is None:
            self._parts = _parts(self._shapes, self._cards)
        return self._parts

    @property
    def shapes(self) -> list[Shape]:
        """What the picture shows, shape by shape (cards as flat bodies and their text)."""
        shown: list[Shape] = []
        for part in self.parts():
            if isinstance(part, _CardRun):
                shown.extend(part.body_shapes)
                shown.extend(part.lines)
            else:
                shown.extend(part)
        return shown

    def level_for(self, device_scale: float) -> int:
        """The coarsest power of two that is still at least as sharp as the screen."""
        k = max(0, math.floor(-math.log2(max(device_scale, 1e-6))))
        while self._pixels(k) > MAX_PIXELS:
            k += 1
        return k

    def _pixels(self, k: int) -> float:
        scale = 2.0**-k
        return self.bounds.width() * scale * self.bounds.height() * scale

    @collector_paused()
    def image(self, k: int) -> QImage:
        image = self.levels.get(k)
        if image is None:
            finer = max((j for j in self.levels if j < k), default=None)
            if finer is not None:
                source = self.levels[finer]
                image = source.scaled(
                    max(1, source.width() >> (k - finer)),
                    max(1, source.height() >> (k - finer)),
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            else:
                image = self._draw(2.0**-k)
            self.levels[k] = image
        return image

    def _draw(self, scale: float) -> QImage:
        width = max(1, math.ceil(self.bounds.width() * scale))
        height = max(1, math.ceil(self.bounds.height() * scale))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-self.bounds.x(), -self.bounds.y())
        shapes_painter = QtShapePainter(painter, self.images)
        for part in self.parts():
            if isinstance(part, _CardRun):
                part.paint(painter, scale, self.images)
            else:
                shapes_painter.paint(part)
        painter.end()
        return image

    def paint(self, painter, option, widget=None) -> None:
        wanted = self.level_for(painter.worldTransform().m11())
        if wanted in self.levels or not any(j > wanted for j in self.levels):
            image = self.image(wanted)  # at hand, or made cheaply from a finer one
        else:
            # Zooming in past the sharpest picture so far: show the nearest coarser
            # one now (briefly soft) and draw the sharp one when the event loop is
            # idle, so a zoom step never waits for a lane to be painted afresh.
            image = self.levels[min(j for j in self.levels if j > wanted)]
            if self._pending is None:
                self._pending = wanted
                QTimer.singleShot(0, self._refine)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self.bounds, image)

    def _refine(self) -> None:
        wanted, self._pending = self._pending, None
        if wanted is not None and self.scene() is not None and self.isVisible():
            self.image(wanted)
            self.update()
