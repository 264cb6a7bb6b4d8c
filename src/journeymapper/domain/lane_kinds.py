"""What a lane holds: its own module, so that the start screen and the templates
can name lane kinds without loading every record class (7-9 ms of the start)."""

from enum import Enum


class LaneKind(str, Enum):
    """What a lane (a row of the map) holds in each step."""

    ACTIONS = "actions"
    THOUGHTS = "thoughts"  # thoughts and questions
    NEEDS = "needs"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    BACKSTAGE = "backstage"
    CUSTOM = "custom"  # text cards under a title the user chose
    EMOTION = "emotion"  # one score per step, drawn as a curve
    CHANNELS = "channels"  # per step, a set of the map's channels
    METRICS = "metrics"  # per step, a number with unit and source
    IMAGE = "image"  # per step, one image

    @property
    def holds_cards(self) -> bool:
        return self in TEXT_LANE_KINDS


TEXT_LANE_KINDS = frozenset(
    {
        LaneKind.ACTIONS,
        LaneKind.THOUGHTS,
        LaneKind.NEEDS,
        LaneKind.PAIN_POINTS,
        LaneKind.OPPORTUNITIES,
        LaneKind.BACKSTAGE,
        LaneKind.CUSTOM,
    }
)
