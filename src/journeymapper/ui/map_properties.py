"""Map properties: title, persona, trigger, goal, scenario, emotion scale and channel list.

All changes made in the dialog are applied as one patch and one undo step,
only for what actually changed; if one field is refused (a scale from 3 to 3,
a text over the limit) nothing is changed and one message says why.
"""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..domain import CHANNEL_ICONS, Document
from ..domain.rules import MAX_NAME, SCALE_LIMIT
from .channel_icons import channel_icon, icon_label
from .undo import Editor


class MapPropertiesDialog(QDialog):
    def __init__(self, parent, document: Document, map_id: str, editor: Editor | None = None) -> None:
        """With an ``editor``, OK applies the changes and the dialog stays open if they are
        refused, so what the user typed is still there to correct."""
        super().__init__(parent)
        self.document = document
        self.map_id = map_id
        self.editor = editor
        journey = document.map(map_id)
        self.setWindowTitle(self.tr("Map properties"))
        form = QFormLayout()
        self.title = QLineEdit(journey.title)
        self.title.setMaxLength(MAX_NAME)
        form.addRow(self.tr("&Title:"), self.title)
        self.persona = QComboBox()
        self.persona.addItem(self.tr("(no persona)"), None)
        for persona in document.personas():
            self.persona.addItem(persona.name, persona.id)
        self.persona.setCurrentIndex(max(0, self.persona.findData(journey.persona_id)))
        form.addRow(self.tr("&Persona:"), self.persona)
        self.trigger, self.goal, self.scenario = (_text(journey.trigger), _text(journey.goal), _text(journey.scenario))
        form.addRow(self.tr("T&rigger:"), self.trigger)
        form.addRow(self.tr("&Goal:"), self.goal)
        form.addRow(self.tr("&Scenario:"), self.scenario)
        self.low, self.high = QSpinBox(), QSpinBox()
        for box, value in ((self.low, journey.scale_min), (self.high, journey.scale_max)):
            box.setRange(-SCALE_LIMIT, SCALE_LIMIT)
            box.setValue(value)
        scale = QHBoxLayout()
        scale.addWidget(self.low)
        scale.addWidget(self.high)
        form.addRow(self.tr("Emotion &scale (from, to):"), scale)
        self.low.setAccessibleName(self.tr("Lowest score"))
        self.high.setAccessibleName(self.tr("Highest score"))

        self.channels = QTableWidget(0, 2)
        self.channels.setHorizontalHeaderLabels([self.tr("Channel"), self.tr("Icon")])
        self.channels.setAccessibleName(self.tr("Channels"))
        self._channel_ids: list[str | None] = []
        self._initial_channels = {c.id for c in document.channels(map_id)}
        for channel in document.channels(map_id):
            self._add_row(channel.name, channel.icon, channel.id)
        add = QPushButton(self.tr("&Add channel"))
        add.clicked.connect(lambda: self._add_row(self.tr("New channel"), "custom", None))
        remove = QPushButton(self.tr("&Remove channel"))
        remove.clicked.connect(self._remove_row)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.channels)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(560, 640)

    def _add_row(self, name: str, icon: str, channel_id: str | None) -> None:
        row = self.channels.rowCount()
        self.channels.insertRow(row)
        self.channels.setItem(row, 0, QTableWidgetItem(name))
        icons = QComboBox()
        for icon_id in CHANNEL_ICONS:
            icons.addItem(channel_icon(icon_id), icon_label(icon_id), icon_id)
        icons.setCurrentIndex(max(0, icons.findData(icon)))
        icons.setAccessibleName(self.tr("Icon"))
        self.channels.setCellWidget(row, 1, icons)
        self._channel_ids.append(channel_id)

    def _remove_row(self) -> None:
        row = self.channels.currentRow()
        if row >= 0:
            self.channels.removeRow(row)
            del self._channel_ids[row]

    def edits(self) -> list[tuple]:
        """(document method, args, kwargs) for everything the user changed."""
        document, map_id = self.document, self.map_id
        journey = document.map(map_id)
        edits = []
        context = {
            "title": self.title.text().strip() or journey.title,
            "persona_id": self.persona.currentData(),
            "trigger": self.trigger.toPlainText(),
            "goal": self.goal.toPlainText(),
            "scenario": self.scenario.toPlainText(),
        }
        if any(getattr(journey, key) != value for key, value in context.items()):
            edits.append((document.set_map_context, (map_id,), context))
        if (self.low.value(), self.high.value()) != (journey.scale_min, journey.scale_max):
            edits.append((document.set_scale, (map_id, self.low.value(), self.high.value()), {}))
        kept = set()
        for row, channel_id in enumerate(self._channel_ids):
            name = self.channels.item(row, 0).text().strip() or self.tr("Channel")
            icon = self.channels.cellWidget(row, 1).currentData()
            if channel_id is None:
                edits.append((document.add_channel, (map_id, name, icon), {}))
                continue
            kept.add(channel_id)
            channel = document.channel(channel_id)
            if (channel.name, channel.icon) != (name, icon):
                edits.append((document.update_channel, (channel_id,), {"name": name, "icon": icon}))
        for channel_id in self._initial_channels - kept:  # rows the user removed
            edits.append((document.delete_channel, (channel_id,), {}))
        return edits

    def accept(self) -> None:
        if self.editor is None or self.apply(self.editor):
            super().accept()

    def apply(self, editor: Editor) -> bool:
        """Every change as one undo step (nothing at all if nothing changed), all or nothing;
        False if it was refused (the editor has said why)."""
        edits = self.edits()
        if not edits:
            return True
        return editor.run(self.tr("Change map properties"), self.document.together, edits) is not None


def _text(value: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(value)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(60)
    return edit
