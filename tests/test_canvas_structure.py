"""Reordering phases, steps and lanes, resizing columns and setting emotions with the mouse."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from journeymapper.domain import LaneKind
from journeymapper.persistence import read_project


@pytest.fixture
def window(project_window):
    project_window.resize(1400, 900)
    project_window.view.set_zoom(0.55)
    return project_window


def pos(window, x, y) -> QPoint:
    return window.view.mapFromScene(QPointF(x, y))


def drag(window, start: QPointF, end: QPointF) -> None:
    window.view.centerOn((start + end) / 2)
    viewport = window.view.viewport()
    a, b = pos(window, start.x(), start.y()), pos(window, end.x(), end.y())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for i in range(1, 7):
        QTest.mouseMove(viewport, a + (b - a) * i / 6)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def reopened(window):
    window.save()
    return read_project(window.session.project.path)[0]


def box(window, role, key):
    return window.scene.layout.boxes[(role, key)]


def test_drag_a_phase_header_to_the_end(window):
    document, map_id = window.session.document, window.map_id
    phases = document.phases(map_id)
    first, last = box(window, "phase", phases[0].id), box(window, "phase", phases[-1].id)
    drag(window, QPointF(first.x + 20, first.y + 10), QPointF(last.right - 10, last.y + 10))
    assert [p.id for p in document.phases(map_id)] == [p.id for p in phases[1:]] + [phases[0].id]
    assert window.undo_action.text() == "&Undo Move phase"
    assert [p.id for p in reopened(window).phases(map_id)][-1] == phases[0].id
    window.editor.stack.undo()
    assert [p.id for p in reopened(window).phases(map_id)] == [p.id for p in phases]
    window.editor.stack.redo()
    assert document.phases(map_id)[-1].id == phases[0].id


def test_drag_a_step_into_another_phase(window):
    document, map_id = window.session.document, window.map_id
    phases = document.phases(map_id)
    orientation = phases[1]
    moving = document.steps(orientation.id)[1]  # the phase keeps its other step
    target_phase = phases[3]
    start = box(window, "step", moving.id)
    target = box(window, "step", document.steps(target_phase.id)[0].id)
    drag(window, QPointF(start.x + 30, start.y + 8), QPointF(target.x + 10, target.y + 8))
    assert document.step(moving.id).phase_id == target_phase.id
    assert document.steps(target_phase.id)[0].id == moving.id
    assert reopened(window).step(moving.id).phase_id == target_phase.id
    window.editor.stack.undo()
    assert document.step(moving.id).phase_id == orientation.id


def test_drag_a_lane_header_up(window):
    document, map_id = window.session.document, window.map_id
    lanes = document.lanes(map_id)
    emotion = next(l for l in lanes if l.kind is LaneKind.EMOTION)
    source, top = box(window, "lane_header", emotion.id), box(window, "lane_header", lanes[0].id)
    drag(window, QPointF(source.x + 40, source.y + 10), QPointF(top.x + 40, top.y + 3))
    assert document.lanes(map_id)[0].id == emotion.id
    assert reopened(window).lanes(map_id)[0].id == emotion.id
    window.editor.stack.undo()
    assert [l.id for l in document.lanes(map_id)] == [l.id for l in lanes]


def test_drag_a_column_border_to_resize(window):
    document, map_id = window.session.document, window.map_id
    step = document.map_steps(map_id)[2]
    before = box(window, "step", step.id)
    border = QPointF(before.right + 1, before.y + 8)
    drag(window, border, border + QPointF(80, 0))
    width = document.step(step.id).width
    assert width == pytest.approx(before.w + 2 + 80, abs=3)
    assert box(window, "step", step.id).w == pytest.approx(width - 2)  # the layout followed
    assert reopened(window).step(step.id).width == width
    window.editor.stack.undo()
    assert document.step(step.id).width == 0.0


def test_drag_an_emotion_point_snaps_to_the_scale(window):
    document, map_id = window.session.document, window.map_id
    lane = next(l for l in document.lanes(map_id) if l.kind is LaneKind.EMOTION)
    step = document.map_steps(map_id)[0]
    assert document.emotion(lane.id, step.id).score == 1
    area = box(window, "emotion_area", lane.id)
    cell = box(window, "cell", (lane.id, step.id))
    x = cell.x + cell.w / 2
    # from the point at 1 to a little above the height of 4 (scale 1..5)
    height_of_4 = area.bottom - 3 / 4 * area.h
    drag(window, QPointF(x, area.bottom), QPointF(x, height_of_4 - 6))
    assert document.emotion(lane.id, step.id).score == 4
    assert reopened(window).emotion(lane.id, step.id).score == 4
    window.editor.stack.undo()
    assert document.emotion(lane.id, step.id).score == 1
    # a click on a step without a score gives it one
    document_step = document.map_steps(map_id)[3]
    window.editor.run("clear", document.set_emotion, lane.id, document_step.id, None)
    other = box(window, "cell", (lane.id, document_step.id))
    window.view.centerOn(QPointF(other.x, area.y))
    QTest.mouseClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, pos=pos(window, other.x + other.w / 2, area.y + 1)
    )
    assert document.emotion(lane.id, document_step.id).score == 5


def test_a_click_on_a_header_does_not_move_it(window):
    document, map_id = window.session.document, window.map_id
    phases = [p.id for p in document.phases(map_id)]
    first = box(window, "phase", phases[0])
    window.view.centerOn(QPointF(first.x, first.y))
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=pos(window, first.x + 10, first.y + 8))
    assert [p.id for p in document.phases(map_id)] == phases
    assert not window.editor.stack.canUndo()


def test_pick_channels_for_a_step(window):
    document, map_id = window.session.document, window.map_id
    lane = next(l for l in document.lanes(map_id) if l.kind is LaneKind.CHANNELS)
    step = document.map_steps(map_id)[0]  # no channels yet
    assert document.step_channels(lane.id, step.id) is None
    menu = window.canvas.channels_menu(lane.id, step.id)
    names = {a.text(): a for a in menu.actions()}
    assert "Phone" in names and not names["Phone"].isChecked()
    assert all(not action.icon().isNull() for action in names.values())  # each with the icon the map prints
    names["Phone"].setChecked(True)
    names["Store"].setChecked(True)
    chosen = document.step_channels(lane.id, step.id).channel_ids
    assert {document.channel(c).name for c in chosen} == {"Phone", "Store"}
    icons = [
        s.name
        for s in window.scene.layout.shapes
        if type(s).__name__ == "Icon" and s.ref == ("channels", (lane.id, step.id))
    ]
    assert sorted(icons) == ["phone", "store"]
    names["Store"].setChecked(False)
    assert {document.channel(c).name for c in reopened(window).step_channels(lane.id, step.id).channel_ids} == {"Phone"}
    window.editor.stack.undo()
    window.editor.stack.undo()
    window.editor.stack.undo()
    assert document.step_channels(lane.id, step.id) is None
