"""The project window's size, toolbar and panel widths, as the user left them last time.

Kept in the settings file as Qt's own saved states (base64 text); a value that
does not decode is ignored, and the window opens at its default size."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication

from ..settings import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QSplitter

KEY = "window"


def _saved(name: str) -> QByteArray | None:
    state = Settings().get(KEY, {})
    value = state.get(name) if isinstance(state, dict) else None
    if not isinstance(value, str):
        return None
    try:
        return QByteArray.fromBase64(value.encode("ascii"))
    except (ValueError, UnicodeError):
        return None


def restore_window(window: QMainWindow) -> None:
    """The window's geometry, toolbars and docks."""
    for name, restore in (("geometry", window.restoreGeometry), ("state", window.restoreState)):
        saved = _saved(name)
        if saved is not None:
            restore(saved)


def restore_splitter(splitter: QSplitter) -> None:
    """The panel widths: only once the window has its size (before that the
    splitter shares out a width that is not yet the real one)."""
    saved = _saved("splitter")
    if saved is not None:
        QApplication.processEvents()
        splitter.restoreState(saved)


def save(window: QMainWindow, splitter: QSplitter) -> None:
    def text(state: QByteArray) -> str:
        return bytes(state.toBase64().data()).decode("ascii")

    Settings().set(
        KEY,
        {
            "geometry": text(window.saveGeometry()),
            "state": text(window.saveState()),
            "splitter": text(splitter.saveState()),
        },
    )
