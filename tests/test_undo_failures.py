"""A failed undo or redo (the working copy cannot be written: a full disk) leaves the
undo stack and the document in step, says why, and works once there is room again.

The working copy lives in the state folder; here that folder is a real 1 MiB
tmpfs that gets filled (where the machine can mount one), or the disk-full
error SQLite gives is injected at the write (see disk_emulation.py)."""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from conftest import DISK_KINDS, _mount_tmpfs, _unmount, close_window, open_window
from disk_emulation import fill
from journeymapper.domain import Kind
from journeymapper.persistence import read_project


class FullDisk:
    """The state folder's disk: ``fill()`` leaves no room, ``make_room()`` frees it again."""

    def __init__(self, folder, real: bool) -> None:
        self.folder, self.real = folder, real
        self._filler = None
        self._fault = pytest.MonkeyPatch()  # its own: undoing it leaves the test's patches alone

    def fill(self) -> None:
        if self.real:
            self._filler = fill(self.folder, 0)
            return
        from journeymapper.persistence import project_file

        def full(*_args):
            raise sqlite3.OperationalError("database or disk is full")

        self._fault.setattr(project_file, "write_changes", full)

    def make_room(self) -> None:
        if self.real:
            self._filler.unlink()
        else:
            self._fault.undo()


@pytest.fixture(params=DISK_KINDS)
def state_disk(request, tmp_path, monkeypatch):
    folder = tmp_path / "state-disk"
    folder.mkdir()
    # Where no tmpfs can be mounted, the "real" run is emulated too (as conftest's small disks are).
    real = request.param == "real" and _mount_tmpfs(folder, "size=1m")
    monkeypatch.setenv("JOURNEYMAPPER_STATE_DIR", str(folder))
    disk = FullDisk(folder, real)
    yield disk
    disk._fault.undo()
    if real:
        _unmount(folder)


@pytest.fixture
def window(qtbot, tmp_path, state_disk, monkeypatch):
    from journeymapper.app.new_project import project_from_template
    from journeymapper.content.markers import untranslated
    from journeymapper.content.templates import DEFAULT_TEMPLATE
    from journeymapper.i18n import install
    from journeymapper.persistence import write_project

    install("en")
    path = tmp_path / "kaart.jmap"
    write_project(path, project_from_template(DEFAULT_TEMPLATE, untranslated))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = open_window(qtbot, path)  # as the editor opens it
    yield window
    close_window(window)


@pytest.fixture
def told(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def add_card(window) -> str:
    document = window.session.document
    lane = next(lane for lane in document.lanes(window.map_id) if lane.kind.holds_cards)
    changes = window.editor.run(
        "Add card", document.add_card, lane.id, document.map_steps(window.map_id)[0].id, "net voor de schijf vol was"
    )
    return changes.added(Kind.CARD)[0].id


def in_working_copy(window, card_id: str) -> bool:
    document = read_project(window.session.project._session.work_path)[0]
    return document.store.get(Kind.CARD, card_id) is not None


def press(window, key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), key, modifiers)


def undo(window) -> None:
    press(window, Qt.Key.Key_Z)


def redo(window) -> None:
    press(window, Qt.Key.Key_Y)


def test_a_failed_undo_keeps_the_edit_and_the_stack_in_step(qtbot, window, state_disk, told):
    card_id = add_card(window)
    stack = window.editor.stack
    assert stack.index() == 1 and window.undo_action.isEnabled()
    state_disk.fill()
    undo(window)
    assert len(told) == 1 and "The disk is full" in told[0]
    assert window.session.document.store.get(Kind.CARD, card_id) is not None  # the edit is still made
    assert in_working_copy(window, card_id)
    assert stack.index() == 1 and stack.canUndo() and not stack.canRedo()  # nothing to redo: nothing undone
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Add card"
    assert card_id in window.scene.cards
    state_disk.make_room()
    undo(window)  # with room again, the same undo works
    assert len(told) == 1
    assert window.session.document.store.get(Kind.CARD, card_id) is None and not in_working_copy(window, card_id)
    assert stack.index() == 0 and stack.canRedo() and card_id not in window.scene.cards


def test_a_failed_redo_keeps_the_undo_and_the_stack_in_step(qtbot, window, state_disk, told):
    card_id = add_card(window)
    stack = window.editor.stack
    undo(window)
    assert stack.index() == 0 and window.session.document.store.get(Kind.CARD, card_id) is None
    state_disk.fill()
    redo(window)
    assert len(told) == 1 and "The disk is full" in told[0]
    assert window.session.document.store.get(Kind.CARD, card_id) is None and not in_working_copy(window, card_id)
    assert stack.index() == 0 and stack.canRedo() and not stack.canUndo()
    assert window.redo_action.isEnabled() and not window.undo_action.isEnabled()
    assert window.redo_action.text() == "&Redo Add card"
    state_disk.make_room()
    redo(window)
    assert len(told) == 1
    assert window.session.document.card(card_id) and in_working_copy(window, card_id)
    assert stack.index() == 1 and card_id in window.scene.cards
    undo(window)  # and the history goes on as before
    assert window.session.document.store.get(Kind.CARD, card_id) is None and stack.index() == 0
