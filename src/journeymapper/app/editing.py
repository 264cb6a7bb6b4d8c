"""An open project being edited: every edit is applied and made durable together.

The document changes first (it checks the edit); then the working copy
commits it. If the commit fails, the document is put back and the error goes
to the caller, so memory and file never disagree and the user is told.
"""

from collections.abc import Callable

from ..collector import collector_paused
from ..domain import Changes, Document
from ..persistence import ProjectFile


class ReadOnlyError(Exception):
    """An edit was tried on a project opened read-only."""


class EditingSession:
    def __init__(self, document: Document, project: ProjectFile | None) -> None:
        self.document = document
        self.project = project  # None: a read-only view
        self._listeners: list[Callable[[Changes], None]] = []

    @property
    def read_only(self) -> bool:
        return self.project is None

    def subscribe(self, listener: Callable[[Changes], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Changes], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @collector_paused()  # an edit is a burst: the document, the file and every view (see collector.py)
    def edit(self, operation: Callable[..., Changes], *args, **kwargs) -> Changes:
        """Run one document edit (e.g. ``session.edit(doc.add_card, lane, step, "text")``)."""
        if self.project is None:
            raise ReadOnlyError()
        changes = operation(*args, **kwargs)
        return self._persist(changes)

    @collector_paused()
    def apply(self, changes: Changes) -> Changes:
        """Apply a recorded patch (redo) or its inverse (undo)."""
        if self.project is None:
            raise ReadOnlyError()
        return self._persist(self.document.apply(changes))

    def _persist(self, changes: Changes) -> Changes:
        project = self.project
        if project is None:  # edit and apply refused already; kept for the type checker
            raise ReadOnlyError()
        try:
            project.write(changes)
        except BaseException:
            self.document.apply(changes.inverted())
            raise
        for listener in list(self._listeners):
            listener(changes)
        return changes
