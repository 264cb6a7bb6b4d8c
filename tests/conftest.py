"""Shared fixtures: headless Qt, and a private state folder for every test."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

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


def run_cli(*args: str, env: dict | None = None, cwd: Path | None = None):
    """Run the installed command line in a child process."""
    import subprocess

    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "journeymapper", *args],
        capture_output=True, text=True, env=full_env, cwd=cwd, timeout=120,
    )


def _mount_tmpfs(folder: Path, options: str) -> bool:
    import subprocess

    if os.name != "posix" or os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True)
    return done.returncode == 0


def _unmount(folder: Path) -> None:
    import subprocess

    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder nobody can write into: a read-only tmpfs as root, chmod otherwise."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    if _mount_tmpfs(folder, "ro,size=1m"):
        yield folder
        _unmount(folder)
    elif os.geteuid() != 0:
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
    else:
        pytest.skip("running as root where tmpfs cannot be mounted: no way to make a read-only folder")


def _small_disk(tmp_path, size: str):
    folder = tmp_path / f"small-disk-{size}"
    folder.mkdir()
    if not _mount_tmpfs(folder, f"size={size}"):
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    return folder


@pytest.fixture
def small_disk(tmp_path):
    """A real, tiny file system (256 KiB) to fill up."""
    folder = _small_disk(tmp_path, "256k")
    yield folder
    _unmount(folder)


@pytest.fixture
def one_megabyte_disk(tmp_path):
    """A real file system of 1 MiB: room for a project and the copy a save writes first."""
    folder = _small_disk(tmp_path, "1m")
    yield folder
    _unmount(folder)


@pytest.fixture
def project_window(qtbot, sample_file, monkeypatch):
    """The editor window on the sample project, shown, in English.

    Closing with unsaved changes asks; a real modal box would wait forever
    offscreen, so the answer is Discard unless a test says otherwise.
    """
    import shiboken6
    from PySide6.QtWidgets import QMessageBox

    from journeymapper.app.editing import EditingSession
    from journeymapper.i18n import install
    from journeymapper.persistence import ProjectFile
    from journeymapper.ui.main_window import ProjectWindow

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    install("en")  # as the app does at start; English has its own plural forms
    project, document = ProjectFile.open(sample_file)
    window = ProjectWindow(EditingSession(document, project), sample_file)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if shiboken6.isValid(window):
        window.editor.clear()  # an undo stack left alive crashed Python at exit
        window.session.project.close()
