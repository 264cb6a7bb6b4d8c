"""The Map and Insert menus: maps, phases, steps and lanes, each edit one undo step."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from ..content.lanes import lane_title
from ..content.templates import DEFAULT_TEMPLATE, build_map
from ..domain import Kind, LaneKind
from ..domain.rules import MAX_NAME

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def _content():
    from ..i18n import content_translator, current_language

    return content_translator(current_language())


def new_map(window) -> None:
    title, ok = QInputDialog.getText(window, translate("Maps", "New map"), translate("Maps", "Title of the map:"))
    if not ok or not title.strip():
        return
    document = window.session.document
    changes = window.editor.run(
        translate("Maps", "New map"), lambda: build_map(document, DEFAULT_TEMPLATE, _content(), title=title.strip())[1]
    )
    if changes:
        window.show_map(changes.added(Kind.MAP)[0].id)


def duplicate_map(window) -> None:
    document = window.session.document
    title = translate("Maps", "%1 (copy)").replace("%1", document.map(window.map_id).title)
    changes = window.editor.run(
        translate("Maps", "Duplicate map"), document.duplicate_map, window.map_id, title[:MAX_NAME]
    )
    if changes:
        window.show_map(changes.added(Kind.MAP)[0].id)


def rename_map(window) -> None:
    document = window.session.document
    title, ok = QInputDialog.getText(
        window,
        translate("Maps", "Rename map"),
        translate("Maps", "Title of the map:"),
        text=document.map(window.map_id).title,
    )
    if ok and title.strip():
        window.editor.run(translate("Maps", "Rename map"), document.rename_map, window.map_id, title.strip())


def delete_map(window) -> None:
    document = window.session.document
    journey = document.map(window.map_id)
    answer = QMessageBox.question(
        window,
        translate("Maps", "Delete map"),
        translate("Maps", "Delete the map “%1” with all its cards? You can undo this.").replace("%1", journey.title),
    )
    if answer == QMessageBox.StandardButton.Yes:
        window.editor.run(translate("Maps", "Delete map"), document.delete_map, journey.id)


def map_properties(window) -> None:
    from .map_properties import MapPropertiesDialog

    dialog = MapPropertiesDialog(window, window.session.document, window.map_id, window.editor)
    dialog.exec()  # OK applies; a refusal keeps the dialog open with what was typed


def _selected_step(window):
    """The step of the first selected card, or of the cell last clicked."""
    scene = window.scene
    ids = scene.selected_card_ids() if scene else []
    if ids:
        return window.session.document.card(ids[0]).step_id
    if window.canvas.last_cell is not None:
        return window.canvas.last_cell[1]
    return None


def add_phase(window) -> None:
    document = window.session.document
    phases = document.phases(window.map_id)
    step_id = _selected_step(window)
    index = None
    if step_id is not None:
        index = [p.id for p in phases].index(document.step(step_id).phase_id) + 1
    window.editor.run(
        translate("Maps", "Add phase"), document.add_phase, window.map_id, translate("Maps", "New phase"), index=index
    )


def add_step(window) -> None:
    document = window.session.document
    step_id = _selected_step(window)
    if step_id is not None:
        step = document.step(step_id)
        phase_id, index = step.phase_id, step.position + 1
    else:
        phases = document.phases(window.map_id)
        if not phases:
            return add_phase(window)
        phase_id, index = phases[-1].id, None
    window.editor.run(
        translate("Maps", "Add step"), document.add_step, phase_id, translate("Maps", "New step"), index=index
    )


def add_lane(window, kind: LaneKind) -> None:
    if window.map_id is None:
        return
    document = window.session.document
    window.editor.run(
        translate("Maps", "Add lane"), document.add_lane, window.map_id, kind, lane_title(kind, _content())
    )


def add_persona(window) -> str | None:
    """Insert > Persona: a new persona, shown in the inspector with its name ready to type.

    A map without a persona gets the new one, in the same undo step: that is
    nearly always why it was made."""
    document = window.session.document
    map_id = window.map_id

    def add():
        changes = document.add_persona(translate("Maps", "New persona"))
        persona_id = changes.added(Kind.PERSONA)[0].id
        if map_id is not None and document.map(map_id).persona_id is None:
            changes = changes.then(document.set_map_context(map_id, persona_id=persona_id))
        return changes

    changes = window.editor.run(translate("Maps", "Add persona"), add)
    if not changes:
        return None
    persona_id = changes.added(Kind.PERSONA)[0].id
    window.show_persona(persona_id)
    window.inspector.persona_name.setFocus()
    window.inspector.persona_name.selectAll()
    return persona_id


def delete_persona(editor, persona_id: str) -> None:
    """The persona goes; maps that showed it keep their context without it (undo brings it back)."""
    editor.run(translate("Maps", "Delete persona"), editor.document.delete_persona, persona_id)
