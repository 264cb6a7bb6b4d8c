"""Opening SQLite connections the safe way.

Every project file is treated as hostile until checked: it may come by e-mail
and may be damaged or built to do harm. So connections to it trust nothing in
its schema, refuse oversized values, never attach other files, and run every
query under a watchdog that interrupts it after a time limit.
"""

import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path

# A value larger than the largest image we store (10 MB) plus room.
MAX_VALUE_BYTES = 32 * 1024 * 1024
# How long one statement may run before the watchdog interrupts it.
WATCHDOG_SECONDS = 10.0


def decode_text(raw: bytes) -> str:
    # A damaged file can hold invalid UTF-8; show replacement characters
    # instead of failing the whole open with a UnicodeDecodeError.
    return raw.decode("utf-8", "replace")


class Watchdog:
    """Interrupts queries that run past a deadline.

    A recursive view or a damaged b-tree can make one query run for ever;
    everything done with an untrusted file runs inside ``limit()``. SQLite
    calls the handler every few thousand virtual-machine steps, so the cost
    is a clock read now and then.
    """

    def __init__(self, conn: sqlite3.Connection, seconds: float) -> None:
        self.seconds = seconds
        self._deadline: float | None = None
        conn.set_progress_handler(self._check, 10_000)

    def _check(self) -> int:
        return 1 if self._deadline is not None and time.monotonic() > self._deadline else 0

    def check(self) -> None:
        """For the Python side of a read (building records after SQLite is done),
        which the progress handler never sees: past the deadline, the same
        interruption SQLite would raise."""
        if self._check():
            raise sqlite3.OperationalError("interrupted: reading the records took too long")

    @contextmanager
    def limit(self, seconds: float | None = None):
        previous = self._deadline
        self._deadline = time.monotonic() + (self.seconds if seconds is None else seconds)
        try:
            yield
        finally:
            self._deadline = previous


def harden(conn: sqlite3.Connection, watchdog_seconds: float = WATCHDOG_SECONDS) -> Watchdog:
    conn.text_factory = decode_text
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 1_000_000)
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    conn.setlimit(sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH, 1)
    for pragma in ("trusted_schema=OFF", "cell_size_check=ON", "mmap_size=0", "foreign_keys=OFF"):
        conn.execute(f"PRAGMA {pragma}")
    return Watchdog(conn, watchdog_seconds)


def open_read_only(path: Path, watchdog_seconds: float = WATCHDOG_SECONDS) -> tuple[sqlite3.Connection, Watchdog]:
    """A connection that cannot write to ``path`` or beside it.

    ``immutable`` as well as read-only: a file left in WAL mode would otherwise
    make SQLite create ``-wal`` and ``-shm`` files next to it (and fail in a
    read-only folder), and a journal beside it would be "rolled back" into it.
    Our own files are never written in place (saves replace them whole) and a
    working copy is settled before it is read (``settle_working_copy``).
    """
    uri = Path(path).absolute().as_uri() + "?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        watchdog = harden(conn, watchdog_seconds)
        conn.execute("PRAGMA query_only=ON")
    except BaseException:
        conn.close()
        raise
    return conn, watchdog


def open_read_write(path: Path, watchdog_seconds: float = WATCHDOG_SECONDS) -> tuple[sqlite3.Connection, Watchdog]:
    """A connection to a file we own (working copy, temp file of a save)."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        watchdog = harden(conn, watchdog_seconds)
        # Rollback journal, not WAL: WAL keeps committed data in side files that
        # get lost when a file is copied or mailed. FULL: fsync on every commit.
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA synchronous=FULL")
    except BaseException:
        conn.close()
        raise
    return conn, watchdog
