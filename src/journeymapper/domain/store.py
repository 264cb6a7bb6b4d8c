"""The in-memory tables of a project and the patch that edits stage into.

``RecordStore`` holds one dict per record kind plus an index of sibling
groups, so "the cards of this cell" or "the steps of this phase" cost the size
of the answer, not of the project. Nothing here knows what a journey map
means; ``document.py`` adds that.
"""

import dataclasses
from collections.abc import Hashable, Iterable
from typing import Any

from .changes import Change, Changes
from .errors import EditError, EditProblem
from .kinds import CELL_KINDS, Kind, group_of, key_of, kind_of


class RecordStore:
    def __init__(self) -> None:
        self._tables: dict[Kind, dict[Hashable, object]] = {k: {} for k in Kind}
        self._groups: dict[Kind, dict[Hashable, set[Hashable]]] = {k: {} for k in Kind}

    # -- reading -----------------------------------------------------------
    def get(self, kind: Kind, key: Hashable):
        return self._tables[kind].get(key)

    def require(self, kind: Kind, key: Hashable):
        record = self._tables[kind].get(key)
        if record is None:
            raise EditError(EditProblem.NOT_FOUND, kind=kind.value, key=key)
        return record

    def all(self, kind: Kind) -> list:
        return list(self._tables[kind].values())

    def count(self, kind: Kind) -> int:
        return len(self._tables[kind])

    def group_size(self, kind: Kind, group: Hashable) -> int:
        """How many records one sibling group has (without reading them)."""
        return len(self._groups[kind].get(group, ()))

    def group(self, kind: Kind, group: Hashable) -> list:
        """The records of one sibling group, in position order where they have one."""
        table = self._tables[kind]
        records: list[Any] = [table[key] for key in self._groups[kind].get(group, ())]
        if kind not in CELL_KINDS and kind is not Kind.IMAGE:
            records.sort(key=lambda r: r.position)
        return records

    def snapshot(self) -> dict[Kind, dict[Hashable, object]]:
        """A copy of every table, for comparing two documents."""
        return {kind: dict(table) for kind, table in self._tables.items()}

    # -- writing -----------------------------------------------------------
    def load(self, records: Iterable[object]) -> None:
        """Put records in without checks; the project loader checks them first."""
        tables, groups = self._tables, self._groups
        for record in records:
            kind = kind_of(record)
            key = key_of(kind, record)
            if key in tables[kind]:
                self._set(kind, key, None, record)
            else:  # the common case, without looking for a record to take out of its group
                tables[kind][key] = record
                groups[kind].setdefault(group_of(kind, record), set()).add(key)

    def apply(self, changes: Changes) -> Changes:
        """Apply a patch whose ``old`` values must match what is here now.

        Undo and redo go through this; a mismatch means the history no
        longer fits the document, and nothing is applied.
        """
        for change in changes:
            if self._tables[change.kind].get(change.key) != change.old:
                raise EditError(EditProblem.STALE_CHANGE, kind=change.kind.value, key=change.key)
        for change in changes:
            self._set(change.kind, change.key, change.old, change.new)
        return changes

    def _set(self, kind: Kind, key: Hashable, old, new) -> None:
        groups = self._groups[kind]
        current = self._tables[kind].get(key)
        if current is not None:
            members = groups.get(group_of(kind, current))
            if members is not None:
                members.discard(key)
                if not members:
                    del groups[group_of(kind, current)]
        if new is None:
            self._tables[kind].pop(key, None)
        else:
            self._tables[kind][key] = new
            groups.setdefault(group_of(kind, new), set()).add(key)


class Patch:
    """Records staged by one edit; nothing reaches the store until ``commit``.

    An edit reads through the patch (so it sees its own staged records),
    raises ``EditError`` if anything is wrong, and otherwise commits. Because
    the checks come before the commit, a refused edit changes nothing.
    """

    def __init__(self, store: RecordStore) -> None:
        self._store = store
        self._staged: dict[tuple[Kind, Hashable], object | None] = {}

    def get(self, kind: Kind, key: Hashable):
        slot = (kind, key)
        if slot in self._staged:
            return self._staged[slot]
        return self._store.get(kind, key)

    def put(self, record) -> None:
        kind = kind_of(record)
        self._staged[(kind, key_of(kind, record))] = record

    def remove(self, kind: Kind, key: Hashable) -> None:
        self._staged[(kind, key)] = None

    def renumber(self, records: Iterable) -> None:
        """Give ``records`` the positions 0, 1, 2, ... in the order given."""
        for index, record in enumerate(records):
            placed = record if record.position == index else dataclasses.replace(record, position=index)
            kind = kind_of(placed)
            if self.get(kind, key_of(kind, placed)) != placed:  # new, moved or renumbered
                self.put(placed)

    def commit(self) -> Changes:
        items = []
        for (kind, key), new in self._staged.items():
            old = self._store.get(kind, key)
            if old != new:
                items.append(Change(kind, key, old, new, self._map_of(kind, new if new is not None else old)))
        return self._store.apply(Changes(tuple(items)))

    def _any(self, kind: Kind, key: Hashable):
        """A record as staged, or as stored if the patch removes it."""
        staged = self._staged.get((kind, key))
        return staged if staged is not None else self._store.get(kind, key)

    def _map_of(self, kind: Kind, record) -> str | None:
        if kind is Kind.MAP:
            return record.id
        if kind in (Kind.CHANNEL, Kind.PHASE, Kind.LANE):
            return record.map_id
        if kind is Kind.STEP:
            phase = self._any(Kind.PHASE, record.phase_id)
            return phase.map_id if phase is not None else None
        if kind is Kind.CARD or kind in CELL_KINDS:
            lane = self._any(Kind.LANE, record.lane_id)
            return lane.map_id if lane is not None else None
        return None
