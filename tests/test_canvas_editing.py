"""Editing on the canvas with real mouse and keyboard events, each undone and redone,
and the project file checked afterwards."""

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from journeymapper.app.editing import EditingSession
from journeymapper.domain import Kind
from journeymapper.i18n import install
from journeymapper.persistence import ProjectFile, read_project
from journeymapper.ui.canvas.text_editor import CardTextEditor
from journeymapper.ui.main_window import ProjectWindow


@pytest.fixture
def window(qtbot, sample_file, monkeypatch):
    # Closing with unsaved changes asks; a real modal box would wait forever offscreen.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    install("en")  # as the app does at start; English has its own plural forms
    project, document = ProjectFile.open(sample_file)
    window = ProjectWindow(EditingSession(document, project), sample_file)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    qtbot.waitExposed(window)
    window.view.zoom_actual()
    yield window
    if shiboken6.isValid(window):
        window.editor.clear()
        window.session.project.close()


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
    lane, step = first_cell(window)
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append(text))
    snapshot = window.session.document.snapshot()
    window.canvas.new_card(lane.id, step.id)
    typing_editor(window).setPlainText("x" * 6000)
    QTest.keyClick(typing_editor(window), Qt.Key.Key_Return)
    assert messages == ["The text is too long (at most 5000 characters)."]
    assert window.session.document.snapshot() == snapshot
    assert not window.editor.stack.canUndo()
