"""Moving and deleting a phase, step or lane from the keyboard and the menus.

Dragging a header does the same with the mouse; these commands give every
such change a keyboard path (Alt+arrow keys, the Map menu, the inspector's
buttons). Where a part goes and whether it may go are the domain's rules
(``domain.structure``: ``place_beside``, ``can_delete``); here they become
undo steps with names in the user's language.
"""

from PySide6.QtCore import QCoreApplication

from ..domain.structure import Header, can_delete, header_of, place_beside
from .actions import ACTIONS, translated

ACTION_TEXTS = {spec.id: spec.text for spec in ACTIONS}
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def move(editor, header: Header, record_id: str, later: bool) -> bool:
    """One place earlier or later, as one undo step; False where it cannot go."""
    document = editor.document
    header = Header(header)
    place = place_beside(document, header, record_id, later)
    if place is None:
        return False
    parent, index = place
    if header is Header.PHASE:
        return editor.run(translate("Structure", "Move phase"), document.move_phase, record_id, index) is not None
    if header is Header.STEP:
        return editor.run(translate("Structure", "Move step"), document.move_step, record_id, parent, index) is not None
    return editor.run(translate("Structure", "Move lane"), document.move_lane, record_id, index) is not None


def delete(editor, header: Header, record_id: str) -> bool:
    """The part with everything in its cells, as one undo step."""
    document = editor.document
    header = Header(header)
    if not can_delete(document, header, record_id):
        return False
    name, command = {
        Header.PHASE: (translate("Structure", "Delete phase"), document.delete_phase),
        Header.STEP: (translate("Structure", "Delete step"), document.delete_step),
        Header.LANE: (translate("Structure", "Delete lane"), document.delete_lane),
    }[header]
    return editor.run(name, command, record_id) is not None


def action_words(header: Header | None) -> tuple[str, str, str]:
    """The Map menu's words for (earlier, later, delete) with this kind of part selected."""
    header = header_of(header) if header is not None else None
    if header is Header.PHASE:
        return (
            translate("Structure", "Move phase &left"),
            translate("Structure", "Move phase &right"),
            translate("Structure", "De&lete phase"),
        )
    if header is Header.STEP:
        return (
            translate("Structure", "Move step &left"),
            translate("Structure", "Move step &right"),
            translate("Structure", "De&lete step"),
        )
    if header is Header.LANE:
        return (
            translate("Structure", "Move lane &up"),
            translate("Structure", "Move lane &down"),
            translate("Structure", "De&lete lane"),
        )
    return "", "", ""


def update_actions(actions: dict, document, part: tuple[Header, str] | None, writable: bool) -> None:
    """The Map menu's move and delete commands for the part inspected (None: no part):
    their words, which arrow keys the menu shows, and whether they can act."""
    earlier, later, delete = actions["move_earlier"], actions["move_later"], actions["delete_part"]
    words = action_words(part[0] if part else None)
    for action, text in ((earlier, words[0]), (later, words[1]), (delete, words[2])):
        action.setText(text or translated(ACTION_TEXTS[action.objectName()]))
    # Both arrow pairs work for every part; the menu shows the one that fits it
    # (Alt+Up for a lane, Alt+Left for a phase or step).
    vertical = bool(part) and not part[0].across
    for action in (earlier, later):
        keys = action.shortcuts()
        if len(keys) == 2 and (keys[0].toString().endswith(("Up", "Down")) != vertical):
            action.setShortcuts([keys[1], keys[0]])
    earlier.setEnabled(bool(part) and writable and place_beside(document, *part, later=False) is not None)
    later.setEnabled(bool(part) and writable and place_beside(document, *part, later=True) is not None)
    delete.setEnabled(bool(part) and writable and can_delete(document, *part))
