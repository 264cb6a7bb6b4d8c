"""What an edit changed, as a value that can be applied, inverted and merged.

A ``Changes`` is a patch: for every touched record, its kind, key, the record
before (``None`` if it was added) and after (``None`` if it was removed).
Views look at the kinds and maps it names to refresh only what they show; the
project store writes exactly these records; undo applies the inverse.
"""

from collections.abc import Hashable, Iterator
from dataclasses import dataclass

from .kinds import Kind


@dataclass(frozen=True, slots=True)
class Change:
    kind: Kind
    key: Hashable
    old: object | None
    new: object | None
    map_id: str | None  # the map the record belongs to; None for project records

    def inverted(self) -> "Change":
        return Change(self.kind, self.key, self.new, self.old, self.map_id)


@dataclass(frozen=True, slots=True)
class Changes:
    items: tuple[Change, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Change]:
        return iter(self.items)

    def inverted(self) -> "Changes":
        return Changes(tuple(c.inverted() for c in reversed(self.items)))

    def then(self, later: "Changes") -> "Changes":
        """One patch with the effect of this one followed by ``later``.

        Records touched by both keep their first ``old`` and their last
        ``new``; a record that ends as it began drops out. This is what lets
        typing in one card or repeated nudges merge into one undo step.
        """
        merged: dict[tuple[Kind, Hashable], Change] = {}
        for change in (*self.items, *later.items):
            slot = (change.kind, change.key)
            first = merged.get(slot)
            if first is None:
                merged[slot] = change
            else:
                merged[slot] = Change(change.kind, change.key, first.old, change.new, change.map_id or first.map_id)
        return Changes(tuple(c for c in merged.values() if c.old != c.new))

    @property
    def kinds(self) -> frozenset[Kind]:
        return frozenset(c.kind for c in self.items)

    @property
    def map_ids(self) -> frozenset[str]:
        return frozenset(c.map_id for c in self.items if c.map_id is not None)

    def keys(self, kind: Kind) -> list[Hashable]:
        return [c.key for c in self.items if c.kind is kind]

    def added(self, kind: Kind) -> list[object]:
        return [c.new for c in self.items if c.kind is kind and c.old is None]
