"""The canvas's background: a grey desk with the map on a sheet of white paper, as it will print."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from ...layout import Theme

PAPER_PAD = 18.0  # the white paper shows this much beyond the map
DESK = QColor("#e3e6ea")
SHADOW = QColor(0, 0, 0, 28)


def paint_desk(painter: QPainter, exposed: QRectF, page: QRectF | None, theme: Theme) -> None:
    """The desk in ``exposed``; the paper under ``page`` (the map), if there is one."""
    painter.fillRect(exposed, DESK)
    if page is None:
        return
    paper = page.adjusted(-PAPER_PAD, -PAPER_PAD, PAPER_PAD, PAPER_PAD)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(SHADOW)
    painter.drawRect(paper.translated(2, 3))
    painter.setBrush(QColor(theme.paper))
    painter.drawRect(paper)
