"""Edits of the journey-map document, their undo, and their refusals."""

import copy

import pytest

from journeymapper.content.templates import build_map
from journeymapper.domain import Document, EditError, EditProblem, Kind, LaneKind


@pytest.fixture
def doc(english):
    document = Document()
    build_map(document, "buyer", english)
    return document


def first_map(doc):
    return doc.maps()[0]


def lane_of(doc, kind):
    return next(lane for lane in doc.lanes(first_map(doc).id) if lane.kind is kind)


def steps(doc):
    return doc.map_steps(first_map(doc).id)


def refused(doc, problem, operation, *args, **kwargs):
    """The edit raises ``problem`` and leaves the document exactly as it was."""
    before = doc.snapshot()
    with pytest.raises(EditError) as caught:
        operation(*args, **kwargs)
    assert caught.value.problem is problem
    assert doc.snapshot() == before


def test_template_builds_phases_steps_lanes_and_channels(doc):
    journey = first_map(doc)
    assert [p.name for p in doc.phases(journey.id)] == [
        "Awareness",
        "Orientation and information search",
        "Intention",
        "Purchase consideration",
        "Purchase",
        "Loyalty",
    ]
    assert all(len(doc.steps(p.id)) == 1 for p in doc.phases(journey.id))
    assert LaneKind.EMOTION in {lane.kind for lane in doc.lanes(journey.id)}
    assert len(doc.channels(journey.id)) == 11


def test_every_edit_is_undone_by_its_inverse(doc):
    actions = lane_of(doc, LaneKind.ACTIONS)
    s0, s1 = steps(doc)[:2]
    history = []
    start = doc.snapshot()
    history.append(doc.add_cards(actions.id, s0.id, ["one", "two", "three"]))
    one, two, three = doc.cards(actions.id, s0.id)
    history.append(doc.move_card(three.id, actions.id, s0.id, 0))
    assert [c.text for c in doc.cards(actions.id, s0.id)] == ["three", "one", "two"]
    history.append(doc.move_cards([one.id, two.id], actions.id, s1.id))
    assert [c.text for c in doc.cards(actions.id, s1.id)] == ["one", "two"]
    assert [c.position for c in doc.cards(actions.id, s1.id)] == [0, 1]
    history.append(doc.set_card_text(one.id, "één"))
    history.append(doc.recolor_card(one.id, "#FFAA00"))
    assert doc.card(one.id).color == "#ffaa00"
    history.append(doc.set_emotion(lane_of(doc, LaneKind.EMOTION).id, s0.id, 4, "blij"))
    history.append(
        doc.set_step_channels(
            lane_of(doc, LaneKind.CHANNELS).id, s0.id, [c.id for c in doc.channels(first_map(doc).id)[:2]]
        )
    )
    history.append(doc.add_phase(first_map(doc).id, "Service", index=0, color="#112233"))
    history.append(doc.rename_phase(doc.phases(first_map(doc).id)[1].id, "Bewustwording"))
    history.append(doc.delete_lane(actions.id))
    assert doc.card_count() == 0
    for changes in reversed(history):
        doc.apply(changes.inverted())
    assert doc.snapshot() == start
    for changes in history:
        doc.apply(changes)
    assert doc.card_count() == 0 and len(doc.phases(first_map(doc).id)) == 7


def test_changes_name_what_changed(doc):
    actions = lane_of(doc, LaneKind.ACTIONS)
    changes = doc.add_card(actions.id, steps(doc)[0].id, "Hallo")
    assert changes.kinds == {Kind.CARD}
    assert changes.map_ids == {first_map(doc).id}
    [change] = list(changes)
    assert change.old is None and change.new.text == "Hallo"


def test_typing_merges_into_one_change(doc):
    actions = lane_of(doc, LaneKind.ACTIONS)
    card_id = doc.add_card(actions.id, steps(doc)[0].id, "").added(Kind.CARD)[0].id
    merged = doc.set_card_text(card_id, "H")
    for text in ("Ha", "Hal", "Hallo"):
        merged = merged.then(doc.set_card_text(card_id, text))
    assert len(merged) == 1
    doc.apply(merged.inverted())
    assert doc.card(card_id).text == ""


def test_phase_step_lane_order_and_delete(doc):
    journey = first_map(doc)
    phases = doc.phases(journey.id)
    doc.move_phase(phases[5].id, 0)
    assert doc.phases(journey.id)[0].name == "Loyalty"
    assert [p.position for p in doc.phases(journey.id)] == list(range(6))
    extra = doc.add_step(phases[0].id, "Tweede").added(Kind.STEP)[0]
    doc.move_step(extra.id, phases[1].id, 0)
    assert doc.steps(phases[1].id)[0].id == extra.id
    assert len(doc.steps(phases[0].id)) == 1
    lanes = doc.lanes(journey.id)
    doc.move_lane(lanes[-1].id, 0)
    assert doc.lanes(journey.id)[0].id == lanes[-1].id
    actions = lane_of(doc, LaneKind.ACTIONS)
    doc.add_card(actions.id, extra.id, "weg")
    doc.delete_phase(phases[1].id)
    assert doc.card_count() == 0
    assert len(doc.phases(journey.id)) == 5


def test_duplicate_and_delete_map(doc):
    source = first_map(doc)
    actions = lane_of(doc, LaneKind.ACTIONS)
    doc.add_card(actions.id, steps(doc)[0].id, "kaart")
    doc.set_step_channels(lane_of(doc, LaneKind.CHANNELS).id, steps(doc)[0].id, [doc.channels(source.id)[0].id])
    doc.duplicate_map(source.id, "Kopie")
    copy_map = doc.maps()[1]
    assert copy_map.title == "Kopie" and copy_map.id != source.id
    assert doc.card_count(copy_map.id) == 1
    copied_lane = next(lane for lane in doc.lanes(copy_map.id) if lane.kind is LaneKind.CHANNELS)
    chosen = doc.step_channels(copied_lane.id, doc.map_steps(copy_map.id)[0].id).channel_ids
    assert chosen == {doc.channels(copy_map.id)[0].id}
    doc.delete_map(source.id)
    assert [m.title for m in doc.maps()] == ["Kopie"]
    assert doc.maps()[0].position == 0
    assert doc.card_count() == 1


def test_scale_change_clamps_scores(doc):
    journey = first_map(doc)
    emotion = lane_of(doc, LaneKind.EMOTION)
    doc.set_emotion(emotion.id, steps(doc)[0].id, 5)
    changes = doc.set_scale(journey.id, -2, 2)
    assert doc.emotion(emotion.id, steps(doc)[0].id).score == 2
    doc.apply(changes.inverted())
    assert doc.emotion(emotion.id, steps(doc)[0].id).score == 5


def test_personas_and_context(doc):
    journey = first_map(doc)
    persona_id = doc.add_persona("Sanne", role="Ouder", quote="Snel graag").added(Kind.PERSONA)[0].id
    doc.set_map_context(journey.id, persona_id=persona_id, trigger="Kapot", goal="Nieuw")
    assert doc.map(journey.id).persona_id == persona_id
    doc.delete_persona(persona_id)
    assert doc.map(journey.id).persona_id is None
    assert doc.map(journey.id).trigger == "Kapot"


def test_refusals_change_nothing(doc):
    journey = first_map(doc)
    actions = lane_of(doc, LaneKind.ACTIONS)
    emotion = lane_of(doc, LaneKind.EMOTION)
    step = steps(doc)[0]
    refused(doc, EditProblem.WRONG_LANE_KIND, doc.add_card, emotion.id, step.id, "x")
    refused(doc, EditProblem.SCORE_OUT_OF_SCALE, doc.set_emotion, emotion.id, step.id, 6)
    refused(doc, EditProblem.SCORE_OUT_OF_SCALE, doc.set_emotion, emotion.id, step.id, True)
    refused(doc, EditProblem.WRONG_LANE_KIND, doc.set_emotion, actions.id, step.id, 3)
    refused(doc, EditProblem.BAD_COLOR, doc.recolor_phase, doc.phases(journey.id)[0].id, "red")
    refused(doc, EditProblem.TEXT_TOO_LONG, doc.add_card, actions.id, step.id, "x" * 5001)
    refused(doc, EditProblem.BAD_SCALE, doc.set_scale, journey.id, 5, 1)
    refused(doc, EditProblem.BAD_SCALE, doc.set_scale, journey.id, -50, 50)
    refused(doc, EditProblem.LAST_STEP, doc.delete_step, step.id)
    refused(doc, EditProblem.BAD_INDEX, doc.move_phase, doc.phases(journey.id)[0].id, 6)
    refused(doc, EditProblem.BAD_INDEX, doc.add_card, actions.id, step.id, "x", index=-1)
    refused(doc, EditProblem.NOT_FOUND, doc.delete_card, "nope")
    refused(doc, EditProblem.UNKNOWN_ICON, doc.add_channel, journey.id, "Fax", "fax")
    refused(
        doc, EditProblem.UNKNOWN_CHANNEL, doc.set_step_channels, lane_of(doc, LaneKind.CHANNELS).id, step.id, ["nope"]
    )
    refused(doc, EditProblem.BAD_WIDTH, doc.update_step, step.id, width=float("nan"))
    refused(doc, EditProblem.BAD_IMAGE, doc.add_image, "image/gif", 10, 10, b"GIF89a")
    # a move that would leave its phase without a step
    other_phase = doc.phases(journey.id)[1]
    refused(doc, EditProblem.LAST_STEP, doc.move_step, step.id, other_phase.id, 0)
    # a card cannot move to another map
    doc.duplicate_map(journey.id)
    other_map = doc.maps()[1]
    other_actions = next(lane for lane in doc.lanes(other_map.id) if lane.kind is LaneKind.ACTIONS)
    card_id = doc.add_card(actions.id, step.id, "mijn").added(Kind.CARD)[0].id
    refused(doc, EditProblem.NOT_SAME_MAP, doc.move_card, card_id, other_actions.id, doc.map_steps(other_map.id)[0].id)


def test_metric_refuses_non_finite_numbers(doc):
    metrics_lane = doc.add_lane(first_map(doc).id, LaneKind.METRICS, "Cijfers").added(Kind.LANE)[0]
    step = steps(doc)[0]
    for bad in (float("nan"), float("inf"), 1e300):
        refused(doc, EditProblem.BAD_NUMBER, doc.set_metric, metrics_lane.id, step.id, bad)
    doc.set_metric(metrics_lane.id, step.id, 68, "%", "analytics")
    assert doc.metric(metrics_lane.id, step.id).value == 68.0


def test_stale_undo_is_refused_and_changes_nothing(doc):
    actions = lane_of(doc, LaneKind.ACTIONS)
    changes = doc.add_card(actions.id, steps(doc)[0].id, "a")
    card_id = changes.added(Kind.CARD)[0].id
    doc.set_card_text(card_id, "b")
    before = copy.deepcopy(doc.snapshot())
    with pytest.raises(EditError) as caught:
        doc.apply(changes.inverted())  # the card is no longer as that change left it
    assert caught.value.problem is EditProblem.STALE_CHANGE
    assert doc.snapshot() == before


def test_duplicate_cards_puts_each_copy_after_its_original(sample_document):
    from journeymapper.domain import Kind

    document = sample_document
    map_id = document.maps()[0].id
    lane = document.lanes(map_id)[0]
    step = document.map_steps(map_id)[2]  # two cards
    first, second = document.cards(lane.id, step.id)
    other = document.cards(document.lanes(map_id)[1].id, step.id)[0]
    before = document.snapshot()
    changes = document.duplicate_cards([second.id, first.id, other.id])
    cell = document.cards(lane.id, step.id)
    assert [c.text for c in cell] == [first.text, first.text, second.text, second.text]
    assert cell[0].id == first.id and cell[2].id == second.id and len({c.id for c in cell}) == 4
    assert len(changes.added(Kind.CARD)) == 3
    document.apply(changes.inverted())
    assert document.snapshot() == before


def test_add_cards_with_a_colour_each_and_refused_mismatch(sample_document):
    import pytest

    from journeymapper.domain import EditError

    document = sample_document
    map_id = document.maps()[0].id
    lane, step = document.lanes(map_id)[0], document.map_steps(map_id)[0]
    document.add_cards(lane.id, step.id, ["a", "b"], colors=["#ff0000", ""])
    assert [(c.text, c.color) for c in document.cards(lane.id, step.id)[-2:]] == [("a", "#ff0000"), ("b", "")]
    before = document.snapshot()
    with pytest.raises(EditError):
        document.add_cards(lane.id, step.id, ["a", "b"], colors=["#ff0000"])
    with pytest.raises(EditError):
        document.add_cards(lane.id, step.id, ["a"], colors=["red"])
    assert document.snapshot() == before
