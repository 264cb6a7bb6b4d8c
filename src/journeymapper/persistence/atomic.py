"""Writing a file so that it is either the old one or the new one, never a mix.

The new content goes to a temporary file beside the target (same folder, so
same file system), is flushed to the disk, and then replaces the target in
one rename; the folder is flushed too so the rename survives a power cut.
On any failure the temporary file is removed and the target is untouched.

The new file keeps the identity of the one it replaces: its permissions (a
private 0600 project stays private) and, where we may set it, its owner and
group. A target that is a symlink stays a link: the file it points to is the
one replaced. Temporary names are shortened so that a name near the 255-byte
limit of most file systems still saves.
"""

from __future__ import annotations

import hashlib
import os
import stat
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


NAME_MAX = 255  # bytes in one file name on ext4, btrfs, APFS, NTFS (in UTF-16 units), most shares
JOURNAL = "-journal"  # what SQLite adds to a temporary database's name while writing it


def short_name(name: str, room: int) -> str:
    """``name`` if it fits in ``room`` bytes, else its start and a hash of the whole (still unique)."""
    if len(os.fsencode(name)) <= room:
        return name
    digest = hashlib.sha256(os.fsencode(name)).hexdigest()[:8]
    cut = os.fsencode(name)[: max(room - 9, 1)].decode("utf-8", "ignore")  # never half a character
    return f"{cut}~{digest}"


def temp_stem(target: Path, suffix: str) -> str:
    """The part of a temporary name that comes from ``target``: ``.<stem>.<8 hex><suffix>-journal`` fits."""
    return short_name(target.name, NAME_MAX - len(f"..12345678{suffix}{JOURNAL}".encode()))


def real_target(target: Path) -> Path:
    """The file a write to ``target`` must replace: a symlink's target (the link stays), else itself."""
    target = Path(target)
    if target.is_symlink():
        return Path(os.path.realpath(target))
    return target


def keep_identity(temp: Path, model: Path) -> None:
    """Give ``temp`` the permissions, and where allowed the owner and group, of ``model`` (if it exists)."""
    try:
        info = os.stat(model)
    except OSError:
        return  # a new file: the user's umask decides, as for any new file
    mine = os.stat(temp)
    if os.name == "posix" and (info.st_uid, info.st_gid) != (mine.st_uid, mine.st_gid):
        try:
            # Owner first: changing it clears set-id bits, which chmod then puts back.
            os.chown(temp, info.st_uid, info.st_gid)
        except OSError:
            try:
                os.chown(temp, -1, info.st_gid)  # one may keep the group if one belongs to it
            except OSError:
                pass  # not ours to give away: the file becomes the saver's, as in any editor
    os.chmod(temp, stat.S_IMODE(info.st_mode))


def leftovers(target: Path, suffix: str = ".tmp") -> list[Path]:
    """Temporary files of earlier writes to ``target`` that a crash cut short."""
    target = real_target(target)
    try:
        return [
            p
            for p in target.parent.glob(f".{glob_escape(temp_stem(target, suffix))}.????????{suffix}*")
            if p.name.endswith((suffix, f"{suffix}-journal"))
        ]
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


def refuse_if_marked_read_only(target: Path) -> None:
    """READ_ONLY for a file its owner made read-only. A rename would replace it all the
    same (and root may write anything); the mark means "do not change this"."""
    try:
        protected = not os.stat(real_target(Path(target))).st_mode & stat.S_IWUSR
    except OSError:
        return
    if protected:
        raise ProjectFileError(FileProblem.READ_ONLY, target, "the file is marked read-only")


@contextmanager
def replacing(target: Path, suffix: str = ".tmp", passthrough: tuple[type, ...] = (), like: Path | None = None):
    """Yield a temporary path; when the block ends well it replaces ``target``.

    The new file takes the permissions and owner of the file it replaces, or
    of ``like`` when ``target`` is new (a backup is as private as its original).
    Errors become ``ProjectFileError`` (disk full, read-only, ...) except those
    of the ``passthrough`` types (e.g. a cancelled export), which are re-raised
    as they are; the temporary file is removed either way.
    """
    named = Path(target)
    target = real_target(named)
    folder = target.parent
    if not folder.is_dir():
        raise ProjectFileError(FileProblem.NOT_FOUND, folder, "folder does not exist")
    refuse_if_marked_read_only(named)
    temp = folder / f".{temp_stem(target, suffix)}.{os.urandom(4).hex()}{suffix}"
    try:
        yield temp
        keep_identity(temp, target if target.exists() or like is None else like)
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
            raise as_write_error(error, named) from error
        raise
