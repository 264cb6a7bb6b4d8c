"""The editor window opens a project, shows its name, and closes cleanly."""

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox

import conftest
from journeymapper.app.editing import EditingSession
from journeymapper.persistence import ProjectFile, find_recoverable, read_project
from journeymapper.ui import application
from journeymapper.ui.main_window import ProjectWindow


@pytest.fixture
def windows(qapp):
    """Windows a test opens; any still alive at the end are closed without prompts."""
    opened = []
    yield opened
    for window in opened:
        if shiboken6.isValid(window):
            window.hide()
            window.project_session.close()
            window.deleteLater()
        application.forget(window)


def test_window_shows_the_project_and_closes_without_leftovers(qtbot, windows, sample_file):
    window = conftest.open_window(qtbot, sample_file)
    windows.append(window)
    assert window.windowTitle().startswith("sample")
    assert window.heading.text() == "sample"
    assert window.maps.count() == 2  # the map and the persona
    assert window.close()
    assert find_recoverable() == []
    project2, _ = ProjectFile.open(sample_file)  # the lock was released
    project2.close()


def open_window(qtbot, windows, path):
    """A project window on ``path`` (opened as the editor opens one) with its editing session,
    tracked for clean-up."""
    window = conftest.open_window(qtbot, path)
    windows.append(window)
    return window, window.session, window.session.document


def test_unsaved_changes_are_asked_about_and_saved(qtbot, windows, sample_file, monkeypatch):
    window, session, document = open_window(qtbot, windows, sample_file)
    session.edit(document.rename_map, document.maps()[0].id, "Bewaard bij sluiten")
    assert window.isWindowModified()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    assert window.close()
    assert read_project(sample_file)[0].maps()[0].title == "Bewaard bij sluiten"


def test_cancel_keeps_the_window_open(qtbot, windows, sample_file, monkeypatch):
    window, session, document = open_window(qtbot, windows, sample_file)
    session.edit(document.rename_map, document.maps()[0].id, "x")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()
    assert read_project(sample_file)[0].maps()[0].title != "x"


def test_start_offers_recovery_of_a_crashed_session(windows, sample_file, monkeypatch):
    project, document = ProjectFile.open(sample_file)
    EditingSession(document, project).edit(document.rename_map, document.maps()[0].id, "Gered")
    project.close(keep_working_copy=True)

    def choose_recover(box):
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_recover)
    application.offer_recovery()
    [window] = [w for w in application._windows if isinstance(w, ProjectWindow)]
    windows.append(window)
    assert window.session.document.maps()[0].title == "Gered"
    assert window.isWindowModified()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    window.close()
    assert read_project(sample_file)[0].maps()[0].title == "Gered"
    assert find_recoverable() == []


@pytest.mark.parametrize("choice", ["view", "copy"])
def test_a_project_shown_instead_names_its_repairs_in_the_interface_language(
    qtbot, windows, sample_file, monkeypatch, choice
):
    """A project someone else has open, viewed read-only or copied, names the place it made for
    cards whose cell was lost as opening it for editing does: in the interface language."""
    import sqlite3

    from journeymapper.app.session import ProjectSession
    from journeymapper.domain import Kind
    from journeymapper.i18n import install
    from journeymapper.ui import conflict_dialogs

    conn = sqlite3.connect(sample_file)
    conn.execute("UPDATE card SET step_id = 'verdwenen' WHERE rowid = (SELECT min(rowid) FROM card)")
    conn.commit()
    conn.close()
    install("nl")
    held = ProjectSession.open(sample_file)  # another window has it
    try:
        answer = {"view": conflict_dialogs.READ_ONLY, "copy": conflict_dialogs.COPY}[choice]
        monkeypatch.setattr(conflict_dialogs, "offer_instead", lambda error: answer)
        window = application.open_path(sample_file)
        windows.append(window)
        assert window.session.read_only is (choice == "view")
        names = {step.name for step in window.session.document.store.all(Kind.STEP)}
        assert "Teruggevonden kaartjes" in names and "Recovered cards" not in names
    finally:
        held.close()
        install("en")
