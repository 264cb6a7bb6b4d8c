"""The record kinds: how each is keyed and which sibling group it orders in."""

from enum import Enum
from typing import Hashable

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
    if kind in CELL_KINDS:
        return (record.lane_id, record.step_id)
    return record.id


def group_of(kind: Kind, record) -> Hashable:
    """The sibling group a record belongs to, used to index children.

    Records of one group share a parent; for ordered kinds they share the
    ``position`` numbering.
    """
    if kind is Kind.CHANNEL or kind is Kind.PHASE or kind is Kind.LANE:
        return record.map_id
    if kind is Kind.STEP:
        return record.phase_id
    if kind is Kind.CARD:
        return (record.lane_id, record.step_id)
    if kind in CELL_KINDS:
        return record.lane_id
    return None  # images, personas and maps belong to the project
