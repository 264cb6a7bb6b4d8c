"""Views refresh from the Changes an edit made: each only where the kinds it shows changed,
in one order (the scene first), and a closed window leaves nothing listening."""

import pytest

from journeymapper.app.dispatch import Stage, views_of
from journeymapper.domain import Kind, LaneKind
from journeymapper.domain.structure import Header
from journeymapper.ui import step_cells, structure_panel
from journeymapper.ui.canvas.scene import MapScene


@pytest.fixture
def window(project_window):
    return project_window


def counting(monkeypatch, owner, name: str) -> list:
    """Calls of ``owner.name`` from now on (each still runs)."""
    calls = []
    real = getattr(owner, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def test_a_card_edit_leaves_the_structure_list_and_the_inspected_step_alone(window, monkeypatch):
    document, map_id = window.session.document, window.map_id
    step = document.map_steps(map_id)[1]
    window.inspector.show_for(Header.STEP, step.id)
    listed = counting(monkeypatch, structure_panel, "structure_rows")
    filled = counting(monkeypatch, step_cells.EmotionBox, "fill")
    lane = next(lane for lane in document.lanes(map_id) if lane.kind.holds_cards)
    card = document.cards(lane.id, step.id)[0]
    window.editor.run("Edit card", document.update_card, card.id, text="Iets anders")
    window.editor.run("Move card", document.move_cards, [card.id], lane.id, document.map_steps(map_id)[2].id, 0)
    assert listed == [] and filled == []
    assert window.inspector.current_page() is window.inspector.header_page  # still the step


def test_a_structure_change_refreshes_the_list_and_the_step_values_follow_theirs(window, monkeypatch):
    document, map_id = window.session.document, window.map_id
    step = document.map_steps(map_id)[1]
    window.inspector.show_for(Header.STEP, step.id)
    listed = counting(monkeypatch, structure_panel, "structure_rows")
    filled = counting(monkeypatch, step_cells.EmotionBox, "fill")
    emotion = next(lane for lane in document.lanes(map_id) if lane.kind is LaneKind.EMOTION)
    window.editor.run("Rename lane", document.rename_lane, emotion.id, "Gevoel")
    assert len(listed) == 1 and len(filled) == 1  # the list, and the step's fields (a lane title in them)
    lanes_row = window.structure.topLevelItem(1)
    assert any(lanes_row.child(i).text(0).startswith("Gevoel") for i in range(lanes_row.childCount()))
    assert any(box.title() == "Gevoel" for box in window.inspector.step_cells.boxes.values())
    listed.clear(), filled.clear()
    window.editor.run("Set emotion", document.set_emotion, emotion.id, step.id, 1)
    assert listed == [] and len(filled) == 1  # only the value: the list and the other boxes stay
    other = document.map_steps(map_id)[3]
    window.editor.run("Set emotion", document.set_emotion, emotion.id, other.id, 2)
    assert len(filled) == 1  # another step's value: nothing to show here


def test_the_window_hears_of_a_change_after_the_scene_has_laid_it_out(window):
    document, map_id = window.session.document, window.map_id
    seen = []

    def window_view(_changes):
        seen.append(window.scene.layout)

    views_of(window.session).attach(Stage.WINDOW, window_view)
    lane = document.lanes(map_id)[0]
    window.editor.run("Add", document.add_cards, lane.id, document.map_steps(map_id)[0].id, ["een", "twee"])
    newest = document.cards(lane.id, document.map_steps(map_id)[0].id)[-1]
    assert seen == [window.scene.layout] and ("card", newest.id) in window.scene.layout.boxes
    views_of(window.session).detach(window_view)


def test_the_frame_of_an_inspected_lane_follows_the_lane_when_a_lane_above_grows(window):
    document, map_id = window.session.document, window.map_id
    lanes = document.lanes(map_id)
    window.inspector.show_for(Header.LANE, lanes[2].id)
    frame = window.scene.markers.part_frame
    before = frame.rect().y()
    window.editor.run(
        "Add", document.add_cards, lanes[0].id, document.map_steps(map_id)[0].id, ["een", "twee", "drie", "vier"]
    )
    header = window.scene.layout.boxes[("lane_header", lanes[2].id)]
    assert frame.rect().y() > before and abs(frame.rect().y() - (header.y + 1.5)) < 1e-6


def test_a_closed_window_leaves_no_listener_on_its_session(qtbot, sample_file, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from conftest import close_window, open_window

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = open_window(qtbot, sample_file)
    session, document = window.session, window.session.document
    window.canvas.select([document.store.all(Kind.CARD)[0].id])  # the inspector shows a card
    assert window.close()
    rebuilt = counting(monkeypatch, MapScene, "rebuild")

    class Written:  # the project is closed; a stand-in takes the write, so the session tells its listeners
        modified = False

        def write(self, changes) -> None:
            pass

    project, session.project = session.project, Written()
    try:
        session.edit(document.rename_map, document.maps()[0].id, "Na het sluiten")  # nobody is told
    finally:
        session.project = project
        close_window(window)
    assert rebuilt == []
    assert views_of(session).listeners() == []


def test_a_closed_window_lets_its_project_go(qtbot, sample_file, monkeypatch):
    """The dispatcher kept its session alive, and with it the whole document of every
    project ever opened in a long-running editor."""
    import gc
    import weakref

    from PySide6.QtWidgets import QMessageBox

    from conftest import close_window, open_window

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = open_window(qtbot, sample_file)
    session, document = weakref.ref(window.session), weakref.ref(window.session.document)
    assert views_of(window.session).listeners()
    window.close()
    close_window(window)
    del window
    gc.collect()
    assert session() is None and document() is None
