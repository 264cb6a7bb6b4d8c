"""The editor keeps its promises (issue 16): a dialog's changes are all made or none,
pasted and typed text is never thrown away, and no refusal escapes as a traceback.
Real mouse and key events; the project file is read back."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from journeymapper.domain import Kind
from journeymapper.persistence import read_project


@pytest.fixture
def told(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def saved(window):
    assert window.save()
    return read_project(window.session.project.path)[0]


def in_modal_dialog(qtbot, action):
    """Run ``action(dialog)`` on the modal dialog that is about to open."""
    done = []

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, act)
            return
        action(dialog)
        done.append(dialog)

    QTimer.singleShot(0, act)
    return done


def retype(widget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(widget, text)


def test_map_properties_with_one_invalid_field_change_nothing(qtbot, project_window, told):
    window = project_window
    document = window.session.document
    before = document.snapshot()
    journey = document.map(window.map_id)

    def fill(dialog):
        retype(dialog.title, "Een nieuwe titel")  # fine on its own
        retype(dialog.trigger, "Een nieuwe aanleiding")
        add = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Add channel")
        QTest.mouseClick(add, Qt.MouseButton.LeftButton)
        retype(dialog.high, str(journey.scale_min))  # a scale from 1 to 1: refused
        dialog.high.interpretText()
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    done = in_modal_dialog(qtbot, fill)
    window.actions["map_properties"].trigger()
    assert done, "the dialog did not open"
    assert len(told) == 1 and "scale" in told[0]
    assert document.snapshot() == before  # not the title, the trigger or the channel either
    assert not window.editor.stack.canUndo()
    assert saved(window) == document
