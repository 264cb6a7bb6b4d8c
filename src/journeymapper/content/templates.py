"""The built-in map templates and how a map is built from one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain import LaneKind
from .lanes import CHANNEL_CONTEXT, DEFAULT_CHANNELS, lane_title
from .markers import QT_TRANSLATE_NOOP, Translate

if TYPE_CHECKING:  # the start screen lists templates without loading the document
    from ..domain import Changes, Document

CONTEXT = "Templates"

# The lanes most journey maps start with, top to bottom.
STANDARD_LANES = (
    LaneKind.ACTIONS,
    LaneKind.THOUGHTS,
    LaneKind.EMOTION,
    LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES,
    LaneKind.CHANNELS,
)


@dataclass(frozen=True)
class Template:
    id: str
    name: str  # English; translated in CONTEXT
    description: str
    phases: tuple[str, ...]
    lanes: tuple[LaneKind, ...]


TEMPLATES = (
    Template(
        id="buyer",
        name=QT_TRANSLATE_NOOP("Templates", "Buyer journey"),
        description=QT_TRANSLATE_NOOP("Templates", "From first awareness of a need to buying and staying loyal."),
        phases=(
            QT_TRANSLATE_NOOP("Templates", "Awareness"),
            QT_TRANSLATE_NOOP("Templates", "Orientation and information search"),
            QT_TRANSLATE_NOOP("Templates", "Intention"),
            QT_TRANSLATE_NOOP("Templates", "Purchase consideration"),
            QT_TRANSLATE_NOOP("Templates", "Purchase"),
            QT_TRANSLATE_NOOP("Templates", "Loyalty"),
        ),
        lanes=(
            LaneKind.ACTIONS,
            LaneKind.THOUGHTS,
            LaneKind.NEEDS,
            LaneKind.EMOTION,
            LaneKind.PAIN_POINTS,
            LaneKind.OPPORTUNITIES,
            LaneKind.CHANNELS,
        ),
    ),
    Template(
        id="design-thinking",
        name=QT_TRANSLATE_NOOP("Templates", "Design-thinking journey"),
        description=QT_TRANSLATE_NOOP("Templates", "The customer's path through a service, from orientation to use."),
        phases=(
            QT_TRANSLATE_NOOP("Templates", "Orientation"),
            QT_TRANSLATE_NOOP("Templates", "Evaluate"),
            QT_TRANSLATE_NOOP("Templates", "Choose"),
            QT_TRANSLATE_NOOP("Templates", "Buy"),
            QT_TRANSLATE_NOOP("Templates", "Deliver"),
            QT_TRANSLATE_NOOP("Templates", "Use"),
        ),
        lanes=STANDARD_LANES + (LaneKind.BACKSTAGE,),
    ),
    Template(
        id="store-visit",
        name=QT_TRANSLATE_NOOP("Templates", "Store visit"),
        description=QT_TRANSLATE_NOOP("Templates", "A visit to a physical store, from coming in to leaving."),
        phases=(
            QT_TRANSLATE_NOOP("Templates", "Inflow"),
            QT_TRANSLATE_NOOP("Templates", "Delivery"),
            QT_TRANSLATE_NOOP("Templates", "Sale"),
            QT_TRANSLATE_NOOP("Templates", "Outflow"),
        ),
        lanes=STANDARD_LANES,
    ),
    Template(
        id="blank",
        name=QT_TRANSLATE_NOOP("Templates", "Blank map"),
        description=QT_TRANSLATE_NOOP("Templates", "One phase and one lane to start from."),
        phases=(QT_TRANSLATE_NOOP("Templates", "Phase 1"),),
        lanes=(LaneKind.ACTIONS,),
    ),
)

DEFAULT_TEMPLATE = "buyer"


def template(template_id: str) -> Template:
    for candidate in TEMPLATES:
        if candidate.id == template_id:
            return candidate
    raise KeyError(template_id)


def build_map(
    document: Document, template_id: str, translate: Translate, title: str | None = None
) -> tuple[str, Changes]:
    """Add a map made from a template to the document; returns its id and the changes."""
    chosen = template(template_id)
    map_id = document.new_id()
    changes = document.add_map(title if title is not None else translate(CONTEXT, chosen.name), id=map_id)
    changes = changes.then(add_default_channels(document, map_id, translate))
    for phase_name in chosen.phases:
        changes = changes.then(document.add_phase(map_id, translate(CONTEXT, phase_name)))
    for kind in chosen.lanes:
        changes = changes.then(document.add_lane(map_id, kind, lane_title(kind, translate)))
    return map_id, changes


def add_default_channels(document: Document, map_id: str, translate: Translate) -> Changes:
    from ..domain import Changes

    changes = Changes()
    for icon, name in DEFAULT_CHANNELS:
        changes = changes.then(document.add_channel(map_id, translate(CHANNEL_CONTEXT, name), icon))
    return changes
