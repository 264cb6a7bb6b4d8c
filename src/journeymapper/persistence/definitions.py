"""What each table and index of a project file is, compared in full.

Names are not enough: a ``card.text`` redefined as a generated column
(``text AS (zeroblob(30000000)) VIRTUAL``) keeps every name and makes each
read allocate 30 MB; an index with our name and a ``WHERE`` or an expression
runs its expression on every row. So every object of a file is described by
everything SQLite knows of it (``table_xinfo``: declared type, NOT NULL,
default, primary key, hidden and generated; ``table_list``: strict and
without-rowid; the index columns, collations, uniqueness and partial flag;
foreign keys; and the statement itself, with spaces normalised, which also
holds CHECK and COLLATE clauses no pragma shows) and compared with the same
description of a database made from our own schema of that version.
"""

import re
import sqlite3
from functools import cache

from .catalogue import DDL
from .migrations import LAYOUT_CHANGES
from .version import SCHEMA_VERSION

_SPACE = re.compile(r"\s+")
_AROUND_PUNCTUATION = re.compile(r"\s*([(),])\s*")
_QUOTED_NAME = re.compile(r'"([A-Za-z_][A-Za-z0-9_]*)"|`([A-Za-z_][A-Za-z0-9_]*)`|\[([A-Za-z_][A-Za-z0-9_]*)\]')


def normalised_sql(sql: str | None) -> str | None:
    """A statement with runs of white space made one, none around brackets and
    commas, and letters lowered: the same definition written on one line or
    on many, with plain names quoted or not, compares equal; any other
    difference (a comment, a clause) does not."""
    if sql is None:
        return None
    sql = _QUOTED_NAME.sub(lambda match: next(name for name in match.groups() if name), sql)
    return _AROUND_PUNCTUATION.sub(r"\1", _SPACE.sub(" ", sql)).strip().lower()


Description = dict[tuple[str, str], tuple]


def describe(conn: sqlite3.Connection) -> Description:
    """{(type, name): everything that defines it} for every object in the file."""
    described: Description = {}
    objects = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema").fetchall()
    for kind, name, table, sql in objects:
        if kind == "table":
            quoted = _quoted(name)
            described[(kind, name)] = (
                normalised_sql(sql),
                tuple(row[1:] for row in conn.execute(f"PRAGMA table_xinfo({quoted})")),
                tuple(row[2:] for row in conn.execute(f"PRAGMA table_list({quoted})")),
                tuple(row[2:] for row in conn.execute(f"PRAGMA foreign_key_list({quoted})")),
            )
        elif kind == "index":
            quoted = _quoted(name)
            flags = [row[2:] for row in conn.execute(f"PRAGMA index_list({_quoted(table)})") if row[1] == name]
            described[(kind, name)] = (
                table,
                normalised_sql(sql),
                tuple(flags),
                tuple(row[1:] for row in conn.execute(f"PRAGMA index_xinfo({quoted})")),
            )
        else:
            described[(kind, name)] = (table, normalised_sql(sql))
    return described


def _quoted(name: str) -> str:
    return '"' + str(name).replace('"', '""') + '"'


@cache
def expected(version: int) -> Description:
    """The description of a file of ``version``, made once from our own schema:
    today's statements, then for each newer version what it added taken away
    again (SQLite's DROP COLUMN rewrites the statement as an older version
    wrote it, up to spaces)."""
    conn = sqlite3.connect(":memory:")
    try:
        for statement in DDL:
            conn.execute(statement)
        for newer in range(SCHEMA_VERSION, version, -1):
            for table, (columns, indexes) in LAYOUT_CHANGES.get(newer, {}).items():
                for index in sorted(indexes):
                    conn.execute(f"DROP INDEX {_quoted(index)}")
                for column in sorted(columns):
                    conn.execute(f"ALTER TABLE {_quoted(table)} DROP COLUMN {_quoted(column)}")
        return describe(conn)
    finally:
        conn.close()


def differences(found: Description, version: int) -> tuple[list[str], list[str]]:
    """(what is unsafe, what is missing): objects not ours or defined otherwise
    than ours, and tables of ours the file lacks. An index of ours that is
    missing is neither: it only makes reading slower, and saving writes it."""
    want = expected(version)
    unsafe = []
    for key, description in found.items():
        if key not in want:
            unsafe.append(f"unexpected {key[0]} {key[1]!r}")
        elif description != want[key]:
            unsafe.append(f"{key[0]} {key[1]!r} is defined differently")
    missing = sorted(name for kind, name in want if kind == "table" and ("table", name) not in found)
    return unsafe, missing
