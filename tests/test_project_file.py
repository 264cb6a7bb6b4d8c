"""The .jmap project file: round trips, working copy, locks, recovery, bad files."""

import hashlib
import sqlite3

import pytest

from journeymapper.app.editing import EditingSession, ReadOnlyError
from journeymapper.domain import Kind, LaneKind
from journeymapper.persistence import (
    FileProblem,
    ProjectFile,
    ProjectFileError,
    find_recoverable,
    read_project,
    restore_to,
    write_project,
)
from journeymapper.persistence.schema import APPLICATION_ID, SCHEMA_VERSION


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def actions_cell(document):
    journey = document.maps()[0]
    lane = next(lane for lane in document.lanes(journey.id) if lane.kind is LaneKind.ACTIONS)
    return lane.id, document.map_steps(journey.id)[0].id


def test_sample_round_trips(sample_file, sample_document):
    document, fixes, version = read_project(sample_file)
    assert document == sample_document
    assert not fixes and version == SCHEMA_VERSION
    conn = sqlite3.connect(sample_file)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_edits_commit_to_working_copy_and_save_writes_the_file(sample_file):
    project, document = ProjectFile.open(sample_file)
    session = EditingSession(document, project)
    lane_id, step_id = actions_cell(document)
    session.edit(document.add_card, lane_id, step_id, "Vraagt de buren om raad — 'n tip")
    assert project.modified
    # the working copy already holds the edit; the project file does not yet
    working, _, _ = read_project(project._session.work_path)
    assert working == document
    assert read_project(sample_file)[0] != document
    project.save()
    assert not project.modified
    assert read_project(sample_file)[0] == document
    project.close()
    assert not any(project._session.info.folder.exists() for _ in [0])


def test_save_as_moves_the_lock_and_keeps_the_original(sample_file, tmp_path):
    original = digest(sample_file)
    project, document = ProjectFile.open(sample_file)
    session = EditingSession(document, project)
    session.edit(document.rename_map, document.maps()[0].id, "Nieuwe titel")
    target = tmp_path / "copy.jmap"
    project.save_as(target)
    assert digest(sample_file) == original
    assert read_project(target)[0].maps()[0].title == "Nieuwe titel"
    # the original is free again, the copy is taken
    other, _ = ProjectFile.open(sample_file)
    other.close()
    with pytest.raises(ProjectFileError) as caught:
        ProjectFile.open(target)
    assert caught.value.problem is FileProblem.ALREADY_OPEN
    project.close()


def test_a_project_is_not_opened_for_writing_twice(sample_file):
    project, _ = ProjectFile.open(sample_file)
    with pytest.raises(ProjectFileError) as caught:
        ProjectFile.open(sample_file)
    assert caught.value.problem is FileProblem.ALREADY_OPEN
    # a read-only view is still possible, and refuses edits
    document, _, _ = read_project(sample_file)
    view = EditingSession(document, None)
    lane_id, step_id = actions_cell(document)
    with pytest.raises(ReadOnlyError):
        view.edit(document.add_card, lane_id, step_id, "nee")
    project.close()
    again, _ = ProjectFile.open(sample_file)
    again.close()


def test_clean_close_leaves_nothing_to_recover(sample_file):
    project, document = ProjectFile.open(sample_file)
    EditingSession(document, project).edit(document.rename_map, document.maps()[0].id, "x")
    project.save()
    project.close()
    assert find_recoverable() == []


def test_unsaved_work_of_a_dead_session_is_recovered(sample_file, tmp_path):
    project, document = ProjectFile.open(sample_file)
    session = EditingSession(document, project)
    lane_id, step_id = actions_cell(document)
    for text in ("een", "twee", "drie"):
        session.edit(document.add_card, lane_id, step_id, text)
    project.close(keep_working_copy=True)  # what a crash leaves behind
    [item] = find_recoverable()
    assert item.unsaved_edits == 3 and item.info.source == str(sample_file.absolute())
    restored = tmp_path / "restored.jmap"
    restore_to(item, restored)
    assert read_project(restored)[0] == document
    assert find_recoverable() == []


def test_recovered_session_reopens_in_the_editor(sample_file):
    project, document = ProjectFile.open(sample_file)
    EditingSession(document, project).edit(document.rename_map, document.maps()[0].id, "Herstel")
    project.close(keep_working_copy=True)
    [item] = find_recoverable()
    recovered, recovered_document = ProjectFile.recover(item.info, item.lock)
    assert recovered.modified and recovered.path == sample_file.absolute()
    assert recovered_document == document
    recovered.save()
    recovered.close()
    assert read_project(sample_file)[0].maps()[0].title == "Herstel"
    assert find_recoverable() == []


def test_new_project_is_saved_with_save_as(tmp_path, sample_document):
    project = ProjectFile.create(sample_document)
    assert project.modified and project.path is None
    with pytest.raises(ProjectFileError):
        project.save()
    project.save_as(tmp_path / "nieuw.jmap")
    assert read_project(tmp_path / "nieuw.jmap")[0] == sample_document
    project.close()


def test_write_project_refuses_to_overwrite(sample_file, sample_document):
    before = digest(sample_file)
    with pytest.raises(ProjectFileError) as caught:
        write_project(sample_file, sample_document)
    assert caught.value.problem is FileProblem.EXISTS
    assert digest(sample_file) == before


def test_save_into_read_only_folder_is_refused_without_damage(sample_file, read_only_folder):
    project, document = ProjectFile.open(sample_file)
    EditingSession(document, project).edit(document.rename_map, document.maps()[0].id, "x")
    with pytest.raises(ProjectFileError) as caught:
        project.save_as(read_only_folder / "p.jmap")
    assert caught.value.problem is FileProblem.READ_ONLY
    assert list(read_only_folder.iterdir()) == []
    assert project.modified and project.path == sample_file.absolute()
    project.close()


def test_save_to_a_full_disk_is_refused_without_damage(sample_file, small_disk):
    project, document = ProjectFile.open(sample_file)
    session = EditingSession(document, project)
    lane_id, step_id = actions_cell(document)
    session.edit(document.add_cards, lane_id, step_id, [f"kaart {i} " + "x" * 400 for i in range(600)])
    filler = small_disk / "already-there.jmap"
    write_project(filler, read_project(sample_file)[0])
    before = digest(filler)
    with pytest.raises(ProjectFileError) as caught:
        project.save_as(small_disk / "big.jmap")
    assert caught.value.problem is FileProblem.DISK_FULL
    assert sorted(p.name for p in small_disk.iterdir()) == ["already-there.jmap"]
    assert digest(filler) == before
    project.save_as(sample_file.parent / "elsewhere.jmap")  # the work is still there
    project.close()


def test_failed_save_leaves_old_file_and_no_temp(sample_file, monkeypatch):
    before = digest(sample_file)
    project, document = ProjectFile.open(sample_file)
    EditingSession(document, project).edit(document.rename_map, document.maps()[0].id, "x")

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("journeymapper.persistence.atomic.fsync_file", full_disk)
    with pytest.raises(ProjectFileError) as caught:
        project.save()
    assert caught.value.problem is FileProblem.DISK_FULL
    assert digest(sample_file) == before
    # (the lock file beside it says the project is open, until it is closed)
    assert sorted(p.name for p in sample_file.parent.iterdir()) == ["sample.jmap", "sample.jmap.lock"]
    assert project.modified  # the work is still there to save elsewhere
    project.close()


def test_failed_edit_write_leaves_document_unchanged(sample_file, monkeypatch):
    project, document = ProjectFile.open(sample_file)
    session = EditingSession(document, project)
    before = document.snapshot()
    lane_id, step_id = actions_cell(document)

    def broken(*_args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("journeymapper.persistence.project_file.write_changes", broken)
    with pytest.raises(ProjectFileError) as caught:
        session.edit(document.add_card, lane_id, step_id, "verloren?")
    assert caught.value.problem is FileProblem.DISK_FULL
    assert document.snapshot() == before
    monkeypatch.undo()
    session.edit(document.add_card, lane_id, step_id, "wel bewaard")
    assert read_project(project._session.work_path)[0] == document
    project.close()


def test_a_deferred_working_copy_is_written_from_the_records_as_read(sample_file, sample_document):
    """The editor opens with the working copy deferred until the map is on screen.
    An edit before that writes it first, from the records as they were read (the
    document in memory already holds the edit), then commits the edit on top."""
    project, document = ProjectFile.open(sample_file, defer_working_copy=True)
    work_path = project._session.work_path
    assert not work_path.exists() and not project.working_copy_written
    session = EditingSession(document, project)
    lane_id, step_id = actions_cell(document)
    session.edit(document.add_card, lane_id, step_id, "eerste kaart, voor het kopie er was")
    assert project.working_copy_written and project.unsaved_edits == 1
    assert read_project(work_path)[0] == document != sample_document
    project.save()
    assert read_project(sample_file)[0] == document
    project.close()
    assert not project._session.info.folder.exists()


def test_a_deferred_working_copy_is_written_when_asked_and_by_a_save(sample_file, sample_document):
    project, _document = ProjectFile.open(sample_file, defer_working_copy=True)
    project.write_working_copy()
    assert read_project(project._session.work_path)[0] == sample_document
    project.write_working_copy()  # once written, nothing more
    project.close()
    project, _document = ProjectFile.open(sample_file, defer_working_copy=True)
    project.save()  # with no edit: the working copy is written and copied back, the same project
    assert project.working_copy_written and read_project(sample_file)[0] == sample_document
    project.close()
    assert find_recoverable() == []
    saved = digest(sample_file)
    project, _document = ProjectFile.open(sample_file, defer_working_copy=True)
    project.close()  # never written: nothing left behind, the file untouched
    assert not project._session.info.folder.exists() and find_recoverable() == []
    assert digest(sample_file) == saved


def test_a_deferred_working_copy_that_cannot_be_written_refuses_edits_until_it_can(sample_file, monkeypatch):
    project, document = ProjectFile.open(sample_file, defer_working_copy=True)
    session = EditingSession(document, project)
    before = document.snapshot()
    lane_id, step_id = actions_cell(document)
    from journeymapper.persistence import project_file

    real = project_file._create_database

    def full_disk(path, tables, unsaved_edits):
        real(path, tables, unsaved_edits)  # a part is written, as a disk filling up does
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("journeymapper.persistence.project_file._create_database", full_disk)
    with pytest.raises(ProjectFileError) as caught:
        project.write_working_copy()
    assert caught.value.problem is FileProblem.DISK_FULL
    assert not project._session.work_path.exists()  # nothing half-written left
    with pytest.raises(ProjectFileError) as caught:
        session.edit(document.add_card, lane_id, step_id, "verloren?")
    assert caught.value.problem is FileProblem.DISK_FULL
    assert document.snapshot() == before and not project.modified
    monkeypatch.undo()  # room again
    session.edit(document.add_card, lane_id, step_id, "wel bewaard")
    assert read_project(project._session.work_path)[0] == document
    project.close()


# -- files that must be refused, untouched --------------------------------------


def refuse(path, problem):
    before = digest(path) if path.exists() and path.is_file() else None
    with pytest.raises(ProjectFileError) as caught:
        ProjectFile.open(path)
    assert caught.value.problem is problem, caught.value
    if before is not None:
        assert digest(path) == before
    assert find_recoverable() == []


def test_missing_file(tmp_path):
    refuse(tmp_path / "nope.jmap", FileProblem.NOT_FOUND)


def test_not_sqlite(tmp_path):
    path = tmp_path / "text.jmap"
    path.write_text("Dit is geen project.\n" * 50)
    refuse(path, FileProblem.NOT_SQLITE)
    empty = tmp_path / "empty.jmap"
    empty.write_bytes(b"")
    refuse(empty, FileProblem.NOT_SQLITE)


def test_foreign_sqlite(tmp_path):
    path = tmp_path / "other.jmap"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    refuse(path, FileProblem.FOREIGN)


def test_newer_version(sample_file):
    conn = sqlite3.connect(sample_file)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    refuse(sample_file, FileProblem.NEWER_VERSION)


def test_truncated(sample_file):
    data = sample_file.read_bytes()
    sample_file.write_bytes(data[: len(data) // 2])
    refuse(sample_file, FileProblem.CORRUPT)


def test_corrupt_pages(sample_file):
    data = bytearray(sample_file.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):
        data[offset] = 0xA5
    sample_file.write_bytes(bytes(data))
    with pytest.raises(ProjectFileError) as caught:
        ProjectFile.open(sample_file)
    assert caught.value.problem in (FileProblem.CORRUPT, FileProblem.UNSAFE)


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE TRIGGER wipe AFTER UPDATE ON card BEGIN DELETE FROM card; END",
        "CREATE VIEW everything AS SELECT * FROM card",
        "CREATE TABLE extra (x)",
        "ALTER TABLE card ADD COLUMN secret TEXT",
    ],
)
def test_unsafe_schema_is_refused(sample_file, statement):
    conn = sqlite3.connect(sample_file)
    conn.execute(statement)
    conn.commit()
    conn.close()
    refuse(sample_file, FileProblem.UNSAFE)


def test_recursive_view_does_not_hang(sample_file):
    conn = sqlite3.connect(sample_file)
    conn.execute(
        "CREATE VIEW forever AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r"
    )
    conn.commit()
    conn.close()
    refuse(sample_file, FileProblem.UNSAFE)


def test_hostile_values_are_sanitised(sample_file):
    conn = sqlite3.connect(sample_file)
    metric_cells = conn.execute("SELECT lane_id, step_id FROM metric ORDER BY rowid").fetchall()
    assert len(metric_cells) == 3
    infinite, too_large, at_the_limit = (tuple(cell) for cell in metric_cells[:3])
    conn.execute("UPDATE card SET text = ? WHERE rowid = 1", ("x" * 20_000_000,))
    conn.execute("UPDATE card SET position = -7 WHERE rowid = 2")
    conn.execute("UPDATE card SET color = 'javascript:' WHERE rowid = 3")
    conn.execute("UPDATE card SET text = CAST(X'FFFE41' AS TEXT) WHERE rowid = 4")
    conn.execute("INSERT INTO card VALUES ('orphan', 'no-lane', 'no-step', 0, 'wees', '')")
    conn.execute("UPDATE metric SET value = 1e999 WHERE lane_id = ? AND step_id = ?", infinite)
    conn.execute("UPDATE metric SET value = 2e15 WHERE lane_id = ? AND step_id = ?", too_large)
    conn.execute("UPDATE metric SET value = -1e15 WHERE lane_id = ? AND step_id = ?", at_the_limit)
    conn.execute("UPDATE emotion SET score = 99")
    conn.execute("UPDATE step SET width = -5")
    conn.commit()
    conn.close()
    document, fixes, _ = read_project(sample_file)
    texts = [c.text for c in document.store.all(Kind.CARD)]
    assert max(len(t) for t in texts) == 5000
    assert "wees" not in texts
    assert any("\ufffd" in t for t in texts)
    assert all(c.color in ("",) or c.color.startswith("#") for c in document.store.all(Kind.CARD))
    # an infinite or too large metric is dropped, one at the limit is kept
    assert {(m.lane_id, m.step_id): m.value for m in document.store.all(Kind.METRIC)} == {at_the_limit: -1e15}
    journey = document.maps()[0]
    assert all(journey.scale_min <= e.score <= journey.scale_max for e in document.store.all(Kind.EMOTION))
    assert all(s.width == 0 for s in document.store.all(Kind.STEP))
    assert sum(fixes.values()) >= 7
    # positions are dense again in every cell
    for lane in document.lanes(journey.id):
        for step in document.map_steps(journey.id):
            assert [c.position for c in document.cards(lane.id, step.id)] == list(
                range(len(document.cards(lane.id, step.id)))
            )
    # and the repaired project opens for editing
    project, opened = ProjectFile.open(sample_file)
    assert opened == document
    assert project.modified  # so the repaired project can be saved
    project.close()


def test_the_watchdog_covers_building_records_too(sample_file, monkeypatch):
    """SQLite's progress handler only runs while SQLite works; once the rows are
    fetched, building records is Python's. A slow Python side is stopped too."""
    import time

    from journeymapper.persistence import connection, loader, project_file

    def quick_watchdog(path):
        return connection.open_read_only(path, watchdog_seconds=0.3)

    real_text = loader._Sanitiser.text

    def slow_text(self, value, limit=5000):
        time.sleep(0.005)
        return real_text(self, value, limit)

    monkeypatch.setattr(project_file, "open_read_only", quick_watchdog)
    monkeypatch.setattr(loader._Sanitiser, "text", slow_text)
    started = time.monotonic()
    refuse(sample_file, FileProblem.TOO_SLOW)
    assert time.monotonic() - started < 1.5  # stopped near the deadline, not after every record
