"""Help: every keyboard shortcut, read from the action table and the canvas gestures."""

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout

from .actions import ACTIONS


class ShortcutsDialog(QDialog):
    def __init__(self, parent, actions) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        native = QKeySequence.SequenceFormat.NativeText
        rows = [
            (
                actions[spec.id].text().replace("&", ""),
                ", ".join(keys.toString(native) for keys in actions[spec.id].shortcuts()),
            )
            for spec in ACTIONS
            if actions[spec.id].shortcuts()
        ]
        gestures = [
            (self.tr("Add a card"), self.tr("Double-click an empty place in a cell")),
            (self.tr("Edit a card"), self.tr("Double-click the card, or F2")),
            (self.tr("Finish typing"), self.tr("Enter (Shift+Enter starts a new line; Escape cancels)")),
            (self.tr("Select the next card"), self.tr("Arrow keys")),
            (
                self.tr("Move the selected cards"),
                self.tr("Ctrl+arrow keys (past a cell's edge into the next lane or step), or drag them"),
            ),
            (self.tr("Select several cards"), self.tr("Shift+arrow keys, Ctrl+click, or drag a frame around them")),
            (self.tr("Zoom"), self.tr("Ctrl+mouse wheel, or pinch")),
            (self.tr("Move the view"), self.tr("Middle mouse button, or Space+drag")),
            (
                self.tr("Choose a phase, step or lane"),
                self.tr("Click its header, or pick it in the map structure list beside the map"),
            ),
            (self.tr("Move a phase, step or lane"), self.tr("Alt+arrow keys, or drag its header")),
            (self.tr("Rename a phase, step or lane"), self.tr("Double-click its header, or type in the inspector")),
            (
                self.tr("Set a step's emotion, channels, figure or picture"),
                self.tr(
                    "Choose the step; the inspector shows its values (or drag the emotion point, "
                    "double-click a channel cell)"
                ),
            ),
        ]
        table = QTableWidget(len(rows) + len(gestures), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        table.verticalHeader().setVisible(False)
        for row, (name, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(keys))
        for offset, (name, keys) in enumerate(gestures, start=len(rows)):
            table.setItem(offset, 0, QTableWidgetItem(name))
            table.setItem(offset, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table
        self.resize(620, 560)
