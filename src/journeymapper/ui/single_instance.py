"""One editor per user: a second ``journeymapper FILE`` hands its files to the first.

Double-clicking a second project in the file manager should open a new window
of the program already running, not a second program that cannot see the
first one's windows (and would find the first one's files locked).

Who is "the first" is settled by a lock file in the user's state folder, not by
who happens to listen first: two starts a moment apart (a double-click on two
files) would otherwise both find no listener, both become editors, and the
later listener would take the socket name from the earlier one and leave it
deaf for good. The holder of the lock is the one editor; it listens on a local
socket named after the state folder from the moment it holds the lock, and
keeps what it is sent until its own first windows are open. Any other start
sends its paths to that socket (waiting while the holder is still starting)
and leaves. A lock left by a crash is stale by its process id, so the next
start takes it over.

QtNetwork loads only when a socket is made: an editor started without files
listens once its start screen is up (a start meanwhile waits for it, as it
waits for any holder still starting), and loading QtNetwork first held the
start screen back.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QThread, QTimer

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

from ..app.files import state_dir

CONNECT_MS = 500
REPLY_MS = 5000
STARTING_S = 30.0  # how long a start waits for the lock holder to begin listening
MAX_MESSAGE = 1 << 20  # a message is a list of paths; more than a megabyte is not one


def server_name() -> str:
    """Per user and per state folder (so tests and portable setups keep apart)."""
    digest = hashlib.sha256(str(state_dir().resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"journeymapper-{digest}"


def send_to_running(paths: list[Path]) -> bool:
    """Give ``paths`` to the editor already running; False when there is none to take them."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False
    message = json.dumps([str(Path(p).absolute()) for p in paths]).encode("utf-8") + b"\n"
    socket.write(message)
    if not socket.waitForBytesWritten(REPLY_MS):
        return False
    reply = b""
    while not reply.endswith(b"\n") and socket.waitForReadyRead(REPLY_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply.strip() == b"ok"


class EditorElection:
    """Decides whether this start is the one editor or hands its files to it."""

    def __init__(self) -> None:
        self._lock: QLockFile | None = None
        self.is_editor = False  # holds the lock: listens for the others
        self.lock_unusable = False  # the state folder cannot hold a lock (read-only, full)

    def hand_over(self, paths: list[Path], starting_s: float = STARTING_S) -> bool:
        """True when the editor already running took ``paths`` (this start should leave).

        False means this start is the editor (``is_editor``) or, when the lock
        cannot be had or its holder never answers, an editor on its own.
        """
        folder = state_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            self.lock_unusable = True
            return send_to_running(paths)
        lock = QLockFile(str(folder / "editor.lock"))
        lock.setStaleLockTime(0)  # stale only when its process is gone, however old
        deadline = time.monotonic() + starting_s
        while True:
            if lock.tryLock(0):
                self._lock, self.is_editor = lock, True
                return False
            if lock.error() != QLockFile.LockError.LockFailedError:
                self.lock_unusable = True
                return send_to_running(paths)
            if send_to_running(paths):
                return True
            if time.monotonic() > deadline:
                return False  # the holder is alive but deaf (hung): better a second editor than none
            QThread.msleep(100)

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock, self.is_editor = None, False


class InstanceServer(QObject):
    """Listens for later starts and hands their paths to ``open_paths``.

    Until ``ready()`` the paths are kept, so a start that comes while this
    editor is still opening its own files (or asking about recovery) is
    answered at once and its files open right after.
    """

    def __init__(self, open_paths: Callable[[list[Path]], None], parent=None) -> None:
        super().__init__(parent)
        self._open_paths = open_paths
        self._server = None
        self._buffers: dict[QLocalSocket, bytes] = {}
        self._waiting: list[list[Path]] | None = []

    def listen(self) -> bool:
        """Only the holder of the editor lock calls this, so a socket found is one a crash left."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return self._server.isListening()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        name = server_name()
        if self._server.listen(name):
            return True
        QLocalServer.removeServer(name)
        return self._server.listen(name)

    def ready(self) -> None:
        """This editor's own start is done: open what others sent meanwhile."""
        waiting, self._waiting = self._waiting or [], None
        for paths in waiting:
            self._open_paths(paths)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(lambda socket=socket: self._forget(socket))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE:
            socket.abort()
            return
        self._buffers[socket] = data
        if not data.endswith(b"\n"):
            return
        try:
            paths = [Path(p) for p in json.loads(data.decode("utf-8")) if isinstance(p, str)]
        except (ValueError, UnicodeDecodeError, TypeError):
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        if self._waiting is not None:
            self._waiting.append(paths)
        else:
            # Not from inside the socket's signal: opening runs a local event loop
            # (the worker thread), in which the sender hangs up and the socket is
            # deleted; Qt would then return into a deleted socket and crash (seen
            # once in CI, when a second file arrived just after the first opened).
            QTimer.singleShot(0, self, lambda: self._open_paths(paths))
