"""Cards on the clipboard: our own format between maps and windows, plain text for
everything else (and from other programs, one card per line).

Everything on the clipboard is read; how much may be pasted at once is the
paste's decision (``rules.MAX_PASTED_CARDS``), told to the user, never a
silent cut here."""

import json

from PySide6.QtCore import QMimeData

CARDS_MIME = "application/x-journeymapper-cards"


def release_clipboard() -> None:
    """Before the application ends: leave our cards on the clipboard as plain text only.

    PySide6 crashes Python at exit (a segfault, reproduced here) while a
    QMimeData made in Python is on the clipboard; plain text set with setText
    is made by Qt itself, and other programs can still paste it.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    clipboard = app.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(CARDS_MIME):
        clipboard.setText(data.text())


def cards_to_mime(cards) -> QMimeData:
    data = QMimeData()
    data.setData(CARDS_MIME, json.dumps([{"text": c.text, "color": c.color} for c in cards]).encode("utf-8"))
    data.setText("\n".join(c.text for c in cards))
    return data


def cards_from_mime(data: QMimeData | None) -> list[tuple[str, str]]:
    """(text, colour) of each card to paste; plain text becomes one card per non-empty line."""
    if data is None:
        return []
    if data.hasFormat(CARDS_MIME):
        try:
            items = json.loads(bytes(data.data(CARDS_MIME)).decode("utf-8"))
            if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
                raise ValueError("not a list of cards")  # an object's keys were pasted as nothing, silently
            return [(str(item["text"]), str(item.get("color", ""))) for item in items]
        except (ValueError, KeyError, TypeError):
            pass  # damaged: fall back to the plain text
    if data.hasText():
        lines = [line.strip() for line in data.text().splitlines()]
        return [(line, "") for line in lines if line]
    return []
