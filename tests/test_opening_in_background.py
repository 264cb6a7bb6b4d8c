"""A large project opens on a worker thread: the windows keep answering meanwhile."""

import sqlite3

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from conftest import close_application_windows
from journeymapper.domain import Document, Kind, LaneKind
from journeymapper.persistence import read_project, write_project
from journeymapper.ui import application
from journeymapper.ui.main_window import ProjectWindow


def write_large_project(path, cards: int) -> None:
    document = Document()
    map_id = document.add_map("Groot").added(Kind.MAP)[0].id
    lanes = [document.add_lane(map_id, LaneKind.ACTIONS, f"Baan {n}").added(Kind.LANE)[0].id for n in range(3)]
    steps = []
    for phase in range(4):
        phase_id = document.add_phase(map_id, f"Fase {phase}").added(Kind.PHASE)[0].id
        steps.append(document.steps(phase_id)[0].id)
        steps.extend(document.add_step(phase_id, f"Stap {n}").added(Kind.STEP)[0].id for n in range(2))
    texts = ["De klant zoekt een antwoord op een vraag die al lang speelt en belt de servicedesk"] * (
        cards // (len(lanes) * len(steps)) + 1
    )
    for lane_id in lanes:
        for step_id in steps:
            document.add_cards(lane_id, step_id, texts)
    write_project(path, document)


class PaintWatch(QObject):
    """Notes ``state()`` at every paint of ``widget``."""

    def __init__(self, widget, state) -> None:
        super().__init__(widget)
        self.seen: list = []
        self._state = state
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.seen.append(self._state())
        return False


@pytest.fixture
def windows():
    yield
    close_application_windows()


def test_the_event_loop_runs_while_a_large_project_opens(qtbot, tmp_path, windows):
    path = tmp_path / "groot.jmap"
    write_large_project(path, 3000)
    ticks = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    window = application.open_path(path)
    timer.stop()
    assert isinstance(window, ProjectWindow)
    assert window.session.document.card_count() >= 3000
    assert ticks  # a synchronous open runs no timer at all until it is done
    # the map was laid out on the worker: the scene started from that layout
    assert window.scene.layout_cache.hits == len(window.session.document.lanes(window.map_id))


def test_a_damaged_file_opened_in_the_background_is_reported_and_nothing_opens(qtbot, tmp_path, windows, monkeypatch):
    path = tmp_path / "kapot.jmap"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(args[2]))
    assert application.open_path(path) is None
    assert told and "kapot.jmap" in told[0]
    assert not [w for w in application._windows if isinstance(w, ProjectWindow)]


def test_the_working_copy_is_written_once_the_map_is_on_screen(qtbot, tmp_path, windows):
    path = tmp_path / "groot.jmap"
    write_large_project(path, 300)
    window = application.open_path(path)
    project = window.session.project
    assert not project.working_copy_written  # opening left it for after the first paint
    painted = PaintWatch(window.view.viewport(), lambda: project.working_copy_written)
    qtbot.waitUntil(lambda: project.working_copy_written, timeout=5000)
    assert painted.seen and painted.seen[0] is False  # the map was painted first
    assert read_project(project._session.work_path)[0] == window.session.document


def test_an_edit_made_before_the_first_paint_is_kept(qtbot, tmp_path, windows):
    path = tmp_path / "groot.jmap"
    write_large_project(path, 300)
    window = application.open_path(path)
    document, project = window.session.document, window.session.project
    lane = document.lanes(window.map_id)[0]
    window.editor.run("add", document.add_card, lane.id, document.map_steps(window.map_id)[0].id, "meteen getypt")
    assert project.working_copy_written and project.unsaved_edits == 1
    assert read_project(project._session.work_path)[0] == document
    qtbot.wait(50)  # the first paint comes, and writes nothing again
    assert read_project(project._session.work_path)[0] == document


def test_a_working_copy_that_cannot_be_written_is_reported_and_edits_are_refused(qtbot, tmp_path, windows, monkeypatch):
    path = tmp_path / "groot.jmap"
    write_large_project(path, 300)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(args[2]))

    def full_disk(*_args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("journeymapper.persistence.project_file._create_database", full_disk)
    window = application.open_path(path)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert "full" in told[0].lower() and "Traceback" not in told[0]
    document = window.session.document
    before = document.snapshot()
    lane = document.lanes(window.map_id)[0]
    window.editor.run("add", document.add_card, lane.id, document.map_steps(window.map_id)[0].id, "verloren?")
    assert len(told) == 2 and "full" in told[1].lower()  # the edit is refused with the same reason
    assert document.snapshot() == before and not window.session.project.working_copy_written


def test_what_opening_made_is_set_aside_from_the_collector_until_the_window_closes(qtbot, tmp_path, windows):
    """The records and layout of an open project live as long as its window: the
    collector does not walk them again and again (``collector.py``); closing the
    window gives them back, so cycles among them can be freed."""
    import gc

    gc.unfreeze()
    path = tmp_path / "groot.jmap"
    write_large_project(path, 600)
    window = application.open_path(path)
    assert gc.get_freeze_count() > window.session.document.card_count()
    window.close()
    assert gc.get_freeze_count() == 0
