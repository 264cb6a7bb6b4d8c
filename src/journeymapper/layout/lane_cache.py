"""Keeping each lane's layout between calls, so an edit re-lays out only what it touched.

A lane's shapes depend on the lane itself, its place in the map (parity,
columns, width) and the contents of its cells; the signature holds exactly
those. A lane whose signature is unchanged is reused: as it was if it sits at
the same height, or shifted if a lane above grew or shrank. Reused shapes are
the very same objects, so the canvas can tell at once what did not change.
tests/test_layout_cache.py checks that a cached layout always equals a fresh one.
"""

from dataclasses import dataclass, field
from typing import Hashable

from ..domain import Document, Lane, LaneKind
from .shapes import Rect


@dataclass(frozen=True)
class LaneResult:
    signature: Hashable
    top: float
    height: float
    background: tuple
    content: tuple
    overlay: tuple
    boxes: tuple  # ((key, Rect), ...)
    missing: frozenset

    def moved(self, top: float) -> "LaneResult":
        dy = top - self.top
        return LaneResult(self.signature, top, self.height, tuple(s.moved(dy) for s in self.background),
                          tuple(s.moved(dy) for s in self.content), tuple(s.moved(dy) for s in self.overlay),
                          tuple((key, Rect(r.x, r.y + dy, r.w, r.h)) for key, r in self.boxes), self.missing)


@dataclass
class LayoutCache:
    """One per map view; pass it to ``compute_layout`` on every call."""

    lanes: dict[str, LaneResult] = field(default_factory=dict)
    hits: int = 0  # how many lanes were reused by the last call (for tests and benchmarks)
    shifted: int = 0


def lane_signature(document: Document, lane: Lane, index: int, columns, grid_width: float, labels, theme) -> tuple:
    steps = [c.step.id for c in columns]
    geometry = (lane, index % 2, tuple((c.step.id, c.x, c.w) for c in columns), grid_width, labels, id(theme))
    if lane.kind.holds_cards:
        contents = tuple(tuple(document.cards(lane.id, step)) for step in steps)
    elif lane.kind is LaneKind.EMOTION:
        journey = document.map(lane.map_id)
        contents = (journey.scale_min, journey.scale_max, tuple(document.emotion(lane.id, step) for step in steps))
    elif lane.kind is LaneKind.CHANNELS:
        contents = (tuple(document.channels(lane.map_id)),
                    tuple(document.step_channels(lane.id, step) for step in steps))
    elif lane.kind is LaneKind.METRICS:
        contents = tuple(document.metric(lane.id, step) for step in steps)
    else:
        images = tuple(document.step_image(lane.id, step) for step in steps)
        contents = tuple((i, document.image(i.image_id).width, document.image(i.image_id).height) if i else None
                         for i in images)
    return geometry, contents
