"""Long work (opening a large project, exporting a poster) on a worker thread,
while the window keeps painting and answering.

Opening a 20,000-card map or exporting it to an A0 page takes seconds of pure
Python (reading, laying out, drawing). Done on the GUI thread, the windows
froze for all of it: nothing repainted and a progress bar moved only between
pages. Here the work runs on a thread of its own and the GUI thread waits in
a local event loop: Python hands the interpreter over every few milliseconds,
so windows repaint, the progress dialog moves and Cancel is heard. The work
must not touch widgets; it reports progress through ``Progress``, which the
GUI thread reads.

The caller still gets the result (or the exception) back in line, as from a
plain call, and an application-modal dialog keeps the user from editing what
the worker reads meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QMetaObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

T = TypeVar("T")
POLL_MS = 30  # how often the GUI thread looks at the worker's progress
SHOW_AFTER_MS = 400  # work done sooner shows no dialog at all


class Cancelled(Exception):
    """The user pressed Cancel; raised in the worker by ``Progress.report``."""


class Progress:
    """Shared between the worker (which reports) and the GUI thread (which shows and cancels)."""

    def __init__(self, cancelled: type[BaseException] = Cancelled) -> None:
        self.done = 0
        self.total = 0  # 0: no measure of the work, the bar just shows it is busy
        self.cancel_requested = False
        self._cancelled = cancelled

    def report(self, done: int, total: int) -> None:
        """Called by the worker; raises the cancellation exception once Cancel was pressed."""
        self.done, self.total = done, total
        if self.cancel_requested:
            raise self._cancelled()


_running: list[threading.Thread] = []


def busy() -> bool:
    """Whether background work is under way (a second open waits its turn)."""
    return bool(_running)


def run_in_background(
    parent: QWidget | None,
    label: str,
    work: Callable[[Progress], T],
    progress: Progress | None = None,
    cancellable: bool = False,
    show_after_ms: int = SHOW_AFTER_MS,
) -> T:
    """``work(progress)`` on a worker thread; returns its result or raises its exception.

    A modal progress dialog with ``label`` shows when the work takes longer
    than ``show_after_ms`` (0: at once, for work that reads a document the
    user could otherwise edit meanwhile); with ``cancellable`` its Cancel
    button makes the next ``progress.report`` raise."""
    progress = progress or Progress()
    outcome: dict = {}

    loop = QEventLoop()

    def run() -> None:
        try:
            outcome["result"] = work(progress)
        except BaseException as error:  # noqa: BLE001 - handed to the caller, on its own thread
            outcome["error"] = error
        finally:
            # Queued to the GUI thread: the wait ends the moment the work does,
            # not at the next look at the progress (up to POLL_MS later).
            QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)

    worker = threading.Thread(target=run, name="journeymapper-background", daemon=True)
    shown: list[QProgressDialog] = []  # the dialog, once the work has taken show_after_ms

    def show_dialog() -> None:
        # Made only then: work done sooner (most opens) pays nothing for a dialog.
        if shown or not worker.is_alive():
            return
        dialog = QProgressDialog(label, translate("Background", "Cancel") if cancellable else "", 0, 0, parent)
        dialog.setWindowTitle("JourneyMapper")
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.setModal(True)  # application-modal: no edits to what the worker reads
        dialog.show()
        shown.append(dialog)

    def poll() -> None:
        if not shown:
            return
        dialog = shown[0]
        if dialog.wasCanceled():
            progress.cancel_requested = True
        if progress.total:  # (no measure yet: the bar shows it is busy)
            dialog.setMaximum(1000)
            dialog.setValue(max(1, min(999, progress.done * 1000 // max(1, progress.total))))

    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(poll)
    _running.append(worker)
    try:
        worker.start()
        timer.start()
        if show_after_ms <= 0:
            show_dialog()
        else:
            QTimer.singleShot(show_after_ms, show_dialog)
        if worker.is_alive():
            loop.exec()
        worker.join()
    finally:
        _running.remove(worker)
        timer.stop()
        for dialog in shown:
            dialog.close()
            dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
