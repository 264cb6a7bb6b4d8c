"""Keeping a one-line field in step with the document without fighting the typist.

A field shows the document's text again after every change (undo, an edit
on the canvas), except while the user is typing in it: their unfinished
words win until they leave the field or press Enter.
"""

from PySide6.QtWidgets import QLineEdit


def show_line(field: QLineEdit, text: str) -> None:
    if field.text() != text and not (field.hasFocus() and field.isModified()):
        field.setText(text)  # also clears isModified


def committed(field: QLineEdit) -> str:
    """The field's text, now handed to the document: later changes may show in it again."""
    field.setModified(False)
    return field.text().strip()
