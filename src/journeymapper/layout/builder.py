"""Collects the shapes and boxes of a layout while it is computed.

Shapes go into layers (background, content, overlay) so that a lane band can
be added after its cells were measured and still be painted beneath them.
"""

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Hashable, Iterator

from .fonts import FontFace, face
from .shapes import Rect, Ref, Shape, TextLine
from .text import missing_characters, wrap
from .theme import Theme


@dataclass(frozen=True)
class MapLayout:
    """Everything needed to draw one map, in points (y down, origin top left)."""

    map_id: str
    width: float
    height: float
    shapes: tuple[Shape, ...]
    boxes: dict[tuple[str, Hashable], Rect]  # ("card", id), ("cell", (lane, step)), ("lane", id), ...
    missing_characters: frozenset[str]

    def text_lines(self) -> list[TextLine]:
        return [s for s in self.shapes if isinstance(s, TextLine)]

    def shapes_in(self, area: Rect) -> Iterator[Shape]:
        """The shapes that reach into ``area`` (what a page, tile or strip must draw)."""
        for shape in self.shapes:
            if shape.bounds().intersects(area):
                yield shape


@dataclass
class Builder:
    theme: Theme
    background: list[Shape] = field(default_factory=list)
    content: list[Shape] = field(default_factory=list)
    overlay: list[Shape] = field(default_factory=list)
    boxes: dict = field(default_factory=dict)
    missing: set[str] = field(default_factory=set)
    box_log: list = field(default_factory=list)  # (key, rect) in the order boxes were made

    def font(self, bold: bool) -> FontFace:
        return face(bold)

    def lines(self, text: str, width: float, size: float, bold: bool = False) -> list[str]:
        """``text`` broken into lines that fit ``width``; notes characters the font lacks."""
        broken, missing = _broken(text, round(width, 3), size, bold)
        if missing:
            self.missing |= missing
        return list(broken)

    def block_height(self, lines: list[str], size: float) -> float:
        return len(lines) * self.theme.line_height(size) if lines else 0.0

    def place(self, lines: list[str], x: float, y: float, width: float, size: float, bold: bool, color: str,
              align: str = "left", ref: Ref = None, layer: list | None = None) -> float:
        """Put ``lines`` with their top at ``y``; returns the height they take."""
        leading = self.theme.line_height(size)
        width_of = _line_width
        # The first baseline sits one text size below the top: the line box is
        # 1.3 sizes high and the visual middle of Latin text is ~0.35 sizes up.
        baseline = y + size
        target = self.content if layer is None else layer
        for line in lines:
            line_width = width_of(line, size, bold)
            left = x + (width - line_width) / 2 if align == "center" else x
            if line:
                target.append(TextLine(line, left, baseline, size, bold, color, line_width, ref))
            baseline += leading
        return len(lines) * leading

    def text(self, text: str, x: float, y: float, width: float, size: float, bold: bool, color: str,
             align: str = "left", ref: Ref = None, layer: list | None = None) -> float:
        if not text:
            return 0.0
        return self.place(self.lines(text, width, size, bold), x, y, width, size, bold, color, align, ref, layer)

    def box(self, role: str, key: Hashable, rect: Rect) -> None:
        self.boxes[(role, key)] = rect
        self.box_log.append(((role, key), rect))

    def mark(self) -> tuple:
        """Where the lists stand now, to take out what one lane adds (see ``since``)."""
        missing, self.missing = self.missing, set()
        return len(self.background), len(self.content), len(self.overlay), len(self.box_log), missing

    def since(self, mark: tuple):
        """What was added after ``mark``: (background, content, overlay, boxes, missing characters)."""
        background, content, overlay, boxes, missing = mark
        added = (tuple(self.background[background:]), tuple(self.content[content:]), tuple(self.overlay[overlay:]),
                 tuple(self.box_log[boxes:]), frozenset(self.missing))
        self.missing |= missing
        return added

    def reuse(self, background, content, overlay, boxes, missing) -> None:
        self.background.extend(background)
        self.content.extend(content)
        self.overlay.extend(overlay)
        for key, rect in boxes:
            self.boxes[key] = rect
        self.box_log.extend(boxes)
        self.missing |= missing

    def finish(self, map_id: str, width: float, height: float) -> MapLayout:
        return MapLayout(map_id, width, height, tuple(self.background + self.content + self.overlay),
                         dict(self.boxes), frozenset(self.missing))


# Re-laying out a map after an edit meets the same texts again; breaking and
# measuring them is most of the work, so the answers are kept.
@lru_cache(maxsize=65_536)
def _broken(text: str, width: float, size: float, bold: bool) -> tuple[tuple[str, ...], frozenset[str]]:
    font = face(bold)
    return tuple(wrap(text, font, size, width)), frozenset(missing_characters(text, font))


@lru_cache(maxsize=65_536)
def _line_width(line: str, size: float, bold: bool) -> float:
    return face(bold).width(line, size)
