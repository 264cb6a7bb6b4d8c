"""The one error type the project file raises, with a code the UI translates."""

import errno
import os
from enum import Enum


class FileProblem(str, Enum):
    NOT_FOUND = "not_found"
    NOT_A_FILE = "not_a_file"
    NOT_SQLITE = "not_sqlite"  # not a database at all
    FOREIGN = "foreign"  # a SQLite database, but not a JourneyMapper project
    NEWER_VERSION = "newer_version"  # written by a newer JourneyMapper
    CORRUPT = "corrupt"  # truncated, damaged, or fails the integrity check
    UNSAFE = "unsafe"  # holds things a project never has (triggers, views, extra tables)
    TOO_SLOW = "too_slow"  # a query ran past the watchdog: a damaged or hostile file
    PENDING_CHANGES = "pending_changes"  # another program's unfinished changes beside it could not be read
    TOO_LARGE = "too_large"  # holds more rows, text or pictures than an open may load (persistence/limits.py)
    ALREADY_OPEN = "already_open"  # open for writing in another JourneyMapper
    LOCKED = "locked"  # its lock file says another user or machine has it open (info: user, host, time)
    STALE_LOCK = "stale_lock"  # a lock file whose owner is gone; may be broken with consent (info: token)
    CHANGED_ON_DISK = "changed_on_disk"  # replaced by someone else since it was opened: not overwritten
    EXISTS = "exists"  # the target of 'new' is already there
    READ_ONLY = "read_only"  # no permission to write there
    DISK_FULL = "disk_full"
    WRITE_FAILED = "write_failed"  # any other failure to write
    NO_SESSION = "no_session"  # no recoverable working copy with that id
    STATE_FOLDER = "state_folder"  # the user state folder cannot be used; info: reason (a FileProblem value)


class ProjectFileError(Exception):
    """Opening, writing or saving a project failed; nothing was changed.

    ``problem`` says what went wrong, ``path`` which file, ``detail`` the
    underlying technical reason (for logs, not for dialogs).
    """

    def __init__(self, problem: FileProblem, path: str | os.PathLike[str] = "", detail: str = "", **info):
        self.problem = problem
        self.path = str(path)
        self.detail = detail
        self.info = info
        super().__init__(f"{problem.value}: {path}" + (f" ({detail})" if detail else ""))


def problem_of_os_error(error: OSError) -> FileProblem:
    if error.errno == errno.ENOSPC or error.errno == getattr(errno, "EDQUOT", -1):
        return FileProblem.DISK_FULL
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FileProblem.READ_ONLY
    if error.errno == errno.ENOENT:
        return FileProblem.NOT_FOUND
    return FileProblem.WRITE_FAILED
