"""Domain records to table rows and back, and the SQL that writes them.

The statements are built once from the schema catalogue (generated from the
SQLModel tables in ``schema.py``), so a column added there is written and read
without touching this file.
"""

import sqlite3
from collections.abc import Iterable, Mapping
from enum import Enum
from functools import cache
from typing import NamedTuple

from ..domain import Changes, Kind
from ..domain.kinds import KIND_ORDER
from .catalogue import TABLES

TABLE = {
    Kind.IMAGE: "image",
    Kind.PERSONA: "persona",
    Kind.MAP: "journey_map",
    Kind.CHANNEL: "channel",
    Kind.PHASE: "phase",
    Kind.STEP: "step",
    Kind.LANE: "lane",
    Kind.CARD: "card",
    Kind.EMOTION: "emotion",
    Kind.STEP_CHANNELS: "step_channel",
    Kind.METRIC: "metric",
    Kind.STEP_IMAGE: "step_image",
}


def _quoted(names) -> str:
    return ", ".join(f'"{name}"' for name in names)


def columns(table: str) -> tuple[str, ...]:
    return TABLES[table]["columns"]


def _insert_sql(table: str) -> str:
    cols = columns(table)
    return f'INSERT OR REPLACE INTO "{table}" ({_quoted(cols)}) VALUES ({", ".join("?" * len(cols))})'


def _delete_sql(kind: Kind) -> str:
    table = TABLE[kind]
    # A step's channels are several rows; they go together by (lane, step).
    keys = ("lane_id", "step_id") if kind is Kind.STEP_CHANNELS else TABLES[table]["primary_key"]
    return f'DELETE FROM "{table}" WHERE ' + " AND ".join(f'"{k}" = ?' for k in keys)


class Statements(NamedTuple):
    insert: dict
    delete: dict
    select: dict
    columns: dict  # kind -> column names, in the order of the statements


@cache
def statements() -> Statements:
    """The SQL for every kind, built from the schema catalogue the first time a file is read or written."""
    return Statements(
        insert={kind: _insert_sql(table) for kind, table in TABLE.items()},
        delete={kind: _delete_sql(kind) for kind in TABLE},
        select={kind: f'SELECT {_quoted(columns(table))} FROM "{table}"' for kind, table in TABLE.items()},
        columns={kind: tuple(columns(table)) for kind, table in TABLE.items()},
    )


def _plain(value):
    return value.value if isinstance(value, Enum) else value


def rows_of(kind: Kind, record) -> list[tuple]:
    if kind is Kind.STEP_CHANNELS:
        return [(record.lane_id, record.step_id, channel_id) for channel_id in sorted(record.channel_ids)]
    return [tuple(_plain(getattr(record, name)) for name in statements().columns[kind])]


def key_params(kind: Kind, key) -> tuple:
    return tuple(key) if isinstance(key, tuple) else (key,)


def write_changes(conn: sqlite3.Connection, changes: Changes) -> None:
    """Write a patch; the caller owns the transaction."""
    sql = statements()
    # Inserts of one kind in a row go to SQLite together, in the patch's order
    # (a paste of 20,000 lines: one statement run for all, not 20,000).
    pending: list[tuple] = []
    pending_kind: Kind | None = None
    for change in changes:
        kind = change.kind
        if change.new is None or kind is Kind.STEP_CHANNELS:
            if pending:
                conn.executemany(sql.insert[pending_kind], pending)
                pending = []
            conn.execute(sql.delete[kind], key_params(kind, change.key))
        if change.new is not None:
            if kind is not pending_kind and pending:
                conn.executemany(sql.insert[pending_kind], pending)
                pending = []
            pending_kind = kind
            pending.extend(rows_of(kind, change.new))
    if pending:
        conn.executemany(sql.insert[pending_kind], pending)


def write_tables(conn: sqlite3.Connection, tables: Mapping[Kind, Iterable]) -> None:
    """Insert the records of each kind into empty tables."""
    insert = statements().insert
    for kind in KIND_ORDER:
        rows = [row for record in tables.get(kind, ()) for row in rows_of(kind, record)]
        if rows:
            conn.executemany(insert[kind], rows)
