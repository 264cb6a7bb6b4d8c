"""Shared fixtures: headless Qt, and a private state folder for every test."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True, scope="session")
def clipboard_released_at_the_end():
    """The app releases its clipboard data on quit; the tests' application never quits."""
    yield
    from journeymapper.ui.canvas.clipboard import release_clipboard

    release_clipboard()


@pytest.fixture(autouse=True)
def state_dir(tmp_path_factory, monkeypatch) -> Path:
    """Working copies, locks, recovery and settings live in a folder of this test alone."""
    folder = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("JOURNEYMAPPER_STATE_DIR", str(folder))
    monkeypatch.setenv("JOURNEYMAPPER_CONFIG_DIR", str(folder / "config"))
    return folder


@pytest.fixture(autouse=True)
def english_afterwards():
    """A test that switched the interface language leaves English behind for the next."""
    yield
    from PySide6.QtCore import QCoreApplication

    from journeymapper.i18n import current_language, install

    if QCoreApplication.instance() is not None and current_language() != "en":
        install("en")


@pytest.fixture
def english():
    from journeymapper.content.markers import untranslated

    return untranslated


@pytest.fixture
def sample_document(english):
    from journeymapper.app.new_project import sample_project

    return sample_project(english)


@pytest.fixture
def sample_file(tmp_path, sample_document) -> Path:
    from journeymapper.persistence import write_project

    path = tmp_path / "sample.jmap"
    write_project(path, sample_document)
    return path


def run_cli(*args: str, env: dict | None = None, cwd: Path | None = None, timeout: float = 120):
    """Run the installed command line in a child process (with any emulated disks in place)."""
    import subprocess

    import disk_emulation

    full_env = dict(os.environ)
    full_env.update(env or {})
    command = [sys.executable, "-m", "journeymapper"]
    if disk_emulation.emulated():
        command = [sys.executable, "-c", disk_emulation.BOOT]
        full_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).parent), full_env.get("PYTHONPATH")]))
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,
        timeout=timeout,
    )


def _mount_tmpfs(folder: Path, options: str) -> bool:
    import subprocess

    if os.name != "posix" or os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
    return done.returncode == 0


def _unmount(folder: Path) -> None:
    import subprocess

    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _emulate(folder: Path, size: int, monkeypatch) -> None:
    """No real file system of this kind here: inject its OS error at the write (disk_emulation.py)."""
    import json

    import disk_emulation

    folders = disk_emulation.emulated()
    folders[disk_emulation.key(folder)] = size
    monkeypatch.setenv(disk_emulation.VARIABLE, json.dumps(folders))
    disk_emulation.install(monkeypatch.setattr)


# Each test of a full or read-only place runs twice: on a real file system where the
# machine can mount one, and with the OS error injected (what a machine without
# mount rights gets), so both ways are known to work.
DISK_KINDS = ["real", "emulated"]


@pytest.fixture(params=DISK_KINDS)
def read_only_folder(request, tmp_path, monkeypatch):
    """A folder nobody can write into: a read-only tmpfs as root, chmod otherwise, else emulated."""
    import disk_emulation

    folder = tmp_path / "read-only"
    folder.mkdir()
    if request.param == "real" and _mount_tmpfs(folder, "ro,size=1m"):
        yield folder
        _unmount(folder)
    elif request.param == "real" and os.name == "posix" and os.geteuid() != 0:
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
    else:
        _emulate(folder, disk_emulation.READ_ONLY, monkeypatch)
        yield folder


def _small_disk(request, tmp_path, monkeypatch, size: int):
    folder = tmp_path / f"small-disk-{size}"
    folder.mkdir()
    if request.param == "real" and _mount_tmpfs(folder, f"size={size}"):
        yield folder
        _unmount(folder)
    else:
        _emulate(folder, size, monkeypatch)
        yield folder


@pytest.fixture(params=DISK_KINDS)
def small_disk(request, tmp_path, monkeypatch):
    """A tiny file system (256 KiB) to fill up."""
    yield from _small_disk(request, tmp_path, monkeypatch, 256 * 1024)


@pytest.fixture(params=DISK_KINDS)
def one_megabyte_disk(request, tmp_path, monkeypatch):
    """A file system of 1 MiB: room for a project and the copy a save writes first."""
    yield from _small_disk(request, tmp_path, monkeypatch, 1024 * 1024)


def open_window(qtbot, path: Path):
    """The editor window on the project at ``path``, opened the way the editor opens one
    (``application.open_path``: through the project session, on a worker thread, the
    working copy written once the map is painted), and shown with that copy written.

    Closing with unsaved changes asks: a test that closes it answers the question
    (``QMessageBox.question``) first. ``close_window`` lets it go at the end."""
    from journeymapper.ui import application
    from journeymapper.ui.main_window import ProjectWindow

    window = application.open_path(path)
    assert isinstance(window, ProjectWindow), f"{path} did not open"
    qtbot.waitUntil(
        lambda: window.project_session.working_copy_written or window.project_session.read_only, timeout=10000
    )
    return window


def close_window(window) -> None:
    """Release the window's project without questions (if the test did not close it)."""
    import gc

    import shiboken6

    from journeymapper.ui import application

    if shiboken6.isValid(window):
        window.editor.clear()  # an undo stack left alive crashed Python at exit
        window.project_session.close()
        window.close()
    application.forget(window)
    # What the window held goes now, as it would in a long-running editor, rather
    # than being set aside by the next test's opening (``collector.py``) until exit.
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def project_window(qtbot, sample_file, monkeypatch):
    """The editor window on the sample project, opened as the editor opens it, in English.

    Closing with unsaved changes asks; a real modal box would wait forever
    offscreen, so the answer is Discard unless a test says otherwise.
    """
    from PySide6.QtWidgets import QMessageBox

    from journeymapper.i18n import install

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    install("en")  # as the app does at start; English has its own plural forms
    window = open_window(qtbot, sample_file)
    yield window
    close_window(window)


def close_application_windows() -> None:
    """Close every window the application module keeps (start screens, editors),
    releasing their projects: what quitting the editor does, for tests that open through it."""
    import shiboken6

    from journeymapper.ui import application
    from journeymapper.ui.main_window import ProjectWindow

    for window in list(application._windows):
        if shiboken6.isValid(window):
            if isinstance(window, ProjectWindow):
                window.editor.clear()
                window.project_session.close()
            window.deleteLater()
    application._windows.clear()
