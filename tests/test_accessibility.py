"""Every control has a name for screen readers, and every command a keyboard way in."""

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)


def unnamed_controls(top: QWidget) -> list[str]:
    """Controls a screen reader would announce without a name (a label's buddy counts as its name)."""
    missing = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.focusPolicy().value == 0:
            continue
        if (
            isinstance(widget.parent(), (QComboBox, QAbstractSpinBox, QAbstractItemView))
            or widget.window() is not top.window()
        ):
            continue  # parts of a control (a combo box's line edit, its popup list in a window of its own)
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName() or ''}".strip())
    return missing


def test_window_inspector_pages_are_named(project_window):
    window = project_window
    document = window.session.document
    inspector = window.inspector
    for role, key in (
        ("map", None),
        ("cards", [document.store.all(__import__("journeymapper.domain", fromlist=["Kind"]).Kind.CARD)[0].id]),
        ("phase", document.phases(window.map_id)[0].id),
        ("step", document.map_steps(window.map_id)[0].id),  # its emotion, channels, figures...
        ("lane", document.lanes(window.map_id)[0].id),
        ("persona", document.personas()[0].id),
    ):
        inspector.show_for(role, key)
        assert unnamed_controls(inspector.current_page()) == [], role
    assert unnamed_controls(window.panel) == []


@pytest.mark.parametrize("dialog", ["preferences", "map_properties", "export_pdf", "export_png"])
def test_dialogs_are_named(project_window, dialog):
    from journeymapper.ui.export_dialog import ExportDialog
    from journeymapper.ui.map_properties import MapPropertiesDialog
    from journeymapper.ui.preferences import PreferencesDialog

    window = project_window
    made = {
        "preferences": lambda: PreferencesDialog(window),
        "map_properties": lambda: MapPropertiesDialog(window, window.session.document, window.map_id),
        "export_pdf": lambda: ExportDialog(window, window.session.document, window.map_id, "pdf"),
        "export_png": lambda: ExportDialog(window, window.session.document, window.map_id, "png"),
    }[dialog]()
    assert unnamed_controls(made) == []
    made.deleteLater()


def test_start_screen_is_named(qtbot):
    from journeymapper.i18n import content_translator
    from journeymapper.ui.start_screen import StartScreen

    screen = StartScreen(content_translator("en"))
    qtbot.addWidget(screen)
    assert unnamed_controls(screen) == []


def test_every_command_is_in_a_menu_and_the_common_ones_have_shortcuts(project_window):
    """Menus are reachable with Alt and the arrow keys; the canvas has its own keys (see test_canvas_*)."""
    from journeymapper.ui.actions import ACTIONS

    window = project_window
    in_menus = {a.objectName() for menu in window.menus.values() for a in menu.actions()}
    assert {spec.id for spec in ACTIONS} <= in_menus
    for menu in window.menus.values():
        assert "&" in menu.title()  # an Alt+letter way in
    for wanted in (
        "new",
        "open",
        "save",
        "undo",
        "redo",
        "cut",
        "copy",
        "paste",
        "duplicate",
        "delete",
        "select_all",
        "find",
        "zoom_in",
        "zoom_out",
        "zoom_actual",
        "zoom_fit",
        "add_card",
        "present",
    ):
        assert not window.actions[wanted].shortcut().isEmpty(), wanted
