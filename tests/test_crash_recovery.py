"""A process killed with SIGKILL mid-burst loses no edit it reported done."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from journeymapper.domain import Kind
from journeymapper.persistence import ProjectFile, find_recoverable, read_project

EDITOR = textwrap.dedent("""
    import sys
    from journeymapper.app.editing import EditingSession
    from journeymapper.domain import Kind, LaneKind
    from journeymapper.persistence import ProjectFile

    project, document = ProjectFile.open(sys.argv[1])
    session = EditingSession(document, project)
    journey = document.maps()[0]
    lane = next(l for l in document.lanes(journey.id) if l.kind is LaneKind.ACTIONS)
    steps = document.map_steps(journey.id)
    print("ready", flush=True)
    number = 0
    while True:
        number += 1
        step = steps[number % len(steps)]
        changes = session.edit(document.add_card, lane.id, step.id, f"idee {number} — één")
        card_id = changes.added(Kind.CARD)[0].id
        if number % 3 == 0:
            session.edit(document.move_card, card_id, lane.id, steps[0].id, 0)
        print("done", card_id, flush=True)  # reported only after the commit returned
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
@pytest.mark.parametrize("seed", range(6))
def test_sigkill_during_edits_loses_nothing(sample_file, state_dir, seed):
    rng = random.Random(seed)
    env = dict(os.environ, JOURNEYMAPPER_STATE_DIR=str(state_dir))
    child = subprocess.Popen([sys.executable, "-c", EDITOR, str(sample_file)], stdout=subprocess.PIPE,
                             text=True, env=env)
    assert child.stdout.readline().strip() == "ready"
    reported = []
    target = rng.randint(1, 60)
    while len(reported) < target:
        line = child.stdout.readline()
        assert line.startswith("done "), line
        reported.append(line.split()[1])
    # let it run on a random little while, so the kill lands mid-write at times
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    for line in child.stdout:  # edits reported between our last read and the kill count too
        if line.startswith("done "):
            reported.append(line.split()[1])

    [item] = find_recoverable()
    conn = sqlite3.connect(item.info.work_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    working, fixes, _ = read_project(item.info.work_path)
    assert not fixes, fixes
    saved_cards = {c.id for c in working.store.all(Kind.CARD)}
    assert set(reported) <= saved_cards
    assert item.unsaved_edits >= len(reported)
    # the project file itself is untouched by the crash and still opens
    original, _, _ = read_project(sample_file)
    assert not set(reported) & {c.id for c in original.store.all(Kind.CARD)}
    # and the working copy opens in the editor
    project, document = ProjectFile.recover(item.info, item.lock)
    assert document == working
    project.close()
