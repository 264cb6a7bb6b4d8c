"""The export dialog: the exporter's options, a live preview, and a check of every choice.

The preview draws the first page with the same shapes the PDF or PNG will
get, on a worker thread: at 20,000 cards drawing it took 0.4-0.5 s, and the
window froze that long when the dialog opened and at every option changed.
The plan (the pages, whether the choice can work) stays on the GUI thread:
it reuses the cells the editor laid out, 40 ms at 20,000 cards. A choice that cannot work (a scale that does not fit, a PNG too large)
is explained under the preview and the Export button stays off. The choices
are remembered for next time.
"""

import threading
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

from ..app.exporting import MAX_DPI, MIN_DPI, ExportError, ExportRequest, PlannedExport, plan_export
from ..app.pictures import shown_pictures
from ..domain import Document
from ..export.pages import MAX_SCALE, MIN_SCALE, PosterOptions, TileOptions
from ..export.painter import paint_page
from ..export.paper import MAX_PAPER, MIN_PAPER, MM, PAPER_NAMES, parse_paper
from ..messages import error_message
from ..print_labels import map_labels, poster_labels
from ..settings import Settings
from .canvas.qt_painter import QtShapePainter

PREVIEW = (380, 270)
PREVIEW_POLL_MS = 20  # how often the dialog looks for the preview being drawn
READABLE_MM = 3.0  # smaller printed text is hard to read on a wall


class _PreviewPainter:
    """Draws a page's preview on a worker thread, one at a time; the newest request
    waits for the one under way, and those in between are never drawn.

    Plain Python, no QObject: the dialog may be closed and deleted while a preview
    is still being drawn, and the worker then only leaves its picture here."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._busy = False
        self._next: tuple | None = None  # (number, page, pictures) waiting for the thread
        self._drawn: tuple[int, QImage] | None = None  # the newest preview drawn

    def request(self, number: int, page, pictures_of) -> None:
        with self._lock:
            self._next = (number, page, pictures_of)
            if self._busy:
                return
            self._busy = True
        threading.Thread(target=self._run, name="journeymapper-preview", daemon=True).start()

    def take(self) -> tuple[int, QImage] | None:
        """The newest preview drawn since the last call (number, image), if any."""
        with self._lock:
            drawn, self._drawn = self._drawn, None
        return drawn

    def _run(self) -> None:
        while True:
            with self._lock:
                job, self._next = self._next, None
                if job is None:
                    self._busy = False
                    return
            number, page, pictures_of = job
            image = render_page_preview(page, pictures_of())
            with self._lock:
                self._drawn = (number, image)


def render_page_preview(page, images) -> QImage:
    """The page drawn into ``PREVIEW`` (any thread: a QImage, not a widget)."""
    scale = min(PREVIEW[0] / page.width, PREVIEW[1] / page.height)
    image = QImage(
        max(1, round(page.width * scale)),
        max(1, round(page.height * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    paint_page(page, QtShapePainter(painter, images))
    painter.setPen(QColor("#9aa0a6"))
    painter.drawRect(QRectF(0, 0, page.width, page.height))
    painter.end()
    return image


class ExportDialog(QDialog):
    def __init__(self, parent, document: Document, map_id: str, fmt: str, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.map_id = map_id
        self.fmt = fmt
        self.settings = settings or Settings()
        self._planned: PlannedExport | None = None
        self._target: Path | None = None
        self._previews = _PreviewPainter()
        self._preview_timer = QTimer(self)  # looks for the drawn preview while one is due
        self._preview_timer.setInterval(PREVIEW_POLL_MS)
        self._preview_timer.timeout.connect(self._show_drawn_preview)
        self._preview_asked = 0  # the number of the newest preview asked for
        self._preview_shown = 0  # and of the one shown
        self.setWindowTitle(self.tr("Export as PDF") if fmt == "pdf" else self.tr("Export as PNG"))
        remembered = self.settings.get(f"export_{fmt}", {})
        remembered = remembered if isinstance(remembered, dict) else {}

        form = QFormLayout()
        self.all_maps = QCheckBox(
            self.tr("Every map of the project (one per page)")
            if fmt == "pdf"
            else self.tr("Every map of the project (one file each)")
        )
        form.addRow(self.all_maps)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper"))
        if fmt == "png":
            self.paper.addItem(self.tr("The map's own size"), "")
        for name in PAPER_NAMES:
            self.paper.addItem(name, name)
        self.paper.addItem(self.tr("Custom size"), "custom")
        form.addRow(self.tr("&Paper:"), self.paper)
        self.custom_width, self.custom_height = _mm_box(1000), _mm_box(700)
        self.custom_width.setAccessibleName(self.tr("Custom width"))
        self.custom_height.setAccessibleName(self.tr("Custom height"))
        custom = QHBoxLayout()
        custom.addWidget(self.custom_width)
        custom.addWidget(QLabel("×"))
        custom.addWidget(self.custom_height)
        form.addRow(self.tr("Custom size:"), custom)
        self.orientation = QComboBox()
        self.orientation.setAccessibleName(self.tr("Orientation"))
        for text, value in (
            (self.tr("Best fit"), "auto"),
            (self.tr("Portrait"), "portrait"),
            (self.tr("Landscape"), "landscape"),
        ):
            self.orientation.addItem(text, value)
        form.addRow(self.tr("&Orientation:"), self.orientation)
        self.fit = QRadioButton(self.tr("&Fit to the paper"))
        self.scaled = QRadioButton(self.tr("&Scale:"))
        group = QButtonGroup(self)
        group.addButton(self.fit)
        group.addButton(self.scaled)
        self.scale = QSpinBox()
        self.scale.setRange(round(MIN_SCALE * 100), round(MAX_SCALE * 100))  # in per cent
        self.scale.setSuffix(" %")
        self.scale.setAccessibleName(self.tr("Scale"))
        size_row = QHBoxLayout()
        size_row.addWidget(self.fit)
        size_row.addWidget(self.scaled)
        size_row.addWidget(self.scale)
        form.addRow(self.tr("Size:"), size_row)
        self.margin = _mm_box(10, 0, 100)
        self.margin.setAccessibleName(self.tr("Margin"))
        form.addRow(self.tr("&Margin:"), self.margin)
        self.tile = QCheckBox(self.tr("Spread over sheets of"))
        self.tile_paper = QComboBox()
        self.tile_paper.addItems(["A4", "A3"])
        self.tile_paper.setAccessibleName(self.tr("Sheet size"))
        self.overlap = _mm_box(10, 0, 50)
        self.overlap.setAccessibleName(self.tr("Overlap"))
        tile_row = QHBoxLayout()
        tile_row.addWidget(self.tile)
        tile_row.addWidget(self.tile_paper)
        tile_row.addWidget(QLabel(self.tr("overlap")))
        tile_row.addWidget(self.overlap)
        self.dpi = QSpinBox()
        self.dpi.setRange(MIN_DPI, MAX_DPI)
        self.dpi.setSuffix(" dpi")
        self.dpi.setAccessibleName(self.tr("Resolution"))
        self.transparent = QCheckBox(self.tr("&Transparent background"))
        if fmt == "pdf":
            form.addRow(self.tr("Poster:"), tile_row)
        else:
            form.addRow(self.tr("&Resolution:"), self.dpi)
            form.addRow(self.transparent)

        self.preview = QLabel()
        self.preview.setFixedSize(*PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addWidget(self.preview)
        side.addWidget(self.info)
        side.addStretch()
        body = QHBoxLayout()
        body.addLayout(form)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.buttons)

        self._restore(remembered)
        for widget in (self.all_maps, self.fit, self.scaled, self.tile, self.transparent):
            widget.toggled.connect(self._update)
        for widget in (self.paper, self.orientation, self.tile_paper):
            widget.currentIndexChanged.connect(self._update)
        for widget in (self.scale, self.dpi, self.custom_width, self.custom_height, self.margin, self.overlap):
            widget.valueChanged.connect(self._update)
        self._update()

    # -- choices ------------------------------------------------------------------------
    def _restore(self, values: dict) -> None:
        self.paper.setCurrentIndex(max(0, self.paper.findData(values.get("paper", "A3" if self.fmt == "pdf" else ""))))
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(values.get("orientation", "auto"))))
        self.fit.setChecked(values.get("fit", True) is not False)
        self.scaled.setChecked(values.get("fit", True) is False)
        self.scale.setValue(int(values.get("scale", 100)) if str(values.get("scale", "")).isdigit() else 100)
        self.margin.setValue(float(values.get("margin", 10)) if isinstance(values.get("margin"), (int, float)) else 10)
        self.tile.setChecked(values.get("tile", False) is True)
        self.overlap.setValue(
            float(values.get("overlap", 10)) if isinstance(values.get("overlap"), (int, float)) else 10
        )
        self.dpi.setValue(int(values.get("dpi", 150)) if isinstance(values.get("dpi"), int) else 150)
        self.transparent.setChecked(values.get("transparent", False) is True)

    def _remember(self) -> None:
        self.settings.set(
            f"export_{self.fmt}",
            {
                "paper": self.paper.currentData(),
                "orientation": self.orientation.currentData(),
                "fit": self.fit.isChecked(),
                "scale": self.scale.value(),
                "margin": self.margin.value(),
                "tile": self.tile.isChecked(),
                "overlap": self.overlap.value(),
                "dpi": self.dpi.value(),
                "transparent": self.transparent.isChecked(),
            },
        )

    def request(self) -> ExportRequest:
        paper_name = self.paper.currentData()
        if paper_name == "custom":
            paper = (self.tr("Custom size"), self.custom_width.value() * MM, self.custom_height.value() * MM)
        else:
            paper = parse_paper(paper_name) if paper_name else None
        poster = PosterOptions(
            paper,
            self.orientation.currentData(),
            None if self.fit.isChecked() and paper else self.scale.value() / 100,
            self.margin.value() * MM,
        )
        tile = (
            TileOptions(parse_paper(self.tile_paper.currentText()), self.overlap.value() * MM)
            if self.fmt == "pdf" and self.tile.isChecked()
            else None
        )
        maps = tuple(m.id for m in self.document.maps()) if self.all_maps.isChecked() else (self.map_id,)
        return ExportRequest(self.fmt, maps, poster, tile, float(self.dpi.value()), None, self.transparent.isChecked())

    def planned(self) -> PlannedExport | None:
        return self._planned

    def target(self) -> Path | None:
        return self._target

    # -- preview and checks ----------------------------------------------------------------
    def _update(self) -> None:
        custom = self.paper.currentData() == "custom"
        self.custom_width.setEnabled(custom)
        self.custom_height.setEnabled(custom)
        has_paper = bool(self.paper.currentData())
        self.fit.setEnabled(has_paper)
        if not has_paper:
            self.scaled.setChecked(True)
        self.scale.setEnabled(self.scaled.isChecked())
        for widget in (self.tile_paper, self.overlap):
            widget.setEnabled(self.tile.isChecked())
        try:
            self._planned = plan_export(self.document, self.request(), map_labels(), poster_labels())
        except ExportError as error:
            self._planned = None
            self._preview_asked += 1  # a preview still being drawn is not shown
            self._preview_shown = self._preview_asked
            self.info.setText(error_message(error))
            self.preview.setPixmap(QPixmap())
            self.export_button.setEnabled(False)
            return
        self.export_button.setEnabled(True)
        self._preview_asked += 1
        document = self.document
        self._previews.request(self._preview_asked, self._planned.pages[0], lambda: shown_pictures(document.images()))
        self._preview_timer.start()
        self.info.setText(self._describe())

    def _describe(self) -> str:
        planned = self._planned
        page = planned.pages[0]
        lines = []
        if self.fmt == "pdf":
            lines.append(self.tr("%n page(s)", "", len(planned.pages)))
        else:
            from ..export.png import pixel_size

            size = pixel_size(page, planned.dpis[0])
            lines.append(self.tr("%1 × %2 pixels").replace("%1", str(size.width)).replace("%2", str(size.height)))
        lines.append(self.tr("Scale: %1 %").replace("%1", f"{page.scale * 100:.0f}"))
        smallest = min((layout.smallest_text_size() for layout in planned.layouts), default=10.0)
        printed_mm = smallest * page.scale / MM
        if printed_mm < READABLE_MM:
            lines.append(
                self.tr(
                    "Warning: the smallest text prints %1 mm high; below about 3 mm it is hard to read "
                    "on a wall. Choose larger paper or a larger scale."
                ).replace("%1", f"{printed_mm:.1f}".replace(".", self.locale().decimalPoint()))
            )
        if planned.missing_characters:
            lines.append(
                self.tr("Warning: the font has no letters for: %1").replace(
                    "%1", " ".join(sorted(planned.missing_characters))
                )
            )
        return "\n".join(lines)

    def _show_drawn_preview(self) -> None:
        drawn = self._previews.take()
        if drawn is not None and drawn[0] == self._preview_asked:  # (one for choices changed since: dropped)
            self._preview_shown = drawn[0]
            self.preview.setPixmap(QPixmap.fromImage(drawn[1]))
        if self.preview_ready():
            self._preview_timer.stop()

    def preview_ready(self) -> bool:
        """Whether the preview shows the choices made now (for tests and benchmarks)."""
        return self._preview_shown == self._preview_asked

    # -- accept ---------------------------------------------------------------------------------
    def choose_target(self) -> Path | None:
        suffix = "." + self.fmt
        title = self.document.map(self.map_id).title or "map"
        start = str(Path(self.settings.get("export_folder", str(Path.home()))) / (title + suffix))
        name, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), start, f"{self.fmt.upper()} (*{suffix})")
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(suffix)

    def accept(self) -> None:
        if self._planned is None:
            return
        target = self._target or self.choose_target()
        if target is None:
            return
        self._target = target
        self._remember()
        self.settings.set("export_folder", str(target.parent))
        super().accept()

    def set_target(self, path: Path) -> None:
        """Choose the output without the file dialog (scripts and tests)."""
        self._target = path


def _mm_box(value: float, low: float = round(MIN_PAPER / MM), high: float = round(MAX_PAPER / MM)) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(0)
    box.setSuffix(" mm")
    box.setValue(value)
    return box
