"""Undo and redo: every user action is one command holding the patch it made.

The edit runs first, through the editing session (which checks it and makes
it durable); only a successful edit is pushed, so the stack never holds an
edit that was refused. Undo applies the inverse patch, redo the patch again;
an undo or redo that is refused (a full disk) leaves the stack where it was,
so Undo and Redo always name what the document really holds.
Repeated small edits with the same merge key (nudges, typing in one card)
merge into one step through ``Changes.then``.
"""

import functools
from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..app.editing import EditingSession, ReadOnlyError
from ..app.files import ProjectFileError
from ..domain import Changes, EditError
from ..domain.rules import MAX_TEXT
from ..messages import error_message

_MERGE_ID = 4711


class ChangesCommand(QUndoCommand):
    def __init__(self, editor: "Editor", text: str, changes: Changes, merge_key: Hashable | None) -> None:
        super().__init__(text)
        self.editor = editor
        self.changes = changes
        self.merge_key = merge_key
        # What the document holds: the edit is made when it is pushed (the first
        # redo() then has nothing to do). A failed undo or redo leaves it as it was,
        # so the call that puts the stack's index back in step does nothing either.
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            return
        if self.editor.apply(self.changes):
            self._applied = True

    def undo(self) -> None:
        if not self._applied:
            return
        if self.editor.apply(self.changes.inverted()):
            self._applied = False

    def id(self) -> int:
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, ChangesCommand) or other.merge_key != self.merge_key:
            return False
        self.changes = self.changes.then(other.changes)
        return True


class Editor(QObject):
    """The window's editing entry point: runs edits, keeps the undo stack, reports failures."""

    failed = Signal(str)  # a translated message for the user
    notice = Signal(str)  # the edit was made, with something the user must know (a text cut to fit)

    def __init__(self, session: EditingSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stack = QUndoStack(self)
        self._stepping = False  # an undo or redo through ``undo``/``redo`` is under way
        self._failure: Exception | None = None  # why it was refused

    @property
    def document(self):
        return self.session.document

    def run(
        self, label: str, operation: Callable[..., Changes], /, *args, merge_key: Hashable | None = None, **kwargs
    ) -> Changes | None:
        """Make one edit (``operation`` is a document method) as one undo step named ``label``."""
        try:
            changes = self.session.edit(operation, *args, **kwargs)
        except (EditError, ProjectFileError, ReadOnlyError) as error:
            self.failed.emit(self._message(error))
            return None
        if changes:
            self.stack.push(ChangesCommand(self, label, changes, merge_key))
        return changes

    def undo(self) -> None:
        """Undo the last step; if it cannot be undone (a full disk), the stack stays where it is."""
        self._step(self.stack.undo, self.stack.redo)

    def redo(self) -> None:
        """Redo the next step; if it cannot be redone, the stack stays where it is."""
        self._step(self.stack.redo, self.stack.undo)

    def _step(self, forward: Callable[[], None], back: Callable[[], None]) -> None:
        # QUndoStack moves its index whatever the command did. After a refusal
        # the document still is as before, so the index goes back (the command
        # knows it did nothing and does nothing again): Undo and Redo keep
        # offering what the document really holds. The message comes after, so
        # a window showing it never sees the two out of step.
        self._stepping, self._failure = True, None
        try:
            forward()
        finally:
            self._stepping = False
        failure, self._failure = self._failure, None
        if failure is not None:
            back()
            self.failed.emit(self._message(failure))

    def apply(self, changes: Changes) -> bool:
        """Apply a recorded patch (undo, redo); False if it was refused (reported by ``undo``/``redo``)."""
        try:
            self.session.apply(changes)
        except (EditError, ProjectFileError, ReadOnlyError) as error:
            if not self._stepping:  # the stack was moved directly: say it at once
                self.failed.emit(self._message(error))
            elif self._failure is None:
                self._failure = error
            return False
        return True

    def guard(self, slot: Callable[..., object]) -> Callable[..., object]:
        """``slot`` made safe to connect to a Qt signal: a refusal it meets (a card undone
        away while it was typed in, a part deleted while inspected) is said, never raised.

        An exception escaping a slot is printed by PySide and the rest of the slot
        is skipped (the canvas editor stayed half-closed, the typed text lost); every
        slot that reads or edits the document goes through here.
        """

        @functools.wraps(slot)
        def guarded(*args):
            try:
                return slot(*args)
            except (EditError, ProjectFileError, ReadOnlyError) as error:
                self.failed.emit(self._message(error))
                return None

        return guarded

    def texts_cut(self, count: int, limit: int = MAX_TEXT) -> None:
        """Say that ``count`` texts were longer than ``limit`` and were kept cut at it."""
        if count:
            self.notice.emit(
                self.tr("%n text(s) had more than %1 characters and were cut after the first %1.", "", count).replace(
                    "%1", str(limit)
                )
            )

    def _message(self, error: Exception) -> str:
        if isinstance(error, ReadOnlyError):
            return self.tr("This project is open read-only; changes cannot be made.")
        return error_message(error)

    def clear(self) -> None:
        """Forget the history (before the window closes: a stack left alive crashed at exit)."""
        self.stack.clear()
