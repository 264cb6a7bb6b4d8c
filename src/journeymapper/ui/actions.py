"""Every menu command in one table: its menu, words, shortcut and handler.

Menus, the toolbar and the shortcut overview are all made from this table
(BeeRef's ``actions.py`` does the same), so a command cannot appear in a menu
with one shortcut and in the help with another. Texts are translated when
the actions are built; ``QT_TRANSLATE_NOOP`` marks them for lupdate.
"""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from ..content.markers import QT_TRANSLATE_NOOP

CONTEXT = "Actions"
Std = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    id: str
    menu: str
    text: str
    handler: str  # a method of the window
    shortcut: QKeySequence.StandardKey | str | tuple[str, ...] | None = None  # a tuple: alternatives
    toolbar: bool = False
    checkable: bool = False
    separator_before: bool = False


MENUS = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    ("map", QT_TRANSLATE_NOOP("Actions", "&Map")),
    ("insert", QT_TRANSLATE_NOOP("Actions", "&Insert")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)

ACTIONS = (
    ActionSpec("new", "file", QT_TRANSLATE_NOOP("Actions", "&New from template…"), "new_project", Std.New, True),
    ActionSpec("open", "file", QT_TRANSLATE_NOOP("Actions", "&Open…"), "open_project", Std.Open, True),
    ActionSpec("save", "file", QT_TRANSLATE_NOOP("Actions", "&Save"), "save", Std.Save, True),
    ActionSpec("save_as", "file", QT_TRANSLATE_NOOP("Actions", "Save &as…"), "save_as", Std.SaveAs),
    ActionSpec(
        "export_pdf",
        "file",
        QT_TRANSLATE_NOOP("Actions", "Export as &PDF…"),
        "export_pdf",
        "Ctrl+E",
        True,
        separator_before=True,
    ),
    ActionSpec("export_png", "file", QT_TRANSLATE_NOOP("Actions", "Export as P&NG…"), "export_png", "Ctrl+Shift+E"),
    ActionSpec("print", "file", QT_TRANSLATE_NOOP("Actions", "&Print…"), "print_map", Std.Print),
    ActionSpec("close", "file", QT_TRANSLATE_NOOP("Actions", "&Close"), "close", Std.Close, separator_before=True),
    ActionSpec("quit", "file", QT_TRANSLATE_NOOP("Actions", "&Quit"), "quit", Std.Quit),
    ActionSpec("undo", "edit", QT_TRANSLATE_NOOP("Actions", "&Undo"), "undo", Std.Undo, True),
    ActionSpec("redo", "edit", QT_TRANSLATE_NOOP("Actions", "&Redo"), "redo", Std.Redo, True),
    ActionSpec("cut", "edit", QT_TRANSLATE_NOOP("Actions", "Cu&t"), "cut", Std.Cut, separator_before=True),
    ActionSpec("copy", "edit", QT_TRANSLATE_NOOP("Actions", "&Copy"), "copy", Std.Copy),
    ActionSpec("paste", "edit", QT_TRANSLATE_NOOP("Actions", "&Paste"), "paste", Std.Paste),
    ActionSpec("duplicate", "edit", QT_TRANSLATE_NOOP("Actions", "D&uplicate"), "duplicate", "Ctrl+D"),
    ActionSpec("delete", "edit", QT_TRANSLATE_NOOP("Actions", "&Delete"), "delete", Std.Delete),
    ActionSpec(
        "select_all",
        "edit",
        QT_TRANSLATE_NOOP("Actions", "Select &all"),
        "select_all",
        Std.SelectAll,
        separator_before=True,
    ),
    ActionSpec("find", "edit", QT_TRANSLATE_NOOP("Actions", "&Find…"), "find", Std.Find),
    ActionSpec(
        "preferences",
        "edit",
        QT_TRANSLATE_NOOP("Actions", "Pre&ferences…"),
        "preferences",
        Std.Preferences,
        separator_before=True,
    ),
    ActionSpec("zoom_in", "view", QT_TRANSLATE_NOOP("Actions", "Zoom &in"), "zoom_in", Std.ZoomIn),
    ActionSpec("zoom_out", "view", QT_TRANSLATE_NOOP("Actions", "Zoom &out"), "zoom_out", Std.ZoomOut),
    ActionSpec("zoom_actual", "view", QT_TRANSLATE_NOOP("Actions", "&Actual size (100 %)"), "zoom_actual", "Ctrl+1"),
    ActionSpec("zoom_fit", "view", QT_TRANSLATE_NOOP("Actions", "Zoom to &fit"), "zoom_fit", "Ctrl+0", True),
    ActionSpec(
        "present",
        "view",
        QT_TRANSLATE_NOOP("Actions", "&Presentation (full screen)"),
        "present",
        "F11",
        checkable=True,
        separator_before=True,
    ),
    ActionSpec("new_map", "map", QT_TRANSLATE_NOOP("Actions", "&New map…"), "new_map", "Ctrl+Shift+N"),
    ActionSpec("duplicate_map", "map", QT_TRANSLATE_NOOP("Actions", "D&uplicate map"), "duplicate_map"),
    ActionSpec("rename_map", "map", QT_TRANSLATE_NOOP("Actions", "&Rename map…"), "rename_map"),
    ActionSpec("delete_map", "map", QT_TRANSLATE_NOOP("Actions", "&Delete map…"), "delete_map"),
    # Their words change with what is selected ("Move lane up", "Delete phase"):
    # see structure_commands.update_actions. These are the neutral ones.
    ActionSpec(
        "move_earlier",
        "map",
        QT_TRANSLATE_NOOP("Actions", "Move &left or up"),
        "move_earlier",
        ("Alt+Left", "Alt+Up"),
        separator_before=True,
    ),
    ActionSpec(
        "move_later",
        "map",
        QT_TRANSLATE_NOOP("Actions", "Move &right or down"),
        "move_later",
        ("Alt+Right", "Alt+Down"),
    ),
    ActionSpec("delete_part", "map", QT_TRANSLATE_NOOP("Actions", "Delete phase, step or &lane"), "delete_part"),
    ActionSpec(
        "map_properties",
        "map",
        QT_TRANSLATE_NOOP("Actions", "&Properties…"),
        "map_properties",
        "Alt+Return",
        separator_before=True,
    ),
    ActionSpec("add_card", "insert", QT_TRANSLATE_NOOP("Actions", "&Card"), "add_card", "Ctrl+Return"),
    ActionSpec("add_phase", "insert", QT_TRANSLATE_NOOP("Actions", "&Phase"), "add_phase", separator_before=True),
    ActionSpec("add_step", "insert", QT_TRANSLATE_NOOP("Actions", "&Step"), "add_step"),
    ActionSpec("add_persona", "insert", QT_TRANSLATE_NOOP("Actions", "P&ersona"), "add_persona", separator_before=True),
    ActionSpec(
        "shortcuts", "help", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), "show_shortcuts", Std.HelpContents
    ),
    ActionSpec("about", "help", QT_TRANSLATE_NOOP("Actions", "&About JourneyMapper"), "about"),
)


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def key_sequences(shortcut) -> list[QKeySequence]:
    if shortcut is None:
        return []
    if isinstance(shortcut, tuple):
        return [QKeySequence(one) for one in shortcut]
    return [QKeySequence(shortcut)]


def build_actions(window) -> dict[str, QAction]:
    """A QAction per table row, connected to the window's handler."""
    actions = {}
    for spec in ACTIONS:
        action = QAction(translated(spec.text), window)
        action.setObjectName(spec.id)
        action.setShortcuts(key_sequences(spec.shortcut))
        action.setCheckable(spec.checkable)
        handler = getattr(window, spec.handler)
        editor = getattr(window, "editor", None)
        if editor is not None:  # no refusal escapes a menu command into Qt (see Editor.guard)
            handler = editor.guard(handler)
        action.triggered.connect(lambda checked=False, handler=handler: handler())
        actions[spec.id] = action
    return actions


def build_menus(window, actions: dict[str, QAction]) -> dict[str, object]:
    menus = {}
    for menu_id, text in MENUS:
        menus[menu_id] = window.menuBar().addMenu(translated(text))
    for spec in ACTIONS:
        if spec.separator_before:
            menus[spec.menu].addSeparator()
        menus[spec.menu].addAction(actions[spec.id])
    return menus


def retranslate(actions: dict[str, QAction], menus: dict[str, object]) -> None:
    """The table's words again, in the language installed now."""
    for menu_id, text in MENUS:
        menus[menu_id].setTitle(translated(text))
    for spec in ACTIONS:
        actions[spec.id].setText(translated(spec.text))
