"""Property-based: random edit sequences, persisted edit by edit, reopen as the document.

Also: undoing everything returns the first state, and redoing it all the last.
"""

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymapper.app.editing import EditingSession
from journeymapper.content.markers import untranslated
from journeymapper.content.templates import build_map
from journeymapper.domain import CHANNEL_ICONS, Document, EditError, LaneKind
from journeymapper.persistence import ProjectFile, read_project

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


def random_edit(document: Document, rng: random.Random, text: str):
    """One random edit as (method, args); it may be refused, which is fine."""
    maps = document.maps()
    journey = rng.choice(maps)
    lanes = document.lanes(journey.id)
    steps = document.map_steps(journey.id)
    phases = document.phases(journey.id)
    text_lanes = [lane for lane in lanes if lane.kind.holds_cards] or lanes
    lane = rng.choice(text_lanes) if text_lanes else None
    step = rng.choice(steps) if steps else None
    cards = [c for lane_ in lanes for s in steps for c in document.cards(lane_.id, s.id)]
    card = rng.choice(cards) if cards else None
    choices = [
        (document.add_card, (lane.id, step.id, text)) if lane and step else None,
        (document.set_card_text, (card.id, text)) if card else None,
        (document.recolor_card, (card.id, rng.choice(["", "#ffd166", "#06D6A0"]))) if card else None,
        (document.move_card, (card.id, lane.id, step.id, 0)) if card and lane and step else None,
        (document.delete_card, (card.id,)) if card else None,
        (
            document.add_phase,
            (
                journey.id,
                text,
            ),
        ),
        (document.rename_phase, (rng.choice(phases).id, text)) if phases else None,
        (document.move_phase, (rng.choice(phases).id, rng.randrange(len(phases)))) if phases else None,
        (document.delete_phase, (rng.choice(phases).id,)) if len(phases) > 1 else None,
        (document.add_step, (rng.choice(phases).id, text)) if phases else None,
        (document.delete_step, (step.id,)) if step else None,
        (document.add_lane, (journey.id, rng.choice(list(LaneKind)), text or "Baan")),
        (document.move_lane, (lane.id, rng.randrange(len(lanes)))) if lane else None,
        (document.delete_lane, (lane.id,)) if lane and len(lanes) > 1 else None,
        (document.set_emotion, (rng.choice(lanes).id, step.id, rng.randint(1, 5), text)) if lanes and step else None,
        (document.set_metric, (rng.choice(lanes).id, step.id, rng.uniform(-1e6, 1e6), "€", text))
        if lanes and step
        else None,
        (document.add_channel, (journey.id, text or "Kanaal", rng.choice(CHANNEL_ICONS))),
        (document.duplicate_map, (journey.id, text)) if len(maps) < 3 else None,
        (document.delete_map, (journey.id,)) if len(maps) > 1 else None,
        (document.add_persona, (text or "Persona",)),
        (document.set_scale, (journey.id, rng.choice([1, -2, 0]), rng.choice([5, 2, 10]))),
    ]
    return rng.choice([c for c in choices if c is not None])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), texts=st.lists(TEXT, min_size=30, max_size=30))
def test_random_edits_persist_and_undo(tmp_path_factory, seed, texts):
    rng = random.Random(seed)
    document = Document()
    build_map(document, "buyer", untranslated)
    project = ProjectFile.create(document)
    session = EditingSession(document, project)
    start = document.snapshot()
    history = []
    try:
        for text in texts:
            method, args = random_edit(document, rng, text)
            try:
                history.append(session.edit(method, *args))
            except EditError:
                pass
        folder = tmp_path_factory.mktemp("prop")
        project.save_as(folder / "p.jmap")
        reopened, fixes, _ = read_project(folder / "p.jmap")
        assert not fixes
        assert reopened == document
        end = document.snapshot()
        for changes in reversed(history):
            session.apply(changes.inverted())
        assert document.snapshot() == start
        assert read_project(project._session.work_path)[0] == document
        for changes in history:
            session.apply(changes)
        assert document.snapshot() == end
    finally:
        project.close()
