"""One editor per user: a second ``journeymapper FILE`` hands its files to the first.

Double-clicking a second project in the file manager should open a new window
of the program already running, not a second program that cannot see the
first one's windows (and would find the first one's files locked). The first
editor listens on a local socket named after the user's state folder; a new
start tries that socket first and, when someone answers, sends its paths and
leaves. A missing or silent listener (a crash left its socket behind) means
this start becomes the listener.
"""

import hashlib
import json
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ..persistence.workspace import state_dir

CONNECT_MS = 500
REPLY_MS = 5000
MAX_MESSAGE = 1 << 20  # a message is a list of paths; more than a megabyte is not one


def server_name() -> str:
    """Per user and per state folder (so tests and portable setups keep apart)."""
    digest = hashlib.sha256(str(state_dir().resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"journeymapper-{digest}"


def send_to_running(paths: list[Path]) -> bool:
    """Give ``paths`` to the editor already running; False when there is none to take them."""
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


class InstanceServer(QObject):
    """Listens for later starts and hands their paths to ``open_paths``."""

    def __init__(self, open_paths: Callable[[list[Path]], None], parent=None) -> None:
        super().__init__(parent)
        self._open_paths = open_paths
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        name = server_name()
        if self._server.listen(name):
            return True
        QLocalServer.removeServer(name)  # nobody answered on it: left behind by a crash
        return self._server.listen(name)

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
        self._open_paths(paths)
