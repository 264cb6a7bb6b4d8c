"""The project session: one project's life, from opening it to closing it.

The editor's window and the command line both go through here, never
through ``persistence``; this is where it is decided what opening takes and
what closing leaves behind:

- Opening for writing takes the project's locks (this user's OS lock in the
  state folder, and the lock file beside the project that other users and
  machines see) and a session folder of its own for the working copy. A
  project someone else has is refused with a code saying who
  (ALREADY_OPEN, LOCKED, STALE_LOCK); the editor then offers a read-only
  ``view``, a ``copy_of`` it, or ``break_stale_lock``.
- The working copy may be written late (``defer_working_copy``): the editor
  shows the map first and writes it once it is painted. Until then the
  session holds nothing that is not in the project file, and an edit or a
  save writes the copy first, from the records as they were read.
- Saving never overwrites a file someone else changed since it was opened
  or last saved (CHANGED_ON_DISK) unless the user says so.
- Closing removes the working copy while the session's lock is still held,
  then lets the locks go; a crash leaves both for ``recovery.py``.

Errors leave as ``ProjectFileError`` with a ``FileProblem`` code, never as
prose: ``messages.py`` words them in the user's language.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..persistence import ProjectFile, read_project
from .editing import EditingSession, ReadOnlyError

if TYPE_CHECKING:
    from ..collector import CollectorShare
    from ..domain import Document
    from ..persistence import Fixes, RecoveryNames
    from .recovery import Recoverable


class ProjectSession:
    """One open project: its document, its editing session, the file it saves to, its locks.

    Made by ``open`` (for writing), ``view`` (read-only), ``copy_of`` (an untitled
    copy to edit), ``create`` (a new project) or ``recover`` (a crashed session's
    work); always ``close`` it, or its working copy is offered for recovery at
    the next start.
    """

    def __init__(self, document: Document, project: ProjectFile | None, viewed: Path | None = None) -> None:
        """``project``: the project file open for writing, or None for a read-only view
        of the file ``viewed``. Use the class methods rather than this."""
        self._project = project
        self._viewed = viewed
        self._closed = False
        self._collector_share: CollectorShare | None = None
        # Every edit goes through here: the document changes and the working copy commits together.
        self.editing = EditingSession(document, project)

    # -- making one ------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, names: RecoveryNames | None = None, defer_working_copy: bool = False) -> ProjectSession:
        """Open the project at ``path`` for editing, taking its locks.

        Raises ``ProjectFileError``: ALREADY_OPEN when another JourneyMapper of this
        user has it, LOCKED or STALE_LOCK when the lock file beside it names someone
        else, READ_ONLY when no lock file can be written there, or what is wrong with
        the file. ``names``: what places made for cards whose cell was lost are called.
        ``defer_working_copy``: leave the working copy to ``write_working_copy`` (the
        editor calls it once the map is painted: writing it took a tenth of opening a
        large map); an edit or save before that writes it first."""
        project, document = ProjectFile.open(path, defer_working_copy=defer_working_copy, names=names)
        return cls(document, project)

    @classmethod
    def view(cls, path: Path, names: RecoveryNames | None = None) -> ProjectSession:
        """A read-only view of ``path``: no lock, no working copy, nothing written
        (for a project someone else has open). Edits raise ``ReadOnlyError``."""
        path = Path(path).absolute()
        document, _fixes, _version = read_project(path, names=names)
        return cls(document, None, viewed=path)

    @classmethod
    def copy_of(cls, path: Path, names: RecoveryNames | None = None) -> ProjectSession:
        """An untitled copy of ``path`` to edit and save elsewhere (the original stays
        with whoever has it open): ``path`` is read, never locked or written."""
        document, _fixes, _version = read_project(Path(path), names=names)
        return cls.create(document)

    @classmethod
    def create(cls, document: Document) -> ProjectSession:
        """A new project holding ``document``, not saved anywhere yet (it gets a file
        with ``save_as``); it counts as modified, so closing asks about it."""
        return cls(document, ProjectFile.create(document))

    @classmethod
    def recover(cls, item: Recoverable) -> ProjectSession:
        """Take over the work of a crashed session (``recovery.find_recoverable``).

        The session and its project file are locked for us again. If this raises,
        ``item`` still holds its lock: ``release`` it (or ``discard`` it)."""
        project, document = ProjectFile.recover(item.info, item.lock)
        return cls(document, project)

    # -- what it is ----------------------------------------------------------------------------
    @property
    def document(self) -> Document:
        return self.editing.document

    @property
    def path(self) -> Path | None:
        """The project's file: the one it saves to (None until a new project is first
        saved), or for a read-only view the file shown."""
        return self._project.path if self._project is not None else self._viewed

    @property
    def read_only(self) -> bool:
        return self._project is None

    @property
    def modified(self) -> bool:
        """Whether it holds edits not saved to its file (a new project always does)."""
        return self._project is not None and self._project.modified

    @property
    def closed(self) -> bool:
        return self._closed or (self._project is not None and self._project.closed)

    @property
    def fixes(self) -> Fixes | None:
        """What had to be repaired while reading the file (None for a read-only view)."""
        return self._project.fixes if self._project is not None else None

    # -- the working copy ------------------------------------------------------------------------
    @property
    def working_copy_written(self) -> bool:
        """Whether the working copy exists yet (always, unless opening deferred it)."""
        return self._project is not None and self._project.working_copy_written

    def write_working_copy(self) -> None:
        """Write the working copy that opening deferred; nothing when it is written, or
        the session is read-only or closed.

        Raises ``ProjectFileError`` when it cannot be written (a full disk): then
        nothing half-written is left, and every edit is refused with that reason
        until the next edit or save manages to write it."""
        if self._project is None or self.closed:
            return
        self._project.write_working_copy()

    # -- saving ----------------------------------------------------------------------------------
    def changed_on_disk(self) -> bool:
        """Whether someone else (another user, a sync client) changed the project's file
        since it was opened or last saved: saving now would throw their work away."""
        return self._project is not None and self._project.changed_on_disk()

    def save(self, overwrite_changes: bool = False) -> None:
        """Save the work to the project's file, atomically.

        Raises CHANGED_ON_DISK when someone else changed the file meanwhile, unless
        ``overwrite_changes`` (the user chose to replace theirs), and NOT_FOUND for a
        project without a file yet (use ``save_as``)."""
        self._writable().save(overwrite_changes=overwrite_changes)

    def save_as(self, path: Path) -> None:
        """Save to ``path`` and go on with that file: its locks are taken first (a project
        someone else has open there is refused), then the old file's are let go."""
        self._writable().save_as(path)

    def _writable(self) -> ProjectFile:
        if self._project is None:
            raise ReadOnlyError()
        return self._project

    # -- closing -----------------------------------------------------------------------------------
    def close(self, keep_working_copy: bool = False) -> None:
        """Close the project; unsaved edits are dropped (ask before calling this).

        The working copy is removed while the session's lock is still held (a start
        looking for crashed sessions never sees half of one), then the locks go.
        ``keep_working_copy``: leave it for recovery, as a crash would. Closing twice
        does nothing."""
        if self.closed:
            return
        self._closed = True
        try:
            if self._project is not None:
                self._project.close(keep_working_copy=keep_working_copy)
        finally:
            self.release_collector_share()

    # -- the collector ------------------------------------------------------------------------------
    def keep_aside(self, share: CollectorShare) -> None:
        """What opening this project set aside from the collector (``keep_out_of_collections``)
        stays aside until the project closes (or ``release_collector_share``)."""
        self._collector_share = share

    def release_collector_share(self) -> None:
        """Give what opening set aside back to the collector, once no other opened project
        keeps it aside; also for a window deleted without closing its project."""
        if self._collector_share is not None:
            self._collector_share.release()


def break_stale_lock(path: Path, token: str) -> bool:
    """Remove the lock file beside ``path`` that a JourneyMapper now gone left, the user agreeing.

    Only the lock with ``token`` (the one the user was shown, in the STALE_LOCK
    error's ``info``) goes: if another took its place meanwhile, it stays, and
    opening again says whose it is. False when nothing was removed."""
    from ..persistence.lock_file import break_lock

    return break_lock(path, token)
