"""The project file: SQLite through SQLModel, working copies, recovery.

The only package that imports sqlmodel, sqlalchemy or sqlite3.
"""

from .errors import FileProblem, ProjectFileError
from .loader import Fixes
from .project_file import PROJECT_SUFFIX, ProjectFile, read_project, write_project
from .recovery import Recoverable, discard, find_recoverable, find_session, restore_to

__all__ = [
    "PROJECT_SUFFIX", "FileProblem", "Fixes", "ProjectFile", "ProjectFileError", "Recoverable",
    "discard", "find_recoverable", "find_session", "read_project", "restore_to", "write_project",
]
