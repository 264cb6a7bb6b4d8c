"""What is where on a laid-out map: cells, cards, headers, borders and drop places.

The canvas asks these questions of every press, move and drop; the answers
come from the layout's boxes and the document, in map coordinates (points),
without Qt, so the rules are tested without a window. A ``Line`` is a marker
the canvas draws: ((x1, y1), (x2, y2)).
"""

from collections.abc import Sequence
from dataclasses import dataclass

from ..domain import Document, Phase, Step
from ..domain.structure import Header
from .builder import MapLayout
from .shapes import Point, Rect
from .theme import Theme

Line = tuple[Point, Point]


@dataclass(frozen=True)
class HeaderDrop:
    """Where a dragged header lands: its parent phase ("" for phases and lanes), its index
    among the others, and the marker line that shows it."""

    parent: str
    index: int
    line: Line


class MapHits:
    """Hit-testing over one layout of one map (made again with every new layout)."""

    def __init__(self, document: Document, layout: MapLayout) -> None:
        self.document = document
        self.layout = layout
        self.map_id = layout.map_id

    # -- cards and cells -------------------------------------------------------------------
    def cards_in(self, area: Rect) -> list[str]:
        """The cards whose boxes meet ``area``."""
        found = []
        right, bottom = area.right, area.bottom
        for placed in self.layout.lanes:
            if placed.top > bottom or placed.top + placed.result.height < area.y:
                continue
            for key, r in placed.result.boxes:
                if (
                    key[0] == "card"
                    and r.x < right
                    and area.x < r.x + r.w
                    and placed.top + r.y < bottom
                    and area.y < placed.top + r.y + r.h
                ):
                    found.append(key[1])
        return found

    def card_at(self, x: float, y: float) -> str | None:
        return next(iter(self.cards_in(Rect(x, y, 0.01, 0.01))), None)

    def cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        """(lane id, step id) of the cell under the point, in any lane."""
        document, boxes = self.document, self.layout.boxes
        for lane in document.lanes(self.map_id):
            lane_box = boxes[("lane", lane.id)]
            if not lane_box.y <= y < lane_box.bottom:
                continue
            for step in document.map_steps(self.map_id):
                cell = boxes[("cell", (lane.id, step.id))]
                if cell.x <= x < cell.right:
                    return lane.id, step.id
            return None
        return None

    def text_cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        """(lane id, step id) of the text-lane cell under the point, if any."""
        cell = self.cell_at(x, y)
        if cell is not None and self.document.lane(cell[0]).kind.holds_cards:
            return cell
        return None

    def insertion_point(self, x: float, y: float, moving: set[str]) -> tuple[str, str, int] | None:
        """Where cards dropped at the point go: (lane, step, index among the cards not moving)."""
        cell = self.text_cell_at(x, y)
        if cell is None:
            return None
        boxes = self.layout.boxes
        others = [c for c in self.document.cards(*cell) if c.id not in moving]
        index = sum(1 for c in others if boxes[("card", c.id)].y + boxes[("card", c.id)].h / 2 < y)
        return (*cell, index)

    def drop_line(self, lane_id: str, step_id: str, index: int, moving: set[str], theme: Theme) -> Line:
        """The line between the cards where a drop would land."""
        boxes = self.layout.boxes
        cell = boxes[("cell", (lane_id, step_id))]
        others = [c for c in self.document.cards(lane_id, step_id) if c.id not in moving]
        gap = theme.card_gap
        if index < len(others):
            y = boxes[("card", others[index].id)].y - gap / 2
        elif others:
            y = boxes[("card", others[-1].id)].bottom + gap / 2
        else:
            y = cell.y + theme.pad / 2
        return (cell.x + theme.pad, y), (cell.right - theme.pad, y)

    # -- headers ---------------------------------------------------------------------------
    def header_box(self, header: Header, record_id: str) -> Rect | None:
        return self.layout.boxes.get((Header(header).box, record_id))

    def header_at(self, x: float, y: float) -> tuple[Header, str] | None:
        """(header, id) of the phase, step or lane header under the point."""
        document, boxes = self.document, self.layout.boxes
        for header, records in (
            (Header.PHASE, document.phases(self.map_id)),
            (Header.STEP, document.map_steps(self.map_id)),
            (Header.LANE, document.lanes(self.map_id)),
        ):
            for record in records:
                box = boxes[(header.box, record.id)]
                if box.x <= x < box.right and box.y <= y < box.bottom:
                    return header, record.id
        return None

    def header_drop(self, header: Header, record_id: str, x: float, y: float) -> HeaderDrop:
        """Where the header of ``record_id`` dropped at the point goes."""
        header = Header(header)
        document, boxes, height = self.document, self.layout.boxes, self.layout.height
        if header is Header.LANE:
            lanes = [lane for lane in document.lanes(self.map_id) if lane.id != record_id]
            index = sum(1 for lane in lanes if boxes[("lane", lane.id)].y + boxes[("lane", lane.id)].h / 2 < y)
            line_y = (
                (boxes[("lane", lanes[index].id)].y if index < len(lanes) else boxes[("lane", lanes[-1].id)].bottom)
                if lanes
                else y
            )
            return HeaderDrop("", index, ((0, line_y), (boxes[("lane", record_id)].w, line_y)))
        others: Sequence[Phase | Step]
        if header is Header.PHASE:
            others = [p for p in document.phases(self.map_id) if p.id != record_id]
            parent = ""
        else:
            phases = document.phases(self.map_id)
            under = [p for p in phases if boxes[("phase", p.id)].x <= x < boxes[("phase", p.id)].right]
            phase = under[0] if under else (phases[0] if x < boxes[("phase", phases[0].id)].x else phases[-1])
            others = [s for s in document.steps(phase.id) if s.id != record_id]
            parent = phase.id
        key = header.box
        index = sum(1 for r in others if boxes[(key, r.id)].x + boxes[(key, r.id)].w / 2 < x)
        if others:
            line_x = (
                boxes[(key, others[index].id)].x - 1 if index < len(others) else boxes[(key, others[-1].id)].right + 1
            )
        else:
            line_x = boxes[("phase", parent)].x if header is not Header.PHASE else x
        top = boxes[("phase", document.phases(self.map_id)[0].id)].y
        return HeaderDrop(parent, index, ((line_x, top), (line_x, height)))

    def column_border_at(self, x: float, y: float, tolerance: float) -> str | None:
        """The step whose right border (in the phase and step rows) is under the point."""
        document, boxes = self.document, self.layout.boxes
        phases = document.phases(self.map_id)
        if not phases:
            return None
        top = boxes[("phase", phases[0].id)].y
        for step in document.map_steps(self.map_id):
            box = boxes[("step", step.id)]
            if top <= y < box.bottom and abs(x - (box.right + 1)) <= tolerance:
                return step.id
        return None

    # -- the emotion lane ---------------------------------------------------------------------
    def emotion_cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        """The emotion-lane cell under the point, above its notes (where a score can be set)."""
        cell = self.cell_at(x, y)
        if cell is None:
            return None
        area = self.layout.boxes.get(("emotion_area", cell[0]))
        if area is None or y >= area.bottom + 8:
            return None
        return cell

    def score_at(self, lane_id: str, y: float) -> tuple[int, float]:
        """The score nearest to height ``y`` on the map's scale, and that score's height."""
        journey = self.document.map(self.map_id)
        low, high = journey.scale_min, journey.scale_max
        area = self.layout.boxes[("emotion_area", lane_id)]
        fraction = min(1.0, max(0.0, (area.bottom - y) / area.h))
        score = round(low + fraction * (high - low))
        return score, area.bottom - (score - low) / (high - low) * area.h
