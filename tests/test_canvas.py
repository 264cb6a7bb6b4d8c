"""The canvas draws the shared layout: the same cards, colours and lines as the print."""

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsView

from journeymapper.app.editing import EditingSession
from journeymapper.domain import Kind
from journeymapper.layout import Box, TextLine
from journeymapper.persistence import ProjectFile
from journeymapper.ui.canvas.items import CardItem
from journeymapper.ui.canvas.scene import MapScene
from journeymapper.ui.canvas.view import MapView


@pytest.fixture
def session(qapp, sample_file):
    project, document = ProjectFile.open(sample_file)
    session = EditingSession(document, project)
    yield session
    project.close()


@pytest.fixture
def scene(session):
    scene = MapScene(session, session.document.maps()[0].id)
    yield scene
    session.unsubscribe(scene._changed)
    if shiboken6.isValid(scene):
        scene.deleteLater()


def render(scene, scale=2.0) -> QImage:
    page = scene.page_rect()
    image = QImage(round(page.width() * scale), round(page.height() * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, source=page)
    painter.end()
    return image


def shown_view(qtbot, scene, width=900, height=600) -> MapView:
    """A view on ``scene``, shown and exposed."""
    view = MapView()
    qtbot.addWidget(view)
    view.setScene(scene)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_one_item_per_card_at_its_layout_box(scene, session):
    cards = session.document.store.all(Kind.CARD)
    assert set(scene.cards) == {c.id for c in cards}
    for card in cards:
        item = scene.cards[card.id]
        assert item.scene_box() == scene.layout.boxes[("card", card.id)]
        texts = [s.text for s in item.shapes if isinstance(s, TextLine)]
        assert " ".join(texts).split() == card.text.split()


def test_screen_shows_the_layout_colours_where_print_has_them(scene, session):
    image = render(scene, 2.0)
    for card in session.document.store.all(Kind.CARD):
        box = scene.layout.boxes[("card", card.id)]
        fill = [s for s in scene.layout.shapes if isinstance(s, Box) and s.ref == ("card", card.id)][-1].fill
        pixel = image.pixelColor(round((box.right - 3) * 2), round((box.bottom - 3) * 2))
        assert pixel.name() == fill


def test_text_on_screen_stays_within_each_line_the_layout_measured(scene, session):
    image = render(scene, 3.0)
    for card in session.document.store.all(Kind.CARD)[:20]:
        box = scene.layout.boxes[("card", card.id)]
        fill = [s for s in scene.layout.shapes if isinstance(s, Box) and s.ref == ("card", card.id)][-1].fill
        for line in (s for s in scene.layout.shapes if isinstance(s, TextLine) and s.ref == ("card", card.id)):
            y0, y1 = round((line.baseline - 0.75 * line.size) * 3), round((line.baseline + 0.2 * line.size) * 3)
            ink = [image.pixelColor(x, y).name() != fill
                   for x in range(round(line.x * 3), round((line.x + line.width) * 3)) for y in range(y0, y1)]
            assert sum(ink) > 0.05 * len(ink), line.text
            beyond = [image.pixelColor(x, y).name() for x in range(round((line.x + line.width + 1) * 3),
                                                                   round((box.right - 1) * 3)) for y in range(y0, y1)]
            assert set(beyond) <= {fill}, line.text


def test_edits_reach_the_scene_and_selection_survives(scene, session):
    document = session.document
    lane = document.lanes(scene.map_id)[0]
    step = document.map_steps(scene.map_id)[0]
    first, *_ = document.cards(lane.id, step.id)
    scene.cards[first.id].setSelected(True)
    changes = session.edit(document.add_cards, lane.id, step.id, ["Nieuwe kaart op het canvas"], index=0)
    new_id = changes.added(Kind.CARD)[0].id
    assert new_id in scene.cards
    assert scene.cards[first.id].box.y > scene.cards[new_id].box.bottom  # pushed down
    assert scene.selected_card_ids() == [first.id]
    renamed = session.edit(document.update_card, new_id, text="Gewijzigd")
    assert [s.text for s in scene.cards[new_id].shapes if isinstance(s, TextLine)] == ["Gewijzigd"]
    session.apply(renamed.inverted())  # undo reaches the scene the same way
    assert [s.text for s in scene.cards[new_id].shapes if isinstance(s, TextLine)] == [
        "Nieuwe kaart op het canvas"]
    session.edit(document.delete_cards, [new_id])
    assert new_id not in scene.cards
    assert {i.card_id for i in scene.items() if isinstance(i, CardItem)} == set(scene.cards)


def test_view_zooms_with_ctrl_wheel_and_fits_the_map(qtbot, scene):
    view = shown_view(qtbot, scene)
    view.zoom_to_fit()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(scene.page_rect())
    fitted = view.zoom()
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() == pytest.approx(fitted * 1.25)
    view.zoom_actual()
    assert view.zoom() == pytest.approx(1.0)
    view.zoom_out()
    assert view.zoom() == pytest.approx(0.8)
    assert view.dragMode() == QGraphicsView.DragMode.RubberBandDrag


def test_middle_button_drag_pans(qtbot, scene):
    from PySide6.QtTest import QTest

    view = shown_view(qtbot, scene, 500, 400)
    view.zoom_actual()
    bar = view.horizontalScrollBar()
    bar.setValue(bar.minimum())
    start = bar.value()
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(300, 200))
    QTest.mouseMove(viewport, QPoint(200, 200))
    QTest.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(200, 200))
    assert bar.value() == start + 100


def test_zoomed_out_lanes_show_one_picture_and_cards_stay_clickable(qtbot, scene, session):
    from PySide6.QtTest import QTest

    from journeymapper.ui.canvas.items import LaneOverview

    view = shown_view(qtbot, scene)
    view.set_zoom(0.25)
    assert scene.overview  # the view told its scene
    overviews = [i for i in scene.items() if isinstance(i, LaneOverview)]
    assert overviews and all(o.isVisible() for o in overviews)
    assert all(card.opacity() == 0.0 for card in scene.cards.values())
    # the picture shows the cards where the print has them
    image = render(scene, 2.0)
    card = session.document.store.all(Kind.CARD)[0]
    box = scene.layout.boxes[("card", card.id)]
    fill = [s for s in scene.layout.shapes if isinstance(s, Box) and s.ref == ("card", card.id)][-1].fill
    assert image.pixelColor(round((box.right - 3) * 2), round((box.bottom - 3) * 2)).name() == fill
    # a click still selects the card, which then shows itself
    view.centerOn(QPointF(box.x + box.w / 2, box.y + box.h / 2))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(QPointF(box.x + box.w / 2, box.y + box.h / 2)))
    assert scene.selected_card_ids() == [card.id]
    assert scene.cards[card.id].opacity() == 1.0
    scene.clearSelection()
    assert scene.cards[card.id].opacity() == 0.0
    view.set_zoom(1.0)
    assert not scene.overview and all(card.opacity() == 1.0 for card in scene.cards.values())
    assert not any(o.isVisible() for o in overviews if o.scene() is scene)


def test_rubber_band_selects_when_zoomed_out(qtbot, scene, session):
    from PySide6.QtTest import QTest

    view = shown_view(qtbot, scene)
    view.set_zoom(0.3)
    document = session.document
    lane = document.lanes(scene.map_id)[0]
    steps = document.map_steps(scene.map_id)
    first = scene.layout.boxes[("cell", (lane.id, steps[0].id))]
    third = scene.layout.boxes[("cell", (lane.id, steps[2].id))]
    view.centerOn(QPointF(first.x, first.y))
    start = view.mapFromScene(QPointF(first.x + 2, first.y + 2))
    end = view.mapFromScene(QPointF(third.right - 2, third.bottom - 2))
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 6):
        QTest.mouseMove(view.viewport(), start + (end - start) * i / 5)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    expected = {c.id for s in steps[:3] for c in document.cards(lane.id, s.id)}
    assert set(scene.selected_card_ids()) == expected
    assert all(scene.cards[c].opacity() == 1.0 for c in expected)


def test_the_overview_follows_edits(qtbot, scene, session):
    """Zoomed out, an edit shows in the lane's picture (not the picture from before)."""
    from journeymapper.ui.canvas.items import LaneOverview

    scene.set_zoom(0.2)
    document = session.document
    lane = document.lanes(scene.map_id)[0]
    step = document.map_steps(scene.map_id)[0]
    card = document.cards(lane.id, step.id)[0]
    session.edit(document.update_card, card.id, color="#123456")
    overview = next(i for i in scene.items() if isinstance(i, LaneOverview)
                    and any(body.ref == ("card", card.id) for body, _ in i.cards))
    assert [body.fill for body, _ in overview.cards if body.ref == ("card", card.id)] == ["#123456"]
    image = render(scene, 2.0)
    box = scene.layout.boxes[("card", card.id)]
    assert image.pixelColor(round((box.right - 3) * 2), round((box.bottom - 3) * 2)).name() == "#123456"
