"""Lanes laid out on their own, and kept between calls so an edit lays out only what it touched.

Each lane is laid out relative to its own top, so a lane that only moves
down (a lane above grew) is the very same result at a new top: nothing is
laid out or shifted again, and the canvas just moves its item. A lane's
signature holds everything that shapes it (the lane, its place, the columns,
its cells' contents); an unchanged signature means an unchanged result.
tests/test_layout_cache.py checks that a cached layout always equals a fresh one.

This is the one "recompute and compare" cache the views keep (issue 17); the
others went, since the ``Changes`` of an edit say what changed. It stays
because it is the layout's own statement of what a lane depends on, made
beside the code that reads those inputs; deriving the stale lanes from
``Changes`` instead would copy that knowledge into a second table, to be kept
in step by hand. It costs little (all signatures of a map, measured: 0.35 ms
at 2,000 cards, 4.9 ms at 20,000) against what it saves (laying out every
lane, 4.2 ms at 2,000 cards and 44 ms at 20,000, and making all their items
anew on the canvas).
"""

from collections.abc import Hashable
from dataclasses import dataclass, field

from ..domain import Document, Lane, LaneKind


@dataclass(frozen=True)
class LaneResult:
    """One lane, laid out with its top at y = 0."""

    lane_id: str
    signature: Hashable
    height: float
    shapes: tuple  # in paint order
    boxes: tuple  # ((key, Rect), ...), relative to the lane's top
    missing: frozenset
    cards: dict = field(default_factory=dict, compare=False, repr=False)  # card id -> CardShapes
    index: dict = field(default_factory=dict, compare=False, repr=False)  # key -> Rect, built from boxes

    def __post_init__(self) -> None:
        if not self.index:
            self.index.update(self.boxes)


@dataclass(frozen=True)
class PlacedLane:
    top: float
    result: LaneResult


@dataclass
class LayoutCache:
    """One per map view; pass it to ``compute_layout`` on every call."""

    lanes: dict[str, LaneResult] = field(default_factory=dict)
    hits: int = 0  # lanes reused by the last call (for tests and benchmarks)


def lane_signature(document: Document, lane: Lane, index: int, columns, grid_width: float, labels, theme) -> tuple:
    steps = [c.step.id for c in columns]
    geometry = (lane, index % 2, tuple((c.step.id, c.x, c.w) for c in columns), grid_width, labels, id(theme))
    contents: tuple
    if lane.kind.holds_cards:
        contents = tuple(tuple(document.cards(lane.id, step)) for step in steps)
    elif lane.kind is LaneKind.EMOTION:
        journey = document.map(lane.map_id)
        contents = (journey.scale_min, journey.scale_max, tuple(document.emotion(lane.id, step) for step in steps))
    elif lane.kind is LaneKind.CHANNELS:
        contents = (
            tuple(document.channels(lane.map_id)),
            tuple(document.step_channels(lane.id, step) for step in steps),
        )
    elif lane.kind is LaneKind.METRICS:
        contents = tuple(document.metric(lane.id, step) for step in steps)
    else:
        images = tuple(document.step_image(lane.id, step) for step in steps)
        contents = tuple(
            (i, document.image(i.image_id).width, document.image(i.image_id).height) if i else None for i in images
        )
    return geometry, contents
