"""Undo and redo: every user action is one command holding the patch it made.

The edit runs first, through the editing session (which checks it and makes
it durable); only a successful edit is pushed, so the stack never holds an
edit that was refused. Undo applies the inverse patch, redo the patch again.
Repeated small edits with the same merge key (nudges, typing in one card)
merge into one step through ``Changes.then``.
"""

from typing import Callable, Hashable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..app.editing import EditingSession, ReadOnlyError
from ..domain import Changes, EditError
from ..messages import error_message
from ..persistence import ProjectFileError

_MERGE_ID = 4711


class ChangesCommand(QUndoCommand):
    def __init__(self, editor: "Editor", text: str, changes: Changes, merge_key: Hashable | None) -> None:
        super().__init__(text)
        self.editor = editor
        self.changes = changes
        self.merge_key = merge_key
        self._applied = True  # pushed after the edit was made: the first redo() has nothing to do

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.editor.apply(self.changes)

    def undo(self) -> None:
        self.editor.apply(self.changes.inverted())

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, ChangesCommand) or other.merge_key != self.merge_key:
            return False
        self.changes = self.changes.then(other.changes)
        return True


class Editor(QObject):
    """The window's editing entry point: runs edits, keeps the undo stack, reports failures."""

    failed = Signal(str)  # a translated message for the user

    def __init__(self, session: EditingSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stack = QUndoStack(self)

    @property
    def document(self):
        return self.session.document

    def run(self, label: str, operation: Callable[..., Changes], /, *args, merge_key: Hashable | None = None,
            **kwargs) -> Changes | None:
        """Make one edit (``operation`` is a document method) as one undo step named ``label``."""
        try:
            changes = self.session.edit(operation, *args, **kwargs)
        except (EditError, ProjectFileError, ReadOnlyError) as error:
            self.failed.emit(self._message(error))
            return None
        if changes:
            self.stack.push(ChangesCommand(self, label, changes, merge_key))
        return changes

    def apply(self, changes: Changes) -> None:
        try:
            self.session.apply(changes)
        except (EditError, ProjectFileError, ReadOnlyError) as error:
            self.failed.emit(self._message(error))

    def _message(self, error: Exception) -> str:
        if isinstance(error, ReadOnlyError):
            return self.tr("This project is open read-only; changes cannot be made.")
        return error_message(error)

    def clear(self) -> None:
        """Forget the history (before the window closes: a stack left alive crashed at exit)."""
        self.stack.clear()
