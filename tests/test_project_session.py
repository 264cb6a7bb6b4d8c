"""The project session (``app.session``): one project's life from open to close, without Qt.

Open for writing or read-only, the working copy and its deferral, save, save
as, the file changed on disk, close, recovery of a crashed session, a stale
lock broken on request. The editor and the command line both go through it,
and neither imports ``persistence`` (checked at the end).
"""

import ast
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from journeymapper.app.editing import ReadOnlyError
from journeymapper.app.files import FileProblem, ProjectFileError, read_project, write_new_project
from journeymapper.app.recovery import discard, find_recoverable
from journeymapper.app.session import ProjectSession, break_stale_lock
from journeymapper.domain import Kind, LaneKind
from journeymapper.persistence import write_project
from journeymapper.persistence.lock_file import lock_path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "journeymapper"


def add_card(project: ProjectSession, text: str = "Belt de helpdesk") -> str:
    document = project.document
    journey = document.maps()[0]
    lane = next(lane for lane in document.lanes(journey.id) if lane.kind is LaneKind.ACTIONS)
    changes = project.editing.edit(document.add_card, lane.id, document.map_steps(journey.id)[0].id, text)
    return changes.added(Kind.CARD)[0].id


def sessions(state_dir: Path) -> list[str]:
    folder = state_dir / "sessions"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def work_path(project: ProjectSession) -> Path:
    return project.editing.project._session.work_path  # where the session writes, for checking only


@pytest.fixture
def opened(sample_file):
    project = ProjectSession.open(sample_file)
    yield project
    project.close()


def test_open_reads_the_file_and_takes_its_locks(opened, sample_file, sample_document):
    assert opened.document == sample_document
    assert opened.path == sample_file.absolute() and not opened.read_only and not opened.modified
    assert opened.working_copy_written and read_project(work_path(opened))[0] == sample_document
    assert lock_path(sample_file).exists()


def test_a_second_session_on_the_same_file_is_refused_and_may_view_it(opened, sample_file):
    with pytest.raises(ProjectFileError) as caught:
        ProjectSession.open(sample_file)
    assert caught.value.problem is FileProblem.ALREADY_OPEN
    view = ProjectSession.view(sample_file)
    try:
        assert view.read_only and view.path == sample_file.absolute() and not view.modified
        assert view.document == opened.document and not view.working_copy_written
        with pytest.raises(ReadOnlyError):
            add_card(view)
        with pytest.raises(ReadOnlyError):
            view.save()
        view.write_working_copy()  # nothing to write for a view
    finally:
        view.close()
    assert opened.document == read_project(sample_file)[0]  # the view changed nothing


def test_an_edit_lands_in_the_working_copy_and_a_save_in_the_file(opened, sample_file):
    card_id = add_card(opened)
    assert opened.modified
    assert read_project(work_path(opened))[0].store.get(Kind.CARD, card_id) is not None
    assert read_project(sample_file)[0].store.get(Kind.CARD, card_id) is None  # not saved yet
    opened.save()
    assert not opened.modified
    assert read_project(sample_file)[0] == opened.document


def test_close_removes_the_working_copy_and_releases_the_locks(sample_file, state_dir):
    project = ProjectSession.open(sample_file)
    add_card(project)
    assert len(sessions(state_dir)) == 1
    project.close()
    assert project.closed
    assert sessions(state_dir) == [] and not lock_path(sample_file).exists()
    assert find_recoverable() == []  # unsaved edits dropped on purpose: nothing to offer
    project.close()  # a second close does nothing
    again = ProjectSession.open(sample_file)  # the locks are free
    again.close()


def test_a_deferred_working_copy_is_written_on_request_and_only_once(sample_file, sample_document):
    project = ProjectSession.open(sample_file, defer_working_copy=True)
    try:
        assert not project.working_copy_written and not work_path(project).exists()
        project.write_working_copy()
        assert project.working_copy_written and read_project(work_path(project))[0] == sample_document
        project.write_working_copy()  # written: nothing more
        assert read_project(work_path(project))[0] == sample_document
    finally:
        project.close()


def test_an_edit_before_the_deferred_working_copy_is_written_still_lands(sample_file, sample_document):
    project = ProjectSession.open(sample_file, defer_working_copy=True)
    try:
        card_id = add_card(project, "meteen getypt")
        assert project.working_copy_written and project.modified  # the edit wrote it first
        in_copy = read_project(work_path(project))[0]
        assert in_copy == project.document and in_copy.store.get(Kind.CARD, card_id) is not None
        project.write_working_copy()  # the first paint comes late: it writes nothing over the edit
        assert read_project(work_path(project))[0] == project.document
    finally:
        project.close()


def test_a_save_before_the_deferred_working_copy_is_written_saves_the_file_as_read(sample_file, sample_document):
    project = ProjectSession.open(sample_file, defer_working_copy=True)
    try:
        project.save()
        assert project.working_copy_written and read_project(sample_file)[0] == sample_document
    finally:
        project.close()


def test_close_before_the_deferred_working_copy_is_written_leaves_nothing(sample_file, state_dir):
    project = ProjectSession.open(sample_file, defer_working_copy=True)
    project.close()
    assert sessions(state_dir) == [] and not lock_path(sample_file).exists()
    project.write_working_copy()  # (a paint after the close) writes nothing
    assert sessions(state_dir) == []


def test_save_as_moves_the_file_and_its_locks(opened, sample_file, tmp_path):
    add_card(opened)
    target = tmp_path / "kopie.jmap"
    opened.save_as(target)
    assert opened.path == target and not opened.modified
    assert read_project(target)[0] == opened.document
    assert lock_path(target).exists() and not lock_path(sample_file).exists()
    other = ProjectSession.open(sample_file)  # the old file is free again
    other.close()
    with pytest.raises(ProjectFileError) as caught:
        ProjectSession.open(target)
    assert caught.value.problem is FileProblem.ALREADY_OPEN


def test_a_file_changed_on_disk_is_seen_and_never_overwritten_silently(opened, sample_file, sample_document):
    assert not opened.changed_on_disk()
    os.utime(sample_file)  # touched, not changed
    assert not opened.changed_on_disk()
    theirs = read_project(sample_file)[0]
    theirs.rename_map(theirs.maps()[0].id, "Hun versie")
    write_project(sample_file, theirs, overwrite=True)  # another user saved meanwhile
    assert opened.changed_on_disk()
    add_card(opened)
    with pytest.raises(ProjectFileError) as caught:
        opened.save()
    assert caught.value.problem is FileProblem.CHANGED_ON_DISK
    assert read_project(sample_file)[0].maps()[0].title == "Hun versie"
    opened.save(overwrite_changes=True)  # the user chose to keep theirs out
    assert read_project(sample_file)[0] == opened.document and not opened.changed_on_disk()


def test_a_new_project_and_a_copy_have_no_file_until_save_as(sample_file, sample_document, tmp_path):
    new = ProjectSession.create(sample_document)
    try:
        assert new.path is None and new.modified and not new.read_only and not new.changed_on_disk()
        with pytest.raises(ProjectFileError) as caught:
            new.save()
        assert caught.value.problem is FileProblem.NOT_FOUND
        new.save_as(tmp_path / "nieuw.jmap")
        assert new.path == tmp_path / "nieuw.jmap" and not new.modified
    finally:
        new.close()
    held = ProjectSession.open(sample_file)
    try:
        copy = ProjectSession.copy_of(sample_file)  # of a project someone has open
        try:
            assert copy.path is None and copy.modified and copy.document == held.document
            add_card(copy)
        finally:
            copy.close()
        assert read_project(sample_file)[0] == held.document  # the original untouched
    finally:
        held.close()


def test_the_work_of_a_crashed_session_is_recovered_and_saved(sample_file, state_dir):
    project = ProjectSession.open(sample_file)
    card_id = add_card(project, "gered")
    project.close(keep_working_copy=True)  # as a crash leaves it
    [item] = find_recoverable()
    assert item.info.source == str(sample_file) and item.unsaved_edits == 1
    recovered = ProjectSession.recover(item)
    try:
        assert recovered.path == sample_file and recovered.modified
        assert recovered.document.store.get(Kind.CARD, card_id) is not None
        with pytest.raises(ProjectFileError) as caught:
            ProjectSession.open(sample_file)  # the project is locked again, for the recovered work
        assert caught.value.problem is FileProblem.ALREADY_OPEN
        recovered.save()
    finally:
        recovered.close()
    assert read_project(sample_file)[0].store.get(Kind.CARD, card_id) is not None
    assert find_recoverable() == [] and sessions(state_dir) == []


def test_the_work_of_a_crashed_session_can_be_discarded(sample_file, sample_document, state_dir):
    project = ProjectSession.open(sample_file)
    add_card(project)
    project.close(keep_working_copy=True)
    [item] = find_recoverable()
    discard(item)
    assert find_recoverable() == [] and sessions(state_dir) == []
    assert read_project(sample_file)[0] == sample_document  # the file as it was
    again = ProjectSession.open(sample_file)  # its lock went with it
    again.close()


def test_a_stale_lock_is_broken_only_on_request(sample_file):
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    lock = lock_path(sample_file)
    lock.write_text(
        json.dumps(
            {
                "app": "JourneyMapper",
                "user": "anne",
                "host": socket.gethostname(),
                "pid": child.pid,
                "time": "2026-12-01T09:00:00+00:00",
                "token": "0f",
            }
        )
    )
    with pytest.raises(ProjectFileError) as caught:
        ProjectSession.open(sample_file)
    assert caught.value.problem is FileProblem.STALE_LOCK
    assert not break_stale_lock(sample_file, "not-the-token-shown")  # another lock: left alone
    assert lock.exists()
    assert break_stale_lock(sample_file, caught.value.info["token"])
    project = ProjectSession.open(sample_file)
    project.close()
    assert not lock.exists()


def test_a_new_project_is_written_whole_and_never_over_one_open(sample_file, sample_document, tmp_path):
    target = tmp_path / "nieuw.jmap"
    write_new_project(target, sample_document)
    assert read_project(target)[0] == sample_document
    with pytest.raises(ProjectFileError) as caught:
        write_new_project(target, sample_document)
    assert caught.value.problem is FileProblem.EXISTS
    write_new_project(target, sample_document, replace=True)
    held = ProjectSession.open(target)
    try:
        with pytest.raises(ProjectFileError) as caught:
            write_new_project(target, sample_document, replace=True)
        assert caught.value.problem is FileProblem.ALREADY_OPEN
    finally:
        held.close()


def test_opening_for_the_editor_defers_the_working_copy_and_lays_out_the_first_map(sample_file):
    from journeymapper.app.opening import open_for_editing
    from journeymapper.layout import Labels

    project, cache = open_for_editing(sample_file, Labels())
    try:
        assert isinstance(project, ProjectSession) and not project.working_copy_written
        assert cache is not None and project.path == sample_file
    finally:
        project.close()


# -- neither the editor nor the command line reaches into persistence -----------------------------
def package_of(path: Path) -> str:
    return ".".join(("journeymapper",) + path.relative_to(PACKAGE).parent.parts)


def imported_modules(path: Path, package: str) -> set[str]:
    """Every module (or name in one) the module ``path`` of ``package`` imports, anywhere
    in it, relative imports resolved to full names."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def reaches_persistence(path: Path, package: str) -> bool:
    return any(
        name == "journeymapper.persistence" or name.startswith("journeymapper.persistence.")
        for name in imported_modules(path, package)
    )


@pytest.mark.parametrize("layer", ["ui", "cli"])
def test_the_editor_and_the_command_line_never_import_persistence(layer):
    offenders = [
        str(p.relative_to(PACKAGE)) for p in (PACKAGE / layer).rglob("*.py") if reaches_persistence(p, package_of(p))
    ]
    assert offenders == []


@pytest.mark.parametrize(
    "source, reaches",
    [
        ("from ...persistence.workspace import state_dir\n", True),
        ("def later():\n    from ... import persistence\n", True),
        ("import journeymapper.persistence.errors\n", True),
        ("from ...app.files import state_dir\n", False),
        ("from .. import file_commands\n", False),
    ],
)
def test_the_persistence_scan_sees_every_kind_of_import(tmp_path, source, reaches):
    planted = tmp_path / "planted.py"  # as if it were ui/canvas/planted.py
    planted.write_text(source, "utf-8")
    assert reaches_persistence(planted, "journeymapper.ui.canvas") is reaches
