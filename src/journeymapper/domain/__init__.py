"""The journey-map domain: pure Python, no Qt and no SQL."""

from .changes import Change, Changes
from .document import Document
from .errors import EditError, EditProblem
from .kinds import Kind
from .records import (
    TEXT_LANE_KINDS,
    Card,
    Channel,
    Emotion,
    Image,
    JourneyMap,
    Lane,
    LaneKind,
    Metric,
    Persona,
    Phase,
    Step,
    StepChannels,
    StepImage,
)
from .rules import CHANNEL_ICONS, KEEP

__all__ = [
    "CHANNEL_ICONS", "KEEP", "TEXT_LANE_KINDS", "Card", "Change", "Changes", "Channel", "Document",
    "EditError", "EditProblem", "Emotion", "Image", "JourneyMap", "Kind", "Lane", "LaneKind",
    "Metric", "Persona", "Phase", "Step", "StepChannels", "StepImage",
]
