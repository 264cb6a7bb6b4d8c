"""Canvas speed on a generated map: open to first paint, one card drop, full repaints.

    QT_QPA_PLATFORM=offscreen python benchmarks/canvas.py [--cards 2000] [--runs 5]

Prints a table of medians (milliseconds). A repaint is timed by rendering the
whole viewport into an image the size of a laptop screen; the first paint
after a zoom change also redraws the cached pictures of the visible cards.
"""

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, nargs="+", default=[2000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from generate import generate
    from probes import _paint as render_view  # the same full repaint run.py measures
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from journeymapper.app.session import ProjectSession
    from journeymapper.persistence import write_project
    from journeymapper.ui.canvas.lane_picture import LanePicture
    from journeymapper.ui.main_window import ProjectWindow

    app = QApplication.instance() or QApplication([])
    refines: list[float] = []  # the slowest lane's idle-time drawing of a sharper picture
    original_refine = LanePicture._refine

    def timed_refine(picture) -> None:
        start = time.perf_counter()
        original_refine(picture)
        refines.append((time.perf_counter() - start) * 1000)

    LanePicture._refine = timed_refine
    print(f"{'cards':>6}  {'what':<44} {'median ms':>10}")
    with tempfile.TemporaryDirectory() as folder:
        for cards in args.cards:
            path = Path(folder) / f"map-{cards}.jmap"
            write_project(path, generate(cards), overwrite=True)
            results: dict[str, list[float]] = {}

            def paint(window) -> float:
                return render_view(window) * 1000

            for _ in range(args.runs):
                start = time.perf_counter()
                window = ProjectWindow(ProjectSession.open(path))
                document = window.session.document
                window.resize(1400, 900)
                window.show()
                app.processEvents()
                paint(window)
                results.setdefault("open to first paint", []).append((time.perf_counter() - start) * 1000)
                results.setdefault("repaint, zoomed to fit", []).append(paint(window))
                steps = []
                while window.view.zoom() * 1.25 < 0.4:  # step by step up to the detailed view
                    window.view.zoom_in()
                    steps.append(paint(window))
                    app.processEvents()  # lanes draw their sharper pictures when idle
                results.setdefault("zoom step, zoomed out: first paint", []).append(statistics.median(steps))
                results.setdefault("  the slowest of those steps", []).append(max(steps))
                results.setdefault("  a sharper lane picture, drawn when idle", []).append(max(refines, default=0.0))
                refines.clear()
                window.view.zoom_in()
                results.setdefault("zoom step into the detailed view: first paint", []).append(paint(window))
                window.view.zoom_actual()
                results.setdefault("zoom to 100 %: first paint", []).append(paint(window))
                results.setdefault("repaint at 100 %", []).append(paint(window))
                bar = window.view.verticalScrollBar()
                bar.setValue(bar.value() + bar.pageStep() // 4)
                results.setdefault("scroll a quarter page at 100 %", []).append(paint(window))
                window.view.zoom_in()
                results.setdefault("zoom step at 100 %: first paint", []).append(paint(window))
                window.view.zoom_actual()
                paint(window)
                map_id = window.map_id
                steps = document.map_steps(map_id)
                lane, card = next(
                    (l, c)
                    for l in document.lanes(map_id)
                    if l.kind.holds_cards
                    for c in document.cards(l.id, steps[0].id)
                )
                start = time.perf_counter()
                window.canvas.move_cards([card.id], lane.id, steps[1].id, 0)
                paint(window)
                results.setdefault("card drop: edit, layout, repaint", []).append((time.perf_counter() - start) * 1000)
                window.editor.clear()
                window.project_session.close()
                window.hide()
                window.deleteLater()
                # deleteLater needs the event loop; without this each run's window stays alive
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                app.processEvents()
                gc.collect()
            for what, values in results.items():
                print(f"{cards:>6}  {what:<44} {statistics.median(values):>10.1f}")


if __name__ == "__main__":
    main()
