"""The user state folder (working copies, locks) unusable or holding a damaged session:
one clear message naming it, no traceback, nothing left behind (issue 16)."""

import os
import subprocess

import pytest
from PySide6.QtWidgets import QMessageBox

from conftest import close_application_windows, run_cli
from disk_emulation import fill
from journeymapper.persistence import FileProblem, ProjectFile, ProjectFileError
from journeymapper.ui import application
from journeymapper.ui.main_window import ProjectWindow

NESTED = "[" * 20_000 + "]" * 20_000  # json raised RecursionError on it, on every start
HUGE = "[" * 200_000 + "]" * 200_000  # past any size a session note has


@pytest.fixture
def windows():
    yield
    close_application_windows()


def mounted(folder, options: str):
    """A real tmpfs at ``folder`` (as root), or None."""
    folder.mkdir(exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0:
        return None
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
    return folder if done.returncode == 0 else None


@pytest.fixture
def read_only_state(tmp_path, monkeypatch):
    folder = tmp_path / "state-ro"
    if mounted(folder, "ro,size=1m"):
        monkeypatch.setenv("JOURNEYMAPPER_STATE_DIR", str(folder))
        yield folder
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
    elif os.geteuid() != 0:
        folder.chmod(0o500)
        monkeypatch.setenv("JOURNEYMAPPER_STATE_DIR", str(folder))
        yield folder
        folder.chmod(0o700)
    else:
        pytest.fail("root, but no tmpfs could be mounted: cannot make a read-only folder here")


@pytest.fixture
def full_state(tmp_path, monkeypatch):
    folder = tmp_path / "state-full"
    if not mounted(folder, "size=256k"):
        pytest.skip("a full file system needs a tmpfs mount (root); nothing emulates mkdir and locks")
    (folder / "sessions").mkdir()
    fill(folder, leave=0)
    monkeypatch.setenv("JOURNEYMAPPER_STATE_DIR", str(folder))
    yield folder
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def one_line(done, returncode: int = 1) -> str:
    assert done.returncode == returncode, done.stdout
    assert "Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1, done.stderr
    return done.stderr


def test_a_file_instead_of_the_state_folder(qtbot, tmp_path, sample_file, monkeypatch, windows):
    state = tmp_path / "state-file"
    state.write_text("not a folder")
    monkeypatch.setenv("JOURNEYMAPPER_STATE_DIR", str(state))
    line = one_line(run_cli("check", "--repair", str(sample_file), "--lang", "en"))
    assert f"working folder “{state}” cannot be used" in line and "Something went wrong" not in line
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(args[2]))
    assert application.open_path(sample_file) is None  # raised NotADirectoryError out of the editor
    assert told and f"working folder “{state}”" in told[0]
    assert not [w for w in application._windows if isinstance(w, ProjectWindow)]
    assert state.read_text() == "not a folder"


def test_a_read_only_state_folder(read_only_state, sample_file):
    line = one_line(run_cli("check", "--repair", str(sample_file), "--lang", "en"))
    assert f"working folder “{read_only_state}” is read-only" in line
    with pytest.raises(ProjectFileError) as caught:
        ProjectFile.open(sample_file)
    assert caught.value.problem is FileProblem.STATE_FOLDER


def test_a_full_state_folder_leaves_no_session_behind(qtbot, full_state, sample_file, monkeypatch, windows):
    with pytest.raises(ProjectFileError) as caught:
        ProjectFile.open(sample_file)
    assert caught.value.problem is FileProblem.STATE_FOLDER and caught.value.info["reason"] == "disk_full"
    assert list((full_state / "sessions").iterdir()) == []  # a session folder without its note stayed
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(args[2]))
    assert application.open_path(sample_file) is None
    assert told and f"working folder “{full_state}” is full" in told[0]
    assert list((full_state / "sessions").iterdir()) == []


def crashed_session(state_dir, sample_file, note: str, with_work: bool = True):
    """A session a crash left with unsaved work, its note then replaced by ``note``."""
    from journeymapper.app.editing import EditingSession

    project, document = ProjectFile.open(sample_file)
    EditingSession(document, project).edit(document.rename_map, document.maps()[0].id, "Unsaved")
    folder = project._session.info.folder
    project.close(keep_working_copy=True)
    if not with_work:
        (folder / "work.jmap").unlink()
    (folder / "session.json").write_text(note)
    return folder


def test_a_deeply_nested_session_note_is_set_aside_not_a_crash(qtbot, state_dir, sample_file, monkeypatch, windows):
    folder = crashed_session(state_dir, sample_file, NESTED)
    done = run_cli("recover", "--lang", "en")
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert folder.name in done.stdout and "(never saved)" in done.stdout  # the work is offered, untitled
    offered = []

    def later(box):
        offered.append(box.text())
        return 0  # no button clicked: "Later"

    monkeypatch.setattr(QMessageBox, "exec", later)
    application.offer_recovery()  # at every editor start: RecursionError
    assert len(offered) == 1 and "never saved" in offered[0]


def test_a_huge_session_note_without_work_is_removed(state_dir, sample_file):
    folder = crashed_session(state_dir, sample_file, HUGE, with_work=False)
    done = run_cli("recover", "--lang", "en")
    assert done.returncode == 0 and "No unsaved work to recover." in done.stdout, done.stderr
    assert not folder.exists()


def test_a_state_folder_turned_read_only_after_a_crash(qtbot, tmp_path, sample_file, monkeypatch, windows):
    """Unsaved work in it, and then the folder became read-only (a full or remounted disk)."""
    folder = tmp_path / "state-later-ro"
    if not mounted(folder, "size=4m"):
        pytest.skip("needs a tmpfs mount (root) to make a folder read-only under its files")
    try:
        monkeypatch.setenv("JOURNEYMAPPER_STATE_DIR", str(folder))
        crashed_session(folder, sample_file, '{"source": null, "started": ""}')
        assert subprocess.run(["mount", "-o", "remount,ro", str(folder)]).returncode == 0
        line = one_line(run_cli("recover", "--lang", "en"))
        assert f"working folder “{folder}” is read-only" in line
        told = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(args[2]))
        monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
        application.offer_recovery()  # at the editor's start: raised out of it
        assert told and "is read-only" in told[0]
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
