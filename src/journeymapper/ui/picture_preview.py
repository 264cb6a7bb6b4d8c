"""A picture shown small in a label (the inspector's persona photo, a step's picture),
decoded as the canvas and every export decode it: PNG or JPEG within the limits,
else the label says why there is nothing to see."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel

from .canvas.qt_painter import decode_picture


def show_picture(label: QLabel, data: bytes | None, size: QSize, missing: str, unreadable: str) -> None:
    """``data`` scaled into ``size``; ``missing``: the words for no picture,
    ``unreadable``: for one that is not PNG or JPEG or beyond the limits
    (``check --repair`` drops it)."""
    decoded = decode_picture(data) if data is not None else None
    if decoded is None:
        label.setPixmap(QPixmap())
        label.setText(missing if data is None else unreadable)
        return
    label.setPixmap(
        QPixmap.fromImage(decoded).scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    )
