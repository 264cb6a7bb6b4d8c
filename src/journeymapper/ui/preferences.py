"""Preferences: the interface language (the system's, Dutch or English), applied at once."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout

from ..i18n import choose_language, current_language, install
from ..settings import Settings


def language_box(settings: Settings) -> QComboBox:
    """The interface languages to choose from (each named in itself), set to the saved choice."""
    box = QComboBox()
    box.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Language"))
    for text, code in (
        (QCoreApplication.translate("PreferencesDialog", "As the system"), ""),
        ("Nederlands", "nl"),
        ("English", "en"),
    ):
        box.addItem(text, code)
    current = settings.get("language", "")
    box.setCurrentIndex(max(0, box.findData(current if current in ("nl", "en") else "")))
    return box


class PreferencesDialog(QDialog):
    def __init__(self, parent=None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.setWindowTitle(self.tr("Preferences"))
        self.language = language_box(self.settings)
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
