"""Checks a file must pass before anything in it is read as a project.

In order: it exists and is a regular file; it starts with SQLite's header and
is not shorter than its header says; SQLite's own check passes; the
application id is ours; the schema version is one we know; and the schema
holds exactly our tables, columns and indexes, with no views or triggers.
"""

import sqlite3
import struct
from contextlib import contextmanager
from pathlib import Path

from .errors import FileProblem, ProjectFileError
from .migrations import OLDEST_VERSION, layout_of
from .version import APPLICATION_ID, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"


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
    return version


def check_schema(conn: sqlite3.Connection, path: Path, version: int) -> None:
    expected = layout_of(version)
    seen_tables = set()
    for kind, name, table in conn.execute("SELECT type, name, tbl_name FROM sqlite_schema").fetchall():
        if kind == "table" and name in expected:
            seen_tables.add(name)
        elif kind == "index" and table in expected and (
            name in expected[table][1] or name.startswith(f"sqlite_autoindex_{table}_")
        ):
            continue
        else:
            raise ProjectFileError(FileProblem.UNSAFE, path, f"unexpected {kind} {name!r}")
    if seen_tables != set(expected):
        raise ProjectFileError(FileProblem.CORRUPT, path, f"missing tables {sorted(set(expected) - seen_tables)}")
    for table, (columns, _indexes) in expected.items():
        # table_xinfo also lists hidden and generated columns, which we never have.
        found = {row[1] for row in conn.execute(f'PRAGMA table_xinfo("{table}")')}
        if found != columns:
            raise ProjectFileError(FileProblem.UNSAFE, path, f"columns of {table} differ: {sorted(found ^ columns)}")


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
    except (sqlite3.Error, ValueError, TypeError, OverflowError, KeyError, IndexError,
            UnicodeError, MemoryError, RecursionError, struct.error) as error:
        raise ProjectFileError(FileProblem.CORRUPT, path, f"{type(error).__name__}: {error}") from error
