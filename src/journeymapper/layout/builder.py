"""Collects the shapes and boxes of a layout while it is computed.

Shapes go into layers (background, content, overlay) so that a lane band can
be added after its cells were measured and still be painted beneath them.
"""

from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .fonts import FontFace, face
from .shapes import CardShapes, Rect, Ref, Shape, TextLine
from .text import missing_characters, wrap
from .theme import Theme


@dataclass(frozen=True)
class MapLayout:
    """Everything needed to draw one map, in points (y down, origin top left).

    ``fixed`` is the header, phase band and step row; ``lanes`` are the lanes,
    each laid out with its top at 0 and placed at ``top``. ``shapes`` (all of
    them, in paint order, in map coordinates) and ``boxes`` put the two together.
    """

    map_id: str
    width: float
    height: float
    fixed: tuple[Shape, ...]
    fixed_boxes: dict
    lanes: tuple  # PlacedLane, top to bottom
    missing_characters: frozenset[str]

    @cached_property
    def shapes(self) -> tuple[Shape, ...]:
        shapes = list(self.fixed)
        for placed in self.lanes:
            top = placed.top
            shapes.extend(s.moved(top) for s in placed.result.shapes)
        return tuple(shapes)

    @cached_property
    def boxes(self) -> "LayoutBoxes":
        """("card", id), ("cell", (lane, step)), ("lane", id), ("phase", id), ... in map coordinates."""
        return LayoutBoxes(self.fixed_boxes, self.lanes)

    def release_placed_shapes(self) -> None:
        """Forget ``shapes`` (each lane's shapes copied into place on the map) until they
        are asked for again: an export of every map drew one map after another, and
        kept every map's placed copy to the end (80 MB more for ten maps of 2,000 cards)."""
        for name in ("shapes", "_runs"):
            self.__dict__.pop(name, None)

    def text_lines(self) -> list[TextLine]:
        return [s for s in self.shapes if isinstance(s, TextLine)]

    def smallest_text_size(self, default: float = 10.0) -> float:
        """The size of the smallest text printed (``default`` if none), without placing
        every shape on the map first (``shapes``: a tenth of a second at 20,000 cards)."""
        sizes = [s.size for s in self.fixed if isinstance(s, TextLine)]
        for placed in self.lanes:
            sizes.extend(s.size for s in placed.result.shapes if isinstance(s, TextLine))
        return min(sizes, default=default)

    def shapes_in(self, area: Rect) -> Iterator[Shape]:
        """The shapes that reach into ``area`` (what a page, tile or strip must draw).

        A page that holds the whole map gets every shape untested; a tile or a
        PNG strip tests only the shapes of the lanes whose extent reaches it."""
        if area.contains(Rect(0.0, 0.0, self.width, self.height)):
            return iter(self.shapes)  # shapes poking out of the map would be cut off by the page anyway
        return self._culled(area)

    def _culled(self, area: Rect) -> Iterator[Shape]:
        shapes = self.shapes
        for start, end, extent in self._runs:
            if extent is not None and extent.intersects(area):
                for shape in shapes[start:end]:
                    if shape.bounds().intersects(area):
                        yield shape

    @cached_property
    def _runs(self) -> tuple[tuple[int, int, Rect | None], ...]:
        """(start, end, extent) of the fixed shapes and of each lane's in ``shapes``;
        extent is the union of their bounds (None if there are none)."""
        runs, start = [], 0
        for count in (len(self.fixed), *(len(placed.result.shapes) for placed in self.lanes)):
            end = start + count
            extent = None
            for shape in self.shapes[start:end]:
                extent = shape.bounds() if extent is None else extent.union(shape.bounds())
            runs.append((start, end, extent))
            start = end
        return tuple(runs)


class LayoutBoxes(Mapping):
    """The boxes of a layout in map coordinates, looked up as asked.

    Lanes keep their boxes relative to their own top; building one dict of all
    of them after every edit cost more than the few look-ups an edit makes."""

    def __init__(self, fixed: dict, lanes: tuple) -> None:
        self._fixed = fixed
        self._lanes = lanes

    def __getitem__(self, key):
        rect = self._fixed.get(key)
        if rect is not None:
            return rect
        for placed in self._lanes:
            rect = placed.result.index.get(key)
            if rect is not None:
                return Rect(rect.x, rect.y + placed.top, rect.w, rect.h)
        raise KeyError(key)

    def __iter__(self):
        yield from self._fixed
        for placed in self._lanes:
            yield from placed.result.index

    def __len__(self) -> int:
        return len(self._fixed) + sum(len(placed.result.index) for placed in self._lanes)


@dataclass
class Builder:
    theme: Theme
    background: list[Shape] = field(default_factory=list)
    content: list[Shape] = field(default_factory=list)
    overlay: list[Shape] = field(default_factory=list)
    boxes: dict = field(default_factory=dict)
    missing: set[str] = field(default_factory=set)
    box_log: list = field(default_factory=list)  # (key, rect) in the order boxes were made
    cards: dict[str, CardShapes] = field(default_factory=dict)  # each card's shapes by part

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

    def place(
        self,
        lines: list[str],
        x: float,
        y: float,
        width: float,
        size: float,
        bold: bool,
        color: str,
        align: str = "left",
        ref: Ref = None,
        layer: list | None = None,
    ) -> float:
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

    def text(
        self,
        text: str,
        x: float,
        y: float,
        width: float,
        size: float,
        bold: bool,
        color: str,
        align: str = "left",
        ref: Ref = None,
        layer: list | None = None,
    ) -> float:
        if not text:
            return 0.0
        return self.place(self.lines(text, width, size, bold), x, y, width, size, bold, color, align, ref, layer)

    def box(self, role: str, key: Hashable, rect: Rect) -> None:
        self.boxes[(role, key)] = rect
        self.box_log.append(((role, key), rect))

    def card(self, card_id: str, rect: Rect, parts: CardShapes) -> None:
        """A card: its box, and its shapes (by part) after the content so far."""
        content = self.content
        content.append(parts.shadow)  # (not extend(parts): its generator cost every layout 2-3 %)
        content.append(parts.body)
        content.extend(parts.lines)
        self.cards[card_id] = parts
        self.box("card", card_id, rect)

    def all_shapes(self) -> tuple[Shape, ...]:
        return tuple(self.background + self.content + self.overlay)


# Re-laying out a map after an edit meets the same texts again; breaking and
# measuring them is most of the work, so the answers are kept.
@lru_cache(maxsize=65_536)
def _broken(text: str, width: float, size: float, bold: bool) -> tuple[tuple[str, ...], frozenset[str]]:
    font = face(bold)
    return tuple(wrap(text, font, size, width)), frozenset(missing_characters(text, font))


@lru_cache(maxsize=65_536)
def _line_width(line: str, size: float, bold: bool) -> float:
    return face(bold).width(line, size)
