"""What a document holds, read: its maps, personas and pictures, and one map's parts.

``Document`` and its edits (``edit_*.py``) share this base: the edits read the
document through it, and it names the store and the id factory they write with.
"""

from collections.abc import Callable

from .kinds import Kind
from .records import (
    Card,
    Channel,
    Emotion,
    Image,
    JourneyMap,
    Lane,
    Metric,
    Persona,
    Phase,
    Step,
    StepChannels,
    StepImage,
)
from .store import RecordStore


class DocumentReads:
    store: RecordStore
    _id_factory: Callable[[], str]

    def new_id(self) -> str:
        return self._id_factory()

    # -- the project -------------------------------------------------------
    def maps(self) -> list[JourneyMap]:
        return sorted(self.store.all(Kind.MAP), key=lambda m: m.position)

    def personas(self) -> list[Persona]:
        return sorted(self.store.all(Kind.PERSONA), key=lambda p: p.position)

    def map(self, map_id: str) -> JourneyMap:
        return self.store.require(Kind.MAP, map_id)

    def persona(self, persona_id: str) -> Persona:
        return self.store.require(Kind.PERSONA, persona_id)

    def image(self, image_id: str) -> Image:
        return self.store.require(Kind.IMAGE, image_id)

    def images(self) -> list[Image]:
        return self.store.all(Kind.IMAGE)

    # -- one map -----------------------------------------------------------
    def phases(self, map_id: str) -> list[Phase]:
        return self.store.group(Kind.PHASE, map_id)

    def steps(self, phase_id: str) -> list[Step]:
        return self.store.group(Kind.STEP, phase_id)

    def map_steps(self, map_id: str) -> list[Step]:
        """All steps (columns) of a map, left to right."""
        return [step for phase in self.phases(map_id) for step in self.steps(phase.id)]

    def lanes(self, map_id: str) -> list[Lane]:
        return self.store.group(Kind.LANE, map_id)

    def channels(self, map_id: str) -> list[Channel]:
        return self.store.group(Kind.CHANNEL, map_id)

    def cards(self, lane_id: str, step_id: str) -> list[Card]:
        return self.store.group(Kind.CARD, (lane_id, step_id))

    def emotion(self, lane_id: str, step_id: str) -> Emotion | None:
        return self.store.get(Kind.EMOTION, (lane_id, step_id))

    def step_channels(self, lane_id: str, step_id: str) -> StepChannels | None:
        return self.store.get(Kind.STEP_CHANNELS, (lane_id, step_id))

    def metric(self, lane_id: str, step_id: str) -> Metric | None:
        return self.store.get(Kind.METRIC, (lane_id, step_id))

    def step_image(self, lane_id: str, step_id: str) -> StepImage | None:
        return self.store.get(Kind.STEP_IMAGE, (lane_id, step_id))

    def card(self, card_id: str) -> Card:
        return self.store.require(Kind.CARD, card_id)

    def lane(self, lane_id: str) -> Lane:
        return self.store.require(Kind.LANE, lane_id)

    def phase(self, phase_id: str) -> Phase:
        return self.store.require(Kind.PHASE, phase_id)

    def step(self, step_id: str) -> Step:
        return self.store.require(Kind.STEP, step_id)

    def channel(self, channel_id: str) -> Channel:
        return self.store.require(Kind.CHANNEL, channel_id)

    def map_of_step(self, step_id: str) -> str:
        return self.phase(self.step(step_id).phase_id).map_id

    def card_count(self, map_id: str | None = None) -> int:
        if map_id is None:
            return self.store.count(Kind.CARD)
        steps = self.map_steps(map_id)
        return sum(
            self.store.group_size(Kind.CARD, (lane.id, step.id)) for lane in self.lanes(map_id) for step in steps
        )
