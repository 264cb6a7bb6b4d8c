"""Checks a file must pass before anything in it is read as a project.

In order: it exists and is a regular file; it starts with SQLite's header and
is not shorter than its header says; SQLite's own check passes; the
application id is ours; the schema version is one we know; and the schema
holds exactly our tables and indexes, each defined as ours (column types,
constraints, generated columns, index expressions), with no views or triggers.
"""

import sqlite3
import struct
from contextlib import contextmanager
from pathlib import Path

from . import limits
from .catalogue import TABLES
from .definitions import describe, differences
from .errors import FileProblem, ProjectFileError
from .migrations import OLDEST_VERSION
from .version import APPLICATION_ID, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
# Ours has 25 (tables, indexes, their automatic indexes); describing each costs a few pragmas.
MAX_SCHEMA_OBJECTS = 100
# Every column but the picture bytes may hold text in a hostile file (SQLite keeps any type anywhere).
TEXT_COLUMNS = {
    table: tuple(c for c in spec["columns"] if (table, c) != ("image", "data")) for table, spec in TABLES.items()
}


def check_path(path: Path) -> None:
    """Cheap checks on the bytes, before SQLite sees the file."""
    try:
        if not path.exists():
            raise ProjectFileError(FileProblem.NOT_FOUND, path)
        if not path.is_file():
            raise ProjectFileError(FileProblem.NOT_A_FILE, path)
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(100)
    except PermissionError as error:
        raise ProjectFileError(FileProblem.READ_ONLY, path, str(error)) from error
    except OSError as error:
        raise ProjectFileError(FileProblem.CORRUPT, path, str(error)) from error
    if not header.startswith(SQLITE_HEADER):
        raise ProjectFileError(FileProblem.NOT_SQLITE, path)
    if len(header) < 100:
        raise ProjectFileError(FileProblem.CORRUPT, path, "header cut short")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise ProjectFileError(FileProblem.CORRUPT, path, "bad page size")
    page_count = struct.unpack(">I", header[28:32])[0]
    change_counter, valid_for = struct.unpack(">I", header[24:28])[0], struct.unpack(">I", header[92:96])[0]
    if size % page_size:
        raise ProjectFileError(FileProblem.CORRUPT, path, "size is not a whole number of pages")
    if change_counter == valid_for and page_count * page_size > size:
        raise ProjectFileError(FileProblem.CORRUPT, path, "file is shorter than its header says")


def check_database(conn: sqlite3.Connection, path: Path, full: bool = False) -> int:
    """Check an open connection; returns the file's schema version."""
    verdict = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
    if verdict != [("ok",)]:
        raise ProjectFileError(FileProblem.CORRUPT, path, "; ".join(str(r[0]) for r in verdict[:5]))
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if application_id != APPLICATION_ID:
        raise ProjectFileError(FileProblem.FOREIGN, path, f"application_id {application_id:#x}")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise ProjectFileError(FileProblem.NEWER_VERSION, path, f"version {version}", version=version)
    if version < OLDEST_VERSION:
        raise ProjectFileError(FileProblem.FOREIGN, path, f"version {version}")
    check_schema(conn, path, version)
    check_size(conn, path)
    return version


def check_schema(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """The file holds exactly our tables and indexes, each defined exactly as ours
    (``definitions``): no views, triggers or extra tables, and no table or index
    of ours redefined under its own name."""
    count = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
    if count > MAX_SCHEMA_OBJECTS:
        raise ProjectFileError(FileProblem.UNSAFE, path, f"{count} schema objects")
    unsafe, missing = differences(describe(conn), version)
    if unsafe:
        raise ProjectFileError(FileProblem.UNSAFE, path, "; ".join(unsafe[:5]))
    if missing:
        raise ProjectFileError(FileProblem.CORRUPT, path, f"missing tables {missing}")


def check_size(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a file that holds more than an open may load (``limits``), before
    any of it is read: rows are counted from the b-trees, pictures from their
    sizes, and text is measured only when the file is big enough to need it
    (a value takes at least its own size on disk)."""
    rows = sum(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in TABLES)
    if rows > limits.MAX_ROWS:
        raise ProjectFileError(
            FileProblem.TOO_LARGE, path, f"{rows} rows", what="rows", found=rows, limit=limits.MAX_ROWS
        )
    for what, sql, limit in (
        (
            "steps",
            (
                "SELECT max(n) FROM (SELECT count(*) AS n FROM step JOIN phase ON phase.id = step.phase_id "
                "GROUP BY phase.map_id)"
            ),
            limits.MAX_STEPS_PER_MAP,
        ),
        ("lanes", "SELECT max(n) FROM (SELECT count(*) AS n FROM lane GROUP BY map_id)", limits.MAX_LANES_PER_MAP),
    ):
        most = conn.execute(sql).fetchone()[0] or 0
        if most > limit:
            raise ProjectFileError(
                FileProblem.TOO_LARGE, path, f"a map with {most} {what}", what=what, found=most, limit=limit
            )
    pictures = conn.execute("SELECT total(length(data)) FROM image").fetchone()[0]
    if pictures > limits.MAX_PICTURE_BYTES:
        raise ProjectFileError(
            FileProblem.TOO_LARGE,
            path,
            f"{pictures:.0f} bytes of pictures",
            what="pictures",
            found=int(pictures),
            limit=limits.MAX_PICTURE_BYTES,
        )
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    stored = conn.execute("PRAGMA page_count").fetchone()[0] * page_size
    if stored - pictures <= limits.MAX_TEXT_BYTES:
        return
    text = 0.0
    for table, columns in TEXT_COLUMNS.items():
        sums = ", ".join(f'total(length(CAST("{column}" AS BLOB)))' for column in columns)
        text += sum(conn.execute(f'SELECT {sums} FROM "{table}"').fetchone())
    if text > limits.MAX_TEXT_BYTES:
        raise ProjectFileError(
            FileProblem.TOO_LARGE,
            path,
            f"{text:.0f} bytes of text",
            what="text",
            found=int(text),
            limit=limits.MAX_TEXT_BYTES,
        )


@contextmanager
def as_project_errors(path: Path):
    """Turn anything a damaged file can make the libraries raise into our one
    error type. A corrupt file sometimes raises UnicodeDecodeError or
    OverflowError rather than a database error."""
    try:
        yield
    except ProjectFileError:
        raise
    except sqlite3.OperationalError as error:
        if "interrupted" in str(error):
            raise ProjectFileError(FileProblem.TOO_SLOW, path, str(error)) from error
        raise ProjectFileError(FileProblem.CORRUPT, path, str(error)) from error
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error):
            raise ProjectFileError(FileProblem.NOT_SQLITE, path, str(error)) from error
        raise ProjectFileError(FileProblem.CORRUPT, path, str(error)) from error
    except (
        sqlite3.Error,
        ValueError,
        TypeError,
        OverflowError,
        KeyError,
        IndexError,
        UnicodeError,
        MemoryError,
        RecursionError,
        struct.error,
    ) as error:
        raise ProjectFileError(FileProblem.CORRUPT, path, f"{type(error).__name__}: {error}") from error
