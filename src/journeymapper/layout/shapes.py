"""What a layout is made of: boxes in points and the shapes drawn in them.

Every renderer (canvas, PDF, PNG) draws exactly these shapes, in this order,
and nothing else: the layout has already decided every position, colour and
text line. Coordinates are points with y growing downwards, origin at the top
left of the map. Colours are '#rrggbb' strings; '' means none.

``ref`` names the document item a shape belongs to, as (role, key), so the
canvas can group shapes per card, lane or step.
"""

from collections.abc import Hashable
from dataclasses import dataclass
from typing import dataclass_transform

Point = tuple[float, float]
Ref = tuple[str, Hashable] | None

# Shapes are values: nothing changes one once it is made, and they compare and
# hash by their fields. They are not declared frozen only because a frozen
# dataclass sets each field through object.__setattr__: that made building a
# text line five times slower (2.2 us against 0.4), and opening a 2,000-card map
# builds some 20,000 shapes. tests/test_layout.py checks that drawing a layout
# leaves its shapes as they were.
_make_value = dataclass(slots=True, unsafe_hash=True)


@dataclass_transform(eq_default=True)
def _value(cls):
    return _make_value(cls)


@_value
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def intersects(self, other: "Rect") -> bool:
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom

    def contains(self, other: "Rect", tolerance: float = 1e-6) -> bool:
        return (
            self.x - tolerance <= other.x
            and self.y - tolerance <= other.y
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )

    def union(self, other: "Rect") -> "Rect":
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Rect(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)


@_value
class TextLine:
    """One line of text, drawn from (x, baseline) to the right; ``width`` as measured."""

    text: str
    x: float
    baseline: float
    size: float
    bold: bool
    color: str
    width: float
    ref: Ref = None

    def moved(self, dy: float) -> "TextLine":
        return TextLine(self.text, self.x, self.baseline + dy, self.size, self.bold, self.color, self.width, self.ref)

    def bounds(self) -> Rect:
        return Rect(self.x, self.baseline - 1.1 * self.size, self.width, 1.4 * self.size)


@_value
class Box:
    """A rectangle, filled and/or outlined, with rounded corners if ``radius``."""

    rect: Rect
    fill: str
    stroke: str = ""
    stroke_width: float = 0.0
    radius: float = 0.0
    ref: Ref = None

    def moved(self, dy: float) -> "Box":
        r = self.rect
        return Box(Rect(r.x, r.y + dy, r.w, r.h), self.fill, self.stroke, self.stroke_width, self.radius, self.ref)

    def bounds(self) -> Rect:
        half = self.stroke_width / 2
        return Rect(self.rect.x - half, self.rect.y - half, self.rect.w + 2 * half, self.rect.h + 2 * half)


@_value
class Polyline:
    points: tuple[Point, ...]
    color: str
    width: float
    dash: tuple[float, float] | None = None
    ref: Ref = None

    def moved(self, dy: float) -> "Polyline":
        return Polyline(tuple((x, y + dy) for x, y in self.points), self.color, self.width, self.dash, self.ref)

    def bounds(self) -> Rect:
        if len(self.points) == 2:  # most lines: the grid's, a few hundred a map
            (x0, y0), (x1, y1) = self.points
            half = self.width / 2
            return Rect(min(x0, x1) - half, min(y0, y1) - half, abs(x1 - x0) + self.width, abs(y1 - y0) + self.width)
        return _bounds(self.points, self.width)


@_value
class Curve:
    """A smooth line: cubic Bézier segments (control 1, control 2, end) from ``start``."""

    start: Point
    segments: tuple[tuple[Point, Point, Point], ...]
    color: str
    width: float
    ref: Ref = None

    def moved(self, dy: float) -> "Curve":
        return Curve(
            (self.start[0], self.start[1] + dy),
            tuple(((c1[0], c1[1] + dy), (c2[0], c2[1] + dy), (end[0], end[1] + dy)) for c1, c2, end in self.segments),
            self.color,
            self.width,
            self.ref,
        )

    def bounds(self) -> Rect:
        # A Bézier segment lies inside the hull of its control points.
        return _bounds((self.start, *(p for segment in self.segments for p in segment)), self.width)

    def flattened(self, steps: int = 16) -> list[Point]:
        """The curve as a polyline, for renderers without Bézier paths."""
        points = [self.start]
        x0, y0 = self.start
        for (x1, y1), (x2, y2), (x3, y3) in self.segments:
            for i in range(1, steps + 1):
                t = i / steps
                u = 1 - t
                points.append(
                    (
                        u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3,
                        u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3,
                    )
                )
            x0, y0 = x3, y3
        return points


@_value
class Circle:
    center: Point
    radius: float
    fill: str
    stroke: str = ""
    stroke_width: float = 0.0
    ref: Ref = None

    def moved(self, dy: float) -> "Circle":
        return Circle(
            (self.center[0], self.center[1] + dy), self.radius, self.fill, self.stroke, self.stroke_width, self.ref
        )

    def bounds(self) -> Rect:
        r = self.radius + self.stroke_width / 2
        return Rect(self.center[0] - r, self.center[1] - r, 2 * r, 2 * r)


@_value
class Icon:
    """One icon of ``icons.ICONS``, drawn in ``color`` to fill the square ``rect``."""

    rect: Rect
    name: str
    color: str
    ref: Ref = None

    def moved(self, dy: float) -> "Icon":
        r = self.rect
        return Icon(Rect(r.x, r.y + dy, r.w, r.h), self.name, self.color, self.ref)

    def bounds(self) -> Rect:
        return self.rect


@_value
class Picture:
    """An image of the project, scaled to ``rect`` (aspect kept by the layout)."""

    rect: Rect
    image_id: str
    ref: Ref = None

    def moved(self, dy: float) -> "Picture":
        r = self.rect
        return Picture(Rect(r.x, r.y + dy, r.w, r.h), self.image_id, self.ref)

    def bounds(self) -> Rect:
        return self.rect


Shape = Box | TextLine | Polyline | Curve | Circle | Icon | Picture


@_value  # (not frozen: see above; 2,000 of them at every layout of a large map)
class CardShapes:
    """One card's shapes, by part: its shadow, its body and its text lines.

    They are also in the layout's ``shapes``, in this order (shadow, body,
    lines) and with the card's ref; a renderer that draws a card its own way
    (the canvas's flat small cards, the lane pictures) takes the part it needs
    by name rather than by place."""

    shadow: Box
    body: Box
    lines: tuple[TextLine, ...]

    def __iter__(self):
        """In paint order."""
        yield self.shadow
        yield self.body
        yield from self.lines

    def __len__(self) -> int:
        return 2 + len(self.lines)


def _bounds(points, width: float) -> Rect:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    half = width / 2
    return Rect(min(xs) - half, min(ys) - half, max(xs) - min(xs) + width, max(ys) - min(ys) + width)
