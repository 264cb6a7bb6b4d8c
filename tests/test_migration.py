"""A project written by schema version 1 opens, migrates and saves as the current version."""

import hashlib
import sqlite3

from conftest import FIXTURES
from journeymapper.app.editing import EditingSession
from journeymapper.domain import LaneKind
from journeymapper.persistence import ProjectFile, read_project
from journeymapper.persistence.schema import SCHEMA_VERSION


def make_v1_project(path):
    conn = sqlite3.connect(path)
    conn.executescript((FIXTURES / "schema_v1.sql").read_text("utf-8"))
    conn.commit()
    conn.close()
    return path


def test_version_1_file_opens_and_saves_as_current(tmp_path):
    path = make_v1_project(tmp_path / "oud.jmap")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    document, fixes, version = read_project(path)
    assert version == 1 and not fixes
    journey = document.maps()[0]
    assert journey.title == "Klantreis fietsenmaker"
    steps = document.map_steps(journey.id)
    assert [s.name for s in steps] == ["Zoeken", "Wachten", "Ophalen"]
    assert all(s.width == 0.0 for s in steps)  # the column added in version 2
    actions = next(lane for lane in document.lanes(journey.id) if lane.kind is LaneKind.ACTIONS)
    assert document.cards(actions.id, steps[1].id)[0].text == "Drinkt koffie in de zaak — € 2,50"

    project, opened = ProjectFile.open(path)
    # opening never writes to the file; the migration happened in memory
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    EditingSession(opened, project).edit(opened.update_step, steps[0].id, width=180.0)
    project.save()
    project.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    reopened, _, version = read_project(path)
    assert version == SCHEMA_VERSION
    assert reopened.step(steps[0].id).width == 180.0
    assert reopened == opened
