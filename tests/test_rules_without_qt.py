"""The rules the editor follows that need no Qt: what a header is, where a part moves,
which card an arrow key goes to, what is under the mouse, and in which order the
views hear of a change. Plain pytest: no QApplication, no window."""

import subprocess
import sys

import pytest

from journeymapper.app.dispatch import Stage, views_of
from journeymapper.app.editing import EditingSession
from journeymapper.domain import Kind, LaneKind
from journeymapper.domain.structure import Header, can_delete, header_name, header_of, outline_changed, place_beside
from journeymapper.layout import Rect, compute_layout
from journeymapper.layout.hit_test import MapHits
from journeymapper.layout.navigation import Direction, neighbour, nudge_target, reading_order


def test_these_rules_load_without_qt():
    script = (
        "import sys\n"
        "import journeymapper.domain.structure, journeymapper.layout.navigation\n"
        "import journeymapper.layout.hit_test, journeymapper.app.dispatch, journeymapper.collector\n"
        "print(sorted(m for m in ('PySide6', 'shiboken6') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.fixture
def doc(sample_document):
    return sample_document


@pytest.fixture
def map_id(doc):
    return doc.maps()[0].id


@pytest.fixture
def hits(doc, map_id):
    return MapHits(doc, compute_layout(doc, map_id))


def centre(rect: Rect) -> tuple[float, float]:
    return rect.x + rect.w / 2, rect.y + rect.h / 2


# -- what a header is ------------------------------------------------------------------------
def test_a_header_is_a_type_read_back_from_its_name():
    assert Header("lane") is Header.LANE and header_of(Header.STEP) is Header.STEP
    assert header_of("map") is None and header_of("cards") is None
    assert (Header.PHASE.box, Header.STEP.box, Header.LANE.box) == ("phase", "step", "lane_header")
    assert (Header.PHASE.kind, Header.STEP.kind, Header.LANE.kind) == (Kind.PHASE, Kind.STEP, Kind.LANE)
    assert Header.STEP.across and not Header.LANE.across


def test_header_name_is_the_name_the_header_shows(doc, map_id):
    lane = doc.lanes(map_id)[0]
    phase = doc.phases(map_id)[0]
    assert header_name(doc, Header.LANE, lane.id) == lane.title
    assert header_name(doc, Header.PHASE, phase.id) == phase.name


# -- where a part goes ---------------------------------------------------------------------------
def test_place_beside_follows_the_timeline_and_stops_at_its_ends(doc, map_id):
    phases = doc.phases(map_id)
    lanes = doc.lanes(map_id)
    assert place_beside(doc, Header.PHASE, phases[0].id, later=False) is None
    assert place_beside(doc, Header.PHASE, phases[0].id, later=True) == ("", 1)
    assert place_beside(doc, Header.LANE, lanes[-1].id, later=True) is None
    assert place_beside(doc, Header.LANE, lanes[-1].id, later=False) == ("", len(lanes) - 2)
    two = next(p for p in phases[1:-1] if len(doc.steps(p.id)) == 2)
    before = phases[phases.index(two) - 1]
    first, second = doc.steps(two.id)
    assert place_beside(doc, Header.STEP, second.id, later=False) == (two.id, 0)
    # At the start of its phase a step moves on to the end of the phase before.
    assert place_beside(doc, Header.STEP, first.id, later=False) == (before.id, len(doc.steps(before.id)))
    lonely = next(p for p in phases[1:-1] if len(doc.steps(p.id)) == 1)
    only = doc.steps(lonely.id)[0]
    assert place_beside(doc, Header.STEP, only.id, later=True) is None  # a phase keeps one
    assert not can_delete(doc, Header.STEP, only.id)
    assert can_delete(doc, Header.STEP, first.id)
    assert can_delete(doc, Header.LANE, lanes[0].id)
    assert place_beside(doc, "phase", phases[0].id, later=True) == ("", 1)  # its name is read as the type


def test_the_last_phase_cannot_be_deleted(doc, map_id):
    phases = doc.phases(map_id)
    for phase in phases[1:]:
        doc.delete_phase(phase.id)
    assert not can_delete(doc, Header.PHASE, phases[0].id)


def test_the_outline_changes_with_names_and_places_not_with_colours_or_widths(doc, map_id):
    step = doc.map_steps(map_id)[0]
    lane = doc.lanes(map_id)[0]
    card = doc.store.all(Kind.CARD)[0]
    assert outline_changed(doc.rename_step(step.id, "Anders"), map_id)
    assert outline_changed(doc.move_lane(lane.id, 2), map_id)
    assert not outline_changed(doc.update_step(step.id, width=180.0), map_id)
    assert not outline_changed(doc.recolor_lane(lane.id, "#ffcc00"), map_id)
    assert not outline_changed(doc.update_card(card.id, text="anders"), map_id)
    other = doc.add_map("Tweede kaart").added(Kind.MAP)[0].id
    assert not outline_changed(doc.add_phase(other, "Fase"), map_id)


# -- arrow keys ----------------------------------------------------------------------------------
def test_arrow_keys_go_through_a_cell_then_on_to_the_next_lane_or_step(doc, map_id):
    layout = compute_layout(doc, map_id)
    text_lanes = [lane for lane in doc.lanes(map_id) if lane.kind.holds_cards]
    steps = doc.map_steps(map_id)
    order = reading_order(doc, map_id)
    assert neighbour(doc, layout, map_id, None, Direction.DOWN) == order[0]
    lane, step = next((lane, step) for lane in text_lanes for step in steps if len(doc.cards(lane.id, step.id)) >= 2)
    first, second = doc.cards(lane.id, step.id)[:2]
    assert neighbour(doc, layout, map_id, first.id, Direction.DOWN) == second.id
    assert neighbour(doc, layout, map_id, second.id, Direction.UP) == first.id
    last = doc.cards(lane.id, step.id)[-1]
    below = next(
        (
            doc.cards(other.id, step.id)[0]
            for other in text_lanes[text_lanes.index(lane) + 1 :]
            if doc.cards(other.id, step.id)
        ),
        last,
    )
    assert neighbour(doc, layout, map_id, last.id, "down") == below.id  # a direction's name is read as one
    right = next((doc.cards(lane.id, s.id) for s in steps[steps.index(step) + 1 :] if doc.cards(lane.id, s.id)), None)
    if right:
        assert neighbour(doc, layout, map_id, first.id, Direction.RIGHT) in {c.id for c in right}
    corner = doc.cards(text_lanes[0].id, steps[0].id)
    if corner:
        assert neighbour(doc, layout, map_id, corner[0].id, Direction.LEFT) == corner[0].id  # nothing further


def test_ctrl_arrows_move_within_a_cell_then_into_the_next_lane(doc, map_id):
    text_lanes = [lane for lane in doc.lanes(map_id) if lane.kind.holds_cards]
    steps = doc.map_steps(map_id)
    lane, step = next(
        (lane, step) for lane in text_lanes[1:] for step in steps if len(doc.cards(lane.id, step.id)) >= 2
    )
    first, second = doc.cards(lane.id, step.id)[:2]
    assert nudge_target(doc, map_id, [second.id], Direction.UP) == (lane.id, step.id, 0)
    above = text_lanes[text_lanes.index(lane) - 1]
    # past the top of its cell, into the lane above at its bottom
    assert nudge_target(doc, map_id, [first.id], Direction.UP) == (above.id, step.id, len(doc.cards(above.id, step.id)))
    cards_of_two_cells = [first.id, doc.cards(text_lanes[0].id, steps[0].id)[0].id]
    assert nudge_target(doc, map_id, cards_of_two_cells, Direction.DOWN) is None


# -- what is under the mouse ------------------------------------------------------------------------
def test_cards_cells_and_headers_are_found_where_the_layout_put_them(doc, map_id, hits):
    boxes = hits.layout.boxes
    for card in doc.store.all(Kind.CARD):
        if doc.lane(card.lane_id).map_id != map_id:
            continue
        x, y = centre(boxes[("card", card.id)])
        assert hits.card_at(x, y) == card.id
        assert hits.cell_at(x, y) == (card.lane_id, card.step_id)
        assert hits.text_cell_at(x, y) == (card.lane_id, card.step_id)
    for header, records in (
        (Header.PHASE, doc.phases(map_id)),
        (Header.STEP, doc.map_steps(map_id)),
        (Header.LANE, doc.lanes(map_id)),
    ):
        for record in records:
            assert hits.header_at(*centre(boxes[(header.box, record.id)])) == (header, record.id)
            assert hits.header_box(header, record.id) == boxes[(header.box, record.id)]
    assert hits.header_at(-5.0, -5.0) is None and hits.cell_at(-5.0, -5.0) is None


def test_a_drop_lands_between_the_cards_the_marker_shows(doc, map_id, hits):
    from journeymapper.layout import DEFAULT_THEME

    boxes = hits.layout.boxes
    lane, step = next(
        (lane, step)
        for lane in doc.lanes(map_id)
        if lane.kind.holds_cards
        for step in doc.map_steps(map_id)
        if len(doc.cards(lane.id, step.id)) >= 2
    )
    first, second = doc.cards(lane.id, step.id)[:2]
    top, middle = boxes[("card", first.id)], boxes[("card", second.id)]
    x = top.x + 5
    assert hits.insertion_point(x, top.y + 1, set()) == (lane.id, step.id, 0)
    assert hits.insertion_point(x, middle.y + 1, set()) == (lane.id, step.id, 1)
    assert hits.insertion_point(x, middle.y + 1, {first.id}) == (lane.id, step.id, 0)  # among those staying
    (x1, y1), (x2, y2) = hits.drop_line(lane.id, step.id, 1, set(), DEFAULT_THEME)
    assert y1 == y2 and top.bottom < y1 < middle.y and x1 < x2
    cell = boxes[("cell", (lane.id, step.id))]
    assert set(hits.cards_in(cell)) == {c.id for c in doc.cards(lane.id, step.id)}


def test_headers_drop_between_their_siblings(doc, map_id, hits):
    boxes = hits.layout.boxes
    lanes = doc.lanes(map_id)
    drop = hits.header_drop(Header.LANE, lanes[0].id, 10.0, boxes[("lane", lanes[-1].id)].bottom - 1)
    assert (drop.parent, drop.index) == ("", len(lanes) - 1)
    phases = doc.phases(map_id)
    steps = doc.steps(phases[1].id)
    drop = hits.header_drop(Header.STEP, doc.steps(phases[0].id)[0].id, boxes[("step", steps[0].id)].x + 1, 0.0)
    assert (drop.parent, drop.index) == (phases[1].id, 0)
    assert drop.line[0][0] == drop.line[1][0]  # a vertical marker
    drop = hits.header_drop(Header.PHASE, phases[0].id, hits.layout.width, 0.0)
    assert (drop.parent, drop.index) == ("", len(phases) - 1)


def test_a_column_border_and_the_emotion_scale_are_found(doc, map_id, hits):
    boxes = hits.layout.boxes
    step = doc.map_steps(map_id)[2]
    box = boxes[("step", step.id)]
    assert hits.column_border_at(box.right + 1, box.y + 2, 3.0) == step.id
    assert hits.column_border_at(box.x + box.w / 2, box.y + 2, 3.0) is None
    emotion = next(lane for lane in doc.lanes(map_id) if lane.kind is LaneKind.EMOTION)
    journey = doc.map(map_id)
    area = boxes[("emotion_area", emotion.id)]
    assert hits.score_at(emotion.id, area.y - 50)[0] == journey.scale_max
    assert hits.score_at(emotion.id, area.bottom + 50) == (journey.scale_min, area.bottom)
    x, _ = centre(boxes[("cell", (emotion.id, step.id))])
    assert hits.emotion_cell_at(x, area.y + 1) == (emotion.id, step.id)


# -- one order for every view ----------------------------------------------------------------------
class _Written:
    """A project that takes every write (the dispatcher is about what happens after)."""

    def write(self, changes) -> None:
        pass


class _Session(EditingSession):
    """An editing session that shows who listens to it."""

    def __init__(self, document) -> None:
        super().__init__(document, _Written())
        self.listening: list = []

    def subscribe(self, listener) -> None:
        super().subscribe(listener)
        self.listening.append(listener)

    def unsubscribe(self, listener) -> None:
        super().unsubscribe(listener)
        self.listening.remove(listener)


def test_views_hear_of_a_change_in_the_fixed_order_and_only_while_attached(doc, map_id):
    session = _Session(doc)
    views = views_of(session)
    assert views_of(session) is views  # one per session
    heard = []

    def view(name):
        return lambda changes: heard.append((name, changes.kinds))

    window, inspector, panel, scene = view("window"), view("inspector"), view("panel"), view("scene")
    for stage, listener in (
        (Stage.WINDOW, window),
        (Stage.INSPECTOR, inspector),
        (Stage.PANELS, panel),
        (Stage.CANVAS, scene),
    ):
        views.attach(stage, listener)
    assert len(session.listening) == 1  # the dispatcher, once
    session.edit(doc.rename_map, map_id, "Nieuw")
    assert heard == [(name, frozenset({Kind.MAP})) for name in ("scene", "panel", "inspector", "window")]

    def closes_the_inspector(changes):
        views.detach(inspector)

    heard.clear()
    views.attach(Stage.CANVAS, closes_the_inspector)
    session.edit(doc.rename_map, map_id, "Weer anders")
    assert [name for name, _ in heard] == ["scene", "panel", "window"]  # detached while others were told
    for listener in (window, panel, scene, closes_the_inspector):
        views.detach(listener)
    assert session.listening == []  # the last view gone: nothing listens to the session
