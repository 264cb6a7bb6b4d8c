"""Preferences: the interface language (the system's, Dutch or English)."""

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from ..settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, parent=None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for text, code in ((self.tr("As the system"), ""), ("Nederlands", "nl"), ("English", "en")):
            self.language.addItem(text, code)
        current = self.settings.get("language", "")
        self.language.setCurrentIndex(max(0, self.language.findData(current if current in ("nl", "en") else "")))
        note = QLabel(self.tr("The new language applies the next time JourneyMapper starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(note)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.set("language", self.language.currentData())
        super().accept()
