"""The domain keeps its promises itself, not only the menus (pure domain, no QApplication):
a map keeps its last phase and a phase its last step, and several edits made as one
(a dialog's fields) are all made or none."""

import pytest

from journeymapper.domain import Document, EditError, EditProblem, LaneKind


@pytest.fixture
def doc():
    document = Document()
    document.add_map("Kaart")
    journey = document.maps()[0]
    document.add_phase(journey.id, "Oriëntatie", step_name="Zoekt")
    document.add_lane(journey.id, LaneKind.ACTIONS, "Acties")
    phase = document.phases(journey.id)[0]
    step = document.steps(phase.id)[0]
    lane = document.lanes(journey.id)[0]
    document.add_card(lane.id, step.id, "Vergelijkt prijzen")
    return document


def refused(doc, problem, operation, *args):
    before = doc.snapshot()
    with pytest.raises(EditError) as caught:
        operation(*args)
    assert caught.value.problem is problem
    assert doc.snapshot() == before  # nothing half done


def only(records):
    assert len(records) == 1
    return records[0]


def test_the_last_phase_of_a_map_cannot_be_deleted(doc):
    journey = doc.maps()[0]
    refused(doc, EditProblem.LAST_PHASE, doc.delete_phase, only(doc.phases(journey.id)).id)
    doc.add_phase(journey.id, "Aankoop")
    doc.delete_phase(doc.phases(journey.id)[0].id)  # with a second one, either may go
    refused(doc, EditProblem.LAST_PHASE, doc.delete_phase, only(doc.phases(journey.id)).id)


def test_the_last_step_of_a_phase_cannot_be_deleted_or_moved_out(doc):
    journey = doc.maps()[0]
    first = only(doc.phases(journey.id))
    step = only(doc.steps(first.id))
    refused(doc, EditProblem.LAST_STEP, doc.delete_step, step.id)
    doc.add_phase(journey.id, "Aankoop")
    second = doc.phases(journey.id)[1]
    refused(doc, EditProblem.LAST_STEP, doc.move_step, step.id, second.id, 0)
    doc.add_step(first.id, "Vraagt rond")
    doc.move_step(step.id, second.id, 0)  # with a second step, one may move on
    assert doc.steps(second.id)[0].name == "Zoekt"
    refused(doc, EditProblem.LAST_STEP, doc.delete_step, only(doc.steps(first.id)).id)


def test_edits_made_together_are_all_or_nothing(doc):
    journey = doc.maps()[0]
    before = doc.snapshot()
    edits = [
        (doc.set_map_context, (journey.id,), {"title": "Nieuwe titel", "trigger": "Lekt"}),
        (doc.add_channel, (journey.id, "Winkelchat", "chat"), {}),
        (doc.set_scale, (journey.id, 3, 3), {}),
    ]  # refused: an empty scale
    refused(doc, EditProblem.BAD_SCALE, doc.together, edits)
    assert doc.snapshot() == before
    edits[-1] = (doc.set_scale, (journey.id, -2, 2), {})
    changes = doc.together(edits)
    assert (doc.map(journey.id).title, doc.map(journey.id).scale_min) == ("Nieuwe titel", -2)
    assert [c.name for c in doc.channels(journey.id)] == ["Winkelchat"]
    doc.apply(changes.inverted())  # one patch: one undo takes all of it back
    assert doc.snapshot() == before


def test_a_map_holds_at_most_so_many_steps_and_lanes():
    """The grid's bounds, which an open also holds a file to (persistence/limits.py):
    the editor never makes a map it would then refuse to open."""
    from journeymapper.domain import rules

    document = Document()
    document.add_map("kaart")
    map_id = document.maps()[0].id
    document.add_phase(map_id, "fase")
    phase_id = document.phases(map_id)[0].id
    while len(document.map_steps(map_id)) < rules.MAX_STEPS_PER_MAP:
        document.add_step(phase_id, "stap")
    for attempt in (
        lambda: document.add_step(phase_id, "een te veel"),
        lambda: document.add_phase(map_id, "fase te veel"),
    ):
        with pytest.raises(EditError) as refused:
            attempt()
        assert refused.value.problem is EditProblem.TOO_MANY and refused.value.details["what"] == "steps"
    while len(document.lanes(map_id)) < rules.MAX_LANES_PER_MAP:
        document.add_lane(map_id, LaneKind.ACTIONS, "baan")
    with pytest.raises(EditError) as refused:
        document.add_lane(map_id, LaneKind.ACTIONS, "een te veel")
    assert refused.value.problem is EditProblem.TOO_MANY and refused.value.details["what"] == "lanes"
    assert len(document.map_steps(map_id)) == rules.MAX_STEPS_PER_MAP
