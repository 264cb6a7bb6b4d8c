"""Editing on the canvas with real mouse and keyboard events, each undone and redone,
and the project file checked afterwards."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from journeymapper.domain import Kind
from journeymapper.persistence import read_project
from journeymapper.ui.canvas.text_editor import CardTextEditor


@pytest.fixture
def window(project_window):
    project_window.resize(1300, 850)
    project_window.view.zoom_actual()
    return project_window


def at(window, x: float, y: float) -> QPoint:
    """The viewport position of scene point (x, y), scrolled into view first."""
    window.view.centerOn(QPointF(x, y))
    return window.view.mapFromScene(QPointF(x, y))


def saved_cards(window):
    window.save()
    document, _, _ = read_project(window.session.project.path)
    return {c.id: c for c in document.store.all(Kind.CARD)}


def first_cell(window):
    document = window.session.document
    map_id = window.scene.map_id
    lane = document.lanes(map_id)[0]
    return lane, document.map_steps(map_id)[1]


def typing_editor(window) -> CardTextEditor:
    editor = window.canvas.text_editor
    assert editor is not None and editor.isVisible()
    return editor


def test_double_click_a_cell_type_and_enter_adds_a_card(qtbot, window):
    lane, step = first_cell(window)
    document = window.session.document
    before = [c.id for c in document.cards(lane.id, step.id)]
    cell = window.scene.layout.boxes[("cell", (lane.id, step.id))]
    point = at(window, cell.x + cell.w / 2, cell.bottom - 4)  # the free space under the cards
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    editor = typing_editor(window)
    QTest.keyClicks(editor, "Belt de klantenservice")
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(editor, "en wacht 20 minuten")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    cards = document.cards(lane.id, step.id)
    assert [c.id for c in cards[:-1]] == before
    new = cards[-1]
    assert new.text == "Belt de klantenservice\nen wacht 20 minuten"
    assert window.scene.selected_card_ids() == [new.id]
    assert window.undo_action.text() == "&Undo Add card"
    assert saved_cards(window)[new.id].text == new.text
    window.editor.stack.undo()
    assert [c.id for c in document.cards(lane.id, step.id)] == before
    assert new.id not in window.scene.cards
    assert new.id not in saved_cards(window)
    window.editor.stack.redo()
    assert document.card(new.id).text == new.text and new.id in window.scene.cards
    assert saved_cards(window)[new.id].text == new.text


def test_escape_cancels_and_an_empty_card_is_not_made(qtbot, window):
    lane, step = first_cell(window)
    count = window.session.document.store.count(Kind.CARD)
    cell = window.scene.layout.boxes[("cell", (lane.id, step.id))]
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, cell.x + 20, cell.bottom - 4))
    QTest.keyClicks(typing_editor(window), "weg ermee")
    QTest.keyClick(typing_editor(window), Qt.Key.Key_Escape)
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, cell.x + 20, cell.bottom - 4))
    QTest.keyClick(typing_editor(window), Qt.Key.Key_Return)
    assert window.session.document.store.count(Kind.CARD) == count
    assert not window.editor.stack.canUndo()


def test_f2_and_double_click_edit_a_card(qtbot, window):
    lane, step = first_cell(window)
    document = window.session.document
    card = document.cards(lane.id, step.id)[0]
    box = window.scene.layout.boxes[("card", card.id)]
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, box.x + 10, box.y + 10))
    assert window.scene.selected_card_ids() == [card.id]
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_F2)
    editor = typing_editor(window)
    assert editor.toPlainText() == card.text
    QTest.keyClicks(editor, "Vraagt advies aan de buren")  # replaces the selected text
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert document.card(card.id).text == "Vraagt advies aan de buren"
    assert saved_cards(window)[card.id].text == "Vraagt advies aan de buren"
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, box.x + 10, box.y + 10))
    QTest.keyClick(typing_editor(window), Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(typing_editor(window), "!")
    QTest.keyClick(typing_editor(window), Qt.Key.Key_Return)
    assert document.card(card.id).text == "Vraagt advies aan de buren!"
    window.editor.stack.undo()
    window.editor.stack.undo()
    assert document.card(card.id).text == card.text
    assert saved_cards(window)[card.id].text == card.text
    window.editor.stack.redo()
    assert saved_cards(window)[card.id].text == "Vraagt advies aan de buren"


def test_delete_key_removes_the_selection_and_undo_brings_it_back(qtbot, window):
    lane, step = first_cell(window)
    document = window.session.document
    cards = document.cards(lane.id, step.id)
    for card in cards:
        window.scene.cards[card.id].setSelected(True)
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Delete)
    assert document.cards(lane.id, step.id) == []
    assert not set(saved_cards(window)) & {c.id for c in cards}
    assert len(cards) == 1 and window.undo_action.text() == "&Undo Delete 1 card"
    window.editor.stack.undo()
    assert document.cards(lane.id, step.id) == cards
    assert {c.id for c in cards} <= set(saved_cards(window))


def test_typing_delete_in_a_card_deletes_letters_not_cards(qtbot, window):
    lane, step = first_cell(window)
    document = window.session.document
    card = document.cards(lane.id, step.id)[0]
    window.scene.cards[card.id].setSelected(True)
    window.canvas.edit_card(card.id)
    editor = typing_editor(window)
    QTest.keyClick(editor, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(editor, Qt.Key.Key_Delete)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert document.card(card.id).text == card.text[1:]


def test_a_refused_edit_says_why_and_changes_nothing(qtbot, window, monkeypatch):
    import sqlite3

    lane, step = first_cell(window)
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append(text))

    def full_disk(*_args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("journeymapper.persistence.project_file.write_changes", full_disk)
    snapshot = window.session.document.snapshot()
    window.canvas.new_card(lane.id, step.id)
    QTest.keyClicks(typing_editor(window), "Een kaartje op een volle schijf")
    QTest.keyClick(typing_editor(window), Qt.Key.Key_Return)
    assert len(messages) == 1 and messages[0].startswith("The disk is full")
    assert window.session.document.snapshot() == snapshot
    assert not window.editor.stack.canUndo()


def drag(window, start: QPoint, end: QPoint) -> None:
    viewport = window.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    steps = 6
    for i in range(1, steps + 1):
        QTest.mouseMove(viewport, start + (end - start) * i / steps)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_drag_a_card_to_another_cell_with_a_marker(qtbot, window):
    document = window.session.document
    map_id = window.scene.map_id
    lane = document.lanes(map_id)[0]
    steps = document.map_steps(map_id)
    card = document.cards(lane.id, steps[1].id)[0]
    target = document.cards(lane.id, steps[2].id)  # two cards there
    assert len(target) == 2
    window.view.set_zoom(0.6)
    box = window.scene.layout.boxes[("card", card.id)]
    second = window.scene.layout.boxes[("card", target[1].id)]
    start = at(window, box.x + 20, box.y + 8)
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    end = window.view.mapFromScene(QPointF(second.x + 30, second.y + 2))  # upper half of the second card
    viewport = window.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 7):
        QTest.mouseMove(viewport, start + (end - start) * i / 6)
    assert window.scene.markers.line.isVisible()  # the insertion marker, between the two cards
    marker_y = window.scene.markers.line.line().y1()
    first = window.scene.layout.boxes[("card", target[0].id)]
    assert first.bottom < marker_y < second.y
    assert window.scene.cards[card.id].scenePos() != QPointF(box.x, box.y)  # a preview moves the item...
    carried = window.scene.cards[card.id]
    assert carried.zValue() > max(
        item.zValue()
        for item in window.scene.items()
        if item is not carried
        and item is not window.scene.markers.line
        and item not in (window.scene.markers.score, window.scene.markers.part_frame)
    )
    assert document.card(card.id).step_id == steps[1].id  # ...not the document
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert not window.scene.markers.line.isVisible()
    assert [c.id for c in document.cards(lane.id, steps[2].id)] == [target[0].id, card.id, target[1].id]
    assert window.undo_action.text() == "&Undo Move 1 card"
    saved = saved_cards(window)
    assert saved[card.id].step_id == steps[2].id and saved[card.id].position == 1
    window.editor.stack.undo()
    assert document.card(card.id).step_id == steps[1].id
    assert saved_cards(window)[card.id].step_id == steps[1].id
    window.editor.stack.redo()
    assert saved_cards(window)[card.id].step_id == steps[2].id


def test_drag_several_selected_cards_at_once(qtbot, window):
    document = window.session.document
    map_id = window.scene.map_id
    lanes = document.lanes(map_id)
    steps = document.map_steps(map_id)
    moving = [document.cards(lanes[0].id, steps[0].id)[0], document.cards(lanes[1].id, steps[0].id)[0]]
    window.view.set_zoom(0.6)
    for card in moving:
        window.scene.cards[card.id].setSelected(True)
    box = window.scene.layout.boxes[("card", moving[0].id)]
    target_cell = window.scene.layout.boxes[("cell", (lanes[2].id, steps[4].id))]
    start = at(window, box.x + 20, box.y + 8)
    window.view.centerOn(QPointF(target_cell.x, box.y))
    start = window.view.mapFromScene(QPointF(box.x + 20, box.y + 8))
    end = window.view.mapFromScene(QPointF(target_cell.x + 40, target_cell.bottom - 3))
    drag(window, start, end)
    cell = document.cards(lanes[2].id, steps[4].id)
    assert [c.id for c in cell[-2:]] == [moving[0].id, moving[1].id]
    assert window.editor.stack.count() == 1  # one undo step for the whole drop
    window.editor.stack.undo()
    assert document.card(moving[0].id).lane_id == lanes[0].id and document.card(moving[1].id).lane_id == lanes[1].id
    assert {moving[0].id, moving[1].id} <= set(saved_cards(window))


def test_escape_during_a_drag_changes_nothing(qtbot, window):
    document = window.session.document
    lane, step = first_cell(window)
    card = document.cards(lane.id, step.id)[0]
    box = window.scene.layout.boxes[("card", card.id)]
    start = at(window, box.x + 20, box.y + 8)
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    viewport = window.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(viewport, start + QPoint(150, 40))
    QTest.keyClick(viewport, Qt.Key.Key_Escape)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(150, 40))
    assert document.card(card.id) == card
    assert window.scene.cards[card.id].scenePos() == QPointF(box.x, box.y)
    assert not window.editor.stack.canUndo()


def test_arrow_keys_walk_through_cards(qtbot, window):
    document = window.session.document
    map_id = window.scene.map_id
    lanes, steps = document.lanes(map_id), document.map_steps(map_id)
    window.view.setFocus()
    viewport = window.view.viewport()
    QTest.keyClick(viewport, Qt.Key.Key_Down)  # nothing selected: the first card
    first = document.cards(lanes[0].id, steps[0].id)[0]
    assert window.scene.selected_card_ids() == [first.id]
    QTest.keyClick(viewport, Qt.Key.Key_Down)  # next card down: the thoughts lane
    assert window.scene.selected_card_ids() == [document.cards(lanes[1].id, steps[0].id)[0].id]
    QTest.keyClick(viewport, Qt.Key.Key_Up)
    QTest.keyClick(viewport, Qt.Key.Key_Right)
    assert window.scene.selected_card_ids() == [document.cards(lanes[0].id, steps[1].id)[0].id]
    QTest.keyClick(viewport, Qt.Key.Key_Left)
    assert window.scene.selected_card_ids() == [first.id]
    assert not window.editor.stack.canUndo()  # moving the selection edits nothing


def test_shift_arrows_add_cards_to_the_selection(qtbot, window):
    document = window.session.document
    map_id = window.scene.map_id
    lanes, steps = document.lanes(map_id), document.map_steps(map_id)
    first = document.cards(lanes[0].id, steps[0].id)[0]
    window.canvas.select([first.id])
    window.view.setFocus()
    viewport = window.view.viewport()
    QTest.keyClick(viewport, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(viewport, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    wanted = {first.id, document.cards(lanes[0].id, steps[1].id)[0].id, document.cards(lanes[0].id, steps[2].id)[0].id}
    assert set(window.scene.selected_card_ids()) == wanted
    window.actions["delete"].trigger()  # what the keyboard selected, the commands act on
    assert not {
        c for c in wanted if document.store.get(__import__("journeymapper.domain", fromlist=["Kind"]).Kind.CARD, c)
    }
    QTest.keyClick(viewport, Qt.Key.Key_Down)  # a plain arrow starts a new selection of one
    assert len(window.scene.selected_card_ids()) == 1


def test_ctrl_arrows_move_cards_and_nudges_merge(qtbot, window):
    document = window.session.document
    map_id = window.scene.map_id
    lane, steps = document.lanes(map_id)[0], document.map_steps(map_id)
    card = document.cards(lane.id, steps[0].id)[0]
    window.canvas.select([card.id])
    window.view.setFocus()
    viewport = window.view.viewport()
    for _ in range(3):
        QTest.keyClick(viewport, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert document.card(card.id).step_id == steps[3].id
    below = document.lanes(map_id)[1]
    for _ in range(len(document.cards(lane.id, steps[3].id))):  # down past the others, on into the lane below
        QTest.keyClick(viewport, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert (document.card(card.id).lane_id, document.card(card.id).step_id) == (below.id, steps[3].id)
    assert document.cards(below.id, steps[3].id)[0].id == card.id  # at the top of its new cell
    assert window.editor.stack.count() == 1  # all those nudges, one undo step
    assert saved_cards(window)[card.id].step_id == steps[3].id
    QTest.keyClick(viewport, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # and back up, at the bottom
    assert document.cards(lane.id, steps[3].id)[-1].id == card.id
    window.editor.stack.undo()
    assert document.card(card.id) == card
    assert saved_cards(window)[card.id].step_id == steps[0].id
    window.editor.stack.redo()
    assert document.card(card.id).step_id == steps[3].id and document.card(card.id).lane_id == lane.id
    two = document.cards(lane.id, steps[2].id)
    window.canvas.select([two[1].id])
    QTest.keyClick(viewport, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [c.id for c in document.cards(lane.id, steps[2].id)] == [two[1].id, two[0].id]


def test_duplicate_copy_and_paste_between_maps(qtbot, window, english):
    from journeymapper.content.templates import build_map

    document = window.session.document
    map_id = window.scene.map_id
    lane, step = document.lanes(map_id)[0], document.map_steps(map_id)[0]
    card = document.cards(lane.id, step.id)[0]
    window.editor.run("color", document.update_card, card.id, color="#ffccaa")
    window.canvas.select([card.id])
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    cell = document.cards(lane.id, step.id)
    assert [(c.text, c.color) for c in cell[:2]] == [(card.text, "#ffccaa")] * 2
    assert window.scene.selected_card_ids() == [cell[1].id]
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    # a second map in the same project
    window.editor.run("map", lambda: build_map(document, "buyer", english)[1])
    other = document.maps()[1].id
    window.show_map(other)
    target_lane = next(l for l in document.lanes(other) if l.kind.holds_cards)
    target_step = document.map_steps(other)[0]
    cell_box = window.scene.layout.boxes[("cell", (target_lane.id, target_step.id))]
    QTest.mouseClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, cell_box.x + 10, cell_box.bottom - 3)
    )
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = document.cards(target_lane.id, target_step.id)[-1]
    assert (pasted.text, pasted.color) == (card.text, "#ffccaa")
    assert saved_cards(window)[pasted.id].text == card.text
    window.editor.stack.undo()
    assert pasted.id not in {c.id for c in document.cards(target_lane.id, target_step.id)}


def test_plain_text_from_another_program_becomes_one_card_per_line(qtbot, window):
    document = window.session.document
    map_id = window.scene.map_id
    lane, step = document.lanes(map_id)[2], document.map_steps(map_id)[4]
    QApplication.clipboard().setText("Snelle bezorging\n\n  Oude machine meenemen \r\nUitleg bij eerste was\n")
    cell_box = window.scene.layout.boxes[("cell", (lane.id, step.id))]
    window.scene.clearSelection()
    QTest.mouseClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, cell_box.x + 8, cell_box.bottom - 3)
    )
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    texts = [c.text for c in document.cards(lane.id, step.id)]
    assert texts[-3:] == ["Snelle bezorging", "Oude machine meenemen", "Uitleg bij eerste was"]
    assert window.undo_action.text() == "&Undo Paste 3 cards"
    window.editor.stack.undo()
    assert len(document.cards(lane.id, step.id)) == len(texts) - 3


def test_cut_removes_and_paste_restores_elsewhere(qtbot, window):
    document = window.session.document
    map_id = window.scene.map_id
    lanes, steps = document.lanes(map_id), document.map_steps(map_id)
    card = document.cards(lanes[0].id, steps[0].id)[0]
    window.canvas.select([card.id])
    window.canvas.cut_selected()
    assert card.id not in {c.id for c in document.store.all(Kind.CARD)}
    window.canvas.select([document.cards(lanes[0].id, steps[5].id)[0].id])
    window.canvas.paste()
    assert [c.text for c in document.cards(lanes[0].id, steps[5].id)][1] == card.text


def test_rubber_band_and_ctrl_click_select(qtbot, window):
    document = window.session.document
    map_id = window.scene.map_id
    lane = document.lanes(map_id)[0]
    steps = document.map_steps(map_id)
    window.view.set_zoom(0.5)
    first = window.scene.layout.boxes[("cell", (lane.id, steps[0].id))]
    third = window.scene.layout.boxes[("cell", (lane.id, steps[2].id))]
    window.view.centerOn(QPointF(third.x, third.y))
    viewport = window.view.viewport()
    # a frame from the empty space left of the first cell's cards to the far side of the third cell
    start = window.view.mapFromScene(QPointF(first.x + 2, first.y + 2))
    end = window.view.mapFromScene(QPointF(third.right - 2, third.bottom - 2))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 6):
        QTest.mouseMove(viewport, start + (end - start) * i / 5)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    expected = {c.id for s in steps[:3] for c in document.cards(lane.id, s.id)}
    assert set(window.scene.selected_card_ids()) == expected
    other = document.cards(document.lanes(map_id)[1].id, steps[0].id)[0]
    box = window.scene.layout.boxes[("card", other.id)]
    QTest.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        window.view.mapFromScene(QPointF(box.x + 10, box.y + 8)),
    )
    assert set(window.scene.selected_card_ids()) == expected | {other.id}
    assert not window.editor.stack.canUndo()


def test_space_and_drag_pans_the_view(qtbot, window):
    view = window.view
    view.zoom_actual()
    bar = view.verticalScrollBar()
    bar.setValue(bar.minimum())
    start = bar.value()
    viewport = view.viewport()
    view.setFocus()
    QTest.keyPress(viewport, Qt.Key.Key_Space)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(400, 400))
    QTest.mouseMove(viewport, QPoint(400, 300))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(400, 300))
    QTest.keyRelease(viewport, Qt.Key.Key_Space)
    assert bar.value() == start + 100
    assert window.scene.selected_card_ids() == []


def test_quitting_with_cards_on_the_clipboard_exits_cleanly(tmp_path):
    """A QMimeData made in Python left on the clipboard crashed Python at exit."""
    import subprocess
    import sys

    script = tmp_path / "quit.py"
    script.write_text(
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from journeymapper.domain import Card\n"
        "from journeymapper.ui.canvas.clipboard import cards_to_mime, release_clipboard\n"
        "app = QApplication([])\n"
        "app.aboutToQuit.connect(release_clipboard)\n"
        "QApplication.clipboard().setMimeData(cards_to_mime([Card('a', 'l', 's', 0, 'Belt de winkel', '')]))\n"
        "QTimer.singleShot(0, app.quit)\n"
        "app.exec()\n"
        "print(QApplication.clipboard().text())\n",
        "utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Belt de winkel"


@pytest.mark.parametrize("role", ["phase", "step", "lane"])
def test_double_click_on_a_header_renames_it_in_place(qtbot, window, role):
    document = window.session.document
    map_id = window.scene.map_id
    record = {
        "phase": lambda: document.phases(map_id)[1],
        "step": lambda: document.map_steps(map_id)[2],
        "lane": lambda: document.lanes(map_id)[1],
    }[role]()
    name_of = {
        "phase": lambda: document.phase(record.id).name,
        "step": lambda: document.step(record.id).name,
        "lane": lambda: document.lane(record.id).title,
    }[role]
    before = name_of()
    box = window.scene.layout.boxes[("lane_header" if role == "lane" else role, record.id)]
    point = at(window, box.x + 8, box.y + 6)
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    editor = typing_editor(window)
    assert editor.toPlainText() == before
    QTest.keyClicks(editor, "Wachten op  de monteur")  # replaces the selected name; spaces fold
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert name_of() == before and not window.editor.stack.canUndo()
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, box.x + 8, box.y + 6))
    QTest.keyClicks(typing_editor(window), "Wachten op  de monteur")
    QTest.keyClick(typing_editor(window), Qt.Key.Key_Return)
    assert name_of() == "Wachten op de monteur"
    assert window.undo_action.text() == f"&Undo Rename {role}"
    window.save()
    reopened, _, _ = read_project(window.session.project.path)
    saved = {"phase": reopened.phase, "step": reopened.step, "lane": reopened.lane}[role](record.id)
    assert getattr(saved, "title" if role == "lane" else "name") == "Wachten op de monteur"
    window.editor.stack.undo()
    assert name_of() == before
    window.editor.stack.redo()
    assert name_of() == "Wachten op de monteur"
