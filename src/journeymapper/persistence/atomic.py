"""Writing a file so that it is either the old one or the new one, never a mix.

The new content goes to a temporary file beside the target (same folder, so
same file system), is flushed to the disk, and then replaces the target in
one rename; the folder is flushed too so the rename survives a power cut.
On any failure the temporary file is removed and the target is untouched.
"""

from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import FileProblem, ProjectFileError, problem_of_os_error

if TYPE_CHECKING:
    import sqlite3


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - Windows cannot open folders
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (FAT on a USB stick, network shares) refuse this
    finally:
        os.close(fd)


def problem_of_sqlite_error(error: sqlite3.Error) -> FileProblem:
    text = str(error).lower()
    if "full" in text:
        return FileProblem.DISK_FULL
    if "readonly" in text or "read-only" in text or "permission" in text or "unable to open" in text:
        return FileProblem.READ_ONLY
    return FileProblem.WRITE_FAILED


def as_write_error(error: BaseException, path: Path) -> ProjectFileError:
    if isinstance(error, ProjectFileError):
        return error
    if isinstance(error, OSError):
        return ProjectFileError(problem_of_os_error(error), path, str(error))
    # Without sqlite3 loaded no sqlite3 error can exist; not importing it keeps the
    # start screen (which needs this module for the state folder) from paying for it.
    sqlite3 = sys.modules.get("sqlite3")
    if sqlite3 is not None and isinstance(error, sqlite3.Error):
        return ProjectFileError(problem_of_sqlite_error(error), path, str(error))
    return ProjectFileError(FileProblem.WRITE_FAILED, path, f"{type(error).__name__}: {error}")


def leftovers(target: Path, suffix: str = ".tmp") -> list[Path]:
    """Temporary files of earlier writes to ``target`` that a crash cut short."""
    target = Path(target)
    try:
        return [p for p in target.parent.glob(f".{glob_escape(target.name)}.????????{suffix}*")
                if p.name.endswith((suffix, f"{suffix}-journal"))]
    except OSError:
        return []


def remove_leftovers(target: Path, suffix: str = ".tmp", older_than: float = 0.0) -> int:
    """Remove them (only those not written for ``older_than`` seconds); returns how many went.

    Call it only where no other process can be writing to ``target`` (its
    project lock is held), or with an age that no live write reaches."""
    now = time.time()
    removed = 0
    for path in leftovers(target, suffix):
        try:
            if now - path.stat().st_mtime >= older_than:
                path.unlink()
                removed += 1
        except OSError:
            pass
    return removed


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in name)


@contextmanager
def replacing(target: Path, suffix: str = ".tmp", passthrough: tuple[type, ...] = ()):
    """Yield a temporary path; when the block ends well it replaces ``target``.

    Errors become ``ProjectFileError`` (disk full, read-only, ...) except those
    of the ``passthrough`` types (e.g. a cancelled export), which are re-raised
    as they are; the temporary file is removed either way.
    """
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise ProjectFileError(FileProblem.NOT_FOUND, folder, "folder does not exist")
    temp = folder / f".{target.name}.{os.urandom(4).hex()}{suffix}"
    try:
        yield temp
        fsync_file(temp)
        os.replace(temp, target)
        fsync_folder(folder)
    except BaseException as error:
        for leftover in (temp, Path(f"{temp}-journal")):
            try:
                leftover.unlink()
            except OSError:
                pass
        if isinstance(error, Exception) and not isinstance(error, passthrough):
            raise as_write_error(error, target) from error
        raise
