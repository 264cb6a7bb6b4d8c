"""The child session of the kill harness (``kill_harness.py``): one write path, run until
killed, each step reported on stdout only after it returned.

Run as ``python kill_child.py KIND PROJECT [EXTRA...]`` (``kill_harness.Child``), or
called as ``run(args)`` in a forked process (``kill_harness.ForkedChild``). The
harness imports ``digest`` from here, so both sides compute the same one.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
import sys
from pathlib import Path

from journeymapper.domain import Kind, LaneKind


def digest(document) -> str:
    """One value for a document's whole content: two versions differ in it."""

    def plain(record):  # sets in a fixed order: their repr follows the process's hash seed
        return repr(tuple(sorted(v) if isinstance(v, frozenset) else v for v in dataclasses.astuple(record)))

    parts = sorted(kind.value + plain(record) for kind in Kind for record in document.store.all(kind))
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def say(*words) -> None:
    print(*words, flush=True)  # after the step returned: a reported step is a finished one


def edit_forever(document, session, after_each=None, limit=None) -> None:
    journey = document.maps()[0]
    lane = next(lane for lane in document.lanes(journey.id) if lane.kind is LaneKind.ACTIONS)
    steps = document.map_steps(journey.id)
    number = 0
    while limit is None or number < limit:
        number += 1
        step = steps[number % len(steps)]
        changes = session.edit(document.add_card, lane.id, step.id, f"idee {number} — één")
        card_id = changes.added(Kind.CARD)[0].id
        if number % 3 == 0:
            session.edit(document.move_card, card_id, lane.id, steps[0].id, 0)
        if number % 5 == 0:
            session.edit(document.update_card, card_id, text=f"idee {number}, herschreven")
        say("done", card_id)
        if after_each:
            after_each(number)


def run(args: list[str]) -> None:
    """Run path ``args[0]`` on project ``args[1]`` (with the path's extra arguments after it)."""
    # The schema loads lazily in the editor; here it loads before "ready", so kills hit writes.
    import journeymapper.persistence.schema  # noqa: F401
    from journeymapper.app.editing import EditingSession
    from journeymapper.persistence import ProjectFile, find_recoverable

    kind, project, extra = args[0], Path(args[1]), args[2:]

    if kind in ("edit", "save", "save_as", "clean_exit"):
        project_file, document = ProjectFile.open(project)
        session = EditingSession(document, project_file)
        say("ready", digest(document))
        if kind == "edit":
            edit_forever(document, session)
        elif kind == "save":

            def save(number):
                say("saving", project.name, digest(document))
                project_file.save()
                say("saved", project.name, digest(document))

            edit_forever(document, session, save)
        elif kind == "save_as":
            targets = [Path(extra[0]), Path(extra[1])]

            def save_as(number):
                target = targets[number % 2]
                say("saving", target.name, digest(document))
                project_file.save_as(target)
                say("saved", target.name, digest(document))

            edit_forever(document, session, save_as)
        else:  # a whole session that ends well: some edits, saved or not, closed
            count, keep = int(extra[0]), extra[1] == "save"
            edit_forever(document, session, limit=count)
            if keep:
                project_file.save()
                say("saved", project.name, digest(document))
            project_file.close()
            say("closed")
    elif kind == "migration":
        template = Path(extra[0])
        say("ready", "-")
        number = 0
        while True:
            number += 1
            target = project.parent / f"old{number}.jmap"
            shutil.copyfile(template, target)
            with open(target, "rb") as handle:
                os.fsync(handle.fileno())
            say("copied", target.name)
            project_file, document = ProjectFile.open(target)  # migrates, writes the working copy
            session = EditingSession(document, project_file)
            edit_forever(document, session, limit=1)
            say("saving", target.name, digest(document))
            project_file.save()  # the old file becomes the current version
            say("saved", target.name, digest(document))
            project_file.close()
            say("closed", target.name)
    elif kind == "recovery":
        [item] = find_recoverable()
        say("ready", "-")
        project_file, document = ProjectFile.recover(item.info, item.lock)
        session = EditingSession(document, project_file)
        say("recovered", digest(document))
        edit_forever(document, session)
    elif kind == "repair":  # check --repair, round after round, each on a fresh damaged copy
        from journeymapper.app.repair import repair_project

        say("ready", "-")
        number = 0
        while True:
            number += 1
            target = project.parent / f"repair{number}.jmap"
            shutil.copyfile(extra[0], target)
            with open(target, "rb") as handle:
                os.fsync(handle.fileno())
            say("copied", target.name)
            repair_project(target)
            say("repaired", target.name)
    elif kind == "export":  # journeymapper export, PDF and PNG in turn, over the same targets
        from journeymapper.app.exporting import ExportRequest, plan_export, run_export
        from journeymapper.persistence import read_project

        document = read_project(project)[0]
        plans = [
            plan_export(document, ExportRequest(name[-3:], (document.maps()[0].id,), dpi=72.0))
            for name in ("out.pdf", "out.png")
        ]
        say("ready", "-")
        number = 0
        while True:
            number += 1
            plan = plans[number % 2]
            run_export(document, plan, project.parent / f"out.{plan.request.format}", source=project)
            say("exported", plan.request.format)


if __name__ == "__main__":
    run(sys.argv[1:])
