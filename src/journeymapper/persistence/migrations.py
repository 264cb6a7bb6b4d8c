"""Hand-written migrations between schema versions.

``MIGRATIONS[v]`` brings a database from version ``v`` to ``v + 1``. They run
on an in-memory copy of the file being opened (see ``project_file.py``), so a
failed or interrupted migration never touches a file on disk; the migrated
project is written when the user saves.

``LAYOUT_CHANGES[v + 1]`` records what version ``v + 1`` added, so the full
definition of every table of an older version can be derived from the
current schema (``definitions.expected``).
"""

import sqlite3

from .version import SCHEMA_VERSION

OLDEST_VERSION = 1


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    # Version 2: steps (columns) can be given a width by dragging their border.
    conn.execute("ALTER TABLE step ADD COLUMN width FLOAT NOT NULL DEFAULT 0")


MIGRATIONS = {1: _v1_to_v2}

# version -> {table: (columns added in that version, indexes added)}
LAYOUT_CHANGES: dict[int, dict[str, tuple[set[str], set[str]]]] = {
    2: {"step": ({"width"}, set())},
}


def migrate(conn: sqlite3.Connection, version: int) -> int:
    """Bring ``conn`` from ``version`` to the current one in one transaction."""
    if version == SCHEMA_VERSION:
        return version
    conn.execute("BEGIN IMMEDIATE")
    try:
        for step in range(version, SCHEMA_VERSION):
            MIGRATIONS[step](conn)
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return SCHEMA_VERSION


assert set(MIGRATIONS) == set(range(OLDEST_VERSION, SCHEMA_VERSION)), "a migration is missing"
