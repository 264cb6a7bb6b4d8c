"""The menus and what is behind them, through the window's actions, with undo and the file checked."""

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

import pdf_tools
from conftest import close_window, open_window
from journeymapper.domain import Kind, LaneKind
from journeymapper.i18n import install
from journeymapper.persistence import read_project
from journeymapper.settings import Settings


@pytest.fixture
def window(project_window):
    return project_window


def trigger(window, action_id):
    window.actions[action_id].trigger()


def saved(window):
    window.save()
    return read_project(window.project_session.path)[0]


def test_menus_hold_every_command_of_the_issue(window):
    titles = [menu.title() for menu in window.menus.values()]
    assert titles == ["&File", "&Edit", "&View", "&Map", "&Insert", "&Help"]
    names = {a.objectName() for menu in window.menus.values() for a in menu.actions()}
    for wanted in (
        "new",
        "open",
        "save",
        "save_as",
        "export_pdf",
        "export_png",
        "print",
        "close",
        "quit",
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
        "present",
        "new_map",
        "duplicate_map",
        "rename_map",
        "delete_map",
        "map_properties",
        "add_card",
        "add_phase",
        "add_step",
        "shortcuts",
        "about",
    ):
        assert wanted in names, wanted
    lanes = [a for a in window.findChildren(type(window.actions["new"])) if a.objectName().startswith("add_lane_")]
    assert len(lanes) == len(LaneKind)


def test_menus_are_dutch_in_dutch(qtbot, sample_file, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    install("nl")
    try:
        window = open_window(qtbot, sample_file)
        assert [m.title() for m in window.menus.values()] == [
            "&Bestand",
            "Be&werken",
            "&Beeld",
            "&Kaart",
            "&Invoegen",
            "&Help",
        ]
        assert window.actions["export_pdf"].text() == "Exporteren als &PDF…"
        close_window(window)
    finally:
        install("en")


def test_new_rename_duplicate_and_delete_map_with_undo(window, monkeypatch):
    document = window.session.document
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Klantenservice bellen", True))
    trigger(window, "new_map")
    assert [m.title for m in document.maps()][-1] == "Klantenservice bellen"
    new_id = document.maps()[-1].id
    assert window.map_id == new_id
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Servicelijn", True))
    trigger(window, "rename_map")
    assert document.map(new_id).title == "Servicelijn"
    trigger(window, "duplicate_map")
    copy = window.map_id
    assert copy != new_id and document.map(copy).title == "Servicelijn (copy)"
    assert document.card_count(copy) == document.card_count(new_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    trigger(window, "delete_map")
    assert copy not in {m.id for m in document.maps()}
    assert window.map_id in {m.id for m in document.maps()}
    assert [m.title for m in saved(window).maps()] == [document.maps()[0].title, "Servicelijn"]
    for _ in range(4):
        trigger(window, "undo")
    assert len(document.maps()) == 1
    assert len(saved(window).maps()) == 1


def test_map_properties_are_one_undo_step(window):
    from journeymapper.ui.map_properties import MapPropertiesDialog

    document = window.session.document
    map_id = window.map_id
    before = document.snapshot()
    dialog = MapPropertiesDialog(window, document, map_id)
    dialog.trigger.setPlainText("De wasmachine lekt")
    dialog.low.setValue(-2)
    dialog.high.setValue(2)
    dialog._add_row("Winkelchat", "chat", None)
    icons = dialog.channels.cellWidget(dialog.channels.rowCount() - 1, 1)
    assert icons.currentText() == "Chat"  # a name in the user's language, not the icon's id
    assert "Word of mouth" in [icons.itemText(i) for i in range(icons.count())]
    assert not icons.itemIcon(icons.currentIndex()).isNull()
    icons.setCurrentIndex(icons.findData("letter"))
    dialog.channels.selectRow(0)
    dialog._remove_row()
    dialog.apply(window.editor)
    journey = document.map(map_id)
    assert (journey.trigger, journey.scale_min, journey.scale_max) == ("De wasmachine lekt", -2, 2)
    names = [c.name for c in document.channels(map_id)]
    assert "Winkelchat" in names and "Website" not in names
    assert next(c for c in document.channels(map_id) if c.name == "Winkelchat").icon == "letter"
    assert window.editor.stack.count() == 1
    assert saved(window).map(map_id).trigger == "De wasmachine lekt"
    trigger(window, "undo")
    assert document.snapshot() == before
    empty = MapPropertiesDialog(window, document, map_id)
    empty.apply(window.editor)  # nothing changed: no undo step
    assert window.editor.stack.index() == 0 and window.editor.stack.count() == 1


def test_insert_phase_step_and_lanes(window):
    document = window.session.document
    map_id = window.map_id
    phases, steps, lanes = len(document.phases(map_id)), len(document.map_steps(map_id)), len(document.lanes(map_id))
    trigger(window, "add_phase")
    trigger(window, "add_step")
    next(a for a in window.findChildren(type(window.actions["new"])) if a.objectName() == "add_lane_needs").trigger()
    assert len(document.phases(map_id)) == phases + 1
    assert len(document.map_steps(map_id)) == steps + 2  # a new phase comes with its first step
    assert document.lanes(map_id)[-1].kind is LaneKind.NEEDS and document.lanes(map_id)[-1].title == "Needs"
    assert len(saved(window).lanes(map_id)) == lanes + 1
    for _ in range(3):
        trigger(window, "undo")
    assert (len(document.phases(map_id)), len(document.map_steps(map_id)), len(document.lanes(map_id))) == (
        phases,
        steps,
        lanes,
    )


def test_find_selects_matching_cards(window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("MACHINE", True))
    trigger(window, "find")
    document = window.session.document
    expected = {c.id for c in document.store.all(Kind.CARD) if "machine" in c.text.casefold()}
    assert set(window.scene.selected_card_ids()) == expected and len(expected) >= 3


def test_export_through_the_dialog_remembers_choices(qtbot, window, tmp_path):
    from journeymapper.ui.export_dialog import ExportDialog
    from journeymapper.ui.file_commands import run_export_with_progress

    dialog = ExportDialog(window, window.session.document, window.map_id, "pdf")
    dialog.paper.setCurrentIndex(dialog.paper.findData("A1"))
    dialog.tile.setChecked(True)
    qtbot.waitUntil(dialog.preview_ready)  # drawn on a worker thread
    assert not dialog.preview.pixmap().isNull()
    assert dialog.info.text().splitlines()[0] == f"{len(dialog.planned().pages)} pages"
    dialog.set_target(tmp_path / "poster.pdf")
    dialog.accept()
    assert run_export_with_progress(window, dialog.planned(), dialog.target())
    pages = int(pdf_tools.info(tmp_path / "poster.pdf")["Pages"])
    assert pages == len(dialog.planned().pages) > 2
    again = ExportDialog(window, window.session.document, window.map_id, "pdf")
    assert again.paper.currentData() == "A1" and again.tile.isChecked()
    assert Settings().get("export_folder") == str(tmp_path)


def test_an_export_runs_beside_the_window_and_cancel_stops_it(window, tmp_path):
    """The export draws on a worker thread: the event loop keeps running, and
    Cancel in its progress dialog stops it with the old file kept."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from journeymapper.app.exporting import ExportRequest, plan_export
    from journeymapper.ui.file_commands import run_export_with_progress

    planned = plan_export(window.session.document, ExportRequest("png", (window.map_id,), dpi=300))
    target = tmp_path / "poster.png"
    target.write_bytes(b"\x89PNG\r\n\x1a\n the poster from yesterday")
    cancelled = []

    def press_cancel() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        if dialogs:
            dialogs[0].cancel()
            cancelled.append(True)
        else:
            QTimer.singleShot(10, press_cancel)

    QTimer.singleShot(10, press_cancel)  # runs only if the event loop does during the export
    assert not run_export_with_progress(window, planned, target)
    assert cancelled
    assert target.read_bytes() == b"\x89PNG\r\n\x1a\n the poster from yesterday"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".poster")]  # no temporary file left
    assert "cancelled" in window.statusBar().currentMessage()


def test_the_export_preview_is_drawn_beside_the_window_and_shows_the_last_choice(qtbot, window, monkeypatch):
    """Drawing the preview froze the window 0.4-0.5 s at 20,000 cards, at every option changed."""
    import threading

    from journeymapper.ui import export_dialog

    drawn_on = []
    real = export_dialog.render_page_preview

    def render(page, images):
        drawn_on.append((threading.current_thread() is threading.main_thread(), page.width))
        return real(page, images)

    monkeypatch.setattr(export_dialog, "render_page_preview", render)
    dialog = export_dialog.ExportDialog(window, window.session.document, window.map_id, "pdf")
    for name in ("A2", "A1", "A0"):
        dialog.paper.setCurrentIndex(dialog.paper.findData(name))
    qtbot.waitUntil(dialog.preview_ready)
    assert drawn_on and not any(on_gui for on_gui, _ in drawn_on)
    assert drawn_on[-1][1] == dialog.planned().pages[0].width  # the newest choice's page is the one shown
    shown = dialog.preview.pixmap().toImage()
    assert not shown.isNull() and shown.width() <= export_dialog.PREVIEW[0]
    dialog.scaled.setChecked(True)
    dialog.scale.setValue(500)  # cannot fit: no preview, and none drawn later shows up
    qtbot.wait(300)
    assert dialog.preview.pixmap().isNull() and not dialog.export_button.isEnabled()


def test_export_dialog_explains_what_cannot_work(window):
    from journeymapper.ui.export_dialog import ExportDialog

    dialog = ExportDialog(window, window.session.document, window.map_id, "pdf")
    dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))
    dialog.scaled.setChecked(True)
    dialog.scale.setValue(100)
    assert not dialog.export_button.isEnabled()
    assert "does not fit" in dialog.info.text()
    dialog.fit.setChecked(True)
    assert dialog.export_button.isEnabled()
    assert "hard to read" in dialog.info.text()  # an A4 of the whole map prints tiny text
    png = ExportDialog(window, window.session.document, window.map_id, "png")
    png.paper.setCurrentIndex(png.paper.findData("A0"))
    png.dpi.setValue(300)
    assert "14043 × 9933 pixels" in png.info.text()


def test_print_renders_every_card_on_the_page(window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from journeymapper.ui.printing import page_for_printer, render

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    document = window.session.document
    render(printer, page_for_printer(printer, document, window.map_id), {i.id: i.data for i in document.images()})
    text = " ".join(pdf_tools.text(tmp_path / "printed.pdf").split())
    missing = [c.text for c in document.store.all(Kind.CARD) if " ".join(c.text.split()) not in text]
    assert missing == []


def test_save_as_writes_a_copy_and_remembers_it(window, tmp_path, monkeypatch):
    target = tmp_path / "kopie"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.save_as()
    assert window.windowTitle().startswith("kopie")
    assert read_project(target.with_suffix(".jmap"))[0] == window.session.document
    assert Settings().recent_files()[0] == str(target.with_suffix(".jmap").resolve())


def test_presentation_hides_everything_but_the_map(window):
    trigger(window, "present")
    assert not window.panel.isVisible() and not window.menuBar().isVisible()
    trigger(window, "present")
    assert window.panel.isVisible() and window.menuBar().isVisible()


def test_shortcut_overview_lists_the_table(window):
    from journeymapper.ui.help import ShortcutsDialog

    dialog = ShortcutsDialog(window, window.actions)
    keys = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert {"Ctrl+D", "Ctrl+E", "F11"} <= keys
    names = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    assert {"Duplicate", "Export as PDF…", "Add a card"} <= names


def test_window_panel_counts_cards_and_is_not_rebuilt_for_a_move(window):
    document = window.session.document
    journey = document.map(window.map_id)
    panel = window.maps

    def rows():
        return [panel.item(i).text() for i in range(panel.count())]

    count = document.card_count(journey.id)
    assert f"Map: {journey.title} ({count} cards)" in rows()
    first = panel.item(0)
    lane = next(l for l in document.lanes(journey.id) if l.kind.holds_cards)
    steps = document.map_steps(journey.id)
    card = document.cards(lane.id, steps[0].id)[0]
    window.canvas.move_cards([card.id], lane.id, steps[1].id, 0)
    assert panel.item(0) is first  # same rows, same items: the list keeps its scroll and selection
    assert panel.currentItem().text().startswith(f"Map: {journey.title}")
    window.session.edit(document.add_card, lane.id, steps[0].id, "one more")
    assert f"Map: {journey.title} ({count + 1} cards)" in rows()


def test_switching_language_retranslates_the_open_window_and_keeps_the_work(qtbot, window):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox

    from journeymapper.ui.preferences import PreferencesDialog

    document = window.session.document
    map_id = window.map_id
    lane = next(l for l in document.lanes(map_id) if l.kind.holds_cards)
    step = document.map_steps(map_id)[0]
    window.editor.run("Add card", document.add_cards, lane.id, step.id, ["nog niet bewaard"])
    card_id = document.cards(lane.id, step.id)[-1].id
    window.canvas.select([card_id])
    before = document.snapshot()
    zoom = window.view.zoom()
    assert window.menus["file"].title() == "&File"

    dialog = PreferencesDialog(window)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&Bestand")
    QCoreApplication.processEvents()
    assert window.actions["save"].text() == "Op&slaan"
    assert window.lane_menu.title() == "&Baan"
    assert window.inspector.windowTitle() == "Inspecteur"
    assert window.maps.item(0).text().startswith("Kaart: ")
    assert window.structure_heading.text() == "&Opbouw van de kaart:"
    assert "Aanleiding" in {s.text.title() for s in window.scene.layout.shapes if type(s).__name__ == "TextLine"}
    # the work is all still there: document, unsaved state, undo history, selection, zoom
    assert document.snapshot() == before and window.project_session.modified
    assert window.editor.stack.canUndo() and window.scene.selected_card_ids() == [card_id]
    assert window.view.zoom() == zoom
    assert window.actions["undo"].text() == "&Ongedaan maken: Add card"
    window.editor.stack.undo()
    assert card_id not in {c.id for c in document.cards(lane.id, step.id)}


def test_an_export_over_the_open_project_is_refused_and_the_project_kept(window, monkeypatch):
    """A link or a second name of the project file chosen as the export's target (issue 16)."""
    from PySide6.QtWidgets import QMessageBox

    from journeymapper.app.exporting import ExportRequest, plan_export
    from journeymapper.ui.file_commands import run_export_with_progress

    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(args[2]))
    project = window.path
    before = project.read_bytes()
    alias = project.with_name("kaart.png")
    alias.symlink_to(project)
    planned = plan_export(window.session.document, ExportRequest("png", (window.map_id,), dpi=72))
    assert not run_export_with_progress(window, planned, alias)
    assert told and "is the project being exported" in told[0]
    assert project.read_bytes() == before and alias.is_symlink()
