"""The start screen: templates with previews, the sample, recent projects."""

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox

from conftest import close_application_windows
from journeymapper.i18n import install
from journeymapper.settings import Settings
from journeymapper.ui import application
from journeymapper.ui.main_window import ProjectWindow


@pytest.fixture
def start(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    install("en")
    screen = application.show_start_screen()
    yield screen
    close_application_windows()


def project_windows():
    return [w for w in application._windows if isinstance(w, ProjectWindow)]


def test_templates_show_previews_of_their_maps(qtbot, start):
    qtbot.waitUntil(start.previews_drawn)  # drawn after the screen is up
    items = [start.templates.item(i) for i in range(start.templates.count())]
    assert [i.data(256) for i in items] == ["buyer", "design-thinking", "store-visit", "blank"]
    for item in items:
        pixmap = item.icon().pixmap(260, 150)
        assert not pixmap.isNull()
        image = pixmap.toImage()
        colours = {
            image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
        }
        assert len(colours) > 5  # a drawn map, not a blank square


def test_a_template_opens_a_new_project_and_the_start_screen_closes(qtbot, start):
    start.templates.itemActivated.emit(start.templates.item(0))
    [window] = project_windows()
    assert window.session.document.maps()[0].title  # the buyer template's map
    assert window.session.project.path is None and window.windowTitle().startswith("Untitled")
    qtbot.waitUntil(lambda: not shiboken6.isValid(start) or not start.isVisible())


def test_the_sample_opens_with_all_its_cards(start):
    start.sampleRequested.emit()
    [window] = project_windows()
    assert window.session.document.card_count() == 47


def test_recent_projects_are_listed_and_opened(qtbot, tmp_path, sample_file, english):
    Settings().add_recent(sample_file)
    Settings().add_recent(tmp_path / "gone.jmap")
    install("en")
    screen = application.show_start_screen()
    try:
        names = [screen.recent.item(i).text().split("\n")[0] for i in range(screen.recent.count())]
        assert names == ["gone", "sample"]
        assert not screen.recent.item(0).flags() & screen.recent.item(0).flags().ItemIsEnabled
        screen.recent.itemActivated.emit(screen.recent.item(1))
        [window] = project_windows()
        assert window.session.project.path == sample_file
    finally:
        for window in list(application._windows):
            if isinstance(window, ProjectWindow):
                window.editor.clear()
                window.session.project.close()
            window.deleteLater()
        application._windows.clear()


def test_choosing_a_language_on_the_start_screen_rebuilds_it_in_that_language(qtbot, start):
    from journeymapper.i18n import current_language
    from journeymapper.ui.start_screen import StartScreen

    english_names = [start.templates.item(i).text() for i in range(start.templates.count())]
    start.language.setCurrentIndex(start.language.findData("nl"))
    qtbot.waitUntil(lambda: not shiboken6.isValid(start) or not start.isVisible())
    [screen] = [w for w in application._windows if isinstance(w, StartScreen) and w.isVisible()]
    assert current_language() == "nl" and Settings().get("language") == "nl"
    assert screen.language.currentData() == "nl"
    dutch_names = [screen.templates.item(i).text() for i in range(screen.templates.count())]
    assert dutch_names != english_names  # the templates' own contents follow the language
    screen.sampleRequested.emit()
    [window] = project_windows()
    assert window.menus["file"].title() == "&Bestand"
    assert window.session.document.maps()[0].title == "Een kapotte wasmachine vervangen"
