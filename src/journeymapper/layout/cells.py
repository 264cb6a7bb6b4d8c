"""The lanes of a map: their title column and what each lane kind shows per step.

Text lanes stack their cards top-down in each cell; the emotion lane draws
the curve with its scale; the channels lane lists icons with names; metrics
show a value with unit and source; the image lane shows one picture per step.
Every function places its shapes and returns the height it needed.
"""

from ..domain import Document, Emotion, Lane, LaneKind
from .builder import Builder
from .emotion import smooth_segments
from .labels import Labels
from .shapes import Box, CardShapes, Circle, Curve, Icon, Picture, Point, Polyline, Rect
from .theme import ink_on, mix, muted_ink_on


def lane(
    builder: Builder, document: Document, lane: Lane, index: int, columns, top: float, grid_width: float, labels: Labels
) -> float:
    """Lay out one lane with its top at ``top``; returns the y below it."""
    theme = builder.theme
    color = theme.lane_color(lane.kind, lane.color)
    header_width = theme.lane_header_width - theme.accent_stripe - 2 * theme.pad
    title_lines = builder.lines(lane.title, header_width, theme.lane_title_size, True)
    height = max(theme.min_lane_height, builder.block_height(title_lines, theme.lane_title_size) + 2 * theme.pad)

    if lane.kind.holds_cards:
        for column in columns:
            height = max(height, _cards(builder, document, lane, color, column, top))
    elif lane.kind is LaneKind.EMOTION:
        height = max(height, _emotion(builder, document, lane, columns, top, title_lines))
    else:
        for column in columns:
            if lane.kind is LaneKind.CHANNELS:
                needed = _channels(builder, document, lane, column, top)
            elif lane.kind is LaneKind.METRICS:
                needed = _metric(builder, document, lane, column, top, labels)
            else:
                needed = _image(builder, document, lane, column, top)
            height = max(height, needed)

    band = theme.band_even if index % 2 == 0 else theme.band_odd
    ref = ("lane", lane.id)
    builder.background.append(Box(Rect(0, top, grid_width, height), band, ref=ref))
    builder.background.append(Box(Rect(0, top, theme.accent_stripe, height), color, ref=ref))
    builder.place(
        title_lines,
        theme.accent_stripe + theme.pad,
        top + theme.pad,
        header_width,
        theme.lane_title_size,
        True,
        theme.ink,
        ref=ref,
    )
    for column in columns:  # the lines between steps, for this lane's height: each lane is whole on its own
        builder.background.append(Polyline(((column.x, top), (column.x, top + height)), theme.grid_line, 0.75, ref=ref))
    builder.background.append(Polyline(((0, top + height), (grid_width, top + height)), theme.grid_line, 0.75))
    builder.box("lane", lane.id, Rect(0, top, grid_width, height))
    builder.box("lane_header", lane.id, Rect(0, top, theme.lane_header_width, height))
    for column in columns:
        builder.box("cell", (lane.id, column.step.id), Rect(column.x, top, column.w, height))
    return top + height


# Cells of a lane laid out at its own top do not depend on each other: an edit in
# one cell leaves the others' shapes as they were, the very same objects, which
# the canvas then recognises at once. Keyed by all a cell's look depends on.
_CELLS: dict = {}
_MAX_CELLS = 50_000


def _cards(builder: Builder, document: Document, lane: Lane, lane_color: str, column, top: float) -> float:
    cards = tuple(document.cards(lane.id, column.step.id))
    key = (lane_color, column.x, column.w, top, cards, id(builder.theme))
    kept = _CELLS.get(key)
    if kept is not None:
        cards_kept, missing, height = kept
        for card_id, rect, parts in cards_kept:
            builder.card(card_id, rect, parts)
        builder.missing |= missing
        return height
    missing = builder.missing
    builder.missing = set()
    laid_out: list = []
    height = _lay_out_cards(builder, cards, lane_color, column, top, laid_out)
    if len(_CELLS) > _MAX_CELLS:
        _CELLS.clear()
    _CELLS[key] = (tuple(laid_out), frozenset(builder.missing), height)
    builder.missing |= missing
    return height


def _lay_out_cards(builder: Builder, cards, lane_color: str, column, top: float, laid_out: list) -> float:
    """Each card's shapes go to the builder and, as (id, box, CardShapes), to ``laid_out``."""
    theme = builder.theme
    x = column.x + theme.pad
    width = column.w - 2 * theme.pad
    text_width = width - 2 * theme.card_pad
    y = top + theme.pad
    for card in cards:
        fill = card.color or lane_color
        lines = builder.lines(card.text, text_width, theme.card_size) or [""]
        height = builder.block_height(lines, theme.card_size) + 2 * theme.card_pad
        rect = Rect(x, y, width, height)
        ref = ("card", card.id)
        text: list = []
        builder.place(
            lines,
            x + theme.card_pad,
            y + theme.card_pad,
            text_width,
            theme.card_size,
            False,
            ink_on(fill),
            ref=ref,
            layer=text,
        )
        parts = CardShapes(
            Box(Rect(x + 0.8, y + 1.2, width, height), mix(fill, "#000000", 0.14), radius=theme.card_radius, ref=ref),
            Box(rect, fill, radius=theme.card_radius, ref=ref),
            tuple(text),
        )
        builder.card(card.id, rect, parts)
        laid_out.append((card.id, rect, parts))
        y += height + theme.card_gap
    if y == top + theme.pad:  # no cards
        return 2 * theme.pad
    return y - theme.card_gap + theme.pad - top


def _emotion(builder: Builder, document: Document, lane: Lane, columns, top: float, title_lines) -> float:
    theme = builder.theme
    if not columns:
        return 0.0
    journey = document.map(lane.map_id)
    low, high = journey.scale_min, journey.scale_max
    ref = ("lane", lane.id)
    area_top = top + theme.pad + theme.marker_radius + 4
    area_bottom = top + theme.emotion_height - theme.pad - theme.marker_radius
    title_bottom = top + theme.pad + builder.block_height(title_lines, theme.lane_title_size)

    def y_of(score: float) -> float:
        return area_bottom - (score - low) / (high - low) * (area_bottom - area_top)

    # Where the scale runs, so the canvas can turn a height back into a score.
    builder.box(
        "emotion_area",
        lane.id,
        Rect(columns[0].x, area_top, columns[-1].x + columns[-1].w - columns[0].x, area_bottom - area_top),
    )

    # The scale: a faint line per value (or per second/fifth value on a long
    # scale), numbered at the right of the title column, faces at the ends.
    stride = 1 if high - low <= 10 else (2 if high - low <= 20 else 5)
    grid_right = columns[-1].x + columns[-1].w
    label_right = theme.lane_header_width - theme.pad
    for value in range(low, high + 1):
        if (value - low) % stride and value != high:
            continue
        y = y_of(value)
        builder.background.append(
            Polyline(((theme.lane_header_width, y), (grid_right, y)), theme.grid_line, 0.6, ref=ref)
        )
        label = str(value).replace("-", "−")
        size = theme.small_size
        label_width = builder.font(False).width(label, size)
        builder.place(
            [label], label_right - label_width, y - size * 0.65, label_width, size, False, theme.muted, ref=ref
        )
    face = theme.icon_size
    for name, score in (("face_happy", high), ("face_sad", low)):
        y = y_of(score) - face / 2
        if name == "face_happy":
            y = max(y, title_bottom + 2)
        builder.content.append(
            Icon(Rect(label_right - face - 14, y, face, face), name, theme.score_color(score, low, high), ref=ref)
        )

    # Notes under the curve, centred below their step.
    notes_top = top + theme.emotion_height
    notes_height = 0.0
    scored: list[tuple[Point, Emotion] | None] = []
    for column in columns:
        emotion = document.emotion(lane.id, column.step.id)
        if emotion is None:
            scored.append(None)
            continue
        point = (column.x + column.w / 2, y_of(emotion.score))
        scored.append((point, emotion))
        used = builder.text(
            emotion.note,
            column.x + theme.pad,
            notes_top,
            column.w - 2 * theme.pad,
            theme.note_size,
            False,
            theme.ink,
            align="center",
            ref=("emotion", (lane.id, column.step.id)),
        )
        notes_height = max(notes_height, used + (theme.pad if used else 0))

    # The curve runs through consecutive scored steps; a step without a score breaks it.
    runs: list[list[Point]] = []
    run: list[Point] = []
    for item in scored + [None]:
        if item is None:
            if len(run) > 1:
                runs.append(run)
            run = []
        else:
            run.append(item[0])
    for points in runs:
        builder.overlay.append(Curve(points[0], smooth_segments(points), theme.curve, theme.curve_width, ref=ref))
    for column, item in zip(columns, scored):
        if item is not None:
            point, emotion = item
            key = (lane.id, column.step.id)
            builder.overlay.append(
                Circle(
                    point,
                    theme.marker_radius,
                    theme.score_color(emotion.score, low, high),
                    "#ffffff",
                    1.6,
                    ref=("emotion", key),
                )
            )
            r = theme.marker_radius
            builder.box("emotion", key, Rect(point[0] - r, point[1] - r, 2 * r, 2 * r))
    return theme.emotion_height + notes_height


def _channels(builder: Builder, document: Document, lane: Lane, column, top: float) -> float:
    theme = builder.theme
    chosen = document.step_channels(lane.id, column.step.id)
    if chosen is None:
        return 0.0
    channels = [c for c in document.channels(document.lane(lane.id).map_id) if c.id in chosen.channel_ids]
    x = column.x + theme.pad
    y = top + theme.pad
    size = theme.icon_size
    text_x = x + size + 5
    text_width = column.w - 2 * theme.pad - size - 5
    ref = ("channels", (lane.id, column.step.id))
    for channel in channels:
        lines = builder.lines(channel.name, text_width, theme.note_size)
        text_height = builder.block_height(lines, theme.note_size)
        row = max(size, text_height)
        builder.content.append(Icon(Rect(x, y + (row - size) / 2, size, size), channel.icon, theme.accent, ref=ref))
        builder.place(
            lines, text_x, y + (row - text_height) / 2, text_width, theme.note_size, False, theme.ink, ref=ref
        )
        y += row + 5
    return y - top - 5 + theme.pad if channels else 0.0


def _metric(builder: Builder, document: Document, lane: Lane, column, top: float, labels: Labels) -> float:
    theme = builder.theme
    metric = document.metric(lane.id, column.step.id)
    if metric is None:
        return 0.0
    x = column.x + theme.pad
    width = column.w - 2 * theme.pad
    ref = ("metric", (lane.id, column.step.id))
    y = top + theme.pad
    y += builder.text(
        labels.measurement(metric.value, metric.unit), x, y, width, theme.metric_size, True, theme.ink, ref=ref
    )
    if metric.source:
        y += 2 + builder.text(
            metric.source, x, y + 2, width, theme.small_size, False, muted_ink_on(theme.band_even), ref=ref
        )
    return y - top + theme.pad


def _image(builder: Builder, document: Document, lane: Lane, column, top: float) -> float:
    theme = builder.theme
    step_image = document.step_image(lane.id, column.step.id)
    if step_image is None:
        return 0.0
    image = document.image(step_image.image_id)
    width = column.w - 2 * theme.pad
    scale = min(width / image.width, theme.image_height / image.height)
    w, h = image.width * scale, image.height * scale
    rect = Rect(column.x + (column.w - w) / 2, top + theme.pad, w, h)
    builder.content.append(Picture(rect, image.id, ref=("image", (lane.id, column.step.id))))
    builder.box("image", (lane.id, column.step.id), rect)
    return h + 2 * theme.pad
