"""One measurement each, run in a fresh process by ``benchmarks/run.py``.

    python benchmarks/probes.py NAME [ARGS...]

Prints one JSON object: the figures (seconds; lists of seconds for
percentiles) and ``peak_mb``, the process's peak resident memory.
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- start-up: measured by the parent from process start to "ready" (the first paint) -----------
def _after_first_paint(widget_class, then) -> None:
    """``then()`` once the first ``widget_class`` has painted (the paint event handled;
    a zero timer runs after the backing store is flushed to the screen)."""
    from PySide6.QtCore import QTimer

    real = widget_class.paintEvent
    done = []

    def paint_event(self, event) -> None:
        if not done:
            # Asked for before the widget's own paint runs, so it comes before any work
            # the widget itself leaves for after its first paint (the previews).
            done.append(True)
            QTimer.singleShot(0, then)
        real(self, event)

    widget_class.paintEvent = paint_event


def bare_window() -> dict:
    """The floor for start-up: PySide6 itself painting an empty window."""
    from PySide6.QtWidgets import QApplication, QWidget

    class Window(QWidget):
        pass

    app = QApplication([])
    _after_first_paint(Window, lambda: (print("ready", flush=True), app.quit()))
    window = Window()
    window.resize(900, 600)
    window.show()
    app.exec()
    return {}


def start_screen() -> dict:
    """``journeymapper`` with no file, as a user starts it: "ready" when its start screen
    has first painted, "settled" when the last template preview is in."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from journeymapper.ui import start_screen as screens

    def previews() -> None:
        app = QApplication.instance()
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, screens.StartScreen)]
        if shown and not shown[0].previews_drawn():
            QTimer.singleShot(0, previews)
            return
        print("settled", flush=True)
        app.quit()

    def painted() -> None:
        print("ready", flush=True)
        QTimer.singleShot(0, previews)

    _after_first_paint(screens.StartScreen, painted)
    from journeymapper.cli.main import main

    main(["--lang", "nl"])
    return {
        "modules": len(sys.modules),
        "sqlmodel_loaded": "sqlmodel" in sys.modules,
        "reportlab_loaded": "reportlab" in sys.modules,
        "pil_loaded": "PIL" in sys.modules,
    }


def cold_open(path: str) -> dict:
    """``journeymapper map.jmap`` as a double-click starts it: "ready" when the map has
    first painted, "settled" when every card item is made and the working copy written."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from journeymapper.ui.canvas import staged

    real_opened = staged.StagedOpening.opened

    def opened(self) -> None:
        real_opened(self)
        self.firstPainted.connect(lambda: (print("ready", flush=True), QTimer.singleShot(0, lambda: settle(self))))

    def settle(opening) -> None:
        app = QApplication.instance()
        windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "project_session")]
        done = windows and not opening.pending() and windows[0].project_session.working_copy_written
        if not done:
            QTimer.singleShot(1, lambda: settle(opening))
            return
        print("settled", flush=True)
        for window in windows:
            window.editor.clear()
            window.project_session.close()
        app.quit()

    staged.StagedOpening.opened = opened
    from journeymapper.cli.main import main

    main(["--lang", "nl", path])
    return {"peak_mb": peak_mb()}


# -- the editor ---------------------------------------------------------------------------------
def _window(path: Path):
    """Opened as the editor opens a file (read and laid out on a worker thread), in its
    first-run size, and the events of its showing handled."""
    from PySide6.QtWidgets import QApplication

    from journeymapper.ui.application import open_path

    app = QApplication.instance() or QApplication([])
    window = open_path(path)
    app.processEvents()
    return app, window


def _paint(window) -> float:
    from PySide6.QtGui import QImage, QPainter

    image = QImage(1400, 860, QImage.Format.Format_ARGB32_Premultiplied)
    start = time.perf_counter()
    painter = QPainter(image)
    window.view.render(painter)
    painter.end()
    return time.perf_counter() - start


def editor(path: str) -> dict:
    """Open to first paint, repaints at fit-all and 100 %, one card drop, with the editor loaded."""
    from PySide6.QtWidgets import QApplication

    QApplication([])
    import journeymapper.ui.main_window  # noqa: F401 - loaded before the clock starts, as in a running editor

    start = time.perf_counter()
    _app, window = _window(Path(path))
    _paint(window)
    figures = {"open_first_paint": time.perf_counter() - start}
    figures["repaint_fit"] = statistics.median(_paint(window) for _ in range(5))
    window.view.zoom_actual()
    _paint(window)
    figures["repaint_100"] = statistics.median(_paint(window) for _ in range(5))
    window.view.zoom_to_fit()
    _paint(window)
    document = window.session.document
    steps = document.map_steps(window.map_id)
    drops = []
    for index in range(5):
        lane, card = next(
            (lane, c)
            for lane in document.lanes(window.map_id)
            if lane.kind.holds_cards
            for c in document.cards(lane.id, steps[index].id)
        )
        start = time.perf_counter()
        window.canvas.move_cards([card.id], lane.id, steps[index + 1].id, 0)
        _paint(window)
        drops.append(time.perf_counter() - start)
    figures["card_drop"] = statistics.median(drops)
    window.editor.clear()
    window.session.project.close()
    figures["peak_mb"] = peak_mb()
    return figures


def edits(path: str, count: str = "300") -> dict:
    """One edit committed durably, many times: each a separate transaction with fsync."""
    from journeymapper.app.editing import EditingSession
    from journeymapper.persistence import ProjectFile

    project, document = ProjectFile.open(Path(path))
    session = EditingSession(document, project)
    cards = [c.id for c in document.store.all(__import__("journeymapper.domain", fromlist=["Kind"]).Kind.CARD)]
    times = []
    for number in range(int(count)):
        start = time.perf_counter()
        session.edit(document.update_card, cards[number % len(cards)], text=f"bewerkt {number}")
        times.append(time.perf_counter() - start)
    project.close()
    return {"edit": times, "peak_mb": peak_mb()}


def raw_commits(folder: str, count: str = "300") -> dict:
    """The floor for an edit: sqlite3 committing one row, with the same journal and fsync settings."""
    path = Path(folder) / "raw.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, text TEXT)")
    conn.executemany("INSERT OR REPLACE INTO t VALUES (?, ?)", ((i, "x" * 60) for i in range(2000)))
    times = []
    for number in range(int(count)):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE t SET text = ? WHERE id = ?", (f"bewerkt {number}", number % 2000))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return {"edit": times, "peak_mb": peak_mb()}


def save(path: str, folder: str) -> dict:
    from journeymapper.app.editing import EditingSession
    from journeymapper.persistence import ProjectFile

    project, document = ProjectFile.open(Path(path))
    session = EditingSession(document, project)
    card = document.store.all(__import__("journeymapper.domain", fromlist=["Kind"]).Kind.CARD)[0]
    figures = {}
    saves, saves_as = [], []
    for number in range(5):
        session.edit(document.update_card, card.id, text=f"opgeslagen {number}")
        start = time.perf_counter()
        project.save()
        saves.append(time.perf_counter() - start)
        start = time.perf_counter()
        project.save_as(Path(folder) / f"kopie-{number}.jmap")
        saves_as.append(time.perf_counter() - start)
    project.close()
    figures["save"] = statistics.median(saves)
    figures["save_as"] = statistics.median(saves_as)
    figures["peak_mb"] = peak_mb()
    return figures


def freezes(path: str, folder: str) -> dict:
    """The longest the event loop stood still (a 5 ms timer's longest gap) while
    the editor opened ``path``, dropped a card, and exported an A0 PDF and an A0
    PNG at 150 dpi through its dialogs' path; and how long each took."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from journeymapper.app.exporting import ExportRequest, plan_export
    from journeymapper.export.pages import PosterOptions
    from journeymapper.export.paper import parse_paper
    from journeymapper.ui.file_commands import run_export_with_progress

    app = QApplication([])
    import journeymapper.ui.main_window  # noqa: F401 - loaded, as in a running editor

    last, longest = [time.perf_counter()], [0.0]

    def tick() -> None:
        now = time.perf_counter()
        longest[0] = max(longest[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    figures = {}

    def measure(name: str, action) -> None:
        app.processEvents()
        last[0], longest[0] = time.perf_counter(), 0.0
        start = time.perf_counter()
        action()
        tick()
        figures[f"{name}_seconds"] = time.perf_counter() - start
        figures[f"{name}_longest_freeze"] = longest[0]

    holder = {}

    def open_and_settle() -> None:
        from journeymapper.ui.application import open_path

        holder["window"] = window = open_path(Path(path))
        while window.scene.cards_pending():  # until every card item is made, a few hundred a turn
            app.processEvents()
            _paint(window)

    measure("open", open_and_settle)
    window = holder["window"]
    document = window.session.document
    steps = document.map_steps(window.map_id)
    lane, card = next(
        (lane, c)
        for lane in document.lanes(window.map_id)
        if lane.kind.holds_cards
        for c in document.cards(lane.id, steps[0].id)
    )
    measure("drop", lambda: (window.canvas.move_cards([card.id], lane.id, steps[1].id, 0), _paint(window)))
    a0 = PosterOptions(paper=parse_paper("A0"))
    for name, request, out in (
        ("pdf_a0", ExportRequest("pdf", (window.map_id,), poster=a0), "poster.pdf"),
        ("png_a0_150", ExportRequest("png", (window.map_id,), poster=a0, dpi=150), "poster.png"),
    ):
        planned = plan_export(document, request)
        measure(name, lambda planned=planned, out=out: run_export_with_progress(window, planned, Path(folder) / out))
    window.editor.clear()
    window.session.project.close()
    figures["peak_mb"] = peak_mb()
    return figures


class _LoopWatch:
    """The longest the event loop stood still: a 5 ms timer's longest gap, from
    the moment an action starts until the work it set going is done (the loop has
    had nothing more to do for ``quiet`` seconds)."""

    def __init__(self, app) -> None:
        from PySide6.QtCore import QTimer

        self.app = app
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def measure(self, action, settle=None, quiet: float = 0.15) -> tuple[float, float]:
        """(longest freeze, seconds until settled) of ``action()``; ``settle()``: True once
        the work it set going is done (else the loop runs ``quiet`` seconds more)."""
        self.app.processEvents()
        self.last, self.longest = time.perf_counter(), 0.0
        start = time.perf_counter()
        action()
        self.tick()
        end = time.perf_counter() + quiet
        while not settle() if settle is not None else time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.001)
        settled = time.perf_counter() - start
        self.tick()
        return self.longest, settled


def interactions(path: str, lines: str = "2000") -> dict:
    """The longest freeze of each action a user waits on in a window, at the map's size:
    select all, delete the selection, undo that, cut, paste ``lines`` lines, open the
    export dialog, change one of its options; and the first paint after each zoom step
    from fit-all to 100 % and back."""
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    import journeymapper.ui.main_window  # noqa: F401 - loaded, as in a running editor
    from journeymapper.ui.application import open_path
    from journeymapper.ui.export_dialog import ExportDialog

    watch = _LoopWatch(app)
    window = open_path(Path(path))
    window.resize(1400, 900)
    window.show()
    while window.scene.cards_pending():
        app.processEvents()
    app.processEvents()
    figures: dict = {}

    def record(name: str, action, settle=None) -> None:
        freeze, seconds = watch.measure(action, settle)
        figures[f"{name}_longest_freeze"] = freeze
        figures[f"{name}_seconds"] = seconds

    document = window.session.document
    record("select_all", window.select_all)
    figures["selected"] = len(window.scene.selected_card_ids())
    record("delete_selection", window.delete)
    record("undo_delete", window.undo)
    window.select_all()
    app.processEvents()
    record("cut", window.cut)
    window.undo()
    app.processEvents()
    QApplication.clipboard().setText("\n".join(f"geplakte regel {n}" for n in range(int(lines))))
    window.scene.clearSelection()
    record("paste", window.paste)
    window.undo()
    app.processEvents()
    dialogs = []

    def open_dialog() -> None:
        dialog = ExportDialog(window, document, window.map_id, "pdf")
        dialog.show()
        dialogs.append(dialog)

    def previewed() -> bool:
        ready = getattr(dialogs[0], "preview_ready", None) if dialogs else None
        return ready() if ready is not None else True

    record("export_dialog_open", open_dialog, previewed)
    dialog = dialogs[0]
    record(
        "export_dialog_option", lambda: dialog.paper.setCurrentIndex((dialog.paper.currentIndex() + 1) % 3), previewed
    )
    dialog.reject()
    app.processEvents()
    view = window.view
    view.zoom_to_fit()
    view.viewport().repaint()
    zooms = []
    while view.zoom() < 1.0:
        view.zoom_in()
        start = time.perf_counter()
        view.viewport().repaint()  # the first paint at the new zoom, as the user sees it
        zooms.append(time.perf_counter() - start)
    while view.zoom() > 0.05 and len(zooms) < 40:
        before = view.zoom()
        view.zoom_out()
        if view.zoom() == before:
            break
        start = time.perf_counter()
        view.viewport().repaint()
        zooms.append(time.perf_counter() - start)
    figures["zoom_first_paint"] = max(zooms) if zooms else None
    figures["zoom_first_paints"] = zooms
    window.editor.clear()
    window.session.project.close()
    figures["peak_mb"] = peak_mb()
    return figures


def export(path: str, out: str, *options: str) -> dict:
    from journeymapper.cli.main import main

    start = time.perf_counter()
    code = main(["export", path, "-o", out, "--quiet", *options])
    return {"seconds": time.perf_counter() - start, "ok": code == 0, "peak_mb": peak_mb()}


def rsvg(svg: str, out: str, *options: str) -> dict:
    """The export floor: librsvg rendering the same map as SVG (its time, its peak memory)."""
    start = time.perf_counter()
    done = subprocess.run(["rsvg-convert", *options, "-o", out, svg], capture_output=True)
    seconds = time.perf_counter() - start
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": seconds, "ok": done.returncode == 0, "peak_mb": child}


PROBES = {
    f.__name__: f
    for f in (
        bare_window,
        start_screen,
        cold_open,
        editor,
        edits,
        raw_commits,
        save,
        freezes,
        interactions,
        export,
        rsvg,
    )
}

if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    tempfile.tempdir = os.environ.get("TMPDIR") or None
    result = PROBES[sys.argv[1]](*sys.argv[2:])
    print("RESULT " + json.dumps(result), flush=True)
