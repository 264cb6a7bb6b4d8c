"""Moving and deleting a phase, step or lane from the keyboard and the menus.

Dragging a header does the same with the mouse; these commands give every
such change a keyboard path (Alt+arrow keys, the Map menu, the inspector's
buttons). Where a part goes is worked out in ``place_beside`` without Qt, so
the rules are plain to test: a step that reaches the end of its phase moves on
into the neighbouring phase, as it would when dragged there.
"""

from PySide6.QtCore import QCoreApplication

from ..domain import Document

ROLES = ("phase", "step", "lane")


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def place_beside(document: Document, role: str, record_id: str, later: bool) -> tuple[str, int] | None:
    """(parent phase or "", index) one place earlier or later, or None at the end of the line."""
    step = 1 if later else -1
    if role == "phase":
        phase = document.phase(record_id)
        index = phase.position + step
        return ("", index) if 0 <= index < len(document.phases(phase.map_id)) else None
    if role == "lane":
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


def can_delete(document: Document, role: str, record_id: str) -> bool:
    """Whether the part may go: a map keeps one phase, and a phase one step."""
    if role == "phase":
        return len(document.phases(document.phase(record_id).map_id)) > 1
    if role == "step":
        return len(document.steps(document.step(record_id).phase_id)) > 1
    return role == "lane"


def move(editor, role: str, record_id: str, later: bool) -> bool:
    """One place earlier or later, as one undo step; False where it cannot go."""
    document = editor.document
    place = place_beside(document, role, record_id, later)
    if place is None:
        return False
    parent, index = place
    if role == "phase":
        return editor.run(translate("Structure", "Move phase"), document.move_phase, record_id, index) is not None
    if role == "step":
        return editor.run(translate("Structure", "Move step"), document.move_step, record_id, parent,
                          index) is not None
    return editor.run(translate("Structure", "Move lane"), document.move_lane, record_id, index) is not None


def delete(editor, role: str, record_id: str) -> bool:
    """The part with everything in its cells, as one undo step."""
    document = editor.document
    if not can_delete(document, role, record_id):
        return False
    name, command = {"phase": (translate("Structure", "Delete phase"), document.delete_phase),
                     "step": (translate("Structure", "Delete step"), document.delete_step),
                     "lane": (translate("Structure", "Delete lane"), document.delete_lane)}[role]
    return editor.run(name, command, record_id) is not None


def action_words(role: str | None) -> tuple[str, str, str]:
    """The Map menu's words for (earlier, later, delete) with this kind of part selected."""
    if role == "phase":
        return (translate("Structure", "Move phase &left"), translate("Structure", "Move phase &right"),
                translate("Structure", "De&lete phase"))
    if role == "step":
        return (translate("Structure", "Move step &left"), translate("Structure", "Move step &right"),
                translate("Structure", "De&lete step"))
    if role == "lane":
        return (translate("Structure", "Move lane &up"), translate("Structure", "Move lane &down"),
                translate("Structure", "De&lete lane"))
    return "", "", ""
