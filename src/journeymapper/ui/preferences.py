"""Preferences: the interface language (the system's, Dutch or English), applied at once."""

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from ..i18n import choose_language, current_language, install
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(buttons)

    def accept(self) -> None:
        code = self.language.currentData()
        changed = code != self.settings.get("language", "")
        self.settings.set("language", code)
        super().accept()
        if changed or choose_language(code) != current_language():
            install(choose_language(code))  # windows hear of it and retranslate; nothing is lost
