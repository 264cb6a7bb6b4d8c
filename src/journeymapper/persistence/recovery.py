"""Finding working copies left behind by a crash, and restoring or discarding them."""

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .atomic import replacing
from .claims import claim
from .connection import open_read_only
from .errors import FileProblem, ProjectFileError
from .inspect_file import as_project_errors
from .locks import FileLock
from .project_file import read_unsaved_edits, settle_working_copy
from .workspace import SessionInfo, abandoned_sessions


@dataclass
class Recoverable:
    info: SessionInfo
    lock: FileLock  # held by us until restored, discarded or released
    unsaved_edits: int
    modified: str  # when the working copy was last written, ISO 8601

    @property
    def id(self) -> str:
        return self.info.id

    def release(self) -> None:
        self.lock.release()


def find_recoverable() -> list[Recoverable]:
    """Working copies of crashed sessions that hold edits not saved anywhere.

    Those without unsaved edits are removed on the way: they hold nothing
    that is not in their project file.
    """
    found = []
    for info, lock in abandoned_sessions():
        try:
            unsaved = read_unsaved_edits(info.work_path) if settle_working_copy(info.work_path) else 0
        except ProjectFileError:
            unsaved = -1  # damaged working copy: still listed, so nothing vanishes silently
        if unsaved == 0:
            lock.release()
            shutil.rmtree(info.folder, ignore_errors=True)
            continue
        stamp = datetime.fromtimestamp(info.work_path.stat().st_mtime, UTC)
        found.append(Recoverable(info, lock, unsaved, stamp.isoformat(timespec="seconds")))
    return found


def discard(item: Recoverable) -> None:
    item.lock.release()
    shutil.rmtree(item.info.folder, ignore_errors=True)


def restore_to(item: Recoverable, target: Path) -> None:
    """Write the recovered working copy as a project file at ``target``, then drop it.

    A ``target`` that an editor has open (here or elsewhere) is refused: that
    editor's next save would silently undo the restore."""
    held = claim(target) if Path(target).exists() else None
    try:
        _restore(item, target)
    finally:
        if held is not None:
            held.release()
    discard(item)


def _restore(item: Recoverable, target: Path) -> None:
    settle_working_copy(item.info.work_path)
    with as_project_errors(item.info.work_path):
        source, _ = open_read_only(item.info.work_path)
    try:
        with replacing(Path(target)) as temp:
            copy = sqlite3.connect(str(temp), isolation_level=None)
            try:
                source.backup(copy)
                copy.execute("UPDATE project_info SET value = '0' WHERE key = 'unsaved_edits'")
            finally:
                copy.close()
    finally:
        source.close()


def find_session(session_id: str) -> Recoverable:
    found = None
    for item in find_recoverable():
        matches = item.id == session_id or (len(session_id) >= 4 and item.id.startswith(session_id))
        if matches and found is None:
            found = item
            continue
        item.release()
    if found is None:
        raise ProjectFileError(FileProblem.NO_SESSION, session_id)
    return found
