"""`journeymapper FILE.jmap` opens the file; a second start hands its file to the editor already running."""

import os
import shutil
import subprocess
import sys
import time

import pytest

from journeymapper.persistence.workspace import project_lock


def held_by_another_process(path) -> bool:
    """Open for editing elsewhere: its project lock is taken (probed for an instant only, so
    an editor opening it meanwhile does not find it taken by the test)."""
    lock = project_lock(path)
    if lock.acquire():
        lock.release()
        return False
    return True


def wait_for_server(timeout: float = 60.0) -> None:
    from PySide6.QtNetwork import QLocalSocket

    from journeymapper.ui.single_instance import server_name

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        socket = QLocalSocket()
        socket.connectToServer(server_name())
        if socket.waitForConnected(200):
            socket.abort()
            return
        time.sleep(0.2)
    raise AssertionError("the first editor never started listening")


@pytest.fixture
def editor_env(state_dir):
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        JOURNEYMAPPER_STATE_DIR=str(state_dir),
        JOURNEYMAPPER_CONFIG_DIR=str(state_dir / "config"),
    )


def test_a_second_file_opens_in_the_editor_already_running(qapp, sample_file, tmp_path, editor_env):
    second = tmp_path / "second.jmap"
    shutil.copy(sample_file, second)
    first = subprocess.Popen(
        [sys.executable, "-m", "journeymapper", str(sample_file)],
        env=editor_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for_server()
        # The first start opens its file for editing (it listens from before the file is open)
        deadline = time.monotonic() + 30
        while not held_by_another_process(sample_file) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert held_by_another_process(sample_file)
        assert not held_by_another_process(second)
        start = time.monotonic()
        handed = subprocess.run(
            [sys.executable, "-m", "journeymapper", str(second)], env=editor_env, capture_output=True, timeout=60
        )
        assert handed.returncode == 0, handed.stderr
        assert first.poll() is None  # the first editor runs on...
        deadline = time.monotonic() + 20
        while not held_by_another_process(second) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert held_by_another_process(second)  # ...and has the second file open too
        assert time.monotonic() - start < 30
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_two_starts_a_moment_apart_make_one_editor_with_both_files(qapp, sample_file, tmp_path, editor_env):
    """Double-clicking two files: whichever start wins, the other hands its file over and leaves."""
    second = tmp_path / "second.jmap"
    shutil.copy(sample_file, second)
    command = [sys.executable, "-m", "journeymapper"]
    starts = [
        subprocess.Popen(command + [str(path)], env=editor_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for path in (sample_file, second)
    ]
    try:
        deadline = time.monotonic() + 90
        while all(start.poll() is None for start in starts) and time.monotonic() < deadline:
            time.sleep(0.2)
        left = [start for start in starts if start.poll() is not None]
        assert len(left) == 1, "neither start handed over: two editors"
        assert left[0].returncode == 0, left[0].stderr.read()
        [editor] = [start for start in starts if start is not left[0]]
        deadline = time.monotonic() + 30
        while (
            not (held_by_another_process(sample_file) and held_by_another_process(second))
            and time.monotonic() < deadline
        ):
            time.sleep(0.2)
        assert held_by_another_process(sample_file) and held_by_another_process(second)
        assert editor.poll() is None
        third = subprocess.run(command, env=editor_env, capture_output=True, timeout=90)
        assert third.returncode == 0, third.stderr  # the one editor still answers
    finally:
        for start in starts:
            if start.poll() is None:
                start.terminate()
                start.wait(timeout=30)


def test_a_leftover_socket_from_a_crash_does_not_stop_the_next_start(qapp, sample_file, editor_env):
    first = subprocess.Popen(
        [sys.executable, "-m", "journeymapper", str(sample_file)],
        env=editor_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    wait_for_server()
    first.kill()  # no chance to clean up its socket
    first.wait(timeout=30)
    again = subprocess.Popen(
        [sys.executable, "-m", "journeymapper", str(sample_file)],
        env=editor_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for_server()
        assert again.poll() is None
    finally:
        again.terminate()
        again.wait(timeout=30)


def test_a_file_handed_over_by_macos_opens_in_a_window(qapp, sample_file, english):
    """macOS sends a double-clicked file as a QFileOpenEvent to the running program."""
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from journeymapper.ui import application

    handler = application.FileOpenFilter(qapp)
    qapp.installEventFilter(handler)
    try:
        screen = application.show_start_screen()
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(sample_file)))
        windows = [w for w in application._windows if application.is_project_window(w)]
        assert [Path(w.path) for w in windows] == [sample_file]
        assert screen not in application._windows or not screen.isVisible()  # the start screen made way
        assert held_by_another_process(sample_file)
    finally:
        qapp.removeEventFilter(handler)
        for window in list(application._windows):
            if application.is_project_window(window):
                window.session.project.close()
                window.editor.clear()
            window.close()


def test_files_handed_over_open_outside_the_sockets_signal(qapp, state_dir, tmp_path, editor_env):
    """Opening a project runs a local event loop, in which the sender hangs up and its
    socket is deleted: the server must not be inside that socket's signal then."""
    from PySide6.QtCore import QEventLoop, QTimer

    from journeymapper.ui.single_instance import InstanceServer

    opened, inside_signal = [], []

    def open_paths(paths):
        frame, inside = sys._getframe(), False
        while frame is not None:
            inside = inside or frame.f_code is InstanceServer._read.__code__
            frame = frame.f_back
        inside_signal.append(inside)
        loop = QEventLoop()  # as opening on the worker thread does, for a while
        QTimer.singleShot(300, loop.quit)
        loop.exec()
        opened.append(paths)

    server = InstanceServer(open_paths)
    assert server.listen()
    server.ready()
    for name in ("a.jmap", "b.jmap"):
        code = (
            "import sys; from journeymapper.ui.single_instance import send_to_running; "
            f"sys.exit(0 if send_to_running([{str(tmp_path / name)!r}]) else 3)"
        )
        sender = subprocess.Popen([sys.executable, "-c", code], env=editor_env)
        deadline = time.monotonic() + 30
        while (sender.poll() is None or len(opened) < len(inside_signal)) and time.monotonic() < deadline:
            qapp.processEvents()
            time.sleep(0.01)
        assert sender.wait(timeout=10) == 0
    deadline = time.monotonic() + 5
    while len(opened) < 2 and time.monotonic() < deadline:
        qapp.processEvents()
    assert [paths[0].name for paths in opened] == ["a.jmap", "b.jmap"]
    assert inside_signal == [False, False]
