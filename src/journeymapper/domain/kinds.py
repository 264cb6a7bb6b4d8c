"""The record kinds: how each is keyed and which sibling group it orders in."""

from collections.abc import Callable, Hashable
from enum import Enum
from operator import attrgetter
from typing import Any

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


class Kind(str, Enum):
    IMAGE = "image"
    PERSONA = "persona"
    MAP = "map"
    CHANNEL = "channel"
    PHASE = "phase"
    STEP = "step"
    LANE = "lane"
    CARD = "card"
    EMOTION = "emotion"
    STEP_CHANNELS = "step_channels"
    METRIC = "metric"
    STEP_IMAGE = "step_image"


RECORD_CLASS = {
    Kind.IMAGE: Image,
    Kind.PERSONA: Persona,
    Kind.MAP: JourneyMap,
    Kind.CHANNEL: Channel,
    Kind.PHASE: Phase,
    Kind.STEP: Step,
    Kind.LANE: Lane,
    Kind.CARD: Card,
    Kind.EMOTION: Emotion,
    Kind.STEP_CHANNELS: StepChannels,
    Kind.METRIC: Metric,
    Kind.STEP_IMAGE: StepImage,
}

KIND_OF_CLASS = {cls: kind for kind, cls in RECORD_CLASS.items()}

# Cell values (one per lane x step) are keyed by that pair; the rest by id.
CELL_KINDS = frozenset({Kind.EMOTION, Kind.STEP_CHANNELS, Kind.METRIC, Kind.STEP_IMAGE})

# Parents come before children: the order to insert in (reverse it to delete).
KIND_ORDER = tuple(Kind)


def kind_of(record: object) -> Kind:
    return KIND_OF_CLASS[type(record)]


def key_of(kind: Kind, record) -> Hashable:
    return _KEY_OF[kind](record)


def group_of(kind: Kind, record) -> Hashable:
    """The sibling group a record belongs to, used to index children.

    Records of one group share a parent; for ordered kinds they share the
    ``position`` numbering. Images, personas and maps belong to the project
    (group None).
    """
    return _GROUP_OF[kind](record)


# Looked up in a table rather than an if-chain over Enum members: loading a
# 100,000-card project calls these twice a record, and each ``Kind.X`` lookup
# in a chain costs more than the whole table lookup.
def _project(_record) -> None:
    return None


_cell = attrgetter("lane_id", "step_id")
_KEY_OF: dict[Kind, Callable[[Any], Hashable]] = {
    kind: (_cell if kind in CELL_KINDS else attrgetter("id")) for kind in Kind
}
_GROUP_OF: dict[Kind, Callable[[Any], Hashable]] = {
    Kind.IMAGE: _project,
    Kind.PERSONA: _project,
    Kind.MAP: _project,
    Kind.CHANNEL: attrgetter("map_id"),
    Kind.PHASE: attrgetter("map_id"),
    Kind.LANE: attrgetter("map_id"),
    Kind.STEP: attrgetter("phase_id"),
    Kind.CARD: _cell,
    **{kind: attrgetter("lane_id") for kind in CELL_KINDS},
}
assert set(_GROUP_OF) == set(Kind), "every kind needs a group"
