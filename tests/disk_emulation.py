"""Small and read-only file systems for tests, emulated where the machine cannot mount them.

As root, the fixtures in conftest.py mount a real tmpfs: a real size limit, a
real read-only mount. Where that cannot be done (no root, no mount in a
container) the OS error is injected at the write instead. Every project,
export and backup write goes through ``persistence.atomic.replacing``, which
flushes its temporary file with ``fsync_file`` before the rename; the
emulation raises there, as the file system would, once the folder's files
pass the emulated size (ENOSPC) or at once for a read-only folder (EACCES).
The folders and their sizes travel in an environment variable, so a child
process (the command line) gets the same faults as the test process.
"""

import errno
import json
import os
from pathlib import Path

VARIABLE = "JOURNEYMAPPER_TEST_EMULATED_FOLDERS"  # {"folder": size in bytes, 0 for read-only}
READ_ONLY = 0

# Runs the command line in a child with the emulation in place: python -c BOOT args...
BOOT = "import sys, disk_emulation; disk_emulation.install(); from journeymapper.__main__ import main; sys.exit(main())"


def emulated() -> dict[str, int]:
    return json.loads(os.environ.get(VARIABLE) or "{}")


def key(folder: Path) -> str:
    return str(Path(folder).resolve())


def used_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in Path(folder).iterdir() if p.is_file())


def free_bytes(folder: Path) -> int:
    size = emulated().get(key(folder))
    if size is None:
        stats = os.statvfs(folder)
        return stats.f_bavail * stats.f_frsize
    return max(0, size - used_bytes(folder))


def fill(folder: Path, leave: int) -> Path:
    """Fill the file system of ``folder`` until only about ``leave`` bytes are free."""
    filler = Path(folder) / "filler.bin"
    with open(filler, "wb") as handle:
        handle.write(b"\0" * max(0, free_bytes(folder) - leave))
    return filler


def checked(real_fsync):
    """``fsync_file`` that fails the way a small or read-only file system would."""

    def fsync_file(path) -> None:
        path = Path(path)
        size = emulated().get(key(path.parent))
        if size == READ_ONLY:
            raise OSError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        if size is not None and used_bytes(path.parent) > size:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real_fsync(path)

    fsync_file.emulating = True
    return fsync_file


def install(put=setattr) -> None:
    """Put the faults the environment names in place (``put``: a test's monkeypatch.setattr,
    so they go again after the test; a child process keeps them)."""
    from journeymapper.persistence import atomic

    if not getattr(atomic.fsync_file, "emulating", False):
        put(atomic, "fsync_file", checked(atomic.fsync_file))
