"""Walks the layers of a page and hands each shape to a renderer's painter.

A painter has one method per shape type; the PDF and PNG renderers (and the
tests' recording painter) implement them. Culling happens here, so a poster
tile or a PNG strip only draws what reaches into it.
"""

from collections.abc import Callable
from typing import Any, Protocol

from ..layout import Box, Circle, Curve, Icon, Picture, Polyline, Rect, TextLine
from .pages import Layer, Page, Transform


class Painter(Protocol):
    def begin_layer(self, transform: Transform, clip: Rect | None) -> None: ...
    def end_layer(self) -> None: ...
    def box(self, shape: Box) -> None: ...
    def text(self, shape: TextLine) -> None: ...
    def polyline(self, shape: Polyline) -> None: ...
    def curve(self, shape: Curve) -> None: ...
    def circle(self, shape: Circle) -> None: ...
    def icon(self, shape: Icon) -> None: ...
    def picture(self, shape: Picture) -> None: ...


def _dispatch(painter: Painter) -> dict[type, Callable[[Any], None]]:  # each takes its own type
    return {
        Box: painter.box,
        TextLine: painter.text,
        Polyline: painter.polyline,
        Curve: painter.curve,
        Circle: painter.circle,
        Icon: painter.icon,
        Picture: painter.picture,
    }


SHAPES_PER_REPORT = 2_000  # a 20,000-card page is some 100,000 shapes: progress (and Cancel) within it


def paint_page(
    page: Page, painter: Painter, area: Rect | None = None, progress: Callable[[int, int], None] | None = None
) -> None:
    """Draw the shapes of ``page`` that reach into ``area`` (page points; default all).

    ``progress(done, total)`` hears of every ``SHAPES_PER_REPORT`` shapes (of all
    the page's, reached or not); it may raise to stop the drawing."""
    area = area or page.bounds()
    table = _dispatch(painter)
    total = sum(layer.shape_count() for layer in page.layers) if progress is not None else 0
    done = 0
    for layer in page.layers:
        done = paint_layer(layer, table, painter, area, progress, done, total)


def paint_layer(layer: Layer, table, painter: Painter, area: Rect, progress=None, done: int = 0, total: int = 0) -> int:
    painter.begin_layer(layer.transform, layer.clip)
    try:
        if progress is None:
            for shape in layer.shapes_in(area):
                table[type(shape)](shape)
            return done
        for count, shape in enumerate(layer.shapes_in(area), 1):
            table[type(shape)](shape)
            if count % SHAPES_PER_REPORT == 0:
                progress(done + count, total)
        return done + layer.shape_count()
    finally:
        painter.end_layer()
