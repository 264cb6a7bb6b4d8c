"""Every hostile clipboard (tests/reliability/hostile_clipboard.py) pasted into the editor
with Ctrl+V: all of it as one undo step, or refused whole with one message; the
reopened file equals the document, and the window stays open."""

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from journeymapper.persistence import read_project
from journeymapper.ui.canvas.clipboard import CARDS_MIME
from reliability.hostile_clipboard import CLIPBOARDS, NOTHING, PASTED


@pytest.mark.parametrize("hostile", CLIPBOARDS, ids=[h.name for h in CLIPBOARDS])
def test_a_hostile_clipboard_pastes_whole_or_not_at_all(qtbot, project_window, monkeypatch, hostile):
    window = project_window
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: told.append(text))
    document = window.session.document
    lane = next(lane for lane in document.lanes(window.map_id) if lane.kind.holds_cards)
    step = document.map_steps(window.map_id)[1]
    before = document.snapshot()
    old = [c.id for c in document.cards(lane.id, step.id)]
    data = QMimeData()
    data.setText(hostile.text)
    if hostile.cards_json is not None:
        data.setData(CARDS_MIME, hostile.cards_json)
    QApplication.clipboard().setMimeData(data)
    cell = window.scene.layout.boxes[("cell", (lane.id, step.id))]
    window.scene.clearSelection()
    window.view.centerOn(QPointF(cell.x + 8, cell.bottom - 3))
    QTest.mouseClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.view.mapFromScene(QPointF(cell.x + 8, cell.bottom - 3)),
    )
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(told) == hostile.messages, told
    assert all("Traceback" not in message for message in told)
    assert window.isVisible()
    if hostile.expect == PASTED:
        cards = document.cards(lane.id, step.id)
        assert [c.id for c in cards[: len(old)]] == old
        assert [c.text for c in cards[len(old) :]] == hostile.texts()
        assert window.editor.stack.count() == 1  # one undo step
        window.editor.undo()
        assert document.snapshot() == before
        window.editor.redo()
    else:
        assert document.snapshot() == before and window.editor.stack.count() == 0
        if hostile.expect == NOTHING:
            assert told == []
    assert window.save()
    assert read_project(window.session.project.path)[0] == document
