"""A second writer is seen, wherever it runs (issue 16, class 6).

Another user, or another machine on a shared or synced folder, has its own
state folder: here that is another JOURNEYMAPPER_STATE_DIR, in this process or
in a child (the command line). What it sees is the lock file beside the project.
"""

import json
import os
import socket
import sqlite3
import subprocess
import sys
import unicodedata

import pytest

from conftest import run_cli
from journeymapper.app.editing import EditingSession
from journeymapper.domain import Kind, LaneKind
from journeymapper.persistence import FileProblem, ProjectFile, ProjectFileError, read_project, write_project


def add_a_card(project, document, text="Belt de helpdesk", session=None):
    journey = document.maps()[0]
    lane = next(lane for lane in document.lanes(journey.id) if lane.kind is LaneKind.ACTIONS)
    session = session or EditingSession(document, project)
    session.edit(document.add_card, lane.id, document.map_steps(journey.id)[0].id, text)


@pytest.fixture
def other_user(tmp_path, monkeypatch):
    """Switch this process to another state folder: what another user or machine has."""
    folder = tmp_path / "other-user-state"

    def become():
        monkeypatch.setenv("JOURNEYMAPPER_STATE_DIR", str(folder))
        return folder

    return become


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def damage(path):
    conn = sqlite3.connect(path)
    conn.execute("UPDATE emotion SET score = 99 WHERE rowid = 1")  # out of the scale: check --repair writes
    conn.commit()
    conn.close()


def test_the_lock_beside_the_file_says_who_and_goes_on_close(sample_file):
    from journeymapper.persistence.lock_file import lock_path

    project, _ = ProjectFile.open(sample_file)
    try:
        lock = lock_path(sample_file)
        assert lock.parent == sample_file.parent and lock.name == "sample.jmap.lock"
        data = json.loads(lock.read_text("utf-8"))
        assert data["app"] == "JourneyMapper"
        assert data["host"] == socket.gethostname() and data["pid"] == os.getpid()
        assert data["user"] and data["time"]
        with pytest.raises(ProjectFileError) as caught:
            read_project(lock)  # never mistaken for a project
        assert caught.value.problem is FileProblem.NOT_SQLITE
    finally:
        project.close()
    assert sorted(p.name for p in sample_file.parent.iterdir()) == ["sample.jmap"]


def test_another_user_is_refused_write_access_and_told_who_has_it(sample_file, other_user):
    project, _document = ProjectFile.open(sample_file)
    try:
        other_user()
        with pytest.raises(ProjectFileError) as caught:
            ProjectFile.open(sample_file)
        assert caught.value.problem is FileProblem.LOCKED
        assert caught.value.info["host"] == socket.gethostname() and caught.value.info["user"]
        read_project(sample_file)  # a read-only view is still possible
    finally:
        project.close()
    again, _ = ProjectFile.open(sample_file)  # free once the first has closed
    again.close()


def test_check_repair_in_another_state_folder_refuses(sample_file, tmp_path):
    damage(sample_file)
    before = sample_file.read_bytes()
    project, _ = ProjectFile.open(sample_file)
    try:
        done = run_cli(
            "check",
            str(sample_file),
            "--repair",
            "--lang",
            "en",
            env={"JOURNEYMAPPER_STATE_DIR": str(tmp_path / "colleague")},
        )
    finally:
        project.close()
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "opened for editing by" in done.stderr and socket.gethostname() in done.stderr
    assert sample_file.read_bytes() == before
    assert not [p for p in sample_file.parent.iterdir() if ".backup-" in p.name]


def test_a_stale_lock_of_a_dead_process_is_recognised_and_broken_on_request(sample_file):
    from journeymapper.persistence.lock_file import break_lock, lock_path, read_owner

    lock = lock_path(sample_file)
    lock.write_text(
        json.dumps(
            {
                "app": "JourneyMapper",
                "user": "anne",
                "host": socket.gethostname(),
                "pid": dead_pid(),
                "time": "2026-12-01T09:00:00+00:00",
                "token": "0f",
            }
        )
    )
    with pytest.raises(ProjectFileError) as caught:
        ProjectFile.open(sample_file)
    assert caught.value.problem is FileProblem.STALE_LOCK and caught.value.info["user"] == "anne"
    assert read_owner(lock).stale
    assert break_lock(sample_file, caught.value.info["token"])
    project, _ = ProjectFile.open(sample_file)
    project.close()
    assert not lock.exists()


def test_a_lock_of_a_live_process_is_not_stale_and_not_broken_with_an_old_token(sample_file, other_user):
    from journeymapper.persistence.lock_file import break_lock, lock_path, read_owner

    project, _ = ProjectFile.open(sample_file)
    try:
        assert not read_owner(lock_path(sample_file)).stale
        other_user()
        assert not break_lock(sample_file, "not-its-token")  # someone took it meanwhile: left alone
        with pytest.raises(ProjectFileError) as caught:
            ProjectFile.open(sample_file)
        assert caught.value.problem is FileProblem.LOCKED
    finally:
        project.close()


def test_save_as_moves_the_lock_beside_the_new_file(sample_file, tmp_path):
    from journeymapper.persistence.lock_file import lock_path

    target = tmp_path / "copy.jmap"
    project, _ = ProjectFile.open(sample_file)
    try:
        project.save_as(target)
        assert lock_path(target).exists() and not lock_path(sample_file).exists()
    finally:
        project.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.jmap", "sample.jmap"]


def test_a_file_changed_on_disk_is_not_overwritten(sample_file, sample_document):
    project, document = ProjectFile.open(sample_file)
    try:
        add_a_card(project, document, "mijn kaartje")
        theirs = sample_document
        theirs.rename_map(theirs.maps()[0].id, "Van een collega")
        write_project(sample_file, theirs, overwrite=True)  # a sync client brings a colleague's save
        expected = sample_file.read_bytes()
        with pytest.raises(ProjectFileError) as caught:
            project.save()
        assert caught.value.problem is FileProblem.CHANGED_ON_DISK
        assert sample_file.read_bytes() == expected  # the colleague's cards are untouched
        assert project.modified
        project.save(overwrite_changes=True)  # "keep mine", chosen by the user
        assert read_project(sample_file)[0] == document
        project.save()  # and now the file is the one this editor wrote: saves as usual
    finally:
        project.close()


def test_a_file_touched_but_not_changed_saves(sample_file):
    project, document = ProjectFile.open(sample_file)
    try:
        add_a_card(project, document)
        os.utime(sample_file, (1_000_000_000, 1_000_000_000))  # a backup tool touched it
        project.save()
        assert read_project(sample_file)[0] == document
    finally:
        project.close()


def test_repair_does_not_overwrite_a_file_changed_while_it_read(sample_file, sample_document, monkeypatch):
    from journeymapper.app import repair

    damage(sample_file)
    real_read = repair.read_project

    def read_then_a_colleague_saves(path, **kw):
        result = real_read(path, **kw)
        write_project(sample_file, sample_document, overwrite=True)
        return result

    monkeypatch.setattr(repair, "read_project", read_then_a_colleague_saves)
    with pytest.raises(ProjectFileError) as caught:
        repair.repair_project(sample_file)
    assert caught.value.problem is FileProblem.CHANGED_ON_DISK
    assert read_project(sample_file)[0] == sample_document
    assert not [p for p in sample_file.parent.iterdir() if ".backup-" in p.name or p.name.endswith(".lock")]


@pytest.mark.parametrize("command", ["new", "sample"])
def test_force_refuses_a_project_open_in_an_editor(sample_file, state_dir, tmp_path, command):
    before = sample_file.read_bytes()
    project, _ = ProjectFile.open(sample_file)
    try:
        same_user = run_cli(
            command, str(sample_file), "--force", "--lang", "en", env={"JOURNEYMAPPER_STATE_DIR": str(state_dir)}
        )
        colleague = run_cli(
            command,
            str(sample_file),
            "--force",
            "--lang",
            "en",
            env={"JOURNEYMAPPER_STATE_DIR": str(tmp_path / "colleague")},
        )
    finally:
        project.close()
    assert same_user.returncode != 0 and "already open" in same_user.stderr
    assert colleague.returncode != 0 and "opened for editing by" in colleague.stderr
    assert sample_file.read_bytes() == before
    done = run_cli(command, str(sample_file), "--force", "--lang", "en")  # closed: --force replaces it
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in sample_file.parent.iterdir()) == ["colleague", "sample.jmap"]  # no lock left


def test_a_hard_link_to_an_open_project_is_the_same_project(sample_file, tmp_path):
    link = tmp_path / "same-file.jmap"
    os.link(sample_file, link)
    project, _ = ProjectFile.open(sample_file)
    try:
        with pytest.raises(ProjectFileError) as caught:
            ProjectFile.open(link)
        assert caught.value.problem is FileProblem.ALREADY_OPEN
    finally:
        project.close()
    other, _ = ProjectFile.open(link)
    other.close()


@pytest.fixture(params=["real", "emulated"])
def project_on_a_read_only_share(request, tmp_path, sample_document, monkeypatch):
    """A project in a folder nobody may write into (a read-only share): a tmpfs remounted
    read-only as root, else the OS error injected at the write (disk_emulation.py)."""
    import conftest
    import disk_emulation

    folder = tmp_path / "share"
    folder.mkdir()
    if request.param == "real":
        if not conftest._mount_tmpfs(folder, "size=1m"):
            pytest.skip("cannot mount a file system here; the emulated case runs")  # pragma: no cover
        write_project(folder / "kaart.jmap", sample_document)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder / "kaart.jmap"
        conftest._unmount(folder)
    else:
        write_project(folder / "kaart.jmap", sample_document)
        conftest._emulate(folder, disk_emulation.READ_ONLY, monkeypatch)
        # The lock file is not flushed (fsync), where the emulation injects its error:
        # the read-only share's error is injected where the lock file is created.
        import errno

        from journeymapper.persistence import lock_file

        def refused(*_args):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

        monkeypatch.setattr(lock_file, "_create_whole", refused)
        yield folder / "kaart.jmap"


def test_a_folder_where_no_lock_can_be_written_is_refused_for_writing_but_reads(project_on_a_read_only_share):
    path = project_on_a_read_only_share
    with pytest.raises(ProjectFileError) as caught:
        ProjectFile.open(path)
    assert caught.value.problem is FileProblem.READ_ONLY  # the editor offers a read-only view on this
    read_project(path)
    assert [p.name for p in path.parent.iterdir()] == ["kaart.jmap"]


# -- the editor: what it offers, with real clicks ------------------------------------------


@pytest.fixture
def editor_windows(qapp):
    from journeymapper.i18n import install

    install("en")
    yield
    from conftest import close_application_windows

    close_application_windows()


def click_in_the_box(qtbot, button_text: str, seen: list) -> None:
    """Once a message box is up (modal, in its own event loop), click its button ``button_text``."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        buttons = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
        if not buttons:  # not the box the test expects: close it, and the test fails on what it saw
            box.done(0)
            return
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)


def project_windows():
    from journeymapper.ui import application
    from journeymapper.ui.main_window import ProjectWindow

    return [w for w in application._windows if isinstance(w, ProjectWindow) and w.isVisible()]


def test_the_editor_offers_a_copy_of_a_project_another_user_has(qtbot, sample_file, other_user, editor_windows):
    from journeymapper.ui import application

    colleague, theirs = ProjectFile.open(sample_file)
    try:
        other_user()
        seen = []
        click_in_the_box(qtbot, "Edit a copy", seen)
        window = application.open_path(sample_file)
        assert "was opened for editing by" in seen[0] and socket.gethostname() in seen[0]
        assert window is not None and window.path is None  # a copy: saved under a name of its own
        assert not window.session.read_only and window.session.document == theirs
        click_in_the_box(qtbot, "View read-only", seen)
        view = application.open_path(sample_file)
        assert view.session.read_only and view.path == sample_file
    finally:
        colleague.close()


def test_the_editor_breaks_a_stale_lock_when_asked(qtbot, sample_file, editor_windows):
    from journeymapper.persistence.lock_file import lock_path, read_owner
    from journeymapper.ui import application

    lock = lock_path(sample_file)
    lock.write_text(
        json.dumps(
            {
                "app": "JourneyMapper",
                "user": "anne",
                "host": socket.gethostname(),
                "pid": dead_pid(),
                "time": "2026-12-01T09:00:00+00:00",
                "token": "0f",
            }
        )
    )
    seen = []
    click_in_the_box(qtbot, "Cancel", seen)
    assert application.open_path(sample_file) is None
    assert "no longer running" in seen[0] and read_owner(lock).token == "0f"  # cancelled: the lock stays
    click_in_the_box(qtbot, "Remove the lock and open", seen)
    window = application.open_path(sample_file)
    assert window is not None and not window.session.read_only and window.path == sample_file
    assert read_owner(lock).pid == os.getpid()  # ours now


def test_saving_over_a_changed_file_asks_and_keeps_mine_only_when_told(qtbot, project_window, sample_document):
    window = project_window
    project, document = window.session.project, window.session.document
    add_a_card(project, document, "mijn kaartje", window.session)
    theirs = sample_document
    theirs.rename_map(theirs.maps()[0].id, "Van een collega")
    write_project(project.path, theirs, overwrite=True)
    seen = []
    click_in_the_box(qtbot, "Cancel", seen)
    assert not window.save()
    assert "was changed by someone else" in seen[0]
    assert read_project(project.path)[0] == theirs and window.isWindowModified()
    click_in_the_box(qtbot, "Keep mine", seen)
    assert window.save()
    assert read_project(project.path)[0] == document and not window.isWindowModified()


def test_saving_over_a_changed_file_can_reload_theirs(qtbot, sample_file, sample_document, editor_windows):
    from journeymapper.ui import application

    window = application.open_path(sample_file)  # (closed by reloading: not a fixture's window)
    project, document = window.session.project, window.session.document
    path = project.path
    add_a_card(project, document, "mijn kaartje", window.session)
    theirs = sample_document
    theirs.rename_map(theirs.maps()[0].id, "Van een collega")
    write_project(path, theirs, overwrite=True)
    seen = []
    click_in_the_box(qtbot, "Reload theirs", seen)
    assert not window.save()
    [reloaded] = project_windows()
    assert reloaded is not window and reloaded.session.document == theirs and not reloaded.isWindowModified()
    assert read_project(path)[0] == theirs


CRASHING_EDITOR = """
import os, signal, sys
from journeymapper.app.editing import EditingSession
from journeymapper.domain import LaneKind
from journeymapper.persistence import ProjectFile
project, document = ProjectFile.open(sys.argv[1])
journey = document.maps()[0]
lane = next(lane for lane in document.lanes(journey.id) if lane.kind is LaneKind.ACTIONS)
EditingSession(document, project).edit(document.add_card, lane.id, document.map_steps(journey.id)[0].id, "gered")
os.kill(os.getpid(), signal.SIGKILL)  # a crash: nothing is closed, the lock file stays
"""


def test_after_a_crash_the_same_user_recovers_without_a_lock_question(sample_file, state_dir):
    from journeymapper.persistence import find_recoverable
    from journeymapper.persistence.lock_file import lock_path, read_owner

    done = subprocess.run(
        [sys.executable, "-c", CRASHING_EDITOR, str(sample_file)],
        capture_output=True,
        env={**os.environ, "JOURNEYMAPPER_STATE_DIR": str(state_dir)},
        timeout=120,
    )
    assert done.returncode == -9, done.stderr
    left = read_owner(lock_path(sample_file))
    assert left is not None and left.stale  # what the crash left beside the file
    [item] = find_recoverable()
    project, document = ProjectFile.recover(item.info, item.lock)  # this user's own dead lock: taken over
    try:
        assert "gered" in {card.text for card in document.store.all(Kind.CARD)}
        assert read_owner(lock_path(sample_file)).pid == os.getpid()
        project.save()
    finally:
        project.close()
    assert not lock_path(sample_file).exists()


@pytest.mark.parametrize(
    "case", __import__("reliability.hostile_locks", fromlist=["CASES"]).CASES, ids=lambda case: case.name
)
def test_a_hostile_lock_file_is_a_lock_never_a_crash(case, sample_file, tmp_path_factory):
    import time

    from journeymapper.messages import error_message
    from journeymapper.persistence.lock_file import break_lock, lock_path

    victim = tmp_path_factory.mktemp("elsewhere") / "victim.txt"
    victim.write_text("someone's notes")
    lock = lock_path(sample_file)
    case.make(lock, victim)
    before = sample_file.read_bytes()
    started = time.monotonic()
    with pytest.raises(ProjectFileError) as caught:
        ProjectFile.open(sample_file)
    assert time.monotonic() - started < 5  # no hang (a pipe is never opened)
    assert caught.value.problem.value == case.expect
    message = error_message(caught.value)
    assert not [c for c in message if unicodedata.category(c) in ("Cc", "Cf")], message  # no terminal controls
    assert sample_file.read_bytes() == before and victim.read_text() == "someone's notes"
    assert os.path.lexists(lock)  # someone's lock is never overwritten
    if case.expect == "stale_lock":
        if case.breakable:
            assert break_lock(sample_file, caught.value.info["token"])
            project, _ = ProjectFile.open(sample_file)
            project.close()
        else:
            with pytest.raises(ProjectFileError):
                break_lock(sample_file, caught.value.info["token"])
    assert victim.read_text() == "someone's notes"


def test_save_as_over_a_project_another_user_has_open_is_refused(sample_file, tmp_path, sample_document, other_user):
    target = tmp_path / "colleague.jmap"
    write_project(target, sample_document)
    colleague, _ = ProjectFile.open(target)
    try:
        before = target.read_bytes()
        other_user()
        project, _ = ProjectFile.open(sample_file)
        try:
            with pytest.raises(ProjectFileError) as caught:
                project.save_as(target)
            assert caught.value.problem is FileProblem.LOCKED
            assert project.path == sample_file  # still saves where it did
        finally:
            project.close()
        assert target.read_bytes() == before
    finally:
        colleague.close()


def test_recover_force_refuses_a_project_open_in_an_editor(sample_file, state_dir, tmp_path):
    from journeymapper.persistence import find_recoverable

    crashed = tmp_path / "crashed.jmap"
    crashed.write_bytes(sample_file.read_bytes())
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_EDITOR, str(crashed)],
        capture_output=True,
        env={**os.environ, "JOURNEYMAPPER_STATE_DIR": str(state_dir)},
        timeout=120,
    )
    assert done.returncode == -9, done.stderr
    [item] = find_recoverable()
    session_id = item.id
    item.release()
    before = sample_file.read_bytes()
    project, _ = ProjectFile.open(sample_file)
    try:
        refused = run_cli(
            "recover",
            session_id,
            "--output",
            str(sample_file),
            "--force",
            "--lang",
            "en",
            env={"JOURNEYMAPPER_STATE_DIR": str(state_dir)},
        )
    finally:
        project.close()
    assert refused.returncode != 0 and "already open" in refused.stderr and "Traceback" not in refused.stderr
    assert sample_file.read_bytes() == before
    assert [i.id for i in find_recoverable() if not i.release()] == [session_id]  # the work is still there


def test_a_temporary_lock_a_crash_left_goes_at_the_next_open(sample_file):
    from journeymapper.persistence.lock_file import lock_path

    left = lock_path(sample_file).with_name(".~sample.jmap.lock.0123456789ab.tmp")
    left.write_text("{}")
    os.utime(left, (1_000_000_000, 1_000_000_000))
    young = lock_path(sample_file).with_name(".~sample.jmap.lock.ba9876543210.tmp")
    young.write_text("{}")  # perhaps another opener's, this very moment: left alone
    project, _ = ProjectFile.open(sample_file)
    project.close()
    assert not left.exists() and young.exists()


def test_the_editor_offers_a_read_only_view_where_no_lock_can_be_written(
    qtbot, project_on_a_read_only_share, editor_windows
):
    from journeymapper.ui import application

    seen = []
    click_in_the_box(qtbot, "Yes", seen)
    window = application.open_path(project_on_a_read_only_share)
    assert "No permission to write" in seen[0] and "read-only view" in seen[0]
    assert window is not None and window.session.read_only


def test_saving_over_a_changed_file_can_save_as(qtbot, project_window, sample_document, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = project_window
    project, document = window.session.project, window.session.document
    original = project.path
    add_a_card(project, document, "mijn kaartje", window.session)
    sample_document.rename_map(sample_document.maps()[0].id, "Van een collega")
    write_project(original, sample_document, overwrite=True)  # (the same content would be the same file)
    theirs = original.read_bytes()
    mine = tmp_path / "mijn versie.jmap"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(mine), ""))
    seen = []
    click_in_the_box(qtbot, "Save as…", seen)
    assert window.save()
    assert original.read_bytes() == theirs and read_project(mine)[0] == document
    assert window.path == mine and not window.isWindowModified()


def test_the_lock_follows_the_file_through_saves_and_does_not_pile_up(sample_file, state_dir, tmp_path):
    project, document = ProjectFile.open(sample_file)
    try:
        locks = sorted(p.name for p in (state_dir / "locks").iterdir())
        for n in range(3):
            add_a_card(project, document, f"kaartje {n}")
            project.save()  # a new file (inode) each time
        assert len(list((state_dir / "locks").iterdir())) == len(locks)
        link = tmp_path / "link-to-the-saved-file.jmap"
        os.link(sample_file, link)
        with pytest.raises(ProjectFileError) as caught:
            ProjectFile.open(link)  # the file as saved now is still the open project
        assert caught.value.problem is FileProblem.ALREADY_OPEN
    finally:
        project.close()


def test_a_missing_folder_is_not_found_not_a_lock_problem(tmp_path):
    from journeymapper.ui.conflict_dialogs import is_taken

    with pytest.raises(ProjectFileError) as caught:
        ProjectFile.open(tmp_path / "gone" / "kaart.jmap")
    assert caught.value.problem is FileProblem.NOT_FOUND
    assert not is_taken(caught.value)  # so the editor says so, rather than offering a read-only view
    with pytest.raises(ProjectFileError) as missing:
        ProjectFile.open(tmp_path / "kaart.jmap")
    assert missing.value.problem is FileProblem.NOT_FOUND and list(tmp_path.iterdir()) == []
