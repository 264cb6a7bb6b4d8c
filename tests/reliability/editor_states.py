"""Undo and redo as a state machine, over the editor's real commands.

Hypothesis drives the editor the way a user does: it adds, edits, moves,
deletes and reorders cards, phases, steps and lanes, sets the cells' values
(emotion scores, channels, metrics, pictures), adds, duplicates, renames and
deletes maps and edits their scale, context and channel list (each through
``Editor.run``, as the menus and the canvas do), undoes, redoes, and saves
and reopens the project. After every step:

- the document equals a replay of the history: the first document with the
  undo stack's patches up to its index applied, in order;
- the canvas scene shows exactly the document's cards and lanes, and a
  marker, icon, figure or picture in exactly the cells that hold a value;
- after a save, the file read back equals the document.

The test suite runs 200 runs of 50 steps; the long run is
``python tests/reliability/editor_states.py --runs 5000 --steps 100``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from journeymapper.domain import Document, Kind, LaneKind

TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=24)
PICK = st.integers(min_value=0, max_value=10_000)
# Scores and metrics a user can type, and some the document refuses (off the scale, NaN, too large).
SCORE = st.integers(min_value=-2, max_value=12)
NUMBER = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-(10**16), 10**16))
MAX_MAPS = 4  # duplicates double a project quickly; the runs stay short
CARD_LANES = [kind for kind in LaneKind if kind.holds_cards]

_template: Path | None = None


def template_file() -> Path:
    """A small project (the default template with a few cards, a metrics and a picture lane
    and two pictures), written once per process."""
    global _template
    if _template is None:
        from journeymapper.app.new_project import project_from_template
        from journeymapper.content.markers import untranslated
        from journeymapper.content.templates import DEFAULT_TEMPLATE
        from journeymapper.persistence import write_project

        document = project_from_template(DEFAULT_TEMPLATE, untranslated)
        journey = document.maps()[0]
        lanes = [lane for lane in document.lanes(journey.id) if lane.kind.holds_cards]
        steps = document.map_steps(journey.id)
        for number in range(6):
            document.add_card(lanes[number % len(lanes)].id, steps[number % len(steps)].id, f"kaart {number}")
        document.add_lane(journey.id, LaneKind.METRICS, "Cijfers")
        document.add_lane(journey.id, LaneKind.IMAGE, "Beelden")
        for width, height in ((4, 3), (2, 5)):
            document.add_image("image/png", width, height, _png(width, height))
        _template = Path(tempfile.mkdtemp(prefix="jm-states-")) / "template.jmap"
        write_project(_template, document)
    return _template


def _png(width: int, height: int) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 80, 40)).save(out, "PNG")
    return out.getvalue()


def pick(items: list, index: int):
    return items[index % len(items)]


class EditorMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        from journeymapper.app.editing import EditingSession
        from journeymapper.persistence import ProjectFile, read_project
        from journeymapper.print_labels import map_labels
        from journeymapper.ui.canvas.scene import MapScene
        from journeymapper.ui.undo import Editor

        self.folder = Path(tempfile.mkdtemp(prefix="jm-state-"))
        self.path = self.folder / "kaart.jmap"
        shutil.copyfile(template_file(), self.path)
        self.first_records = [r for kind in Kind for r in read_project(self.path)[0].store.all(kind)]
        self.project, self.document = ProjectFile.open(self.path)
        self.session = EditingSession(self.document, self.project)
        self.editor = Editor(self.session)
        self.map_id = self.document.maps()[0].id
        self.scene = MapScene(self.session, self.map_id, map_labels)
        self.refusals = 0

    def teardown(self) -> None:
        self.editor.clear()  # a stack left alive crashed Python at exit
        self.scene.detach()
        self.scene.deleteLater()
        self.project.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- what there is to act on ----------------------------------------------------------
    def cards(self) -> list:
        # In reading order, not by id: ids are new random ones in every replay,
        # and a pick by id would make Hypothesis's replays act on other cards.
        document = self.document
        return [
            c.id
            for lane in document.lanes(self.map_id)
            for step in document.map_steps(self.map_id)
            for c in document.cards(lane.id, step.id)
        ]

    def card_cells(self) -> tuple[list, list]:
        lanes = [lane.id for lane in self.document.lanes(self.map_id) if lane.kind.holds_cards]
        return lanes, [s.id for s in self.document.map_steps(self.map_id)]

    def run(self, label: str, command, /, *args, **kwargs) -> None:
        if self.editor.run(label, command, *args, **kwargs) is None:
            self.refusals += 1  # refused (e.g. the last step of a phase): nothing may have changed

    # -- cards --------------------------------------------------------------------------------
    @rule(lane=PICK, step=PICK, text=TEXT, at=PICK)
    def add_card(self, lane, step, text, at):
        lanes, steps = self.card_cells()
        if lanes and steps:
            lane_id, step_id = pick(lanes, lane), pick(steps, step)
            index = at % (len(self.document.cards(lane_id, step_id)) + 1)
            self.run("Add card", self.document.add_card, lane_id, step_id, text, index=index)

    @precondition(lambda self: self.cards())
    @rule(card=PICK, text=TEXT)
    def edit_card(self, card, text):
        self.run("Edit card", self.document.update_card, pick(self.cards(), card), text=text)

    @precondition(lambda self: self.cards())
    @rule(card=PICK, lane=PICK, step=PICK, at=PICK)
    def move_card(self, card, lane, step, at):
        lanes, steps = self.card_cells()
        lane_id, step_id = pick(lanes, lane), pick(steps, step)
        self.run(
            "Move card",
            self.document.move_cards,
            [pick(self.cards(), card)],
            lane_id,
            step_id,
            at % (len(self.document.cards(lane_id, step_id)) + 1),
        )

    @precondition(lambda self: self.cards())
    @rule(card=PICK, count=st.integers(1, 3))
    def delete_cards(self, card, count):
        cards = self.cards()
        chosen = []
        for offset in range(count):
            if pick(cards, card + offset) not in chosen:
                chosen.append(pick(cards, card + offset))
        self.run("Delete cards", self.document.delete_cards, chosen)

    # -- structure -------------------------------------------------------------------------------
    @rule(name=TEXT, at=PICK)
    def add_phase(self, name, at):
        phases = self.document.phases(self.map_id)
        self.run("Add phase", self.document.add_phase, self.map_id, name or "Fase", index=at % (len(phases) + 1))

    @rule(phase=PICK, at=PICK)
    def move_phase(self, phase, at):
        phases = self.document.phases(self.map_id)
        if phases:
            self.run("Move phase", self.document.move_phase, pick(phases, phase).id, at % len(phases))

    @rule(phase=PICK)
    def delete_phase(self, phase):
        phases = self.document.phases(self.map_id)
        if len(phases) > 1:
            self.run("Delete phase", self.document.delete_phase, pick(phases, phase).id)

    @rule(phase=PICK, name=TEXT, at=PICK)
    def add_step(self, phase, name, at):
        phases = self.document.phases(self.map_id)
        if phases:
            chosen = pick(phases, phase)
            self.run(
                "Add step",
                self.document.add_step,
                chosen.id,
                name,
                index=at % (len(self.document.steps(chosen.id)) + 1),
            )

    @rule(step=PICK, phase=PICK, at=PICK)
    def move_step(self, step, phase, at):
        steps, phases = self.document.map_steps(self.map_id), self.document.phases(self.map_id)
        if steps and phases:
            target = pick(phases, phase)
            self.run(
                "Move step",
                self.document.move_step,
                pick(steps, step).id,
                target.id,
                at % (len(self.document.steps(target.id)) + 1),
            )

    @rule(step=PICK)
    def delete_step(self, step):
        steps = self.document.map_steps(self.map_id)
        if steps:
            self.run("Delete step", self.document.delete_step, pick(steps, step).id)  # may be refused: last one

    @rule(kind=st.sampled_from(list(LaneKind)), title=TEXT, at=PICK)
    def add_lane(self, kind, title, at):
        lanes = self.document.lanes(self.map_id)
        self.run("Add lane", self.document.add_lane, self.map_id, kind, title or "Baan", index=at % (len(lanes) + 1))

    @rule(lane=PICK, at=PICK)
    def move_lane(self, lane, at):
        lanes = self.document.lanes(self.map_id)
        if lanes:
            self.run("Move lane", self.document.move_lane, pick(lanes, lane).id, at % len(lanes))

    @rule(lane=PICK)
    def delete_lane(self, lane):
        lanes = self.document.lanes(self.map_id)
        if lanes:
            self.run("Delete lane", self.document.delete_lane, pick(lanes, lane).id)

    # -- what the cells hold ---------------------------------------------------------------------
    def cell(self, kind: LaneKind, lane: int, step: int) -> tuple[str, str] | None:
        lanes = [l.id for l in self.document.lanes(self.map_id) if l.kind is kind]
        steps = [s.id for s in self.document.map_steps(self.map_id)]
        return (pick(lanes, lane), pick(steps, step)) if lanes and steps else None

    @rule(lane=PICK, step=PICK, score=st.none() | SCORE, note=TEXT)
    def set_emotion(self, lane, step, score, note):
        cell = self.cell(LaneKind.EMOTION, lane, step)
        if cell:
            self.run("Set score", self.document.set_emotion, *cell, score, note)

    @rule(lane=PICK, step=PICK, chosen=st.lists(PICK, max_size=4))
    def set_step_channels(self, lane, step, chosen):
        cell, channels = self.cell(LaneKind.CHANNELS, lane, step), self.document.channels(self.map_id)
        if cell:
            self.run(
                "Set channels",
                self.document.set_step_channels,
                *cell,
                [pick(channels, c).id for c in chosen] if channels else [],
            )

    @rule(lane=PICK, step=PICK, value=st.none() | NUMBER, unit=TEXT, source=TEXT)
    def set_metric(self, lane, step, value, unit, source):
        cell = self.cell(LaneKind.METRICS, lane, step)
        if cell:
            self.run("Set metric", self.document.set_metric, *cell, value, unit, source)

    @rule(lane=PICK, step=PICK, image=st.none() | PICK)
    def set_step_image(self, lane, step, image):
        cell, images = self.cell(LaneKind.IMAGE, lane, step), sorted(i.id for i in self.document.images())
        if cell:
            self.run("Set picture", self.document.set_step_image, *cell, None if image is None else pick(images, image))

    # -- maps -------------------------------------------------------------------------------------
    @precondition(lambda self: len(self.document.maps()) < MAX_MAPS)
    @rule(title=TEXT, at=PICK)
    def add_map(self, title, at):
        self.run("Add map", self.document.add_map, title or "Kaart", index=at % (len(self.document.maps()) + 1))

    @precondition(lambda self: len(self.document.maps()) < MAX_MAPS)
    @rule(which=PICK)
    def duplicate_map(self, which):
        self.run("Duplicate map", self.document.duplicate_map, pick(self.document.maps(), which).id)

    @rule(which=PICK)
    def delete_map(self, which):
        others = [m for m in self.document.maps() if m.id != self.map_id]  # the shown map stays
        if others:
            self.run("Delete map", self.document.delete_map, pick(others, which).id)

    @rule(title=TEXT, trigger=TEXT, goal=TEXT, scenario=TEXT)
    def set_map_context(self, title, trigger, goal, scenario):
        self.run(
            "Map properties",
            self.document.set_map_context,
            self.map_id,
            title=title or "Kaart",
            trigger=trigger,
            goal=goal,
            scenario=scenario,
        )

    @rule(low=st.integers(-3, 3), span=st.integers(-1, 10))
    def set_scale(self, low, span):
        self.run("Set scale", self.document.set_scale, self.map_id, low, low + span)  # span < 1: refused

    @rule(name=TEXT, icon=PICK, at=PICK)
    def add_channel(self, name, icon, at):
        from journeymapper.domain import CHANNEL_ICONS

        channels = self.document.channels(self.map_id)
        self.run(
            "Add channel",
            self.document.add_channel,
            self.map_id,
            name or "Kanaal",
            pick(list(CHANNEL_ICONS), icon),
            index=at % (len(channels) + 1),
        )

    @rule(channel=PICK, name=TEXT)
    def rename_channel(self, channel, name):
        channels = self.document.channels(self.map_id)
        if channels:
            self.run("Rename channel", self.document.update_channel, pick(channels, channel).id, name=name)

    @rule(channel=PICK)
    def delete_channel(self, channel):
        channels = self.document.channels(self.map_id)
        if channels:
            self.run("Delete channel", self.document.delete_channel, pick(channels, channel).id)

    # -- history and file ----------------------------------------------------------------------
    @precondition(lambda self: self.editor.stack.canUndo())
    @rule()
    def undo(self):
        self.editor.undo()  # as Edit > Undo does

    @precondition(lambda self: self.editor.stack.canRedo())
    @rule()
    def redo(self):
        self.editor.redo()

    @precondition(lambda self: self.editor.stack.canUndo())
    @rule()
    def undo_on_a_full_disk(self):
        self._on_a_full_disk(self.editor.undo)

    @precondition(lambda self: self.editor.stack.canRedo())
    @rule()
    def redo_on_a_full_disk(self):
        self._on_a_full_disk(self.editor.redo)

    def _on_a_full_disk(self, step) -> None:
        """The working copy cannot be written: the undo or redo is refused with one message,
        and the stack stays where it was (the invariants replay it against the document)."""
        from journeymapper.persistence import FileProblem, ProjectFileError

        def full_disk(_changes):
            raise ProjectFileError(FileProblem.DISK_FULL, self.folder, "no space left")

        told = []
        listener = told.append
        index, before = self.editor.stack.index(), self.document.snapshot()
        self.editor.failed.connect(listener)
        self.project.write = full_disk  # this project only, for this one step
        try:
            step()
        finally:
            del self.project.write
            self.editor.failed.disconnect(listener)
        assert len(told) == 1, told
        assert self.editor.stack.index() == index, "a refused undo or redo moved the stack"
        assert self.document.snapshot() == before, "a refused undo or redo changed the document"

    @rule()
    def save_and_reopen(self):
        from journeymapper.persistence import read_project

        self.project.save()
        reopened, fixes, _ = read_project(self.path)
        assert not fixes, fixes
        assert reopened == self.document, "the saved file differs from the document"

    # -- what must always hold ------------------------------------------------------------------
    @invariant()
    def document_is_the_replayed_history(self):
        replay = Document.from_records(self.first_records)
        stack = self.editor.stack
        for index in range(stack.index()):
            replay.store.apply(stack.command(index).changes)
        assert replay == self.document, "the document is not its history replayed"

    @invariant()
    def scene_shows_the_document(self):
        map_cards = {
            c.id
            for lane in self.document.lanes(self.map_id)
            for step in self.document.map_steps(self.map_id)
            for c in self.document.cards(lane.id, step.id)
        }
        assert set(self.scene.cards) == map_cards
        assert set(self.scene.lanes) == {lane.id for lane in self.document.lanes(self.map_id)}
        assert 0 < self.scene.layout.width < 1e7 and 0 < self.scene.layout.height < 1e7

    @invariant()
    def scene_shows_the_cell_values(self):
        document, steps = self.document, self.document.map_steps(self.map_id)
        shown = {(type(s).__name__, s.ref[0], s.ref[1]) for s in self.scene.layout.shapes if s.ref}
        for kind, shape, ref, value in (
            (LaneKind.EMOTION, "Circle", "emotion", document.emotion),
            (LaneKind.CHANNELS, "Icon", "channels", document.step_channels),
            (LaneKind.METRICS, "TextLine", "metric", document.metric),
            (LaneKind.IMAGE, "Picture", "image", document.step_image),
        ):
            cells = [(lane.id, step.id) for lane in document.lanes(self.map_id) if lane.kind is kind for step in steps]
            assert {key for key in cells if (shape, ref, key) in shown} == {key for key in cells if value(*key)}, ref


def check(runs: int, steps: int, seed: int | None = None) -> None:
    """Run the machine; raises (with Hypothesis's shortest failing story) on a failure."""
    from hypothesis import Phase
    from hypothesis import seed as fixed_seed
    from hypothesis.stateful import run_state_machine_as_test

    options = settings(
        max_examples=runs,
        stateful_step_count=steps,
        deadline=None,
        derandomize=seed is None,
        suppress_health_check=list(HealthCheck),
        database=None,
        phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
    )
    machine = EditorMachine
    if seed is not None:
        machine = fixed_seed(seed)(EditorMachine)
    run_state_machine_as_test(machine, settings=options)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5000)
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("JOURNEYMAPPER_STATE_DIR", tempfile.mkdtemp(prefix="jm-states-state-"))
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 - the scene needs one
    started = time.monotonic()
    check(args.runs, args.steps, args.seed)
    print(f"{args.runs} runs of up to {args.steps} steps: no failure ({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
