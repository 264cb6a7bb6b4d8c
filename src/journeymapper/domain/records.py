"""The records a journey-map project is made of.

Every record is a frozen dataclass with a stable key. The document keeps them
in one table per kind (see ``kinds.py``), much like the project file does, so
an edit is a small set of replaced records and undo is the same set put back.

Order among siblings is an explicit ``position`` (0, 1, 2, ... with no gaps);
the document renumbers siblings whenever it inserts, moves or deletes one.
"""

from dataclasses import dataclass

from .lane_kinds import TEXT_LANE_KINDS, LaneKind  # noqa: F401 - (their home; read through here too)


@dataclass(frozen=True, slots=True)
class Image:
    """An image stored inside the project (persona photo, step image)."""

    id: str
    mime: str
    width: int
    height: int
    data: bytes


@dataclass(frozen=True, slots=True)
class Persona:
    id: str
    position: int
    name: str
    role: str = ""  # role or segment
    description: str = ""
    quote: str = ""
    needs: str = ""
    goals: str = ""
    photo_id: str | None = None


@dataclass(frozen=True, slots=True)
class JourneyMap:
    id: str
    position: int
    title: str
    persona_id: str | None = None
    trigger: str = ""
    goal: str = ""
    scenario: str = ""
    scale_min: int = 1
    scale_max: int = 5


@dataclass(frozen=True, slots=True)
class Channel:
    """One entry of a map's channel list; ``icon`` names an icon of our set."""

    id: str
    map_id: str
    position: int
    name: str
    icon: str


@dataclass(frozen=True, slots=True)
class Phase:
    id: str
    map_id: str
    position: int
    name: str
    color: str = ""  # "" means the theme's colour


@dataclass(frozen=True, slots=True)
class Step:
    """A column of the map; every phase has at least one."""

    id: str
    phase_id: str
    position: int
    name: str = ""
    width: float = 0.0  # points; 0 means the layout's default width


@dataclass(frozen=True, slots=True)
class Lane:
    id: str
    map_id: str
    position: int
    kind: LaneKind
    title: str
    color: str = ""


@dataclass(frozen=True, slots=True)
class Card:
    """A sticky note in a text lane, in the cell (lane x step)."""

    id: str
    lane_id: str
    step_id: str
    position: int
    text: str
    color: str = ""


@dataclass(frozen=True, slots=True)
class Emotion:
    """The score of one step in an emotion lane, on the map's scale."""

    lane_id: str
    step_id: str
    score: int
    note: str = ""


@dataclass(frozen=True, slots=True)
class StepChannels:
    """The channels used in one step of a channels lane."""

    lane_id: str
    step_id: str
    channel_ids: frozenset[str]


@dataclass(frozen=True, slots=True)
class Metric:
    lane_id: str
    step_id: str
    value: float
    unit: str = ""
    source: str = ""


@dataclass(frozen=True, slots=True)
class StepImage:
    lane_id: str
    step_id: str
    image_id: str
