"""Default titles of the lane kinds and the default channel list."""

from ..domain import LaneKind
from .markers import QT_TRANSLATE_NOOP, Translate

LANE_CONTEXT = "Lanes"

LANE_TITLES = {
    LaneKind.ACTIONS: QT_TRANSLATE_NOOP("Lanes", "Actions"),
    LaneKind.THOUGHTS: QT_TRANSLATE_NOOP("Lanes", "Thoughts and questions"),
    LaneKind.NEEDS: QT_TRANSLATE_NOOP("Lanes", "Needs"),
    LaneKind.PAIN_POINTS: QT_TRANSLATE_NOOP("Lanes", "Pain points"),
    LaneKind.OPPORTUNITIES: QT_TRANSLATE_NOOP("Lanes", "Opportunities"),
    LaneKind.BACKSTAGE: QT_TRANSLATE_NOOP("Lanes", "Backstage"),
    LaneKind.CUSTOM: QT_TRANSLATE_NOOP("Lanes", "Notes"),
    LaneKind.EMOTION: QT_TRANSLATE_NOOP("Lanes", "Emotion"),
    LaneKind.CHANNELS: QT_TRANSLATE_NOOP("Lanes", "Channels and touchpoints"),
    LaneKind.METRICS: QT_TRANSLATE_NOOP("Lanes", "Metrics"),
    LaneKind.IMAGE: QT_TRANSLATE_NOOP("Lanes", "Images"),
}

CHANNEL_CONTEXT = "Channels"

# (icon id, English name): the channel list a new map starts with.
DEFAULT_CHANNELS = (
    ("website", QT_TRANSLATE_NOOP("Channels", "Website")),
    ("search", QT_TRANSLATE_NOOP("Channels", "Search engine")),
    ("social", QT_TRANSLATE_NOOP("Channels", "Social media")),
    ("email", QT_TRANSLATE_NOOP("Channels", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("Channels", "Phone")),
    ("store", QT_TRANSLATE_NOOP("Channels", "Store")),
    ("app", QT_TRANSLATE_NOOP("Channels", "App")),
    ("chat", QT_TRANSLATE_NOOP("Channels", "Chat")),
    ("word_of_mouth", QT_TRANSLATE_NOOP("Channels", "Word of mouth")),
    ("advertising", QT_TRANSLATE_NOOP("Channels", "Advertising")),
    ("letter", QT_TRANSLATE_NOOP("Channels", "Letter")),
)


def lane_title(kind: LaneKind, translate: Translate) -> str:
    return translate(LANE_CONTEXT, LANE_TITLES[LaneKind(kind)])
