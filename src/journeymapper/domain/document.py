"""The journey-map document: a project's maps and personas, and their edits.

Every edit method checks its arguments against the current document, stages
the records it replaces in a ``Patch`` and commits it, returning the
``Changes``. A refused edit raises ``EditError`` and changes nothing. The
editor's undo stack keeps the returned ``Changes`` and applies its inverse.
"""

import uuid
from collections.abc import Callable, Iterable

from .changes import Changes
from .edit_content import ContentEdits
from .edit_maps import MapEdits
from .edit_personas import PersonaEdits
from .edit_structure import StructureEdits
from .store import RecordStore


class Document(MapEdits, StructureEdits, ContentEdits, PersonaEdits):
    """The edits come from the ``edit_*`` modules, the reads from ``reads.DocumentReads``."""

    def __init__(self, id_factory: Callable[[], str] | None = None) -> None:
        self.store = RecordStore()
        self._id_factory = id_factory or (lambda: uuid.uuid4().hex)

    @classmethod
    def from_records(cls, records: Iterable[object]) -> "Document":
        document = cls()
        document.store.load(records)
        return document

    # -- undo and redo -----------------------------------------------------
    def apply(self, changes: Changes) -> Changes:
        """Apply a patch made earlier (redo), or its inverse (undo)."""
        return self.store.apply(changes)

    def together(self, edits: Iterable[tuple[Callable[..., Changes], tuple, dict]]) -> Changes:
        """Several edits (method, args, kwargs) as one: their changes merged into one
        patch, or, if any of them is refused, none of them (a dialog's fields, say)."""
        done = Changes()
        try:
            for operation, args, kwargs in edits:
                done = done.then(operation(*args, **kwargs))
        except BaseException:
            self.store.apply(done.inverted())  # what went before the refusal, taken back
            raise
        return done

    def snapshot(self):
        return self.store.snapshot()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Document) and self.snapshot() == other.snapshot()

    # No __hash__: a class that defines __eq__ alone is unhashable, as a mutable document must be.
