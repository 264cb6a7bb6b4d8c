"""Typing on the canvas: a borderless editor laid over a card (or a new card's slot).

Enter commits, Shift+Enter breaks the line, Escape cancels; clicking
elsewhere commits too, as on paper. The editor is a widget over the view,
sized and coloured like the card at the current zoom, so typing looks like
writing on the card itself.
"""

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QPlainTextEdit

from ...domain.rules import MAX_TEXT
from ...layout import Theme
from .qt_painter import family


class CardTextEditor(QPlainTextEdit):
    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, view, scene_rect: QRectF, text: str, fill: str, theme: Theme, limit: int = MAX_TEXT) -> None:
        super().__init__(view.viewport())
        self._view = view
        self.limit = limit
        self.cut = False  # a paste was cut to the limit (whoever commits says so)
        self._scene_rect = scene_rect
        self._theme = theme
        self._done = False
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setAccessibleName(self.tr("Card text"))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(fill))
        palette.setColor(QPalette.ColorRole.Text, QColor(theme.ink))
        self.setPalette(palette)
        self.setPlainText(text)
        self.selectAll()
        self.textChanged.connect(self._fit)
        self.place()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def place(self) -> None:
        """Follow the card on screen (after zooming or scrolling)."""
        if self._done:  # finished, waiting to be deleted: the scene's rebuild scrolls the view
            return
        zoom = self._view.zoom()
        font = QFont(family(False))
        font.setPixelSize(max(6, round(self._theme.card_size * zoom)))
        if font != self.font():  # a new font lays all the text out again (1.3 s for 100,000 characters)
            self.setFont(font)
        margin = round(self._theme.card_pad * zoom * 0.8)
        self.setViewportMargins(margin, margin - 2, margin, margin - 2)
        rect = self._view.mapFromScene(self._scene_rect).boundingRect()
        self.setGeometry(rect)
        self._fit()

    def _fit(self) -> None:
        lines = max(1, self.document().blockCount(), round(self.document().size().height()))
        needed = round(lines * self.fontMetrics().lineSpacing() + self.viewportMargins().top() * 2 + 6)
        if needed > self.height():
            self.resize(self.width(), needed)

    def insertFromMimeData(self, source) -> None:  # noqa: N802 - Qt's name
        """A paste takes what fits under the limit: the rest could not be kept anyway, and
        100,000 characters in the editor made every keystroke take two seconds."""
        if not source.hasText():
            return super().insertFromMimeData(source)
        cursor = self.textCursor()
        room = self.limit - (len(self.toPlainText()) - len(cursor.selectedText()))
        text = source.text()
        if len(text) > room:
            text, self.cut = text[: max(0, room)], True
        cursor.insertText(text)
        self.ensureCursorVisible()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.finish(commit=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish(commit=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.finish(commit=True)

    def finish(self, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        self.hide()
        try:
            if commit:
                self.committed.emit(self.toPlainText())
            else:
                self.cancelled.emit()
        finally:  # whatever the commit met, the editor goes (it was left hidden, never deleted)
            self.deleteLater()
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)
