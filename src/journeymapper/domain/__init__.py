"""The journey-map domain: pure Python, no Qt and no SQL.

Each name loads its module when first used (``lazy_names``): the start
screen needs ``LaneKind`` without the document, its changes and rules.
"""

from typing import TYPE_CHECKING

from ..lazy_names import lazy_names

_WHERE = {
    "Change": "changes",
    "Changes": "changes",
    "Document": "document",
    "EditError": "errors",
    "EditProblem": "errors",
    "Kind": "kinds",
    "TEXT_LANE_KINDS": "lane_kinds",
    "Card": "records",
    "Channel": "records",
    "Emotion": "records",
    "Image": "records",
    "JourneyMap": "records",
    "Lane": "records",
    "LaneKind": "lane_kinds",
    "Metric": "records",
    "Persona": "records",
    "Phase": "records",
    "Step": "records",
    "StepChannels": "records",
    "StepImage": "records",
    "CHANNEL_ICONS": "rules",
    "KEEP": "rules",
}
__all__ = [  # the names of _WHERE (tests/test_package_names.py)
    "CHANNEL_ICONS",
    "KEEP",
    "TEXT_LANE_KINDS",
    "Card",
    "Change",
    "Changes",
    "Channel",
    "Document",
    "EditError",
    "EditProblem",
    "Emotion",
    "Image",
    "JourneyMap",
    "Kind",
    "Lane",
    "LaneKind",
    "Metric",
    "Persona",
    "Phase",
    "Step",
    "StepChannels",
    "StepImage",
]
__getattr__, __dir__ = lazy_names(__name__, _WHERE)

if TYPE_CHECKING:  # for readers, type checkers and PyInstaller's import scan
    from .changes import Change, Changes
    from .document import Document
    from .errors import EditError, EditProblem
    from .kinds import Kind
    from .lane_kinds import TEXT_LANE_KINDS, LaneKind
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
    from .rules import CHANNEL_ICONS, KEEP
