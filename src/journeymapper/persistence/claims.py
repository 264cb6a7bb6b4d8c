"""Both locks a writer takes on a project, in one object.

``workspace.project_lock``: this user's OS lock in the state folder (gone
with a crashed process; guards races on this machine). ``lock_file``: the
lock file beside the project (what another user or machine sees). Opening
for editing, save as, repair, recovery and ``new``/``sample --force`` all
take a ``Claim`` first, so a project one of them has is refused to the rest.
"""

from __future__ import annotations

from pathlib import Path

from .errors import FileProblem, ProjectFileError
from .lock_file import BesideLock
from .workspace import project_lock


class Claim:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.local = project_lock(self.path)
        self.beside = BesideLock(self.path)

    def acquire(self) -> Claim:
        """Take both, or neither: raises ALREADY_OPEN (this user), LOCKED or STALE_LOCK
        (someone else), or READ_ONLY (no lock file can be written there)."""
        if not self.local.acquire():
            raise ProjectFileError(FileProblem.ALREADY_OPEN, self.path)
        try:
            self.beside.acquire()
        except BaseException:
            self.local.release()
            raise
        return self

    def follow(self) -> None:
        """The file was replaced by a save: the local lock follows it to its new inode."""
        self.local.follow()

    def release(self) -> None:
        try:
            self.beside.release()
        finally:
            self.local.release()


def claim(path: Path) -> Claim:
    return Claim(path).acquire()
