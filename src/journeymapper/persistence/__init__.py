"""The project file: SQLite, working copies, recovery.

The only package that imports sqlite3 (and, to generate the catalogue,
sqlmodel). Each name loads its module when first used (``lazy_names``):
the start screen needs the state folder, not the loader and the schema.
"""

from typing import TYPE_CHECKING

from ..lazy_names import lazy_names

_WHERE = {
    "FileProblem": "errors",
    "ProjectFileError": "errors",
    "Fixes": "loader",
    "RecoveryNames": "loader",
    "PROJECT_SUFFIX": "version",
    "ProjectFile": "project_file",
    "read_project": "project_file",
    "write_project": "project_file",
    "Recoverable": "recovery",
    "discard": "recovery",
    "find_recoverable": "recovery",
    "find_session": "recovery",
    "restore_to": "recovery",
}
__all__ = [  # the names of _WHERE (tests/test_package_names.py)
    "PROJECT_SUFFIX",
    "FileProblem",
    "Fixes",
    "ProjectFile",
    "ProjectFileError",
    "Recoverable",
    "RecoveryNames",
    "discard",
    "find_recoverable",
    "find_session",
    "read_project",
    "restore_to",
    "write_project",
]
__getattr__, __dir__ = lazy_names(__name__, _WHERE)

if TYPE_CHECKING:  # for readers, type checkers and PyInstaller's import scan
    from .errors import FileProblem, ProjectFileError
    from .loader import Fixes, RecoveryNames
    from .project_file import ProjectFile, read_project, write_project
    from .recovery import Recoverable, discard, find_recoverable, find_session, restore_to
    from .version import PROJECT_SUFFIX
