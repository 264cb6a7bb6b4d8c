"""The editor on a full disk and in a read-only folder: a clear message, the old file
intact, no half-written file, and the work still in the window (real tmpfs file systems,
and the same with the OS error injected: see disk_emulation.py)."""

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

import conftest
from disk_emulation import fill
from journeymapper.domain import Kind, LaneKind
from journeymapper.persistence import read_project


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    return shown


def window_on(qtbot, path: Path):
    from journeymapper.i18n import install

    install("en")
    return conftest.open_window(qtbot, path)  # as the editor opens it


def add_card(window) -> str:
    document = window.session.document
    journey = document.maps()[0]
    lane = next(lane for lane in document.lanes(journey.id) if lane.kind is LaneKind.ACTIONS)
    changes = window.editor.run(
        "add", document.add_card, lane.id, document.map_steps(journey.id)[0].id, "geschreven op een volle schijf"
    )
    return changes.added(Kind.CARD)[0].id


def close(window) -> None:
    conftest.close_window(window)


def test_save_on_a_full_disk_keeps_the_file_and_the_work(qtbot, one_megabyte_disk, warnings):
    small_disk = one_megabyte_disk
    from journeymapper.app.new_project import project_from_template
    from journeymapper.content.markers import untranslated
    from journeymapper.content.templates import DEFAULT_TEMPLATE
    from journeymapper.persistence import write_project

    path = small_disk / "kaart.jmap"  # small enough that the disk holds it twice (a save writes a copy first)
    write_project(path, project_from_template(DEFAULT_TEMPLATE, untranslated))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    window = window_on(qtbot, path)
    try:
        card_id = add_card(window)
        filler = fill(small_disk, 16 * 1024)
        assert not window.save()
        assert warnings and "The disk is full" in warnings[0]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # the old file, whole
        assert sorted(p.name for p in small_disk.iterdir()) == [
            "filler.bin",
            "kaart.jmap",
            "kaart.jmap.lock",
        ]  # no half file (the lock: it is open)
        assert window.isWindowModified() and window.session.document.card(card_id)  # the work is still here
        filler.unlink()  # room again: the same work saves
        assert window.save(), warnings
        assert card_id in {c.id for c in read_project(path)[0].store.all(Kind.CARD)}
    finally:
        close(window)


def test_save_as_into_a_read_only_folder_changes_nothing(qtbot, read_only_folder, sample_file, warnings, monkeypatch):
    window = window_on(qtbot, sample_file)
    try:
        card_id = add_card(window)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(read_only_folder / "kopie.jmap"), ""))
        assert not window.save_as()
        assert warnings and "read" in warnings[0].lower()
        assert list(read_only_folder.iterdir()) == []
        assert window.path == sample_file  # still saving to where it was
        assert window.isWindowModified() and window.session.document.card(card_id)
    finally:
        close(window)


def test_save_as_on_a_full_disk_leaves_no_half_file(qtbot, small_disk, sample_file, warnings, monkeypatch):
    window = window_on(qtbot, sample_file)
    try:
        add_card(window)
        fill(small_disk, 16 * 1024)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(small_disk / "kopie.jmap"), ""))
        assert not window.save_as()
        assert warnings and "The disk is full" in warnings[0]
        assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin"]
        assert window.path == sample_file and window.isWindowModified()
    finally:
        close(window)


@pytest.mark.parametrize("fmt", ["pdf", "png"])
def test_export_on_a_full_disk_leaves_no_half_file(qtbot, small_disk, sample_file, warnings, fmt):
    from journeymapper.app.exporting import ExportRequest, plan_export
    from journeymapper.ui.file_commands import run_export_with_progress

    window = window_on(qtbot, sample_file)
    try:
        old = small_disk / f"oud.{fmt}"
        earlier = {"pdf": b"%PDF-1.4 ", "png": b"\x89PNG\r\n\x1a\n "}[fmt] + b"the previous export"
        old.write_bytes(earlier)
        fill(small_disk, 8 * 1024)
        document = window.session.document
        planned = plan_export(document, ExportRequest(fmt, (document.maps()[0].id,), dpi=150))
        assert not run_export_with_progress(window, planned, old)
        assert warnings and "The disk is full" in warnings[0]
        assert old.read_bytes() == earlier  # the old export, untouched
        assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin", f"oud.{fmt}"]
    finally:
        close(window)
