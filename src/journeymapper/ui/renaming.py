"""Renaming a phase, step or lane: one edit with one name, from the inspector or the canvas."""

from PySide6.QtCore import QCoreApplication

from ..domain.rules import MAX_NAME, fit_text
from ..domain.structure import Header, header_name
from .undo import Editor

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def rename_header(editor: Editor, header: Header, key: str, name: str, cut: bool = False) -> None:
    """Give a header a new name; an empty or unchanged name changes nothing. A name over
    the limit is kept cut at it, and said (``cut``: the text was cut already, at a paste)."""
    header = Header(header)
    name, too_long = fit_text(" ".join(name.split()), MAX_NAME)  # a header is one line
    document = editor.document
    if not name:
        return
    done = True
    if header_name(document, header, key) != name:
        label, command = {
            Header.PHASE: (translate("Inspector", "Rename phase"), document.rename_phase),
            Header.STEP: (translate("Inspector", "Rename step"), document.rename_step),
            Header.LANE: (translate("Inspector", "Rename lane"), document.rename_lane),
        }[header]
        done = editor.run(label, command, key, name)
    if done:
        editor.texts_cut(int(too_long or cut), MAX_NAME)
