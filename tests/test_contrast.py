"""Text stays readable (WCAG AA, 4.5:1) on every colour a user can give a card, phase or lane."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from journeymapper.layout import Box, TextLine, compute_layout
from journeymapper.layout.theme import contrast

colours = st.integers(0, 0xFFFFFF).map(lambda v: f"#{v:06x}")


def background_of(line: TextLine, painted: list) -> str:
    """The fill of the topmost box painted under the middle of the line."""
    x, y = line.x + min(line.width, 20) / 2, line.baseline - line.size * 0.35
    for box in reversed(painted):
        r = box.rect
        if box.fill and r.x <= x <= r.x + r.w and r.y <= y <= r.y + r.h:
            return box.fill
    return "#ffffff"  # the paper


def low_contrast_lines(layout) -> list:
    painted, bad = [], []
    for shape in layout.shapes:
        if isinstance(shape, Box):
            painted.append(shape)
        elif isinstance(shape, TextLine) and shape.text.strip():
            background = background_of(shape, painted)
            if contrast(shape.color, background) < 4.5:
                bad.append((shape.text, shape.color, background, round(contrast(shape.color, background), 2)))
    return bad


def test_the_sample_as_shipped_has_no_text_below_aa(sample_document):
    layout = compute_layout(sample_document, sample_document.maps()[0].id)
    assert low_contrast_lines(layout) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(card=colours, phase=colours, lane=colours)
@example(card="#777777", phase="#767676", lane="#787878")  # where neither dark ink nor white reaches 4.5
def test_any_colour_keeps_text_readable(sample_document, card, phase, lane):
    document = sample_document
    map_id = document.maps()[0].id
    first_lane = next(l for l in document.lanes(map_id) if l.kind.holds_cards)
    for c in document.cards(first_lane.id, document.map_steps(map_id)[0].id):
        document.update_card(c.id, color=card)
    document.recolor_phase(document.phases(map_id)[0].id, phase)
    document.recolor_lane(first_lane.id, lane)
    layout = compute_layout(document, map_id)
    assert low_contrast_lines(layout) == []
