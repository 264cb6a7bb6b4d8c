"""Edits of maps as a whole: add, rename, context, scale, order, delete, duplicate,
and of a map's channel list."""

import dataclasses
from typing import Any

from .cascade import remove_cells
from .changes import Changes
from .kinds import CELL_KINDS, Kind
from .reads import DocumentReads
from .records import Channel, JourneyMap
from .rules import KEEP, check_icon, check_index, check_name, check_scale, check_text
from .store import Patch


class MapEdits(DocumentReads):
    # -- maps --------------------------------------------------------------
    def add_map(
        self, title: str, *, index: int | None = None, id: str | None = None, scale: tuple[int, int] = (1, 5)
    ) -> Changes:
        check_name(title, "title")
        low, high = check_scale(*scale)
        maps = self.maps()
        index = check_index(index, len(maps))
        new = JourneyMap(id=id or self.new_id(), position=index, title=title, scale_min=low, scale_max=high)
        patch = Patch(self.store)
        patch.renumber(maps[:index] + [new] + maps[index:])
        return patch.commit()

    def rename_map(self, map_id: str, title: str) -> Changes:
        return self.set_map_context(map_id, title=title)

    def set_map_context(
        self, map_id: str, *, title=KEEP, persona_id=KEEP, trigger=KEEP, goal=KEEP, scenario=KEEP
    ) -> Changes:
        current = self.map(map_id)
        fields: dict[str, Any] = {}
        if title is not KEEP:
            fields["title"] = check_name(title, "title")
        if persona_id is not KEEP:
            if persona_id is not None:
                self.persona(persona_id)
            fields["persona_id"] = persona_id
        for name, value in (("trigger", trigger), ("goal", goal), ("scenario", scenario)):
            if value is not KEEP:
                fields[name] = check_text(value, name)
        patch = Patch(self.store)
        patch.put(dataclasses.replace(current, **fields))
        return patch.commit()

    def set_scale(self, map_id: str, low: int, high: int) -> Changes:
        """Change the emotion scale; scores outside the new scale move to its nearest end."""
        current = self.map(map_id)
        low, high = check_scale(low, high)
        patch = Patch(self.store)
        patch.put(dataclasses.replace(current, scale_min=low, scale_max=high))
        for lane in self.lanes(map_id):
            for emotion in self.store.group(Kind.EMOTION, lane.id):
                clamped = min(max(emotion.score, low), high)
                if clamped != emotion.score:
                    patch.put(dataclasses.replace(emotion, score=clamped))
        return patch.commit()

    def delete_map(self, map_id: str) -> Changes:
        self.map(map_id)
        patch = Patch(self.store)
        steps = self.map_steps(map_id)
        lanes = self.lanes(map_id)
        remove_cells(self.store, patch, [lane.id for lane in lanes], [step.id for step in steps])
        for step in steps:
            patch.remove(Kind.STEP, step.id)
        for kind, records in (
            (Kind.PHASE, self.phases(map_id)),
            (Kind.LANE, lanes),
            (Kind.CHANNEL, self.channels(map_id)),
        ):
            for record in records:
                patch.remove(kind, record.id)
        patch.remove(Kind.MAP, map_id)
        patch.renumber([m for m in self.maps() if m.id != map_id])
        return patch.commit()

    def duplicate_map(self, map_id: str, title: str | None = None) -> Changes:
        """A copy of the map with new ids, placed right after it."""
        source = self.map(map_id)
        new_title = check_name(source.title if title is None else title, "title")
        ids: dict[str, str] = {}

        def fresh(old_id: str) -> str:
            return ids.setdefault(old_id, self.new_id())

        patch = Patch(self.store)
        copy = dataclasses.replace(source, id=fresh(source.id), title=new_title, position=source.position + 1)
        maps = self.maps()
        patch.renumber(maps[: source.position + 1] + [copy] + maps[source.position + 1 :])
        for channel in self.channels(map_id):
            patch.put(dataclasses.replace(channel, id=fresh(channel.id), map_id=copy.id))
        for phase in self.phases(map_id):
            patch.put(dataclasses.replace(phase, id=fresh(phase.id), map_id=copy.id))
            for step in self.steps(phase.id):
                patch.put(dataclasses.replace(step, id=fresh(step.id), phase_id=ids[phase.id]))
        steps = self.map_steps(map_id)
        for lane in self.lanes(map_id):
            patch.put(dataclasses.replace(lane, id=fresh(lane.id), map_id=copy.id))
            for step in steps:
                cell: dict[str, Any] = {"lane_id": ids[lane.id], "step_id": ids[step.id]}
                for card in self.cards(lane.id, step.id):
                    patch.put(dataclasses.replace(card, id=fresh(card.id), **cell))
                for kind in CELL_KINDS:
                    value = self.store.get(kind, (lane.id, step.id))
                    if value is None:
                        continue
                    if kind is Kind.STEP_CHANNELS:
                        cell["channel_ids"] = frozenset(ids[c] for c in value.channel_ids if c in ids)
                    patch.put(dataclasses.replace(value, **cell))
                    cell.pop("channel_ids", None)
        return patch.commit()

    # -- the map's channel list ----------------------------------------------
    def add_channel(
        self, map_id: str, name: str, icon: str, *, index: int | None = None, id: str | None = None
    ) -> Changes:
        self.map(map_id)
        check_name(name, "name")
        check_icon(icon)
        siblings = self.channels(map_id)
        index = check_index(index, len(siblings))
        new = Channel(id=id or self.new_id(), map_id=map_id, position=index, name=name, icon=icon)
        patch = Patch(self.store)
        patch.renumber(siblings[:index] + [new] + siblings[index:])
        return patch.commit()

    def update_channel(self, channel_id: str, *, name=KEEP, icon=KEEP) -> Changes:
        current = self.channel(channel_id)
        fields: dict[str, Any] = {}
        if name is not KEEP:
            fields["name"] = check_name(name, "name")
        if icon is not KEEP:
            fields["icon"] = check_icon(icon)
        patch = Patch(self.store)
        patch.put(dataclasses.replace(current, **fields))
        return patch.commit()

    def delete_channel(self, channel_id: str) -> Changes:
        """Remove a channel from the list and from every step that used it."""
        channel = self.channel(channel_id)
        patch = Patch(self.store)
        for lane in self.lanes(channel.map_id):
            for cell in self.store.group(Kind.STEP_CHANNELS, lane.id):
                if channel_id in cell.channel_ids:
                    rest = cell.channel_ids - {channel_id}
                    if rest:
                        patch.put(dataclasses.replace(cell, channel_ids=rest))
                    else:
                        patch.remove(Kind.STEP_CHANNELS, (cell.lane_id, cell.step_id))
        patch.remove(Kind.CHANNEL, channel_id)
        patch.renumber([c for c in self.channels(channel.map_id) if c.id != channel_id])
        return patch.commit()
