"""Bringing a picture file into the project: a persona's photo or a step's picture.

The file's size is checked before it is read, so choosing a huge file by
mistake costs nothing; the picture itself is checked, and a photo larger than
a project needs is scaled down, by ``prepare_picture``.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ..domain import EditError, EditProblem


def choose_picture_file(parent, title: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, title, "", QCoreApplication.translate("Pictures", "Pictures (*.png *.jpg *.jpeg)")
    )
    return Path(name) if name else None


def read_picture(path: Path) -> tuple[str, int, int, bytes]:
    """(mime, width, height, data), ready for ``Document.add_image``; EditError with a reason otherwise."""
    from ..app.pictures import MAX_INSERT_BYTES, prepare_picture  # Pillow loads only when a picture is chosen

    try:
        if path.stat().st_size > MAX_INSERT_BYTES:
            raise EditError(EditProblem.BAD_IMAGE, reason="bytes")
        return prepare_picture(path.read_bytes())
    except OSError:
        raise EditError(EditProblem.BAD_IMAGE, reason="unreadable") from None
