"""Side files another program left beside a project: read them, then clear them.

SQLite keeps changes outside the file in two ways. In WAL mode, committed
changes live in ``NAME-wal`` until a checkpoint copies them in; an immutable
read (how every project is opened, so nothing is written beside it) does not
see them, and a Save would drop them. A program that crashed inside a write
leaves a "hot" ``NAME-journal`` holding the pages as they were before; the
file then holds text that was never committed, and after our Save the old
journal would be "rolled back" into the new file by the next SQLite reader.

So a file with such a side file is read through a private copy (the file and
its side files copied to a temporary folder, where SQLite finishes what was
left: the WAL's commits taken in, the crashed write rolled back), never in
place; and once a Save or a repair has replaced a file, the side files of
the file it replaced are removed.
"""

import errno
import os
import shutil
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path

from . import limits
from .atomic import real_target
from .connection import open_read_write
from .errors import FileProblem, ProjectFileError
from .inspect_file import as_project_errors

# The first bytes of a rollback journal that still has to be played back. A
# journal whose header was zeroed (journal_mode=PERSIST) holds nothing pending.
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
WAL_HEADER_BYTES = 32
SUFFIXES = ("-wal", "-shm", "-journal")
# A side file holds at most the pages of the file (a journal) or a few versions of
# them (a WAL); one larger than what an open may load is not ours to copy.
MAX_SIDE_FILE_BYTES = 2 * (limits.MAX_TEXT_BYTES + limits.MAX_PICTURE_BYTES)


def side_file(path: Path, suffix: str) -> Path:
    """Beside the file SQLite would open: a symlink's target, not the link."""
    return Path(f"{real_target(Path(path))}{suffix}")


def pending_changes(path: Path) -> list[Path]:
    """The side files of ``path`` that hold changes a plain read of it misses.

    Each is looked at before it is opened (a FIFO or a device named ``-journal``
    would block a read for ever): only a regular file, not a link, within
    ``MAX_SIDE_FILE_BYTES``, is read; anything else there refuses the open
    (``PENDING_CHANGES``), since SQLite itself would follow it."""
    path = Path(path)
    pending = []
    for suffix in ("-wal", "-journal"):
        side = side_file(path, suffix)
        try:
            info = os.lstat(side)
        except FileNotFoundError:
            continue
        except OSError as error:
            if error.errno == errno.ENAMETOOLONG:
                continue  # a name near 255 bytes: its side file cannot exist
            raise ProjectFileError(FileProblem.PENDING_CHANGES, path, f"{side.name}: {error}") from error
        if not stat.S_ISREG(info.st_mode):
            raise ProjectFileError(FileProblem.PENDING_CHANGES, path, f"{side.name} is not a regular file")
        if info.st_size > MAX_SIDE_FILE_BYTES:
            raise ProjectFileError(FileProblem.PENDING_CHANGES, path, f"{side.name} holds {info.st_size} bytes")
        try:
            if suffix == "-wal":
                if info.st_size > WAL_HEADER_BYTES and _in_wal_mode(path):
                    pending.append(side)
            elif _holds_a_rollback(path, side, info.st_size):
                pending.append(side)
        except OSError as error:
            raise ProjectFileError(FileProblem.PENDING_CHANGES, path, f"{side.name}: {error}") from error
    return pending


def _holds_a_rollback(path: Path, journal: Path, size: int) -> bool:
    """A journal still to be played back (its header not zeroed). One that names a
    super-journal is refused: rolling it back makes SQLite delete the file it names,
    wherever that is (a crafted journal deleted a file of the attacker's choosing)."""
    with open(journal, "rb") as handle:
        if handle.read(len(JOURNAL_MAGIC)) != JOURNAL_MAGIC:
            return False
        # SQLite looks for a super-journal record at the journal's end: the name's
        # length, its checksum and the magic (pager.c, readSuperJournal).
        if size >= 16 + len(JOURNAL_MAGIC):
            handle.seek(size - len(JOURNAL_MAGIC))
            if handle.read(len(JOURNAL_MAGIC)) == JOURNAL_MAGIC:
                raise ProjectFileError(
                    FileProblem.PENDING_CHANGES,
                    path,
                    f"{journal.name} names a super-journal (a write across several files)",
                )
    return True


def _in_wal_mode(path: Path) -> bool:
    # Bytes 18 and 19 of the header are the file format versions: 2 means WAL.
    with open(real_target(path), "rb") as handle:
        header = handle.read(20)
    return len(header) == 20 and header[18] == 2 and header[19] == 2


@contextmanager
def settled_copy(path: Path, pending: list[Path]):
    """A private copy of ``path`` with what its side files hold finished: yields
    the copy's path (in a temporary folder that goes when the block ends)."""
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="journeymapper-") as folder:
        copy = Path(folder) / "project.jmap"
        try:
            shutil.copyfile(path, copy)
            for side in pending:
                shutil.copyfile(side, Path(f"{copy}{side.name[len(real_target(path).name) :]}"))
        except OSError as error:
            raise ProjectFileError(FileProblem.PENDING_CHANGES, path, str(error)) from error
        # Opened for writing once, as SQLite needs to finish them; DELETE mode
        # checkpoints a WAL into the copy and leaves no side file. A file too
        # damaged for that is refused as any damaged file is.
        with as_project_errors(path):
            conn, watchdog = open_read_write(copy)
            try:
                with watchdog.limit():
                    conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            finally:
                conn.close()
        yield copy


def remove_side_files(path: Path) -> None:
    """After ``path`` was replaced whole: the side files of the file it replaced
    belong to nothing now, and a journal or WAL would be applied to the new
    file by the next SQLite program that opens it."""
    for suffix in SUFFIXES:
        try:
            side_file(Path(path), suffix).unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass  # a folder we may replace files in but not delete from: nothing better to do
