"""Edits of a map's grid: phases, their steps (the columns) and lanes (the rows)."""

import dataclasses
from typing import Any

from .cascade import remove_cells
from .changes import Changes
from .errors import EditError, EditProblem
from .kinds import Kind
from .reads import DocumentReads
from .records import Lane, LaneKind, Phase, Step
from .rules import KEEP, MAX_LANES_PER_MAP, MAX_STEPS_PER_MAP, check_color, check_index, check_name, check_width
from .store import Patch


class StructureEdits(DocumentReads):
    # -- phases ------------------------------------------------------------
    def add_phase(
        self,
        map_id: str,
        name: str,
        *,
        index: int | None = None,
        color: str = "",
        id: str | None = None,
        step_id: str | None = None,
        step_name: str = "",
    ) -> Changes:
        """Add a phase with its first step (a phase is never without one)."""
        self.map(map_id)
        check_name(name, "name")
        check_name(step_name, "name")
        self._room_for_a_step(map_id)
        color = check_color(color)
        siblings = self.phases(map_id)
        index = check_index(index, len(siblings))
        phase = Phase(id=id or self.new_id(), map_id=map_id, position=index, name=name, color=color)
        patch = Patch(self.store)
        patch.renumber(siblings[:index] + [phase] + siblings[index:])
        patch.put(Step(id=step_id or self.new_id(), phase_id=phase.id, position=0, name=step_name))
        return patch.commit()

    def _room_for_a_step(self, map_id: str) -> None:
        if len(self.map_steps(map_id)) >= MAX_STEPS_PER_MAP:
            raise EditError(EditProblem.TOO_MANY, what="steps", limit=MAX_STEPS_PER_MAP)

    def update_phase(self, phase_id: str, *, name=KEEP, color=KEEP) -> Changes:
        current = self.phase(phase_id)
        fields: dict[str, Any] = {}
        if name is not KEEP:
            fields["name"] = check_name(name, "name")
        if color is not KEEP:
            fields["color"] = check_color(color)
        patch = Patch(self.store)
        patch.put(dataclasses.replace(current, **fields))
        return patch.commit()

    def rename_phase(self, phase_id: str, name: str) -> Changes:
        return self.update_phase(phase_id, name=name)

    def recolor_phase(self, phase_id: str, color: str) -> Changes:
        return self.update_phase(phase_id, color=color)

    def move_phase(self, phase_id: str, index: int) -> Changes:
        moving = self.phase(phase_id)
        others = [p for p in self.phases(moving.map_id) if p.id != phase_id]
        index = check_index(index, len(others))
        patch = Patch(self.store)
        patch.renumber(others[:index] + [moving] + others[index:])
        return patch.commit()

    def delete_phase(self, phase_id: str) -> Changes:
        """Remove a phase with its steps and everything in their cells; a map keeps one phase."""
        phase = self.phase(phase_id)
        if len(self.phases(phase.map_id)) == 1:  # a map without columns has nowhere to put a card
            raise EditError(EditProblem.LAST_PHASE)
        steps = self.steps(phase_id)
        patch = Patch(self.store)
        remove_cells(self.store, patch, [lane.id for lane in self.lanes(phase.map_id)], [s.id for s in steps])
        for step in steps:
            patch.remove(Kind.STEP, step.id)
        patch.remove(Kind.PHASE, phase_id)
        patch.renumber([p for p in self.phases(phase.map_id) if p.id != phase_id])
        return patch.commit()

    # -- steps -------------------------------------------------------------
    def add_step(self, phase_id: str, name: str = "", *, index: int | None = None, id: str | None = None) -> Changes:
        self._room_for_a_step(self.phase(phase_id).map_id)
        check_name(name, "name")
        siblings = self.steps(phase_id)
        index = check_index(index, len(siblings))
        step = Step(id=id or self.new_id(), phase_id=phase_id, position=index, name=name)
        patch = Patch(self.store)
        patch.renumber(siblings[:index] + [step] + siblings[index:])
        return patch.commit()

    def update_step(self, step_id: str, *, name=KEEP, width=KEEP) -> Changes:
        current = self.step(step_id)
        fields: dict[str, Any] = {}
        if name is not KEEP:
            fields["name"] = check_name(name, "name")
        if width is not KEEP:
            fields["width"] = check_width(width)
        patch = Patch(self.store)
        patch.put(dataclasses.replace(current, **fields))
        return patch.commit()

    def rename_step(self, step_id: str, name: str) -> Changes:
        return self.update_step(step_id, name=name)

    def move_step(self, step_id: str, phase_id: str, index: int) -> Changes:
        """Move a step within its phase or into another phase of the same map."""
        moving = self.step(step_id)
        source = self.phase(moving.phase_id)
        target = self.phase(phase_id)
        if target.map_id != source.map_id:
            raise EditError(EditProblem.NOT_SAME_MAP)
        if target.id != source.id and len(self.steps(source.id)) == 1:
            raise EditError(EditProblem.LAST_STEP)
        others = [s for s in self.steps(phase_id) if s.id != step_id]
        index = check_index(index, len(others))
        patch = Patch(self.store)
        moved = dataclasses.replace(moving, phase_id=phase_id)
        if target.id != source.id:
            patch.renumber([s for s in self.steps(source.id) if s.id != step_id])
        patch.put(moved)
        patch.renumber(others[:index] + [moved] + others[index:])
        return patch.commit()

    def delete_step(self, step_id: str) -> Changes:
        step = self.step(step_id)
        siblings = self.steps(step.phase_id)
        if len(siblings) == 1:
            raise EditError(EditProblem.LAST_STEP)
        patch = Patch(self.store)
        map_id = self.phase(step.phase_id).map_id
        remove_cells(self.store, patch, [lane.id for lane in self.lanes(map_id)], [step_id])
        patch.remove(Kind.STEP, step_id)
        patch.renumber([s for s in siblings if s.id != step_id])
        return patch.commit()

    # -- lanes -------------------------------------------------------------
    def add_lane(
        self,
        map_id: str,
        kind: LaneKind,
        title: str,
        *,
        index: int | None = None,
        color: str = "",
        id: str | None = None,
    ) -> Changes:
        self.map(map_id)
        kind = LaneKind(kind)
        check_name(title, "title")
        if len(self.lanes(map_id)) >= MAX_LANES_PER_MAP:
            raise EditError(EditProblem.TOO_MANY, what="lanes", limit=MAX_LANES_PER_MAP)
        color = check_color(color)
        siblings = self.lanes(map_id)
        index = check_index(index, len(siblings))
        lane = Lane(id=id or self.new_id(), map_id=map_id, position=index, kind=kind, title=title, color=color)
        patch = Patch(self.store)
        patch.renumber(siblings[:index] + [lane] + siblings[index:])
        return patch.commit()

    def update_lane(self, lane_id: str, *, title=KEEP, color=KEEP) -> Changes:
        current = self.lane(lane_id)
        fields: dict[str, Any] = {}
        if title is not KEEP:
            fields["title"] = check_name(title, "title")
        if color is not KEEP:
            fields["color"] = check_color(color)
        patch = Patch(self.store)
        patch.put(dataclasses.replace(current, **fields))
        return patch.commit()

    def rename_lane(self, lane_id: str, title: str) -> Changes:
        return self.update_lane(lane_id, title=title)

    def recolor_lane(self, lane_id: str, color: str) -> Changes:
        return self.update_lane(lane_id, color=color)

    def move_lane(self, lane_id: str, index: int) -> Changes:
        moving = self.lane(lane_id)
        others = [lane for lane in self.lanes(moving.map_id) if lane.id != lane_id]
        index = check_index(index, len(others))
        patch = Patch(self.store)
        patch.renumber(others[:index] + [moving] + others[index:])
        return patch.commit()

    def delete_lane(self, lane_id: str) -> Changes:
        lane = self.lane(lane_id)
        patch = Patch(self.store)
        remove_cells(self.store, patch, [lane_id], [s.id for s in self.map_steps(lane.map_id)])
        patch.remove(Kind.LANE, lane_id)
        patch.renumber([other for other in self.lanes(lane.map_id) if other.id != lane_id])
        return patch.commit()
