"""Renaming a phase, step or lane: one edit with one name, from the inspector or the canvas."""

from PySide6.QtCore import QCoreApplication

from .undo import Editor


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def rename_header(editor: Editor, role: str, key: str, name: str) -> None:
    """Give a header a new name; an empty or unchanged name changes nothing."""
    name = " ".join(name.split())  # a header is one line
    document = editor.document
    if not name:
        return
    if role == "phase" and document.phase(key).name != name:
        editor.run(translate("Inspector", "Rename phase"), document.rename_phase, key, name)
    elif role == "step" and document.step(key).name != name:
        editor.run(translate("Inspector", "Rename step"), document.rename_step, key, name)
    elif role == "lane" and document.lane(key).title != name:
        editor.run(translate("Inspector", "Rename lane"), document.rename_lane, key, name)
