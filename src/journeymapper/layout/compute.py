"""compute_layout: one map of a document as boxes, shapes and text lines in points.

The map reads top to bottom: a header (title, persona, trigger, goal,
scenario), the phase band, the step row, and the lanes. Columns are steps;
a cell grows to fit its content and a lane to fit its tallest cell, so text is
never clipped. The canvas, the PDF and the PNG all draw this result.
"""

from dataclasses import dataclass

from ..domain import Document, Persona, Step
from . import cells
from .builder import Builder, MapLayout
from .labels import Labels
from .lane_cache import LaneResult, LayoutCache, PlacedLane, lane_signature
from .shapes import Box, Picture, Polyline, Rect
from .theme import DEFAULT_THEME, Theme, ink_on, mix


@dataclass(frozen=True)
class Column:
    step: Step
    phase_index: int
    x: float
    w: float


ENGLISH = Labels()  # the default words: the English source texts


def compute_layout(
    document: Document,
    map_id: str,
    theme: Theme = DEFAULT_THEME,
    labels: Labels = ENGLISH,
    cache: LayoutCache | None = None,
) -> MapLayout:
    """The layout of one map. With a ``cache`` (one per map view), lanes whose
    contents and place did not change since the last call are reused."""
    builder = Builder(theme)
    columns = _columns(document, map_id, theme)
    grid_width = theme.lane_header_width + sum(c.w for c in columns)
    width = max(grid_width, theme.min_width)
    top = _header(builder, document, map_id, width, labels) + theme.grid_gap
    top = _phase_band(builder, document, map_id, columns, top)
    top = _step_row(builder, columns, top)
    fixed_shapes, fixed_boxes = builder.all_shapes(), dict(builder.boxes)
    placed, missing = [], set(builder.missing)
    if cache is not None:
        cache.hits = 0
    for index, lane in enumerate(document.lanes(map_id)):
        signature = (
            lane_signature(document, lane, index, columns, grid_width, labels, theme) if cache is not None else None
        )
        result = cache.lanes.get(lane.id) if cache is not None else None
        if cache is not None and result is not None and result.signature == signature:
            cache.hits += 1
        else:
            lane_builder = Builder(theme)
            height = cells.lane(lane_builder, document, lane, index, columns, 0.0, grid_width, labels)
            result = LaneResult(
                lane.id,
                signature,
                height,
                lane_builder.all_shapes(),
                tuple(lane_builder.box_log),
                frozenset(lane_builder.missing),
                lane_builder.cards,
            )
            if cache is not None:
                cache.lanes[lane.id] = result
        placed.append(PlacedLane(top, result))
        missing |= result.missing
        top += result.height
    return MapLayout(map_id, width, top, fixed_shapes, fixed_boxes, tuple(placed), frozenset(missing))


def _columns(document: Document, map_id: str, theme: Theme) -> list[Column]:
    columns = []
    x = theme.lane_header_width
    for index, phase in enumerate(document.phases(map_id)):
        for step in document.steps(phase.id):
            w = step.width or theme.step_width
            columns.append(Column(step, index, x, w))
            x += w
    return columns


def _header(builder: Builder, document: Document, map_id: str, width: float, labels: Labels) -> float:
    """The title and the map's context; returns the y below it."""
    theme = builder.theme
    journey = document.map(map_id)
    y = builder.text(journey.title, 0, 0, width, theme.title_size, True, theme.ink, ref=("title", map_id))
    y += theme.pad
    blocks: list[tuple[str, Persona | tuple[str, str]]] = []
    persona = document.persona(journey.persona_id) if journey.persona_id else None
    if persona is not None:
        blocks.append(("persona", persona))
    for key, label, value in (
        ("trigger", labels.trigger, journey.trigger),
        ("goal", labels.goal, journey.goal),
        ("scenario", labels.scenario, journey.scenario),
    ):
        if value:
            blocks.append((key, (label, value)))
    if not blocks:
        bottom = y
    else:
        gap = theme.header_gap
        block_width = (width - gap * (len(blocks) - 1)) / len(blocks)
        bottom = y
        for index, (key, block) in enumerate(blocks):
            x = index * (block_width + gap)
            if isinstance(block, Persona):
                height = _persona_block(builder, document, block, labels, x, y, block_width)
            else:
                label, text = block
                height = builder.text(label.upper(), x, y, block_width, theme.header_label_size, True, theme.accent)
                height += 2 + builder.text(
                    text, x, y + height + 2, block_width, theme.header_text_size, False, theme.ink, ref=(key, map_id)
                )
            bottom = max(bottom, y + height)
    bottom += theme.pad
    builder.background.append(Polyline(((0, bottom), (width, bottom)), theme.rule, 1.0))
    builder.box("header", map_id, Rect(0, 0, width, bottom))
    return bottom


def _persona_block(
    builder: Builder, document: Document, persona, labels: Labels, x: float, y: float, width: float
) -> float:
    theme = builder.theme
    ref = ("persona", persona.id)
    text_x = x
    photo_height = 0.0
    if persona.photo_id:
        image = document.image(persona.photo_id)
        size = theme.photo_size
        scale = min(size / image.width, size / image.height)
        w, h = image.width * scale, image.height * scale
        builder.content.append(Picture(Rect(x + (size - w) / 2, y + (size - h) / 2, w, h), image.id, ref))
        builder.content.append(Box(Rect(x, y, size, size), "", theme.rule, 0.75, 0.0, ref))
        text_x = x + size + theme.pad
        photo_height = size
    text_width = max(width - (text_x - x), 40.0)
    height = builder.text(labels.persona.upper(), text_x, y, text_width, theme.header_label_size, True, theme.accent)
    height += 2 + builder.text(
        persona.name, text_x, y + height + 2, text_width, theme.persona_name_size, True, theme.ink, ref=ref
    )
    if persona.role:
        height += builder.text(
            persona.role, text_x, y + height, text_width, theme.header_text_size, False, theme.muted, ref=ref
        )
    if persona.quote:
        height += 3 + builder.text(
            f"“{persona.quote}”", text_x, y + height + 3, text_width, theme.header_text_size, False, theme.ink, ref=ref
        )
    builder.box("persona", persona.id, Rect(x, y, width, max(height, photo_height)))
    return max(height, photo_height)


def _phase_band(builder: Builder, document: Document, map_id: str, columns: list[Column], top: float) -> float:
    theme = builder.theme
    phases = document.phases(map_id)
    spans = []
    for index, phase in enumerate(phases):
        members = [c for c in columns if c.phase_index == index]
        x, w = members[0].x, sum(c.w for c in members)
        lines = builder.lines(phase.name, w - 2 * theme.pad - 2, theme.phase_size, True)
        spans.append((phase, index, x, w, lines))
    text_height = max((builder.block_height(s[4], theme.phase_size) for s in spans), default=0.0)
    height = max(theme.min_phase_height, text_height + 2 * theme.pad)
    for phase, index, x, w, lines in spans:
        fill = theme.phase_color(index, phase.color)
        rect = Rect(x + 1, top, w - 2, height)
        ref = ("phase", phase.id)
        builder.content.append(Box(rect, fill, ref=ref))
        builder.place(
            lines,
            x + 1 + theme.pad,
            top + (height - builder.block_height(lines, theme.phase_size)) / 2,
            w - 2 - 2 * theme.pad,
            theme.phase_size,
            True,
            ink_on(fill),
            ref=ref,
        )
        builder.box("phase", phase.id, rect)
    return top + height + 2


def _step_row(builder: Builder, columns: list[Column], top: float) -> float:
    theme = builder.theme
    measured = [(c, builder.lines(c.step.name, c.w - 2 * theme.pad - 2, theme.step_size, True)) for c in columns]
    text_height = max((builder.block_height(lines, theme.step_size) for _, lines in measured), default=0.0)
    height = max(theme.min_step_height, text_height + 2 * 6)
    for column, lines in measured:
        fill = mix(theme.phase_color(column.phase_index, ""), "#ffffff", 0.82)
        rect = Rect(column.x + 1, top, column.w - 2, height)
        ref = ("step", column.step.id)
        builder.content.append(Box(rect, fill, ref=ref))
        builder.place(
            lines, rect.x + theme.pad, top + 6, rect.w - 2 * theme.pad, theme.step_size, True, ink_on(fill), ref=ref
        )
        builder.box("step", column.step.id, rect)
    return top + height + 4
