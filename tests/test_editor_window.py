"""The editor window opens a project, shows its name, and closes cleanly."""

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox

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
            if window.session.project is not None:
                window.session.project.close()
            window.deleteLater()


def test_window_shows_the_project_and_closes_without_leftovers(windows, sample_file):
    project, document = ProjectFile.open(sample_file)
    window = ProjectWindow(EditingSession(document, project), sample_file)
    windows.append(window)
    window.show()
    assert window.windowTitle().startswith("sample")
    assert window.heading.text() == "sample"
    assert window.maps.count() == 2  # the map and the persona
    assert window.close()
    assert find_recoverable() == []
    project2, _ = ProjectFile.open(sample_file)  # the lock was released
    project2.close()


def open_window(windows, path):
    """A project window on ``path`` with its editing session, tracked for clean-up."""
    project, document = ProjectFile.open(path)
    session = EditingSession(document, project)
    window = ProjectWindow(session, path)
    windows.append(window)
    return window, session, document


def test_unsaved_changes_are_asked_about_and_saved(windows, sample_file, monkeypatch):
    window, session, document = open_window(windows, sample_file)
    session.edit(document.rename_map, document.maps()[0].id, "Bewaard bij sluiten")
    assert window.isWindowModified()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    assert window.close()
    assert read_project(sample_file)[0].maps()[0].title == "Bewaard bij sluiten"


def test_cancel_keeps_the_window_open(windows, sample_file, monkeypatch):
    window, session, document = open_window(windows, sample_file)
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
