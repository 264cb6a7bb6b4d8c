"""Everything the mouse does to phases, steps, lanes and a step's values, done with the keyboard.

The map structure list beside the canvas chooses a part; Alt+arrow keys move
it, Delete removes it, and the inspector's fields set a step's emotion,
channels, figures and picture. Each change is checked in the saved file.
"""

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from journeymapper.domain import LaneKind
from journeymapper.persistence import read_project


@pytest.fixture
def window(project_window):
    project_window.resize(1400, 900)
    return project_window


def reopened(window):
    window.save()
    return read_project(window.session.project.path)[0]


def press(widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def choose_by_keyboard(window, role: str, key: str) -> None:
    """Walk the structure list with the Down key until the wanted row is current."""
    tree = window.structure
    tree.setFocus()
    press(tree, Qt.Key.Key_Home)
    for _ in range(tree.topLevelItemCount() + len(tree._items) + 1):
        if tree.current() == (role, key):
            return
        press(tree, Qt.Key.Key_Down)
    raise AssertionError(f"{role} {key} not reached")


def lane_of(document, map_id, kind):
    return next(lane for lane in document.lanes(map_id) if lane.kind is kind)


# -- choosing a part -------------------------------------------------------------------------
def test_structure_list_chooses_a_part_and_frames_its_header(window):
    document, map_id = window.session.document, window.map_id
    step = next(s for s in document.map_steps(map_id)[1:] if len(document.steps(s.phase_id)) > 1)
    choose_by_keyboard(window, "step", step.id)
    assert window.inspector.target == ("step", step.id)
    assert window.inspector.current_page() is window.inspector.header_page
    assert window.inspector.header_name.text() == step.name
    frame = window.scene.markers.part_frame
    header = window.scene.layout.boxes[("step", step.id)]
    assert frame.isVisible() and frame.rect().contains(QPointF(header.x + header.w / 2, header.y + header.h / 2))
    assert window.actions["move_earlier"].text() == "Move step &left"
    assert window.actions["delete_part"].isEnabled()
    # A card selected on the canvas takes over: the list lets go and the frame goes.
    card = document.cards(lane_of(document, map_id, LaneKind.ACTIONS).id, step.id)[0]
    window.canvas.select([card.id])
    assert window.structure.current() is None and not frame.isVisible()
    assert not window.actions["move_earlier"].isEnabled()
    assert window.actions["move_earlier"].text() == "Move &left or up"
    # A header clicked on the canvas shows in the list.
    phase = document.phases(map_id)[2]
    window.view.headerClicked.emit("phase", phase.id)
    assert window.structure.current() == ("phase", phase.id)


# -- moving and deleting with the keyboard ----------------------------------------------------
def test_alt_arrows_move_a_phase_step_and_lane(window):
    document, map_id = window.session.document, window.map_id
    phases = [p.id for p in document.phases(map_id)]
    choose_by_keyboard(window, "phase", phases[0])
    assert not window.actions["move_earlier"].isEnabled()  # already first
    press(window.structure, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert [p.id for p in document.phases(map_id)] == [phases[1], phases[0], *phases[2:]]
    assert window.structure.current() == ("phase", phases[0])  # the list follows the part
    assert window.undo_action.text() == "&Undo Move phase"

    lanes = [lane.id for lane in document.lanes(map_id)]
    choose_by_keyboard(window, "lane", lanes[1])
    assert window.actions["move_earlier"].text() == "Move lane &up"
    press(window.structure, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [lane.id for lane in document.lanes(map_id)][:2] == [lanes[1], lanes[0]]

    two = next(p for p in document.phases(map_id)[1:] if len(document.steps(p.id)) == 2)
    first_step = document.steps(two.id)[0]
    later_phase = document.phases(map_id)[document.phases(map_id).index(two) - 1]
    choose_by_keyboard(window, "step", first_step.id)
    press(window.structure, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert document.step(first_step.id).phase_id == later_phase.id
    assert document.steps(later_phase.id)[-1].id == first_step.id

    saved = reopened(window)
    assert [p.id for p in saved.phases(map_id)][:2] == [phases[1], phases[0]]
    assert [lane.id for lane in saved.lanes(map_id)][:2] == [lanes[1], lanes[0]]
    assert saved.step(first_step.id).phase_id == later_phase.id
    for _ in range(3):
        window.editor.stack.undo()
    assert [p.id for p in document.phases(map_id)] == phases
    assert [lane.id for lane in document.lanes(map_id)] == lanes
    assert document.step(first_step.id).phase_id == two.id


def test_delete_removes_the_chosen_lane_with_its_cards_and_undo_brings_it_back(window):
    document, map_id = window.session.document, window.map_id
    lane = lane_of(document, map_id, LaneKind.PAIN_POINTS)
    cards = sum(len(document.cards(lane.id, s.id)) for s in document.map_steps(map_id))
    total = document.card_count(map_id)
    assert cards > 0
    choose_by_keyboard(window, "lane", lane.id)
    assert window.actions["delete_part"].text() == "De&lete lane"
    press(window.structure, Qt.Key.Key_Delete)
    assert lane.id not in {lane.id for lane in document.lanes(map_id)}
    assert document.card_count(map_id) == total - cards
    assert window.inspector.target == ("map", None)
    assert lane.id not in {lane.id for lane in reopened(window).lanes(map_id)}
    window.editor.stack.undo()
    assert document.lane(lane.id).title == lane.title and document.card_count(map_id) == total


def test_the_last_step_of_a_phase_and_the_last_phase_cannot_be_deleted(window):
    document, map_id = window.session.document, window.map_id
    lonely = next(p for p in document.phases(map_id) if len(document.steps(p.id)) == 1)
    only = document.steps(lonely.id)[0]
    choose_by_keyboard(window, "step", only.id)
    assert not window.actions["delete_part"].isEnabled()
    assert not window.inspector.header_buttons["delete_part"].isEnabled()
    press(window.structure, Qt.Key.Key_Delete)
    assert document.step(only.id).phase_id == lonely.id


def test_edit_delete_prefers_selected_cards(window):
    document, map_id = window.session.document, window.map_id
    step = document.map_steps(map_id)[0]
    card = document.cards(lane_of(document, map_id, LaneKind.ACTIONS).id, step.id)[0]
    window.inspector.show_for("step", step.id)
    window.canvas.select([card.id])
    window.actions["delete"].trigger()
    assert document.store.get(__import__("journeymapper.domain", fromlist=["Kind"]).Kind.CARD, card.id) is None
    assert document.step(step.id).name == step.name


def test_inspector_buttons_move_the_part(window, qtbot):
    document, map_id = window.session.document, window.map_id
    lanes = [lane.id for lane in document.lanes(map_id)]
    window.view.headerClicked.emit("lane", lanes[0])
    buttons = window.inspector.header_buttons
    assert buttons["move_later"].text() == "Move lane down" and not buttons["move_earlier"].isEnabled()
    qtbot.mouseClick(buttons["move_later"], Qt.MouseButton.LeftButton)
    assert [lane.id for lane in document.lanes(map_id)][:2] == [lanes[1], lanes[0]]
    assert buttons["move_earlier"].isEnabled()


# -- a step's values ---------------------------------------------------------------------------
def test_emotion_score_and_note_by_keyboard(window):
    document, map_id = window.session.document, window.map_id
    step = document.map_steps(map_id)[0]
    lane = lane_of(document, map_id, LaneKind.EMOTION)
    journey = document.map(map_id)
    before = document.emotion(lane.id, step.id).score
    choose_by_keyboard(window, "step", step.id)
    box = window.inspector.step_cells.boxes[lane.id]
    box.score.setFocus()
    press(box.score, Qt.Key.Key_Up)
    assert document.emotion(lane.id, step.id).score == before + 1
    assert window.undo_action.text() == "&Undo Set emotion"
    box.note.setFocus()
    box.note.selectAll()
    QTest.keyClicks(box.note, "Opgelucht")
    press(box.note, Qt.Key.Key_Return)
    assert document.emotion(lane.id, step.id).note == "Opgelucht"
    # Down past the lowest score clears it: "no score" is the spin box's first value.
    box.score.setFocus()
    for _ in range(before + 1 - journey.scale_min + 1):
        press(box.score, Qt.Key.Key_Down)
    assert document.emotion(lane.id, step.id) is None
    assert box.score.text() == "no score" and not box.note.isEnabled()
    saved = reopened(window)
    assert saved.emotion(lane.id, step.id) is None
    window.editor.stack.undo()
    assert document.emotion(lane.id, step.id).score == journey.scale_min
    assert box.score.value() == journey.scale_min  # the field follows undo


def test_channels_are_ticked_with_space(window):
    document, map_id = window.session.document, window.map_id
    lane = lane_of(document, map_id, LaneKind.CHANNELS)
    step = next(s for s in document.map_steps(map_id) if document.step_channels(lane.id, s.id) is None)
    window.inspector.show_for("step", step.id)
    box = window.inspector.step_cells.boxes[lane.id]
    channels = document.channels(map_id)
    assert box.list.count() == len(channels) > 2
    box.list.setFocus()
    box.list.setCurrentRow(0)
    press(box.list, Qt.Key.Key_Space)
    press(box.list, Qt.Key.Key_Down)
    press(box.list, Qt.Key.Key_Down)
    press(box.list, Qt.Key.Key_Space)
    assert reopened(window).step_channels(lane.id, step.id).channel_ids == {channels[0].id, channels[2].id}
    press(box.list, Qt.Key.Key_Space)
    assert document.step_channels(lane.id, step.id).channel_ids == {channels[0].id}
    window.editor.stack.undo()
    assert document.step_channels(lane.id, step.id).channel_ids == {channels[0].id, channels[2].id}
    assert box.list.item(2).checkState() == Qt.CheckState.Checked


def test_metric_value_unit_and_source_are_typed(window):
    document, map_id = window.session.document, window.map_id
    lane = lane_of(document, map_id, LaneKind.METRICS)
    step = next(s for s in document.map_steps(map_id) if document.metric(lane.id, s.id) is None)
    window.inspector.show_for("step", step.id)
    box = window.inspector.step_cells.boxes[lane.id]
    assert box.value.text() == ""
    box.value.setFocus()
    QTest.keyClicks(box.value, "1234.5")
    press(box.value, Qt.Key.Key_Tab)
    QTest.keyClicks(box.unit, "min")
    press(box.unit, Qt.Key.Key_Tab)
    metric = reopened(window).metric(lane.id, step.id)
    assert (metric.value, metric.unit, metric.source) == (1234.5, "min", "")
    box.value.setFocus()
    box.value.selectAll()
    QTest.keyClicks(box.value, "abc")  # the validator refuses letters
    press(box.value, Qt.Key.Key_Return)
    assert document.metric(lane.id, step.id).value == 1234.5
    box.value.selectAll()
    press(box.value, Qt.Key.Key_Delete)
    press(box.value, Qt.Key.Key_Return)
    assert document.metric(lane.id, step.id) is None  # an empty value clears the figure
    window.editor.stack.undo()
    assert box.value.text() == "1234.5"


def test_metric_in_dutch_uses_a_decimal_comma(window):
    from journeymapper.i18n import install

    install("nl")
    document, map_id = window.session.document, window.map_id
    lane = lane_of(document, map_id, LaneKind.METRICS)
    step = next(s for s in document.map_steps(map_id) if document.metric(lane.id, s.id) is None)
    window.inspector.show_for("step", step.id)
    box = window.inspector.step_cells.boxes[lane.id]
    box.value.setFocus()
    QTest.keyClicks(box.value, "3,5")
    press(box.value, Qt.Key.Key_Return)
    assert document.metric(lane.id, step.id).value == 3.5


def test_step_picture_is_checked_set_and_removed(window, tmp_path):
    from PIL import Image

    document, map_id = window.session.document, window.map_id
    lane = lane_of(document, map_id, LaneKind.IMAGE)
    step = next(s for s in document.map_steps(map_id) if document.step_image(lane.id, s.id) is None)
    window.inspector.show_for("step", step.id)
    cells = window.inspector.step_cells
    box = cells.boxes[lane.id]
    assert not box.remove.isEnabled()
    picture = tmp_path / "schets.png"
    Image.new("RGB", (160, 100), "#aa5533").save(picture)
    assert cells.set_picture(lane.id, picture)
    image_id = document.step_image(lane.id, step.id).image_id
    assert document.image(image_id).width == 160 and box.remove.isEnabled()
    assert not box.preview.pixmap().isNull()
    assert reopened(window).step_image(lane.id, step.id).image_id == image_id
    messages = []
    window.editor.failed.disconnect()
    window.editor.failed.connect(messages.append)
    assert not cells.set_picture(lane.id, tmp_path / "weg.png")
    assert messages and "could not be read" in messages[0]
    assert document.step_image(lane.id, step.id).image_id == image_id
    box.remove.click()
    assert document.step_image(lane.id, step.id) is None
    window.editor.stack.undo()
    assert document.step_image(lane.id, step.id).image_id == image_id


def test_double_click_on_a_figure_cell_puts_the_keyboard_in_its_field(window):
    document, map_id = window.session.document, window.map_id
    lane = lane_of(document, map_id, LaneKind.METRICS)
    step = document.map_steps(map_id)[1]
    window.view.set_zoom(0.6)
    cell = window.scene.layout.boxes[("cell", (lane.id, step.id))]
    centre = QPointF(cell.x + cell.w / 2, cell.y + cell.h / 2)
    window.view.centerOn(centre)
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=window.view.mapFromScene(centre))
    assert window.inspector.target == ("step", step.id)
    assert window.inspector.step_cells.boxes[lane.id].value.hasFocus()


# -- personas ------------------------------------------------------------------------------------
def test_add_a_persona_name_it_and_delete_it_with_the_keyboard(window):
    document, map_id = window.session.document, window.map_id
    sanne = document.personas()[0]
    window.actions["add_persona"].trigger()
    added = [p for p in document.personas() if p.id != sanne.id]
    assert len(added) == 1 and window.inspector.target == ("persona", added[0].id)
    name = window.inspector.persona_name
    assert name.hasFocus() and name.selectedText() == "New persona"
    QTest.keyClicks(name, "Kees de Beheerder")
    press(name, Qt.Key.Key_Return)
    assert reopened(window).persona(added[0].id).name == "Kees de Beheerder"
    assert document.map(map_id).persona_id == sanne.id  # the map had a persona: it keeps it

    # The panel's rows are reached with the arrow keys; Delete removes the persona shown.
    window.maps.setFocus()
    window.maps.setCurrentRow(0)
    press(window.maps, Qt.Key.Key_Down)
    assert window.inspector.target == ("persona", sanne.id)
    press(window.maps, Qt.Key.Key_Delete)
    assert [p.id for p in document.personas()] == [added[0].id]
    assert document.map(map_id).persona_id is None  # the map keeps its context without her
    assert reopened(window).map(map_id).persona_id is None
    window.editor.stack.undo()
    assert document.map(map_id).persona_id == sanne.id and document.persona(sanne.id).name == sanne.name


def test_a_new_persona_becomes_the_persona_of_a_map_without_one(window):
    document, map_id = window.session.document, window.map_id
    window.editor.run("no persona", document.set_map_context, map_id, persona_id=None)
    persona_id = window.actions["add_persona"].trigger() or window.inspector.target[1]
    assert document.map(map_id).persona_id == persona_id
    window.editor.stack.undo()  # one step: the persona and the map's choice of it
    assert document.map(map_id).persona_id is None and len(document.personas()) == 1
