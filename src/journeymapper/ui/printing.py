"""Printing through the system print dialog: the map fitted to the printer's page.

The page is planned like a PDF poster (same layout, same shapes), on the
paper and margins the printer reports, and painted with the canvas painter.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox

from ..app.exporting import ExportError
from ..app.pictures import shown_pictures
from ..domain import Document
from ..export.pages import Page, PosterOptions, plan_poster
from ..export.painter import paint_page
from ..layout import compute_layout
from ..messages import error_message
from ..print_labels import map_labels, poster_labels
from .canvas.qt_painter import QtShapePainter

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def page_for_printer(printer: QPrinter, document: Document, map_id: str) -> Page:
    """The map fitted inside the printable area of the printer's paper."""
    full = printer.pageLayout().fullRect(QPageLayout.Unit.Point)
    printable = printer.pageLayout().paintRect(QPageLayout.Unit.Point)
    margin = max(
        printable.left(), printable.top(), full.width() - printable.right(), full.height() - printable.bottom(), 14.0
    )
    layout = compute_layout(document, map_id, labels=map_labels())
    landscape = printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    paper = ("", full.width(), full.height())
    options = PosterOptions(paper, "landscape" if landscape else "portrait", None, margin)
    return plan_poster(layout, document.map(map_id).title, options, poster_labels())


def render(printer: QPrinter, page: Page, images: dict[str, bytes]) -> None:
    painter = QPainter(printer)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The painter works in device pixels; the page is in points.
        painter.scale(printer.resolution() / 72, printer.resolution() / 72)
        full = printer.pageLayout().fullRect(QPageLayout.Unit.Point)
        printable = printer.pageLayout().paintRect(QPageLayout.Unit.Point)
        painter.translate(full.left() - printable.left(), full.top() - printable.top())
        paint_page(page, QtShapePainter(painter, images))
    finally:
        painter.end()


def print_map(parent, document: Document, map_id: str) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document.map(map_id).title)
    wide = compute_layout(document, map_id).width > compute_layout(document, map_id).height
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        render(printer, page_for_printer(printer, document, map_id), shown_pictures(document.images()))
    except ExportError as error:
        QMessageBox.warning(parent, translate("Files", "Print"), error_message(error))
