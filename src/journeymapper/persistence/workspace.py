"""Where working copies live, and how crashed sessions are found again.

Each open project has a session folder in the user state folder::

    sessions/<id>/work.jmap      the working copy; every edit commits here
    sessions/<id>/session.json   which project file it belongs to
    sessions/<id>/lock           locked while the session is alive

A session folder whose lock nobody holds belongs to a process that is gone.
If its working copy has unsaved edits it is offered for recovery; otherwise
it is removed. A clean close removes its own folder, so a clean exit never
leads to a recovery prompt.

Projects open for writing are also locked under ``locks/``, by their
resolved path and by their file's device and inode (hard links to one file
are one project), so a second JourneyMapper on this machine does not open the
same file for writing. Other users and machines see the lock file beside the
project instead (``lock_file``).
"""

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from .atomic import fsync_folder
from .errors import FileProblem, ProjectFileError, problem_of_os_error
from .locks import FileLock

STATE_DIR_VARIABLE = "JOURNEYMAPPER_STATE_DIR"
# A session.json is a few hundred bytes; a larger one (or one nested a million
# deep, which made json raise RecursionError on every start) is damaged.
MAX_INFO_BYTES = 64 * 1024


def state_dir() -> Path:
    """The user state folder; tests and portable setups can point it elsewhere."""
    override = os.environ.get(STATE_DIR_VARIABLE)
    if override:
        return Path(override)
    return Path(platformdirs.user_state_dir("journeymapper", appauthor=False))


def state_folder_error(error: OSError) -> ProjectFileError:
    """The state folder read-only, full, or a file: one error naming the folder, not a lock inside it."""
    reason = problem_of_os_error(error)
    return ProjectFileError(
        FileProblem.STATE_FOLDER, state_dir(), f"{type(error).__name__}: {error}", reason=reason.value
    )


class StateLock(FileLock):
    """A lock in the state folder; a folder that cannot hold it is a ProjectFileError."""

    def acquire(self) -> bool:
        try:
            return super().acquire()
        except OSError as error:
            raise state_folder_error(error) from error


@dataclass(frozen=True)
class SessionInfo:
    id: str
    folder: Path
    source: str | None  # the project file, or None for a project never saved
    started: str

    @property
    def work_path(self) -> Path:
        return self.folder / "work.jmap"


class Session:
    """A live session folder, locked for as long as this object holds it."""

    def __init__(self, info: SessionInfo, lock: FileLock) -> None:
        self.info = info
        self._lock = lock

    @property
    def work_path(self) -> Path:
        return self.info.work_path

    def set_source(self, source: Path | None) -> "Session":
        self.info = SessionInfo(self.info.id, self.info.folder, str(source) if source else None, self.info.started)
        _write_info(self.info)
        return self

    def close(self, keep: bool = False) -> None:
        """Release the session; remove its folder unless ``keep`` (crash-like)."""
        if not keep:
            # The working copy goes while the lock is still ours: another start
            # looking for crashed sessions must never see a half-removed one.
            for name in ("work.jmap", "work.jmap-journal", "session.json"):
                try:
                    (self.info.folder / name).unlink()
                except OSError:
                    pass
        self._lock.release()
        if not keep:
            shutil.rmtree(self.info.folder, ignore_errors=True)


def _write_info(info: SessionInfo) -> None:
    payload = json.dumps({"source": info.source, "started": info.started}).encode()
    temp = info.folder / "session.json.tmp"
    with open(temp, "wb") as handle:
        handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, info.folder / "session.json")
    fsync_folder(info.folder)


def _read_info(folder: Path) -> SessionInfo | None:
    try:
        with open(folder / "session.json", "rb") as handle:
            raw = handle.read(MAX_INFO_BYTES + 1)
        if len(raw) > MAX_INFO_BYTES:
            return None
        data = json.loads(raw.decode("utf-8"))
        source = data.get("source")
        return SessionInfo(
            folder.name, folder, source if isinstance(source, str) else None, str(data.get("started", ""))
        )
    except (OSError, ValueError, AttributeError, RecursionError):
        return None


def sessions_dir() -> Path:
    return state_dir() / "sessions"


def new_session(source: Path | None) -> Session:
    folder = sessions_dir() / os.urandom(16).hex()  # as unique as a uuid4, without loading uuid
    lock = FileLock(folder / "lock")
    try:
        folder.mkdir(parents=True)
        lock.acquire()
        info = SessionInfo(
            folder.name, folder, str(source) if source else None, datetime.now(UTC).isoformat(timespec="seconds")
        )
        _write_info(info)
    except OSError as error:
        # A full disk can fail the note after the folder was made: no empty session stays behind.
        lock.release()
        shutil.rmtree(folder, ignore_errors=True)
        raise state_folder_error(error) from error
    return Session(info, lock)


def has_sessions() -> bool:
    """Whether any session folder exists, live or left by a crash: a glance, no locks taken."""
    try:
        return any(entry.is_dir() for entry in os.scandir(sessions_dir()))
    except OSError:
        return False


def abandoned_sessions() -> list[tuple[SessionInfo, FileLock]]:
    """Sessions whose process is gone, each with its lock now held by us.

    The caller recovers or discards each; releasing the lock hands it back.
    """
    found: list[tuple[SessionInfo, FileLock]] = []
    root = sessions_dir()
    if not root.is_dir():
        return found
    for folder in sorted(root.iterdir()):
        if not folder.is_dir():
            continue
        lock = StateLock(folder / "lock")
        try:
            if not lock.acquire():
                continue  # a live session of another JourneyMapper
        except ProjectFileError:
            for _info, taken in found:  # none kept by a caller that never gets the list
                taken.release()
            raise
        info = _read_info(folder)
        if info is None and (folder / "work.jmap").exists():
            # Its note of the project file was lost; the work is not: offer it untitled.
            info = SessionInfo(folder.name, folder, None, "")
        if info is None or not info.work_path.exists():
            lock.release()
            shutil.rmtree(folder, ignore_errors=True)
            continue
        found.append((info, lock))
    return found


def adopt_session(info: SessionInfo, lock: FileLock) -> Session:
    return Session(info, lock)


def _lock_of(key: str) -> FileLock:
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return StateLock(state_dir() / "locks" / f"{digest}.lock")


def _inode_key(path: Path) -> str | None:
    try:
        info = os.stat(path)
    except OSError:
        return None  # not there yet (save as): its path alone names it
    return f"inode:{info.st_dev}:{info.st_ino}"


class ProjectLock:
    """This machine's lock on one project: on its resolved path and on its file (device
    and inode, so a hard link to an open project is refused too). All or nothing."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._by_path = _lock_of(str(self.path.resolve()))
        self._by_file: FileLock | None = None
        self._key: str | None = None

    def acquire(self) -> bool:
        if self._by_path.held:
            return True
        if not self._by_path.acquire():
            return False
        key = _inode_key(self.path)
        if key is None:
            return True
        by_file = _lock_of(key)
        if not by_file.acquire():
            self._by_path.release()
            return False
        self._by_file, self._key = by_file, key
        return True

    def follow(self) -> None:
        """After a save replaced the file (a new inode): lock the new one, free the old."""
        key = _inode_key(self.path)
        if not self._by_path.held or key == self._key:
            return
        by_file = _lock_of(key) if key else None
        if by_file is not None and not by_file.acquire():
            by_file = None  # cannot happen (the new file is ours alone); the path lock still holds
        if self._by_file is not None:
            # The old file is no longer this project: its lock file would only pile up, one a save.
            self._by_file.remove()
        self._by_file, self._key = by_file, key if by_file is not None else None

    def release(self) -> None:
        if self._by_file is not None:
            self._by_file.release()
            self._by_file, self._key = None, None
        self._by_path.release()


def project_lock(path: Path) -> ProjectLock:
    return ProjectLock(path)
