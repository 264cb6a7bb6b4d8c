"""The project file (``.jmap``) and its working copy.

Reading: a file is checked read-only (``inspect_file``), copied into memory,
migrated there if it is older, and read with every value checked
(``loader``). Nothing is ever written to the file being opened.

Editing: the document is written into a fresh working copy in the session
folder (``workspace``), built from our own schema, so nothing odd in the
opened file can reach it. Each edit commits there in one small transaction
with ``synchronous=FULL``: a crash or power cut loses no edit that was
reported done.

Saving: the working copy is copied with SQLite's backup API into a temporary
file beside the target, which then replaces the target atomically
(``atomic``). The file on disk is always a complete project. A save never
overwrites a file that someone else changed since it was opened
(``identity``; ``CHANGED_ON_DISK``) unless the user says so.

Locks: an open project is claimed (``claims``) by this user's OS lock and by
a lock file beside it that other users and machines see.
"""

import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path

from .. import __version__
from ..domain import Changes, Document, Kind
from .atomic import as_write_error, remove_leftovers, replacing
from .catalogue import DDL
from .claims import Claim
from .connection import open_read_only, open_read_write
from .errors import FileProblem, ProjectFileError
from .identity import Fingerprint, fingerprint, unchanged
from .inspect_file import as_project_errors, check_database, check_path
from .loader import Fixes, RecoveryNames, load_document
from .migrations import migrate
from .rows import write_changes, write_tables
from .side_files import pending_changes, remove_side_files, settled_copy
from .version import APPLICATION_ID, SCHEMA_VERSION
from .workspace import Session, SessionInfo, adopt_session, new_session

UNSAVED_KEY = "unsaved_edits"


def read_project(
    path: Path, full_check: bool = False, names: RecoveryNames | None = None
) -> tuple[Document, Fixes, int]:
    """Check and read a project file without changing anything on disk.

    Returns the document, what had to be repaired while reading, and the
    schema version the file had. Raises ``ProjectFileError`` for any file
    that is not a sound JourneyMapper project. ``names``: what a place made
    for cards whose cell was lost is called (see ``loader.RecoveryNames``).
    """
    path = Path(path)
    check_path(path)
    pending = pending_changes(path)
    if not pending:
        return _read_checked(path, path, full_check, names)
    # Another program left changes beside the file: read them in through a
    # private copy; counted as a repair, so saving writes them into the file.
    with settled_copy(path, pending) as copy:
        document, fixes, version = _read_checked(copy, path, full_check, names)
    fixes.note("side file")
    return document, fixes, version


def _read_checked(
    source: Path, path: Path, full_check: bool, names: RecoveryNames | None
) -> tuple[Document, Fixes, int]:
    """Read ``source`` (the file, or a settled copy of it), naming ``path`` in errors."""
    with as_project_errors(path):
        conn, watchdog = open_read_only(source)
        try:
            with watchdog.limit():
                version = check_database(conn, path, full=full_check)
                if version < SCHEMA_VERSION:
                    memory = sqlite3.connect(":memory:", isolation_level=None)
                    try:
                        conn.backup(memory)
                        migrate(memory, version)
                        document, fixes = load_document(memory, names, watchdog.check)
                    finally:
                        memory.close()
                else:
                    document, fixes = load_document(conn, names, watchdog.check)
        finally:
            conn.close()
    return document, fixes, version


def create_database(path: Path, document: Document, unsaved_edits: int = 0) -> None:
    """Write ``document`` as a new project database at ``path`` (which must not exist)."""
    _create_database(path, {kind: document.store.all(kind) for kind in Kind}, unsaved_edits)


def _create_database(path: Path, tables: Mapping[Kind, Iterable], unsaved_edits: int) -> None:
    conn, _ = open_read_write(path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        for statement in DDL:
            conn.execute(statement)
        conn.executemany(
            "INSERT INTO project_info (key, value) VALUES (?, ?)",
            [("created_with", __version__), (UNSAVED_KEY, str(unsaved_edits))],
        )
        write_tables(conn, tables)
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.execute("COMMIT")
    finally:
        conn.close()


def write_project(path: Path, document: Document, overwrite: bool = False) -> None:
    """Write a whole document as a project file, atomically."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise ProjectFileError(FileProblem.EXISTS, path)
    with replacing(path) as temp:
        create_database(temp, document)
    remove_side_files(path)


class ProjectFile:
    """An open project: its working copy, the file it saves to, and its locks.

    Made by ``open``, ``create`` or ``recover``; always ``close`` it.
    """

    def __init__(
        self,
        session: Session,
        path: Path | None,
        unsaved_edits: int,
        fixes: Fixes | None = None,
        unwritten: Mapping[Kind, Iterable] | None = None,
    ):
        """``unwritten``: the records of a working copy still to be written (see ``open``)."""
        self._session = session
        self._path = path
        self._lock: Claim | None = None  # set by whoever made it, once claimed
        self._identity: Fingerprint | None = None  # the file as read or last saved
        self.unsaved_edits = unsaved_edits
        self.fixes = fixes or Fixes()
        self._unwritten = unwritten
        self.closed = False
        self._conn: sqlite3.Connection | None = None
        if unwritten is None:
            self._conn, self._watchdog = open_read_write(session.work_path)

    # -- making one ----------------------------------------------------------
    @classmethod
    def open(
        cls, path: Path, defer_working_copy: bool = False, names: RecoveryNames | None = None
    ) -> tuple["ProjectFile", Document]:
        """Open a project for editing; raises ALREADY_OPEN if another JourneyMapper of this
        user has it, LOCKED or STALE_LOCK if the lock file beside it names another.

        ``defer_working_copy``: the working copy is written by ``write_working_copy``
        (the editor calls it once the map is on screen: writing it took a tenth of
        opening a large map), or else by the first edit or save, before it is
        written: the copy holds the records as they were read, whatever the
        document in memory has become by then. Until then the session holds
        nothing that is not in the project file, so a crash loses nothing."""
        path = Path(path).absolute()
        lock = Claim(path).acquire()
        try:
            identity = fingerprint(path)  # before reading: a change while it reads is seen too
            document, fixes, _version = read_project(path, names=names)
            # Only once the file proved to be ours: the temporary file of a save
            # that a crash cut short (we hold the lock, so no save is running).
            remove_leftovers(path)
            session = new_session(path)
            # A file repaired while reading counts as changed, so the repair can be saved.
            unsaved = 1 if fixes else 0
            try:
                if defer_working_copy:
                    read = document.store.snapshot()  # records never change; the tables may
                    project = cls(session, path, unsaved, fixes, {kind: read[kind].values() for kind in read})
                else:
                    create_database(session.work_path, document, unsaved_edits=unsaved)
                    project = cls(session, path, unsaved, fixes)
            except BaseException as error:
                session.close()
                if isinstance(error, Exception):
                    raise as_write_error(error, session.work_path) from error
                raise
        except BaseException:
            lock.release()
            raise
        project._lock, project._identity = lock, identity
        return project, document

    @classmethod
    def create(cls, document: Document) -> "ProjectFile":
        """A new, never-saved project (it gets a path with ``save_as``)."""
        session = new_session(None)
        try:
            create_database(session.work_path, document, unsaved_edits=1)
            return cls(session, None, 1)
        except BaseException as error:
            session.close()
            raise as_write_error(error, session.work_path) from error

    @classmethod
    def recover(cls, info: SessionInfo, lock) -> tuple["ProjectFile", Document]:
        """Take over the working copy of a session whose process died."""
        settle_working_copy(info.work_path)
        document, fixes, _ = read_project(info.work_path)
        source = Path(info.source) if info.source else None
        if source is not None:
            source_lock = Claim(source).acquire()
        session = adopt_session(info, lock)
        project = cls(session, source, max(1, read_unsaved_edits(info.work_path)), fixes)
        if source is not None:
            # What the file was when the work began is not known: the file as it is now
            # is what the recovered work is saved over (a change from here on is seen).
            project._lock, project._identity = source_lock, fingerprint(source)
        return project, document

    # -- what it is ------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def session_id(self) -> str:
        return self._session.info.id

    @property
    def modified(self) -> bool:
        return self.unsaved_edits > 0

    # -- writing -----------------------------------------------------------------
    @property
    def working_copy_written(self) -> bool:
        return self._conn is not None

    def write_working_copy(self) -> None:
        """Write the working copy that ``open`` deferred (nothing once it is written).

        Raises ``ProjectFileError`` when it cannot be written (a full disk); then
        nothing is left of it, and the next edit or save tries again."""
        if self._conn is not None:
            return
        work_path = self._session.work_path
        assert self._unwritten is not None  # held until the working copy is written
        try:
            _create_database(work_path, self._unwritten, self.unsaved_edits)
            self._conn, self._watchdog = open_read_write(work_path)
        except Exception as error:
            for leftover in (work_path, Path(f"{work_path}-journal")):
                leftover.unlink(missing_ok=True)
            raise as_write_error(error, work_path) from error
        self._unwritten = None

    def _working_copy(self) -> sqlite3.Connection:
        self.write_working_copy()
        assert self._conn is not None  # written just now, or it raised
        return self._conn

    def write(self, changes: Changes) -> None:
        """Commit one edit to the working copy; durable when this returns."""
        if not changes:
            return
        conn = self._working_copy()
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                write_changes(conn, changes)
                conn.execute("UPDATE project_info SET value = CAST(value AS INTEGER) + 1 WHERE key = ?", (UNSAVED_KEY,))
                conn.execute("COMMIT")
            except BaseException:
                # SQLite rolls back by itself after some errors (SQLITE_FULL among
                # them); a ROLLBACK then would raise "no transaction is active" and
                # hide the real reason (a full disk was reported as a failed write).
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except Exception as error:
            raise as_write_error(error, self._session.work_path) from error
        self.unsaved_edits += 1

    def save(self, overwrite_changes: bool = False) -> None:
        """Save to the project's file; raises CHANGED_ON_DISK if someone else changed that file
        since it was opened or last saved, unless ``overwrite_changes`` (the user chose "keep mine")."""
        if self._path is None:
            raise ProjectFileError(FileProblem.NOT_FOUND, "", "no file name yet")
        if not overwrite_changes and self.changed_on_disk():
            raise ProjectFileError(FileProblem.CHANGED_ON_DISK, self._path)
        self._save_to(self._path)

    def changed_on_disk(self) -> bool:
        """Whether someone else changed the project's file since it was opened or last saved
        (never for a project without a file yet; a file since removed is not a change)."""
        return self._path is not None and not unchanged(self._path, self._identity)

    def save_as(self, path: Path) -> None:
        path = Path(path).absolute()
        if path == self._path:
            return self.save()
        lock = Claim(path).acquire()
        try:
            remove_leftovers(path)
            self._save_to(path)
        except BaseException:
            lock.release()
            raise
        if self._lock is not None:
            self._lock.release()
        self._lock, self._path = lock, path
        lock.follow()  # on the file just written (save as over an existing file replaced it)
        self._session.set_source(path)

    def _save_to(self, target: Path) -> None:
        conn = self._working_copy()
        with replacing(target) as temp:
            copy = sqlite3.connect(str(temp), isolation_level=None)
            try:
                conn.backup(copy)
                copy.execute("UPDATE project_info SET value = '0' WHERE key = ?", (UNSAVED_KEY,))
            finally:
                copy.close()
        remove_side_files(target)
        try:
            conn.execute("UPDATE project_info SET value = '0' WHERE key = ?", (UNSAVED_KEY,))
        except sqlite3.Error:
            pass  # the save itself succeeded; at worst a later recovery offers a copy of it
        self.unsaved_edits = 0
        self._identity = fingerprint(target)
        if self._lock is not None and target == self._path:
            self._lock.follow()

    def close(self, keep_working_copy: bool = False) -> None:
        """Close the project; the working copy goes unless ``keep_working_copy``."""
        self.closed = True
        try:
            if self._conn is not None:
                self._conn.close()
        finally:
            self._session.close(keep=keep_working_copy)
            if self._lock is not None:
                self._lock.release()


def settle_working_copy(work_path: Path) -> bool:
    """Finish what a crash left half done in a working copy; False when it holds nothing.

    A process killed inside a commit leaves a "hot" journal beside the file.
    Only a connection that may write rolls it back, and every read of a file
    here is read-only, so SQLite would refuse the copy ("attempt to write a
    readonly database"): the unsaved work would look damaged. The working
    copy is our own file, so it is opened for writing once to settle it.
    A copy the crash cut off while it was being made (missing, or without
    our tables yet) holds nothing that is not in its project file.
    """
    work_path = Path(work_path)
    if not work_path.exists() or (work_path.stat().st_size == 0 and not Path(f"{work_path}-journal").exists()):
        return False
    with as_project_errors(work_path):
        conn, watchdog = open_read_write(work_path)
        try:
            with watchdog.limit():
                tables = conn.execute("SELECT count(*) FROM sqlite_schema WHERE name = 'project_info'").fetchone()[0]
        finally:
            conn.close()
    return tables > 0


def read_unsaved_edits(work_path: Path) -> int:
    with as_project_errors(work_path):
        conn, watchdog = open_read_only(work_path)
        try:
            with watchdog.limit():
                row = conn.execute("SELECT value FROM project_info WHERE key = ?", (UNSAVED_KEY,)).fetchone()
        finally:
            conn.close()
    try:
        return int(row[0]) if row else 0
    except (TypeError, ValueError):
        return 0
