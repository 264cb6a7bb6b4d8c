"""The project file as the editor and the command line see it, without ``persistence``.

Neither of them reaches into ``persistence``; what they need from it comes
through ``app``: here the name a project file ends in, the error a file
problem raises (codes, never prose: ``messages.py`` words them), the user's
state folder, reading a whole project to look at it, and writing a new one.
A project that is opened, edited and saved goes through ``session.py``;
working copies left by a crash, through ``recovery.py``.

Importing this module stays cheap (the editor's start screen and its
single-instance check import it): the project file's reader and writer load
when ``read_project`` or ``write_new_project`` is first called.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..persistence.errors import FileProblem, ProjectFileError
from ..persistence.version import PROJECT_SUFFIX
from ..persistence.workspace import has_sessions, state_dir

if TYPE_CHECKING:
    from ..domain import Document
    from ..persistence.loader import Fixes, RecoveryNames

__all__ = [
    "PROJECT_SUFFIX",
    "FileProblem",
    "ProjectFileError",
    "has_sessions",
    "read_project",
    "state_dir",
    "write_new_project",
]


def read_project(
    path: Path, full_check: bool = False, names: RecoveryNames | None = None
) -> tuple[Document, Fixes, int]:
    """Check and read a project file to look at it (info, check, export), changing nothing on disk.

    The document, what had to be repaired while reading, and the schema version
    the file had; raises ``ProjectFileError`` for anything that is not a sound
    project. ``names``: what places made for cards whose cell was lost are
    called (``messages.recovery_names``)."""
    from ..persistence.project_file import read_project as read

    return read(path, full_check=full_check, names=names)


def write_new_project(path: Path, document: Document, replace: bool = False) -> None:
    """Write ``document`` as a new project file at ``path``, atomically.

    An existing file is refused (EXISTS) unless ``replace``; and even then a
    project open in an editor, here or elsewhere, is refused (its locks are
    taken first): that editor's next save would silently put it back."""
    from ..persistence.claims import claim
    from ..persistence.project_file import write_project

    path = Path(path)
    if not (replace and path.exists()):
        write_project(path, document)
        return
    held = claim(path)
    try:
        write_project(path, document, overwrite=True)
    finally:
        held.release()
