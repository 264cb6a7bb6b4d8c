"""A map's structure: its phases, steps and lanes, the parts that have a header.

``Header`` says what a header is, instead of the strings "phase", "step" and
"lane". The rules for moving a part one place and for deleting it live here,
without Qt, so the keyboard, the menus, the inspector's buttons and the tests
all ask the same thing: a step that reaches the end of its phase moves on into
the neighbouring phase, as it would when dragged there; a map keeps one phase
and a phase one step.
"""

from enum import Enum

from .changes import Changes
from .document import Document
from .kinds import Kind


class Header(str, Enum):
    """What a header names: a phase, a step (a column) or a lane (a row).

    A ``str`` enum, so it travels through Qt signals and item data as it is and
    ``Header("step")`` reads one back; code compares members, never strings."""

    PHASE = "phase"
    STEP = "step"
    LANE = "lane"

    @property
    def kind(self) -> Kind:
        """The kind of record the header belongs to."""
        return _KINDS[self]

    @property
    def box(self) -> str:
        """The role of the header's box in a layout (``MapLayout.boxes[(header.box, id)]``)."""
        return "lane_header" if self is Header.LANE else self.value

    @property
    def across(self) -> bool:
        """Whether the part moves left and right (phases and steps) rather than up and down (lanes)."""
        return self is not Header.LANE


_KINDS = {Header.PHASE: Kind.PHASE, Header.STEP: Kind.STEP, Header.LANE: Kind.LANE}
# The kinds of record whose changes can change what a map's structure is (names, order, parts).
STRUCTURE_KINDS = frozenset(_KINDS.values())
# What of each such record makes the structure: its name and its place (not a colour or a width).
_OUTLINE = {
    Kind.PHASE: lambda phase: (phase.name, phase.position),
    Kind.STEP: lambda step: (step.name, step.phase_id, step.position),
    Kind.LANE: lambda lane: (lane.title, lane.kind, lane.position),
}


def outline_changed(changes: Changes, map_id: str | None) -> bool:
    """Whether ``changes`` add, remove, rename or reorder a phase, step or lane of
    ``map_id``: what a list of the map's parts shows, and what decides where a
    part can move and whether it can go."""
    if map_id not in changes.map_ids:
        return False
    for change in changes:
        outline = _OUTLINE.get(change.kind)
        if (
            outline is not None
            and change.map_id == map_id
            and (change.old is None or change.new is None or outline(change.old) != outline(change.new))
        ):
            return True
    return False


def header_of(role) -> Header | None:
    """``role`` as a ``Header`` (a member or its value); None for anything else ("map", "cards", ...)."""
    try:
        return Header(role)
    except ValueError:
        return None


def header_name(document: Document, header: Header, record_id: str) -> str:
    """The name the header shows (a lane's title)."""
    header = Header(header)
    if header is Header.PHASE:
        return document.phase(record_id).name
    if header is Header.STEP:
        return document.step(record_id).name
    return document.lane(record_id).title


def place_beside(document: Document, header: Header, record_id: str, later: bool) -> tuple[str, int] | None:
    """(parent phase or "", index) one place earlier or later, or None at the end of the line."""
    header = Header(header)
    step = 1 if later else -1
    if header is Header.PHASE:
        phase = document.phase(record_id)
        index = phase.position + step
        return ("", index) if 0 <= index < len(document.phases(phase.map_id)) else None
    if header is Header.LANE:
        lane = document.lane(record_id)
        index = lane.position + step
        return ("", index) if 0 <= index < len(document.lanes(lane.map_id)) else None
    moving = document.step(record_id)
    siblings = document.steps(moving.phase_id)
    index = moving.position + step
    if 0 <= index < len(siblings):
        return moving.phase_id, index
    if len(siblings) == 1:
        return None  # a phase keeps at least one step
    phases = [p.id for p in document.phases(document.phase(moving.phase_id).map_id)]
    neighbour = phases.index(moving.phase_id) + step
    if not 0 <= neighbour < len(phases):
        return None
    target = phases[neighbour]
    return target, (len(document.steps(target)) if not later else 0)


def can_delete(document: Document, header: Header, record_id: str) -> bool:
    """Whether the part may go: a map keeps one phase, and a phase one step."""
    header = Header(header)
    if header is Header.PHASE:
        return len(document.phases(document.phase(record_id).map_id)) > 1
    if header is Header.STEP:
        return len(document.steps(document.step(record_id).phase_id)) > 1
    return True
